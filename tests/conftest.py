"""Shared fixtures: every test gets its own config folder, never the agent's."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

# Widget tests run without a screen, whatever the agent's shell has set (an
# inherited QT_QPA_PLATFORM=xcb made focus tests fail): set before any Qt import.
# QUICKREPLY_TEST_QPA picks another on purpose (the Xvfb run of the language test).
os.environ["QT_QPA_PLATFORM"] = os.environ.get("QUICKREPLY_TEST_QPA", "offscreen")

DATA = Path(__file__).parent / "data"
SEARCH_PLAYBOOKS = DATA / "search"


class ManualClock:
    """A clock tests move by hand (``clock.now += 5``); ``sleep`` moves it too and is recorded."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """A fresh --config-dir for one test."""
    path = tmp_path / "config"
    path.mkdir()
    return path


@pytest.fixture
def write_playbook(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a playbook file from text and return its path."""

    def write(text: str, name: str = "book.yaml") -> Path:
        path = tmp_path / "playbooks" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write
