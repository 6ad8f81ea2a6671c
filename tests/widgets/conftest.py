"""Widget tests run like the app: cyclic garbage is collected on the GUI thread only."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.collector import GuiThreadCollector


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    """The app's collector for each test; what a test left behind is collected here, on this thread."""
    collector = GuiThreadCollector()
    yield collector
    collector.stop()
    gc.collect()
    collector.deleteLater()


@pytest.fixture(scope="session", autouse=True)
def clipboard_emptied_before_exit(qapp: QApplication) -> Iterator[None]:
    """Offscreen Qt segfaults at exit while its clipboard holds a QMimeData made in Python.

    (xcb does not: ``QClipboard.setMimeData`` then exit is fine there.) Tests leave
    replies and snapshots on the clipboard; emptying it at the end keeps the run's
    exit code the tests' own.
    """
    yield
    qapp.clipboard().clear()
