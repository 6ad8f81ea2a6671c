"""Text analysis for search: scripts, terms, readings and word starts.

Agents type Chinese characters, toneless pinyin, pinyin initials, Korean
syllables or initial consonants (초성), and English with typos. This module
turns a phrase into the units those inputs are matched against:

* *terms*: CJK characters and character pairs, and Latin words, weighted
  later by how rare they are across the library;
* *readings*: one unit per Chinese character, Hangul syllable or Latin word,
  each knowing whether a word starts there (from the jieba segmenter for
  Chinese, spaces for Korean and English), its full reading (pinyin without
  tones, the syllable, the word) and its initial (first pinyin letter, 초성).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
_SYLLABLES_PER_INITIAL = 21 * 28
# Compatibility jamo of the 19 leading consonants, in Unicode syllable order.
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_CHOSEONG_INDEX = {jamo: i for i, jamo in enumerate(CHOSEONG)}

# Sentence-final particles say nothing about the topic: they barely count when
# measuring how much of a question the query covers (能开发票吗 is about 发票).
_LIGHT_HAN = frozenset("吗呢吧啊呀了的么哦嘛啦哈呗噢哟喔")
LIGHT_UNIT_WEIGHT = 0.25

# Character classes shared by every pattern below, so they cannot drift apart.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANGUL = "\uac00-\ud7a3"
_LATIN_WORD = r"[a-z0-9]+(?:['’][a-z]+)?"
_WORD = re.compile(_LATIN_WORD)


def is_han(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph (the basic and extension-A blocks)."""
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def is_hangul(ch: str) -> bool:
    """Whether ``ch`` is a complete Hangul syllable."""
    return HANGUL_FIRST <= ord(ch) <= HANGUL_LAST


def script_language(text: str) -> str:
    """The language ``text``'s script tells: Hangul (or a jamo) → ko-KR, Han → zh-CN, else "".

    Latin text tells nothing: Korean and Chinese agents type English words and pinyin too.
    """
    if any(is_hangul(ch) or "\u3131" <= ch <= "\u318e" for ch in text):
        return "ko-KR"
    if any(is_han(ch) for ch in text):
        return "zh-CN"
    return ""


def is_choseong(ch: str) -> bool:
    """Whether ``ch`` is a leading-consonant jamo as a Korean keyboard types it."""
    return ch in _CHOSEONG_INDEX


