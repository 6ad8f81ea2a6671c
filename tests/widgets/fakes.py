"""A platform that records what the app asked of the operating system."""

from __future__ import annotations

from collections.abc import Callable, Generator, Set
from dataclasses import dataclass, field

from PySide6.QtGui import QGuiApplication

from desktop.core.keys import Hotkey, HotkeyError, HotkeyTaken, PasteMethod
from desktop.platform.base import Target


@dataclass
class FakePlatform:
    """Stands in for an OS backend; ``on_paste`` sees the clipboard at keystroke time."""

    name: str = "fake"
    foreground_window: Target | None = field(default_factory=lambda: Target(42, "Chat — 王女士", "qianniu"))
    focus_works: bool = True
    paste_works: bool = True
    taken: set[str] = field(default_factory=set)
    calls: list[str] = field(default_factory=list)
    hotkeys: dict[str, Callable[[], None]] = field(default_factory=dict)
    raised: list[int] = field(default_factory=list)
    on_paste: Callable[[], None] | None = None
    writes_clipboard: bool = False  # True: behave like the macOS backend
    written: str = ""
    cannot: list[str] = field(default_factory=list)  # what this system cannot do, for limitations()
    in_front: int | None = None  # the window that has the keyboard (after a focus request)
    owner_answers: bool = True  # False: the clipboard's owner is frozen
    manager_runs: bool = True  # False: an X11 desktop without a clipboard manager
    own_process: int | None = None  # set: targets are process ids, and this one is ours (macOS)

    def limitations(self) -> list[str]:
        return list(self.cannot)

    def can_paste(self) -> bool:
        return True

    def register_hotkey(self, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        if str(hotkey) in self.taken:
            raise HotkeyTaken(f"hotkey {hotkey} is already taken by another program")
        self.hotkeys[str(hotkey)] = callback

    def unregister_all(self) -> None:
        self.calls.append("unregister")
        self.hotkeys.clear()

    def foreground(self) -> Target | None:
        return self.foreground_window

    def request_focus(self, target: Target) -> bool:
        self.calls.append(f"focus {target.handle}")
        if self.focus_works:
            self.in_front = target.handle
        return self.focus_works

    def is_in_front(self, target: Target) -> bool:
        return self.in_front == target.handle

    def is_own(self, target: Target, own_windows: Set[int]) -> bool:
        if self.own_process is not None:  # targets are applications, as on macOS
            return target.handle == self.own_process
        return target.handle in own_windows

    def modifiers_held(self) -> bool:
        return False

    def raise_window(self, handle: int) -> None:
        self.raised.append(handle)

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        if not self.paste_works:
            raise HotkeyError("the key press was blocked")
        self.calls.append(f"paste {method.value}")
        if self.on_paste is not None:
            self.on_paste()

    def send_enter(self) -> None:
        self.calls.append("enter")

    def type_steps(self, text: str) -> Generator[float, None, None]:
        if not self.paste_works:
            raise HotkeyError("typing was blocked")
        self.calls.append(f"type {text}")
        yield 0.0

    def target_warning(self, target: Target) -> str | None:
        return None

    def transient_formats(self) -> dict[str, bytes]:
        return {"x-kde-passwordManagerHint": b"secret"}

    def write_clipboard_text(self, text: str) -> bool:
        if not self.writes_clipboard:
            return False
        # Like macOS: the backend writes the clipboard itself and remembers it.
        QGuiApplication.clipboard().setText(text)
        self.written = text
        return True

    def clipboard_unchanged(self) -> bool:
        return QGuiApplication.clipboard().text() == self.written

    def clipboard_owner_answers(self, timeout_s: float) -> bool:
        return self.owner_answers

    def clipboard_survives_quit(self) -> bool:
        return self.manager_runs
