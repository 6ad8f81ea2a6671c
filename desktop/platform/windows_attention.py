"""Windows: flashing taskbar buttons of watched chat apps, through the shell hook.

``RegisterShellHookWindow`` makes Windows post the messages the taskbar gets
to one of our windows as well: a hidden top-level window of our own class
(``CreateWindowExW``, never a Qt widget, whose handle under another Qt
platform plugin is no window at all). The message id comes from
``RegisterWindowMessageW("SHELLHOOK")``; with wParam ``HSHELL_FLASH`` its
lParam is the window that flashes. The window's own procedure gets it, in
Qt's event loop or a modal one, and the flashing window's executable decides
whether it is a watched app.

A flashing button may be reported to the shell again at every blink, so one
flash episode is one report: a window reports again once it was activated,
closed, or quiet for :data:`FLASH_QUIET_S`.

Every Win32 call goes through :class:`ShellHookApi`, so the logic is tested on
any OS with a fake; the real wrapper loads user32 only when it is created.
"""

from __future__ import annotations

import ctypes
import ntpath
import time
from collections.abc import Callable
from typing import Any, Protocol

from desktop.platform.attention import WatchedApps
from desktop.platform.base import Target
from desktop.platform.windows import MessageHandler, _Win32

HSHELL_WINDOWDESTROYED = 2
HSHELL_WINDOWACTIVATED = 4
HSHELL_REDRAW = 6
HSHELL_HIGHBIT = 0x8000
HSHELL_RUDEAPPACTIVATED = HSHELL_HIGHBIT | HSHELL_WINDOWACTIVATED
HSHELL_FLASH = HSHELL_HIGHBIT | HSHELL_REDRAW
SHELL_HOOK_MESSAGE_NAME = "SHELLHOOK"
# Buttons blink at the caret blink rate (about 0.5 s): a window silent this
# long has stopped flashing, and its next flash is a new message.
FLASH_QUIET_S = 3.0

_ENDS_EPISODE = (HSHELL_WINDOWDESTROYED, HSHELL_WINDOWACTIVATED, HSHELL_RUDEAPPACTIVATED)


class ShellHookApi(Protocol):
    """The Win32 calls the watcher makes, with Python types; faked in tests."""

    def register_window_message(self, name: str) -> int:
        """RegisterWindowMessageW; 0 on failure."""
        ...

    def create_message_window(self, on_message: MessageHandler, *, message_only: bool) -> int:
        """A hidden window whose procedure asks ``on_message`` first (``desktop.platform.windows``)."""
        ...

    def destroy_window(self, hwnd: int) -> None:
        """DestroyWindow, and the window's class with it."""
        ...

    def register_shell_hook_window(self, hwnd: int) -> bool:
        """RegisterShellHookWindow."""
        ...

    def deregister_shell_hook_window(self, hwnd: int) -> bool:
        """DeregisterShellHookWindow."""
        ...

    def window_title(self, hwnd: int) -> str:
        """GetWindowTextW."""
        ...

    def window_thread_process(self, hwnd: int) -> tuple[int, int]:
        """GetWindowThreadProcessId: ``(thread id, process id)``."""
        ...

    def process_image_path(self, pid: int) -> str | None:
        """QueryFullProcessImageNameW of process ``pid``, None when it cannot be opened."""
        ...


def unsigned(l_param: int) -> int:
    """An LPARAM (signed, pointer-sized) as the window handle it carries."""
    return ctypes.c_size_t(l_param).value


