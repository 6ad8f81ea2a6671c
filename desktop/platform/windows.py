"""Windows: RegisterHotKey, SetForegroundWindow and SendInput.

Every Win32 call goes through :class:`Win32Api`, a thin wrapper whose real
implementation (:class:`_Win32`) loads user32, kernel32 and advapi32 only when
it is created. The decisions around those calls (which flags, which virtual
keys, when to fall back to AttachThreadInput, what an error means for the
agent) live in :class:`WindowsPlatform` and are tested on any OS with a fake.

Hotkeys are registered against a hidden message-only window of our own with
its own window procedure, not the thread (``RegisterHotKey(NULL, …)``): a
thread message is lost while a modal loop runs (PostThreadMessage's remarks:
the widget being dragged, a native file dialog), whereas a window message is
dispatched to its window procedure by whichever loop is running.
"""

from __future__ import annotations

import ctypes
import logging
import ntpath
from collections.abc import Callable, Generator, Sequence, Set
from typing import Any, Protocol

from desktop.core.keys import Hotkey, HotkeyError, HotkeyTaken, PasteMethod
from desktop.core.messages import Message
from desktop.platform.base import Target

log = logging.getLogger(__name__)

MOD_ALT = 0x0001
MOD_CONTROL = 0x0002
MOD_SHIFT = 0x0004
MOD_WIN = 0x0008
# Holding the combination down must not fire the callback again and again.
MOD_NOREPEAT = 0x4000
_MODIFIER_FLAGS = {"alt": MOD_ALT, "ctrl": MOD_CONTROL, "shift": MOD_SHIFT, "meta": MOD_WIN}

ERROR_HOTKEY_ALREADY_REGISTERED = 1409
WM_HOTKEY = 0x0312
SW_RESTORE = 9

VK_BACK = 0x08
VK_TAB = 0x09
VK_RETURN = 0x0D
VK_SHIFT = 0x10
VK_CONTROL = 0x11
VK_MENU = 0x12
VK_ESCAPE = 0x1B
VK_SPACE = 0x20
VK_INSERT = 0x2D
VK_LWIN = 0x5B
VK_RWIN = 0x5C
# The V key by position, never the character: on a Russian or Korean layout
# the character 'v' has no key, but Ctrl + this key still means paste.
VK_V = 0x56
VK_F1 = 0x70
HELD_MODIFIER_KEYS = (VK_CONTROL, VK_MENU, VK_SHIFT, VK_LWIN, VK_RWIN)

_NAMED_VIRTUAL_KEYS = {
    "space": VK_SPACE,
    "enter": VK_RETURN,
    "tab": VK_TAB,
    "escape": VK_ESCAPE,
    "backspace": VK_BACK,
    "delete": 0x2E,
    "insert": VK_INSERT,
    "home": 0x24,
    "end": 0x23,
    "pageup": 0x21,
    "pagedown": 0x22,
    "left": 0x25,
    "up": 0x26,
    "right": 0x27,
    "down": 0x28,
    # US-layout names of the OEM keys; other layouts print other characters
    # on the same physical keys, which is what a hotkey is bound to.
    "`": 0xC0,
    "-": 0xBD,
    "=": 0xBB,
    "[": 0xDB,
    "]": 0xDD,
    ";": 0xBA,
    "'": 0xDE,
    ",": 0xBC,
    ".": 0xBE,
    "/": 0xBF,
    "\\": 0xDC,
}

INPUT_KEYBOARD = 1
KEYEVENTF_EXTENDEDKEY = 0x0001
KEYEVENTF_KEYUP = 0x0002
KEYEVENTF_UNICODE = 0x0004
# type_text sends at most this many INPUT records per SendInput call, cutting
# only between characters (a surrogate pair or a Shift+Enter stays whole).
MAX_INPUTS_PER_SEND = 1000

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
TOKEN_QUERY = 0x0008
TOKEN_ELEVATION_CLASS = 20  # TokenElevation in TOKEN_INFORMATION_CLASS
ERROR_ACCESS_DENIED = 5

HWND_MESSAGE = -3  # the parent that makes a window message-only (no taskbar, no broadcasts)
# A window procedure's handler: (message, wParam, lParam) → whether it handled the message.
MessageHandler = Callable[[int, int, int], bool]

