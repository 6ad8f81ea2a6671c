"""Which apps are watched, which watcher each session gets, and the Windows watcher against a fake."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.platform import windows_attention as wa
from desktop.platform.attention import (
    BROWSERS,
    DEFAULT_WATCHED_APPS,
    NoAttentionWatcher,
    WatchedApps,
    create_attention_watcher,
)
from desktop.platform.base import Target
from desktop.platform.windows import MSG, NATIVE_MSG
from tests.conftest import ManualClock

# --- WatchedApps ------------------------------------------------------------------


@pytest.mark.parametrize(
    "app",
    [
        "AliWorkBench",
        "aliworkbench",
        "AliWorkBench.exe",
        "ALIWORKBENCH.EXE",
        "qianniu",
        "WeChat",
        "WeChat.exe",
        "wechat",
        "Weixin.exe",
        "KakaoTalk",
        "kakaotalk.exe",
    ],
)
def test_the_default_chat_apps_are_watched_in_any_case_with_or_without_exe(app: str) -> None:
    assert DEFAULT_WATCHED_APPS.matches(app)


@pytest.mark.parametrize("app", [*BROWSERS, "chrome.exe", "Firefox", "explorer.exe", "", "  ", ".exe"])
def test_browsers_and_everything_else_are_not_watched_by_default(app: str) -> None:
    assert not DEFAULT_WATCHED_APPS.matches(app)


def test_a_name_listed_with_exe_matches_the_bare_name_too() -> None:
    watched = WatchedApps(("Shop.exe",))
    assert watched.matches("shop")
    assert watched.matches("SHOP.EXE")
    assert not watched.matches("shopping.exe")
    assert not watched.matches("shop.exe.bak")


def test_browsers_can_be_added_to_the_watched_apps() -> None:
    watched = WatchedApps(DEFAULT_WATCHED_APPS.names + BROWSERS)
    assert watched.matches("msedge.exe")
    assert watched.matches("wechat")


def test_no_names_watch_nothing() -> None:
    assert not WatchedApps(()).matches("wechat")


def test_a_single_string_is_refused_rather_than_watched_letter_by_letter() -> None:
    with pytest.raises(TypeError, match="tuple of names"):
        WatchedApps("wechat")  # type: ignore[arg-type]


# --- choosing a watcher ----------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "reason"),
    [("macos", "macOS"), ("wayland", "Wayland"), ("unknown", "no desktop session"), ("beos", "no desktop")],
)
def test_sessions_without_an_attention_signal_get_an_explained_no_op_watcher(kind: str, reason: str) -> None:
    watcher = create_attention_watcher(kind, DEFAULT_WATCHED_APPS)
    assert isinstance(watcher, NoAttentionWatcher)
    assert watcher.supported is False
    assert reason in watcher.explanation
    assert watcher.explanation.endswith("manual starts only")
    reported: list[Target] = []
    watcher.start(reported.append)
    watcher.stop()
    watcher.stop()
    assert reported == []


@pytest.mark.skipif(sys.platform == "win32", reason="checks the behaviour off Windows")
def test_windows_off_windows_is_unsupported_and_says_why() -> None:
    watcher = create_attention_watcher("windows", DEFAULT_WATCHED_APPS)
    assert watcher.supported is False
    assert "only on Windows" in watcher.explanation
    assert "manual starts only" in watcher.explanation


def test_an_x11_session_whose_display_cannot_be_opened_is_unsupported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("Xlib")
    monkeypatch.setenv("DISPLAY", ":4093")  # no server listens there
    watcher = create_attention_watcher("x11", DEFAULT_WATCHED_APPS)
    assert watcher.supported is False
    assert "X display could not be opened" in watcher.explanation
    assert "manual starts only" in watcher.explanation


IMPORT_CHECK = """
import sys
before = set(sys.modules)
import desktop.platform.attention
import desktop.platform.x11_attention
import desktop.platform.windows_attention
loaded = set(sys.modules) - before
heavy = {"PySide6", "shiboken6", "Xlib"}
print(",".join(sorted(name for name in loaded if name.split(".")[0] in heavy)))
"""


def test_the_watcher_modules_import_on_any_os_without_loading_os_libraries() -> None:
    output = subprocess.run([sys.executable, "-c", IMPORT_CHECK], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == ""
    assert output.stderr == ""


# --- the Windows watcher, against a fake Win32 API --------------------------------

CHAT = 0x1001
CHAT_2 = 0x1002
BROWSER = 0x2001
LOCKED = 0x3001  # a process QuickReply may not query
SHELLHOOK_ID = 0xC123


class FakeShellHook:
    """Windows as plain data; records the calls that change something."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []
        self.message_id = SHELLHOOK_ID
        self.register_works = True
        self.processes = {CHAT: 11, CHAT_2: 11, BROWSER: 22, LOCKED: 33}
        self.paths = {
            11: r"C:\Program Files\AliWorkBench\AliWorkBench.exe",
            22: r"C:\Program Files\Google\Chrome\Application\chrome.exe",
        }
        self.titles = {CHAT: "王女士 - 千牛", CHAT_2: "李先生 - 千牛", BROWSER: "淘宝网", LOCKED: "secret"}
        self.lookups = 0

    def register_window_message(self, name: str) -> int:
        self.calls.append(("RegisterWindowMessageW", name))
        return self.message_id

    def register_shell_hook_window(self, hwnd: int) -> bool:
        self.calls.append(("RegisterShellHookWindow", hwnd))
        return self.register_works

    def deregister_shell_hook_window(self, hwnd: int) -> bool:
        self.calls.append(("DeregisterShellHookWindow", hwnd))
        return True

    def window_title(self, hwnd: int) -> str:
        return self.titles.get(hwnd, "")

    def window_thread_process(self, hwnd: int) -> tuple[int, int]:
        self.lookups += 1
        pid = self.processes.get(hwnd, 0)
        return (pid * 10 if pid else 0), pid

    def process_image_path(self, pid: int) -> str | None:
        return self.paths.get(pid)


