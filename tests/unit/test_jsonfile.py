"""The small JSON files: anything on disk ends in a message with its place, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.jsonfile import MAX_DEPTH, Damaged, keep_aside, parse_json, read_json


@pytest.mark.parametrize(
    ("text", "place", "why"),
    [
        ("[" * 100_000, "f.json:1:65:", "nested deeper than 64 levels"),
        ('{"a": {"b": ' + "[" * 70, "f.json:1:", "nested deeper"),
        ('{\n  "schema_version": ' + "9" * 5000 + "\n}", "f.json:2:21:", "more digits"),
        ("-" + "1" * 4301, "f.json:1:2:", "more digits"),
        ('{"a": 1,}', "f.json:1:9:", "Expecting property name"),
        ("", "f.json:1:1:", "Expecting value"),
    ],
)
def test_hostile_json_is_refused_with_its_place(text: str, place: str, why: str) -> None:
    with pytest.raises(Damaged) as raised:
        parse_json(text, "f.json")
    assert str(raised.value).startswith(place)
    assert why in str(raised.value)


def test_what_only_looks_hostile_inside_a_string_is_read() -> None:
    deep_text = "[" * (MAX_DEPTH + 10)
    long_digits = "9" * 5000
    assert parse_json(f'{{"a": "{deep_text}", "b": "{long_digits}", "c": "\\"["}}', "f.json") == {
        "a": deep_text,
        "b": long_digits,
        "c": '"[',
    }


def test_a_file_that_cannot_be_decoded_says_so(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(Damaged, match="cannot be read"):
        read_json(path)
    with pytest.raises(FileNotFoundError):
        read_json(tmp_path / "missing.json")


def test_keeping_aside_never_overwrites_an_earlier_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    kept = []
    for text in ("first", "second", "third"):
        path.write_text(text, encoding="utf-8")
        kept.append(keep_aside(path, clock=lambda: 1_800_000_000.0))
    assert not path.exists()
    assert [k.read_text(encoding="utf-8") for k in kept] == ["first", "second", "third"]
    assert len({k.name for k in kept}) == 3
    assert all(k.name.startswith("settings.json.damaged-") for k in kept)
