"""The light and dark themes: the platform's where it honours the request, else a palette of ours.

Colours that carry a meaning (a warning, an error, the placeholder form, the
countdown states, the charts) come from ``Tones``, one set per theme, each
readable on its own background at a contrast ratio of 4.5 or more. Widgets
that draw with them go through ``follow_theme``, which builds their style
sheet again whenever the application's palette changes (and ``restyle_all``
after a font change): under a style sheet set once, children keep the old
theme's colours and the old font size after a switch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TextTone = Literal["warning", "error", "note"]


@dataclass(frozen=True)
class Chip:
    """A countdown state's chip: its fill and its text (also its border)."""

    background: str
    text: str


@dataclass(frozen=True)
class Tones:
    """The colours that mean something, for one theme."""

    warning: str  # wording warnings, a code already taken, "part 2 of 3"
    error: str
    note: str  # a neutral remark (saved, imported)
    form_background: str  # the placeholder form, a yellow note in either theme
    form_border: str
    form_text: str
    banner_background: str  # the problem banner above the search box
    banner_text: str
    running: Chip
    almost_due: Chip
    overdue: Chip
    chart_fill: str
    chart_line: str
    chart_target: str
    chart_background: str
    chart_text: str
    chart_grid: str


LIGHT = Tones(
    warning="#8a4b00",
    error="#a50e0e",
    note="#174ea6",
    form_background="#fff8dc",
    form_border="#d9a400",
    form_text="#202124",
    banner_background="#fce8e6",
    banner_text="#a50e0e",
    running=Chip("#e6f4ea", "#0d652d"),
    almost_due=Chip("#fef7e0", "#8a4b00"),
    overdue=Chip("#fce8e6", "#a50e0e"),
    chart_fill="#8ab4f8",
    chart_line="#1a73e8",
    chart_target="#d93025",
    chart_background="#ffffff",
    chart_text="#202124",
    chart_grid="#dadce0",
)
DARK = Tones(
    warning="#fdd663",
    error="#f28b82",
    note="#8ab4f8",
    form_background="#3c3418",
    form_border="#a88a2c",
    form_text="#f1e9c8",
    banner_background="#5c2b29",
    banner_text="#fad2cf",
    running=Chip("#0f3d22", "#81c995"),
    almost_due=Chip("#44360a", "#fdd663"),
    overdue=Chip("#5c1f1b", "#f6aea9"),
    chart_fill="#3b5f99",
    chart_line="#8ab4f8",
    chart_target="#f28b82",
    chart_background="#2b2c2f",
    chart_text="#e8eaed",
    chart_grid="#5f6368",
)

_PALETTES = {
    False: {
        QPalette.ColorRole.Window: "#f5f5f5",
        QPalette.ColorRole.WindowText: "#202124",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f1f3f4",
        QPalette.ColorRole.Text: "#202124",
        QPalette.ColorRole.Button: "#f1f3f4",
        QPalette.ColorRole.ButtonText: "#202124",
        QPalette.ColorRole.Highlight: "#1a73e8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#4d5156",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#202124",
        QPalette.ColorRole.Link: "#1a0dab",
    },
    True: {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2c2f",
        QPalette.ColorRole.AlternateBase: "#323336",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#3c4043",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.PlaceholderText: "#b0b5ba",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Link: "#8ab4f8",
    },
}
# Disabled controls: text faded towards the background, so a greyed-out button looks greyed out.
_DISABLED = {
    False: {"text": "#9aa0a6", "button": "#e8eaed"},
    True: {"text": "#6f7378", "button": "#2a2b2e"},
}


def palette_is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def current_tones() -> Tones:
    """The tones that suit the application's palette now."""
    return DARK if palette_is_dark(QGuiApplication.palette()) else LIGHT


def our_palette(dark: bool) -> QPalette:
    """Our own light or dark palette, disabled controls included."""
    palette = QPalette()
    for role, colour in _PALETTES[dark].items():
        palette.setColor(role, QColor(colour))
    mid = QColor(_PALETTES[dark][QPalette.ColorRole.Button])
    palette.setColor(QPalette.ColorRole.Mid, mid.darker(130) if not dark else mid.lighter(150))
    palette.setColor(QPalette.ColorRole.Midlight, mid.darker(110) if not dark else mid.lighter(120))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(_DISABLED[dark]["text"]))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor(_DISABLED[dark]["button"]))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Light, dark or the system's colours; a palette of our own where the platform ignores the request.

    Called after a font change too: it sets every themed style sheet again.
    """
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    wanted = schemes.get(theme, Qt.ColorScheme.Unknown)
    app.styleHints().setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or app.styleHints().colorScheme() == wanted:
        palette = app.style().standardPalette()
        # Styles draw hints at half the text's strength: too faint to read (key hints, row details).
        quiet = _PALETTES[palette_is_dark(palette)][QPalette.ColorRole.PlaceholderText]
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(quiet))
        app.setPalette(palette)
    else:
        app.setPalette(our_palette(wanted == Qt.ColorScheme.Dark))
    restyle_all(app)


def restyle_all(app: QApplication) -> None:
    """Every themed widget's style sheet set again, after the font or the theme changed.

    Children polished under a style sheet keep the font size they had until it
    is set again (a new font size left the result list and preview small).
    """
    for widget in app.allWidgets():
        for follower in widget.findChildren(_ThemeFollower, "", Qt.FindChildOption.FindDirectChildrenOnly):
            follower.apply(again=True)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 (same) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(value) for value in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class _ThemeFollower(QObject):
    """Builds a widget's style sheet again each time the application's palette changes."""

    def __init__(self, widget: QWidget, sheet: Callable[[Tones], str], also: Callable[[Tones], None] | None):
        super().__init__(widget)
        self._widget = widget
        self._sheet = sheet
        self._also = also
        self._applied: Tones | None = None
        widget.installEventFilter(self)
        self.apply()

    def apply(self, *, again: bool = False) -> None:
        tones = current_tones()
        if tones is self._applied and not again:
            return
        self._applied = tones
        self._widget.setStyleSheet(self._sheet(tones))
        if self._also is not None:
            self._also(tones)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.apply()
        return False


def follow_theme(
    widget: QWidget, sheet: Callable[[Tones], str], also: Callable[[Tones], None] | None = None
) -> None:
    """Style ``widget`` with ``sheet(tones)`` now and again after every theme switch.

    ``also`` is called with the new tones too, for what a style sheet cannot
    reach (drawn icons, chart series).
    """
    _ThemeFollower(widget, sheet, also)


def set_tone(widget: QWidget, tone: TextTone) -> None:
    """Colour ``widget``'s text with one of the ``Tones`` in every theme."""
    widget.setProperty("tone", tone)
    follower = widget.findChild(_ThemeFollower, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(follower, _ThemeFollower):
        follower.apply(again=True)
    else:
        follow_theme(widget, lambda tones: f"color: {getattr(tones, str(widget.property('tone')))};")
