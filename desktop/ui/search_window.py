"""The search window: type, pick, and the reply goes into the chat app.

Everything is keyboard-first: the cursor never leaves the search box, arrows
move the selection, Enter pastes, Alt+1…9 pastes the n-th result, Tab cycles
an entry's alternative replies, Ctrl+C copies without pasting, Esc hides (or
closes the placeholder form). While an input method is composing (pinyin,
Hangul) Enter and the arrows belong to it and never paste.

The window only decides *what* to send; the app decides *how* (paste,
clipboard restore, focus), through the ``paste_requested`` and
``copy_requested`` signals.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.playbook import Entry
from desktop.core.search import Hit, SearchIndex
from desktop.core.template import render
from desktop.ui.actions import ACTIONS, Modifier
from desktop.ui.appearance import Tones, current_tones, follow_theme
from desktop.ui.countdowns import CountdownBar
from desktop.ui.result_delegate import ResultDelegate
from desktop.ui.result_model import ResultModel, layer_name
from desktop.ui.text_metrics import line_metrics

log = logging.getLogger("quickreply")
RESULT_LIMIT = 50
# Marked for lupdate here, translated when shown (see ``key_hints``).
KEY_HINTS = (
    QT_TRANSLATE_NOOP("SearchWindow", "Enter paste"),
    QT_TRANSLATE_NOOP("SearchWindow", "Alt+1…9 paste that row"),
    QT_TRANSLATE_NOOP("SearchWindow", "Tab next wording"),
    QT_TRANSLATE_NOOP("SearchWindow", "Ctrl+C copy"),
    QT_TRANSLATE_NOOP("SearchWindow", "Ctrl+T timers"),
    *(a.hint for a in sorted(ACTIONS, key=lambda a: a.key.value if a.key else 0) if a.hint),
    QT_TRANSLATE_NOOP("SearchWindow", "Esc hide"),
)


def key_hints() -> str:
    """The key hints line in the interface language; it wraps only between hints, never inside one."""
    hints = (QCoreApplication.translate("SearchWindow", str(hint)) for hint in KEY_HINTS)
    return " · ".join(hint.replace(" ", "\u00a0") for hint in hints)


@dataclass
class PendingParts:
    """A multi-message reply being sent part by part."""

    entry_id: str
    alternative: int
    parts: list[str]
    sent: int = 1

    @property
    def next_part(self) -> str | None:
        """The next message to send, or None when all went out."""
        return self.parts[self.sent] if self.sent < len(self.parts) else None

    @property
    def status(self) -> str:
        """What the title bar says, e.g. "part 2 of 3 ready"."""
        return QCoreApplication.translate("SearchWindow", "Part {number} of {count} ready").format(
            number=self.sent + 1, count=len(self.parts)
        )


@dataclass
class PasteRequest:
    """What the agent chose: the entry, which alternative, and the text of one part."""

    entry: Entry
    alternative: int
    text: str
    part: int = 0
    part_count: int = 1
    values: dict[str, str] = field(default_factory=dict)
    rank: int = 1  # the chosen result's place in the list (1 = first), for the shift report
    query: str = ""


class TitleBar(QFrame):
    """The frameless window's drag handle, with the pin and help buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("titleBar")
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.title = QLabel("QuickReply")
        self.title.setObjectName("titleLabel")
        self.parts_label = QLabel()
        self.parts_label.setObjectName("partsLabel")
        self.countdowns = CountdownBar(focusable=True, fit=True)
        self.pin = _tool_button("", self.tr("Pin: stay open after pasting"))
        self.pin.setCheckable(True)
        follow_theme(self, lambda _tones: "", lambda _tones: self.pin.setIcon(_pin_icon(_ink())))
        self.help = _tool_button("?", self.tr("Service rules (F1)"))
        self.close_button = _tool_button("×", self.tr("Hide (Esc)"))
        for button in (self.pin, self.help, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.countdowns, 1)  # the chips take what is left, never more
        layout.addWidget(self.parts_label)
        layout.addWidget(self.pin)
        layout.addWidget(self.help)
        layout.addWidget(self.close_button)
        self._drag_from: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Start moving the window: the window manager's own move where it offers one."""
        if event.button() == Qt.MouseButton.LeftButton:
            handle = self.window().windowHandle()
            if handle is None or not handle.startSystemMove():
                self._drag_from = event.globalPosition().toPoint() - self.window().pos()
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Move by hand where the window manager cannot."""
        if self._drag_from is not None:
            self.window().move(event.globalPosition().toPoint() - self._drag_from)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Stop moving."""
        self._drag_from = None


