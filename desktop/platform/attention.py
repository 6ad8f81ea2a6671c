"""Noticing when a watched chat app's window asks for attention.

Chat apps flag a new message by flashing their taskbar button (Windows) or by
setting the urgency hint / demands-attention state (X11). The app starts a
response-time countdown labelled with that window's title. Each OS has its
own watcher module, imported only when it is created; where the OS offers no
such signal (macOS, Wayland) a :class:`NoAttentionWatcher` says why, and the
agent starts countdowns by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from desktop.core.messages import Message
from desktop.core.settings import Settings
from desktop.platform.base import Target


def _normalized(app: str) -> str:
    name = app.strip().lower()
    return name[: -len(".exe")] if name.endswith(".exe") else name


@dataclass(frozen=True)
class WatchedApps:
    """The chat apps whose attention requests start a countdown.

    ``names`` are compared case-insensitively with a window's app identity:
    the X11 WM_CLASS instance or class, the Windows executable's base name
    (``.exe`` optional on either side), the macOS bundle id or name.
    """

    names: tuple[str, ...]

    def __post_init__(self) -> None:
        names: object = self.names  # typed as a tuple, but settings hand over whatever was written
        if isinstance(names, str):
            # WatchedApps("wechat") would otherwise watch "w", "e", "c", …
            raise TypeError(f"WatchedApps takes a tuple of names, not the string {names!r}")

    def matches(self, app: str) -> bool:
        """Whether ``app`` names one of the watched apps."""
        wanted = _normalized(app)
        return bool(wanted) and any(_normalized(name) == wanted for name in self.names)


# The settings' default list (Qianniu's workbench, WeChat/Weixin, KakaoTalk): one
# source for both; matching ignores case and ".exe".
DEFAULT_WATCHED_APPS = WatchedApps(Settings().watched_apps)
# Not watched by default: every tab's notification would start a countdown.
# Shops that answer in a web console add these to their watched apps.
BROWSERS = (
    "chrome",
    "google-chrome",
    "chromium",
    "chromium-browser",
    "firefox",
    "msedge",
    "microsoft-edge",
    "safari",
    "com.apple.Safari",
    "opera",
    "brave",
    "brave-browser",
)


class AttentionWatcher(Protocol):
    """Reports windows of watched apps that start asking for attention."""

    @property
    def supported(self) -> bool:
        """Whether this watcher can report anything at all here."""
        ...

    @property
    def explanation(self) -> str:
        """Why it cannot (a sentence for the agent); empty when supported."""
        ...

    def start(self, on_attention: Callable[[Target], None]) -> None:
        """Call ``on_attention`` once each time a watched window starts asking for attention.

        The callback may run on any thread (the app passes a Qt signal's
        ``emit``). A window that already asks when watching starts is not
        reported: nobody knows how long it has been waiting.

        Raises:
            OSError: the OS refused to report attention requests; the message says so.
        """
        ...

    def stop(self) -> None:
        """Stop watching and release what ``start`` took; safe to call twice."""
        ...


class NoAttentionWatcher:
    """The watcher where nothing can be watched: it reports nothing and says why."""

    supported = False

    def __init__(self, explanation: str) -> None:
        self.explanation = explanation

    def start(self, on_attention: Callable[[Target], None]) -> None:
        """Do nothing: there is nothing to watch."""

    def stop(self) -> None:
        """Do nothing: nothing was started."""


def create_attention_watcher(kind: str, watched: WatchedApps) -> AttentionWatcher:
    """The watcher for a session kind from :func:`desktop.platform.session_kind`.

    Never raises: where watching is impossible the returned watcher is not
    ``supported`` and its ``explanation`` says why.
    """
    if kind == "x11":
        from desktop.platform.x11_attention import X11AttentionWatcher

        try:
            return X11AttentionWatcher(watched)
        except OSError as exc:
            return NoAttentionWatcher(
                Message(
                    "the X display could not be opened to watch chat windows ({error}); manual starts only",
                    error=str(exc),
                )
            )
    if kind == "windows":
        from desktop.platform.windows_attention import WindowsAttentionWatcher

        try:
            return WindowsAttentionWatcher(watched)
        except OSError as exc:
            return NoAttentionWatcher(
                Message(
                    "flashing taskbar buttons cannot be watched ({error}); manual starts only", error=str(exc)
                )
            )
    if kind == "macos":
        return NoAttentionWatcher(
            Message(
                "macOS does not tell other programs when an app asks for attention "
                "(its Dock icon bounces for the agent only); manual starts only"
            )
        )
    if kind == "wayland":
        return NoAttentionWatcher(
            Message(
                "Wayland shows no program the other programs' windows, so a chat app asking for "
                "attention cannot be noticed; manual starts only"
            )
        )
    return NoAttentionWatcher(
        Message("no desktop session was found to watch chat windows in; manual starts only")
    )
