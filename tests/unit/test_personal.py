"""New replies are appended to the personal playbook without changing a byte above them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import PlaybookError
from desktop.core.personal import PERSONAL_FILE, append_entry
from desktop.core.playbook import load_playbooks


def test_the_first_entry_creates_a_playbook_that_loads(tmp_path: Path) -> None:
    entry = append_entry(
        tmp_path,
        question="发票抬头开错了",
        category="发票",
        reply="亲，麻烦把正确的抬头发我～",
        language="zh-CN",
    )
    assert (entry.question, entry.category, entry.first_reply) == (
        "发票抬头开错了",
        "发票",
        "亲，麻烦把正确的抬头发我～",
    )
    loaded = load_playbooks([tmp_path])
    assert loaded.errors == []
    assert [e.id for e in loaded.entries] == [entry.id]


def test_appending_keeps_every_line_already_there(tmp_path: Path) -> None:
    path = tmp_path / PERSONAL_FILE
    original = (
        "# my own replies — keep this comment\n"
        "name: mine\n"
        "language: zh-CN\n"
        "entries:\n"
        "  - category: 问候   # aligned on purpose\n"
        "    question: 在吗\n"
        "    reply: 在的亲～\n"
    )
    path.write_text(original, encoding="utf-8")
    append_entry(
        tmp_path, question="Where is my parcel?", category="Shipping", reply="Let me check.", language="en"
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith(original)
    loaded = load_playbooks([path])
    assert [(e.question, e.language) for e in loaded.entries] == [
        ("在吗", "zh-CN"),
        ("Where is my parcel?", "en"),
    ]


def test_an_append_that_would_break_the_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / PERSONAL_FILE
    original = (
        "name: mine\nlanguage: en\nentries:\n  - {category: A, question: B, reply: C}\nvariables: {shop: X}\n"
    )
    path.write_text(original, encoding="utf-8")
    with pytest.raises(PlaybookError, match=PERSONAL_FILE):
        append_entry(tmp_path, question="Q", category="C", reply="R", language="en")
    assert path.read_text(encoding="utf-8") == original


def test_an_empty_reply_is_refused_with_its_place(tmp_path: Path) -> None:
    with pytest.raises(PlaybookError, match="'reply' is empty"):
        append_entry(tmp_path, question="Q", category="C", reply="   ", language="en")
    assert not (tmp_path / PERSONAL_FILE).exists()
