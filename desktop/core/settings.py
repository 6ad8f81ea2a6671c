"""The agent's settings: one human-readable JSON file in the config folder.

Settings are read leniently: an unknown key or a bad value is reported and
replaced by its default, never a crash and never a reason to lose the rest of
the file. The file carries a schema version so later releases can migrate it.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any

from desktop.core.files import atomic_write_text
from desktop.core.jsonfile import Damaged, keep_aside, read_json
from desktop.core.messages import Message, message_of

SCHEMA_VERSION = 1
PASTE_KEYS = ("ctrl+v", "shift+insert", "type")


def default_show_hotkey() -> str:
    """Ctrl+Alt+Space; on macOS Ctrl+Option+Space switches input sources, so Ctrl+Shift+Space."""
    return "ctrl+shift+space" if sys.platform == "darwin" else "ctrl+alt+space"


class Applies(str, Enum):
    """What has to happen for a changed setting to take effect; consumers subscribe by it."""

    HOTKEYS = "hotkeys"  # registered anew (and restored when one is refused)
    COUNTDOWNS = "countdowns"  # targets, sounds and the strip
    PASTING = "pasting"  # the paster's keys and delays
    CHAT_APPS = "chat_apps"  # the attention watcher restarts
    PLAYBOOKS = "playbooks"  # the library is loaded again from its sources
    TEAM = "team"  # team copies are fetched again, then the library reloaded
    TEAM_TIMER = "team_timer"  # only the refresh interval changes
    APPEARANCE = "appearance"  # theme, font and opacity, applied at once
    LANGUAGE = "language"  # the translator is swapped, the windows rebuilt
    RECORDING = "recording"  # read by the shift record each time it writes: nothing to redo


class Page(str, Enum):
    """The settings window's tab a setting is shown on (in this order)."""

    HOTKEYS = "hotkeys"
    REMINDERS = "reminders"
    CHAT_APPS = "chat_apps"
    PASTING = "pasting"
    PLAYBOOKS = "playbooks"
    PRIVACY = "privacy"
    APPEARANCE = "appearance"


class Kind(str, Enum):
    """The shape of a setting's value in settings.json."""

    TEXT = "text"
    HOTKEY = "hotkey"
    FLAG = "flag"
    NUMBER = "number"
    WHOLE = "whole"
    NAMES = "names"
    CHOICE = "choice"
    KEY_BY_APP = "key_by_app"


@dataclass(frozen=True)
class Spec:
    """Everything about one setting besides its name, type and default: the table's row."""

    kind: Kind
    applies: Applies
    page: Page  # where the settings window shows it (fields of a page appear in declaration order)
    about: str  # one line for the README's table
    group: str = ""  # a titled box on its page ("sounds"); "" for the page's own rows
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    cli: str = ""  # the widget option that overrides it for one run, e.g. "--hotkey"
    example: str = '["WeChat", "KakaoTalk"]'  # for lists: what a good value looks like

    def accepts(self, value: Any) -> bool:
        """Whether ``value``, as decoded from JSON, is valid for this setting."""
        if self.kind in (Kind.TEXT, Kind.HOTKEY):
            return isinstance(value, str)
        if self.kind is Kind.FLAG:
            return isinstance(value, bool)
        if self.kind in (Kind.NUMBER, Kind.WHOLE):
            numeric = int if self.kind is Kind.WHOLE else int | float
            if not isinstance(value, numeric) or isinstance(value, bool):
                return False
            return self.low is not None and self.high is not None and self.low <= value <= self.high
        if self.kind is Kind.NAMES:
            return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
        if self.kind is Kind.CHOICE:
            return value in self.choices
        return isinstance(value, dict) and all(
            isinstance(app, str) and app.strip() and key in self.choices for app, key in value.items()
        )

    def expected(self) -> Message:
        """What the agent should write instead of a refused value."""
        if self.kind in (Kind.TEXT, Kind.HOTKEY):
            return Message("text in quotes")
        if self.kind is Kind.FLAG:
            return Message("true or false")
        low, high = _plain(self.low), _plain(self.high)
        if self.kind is Kind.NUMBER:
            return Message("a number from {low} to {high}", low=low, high=high)
        if self.kind is Kind.WHOLE:
            return Message("a whole number from {low} to {high}", low=low, high=high)
        if self.kind is Kind.NAMES:
            return Message("a list of texts such as {example}", example=self.example)
        quoted_choices = [json.dumps(choice) for choice in self.choices]
        if self.kind is Kind.CHOICE:
            return Message("{first} or {last}", first=", ".join(quoted_choices[:-1]), last=quoted_choices[-1])
        return Message("an object such as {example}", example='{"WeChat": "shift+insert"}')


