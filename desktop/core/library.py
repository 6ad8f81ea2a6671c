"""The loaded library: every playbook from every source, indexed for search.

Parsing YAML and reading Chinese for 50k entries takes seconds; an agent
restarting the app must not wait for that again. The parsed, indexed library
is pickled under a key made from the engine version and every file's path and
content, so any edit, added or removed file builds afresh and an unchanged
library loads in a fraction of the time.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

from desktop.core.errors import Problem, QuickReplyError
from desktop.core.files import atomic_write_bytes
from desktop.core.messages import Message, message_of
from desktop.core.playbook import (
    Entry,
    LoadResult,
    Playbook,
    check_unique_ids,
    iter_playbook_files,
    parse_sources,
    read_sources,
)
from desktop.core.search import INDEX_VERSION, SearchIndex
from desktop.core.shop import ShopFacts, fill_in, read_shop_facts

_KEEP_CACHES = 3
_CACHE_FORMAT = 3  # 2: problems and notes are translatable Messages; 3: entries know their demo values


class Layer(IntEnum):
    """Where playbooks come from, lowest first: a higher layer overrides an entry's id."""

    BUNDLED = 0
    TEAM = 1
    PERSONAL = 2


@dataclass(frozen=True)
class Source:
    """A playbook file or folder and its layer; a bare Path is a personal source.

    ``facts`` names the shop's facts file whose values fill in these playbooks'
    variables (the bundled ones: see desktop.core.shop).
    """

    path: Path
    layer: Layer = Layer.PERSONAL
    facts: Path | None = None


def _as_sources(sources: Sequence[Path | Source]) -> list[Source]:
    return [s if isinstance(s, Source) else Source(s) for s in sources]


@dataclass
class Library:
    """Loaded playbooks, their problems, and the index that searches them."""

    result: LoadResult
    index: SearchIndex
    from_cache: bool = False
    notes: list[str] = field(default_factory=list)
    layers: dict[Path, Layer] = field(default_factory=dict)  # each loaded file's layer

    @property
    def entries(self) -> list[Entry]:
        """Every usable entry."""
        return self.index.entries

    @property
    def problems(self) -> list[Problem]:
        """Everything wrong with the sources, errors and warnings."""
        return self.result.problems


def _layer_of(layers: dict[Path, Layer]) -> Callable[[Entry], int]:
    """Each entry's layer, for the ranking's tie-breaks (a file not listed is the agent's own)."""
    return lambda entry: int(layers.get(entry.location.path, Layer.PERSONAL))


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a library is read, unpickled or indexed.

    Loading makes millions of objects and frees almost none; each automatic
    collection would walk all of them again (about half of a 50k-entry cold
    start). Garbage made meanwhile is collected at the next collection after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_library(sources: Sequence[Path | Source], cache_dir: Path | None = None) -> Library:
    """Load and index every playbook under ``sources``, using the cache if it fits."""
    with collector_paused():
        return _load_library(sources, cache_dir)


def _load_library(sources: Sequence[Path | Source], cache_dir: Path | None) -> Library:
    # Each source's folders are listed once: the files give both the layers and what to read.
    layered = [
        (file, source.layer) for source in _as_sources(sources) for file in iter_playbook_files([source.path])
    ]
    layers = dict(layered)
    files, unreadable = read_sources(file for file, _layer in layered)
    facts, facts_of, facts_notes = _shop_facts(_as_sources(sources))
    key = _cache_key(files, layers, facts)
    cached = _read_cache(cache_dir, key) if cache_dir else None
    if cached is not None:
        cached.result.problems[:0] = unreadable
        cached.layers = layers
        cached.notes[:0] = facts_notes
        return cached
    result = parse_sources(files, _ranker(layers))
    result.playbooks = [_filled(playbook, facts, facts_of) for playbook in result.playbooks]
    library = Library(result, SearchIndex(result.entries, _layer_of(layers)), layers=layers)
    if cache_dir is not None:
        _write_cache(cache_dir, key, library)
    result.problems[:0] = unreadable
    library.notes[:0] = facts_notes
    return library


