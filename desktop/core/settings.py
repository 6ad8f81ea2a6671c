"""The agent's settings: one human-readable JSON file in the config folder.

Settings are read leniently: an unknown key or a bad value is reported and
replaced by its default, never a crash and never a reason to lose the rest of
the file. The file carries a schema version so later releases can migrate it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from desktop.core.files import atomic_write_text
from desktop.core.messages import Message

SCHEMA_VERSION = 1
PASTE_KEYS = ("ctrl+v", "shift+insert", "type")


def default_show_hotkey() -> str:
    """Ctrl+Alt+Space; on macOS Ctrl+Option+Space switches input sources, so Ctrl+Shift+Space."""
    return "ctrl+shift+space" if sys.platform == "darwin" else "ctrl+alt+space"


@dataclass(frozen=True)
class Settings:
    """Everything the agent can change; the defaults follow the shop's service rules."""

    hotkey_show: str = field(default_factory=default_show_hotkey)
    hotkey_greeting: str = "ctrl+alt+g"  # a new customer arrived: greeting countdown
    hotkey_reply: str = "ctrl+alt+a"  # a customer asked: reply countdown
    hotkey_done: str = "ctrl+alt+d"  # answered by hand: stop the oldest countdown
    greeting_target_s: float = 15.0
    reply_target_s: float = 20.0
    warning_lead_s: float = 5.0
    countdown_on_summon: bool = True
    always_show_timers: bool = False
    warning_sound: bool = False
    overdue_sound: bool = True
    # Qianniu's workbench (千牛), WeChat / Weixin, KakaoTalk; browsers are off by default.
    watched_apps: tuple[str, ...] = ("AliWorkBench", "qianniu", "WeChat", "Weixin", "KakaoTalk")
    restore_delay_ms: int = 600
    # "shift+insert" for chat apps that ignore Ctrl+V, "type" for those that block pasting.
    paste_method: str = "ctrl+v"
    # Chat apps that need another paste key than the one above: program name → one of PASTE_KEYS.
    paste_method_by_app: Mapping[str, str] = field(default_factory=dict)
    send_each_part: bool = False
    part_pause_ms: int = 300
    use_bundled_playbooks: bool = True
    team_sources: tuple[str, ...] = ()  # folders (a share, a synced folder) or https:// addresses
    active_team_playbooks: tuple[str, ...] = ()  # file names (no .yaml) to use; empty: all
    allow_http_hosts: tuple[str, ...] = ()  # hosts on the shop's own network allowed over plain http
    team_refresh_minutes: int = 10
    window_opacity_percent: int = 100
    font_size_pt: int = 0  # 0: the system's size
    theme: str = "system"  # "system", "light" or "dark"
    ui_language: str = ""  # "" follows the system; "zh_CN", "ko_KR" or "en"

    def paste_method_for(self, app: str) -> str:
        """The paste key for a chat app (by program name, any case), else the general one."""
        wanted = app.lower().removesuffix(".exe")
        for name, method in self.paste_method_by_app.items():
            if name.lower().removesuffix(".exe") == wanted:
                return method
        return self.paste_method

    def to_json(self) -> str:
        """The file's text: a schema version and every setting, keys sorted."""
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, **asdict(self)}
        data["paste_method_by_app"] = dict(self.paste_method_by_app)
        for key in _LIST_KEYS:
            data[key] = list(getattr(self, key))
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# What each setting accepts, as (check, what the agent should write instead).
_Check = tuple[Callable[[Any], bool], Message]


def _one_of(first: str, last: str) -> Message:
    return Message("{first} or {last}", first=first, last=last)


def _number(low: float, high: float) -> _Check:
    def check(value: Any) -> bool:
        return isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high

    return check, Message("a number from {low} to {high}", low=low, high=high)


