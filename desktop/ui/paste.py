"""Paste a reply into the chat app through the clipboard, then give the agent's clipboard back.

The sequence itself (snapshot, reply on the clipboard, focus back, wait for
the agent's hands, keystroke, restore) is ``desktop.core.paste_sequence``,
written once and tested without Qt. This module gives it Qt's clipboard, which
keeps every format, and Qt's timers, so no step ever sleeps on the GUI thread,
and turns its outcomes into notices in the agent's language.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from desktop.core.keys import PasteMethod, Target
from desktop.core.paste_sequence import (
    Backend,
    ClipboardUnreadable,
    Failure,
    Outcome,
    PasteSequence,
    PasteSettings,
)
from desktop.ui.i18n import localized

__all__ = ["Paster", "PasteSettings", "QtClipboard", "reply_mime", "snapshot"]

# X11 selection plumbing that Qt lists as formats but that are not content.
SKIPPED_FORMATS = frozenset({"TARGETS", "MULTIPLE", "TIMESTAMP", "SAVE_TARGETS", "application/x-qt-image"})
# How long the clipboard's owner may take to answer before its content counts as unreadable.
OWNER_TIMEOUT_S = 0.25
# Our own mark on the reply, so we know whether the clipboard still holds it.
REPLY_MARKER = "application/x-quickreply-reply"


def snapshot(clipboard: QClipboard) -> QMimeData | None:
    """A copy of every content format on the clipboard (None when it is empty)."""
    current: QMimeData | None = clipboard.mimeData()  # None with no owner, whatever the stubs say
    if current is None:
        return None
    copy = QMimeData()
    for name in (f for f in current.formats() if f not in SKIPPED_FORMATS):
        data = QByteArray(current.data(name))
        # A format that came back empty could not be read (its owner quit or stalled while
        # answering): left out, so the restore never offers the agent's apps an empty image.
        if not data.isEmpty():
            copy.setData(name, data)
    return copy if copy.formats() else None


def paste_keys(system: str = sys.platform) -> str:
    """The paste keystroke as this keyboard labels it: ⌘V on a Mac, Ctrl+V elsewhere."""
    return "⌘V" if system == "darwin" else "Ctrl+V"


def reply_mime(text: str, extra: dict[str, bytes]) -> QMimeData:
    """The reply as clipboard content: plain text (CRLF on Windows), our marker and transient hints."""
    mime = QMimeData()
    mime.setText(text.replace("\r\n", "\n").replace("\n", "\r\n") if sys.platform == "win32" else text)
    mime.setData(REPLY_MARKER, QByteArray(text.encode("utf-8")))
    for name, value in extra.items():
        mime.setData(name, QByteArray(value))
    return mime


class QtClipboard:
    """The system clipboard through Qt, which keeps every format (images, rich text, files).

    ``owner_answers`` is the backend's quick check that the program owning
    the clipboard responds; without it a frozen owner holds Qt's read (and so
    the GUI thread and the reply) for five seconds.
    """

    def __init__(self, owner_answers: Callable[[float], bool] = lambda _timeout: True) -> None:
        self._owner_answers = owner_answers

    def snapshot(self) -> QMimeData | None:
        """Every content format on the clipboard now (None when it is empty)."""
        clipboard = QGuiApplication.clipboard()
        if not clipboard.ownsClipboard() and not self._owner_answers(OWNER_TIMEOUT_S):
            raise ClipboardUnreadable
        return snapshot(clipboard)

    def put_reply(self, text: str, extra_formats: dict[str, bytes]) -> None:
        """The reply with our marker and the clipboard managers' hints."""
        QGuiApplication.clipboard().setMimeData(reply_mime(text, extra_formats))

    def holds_reply(self, text: str) -> bool:
        """Whether our marker still carries ``text`` (nothing was copied since)."""
        current = QGuiApplication.clipboard().mimeData()
        return current is not None and bytes(current.data(REPLY_MARKER).data()) == text.encode()

    def restore(self, saved: object | None) -> None:
        """The snapshot back; an empty clipboard stays empty."""
        clipboard = QGuiApplication.clipboard()
        if isinstance(saved, QMimeData):
            clipboard.setMimeData(saved)
        else:
            clipboard.clear()


class QtScheduler:
    """Steps of the paste run later from the event loop (never a sleep on the GUI thread)."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner  # a step due after the owner is gone never runs

    def after(self, seconds: float, step: Callable[[], None]) -> None:
        """Run ``step`` on the GUI thread ``seconds`` from now."""
        QTimer.singleShot(max(0, round(seconds * 1000)), self._owner, step)


class Paster(QObject):
    """Puts replies into the target window, one paste at a time (``desktop.core.paste_sequence``).

    Signals:
        pasted(bool, str): the paste finished; True when the keystroke was
            sent, else False with a notice for the agent (the reply is then
            left on the clipboard so Ctrl+V still works).
        restored(): the agent's clipboard is back (or was left alone because
            something new was copied meanwhile).
    """

    pasted = Signal(bool, str)
    restored = Signal()

    def __init__(self, platform: Backend, settings: PasteSettings | None = None) -> None:
        super().__init__()
        self.platform = platform
        self.settings = settings or PasteSettings()
        self.sequence = PasteSequence(
            platform,
            QtClipboard(platform.clipboard_owner_answers),
            QtScheduler(self),
            self.settings,
            report=self._report,
            restored=self.restored.emit,
        )

    @property
    def busy(self) -> bool:
        """Whether a restore is still due (a new paste first restores, then snapshots)."""
        return self.sequence.busy

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard for good (Ctrl+C in the widget): no restore."""
        self.sequence.copy(text)

    def paste(
        self,
        text: str,
        target: Target | None,
        *,
        press_enter: bool = False,
        method: PasteMethod | None = None,
    ) -> None:
        """Paste ``text`` into ``target``; the result arrives through ``pasted``."""
        self.sequence.paste(text, target, press_enter=press_enter, method=method)

    def restore_now(self) -> None:
        """Give the agent's clipboard back now (at quit), unless something new was copied."""
        self.sequence.restore_now()

    def _report(self, outcome: Outcome) -> None:
        self.pasted.emit(outcome.sent, self._notice(outcome))

    def _notice(self, outcome: Outcome) -> str:
        """What the agent reads when the reply did not go in by itself."""
        if outcome.failure is Failure.COPY_ONLY:
            return self.tr("Reply copied: press {paste} in the chat app to paste it").format(
                paste=paste_keys()
            )
        if outcome.failure is Failure.NO_FOCUS:
            return self.tr(
                "Could not bring back the chat window; the reply is copied: "
                "press {paste} in the chat app to paste it"
            ).format(paste=paste_keys())
        if outcome.failure is Failure.KEY_FAILED:
            notice = self.tr("{error}; the reply is copied: press {paste} in the chat app to paste it")
            return notice.format(error=localized(outcome.error or ""), paste=paste_keys())
        if outcome.failure is Failure.ENTER_FAILED:
            return localized(outcome.error or "")
        if outcome.failure is Failure.CLIPBOARD_LOST:
            return self.tr(
                "Pasted. Your own clipboard could not be kept: the program holding it is not answering"
            )
        return ""
