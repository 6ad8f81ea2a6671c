"""Writing files so that a crash or power cut never leaves half a file, and two writers never lose one."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole.

    The data goes to a temporary file in the same folder (named ``.<name>.*.tmp``,
    so a loader reading the folder never takes a leftover for a playbook), is
    flushed and fsynced, keeps the old file's permissions, is renamed over the
    old file, and the rename itself is made durable by syncing the folder.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = None
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:  # mkstemp makes the file private; keep a shared file's mode
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder for it)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError as exc:
        # Some file systems (and network mounts) do not sync folders.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(descriptor)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with UTF-8 ``text`` in one step (see ``atomic_write_bytes``)."""
    atomic_write_bytes(path, text.encode("utf-8"))


LOCK_WAIT_S = 10.0


@contextlib.contextmanager
def exclusive(path: Path, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold ``path``'s lock (a hidden ``.<name>.lock`` beside it) while reading and writing it.

    Two saves of one playbook at the same instant (two windows, two agents on
    a shared folder, the editor and an import) would otherwise both read the
    old file and the second would silently drop the first one's entry. The
    lock is the operating system's (``flock``, ``msvcrt.locking``), so it is
    let go when the process dies; waiting longer than ``wait_s`` raises
    OSError saying the file is busy.
    """
    lock_path = path.with_name(f".{path.name}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as handle:
        deadline = time.monotonic() + wait_s
        while not _try_lock(handle.fileno()):
            if time.monotonic() >= deadline:
                raise OSError(errno.EBUSY, f"{path} is being saved by another program; try again")
            time.sleep(0.01)
        try:
            yield
        finally:
            _unlock(handle.fileno())


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, 0, os.SEEK_SET)  # the lock covers the file's first byte
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


STALE_AFTER_S = 3600.0


def remove_stale_temporaries(folders: Iterable[Path], older_than_s: float = STALE_AFTER_S) -> int:
    """Delete what interrupted atomic writes left (``.<name>.*.tmp`` over an hour old); how many.

    A write that is killed between creating its temporary file and renaming
    it leaves the temporary behind; the real file is whole either way.
    """
    cutoff = time.time() - older_than_s
    removed = 0
    for folder in folders:
        try:
            leftovers = list(folder.rglob(".*.tmp"))
        except OSError:
            continue
        for leftover in leftovers:
            with contextlib.suppress(OSError):
                if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    removed += 1
    return removed
