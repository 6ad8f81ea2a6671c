"""The main windows at the size they open with: no label, check box or button is cut off,
with Chinese, Korean and English text in them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.countdown import Kind
from desktop.core.library import Layer, Source, load_library
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.ui.paste import PasteSettings
from tests.conftest import DATA
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui


def assert_nothing_cut(window: QWidget) -> int:
    checked = 0
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QCheckBox | QAbstractButton):
            continue
        if not widget.text():
            continue  # icons only (a line edit's clear button), nothing to cut
        checked += 1
        right = widget.mapTo(window, widget.rect().topRight()).x()
        assert right <= window.width(), f"{widget.text()!r} runs past the window's edge"
        if isinstance(widget, QLabel) and widget.wordWrap():
            assert widget.heightForWidth(widget.width()) <= widget.height() + 1, widget.text()
        elif isinstance(widget, QLabel | QCheckBox | QAbstractButton):
            assert widget.sizeHint().width() <= widget.width() + 1, widget.text()
    return checked


@pytest.fixture
def app(qtbot: QtBot, config_dir: Path) -> QuickReplyApp:
    paths = AppPaths.for_user(config_dir)
    made = QuickReplyApp(
        load_library([Source(DATA / "widget", Layer.TEAM), Source(DATA / "search", Layer.TEAM)]),
        FakePlatform(),
        paths,
        Settings(countdown_on_summon=False),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
    )
    qtbot.addWidget(made.window)
    qtbot.addWidget(made.countdowns.strip)
    return made


@pytest.mark.parametrize("query", ["by", "ㅂㅅ", "refund", "zzzz-nothing"])
def test_the_search_window_fits_its_text(qtbot: QtBot, app: QuickReplyApp, query: str) -> None:
    app.countdowns.start(Kind.GREETING, "王女士")
    app.countdowns.start(Kind.REPLY, "김민수")
    app.flow.summon()
    app.window.search_box.setText(query)
    qtbot.wait(5)
    assert assert_nothing_cut(app.window) > 5
    assert assert_nothing_cut(app.countdowns.strip) >= 2


def test_the_editor_today_and_rules_windows_fit_their_text(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.flow.summon()
    app.window.search_box.setText("pj")
    app.editing.edit_entry(app.window.current_entry())  # type: ignore[arg-type]
    assert app.editing.editor is not None
    qtbot.addWidget(app.editing.editor)
    qtbot.waitExposed(app.editing.editor)
    assert assert_nothing_cut(app.editing.editor) > 10
    app.panels.show_today()
    assert app.panels.today is not None
    qtbot.addWidget(app.panels.today)
    assert assert_nothing_cut(app.panels.today) > 3
    app.panels.show_rules()
    assert app.panels.rules_dialog is not None
    for language in ("zh-CN", "ko-KR", "en"):
        app.panels.rules_dialog.set_language(language)
        assert assert_nothing_cut(app.panels.rules_dialog) >= 1
