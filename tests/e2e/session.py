"""What the end-to-end tests share: an X display with openbox, child processes, the chat window.

Each test module opens its own display (module-scoped fixtures built on
``open_desktop``) so that one module's windows never disturb another's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.xserver import start_xvfb

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
TOOLS = ("xdotool", "xclip", "openbox")


class CommandFailed(subprocess.CalledProcessError):
    """A helper command failed; unlike its parent, says what the command printed on stderr."""

    def __str__(self) -> str:
        detail = self.stderr.decode("utf-8", "replace").strip() if self.stderr else ""
        return f"{' '.join(map(str, self.cmd))} exited with {self.returncode}: {detail}"


@dataclass
class Process:
    """A child process whose stderr is collected line by line."""

    popen: subprocess.Popen[bytes]
    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.popen.stderr is not None
        for raw in self.popen.stderr:
            self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

    def wait_for_line(self, text: str, timeout: float = 15.0, skip: int = 0) -> str:
        """The first line containing ``text`` after the first ``skip`` such lines."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [line for line in self.lines if text in line]
            if len(found) > skip:
                return found[skip]
            if self.popen.poll() is not None:
                time.sleep(0.2)
                break
            time.sleep(0.01)
        raise AssertionError(f"no line with {text!r}; got:\n" + "\n".join(self.lines))

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(5)
            except subprocess.TimeoutExpired:
                self.popen.kill()


@dataclass
class Desktop:
    """An X display with a window manager, and helpers to act on it like an agent."""

    env: dict[str, str]
    tmp: Path
    children: list[Process] = field(default_factory=list)
    windows: dict[str, str] = field(default_factory=dict)

    def run(self, *args: str) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, timeout=20)
        if done.returncode != 0:
            raise CommandFailed(done.returncode, args, done.stdout, done.stderr)
        return done.stdout.decode("utf-8", "replace").strip()

    def window_id(self, name: str) -> str:
        """The id of the shown window titled exactly ``name``, waited for and looked up once.

        ``xdotool search`` walks the whole window tree and fails with BadWindow
        when any window closes during the walk (a tooltip, a menu), so it is
        retried, and later actions use the id instead of searching again.
        """
        if name not in self.windows:
            deadline = time.monotonic() + 10
            while True:
                try:
                    self.windows[name] = self._search(name)
                    break
                except (CommandFailed, LookupError):
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
        return self.windows[name]

    def _search(self, name: str) -> str:
        if name.isascii():
            return self.run("xdotool", "search", "--sync", "--onlyvisible", "--name", f"^{name}$").split()[0]
        # xdotool matches the legacy WM_NAME, where Tk leaves a CJK title garbled: read each window's.
        for window in self.run("xdotool", "search", "--onlyvisible", "--name", ".").split():
            if _readable(self.run("xdotool", "getwindowname", window)) == name:
                return window
        raise LookupError(f"no window titled {name!r}")

    def activate(self, name: str, timeout: float = 5.0) -> None:
        """Bring the window titled ``name`` to the front and wait until it is active.

        Asked again while it is not: a window that was just opened may still
        take the focus after this one got it, as an agent would click again.
        """
        deadline = time.monotonic() + timeout
        while True:
            self.run("xdotool", "windowactivate", "--sync", self.window_id(name))
            try:
                self.wait_active(name, timeout=0.5)
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
            else:
                return

    def spawn(self, *args: str, **env: str) -> Process:
        popen = subprocess.Popen(
            args, env={**self.env, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
        )
        process = Process(popen)
        self.children.append(process)
        return process

    def active_window_name(self) -> str:
        try:
            return _readable(self.run("xdotool", "getactivewindow", "getwindowname"))
        except subprocess.CalledProcessError:
            return ""

    def wait_active(self, name: str, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.active_window_name() == name:
                return
            time.sleep(0.02)
        raise AssertionError(f"{name!r} never became the active window (now {self.active_window_name()!r})")

    def clipboard(self, target: str) -> bytes:
        done = subprocess.run(
            ["xclip", "-selection", "clipboard", "-o", "-t", target],
            env=self.env,
            capture_output=True,
            timeout=10,
        )
        return done.stdout


def _readable(title: str) -> str:
    """A window title as its program meant it: Tk writes WM_NAME as UTF-8 read as Latin-1 once more."""
    try:
        return title.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return title


@contextmanager
def open_desktop(tmp: Path) -> Iterator[Desktop]:
    """Xvfb with openbox; every child started through the Desktop is stopped at the end."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"the end-to-end test needs {', '.join(missing)} (apt install {' '.join(missing)})")
    xvfb, display = start_xvfb()
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_SESSION_TYPE": "x11",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("WAYLAND_DISPLAY", None)
    session = Desktop(env, tmp)
    session.spawn("openbox")
    time.sleep(0.5)
    try:
        yield session
    finally:
        for child in reversed(session.children):
            child.stop()
        xvfb.terminate()
        xvfb.wait(5)


def tk_python() -> str:
    for candidate in (sys.executable, "/usr/bin/python3"):
        if subprocess.run([candidate, "-c", "import tkinter"], capture_output=True).returncode == 0:
            return candidate
    pytest.fail("no Python with tkinter for the target chat window (apt install python3-tk)")


def open_chat(desktop: Desktop, title: str = "Chat target", position: str = "+720+60") -> Path:
    """Start a Tk chat window; returns the file where it records its text."""
    out = desktop.tmp / ("chat.json" if title == "Chat target" else f"chat-{len(desktop.children)}.json")
    desktop.spawn(tk_python(), str(HERE / "chat_target.py"), str(out), title, position)
    desktop.window_id(title)
    return out


def chat_text(chat: Path) -> tuple[str, float]:
    state = json.loads(chat.read_text(encoding="utf-8"))
    return state["text"], state["at"]


def wait_for_chat(chat: Path, expected: str, timeout: float = 5.0) -> None:
    """Until the chat holds exactly ``expected``, then a moment more: nothing stray may follow."""
    deadline = time.monotonic() + timeout
    while chat_text(chat)[0] != expected:
        assert time.monotonic() < deadline, f"the chat holds {chat_text(chat)[0]!r}, expected {expected!r}"
        time.sleep(0.02)
    time.sleep(0.3)  # anything stray would arrive by now
    assert chat_text(chat)[0] == expected, "something more reached the chat after the reply"
