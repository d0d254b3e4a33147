"""Traffic sources tab: per-channel breakdown of the selected LIVE."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from livedesk.models.repository import SessionSnapshot
from livedesk.models.table_model import SORT_ROLE
from livedesk.models.traffic import ChannelTableModel


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


class TrafficTab(QWidget):
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
        self._snapshot: SessionSnapshot | None = None
        self._dirty = False
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Traffic sources of this LIVE"))
        self._empty.setText(self.tr(
            "No traffic-source data for this LIVE.\nChannel breakdowns come from the TikTok Shop API "
            "(official and marketing accounts) or from a LiveDesk bundle."))
        self.model.retranslate()

    def on_snapshot(self, snap: SessionSnapshot) -> None:
        """Take a new snapshot."""
        changed = self._snapshot is None or snap.channels != self._snapshot.channels
        self._snapshot = snap
        self._dirty = self._dirty or changed

    def on_frame(self) -> None:
        """Repaint if visible and dirty."""
        if not self._dirty or not self.isVisible() or self._snapshot is None:
            return
        self._dirty = False
        snap = self._snapshot
        self.model.set_channels(snap.channels, snap.session.currency)
        self._stack.setCurrentWidget(self.table if snap.channels else self._empty)
