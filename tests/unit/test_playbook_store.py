"""Editing entries from the widget changes the edited entry and not a byte more, and never loses a file."""

from __future__ import annotations

import difflib
import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import PlaybookError
from desktop.core.playbook import iter_playbook_files, load_playbooks, parse_playbook
from desktop.core.playbook_store import (
    BACKUP_COUNT,
    ConflictError,
    EntryData,
    EntryNotFoundError,
    PlaybookDocument,
    list_backups,
)

REPO = Path(__file__).resolve().parents[2]

# Comments everywhere, three indentation styles, a flow entry, a block
# reply, odd spacing inside flow lists, and a top-level key after the entries.
MESSY = """\
# 天猫店铺 playbook — edited by hand, keep these notes
name: 测试店铺      # shown in the widget
language: zh-CN

entries:
  # ---- 议价 ----
  - id: price.discount        # stable id, do not change
    category: 议价
    question: 价格能再少点吗？
    also: [能便宜点吗,最低多少钱]    # odd spacing on purpose
    context: 顾客习惯性议价
    reply: 亲，{shop}已经是活动价啦～  # the usual answer
    tips: 语气随和

  -     id: ship.when
        category: 物流
        question: 什么时候发货
        replies:
        - 48小时内发货
        # the formal one
        - [您好，订单已收到, 我们会尽快安排发货]
        code: fh

  - {id: refund.how, category: 售后, question: 怎么退货,   reply: 七天无理由}
  - id: greet.hello
    category: 问候
    question: 在吗
    reply: |
      在的亲～
      有什么可以帮您

    tags: [greeting]   # sent on arrival
# shop defaults live at the bottom in this file
variables:
  shop: 示例旗舰店
"""