# Qt on Windows puts a QMimeData format named like this on the clipboard under
# the registered clipboard format <name>, with the bytes as they are.
_QT_WINDOWS_MIME = 'application/x-qt-windows-mime;value="{}"'

# Win32 structures with fixed-width fields (ctypes.wintypes.DWORD is a C long,
# 8 bytes on Linux), so their layout is the Windows one on every OS and tests
# can check it. ULONG_PTR and WPARAM follow the pointer size.
_ULONG_PTR = ctypes.c_size_t


class MOUSEINPUT(ctypes.Structure):
    """The largest member of INPUT's union: it fixes the size of INPUT."""

    _fields_ = (
        ("dx", ctypes.c_int32),
        ("dy", ctypes.c_int32),
        ("mouseData", ctypes.c_uint32),
        ("dwFlags", ctypes.c_uint32),
        ("time", ctypes.c_uint32),
        ("dwExtraInfo", _ULONG_PTR),
    )


class KEYBDINPUT(ctypes.Structure):
    """One key going down or up."""

    _fields_ = (
        ("wVk", ctypes.c_uint16),
        ("wScan", ctypes.c_uint16),
        ("dwFlags", ctypes.c_uint32),
        ("time", ctypes.c_uint32),
        ("dwExtraInfo", _ULONG_PTR),
    )


class HARDWAREINPUT(ctypes.Structure):
    """A message from an input device that is neither keyboard nor mouse."""

    _fields_ = (("uMsg", ctypes.c_uint32), ("wParamL", ctypes.c_uint16), ("wParamH", ctypes.c_uint16))


class _INPUTUNION(ctypes.Union):
    _fields_ = (("mi", MOUSEINPUT), ("ki", KEYBDINPUT), ("hi", HARDWAREINPUT))


class INPUT(ctypes.Structure):
    """SendInput's event record: 40 bytes on 64-bit Windows, 28 on 32-bit."""

    _anonymous_ = ("u",)
    _fields_ = (("type", ctypes.c_uint32), ("u", _INPUTUNION))


# LRESULT CALLBACK WindowProc(HWND, UINT, WPARAM, LPARAM); WINFUNCTYPE exists on Windows
# only, where it is the stdcall of 32-bit builds (the same convention on 64-bit).
WNDPROC = getattr(ctypes, "WINFUNCTYPE", ctypes.CFUNCTYPE)(
    ctypes.c_ssize_t, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_size_t, ctypes.c_ssize_t
)


class WNDCLASSEXW(ctypes.Structure):
    """RegisterClassExW's class description: 80 bytes on 64-bit Windows, 48 on 32-bit."""

    _fields_ = (
        ("cbSize", ctypes.c_uint32),
        ("style", ctypes.c_uint32),
        ("lpfnWndProc", WNDPROC),
        ("cbClsExtra", ctypes.c_int32),
        ("cbWndExtra", ctypes.c_int32),
        ("hInstance", ctypes.c_void_p),
        ("hIcon", ctypes.c_void_p),
        ("hCursor", ctypes.c_void_p),
        ("hbrBackground", ctypes.c_void_p),
        ("lpszMenuName", ctypes.c_wchar_p),
        ("lpszClassName", ctypes.c_wchar_p),
        ("hIconSm", ctypes.c_void_p),
    )


def hotkey_to_win32(hotkey: Hotkey) -> tuple[int, int]:
    """The RegisterHotKey ``(fsModifiers, vk)`` for ``hotkey``, MOD_NOREPEAT included.

    Raises:
        HotkeyError: when Windows has no virtual key for the key.
    """
    modifiers = MOD_NOREPEAT
    for name in hotkey.modifiers:
        modifiers |= _MODIFIER_FLAGS[name]
    return modifiers, virtual_key(hotkey)


