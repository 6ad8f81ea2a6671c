"""The settings window: every setting an agent may change, applied at once without a restart.

Hotkeys are recorded by pressing them, never typed, and shown in the same
form as the settings file (``ctrl+alt+space``). Apply hands the new settings
to the app first; only when the app took them (no hotkey was refused) is the
file written, so the file never holds settings that did not work.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.keys import Hotkey, HotkeyError, PasteMethod, display_hotkey
from desktop.core.settings import PASTE_KEYS, SPECS, Kind, Page, Settings, write_settings
from desktop.platform.autostart import Autostart, login_command
from desktop.ui.appearance import TextTone, set_tone
from desktop.ui.i18n import localized

# Visible texts are English sources for Qt's translation system: constants are
# marked with QT_TRANSLATE_NOOP (context "SettingsDialog") and translated where
# they are shown; texts in methods use self.tr(). Translations live in
# resources/translations/src/settings.yaml.
CONTEXT = "SettingsDialog"
HOTKEY_NAMES = {
    "hotkey_show": QT_TRANSLATE_NOOP("SettingsDialog", "Show QuickReply"),
    "hotkey_greeting": QT_TRANSLATE_NOOP("SettingsDialog", "New customer (start the greeting countdown)"),
    "hotkey_reply": QT_TRANSLATE_NOOP("SettingsDialog", "Customer asked (start the reply countdown)"),
    "hotkey_done": QT_TRANSLATE_NOOP("SettingsDialog", "Answered (stop the countdown)"),
}
LABELS = {
    **HOTKEY_NAMES,
    "greeting_target_s": QT_TRANSLATE_NOOP("SettingsDialog", "Greeting target"),
    "reply_target_s": QT_TRANSLATE_NOOP("SettingsDialog", "Reply target"),
    "warning_lead_s": QT_TRANSLATE_NOOP("SettingsDialog", "Warn before the target"),
    "countdown_on_summon": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Start a reply countdown when QuickReply opens"
    ),
    "always_show_timers": QT_TRANSLATE_NOOP("SettingsDialog", "Always show the timers"),
    "warning_sound": QT_TRANSLATE_NOOP("SettingsDialog", "Play a sound when time is nearly up"),
    "overdue_sound": QT_TRANSLATE_NOOP("SettingsDialog", "Play a sound when a reply is late"),
    "watched_apps": QT_TRANSLATE_NOOP("SettingsDialog", "Watched chat apps (one per line)"),
    "restore_delay_ms": QT_TRANSLATE_NOOP("SettingsDialog", "Put your clipboard back after"),
    "paste_method": QT_TRANSLATE_NOOP("SettingsDialog", "Paste with"),
    "paste_method_by_app": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Chat apps with their own paste key (one per line: app = key)"
    ),
    "send_each_part": QT_TRANSLATE_NOOP("SettingsDialog", "Send each part (press Enter after each part)"),
    "part_pause_ms": QT_TRANSLATE_NOOP("SettingsDialog", "Pause between parts"),
    "use_bundled_playbooks": QT_TRANSLATE_NOOP("SettingsDialog", "Use the bundled playbooks"),
    "team_sources": QT_TRANSLATE_NOOP("SettingsDialog", "Team playbook sources (one per line)"),
    "active_team_playbooks": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Use only these team playbooks (empty = all)"
    ),
    "allow_http_hosts": QT_TRANSLATE_NOOP("SettingsDialog", "Hosts allowed over plain http"),
    "team_refresh_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "Check team playbooks every"),
    "window_opacity_percent": QT_TRANSLATE_NOOP("SettingsDialog", "Window opacity"),
    "font_size_pt": QT_TRANSLATE_NOOP("SettingsDialog", "Font size (0 = the system's size)"),
    "theme": QT_TRANSLATE_NOOP("SettingsDialog", "Theme"),
    "ui_language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "keep_missed_searches": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Keep searches that ended without a reply (for the Today panel)"
    ),
}
PAGE_TITLES = {
    Page.HOTKEYS: QT_TRANSLATE_NOOP("SettingsDialog", "Hotkeys"),
    Page.REMINDERS: QT_TRANSLATE_NOOP("SettingsDialog", "Reminders"),
    Page.CHAT_APPS: QT_TRANSLATE_NOOP("SettingsDialog", "Chat apps"),
    Page.PASTING: QT_TRANSLATE_NOOP("SettingsDialog", "Pasting"),
    Page.PLAYBOOKS: QT_TRANSLATE_NOOP("SettingsDialog", "Playbooks"),
    Page.APPEARANCE: QT_TRANSLATE_NOOP("SettingsDialog", "Appearance"),
    Page.PRIVACY: QT_TRANSLATE_NOOP("SettingsDialog", "Privacy"),
}
GROUP_TITLES = {
    "countdowns": QT_TRANSLATE_NOOP("SettingsDialog", "Countdowns"),
    "sounds": QT_TRANSLATE_NOOP("SettingsDialog", "Sounds"),
}
LIST_LINES = {"watched_apps": 7}  # lists taller than the usual four lines
THEMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
# The first choice is translated; a language's own name is the same in every language.
SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")
LANGUAGES = {"zh_CN": "中文", "ko_KR": "한국어", "en": "English"}
# A hint above examples, which are data (program names, paths, addresses) and stay as they are.
PLACEHOLDERS: dict[str, tuple[object, tuple[str, ...]]] = {
    "watched_apps": (QT_TRANSLATE_NOOP("SettingsDialog", "For example:"), ("AliWorkBench", "WeChat")),
    "team_sources": (
        QT_TRANSLATE_NOOP("SettingsDialog", "A folder or https:// address, for example:"),
        ("\\\\server\\team\\playbooks", "https://example.com/playbooks/"),
    ),
    "active_team_playbooks": (QT_TRANSLATE_NOOP("SettingsDialog", "File names without .yaml"), ()),
    "allow_http_hosts": (
        QT_TRANSLATE_NOOP("SettingsDialog", "One per line, for example:"),
        ("192.168.1.20",),
    ),
    "paste_method_by_app": (
        QT_TRANSLATE_NOOP("SettingsDialog", "For example:"),
        ("WeChat = shift+insert",),
    ),
}
PASTE_METHODS = {
    PasteMethod.CTRL_V: "Ctrl+V",
    PasteMethod.SHIFT_INSERT: "Shift+Insert",
    PasteMethod.TYPE: QT_TRANSLATE_NOOP("SettingsDialog", "Type the text (for apps that block pasting)"),
}
# What a choice shows, by setting and stored value (a language missing here shows its own name).
CHOICE_TEXTS: dict[str, dict[str, object]] = {
    "paste_method": {method.value: text for method, text in PASTE_METHODS.items()},
    "theme": dict(THEMES),
    "ui_language": {"": SYSTEM_LANGUAGE},
}
# Units after a number; % and pt are the same everywhere.
SUFFIXES = {
    "_s": QT_TRANSLATE_NOOP("SettingsDialog", "s"),
    "_ms": QT_TRANSLATE_NOOP("SettingsDialog", "ms"),
    "_minutes": QT_TRANSLATE_NOOP("SettingsDialog", "min"),
}
UNTRANSLATED_SUFFIXES = {"_percent": "%", "_pt": "pt"}
# Combinations that Chinese and Korean input methods use to switch language or
# layout; a global hotkey on them either never fires or breaks typing.
INPUT_SWITCHES = frozenset(
    frozenset(combination.split("+"))
    for combination in ("ctrl+space", "shift+space", "ctrl+shift", "alt+shift")
)
# macOS: Control+Space selects the previous input source, Control+Option+Space the next one.
MAC_INPUT_SWITCHES = INPUT_SWITCHES | {frozenset({"ctrl", "alt", "space"})}
INPUT_SWITCH_WARNING = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Chinese and Korean systems use this combination to switch the input method"
)

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Control,
        Qt.Key.Key_Shift,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_Mode_switch,
    }
)
_KEY_NAMES: dict[int, str] = {
    Qt.Key.Key_Space: "space",
    Qt.Key.Key_Return: "enter",
    Qt.Key.Key_Enter: "enter",
    Qt.Key.Key_Tab: "tab",
    Qt.Key.Key_Backtab: "tab",  # Shift+Tab arrives as Backtab
    Qt.Key.Key_Escape: "escape",
    Qt.Key.Key_Backspace: "backspace",
    Qt.Key.Key_Delete: "delete",
    Qt.Key.Key_Insert: "insert",
    Qt.Key.Key_Home: "home",
    Qt.Key.Key_End: "end",
    Qt.Key.Key_PageUp: "pageup",
    Qt.Key.Key_PageDown: "pagedown",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_QuoteLeft: "`",
    Qt.Key.Key_Minus: "-",
    Qt.Key.Key_Equal: "=",
    Qt.Key.Key_BracketLeft: "[",
    Qt.Key.Key_BracketRight: "]",
    Qt.Key.Key_Semicolon: ";",
    Qt.Key.Key_Apostrophe: "'",
    Qt.Key.Key_Comma: ",",
    Qt.Key.Key_Period: ".",
    Qt.Key.Key_Slash: "/",
    Qt.Key.Key_Backslash: "\\",
    # With Shift held Qt reports the shifted symbol; the hotkey is on the key
    # underneath (US layout, which is what the OS hotkey APIs name).
    Qt.Key.Key_Exclam: "1",
    Qt.Key.Key_At: "2",
    Qt.Key.Key_NumberSign: "3",
    Qt.Key.Key_Dollar: "4",
    Qt.Key.Key_Percent: "5",
    Qt.Key.Key_AsciiCircum: "6",
    Qt.Key.Key_Ampersand: "7",
    Qt.Key.Key_Asterisk: "8",
    Qt.Key.Key_ParenLeft: "9",
    Qt.Key.Key_ParenRight: "0",
    Qt.Key.Key_AsciiTilde: "`",
    Qt.Key.Key_Underscore: "-",
    Qt.Key.Key_Plus: "=",
    Qt.Key.Key_BraceLeft: "[",
    Qt.Key.Key_BraceRight: "]",
    Qt.Key.Key_Colon: ";",
    Qt.Key.Key_QuoteDbl: "'",
    Qt.Key.Key_Less: ",",
    Qt.Key.Key_Greater: ".",
    Qt.Key.Key_Question: "/",
    Qt.Key.Key_Bar: "\\",
}


def translated(text: object) -> str:
    """``text``, a source marked with ``QT_TRANSLATE_NOOP("SettingsDialog", ...)``, in the UI language.

    PySide6 types what QT_TRANSLATE_NOOP returns as ``object``; it is the source string.
    """
    return QCoreApplication.translate(CONTEXT, str(text))


def key_name(key: int) -> str:
    """Our name of a Qt key (``k``, ``f5``, ``space``); keys a hotkey cannot use keep Qt's name."""
    if Qt.Key.Key_A <= key <= Qt.Key.Key_Z or Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
        return chr(key).lower()
    if Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35:
        return f"f{key - Qt.Key.Key_F1 + 1}"
    if key in _KEY_NAMES:
        return _KEY_NAMES[key]
    # Hotkey.parse rejects these and says why, which is what the agent needs to see.
    name = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
    return name.lower().replace(" ", "") or f"key{key:#x}"


