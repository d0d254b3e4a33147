"""Table columns as wide as their contents, kept so at the cost of the cells that changed."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

_DIGITS = re.compile(r"\d")


class ColumnFitter(QObject):
    """Keeps a table's columns as wide as their header and their widest cell, as ``ResizeToContents`` would.

    That resize mode measures every cell of the table again after any change of data: for a table a live LIVE
    updates every few seconds, thousands of model calls each time. Here all rows are measured when the rows
    come (a reset, a change of headers or language); after that a changed value can only widen its column,
    and is measured only when its text is at least as long as the longest the column has shown and of a shape
    not measured yet: digits count as one shape, as the digits of UI fonts are equally wide, so "12.3%" after
    "45.6%" is not measured again. The user may still resize a column; the next reset fits it again.

    Args:
        view: the table (its model may be a proxy of ``source``).
        source: the model whose ``dataChanged`` announces new values.
        skip: columns sized otherwise (a stretched one).
    """

    def __init__(self, view: QTableView, source: QAbstractItemModel, skip: Collection[int] = ()) -> None:
        super().__init__(view)
        self._view, self._source, self._skip = view, source, frozenset(skip)
        self._longest: dict[int, int] = {}  # column → the length of the longest text it was fitted to
        self._measured: dict[int, set[tuple[str, str]]] = {}  # column → shapes (and fonts) measured since the fit
        model = view.model()
        model.modelReset.connect(self.fit)
        model.headerDataChanged.connect(self.fit)
        model.rowsInserted.connect(lambda _parent, first, last: self._widen_for_rows(first, last))
        source.dataChanged.connect(lambda tl, br, _roles=(): self._widen_for_changes(tl.row(), br.row()))

    def fit(self) -> None:
        """Every column (but the skipped ones) as wide as its header and its widest cell."""
        model = self._view.model()
        for col in self._columns():
            self._view.resizeColumnToContents(col)
        rows = range(self._source.rowCount())
        self._longest = {col: max((len(self._text(self._source.index(r, col))) for r in rows), default=0)
                         for col in range(model.columnCount())}
        self._measured = {}

    def _columns(self) -> list[int]:
        return [c for c in range(self._view.model().columnCount()) if c not in self._skip]

    @staticmethod
    def _text(index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    @staticmethod
    def _shape(index: QModelIndex, text: str) -> tuple[str, str]:
        """What a cell's width depends on: its text with every digit alike, and its font (a bold row)."""
        font = index.data(Qt.ItemDataRole.FontRole)
        return _DIGITS.sub("0", text), font.key() if isinstance(font, QFont) else ""

    def _widen_for_rows(self, first: int, last: int) -> None:
        """Widen the columns whose cells in (view) rows ``first..last`` need more room (never narrows them)."""
        model = self._view.model()
        for col in self._columns():
            self._widen(col, (model.index(row, col) for row in range(first, last + 1)))

    def _widen_for_changes(self, first: int, last: int) -> None:
        """After new values in (source) rows ``first..last``: widen the columns a longer text needs."""
        model = self._view.model()
        proxy = model if isinstance(model, QAbstractProxyModel) else None
        for col in self._columns():
            longest = self._longest.get(col, 0)
            # a number shorter than the longest one shown is narrower: only those as long or longer are measured
            measured = self._measured.setdefault(col, set())
            candidates = []
            for row in range(first, last + 1):
                index = self._source.index(row, col)
                text = self._text(index)
                if len(text) >= longest and (shape := self._shape(index, text)) not in measured:
                    measured.add(shape)
                    candidates.append(index)
            if candidates:
                self._widen(col, (proxy.mapFromSource(i) for i in candidates) if proxy is not None else candidates)

    def _widen(self, col: int, indexes: Iterable[QModelIndex]) -> None:
        header = self._view.horizontalHeader()
        if header.isSectionHidden(col):
            return
        grid = 1 if self._view.showGrid() else 0
        for index in indexes:
            if not index.isValid():
                continue  # filtered out by a search: measured when it shows again
            need = self._view.sizeHintForIndex(index).width() + grid
            if need > header.sectionSize(col):
                header.resizeSection(col, need)
            self._longest[col] = max(self._longest.get(col, 0), len(self._text(index)))
