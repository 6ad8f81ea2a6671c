"""Ranking quality on the evaluation library (about 300 entries with near-duplicates).

The numbers are recorded in the README; these floors sit a little below them
so a change that makes ranking worse fails here instead of on an agent's desk.
"""

from __future__ import annotations

from bench.search_quality import EVAL_REAL, evaluate, load_eval, summarise


def test_intended_reply_is_first_for_most_queries() -> None:
    index, queries = load_eval()
    assert len(index) >= 300
    assert len(queries) >= 250
    summary = summarise(evaluate(index, queries))
    assert summary["top1"] >= 0.85, summary
    assert summary["top3"] >= 0.93, summary
    # Agents type fewer characters than the full query before the reply is first.
    assert summary["typed_ratio"] <= 0.70, summary


def test_on_real_public_libraries_the_intended_reply_is_near_the_top() -> None:
    """The real-library set (tests/data/eval_real, SOURCES.md): floors just under what is reached."""
    index, queries = load_eval(EVAL_REAL)
    assert len(index) >= 400
    assert len(queries) >= 200
    outcomes = evaluate(index, queries)
    summary = summarise(outcomes)
    assert summary["top1"] >= 0.83, summary
    assert summary["top3"] >= 0.90, summary
    pasted = summarise([o for o in outcomes if o.kind.startswith("paste")])
    assert pasted["top1"] >= 0.61, pasted
    assert pasted["top3"] >= 0.75, pasted
    typed = summarise([o for o in outcomes if not o.kind.startswith("paste")])
    assert typed["top1"] >= 0.95, typed


def test_no_query_of_the_real_set_answers_with_an_empty_list() -> None:
    """Each query's words or readings are in its entry somewhere: a weaker match beats none."""
    index, queries = load_eval(EVAL_REAL)
    assert [q["query"] for q in queries if not index.search(q["query"])] == []