def _tool_button(text: str, tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tooltip)
    return button


class SearchBox(QLineEdit):
    """The query box, with room above the text for Chinese and Korean glyphs.

    A line edit centres its text by the Latin font's measures; Han and Hangul
    glyphs of the fallback font reach higher and touched the top border.
    """

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self._fit_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """A new font (the size setting) needs new room."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_text()

    def _fit_text(self) -> None:
        self.setTextMargins(0, line_metrics(self.font()).extra_ascent, 0, 0)


def _window_sheet(tones: Tones) -> str:
    return (
        "#searchWindow { border: 1px solid palette(mid); }"
        "#titleBar { background: palette(window); border-bottom: 1px solid palette(midlight); }"
        "#titleLabel { font-weight: bold; }"
        f"#partsLabel {{ color: {tones.warning}; font-weight: bold; }}"
        "#keyHints { color: palette(placeholder-text); }"
        f"#placeholderForm {{ border: 1px solid {tones.form_border}; border-radius: 4px;"
        f" background: {tones.form_background}; }}"
        f"#placeholderForm QLabel {{ color: {tones.form_text}; }}"
        f"#problemBanner {{ background: {tones.banner_background}; color: {tones.banner_text};"
        " border-radius: 4px; padding: 4px; }"
    )


def _ink() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


def _pin_icon(color: QColor) -> QIcon:
    """A drawn push-pin: emoji fonts are missing on many agent desks."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 3))
    painter.setBrush(color)
    painter.drawEllipse(10, 3, 12, 12)
    painter.drawLine(16, 15, 16, 29)
    painter.drawLine(9, 15, 23, 15)
    painter.end()
    return QIcon(pixmap)


# What the agent is asked for, in words, for the placeholders the bundled playbooks use.
PLACEHOLDER_LABELS = {
    "order_no": QT_TRANSLATE_NOOP("PlaceholderForm", "Order number"),
    "tracking_no": QT_TRANSLATE_NOOP("PlaceholderForm", "Tracking number"),
    "customer": QT_TRANSLATE_NOOP("PlaceholderForm", "Customer's name"),
    "reply_by": QT_TRANSLATE_NOOP("PlaceholderForm", "Answer by (time)"),
    "restock_date": QT_TRANSLATE_NOOP("PlaceholderForm", "Restock date"),
    "amount": QT_TRANSLATE_NOOP("PlaceholderForm", "Amount"),
    "coupon": QT_TRANSLATE_NOOP("PlaceholderForm", "Coupon code"),
    "size": QT_TRANSLATE_NOOP("PlaceholderForm", "Size"),
}


def placeholder_label(name: str) -> str:
    """A field's label: the words for a known placeholder, else its name as written (订单号, order no)."""
    known = PLACEHOLDER_LABELS.get(name)
    if known:
        return QCoreApplication.translate("PlaceholderForm", str(known))
    return name.replace("_", " ")


