"""The wording check: each rule in each language, exceptions, silencing, shop lists, lint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.paths import bundled_path
from desktop.core.playbook import load_playbooks
from desktop.core.wording import Wording, WordingBook, load_wording

BUNDLED_WORDING = bundled_path("resources") / "wording"
RULES_ZH = "(rules for zh-CN: absolute, extreme, harsh, long)"


@pytest.fixture(scope="module")
def book() -> WordingBook:
    loaded, problems = load_wording([BUNDLED_WORDING])
    assert problems == []
    return loaded


def rules_hit(book: WordingBook, language: str, text: str) -> list[str]:
    wording = book.for_language(language)
    assert wording is not None
    return [rule for rule, _message in wording.check_text(text)]


# (language, rule, flagged reply, a reply on the same subject that is fine)
CASES = [
    ("zh-CN", "absolute", "亲，我们的质量绝对没问题！", "亲，我们的质量有保障，有问题随时找我～"),
    ("zh-CN", "absolute", "保证明天一定到", "这个真的不能保证哦，快递时效以物流为准"),
    ("zh-CN", "extreme", "这是全网最低价，买到就是赚到", "这款现在是活动价，最近很多顾客回购"),
    ("zh-CN", "extreme", "销量第一的爆款", "我们会第一时间为您发货"),
    ("zh-CN", "harsh", "这个不行，你自己去问快递", "亲，我马上帮您联系快递查一下"),
    ("zh-CN", "harsh", "我也不知道", "您还有哪里不清楚的随时问我"),
    ("ko-KR", "absolute", "무조건 내일 도착합니다", "보통 1~2일 안에 도착합니다"),
    (
        "ko-KR",
        "absolute",
        "품질은 절대 문제없어요",
        "날짜는 장담드리기 어렵지만 빨리 보낼게요",
    ),
    ("ko-KR", "extreme", "업계 최고 품질입니다", "최대한 빨리 확인해 드릴게요"),
    ("ko-KR", "extreme", "판매 1위 상품이에요", "많은 분들이 찾으시는 상품이에요"),
    ("ko-KR", "harsh", "그건 저희 책임이 아닙니다", "불편을 드려 죄송합니다. 바로 확인해 드릴게요"),
    ("ko-KR", "harsh", "교환은 안 돼요", "교환 절차를 안내해 드릴게요"),
    ("en", "absolute", "We guarantee it will arrive tomorrow.", "It usually arrives in 3-5 days."),
    ("en", "absolute", "It is absolutely waterproof.", "We cannot guarantee a date, but we ship fast."),
    ("en", "extreme", "This is the best quality on the market.", "We'll do our best to help. Best regards"),
    ("en", "extreme", "The cheapest price anywhere!", "Here is a quote for 100 units."),
    (
        "en",
        "harsh",
        "Not our problem, ask the courier.",
        "I'll contact the courier for you.",
    ),
    ("en", "harsh", "As I said, read the description.", "The size chart is in the description."),
]


@pytest.mark.parametrize(("language", "rule", "bad", "good"), CASES)
def test_each_rule_flags_its_words_and_spares_fine_wording(
    book: WordingBook, language: str, rule: str, bad: str, good: str
) -> None:
    assert rule in rules_hit(book, language, bad)
    assert rules_hit(book, language, good) == []


@pytest.mark.parametrize(
    ("language", "limit"),
    [("zh-CN", 100), ("ko-KR", 150), ("en", 280)],
)
def test_long_messages_are_told_to_split(book: WordingBook, language: str, limit: int) -> None:
    filler = {"zh-CN": "亲", "ko-KR": "네", "en": "a"}[language]
    assert rules_hit(book, language, filler * limit) == []
    assert rules_hit(book, language, filler * (limit + 1)) == ["long"]


def test_latin_words_match_whole_words_only(book: WordingBook) -> None:
    assert rules_hit(book, "en", "Our bestseller ships today") == []
    assert rules_hit(book, "en", "Guaranteed delivery") == ["absolute"]  # guarantee* takes endings
    assert rules_hit(book, "en", "IMPOSSIBLE!") == ["harsh"]  # case does not matter


def test_a_regional_tag_uses_its_language_list(book: WordingBook) -> None:
    assert book.for_language("zh-TW") is book.for_language("zh-CN")
    assert book.for_language("en-US") is book.for_language("en")
    assert book.for_language("ja") is None


def test_allow_silences_one_rule_and_the_lint_names_line_and_rule(
    book: WordingBook, write_playbook: Callable[..., Path]
) -> None:
    path = write_playbook(
        """name: t