@pytest.fixture
def api() -> FakeShellHook:
    return FakeShellHook()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(100.0)


@pytest.fixture
def reports() -> list[Target]:
    return []


@pytest.fixture
def watcher(
    api: FakeShellHook, clock: ManualClock, reports: list[Target], qapp: object
) -> Iterator[wa.WindowsAttentionWatcher]:
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS, api, clock=clock)
    watcher.start(reports.append)
    yield watcher
    watcher.stop()


def shell_msg(
    watcher: wa.WindowsAttentionWatcher, code: int, window: int, *, message: int = SHELLHOOK_ID
) -> MSG:
    return MSG(hwnd=watcher._hwnd, message=message, wParam=code, lParam=window)


def deliver(
    watcher: wa.WindowsAttentionWatcher, msg: MSG, event_type: bytes = NATIVE_MSG
) -> tuple[bool, int]:
    """Pass ``msg`` through the Qt native event filter the watcher installed."""
    from PySide6.QtCore import QByteArray

    event_filter = watcher._filter
    assert event_filter is not None
    # PySide6's stub says object; our filter returns (handled, result).
    outcome: Any = event_filter.nativeEventFilter(QByteArray(event_type), ctypes.addressof(msg))
    return bool(outcome[0]), int(outcome[1])


def test_shell_codes_have_their_winuser_values() -> None:
    assert (wa.HSHELL_FLASH, wa.HSHELL_RUDEAPPACTIVATED, wa.HSHELL_WINDOWACTIVATED) == (0x8006, 0x8004, 4)


def test_read_shell_msg_gives_handles_as_unsigned_numbers() -> None:
    msg = MSG(hwnd=0x42, message=SHELLHOOK_ID, wParam=wa.HSHELL_FLASH, lParam=-2)
    hwnd, message, code, window = wa.read_shell_msg(ctypes.addressof(msg))
    assert (hwnd, message, code) == (0x42, SHELLHOOK_ID, wa.HSHELL_FLASH)
    assert window == 2 ** (8 * ctypes.sizeof(ctypes.c_void_p)) - 2


@pytest.mark.gui
def test_start_registers_a_hidden_qt_window_for_the_shellhook_message(
    watcher: wa.WindowsAttentionWatcher, api: FakeShellHook
) -> None:
    assert watcher._widget is not None
    assert watcher._widget.isVisible() is False
    assert watcher._hwnd == int(watcher._widget.winId()) != 0
    assert api.calls == [
        ("RegisterWindowMessageW", "SHELLHOOK"),
        ("RegisterShellHookWindow", watcher._hwnd),
    ]


@pytest.mark.gui
def test_a_flashing_watched_window_is_reported_with_title_and_executable(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target]
) -> None:
    assert deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT)) == (True, 0)
    assert reports == [Target(CHAT, "王女士 - 千牛", "AliWorkBench.exe")]


@pytest.mark.gui
@pytest.mark.parametrize(
    "code",
    [wa.HSHELL_REDRAW, 1, wa.HSHELL_WINDOWACTIVATED, wa.HSHELL_RUDEAPPACTIVATED, wa.HSHELL_WINDOWDESTROYED],
)
def test_other_shell_codes_report_nothing(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], code: int
) -> None:
    assert deliver(watcher, shell_msg(watcher, code, CHAT)) == (True, 0)
    assert reports == []


