"""The settings window: what it shows, what Apply / OK use and save, and that nothing is cut off."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.settings import CHECKS, SPECS, Settings, read_settings, write_settings
from desktop.platform.autostart import create_autostart, login_command
from desktop.ui.settings_dialog import (
    INPUT_SWITCH_WARNING,
    HotkeyRecorder,
    SettingsDialog,
    hotkey_text,
    switches_input_method,
)
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui

CUSTOM = Settings(
    hotkey_show="ctrl+shift+f9",
    hotkey_greeting="Ctrl+Alt+G",  # hand-written: shown normalized, kept as written when untouched
    hotkey_reply="",
    hotkey_done="meta+d",
    greeting_target_s=12.5,
    reply_target_s=30.0,
    warning_lead_s=3.0,
    countdown_on_summon=False,
    always_show_timers=True,
    warning_sound=True,
    overdue_sound=False,
    watched_apps=("qianniu", "카카오톡"),
    paste_method_by_app={"WeChat": "shift+insert"},
    restore_delay_ms=900,
    paste_method="shift+insert",
    send_each_part=True,
    part_pause_ms=450,
    use_bundled_playbooks=False,
    team_sources=("//server/team", "https://example.com/playbooks/"),
    active_team_playbooks=("store",),
    allow_http_hosts=("192.168.1.20",),
    team_refresh_minutes=30,
    theme="dark",
    ui_language="ko_KR",
)
# Texts outside Qt's translation system: language names and the examples under hints.
LANGUAGE_NAMES = ["中文", "한국어", "English"]


@dataclass
class FakeAutostart:
    enabled: bool = False
    calls: list[tuple[str, list[str]]] = field(default_factory=list)

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self, command: Sequence[str]) -> None:
        self.calls.append(("enable", list(command)))
        self.enabled = True

    def disable(self) -> None:
        self.calls.append(("disable", []))
        self.enabled = False


@dataclass
class Applier:
    """The app's ``apply_settings``: records what it got, returns ``problems``."""

    problems: list[str] = field(default_factory=list)
    applied: list[Settings] = field(default_factory=list)

    def __call__(self, settings: Settings) -> list[str]:
        self.applied.append(settings)
        return list(self.problems)


@pytest.fixture
def settings_path(config_dir: Path) -> Path:
    return config_dir / "settings.json"


@pytest.fixture
def applier() -> Applier:
    return Applier()


@pytest.fixture
def make_dialog(qtbot: QtBot, settings_path: Path, applier: Applier) -> Callable[..., SettingsDialog]:
    def make(
        settings: Settings = CUSTOM,
        autostart: FakeAutostart | None = None,
        system: str = "linux",
        apply: Callable[[Settings], list[str]] | None = None,
    ) -> SettingsDialog:
        dialog = SettingsDialog(
            settings,
            apply or applier,
            settings_path,
            autostart if autostart is not None else FakeAutostart(),
            system=system,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def click_box(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself: the middle of a wide check box is empty space."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def shown_value(widget: QWidget) -> object:
    if isinstance(widget, HotkeyRecorder):
        return widget.text()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QPlainTextEdit)
    return tuple(widget.toPlainText().splitlines())


def test_every_setting_has_a_field_showing_its_current_value(
    make_dialog: Callable[..., SettingsDialog],
) -> None:
    dialog = make_dialog()
    assert set(dialog.fields) == {f.name for f in fields(Settings)}
    expected = {f.name: getattr(CUSTOM, f.name) for f in fields(Settings)}
    expected |= {
        "hotkey_show": "Ctrl+Shift+F9",  # as the keyboard labels it; saved as ctrl+shift+f9
        "hotkey_greeting": "Ctrl+Alt+G",
        "hotkey_reply": "",
        "hotkey_done": "Super+D",
        "paste_method_by_app": ("WeChat = shift+insert",),  # shown as lines: app = key
    }
    assert {key: shown_value(widget) for key, widget in dialog.fields.items()} == expected
    assert dialog.edited_settings() == CUSTOM  # untouched fields keep their exact values
    assert not dialog.apply_button.isEnabled()  # nothing to apply yet


def test_ok_applies_exactly_the_changes_and_saves_them(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], applier: Applier, settings_path: Path
) -> None:
    dialog = make_dialog()
    greeting = dialog.fields["greeting_target_s"]
    assert isinstance(greeting, QDoubleSpinBox)
    greeting.setValue(10.0)
    warning = dialog.fields["warning_sound"]
    assert isinstance(warning, QCheckBox)
    click_box(qtbot, warning)
    apps = dialog.fields["watched_apps"]
    assert isinstance(apps, QPlainTextEdit)
    apps.setPlainText("qianniu\n  WeChat  \n\n카카오톡\n")
    assert dialog.apply_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    wanted = replace(
        CUSTOM, greeting_target_s=10.0, warning_sound=False, watched_apps=("qianniu", "WeChat", "카카오톡")
    )
    assert applier.applied == [wanted]
    assert read_settings(settings_path) == (wanted, [])
    assert not dialog.isVisible()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_apply_keeps_the_dialog_open_and_ok_without_changes_applies_nothing(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], applier: Applier, settings_path: Path
) -> None:
    dialog = make_dialog()
    pause = dialog.fields["part_pause_ms"]
    assert isinstance(pause, QSpinBox)
    pause.setValue(100)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert applier.applied == [replace(CUSTOM, part_pause_ms=100)]
    assert dialog.isVisible()
    assert not dialog.apply_button.isEnabled()
    settings_path.unlink()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(applier.applied) == 1
    assert not settings_path.exists()
    assert not dialog.isVisible()


