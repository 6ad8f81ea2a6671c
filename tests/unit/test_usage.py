from __future__ import annotations

import json
from pathlib import Path

from desktop.core.usage import HALF_LIFE_S, UsageStore


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_records_survive_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "usage.json"
    store = UsageStore(path, clock)
    store.record("a")
    store.record("a")
    store.record("b")
    again = UsageStore(path, clock)
    assert again.records["a"].count == 2
    assert again.frecency()["a"] > again.frecency()["b"] > 0


def test_recency_decays_by_half_life(tmp_path: Path) -> None:
    clock = Clock()
    store = UsageStore(tmp_path / "usage.json", clock)
    store.record("old")
    clock.now += HALF_LIFE_S
    assert abs(store.frecency()["old"] - 0.5) < 1e-9
    store.record("new")
    assert store.frecency()["new"] > store.frecency()["old"]


def test_damaged_file_is_kept_aside_not_lost(tmp_path: Path) -> None:
    path = tmp_path / "usage.json"
    path.write_text("{not json", encoding="utf-8")
    store = UsageStore(path, Clock())
    assert "damaged" in store.warning
    kept = list(tmp_path.glob("usage.json.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8") == "{not json"
    store.record("a")
    assert json.loads(path.read_text(encoding="utf-8"))["entries"]["a"]["count"] == 1


def test_a_usage_file_that_would_crash_a_json_reader_is_kept_aside(tmp_path: Path) -> None:
    for damaged in (
        "[" * 100_000,
        '{"entries": {"a": {"count": 1, "last_used": 1, "score": ' + "9" * 400 + "}}}",
    ):
        path = tmp_path / "usage.json"
        path.write_text(damaged, encoding="utf-8")
        store = UsageStore(path)
        assert store.records == {}
        assert "counting starts afresh" in store.warning
        store.record("a")  # and counting goes on
        assert store.frecency()["a"] > 0
    assert len(list(tmp_path.glob("usage.json.damaged-*"))) == 2
