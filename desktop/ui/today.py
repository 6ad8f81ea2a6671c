"""The "Today" panel: how the shift went, and the searches that found no reply.

Figures per kind (count, share within target, median, p90), a histogram of
response times with the target drawn as a line, the most used replies, and
the missed searches with a button that turns one into a new reply.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.countdown import Kind
from desktop.core.stats import KindReport, ShiftReport
from desktop.core.text import script_language
from desktop.ui.appearance import Tones, current_tones, follow_theme

BIN_SECONDS = 5
# English source strings, translated at use time in the "Today" context (see kind_title).
KIND_TITLES = {
    Kind.GREETING: QT_TRANSLATE_NOOP("Today", "Greeting"),
    Kind.REPLY: QT_TRANSLATE_NOOP("Today", "Reply"),
}


def histogram(values: Iterable[float], width: float = BIN_SECONDS) -> list[tuple[float, int]]:
    """(bin start, count) for every bin from 0 to the slowest value, empty bins included."""
    counts: dict[int, int] = {}
    for value in values:
        index = int(max(value, 0) // width)
        counts[index] = counts.get(index, 0) + 1
    if not counts:
        return []
    return [(index * width, counts.get(index, 0)) for index in range(max(counts) + 1)]


def kind_title(kind: Kind) -> str:
    """The kind's name in the agent's language."""
    return QCoreApplication.translate("Today", str(KIND_TITLES[kind]))


def summary_line(figures: KindReport) -> str:
    """One kind's figures as a sentence an agent reads at a glance."""
    if not figures.count:
        return QCoreApplication.translate("Today", "{kind}: none yet").format(kind=kind_title(figures.kind))
    share = f"{figures.share_within_target:.0%}" if figures.share_within_target is not None else "—"
    median = f"{figures.median_s:.1f}s" if figures.median_s is not None else "—"
    p90 = f"{figures.p90_s:.1f}s" if figures.p90_s is not None else "—"
    text = QCoreApplication.translate(
        "Today", "{kind}: {count} · {share} ≤ {target}s · median {median} · p90 {p90}"
    )
    return text.format(
        kind=kind_title(figures.kind),
        count=figures.count,
        share=share,
        target=f"{figures.target_s:.0f}",
        median=median,
        p90=p90,
    )


def language_of(text: str) -> str:
    """A guess at the language of a missed search: Hangul → ko-KR, Han → zh-CN, else en."""
    return script_language(text) or "en"


