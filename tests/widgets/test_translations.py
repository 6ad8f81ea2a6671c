"""The UI in Chinese, Korean and English: every string translated, the compiled files current,
and the main windows readable in each language with nothing cut off."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.countdown import Kind
from desktop.core.errors import Location, Problem
from desktop.core.library import Layer, Source, load_library
from desktop.core.messages import Message
from desktop.core.paths import AppPaths, bundled_path
from desktop.core.playbook_store import ConflictError
from desktop.core.settings import Settings
from desktop.core.text import is_han, is_hangul
from desktop.ui.i18n import install_translator, localized, remove_translator, translations_dir, ui_language
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.paste import PasteSettings
from desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import DATA
from tests.widgets.fakes import FakePlatform
from tests.widgets.test_windows_fit import assert_nothing_cut

_spec = importlib.util.spec_from_file_location(
    "translation_tool", Path(__file__).resolve().parents[2] / "packaging" / "translations.py"
)
assert _spec is not None
assert _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)  # the project's own translation tool
_spec.loader.exec_module(tool)

pytestmark = pytest.mark.gui
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    target = tmp_path_factory.mktemp("ts") / "check_zh_CN.ts"
    tool.extract(target, "zh_CN")
    return tool.messages(target)


def test_every_ui_string_has_a_chinese_and_a_korean_translation(extracted: list[tuple[str, str]]) -> None:
    assert len(extracted) > 100
    translations = tool.load_translations()
    missing = []
    for context, source in extracted:
        found = translations.get(f"{context}|{source}", {})
        for language in tool.LANGUAGES:
            text = found.get(language, "")
            if not text.strip():
                missing.append(f"{language}: {context}|{source}")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                missing.append(f"{language}: {context}|{source} has other placeholders: {text}")
    assert missing == []


def test_the_shipped_translation_files_are_current(extracted: list[tuple[str, str]]) -> None:
    for language in tool.TS_LANGUAGES:
        committed = tool.messages(translations_dir() / f"quickreply_{language}.ts")
        assert sorted(committed) == sorted(extracted), "run: uv run python packaging/translations.py"
        assert (translations_dir() / f"quickreply_{language}.qm").stat().st_size > 1000


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "zh_CN", "zh_CN"),
        ("", "zh_TW", "zh_CN"),
        ("", "ko_KR", "ko_KR"),
        ("", "de_DE", "en"),
        ("en", "zh_CN", "en"),
    ],
)
def test_the_language_follows_the_system_unless_set(setting: str, system: str, expected: str) -> None:
    assert ui_language(setting, system) == expected


@pytest.fixture(params=["zh_CN", "ko_KR", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = install_translator(app, request.param)
    assert (translator is None) == (request.param == "en")
    yield request.param
    if translator is not None:
        remove_translator(app, translator)


def app_in(qtbot: QtBot, config_dir: Path, language: str, *folders: Path) -> QuickReplyApp:
    """The app on ``folders`` (team playbooks) with ``language`` set, its windows closed after the test."""
    app = QuickReplyApp(
        load_library([Source(folder, Layer.TEAM) for folder in folders]),
        FakePlatform(),
        AppPaths.for_user(config_dir),
        Settings(countdown_on_summon=False, ui_language=language),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
    )
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)
    return app


def test_the_main_windows_speak_the_language_and_fit(qtbot: QtBot, config_dir: Path, language: str) -> None:
    app = app_in(qtbot, config_dir, language, DATA / "widget", DATA / "search")
    app.countdowns.start(Kind.GREETING, "王女士")
    app.flow.summon()
    app.window.search_box.setText("nothing-matches-this")
    status = app.window.status.text()
    has_han = any("\u4e00" <= ch <= "\u9fff" for ch in status)
    has_hangul = any("\uac00" <= ch <= "\ud7a3" for ch in status)
    assert (has_han, has_hangul) == {"zh_CN": (True, False), "ko_KR": (False, True), "en": (False, False)}[
        language
    ]
    assert assert_nothing_cut(app.window) > 5
    assert assert_nothing_cut(app.countdowns.strip) >= 1
    app.window.search_box.setText("pj")
    entry = app.window.current_entry()
    assert entry is not None
    app.editing.edit_entry(entry)
    assert app.editing.editor is not None
    qtbot.addWidget(app.editing.editor)
    assert assert_nothing_cut(app.editing.editor) > 10
    # A bundled reply: the editor says so at the top, in a sentence that must fit too.
    bundled = load_library([Source(bundled_path("playbooks"), Layer.BUNDLED)]).entries[0]
    app.editing.edit_entry(bundled)
    assert app.editing.editor is not None
    qtbot.addWidget(app.editing.editor)
    assert app.editing.editor.note.isVisibleTo(app.editing.editor)
    qtbot.waitExposed(app.editing.editor)
    assert assert_nothing_cut(app.editing.editor) > 10
    app.panels.show_today()
    assert app.panels.today is not None
    qtbot.addWidget(app.panels.today)
    assert assert_nothing_cut(app.panels.today) > 3
    dialog = app.panels.show_settings()
    qtbot.addWidget(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert assert_nothing_cut(dialog) > 3


def _scripts(text: str) -> tuple[bool, bool]:
    """Whether ``text`` holds Chinese characters, Korean syllables."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text), any("\uac00" <= ch <= "\ud7a3" for ch in text)


