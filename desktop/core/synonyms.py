"""Words that mean the same to a customer: 拉肚子 and 腹泻, lost package and missing parcel.

Customers write in their words, the playbook in the shop's; no shared word,
no match. A synonym list per language (``resources/synonyms/<language>.yaml``,
then the shop's own file of the same name in the config folder, which adds
groups or words to a group) tells the search that the words of one group
stand for each other. A query that holds one of them is searched as written
and once more with each other word of its group in its place; the rewritten
query ranks a little below the words the customer used.

A broken file is reported with its ``file:line:column`` and skipped: the
search works without it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from desktop.core.errors import Problem, Severity
from desktop.core.messages import Message
from desktop.core.text import normalize
from desktop.core.wording import compose_list_file, where

# A query is rewritten this many ways at most (a pasted message may hold several synonyms).
MAX_REWRITES = 6
_LATIN = re.compile(r"[a-z0-9]")


@dataclass
class SynonymBook:
    """Every language's groups; a word → the other words of its group."""

    groups: list[tuple[str, ...]] = field(default_factory=list)
    _others: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def add_group(self, words: Sequence[str]) -> None:
        """Add a group; one sharing a word with a group already there is merged into it."""
        wanted = [w for w in dict.fromkeys(normalize(word).strip() for word in words) if w]
        merged = list(wanted)
        kept: list[tuple[str, ...]] = []
        for group in self.groups:
            if set(group) & set(wanted):
                merged.extend(word for word in group if word not in merged)
            else:
                kept.append(group)
        if len(merged) >= 2:
            kept.append(tuple(merged))
        self.groups = kept
        self._others = {word: tuple(w for w in group if w != word) for group in kept for word in group}
        self._pattern = None

    def others(self, word: str) -> tuple[str, ...]:
        """The words that stand for ``word`` (normalized), none when it has no group."""
        return self._others.get(normalize(word).strip(), ())

    def rewrites(self, text: str) -> list[str]:
        """``text`` (normalized) with one of its synonyms replaced by each other word of its group.

        Longer words first (物流信息 before 物流); Latin words only as whole
        words (``ship`` is no synonym inside ``shipping``).
        """
        if not self._others:
            return []
        if self._pattern is None:
            words = sorted(self._others, key=len, reverse=True)
            self._pattern = re.compile("|".join(_bounded(word) for word in words))
        found: list[str] = []
        for match in self._pattern.finditer(text):
            for other in self._others[match.group()]:
                rewritten = text[: match.start()] + other + text[match.end() :]
                if rewritten not in found:
                    found.append(rewritten)
                if len(found) >= MAX_REWRITES:
                    return found
        return found


def _bounded(word: str) -> str:
    escaped = re.escape(word)
    before = r"(?<![a-z0-9])" if _LATIN.match(word[0]) else ""
    after = r"(?![a-z0-9])" if _LATIN.match(word[-1]) else ""
    return before + escaped + after


def load_synonyms(folders: Sequence[Path]) -> tuple[SynonymBook, list[Problem]]:
    """Read every ``<language>.yaml`` of each folder into one book; later folders add to earlier ones."""
    book = SynonymBook()
    problems: list[Problem] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            for group in _read_groups(path, problems):
                book.add_group(group)
    return book, problems


def _read_groups(path: Path, problems: list[Problem]) -> list[list[str]]:
    """The groups of one file; what is wrong goes to ``problems`` with its place, and is skipped."""

    def report(node: yaml.Node | None, message: Message) -> None:
        problems.append(Problem(where(path, node.start_mark if node else None), message, Severity.WARNING))

    root, unreadable = compose_list_file(
        path, lambda exc: Message("cannot read the synonym list: {error}", error=str(exc))
    )
    if unreadable is not None:
        problems.append(unreadable)
        return []
    groups_node = _value(root, "groups") if isinstance(root, yaml.MappingNode) else None
    if not isinstance(groups_node, yaml.SequenceNode):
        report(root, Message("a synonym list needs 'groups:', a list of word lists such as [腹泻, 拉肚子]"))
        return []
    groups: list[list[str]] = []
    for node in groups_node.value:
        if not isinstance(node, yaml.SequenceNode) or not all(
            isinstance(item, yaml.ScalarNode) and str(item.value).strip() for item in node.value
        ):
            report(node, Message("a synonym group is a list of words, such as [快递, 物流]"))
            continue
        words = [str(item.value) for item in node.value]
        if len(set(words)) < 2:
            report(node, Message("a synonym group needs two words or more"))
            continue
        groups.append(words)
    return groups


def _value(mapping: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, value in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key and isinstance(value, yaml.Node):
            return value
    return None
