"""Countdown chips, the timer strip and the app's start/stop rules, on a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.countdown import CountdownBoard, Kind, State, Targets, Trigger
from desktop.core.library import load_library
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.platform.base import Target
from desktop.ui.countdowns import CountdownController, ReminderSounds, label_for, snap_to_edges
from desktop.ui.paste import PasteSettings
from tests.conftest import DATA, ManualClock
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(100.0)


@pytest.fixture
def controller(qtbot: QtBot, clock: ManualClock) -> CountdownController:
    made = CountdownController(CountdownBoard(Targets(), clock), ReminderSounds(warning=True, overdue=True))
    qtbot.addWidget(made.strip)
    return made


def chip_texts(controller: CountdownController) -> list[str]:
    return [chip.text() for chip in controller.strip.bar.chips.values()]


def test_chips_change_symbol_text_and_colour_as_time_passes(
    controller: CountdownController, clock: ManualClock
) -> None:
    controller.start(Kind.REPLY, "王女士")
    chip = next(iter(controller.strip.bar.chips.values()))
    assert chip_texts(controller) == ["◷ reply · 王女士 · 20s"]
    assert "#e6f4ea" in chip.styleSheet()
    clock.now += 16
    controller.tick()
    assert chip_texts(controller) == ["⚠ reply · 王女士 · 4s"]
    assert "#fef7e0" in chip.styleSheet()
    assert chip.toolTip() == "王女士: almost due, target 20s. Click when answered; right-click to discard."
    clock.now += 11
    controller.tick()
    assert chip_texts(controller) == ["‼ reply · 王女士 · +7s"]
    pulses = {chip.styleSheet()}
    controller.tick()
    pulses.add(chip.styleSheet())
    assert len(pulses) == 2  # overdue pulses between two looks
    assert controller.sounds.played == [State.WARNING, State.OVERDUE]


def test_the_strip_shows_only_while_someone_waits_and_never_takes_focus(
    qtbot: QtBot, controller: CountdownController
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    assert not controller.strip.isVisible()
    countdown = controller.start(Kind.GREETING, "a")
    assert controller.strip.isVisible()
    assert controller.strip.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert controller.strip.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert controller.strip.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert all(c.focusPolicy() == Qt.FocusPolicy.NoFocus for c in controller.strip.bar.chips.values())
    assert QApplication.activeWindow() is not controller.strip
    controller.stop(countdown.id, Trigger.CLICK)
    assert not controller.strip.isVisible()
    controller.strip.always_show = True
    controller.tick()
    assert controller.strip.isVisible()


def test_a_click_answers_and_the_menu_discards(controller: CountdownController) -> None:
    first = controller.start(Kind.REPLY, "a")
    second = controller.start(Kind.REPLY, "b")
    controller.strip.bar.chips[first.id].click()
    assert first.stopped_by is Trigger.CLICK
    controller.strip.bar.discard_requested.emit(second.id)
    assert second.discarded
    assert controller.board.running() == []


def test_the_waiting_count_is_announced(qtbot: QtBot, controller: CountdownController) -> None:
    with qtbot.waitSignal(controller.changed) as signal:
        controller.start(Kind.REPLY)
    assert signal.args == [1, False]
    controller.board.clock = lambda: 1000.0  # 900 s later
    with qtbot.waitSignal(controller.changed) as signal:
        controller.tick()
    assert signal.args == [1, True]


def test_snapping_to_the_nearest_screen_edge(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    area = widget.screen().availableGeometry()
    assert snap_to_edges(QPoint(area.left() + 200, area.top() + 20), 100, 30, widget).y() == area.top()
    bottom = snap_to_edges(QPoint(area.left() + 200, area.bottom() - 40), 100, 30, widget)
    assert bottom.y() == area.bottom() - 29
    middle = snap_to_edges(QPoint(area.left() + 200, area.top() + 300), 100, 30, widget)
    assert middle == QPoint(area.left() + 200, area.top() + 300)
    assert snap_to_edges(QPoint(-500, -500), 100, 30, widget) == area.topLeft()


def test_labels_come_from_chat_window_titles() -> None:
    assert label_for("王女士 - 千牛工作台") == "王女士"
    assert label_for("김민수 | KakaoTalk") == "김민수"
    assert label_for("   ") == ""


# ---------------------------------------------------------------- the app's rules


def make_app(
    qtbot: QtBot, config_dir: Path, clock: ManualClock, **settings: object
) -> tuple[QuickReplyApp, FakePlatform]:
    platform = FakePlatform()
    app = QuickReplyApp(
        load_library([DATA / "widget"]),
        platform,
        AppPaths.for_user(config_dir),
        Settings(**settings),  # type: ignore[arg-type]
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
        clock=clock,
    )
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)
    app.register_hotkeys()
    return app, platform


def press(qtbot: QtBot, platform: FakePlatform, combination: str) -> None:
    platform.hotkeys[combination]()
    qtbot.wait(20)  # the slot runs queued on the GUI thread


def test_hotkeys_start_and_stop_countdowns_labelled_with_the_chat(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock)
    press(qtbot, platform, "ctrl+alt+g")
    platform.foreground_window = Target(43, "李先生 - 千牛工作台")
    press(qtbot, platform, "ctrl+alt+a")
    running = app.countdowns.board.running()
    assert [(c.kind, c.label, c.started_by) for c in running] == [
        (Kind.GREETING, "Chat", Trigger.HOTKEY),
        (Kind.REPLY, "李先生", Trigger.HOTKEY),
    ]
    press(qtbot, platform, "ctrl+alt+d")  # answered by hand in 李先生's chat: his countdown, not the oldest
    assert running[1].stopped_by is Trigger.HOTKEY
    assert app.countdowns.board.running() == [running[0]]
    platform.foreground_window = Target(44, "John Smith - 千牛工作台")  # a chat with no countdown
    press(qtbot, platform, "ctrl+alt+d")
    assert running[0].stopped_by is Trigger.HOTKEY  # then the oldest
    assert app.countdowns.board.running() == []


def test_the_same_hotkey_twice_in_one_chat_keeps_one_countdown(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock, countdown_on_summon=False)
    platform.foreground_window = Target(43, "王女士 - 千牛工作台")
    press(qtbot, platform, "ctrl+alt+a")
    clock.now += 4
    press(qtbot, platform, "ctrl+alt+a")
    (only,) = app.countdowns.board.running()
    assert only.started_at == 100.0  # she has waited since the first press
    assert len(app.countdowns.strip.bar.chips) == 1


def test_summoning_starts_a_reply_countdown_and_pasting_stops_it(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock)
    press(qtbot, platform, "ctrl+alt+space")
    (countdown,) = app.countdowns.board.running()
    assert (countdown.kind, countdown.started_by) == (Kind.REPLY, Trigger.SUMMON)
    assert app.window.title_bar.countdowns.chips  # the header shows it too
    clock.now += 7
    qtbot.keyClicks(app.window.search_box, "pj")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert (countdown.stopped_by, countdown.elapsed(clock.now), countdown.met) == (Trigger.PASTE, 7, True)


def test_a_greeting_reply_stops_the_greeting_countdown_first(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock, countdown_on_summon=False)
    question = app.countdowns.start(Kind.REPLY, "old customer")
    greeting = app.countdowns.start(Kind.GREETING, "new customer")
    press(qtbot, platform, "ctrl+alt+space")
    qtbot.keyClicks(app.window.search_box, "hy")  # the welcome entry, tagged greeting
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert greeting.stopped_by is Trigger.PASTE
    assert question.stopped_at is None


def test_no_countdown_on_summon_when_switched_off_or_one_runs(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock, countdown_on_summon=False)
    press(qtbot, platform, "ctrl+alt+space")
    assert app.countdowns.board.running() == []


def test_keyboard_only_the_header_chip_is_answered_or_discarded(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock, countdown_on_summon=False)
    mistake = app.countdowns.start(Kind.REPLY, "mistake")
    answered = app.countdowns.start(Kind.REPLY, "answered")
    press(qtbot, platform, "ctrl+alt+space")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    chip = app.window.title_bar.countdowns.chips[mistake.id]
    assert chip.hasFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Escape)
    assert mistake.discarded
    assert app.window.search_box.hasFocus()
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(app.window.title_bar.countdowns.chips[answered.id], Qt.Key.Key_Return)
    assert answered.stopped_by is Trigger.CLICK
    assert app.window.isVisible()  # Esc on a chip does not close the window


def test_a_chat_window_asking_for_attention_starts_the_right_countdown(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, _platform = make_app(qtbot, config_dir, clock)
    chat = Target(7, "王女士 - 千牛工作台", "AliWorkBench")
    app.attention.emit(chat)
    qtbot.wait(20)
    (greeting,) = app.countdowns.board.running()
    assert (greeting.kind, greeting.label, greeting.started_by) == (
        Kind.GREETING,
        "王女士",
        Trigger.ATTENTION,
    )
    app.attention.emit(chat)  # still waiting: no second countdown
    qtbot.wait(20)
    assert len(app.countdowns.board.running()) == 1
    app.countdowns.stop(greeting.id, Trigger.PASTE)
    app.attention.emit(chat)  # the same customer asks again: a reply countdown
    qtbot.wait(20)
    (reply,) = app.countdowns.board.running()
    assert reply.kind is Kind.REPLY


def test_the_tray_tells_how_many_wait_and_whether_one_is_late() -> None:
    from desktop.ui.tray import Tray

    tray = Tray()
    assert tray.state == "idle"
    assert "nobody waiting" in tray.toolTip()
    tray.show_waiting(3, overdue=False)
    assert (tray.state, tray.toolTip()) == ("waiting", "QuickReply — 3 customer(s) waiting")
    tray.show_waiting(3, overdue=True)
    assert tray.state == "overdue"
    assert "someone is overdue" in tray.toolTip()
    assert not tray.icon().isNull()
    labels = [action.text() for action in tray.menu.actions() if action.text()]
    assert labels[0] == "Show search"
    assert labels[-1] == "Quit"


def test_the_shift_record_gets_pastes_countdowns_and_missed_searches(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock)
    press(qtbot, platform, "ctrl+alt+space")  # starts a reply countdown
    clock.now += 9
    app.window.search_box.setText("亲")  # every Chinese reply says 亲: several results
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Down)  # the agent picks the 2nd result
    chosen = app.window.current_entry()
    assert chosen is not None
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert not app.window.form.isVisible()  # pasted straight away, no placeholder to ask for
    press(qtbot, platform, "ctrl+alt+space")
    app.window.search_box.setText("发票抬头开错了")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Escape)  # nothing pasted: a missed search
    report = app.stats.report()
    (top,) = report.top_entries
    assert (top.entry_id, top.count, report.paste_count) == (chosen.id, 1, 1)
    reply = report.for_kind(Kind.REPLY)
    assert (reply.count, reply.within_target, reply.elapsed_s) == (1, 1, (9.0,))
    assert [(m.query, m.count) for m in report.missed_searches] == [("发票抬头开错了", 1)]
    rows = app.stats._db.execute("SELECT rank, query_length FROM pastes").fetchall()
    assert rows == [(2, 1)]


def test_the_strip_position_is_remembered(qtbot: QtBot, config_dir: Path, clock: ManualClock) -> None:
    app, _platform = make_app(qtbot, config_dir, clock)
    strip = app.countdowns.strip
    app.countdowns.start(Kind.REPLY, "a")
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    strip.move(QPoint(333, 44))  # where the drag took it
    with qtbot.waitSignal(strip.moved):
        qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    saved = strip.pos()
    again, _ = make_app(qtbot, config_dir, clock)
    assert again.countdowns.strip.pos() == saved
    assert again.countdowns.strip.placed


def test_paused_reminders_start_nothing_by_themselves_and_stay_silent(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock, warning_sound=True)
    app.countdowns.pause(True)
    press(qtbot, platform, "ctrl+alt+space")  # summon: no automatic countdown
    app.attention.emit(Target(7, "王女士 - 千牛工作台"))
    qtbot.wait(20)
    assert app.countdowns.board.running() == []
    press(qtbot, platform, "ctrl+alt+a")  # the agent's own hotkey still works
    assert len(app.countdowns.board.running()) == 1
    clock.now += 60  # past its warning and its target: silent while paused
    app.countdowns.tick()
    assert app.countdowns.sounds.played == []
    app.countdowns.pause(False)
    assert app.countdowns.sounds.enabled == {State.WARNING: True, State.OVERDUE: True}
    platform.foreground_window = Target(44, "李先生 - 千牛工作台")  # another customer asks
    press(qtbot, platform, "ctrl+alt+a")
    clock.now += 60
    app.countdowns.tick()
    assert app.countdowns.sounds.played == [State.OVERDUE]


def test_the_tray_menu_has_every_item(qtbot: QtBot) -> None:
    from desktop.ui.tray import Tray

    tray = Tray()
    labels = [action.text() for action in tray.menu.actions() if action.text()]
    assert labels == [
        "Show search",
        "New entry",
        "Today",
        "Pause reminders",
        "Open playbooks folder",
        "Import replies…",
        "Your shop…",
        "Settings",
        "Service rules",
        "About",
        "Quit",
    ]


class MarkingTranslator(QTranslator):
    """Stands in for a real translation: shows which context and source text were asked for."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[{context}]{source}"


