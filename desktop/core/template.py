"""Safe ``{placeholder}`` filling for replies.

Only plain names are looked up; ``{{`` and ``}}`` are literal braces. Anything
that ``str.format`` would evaluate — ``{a.b}``, ``{a[0]}``, ``{x!r}``,
``{x:>10}`` — is left exactly as written, so a playbook can never reach into
Python objects.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# One alternation so the scan is a single left-to-right pass: escapes win over
# placeholders at the same position.
_TOKEN = re.compile(r"\{\{|\}\}|\{([^\W\d]\w*)\}")


@dataclass(frozen=True)
class Rendered:
    """A filled-in reply and the names that still need a value."""

    text: str
    missing: tuple[str, ...]

    @property
    def is_complete(self) -> bool:
        """Whether the reply can be pasted as it is."""
        return not self.missing


def placeholders(template: str) -> tuple[str, ...]:
    """The placeholder names in a reply, each once, in order of appearance."""
    names: dict[str, None] = {}
    for match in _TOKEN.finditer(template):
        if match.group(1):
            names.setdefault(match.group(1))
    return tuple(names)


def render(template: str, *sources: Mapping[str, str]) -> Rendered:
    """Fill ``template`` from the first source that has each name.

    Sources are tried in order (e.g. values the agent typed, then playbook
    variables, then settings). A name without a value stays visible as
    ``{name}`` and is listed in ``missing`` so the UI can ask for it.
    """
    missing: dict[str, None] = {}

    def substitute(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        for source in sources:
            value = source.get(name)
            if value is not None and value != "":
                return str(value)
        missing.setdefault(name)
        return token

    return Rendered(_TOKEN.sub(substitute, template), tuple(missing))


def searchable_text(template: str, values: Mapping[str, str]) -> str:
    """A reply as the customer reads it, for search: values filled in, unfilled names left out.

    ``{tracking_no}`` is no word of the reply: typing ``track`` must not find it.
    """

    def substitute(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        value = values.get(match.group(1))
        return str(value) if value else " "

    return _TOKEN.sub(substitute, template)


def resolve(template: str, values: Mapping[str, str]) -> str:
    """Fill in only the names ``values`` has; the result is still a template.

    For a reply copied out of its playbook (a personal copy of a bundled or
    team reply): the playbook's variables are written into the copy, with
    braces in their values doubled, and everything else, ``{{``, ``}}`` and
    placeholders the agent fills in (``{customer}``), stays as written.
    """

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name) if name else None
        if not value:
            return match.group(0)
        return str(value).replace("{", "{{").replace("}", "}}")

    return _TOKEN.sub(substitute, template)
