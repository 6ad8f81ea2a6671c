"""Each kind of query an agent types must put the intended entry first."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.playbook import load_playbooks
from desktop.core.search import SearchIndex
from desktop.core.text import choseong_spellings
from tests.conftest import SEARCH_PLAYBOOKS


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    result = load_playbooks([SEARCH_PLAYBOOKS])
    assert result.problems == []
    return SearchIndex(result.entries)


def ranked(index: SearchIndex, query: str) -> list[str]:
    return [hit.entry.id for hit in index.search(query, limit=10)]


FIRST = [
    # fragments of a question or an `also` phrase
    ("包邮", "ship.free"),
    ("退货邮费", "ret.postage"),
    ("发票", "inv.can-issue"),
    ("抬头", "inv.title-wrong"),
    ("배송 조회", "ko.ship.track"),
    ("tracking", "en.tracking"),
    # full pinyin without tones, and while it is typed
    ("baoyou", "ship.free"),
    ("tuihuo", "ret.can-return"),
    ("fapiao", "inv.can-issue"),
    ("fapiaotaitou", "inv.title-wrong"),
    ("tui", "ret.can-return"),
    # pinyin initials, and prefixes of them
    ("thyf", "ret.postage"),
    ("jh", "auth.fake-received"),
    ("fp", "inv.can-issue"),
    ("fptt", "inv.title-wrong"),
    ("fpje", "inv.amount-wrong"),
    ("zgyh", "auth.counter"),
    ("th", "ret.can-return"),
    ("thyf", "ret.postage"),
    # Korean initial consonants and fragments, and a syllable mid-composition
    ("ㅂㅅ", "ko.ship.when"),
    ("ㄱㅎ", "ko.exchange"),
    ("ㅎㅂ", "ko.refund"),
    ("ㅂㅅㅈㅎ", "ko.ship.track"),
    ("ㅂㅅㅂ", "ko.ship.fee"),
    ("교환", "ko.exchange"),
    ("교환 배송비", "ko.exchange.fee"),
    ("배소", "ko.ship.when"),
    ("환불", "ko.refund"),
    # English with a typo, and prefixes
    ("refnud", "en.refund"),
    ("shiping", "en.shipping.time"),
    ("cusotms", "en.customs"),
    ("ref", "en.refund"),
    ("partial ref", "en.refund.partial"),
    ("damag", "en.damaged"),
    # the customer's own message, pasted
    ("你们家东西是真的吗", "auth.genuine"),
    ("发票抬头写错了能重新开吗", "inv.title-wrong"),
    ("我的退款怎么还没到账", "refund.when"),
    ("주문한 거 교환하고 싶어요", "ko.exchange"),
    ("my parcel arrived damaged, the box was crushed", "en.damaged"),
    ("do you take paypal?", "en.payment"),
    # a distinctive phrase from a reply body
    ("原路退回", "refund.when"),
    ("羊毛", "care.wash"),
    ("dispatch email", "en.tracking"),
    ("송장번호", "ko.ship.track"),
]


@pytest.mark.parametrize(("query", "expected"), FIRST)
def test_intended_entry_is_first(index: SearchIndex, query: str, expected: str) -> None:
    assert ranked(index, query)[0] == expected, ranked(index, query)[:3]


def test_initials_match_at_word_starts_only(index: SearchIndex) -> None:
    # 以旧换新 reads y-j-h-x: "jh" sits inside the word, so it must not match it.
    assert "promo.trade-in" not in ranked(index, "jh")
    assert ranked(index, "yjhx")[0] == "promo.trade-in"


def test_general_question_beats_its_specific_siblings(index: SearchIndex) -> None:
    ids = ranked(index, "fp")
    assert ids.index("inv.can-issue") < ids.index("inv.title-wrong")
    assert ids.index("inv.can-issue") < ids.index("inv.amount-wrong")


def test_exact_code_is_always_first(index: SearchIndex) -> None:
    assert ranked(index, "yj")[0] == "price.discount"
    assert ranked(index, "BY")[0] == "ship.free"
    assert index.search("by")[0].score > 10 > index.search("by")[1].score


def test_frecency_lifts_among_near_equal_matches_only(index: SearchIndex) -> None:
    try:
        index.set_usage({"inv.amount-wrong": 30.0})
        assert ranked(index, "fp")[0] == "inv.amount-wrong"
        # A used entry must not beat a clearly better match.
        assert ranked(index, "thyf")[0] == "ret.postage"
        assert ranked(index, "fapiaotaitou")[0] == "inv.title-wrong"
    finally:
        index.set_usage({})


def test_empty_query_lists_most_used_first(index: SearchIndex) -> None:
    try:
        index.set_usage({"care.wash": 5.0, "ko.refund": 9.0})
        assert ranked(index, "")[:2] == ["ko.refund", "care.wash"]
        assert len(index.search("   ", limit=7)) == 7
    finally:
        index.set_usage({})
    assert ranked(index, "")[0] == index.entries[0].id


def test_an_empty_query_in_a_chinese_chat_lists_chinese_replies_first(index: SearchIndex) -> None:
    chinese = [e for e in index.entries if e.language == "zh-CN"]
    try:
        index.set_usage({"ko.refund": 9.0, "en.refund": 5.0, chinese[-1].id: 1.0})
        listed = [hit.entry for hit in index.search("", limit=len(chinese) + 2, prefer_language="zh-CN")]
        assert {e.language for e in listed[: len(chinese)]} == {"zh-CN"}  # every Chinese reply first
        assert listed[0].id == chinese[-1].id  # the used one leads its language
        assert [e.id for e in listed[len(chinese) :]] == ["ko.refund", "en.refund"]  # then the others by use
        korean = index.search("", limit=3, prefer_language="KO-kr")
        assert [hit.entry.id for hit in korean][0] == "ko.refund"
        # A language no reply is in changes nothing.
        assert index.search("") == index.search("", prefer_language="ja-JP")
    finally:
        index.set_usage({})


def test_nothing_matches_nonsense(index: SearchIndex) -> None:
    assert index.search("zzqqxx") == []
    assert index.search("ㅋㅋㅋㅋ") == []


def test_full_width_and_case_are_folded(index: SearchIndex) -> None:
    assert ranked(index, "ＲＥＦＵＮＤ")[0] == "en.refund"


def test_polyphonic_character_answers_to_both_readings() -> None:
    from pathlib import Path

    from desktop.core.errors import Location
    from desktop.core.playbook import Entry

    entry = Entry("long", "c", "长", (("r",),), "zh-CN", "p", Location(Path("x"), 1, 1))
    other = Entry("other", "c", "其他", (("r",),), "zh-CN", "p", Location(Path("x"), 2, 1))
    index = SearchIndex([entry, other])
    assert ranked(index, "chang")[0] == "long"
    assert ranked(index, "zhang")[0] == "long"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("ㅄ", "ㅂㅅ"), ("ㅄㅈㅎ", "ㅂㅅㅈㅎ"), ("ㅄㅂ", "ㅂㅅㅂ"), ("\u1121", "ㅂㅅ"), ("ㄳ", "ㄱㅅ")],
)
def test_compound_jamo_from_a_korean_ime_search_as_the_two_initials(
    index: SearchIndex, typed: str, meant: str
) -> None:
    # The IME joins ㅂ then ㅅ typed without a vowel into ㅄ; the agent meant 초성 ㅂㅅ.
    assert ranked(index, typed) == ranked(index, meant)


def test_a_doubled_initial_means_itself_or_the_plain_consonant_twice(tmp_path: Path) -> None:
    # Many Korean IMEs turn ㄱ pressed twice into ㄲ: the agent may mean 까 or 고객.
    (tmp_path / "ko.yaml").write_text(
        """\
