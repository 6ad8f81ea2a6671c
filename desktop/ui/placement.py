"""Where the search window and the timer strip appear, and remembering where the agent left them."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.core.window_state import WindowState
from desktop.ui.countdowns import TimerStrip
from desktop.ui.search_window import SearchWindow

log = logging.getLogger("quickreply")


class WindowPlacement:
    """Restores the saved place at start, keeps the window on the mouse's screen, saves on request.

    ``window`` is replaced after a language change (the app sets it anew).
    """

    def __init__(self, path: Path, window: SearchWindow, strip: TimerStrip) -> None:
        self.path = path
        self.window = window
        self.strip = strip
        self._position: QPoint | None = None

    def restore(self) -> None:
        """Put both windows where the agent left them; the default place on the first start."""
        state = WindowState.read(self.path)
        if state is None:
            return  # first start, or a damaged file: default placement
        self._position = QPoint(state.x, state.y)
        # A size saved by an older version that widened the window never exceeds the screen now.
        screen = QGuiApplication.screenAt(self._position) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.window.resize(min(state.width, area.width()), min(state.height, area.height()))
        self.window.move(self._position)
        self.window.title_bar.pin.setChecked(state.pinned)
        if state.strip is not None:
            self.strip.move(QPoint(*state.strip))
            self.strip.placed = True

    def save(self) -> None:
        """Remember the window's place, size and pin and the strip's place; a disk problem is logged."""
        geometry = self.window.geometry()
        self._position = self.window.pos()
        state = WindowState(
            self._position.x(),
            self._position.y(),
            geometry.width(),
            geometry.height(),
            pinned=self.window.pinned,
            strip=(self.strip.x(), self.strip.y()) if self.strip.placed else None,
        )
        try:
            state.write(self.path)
        except OSError as exc:
            log.warning("could not remember the window position: %s", exc)

    def on_mouse_screen(self) -> None:
        """Move the window onto the screen under the mouse unless it is already there.

        On that screen it goes back to the agent's saved place when that fits,
        else to the middle.
        """
        window: QWidget = self.window
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        frame = window.frameGeometry()
        if area.contains(frame.center()):
            return
        saved = self._position
        if saved is not None and area.contains(QRect(saved, frame.size()).center()):
            window.move(saved)
        else:
            window.move(area.center() - QPoint(frame.width() // 2, frame.height() // 2))
