"""Script books team leads keep outside any tool: Markdown, plain-text Q/A lists, JSON phrase lists.

* **Markdown**: every heading with text under it is an entry; its title is the
  question, the headings above it the category (``售前/物流``). Lines like
  ``**适用场景**：…`` (or ``场景``, ``备注``, ``context``, ``提示``, ``tips``,
  ``编码``, ``code``) fill those fields; the other paragraphs are the reply,
  and a list under ``**话术**`` (or ``replies``) gives one alternative per item.
* **Q/A text**: ``问：`` / ``答：`` (also ``Q:`` / ``A:``, ``질문:`` / ``답변:``)
  pairs; an answer runs until the next question or a blank line, and several
  answers to one question are its alternatives. A line ``## 分组`` or
  ``【分组】`` on its own sets the category of what follows.
* **JSON**: a list of phrase objects whose keys are the column names the
  table importer knows (``question``/``问题``/``标题``, ``reply``/``回复``/
  ``快捷短语``, ``category``/``分组``, ``code``/``编码``…), or an object of
  groups each holding such a list (or plain strings, each one reply).

Text is literal: braces become ``{{``/``}}`` (fill-ins can be switched into
placeholders at the preview). Each entry's location is its line, and what
cannot be read is reported there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from desktop.core.errors import Location, Problem
from desktop.core.interchange.source import (
    Format,
    ImportedEntry,
    ImportFileError,
    ImportSource,
    category_path,
    checked_code,
    decode_utf8,
    detect_language,
    escape_braces,
    first_sentence,
    normalize_text,
    problem,
)
from desktop.core.interchange.table import aliases_of
from desktop.core.jsonfile import Damaged, outside_strings, parse_json
from desktop.core.messages import Message, message_of

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
# **适用场景**：text, 适用场景: text, - 备注：text
_FIELD_LINE = re.compile(r"^[-*]?\s*(?:\*\*|__)?([^*_:：]{1,12}?)(?:\*\*|__)?\s*[:：]\s*(.*)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)、])\s+(.*)$")
_FIELD_NAMES: Mapping[str, str] = {
    **{name: "context" for name in ("适用场景", "场景", "使用场景", "背景", "context", "상황")},
    **{name: "tips" for name in ("提示", "备注", "注意", "tips", "note", "팁")},
    **{name: "code" for name in ("编码", "快捷编码", "code", "코드")},
    **{name: "replies" for name in ("话术", "回复", "答复", "replies", "reply", "답변")},
}
_QUESTION = re.compile(r"^\s*(?:问|Q|q|질문|question)\s*\d*\s*[:：.、]\s*(.*)$")
_ANSWER = re.compile(r"^\s*(?:答|A|a|답변|답|answer)\s*\d*\s*[:：.、]\s*(.*)$")
_TEXT_GROUP = re.compile(r"^\s*(?:#{1,6}\s+(.+?)|【([^】]{1,30})】)\s*$")


def _entry(
    path: Path,
    line: int,
    question: str,
    category: str,
    alternatives: list[str],
    *,
    code: str = "",
    context: str = "",
    tips: str = "",
) -> ImportedEntry:
    replies = tuple((escape_braces(normalize_text(text)),) for text in alternatives if normalize_text(text))
    question = normalize_text(question) or first_sentence(normalize_text(alternatives[0]))
    provided = {"reply", "question", "category", *(["code"] if code else []), "context", "tips"}
    return ImportedEntry(
        location=Location(path, line, 1),
        question=question,
        category=category,
        alternatives=replies,
        provided=frozenset(provided),
        code=code,
        context=normalize_text(context),
        tips=normalize_text(tips),
        id_key=f"code:{code}" if code else f"question:{question}",
    )


def _source(path: Path, fmt: Format, entries: list[ImportedEntry], problems: list[Problem]) -> ImportSource:
    if not entries and not problems:
        raise ImportFileError.at(
            path, 1, 1, Message("no phrase found in the file ({format})", format=fmt.description)
        )
    return ImportSource(
        path=path,
        format=fmt,
        entries=tuple(entries),
        problems=tuple(problems),
        name=f"{path.stem} ({fmt.description})",
        language=detect_language([entry.alternatives[0][0] for entry in entries[:500]]),
        encoding="UTF-8",
    )


# --- Markdown ---------------------------------------------------------------------------------


class _Section:
    """The text under one heading, gathered line by line."""

    def __init__(self, line: int, title: str, category: str) -> None:
        self.line, self.title, self.category = line, title, category
        self.fields: dict[str, str] = {}
        self.paragraphs: list[str] = [""]
        self.listed: list[str] = []
        self.in_replies = False

    def take(self, text: str) -> None:
        field = _FIELD_LINE.match(text)
        kind = _FIELD_NAMES.get(field.group(1).strip().lower()) if field else None
        if field and kind == "replies":
            self.in_replies = True
            if field.group(2).strip():
                self.listed.append(field.group(2))
            return
        if field and kind:
            self.fields[kind] = field.group(2)
            self.in_replies = False
            return
        item = _LIST_ITEM.match(text)
        if self.in_replies and item:
            self.listed.append(item.group(1))
        elif not text.strip():
            self.paragraphs.append("")
        else:
            self.in_replies = False
            self.paragraphs[-1] = f"{self.paragraphs[-1]}\n{text}" if self.paragraphs[-1] else text

    def alternatives(self) -> list[str]:
        listed = [item for item in self.listed if item.strip()]  # "- " alone is no wording
        if listed:
            return listed
        body = "\n\n".join(paragraph for paragraph in self.paragraphs if paragraph.strip())
        return [body] if body else []


def read_markdown(raw: bytes, path: Path) -> ImportSource:
    """Read a Markdown script book (see the module docstring)."""
    text = decode_utf8(raw, path)
    problems: list[Problem] = []
    entries: list[ImportedEntry] = []
    trail: list[str] = []  # the titles of the headings above, by level
    section: _Section | None = None

    def close(current: _Section | None) -> None:
        if current is None:
            return
        alternatives = current.alternatives()
        if not alternatives:
            return  # a heading that only groups the ones below it
        code = checked_code(current.fields.get("code", ""), Location(path, current.line, 1), problems)
        entries.append(
            _entry(
                path,
                current.line,
                current.title,
                current.category or path.stem,
                alternatives,
                code=code,
                context=current.fields.get("context", ""),
                tips=current.fields.get("tips", ""),
            )
        )

    # One level-1 heading above all the others is the book's title, not a category.
    book_title = _book_title_level(text)
    in_fence = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().startswith("```"):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading and len(heading.group(1)) == book_title:
            close(section)
            section = None
        elif heading:
            close(section)
            level = len(heading.group(1))
            trail = [*trail[: level - 1], *[""] * max(0, level - 1 - len(trail))]
            category = category_path(*trail)
            trail.append(_plain(heading.group(2)))
            section = _Section(number, _plain(heading.group(2)), category)
        elif section is not None:
            section.take(line)
    close(section)
    return _source(path, Format.MARKDOWN, entries, problems)


def _book_title_level(text: str) -> int:
    """1 when the file has exactly one level-1 heading and it comes first, else 0 (no title)."""
    levels = [len(m.group(1)) for line in text.splitlines() if (m := _HEADING.match(line))]
    return 1 if levels and levels[0] == 1 and levels.count(1) == 1 else 0


def _plain(title: str) -> str:
    """A heading's text without emphasis marks."""
    return re.sub(r"(\*\*|__|`)", "", title).strip()


