"""What every importer produces, the errors they raise, and the text helpers they share."""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

import yaml

from desktop.core.errors import Location, Problem, QuickReplyError, Severity
from desktop.core.messages import Message, quoted
from desktop.core.playbook import too_much_text, yaml_problem

try:  # The C loader is much faster and still gives marks.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

QUESTION_MAX_CHARS = 30
CODE_MAX_CHARS = 32
# libyaml's composer recurses in C: a few tens of thousands of nested brackets
# crash the process, so deeper files are refused before composing them.
MAX_YAML_DEPTH = 100
# Where a reply's first sentence ends: Chinese and ASCII end marks, the tilde
# Chinese shops end friendly sentences with, a line break, or ". " in Latin text.
_SENTENCE_END = re.compile(r"[。！？!?~～\n]|\.(?=\s)")
_TRAILING_PAUSES = "，,、；;：: "
# Windows refuses these as file names, whatever the extension.
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
)
_SLUG_JUNK = re.compile(r"[^a-z0-9_-]+")


class Format(str, Enum):
    """A file format ``quickreply import`` reads (``export`` writes the first three)."""

    QIANNIU_CSV = "qianniu-csv"
    XLSX = "xlsx"
    YAML = "yaml"
    ESPANSO = "espanso"
    CSV = "csv"
    MARKDOWN = "markdown"
    TEXT_QA = "qa-text"
    JSON = "json"

    @property
    def description(self) -> str:
        """How the preview names the format."""
        return {
            Format.QIANNIU_CSV: "Qianniu quick phrases CSV",
            Format.XLSX: "Excel workbook",
            Format.YAML: "QuickReply playbook",
            Format.ESPANSO: "espanso match file",
            Format.CSV: "CSV",
            Format.MARKDOWN: "Markdown script book",
            Format.TEXT_QA: "Q/A text",
            Format.JSON: "JSON phrase list",
        }[self]


EXPORT_FORMATS = (Format.QIANNIU_CSV, Format.XLSX, Format.YAML)


class InterchangeError(QuickReplyError):
    """Base of the errors import and export raise on purpose."""


class ImportFileError(InterchangeError):
    """The source file could not be read at all; nothing was imported.

    Carries every problem found, each with its ``file:line:column``.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def at(cls, path: Path, line: int, column: int, message: str) -> ImportFileError:
        """One problem at one place."""
        return cls([Problem(Location(path, line, column), message)])


class ColumnMapError(InterchangeError):
    """A ``--map`` value could not be understood (a usage mistake, not a file problem)."""


class ImportTargetError(InterchangeError):
    """The playbook the import writes into cannot be used or written."""


class ExportError(InterchangeError):
    """Nothing could be exported (for example no entry in the asked language)."""


# Fields of an entry a source format can carry; ``reply`` stands for the alternatives.
FIELDS = ("question", "category", "reply", "code", "also", "context", "tips", "tags", "allow", "language")


@dataclass(frozen=True)
class ImportedEntry:
    """One entry read from a source file, before it gets its id.

    Texts are already in playbook form: a literal brace from a format without
    placeholders is written ``{{``/``}}``. ``provided`` names the fields the
    source format carries: re-importing updates those and keeps the others
    (tags an agent added by hand, say) as they are in the playbook.
    """

    location: Location
    question: str
    category: str
    alternatives: tuple[tuple[str, ...], ...]
    provided: frozenset[str]
    code: str = ""
    also: tuple[str, ...] = ()
    context: str = ""
    tips: str = ""
    tags: tuple[str, ...] = ()
    allow: tuple[tuple[str, str], ...] = ()
    language: str = ""
    id: str = ""
    # Where the id comes from when the source has none: the code, else the question.
    id_key: str = ""


@dataclass(frozen=True)
class ImportSource:
    """A source file as read: its entries, and every problem with its location."""

    path: Path
    format: Format
    entries: tuple[ImportedEntry, ...]
    problems: tuple[Problem, ...]
    name: str
    language: str
    variables: Mapping[str, str] = field(default_factory=dict)
    encoding: str = ""


def problem(path: Path, line: int, column: int, message: str, *, skipped: bool = False) -> Problem:
    """A problem in a source file: an error when something was skipped, else a warning."""
    return Problem(Location(path, line, column), message, Severity.ERROR if skipped else Severity.WARNING)


# Fill-ins as shops write them in exported phrases, seen in a reply already escaped for a playbook:
# {{name}} (escaped {{{{name}}}}), {name} (escaped {{name}}), [订单号] and 【店铺名称】.
_FILL_IN = re.compile(
    r"\{\{\{\{\s*([^\W\d]\w{0,31})\s*\}\}\}\}|\{\{([^\W\d]\w{0,31})\}\}|\[([^\W\d]\w{0,15})\]|【([^\W\d]\w{0,15})】"
)


def _unescaped(written: str) -> str:
    return written.replace("{{", "{").replace("}}", "}")


def fill_ins_found(source: ImportSource) -> dict[str, int]:
    """Each fill-in as the file writes it (``[订单号]``, ``{customer_name}``) and how many replies use it."""
    counts: dict[str, int] = {}
    for entry in source.entries:
        seen = {
            _unescaped(match.group(0))
            for alt in entry.alternatives
            for part in alt
            for match in _FILL_IN.finditer(part)
        }
        for written in seen:
            counts[written] = counts.get(written, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


# Fill-ins whose value is the same in every chat: set once at import (the playbook's
# variables), not typed by the agent at every paste.
SHOP_WIDE_FILL_INS = frozenset(
    {
        "店铺名称", "店铺名", "店名", "店铺", "客服名", "客服名字", "客服昵称", "客服", "工号", "旺旺名",
        "shop", "shop_name", "store", "store_name", "agent", "agent_name", "가게", "상점명", "상담원",
    }
)  # fmt: skip


def fill_in_name(written: str) -> str:
    """The placeholder name of a fill-in as written: ``[订单号]`` → ``订单号``."""
    return written.strip("[]【】{} ")


def with_fill_ins(source: ImportSource, values: Mapping[str, str] | None = None) -> ImportSource:
    """``source`` with every fill-in a placeholder the agent fills in when pasting: [订单号] → {订单号}.

    ``values`` (name → text, e.g. 店铺名称 → 小王的店) become the playbook's
    variables: those fill-ins are filled from them and never asked for.
    """

    def placeholder(match: re.Match[str]) -> str:
        return "{" + next(group for group in match.groups() if group) + "}"

    entries = tuple(
        replace(
            entry,
            alternatives=tuple(
                tuple(_FILL_IN.sub(placeholder, part) for part in alt) for alt in entry.alternatives
            ),
        )
        for entry in source.entries
    )
    given = {name: value.strip() for name, value in (values or {}).items() if value.strip()}
    return replace(source, entries=entries, variables={**source.variables, **given})


def checked_code(code: str, at: Location, problems: list[Problem]) -> str:
    """A source's code if it can be typed as one, else "" and a problem at ``at`` (the entry stays)."""
    code = code.strip()
    if code and not is_valid_code(code):
        problems.append(
            Problem(
                at,
                Message(
                    "code '{code}' must be one word of at most 32 characters; imported without a code",
                    code=quoted(code),
                ),
                Severity.WARNING,
            )
        )
        return ""
    return code