def _plain(number: float | None) -> int | float | None:
    """3.0 → 3, so messages read "from 3 to 600", as the agent would write it."""
    return int(number) if isinstance(number, float) and number.is_integer() else number


def setting(default: Any = MISSING, *, default_factory: Any = MISSING, **spec: Any) -> Any:
    """Declare one setting: its default and its row of the table (see ``Spec``)."""
    metadata = {"spec": Spec(**spec)}
    if default_factory is not MISSING:
        return field(default_factory=default_factory, metadata=metadata)
    return field(default=default, metadata=metadata)


_HOTKEYS = {"kind": Kind.HOTKEY, "applies": Applies.HOTKEYS, "page": Page.HOTKEYS}
_COUNTDOWNS = {"applies": Applies.COUNTDOWNS, "page": Page.REMINDERS, "group": "countdowns"}
_TIMES = {"kind": Kind.NUMBER, **_COUNTDOWNS}
_COUNTDOWN_FLAG = {"kind": Kind.FLAG, **_COUNTDOWNS}
_SOUND = {**_COUNTDOWN_FLAG, "group": "sounds"}
_PASTING = {"applies": Applies.PASTING, "page": Page.PASTING}
_PLAYBOOKS = {"page": Page.PLAYBOOKS}
_HOSTS = {"kind": Kind.NAMES, **_PLAYBOOKS}
_LOOK = {"page": Page.APPEARANCE}


