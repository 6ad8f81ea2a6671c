"""The wording check: replies that say what the shop's service rules forbid.

The source documents tell agents never to promise absolutely (绝对, 무조건,
guarantee), never to use the extreme advertising words marketplaces penalise
(最, 第一, 최고, best), never to sound cold or shift blame (不行, 你自己,
"not our problem"), and to split long answers into several messages. The word
lists are data (``resources/wording/<language>.yaml``) so a shop can extend
them; an entry silences one rule with ``allow: {rule: reason}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from desktop.core.errors import Location, Problem, Severity
from desktop.core.messages import Message
from desktop.core.playbook import Entry, too_deep, too_much_text, yaml_problem
from desktop.core.text import normalize

LONG_RULE = "long"
# Reports a problem at a node of a wording file (None: the file as a whole).
_Report = Callable[[yaml.Node | None, str], None]
_ALNUM = "a-z0-9"


@dataclass(frozen=True)
class Rule:
    """Words to avoid, what is wrong with them, and fine phrases that contain them."""

    name: str
    why: str
    words: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()

    def find(self, text: str) -> list[str]:
        """The rule's words in ``text`` (normalized), each once, in order of appearance."""
        if not self.words:
            return []
        for phrase in _pattern(self.exceptions).finditer(text) if self.exceptions else ():
            text = text[: phrase.start()] + "\0" * len(phrase.group()) + text[phrase.end() :]
        return list(dict.fromkeys(match.group() for match in _pattern(self.words).finditer(text)))


@dataclass(frozen=True)
class Wording:
    """The rules of one language, and the length at which a message should be split."""

    language: str
    rules: Mapping[str, Rule] = field(default_factory=dict)
    long_reply: int | None = None

    @property
    def rule_names(self) -> list[str]:
        """Every rule an entry may silence, the length rule included."""
        return [*self.rules, LONG_RULE]

    def check_text(self, text: str, allow: Iterable[str] = ()) -> list[tuple[str, str]]:
        """(rule, message) for each problem of one message the customer will read."""
        allowed = set(allow)
        found: list[tuple[str, str]] = []
        normalized = normalize(text)
        for rule in self.rules.values():
            if rule.name in allowed:
                continue
            words = rule.find(normalized)
            if words:
                quoted = ", ".join(f"'{word}'" for word in words)
                found.append((rule.name, Message("says {words}: {why}", words=quoted, why=rule.why)))
        if self.long_reply and LONG_RULE not in allowed and len(text) > self.long_reply:
            found.append(
                (
                    LONG_RULE,
                    Message(
                        "is {length} characters long (more than {limit} for {language}): "
                        "split it into parts the agent sends one after another",
                        length=len(text),
                        limit=self.long_reply,
                        language=self.language,
                    ),
                )
            )
        return found


@dataclass
class WordingBook:
    """The wording rules of every language a shop works in."""

    languages: dict[str, Wording] = field(default_factory=dict)

    def for_language(self, tag: str) -> Wording | None:
        """The rules for a BCP-47 tag: exact, else the same language (zh-TW → zh-CN)."""
        exact = self.languages.get(tag)
        if exact is not None:
            return exact
        primary = tag.split("-")[0].lower()
        for language, wording in sorted(self.languages.items()):
            if language.split("-")[0].lower() == primary:
                return wording
        return None

    def check_entry(self, entry: Entry) -> list[Problem]:
        """Warnings for every reply part of ``entry``, at the line where that part begins."""
        wording = self.for_language(entry.language)
        if wording is None:
            return []
        problems: list[Problem] = []
        unknown = [rule for rule in entry.allow if rule not in wording.rule_names]
        if unknown:
            problems.append(
                Problem(
                    entry.location,
                    Message(
                        "'allow' names unknown wording rule(s) {rules} (rules for {language}: {known})",
                        rules=", ".join(unknown),
                        language=wording.language,
                        known=", ".join(wording.rule_names),
                    ),
                    Severity.WARNING,
                    "allow",
                )
            )
        parts = [part for alternative in entry.alternatives for part in alternative]
        numbered = len(parts) > 1
        for number, part in enumerate(parts, start=1):
            where = entry.location
            if number <= len(entry.reply_marks):
                line, column = entry.reply_marks[number - 1]
                where = Location(entry.location.path, line, column)
            for rule, found in wording.check_text(part, entry.allow):
                if numbered:
                    message = Message(
                        "reply {number} of '{id}' {problem}", number=number, id=entry.id, problem=found
                    )
                else:
                    message = Message("the reply of '{id}' {problem}", id=entry.id, problem=found)
                problems.append(Problem(where, message, Severity.WARNING, rule))
        return problems

    def check(self, entries: Iterable[Entry]) -> list[Problem]:
        """Warnings for every entry, in file order."""
        return [problem for entry in entries for problem in self.check_entry(entry)]


