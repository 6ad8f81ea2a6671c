"""Live reload: outside edits arrive within a second, broken saves never cost a reply."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.library import Layer, Library, Source, load_library, reload_library
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.ui.paste import PasteSettings
from desktop.ui.reloader import PlaybookReloader
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui


def book(version: int, extra: str = "") -> str:
    return (
        "name: team\nlanguage: zh-CN\nentries:\n"
        f"  - id: t.ship\n    category: 发货\n    question: 什么时候发货 v{version}\n"
        f"    reply: 亲，{version} 小时内发货～\n{extra}"
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "team"
    path.mkdir()
    (path / "team.yaml").write_text(book(0), encoding="utf-8")
    return path


@pytest.fixture
def watch() -> Iterator[Callable[..., PlaybookReloader]]:
    """Make reloaders that are stopped at the end of the test, as the app stops its own at quit.

    A reloader left to the garbage collector while its worker still loads
    would have the worker emit on a deleted object: that aborted a test run.
    """
    made: list[PlaybookReloader] = []

    def make(
        sources: Sequence[Path | Source] | Callable[[], Sequence[Path | Source]],
        current: Library,
        awaited: Sequence[Path] = (),
    ) -> PlaybookReloader:
        listed = sources if callable(sources) else lambda: sources
        reloader = PlaybookReloader(listed, None, current, awaited=awaited)
        made.append(reloader)
        return reloader

    yield make
    for reloader in made:
        reloader.stop()
        reloader.deleteLater()


def question(library_holder: PlaybookReloader) -> str:
    return library_holder.library.entries[0].question


def test_a_file_rewritten_fifty_times_in_a_second_ends_with_the_last_version(
    qtbot: QtBot, folder: Path, watch: Callable[..., PlaybookReloader]
) -> None:
    reloader = watch([folder], load_library([folder]))
    for version in range(1, 51):
        (folder / "team.yaml").write_text(book(version), encoding="utf-8")
        time.sleep(0.018)
        qtbot.wait(1)
    qtbot.waitUntil(lambda: question(reloader) == "什么时候发货 v50", timeout=3000)
    qtbot.wait(500)  # nothing later may overwrite it with an older version
    assert question(reloader) == "什么时候发货 v50"


def test_a_file_saved_by_an_editor_that_replaces_it_is_still_watched(
    qtbot: QtBot, folder: Path, watch: Callable[..., PlaybookReloader]
) -> None:
    reloader = watch([folder], load_library([folder]))
    for version in (1, 2):
        temporary = folder / ".team.yaml.swp"
        temporary.write_text(book(version), encoding="utf-8")
        temporary.replace(folder / "team.yaml")
        qtbot.waitUntil(lambda v=version: question(reloader) == f"什么时候发货 v{v}", timeout=3000)


def test_a_new_file_in_the_folder_is_picked_up(
    qtbot: QtBot, folder: Path, watch: Callable[..., PlaybookReloader]
) -> None:
    reloader = watch([folder], load_library([folder]))
    (folder / "more.yaml").write_text(book(9).replace("t.ship", "t.more"), encoding="utf-8")
    qtbot.waitUntil(lambda: len(reloader.library.entries) == 2, timeout=3000)


def test_a_new_empty_folder_is_watched_and_a_file_saved_into_it_later_is_loaded(
    qtbot: QtBot, folder: Path, watch: Callable[..., PlaybookReloader]
) -> None:
    reloader = watch([folder], load_library([folder]))
    (folder / "promo").mkdir()  # changes no playbook file: nothing to load, but watch it
    qtbot.wait(600)
    (folder / "promo" / "b.yaml").write_text(book(7).replace("t.ship", "t.promo"), encoding="utf-8")
    qtbot.waitUntil(lambda: len(reloader.library.entries) == 2, timeout=3000)


def test_a_load_that_failed_is_tried_again_for_the_same_files(
    qtbot: QtBot, folder: Path, watch: Callable[..., PlaybookReloader], monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.ui.reloader as reloader_module

    reloader = watch([folder], load_library([folder]))
    real_load = reloader_module.reload_library
    failures = iter([True])

    def flaky(*args: object, **kwargs: object) -> object:
        if next(failures, False):
            raise OSError("the share went away mid-read")
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reloader_module, "reload_library", flaky)
    (folder / "team.yaml").write_text(book(3), encoding="utf-8")
    qtbot.waitUntil(lambda: reloader.loads == 1 and not reloader._running, timeout=3000)
    assert question(reloader) == "什么时候发货 v0"  # the failed load kept the old library
    reloader.reload_now()  # the same files: a reload must not be skipped as "already loaded"
    qtbot.waitUntil(lambda: question(reloader) == "什么时候发货 v3", timeout=3000)


def test_a_broken_save_keeps_the_last_good_version_until_it_is_fixed(
    qtbot: QtBot, folder: Path, config_dir: Path
) -> None:
    app = QuickReplyApp(
        load_library([folder]),
        FakePlatform(),
        AppPaths.for_user(config_dir),
        Settings(countdown_on_summon=False),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
        sources=lambda: [folder],
    )
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)
    app.flow.summon()
    (folder / "team.yaml").write_text(book(1, "  - id: t.bad\n    question: [oops\n"), encoding="utf-8")
    qtbot.waitUntil(app.window.banner.isVisible, timeout=3000)
    banner = app.window.banner.text()
    assert f"{folder / 'team.yaml'}:" in banner
    assert "last good version stays in use" in banner
    hits = app.window._index.search("发货")
    assert hits[0].entry.question == "什么时候发货 v0"
    (folder / "team.yaml").write_text(book(2), encoding="utf-8")
    qtbot.waitUntil(lambda: not app.window.banner.isVisible(), timeout=3000)
    assert app.library.entries[0].question == "什么时候发货 v2"


def test_reload_library_keeps_a_broken_files_entries_and_reports(tmp_path: Path, folder: Path) -> None:
    first = load_library([folder])
    (folder / "team.yaml").write_text("name: team\nlanguage: zh-CN\nentries: [", encoding="utf-8")
    again = reload_library([folder], None, first)
    assert [e.id for e in again.entries] == ["t.ship"]
    assert any(p.is_error for p in again.problems)
    assert again.notes == [f"{folder / 'team.yaml'}: has errors; its last good version stays in use"]
    assert reload_library([folder], None, None).entries == []  # nothing to fall back on


def test_layered_sources_are_watched_too(
    qtbot: QtBot, folder: Path, watch: Callable[..., PlaybookReloader]
) -> None:
    reloader = watch([Source(folder, Layer.TEAM)], load_library([folder]))
    (folder / "team.yaml").write_text(book(3), encoding="utf-8")
    qtbot.waitUntil(lambda: question(reloader) == "什么时候发货 v3", timeout=3000)


def test_a_personal_folder_created_after_start_by_another_program_is_loaded(
    qtbot: QtBot, tmp_path: Path, folder: Path, watch: Callable[..., PlaybookReloader]
) -> None:
    # A fresh set-up: the personal folder (and its parent) appear only later, e.g. from an import.
    personal = tmp_path / "config" / "data" / "playbooks"
    (tmp_path / "config").mkdir()

    def sources() -> list[Path]:  # as the app lists them: the personal folder once it exists
        return [folder, personal] if personal.is_dir() else [folder]

    reloader = watch(sources, load_library(sources()), awaited=[personal])
    personal.mkdir(parents=True)
    (personal / "personal.yaml").write_text(book(5).replace("t.ship", "p.mine"), encoding="utf-8")
    qtbot.waitUntil(lambda: len(reloader.library.entries) == 2, timeout=3000)
    (personal / "personal.yaml").write_text(book(6).replace("t.ship", "p.mine"), encoding="utf-8")
    qtbot.waitUntil(lambda: "什么时候发货 v6" in {e.question for e in reloader.library.entries}, timeout=3000)


def test_a_write_beside_the_sources_that_changes_none_of_them_loads_nothing(
    qtbot: QtBot, tmp_path: Path, folder: Path, watch: Callable[..., PlaybookReloader]
) -> None:
    # The usage counts and the window position are written next to the (not yet made) personal
    # folder, whose parent is watched: a paste must not load the whole library again.
    data = tmp_path / "config" / "data"
    data.mkdir(parents=True)
    reloader = watch([folder], load_library([folder]), awaited=[data / "playbooks"])
    (data / "usage.json").write_text("{}", encoding="utf-8")
    qtbot.wait(700)  # past the debounce
    assert reloader.loads == 0
    (folder / "team.yaml").write_text(book(4), encoding="utf-8")
    qtbot.waitUntil(lambda: question(reloader) == "什么时候发货 v4", timeout=3000)
