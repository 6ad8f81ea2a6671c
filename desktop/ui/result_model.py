"""The list model behind the results list."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.playbook import Entry
from desktop.core.search import Hit
from desktop.core.template import render

EntryRole = Qt.ItemDataRole.UserRole + 1
QuestionRole = Qt.ItemDataRole.UserRole + 2  # the question with its code, e.g. "能包邮吗？ [by]"
DetailRole = Qt.ItemDataRole.UserRole + 3  # category · language · the reply's first line
RankRole = Qt.ItemDataRole.UserRole + 4  # "1"…"9": the row Alt+n pastes

# The layers an entry can come from (``Entry.overrides``), marked for lupdate, translated by ``layer_name``.
LAYER_NAMES = {
    "bundled": QT_TRANSLATE_NOOP("ResultModel", "bundled"),
    "team": QT_TRANSLATE_NOOP("ResultModel", "team"),
    "personal": QT_TRANSLATE_NOOP("ResultModel", "personal"),
}


def layer_name(layer: str) -> str:
    """A playbook layer's name ("team", "bundled") in the interface language; unknown names as they are."""
    source = LAYER_NAMES.get(layer)
    return QCoreApplication.translate("ResultModel", str(source)) if source else layer


class ResultModel(QAbstractListModel):
    """Ranked hits, one row each: question, category, code, language, first line."""

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        """Replace the rows with a new ranking."""
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def entry_at(self, row: int) -> Entry | None:
        """The entry on ``row``, or None outside the list."""
        return self._hits[row].entry if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of results."""
        return 0 if parent.isValid() else len(self._hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Row text for display, the entry for ``EntryRole``."""
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.data(index, QuestionRole)}\n{self.data(index, DetailRole)}"
        if role == QuestionRole:
            code = f"  [{entry.code}]" if entry.code else ""
            return f"{entry.question}{code}"
        if role == DetailRole:
            filled = render(entry.first_reply, entry.variables).text
            first_line = filled.splitlines()[0] if filled else ""
            override = ""
            if entry.overrides:
                marker = self.tr("personal copy of {layer} entry").format(layer=layer_name(entry.overrides))
                override = f"{marker} · "
            return f"{override}{entry.category} · {entry.language} · {first_line}"
        if role == RankRole:
            return str(index.row() + 1) if index.row() < 9 else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.id} — {entry.location}"
        if role == EntryRole:
            return entry
        return None
