"""The real thing under Xvfb + openbox: hotkey, type, Enter, text in another app, clipboard intact.

An agent's whole flow, driven with xdotool against the real ``quickreply``
process and a separate Tk "chat app"; the clipboard is read back with xclip.
Skipped only where Xvfb is not installed (CI installs it).
"""

from __future__ import annotations

import json
import shutil
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.e2e.session import HERE, ROOT, Desktop, Process, chat_text

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
]

HOTKEY = "ctrl+alt+q"


def _png() -> bytes:
    """A real 2×2 PNG, built by hand so no image library is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes([255, 0, 0, 0, 255, 0]) for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


AGENT_TEXT = "agent's own note: 订单 A1001 / 주문 확인"
AGENT_HTML = "<b>agent's</b> own note"
AGENT_PNG = _png()


@pytest.fixture(scope="module")
def agent_clipboard(desktop: Desktop) -> None:
    folder = desktop.tmp / "clip"
    folder.mkdir()
    (folder / "text").write_text(AGENT_TEXT, encoding="utf-8")
    (folder / "html").write_text(AGENT_HTML, encoding="utf-8")
    (folder / "png").write_bytes(AGENT_PNG)
    owner = desktop.spawn(sys.executable, str(HERE / "clipboard_owner.py"), str(folder))
    deadline = time.monotonic() + 10
    while desktop.clipboard("image/png") != AGENT_PNG:
        assert time.monotonic() < deadline, owner.lines
        time.sleep(0.05)


@pytest.fixture(scope="module")
def quickreply(desktop: Desktop, chat: Path, agent_clipboard: None) -> Process:
    started = time.monotonic()
    process = desktop.spawn(
        sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(DATA / "widget"),
        "--config-dir", str(desktop.tmp / "config"), "--hotkey", HOTKEY, "--log-level", "info",
        "--restore-delay", "400",
    )  # fmt: skip
    process.wait_for_line("hotkeys ready: ctrl+alt+q")
    print(f"\nstart to 'hotkeys ready' (test playbook): {time.monotonic() - started:.2f} s")
    process.wait_for_line("ready with")
    process.wait_for_line("shown at start without taking the keyboard")
    return process


def paste_through_widget(
    desktop: Desktop, quickreply: Process, chat: Path, query: str, expected_text: str, hotkey: str = HOTKEY
) -> tuple[float, float]:
    """Focus the chat, hotkey, type, Enter; returns (hotkey→search box, Enter→text) in ms."""
    desktop.activate("Chat target")
    pressed = time.time()
    desktop.run("xdotool", "key", "--clearmodifiers", hotkey)
    desktop.wait_active("QuickReply")  # polls xdotool: an upper bound of the real time
    summoned_ms = (time.time() - pressed) * 1000
    desktop.run("xdotool", "type", "--delay", "30", query)
    time.sleep(0.2)
    enter = time.time()
    desktop.run("xdotool", "key", "Return")
    deadline = time.monotonic() + 5
    while chat_text(chat)[0] != expected_text:
        assert time.monotonic() < deadline, f"chat holds {chat_text(chat)[0]!r}, expected {expected_text!r}"
        time.sleep(0.01)
    return summoned_ms, (chat_text(chat)[1] - enter) * 1000


def assert_agent_clipboard_is_back(desktop: Desktop) -> None:
    deadline = time.monotonic() + 5
    while desktop.clipboard("UTF8_STRING").decode("utf-8", "replace") != AGENT_TEXT:
        assert time.monotonic() < deadline, desktop.clipboard("UTF8_STRING")
        time.sleep(0.05)
    assert desktop.clipboard("UTF8_STRING") == AGENT_TEXT.encode()
    assert desktop.clipboard("text/html") == AGENT_HTML.encode()
    assert desktop.clipboard("image/png") == AGENT_PNG


def test_a_reply_lands_in_the_chat_and_the_clipboard_comes_back(
    desktop: Desktop, chat: Path, quickreply: Process
) -> None:
    welcome = "亲，欢迎光临测试旗舰店～有什么可以帮您？😊"
    summoned, pasted = paste_through_widget(desktop, quickreply, chat, "hy", welcome)
    assert_agent_clipboard_is_back(desktop)
    korean = welcome + "고객님, 주문하신 상품은 오늘 발송됩니다.\n내일 도착 예정이에요! 🚚"
    summoned_2, pasted_2 = paste_through_widget(desktop, quickreply, chat, "bs", korean)
    assert_agent_clipboard_is_back(desktop)
    print(f"\nhotkey → search box focused: {summoned:.0f} ms, {summoned_2:.0f} ms")
    print(f"Enter → text in the chat: {pasted:.0f} ms, {pasted_2:.0f} ms")


def test_a_multi_part_reply_goes_out_part_by_part_the_hotkey_offering_each(
    desktop: Desktop, chat: Path, quickreply: Process
) -> None:
    before = chat_text(chat)[0]
    paste_through_widget(desktop, quickreply, chat, "th", before + "第一步：在订单页点“申请退货”。")
    desktop.activate("Chat target")
    desktop.run("xdotool", "key", "--clearmodifiers", HOTKEY)  # the window offers part 2 first
    desktop.wait_active("QuickReply")
    time.sleep(0.2)
    assert chat_text(chat)[0] == before + "第一步：在订单页点“申请退货”。"  # nothing pasted blind
    desktop.run("xdotool", "key", "Return")
    expected = before + "第一步：在订单页点“申请退货”。第二步：填写退货快递单号。"
    deadline = time.monotonic() + 5
    while chat_text(chat)[0] != expected:
        assert time.monotonic() < deadline, chat_text(chat)[0]
        time.sleep(0.02)
    assert_agent_clipboard_is_back(desktop)


def test_the_reply_chosen_after_a_prefix_comes_first_when_it_is_typed_again(
    desktop: Desktop, chat: Path, quickreply: Process
) -> None:
    """b lists 배송 언제 되나요 first (bs is its code, typed before); the agent arrows down to
    能便宜点吗, twice. The third time, b and Enter send 能便宜点吗."""
    discount = "亲，这已经是活动价啦～"
    sent = chat_text(chat)[0]
    for _time in range(2):
        desktop.activate("Chat target")
        desktop.run("xdotool", "key", "--clearmodifiers", HOTKEY)
        desktop.wait_active("QuickReply")
        desktop.run("xdotool", "type", "--delay", "30", "b")
        time.sleep(0.2)
        desktop.run("xdotool", "key", "Down")
        time.sleep(0.1)
        desktop.run("xdotool", "key", "Return")
        sent += discount
        deadline = time.monotonic() + 5
        while chat_text(chat)[0] != sent:
            assert time.monotonic() < deadline, chat_text(chat)[0]
            time.sleep(0.02)
        time.sleep(0.5)  # what "b" led to is recorded once the keystroke is out
    paste_through_widget(desktop, quickreply, chat, "b", sent + discount)
    assert_agent_clipboard_is_back(desktop)


def test_a_second_launch_shows_the_running_copy_and_exits(desktop: Desktop, quickreply: Process) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--config-dir", str(desktop.tmp / "config")],
        env=desktop.env, capture_output=True, timeout=30, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0
    assert b"already running" in done.stderr
    desktop.wait_active("QuickReply")
    desktop.run("xdotool", "key", "Escape")


def test_a_hotkey_grabbed_by_another_program_is_reported(desktop: Desktop, quickreply: Process) -> None:
    second = desktop.spawn(
        sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(DATA / "widget"),
        "--config-dir", str(desktop.tmp / "other-config"), "--hotkey", HOTKEY, "--log-level", "info",
    )  # fmt: skip
    line = second.wait_for_line("hotkey ctrl+alt+q is already taken by another program")
    assert "choose another combination" in line
    second.wait_for_line("ready with")
    assert second.popen.poll() is None  # still usable: search and copy work without the hotkey
    second.stop()


def test_typing_the_reply_for_apps_that_block_pasting_leaves_the_clipboard_alone(
    desktop: Desktop, chat: Path, quickreply: Process
) -> None:
    config = desktop.tmp / "typing-config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps({"schema_version": 1, "paste_method": "type", "countdown_on_summon": False}),
        encoding="utf-8",
    )
    typing = desktop.spawn(
        sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(DATA / "widget"),
        "--config-dir", str(config), "--hotkey", "ctrl+alt+y", "--log-level", "info",
    )  # fmt: skip
    typing.wait_for_line("hotkeys ready: ctrl+alt+y")
    typing.wait_for_line("ready with")
    typing.wait_for_line("shown at start without taking the keyboard")
    before = chat_text(chat)[0]
    desktop.activate("Chat target")
    desktop.run("xdotool", "key", "--clearmodifiers", "ctrl+alt+y")
    desktop.wait_active("QuickReply")
    desktop.run("xdotool", "type", "--delay", "30", "bs")
    time.sleep(0.2)
    desktop.run("xdotool", "key", "Return")
    expected = before + "고객님, 주문하신 상품은 오늘 발송됩니다.\n내일 도착 예정이에요! 🚚"
    deadline = time.monotonic() + 10
    while chat_text(chat)[0] != expected:
        assert time.monotonic() < deadline, chat_text(chat)[0]
        time.sleep(0.05)
    assert desktop.clipboard("UTF8_STRING") == AGENT_TEXT.encode()  # never touched
    typing.stop()


# Last in this file: the copy that quits took the clipboard over with its restore,
# and on a bare X server (no clipboard manager) what a quitting program owns is gone.
def test_sigterm_after_a_paste_quits_cleanly_and_keeps_the_shift_record(
    desktop: Desktop, chat: Path, agent_clipboard: None
) -> None:
    config = desktop.tmp / "quit-config"
    quitting = desktop.spawn(
        sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(DATA / "widget"),
        "--config-dir", str(config), "--hotkey", "ctrl+alt+w", "--log-level", "info",
        "--restore-delay", "200",
    )  # fmt: skip
    quitting.wait_for_line("hotkeys ready: ctrl+alt+w")
    quitting.wait_for_line("ready with")
    quitting.wait_for_line("shown at start without taking the keyboard")
    before = chat_text(chat)[0]
    shipped = "고객님, 주문하신 상품은 오늘 발송됩니다.\n내일 도착 예정이에요! 🚚"
    paste_through_widget(desktop, quitting, chat, "bs", before + shipped, hotkey="ctrl+alt+w")
    assert_agent_clipboard_is_back(desktop)  # the quitting copy now holds the agent's clipboard
    quitting.popen.send_signal(signal.SIGTERM)
    assert quitting.popen.wait(10) == 0  # not killed, and no crash while Qt tears down
    quitting.wait_for_line("quitting on SIGTERM")
    # A bare X server runs no clipboard manager: the agent is told what quitting costs.
    quitting.wait_for_line("no clipboard manager runs")
    quitting.wait_for_line("closed cleanly")
    stats = config / "data" / "stats.sqlite3"
    assert stats.exists()
    assert not stats.with_name("stats.sqlite3-wal").exists()  # closed: the log was folded in
    report = subprocess.run(
        [sys.executable, "-m", "desktop", "--config-dir", str(config), "stats", "--json"],
        env=desktop.env, capture_output=True, timeout=30, cwd=ROOT, check=True,
    )  # fmt: skip
    assert json.loads(report.stdout)["pastes"]["count"] == 1
