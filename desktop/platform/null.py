"""Copy-only mode: where no global hotkey or paste keystroke is possible.

Wayland compositors deliberately let no client grab keys or type into other
clients, and an unknown system may offer neither. The widget still works
there: it opens from its own shortcut or the tray, copies the reply, and tells
the agent to press Ctrl+V.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.platform.base import Hotkey, HotkeyError, PasteMethod, Target


class CopyOnlyPlatform:
    """A backend that says honestly what it cannot do."""

    def __init__(self, name: str = "copy-only", reason: str = "") -> None:
        self.name = name
        self.reason = reason or "this system offers no global hotkeys or simulated key presses to QuickReply"

    def limitations(self) -> list[str]:
        return [f"{self.reason}; replies are copied, press Ctrl+V in the chat app to paste them"]

    def can_paste(self) -> bool:
        return False

    def register_hotkey(self, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        raise HotkeyError(f"cannot register {hotkey} as a global hotkey: {self.reason}")

    def unregister_all(self) -> None:
        return None

    def foreground(self) -> Target | None:
        return None

    def focus(self, target: Target, timeout: float = 1.0) -> bool:
        return False

    def raise_window(self, handle: int) -> None:
        return None

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        raise HotkeyError(f"cannot press {method.value} for you: {self.reason}")

    def send_enter(self) -> None:
        raise HotkeyError(f"cannot press Enter for you: {self.reason}")

    def type_text(self, text: str) -> None:
        raise HotkeyError(f"cannot type the reply for you: {self.reason}")

    def target_warning(self, target: Target) -> str | None:
        return None

    def transient_formats(self) -> dict[str, bytes]:
        return {}

    def write_clipboard_text(self, text: str) -> bool:
        return False  # Qt writes the reply with every marker this system knows

    def clipboard_unchanged(self) -> bool:
        return False
