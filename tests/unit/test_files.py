"""Locks and leftovers of the file helpers every store uses."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from desktop.core import files
from desktop.core.files import exclusive, remove_stale_temporaries


def test_a_second_writer_waits_for_the_lock_and_a_stuck_one_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    order: list[str] = []
    held = threading.Event()

    def first() -> None:
        with exclusive(path):
            held.set()
            time.sleep(0.2)
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    held.wait()
    with exclusive(path):
        order.append("second in")
    thread.join()
    assert order == ["first done", "second in"]
    with (
        exclusive(path),
        pytest.raises(OSError, match="being saved by another program"),
        exclusive(path, wait_s=0.1),
    ):
        pass
    assert not any(p.suffix == ".yaml" for p in tmp_path.iterdir())  # the lock is hidden, no playbook


def test_only_old_leftovers_of_interrupted_writes_are_removed(tmp_path: Path) -> None:
    old = tmp_path / "data" / ".usage.json.a1b2.tmp"
    fresh = tmp_path / "data" / ".usage.json.c3d4.tmp"  # a write in progress right now
    real = tmp_path / "data" / "usage.json"
    for path in (old, fresh, real):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    two_hours_ago = time.time() - 2 * files.STALE_AFTER_S
    os.utime(old, (two_hours_ago, two_hours_ago))
    os.utime(real, (two_hours_ago, two_hours_ago))
    assert remove_stale_temporaries([tmp_path, tmp_path / "missing"]) == 1
    assert not old.exists()
    assert fresh.exists()
    assert real.exists()