def _write(folder: Path, text: str, name: str = "shop.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def _loaded(path: Path) -> dict[str, EntryData]:
    result = load_playbooks([path])
    assert result.errors == []
    language = result.playbooks[0].language
    return {entry.id: EntryData.from_entry(entry, playbook_language=language) for entry in result.entries}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- minimal edits ----------------------------------------------------------------


def test_editing_one_reply_changes_only_that_line(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    data = doc.get("price.discount")
    data.alternatives = [["亲，这已经是最低价啦"]]
    doc.upsert(data)
    doc.save()

    after = path.read_text(encoding="utf-8")
    assert _changed_lines(MESSY, after) == [
        "-    reply: 亲，{shop}已经是活动价啦～  # the usual answer",
        "+    reply: 亲，这已经是最低价啦  # the usual answer",
    ]
    # Every byte outside the edited value is the same.
    old_value, new_value = "亲，{shop}已经是活动价啦～", "亲，这已经是最低价啦"
    cut = MESSY.index(old_value)
    assert after[:cut] == MESSY[:cut]
    assert after[cut + len(new_value) :] == MESSY[cut + len(old_value) :]
    assert _loaded(path)["price.discount"] == data


@pytest.mark.parametrize(
    ("entry_id", "change", "expected"),
    [
        pytest.param(
            "ship.when",
            lambda d: d.alternatives[1].__setitem__(1, "马上安排"),
            [
                "-        - [您好，订单已收到, 我们会尽快安排发货]",
                "+        - [您好，订单已收到, 马上安排]",
            ],
            id="one-part-of-a-multi-part-reply",
        ),
        pytest.param(
            "refund.how",
            lambda d: setattr(d, "question", "怎么退货？"),
            [
                "-  - {id: refund.how, category: 售后, question: 怎么退货,   reply: 七天无理由}",
                "+  - {id: refund.how, category: 售后, question: 怎么退货？,   reply: 七天无理由}",
            ],
            id="flow-entry",
        ),
        pytest.param(
            "greet.hello",
            lambda d: setattr(d, "alternatives", [["在的亲～\n请问有什么可以帮您？\n"]]),
            ["-      有什么可以帮您", "+      请问有什么可以帮您？"],
            id="block-reply",
        ),
        pytest.param(
            "ship.when",
            lambda d: d.alternatives.append(["稍等，我帮您查一下"]),
            ["+        - 稍等，我帮您查一下"],
            id="added-alternative",
        ),
        pytest.param(
            "price.discount",
            lambda d: setattr(d, "also", ["能便宜点吗", "最低多少钱", "打折吗"]),
            [
                "-    also: [能便宜点吗,最低多少钱]    # odd spacing on purpose",
                "+    also: [能便宜点吗,最低多少钱, 打折吗]    # odd spacing on purpose",
            ],
            id="added-phrasing",
        ),
    ],
)
def test_edits_inside_an_entry_are_minimal(
    tmp_path: Path, entry_id: str, change: object, expected: list[str]
) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    data = doc.get(entry_id)
    assert callable(change)
    change(data)
    doc.upsert(data)
    doc.save()
    assert _changed_lines(MESSY, path.read_text(encoding="utf-8")) == expected
    assert _loaded(path)[entry_id] == data


def test_adding_and_removing_keys_keeps_the_others_in_place(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    data = doc.get("price.discount")
    data.tips = ""  # removed
    data.context = "顾客第二次议价"  # changed
    data.code = "jg"  # new: goes after 'reply' in the usual key order
    data.allow = ["extreme"]  # new
    data.language = "zh-TW"  # differs from the playbook's
    doc.upsert(data)
    doc.save()
    assert _changed_lines(MESSY, path.read_text(encoding="utf-8")) == [
        "-    context: 顾客习惯性议价",
        "+    context: 顾客第二次议价",
        "-    tips: 语气随和",
        "+    code: jg",
        "+    allow: [extreme]",
        "+    language: zh-TW",
    ]
    assert _loaded(path)["price.discount"] == data


def test_an_entry_without_id_keeps_its_id_when_its_question_changes(tmp_path: Path) -> None:
    text = "name: t\nlanguage: en\nentries:\n  - category: Greeting\n    question: Hi\n    reply: Hello!\n"
    path = _write(tmp_path, text, "greet.yaml")
    doc = PlaybookDocument.open(path)
    [entry_id] = doc.entry_ids()
    data = doc.get(entry_id)
    data.question = "Hi there"
    assert doc.upsert(data) == entry_id
    doc.save()
    assert _changed_lines(text, path.read_text(encoding="utf-8")) == [
        "-  - category: Greeting",
        "-    question: Hi",
        f"+  - id: {entry_id}",
        "+    category: Greeting",
        "+    question: Hi there",
    ]
    assert list(_loaded(path)) == [entry_id]


def test_a_new_entry_is_appended_inside_the_entries_list(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    data = EntryData(
        id="invoice.title",
        category="发票",
        question="发票抬头开错了",
        also=["抬头错了", "yes"],
        alternatives=[["亲，麻烦把正确的抬头发我～"], ["好的，", "我这就帮您重开"]],
        tags=["售后"],
    )
    assert doc.upsert(data) == "invoice.title"
    doc.save()
    after = path.read_text(encoding="utf-8")
    # Everything before the insertion point and the trailing 'variables' are untouched.
    cut = MESSY.index("# shop defaults")
    assert after.startswith(MESSY[:cut])
    assert after.endswith(MESSY[cut:])
    assert after[cut : len(after) - len(MESSY) + cut] == (
        "  - id: invoice.title\n"
        "    category: 发票\n"
        "    question: 发票抬头开错了\n"
        "    also: [抬头错了, 'yes']\n"
        "    replies:\n"
        "    - 亲，麻烦把正确的抬头发我～\n"
        "    - [好的，, 我这就帮您重开]\n"
        "    tags: [售后]\n"
    )
    loaded = _loaded(path)
    assert loaded["invoice.title"] == data
    assert list(loaded) == ["price.discount", "ship.when", "refund.how", "greet.hello", "invoice.title"]


def test_delete_removes_only_that_entry(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    before = _loaded(path)
    doc.delete("ship.when")
    doc.delete("refund.how")
    doc.save()
    removed = [line for line in _changed_lines(MESSY, path.read_text(encoding="utf-8"))]
    assert all(line.startswith("-") for line in removed)
    assert [line[1:] for line in removed] == MESSY.splitlines()[14:24]
    assert _loaded(path) == {k: v for k, v in before.items() if k in ("price.discount", "greet.hello")}
    with pytest.raises(EntryNotFoundError, match="ship.when"):
        doc.delete("ship.when")


def test_deleting_every_entry_leaves_a_playbook_that_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    for entry_id in doc.entry_ids():
        doc.delete(entry_id)
    doc.save()
    result = load_playbooks([path])
    assert result.errors == []
    assert result.entries == []
    assert "# 天猫店铺 playbook — edited by hand, keep these notes" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("alternatives", "written"),
    [
        ([["只有一句"]], "    reply: 只有一句\n"),
        ([["第一种"], ["第二种"]], "    replies:\n      - 第一种\n      - 第二种\n"),
        ([["第一条", "第二条"]], "    replies:\n      - [第一条, 第二条]\n"),
        ([["一句"], ["分", "两条"]], "    replies:\n      - 一句\n      - [分, 两条]\n"),
        ([["两行\n的回复"]], "    reply: |-\n      两行\n      的回复\n"),
        ([["a: b, c"], ["#1 best"]], "    replies:\n      - 'a: b, c'\n      - '#1 best'\n"),
    ],
)
def test_alternatives_are_written_as_reply_or_replies(
    tmp_path: Path, alternatives: list[list[str]], written: str
) -> None:
    path = tmp_path / "new.yaml"
    doc = PlaybookDocument.open(path, name="新话术", language="zh-CN")
    data = EntryData(id="x.one", category="测试", question="问题", alternatives=alternatives)
    doc.upsert(data)
    doc.save()
    text = path.read_text(encoding="utf-8")
    assert text == (
        "name: 新话术\nlanguage: zh-CN\nentries:\n"
        "  - id: x.one\n    category: 测试\n    question: 问题\n" + written
    )
    assert _loaded(path) == {"x.one": data}
    # Switching between the two forms keeps the key's place.
    data.alternatives = [["换一种"], *alternatives] if len(alternatives) == 1 else [["只剩一种"]]
    doc.upsert(data)
    doc.save()
    assert _loaded(path) == {"x.one": data}


def test_allow_reasons_are_kept(tmp_path: Path) -> None:
    text = (
        "name: t\nlanguage: zh-CN\nentries:\n  - id: a\n    category: c\n    question: q\n"
        "    reply: 保证正品\n    allow: {absolute: 质保条款原文}\n"
    )
    path = _write(tmp_path, text)
    doc = PlaybookDocument.open(path)
    data = doc.get("a")
    data.allow = ["absolute", "extreme"]
    doc.upsert(data)
    assert "allow: {absolute: 质保条款原文, extreme: allowed in QuickReply}" in doc.text
    doc.save()
    assert _loaded(path)["a"] == data


def test_crlf_and_byte_order_mark_are_kept(tmp_path: Path) -> None:
    text = "name: t\nlanguage: en\nentries:\n  - id: a\n    category: c\n    question: q\n    reply: old\n"
    path = tmp_path / "win.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    doc = PlaybookDocument.open(path)
    data = doc.get("a")
    data.alternatives = [["new\nlines"]]
    doc.upsert(data)
    doc.save()
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\n") == raw.count(b"\r\n")
    assert _loaded(path)["a"] == data


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    question=_TEXT,
    alternatives=st.lists(st.lists(_TEXT, min_size=1, max_size=3), min_size=1, max_size=3),
    also=st.lists(_TEXT, max_size=3),
    tips=st.one_of(st.just(""), _TEXT),
)
def test_any_text_reads_back_exactly(
    tmp_path: Path, question: str, alternatives: list[list[str]], also: list[str], tips: str
) -> None:
    path = tmp_path / "prop.yaml"
    doc = PlaybookDocument.open(path, name="p", language="en")
    first = EntryData(id="p.one", category="c", question="q", alternatives=[["r"]])
    doc.upsert(first)
    data = EntryData(
        id="p.two", category="c", question=question, alternatives=alternatives, also=also, tips=tips
    )
    doc.upsert(data)  # appended
    data.alternatives = [*alternatives, ["extra"]]
    doc.upsert(data)  # edited in place
    playbook, problems = parse_playbook(doc.text, path)
    assert playbook is not None
    assert problems == []
    assert [EntryData.from_entry(e, playbook_language="en") for e in playbook.entries] == [first, data]


@pytest.mark.parametrize(
    ("entry", "first", "second"),
    [
        pytest.param(  # a key added right after a list whose last item goes
            "- id: a\n  category: c\n  question: q\n  replies:\n  - r\n  - [s, t]\n",
            [["0", "0"]],
            [["x"], ["y"]],
            id="insert-after-shrinking-list",
        ),
        pytest.param(  # items moved inside a nested list written as ``-   - x``
            "  - id: a\n    category: c\n    question: q\n    reply: r\n",
            [["0", "0\n"]],
            [["0\n", "0"]],
            id="reorder-nested-block-list",
        ),
    ],
)
def test_successive_edits_read_back(
    tmp_path: Path, entry: str, first: list[list[str]], second: list[list[str]]
) -> None:
    path = _write(tmp_path, "name: t\nlanguage: en\nentries:\n" + entry + "# tail\n")
    doc = PlaybookDocument.open(path)
    data = doc.get("a")
    for alternatives, tags in ((first, ["t1"]), (second, [])):
        data.alternatives = alternatives
        data.tags = tags
        doc.upsert(data)
        doc.save()
        assert _loaded(path) == {"a": data}
        assert path.read_text(encoding="utf-8").endswith("# tail\n")


# -- refusing to write ----------------------------------------------------------------


def test_an_entry_that_would_not_load_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    data = doc.get("price.discount")
    data.alternatives = [["   "]]
    with pytest.raises(PlaybookError, match=r"shop\.yaml:\d+:\d+: 'reply' is empty"):
        doc.upsert(data)
    data.alternatives = [["ok"]]
    data.code = "two words"
    with pytest.raises(PlaybookError, match="must be one word"):
        doc.upsert(data)
    assert not doc.is_modified
    doc.save()
    assert path.read_text(encoding="utf-8") == MESSY
    assert list_backups(path) == []


def test_an_edit_that_would_change_another_entry_is_refused(tmp_path: Path) -> None:
    # 'b' shares its reply with 'a' through a YAML alias: rewriting it in place
    # would change 'a' too, which the check after every edit catches.
    text = (
        "name: t\nlanguage: en\nentries:\n"
        "  - id: a\n    category: c\n    question: q\n    reply: &shared same\n"
        "  - id: b\n    category: c\n    question: q2\n    reply: *shared\n"
    )
    path = _write(tmp_path, text)
    doc = PlaybookDocument.open(path)
    data = doc.get("b")
    data.alternatives = [["different"]]
    with pytest.raises(PlaybookError, match=r"shop\.yaml:8:5: QuickReply could not write the entry 'b'"):
        doc.upsert(data)
    assert doc.text == text


def test_comments_of_a_rewritten_value_move_to_its_first_line(tmp_path: Path) -> None:
    text = (
        "name: t\nlanguage: en\nentries:\n  - id: a\n    category: c\n    question: q\n"
        "    reply: one   # keep me\n    tips: t\n"
    )
    path = _write(tmp_path, text)
    doc = PlaybookDocument.open(path)
    data = doc.get("a")
    data.alternatives = [["line 1\nline 2"]]
    doc.upsert(data)
    assert _changed_lines(text, doc.text) == [
        "-    reply: one   # keep me",
        "+    reply: |-   # keep me",
        "+      line 1",
        "+      line 2",
    ]


def test_a_new_entry_may_not_take_an_id_already_used(tmp_path: Path) -> None:
    text = "name: t\nlanguage: en\nentries:\n  - category: c\n    question: Same\n    reply: r\n"
    path = _write(tmp_path, text, "dup.yaml")
    doc = PlaybookDocument.open(path)
    with pytest.raises(
        PlaybookError, match=r"dup\.yaml:7:5: id 'dup.same' is already used at .*dup\.yaml:4:5"
    ):
        doc.upsert(EntryData(id="", category="c", question="Same", alternatives=[["other"]]))
    assert doc.text == text


def test_save_refuses_a_file_that_would_have_errors(tmp_path: Path) -> None:
    broken = MESSY.replace("        code: fh\n", "        code: fh\n        colour: red\n")
    path = _write(tmp_path, broken)
    doc = PlaybookDocument.open(path)
    data = doc.get("price.discount")
    data.tips = "changed"
    doc.upsert(data)
    with pytest.raises(PlaybookError, match="unknown key 'colour'"):
        doc.save()
    assert path.read_text(encoding="utf-8") == broken
    assert list_backups(path) == []


def test_a_file_changed_by_someone_else_is_a_conflict(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    data = doc.get("price.discount")
    data.tips = "mine"
    doc.upsert(data)
    theirs = MESSY.replace("语气随和", "theirs")
    path.write_text(theirs, encoding="utf-8")
    assert doc.has_changed_on_disk()

    with pytest.raises(ConflictError) as caught:
        doc.save()
    assert str(path) in str(caught.value)
    assert "both versions" in str(caught.value)
    assert caught.value.theirs == theirs
    assert caught.value.ours == doc.text
    assert "tips: mine" in caught.value.ours
    assert path.read_text(encoding="utf-8") == theirs
    assert list_backups(path) == []

    # Taking theirs: open again.
    assert PlaybookDocument.open(path).get("price.discount").tips == "theirs"
    # Keeping mine: their version goes to the backups, not lost.
    doc.save(force=True)
    assert path.read_text(encoding="utf-8") == caught.value.ours
    assert [b.read_text(encoding="utf-8") for b in list_backups(path)] == [theirs]
    # Saving again works: the document now knows what is on disk.
    data.tips = "mine again"
    doc.upsert(data)
    doc.save()
    assert _loaded(path)["price.discount"].tips == "mine again"


def test_a_deleted_file_is_a_conflict_too(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    doc.delete("ship.when")
    path.unlink()
    with pytest.raises(ConflictError, match="was deleted") as caught:
        doc.save()
    assert caught.value.theirs is None
    assert not path.exists()
    doc.save(force=True)
    assert "ship.when" not in _loaded(path)


def test_a_missing_file_opens_as_a_new_playbook(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "mine.yaml"
    with pytest.raises(PlaybookError, match="does not exist"):
        PlaybookDocument.open(path)
    doc = PlaybookDocument.open(path, name="My replies", language="en")
    assert doc.entry_ids() == []
    doc.save()
    assert path.read_text(encoding="utf-8") == "name: My replies\nlanguage: en\nentries: []\n"
    # Someone else created it meanwhile: a conflict, not an overwrite.
    other = PlaybookDocument.open(tmp_path / "other.yaml", name="o", language="en")
    (tmp_path / "other.yaml").write_text("name: o\nlanguage: en\nentries: []\n", encoding="utf-8")
    with pytest.raises(ConflictError):
        other.save()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_saving_keeps_the_file_mode(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    path.chmod(0o664)
    doc = PlaybookDocument.open(path)
    data = doc.get("ship.when")
    data.code = "fh2"
    doc.upsert(data)
    doc.save()
    assert path.stat().st_mode & 0o777 == 0o664


# -- backups ----------------------------------------------------------------------


def test_backups_keep_the_newest_twenty_previous_versions(tmp_path: Path) -> None:
    path = _write(tmp_path, MESSY)
    doc = PlaybookDocument.open(path)
    versions = [MESSY]
    for n in range(25):
        data = doc.get("price.discount")
        data.alternatives = [[f"第{n}版"]]
        doc.upsert(data)
        doc.save()
        versions.append(path.read_text(encoding="utf-8"))
    backups = list_backups(path)
    assert len(backups) == BACKUP_COUNT == 20
    assert [b.read_text(encoding="utf-8") for b in backups] == versions[-21:-1]
    assert all(b.parent == tmp_path / ".backups" / "shop" for b in backups)
    # The loader never takes a backup for a playbook.
    assert list(iter_playbook_files([tmp_path])) == [path]
    assert list(_loaded(tmp_path)) == list(_loaded(path))


# -- kill -9 ------------------------------------------------------------------------

_CHILD = """
import hashlib, sys
from pathlib import Path
from desktop.core.playbook_store import PlaybookDocument

path, label, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
doc = PlaybookDocument.open(path)
ids = doc.entry_ids()
print("ready", hashlib.sha256(doc.text.encode()).hexdigest(), flush=True)
for n in range(count):
    data = doc.get(ids[(n * 7919) % len(ids)])
    data.alternatives = [[f"亲，第{label}-{n}次修改的回复"]]
    doc.upsert(data)
    print("writing", hashlib.sha256(doc.text.encode()).hexdigest(), flush=True)
    doc.save()
    print("saved", flush=True)
"""


def _big_playbook(entries: int) -> str:
    lines = ["# generated for the kill -9 test\nname: 大话术库\nlanguage: zh-CN\nentries:\n"]
    for i in range(entries):
        lines.append(
            f"  - id: big.{i}\n    category: 分类{i % 20}\n    question: 第{i}个问题？\n"
            f"    also: [说法{i}, phrasing {i}]\n    reply: 亲，这是第{i}条回复～  # note {i}\n"
            f"    tags: [t{i % 7}]\n\n"
        )
    return "".join(lines)


def _run_and_kill(path: Path, label: str, rng: random.Random, *, in_write: bool) -> tuple[list[str], str]:
    """Start a saving child, SIGKILL it at a random moment; return its lines and the file's hash then."""
    errors = path.parent.parent / f"child-{label}.err"
    lines: list[str] = []
    event = threading.Event()
    with errors.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path), label, "200"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )

        def read() -> None:
            assert child.stdout is not None
            with child.stdout:
                for line in child.stdout:
                    lines.append(line.strip())
                    if line.startswith("ready") or (in_write and line.startswith("writing")):
                        event.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        assert event.wait(30), errors.read_text()
        if in_write:
            # Land inside save(): the text is final, the backup and the file are being written.
            event.clear()
            assert event.wait(30), errors.read_text()
            time.sleep(rng.uniform(0, 0.005))
        else:
            time.sleep(rng.uniform(0.05, 1.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        reader.join(10)
    assert child.returncode == -signal.SIGKILL, errors.read_text()
    return lines, _sha(path.read_bytes())


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_during_saves_never_leaves_a_broken_or_mixed_file(tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    path = _write(folder, _big_playbook(2000), "big.yaml")
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    known = {_sha(path.read_bytes())}
    checked: set[str] = set()  # backups already parsed in an earlier run
    kills_in_write = 0
    started_at = time.monotonic()
    for run in range(8):
        if run >= 4 and time.monotonic() - started_at > 12:
            break  # a slow machine: four runs are enough, keep the test near its budget
        in_write = run % 2 == 1
        lines, on_disk = _run_and_kill(path, str(run), rng, in_write=in_write)
        where = f"(seed {seed}, run {run}, child said {lines[-3:]})"
        assert lines[0].startswith("ready"), where
        started = lines[0].split()[1]
        writing = [line.split()[1] for line in lines if line.startswith("writing")]
        known |= set(writing)
        if lines[-1].startswith("writing"):
            kills_in_write += 1
            allowed = {writing[-1], writing[-2] if len(writing) > 1 else started}
        else:
            allowed = {writing[-1] if writing else started}
        assert on_disk in allowed, where

        playbook, problems = parse_playbook(path.read_text(encoding="utf-8"), path)
        assert problems == [], where
        assert playbook is not None
        assert len(playbook.entries) == 2000, where
        # No leftover the loader would read: temporary files end in .tmp, backups in .bak.
        assert list(iter_playbook_files([folder])) == [path], where
        assert all(not p.name.endswith((".yaml", ".yml")) for p in folder.rglob("*") if p != path), where
        backups = list_backups(path)
        assert len(backups) <= BACKUP_COUNT, where
        for backup in backups:
            raw = backup.read_bytes()
            assert _sha(raw) in known, (backup, where)
            if backup.name not in checked:
                assert parse_playbook(raw.decode("utf-8"), backup)[1] == [], (backup, where)
                checked.add(backup.name)
    assert kills_in_write >= 1, f"no kill landed inside save() (seed {seed})"


def test_an_absurdly_nested_file_is_refused_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("name: x\nlanguage: en\nentries: " + "[" * 60_000 + "]" * 60_000, encoding="utf-8")
    with pytest.raises(PlaybookError, match="nested more than 200 levels deep"):
        PlaybookDocument.open(path)


def test_two_saves_at_the_same_instant_never_both_succeed_with_one_entry_lost(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    trials, conflicts = 60, 0
    for trial in range(trials):
        path.write_text("name: 共享\nlanguage: zh-CN\nentries:\n", encoding="utf-8")
        documents = [PlaybookDocument.open(path) for _ in range(2)]
        for n, document in enumerate(documents):
            document.upsert(
                EntryData(id=f"t{trial}.{n}", category="c", question=f"问题{n}", alternatives=[[f"回复{n}"]])
            )
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def save(
            document: PlaybookDocument, start: threading.Barrier = start, outcomes: list[str] = outcomes
        ) -> None:
            start.wait()
            try:
                document.save()
            except ConflictError:
                outcomes.append("conflict")  # the editor then shows both versions
            else:
                outcomes.append("saved")

        threads = [threading.Thread(target=save, args=(document,)) for document in documents]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        saved_ids = {entry.id for entry in load_playbooks([path]).playbooks[0].entries}
        assert len(saved_ids) == outcomes.count("saved"), (
            trial,
            outcomes,
            saved_ids,
        )  # nothing silently lost
        conflicts += outcomes.count("conflict")
    assert conflicts > 0  # the race really happened, and was caught every time
