"""OS integration behind one interface (:class:`desktop.platform.base.Platform`).

Each backend lives in its own module and imports its OS libraries only when
it is created, so every module imports cleanly on every system.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from desktop.core.messages import Message
from desktop.platform.base import Platform
from desktop.platform.null import CopyOnlyPlatform


def session_kind(environ: Mapping[str, str] | None = None, system: str | None = None) -> str:
    """``windows``, ``macos``, ``x11``, ``wayland`` or ``unknown`` for this session."""
    environ = os.environ if environ is None else environ
    system = sys.platform if system is None else system
    if system.startswith("win"):
        return "windows"
    if system == "darwin":
        return "macos"
    if environ.get("XDG_SESSION_TYPE") == "wayland" or environ.get("WAYLAND_DISPLAY"):
        # XWayland may offer DISPLAY too, but grabs there only see X clients.
        return "wayland"
    if environ.get("DISPLAY"):
        return "x11"
    return "unknown"


def create_platform(kind: str | None = None) -> Platform:
    """The backend for this session; copy-only where nothing better is possible."""
    kind = kind or session_kind()
    if kind == "windows":
        from desktop.platform.windows import WindowsPlatform

        return WindowsPlatform()
    if kind == "macos":
        from desktop.platform.macos import MacPlatform

        return MacPlatform()
    if kind == "x11":
        from desktop.platform.x11 import X11Platform

        try:
            return X11Platform()
        except OSError as exc:
            return CopyOnlyPlatform(
                "x11", Message("the X display could not be opened ({error})", error=str(exc))
            )
    if kind == "wayland":
        return CopyOnlyPlatform(
            "wayland",
            Message("Wayland lets no program take global hotkeys or type into other windows"),
        )
    return CopyOnlyPlatform()
