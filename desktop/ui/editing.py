"""The agent's own replies: write, copy, revert and import them from the widget.

Personal playbooks are edited in place; a bundled or team reply becomes a
personal copy with the same id (which wins in search; deleting the copy
reverts to the original). Every change asks the library to load again once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.errors import QuickReplyError
from desktop.core.library import Layer, Library
from desktop.core.paths import AppPaths
from desktop.core.playbook import Entry, load_playbooks
from desktop.core.playbook_store import EntryData, PlaybookDocument
from desktop.core.wording import WordingBook
from desktop.ui.entry_editor import EntryEditor
from desktop.ui.i18n import localized
from desktop.ui.import_dialog import ImportDialog, file_filter
from desktop.ui.today import language_of


class EntryEditing(QObject):
    """Opens the editor, the delete confirmation and the import preview; reloads after a change.

    Args:
        library: the library in use now (it changes on every reload).
        parent: the window dialogs belong to (the search window, rebuilt after a language change).
        reload: load the playbooks again, once, off the GUI thread.
        say: a line for the agent in the search window's status.
        after_import: an import was written (the app may offer to switch the bundled replies off).
    """

    def __init__(
        self,
        paths: AppPaths,
        wording: WordingBook,
        *,
        library: Callable[[], Library],
        parent: Callable[[], QWidget],
        reload: Callable[[], None],
        say: Callable[[str], None],
        after_import: Callable[[], object] = lambda: None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.wording = wording
        self._library = library
        self._parent = parent
        self._reload = reload
        self._say = say
        self._after_import = after_import
        self.editor: EntryEditor | None = None
        self.confirmation: QMessageBox | None = None
        self.import_dialog: ImportDialog | None = None

    def is_personal(self, entry: Entry) -> bool:
        """Whether ``entry`` lives in the agent's own playbooks (editable in place)."""
        return entry.location.path.resolve().is_relative_to(self.paths.playbooks.resolve())

    def edit_entry(self, entry: Entry) -> None:
        """F2: edit in place when it is the agent's own, else as a personal copy with the same id."""
        if self.is_personal(entry):
            self._open_editor(EntryData.from_entry(entry), entry.location.path, entry.language)
            return
        layer = self._library().layers.get(entry.location.path, Layer.BUNDLED)
        if layer is Layer.TEAM:
            note = self.tr(
                "This is a team reply: saving makes your personal copy of it; "
                "the original stays and you can revert to it"
            )
        else:
            note = self.tr(
                "This is a bundled reply: saving makes your personal copy of it; "
                "the original stays and you can revert to it"
            )
        copy = EntryData.copied_from(entry, self._personal_variables())
        self._open_editor(copy, self.paths.personal_playbook, entry.language, note)

    def _personal_variables(self) -> set[str]:
        """The variable names the agent's own playbook defines (its values win in a copy)."""
        personal = self.paths.personal_playbook
        if not personal.exists():
            return set()
        return {name for playbook in load_playbooks([personal]).playbooks for name in playbook.variables}

    def new_entry(self, typed: str = "", language: str = "zh-CN") -> None:
        """Ctrl+N: a new personal entry; what the agent typed is its question, in the language it is in."""
        data = EntryData(id="", category="", question=typed.strip(), also=[], alternatives=[[""]])
        self._open_editor(
            data, self.paths.personal_playbook, language_of(typed) if typed.strip() else language
        )

    def new_entry_for_missed(self, query: str) -> None:
        """Today panel: write the reply a search found none for; the search is its question."""
        data = EntryData(id="", category="", question=query.strip(), also=[], alternatives=[[""]])
        self._open_editor(data, self.paths.personal_playbook, language_of(query))

    def duplicate_entry(self, entry: Entry) -> None:
        """Ctrl+D: a new personal entry starting as a copy of ``entry``."""
        data = EntryData.from_entry(entry)
        data.id = ""
        data.code = ""
        data.question = self.tr("{question} (copy)").format(question=entry.question)
        self._open_editor(data, self.paths.personal_playbook, entry.language)

    def delete_entry(self, entry: Entry) -> QMessageBox:
        """Delete a personal entry (or revert a personal copy) after the agent confirms."""
        if not self.is_personal(entry):
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "QuickReply",
                self.tr(
                    "Team and bundled replies cannot be deleted here: edit to make your own copy, "
                    "or ask your team lead."
                ),
                QMessageBox.StandardButton.Ok,
                self._parent(),
            )
        else:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                "QuickReply",
                self._delete_question(entry),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self._parent(),
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.accepted.connect(lambda: self._delete_now(entry))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirmation = box
        box.open()
        return box

    def _delete_question(self, entry: Entry) -> str:
        if entry.overrides == "team":
            question = self.tr("Revert to the team version?\n({path}; the previous version is backed up)")
        elif entry.overrides:
            question = self.tr("Revert to the bundled version?\n({path}; the previous version is backed up)")
        else:
            question = self.tr("Delete “{question}”?\n({path}; the previous version is backed up)")
        return question.format(question=entry.question, path=entry.location.path)

    def _delete_now(self, entry: Entry) -> None:
        try:
            document = PlaybookDocument.open(entry.location.path)
            document.delete(entry.id)
            document.save()
        except (QuickReplyError, OSError) as exc:
            self._say(self.tr("Not deleted: {error}").format(error=localized(exc)))
            return
        self._reload()
        self._say(self.tr("Deleted: {question}").format(question=entry.question))

    def _open_editor(self, data: EntryData, target: Path, language: str, note: str = "") -> None:
        entries = self._library().entries
        editor = EntryEditor(
            data,
            target,
            language=language,
            categories=[e.category for e in entries],
            codes={e.code.lower(): (e.id, e.question) for e in entries if e.code},
            wording=self.wording,
            note=note,
            parent=self._parent(),
        )
        editor.saved.connect(lambda _entry_id: self._reload())
        self.editor = editor
        editor.open()

    def forget_dialogs(self) -> None:
        """After a language change: the next editor opens in the new language."""
        self.editor = None

    def choose_import(self) -> None:
        """Tray: pick a Qianniu / Espanso / CSV / YAML file and preview its import."""
        title = self.tr("Import replies")
        chosen, _filter = QFileDialog.getOpenFileName(self._parent(), title, "", file_filter())
        if chosen:
            self.preview_import(Path(chosen))

    def preview_import(self, source: Path) -> ImportDialog:
        """Show what importing ``source`` would change; importing reloads the library."""
        dialog = ImportDialog(source, self.paths.playbooks, self._parent(), others=self._library().entries)
        dialog.imported.connect(lambda _target: self._imported(dialog))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, _dialog: ImportDialog) -> None:
        self._reload()
        self._after_import()

    def open_playbooks_folder(self) -> None:
        """Open the agent's personal playbooks folder in the file manager (created if missing)."""
        folder = self.paths.playbooks
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
