"""Start the real widget or CLI in a child process, with a memory ceiling and a stopwatch.

The fault suite feeds both hostile files and servers and asks three things
of each run: did it start (the widget prints "ready with N replies"), how
long did that take, and did it stay under its memory bound. The ceiling is
``RLIMIT_AS``, set in the child only, so a blow-up ends that child with a
MemoryError instead of taking the machine down.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Qt maps far more address space than it touches; this still stops a runaway copy of a playbook.
WIDGET_MEMORY_MB = 3072
CLI_MEMORY_MB = 1024


def _limit(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@dataclass
class Run:
    """What one child process printed and how long it took to say it was ready."""

    returncode: int | None
    stderr: str
    ready_after_s: float | None
    lines: list[str] = field(default_factory=list)


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)  # copy-only platform: no hotkey grabs on the tester's display
    return {**env, **(extra or {})}


def start_widget(
    config_dir: Path,
    *args: str,
    timeout_s: float = 60.0,
    memory_mb: int = WIDGET_MEMORY_MB,
    env: dict[str, str] | None = None,
) -> Run:
    """Start ``quickreply`` (in the background, offscreen), wait until it is ready or gone, stop it."""
    command = [sys.executable, "-m", "desktop", "--config-dir", str(config_dir), "--background", *args]
    started = time.monotonic()
    child = subprocess.Popen(
        command,
        cwd=ROOT,
        env=_env(env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: _limit(memory_mb),
    )
    lines: list[str] = []
    ready = threading.Event()
    ready_at: list[float] = []

    def read() -> None:
        assert child.stderr is not None
        for raw in child.stderr:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            lines.append(line)
            if "ready with" in line and not ready.is_set():
                ready_at.append(time.monotonic() - started)
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = started + timeout_s
    while not ready.is_set() and child.poll() is None and time.monotonic() < deadline:
        ready.wait(0.05)
    if child.poll() is None:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    reader.join(5)
    return Run(child.returncode, "\n".join(lines), ready_at[0] if ready_at else None, lines)


def run_cli(
    *args: str, memory_mb: int = CLI_MEMORY_MB, timeout_s: float = 120.0, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``quickreply <args>`` to the end, under a memory ceiling."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=_env(env),
        capture_output=True,
        text=True,
        timeout=timeout_s,
        preexec_fn=lambda: _limit(memory_mb),
        check=False,
    )
