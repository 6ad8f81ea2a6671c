"""A busy shift on a real X server: several chats, countdowns per customer, the shop's own replies.

The real ``quickreply`` on the bundled playbooks plus the shop's own replies
in the agent's personal folder, Tk windows titled like Qianniu's chats
("王女士 - 千牛工作台"), xdotool as the agent's hands:

- a countdown started twice in one chat is one countdown; "answered by hand"
  in John Smith's chat stops his, and a paste in 王女士's chat stops hers;
- with four customers waiting the search window stays on the screen;
- the first start asks for the shop's facts without taking the keyboard, and
  the bundled replies then carry the shop's name instead of the demo's;
- the shop's own reply wins over the bundled demo reply that has the same code;
- a personal playbook written after start (a fresh set-up) is picked up live.

Customers' names are in the log at debug level only, which this test asks for.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.session import Desktop, Process, chat_text, open_chat

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
]

HOTKEY = "ctrl+alt+q"
YOUR_SHOP = "我的店铺"  # the first-run window, in the interface language
SCREEN_WIDTH = 1280  # tests.e2e.xserver.start_xvfb's default screen
CUSTOMERS = ("王女士", "John Smith", "김민지", "李先生")
SHOP_GREETING = "您好，这里是团队旗舰店，客服小美为您服务～"
SHOP_PLAYBOOK = f"""\
name: 我的话术
language: zh-CN
entries:
  - id: shop.greet
    category: 欢迎
    question: 进店欢迎
    code: hy
    reply: {SHOP_GREETING}
"""
LATER_REPLY = "亲，今天下单明天就发出哦～"
LATER_PLAYBOOK = f"""\
name: 后来写的
language: zh-CN
entries:
  - id: later.ship
    category: 发货
    question: 什么时候发货
    code: zzfh
    reply: {LATER_REPLY}
"""


def title(customer: str) -> str:
    return f"{customer} - 千牛工作台"


@pytest.fixture(scope="module")
def chats(desktop: Desktop) -> dict[str, Path]:
    return {
        customer: open_chat(desktop, title(customer), f"+{700 + 20 * n}+{60 + 120 * n}")
        for n, customer in enumerate(CUSTOMERS)
    }


@pytest.fixture(scope="module")
def config(desktop: Desktop) -> Path:
    """A fresh set-up: no personal playbook folder yet; a Chinese interface (Your shop opens on 中文)."""
    folder = desktop.tmp / "config"
    folder.mkdir()
    (folder / "settings.json").write_text('{"schema_version": 1, "ui_language": "zh_CN"}', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def quickreply(desktop: Desktop, chats: dict[str, Path], config: Path) -> Process:
    shop = desktop.tmp / "shop"
    shop.mkdir()
    (shop / "replies.yaml").write_text(SHOP_PLAYBOOK, encoding="utf-8")
    process = desktop.spawn(
        sys.executable, "-m", "desktop", "--config-dir", str(config), "--playbooks", str(shop),
        "--hotkey", HOTKEY, "--log-level", "debug", "--restore-delay", "200",
    )  # fmt: skip
    process.wait_for_line(f"hotkeys ready: {HOTKEY}", timeout=60)
    process.wait_for_line("ready with")
    return process


def in_chat(desktop: Desktop, customer: str, *keys: str) -> None:
    desktop.activate(title(customer))
    desktop.run("xdotool", "key", "--clearmodifiers", *keys)


def paste(desktop: Desktop, customer: str, code: str, chat: Path, expected: str) -> None:
    before = chat_text(chat)[0]
    in_chat(desktop, customer, HOTKEY)
    desktop.wait_active("QuickReply")
    desktop.run("xdotool", "type", "--delay", "30", code)
    time.sleep(0.3)
    desktop.run("xdotool", "key", "Return")
    deadline = time.monotonic() + 5
    while chat_text(chat)[0] != before + expected:
        assert time.monotonic() < deadline, f"{customer}'s chat holds {chat_text(chat)[0]!r}"
        time.sleep(0.02)


def stopped_for(process: Process, customer: str, skip: int = 0) -> None:
    process.wait_for_line(f"the stopped reply countdown was for {customer}", skip=skip, timeout=5)


def window_geometry(desktop: Desktop, name: str) -> tuple[int, int]:
    """The left edge and width of the window titled ``name``, from the X server."""
    shell = desktop.run(
        "xdotool", "search", "--onlyvisible", "--name", f"^{name}$", "getwindowgeometry", "--shell"
    )
    values = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
    return int(values["X"]), int(values["WIDTH"])


def test_the_first_start_asks_for_the_shop_and_the_bundled_replies_then_use_its_name(
    desktop: Desktop, chats: dict[str, Path], quickreply: Process, config: Path
) -> None:
    desktop.window_id(YOUR_SHOP)  # shown by itself at the first start
    desktop.activate(title(CUSTOMERS[0]))
    time.sleep(0.5)
    assert desktop.active_window_name() == title(CUSTOMERS[0]), "the first-run window took the keyboard"
    desktop.activate(YOUR_SHOP)
    # Its first field is the shop's name; xdotool types ASCII through the keymap.
    desktop.run("xdotool", "type", "--delay", "20", "Xiaowang Store")
    desktop.run("xdotool", "key", "Return")  # Save
    quickreply.wait_for_line("reloaded", timeout=10)
    saved = json.loads((config / "shop.json").read_text(encoding="utf-8"))
    assert saved["languages"]["zh-CN"]["shop"] == "Xiaowang Store"
    genuine = (
        "亲，Xiaowang Store是公司开设的天猫店，在工商部门有备案，卖的都是我们自家品牌的正品，您放心选购哦～"
    )
    paste(desktop, CUSTOMERS[1], "zp", chats[CUSTOMERS[1]], genuine)


def test_countdowns_belong_to_each_chat_and_answered_stops_that_chats_own(
    desktop: Desktop, chats: dict[str, Path], quickreply: Process
) -> None:
    lady, john = CUSTOMERS[:2]
    in_chat(desktop, lady, "ctrl+alt+a")
    quickreply.wait_for_line(f"reply countdown is for {lady}")
    in_chat(desktop, john, "ctrl+alt+a")
    in_chat(desktop, john, "ctrl+alt+a")  # unsure it registered: still one countdown
    quickreply.wait_for_line("reply countdown already running in this chat: kept")
    in_chat(desktop, john, "ctrl+alt+d")  # answered by hand in John's chat
    stopped_for(quickreply, john)
    assert not any(f"was for {lady}" in line for line in quickreply.lines), "John's answer stopped 王女士's"
    paste(desktop, lady, "hy", chats[lady], SHOP_GREETING)
    stopped_for(quickreply, lady)
    started = sum("reply countdown started (hotkey)" in line for line in quickreply.lines)
    assert started == 2, quickreply.lines


def test_four_customers_waiting_keep_the_search_window_on_the_screen(
    desktop: Desktop, chats: dict[str, Path], quickreply: Process
) -> None:
    for customer in CUSTOMERS:
        in_chat(desktop, customer, "ctrl+alt+a")
    in_chat(desktop, CUSTOMERS[0], HOTKEY)
    desktop.wait_active("QuickReply")
    time.sleep(0.3)
    left, width = window_geometry(desktop, "QuickReply")
    desktop.run("xdotool", "key", "Escape")
    assert left >= 0, f"the window starts at {left} px"
    assert left + width <= SCREEN_WIDTH, f"the window spans {left}..{left + width} px"
    for customer in CUSTOMERS:  # leave no countdown running for the next test
        in_chat(desktop, customer, "ctrl+alt+d")
        stopped_for(quickreply, customer, skip=1 if customer in CUSTOMERS[:2] else 0)


def test_the_shops_own_reply_wins_over_the_bundled_demo_with_the_same_code(
    desktop: Desktop, chats: dict[str, Path], quickreply: Process
) -> None:
    # The bundled zh-CN playbook greets as 示例旗舰店 under the code hy as well.
    for _ in range(3):
        paste(desktop, CUSTOMERS[3], "hy", chats[CUSTOMERS[3]], SHOP_GREETING)


def test_a_playbook_written_after_start_is_searched_without_a_restart(
    desktop: Desktop, chats: dict[str, Path], quickreply: Process, config: Path
) -> None:
    earlier = sum("reloaded" in line for line in quickreply.lines)
    personal = config / "data" / "playbooks"
    assert not personal.exists(), "the set-up was not fresh"
    personal.mkdir(parents=True)
    (personal / "personal.yaml").write_text(LATER_PLAYBOOK, encoding="utf-8")
    quickreply.wait_for_line("reloaded", skip=earlier, timeout=10)
    paste(desktop, CUSTOMERS[2], "zzfh", chats[CUSTOMERS[2]], LATER_REPLY)
