"""Search quality on the evaluation libraries: is the intended reply first, and how soon?

Two sets. ``tests/data/eval/`` (``--set near-duplicates``) holds about 300
entries written like a shop's library with many near-duplicates per topic.
``tests/data/eval_real/`` (``--set real``) holds about 400 entries from public
libraries nobody here wrote (Chinese shop script books, Korean shop FAQs,
English cross-border macros; ``SOURCES.md`` names them), with queries written
from the entry listing before any search ran. Each ``queries.yaml`` lists what
agents type and the entry they mean. For each query this reports whether the intended entry is
first (and in the top 3) for the full query, and how many characters the agent
types before it becomes first (the keystroke cost; a query where it never
becomes first costs its full length plus one, for the arrow key).

Run: ``uv run python bench/search_quality.py [--misses]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.paths import bundled_path  # noqa: E402
from desktop.core.playbook import load_playbooks  # noqa: E402
from desktop.core.search import SearchIndex  # noqa: E402
from desktop.core.synonyms import load_synonyms  # noqa: E402

EVAL = ROOT / "tests" / "data" / "eval"
EVAL_REAL = ROOT / "tests" / "data" / "eval_real"
SETS = {"near-duplicates": EVAL, "real": EVAL_REAL}


@dataclass(frozen=True)
class Outcome:
    """How one query fared."""

    query: str
    expect: str
    kind: str
    rank: int  # 1-based rank of the intended entry for the full query; 0 = absent
    typed: int  # characters typed until it was first (len + 1 if never)
    got: str  # what came first instead


def evaluate(index: SearchIndex, queries: list[dict[str, str]]) -> list[Outcome]:
    """Run every query and every prefix of it through the engine."""
    outcomes = []
    for item in queries:
        query, expect = str(item["query"]), str(item["expect"])
        ids = [hit.entry.id for hit in index.search(query, limit=20)]
        rank = ids.index(expect) + 1 if expect in ids else 0
        typed = len(query) + 1
        for end in range(1, len(query) + 1):
            first = index.search(query[:end], limit=1)
            if first and first[0].entry.id == expect:
                typed = end
                break
        outcomes.append(
            Outcome(query, expect, str(item.get("kind", "")), rank, typed, ids[0] if ids else "-")
        )
    return outcomes


def summarise(outcomes: list[Outcome]) -> dict[str, float]:
    """Top-1 share, top-3 share and mean keystrokes."""
    count = len(outcomes) or 1
    return {
        "queries": float(len(outcomes)),
        "top1": sum(o.rank == 1 for o in outcomes) / count,
        "top3": sum(1 <= o.rank <= 3 for o in outcomes) / count,
        "typed_mean": statistics.mean(o.typed for o in outcomes) if outcomes else 0.0,
        "typed_ratio": statistics.mean(o.typed / len(o.query) for o in outcomes) if outcomes else 0.0,
    }


def load_eval(folder: Path = EVAL) -> tuple[SearchIndex, list[dict[str, str]]]:
    """An evaluation library's index, searched as the app searches (bundled synonyms), and its queries."""
    result = load_playbooks(sorted(p for p in folder.glob("*.yaml") if p.name != "queries.yaml"))
    if result.errors:
        raise SystemExit("\n".join(str(p) for p in result.errors))
    queries = yaml.safe_load((folder / "queries.yaml").read_text(encoding="utf-8"))
    index = SearchIndex(result.entries)
    synonyms, problems = load_synonyms([bundled_path("resources") / "synonyms"])
    if problems:
        raise SystemExit("\n".join(str(p) for p in problems))
    index.set_synonyms(synonyms)
    return index, queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", action="store_true", help="list the queries whose intended entry is not first"
    )
    parser.add_argument("--set", choices=sorted(SETS), default="near-duplicates", help="which library")
    args = parser.parse_args()
    index, queries = load_eval(SETS[args.set])
    outcomes = evaluate(index, queries)
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.kind].append(outcome)
    print(f"{len(index)} entries, {len(outcomes)} queries")
    print(f"{'kind':<12} {'n':>4} {'top1':>6} {'top3':>6} {'typed':>6} {'typed/len':>9}")
    for kind, group in sorted(by_kind.items()) + [("ALL", outcomes)]:
        s = summarise(group)
        print(
            f"{kind:<12} {int(s['queries']):>4} {s['top1']:>6.1%} {s['top3']:>6.1%} "
            f"{s['typed_mean']:>6.2f} {s['typed_ratio']:>9.2f}"
        )
    if args.misses:
        for o in outcomes:
            if o.rank != 1:
                print(
                    f"[{o.kind}] {o.query!r}: expected {o.expect} at rank {o.rank or '-'}, first was {o.got}"
                )


if __name__ == "__main__":
    main()
