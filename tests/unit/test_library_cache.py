from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core.library import load_library
from tests.conftest import SEARCH_PLAYBOOKS


def test_unchanged_library_comes_from_the_cache(tmp_path: Path) -> None:
    books = tmp_path / "books"
    shutil.copytree(SEARCH_PLAYBOOKS, books)
    cache = tmp_path / "cache"
    first = load_library([books], cache)
    assert not first.from_cache
    second = load_library([books], cache)
    assert second.from_cache
    assert [e.id for e in second.entries] == [e.id for e in first.entries]
    assert second.index.search("thyf")[0].entry.id == "ret.postage"


def test_an_edit_rebuilds(tmp_path: Path) -> None:
    books = tmp_path / "books"
    shutil.copytree(SEARCH_PLAYBOOKS, books)
    cache = tmp_path / "cache"
    load_library([books], cache)
    en = books / "en.yaml"
    en.write_text(
        en.read_text(encoding="utf-8").replace("How do I get a refund?", "Refund please"), encoding="utf-8"
    )
    again = load_library([books], cache)
    assert not again.from_cache
    assert any(e.question == "Refund please" for e in again.entries)


def test_a_damaged_cache_is_rebuilt_silently(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_library([SEARCH_PLAYBOOKS], cache)
    for pickle_file in cache.glob("*.pickle"):
        pickle_file.write_bytes(b"garbage")
    library = load_library([SEARCH_PLAYBOOKS], cache)
    assert not library.from_cache
    assert len(library.entries) > 20


def test_problems_survive_the_cache(tmp_path: Path) -> None:
    books = tmp_path / "books"
    books.mkdir()
    (books / "bad.yaml").write_text(
        "name: x\nlanguage: en\nentries:\n  - {question: q, reply: r}\n", encoding="utf-8"
    )
    cache = tmp_path / "cache"
    load_library([books], cache)
    again = load_library([books], cache)
    assert again.from_cache
    assert [p.message for p in again.problems] == ["'category' is missing (every entry needs one)"]


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    library = load_library([SEARCH_PLAYBOOKS], blocker / "index")
    assert library.index.search("thyf")[0].entry.id == "ret.postage"
    assert len(library.notes) == 1
    assert "could not save the search cache" in library.notes[0]


def test_an_index_read_back_from_the_cache_uses_numpys_own_dtypes() -> None:
    """A copied dtype sends np.maximum.at off its fast path: the cached index searched 2–3× slower."""
    import pickle

    import numpy as np

    from desktop.core.playbook import load_playbooks
    from desktop.core.search import SearchIndex
    from tests.conftest import SEARCH_PLAYBOOKS

    index = pickle.loads(pickle.dumps(SearchIndex(load_playbooks([SEARCH_PLAYBOOKS]).entries)))  # noqa: S301
    arrays = [value for value in vars(index).values() if isinstance(value, np.ndarray)]
    arrays += [value for value in vars(index._readings).values() if isinstance(value, np.ndarray)]
    arrays += index._readings.prefix_ids
    assert len(arrays) > 15
    assert all(array.dtype is np.dtype(array.dtype.char) for array in arrays)
    assert [hit.entry.id for hit in index.search("fp")][:1] == ["inv.can-issue"]