def virtual_key(hotkey: Hotkey) -> int:
    """The Windows virtual-key code of the hotkey's key (not its modifiers)."""
    key = hotkey.key
    if len(key) == 1 and key.isascii() and key.isalpha():
        return ord(key.upper())  # VK_A..VK_Z are the upper-case letters
    if len(key) == 1 and key.isdigit():
        return ord(key)  # VK_0..VK_9 are the digits
    if key.startswith("f") and key[1:].isdigit() and 1 <= int(key[1:]) <= 24:
        return VK_F1 + int(key[1:]) - 1
    if key in _NAMED_VIRTUAL_KEYS:
        return _NAMED_VIRTUAL_KEYS[key]
    raise HotkeyError(
        Message(
            "hotkey {hotkey}: Windows has no key for '{key}'; choose another in the settings",
            hotkey=str(hotkey),
            key=key,
        )
    )


def key_input(vk: int, *, up: bool = False, extended: bool = False) -> INPUT:
    """One INPUT_KEYBOARD record pressing or releasing virtual key ``vk``."""
    flags = (KEYEVENTF_KEYUP if up else 0) | (KEYEVENTF_EXTENDEDKEY if extended else 0)
    event = INPUT(type=INPUT_KEYBOARD)
    event.ki = KEYBDINPUT(wVk=vk, wScan=0, dwFlags=flags, time=0, dwExtraInfo=0)
    return event


def chord_inputs(modifier_vk: int, vk: int, *, extended: bool = False) -> list[INPUT]:
    """Modifier down, key down, key up, modifier up: one chord, in order."""
    return [
        key_input(modifier_vk),
        key_input(vk, extended=extended),
        key_input(vk, up=True, extended=extended),
        key_input(modifier_vk, up=True),
    ]


def unicode_input(unit: int, *, up: bool = False) -> INPUT:
    """One INPUT_KEYBOARD record typing UTF-16 code unit ``unit`` (VK_PACKET, any layout)."""
    flags = KEYEVENTF_UNICODE | (KEYEVENTF_KEYUP if up else 0)
    event = INPUT(type=INPUT_KEYBOARD)
    event.ki = KEYBDINPUT(wVk=0, wScan=unit, dwFlags=flags, time=0, dwExtraInfo=0)
    return event


def normalise_newlines(text: str) -> str:
    r"""``text`` with every ``\r\n`` and lone ``\r`` turned into ``\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_input_groups(text: str) -> list[list[INPUT]]:
    """The INPUT records typing ``text``, one group per character.

    Each UTF-16 code unit is a KEYEVENTF_UNICODE down and up, so a character
    outside the BMP is its two surrogates, each down and up. A line break is
    Shift+Enter: in chat apps a plain Enter sends the message, Shift+Enter
    starts a new line inside it.
    """
    groups: list[list[INPUT]] = []
    for char in normalise_newlines(text):
        if char == "\n":
            groups.append(chord_inputs(VK_SHIFT, VK_RETURN))
            continue
        raw = char.encode("utf-16-le")
        units = [int.from_bytes(raw[i : i + 2], "little") for i in range(0, len(raw), 2)]
        groups.append(
            [event for unit in units for event in (unicode_input(unit), unicode_input(unit, up=True))]
        )
    return groups


def chunk_groups(groups: list[list[INPUT]], limit: int = MAX_INPUTS_PER_SEND) -> list[list[INPUT]]:
    """``groups`` packed in order into lists of at most ``limit`` records, never splitting a group."""
    chunks: list[list[INPUT]] = []
    current: list[INPUT] = []
    for group in groups:
        if current and len(current) + len(group) > limit:
            chunks.append(current)
            current = []
        current.extend(group)
    if current:
        chunks.append(current)
    return chunks


class Win32Api(Protocol):
    """The Win32 calls the backend makes, with Python types; faked in tests."""

    def create_message_window(self, on_message: MessageHandler, *, message_only: bool) -> int:
        """A hidden window of its own class whose window procedure asks ``on_message`` first.

        Message-only (parent HWND_MESSAGE) for hotkeys; a hidden top-level
        window where messages only such windows get are wanted (shell hooks).
        Returns the HWND, 0 when Windows refused (GetLastError is logged).
        """
        ...

    def destroy_window(self, hwnd: int) -> None:
        """DestroyWindow, and the window's class with it."""
        ...

    def register_hotkey(self, hwnd: int, hotkey_id: int, modifiers: int, vk: int) -> int:
        """RegisterHotKey for window ``hwnd``; 0 on success, else GetLastError."""
        ...

    def unregister_hotkey(self, hwnd: int, hotkey_id: int) -> bool:
        """UnregisterHotKey for window ``hwnd``."""
        ...

    def foreground_window(self) -> int:
        """GetForegroundWindow; 0 when no window has focus."""
        ...

    def is_window(self, hwnd: int) -> bool:
        """IsWindow: whether the handle still names a window."""
        ...

    def window_title(self, hwnd: int) -> str:
        """GetWindowTextW."""
        ...

    def window_thread_process(self, hwnd: int) -> tuple[int, int]:
        """GetWindowThreadProcessId: ``(thread id, process id)``."""
        ...

    def current_thread_id(self) -> int:
        """GetCurrentThreadId."""
        ...

    def set_foreground_window(self, hwnd: int) -> bool:
        """SetForegroundWindow."""
        ...

    def bring_window_to_top(self, hwnd: int) -> bool:
        """BringWindowToTop."""
        ...

    def attach_thread_input(self, thread_id: int, to_thread_id: int, attach: bool) -> bool:
        """AttachThreadInput."""
        ...

    def is_iconic(self, hwnd: int) -> bool:
        """IsIconic: whether the window is minimized."""
        ...

    def show_window(self, hwnd: int, command: int) -> bool:
        """ShowWindow."""
        ...

    def async_key_state(self, vk: int) -> int:
        """GetAsyncKeyState, unsigned 16 bits: 0x8000 set while the key is down."""
        ...

    def send_input(self, inputs: Sequence[INPUT]) -> int:
        """One SendInput call with ``inputs``; the number of events inserted."""
        ...

    def process_image_path(self, pid: int) -> str | None:
        """QueryFullProcessImageNameW of process ``pid``, None when it cannot be opened."""
        ...

    def process_elevated(self, pid: int | None) -> bool | None:
        """Whether process ``pid`` (None: this process) runs elevated; None when unknown."""
        ...


