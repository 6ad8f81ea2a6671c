"""Reading the small JSON files QuickReply keeps, whatever is in them.

A file on the agent's disk can hold anything: half a write from a crash, a
hand edit, 100,000 nested brackets, a 5,000-digit number. ``json.loads``
answers those with a RecursionError or a ValueError that names no place,
and an uncaught one stops the widget at start. Here every way a file can be
wrong ends in a :class:`Damaged` with ``path:line:column``, and
:func:`keep_aside` moves the file out of the way without ever overwriting an
earlier one, so what the agent had is never lost.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import QuickReplyError
from desktop.core.messages import Message

# Deeper than any file we write by far; a JSON parser recursing further can exhaust the C stack.
MAX_DEPTH = 64


class Damaged(QuickReplyError):  # noqa: N818 - reads as the state of the file
    """The file exists but is not usable JSON; the message says where and why."""


def read_json(path: Path) -> Any:
    """The decoded content of ``path``; raises FileNotFoundError when absent, Damaged when unusable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise Damaged(Message("{path}: cannot be read ({error})", path=str(path), error=str(exc))) from exc
    return parse_json(text, str(path))


def parse_json(text: str, where: str) -> Any:
    """``text`` decoded; raises Damaged with ``where:line:column`` for anything json cannot take."""
    place = _first_problem(text)
    if place is not None:
        line, column, why = place
        raise Damaged(
            Message("{where}:{line}:{column}: {why}", where=where, line=line, column=column, why=why)
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise Damaged(
            Message(
                "{where}:{line}:{column}: {error}",
                where=where,
                line=exc.lineno,
                column=exc.colno,
                error=exc.msg,
            )
        ) from exc
    except (ValueError, RecursionError) as exc:  # whatever the checks above did not foresee
        raise Damaged(
            Message("{where}: not readable as JSON ({error})", where=where, error=str(exc))
        ) from exc


def keep_aside(path: Path, clock: Callable[[], float] = time.time) -> Path:
    """Rename a damaged ``path`` to ``<name>.damaged-<time>`` (never over an earlier one); the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(clock()))
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 2
    while kept.exists():
        kept = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
        number += 1
    path.replace(kept)
    return kept


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def outside_strings(text: str) -> Iterator[tuple[int, str]]:
    """Each character of JSON ``text`` that is not inside a string, with its offset.

    A string shows as its opening quote alone: where a value or key starts.
    """
    in_string = escaped = False
    for offset, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        yield offset, char


def _first_problem(text: str) -> tuple[int, int, Message] | None:
    """Where brackets nest deeper than MAX_DEPTH, or a number is longer than Python reads, outside strings."""
    max_digits = sys.get_int_max_str_digits()  # 4,300 unless switched off (0)
    depth = digits = 0
    for offset, char in outside_strings(text):
        digits = digits + 1 if char.isdigit() else 0
        if max_digits and digits > max_digits:
            line, column = _line_and_column(text, offset - digits + 1)
            return line, column, Message("a number with more digits than any setting can have")
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, column = _line_and_column(text, offset)
                return line, column, Message("nested deeper than {depth} levels", depth=MAX_DEPTH)
        elif char in "]}":
            depth -= 1
    return None
