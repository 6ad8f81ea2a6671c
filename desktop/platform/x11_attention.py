"""X11: the urgency hint and ``_NET_WM_STATE_DEMANDS_ATTENTION`` of watched chat windows.

A chat app flags a new message by setting the urgency flag in its WM_HINTS
(ICCCM) or by asking the window manager for the demands-attention state
(EWMH); openbox, among others, mirrors the first into the second. A window
asks for attention while either is on, and is reported when it starts.

The watcher has its own python-xlib connection, read by its own thread. It
learns the client windows from the root's ``_NET_CLIENT_LIST`` (the windows
the apps created, not the frames a reparenting window manager wraps them in)
and listens for property changes on those of watched apps only (and on
those that have no WM_CLASS yet, until they get one). It also hears
when any client window is destroyed: X reuses window ids (a chat app that
restarts may get its old ones back), so a destroyed window is forgotten at
once rather than at the next client list change.

A property change event does not carry the new value: the watcher reads it
when it gets to the event. Urgency cleared and set again before then (within
milliseconds) looks like no change and is not reported again.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.platform.attention import WatchedApps
from desktop.platform.base import Target

URGENCY_HINT = 1 << 8  # XUrgencyHint in the flags word of WM_HINTS
STOP_WAIT_S = 2.0


@dataclass
class _Client:
    """A client window, its app (None until it has a WM_CLASS) and what it last said about attention."""

    window: Any
    app: str | None = None
    is_watched: bool = False
    is_hinted: bool = False
    is_demanding: bool = False

    @property
    def is_asking(self) -> bool:
        return self.is_hinted or self.is_demanding


class X11AttentionWatcher:
    """Reports watched windows that start asking for attention; raises OSError without a display."""

    supported = True
    explanation = ""

    def __init__(self, watched: WatchedApps, display_name: str | None = None) -> None:
        try:
            import Xlib.threaded  # noqa: F401 - makes python-xlib's connections thread-safe
            from Xlib import X, Xatom, display, error
        except ImportError as exc:  # pragma: no cover - python-xlib is a Linux dependency
            raise OSError(f"python-xlib is not installed ({exc})") from exc
        self._x, self._xatom, self._error = X, Xatom, error
        try:
            self._display = display.Display(display_name or os.environ.get("DISPLAY"))
        except (error.DisplayError, error.ConnectionClosedError) as exc:
            raise OSError(str(exc)) from exc
        self._display.set_error_handler(self._on_x_error)
        self._root = self._display.screen().root
        self._watched = watched
        intern = self._display.intern_atom
        self._client_list = intern("_NET_CLIENT_LIST")
        self._net_wm_state = intern("_NET_WM_STATE")
        self._demands_attention = intern("_NET_WM_STATE_DEMANDS_ATTENTION")
        self._net_wm_name = intern("_NET_WM_NAME")
        self._clients: dict[int, _Client] = {}
        self._uses_client_list = False
        self._on_attention: Callable[[Target], None] = lambda target: None
        self._thread: threading.Thread | None = None
        self._is_stopped = False
        self._wake_read, self._wake_write = os.pipe()

    def start(self, on_attention: Callable[[Target], None]) -> None:
        if self._thread is not None or self._is_stopped:
            raise RuntimeError("an attention watcher starts once; create a new one to watch again")
        self._on_attention = on_attention
        x = self._x
        try:
            # Structure events tell about windows only where no window manager
            # keeps _NET_CLIENT_LIST; the root's property changes announce new clients.
            self._root.change_attributes(event_mask=x.SubstructureNotifyMask | x.PropertyChangeMask)
            self._refresh(initial=True)
        except self._error.ConnectionClosedError as exc:
            raise OSError(f"the X display closed the connection ({exc})") from exc
        self._thread = threading.Thread(target=self._read_events, name="x11-attention", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._is_stopped:
            return
        self._is_stopped = True
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            os.write(self._wake_write, b"x")
            thread.join(STOP_WAIT_S)
        with contextlib.suppress(Exception):
            self._display.close()
        if thread is None or not thread.is_alive():
            os.close(self._wake_read)
            os.close(self._wake_write)

    # ------------------------------------------------------------- events

    def _read_events(self) -> None:
        connection = self._display.fileno()
        try:
            while True:
                # Replies to our own property reads may have queued events
                # already: drain the queue before waiting on the socket.
                while self._display.pending_events():
                    self._handle(self._display.next_event())
                    if self._is_stopped:
                        return  # stopped from inside the callback
                ready, _, _ = select.select([connection, self._wake_read], [], [])
                if self._wake_read in ready:
                    return
        except self._error.ConnectionClosedError:
            return  # the X server went away; there is nothing left to watch

    def _handle(self, event: Any) -> None:
        x = self._x
        if event.type == x.PropertyNotify:
            if event.window.id == self._root.id:
                if event.atom == self._client_list:
                    self._refresh()
                return
            client = self._clients.get(event.window.id)
            if client is None:
                return
            if event.atom == self._xatom.WM_CLASS and client.app is None:
                self._classify(client, self._wm_class(client.window), initial=False)
                return
            if not client.is_watched:
                return
            was_asking = client.is_asking
            if event.atom == self._xatom.WM_HINTS:
                client.is_hinted = self._is_hinted(client.window)
            elif event.atom == self._net_wm_state:
                client.is_demanding = self._is_demanding(client.window)
            if client.is_asking and not was_asking:
                self._report(client)
            return
        if event.type == x.DestroyNotify:
            self._clients.pop(event.window.id, None)
        if event.type in (x.MapNotify, x.ReparentNotify, x.DestroyNotify) and not self._uses_client_list:
            self._refresh()

    def _on_x_error(self, err: Any, request: Any) -> None:
        # A chat window may close between any two requests about it.
        if not isinstance(err, self._error.BadWindow):
            self._display.display.default_error_handler(err)

    # ------------------------------------------------------------ clients

    def _refresh(self, *, initial: bool = False) -> None:
        """Bring the known windows in line with the client windows there are now."""
        current = self._client_ids()
        for gone in [handle for handle in self._clients if handle not in current]:
            del self._clients[gone]
        for handle in current:
            if handle not in self._clients:
                self._add(handle, initial=initial)

    def _client_ids(self) -> set[int]:
        reply = self._property(self._root, self._client_list)
        self._uses_client_list = reply is not None and reply.format == 32
        if reply is not None and self._uses_client_list:
            return {int(handle) for handle in reply.value}
        # No EWMH window manager: clients are the root's children, or one level
        # below them under a window manager that reparents without EWMH.
        found: set[int] = set()
        for child in self._children(self._root):
            if self._wm_class(child) is not None:
                found.add(child.id)
            else:
                found.update(
                    grandchild.id for grandchild in self._children(child) if self._wm_class(grandchild)
                )
        return found

    def _add(self, handle: int, *, initial: bool) -> None:
        window = self._display.create_resource_object("window", handle)
        # Select first, then read: a later change or the window's end still arrives as an event.
        window.change_attributes(event_mask=self._x.PropertyChangeMask | self._x.StructureNotifyMask)
        try:
            reply = window.get_full_property(self._xatom.WM_CLASS, self._x.AnyPropertyType)
        except self._error.XError:
            return  # already gone: a client list that is behind still names it
        client = _Client(window)
        self._clients[handle] = client
        self._classify(client, _wm_class_of(reply), initial=initial)

    def _classify(self, client: _Client, wm_class: tuple[str, str] | None, *, initial: bool) -> None:
        """Decide from WM_CLASS whether ``client`` is watched; report it if it already asks."""
        if wm_class is None:
            return  # not named yet: its WM_CLASS arrives as a property change
        client.app = wm_class[1] or wm_class[0]
        client.is_watched = any(self._watched.matches(name) for name in wm_class)
        if not client.is_watched:
            # Only its end still matters (its id may come back as another window).
            client.window.change_attributes(event_mask=self._x.StructureNotifyMask)
            return
        client.is_hinted = self._is_hinted(client.window)
        client.is_demanding = self._is_demanding(client.window)
        # A window that appears already asking (a new chat window) starts
        # asking now; one found at start has been asking for who knows how long.
        if client.is_asking and not initial:
            self._report(client)

    def _report(self, client: _Client) -> None:
        self._on_attention(Target(client.window.id, self._title(client.window), client.app or ""))

    # ---------------------------------------------------------- properties

    def _property(self, window: Any, atom: int) -> Any:
        try:
            return window.get_full_property(atom, self._x.AnyPropertyType)
        except self._error.XError:
            return None

    def _children(self, window: Any) -> list[Any]:
        try:
            return list(window.query_tree().children)
        except self._error.XError:
            return []

    def _wm_class(self, window: Any) -> tuple[str, str] | None:
        return _wm_class_of(self._property(window, self._xatom.WM_CLASS))

    def _is_hinted(self, window: Any) -> bool:
        reply = self._property(window, self._xatom.WM_HINTS)
        return (
            reply is not None
            and reply.format == 32
            and len(reply.value) > 0
            and bool(int(reply.value[0]) & URGENCY_HINT)
        )

    def _is_demanding(self, window: Any) -> bool:
        reply = self._property(window, self._net_wm_state)
        return (
            reply is not None
            and reply.format == 32
            and self._demands_attention in (int(atom) for atom in reply.value)
        )

    def _title(self, window: Any) -> str:
        reply = self._property(window, self._net_wm_name)
        if reply is not None and reply.format == 8:
            return _decode(reply.value, "utf-8")
        reply = self._property(window, self._xatom.WM_NAME)
        if reply is not None and reply.format == 8:
            # ICCCM's STRING is Latin-1; COMPOUND_TEXT is ASCII-compatible at least.
            return _decode(reply.value, "latin-1" if reply.property_type == self._xatom.STRING else "utf-8")
        return ""


def _wm_class_of(reply: Any) -> tuple[str, str] | None:
    """``(instance, class)`` from a WM_CLASS property reply, None when there is none."""
    if reply is None or reply.format != 8:
        return None
    parts = _decode(reply.value, "latin-1").split("\0")
    return parts[0], parts[1] if len(parts) > 1 else ""


def _decode(value: Any, encoding: str) -> str:
    if isinstance(value, bytes):
        return value.decode(encoding, "replace").rstrip("\0")
    return str(value).rstrip("\0")
