"""One running copy per user and config folder: a second launch asks the first to open a window.

The channel is a local socket (a named pipe on Windows) named after the config
folder, so tests and portable installs never meet a real user's copy.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.core.paths import AppPaths

log = logging.getLogger("quickreply")
SHOW_MESSAGE = b"show\n"
WINDOWS = ("search", "settings", "today")


def instance_name(paths: AppPaths) -> str:
    """One running copy per user and config folder: tests and portable installs stay apart."""
    digest = hashlib.sha1(str(paths.config).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return f"quickreply-{digest}"


def tell_running_instance(name: str, window: str = "search") -> bool:
    """Ask an already running QuickReply to open one of its windows; True when one answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(300):
        return False
    socket.write(SHOW_MESSAGE if window == "search" else f"open {window}\n".encode("ascii"))
    socket.waitForBytesWritten(300)
    socket.disconnectFromServer()
    return True


class SingleInstanceServer(QObject):
    """Listens for second launches; each asks for one of ``WINDOWS``.

    Signals:
        window_requested(str): "search", "settings" or "today".
    """

    window_requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        QLocalServer.removeServer(name)  # a crashed copy may have left its socket behind
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name):
            log.warning("single-instance channel unavailable: %s", self._server.errorString())
            return
        self._server.newConnection.connect(self._on_server_new_connection)

    def close(self) -> None:
        """Stop listening (at shutdown)."""
        self._server.close()

    def _on_server_new_connection(self) -> None:
        socket = self._server.nextPendingConnection()
        socket.readyRead.connect(lambda: self._read_command(socket))
        socket.disconnected.connect(socket.deleteLater)

    def _read_command(self, socket: QLocalSocket) -> None:
        command = bytes(socket.readAll().data()).strip().decode("ascii", "replace")
        if command == SHOW_MESSAGE.strip().decode("ascii"):
            self.window_requested.emit("search")
        elif command.removeprefix("open ") in WINDOWS[1:]:
            self.window_requested.emit(command.removeprefix("open "))
        socket.disconnectFromServer()
