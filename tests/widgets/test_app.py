"""The app's flow with a fake OS: hotkey → window → paste into the remembered chat window."""

from __future__ import annotations

import json
import logging
import os
import signal
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.countdown import Kind
from desktop.core.library import load_library
from desktop.core.messages import Message
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings, read_settings
from desktop.core.usage import UsageStore
from desktop.platform.base import Target
from desktop.ui.instance import instance_name, tell_running_instance
from desktop.ui.paste import PasteSettings
from desktop.ui.quit_signals import QuitOnSignals
from tests.conftest import DATA, ManualClock
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui


@pytest.fixture
def paths(config_dir: Path) -> AppPaths:
    return AppPaths.for_user(config_dir)


@pytest.fixture
def platform() -> FakePlatform:
    return FakePlatform()


def make_app(
    qtbot: QtBot, paths: AppPaths, platform: FakePlatform, settings: Settings | None = None
) -> QuickReplyApp:
    library = load_library([DATA / "widget"])
    app = QuickReplyApp(
        library,
        platform,
        paths,
        settings or Settings(hotkey_show="ctrl+alt+space", countdown_on_summon=False),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
    )
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)  # closing it stops the countdown ticks
    return app


@pytest.fixture
def app(qtbot: QtBot, paths: AppPaths, platform: FakePlatform) -> QuickReplyApp:
    return make_app(qtbot, paths, platform)


def press_hotkey(qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform) -> None:
    platform.hotkeys["ctrl+alt+space"]()  # what the OS thread does; the slot runs queued
    qtbot.waitUntil(
        lambda: app.window.isVisible() and app.flow.target == platform.foreground_window, timeout=1000
    )


def test_hotkey_summons_the_window_and_remembers_the_chat_window(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="quickreply"):
        assert app.register_hotkeys() == []
    assert "hotkeys ready: ctrl+alt+space (show), ctrl+alt+g (new customer)" in caplog.text
    assert set(platform.hotkeys) == {"ctrl+alt+space", "ctrl+alt+g", "ctrl+alt+a", "ctrl+alt+d"}
    press_hotkey(qtbot, app, platform)
    qtbot.waitUntil(app.window.isVisible)
    assert app.flow.target == Target(42, "Chat — 王女士", "qianniu")
    assert app.window.search_box.hasFocus()
    assert platform.raised == [int(app.window.winId())]  # past focus-stealing prevention


def test_a_taken_hotkey_is_reported_for_the_agent(app: QuickReplyApp, platform: FakePlatform) -> None:
    platform.taken.add("ctrl+alt+space")
    message = app.register_hotkey("ctrl+alt+space")
    assert message is not None
    assert message.startswith("show hotkey: ")
    assert "already taken" in message
    assert app.register_hotkey("ctrl+alt+nope") is not None  # a combination that cannot be parsed


def test_enter_hides_pastes_into_the_chat_and_counts_the_use(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, paths: AppPaths
) -> None:
    app.register_hotkey("ctrl+alt+space")
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "hy")
    with qtbot.waitSignal(app.paster.restored):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert not app.window.isVisible()
    assert platform.calls == ["focus 42", "paste ctrl+v"]
    assert UsageStore(paths.usage).frecency().get("w.welcome", 0) > 0


def test_pinned_window_stays_open_after_a_paste(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    app.register_hotkey("ctrl+alt+space")
    press_hotkey(qtbot, app, platform)
    app.window.title_bar.pin.setChecked(True)
    qtbot.keyClicks(app.window.search_box, "hy")
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert app.window.isVisible()


def paste_the_first_of_three_parts(qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform) -> list[str]:
    """Summon, type ``th`` (a reply in three parts), Enter; returns the list each pasted text joins."""
    texts: list[str] = []
    platform.on_paste = lambda: texts.append(QApplication.clipboard().text())
    app.register_hotkey("ctrl+alt+space")
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "th")
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    return texts