def category_path(*levels: str) -> str:
    """Group levels as one category, the empty ones left out: ("淘宝", "售前") → 淘宝/售前."""
    return "/".join(level for level in levels if level)


def escape_braces(text: str) -> str:
    """Literal text as a playbook reply: ``{`` and ``}`` become ``{{`` and ``}}``."""
    return text.replace("{", "{{").replace("}", "}}")


def normalize_text(text: str) -> str:
    """Text as a playbook keeps it: every kind of line end unified, blank space around trimmed.

    YAML reads NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line breaks too, so
    they become plain line breaks here rather than silently turning into spaces.
    """
    for line_end in ("\r\n", "\r", "\x85", "\u2028", "\u2029"):
        text = text.replace(line_end, "\n")
    return text.strip()


def first_sentence(text: str) -> str:
    """A question made from a reply: its first sentence, at most ~30 characters.

    Qianniu phrases and espanso snippets have no question, but search needs
    one and the list shows it; the reply's opening says what it is about.
    """
    for part in _SENTENCE_END.split(text):
        sentence = part.strip()
        if sentence:
            break
    else:
        sentence = text.strip()
    sentence = sentence.rstrip(_TRAILING_PAUSES) or sentence
    if len(sentence) > QUESTION_MAX_CHARS:
        sentence = sentence[:QUESTION_MAX_CHARS].rstrip() + "…"
    return sentence


def is_valid_code(code: str) -> bool:
    """Whether ``code`` can be an entry's shortcut code: one word of at most 32 characters."""
    return 0 < len(code) <= CODE_MAX_CHARS and not any(ch.isspace() for ch in code)


def detect_language(texts: list[str]) -> str:
    """The language tag most of the texts are written in (zh-CN, ko-KR or en)."""
    han = hangul = latin = 0
    for text in texts:
        for ch in text:
            code = ord(ch)
            if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
                han += 1
            elif 0xAC00 <= code <= 0xD7A3 or 0x3131 <= code <= 0x318E:
                hangul += 1
            elif ch.isascii() and ch.isalpha():
                latin += 1
    # A Chinese or Korean character carries about as much as a short English word.
    best = max((han * 4, "zh-CN"), (hangul * 3, "ko-KR"), (latin, "en"))
    return best[1] if best[0] else "zh-CN"