# --- Q/A text -----------------------------------------------------------------------------------


def looks_like_qa(text: str) -> bool:
    """Whether a .txt file is a Q/A list: a question line and an answer line among its first 40 lines."""
    head = text.splitlines()[:40]
    return any(_QUESTION.match(line) for line in head) and any(_ANSWER.match(line) for line in head)


def read_text_qa(raw: bytes, path: Path) -> ImportSource:
    """Read a plain-text Q/A list (see the module docstring)."""
    text = decode_utf8(raw.removeprefix(b"\xef\xbb\xbf"), path)
    problems: list[Problem] = []
    entries: list[ImportedEntry] = []
    category = path.stem
    question: tuple[int, str] | None = None
    answers: list[str] = []
    open_answer = False

    def close() -> None:
        if question is None:
            return
        if not any(answer.strip() for answer in answers):  # "答：" with nothing after it answers nothing
            problems.append(
                problem(
                    path, question[0], 1, Message("a question with no answer; it is skipped"), skipped=True
                )
            )
            return
        entries.append(_entry(path, question[0], question[1], category, answers))

    for number, line in enumerate(text.splitlines(), 1):
        asked, answered, group = _QUESTION.match(line), _ANSWER.match(line), _TEXT_GROUP.match(line)
        if asked:
            close()
            question, answers, open_answer = (number, asked.group(1)), [], False
        elif answered and question is not None:
            answers.append(answered.group(1))
            open_answer = True
        elif group and not open_answer:
            close()
            question, answers = None, []
            category = (group.group(1) or group.group(2)).strip()
        elif not line.strip():
            open_answer = False
        elif open_answer:
            answers[-1] = f"{answers[-1]}\n{line.strip()}"
        elif question is not None and not answers:
            question = (question[0], f"{question[1]} {line.strip()}")  # a question over two lines
        else:
            problems.append(
                problem(
                    path, number, 1, Message("this line is neither a question nor an answer; it is left out")
                )
            )
    close()
    return _source(path, Format.TEXT_QA, entries, problems)