def test_the_hotkey_offers_the_next_part_of_a_multi_message_reply_and_enter_sends_it(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    texts = paste_the_first_of_three_parts(qtbot, app, platform)
    for part in (2, 3):
        press_hotkey(qtbot, app, platform)  # opens the window: nothing is pasted blind
        assert len(texts) == part - 1
        assert app.window.current_entry() is not None
        assert app.window.current_entry().id == "w.steps"  # type: ignore[union-attr]
        assert f"Part {part} of 3 ready: Enter sends it" in app.window.status.text()
        with qtbot.waitSignal(app.paster.pasted):
            qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert texts == [
        "第一步：在订单页点“申请退货”。",
        "第二步：填写退货快递单号。",
        "第三步：我们收到后尽快退款。",
    ]
    assert app.window.pending is None


def test_a_double_enter_on_a_multi_part_reply_skips_no_part(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    texts = paste_the_first_of_three_parts(qtbot, app, platform)
    press_hotkey(qtbot, app, platform)
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
        qtbot.wait(20)
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)  # inside the hold: nothing at all
    assert texts == ["第一步：在订单页点“申请退货”。", "第二步：填写退货快递单号。"]
    assert app.window.pending is not None
    assert app.window.pending.next_part == "第三步：我们收到后尽快退款。"


def test_esc_on_an_offered_part_keeps_it_for_later(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    texts = paste_the_first_of_three_parts(qtbot, app, platform)
    press_hotkey(qtbot, app, platform)
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Escape)
    assert "Enter sends it" not in app.window.status.text()  # the offer's words go with it
    press_hotkey(qtbot, app, platform)
    assert "Part 2 of 3 ready: Enter sends it" in app.window.status.text()
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert texts == ["第一步：在订单页点“申请退货”。", "第二步：填写退货快递单号。"]


def test_an_input_method_event_that_changes_nothing_keeps_the_offered_row(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    from PySide6.QtGui import QInputMethodEvent

    paste_the_first_of_three_parts(qtbot, app, platform)
    press_hotkey(qtbot, app, platform)
    QApplication.sendEvent(app.window.search_box, QInputMethodEvent())  # e.g. an IME resetting itself
    qtbot.wait(20)
    assert app.window.current_entry() is not None
    assert app.window.current_entry().id == "w.steps"  # type: ignore[union-attr]


def test_send_each_part_presses_enter_in_the_chat(
    qtbot: QtBot, paths: AppPaths, platform: FakePlatform
) -> None:
    app = make_app(qtbot, paths, platform, Settings(hotkey_show="ctrl+alt+space", send_each_part=True))
    app.register_hotkey("ctrl+alt+space")
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "th")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "enter" in platform.calls, timeout=2000)


def test_escape_hands_focus_back_to_the_chat(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    app.register_hotkey("ctrl+alt+space")
    press_hotkey(qtbot, app, platform)
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Escape)
    assert not app.window.isVisible()
    assert platform.calls == ["focus 42"]


def test_placeholder_values_belong_to_one_conversation(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    app.register_hotkey("ctrl+alt+space")
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "dd")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    app.window.form.fields["customer"].setText("王女士")
    with qtbot.waitSignal(app.paster.pasted):  # one paste at a time: let this one land first
        qtbot.keyClick(app.window.form.fields["customer"], Qt.Key.Key_Return)
    platform.foreground_window = Target(43, "Chat — 李先生")
    press_hotkey(qtbot, app, platform)
    qtbot.waitUntil(app.window.isVisible)
    app.window.search_box.clear()
    qtbot.keyClicks(app.window.search_box, "dd")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert app.window.form.fields["customer"].text() == ""
    assert app.flow.values_by_target[42] == {"customer": "王女士"}


def test_a_second_launch_shows_the_running_window(qtbot: QtBot, app: QuickReplyApp, paths: AppPaths) -> None:
    name = instance_name(paths)
    assert not tell_running_instance(name)
    app.listen_for_second_launch(name)
    app.window.hide()
    assert tell_running_instance(name)
    qtbot.waitUntil(app.window.isVisible, timeout=2000)
    assert instance_name(AppPaths.for_user(paths.config / "other")) != name


@pytest.mark.parametrize("window", ["settings", "today"])
def test_a_second_launch_can_open_settings_or_today(
    qtbot: QtBot, app: QuickReplyApp, paths: AppPaths, window: str
) -> None:
    name = instance_name(paths)
    app.listen_for_second_launch(name)
    assert tell_running_instance(name, window)
    opened = (lambda: app.panels.settings_dialog) if window == "settings" else (lambda: app.panels.today)
    qtbot.waitUntil(lambda: opened() is not None and opened().isVisible(), timeout=2000)
    opened().close()


def test_the_window_position_and_pin_are_remembered(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, paths: AppPaths
) -> None:
    app.window.move(QPoint(120, 90))
    app.window.title_bar.pin.setChecked(True)
    app.shutdown()
    state = json.loads((paths.config / "window.json").read_text(encoding="utf-8"))
    assert (state["x"], state["y"], state["pinned"]) == (120, 90, True)
    again = make_app(qtbot, paths, FakePlatform())
    assert again.window.pos() == QPoint(120, 90)
    assert again.window.pinned
    assert "unregister" in platform.calls


def test_a_damaged_position_file_falls_back_to_defaults(
    qtbot: QtBot, paths: AppPaths, platform: FakePlatform
) -> None:
    paths.config.mkdir(parents=True, exist_ok=True)
    (paths.config / "window.json").write_text("{not json", encoding="utf-8")
    app = make_app(qtbot, paths, platform)
    assert not app.window.pinned


