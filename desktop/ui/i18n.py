"""The UI language: Chinese, Korean or English, from the settings or the system locale.

Source strings are English; ``resources/translations/quickreply_<lang>.qm``
(compiled by ``packaging/translations.py`` from the ``.ts`` files) carry the
Chinese and Korean. Playbook content is never translated: it is the shop's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.core.paths import bundled_path

UI_LANGUAGES = ("zh_CN", "ko_KR", "en")


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


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load and install the translation for ``language``; None for English (the source) or when missing."""
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / f"quickreply_{language}.qm")):
        return None
    app.installTranslator(translator)
    return translator
