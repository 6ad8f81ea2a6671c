"""Loaded entries out to Qianniu (CSV or XLSX) or to one playbook file.

Qianniu has one text per quick phrase and no placeholders, so for Qianniu:

* every part of every alternative becomes a phrase of its own, in order: the
  first keeps the entry's code, the k-th extra one gets ``<code>-k``
  (``jg``, ``jg-1``, ``jg-2``); an entry without a code gives phrases without;
* ``{name}`` is filled from the entry's playbook variables; a placeholder
  without a value stays visible as ``{name}`` and is reported;
* the question, also, context, tips and tags have no place in Qianniu's table
  and are not written (importing the file back derives the questions again).

The YAML export is one playbook with every entry under its own id (usage
statistics keep following it). Variables on which all entries agree are kept
as variables; where playbooks disagree, each entry gets its own value filled
in. Reasons given in ``allow: {rule: why}`` are not kept, only the rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import Problem, Severity
from desktop.core.interchange.native import playbook_text
from desktop.core.interchange.source import (
    EXPORT_FORMATS,
    FIELDS,
    ExportError,
    Format,
    ImportedEntry,
    escape_braces,
)
from desktop.core.interchange.table import (
    EXCEL_CELL_MAX_CHARS,
    gbk_loss,
    qianniu_csv_bytes,
    table_safe,
    xlsx_bytes,
)
from desktop.core.playbook import Entry, parse_playbook
from desktop.core.template import placeholders, render

_TOKEN = re.compile(r"\{\{|\}\}|\{([^\W\d]\w*)\}")


@dataclass(frozen=True)
class Export:
    """An exported file's bytes and what happened on the way."""

    data: bytes
    format: Format
    entries: int
    rows: int
    problems: tuple[Problem, ...]


def matches_language(entry_language: str, tag: str) -> bool:
    """Whether an entry in ``entry_language`` belongs to ``tag``: ``zh`` takes ``zh-CN`` too."""
    entry_language, tag = entry_language.lower(), tag.lower()
    return entry_language == tag or entry_language.startswith(tag + "-")


def select_language(entries: Sequence[Entry], tag: str | None) -> list[Entry]:
    """The entries in language ``tag`` (all when None); ExportError when none is left."""
    if not entries:
        raise ExportError("there is nothing to export: no playbook entry was loaded")
    if not tag:
        return list(entries)
    chosen = [entry for entry in entries if matches_language(entry.language, tag)]
    if not chosen:
        loaded = ", ".join(sorted({entry.language for entry in entries}))
        raise ExportError(f"no entry is in the language {tag!r} (the loaded entries are in: {loaded})")
    return chosen


def _warning(entry: Entry, message: str) -> Problem:
    return Problem(entry.location, f"{entry.id}: {message}", Severity.WARNING)


def qianniu_rows(entries: Sequence[Entry]) -> tuple[list[tuple[str, str, str]], list[Problem]]:
    """Qianniu phrases (code, text, group): one per part of every alternative, placeholders filled."""
    rows: list[tuple[str, str, str]] = []
    problems: list[Problem] = []
    for entry in entries:
        missing: dict[str, None] = {}
        parts = [part for alternative in entry.alternatives for part in alternative]
        for number, part in enumerate(parts):
            rendered = render(part, entry.variables)
            missing.update(dict.fromkeys(rendered.missing))
            code = f"{entry.code}-{number}" if entry.code and number else entry.code
            rows.append((code, rendered.text, entry.category))
        if missing:
            names = ", ".join("{" + name + "}" for name in missing)
            problems.append(
                _warning(entry, f"no value for {names} in the playbook's variables; exported as written")
            )
    return rows, problems


def _row_owners(entries: Sequence[Entry]) -> list[Entry]:
    """The entry of each row ``qianniu_rows`` made, in order: one per part of every alternative."""
    return [entry for entry in entries for alternative in entry.alternatives for _ in alternative]


def _xlsx_rows(
    entries: Sequence[Entry], rows: list[tuple[str, str, str]], problems: list[Problem]
) -> list[tuple[str, str, str]]:
    """Rows an Excel cell can hold: control characters out, over-long texts reported and left out."""
    owners = _row_owners(entries)
    safe_rows: list[tuple[str, str, str]] = []
    for entry, row in zip(owners, rows, strict=True):
        cells = [table_safe(cell) for cell in row]
        if any(removed for _, removed in cells):
            problems.append(_warning(entry, "control characters were left out (Excel cannot hold them)"))
        if len(cells[1][0]) > EXCEL_CELL_MAX_CHARS:
            problems.append(
                Problem(
                    entry.location,
                    f"{entry.id}: a message of over {EXCEL_CELL_MAX_CHARS} characters does not fit "
                    "in an Excel cell; it is not exported",
                )
            )
            continue
        safe_rows.append((cells[0][0], cells[1][0], cells[2][0]))
    return safe_rows