EXPECTED_SCRIPTS = {"zh_CN": (True, False), "ko_KR": (False, True), "en": (False, False)}


def test_sentences_from_core_and_the_platform_layer_speak_the_language_too(
    qtbot: QtBot, config_dir: Path, tmp_path: Path, language: str
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "name: Broken\nlanguage: en\nentries:\n  - category: Shipping\n    question: When does it ship?\n",
        encoding="utf-8",
    )
    app = QuickReplyApp(
        load_library([Source(DATA / "widget", Layer.TEAM), Source(broken, Layer.PERSONAL)]),
        FakePlatform(),
        AppPaths.for_user(config_dir),
        Settings(countdown_on_summon=False, ui_language=language),
    )
    qtbot.addWidget(app.window)
    app.use_library(app.library)  # what a start or a reload does: the banner lists the problems
    banner = app.window.banner.text()
    assert f"{broken}:4:5:" in banner  # the place stays as every editor shows it
    assert _scripts(banner.split(f"{broken}:4:5:")[1]) == EXPECTED_SCRIPTS[language]
    if language == "en":
        assert "'reply' is missing (every entry needs a reply or replies)" in banner

    refused = app.register_hotkey("ctrl+", "show")
    assert refused is not None
    assert "ctrl+" in refused
    assert _scripts(refused) == EXPECTED_SCRIPTS[language]
    assert ("is not a combination" in refused) == (language == "en")  # the platform's reason too


