"""One running copy per user and config folder: a second launch asks the first to open a window.

Who runs is decided by a lock file in the config folder (``InstanceLock``),
taken before anything else, so two launches at the same instant cannot both
start. The channel is a local socket named after the config folder, so tests
and portable installs never meet a real user's copy; on Unix it lives in a
folder only this user can enter (``$XDG_RUNTIME_DIR``, else a private folder
in /tmp), so another user can neither take the name first nor listen in; on
Windows it is a named pipe open to this user only.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.core.paths import AppPaths

log = logging.getLogger("quickreply")
SHOW_MESSAGE = b"show\n"
WINDOWS = ("search", "settings", "today")


def instance_name(paths: AppPaths) -> str:
    """The channel's name: one per config folder; on Unix a socket path in a private folder."""
    digest = hashlib.sha1(str(paths.config).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    name = f"quickreply-{digest}"
    if sys.platform == "win32":
        return name
    try:
        return str(private_folder() / name)
    except OSError as exc:  # never a reason not to start: the config folder is the agent's own
        log.warning("%s; the single-instance socket goes in %s", exc, paths.config)
        return str(paths.config / f"{name}.sock")


def private_folder() -> Path:
    """A folder only this user can enter, for the socket (created 0700 when needed).

    ``$XDG_RUNTIME_DIR`` where the session has one; else ``quickreply-<uid>``
    in the temporary folder, refused when someone else made it first.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _is_private(Path(runtime)):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"quickreply-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise OSError(f"cannot make the private folder {folder}: {exc}") from exc
    if not _is_private(folder):
        raise OSError(
            f"{folder} belongs to another user or is open to others; remove it, or set XDG_RUNTIME_DIR"
        )
    return folder


def _is_private(folder: Path) -> bool:
    try:
        status = folder.lstat()
    except OSError:
        return False
    owned = status.st_uid == os.getuid()
    return stat.S_ISDIR(status.st_mode) and owned and not status.st_mode & 0o077


class InstanceLock:
    """The lock file that makes one launch the running copy (the others ask it to open a window).

    A lock left by a copy that crashed is taken over: Qt checks whether the
    process it names still runs. Age alone never makes it stale, since a
    widget runs for a whole shift.
    """

    def __init__(self, paths: AppPaths) -> None:
        paths.config.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(paths.config / "quickreply.lock"))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """True when this launch is the running copy now."""
        return bool(self._lock.tryLock(0))

    def release(self) -> None:
        """Let the next launch run (at quit)."""
        self._lock.unlock()


def ask_running_instance(name: str, window: str = "search", patience_s: float = 15.0) -> bool:
    """Ask the copy that holds the lock to open ``window``, waiting while it is still starting."""
    deadline = time.monotonic() + patience_s
    while True:
        if tell_running_instance(name, window):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)  # the other copy is loading its playbooks; nothing else runs here yet


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
