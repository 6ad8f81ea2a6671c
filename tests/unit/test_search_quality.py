"""Ranking quality on the evaluation library (about 300 entries with near-duplicates).

The numbers are recorded in the README; these floors sit a little below them
so a change that makes ranking worse fails here instead of on an agent's desk.
"""

from __future__ import annotations

from bench.search_quality import evaluate, load_eval, summarise


def test_intended_reply_is_first_for_most_queries() -> None:
    index, queries = load_eval()
    assert len(index) >= 300
    assert len(queries) >= 250
    summary = summarise(evaluate(index, queries))
    assert summary["top1"] >= 0.85, summary
    assert summary["top3"] >= 0.93, summary
    # Agents type fewer characters than the full query before the reply is first.
    assert summary["typed_ratio"] <= 0.70, summary
