"""Editing replies from the widget: personal copies of team entries, new and duplicated entries,
deleting and reverting, wording warnings as the agent types, and a conflict that loses nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.library import Layer, Source, load_library
from desktop.core.paths import AppPaths
from desktop.core.playbook_store import list_backups
from desktop.core.settings import Settings
from desktop.core.template import render
from desktop.ui.entry_editor import EntryEditor
from desktop.ui.paste import PasteSettings
from tests.conftest import DATA
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qtbot: QtBot, config_dir: Path) -> Iterator[QuickReplyApp]:
    paths = AppPaths.for_user(config_dir)

    def sources() -> list[Source]:
        return [Source(DATA / "widget", Layer.TEAM), Source(paths.playbooks, Layer.PERSONAL)]

    made = QuickReplyApp(
        load_library(sources()),
        FakePlatform(),
        paths,
        Settings(countdown_on_summon=False),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
        sources=sources,
    )
    qtbot.addWidget(made.window)
    qtbot.addWidget(made.countdowns.strip)
    made.flow.summon()
    yield made
    assert made.library_service.reloader is not None
    made.library_service.reloader.stop()  # a reload still loading must not outlive the test


@contextmanager
def library_reloaded(qtbot: QtBot, app: QuickReplyApp) -> Iterator[None]:
    """A save reloads the library on the reloader's worker: wait until the new one is in use."""
    assert app.library_service.reloader is not None
    with qtbot.waitSignal(app.library_service.reloader.reloaded, timeout=5000):
        yield


def editor_of(app: QuickReplyApp) -> EntryEditor:
    assert app.editing.editor is not None
    return app.editing.editor


def first_hit(app: QuickReplyApp, query: str) -> tuple[str, str, str]:
    entry = app.library.index.search(query)[0].entry
    return entry.id, entry.first_reply, entry.overrides


def test_editing_a_team_entry_saves_a_personal_copy_that_overrides_it(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    qtbot.keyClicks(app.window.search_box, "pj")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_F2)
    editor = editor_of(app)
    assert "personal copy" in editor.note.text()
    assert editor.alternatives.count() == 3
    first = editor.alternatives.widget(0)
    first.parts[0].setPlainText("亲，这已经是活动价了，给您包邮哦～")  # type: ignore[attr-defined]
    with library_reloaded(qtbot, app):
        assert editor.save()
    personal = app.paths.personal_playbook
    assert "id: w.discount" in personal.read_text(encoding="utf-8")
    assert first_hit(app, "pj") == ("w.discount", "亲，这已经是活动价了，给您包邮哦～", "team")
    row = app.window.results.model().index(0, 0).data()
    assert "personal copy of team entry" in row
    team_file = (DATA / "widget" / "widget.yaml").read_text(encoding="utf-8")
    assert "给您包邮" not in team_file  # the team's file is never touched


