"""The shop's own facts (its name, return days, courier…) that the bundled playbooks fill in.

The bundled playbooks come with demo values (示例旗舰店, 中通快递, 工号008) so
that they read naturally out of the box; pasted as they are, they would give a
real customer another shop's name or a wrong return policy. The agent or team
lead sets the real values once, per language of the bundled replies, in the
"Your shop" window; every bundled reply fills them in from then on, and a
reply that still uses a demo value carries the names of those values so the
preview can flag it.

Only the bundled layer takes these facts: a team's or an agent's own playbook
states its own values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.core.errors import QuickReplyError
from desktop.core.files import atomic_write_text
from desktop.core.jsonfile import keep_aside, read_json
from desktop.core.messages import Message
from desktop.core.playbook import Entry, Playbook
from desktop.core.template import placeholders

SCHEMA_VERSION = 1

# The facts the bundled playbooks share, in the order the "Your shop" window asks
# for them (the most visible first); a bundled playbook may define more.
COMMON_FACTS = (
    "shop",
    "staff_id",
    "free_shipping_threshold",
    "return_days",
    "exchange_days",
    "dispatch_hours",
    "courier",
    "ship_from",
    "delivery_days",
    "delivery_days_remote",
    "invoice_note",
    "agency_contact",
    "payment_methods",
)


@dataclass(frozen=True)
class ShopFacts:
    """The shop's values by playbook language ("zh-CN" → {"shop": "小王的店", …})."""

    by_language: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def for_language(self, language: str) -> dict[str, str]:
        """The values set for one language, empty ones left out (an empty field means "not set")."""
        return {name: value for name, value in self.by_language.get(language, {}).items() if value.strip()}

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all was set: the first-run window has not been filled in."""
        return not any(self.for_language(language) for language in self.by_language)

    def with_language(self, language: str, values: Mapping[str, str]) -> ShopFacts:
        """A copy with one language's values replaced (empty ones dropped)."""
        kept = {name: value.strip() for name, value in values.items() if value.strip()}
        return ShopFacts({**self.by_language, language: kept})


def read_shop_facts(path: Path) -> ShopFacts:
    """The facts saved at ``path`` (none when absent); raises QuickReplyError naming the file."""
    try:
        payload = read_json(path)
    except FileNotFoundError:
        return ShopFacts()
    return _decode(payload, str(path))


def _decode(payload: Any, where: str) -> ShopFacts:
    if not isinstance(payload, dict):
        raise QuickReplyError(Message("{where}: the shop facts must be a JSON object", where=where))
    version = payload.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise QuickReplyError(
            Message(
                "{where}: schema_version {version} is not one this QuickReply reads ({known})",
                where=where,
                version=json.dumps(version),
                known=SCHEMA_VERSION,
            )
        )
    languages = payload.get("languages", {})
    if not isinstance(languages, dict):
        raise QuickReplyError(
            Message("{where}: 'languages' must map each language to its values", where=where)
        )
    found: dict[str, dict[str, str]] = {}
    for language, values in languages.items():
        if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
            raise QuickReplyError(
                Message(
                    '{where}: the values for {language} must be texts, e.g. "return_days": "7"',
                    where=where,
                    language=str(language),
                )
            )
        found[str(language)] = {str(name): value for name, value in values.items()}
    return ShopFacts(found)


def write_shop_facts(path: Path, facts: ShopFacts) -> Path | None:
    """Save the facts atomically; a damaged file there is first kept aside (its new name is returned)."""
    kept = None
    try:
        read_shop_facts(path)
    except QuickReplyError:
        kept = keep_aside(path)
    payload = {
        "schema_version": SCHEMA_VERSION,
        "languages": {language: dict(values) for language, values in sorted(facts.by_language.items())},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    return kept


def facts_asked(playbooks: Iterable[Playbook]) -> dict[str, dict[str, str]]:
    """Per language, every fact the given (bundled) playbooks define and its demo value, in asking order."""
    found: dict[str, dict[str, str]] = {}
    for playbook in playbooks:
        demo = found.setdefault(playbook.language, {})
        for name, value in playbook.variables.items():
            demo.setdefault(name, value)
    order = {name: position for position, name in enumerate(COMMON_FACTS)}
    return {
        language: dict(sorted(demo.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))
        for language, demo in found.items()
    }


def fill_in(playbook: Playbook, facts: ShopFacts) -> Playbook:
    """The bundled ``playbook`` with the shop's values; each entry names the demo values it still uses."""
    own = {
        name: value
        for name, value in facts.for_language(playbook.language).items()
        if name in playbook.variables
    }
    variables = {**playbook.variables, **own}
    demo = {name: value for name, value in playbook.variables.items() if name not in own}
    entries = tuple(_with_values(entry, variables, demo) for entry in playbook.entries)
    return replace(playbook, variables=variables, entries=entries)


def _with_values(entry: Entry, variables: Mapping[str, str], demo: Mapping[str, str]) -> Entry:
    used = dict.fromkeys(
        name for alternative in entry.alternatives for part in alternative for name in placeholders(part)
    )
    still_demo = tuple((name, demo[name]) for name in used if name in demo)
    return replace(entry, variables=variables, demo_values=still_demo)
