"""The one interface every OS backend provides, and the logic they share.

The widget needs a few things from the operating system, each a small
Protocol: global hotkeys that report when a combination is taken
(:class:`Hotkeys`), the window that had focus when the hotkey fired and focus
handed back to it (:class:`Focus`), key presses sent to it
(:class:`KeySender`), a clipboard write that clipboard managers skip
(:class:`ClipboardMarking`), and an honest account of what is impossible
(Wayland, missing permissions). Each OS module implements all of them as one
:class:`Platform`; consumers ask only for the part they use. No method here
waits: the paste sequence (``desktop/core/paste_sequence.py``) schedules its
own checks, so the GUI thread never sleeps. Nothing here imports an OS
library, so every module imports cleanly everywhere and the shared logic is
tested with fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Set
from typing import Protocol

from desktop.core.keys import Hotkey, PasteMethod, Target

__all__ = ["ClipboardMarking", "Focus", "Hotkeys", "KeySender", "Platform", "Target"]


class Hotkeys(Protocol):
    """Global hotkeys: pressed anywhere, reported to us."""

    def register_hotkey(self, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from any thread) whenever ``hotkey`` is pressed anywhere.

        Raises HotkeyTaken when another program owns the combination and
        HotkeyError for any other reason, with a message for the agent.
        """
        ...

    def unregister_all(self) -> None:
        """Release every hotkey this process holds (on quit and before re-registering)."""
        ...


class Focus(Protocol):
    """Which window is in front, and handing the front back. Nothing here waits."""

    def foreground(self) -> Target | None:
        """The window that has keyboard focus now, if it can be known."""
        ...

    def request_focus(self, target: Target) -> bool:
        """Ask for ``target`` to come to the front; False when it cannot be asked (the window is gone).

        Returns at once: the caller checks ``is_in_front`` until it is, with
        its own deadline, so the GUI thread never sleeps.
        """
        ...

    def is_in_front(self, target: Target) -> bool:
        """Whether ``target`` has the keyboard now."""
        ...

    def is_own(self, target: Target, own_windows: Set[int]) -> bool:
        """Whether ``target`` is QuickReply itself, given the handles (Qt ``winId()``) of its windows.

        What a Target's handle is differs by OS: a window on X11 and Windows,
        an application's process id on macOS. Only the backend knows which
        to compare, so a hotkey with our own window in front is never taken
        for a chat (and the next paste never goes into a hidden window of ours).
        """
        ...

    def raise_window(self, handle: int) -> None:
        """Bring one of QuickReply's own windows (Qt ``winId()``) to the front with keyboard focus.

        The hotkey's key press never reaches Qt, so window managers with
        focus-stealing prevention may refuse Qt's own activation request.
        """
        ...

    def target_warning(self, target: Target) -> str | None:
        """Why pasting into ``target`` will not work (e.g. it runs elevated), or None."""
        ...


class KeySender(Protocol):
    """Key presses into the window in front. Nothing here waits for the agent's hands."""

    def can_paste(self) -> bool:
        """Whether a paste keystroke can be sent (False: copy-only mode, the agent presses Ctrl+V)."""
        ...

    def modifiers_held(self) -> bool:
        """Whether the agent still holds Ctrl, Alt, Shift or the Win/Cmd key (often: from the hotkey).

        A paste sent meanwhile arrives as Ctrl+Alt+V and pastes nothing; the
        caller checks again until they are up (or a stuck key's deadline passes).
        """
        ...

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        """Press the paste keystroke in the focused window now."""
        ...

    def send_enter(self) -> None:
        """Press Enter in the focused window (the "send each part" setting)."""
        ...

    def type_steps(self, text: str) -> Generator[float, None, None]:
        """Type ``text`` into the focused window as key presses, a step at a time.

        For chat apps that block pasting. Each step sends some keys and
        yields how many seconds to let pass before the next one (the caller
        schedules it, so the event loop runs in between); closing the
        iterator early undoes what typing changed (X11's key map). Line
        breaks are Shift+Enter, which chat apps take as a new line rather
        than "send". Raises HotkeyError when impossible here.
        """
        ...


class ClipboardMarking(Protocol):
    """The clipboard, where Qt cannot mark the reply as one that clipboard managers should skip."""

    def transient_formats(self) -> dict[str, bytes]:
        """Extra clipboard formats that tell clipboard managers not to record the reply."""
        ...

    def write_clipboard_text(self, text: str) -> bool:
        """Put ``text`` on the clipboard the OS's own way, marked transient; False: let Qt do it.

        Where Qt cannot write the markers clipboard managers look for (macOS
        pasteboard types), the backend writes the reply itself.
        """
        ...

    def clipboard_unchanged(self) -> bool:
        """Whether the clipboard still holds what ``write_clipboard_text`` put there."""
        ...

    def clipboard_survives_quit(self) -> bool:
        """Whether what QuickReply holds on the clipboard stays there after it quits.

        On X11 the clipboard lives in the program that owns it; only a running
        clipboard manager (which Qt hands the content to at quit) keeps it.
        """
        ...

    def clipboard_owner_answers(self, timeout_s: float) -> bool:
        """Whether the program that owns the clipboard answers a request within ``timeout_s``.

        Asked before the clipboard is read for the snapshot: on X11 a frozen
        owner makes every read wait seconds on the GUI thread. True where the
        system reads the clipboard without asking its owner, or nobody owns it.
        """
        ...


class Platform(Hotkeys, Focus, KeySender, ClipboardMarking, Protocol):
    """Everything one OS backend provides; each consumer asks for the small part it uses."""

    name: str

    def limitations(self) -> list[str]:
        """What this backend cannot do here, each as a sentence for the agent; empty when all works."""
        ...
