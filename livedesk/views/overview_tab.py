"""Overview tab: performance across LIVEs over a date range."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models.history import SessionTotals
from livedesk.models.overview import OverviewTableModel, summarize
from livedesk.models.table_model import RECORD_ROLE
from livedesk.views.traffic_tab import sortable_table

PRESET_DAYS = (7, 14, 30, 0)  # 0 = every cached LIVE


class OverviewTab(QWidget):
    """Summary cards and one row per LIVE for the chosen range.

    Signals:
        range_requested: totals are needed for LIVEs started in [since, until). args: since ms or None,
            until ms or None
        session_requested: a LIVE was activated in the table. arg: session id
    """

    range_requested = Signal(object, object)
    session_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._preset = QComboBox()
        self._preset.setObjectName("overviewRange")
        self._preset.currentIndexChanged.connect(self.request)
        self._range_label = QLabel()
        self.model = OverviewTableModel(self)
        self.table, self._proxy = sortable_table(self.model, "overviewTable")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._on_activated)
        self._summary_box = QWidget()
        self._summary_box.setObjectName("overviewSummary")
        grid = QGridLayout(self._summary_box)
        self._summary: dict[str, tuple[QLabel, QLabel]] = {}
        for i, key in enumerate(("lives", "hours", "gmv", "views", "viewers", "conversion", "duration")):
            frame = QFrame()
            frame.setObjectName("summaryCard")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            title, val = QLabel(), QLabel(fmt.MISSING)
            title.setObjectName("cardTitle")
            title.setWordWrap(True)
            val.setObjectName("cardValue")
            fl = QVBoxLayout(frame)
            fl.addWidget(title)
            fl.addWidget(val)
            grid.addWidget(frame, i // 4, i % 4)
            self._summary[key] = (title, val)
        self._hint = QLabel()
        top = QHBoxLayout()
        self._range_title = QLabel()
        top.addWidget(self._range_title)
        top.addWidget(self._preset)
        top.addWidget(self._range_label, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self._summary_box)
        lay.addWidget(self.table, 1)
        lay.addWidget(self._hint)
        self._rows: tuple[SessionTotals, ...] = ()
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._range_title.setText(self.tr("Range:"))
        index = max(self._preset.currentIndex(), 1)
        self._preset.blockSignals(True)
        self._preset.clear()
        for days in PRESET_DAYS:
            self._preset.addItem(self.tr("Last %n day(s)", "", days) if days else self.tr("All cached LIVEs"))
        self._preset.setCurrentIndex(index)
        self._preset.blockSignals(False)
        titles = {"lives": self.tr("LIVEs"), "hours": self.tr("Hours live"), "gmv": self.tr("GMV"),
                  "views": self.tr("Views"), "viewers": self.tr("Viewers"),
                  "conversion": self.tr("Conversion"),
                  "duration": self.tr("Avg. viewing duration")}
        for key, (title, _) in self._summary.items():
            title.setText(titles[key])
        self._summary["conversion"][0].setToolTip(self.tr("Customers ÷ viewers over the range"))
        self._hint.setText(self.tr("Double-click or press Enter on a LIVE to open it. "
                                   "The current day is incomplete while a LIVE runs."))
        self.model.retranslate()

    def request(self) -> None:
        """Ask for the totals of the chosen range."""
        days = PRESET_DAYS[max(self._preset.currentIndex(), 0)]
        since = int((time.time() - days * 86400) * 1000) if days else None
        self.range_requested.emit(since, None)

    def on_totals(self, _request_id: int, rows: Sequence[SessionTotals]) -> None:
        """Show the totals that arrived."""
        self._rows = tuple(rows)
        self.model.set_rows(self._rows)
        s = summarize(self._rows)
        values = {"lives": fmt.count(s.lives), "hours": fmt.duration(s.hours * 3600),
                  "gmv": fmt.money(s.gmv, s.currency), "views": fmt.count(s.views, compact=True),
                  "viewers": fmt.count(s.viewers, compact=True), "conversion": fmt.percent(s.conversion),
                  "duration": fmt.duration(s.avg_view_duration)}
        for key, (_, val) in self._summary.items():
            val.setText(values[key])

    def on_frame(self) -> None:
        """Nothing to repaint per frame: totals arrive as a whole."""

    def _on_activated(self, index: object) -> None:
        row = self._proxy.data(index, RECORD_ROLE)  # type: ignore[arg-type]
        if row is not None and row.session.id is not None:
            self.session_requested.emit(row.session.id)
