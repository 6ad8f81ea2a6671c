"""Keystrokes meant for the widget never land in the customer's chat, at the edges of timing.

The real ``quickreply`` under Xvfb + openbox, a Tk window as the chat app
(where Return inserts a line break, so a stray Enter shows as one) and
xdotool as the agent's hands:

- the first hotkey press straight after start, with the chat focused 0 s before;
- the hotkey pressed twice in a row (an agent unsure it registered);
- Enter pressed twice, 0, 20 and 50 ms apart.

Each must put exactly the chosen reply into the chat, once, and nothing else.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.e2e.session import Desktop, Process, chat_text, wait_for_chat

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
]

WELCOME = "亲，欢迎光临测试旗舰店～有什么可以帮您？😊"
STARTS = 5


def start(desktop: Desktop, hotkey: str, config: str) -> Process:
    process = desktop.spawn(
        sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(DATA / "widget"),
        "--config-dir", str(desktop.tmp / config), "--hotkey", hotkey, "--log-level", "info",
        "--restore-delay", "200",
    )  # fmt: skip
    process.wait_for_line(f"hotkeys ready: {hotkey}", timeout=60)
    return process


def test_the_first_hotkey_right_after_start_opens_the_widget_and_keeps_typing_out_of_the_chat(
    desktop: Desktop, chat: Path
) -> None:
    for run in range(STARTS):
        hotkey = f"ctrl+alt+{'bcefh'[run]}"
        before = chat_text(chat)[0]
        desktop.activate("Chat target")
        process = start(desktop, hotkey, f"start-{run}")
        desktop.activate("Chat target")  # the agent is back in the chat: 0 s before the hotkey
        desktop.run("xdotool", "key", "--clearmodifiers", hotkey)
        desktop.wait_active("QuickReply")
        desktop.run("xdotool", "type", "--delay", "20", "hy")
        time.sleep(0.2)
        desktop.run("xdotool", "key", "Return")
        wait_for_chat(chat, before + WELCOME)
        process.stop()
    print(f"\nfirst hotkey after start: {STARTS} of {STARTS} starts pasted exactly the reply")


@pytest.fixture(scope="module")
def running(desktop: Desktop, chat: Path) -> Process:
    process = start(desktop, "ctrl+alt+j", "running")
    process.wait_for_line("shown at start without taking the keyboard")
    return process


def test_the_hotkey_pressed_twice_keeps_the_widget_open(
    desktop: Desktop, chat: Path, running: Process
) -> None:
    for presses in (2, 3):
        before = chat_text(chat)[0]
        desktop.activate("Chat target")
        desktop.run("xdotool", "key", "--clearmodifiers", *["ctrl+alt+j"] * presses)
        desktop.wait_active("QuickReply")
        time.sleep(0.1)
        desktop.run("xdotool", "type", "--delay", "20", "hy")
        time.sleep(0.2)
        assert desktop.active_window_name() == "QuickReply"
        desktop.run("xdotool", "key", "Return")
        wait_for_chat(chat, before + WELCOME)


@pytest.mark.parametrize("gap_ms", [0, 20, 50])
def test_enter_pressed_twice_pastes_once_and_sends_nothing_else(
    desktop: Desktop, chat: Path, running: Process, gap_ms: int
) -> None:
    before = chat_text(chat)[0]
    swallowed = "Enter again while a paste is in flight: ignored"
    earlier = sum(swallowed in line for line in running.lines)
    desktop.activate("Chat target")
    desktop.run("xdotool", "key", "--clearmodifiers", "ctrl+alt+j")
    desktop.wait_active("QuickReply")
    desktop.run("xdotool", "type", "--delay", "20", "hy")
    time.sleep(0.2)
    desktop.run("xdotool", "key", "--delay", str(gap_ms), "Return", "Return")
    wait_for_chat(chat, before + WELCOME)
    running.wait_for_line(swallowed, skip=earlier)  # the second Enter reached the widget, not the chat
