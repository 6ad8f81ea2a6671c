"""The Windows backend's logic, run on any OS against a fake Win32 API."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from desktop.core.keys import NAMED_KEYS, Hotkey, HotkeyError, HotkeyTaken, PasteMethod
from desktop.platform import windows as win
from desktop.platform.base import Target
from tests.conftest import ManualClock


class FakeWin32:
    """Records every call; windows, threads and keys are plain data.

    A window's messages reach the procedure it was created with, whichever
    loop dispatches them (WindowProc in "Window Procedures"); a message
    posted to a thread instead is lost in a modal loop (PostThreadMessageW,
    Remarks), which is why hotkeys need a window: ``post`` dispatches one.
    """

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.calls: list[tuple[object, ...]] = []
        self.register_error = 0
        self.window_works = True
        self.windows: dict[int, Callable[[int, int, int], bool]] = {}
        self.front = 0
        self.own_thread = 1
        self.threads: dict[int, tuple[int, int]] = {}  # hwnd -> (thread id, pid)
        self.titles: dict[int, str] = {}
        self.paths: dict[int, str] = {}
        self.elevated: dict[int | None, bool | None] = {}
        self.minimized: set[int] = set()
        self.set_foreground_works: Callable[[int], bool] = lambda hwnd: True
        self.key_state: Callable[[int], int] = lambda vk: 0
        self.sent: list[list[tuple[int, int, int]]] = []
        self.scans: list[list[int]] = []
        self.sent_at: list[float] = []
        self.accept_inputs: int | None = None

    def create_message_window(
        self, on_message: Callable[[int, int, int], bool], *, message_only: bool
    ) -> int:
        self.calls.append(("CreateWindowExW", "HWND_MESSAGE" if message_only else "hidden top-level"))
        if not self.window_works:
            return 0
        hwnd = 0x7700 + len(self.calls)
        self.windows[hwnd] = on_message
        return hwnd

    def destroy_window(self, hwnd: int) -> None:
        self.calls.append(("DestroyWindow", hwnd))
        del self.windows[hwnd]

    def post(self, hwnd: int, message: int, w_param: int, l_param: int = 0) -> bool:
        procedure = self.windows.get(hwnd)
        return procedure is not None and procedure(message, w_param, l_param)

    def register_hotkey(self, hwnd: int, hotkey_id: int, modifiers: int, vk: int) -> int:
        self.calls.append(("RegisterHotKey", hwnd, hotkey_id, modifiers, vk))
        return self.register_error

    def unregister_hotkey(self, hwnd: int, hotkey_id: int) -> bool:
        self.calls.append(("UnregisterHotKey", hwnd, hotkey_id))
        return True

    def foreground_window(self) -> int:
        return self.front

    def is_window(self, hwnd: int) -> bool:
        return hwnd in self.threads

    def window_title(self, hwnd: int) -> str:
        return self.titles.get(hwnd, "")

    def window_thread_process(self, hwnd: int) -> tuple[int, int]:
        return self.threads.get(hwnd, (0, 0))

    def current_thread_id(self) -> int:
        return self.own_thread

    def set_foreground_window(self, hwnd: int) -> bool:
        self.calls.append(("SetForegroundWindow", hwnd))
        if self.set_foreground_works(hwnd):
            self.front = hwnd
            return True
        return False

    def bring_window_to_top(self, hwnd: int) -> bool:
        self.calls.append(("BringWindowToTop", hwnd))
        return True

    def attach_thread_input(self, thread_id: int, to_thread_id: int, attach: bool) -> bool:
        self.calls.append(("AttachThreadInput", thread_id, to_thread_id, attach))
        return True

    def is_iconic(self, hwnd: int) -> bool:
        return hwnd in self.minimized

    def show_window(self, hwnd: int, command: int) -> bool:
        self.calls.append(("ShowWindow", hwnd, command))
        self.minimized.discard(hwnd)
        return True

    def async_key_state(self, vk: int) -> int:
        return self.key_state(vk)

    def send_input(self, inputs: Sequence[win.INPUT]) -> int:
        self.calls.append(("SendInput",))
        self.sent_at.append(self.clock.now)
        self.sent.append([(event.type, event.ki.wVk, event.ki.dwFlags) for event in inputs])
        self.scans.append([event.ki.wScan for event in inputs])
        return len(inputs) if self.accept_inputs is None else self.accept_inputs

    def process_image_path(self, pid: int) -> str | None:
        return self.paths.get(pid)

    def process_elevated(self, pid: int | None) -> bool | None:
        return self.elevated.get(pid)

    def named(self, name: str) -> list[tuple[object, ...]]:
        return [call for call in self.calls if call[0] == name]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def api(clock: ManualClock) -> FakeWin32:
    return FakeWin32(clock)


@pytest.fixture
def platform(api: FakeWin32, clock: ManualClock) -> win.WindowsPlatform:
    return win.WindowsPlatform(api)


# --- hotkey translation -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "vk"),
    [
        ("ctrl+a", 0x41),
        ("ctrl+q", 0x51),
        ("ctrl+z", 0x5A),
        ("ctrl+0", 0x30),
        ("ctrl+5", 0x35),
        ("ctrl+9", 0x39),
        ("f1", 0x70),
        ("ctrl+f12", 0x7B),
        ("f24", 0x87),
        ("ctrl+space", 0x20),
        ("ctrl+enter", 0x0D),
        ("ctrl+tab", 0x09),
        ("ctrl+escape", 0x1B),
        ("ctrl+backspace", 0x08),
        ("ctrl+delete", 0x2E),
        ("ctrl+insert", 0x2D),
        ("ctrl+home", 0x24),
        ("ctrl+end", 0x23),
        ("ctrl+pageup", 0x21),
        ("ctrl+pagedown", 0x22),
        ("ctrl+left", 0x25),
        ("ctrl+up", 0x26),
        ("ctrl+right", 0x27),
        ("ctrl+down", 0x28),
        ("ctrl+`", 0xC0),
        ("ctrl+-", 0xBD),
        ("ctrl+=", 0xBB),
        ("ctrl+[", 0xDB),
        ("ctrl+]", 0xDD),
        ("ctrl+;", 0xBA),
        ("ctrl+'", 0xDE),
        ("ctrl+,", 0xBC),
        ("ctrl+.", 0xBE),
        ("ctrl+/", 0xBF),
        ("ctrl+\\", 0xDC),
    ],
)
def test_keys_map_to_their_virtual_key_codes(text: str, vk: int) -> None:
    assert win.virtual_key(Hotkey.parse(text)) == vk


def test_every_key_a_hotkey_may_use_has_a_virtual_key() -> None:
    for key in NAMED_KEYS:
        assert win.virtual_key(Hotkey(key, frozenset({"ctrl"}))) > 0, key


@pytest.mark.parametrize(
    ("text", "modifiers"),
    [
        ("alt+space", 0x4001),
        ("ctrl+space", 0x4002),
        ("shift+f1", 0x4004),
        ("meta+space", 0x4008),
        ("f5", 0x4000),
        ("ctrl+alt+shift+win+space", 0x400F),
    ],
)
def test_modifiers_become_mod_flags_with_norepeat(text: str, modifiers: int) -> None:
    assert win.hotkey_to_win32(Hotkey.parse(text))[0] == modifiers


def test_registration_passes_flags_and_virtual_key_for_our_message_only_window(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    platform.register_hotkey(Hotkey.parse("ctrl+shift+f2"), lambda: None)
    window = platform._window
    assert api.named("CreateWindowExW") == [("CreateWindowExW", "HWND_MESSAGE")]  # one window for all
    assert api.named("RegisterHotKey") == [
        ("RegisterHotKey", window, 1, 0x4003, 0x20),
        ("RegisterHotKey", window, 2, 0x4006, 0x71),
    ]


def test_a_taken_combination_raises_hotkey_taken_saying_what_to_do(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    api.register_error = win.ERROR_HOTKEY_ALREADY_REGISTERED
    with pytest.raises(HotkeyTaken) as caught:
        platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    message = str(caught.value)
    assert "ctrl+alt+space" in message
    assert "another program" in message
    assert "settings" in message
    platform.unregister_all()
    assert api.named("UnregisterHotKey") == []


def test_other_registration_failures_are_hotkey_errors_naming_the_code(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    api.register_error = 87
    with pytest.raises(HotkeyError) as caught:
        platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    assert not isinstance(caught.value, HotkeyTaken)
    assert "87" in str(caught.value)


# --- WM_HOTKEY through our window's procedure ----------------------------------------


def test_wm_hotkey_runs_the_callback_of_its_id_from_any_loop(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    pressed: list[str] = []
    platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: pressed.append("first"))
    platform.register_hotkey(Hotkey.parse("ctrl+alt+f1"), lambda: pressed.append("second"))
    window = platform._window
    assert api.post(window, win.WM_HOTKEY, 2)  # Qt's loop or a modal one: the procedure gets it
    assert pressed == ["second"]
    assert not api.post(window, 0x0100, 1)  # WM_KEYDOWN goes on to DefWindowProcW
    assert not api.post(window, win.WM_HOTKEY, 99)  # not one of ours
    assert pressed == ["second"]

    platform.unregister_all()
    assert api.named("UnregisterHotKey") == [("UnregisterHotKey", window, 1), ("UnregisterHotKey", window, 2)]
    assert api.named("DestroyWindow") == [("DestroyWindow", window)]
    assert not api.post(window, win.WM_HOTKEY, 1)
    assert pressed == ["second"]


def test_registering_again_after_unregistering_makes_a_new_window(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    platform.unregister_all()
    platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    assert len(api.named("CreateWindowExW")) == 2
    assert len(api.windows) == 1


def test_a_window_windows_will_not_create_is_a_hotkey_error(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    api.window_works = False
    with pytest.raises(HotkeyError, match="hidden window"):
        platform.register_hotkey(Hotkey.parse("ctrl+alt+space"), lambda: None)
    assert api.named("RegisterHotKey") == []


# --- waiting for modifiers ------------------------------------------------------


def test_modifiers_held_reads_each_modifier_key_now(
    platform: win.WindowsPlatform, api: FakeWin32, clock: ManualClock
) -> None:
    held_until = {win.VK_CONTROL: 0.05, win.VK_MENU: 0.12, win.VK_RWIN: 0.2}
    api.key_state = lambda vk: 0x8000 if clock.now < held_until.get(vk, 0) else 0
    assert platform.modifiers_held()
    clock.now = 0.15
    assert platform.modifiers_held()  # the right Win key is still down
    clock.now = 0.2
    assert not platform.modifiers_held()


def test_a_paste_is_sent_at_once_without_waiting(
    platform: win.WindowsPlatform, api: FakeWin32, clock: ManualClock
) -> None:
    api.key_state = lambda vk: 0x8000 if vk == win.VK_SHIFT else 0  # the caller waits, not the backend
    platform.send_paste()
    assert api.sent_at == [0.0]
    assert clock.sleeps == []


def test_only_the_key_down_bit_counts_as_held(platform: win.WindowsPlatform, api: FakeWin32) -> None:
    api.key_state = lambda vk: 0x0001  # "pressed since the last call", not down now
    assert not platform.modifiers_held()


def _down_only(held: int) -> Callable[[int], int]:
    return lambda vk: 0x8000 if vk == held else 0


def test_each_modifier_key_is_checked(platform: win.WindowsPlatform, api: FakeWin32) -> None:
    for held in (0x11, 0x12, 0x10, 0x5B, 0x5C):
        api.key_state = _down_only(held)
        assert platform.modifiers_held(), hex(held)


# --- SendInput -------------------------------------------------------------------


def test_ctrl_v_is_one_sendinput_of_four_events_by_virtual_key(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    platform.send_paste(PasteMethod.CTRL_V)
    assert api.sent == [[(1, 0x11, 0), (1, 0x56, 0), (1, 0x56, 2), (1, 0x11, 2)]]
    assert ord("v") not in {vk for _, vk, _ in api.sent[0]}


def test_shift_insert_marks_insert_as_an_extended_key(platform: win.WindowsPlatform, api: FakeWin32) -> None:
    platform.send_paste(PasteMethod.SHIFT_INSERT)
    assert api.sent == [[(1, 0x10, 0), (1, 0x2D, 1), (1, 0x2D, 3), (1, 0x10, 2)]]


def test_enter_is_one_sendinput_of_down_and_up(platform: win.WindowsPlatform, api: FakeWin32) -> None:
    platform.send_enter()
    assert api.sent == [[(1, 0x0D, 0), (1, 0x0D, 2)]]


@pytest.mark.parametrize("accepted", [0, 3])
def test_events_windows_drops_raise_an_error_that_does_not_blame_uipi(
    platform: win.WindowsPlatform, api: FakeWin32, accepted: int
) -> None:
    api.accept_inputs = accepted
    # SendInput never says UIPI was the cause (its Remarks): the message must not claim it.
    with pytest.raises(HotkeyError, match="Windows did not take the simulated key press") as caught:
        platform.send_paste()
    assert "UIPI" not in str(caught.value)


# --- typing ----------------------------------------------------------------------

UNICODE_DOWN = (1, 0, 0x0004)
UNICODE_UP = (1, 0, 0x0006)


def test_typing_sends_utf16_units_as_unicode_events_and_newlines_as_shift_enter(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    list(platform.type_steps("亲a😀\nb"))
    shift_enter = [(1, 0x10, 0), (1, 0x0D, 0), (1, 0x0D, 2), (1, 0x10, 2)]
    assert api.sent == [[UNICODE_DOWN, UNICODE_UP] * 4 + shift_enter + [UNICODE_DOWN, UNICODE_UP]]
    # U+1F600 is the surrogate pair D83D DE00, each unit pressed and released.
    units = [0x4EB2, 0x61, 0xD83D, 0xDE00]
    assert api.scans == [[unit for unit in units for _ in "du"] + [0, 0, 0, 0] + [0x62, 0x62]]
    assert api.named("SendInput") == [("SendInput",)]


def test_typing_normalises_crlf_to_one_line_break(platform: win.WindowsPlatform, api: FakeWin32) -> None:
    list(platform.type_steps("a\r\nb"))
    assert [vk for _, vk, _ in api.sent[0]] == [0, 0, 0x10, 0x0D, 0x0D, 0x10, 0, 0]


def test_typing_nothing_sends_nothing(platform: win.WindowsPlatform, api: FakeWin32) -> None:
    list(platform.type_steps(""))
    assert api.sent == []


def test_long_text_is_typed_in_chunks_of_at_most_1000_events_never_inside_a_character(
    platform: win.WindowsPlatform, api: FakeWin32
) -> None:
    text = "a" * 499 + "😀" + "b" * 600
    list(platform.type_steps(text))
    assert [len(chunk) for chunk in api.sent] == [998, 1000, 204]  # 499*2, then 4 + 498*2, 102*2
    assert api.scans[0][-2:] == [ord("a"), ord("a")]  # the emoji's four events moved to the next call
    assert api.scans[1][:4] == [0xD83D, 0xD83D, 0xDE00, 0xDE00]
    assert all(len(chunk) <= win.MAX_INPUTS_PER_SEND for chunk in api.sent)


@pytest.mark.parametrize("accepted", [0, 5])
def test_typing_that_windows_drops_raises_an_error_saying_what_to_do(
    platform: win.WindowsPlatform, api: FakeWin32, accepted: int
) -> None:
    api.accept_inputs = accepted
    with pytest.raises(HotkeyError, match="input is blocked.*type the reply yourself"):
        list(platform.type_steps("hello"))


def test_input_structures_have_the_windows_layout() -> None:
    pointer = ctypes.sizeof(ctypes.c_void_p)
    assert ctypes.sizeof(win.KEYBDINPUT) == (24 if pointer == 8 else 16)
    assert ctypes.sizeof(win.INPUT) == (40 if pointer == 8 else 28)
    assert win.INPUT.ki.offset == pointer
    assert ctypes.sizeof(win.WNDCLASSEXW) == (80 if pointer == 8 else 48)
    assert win.WNDCLASSEXW.lpszClassName.offset == (64 if pointer == 8 else 40)


# --- focus -----------------------------------------------------------------------

CHAT = 0x1000
CHAT_THREAD = 20
OTHER = 0x2000
OTHER_THREAD = 30


@pytest.fixture
def desktop(api: FakeWin32) -> FakeWin32:
    api.threads = {CHAT: (CHAT_THREAD, 200), OTHER: (OTHER_THREAD, 300)}
    api.front = OTHER
    return api


def test_focus_is_done_when_the_target_is_already_in_front(
    platform: win.WindowsPlatform, desktop: FakeWin32
) -> None:
    desktop.front = CHAT
    assert platform.request_focus(Target(CHAT)) is True
    assert platform.is_in_front(Target(CHAT))
    assert desktop.named("SetForegroundWindow") == []


def test_focus_without_the_fallback_when_windows_allows_it(
    platform: win.WindowsPlatform, desktop: FakeWin32
) -> None:
    assert platform.request_focus(Target(CHAT)) is True
    assert platform.is_in_front(Target(CHAT))
    assert desktop.named("SetForegroundWindow") == [("SetForegroundWindow", CHAT)]
    assert desktop.named("AttachThreadInput") == []


def test_refused_focus_attaches_thread_input_and_always_detaches(
    platform: win.WindowsPlatform, desktop: FakeWin32
) -> None:
    attempts: list[int] = []

    def refuse_first(hwnd: int) -> bool:
        attempts.append(hwnd)
        return len(attempts) > 1

    desktop.set_foreground_works = refuse_first
    assert platform.request_focus(Target(CHAT)) is True
    assert platform.is_in_front(Target(CHAT))
    assert [c for c in desktop.calls if c[0] != "SendInput"] == [
        ("SetForegroundWindow", CHAT),
        ("AttachThreadInput", 1, CHAT_THREAD, True),
        ("AttachThreadInput", 1, OTHER_THREAD, True),
        ("BringWindowToTop", CHAT),
        ("SetForegroundWindow", CHAT),
        ("AttachThreadInput", 1, CHAT_THREAD, False),
        ("AttachThreadInput", 1, OTHER_THREAD, False),
    ]


def test_thread_input_is_detached_even_when_the_retry_fails(
    platform: win.WindowsPlatform, desktop: FakeWin32
) -> None:
    def explode_on_retry(hwnd: int) -> bool:
        if desktop.named("AttachThreadInput"):
            raise OSError("access violation")
        return False

    desktop.set_foreground_works = explode_on_retry
    with pytest.raises(OSError, match="access violation"):
        platform.request_focus(Target(CHAT))
    attach = [c for c in desktop.named("AttachThreadInput") if c[3]]
    detach = [c for c in desktop.named("AttachThreadInput") if not c[3]]
    assert [c[2] for c in attach] == [c[2] for c in detach] == [CHAT_THREAD, OTHER_THREAD]


def test_a_minimized_target_is_restored(platform: win.WindowsPlatform, desktop: FakeWin32) -> None:
    desktop.minimized.add(CHAT)
    assert platform.request_focus(Target(CHAT)) is True
    assert ("ShowWindow", CHAT, 9) in desktop.calls


def test_a_refused_focus_request_returns_at_once_and_the_window_is_not_in_front(
    platform: win.WindowsPlatform, desktop: FakeWin32, clock: ManualClock
) -> None:
    desktop.set_foreground_works = lambda hwnd: False
    assert platform.request_focus(Target(CHAT)) is True  # asked: the caller checks with its own deadline
    assert not platform.is_in_front(Target(CHAT))
    assert clock.sleeps == []


def test_focus_on_a_closed_window_fails_at_once(platform: win.WindowsPlatform, desktop: FakeWin32) -> None:
    assert platform.request_focus(Target(0x9999)) is False
    assert desktop.named("SetForegroundWindow") == []


# --- foreground, elevation, clipboard -------------------------------------------------


def test_foreground_names_the_window_and_its_executable(
    platform: win.WindowsPlatform, desktop: FakeWin32
) -> None:
    desktop.front = CHAT
    desktop.titles[CHAT] = "千牛工作台"
    desktop.paths[200] = "C:\\Program Files (x86)\\AliWorkBench\\AliWorkBench.exe"
    assert platform.foreground() == Target(CHAT, "千牛工作台", "AliWorkBench.exe")


def test_foreground_is_none_without_a_focused_window(platform: win.WindowsPlatform, api: FakeWin32) -> None:
    api.front = 0
    assert platform.foreground() is None


def test_foreground_without_access_to_the_process_has_no_app_name(
    platform: win.WindowsPlatform, desktop: FakeWin32
) -> None:
    desktop.front = CHAT
    assert platform.foreground() == Target(CHAT, "", "")


@pytest.mark.parametrize(
    ("target_elevated", "self_elevated", "warns"),
    [
        (True, False, True),
        (True, True, False),
        (True, None, False),
        (False, False, False),
        (None, False, False),
    ],
)
def test_an_elevated_chat_app_gets_a_warning(
    platform: win.WindowsPlatform,
    desktop: FakeWin32,
    target_elevated: bool | None,
    self_elevated: bool | None,
    warns: bool,
) -> None:
    desktop.elevated = {200: target_elevated, None: self_elevated}
    warning = platform.target_warning(Target(CHAT))
    if not warns:
        assert warning is None
        return
    assert warning is not None
    assert "administrator" in warning
    assert "silently drops" in warning
    assert "start the chat app normally" in warning


def test_transient_formats_use_qts_windows_mime_names(platform: win.WindowsPlatform) -> None:
    formats = platform.transient_formats()
    assert formats == {
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\0\0\0\0",
        'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
        'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0",
        # Ditto and older managers skip anything carrying this format, whatever its bytes.
        'application/x-qt-windows-mime;value="Clipboard Viewer Ignore"': b"\0\0\0\0",
    }


def test_windows_can_paste_without_limitations(platform: win.WindowsPlatform) -> None:
    assert platform.name == "windows"
    assert platform.limitations() == []
    assert platform.can_paste() is True


# --- importing and the real API ---------------------------------------------------------

IMPORT_CHECK = """
import sys
before = set(sys.modules)
import desktop.platform.windows
import desktop.platform.macos
loaded = set(sys.modules) - before
heavy = {"PySide6", "shiboken6", "AppKit", "Quartz", "ApplicationServices", "objc"}
print(",".join(sorted(name for name in loaded if name.split(".")[0] in heavy)))
"""


def test_both_backends_import_on_any_os_without_loading_os_libraries() -> None:
    output = subprocess.run([sys.executable, "-c", IMPORT_CHECK], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == ""
    assert output.stderr == ""


@pytest.mark.skipif(sys.platform == "win32", reason="checks the behaviour off Windows")
def test_the_real_api_is_only_created_on_windows() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        win.WindowsPlatform()


@pytest.mark.skipif(sys.platform != "win32", reason="needs the Win32 API")
def test_the_real_api_registers_and_releases_a_hotkey() -> None:
    api = win._Win32()
    seen: list[int] = []

    def on_message(message: int, _w_param: int, _l_param: int) -> bool:
        seen.append(message)
        return message == 0x0400

    window = api.create_message_window(on_message, message_only=True)
    assert window != 0
    send: Any = ctypes.WinDLL("user32").SendMessageW  # type: ignore[attr-defined,unused-ignore]
    send.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_size_t, ctypes.c_ssize_t]
    send.restype = ctypes.c_ssize_t
    assert send(window, 0x0400, 0, 0) == 0  # WM_USER reaches our procedure through Windows itself
    assert 0x0400 in seen
    modifiers, vk = win.hotkey_to_win32(Hotkey.parse("ctrl+alt+shift+f23"))
    error = api.register_hotkey(window, 0xBEEF, modifiers, vk)
    assert error in (0, win.ERROR_HOTKEY_ALREADY_REGISTERED)
    if error == 0:
        assert api.unregister_hotkey(window, 0xBEEF) is True
    api.destroy_window(window)
    assert api.process_elevated(None) in (True, False)
    assert api.async_key_state(win.VK_F1 + 23) & 0x8000 == 0


def test_raising_our_own_window_uses_the_foreground_fallback_when_refused(
    platform: win.WindowsPlatform, desktop: FakeWin32
) -> None:
    desktop.set_foreground_works = lambda hwnd: len(desktop.named("SetForegroundWindow")) > 1
    platform.raise_window(CHAT)
    assert desktop.named("SetForegroundWindow") == [("SetForegroundWindow", CHAT)] * 2
    attaches = desktop.named("AttachThreadInput")
    assert [call[3] for call in attaches].count(True) == [call[3] for call in attaches].count(False) > 0
