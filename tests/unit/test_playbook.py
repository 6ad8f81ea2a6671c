from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import playbook as playbook_module
from desktop.core.playbook import decode_playbook, derive_id, load_playbooks, parse_playbook

WritePlaybook = Callable[..., Path]

GOOD = """\
name: 店铺
language: zh-CN
variables:
  shop: 示例店
  threshold: 99
entries:
  - id: price.discount
    category: 议价
    question: 价格能再少点吗？
    also: [能便宜点吗, 最低多少钱]
    context: 顾客习惯性议价
    reply: 亲，{shop}已经是活动价啦
    tips: 语气随和
    code: jg
    tags: [售前]
  - category: 物流
    question: 什么时候发货
    replies:
      - 今天发
      - [第一条, 第二条]
"""


def load_text(write_playbook: WritePlaybook, text: str) -> tuple[list[str], list[str]]:
    path = write_playbook(textwrap.dedent(text))
    result = load_playbooks([path])
    return [e.id for e in result.entries], [str(p).replace(str(path), "F") for p in result.problems]


def test_good_playbook_loads_every_field(write_playbook: WritePlaybook) -> None:
    path = write_playbook(GOOD)
    result = load_playbooks([path])
    assert result.problems == []
    first, second = result.entries
    assert first.id == "price.discount"
    assert first.also == ("能便宜点吗", "最低多少钱")
    assert first.context == "顾客习惯性议价"
    assert first.tips == "语气随和"
    assert first.code == "jg"
    assert first.tags == ("售前",)
    assert first.language == "zh-CN"
    assert first.variables == {"shop": "示例店", "threshold": "99"}
    assert (first.location.line, first.location.column) == (7, 5)
    assert second.alternatives == (("今天发",), ("第一条", "第二条"))
    assert second.id == derive_id(path, "什么时候发货")


def test_derived_id_is_stable_and_valid() -> None:
    assert derive_id(Path("Shop Book.yaml"), "什么时候发货") == derive_id(
        Path("Shop Book.yaml"), "什么时候发货"
    )
    assert derive_id(Path("Shop Book.yaml"), "Where is my order?") == "shop-book.where-is-my-order"
    assert derive_id(Path("a.yaml"), "发货") != derive_id(Path("a.yaml"), "退货")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "  - category: 物流\n    question: 发货\n    reply: 好\n    colour: red\n",
            "F:9:5: unknown key 'colour' in an entry",
        ),
        (
            "  - category: 物流\n    question: 发货\n",
            "F:6:5: 'reply' is missing (every entry needs a reply or replies)",
        ),
        ("  - question: 发货\n    reply: 好\n", "F:6:5: 'category' is missing"),
        ("  - category: 物流\n    question: 发货\n    reply: ''\n", "F:8:12: 'reply' is empty"),
        ("  - category: 物流\n    question: 发货\n    reply:\n", "F:8:11: 'reply' is empty"),
        (
            "  - category: 物流\n    question: yes\n    reply: 好\n",
            "F:7:15: 'question' must be text, but YAML reads 'yes'",
        ),
        (
            "  - category: 物流\n    question: 发货\n    reply: [a, b]\n",
            "F:8:12: 'reply' must be text, found a list",
        ),
        (
            "  - category: 物流\n    question: 发货\n    reply: 好\n    also: 快点\n",
            "F:9:11: 'also' must be a list",
        ),
        (
            "  - id: Bad Id\n    category: 物流\n    question: 发货\n    reply: 好\n",
            "F:6:9: id 'Bad Id' may only use",
        ),
        (
            "  - category: 物流\n    question: 发货\n    reply: 好\n    replies: [a]\n",
            "F:9:5: an entry has either 'reply' (one answer) or 'replies'",
        ),
        (
            "  - category: 物流\n    question: 发货\n    replies: []\n",
            "F:8:14: 'replies' must be a non-empty list",
        ),
        ("  - category: 物流\n    question: 发货\n    replies: [[]]\n", "F:8:15: a multi-part reply needs"),
        (
            "  - category: 物流\n    question: 发货\n    reply: 好\n    reply: 坏\n",
            "F:9:5: 'reply' appears twice in an entry (first at line 8)",
        ),
        (
            "  - category: 物流\n    question: !!python/object:os.system 发货\n    reply: 好\n",
            "F:7:15: 'question' uses the YAML tag",
        ),
        (
            "  - category: 物流\n    question: 发货\n    reply: 好\n    code: a b\n",
            "F:9:11: code 'a b' must be one word",
        ),
        (
            "  - category: 物流\n    question: 发货\n    reply: 好\n    language: chinese!\n",
            "F:9:15: language 'chinese!'",
        ),
        ("  - just text\n", "F:6:5: an entry must be a mapping of keys to values"),
    ],
)
def test_entry_errors_name_file_line_column(write_playbook: WritePlaybook, body: str, expected: str) -> None:
    # The first entry is fine and must survive the broken one after it.
    text = (
        "name: 店\nlanguage: zh-CN\nentries:\n  - {category: 好, question: 好的, reply: 好}\n"
        + "\n" * 1
        + body
    )
    ids, problems = load_text(write_playbook, text)
    assert len(ids) == 1, problems
    assert len(problems) == 1
    assert problems[0].startswith(expected), problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: 店\nentries: []\n", "F:1:1: 'language' is missing at the top of the playbook"),
        ("name: 店\nlanguage: 中文\nentries: []\n", "F:2:11: language '中文' is not a BCP-47 tag"),
        ("name: 店\nlanguage: en\nentries: {}\n", "F:3:10: 'entries' must be a list of entries"),
        ("name: 店\nlanguage: en\nentrys: []\n", "F:3:1: unknown key 'entrys' at the top of a playbook"),
        ("name: 店\nlanguage: en\nentries:\n  - [unclosed\n", "F:5:1: YAML syntax:"),
        ("", "F:1:1: the file is empty"),
        ("- a\n- b\n", "F:1:1: a playbook must be a mapping"),
        ("name: 店\nlanguage: en\nvariables: {9x: 1}\nentries: []\n", "F:3:13: variable name '9x'"),
    ],
)
def test_file_errors_name_file_line_column(write_playbook: WritePlaybook, text: str, expected: str) -> None:
    _ids, problems = load_text(write_playbook, text)
    assert problems
    assert problems[0].startswith(expected), problems


