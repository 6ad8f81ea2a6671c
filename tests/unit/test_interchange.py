from __future__ import annotations

import codecs
import csv
import io
import json
import os
import string
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.core.errors import Problem, Severity
from desktop.core.interchange import (
    QIANNIU_HEADER,
    ColumnMapError,
    ExportError,
    Format,
    ImportFileError,
    ImportSource,
    ImportTargetError,
    InterchangeError,
    apply_import,
    export_entries,
    fill_ins_found,
    first_sentence,
    likely_target,
    parse_column_map,
    parse_import,
    preview_import,
    qianniu_rows,
    read_import,
    slugify,
    with_fill_ins,
)
from desktop.core.interchange.table import qianniu_csv_bytes
from desktop.core.playbook import Entry, load_playbooks, parse_playbook
from desktop.core.template import render
from tests.conftest import DATA

FIXTURES = DATA / "interchange"
QIANNIU_VARIANTS = ["qianniu.csv", "qianniu_bom.csv", "qianniu_gbk.csv", "qianniu.xlsx"]


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def original_rows() -> list[list[str]]:
    return csv_rows((FIXTURES / "qianniu.csv").read_bytes())


def import_into(folder: Path, source: Path, into: str | None = None) -> list[Entry]:
    """Import ``source`` into ``folder`` and return what the normal loader reads there."""
    preview = preview_import(read_import(source), folder, into=into)
    apply_import(preview)
    result = load_playbooks([folder])
    assert result.problems == []
    return result.entries


def content(entries: list[Entry]) -> list[tuple[object, ...]]:
    return [(e.code, e.category, e.question, e.alternatives) for e in entries]


# --- Qianniu CSV and XLSX ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", QIANNIU_VARIANTS)
def test_every_qianniu_encoding_and_xlsx_imports_identically(name: str, tmp_path: Path) -> None:
    reference = import_into(tmp_path / "reference", FIXTURES / "qianniu.csv")
    entries = import_into(tmp_path / "variant", FIXTURES / name, into="qianniu")
    assert content(entries) == content(reference)
    assert [e.id for e in entries] == [e.id for e in reference]


def test_qianniu_fields_question_and_encoding(tmp_path: Path) -> None:
    source = read_import(FIXTURES / "qianniu_gbk.csv")
    assert source.format is Format.QIANNIU_CSV
    assert source.encoding == "GB18030"
    assert source.language == "zh-CN"
    assert source.problems == ()
    first, multi_line = source.entries[0], source.entries[3]
    assert (first.code, first.category, first.question) == ("hi", "欢迎语", "亲，在的哦")
    assert first.alternatives == (("亲，在的哦~有什么可以帮您的吗？",),)
    assert multi_line.code == ""
    assert multi_line.question == "亲，收到货有任何问题随时联系我们"
    # A literal brace in Qianniu text is escaped so it is never taken for a placeholder.
    assert (
        source.entries[4].alternatives[0][0]
        == "亲，尺码请参考详情页的{{尺码表}}哦，拿不准可以告诉我身高体重~"
    )
    entries = import_into(tmp_path, FIXTURES / "qianniu.csv")
    assert [e.id for e in entries][:3] == ["qianniu.hi", "qianniu.fh", "qianniu.kd"]


def test_first_sentence_is_short_and_trimmed() -> None:
    assert first_sentence("亲，在的哦~有什么可以帮您的吗？") == "亲，在的哦"
    assert first_sentence("  \n！Hello there. How can I help?") == "Hello there"
    long = "亲" * 40
    assert first_sentence(long) == "亲" * 30 + "…"


def test_round_trip_qianniu_csv_to_yaml_and_back_gives_the_same_rows(tmp_path: Path) -> None:
    entries = import_into(tmp_path, FIXTURES / "qianniu.csv")
    exported = export_entries(entries, Format.QIANNIU_CSV)
    assert exported.data.startswith(codecs.BOM_UTF8)
    assert csv_rows(exported.data) == original_rows()
    assert exported.problems == ()


def test_round_trip_through_xlsx(tmp_path: Path) -> None:
    entries = import_into(tmp_path / "a", FIXTURES / "qianniu.csv")
    workbook = tmp_path / "out.xlsx"
    workbook.write_bytes(export_entries(entries, Format.XLSX).data)
    again = import_into(tmp_path / "b", workbook, into="qianniu")
    assert content(again) == content(entries)