class PlaceholderForm(QFrame):
    """Asks for the placeholders a reply still needs, inline above the results."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderForm")
        self.heading = QLabel(self.tr("Fill in, then Enter pastes (Esc: back)"))
        self._layout = QFormLayout()
        self._layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.heading)
        outer.addLayout(self._layout)
        self.fields: dict[str, QLineEdit] = {}
        self.request: PasteRequest | None = None
        self.hide()

    def ask(self, request: PasteRequest, names: tuple[str, ...], offered: dict[str, str]) -> None:
        """Show one field per missing name, filled with values given earlier in this conversation."""
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self.fields = {}
        self.request = request
        for name in names:
            edit = QLineEdit(offered.get(name, ""))
            edit.setObjectName(f"field_{name}")
            edit.setToolTip(f"{{{name}}}")  # the placeholder as written, for the team lead
            self._layout.addRow(placeholder_label(name), edit)
            self.fields[name] = edit
        self.show()
        first = next(iter(self.fields.values()))
        first.setFocus()
        first.selectAll()

    def values(self) -> dict[str, str]:
        """What the agent typed, name → value (empty fields left out)."""
        return {name: edit.text() for name, edit in self.fields.items() if edit.text().strip()}

    def close_form(self) -> None:
        """Hide the form and forget the request."""
        self.request = None
        self.hide()


class SearchWindow(QWidget):
    """An always-on-top, frameless window with a search box, results and a preview.

    Signals:
        paste_requested(PasteRequest): the agent chose a reply to paste.
        copy_requested(PasteRequest): Ctrl+C: copy the reply, do not paste.
        dismissed(): Esc or × hid the window; focus should go back to the chat.
        pending_changed(str): a multi-part reply's parts to come ("Part 2 of 3 ready"; "" when none).
        action_requested(str): the key of an app action (``desktop/ui/actions.py``: F1 rules,
            F3 today, Ctrl+N a new entry) or the title bar's ? button (rules).
        edit_requested(Entry): F2 or the menu: edit the selected entry.
        duplicate_requested(Entry): Ctrl+D: a new entry starting as a copy of the selected one.
        delete_requested(Entry): Delete at the end of the search text, or the menu.
    """

    paste_requested = Signal(object)
    copy_requested = Signal(object)
    dismissed = Signal()
    action_requested = Signal(str)
    pending_changed = Signal(str)
    edit_requested = Signal(object)
    duplicate_requested = Signal(object)
    delete_requested = Signal(object)
    entry_chosen = Signal()

    def __init__(self, index: SearchIndex) -> None:
        super().__init__(
            None,
            Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.FramelessWindowHint,
        )
        self.setWindowTitle("QuickReply")
        self.setObjectName("searchWindow")
        self._index = index
        self._model = ResultModel()
        self._alternative = 0
        self._composing = False
        self._preedit = ""  # what the input method is composing, not yet in the box's text
        self.pending: PendingParts | None = None
        # Asked by choose(): the app answers True between Enter and the paster's report.
        self.paste_in_flight: Callable[[], bool] = lambda: False
        self.conversation_values: dict[str, str] = {}
        # What the results are limited to, "" for all: the first level of a category path
        # (淘宝 of 淘宝/售前, Ctrl+G), a language (Ctrl+L), a playbook (Ctrl+P).
        self.group = ""
        self.language = ""
        self.playbook = ""
        # The chat's language (set at each summon): its replies come first for an empty query.
        self.preferred_language = ""

        self.title_bar = TitleBar(self)
        self.search_box = SearchBox(self.tr("Type a question, pinyin, initials or keywords…"))
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.form = PlaceholderForm(self)
        self.banner = QLabel()
        self.banner.setObjectName("problemBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.results = QListView()
        self.results.setModel(self._model)
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setAlternatingRowColors(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview = QTextBrowser()
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status = QLabel()
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.hints = QLabel(key_hints())
        self.hints.setObjectName("keyHints")
        self.hints.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        body = QVBoxLayout()
        body.setContentsMargins(8, 4, 8, 8)
        body.addWidget(self.banner)
        body.addWidget(self.search_box)
        body.addWidget(self.form)
        body.addWidget(splitter, 1)
        body.addWidget(self.status)
        body.addWidget(self.hints)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.title_bar)
        layout.addLayout(body, 1)
        self.resize(600, 540)

        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.installEventFilter(self)
        self.results.selectionModel().currentChanged.connect(self._on_results_current_changed)
        self.results.doubleClicked.connect(lambda _index: self.choose(self.results.currentIndex().row()))
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._result_menu)
        self.title_bar.close_button.clicked.connect(self.dismiss)
        self.title_bar.help.clicked.connect(lambda: self.action_requested.emit("rules"))
        self._on_search_box_text_changed("")
        follow_theme(self, _window_sheet, lambda _tones: self._render_preview())

    # ------------------------------------------------------------- state

    @property
    def pinned(self) -> bool:
        """Whether the window stays open after a paste."""
        return self.title_bar.pin.isChecked()

    def set_index(self, index: SearchIndex) -> None:
        """Search a new library, keeping what the agent typed, the selected entry and its wording.

        A reload can land while the agent has arrowed to a result: Enter must
        still paste the reply they were looking at.
        """
        selected = self.current_entry()
        alternative = self._alternative
        self._index = index
        self._on_search_box_text_changed(self.search_box.text())
        if selected is None:
            return
        for row in range(self._model.rowCount()):
            entry = self._model.entry_at(row)
            if entry is not None and entry.id == selected.id:
                self.results.setCurrentIndex(self._model.index(row))
                if alternative < len(entry.alternatives):
                    self._alternative = alternative
                    self._render_preview()
                return

    def show_problems(self, problems: list[str]) -> None:
        """A banner with what is wrong in the playbooks (``file:line:column: message``); none hides it."""
        if not problems:
            self.banner.hide()
            return
        more = ""
        if len(problems) > 3:
            more = "\n" + self.tr("… {count} more (quickreply lint shows all)").format(
                count=len(problems) - 3
            )
        self.banner.setText("⚠ " + "\n⚠ ".join(problems[:3]) + more)
        self.banner.show()

    def current_entry(self) -> Entry | None:
        """The selected entry, if any."""
        return self._model.entry_at(self.results.currentIndex().row())

    @property
    def alternative(self) -> int:
        """Which of the selected entry's alternatives Enter sends."""
        return self._alternative

    def summon(self) -> None:
        """Show, raise and take the keyboard, the cursor in the search box, text selected."""
        self.show()
        self.raise_()
        self.activateWindow()
        if self.form.isVisible():
            next(iter(self.form.fields.values())).setFocus()
        else:
            self.search_box.setFocus()
            self.search_box.selectAll()

    def show_passively(self) -> None:
        """Show the window without taking the keyboard: at start the agent may be typing elsewhere."""
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.show()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self.search_box.setFocus()

    def bring_forward(self) -> None:
        """Raise and take the keyboard again, leaving what the agent typed as it is."""
        self.show()
        self.raise_()
        self.activateWindow()
        if not self.form.isVisible():
            self.search_box.setFocus()

    def dismiss(self) -> None:
        """Hide and let the app hand focus back to the chat."""
        self.form.close_form()
        self.hide()
        self._show_count(self.search_box.text())  # no offer's status outlives it; rows stay
        self.dismissed.emit()

    # ------------------------------------------------------------ choosing

    def choose(self, row: int | None = None, *, copy_only: bool = False) -> None:
        """Send the reply on ``row`` (default: the selection), asking for missing placeholders first.

        While a paste is in flight (``paste_in_flight``, set by the app) a second
        Enter does nothing at all: it must neither paste again nor move a
        multi-part reply on to a part that would then never be sent.
        """
        if self.paste_in_flight() and not copy_only:
            log.info("Enter again while a paste is in flight: ignored (one paste per Enter)")
            return
        if self.pending is not None and row is None and not copy_only:
            entry = self.current_entry()
            if entry is not None and (entry.id, self._alternative) == (
                self.pending.entry_id,
                self.pending.alternative,
            ):
                self.send_next_part()
                return
        if row is not None:
            self.results.setCurrentIndex(self._model.index(row))
        entry = self.current_entry()
        if entry is None:
            return
        self.entry_chosen.emit()  # the search found its reply, even if a form closed with Esc follows
        alternative = self._alternative if row is None else 0
        parts = entry.alternatives[alternative]
        request = PasteRequest(entry, alternative, parts[0], 0, len(parts))
        request.rank = self.results.currentIndex().row() + 1
        request.query = self.search_box.text()
        missing = self._missing(entry, alternative)
        if missing:
            self.form.ask(request, missing, self.conversation_values)
            self.form.setProperty("copy_only", copy_only)
            for field_edit in self.form.fields.values():
                field_edit.installEventFilter(self)
            return
        self._emit(request, copy_only)

    def _missing(self, entry: Entry, alternative: int) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for part in entry.alternatives[alternative]:
            for name in render(part, entry.variables).missing:
                names.setdefault(name)
        return tuple(names)

    def _submit_form(self) -> None:
        request = self.form.request
        if request is None:
            return
        copy_only = bool(self.form.property("copy_only"))
        request.values = self.form.values()
        self.conversation_values.update(request.values)
        self.form.close_form()
        self.search_box.setFocus()
        self._emit(request, copy_only)

    def _emit(self, request: PasteRequest, copy_only: bool) -> None:
        entry = request.entry
        parts = [self.fill(entry, part, request.values) for part in entry.alternatives[request.alternative]]
        request.text = parts[0]
        if copy_only:
            request.text = "\n".join(parts)
            request.part_count = 1
            self.copy_requested.emit(request)
            return
        self.pending = PendingParts(entry.id, request.alternative, parts) if len(parts) > 1 else None
        self._show_pending()
        self.paste_requested.emit(request)

    def fill(self, entry: Entry, text: str, values: dict[str, str] | None = None) -> str:
        """A reply part with placeholders filled: typed values, conversation values, playbook variables."""
        return render(text, values or {}, self.conversation_values, entry.variables).text

    def send_next_part(self) -> bool:
        """Paste the next part of a multi-message reply; False when none is waiting (or one is in flight)."""
        pending = self.pending
        if pending is None or pending.next_part is None or self.paste_in_flight():
            return False
        entry = self._pending_entry()
        if entry is None:
            self.pending = None
            self._show_pending()
            return False
        part, count = pending.sent, len(pending.parts)
        request = PasteRequest(entry, pending.alternative, pending.next_part, part, count)
        pending.sent += 1
        if pending.sent >= len(pending.parts):  # all went out
            self.pending = None
        self._show_pending()
        self.paste_requested.emit(request)
        return True

    def _pending_entry(self) -> Entry | None:
        """The entry of the multi-part reply in progress, if it is still in the library."""
        position = self._index.position.get(self.pending.entry_id) if self.pending else None
        return self._index.entries[position] if position is not None else None

    def offer_pending(self) -> None:
        """Put the multi-part reply in progress on the first row, its next part shown; Enter sends it."""
        pending = self.pending
        entry = self._pending_entry()
        if pending is None or entry is None:
            self.pending = None
            self._show_pending()
            return
        self.search_box.clear()
        offered = self._index.search("", limit=RESULT_LIMIT, prefer_language=self.preferred_language)
        others = [hit for hit in offered if hit.entry.id != entry.id]
        self._model.set_hits([Hit(entry, 1.0), *others])
        self.results.setCurrentIndex(self._model.index(0))
        self._alternative = pending.alternative
        self._render_preview()
        offer = self.tr("{status}: Enter sends it, Esc keeps it for later")
        self.status.setText(offer.format(status=pending.status))

    def set_pending(self, pending: PendingParts | None) -> None:
        """Carry on with (or, None: drop) a multi-part reply, and say so in the title bar and strip."""
        self.pending = pending
        self._show_pending()

    def _show_pending(self) -> None:
        status = self.pending.status if self.pending else ""
        self.title_bar.parts_label.setText(status)
        self.pending_changed.emit(status)

    def _result_menu(self, position: QPoint) -> None:
        row = self.results.indexAt(position).row()
        entry = self._model.entry_at(row)
        if entry is None:
            return
        self.results.setCurrentIndex(self._model.index(row))
        menu = QMenu(self)
        menu.addAction(self.tr("Edit (F2)"), lambda: self.edit_requested.emit(entry))
        menu.addAction(self.tr("Duplicate (Ctrl+D)"), lambda: self.duplicate_requested.emit(entry))
        if entry.overrides:
            label = self.tr("Revert to the {layer} version").format(layer=layer_name(entry.overrides))
        else:
            label = self.tr("Delete (Del)")
        menu.addAction(label, lambda: self.delete_requested.emit(entry))
        self.menu = menu
        menu.popup(self.results.viewport().mapToGlobal(position))

    # ---------------------------------------------------------------- keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Keys of the search box and the form; input-method composition goes first."""
        if event.type() == QEvent.Type.InputMethod:
            assert isinstance(event, QInputMethodEvent)  # noqa: S101 - Qt guarantees it
            preedit = event.preeditString()
            self._composing = bool(preedit)
            if watched is self.search_box and preedit != self._preedit:
                # The syllable being composed is part of what the agent sees typed (배송비
                # while 비 composes): search it too, once the box has applied the event, so
                # the row highlighted is the one an Enter passed through by the IME pastes.
                # Only a change of it searches again: the selection stays where it is.
                self._preedit = preedit
                QTimer.singleShot(0, self, lambda: self._on_search_box_text_changed(self.search_box.text()))
            return False
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)  # noqa: S101 - Qt guarantees it for KeyPress
            return self._search_key(event)
        if event.type() == QEvent.Type.KeyPress and watched in self.form.fields.values():
            assert isinstance(event, QKeyEvent)  # noqa: S101
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._composing:
                self._submit_form()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.form.close_form()
                self.search_box.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        """Run the search box's binding for this key (see ``SEARCH_KEYS``); False lets Qt have it."""
        if self._composing:
            return False  # Enter commits the pinyin/Hangul, arrows pick candidates
        modifiers = event.modifiers()
        wanted = [Modifier.NONE]
        if modifiers & Qt.KeyboardModifier.AltModifier:
            wanted.insert(0, Modifier.ALT)
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            wanted.insert(0, Modifier.CONTROL)
        for modifier in wanted:
            binding = _SEARCH_KEY_INDEX.get((event.key(), modifier))
            if binding is not None and binding.run(self, event.key()):
                return True
        return False

    def found_by_code(self, query: str) -> bool:
        """Whether ``query`` is the code of the first result: that search found its reply."""
        first = self._model.entry_at(0)
        return first is not None and bool(first.code) and first.code.casefold() == query.strip().casefold()

    def paste_row_of_key(self, key: int) -> bool:
        """Alt+1…9: paste that row when the list has it; the key is taken either way."""
        row = key - Qt.Key.Key_1
        if row < self._model.rowCount():
            self.choose(row)
        return True

    def edit_current(self) -> bool:
        """F2: edit the selected reply; False with no result."""
        entry = self.current_entry()
        if entry is None:
            return False
        self.edit_requested.emit(entry)
        return True

    def duplicate_current(self) -> bool:
        """Ctrl+D: a new reply starting from the selected one; False with no result."""
        entry = self.current_entry()
        if entry is None:
            return False
        self.duplicate_requested.emit(entry)
        return True

    def delete_current(self) -> bool:
        """Delete removes characters while there are some after the cursor; at the end, the entry."""
        at_end = self.search_box.cursorPosition() == len(self.search_box.text())
        entry = self.current_entry()
        if not at_end or self.search_box.hasSelectedText() or entry is None:
            return False
        self.delete_requested.emit(entry)
        return True

    def copy_current(self) -> bool:
        """Ctrl+C: copy the selected reply without pasting, unless query text is selected."""
        if self.search_box.hasSelectedText():
            return False  # Ctrl+C copies the selected query text as usual
        self.choose(copy_only=True)
        return True

    def move_selection(self, step: int) -> None:
        """Arrows and Page keys: move the selection by ``step`` rows, stopping at the ends."""
        rows = self._model.rowCount()
        if rows:
            row = max(0, min(rows - 1, self.results.currentIndex().row() + step))
            self.results.setCurrentIndex(self._model.index(row))

    def cycle_wording(self, step: int) -> None:
        """Tab / Shift+Tab: show the selected entry's next (or previous) alternative reply."""
        entry = self.current_entry()
        if entry is None or len(entry.alternatives) < 2:
            return
        self._alternative = (self._alternative + step) % len(entry.alternatives)
        self._render_preview()

    # ------------------------------------------------------------- updates

    def _on_search_box_text_changed(self, text: str) -> None:
        if self._preedit:
            cursor = self.search_box.cursorPosition()
            text = text[:cursor] + self._preedit + text[cursor:]
        self._model.set_hits(self._search(text))
        if self._model.rowCount():
            self.results.setCurrentIndex(self._model.index(0))
        else:
            self.preview.clear()
        self._show_count(text)

    def _search(self, text: str) -> list[Hit]:
        search = partial(self._index.search, text, prefer_language=self.preferred_language)
        if not self._filtered():
            return search(limit=RESULT_LIMIT)
        # Ranked over more rows, so a filter on the library's long tail still fills the list.
        return [hit for hit in search(limit=RESULT_LIMIT * 20) if self._admits(hit.entry)][:RESULT_LIMIT]

    def _filtered(self) -> bool:
        return bool(self.group or self.language or self.playbook)

    def _admits(self, entry: Entry) -> bool:
        return (
            (not self.group or group_of(entry.category) == self.group)
            and (not self.language or entry.language == self.language)
            and (not self.playbook or entry.playbook == self.playbook)
        )

    def groups(self) -> list[str]:
        """The first levels of the library's category paths (淘宝, 京东…), in order of first use."""
        return list(dict.fromkeys(group_of(e.category) for e in self._index.entries if "/" in e.category))

    def prefer_language(self, language: str) -> None:
        """The chat's language (at each summon): an empty query lists its replies first."""
        if language == self.preferred_language:
            return
        self.preferred_language = language
        if not self.search_box.text().strip():
            self._on_search_box_text_changed(self.search_box.text())

    def languages(self) -> list[str]:
        """The languages of the library's replies: the chat's first, then in order of first use."""
        found = list(dict.fromkeys(e.language for e in self._index.entries))
        first = [language for language in found if language == self.preferred_language]
        return first + [language for language in found if language not in first]

    def playbooks(self) -> list[str]:
        """The names of the playbooks searched, in order of first use."""
        return list(dict.fromkeys(e.playbook for e in self._index.entries))

    def cycle_group(self) -> None:
        """Ctrl+G: limit the results to the next first-level group (淘宝 → 京东 → all → …)."""
        self._cycle(
            "group",
            self.groups(),
            1,
            self.tr("No category has groups like 淘宝/售前 to limit the results to"),
        )

    def cycle_language(self) -> None:
        """Ctrl+L: only the replies in the next language (the chat's first, then the others, then all)."""
        self._cycle(
            "language",
            self.languages(),
            2,
            self.tr("Every reply is in one language: there is nothing to limit"),
        )

    def cycle_playbook(self) -> None:
        """Ctrl+P: only the replies of the next playbook, then all again."""
        self._cycle(
            "playbook",
            self.playbooks(),
            2,
            self.tr("All replies come from one playbook: there is nothing to limit"),
        )

    def _cycle(self, limit: str, choices: list[str], needed: int, nothing_to_limit: str) -> None:
        """Move the ``limit`` filter to its next choice; with fewer than ``needed`` choices, say why not."""
        if len(choices) < needed:
            self.status.setText(nothing_to_limit)
            return
        setattr(self, limit, _next_choice(getattr(self, limit), choices))
        self._on_search_box_text_changed(self.search_box.text())

    def _show_count(self, text: str) -> None:
        """The status line for ``text`` and the rows shown: how many, or how to add one."""
        count = self._model.rowCount()
        if self._filtered():
            limits = [self.group, language_name(self.language), self.playbook]
            self.status.setText(
                self.tr(
                    "Only {limits}: {count} result(s) · Ctrl+G group · Ctrl+L language · Ctrl+P playbook"
                ).format(limits=" · ".join(limit for limit in limits if limit), count=count)
            )
            return
        if not text.strip():
            self.status.setText(self.tr("{count} replies").format(count=len(self._index)))
        elif count:
            self.status.setText(self.tr("{count} result(s)").format(count=count))
        else:
            self.status.setText(self.tr("No reply matches “{text}” — Ctrl+N creates one").format(text=text))

    def _on_results_current_changed(self) -> None:
        self._alternative = 0
        self._render_preview()

    def _render_preview(self) -> None:
        entry = self.current_entry()
        self.preview.setHtml(self._preview_html(entry) if entry else "")

    def _preview_html(self, entry: Entry) -> str:
        parts: list[str] = [f"<b>{html.escape(entry.question)}</b>"]
        if entry.demo_values:  # a bundled reply would tell the customer the demo shop's facts
            values = ", ".join(value for _name, value in entry.demo_values)
            note = self.tr("Demo values in this reply: {values}. F4 sets your shop's own.")
            warning = html.escape(note.format(values=values))
            parts.append(f"<p style='color:{current_tones().warning}'>⚠ {warning}</p>")
        count = len(entry.alternatives)
        for number, alternative in enumerate(entry.alternatives):
            chosen = number == self._alternative
            label = f"{number + 1}/{count} " if count > 1 else ""
            style = "" if chosen or count == 1 else " style='color:#888'"
            marker = "▶ " if chosen and count > 1 else ""
            for part_number, part in enumerate(alternative, 1):
                step = f"({part_number}/{len(alternative)}) " if len(alternative) > 1 else ""
                text = html.escape(self.fill(entry, part)).replace("\n", "<br>")
                parts.append(f"<p{style}>{marker}{label}{step}{text}</p>")
        if entry.context:
            context = self.tr("Context: {context}").format(context=html.escape(entry.context))
            parts.append(f"<p style='color:#666'>{context}</p>")
        if entry.tips:
            tips = self.tr("Tips: {tips}").format(tips=html.escape(entry.tips))
            parts.append(f"<p style='color:#2a6'>{tips}</p>")
        return "".join(parts)


