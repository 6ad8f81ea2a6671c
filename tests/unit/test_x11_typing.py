"""How the X11 backend cuts a reply into batches typed on one key map each."""

from __future__ import annotations

from desktop.platform.x11 import keysym_of, typing_batches


def test_a_reply_fits_in_one_batch_when_there_are_enough_spare_keys() -> None:
    assert typing_batches("고객님, 안녕하세요", 19) == ["고객님, 안녕하세요"]


def test_a_new_batch_starts_when_the_spare_keys_run_out() -> None:
    assert typing_batches("abcabcd", 3) == ["abcabc", "d"]
    assert typing_batches("abcd", 2) == ["ab", "cd"]


def test_repeated_characters_share_a_key() -> None:
    batches = typing_batches("哈哈哈哈哈哈！", 2)
    assert batches == ["哈哈哈哈哈哈！"]


def test_new_lines_are_their_own_step_and_windows_line_ends_count_once() -> None:
    assert typing_batches("a\r\nb\n\nc", 5) == ["a", None, "b", None, None, "c"]
    assert typing_batches("\n", 5) == [None]
    assert typing_batches("", 5) == []


def test_every_character_is_kept_in_order() -> None:
    text = "亲，欢迎光临测试旗舰店～有什么可以帮您？😊\nThanks!"
    batches = typing_batches(text, 4)
    assert "".join(batch if batch is not None else "\n" for batch in batches) == text
    assert all(batch is None or len(set(batch)) <= 4 for batch in batches)


def test_keysyms_are_latin1_as_themselves_and_the_rest_as_unicode() -> None:
    assert keysym_of("a") == ord("a")
    assert keysym_of("é") == 0xE9
    assert keysym_of("고") == 0x0100_0000 | ord("고")
    assert keysym_of("😊") == 0x0100_0000 | ord("😊")
