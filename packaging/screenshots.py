"""Take the screenshots in ``docs/screenshots`` under Xvfb + openbox.

Run ``uv run python packaging/screenshots.py`` on Linux with xvfb, openbox,
xdotool and imagemagick installed. Two sets:

- the README's pictures of the real widget (``widget-*.png``, ``timer-strip.png``):
  the app runs on the bundled playbooks with a throw-away config folder and the
  agent's part is played by xdotool, as in the end-to-end tests;
- the gallery (``gallery/<window>.png``): every window of the app, each picture
  a grid of the three interface languages (columns zh_CN, ko_KR, en) in the
  light and the dark theme (rows). Each language and theme runs in a process of
  its own, which opens every window the way its key or menu does and grabs it.
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
GALLERY = OUT / "gallery"
HOTKEY = "ctrl+alt+j"
LANGUAGES = ("zh_CN", "ko_KR", "en")
THEMES = ("light", "dark")
# Per interface language: a query for the result list, one for a reply with fill-ins.
QUERIES = {
    "zh_CN": ("by", "告知快递单号"),
    "ko_KR": ("ㄱㅎ", "배송 조회"),
    "en": ("refund", "where is my order"),
}


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


def shoot_gallery(language: str, theme: str, folder: Path) -> None:
    """In this process (under the display already set): every window in ``language`` and ``theme``."""
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.app import QuickReplyApp
    from desktop.core.countdown import Kind
    from desktop.core.paths import AppPaths
    from desktop.core.settings import Settings
    from desktop.core.sources import Extras, open_library
    from desktop.platform import select_backends
    from desktop.ui.i18n import install_translator

    app = QApplication(sys.argv[:1])
    install_translator(app, language)
    with tempfile.TemporaryDirectory() as config:
        paths = AppPaths.for_user(Path(config))
        settings = Settings(ui_language=language, theme=theme, countdown_on_summon=False)
        library = open_library(paths, settings, Extras(), lambda _note: None, refresh=False)
        backends = select_backends()
        quickreply = QuickReplyApp(library, backends.platform, paths, settings, autostart=backends.autostart)
        quickreply.apply_appearance()

        def settle(ms: int = 150) -> None:
            end = time.monotonic() + ms / 1000
            while time.monotonic() < end:
                app.processEvents()
                time.sleep(0.01)

        def grab(name: str, window: QWidget) -> None:
            window.show()
            window.raise_()
            settle()
            window.grab().save(str(folder / f"{name}.png"))

        results_query, form_query = QUERIES[language]
        for kind, customer in ((Kind.GREETING, "王女士"), (Kind.REPLY, "김민수"), (Kind.REPLY, "Emma")):
            quickreply.countdowns.start(kind, customer)
        quickreply.flow.summon()
        quickreply.window.search_box.setText(results_query)
        grab("search", quickreply.window)
        grab("timer-strip", quickreply.countdowns.strip)
        quickreply.window.search_box.setText(form_query)
        settle()
        quickreply.window.choose()  # the reply has fill-ins: the form asks for them
        grab("placeholder-form", quickreply.window)
        quickreply.window.form.hide()
        quickreply.window.search_box.setText(results_query)
        settle()
        quickreply.editing.edit_entry(quickreply.window.current_entry())  # type: ignore[arg-type]
        editor = quickreply.editing.editor
        if editor is None:
            raise SystemExit(f"no reply for {results_query!r} to open in the editor")
        grab("editor", editor)
        editor.reject()
        for countdown in quickreply.countdowns.board.running()[:2]:
            quickreply.countdowns.stop_oldest(countdown.started_by)
        grab("today", quickreply.panels.show_today())
        grab("rules", quickreply.panels.show_rules())
        grab("shop", quickreply.panels.show_shop())
        grab("about", quickreply.panels.show_about())
        grab(
            "import",
            quickreply.editing.preview_import(ROOT / "tests" / "data" / "interchange" / "qianniu.csv"),
        )
        dialog = quickreply.panels.show_settings()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            grab(f"settings-{index + 1}", dialog)
        quickreply.shutdown()


def _gallery(env: dict[str, str]) -> None:
    """Every window in each language and theme, then one grid per window."""
    GALLERY.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as shots:
        for theme in THEMES:
            for language in LANGUAGES:
                folder = Path(shots) / f"{theme}-{language}"
                folder.mkdir()
                subprocess.run(
                    [sys.executable, __file__, "--gallery", language, theme, str(folder)],
                    env=env,
                    cwd=ROOT,
                    check=True,
                    timeout=120,
                )
        names = sorted(path.stem for path in (Path(shots) / f"{THEMES[0]}-{LANGUAGES[0]}").glob("*.png"))
        for name in names:
            tiles = [
                str(Path(shots) / f"{theme}-{language}" / f"{name}.png")
                for theme in THEMES
                for language in LANGUAGES
            ]
            grid = GALLERY / f"{name}.png"
            subprocess.run(
                ["montage", *tiles, "-tile", f"{len(LANGUAGES)}x{len(THEMES)}", "-geometry", "+6+6"]
                + ["-background", "#9aa0a6", str(grid)],
                check=True,
            )
            # 256 colours look the same for window pictures and take a third of the room.
            subprocess.run(
                ["convert", str(grid), "-dither", "None", "-colors", "256", f"PNG8:{grid}"], check=True
            )


def main() -> None:
    """Start a display, the widget, and shoot each view."""
    if sys.argv[1:2] == ["--gallery"]:
        language, theme, folder = sys.argv[2:5]
        shoot_gallery(language, theme, Path(folder))
        return
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
        _gallery(env)
    finally:
        openbox.terminate()
        xvfb.terminate()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