def load_wording(folders: Sequence[Path]) -> tuple[WordingBook, list[Problem]]:
    """Read ``<language>.yaml`` word lists from each folder; later folders extend earlier ones.

    A shop's own list adds words and exceptions to a bundled rule, may add new
    rules, and may change a rule's explanation or the length limit. A broken
    file is reported and skipped, never fatal: the check only advises.
    """
    book = WordingBook()
    problems: list[Problem] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            parsed, found = _read_wording_file(path)
            problems.extend(found)
            if parsed is not None:
                book.languages[parsed.language] = _merge(book.languages.get(parsed.language), parsed)
    return book, problems


def _merge(base: Wording | None, extra: Wording) -> Wording:
    if base is None:
        return extra
    rules = dict(base.rules)
    for name, rule in extra.rules.items():
        old = rules.get(name)
        if old is None:
            rules[name] = rule
        else:
            rules[name] = Rule(
                name,
                rule.why or old.why,
                tuple(dict.fromkeys(old.words + rule.words)),
                tuple(dict.fromkeys(old.exceptions + rule.exceptions)),
            )
    return Wording(base.language, rules, extra.long_reply or base.long_reply)


def _read_wording_file(path: Path) -> tuple[Wording | None, list[Problem]]:
    """Read one word list; returns it (or None when anything is wrong) and its problems."""
    root, unreadable = compose_list_file(
        path, lambda exc: Message("cannot read the wording list: {error}", error=str(exc))
    )
    if unreadable is not None:
        return None, [unreadable]
    problems: list[Problem] = []
    report = _reporter(path, problems)
    top = _mapping(root, Message("a wording list"), report)
    if top is None:
        return None, problems
    language = _read_language(root, top, report)
    long_reply = _read_long_reply(top.get("long_reply"), report)
    rules = _read_rules(top, report)
    for key in top:
        if key not in ("language", "long_reply", "rules"):
            report(
                root,
                Message(
                    "unknown key '{key}' in a wording list (expected language, long_reply, rules)", key=key
                ),
            )
    if language is None or problems:
        return None, problems
    return Wording(language, rules, long_reply), problems


def where(path: Path, mark: yaml.Mark | None) -> Location:
    """Turn a 0-based YAML mark into an editor's 1-based place; the file's start when unknown."""
    return Location(path, mark.line + 1, mark.column + 1) if mark else Location(path, 1, 1)


def _reporter(path: Path, problems: list[Problem]) -> _Report:
    """Make the report callback that the readers share, collecting into ``problems``."""

    def report(node: yaml.Node | None, message: str) -> None:
        problems.append(Problem(where(path, node.start_mark if node is not None else None), message))

    return report


def compose_list_file(
    path: Path, unreadable: Callable[[Exception], Message]
) -> tuple[yaml.Node | None, Problem | None]:
    """Read and compose a small data file (a wording or synonym list); what stops reading is one problem.

    ``unreadable`` words an I/O or encoding error for the kind of file it is.

    Returns:
        The root node (None for an empty file) and None, or None and the
        problem that kept the file from being read: an I/O or encoding error,
        nesting too deep to parse safely, or a YAML syntax error.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
        nesting = too_deep(text, path)
        if nesting is not None:
            return None, nesting
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as exc:
        return None, Problem(where(path, None), unreadable(exc))
    except yaml.MarkedYAMLError as exc:
        syntax = Message(
            "YAML syntax: {detail} (check indentation, colons and quotes)", detail=exc.problem or ""
        )
        return None, Problem(where(path, exc.problem_mark), syntax)
    except yaml.YAMLError as exc:  # a control character: libyaml gives its offset, not a mark
        return None, yaml_problem(exc, text, path)
    amplified = too_much_text(root, path, text)  # aliases standing for more text than any list has
    return (None, amplified) if amplified is not None else (root, None)


def _read_language(root: yaml.Node | None, top: Mapping[str, yaml.Node], report: _Report) -> str | None:
    """Read the list's language, reporting it when missing: rules apply per language."""
    language_node = top.get("language")
    language = _scalar(language_node, "language", report) if language_node else None
    if language_node is None:
        report(root, Message("'language' is missing (e.g. language: zh-CN)"))
    return language


