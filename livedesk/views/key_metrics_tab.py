"""Key metrics tab: core-data cards with benchmarks, the compact trend and the LIVE's breakdown panels."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import benchmarks as bm
from livedesk.models import metrics as mx
from livedesk.models.history import SessionHistory
from livedesk.models.repository import SessionSnapshot
from livedesk.settings import CARD_METRICS, Settings
from livedesk.views.audience_profile import AudienceProfile
from livedesk.views.benchmark_popup import BenchmarkPopup
from livedesk.views.charts import RangeSelector, TrendChart
from livedesk.views.customize_metrics_dialog import CustomizeMetricsDialog
from livedesk.views.follower_panel import FollowerPanel
from livedesk.views.health_strip import HealthStrip
from livedesk.views.metric_cards import CardGrid
from livedesk.views.panel import SnapshotPanel
from livedesk.views.product_table import ProductTable
from livedesk.views.traffic_shares import TrafficShares

TWO_COLUMN_WIDTH = 1100  # px from which the panels sit side by side
DEFAULT_CARDS = ("gmv", "current_viewers", "views", "viewers", "tap_through_rate", "live_ctr", "ctor_sku",
                 "avg_view_duration", "customers", "new_followers", "watch_gpm", "pcu")


def load_card_keys(settings: Settings) -> tuple[str, ...]:
    """The persisted card choice (unknown keys dropped), or the default one."""
    keys = tuple(k for k in settings.get(CARD_METRICS).split(",") if k in mx.BY_KEY)
    return keys or DEFAULT_CARDS


class CompactTrend(SnapshotPanel):
    """One metric (pencil → picker) over Whole LIVE / Last 30 min / Last 5 min, linked to the trends tab.

    Signals:
        seek_requested: arg: LIVE time (UTC ms)
        open_trends_requested: args: metric key, range seconds
    """

    seek_requested = Signal("qint64")
    open_trends_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compactTrendPanel")
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._pencil = QToolButton()
        self._pencil.setObjectName("compactTrendMetricButton")
        self._pencil.setText("✎")
        self._pencil.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self._actions = QActionGroup(self)
        self._pencil.setMenu(self._menu)
        self.chart = TrendChart(markers=True, compact=True)
        self.chart.setObjectName("compactTrend")
        self.chart.seek_requested.connect(self.seek_requested)
        self._range = RangeSelector()
        self._range.range_changed.connect(self._on_range_changed)
        self._open = QPushButton()
        self._open.setObjectName("openTrendsButton")
        self._open.clicked.connect(self._on_open_clicked)
        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addWidget(self._pencil)
        top.addStretch(1)
        top.addWidget(self._range)
        top.addWidget(self._open)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.chart, 1)
        self._key = "gmv"
        self.chart.set_metrics(mx.metric(self._key), None)
        self.retranslate_ui()

    def metric_key(self) -> str:
        """The metric drawn."""
        return self._key

    def set_metric(self, key: str) -> None:
        """Draw another metric."""
        self._key = key
        self.chart.set_metrics(mx.metric(key), None)
        for act in self._actions.actions():
            act.setChecked(act.data() == key)
        self._heading.setText(self.tr("Trend: {metric}").format(metric=mx.label(mx.metric(key))))
        self.mark_dirty()
        self.on_frame()

    def retranslate_ui(self) -> None:
        """Every visible text, including the picker's metric names."""
        self._pencil.setToolTip(self.tr("Choose the metric"))
        self._open.setText(self.tr("Open in Performance trends"))
        self._menu.clear()
        for act in self._actions.actions():
            self._actions.removeAction(act)
        for group, title in ((mx.Group.TRAFFIC_EXPRESS, self.tr("Traffic express")),
                             (mx.Group.ALL, self.tr("All metrics"))):
            self._menu.addSection(title)
            for m in mx.CATALOGUE:
                if m.group is group:
                    act = QAction(mx.label(m), self._menu, checkable=True)
                    act.setData(m.key)
                    act.setChecked(m.key == self._key)
                    act.triggered.connect(self._on_metric_triggered)
                    self._actions.addAction(act)
                    self._menu.addAction(act)
        self._heading.setText(self.tr("Trend: {metric}").format(metric=mx.label(mx.metric(self._key))))
        self.chart.retranslate_ui()

    def watched(self, snap: SessionSnapshot) -> object:
        """A new token each time: the chart follows every snapshot, so each one repaints."""
        return object()

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Draw the samples and the event markers."""
        s = snap.session
        self.chart.show_data(snap.samples, s.started_at, s.currency, snap.events)

    def _on_metric_triggered(self) -> None:
        act = self.sender()
        if isinstance(act, QAction):
            self.set_metric(str(act.data()))

    def _on_range_changed(self, seconds: int) -> None:
        self.chart.set_range(seconds)
        self.mark_dirty()
        self.on_frame()

    def _on_open_clicked(self) -> None:
        self.open_trends_requested.emit(self._key, self._range.seconds())


class KeyMetricsTab(SnapshotPanel):
    """Core-data cards and the compact trend.

    Signals:
        seek_requested: a moment was clicked. arg: LIVE time (UTC ms)
        open_trends_requested: "open in Performance trends" was pressed. args: metric key, range seconds
    """

    seek_requested = Signal("qint64")
    open_trends_requested = Signal(str, int)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyMetricsTab")
        self._settings = settings
        self._history: SessionHistory | None = None
        self._prefix: bm.PrefixTotals | None = None  # the previous LIVE's running totals (compared every second)
        self._worst: tuple[str, ...] = ()
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._customize = QPushButton()
        self._customize.setObjectName("customizeMetricsButton")
        self._customize.clicked.connect(self.customize)
        self.cards = CardGrid(load_card_keys(settings))
        self.cards.hovered.connect(self._on_card_hovered)
        self.cards.unhovered.connect(self._on_card_unhovered)
        self._popup = BenchmarkPopup(self)
        self.trend = CompactTrend()
        self.trend.seek_requested.connect(self.seek_requested)
        self.trend.open_trends_requested.connect(self.open_trends_requested)
        self.trend.setMinimumHeight(260)
        self.traffic_shares = TrafficShares()
        self.followers = FollowerPanel()
        self.audience = AudienceProfile()
        self.products = ProductTable(settings)
        self.products.seek_requested.connect(self.seek_requested)
        self.products.setMinimumHeight(300)
        self._panels = (self.trend, self.traffic_shares, self.followers, self.audience, self.products)
        self._frame_budget_s: float | None = None
        self._waiting: list[SnapshotPanel] = []  # parts a frame tick left for the next one
        self._painted_whole: int | None = None  # the LIVE whose every part was painted since the tab was shown
        head = QHBoxLayout()
        head.addWidget(self._heading)
        head.addStretch(1)
        head.addWidget(self._customize)
        body = QWidget()
        body.setObjectName("keyMetricsBody")
        self._grid = QGridLayout(body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(14)
        self._grid.addLayout(head, 0, 0, 1, 2)
        self.health = HealthStrip()  # OBS stream health, shown during a LIVE (fed by the app)
        self.health.setVisible(False)
        cards_box = QVBoxLayout()
        cards_box.setSpacing(6)
        cards_box.addWidget(self.cards)
        cards_box.addWidget(self.health)
        self._grid.addLayout(cards_box, 1, 0, 1, 2)
        self._two_columns: bool | None = None
        self._arrange(two_columns=True)
        scroll = QScrollArea()
        scroll.setObjectName("keyMetricsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)
        self.retranslate_ui()

    def _arrange(self, *, two_columns: bool) -> None:
        """Panels side by side on wide screens, one under the other on narrow ones."""
        if two_columns == self._two_columns:
            return
        self._two_columns = two_columns
        for panel in self._panels:
            self._grid.removeWidget(panel)
        top = Qt.AlignmentFlag.AlignTop
        if two_columns:
            self._grid.addWidget(self.trend, 2, 0)
            self._grid.addWidget(self.traffic_shares, 2, 1, top)
            self._grid.addWidget(self.products, 3, 0, 2, 1)
            self._grid.addWidget(self.followers, 3, 1)
            self._grid.addWidget(self.audience, 4, 1)
            self._grid.setColumnStretch(0, 3)
            self._grid.setColumnStretch(1, 2)
        else:
            for row, panel in enumerate((self.trend, self.traffic_shares, self.products, self.followers,
                                         self.audience), start=2):
                self._grid.addWidget(panel, row, 0, 1, 2)
            self._grid.setColumnStretch(0, 1)
            self._grid.setColumnStretch(1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(two_columns=event.size().width() >= TWO_COLUMN_WIDTH)
        super().resizeEvent(event)

    # --- cards ----------------------------------------------------------------------------------
    def card_keys(self) -> tuple[str, ...]:
        """The metrics shown as cards."""
        return self.cards.keys()

    def set_card_keys(self, keys: Sequence[str]) -> None:
        """Show these metrics (at most 16) and remember the choice."""
        self.cards.set_keys(keys)
        self._settings.set(CARD_METRICS, ",".join(self.cards.keys()))
        self.mark_dirty()
        self.retranslate_ui()
        self.on_frame()

    def customize(self) -> None:
        """Open the customise dialog and apply the choice."""
        dialog = CustomizeMetricsDialog(self.card_keys(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self.set_card_keys(dialog.chosen())

    def worst_keys(self) -> tuple[str, ...]:
        """The (up to) 3 worst metrics, worst first."""
        return self._worst

    # --- translation ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every visible text."""
        live = self._snapshot is not None and self._snapshot.session.is_live
        self._heading.setText(self.tr("Core data · live, updated every second") if live
                              else self.tr("Core data · whole LIVE"))
        self._customize.setText(self.tr("Customize…"))
        self._customize.setToolTip(self.tr("Choose up to 16 metrics to show as cards"))
        for card in self.cards.cards():
            card.retranslate_ui()

    # --- data -----------------------------------------------------------------------------------
    def watched(self, snap: SessionSnapshot) -> object:
        """A new token each time: the cards total every sample, so each snapshot repaints."""
        return object()

    def on_snapshot(self, snap: SessionSnapshot) -> None:
        """Take a new snapshot and hand it to the panels; the repaint happens on the next frame tick."""
        was = self._snapshot
        super().on_snapshot(snap)
        if was is None or was.session.id != snap.session.id:
            self._history = None
            self._prefix = None
            self._popup.hide()
        if was is None or was.session.is_live != snap.session.is_live:
            self.retranslate_ui()
            self.health.setVisible(snap.session.is_live)
        for panel in self._panels:
            panel.on_snapshot(snap)

    def on_history(self, history: SessionHistory) -> None:
        """The LIVE's 14-day context arrived."""
        if self._snapshot is not None and history.session_id == self._snapshot.session.id:
            self._history = history
            prev = history.previous_samples
            self._prefix = bm.PrefixTotals(prev) if prev is not None and self._snapshot.session.is_live else None
            self.mark_dirty()

    def set_frame_budget(self, seconds: float | None) -> None:
        """Spread a frame tick's repaints over several frame ticks once they took ``seconds`` (None: never).

        A live second can make several parts due at once (the cards, the trend moving by a pixel, the tables
        re-read every few seconds): with a budget, the parts left over repaint on the next frame tick (the
        window's come every 50 ms) instead of making one long frame. Whatever waits goes first next time.
        A LIVE just opened, or the tab just shown, is painted whole at once.
        """
        self._frame_budget_s = seconds

    def on_frame(self) -> None:
        """Repaint the visible, dirty parts (the data rate is not the paint rate): the cards, then the panels."""
        started = time.perf_counter()
        visible, snap = self.isVisible(), self._snapshot
        painted = snap is not None and self._painted_whole == snap.session.id  # else: paint every part now
        budget = self._frame_budget_s if painted and visible else None
        parts: list[SnapshotPanel] = [self, *self._panels]
        waiting = [p for p in self._waiting if p in parts]  # left over by the previous frame: first now
        self._waiting = []
        order = waiting + [p for p in parts if p not in waiting]
        for i, part in enumerate(order):
            if i and budget is not None and time.perf_counter() - started > budget:
                self._waiting = [p for p in order[i:] if p.is_dirty()]  # the next frame's
                break
            if part is self:
                super().on_frame()
            else:
                part.on_frame()
        if visible and snap is not None:
            self._painted_whole = snap.session.id

    def hideEvent(self, event: QHideEvent) -> None:
        self._painted_whole = None  # shown again: paint every part at once
        super().hideEvent(event)

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Show each card's value, its change and how it compares with the benchmarks."""
        s = snap.session
        totals = snap.whole_totals()
        end = s.started_at + int((totals.window_s or 0) * 1000)
        keys = self.cards.keys()
        # A "right now" figure (current viewers) means nothing once the LIVE is over.
        values = {k: None if not s.is_live and mx.metric(k).aggregation is mx.Aggregation.LAST
                  else mx.value(mx.metric(k), totals) for k in keys}
        lives = self._history.lives if self._history else ()
        devs = bm.deviations(keys, values, snap.benchmarks, lives, live=s.is_live)
        self._worst = bm.worst(devs)
        prev = bm.previous_values(keys, self._history, live=s.is_live, elapsed_ms=end - s.started_at,
                                  prefix=self._prefix)
        why = self.tr("Not provided by this source ({source})").format(source=s.source)
        ended = self.tr("Only shown while the LIVE runs")
        for card in self.cards.cards():
            k = card.card_metric.key
            reason = ended if not s.is_live and card.card_metric.aggregation is mx.Aggregation.LAST else why
            card.show_value(values[k], s.currency, bm.change(values[k], prev.get(k)), devs.get(k),
                            k in self._worst, reason)

    def _on_card_hovered(self, key: str) -> None:
        snap, history = self._snapshot, self._history
        if snap is None or history is None or snap.session.is_live or key not in self._worst:
            return
        card = self.cards.card(key)
        if card is not None:
            self._popup.show_for(card, mx.metric(key), history, snap.session.currency, snap.benchmarks.get(key))

    def _on_card_unhovered(self, key: str) -> None:
        if self._popup.metric_key() == key:
            self._popup.hide()

    def has_history(self) -> bool:
        """Whether the LIVE's 14-day context has arrived."""
        return self._history is not None

    def popup(self) -> BenchmarkPopup:
        """The 14-day trend popup (tests)."""
        return self._popup


__all__ = ["DEFAULT_CARDS", "CompactTrend", "KeyMetricsTab", "load_card_keys"]