def _whole(low: int, high: int) -> _Check:
    def check(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    return check, Message("a whole number from {low} to {high}", low=low, high=high)


_TEXT: _Check = (lambda value: isinstance(value, str), Message("text in quotes"))
_FLAG: _Check = (lambda value: isinstance(value, bool), Message("true or false"))
_NAMES: _Check = (
    lambda value: isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value),
    Message("a list of texts such as {example}", example='["WeChat", "KakaoTalk"]'),
)
CHECKS: Mapping[str, _Check] = {
    "hotkey_show": _TEXT,
    "hotkey_greeting": _TEXT,
    "hotkey_reply": _TEXT,
    "hotkey_done": _TEXT,
    "greeting_target_s": _number(3, 600),
    "reply_target_s": _number(3, 600),
    "warning_lead_s": _number(0, 120),
    "countdown_on_summon": _FLAG,
    "always_show_timers": _FLAG,
    "warning_sound": _FLAG,
    "overdue_sound": _FLAG,
    "watched_apps": _NAMES,
    "restore_delay_ms": _whole(0, 10_000),
    "paste_method": (lambda value: value in PASTE_KEYS, _one_of('"ctrl+v", "shift+insert"', '"type"')),
    "paste_method_by_app": (
        lambda value: (
            isinstance(value, dict)
            and all(
                isinstance(k, str) and k.strip() and v in ("ctrl+v", "shift+insert") for k, v in value.items()
            )
        ),
        Message("an object such as {example}", example='{"WeChat": "shift+insert"}'),
    ),
    "send_each_part": _FLAG,
    "part_pause_ms": _whole(0, 10_000),
    "use_bundled_playbooks": _FLAG,
    "team_sources": _NAMES,
    "active_team_playbooks": _NAMES,
    "allow_http_hosts": _NAMES,
    "team_refresh_minutes": _whole(1, 1440),
    "window_opacity_percent": _whole(40, 100),
    "font_size_pt": _whole(0, 24),
    "theme": (lambda value: value in ("system", "light", "dark"), _one_of('"system", "light"', '"dark"')),
    "ui_language": (
        lambda value: value in ("", "zh_CN", "ko_KR", "en"),
        _one_of('"", "zh_CN", "ko_KR"', '"en"'),
    ),
}
_LIST_KEYS = ("watched_apps", "team_sources", "active_team_playbooks", "allow_http_hosts")
# Later schema versions add steps here: version n → n + 1.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def read_settings(path: Path) -> tuple[Settings, list[str]]:
    """The settings in ``path`` (defaults when it does not exist) and what was wrong with it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError) as exc:
        return Settings(), [
            Message(
                "{path}: cannot be read ({error}); using the default settings", path=str(path), error=str(exc)
            )
        ]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{path}:{exc.lineno}:{exc.colno}"
        return Settings(), [
            Message("{where}: {error}; using the default settings", where=where, error=exc.msg)
        ]
    if not isinstance(data, dict):
        return Settings(), [
            Message("{path}: expected an object of settings; using the default settings", path=str(path))
        ]
    return parse_settings(data, str(path))


def parse_settings(data: Mapping[str, Any], where: str = "settings") -> tuple[Settings, list[str]]:
    """Settings from decoded JSON: every bad or unknown value is reported and skipped."""
    problems: list[str] = []
    values = dict(data)
    version = values.pop("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        problems.append(
            Message(
                "{where}: schema_version {version} is newer than this QuickReply understands "
                "({known}); reading what it can",
                where=where,
                version=repr(version),
                known=SCHEMA_VERSION,
            )
        )
    else:
        while version < SCHEMA_VERSION:
            values = _MIGRATIONS[version](values)
            version += 1
    known = {f.name for f in fields(Settings)}
    accepted: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            problems.append(Message("{where}: unknown setting '{key}' is ignored", where=where, key=key))
            continue
        check, expected = CHECKS[key]
        if not check(value):
            default = getattr(Settings(), key)
            problems.append(
                Message(
                    "{where}: '{key}' must be {expected}, not {value}; using {default}",
                    where=where,
                    key=key,
                    expected=expected,
                    value=repr(value),
                    default=repr(default),
                )
            )
            continue
        accepted[key] = (
            tuple(value) if key in _LIST_KEYS else dict(value) if isinstance(value, dict) else value
        )
    return replace(Settings(), **accepted), problems


def write_settings(path: Path, settings: Settings) -> None:
    """Save atomically: a crash mid-write never leaves half a file."""
    atomic_write_text(path, settings.to_json())
