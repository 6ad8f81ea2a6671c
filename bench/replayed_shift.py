"""A replayed shift: how many characters an agent types per paste, with and without learning.

300 customer requests are drawn from a skewed (Zipf-like) distribution over a
300-entry library (the evaluation library of ``tests/data/eval``): a few
replies are asked for all the time, most rarely, as in a real shop. For each
request the agent types the natural query of the intended entry (its query in
``queries.yaml``, else its question) one character at a time and stops as soon
as the entry is first; when it never is, the agent types the whole query and
arrows down to it (one more key per row above it). Then the reply is pasted and
the usage record learns from it. A minute passes between requests.

"without learning" ranks by frecency only (each paste still counts); "with
learning" also puts what a typed prefix led to before first (see
``desktop/core/usage.py``). Two shifts are reported: the agent's first day
(nothing learned yet, so every reply's first request costs its full query) and
the next day, after a shift of the same traffic (usage is kept per agent, and
16 hours pass between the shifts). Run: ``uv run python bench/replayed_shift.py``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.playbook import Entry, load_playbooks  # noqa: E402
from desktop.core.search import SearchIndex  # noqa: E402
from desktop.core.usage import UsageStore  # noqa: E402

EVAL = ROOT / "tests" / "data" / "eval"
LIBRARY_SIZE = 300
REQUESTS = 300
ZIPF_EXPONENT = 1.0
SECONDS_BETWEEN_REQUESTS = 60.0
HOURS_BETWEEN_SHIFTS = 16


class Clock:
    """The shift's time, moved on by the replay."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def natural_queries(entries: list[Entry]) -> dict[str, str]:
    """What an agent types for each entry: its evaluation query (the shortest), else its question."""
    written: dict[str, str] = {}
    for item in yaml.safe_load((EVAL / "queries.yaml").read_text(encoding="utf-8")):
        query, expect = str(item["query"]), str(item["expect"])
        if item.get("kind") != "paste" and (expect not in written or len(query) < len(written[expect])):
            written[expect] = query
    return {entry.id: written.get(entry.id, entry.question) for entry in entries}


def keys_for(index: SearchIndex, query: str, expect: str) -> tuple[int, str]:
    """Keys typed until ``expect`` is first (or the whole query plus arrows), and the text typed."""
    for end in range(1, len(query) + 1):
        hits = index.search(query[:end], limit=1)
        if hits and hits[0].entry.id == expect:
            return end, query[:end]
    ids = [hit.entry.id for hit in index.search(query, limit=20)]
    arrows = ids.index(expect) if expect in ids else 20
    return len(query) + arrows, query


def replay(
    entries: list[Entry],
    shifts: list[list[Entry]],
    queries: dict[str, str],
    *,
    learning: bool,
) -> list[list[int]]:
    """Keys per paste, shift by shift; what one shift learned carries into the next."""
    index = SearchIndex(entries)
    clock = Clock()
    usage = UsageStore(None, clock)
    return [_shift(index, usage, clock, requests, queries, learning=learning) for requests in shifts]


def _shift(
    index: SearchIndex,
    usage: UsageStore,
    clock: Clock,
    requests: list[Entry],
    queries: dict[str, str],
    *,
    learning: bool,
) -> list[int]:
    costs: list[int] = []
    for wanted in requests:
        index.set_usage(usage.frecency())
        index.set_learned(usage.learned_choices() if learning else {})
        keys, typed = keys_for(index, queries[wanted.id], wanted.id)
        costs.append(keys)
        usage.record(wanted.id, typed)
        clock.now += SECONDS_BETWEEN_REQUESTS
    clock.now += HOURS_BETWEEN_SHIFTS * 3600
    return costs


def main() -> None:
    """Replay the shift both ways and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--days", type=int, default=2, help="shifts in a row (usage carries over)")
    args = parser.parse_args()
    entries = list(load_playbooks([EVAL]).entries)[:LIBRARY_SIZE]
    rng = random.Random(args.seed)
    popular_first = entries.copy()
    rng.shuffle(popular_first)
    weights = [1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(popular_first))]
    shifts = [rng.choices(popular_first, weights=weights, k=REQUESTS) for _day in range(args.days)]
    queries = natural_queries(entries)
    print(
        f"{len(entries)} entries, {REQUESTS} requests a shift, "
        f"{len({e.id for e in shifts[0]})} distinct replies on day 1 (Zipf exponent {ZIPF_EXPONENT}, seed {args.seed})"
    )
    print(f"{'':18} {'day':>3} {'keys/paste':>10} {'median':>6} {'1 key':>6} {'repeats':>8}")
    for learning in (False, True):
        seen: set[str] = set()
        for day, (requests, costs) in enumerate(
            zip(shifts, replay(entries, shifts, queries, learning=learning), strict=True), 1
        ):
            repeats = []  # requests for a reply already asked for (this day or before)
            for wanted, cost in zip(requests, costs, strict=True):
                if wanted.id in seen:
                    repeats.append(cost)
                seen.add(wanted.id)
            one_key = sum(1 for cost in costs if cost == 1) / len(costs)
            print(
                f"{'with learning' if learning else 'without learning':18} {day:3d} {statistics.mean(costs):10.2f} "
                f"{statistics.median(costs):6.1f} {one_key:6.0%} {statistics.mean(repeats):8.2f}"
            )


if __name__ == "__main__":
    main()