# Each language in its own words, as agents know them whatever the interface language.
LANGUAGE_NAMES = {"zh-cn": "中文", "zh-tw": "繁體中文", "ko-kr": "한국어", "en": "English", "ja-jp": "日本語"}


def language_name(code: str) -> str:
    """中文 for zh-CN, 한국어 for ko-KR; an unknown code as it is written."""
    return LANGUAGE_NAMES.get(code.casefold(), code)


def _next_choice(current: str, choices: list[str]) -> str:
    """The choice after ``current`` in ``choices``, "" (all) after the last, the first after ""."""
    cycle = ["", *choices]
    return cycle[(cycle.index(current) + 1) % len(cycle)] if current in cycle else ""


def group_of(category: str) -> str:
    """The first level of a category path: 淘宝 of 淘宝/售前, the whole category when it has no path."""
    return category.split("/", 1)[0].strip()


@dataclass(frozen=True)
class KeyBinding:
    """One key of the search box: what it does there.

    ``action`` returns whether it handled the key; when it did not (F2 with
    no result), Qt's own handling goes on.
    """

    keys: tuple[Qt.Key, ...]
    modifier: Modifier
    action: Callable[[SearchWindow, int], bool]

    def run(self, window: SearchWindow, key: int) -> bool:
        """Do what the key does in ``window``."""
        return self.action(window, key)


