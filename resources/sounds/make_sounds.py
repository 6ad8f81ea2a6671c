"""Writes the reminder sounds: short, soft sine blips, so no third-party audio is shipped.

Run ``uv run python resources/sounds/make_sounds.py`` after changing a tone.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
# name: (frequency in Hz, blip length in s, number of blips, volume 0..1)
TONES = {"warning": (880.0, 0.07, 2, 0.25), "overdue": (620.0, 0.11, 3, 0.35)}


def blips(frequency: float, length: float, count: int, volume: float) -> bytes:
    """``count`` sine blips with a gap between, faded in and out so they do not click."""
    frames = []
    blip = int(RATE * length)
    gap = int(RATE * 0.06)
    fade = int(RATE * 0.01)
    for _ in range(count):
        for i in range(blip):
            envelope = min(1.0, i / fade, (blip - i) / fade)
            frames.append(volume * envelope * math.sin(2 * math.pi * frequency * i / RATE))
        frames.extend([0.0] * gap)
    return b"".join(struct.pack("<h", int(sample * 32767)) for sample in frames)


def main() -> None:
    """Write warning.wav and overdue.wav beside this script."""
    for name, tone in TONES.items():
        with wave.open(str(Path(__file__).with_name(f"{name}.wav")), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(blips(*tone))


if __name__ == "__main__":
    main()
