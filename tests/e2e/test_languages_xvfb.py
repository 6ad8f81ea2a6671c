"""The main windows in Chinese, Korean and English on a real X server (Xvfb, real fonts):
the same fit checks as the offscreen test, run where agents' fonts and metrics apply."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.xserver import start_xvfb

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
]
ROOT = Path(__file__).resolve().parents[2]


def test_every_language_fits_on_a_real_x_server(tmp_path: Path) -> None:
    xvfb, display = start_xvfb()
    try:
        env = {**os.environ, "DISPLAY": display, "QUICKREPLY_TEST_QPA": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run(
            [
                sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                "tests/widgets/test_translations.py", "-k", "main_windows_speak_the_language",
                "--basetemp", str(tmp_path / "inner"),
            ],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 passed" in done.stdout
