"""Edit entries of a playbook file from the widget without losing a line.

Agents fix a reply or add one while they work; the file is also edited by hand
and shared with the team, so an edit must change the edited entry and nothing
else. ``PlaybookDocument`` therefore edits the file as text: it finds the
entry through the YAML node tree (the same composer the loader uses, so
positions agree with the loader's ``file:line:column``), rewrites only the keys
whose value changed, and emits the new values with ruamel.yaml's round-trip
representer (block literals for multi-line replies, ``[a, b]`` lists, quoting
decided by a YAML 1.1 resolver so ``yes`` or ``1:20`` stay text for PyYAML).
Comments, key order, indentation and every other entry keep their bytes.

A re-emitting round trip (``ruamel.yaml`` load → dump of the whole file) was
not enough: it re-indents every entry to one global style, re-spaces flow
lists and can move comments, so a file with hand-made formatting would change
far from the edit.

Safety nets, in order:

* every edit is parsed again with the real loader and must read back as
  exactly the data given, with every other entry unchanged; otherwise the edit
  is retried with all new text double-quoted, and refused if it still differs;
* ``save`` refuses when the file changed on disk since it was opened
  (``ConflictError`` carries both texts), and when the text would not load
  (``PlaybookError``), writing nothing in either case;
* the previous version is kept in ``<folder>/.backups/<stem>/`` (the newest
  ``BACKUP_COUNT``), then the new text replaces the file atomically (temporary
  file in the same folder, fsync, ``os.replace``, fsync of the folder).

Backups are named ``<UTC timestamp>-<file name>.bak``: a name ending in
``.yaml`` would be loaded as a playbook, because the loader reads every
``*.yaml`` below a playbook folder, hidden folders included, and its entries
would shadow the live file's.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
from collections.abc import Collection, Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from difflib import SequenceMatcher
from pathlib import Path

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from desktop.core.errors import Location, PlaybookError, Problem, QuickReplyError
from desktop.core.files import atomic_write_bytes, exclusive
from desktop.core.messages import Message
from desktop.core.playbook import (
    ENTRY_KEYS,
    Entry,
    Playbook,
    cannot_read,
    check_unique_ids,
    derive_id,
    parse_playbook,
    too_deep,
)
from desktop.core.template import resolve

try:  # Same composer as the loader, so node positions match its locations.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

BACKUP_FOLDER = ".backups"
BACKUP_COUNT = 20
BACKUP_SUFFIX = ".bak"

# The order a new entry's keys are written in, and where a new key goes.
_KEY_ORDER = ENTRY_KEYS
_KEY_RANK = {key: rank for rank, key in enumerate(_KEY_ORDER)}
_DATA_FIELDS = ("category", "question", "also", "context", "alternatives", "tips", "code", "tags", "allow")
# A reason is required in the ``allow: {rule: why}`` form; a rule added from
# the widget to such a mapping gets this one instead of dropping the others'.
ALLOW_REASON = "allowed in QuickReply"
_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_BACKUP_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6}Z)-(.+)$")
_BOM = b"\xef\xbb\xbf"
# Characters YAML reads as line breaks or drops, and controls: only a
# double-quoted scalar keeps them exactly.
_NEEDS_QUOTES = re.compile("[\r\x85\u2028\u2029\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class ConflictError(QuickReplyError):
    """The file changed on disk since it was opened; both versions are kept.

    ``theirs`` is the text on disk now (None when the file was deleted) and
    ``ours`` the text QuickReply would have written. ``save(force=True)``
    keeps ours (theirs goes to the backups); opening the file again takes
    theirs.
    """

    def __init__(self, path: Path, *, theirs: str | None, ours: str) -> None:
        self.path = path
        self.theirs = theirs
        self.ours = ours
        if theirs is None:
            explanation = Message(
                "{path} was deleted by someone else after QuickReply opened it; nothing was saved. "
                "The editor will show both versions so you can keep yours or take theirs.",
                path=str(path),
            )
        else:
            explanation = Message(
                "{path} was changed by someone else after QuickReply opened it; nothing was saved. "
                "The editor will show both versions so you can keep yours or take theirs.",
                path=str(path),
            )
        super().__init__(explanation)


class EntryNotFoundError(QuickReplyError):
    """No entry with the given id in the playbook."""

    def __init__(self, path: Path, entry_id: str) -> None:
        self.path = path
        self.entry_id = entry_id
        super().__init__(
            Message(
                "{path} has no entry with id '{id}' (it may have been removed or renamed)",
                path=str(path),
                id=entry_id,
            )
        )


class PlaybookSaveError(QuickReplyError):
    """Writing the file (or its backup) failed; the file on disk is unchanged."""


@dataclass(kw_only=True)
class EntryData:
    """Everything an entry says, as the widget edits it.

    ``alternatives`` holds the ways to answer, each a list of messages sent
    one after another. One alternative of one message is written as
    ``reply:``, anything else as ``replies:`` (a one-message alternative as a
    string, a longer one as a list). ``language`` is None when the entry
    uses the playbook's language. Empty texts and lists are left out.
    """

    id: str
    category: str
    question: str
    also: list[str] = field(default_factory=list)
    context: str = ""
    alternatives: list[list[str]]
    tips: str = ""
    code: str = ""
    tags: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    language: str | None = None

    @classmethod
    def copied_from(cls, entry: Entry, own_variables: Collection[str] = ()) -> EntryData:
        """The data of a personal copy of another playbook's entry, its variables written in.

        The copy lives in the agent's own playbook, which does not have the
        original playbook's ``variables``: without this a copy of a bundled
        reply would show ``{shop}`` where the original showed 团队旗舰店, and
        ask for it on Enter. Names the agent's playbook defines itself
        (``own_variables``) stay placeholders: its own value wins there.
        """
        data = cls.from_entry(entry)
        values = {name: value for name, value in entry.variables.items() if name not in own_variables}
        data.alternatives = [[resolve(part, values) for part in parts] for parts in data.alternatives]
        return data

    @classmethod
    def from_entry(cls, entry: Entry, *, playbook_language: str | None = None) -> EntryData:
        """The data of a loaded entry.

        Args:
            entry: The loaded entry.
            playbook_language: The playbook's language; when given and equal to
                the entry's, ``language`` is None (inherited).
        """
        return cls(
            id=entry.id,
            category=entry.category,
            question=entry.question,
            also=list(entry.also),
            context=entry.context,
            alternatives=[list(parts) for parts in entry.alternatives],
            tips=entry.tips,
            code=entry.code,
            tags=list(entry.tags),
            allow=list(entry.allow),
            language=None if entry.language == playbook_language else entry.language,
        )


@dataclass
class _Snapshot:
    """One version of the text with its node tree and what the loader made of it."""

    text: str
    entries_key: yaml.Node
    entries: yaml.Node
    playbook: Playbook | None
    problems: list[Problem]
    data: dict[int, EntryData]  # position in ``entries`` → loaded data
    index_by_id: dict[str, int]

    @property
    def language(self) -> str | None:
        return self.playbook.language if self.playbook else None

    def ordered_data(self) -> list[EntryData]:
        return [self.data[index] for index in sorted(self.data)]


class _EditFailedError(Exception):
    """Internal: the edits computed for a change collided (a bug, never user-facing)."""


class PlaybookDocument:
    """One playbook file opened for editing.

    Create it with ``PlaybookDocument.open``; ``upsert`` and ``delete`` change
    the text in memory (each checked with the real loader), ``save`` writes it.
    """

    def __init__(
        self,
        path: Path,
        *,
        text: str,
        has_bom: bool,
        newline: str,
        opened_digest: str | None,
        opened_mtime_ns: int | None,
    ) -> None:
        self.path = path
        self._has_bom = has_bom
        self._newline = newline
        self._opened_digest = opened_digest
        self._opened_text = text
        self.opened_mtime_ns = opened_mtime_ns
        self._parsed: dict[str, tuple[Playbook | None, list[Problem]]] = {}
        self._snap = self._snapshot(text)

    @classmethod
    def open(cls, path: Path, *, name: str | None = None, language: str | None = None) -> PlaybookDocument:
        """Open ``path``, remembering its content to detect later changes by others.

        A missing file opens as a new, empty playbook named ``name`` in
        ``language``; it is created by the first ``save``.

        Raises:
            PlaybookError: The file cannot be read, is not UTF-8, or is not a
                playbook whose entries can be edited (its problems say why);
                or it is missing and no name and language were given.
        """
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            if not name or not language:
                raise PlaybookError(
                    [
                        Problem(
                            Location(path, 1, 1),
                            Message("the file does not exist (it may have been moved or deleted)"),
                        )
                    ]
                ) from None
            header = _Emitter(seq_offset=2).dump(
                CommentedMap([("name", name), ("language", language), ("entries", _flow_seq([]))])
            )
            return cls(
                path, text=header, has_bom=False, newline="\n", opened_digest=None, opened_mtime_ns=None
            )
        except OSError as exc:
            raise PlaybookError([Problem(Location(path, 1, 1), cannot_read(exc))]) from exc
        has_bom = raw.startswith(_BOM)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise PlaybookError(
                [
                    Problem(
                        Location(path, 1, 1),
                        Message("the file is not UTF-8 (save it as UTF-8 in your editor)"),
                    )
                ]
            ) from None
        newline = "\n"
        if "\r\n" in text and text.count("\r\n") == text.count("\n"):
            newline, text = "\r\n", text.replace("\r\n", "\n")
        return cls(
            path,
            text=text,
            has_bom=has_bom,
            newline=newline,
            opened_digest=_digest(raw),
            opened_mtime_ns=_mtime_ns(path),
        )

    @property
    def text(self) -> str:
        """The playbook's text as ``save`` would write it (without a byte-order mark)."""
        return self._snap.text.replace("\n", self._newline) if self._newline != "\n" else self._snap.text

    @property
    def is_modified(self) -> bool:
        """Whether there is something to save."""
        return self._opened_digest is None or self._snap.text != self._opened_text

    def has_changed_on_disk(self) -> bool:
        """Whether someone else changed (or created, or deleted) the file since it was opened."""
        return _digest(_read_or_none(self.path)) != self._opened_digest

    def entry_ids(self) -> list[str]:
        """The ids of the entries that load, in file order."""
        return [data.id for data in self._snap.ordered_data()]

    def get(self, entry_id: str) -> EntryData:
        """The data of one entry.

        Raises:
            EntryNotFoundError: No entry has that id.
        """
        index = self._snap.index_by_id.get(entry_id)
        if index is None:
            raise EntryNotFoundError(self.path, entry_id)
        return deepcopy(self._snap.data[index])

    def upsert(self, data: EntryData) -> str:
        """Replace the entry with ``data.id`` in place, or append ``data`` as a new entry.

        Only the keys whose value changed are rewritten; the entry's comments
        and the position of its other keys stay. A new entry gets an ``id:``
        line unless the loader would derive the same id (``data.id`` may be
        empty for that).

        Returns:
            The id the entry loads with.

        Raises:
            PlaybookError: The entry would not load (e.g. an empty reply); the
                document is unchanged.
        """
        snap = self._snap
        index = snap.index_by_id.get(data.id) if data.id else None
        failure: PlaybookError | None = None
        for quoted in (False, True):
            emitter = _Emitter(seq_offset=_sequence_offset(snap, index), quoted=quoted)
            try:
                if index is None:
                    text = _Builder(snap, self.path, emitter).append(data)
                else:
                    text = _Builder(snap, self.path, emitter).update(index, data)
                new_snap = self._snapshot(text)
            except (_EditFailedError, PlaybookError):
                continue
            position = index if index is not None else _entry_count(new_snap) - 1
            problem = self._check(snap, new_snap, position, data)
            if problem is None:
                return self._accept(snap, new_snap, position)
            failure = failure or problem
        where = Location(self.path, 1, 1)
        if index is not None and isinstance(snap.entries, yaml.SequenceNode):
            where = _where(self.path, snap.entries.value[index])
        raise failure or self._unwritable(data, where)

    def _accept(self, before: _Snapshot, after: _Snapshot, position: int) -> str:
        """Make ``after`` current; a new entry must not take an id already used."""
        entry_id = after.data[position].id
        first = before.index_by_id.get(entry_id)
        if first not in (None, position) and isinstance(after.entries, yaml.SequenceNode):
            where, other = (_where(self.path, after.entries.value[i]) for i in (position, first))
            message = Message(
                "id '{id}' is already used at {where}; edit that entry or change the question",
                id=entry_id,
                where=str(other),
            )
            raise PlaybookError([Problem(where, message)])
        self._snap = after
        return entry_id

    def delete(self, entry_id: str) -> None:
        """Remove the entry with that id.

        Raises:
            EntryNotFoundError: No entry has that id.
        """
        snap = self._snap
        index = snap.index_by_id.get(entry_id)
        if index is None:
            raise EntryNotFoundError(self.path, entry_id)
        text = _Builder(snap, self.path, _Emitter(seq_offset=2)).delete(index)
        new_snap = self._snapshot(text)
        expected = [d for i, d in sorted(snap.data.items()) if i != index]
        if new_snap.ordered_data() != expected:  # pragma: no cover - the checks exist for bugs
            raise self._unwritable(snap.data[index], Location(self.path, 1, 1))
        self._snap = new_snap

    def save(self, *, force: bool = False) -> None:
        """Write the playbook: back up the version on disk, then replace it atomically.

        Does nothing when nothing changed.

        Args:
            force: Write even if someone else changed the file since it was
                opened (their version goes to the backups).

        Raises:
            PlaybookError: The text would not load without errors; nothing is written.
            ConflictError: The file changed on disk since it was opened; nothing is written.
            PlaybookSaveError: Writing failed; the file on disk is unchanged.
        """
        if not self.is_modified:
            return
        ours = self.text
        data = (_BOM if self._has_bom else b"") + ours.encode("utf-8")
        playbook, problems = self._parse(data.decode("utf-8-sig"))
        if playbook is not None:
            problems = problems + check_unique_ids([playbook])[1]
        errors = [p for p in problems if p.is_error]
        if playbook is None or errors:
            raise PlaybookError(errors or problems)
        try:
            # Compare and write under the file's lock: a second save at the same instant
            # waits, then finds the file changed and says so instead of dropping an entry.
            with exclusive(self.path):
                self._compare_and_write(data, ours, force=force)
        except OSError as exc:  # the lock itself: busy for too long, or a read-only folder
            raise _not_saved(self.path, exc) from exc
        self._opened_digest = _digest(data)
        self._opened_text = self._snap.text
        self.opened_mtime_ns = _mtime_ns(self.path)

    def _compare_and_write(self, data: bytes, ours: str, *, force: bool) -> None:
        try:
            on_disk = _read_or_none(self.path)
        except OSError as exc:
            raise PlaybookSaveError(
                Message(
                    "could not read {path} before saving: {reason}",
                    path=str(self.path),
                    reason=exc.strerror or str(exc),
                )
            ) from exc
        if _digest(on_disk) != self._opened_digest and not force:
            theirs = None if on_disk is None else on_disk.decode("utf-8-sig", errors="replace")
            raise ConflictError(self.path, theirs=theirs, ours=ours)
        try:
            if on_disk is not None:
                _write_backup(self.path, on_disk)
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            raise _not_saved(self.path, exc) from exc

    def _parse(self, text: str) -> tuple[Playbook | None, list[Problem]]:
        found = self._parsed.get(text)
        if found is None:
            found = parse_playbook(text, self.path)
            # The current text and the one being tried are all that is asked for again.
            while len(self._parsed) >= 2:
                del self._parsed[next(iter(self._parsed))]
            self._parsed[text] = found
        return found

    def _snapshot(self, text: str) -> _Snapshot:
        """Pair what the loader made of ``text`` with its node tree, so edits can find entries."""
        playbook, problems = self._parse(text)
        root = self._compose(text, problems)
        entries_key, entries = self._editable_entries(root, problems)
        data, index_by_id = _data_by_position(playbook, entries)
        return _Snapshot(text, entries_key, entries, playbook, problems, data, index_by_id)

    def _compose(self, text: str, problems: list[Problem]) -> yaml.Node | None:
        """Compose the node tree with the loader's composer; refuse text it cannot read.

        Raises:
            PlaybookError: The text nests too deeply or is not YAML.
        """
        nesting = too_deep(text, self.path)
        if nesting is not None:  # libyaml would recurse until the process dies
            raise PlaybookError([nesting])
        try:
            return yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError:
            raise PlaybookError([p for p in problems if p.is_error] or problems) from None

    def _editable_entries(
        self, root: yaml.Node | None, problems: list[Problem]
    ) -> tuple[yaml.Node, yaml.Node]:
        """Find the ``entries`` key and value; refuse a playbook without a list to edit.

        Raises:
            PlaybookError: There is no ``entries`` key, or its value is neither a list nor empty.
        """
        entries_key, entries = _find_entries(root)
        if entries_key is None or entries is None or not _is_editable(entries):
            where = Location(self.path, 1, 1)
            raise PlaybookError(
                [p for p in problems if p.is_error]
                or [Problem(where, Message("the playbook has no 'entries' list QuickReply can edit"))]
            )
        return entries_key, entries

    def _check(
        self, before: _Snapshot, after: _Snapshot, position: int, data: EntryData
    ) -> PlaybookError | None:
        """Why ``after`` is not ``before`` with ``data`` at ``position``, or None if it is."""
        wanted = _normalised(data, before.language)
        if not wanted.id:
            wanted.id = derive_id(self.path, data.question)
        expected = dict(before.data)
        expected[position] = wanted
        if after.data == expected:
            return None
        if not isinstance(after.entries, yaml.SequenceNode) or position >= len(after.entries.value):
            return self._unwritable(data, Location(self.path, 1, 1))
        node = after.entries.value[position]
        where = _where(self.path, node)
        if position not in after.data:  # the entry does not load: say why
            end = _Builder(after, self.path, _Emitter(seq_offset=2)).end(node)
            last_line = after.text.count("\n", 0, end) + 1
            own = [p for p in after.problems if p.is_error and where.line <= p.location.line <= last_line]
            if own:
                return PlaybookError(own)
        return self._unwritable(data, where)

    def _unwritable(self, data: EntryData, where: Location) -> PlaybookError:
        return PlaybookError(
            [
                Problem(
                    where,
                    Message(
                        "QuickReply could not write the entry '{entry}' so that it reads "
                        "back exactly as entered; nothing was changed",
                        entry=data.id or data.question,
                    ),
                )
            ]
        )