class ResponseChart(QChartView):
    """Histogram of one kind's response times with its target as a red line.

    One chart per kind lives as long as the panel; ``show_figures`` redraws it
    (a chart replaced on each refresh came back squeezed to a sliver).
    """

    def __init__(self) -> None:
        super().__init__(QChart())
        chart = self.chart()
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.bins: list[tuple[float, int]] = []
        self._edges: tuple[QLineSeries, QLineSeries] | None = None
        self._figures: KindReport | None = None
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(220, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        follow_theme(self, lambda _tones: "", self._paint_in)

    def show_figures(self, figures: KindReport) -> None:
        """Draw ``figures`` in place of what the chart showed."""
        self._figures = figures
        chart = self.chart()
        chart.removeAllSeries()
        for old_axis in chart.axes():
            chart.removeAxis(old_axis)
        chart.setTitle(kind_title(figures.kind))
        self.bins = bins = histogram(figures.elapsed_s)
        outline, baseline = QLineSeries(), QLineSeries()
        for start, count in bins:
            outline.append(QPointF(start, count))
            outline.append(QPointF(start + BIN_SECONDS, count))
        if bins:
            baseline.append(QPointF(0, 0))
            baseline.append(QPointF(bins[-1][0] + BIN_SECONDS, 0))
        area = QAreaSeries(outline, baseline)
        area.setName(
            QCoreApplication.translate("ResponseChart", "{count} answered, counted per {bin} seconds").format(
                count=figures.count, bin=BIN_SECONDS
            )
        )
        tallest = max((count for _, count in bins), default=1)
        target = QLineSeries()
        target.setName(
            QCoreApplication.translate("ResponseChart", "target {target}s").format(
                target=f"{figures.target_s:.0f}"
            )
        )
        target.append(QPointF(figures.target_s, 0))
        target.append(QPointF(figures.target_s, tallest))
        chart.addSeries(area)
        chart.addSeries(target)
        x_axis = QValueAxis()
        right = max(figures.target_s * 1.5, (bins[-1][0] + BIN_SECONDS) if bins else 0)
        x_axis.setRange(0, BIN_SECONDS * math.ceil(right / BIN_SECONDS))
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(0)
        x_axis.setTickInterval(BIN_SECONDS if right <= 60 else BIN_SECONDS * 4)
        x_axis.setTitleText("s")
        x_axis.setLabelFormat("%d")
        y_axis = QValueAxis()
        y_axis.setRange(0, tallest)
        y_axis.setLabelFormat("%d")
        y_axis.setTickCount(min(tallest + 1, 6))
        for axis, side in ((x_axis, Qt.AlignmentFlag.AlignBottom), (y_axis, Qt.AlignmentFlag.AlignLeft)):
            chart.addAxis(axis, side)
            area.attachAxis(axis)
            target.attachAxis(axis)
        # QAreaSeries only points at its outline series: keep them alive as long as the chart.
        self._edges = (outline, baseline)
        self._paint_in(current_tones())

    def _paint_in(self, tones: Tones) -> None:
        """The theme's colours on the background, texts, grid and series."""
        chart = self.chart()
        text = QColor(tones.chart_text)
        chart.setBackgroundBrush(QColor(tones.chart_background))
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(QColor(tones.chart_grid))
            axis.setLinePenColor(QColor(tones.chart_grid))
        for series in chart.series():
            if isinstance(series, QAreaSeries):
                series.setColor(QColor(tones.chart_fill))
                series.setBorderColor(QColor(tones.chart_line))
            elif isinstance(series, QLineSeries):
                series.setPen(QPen(QColor(tones.chart_target), 2, Qt.PenStyle.DashLine))
        self.setBackgroundBrush(QColor(tones.chart_background))


class TodayPanel(QWidget):
    """The shift so far. ``refresh`` reloads the figures.

    Signals:
        reply_requested(str): the agent wants to write a reply for this missed search.
    """

    reply_requested = Signal(str)

    def __init__(
        self,
        load_report: Callable[[], ShiftReport],
        describe_entry: Callable[[str], str],
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Today"))
        self._load_report = load_report
        self._describe = describe_entry
        self.heading = QLabel()
        self.summaries = QLabel()
        self.summaries.setTextFormat(Qt.TextFormat.PlainText)
        self.charts = QHBoxLayout()
        self.response_charts = {kind: ResponseChart() for kind in Kind}
        for chart in self.response_charts.values():
            self.charts.addWidget(chart, 1)
        self.top_entries = QListWidget()
        self.missed = QListWidget()
        self.new_entry = QPushButton(self.tr("New reply from it…"))
        self.new_entry.clicked.connect(self._new_entry_from_missed)
        self.missed.itemActivated.connect(lambda _item: self._new_entry_from_missed())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        # Closed from the keyboard like the other windows: Esc, Ctrl+W, the system's Close. Each
        # sequence once: two shortcuts on one sequence are ambiguous and neither fires.
        closing = [
            "Esc",
            "Ctrl+W",
            *(k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)),
        ]
        for keys in dict.fromkeys(closing):
            QShortcut(QKeySequence(keys), self).activated.connect(self.close)
        lists = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("Most used replies")))
        left.addWidget(self.top_entries)
        right.addWidget(QLabel(self.tr("Searches that ended without sending a reply")))
        right.addWidget(self.missed)
        right.addWidget(self.new_entry)
        lists.addLayout(left)
        lists.addLayout(right)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)
        layout.addLayout(top)
        layout.addWidget(self.summaries)
        layout.addLayout(self.charts)
        layout.addLayout(lists)
        self.resize(760, 600)
        self.report: ShiftReport | None = None

    def refresh(self) -> None:
        """Read the figures again and redraw everything."""
        report = self._load_report()
        self.report = report
        since = report.since.strftime("%Y-%m-%d %H:%M") if isinstance(report.since, datetime) else "…"
        median = report.median_summon_to_paste_s
        if median is None:
            heading = self.tr("<b>Today</b> since {since} · pastes: {pastes}")
        else:
            heading = self.tr(
                "<b>Today</b> since {since} · pastes: {pastes} · median {median}s from hotkey to paste"
            )
        self.heading.setText(
            heading.format(
                since=since, pastes=report.paste_count, median=f"{median:.1f}" if median is not None else ""
            )
        )
        self.summaries.setText("\n".join(summary_line(report.for_kind(kind)) for kind in Kind))
        for kind, chart in self.response_charts.items():
            chart.show_figures(report.for_kind(kind))
        self.top_entries.clear()
        for use in report.top_entries:
            self.top_entries.addItem(f"{use.count} × {self._describe(use.entry_id)}")
        self.missed.clear()
        for missed in report.missed_searches:
            item = QListWidgetItem(f"{missed.count} × {missed.query}")
            item.setData(Qt.ItemDataRole.UserRole, missed.query)
            self.missed.addItem(item)
        if self.missed.count():
            self.missed.setCurrentRow(0)
        self.new_entry.setEnabled(bool(self.missed.count()))

    def _new_entry_from_missed(self) -> None:
        item: QListWidgetItem | None = self.missed.currentItem()  # None with no selection
        if item is None:
            return
        self.reply_requested.emit(item.data(Qt.ItemDataRole.UserRole))