def test_chips_and_the_tray_show_translated_words(qtbot: QtBot, controller: CountdownController) -> None:
    from desktop.ui.tray import Tray

    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        controller.start(Kind.GREETING, "김민수")
        chip = next(iter(controller.strip.bar.chips.values()))
        assert chip.text() == "◷ [Countdowns]greet · 김민수 · 15s"
        assert chip.toolTip().startswith("[CountdownChip]")
        tray = Tray()
        tray.show_waiting(2, overdue=False)
        assert tray.menu.actions()[0].text() == "[Tray]Show search"
        assert tray.toolTip() == "[Tray]QuickReply — 2 customer(s) waiting"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_only_searches_that_came_to_nothing_are_kept_as_missed(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock, countdown_on_summon=False)
    box = app.window.search_box

    def search_then(query: str, key: Qt.Key | None = None) -> None:
        """Summon, type ``query``, press ``key``, close what it opened, then Esc."""
        press(qtbot, platform, "ctrl+alt+space")
        box.setText(query)
        if key is not None:
            qtbot.keyClick(box, key)
        if app.editing.editor is not None:  # F2 opened the editor: closed unsaved
            app.editing.editor.reject()
        qtbot.keyClick(app.window.focusWidget() or box, Qt.Key.Key_Escape)
        if app.window.isVisible():  # the first Esc closed a placeholder form
            qtbot.keyClick(box, Qt.Key.Key_Escape)

    search_then("dd")  # the exact code of 订单查询: found, then the agent changed their mind
    search_then("订单查询", Qt.Key.Key_Return)  # a placeholder form opened, then closed with Esc
    assert not app.window.form.isVisible()
    search_then("便宜", Qt.Key.Key_F2)  # the search was used to open the editor
    search_then("发票抬头开错了")  # nothing was sent: the one missed search
    assert [(m.query, m.count) for m in app.stats.report().missed_searches] == [("发票抬头开错了", 1)]


