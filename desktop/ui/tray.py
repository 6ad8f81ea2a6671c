"""The tray (menu-bar) icon: how many customers wait, at a glance, and the app's menu."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import partial

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.ui.actions import ACTIONS, Action

# idle, someone waiting, someone overdue
STATE_COLOURS = {"idle": "#5f6368", "waiting": "#1e8e3e", "overdue": "#d93025"}


def tray_icon(state: str, waiting: int) -> QIcon:
    """A speech bubble in the state's colour with the number of waiting customers."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATE_COLOURS[state]))
    painter.drawRoundedRect(4, 6, 56, 42, 12, 12)
    painter.drawPolygon([QPoint(14, 44), QPoint(30, 47), QPoint(12, 60)])  # the bubble's tail
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(30 if waiting < 10 else 24)
    painter.setFont(font)
    text = str(waiting) if waiting else "…"
    painter.drawText(QRect(4, 6, 56, 42), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class Tray(QSystemTrayIcon):
    """Icon with state, a tooltip with the waiting count, and the menu of ``ACTIONS``.

    Signals:
        action_triggered(str): the id of the chosen menu action (a click on the icon: "search").
    """

    action_triggered = Signal(str)

    def __init__(self, actions: Sequence[Action] = ACTIONS, *, checked: Collection[str] = ()) -> None:
        super().__init__()
        self.menu = QMenu()
        self.items: dict[str, QAction] = {}
        for action in (a for a in actions if a.in_tray):
            if action.separator_before:
                self.menu.addSeparator()
            item = QAction(action.text(), self.menu)
            item.setCheckable(action.checkable)
            item.setChecked(action.id in checked)
            item.triggered.connect(partial(self.action_triggered.emit, action.id))
            self.menu.addAction(item)
            self.items[action.id] = item
        self.setContextMenu(self.menu)
        self.activated.connect(self._on_activated)
        self.state = "idle"
        self.show_waiting(0, overdue=False)

    def show_waiting(self, waiting: int, *, overdue: bool) -> None:
        """Update the icon and tooltip for ``waiting`` customers (red when one is overdue)."""
        self.state = "overdue" if overdue else "waiting" if waiting else "idle"
        self.setIcon(tray_icon(self.state, waiting))
        if waiting and overdue:
            tip = self.tr("QuickReply — {waiting} customer(s) waiting, someone is overdue")
        elif waiting:
            tip = self.tr("QuickReply — {waiting} customer(s) waiting")
        else:
            tip = self.tr("QuickReply — nobody waiting")
        self.setToolTip(tip.format(waiting=waiting))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.action_triggered.emit("search")