@pytest.mark.gui
def test_messages_not_for_our_hook_window_are_left_alone(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target]
) -> None:
    other_message = shell_msg(watcher, wa.HSHELL_FLASH, CHAT, message=0x0312)
    other_window = MSG(hwnd=watcher._hwnd + 1, message=SHELLHOOK_ID, wParam=wa.HSHELL_FLASH, lParam=CHAT)
    for msg in (other_message, other_window):
        assert deliver(watcher, msg) == (False, 0)
    dispatcher = shell_msg(watcher, wa.HSHELL_FLASH, CHAT)
    assert deliver(watcher, dispatcher, b"windows_dispatcher_MSG") == (False, 0)
    assert reports == []


@pytest.mark.gui
@pytest.mark.parametrize("window", [BROWSER, LOCKED, 0x9999])
def test_unwatched_or_unknown_apps_are_ignored(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], window: int
) -> None:
    assert deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, window)) == (True, 0)
    assert reports == []


@pytest.mark.gui
def test_one_flash_episode_is_one_report_however_often_it_blinks(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], clock: ManualClock, api: FakeShellHook
) -> None:
    for _ in range(10):
        deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT))
        deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, BROWSER))
        clock.now += 0.5
    assert [target.handle for target in reports] == [CHAT]
    assert api.lookups == 2  # the process is looked up once per episode, not per blink
    deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT_2))
    assert [target.handle for target in reports] == [CHAT, CHAT_2]


@pytest.mark.gui
@pytest.mark.parametrize(
    "code", [wa.HSHELL_WINDOWACTIVATED, wa.HSHELL_RUDEAPPACTIVATED, wa.HSHELL_WINDOWDESTROYED]
)
def test_a_window_flashes_anew_once_activated_or_closed(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], code: int
) -> None:
    deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT))
    deliver(watcher, shell_msg(watcher, code, CHAT_2))  # another window's activation changes nothing
    deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT))
    deliver(watcher, shell_msg(watcher, code, CHAT))
    deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT))
    assert [target.handle for target in reports] == [CHAT, CHAT]


@pytest.mark.gui
def test_a_window_quiet_for_a_while_flashes_anew(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], clock: ManualClock
) -> None:
    deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT))
    clock.now += wa.FLASH_QUIET_S - 0.1
    deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT))
    clock.now += wa.FLASH_QUIET_S
    deliver(watcher, shell_msg(watcher, wa.HSHELL_FLASH, CHAT))
    assert [target.handle for target in reports] == [CHAT, CHAT]


@pytest.mark.gui
def test_stop_deregisters_removes_the_filter_and_is_idempotent(
    api: FakeShellHook, clock: ManualClock, reports: list[Target], qapp: object
) -> None:
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS, api, clock=clock)
    watcher.start(reports.append)
    hwnd = watcher._hwnd
    msg = shell_msg(watcher, wa.HSHELL_FLASH, CHAT)
    watcher.stop()
    watcher.stop()
    assert api.calls[-1] == ("DeregisterShellHookWindow", hwnd)
    assert [call[0] for call in api.calls].count("DeregisterShellHookWindow") == 1
    assert watcher._filter is None
    assert watcher.handle_native_event(NATIVE_MSG, ctypes.addressof(msg)) is False
    assert reports == []


@pytest.mark.gui
def test_a_refused_registration_raises_and_leaves_nothing_behind(
    api: FakeShellHook, reports: list[Target], qapp: object
) -> None:
    api.register_works = False
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS, api)
    with pytest.raises(OSError, match="RegisterShellHookWindow"):
        watcher.start(reports.append)
    assert watcher._filter is None
    assert watcher._widget is None
    assert [call[0] for call in api.calls] == ["RegisterWindowMessageW", "RegisterShellHookWindow"]
    watcher.stop()
    assert len(api.calls) == 2


@pytest.mark.gui
def test_starting_twice_is_a_mistake(watcher: wa.WindowsAttentionWatcher) -> None:
    with pytest.raises(RuntimeError, match="already started"):
        watcher.start(lambda target: None)


def test_no_message_id_means_no_watching(api: FakeShellHook) -> None:
    api.message_id = 0
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS, api)
    with pytest.raises(OSError, match="SHELLHOOK"):
        watcher.start(lambda target: None)
    assert api.calls == [("RegisterWindowMessageW", "SHELLHOOK")]


@pytest.mark.skipif(sys.platform == "win32", reason="checks the behaviour off Windows")
def test_the_real_api_is_only_created_on_windows() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS)


@pytest.mark.skipif(sys.platform != "win32", reason="needs the Win32 API")
def test_the_real_api_registers_and_releases_a_shell_hook_window(qapp: object) -> None:
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS)
    watcher.start(lambda target: None)
    assert watcher._message_id >= 0xC000  # registered messages live in 0xC000–0xFFFF
    watcher.stop()
