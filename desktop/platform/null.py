"""Copy-only mode: where no global hotkey or paste keystroke is possible.

Wayland compositors deliberately let no client grab keys or type into other
clients, and an unknown system may offer neither. The widget still works
there: it opens from its own shortcut or the tray, copies the reply, and tells
the agent to press Ctrl+V.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Set

from desktop.core.keys import Hotkey, HotkeyError, PasteMethod
from desktop.core.messages import Message
from desktop.platform.base import Target


class CopyOnlyPlatform:
    """A backend that says honestly what it cannot do."""

    def __init__(self, name: str = "copy-only", reason: str = "") -> None:
        self.name = name
        self.reason = reason or Message(
            "this system offers no global hotkeys or simulated key presses to QuickReply"
        )

    def limitations(self) -> list[str]:
        return [
            Message(
                "{reason}; replies are copied, press Ctrl+V in the chat app to paste them", reason=self.reason
            )
        ]

    def can_paste(self) -> bool:
        return False

    def register_hotkey(self, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        raise HotkeyError(
            Message(
                "cannot register {hotkey} as a global hotkey: {reason}",
                hotkey=str(hotkey),
                reason=self.reason,
            )
        )

    def unregister_all(self) -> None:
        return None

    def foreground(self) -> Target | None:
        return None

    def request_focus(self, target: Target) -> bool:
        return False

    def is_in_front(self, target: Target) -> bool:
        return False

    def is_own(self, target: Target, own_windows: Set[int]) -> bool:
        return target.handle in own_windows  # targets are windows here

    def modifiers_held(self) -> bool:
        return False

    def raise_window(self, handle: int) -> None:
        return None

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        raise HotkeyError(
            Message("cannot press {keys} for you: {reason}", keys=method.value, reason=self.reason)
        )

    def send_enter(self) -> None:
        raise HotkeyError(Message("cannot press Enter for you: {reason}", reason=self.reason))

    def type_steps(self, text: str) -> Generator[float, None, None]:
        raise HotkeyError(Message("cannot type the reply for you: {reason}", reason=self.reason))

    def target_warning(self, target: Target) -> str | None:
        return None

    def transient_formats(self) -> dict[str, bytes]:
        return {}

    def write_clipboard_text(self, text: str) -> bool:
        return False  # Qt writes the reply with every marker this system knows

    def clipboard_unchanged(self) -> bool:
        return False

    def clipboard_survives_quit(self) -> bool:
        return True  # nothing here can do better; Qt does what the system allows

    def clipboard_owner_answers(self, timeout_s: float) -> bool:
        return True  # Qt alone reads the clipboard here; nothing to ask first