def test_a_save_loads_the_library_once_and_off_the_gui_thread(
    qtbot: QtBot, app: QuickReplyApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.ui.reloader as reloader_module

    threads: list[str] = []
    real_load = reloader_module.reload_library

    def load(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reloader_module, "reload_library", load)
    for question, reply in (("第一次保存", "建出个人文件"), ("只加载一次", "一次就够")):
        app.editing.new_entry("")
        editor = editor_of(app)
        editor.question.setText(question)
        editor.category.setCurrentText("测试")
        editor.alternatives.widget(0).parts[0].setPlainText(reply)  # type: ignore[attr-defined]
        threads.clear()
        with library_reloaded(qtbot, app):
            assert editor.save()
        # The personal file is watched from the first save on: the watcher reports the second too.
        qtbot.wait(reloader_module.DEBOUNCE_MS * 3)
    assert threads == ["playbook-reload"]
    assert first_hit(app, "只加载一次")[1] == "一次就够"


def test_a_copy_of_a_team_reply_keeps_the_values_of_its_playbook(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.window.search_box.setText("hy")  # 亲，欢迎光临{shop}～ with shop: 测试旗舰店 in the team playbook
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_F2)
    editor = editor_of(app)
    first = editor.alternatives.widget(0)
    assert first.parts[0].toPlainText() == "亲，欢迎光临测试旗舰店～有什么可以帮您？😊"  # type: ignore[attr-defined]
    first.parts[0].setPlainText("亲，欢迎光临测试旗舰店～今天有优惠哦😊")  # type: ignore[attr-defined]
    with library_reloaded(qtbot, app):
        assert editor.save()
    entry = app.library.index.search("hy")[0].entry
    assert (entry.id, entry.overrides) == ("w.welcome", "team")
    assert entry.first_reply == "亲，欢迎光临测试旗舰店～今天有优惠哦😊"  # no {shop}, no form on Enter


def test_a_copy_keeps_the_placeholder_the_agents_own_playbook_fills_itself(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    app.paths.playbooks.mkdir(parents=True, exist_ok=True)
    app.paths.personal_playbook.write_text(
        "name: 我的话术\nlanguage: zh-CN\nvariables:\n  shop: 小王的店\nentries: []\n", encoding="utf-8"
    )
    app.window.search_box.setText("hy")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_F2)
    first = editor_of(app).alternatives.widget(0)
    assert first.parts[0].toPlainText() == "亲，欢迎光临{shop}～有什么可以帮您？😊"  # type: ignore[attr-defined]


def test_saving_a_team_reply_unchanged_makes_no_copy(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.window.search_box.setText("pj")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_F2)
    editor = editor_of(app)
    assert editor.save()
    assert not editor.isVisible()
    assert not app.paths.personal_playbook.exists()  # a copy would hide the team's later updates
    assert first_hit(app, "pj")[2] == ""


def test_on_a_fresh_set_up_the_personal_playbook_is_watched_from_the_first_save(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    assert not app.paths.playbooks.exists()
    app.editing.new_entry("")
    editor = editor_of(app)
    editor.question.setText("第一条回复")
    editor.category.setCurrentText("测试")
    editor.alternatives.widget(0).parts[0].setPlainText("第一版")  # type: ignore[attr-defined]
    with library_reloaded(qtbot, app):
        assert editor.save()
    personal = app.paths.personal_playbook
    edited_elsewhere = personal.read_text(encoding="utf-8").replace("第一版", "别处改的第二版")
    personal.write_text(edited_elsewhere, encoding="utf-8")
    qtbot.waitUntil(lambda: first_hit(app, "第一条回复")[1] == "别处改的第二版", timeout=5000)


def test_reverting_a_personal_copy_brings_the_team_version_back(qtbot: QtBot, app: QuickReplyApp) -> None:
    test_editing_a_team_entry_saves_a_personal_copy_that_overrides_it(qtbot, app)
    app.window.search_box.setText("pj")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_End)
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Delete)
    box = app.editing.confirmation
    assert "Revert to the team version" in box.text()
    with library_reloaded(qtbot, app):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert first_hit(app, "pj") == ("w.discount", "亲，这已经是活动价啦～", "")


def test_team_entries_cannot_be_deleted_here(qtbot: QtBot, app: QuickReplyApp) -> None:
    qtbot.keyClicks(app.window.search_box, "hy")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_Delete)
    assert "cannot be deleted here" in app.editing.confirmation.text()
    app.editing.confirmation.close()
    assert first_hit(app, "hy")[0] == "w.welcome"


