"""The search window offscreen: filtering, keys, alternatives, parts, the placeholder form, IME."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QFontMetrics, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.playbook import load_playbooks
from desktop.core.search import SearchIndex
from desktop.ui.search_window import PasteRequest, SearchWindow
from desktop.ui.text_metrics import line_metrics
from tests.conftest import DATA, SEARCH_PLAYBOOKS

pytestmark = pytest.mark.gui


def make_window(qtbot: QtBot, *sources: object) -> SearchWindow:
    index = SearchIndex(load_playbooks(list(sources)).entries)  # type: ignore[arg-type]
    widget = SearchWindow(index)
    qtbot.addWidget(widget)
    widget.summon()
    return widget


@pytest.fixture
def window(qtbot: QtBot) -> SearchWindow:
    return make_window(qtbot, SEARCH_PLAYBOOKS)


@pytest.fixture
def widget_window(qtbot: QtBot) -> SearchWindow:
    return make_window(qtbot, DATA / "widget")


def pasted(qtbot: QtBot, window: SearchWindow, *keys: tuple[Qt.Key, Qt.KeyboardModifier]) -> PasteRequest:
    with qtbot.waitSignal(window.paste_requested, timeout=1000) as signal:
        for key, modifier in keys:
            qtbot.keyClick(window.search_box, key, modifier)
    request = signal.args[0]
    assert isinstance(request, PasteRequest)
    return request


ENTER = (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)


def test_typing_filters_and_selects_the_best(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "thyf")
    entry = window.current_entry()
    assert entry is not None
    assert entry.id == "ret.postage"
    assert "退货邮费谁出" in window.preview.toPlainText()


def test_arrows_move_and_enter_pastes_the_selection(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "fp")
    first = window.current_entry()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    second = window.current_entry()
    assert first is not None
    assert second is not None
    assert first.id != second.id
    qtbot.keyClick(window.search_box, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.search_box, Qt.Key.Key_PageUp)
    assert window.current_entry() == first
    request = pasted(qtbot, window, ENTER)
    assert request.entry.id == first.id
    assert window.search_box.hasFocus()  # the cursor never left the search box


def test_placeholders_are_filled_from_playbook_variables(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "by")
    request = pasted(qtbot, window, ENTER)
    assert (request.entry.id, request.text) == ("ship.free", "亲，满99元包邮哦。")


def test_alt_number_pastes_that_result(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "fp")
    third = window.results.model().index(2, 0).data(Qt.ItemDataRole.UserRole + 1)
    request = pasted(qtbot, window, (Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier))
    assert request.entry == third


def test_tab_cycles_alternatives_and_enter_sends_the_shown_one(
    widget_window: SearchWindow, qtbot: QtBot
) -> None:
    qtbot.keyClicks(widget_window.search_box, "pj")
    qtbot.keyClick(widget_window.search_box, Qt.Key.Key_Tab)
    qtbot.keyClick(widget_window.search_box, Qt.Key.Key_Tab)
    assert widget_window.alternative == 2
    assert "▶ 3/3 亲，现在下单送您一份小礼物" in widget_window.preview.toPlainText()
    qtbot.keyClick(widget_window.search_box, Qt.Key.Key_Backtab)
    request = pasted(qtbot, widget_window, ENTER)
    assert request.text == "亲，价格是公司统一定的，没法再少哦。"
    assert widget_window.search_box.hasFocus()  # Tab did not move focus away


def test_ctrl_c_copies_instead_of_pasting(widget_window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(widget_window.search_box, "th")
    widget_window.search_box.deselect()
    with qtbot.waitSignal(widget_window.copy_requested) as signal:
        qtbot.keyClick(widget_window.search_box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert signal.args[0].text.count("\n") == 2  # every part, one per line
    assert widget_window.pending is None


def test_multi_part_reply_is_sent_part_by_part(widget_window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(widget_window.search_box, "th")
    first = pasted(qtbot, widget_window, ENTER)
    assert (first.text, first.part, first.part_count) == ("第一步：在订单页点“申请退货”。", 0, 3)
    assert widget_window.title_bar.parts_label.text() == "Part 2 of 3 ready"
    second = pasted(qtbot, widget_window, ENTER)  # Enter on the still-selected entry
    assert (second.text, second.part) == ("第二步：填写退货快递单号。", 1)
    with qtbot.waitSignal(widget_window.paste_requested) as signal:
        assert widget_window.send_next_part()  # what the paste hotkey does
    assert signal.args[0].text == "第三步：我们收到后尽快退款。"
    assert widget_window.pending is None
    assert widget_window.title_bar.parts_label.text() == ""
    assert not widget_window.send_next_part()


def test_missing_placeholders_open_a_form_and_values_are_offered_again(
    widget_window: SearchWindow, qtbot: QtBot
) -> None:
    qtbot.keyClicks(widget_window.search_box, "dd")
    qtbot.keyClick(widget_window.search_box, Qt.Key.Key_Return)
    form = widget_window.form
    assert form.isVisible()
    assert list(form.fields) == ["customer", "order_no"]
    form.fields["customer"].insert("王女士")  # QTest types ASCII only
    qtbot.keyClick(form.fields["customer"], Qt.Key.Key_Tab)
    assert form.fields["order_no"].hasFocus()
    qtbot.keyClicks(form.fields["order_no"], "A1001")
    with qtbot.waitSignal(widget_window.paste_requested) as signal:
        qtbot.keyClick(form.fields["order_no"], Qt.Key.Key_Return)
    assert signal.args[0].text == "王女士您好，订单A1001已经发出啦。"
    assert not form.isVisible()
    # Same conversation: the form comes back filled in; Enter accepts.
    qtbot.keyClick(widget_window.search_box, Qt.Key.Key_Return)
    assert form.fields["customer"].text() == "王女士"
    assert form.fields["order_no"].text() == "A1001"
    qtbot.keyClick(form.fields["customer"], Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert widget_window.search_box.hasFocus()


def test_enter_while_an_input_method_composes_never_pastes(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "by")
    box = window.search_box
    with qtbot.assertNotEmitted(window.paste_requested):
        QApplication.sendEvent(box, QInputMethodEvent("bao", []))
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClick(box, Qt.Key.Key_Down)
    before = window.current_entry()
    commit = QInputMethodEvent()
    commit.setCommitString("包")
    QApplication.sendEvent(box, commit)
    assert box.text() == "by包"
    assert window.current_entry() is not None
    assert before is not None
    request = pasted(qtbot, window, ENTER)  # composition over: Enter pastes again
    assert request.entry == window.current_entry()


def test_the_syllable_being_composed_is_searched_so_enter_pastes_the_row_shown(
    window: SearchWindow, qtbot: QtBot
) -> None:
    def current_id() -> str:
        entry = window.current_entry()
        return entry.id if entry is not None else ""

    box = window.search_box
    box.setText("배송")
    assert current_id() == "ko.ship.when"
    QApplication.sendEvent(box, QInputMethodEvent("비", []))  # ibus-hangul composing 비
    qtbot.waitUntil(lambda: current_id() == "ko.ship.fee")  # the list follows what the agent sees
    shown = window.current_entry()
    commit = QInputMethodEvent()
    commit.setCommitString("비")  # the IME commits on Enter and passes the Enter through
    QApplication.sendEvent(box, commit)
    assert box.text() == "배송비"
    request = pasted(qtbot, window, ENTER)
    assert request.entry == shown


def test_escape_hides_and_asks_for_focus_back(window: SearchWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.dismissed):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_pin_keeps_state_and_f1_asks_for_the_rules(window: SearchWindow, qtbot: QtBot) -> None:
    assert not window.pinned
    window.title_bar.pin.click()
    assert window.pinned
    asked: list[str] = []
    window.action_requested.connect(asked.append)
    qtbot.keyClick(window.search_box, Qt.Key.Key_F1)
    qtbot.keyClick(window.search_box, Qt.Key.Key_F3)
    qtbot.keyClick(window.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.title_bar.help.click()
    assert asked == ["rules", "today", "new_entry", "rules"]


def test_no_result_says_what_was_typed(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "zzzzqqq")
    assert "zzzzqqq" in window.status.text()
    assert window.current_entry() is None


def test_status_hints_and_menu_show_the_english_source_text(window: SearchWindow, qtbot: QtBot) -> None:
    assert window.status.text().endswith(" replies")
    shown = window.hints.text()
    assert shown.replace("\u00a0", " ").startswith("Enter paste · Alt+1…9 paste that row · Tab next wording")
    assert "Esc\u00a0hide" in shown  # a hint never wraps inside itself (Esc | 隐藏)
    assert window.search_box.placeholderText() == "Type a question, pinyin, initials or keywords…"
    qtbot.keyClicks(window.search_box, "by")
    assert window.status.text().endswith(" result(s)")
    window._result_menu(window.results.visualRect(window.results.model().index(0, 0)).center())
    labels = [action.text() for action in window.menu.actions()]
    window.menu.close()
    assert labels == ["Edit (F2)", "Duplicate (Ctrl+D)", "Delete (Del)"]
    window.search_box.setText("zzzzqqq")
    assert window.status.text() == "No reply matches “zzzzqqq” — Ctrl+N creates one"


def test_preview_labels_context_and_tips(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "by")
    entry = window.current_entry()
    assert entry is not None
    html = window._preview_html(replace(entry, context="<顾客问运费>", tips="先确认地址"))
    assert "Context: &lt;顾客问运费&gt;" in html
    assert "Tips: 先确认地址" in html


class MarkingTranslator(QTranslator):
    """Stands in for a loaded .qm file: every text of the search window comes back marked."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context in ("SearchWindow", "TitleBar", "PlaceholderForm", "ResultModel"):
            return f"«{source}»"
        return ""