def test_xlsx_export_keeps_a_leading_equals_sign_as_text(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "name: p\nlanguage: zh-CN\nentries:\n"
        "  - {category: 公式, question: 等号, reply: '=SUM(A1:A2) 不是公式', code: eq}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.xlsx"
    out.write_bytes(export_entries(load_playbooks([path]).entries, Format.XLSX).data)
    source = read_import(out)
    assert source.entries[0].alternatives == (("=SUM(A1:A2) 不是公式",),)


# --- export: multi-part replies and placeholders ------------------------------------------------------


MULTI = """\
name: 多条
language: zh-CN
variables:
  shop: 示例旗舰店
entries:
  - category: 议价
    question: 能便宜吗
    code: jg
    replies:
      - ["亲，{shop}已经是活动价啦", 领券还能再减5元哦]
      - 亲，这是最低价了，{{真的}}
  - category: 物流
    question: 发什么快递
    replies:
      - [亲，默认中通, "需要顺丰请补差价{amount}元"]
"""


def test_multi_part_reply_and_alternatives_become_separate_phrases(tmp_path: Path) -> None:
    path = tmp_path / "multi.yaml"
    path.write_text(MULTI, encoding="utf-8")
    entries = load_playbooks([path]).entries
    rows, problems = qianniu_rows(entries)
    assert rows == [
        ("jg", "亲，示例旗舰店已经是活动价啦", "议价"),
        ("jg-1", "领券还能再减5元哦", "议价"),
        ("jg-2", "亲，这是最低价了，{真的}", "议价"),
        ("", "亲，默认中通", "物流"),
        ("", "需要顺丰请补差价{amount}元", "物流"),
    ]
    # The unfilled placeholder stays visible and is reported at the entry.
    assert len(problems) == 1
    assert problems[0].severity is Severity.WARNING
    assert "{amount}" in problems[0].message
    assert f"{path}:12:5" in str(problems[0])
    exported = export_entries(entries, Format.QIANNIU_CSV)
    assert csv_rows(exported.data)[0] == list(QIANNIU_HEADER)
    assert exported.rows == 5


def test_yaml_export_is_a_playbook_that_loads_with_the_same_entries(tmp_path: Path) -> None:
    first = tmp_path / "multi.yaml"
    first.write_text(MULTI, encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text(
        "name: other\nlanguage: ko-KR\nvariables: {shop: 다른 가게}\nentries:\n"
        "  - {category: 배송, question: 언제 와요, reply: '{shop}입니다', allow: {absolute: 원문}}\n",
        encoding="utf-8",
    )
    entries = load_playbooks([tmp_path]).entries
    exported = export_entries(entries, Format.YAML)
    out = tmp_path / "export" / "all.yaml"
    out.parent.mkdir()
    out.write_bytes(exported.data)
    loaded = load_playbooks([out])
    assert loaded.problems == []
    by_id = {e.id: e for e in loaded.entries}
    assert set(by_id) == {e.id for e in entries}
    # Playbooks disagreed on {shop}: each entry got its own value written in.
    korean = next(e for e in loaded.entries if e.language == "ko-KR")
    assert korean.alternatives == (("다른 가게입니다",),)
    assert korean.allow == ("absolute",)
    chinese = next(e for e in loaded.entries if e.code == "jg")
    assert chinese.alternatives[0] == ("亲，示例旗舰店已经是活动价啦", "领券还能再减5元哦")
    assert chinese.alternatives[1] == ("亲，这是最低价了，{{真的}}",)


def test_export_by_language_and_nothing_to_export(tmp_path: Path) -> None:
    path = tmp_path / "multi.yaml"
    path.write_text(MULTI, encoding="utf-8")
    entries = load_playbooks([path]).entries
    assert export_entries(entries, Format.QIANNIU_CSV, language="zh").entries == 2
    with pytest.raises(ExportError, match="zh-CN"):
        export_entries(entries, Format.QIANNIU_CSV, language="ko")
    with pytest.raises(ExportError, match="nothing to export"):
        export_entries([], Format.YAML)


# --- espanso ----------------------------------------------------------------------------------------


def test_espanso_triggers_label_and_search_terms_import(tmp_path: Path) -> None:
    source = read_import(FIXTURES / "espanso_basic.yml")
    assert source.format is Format.ESPANSO
    assert source.problems == ()
    thanks, address, size = source.entries
    assert thanks.code == ":thx"
    assert thanks.question == "Thank the customer for the order"
    assert thanks.also == ("thanks", "thank you")
    assert address.code == ":addr"
    assert address.question == ":addr"
    assert address.also == (":address",)
    # The echo variable became its text.
    assert address.alternatives[0][0].splitlines()[1] == "Acme Store ships to the address on the order."
    # Literal braces are escaped in the playbook and come out as written when rendered.
    assert size.alternatives[0][0] == 'Write your size like {{"size": "M"}} and we will check it.'
    entries = import_into(tmp_path, FIXTURES / "espanso_basic.yml")
    assert [e.id for e in entries] == ["espanso_basic.thx", "espanso_basic.addr", "espanso_basic.size"]
    assert qianniu_rows(entries)[0][2][1] == 'Write your size like {"size": "M"} and we will check it.'


def test_espanso_unsupported_features_are_reported_per_match_with_their_line() -> None:
    path = FIXTURES / "espanso_unsupported.yml"
    source = read_import(path)
    found = {(p.location.line, p.is_error): p.message for p in source.problems}
    assert set(found) == {(3, False), (13, False), (19, True), (22, True)}
    assert "match ':hello'" in found[3, False]
    assert "{name}, {order}" in found[3, False]
    assert "form_fields" in found[3, False]
    assert "shell variable 'output'" in found[13, False]
    assert "match ':logo'" in found[19, True]
    assert "image" in found[19, True]
    assert "match ':now'" in found[22, True]
    assert all(str(p).startswith(f"{path}:") for p in source.problems)
    # Imported with placeholders the agent fills in; skipped ones are not silently gone.
    assert [e.code for e in source.entries] == [":hello", ":track"]
    assert source.entries[0].alternatives[0][0] == "Hi {name},\nyour order {order} ships today."
    assert source.entries[1].alternatives[0][0] == "Your tracking number is {output}, thanks for waiting."


def test_espanso_literal_snippets_of_symbols_or_emoji_are_text_and_import() -> None:
    path = FIXTURES / "espanso_symbols.yml"
    source = read_import(path)  # auto-detected
    assert source.format is Format.ESPANSO
    replies = {entry.code: entry.alternatives[0][0] for entry in source.entries}
    assert replies == {
        ":ra": "→",
        ":shrug": "¯\\_(ツ)_/¯",
        ":happy": "(⌒▽⌒)☆",
        ":ok": "👌",
        ":braces": "{{}}",
    }
    skipped = {p.location.line: p.message for p in source.problems if p.is_error}
    assert skipped == {
        14: "match ':blank': the text is only blank space; the match is skipped",
        16: "match ':date': the text is only {today}, which QuickReply cannot compute; the match is skipped",
    }


def test_braces_around_anything_but_a_variable_name_are_literal_as_espanso_types_them(tmp_path: Path) -> None:
    # Espanso's variables are {{name}} or {{name.field}}; the hub's kaomoji and template snippets
    # hold other doubled braces, which it types as they are.
    path = tmp_path / "literal.yml"
    path.write_text(
        'matches:\n  - {trigger: ":fear", replace: "{{ (>_<) }}"}\n'
        '  - {trigger: ":ssti", replace: "{{4*4}}[[5*5]]"}\n'
        '  - {trigger: ":hi", replace: "Hi {{name}}!"}\n',
        encoding="utf-8",
    )
    source = read_import(path)
    shown = {entry.code: render(entry.alternatives[0][0], {"name": "Ann"}).text for entry in source.entries}
    assert shown == {":fear": "{{ (>_<) }}", ":ssti": "{{4*4}}[[5*5]]", ":hi": "Hi Ann!"}
    assert [p.location.line for p in source.problems] == [4]  # only {{name}} is a value to fill in


def test_espanso_with_a_quoted_top_key_is_still_recognised(tmp_path: Path) -> None:
    # The hub's kaomoji package writes its top key quoted.
    path = tmp_path / "kaomoji.yml"
    path.write_text('"matches":\n  - trigger: ":lenny"\n    replace: "( ͡° ͜ʖ ͡°)"\n', encoding="utf-8")
    source = read_import(path)
    assert source.format is Format.ESPANSO
    assert [entry.alternatives[0][0] for entry in source.entries] == ["( ͡° ͜ʖ ͡°)"]


def test_every_document_of_a_multi_document_match_file_imports(tmp_path: Path) -> None:
    path = tmp_path / "two.yml"
    path.write_text(
        "matches:\n  - trigger: ':a'\n    replace: first\n"
        "---\nmatches:\n  - trigger: ':b'\n    replace: second\n",
        encoding="utf-8",
    )
    assert [entry.code for entry in read_import(path).entries] == [":a", ":b"]


def test_a_broken_later_document_keeps_the_ones_before_and_says_where_it_stopped(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text(
        "matches:\n  - trigger: ':a'\n    replace: first\n---\nmatches:\n  - trigger: ':b\n    replace: [\n",
        encoding="utf-8",
    )
    source = read_import(path)
    assert [entry.code for entry in source.entries] == [":a"]
    [broken] = [p for p in source.problems if p.is_error]
    assert str(broken).startswith(f"{path}:")
    assert broken.location.line > 4
    assert "the documents before this one are imported, the rest is not" in broken.message


def test_a_broken_first_document_imports_nothing_and_says_where(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text("matches:\n  - trigger: ':a\n    replace: [\n---\nmatches: []\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="YAML syntax"):
        read_import(path)


def test_a_duplicate_replace_names_both_places_and_which_one_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "dup.yml"
    path.write_text(
        "matches:\n  - trigger: ':d'\n    replace: first\n    replace: second\n", encoding="utf-8"
    )
    source = read_import(path)
    assert source.entries[0].alternatives[0][0] == "first"
    [note] = source.problems
    assert (note.location.line, note.location.column) == (4, 5)
    assert (
        "'replace' appears twice in a match: the one at line 3, column 5 is used, this one is left out"
        in (note.message)
    )


def test_espanso_trigger_that_cannot_be_a_code_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "long.yml"
    path.write_text(
        "matches:\n  - trigger: 'two words'\n    replace: Hello there\n"
        "  - regex: '(?P<x>\\d+)km'\n    replace: 'Distance {{x}} km'\n",
        encoding="utf-8",
    )
    source = read_import(path)
    first, second = source.entries
    assert first.code == ""
    assert first.question == "two words"
    assert second.code == ""
    assert second.alternatives[0][0] == "Distance {x} km"
    lines = sorted(p.location.line for p in source.problems)
    assert lines == [2, 4, 5]


def test_deeply_nested_yaml_is_refused_without_crashing(tmp_path: Path) -> None:
    path = tmp_path / "deep.yml"
    path.write_text("matches: " + "[" * 50_000 + "]" * 50_000, encoding="utf-8")
    with pytest.raises(ImportFileError, match="nested"):
        read_import(path)


# --- generic CSV and our own YAML -------------------------------------------------------------------


def test_generic_csv_with_a_column_map(tmp_path: Path) -> None:
    mapping = parse_column_map(["question=问题,reply=回复", "category=分类，code=编码,also=其他问法"])
    source = read_import(FIXTURES / "faq.csv", fmt=Format.CSV, mapping=mapping)
    first, second = source.entries
    assert (first.question, first.code, first.category) == ("能便宜点吗？", "jg", "议价")
    assert first.also == ("最低多少钱", "能少点吗", "有优惠吗")
    assert second.code == ""
    messages = [str(p) for p in source.problems]
    assert any(m.startswith(f"{FIXTURES / 'faq.csv'}:1:6: warning: column '备注'") for m in messages)
    assert any(m.startswith(f"{FIXTURES / 'faq.csv'}:4:2: the reply cell is empty") for m in messages)


def test_column_map_mistakes_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(ColumnMapError, match="not a field"):
        parse_column_map(["answer=回复"])
    with pytest.raises(ColumnMapError, match="FIELD=COLUMN"):
        parse_column_map(["reply"])
    with pytest.raises(ImportFileError, match="no column '答案'"):
        read_import(FIXTURES / "faq.csv", mapping={"reply": "答案"})
    with pytest.raises(ColumnMapError, match="CSV, Excel and JSON"):
        read_import(FIXTURES / "espanso_basic.yml", mapping={"reply": "x"})


def test_own_yaml_is_validated_and_copied_with_ids_variables_and_allow(tmp_path: Path) -> None:
    source = read_import(FIXTURES / "playbook.yaml")
    assert [str(p).split(": ", 1)[0] for p in source.problems] == [f"{FIXTURES / 'playbook.yaml'}:18:5"]
    entries = import_into(tmp_path, FIXTURES / "playbook.yaml")
    assert [e.id for e in entries] == ["price.discount", "playbook.q-7d18c25f"]
    assert entries[0].variables == {"shop": "示例旗舰店"}
    assert entries[0].alternatives[1] == ("亲，这是最低价了", "可以领券再减5元哦")
    written = (tmp_path / "playbook.yaml").read_text(encoding="utf-8")
    assert "absolute: 活动规则原文" in written


def test_unreadable_files_raise_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"a,b\n\x80\xff\x80")
    with pytest.raises(ImportFileError, match=r"bad\.csv:2:1: the file is neither UTF-8 nor GBK"):
        read_import(bad)
    with pytest.raises(ImportFileError, match="no such file"):
        read_import(tmp_path / "missing.csv")
    with pytest.raises(ImportFileError, match="--format"):
        parse_import(b"x", Path("phrases.dat"))
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        parse_import(b"PK\x03\x04 broken", Path("x.xlsx"))


# --- ids, preview and re-import -----------------------------------------------------------------------


def test_reimporting_the_same_file_changes_nothing(tmp_path: Path) -> None:
    for name in ["qianniu.csv", "espanso_basic.yml", "faq.csv", "playbook.yaml", "qianniu.xlsx"]:
        folder = tmp_path / name
        first = preview_import(read_import(FIXTURES / name), folder)
        assert first.new
        assert not first.changed
        assert apply_import(first)
        written = first.target.read_bytes()
        again = preview_import(read_import(FIXTURES / name), folder)
        assert (len(again.new), len(again.changed), len(again.unchanged)) == (0, 0, len(first.new)), name
        assert not apply_import(again)
        assert first.target.read_bytes() == written


def test_reimport_updates_changed_rows_and_keeps_hand_edits(tmp_path: Path) -> None:
    source_file = tmp_path / "phrases.csv"
    source_file.write_text(
        "快捷短语编码,快捷短语,快捷短语分组\nhi,亲，在的哦,欢迎语\nfh,亲，48小时发货,物流\n"
    )
    folder = tmp_path / "playbooks"
    apply_import(preview_import(read_import(source_file), folder))
    target = folder / "phrases.yaml"
    # The agent tags an entry and adds one of their own by hand.
    text = target.read_text(encoding="utf-8").replace(
        "    code: hi\n", "    code: hi\n    tags: [greeting]\n"
    )
    text += "  - category: 其他\n    question: 手写的\n    reply: 我自己加的\n"
    target.write_text(text, encoding="utf-8")
    source_file.write_text(
        "快捷短语编码,快捷短语,快捷短语分组\nhi,亲，在的哦,欢迎语\nfh,亲，24小时发货,物流\nth,谢谢亲,售后\n"
    )
    preview = preview_import(read_import(source_file), folder)
    assert (preview.new, preview.changed, preview.unchanged, preview.kept) == (
        ("phrases.th",),
        ("phrases.fh",),
        ("phrases.hi",),
        1,
    )
    assert preview.summary() == "1 new, 1 changed, 1 unchanged; 1 other entry in phrases.yaml left untouched"
    apply_import(preview)
    entries = {e.id: e for e in load_playbooks([folder]).entries}
    assert entries["phrases.hi"].tags == ("greeting",)
    assert entries["phrases.fh"].alternatives == (("亲，24小时发货",),)
    assert any(e.question == "手写的" for e in entries.values())


ROWS = [",亲，在的。一,a", ",亲，在的。二,a", "JG,三,b", "jg,四,b", "hy,您好,c"]


def ids_of(tmp_path: Path, rows: list[str], name: str) -> dict[str, str]:
    source_file = tmp_path / f"{name}.csv"
    source_file.write_text("快捷短语编码,快捷短语,快捷短语分组\n" + "\n".join(rows) + "\n", encoding="utf-8")
    preview = preview_import(read_import(source_file), tmp_path / name)
    assert preview.problems == ()
    apply_import(preview)
    return {e.alternatives[0][0]: e.id.split(".", 1)[1] for e in load_playbooks([tmp_path / name]).entries}


def test_shared_first_sentences_and_codes_get_ids_that_survive_reordered_rows(tmp_path: Path) -> None:
    ids = ids_of(tmp_path, ROWS, "shop")
    assert len(set(ids.values())) == 5
    assert ids["亲，在的。一"] != ids["亲，在的。二"]  # the same first sentence: told apart by the text
    assert ids["三"].startswith("jg-")
    assert ids["四"].startswith("jg-")
    assert ids["您好"] == "hy"  # a code of its own keeps its plain id
    assert ids_of(tmp_path, list(reversed(ROWS)), "shop-reversed") == ids  # rows moved: the same ids


def test_a_title_column_is_the_question_and_two_group_levels_become_one_path(tmp_path: Path) -> None:
    source_file = tmp_path / "qianniu.csv"
    source_file.write_text(
        "标题,快捷短语,一级分组,二级分组,快捷编码\n"
        "欢迎语,亲，欢迎光临～有什么可以帮您？,淘宝,售前,hy\n"
        "催付,亲，您拍下的宝贝还没付款哦～,淘宝,售中,cf\n"
        "发货时间,亲，48小时内发货～,,售后,\n",
        encoding="utf-8",
    )
    source = read_import(source_file)
    assert [(e.question, e.category) for e in source.entries] == [
        ("欢迎语", "淘宝/售前"),
        ("催付", "淘宝/售中"),
        ("发货时间", "售后"),
    ]
    assert source.problems == ()
    preview = preview_import(source, tmp_path / "out")
    apply_import(preview)
    again = preview_import(read_import(source_file), tmp_path / "out")
    assert (again.new, again.changed) == ((), ())


FILL_IN_ROWS = (
    "快捷编码,快捷短语,分组\n"
    "cx,亲，您的订单[订单号]已经发出，快递单号【运单号】～,售后\n"
    "hy,欢迎光临[店铺名称]！我是客服[客服名]～,售前\n"
    'en,"Hi {customer_name}, your parcel {{tracking_no}} is on its way.",售后\n'
    "wx,[微笑] 收到啦,售前\n"
)


def test_fill_ins_are_found_and_named_and_left_as_text_unless_asked(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_file = tmp_path / "phrases.csv"
    source_file.write_text(FILL_IN_ROWS, encoding="utf-8")
    source = read_import(source_file)
    assert fill_ins_found(source) == {
        "[订单号]": 1, "[客服名]": 1, "[店铺名称]": 1, "[微笑]": 1,
        "{customer_name}": 1, "{{tracking_no}}": 1, "【运单号】": 1,
    }  # fmt: skip
    # Without the switch nothing changes: [微笑] may be an emoticon code, not a fill-in.
    assert (
        render(source.entries[0].alternatives[0][0], {}).text
        == "亲，您的订单[订单号]已经发出，快递单号【运单号】～"
    )
    assert main(["import", str(source_file), "--config-dir", str(config_dir), "--dry-run"]) == 0
    out = capsys.readouterr().out
    found_line = next(line for line in out.splitlines() if line.startswith("fill-ins found: "))
    assert "[订单号] ×1" in found_line
    assert "{{tracking_no}} ×1" in found_line
    assert found_line.endswith("; --fill-ins makes them placeholders filled in when pasting")


def test_with_the_switch_fill_ins_become_placeholders_the_form_asks_for(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_file = tmp_path / "phrases.csv"
    source_file.write_text(FILL_IN_ROWS, encoding="utf-8")
    converted = with_fill_ins(read_import(source_file))
    replies = [entry.alternatives[0][0] for entry in converted.entries]
    assert [render(reply, {}).missing for reply in replies] == [
        ("订单号", "运单号"),
        ("店铺名称", "客服名"),
        ("customer_name", "tracking_no"),
        ("微笑",),
    ]
    filled = render(replies[0], {"订单号": "A1001", "运单号": "SF123"}).text
    assert filled == "亲，您的订单A1001已经发出，快递单号SF123～"
    assert main(["import", str(source_file), "--config-dir", str(config_dir), "--fill-ins"]) == 0
    assert "fill-ins made placeholders:" in capsys.readouterr().out
    written = load_playbooks([config_dir / "data" / "playbooks"])
    assert written.problems == []
    assert render(written.entries[2].first_reply, {"customer_name": "Ann", "tracking_no": "X9"}).text == (
        "Hi Ann, your parcel X9 is on its way."
    )


def test_a_shop_wide_fill_in_is_set_once_as_the_playbooks_value(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source_file = tmp_path / "phrases.csv"
    source_file.write_text(FILL_IN_ROWS, encoding="utf-8")
    args = ["import", str(source_file), "--config-dir", str(config_dir), "--fill-ins"]
    assert main([*args, "--dry-run"]) == 0
    assert (
        "the same in every chat, so better set once: --set 客服名=… --set 店铺名称=…"
        in capsys.readouterr().out
    )
    assert main([*args, "--set", "店铺名称=小王的店", "--set", "客服名=小美"]) == 0
    welcome = next(e for e in load_playbooks([config_dir / "data" / "playbooks"]).entries if e.code == "hy")
    assert render(welcome.first_reply, welcome.variables).text == "欢迎光临小王的店！我是客服小美～"
    assert main(["import", str(source_file), "--config-dir", str(config_dir), "--set", "店铺名称=x"]) == 2
    assert "--set NAME=VALUE goes with --fill-ins" in capsys.readouterr().err


def test_a_row_that_repeats_another_exactly_is_reported_and_left_out(tmp_path: Path) -> None:
    source_file = tmp_path / "dups.csv"
    source_file.write_text(
        "快捷短语编码,快捷短语,快捷短语分组\nkd,亲，今天发货,a\nkd,亲，今天发货,a\nkd,亲，明天发货,a\n"
    )
    preview = preview_import(read_import(source_file), tmp_path / "out")
    [duplicate] = preview.problems
    assert duplicate.location.line == 3
    assert "the same phrase as at line 2 (the same code, category and text); this row is left out" in (
        duplicate.message
    )
    apply_import(preview)
    assert len(load_playbooks([tmp_path / "out"]).entries) == 2


def test_a_broken_target_is_refused_and_a_changed_one_is_not_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    folder.mkdir()
    (folder / "qianniu.yaml").write_text("name: x\nlanguage: zh-CN\nentries: [oops\n", encoding="utf-8")
    with pytest.raises(ImportTargetError, match="--into"):
        preview_import(read_import(FIXTURES / "qianniu.csv"), folder)
    preview = preview_import(read_import(FIXTURES / "qianniu.csv"), folder, into="fresh")
    (folder / "fresh.yaml").write_text("name: x\nlanguage: zh-CN\nentries: []\n", encoding="utf-8")
    with pytest.raises(ImportTargetError, match="changed since the preview"):
        apply_import(preview)


def test_slugify_names() -> None:
    assert slugify("快捷短语") == "kuai-jie-duan-yu"
    assert slugify("My Phrases (2024)") == "my-phrases-2024"
    assert slugify("빠른답변").startswith("imported-")


# --- command line ----------------------------------------------------------------------------------


def test_cli_import_dry_run_then_write_then_reimport(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    playbooks = config_dir / "data" / "playbooks"
    code = main(["import", str(FIXTURES / "qianniu_gbk.csv"), "--config-dir", str(config_dir), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "read as GB18030" in out
    assert f"into {playbooks / 'qianniu_gbk.yaml'}: 6 new, 0 changed, 0 unchanged" in out
    assert "dry run: nothing written" in out
    assert not playbooks.exists()

    assert (
        main(["import", str(FIXTURES / "qianniu_gbk.csv"), "--config-dir", str(config_dir), "--into", "店铺"])
        == 0
    )
    written = capsys.readouterr().out
    assert f"wrote {playbooks / 'dian-pu.yaml'}" in written
    assert "the bundled example replies are still searched beside these" in written
    assert (
        main(["--config-dir", str(config_dir), "import", str(FIXTURES / "qianniu_gbk.csv"), "--into", "店铺"])
        == 0
    )
    assert "0 new, 0 changed, 6 unchanged" in capsys.readouterr().out

    # The imported playbook is searchable like any other personal playbook.
    assert main(["search", "--config-dir", str(config_dir), "--no-defaults", "kd"]) == 0
    assert capsys.readouterr().out.split()[2] == "dian-pu.kd"


def test_cli_import_reports_problems_with_locations(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = FIXTURES / "espanso_unsupported.yml"
    assert main(["import", str(path), "--config-dir", str(config_dir), "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert "2 new, 0 changed, 0 unchanged" in captured.out
    assert "4 problem(s)" in captured.out
    for line in (3, 13, 19, 22):
        assert f"{path}:{line}:" in captured.err


def test_cli_import_errors(config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.csv"
    assert main(["import", str(missing), "--config-dir", str(config_dir)]) == 1
    err = capsys.readouterr().err
    assert f"{missing}:1:1: there is no such file" in err
    assert "Traceback" not in err
    assert main(["import", str(FIXTURES / "faq.csv"), "--config-dir", str(config_dir), "--map", "x=y"]) == 2
    assert "not a field" in capsys.readouterr().err
    garbage = tmp_path / "garbage.yaml"
    garbage.write_text("name: [unclosed\n", encoding="utf-8")
    assert main(["import", str(garbage), "--config-dir", str(config_dir)]) == 1
    assert f"{garbage}:2:1: YAML syntax" in capsys.readouterr().err


def test_cli_export_to_file_and_stdout(
    config_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["import", str(FIXTURES / "qianniu.csv"), "--config-dir", str(config_dir)]) == 0
    capsys.readouterr()
    out = tmp_path / "export.csv"
    common = ["--config-dir", str(config_dir), "--no-defaults"]
    assert main(["export", *common, "--out", str(out)]) == 0
    assert "6 entries as 6 phrases" in capsys.readouterr().err
    assert csv_rows(out.read_bytes()) == original_rows()

    assert main(["export", *common, "--format", "xlsx"]) == 2
    assert "--out" in capsys.readouterr().err

    workbook = tmp_path / "export.xlsx"
    assert main(["export", *common, "--out", str(workbook)]) == 0
    assert [list(e.alternatives[0]) for e in read_import(workbook).entries][0] == [
        "亲，在的哦~有什么可以帮您的吗？"
    ]
    capsys.readouterr()

    assert main(["export", *common, "--format", "yaml", "--language", "zh-CN"]) == 0
    playbook, problems = parse_playbook(capsys.readouterr().out, Path("export.yaml"))
    assert problems == []
    assert playbook is not None
    assert len(playbook.entries) == 6

    assert main(["export", *common, "--language", "ko"]) == 1
    assert "no entry is in the language 'ko'" in capsys.readouterr().err


def test_a_gbk_export_names_each_phrase_gbk_cannot_hold_and_keeps_the_rest_whole(
    config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    playbooks = tmp_path / "mine"
    playbooks.mkdir()
    (playbooks / "mix.yaml").write_text(
        "name: mix\nlanguage: zh-CN\nentries:\n"
        "  - {id: mix.plain, category: 欢迎, question: 欢迎, code: hy, reply: 亲，欢迎光临～}\n"
        "  - {id: mix.emoji, category: 欢迎, question: 微笑, code: wx, reply: 亲，收到啦😊}\n"
        "  - {id: mix.korean, category: 인사, question: 인사, code: ko, reply: 안녕하세요 고객님}\n",
        encoding="utf-8",
    )
    out = tmp_path / "old-qianniu.csv"
    common = ["--config-dir", str(config_dir), "--no-defaults", "--playbooks", str(playbooks)]
    assert main(["export", *common, "--encoding", "gbk", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "mix.emoji: GBK cannot hold 😊; this phrase is not exported" in err
    assert "mix.korean: GBK cannot hold" in err
    assert "3 entries as 1 phrases" in err
    text = out.read_bytes().decode("gbk")  # no BOM, no replacement characters
    assert text.splitlines() == ["快捷短语编码,快捷短语,快捷短语分组", "hy,亲，欢迎光临～,欢迎"]
    assert [e.alternatives[0][0] for e in read_import(out).entries] == ["亲，欢迎光临～"]
    assert main(["export", *common, "--encoding", "gbk", "--format", "yaml"]) == 1
    assert "GBK is for qianniu-csv only" in capsys.readouterr().err


def test_cli_export_writes_bytes_to_stdout(
    config_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["import", str(FIXTURES / "qianniu.csv"), "--config-dir", str(config_dir)]) == 0
    capsysbinary.readouterr()
    assert main(["export", "--config-dir", str(config_dir), "--no-defaults"]) == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(codecs.BOM_UTF8)
    assert csv_rows(data) == original_rows()


# --- fuzz: only documented errors, never a crash or a hang -------------------------------------------------

NOWHERE = Path(tempfile.gettempdir()) / "quickreply-fuzz-never-written"
# QR_FUZZ_EXAMPLES=5000 digs deeper by hand; the default keeps the file well under 30 s on 2 cores.
FUZZ = settings(
    max_examples=int(os.environ.get("QR_FUZZ_EXAMPLES", "150")),
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
SUFFIX = {
    Format.QIANNIU_CSV: ".csv",
    Format.CSV: ".csv",
    Format.XLSX: ".xlsx",
    Format.ESPANSO: ".yml",
    Format.YAML: ".yaml",
    Format.MARKDOWN: ".md",
    Format.TEXT_QA: ".txt",
    Format.JSON: ".json",
}
TABLE_ALPHABET = st.sampled_from(
    list(',"\n\r\t {}|；;亲在的哦~？。!x1-:') + ["快捷短语", "{{", "}}", "\ufeff"]
)
TABLE_TEXT = st.one_of(
    st.text(max_size=200),
    st.builds(
        lambda body: ",".join(QIANNIU_HEADER) + "\n" + body,
        st.lists(TABLE_ALPHABET, max_size=80).map("".join),
    ),
)
SCALAR = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["", " ", ":x", "{{v}}", "[[f]]", "$|$", "{", "}}", "null", "true", "12", "a b", "\u2028"]
    ),
    st.integers(),
    st.booleans(),
    st.none(),
)
YAML_KEYS = st.sampled_from(
    [
        "matches", "global_vars", "imports", "trigger", "triggers", "regex", "replace", "label",
        "search_terms", "vars", "name", "type", "params", "echo", "form", "form_fields", "image_path",
        "markdown", "html", "word", "language", "entries", "id", "category", "question", "also",
        "reply", "replies", "code", "tags", "allow", "variables", "context", "tips", "absolute",
    ]
)  # fmt: skip
DOCUMENT = st.recursive(
    SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(YAML_KEYS, inner, max_size=6)),
    max_leaves=25,
)


def check_import(raw: bytes, fmt: Format | None, suffix: str, *, reimport: bool = False) -> None:
    """Parsing gives a source or a documented error; a source always previews into a loadable playbook.

    With ``reimport`` the preview is applied and the same bytes imported again must change nothing.
    """
    path = Path(f"fuzz{suffix}")
    try:
        source = parse_import(raw, path, fmt=fmt)
    except ImportFileError as exc:
        problems = exc.problems
    except InterchangeError:
        return
    else:
        problems = []
    if problems:
        assert all(p.location.path == path and p.location.line >= 1 for p in problems)
        return
    assert isinstance(source, ImportSource)
    assert all(isinstance(p, Problem) and p.location.line >= 1 for p in source.problems)
    preview = preview_import(source, NOWHERE)
    playbook, problems = parse_playbook(preview.text, preview.target)
    assert [p for p in problems if p.is_error] == []
    assert playbook is not None
    # Every entry is written, but a true duplicate (the same id source, code, category and text) once.
    distinct = {(e.id or e.id_key, e.code, e.category, e.alternatives): e for e in reversed(source.entries)}
    expected = [e.alternatives for e in source.entries if e in distinct.values()]
    assert [e.alternatives for e in playbook.entries] == expected
    skipped = [p for p in preview.problems if "this row is left out" in p.message]
    assert len(skipped) == len(source.entries) - len(expected)
    if reimport and source.entries:
        with tempfile.TemporaryDirectory() as folder:
            apply_import(preview_import(source, Path(folder)))
            again = preview_import(parse_import(raw, path, fmt=fmt), Path(folder))
            assert (again.new, again.changed) == ((), ())
            assert not again.has_changes


@FUZZ
@given(raw=st.binary(max_size=300), fmt=st.sampled_from([None, *Format]))
def test_fuzz_every_importer_with_arbitrary_bytes(raw: bytes, fmt: Format | None) -> None:
    check_import(raw, fmt, SUFFIX.get(fmt, ".csv") if fmt else ".csv")


@FUZZ
@given(
    text=TABLE_TEXT,
    fmt=st.sampled_from([Format.QIANNIU_CSV, Format.CSV]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
)
def test_fuzz_csv_text(text: str, fmt: Format, encoding: str) -> None:
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        return
    check_import(raw, fmt, ".csv", reimport=True)


@FUZZ
@given(document=DOCUMENT, fmt=st.sampled_from([Format.ESPANSO, Format.YAML]))
def test_fuzz_yaml_importers_with_yaml_shaped_documents(document: object, fmt: Format) -> None:
    check_import(yaml.safe_dump(document, allow_unicode=True).encode("utf-8"), fmt, SUFFIX[fmt])


TEXT = st.one_of(
    st.text(min_size=1, max_size=25), st.sampled_from(["亲，在的哦~", ":thx", "{{v}} ok", "[[f]] hi"])
)
VARIABLES = st.lists(
    st.fixed_dictionaries(
        {"name": st.sampled_from(["v", "f", "out", "form1"])},
        optional={
            "type": st.sampled_from(["echo", "shell", "date", "form", "random", "clipboard", "odd"]),
            "params": st.dictionaries(st.sampled_from(["echo", "cmd", "format"]), SCALAR, max_size=2),
        },
    ),
    max_size=3,
)
MATCH = st.dictionaries(
    st.sampled_from(
        ["trigger", "triggers", "regex", "replace", "label", "search_terms", "vars", "form", "form_fields"]
        + ["image_path", "markdown", "html", "word", "propagate_case", "odd_key"]
    ),
    st.one_of(TEXT, SCALAR, st.lists(TEXT, max_size=3), VARIABLES),
    max_size=6,
)
ESPANSO_DOCUMENT = st.fixed_dictionaries(
    {"matches": st.lists(MATCH, max_size=5)}, optional={"global_vars": VARIABLES, "imports": SCALAR}
)
ANY_VALUE = st.one_of(
    TEXT,
    SCALAR,
    st.lists(st.one_of(TEXT, st.lists(TEXT, max_size=3)), max_size=3),
    st.dictionaries(st.sampled_from(["absolute", "extreme"]), TEXT, max_size=2),
)
ENTRY = st.one_of(
    st.fixed_dictionaries(
        {"category": TEXT, "question": TEXT, "reply": TEXT},
        optional={
            "id": st.sampled_from(["a.b", "a.b", "x-1", "Bad Id"]),
            "code": st.sampled_from(["jg", "jg", ":thx", "two words"]),
            "also": st.lists(TEXT, max_size=2),
            "tags": st.lists(TEXT, max_size=2),
            "allow": st.one_of(st.lists(st.just("absolute"), max_size=1), st.just({"absolute": "why"})),
            "language": st.sampled_from(["en", "ko-KR"]),
            "context": SCALAR,
        },
    ),
    st.fixed_dictionaries(
        {"category": TEXT, "question": TEXT, "replies": st.lists(st.one_of(TEXT, st.lists(TEXT, max_size=3)))}
    ),
    st.dictionaries(
        st.sampled_from(["id", "category", "question", "also", "reply", "replies", "code", "allow", "odd"]),
        ANY_VALUE,
        max_size=6,
    ),
)
PLAYBOOK_DOCUMENT = st.fixed_dictionaries(
    {
        "name": TEXT,
        "language": st.sampled_from(["zh-CN", "en", "ko-KR", "bad tag"]),
        "entries": st.lists(ENTRY, max_size=5),
    },
    optional={"variables": st.dictionaries(st.sampled_from(["v", "shop", "1x"]), SCALAR, max_size=3)},
)


@FUZZ
@given(document=ESPANSO_DOCUMENT)
def test_fuzz_espanso_matches_import_and_reimport_unchanged(document: object) -> None:
    check_import(
        yaml.safe_dump(document, allow_unicode=True).encode("utf-8"), Format.ESPANSO, ".yml", reimport=True
    )


@FUZZ
@given(document=PLAYBOOK_DOCUMENT)
def test_fuzz_playbooks_import_and_reimport_unchanged(document: object) -> None:
    check_import(
        yaml.safe_dump(document, allow_unicode=True).encode("utf-8"), Format.YAML, ".yaml", reimport=True
    )


@FUZZ
@given(
    text=st.lists(
        st.sampled_from(list(string.printable) + ["亲", "：", "{{", "[[", "- ", ": ", "matches:"]),
        max_size=120,
    ).map("".join)
)
def test_fuzz_yaml_importers_and_parse_playbook_with_arbitrary_text(text: str) -> None:
    for fmt in (Format.ESPANSO, Format.YAML):
        check_import(text.encode("utf-8"), fmt, SUFFIX[fmt])
    playbook, problems = parse_playbook(text, Path("fuzz.yaml"))
    assert playbook is not None or problems
    assert all(p.location.line >= 1 and p.location.column >= 1 for p in problems)


@settings(max_examples=15, deadline=5000, suppress_health_check=[HealthCheck.too_slow], database=None)
@example(rows=[["", "0\x850"]])  # NEL is a YAML line break: it must not turn into a space
@given(rows=st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=4), max_size=5))
def test_fuzz_xlsx_workbooks_with_arbitrary_cells(rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    from desktop.core.interchange.table import table_safe

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [list(QIANNIU_HEADER), *rows]:
        sheet.append([table_safe(cell)[0] for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    check_import(buffer.getvalue(), Format.XLSX, ".xlsx")


def test_a_qianniu_csv_export_never_holds_a_formula_and_imports_back_as_written(tmp_path: Path) -> None:
    from desktop.core.interchange.table import FORMULA_STARTS, qianniu_csv_bytes

    hostile = ['=HYPERLINK("http://evil.example","点我")', "+1 亲", "-5元优惠", "@客服", "\tTab", "普通回复"]
    data = qianniu_csv_bytes([("c" + str(n), text, "组") for n, text in enumerate(hostile)])
    reply_cells = [row[1] for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))][1:]
    assert not any(cell.startswith(FORMULA_STARTS) for cell in reply_cells)  # OWASP: nothing a sheet runs
    assert reply_cells[-1] == "普通回复"
    path = tmp_path / "phrases.csv"
    path.write_bytes(data)
    source = read_import(path, fmt=Format.QIANNIU_CSV)
    assert [entry.alternatives[0][0] for entry in source.entries] == [
        text.strip().replace("{", "{{").replace("}", "}}") for text in hostile
    ]


def test_an_unclosed_quote_is_reported_at_its_row_instead_of_swallowing_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "phrases.csv"
    path.write_text(
        '快捷编码,快捷短语,分组\nhy,"亲，您好\n有什么可以帮您",欢迎\nfh,"亲，今天发货,物流\nth,退货请联系客服,售后\n',
        encoding="utf-8",
    )
    source = read_import(path, fmt=Format.QIANNIU_CSV)
    assert [entry.code for entry in source.entries] == ["hy"]
    assert source.entries[0].location.line == 2
    [stray] = [p for p in source.problems if "never closed" in p.message]
    assert (stray.location.line, stray.is_error) == (4, True)


def test_an_import_names_every_code_and_id_it_shares_with_the_replies_already_searched(
    tmp_path: Path,
) -> None:
    bundled = load_playbooks([Path(__file__).resolve().parents[2] / "playbooks"]).playbooks
    others = [entry for playbook in bundled for entry in playbook.entries]
    taken = next(entry for entry in others if entry.code)
    source = tmp_path / "phrases.csv"
    source.write_text(
        f"快捷编码,快捷短语,分组\n{taken.code},亲，欢迎光临小店,欢迎\nzz9,别的回复,其他\n", encoding="utf-8"
    )
    preview = preview_import(read_import(source), tmp_path / "playbooks", others=others)
    [clash] = [p for p in preview.problems if "is also the code of" in p.message]
    assert clash.location.line == 2
    assert clash.severity is Severity.WARNING
    assert taken.question in clash.message
    assert taken.playbook in clash.message
    assert preview.new  # named, not refused: the shop's reply ranks first


def test_cli_import_without_the_bundled_replies_says_nothing_of_them(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["import", str(FIXTURES / "qianniu_gbk.csv"), "--config-dir", str(config_dir), "--no-defaults"])
        == 0
    )
    written = capsys.readouterr().out
    assert "wrote " in written
    assert "bundled" not in written


# --- script books: Markdown, Q/A text, JSON ---------------------------------------------------------


def test_a_markdown_script_book_gives_one_entry_per_heading_with_text(tmp_path: Path) -> None:
    source = read_import(FIXTURES / "scriptbook.md")
    assert source.format is Format.MARKDOWN
    found = [(e.location.line, e.question, e.category, e.code, e.context, e.tips) for e in source.entries]
    assert found == [
        (5, "欢迎语", "售前", "hy", "顾客第一次进店咨询", ""),
        (11, "尺码推荐", "售前", "", "顾客问尺码", "先问身高体重再推荐"),
        (21, "退换货", "售后", "", "", ""),
    ]  # the book's one title heading is no category; 售前 and 售后 only group
    assert [len(e.alternatives) for e in source.entries] == [1, 2, 1]  # a **话术** list: one per item
    assert (
        source.entries[2].alternatives[0][0].startswith("七天无理由退换，商品不影响二次销售即可。\n\n运费险")
    )
    assert all("### 这不是标题" not in e.question for e in source.entries)  # headings in code are text
    assert_reimport_changes_nothing(tmp_path, FIXTURES / "scriptbook.md")


def test_a_qa_text_list_gives_questions_answers_and_groups(tmp_path: Path) -> None:
    source = read_import(FIXTURES / "qa.txt")
    assert source.format is Format.TEXT_QA
    assert [(e.question, e.category, len(e.alternatives)) for e in source.entries] == [
        ("什么时候发货？", "物流", 1),
        ("发什么快递？", "物流", 2),
        ("Can I return it?", "售后", 1),
    ]
    assert source.entries[2].alternatives[0][0] == "Yes, within 30 days of delivery.\nJust keep the tags on."
    [unanswered] = source.problems
    assert str(unanswered).startswith(f"{FIXTURES / 'qa.txt'}:14:1:")
    assert "a question with no answer; it is skipped" in unanswered.message
    assert_reimport_changes_nothing(tmp_path, FIXTURES / "qa.txt")


def test_a_txt_file_that_is_no_qa_list_is_still_read_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "phrases.txt"
    path.write_text("快捷短语编码,快捷短语,快捷短语分组\nhy,亲，在的～,欢迎\n", encoding="utf-8")
    assert read_import(path).format is Format.QIANNIU_CSV


def test_a_json_phrase_list_reads_known_keys_groups_and_plain_strings(tmp_path: Path) -> None:
    source = read_import(FIXTURES / "phrases.json")
    assert source.format is Format.JSON
    assert [(e.location.line, e.question, e.category, e.code, e.tips) for e in source.entries] == [
        (3, "包邮吗", "售前", "by", ""),
        (4, "Do you ship abroad?", "售前", "", "check the list"),
        (7, "亲，收到货有问题随时联系我们", "售后", "", ""),
    ]
    [skipped] = source.problems
    assert (skipped.location.line, skipped.is_error) == (8, True)
    assert "the phrase has no reply; it is skipped" in skipped.message
    assert_reimport_changes_nothing(tmp_path, FIXTURES / "phrases.json")


def test_a_json_list_with_its_own_keys_is_read_with_map(tmp_path: Path) -> None:
    path = tmp_path / "macros.json"
    path.write_text(
        json.dumps([{"name": "Refund status", "body": "Your refund is on its way.", "shortcut": "rf"}])
    )
    [unknown] = read_import(path).problems  # without --map its keys mean nothing: said, nothing taken
    assert "the phrase has no reply; it is skipped" in unknown.message
    source = read_import(path, mapping={"question": "name", "reply": "body", "code": "shortcut"})
    assert [(e.question, e.alternatives[0][0], e.code) for e in source.entries] == [
        ("Refund status", "Your refund is on its way.", "rf")
    ]


def test_a_broken_json_file_says_where(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"reply": "hi"},\n {"reply": }]', encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"broken.json:2:"):
        read_import(path)


def assert_reimport_changes_nothing(tmp_path: Path, source_file: Path) -> None:
    target = tmp_path / "out"
    preview = preview_import(read_import(source_file), target)
    assert [p for p in preview.problems if "left out" in p.message] == []
    apply_import(preview)
    again = preview_import(read_import(source_file), target)
    assert (again.new, again.changed) == ((), ())


SCRIPT_ALPHABET = st.sampled_from(
    list('\n \t#*-:：{}[]",亲在的？x1')
    + ["问：", "答：", "Q: ", "A: ", "## ", "**话术**：", "```", "【组】", '{"reply": ']
)


@FUZZ
@given(
    text=st.lists(SCRIPT_ALPHABET, max_size=120).map("".join),
    fmt=st.sampled_from([Format.MARKDOWN, Format.TEXT_QA, Format.JSON]),
)
def test_fuzz_script_book_readers_never_crash_and_reimport_unchanged(text: str, fmt: Format) -> None:
    check_import(text.encode("utf-8"), fmt, SUFFIX[fmt], reimport=True)


CELL_PIECES = st.sampled_from([*'亲在的哦～？。，ab Z9{}[]【】😊"', "快递", "\n"])
CELL = st.lists(CELL_PIECES, min_size=1, max_size=20).map("".join)
CODES = st.sampled_from(["", "hy", "kd", "cf", ":thx"])
ROW = st.tuples(CODES, CELL, st.sampled_from(["售前", "售后", "淘宝/售中"]))


def _round_trip(source_file: Path, folder: Path) -> list[tuple[str, str, tuple[tuple[str, ...], ...]]]:
    """Import ``source_file`` into ``folder``; the entries as written (code, category, replies)."""
    apply_import(preview_import(read_import(source_file), folder))
    return sorted((e.code, e.category, e.alternatives) for e in load_playbooks([folder]).entries)


@FUZZ
@given(rows=st.lists(ROW, min_size=1, max_size=8), fmt=st.sampled_from([Format.QIANNIU_CSV, Format.YAML]))
def test_fuzz_import_export_import_changes_nothing(rows: list[tuple[str, str, str]], fmt: Format) -> None:
    """A shop's phrases imported, exported for Qianniu or as a playbook, and imported again are the same."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        first = tmp / "shop.csv"
        first.write_bytes(qianniu_csv_bytes(rows))
        imported = _round_trip(first, tmp / "once")
        if not imported:
            return  # only blank replies: each skipped and named (tested above), nothing to export
        exported = export_entries(load_playbooks([tmp / "once"]).entries, fmt)
        second = tmp / f"again{SUFFIX[fmt]}"
        second.write_bytes(exported.data)
        assert _round_trip(second, tmp / "twice") == imported


def test_an_empty_answer_or_list_item_is_no_reply_and_is_named(tmp_path: Path) -> None:
    qa = tmp_path / "qa.txt"
    qa.write_text("问：有货吗\n答：\n\n问：发货\n答：今天发\n", encoding="utf-8")
    source = read_import(qa)
    assert [e.question for e in source.entries] == ["发货"]
    [skipped] = source.problems
    assert skipped.location.line == 1
    assert "a question with no answer; it is skipped" in skipped.message
    book = tmp_path / "book.md"
    book.write_text("## 欢迎\n**话术**：\n- \n-   \n\n## 发货\n今天发\n", encoding="utf-8")
    assert [e.question for e in read_import(book).entries] == [
        "发货"
    ]  # a heading with blank items only groups


def test_an_import_goes_by_default_into_the_playbook_holding_most_of_its_phrases(tmp_path: Path) -> None:
    playbooks = tmp_path / "playbooks"
    playbooks.mkdir()
    phrases = tmp_path / "千牛短语(1).csv"
    phrases.write_text(
        "快捷编码,快捷短语,分组\nddcx,亲，订单已经发出～,售后\nzj,感谢光临～,售后\n", encoding="utf-8"
    )
    source = read_import(phrases)
    assert likely_target(source, playbooks) == "qian-niu-duan-yu--1"  # none there yet: from the file name
    other = tmp_path / "other.csv"
    other.write_text("快捷编码,快捷短语,分组\nzj,感谢光临～,售后\n", encoding="utf-8")
    apply_import(preview_import(read_import(other), playbooks, into="other"))
    apply_import(preview_import(source, playbooks, into="shop"))
    (playbooks / "broken.yaml").write_text("entries: [\n", encoding="utf-8")  # never guessed, never fatal
    assert likely_target(source, playbooks) == "shop"  # two shared phrases beat one
