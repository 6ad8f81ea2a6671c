"""OS integration behind small interfaces (``desktop.platform.base``), chosen once.

:func:`select_backends` looks at the session once and builds everything the
app needs from the OS: the backend (hotkeys, focus, keys, clipboard marks),
the attention watcher for chat windows, autostart, and a permission the agent
must grant first where the OS asks for one. Each backend lives in its own
module and imports its OS libraries only when it is created, so every module
imports cleanly on every system.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial

from desktop.core.messages import Message
from desktop.platform.attention import AttentionWatcher, WatchedApps, create_attention_watcher
from desktop.platform.autostart import Autostart, create_autostart
from desktop.platform.base import Platform
from desktop.platform.null import CopyOnlyPlatform


@dataclass(frozen=True)
class Permission:
    """Something the agent must allow in the system settings before pasting works (macOS Accessibility)."""

    explanation: Message
    ask: Callable[[], object]  # shows the system's own prompt


@dataclass(frozen=True)
class Backends:
    """What this session's OS offers, chosen once at start (``select_backends``)."""

    kind: str
    platform: Platform
    attention: Callable[[WatchedApps], AttentionWatcher]  # a watcher for the chat apps of the settings
    autostart: Callable[[], Autostart]
    permission: Permission | None = None


def select_backends(kind: str | None = None) -> Backends:
    """Everything the app needs from this session's OS; call it once the QApplication exists.

    On macOS the app becomes a menu-bar helper (no Dock icon) here, and the
    Accessibility permission is asked for when it is missing.
    """
    kind = kind or session_kind()
    platform = create_platform(kind)
    permission = None
    if kind == "macos":
        from desktop.platform.macos import ACCESSIBILITY_NEEDED, MacPlatform, hide_dock_icon

        hide_dock_icon()
        if isinstance(platform, MacPlatform) and not platform.can_paste():
            ask = partial(platform.accessibility_trusted, prompt=True)
            permission = Permission(ACCESSIBILITY_NEEDED, ask)
    return Backends(kind, platform, partial(create_attention_watcher, kind), create_autostart, permission)


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
