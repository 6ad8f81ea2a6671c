"""The search engine: an index over every loaded entry and its ranking.

Every keystroke searches, so nothing here scans all entries in Python. Two
channels score candidates with NumPy over postings and sorted key ranges, and
an entry takes the better of the two:

* **terms** — CJK characters, character pairs and Latin words (typo-tolerant,
  the last word as a prefix), weighted by rarity across the library (IDF). A
  phrase scores by how much of the query it contains (recall) and how much of
  the phrase the query covers, so a pasted customer message finds its entry
  by its rare words and a fragment prefers the short, general question.
* **readings** — pinyin, pinyin initials, Hangul syllables, 초성 and Latin
  words read from *word starts* only, as sorted key arrays searched by prefix,
  so ``by`` is 包邮, ``thyf`` 退货邮费, ``ㅂㅅ`` 배송, and ``jh`` is 假货 and not
  the middle of 以旧换新.

An exact shortcut code always ranks first (the shop's own entry, where a team
or personal playbook holds the same code as a bundled one); usage (frecency)
lifts an entry a little among near-equal matches, never past a clearly better
one; equal matches go to the higher layer.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np
import numpy.typing as npt
from rapidfuzz import process
from rapidfuzz.distance import OSA

from desktop.core.playbook import Entry
from desktop.core.synonyms import SynonymBook
from desktop.core.template import searchable_text
from desktop.core.text import (
    Unit,
    choseong_spellings,
    is_choseong,
    is_cjk,
    is_han,
    latin_stem,
    latin_words,
    normalize,
    syllable_range,
    terms,
    units,
)

# Bump when the index layout or analysis changes: cached indexes are rebuilt.
INDEX_VERSION = 15

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int32]


class Field:
    """Where a phrase comes from, and how much a match there counts."""

    CODE = "code"
    QUESTION = "question"
    ALSO = "also"
    CATEGORY = "category"
    TAG = "tag"
    REPLY = "reply"
    CONTEXT = "context"

    WEIGHTS: Mapping[str, float] = {
        CODE: 1.0,
        QUESTION: 1.0,
        ALSO: 0.93,
        CATEGORY: 0.6,
        TAG: 0.55,
        REPLY: 0.55,
        CONTEXT: 0.4,
    }
    # Long texts: coverage means nothing there, only whether the query is in it.
    LONG = frozenset({REPLY, CONTEXT})
    # Readings (pinyin, initials, 초성) are matched on short fields only: a
    # two-letter query matches some word start in almost any reply body.
    READ = frozenset({CODE, QUESTION, ALSO, CATEGORY, TAG})


EXACT_CODE_BONUS = 10.0
# A query of this many terms or more is a pasted message; its weights are raised to this power.
LONG_QUERY_TERMS = 8
LONG_QUERY_POWER = 1.5
# Another form of the typed English word (shipped for shipping) counts this much of it.
STEM_PENALTY = 0.9
# A term asked with in a share s of the categories weighs 1 / (1 + ASKING_DISCOUNT * s²) in a query.
ASKING_DISCOUNT = 10.0
# A query with a synonym put in place of the customer's word scores this much of the original.
SYNONYM_WEIGHT = 0.92
# What a typed prefix led to before (see set_learned): enough to come first, never above an exact code.
LEARNED_LIFT = 2.0
# A typed reading found inside a word, when nothing matched at a word start (see _score_loosely).
LOOSE_SCORE = 0.3
LOOSE_MATCH_LIMIT = 5000
MIN_SCORE = 0.04
MAX_KEY_CHARS = 32
MAX_PREFIX_EXPANSIONS = 40
MAX_TYPO_EXPANSIONS = 4
TYPO_PENALTY = 0.8
PREFIX_PENALTY = 0.9
FRECENCY_LIFT = 0.12
WHOLE_WORD_LIFT = 1.08
# A doubled 초성 split into two plain ones (ㄲ read as ㄱ ㄱ) ranks below the letter as typed.
SPLIT_JAMO_WEIGHT = 0.9
# Short typed readings lean towards the words the library uses most (see _popularity).
POPULAR_WORD_LIFT = 0.25
POPULAR_WORD_TYPED = 3
POPULAR_UNITS = 3


@dataclass(frozen=True)
class Hit:
    """One ranked result."""

    entry: Entry
    score: float


_BOUNDARIES = 8
# A reading key of one phrase: key, its factor (below 1 inside the phrase and
# for a character's other reading), unit ends, phrase total, a bit mask of which
# of those units end a word, and the surfaces of its first units (what a short
# typed prefix stands for: 배, 배송, 배송조).
_Row = tuple[str, float, bytes, float, int, tuple[str, ...]]
# A key read from inside the phrase, and one using a character's other reading
# (冲调 as chongtiao beside pypinyin's chongdiao), rank a little below the
# phrase's own start and contextual reading.
INSIDE_FACTOR = 0.96
OTHER_READING_FACTOR = 0.97


def _builtin_dtypes(state: dict[str, object]) -> dict[str, object]:
    """An unpickled object's arrays, viewed with NumPy's own dtype objects.

    An array read back from a pickle carries a copy of its dtype rather than
    NumPy's built-in one, and ``np.maximum.at`` then leaves its fast path
    (25 times slower here): a cached index searched 2–3 times slower than a
    fresh one. A view with the built-in dtype copies no data.
    """

    def builtin(value: object) -> object:
        if isinstance(value, np.ndarray):
            return value.view(np.dtype(value.dtype.char))
        if isinstance(value, list) and value and all(isinstance(item, np.ndarray) for item in value):
            return [builtin(item) for item in value]
        return value

    return {name: builtin(value) for name, value in state.items()}


class _KeyTable:
    """Sorted reading keys with, per key, what a prefix match of it covers.

    A key is the reading of a phrase from one word start to its end (capped),
    e.g. ``tuihuoyoufei`` and ``thyf`` for 退货邮费 at 退. Prefix search is two
    bisections; the matching rows are one contiguous slice of each array.
    ``ends`` holds where each of the first units ends in the key, so a typed
    prefix can be turned into how many units of the phrase it covers, and
    ``owner`` which distinct text the key was read from.
    """

    def __init__(self, rows: Sequence[_Row], owners: Sequence[int]) -> None:
        count = len(rows)
        keys = [row[0] for row in rows]
        order = np.asarray(sorted(range(count), key=keys.__getitem__), np.int64)
        self.keys = [keys[i] for i in order]
        self.owner: IntArray = np.asarray(owners, np.int32).reshape(count)[order]
        self.factor = np.asarray([row[1] for row in rows], np.float32).reshape(count)[order]
        padded = b"".join(row[2] + b"\xff" * (_BOUNDARIES - len(row[2])) for row in rows)
        self.ends = np.frombuffer(padded, np.uint8).reshape(count, _BOUNDARIES)[order]
        self.total = np.asarray([row[3] for row in rows], np.float32).reshape(count)[order]
        self.word_ends = np.asarray([row[4] for row in rows], np.uint8).reshape(count)[order]
        # For 1, 2 and 3 leading units: an id per distinct surface, so short
        # queries can prefer the continuation the library uses most.
        self.prefix_ids: list[IntArray] = []
        self.prefix_counts: list[int] = []
        for leading in range(1, POPULAR_UNITS + 1):
            ids: dict[str, int] = {}
            found = [ids.setdefault("\0".join(row[5][:leading]), len(ids)) for row in rows]
            self.prefix_ids.append(np.asarray(found, np.int32).reshape(count)[order])
            self.prefix_counts.append(len(ids))

    def __setstate__(self, state: dict[str, object]) -> None:
        """Read back from the index cache: arrays with NumPy's own dtypes (see ``_builtin_dtypes``)."""
        self.__dict__.update(_builtin_dtypes(state))

    def span(self, low: str, high: str) -> tuple[int, int]:
        """Rows whose key starts with a string between ``low`` and ``high``."""
        return bisect_left(self.keys, low), bisect_left(self.keys, high + "\U0010ffff")

    def prefix(self, typed: str) -> tuple[int, int]:
        """Rows whose key starts with ``typed``."""
        return self.span(typed, typed)

    def completes_word(self, rows: slice, typed: int) -> npt.NDArray[np.bool_]:
        """Whether ``typed`` characters end exactly where a word of the phrase ends."""
        # Every unit is at least one character long, so only the first
        # ``typed`` unit ends can lie within the typed text: slicing them keeps
        # the short, slow-to-answer queries (one letter, huge spans) cheap.
        columns = min(typed, _BOUNDARIES)
        at_end = self.ends[rows, :columns] == min(typed, 254)
        bits = (self.word_ends[rows][:, None] >> np.arange(columns, dtype=np.uint8)) & 1
        result: npt.NDArray[np.bool_] = (at_end & (bits == 1)).any(axis=1)
        return result

    def coverage(self, rows: slice, typed: int) -> FloatArray:
        """Share of each row's phrase that ``typed`` characters cover, by units."""
        columns = min(typed, _BOUNDARIES)
        ends = self.ends[rows]
        whole = (ends[:, :columns] <= typed).sum(axis=1)
        # The unit being typed counts in proportion to how much of it is typed.
        count = ends.shape[0]
        inside = np.minimum(whole, _BOUNDARIES - 1)
        end = ends[np.arange(count), inside].astype(np.float32)
        begin = np.where(whole > 0, ends[np.arange(count), np.maximum(whole - 1, 0)], 0).astype(np.float32)
        partial = np.where(end < 255, np.clip((typed - begin) / np.maximum(end - begin, 1), 0, 1), 0)
        partial = np.where(whole < _BOUNDARIES, partial, 0)
        covered: FloatArray = np.minimum((whole + partial) / self.total[rows], 1.0).astype(np.float32)
        return covered


