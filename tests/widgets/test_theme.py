"""Light and dark: every text an agent reads stays readable, measured on the pixels drawn.

A text is readable when its ink and its background differ by a WCAG contrast
ratio of 4.5 or more. The background is the colour most pixels of the grabbed
widget have, the ink the pixel farthest from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import QuickReplyApp
from desktop.core.countdown import Kind
from desktop.core.library import load_library
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.ui.appearance import DARK, LIGHT, contrast_ratio, current_tones
from desktop.ui.countdowns import CountdownChip
from desktop.ui.paste import PasteSettings
from tests.conftest import DATA
from tests.widgets.fakes import FakePlatform

pytestmark = pytest.mark.gui
READABLE = 4.5


def pixels(widget: QWidget) -> Counter[int]:
    image = widget.grab().toImage()
    return Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))


def rendered_contrast(widget: QWidget) -> float:
    """Contrast between the widget's background (its commonest colour) and its strongest ink."""
    counts = pixels(widget)
    background = QColor(counts.most_common(1)[0][0])
    return max(contrast_ratio(QColor(pixel), background) for pixel in counts)


def dark_share(widget: QWidget) -> float:
    counts = pixels(widget)
    dark = sum(n for pixel, n in counts.items() if QColor(pixel).lightness() < 128)
    return dark / sum(counts.values())


@pytest.fixture
def app(qtbot: QtBot, config_dir: Path) -> Iterator[QuickReplyApp]:
    made = QuickReplyApp(
        load_library([DATA / "widget"]),
        FakePlatform(),
        AppPaths.for_user(config_dir),
        Settings(countdown_on_summon=False),
        paste_settings=PasteSettings(restore_delay_ms=20, settle_ms=1),
    )
    qtbot.addWidget(made.window)
    qtbot.addWidget(made.countdowns.strip)
    yield made
    made.apply_settings(replace(made.settings, theme="system"))  # the next test starts in the default


def use_theme(app: QuickReplyApp, theme: str) -> None:
    app.apply_settings(replace(app.settings, theme=theme))
    QApplication.processEvents()


def open_placeholder_form(qtbot: QtBot, app: QuickReplyApp) -> None:
    app.flow.summon()
    app.window.search_box.setText("订单查询")  # its reply asks for {customer} and {order_no}
    qtbot.waitUntil(lambda: app.window.current_entry() is not None)
    app.window.choose()
    assert app.window.form.isVisible()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_search_window_form_banner_and_status_are_readable(
    qtbot: QtBot, app: QuickReplyApp, theme: str
) -> None:
    use_theme(app, theme)
    assert current_tones() is (DARK if theme == "dark" else LIGHT)
    open_placeholder_form(qtbot, app)
    app.show_setting_problems(["settings.json:3:5: theme must be light, dark or system"])
    app.window.status.setText("Copied: paste it with Ctrl+V")
    QApplication.processEvents()
    assert app.window.banner.isVisible()
    readable = {
        "status line": app.window.status,
        "key hints": app.window.hints,
        "banner": app.window.banner,
        "search box": app.window.search_box,
        "form heading": app.window.form.heading,
        **{f"form label {n}": label for n, label in enumerate(app.window.form.findChildren(QLabel))},
    }
    contrasts = {name: round(rendered_contrast(widget), 1) for name, widget in readable.items()}
    assert min(contrasts.values()) >= READABLE, contrasts
    # The window is drawn in the theme asked for, not half in the other one.
    share = dark_share(app.window)
    assert share > 0.8 if theme == "dark" else share < 0.2


def test_switching_dark_to_light_leaves_nothing_dark_behind(qtbot: QtBot, app: QuickReplyApp) -> None:
    use_theme(app, "dark")
    open_placeholder_form(qtbot, app)
    app.window.status.setText("Copied: paste it with Ctrl+V")
    assert dark_share(app.window) > 0.8
    use_theme(app, "light")
    assert dark_share(app.window) < 0.2
    assert rendered_contrast(app.window.status) >= READABLE
    assert dark_share(app.window.form) < 0.2
    use_theme(app, "dark")
    assert dark_share(app.window.form) > 0.8


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_countdown_chips_are_readable_in_every_state(qtbot: QtBot, app: QuickReplyApp, theme: str) -> None:
    use_theme(app, theme)
    app.countdowns.start(Kind.REPLY, "王女士")
    chip = app.countdowns.strip.bar.findChild(CountdownChip)
    assert isinstance(chip, CountdownChip)
    start = chip.countdown.started_at
    app.countdowns.strip.show()
    for seconds in (1, chip.countdown.target - 2, chip.countdown.target + 3, chip.countdown.target + 4):
        chip.refresh(start + seconds)  # running, almost due, overdue and its pulse
        assert rendered_contrast(chip) >= READABLE, (theme, chip.state)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_disabled_button_looks_disabled(qtbot: QtBot, app: QuickReplyApp, theme: str) -> None:
    use_theme(app, theme)
    enabled, disabled = QPushButton("Save"), QPushButton("Save")
    disabled.setEnabled(False)
    for button in (enabled, disabled):
        qtbot.addWidget(button)
        button.show()
    assert rendered_contrast(enabled) >= READABLE
    assert rendered_contrast(disabled) < rendered_contrast(enabled) * 0.6


def test_the_today_charts_and_editor_notes_follow_the_dark_theme(qtbot: QtBot, app: QuickReplyApp) -> None:
    use_theme(app, "dark")
    today = app.panels.show_today()
    qtbot.addWidget(today)
    charts = list(today.response_charts.values())
    assert all(dark_share(chart) > 0.8 for chart in charts)
    assert all(rendered_contrast(chart) >= READABLE for chart in charts)
    app.flow.summon()
    app.window.search_box.setText("便宜")
    qtbot.waitUntil(lambda: app.window.current_entry() is not None)
    app.editing.edit_entry(app.window.current_entry())  # type: ignore[arg-type]
    editor = app.editing.editor
    assert editor is not None
    qtbot.addWidget(editor)
    editor.error.setText("The question is empty: write what the customer asks")
    editor.error.show()
    assert rendered_contrast(editor.error) >= READABLE
    use_theme(app, "light")
    assert all(dark_share(chart) < 0.2 for chart in charts)
    assert rendered_contrast(editor.error) >= READABLE
