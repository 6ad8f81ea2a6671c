"""The shop's own facts fill in the bundled replies; a reply still using a demo value says which."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import QuickReplyError
from desktop.core.library import Layer, Source, load_library
from desktop.core.paths import bundled_path
from desktop.core.playbook import load_playbooks
from desktop.core.shop import COMMON_FACTS, ShopFacts, facts_asked, read_shop_facts, write_shop_facts
from desktop.core.template import render

BUNDLED_LIKE = """\
name: 示例
language: zh-CN
variables:
  shop: 示例旗舰店
  return_days: "7"
  courier: 中通快递
entries:
  - id: demo.welcome
    category: 欢迎
    question: 欢迎语
    reply: 欢迎光临{shop}～
  - id: demo.return
    category: 售后
    question: 能退货吗
    reply: "{shop}支持{return_days}天无理由退货，{courier}上门取件。"
  - id: demo.plain
    category: 售后
    question: 在吗
    reply: 在的亲～
"""
TEAM = """\
name: 团队
language: zh-CN
variables:
  shop: 团队旗舰店
entries:
  - id: team.welcome
    category: 欢迎
    question: 团队欢迎语
    reply: 这里是{shop}～
"""


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    bundled, team = tmp_path / "bundled", tmp_path / "team"
    bundled.mkdir()
    team.mkdir()
    (bundled / "demo.yaml").write_text(BUNDLED_LIKE, encoding="utf-8")
    (team / "team.yaml").write_text(TEAM, encoding="utf-8")
    return bundled, team, tmp_path / "shop.json"


def by_id(
    sources: list[Source], cache: Path | None = None
) -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    library = load_library(sources, cache)
    return {
        entry.id: (render(entry.first_reply, entry.variables).text, entry.demo_values)
        for entry in library.entries
    }


def test_without_facts_every_reply_using_a_demo_value_names_it(folders: tuple[Path, Path, Path]) -> None:
    bundled, team, facts = folders
    found = by_id([Source(bundled, Layer.BUNDLED, facts=facts), Source(team, Layer.TEAM)])
    assert found["demo.welcome"] == ("欢迎光临示例旗舰店～", (("shop", "示例旗舰店"),))
    assert found["demo.return"][1] == (("shop", "示例旗舰店"), ("return_days", "7"), ("courier", "中通快递"))
    assert found["demo.plain"][1] == ()
    assert found["team.welcome"] == ("这里是团队旗舰店～", ())  # a team states its own values


def test_the_shops_facts_fill_in_the_bundled_replies_only(folders: tuple[Path, Path, Path]) -> None:
    bundled, team, facts = folders
    write_shop_facts(facts, ShopFacts({"zh-CN": {"shop": "小王的店", "return_days": "15", "courier": " "}}))
    found = by_id([Source(bundled, Layer.BUNDLED, facts=facts), Source(team, Layer.TEAM, facts=None)])
    assert found["demo.welcome"] == ("欢迎光临小王的店～", ())
    # An empty field is "not set": the demo courier stays, and is still flagged.
    assert found["demo.return"] == (
        "小王的店支持15天无理由退货，中通快递上门取件。",
        (("courier", "中通快递"),),
    )
    assert found["team.welcome"][0] == "这里是团队旗舰店～"


def test_facts_for_another_language_change_nothing(folders: tuple[Path, Path, Path]) -> None:
    bundled, _team, facts = folders
    write_shop_facts(facts, ShopFacts({"ko-KR": {"shop": "하나 스토어"}}))
    found = by_id([Source(bundled, Layer.BUNDLED, facts=facts)])
    assert found["demo.welcome"][0] == "欢迎光临示例旗舰店～"


def test_changed_facts_are_never_served_from_the_search_cache(
    folders: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    bundled, _team, facts = folders
    cache = tmp_path / "cache"
    sources = [Source(bundled, Layer.BUNDLED, facts=facts)]
    assert by_id(sources, cache)["demo.welcome"][0] == "欢迎光临示例旗舰店～"
    write_shop_facts(facts, ShopFacts({"zh-CN": {"shop": "小王的店"}}))
    assert by_id(sources, cache)["demo.welcome"][0] == "欢迎光临小王的店～"
    assert load_library(sources, cache).from_cache  # the same facts again: cached


def test_a_damaged_facts_file_keeps_the_demo_values_and_says_where(folders: tuple[Path, Path, Path]) -> None:
    bundled, _team, facts = folders
    facts.write_text('{"schema_version": 1, "languages": {"zh-CN": {"shop": }}}', encoding="utf-8")
    library = load_library([Source(bundled, Layer.BUNDLED, facts=facts)])
    assert library.entries[0].demo_values == (("shop", "示例旗舰店"),)
    assert any(f"{facts}:1:" in note and "demo values" in note for note in library.notes)


def test_saving_over_a_damaged_facts_file_keeps_it_aside(tmp_path: Path) -> None:
    facts = tmp_path / "shop.json"
    facts.write_text("{not json", encoding="utf-8")
    kept = write_shop_facts(facts, ShopFacts({"zh-CN": {"shop": "小王的店"}}))
    assert kept is not None
    assert kept.read_text(encoding="utf-8") == "{not json"
    assert read_shop_facts(facts).for_language("zh-CN") == {"shop": "小王的店"}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[]", "must be a JSON object"),
        ('{"schema_version": 9}', "schema_version 9"),
        ('{"languages": []}', "'languages' must map"),
        (
            '{"languages": {"zh-CN": {"return_days": 7}}}',
            'the values for zh-CN must be texts, e.g. "return_days": "7"',
        ),
    ],
)
def test_facts_of_the_wrong_shape_are_refused_with_the_reason(
    tmp_path: Path, content: str, says: str
) -> None:
    facts = tmp_path / "shop.json"
    facts.write_text(content, encoding="utf-8")
    with pytest.raises(QuickReplyError, match=str(facts).replace("\\", "\\\\")) as raised:
        read_shop_facts(facts)
    assert says in str(raised.value)


def test_an_absent_file_is_a_shop_that_set_nothing_yet(tmp_path: Path) -> None:
    assert read_shop_facts(tmp_path / "shop.json").is_empty
    assert not ShopFacts({"en": {"shop": "Acme"}}).is_empty
    assert ShopFacts({"en": {"shop": "  "}}).is_empty


def test_the_bundled_playbooks_ask_the_common_facts_first_in_every_language() -> None:
    asked = facts_asked(load_playbooks([bundled_path("playbooks")]).playbooks)
    assert set(asked) == {"zh-CN", "ko-KR", "en"}
    for language, demo in asked.items():
        names = list(demo)
        assert names[:3] == ["shop", "staff_id", "free_shipping_threshold"], language
        known = [name for name in names if name in COMMON_FACTS]
        assert known == sorted(known, key=COMMON_FACTS.index), language


def test_with_every_fact_set_no_bundled_reply_is_flagged(tmp_path: Path) -> None:
    bundled = bundled_path("playbooks")
    asked = facts_asked(load_playbooks([bundled]).playbooks)
    facts = tmp_path / "shop.json"
    sources = [Source(bundled, Layer.BUNDLED, facts=facts)]
    flagged = [entry.id for entry in load_library(sources).entries if entry.demo_values]
    assert len(flagged) > 50  # out of the box most bundled replies carry a demo value
    shop = ShopFacts({language: {name: f"our {name}" for name in demo} for language, demo in asked.items()})
    write_shop_facts(facts, shop)
    assert [entry.id for entry in load_library(sources).entries if entry.demo_values] == []
