"""One error family for everything core raises, written for shop owners."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from desktop.core.messages import Message


class QuickReplyError(Exception):
    """Base of every error core raises on purpose."""


class Severity(str, Enum):
    """How bad a playbook problem is: errors skip data, warnings only inform."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Location:
    """A place in a file, 1-based like every editor shows it."""

    path: Path
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a playbook, with where it is and what to do."""

    location: Location
    message: str
    severity: Severity = Severity.ERROR
    rule: str = ""

    def __str__(self) -> str:
        return self.describe()

    def describe(self) -> Message:
        """``file:line:column: [warning: ]message [rule]``, translatable as a whole."""
        rule = f" [{self.rule}]" if self.rule else ""
        if self.severity is Severity.ERROR:
            return Message(
                "{where}: {message}{rule}", where=str(self.location), message=self.message, rule=rule
            )
        return Message(
            "{where}: warning: {message}{rule}", where=str(self.location), message=self.message, rule=rule
        )

    @property
    def is_error(self) -> bool:
        """Whether the problem made the loader skip something."""
        return self.severity is Severity.ERROR


class PlaybookError(QuickReplyError):
    """A playbook could not be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
