"""Settings: defaults, a round trip, and every kind of bad value reported and replaced."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.settings import SCHEMA_VERSION, Settings, parse_settings, read_settings, write_settings


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
    path.write_text('{\n  "reply_target_s": 30,\n  oops\n}', encoding="utf-8")
    settings, problems = read_settings(path)
    assert settings == Settings()
    assert problems[0].startswith(f"{path}:3:3: ")
    assert path.read_text(encoding="utf-8").startswith("{")  # never overwritten on reading


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
