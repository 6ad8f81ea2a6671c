"""The Qt calls of a keystroke and a countdown tick must not drop references to None.

PySide6 6.12.0 dropped one reference to None on every Python call of a Qt
method that returns nothing; on Python 3.11 None's count reached zero within
minutes of typing and the process aborted ("Fatal Python error: none_dealloc").
Here the calls the app makes run thousands of times and None's reference
count must not fall. From Python 3.12 on None is immortal: its count never
moves, so such a leak cannot crash there and cannot be seen either; .ci/run
runs this file on Python 3.11 too, where it can.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractListModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.countdown import CountdownBoard, Kind, Targets
from desktop.core.playbook import load_playbooks
from desktop.core.search import SearchIndex
from desktop.ui.countdowns import CountdownController, ReminderSounds
from desktop.ui.search_window import SearchWindow
from tests.conftest import DATA, ManualClock

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        sys.version_info >= (3, 12),
        reason="None is immortal from Python 3.12 on: a leak can be neither seen nor fatal",
    ),
]

CALLS = 10_000
# A few references to None come and go with caches and frames; a leak loses one per call.
NOISE = 200


class _Emitter(QObject):
    fired = Signal(int)


class _Rows(QAbstractListModel):
    def rowCount(self, parent: object = None) -> int:  # noqa: N802 - Qt API
        return 0

    def data(self, index: object, role: int = 0) -> None:
        return None


# References to None handed back after a leak was seen, so the rest of the run lives on.
_repaid: list[None] = []


def _keeps_none(step: Callable[[int], None], times: int) -> None:
    """Run ``step`` ``times`` times; fail as soon as None's reference count falls, before it crashes."""
    before = sys.getrefcount(None)
    for number in range(times):
        step(number)
        lost = before - sys.getrefcount(None)
        if lost > NOISE:
            _repaid.extend([None] * lost)
            pytest.fail(f"{lost} references to None lost in {number + 1} steps: this PySide6 leaks them")


def test_void_qt_calls_keep_their_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    timer = QTimer()
    rows = _Rows()

    def keystroke_calls(step: int) -> None:
        label.setText(f"{step}")
        emitter.fired.emit(step)
        timer.setInterval(1000 + step % 7)
        rows.beginResetModel()
        rows.endResetModel()

    _keeps_none(keystroke_calls, CALLS)


def test_keystrokes_and_countdown_ticks_keep_their_references_to_none(qtbot: QtBot) -> None:
    window = SearchWindow(SearchIndex(load_playbooks([DATA / "widget"]).entries))
    qtbot.addWidget(window)
    window.summon()
    clock = ManualClock(100.0)
    sounds = ReminderSounds(warning=False, overdue=False)
    countdowns = CountdownController(CountdownBoard(Targets(), clock), sounds)
    qtbot.addWidget(countdowns.strip)
    countdowns.start(Kind.REPLY, "王女士")
    typed = "fahuo tuihuo hy bs 발송 "

    def type_and_tick(step: int) -> None:
        window.search_box.setText(typed[: step % len(typed) + 1])
        clock.now += 0.5
        countdowns.tick()

    _keeps_none(type_and_tick, 2_000)
