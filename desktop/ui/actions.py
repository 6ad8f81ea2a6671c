"""What the agent can ask the app for, declared once: the tray menu and the window's keys come from here.

Each action has an id (the app maps ids to what they do), a label for the
tray menu, and where it has one, the search window's key and its hint. Adding
an action is one row here plus its handler in ``desktop/app.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt


class Modifier(Enum):
    """The modifier a key binding needs (the search box tells Alt+1 from 1)."""

    NONE = "none"
    CONTROL = "ctrl"
    ALT = "alt"


@dataclass(frozen=True)
class Action:
    """One thing the agent can ask for.

    ``label`` and ``hint`` are English source texts, translated when shown
    (``label`` in the "Tray" context, ``hint`` in the "SearchWindow" one).
    ``key`` is its key in the search window, None where it has none;
    ``separator_before`` starts a new group in the tray menu.
    """

    id: str
    label: str
    key: Qt.Key | None = None
    modifier: Modifier = Modifier.NONE
    hint: str | None = None
    in_tray: bool = True
    checkable: bool = False
    separator_before: bool = False

    def text(self) -> str:
        """The tray menu text in the interface language."""
        return QCoreApplication.translate("Tray", self.label)


ACTIONS = (
    Action("search", str(QT_TRANSLATE_NOOP("Tray", "Show search"))),
    Action("new_entry", str(QT_TRANSLATE_NOOP("Tray", "New entry")), Qt.Key.Key_N, Modifier.CONTROL),
    Action(
        "today",
        str(QT_TRANSLATE_NOOP("Tray", "Today")),
        Qt.Key.Key_F3,
        hint=str(QT_TRANSLATE_NOOP("SearchWindow", "F3 today")),
    ),
    Action("pause", str(QT_TRANSLATE_NOOP("Tray", "Pause reminders")), checkable=True),
    Action("open_playbooks", str(QT_TRANSLATE_NOOP("Tray", "Open playbooks folder")), separator_before=True),
    Action("import", str(QT_TRANSLATE_NOOP("Tray", "Import replies…"))),
    Action("shop", str(QT_TRANSLATE_NOOP("Tray", "Your shop…")), Qt.Key.Key_F4),
    Action("settings", str(QT_TRANSLATE_NOOP("Tray", "Settings"))),
    Action(
        "rules",
        str(QT_TRANSLATE_NOOP("Tray", "Service rules")),
        Qt.Key.Key_F1,
        hint=str(QT_TRANSLATE_NOOP("SearchWindow", "F1 rules")),
    ),
    Action("about", str(QT_TRANSLATE_NOOP("Tray", "About"))),
    Action("quit", str(QT_TRANSLATE_NOOP("Tray", "Quit")), separator_before=True),
)
