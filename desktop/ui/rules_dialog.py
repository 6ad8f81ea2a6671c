"""The service rules page: the shop's rules, in the agent's language, one key away (F1)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.paths import bundled_path

RULE_LANGUAGES = {"zh-CN": "中文", "ko-KR": "한국어", "en": "English"}
DEFAULT_TARGETS = {"greeting_seconds": 15, "reply_seconds": 20}


def language_for_locale(name: str) -> str:
    """The rules page language for a Qt locale name (``zh_CN`` → ``zh-CN``); English otherwise."""
    primary = name.replace("_", "-").split("-")[0].lower()
    return {"zh": "zh-CN", "ko": "ko-KR"}.get(primary, "en")


def rules_markdown(language: str, targets: dict[str, int] | None = None) -> str:
    """The rules page text, with the shop's current time targets filled in."""
    path = bundled_path("resources") / "service_rules" / f"{language}.md"
    text = path.read_text(encoding="utf-8")
    for name, value in {**DEFAULT_TARGETS, **(targets or {})}.items():
        text = text.replace("{" + name + "}", str(value))
    return text


class ServiceRulesDialog(QDialog):
    """Shows the rules; the language follows the system and can be switched on the page."""

    def __init__(self, parent: QWidget | None = None, targets: dict[str, int] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Service rules"))
        self._targets = targets
        self.language = QComboBox()
        for code, label in RULE_LANGUAGES.items():
            self.language.addItem(label, code)
        self.page = QTextBrowser()
        self.page.setOpenExternalLinks(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.page, 1)
        self.resize(520, 560)
        self.language.currentIndexChanged.connect(self._show_language)
        self.set_language(language_for_locale(QLocale.system().name()))

    def set_language(self, language: str) -> None:
        """Show the page in ``language`` (zh-CN, ko-KR or en)."""
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(index, 0))
        self._show_language()

    def _show_language(self) -> None:
        self.page.setMarkdown(rules_markdown(self.language.currentData(), self._targets))
