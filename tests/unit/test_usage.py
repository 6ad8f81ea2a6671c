from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.usage import (
    HALF_LIFE_S,
    LEARNED_HALF_LIFE_S,
    LEARNED_PER_PREFIX,
    LEARNED_PREFIX_CHARS,
    UsageStore,
)


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


def test_what_a_typed_prefix_led_to_is_learned_kept_and_fades(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "usage.json"
    store = UsageStore(path, clock)
    store.record("inv.can-issue", "FP ")
    store.record("inv.can-issue", "fp")
    store.record("inv.title", "fa")
    learned = UsageStore(path, clock).learned_choices()  # saved and read back
    assert learned["f"] == {"inv.can-issue": pytest.approx(2.0), "inv.title": pytest.approx(1.0)}
    assert learned["fp"] == {"inv.can-issue": pytest.approx(2.0)}  # normalized: case and spaces
    assert set(learned) == {"f", "fp", "fa"}
    clock.now += LEARNED_HALF_LIFE_S
    assert UsageStore(path, clock).learned_choices()["fp"]["inv.can-issue"] == pytest.approx(1.0)
    clock.now += 6 * LEARNED_HALF_LIFE_S  # faded below the floor: forgotten, also in the file
    assert store.learned_choices() == {}
    store.record("other", "")
    assert json.loads(path.read_text(encoding="utf-8"))["learned"] == {}


def test_a_prefix_keeps_the_few_entries_it_led_to_most(tmp_path: Path) -> None:
    clock = Clock()
    store = UsageStore(tmp_path / "usage.json", clock)
    for _ in range(3):
        store.record("often", "t")
    for number in range(LEARNED_PER_PREFIX + 2):
        clock.now += 60
        store.record(f"once-{number}", "t")
    kept = store.learned_choices()["t"]
    assert len(kept) == LEARNED_PER_PREFIX
    assert "often" in kept
    assert "once-5" in kept  # the latest stays; the older single choices went
    long_message = "我是李先生电话13800138000还没发货请问什么时候发"
    store.record("ship.late", long_message)
    assert max(map(len, store.learned_choices())) == LEARNED_PREFIX_CHARS


def test_a_usage_file_of_the_first_version_reads_with_nothing_learned(tmp_path: Path) -> None:
    path = tmp_path / "usage.json"
    path.write_text(
        json.dumps({"version": 1, "entries": {"a": {"count": 2, "last_used": 1000.0, "score": 2.0}}}),
        encoding="utf-8",
    )
    store = UsageStore(path, Clock())
    assert store.records["a"].count == 2
    assert store.learned_choices() == {}
    assert store.warning == ""
