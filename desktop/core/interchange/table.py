"""Tables of phrases: Qianniu's quick phrases as CSV or XLSX, and any CSV with a column map.

Qianniu (千牛) exports and imports its quick phrases (快捷短语) as a table
with the header ``快捷短语编码,快捷短语,快捷短语分组``: the shortcut code, the
text and the group. A phrase has no question, so the question is the text's
first sentence unless a column is mapped to it. Text from a table is literal:
braces are escaped so nothing in it is taken for a ``{placeholder}``.

Rows are numbered as a spreadsheet shows them, the header being row 1; a
problem's column is the spreadsheet column counted from 1.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from desktop.core.errors import Location, Problem
from desktop.core.interchange.source import (
    ColumnMapError,
    Format,
    ImportedEntry,
    ImportFileError,
    ImportSource,
    category_path,
    checked_code,
    decode_table_text,
    detect_language,
    escape_braces,
    first_sentence,
    normalize_text,
    problem,
)
from desktop.core.messages import Message, quoted

QIANNIU_HEADER = ("快捷短语编码", "快捷短语", "快捷短语分组")
TABLE_FIELDS = ("question", "reply", "category", "group", "code", "also", "context", "tips", "tags")
# Header names recognised without --map, compared without case and blank space.
_ALIASES: Mapping[str, tuple[str, ...]] = {
    "code": ("快捷短语编码", "编码", "快捷编码", "短语编码", "code", "shortcut", "코드", "단축어"),
    "reply": ("快捷短语", "回复", "答复", "回答", "话术", "reply", "answer", "답변", "응답"),
    "category": (
        "快捷短语分组",
        "分组",
        "分类",
        "类别",
        "二级分组",
        "子分组",
        "小类",
        "category",
        "group",
        "subgroup",
        "분류",
        "카테고리",
        "하위 분류",
    ),
    # The first level of a two-level grouping (a platform, a board): the category becomes 淘宝/售前.
    "group": ("一级分组", "父分组", "上级分组", "大类", "平台", "parent group", "board", "상위 분류"),
    # A Qianniu phrase's short title (欢迎语, 催付) is what the agent remembers it by.
    "question": ("问题", "问法", "标题", "短语标题", "名称", "question", "title", "질문", "제목"),
    "also": ("其他问法", "相似问法", "also", "다른 질문"),
    "context": ("背景", "context", "상황"),
    "tips": ("提示", "tips", "팁"),
    "tags": ("标签", "tags", "태그"),
}
_LIST_SEPARATOR = re.compile(r"[|；]")
_MAP_SEPARATOR = re.compile(r"[,，]")
EXCEL_CELL_MAX_CHARS = 32767


def aliases_of() -> dict[str, frozenset[str]]:
    """Each table field and the names (lower case) a column or a JSON key may have for it."""
    return {field: frozenset(alias.lower() for alias in aliases) for field, aliases in _ALIASES.items()}


def parse_column_map(specs: Iterable[str]) -> dict[str, str]:
    """``question=问题,reply=回复`` (one or more such values) → field → column name.

    Raises ColumnMapError naming the part that is not ``FIELD=COLUMN`` with a
    known field.
    """
    mapping: dict[str, str] = {}
    for spec in specs:
        for part in _MAP_SEPARATOR.split(spec):
            if not part.strip():
                continue
            field, equals, column = part.partition("=")
            field, column = field.strip().lower(), column.strip()
            if not equals or not column:
                raise ColumnMapError(f"--map {part.strip()!r}: write FIELD=COLUMN, e.g. reply=回复")
            if field not in TABLE_FIELDS:
                raise ColumnMapError(
                    f"--map {part.strip()!r}: {field!r} is not a field; use one of {', '.join(TABLE_FIELDS)}"
                )
            if field in mapping:
                raise ColumnMapError(f"--map names the column for {field!r} twice")
            mapping[field] = column
    return mapping


def read_csv(raw: bytes, path: Path, fmt: Format, mapping: Mapping[str, str]) -> ImportSource:
    """Read a CSV file: Qianniu's quick phrases, or any table whose columns are mapped."""
    text, encoding = decode_table_text(raw, path)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1  # the file line each row starts on (a quoted cell may span lines)
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError.at(
            path, start, 1, Message("the CSV cannot be read from this row on: {error}", error=str(exc))
        ) from None
    unclosed = _unclosed_quote(text, delimiter, rows)
    if unclosed is not None:
        rows.pop()  # the rows after the stray quote ran into this one: none of them is a reply as written
    source = _table_source(rows, path, fmt, mapping, encoding)
    if unclosed is None:
        return source
    stray = problem(
        path,
        unclosed,
        1,
        Message(
            "a quote opened on this row is never closed, so every line after it ran into this one "
            "reply; close the quote and import again (this row and the lines after it are skipped)"
        ),
        skipped=True,
    )
    return dataclasses.replace(source, problems=(*source.problems, stray))