def choseong_of(syllable: str) -> str:
    """The leading consonant of a Hangul syllable: 배 → ㅂ."""
    return CHOSEONG[(ord(syllable) - HANGUL_FIRST) // _SYLLABLES_PER_INITIAL]


def syllable_range(prefix_char: str) -> tuple[str, str] | None:
    """The syllables a half-typed Hangul character may still become.

    While a Korean input method composes, the search box shows 소 on the way
    to 송, or ㅅ on the way to 사…: the first and last syllable that extend it.
    """
    if is_choseong(prefix_char):
        first = HANGUL_FIRST + _CHOSEONG_INDEX[prefix_char] * _SYLLABLES_PER_INITIAL
        return chr(first), chr(first + _SYLLABLES_PER_INITIAL - 1)
    if is_hangul(prefix_char) and (ord(prefix_char) - HANGUL_FIRST) % 28 == 0:
        # No final consonant yet: any final may follow.
        return prefix_char, chr(ord(prefix_char) + 27)
    return None


# NFKC turns the jamo a Korean keyboard types (ㅂ, U+3142) into conjoining
# jamo (U+1107); fold the leading consonants back so ㅂㅅ stays ㅂㅅ.
_CONJOINING_TO_CHOSEONG: dict[int, str] = {0x1100 + i: jamo for i, jamo in enumerate(CHOSEONG)}
# A Korean IME joins two consonants typed without a vowel into one compound
# letter: ㅂ then ㅅ becomes ㅄ. An agent typing 초성 means the two initials, so
# each compound (and what NFKC makes of it) is taken apart again: ㅄ → ㅂㅅ.
_COMPOUND_JAMO = {
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
}  # fmt: skip
for _compound, _pair in _COMPOUND_JAMO.items():
    _CONJOINING_TO_CHOSEONG[ord(_compound)] = _pair
    _CONJOINING_TO_CHOSEONG[ord(unicodedata.normalize("NFKC", _compound))] = _pair


# Pressing a consonant twice gives its doubled letter in many Korean IMEs
# (ㄱ ㄱ → ㄲ), so a doubled initial typed as 초성 may mean either itself (까)
# or the plain consonant twice (고객 → ㄱㄱ).
_DOUBLED_JAMO = {"ㄲ": "ㄱㄱ", "ㄸ": "ㄷㄷ", "ㅃ": "ㅂㅂ", "ㅆ": "ㅅㅅ", "ㅉ": "ㅈㅈ"}
_MAX_SPELLINGS = 8


def choseong_spellings(initials: str) -> list[str]:
    """Every way a typed run of 초성 may be meant, as typed first: ㅆㅈ → ㅆㅈ, ㅅㅅㅈ.

    Each doubled letter is kept or split; past three of them only the first
    eight spellings are tried, which is more than any agent types.
    """
    spellings = [""]
    for jamo in initials:
        pair = _DOUBLED_JAMO.get(jamo)
        grown = [spelling + jamo for spelling in spellings]
        if pair is not None:
            grown += [spelling + pair for spelling in spellings]
        spellings = grown[:_MAX_SPELLINGS]
    return spellings


def normalize(text: str) -> str:
    """Fold width and case so ｒｅｆｕｎｄ, Refund and refund are one word; split ㅄ into ㅂㅅ."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_CONJOINING_TO_CHOSEONG)


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is matched as characters (Han or Hangul) rather than words."""
    return is_han(ch) or is_hangul(ch)


_TERM_RUNS = re.compile(f"[{_HAN}{_HANGUL}]+(?:\\s+[{_HANGUL}]+)*|{_LATIN_WORD}")
_SPACES = re.compile(r"\s+")


def terms(text: str) -> list[str]:
    """The search terms of a normalized text, in order, with repeats.

    CJK runs give every character and every adjacent pair (spaces inside a
    Korean run are skipped so 배송 조회 and 배송조회 share 송조); Latin and
    digit runs give whole words.
    """
    found: list[str] = []
    for run in _TERM_RUNS.findall(text):
        if run[0].isascii():
            found.append(run)
            continue
        chars = _SPACES.sub("", run)
        found.extend(chars)
        found.extend(chars[i : i + 2] for i in range(len(chars) - 1))
    return found


_DOUBLED_END = re.compile(r"([b-df-hj-np-tv-z])\1$")


def latin_stem(word: str) -> str:
    """A rough English stem, so a word finds its other forms: orders → order, shipped, shipping → ship.

    Only the regular endings (-s, -es, -ies, -ed, -ied, -ing), and only when
    three letters or more are left; a doubled last consonant goes too
    (shipp → ship). Irregular forms stay as they are.
    """
    for ending, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        if ending == "es" and not word[:-2].endswith(("ss", "x", "zz", "ch", "sh")):
            continue  # shoes is shoe + s, boxes is box + es
        if ending == "s" and word.endswith("ss"):
            return word
        stem = word[: -len(ending)] + replacement
        return _DOUBLED_END.sub(r"\1", stem) if ending in ("ing", "ed") else stem
    return word


def latin_words(text: str) -> list[str]:
    """The Latin and digit words of a normalized text."""
    return _WORD.findall(text)


@dataclass(frozen=True)
class Unit:
    """One matchable unit of a phrase: a character, syllable or word."""

    surface: str
    readings: tuple[str, ...]  # full readings, the contextual one first
    initials: tuple[str, ...]  # what typing only its first key gives: t for 退, ㅂ for 배
    word_start: bool
    weight: float  # how much it counts for coverage


def _unit(surface: str, readings: tuple[str, ...], word_start: bool, weight: float = 1.0) -> Unit:
    if len(surface) == 1 and is_hangul(surface):
        initials: tuple[str, ...] = (choseong_of(surface),)
    else:
        initials = tuple(dict.fromkeys(reading[0] for reading in readings if reading))
    return Unit(surface, readings, initials, word_start, weight)


# Characters read two or more ways in everyday speech (多音字), with those toneless readings.
# Inside a word, pypinyin gives one reading from its phrase table, and it is not
# always the one agents say (冲调: chongdiao there, chongtiao in speech); these
# characters keep their other everyday readings too. pypinyin's full heteronym
# lists would add classical readings (能 as tai) that only make noise.
EVERYDAY_HETERONYMS: Mapping[str, tuple[str, ...]] = {
    char: tuple(readings.split())
    for char, readings in (
        ("调", "tiao diao"), ("还", "hai huan"), ("行", "xing hang"), ("长", "chang zhang"),
        ("重", "zhong chong"), ("了", "le liao"), ("得", "de dei"), ("着", "zhe zhao zhuo"),
        ("便", "bian pian"), ("乐", "le yue"), ("差", "cha chai"), ("大", "da dai"),
        ("会", "hui kuai"), ("卡", "ka qia"), ("率", "lv shuai"), ("强", "qiang jiang"),
        ("省", "sheng xing"), ("系", "xi ji"), ("校", "xiao jiao"), ("转", "zhuan zhuai"),
        ("折", "zhe she"), ("都", "dou du"), ("给", "gei ji"), ("参", "can shen"),
        ("属", "shu zhu"), ("单", "dan shan"), ("没", "mei mo"), ("和", "he huo hu"),
        ("露", "lu lou"), ("塞", "sai se"), ("色", "se shai"), ("弹", "dan tan"),
        ("降", "jiang xiang"), ("角", "jiao jue"), ("传", "chuan zhuan"), ("藏", "cang zang"),
        ("称", "cheng chen"), ("血", "xue xie"), ("觉", "jue jiao"), ("盛", "sheng cheng"),
        ("似", "si shi"), ("曾", "ceng zeng"), ("朝", "chao zhao"), ("落", "luo la lao"),
        ("模", "mo mu"), ("薄", "bao bo"), ("削", "xiao xue"), ("地", "di de"),
        ("的", "de di"),
    )
}  # fmt: skip


@lru_cache(maxsize=65536)
def _pinyin_of_word(word: str) -> tuple[tuple[str, ...], ...]:
    """Toneless readings of each character of a jieba word, contextual first.

    pypinyin picks the reading a word's context implies (便宜 → pian yi), but
    its phrase table is not always the reading agents say (冲调 is chongtiao,
    pypinyin says chongdiao): a character of ``EVERYDAY_HETERONYMS`` keeps its
    other everyday readings too. A character standing alone has no context, so
    its second most common reading stays available (长 → chang or zhang).
    Cached per word: a library repeats its words.
    """
    from pypinyin import Style, lazy_pinyin, pinyin

    contextual = lazy_pinyin(word, style=Style.NORMAL, errors="default")
    if len(contextual) != len(word):
        # A character pypinyin does not know came back merged with its
        # neighbours; read each character on its own instead.
        contextual = [lazy_pinyin(char, style=Style.NORMAL, errors="default")[0] for char in word]
    if len(word) == 1:
        every = pinyin(word, style=Style.NORMAL, heteronym=True, errors="default")[0]
        return (tuple(dict.fromkeys([contextual[0], *every[:2], *EVERYDAY_HETERONYMS.get(word, ())])),)
    return tuple(
        tuple(dict.fromkeys([reading, *EVERYDAY_HETERONYMS.get(char, ())]))
        for reading, char in zip(contextual, word, strict=True)
    )


def _han_word_starts(run: str) -> set[int]:
    """Offsets in a run of Chinese where a dictionary word starts.

    Search-mode segmentation also reports the words inside long words, so 发
    starts a word in 能开发票吗 (开发票 contains 发票) while 旧 does not start
    one in 以旧换新: ``jh`` means 假货, not 以旧换新.
    """
    import rjieba

    return {start for _word, start, _end in rjieba.tokenize(run, "search")}


def _han_units(run: str) -> list[Unit]:
    import rjieba

    starts = _han_word_starts(run)
    units: list[Unit] = []
    offset = 0
    for word in rjieba.cut(run):
        for index, readings in enumerate(_pinyin_of_word(word)):
            char = word[index]
            weight = LIGHT_UNIT_WEIGHT if char in _LIGHT_HAN else 1.0
            units.append(_unit(char, readings, (offset + index) in starts, weight))
        offset += len(word)
    return units


_RUNS = re.compile(f"(?P<han>[{_HAN}]+)|(?P<hangul>[{_HANGUL}]+)|(?P<word>[a-z0-9]+)")


def units(text: str) -> list[Unit]:
    """The units of a normalized phrase, for reading-based matching."""
    found: list[Unit] = []
    for match in _RUNS.finditer(text):
        if match.group("han"):
            found.extend(_han_units(match.group("han")))
        elif match.group("hangul"):
            found.extend(_unit(ch, (ch,), index == 0) for index, ch in enumerate(match.group("hangul")))
        else:
            found.append(_unit(match.group("word"), (match.group("word"),), True))
    return found
