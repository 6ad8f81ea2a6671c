"""The library in use, and everything that makes a new one: file changes, saves, team refreshes.

One owner, one signal: whatever changed (an editor saved, the team server has
a new copy, the settings name other folders), the playbooks are loaded once,
on a worker thread, and ``changed`` hands the new library to whoever shows it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.library import Library, Source
from desktop.core.settings import Applies, Settings
from desktop.ui.reloader import PlaybookReloader

log = logging.getLogger("quickreply")

TeamRefresh = Callable[[], tuple[list[str], bool]]  # notes for the log, whether a copy changed


class LibraryService(QObject):
    """Owns the library, its file watcher and the team refresh timer.

    Without ``sources`` (tests that hand in a fixed library) nothing is
    watched and nothing reloads.

    Signals:
        changed(Library): a new library is loaded; it is ``library`` from now on.
        team_noted(list[str]): what the last team refresh has to say (empty: all fetched or unchanged).
    """

    changed = Signal(object)
    team_noted = Signal(object)
    _team_refreshed = Signal(object, bool)

    def __init__(
        self,
        library: Library,
        sources: Callable[[], Sequence[Path | Source]] | None,
        cache_dir: Path | None,
        awaited: Sequence[Path] = (),
    ) -> None:
        super().__init__()
        self.library = library
        self.reloader: PlaybookReloader | None = None
        if sources is not None:
            self.reloader = PlaybookReloader(sources, cache_dir, library, awaited=awaited)
            self.reloader.reloaded.connect(self._use)
        self._team_refresh: TeamRefresh | None = None
        self.team_timer: QTimer | None = None
        self._team_refreshing = False
        self._team_refreshed.connect(self._on_team_refreshed)

    def reload_now(self) -> None:
        """Load the playbooks again (a reply was just saved), off the GUI thread, once.

        The reloader loads on its worker and swaps the new index in; the file
        watcher's report of the same save finds nothing new to load.
        """
        if self.reloader is not None:
            self.reloader.reload_now()

    def _use(self, library: Library) -> None:
        self.library = library
        self.changed.emit(library)

    def refresh_team_every(self, minutes: int, refresh: TeamRefresh) -> None:
        """Fetch team playbooks in the background every ``minutes``; reload when one changed."""
        self._team_refresh = refresh
        self.team_timer = QTimer(self)
        self.team_timer.setInterval(minutes * 60_000)
        self.team_timer.timeout.connect(self.refresh_team)
        self.team_timer.start()

    def refresh_team(self) -> None:
        """Fetch the team playbooks now on a worker thread (one fetch at a time)."""
        refresh = self._team_refresh
        if refresh is None or self._team_refreshing:
            return  # no team source, or the previous refresh is still fetching
        self._team_refreshing = True

        def work() -> None:
            try:
                notes, changed = refresh()
            except Exception as exc:  # noqa: BLE001 - a failed refresh keeps the copies in use
                notes, changed = [f"team playbooks could not be refreshed: {exc}"], False
            self._team_refreshed.emit(notes, changed)

        threading.Thread(target=work, name="team-refresh", daemon=True).start()

    def _on_team_refreshed(self, notes: list[str], changed: bool) -> None:
        self._team_refreshing = False
        for note in notes:
            log.warning("%s", note)
        self.team_noted.emit(list(notes))
        if changed:
            self.reload_now()

    def use_settings(self, settings: Settings, needs: set[Applies]) -> None:
        """After the settings changed: fetch team copies, reload playbooks, each only when needed."""
        if Applies.TEAM_TIMER in needs and self.team_timer is not None:
            self.team_timer.setInterval(settings.team_refresh_minutes * 60_000)
        if Applies.TEAM in needs and settings.team_sources:
            self.refresh_team()  # reloads when a copy changed
        if needs & {Applies.TEAM, Applies.PLAYBOOKS}:
            self.reload_now()

    def stop(self) -> None:
        """At quit: no more watching, and a load in flight finishes first."""
        if self.team_timer is not None:
            self.team_timer.stop()
        if self.reloader is not None:
            self.reloader.stop()
