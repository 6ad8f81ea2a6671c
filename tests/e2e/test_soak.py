"""A shift in a minute: thousands of real keystrokes into the running widget, then one exact paste.

The real ``quickreply`` on the bundled playbooks under Xvfb + openbox, a reply
countdown ticking throughout, the agent summoning it from the chat 40 times
and typing 60 characters each time (2,400 keystrokes through xdotool); for the
second half the Today panel and the Settings window are open too. Any crash,
traceback or lost summon fails the test, and at the end a real paste must
land in the chat exactly with the agent's clipboard given back. This is the
test that found PySide6 6.12.0 on Python 3.11 aborting after about 1,200
keystrokes (packaging/holds.txt).
"""

from __future__ import annotations

import shutil
import sys
import time

import pytest

from tests.e2e.session import HERE, Desktop, Process, chat_text, open_chat

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
]

HOTKEY = "ctrl+alt+s"
SUMMONS = 40
CHARACTERS_PER_SUMMON = 60
# What agents type: pinyin, initials, English words with typos, shortcut codes.
TYPING = "fahuo shijian tuihuo jh kuaidi dao nali refnd wen invoice bs hy baoyou xl size guide "
AGENT_TEXT = "agent's own note: 退款单 R-2207 / 교환 접수"
SOAK_REPLY = "亲，这是长跑测试的回复：订单已为您加急处理 🚀\nThanks for waiting — 감사합니다!"
SOAK_PLAYBOOK = f"""\
name: soak
language: zh-CN
entries:
  - id: soak.check
    category: 测试
    question: 长跑测试结束
    reply: |-
      {SOAK_REPLY.replace(chr(10), chr(10) + " " * 6)}
    code: soakcheck
"""


def _own_clipboard(desktop: Desktop) -> None:
    folder = desktop.tmp / "clip"
    folder.mkdir()
    (folder / "text").write_text(AGENT_TEXT, encoding="utf-8")
    (folder / "html").write_text(f"<i>{AGENT_TEXT}</i>", encoding="utf-8")
    (folder / "png").write_bytes(b"")
    desktop.spawn(sys.executable, str(HERE / "clipboard_owner.py"), str(folder))
    deadline = time.monotonic() + 10
    while desktop.clipboard("UTF8_STRING").decode("utf-8", "replace") != AGENT_TEXT:
        assert time.monotonic() < deadline, "the agent's clipboard was never set"
        time.sleep(0.05)


def _alive(quickreply: Process, when: str) -> None:
    assert quickreply.popen.poll() is None, (
        f"quickreply exited with {quickreply.popen.returncode} {when}:\n" + "\n".join(quickreply.lines[-40:])
    )
    fatal = [line for line in quickreply.lines if "Fatal Python error" in line or "Traceback" in line]
    assert not fatal, f"{when}:\n" + "\n".join(quickreply.lines[-40:])


def test_thousands_of_keystrokes_with_countdowns_and_panels_open_then_an_exact_paste(
    desktop: Desktop,
) -> None:
    chat = open_chat(desktop)
    _own_clipboard(desktop)
    playbooks = desktop.tmp / "playbooks"
    playbooks.mkdir()
    (playbooks / "soak.yaml").write_text(SOAK_PLAYBOOK, encoding="utf-8")
    config = desktop.tmp / "config"
    command = [
        sys.executable, "-m", "desktop", "--playbooks", str(playbooks), "--config-dir", str(config),
        "--hotkey", HOTKEY, "--log-level", "info", "--restore-delay", "300",
    ]  # fmt: skip
    quickreply = desktop.spawn(*command)
    quickreply.wait_for_line(f"hotkeys ready: {HOTKEY}", timeout=60)
    quickreply.wait_for_line("ready with", timeout=60)
    quickreply.wait_for_line("shown at start without taking the keyboard")
    desktop.activate("Chat target")
    desktop.run("xdotool", "key", "--clearmodifiers", "ctrl+alt+a")  # the customer asked: 20 s from now
    quickreply.wait_for_line("countdown", timeout=10)

    started = time.monotonic()
    typed = 0
    stream = TYPING * (SUMMONS * CHARACTERS_PER_SUMMON // len(TYPING) + 1)
    for summon in range(SUMMONS):
        if summon == SUMMONS // 2:
            for window in ("today", "settings"):
                desktop.spawn(*command[:3], "--config-dir", str(config), "--open", window)
            quickreply.wait_for_line("asked to open settings", timeout=20)
            quickreply.wait_for_line("asked to open today", timeout=20)
            desktop.window_id("Today")  # shown: from now on they are just other windows on the desk
            desktop.window_id("QuickReply settings")
        desktop.activate("Chat target")
        desktop.run("xdotool", "key", "--clearmodifiers", HOTKEY)
        desktop.wait_active("QuickReply")
        chunk = stream[summon * CHARACTERS_PER_SUMMON : (summon + 1) * CHARACTERS_PER_SUMMON]
        desktop.run("xdotool", "type", "--delay", "8", chunk)
        typed += len(chunk)
        desktop.run("xdotool", "key", "Escape")
        _alive(quickreply, f"after summon {summon + 1} and {typed} keystrokes")
    soaked_s = time.monotonic() - started
    assert chat_text(chat)[0] == "", "a keystroke meant for the widget reached the chat"

    desktop.activate("Chat target")
    desktop.run("xdotool", "key", "--clearmodifiers", HOTKEY)
    desktop.wait_active("QuickReply")
    desktop.run("xdotool", "type", "--delay", "20", "soakcheck")
    time.sleep(0.3)
    desktop.run("xdotool", "key", "Return")
    deadline = time.monotonic() + 5
    while chat_text(chat)[0] != SOAK_REPLY:
        assert time.monotonic() < deadline, f"the chat holds {chat_text(chat)[0]!r}"
        time.sleep(0.02)
    deadline = time.monotonic() + 5
    while desktop.clipboard("UTF8_STRING").decode("utf-8", "replace") != AGENT_TEXT:
        assert time.monotonic() < deadline, f"the clipboard holds {desktop.clipboard('UTF8_STRING')!r}"
        time.sleep(0.05)
    assert desktop.clipboard("text/html").decode("utf-8") == f"<i>{AGENT_TEXT}</i>"
    _alive(quickreply, "after the closing paste")
    print(f"\nsoak: {SUMMONS} summons, {typed} keystrokes in {soaked_s:.1f} s, no crash, paste exact")