def _reading_rows(phrase_units: Sequence[Unit]) -> list[_Row]:
    """Full-reading and initials rows for every word start of a phrase.

    Particles (吗, 呢…) stay in the keys (agents type 还有货吗 as ``hyhm``) but
    count little in the phrase's total, so ``fp`` covers most of 能开发票吗.
    """
    total = sum(u.weight for u in phrase_units) or 1.0
    starts, masks, leading = _word_starts(phrase_units)
    rows: list[_Row] = []
    readings = [u.readings for u in phrase_units]
    initials = [u.initials for u in phrase_units]
    for marker, choices in (("f", readings), ("i", initials)):
        for parts, changed in _variants(choices, starts):
            offsets = list(accumulate(map(len, parts), initial=0))
            joined = "".join(parts)
            for start in starts:
                if start > changed:
                    break  # the key from here on is the base reading's: already a row
                begin = offsets[start]
                following = offsets[start + 1 : start + 1 + _BOUNDARIES]
                if following[-1] - begin < 255:
                    ends = bytes([end - begin for end in following])
                else:  # a very long Latin word: its end lies past what a key can hold
                    ends = bytes([min(end - begin, 254) for end in following])
                factor = (1.0 if start == 0 else INSIDE_FACTOR) * (
                    1.0 if changed == len(parts) else OTHER_READING_FACTOR
                )
                rows.append(
                    (
                        marker + joined[begin : begin + MAX_KEY_CHARS],
                        factor,
                        ends,
                        total,
                        masks[start],
                        leading[start],
                    )
                )
    return rows


