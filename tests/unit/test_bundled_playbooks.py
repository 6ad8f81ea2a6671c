"""The bundled playbooks: clean, covering every situation, and findable by real messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.library import Library, load_library
from desktop.core.paths import bundled_path
from desktop.core.playbook import Entry

BUNDLED = bundled_path("playbooks")
LANGUAGES = ("zh-CN", "ko-KR", "en")


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([BUNDLED])


def test_bundled_playbooks_pass_strict_lint(config_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--strict", str(BUNDLED), "--config-dir", str(config_dir)]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().err


def test_every_language_has_its_own_folder_of_entries(library: Library) -> None:
    assert library.problems == []
    for language in LANGUAGES:
        entries = [e for e in library.entries if e.language == language]
        assert len(entries) >= 40, language
        assert {e.location.path.parent.name for e in entries} == {language}


# The situations a new agent meets on the first day, by how each language's
# playbooks name them: a greeting entry is tagged `greeting` so the reply
# countdown knows a paste greeted a new customer.
TOPICS: dict[str, dict[str, set[str]]] = {
    "price": {"zh-CN": {"议价"}, "ko-KR": {"가격 문의"}, "en": {"Price"}},
    "shipping": {"zh-CN": {"发货", "快递", "物流"}, "ko-KR": {"발송 문의", "배송 문의"}, "en": {"Shipping"}},
    "returns": {"zh-CN": {"退货"}, "ko-KR": {"반품"}, "en": {"Returns"}},
    "refunds": {"zh-CN": {"退款"}, "ko-KR": {"환불"}, "en": {"Refunds"}},
    "complaints": {"zh-CN": {"投诉"}, "ko-KR": {"불만 처리"}, "en": {"Complaints"}},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_covers_the_everyday_situations(library: Library, language: str) -> None:
    entries = [e for e in library.entries if e.language == language]
    assert any(e.is_greeting for e in entries), f"{language}: no entry tagged greeting"
    for topic, categories in TOPICS.items():
        assert any(e.category in categories[language] for e in entries), f"{language}: nothing on {topic}"


def test_shop_policies_are_variables_not_literals(library: Library) -> None:
    policy_names = {
        "shop",
        "free_shipping_threshold",
        "return_days",
        "exchange_days",
        "dispatch_hours",
        "courier",
        "delivery_days",
    }
    for language in LANGUAGES:
        variables = {name for e in library.entries if e.language == language for name in e.variables}
        assert policy_names <= variables, (language, policy_names - variables)
    used = " ".join(part for e in library.entries for a in e.alternatives for part in a)
    for name in policy_names:
        assert "{" + name + "}" in used, name


def _top3(library: Library, message: str) -> list[str]:
    return [hit.entry.id for hit in library.index.search(message, limit=3)]


# What customers really write, each with the entry an agent would send.
MESSAGES = [
    ("你们家的东西是正品吗，会不会是假的", "zh.auth.genuine"),
    ("能不能便宜一点啊，太贵了", "zh.price.discount"),
    ("我昨天拍的什么时候发货呀", "zh.ship.when"),
    ("衣服小了想退，运费谁出", "zh.after.return_postage"),
    ("退款怎么还没到账啊", "zh.refund.not_received"),
    ("你们服务太差了，我要投诉", "zh.complaint.service"),
    ("在吗", "zh.greet.welcome"),
    ("배송 언제 출발하나요? 내일까지 받아야 해요", "ko.ship.dispatch"),
    ("좀 깎아 주시면 안 될까요", "ko.price.discount"),
    ("사이즈가 안 맞는데 교환하고 싶어요", "ko.exchange.request"),
    ("환불은 언제 들어오나요", "ko.refund.when"),
    ("상품이 불량이라 너무 화가 나네요", "ko.issue.defect"),
    ("안녕하세요 문의드려요", "ko.greet.formal"),
    ("Hi, when will my order ship? I need it by Friday", "en.ship.dispatch"),
    ("Can you give me a discount if I buy two?", "en.price.no_discount"),
    # Not fitting is a change-of-mind return (the buyer pays the way back): that entry says so;
    # the general return policy does not.
    ("I want to return this, it doesn't fit", "en.return.change_of_mind"),
    ("I still haven't got my refund", "en.refund.status"),
    ("This is terrible service, I want to complain", "en.complaint.first"),
    ("Hello, is this item in stock?", "en.stock.available"),
]


@pytest.mark.parametrize(("message", "expected"), MESSAGES)
def test_a_customer_message_finds_its_entry_in_the_top_three(
    library: Library, message: str, expected: str
) -> None:
    assert expected in _top3(library, message)


def test_multi_step_answers_are_parts_and_alternatives_stay_alternatives(library: Library) -> None:
    by_id: dict[str, Entry] = {e.id: e for e in library.entries}
    # 001's three-step answer to "验货说是假的" is sent as three messages.
    assert len(by_id["zh.auth.fake_after_check"].alternatives[0]) == 3
    # 001's numbered alternatives for free shipping are separate choices.
    assert len(by_id["zh.price.free_shipping"].alternatives) >= 2


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("jh", "正品"),
        ("by", "包邮"),
        ("th", "退货"),
        ("ㄱㅎ", "교환"),
        ("ㅂㅅ", "배송 문의"),
        ("ref", "Refunds"),
    ],
)
def test_two_or_three_keys_pick_the_topic_an_agent_means(library: Library, typed: str, category: str) -> None:
    first = library.index.search(typed, limit=1)[0].entry
    assert category in (first.category, *first.tags) or first.category.startswith(category.split()[0]), first
