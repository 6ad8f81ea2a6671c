"""Python's cyclic garbage collector, run on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate
when a threshold is crossed. When that is a worker (the playbook reloader
parsing YAML, the team refresh) and the cycle holds a Qt object made on the
GUI thread (a closed dialog and the lambda connected to its signal), the
object is destroyed on the worker and Qt aborts the process: the widget
crashes in the middle of a shift. Seen here as a rare abort in the widget
suite, with the reloader thread "Garbage-collecting".

So automatic collection is switched off and a timer on the GUI thread
collects instead, by the same thresholds Python would use. Objects without
cycles are still freed at once by reference counting, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class GuiThreadCollector(QObject):
    """While it runs, every cyclic collection happens on the GUI thread (create it there)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.collections = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generation Python would collect now, if any."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if first <= 0 or young <= first:
            return
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        """Give collection back to Python (at quit, or when a test is done)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
