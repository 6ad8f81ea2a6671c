"""What the agent pasted, when and how often, and after typing what.

Two things rank from it: frecency (each paste adds 1, halving every three
days) and what the agent taught the search (what Alfred calls knowledge):
for every prefix of what was typed before a paste, the entry it led to. The
next time the same prefix is typed, the entry it led to most (decayed over
two weeks) comes first: ``fp`` → 能开发票吗 after the agent chose it twice.

Usage lives beside the playbooks, never inside them, keyed by entry id, so a
team playbook can be replaced without losing anybody's habits.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import QuickReplyError
from desktop.core.files import atomic_write_text
from desktop.core.jsonfile import keep_aside, read_json
from desktop.core.messages import Message, message_of
from desktop.core.text import normalize

HALF_LIFE_S = 3 * 24 * 3600.0
# What a prefix led to is forgotten more slowly than how often an entry is used.
LEARNED_HALF_LIFE_S = 14 * 24 * 3600.0
# Prefixes longer than this are a pasted message, not something typed again.
LEARNED_PREFIX_CHARS = 16
# Per prefix, the entries it led to most recently and often; the rest are forgotten.
LEARNED_PER_PREFIX = 4
# A learned choice weaker than this (decayed) is dropped when saving.
LEARNED_FLOOR = 0.05
_FORMAT_VERSION = 2


@dataclass
class Usage:
    """One entry's record: total pastes and a decaying recency score."""

    count: int = 0
    last_used: float = 0.0
    score: float = 0.0  # value at ``last_used``; halves every HALF_LIFE_S

    def frecency(self, now: float, half_life: float = HALF_LIFE_S) -> float:
        """The decayed score at ``now``."""
        age = max(0.0, now - self.last_used)
        return self.score * math.pow(0.5, age / half_life)

    def add_one(self, now: float, half_life: float = HALF_LIFE_S) -> None:
        """One more use at ``now``."""
        self.score = self.frecency(now, half_life) + 1.0
        self.count += 1
        self.last_used = now


def typed_prefixes(typed: str) -> list[str]:
    """The prefixes of what was typed that the search sees, shortest first (“fp” → “f”, “fp”)."""
    text = normalize(typed).strip()[:LEARNED_PREFIX_CHARS]
    return list(dict.fromkeys(prefix for end in range(1, len(text) + 1) if (prefix := text[:end].strip())))


class UsageStore:
    """Usage records of one agent, saved atomically after every change."""

    def __init__(self, path: Path | None, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self.records: dict[str, Usage] = {}
        # Typed prefix (normalized) → entry id → the record of it being chosen after that prefix.
        self.learned: dict[str, dict[str, Usage]] = {}
        self.warning = ""
        if path is not None and path.exists():
            try:
                self.records, self.learned = _read(path)
            except QuickReplyError as exc:
                # Keep the damaged file for the record instead of overwriting it.
                kept = keep_aside(path, self._clock)
                self.warning = Message(
                    "{error}; it was kept as {kept} and counting starts afresh",
                    error=message_of(exc),
                    kept=kept.name,
                )

    def record(self, entry_id: str, typed: str = "") -> None:
        """Count one paste of ``entry_id`` now, learn what ``typed`` led to, and save."""
        now = self._clock()
        self.records.setdefault(entry_id, Usage()).add_one(now)
        for prefix in typed_prefixes(typed):
            chosen = self.learned.setdefault(prefix, {})
            chosen.setdefault(entry_id, Usage()).add_one(now, LEARNED_HALF_LIFE_S)
            if len(chosen) > LEARNED_PER_PREFIX:
                weakest = min(chosen, key=lambda other: chosen[other].frecency(now, LEARNED_HALF_LIFE_S))
                del chosen[weakest]
        self.save()

    def frecency(self) -> dict[str, float]:
        """Entry id → current frecency, for the search index."""
        now = self._clock()
        return {entry_id: usage.frecency(now) for entry_id, usage in self.records.items()}

    def learned_choices(self) -> dict[str, dict[str, float]]:
        """Typed prefix → entry id → how strongly it led there now, for the search index."""
        now = self._clock()
        return {
            prefix: {entry_id: u.frecency(now, LEARNED_HALF_LIFE_S) for entry_id, u in kept.items()}
            for prefix, kept in self._remembered(now).items()
        }

    def _remembered(self, now: float) -> dict[str, dict[str, Usage]]:
        """The learned choices still at least ``LEARNED_FLOOR`` strong at ``now``, by prefix."""
        found: dict[str, dict[str, Usage]] = {}
        for prefix, chosen in self.learned.items():
            kept = {e: u for e, u in chosen.items() if u.frecency(now, LEARNED_HALF_LIFE_S) >= LEARNED_FLOOR}
            if kept:
                found[prefix] = kept
        return found

    def export(self) -> dict[str, object]:
        """Everything this store holds, as the JSON it is saved as (for ``quickreply usage --json``)."""
        learned = {
            prefix: {
                entry_id: {"count": u.count, "last_used": u.last_used, "score": u.score}
                for entry_id, u in sorted(kept.items())
            }
            for prefix, kept in sorted(self._remembered(self._clock()).items())
        }
        return {
            "version": _FORMAT_VERSION,
            "entries": {
                entry_id: {"count": u.count, "last_used": u.last_used, "score": u.score}
                for entry_id, u in sorted(self.records.items())
            },
            "learned": learned,
        }

    def save(self) -> None:
        """Write the records; a no-op for a store that lives only in memory."""
        if self.path is None:
            return
        atomic_write_text(self.path, json.dumps(self.export(), ensure_ascii=False, indent=1))


def _usage_of(data: Mapping[str, Any]) -> Usage:
    return Usage(int(data["count"]), float(data["last_used"]), float(data["score"]))


def _read(path: Path) -> tuple[dict[str, Usage], dict[str, dict[str, Usage]]]:
    payload = read_json(path)  # Damaged says where a file is broken
    try:
        entries = {str(entry_id): _usage_of(data) for entry_id, data in payload["entries"].items()}
        learned = {  # version 1 files learned nothing yet
            str(prefix): {str(entry_id): _usage_of(data) for entry_id, data in chosen.items()}
            for prefix, chosen in payload.get("learned", {}).items()
        }
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise QuickReplyError(
            Message("{path}: the usage file is damaged ({error})", path=str(path), error=str(exc))
        ) from exc
    return entries, learned
