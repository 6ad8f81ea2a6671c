"""A clipboard owner that stops answering must not freeze the widget or delay the reply.

The agent's clipboard belongs to a program that hangs (SIGSTOP here: a frozen
browser tab, a remote session): asking it for its formats gets no answer. The
reply must still go into the chat at once, and the widget must say that the
old clipboard could not be kept, instead of freezing for Qt's 5 s per format.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.e2e.session import HERE, Desktop, Process, chat_text

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
]
HOTKEY = "ctrl+alt+j"


@pytest.fixture(scope="module")
def frozen_owner(desktop: Desktop) -> Process:
    folder = desktop.tmp / "clip"
    folder.mkdir()
    (folder / "text").write_text("the agent's note", encoding="utf-8")
    (folder / "html").write_text("<b>note</b>", encoding="utf-8")
    (folder / "png").write_bytes(b"\x89PNG not really")
    owner = desktop.spawn(sys.executable, str(HERE / "clipboard_owner.py"), str(folder))
    deadline = time.monotonic() + 10
    while desktop.clipboard("UTF8_STRING") != b"the agent's note":
        assert time.monotonic() < deadline, owner.lines
        time.sleep(0.05)
    os.kill(owner.popen.pid, signal.SIGSTOP)
    return owner


@pytest.fixture(scope="module")
def quickreply(desktop: Desktop, chat: Path, frozen_owner: Process) -> Process:
    process = desktop.spawn(
        sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(DATA / "widget"),
        "--config-dir", str(desktop.tmp / "config"), "--hotkey", HOTKEY, "--log-level", "info",
    )  # fmt: skip
    process.wait_for_line("ready with")
    process.wait_for_line("shown at start without taking the keyboard")
    yield process
    os.kill(frozen_owner.popen.pid, signal.SIGCONT)


def test_the_reply_goes_in_at_once_and_the_agent_learns_the_old_clipboard_was_unreadable(
    desktop: Desktop, chat: Path, quickreply: Process
) -> None:
    welcome = "亲，欢迎光临测试旗舰店～有什么可以帮您？😊"
    desktop.activate("Chat target")
    desktop.run("xdotool", "key", "--clearmodifiers", HOTKEY)
    desktop.wait_active("QuickReply")
    desktop.run("xdotool", "type", "--delay", "30", "hy")
    time.sleep(0.2)
    enter = time.time()
    desktop.run("xdotool", "key", "Return")
    deadline = time.monotonic() + 20
    while chat_text(chat)[0] != welcome:
        assert time.monotonic() < deadline, chat_text(chat)[0]
        time.sleep(0.01)
    took_ms = (chat_text(chat)[1] - enter) * 1000
    print(f"\nEnter → text with a frozen clipboard owner: {took_ms:.0f} ms")
    assert took_ms < 1500
    quickreply.wait_for_line("Your own clipboard could not be kept", timeout=5)