def test_not_utf8_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("name: 店\nlanguage: zh-CN\n".encode() + "question: 发货\n".encode("gbk"))
    result = load_playbooks([path])
    assert [str(p) for p in result.problems] == [
        f"{path}:3:11: the file is not UTF-8 (save it as UTF-8 in your editor)"
    ]


def test_duplicate_id_names_both_places_and_keeps_the_first(write_playbook: WritePlaybook) -> None:
    entry = "  - {id: same, category: c, question: q, reply: r}\n"
    first = write_playbook("name: a\nlanguage: en\nentries:\n" + entry, "a.yaml")
    second = write_playbook(
        "name: b\nlanguage: en\nentries:\n  - {category: c, question: x, reply: r}\n" + entry, "b.yaml"
    )
    result = load_playbooks([first.parent])
    assert [e.playbook for e in result.entries if e.id == "same"] == ["a"]
    assert len(result.entries) == 2
    (problem,) = result.problems
    assert str(problem).startswith(f"{second}:5:5: id 'same' is already used at {first}:4:5")


def test_one_broken_file_does_not_stop_the_others(write_playbook: WritePlaybook) -> None:
    write_playbook("name: a\nlanguage: en\nentries:\n  - {category: c, question: q, reply: r}\n", "good.yaml")
    write_playbook("name: b\nlanguage: en\nentries: [\n", "broken.yaml")
    result = load_playbooks([write_playbook("x: 1", "zz.txt").parent])
    assert len(result.entries) == 1
    assert [p.location.path.name for p in result.problems] == ["broken.yaml"]


def test_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    result = load_playbooks([tmp_path / "nowhere.yaml"])
    assert [p.message for p in result.problems] == ["no such file or folder"]


def test_numbers_keep_the_digits_the_author_typed(write_playbook: WritePlaybook) -> None:
    path = write_playbook(
        "name: a\nlanguage: en\nentries:\n  - {category: c, question: q, reply: r, code: 0520}\n"
    )
    (entry,) = load_playbooks([path]).entries
    assert entry.code == "0520"