def test_with_missed_searches_off_nothing_typed_is_kept_and_no_customer_name_is_logged(
    qtbot: QtBot, config_dir: Path, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    app, platform = make_app(qtbot, config_dir, clock, keep_missed_searches=False)
    platform.foreground_window = Target(43, "李先生 13800138000 - 千牛工作台")
    with caplog.at_level(logging.INFO, logger="quickreply"):
        press(qtbot, platform, "ctrl+alt+space")  # a reply countdown for 李先生
        app.window.search_box.setText("我是李先生 电话13800138000 还没发货")  # a pasted customer message
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Escape)
    assert list(app.stats.report().missed_searches) == []
    assert "13800138000" not in caplog.text
    assert "李先生" not in caplog.text
    assert "reply countdown started (summon)" in caplog.text


def test_four_customers_never_widen_the_search_window_and_the_rest_wait_behind_plus_n(
    qtbot: QtBot, config_dir: Path, clock: ManualClock
) -> None:
    app, platform = make_app(qtbot, config_dir, clock, countdown_on_summon=False)
    press(qtbot, platform, "ctrl+alt+space")
    window = app.window
    window.resize(600, 540)
    qtbot.wait(20)
    for handle, name in enumerate(["王女士", "John Smith", "김민수 고객님", "李先生"], start=50):
        platform.foreground_window = Target(handle, f"{name} - 千牛工作台")
        press(qtbot, platform, "ctrl+alt+a")
    qtbot.wait(50)
    bar = window.title_bar.countdowns
    assert window.width() == 600  # before: 744-780 px, the close button off screen
    close = window.title_bar.close_button
    assert close.geometry().right() <= window.title_bar.width()
    shown = [chip for chip in bar.chips.values() if chip.isVisible()]
    assert 1 <= len(shown) < 4
    assert bar.more.isVisible()
    assert bar.more.text() == f"+{4 - len(shown)}"
    menu = bar.more.menu()
    assert menu is not None
    last = menu.actions()[-1]
    assert "李先生" in last.text()
    last.trigger()  # answered from the list
    qtbot.wait(20)
    assert [c.label for c in app.countdowns.board.running()] == ["王女士", "John Smith", "김민수 고객님"]
    window.grab().save(str(config_dir / "four-customers.png"))
