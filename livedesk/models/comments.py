"""Comments of the selected LIVE as list models that grow incrementally while the LIVE runs.

:class:`CommentListModel` holds every comment, oldest first. Two views look at it through thin models:
:class:`CommentWindowModel` shows the comments up to a moment (the replay position) and moves that moment
with row inserts/removes found by binary search, never a reset; :class:`CommentSearchModel` filters all of
them by text or user.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from livedesk.models import formatting as fmt
from livedesk.models.records import CommentRecord
from livedesk.models.table_model import RECORD_ROLE

TS_ROLE = int(Qt.ItemDataRole.UserRole) + 20
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 21  # "user\ntext": what the search matches
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROLES = frozenset({_DISPLAY, int(Qt.ItemDataRole.ToolTipRole), TS_ROLE, SEARCH_ROLE, RECORD_ROLE})


class CommentListModel(QAbstractListModel):
    """Comments, oldest first; the display is "H:MM:SS user: text" in LIVE clock time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CommentRecord] = []
        self._ts: list[int] = []  # the rows' times, for binary search
        self._started_at = 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # a view asks for ~10 roles per painted row
            return None
        return self.row_data(index.row(), role)

    def row_data(self, row: int, role: int) -> Any:
        """``data()`` of a row without building an index (the thin models above this one use it)."""
        if role not in _ROLES:
            return None
        c = self._rows[row]
        if role == _DISPLAY:
            return f"{fmt.clock(c.ts - self._started_at)}  {c.user}: {c.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{c.user} ({c.lang or '?'}): {c.text}"  # the whole text of a comment elided in the list
        if role == TS_ROLE:
            return c.ts
        if role == SEARCH_ROLE:
            return f"{c.user}\n{c.text}"
        if role == RECORD_ROLE:
            return c
        return None

    @property
    def started_at(self) -> int:
        """Start of the LIVE (UTC ms) the clock texts count from."""
        return self._started_at

    def comment(self, row: int) -> CommentRecord:
        """The comment in a row."""
        return self._rows[row]

    def count_until(self, ts: int) -> int:
        """How many comments were written at or before ``ts`` (binary search)."""
        return bisect_right(self._ts, ts)

    def reset(self, comments: Sequence[CommentRecord], started_at: int) -> None:
        """Show a LIVE's comments."""
        self.beginResetModel()
        self._rows = sorted(comments, key=lambda c: c.ts)  # linear when already in order
        self._ts = [c.ts for c in self._rows]
        self._started_at = started_at
        self.endResetModel()

    def append(self, comments: Sequence[CommentRecord]) -> None:
        """Add newer comments (one insert at the end; a late one goes to its place in time)."""
        if not comments:
            return
        ordered = sorted(comments, key=lambda c: c.ts)
        if not self._ts or ordered[0].ts >= self._ts[-1]:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(ordered) - 1)
            self._rows.extend(ordered)
            self._ts.extend(c.ts for c in ordered)
            self.endInsertRows()
            return
        for c in ordered:
            row = bisect_right(self._ts, c.ts)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, c)
            self._ts.insert(row, c.ts)
            self.endInsertRows()


class CommentWindowModel(QAbstractListModel):
    """The first comments of a :class:`CommentListModel`: those written up to a moment, or all of them.

    Moving the moment inserts or removes rows at the end only, so a view keeps its scroll position and a
    position tick costs a binary search plus the rows that changed.
    """

    def __init__(self, source: CommentListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._src = source
        self._until: int | None = None
        self._n = source.rowCount()
        self._inserting = 0  # rows announced before the source inserted them (inside the window)
        source.modelAboutToBeReset.connect(self._on_source_about_to_be_reset)
        source.modelReset.connect(self._on_source_reset)
        source.rowsAboutToBeInserted.connect(self._on_source_rows_about_to_be_inserted)
        source.rowsInserted.connect(self._on_source_rows_inserted)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._n

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= self._n:
            return None
        return self._src.row_data(index.row(), role)

    def until(self) -> int | None:
        """The moment shown up to (UTC ms), or None when every comment is shown."""
        return self._until

    def set_until(self, ts: int | None) -> None:
        """Show the comments written at or before ``ts``; None shows all of them."""
        self._until = ts
        n = self._visible_count()
        if n > self._n:
            self.beginInsertRows(QModelIndex(), self._n, n - 1)
            self._n = n
            self.endInsertRows()
        elif n < self._n:
            self.beginRemoveRows(QModelIndex(), n, self._n - 1)
            self._n = n
            self.endRemoveRows()

    def _visible_count(self) -> int:
        return self._src.rowCount() if self._until is None else self._src.count_until(self._until)

    def _on_source_about_to_be_reset(self) -> None:
        self.beginResetModel()

    def _on_source_reset(self) -> None:
        self._n = self._visible_count()
        self.endResetModel()

    def _on_source_rows_about_to_be_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        # A late comment lands among the shown ones: older than a shown comment, so shown too. Announce it
        # before the source's rows shift under this model's rows.
        if parent.isValid() or first >= self._n:
            return
        self._inserting = last - first + 1
        self.beginInsertRows(QModelIndex(), first, last)

    def _on_source_rows_inserted(self, parent: QModelIndex, first: int, _last: int) -> None:
        if parent.isValid():
            return
        if self._inserting:
            self._n += self._inserting
            self._inserting = 0
            self.endInsertRows()
            return
        # At or after the end of the window, in time order: of the inserted block, the shown ones come first.
        added = self._visible_count() - self._n
        if added <= 0:
            return
        self.beginInsertRows(QModelIndex(), first, first + added - 1)
        self._n += added
        self.endInsertRows()


class CommentSearchModel(QSortFilterProxyModel):
    """Every comment whose text or user contains the query, ignoring case; new comments are filtered as they come."""

    def __init__(self, source: CommentListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str) -> None:
        """Filter by this text ("" shows all comments)."""
        self.setFilterFixedString(text.strip())