class WindowsAttentionWatcher:
    """Reports watched apps whose taskbar button starts flashing; create and start it on the GUI thread."""

    supported = True
    explanation = ""

    def __init__(
        self,
        watched: WatchedApps,
        win32: ShellHookApi | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._watched = watched
        self._win32: ShellHookApi = win32 if win32 is not None else _ShellHookWin32()
        self._clock = clock
        self._on_attention: Callable[[Target], None] | None = None
        self._message_id = 0
        self._hwnd = 0
        self._last_flash: dict[int, float] = {}

    def start(self, on_attention: Callable[[Target], None]) -> None:
        if self._on_attention is not None:
            raise RuntimeError("the attention watcher is already started")
        message_id = self._win32.register_window_message(SHELL_HOOK_MESSAGE_NAME)
        if not message_id:
            raise OSError(f"Windows gave no id for the {SHELL_HOOK_MESSAGE_NAME} message")
        # Shell hook messages go to top-level windows: not a message-only one.
        hwnd = self._win32.create_message_window(self._on_message, message_only=False)
        if not hwnd:
            raise OSError("Windows would not create the hidden window that hears of flashing taskbar buttons")
        if not self._win32.register_shell_hook_window(hwnd):
            self._win32.destroy_window(hwnd)
            raise OSError(
                "Windows refused to report flashing taskbar buttons (RegisterShellHookWindow failed)"
            )
        # Shell messages are posted: none is dispatched before this returns to the event loop.
        self._hwnd, self._message_id = hwnd, message_id
        self._on_attention = on_attention

    def stop(self) -> None:
        if self._on_attention is None:
            return
        if self._hwnd:
            self._win32.deregister_shell_hook_window(self._hwnd)
            self._win32.destroy_window(self._hwnd)
        self._on_attention = None
        self._hwnd = 0
        self._last_flash.clear()

    def _on_message(self, message: int, w_param: int, l_param: int) -> bool:
        """Our window's procedure: the shell hook message, whose wParam is the code; True when it was one."""
        if message != self._message_id or self._on_attention is None:
            return False
        self.handle_shell_message(w_param, unsigned(l_param))
        return True

    def handle_shell_message(self, code: int, hwnd: int) -> None:
        """Report ``hwnd`` when ``code`` is HSHELL_FLASH starting a flash episode of a watched app."""
        if code in _ENDS_EPISODE:
            self._last_flash.pop(hwnd, None)
            return
        if code != HSHELL_FLASH or self._on_attention is None:
            return
        now = self._clock()
        last = self._last_flash.get(hwnd)
        self._last_flash[hwnd] = now
        if last is not None and now - last < FLASH_QUIET_S:
            return
        self._forget_quiet_windows(now)
        _, pid = self._win32.window_thread_process(hwnd)
        path = self._win32.process_image_path(pid) if pid else None
        app = ntpath.basename(path) if path else ""
        if self._watched.matches(app):
            self._on_attention(Target(hwnd, self._win32.window_title(hwnd), app))

    def _forget_quiet_windows(self, now: float) -> None:
        quiet = [hwnd for hwnd, last in self._last_flash.items() if now - last >= FLASH_QUIET_S]
        for hwnd in quiet:
            del self._last_flash[hwnd]


class _ShellHookWin32(_Win32):
    """The real calls: :class:`desktop.platform.windows._Win32` plus the shell hook functions."""

    def __init__(self) -> None:
        super().__init__()
        from ctypes import wintypes as w

        signatures: list[tuple[str, list[Any], Any]] = [
            ("RegisterWindowMessageW", [w.LPCWSTR], w.UINT),
            ("RegisterShellHookWindow", [w.HWND], w.BOOL),
            ("DeregisterShellHookWindow", [w.HWND], w.BOOL),
        ]
        for name, argtypes, restype in signatures:
            function = getattr(self._user32, name)
            function.argtypes = argtypes
            function.restype = restype

    def register_window_message(self, name: str) -> int:
        return int(self._user32.RegisterWindowMessageW(name))

    def register_shell_hook_window(self, hwnd: int) -> bool:
        return bool(self._user32.RegisterShellHookWindow(hwnd))

    def deregister_shell_hook_window(self, hwnd: int) -> bool:
        return bool(self._user32.DeregisterShellHookWindow(hwnd))
