"""The UI language: Chinese, Korean or English, from the settings or the system locale.

Source strings are English; ``resources/translations/quickreply_<lang>.qm``
(compiled by ``packaging/translations.py`` from the ``.ts`` files) carry the
Chinese and Korean. Playbook content is never translated: it is the shop's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.errors import Problem
from desktop.core.messages import Message, message_of
from desktop.core.paths import bundled_path

UI_LANGUAGES = ("zh_CN", "ko_KR", "en")
MESSAGES_CONTEXT = "Messages"  # where packaging/translations.py files core's and the platform's sentences


def translations_dir() -> Path:
    """Where the compiled translations are shipped."""
    return bundled_path("resources") / "translations"


def ui_language(setting: str, system_locale: str | None = None) -> str:
    """The language to show: the setting when given, else the system's (zh_* → zh_CN, ko_* → ko_KR)."""
    if setting in UI_LANGUAGES:
        return setting
    name = system_locale if system_locale is not None else QLocale.system().name()
    primary = name.replace("-", "_").split("_")[0].lower()
    return {"zh": "zh_CN", "ko": "ko_KR"}.get(primary, "en")


def content_language(setting: str) -> str:
    """The interface language as playbooks write languages: zh_CN → zh-CN, ko_KR → ko-KR, en."""
    return ui_language(setting).replace("_", "-")


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load and install the translation for ``language``; None for English (the source) or when missing.

    Qt's own strings (Save, Cancel, Yes, the file dialog) come from the
    ``qtbase_*.qm`` that ship with PySide6, installed beside ours and removed
    with it (``remove_translator``).
    """
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / f"quickreply_{language}.qm")):
        return None
    app.installTranslator(translator)
    qt_own = QTranslator(translator)  # a child: it lives and goes with ours
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(qt_own)
    return translator


def remove_translator(app: QCoreApplication, translator: QTranslator) -> None:
    """Take ``translator`` and Qt's own one installed with it out of ``app``."""
    for companion in translator.findChildren(QTranslator):
        app.removeTranslator(companion)
    app.removeTranslator(translator)


def _localized_value(value: object) -> object:
    """A Message's value in the UI language; a list of sentences one per line."""
    if isinstance(value, list | tuple):
        return "\n".join(localized(item) for item in value)
    return localized(value) if isinstance(value, str | Problem) else value


def localized(text: object) -> str:
    """A sentence from core or the platform layer in the UI language.

    Takes a :class:`Message` (its template is translated and its values, which
    may be Messages too, filled in), a playbook problem, an exception (its
    problems one per line, else the Message it was raised with), or plain
    text as it is.
    """
    if isinstance(text, Message):
        template = QCoreApplication.translate(MESSAGES_CONTEXT, text.template)
        if not text.values:
            return template
        values = {name: _localized_value(value) for name, value in text.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation naming a value the code no longer has
            return text.template.format(**values)
    if isinstance(text, Problem):
        return localized(text.describe())
    if isinstance(text, BaseException):
        problems = getattr(text, "problems", None)  # PlaybookError, ImportFileError: one line each
        if isinstance(problems, list) and problems and all(isinstance(p, Problem) for p in problems):
            return str(_localized_value(problems))
        return localized(message_of(text))
    return str(text)
