"""Import replies from the tray menu: pick a file, see what would change, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.interchange import (
    ImportPreview,
    InterchangeError,
    apply_import,
    preview_import,
    read_import,
)

FILE_FILTER = "千牛快捷短语 / Espanso / CSV / YAML (*.csv *.xlsx *.yml *.yaml);;All files (*)"


class ImportDialog(QDialog):
    """The preview of one import: new / changed / unchanged and every problem; nothing written yet.

    Signals:
        imported(str): the target playbook file, after the import was written.
    """

    imported = Signal(str)

    def __init__(self, source: Path, playbooks_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle("导入话术 · Import replies")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("导入 · Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.preview: ImportPreview | None = None
        try:
            self.preview = preview_import(read_import(source), playbooks_dir)
        except InterchangeError as exc:
            self.summary.setText(f"不能导入 · Cannot import {source.name}")
            self.details.setPlainText(str(exc))
            self.import_button.setEnabled(False)
            return
        preview = self.preview
        self.summary.setText(f"{source.name} → {preview.target.name}: {preview.summary()}")
        lines = [f"+ {entry_id}" for entry_id in preview.new]
        lines += [f"~ {entry_id}" for entry_id in preview.changed]
        lines += [str(problem) for problem in preview.problems]
        self.details.setPlainText("\n".join(lines) or "没有变化 · Nothing to change")
        self.import_button.setEnabled(preview.has_changes)

    def apply(self) -> None:
        """Write the import; a problem (e.g. the target changed meanwhile) is shown, nothing lost."""
        if self.preview is None:
            return
        try:
            apply_import(self.preview)
        except InterchangeError as exc:
            self.details.setPlainText(str(exc))
            self.import_button.setEnabled(False)
            return
        self.imported.emit(str(self.preview.target))
        self.accept()
