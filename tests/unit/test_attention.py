"""Which apps are watched, which watcher each session gets, and the Windows watcher against a fake."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from collections.abc import Callable, Iterator

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
    """Windows as plain data; records the calls that change something.

    A window's messages reach the procedure it was created with, whichever
    loop dispatches them (WindowProc, "Window Procedures" in the Win32 docs):
    ``post`` hands one to it, as DispatchMessage would.
    """

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []
        self.message_id = SHELLHOOK_ID
        self.register_works = True
        self.window_works = True
        self.windows: dict[int, tuple[Callable[[int, int, int], bool], bool]] = {}
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

    def create_message_window(
        self, on_message: Callable[[int, int, int], bool], *, message_only: bool
    ) -> int:
        self.calls.append(("CreateWindowExW", "HWND_MESSAGE" if message_only else "hidden top-level"))
        if not self.window_works:
            return 0
        hwnd = 0x7700 + len(self.windows)
        self.windows[hwnd] = (on_message, message_only)
        return hwnd

    def destroy_window(self, hwnd: int) -> None:
        self.calls.append(("DestroyWindow", hwnd))
        self.windows.pop(hwnd)

    def post(self, hwnd: int, message: int, w_param: int, l_param: int) -> bool:
        """Dispatch one message to ``hwnd``'s procedure; whether it handled it (a gone window: no)."""
        procedure = self.windows.get(hwnd)
        return procedure is not None and procedure[0](message, w_param, l_param)

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
    api: FakeShellHook, clock: ManualClock, reports: list[Target]
) -> Iterator[wa.WindowsAttentionWatcher]:
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS, api, clock=clock)
    watcher.start(reports.append)
    yield watcher
    watcher.stop()


def deliver(
    api: FakeShellHook,
    watcher: wa.WindowsAttentionWatcher,
    code: int,
    window: int,
    *,
    message: int = SHELLHOOK_ID,
) -> bool:
    """The shell posts ``message`` (code, window) to the watcher's hook window."""
    return api.post(watcher._hwnd, message, code, window)


def test_shell_codes_have_their_winuser_values() -> None:
    assert (wa.HSHELL_FLASH, wa.HSHELL_RUDEAPPACTIVATED, wa.HSHELL_WINDOWACTIVATED) == (0x8006, 0x8004, 4)


def test_an_lparam_gives_the_window_handle_as_an_unsigned_number() -> None:
    assert wa.unsigned(-2) == 2 ** (8 * ctypes.sizeof(ctypes.c_void_p)) - 2
    assert wa.unsigned(0x1000) == 0x1000


def test_start_registers_a_hidden_top_level_window_of_our_own_for_the_shellhook_message(
    watcher: wa.WindowsAttentionWatcher, api: FakeShellHook
) -> None:
    # Not a Qt widget's winId(): under another Qt platform plugin (offscreen in CI) that is a
    # counter, not a window. Not message-only: shell hook messages go to top-level windows.
    assert api.calls == [
        ("RegisterWindowMessageW", "SHELLHOOK"),
        ("CreateWindowExW", "hidden top-level"),
        ("RegisterShellHookWindow", watcher._hwnd),
    ]


def test_a_flashing_watched_window_is_reported_with_title_and_executable(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], api: FakeShellHook
) -> None:
    assert deliver(api, watcher, wa.HSHELL_FLASH, CHAT)
    assert reports == [Target(CHAT, "王女士 - 千牛", "AliWorkBench.exe")]


@pytest.mark.parametrize(
    "code",
    [wa.HSHELL_REDRAW, 1, wa.HSHELL_WINDOWACTIVATED, wa.HSHELL_RUDEAPPACTIVATED, wa.HSHELL_WINDOWDESTROYED],
)
def test_other_shell_codes_report_nothing(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], code: int, api: FakeShellHook
) -> None:
    assert deliver(api, watcher, code, CHAT)
    assert reports == []


def test_other_messages_go_on_to_the_default_window_procedure(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], api: FakeShellHook
) -> None:
    assert not deliver(api, watcher, wa.HSHELL_FLASH, CHAT, message=0x0312)
    assert not api.post(watcher._hwnd + 1, SHELLHOOK_ID, wa.HSHELL_FLASH, CHAT)  # not our window
    assert reports == []


