"""Composition root: the one place where core and UI meet."""

from __future__ import annotations

import argparse
import sys

from desktop.core.paths import AppPaths
from desktop.core.usage import UsageStore


def run_gui(args: argparse.Namespace, paths: AppPaths) -> int:
    """Start the widget on the loaded library; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from desktop.cli import open_library
    from desktop.ui.search_window import SearchWindow, copy_to_clipboard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("QuickReply")
    library = open_library(args, paths)
    for problem in library.problems:
        print(problem, file=sys.stderr)
    usage = UsageStore(paths.usage)
    if usage.warning:
        print(f"quickreply: {usage.warning}", file=sys.stderr)
    library.index.set_usage(usage.frecency())
    window = SearchWindow(library.index)

    def on_reply_chosen(entry_id: str, text: str) -> None:
        copy_to_clipboard(text)
        usage.record(entry_id)
        library.index.set_usage(usage.frecency())
        window.status.setText("已复制 · Copied — paste with Ctrl+V")

    window.reply_chosen.connect(on_reply_chosen)
    window.show()
    window.activateWindow()
    print(f"quickreply: ready with {len(library.index)} replies", file=sys.stderr, flush=True)
    return app.exec()