def _normalised(data: EntryData, playbook_language: str | None) -> EntryData:
    """``data`` with the comparable shape of ``EntryData.from_entry``: own lists, inherited language None."""
    return replace(
        data,
        also=list(data.also),
        alternatives=[list(parts) for parts in data.alternatives],
        tags=list(data.tags),
        allow=list(data.allow),
        language=None if data.language in (None, "", playbook_language) else data.language,
    )


def _where(path: Path, node: yaml.Node) -> Location:
    return Location(path, node.start_mark.line + 1, node.start_mark.column + 1)


def _find_entries(root: yaml.Node | None) -> tuple[yaml.Node | None, yaml.Node | None]:
    """Return the first ``entries`` key of the top mapping and its value, or Nones."""
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == "entries":
                return key_node, value_node
    return None, None


def _is_editable(entries: yaml.Node) -> bool:
    """Tell whether entries can be added to this value: a list, or nothing (``entries:``)."""
    return isinstance(entries, yaml.SequenceNode) or (
        isinstance(entries, yaml.ScalarNode) and entries.tag == "tag:yaml.org,2002:null"
    )


def _data_by_position(
    playbook: Playbook | None, entries: yaml.Node
) -> tuple[dict[int, EntryData], dict[str, int]]:
    """Map loaded entries to their position in ``entries``, matched by where they start.

    Returns:
        The data of each entry that loads, by position, and the position of the
        first entry with each id.
    """
    data: dict[int, EntryData] = {}
    index_by_id: dict[str, int] = {}
    if playbook is None or not isinstance(entries, yaml.SequenceNode):
        return data, index_by_id
    by_place = {
        (node.start_mark.line + 1, node.start_mark.column + 1): i for i, node in enumerate(entries.value)
    }
    for entry in playbook.entries:
        index = by_place.get((entry.location.line, entry.location.column))
        if index is None:  # pragma: no cover - same composer, same marks
            continue
        data[index] = EntryData.from_entry(entry, playbook_language=playbook.language)
        index_by_id.setdefault(entry.id, index)
    return data, index_by_id


