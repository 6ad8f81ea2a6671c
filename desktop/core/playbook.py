"""Playbooks: the YAML files of canned replies, and their strict loader.

The loader walks PyYAML's node tree instead of the constructed objects so that
every problem can name its ``file:line:column``; it never constructs tagged
objects, and it keeps going after a problem so one bad entry or file never
hides the rest (the espanso way: load what you can, report the rest).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import yaml

from desktop.core.errors import Location, Problem
from desktop.core.messages import Message, quoted

try:  # The C loader is about five times faster and still gives marks.
    from yaml import CSafeLoader as _Loader

    _PURE_PYTHON_ONLY = False
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    _PURE_PYTHON_ONLY = True

ID_PATTERN = re.compile(r"^[a-z0-9._-]+$")
# BCP-47 in the shapes a shop uses: language, optional script, region, variants.
LANGUAGE_PATTERN = re.compile(
    r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*$"
)
VARIABLE_NAME_PATTERN = re.compile(r"^[^\W\d]\w*$")
PLAYBOOK_SUFFIXES = (".yaml", ".yml")

_TOP_KEYS = {"name": True, "language": True, "variables": False, "entries": True}
# Every key an entry may have, in the order new entries are written.
ENTRY_KEYS = (
    "id",
    "category",
    "question",
    "also",
    "context",
    "reply",
    "replies",
    "tips",
    "code",
    "tags",
    "allow",
    "language",
)
_STR_TAG = "tag:yaml.org,2002:str"
_TEXT_TAGS = {
    _STR_TAG,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True)
class Entry:
    """One canned reply and everything an agent needs to choose it.

    ``alternatives`` holds the ways to answer; each alternative is a tuple of
    parts that are sent one after another (most have a single part).
    """

    id: str
    category: str
    question: str
    alternatives: tuple[tuple[str, ...], ...]
    language: str
    playbook: str
    location: Location
    also: tuple[str, ...] = ()
    context: str = ""
    tips: str = ""
    code: str = ""
    tags: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    variables: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    # (line, column) of each reply part, alternatives flattened in order: the
    # wording check points the team lead at the very message to change.
    reply_marks: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    # (name, value) of each shop fact this bundled reply still fills with its demo value
    # (示例旗舰店): the preview flags it until the shop sets its own (desktop.core.shop).
    demo_values: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)
    # The layer ("bundled", "team") of an entry with the same id that this one replaces.
    overrides: str = field(default="", compare=False)

    @property
    def is_greeting(self) -> bool:
        """Whether pasting it answers a new customer's arrival."""
        return "greeting" in self.tags

    @property
    def first_reply(self) -> str:
        """The first part of the first alternative: what a list row shows."""
        return self.alternatives[0][0]


@dataclass(frozen=True)
class Playbook:
    """A loaded playbook file."""

    name: str
    language: str
    path: Path
    variables: Mapping[str, str]
    entries: tuple[Entry, ...]


@dataclass
class LoadResult:
    """What loading found: the usable playbooks and every problem."""

    playbooks: list[Playbook] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def entries(self) -> list[Entry]:
        """All usable entries, in file order."""
        return [entry for playbook in self.playbooks for entry in playbook.entries]

    @property
    def errors(self) -> list[Problem]:
        """Problems that made the loader skip something."""
        return [p for p in self.problems if p.is_error]