language: zh-CN
entries:
  - id: a.warranty
    category: 质保
    question: 质保多久
    allow: {absolute: 质保条款原文}
    replies:
      - 亲，我们保证一年质保～
      - - 这句没问题
        - 这是全网最低价哦
  - id: a.plain
    category: 质保
    question: 质保多久2
    allow: [harsh, absolut]
    reply: |
      亲，
      我们绝对保证质量
"""
    )
    result = load_playbooks([path])
    assert result.errors == []
    problems = book.check(result.entries)
    described = [(p.location.line, p.rule, p.message.split(" says")[0]) for p in problems]
    assert described == [
        (11, "extreme", "reply 3 of 'a.warranty'"),
        (
            12,
            "allow",
            "'allow' names unknown wording rule(s) absolut (rules for zh-CN: absolute, extreme, harsh, long)",
        ),
        (17, "absolute", "the reply of 'a.plain'"),
    ]
    assert all(not p.is_error for p in problems)


def test_a_shop_list_extends_the_bundled_one(tmp_path: Path) -> None:
    shop = tmp_path / "wording"
    shop.mkdir()
    (shop / "zh-CN.yaml").write_text(
        "language: zh-CN\nlong_reply: 20\nrules:\n"
        "  absolute:\n    words: [包退包换]\n"
        "  competitor:\n    why: names a competitor\n    words: [某宝店]\n",
        encoding="utf-8",
    )
    book, problems = load_wording([BUNDLED_WORDING, shop])
    assert problems == []
    wording = book.for_language("zh-CN")
    assert isinstance(wording, Wording)
    assert [r for r, _ in wording.check_text("包退包换")] == ["absolute"]
    assert [r for r, _ in wording.check_text("绝对")] == ["absolute"]  # bundled words stay
    assert [r for r, _ in wording.check_text("比某宝店便宜")] == ["competitor"]
    assert [r for r, _ in wording.check_text("亲" * 21)] == ["long"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("language: zh-CN\nrules: [absolute]\n", "2:8: 'rules' must be a mapping"),
        ("rules: {}\n", "1:1: 'language' is missing"),
        ("language: en\nlong_reply: lots\n", "2:13: 'long_reply' must be a whole number"),
        ("language: en\nrules:\n  harsh:\n    words: bad\n", "4:12: 'rules.harsh.words' must be a list"),
        ("language: en\nrules:\n  long:\n    words: [x]\n", "4:5: 'long' is the length rule"),
        ("language: en\nrules: {harsh: {words: [x]\n", "YAML syntax"),
    ],
)
def test_a_broken_shop_list_is_reported_with_its_place(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "en.yaml").write_text(text, encoding="utf-8")
    book, problems = load_wording([tmp_path])
    assert len(problems) == 1
    assert message in str(problems[0])
    assert str(problems[0]).startswith(str(tmp_path / "en.yaml"))
    assert book.languages == {}


def test_lint_warns_but_passes_unless_strict(
    write_playbook: Callable[..., Path], config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_playbook(
        "name: t\nlanguage: en\nentries:\n"
        "  - category: Price\n    question: Discount?\n    reply: This is absolutely the lowest price.\n"
    )
    common = ["--config-dir", str(config_dir)]
    assert main(["lint", str(path), *common]) == 0
    err = capsys.readouterr().err
    assert f"{path}:6:12: warning: the reply of 'book.discount' says 'absolutely'" in err
    assert "[absolute]" in err
    assert "[extreme]" in err
    assert "0 error(s), 2 warning(s)" in err
    assert main(["lint", "--strict", str(path), *common]) == 1


def test_lint_uses_the_shop_list_from_the_config_folder(
    write_playbook: Callable[..., Path], config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_playbook(
        "name: t\nlanguage: en\nentries:\n  - category: C\n    question: Q\n    reply: Cheers mate\n"
    )
    (config_dir / "wording").mkdir()
    (config_dir / "wording" / "en.yaml").write_text(
        "language: en\nrules:\n  tone:\n    why: too casual for this shop\n    words: [mate]\n",
        encoding="utf-8",
    )
    assert main(["lint", "--strict", str(path), "--config-dir", str(config_dir)]) == 1
    assert "too casual for this shop [tone]" in capsys.readouterr().err
