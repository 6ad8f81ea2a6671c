"""Sentences for the user that the UI can show in the agent's language.

Core and the platform layer stay free of Qt, so they cannot translate; they
write ``Message("hotkey {hotkey} is taken", hotkey=...)`` instead of an
f-string. A Message *is* the English sentence (a ``str``: logs, the CLI and
tests read it as before), and it keeps its template and values, so the UI
looks the template up in the Qt translations and fills in the values there.
``packaging/translations.py`` finds every ``Message("...")`` template in the
source for the translators; the template must therefore be a plain literal.
A value may be a list of sentences: it is shown one per line.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """An English sentence that remembers its template and values for translation."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:  # noqa: D102 - the class says it
        shown = {name: _lines(value) for name, value in values.items()}
        sentence = super().__new__(cls, template.format(**shown) if values else template)
        sentence.template = template
        sentence.values = values
        return sentence


def _lines(value: Any) -> Any:
    return "\n".join(map(str, value)) if isinstance(value, list | tuple) else value


def message_of(error: BaseException) -> str:
    """The Message an exception was raised with, or its plain text.

    ``str(error)`` turns a Message back into a plain ``str`` (Python copies str
    subclasses), so whoever wants to translate an error asks here.
    """
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)


def quoted(text: str) -> str:
    """``text`` to show between quotes: control characters escaped as ``repr`` shows them.

    A line break inside an Excel header or a code would otherwise split one
    problem over several lines of the banner or of ``quickreply lint``.
    """
    return repr(text)[1:-1]
