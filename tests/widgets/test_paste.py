"""Paste through the clipboard and give every format of the agent's clipboard back."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.platform.base import Target
from desktop.ui.paste import REPLY_MARKER, Paster, PasteSettings, reply_mime, snapshot
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui

TARGET = Target(42, "chat")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452")


def agent_clipboard() -> QMimeData:
    mime = QMimeData()
    mime.setText("客户的订单号 A1001")
    mime.setHtml("<b>客户的订单号</b> A1001")
    mime.setData("image/png", QByteArray(PNG))
    mime.setData("application/x-shop-note", QByteArray(b"\x00\x01binary"))
    return mime


def clipboard_bytes() -> dict[str, bytes]:
    current = QGuiApplication.clipboard().mimeData()
    assert current is not None
    return {name: bytes(current.data(name).data()) for name in current.formats()}


@pytest.fixture
def platform() -> FakePlatform:
    return FakePlatform()


@pytest.fixture
def paster(qtbot: QtBot, platform: FakePlatform) -> Iterator[Paster]:
    QGuiApplication.clipboard().setMimeData(agent_clipboard())
    yield Paster(platform, PasteSettings(restore_delay_ms=50, settle_ms=5))
    # Mime data a test put on the clipboard must not outlive it: left there until the
    # interpreter shuts down, PySide6 and Qt both free it and the process crashes.
    QGuiApplication.clipboard().clear()


def test_the_target_sees_the_reply_and_the_agent_gets_every_format_back(
    qtbot: QtBot, paster: Paster, platform: FakePlatform
) -> None:
    before = clipboard_bytes()
    seen_at_paste: list[str] = []
    platform.on_paste = lambda: seen_at_paste.append(QGuiApplication.clipboard().text())
    with qtbot.waitSignal(paster.pasted) as result:
        paster.paste("亲，已为您发货 🚚\n请注意查收", TARGET)
    assert result.args == [True, ""]
    assert seen_at_paste == ["亲，已为您发货 🚚\n请注意查收"]
    assert platform.calls == ["focus 42", "paste ctrl+v"]
    with qtbot.waitSignal(paster.restored):
        pass
    assert clipboard_bytes() == before


def test_the_reply_is_marked_transient_for_clipboard_managers(
    qtbot: QtBot, paster: Paster, platform: FakePlatform
) -> None:
    formats: list[list[str]] = []
    platform.on_paste = lambda: formats.append(QGuiApplication.clipboard().mimeData().formats())
    with qtbot.waitSignal(paster.restored):
        paster.paste("hi", TARGET)
    assert "x-kde-passwordManagerHint" in formats[0]
    assert REPLY_MARKER in formats[0]


def test_something_copied_meanwhile_is_not_overwritten(qtbot: QtBot, paster: Paster) -> None:
    with qtbot.waitSignal(paster.pasted):
        paster.paste("reply", TARGET)
    QGuiApplication.clipboard().setText("the agent copied this after the paste")
    with qtbot.waitSignal(paster.restored):
        pass
    assert QGuiApplication.clipboard().text() == "the agent copied this after the paste"


def test_an_empty_clipboard_is_empty_again(qtbot: QtBot, paster: Paster) -> None:
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(paster.restored):
        paster.paste("reply", TARGET)
    assert QGuiApplication.clipboard().text() == ""


def test_focus_that_cannot_be_returned_leaves_the_reply_and_says_press_ctrl_v(
    qtbot: QtBot, paster: Paster, platform: FakePlatform
) -> None:
    platform.focus_works = False
    with qtbot.waitSignal(paster.pasted) as result:
        paster.paste("reply", TARGET)
    assert result.args == [
        False,
        "Could not bring back the chat window; the reply is copied: press Ctrl+V in the chat app to paste it",
    ]
    assert "paste ctrl+v" not in platform.calls
    qtbot.wait(100)
    assert QGuiApplication.clipboard().text() == "reply"  # never restored away


def test_a_blocked_keystroke_leaves_the_reply_and_explains(
    qtbot: QtBot, paster: Paster, platform: FakePlatform
) -> None:
    platform.paste_works = False
    with qtbot.waitSignal(paster.pasted) as result:
        paster.paste("reply", TARGET)
    assert result.args == [
        False,
        "the key press was blocked; the reply is copied: press Ctrl+V in the chat app to paste it",
    ]
    qtbot.wait(100)
    assert QGuiApplication.clipboard().text() == "reply"


def test_a_second_paste_first_restores_then_snapshots_the_agents_clipboard(
    qtbot: QtBot, platform: FakePlatform
) -> None:
    QGuiApplication.clipboard().setMimeData(agent_clipboard())
    before = clipboard_bytes()
    paster = Paster(platform, PasteSettings(restore_delay_ms=10_000, settle_ms=5))
    with qtbot.waitSignal(paster.pasted):
        paster.paste("part 1", TARGET)
    with qtbot.waitSignal(paster.pasted):
        paster.paste("part 2", TARGET)  # restore of part 1 still pending
    paster.restore_now()
    assert clipboard_bytes() == before


def test_send_each_part_presses_enter_after_the_paste(
    qtbot: QtBot, paster: Paster, platform: FakePlatform
) -> None:
    with qtbot.waitSignal(paster.restored):
        paster.paste("part", TARGET, press_enter=True)
    qtbot.waitUntil(lambda: "enter" in platform.calls)
    assert platform.calls == ["focus 42", "paste ctrl+v", "enter"]


def test_copy_keeps_the_reply_on_the_clipboard(qtbot: QtBot, paster: Paster) -> None:
    paster.copy("copied reply")
    qtbot.wait(100)
    assert QGuiApplication.clipboard().text() == "copied reply"


def test_snapshot_skips_selection_plumbing() -> None:
    mime = QMimeData()
    mime.setText("x")
    mime.setData("TARGETS", QByteArray(b"junk"))
    mime.setData("TIMESTAMP", QByteArray(b"1"))
    QGuiApplication.clipboard().setMimeData(mime)
    copied = snapshot(QGuiApplication.clipboard())
    assert copied is not None
    assert "TARGETS" not in copied.formats()
    assert "TIMESTAMP" not in copied.formats()
    assert copied.text() == "x"


def test_line_breaks_become_crlf_on_windows_only(monkeypatch: pytest.MonkeyPatch) -> None:
    assert reply_mime("a\nb", {}).text() == "a\nb"
    monkeypatch.setattr(sys, "platform", "win32")
    assert reply_mime("a\nb\r\nc", {}).text() == "a\r\nb\r\nc"
    assert bytes(reply_mime("a\nb", {}).data(REPLY_MARKER).data()) == b"a\nb"


def test_a_backend_that_writes_the_clipboard_itself_is_trusted_to_say_if_it_changed(
    qtbot: QtBot, paster: Paster, platform: FakePlatform
) -> None:
    before = clipboard_bytes()
    platform.writes_clipboard = True
    seen: list[str] = []
    platform.on_paste = lambda: seen.append(QGuiApplication.clipboard().text())
    with qtbot.waitSignal(paster.restored):
        paster.paste("亲，已发货", TARGET)
    assert seen == ["亲，已发货"]
    assert clipboard_bytes() == before
    with qtbot.waitSignal(paster.pasted):
        paster.paste("second", TARGET)
    QGuiApplication.clipboard().setText("copied meanwhile")
    with qtbot.waitSignal(paster.restored):
        pass
    assert QGuiApplication.clipboard().text() == "copied meanwhile"


def test_typing_the_text_never_touches_the_clipboard(
    qtbot: QtBot, paster: Paster, platform: FakePlatform
) -> None:
    from desktop.core.keys import PasteMethod

    before = clipboard_bytes()
    with qtbot.waitSignal(paster.pasted) as result:
        paster.paste("亲，已为您发货\n请查收", TARGET, method=PasteMethod.TYPE)
    assert result.args == [True, ""]
    assert platform.calls == ["focus 42", "type 亲，已为您发货\n请查收"]
    assert clipboard_bytes() == before
    assert not paster.busy


def test_when_typing_fails_the_reply_is_copied_instead(
    qtbot: QtBot, paster: Paster, platform: FakePlatform
) -> None:
    from desktop.core.keys import PasteMethod

    platform.paste_works = False
    with qtbot.waitSignal(paster.pasted) as result:
        paster.paste("reply", TARGET, method=PasteMethod.TYPE)
    assert result.args[0] is False
    assert "typing was blocked" in result.args[1]
    assert QGuiApplication.clipboard().text() == "reply"


def test_a_format_that_comes_back_empty_is_left_out_of_the_snapshot() -> None:
    mime = QMimeData()
    mime.setText("the agent's note")
    mime.setData("image/png", QByteArray())  # what an owner that quit mid-answer leaves
    QGuiApplication.clipboard().setMimeData(mime)
    copied = snapshot(QGuiApplication.clipboard())
    assert copied is not None
    assert "image/png" not in copied.formats()
    assert copied.text() == "the agent's note"
    only_empty = QMimeData()
    only_empty.setData("image/png", QByteArray())
    QGuiApplication.clipboard().setMimeData(only_empty)
    assert snapshot(QGuiApplication.clipboard()) is None  # nothing readable: nothing to restore


def test_the_paste_keys_are_named_as_the_keyboard_labels_them() -> None:
    from desktop.ui.paste import paste_keys

    assert paste_keys("darwin") == "⌘V"
    assert paste_keys("win32") == "Ctrl+V"
    assert paste_keys("linux") == "Ctrl+V"