def _shop_facts(sources: Sequence[Source]) -> tuple[dict[Path, ShopFacts], dict[Path, Path], list[str]]:
    """Each facts file named by a source, read; which source path it fills; what was wrong with any."""
    facts: dict[Path, ShopFacts] = {}
    notes: list[str] = []
    for path in dict.fromkeys(source.facts for source in sources if source.facts is not None):
        try:
            facts[path] = read_shop_facts(path)
        except QuickReplyError as exc:  # a damaged file: the demo values stay, the agent is told
            facts[path] = ShopFacts()
            notes.append(
                Message("{problem}; the bundled replies keep their demo values", problem=message_of(exc))
            )
    return facts, {source.path: source.facts for source in sources if source.facts is not None}, notes


def _filled(playbook: Playbook, facts: dict[Path, ShopFacts], facts_of: dict[Path, Path]) -> Playbook:
    facts_file = next(
        (facts_of[root] for root in (playbook.path, *playbook.path.parents) if root in facts_of), None
    )
    return playbook if facts_file is None else fill_in(playbook, facts[facts_file])


def _ranker(layers: dict[Path, Layer]) -> Callable[[Path], tuple[int, str]]:
    """A file's rank and layer name for ``check_unique_ids`` (files not listed are personal)."""

    def rank(path: Path) -> tuple[int, str]:
        layer = layers.get(path, Layer.PERSONAL)
        return int(layer), layer.name.lower()

    return rank


def _cache_key(
    files: Sequence[tuple[Path, bytes]], layers: dict[Path, Layer], facts: dict[Path, ShopFacts]
) -> str:
    digest = hashlib.sha256(f"{INDEX_VERSION}|{_CACHE_FORMAT}|{sys.version_info[:2]}".encode())
    for path, shop in sorted(facts.items()):
        digest.update(
            f"{path}|{sorted((k, sorted(v.items())) for k, v in shop.by_language.items())}|".encode()
        )
    for path, raw in files:
        digest.update(f"{int(layers.get(path, Layer.PERSONAL))}|".encode())
        digest.update(str(path.resolve()).encode("utf-8", "surrogateescape"))
        digest.update(hashlib.sha256(raw).digest())
    return digest.hexdigest()[:32]


def _read_cache(cache_dir: Path, key: str) -> Library | None:
    path = cache_dir / f"{key}.pickle"
    try:
        with path.open("rb") as stream:
            library = pickle.load(stream)  # noqa: S301 - our own file in the agent's cache folder
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - any damage means "rebuild", never a crash
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    if not isinstance(library, Library):
        return None
    library.from_cache = True
    return library


def _write_cache(cache_dir: Path, key: str, library: Library) -> None:
    try:
        atomic_write_bytes(cache_dir / f"{key}.pickle", pickle.dumps(library, pickle.HIGHEST_PROTOCOL))
        older = sorted(cache_dir.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[_KEEP_CACHES:]:
            stale.unlink()
    except OSError as exc:
        # A read-only or full disk only costs speed at the next start.
        library.notes.append(
            Message(
                "could not save the search cache in {folder}: {reason}",
                folder=str(cache_dir),
                reason=exc.strerror or str(exc),
            )
        )


def reload_library(
    sources: Sequence[Path | Source], cache_dir: Path | None, previous: Library | None
) -> Library:
    """Load again after a change; a file that now has errors keeps its last good version.

    An agent's editor saves half-typed YAML all the time: the replies of that
    file must not vanish from the search until it is fixed. The problems stay
    reported (the widget shows them in a banner) and a note says which files
    run on their last good version.
    """
    library = load_library(sources, cache_dir)
    if previous is None:
        return library
    broken = {problem.location.path for problem in library.problems if problem.is_error}
    kept = [playbook for playbook in previous.result.playbooks if playbook.path in broken]
    if not kept:
        return library
    fresh = [playbook for playbook in library.result.playbooks if playbook.path not in broken]
    layers = library.layers  # the load above listed the sources already
    playbooks, duplicates = check_unique_ids([*fresh, *kept], _ranker(layers))
    result = LoadResult(playbooks, [*library.problems, *duplicates])
    notes = [
        Message("{path}: has errors; its last good version stays in use", path=str(playbook.path))
        for playbook in kept
    ]
    index = SearchIndex(result.entries, _layer_of(layers))
    return Library(result, index, notes=[*library.notes, *notes], layers=layers)
