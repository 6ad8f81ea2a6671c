"""Line metrics that count the fallback fonts Chinese and Korean text is drawn with.

``QFontMetrics`` measures the primary (Latin) font only. Chinese and Korean
glyphs come from a fallback font with a taller ascent and descent, so a box
sized by ``QFontMetrics`` cuts them: the bottom of ``_`` disappears in a
result row, and a query of Han characters touches the search box's top edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetrics, QTextLayout

# Latin with a descender and an underscore, Han, Hangul and a jamo: every script an agent types.
SAMPLE = "Ag_汉字한글ㄱ"


@dataclass(frozen=True)
class LineMetrics:
    """Whole-pixel line measures of a font with its fallbacks."""

    ascent: int
    descent: int
    primary_ascent: int

    @property
    def height(self) -> int:
        """A line tall enough for every script in ``SAMPLE``."""
        return self.ascent + self.descent

    @property
    def extra_ascent(self) -> int:
        """How far the tallest fallback glyphs reach above the primary font's ascent."""
        return max(0, self.ascent - self.primary_ascent)


_MEASURED: dict[str, LineMetrics] = {}


def _measure(font: QFont) -> LineMetrics:
    layout = QTextLayout(SAMPLE, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    primary = QFontMetrics(font)
    return LineMetrics(
        ascent=max(primary.ascent(), math.ceil(line.ascent())),
        descent=max(primary.descent(), math.ceil(line.descent())),
        primary_ascent=primary.ascent(),
    )


def line_metrics(font: QFont) -> LineMetrics:
    """The line measures of ``font`` and its fallbacks (cached per font: a row is painted per keystroke)."""
    key = font.key()
    found = _MEASURED.get(key)
    if found is None:
        if len(_MEASURED) > 64:  # fonts come from a handful of sizes; never grow without end
            _MEASURED.clear()
        found = _MEASURED[key] = _measure(font)
    return found
