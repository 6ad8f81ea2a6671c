"""The one interface every OS backend provides, and the logic they share.

The widget needs five things from the operating system: a global hotkey that
reports when its combination is taken, the window that had focus when the
hotkey fired, focus handed back to it, a paste keystroke sent to it, and an
honest account of what is impossible (Wayland, missing permissions). Each OS
module implements :class:`Platform`; nothing here imports an OS library, so
every module imports cleanly everywhere and the shared logic is tested with
fakes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from desktop.core.messages import Message

MODIFIERS = ("ctrl", "alt", "shift", "meta")
_MODIFIER_ALIASES = {
    "control": "ctrl",
    "ctl": "ctrl",
    "option": "alt",
    "opt": "alt",
    "win": "meta",
    "super": "meta",
    "cmd": "meta",
    "command": "meta",
}
_KEY_ALIASES = {"spacebar": "space", "return": "enter", "esc": "escape", "del": "delete", "ins": "insert"}
# Keys a hotkey may use besides letters, digits and F1–F24.
NAMED_KEYS = frozenset(
    {"space", "enter", "tab", "escape", "backspace", "delete", "insert", "home", "end", "pageup", "pagedown"}
    | {"up", "down", "left", "right", "`", "-", "=", "[", "]", ";", "'", ",", ".", "/", "\\"}
)


class HotkeyError(Exception):
    """A hotkey could not be registered; the message says why and what to do."""


class HotkeyTaken(HotkeyError):  # noqa: N818 - reads as the situation it reports
    """Another program already owns the combination."""


class PasteMethod(str, Enum):
    """How the reply gets into the chat app: a paste keystroke, or typed key by key."""

    CTRL_V = "ctrl+v"
    SHIFT_INSERT = "shift+insert"
    TYPE = "type"  # for chat apps that block pasting; the clipboard is not touched


@dataclass(frozen=True)
class Hotkey:
    """A key combination such as ``ctrl+alt+space``, normalized."""

    key: str
    modifiers: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def parse(cls, text: str) -> Hotkey:
        """Read ``ctrl+alt+space`` / ``Ctrl+Shift+F1``; raise HotkeyError with the reason."""
        parts = [part.strip().lower() for part in text.replace(" ", "").split("+")]
        if not text.strip() or not all(parts):
            raise HotkeyError(
                Message("hotkey '{hotkey}' is not a combination like ctrl+alt+space", hotkey=text)
            )
        *mods, key = parts
        modifiers = {_MODIFIER_ALIASES.get(m, m) for m in mods}
        unknown = sorted(modifiers - set(MODIFIERS))
        if unknown:
            raise HotkeyError(
                Message(
                    "hotkey '{hotkey}': {keys} is not a modifier (use ctrl, alt, shift, meta)",
                    hotkey=text,
                    keys=", ".join(unknown),
                )
            )
        key = _KEY_ALIASES.get(key, key)
        is_function_key = key.startswith("f") and key[1:].isdigit() and 1 <= int(key[1:]) <= 24
        is_plain_key = len(key) == 1 and key.isalnum() and key.isascii()
        if not is_plain_key and key not in NAMED_KEYS and not is_function_key:
            raise HotkeyError(
                Message(
                    "hotkey '{hotkey}': '{key}' is not a key a global hotkey can use", hotkey=text, key=key
                )
            )
        if not modifiers and not is_function_key:
            raise HotkeyError(
                Message(
                    "hotkey '{hotkey}' needs a modifier (ctrl, alt, shift or meta): "
                    "a bare key would be taken from every program",
                    hotkey=text,
                )
            )
        return cls(key, frozenset(modifiers))

    def __str__(self) -> str:
        return "+".join([*(m for m in MODIFIERS if m in self.modifiers), self.key])


@dataclass(frozen=True)
class Target:
    """The window that had focus when the hotkey fired: where the reply goes.

    ``handle`` is the OS's id (HWND, X window id, macOS process id); ``title``
    and ``app`` label countdowns and per-app settings.
    """

    handle: int
    title: str = ""
    app: str = ""


class Platform(Protocol):
    """What the widget needs from the operating system."""

    name: str

    def limitations(self) -> list[str]:
        """What this backend cannot do here, each as a sentence for the agent; empty when all works."""
        ...

    def can_paste(self) -> bool:
        """Whether a paste keystroke can be sent (False: copy-only mode, the agent presses Ctrl+V)."""
        ...

    def register_hotkey(self, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        """Call ``callback`` (from any thread) whenever ``hotkey`` is pressed anywhere.

        Raises HotkeyTaken when another program owns the combination and
        HotkeyError for any other reason, with a message for the agent.
        """
        ...

    def unregister_all(self) -> None:
        """Release every hotkey this process holds (on quit and before re-registering)."""
        ...

    def foreground(self) -> Target | None:
        """The window that has keyboard focus now, if it can be known."""
        ...

    def focus(self, target: Target, timeout: float = 1.0) -> bool:
        """Give focus back to ``target``; True once it is in front, False after ``timeout``."""
        ...

    def raise_window(self, handle: int) -> None:
        """Bring one of QuickReply's own windows (Qt ``winId()``) to the front with keyboard focus.

        The hotkey's key press never reaches Qt, so window managers with
        focus-stealing prevention may refuse Qt's own activation request.
        """
        ...

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        """Press the paste keystroke in the focused window, after the agent lets go of modifiers."""
        ...

    def send_enter(self) -> None:
        """Press Enter in the focused window (the "send each part" setting)."""
        ...

    def type_text(self, text: str) -> None:
        """Type ``text`` into the focused window as key presses, after the agent lets go of modifiers.

        For chat apps that block pasting. Line breaks are Shift+Enter, which
        chat apps take as a new line rather than "send". Raises HotkeyError
        when impossible here.
        """
        ...

    def target_warning(self, target: Target) -> str | None:
        """Why pasting into ``target`` will not work (e.g. it runs elevated), or None."""
        ...

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


def poll_until(
    condition: Callable[[], bool],
    timeout: float,
    interval: float = 0.01,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> bool:
    """Check ``condition`` until it holds or ``timeout`` seconds pass; True if it held.

    Focus changes and key releases happen in other processes: the only honest
    way to know is to look again, briefly, with an upper bound.
    """
    deadline = clock() + timeout
    while True:
        if condition():
            return True
        if clock() >= deadline:
            return False
        sleep(interval)