def _fill_some(template: str, values: Mapping[str, str]) -> str:
    """Fill only the placeholders named in ``values``; escapes and other placeholders stay."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name and name in values:
            return escape_braces(values[name])
        return match.group(0)

    return _TOKEN.sub(substitute, template)


def _shared_variables(entries: Sequence[Entry]) -> dict[str, str]:
    """Variables every entry that uses them agrees on (and has a value for)."""
    seen: dict[str, set[str | None]] = {}
    for entry in entries:
        for alternative in entry.alternatives:
            for part in alternative:
                for name in placeholders(part):
                    value = entry.variables.get(name)
                    seen.setdefault(name, set()).add(value if value else None)
    shared = {name: next(iter(values)) for name, values in seen.items() if len(values) == 1}
    return {name: value for name, value in shared.items() if value is not None}


def playbook_export(entries: Sequence[Entry]) -> str:
    """One playbook file holding ``entries``, in their most common language, others marked per entry."""
    tag = Counter(entry.language for entry in entries).most_common(1)[0][0]
    shared = _shared_variables(entries)
    records: list[ImportedEntry] = []
    for entry in entries:
        own = {name: value for name, value in entry.variables.items() if value and name not in shared}
        records.append(
            ImportedEntry(
                location=entry.location,
                question=entry.question,
                category=entry.category,
                alternatives=tuple(
                    tuple(_fill_some(part, own) for part in alternative) for alternative in entry.alternatives
                ),
                provided=frozenset(FIELDS),
                code=entry.code,
                also=entry.also,
                context=entry.context,
                tips=entry.tips,
                tags=entry.tags,
                allow=tuple((rule, "") for rule in entry.allow),
                language=entry.language,
                id=entry.id,
            )
        )
    playbooks = len({entry.location.path for entry in entries})
    header = f"# Exported with `quickreply export`: {len(entries)} entries from {playbooks} playbook files.\n"
    text = playbook_text(
        name="QuickReply export", language=tag, variables=shared, entries=records, header=header
    )
    loaded, problems = parse_playbook(text, Path("export.yaml"))
    errors = [p for p in problems if p.is_error]
    if loaded is None or errors or len(loaded.entries) != len(entries):
        listed = "\n".join(str(p) for p in errors) or "entries went missing"
        raise ExportError(f"the exported playbook would not load back (please report this):\n{listed}")
    return text


def export_entries(
    entries: Sequence[Entry], fmt: Format, *, language: str | None = None, encoding: str = "utf-8"
) -> Export:
    """Export ``entries`` (only those in ``language`` when given) as a file's bytes.

    ``encoding="gbk"`` (Qianniu CSV only) leaves out each phrase GBK cannot
    hold, naming the entry and the characters, rather than mangling it.
    Raises ExportError when there is nothing to export or the format cannot be written.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"cannot export as {fmt.value}; use qianniu-csv, xlsx or yaml")
    if encoding not in ("utf-8", "gbk") or (encoding == "gbk" and fmt is not Format.QIANNIU_CSV):
        raise ExportError(
            f"cannot write {fmt.value} in {encoding}; GBK is for qianniu-csv only, UTF-8 for all"
        )
    chosen = select_language(entries, language)
    if fmt is Format.YAML:
        text = playbook_export(chosen)
        return Export(text.encode("utf-8"), fmt, len(chosen), len(chosen), ())
    rows, problems = qianniu_rows(chosen)
    if fmt is Format.XLSX:
        rows = _xlsx_rows(chosen, rows, problems)
        return Export(xlsx_bytes(rows), fmt, len(chosen), len(rows), tuple(problems))
    if encoding == "gbk":
        rows = _gbk_rows(chosen, rows, problems)
    return Export(qianniu_csv_bytes(rows, encoding), fmt, len(chosen), len(rows), tuple(problems))


def _gbk_rows(
    entries: Sequence[Entry], rows: list[tuple[str, str, str]], problems: list[Problem]
) -> list[tuple[str, str, str]]:
    """The rows GBK can hold; each other one reported with the characters it would lose."""
    owners = _row_owners(entries)
    kept: list[tuple[str, str, str]] = []
    for entry, row in zip(owners, rows, strict=True):
        lost = gbk_loss("".join(row))
        if lost:
            problems.append(
                Problem(
                    entry.location,
                    f"{entry.id}: GBK cannot hold {' '.join(lost)}; this phrase is not exported "
                    "(export as UTF-8, which Qianniu reads too, to keep it)",
                )
            )
            continue
        kept.append(row)
    return kept