# SendInput inserting fewer events means input is blocked by another thread (the lock
# screen, an elevation prompt). It never reports UIPI: "neither GetLastError nor the
# return value will indicate the failure was caused by UIPI blocking" (SendInput,
# Remarks), so an elevated chat app is found beforehand by ``target_warning``.
def _key_press_blocked(keys: str) -> Message:
    return Message(
        "Windows did not take the simulated key press for {keys} (input is blocked, e.g. by the lock "
        "screen or an administrator prompt); press it yourself, the reply is on the clipboard",
        keys=keys,
    )


class WindowsPlatform:
    """Windows backend; create it on the Qt GUI thread.

    The hotkeys' window belongs to the thread that creates it, and WM_HOTKEY
    is dispatched on that thread: registering from the GUI thread runs the
    callbacks there, from Qt's event loop or any modal loop alike.
    """

    name = "windows"

    def __init__(self, win32: Win32Api | None = None) -> None:
        self._win32: Win32Api = win32 if win32 is not None else _Win32()
        self._callbacks: dict[int, Callable[[], None]] = {}
        self._next_id = 1
        self._window = 0  # the message-only window hotkeys are posted to

    def limitations(self) -> list[str]:
        return []

    def can_paste(self) -> bool:
        return True

    def register_hotkey(self, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        modifiers, vk = hotkey_to_win32(hotkey)
        if not self._window:
            self._window = self._win32.create_message_window(self._on_message, message_only=True)
            if not self._window:
                raise HotkeyError(
                    Message(
                        "Windows would not create the hidden window hotkeys arrive at; restart QuickReply"
                    )
                )
        hotkey_id = self._next_id
        error = self._win32.register_hotkey(self._window, hotkey_id, modifiers, vk)
        if error == ERROR_HOTKEY_ALREADY_REGISTERED:
            raise HotkeyTaken(
                Message(
                    "{hotkey} is already used by another program; choose another hotkey in the settings",
                    hotkey=str(hotkey),
                )
            )
        if error:
            raise HotkeyError(
                Message(
                    "Windows refused the hotkey {hotkey} (error {error}); choose another in the settings",
                    hotkey=str(hotkey),
                    error=error,
                )
            )
        self._next_id += 1
        self._callbacks[hotkey_id] = callback

    def unregister_all(self) -> None:
        for hotkey_id in self._callbacks:
            self._win32.unregister_hotkey(self._window, hotkey_id)
        self._callbacks.clear()
        if self._window:
            self._win32.destroy_window(self._window)
            self._window = 0

    def _on_message(self, message: int, w_param: int, _l_param: int) -> bool:
        """The hotkeys' window procedure: WM_HOTKEY carries the id it was registered with."""
        callback = self._callbacks.get(w_param) if message == WM_HOTKEY else None
        if callback is None:
            return False
        callback()
        return True

    def foreground(self) -> Target | None:
        hwnd = self._win32.foreground_window()
        if not hwnd:
            return None
        _, pid = self._win32.window_thread_process(hwnd)
        path = self._win32.process_image_path(pid) if pid else None
        app = ntpath.basename(path) if path else ""
        return Target(hwnd, self._win32.window_title(hwnd), app)

    def request_focus(self, target: Target) -> bool:
        win32 = self._win32
        hwnd = target.handle
        if win32.foreground_window() == hwnd:
            return True
        if not win32.is_window(hwnd):
            return False
        if win32.is_iconic(hwnd):
            win32.show_window(hwnd, SW_RESTORE)
        if not win32.set_foreground_window(hwnd) or win32.foreground_window() != hwnd:
            self._force_foreground(hwnd)
        return True

    def is_in_front(self, target: Target) -> bool:
        return self._win32.foreground_window() == target.handle

    def is_own(self, target: Target, own_windows: Set[int]) -> bool:
        return target.handle in own_windows  # targets are windows here

    def raise_window(self, handle: int) -> None:
        # The process that received WM_HOTKEY may take the foreground; the
        # thread-input fallback covers the cases where Windows still refuses.
        if not self._win32.set_foreground_window(handle) or self._win32.foreground_window() != handle:
            self._force_foreground(handle)

    def _force_foreground(self, hwnd: int) -> None:
        # Windows refuses SetForegroundWindow to a process that did not get the
        # last input. Sharing input state with the target's thread (and with the
        # thread in front now, which owns the foreground) lifts that lock.
        win32 = self._win32
        own = win32.current_thread_id()
        target_thread, _ = win32.window_thread_process(hwnd)
        threads = [target_thread]
        front = win32.foreground_window()
        if front:
            front_thread, _ = win32.window_thread_process(front)
            threads.append(front_thread)
        attached: list[int] = []
        try:
            for thread in dict.fromkeys(threads):
                if thread and thread != own and win32.attach_thread_input(own, thread, True):
                    attached.append(thread)
            win32.bring_window_to_top(hwnd)
            win32.set_foreground_window(hwnd)
        finally:
            for thread in attached:
                win32.attach_thread_input(own, thread, False)

    def modifiers_held(self) -> bool:
        # Only the key-down bit (0x8000) counts: the low bit means "pressed since the last call".
        return any(self._win32.async_key_state(vk) & 0x8000 for vk in HELD_MODIFIER_KEYS)

    def send_paste(self, method: PasteMethod = PasteMethod.CTRL_V) -> None:
        if method is PasteMethod.SHIFT_INSERT:
            self._send(chord_inputs(VK_SHIFT, VK_INSERT, extended=True), _key_press_blocked(method.value))
        else:
            self._send(chord_inputs(VK_CONTROL, VK_V), _key_press_blocked(method.value))

    def send_enter(self) -> None:
        self._send([key_input(VK_RETURN), key_input(VK_RETURN, up=True)], _key_press_blocked("Enter"))

    def type_steps(self, text: str) -> Generator[float, None, None]:
        """Type ``text`` as KEYEVENTF_UNICODE key presses, line breaks as Shift+Enter.

        Unicode events reach the window as VK_PACKET characters, whatever the
        keyboard layout or IME. Line breaks are Shift+Enter because a plain
        Enter sends the message in chat apps. Text longer than
        MAX_INPUTS_PER_SEND records goes in several SendInput calls, cut
        between characters, one per step; a real key press could land between them.
        """
        for chunk in chunk_groups(text_input_groups(text)):
            self._send(
                chunk,
                Message(
                    "Windows did not take the simulated key presses for typing the reply (input is blocked, "
                    "e.g. by the lock screen or an administrator prompt); type the reply yourself"
                ),
            )
            yield 0.0

    def _send(self, inputs: list[INPUT], when_blocked: Message) -> None:
        # One SendInput call, so no real key press can land between the events.
        sent = self._win32.send_input(inputs)
        if sent < len(inputs):
            raise HotkeyError(when_blocked)

    def target_warning(self, target: Target) -> str | None:
        _, pid = self._win32.window_thread_process(target.handle)
        if not pid or not self._win32.process_elevated(pid):
            return None
        if self._win32.process_elevated(None) is not False:
            return None
        return Message(
            "the chat app runs as administrator, so Windows silently drops the keys QuickReply sends; "
            "run QuickReply as administrator too or start the chat app normally"
        )

    def transient_formats(self) -> dict[str, bytes]:
        """Clipboard formats that keep the reply out of clipboard history and monitors.

        Windows' clipboard history (Win+V) and cloud clipboard skip data with
        ``CanIncludeInClipboardHistory`` / ``CanUploadToCloudClipboard`` set to
        a DWORD 0, monitors honouring
        ``ExcludeClipboardContentFromMonitorProcessing`` ignore it, and Ditto
        and older managers skip data that has a ``Clipboard Viewer Ignore``
        format at all (its content is not read). Qt writes a
        QMimeData format ``application/x-qt-windows-mime;value="<Name>"`` as
        the registered clipboard format ``<Name>``, so the keys use that form.
        """
        zero_dword = b"\x00\x00\x00\x00"
        names = (
            "ExcludeClipboardContentFromMonitorProcessing",
            "CanIncludeInClipboardHistory",
            "CanUploadToCloudClipboard",
            "Clipboard Viewer Ignore",
        )
        return {_QT_WINDOWS_MIME.format(name): zero_dword for name in names}

    def write_clipboard_text(self, text: str) -> bool:
        return False  # Qt writes the reply with every marker this system knows

    def clipboard_unchanged(self) -> bool:
        return False

    def clipboard_survives_quit(self) -> bool:
        return True  # OleFlushClipboard at quit leaves every format with the system

    def clipboard_owner_answers(self, timeout_s: float) -> bool:
        return True  # the system hands out clipboard data itself; a hung owner cannot hold the read


class _Win32:
    """The real Win32 API through ctypes, each function with its C signature."""

    def __init__(self) -> None:
        if not hasattr(ctypes, "WinDLL"):
            raise OSError("the Win32 API exists only on Windows")
        from ctypes import wintypes as w

        # typeshed declares ctypes' Windows-only names for win32 alone, and
        # this module must type-check on every OS.
        win_ctypes: Any = ctypes
        # use_last_error: Python's own calls may overwrite GetLastError before
        # we read it; ctypes saves it right after each call instead.
        user32 = win_ctypes.WinDLL("user32", use_last_error=True)
        kernel32 = win_ctypes.WinDLL("kernel32", use_last_error=True)
        advapi32 = win_ctypes.WinDLL("advapi32", use_last_error=True)
        signatures: list[tuple[Any, str, list[Any], Any]] = [
            (user32, "RegisterClassExW", [ctypes.POINTER(WNDCLASSEXW)], w.ATOM),
            (user32, "UnregisterClassW", [w.LPCWSTR, w.HINSTANCE], w.BOOL),
            (
                user32,
                "CreateWindowExW",
                [
                    w.DWORD,
                    w.LPCWSTR,
                    w.LPCWSTR,
                    w.DWORD,
                    ctypes.c_int,
                    ctypes.c_int,
                    ctypes.c_int,
                    ctypes.c_int,
                    w.HWND,
                    w.HMENU,
                    w.HINSTANCE,
                    w.LPVOID,
                ],
                w.HWND,
            ),  # fmt: skip
            (user32, "DestroyWindow", [w.HWND], w.BOOL),
            (user32, "DefWindowProcW", [w.HWND, w.UINT, w.WPARAM, w.LPARAM], ctypes.c_ssize_t),
            (kernel32, "GetModuleHandleW", [w.LPCWSTR], w.HMODULE),
            (user32, "RegisterHotKey", [w.HWND, ctypes.c_int, w.UINT, w.UINT], w.BOOL),
            (user32, "UnregisterHotKey", [w.HWND, ctypes.c_int], w.BOOL),
            (user32, "GetForegroundWindow", [], w.HWND),
            (user32, "IsWindow", [w.HWND], w.BOOL),
            (user32, "GetWindowTextLengthW", [w.HWND], ctypes.c_int),
            (user32, "GetWindowTextW", [w.HWND, w.LPWSTR, ctypes.c_int], ctypes.c_int),
            (user32, "GetWindowThreadProcessId", [w.HWND, ctypes.POINTER(w.DWORD)], w.DWORD),
            (user32, "SetForegroundWindow", [w.HWND], w.BOOL),
            (user32, "BringWindowToTop", [w.HWND], w.BOOL),
            (user32, "AttachThreadInput", [w.DWORD, w.DWORD, w.BOOL], w.BOOL),
            (user32, "IsIconic", [w.HWND], w.BOOL),
            (user32, "ShowWindow", [w.HWND, ctypes.c_int], w.BOOL),
            (user32, "GetAsyncKeyState", [ctypes.c_int], w.SHORT),
            (user32, "SendInput", [w.UINT, ctypes.POINTER(INPUT), ctypes.c_int], w.UINT),
            (kernel32, "GetCurrentThreadId", [], w.DWORD),
            (kernel32, "GetCurrentProcess", [], w.HANDLE),
            (kernel32, "OpenProcess", [w.DWORD, w.BOOL, w.DWORD], w.HANDLE),
            (kernel32, "CloseHandle", [w.HANDLE], w.BOOL),
            (
                kernel32,
                "QueryFullProcessImageNameW",
                [w.HANDLE, w.DWORD, w.LPWSTR, ctypes.POINTER(w.DWORD)],
                w.BOOL,
            ),
            (advapi32, "OpenProcessToken", [w.HANDLE, w.DWORD, ctypes.POINTER(w.HANDLE)], w.BOOL),
            (
                advapi32,
                "GetTokenInformation",
                [w.HANDLE, ctypes.c_int, ctypes.c_void_p, w.DWORD, ctypes.POINTER(w.DWORD)],
                w.BOOL,
            ),
        ]
        for library, name, argtypes, restype in signatures:
            function = getattr(library, name)
            function.argtypes = argtypes
            function.restype = restype
        self._w = w
        self._user32: Any = user32
        self._kernel32: Any = kernel32
        self._advapi32: Any = advapi32
        self._last_error: Callable[[], int] = win_ctypes.get_last_error
        # Each window's procedure and class name: ctypes frees a callback nothing references,
        # and Windows would then call freed memory.
        self._windows: dict[int, tuple[Any, str]] = {}

    def create_message_window(self, on_message: MessageHandler, *, message_only: bool) -> int:
        user32 = self._user32

        def procedure(hwnd: int | None, message: int, w_param: int, l_param: int) -> int:
            try:
                if on_message(message, w_param, l_param):
                    return 0
            except Exception:  # an exception must not unwind through Windows' stack
                log.exception("handling window message 0x%04x failed", message)
            return int(user32.DefWindowProcW(hwnd, message, w_param, l_param))

        callback = WNDPROC(procedure)
        instance = self._kernel32.GetModuleHandleW(None)
        class_name = f"QuickReply.{id(callback):x}"
        description = WNDCLASSEXW(
            cbSize=ctypes.sizeof(WNDCLASSEXW),
            lpfnWndProc=callback,
            hInstance=instance,
            lpszClassName=class_name,
        )
        if not user32.RegisterClassExW(ctypes.byref(description)):
            log.warning("RegisterClassExW failed (error %d)", self._last_error())
            return 0
        parent = ctypes.c_void_p(HWND_MESSAGE) if message_only else None
        hwnd = user32.CreateWindowExW(
            0, class_name, "QuickReply", 0, 0, 0, 0, 0, parent, None, instance, None
        )
        if not hwnd:
            log.warning("CreateWindowExW failed (error %d)", self._last_error())
            user32.UnregisterClassW(class_name, instance)
            return 0
        self._windows[int(hwnd)] = (callback, class_name)
        return int(hwnd)

    def destroy_window(self, hwnd: int) -> None:
        self._user32.DestroyWindow(hwnd)
        kept = self._windows.pop(hwnd, None)
        if kept is not None:
            self._user32.UnregisterClassW(kept[1], self._kernel32.GetModuleHandleW(None))

    def register_hotkey(self, hwnd: int, hotkey_id: int, modifiers: int, vk: int) -> int:
        if self._user32.RegisterHotKey(hwnd, hotkey_id, modifiers, vk):
            return 0
        return self._last_error() or -1

    def unregister_hotkey(self, hwnd: int, hotkey_id: int) -> bool:
        return bool(self._user32.UnregisterHotKey(hwnd, hotkey_id))

    def foreground_window(self) -> int:
        return self._user32.GetForegroundWindow() or 0

    def is_window(self, hwnd: int) -> bool:
        return bool(self._user32.IsWindow(hwnd))

    def window_title(self, hwnd: int) -> str:
        length = self._user32.GetWindowTextLengthW(hwnd)
        if length <= 0:
            return ""
        buffer = ctypes.create_unicode_buffer(length + 1)
        self._user32.GetWindowTextW(hwnd, buffer, length + 1)
        return buffer.value

    def window_thread_process(self, hwnd: int) -> tuple[int, int]:
        pid = self._w.DWORD()
        thread_id = self._user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        return int(thread_id), int(pid.value)

    def current_thread_id(self) -> int:
        return int(self._kernel32.GetCurrentThreadId())

    def set_foreground_window(self, hwnd: int) -> bool:
        return bool(self._user32.SetForegroundWindow(hwnd))

    def bring_window_to_top(self, hwnd: int) -> bool:
        return bool(self._user32.BringWindowToTop(hwnd))

    def attach_thread_input(self, thread_id: int, to_thread_id: int, attach: bool) -> bool:
        return bool(self._user32.AttachThreadInput(thread_id, to_thread_id, attach))

    def is_iconic(self, hwnd: int) -> bool:
        return bool(self._user32.IsIconic(hwnd))

    def show_window(self, hwnd: int, command: int) -> bool:
        return bool(self._user32.ShowWindow(hwnd, command))

    def async_key_state(self, vk: int) -> int:
        return int(self._user32.GetAsyncKeyState(vk)) & 0xFFFF

    def send_input(self, inputs: Sequence[INPUT]) -> int:
        array = (INPUT * len(inputs))(*inputs)
        return int(self._user32.SendInput(len(inputs), array, ctypes.sizeof(INPUT)))

    def process_image_path(self, pid: int) -> str | None:
        process = self._kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not process:
            return None
        try:
            size = self._w.DWORD(32768)
            buffer = ctypes.create_unicode_buffer(size.value)
            if not self._kernel32.QueryFullProcessImageNameW(process, 0, buffer, ctypes.byref(size)):
                return None
            return buffer.value
        finally:
            self._kernel32.CloseHandle(process)

    def process_elevated(self, pid: int | None) -> bool | None:
        if pid is None:
            return self._token_elevated(self._kernel32.GetCurrentProcess())
        process = self._kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not process:
            return None
        try:
            return self._token_elevated(process)
        finally:
            self._kernel32.CloseHandle(process)

    def _token_elevated(self, process: int) -> bool | None:
        token = self._w.HANDLE()
        if not self._advapi32.OpenProcessToken(process, TOKEN_QUERY, ctypes.byref(token)):
            # A process at medium integrity may query an elevated process's
            # name but not read its token: denial is itself the answer.
            return True if self._last_error() == ERROR_ACCESS_DENIED else None
        try:
            elevation = self._w.DWORD()
            written = self._w.DWORD()
            size = ctypes.sizeof(elevation)
            elevation_ref = ctypes.byref(elevation)
            if not self._advapi32.GetTokenInformation(
                token, TOKEN_ELEVATION_CLASS, elevation_ref, size, ctypes.byref(written)
            ):
                return None
            return bool(elevation.value)
        finally:
            self._kernel32.CloseHandle(token)