def hotkey_text(key: int, modifiers: Qt.KeyboardModifier, system: str = sys.platform) -> str:
    """A pressed combination in the settings' form, e.g. ``ctrl+alt+k``.

    On macOS Qt reports the Command key as Control and the Control key as Meta
    (unless the application turned that off); our ``meta`` is Command there.
    """
    ctrl, meta = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.MetaModifier
    if system == "darwin" and not QCoreApplication.testAttribute(
        Qt.ApplicationAttribute.AA_MacDontSwapCtrlAndMeta
    ):
        ctrl, meta = meta, ctrl
    held = {
        "ctrl": ctrl,
        "alt": Qt.KeyboardModifier.AltModifier,
        "shift": Qt.KeyboardModifier.ShiftModifier,
        "meta": meta,
    }
    names = [name for name, flag in held.items() if modifiers & flag]
    return "+".join([*names, key_name(key)])


def normalized_hotkey(combination: str) -> str:
    """``combination`` as ``Hotkey`` writes it (``Ctrl+Alt+K`` → ``ctrl+alt+k``); unchanged when invalid."""
    try:
        return str(Hotkey.parse(combination))
    except HotkeyError:
        return combination.strip()


def switches_input_method(combination: str, system: str = sys.platform) -> bool:
    """Whether Chinese or Korean input methods use ``combination`` to switch language or layout."""
    try:
        hotkey = Hotkey.parse(combination)
        parts = frozenset({*hotkey.modifiers, hotkey.key})
    except HotkeyError:
        # ctrl+shift and alt+shift are no hotkeys at all, yet worth the warning too.
        parts = frozenset(part.strip().lower() for part in combination.split("+"))
    return parts in (MAC_INPUT_SWITCHES if system == "darwin" else INPUT_SWITCHES)


