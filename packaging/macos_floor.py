"""The oldest macOS the bundled Qt runs on, read from the installed PySide6 wheel.

The app's Info.plist must not promise more than its Qt libraries deliver:
PySide6 6.11 wheels are built for macOS 13, 6.12 for macOS 14. Reading the
floor from the wheel that PyInstaller is about to bundle keeps the two in
step at every upgrade, with nothing to remember.
"""

from __future__ import annotations

import re
from importlib import metadata

# pip and uv keep the wheel's tags in the installed dist-info's WHEEL file.
_MACOS_TAG = re.compile(r"^Tag:\s*\S+-\S+-macosx_(\d+)_(\d+)_\w+\s*$", re.M)
QT_WHEELS = ("PySide6-Essentials", "PySide6-Addons", "shiboken6")


def oldest_macos(wheel_metadata: str) -> tuple[int, int] | None:
    """The macOS version a WHEEL file's platform tags ask for at least, or None if it has none."""
    floors = [(int(major), int(minor)) for major, minor in _MACOS_TAG.findall(wheel_metadata)]
    return min(floors) if floors else None


def bundled_qt_floor(default: str = "13.0") -> str:
    """``LSMinimumSystemVersion`` for the Qt wheels installed here (macOS builds only).

    Several wheels (Essentials, Addons, shiboken6) may ask for different
    versions; the bundle needs the newest of their floors. ``default`` is used
    where no wheel carries a macOS tag, i.e. when the spec runs on another OS.
    """
    floors = []
    for name in QT_WHEELS:
        try:
            text = metadata.distribution(name).read_text("WHEEL") or ""
        except metadata.PackageNotFoundError:
            continue
        floor = oldest_macos(text)
        if floor is not None:
            floors.append(floor)
    if not floors:
        return default
    major, minor = max(floors)
    return f"{major}.{minor}"