# --- JSON ---------------------------------------------------------------------------------------


def read_json_phrases(raw: bytes, path: Path, mapping: Mapping[str, str] | None = None) -> ImportSource:
    """Read a JSON phrase list (see the module docstring); ``mapping`` is ``--map``: field → key."""
    text = decode_utf8(raw, path)
    try:
        data = parse_json(text, str(path))
    except Damaged as exc:
        said = message_of(exc)
        values = said.values if isinstance(said, Message) else {}
        why = values.get("why") or values.get("error") or said
        raise ImportFileError.at(
            path, int(values.get("line", 1)), int(values.get("column", 1)), why
        ) from None
    problems: list[Problem] = []
    entries: list[ImportedEntry] = []
    lines = _item_lines(text)
    for number, (group, item) in enumerate(_items(data)):
        line = lines[number] if number < len(lines) else 1
        entry = _json_entry(item, group or path.stem, path, line, mapping or {}, problems)
        if entry is not None:
            entries.append(entry)
    return _source(path, Format.JSON, entries, problems)


def _items(data: Any) -> Iterator[tuple[str, Any]]:
    """(group, phrase) pairs from a list of phrases or an object of groups."""
    if isinstance(data, list):
        for item in data:
            yield "", item
    elif isinstance(data, dict):
        for group, items in data.items():
            for item in items if isinstance(items, list) else [items]:
                yield str(group), item


def _item_lines(text: str) -> list[int]:
    """The line where each phrase starts, in the order ``_items`` gives them.

    A phrase is a value in the top-level list, or in (or directly under) a
    group of the top-level object: values are found where a container
    expects one (after ``[``, ``,`` or ``:``) at that depth.
    """
    lines: list[int] = []
    stack: list[str] = []  # the open containers, "[" or "{"
    expecting = True  # the next non-blank character starts a value
    line = 1
    for _offset, char in outside_strings(text):
        if char == "\n":
            line += 1
        if char.isspace():
            continue
        if expecting and _is_phrase_level(stack) and not (char == "[" and stack == ["{"]):
            lines.append(line)
        if char in "[{":
            stack.append(char)
            expecting = char == "["  # an object's first token is a key
        elif char in "]}":
            if stack:
                stack.pop()
            expecting = False
        elif char == ",":
            expecting = bool(stack) and stack[-1] == "["  # in an object a key follows, not a value
        else:
            expecting = char == ":"
    return lines


def _is_phrase_level(stack: list[str]) -> bool:
    return stack == ["["] or stack == ["{", "["] or stack == ["{"]


def _json_entry(
    item: Any, group: str, path: Path, line: int, mapping: Mapping[str, str], problems: list[Problem]
) -> ImportedEntry | None:
    if isinstance(item, str):
        return _entry(path, line, "", group, [item]) if item.strip() else None
    if not isinstance(item, dict):
        problems.append(
            problem(
                path, line, 1, Message("a phrase must be an object or a text; it is skipped"), skipped=True
            )
        )
        return None
    values = {field: _text_of(item, key) for field, key in mapping.items()}
    for field, aliases in aliases_of().items():
        if field not in values:
            values[field] = next((_text_of(item, key) for key in item if key.strip().lower() in aliases), "")
    reply = values.get("reply", "")
    if not reply.strip():
        problems.append(
            problem(path, line, 1, Message("the phrase has no reply; it is skipped"), skipped=True)
        )
        return None
    code = checked_code(values.get("code", ""), Location(path, line, 1), problems)
    category = category_path(values.get("group", ""), values.get("category", ""))
    return _entry(
        path,
        line,
        values.get("question", ""),
        category or group,
        [reply],
        code=code,
        context=values.get("context", ""),
        tips=values.get("tips", ""),
    )


def _text_of(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key, "")
    if isinstance(value, list):
        return "\n".join(str(part) for part in value)
    return "" if value is None else str(value)
