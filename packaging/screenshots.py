"""Take the README's screenshots of the real widget under Xvfb + openbox.

Run ``uv run python packaging/screenshots.py`` on Linux with xvfb, openbox,
xdotool and imagemagick installed; it writes ``docs/screenshots/*.png``. The
widget runs on the bundled playbooks with a throw-away config folder; the
agent's part is played by xdotool, as in the end-to-end tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
HOTKEY = "ctrl+alt+j"


def _shoot(env: dict[str, str], language: str, query: str, name: str, *, timers: bool) -> None:
    """One run of the widget in ``language``: the search window after ``query``, and the strip."""
    with tempfile.TemporaryDirectory() as config:
        settings = {"schema_version": 1, "ui_language": language, "countdown_on_summon": False}
        (Path(config) / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--config-dir", config, "--hotkey", HOTKEY],
            env=env,
            cwd=ROOT,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(4)

            def run(*args: str) -> str:
                done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
                return done.stdout.strip()

            window = run("xdotool", "search", "--onlyvisible", "--name", "^QuickReply$").splitlines()[0]
            run("xdotool", "windowmove", window, "40", "80")
            if timers:
                run("xdotool", "key", "ctrl+alt+g")
                time.sleep(0.3)
                run("xdotool", "key", "ctrl+alt+a")
            run("xdotool", "windowactivate", "--sync", window)
            run("xdotool", "type", "--delay", "60", query)
            time.sleep(6 if timers else 0.8)
            run("import", "-window", window, str(OUT / f"{name}.png"))
            if timers:
                # The strip's title is translated too: it is the other visible QuickReply window.
                found = run("xdotool", "search", "--onlyvisible", "--name", "^QuickReply").splitlines()
                strip = next(w for w in found if w != window)
                run("import", "-window", strip, str(OUT / "timer-strip.png"))
        finally:
            app.terminate()
            app.wait(10)


def main() -> None:
    """Start a display, the widget, and shoot each view."""
    OUT.mkdir(parents=True, exist_ok=True)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1100x760x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as stream:
        display = f":{stream.readline().strip()}"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    env.pop("WAYLAND_DISPLAY", None)
    openbox = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        for language, query, name in (
            ("zh_CN", "by", "widget-zh"),
            ("ko_KR", "ㄱㅎ", "widget-ko"),
            ("en", "refund", "widget-en"),
        ):
            _shoot(env, language, query, name, timers=language == "zh_CN")
    finally:
        openbox.terminate()
        xvfb.terminate()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