name: doubled
language: ko
entries:
  - {id: broken, category: 문의, question: 깨진 상품이 왔어요, reply: 사진 주시면 교환해 드립니다.}
  - {id: desk, category: 문의, question: 고객센터 연결해 주세요, reply: 평일 9시부터 6시까지입니다.}
  - {id: photos, category: 문의, question: 상세 사진 더 있나요?, reply: 상세 페이지 아래에 있습니다.}
  - {id: stock, category: 문의, question: 재고 있나요?, reply: 네 지금 바로 발송 가능합니다.}
""",
        encoding="utf-8",
    )
    loaded = load_playbooks([tmp_path])
    assert loaded.problems == []
    doubled = SearchIndex(loaded.entries)
    assert ranked(doubled, "ㄲ")[0] == "broken"
    assert ranked(doubled, "ㄲㅈ")[0] == "broken"
    assert ranked(doubled, "ㄲㅅ")[0] == "desk"  # ㄱ ㄱ ㅅ as the IME shows it
    assert ranked(doubled, "ㅆ")[0] == "photos"
    assert ranked(doubled, "ㅆㅅ")[0] == "photos"


@pytest.mark.parametrize(
    ("typed", "spellings"),
    [("ㄱㅎ", ["ㄱㅎ"]), ("ㅆ", ["ㅆ", "ㅅㅅ"]), ("ㄲㅆ", ["ㄲㅆ", "ㄱㄱㅆ", "ㄲㅅㅅ", "ㄱㄱㅅㅅ"])],
)
def test_choseong_spellings_keep_or_split_each_doubled_letter(typed: str, spellings: list[str]) -> None:
    assert choseong_spellings(typed) == spellings
    assert len(choseong_spellings("ㄲ" * 6)) == 8


def test_the_readmes_choseong_example_works_as_agents_really_type_it(index: SearchIndex) -> None:
    assert ranked(index, "ㅄ")[0] == "ko.ship.when"


def test_placeholder_names_are_not_searched_but_the_values_that_fill_them_are(tmp_path: Path) -> None:
    (tmp_path / "ship.yaml").write_text(
        "name: ship\nlanguage: zh-CN\nvariables: {courier: 顺丰速运}\nentries:\n"
        "  - {id: slow, category: 发货, question: 发货怎么这么慢, reply: '单号{tracking_no}，走{courier}'}\n"
        "  - {id: track, category: 物流, question: track my order, reply: 'Your tracking link: {link}'}\n",
        encoding="utf-8",
    )
    loaded = load_playbooks([tmp_path])
    assert loaded.problems == []
    index = SearchIndex(loaded.entries)
    assert ranked(index, "track") == ["track"]  # not 发货怎么这么慢 for its {tracking_no}
    assert ranked(index, "顺丰")[0] == "slow"  # the courier's name is in the reply as sent


def small_index(tmp_path: Path, *rows: str) -> SearchIndex:
    """An index of one-line entries ``id|category|question``."""
    lines = ["name: t", "language: zh-CN", "entries:"]
    for row in rows:
        entry_id, category, question = row.split("|")
        lines.append(f"  - {{id: {entry_id}, category: {category}, question: {question}, reply: 好的}}")
    (tmp_path / "t.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_playbooks([tmp_path])
    assert result.problems == []
    return SearchIndex(result.entries)


def test_every_everyday_reading_of_a_heteronym_finds_the_word(tmp_path: Path) -> None:
    index = small_index(
        tmp_path, "brew|冲泡|冲调方法", "bank|付款|银行卡付款", "repay|付款|还款日期", "other|其他|自营吗"
    )
    # pypinyin reads 冲调 chongdiao; agents say chongtiao. Both, and every prefix, find it.
    for typed in ("chongtiao", "chongt", "chongdiao", "ct", "cd"):
        assert ranked(index, typed)[:1] == ["brew"], typed
    assert ranked(index, "yinxing")[:1] == ["bank"]  # 行 as xing too, though 银行 says hang
    assert ranked(index, "huankuan")[:1] == ["repay"]
    # A classical reading is no everyday one: 能 is never tai.
    assert "other" not in ranked(index, "tai")


def test_a_reading_inside_a_word_is_found_when_no_word_start_matches(tmp_path: Path) -> None:
    """jieba splits 能机洗吗 as 能机/洗/吗: 机 starts no word, yet jx must not answer nothing."""
    index = small_index(tmp_path, "wash|洗护|能机洗吗", "ship|物流|几天发货", "size|尺码|尺码怎么选")
    assert ranked(index, "jx")[:1] == ["wash"]
    assert ranked(index, "jixi")[:1] == ["wash"]
    loose = index.search("jx")[0].score
    assert loose < index.search("jt")[0].score  # 几天 at its word start: a real match ranks far above
    assert ranked(index, "qx") == []  # a reading no text has anywhere: still nothing
    assert ranked(index, "zzzz") == []


def test_a_prefix_that_led_to_an_entry_puts_it_first_next_time(index: SearchIndex) -> None:
    before = ranked(index, "fa")
    chosen = before[3]  # the agent arrowed down to the fourth result and pasted it
    try:
        index.set_learned({"f": {chosen: 1.0}, "fa": {chosen: 1.0, before[1]: 3.0}})
        assert ranked(index, "fa")[:2] == [before[1], chosen]  # led there more often: first
        assert ranked(index, "f")[0] == chosen
        code_owner = next(e for e in index.entries if e.code)
        index.set_learned({code_owner.code: {chosen: 9.0}, "x": {"no-such-entry": 1.0}})
        assert ranked(index, code_owner.code)[0] == code_owner.id  # an exact code stays first
    finally:
        index.set_learned({})
    assert ranked(index, "fa") == before


def test_initials_typed_word_by_word_find_the_words_they_start(tmp_path: Path) -> None:
    """사진을 첨부 reads ㅅㅈㅇ ㅊㅂ: the agent types ㅅㅈ ㅊㅂ, one group per word, skipping the particle."""
    (tmp_path / "ko.yaml").write_text(
        "name: ko\nlanguage: ko-KR\nentries:\n"
        "  - {id: photo, category: 문의, question: 사진을 첨부하고 싶어요, reply: 네}\n"
        "  - {id: size, category: 문의, question: 사이즈 추천해 주세요, reply: 네}\n"
        "  - {id: wash, category: 세탁, question: 세탁기 사용 방법, reply: 네}\n",
        encoding="utf-8",
    )
    index = SearchIndex(load_playbooks([tmp_path]).entries)
    assert ranked(index, "ㅅㅈ ㅊㅂ")[:1] == ["photo"]
    assert ranked(index, "ㅅㅇㅈ ㅊㅊ")[:1] == ["size"]
    assert ranked(index, "ㅅㅌㄱ ㅅㅇ")[:1] == ["wash"]
    assert "photo" not in ranked(index, "ㅅㅈ ㅂㅂ")  # every typed word must start one of the text's


def english_index(tmp_path: Path, *questions: str) -> SearchIndex:
    lines = ["name: en", "language: en", "entries:"]
    for number, question in enumerate(questions):
        lines.append(f"  - {{id: q{number}, category: Help, question: '{question}', reply: Sure}}")
    (tmp_path / "en.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return SearchIndex(load_playbooks([tmp_path]).entries)


def test_how_customers_ask_weighs_less_than_what_they_ask_about(tmp_path: Path) -> None:
    index = english_index(
        tmp_path,
        "How do I get a return label?",
        "How do I return my order?",
        "How do I track my order?",
        "How do I change my address?",
        "Where can I leave a review?",
    )
    # "how do i" is how half the library asks; "review" is what this customer is about.
    assert ranked(index, "how do i write a review for you guys")[:1] == ["q4"]


def test_an_english_word_finds_its_other_forms(tmp_path: Path) -> None:
    index = english_index(
        tmp_path, "When will my order ship?", "Can I change the size?", "Do you sell gift cards?"
    )
    assert ranked(index, "has it shipped yet")[:1] == ["q0"]
    assert ranked(index, "what sizes do you have")[:1] == ["q1"]
    assert ranked(index, "gift card")[:1] == ["q2"]
