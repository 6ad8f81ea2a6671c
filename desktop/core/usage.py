"""What the agent pasted, when and how often: the frecency behind ranking.

Usage lives beside the playbooks, never inside them, keyed by entry id, so a
team playbook can be replaced without losing anybody's habits.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import QuickReplyError
from desktop.core.files import atomic_write_text
from desktop.core.jsonfile import keep_aside, read_json
from desktop.core.messages import Message, message_of

HALF_LIFE_S = 3 * 24 * 3600.0
_FORMAT_VERSION = 1


@dataclass
class Usage:
    """One entry's record: total pastes and a decaying recency score."""

    count: int = 0
    last_used: float = 0.0
    score: float = 0.0  # value at ``last_used``; halves every HALF_LIFE_S

    def frecency(self, now: float) -> float:
        """The decayed score at ``now``."""
        age = max(0.0, now - self.last_used)
        return self.score * math.pow(0.5, age / HALF_LIFE_S)


class UsageStore:
    """Usage records of one agent, saved atomically after every change."""

    def __init__(self, path: Path | None, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self.records: dict[str, Usage] = {}
        self.warning = ""
        if path is not None and path.exists():
            try:
                self.records = _read(path)
            except QuickReplyError as exc:
                # Keep the damaged file for the record instead of overwriting it.
                kept = keep_aside(path, self._clock)
                self.warning = Message(
                    "{error}; it was kept as {kept} and counting starts afresh",
                    error=message_of(exc),
                    kept=kept.name,
                )

    def record(self, entry_id: str) -> None:
        """Count one paste of ``entry_id`` now and save."""
        now = self._clock()
        usage = self.records.setdefault(entry_id, Usage())
        usage.score = usage.frecency(now) + 1.0
        usage.count += 1
        usage.last_used = now
        self.save()

    def frecency(self) -> dict[str, float]:
        """Entry id → current frecency, for the search index."""
        now = self._clock()
        return {entry_id: usage.frecency(now) for entry_id, usage in self.records.items()}

    def save(self) -> None:
        """Write the records; a no-op for a store that lives only in memory."""
        if self.path is None:
            return
        payload = {
            "version": _FORMAT_VERSION,
            "entries": {
                entry_id: {"count": u.count, "last_used": u.last_used, "score": u.score}
                for entry_id, u in sorted(self.records.items())
            },
        }
        atomic_write_text(self.path, json.dumps(payload, ensure_ascii=False, indent=1))


def _read(path: Path) -> dict[str, Usage]:
    payload = read_json(path)  # Damaged says where a file is broken
    try:
        entries = payload["entries"]
        return {
            str(entry_id): Usage(int(data["count"]), float(data["last_used"]), float(data["score"]))
            for entry_id, data in entries.items()
        }
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        raise QuickReplyError(
            Message("{path}: the usage file is damaged ({error})", path=str(path), error=str(exc))
        ) from exc