def _unclosed_quote(text: str, delimiter: str, rows: Sequence[tuple[int, list[str]]]) -> int | None:
    """The line of the last row when a quote opened there runs to the end of the file, else None.

    The lenient reader takes everything up to the end of the file into that
    one cell without a word; the strict one says so, and is asked only then.
    """
    if not rows:
        return None
    try:
        for _cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return rows[-1][0]
    return None


def read_xlsx(raw: bytes, path: Path, mapping: Mapping[str, str]) -> ImportSource:
    """Read the first sheet of an Excel workbook laid out like Qianniu's table."""
    from openpyxl import load_workbook  # a large package: loaded only for workbooks

    _refuse_zip_bomb(raw, path)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; the text is what matters.
            warnings.simplefilter("ignore")
            # Read-only streams the sheet row by row instead of building every cell at once.
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                sheets = book.worksheets
                titles = [sheet.title for sheet in sheets]
                rows = (
                    [
                        (number, [_cell_text(value) for value in values])
                        for number, values in enumerate(sheets[0].iter_rows(min_row=1, values_only=True), 1)
                    ]
                    if sheets
                    else []
                )
            finally:
                book.close()
    except Exception:  # noqa: BLE001 - openpyxl raises zip, XML, key and value errors for a damaged file
        raise ImportFileError.at(
            path,
            1,
            1,
            Message(
                "this is not an Excel workbook (.xlsx) that can be read; an old .xls file must be "
                "saved as .xlsx (or as CSV UTF-8) in Excel first"
            ),
        ) from None
    if not sheets:
        raise ImportFileError.at(path, 1, 1, Message("the workbook has no sheet with cells"))
    source = _table_source(rows, path, Format.XLSX, mapping, "")
    if len(titles) > 1:
        others = ", ".join(repr(title) for title in titles[1:])
        note = problem(
            path,
            1,
            1,
            Message(
                "only the first sheet '{sheet}' is imported; not the sheets {others}",
                sheet=quoted(titles[0]),
                others=others,
            ),
        )
        return replace(source, problems=(note, *source.problems))
    return source


# What a phrase table may unpack to: thousands of phrases are a few MB; a zip bomb is gigabytes.
MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024


