"""Key metrics panel: each traffic channel's share of GMV, impressions and views (each column adds up to 100 %)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livedesk.models.repository import ChannelStat, SessionSnapshot
from livedesk.models.shares import SHARE_ROLE, ChannelShareModel, ShareColumn
from livedesk.views.column_fit import ColumnFitter
from livedesk.views.panel import SnapshotPanel
from livedesk.views.theme import is_dark

BAR_COLOR = QColor(47, 127, 245, 46)  # the chart blue, faint enough to keep the text readable
DARK_BAR_COLOR = QColor(47, 127, 245, 84)  # as faint to the eye on a dark background
ROW_HEIGHT = 20
FIT_ROWS = 10  # channels + total shown without scrolling; more scroll


class ShareBarDelegate(QStyledItemDelegate):
    """Draws a cell's share (``SHARE_ROLE``, 0..1) as a faint bar behind its text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        if isinstance(share, float) and share > 0:
            rect = QRect(option.rect).adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
            rect.setWidth(max(1, round(rect.width() * min(share, 1.0))))
            painter.fillRect(rect, DARK_BAR_COLOR if is_dark() else BAR_COLOR)
        super().paint(painter, option, index)


class TrafficShares(SnapshotPanel):
    """Channels with their shares of GMV, impressions and views, rounded so that each column adds up to 100 %.

    Tooltips on the share cells give the exact share and the absolute value behind it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trafficShares")
        self.model = ChannelShareModel(self)
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self.table = QTableView()
        self.table.setObjectName("trafficSharesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ShareBarDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted below: the figures change every few s
        hh.setSectionResizeMode(ShareColumn.CHANNEL, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(66)
        hh.setHighlightSections(False)
        self._fitter = ColumnFitter(self.table, self.model, skip=(ShareColumn.CHANNEL,))
        self._footnote = QLabel()
        self._footnote.setObjectName("hint")
        self._footnote.setWordWrap(True)
        small = self._footnote.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self._footnote.setFont(small)
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        inner.addWidget(self.table, 1)
        inner.addWidget(self._footnote)
        self._stack = QStackedWidget()
        self._stack.addWidget(content)
        self._stack.addWidget(self._empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._heading)
        lay.addWidget(self._stack, 1)
        self.setMinimumWidth(280)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Traffic source shares"))
        self.table.setAccessibleName(self.tr("Traffic source shares"))
        self._footnote.setText(self.tr("Rounded to add up to 100% per column; hover for exact values."))
        self._footnote.setToolTip(self.tr("Shares are rounded with the largest-remainder method, so the rounded "
                                          "values of each column add up to exactly 100%."))
        self._empty.setText(self.tr(
            "No traffic-source data for this LIVE. Channel shares come from the TikTok Shop API "
            "(official and marketing accounts) or a LiveDesk bundle."))
        self.model.retranslate()
        self.mark_dirty()  # numbers follow the locale too

    def empty_text(self) -> str:
        """The message shown when there is nothing to show."""
        return self._empty.text()

    def is_empty(self) -> bool:
        """True while the empty-state message is shown."""
        return self._stack.currentWidget() is self._empty

    # --- data -----------------------------------------------------------------------------------
    def watched(self, snap: SessionSnapshot) -> tuple[tuple[ChannelStat, ...], str]:
        """The channels and the currency their values are shown in."""
        return snap.channels, snap.session.currency

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the channel shares, or where they come from when there are none."""
        self.model.set_channels(snap.channels, snap.session.currency)
        self._stack.setCurrentIndex(0 if snap.channels else 1)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every row (up to ``FIT_ROWS``), so the total row is not scrolled away."""
        rows = min(self.model.rowCount(), FIT_ROWS)
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + frame)