def _read_long_reply(node: yaml.Node | None, report: _Report) -> int | None:
    """Read the optional length limit, which must be a whole number of characters."""
    if node is None:
        return None
    value = _scalar(node, "long_reply", report)
    if value is not None and not value.isdigit():
        report(
            node,
            Message("'long_reply' must be a whole number of characters, found {found}", found=repr(value)),
        )
    elif value is not None:
        return int(value)
    return None


def _read_rules(top: Mapping[str, yaml.Node], report: _Report) -> dict[str, Rule]:
    """Read every rule under ``rules``, going on past a bad one so every problem is reported at once."""
    rules: dict[str, Rule] = {}
    rule_nodes = _mapping(top["rules"], "'rules'", report) if "rules" in top else {}
    for name, node in (rule_nodes or {}).items():
        rule = _read_rule(name, node, report)
        if rule is not None:
            rules[name] = rule
    return rules


def _read_rule(name: str, node: yaml.Node, report: _Report) -> Rule | None:
    fields = _mapping(node, Message("rule '{name}'", name=name), report)
    if fields is None:
        return None
    if name == LONG_RULE:
        report(
            node,
            Message("'{rule}' is the length rule; set its limit with long_reply instead", rule=LONG_RULE),
        )
        return None
    for key in fields:
        if key not in ("why", "words", "except"):
            report(
                node,
                Message(
                    "unknown key '{key}' in rule '{name}' (expected why, words, except)", key=key, name=name
                ),
            )
    why_node = fields.get("why")
    why = (_scalar(why_node, f"rules.{name}.why", report) if why_node else None) or ""
    words = _texts(fields.get("words"), f"rules.{name}.words", report)
    exceptions = _texts(fields.get("except"), f"rules.{name}.except", report)
    return Rule(name, why or Message("wording the shop's '{name}' rule flags", name=name), words, exceptions)


def _mapping(node: yaml.Node | None, what: str, report: _Report) -> dict[str, yaml.Node] | None:
    if not isinstance(node, yaml.MappingNode):
        report(node, Message("{what} must be a mapping of keys to values", what=what))
        return None
    return {str(key.value): value for key, value in node.value if isinstance(key, yaml.ScalarNode)}


def _scalar(node: yaml.Node, key: str, report: _Report) -> str | None:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        report(node, Message("'{key}' must be text", key=key))
        return None
    return str(node.value)


def _texts(node: yaml.Node | None, key: str, report: _Report) -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node, yaml.SequenceNode):
        report(node, Message("'{key}' must be a list such as [first, second]", key=key))
        return ()
    found = [_scalar(item, key, report) for item in node.value]
    return tuple(normalize(item) for item in found if item is not None)


_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a word list: Latin words match whole (``*`` = any ending), others anywhere."""
    pattern = _PATTERNS.get(words)
    if pattern is None:
        pieces = []
        for word in sorted(words, key=len, reverse=True):
            stem = word.removesuffix("*")
            piece = re.escape(stem)
            if re.match(f"[{_ALNUM}]", stem):
                piece = f"(?<![{_ALNUM}]){piece}"
            if word.endswith("*"):
                piece += f"[{_ALNUM}]*"
            elif re.search(f"[{_ALNUM}]$", stem):
                piece += f"(?![{_ALNUM}])"
            pieces.append(piece)
        pattern = _PATTERNS[words] = re.compile("|".join(pieces))
    return pattern