def _word_starts(
    phrase_units: Sequence[Unit],
) -> tuple[list[int], dict[int, int], dict[int, tuple[str, ...]]]:
    """Find the word starts of a phrase, with each start's word-end mask and leading surfaces.

    These depend only on the phrase, not on the reading variant, so they are
    worked out once per phrase and shared by every key read from it.

    Returns:
        The unit positions that start a word; per start, a bit mask of which of
        the following ``_BOUNDARIES`` units end a word; and per start, the
        surfaces of its first ``POPULAR_UNITS`` units.
    """
    count = len(phrase_units)
    starts = [i for i, unit in enumerate(phrase_units) if unit.word_start]
    word_end = [i + 1 == count or phrase_units[i + 1].word_start for i in range(count)]
    masks = {
        start: sum(1 << k for k, ends_word in enumerate(word_end[start : start + _BOUNDARIES]) if ends_word)
        for start in starts
    }
    leading = {
        start: tuple(unit.surface for unit in phrase_units[start : start + POPULAR_UNITS]) for start in starts
    }
    return starts, masks, leading


def _variants(choices: Sequence[Sequence[str]], starts: Sequence[int]) -> list[tuple[list[str], int]]:
    """The contextual readings, plus one swap for each character read several ways.

    Each comes with the position of its swap (the base with its length).
    Only the first units after a word start matter for prefix matching, so
    only swaps there are produced.
    """
    base = [options[0] for options in choices]
    found = [(base, len(base))]
    near_start = {start + offset for start in starts for offset in range(4)}
    for position, options in enumerate(choices):
        if len(options) > 1 and position in near_start:
            for alternative in options[1:3]:
                swapped = base.copy()
                swapped[position] = alternative
                found.append((swapped, position))
    return found


def _text_reading_rows(normalized: str, field_name: str) -> tuple[list[_Row], str]:
    """The reading keys of one distinct text (a code as typed, short fields by word starts).

    With them comes the text's loose reading: the initials and the full
    reading of every unit, one after the other ("njxm nengjixima" for 能机洗吗),
    where a typed reading is looked for anywhere when no word start matches.
    """
    if field_name == Field.CODE:
        return [("f" + normalized, 1.0, bytes([min(len(normalized), 254)]), 1.0, 1, (normalized,))], ""
    if field_name in Field.READ:
        phrase_units = units(normalized)
        initials = "".join(unit.initials[0] for unit in phrase_units if unit.initials)
        full = "".join(unit.readings[0] for unit in phrase_units if unit.readings)
        return _reading_rows(phrase_units), f"{initials} {full}"
    return [], ""


