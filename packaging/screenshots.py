"""Take the README's screenshots of the real widget under Xvfb + openbox.

Run ``uv run python packaging/screenshots.py`` on Linux with xvfb, openbox,
xdotool and imagemagick installed; it writes ``docs/screenshots/*.png``. The
widget runs on the bundled playbooks with a throw-away config folder; the
agent's part is played by xdotool, as in the end-to-end tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
HOTKEY = "ctrl+alt+j"


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
    with tempfile.TemporaryDirectory() as config:
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
            for name, query in (("widget-zh", "by"), ("widget-ko", "ㄱㅎ"), ("widget-en", "refund")):
                run("xdotool", "windowactivate", "--sync", window)
                run("xdotool", "key", "ctrl+a", "BackSpace")
                run("xdotool", "type", "--delay", "60", query)
                time.sleep(0.6)
                run("import", "-window", window, str(OUT / f"{name}.png"))
            run("xdotool", "key", "ctrl+alt+g")
            time.sleep(0.3)
            run("xdotool", "key", "ctrl+alt+a")
            time.sleep(6)
            strip = run("xdotool", "search", "--onlyvisible", "--name", "^QuickReply timers$").splitlines()[0]
            run("import", "-window", strip, str(OUT / "timer-strip.png"))
        finally:
            app.terminate()
            app.wait(10)
            openbox.terminate()
            xvfb.terminate()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
