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

    def display(self, system: str) -> str:
        """The combination as the agent's keyboard labels it: Ctrl+Alt+Space, or ⌃⌥Space on a Mac.

        ``system`` is a ``sys.platform`` value; "meta" is Win on Windows, ⌘ on macOS, Super elsewhere.
        """
        key = _KEY_LABELS.get(self.key, self.key.upper())
        if system == "darwin":
            return "".join(_MAC_SYMBOLS[m] for m in _MAC_ORDER if m in self.modifiers) + key
        meta = "Win" if system.startswith("win") else "Super"
        labels = {"ctrl": "Ctrl", "alt": "Alt", "shift": "Shift", "meta": meta}
        return "+".join([*(labels[m] for m in MODIFIERS if m in self.modifiers), key])


# How keyboards label the named keys; letters and function keys are upper-cased (K, F5).
_KEY_LABELS = {
    "space": "Space", "enter": "Enter", "tab": "Tab", "escape": "Esc", "backspace": "Backspace",
    "delete": "Del", "insert": "Ins", "home": "Home", "end": "End", "pageup": "PgUp",
    "pagedown": "PgDn", "up": "↑", "down": "↓", "left": "←", "right": "→",
}  # fmt: skip
# macOS writes modifiers as symbols in Apple's order: Control, Option, Shift, Command.
_MAC_ORDER = ("ctrl", "alt", "shift", "meta")
_MAC_SYMBOLS = {"ctrl": "⌃", "alt": "⌥", "shift": "⇧", "meta": "⌘"}


def display_hotkey(combination: str, system: str) -> str:
    """``combination`` (``ctrl+alt+space``) as the keyboard labels it; itself when it does not parse."""
    try:
        return Hotkey.parse(combination).display(system)
    except HotkeyError:
        return combination


@dataclass(frozen=True)
class Target:
    """The window that had focus when the hotkey fired: where the reply goes.

    ``handle`` is the OS's id (HWND, X window id, macOS process id); ``title``
    and ``app`` label countdowns and per-app settings.
    """

    handle: int
    title: str = ""
    app: str = ""