def _refuse_zip_bomb(raw: bytes, path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_XLSX_UNPACKED_BYTES, before unpacking any.

    The sizes come from the zip's own directory; a part that claims less than
    it holds is cut at its claim by the zip reader (and fails its checksum).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip at all: openpyxl's reading says what it is
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFileError.at(
            path,
            1,
            1,
            Message(
                "this workbook unpacks to {megabytes} MB, far more than a phrase table; it is not "
                "imported (save the phrases alone as a new workbook or as CSV UTF-8)",
                megabytes=unpacked // (1024 * 1024),
            ),
        )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _key(name: str) -> str:
    return "".join(name.split()).lower()


def _columns(
    header: Sequence[str], path: Path, mapping: Mapping[str, str], problems: list[Problem]
) -> dict[str, int]:
    """Field → column index, from ``--map`` first and the known header names after."""
    names = [cell.strip().lstrip("\ufeff") for cell in header]
    index_of: dict[str, int] = {}
    for index, name in enumerate(names):
        if not name:
            continue
        if _key(name) in index_of:
            first = index_of[_key(name)] + 1
            problems.append(
                problem(
                    path,
                    1,
                    index + 1,
                    Message(
                        "column '{name}' appears twice; the one in column {first} is used",
                        name=quoted(name),
                        first=first,
                    ),
                )
            )
            continue
        index_of[_key(name)] = index
    columns: dict[str, int] = {}
    for field, column in mapping.items():
        found = index_of.get(_key(column))
        if found is None:
            listed = ", ".join(repr(name) for name in names if name) or Message("none")
            raise ImportFileError.at(
                path,
                1,
                1,
                Message(
                    "--map {field}={column}: the first row has no column '{column}' (its columns: {listed})",
                    field=field,
                    column=quoted(column),
                    listed=listed,
                ),
            )
        columns[field] = found
    taken = set(columns.values())
    for field, aliases in _ALIASES.items():
        if field in columns:
            continue
        for alias in aliases:
            found = index_of.get(_key(alias))
            if found is not None and found not in taken:
                columns[field] = found
                taken.add(found)
                break
    for index, name in enumerate(names):
        if name and index not in taken and index_of.get(_key(name)) == index:
            problems.append(
                problem(
                    path,
                    1,
                    index + 1,
                    Message(
                        "column '{name}' is not imported; to import it, add --map FIELD={name} "
                        "(fields: {fields})",
                        name=quoted(name),
                        fields=", ".join(TABLE_FIELDS),
                    ),
                )
            )
    return columns


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _LIST_SEPARATOR.split(text) if part.strip())


def _table_source(
    rows: Sequence[tuple[int, list[str]]],
    path: Path,
    fmt: Format,
    mapping: Mapping[str, str],
    encoding: str,
) -> ImportSource:
    problems: list[Problem] = []
    _require_header(rows, path)
    header = rows[0][1]
    columns = _columns(header, path, mapping, problems)
    _require_reply_column(columns, path)
    # A first-level group is part of the category (淘宝/售前), not a field of its own.
    provided = frozenset(
        {"reply", *("category" if field == "group" else field for field in columns if field != "question")}
    )
    default_category = path.stem.strip() or "imported"
    entries: list[ImportedEntry] = []
    unnamed_reported: set[int] = set()
    for line, cells in rows[1:]:
        if not any(cell.strip() for cell in cells):
            continue
        _report_unnamed_cells(cells, len(header), line, path, unnamed_reported, problems)
        entry = _row_entry(line, cells, columns, path, provided, default_category, problems)
        if entry is not None:
            entries.append(entry)
    language = detect_language([entry.alternatives[0][0] for entry in entries[:500]])
    return ImportSource(
        path=path,
        format=fmt,
        entries=tuple(entries),
        problems=tuple(problems),
        name=f"{path.stem} ({fmt.description})",
        language=language,
        encoding=encoding,
    )


def _require_header(rows: Sequence[tuple[int, list[str]]], path: Path) -> None:
    """Refuse a table whose first row names no column, as every field is found by its header."""
    if not rows or not any(cell.strip() for cell in rows[0][1]):
        raise ImportFileError.at(
            path,
            1,
            1,
            Message(
                "the first row must name the columns, e.g. {header} as Qianniu exports",
                header=",".join(QIANNIU_HEADER),
            ),
        )


def _require_reply_column(columns: Mapping[str, int], path: Path) -> None:
    """Refuse a table with no reply column: an entry without its reply is nothing to paste."""
    if "reply" not in columns:
        raise ImportFileError.at(
            path,
            1,
            1,
            Message(
                "no column holds the reply text: the first row should be {header} (Qianniu's export); "
                "for other columns say which one it is, e.g. --map reply=回复",
                header=",".join(QIANNIU_HEADER),
            ),
        )


