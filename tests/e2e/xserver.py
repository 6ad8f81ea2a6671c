"""A private X server for the end-to-end tests: Xvfb on the first free display."""

from __future__ import annotations

import os
import subprocess


def start_xvfb(size: str = "1280x800x24") -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb and return it with its display name (``:N``), once it accepts clients.

    ``-displayfd`` lets Xvfb pick a free display and write its number when it
    is ready, so parallel runs never collide and no test waits a fixed time.
    """
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as stream:
        return xvfb, f":{stream.readline().strip()}"