def test_f1_opens_the_service_rules(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.flow.summon()
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_F1)
    assert app.panels.rules_dialog is not None
    qtbot.addWidget(app.panels.rules_dialog)
    assert app.panels.rules_dialog.isVisible()
    for language, phrase in (("zh-CN", "15 秒内"), ("ko-KR", "15초 안에"), ("en", "within 15 seconds")):
        app.panels.rules_dialog.set_language(language)
        assert phrase in app.panels.rules_dialog.page.toPlainText()


def test_macos_without_accessibility_explains_and_offers_the_system_prompt(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.platform.macos as mac
    from desktop.app import permission_notice
    from desktop.platform import select_backends
    from tests.unit.test_platform_macos import FakeCarbon, FakeCocoa

    cocoa = FakeCocoa(ManualClock())
    cocoa.trusted = False
    platform = mac.MacPlatform(FakeCarbon(), cocoa)
    monkeypatch.setattr("desktop.platform.create_platform", lambda _kind: platform)
    monkeypatch.setattr(mac, "hide_dock_icon", lambda: None)
    backends = select_backends("macos")
    assert backends.platform is platform
    assert backends.permission is not None
    box = permission_notice(backends.permission)
    qtbot.addWidget(box)
    assert "Privacy & Security → Accessibility" in box.text()
    assert sorted(button.text() for button in box.buttons()) == ["Later", "Show the macOS prompt"]
    assert not box.isModal()
    box.defaultButton().click()
    assert cocoa.prompts[-1] is True


def test_our_own_just_hidden_window_is_never_taken_for_the_chat(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Escape)
    assert not app.window.isVisible()
    platform.foreground_window = Target(int(app.window.winId()), "QuickReply")  # the WM still names it
    platform.hotkeys["ctrl+alt+space"]()
    qtbot.waitUntil(app.window.isVisible)
    assert app.flow.target == Target(42, "Chat — 王女士", "qianniu")


def test_where_targets_are_apps_our_own_app_in_front_closes_the_widget_and_keeps_the_chat(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    # macOS: a Target is the frontmost application's process id, never one of our winIds.
    platform.own_process = 4242
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    chat = app.flow.target
    platform.foreground_window = Target(4242, "QuickReply", "dev.quickreply")  # we are in front now
    qtbot.wait(600)  # past the double-press guard
    platform.hotkeys["ctrl+alt+space"]()
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=1000)
    assert app.flow.target == chat  # the next paste still goes to the chat, not into our hidden window


def test_settings_apply_at_once_and_a_taken_hotkey_keeps_the_old_ones(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    from dataclasses import replace

    app.register_hotkeys()
    changed = replace(app.settings, hotkey_show="ctrl+shift+q", reply_target_s=30.0, restore_delay_ms=900)
    with qtbot.waitSignal(app.settings_changed):
        assert app.apply_settings(changed) == []
    assert "ctrl+shift+q" in platform.hotkeys
    assert "ctrl+alt+space" not in platform.hotkeys
    assert app.countdowns.board.targets.reply == 30.0
    assert app.paster.settings.restore_delay_ms == 900
    platform.taken.add("ctrl+alt+x")
    problems = app.apply_settings(replace(changed, hotkey_show="ctrl+alt+x", reply_target_s=45.0))
    assert "already taken" in problems[0]
    assert "ctrl+shift+q" in platform.hotkeys  # the working hotkeys are back
    assert app.countdowns.board.targets.reply == 30.0


def test_the_paste_method_setting_presses_shift_insert(
    qtbot: QtBot, paths: AppPaths, platform: FakePlatform
) -> None:
    settings = Settings(hotkey_show="ctrl+alt+space", paste_method="shift+insert")
    app = make_app(qtbot, paths, platform, settings)
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "hy")
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert platform.calls == ["focus 42", "paste shift+insert"]


def test_settings_and_about_open_from_the_app(qtbot: QtBot, app: QuickReplyApp) -> None:
    from desktop import __version__

    dialog = app.panels.show_settings()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert app.panels.show_settings() is dialog  # one window, brought to the front
    about = app.panels.show_about()
    qtbot.addWidget(about)
    assert about.windowTitle() == "About QuickReply"
    assert about.text().startswith(f"QuickReply {__version__}\n\nQuick replies for shop customer service")
    assert str(app.paths.settings) in about.text()


def test_a_full_disk_for_usage_counts_never_stops_a_paste(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_entry_id: str, _typed: str = "") -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app.usage, "record", refuse)
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "hy")
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert platform.calls == ["focus 42", "paste ctrl+v"]


