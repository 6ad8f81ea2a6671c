"""Synonym lists: bundled and the shop's own, read safely, and what they do to a search."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.paths import AppPaths, bundled_path
from desktop.core.playbook import load_playbooks
from desktop.core.search import SearchIndex
from desktop.core.synonyms import SynonymBook, load_synonyms

BUNDLED = bundled_path("resources") / "synonyms"


def test_the_bundled_lists_read_without_problems_in_every_language() -> None:
    book, problems = load_synonyms([BUNDLED])
    assert problems == []
    assert sorted(path.stem for path in BUNDLED.glob("*.yaml")) == ["en", "ko-KR", "zh-CN"]
    for word, other in (("拉肚子", "腹泻"), ("起疹子", "过敏"), ("快递", "物流"), ("배송", "택배")):
        assert other in book.others(word), word
    assert "money back" in book.others("Refund")  # normalized: case does not matter
    assert "package" in book.others("parcel")


def test_a_query_is_rewritten_with_each_other_word_of_its_groups() -> None:
    book = SynonymBook()
    book.add_group(["lost", "missing"])
    book.add_group(["parcel", "package"])
    book.add_group(["ship", "dispatch"])
    book.add_group(["物流", "快递"])
    book.add_group(["物流信息", "物流状态"])
    assert book.rewrites("my package is lost") == ["my parcel is lost", "my package is missing"]
    assert book.rewrites("shipping fee") == []  # a Latin word only as a whole word
    assert book.rewrites("查一下物流信息") == ["查一下物流状态"]  # the longer word first
    assert book.rewrites("nothing here") == []


def test_the_shops_list_adds_groups_and_words_to_the_bundled_ones(tmp_path: Path) -> None:
    paths = AppPaths.for_user(tmp_path)
    paths.synonyms.mkdir(parents=True)
    (paths.synonyms / "zh-CN.yaml").write_text(
        "language: zh-CN\ngroups:\n  - [快递, 顺丰]\n  - [小样, 试用装]\n", encoding="utf-8"
    )
    book, problems = load_synonyms(paths.synonym_folders)
    assert problems == []
    assert {"物流", "顺丰"} <= set(book.others("快递"))  # merged into the bundled group
    assert book.others("小样") == ("试用装",)


@pytest.mark.parametrize(
    ("text", "place", "says"),
    [
        ("groups: [[快递, 物流]\n", "2:1:", "YAML syntax"),
        ("language: zh-CN\n", "1:1:", "needs 'groups:'"),
        ("groups:\n  - 快递\n  - [物流, 快递]\n", "2:5:", "a list of words"),
        ("groups:\n  - [物流, 快递]\n  - [快递]\n", "3:5:", "two words or more"),
        ("groups:\n  - [物流, {a: b}]\n", "2:5:", "a list of words"),
    ],
)
def test_a_broken_list_says_where_and_the_rest_still_works(
    tmp_path: Path, text: str, place: str, says: str
) -> None:
    (tmp_path / "zh-CN.yaml").write_text(text, encoding="utf-8")
    book, problems = load_synonyms([BUNDLED, tmp_path])
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{tmp_path / 'zh-CN.yaml'}:{place}")
    assert says in str(problems[0])
    assert "腹泻" in book.others("拉肚子")  # the bundled list is still in use


def test_a_customers_word_finds_the_reply_written_with_the_shops_word(tmp_path: Path) -> None:
    (tmp_path / "shop.yaml").write_text(
        "name: shop\nlanguage: zh-CN\nentries:\n"
        "  - {id: diarrhea, category: 售后, question: 宝宝吃了腹泻怎么办, reply: 请先停用}\n"
        "  - {id: stomach, category: 售前, question: 肚子饿了吃什么, reply: 推荐饼干}\n"
        "  - {id: parcel, category: 物流, question: Missing parcel, reply: We will check}\n",
        encoding="utf-8",
    )
    index = SearchIndex(load_playbooks([tmp_path]).entries)
    assert [hit.entry.id for hit in index.search("宝宝拉肚子了")][:1] != ["diarrhea"]  # no shared word
    index.set_synonyms(load_synonyms([BUNDLED])[0])
    assert [hit.entry.id for hit in index.search("宝宝拉肚子了")][:1] == ["diarrhea"]
    assert [hit.entry.id for hit in index.search("lost package")][:1] == ["parcel"]
    # The words as written rank above a synonym's: 腹泻 typed scores more than 拉肚子.
    assert index.search("宝宝腹泻")[0].score > index.search("宝宝拉肚子")[0].score
