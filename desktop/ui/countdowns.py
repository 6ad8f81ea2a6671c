"""Response-time reminders on screen: chips, the always-on-top strip, sounds, the tick.

A chip per waiting customer shows the kind, the label and the seconds left:
green while running, amber inside the warning lead, red and pulsing when
overdue and counting up. Colour is never the only signal: each state has its
own symbol and wording, for colour-blind agents. The strip never takes
keyboard focus, so it can stay up while the agent types in the chat app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from desktop.core.countdown import Countdown, CountdownBoard, Kind, State, Trigger
from desktop.core.paths import bundled_path
from desktop.ui.appearance import Chip, Tones, current_tones, follow_theme

log = logging.getLogger("quickreply")
TICK_MS = 200
# state: (symbol, its chip colours in a theme, word for screen readers and tooltips)
# The words are English source strings, translated at use time in the "Countdowns" context.
STATE_LOOK: dict[State, tuple[str, Callable[[Tones], Chip], object]] = {
    State.RUNNING: ("◷", lambda tones: tones.running, QT_TRANSLATE_NOOP("Countdowns", "waiting")),
    State.WARNING: ("⚠", lambda tones: tones.almost_due, QT_TRANSLATE_NOOP("Countdowns", "almost due")),
    State.OVERDUE: ("‼", lambda tones: tones.overdue, QT_TRANSLATE_NOOP("Countdowns", "overdue")),
}
KIND_TEXT = {
    Kind.GREETING: QT_TRANSLATE_NOOP("Countdowns", "greet"),
    Kind.REPLY: QT_TRANSLATE_NOOP("Countdowns", "reply"),
}
SNAP_DISTANCE = 32


class CountdownChip(QToolButton):
    """One waiting customer. Click: answered; right-click: answered or discard."""

    stop_requested = Signal(int)
    discard_requested = Signal(int)

    def __init__(self, countdown: Countdown, *, focusable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countdown = countdown
        self.setObjectName("countdownChip")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
        self.setAutoRaise(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.clicked.connect(lambda: self.stop_requested.emit(self.countdown.id))
        self._pulse = False
        self.state = State.RUNNING

    def refresh(self, now: float) -> None:
        """Text, colours and tooltip for the countdown's state at ``now``."""
        state = self.countdown.state(now)
        self.state = state
        symbol, chip_of, word = STATE_LOOK.get(state, STATE_LOOK[State.RUNNING])
        chip = chip_of(current_tones())
        background, foreground = chip.background, chip.text
        label = self.countdown.label
        kind = QCoreApplication.translate("Countdowns", str(KIND_TEXT[self.countdown.kind]))
        self.setText(f"{symbol} {kind} · {label} · {self.countdown.display(now)}")
        tooltip = self.tr("{label}: {state}, target {target}s. Click when answered; right-click to discard.")
        self.setToolTip(
            tooltip.format(
                label=label,
                state=QCoreApplication.translate("Countdowns", str(word)),
                target=f"{self.countdown.target:.0f}",
            )
        )
        if state is State.OVERDUE:
            self._pulse = not self._pulse
            if self._pulse:
                background, foreground = foreground, background  # the pulse: the colours swap
        weight = "bold" if state is not State.RUNNING else "normal"
        self.setStyleSheet(
            f"QToolButton {{ background: {background}; color: {foreground}; border: 1px solid {foreground};"
            f" border-radius: 9px; padding: 2px 8px; font-weight: {weight}; }}"
            "QToolButton:focus { border-width: 2px; }"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter/Space: answered; Esc: discard (not counted); arrows move between chips."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.stop_requested.emit(self.countdown.id)
        elif key == Qt.Key.Key_Escape:
            self.discard_requested.emit(self.countdown.id)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.focusNextPrevChild(key == Qt.Key.Key_Right)
        else:
            super().keyPressEvent(event)

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        countdown_id = self.countdown.id
        menu.addAction(self.tr("Answered"), lambda: self.stop_requested.emit(countdown_id))
        menu.addAction(self.tr("Discard (not counted)"), lambda: self.discard_requested.emit(countdown_id))
        menu.popup(self.mapToGlobal(position))


class CountdownBar(QWidget):
    """A row of chips, oldest first; the strip and the search window each have one.

    With ``fit`` (the search window's title bar) the bar never asks for more
    width than it is given: the chips that fit are shown, oldest first, and a
    "+N" button lists the others (choosing one: answered). Four customers at
    once must not push the window's buttons off the screen.
    """

    stop_requested = Signal(int)
    discard_requested = Signal(int)

    def __init__(self, *, focusable: bool = False, fit: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._focusable = focusable
        self._fit = fit
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.chips: dict[int, CountdownChip] = {}
        self.more = QToolButton(self)
        self.more.setObjectName("moreCountdowns")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
        self.more.hide()
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)  # chips stay at the left, oldest first
        if fit:
            # Takes what the title bar leaves over, however many chips there are.
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def show_countdowns(self, running: list[Countdown], now: float) -> None:
        """Add chips for new countdowns, drop finished ones, refresh the rest."""
        wanted = {c.id for c in running}
        for countdown_id in [i for i in self.chips if i not in wanted]:
            chip = self.chips.pop(countdown_id)
            self._layout.removeWidget(chip)
            chip.deleteLater()
        for countdown in running:
            existing = self.chips.get(countdown.id)
            if existing is None:
                chip = CountdownChip(countdown, focusable=self._focusable, parent=self)
                chip.stop_requested.connect(self.stop_requested)
                chip.discard_requested.connect(self.discard_requested)
                self._layout.insertWidget(len(self.chips), chip)  # after the older chips, before "+N"
                self.chips[countdown.id] = chip
            else:
                chip = existing
            chip.refresh(now)
        self._fit_chips()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """A new width: show as many chips as fit now."""
        super().resizeEvent(event)
        self._fit_chips()

    def _fit_chips(self) -> None:
        if not self._fit:
            return
        chips = list(self.chips.values())
        spacing = self._layout.spacing()
        room = self.width()
        shown = 0
        used = 0
        for index, chip in enumerate(chips):
            hidden_after = len(chips) - index - 1
            need = chip.sizeHint().width() + (spacing if shown else 0)
            reserve = self._more_width(hidden_after) + spacing if hidden_after else 0
            if used + need + reserve > room:
                break
            used += need
            shown += 1
        for index, chip in enumerate(chips):
            chip.setVisible(index < shown)
        self._offer_the_rest(chips[shown:])

    def _more_width(self, hidden: int) -> int:
        return self.more.fontMetrics().horizontalAdvance(f"+{hidden}") + 24

    def _offer_the_rest(self, hidden: list[CountdownChip]) -> None:
        if not hidden:
            self.more.hide()
            return
        self.more.setText(f"+{len(hidden)}")
        menu = QMenu(self.more)
        for chip in hidden:
            menu.addAction(chip.text(), partial(self.stop_requested.emit, chip.countdown.id))
        old = self.more.menu()
        self.more.setMenu(menu)
        if old is not None:
            old.deleteLater()
        self.more.setToolTip(
            self.tr("{count} more waiting: choose one when answered").format(count=len(hidden))
        )
        self.more.show()

    def focus_first(self) -> bool:
        """Give the keyboard to the oldest chip (search window: Ctrl+T); False when none."""
        if not self.chips:
            return False
        next(iter(self.chips.values())).setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True


class TimerStrip(QWidget):
    """The always-on-top strip of countdowns: never takes focus, docks to a screen edge."""

    moved = Signal(QPoint)

    def __init__(self) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("timerStrip")
        self.setWindowTitle(self.tr("QuickReply timers"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grip = QLabel("⋮⋮")
        self.grip.setToolTip(self.tr("Drag to move; it snaps to the nearest screen edge"))
        self.grip.setCursor(Qt.CursorShape.SizeAllCursor)
        self.bar = CountdownBar(focusable=False)
        # A multi-part reply with parts still to send: said here, where the agent looks
        # while the search window is hidden, so the next hotkey press is no surprise.
        self.note = QLabel()
        self.note.setObjectName("pendingNote")
        self.note.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.grip)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        follow_theme(
            self,
            lambda tones: (
                "#timerStrip { background: palette(window); border: 1px solid palette(mid); }"
                f"#pendingNote {{ color: {tones.warning}; font-weight: bold; padding: 0 4px; }}"
            ),
        )
        self.always_show = False
        self._drag_from: QPoint | None = None
        self.placed = False
        self._running = False

    def show_countdowns(self, running: list[Countdown], now: float) -> None:
        """Refresh the chips; hide when nothing runs and nothing waits (unless always shown)."""
        self.bar.show_countdowns(running, now)
        self._running = bool(running)
        self._show_or_hide()

    def show_pending(self, status: str) -> None:
        """Say that parts of a reply wait to be sent ("" when none do)."""
        if status:
            self.note.setText(self.tr("{status}: the hotkey in that chat offers it").format(status=status))
        self.note.setVisible(bool(status))
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        self.adjustSize()
        if self._running or self.always_show or not self.note.isHidden():
            if not self.isVisible():
                if not self.placed:
                    self.dock_default()
                self.show()
        elif self.isVisible():
            self.hide()

    def dock_default(self) -> None:
        """Top edge of the primary screen, centred: where an agent's eye passes most."""
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.adjustSize()
        self.move(screen.center().x() - self.width() // 2, screen.top())
        self.placed = True

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Drag from anywhere that is not a chip."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.pos()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Follow the mouse."""
        if self._drag_from is not None:
            self.move(event.globalPosition().toPoint() - self._drag_from)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Snap to a nearby screen edge and report the new place."""
        if self._drag_from is None:
            return
        self._drag_from = None
        self.move(snap_to_edges(self.frameGeometry().topLeft(), self.width(), self.height(), self))
        self.placed = True
        self.moved.emit(self.pos())


def snap_to_edges(corner: QPoint, width: int, height: int, widget: QWidget) -> QPoint:
    """``corner`` moved onto the screen edge it is within SNAP_DISTANCE of, kept on screen."""
    screen = QGuiApplication.screenAt(corner + QPoint(width // 2, height // 2)) or widget.screen()
    area = screen.availableGeometry()
    x = min(max(corner.x(), area.left()), area.right() - width + 1)
    y = min(max(corner.y(), area.top()), area.bottom() - height + 1)
    if y - area.top() <= SNAP_DISTANCE:
        y = area.top()
    elif area.bottom() - (y + height - 1) <= SNAP_DISTANCE:
        y = area.bottom() - height + 1
    if x - area.left() <= SNAP_DISTANCE:
        x = area.left()
    elif area.right() - (x + width - 1) <= SNAP_DISTANCE:
        x = area.right() - width + 1
    return QPoint(x, y)


class ReminderSounds:
    """Short bundled sounds when a countdown enters the warning lead or goes overdue."""

    def __init__(self, *, warning: bool = False, overdue: bool = True) -> None:
        self.enabled = {State.WARNING: warning, State.OVERDUE: overdue}
        self.paused = False  # a break or a meeting: silent whatever ``enabled`` says
        self.played: list[State] = []
        self._effects: dict[State, object] = {}

    def play(self, state: State) -> None:
        """Play the sound of ``state`` if it is switched on (and there is a screen, so someone to hear it)."""
        if self.paused or not self.enabled.get(state):
            return
        self.played.append(state)
        if QGuiApplication.platformName() == "offscreen":
            return  # headless runs (tests, CI) have no one to hear it and often no audio device
        effect = self._effects.get(state)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # no audio libraries on this desk: stay silent
                return
            effect = QSoundEffect()
            name = "warning" if state is State.WARNING else "overdue"
            effect.setSource(QUrl.fromLocalFile(str(bundled_path("resources") / "sounds" / f"{name}.wav")))
            effect.setVolume(0.6)
            self._effects[state] = effect
        effect.play()  # type: ignore[attr-defined]


class CountdownController(QObject):
    """The tick: refreshes every view of the board and plays a sound on each new state.

    Signals:
        changed(int, bool): how many customers wait, and whether one is overdue (tray icon).
    """

    changed = Signal(int, bool)

    def __init__(self, board: CountdownBoard, sounds: ReminderSounds | None = None) -> None:
        super().__init__()
        self.board = board
        self.sounds = sounds or ReminderSounds()
        self.strip = TimerStrip()
        self.views: list[CountdownBar] = []
        self._states: dict[int, State] = {}
        self._summary = (0, False)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.strip.bar.stop_requested.connect(lambda i: self.stop(i, Trigger.CLICK))
        self.strip.bar.discard_requested.connect(self.discard)
        self.strip.destroyed.connect(self.timer.stop)

    @property
    def paused(self) -> bool:
        """Reminders paused (tray): no countdown starts by itself and no sound plays."""
        return self.sounds.paused

    def pause(self, paused: bool) -> None:
        """Pause or resume the reminders; countdowns already running keep counting."""
        self.sounds.paused = paused
        log.info("reminders %s", "paused" if paused else "resumed")

    def add_view(self, bar: CountdownBar) -> None:
        """Show the same countdowns in another bar (the search window's header)."""
        self.views.append(bar)
        bar.destroyed.connect(lambda: self.views.remove(bar) if bar in self.views else None)
        bar.stop_requested.connect(lambda i: self.stop(i, Trigger.CLICK))
        bar.discard_requested.connect(self.discard)

    def start(self, kind: Kind, label: str = "", trigger: Trigger = Trigger.HOTKEY) -> Countdown:
        """Start a countdown and show it at once."""
        known = len(self.board.countdowns)
        countdown = self.board.start(kind, label, trigger)
        # The label is a customer's name (from the chat window's title): never in the log at info.
        if len(self.board.countdowns) == known:
            log.info("%s countdown already running in this chat: kept (%s)", kind.value, trigger.value)
        else:
            log.info("%s countdown started (%s)", kind.value, trigger.value)
        log.debug("%s countdown is for %s", kind.value, countdown.label)
        self.tick()
        if not self.timer.isActive():
            self.timer.start()
        return countdown

    def stop(self, countdown_id: int, trigger: Trigger) -> Countdown | None:
        """Stop one countdown (answered)."""
        return self._stopped(self.board.stop(countdown_id, trigger), trigger)

    def stop_for(self, label: str, trigger: Trigger, *, greeting: bool = False) -> Countdown | None:
        """Stop the conversation's own countdown, else the oldest (see ``CountdownBoard.stop_for``)."""
        return self._stopped(self.board.stop_for(label, trigger, greeting=greeting), trigger)

    def stop_oldest(self, trigger: Trigger, *, greeting: bool = False) -> Countdown | None:
        """Stop the oldest (a greeting first after a greeting reply)."""
        return self._stopped(self.board.stop_oldest(trigger, greeting=greeting), trigger)

    def _stopped(self, countdown: Countdown | None, trigger: Trigger) -> Countdown | None:
        if countdown is not None:
            log.info("%s countdown stopped (%s)", countdown.kind.value, trigger.value)
            log.debug("the stopped %s countdown was for %s", countdown.kind.value, countdown.label)
        self.tick()
        return countdown

    def discard(self, countdown_id: int) -> None:
        """Drop a countdown started by mistake."""
        self.board.discard(countdown_id)
        self.tick()

    def tick(self) -> None:
        """Refresh every view; sound on entering warning or overdue; stop ticking when idle."""
        now = self.board.clock()
        running = self.board.running()
        self._states = {c.id: state for c in running if (state := self._states.get(c.id)) is not None}
        for countdown in running:
            state = countdown.state(now)
            entered = self._states.get(countdown.id) not in (None, state)
            if entered and state in (State.WARNING, State.OVERDUE):
                self.sounds.play(state)
            self._states[countdown.id] = state
        self.strip.show_countdowns(running, now)
        for view in self.views:
            view.show_countdowns(running, now)
        summary = (len(running), any(c.state(now) is State.OVERDUE for c in running))
        if summary != self._summary:
            self._summary = summary
            self.changed.emit(*summary)
        if not running and self.timer.isActive():
            self.timer.stop()


def label_for(title: str) -> str:
    """A short chip label from a window title ("王女士 - 千牛工作台" → "王女士"); "" when untitled."""
    for separator in (" - ", " — ", " | ", "｜"):
        if separator in title:
            title = title.split(separator)[0]
            break
    return title.strip()[:16]