@dataclass(frozen=True)
class Settings:
    """Everything the agent can change, one declaration each; the defaults follow the shop's rules.

    Each field is a row of the settings table: its type and default here, the
    rest in its ``Spec`` (``SPECS[name]``), from which reading, validation, the
    command line's overrides, the README's table and who must react to a
    change all follow. A new setting is one field here plus its consumer.
    """

    hotkey_show: str = setting(
        default_factory=default_show_hotkey, **_HOTKEYS, cli="--hotkey", about="opens and closes the widget"
    )
    hotkey_greeting: str = setting("ctrl+alt+g", **_HOTKEYS, about="a new customer arrived: greeting timer")
    hotkey_reply: str = setting("ctrl+alt+a", **_HOTKEYS, about="a customer asked: reply timer")
    hotkey_done: str = setting("ctrl+alt+d", **_HOTKEYS, about="answered by hand: stops a timer")
    greeting_target_s: float = setting(15.0, **_TIMES, low=3, high=600, about="greet a new customer within")
    reply_target_s: float = setting(20.0, **_TIMES, low=3, high=600, about="answer every question within")
    warning_lead_s: float = setting(5.0, **_TIMES, low=0, high=120, about="amber warning this long before")
    countdown_on_summon: bool = setting(
        True, **_COUNTDOWN_FLAG, about="opening the widget starts a reply countdown when none runs"
    )
    always_show_timers: bool = setting(False, **_COUNTDOWN_FLAG, about="show the timer strip even when empty")
    warning_sound: bool = setting(False, **_SOUND, about="a sound when a countdown turns amber")
    overdue_sound: bool = setting(True, **_SOUND, about="a sound when a countdown goes overdue")
    # Qianniu's workbench (千牛), WeChat / Weixin, KakaoTalk; browsers are off by default.
    watched_apps: tuple[str, ...] = setting(
        ("AliWorkBench", "qianniu", "WeChat", "Weixin", "KakaoTalk"),
        kind=Kind.NAMES,
        applies=Applies.CHAT_APPS,
        page=Page.CHAT_APPS,
        about="chat apps whose new messages start a countdown (program names)",
    )
    # "shift+insert" for chat apps that ignore Ctrl+V, "type" for those that block pasting.
    paste_method: str = setting(
        "ctrl+v", kind=Kind.CHOICE, **_PASTING, choices=PASTE_KEYS, about="how a reply goes in"
    )
    restore_delay_ms: int = setting(
        600,
        kind=Kind.WHOLE,
        **_PASTING,
        low=0,
        high=10_000,
        cli="--restore-delay",
        about="the agent's clipboard comes back this long after a paste",
    )
    send_each_part: bool = setting(
        False,
        kind=Kind.FLAG,
        **_PASTING,
        cli="--send-each-part",
        about="press Enter after each part of a multi-message reply",
    )
    part_pause_ms: int = setting(
        300,
        kind=Kind.WHOLE,
        **_PASTING,
        low=0,
        high=10_000,
        cli="--part-pause",
        about="wait this long after a part before pressing Enter",
    )
    # Chat apps that need another paste key than the one above: program name → one of PASTE_KEYS.
    paste_method_by_app: Mapping[str, str] = setting(
        default_factory=dict,
        kind=Kind.KEY_BY_APP,
        **_PASTING,
        choices=PASTE_KEYS,
        about="a paste key per chat app, e.g. WeChat = shift+insert",
    )
    use_bundled_playbooks: bool = setting(
        True,
        kind=Kind.FLAG,
        applies=Applies.PLAYBOOKS,
        **_PLAYBOOKS,
        about="load the playbooks that come with QuickReply",
    )
    team_sources: tuple[str, ...] = setting(
        (),
        **_HOSTS,
        applies=Applies.TEAM,
        example='["https://shop.example/replies/"]',
        about="team playbooks: folders or https:// addresses",
    )
    active_team_playbooks: tuple[str, ...] = setting(
        (),
        **_HOSTS,
        applies=Applies.PLAYBOOKS,
        example='["售后", "promotions"]',
        about="use only these team playbooks (names); empty: all",
    )
    allow_http_hosts: tuple[str, ...] = setting(
        (),
        **_HOSTS,
        applies=Applies.TEAM,
        example='["nas.local"]',
        about="hosts on the shop's own network allowed over plain http",
    )
    team_refresh_minutes: int = setting(
        10,
        kind=Kind.WHOLE,
        applies=Applies.TEAM_TIMER,
        **_PLAYBOOKS,
        low=1,
        high=1440,
        about="look for team playbook updates this often",
    )
    window_opacity_percent: int = setting(
        100,
        kind=Kind.WHOLE,
        applies=Applies.APPEARANCE,
        **_LOOK,
        low=40,
        high=100,
        about="the widget's opacity",
    )
    font_size_pt: int = setting(
        0,
        kind=Kind.WHOLE,
        applies=Applies.APPEARANCE,
        **_LOOK,
        low=0,
        high=24,
        about="text size; 0: the system's",
    )
    theme: str = setting(
        "system",
        kind=Kind.CHOICE,
        applies=Applies.APPEARANCE,
        **_LOOK,
        choices=("system", "light", "dark"),
        about="light or dark, or as the system",
    )
    ui_language: str = setting(
        "",
        kind=Kind.CHOICE,
        applies=Applies.LANGUAGE,
        **_LOOK,
        choices=("", "zh_CN", "ko_KR", "en"),
        about='the window\'s language; "" follows the system',
    )

    keep_missed_searches: bool = setting(
        True,
        kind=Kind.FLAG,
        applies=Applies.RECORDING,
        page=Page.PRIVACY,
        about="keep searches that ended without a reply, for the Today panel (may hold a customer's words)",
    )

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

    def changed(self, other: Settings) -> set[str]:
        """The names of the settings whose values differ between ``self`` and ``other``."""
        return {name for name in SPECS if getattr(self, name) != getattr(other, name)}


SPECS: Mapping[str, Spec] = {f.name: f.metadata["spec"] for f in fields(Settings)}
# What each setting accepts, as (check, what the agent should write instead); from the table.
CHECKS: Mapping[str, tuple[Callable[[Any], bool], Message]] = {
    name: (spec.accepts, spec.expected()) for name, spec in SPECS.items()
}
_LIST_KEYS = tuple(name for name, spec in SPECS.items() if spec.kind is Kind.NAMES)


