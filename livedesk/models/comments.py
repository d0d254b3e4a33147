"""Comments of the selected LIVE as a list model that grows incrementally while the LIVE runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from livedesk.models import formatting as fmt
from livedesk.models.records import CommentRecord
from livedesk.models.table_model import RECORD_ROLE

TS_ROLE = int(Qt.ItemDataRole.UserRole) + 20


class CommentListModel(QAbstractListModel):
    """Comments, oldest first; the display is "H:MM:SS user: text" in LIVE clock time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CommentRecord] = []
        self._started_at = 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{fmt.clock(c.ts - self._started_at)}  {c.user}: {c.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{c.user} ({c.lang or '?'})"
        if role == TS_ROLE:
            return c.ts
        if role == RECORD_ROLE:
            return c
        return None

    def reset(self, comments: Sequence[CommentRecord], started_at: int) -> None:
        """Show a LIVE's comments."""
        self.beginResetModel()
        self._rows = list(comments)
        self._started_at = started_at
        self.endResetModel()

    def append(self, comments: Sequence[CommentRecord]) -> None:
        """Add newer comments at the end."""
        if not comments:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(comments) - 1)
        self._rows.extend(comments)
        self.endInsertRows()
