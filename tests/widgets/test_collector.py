"""Cyclic garbage holding Qt objects must never be destroyed on a worker thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.ui.collector import GuiThreadCollector


class Cycle:
    """A Python object in a reference cycle with a Qt object, as a lambda slot makes one."""

    def __init__(self) -> None:
        self.qt = QObject()
        self.qt.destroyed.connect(lambda: None)
        self.me = self


def test_a_worker_that_allocates_never_collects_while_the_gui_thread_collects(
    qtbot: QtBot, collect_on_the_gui_thread: GuiThreadCollector
) -> None:
    collected_on: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    for _ in range(2000):
        Cycle()  # garbage, only a cyclic collection frees it
    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=lambda: [[[]] for _ in range(200_000)], name="playbook-reload")
        worker.start()
        worker.join()
        assert collected_on == []  # the worker crossed the thresholds many times: no collection there
        qtbot.waitUntil(lambda: collect_on_the_gui_thread.collections > 0, timeout=3000)
    finally:
        gc.callbacks.remove(note)
    assert set(collected_on) == {threading.main_thread().name}


def test_stopping_gives_collection_back_to_python(collect_on_the_gui_thread: GuiThreadCollector) -> None:
    assert not gc.isenabled()
    collect_on_the_gui_thread.stop()
    assert gc.isenabled()
