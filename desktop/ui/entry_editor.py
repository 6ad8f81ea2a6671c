"""The entry editor: every field of a reply, wording warnings as the agent types, a safe save.

Edits go to the agent's personal playbook. An entry from the bundled or team
playbooks is never changed in place: saving it writes a personal copy with
the same id, which overrides the original until it is reverted. The file is
saved by ``PlaybookDocument`` (comments and formatting kept, a backup of the
previous version, atomic replace); if someone changed the file meanwhile, the
agent sees both versions and chooses.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PlaybookError, QuickReplyError
from desktop.core.playbook_store import ConflictError, EntryData, PlaybookDocument
from desktop.core.wording import WordingBook
from desktop.ui.appearance import set_tone
from desktop.ui.i18n import localized
from desktop.ui.text_metrics import line_metrics

LANGUAGES = ("zh-CN", "ko-KR", "en")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class AlternativeEditor(QWidget):
    """One way to answer: one or more messages sent one after another."""

    def __init__(self, parts: list[str], on_change: object) -> None:
        super().__init__()
        self._on_change = on_change
        self._layout = QVBoxLayout(self)
        self.parts: list[QPlainTextEdit] = []
        buttons = QHBoxLayout()
        self.add_part = QPushButton(self.tr("+ Add a message"))
        self.remove_part = QPushButton(self.tr("− Remove the last message"))
        buttons.addWidget(self.add_part)
        buttons.addWidget(self.remove_part)
        buttons.addStretch(1)
        self._buttons = buttons
        self._layout.addLayout(buttons)
        self.add_part.clicked.connect(lambda: self.append(""))
        self.remove_part.clicked.connect(self.remove_last)
        for part in parts or [""]:
            self.append(part)

    def append(self, text: str) -> QPlainTextEdit:
        """Add a message editor below the others."""
        edit = QPlainTextEdit(text)
        edit.setPlaceholderText(self.tr("The message the customer reads"))
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._on_change)
        self._layout.insertWidget(len(self.parts), edit)
        self.parts.append(edit)
        self.remove_part.setEnabled(len(self.parts) > 1)
        return edit

    def remove_last(self) -> None:
        """Drop the last message (one always stays)."""
        if len(self.parts) > 1:
            edit = self.parts.pop()
            edit.deleteLater()
        self.remove_part.setEnabled(len(self.parts) > 1)

    def texts(self) -> list[str]:
        """The non-empty messages, in order."""
        return [edit.toPlainText().strip() for edit in self.parts if edit.toPlainText().strip()]


class EntryEditor(QDialog):
    """Edit one entry and save it to ``target`` (the agent's personal playbook file).

    Signals:
        saved(str): the id the entry loads with, after a successful save.
    """

    saved = Signal(str)

    def __init__(
        self,
        data: EntryData,
        target: Path,
        *,
        language: str,
        categories: list[str],
        codes: Mapping[str, tuple[str, str]],
        wording: WordingBook | None = None,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Edit reply") if data.id else self.tr("New reply"))
        self.data = data
        self.target = target
        self._codes = codes
        self._wording = wording
        self.question = QLineEdit(data.question)
        self.also = QPlainTextEdit("\n".join(data.also))
        self.also.setPlaceholderText(self.tr("Other ways customers ask, one per line"))
        self.also.setTabChangesFocus(True)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(sorted(set(categories)))
        self.category.setCurrentText(data.category)
        completer = QCompleter(sorted(set(categories)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.category.setCompleter(completer)
        self.code = QLineEdit(data.code)
        self.code_warning = QLabel()
        set_tone(self.code_warning, "warning")
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.language.setCurrentText(data.language or language)
        self.alternatives = QTabWidget()
        self.alternatives.setTabsClosable(True)
        self.alternatives.tabCloseRequested.connect(self._remove_alternative)
        for parts in data.alternatives or [[""]]:
            self._add_alternative(parts)
        self.alternatives.setCurrentIndex(0)  # the first wording, the one a paste sends first
        add_alternative = QPushButton(self.tr("+ Another wording"))
        add_alternative.clicked.connect(lambda: self._add_alternative([""]))
        self.context = QPlainTextEdit(data.context)
        self.context.setTabChangesFocus(True)
        self.tips = QPlainTextEdit(data.tips)
        self.tips.setTabChangesFocus(True)
        self.tags = QLineEdit(", ".join(data.tags))
        self.warnings = QLabel()
        self.warnings.setObjectName("wordingWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_tone(self.warnings, "warning")
        # Room for two warnings is kept whether or not there are any (more scroll): the
        # fields below never jump while the agent types.
        warnings_area = QScrollArea()
        warnings_area.setWidget(self.warnings)
        warnings_area.setWidgetResizable(True)
        warnings_area.setFrameShape(QFrame.Shape.NoFrame)
        warnings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        warnings_area.setFixedHeight(2 * line_metrics(self.font()).height + 6)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        set_tone(self.note, "note")
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Also asked as"), self.also)
        form.addRow(self.tr("Category"), self.category)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.code_warning, 1)
        form.addRow(self.tr("Code"), code_row)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Replies"), self.alternatives)
        form.addRow("", add_alternative)
        form.addRow("", warnings_area)
        form.addRow(self.tr("Context"), self.context)
        form.addRow(self.tr("Tips"), self.tips)
        form.addRow(self.tr("Tags"), self.tags)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # Keyboard-only agents save from any field, multi-line ones included.
        for keys in (
            QKeySequence(QKeySequence.StandardKey.Save),
            QKeySequence("Ctrl+Return"),
            QKeySequence("Ctrl+Enter"),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 680)
        self.code.textChanged.connect(self._check_code)
        self.language.currentTextChanged.connect(self._check_wording)
        self._check_code()
        self._check_wording()
        self._as_opened = self.edited()  # what "unchanged" means, as the form shows it
        self.conflict: QMessageBox | None = None
        # Opened now, so a change made by someone else while the agent edits is caught at save.
        self.document: PlaybookDocument | None = None
        try:
            self.document = PlaybookDocument.open(target, name="我的话术 · My replies", language=language)
        except PlaybookError as exc:
            self.error.setText(
                self.tr("{error}\nFix this file before saving here").format(error=localized(exc))
            )

    # ------------------------------------------------------------ fields

    def _add_alternative(self, parts: list[str]) -> None:
        editor = AlternativeEditor(parts, self._check_wording)
        self.alternatives.addTab(editor, str(self.alternatives.count() + 1))
        self.alternatives.setCurrentWidget(editor)

    def _remove_alternative(self, index: int) -> None:
        if self.alternatives.count() > 1:
            self.alternatives.removeTab(index)
            for position in range(self.alternatives.count()):
                self.alternatives.setTabText(position, str(position + 1))
            self._check_wording()

    def alternative_texts(self) -> list[list[str]]:
        """Every non-empty alternative, each a list of its messages."""
        found = []
        for index in range(self.alternatives.count()):
            editor = self.alternatives.widget(index)
            assert isinstance(editor, AlternativeEditor)  # noqa: S101 - only those are added
            texts = editor.texts()
            if texts:
                found.append(texts)
        return found

    def edited(self) -> EntryData:
        """The entry as the form shows it now."""
        return EntryData(
            id=self.data.id,
            category=self.category.currentText().strip(),
            question=self.question.text().strip(),
            also=_lines(self.also.toPlainText()),
            context=self.context.toPlainText().strip(),
            alternatives=self.alternative_texts(),
            tips=self.tips.toPlainText().strip(),
            code=self.code.text().strip(),
            tags=[tag.strip() for tag in self.tags.text().replace("，", ",").split(",") if tag.strip()],
            allow=list(self.data.allow),
            language=self.language.currentText().strip() or None,
        )

    def _check_code(self) -> None:
        code = self.code.text().strip().lower()
        owner_id, owner_question = self._codes.get(code, ("", ""))
        taken = bool(code) and bool(owner_id) and owner_id != self.data.id
        self.code_warning.setText(
            self.tr("Already used by “{question}”").format(question=owner_question) if taken else ""
        )

    def _check_wording(self) -> None:
        if self._wording is None:
            return
        wording = self._wording.for_language(self.language.currentText())
        if wording is None:
            self.warnings.setText("")
            return
        found: list[str] = []
        for alternative in self.alternative_texts():
            for text in alternative:
                checked = wording.check_text(text, self.data.allow)
                found.extend(f"⚠ {localized(message)} [{rule}]" for rule, message in checked)
        self.warnings.setText("\n".join(dict.fromkeys(found)))

    # -------------------------------------------------------------- save

    def save(self, *, force: bool = False) -> bool:
        """Write the entry; a problem or a conflict is shown here and nothing is lost."""
        data = self.edited()
        if not data.category or not data.question or not data.alternatives:
            self.error.setText(self.tr("A question, a category and a reply are needed"))
            return False
        if data == self._as_opened and not force:
            # Nothing changed: no write, and above all no personal copy that would
            # hide the team's later updates of this reply.
            self.accept()
            return True
        document = self.document
        if document is None:
            return False
        try:
            entry_id = document.upsert(data)
            self.data.id = entry_id  # a new entry keeps its id if it is saved again (after a conflict)
            document.save(force=force)
        except ConflictError as conflict:
            self._show_conflict(conflict)
            return False
        except PlaybookError as exc:
            self.error.setText(localized(exc))
            return False
        except (QuickReplyError, OSError) as exc:
            self.error.setText(self.tr("Not saved: {error}").format(error=localized(exc)))
            return False
        self.saved.emit(entry_id)
        self.accept()
        return True

    def _keep_mine(self) -> None:
        """Apply this entry to the file as it is on disk now: others' new lines stay too."""
        try:
            self.document = PlaybookDocument.open(self.target, name="我的话术 · My replies", language="zh-CN")
        except PlaybookError as exc:
            self.error.setText(
                self.tr("{error}\nFix this file before saving here").format(error=localized(exc))
            )
            return
        self.save()

    def _show_conflict(self, conflict: ConflictError) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The file changed"))
        box.setText(localized(conflict))
        theirs = conflict.theirs if conflict.theirs is not None else self.tr("(deleted)")
        box.setDetailedText(
            self.tr("— On disk now —\n{theirs}\n\n— Yours —\n{ours}").format(
                theirs=theirs, ours=conflict.ours
            )
        )
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton(self.tr("Take theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        keep.clicked.connect(self._keep_mine)
        take.clicked.connect(self.reject)
        self.conflict = box
        box.open()
