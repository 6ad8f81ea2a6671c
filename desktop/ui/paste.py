"""Paste a reply into the chat app through the clipboard, then give the agent's clipboard back.

The order matters: snapshot every format on the clipboard, put the reply on
it, hand focus back to the chat app, let the event loop run briefly, press the
paste keystroke, and restore the snapshot from a timer. Never sleep on the GUI
thread in between: on X11 the chat app reads the clipboard *from our event
loop*, so a sleeping loop makes it paste the old content. The snapshot comes
back only if the clipboard still holds our reply: if the agent copied
something meanwhile, that wins.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from desktop.platform.base import HotkeyError, PasteMethod, Platform, Target
from desktop.ui.i18n import localized

# X11 selection plumbing that Qt lists as formats but that are not content.
SKIPPED_FORMATS = frozenset({"TARGETS", "MULTIPLE", "TIMESTAMP", "SAVE_TARGETS", "application/x-qt-image"})
# Our own mark on the reply, so we know whether the clipboard still holds it.
REPLY_MARKER = "application/x-quickreply-reply"


@dataclass
class PasteSettings:
    """Timings and method; the defaults suit the chat apps agents use."""

    restore_delay_ms: int = 600
    # After Enter the widget keeps the keyboard this long before handing it to the chat,
    # so a double-pressed Enter (20-50 ms apart) is swallowed instead of sending there.
    hold_ms: int = 60
    settle_ms: int = 50
    focus_timeout_s: float = 1.0
    method: PasteMethod = PasteMethod.CTRL_V
    enter_pause_ms: int = 300


def snapshot(clipboard: QClipboard) -> QMimeData | None:
    """A copy of every content format on the clipboard (None when it is empty)."""
    current: QMimeData | None = clipboard.mimeData()  # None with no owner, whatever the stubs say
    if current is None:
        return None
    formats = [f for f in current.formats() if f not in SKIPPED_FORMATS]
    if not formats:
        return None
    copy = QMimeData()
    for name in formats:
        copy.setData(name, QByteArray(current.data(name)))
    return copy


def reply_mime(text: str, extra: dict[str, bytes]) -> QMimeData:
    """The reply as clipboard content: plain text (CRLF on Windows), our marker and transient hints."""
    mime = QMimeData()
    mime.setText(text.replace("\r\n", "\n").replace("\n", "\r\n") if sys.platform == "win32" else text)
    mime.setData(REPLY_MARKER, QByteArray(text.encode("utf-8")))
    for name, value in extra.items():
        mime.setData(name, QByteArray(value))
    return mime


class Paster(QObject):
    """Puts replies into the target window, one paste at a time.

    Signals:
        pasted(bool, str): the paste finished; True when the keystroke was
            sent, else False with a notice for the agent (the reply is then
            left on the clipboard so Ctrl+V still works).
        restored(): the agent's clipboard is back (or was left alone because
            something new was copied meanwhile).
    """

    pasted = Signal(bool, str)
    restored = Signal()

    def __init__(self, platform: Platform, settings: PasteSettings | None = None) -> None:
        super().__init__()
        self.platform = platform
        self.settings = settings or PasteSettings()
        self._saved: QMimeData | None = None
        self._reply = ""
        self._restore_pending = False
        self._written_by_platform = False
        self._restore_timer = QTimer(self)
        self._restore_timer.setSingleShot(True)
        self._restore_timer.timeout.connect(self.restore_now)

    @property
    def busy(self) -> bool:
        """Whether a restore is still due (a new paste first restores, then snapshots)."""
        return self._restore_pending

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard for good (Ctrl+C in the widget): no restore."""
        self._finish_pending()
        self._put_reply(text)

    def _put_reply(self, text: str) -> None:
        """The reply on the clipboard, marked transient: by the OS backend where Qt cannot mark it."""
        self._written_by_platform = self.platform.write_clipboard_text(text)
        if not self._written_by_platform:
            QGuiApplication.clipboard().setMimeData(reply_mime(text, self.platform.transient_formats()))

    def paste(
        self,
        text: str,
        target: Target | None,
        *,
        press_enter: bool = False,
        method: PasteMethod | None = None,
    ) -> None:
        """Paste ``text`` into ``target``; the result arrives through ``pasted``."""
        self._finish_pending()
        chosen = method or self.settings.method
        typing = chosen is PasteMethod.TYPE and target is not None and self.platform.can_paste()
        if typing and target is not None and self.platform.focus(target, self.settings.focus_timeout_s):
            # Typed key by key: the clipboard is never touched, nothing to restore.
            QTimer.singleShot(self.settings.settle_ms, lambda: self._type(text, press_enter))
            return
        clipboard = QGuiApplication.clipboard()
        self._saved = snapshot(clipboard)
        self._reply = text
        self._put_reply(text)
        if target is None or not self.platform.can_paste():
            self._saved = None  # the reply must stay for the agent's own Ctrl+V
            self.pasted.emit(False, self.tr("Reply copied: press Ctrl+V in the chat app to paste it"))
            return
        if not self.platform.focus(target, self.settings.focus_timeout_s):
            self._saved = None
            notice = self.tr(
                "Could not bring back the chat window; the reply is copied: "
                "press Ctrl+V in the chat app to paste it"
            )
            self.pasted.emit(False, notice)
            return
        self._restore_pending = True
        keystroke = PasteMethod.CTRL_V if chosen is PasteMethod.TYPE else chosen
        QTimer.singleShot(self.settings.settle_ms, lambda: self._send(press_enter, keystroke))

    def _send(self, press_enter: bool, method: PasteMethod) -> None:
        try:
            self.platform.send_paste(method)
        except Exception as exc:  # noqa: BLE001 - e.g. the X connection broke: say so, lose nothing
            self._restore_pending = False
            self._saved = None
            notice = self.tr("{error}; the reply is copied: press Ctrl+V in the chat app to paste it")
            self.pasted.emit(False, notice.format(error=localized(exc)))
            return
        if press_enter:
            QTimer.singleShot(self.settings.enter_pause_ms, self._send_enter)
        self._restore_timer.start(self.settings.restore_delay_ms)
        self.pasted.emit(True, "")

    def _type(self, text: str, press_enter: bool) -> None:
        try:
            self.platform.type_text(text)
        except Exception as exc:  # noqa: BLE001 - typing failed: the agent still gets the reply to paste
            self._put_reply(text)
            notice = self.tr("{error}; the reply is copied: press Ctrl+V in the chat app to paste it")
            self.pasted.emit(False, notice.format(error=localized(exc)))
            return
        if press_enter:
            QTimer.singleShot(self.settings.enter_pause_ms, self._send_enter)
        self.pasted.emit(True, "")

    def _send_enter(self) -> None:
        try:
            self.platform.send_enter()
        except HotkeyError as exc:
            self.pasted.emit(False, localized(exc))

    def _finish_pending(self) -> None:
        if self._restore_pending:
            self._restore_timer.stop()
            self.restore_now()

    def restore_now(self) -> None:
        """Give the agent's clipboard back, unless something new was copied since the paste."""
        if not self._restore_pending:
            return
        self._restore_pending = False
        clipboard = QGuiApplication.clipboard()
        if self._written_by_platform:
            still_ours = self.platform.clipboard_unchanged()
        else:
            current = clipboard.mimeData()
            still_ours = (
                current is not None and bytes(current.data(REPLY_MARKER).data()) == self._reply.encode()
            )
        if still_ours:
            if self._saved is None:
                clipboard.clear()
            else:
                clipboard.setMimeData(self._saved)
        self._saved = None
        self.restored.emit()
