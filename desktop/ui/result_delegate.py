"""Draws one result as two lines: the question (bold) with its code, then category · language · reply."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui.result_model import DetailRole, QuestionRole, RankRole
from desktop.ui.text_metrics import line_metrics

PADDING = 6
# Never clipped to the line: a descender of a fallback font may reach a pixel past it.
DRAW_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip


class ResultDelegate(QStyledItemDelegate):
    """A result row the eye can scan: what the customer asked stands out, the rest is quieter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: tuple[str, QFont, QFontMetrics, QFont, QFontMetrics] | None = None

    def _fonts_for(self, base: QFont) -> tuple[QFont, QFontMetrics, QFont, QFontMetrics]:
        """The row's plain and bold fonts with their metrics, made once per font, not per row."""
        key = base.key()
        if self._fonts is None or self._fonts[0] != key:
            bold = QFont(base)
            bold.setBold(True)
            self._fonts = (key, QFont(base), QFontMetrics(base), bold, QFontMetrics(bold))
        return self._fonts[1:]

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text (tall enough for Chinese and Korean glyphs) plus padding."""
        return QSize(200, line_metrics(option.font).height * 2 + PADDING * 2 + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Background from the style, then the two lines, elided to the row's width."""
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        base_font, metrics, bold, bold_metrics = self._fonts_for(option.font)
        line = line_metrics(base_font).height
        rank = index.data(RankRole)
        painter.save()
        painter.setFont(bold)
        strong = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(strong)
        prefix = f"{rank}  " if rank else "   "
        first = QRect(rect.left(), rect.top() + 1, rect.width(), line)
        question = bold_metrics.elidedText(
            prefix + str(index.data(QuestionRole)), Qt.TextElideMode.ElideRight, first.width()
        )
        painter.drawText(first, DRAW_FLAGS, question)
        painter.setFont(base_font)
        quiet = strong if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(quiet)
        second = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        detail = metrics.elidedText(str(index.data(DetailRole)), Qt.TextElideMode.ElideRight, second.width())
        painter.drawText(second, DRAW_FLAGS, detail)
        painter.restore()
