"""The "Your shop" window: the facts every bundled reply fills in, set once per language.

Shown by itself at the first start (without taking the keyboard), and from
the tray or F4 whenever the preview flags a demo value. An empty field keeps
the demo value, which the field shows in grey.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.shop import ShopFacts, read_shop_facts, write_shop_facts
from desktop.ui.appearance import set_tone
from desktop.ui.i18n import localized

FACT_LABELS: dict[str, str] = {
    "shop": str(QT_TRANSLATE_NOOP("ShopDialog", "Shop name")),
    "staff_id": str(QT_TRANSLATE_NOOP("ShopDialog", "Agent name or number")),
    "free_shipping_threshold": str(QT_TRANSLATE_NOOP("ShopDialog", "Free shipping from")),
    "return_days": str(QT_TRANSLATE_NOOP("ShopDialog", "Returns accepted within (days)")),
    "exchange_days": str(QT_TRANSLATE_NOOP("ShopDialog", "Exchanges accepted within (days)")),
    "dispatch_hours": str(QT_TRANSLATE_NOOP("ShopDialog", "Ships within (hours)")),
    "courier": str(QT_TRANSLATE_NOOP("ShopDialog", "Courier")),
    "ship_from": str(QT_TRANSLATE_NOOP("ShopDialog", "Ships from")),
    "delivery_days": str(QT_TRANSLATE_NOOP("ShopDialog", "Delivery time (days)")),
    "delivery_days_remote": str(QT_TRANSLATE_NOOP("ShopDialog", "Delivery time to remote areas (days)")),
    "invoice_note": str(QT_TRANSLATE_NOOP("ShopDialog", "How customers get an invoice")),
    "agency_contact": str(QT_TRANSLATE_NOOP("ShopDialog", "Wholesale and agency contact")),
    "payment_methods": str(QT_TRANSLATE_NOOP("ShopDialog", "Payment methods")),
}
# Each language under its own name: an agent looks for the one they answer in.
LANGUAGE_NAMES = {"zh-CN": "中文", "ko-KR": "한국어", "en": "English"}


def fact_label(name: str) -> str:
    """The field's label in the interface language; a fact we do not know shows its playbook name."""
    label = FACT_LABELS.get(name)
    return QCoreApplication.translate("ShopDialog", label) if label else name


class ShopDialog(QDialog):
    """One tab per language of the bundled replies, one field per fact they use.

    Args:
        path: the facts file (``AppPaths.shop_facts``).
        asked: per language, each fact and its demo value (``desktop.core.shop.facts_asked``).
        first_language: the tab shown first (the agent's interface language).
        first_run: opened by itself at the first start: Cancel reads "Later", and
            leaving still records the facts file so it does not open again.

    Signals:
        saved(): the facts file was written; the library must be loaded again.
    """

    saved = Signal()

    def __init__(
        self,
        path: Path,
        asked: Mapping[str, Mapping[str, str]],
        *,
        first_language: str = "",
        first_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Your shop"))
        self.path = path
        self.first_run = first_run
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        try:
            self.facts = read_shop_facts(path)
        except Exception as exc:  # noqa: BLE001 - a damaged file is kept aside at save, never lost
            self.facts = ShopFacts()
            self.error.setText(
                self.tr("{problem}\nSaving keeps that file aside and starts a new one.").format(
                    problem=localized(exc)
                )
            )
        intro = QLabel(
            self.tr(
                "The bundled replies use these facts. Fill in your shop's own: every bundled reply "
                "uses them from now on. An empty field keeps the demo value shown in grey, and the "
                "preview flags each reply that still uses one."
            )
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.fields: dict[str, dict[str, QLineEdit]] = {}
        languages = sorted(asked, key=lambda language: (language != first_language, language))
        for language in languages:
            self.tabs.addTab(self._page(language, asked[language]), LANGUAGE_NAMES.get(language, language))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if first_run:
            later = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            later.setText(self.tr("Later"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 0)
        first_field = next(iter(self.fields[languages[0]].values()), None) if languages else None
        if first_field is not None:
            first_field.setFocus()  # the shop's name: type it and press Enter

    def _page(self, language: str, demo: Mapping[str, str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        current = self.facts.for_language(language)
        self.fields[language] = {}
        for name, demo_value in demo.items():
            field = QLineEdit(current.get(name, ""))
            field.setPlaceholderText(demo_value)
            field.setToolTip(self.tr("In the replies as {{{name}}}").format(name=name))
            form.addRow(fact_label(name), field)
            self.fields[language][name] = field
        return page

    def edited(self) -> ShopFacts:
        """The facts as the fields show them; languages without a tab here are kept as they were."""
        facts = self.facts
        for language, fields in self.fields.items():
            facts = facts.with_language(language, {name: field.text() for name, field in fields.items()})
        return facts

    def save(self) -> None:
        """Write the facts; on a disk error the fields stay as typed and the error says why."""
        try:
            write_shop_facts(self.path, self.edited())
        except OSError as exc:
            self.error.setText(
                self.tr("Could not save {path}: {reason}").format(path=self.path, reason=exc.strerror or exc)
            )
            return
        self.saved.emit()
        self.accept()

    def reject(self) -> None:
        """Close without saving; after the first-run showing, an empty file records that it was seen."""
        if self.first_run and not self.path.exists():
            with contextlib.suppress(OSError):  # then it opens again at the next start: nothing is lost
                write_shop_facts(self.path, self.facts)
        super().reject()
