from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.playbook import load_playbooks
from desktop.core.search import SearchIndex
from desktop.ui.search_window import SearchWindow
from tests.conftest import SEARCH_PLAYBOOKS

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot) -> SearchWindow:
    index = SearchIndex(load_playbooks([SEARCH_PLAYBOOKS]).entries)
    widget = SearchWindow(index)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_filters_and_selects_the_best(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "thyf")
    entry = window.current_entry()
    assert entry is not None
    assert entry.id == "ret.postage"
    assert "退货邮费谁出" in window.preview.toPlainText()


def test_arrows_move_and_enter_emits_the_filled_reply(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "fp")
    first = window.current_entry()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    second = window.current_entry()
    assert first is not None
    assert second is not None
    assert first.id != second.id
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)
    with qtbot.waitSignal(window.reply_chosen) as chosen:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert chosen.args[0] == first.id


def test_placeholders_are_filled_from_playbook_variables(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "by")
    with qtbot.waitSignal(window.reply_chosen) as chosen:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert chosen.args == ["ship.free", "亲，满99元包邮哦。"]


def test_escape_hides(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_result_rows_show_filled_placeholders(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "by")
    row = window.results.model().index(0, 0).data()
    assert "满99元包邮" in row
    assert "{" not in row
