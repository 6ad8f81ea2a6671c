"""The light and dark themes: the platform's where it honours the request, else a palette of ours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def apply_theme(app: QApplication, theme: str) -> None:
    """Light, dark or the system's colours; a palette of our own where the platform ignores the request."""
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    wanted = schemes.get(theme, Qt.ColorScheme.Unknown)
    app.styleHints().setColorScheme(wanted)
    if wanted == Qt.ColorScheme.Unknown or app.styleHints().colorScheme() == wanted:
        app.setPalette(app.style().standardPalette())
        return
    dark = wanted == Qt.ColorScheme.Dark
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124" if dark else "#f5f5f5",
        QPalette.ColorRole.WindowText: "#e8eaed" if dark else "#202124",
        QPalette.ColorRole.Base: "#2b2c2f" if dark else "#ffffff",
        QPalette.ColorRole.AlternateBase: "#323336" if dark else "#f1f3f4",
        QPalette.ColorRole.Text: "#e8eaed" if dark else "#202124",
        QPalette.ColorRole.Button: "#303134" if dark else "#f1f3f4",
        QPalette.ColorRole.ButtonText: "#e8eaed" if dark else "#202124",
        QPalette.ColorRole.Highlight: "#8ab4f8" if dark else "#1a73e8",
        QPalette.ColorRole.HighlightedText: "#202124" if dark else "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6" if dark else "#5f6368",
        QPalette.ColorRole.ToolTipBase: "#303134" if dark else "#ffffff",
        QPalette.ColorRole.ToolTipText: "#e8eaed" if dark else "#202124",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