def test_a_taken_hotkey_is_shown_and_nothing_is_saved(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], settings_path: Path
) -> None:
    from desktop.app import QuickReplyApp
    from desktop.core.library import load_library
    from desktop.core.paths import AppPaths
    from tests.conftest import DATA

    platform = FakePlatform()
    platform.taken.add("ctrl+alt+x")
    before = Settings(hotkey_show="ctrl+alt+space", countdown_on_summon=False)
    app = QuickReplyApp(
        load_library([DATA / "widget"]), platform, AppPaths.for_user(settings_path.parent), before
    )
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)
    assert app.register_hotkeys() == []
    dialog = make_dialog(before, apply=app.apply_settings)

    qtbot.keyClick(
        dialog.recorders["hotkey_show"],
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.problems.isVisible()
    assert "show hotkey: hotkey ctrl+alt+x is already taken by another program" in dialog.problems.text()
    assert not settings_path.exists()
    assert app.settings == before
    assert "ctrl+alt+space" in platform.hotkeys  # the working hotkey is back


def test_recording_a_combination_shows_it_in_our_form(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog]
) -> None:
    dialog = make_dialog()
    recorder = dialog.recorders["hotkey_greeting"]
    recorder.setFocus()
    with qtbot.waitSignal(recorder.hotkey_changed) as recorded:
        qtbot.keyClick(
            recorder, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
    assert recorded.args == ["ctrl+alt+k"]
    assert recorder.text() == "Ctrl+Alt+K"
    assert not dialog.hotkey_notes["hotkey_greeting"].isVisible()
    qtbot.keyClick(
        recorder, Qt.Key.Key_Exclam, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert recorder.text() == "Ctrl+Shift+1"  # the key under the symbol
    qtbot.keyClick(recorder, Qt.Key.Key_F5)
    assert recorder.text() == "F5"
    edited = dialog.edited_settings()
    assert edited is not None
    assert edited.hotkey_greeting == "f5"


def test_input_method_switches_are_warned_about_but_allowed(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog]
) -> None:
    dialog = make_dialog()
    recorder = dialog.recorders["hotkey_show"]
    qtbot.keyClick(recorder, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    note = dialog.hotkey_notes["hotkey_show"]
    assert recorder.text() == "Ctrl+Space"
    assert note.isVisible()
    assert note.text() == f"⚠ {INPUT_SWITCH_WARNING}"
    assert dialog.apply_button.isEnabled()
    qtbot.keyClick(
        recorder, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert not note.isVisible()  # only macOS uses ctrl+alt+space


@pytest.mark.parametrize(
    ("combination", "system", "expected"),
    [
        ("ctrl+space", "win32", True),
        ("Shift+Space", "linux", True),
        ("ctrl+shift", "win32", True),
        ("alt+shift", "win32", True),
        ("ctrl+alt+space", "win32", False),
        ("ctrl+alt+space", "darwin", True),
        ("ctrl+space", "darwin", True),
        ("ctrl+shift+space", "darwin", False),
        ("ctrl+alt+k", "linux", False),
    ],
)
def test_which_combinations_switch_input_methods(combination: str, system: str, expected: bool) -> None:
    assert switches_input_method(combination, system) is expected


def test_on_macos_command_is_meta_and_control_is_ctrl(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog]
) -> None:
    dialog = make_dialog(system="darwin")
    recorder = dialog.recorders["hotkey_done"]
    # Qt on macOS reports Command as ControlModifier and Control as MetaModifier.
    qtbot.keyClick(recorder, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert recorder.text() == "⌘K"
    assert recorder.value() == "meta+k"
    qtbot.keyClick(
        recorder, Qt.Key.Key_Space, Qt.KeyboardModifier.MetaModifier | Qt.KeyboardModifier.AltModifier
    )
    assert recorder.text() == "⌃⌥Space"
    assert dialog.hotkey_notes["hotkey_done"].text() == f"⚠ {INPUT_SWITCH_WARNING}"
    assert hotkey_text(Qt.Key.Key_K, Qt.KeyboardModifier.MetaModifier, "linux") == "meta+k"


def test_clearing_switches_a_hotkey_off(qtbot: QtBot, make_dialog: Callable[..., SettingsDialog]) -> None:
    dialog = make_dialog()
    qtbot.mouseClick(dialog.clear_buttons["hotkey_show"], Qt.MouseButton.LeftButton)
    assert dialog.recorders["hotkey_show"].text() == ""
    assert not dialog.clear_buttons["hotkey_show"].isEnabled()
    qtbot.keyClick(dialog.recorders["hotkey_done"], Qt.Key.Key_Backspace)
    edited = dialog.edited_settings()
    assert edited is not None
    assert (edited.hotkey_show, edited.hotkey_done) == ("", "")


def test_invalid_hotkeys_are_explained_and_block_apply(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], applier: Applier, settings_path: Path
) -> None:
    dialog = make_dialog(replace(CUSTOM, hotkey_done="ctrl+alt+nope"))
    note = dialog.hotkey_notes["hotkey_done"]
    assert note.isVisible()
    assert "'nope' is not a key a global hotkey can use" in note.text()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.apply_button.isEnabled()
    assert not dialog.apply()
    qtbot.keyClick(dialog.recorders["hotkey_done"], Qt.Key.Key_K)  # a bare key
    assert "needs a modifier" in note.text()
    qtbot.keyClick(dialog.recorders["hotkey_done"], Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(
        dialog.recorders["hotkey_done"],
        Qt.Key.Key_F9,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert note.text() == "✖ ctrl+shift+f9 is already used for “Show QuickReply”"
    assert not dialog.ok_button.isEnabled()
    assert applier.applied == []
    assert not settings_path.exists()
    qtbot.keyClick(dialog.recorders["hotkey_done"], Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert not note.isVisible()
    assert dialog.ok_button.isEnabled()


def test_restore_defaults_fills_in_the_defaults_without_saving(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], applier: Applier, settings_path: Path
) -> None:
    dialog = make_dialog()
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.defaults_question is not None
    dialog.defaults_question.button(QMessageBox.StandardButton.RestoreDefaults).click()  # asked first
    defaults = Settings()
    assert shown_value(dialog.fields["greeting_target_s"]) == defaults.greeting_target_s
    assert shown_value(dialog.fields["watched_apps"]) == defaults.watched_apps
    assert dialog.recorders["hotkey_reply"].value() == defaults.hotkey_reply
    assert applier.applied == []
    assert not settings_path.exists()
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert applier.applied == [defaults]
    assert read_settings(settings_path) == (defaults, [])


def test_cancel_and_escape_change_nothing(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], applier: Applier, settings_path: Path
) -> None:
    dialog = make_dialog()
    qtbot.keyClick(dialog.recorders["hotkey_show"], Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.recorders["hotkey_show"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == SettingsDialog.DialogCode.Rejected
    assert applier.applied == []
    assert not settings_path.exists()


def test_start_at_login_is_switched_on_apply(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], applier: Applier
) -> None:
    autostart = FakeAutostart()
    dialog = make_dialog(autostart=autostart)
    assert not dialog.start_at_login.isChecked()
    click_box(qtbot, dialog.start_at_login)
    assert autostart.calls == []  # not before Apply
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert autostart.calls == [("enable", login_command())]
    assert login_command()[-1] == "--background"  # no window over the agent's work at login
    click_box(qtbot, dialog.start_at_login)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert autostart.calls[1:] == [("disable", [])]
    assert applier.applied == []  # the settings themselves did not change
    assert make_dialog(autostart=FakeAutostart(enabled=True)).start_at_login.isChecked()


def test_start_at_login_writes_the_xdg_entry(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], tmp_path: Path
) -> None:
    autostart = create_autostart("linux", environ={"XDG_CONFIG_HOME": str(tmp_path / "xdg")}, home=tmp_path)
    dialog = SettingsDialog(CUSTOM, Applier(), tmp_path / "settings.json", autostart, command=["quickreply"])
    qtbot.addWidget(dialog)
    dialog.start_at_login.setChecked(True)
    assert dialog.apply()
    entry = tmp_path / "xdg" / "autostart" / "quickreply.desktop"
    assert "Exec=quickreply" in entry.read_text(encoding="utf-8")
    dialog.start_at_login.setChecked(False)
    assert dialog.apply()
    assert not entry.exists()


def test_a_failed_save_is_reported(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    dialog = SettingsDialog(CUSTOM, Applier(), blocker / "settings.json", FakeAutostart())
    qtbot.addWidget(dialog)
    dialog.restore_defaults()
    assert not dialog.apply()
    assert "not saved" in dialog.problems.text()


def test_number_fields_accept_exactly_what_the_settings_accept(
    make_dialog: Callable[..., SettingsDialog],
) -> None:
    dialog = make_dialog()
    for key, widget in dialog.fields.items():
        if not isinstance(widget, QSpinBox | QDoubleSpinBox):
            continue
        check = CHECKS[key][0]
        low, high = widget.minimum(), widget.maximum()
        assert check(type(getattr(CUSTOM, key))(low)), key
        assert check(type(getattr(CUSTOM, key))(high)), key
        assert not check(type(getattr(CUSTOM, key))(low - 1)), key
        assert not check(type(getattr(CUSTOM, key))(high + 1)), key


def test_the_macos_note_shows_on_macos_only(make_dialog: Callable[..., SettingsDialog]) -> None:
    mac = make_dialog(system="darwin")
    mac.tabs.setCurrentIndex(2)
    assert mac.mac_note.isVisible()
    assert "countdowns start manually only" in mac.mac_note.text()
    linux = make_dialog(system="linux")
    linux.tabs.setCurrentIndex(2)
    assert not linux.mac_note.isVisible()


@pytest.mark.parametrize("system", ["linux", "darwin"])
def test_nothing_is_cut_off(qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], system: str) -> None:
    # Long notes in every place that can show one: warnings, an error and a refused Apply.
    settings = replace(
        CUSTOM, hotkey_show="ctrl+space", hotkey_done="ctrl+alt+nope", watched_apps=("카카오톡",)
    )
    refusal = Applier(problems=["new customer hotkey: " + "这个组合已被别的程序占用 " * 12])
    dialog = make_dialog(settings, system=system, apply=refusal)
    # Notes that appear while the dialog is open, at the size it opened with (no adjustSize()).
    qtbot.keyClick(dialog.recorders["hotkey_greeting"], Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.recorders["hotkey_done"], Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.problems.isVisible()
    assert dialog.hotkey_notes["hotkey_greeting"].isVisible()
    checked = 0
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, QLabel | QCheckBox | QGroupBox):
                continue
            checked += 1
            if isinstance(widget, QLabel) and widget.wordWrap():
                assert widget.heightForWidth(widget.width()) <= widget.height(), widget.text()
            elif isinstance(widget, QGroupBox):
                title_width = widget.fontMetrics().horizontalAdvance(widget.title())
                assert title_width < widget.width(), widget.title()
            else:
                assert widget.sizeHint().width() <= widget.width(), widget.text()
                assert widget.sizeHint().height() <= widget.height(), widget.text()
    assert checked > 30
    bar = dialog.tabs.tabBar()
    for index in range(bar.count()):
        assert bar.tabSizeHint(index).width() <= bar.tabRect(index).width(), bar.tabText(index)
    for button in dialog.buttons.buttons():
        assert button.sizeHint().width() <= button.width(), button.text()


def test_the_language_is_chosen_by_its_own_name_and_saved(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], applier: Applier, settings_path: Path
) -> None:
    dialog = make_dialog(replace(CUSTOM, ui_language=""))
    combo = dialog.fields["ui_language"]
    assert isinstance(combo, QComboBox)
    items = [(combo.itemText(index), combo.itemData(index)) for index in range(combo.count())]
    assert items == [("Follow the system", ""), ("中文", "zh_CN"), ("한국어", "ko_KR"), ("English", "en")]
    assert all(CHECKS["ui_language"][0](value) for _, value in items)
    appearance = dialog.tabs.widget(dialog.tabs.count() - 1)
    assert appearance is not None
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Appearance"
    assert combo in appearance.findChildren(QComboBox)
    notes = [label.text() for label in appearance.findChildren(QLabel)]
    assert "QuickReply switches to the new language as soon as you apply it." in notes
    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert applier.applied == [replace(CUSTOM, ui_language="zh_CN")]
    assert read_settings(settings_path)[0].ui_language == "zh_CN"


def test_without_a_translator_every_text_is_english(make_dialog: Callable[..., SettingsDialog]) -> None:
    dialog = make_dialog()
    texts = [dialog.windowTitle(), *(dialog.tabs.tabText(i) for i in range(dialog.tabs.count()))]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QCheckBox | QToolButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QPlainTextEdit | HotkeyRecorder):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    texts += [button.text() for button in dialog.buttons.buttons()]
    assert "Greeting target" in texts
    foreign = [text for text in texts if any(ord(c) > 0x2FFF for c in text) and text not in LANGUAGE_NAMES]
    assert foreign == []


class MarkingTranslator(QTranslator):
    """Translates the dialog's contexts to «source», so untranslated texts stand out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context in ("SettingsDialog", "HotkeyRecorder"):
            return f"«{source}»"
        return source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def test_every_text_goes_through_the_translator(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog]
) -> None:
    translator = MarkingTranslator()
    assert QCoreApplication.installTranslator(translator)
    try:
        dialog = make_dialog()
        # A warning, an error and a refused Apply: the texts that appear later.
        qtbot.keyClick(
            dialog.recorders["hotkey_reply"], Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.keyClick(
            dialog.recorders["hotkey_greeting"],
            Qt.Key.Key_F9,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert not dialog.apply()
    finally:
        QCoreApplication.removeTranslator(translator)

    def translated(text: str) -> bool:
        return text.startswith("«") and text.endswith("»")

    texts = [dialog.windowTitle(), *(dialog.tabs.tabText(i) for i in range(dialog.tabs.count()))]
    texts += [button.text() for button in dialog.buttons.buttons()]
    texts += dialog.problems.text().splitlines()
    texts += [text for clear in dialog.clear_buttons.values() for text in (clear.text(), clear.toolTip())]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QCheckBox):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.text():
            texts.append(widget.text().removeprefix("✖ ").removeprefix("⚠ "))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, HotkeyRecorder):
            texts += [widget.placeholderText(), widget.toolTip()]
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText().splitlines()[0])  # the hint; examples are data
    assert len(texts) > 50
    untranslated = [text for text in texts if not translated(text)]
    assert untranslated == []
    assert "«Fix the hotkeys marked in red first.»" in texts
    assert "«ctrl+shift+f9 is already used for “«Show QuickReply»”»" in texts
    assert "«Chinese and Korean systems use this combination to switch the input method»" in texts
    theme, language = dialog.fields["theme"], dialog.fields["ui_language"]
    assert isinstance(theme, QComboBox)
    assert isinstance(language, QComboBox)
    assert [theme.itemText(i) for i in range(theme.count())] == ["«Follow the system»", "«Light»", "«Dark»"]
    assert [language.itemText(i) for i in range(language.count())] == ["«Follow the system»", *LANGUAGE_NAMES]
    suffixes = {
        key: widget.suffix()
        for key, widget in dialog.fields.items()
        if isinstance(widget, QSpinBox | QDoubleSpinBox)
    }
    assert suffixes["reply_target_s"] == " «s»"
    assert suffixes["part_pause_ms"] == " «ms»"
    assert suffixes["team_refresh_minutes"] == " «min»"
    assert suffixes["window_opacity_percent"] == " %"


def test_the_app_opens_its_settings(
    qtbot: QtBot, config_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.app import QuickReplyApp
    from desktop.core.library import load_library
    from desktop.core.paths import AppPaths
    from tests.conftest import DATA

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))  # never the agent's autostart folder
    paths = AppPaths.for_user(config_dir)
    app = QuickReplyApp(
        load_library([DATA / "widget"]), FakePlatform(), paths, Settings(countdown_on_summon=False)
    )
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)
    app.panels.show_settings()
    dialog = app.panels.settings_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert not dialog.isModal()
    assert dialog.current == app.settings
    reply = dialog.fields["reply_target_s"]
    assert isinstance(reply, QDoubleSpinBox)
    reply.setValue(25.0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert app.settings.reply_target_s == 25.0
    assert app.countdowns.board.targets.reply == 25.0
    assert read_settings(paths.settings)[0] == app.settings
    write_settings(paths.settings, Settings())  # the next opening starts from the app's settings again
    app.panels.show_settings()
    assert app.panels.settings_dialog is not dialog
    assert app.panels.settings_dialog is not None
    qtbot.addWidget(app.panels.settings_dialog)
    assert app.panels.settings_dialog.current.reply_target_s == 25.0


def test_every_setting_is_on_its_page_with_a_label_and_every_choice_has_a_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.core.settings import Kind, Page
    from desktop.ui.settings_dialog import CHOICE_TEXTS, GROUP_TITLES, LABELS, LANGUAGES, PAGE_TITLES

    dialog = SettingsDialog(Settings(), lambda _s: [], tmp_path / "settings.json")
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == set(SPECS)  # one widget per row of the table, none made by hand
    assert set(LABELS) == set(SPECS)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [str(PAGE_TITLES[p]) for p in Page]
    assert {spec.group for spec in SPECS.values()} - {""} <= set(GROUP_TITLES)
    for key, spec in SPECS.items():
        page = dialog.tabs.widget(list(Page).index(spec.page))
        assert page.isAncestorOf(dialog.fields[key]), f"{key} is not on the {spec.page.value} page"
        if spec.kind is Kind.CHOICE:
            assert set(spec.choices) <= set(CHOICE_TEXTS[key]) | set(LANGUAGES), key


def test_seconds_show_whole_and_a_zero_font_size_reads_as_the_systems(
    make_dialog: Callable[..., SettingsDialog],
) -> None:
    dialog = make_dialog()
    reply = dialog.fields["reply_target_s"]
    assert isinstance(reply, QDoubleSpinBox)
    assert reply.text() == "30 s"  # not 30.0
    greeting = dialog.fields["greeting_target_s"]
    assert isinstance(greeting, QDoubleSpinBox)
    assert greeting.text() == "12.5 s"  # a value with a fraction keeps it
    dialog.restore_defaults()
    font = dialog.fields["font_size_pt"]
    assert isinstance(font, QSpinBox)
    assert font.text() == "System size"


def test_restore_defaults_asks_first_and_cancel_keeps_every_field(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog]
) -> None:
    dialog = make_dialog()
    dialog.defaults_button.click()
    box = dialog.defaults_question
    assert box is not None
    assert box.isVisible()
    assert "Team playbook addresses" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.edited_settings() == CUSTOM
    dialog.defaults_button.click()
    assert dialog.defaults_question is not None
    dialog.defaults_question.button(QMessageBox.StandardButton.RestoreDefaults).click()
    assert dialog.edited_settings() == Settings()
