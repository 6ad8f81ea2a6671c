"""Where the library comes from: bundled, team, personal and extra playbooks, lowest layer first.

The widget and ``quickreply search`` assemble the library the same way, so
both live here rather than in either front end.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from desktop.core.library import Layer, Library, Source, load_library
from desktop.core.messages import Message
from desktop.core.paths import AppPaths, bundled_path
from desktop.core.playbook import iter_playbook_files
from desktop.core.settings import Settings
from desktop.core.team import PARALLEL_FETCHES, TeamCache


@dataclass(frozen=True)
class Extras:
    """What the command line adds to the settings: more playbooks, or none of the bundled ones."""

    playbooks: tuple[Path, ...] = ()
    use_bundled: bool = True


def playbook_sources(paths: AppPaths, settings: Settings, extras: Extras = Extras()) -> list[Source]:
    """Bundled, team, personal and extra playbooks, lowest layer first.

    Team addresses come from their local copies (``refresh_team`` fetches
    them); a pinned list of team playbooks leaves the others out.
    """
    sources: list[Source] = []
    if extras.use_bundled and settings.use_bundled_playbooks:
        sources.append(Source(bundled_path("playbooks"), Layer.BUNDLED, facts=paths.shop_facts))
    cache = TeamCache(paths.team_cache, settings.allow_http_hosts)
    for source in settings.team_sources:
        if "://" in source:
            files = cache.cached_files(source)
        else:
            folder = Path(source).expanduser()
            files = list(iter_playbook_files([folder])) if folder.is_dir() else [folder]
        pinned = settings.active_team_playbooks
        sources.extend(
            Source(file, Layer.TEAM) for file in files if not pinned or cache.display_name(file) in pinned
        )
    if paths.playbooks.is_dir():
        sources.append(Source(paths.playbooks, Layer.PERSONAL))
    sources.extend(Source(path, Layer.PERSONAL) for path in extras.playbooks)
    return sources


def refresh_team(paths: AppPaths, settings: Settings) -> tuple[list[str], bool]:
    """Fetch every team address that changed; (notes for the agent, whether anything changed)."""
    cache = TeamCache(paths.team_cache, settings.allow_http_hosts)
    notes: list[str] = []
    addresses = [source for source in settings.team_sources if "://" in source]
    for source in settings.team_sources:
        if "://" not in source and not Path(source).expanduser().exists():
            notes.append(
                Message("team folder {folder} is not there (a network share not connected?)", folder=source)
            )
    if not addresses:
        return notes, False
    # Every address side by side: a slow server costs its own deadline, not everyone's.
    with ThreadPoolExecutor(max_workers=min(PARALLEL_FETCHES, len(addresses))) as pool:
        results = list(pool.map(cache.refresh, addresses))
    for result in results:
        notes.extend(result.notes)
    return notes, any(result.changed for result in results)


def open_library(
    paths: AppPaths,
    settings: Settings,
    extras: Extras,
    report: Callable[[str], None],
    *,
    refresh: bool = True,
) -> Library:
    """Load every source, the team copies refreshed first unless ``refresh`` is False.

    The widget starts from the copies it has and refreshes in the background
    (a slow team server never holds up its start); the command line refreshes
    first. ``report`` gets each note for the agent.
    """
    if refresh:
        notes, _changed = refresh_team(paths, settings)
        for note in notes:
            report(note)
    library = load_library(playbook_sources(paths, settings, extras), cache_dir=paths.index_cache)
    for note in library.notes:
        report(note)
    return library
