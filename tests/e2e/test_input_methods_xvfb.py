"""Typing through a real input method: IBus with ibus-hangul and ibus-libpinyin, as agents type.

A Korean IME shows the syllable it is still composing outside the box's text
and joins ㅂ then ㅅ into ㅄ; a pinyin IME commits latin letters on Enter.
The widget must search what the agent sees and paste only the row it showed:

- 배송비 typed in Hangul, then Enter, pastes the 배송비 reply (not 배송's);
- ㅂ ㅅ composed into ㅄ finds 배송 first, as the README promises;
- fapiao then Enter (the IME commits the letters) pastes nothing; Space
  (commits 发票) then Enter pastes the 发票 reply.

Skipped where IBus or its engines are not installed (CI installs them).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.session import CommandFailed, Desktop, Process, chat_text, wait_for_chat

ENGINES = Path("/usr/libexec")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
    pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in ("ibus-daemon", "dbus-daemon", "gsettings"))
        or not (ENGINES / "ibus-engine-hangul").exists()
        or not (ENGINES / "ibus-engine-libpinyin").exists(),
        reason="IBus is not installed (see the IBus packages in .ci/run)",
    ),
]

HOTKEY = "ctrl+alt+q"
PLAYBOOK = """\
name: 输入法
language: ko
entries:
  - id: ko.ship.when
    category: 배송
    question: 배송 받는 데 얼마나 걸려요?
    reply: 결제 후 1~2일 안에 출고되어 보통 2~3일 안에 받으십니다.
  - id: ko.ship.fee
    category: 배송
    question: 배송비는 얼마예요?
    reply: 3만 원 이상 구매 시 무료 배송이고, 그 미만은 배송비 3,000원입니다.
  - id: ko.exchange
    category: 교환
    question: 교환 가능한가요?
    reply: 네 고객님, 수령 후 7일 이내 교환 가능합니다.
  - id: zh.invoice
    language: zh-CN
    category: 发票
    question: 能开发票吗？
    reply: 可以开电子发票，下单时填写抬头即可。
  - id: zh.size
    language: zh-CN
    category: 尺码
    question: 尺码偏大还是偏小？
    reply: 尺码标准，按平时穿的码数拍就好。
"""
SHIP_WHEN = "결제 후 1~2일 안에 출고되어 보통 2~3일 안에 받으십니다."
SHIP_FEE = "3만 원 이상 구매 시 무료 배송이고, 그 미만은 배송비 3,000원입니다."
INVOICE = "可以开电子发票，下单时填写抬头即可。"
RUNS = 3


@pytest.fixture(scope="module")
def ibus(desktop: Desktop) -> Desktop:
    """A session bus and ibus-daemon on the test's display; Qt talks to it through its ibus plugin."""
    bus = desktop.tmp / "bus"
    desktop.spawn("dbus-daemon", "--session", f"--address=unix:path={bus}", "--nofork", "--nopidfile")
    deadline = time.monotonic() + 10
    while not bus.exists():
        assert time.monotonic() < deadline, "dbus-daemon never opened its socket"
        time.sleep(0.05)
    desktop.env.update(
        DBUS_SESSION_BUS_ADDRESS=f"unix:path={bus}",
        # Settings in a file of the test's own, so ibus-hangul starts in Hangul mode.
        GSETTINGS_BACKEND="keyfile",
        XDG_CONFIG_HOME=str(desktop.tmp / "xdg"),
        QT_IM_MODULE="ibus",
    )
    desktop.run("gsettings", "set", "org.freedesktop.ibus.engine.hangul", "initial-input-mode", "hangul")
    desktop.spawn("ibus-daemon", "--replace", "--panel", "disable")
    use_engine(desktop, "hangul")
    return desktop


def use_engine(desktop: Desktop, engine: str) -> None:
    """Switch the input method; the daemon and each engine process take a moment to come up."""
    deadline = time.monotonic() + 20
    while True:
        # `ibus engine libpinyin` exits 1 even when it switched: ask which engine is on instead.
        subprocess.run(["ibus", "engine", engine], env=desktop.env, capture_output=True, timeout=20)
        try:
            if desktop.run("ibus", "engine") == engine:
                return
        except CommandFailed:
            pass  # the daemon is not up yet
        assert time.monotonic() < deadline, f"ibus never switched to {engine}"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def quickreply(ibus: Desktop, chat: Path) -> Process:
    playbooks = ibus.tmp / "playbooks"
    playbooks.mkdir()
    (playbooks / "ime.yaml").write_text(PLAYBOOK, encoding="utf-8")
    process = ibus.spawn(
        sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(playbooks),
        "--config-dir", str(ibus.tmp / "config"), "--hotkey", HOTKEY, "--log-level", "info",
    )  # fmt: skip
    process.wait_for_line(f"hotkeys ready: {HOTKEY}", timeout=60)
    process.wait_for_line("ready with")
    return process


def summon(desktop: Desktop, engine: str) -> None:
    use_engine(desktop, engine)
    desktop.activate("Chat target")
    desktop.run("xdotool", "key", "--clearmodifiers", HOTKEY)
    desktop.wait_active("QuickReply")
    time.sleep(0.2)


def test_initials_the_ime_joins_into_one_letter_find_the_readmes_example(
    ibus: Desktop, chat: Path, quickreply: Process
) -> None:
    # First in the module: once 배송비 has been pasted, usage rightly lifts it for ㅂㅅ too.
    before = chat_text(chat)[0]
    summon(ibus, "hangul")
    ibus.run("xdotool", "type", "--delay", "60", "qt")  # ㅂ then ㅅ: the IME shows ㅄ
    time.sleep(0.4)
    ibus.run("xdotool", "key", "Return")
    wait_for_chat(chat, before + SHIP_WHEN)


def test_hangul_still_composing_is_searched_and_enter_pastes_the_row_shown(
    ibus: Desktop, chat: Path, quickreply: Process
) -> None:
    for _ in range(RUNS):
        before = chat_text(chat)[0]
        summon(ibus, "hangul")
        # ㅂㅐㅅㅗㅇㅂㅣ on a 2-set keyboard: the last syllable 비 is still being composed at Enter.
        ibus.run("xdotool", "type", "--delay", "60", "qothdql")
        time.sleep(0.4)
        ibus.run("xdotool", "key", "Return")
        wait_for_chat(chat, before + SHIP_FEE)
    print(f"\nHangul through IBus: {RUNS} of {RUNS} Enters pasted the 배송비 row on screen")


def test_pinyin_enter_while_composing_pastes_nothing_and_space_then_enter_pastes(
    ibus: Desktop, chat: Path, quickreply: Process
) -> None:
    before = chat_text(chat)[0]
    summon(ibus, "libpinyin")
    ibus.run("xdotool", "type", "--delay", "60", "fapiao")
    time.sleep(0.4)
    ibus.run("xdotool", "key", "Return")  # the IME takes it: commits the letters
    time.sleep(0.6)
    assert chat_text(chat)[0] == before, "Enter while the IME composed reached the chat or pasted"
    assert ibus.active_window_name() == "QuickReply"
    ibus.run("xdotool", "key", "ctrl+a", "BackSpace")
    ibus.run("xdotool", "type", "--delay", "60", "fapiao")
    time.sleep(0.4)
    ibus.run("xdotool", "key", "space")  # commits 发票
    time.sleep(0.4)
    ibus.run("xdotool", "key", "Return")
    wait_for_chat(chat, before + INVOICE)