@pytest.mark.parametrize("window", [BROWSER, LOCKED, 0x9999])
def test_unwatched_or_unknown_apps_are_ignored(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], window: int, api: FakeShellHook
) -> None:
    assert deliver(api, watcher, wa.HSHELL_FLASH, window)
    assert reports == []


def test_one_flash_episode_is_one_report_however_often_it_blinks(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], clock: ManualClock, api: FakeShellHook
) -> None:
    for _ in range(10):
        deliver(api, watcher, wa.HSHELL_FLASH, CHAT)
        deliver(api, watcher, wa.HSHELL_FLASH, BROWSER)
        clock.now += 0.5
    assert [target.handle for target in reports] == [CHAT]
    assert api.lookups == 2  # the process is looked up once per episode, not per blink
    deliver(api, watcher, wa.HSHELL_FLASH, CHAT_2)
    assert [target.handle for target in reports] == [CHAT, CHAT_2]


@pytest.mark.parametrize(
    "code", [wa.HSHELL_WINDOWACTIVATED, wa.HSHELL_RUDEAPPACTIVATED, wa.HSHELL_WINDOWDESTROYED]
)
def test_a_window_flashes_anew_once_activated_or_closed(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], code: int, api: FakeShellHook
) -> None:
    deliver(api, watcher, wa.HSHELL_FLASH, CHAT)
    deliver(api, watcher, code, CHAT_2)  # another window's activation changes nothing
    deliver(api, watcher, wa.HSHELL_FLASH, CHAT)
    deliver(api, watcher, code, CHAT)
    deliver(api, watcher, wa.HSHELL_FLASH, CHAT)
    assert [target.handle for target in reports] == [CHAT, CHAT]


def test_a_window_quiet_for_a_while_flashes_anew(
    watcher: wa.WindowsAttentionWatcher, reports: list[Target], clock: ManualClock, api: FakeShellHook
) -> None:
    deliver(api, watcher, wa.HSHELL_FLASH, CHAT)
    clock.now += wa.FLASH_QUIET_S - 0.1
    deliver(api, watcher, wa.HSHELL_FLASH, CHAT)
    clock.now += wa.FLASH_QUIET_S
    deliver(api, watcher, wa.HSHELL_FLASH, CHAT)
    assert [target.handle for target in reports] == [CHAT, CHAT]


def test_stop_deregisters_destroys_the_window_and_is_idempotent(
    api: FakeShellHook, clock: ManualClock, reports: list[Target]
) -> None:
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS, api, clock=clock)
    watcher.start(reports.append)
    hwnd = watcher._hwnd
    watcher.stop()
    watcher.stop()
    assert api.calls[-2:] == [("DeregisterShellHookWindow", hwnd), ("DestroyWindow", hwnd)]
    assert [call[0] for call in api.calls].count("DeregisterShellHookWindow") == 1
    assert not api.post(hwnd, SHELLHOOK_ID, wa.HSHELL_FLASH, CHAT)
    assert reports == []


def test_a_refused_registration_raises_and_leaves_nothing_behind(
    api: FakeShellHook, reports: list[Target]
) -> None:
    api.register_works = False
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS, api)
    with pytest.raises(OSError, match="RegisterShellHookWindow"):
        watcher.start(reports.append)
    assert api.windows == {}
    names = ["RegisterWindowMessageW", "CreateWindowExW", "RegisterShellHookWindow", "DestroyWindow"]
    assert [call[0] for call in api.calls] == names
    watcher.stop()
    assert len(api.calls) == 4


def test_a_window_windows_will_not_create_is_an_error_naming_it(api: FakeShellHook) -> None:
    api.window_works = False
    with pytest.raises(OSError, match="hidden window"):
        wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS, api).start(lambda target: None)


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
def test_the_real_api_registers_and_releases_a_shell_hook_window() -> None:
    watcher = wa.WindowsAttentionWatcher(DEFAULT_WATCHED_APPS)
    watcher.start(lambda target: None)
    assert watcher._message_id >= 0xC000  # registered messages live in 0xC000–0xFFFF
    watcher.stop()
