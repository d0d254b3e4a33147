"""A generic Qt table model over a tuple of frozen records, declared by column specs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
RECORD_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2

_ALIGN_NUM = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_TEXT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    """One column: a translatable title, how to show a record, how to sort it.

    Attributes:
        title: untranslated header (declared with QT_TRANSLATE_NOOP in ``context``).
        display: record → text.
        sort_key: record → comparable value (None sorts first); defaults to the display text.
        numeric: right-aligned.
        tooltip: record → tooltip text (e.g. why a value is missing).
    """

    title: str
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[R], str | None] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are immutable records; columns are :class:`ColumnSpec`.

    Sorting goes through a QSortFilterProxyModel using ``SORT_ROLE``.
    """

    def __init__(self, columns: Sequence[ColumnSpec[R]], context: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._context = context
        self._rows: tuple[R, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(row)
        if role == SORT_ROLE:
            key = col.sort_key(row) if col.sort_key else col.display(row)
            return float("-inf") if key is None else key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_NUM if col.numeric else _ALIGN_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == RECORD_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return QCoreApplication.translate(self._context, self._columns[section].title)
        return super().headerData(section, orientation, role)

    def rows(self) -> tuple[R, ...]:
        """The records shown."""
        return self._rows

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace the records; updates in place when only values changed (same row count)."""
        rows = tuple(rows)
        if len(rows) == len(self._rows) and rows:
            old, self._rows = self._rows, rows
            # Announce only the rows whose record changed: a live tick usually touches one or two.
            changed = [i for i, (a, b) in enumerate(zip(old, rows, strict=True))
                       if a != b and not self.looks_the_same(a, b)]
            last_col = len(self._columns) - 1
            for start, end in _runs(changed):
                self.dataChanged.emit(self.index(start, 0), self.index(end, last_col))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def looks_the_same(self, old: R, new: R) -> bool:
        """Whether two different records of a row show the same in every cell and role (then no view is told).

        The default is False: any difference is announced. A model whose records carry fields no cell shows
        says so here, so a change of those alone repaints, re-sorts and re-measures nothing.
        """
        return False

    def retranslate(self) -> None:
        """Re-read the translated headers (after a language change)."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


def _runs(indices: Sequence[int]) -> list[tuple[int, int]]:
    """Contiguous runs of sorted indices, as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs
