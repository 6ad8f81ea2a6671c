"""How the X11 backend types a reply: batches on spare key codes, the key map changed only between them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from desktop.platform import x11
from desktop.platform.x11 import X11Platform, keysym_of, typing_batches

SHIFT, RETURN = 50, 36


def test_a_reply_fits_in_one_batch_when_there_are_enough_spare_keys() -> None:
    assert typing_batches("고객님, 안녕하세요", 19) == ["고객님, 안녕하세요"]


def test_a_new_batch_starts_when_the_spare_keys_run_out() -> None:
    assert typing_batches("abcabcd", 3) == ["abcabc", "d"]
    assert typing_batches("abcd", 2) == ["ab", "cd"]


def test_repeated_characters_share_a_key() -> None:
    assert typing_batches("哈哈哈哈哈哈！", 2) == ["哈哈哈哈哈哈！"]


def test_new_lines_need_no_spare_key_and_windows_line_ends_count_once() -> None:
    assert typing_batches("a\r\nb\n\nc", 3) == ["a\nb\n\nc"]
    assert typing_batches("a\nb\nc", 2) == ["a\nb\n", "c"]
    assert typing_batches("\n", 5) == ["\n"]
    assert typing_batches("", 5) == []


def test_every_character_is_kept_in_order() -> None:
    text = "亲，欢迎光临测试旗舰店～有什么可以帮您？😊\nThanks!"
    batches = typing_batches(text, 4)
    assert "".join(batches) == text
    assert all(len(set(batch) - {"\n"}) <= 4 for batch in batches)


def test_keysyms_are_latin1_as_themselves_and_the_rest_as_unicode() -> None:
    assert keysym_of("a") == ord("a")
    assert keysym_of("é") == 0xE9
    assert keysym_of("고") == 0x0100_0000 | ord("고")
    assert keysym_of("😊") == 0x0100_0000 | ord("😊")


class FakeDisplay:
    """The X requests typing makes, in order; key codes 8-15 with 13-15 free."""

    def __init__(self, events: list[tuple[Any, ...]]) -> None:
        self.events = events
        self.display = SimpleNamespace(info=SimpleNamespace(min_keycode=8, max_keycode=15))

    def get_keyboard_mapping(self, first: int, count: int) -> list[tuple[int, int]]:
        return [(0, 0) if code >= 13 else (code, code) for code in range(first, first + count)]

    def change_keyboard_mapping(self, code: int, keysyms: list[tuple[int, int]]) -> None:
        self.events.append(("map", code, keysyms[0][0]))

    def sync(self) -> None:
        return None

    def keysym_to_keycode(self, keysym: str) -> int:
        return {"Shift_L": SHIFT, "Return": RETURN}[keysym]


@pytest.fixture
def typed() -> tuple[X11Platform, list[tuple[Any, ...]]]:
    events: list[tuple[Any, ...]] = []
    platform = X11Platform.__new__(X11Platform)  # no X server: only what typing touches
    platform._has_xtest = True
    platform._display = FakeDisplay(events)
    platform._x = SimpleNamespace(KeyPress=2, KeyRelease=3)
    platform._xtest = SimpleNamespace(
        fake_input=lambda _display, kind, code: events.append(("press" if kind == 2 else "release", code))
    )
    platform._keysyms = SimpleNamespace(string_to_keysym=lambda name: name)
    return platform, events


def type_all(platform: X11Platform, text: str, events: list[tuple[Any, ...]]) -> None:
    """What the paste sequence does with the steps: each pause is a wait before the next step."""
    for pause in platform.type_steps(text):
        events.append(("sleep", pause))


def test_typing_maps_a_batch_then_presses_then_waits_before_the_next_map(
    typed: tuple[X11Platform, list[tuple[Any, ...]]],
) -> None:
    platform, events = typed
    type_all(platform, "abcab\nd", events)  # three spare keys (15, 14, 13): a, b, c, then d in a second batch
    keys = [e for e in events if e[0] != "sleep" or e[1] == x11.TYPE_SETTLE]
    assert keys == [
        ("map", 15, ord("a")), ("map", 14, ord("b")), ("map", 13, ord("c")),
        ("press", 15), ("release", 15), ("press", 14), ("release", 14), ("press", 13), ("release", 13),
        ("press", 15), ("release", 15), ("press", 14), ("release", 14),
        ("press", SHIFT), ("press", RETURN), ("release", RETURN), ("release", SHIFT),
        ("sleep", x11.TYPE_SETTLE),  # the chat app reads the presses before the map changes
        ("map", 15, ord("d")),
        ("press", 15), ("release", 15),
        ("sleep", x11.TYPE_SETTLE),
        ("map", 13, 0), ("map", 14, 0), ("map", 15, 0),  # only the keys used are cleared
    ]  # fmt: skip


def test_typing_clears_the_keys_it_used_even_when_a_press_fails(
    typed: tuple[X11Platform, list[tuple[Any, ...]]],
) -> None:
    platform, events = typed

    def broken(_display: object, _kind: int, _code: int) -> None:
        raise OSError("connection lost")

    platform._xtest = SimpleNamespace(fake_input=broken)
    with pytest.raises(OSError, match="connection lost"):
        type_all(platform, "ab", events)
    assert [e for e in events if e[0] == "map"] == [
        ("map", 15, ord("a")), ("map", 14, ord("b")), ("map", 14, 0), ("map", 15, 0),
    ]  # fmt: skip
