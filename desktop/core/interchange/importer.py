"""Reading a source file, previewing what importing it changes, and writing the result.

The import goes to ``<personal playbooks>/<name>.yaml`` (the name defaults to
the source file's, in ASCII). Ids are derived so that importing the same file
again changes nothing: ``<name>.<code>`` when the entry has a code, else the
loader's own ``derive_id`` of the question (the code ``:thanks`` gives
``<name>.thanks``, ``好评`` a short hash); rows that would share an id all
get it with a short hash of their code, category and text, so no id moves
with the rows, and a row equal to another in all of those is reported and
left out. Importing into a playbook that already
exists updates the entries with the same id (only in the fields the source
format carries: tags or tips added by hand stay), adds the new ones at the
end and keeps every other entry: entries removed from the source are not
deleted. The file is rewritten atomically, keeping its leading comments.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.errors import Location, Problem
from desktop.core.files import atomic_write_text
from desktop.core.interchange.espanso import read_espanso
from desktop.core.interchange.native import (
    load_playbook_text,
    playbook_entries,
    playbook_text,
    read_playbook_source,
)
from desktop.core.interchange.scriptbook import looks_like_qa, read_json_phrases, read_markdown, read_text_qa
from desktop.core.interchange.source import (
    ColumnMapError,
    Format,
    ImportedEntry,
    ImportFileError,
    ImportSource,
    ImportTargetError,
    decode_table_text,
    problem,
    slugify,
)
from desktop.core.interchange.table import read_csv, read_xlsx
from desktop.core.messages import Message, quoted
from desktop.core.playbook import ID_PATTERN, Entry, cannot_read, derive_id

# The top key as written, plain or quoted (the hub's kaomoji package writes "matches":).
_ESPANSO_KEYS = re.compile(r"""^(["']?)(?:matches|global_vars)\1\s*:""", re.MULTILINE)
_ID_JUNK = re.compile(r"[^a-z0-9._-]+")
_TABLE_FORMATS = (Format.QIANNIU_CSV, Format.CSV, Format.XLSX)


def detect_format(raw: bytes, path: Path) -> Format:
    """The format of a source file, from its name and, where that is not enough, its first lines."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError.at(
            path,
            1,
            1,
            Message("old Excel .xls files cannot be read; save it as .xlsx (or CSV UTF-8) in Excel"),
        )
    if suffix in (".xlsx", ".xlsm") or raw.startswith(b"PK\x03\x04"):
        return Format.XLSX
    if suffix in (".yaml", ".yml"):
        head = raw[:65536].decode("utf-8", "replace")
        return Format.ESPANSO if _ESPANSO_KEYS.search(head) else Format.YAML
    if suffix in (".md", ".markdown"):
        return Format.MARKDOWN
    if suffix == ".json":
        return Format.JSON
    if suffix in (".csv", ".tsv", ".txt"):
        text, _ = decode_table_text(raw, path)
        if suffix == ".txt" and looks_like_qa(text):
            return Format.TEXT_QA
        header = text.split("\n", 1)[0]
        return Format.QIANNIU_CSV if "快捷短语" in header else Format.CSV
    raise ImportFileError.at(
        path,
        1,
        1,
        Message(
            "cannot tell what kind of file '{file}' is from its name; "
            "say it with --format (qianniu-csv, xlsx, espanso, csv or yaml)",
            file=path.name,
        ),
    )


def parse_import(
    raw: bytes, path: Path, *, fmt: Format | None = None, mapping: Mapping[str, str] | None = None
) -> ImportSource:
    """Read a source file's bytes (``fmt`` None: detect it); no file is touched.

    Raises ImportFileError when nothing can be read at all and ColumnMapError
    for a ``--map`` that does not apply; everything else is a problem in the
    result, with its location.
    """
    fmt = fmt or detect_format(raw, path)
    mapping = mapping or {}
    if mapping and fmt not in (*_TABLE_FORMATS, Format.JSON):
        raise ColumnMapError(
            Message("--map applies to CSV, Excel and JSON files, not to a {format}", format=fmt.description)
        )
    if fmt is Format.XLSX:
        return read_xlsx(raw, path, mapping)
    if fmt in (Format.QIANNIU_CSV, Format.CSV):
        return read_csv(raw, path, fmt, mapping)
    if fmt is Format.ESPANSO:
        return read_espanso(raw, path)
    if fmt is Format.MARKDOWN:
        return read_markdown(raw, path)
    if fmt is Format.TEXT_QA:
        return read_text_qa(raw, path)
    if fmt is Format.JSON:
        return read_json_phrases(raw, path, mapping)
    return read_playbook_source(raw, path)


def read_import(
    path: Path, *, fmt: Format | None = None, mapping: Mapping[str, str] | None = None
) -> ImportSource:
    """Read a source file (see ``parse_import``)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError.at(path, 1, 1, Message("there is no such file")) from None
    except IsADirectoryError:
        raise ImportFileError.at(path, 1, 1, Message("this is a folder; give one file to import")) from None
    except OSError as exc:
        raise ImportFileError.at(path, 1, 1, cannot_read(exc)) from None
    return parse_import(raw, path, fmt=fmt, mapping=mapping)


@dataclass(frozen=True)
class ImportPreview:
    """What applying an import would do, worked out before anything is written."""

    source: ImportSource
    target: Path
    new: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    kept: int
    problems: tuple[Problem, ...]
    text: str
    before: bytes | None
    variables_changed: bool = False

    @property
    def has_changes(self) -> bool:
        """Whether applying would write anything."""
        return bool(self.new or self.changed or self.variables_changed)

    def summary(self) -> str:
        """``3 new, 1 changed, 10 unchanged`` and the entries the import leaves alone."""
        counts = Message(
            "{new} new, {changed} changed, {unchanged} unchanged",
            new=len(self.new),
            changed=len(self.changed),
            unchanged=len(self.unchanged),
        )
        if self.variables_changed:
            counts = Message("{counts}, variables updated", counts=counts)
        if self.kept == 1:
            return Message(
                "{counts}; 1 other entry in {file} left untouched", counts=counts, file=self.target.name
            )
        if self.kept:
            return Message(
                "{counts}; {kept} other entries in {file} left untouched",
                counts=counts,
                kept=self.kept,
                file=self.target.name,
            )
        return counts


def target_name(source: ImportSource, into: str | None = None) -> str:
    """The playbook name (file stem and id prefix) an import writes to."""
    return slugify(into if into and into.strip() else source.path.stem)


def playbooks_in(playbooks_dir: Path) -> list[str]:
    """The names (file stems) of the playbooks an import can go into, sorted."""
    try:
        return sorted(path.stem for path in playbooks_dir.glob("*.yaml") if path.is_file())
    except OSError:
        return []


def likely_target(source: ImportSource, playbooks_dir: Path) -> str:
    """The playbook this import most likely updates: the one sharing most of its phrases.

    The same phrases saved under another file name (千牛短语(1).csv) would
    otherwise import as a second copy of each. With no playbook sharing a
    phrase, the name comes from the source file.
    """
    wanted = {_phrase_key(entry.question, entry.code) for entry in source.entries}
    best, best_shared = target_name(source), 0
    for name in playbooks_in(playbooks_dir):
        path = playbooks_dir / f"{name}.yaml"
        try:
            playbook, _problems, _root = load_playbook_text(path.read_text(encoding="utf-8-sig"), path)
        except (OSError, UnicodeDecodeError, ImportFileError):
            continue  # a playbook that cannot be read is never guessed: preview would refuse it
        if playbook is None:
            continue
        shared = len(wanted & {_phrase_key(entry.question, entry.code) for entry in playbook.entries})
        if shared > best_shared:
            best, best_shared = name, shared
    return best


def _phrase_key(question: str, code: str) -> str:
    return code.casefold() if code else " ".join(question.split()).casefold()


def _code_slug(code: str) -> str:
    # espanso's ":thanks" convention: the colon is no part of what the id names.
    clean = code.lower().strip(":;/\\!,+=")
    if clean and ID_PATTERN.match(clean):
        return clean
    # Codes such as "好评" or "a&b" keep what they have of ASCII and a hash of the whole.
    ascii_part = _ID_JUNK.sub("-", clean).strip("-.")[:24]
    digest = hashlib.sha1(code.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{ascii_part}-{digest}" if ascii_part else f"c-{digest}"


def assign_ids(
    entries: tuple[ImportedEntry, ...], namespace: str, target: Path
) -> tuple[list[ImportedEntry], list[Problem]]:
    """Give every entry an id that survives reordered rows; report and leave out true duplicates.

    The id comes from the code, else the question. Entries that share one
    (first sentences repeat in shop exports) all get it with a short hash of
    what identifies the phrase (code, category and text), so moving a row
    never hands its id to another. Two rows equal in all of those are one
    phrase: the later is left out, naming the earlier.
    """
    bases = [_base_id(entry, namespace, target) for entry in entries]
    shared = {base for base, count in Counter(bases).items() if count > 1}
    seen: dict[str, Location] = {}
    problems: list[Problem] = []
    result: list[ImportedEntry] = []
    for entry, base in zip(entries, bases, strict=True):
        chosen = f"{base}-{_phrase_hash(entry)}" if base in shared else base
        if chosen in seen:
            problems.append(
                problem(
                    entry.location.path,
                    entry.location.line,
                    entry.location.column,
                    Message(
                        "the same phrase as at line {line} (the same code, category and text); "
                        "this row is left out",
                        line=seen[chosen].line,
                    ),
                    skipped=True,
                )
            )
            continue
        seen[chosen] = entry.location
        result.append(replace(entry, id=chosen))
    return result, problems


def _base_id(entry: ImportedEntry, namespace: str, target: Path) -> str:
    kind, _, value = entry.id_key.partition(":")
    if entry.id:
        return entry.id
    if kind == "code":
        return f"{namespace}.{_code_slug(value)}"
    return derive_id(target, value)


def _phrase_hash(entry: ImportedEntry) -> str:
    """Six hex digits of what identifies a phrase, whatever row it is in."""
    identity = "\x1f".join(
        [entry.code, entry.category, *(part for alt in entry.alternatives for part in alt)]
    )
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:6]


def _content(entry: ImportedEntry) -> tuple[object, ...]:
    return (
        entry.question,
        entry.category,
        entry.alternatives,
        entry.code,
        entry.also,
        entry.context,
        entry.tips,
        entry.tags,
        entry.allow,
        entry.language,
    )


def _merge(old: ImportedEntry, new: ImportedEntry) -> ImportedEntry:
    """``old`` with the fields the source carries taken from ``new``."""
    changes: dict[str, object] = {}
    for field in new.provided:
        attribute = "alternatives" if field == "reply" else field
        if field == "language" and not new.language:
            continue
        changes[attribute] = getattr(new, attribute)
    return replace(old, **changes)  # type: ignore[arg-type]


def _leading_comments(text: str) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.lstrip().startswith("#") and line.strip():
            break
        lines.append(line if line.endswith("\n") else line + "\n")
    return "".join(lines)


def _header(source: ImportSource) -> str:
    return (
        f"# Imported with `quickreply import` from {source.path.name}. Importing it again\n"
        "# updates these entries (same id); entries you add here are kept.\n"
    )


def preview_import(
    source: ImportSource, playbooks_dir: Path, *, into: str | None = None, others: Sequence[Entry] = ()
) -> ImportPreview:
    """Compare the source with the target playbook in ``playbooks_dir``; nothing is written.

    ``others`` are the entries the widget also searches (bundled, team, other
    personal playbooks): every code or id an imported entry shares with one of
    them is named, since the agent's usual code then finds two replies.

    Raises ImportTargetError when the target exists but cannot be read or has
    errors (merging into it could lose entries).
    """
    namespace = target_name(source, into)
    target = playbooks_dir / f"{namespace}.yaml"
    entries, problems = assign_ids(source.entries, namespace, target)
    problems[:0] = source.problems
    problems += _clashes(entries, [entry for entry in others if entry.location.path != target])
    try:
        before: bytes | None = target.read_bytes()
    except FileNotFoundError:
        before = None
    except OSError as exc:
        raise ImportTargetError(Problem(Location(target, 1, 1), cannot_read(exc)).describe()) from None
    if before is None:
        existing: list[ImportedEntry] = []
        old_variables: dict[str, str] = {}
        name, language, header = source.name, source.language, _header(source)
    else:
        existing, name, language, old_variables, header = _read_target(before, target)
    variables = dict(old_variables)
    for key, value in source.variables.items():
        old = variables.get(key)
        if old is not None and old != value:
            problems.append(
                problem(
                    source.path,
                    1,
                    1,
                    Message(
                        "variable '{key}' is '{value}' here but '{old}' in {file}; "
                        "the imported value is used",
                        key=key,
                        value=quoted(value),
                        old=quoted(old),
                        file=target.name,
                    ),
                )
            )
        variables[key] = value
    final = list(existing)
    position = {entry.id: index for index, entry in enumerate(existing)}
    new: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    for entry in entries:
        index = position.get(entry.id)
        if index is None:
            final.append(entry)
            new.append(entry.id)
            continue
        merged = _merge(final[index], entry)
        if _content(merged) == _content(final[index]):
            unchanged.append(entry.id)
        else:
            final[index] = merged
            changed.append(entry.id)
    variables_changed = variables != old_variables
    if before is not None and not new and not changed and not variables_changed:
        text = before.decode("utf-8-sig")
    else:
        text = playbook_text(name=name, language=language, variables=variables, entries=final, header=header)
        _check_loads(text, target, len(final))
    return ImportPreview(
        source=source,
        target=target,
        new=tuple(new),
        changed=tuple(changed),
        unchanged=tuple(unchanged),
        kept=len(existing) - len(changed) - len(unchanged),
        problems=tuple(problems),
        text=text,
        before=before,
        variables_changed=variables_changed,
    )


def _clashes(entries: Sequence[ImportedEntry], others: Sequence[Entry]) -> list[Problem]:
    """A warning for each imported code or id that another playbook's entry also has."""
    by_code: dict[str, Entry] = {}
    by_id: dict[str, Entry] = {}
    for other in others:
        if other.code:
            by_code.setdefault(other.code.casefold(), other)
        by_id.setdefault(other.id, other)
    found: list[Problem] = []
    for entry in entries:
        at = entry.location
        same_code = by_code.get(entry.code.casefold()) if entry.code else None
        if same_code is not None:
            clash = Message(
                "code '{code}' is also the code of '{question}' in {playbook}; your reply ranks "
                "first, the other still shows below it (switch off the bundled playbooks in "
                "Settings if they are only the demo)",
                code=quoted(entry.code),
                question=quoted(same_code.question),
                playbook=same_code.playbook,
            )
            found.append(problem(at.path, at.line, at.column, clash))
        same_id = by_id.get(entry.id)
        if same_id is not None:
            clash = Message(
                "id '{id}' is also the id of '{question}' in {playbook}: yours replaces it in search",
                id=entry.id,
                question=quoted(same_id.question),
                playbook=same_id.playbook,
            )
            found.append(problem(at.path, at.line, at.column, clash))
    return found


def _read_target(before: bytes, target: Path) -> tuple[list[ImportedEntry], str, str, dict[str, str], str]:
    """Entries, name, language, variables and leading comments of an existing target playbook."""
    try:
        text = before.decode("utf-8-sig")
        playbook, problems, root = load_playbook_text(text, target)
    except UnicodeDecodeError:
        raise ImportTargetError(
            Message("{file} is not UTF-8 text; fix it or import with --into ANOTHER_NAME", file=str(target))
        ) from None
    except ImportFileError as exc:
        problems, playbook, root = exc.problems, None, None
    errors = [p for p in problems if p.is_error]
    if playbook is None or errors:
        raise ImportTargetError(
            Message(
                "{file} has problems, so nothing can be merged into it; fix them "
                "(quickreply lint {file}) or import with --into ANOTHER_NAME:\n{problems}",
                file=str(target),
                problems=[problem.describe() for problem in errors or problems],
            )
        )
    return (
        playbook_entries(playbook, root),
        playbook.name,
        playbook.language,
        dict(playbook.variables),
        _leading_comments(text),
    )


def _check_loads(text: str, target: Path, count: int) -> None:
    """The written playbook must load back with every entry: never write one that would not."""
    playbook, problems, _ = load_playbook_text(text, target)
    errors = [p for p in problems if p.is_error]
    if playbook is None or errors or len(playbook.entries) != count:
        raise ImportTargetError(
            Message(
                "the imported playbook would not load back, so nothing is written "
                "(please report this with the source file):\n{problems}",
                problems=[problem.describe() for problem in errors] or Message("entries went missing"),
            )
        )


def apply_import(preview: ImportPreview) -> bool:
    """Write the previewed playbook; returns whether anything was written.

    Raises ImportTargetError if the target changed since the preview or
    cannot be written; the old file is then left as it was.
    """
    if not preview.has_changes:
        return False
    try:
        current: bytes | None = preview.target.read_bytes()
    except FileNotFoundError:
        current = None
    except OSError as exc:
        raise ImportTargetError(
            Problem(Location(preview.target, 1, 1), cannot_read(exc)).describe()
        ) from None
    if current != preview.before:
        raise ImportTargetError(
            Message("{file} changed since the preview; run the import again", file=str(preview.target))
        )
    try:
        atomic_write_text(preview.target, preview.text)
    except OSError as exc:
        raise ImportTargetError(
            Message(
                "{file}: cannot write the file: {reason}",
                file=str(preview.target),
                reason=exc.strerror or str(exc),
            )
        ) from None
    return True