def slugify(name: str) -> str:
    """A file and id name from any text: ``快捷短语`` → ``kuai-jie-duan-yu``.

    Chinese is spelled in pinyin; anything else that is not a lowercase ASCII
    letter, digit, ``_`` or ``-`` becomes a dash; a name left empty (Korean,
    say) becomes ``imported-`` and a short hash of the name.
    """
    text = name.lower()
    if not text.isascii():
        from pypinyin import lazy_pinyin  # loads its dictionary: only when needed

        syllables: list[str] = lazy_pinyin(text)
        text = "-".join(syllables)
    slug = _SLUG_JUNK.sub("-", text).strip("-_")[:40].strip("-_")
    if slug in _WINDOWS_DEVICES:
        return f"{slug}-phrases"
    if slug:
        return slug
    return "imported-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:6]


def position(raw: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a byte offset."""
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def decode_utf8(raw: bytes, path: Path) -> str:
    """UTF-8 text with or without a byte order mark, or an ImportFileError saying where it is not."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = position(raw, exc.start)
        raise ImportFileError.at(
            path, line, column, Message("the file is not UTF-8 text (save it as UTF-8 in your editor)")
        ) from None


def decode_table_text(raw: bytes, path: Path) -> tuple[str, str]:
    """Text of a CSV file and the encoding it was read in.

    Qianniu and Excel on Windows write UTF-8 with a BOM, older versions GBK;
    UTF-8 is tried first (it rarely decodes text meant otherwise), then
    GB18030, which contains GBK. Excel's "Unicode text" is UTF-16 with a BOM.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            line, column = position(raw, exc.start)
            raise ImportFileError.at(
                path, line, column, Message("the file starts like UTF-16 text but is damaged here")
            ) from None
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    try:
        return raw.decode("gb18030"), "GB18030"
    except UnicodeDecodeError:
        line, column = position(raw, utf8_error)
        raise ImportFileError.at(
            path,
            line,
            column,
            Message(
                "the file is neither UTF-8 nor GBK/GB18030 text; in Excel use "
                "'Save as' → 'CSV UTF-8 (comma delimited)' and import that file"
            ),
        ) from None


def compose_yaml(text: str, path: Path) -> yaml.Node | None:
    """The node tree of a YAML text (None when empty), or an ImportFileError saying where it breaks."""
    _check_events(text, path, keep_documents=False)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, text, path) from None
    return _bounded(root, path)


def compose_yaml_documents(text: str, path: Path) -> tuple[list[yaml.Node], list[Problem]]:
    """Every document of a YAML text (``---`` between them), and a problem for a broken tail.

    The documents before one that does not parse are kept: a file whose
    second document is broken still imports its first, and says from where
    the rest was not read. A break in the first document is an ImportFileError.
    """
    kept = text
    problems: list[Problem] = []
    try:
        _check_events(text, path, keep_documents=True)
    except _BrokenAfter as broken:
        kept = text[: broken.good_until]
        problems.append(broken.problem)
    try:
        documents = [_bounded(node, path) for node in yaml.compose_all(kept, Loader=_Loader)]
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, text, path) from None
    return [node for node in documents if node is not None], problems


class _BrokenAfter(Exception):  # noqa: N818 - a signal between two functions here, never raised out
    """The YAML breaks after ``good_until`` characters of complete documents."""

    def __init__(self, good_until: int, problem: Problem) -> None:
        super().__init__(problem.message)
        self.good_until = good_until
        self.problem = problem


def _check_events(text: str, path: Path, *, keep_documents: bool) -> None:
    """Walk the YAML events: too deep is an ImportFileError, a break after whole documents _BrokenAfter."""
    good_until = 0
    try:
        depth = 0
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.DocumentEndEvent) and event.end_mark is not None:
                good_until = event.end_mark.index
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                    raise ImportFileError.at(
                        path,
                        line,
                        column,
                        Message(
                            "lists and mappings are nested more than {levels} levels deep here; "
                            "this is not a playbook or match file",
                            levels=MAX_YAML_DEPTH,
                        ),
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        error = _syntax_error(exc, text, path)
        if not good_until or not keep_documents:
            raise error from None
        where = error.problems[0]
        raise _BrokenAfter(
            good_until,
            Problem(
                where.location,
                Message(
                    "{problem}; the documents before this one are imported, the rest is not",
                    problem=where.message,
                ),
                Severity.ERROR,
            ),
        ) from None


def _syntax_error(exc: yaml.YAMLError, text: str, path: Path) -> ImportFileError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = exc.problem or exc.context or "the YAML is malformed"
        return ImportFileError.at(
            path,
            line,
            column,
            Message("YAML syntax: {detail} (check indentation, colons and quotes)", detail=detail),
        )
    return ImportFileError([yaml_problem(exc, text, path)])


def _bounded(root: yaml.Node | None, path: Path) -> yaml.Node | None:
    amplified = too_much_text(root, path)
    if amplified is not None:  # aliases that stand for more text than any match file has
        location = amplified.location
        raise ImportFileError.at(path, location.line, location.column, amplified.message)
    return root


def where(path: Path, node: yaml.Node) -> tuple[Path, int, int]:
    """The ``file, line, column`` of a YAML node, 1-based."""
    mark = node.start_mark
    return path, mark.line + 1, mark.column + 1
