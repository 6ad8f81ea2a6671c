"""``quickreply selftest``: check this system's hotkeys and clipboard with the real OS backend.

For a team lead whose agent says "the hotkey does nothing", and for the build
workflow, which runs it on Windows and macOS after building the bundle: the
fakes in the test suite show the logic is right, this shows the system calls
answer as documented. Each step prints one line; the agent's clipboard is put
back at the end.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.core.keys import Hotkey, HotkeyError
from desktop.platform import select_backends
from desktop.platform.base import Platform
from desktop.ui.i18n import localized
from desktop.ui.paste import QtClipboard, reply_mime

SAMPLE_REPLY = "QuickReply selftest · 亲，已为您备注 · 주문 확인 😊"
SETTLE_S = 0.5  # how long the clipboard may take to show what was written (X11 answers asynchronously)


class StepFailedError(Exception):
    """One check failed; the message says what was seen."""


def run_selftest(hotkey: str, out: TextIO = sys.stdout) -> int:
    """Run every check with the real backend of this session; 0 when all passed, 1 otherwise."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    backends = select_backends()
    platform = backends.platform
    print(
        f"system: {backends.kind} ({platform.name}), Qt platform {QGuiApplication.platformName()}", file=out
    )
    for limitation in platform.limitations():
        print(f"note: {localized(limitation)}", file=out)
    checks: list[tuple[str, Callable[[], str]]] = [
        ("hotkey", lambda: _check_hotkey(platform, hotkey)),
        ("clipboard", lambda: _check_clipboard(platform)),
    ]
    failed = 0
    for name, check in checks:
        try:
            detail = check()
        except StepFailedError as exc:
            failed += 1
            print(f"FAIL  {name}: {exc}", file=out, flush=True)
        else:
            print(f"ok    {name}: {detail}", file=out, flush=True)
    print(f"selftest: {len(checks) - failed} of {len(checks)} checks passed", file=out, flush=True)
    if app is not None:
        app.processEvents()
    return 1 if failed else 0


def _check_hotkey(platform: Platform, text: str) -> str:
    try:
        hotkey = Hotkey.parse(text)
        platform.register_hotkey(hotkey, lambda: None)
    except HotkeyError as exc:
        raise StepFailedError(localized(exc)) from exc
    try:
        platform.unregister_all()
    except Exception as exc:
        raise StepFailedError(f"{hotkey} was registered but could not be released: {exc}") from exc
    return f"{hotkey} registered and released"


def _check_clipboard(platform: Platform) -> str:
    clipboard = QtClipboard(platform.clipboard_owner_answers)
    try:
        saved: QMimeData | None = clipboard.snapshot()
    except Exception:  # noqa: BLE001 - an unreadable clipboard is reported below, not fatal here
        saved = None
    try:
        natively = platform.write_clipboard_text(SAMPLE_REPLY)
        if not natively:
            clipboard.put_reply(SAMPLE_REPLY, platform.transient_formats())
        seen = _settled_text()
        if seen != SAMPLE_REPLY:
            raise StepFailedError(f"wrote {SAMPLE_REPLY!r}, read back {seen!r}")
        missing = _markers_missing(platform, natively)
        if missing:
            raise StepFailedError(f"the reply lacks the clipboard managers' markers {', '.join(missing)}")
    finally:
        clipboard.restore(saved)
        QCoreApplication.processEvents()
    how = (
        "by the system's own call"
        if natively
        else f"by Qt with {len(platform.transient_formats())} marker(s)"
    )
    kept = (
        ""
        if platform.clipboard_survives_quit()
        else " (no clipboard manager runs: it goes when this test quits)"
    )
    return f"a reply written {how}, read back whole, the previous clipboard put back{kept}"


def _settled_text() -> str:
    deadline = time.monotonic() + SETTLE_S
    while True:
        QCoreApplication.processEvents()
        seen = QGuiApplication.clipboard().text()
        if seen == SAMPLE_REPLY or time.monotonic() > deadline:
            return seen
        time.sleep(0.02)


def _markers_missing(platform: Platform, natively: bool) -> list[str]:
    if natively:
        return [] if platform.clipboard_unchanged() else ["(the system's own write is not recognised)"]
    current = QGuiApplication.clipboard().mimeData()
    formats = set(current.formats()) if current is not None else set()
    expected = set(reply_mime(SAMPLE_REPLY, platform.transient_formats()).formats())
    return sorted(expected - formats)
