"""Where the agent left the search window and the timer strip: one small JSON file.

Read leniently (a missing or damaged file means the default placement, never
an error) and written atomically, like every file QuickReply keeps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.core.files import atomic_write_text

MIN_WIDTH = 360
MIN_HEIGHT = 300


@dataclass(frozen=True)
class WindowState:
    """The search window's place and size, whether it is pinned, and the strip's place if moved."""

    x: int
    y: int
    width: int
    height: int
    pinned: bool = False
    strip: tuple[int, int] | None = None

    @classmethod
    def read(cls, path: Path) -> WindowState | None:
        """The state saved in ``path``; None on the first start or when the file is damaged."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            x, y, width, height = (int(data[key]) for key in ("x", "y", "width", "height"))
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None
        strip = data.get("strip")
        placed = isinstance(strip, list) and len(strip) == 2 and all(type(v) is int for v in strip)
        return cls(
            x,
            y,
            max(width, MIN_WIDTH),
            max(height, MIN_HEIGHT),
            pinned=bool(data.get("pinned", False)),
            strip=(strip[0], strip[1]) if placed else None,
        )

    def write(self, path: Path) -> None:
        """Save atomically; raises OSError when the disk refuses (the caller logs it)."""
        data: dict[str, object] = {
            "x": self.x,
            "y": self.y,
            "width": self.width,
            "height": self.height,
            "pinned": self.pinned,
        }
        if self.strip is not None:
            data["strip"] = list(self.strip)
        atomic_write_text(path, json.dumps(data))
