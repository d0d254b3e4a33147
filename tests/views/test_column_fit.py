"""Columns fitted to their contents without measuring the whole table on every change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from livedesk.models.table_model import ColumnSpec, RecordTableModel
from livedesk.views.column_fit import ColumnFitter


@dataclass(frozen=True)
class Row:
    name: str
    value: int


class CountingModel(RecordTableModel[Row]):
    """Counts the display texts asked for."""

    def __init__(self) -> None:
        super().__init__((ColumnSpec("Name", lambda r: r.name),
                          ColumnSpec("Value", lambda r: f"{r.value:,}", numeric=True)), "Test")
        self.asked = 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            self.asked += 1
        return super().data(index, role)


def rows(n: int, **values: int) -> tuple[Row, ...]:
    return tuple(Row(f"product {i}", values.get(f"p{i}", 10 + i)) for i in range(n))


def make(qtbot: QtBot, proxy: bool) -> tuple[QTableView, CountingModel]:
    model = CountingModel()
    view = QTableView()
    qtbot.addWidget(view)
    shown: Any = model
    if proxy:
        shown = QSortFilterProxyModel(view)
        shown.setSourceModel(model)
        view.setSortingEnabled(True)
    view.setModel(shown)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    ColumnFitter(view, model)
    view.resize(500, 300)
    view.show()
    return view, model


def test_columns_fit_new_rows_and_widen_for_longer_values_only(qtbot: QtBot) -> None:
    for proxy in (False, True):
        view, model = make(qtbot, proxy)
        header = view.horizontalHeader()
        model.set_rows(rows(200))  # a reset: every row measured
        for col in (0, 1):
            assert header.sectionSize(col) >= max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
        narrow = header.sectionSize(1)
        model.asked = 0
        model.set_rows(rows(200, p7=18))  # one value changed, no longer than those shown: nothing is measured
        assert header.sectionSize(1) == narrow and model.asked <= 2  # its two texts are read, no cell measured
        model.set_rows(rows(200, p7=12_345_678_901))  # a much longer one widens its column
        wide = header.sectionSize(1)
        assert wide > narrow and wide >= view.sizeHintForColumn(1)
        model.set_rows(rows(200))  # shorter again: the column keeps its width (no jumping)
        assert header.sectionSize(1) == wide
        model.set_rows(rows(201))  # a new row count: fitted afresh
        assert header.sectionSize(1) == max(view.sizeHintForColumn(1), header.sectionSizeHint(1))