def limits(key: str) -> tuple[float, float]:
    """The lowest and highest value the settings table allows for a numeric setting."""
    spec = SPECS[key]
    if spec.low is None or spec.high is None:
        raise ValueError(f"setting {key!r} has no range in the settings table")
    return float(spec.low), float(spec.high)


class HotkeyRecorder(QLineEdit):
    """A box that records the combination the agent presses, shown as the keyboard labels it (Ctrl+Alt+K).

    Backspace or Delete alone switch the hotkey off; Enter, Escape and Tab
    alone keep their usual meaning in the dialog.

    Signals:
        hotkey_changed(str): the new combination, or "" when switched off.
    """

    hotkey_changed = Signal(str)
    recording = Signal(bool)  # True while the box has the keyboard: the app's own hotkeys must pause

    def __init__(self, system: str = sys.platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.system = system
        self._value = ""
        self.setReadOnly(True)  # no text cursor, no typing: keys are recorded, not inserted
        # An input method would swallow the keys (and ctrl+space itself) before we see them.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setPlaceholderText(self.tr("Off"))
        self.setToolTip(self.tr("Click here, then press the new combination"))
        width = self.fontMetrics().horizontalAdvance("Ctrl+Alt+Shift+Super+Backspace")
        self.setMinimumWidth(width + 24)

    def value(self) -> str:
        """The combination as it will be saved ("" = off)."""
        return self._value

    def set_value(self, combination: str) -> None:
        """Show ``combination`` (without telling anyone: this is not the agent's doing)."""
        self._value = combination
        shown = normalized_hotkey(combination) if combination.strip() else ""
        self.setText(display_hotkey(shown, self.system) if shown else "")

    def clear_hotkey(self) -> None:
        """Switch the hotkey off."""
        self._record("")

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Recording starts: the app lets go of its hotkeys so the keys reach this box."""
        super().focusInEvent(event)
        self.recording.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Recording ends: the hotkeys in use come back."""
        super().focusOutEvent(event)
        self.recording.emit(False)

    def event(self, event: QEvent) -> bool:
        """Take every combination for recording, even ones the dialog uses as shortcuts."""
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Record the pressed combination."""
        key = event.key()
        if key in _MODIFIER_KEYS:
            event.accept()
            return  # wait for the key that completes the combination
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier
        )
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                event.ignore()  # the dialog closes or applies
                return
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self.clear_hotkey()
                return
        self._record(normalized_hotkey(hotkey_text(key, modifiers, self.system)))

    def _record(self, combination: str) -> None:
        if combination == self._value:
            return
        self.set_value(combination)
        self.hotkey_changed.emit(combination)


@dataclass
class _Binding:
    """How one setting travels between a widget and ``Settings``."""

    key: str
    get: Callable[[], Any]
    put: Callable[[Any], None]


class _NamesEdit(QPlainTextEdit):
    """A list of names, one per line, about ``lines`` tall."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setMinimumHeight(self._height(3))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        return self.fontMetrics().lineSpacing() * lines + margins + 2 * int(self.document().documentMargin())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """About ``lines`` lines tall, as wide as Qt suggests."""
        return QSize(super().sizeHint().width(), self._height(self.lines))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _note(text: str, tone: TextTone | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if tone:
        set_tone(label, tone)
    else:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a hint, not a setting
    return label


class SettingsDialog(QDialog):
    """All settings in tabs; OK / Apply hand them to the app, then save them.

    Args:
        settings: what is in use now; every field starts from it.
        apply: uses new settings at once and returns what it could not use
            (e.g. a hotkey taken by another program), in which case nothing changed.
        path: the settings file, written after ``apply`` succeeded.
        autostart: the start-at-login backend; None hides the choice.
        command: what to start at login (default: this QuickReply).
        system: a ``sys.platform`` value, for the macOS differences.
        rewrite_file: the file on disk had problems (shown in the banner): OK
            and Apply write it anew even when no field changed.
        pause_hotkeys: the app lets go of (True) or takes back (False) its own hotkeys,
            so a combination pressed in a recorder box is recorded, not run.
        probe_hotkey: why a recorded combination cannot be had (another program holds
            it), or None; asked while the app's hotkeys are paused.

    Signals:
        settings_saved(object): the ``Settings`` that were applied and written.
    """

    settings_saved = Signal(object)

    def __init__(
        self,
        settings: Settings,
        apply: Callable[[Settings], list[str]],
        path: Path,
        autostart: Autostart | None = None,
        *,
        command: Sequence[str] | None = None,
        system: str = sys.platform,
        rewrite_file: bool = False,
        parent: QWidget | None = None,
        pause_hotkeys: Callable[[bool], None] = lambda _paused: None,
        probe_hotkey: Callable[[str], str | None] = lambda _combination: None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("QuickReply settings"))
        self._pause_hotkeys = pause_hotkeys
        self._probe_hotkey = probe_hotkey
        self._paused = False
        self.taken: dict[str, str] = {}  # setting → why its recorded combination cannot be had
        self.current = settings
        self.rewrite_file = rewrite_file
        self._apply = apply
        self.path = path
        self.autostart = autostart
        self.command = list(command) if command is not None else login_command()
        self.system = system
        self._bindings: dict[str, _Binding] = {}
        self._loaded: dict[str, object] = {}
        self._loaded_from = settings
        self.recorders: dict[str, HotkeyRecorder] = {}
        self.hotkey_notes: dict[str, QLabel] = {}
        self.clear_buttons: dict[str, QToolButton] = {}
        self.fields: dict[str, QWidget] = {}

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)  # every tab title stays readable
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.mac_note: QLabel | None = None
        for page in Page:
            self.tabs.addTab(self._page(page), translated(PAGE_TITLES[page]))

        self.start_at_login = QCheckBox(self.tr("Start QuickReply when I log in"))
        self.start_at_login.setVisible(autostart is not None)
        self._autostart_was = autostart.is_enabled() if autostart is not None else False
        self.start_at_login.setChecked(self._autostart_was)
        self.start_at_login.toggled.connect(self._update_buttons)

        self.problems = _note("", "error")
        self.problems.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.defaults_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_question: QMessageBox | None = None  # asked before every tab shows the defaults
        self.ok_button.setText(self.tr("OK"))
        self.apply_button.setText(self.tr("Apply"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.defaults_button.setText(self.tr("Restore defaults"))
        self.buttons.clicked.connect(self._on_buttons_clicked)

        self.main_layout = layout = QVBoxLayout(self)
        # Never smaller than the content: no label is cut, whatever the language.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.start_at_login)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self._load(settings)
        # Open at the size the content asks for; adjustSize() would squeeze it
        # to its minimum because of the wrapping labels.
        screen = self.screen().availableGeometry().size()
        self.resize(self.sizeHint().boundedTo(screen * 0.9))

    # ----------------------------------------------------------------- pages

    def _page(self, page: Page) -> QWidget:
        """One tab, made from the settings table: each setting of ``page`` in order, grouped by ``group``."""
        widget = QWidget()
        layout = QVBoxLayout(widget)
        keys = [key for key, spec in SPECS.items() if spec.page is page]
        stretches = False
        for group, members in itertools.groupby(keys, key=lambda key: SPECS[key].group):
            rows = list(members)
            if group:
                box = QGroupBox(translated(GROUP_TITLES[group]))
                stretches |= self._rows(rows, QVBoxLayout(box))
                layout.addWidget(box)
            else:
                stretches |= self._rows(rows, layout)
        for note in self._notes(page):
            layout.addWidget(note)
        if not stretches:
            layout.addStretch(1)
        return widget

    def _rows(self, keys: list[str], layout: QVBoxLayout) -> bool:
        """A widget per setting by its kind; True when one of them takes the page's spare height."""
        if all(SPECS[key].kind is Kind.HOTKEY for key in keys):
            layout.addLayout(self._hotkey_grid(keys))
            return False
        stretches = False
        form: QFormLayout | None = None
        for key in keys:
            kind = SPECS[key].kind
            if kind in (Kind.NAMES, Kind.KEY_BY_APP):
                form = None  # a list goes below the form rows before it, full width
                layout.addWidget(QLabel(translated(LABELS[key])))
                edit = (
                    self._per_app_paste()
                    if kind is Kind.KEY_BY_APP
                    else self._names(key, LIST_LINES.get(key, 4))
                )
                layout.addWidget(edit, 0 if kind is Kind.KEY_BY_APP else 1)
                stretches |= kind is Kind.NAMES
                continue
            if form is None:
                form = self._form()
                layout.addLayout(form)
            if kind is Kind.FLAG:
                form.addRow(self._flag(key))
            elif kind is Kind.CHOICE:
                form.addRow(QLabel(translated(LABELS[key])), self._choice(key, self._choices(key)))
            else:
                form.addRow(QLabel(translated(LABELS[key])), self._number(key))
        return stretches

    def _choices(self, key: str) -> list[tuple[str, str]]:
        """(shown text, stored value) for each choice of ``key``; language names are never translated."""
        return [
            (translated(CHOICE_TEXTS[key][value]) if value in CHOICE_TEXTS[key] else LANGUAGES[value], value)
            for value in SPECS[key].choices
        ]

    def _hotkey_grid(self, keys: list[str]) -> QGridLayout:
        grid = QGridLayout()
        intro = _note(
            self.tr("Click a box and press the new combination; Backspace or Clear switches the hotkey off.")
        )
        grid.addWidget(intro, 0, 0, 1, 3)
        for row, key in enumerate(keys):
            recorder = HotkeyRecorder(self.system)
            recorder.hotkey_changed.connect(partial(self._recorded, key))
            recorder.recording.connect(self._set_paused)
            label = QLabel(translated(LABELS[key]))
            label.setBuddy(recorder)
            clear = QToolButton()
            clear.setText(self.tr("Clear"))
            clear.setToolTip(self.tr("Switch this hotkey off"))
            clear.clicked.connect(recorder.clear_hotkey)
            note = _note("")
            note.hide()
            grid.addWidget(label, 1 + 2 * row, 0)
            grid.addWidget(recorder, 1 + 2 * row, 1)
            grid.addWidget(clear, 1 + 2 * row, 2)
            grid.addWidget(note, 2 + 2 * row, 1, 1, 2)
            self.recorders[key] = recorder
            self.hotkey_notes[key] = note
            self.clear_buttons[key] = clear
            self._bind(key, recorder.value, recorder.set_value, recorder)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2 + 2 * len(keys), 1)
        return grid

    def _notes(self, page: Page) -> list[QLabel]:
        """What a page explains below its settings."""
        if page is Page.CHAT_APPS:
            self.mac_note = _note(
                self.tr(
                    "macOS does not tell QuickReply about new messages, so countdowns start manually only: "
                    "use the hotkeys."
                ),
                "warning",
            )
            self.mac_note.setVisible(self.system == "darwin")
            explanation = self.tr(
                "When one of these apps flags a new message, a greeting or reply countdown starts. "
                "Write program names; upper or lower case does not matter."
            )
            return [_note(explanation), self.mac_note]
        if page is Page.PASTING:
            return [
                _note(
                    self.tr(
                        "If a chat app ignores Ctrl+V, choose Shift+Insert. After pasting a reply, your own "
                        "clipboard comes back after the wait above; raise it if the chat app pastes slowly."
                    )
                )
            ]
        if page is Page.APPEARANCE:
            return [_note(self.tr("QuickReply switches to the new language as soon as you apply it."))]
        if page is Page.PRIVACY:
            return [
                _note(
                    self.tr(
                        "A search that ended without sending a reply is kept so you can write the reply it "
                        "needed. When you paste a customer's message into the search, that is their words: "
                        "switch this off and nothing typed is kept. Customer names and window titles are "
                        "never kept."
                    )
                )
            ]
        return []

    # --------------------------------------------------------------- widgets

    def _form(self, parent: QWidget | None = None) -> QFormLayout:
        form = QFormLayout(parent) if parent is not None else QFormLayout()
        # The same look on every OS (macOS would otherwise keep fields at their hint width).
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _number(self, key: str) -> QWidget:
        low, high = limits(key)
        unit = next((translated(text) for end, text in SUFFIXES.items() if key.endswith(end)), "")
        unit = unit or next((text for end, text in UNTRANSLATED_SUFFIXES.items() if key.endswith(end)), "")
        spin: QSpinBox | QDoubleSpinBox
        if isinstance(getattr(Settings(), key), float):
            spin = decimal = QDoubleSpinBox()
            decimal.setRange(low, high)

            def show(value: float) -> None:
                # Whole seconds read as "15 s"; a value with a fraction keeps its tenth.
                decimal.setDecimals(0 if float(value).is_integer() else 1)
                decimal.setValue(value)

            self._bind(key, spin.value, show, spin)
        else:
            spin = whole = QSpinBox()
            whole.setRange(int(low), int(high))
            if key.endswith("_ms"):
                whole.setSingleStep(50)
            if key == "font_size_pt":
                whole.setSpecialValueText(self.tr("System size"))  # shown for 0
            self._bind(key, spin.value, spin.setValue, spin)
        spin.setSuffix(f" {unit}" if unit else "")
        spin.setToolTip(f"{low:g} – {high:g}")
        spin.valueChanged.connect(self._update_buttons)
        return spin

    def _choice(self, key: str, items: list[tuple[str, str]]) -> QComboBox:
        """A drop-down of (shown text, stored value) pairs bound to the setting ``key``."""
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._update_buttons)

        def put(value: str) -> None:
            combo.setCurrentIndex(max(combo.findData(value), 0))

        self._bind(key, combo.currentData, put, combo)
        return combo

    def _flag(self, key: str) -> QCheckBox:
        box = QCheckBox(translated(LABELS[key]))
        box.toggled.connect(self._update_buttons)
        self._bind(key, box.isChecked, box.setChecked, box)
        return box

    def _per_app_paste(self) -> QPlainTextEdit:
        """``WeChat = shift+insert`` lines; a line that is not ``app = ctrl+v|shift+insert`` is dropped."""
        edit = _NamesEdit(3)
        hint, examples = PLACEHOLDERS["paste_method_by_app"]
        edit.setPlaceholderText("\n".join([translated(hint), *examples]))
        edit.textChanged.connect(self._update_buttons)

        def get() -> dict[str, str]:
            found = {}
            for line in _lines(edit.toPlainText()):
                app, _, key = line.partition("=")
                if app.strip() and key.strip().lower() in PASTE_KEYS:
                    found[app.strip()] = key.strip().lower()
            return found

        def put(mapping: dict[str, str]) -> None:
            edit.setPlainText("\n".join(f"{app} = {key}" for app, key in mapping.items()))

        self._bind("paste_method_by_app", get, put, edit)
        return edit

    def _names(self, key: str, lines: int = 4) -> QPlainTextEdit:
        edit = _NamesEdit(lines)
        hint, examples = PLACEHOLDERS[key]
        edit.setPlaceholderText("\n".join([translated(hint), *examples]))
        edit.textChanged.connect(self._update_buttons)

        def put(names: tuple[str, ...]) -> None:
            edit.setPlainText("\n".join(names))

        self._bind(key, lambda: _lines(edit.toPlainText()), put, edit)
        return edit

    def _bind(
        self,
        key: str,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        widget: QWidget,
    ) -> None:
        self._bindings[key] = _Binding(key, get, put)
        self.fields[key] = widget

    # ---------------------------------------------------------------- values

    def _load(self, settings: Settings) -> None:
        for binding in self._bindings.values():
            widget = self.fields[binding.key]
            blocked = widget.blockSignals(True)
            binding.put(getattr(settings, binding.key))
            widget.blockSignals(blocked)
        # A field the agent leaves alone keeps the exact value it came from
        # (a hand-written "Ctrl+Alt+G" is not rewritten to "ctrl+alt+g").
        self._loaded = {key: binding.get() for key, binding in self._bindings.items()}
        self._loaded_from = settings
        self._check_hotkeys()

    def edited_settings(self) -> Settings | None:
        """The settings the fields show, or None while a hotkey is invalid."""
        if self.hotkey_errors():
            return None
        changes: dict[str, Any] = {}
        for key, binding in self._bindings.items():
            value = binding.get()
            changes[key] = getattr(self._loaded_from, key) if value == self._loaded[key] else value
        return replace(self.current, **changes)

    def hotkey_errors(self) -> dict[str, str]:
        """Why each invalid hotkey cannot be used, by setting key."""
        errors: dict[str, str] = {}
        seen: dict[str, str] = {}
        for key, recorder in self.recorders.items():
            combination = recorder.value()
            if not combination.strip():
                continue
            try:
                normal = str(Hotkey.parse(combination))
            except HotkeyError as exc:
                errors[key] = localized(exc)
                continue
            if normal in seen:
                errors[key] = self.tr("{combination} is already used for “{action}”").format(
                    combination=normal, action=translated(HOTKEY_NAMES[seen[normal]])
                )
            seen.setdefault(normal, key)
        return errors

    def _set_paused(self, paused: bool) -> None:
        if paused != self._paused:
            self._paused = paused
            self._pause_hotkeys(paused)

    def _recorded(self, key: str, combination: str) -> None:
        """A new combination: whether another program holds it is asked now, while ours are paused."""
        self.taken.pop(key, None)
        if combination and self._paused and combination != getattr(self.current, key):
            reason = self._probe_hotkey(combination)
            if reason:
                self.taken[key] = reason
        self._check_hotkeys()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Closed with a recorder focused: the hotkeys in use come back all the same."""
        self._set_paused(False)
        super().hideEvent(event)

    def _check_hotkeys(self) -> None:
        errors = {**self.taken, **self.hotkey_errors()}
        for key, recorder in self.recorders.items():
            note = self.hotkey_notes[key]
            combination = recorder.value()
            if key in errors:
                note.setText(f"✖ {errors[key]}")
                set_tone(note, "error")
            elif combination.strip() and switches_input_method(combination, self.system):
                note.setText(f"⚠ {translated(INPUT_SWITCH_WARNING)}")
                set_tone(note, "warning")
            else:
                note.setText("")
            note.setEnabled(True)
            note.setVisible(bool(note.text()))
            self.clear_buttons[key].setEnabled(bool(combination))
        self._update_buttons()
        self._grow_to_fit()

    def _update_buttons(self) -> None:
        edited = self.edited_settings()
        self.ok_button.setEnabled(edited is not None)
        changed = (
            edited != self.current
            or self.start_at_login.isChecked() != self._autostart_was
            or self.rewrite_file
        )
        self.apply_button.setEnabled(edited is not None and changed)

    # --------------------------------------------------------------- actions

    def confirm_restore_defaults(self) -> QMessageBox:
        """Ask before every tab shows the defaults, team sources and watched apps included."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore defaults"),
            self.tr(
                "Show the default settings in every tab? Team playbook addresses, watched chat apps and "
                "hotkeys go back to the defaults too. Nothing is used or saved before Apply or OK."
            ),
            QMessageBox.StandardButton.RestoreDefaults | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        self.defaults_question = box
        box.open()
        return box

    def restore_defaults(self) -> None:
        """Show the default settings; nothing is used or saved before Apply or OK."""
        self._load(Settings())

    def apply(self) -> bool:
        """Use and save what the fields show; False (and the reason shown) when that failed."""
        edited = self.edited_settings()
        if edited is None:
            self._show_problems([self.tr("Fix the hotkeys marked in red first.")])
            return False
        if edited != self.current or self.rewrite_file:
            problems = self._apply(edited) if edited != self.current else []
            if problems:
                self._show_problems([self.tr("Nothing was changed:"), *problems])
                return False
            self.current = edited
            try:
                write_settings(self.path, edited)
            except OSError as exc:
                self._show_problems([self.tr("In use now, but not saved: {error}").format(error=exc)])
                return False
            self.rewrite_file = False
            self.settings_saved.emit(edited)
        if not self._apply_autostart():
            return False
        self._show_problems([])
        self._update_buttons()
        return True

    def _apply_autostart(self) -> bool:
        wanted = self.start_at_login.isChecked()
        if self.autostart is None or wanted == self._autostart_was:
            return True
        try:
            if wanted:
                self.autostart.enable(self.command)
            else:
                self.autostart.disable()
        except (OSError, ValueError) as exc:
            self._show_problems(
                [self.tr("Could not change start at login: {error}").format(error=localized(exc))]
            )
            return False
        self._autostart_was = wanted
        return True

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        # The layout's minimum size ignores how tall wrapped notes get at the
        # actual width (Qt does not apply height-for-width to windows), so a
        # note that appears would squeeze the rows above it.
        self.main_layout.activate()
        needed = self.heightForWidth(self.width()) if self.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def _on_buttons_clicked(self, button: QAbstractButton) -> None:
        if button is self.ok_button:
            if self.apply():
                self.accept()
        elif button is self.apply_button:
            self.apply()
        elif button is self.defaults_button:
            self.confirm_restore_defaults()
        elif button is self.cancel_button:
            self.reject()
