"""The X11 attention watcher against real windows under Xvfb, with openbox and without a window manager.

A separate Python process plays the chat app: it creates windows with python-xlib
and sets their urgency hint or demands-attention state when the test says so.
The watcher runs in the test process on its own connection. To prove that
something was *not* reported, the test waits for a "barrier": a new watched
window that appears already urgent. X delivers events in order, so once the
barrier is reported every earlier change has been seen.

openbox 3.6 flashes the frame of a window that asks for attention from a
600 ms timer that outlives the frame: closing a window it flashed less than a
tick ago makes it crash in ``frame_adjust_focus``. So windows under openbox
are not destroyed during a test, and the chat app clears every window's
attention and waits one tick before it exits.
Skipped only where Xvfb is not installed (CI installs it).
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.platform.attention import WatchedApps
from desktop.platform.base import Target
from desktop.platform.x11_attention import X11AttentionWatcher
from tests.e2e.xserver import start_xvfb

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt install xvfb)"),
]

WATCHED = WatchedApps(("urgent-chat",))
CHAT_CLASS = ("urgent-chat", "Urgent-Chat")
OTHER_CLASS = ("other-app", "Other-App")
TITLE = "王女士 - 千牛"
REPORT_WAIT_S = 5.0

# The "chat app": one JSON command per line on stdin, one JSON answer per line on stdout.
CHAT_APP = r"""
import json, sys, time
from Xlib import X, Xatom, Xutil, display
from Xlib.protocol import event

d = display.Display()
screen = d.screen()
root = screen.root
atom = d.intern_atom
windows = {}


def answer(**values):
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def wait_for(window, kind):
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        while d.pending_events():
            got = d.next_event()
            if got.type == kind and got.window.id == window.id:
                return True
        time.sleep(0.01)
    return False


def set_urgent(window, on):
    flags = Xutil.InputHint | (Xutil.UrgencyHint if on else 0)
    window.set_wm_hints(flags=flags, input=1)


def net_wm_state_message(window, on):
    message = event.ClientMessage(
        window=window,
        client_type=atom("_NET_WM_STATE"),
        # 1 add / 0 remove, the state, no second state, 1: asked for by an application
        data=(32, [1 if on else 0, atom("_NET_WM_STATE_DEMANDS_ATTENTION"), 0, 1, 0]),
    )
    root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)