def test_no_result_becomes_a_new_entry_with_the_typed_text_as_a_phrase(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    app.window.search_box.setText("wrong invoice header")
    assert "Ctrl+N" in app.window.status.text()
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = editor_of(app)
    assert editor.question.text() == "wrong invoice header"  # the query is the question, not a phrasing
    assert editor.also.toPlainText() == ""
    assert editor.language.currentText() == "en"  # the language of what was typed
    assert editor.windowTitle() == "New reply"
    assert not editor.save()  # a category and a reply are needed too
    assert editor.error.text() == "A question, a category and a reply are needed"
    editor.category.setCurrentText("发票")
    editor.alternatives.widget(0).parts[0].setPlainText("亲，把正确的抬头发我，帮您重开～")  # type: ignore[attr-defined]
    editor.code.setText("fpcw")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with library_reloaded(qtbot, app):
        qtbot.keyClick(editor.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert not editor.isVisible()
    assert first_hit(app, "invoice header")[1] == "亲，把正确的抬头发我，帮您重开～"
    assert first_hit(app, "fpcw")[1] == "亲，把正确的抬头发我，帮您重开～"


def test_duplicate_and_multi_part_entries(qtbot: QtBot, app: QuickReplyApp) -> None:
    qtbot.keyClicks(app.window.search_box, "th")
    qtbot.keyClick(app.window.search_box, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    editor = editor_of(app)
    assert editor.question.text() == "怎么退货 (copy)"
    assert editor.code.text() == ""
    assert [len(p) for p in editor.alternative_texts()] == [3]
    editor.alternatives.widget(0).append("第四步：退款到账后告诉我们哦。")  # type: ignore[attr-defined]
    with library_reloaded(qtbot, app):
        assert editor.save()
    copy = next(e for e in app.library.entries if e.question == "怎么退货 (copy)")
    assert len(copy.alternatives[0]) == 4
    assert copy.id != "w.steps"


def test_wording_warnings_and_taken_codes_show_as_the_agent_types(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.editing.new_entry("")
    editor = editor_of(app)
    editor.show()
    qtbot.waitExposed(editor)
    editor.language.setCurrentText("zh-CN")
    fields_at = [editor.context.mapTo(editor, editor.context.rect().topLeft()), editor.tips.pos()]
    editor.alternatives.widget(0).parts[0].setPlainText("我们绝对是全网最低价，第一品牌，顶级")  # type: ignore[attr-defined]
    qtbot.wait(5)
    assert "[absolute]" in editor.warnings.text()
    assert "[extreme]" in editor.warnings.text()
    # The fields below the warnings stay where the agent's eyes and mouse are.
    assert [editor.context.mapTo(editor, editor.context.rect().topLeft()), editor.tips.pos()] == fields_at
    editor.code.setText("HY")
    assert editor.code_warning.text() == "Already used by “欢迎光临”"  # the question, never an id
    editor.code.setText("new-code")
    assert editor.code_warning.text() == ""


def test_a_file_changed_meanwhile_shows_both_versions_and_keeping_mine_loses_nothing(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    app.editing.new_entry("")
    first = editor_of(app)
    first.question.setText("第一条")
    first.category.setCurrentText("测试")
    first.alternatives.widget(0).parts[0].setPlainText("一")  # type: ignore[attr-defined]
    assert first.save()
    app.editing.new_entry("")
    editor = editor_of(app)
    personal = app.paths.personal_playbook
    personal.write_text(
        personal.read_text(encoding="utf-8") + "# edited by hand meanwhile\n", encoding="utf-8"
    )
    editor.question.setText("第二条")
    editor.category.setCurrentText("测试")
    editor.alternatives.widget(0).parts[0].setPlainText("二")  # type: ignore[attr-defined]
    assert not editor.save()
    assert editor.conflict is not None
    assert editor.conflict.windowTitle() == "The file changed"
    assert "edited by hand meanwhile" in editor.conflict.detailedText()
    assert editor.conflict.detailedText().startswith("— On disk now —\n")
    assert "\n\n— Yours —\n" in editor.conflict.detailedText()
    assert any(b.text() == "Take theirs" for b in editor.conflict.buttons())
    keep = next(b for b in editor.conflict.buttons() if b.text() == "Keep mine")
    keep.click()
    text = personal.read_text(encoding="utf-8")
    assert "第二条" in text
    assert "第一条" in text
    backups = list_backups(personal)
    assert "edited by hand meanwhile" in backups[-1].read_text(encoding="utf-8")  # theirs is kept too


def test_importing_from_the_menu_previews_before_writing_and_reimporting_changes_nothing(
    qtbot: QtBot, app: QuickReplyApp
) -> None:
    source = DATA / "interchange" / "qianniu.csv"
    dialog = app.editing.preview_import(source)
    assert dialog.windowTitle() == "Import replies"
    assert dialog.import_button.text() == "Import"
    assert " new, 0 changed, 0 unchanged" in dialog.summary.text()
    assert not list(app.paths.playbooks.glob("*.yaml"))  # nothing written by the preview
    with qtbot.waitSignal(dialog.imported), library_reloaded(qtbot, app):
        dialog.import_button.click()
    imported = [e for e in app.library.entries if e.location.path.parent == app.paths.playbooks]
    assert imported
    again = app.editing.preview_import(source)
    assert "0 new, 0 changed" in again.summary.text()
    assert not again.import_button.isEnabled()
    broken = app.editing.preview_import(DATA / "interchange" / "missing.csv")
    assert broken.summary.text() == "Cannot import missing.csv"


def test_the_same_phrases_in_a_differently_named_file_update_their_playbook(
    qtbot: QtBot, app: QuickReplyApp, tmp_path: Path
) -> None:
    phrases = "快捷编码,快捷短语,分组\nddcx,亲，订单已经发出～,售后\nzj,感谢光临，下次再来～,售后\n"
    first = tmp_path / "千牛短语.csv"
    first.write_text(phrases, encoding="utf-8")
    dialog = app.editing.preview_import(first)
    qtbot.addWidget(dialog)
    with library_reloaded(qtbot, app):
        dialog.import_button.click()
    # Exported again later, the browser saved it as 千牛短语(1).csv, one phrase changed.
    second = tmp_path / "千牛短语(1).csv"
    second.write_text(phrases.replace("下次再来", "欢迎再来"), encoding="utf-8")
    again = app.editing.preview_import(second)
    qtbot.addWidget(again)
    assert again.target.currentText() == dialog.preview.target.stem  # type: ignore[union-attr]
    assert [again.target.itemText(i) for i in range(again.target.count())] == [again.target.currentText()]
    assert " 0 new, 1 changed, 1 unchanged" in again.summary.text()
    # A new name is the team lead's choice: a playbook of its own, every phrase new there.
    again.target.setCurrentText("backup")
    assert "backup.yaml" in again.summary.text()
    assert " 2 new, 0 changed" in again.summary.text()
    again.target.setCurrentText(dialog.preview.target.stem)  # type: ignore[union-attr]
    with library_reloaded(qtbot, app):
        again.import_button.click()
    assert sorted(p.name for p in app.paths.playbooks.glob("*.yaml")) == [dialog.preview.target.name]  # type: ignore[union-attr]
    assert sum(1 for e in app.library.entries if e.code in ("ddcx", "zj")) == 2
    assert not again.target.isEnabled()


def test_the_import_preview_names_a_code_the_searched_replies_already_use(
    qtbot: QtBot, app: QuickReplyApp, tmp_path: Path
) -> None:
    taken = next(entry for entry in app.library.entries if entry.code)
    source = tmp_path / "qianniu.csv"
    source.write_text(f"快捷编码,快捷短语,分组\n{taken.code},亲，欢迎光临本店,欢迎\n", encoding="utf-8")
    dialog = app.editing.preview_import(source)
    qtbot.addWidget(dialog)
    assert f"code '{taken.code}' is also the code of '{taken.question}'" in dialog.details.toPlainText()
    assert dialog.import_button.isEnabled()  # named, not refused


def test_the_import_preview_shows_phrases_offers_fill_ins_and_confirms_the_import(
    qtbot: QtBot, app: QuickReplyApp, tmp_path: Path
) -> None:
    source = tmp_path / "shop.csv"
    source.write_text(
        "快捷编码,快捷短语,分组\nddcx,亲，您的订单[订单号]已经发出～,售后\nzj,感谢光临，下次再来～{^_^},售后\n",
        encoding="utf-8",
    )
    dialog = app.editing.preview_import(source)
    qtbot.addWidget(dialog)
    lines = dialog.details.toPlainText().splitlines()
    assert (
        "+ 亲，您的订单[订单号]已经发出 — 亲，您的订单[订单号]已经发出～  [ddcx]" in lines
    )  # phrases, not ids
    # A literal brace shows as the brace the customer gets, not as the playbook's escaped {{.
    assert "+ 感谢光临，下次再来 — 感谢光临，下次再来～{^_^}  [zj]" in lines
    assert dialog.fill_ins.isVisibleTo(dialog)
    assert dialog.fill_ins.text() == "Make the fill-ins placeholders the agent fills in: [订单号] ×1"
    dialog.fill_ins.setChecked(True)
    assert (
        "+ 亲，您的订单[订单号]已经发出 — 亲，您的订单{订单号}已经发出～  [ddcx]"
        in dialog.details.toPlainText()
    )
    with library_reloaded(qtbot, app):
        dialog.import_button.click()
    assert dialog.summary.text() == "✓ Imported 2 replies into shop.yaml"
    assert dialog.isVisible()  # the confirmation stays until the team lead closes it
    assert not dialog.import_button.isVisibleTo(dialog)
    imported = next(e for e in app.library.entries if e.code == "ddcx")
    assert imported.first_reply == "亲，您的订单{订单号}已经发出～"


def test_the_import_dialog_asks_once_for_a_fill_in_that_is_the_same_in_every_chat(
    qtbot: QtBot, app: QuickReplyApp, tmp_path: Path
) -> None:
    source = tmp_path / "welcome.csv"
    source.write_text(
        "快捷编码,快捷短语,分组\nhydp,欢迎光临[店铺名称]～订单[订单号],售前\n", encoding="utf-8"
    )
    dialog = app.editing.preview_import(source)
    qtbot.addWidget(dialog)
    assert list(dialog.shop_values) == ["店铺名称"]  # 订单号 differs per chat: asked at paste
    assert not dialog.shop_values["店铺名称"].isVisibleTo(dialog)
    dialog.fill_ins.setChecked(True)
    assert dialog.shop_values["店铺名称"].isVisibleTo(dialog)
    dialog.shop_values["店铺名称"].setText("小王的店")
    dialog.shop_values["店铺名称"].editingFinished.emit()
    with library_reloaded(qtbot, app):
        dialog.import_button.click()
    welcome = next(e for e in app.library.entries if e.code == "hydp")
    assert render(welcome.first_reply, welcome.variables).missing == ("订单号",)
    assert render(welcome.first_reply, welcome.variables, {"订单号": "A1"}).text == "欢迎光临小王的店～订单A1"


def test_ctrl_enter_in_the_reply_saves_without_adding_a_line(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.editing.new_entry("包邮吗")
    editor = editor_of(app)
    assert editor.alternatives.currentIndex() == 0
    editor.category.setCurrentText("物流")
    part = editor.alternatives.widget(0).parts[0]  # type: ignore[attr-defined]
    part.setPlainText("亲，满99包邮哦～")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    part.setFocus()
    with library_reloaded(qtbot, app):
        qtbot.keyClick(part, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = next(e for e in app.library.entries if e.question == "包邮吗")
    assert saved.first_reply == "亲，满99包邮哦～"
    assert saved.language == "zh-CN"