def _entry_count(snap: _Snapshot) -> int:
    return len(snap.entries.value) if isinstance(snap.entries, yaml.SequenceNode) else 0


def _sequence_offset(snap: _Snapshot, index: int | None) -> int:
    """How far this file indents a list's ``-`` under its key (0 or 2, mostly)."""
    if not isinstance(snap.entries, yaml.SequenceNode):
        return 2
    text = snap.text
    nodes = list(snap.entries.value)
    if index is not None:
        nodes.insert(0, nodes[index])
    for node in nodes[:50]:
        if not isinstance(node, yaml.MappingNode) or node.flow_style is True:
            continue
        for _, value in node.value:
            if isinstance(value, yaml.SequenceNode) and value.flow_style is not True:
                return max(0, _column(text, value.start_mark.index) - _column(text, node.start_mark.index))
    return 2


def _column(text: str, index: int) -> int:
    return index - (text.rfind("\n", 0, index) + 1)


def _flow_seq(items: Sequence[object]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


class _Emitter:
    """Turns values into YAML text with ruamel's round-trip representer."""

    def __init__(self, *, seq_offset: int, quoted: bool = False) -> None:
        self.seq_offset = seq_offset
        self.quoted = quoted

    def dump(self, obj: object) -> str:
        writer = YAML(typ="rt")
        # PyYAML reads YAML 1.1: emit for it, so 'yes', 'on' and '1:20' get quoted.
        writer.version = (1, 1)
        writer.width = 1_000_000_000
        writer.allow_unicode = True
        writer.indent(mapping=2, sequence=self.seq_offset + 2, offset=self.seq_offset)
        stream = io.StringIO()
        writer.dump(obj, stream)
        text = stream.getvalue()
        text = text.removeprefix("%YAML 1.1\n").removeprefix("---\n")
        return text.removesuffix("...\n")

    def scalar(self, text: str, *, flow: bool) -> object:
        if self.quoted or _NEEDS_QUOTES.search(text) or ("\n" in text and flow):
            return DoubleQuotedScalarString(text)
        if "\n" in text:
            return LiteralScalarString(text)
        return text

    def obj(self, value: object, *, flow: bool, block_list: bool = False) -> object:
        """A ruamel object for a plain value; lists and mappings of one-line texts flow."""
        if isinstance(value, str):
            return self.scalar(value, flow=flow)
        if isinstance(value, dict):
            mapping = CommentedMap((key, self.obj(item, flow=flow)) for key, item in value.items())
            if flow or _one_line(value.values()):
                mapping.fa.set_flow_style()
            return mapping
        assert isinstance(value, list)  # noqa: S101 - the only other shape EntryData holds
        items = [self.obj(item, flow=flow) for item in value]
        if flow or (_one_line(value) and not block_list):
            return _flow_seq(items)
        return CommentedSeq(items)

    def field(self, key: str, value: object, *, flow: bool) -> object:
        return self.obj(value, flow=flow, block_list=key == "replies")

    def pair(self, key: str, obj: object, column: int) -> list[str]:
        """``key: value`` lines, the first starting at the key, the rest indented for ``column``."""
        return _shift(self.dump(CommentedMap([(key, obj)])).rstrip("\n").split("\n"), column, first=False)

    def item(self, obj: object, text_column: int) -> list[str]:
        """A list item's text after its ``- ``, starting at ``text_column``; the rest indented to match."""
        lines = self.dump(CommentedMap([("k", CommentedSeq([obj]))])).rstrip("\n").split("\n")[1:]
        dash = lines[0].index("-")
        lines = _shift(lines, text_column - (dash + 2), first=True)
        return [lines[0][text_column:], *lines[1:]]

    def flow(self, obj: object) -> str:
        """``obj`` as one-line flow text."""
        text = self.dump(CommentedMap([("k", _flow_seq([obj]))])).rstrip("\n")
        return text.removeprefix("k: [").removesuffix("]")


def _one_line(values: Iterable[object]) -> bool:
    return all(isinstance(value, str) and "\n" not in value for value in values)


def _shift(lines: list[str], delta: int, *, first: bool) -> list[str]:
    """Indent (or dedent) lines by ``delta``; empty lines stay empty."""
    out: list[str] = []
    for number, line in enumerate(lines):
        if (number == 0 and not first) or not line:
            out.append(line)
        elif delta >= 0:
            out.append(" " * delta + line)
        else:
            out.append(line[-delta:] if line[:-delta].strip() == "" else line.lstrip(" "))
    return out


class _Builder:
    """Computes the text edits for one change and applies them together."""

    def __init__(self, snap: _Snapshot, path: Path, emitter: _Emitter) -> None:
        self.snap = snap
        self.path = path
        self.text = snap.text
        self.emit = emitter
        self.edits: list[tuple[int, int, int, str]] = []

    # -- text positions -------------------------------------------------

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def line_end(self, index: int) -> int:
        end = self.text.find("\n", index)
        return len(self.text) if end < 0 else end

    def at_line_start(self, index: int) -> bool:
        return index == 0 or self.text[index - 1] == "\n"

    def after_line(self, index: int) -> int:
        """Just past the line on which content ending at ``index`` ends."""
        if self.at_line_start(index):
            return index
        return min(len(self.text), self.line_end(index) + 1)

    def column(self, index: int) -> int:
        return index - self.line_start(index)

    def end(self, node: yaml.Node) -> int:
        """Where a node's own text ends: not its trailing comments or blank lines."""
        if isinstance(node, yaml.ScalarNode):
            end: int = node.end_mark.index
            if node.style in ("|", ">"):
                start = node.start_mark.index
                header_end = self.line_end(start)
                if "+" not in self.text[start:header_end].split("#", 1)[0] and self.at_line_start(end):
                    while end > header_end + 1:
                        previous = self.line_start(end - 1)
                        if self.text[previous : end - 1].strip():
                            break
                        end = previous
            return end
        if isinstance(node, yaml.CollectionNode) and node.flow_style is not True and node.value:
            last = node.value[-1]
            return self.end(last[1] if isinstance(last, tuple) else last)
        index: int = node.end_mark.index
        return index

    def past_own_comments(self, index: int, column: int) -> int:
        """Past the comment lines right after ``index`` indented deeper than ``column``."""
        position = self.after_line(index)
        while position < len(self.text):
            line = self.text[position : self.line_end(position)]
            stripped = line.lstrip(" ")
            if not stripped.startswith("#") or len(line) - len(stripped) <= column:
                break
            position = min(len(self.text), self.line_end(position) + 1)
        return position

    def dash(self, seq: yaml.SequenceNode, index: int) -> int:
        """Where the ``-`` of a block list item is."""
        if index == 0:
            start: int = seq.start_mark.index
            return start
        dash_column = self.column(seq.start_mark.index)
        position = self.line_start(seq.value[index].start_mark.index)
        floor = self.line_start(self.end(seq.value[index - 1]))
        while position >= floor:
            if self.text[position + dash_column : position + dash_column + 1] == "-":
                return position + dash_column
            if position == 0:
                break
            position = self.line_start(position - 1)
        raise _EditFailedError("list item without a dash")

    # -- edits ----------------------------------------------------------------

    def edit(self, start: int, end: int, new: str) -> None:
        self.edits.append((start, end, len(self.edits), new))

    def result(self) -> str:
        out: list[str] = []
        position = 0
        for start, end, _, new in sorted(self.edits):
            if start < position:
                raise _EditFailedError("overlapping edits")
            out += [self.text[position:start], new]
            position = end
        out.append(self.text[position:])
        return "".join(out)

    def place(self, start: int, end: int, lines: list[str], comments: Sequence[str] = ()) -> None:
        """Replace ``[start, end)`` by lines; comments on the replaced lines move to the first."""
        at_line_start = self.at_line_start(end) and end > start
        if len(lines) > 1 and not at_line_start:
            rest = self.text[end : self.line_end(end)]
            if rest.strip():
                comments = [*comments, rest.rstrip()]
            end = self.line_end(end)
        if comments:
            # Each comment keeps the space it had before its '#'.
            lines = [lines[0] + "".join(c if c[:1].isspace() else "  " + c for c in comments), *lines[1:]]
        self.edit(start, end, "\n".join(lines) + ("\n" if at_line_start else ""))

    def insert_after(self, index: int, lines: list[str]) -> None:
        """Put whole lines after the line on which content ending at ``index`` ends.

        They go at the start of the next line, not at the end of this one, so an
        edit that removes the rest of this line (a deleted list item) never overlaps.
        """
        position = self.after_line(index)
        if position == len(self.text) and not self.at_line_start(position):  # no newline at the end
            self.edit(position, position, "\n" + "\n".join(lines))
        else:
            self.edit(position, position, "\n".join(lines) + "\n")

    def comments(self, start: int, value: yaml.Node) -> list[str]:
        """The comments from ``start`` (a key's end) to a value, and on a block scalar's ``|`` line."""
        found = []
        end: int = value.start_mark.index
        if isinstance(value, yaml.ScalarNode) and value.style in ("|", ">"):
            end = self.line_end(end)
        for line in self.text[start:end].split("\n"):
            if "#" in line:
                found.append(line[len(line[: line.index("#")].rstrip()) :].rstrip())
        return found

    # -- values ---------------------------------------------------------------

    def replace_pair(
        self, mapping: yaml.MappingNode, key_node: yaml.Node, value: yaml.Node, key: str, new: object
    ) -> None:
        flow = mapping.flow_style is True
        obj = self.emit.field(key, new, flow=flow)
        start, end = key_node.start_mark.index, self.end(value)
        if flow:
            self.edit(start, end, f"{key}: {self.emit.flow(obj)}")
            return
        comments = self.comments(key_node.end_mark.index, value)
        self.place(start, end, self.emit.pair(key, obj, self.column(start)), comments)

    def patch(self, node: yaml.Node, new: object, *, flow: bool, column: int, in_list: bool) -> bool:
        """Rewrite a value in place; False when it must be rewritten with its key."""
        if isinstance(node, yaml.ScalarNode) and isinstance(new, str):
            if node.tag == "tag:yaml.org,2002:null":
                return False  # ``key:`` with nothing after it: write the pair anew
            if _plain(node) == new:
                return True
            obj = self.emit.scalar(new, flow=flow)
            start, end = node.start_mark.index, self.end(node)
            if flow:
                self.edit(start, end, self.emit.flow(obj))
                return True
            if in_list:
                lines = self.emit.item(obj, self.column(start))
            else:
                lines = self.emit.pair("k", obj, column)
                lines = [lines[0].removeprefix("k:").lstrip(" "), *lines[1:]]
            self.place(start, end, lines, self.comments(start, node))
            return True
        if isinstance(node, yaml.SequenceNode) and isinstance(new, list) and node.value and new:
            return self.patch_list(node, new, flow=flow or node.flow_style is True)
        return False

    def patch_list(self, seq: yaml.SequenceNode, new: list[object], *, flow: bool) -> bool:
        """Change only the items that differ; False (and no edit) when the list must be rewritten."""
        old = [_hashable(_plain(item)) for item in seq.value]
        matcher = SequenceMatcher(None, old, [_hashable(item) for item in new], autojunk=False)
        ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
        count = len(seq.value)
        start: int = seq.start_mark.index
        # A list whose first dash follows another on its line (``- - a``) has no
        # line of its own before its first item to insert at or delete.
        compact = not flow and bool(self.text[self.line_start(start) : start].strip())
        for _, i1, i2, j1, j2 in ops:
            common = min(i2 - i1, j2 - j1)
            deletes_all = i2 - i1 > common and (i1 + common, i2) == (0, count)
            at_first = i1 + common == 0 and (i2 - i1 > common or j2 - j1 > common)
            if deletes_all or (compact and at_first):
                return False
        for _, i1, i2, j1, j2 in ops:
            common = min(i2 - i1, j2 - j1)
            for k in range(common):
                item, value = seq.value[i1 + k], new[j1 + k]
                column = self.column(item.start_mark.index)
                if not self.patch(item, value, flow=flow, column=column, in_list=True):
                    self.replace_item(seq, i1 + k, value, flow=flow)
            if j2 - j1 > common:
                self.insert_items(seq, i1 + common - 1, new[j1 + common : j2], flow=flow)
            if i2 - i1 > common:
                first, last = i1 + common, i2 - 1
                if not flow:
                    line = self.line_start(self.dash(seq, first))
                    self.edit(line, self.after_line(self.end(seq.value[last])), "")
                elif first > 0:
                    self.edit(self.end(seq.value[first - 1]), self.end(seq.value[last]), "")
                else:
                    self.edit(seq.value[first].start_mark.index, seq.value[last + 1].start_mark.index, "")
        return True

    def replace_item(self, seq: yaml.SequenceNode, index: int, new: object, *, flow: bool) -> None:
        item = seq.value[index]
        obj = self.emit.obj(new, flow=flow)
        start, end = item.start_mark.index, self.end(item)
        if flow:
            self.edit(start, end, self.emit.flow(obj))
        else:
            self.place(start, end, self.emit.item(obj, self.column(start)))

    def insert_items(self, seq: yaml.SequenceNode, after: int, new: list[object], *, flow: bool) -> None:
        objs = [self.emit.obj(item, flow=flow) for item in new]
        if flow:
            texts = ", ".join(self.emit.flow(obj) for obj in objs)
            if after < 0:
                start: int = seq.value[0].start_mark.index
                self.edit(start, start, texts + ", ")
            else:
                end = self.end(seq.value[after])
                self.edit(end, end, ", " + texts)
            return
        dash_column = self.column(seq.start_mark.index)
        lines: list[str] = []
        for obj in objs:
            item = self.emit.item(obj, dash_column + 2)
            lines += [" " * dash_column + "- " + item[0], *item[1:]]
        if after < 0:
            start = self.line_start(self.dash(seq, 0))
            self.edit(start, start, "\n".join(lines) + "\n")
        else:
            self.insert_after(self.end(seq.value[after]), lines)

    # -- entries --------------------------------------------------------------

    def wanted(self, data: EntryData, *, id_needed: bool) -> dict[str, object]:
        """Key → plain value for every key the entry should have."""
        language = self.snap.language
        values: dict[str, object] = {}
        if id_needed:
            values["id"] = data.id
        values["category"] = data.category
        values["question"] = data.question
        if data.also:
            values["also"] = list(data.also)
        if data.context:
            values["context"] = data.context
        alternatives = [list(parts) for parts in data.alternatives]
        if len(alternatives) == 1 and len(alternatives[0]) == 1:
            values["reply"] = alternatives[0][0]
        else:
            values["replies"] = [parts[0] if len(parts) == 1 else parts for parts in alternatives]
        for key in ("tips", "code"):
            if getattr(data, key):
                values[key] = getattr(data, key)
        for key in ("tags", "allow"):
            if getattr(data, key):
                values[key] = list(getattr(data, key))
        if data.language and data.language != language:
            values["language"] = data.language
        return values

    def update(self, index: int, data: EntryData) -> str:
        """Rewrite only the keys of entry ``index`` whose value changed, keeping the rest of its text."""
        node = self._entry_mapping(index)
        old = self.snap.data[index]
        new = _normalised(data, self.snap.language)
        pairs = {str(k.value): (k, v) for k, v in node.value}
        derived = derive_id(self.path, new.question)
        wanted = self.wanted(new, id_needed="id" in pairs or new.id != derived)
        keys = self._keys_to_write(old, new, has_id="id" in pairs, wanted=wanted)
        _keep_allow_reasons(wanted, pairs, new.allow)
        flow = node.flow_style is True
        column = self.column(node.start_mark.index)
        deleted = {key for key in keys if key in pairs and key not in wanted}
        added = sorted((key for key in keys if key in wanted and key not in pairs), key=_KEY_RANK.__getitem__)
        self._rewrite_pairs(node, pairs, keys & set(pairs) - deleted, wanted, flow=flow, column=column)
        self._swap_reply_form(node, pairs, wanted, deleted, added)
        self._delete_then_add(node, deleted, added, wanted, flow=flow, column=column)
        return self.result()

    def _entry_mapping(self, index: int) -> yaml.MappingNode:
        """Return the node of entry ``index``; only a loaded entry (a mapping) is updated."""
        assert isinstance(self.snap.entries, yaml.SequenceNode)  # noqa: S101 - _snapshot refused others
        node = self.snap.entries.value[index]
        assert isinstance(node, yaml.MappingNode)  # noqa: S101 - only loaded entries get an index
        return node

    def _keys_to_write(
        self, old: EntryData, new: EntryData, *, has_id: bool, wanted: dict[str, object]
    ) -> set[str]:
        """Name the keys whose text must change: changed fields, and an ``id`` that must appear."""
        language = self.snap.language
        changed = [name for name in _DATA_FIELDS if getattr(old, name) != getattr(new, name)]
        if (old.language or language) != (new.language or language):
            changed.append("language")
        keys: set[str] = set()
        for name in changed:
            keys |= {"reply", "replies"} if name == "alternatives" else {name}
        if not has_id and "id" in wanted:
            keys.add("id")
        return keys

    def _rewrite_pairs(
        self,
        node: yaml.MappingNode,
        pairs: dict[str, tuple[yaml.Node, yaml.Node]],
        keys: Iterable[str],
        wanted: dict[str, object],
        *,
        flow: bool,
        column: int,
    ) -> None:
        """Give existing keys their new value, in place where possible, else with the key."""
        for key in keys:
            key_node, value = pairs[key]
            if not self.patch(value, wanted[key], flow=flow, column=column, in_list=False):
                self.replace_pair(node, key_node, value, key, wanted[key])

    def _swap_reply_form(
        self,
        node: yaml.MappingNode,
        pairs: dict[str, tuple[yaml.Node, yaml.Node]],
        wanted: dict[str, object],
        deleted: set[str],
        added: list[str],
    ) -> None:
        """Put a new ``reply``/``replies`` where the other form was; updates ``deleted`` and ``added``."""
        replies_key = "reply" if "reply" in pairs else "replies"
        swap = next((key for key in added if key in ("reply", "replies")), None)
        if swap is None or replies_key not in deleted:
            return
        key_node, value = pairs[replies_key]
        self.replace_pair(node, key_node, value, swap, wanted[swap])
        deleted.discard(replies_key)
        added.remove(swap)

    def _delete_then_add(
        self,
        node: yaml.MappingNode,
        deleted: set[str],
        added: list[str],
        wanted: dict[str, object],
        *,
        flow: bool,
        column: int,
    ) -> None:
        """Remove the ``deleted`` keys, then insert the ``added`` ones among the keys left."""
        self.delete_pairs(node, [i for i, (k, _) in enumerate(node.value) if str(k.value) in deleted])
        remaining = [(k, v) for k, v in node.value if str(k.value) not in deleted]
        for key in added:
            self.add_pair(node, remaining, key, wanted[key], flow=flow, column=column)

    def delete_pairs(self, mapping: yaml.MappingNode, indexes: list[int]) -> None:
        pairs = mapping.value
        for first, last in _runs(indexes):
            if mapping.flow_style is True:
                if first > 0:
                    self.edit(self.end(pairs[first - 1][1]), self.end(pairs[last][1]), "")
                else:
                    self.edit(pairs[0][0].start_mark.index, pairs[last + 1][0].start_mark.index, "")
                continue
            start = pairs[first][0].start_mark.index
            end = self.end(pairs[last][1])
            if self.text[self.line_start(start) : start].strip() == "":
                self.edit(self.line_start(start), self.after_line(end), "")
                continue
            # The first key shares the line with the list's dash: pull the next key up
            # when only blank space separates them, else leave the dash on its own.
            if last + 1 >= len(pairs):
                raise _EditFailedError("an entry needs keys left")
            following = pairs[last + 1][0].start_mark.index
            if self.text[end:following].strip() == "":
                self.edit(start, following, "")
            else:
                dash_end = start
                while dash_end > 0 and self.text[dash_end - 1] == " ":
                    dash_end -= 1
                line_end = end - 1 if self.at_line_start(end) else self.line_end(end)
                self.edit(dash_end, line_end, "")

    def add_pair(
        self,
        mapping: yaml.MappingNode,
        remaining: list[tuple[yaml.Node, yaml.Node]],
        key: str,
        value: object,
        *,
        flow: bool,
        column: int,
    ) -> None:
        rank = _KEY_RANK[key]
        before = [pair for pair in remaining if _KEY_RANK.get(str(pair[0].value), -1) < rank]
        obj = self.emit.field(key, value, flow=flow)
        if flow:
            text = f"{key}: {self.emit.flow(obj)}"
            if before:
                anchor = max(before, key=lambda pair: _KEY_RANK.get(str(pair[0].value), -1))
                end = self.end(anchor[1])
                self.edit(end, end, ", " + text)
            else:
                start = remaining[0][0].start_mark.index
                self.edit(start, start, text + ", ")
            return
        lines = self.emit.pair(key, obj, column)
        if before:
            anchor = max(before, key=lambda pair: _KEY_RANK.get(str(pair[0].value), -1))
            self.insert_after(self.end(anchor[1]), [" " * column + lines[0], *lines[1:]])
        else:
            start = remaining[0][0].start_mark.index
            self.edit(start, start, "\n".join(lines) + "\n" + " " * column)

    def new_entry(self, data: EntryData, *, flow: bool) -> object:
        new = _normalised(data, self.snap.language)
        id_needed = bool(new.id) and new.id != derive_id(self.path, new.question)
        values = self.wanted(new, id_needed=id_needed)
        mapping = CommentedMap((key, self.emit.field(key, value, flow=flow)) for key, value in values.items())
        if flow:
            mapping.fa.set_flow_style()
        return mapping

    def entry_lines(self, data: EntryData, dash_column: int, key_column: int) -> list[str]:
        lines = self.emit.dump(self.new_entry(data, flow=False)).rstrip("\n").split("\n")
        lines = _shift(lines, key_column, first=True)
        first = " " * dash_column + "-" + " " * (key_column - dash_column - 1) + lines[0][key_column:]
        return [first, *lines[1:]]

    def append(self, data: EntryData) -> str:
        entries = self.snap.entries
        if isinstance(entries, yaml.SequenceNode) and entries.value and entries.flow_style is True:
            end = self.end(entries.value[-1])
            self.edit(end, end, ", " + self.emit.flow(self.new_entry(data, flow=True)))
        elif isinstance(entries, yaml.SequenceNode) and entries.value:
            dash_column = self.column(entries.start_mark.index)
            blocks = [
                n for n in entries.value if isinstance(n, yaml.MappingNode) and n.flow_style is not True
            ]
            key_column = self.column(blocks[-1].start_mark.index) if blocks else dash_column + 2
            lines = self.entry_lines(data, dash_column, max(key_column, dash_column + 2))
            last_line = self.line_start(self.dash(entries, len(entries.value) - 1))
            separated = (
                len(entries.value) > 1
                and last_line > 0
                and not self.text[self.line_start(last_line - 1) : last_line].strip()
            )
            position = self.past_own_comments(self.end(entries.value[-1]), dash_column)
            if position == len(self.text) and not self.at_line_start(position):
                self.edit(position, position, "\n" + ("\n" if separated else "") + "\n".join(lines))
            else:
                self.edit(position, position, ("\n" if separated else "") + "\n".join(lines) + "\n")
        else:
            key = self.snap.entries_key
            dash_column = self.column(key.start_mark.index) + 2
            lines = ["entries:", *self.entry_lines(data, dash_column, dash_column + 2)]
            comments = self.comments(key.end_mark.index, entries)
            self.place(key.start_mark.index, self.end(entries), lines, comments)
        return self.result()

    def delete(self, index: int) -> str:
        entries = self.snap.entries
        assert isinstance(entries, yaml.SequenceNode)  # noqa: S101 - _snapshot refused others
        items = entries.value
        if len(items) == 1:
            key = self.snap.entries_key
            self.place(key.start_mark.index, self.end(entries), ["entries: []"])
        elif entries.flow_style is True:
            if index > 0:
                self.edit(self.end(items[index - 1]), self.end(items[index]), "")
            else:
                self.edit(items[0].start_mark.index, items[1].start_mark.index, "")
        else:
            dash_column = self.column(entries.start_mark.index)
            start = self.line_start(self.dash(entries, index))
            end = self.past_own_comments(self.end(items[index]), dash_column)
            # Keep one blank line where entries were separated by one.
            blank_before = start > 0 and not self.text[self.line_start(start - 1) : start].strip()
            next_line_end = min(len(self.text), self.line_end(end) + 1)
            if blank_before and end < len(self.text) and not self.text[end:next_line_end].strip():
                end = next_line_end
            elif blank_before and end >= len(self.text):
                start = self.line_start(start - 1)
            self.edit(start, end, "")
        return self.result()


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs in sorted indexes, as (first, last)."""
    runs: list[tuple[int, int]] = []
    for index in sorted(indexes):
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _keep_allow_reasons(
    wanted: dict[str, object], pairs: dict[str, tuple[yaml.Node, yaml.Node]], rules: list[str]
) -> None:
    """Keep an ``allow`` written as ``{rule: why}`` in that form, with its reasons.

    A reason is required in that form, so a rule added from the widget gets
    ``ALLOW_REASON`` rather than turning the mapping into a list that drops
    the others' reasons.
    """
    if "allow" in wanted and "allow" in pairs and isinstance(pairs["allow"][1], yaml.MappingNode):
        reasons = {str(k.value): str(v.value) for k, v in pairs["allow"][1].value}
        wanted["allow"] = {rule: reasons.get(rule, ALLOW_REASON) for rule in rules}


def _plain(node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return None if node.tag == "tag:yaml.org,2002:null" else str(node.value)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item) for item in node.value]
    return {str(_plain(k)): _plain(v) for k, v in node.value}


def _hashable(value: object) -> object:
    if isinstance(value, list):
        return tuple(_hashable(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value


# -- files ----------------------------------------------------------------------


def _digest(raw: bytes | None) -> str | None:
    return None if raw is None else hashlib.sha256(raw).hexdigest()


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _not_saved(path: Path, error: OSError) -> PlaybookSaveError:
    return PlaybookSaveError(
        Message(
            "could not save {path}: {reason}; the file on disk was left as it was",
            path=str(path),
            reason=error.strerror or str(error),
        )
    )


def _mtime_ns(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return None


def backup_folder(path: Path) -> Path:
    """Where the previous versions of a playbook file are kept."""
    return path.parent / BACKUP_FOLDER / path.stem


def list_backups(path: Path) -> list[Path]:
    """The backups of a playbook file, oldest first."""
    folder = backup_folder(path)
    suffix = f"-{path.name}{BACKUP_SUFFIX}"
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    found = [
        name
        for name in names
        if name.endswith(suffix) and _BACKUP_NAME.match(name.removesuffix(BACKUP_SUFFIX))
    ]
    return [folder / name for name in sorted(found)]


def _write_backup(path: Path, raw: bytes) -> None:
    """Keep ``raw`` as the newest backup of ``path``, then drop all but the newest ``BACKUP_COUNT``."""
    existing = list_backups(path)
    stamp = datetime.now(UTC)
    if existing:
        match = _BACKUP_NAME.match(existing[-1].name)
        assert match is not None  # noqa: S101 - listed by the same pattern
        newest = datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
        # Names sort in time order even when the clock steps back or saves come fast.
        stamp = max(stamp, newest + timedelta(microseconds=1))
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(folder / f"{stamp.strftime(_STAMP_FORMAT)}-{path.name}{BACKUP_SUFFIX}", raw)
    for old in list_backups(path)[:-BACKUP_COUNT]:
        # A backup held open elsewhere (Windows) cannot go now; the next save retries.
        with contextlib.suppress(OSError):
            old.unlink()


__all__ = [
    "ALLOW_REASON",
    "BACKUP_COUNT",
    "BACKUP_FOLDER",
    "BACKUP_SUFFIX",
    "ConflictError",
    "EntryData",
    "EntryNotFoundError",
    "PlaybookDocument",
    "PlaybookSaveError",
    "backup_folder",
    "list_backups",
]
