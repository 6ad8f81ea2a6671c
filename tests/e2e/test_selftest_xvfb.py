"""``quickreply selftest`` against a real X server: what the build workflow runs on Windows and macOS.

It must pass on a working desktop, leave the agent's clipboard as it was, and
fail, naming the combination, when another program holds the hotkey.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import DATA
from tests.e2e.session import ROOT, Desktop

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
]


def selftest(desktop: Desktop, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "selftest", *args],
        env=desktop.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_working_desktop_passes_and_says_what_becomes_of_the_clipboard(desktop: Desktop) -> None:
    keeper = subprocess.Popen(["xclip", "-selection", "clipboard"], stdin=subprocess.PIPE, env=desktop.env)
    assert keeper.stdin is not None
    keeper.stdin.write("订单 A1001".encode())
    keeper.stdin.close()
    try:
        done = selftest(desktop)
    finally:
        keeper.kill()
        keeper.wait(5)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok    hotkey: ctrl+alt+shift+f10 registered and released" in done.stdout
    assert "ok    clipboard: a reply written by Qt with 1 marker(s), read back whole" in done.stdout
    # X11 keeps a clipboard only in the program that owns it: said, not hidden.
    assert "no clipboard manager runs: it goes when this test quits" in done.stdout
    assert "selftest: 2 of 2 checks passed" in done.stdout


def test_a_hotkey_another_program_holds_fails_naming_it(desktop: Desktop) -> None:
    holder = desktop.spawn(
        sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(DATA / "widget"),
        "--config-dir", str(desktop.tmp / "holder"), "--hotkey", "ctrl+alt+shift+f9", "--log-level", "info",
    )  # fmt: skip
    holder.wait_for_line("hotkeys ready", timeout=60)
    done = selftest(desktop, "--hotkey", "ctrl+alt+shift+f9")
    holder.stop()
    assert done.returncode == 1
    assert "FAIL  hotkey:" in done.stdout
    assert "ctrl+alt+shift+f9 is already taken by another program" in done.stdout