def test_texts_go_through_the_installed_translator(qtbot: QtBot) -> None:
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window(qtbot, SEARCH_PLAYBOOKS)
        assert window.status.text().startswith("«")
        assert window.status.text().endswith(" replies»")
        assert (
            window.hints.text().replace("\u00a0", " ").startswith("«Enter paste» · «Alt+1…9 paste that row»")
        )
        assert window.title_bar.help.toolTip() == "«Service rules (F1)»"
        window.search_box.setText("zzzzqqq")
        assert window.status.text() == "«No reply matches “zzzzqqq” — Ctrl+N creates one»"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_result_rows_show_filled_placeholders(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "by")
    row = window.results.model().index(0, 0).data()
    assert "满99元包邮" in row
    assert "{" not in row


def test_a_reload_keeps_the_selected_entry_and_wording(widget_window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(widget_window.search_box, "pj")
    qtbot.keyClick(widget_window.search_box, Qt.Key.Key_Tab)
    selected = widget_window.current_entry()
    assert selected is not None
    widget_window.set_index(SearchIndex(load_playbooks([DATA / "widget"]).entries))  # what a reload does
    assert widget_window.current_entry() == selected
    assert widget_window.alternative == 1


def test_each_key_of_the_search_box_is_bound_once() -> None:
    from desktop.ui.search_window import _SEARCH_KEY_INDEX, SEARCH_KEYS

    assert len(_SEARCH_KEY_INDEX) == sum(len(binding.keys) for binding in SEARCH_KEYS)


def test_an_input_method_event_with_the_same_composition_keeps_the_selection(
    window: SearchWindow, qtbot: QtBot
) -> None:
    window.search_box.setText("배송")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    chosen = window.current_entry()
    QApplication.sendEvent(window.search_box, QInputMethodEvent())  # nothing composing, nothing changed
    qtbot.wait(20)
    assert window.current_entry() == chosen


def test_ctrl_g_limits_the_results_to_one_first_level_group_at_a_time(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "platforms.yaml").write_text(
        "name: 平台\nlanguage: zh-CN\nentries:\n"
        "  - {id: tb.ship, category: 淘宝/售前, question: 淘宝发货时间, reply: 淘宝店48小时内发货}\n"
        "  - {id: jd.ship, category: 京东/售前, question: 京东发货时间, reply: 京东店当天发货}\n"
        "  - {id: tb.return, category: 淘宝/售后, question: 淘宝退货, reply: 七天无理由}\n"
        "  - {id: any, category: 通用, question: 发货时间, reply: 都会尽快发货}\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path)
    assert window.groups() == ["淘宝", "京东"]
    window.search_box.setText("发货")

    def shown() -> list[str]:
        return [window._model.entry_at(row).id for row in range(window._model.rowCount())]  # type: ignore[union-attr]

    everything = set(shown())
    assert {"tb.ship", "jd.ship", "any"} <= everything
    qtbot.keyClick(window.search_box, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert shown()[0] == "tb.ship"
    assert {row for row in shown() if not row.startswith("tb.")} == set()
    assert window.status.text() == (
        f"Only 淘宝: {len(shown())} result(s) · Ctrl+G group · Ctrl+L language · Ctrl+P playbook"
    )
    qtbot.keyClick(window.search_box, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert shown() == ["jd.ship"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert set(shown()) == everything  # back to all
    assert window.search_box.text() == "发货"  # the query stays


def test_ctrl_g_without_grouped_categories_says_so(window: SearchWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.search_box, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.group == ""
    assert "淘宝/售前" in window.status.text()


def test_the_form_asks_in_words_not_placeholder_names(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "form.yaml").write_text(
        "name: form\nlanguage: zh-CN\nentries:\n"
        "  - id: ship\n    category: 物流\n    question: 单号\n"
        "    reply: '订单{order_no}的单号是{tracking_no}，{订单备注}'\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path)
    window.search_box.setText("单号")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    labels = [window.form._layout.labelForField(edit).text() for edit in window.form.fields.values()]  # type: ignore[union-attr]
    assert labels == ["Order number", "Tracking number", "订单备注"]
    assert window.form.fields["order_no"].toolTip() == "{order_no}"


def ink_rows(widget: QWidget) -> list[int]:
    """Rows of ``widget`` with dark text pixels, the frame's full-width rows left out."""
    image = widget.grab().toImage()
    rows = []
    for y in range(image.height()):
        dark = sum(1 for x in range(6, image.width() // 2) if QColor(image.pixel(x, y)).lightness() < 120)
        if 0 < dark < image.width() // 3:
            rows.append(y)
    return rows


@pytest.mark.parametrize("query", ["订单", "ㄱㅎ 교환", "退货运费"])
def test_a_chinese_or_korean_query_sits_centred_in_the_box(widget_window: SearchWindow, query: str) -> None:
    box = widget_window.search_box
    box.setClearButtonEnabled(False)  # its icon is ink too
    box.setText(query)
    box.resize(300, box.sizeHint().height())
    rows = ink_rows(box)
    above, below = rows[0], box.height() - 1 - rows[-1]
    assert above >= 3, (above, below)  # it touched the top border
    assert abs(above - below) <= 2, (above, below)


def drawn_row(qtbot: QtBot, folder: Path, reply: str) -> QImage:
    """The first result row of a one-reply library, as the window draws it."""
    folder.mkdir()
    (folder / "one.yaml").write_text(
        "name: one\nlanguage: zh-CN\nentries:\n"
        f"  - category: 物流\n    question: 订单查询\n    reply: '{reply}'\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, folder)
    window.search_box.setText("订单查询")
    qtbot.waitUntil(lambda: window.current_entry() is not None)
    window.results.clearSelection()  # drawn as an ordinary row
    index = window.results.model().index(0, 0)
    return window.results.viewport().grab(window.results.visualRect(index)).toImage()


def ink(image: QImage) -> int:
    points = ((x, y) for y in range(image.height()) for x in range(image.width()))
    return sum(1 for x, y in points if QColor(image.pixel(x, y)).lightness() < 200)


def test_rows_with_chinese_text_draw_underscores(qtbot: QtBot, tmp_path: Path) -> None:
    """A Han character makes the line taller than the Latin font says: the row is measured with it.

    Measured by the line's end: underscores after the text, against nothing
    there; the underscores' ink must be there (it was clipped away).
    """
    font = QApplication.font()
    underscores = drawn_row(qtbot, tmp_path / "a", "您好，订单已发出__________")
    bare = drawn_row(qtbot, tmp_path / "b", "您好，订单已发出")
    assert underscores.height() >= 2 * line_metrics(font).height
    width = QFontMetrics(font).horizontalAdvance("__________")
    assert ink(underscores) - ink(bare) >= width * 0.8


def test_ctrl_l_and_ctrl_p_limit_the_results_to_a_language_or_a_playbook(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "zh.yaml").write_text(
        "name: 淘宝店\nlanguage: zh-CN\nentries:\n"
        "  - {id: zh.ship, category: 物流, question: 发货时间, reply: 48小时内发货}\n"
        "  - {id: zh.refund, category: 售后, question: 退款 refund, reply: 三天内退款}\n",
        encoding="utf-8",
    )
    (tmp_path / "ko.yaml").write_text(
        "name: 한국 스토어\nlanguage: ko-KR\nentries:\n"
        "  - {id: ko.refund, category: 환불, question: 환불 refund, reply: 3일 안에 환불됩니다}\n",
        encoding="utf-8",
    )
    (tmp_path / "en.yaml").write_text(
        "name: Global store\nlanguage: en\nentries:\n"
        "  - {id: en.refund, category: Refunds, question: Refund time, reply: Refunds take 3 days}\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path)
    window.preferred_language = "zh-CN"  # a Qianniu chat: Ctrl+L goes to Chinese first
    window.search_box.setText("refund")

    def shown() -> set[str]:
        return {window._model.entry_at(row).id for row in range(window._model.rowCount())}  # type: ignore[union-attr]

    assert shown() == {"zh.refund", "ko.refund", "en.refund"}
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.search_box, Qt.Key.Key_L, control)
    assert shown() == {"zh.refund"}
    assert window.status.text().startswith("Only 中文: 1 result(s)")
    qtbot.keyClick(window.search_box, Qt.Key.Key_L, control)  # then in the library's order: en, ko-KR
    qtbot.keyClick(window.search_box, Qt.Key.Key_L, control)
    assert shown() == {"ko.refund"}
    assert window.status.text().startswith("Only 한국어: 1 result(s)")
    assert window.playbooks() == ["Global store", "한국 스토어", "淘宝店"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_P, control)  # 한국어 and Global store: nothing left
    assert shown() == set()
    assert window.status.text().startswith("Only 한국어 · Global store: 0 result(s)")
    qtbot.keyClick(window.search_box, Qt.Key.Key_L, control)  # all languages · Global store
    assert shown() == {"en.refund"}
    for _ in range(3):
        qtbot.keyClick(window.search_box, Qt.Key.Key_P, control)  # → 한국 스토어 → 淘宝店 → all
    assert shown() == {"zh.refund", "ko.refund", "en.refund"}
    assert window.search_box.text() == "refund"  # the query stays


def test_ctrl_l_with_one_language_says_so(window: SearchWindow, qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text(
        "name: one\nlanguage: zh-CN\nentries:\n  - {id: a, category: 物流, question: 发货, reply: 今天发}\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path)
    qtbot.keyClick(window.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.language == ""
    assert window.status.text() == "Every reply is in one language: there is nothing to limit"
    qtbot.keyClick(window.search_box, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.playbook == ""
    assert window.status.text() == "All replies come from one playbook: there is nothing to limit"
