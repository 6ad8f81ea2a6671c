"""Quit through the event loop on Ctrl+C and SIGTERM, so the clean shutdown runs."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from typing import Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier

log = logging.getLogger("quickreply")


class QuitOnSignals:
    """Ctrl+C in a terminal and the session's SIGTERM quit the event loop, so shutdown runs.

    Python runs a signal handler only when it gets control, and the Qt event
    loop may sleep for minutes: the signal also writes a byte to a socket
    that Qt watches, which wakes the loop and lets the handler run.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous: dict[int, Any] = {}
        self._previous_fd = -1
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, app)
        self.notifier.activated.connect(self._drain)

    def __enter__(self) -> QuitOnSignals:
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        for number in self.SIGNALS:
            self._previous[number] = signal.signal(number, self._quit)
        return self

    def __exit__(self, *_exc: object) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self.notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _quit(self, number: int, _frame: object) -> None:
        log.info("quitting on %s", signal.Signals(number).name)
        self._app.quit()

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)