def _as_json(value: Any) -> str:
    if isinstance(value, tuple):
        value = list(value)
    elif isinstance(value, Mapping):
        value = dict(value)
    return json.dumps(value, ensure_ascii=False)


def apply_options(settings: Settings, options: Mapping[str, Any]) -> Settings:
    """``settings`` with the command line's widget options on top (None: not given).

    ``options`` maps argparse destinations (``restore_delay`` for
    ``--restore-delay``) to values, as ``vars(args)`` gives them.
    """
    given = {
        name: options.get(spec.cli.removeprefix("--").replace("-", "_"))
        for name, spec in SPECS.items()
        if spec.cli
    }
    return replace(settings, **{name: value for name, value in given.items() if value is not None})


def applies(changed: set[str]) -> set[Applies]:
    """What has to happen for these changed settings to take effect."""
    return {SPECS[name].applies for name in changed}


def markdown_table() -> str:
    """The README's table of every setting, made from the declarations."""
    defaults = Settings()
    rows = ["| setting | default | accepts | what it does |", "| --- | --- | --- | --- |"]
    for name, spec in SPECS.items():
        shown = f"`{_as_json(getattr(defaults, name))}`"
        if name == "hotkey_show":  # the one default that depends on the system
            shown = '`"ctrl+alt+space"` (macOS: `"ctrl+shift+space"`)'
        option = f" (`{spec.cli}`)" if spec.cli else ""
        rows.append(f"| `{name}`{option} | {shown} | {spec.expected()} | {spec.about} |")
    return "\n".join(rows) + "\n"


# Later schema versions add steps here: version n → n + 1.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def read_settings(path: Path, clock: Callable[[], float] = time.time) -> tuple[Settings, list[str]]:
    """The settings in ``path`` (defaults when it does not exist) and what was wrong with it.

    A file that is not a JSON object at all is kept aside as
    ``settings.json.damaged-<time>`` (the agent's hand edit is never lost) and
    the defaults are used; a bad value inside a good file costs only that value.
    """
    try:
        data = read_json(path)
    except FileNotFoundError:
        return Settings(), []
    except Damaged as exc:
        return Settings(), [_kept_aside(path, message_of(exc), clock)]
    if not isinstance(data, dict):
        problem = Message("{path}: expected an object of settings", path=str(path))
        return Settings(), [_kept_aside(path, problem, clock)]
    return parse_settings(data, str(path))


def _kept_aside(path: Path, problem: str, clock: Callable[[], float]) -> Message:
    try:
        kept = keep_aside(path, clock)
    except OSError:
        return Message("{problem}; using the default settings", problem=problem)
    return Message(
        "{problem}; the file was kept as {kept}; using the default settings", problem=problem, kept=kept.name
    )


def parse_settings(data: Mapping[str, Any], where: str = "settings") -> tuple[Settings, list[str]]:
    """Settings from decoded JSON: every bad or unknown value is reported and skipped."""
    problems: list[str] = []
    values = dict(data)
    version = values.pop("schema_version", SCHEMA_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        problems.append(
            Message(
                "{where}: schema_version {version} is newer than this QuickReply understands "
                "({known}); reading what it can",
                where=where,
                version=_shown(version),
                known=SCHEMA_VERSION,
            )
        )
    elif not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(
            Message(
                "{where}: schema_version {version} is no version of this file (1 to {known}); "
                "reading what it can",
                where=where,
                version=_shown(version),
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
                    value=_shown(value),
                    default=_shown(default),
                )
            )
            continue
        accepted[key] = (
            tuple(value) if key in _LIST_KEYS else dict(value) if isinstance(value, dict) else value
        )
    return replace(Settings(), **accepted), problems


def _shown(value: Any) -> str:
    """A value as the agent wrote it, cut short: a problem line never grows to thousands of characters."""
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}…"


def write_settings(path: Path, settings: Settings) -> None:
    """Save atomically: a crash mid-write never leaves half a file."""
    atomic_write_text(path, settings.to_json())