def _ranges(starts: npt.NDArray[np.int64], sizes: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Concatenated ``range(start, start + size)`` for each pair, without a Python loop."""
    total = int(sizes.sum())
    if total == 0:
        return np.zeros(0, np.int64)
    offsets = np.cumsum(sizes) - sizes
    return np.repeat(starts - offsets, sizes) + np.arange(total, dtype=np.int64)


class SearchIndex:
    """Everything needed to rank entries for a query, built once per library."""

    def __init__(self, entries: Sequence[Entry], layer_of: Callable[[Entry], int] | None = None) -> None:
        """Index ``entries``; ``layer_of`` ranks where each comes from (bundled 0 < team < personal).

        On an equal match the higher layer ranks first, and an exact code held
        in several layers lifts only the highest layer's entries: a shop's own
        phrase beats the bundled demo reply it clashes with.
        """
        self.entries: list[Entry] = list(entries)
        self._layer = np.asarray([layer_of(e) if layer_of else 0 for e in self.entries], np.int32)
        self.position = {entry.id: i for i, entry in enumerate(self.entries)}
        self._codes: dict[str, list[int]] = defaultdict(list)
        # A library repeats texts (在吗, 能便宜点吗, a category on every entry):
        # each distinct text is analysed and scored once, then its score
        # spreads to every phrase (entry + field) that uses it.
        text_ids: dict[tuple[str, str], int] = {}
        normalized_of: dict[str, str] = {}
        term_ids: dict[str, int] = {}
        text_terms: list[list[int]] = []
        reading_rows: list[_Row] = []
        reading_owner: list[int] = []
        loose_readings: list[str] = []
        phrase_text: list[int] = []
        phrase_entry: list[int] = []
        phrase_field: list[str] = []
        for index, entry in enumerate(self.entries):
            if entry.code:
                self._codes[normalize(entry.code)].append(index)
            for field_name, raw in _fields(entry):
                normalized = normalized_of.get(raw)
                if normalized is None:
                    normalized = normalized_of[raw] = normalize(raw)
                kind = field_name if field_name == Field.CODE else str(field_name in Field.READ)
                text_id = text_ids.get((normalized, kind))
                if text_id is None:
                    text_id = text_ids[(normalized, kind)] = len(text_terms)
                    distinct = dict.fromkeys(terms(normalized))
                    text_terms.append([term_ids.setdefault(t, len(term_ids)) for t in distinct])
                    rows, loose = _text_reading_rows(normalized, field_name)
                    loose_readings.append(loose)
                    reading_rows.extend(rows)
                    reading_owner.extend([text_id] * len(rows))
                phrase_text.append(text_id)
                phrase_entry.append(index)
                phrase_field.append(field_name)
        self._text_count = len(text_terms)
        self._term_ids = term_ids
        self._phrase_text = np.asarray(phrase_text, np.int32)
        self._phrase_entry = np.asarray(phrase_entry, np.int32)
        self._phrase_weight = np.asarray([Field.WEIGHTS[f] for f in phrase_field], np.float32)
        self._phrase_long = np.asarray([f in Field.LONG for f in phrase_field], np.bool_)
        self._phrase_readable = np.asarray([f in Field.READ for f in phrase_field], np.bool_)
        self._phrase_asks = np.asarray([f in (Field.QUESTION, Field.ALSO) for f in phrase_field], np.bool_)
        # Text → its phrases, as one array sorted by text plus where each text begins.
        self._text_phrases = np.argsort(self._phrase_text, kind="stable").astype(np.int32)
        self._text_start = np.searchsorted(
            self._phrase_text[self._text_phrases], np.arange(self._text_count + 1)
        ).astype(np.int64)
        self._index_terms(text_terms)
        self._readings = _KeyTable(reading_rows, reading_owner)
        # Every text's loose reading in one string, each followed by a newline; where each begins.
        self._loose = "".join(f"{loose}\n" for loose in loose_readings)
        self._loose_start = np.cumsum([0] + [len(loose) + 1 for loose in loose_readings[:-1]], dtype=np.int64)
        self._word_popularity = self._popularity()
        self._index_latin_words(term_ids)
        self._question_length = np.asarray([len(e.question) for e in self.entries], np.int32)
        # Each entry's language as a small number, for the empty query's language preference.
        self._language_ids: dict[str, int] = {}
        self._language = np.asarray(
            [
                self._language_ids.setdefault(e.language.casefold(), len(self._language_ids))
                for e in self.entries
            ],
            np.int32,
        )
        self._lift = np.ones(len(self.entries), np.float32)
        self._usage_order: list[int] = []
        self._learned: dict[str, list[tuple[int, float]]] = {}
        self._synonyms: SynonymBook | None = None

    def __setstate__(self, state: dict[str, object]) -> None:
        """Read back from the index cache: arrays with NumPy's own dtypes (see ``_builtin_dtypes``)."""
        self.__dict__.update(_builtin_dtypes(state))

    def _index_latin_words(self, term_ids: Mapping[str, int]) -> None:
        """The library's Latin words: sorted for prefixes, by length for typos, by stem for other forms."""
        self._words = sorted(t for t in term_ids if t.isascii() and t.isalnum())
        self._words_by_length: dict[int, list[str]] = defaultdict(list)
        self._same_stem: dict[str, list[str]] = defaultdict(list)
        for word in self._words:
            if word.isalpha():  # model numbers (a2318, 8801) are typed exactly: no typo pool for them
                self._words_by_length[len(word)].append(word)
                self._same_stem[latin_stem(word)].append(word)

    def _popularity(self) -> list[FloatArray]:
        """How many entries start a word with each 1-, 2- and 3-unit surface, as log weights in [0, 1].

        Two or three typed letters (``ㅂㅅ``, ``by``) fit several words; the
        agent most likely means what the library talks about most (배송 rather
        than 부서, 包邮 rather than 不要), the way autocomplete prefers frequent
        continuations. Counting leading units rather than whole words keeps
        Korean particles apart from the word (교환 in 교환하고 and 교환을).
        """
        table = self._readings
        texts_count = max(self._text_count, 1)
        entries_per_text = np.diff(self._text_start).astype(np.float64)
        weights: list[FloatArray] = []
        for ids, distinct in zip(table.prefix_ids, table.prefix_counts, strict=True):
            if not distinct:
                weights.append(np.zeros(0, np.float32))
                continue
            pairs = np.unique(ids.astype(np.int64) * texts_count + table.owner)
            counts = np.bincount(
                pairs // texts_count, weights=entries_per_text[pairs % texts_count], minlength=distinct
            )
            weights.append((np.log1p(counts) / max(np.log1p(counts.max()), 1e-9)).astype(np.float32))
        return weights

    def _index_terms(self, text_terms: list[list[int]]) -> None:
        """Postings (term → texts), rarity of each term across entries, and each text's mass."""
        sizes = np.fromiter((len(t) for t in text_terms), np.int64, len(text_terms))
        pair_term = np.fromiter((t for ts in text_terms for t in ts), np.int64, int(sizes.sum()))
        pair_text = np.repeat(np.arange(len(text_terms), dtype=np.int64), sizes)
        term_count = len(self._term_ids)
        # Document frequency counts entries, not phrases: expand each text's
        # terms to the entries using it and count distinct (entry, term) pairs.
        starts = np.concatenate(([0], np.cumsum(sizes)))
        phrase_sizes = sizes[self._phrase_text]
        pair_entry = np.repeat(self._phrase_entry.astype(np.int64), phrase_sizes)
        pair_term_of_phrase = pair_term[_ranges(starts[self._phrase_text], phrase_sizes)]
        keys = np.sort(pair_entry * term_count + pair_term_of_phrase)
        distinct = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if keys.size else keys
        frequency = np.bincount(distinct % term_count, minlength=term_count) if term_count else np.zeros(0)
        entry_count = max(len(self.entries), 1)
        self._idf = np.log1p(entry_count / np.maximum(frequency, 1)).astype(np.float32)
        # In how many of the library's categories entries ask with the term (question or also-asked):
        # "how do i", "吗", "하나요" are asked with everywhere, they say how customers ask; "return"
        # or "退货" gather in a few categories, they say what about. Spread thin, a term weighs less.
        asks = self._phrase_asks[np.repeat(np.arange(self._phrase_entry.size), phrase_sizes)]
        category_ids: dict[str, int] = {}
        category_of = np.asarray(
            [category_ids.setdefault(e.category, len(category_ids)) for e in self.entries], np.int64
        )
        pairs = category_of[pair_entry[asks]] * max(term_count, 1) + pair_term_of_phrase[asks]
        spread = np.bincount(np.unique(pairs) % max(term_count, 1), minlength=term_count)
        share = spread / max(len(category_ids), 1)
        self._asking = (1.0 / (1.0 + ASKING_DISCOUNT * share * share)).astype(np.float32)
        order = np.argsort(pair_term, kind="stable")
        self._posting_texts = pair_text[order].astype(np.int32)
        self._posting_start = np.searchsorted(pair_term[order], np.arange(term_count + 1)).astype(np.int64)
        mass = np.bincount(pair_text, weights=self._idf[pair_term], minlength=len(text_terms))
        self._text_mass = np.where(mass > 0, mass, 1.0).astype(np.float32)

    def idf(self, term: str) -> float | None:
        """How rare ``term`` is across the library's entries, or None when absent."""
        term_id = self._term_ids.get(term)
        return None if term_id is None else float(self._idf[term_id])

    def __len__(self) -> int:
        return len(self.entries)

    # ----------------------------------------------------------------- usage

    def set_synonyms(self, book: SynonymBook | None) -> None:
        """Words that stand for each other (``load_synonyms``): a query is also searched with the others."""
        self._synonyms = book

    def set_learned(self, learned: Mapping[str, Mapping[str, float]]) -> None:
        """What each typed prefix led the agent to (``UsageStore.learned_choices``).

        Typing that prefix again puts the entry it led to most first (an exact
        code still comes before it); a prefix that led to several entries ranks
        them by how strongly.
        """
        self._learned = {}
        for prefix, chosen in learned.items():
            known = [
                (self.position[entry_id], value)
                for entry_id, value in chosen.items()
                if entry_id in self.position
            ]
            if known:
                self._learned[prefix] = known

    def set_usage(self, frecency: Mapping[str, float]) -> None:
        """Take the agent's usage (entry id → frecency) into the ranking."""
        self._lift = np.ones(len(self.entries), np.float32)
        used: list[tuple[float, int]] = []
        for entry_id, value in frecency.items():
            index = self.position.get(entry_id)
            if index is None or value <= 0:
                continue
            self._lift[index] = 1.0 + FRECENCY_LIFT * value / (value + 2.0)
            used.append((value, index))
        self._usage_order = [index for _value, index in sorted(used, key=lambda p: (-p[0], p[1]))]

    # ---------------------------------------------------------------- search

    def search(self, query: str, limit: int = 20, *, prefer_language: str = "") -> list[Hit]:
        """Rank the entries for what the agent typed; empty → most used first.

        ``prefer_language`` (the chat's language) puts that language's replies
        first in the empty-query list: a Qianniu chat opens on Chinese replies.
        """
        text = normalize(query).strip()
        if not text:
            return self._most_used(limit, prefer_language)
        scores = np.zeros(len(self.entries), np.float32)
        self._score_terms(text, scores)
        self._score_readings(text, scores)
        for rewritten in self._synonyms.rewrites(text) if self._synonyms is not None else ():
            # The customer's word replaced by the shop's (拉肚子 → 腹泻): a little below the words as written.
            alternative = np.zeros(len(self.entries), np.float32)
            self._score_terms(rewritten, alternative)
            np.maximum(scores, alternative * SYNONYM_WEIGHT, out=scores)
        holders = self._codes.get(text.replace(" ", ""), [])
        top_layer = max((int(self._layer[index]) for index in holders), default=0)
        for index in holders:
            if self._layer[index] == top_layer:  # the shop's own code, not the demo it overrides
                scores[index] = EXACT_CODE_BONUS + scores[index]
        for index, strength in self._learned.get(text, ()):
            scores[index] += LEARNED_LIFT * strength / (strength + 1.0)
        candidates = np.flatnonzero(scores >= MIN_SCORE)
        if candidates.size == 0:
            # Never nothing when a weaker match exists: the typed reading inside a word (jx in 能机洗吗).
            self._score_loosely(text, scores)
            candidates = np.flatnonzero(scores >= MIN_SCORE)
        if candidates.size == 0:
            return []
        final = scores[candidates] * self._lift[candidates]
        if candidates.size > limit * 4:
            keep = np.argpartition(-final, limit * 4)[: limit * 4]
            candidates, final = candidates[keep], final[keep]
        # Best score first; ties go to the higher layer, the shorter question, then file order.
        order = np.lexsort(
            (candidates, self._question_length[candidates], -self._layer[candidates], -np.round(final, 4))
        )
        return [Hit(self.entries[int(candidates[i])], float(final[i])) for i in order[:limit]]

    def _most_used(self, limit: int, prefer_language: str = "") -> list[Hit]:
        """Most used first, then file order; the preferred language's replies before all others."""
        language = self._language_ids.get(prefer_language.casefold()) if prefer_language else None
        if language is None:
            chosen = self._in_use_order(np.ones(len(self.entries), bool), limit)
        else:
            same = self._language == language
            chosen = self._in_use_order(same, limit)
            chosen += self._in_use_order(~same, limit - len(chosen))
        return [Hit(self.entries[i], float(self._lift[i] - 1.0)) for i in chosen]

    def _in_use_order(self, admitted: npt.NDArray[np.bool_], limit: int) -> list[int]:
        """Up to ``limit`` admitted entries: the used ones by use, then the rest in file order."""
        if limit <= 0:
            return []
        chosen = [index for index in self._usage_order if admitted[index]][:limit]
        taken = set(chosen)
        for index in np.flatnonzero(admitted)[: limit + len(taken)]:
            if len(chosen) >= limit:
                break
            if int(index) not in taken:
                chosen.append(int(index))
        return chosen

    def _query_terms(self, text: str) -> tuple[dict[str, float], float]:
        """Query term → weight, and the query's total weight.

        Each typed token counts once towards the total; a Latin word with a
        typo or still being typed counts through its closest library words. In
        a long query (a pasted customer message) rarity counts more: each
        weight is raised to ``LONG_QUERY_POWER``.
        """
        weights: dict[str, float] = {}
        tokens: list[float] = []  # each typed token's weight, for the query's total

        def offer(term: str, weight: float) -> None:
            weights[term] = max(weights.get(term, 0.0), weight)

        words = latin_words(text)
        typing = words[-1] if words and not text.endswith(" ") and len(words[-1]) >= 2 else ""
        for term in dict.fromkeys(terms(text)):
            alternatives: dict[str, float] = {}
            exact = self.idf(term)
            if exact is not None:
                exact *= float(self._asking[self._term_ids[term]])
                alternatives[term] = exact
            elif not is_cjk(term[0]):
                for near in self._typo_neighbours(term):
                    alternatives[near] = self._word_idf(near) * TYPO_PENALTY
            if term.isascii() and term.isalpha():
                for form in self._same_stem.get(latin_stem(term), ()):  # orders, ordered → order
                    weight = self._word_idf(form) * float(self._asking[self._term_ids[form]]) * STEM_PENALTY
                    alternatives.setdefault(form, weight if exact is None else min(weight, exact))
            if term == typing:
                for word in self._completions(term):
                    weight = self._word_idf(word) * PREFIX_PENALTY
                    # A rare longer word must not outweigh the word itself.
                    alternatives.setdefault(
                        word, weight if exact is None else min(weight, exact * PREFIX_PENALTY)
                    )
            for alternative, weight in alternatives.items():
                offer(alternative, weight)
            if alternatives:
                tokens.append(max(alternatives.values()))
        if len(tokens) >= LONG_QUERY_TERMS:
            # A pasted message: its rare words decide, not the many ordinary ones around them.
            weights = {term: weight**LONG_QUERY_POWER for term, weight in weights.items()}
            tokens = [weight**LONG_QUERY_POWER for weight in tokens]
        return weights, sum(tokens)

    def _completions(self, prefix: str) -> list[str]:
        low = bisect_left(self._words, prefix)
        high = bisect_left(self._words, prefix + "\x7f")
        return sorted(self._words[low:high], key=len)[:MAX_PREFIX_EXPANSIONS]

    def _typo_neighbours(self, word: str) -> list[str]:
        if len(word) < 4 or not word.isascii() or not word.isalpha():
            return []
        allowed = 1 if len(word) < 8 else 2
        pool = [
            w
            for n in range(len(word) - allowed, len(word) + allowed + 1)
            for w in self._words_by_length.get(n, ())
        ]
        matches = process.extract(
            word, pool, scorer=OSA.distance, score_cutoff=allowed, limit=MAX_TYPO_EXPANSIONS
        )
        return [match[0] for match in matches]

    def _word_idf(self, word: str) -> float:
        return float(self._idf[self._term_ids[word]])

    def _typed_popularity(self, rows: slice, typed: int) -> FloatArray:
        """The popularity of what the typed prefix stands for in each row (its first 1–3 units)."""
        table = self._readings
        # Units the typed characters reach into: every unit ending before the end, plus the current one.
        reached = (table.ends[rows, :POPULAR_UNITS] < typed).sum(axis=1) + 1
        reached = np.minimum(reached, POPULAR_UNITS)
        found = np.zeros(reached.size, np.float32)
        for count in range(1, POPULAR_UNITS + 1):
            pick = reached == count
            if pick.any():
                found[pick] = self._word_popularity[count - 1][table.prefix_ids[count - 1][rows][pick]]
        return found

    def _spread(
        self,
        texts: IntArray,
        base: FloatArray,
        scores: FloatArray,
        *,
        coverage: FloatArray | None = None,
        readings: bool = False,
    ) -> None:
        """Give every entry the best of its phrases' scores, from their texts' scores.

        ``base`` is a text's score before the field weight; with ``coverage``,
        a short field also scores by how much of it the query covers (a long
        one scores flat: coverage of a reply body means nothing). Readings
        only count on the short fields they were read from.
        """
        sizes = self._text_start[texts + 1] - self._text_start[texts]
        phrases = self._text_phrases[_ranges(self._text_start[texts], sizes)]
        values = np.repeat(base, sizes)
        if coverage is not None:
            values *= np.where(self._phrase_long[phrases], 0.8, 0.6 + 0.4 * np.repeat(coverage, sizes))
        if readings:
            keep = self._phrase_readable[phrases]
            phrases, values = phrases[keep], values[keep]
        np.maximum.at(scores, self._phrase_entry[phrases], (self._phrase_weight[phrases] * values))

    def _score_terms(self, text: str, scores: FloatArray) -> None:
        weights, query_mass = self._query_terms(text)
        found = [(self._term_ids[t], w) for t, w in weights.items() if t in self._term_ids]
        if not found:
            return
        begin = self._posting_start
        ids = np.concatenate([self._posting_texts[begin[t] : begin[t + 1]] for t, _ in found])
        hit_weights = np.concatenate([np.full(begin[t + 1] - begin[t], w, np.float32) for t, w in found])
        hit = np.bincount(ids, weights=hit_weights, minlength=self._text_count).astype(np.float32)
        texts = np.flatnonzero(hit).astype(np.int32)
        hit = hit[texts]
        recall = np.minimum(hit / query_mass, 1.0).astype(np.float32)
        coverage = np.minimum(hit / self._text_mass[texts], 1.0).astype(np.float32)
        self._spread(texts, recall, scores, coverage=coverage)

    def _score_readings(self, text: str, scores: FloatArray) -> None:
        compact = text.replace(" ", "")
        if not compact or len(compact) > MAX_KEY_CHARS or any(is_han(ch) for ch in compact):
            return
        spans: list[tuple[int, int, int, float]] = []  # low, high, typed length, weight
        table = self._readings
        if all(is_choseong(ch) for ch in compact):
            # ㄲ as typed (까) before ㄲ meant as ㄱ ㄱ (고객), which may be what the IME made of it.
            for n, spelling in enumerate(choseong_spellings(compact)):
                spans.append(
                    (*table.prefix("i" + spelling), len(spelling), 1.0 if n == 0 else SPLIT_JAMO_WEIGHT)
                )
        elif not any(is_choseong(ch) or is_cjk(ch) for ch in compact):
            spans.append((*table.prefix("f" + compact), len(compact), 1.0))
            spans.append((*table.prefix("i" + compact), len(compact), 1.0))
        else:
            # A half-composed last syllable widens the range; the widened range
            # already holds every key that starts with the text as typed.
            widened = syllable_range(compact[-1])
            if widened is None:
                spans.append((*table.prefix("f" + compact), len(compact), 1.0))
            else:
                head = "f" + compact[:-1]
                spans.append((*table.span(head + widened[0], head + widened[1]), len(compact), 1.0))
        best = np.zeros(self._text_count, np.float32)
        for low, high, typed, weight in spans:
            if high <= low:
                continue
            rows = slice(low, high)
            coverage = table.coverage(rows, typed)
            start = table.factor[rows]
            # Typing a whole word (배송, 假货) means that word, not a longer one it begins.
            whole = np.where(table.completes_word(rows, typed), WHOLE_WORD_LIFT, 1.0)
            row_scores = ((0.6 + 0.4 * coverage) * start * whole * weight).astype(np.float32)
            if typed <= POPULAR_WORD_TYPED:
                row_scores *= 1.0 + POPULAR_WORD_LIFT * self._typed_popularity(rows, typed)
            np.maximum.at(best, table.owner[rows], row_scores)
        texts = np.flatnonzero(best).astype(np.int32)
        if texts.size:
            self._spread(texts, best[texts], scores, readings=True)

    def _score_loosely(self, text: str, scores: FloatArray) -> None:
        """Typed initials, pinyin or 초성 found anywhere in a short field's reading, not only at word starts.

        Only asked when nothing matched at a word start; these matches rank
        well below any real one (at most ``LOOSE_SCORE``), the fuller ones first.
        """
        compact = text.replace(" ", "")
        if len(compact) < 2 or not all(ch.isascii() and ch.isalpha() or is_choseong(ch) for ch in compact):
            return
        best = np.zeros(self._text_count, np.float32)
        found, limit = 0, LOOSE_MATCH_LIMIT
        at = self._loose.find(compact)
        while at >= 0 and found < limit:
            owner = int(np.searchsorted(self._loose_start, at, side="right")) - 1
            end = self._loose.find("\n", at)
            length = end - int(self._loose_start[owner])
            share = len(compact) / max(length / 2, len(compact))  # the reading is written twice
            best[owner] = max(best[owner], LOOSE_SCORE * (0.75 + 0.25 * min(share, 1.0)))
            found += 1
            at = self._loose.find(compact, at + 1)
        groups = text.split()
        if len(groups) > 1:
            np.maximum(best, self._words_typed_apart(groups), out=best)
        texts = np.flatnonzero(best).astype(np.int32)
        if texts.size:
            self._spread(texts, best[texts], scores, readings=True)

    def _words_typed_apart(self, groups: list[str]) -> FloatArray:
        """Readings typed word by word (ㅅㅈ ㅊㅂ, fp kd): each must start a word of the text.

        The space says where the agent's words end; 사진을 첨부 is ㅅㅈㅇ ㅊㅂ, so
        the run ㅅㅈㅊㅂ starts no key, yet each typed word starts one of its
        words. A text scores by how much of it all the typed words cover.
        """
        table = self._readings
        covered = np.zeros(self._text_count, np.float32)
        matched = np.ones(self._text_count, np.bool_)
        for group in groups:
            if all(is_choseong(ch) for ch in group):
                keys = ["i" + spelling for spelling in choseong_spellings(group)]
            elif group.isascii() and group.isalpha():
                keys = ["i" + group, "f" + group]
            else:
                return np.zeros(self._text_count, np.float32)
            best = np.zeros(self._text_count, np.float32)
            for key in keys:
                low, high = table.prefix(key)
                if high > low:
                    rows = slice(low, high)
                    np.maximum.at(best, table.owner[rows], table.coverage(rows, len(group)))
            matched &= best > 0
            covered += best
        return np.where(matched, 0.6 + 0.4 * np.minimum(covered, 1.0), 0.0).astype(np.float32)


def _fields(entry: Entry) -> Iterable[tuple[str, str]]:
    if entry.code:
        yield Field.CODE, entry.code
    yield Field.QUESTION, entry.question
    for phrase in entry.also:
        yield Field.ALSO, phrase
    yield Field.CATEGORY, entry.category
    for tag in entry.tags:
        yield Field.TAG, tag
    # The text as sent: the shop's values in, placeholder names (tracking_no) out.
    parts = (
        searchable_text(part, entry.variables) for alternative in entry.alternatives for part in alternative
    )
    yield Field.REPLY, "\n".join(parts)
    if entry.context:
        yield Field.CONTEXT, entry.context
