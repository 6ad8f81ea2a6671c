"""Draws one result as two lines: the question (bold) with its code, then category · language · reply."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui.result_model import DetailRole, QuestionRole, RankRole

PADDING = 6


class ResultDelegate(QStyledItemDelegate):
    """A result row the eye can scan: what the customer asked stands out, the rest is quieter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text plus padding."""
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 2 + 2)

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
        base_font: QFont = option.font
        metrics = QFontMetrics(base_font)
        line = metrics.height()
        rank = index.data(RankRole)
        painter.save()
        bold = QFont(base_font)
        bold.setBold(True)
        painter.setFont(bold)
        strong = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(strong)
        prefix = f"{rank}  " if rank else "   "
        first = QRect(rect.left(), rect.top() + 1, rect.width(), line)
        question = QFontMetrics(bold).elidedText(
            prefix + str(index.data(QuestionRole)), Qt.TextElideMode.ElideRight, first.width()
        )
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, question)
        painter.setFont(base_font)
        quiet = strong if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(quiet)
        second = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        detail = metrics.elidedText(str(index.data(DetailRole)), Qt.TextElideMode.ElideRight, second.width())
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()
