"""The fixtures every end-to-end module shares: its own X display with openbox, and the chat window.

Module-scoped, so each test module gets a display of its own and one module's
windows never disturb another's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.session import Desktop, open_chat, open_desktop


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    with open_desktop(tmp_path_factory.mktemp("e2e")) as session:
        yield session


@pytest.fixture(scope="module")
def chat(desktop: Desktop) -> Path:
    return open_chat(desktop)
