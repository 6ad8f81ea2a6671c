"""A paste, step by step, without ever sleeping on the caller's thread.

Snapshot every format on the clipboard → put the reply on it → hand focus
back to the chat app and check until it is in front → let it settle → wait
until the agent lets go of the hotkey's modifiers → press the paste keystroke
→ after a while, give the snapshot back if the clipboard still holds our
reply (if the agent copied something meanwhile, that wins).

Every wait is a check scheduled again through a :class:`Scheduler` (a Qt
timer in the app, a hand-driven clock in tests), so the event loop keeps
running: on X11 the chat app reads the clipboard *from our event loop*, and a
sleeping loop would make it paste the old content. The clipboard itself is
behind :class:`Clipboard` (Qt's, in the app), so this module stays Qt-free.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from desktop.core.keys import HotkeyError, PasteMethod, Target


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
    poll_ms: int = 10  # how often focus and modifier keys are looked at again
    # A modifier "held" this long is more likely stuck (a remote session lost its release): paste anyway.
    modifier_wait_s: float = 2.0


class ClipboardUnreadable(Exception):  # noqa: N818 - reads as the situation it reports
    """The clipboard's owner does not answer (a frozen program): its content cannot be kept."""


class Clipboard(Protocol):
    """The system clipboard as the paste needs it (every format kept, not only text)."""

    def snapshot(self) -> object | None:
        """A copy of every content format on the clipboard now; None when it is empty.

        Raises ClipboardUnreadable, quickly, when the program that owns the
        clipboard does not answer: waiting for it would hold the reply back.
        """
        ...

    def put_reply(self, text: str, extra_formats: dict[str, bytes]) -> None:
        """Put the reply on the clipboard with our own mark and the given extra formats."""
        ...

    def holds_reply(self, text: str) -> bool:
        """Whether the clipboard still holds the reply ``put_reply`` wrote (by our mark)."""
        ...

    def restore(self, saved: object | None) -> None:
        """Put a snapshot back; None clears the clipboard (it was empty before)."""
        ...


class Scheduler(Protocol):
    """Runs a step later on the caller's thread (the GUI thread, in the app)."""

    def after(self, seconds: float, step: Callable[[], None]) -> None:
        """Call ``step`` once, ``seconds`` from now."""
        ...


class Backend(Protocol):
    """What the paste needs of the OS backend (Focus, KeySender, ClipboardMarking of the platform layer)."""

    def can_paste(self) -> bool:
        """Whether keys can be sent here at all."""
        ...

    def request_focus(self, target: Target) -> bool:
        """Ask for ``target`` to come to the front, at once; False when it cannot be asked."""
        ...

    def is_in_front(self, target: Target) -> bool:
        """Whether ``target`` has the keyboard now."""
        ...

    def modifiers_held(self) -> bool:
        """Whether the agent still holds a modifier key."""
        ...

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        """Press the paste keystroke now."""
        ...

    def send_enter(self) -> None:
        """Press Enter now."""
        ...

    def type_steps(self, text: str) -> Generator[float, None, None]:
        """Type ``text`` a step at a time, yielding the pause before the next step."""
        ...

    def transient_formats(self) -> dict[str, bytes]:
        """Clipboard formats that tell clipboard managers to skip the reply."""
        ...

    def write_clipboard_text(self, text: str) -> bool:
        """Write the reply the OS's own way; False: the Clipboard port writes it."""
        ...

    def clipboard_unchanged(self) -> bool:
        """Whether the clipboard still holds what ``write_clipboard_text`` wrote."""
        ...

    def clipboard_owner_answers(self, timeout_s: float) -> bool:
        """Whether the clipboard's owner answers within ``timeout_s``."""
        ...