@pytest.mark.parametrize("text", ["[" * 50_000 + "]" * 50_000, "- " * 30_000 + "x", "a: {" * 20_000])
def test_absurdly_nested_yaml_is_refused_instead_of_crashing(text: str) -> None:
    playbook, problems = parse_playbook(text, Path("deep.yaml"))
    assert playbook is None
    assert "nested more than 200 levels deep" in problems[0].message
    assert problems[0].location.line == 1


def test_deep_flow_nesting_is_placed_at_the_first_bracket_past_the_limit() -> None:
    text = "name: a\nlanguage: en\nentries: " + "[" * 1_500 + "]" * 1_500 + "\n"
    _, problems = parse_playbook(text, Path("deep.yaml"))
    assert "nested more than 200 levels deep" in problems[0].message
    assert problems[0].location.line == 3
    # The outer mapping counts as a level too: the 200th or 201st bracket.
    assert len("entries: ") + 200 <= problems[0].location.column <= len("entries: ") + 201


REAL_PARSE = yaml.parse


class _ParserThatGivesUpEarly:
    """Stands in for a PyYAML release that refuses deep nesting itself, in words of its own."""

    def __init__(self, mark_at: tuple[int, int]) -> None:
        self.mark_at = mark_at

    def __call__(self, text: str, Loader: type) -> Iterator[object]:  # noqa: N803 - PyYAML's name
        if Loader is yaml.SafeLoader:  # the pure-Python parser has no such limit
            yield from REAL_PARSE(text, Loader=Loader)
            return
        line, column = self.mark_at
        mark = yaml.Mark("<text>", 0, line, column, None, None)
        raise yaml.parser.ParserError(None, None, "wording of some future release", mark)


@pytest.mark.parametrize("loader", [yaml.SafeLoader, yaml.CSafeLoader], ids=["python", "libyaml"])
def test_the_depth_message_is_ours_with_either_yaml_parser(
    monkeypatch: pytest.MonkeyPatch, loader: type
) -> None:
    monkeypatch.setattr(playbook_module, "_Loader", loader)
    _, problems = parse_playbook("a: " + "[" * 5_000 + "]" * 5_000, Path("deep.yaml"))
    assert "nested more than 200 levels deep" in problems[0].message
    # The walker counts the outer mapping as a level too, so it stops one bracket earlier.
    assert len("a: ") + 200 <= problems[0].location.column <= len("a: ") + 201


def test_a_parser_refusing_deep_brackets_in_its_own_words_gives_our_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yaml, "parse", _ParserThatGivesUpEarly(mark_at=(1, 700)))
    text = "name: a\nx: " + "[" * 1_000 + "]" * 1_000
    _, problems = parse_playbook(text, Path("deep.yaml"))
    assert "nested more than 200 levels deep" in problems[0].message
    assert "wording of some future release" not in problems[0].message
    assert problems[0].location.line == 2
    assert len("x: ") + 200 <= problems[0].location.column <= len("x: ") + 201


def test_brackets_inside_quoted_replies_never_turn_a_syntax_error_into_nesting() -> None:
    # Replies often say 请点[确认收货]; a file with 210 of them cut short and one open quote
    # is a syntax error at its place, not "nested too deep".
    entries = "".join(
        f"  - {{id: e{n}, category: c, question: q{n}, reply: '请点[确认收货'}}\n" for n in range(210)
    )
    text = "name: a\nlanguage: zh-CN\nentries:\n" + entries + "  - {id: bad, question: 'open\n"
    _, problems = parse_playbook(text, Path("quoted.yaml"))
    assert problems[0].message.startswith("YAML syntax:"), problems[0].message
    assert problems[0].location.line >= 213


def test_a_syntax_error_in_a_bracket_heavy_file_stays_a_syntax_error() -> None:
    # Many brackets in all, never more than one open: suspect by length, not deep.
    text = "name: a\nx: " + "[a], " * 200 + "[b"
    _, problems = parse_playbook(text, Path("flat.yaml"))
    assert problems[0].message.startswith("YAML syntax:")
    assert problems[0].location.line == 2


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2_000) | st.text(max_size=2_000).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_fuzz_the_loader_with_arbitrary_bytes(raw: bytes) -> None:
    playbook, problems = decode_playbook(raw, Path("fuzz.yaml"))
    assert playbook is not None or problems
    for problem in problems:
        assert problem.location.path == Path("fuzz.yaml")
        assert problem.location.line >= 1
        assert problem.location.column >= 1


