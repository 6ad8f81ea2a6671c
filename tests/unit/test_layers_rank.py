"""A shop's own replies beat the bundled demo replies they clash with."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.library import Layer, Source, load_library

BUNDLED = """\
name: demo
language: zh-CN
entries:
  - {id: demo.hello, category: 问候, question: 您好, reply: 您好，我是示例旗舰店的客服，工号008, code: hy}
  - {id: demo.ship, category: 发货, question: 什么时候发货, reply: 示例店48小时内发货, code: fh}
"""
SHOP = """\
name: shop
language: zh-CN
entries:
  - {id: shop.hello, category: 问候, question: 您好呀欢迎光临本店, reply: 亲，欢迎光临小王的店～, code: hy}
  - {id: shop.ship, category: 发货, question: 什么时候发货, reply: 亲，下午四点前的订单当天发, code: fahuo}
"""


@pytest.fixture(params=[Layer.PERSONAL, Layer.TEAM], ids=["personal", "team"])
def library_with(request: pytest.FixtureRequest, tmp_path: Path) -> object:
    (tmp_path / "bundled").mkdir()
    (tmp_path / "shop").mkdir()
    (tmp_path / "bundled" / "demo.yaml").write_text(BUNDLED, encoding="utf-8")
    (tmp_path / "shop" / "shop.yaml").write_text(SHOP, encoding="utf-8")
    sources = [Source(tmp_path / "bundled", Layer.BUNDLED), Source(tmp_path / "shop", request.param)]
    return load_library(sources, cache_dir=tmp_path / "cache")


def first(library: object, query: str) -> str:
    return library.index.search(query)[0].entry.id  # type: ignore[attr-defined]


def test_the_shops_own_code_comes_first_even_where_the_demo_matches_better(library_with: object) -> None:
    # 您好 matches the demo's short question better; the code is the shop's all the same.
    assert first(library_with, "hy") == "shop.hello"


def test_on_an_equal_match_the_shops_reply_comes_first(library_with: object) -> None:
    assert first(library_with, "什么时候发货") == "shop.ship"


def test_the_order_survives_the_cache(tmp_path: Path) -> None:
    (tmp_path / "bundled").mkdir()
    (tmp_path / "shop").mkdir()
    (tmp_path / "bundled" / "demo.yaml").write_text(BUNDLED, encoding="utf-8")
    (tmp_path / "shop" / "shop.yaml").write_text(SHOP, encoding="utf-8")
    sources = [Source(tmp_path / "bundled", Layer.BUNDLED), Source(tmp_path / "shop", Layer.PERSONAL)]
    load_library(sources, cache_dir=tmp_path / "cache")
    again = load_library(sources, cache_dir=tmp_path / "cache")
    assert again.from_cache
    assert first(again, "hy") == "shop.hello"


def test_a_code_only_the_demo_has_still_finds_the_demo(library_with: object) -> None:
    assert first(library_with, "fh") == "demo.ship"