class _Reader:
    """Turns the node tree of one file into a Playbook, collecting problems."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.more = 0  # errors past MAX_PROBLEMS_PER_FILE: counted, not kept

    def where(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.path, mark.line + 1, mark.column + 1)

    def report(self, node: yaml.Node, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS_PER_FILE:
            self.more += 1
            return
        self.problems.append(Problem(self.where(node), message))

    def summed_up(self) -> list[Problem]:
        """The problems kept, and one line for how many more there are."""
        if not self.more:
            return self.problems
        last = self.problems[-1].location
        more = Message(
            "… and {count} more problems in this file; fix these first and check it again", count=self.more
        )
        return [*self.problems, Problem(last, more)]

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """Key → (key node, value node); reports non-mappings and repeated keys."""
        if not isinstance(node, yaml.MappingNode):
            self.report(
                node,
                Message(
                    "{what} must be a mapping of keys to values, found {found}",
                    what=what,
                    found=_describe(node),
                ),
            )
            return None
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, Message("keys in {what} must be plain words", what=what))
                continue
            key = str(key_node.value)
            if key in items:
                first = self.where(items[key][0])
                self.report(
                    key_node,
                    Message(
                        "'{key}' appears twice in {what} (first at line {line}); "
                        "keep one so no text is silently dropped",
                        key=key,
                        what=what,
                        line=first.line,
                    ),
                )
                continue
            items[key] = (key_node, value_node)
        return items

    def text(self, node: yaml.Node, key: str, *, allow_empty: bool = False) -> str | None:
        """A scalar as text; numbers and dates keep the digits the author typed."""
        if not isinstance(node, yaml.ScalarNode):
            self.report(node, Message("'{key}' must be text, found {found}", key=key, found=_describe(node)))
            return None
        if node.tag not in _TEXT_TAGS:
            if node.tag == "tag:yaml.org,2002:null":
                if allow_empty:
                    return ""
                self.report(node, _empty(key))
            elif node.tag == "tag:yaml.org,2002:bool":
                self.report(
                    node,
                    Message(
                        "'{key}' must be text, but YAML reads '{value}' as true/false; put it in quotes",
                        key=key,
                        value=quoted(str(node.value)),
                    ),
                )
            else:
                self.report(
                    node,
                    Message("'{key}' uses the YAML tag '{tag}'; tags are not allowed", key=key, tag=node.tag),
                )
            return None
        value = str(node.value)
        if not value.strip() and not allow_empty:
            self.report(node, _empty(key))
            return None
        return value

    def text_list(self, node: yaml.Node, key: str) -> tuple[str, ...] | None:
        """A list of texts, e.g. ``also: [能便宜点吗, 最低多少钱]``."""
        if not isinstance(node, yaml.SequenceNode):
            self.report(
                node,
                Message(
                    "'{key}' must be a list such as [first, second], found {found}",
                    key=key,
                    found=_describe(node),
                ),
            )
            return None
        items = [self.text(item, key) for item in node.value]
        if any(item is None for item in items):
            return None
        return tuple(item for item in items if item is not None)

    def allowed_rules(self, node: yaml.Node) -> tuple[str, ...] | None:
        """Wording rules an entry silences: ``[absolute]`` or ``{absolute: why}``."""
        if not isinstance(node, yaml.MappingNode):
            return self.text_list(node, "allow")
        reasons = self.mapping(node, "'allow'")
        if reasons is None:
            return None
        for rule, (_, reason_node) in reasons.items():
            if self.text(reason_node, f"allow.{rule}") is None:
                return None
        return tuple(reasons)

    def alternatives(
        self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]], entry_node: yaml.Node
    ) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[int, int], ...]] | None:
        """The reply alternatives, and where each part's text begins."""
        has_reply, has_replies = "reply" in fields, "replies" in fields
        if has_reply and has_replies:
            self.report(
                fields["replies"][0],
                Message("an entry has either 'reply' (one answer) or 'replies' (alternatives), not both"),
            )
            return None
        if has_reply:
            reply = self.text(fields["reply"][1], "reply")
            return None if reply is None else (((reply,),), (_text_mark(fields["reply"][1]),))
        if not has_replies:
            self.report(entry_node, Message("'reply' is missing (every entry needs a reply or replies)"))
            return None
        node = fields["replies"][1]
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.report(
                node,
                Message(
                    "'replies' must be a non-empty list; each item is a reply, "
                    "or a list of messages sent one after another"
                ),
            )
            return None
        result: list[tuple[str, ...]] = []
        marks: list[tuple[int, int]] = []
        for item in node.value:
            if isinstance(item, yaml.SequenceNode):
                parts = self.text_list(item, "replies")
                if parts is not None and not parts:
                    self.report(item, Message("a multi-part reply needs at least one message"))
                    return None
                marks.extend(_text_mark(part) for part in item.value)
            else:
                single = self.text(item, "replies")
                parts = None if single is None else (single,)
                marks.append(_text_mark(item))
            if parts is None:
                return None
            result.append(parts)
        return tuple(result), tuple(marks)

    def variables(self, node: yaml.Node) -> dict[str, str]:
        fields = self.mapping(node, "'variables'")
        found: dict[str, str] = {}
        for name, (key_node, value_node) in (fields or {}).items():
            if not VARIABLE_NAME_PATTERN.match(name):
                self.report(
                    key_node,
                    Message("variable name '{name}' must be a word (letters, digits, _)", name=quoted(name)),
                )
                continue
            value = self.text(value_node, f"variables.{name}", allow_empty=True)
            if value is not None:
                found[name] = value
        return found

    def entry(
        self,
        node: yaml.Node,
        language: str,
        playbook_name: str,
        variables: Mapping[str, str],
    ) -> Entry | None:
        before = len(self.problems)
        fields = self.mapping(node, Message("an entry"))
        if fields is None:
            return None
        self._unknown_entry_keys(fields)
        values = self._entry_texts(fields, node)
        lists = self._entry_lists(fields)
        replies = self.alternatives(fields, node)
        self._check_entry_formats(fields, values)
        if len(self.problems) > before or replies is None:
            return None
        category, question = values["category"], values["question"]
        assert category is not None  # noqa: S101 - a missing one was reported, and we returned
        assert question is not None  # noqa: S101 - likewise
        entry_id = values.get("id")
        return Entry(
            id=entry_id or derive_id(self.path, question),
            category=category,
            question=question,
            alternatives=replies[0],
            language=values.get("language") or language,
            playbook=playbook_name,
            location=self.where(node),
            also=lists.get("also") or (),
            context=values.get("context") or "",
            tips=values.get("tips") or "",
            code=values.get("code") or "",
            tags=lists.get("tags") or (),
            allow=lists.get("allow") or (),
            variables=variables,
            reply_marks=replies[1],
        )

    def _unknown_entry_keys(self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]]) -> None:
        """Report each key an entry may not have, at the key, so a typo is found where it is."""
        for key, (key_node, _) in fields.items():
            if key not in ENTRY_KEYS:
                self.report(
                    key_node,
                    Message(
                        "unknown key '{key}' in an entry (expected one of: {keys})",
                        key=key,
                        keys=", ".join(ENTRY_KEYS),
                    ),
                )

    def _entry_texts(
        self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]], entry_node: yaml.Node
    ) -> dict[str, str | None]:
        """Read an entry's single-text keys, reporting the required ones that are missing.

        A key that is present but unreadable maps to None, so the caller can
        tell it apart from a key that was never written.
        """
        values: dict[str, str | None] = {}
        for key in ("category", "question"):
            if key in fields:
                values[key] = self.text(fields[key][1], key)
            else:
                self.report(entry_node, Message("'{key}' is missing (every entry needs one)", key=key))
        for key in ("id", "context", "tips", "code", "language"):
            if key in fields:
                values[key] = self.text(fields[key][1], key, allow_empty=key in ("context", "tips"))
        return values

    def _entry_lists(
        self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]]
    ) -> dict[str, tuple[str, ...] | None]:
        """Read an entry's list keys (``also``, ``tags``, ``allow``) that are present."""
        lists: dict[str, tuple[str, ...] | None] = {
            key: self.text_list(fields[key][1], key) for key in ("also", "tags") if key in fields
        }
        if "allow" in fields:
            lists["allow"] = self.allowed_rules(fields["allow"][1])
        return lists

    def _check_entry_formats(
        self, fields: Mapping[str, tuple[yaml.Node, yaml.Node]], values: Mapping[str, str | None]
    ) -> None:
        """Report an id, code or language that was read as text but has the wrong shape.

        Ids key usage statistics and codes are typed as shortcuts, so both must
        stay simple; a language must be a BCP-47 tag, like the playbook's own.
        """
        entry_id = values.get("id")
        if entry_id is not None and not ID_PATTERN.match(entry_id):
            self.report(
                fields["id"][1],
                Message(
                    "id '{id}' may only use lowercase letters, digits, '.', '_' and '-'", id=quoted(entry_id)
                ),
            )
        code = values.get("code")
        if code is not None and (len(code) > 32 or any(ch.isspace() for ch in code)):
            self.report(
                fields["code"][1],
                Message("code '{code}' must be one word of at most 32 characters", code=quoted(code)),
            )
        entry_language = values.get("language")
        if entry_language is not None and not LANGUAGE_PATTERN.match(entry_language):
            self.report(fields["language"][1], _bad_language(entry_language))

    def playbook(self, root: yaml.Node | None) -> Playbook | None:
        if root is None:
            self.problems.append(
                Problem(
                    Location(self.path, 1, 1),
                    Message("the file is empty (expected name, language and entries)"),
                )
            )
            return None
        fields = self.mapping(root, Message("a playbook"))
        if fields is None:
            return None
        for key, (key_node, _) in fields.items():
            if key not in _TOP_KEYS:
                self.report(
                    key_node,
                    Message(
                        "unknown key '{key}' at the top of a playbook (expected one of: {keys})",
                        key=key,
                        keys=", ".join(_TOP_KEYS),
                    ),
                )
        for key, required in _TOP_KEYS.items():
            if required and key not in fields:
                self.report(root, Message("'{key}' is missing at the top of the playbook", key=key))
        if any(p.is_error for p in self.problems):
            return None
        name = self.text(fields["name"][1], "name")
        language = self.text(fields["language"][1], "language")
        if language is not None and not LANGUAGE_PATTERN.match(language):
            self.report(fields["language"][1], _bad_language(language))
            language = None
        variables = self.variables(fields["variables"][1]) if "variables" in fields else {}
        entries_node = fields["entries"][1]
        if not isinstance(entries_node, yaml.SequenceNode):
            self.report(
                entries_node,
                Message("'entries' must be a list of entries, found {found}", found=_describe(entries_node)),
            )
            return None
        if name is None or language is None:
            return None
        entries = [self.entry(item, language, name, variables) for item in entries_node.value]
        return Playbook(
            name=name,
            language=language,
            path=self.path,
            variables=variables,
            entries=tuple(e for e in entries if e is not None),
        )


