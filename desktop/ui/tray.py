"""The tray (menu-bar) icon: how many customers wait, at a glance, and the app's menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

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
    """Icon with state, a tooltip with the waiting count, and the menu.

    Signals:
        show_search(), new_entry(), show_today(), pause_toggled(bool), open_playbooks(),
        import_requested(), show_settings(), show_rules(), show_about(), quit_requested()
    """

    show_search = Signal()
    new_entry = Signal()
    show_today = Signal()
    pause_toggled = Signal(bool)
    open_playbooks = Signal()
    import_requested = Signal()
    show_settings = Signal()
    show_rules = Signal()
    show_about = Signal()
    quit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.menu = QMenu()

        def add(text: str, signal: SignalInstance) -> QAction:
            action = QAction(text, self.menu)
            action.triggered.connect(signal)
            self.menu.addAction(action)
            return action

        add(self.tr("Show search"), self.show_search)
        add(self.tr("New entry"), self.new_entry)
        add(self.tr("Today"), self.show_today)
        self.pause = QAction(self.tr("Pause reminders"), self.menu)
        self.pause.setCheckable(True)
        self.pause.toggled.connect(self.pause_toggled)
        self.menu.addAction(self.pause)
        self.menu.addSeparator()
        add(self.tr("Open playbooks folder"), self.open_playbooks)
        add(self.tr("Import replies…"), self.import_requested)
        add(self.tr("Settings"), self.show_settings)
        add(self.tr("Service rules"), self.show_rules)
        add(self.tr("About"), self.show_about)
        self.menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self.menu)
        quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(quit_action)
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
            self.show_search.emit()
