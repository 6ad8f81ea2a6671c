"""The widget itself: start-up and memory on the bundled playbooks, and key press → results painted.

Two measurements, each in a fresh process on the offscreen Qt platform (the
machine has no screen; under a real display painting costs about the same,
the compositor's share aside):

* ``quickreply`` on the bundled playbooks with a throw-away config folder,
  started twice: the first start builds the index (and loads the Chinese
  segmenter's and pinyin dictionaries to do it), the second reads the cached
  index; seconds until it says it is ready, and its peak resident memory;
* the search window on a synthetic library of 50,000 entries (the one of
  ``bench/search_bench.py``): for every prefix of its realistic queries, the
  time from the text changing in the search box to the result list and the
  preview painted (``repaint()`` is synchronous), p50 and p99.

Run: ``uv run python bench/widget_latency.py [--size 50000]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_bench import QUERIES, build_playbooks  # noqa: E402


def app_start(config: str) -> dict[str, float]:
    """Start ``quickreply`` on the bundled playbooks with ``config``; seconds to ready and peak RSS."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--config-dir", config, "--background"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stderr is not None
        for line in app.stderr:
            if "ready with" in line:
                break
        ready = time.perf_counter() - started
        time.sleep(2)  # the first idle seconds: timers, the tray, the reloader's first look
        status = Path(f"/proc/{app.pid}/status").read_text(encoding="utf-8")
        peak_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    finally:
        app.terminate()
        app.wait(10)
    return {"ready_s": ready, "peak_rss_mb": peak_kb / 1024}


def paint_latency(size: int) -> dict[str, float]:
    """In this process: key press → results painted in the real search window at ``size`` entries."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.core.library import load_library
    from desktop.ui.search_window import SearchWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "books"
        folder.mkdir()
        build_playbooks(size, folder)
        library = load_library([folder])
    window = SearchWindow(library.index)
    window.show()
    app.processEvents()
    keystrokes = [query[:end] for query in QUERIES for end in range(1, len(query) + 1)]

    def press(text: str) -> float:
        begin = time.perf_counter()
        window.search_box.setText(text)  # what a key press does: the search runs on textChanged
        window.results.viewport().repaint()
        window.preview.viewport().repaint()
        return (time.perf_counter() - begin) * 1000

    for text in keystrokes:  # warm-up
        press(text)
    timings = sorted(press(text) for _ in range(3) for text in keystrokes)
    return {
        "entries": float(len(library.index)),
        "p50_ms": statistics.median(timings),
        "p99_ms": timings[int(len(timings) * 0.99) - 1],
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    """Both measurements, each in a process of its own."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--paint", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.paint:
        print(json.dumps(paint_latency(args.paint)))
        return
    with tempfile.TemporaryDirectory() as config:
        for start in ("first start (index built)", "next start (index cached)"):
            started = app_start(config)
            print(
                f"quickreply on the bundled playbooks, {start}: ready in {started['ready_s']:.2f} s, "
                f"peak RSS {started['peak_rss_mb']:.0f} MB"
            )
    done = subprocess.run(
        [sys.executable, __file__, "--paint", str(args.size)], capture_output=True, text=True, check=True
    )
    painted = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"key press → results painted at {painted['entries']:.0f} entries: "
        f"p50 {painted['p50_ms']:.2f} ms, p99 {painted['p99_ms']:.2f} ms (max RSS {painted['max_rss_mb']:.0f} MB)"
    )


if __name__ == "__main__":
    main()