class Failure(Enum):
    """Why a reply did not go in by itself; the reply is then on the clipboard for Ctrl+V."""

    COPY_ONLY = "copy only"  # no chat window to paste into, or this system cannot send keys
    NO_FOCUS = "no focus"  # the chat window did not come back to the front
    KEY_FAILED = "key failed"  # the keystroke or the typing was refused
    ENTER_FAILED = "enter failed"  # the reply went in; the Enter that sends it did not
    CLIPBOARD_LOST = "clipboard lost"  # the reply went in; the agent's clipboard was unreadable, not kept


@dataclass(frozen=True)
class Outcome:
    """How one paste ended: sent, or why not (with the backend's error when it raised one)."""

    sent: bool
    failure: Failure | None = None
    error: Exception | None = None


class PasteSequence:
    """Puts replies into the target window, one paste at a time.

    Args:
        report: called with each paste's :class:`Outcome` (and once more
            should the Enter after it fail).
        restored: called when the agent's clipboard is back (or was left
            alone because something new was copied meanwhile).
    """

    def __init__(
        self,
        backend: Backend,
        clipboard: Clipboard,
        scheduler: Scheduler,
        settings: PasteSettings,
        *,
        report: Callable[[Outcome], None],
        restored: Callable[[], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.backend = backend
        self.clipboard = clipboard
        self.scheduler = scheduler
        self.settings = settings
        self._report = report
        self._restored = restored
        self._clock = clock
        self._saved: object | None = None
        self._reply = ""
        self._restore_pending = False
        self._written_by_backend = False
        self._run = 0  # each paste's steps check it: a newer paste drops an older one's leftovers
        self._clipboard_lost = False  # the paste in flight could not keep the agent's clipboard

    @property
    def busy(self) -> bool:
        """Whether a restore is still due (a new paste first restores, then snapshots)."""
        return self._restore_pending

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard for good (Ctrl+C in the widget): no restore."""
        self._finish_pending()
        self._put_reply(text)

    def paste(
        self,
        text: str,
        target: Target | None,
        *,
        press_enter: bool = False,
        method: PasteMethod | None = None,
    ) -> None:
        """Paste ``text`` into ``target``; the result arrives through ``report``."""
        self._finish_pending()
        self._run += 1
        run = self._run
        chosen = method or self.settings.method
        if target is None or not self.backend.can_paste():
            self._put_reply(text)  # the reply stays for the agent's own Ctrl+V
            self._report(Outcome(False, Failure.COPY_ONLY))
            return
        if chosen is PasteMethod.TYPE:
            # Typed key by key: the clipboard is never touched, nothing to restore.
            self._when_in_front(
                target,
                run,
                lambda: self._when_hands_free(run, lambda: self._type(text, run, press_enter)),
                lambda: self._not_in_front(text),
            )
            return
        try:
            self._saved = self.clipboard.snapshot()
            unreadable = False
        except ClipboardUnreadable:
            self._saved, unreadable = None, True  # the reply goes in anyway, and stays on the clipboard
        self._reply = text
        self._put_reply(text)
        self._restore_pending = not unreadable
        self._clipboard_lost = unreadable

        def send() -> None:
            self._send(chosen, press_enter, run)

        self._when_in_front(
            target, run, lambda: self._when_hands_free(run, send), lambda: self._not_in_front(None)
        )

    # ------------------------------------------------------------ the waits

    def _when_in_front(
        self, target: Target, run: int, then: Callable[[], None], otherwise: Callable[[], None]
    ) -> None:
        """Focus back to ``target``, checked every ``poll_ms``; ``then`` after ``settle_ms`` once in front."""
        settings = self.settings
        settle_s = settings.settle_ms / 1000

        def in_front() -> None:
            self._later(settle_s, run, then)

        if self.backend.is_in_front(target):
            in_front()
            return
        if not self.backend.request_focus(target):
            otherwise()
            return
        deadline = self._clock() + settings.focus_timeout_s

        def check() -> None:
            if self.backend.is_in_front(target):
                in_front()
            elif self._clock() >= deadline:
                otherwise()
            else:
                self._later(settings.poll_ms / 1000, run, check)

        self._later(settings.poll_ms / 1000, run, check)

    def _when_hands_free(self, run: int, then: Callable[[], None]) -> None:
        """``then`` once no modifier is down, or after ``modifier_wait_s`` (a stuck key)."""
        deadline = self._clock() + self.settings.modifier_wait_s

        def check() -> None:
            if not self.backend.modifiers_held() or self._clock() >= deadline:
                then()
            else:
                self._later(self.settings.poll_ms / 1000, run, check)

        check()

    def _later(self, seconds: float, run: int, step: Callable[[], None]) -> None:
        """Run ``step`` later, unless a newer paste has started by then."""

        def if_current() -> None:
            if run == self._run:
                step()

        self.scheduler.after(seconds, if_current)

    # ------------------------------------------------------------ the keys

    def _not_in_front(self, typed_text: str | None) -> None:
        """The chat window did not come back: the reply stays on the clipboard for Ctrl+V."""
        if typed_text is not None:
            self._put_reply(typed_text)  # typing touched nothing: the clipboard gets the reply now
        self._restore_pending = False
        self._saved = None
        self._report(Outcome(False, Failure.NO_FOCUS))

    def _send(self, method: PasteMethod, press_enter: bool, run: int) -> None:
        try:
            self.backend.send_paste(method)
        except Exception as exc:  # noqa: BLE001 - e.g. the X connection broke: say so, lose nothing
            self._restore_pending = False
            self._saved = None
            self._report(Outcome(False, Failure.KEY_FAILED, exc))
            return
        if press_enter:
            self._later(self.settings.enter_pause_ms / 1000, run, self._send_enter)
        self._later(self.settings.restore_delay_ms / 1000, run, self.restore_now)
        self._report(Outcome(True, Failure.CLIPBOARD_LOST) if self._clipboard_lost else Outcome(True))

    def _type(self, text: str, run: int, press_enter: bool) -> None:
        try:
            steps = self.backend.type_steps(text)
        except Exception as exc:  # noqa: BLE001 - typing impossible here: the agent still gets the reply
            self._typing_failed(text, exc)
            return

        def step() -> None:
            if run != self._run:
                steps.close()  # a newer paste: stop typing, put the key map back
                return
            try:
                pause = next(steps)
            except StopIteration:
                if press_enter:
                    self._later(self.settings.enter_pause_ms / 1000, run, self._send_enter)
                self._report(Outcome(True))
                return
            except Exception as exc:  # noqa: BLE001 - typing failed: the agent still gets the reply
                self._typing_failed(text, exc)
                return
            self.scheduler.after(pause, step)

        step()

    def _typing_failed(self, text: str, error: Exception) -> None:
        self._put_reply(text)
        self._report(Outcome(False, Failure.KEY_FAILED, error))

    def _send_enter(self) -> None:
        try:
            self.backend.send_enter()
        except HotkeyError as exc:
            self._report(Outcome(False, Failure.ENTER_FAILED, exc))

    # ------------------------------------------------------- the clipboard

    def _put_reply(self, text: str) -> None:
        """The reply on the clipboard, marked transient: by the OS backend where Qt cannot mark it."""
        self._written_by_backend = self.backend.write_clipboard_text(text)
        if not self._written_by_backend:
            self.clipboard.put_reply(text, self.backend.transient_formats())

    def _finish_pending(self) -> None:
        if self._restore_pending:
            self.restore_now()

    def restore_now(self) -> None:
        """Give the agent's clipboard back, unless something new was copied since the paste."""
        if not self._restore_pending:
            return
        self._restore_pending = False
        if self._written_by_backend:
            still_ours = self.backend.clipboard_unchanged()
        else:
            still_ours = self.clipboard.holds_reply(self._reply)
        if still_ours:
            self.clipboard.restore(self._saved)
        self._saved = None
        self._restored()
