"""The UI in Chinese, Korean and English: every string translated, the compiled files current,
and the main windows readable in each language with nothing cut off."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.countdown import Kind
from desktop.core.library import Layer, Source, load_library
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.ui.i18n import install_translator, translations_dir, ui_language
from desktop.ui.paste import PasteSettings
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
        app.removeTranslator(translator)


def test_the_main_windows_speak_the_language_and_fit(qtbot: QtBot, config_dir: Path, language: str) -> None:
    app = QuickReplyApp(
        load_library([Source(DATA / "widget", Layer.TEAM), Source(DATA / "search", Layer.TEAM)]),
        FakePlatform(),
        AppPaths.for_user(config_dir),
        Settings(countdown_on_summon=False, ui_language=language),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
    )
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)
    app.countdowns.start(Kind.GREETING, "王女士")
    app.summon()
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
    app.edit_entry(entry)
    assert app.editor is not None
    qtbot.addWidget(app.editor)
    assert assert_nothing_cut(app.editor) > 10
    app.show_today()
    assert app.today is not None
    qtbot.addWidget(app.today)
    assert assert_nothing_cut(app.today) > 3
    dialog = app.show_settings()
    qtbot.addWidget(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert assert_nothing_cut(dialog) > 3
