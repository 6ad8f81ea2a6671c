"""A stand-in chat app for the end-to-end test: a Tk window with one text box.

Every change of its text is written, with the time it happened, to the JSON
file named on the command line, so the test can see exactly what was pasted.
An optional title (a customer's chat, "王女士 - 千牛工作台") and position follow.
"""

from __future__ import annotations

import json
import os
import sys
import time
import tkinter as tk


def main() -> None:
    out = sys.argv[1]
    title = sys.argv[2] if len(sys.argv) > 2 else "Chat target"
    position = sys.argv[3] if len(sys.argv) > 3 else "+720+60"
    root = tk.Tk()
    root.title(title)
    root.geometry(f"520x320{position}")
    text = tk.Text(root, font=("Noto Sans CJK SC", 12))
    text.pack(fill="both", expand=True)
    text.focus_set()

    def changed(_event: object = None) -> None:
        text.edit_modified(False)
        content = text.get("1.0", "end-1c")
        temporary = out + ".tmp"
        with open(temporary, "w", encoding="utf-8") as stream:
            json.dump({"text": content, "at": time.time()}, stream, ensure_ascii=False)
        os.replace(temporary, out)

    text.bind("<<Modified>>", changed)
    changed()
    root.mainloop()


if __name__ == "__main__":
    main()
