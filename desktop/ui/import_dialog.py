"""Import replies from the tray menu: pick a file, see what would change, then import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interchange import (
    SHOP_WIDE_FILL_INS,
    ImportPreview,
    InterchangeError,
    apply_import,
    fill_in_name,
    fill_ins_found,
    likely_target,
    playbooks_in,
    preview_import,
    read_import,
    with_fill_ins,
)
from desktop.core.playbook import Entry, parse_playbook
from desktop.core.template import render
from desktop.ui.i18n import localized

# Marked for lupdate; ``file_filter()`` gives it in the interface language.
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Qianniu quick phrases / Espanso / CSV / YAML / script books "
    "(*.csv *.xlsx *.yml *.yaml *.md *.txt *.json);;All files (*)",
)


def file_filter() -> str:
    """The open-file dialog's filter for importable files, in the interface language."""
    return QCoreApplication.translate("ImportDialog", str(FILE_FILTER))


class ImportDialog(QDialog):
    """The preview of one import: each new or changed phrase, every problem; nothing written yet.

    Fill-ins the file writes as ``[订单号]`` or ``{name}`` are listed, and one
    switch makes them placeholders (off at first: ``[微笑]`` may be an emoticon).

    Signals:
        imported(str): the target playbook file, after the import was written.
    """

    imported = Signal(str)

    def __init__(
        self,
        source: Path,
        playbooks_dir: Path,
        parent: QWidget | None = None,
        *,
        others: Sequence[Entry] = (),
    ) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Import replies"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Which playbook the phrases go into: the one already holding most of them, or a new one.
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.addItems(playbooks_in(playbooks_dir))
        self.target.setToolTip(self.tr("Pick a playbook to update, or type a new name"))
        target_row = QFormLayout()
        target_row.addRow(self.tr("Into playbook"), self.target)
        self.fill_ins = QCheckBox()
        self.fill_ins.setVisible(False)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        # Fill-ins the same in every chat (店铺名称): a value typed here once, kept in the playbook.
        self.shop_values: dict[str, QLineEdit] = {}
        self.shop_form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(target_row)
        layout.addWidget(self.fill_ins)
        layout.addLayout(self.shop_form)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 460)
        self.preview: ImportPreview | None = None
        self._path = source
        self._playbooks_dir = playbooks_dir
        self._others = others  # the replies searched now, so a code the shop shares with them is named
        try:
            self._source = read_import(source)
        except InterchangeError as exc:
            self.summary.setText(self.tr("Cannot import {file}").format(file=source.name))
            self.details.setPlainText(localized(exc))
            self.import_button.setEnabled(False)
            return
        self.target.setCurrentText(likely_target(self._source, playbooks_dir))
        self.target.currentTextChanged.connect(lambda _name: self._show_preview())
        found = fill_ins_found(self._source)
        if found:
            listed = ", ".join(f"{written} ×{count}" for written, count in list(found.items())[:8])
            self.fill_ins.setText(
                self.tr("Make the fill-ins placeholders the agent fills in: {found}").format(found=listed)
            )
            self.fill_ins.setVisible(True)
            self.fill_ins.toggled.connect(self._fill_ins_toggled)
            for name in (fill_in_name(written) for written in found):
                if name in SHOP_WIDE_FILL_INS:
                    field = QLineEdit()
                    field.setPlaceholderText(self.tr("the same in every chat: set it once here"))
                    field.editingFinished.connect(self._show_preview)
                    field.setVisible(False)
                    self.shop_values[name] = field
                    self.shop_form.addRow(name, field)
        self._show_preview()

    def _fill_ins_toggled(self, on: bool) -> None:
        for field in self.shop_values.values():
            field.setVisible(on)
            label = self.shop_form.labelForField(field)
            if label is not None:
                label.setVisible(on)
        self._show_preview()

    def _show_preview(self) -> None:
        values = {name: field.text() for name, field in self.shop_values.items()}
        source = with_fill_ins(self._source, values) if self.fill_ins.isChecked() else self._source
        try:
            self.preview = preview = preview_import(
                source, self._playbooks_dir, into=self.target.currentText(), others=self._others
            )
        except InterchangeError as exc:
            self.preview = None
            self.summary.setText(self.tr("Cannot import {file}").format(file=self._path.name))
            self.details.setPlainText(localized(exc))
            self.import_button.setEnabled(False)
            return
        self.summary.setText(f"{self._path.name} → {preview.target.name}: {localized(preview.summary())}")
        written, _problems = parse_playbook(preview.text, preview.target)
        by_id = {entry.id: entry for entry in written.entries} if written is not None else {}
        lines = [f"+ {_phrase(by_id, entry_id)}" for entry_id in preview.new]
        lines += [f"~ {_phrase(by_id, entry_id)}" for entry_id in preview.changed]
        lines += [localized(problem) for problem in preview.problems]
        self.details.setPlainText("\n".join(lines) or self.tr("Nothing to change"))
        self.import_button.setEnabled(preview.has_changes)

    def apply(self) -> None:
        """Write the import; a problem (e.g. the target changed meanwhile) is shown, nothing lost."""
        if self.preview is None:
            return
        try:
            apply_import(self.preview)
        except InterchangeError as exc:
            self.details.setPlainText(localized(exc))
            self.import_button.setEnabled(False)
            return
        # Said where the team lead looks, and the window stays until closed: the import is done.
        count = len(self.preview.new) + len(self.preview.changed)
        done = self.tr("Imported {count} replies into {file}").format(
            count=count, file=self.preview.target.name
        )
        self.summary.setText(f"✓ {done}")
        self.import_button.setVisible(False)
        self.fill_ins.setEnabled(False)
        self.target.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.imported.emit(str(self.preview.target))


def _phrase(by_id: dict[str, Entry], entry_id: str) -> str:
    """A phrase as the team lead knows it: its question, the start of its reply, its code."""
    entry = by_id.get(entry_id)
    if entry is None:
        return entry_id
    reply = " ".join(render(entry.first_reply).text.split())  # {{ shows as the brace it stands for
    reply = reply if len(reply) <= 40 else reply[:39] + "…"
    code = f"  [{entry.code}]" if entry.code else ""
    return f"{entry.question} — {reply}{code}"
