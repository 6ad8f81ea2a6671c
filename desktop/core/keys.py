"""Key combinations and paste keystrokes: what the agent writes in the settings, read and checked.

Plain data with no OS calls, so the settings dialog, the command line and
every backend read a hotkey the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

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