def _always(do: Callable[[SearchWindow], object]) -> Callable[[SearchWindow, int], bool]:
    def action(window: SearchWindow, _key: int) -> bool:
        do(window)
        return True

    return action


def _request(action_id: str, window: SearchWindow) -> None:
    window.action_requested.emit(action_id)


def _if_handled(do: Callable[[SearchWindow], bool]) -> Callable[[SearchWindow, int], bool]:
    return lambda window, _key: do(window)


_DIGITS = tuple(Qt.Key(Qt.Key.Key_1 + offset) for offset in range(9))
SEARCH_KEYS = (
    KeyBinding((Qt.Key.Key_Down,), Modifier.NONE, _always(lambda w: w.move_selection(1))),
    KeyBinding((Qt.Key.Key_Up,), Modifier.NONE, _always(lambda w: w.move_selection(-1))),
    KeyBinding((Qt.Key.Key_PageDown,), Modifier.NONE, _always(lambda w: w.move_selection(8))),
    KeyBinding((Qt.Key.Key_PageUp,), Modifier.NONE, _always(lambda w: w.move_selection(-8))),
    KeyBinding((Qt.Key.Key_Return, Qt.Key.Key_Enter), Modifier.NONE, _always(lambda w: w.choose())),
    KeyBinding((Qt.Key.Key_Escape,), Modifier.NONE, _always(lambda w: w.dismiss())),
    KeyBinding((Qt.Key.Key_Tab,), Modifier.NONE, _always(lambda w: w.cycle_wording(1))),
    KeyBinding((Qt.Key.Key_Backtab,), Modifier.NONE, _always(lambda w: w.cycle_wording(-1))),
    KeyBinding((Qt.Key.Key_F2,), Modifier.NONE, _if_handled(lambda w: w.edit_current())),
    KeyBinding((Qt.Key.Key_D,), Modifier.CONTROL, _if_handled(lambda w: w.duplicate_current())),
    KeyBinding((Qt.Key.Key_Delete,), Modifier.NONE, _if_handled(lambda w: w.delete_current())),
    KeyBinding(_DIGITS, Modifier.ALT, lambda w, key: w.paste_row_of_key(key)),
    # Ctrl+T: the keyboard goes to the oldest countdown chip (then Enter: answered, Esc: discard).
    KeyBinding((Qt.Key.Key_T,), Modifier.CONTROL, _always(lambda w: w.title_bar.countdowns.focus_first())),
    KeyBinding((Qt.Key.Key_C,), Modifier.CONTROL, _if_handled(lambda w: w.copy_current())),
    KeyBinding((Qt.Key.Key_G,), Modifier.CONTROL, _always(lambda w: w.cycle_group())),
    KeyBinding((Qt.Key.Key_L,), Modifier.CONTROL, _always(lambda w: w.cycle_language())),
    KeyBinding((Qt.Key.Key_P,), Modifier.CONTROL, _always(lambda w: w.cycle_playbook())),
    # The app's actions that have a key here (F1 rules, F3 today, Ctrl+N new entry).
    *(
        KeyBinding((action.key,), action.modifier, _always(partial(_request, action.id)))
        for action in ACTIONS
        if action.key is not None
    ),
)
_SEARCH_KEY_INDEX: dict[tuple[int, Modifier], KeyBinding] = {
    (key, binding.modifier): binding for binding in SEARCH_KEYS for key in binding.keys
}
