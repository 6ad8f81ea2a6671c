"""Your shop: the first start asks for the shop's facts, the preview flags demo values until they are set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.library import Layer, Source, load_library
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings, read_settings
from desktop.ui.paste import PasteSettings
from desktop.ui.shop_dialog import ShopDialog
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui

DEMO = """\
name: 示例
language: zh-CN
variables:
  shop: 示例旗舰店
  return_days: "7"
entries:
  - id: demo.welcome
    category: 欢迎
    question: 欢迎语
    code: hy
    reply: 欢迎光临{shop}～
  - id: demo.return
    category: 售后
    question: 能退货吗
    reply: "{shop}支持{return_days}天无理由退货。"
"""


@pytest.fixture
def app(qtbot: QtBot, config_dir: Path, tmp_path: Path) -> QuickReplyApp:
    paths = AppPaths.for_user(config_dir)
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "demo.yaml").write_text(DEMO, encoding="utf-8")
    sources = [Source(bundled, Layer.BUNDLED, facts=paths.shop_facts)]
    live: list[QuickReplyApp] = []
    app = QuickReplyApp(
        load_library(sources),
        FakePlatform(),
        paths,
        Settings(hotkey_show="ctrl+alt+space", countdown_on_summon=False, ui_language="en"),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
        # As the app lists them: the bundled playbooks only while the settings use them.
        sources=lambda: sources if not live or live[0].settings.use_bundled_playbooks else [],
    )
    live.append(app)
    app.settings_changed.connect(app.use_new_sources_and_apps)
    qtbot.addWidget(app.window)
    qtbot.addWidget(app.countdowns.strip)
    yield app
    app.shutdown()


def preview_of(app: QuickReplyApp, query: str) -> str:
    app.window.search_box.setText(query)
    return app.window.preview.toPlainText()


def field(dialog: ShopDialog, name: str) -> QLineEdit:
    return dialog.fields["zh-CN"][name]


def test_the_first_start_asks_for_the_shop_without_taking_the_keyboard(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    assert app.panels.shop_never_asked()
    dialog = app.panels.show_shop(first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).text() == "Later"
    assert field(dialog, "shop").placeholderText() == "示例旗舰店"  # the demo value, in grey
    assert field(dialog, "shop").text() == ""
    dialog.reject()  # "Later": it does not open by itself again
    assert not app.panels.shop_never_asked()


def test_a_reply_with_demo_values_is_flagged_until_the_shop_sets_its_own(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    assert "Demo values in this reply: 示例旗舰店, 7. F4 sets your shop's own." in preview_of(app, "退货")
    dialog = app.panels.show_shop()
    qtbot.addWidget(dialog)
    field(dialog, "shop").setText("小王的店")
    assert app.library_service.reloader is not None
    with qtbot.waitSignal(app.library_service.reloader.reloaded, timeout=5000):
        dialog.save()
    saved = json.loads(app.paths.shop_facts.read_text(encoding="utf-8"))
    assert saved["languages"]["zh-CN"] == {"shop": "小王的店"}
    app.window.search_box.clear()
    preview = preview_of(app, "退货")
    assert "小王的店支持7天无理由退货。" in preview
    assert "Demo values in this reply: 7." in preview  # the return days are still the demo's
    assert "Demo values" not in preview_of(app, "hy")


def test_f4_in_the_search_window_opens_your_shop_with_the_saved_values(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    app.paths.shop_facts.write_text(
        json.dumps({"schema_version": 1, "languages": {"zh-CN": {"return_days": "15"}}}), encoding="utf-8"
    )
    app.window.show()
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_F4)
    dialog = app.panels.shop_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert field(dialog, "return_days").text() == "15"


def test_a_damaged_facts_file_is_named_and_kept_aside_at_save(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.paths.shop_facts.parent.mkdir(parents=True, exist_ok=True)
    app.paths.shop_facts.write_text('{"languages": ', encoding="utf-8")
    dialog = app.panels.show_shop()
    qtbot.addWidget(dialog)
    assert f"{app.paths.shop_facts}:1:" in dialog.error.text()
    field(dialog, "shop").setText("小王的店")
    dialog.save()
    kept = list(app.paths.shop_facts.parent.glob("shop.json.damaged-*"))
    assert [path.read_text(encoding="utf-8") for path in kept] == ['{"languages": ']


def test_after_an_import_the_bundled_demo_replies_can_be_switched_off(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    box = app.offer_bundled_off()
    assert box is not None
    qtbot.addWidget(box)
    switch_off = next(b for b in box.buttons() if b.text() == "Switch the bundled replies off")
    assert app.library_service.reloader is not None
    with qtbot.waitSignal(app.library_service.reloader.reloaded, timeout=5000):
        switch_off.click()
    assert not app.settings.use_bundled_playbooks
    assert app.library.entries == []  # the demo replies are no longer searched
    assert read_settings(app.paths.settings)[0].use_bundled_playbooks is False
    assert app.offer_bundled_off() is None  # asked only while they are still searched
