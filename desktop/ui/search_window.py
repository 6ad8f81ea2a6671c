"""The search window: type, pick, and the reply is ready to paste."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.playbook import Entry
from desktop.core.search import SearchIndex
from desktop.core.template import render
from desktop.ui.result_model import ResultModel

RESULT_LIMIT = 50


class SearchWindow(QWidget):
    """An always-on-top window with a search box, results and a preview.

    Signals:
        reply_chosen(str, str): entry id and the filled-in reply, when the
            agent presses Enter on a result.
    """

    reply_chosen = Signal(str, str)

    def __init__(self, index: SearchIndex) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle("QuickReply")
        self._index = index
        self._model = ResultModel()

        self.search_box = QLineEdit(placeholderText="输入问题、拼音、초성 or words…")
        self.search_box.setClearButtonEnabled(True)
        self.results = QListView()
        self.results.setModel(self._model)
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview = QTextBrowser()
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status = QLabel()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.resize(560, 520)

        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.installEventFilter(self)
        self.results.selectionModel().currentChanged.connect(self._on_results_current_changed)
        self.results.doubleClicked.connect(lambda _index: self.choose_current())
        self._on_search_box_text_changed("")

    def set_index(self, index: SearchIndex) -> None:
        """Search a new library, keeping what the agent typed."""
        self._index = index
        self._on_search_box_text_changed(self.search_box.text())

    def current_entry(self) -> Entry | None:
        """The selected entry, if any."""
        return self._model.entry_at(self.results.currentIndex().row())

    def choose_current(self) -> None:
        """Fill in the selected reply and announce it."""
        entry = self.current_entry()
        if entry is None:
            return
        text = render(entry.alternatives[0][0], entry.variables).text
        self.reply_chosen.emit(entry.id, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Arrow keys move the selection while the cursor stays in the search box."""
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)  # noqa: S101 - Qt guarantees it for KeyPress
            key = event.key()
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 8,
                Qt.Key.Key_PageUp: -8,
            }
            if key in steps:
                self._move(steps[Qt.Key(key)])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        rows = self._model.rowCount()
        if rows:
            row = max(0, min(rows - 1, self.results.currentIndex().row() + step))
            self.results.setCurrentIndex(self._model.index(row))

    def _on_search_box_text_changed(self, text: str) -> None:
        self._model.set_hits(self._index.search(text, limit=RESULT_LIMIT))
        if self._model.rowCount():
            self.results.setCurrentIndex(self._model.index(0))
        else:
            self.preview.clear()
        count = self._model.rowCount()
        self.status.setText(f"{count} result(s)" if text.strip() else f"{len(self._index)} replies")

    def _on_results_current_changed(self) -> None:
        entry = self.current_entry()
        self.preview.setHtml(_preview_html(entry) if entry else "")


def _preview_html(entry: Entry) -> str:
    parts: list[str] = [f"<b>{html.escape(entry.question)}</b>"]
    for number, alternative in enumerate(entry.alternatives, 1):
        label = f"{number}. " if len(entry.alternatives) > 1 else ""
        for part_number, part in enumerate(alternative, 1):
            rendered = render(part, entry.variables)
            marker = f"({part_number}/{len(alternative)}) " if len(alternative) > 1 else ""
            parts.append(f"<p>{label}{marker}{html.escape(rendered.text)}</p>")
    if entry.context:
        parts.append(f"<p style='color:#666'>背景 · Context: {html.escape(entry.context)}</p>")
    if entry.tips:
        parts.append(f"<p style='color:#2a6'>技巧 · Tips: {html.escape(entry.tips)}</p>")
    return "".join(parts)


def copy_to_clipboard(text: str) -> None:
    """Put the reply on the system clipboard (all formats kept by Qt)."""
    QGuiApplication.clipboard().setText(text)