def _report_unnamed_cells(
    cells: Sequence[str], named: int, line: int, path: Path, reported: set[int], problems: list[Problem]
) -> None:
    """Report text in a column the header does not name, once per column, so it is not lost silently."""
    for index in range(named, len(cells)):
        if cells[index].strip() and index not in reported:
            reported.add(index)
            problems.append(
                problem(
                    path,
                    line,
                    index + 1,
                    Message("this column has no name in the first row and is not imported"),
                )
            )


def _row_entry(
    line: int,
    cells: Sequence[str],
    columns: Mapping[str, int],
    path: Path,
    provided: frozenset[str],
    default_category: str,
    problems: list[Problem],
) -> ImportedEntry | None:
    """Turn one row into an entry, or None (reported) when its reply cell is empty."""
    values = {
        field: normalize_text(formula_unsafe(cells[index])) if index < len(cells) else ""
        for field, index in columns.items()
    }
    reply = values["reply"]
    if not reply:
        problems.append(
            problem(
                path,
                line,
                columns["reply"] + 1,
                Message("the reply cell is empty; the row is skipped"),
                skipped=True,
            )
        )
        return None
    code = checked_code(values.get("code", ""), Location(path, line, columns.get("code", 0) + 1), problems)
    question = values.get("question") or first_sentence(reply)
    return ImportedEntry(
        location=Location(path, line, columns["reply"] + 1),
        question=question,
        category=category_path(values.get("group", ""), values.get("category", "")) or default_category,
        alternatives=((escape_braces(reply),),),
        provided=provided | ({"question"} if values.get("question") else set()),
        code=code,
        also=_split_list(values.get("also", "")),
        context=values.get("context", ""),
        tips=values.get("tips", ""),
        tags=_split_list(values.get("tags", "")),
        id_key=f"code:{code}" if code else f"question:{question}",
    )


def qianniu_csv_bytes(rows: Iterable[Sequence[str]], encoding: str = "utf-8") -> bytes:
    """Qianniu's quick-phrase table as CSV: UTF-8 with a BOM, which Excel and Qianniu on Windows expect.

    ``encoding="gbk"`` writes what older Qianniu versions read; every cell
    must be GBK text then (``gbk_loss`` finds the ones that are not). A cell
    that a spreadsheet would run as a formula is written with a leading
    apostrophe (see ``formula_safe``); importing takes it off again.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(QIANNIU_HEADER)
    writer.writerows([formula_safe(cell) for cell in row] for row in rows)
    if encoding == "gbk":
        return buffer.getvalue().encode("gbk")
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def gbk_loss(text: str) -> str:
    """The characters of ``text`` that GBK cannot hold (emoji, most Korean, rare symbols), each once."""
    lost: dict[str, None] = {}
    for char in text:
        try:
            char.encode("gbk")
        except UnicodeEncodeError:
            lost.setdefault(char)
    return "".join(lost)


# What makes Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs: a leading apostrophe before a formula start.

    A reply or a typed search such as ``=HYPERLINK("http://…")`` would
    otherwise run when the team lead opens the file.
    """
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def formula_unsafe(text: str) -> str:
    """Undo ``formula_safe``: a cell read back from our own export is the reply as it was."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def xlsx_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """Qianniu's quick-phrase table as an Excel workbook; every cell is text, never a formula."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # noqa: S101 - a new workbook always has one sheet
    sheet.title = "快捷短语"
    for row_number, row in enumerate([QIANNIU_HEADER, *rows], 1):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(row=row_number, column=column, value=value)
            # A phrase starting with "=" is text to send, not a formula to run.
            cell.data_type = "s"
    for letter, width in (("A", 14), ("B", 60), ("C", 16)):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def table_safe(text: str) -> tuple[str, bool]:
    """Text an Excel cell accepts: control characters removed; whether any were."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cleaned = ILLEGAL_CHARACTERS_RE.sub("", text)
    return cleaned, cleaned != text
