"""The Today panel: figures, the histogram with its target line, and a new reply from a missed search."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QAreaSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.countdown import Kind
from desktop.core.library import load_library
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.core.stats import StatsStore
from desktop.ui.entry_editor import AlternativeEditor, EntryEditor
from desktop.ui.paste import PasteSettings
from desktop.ui.today import ResponseChart, histogram, language_of, summary_line
from tests.conftest import DATA, ManualClock
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui


def test_histogram_bins_every_five_seconds_including_empty_ones() -> None:
    assert histogram([1, 4.9, 5, 17]) == [(0, 2), (5, 1), (10, 0), (15, 1)]
    assert histogram([]) == []


def test_missed_searches_guess_their_language() -> None:
    assert [language_of(q) for q in ("发票抬头", "교환 ㄱㅎ", "refund")] == ["zh-CN", "ko-KR", "en"]


@pytest.fixture
def app(qtbot: QtBot, config_dir: Path) -> tuple[QuickReplyApp, ManualClock]:
    clock = ManualClock(50.0)
    paths = AppPaths.for_user(config_dir)
    made = QuickReplyApp(
        load_library([DATA / "widget"]),
        FakePlatform(),
        paths,
        Settings(countdown_on_summon=False),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
        sources=lambda: [DATA / "widget", paths.playbooks],
        clock=clock,
        # The record's clock is the countdowns' one: started 20 s "ago" is today even just after midnight.
        stats=StatsStore(paths.stats, monotonic=clock),
    )
    qtbot.addWidget(made.window)
    qtbot.addWidget(made.countdowns.strip)
    return made, clock


def test_today_shows_the_shift_and_draws_the_target(
    qtbot: QtBot, app: tuple[QuickReplyApp, ManualClock]
) -> None:
    quickreply, clock = app
    for seconds in (4, 12, 26):
        countdown = quickreply.countdowns.start(Kind.REPLY, "c")
        clock.now += seconds
        quickreply.countdowns.stop_oldest(quickreply.countdowns.board.running()[0].started_by)
        assert countdown.stopped_at is not None
    quickreply.stats.record_missed_search("发票抬头开错了")
    quickreply.window.search_box.setText("hy")
    qtbot.keyClick(quickreply.window.search_box, Qt.Key.Key_F3)
    today = quickreply.panels.today
    assert today is not None
    qtbot.addWidget(today)
    assert today.isVisible()
    assert "Reply: 3 · 67% ≤ 20s · median 12.0s · p90 23.2s" in today.summaries.text()
    assert "Greeting: none yet" in today.summaries.text()
    reply_chart = next(
        w
        for w in (today.charts.itemAt(i).widget() for i in range(today.charts.count()))
        if w.chart().title() == "Reply"
    )
    assert isinstance(reply_chart, ResponseChart)
    assert reply_chart.bins == [(0, 1), (5, 0), (10, 1), (15, 0), (20, 0), (25, 1)]
    series = reply_chart.chart().series()
    assert isinstance(series[0], QAreaSeries)
    target = series[1]
    assert isinstance(target, QLineSeries)
    assert [(p.x(), p.y()) for p in target.points()] == [(20.0, 0.0), (20.0, 1.0)]
    assert today.missed.item(0).text() == "1 × 发票抬头开错了"
    assert today.heading.text().startswith("<b>Today</b> since ")
    assert [s.name() for s in series] == ["3 answered, counted per 5 seconds", "target 20s"]


def test_refresh_redraws_the_charts_at_their_size(
    qtbot: QtBot, app: tuple[QuickReplyApp, ManualClock]
) -> None:
    quickreply, clock = app
    today = quickreply.panels.show_today()
    qtbot.addWidget(today)
    qtbot.waitExposed(today)
    charts = list(today.response_charts.values())
    widths = [chart.width() for chart in charts]
    countdown = quickreply.countdowns.start(Kind.REPLY, "c")
    clock.now += 7
    quickreply.countdowns.stop_oldest(countdown.started_by)
    for _ in range(3):
        qtbot.mouseClick(
            next(b for b in today.findChildren(QPushButton) if b.text() == "Refresh"),
            Qt.MouseButton.LeftButton,
        )
        qtbot.wait(10)
    assert list(today.response_charts.values()) == charts
    assert [chart.width() for chart in charts] == widths
    assert min(widths) > today.width() // 3
    assert today.response_charts[Kind.REPLY].bins == [(0, 0), (5, 1)]


def test_a_missed_search_becomes_a_reply_in_the_regular_editor_and_is_found_at_once(
    qtbot: QtBot, app: tuple[QuickReplyApp, ManualClock]
) -> None:
    quickreply, _clock = app
    quickreply.stats.record_missed_search("发票抬头开错了")
    quickreply.panels.show_today()
    today = quickreply.panels.today
    assert today is not None
    qtbot.addWidget(today)
    today.new_entry.click()
    editor = quickreply.editing.editor
    assert isinstance(editor, EntryEditor)  # the one editor: backups, conflict check, wording check
    qtbot.addWidget(editor)
    assert (editor.question.text(), editor.language.currentText()) == ("发票抬头开错了", "zh-CN")
    assert editor.target == quickreply.paths.personal_playbook
    assert not editor.save()  # no category and reply yet: refused with a message, nothing written
    assert editor.error.text() == "A question, a category and a reply are needed"
    assert not quickreply.paths.personal_playbook.exists()
    editor.category.setCurrentText("发票")
    first = editor.alternatives.widget(0)
    assert isinstance(first, AlternativeEditor)
    first.parts[0].setPlainText("亲，麻烦把正确的抬头和税号发我，我帮您重开～")
    assert editor.save()
    qtbot.waitUntil(lambda: bool(quickreply.library.index.search("抬头开错")), timeout=3000)
    hits = quickreply.library.index.search("抬头开错")
    assert hits[0].entry.question == "发票抬头开错了"
    assert hits[0].entry.location.path == quickreply.paths.personal_playbook
    assert quickreply.window._index is quickreply.library.index


def test_summary_line_of_an_empty_kind_says_so(app: tuple[QuickReplyApp, ManualClock]) -> None:
    quickreply, _clock = app
    report = quickreply.stats.report()
    assert summary_line(report.for_kind(Kind.GREETING)) == "Greeting: none yet"


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_esc_and_ctrl_w_close_today(
    qtbot: QtBot, app: tuple[QuickReplyApp, ManualClock], key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    panel = app[0].panels.show_today()
    qtbot.addWidget(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    qtbot.keyClick(panel, key, modifier)
    assert not panel.isVisible()