def test_a_five_megabyte_playbook_loads_and_reloads(tmp_path: Path) -> None:
    from desktop.core.library import load_library, reload_library

    words = "Thanks for your patience, the parcel leaves our warehouse today and tracking follows. " * 24
    lines = ["name: big", "language: en", "entries:"]
    for number in range(2_500):
        lines += [
            f"  - id: big.{number}",
            f"    category: Topic {number % 40}",
            f"    question: Question number {number} about shipping",
            f"    reply: {words}{number}",
        ]
    path = tmp_path / "big.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    first = load_library([path])
    assert len(first.entries) == 2_500
    assert first.problems == []
    path.write_text(
        path.read_text(encoding="utf-8").replace("Question number 7 ", "Question seven "), "utf-8"
    )
    again = reload_library([path], None, first)
    assert again.index.search("question seven")[0].entry.id == "big.7"


def _aliased(copies: int, size: int = 100_000) -> str:
    """One long reply under an anchor, used by ``copies`` entries (a 300 KB file standing for MBs)."""
    lines = ["name: aliases", "language: zh-CN", "entries:"]
    lines.append(f'  - id: e0\n    category: c\n    question: 问题0\n    reply: &long "{"长" * size}"')
    lines += [
        f"  - id: e{n}\n    category: c\n    question: 问题{n}\n    reply: *long" for n in range(1, copies)
    ]
    return "\n".join(lines) + "\n"


def test_aliases_that_stand_for_megabytes_of_text_are_refused_where_the_budget_runs_out(
    tmp_path: Path,
) -> None:
    import time

    from desktop.core.playbook import MAX_EXPANDED_CHARS

    path = tmp_path / "aliases.yaml"
    path.write_text(_aliased(2000), encoding="utf-8")
    started = time.monotonic()
    result = load_playbooks([path])
    assert time.monotonic() - started < 5
    [problem] = result.problems
    # Each entry is its 100,000 characters plus its keys: e79, the 80th, passes 8,000,000.
    assert MAX_EXPANDED_CHARS == 8_000_000
    line = 4 + 4 * 79  # entries are four lines each, from line 4
    assert str(problem).startswith(f"{path}:{line}:5: the playbook's text passes 8 MB here")
    assert result.playbooks == []


def test_nested_aliases_are_measured_without_expanding_them(tmp_path: Path) -> None:
    lines = ["name: laughs", "language: en", 'a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 8)}]" for n in range(1, 30)]
    lines += ["entries:", "  - {id: x, category: c, question: q, reply: hi, also: *a29}"]
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [problem] = load_playbooks([path]).problems  # 8^29 copies of "lol" if anything expanded them
    assert "once its aliases (*name) are expanded" in str(problem)


def test_an_anchor_shared_by_a_few_replies_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    path.write_text(_aliased(5, size=200), encoding="utf-8")
    result = load_playbooks([path])
    assert result.problems == []
    assert [len(entry.alternatives[0][0]) for entry in result.playbooks[0].entries] == [200] * 5


def test_a_control_character_is_reported_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "nul.yaml"
    path.write_text(
        'name: t\nlanguage: zh-CN\nentries:\n  - {id: a, category: c, question: q, reply: "he\x00llo"}\n'
    )
    [problem] = load_playbooks([path]).problems
    assert str(problem) == f"{path}:4:49: the control character U+0000 cannot be in this file; delete it here"


def test_a_file_with_hundreds_of_thousands_of_problems_keeps_two_hundred_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    path = tmp_path / "numbers.yaml"
    path.write_text("name: m\nlanguage: en\nentries: [" + ",".join(["1"] * 50_000) + "]\n", encoding="utf-8")
    problems = load_playbooks([path]).problems
    assert len(problems) == 201
    assert "… and 49800 more problems in this file" in str(problems[-1])