def test_a_paste_writes_nothing_to_disk_before_the_keystroke(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []

    def spy(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def recorded(*args: object, **kwargs: object) -> object:
            order.append(name)
            return real(*args, **kwargs)

        return recorded

    monkeypatch.setattr(app.usage, "record", spy("usage", app.usage.record))
    monkeypatch.setattr(app.stats, "record_paste", spy("shift record", app.stats.record_paste))
    monkeypatch.setattr(app.stats, "record_countdown", spy("countdown record", app.stats.record_countdown))
    monkeypatch.setattr(app.placement, "save", spy("window state", app.placement.save))
    monkeypatch.setattr(platform, "send_paste", spy("keystroke", platform.send_paste))
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    app.countdowns.start(Kind.REPLY, app.flow.label())
    qtbot.keyClicks(app.window.search_box, "hy")
    with qtbot.waitSignal(app.paster.restored):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert order[0] == "keystroke"
    assert sorted(order[1:]) == ["countdown record", "shift record", "usage", "window state"]
    assert UsageStore(paths.usage).frecency().get("w.welcome", 0) > 0  # written, only later
    assert app.stats.report().paste_count == 1


@pytest.mark.parametrize("gap_ms", [0, 20, 50])
def test_a_double_enter_pastes_once_and_the_second_never_reaches_the_chat(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, gap_ms: int
) -> None:
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "hy")
    with qtbot.waitSignal(app.paster.restored, timeout=2000):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
        if gap_ms:
            qtbot.wait(gap_ms)
        # Still ours within the hold: the second Enter lands here, not in the chat.
        assert app.window.isVisible()
        assert platform.calls == []
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert platform.calls == ["focus 42", "paste ctrl+v"]
    assert app.stats.report().paste_count == 1


def test_a_paste_that_never_reports_back_does_not_block_the_next_for_ever(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.ui.reply_flow as app_module

    monkeypatch.setattr(app_module, "PASTE_IN_FLIGHT_LIMIT_S", 0.2)
    real_paste = app.paster.paste
    app.paster.paste = lambda *_args, **_kwargs: None  # type: ignore[method-assign] # never reports back
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "hy")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    qtbot.wait(300)
    app.paster.paste = real_paste  # type: ignore[method-assign]
    press_hotkey(qtbot, app, platform)
    with qtbot.waitSignal(app.paster.pasted, timeout=2000):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert platform.calls[-1] == "paste ctrl+v"


def test_the_hotkey_never_closes_a_window_just_opened_or_holding_typed_text(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.ui.reply_flow as app_module

    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    platform.foreground_window = Target(int(app.window.internalWinId()), "QuickReply")  # ours in front
    platform.hotkeys["ctrl+alt+space"]()  # pressed twice quickly: kept open
    qtbot.wait(50)
    assert app.window.isVisible()
    monkeypatch.setattr(app_module, "HOTKEY_CLOSES_AFTER_S", 0.0)
    qtbot.keyClicks(app.window.search_box, "qqhy")
    platform.hotkeys["ctrl+alt+space"]()  # typed text pending: kept open, text kept
    qtbot.wait(50)
    assert app.window.isVisible()
    assert app.window.search_box.text() == "qqhy"
    app.window.search_box.clear()
    app.flow._query_at_summon = ""  # as after a summon with an empty box
    platform.hotkeys["ctrl+alt+space"]()  # open a while, nothing typed: the hotkey closes it
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=1000)


def test_the_window_shown_at_start_leaves_the_keyboard_where_it_is(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    app.register_hotkeys()
    app.flow.show_passively()
    assert app.window.isVisible()
    assert not app.window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # only for that show
    # A window manager that gave it the keyboard anyway: the first press opens, never closes.
    platform.foreground_window = Target(int(app.window.internalWinId()), "QuickReply")
    platform.hotkeys["ctrl+alt+space"]()
    qtbot.wait(50)
    assert app.window.isVisible()


def test_leftover_parts_never_go_to_another_chat(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "th")
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    platform.foreground_window = Target(99, "another customer")
    platform.hotkeys["ctrl+alt+space"]()
    qtbot.waitUntil(app.window.isVisible)
    assert app.window.pending is None
    assert platform.calls.count("paste ctrl+v") == 1


def test_new_playbook_settings_reload_and_rewatch_at_once(
    qtbot: QtBot, paths: AppPaths, platform: FakePlatform, tmp_path: Path
) -> None:
    from dataclasses import replace

    from desktop.cli import parse_args, playbook_sources

    team = tmp_path / "team"
    team.mkdir()
    (team / "t.yaml").write_text(
        "name: t\nlanguage: en\nentries:\n"
        "  - {id: t.new, category: C, question: Brand new team reply, reply: Hi}\n",
        encoding="utf-8",
    )
    args = parse_args(["--no-defaults", "--playbooks", str(DATA / "widget")])
    live: list[QuickReplyApp] = []
    first = Settings(hotkey_show="ctrl+alt+space")
    app = QuickReplyApp(
        load_library([DATA / "widget"]),
        platform,
        paths,
        first,
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
        sources=lambda: playbook_sources(args, paths, live[0].settings if live else first),
    )
    live.append(app)
    qtbot.addWidget(app.window)
    app.register_hotkeys()
    app.settings_changed.connect(app.use_new_sources_and_apps)
    assert (
        app.apply_settings(replace(app.settings, team_sources=(str(team),), watched_apps=("WeChat",))) == []
    )
    qtbot.waitUntil(lambda: "t.new" in app.library.index.position, timeout=5000)
    assert app.attention_watcher is not None


def test_a_font_size_change_fetches_reloads_and_registers_nothing(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    done: list[str] = []
    monkeypatch.setattr(app.library_service, "refresh_team", lambda: done.append("team fetched"))
    monkeypatch.setattr(app, "watch_chat_apps", lambda _names: done.append("watcher restarted"))
    app.library_service.reloader = type(
        "Reloader", (), {"reload_now": lambda _self: done.append("library reloaded")}
    )()
    app.library_service.team_timer = QTimer()
    app.settings_changed.connect(app.use_new_sources_and_apps)
    app.register_hotkeys()
    platform.calls.clear()
    try:
        assert app.apply_settings(replace(app.settings, font_size_pt=14)) == []
        assert (done, platform.calls) == ([], [])
        assert app.apply_settings(replace(app.settings, team_sources=("https://shop.example/t/",))) == []
        assert done == ["team fetched", "library reloaded"]
        assert platform.calls == []  # hotkeys untouched
        assert app.apply_settings(replace(app.settings, hotkey_done="ctrl+alt+k")) == []
        assert "unregister" in platform.calls
        assert "ctrl+alt+k" in platform.hotkeys
    finally:
        app.apply_settings(replace(app.settings, font_size_pt=0))


def test_appearance_settings_apply_at_once(qtbot: QtBot, app: QuickReplyApp) -> None:
    from dataclasses import replace

    system_size = QApplication.font().pointSizeF()
    app.flow.summon()
    app.window.search_box.setText("订单")
    row_height = app.window.results.sizeHintForRow(0)
    try:
        assert (
            app.apply_settings(
                replace(app.settings, window_opacity_percent=80, font_size_pt=15, theme="dark")
            )
            == []
        )
        assert app.window.windowOpacity() == pytest.approx(0.8, abs=0.01)
        assert app.countdowns.strip.windowOpacity() == pytest.approx(0.8, abs=0.01)
        assert QApplication.font().pointSizeF() == 15
        # Where agents read, not only the window: the list, its rows, the preview, the box.
        window = app.window
        for part in (window.results, window.preview, window.search_box, window.status, window.form):
            assert part.font().pointSizeF() == 15, part.objectName()
        assert window.results.sizeHintForRow(0) > row_height * 1.3
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 80  # dark, whether the platform or our palette did it
    finally:
        app.apply_settings(replace(app.settings, window_opacity_percent=100, font_size_pt=0, theme="system"))
    assert QApplication.font().pointSizeF() == system_size
    assert app.window.results.sizeHintForRow(0) == row_height
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_a_bundled_reply_cannot_be_deleted_and_the_box_says_why(qtbot: QtBot, app: QuickReplyApp) -> None:
    entry = app.library.entries[0]
    assert not app.editing.is_personal(entry)
    box = app.editing.delete_entry(entry)
    qtbot.addWidget(box)
    assert box.text() == (
        "Team and bundled replies cannot be deleted here: edit to make your own copy, or ask your team lead."
    )


def test_a_chat_app_with_its_own_paste_key_gets_it(
    qtbot: QtBot, paths: AppPaths, platform: FakePlatform
) -> None:
    settings = Settings(hotkey_show="ctrl+alt+space", paste_method_by_app={"qianniu": "shift+insert"})
    app = make_app(qtbot, paths, platform, settings)
    app.register_hotkeys()
    press_hotkey(qtbot, app, platform)  # the fake chat window's app is "qianniu"
    qtbot.keyClicks(app.window.search_box, "hy")
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert platform.calls == ["focus 42", "paste shift+insert"]


def test_a_new_ui_language_applies_at_once(qtbot: QtBot, app: QuickReplyApp) -> None:
    from dataclasses import replace

    app.flow.summon()
    app.window.search_box.setText("nothing-matches-this")
    assert "No reply matches" in app.window.status.text()
    try:
        assert app.apply_settings(replace(app.settings, ui_language="ko_KR")) == []
        qtbot.addWidget(app.window)
        assert app.window.isVisible()
        assert app.window.search_box.text() == "nothing-matches-this"  # kept across the rebuild
        assert any("\uac00" <= ch <= "\ud7a3" for ch in app.window.status.text())
        app.countdowns.start(Kind.REPLY, "a")
        assert app.window.title_bar.countdowns.chips  # the new header shows the countdowns
    finally:
        app.apply_settings(replace(app.settings, ui_language="en"))
    assert "No reply matches" in app.window.status.text()


def test_start_up_problems_show_in_the_banner_and_follow_the_language(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "name: Broken\nlanguage: en\nentries:\n  - category: A\n    question: B\n", encoding="utf-8"
    )
    paths.usage.parent.mkdir(parents=True, exist_ok=True)
    paths.usage.write_text("{not json", encoding="utf-8")
    platform = FakePlatform(
        cannot=[Message("Wayland lets no program take global hotkeys or type into other windows")]
    )
    app = QuickReplyApp(
        load_library([DATA / "widget", broken]), platform, paths, Settings(countdown_on_summon=False)
    )
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)
    banner = app.window.banner
    assert not banner.isHidden()  # at start, not only after the next reload
    lines = banner.text().splitlines()
    assert "counting starts afresh" in lines[0]  # the damaged usage file, kept aside
    assert "Wayland lets no program" in lines[1]  # what this system cannot do
    assert f"{broken}:4:5: 'reply' is missing" in lines[2]

    app.switch_language("ko_KR")
    try:
        lines = app.window.banner.text().splitlines()
        assert not app.window.banner.isHidden()
        after_place = lines[2].split(f"{broken}:4:5:")[1]
        assert any("\uac00" <= ch <= "\ud7a3" for ch in after_place)  # the playbook problem itself
        assert any("\uac00" <= ch <= "\ud7a3" for ch in lines[1])
        assert "Wayland" in lines[1]
    finally:
        app.switch_language("en")

    # Notices and settings problems come first: only the banner tells of them.
    app.show_setting_problems(read_settings_problems(paths, '{"schema_version": 1, "colour": "red"}'))
    banner = app.window.banner  # the window was built anew for each language
    text = banner.text()
    assert "unknown setting 'colour' is ignored" in text.splitlines()[2]
    assert "1 more" in text  # three lines at most: the banner never buries the search box
    assert str(broken) not in text

    dialog = app.panels.show_settings()
    qtbot.addWidget(dialog)
    assert dialog.apply_button.isEnabled()  # nothing to edit for an unknown key: OK writes the file anew
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert app.setting_problems == []
    assert read_settings(paths.settings)[1] == []  # the file is clean now
    assert "colour" not in banner.text()
    assert f"{broken}:4:5:" in banner.text()


def read_settings_problems(paths: AppPaths, text: str) -> list[str]:
    paths.settings.parent.mkdir(parents=True, exist_ok=True)
    paths.settings.write_text(text, encoding="utf-8")
    return read_settings(paths.settings)[1]


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX signals")
def test_sigterm_quits_through_the_event_loop_and_the_old_handlers_come_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert app is not None
    quits: list[bool] = []
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    before = signal.getsignal(signal.SIGTERM)
    with QuitOnSignals(app):
        assert signal.getsignal(signal.SIGTERM) is not before
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: quits == [True], timeout=2000)
    assert signal.getsignal(signal.SIGTERM) is before
    assert signal.set_wakeup_fd(-1) == -1  # no wakeup socket left installed


def test_the_single_instance_channel_ignores_what_it_does_not_know(qtbot: QtBot, paths: AppPaths) -> None:
    from PySide6.QtNetwork import QLocalSocket

    from desktop.ui.instance import SingleInstanceServer

    name = instance_name(paths)
    server = SingleInstanceServer(name)
    asked: list[str] = []
    server.window_requested.connect(asked.append)
    unconnected = QLocalSocket.LocalSocketState.UnconnectedState
    for command in (b"open ../../etc\n", b"rm -rf\n", b"open today\n"):
        socket = QLocalSocket()
        socket.connectToServer(name)
        assert socket.waitForConnected(1000)
        socket.write(command)
        socket.waitForBytesWritten(1000)
        qtbot.waitUntil(lambda sent=socket: sent.state() == unconnected, timeout=2000)  # read and answered
    assert asked == ["today"]
    server.close()


def test_every_action_of_the_table_has_a_handler_and_the_tray_menu_runs_it(
    qtbot: QtBot, app: QuickReplyApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.actions import ACTIONS
    from desktop.ui.tray import Tray

    assert set(app.actions) == {action.id for action in ACTIONS}
    ran: list[str] = []
    for action_id in app.actions:
        monkeypatch.setitem(app.actions, action_id, partial(ran.append, action_id))
    tray = Tray()
    tray.action_triggered.connect(app.run_action)
    for item in tray.menu.actions():
        if item.text():
            item.trigger()
    assert ran == [action.id for action in ACTIONS]


def test_pause_in_the_tray_pauses_the_reminders_and_a_rebuilt_tray_shows_it_ticked(
    app: QuickReplyApp,
) -> None:
    from desktop.ui.tray import Tray

    tray = Tray()
    tray.action_triggered.connect(app.run_action)
    tray.items["pause"].trigger()
    assert app.countdowns.paused
    rebuilt = Tray(checked={"pause"})  # after a language change
    assert rebuilt.items["pause"].isChecked()
    tray.items["pause"].trigger()
    assert not app.countdowns.paused


def test_ctrl_n_in_the_window_opens_a_new_reply_with_what_was_typed(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.flow.summon()
    app.window.search_box.setText("能开专票吗")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = app.editing.editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.question.text() == "能开专票吗"


def test_a_failed_team_refresh_is_said_in_the_banner_until_one_goes_well(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    note = Message(
        "{url} {why}; using the copy from {when}",
        url="https://shop.example/team.yaml",
        why="could not be fetched (timed out)",
        when="2026-12-03 09:00",
    )
    app.library_service.refresh_team_every(10, lambda: ([note], False))
    with qtbot.waitSignal(app.library_service.team_noted, timeout=3000):
        app.library_service.refresh_team()
    assert "https://shop.example/team.yaml could not be fetched" in app.window.banner.text()
    assert not app.window.banner.isHidden()
    app.library_service.refresh_team_every(10, lambda: ([], False))
    with qtbot.waitSignal(app.library_service.team_noted, timeout=3000):
        app.library_service.refresh_team()
    assert app.window.banner.isHidden()


def test_the_socket_lives_in_a_folder_only_this_user_can_enter(
    tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stat

    from desktop.ui import instance

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(instance.tempfile, "gettempdir", lambda: str(tmp_path))
    name = Path(instance_name(paths))
    assert name.parent == tmp_path / f"quickreply-{os.getuid()}"
    assert stat.S_IMODE(name.parent.stat().st_mode) == 0o700
    name.parent.chmod(0o777)  # someone opened it up (or made it for us): not used
    taken = Path(instance_name(paths))
    assert taken.parent == paths.config
    assert taken.name.endswith(".sock")


def test_only_one_launch_holds_the_lock_and_a_crashed_holder_is_taken_over(paths: AppPaths) -> None:
    import subprocess
    import sys

    from desktop.ui.instance import InstanceLock

    first, second = InstanceLock(paths), InstanceLock(paths)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()
    # A holder killed without releasing: its process is gone, so the lock is free again.
    holder = (
        "import sys; from pathlib import Path; from desktop.core.paths import AppPaths; "
        "from desktop.ui.instance import InstanceLock; "
        "lock = InstanceLock(AppPaths.for_user(Path(sys.argv[1]))); assert lock.acquire(); "
        "import os; os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", holder, str(paths.config)], check=True)
    assert (paths.config / "quickreply.lock").exists()
    assert InstanceLock(paths).acquire()


def test_a_frozen_clipboard_owner_still_lets_the_reply_in_and_the_agent_is_told(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    platform.owner_answers = False
    QApplication.clipboard().clear()  # Qt owning the clipboard itself never asks the owner
    app.register_hotkey("ctrl+alt+space")
    press_hotkey(qtbot, app, platform)
    qtbot.keyClicks(app.window.search_box, "hy")
    with qtbot.waitSignal(app.paster.pasted) as pasted:
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert pasted.args is not None
    assert pasted.args[0] is True
    assert platform.calls == ["focus 42", "paste ctrl+v"]
    assert "could not be kept" in app.window.status.text()


def test_a_saved_width_wider_than_the_screen_is_brought_back_onto_it(
    qtbot: QtBot, paths: AppPaths, platform: FakePlatform
) -> None:
    from desktop.core.window_state import WindowState

    screen = QApplication.primaryScreen().availableGeometry()
    WindowState(0, 0, screen.width() + 400, 540).write(paths.config / "window.json")
    app = make_app(qtbot, paths, platform)
    assert app.window.width() <= screen.width()


def test_a_waiting_part_is_said_on_the_timer_strip_while_the_window_is_hidden(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    qtbot.addWidget(app.countdowns.strip)
    paste_the_first_of_three_parts(qtbot, app, platform)
    strip = app.countdowns.strip
    assert not app.window.isVisible()
    assert strip.isVisible()  # no countdown runs: the strip shows for the waiting part alone
    assert strip.note.text() == "Part 2 of 3 ready: the hotkey in that chat offers it"
    for _ in (2, 3):
        press_hotkey(qtbot, app, platform)
        with qtbot.waitSignal(app.paster.pasted):
            qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    assert strip.note.isHidden()
    assert not strip.isVisible()  # all sent, nothing running: gone again


def test_start_at_login_from_settings_keeps_the_config_dir_the_widget_runs_with(
    qtbot: QtBot, app: QuickReplyApp, paths: AppPaths
) -> None:
    dialog = app.panels.show_settings()
    qtbot.addWidget(dialog)
    assert paths.chosen is not None
    assert dialog.command[-3:] == ["--config-dir", str(paths.chosen), "--background"]


def test_settings_open_while_the_language_changes_come_back_in_the_new_language(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    from dataclasses import replace

    dialog = app.panels.show_settings()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(2)
    try:
        assert app.apply_settings(replace(app.settings, ui_language="ko_KR")) == []
        qtbot.waitUntil(lambda: app.panels.settings_dialog not in (None, dialog), timeout=2000)
        fresh = app.panels.settings_dialog
        assert fresh is not None
        qtbot.addWidget(fresh)
        assert fresh.isVisible()
        assert fresh.tabs.currentIndex() == 2
        assert any("\uac00" <= ch <= "\ud7a3" for ch in fresh.windowTitle())
        assert fresh.ok_button.text() == "확인"  # Qt's own button in the new language too
    finally:
        app.apply_settings(replace(app.settings, ui_language="en"))


def test_recording_a_hotkey_pauses_ours_and_names_a_combination_another_program_holds(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    app.register_hotkeys()
    assert "ctrl+alt+a" in platform.hotkeys
    platform.taken.add("ctrl+alt+k")
    dialog = app.panels.show_settings()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.recorders["hotkey_reply"].parentWidget())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    recorder = dialog.recorders["hotkey_reply"]
    recorder.setFocus()
    qtbot.waitUntil(lambda: platform.hotkeys == {})  # Ctrl+Alt+A in the box must not start a countdown
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(recorder, Qt.Key.Key_A, modifiers)
    assert app.countdowns.board.running() == []
    qtbot.keyClick(recorder, Qt.Key.Key_K, modifiers)
    note = dialog.hotkey_notes["hotkey_reply"]
    assert note.isVisibleTo(dialog)
    assert "ctrl+alt+k is already taken by another program" in note.text()
    qtbot.keyClick(recorder, Qt.Key.Key_J, modifiers)
    assert not note.isVisibleTo(dialog)  # the message goes with the combination
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "ctrl+alt+a" in platform.hotkeys)  # ours are back, unchanged


def test_an_empty_query_opens_on_the_replies_in_the_chats_language(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform
) -> None:
    from dataclasses import replace

    korean = next(entry for entry in app.library.entries if entry.language == "ko-KR")
    app.usage.record(korean.id)  # the Korean reply is the most used one
    app.library.index.set_usage(app.usage.frecency())
    app.register_hotkey("ctrl+alt+space")

    def first_row_in(title: str, handle: int) -> str:
        platform.foreground_window = Target(handle, title, "chat")
        press_hotkey(qtbot, app, platform)
        app.window.search_box.clear()  # the last query stays selected after a paste: the agent clears it
        first = app.window.current_entry()
        assert first is not None
        app.window.dismiss()
        return first.language

    assert first_row_in("王女士 - 千牛工作台", 50) == "zh-CN"  # the title's script
    assert first_row_in("김민수 - 카카오톡", 51) == "ko-KR"
    try:
        app.apply_settings(replace(app.settings, ui_language="zh_CN"))
        assert first_row_in("Customer chat", 52) == "zh-CN"  # nothing to tell by: the interface language
        platform.foreground_window = Target(52, "Customer chat", "chat")
        press_hotkey(qtbot, app, platform)
        app.window.search_box.setText(korean.question)
        with qtbot.waitSignal(app.paster.pasted):
            qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
        assert first_row_in("Customer chat", 52) == "ko-KR"  # this chat's customer was answered in Korean
        assert first_row_in("Other chat", 53) == "zh-CN"
    finally:
        app.apply_settings(replace(app.settings, ui_language="en"))  # the next tests read English


def test_what_the_agent_chose_after_typing_comes_first_next_time_and_after_a_restart(
    qtbot: QtBot, app: QuickReplyApp, platform: FakePlatform, paths: AppPaths
) -> None:
    app.register_hotkey("ctrl+alt+space")
    press_hotkey(qtbot, app, platform)
    app.window.search_box.setText("亲")  # every Chinese reply says 亲: several results
    first_before = app.window.current_entry()
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Down)  # not the first: the one the agent means
    chosen = app.window.current_entry()
    assert chosen is not None
    assert first_before is not None
    assert chosen.id != first_before.id
    with qtbot.waitSignal(app.paster.pasted):
        qtbot.keyClick(app.window.search_box, Qt.Key.Key_Return)
    press_hotkey(qtbot, app, platform)
    app.window.search_box.clear()
    app.window.search_box.setText("亲")
    assert app.window.current_entry() == chosen
    restarted = make_app(qtbot, paths, FakePlatform())
    restarted.window.search_box.setText("亲")
    assert restarted.window.current_entry() == chosen
    learned = restarted.usage.export()["learned"]
    assert isinstance(learned, dict)
    assert list(learned) == ["亲"]  # the prefix typed, with the one entry it led to
    assert learned["亲"][chosen.id]["count"] == 1