def _text_mark(node: yaml.Node) -> tuple[int, int]:
    """Where a scalar's text begins (a block scalar's on the line after ``|``)."""
    mark = node.start_mark
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        return mark.line + 2, mark.column + 1
    return mark.line + 1, mark.column + 1


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return Message("a mapping")
    if isinstance(node, yaml.SequenceNode):
        return Message("a list")
    if node.tag == "tag:yaml.org,2002:null":
        return Message("nothing")
    return f"{node.value!r}"


def cannot_read(error: OSError) -> Message:
    """Why a file could not be read, in the system's words."""
    return Message("cannot read the file: {reason}", reason=error.strerror or str(error))


def _empty(key: str) -> Message:
    return Message("'{key}' is empty (write the text after the colon)", key=key)


def _bad_language(tag: str) -> Message:
    return Message("language '{tag}' is not a BCP-47 tag (write e.g. zh-CN, ko-KR or en)", tag=tag)


def derive_id(path: Path, question: str) -> str:
    """A stable id for an entry written without one: file stem + question.

    Usage statistics are keyed by id, so the id must not change when entries
    are reordered; it changes only when the question itself is edited.
    """
    stem = re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "playbook"
    words = re.findall(r"[a-z0-9]+", question.lower())
    if words and question.isascii():
        slug = "-".join(words)[:40].strip("-")
    else:
        slug = "q-" + hashlib.sha1(question.strip().encode("utf-8")).hexdigest()[:8]
    return f"{stem}.{slug}"


