"""Owns the X clipboard with plain text, HTML and a PNG until it is killed.

This is "the agent's clipboard" in the end-to-end test: whatever QuickReply
does, these exact bytes must be on the clipboard again afterwards.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication


def main() -> None:
    folder = Path(sys.argv[1])
    app = QGuiApplication(sys.argv[:1])
    mime = QMimeData()
    mime.setText((folder / "text").read_text(encoding="utf-8"))
    mime.setHtml((folder / "html").read_text(encoding="utf-8"))
    mime.setData("image/png", QByteArray((folder / "png").read_bytes()))
    app.clipboard().setMimeData(mime)
    print("owning the clipboard", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
