"""Settings: defaults, a round trip, and every kind of bad value reported and replaced."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

import pytest

from desktop.cli import parse_args, settings_overrides
from desktop.core.settings import (
    SCHEMA_VERSION,
    SPECS,
    Applies,
    Kind,
    Settings,
    applies,
    markdown_table,
    parse_settings,
    read_settings,
    write_settings,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def test_a_missing_file_gives_the_service_rule_defaults(tmp_path: Path) -> None:
    settings, problems = read_settings(tmp_path / "settings.json")
    assert problems == []
    assert (settings.greeting_target_s, settings.reply_target_s, settings.warning_lead_s) == (15, 20, 5)
    assert settings.countdown_on_summon
    assert (settings.warning_sound, settings.overdue_sound) == (False, True)
    assert settings.restore_delay_ms == 600


def test_saving_and_reading_back_gives_the_same_settings(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    original = Settings(reply_target_s=30, watched_apps=("WeChat",), send_each_part=True)
    write_settings(path, original)
    text = path.read_text(encoding="utf-8")
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION
    assert text.startswith("{\n  ")  # indented: a person can read and edit it
    assert read_settings(path) == (original, [])


def test_bad_and_unknown_values_are_reported_and_replaced_by_defaults() -> None:
    settings, problems = parse_settings(
        {
            "reply_target_s": "twenty",
            "greeting_target_s": 1,
            "warning_sound": "yes",
            "restore_delay_ms": 1.5,
            "watched_apps": ["WeChat", 3],
            "colour": "blue",
            "overdue_sound": False,
        },
        "settings.json",
    )
    assert settings == Settings(overdue_sound=False)
    assert problems == [
        "settings.json: 'reply_target_s' must be a number from 3 to 600, not 'twenty'; using 20.0",
        "settings.json: 'greeting_target_s' must be a number from 3 to 600, not 1; using 15.0",
        "settings.json: 'warning_sound' must be true or false, not 'yes'; using False",
        "settings.json: 'restore_delay_ms' must be a whole number from 0 to 10000, not 1.5; using 600",
        'settings.json: \'watched_apps\' must be a list of texts such as ["WeChat", "KakaoTalk"], '
        "not ['WeChat', 3]; using ('AliWorkBench', 'qianniu', 'WeChat', 'Weixin', 'KakaoTalk')",
        "settings.json: unknown setting 'colour' is ignored",
    ]


def test_a_file_that_is_not_json_names_the_line_and_keeps_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    damaged = '{\n  "reply_target_s": 30,\n  oops\n}'
    path.write_text(damaged, encoding="utf-8")
    settings, problems = read_settings(path)
    assert settings == Settings()
    assert problems[0].startswith(f"{path}:3:3: ")
    [kept] = tmp_path.glob("settings.json.damaged-*")
    assert kept.name in problems[0]
    assert kept.read_text(encoding="utf-8") == damaged  # the agent's hand edit is kept, byte for byte


def test_a_newer_schema_is_read_as_far_as_possible() -> None:
    settings, problems = parse_settings({"schema_version": SCHEMA_VERSION + 1, "reply_target_s": 25})
    assert settings.reply_target_s == 25
    assert "newer than this QuickReply understands" in problems[0]


def test_a_chat_app_can_have_its_own_paste_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_settings(path, Settings(paste_method_by_app={"WeChat.exe": "shift+insert"}))
    settings, problems = read_settings(path)
    assert problems == []
    assert settings.paste_method_for("wechat") == "shift+insert"
    assert settings.paste_method_for("KakaoTalk") == "ctrl+v"
    bad, problems = parse_settings({"paste_method_by_app": {"WeChat": "type it"}})
    assert bad.paste_method_by_app == {}
    assert "paste_method_by_app" in problems[0]


def test_typing_as_a_chat_apps_paste_key_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_settings(path, Settings(paste_method_by_app={"WeChat": "type", "QQ": "shift+insert"}))
    settings, problems = read_settings(path)
    assert problems == []
    assert dict(settings.paste_method_by_app) == {"WeChat": "type", "QQ": "shift+insert"}
    assert settings.paste_method_for("wechat.exe") == "type"


def test_every_setting_is_one_declaration_with_a_row_in_the_table() -> None:
    assert list(SPECS) == [f.name for f in fields(Settings)]
    for name, spec in SPECS.items():
        default = getattr(Settings(), name)
        encoded = json.loads(Settings().to_json())[name]
        assert spec.accepts(encoded), f"{name}: the default {default!r} fails its own check"
        assert spec.about, name
        if spec.kind in (Kind.NUMBER, Kind.WHOLE):
            assert spec.low is not None, name
            assert spec.high is not None, name
            assert not spec.accepts(spec.high + 1), name
        if spec.kind in (Kind.CHOICE, Kind.KEY_BY_APP):
            assert spec.choices, name


@pytest.mark.parametrize(
    ("name", "value"),
    [("reply_target_s", 2.9), ("restore_delay_ms", 1.5), ("theme", "blue"), ("watched_apps", [""]),
     ("paste_method_by_app", {"WeChat": "paste"}), ("send_each_part", 1), ("hotkey_done", 5)],
)  # fmt: skip
def test_the_table_refuses_what_each_setting_cannot_be(name: str, value: object) -> None:
    settings, problems = parse_settings({name: value})
    assert getattr(settings, name) == getattr(Settings(), name)
    assert f"'{name}' must be {SPECS[name].expected()}" in problems[0]


def test_only_what_a_change_needs_happens() -> None:
    base = Settings()
    font = Settings(font_size_pt=14)
    assert applies(font.changed(base)) == {Applies.APPEARANCE}
    both = Settings(font_size_pt=14, team_sources=("https://shop.example/t/",), hotkey_done="ctrl+alt+k")
    assert applies(both.changed(base)) == {Applies.APPEARANCE, Applies.TEAM, Applies.HOTKEYS}
    assert applies(base.changed(base)) == set()


def test_command_line_options_come_from_the_table() -> None:
    args = parse_args(
        ["--hotkey", "ctrl+alt+q", "--restore-delay", "250", "--part-pause", "90", "--send-each-part"]
    )
    overridden = settings_overrides(args, Settings())
    assert overridden.hotkey_show == "ctrl+alt+q"
    assert (overridden.restore_delay_ms, overridden.part_pause_ms) == (250, 90)
    assert overridden.send_each_part
    assert settings_overrides(parse_args([]), Settings(reply_target_s=30)) == Settings(reply_target_s=30)
    assert {spec.cli for spec in SPECS.values() if spec.cli} == {
        "--hotkey", "--restore-delay", "--part-pause", "--send-each-part"
    }  # fmt: skip


def test_the_readme_lists_every_setting_as_declared() -> None:
    block = r"<!-- settings table: begin -->\n(.*?)<!-- settings table: end -->"
    found = re.search(block, README.read_text("utf-8"), re.S)
    assert found is not None
    assert found.group(1) == markdown_table(), (
        "README.md's settings table is stale; paste the output of: "
        "uv run python -c 'from desktop.core.settings import markdown_table as t; print(t(), end=\"\")'"
    )


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"schema_version": 0, "reply_target_s": 25}', "schema_version 0 is no version of this file"),
        ('{"schema_version": -1, "reply_target_s": 25}', "schema_version -1 is no version"),
        ('{"schema_version": true, "reply_target_s": 25}', "schema_version True is no version"),
        ('{"schema_version": "1", "reply_target_s": 25}', "schema_version '1' is no version"),
    ],
)
def test_a_schema_version_that_is_no_version_reads_what_it_can(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    settings, problems = read_settings(path)
    assert settings.reply_target_s == 25
    assert says in problems[0]
    assert path.exists()  # a readable file stays where it is


@pytest.mark.parametrize(
    ("text", "place", "says"),
    [
        ("[" * 100_000, ":1:65:", "nested deeper than 64 levels"),
        ('{"reply_target_s": ' + "9" * 5000 + "}", ":1:20:", "more digits"),
        ("[1, 2, 3]", "", "expected an object of settings"),
        ("\ufeff\x00garbage", ":1:1:", ""),
    ],
)
def test_a_file_that_would_crash_a_json_reader_is_kept_aside_and_the_defaults_used(
    tmp_path: Path, text: str, place: str, says: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    settings, problems = read_settings(path)
    assert settings == Settings()
    [problem] = problems
    assert problem.startswith(f"{path}{place}")
    assert says in problem
    assert "kept as settings.json.damaged-" in problem
    assert len(problem) < 300
    [kept] = tmp_path.glob("settings.json.damaged-*")
    assert kept.read_text(encoding="utf-8") == text
    assert not path.exists()  # the next save writes a fresh one


def test_a_huge_bad_value_is_reported_short(tmp_path: Path) -> None:
    settings, problems = parse_settings({"reply_target_s": 10**4000, "theme": "x" * 100_000})
    assert settings == Settings()
    assert all(len(problem) < 300 for problem in problems)
