"""Import replies from the tray menu: pick a file, see what would change, then import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.interchange import (
    ImportPreview,
    InterchangeError,
    apply_import,
    preview_import,
    read_import,
)
from desktop.core.playbook import Entry
from desktop.ui.i18n import localized

# Marked for lupdate; ``file_filter()`` gives it in the interface language.
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog", "Qianniu quick phrases / Espanso / CSV / YAML (*.csv *.xlsx *.yml *.yaml);;All files (*)"
)


def file_filter() -> str:
    """The open-file dialog's filter for importable files, in the interface language."""
    return QCoreApplication.translate("ImportDialog", str(FILE_FILTER))


class ImportDialog(QDialog):
    """The preview of one import: new / changed / unchanged and every problem; nothing written yet.

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
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.preview: ImportPreview | None = None
        try:
            # ``others``: the replies searched now, so a code the shop shares with them is named.
            self.preview = preview_import(read_import(source), playbooks_dir, others=others)
        except InterchangeError as exc:
            self.summary.setText(self.tr("Cannot import {file}").format(file=source.name))
            self.details.setPlainText(localized(exc))
            self.import_button.setEnabled(False)
            return
        preview = self.preview
        self.summary.setText(f"{source.name} → {preview.target.name}: {localized(preview.summary())}")
        lines = [f"+ {entry_id}" for entry_id in preview.new]
        lines += [f"~ {entry_id}" for entry_id in preview.changed]
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
        self.imported.emit(str(self.preview.target))
        self.accept()
