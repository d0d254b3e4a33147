"""Traffic sources tab: per-channel breakdown of the selected LIVE."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from livedesk.models.repository import ChannelStat, SessionSnapshot
from livedesk.models.table_model import SORT_ROLE
from livedesk.models.traffic import ChannelTableModel
from livedesk.views.panel import SnapshotPanel


def sortable_table(model: object, object_name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, sortable, keyboard-navigable table view over a record table model."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


class TrafficTab(SnapshotPanel):
    """Channels with their shares of impressions, views and GMV."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trafficTab")
        self.model = ChannelTableModel(self)
        self.table, self._proxy = sortable_table(self.model, "trafficTable")
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self._empty)
        lay = QVBoxLayout(self)
        lay.addWidget(self._heading)
        lay.addWidget(self._stack, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Traffic sources of this LIVE"))
        self._empty.setText(self.tr(
            "No traffic-source data for this LIVE.\nChannel breakdowns come from the TikTok Shop API "
            "(official and marketing accounts) or from a LiveDesk bundle."))
        self.model.retranslate()

    def watched(self, snap: SessionSnapshot) -> tuple[ChannelStat, ...]:
        """The channels."""
        return snap.channels

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the channels, or where they come from when there are none."""
        self.model.set_channels(snap.channels, snap.session.currency)
        self._stack.setCurrentWidget(self.table if snap.channels else self._empty)