def parse_playbook(text: str, path: Path) -> tuple[Playbook | None, list[Problem]]:
    """Parse one playbook's text; returns the playbook (or None) and its problems."""
    reader = _Reader(path)
    nesting = too_deep(text, path)
    if nesting is not None:
        return None, [nesting]
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path, 1, 1)
        detail = exc.problem or exc.context or "the YAML is malformed"
        return None, [
            Problem(
                where, Message("YAML syntax: {detail} (check indentation, colons and quotes)", detail=detail)
            )
        ]
    except yaml.YAMLError as exc:
        return None, [yaml_problem(exc, text, path)]
    amplified = too_much_text(root, path, text)
    if amplified is not None:
        return None, [amplified]
    return reader.playbook(root), reader.summed_up()


def yaml_problem(error: yaml.YAMLError, text: str, path: Path) -> Problem:
    """A YAML error that carries no mark, at its place: a control character is found by its offset."""
    if isinstance(error, yaml.reader.ReaderError):
        # libyaml gives the code point, PyYAML's own reader the character itself.
        code = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "\0")
        offset = min(max(int(error.position), 0), len(text))
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return Problem(
            Location(path, line, column),
            Message(
                "the control character U+{code} cannot be in this file; delete it here",
                code=f"{code:04X}",
            ),
        )
    return Problem(Location(path, 1, 1), Message("YAML could not be read: {error}", error=str(error)))