def active_window():
    reply = root.get_full_property(atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
    return int(reply.value[0]) if reply is not None and len(reply.value) else 0


for line in sys.stdin:
    command = json.loads(line)
    op = command["op"]
    window = windows.get(command.get("id"))
    if op == "create":
        if "reuse" in command:
            # X servers hand a closed window's id out again; make python-xlib do it now.
            d.display.last_resource_id = command["reuse"] & d.display.info.resource_id_mask
        window = root.create_window(
            20 + 30 * len(windows), 20, 320, 200, 0, screen.root_depth,
            background_pixel=screen.white_pixel, event_mask=X.StructureNotifyMask,
        )
        instance, klass = command["wm_class"]
        window.set_wm_class(instance, klass)
        window.set_wm_name("plain WM_NAME, not the title")
        window.change_property(atom("_NET_WM_NAME"), atom("UTF8_STRING"), 8, command["title"].encode("utf-8"))
        set_urgent(window, command.get("urgent", False))
        window.map()
        d.flush()
        windows[window.id] = window
        answer(id=window.id, mapped=wait_for(window, X.MapNotify))
        continue
    if op == "urgent":
        set_urgent(window, command["on"])
    elif op == "demand":
        net_wm_state_message(window, command["on"])
    elif op == "demand-property":
        wanted = [atom("_NET_WM_STATE_DEMANDS_ATTENTION")] if command["on"] else []
        window.change_property(atom("_NET_WM_STATE"), Xatom.ATOM, 32, wanted)
    elif op == "activate":
        message = event.ClientMessage(
            window=window, client_type=atom("_NET_ACTIVE_WINDOW"), data=(32, [2, X.CurrentTime, 0, 0, 0])
        )
        root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
        d.flush()
        deadline = time.monotonic() + 5
        while active_window() != window.id and time.monotonic() < deadline:
            time.sleep(0.02)
        answer(active=active_window() == window.id)
        continue
    elif op == "state":
        reply = window.get_full_property(atom("_NET_WM_STATE"), X.AnyPropertyType)
        answer(state=[d.get_atom_name(a) for a in reply.value] if reply is not None else [])
        continue
    elif op == "destroy":
        window.destroy()
        del windows[window.id]
    elif op == "quiet":
        for window in windows.values():
            set_urgent(window, False)
            net_wm_state_message(window, False)
        d.sync()
        time.sleep(0.7)  # openbox's flash timer ticks every 600 ms
    d.sync()
    answer(done=op)
"""


class ChatApp:
    """The chat app process, driven one command at a time."""

    def __init__(self, display_name: str, log: Path) -> None:
        env = {**os.environ, "DISPLAY": display_name, "PYTHONUTF8": "1"}
        self._log = log
        self._stderr = log.open("wb")
        self._process = subprocess.Popen(
            [sys.executable, "-c", CHAT_APP],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        self._answers: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._answers.put(line)

    def send(self, op: str, **values: Any) -> dict[str, Any]:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps({"op": op, **values}) + "\n")
        self._process.stdin.flush()
        try:
            answer: dict[str, Any] = json.loads(self._answers.get(timeout=10))
        except queue.Empty:
            raise AssertionError(f"the chat app did not answer {op!r}: {self._log.read_text()}") from None
        return answer

    def create(self, wm_class: tuple[str, str], title: str, *, urgent: bool = False, **extra: Any) -> int:
        answer = self.send("create", wm_class=list(wm_class), title=title, urgent=urgent, **extra)
        assert answer["mapped"], f"window {title!r} was never mapped"
        return int(answer["id"])

    def close(self) -> None:
        if self._process.poll() is None:
            self.send("quiet")
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._stderr.close()


class Reports:
    """What the watcher reported, in order, from its thread."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Target] = queue.Queue()
        self._barriers = itertools.count(1)
        self._released = threading.Event()
        self._released.set()

    def __call__(self, target: Target) -> None:
        self._queue.put(target)
        self._released.wait(REPORT_WAIT_S)

    def hold(self) -> None:
        """Keep the watcher's thread inside the next report until :meth:`release`."""
        self._released.clear()

    def release(self) -> None:
        self._released.set()

    def next(self) -> Target:
        try:
            return self._queue.get(timeout=REPORT_WAIT_S)
        except queue.Empty:
            raise AssertionError(f"nothing was reported within {REPORT_WAIT_S} s") from None

    def until_barrier(self, chat: ChatApp) -> list[Target]:
        """Everything reported before a new barrier window's report."""
        title = f"barrier {next(self._barriers)}"
        barrier = chat.create(CHAT_CLASS, title, urgent=True)
        before: list[Target] = []
        while (target := self.next()).title != title:
            before.append(target)
        assert target.handle == barrier
        return before


def _start_display(*, window_manager: bool) -> Iterator[str]:
    xvfb, name = start_xvfb()
    wm = None
    if window_manager:
        if shutil.which("openbox") is None:
            xvfb.terminate()
            pytest.fail("the attention test needs openbox (apt install openbox)")
        wm = subprocess.Popen(
            ["openbox"],
            env={**os.environ, "DISPLAY": name},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for_window_manager(name)
    yield name
    for process in (wm, xvfb):
        if process is not None:
            process.terminate()
            process.wait(5)


def _wait_for_window_manager(name: str) -> None:
    """Wait until openbox announces itself on the root window (EWMH's supporting-WM check)."""
    from Xlib import X, display

    connection = display.Display(name)
    try:
        check = connection.intern_atom("_NET_SUPPORTING_WM_CHECK")
        root = connection.screen().root
        deadline = time.monotonic() + 10
        while root.get_full_property(check, X.AnyPropertyType) is None:
            assert time.monotonic() < deadline, "openbox did not start"
            time.sleep(0.02)
    finally:
        connection.close()


@pytest.fixture(scope="module")
def openbox_display() -> Iterator[str]:
    yield from _start_display(window_manager=True)


@pytest.fixture(scope="module")
def bare_display() -> Iterator[str]:
    yield from _start_display(window_manager=False)


@pytest.fixture
def start_watcher() -> Iterator[Callable[[str], tuple[X11AttentionWatcher, Reports]]]:
    started: list[X11AttentionWatcher] = []

    def start(display_name: str) -> tuple[X11AttentionWatcher, Reports]:
        watcher = X11AttentionWatcher(WATCHED, display_name)
        reports = Reports()
        watcher.start(reports)
        started.append(watcher)
        return watcher, reports

    yield start
    for watcher in started:
        watcher.stop()


@pytest.fixture
def open_chat(tmp_path: Path) -> Iterator[Callable[[str], ChatApp]]:
    apps: list[ChatApp] = []

    def open_(display_name: str) -> ChatApp:
        app = ChatApp(display_name, tmp_path / f"chat-{len(apps)}.log")
        apps.append(app)
        return app

    yield open_
    for app in apps:
        app.close()


def test_an_urgent_chat_window_is_reported_once_per_rising_edge(
    openbox_display: str, start_watcher: Any, open_chat: Any
) -> None:
    _, reports = start_watcher(openbox_display)
    chat = open_chat(openbox_display)
    window = chat.create(CHAT_CLASS, TITLE)
    assert reports.until_barrier(chat) == []

    chat.send("urgent", id=window, on=True)
    assert reports.next() == Target(window, TITLE, "Urgent-Chat")
    chat.send("urgent", id=window, on=True)  # still urgent: nothing new
    chat.send("urgent", id=window, on=False)
    assert reports.until_barrier(chat) == []

    chat.send("urgent", id=window, on=True)
    assert reports.next() == Target(window, TITLE, "Urgent-Chat")
    assert reports.until_barrier(chat) == []


def test_an_unwatched_app_asking_for_attention_is_not_reported(
    openbox_display: str, start_watcher: Any, open_chat: Any
) -> None:
    _, reports = start_watcher(openbox_display)
    chat = open_chat(openbox_display)
    other = chat.create(OTHER_CLASS, "淘宝网 - Firefox")
    chat.send("urgent", id=other, on=True)
    chat.send("demand", id=other, on=True)
    assert reports.until_barrier(chat) == []


def test_demands_attention_requested_from_the_window_manager_is_reported(
    openbox_display: str, start_watcher: Any, open_chat: Any
) -> None:
    _, reports = start_watcher(openbox_display)
    chat = open_chat(openbox_display)
    window = chat.create(CHAT_CLASS, "张先生 - 千牛")
    thief = chat.create(OTHER_CLASS, "Focus thief")
    # openbox does not let the focused window demand attention.
    assert chat.send("activate", id=thief)["active"]
    assert reports.until_barrier(chat) == []

    chat.send("demand", id=window, on=True)
    assert reports.next() == Target(window, "张先生 - 千牛", "Urgent-Chat")
    assert chat.send("state", id=window)["state"] == ["_NET_WM_STATE_DEMANDS_ATTENTION"]
    chat.send("demand", id=window, on=False)
    assert reports.until_barrier(chat) == []

    chat.send("demand", id=window, on=True)
    assert reports.next().handle == window


def test_only_windows_that_start_asking_after_the_watcher_started_are_reported(
    openbox_display: str, start_watcher: Any, open_chat: Any
) -> None:
    chat = open_chat(openbox_display)
    waiting_before = chat.create(CHAT_CLASS, "waiting since before", urgent=True)
    _, reports = start_watcher(openbox_display)
    assert reports.until_barrier(chat) == []  # the barrier itself shows a new urgent window is reported

    chat.send("urgent", id=waiting_before, on=False)
    assert reports.until_barrier(chat) == []
    chat.send("urgent", id=waiting_before, on=True)
    assert reports.next() == Target(waiting_before, "waiting since before", "Urgent-Chat")


def test_a_window_id_used_again_after_its_window_closed_is_watched_anew(
    openbox_display: str, start_watcher: Any, open_chat: Any
) -> None:
    _, reports = start_watcher(openbox_display)
    chat = open_chat(openbox_display)
    closed = chat.create(CHAT_CLASS, "closed chat")  # never asks, so openbox never flashes it
    assert reports.until_barrier(chat) == []

    # While the watcher is stuck, the window closes and its id comes back as a
    # new window that asks at once: by the time the watcher reads the client
    # list, the id is in it again.
    reports.hold()
    chat.create(CHAT_CLASS, "holds the watcher", urgent=True)
    assert reports.next().title == "holds the watcher"
    chat.send("destroy", id=closed)
    window = chat.create(CHAT_CLASS, TITLE, reuse=closed)
    assert window == closed
    chat.send("urgent", id=window, on=True)
    reports.release()
    assert reports.next() == Target(window, TITLE, "Urgent-Chat")


def test_without_a_window_manager_hints_and_the_state_property_are_watched(
    bare_display: str, start_watcher: Any, open_chat: Any
) -> None:
    _, reports = start_watcher(bare_display)
    chat = open_chat(bare_display)
    window = chat.create(CHAT_CLASS, TITLE)
    other = chat.create(OTHER_CLASS, "not watched")
    assert reports.until_barrier(chat) == []

    chat.send("urgent", id=other, on=True)
    chat.send("urgent", id=window, on=True)
    assert reports.next() == Target(window, TITLE, "Urgent-Chat")
    chat.send("urgent", id=window, on=False)
    assert reports.until_barrier(chat) == []

    chat.send("demand-property", id=window, on=True)
    assert reports.next() == Target(window, TITLE, "Urgent-Chat")
    chat.send("urgent", id=window, on=True)  # already asking through the state
    chat.send("demand-property", id=window, on=False)
    assert reports.until_barrier(chat) == []


def test_stop_ends_the_thread_closes_the_connection_and_cannot_be_undone(
    openbox_display: str, open_chat: Any
) -> None:
    watcher = X11AttentionWatcher(WATCHED, openbox_display)
    reports = Reports()
    watcher.start(reports)
    thread = watcher._thread
    assert thread is not None
    assert thread.is_alive()
    started = time.monotonic()
    watcher.stop()
    assert time.monotonic() - started < 1.0
    assert not thread.is_alive()
    watcher.stop()
    with pytest.raises(RuntimeError, match="starts once"):
        watcher.start(reports)

    chat = open_chat(openbox_display)
    window = chat.create(CHAT_CLASS, TITLE)
    chat.send("urgent", id=window, on=True)
    time.sleep(0.2)
    assert reports._queue.empty()


def test_the_running_app_starts_a_countdown_when_a_watched_chat_asks_for_attention(
    openbox_display: str, open_chat: Callable[[str], ChatApp], tmp_path: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps({"schema_version": 1, "watched_apps": ["urgent-chat"], "hotkey_show": "ctrl+alt+F11"}),
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "DISPLAY": openbox_display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(root)}
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--no-defaults", "--playbooks", str(root / "tests/data/widget"),
         "--config-dir", str(config), "--log-level", "debug"],
        env=env, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    assert app.stderr is not None
    threading.Thread(target=lambda: [lines.put(line) for line in app.stderr], daemon=True).start()

    def wait_for(text: str) -> str:
        deadline = time.monotonic() + 15
        seen = []
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} in:\n{''.join(seen)}")

    try:
        wait_for("watching chat apps for new messages: urgent-chat")
        wait_for("ready with")
        chat = open_chat(openbox_display)
        window = chat.create(CHAT_CLASS, TITLE)
        chat.send("urgent", id=window, on=True)
        wait_for("greeting countdown started (attention)")
        wait_for("greeting countdown is for 王女士")  # the customer's name: at debug only
        chat.send("urgent", id=window, on=False)
    finally:
        app.terminate()
        app.wait(10)
