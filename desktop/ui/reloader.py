"""Live reload: playbooks saved by any editor are searched within a second.

Folders and files are watched with QFileSystemWatcher; bursts of changes (an
editor writing a temporary file and renaming it, a sync client touching every
file) are collapsed by a short debounce. The library is loaded on a worker
thread and swapped in whole on the GUI thread, so search keeps answering from
the old index meanwhile and never sees half of a new one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.core.library import Library, Source, reload_library
from desktop.core.playbook import iter_playbook_files

log = logging.getLogger("quickreply")
DEBOUNCE_MS = 250


class PlaybookReloader(QObject):
    """Watches the playbook sources and emits a freshly loaded library after each change.

    Signals:
        reloaded(object): the new Library, on the GUI thread.
    """

    reloaded = Signal(object)
    _loaded = Signal(object, int)

    def __init__(
        self,
        sources: Callable[[], Sequence[Path | Source]],
        cache_dir: Path | None,
        current: Library,
        debounce_ms: int = DEBOUNCE_MS,
        awaited: Sequence[Path] = (),
    ) -> None:
        super().__init__()
        self._sources = sources
        self._awaited = tuple(awaited)
        self._cache_dir = cache_dir
        self.library = current
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.reload_now)
        self._generation = 0
        self._running = False
        # What the library in use was loaded from (it was loaded from these sources just before);
        # None: not known, load at the next change. Taken now, a write beside the sources that
        # changes none of them (the usage counts next to the personal folder) loads nothing.
        self._loaded_fingerprint: frozenset[tuple[str, int, int, int]] | None = _known_fingerprint(sources)
        self._loading_fingerprint: frozenset[tuple[str, int, int, int]] | None = None
        self.loads = 0  # how many loads ran (for tests and the log)
        self._worker: threading.Thread | None = None
        self._again = False
        self._loaded.connect(self._swap_in)
        self.watch()

    def watch(self) -> None:
        """(Re)list every folder and playbook file to watch; new files in a folder join in."""
        paths: set[str] = set()
        for given in self._sources():
            source = given.path if isinstance(given, Source) else given
            if source.is_dir():
                for folder in [source, *(p for p in source.rglob("*") if p.is_dir())]:
                    paths.add(str(folder))
                paths.update(str(p) for p in iter_playbook_files([source]))
            elif source.exists():
                paths.add(str(source))
                paths.add(str(source.parent))  # editors replace files: watch where they live
            facts = given.facts if isinstance(given, Source) else None
            if facts is not None and facts.parent.is_dir():
                paths.add(str(facts.parent))  # written atomically (replaced): its folder shows it
                if facts.exists():
                    paths.add(str(facts))
        for folder in self._awaited:
            # A folder that does not exist yet (the personal one on a fresh set-up): watch the
            # nearest one that does, so its creation is seen and the sources are listed anew.
            ancestor = next((p for p in (folder, *folder.parents) if p.is_dir()), None)
            if ancestor is not None and ancestor != folder:
                paths.add(str(ancestor))
        stale = set(self._watcher.files() + self._watcher.directories()) - paths
        if stale:
            self._watcher.removePaths(list(stale))
        fresh = paths - set(self._watcher.files() + self._watcher.directories())
        if fresh:
            self._watcher.addPaths(sorted(fresh))

    def _watch_quietly(self) -> None:
        try:
            self.watch()
        except OSError as exc:
            log.warning("cannot watch the playbook folders: %s", exc)

    def _changed(self, _path: str) -> None:
        self._debounce.start()

    def reload_now(self) -> None:
        """Load the sources again on a worker thread (one load at a time, the last change wins).

        Nothing is loaded when no playbook file changed since the last load:
        a save from the widget asks for a reload and the file watcher then
        reports the same save again, which must not load the library twice.
        """
        if self._running:
            self._again = True
            return
        try:
            sources = self._sources()
            fingerprint = _fingerprint(sources)
        except OSError as exc:  # a share gone away: keep the playbooks in use, try at the next change
            log.warning("cannot list the playbook sources: %s", exc)
            return
        if fingerprint == self._loaded_fingerprint:
            self._watch_quietly()  # a new empty folder changes no file, yet must be watched
            return
        self._loading_fingerprint = fingerprint
        self.loads += 1
        self._running = True
        self._generation += 1
        generation = self._generation
        previous = self.library

        def work() -> None:
            try:
                library = reload_library(sources, self._cache_dir, previous)
            except Exception:  # a reload must never take the widget down (logged with its traceback)
                log.exception("reloading the playbooks failed; keeping the current ones")
                library = None
            self._loaded.emit(library, generation)

        self._worker = threading.Thread(target=work, name="playbook-reload", daemon=True)
        self._worker.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """At shutdown: watch nothing more and wait for a load in flight, so none lands on a dead object."""
        self._debounce.stop()
        self._again = False
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if self._worker is not None and self._worker.is_alive():
            self._worker.join(timeout_s)

    def _swap_in(self, library: Library | None, generation: int) -> None:
        self._running = False
        self._worker = None  # its work is done; holding it would only keep a reference cycle
        if library is not None and generation == self._generation:
            self.library = library
            self._loaded_fingerprint = self._loading_fingerprint  # a failed load is tried again
            self.reloaded.emit(library)
        self._watch_quietly()  # files replaced by an editor must be watched again
        if self._again:
            self._again = False
            self.reload_now()


def _fingerprint(sources: Sequence[Path | Source]) -> frozenset[tuple[str, int, int, int]]:
    """Every playbook and facts file the load reads, with its size, change time and inode: cheap to take."""
    marks: set[tuple[str, int, int, int]] = set()
    for given in sources:
        source = given.path if isinstance(given, Source) else given
        facts = [given.facts] if isinstance(given, Source) and given.facts is not None else []
        for path in [*iter_playbook_files([source]), *facts]:
            try:
                status = path.stat()
            except FileNotFoundError:
                continue  # gone: its absence is part of the fingerprint
            marks.add((str(path), status.st_size, status.st_mtime_ns, status.st_ino))
    return frozenset(marks)


def _known_fingerprint(
    sources: Callable[[], Sequence[Path | Source]],
) -> frozenset[tuple[str, int, int, int]] | None:
    try:
        return _fingerprint(sources())
    except OSError:  # a share gone away: not known, the next change loads
        return None
