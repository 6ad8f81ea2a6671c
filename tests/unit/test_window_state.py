"""The remembered window place: a round trip, and every damaged file means the default placement."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.window_state import MIN_HEIGHT, MIN_WIDTH, WindowState


def test_a_state_comes_back_as_it_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "window.json"
    state = WindowState(120, 90, 640, 480, pinned=True, strip=(10, 700))
    state.write(path)
    assert WindowState.read(path) == state
    WindowState(1, 2, 400, 400).write(path)
    assert WindowState.read(path) == WindowState(1, 2, 400, 400, pinned=False, strip=None)


def test_a_window_too_small_to_use_grows_to_the_minimum(tmp_path: Path) -> None:
    path = tmp_path / "window.json"
    path.write_text('{"x": 0, "y": 0, "width": 3, "height": -40}', encoding="utf-8")
    assert WindowState.read(path) == WindowState(0, 0, MIN_WIDTH, MIN_HEIGHT)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2, 3]",
        '{"x": 1}',
        '{"x": "left", "y": 0, "width": 400, "height": 400}',
        '{"x": ' + "9" * 5000 + ', "y": 0, "width": 400, "height": 400}',
        "[" * 100_000,
    ],
    ids=["empty", "text", "list", "partial", "word", "huge-number", "deep"],
)
def test_a_damaged_file_means_the_default_placement(tmp_path: Path, text: str) -> None:
    path = tmp_path / "window.json"
    path.write_text(text, encoding="utf-8")
    assert WindowState.read(path) is None


def test_a_strip_place_that_is_not_two_whole_numbers_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "window.json"
    path.write_text('{"x": 0, "y": 0, "width": 400, "height": 400, "strip": [true, 5.5]}', encoding="utf-8")
    assert WindowState.read(path) == WindowState(0, 0, 400, 400)


def test_no_file_yet_means_the_default_placement(tmp_path: Path) -> None:
    assert WindowState.read(tmp_path / "window.json") is None