def test_an_import_preview_speaks_the_language(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    source = tmp_path / "phrases.csv"
    source.write_text(
        "快捷短语编码,快捷短语,快捷短语分组\nhi,,问候\nbye,Bye for now!,Farewell\n", encoding="utf-8"
    )
    dialog = ImportDialog(source, tmp_path / "playbooks")
    qtbot.addWidget(dialog)
    summary = dialog.summary.text().split(": ", 1)[1]
    assert _scripts(summary) == EXPECTED_SCRIPTS[language]
    problem = next(line for line in dialog.details.toPlainText().splitlines() if line.startswith(str(source)))
    assert problem.startswith(f"{source}:2:2:")
    assert _scripts(problem.split(f"{source}:2:2:")[1]) == EXPECTED_SCRIPTS[language]

    missing = ImportDialog(tmp_path / "gone.csv", tmp_path / "playbooks")
    qtbot.addWidget(missing)
    assert _scripts(missing.details.toPlainText().split(":1:1:")[1]) == EXPECTED_SCRIPTS[language]


class _StaleTranslator(QTranslator):
    """A translation written for an older template that had other values."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "{hotkey_name} 已被占用" if context == "Messages" else ""


def test_a_translation_naming_values_the_code_no_longer_has_falls_back_to_english(qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    untranslated = Message("an untranslated sentence about {thing}", thing="f13")
    assert localized(untranslated) == "an untranslated sentence about f13"
    stale = _StaleTranslator()
    app.installTranslator(stale)
    try:
        taken = Message("hotkey {hotkey} is already used by QuickReply itself; choose another", hotkey="f13")
        assert QCoreApplication.translate("Messages", taken.template) == "{hotkey_name} 已被占用"
        assert localized(taken) == "hotkey f13 is already used by QuickReply itself; choose another"
    finally:
        app.removeTranslator(stale)


def test_every_message_template_is_a_plain_literal(tmp_path: Path) -> None:
    templates = tool.message_templates()
    assert "hotkey '{hotkey}' is not a combination like ctrl+alt+space" in templates
    path, line = templates["hotkey '{hotkey}' is not a combination like ctrl+alt+space"]
    assert path.name == "keys.py"
    assert line > 1
    computed = tmp_path / "computed.py"
    computed.write_text('key = "x"\nMessage(f"{key} is wrong")\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"computed.py:2: Message needs a plain string template"):
        tool.message_templates([computed])


def test_errors_carrying_lists_of_problems_speak_the_language_at_any_length(
    tmp_path: Path, language: str
) -> None:
    conflict = ConflictError(tmp_path / "personal.yaml", theirs="a", ours="b")
    assert _scripts(localized(conflict)) == EXPECTED_SCRIPTS[language]
    many = [
        Problem(
            Location(tmp_path / "big.yaml", line, 3),
            Message("'reply' is missing (every entry needs a reply or replies)"),
        )
        for line in range(1, 2001)
    ]
    refused = Message(
        "the imported playbook would not load back, so nothing is written "
        "(please report this with the source file):\n{problems}",
        problems=[problem.describe() for problem in many],
    )
    assert str(refused).count("\n") == 2000  # one line per problem, in English too
    shown = localized(refused).splitlines()
    assert len(shown) == 2001
    assert shown[-1].startswith(f"{tmp_path / 'big.yaml'}:2000:3:")
    assert _scripts(shown[-1].split(":2000:3:")[1]) == EXPECTED_SCRIPTS[language]


@pytest.mark.parametrize(("language", "cancel"), [("zh_CN", "取消"), ("ko_KR", "취소")])
def test_qts_own_buttons_speak_the_language_and_go_with_ours(
    qtbot: QtBot, language: str, cancel: str
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    app = QCoreApplication.instance()
    assert app is not None
    translator = install_translator(app, language)
    assert translator is not None
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        remove_translator(app, translator)
    again = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(again)
    assert again.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


# Words that are the same in every language: names, key caps, codes and units.
_ANY_LANGUAGE = re.compile(
    r"https?://\S+|\S+\.(?:yaml|csv|json|md|sqlite3)\b|\{[^}]*\}|\[[^\]]*\]|"
    r"\b(?:QuickReply|Qianniu|Espanso|CSV|XLSX|YAML|JSON|Markdown|GBK|UTF-8|English|"
    r"Ctrl|Alt|Shift|Insert|Esc|Enter|Tab|Space|Delete|Backspace|F\d+|PgUp|PgDown|"
    r"zh-CN|ko-KR|en|pt|ms|px|s|x\d+)\b"
)


def english_leftovers(window: QWidget) -> list[str]:
    """Texts in ``window`` an agent reads that are English words and nothing else."""
    texts: list[str] = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
    found = []
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)  # rich text: the words, not the tags
        if any(is_han(ch) or is_hangul(ch) for ch in plain):
            continue
        words = re.findall(r"[A-Za-z]{2,}", _ANY_LANGUAGE.sub(" ", plain))
        if words:
            found.append(text)
    return found


@pytest.mark.parametrize("ui", ["zh_CN", "ko_KR"])
def test_no_window_shows_english_in_chinese_or_korean(qtbot: QtBot, config_dir: Path, ui: str) -> None:
    qt_app = QCoreApplication.instance()
    assert qt_app is not None
    translator = install_translator(qt_app, ui)  # as main() does before the app is built
    assert translator is not None
    app = app_in(qtbot, config_dir, ui, DATA / "widget")
    try:
        app.countdowns.start(Kind.GREETING, "王女士")
        app.flow.summon()
        app.window.search_box.setText("订单查询")
        qtbot.waitUntil(lambda: app.window.current_entry() is not None)
        app.window.choose()  # the placeholder form
        windows: dict[str, QWidget] = {"search": app.window, "strip": app.countdowns.strip}
        app.window.search_box.setText("pj")
        app.editing.edit_entry(app.window.current_entry())  # type: ignore[arg-type]
        windows["editor"] = app.editing.editor  # type: ignore[assignment]
        windows["today"] = app.panels.show_today()
        windows["rules"] = app.panels.show_rules()
        windows["shop"] = app.panels.show_shop()
        windows["about"] = app.panels.show_about()
        windows["import"] = app.editing.preview_import(DATA / "interchange" / "qianniu.csv")
        settings = windows["settings"] = app.panels.show_settings()
        for window in windows.values():
            qtbot.addWidget(window)
        leftovers = {name: english_leftovers(window) for name, window in windows.items()}
        assert isinstance(settings, SettingsDialog)
        for index in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(index)
            leftovers[f"settings tab {index}"] = english_leftovers(settings)
        assert {name: found for name, found in leftovers.items() if found} == {}
    finally:
        remove_translator(qt_app, translator)


def test_english_leftovers_are_words_not_names_keys_or_placeholders(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    texts = ["Refresh", "刷新", "Ctrl+G · F3", "QuickReply", "{order_no} [dd]", "shop.yaml", "Save changes"]
    for text in texts:
        QLabel(text, window)
    assert english_leftovers(window) == ["Refresh", "Save changes"]