MAX_NESTING = 200
# A file that is not a playbook at all (300,000 numbers in a list) must not cost a problem per item:
# each is ~2 KB, and nobody reads past the first screenful anyway.
MAX_PROBLEMS_PER_FILE = 200
# Text a playbook may hold once its aliases (*name) are expanded: thousands of replies fit; a
# 100,000-character anchor used 300 times (30 MB, which every copy of the index then holds) does not.
MAX_EXPANDED_CHARS = 8_000_000


def too_much_text(root: yaml.Node | None, path: Path, text: str | None = None) -> Problem | None:
    """Refuse a playbook whose text grows past MAX_EXPANDED_CHARS when its aliases are expanded.

    A YAML alias reuses a node, so a small file can stand for gigabytes of
    replies (each use is another copy for the search index and the editor).
    Sizes are summed over the node graph with each node counted once per use
    but computed once, so even nested aliases ("billion laughs") cost a walk
    of the file's own nodes. The place given is where the total crosses the
    budget: the top-level item (usually an entry) that does it.

    Given the file's ``text``, a file that holds no ``*`` has no alias and
    cannot grow past its own length: the walk (a second of a 50k-entry
    start) is skipped.
    """
    if root is None:
        return None
    if text is not None and "*" not in text and len(text) <= MAX_EXPANDED_CHARS:
        return None
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        known = sizes.get(id(node))
        if known is not None:
            return known
        sizes[id(node)] = 0  # a node that contains itself counts once
        if isinstance(node, yaml.ScalarNode):
            total = len(str(node.value))
        elif isinstance(node, yaml.SequenceNode):
            total = sum(size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total = sum(size(key) + size(value) for key, value in node.value)
        else:
            total = 0
        sizes[id(node)] = total
        return total

    if size(root) <= MAX_EXPANDED_CHARS:
        return None
    crossing, running = root, 0
    for item in _top_level_items(root):
        running += size(item)
        if running > MAX_EXPANDED_CHARS:
            crossing = item
            break
    mark = crossing.start_mark
    return Problem(
        Location(path, mark.line + 1, mark.column + 1),
        Message(
            "the playbook's text passes {megabytes} MB here once its aliases (*name) are expanded; "
            "write each reply out or split the playbook",
            megabytes=MAX_EXPANDED_CHARS // 1_000_000,
        ),
    )


def _top_level_items(root: yaml.Node) -> list[yaml.Node]:
    """The entries (or whatever the top level lists), in order, for placing a problem."""
    if isinstance(root, yaml.MappingNode):
        items: list[yaml.Node] = []
        for key, value in root.value:
            items.extend(value.value if isinstance(value, yaml.SequenceNode) else [key, value])
        return items
    if isinstance(root, yaml.SequenceNode):
        return list(root.value)
    return [root]


def too_deep(text: str, path: Path) -> Problem | None:
    """Refuse YAML nested deeper than any playbook is: libyaml recurses in C and would crash.

    A cheap count of brackets and of long lines finds the suspects; only those
    are walked event by event to find where the nesting goes too deep. Newer
    libyaml builds give up on deep flow collections themselves, before the
    first event and in their own words; the suspect is then walked again with
    PyYAML's pure-Python parser, which has no such limit and never recurses,
    so the agent reads the same message of ours whatever PyYAML is installed,
    and a plain syntax error (brackets inside quoted replies add up too) is
    still reported as one, at its place.
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    steps = np.zeros(codes.size, np.int32)
    steps[(codes == ord("[")) | (codes == ord("{"))] = 1
    steps[(codes == ord("]")) | (codes == ord("}"))] = -1
    deepest_flow = int(np.max(np.cumsum(steps), initial=0))
    longest_line = max((len(line) for line in text.splitlines()), default=0)
    # Block nesting needs two characters a level on one line ("- - - x").
    if deepest_flow <= MAX_NESTING and longest_line <= 2 * MAX_NESTING:
        return None
    try:
        return _walk_depth(text, path, _Loader)
    except yaml.YAMLError:
        if _PURE_PYTHON_ONLY:
            return None  # compose reports the syntax error with its place
    try:
        return _walk_depth(text, path, yaml.SafeLoader)
    except yaml.YAMLError:
        return None  # a plain syntax error: compose reports it with its place


def _walk_depth(text: str, path: Path, loader: type[yaml.SafeLoader | yaml.CSafeLoader]) -> Problem | None:
    """The problem at the first collection nested deeper than ``MAX_NESTING``, if any."""
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            if depth > MAX_NESTING:
                mark = event.start_mark
                line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
                return _nested_too_deep(Location(path, line, column))
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1
    return None


def _nested_too_deep(where: Location) -> Problem:
    return Problem(
        where,
        Message(
            "lists and mappings are nested more than {levels} levels deep here; "
            "a playbook never is (is this the right file?)",
            levels=MAX_NESTING,
        ),
    )


def read_playbook_file(path: Path) -> tuple[Playbook | None, list[Problem]]:
    """Read and parse one file, turning I/O and encoding failures into problems."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(Location(path, 1, 1), cannot_read(exc))]
    return decode_playbook(raw, path)


def decode_playbook(raw: bytes, path: Path) -> tuple[Playbook | None, list[Problem]]:
    """Parse a playbook file's bytes (UTF-8, with or without a BOM)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem(
                Location(path, line, column),
                Message("the file is not UTF-8 (save it as UTF-8 in your editor)"),
            )
        ]
    return parse_playbook(text, path)


def iter_playbook_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every playbook file under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.suffix.lower() in PLAYBOOK_SUFFIXES and p.is_file()
            )
        else:
            yield path


def check_unique_ids(
    playbooks: Sequence[Playbook], layer_of: Callable[[Path], tuple[int, str]] | None = None
) -> tuple[list[Playbook], list[Problem]]:
    """Keep one entry per id, naming both places of a duplicate.

    With ``layer_of`` (file → rank and layer name), an entry in a higher layer
    replaces the same id from a lower one: a personal copy overrides the team's
    entry, which overrides the bundled one. Within one layer a duplicate is an
    error and the later entry is skipped.
    """
    rank = layer_of or (lambda _path: (0, ""))
    winners: dict[str, tuple[int, Entry]] = {}
    beaten: dict[str, str] = {}
    problems: list[Problem] = []
    for playbook in playbooks:
        level, _name = rank(playbook.path)
        for entry in playbook.entries:
            held = winners.get(entry.id)
            if held is None:
                winners[entry.id] = (level, entry)
            elif level > held[0]:
                beaten[entry.id] = rank(held[1].location.path)[1]
                winners[entry.id] = (level, entry)
            elif level == held[0]:
                problems.append(
                    Problem(
                        entry.location,
                        Message(
                            "id '{id}' is already used at {where}; ids must be unique "
                            "across all playbooks (this entry is skipped)",
                            id=entry.id,
                            where=str(held[1].location),
                        ),
                    )
                )
            # A lower layer's entry under an overridden id is simply replaced.
    kept: list[Playbook] = []
    for playbook in playbooks:
        unique = tuple(
            replace(entry, overrides=beaten[entry.id]) if entry.id in beaten else entry
            for entry in playbook.entries
            if winners[entry.id][1] is entry
        )
        kept.append(Playbook(playbook.name, playbook.language, playbook.path, playbook.variables, unique))
    return kept, problems


def read_sources(paths: Iterable[Path]) -> tuple[list[tuple[Path, bytes]], list[Problem]]:
    """The bytes of every playbook file under ``paths``, and what could not be read."""
    files: list[tuple[Path, bytes]] = []
    problems: list[Problem] = []
    for path in iter_playbook_files(paths):
        try:
            files.append((path, path.read_bytes()))
        except FileNotFoundError:
            problems.append(Problem(Location(path, 1, 1), Message("no such file or folder")))
        except OSError as exc:
            problems.append(Problem(Location(path, 1, 1), cannot_read(exc)))
    return files, problems


def parse_sources(
    files: Iterable[tuple[Path, bytes]], layer_of: Callable[[Path], tuple[int, str]] | None = None
) -> LoadResult:
    """Parse read files; broken files are reported and skipped, ids checked (by layer when given)."""
    result = LoadResult()
    loaded: list[Playbook] = []
    for path, raw in files:
        playbook, problems = decode_playbook(raw, path)
        result.problems.extend(problems)
        if playbook is not None:
            loaded.append(playbook)
    result.playbooks, duplicates = check_unique_ids(loaded, layer_of)
    result.problems.extend(duplicates)
    return result


def load_playbooks(paths: Iterable[Path]) -> LoadResult:
    """Load every playbook under ``paths``; broken files are reported and skipped."""
    files, unreadable = read_sources(paths)
    result = parse_sources(files)
    result.problems[:0] = unreadable
    return result
