"""Traffic sources tab: the per-channel breakdown of the selected LIVE, a comparison of the ticked channels'
trends, the videos that brought traffic into the LIVE, and the most under-used channel.

Layout: the breakdown table (a total row kept last whatever the sort) with the insight line under it; below, a
splitter with the channel comparison chart (left) and the video ranking (right).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.records import Channel, SessionRef
from livedesk.models.repository import SessionSnapshot
from livedesk.models.table_model import SORT_ROLE
from livedesk.models.traffic import (
    MAX_TICKS,
    MIN_RATIO,
    ChannelInsight,
    ChannelMetric,
    ChannelTableModel,
    Col,
    InsightRate,
    TotalLastProxyModel,
    channel_color,
    channel_label,
    channel_metric_name,
    default_ticks,
    underused_channel,
)
from livedesk.models.video_traffic import RankKey, VideoCol, VideoTrafficModel, rank_key_name
from livedesk.views.channel_chart import ChannelTrendChart
from livedesk.views.panel import SnapshotPanel
from livedesk.views.theme import bind_style_sheet

ROW_HEIGHT = 24
FIT_ROWS = 10  # channels + total shown without scrolling; more scroll
CHART_METRICS = (ChannelMetric.IMPRESSIONS, ChannelMetric.GMV, ChannelMetric.VIEWS)


def sortable_table(model: object, object_name: str,
                   proxy: QSortFilterProxyModel | None = None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, sortable, keyboard-navigable table view over a record table model."""
    if proxy is None:
        proxy = QSortFilterProxyModel()
        proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
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


def _empty_label() -> QLabel:
    label = QLabel()
    label.setObjectName("emptyState")  # styled by the theme
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class TrafficTab(SnapshotPanel):
    """Channels with their shares and rates, their trends compared, and the videos that sent traffic.

    Attributes:
        model: the channel breakdown (ticks included); ``table`` shows it through a total-last proxy.
        chart: the comparison of the ticked channels; ``metric_selector`` picks its metric.
        video_model: the ranked videos; ``video_table`` shows them, ``rank_selector`` picks the ranking.
        insight_label: the sentence naming the most under-used channel.
        empty_label, chart_empty_label, video_empty_label: shown instead of the table, the chart and the video
            table when there is nothing to show, saying which source fills them (or how to tick a channel).
        tick_message: says why a tick was refused (empty otherwise).

    Signals:
        seek_requested: a moment on the channel chart was clicked. arg: LIVE time (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trafficTab")
        self._session: SessionRef | None = None  # the LIVE painted last
        self._defaults_pending = True  # tick the top channels once the LIVE has some
        self._refused: str | None = None  # the channel whose tick was refused last

        # --- the breakdown table ----------------------------------------------------------------------
        self.model = ChannelTableModel(self)
        self.table, self._proxy = sortable_table(self.model, "trafficTable", TotalLastProxyModel(self))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setMinimumSectionSize(48)
        self.table.sortByColumn(Col.IMPRESSIONS, Qt.SortOrder.DescendingOrder)
        self.table.installEventFilter(self)
        self.model.ticks_changed.connect(self._on_ticks_changed)
        self.model.tick_refused.connect(self._on_tick_refused)
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self.insight_label = QLabel()
        self.insight_label.setObjectName("trafficInsight")
        self.insight_label.setWordWrap(True)
        self.insight_label.setTextFormat(Qt.TextFormat.PlainText)
        self.insight_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bind_style_sheet(self.insight_label, lambda c: (
            f"QLabel {{ background: {c.warning_background}; border: 1px solid {c.warning_border}; "
            "border-radius: 4px; padding: 5px 8px; }"))
        self.empty_label = _empty_label()
        table_page = QWidget()
        table_lay = QVBoxLayout(table_page)
        table_lay.setContentsMargins(0, 0, 0, 0)
        table_lay.setSpacing(4)
        table_lay.addWidget(self.table)
        table_lay.addWidget(self.insight_label)
        self._stack = QStackedWidget()
        self._stack.addWidget(table_page)
        self._stack.addWidget(self.empty_label)

        # --- the channel comparison -------------------------------------------------------------------
        self._chart_heading = QLabel()
        self._chart_heading.setObjectName("sectionHeading")
        self.metric_selector = QComboBox()
        self.metric_selector.setObjectName("channelMetricSelector")
        self.metric_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for metric in CHART_METRICS:
            self.metric_selector.addItem("", metric.value)
        self.metric_selector.currentIndexChanged.connect(self._on_metric_changed)
        self._metric_label = QLabel()
        self._metric_label.setBuddy(self.metric_selector)
        self.chart = ChannelTrendChart()
        self.chart.setObjectName("channelTrendChart")
        self.chart.seek_requested.connect(self.seek_requested)
        self._chart_hint = QLabel()
        self._chart_hint.setObjectName("hint")
        self._chart_hint.setWordWrap(True)
        self.tick_message = QLabel()
        self.tick_message.setObjectName("tickMessage")
        self.tick_message.setWordWrap(True)
        bind_style_sheet(self.tick_message, lambda c: f"color: {c.error}; font-weight: bold;")
        self.tick_message.hide()
        self.chart_empty_label = _empty_label()
        self._chart_stack = QStackedWidget()
        self._chart_stack.addWidget(self.chart)
        self._chart_stack.addWidget(self.chart_empty_label)
        chart_top = QHBoxLayout()
        chart_top.addWidget(self._chart_heading)
        chart_top.addStretch(1)
        chart_top.addWidget(self._metric_label)
        chart_top.addWidget(self.metric_selector)
        chart_box = QWidget()
        chart_box.setObjectName("channelComparison")
        chart_lay = QVBoxLayout(chart_box)
        chart_lay.setContentsMargins(0, 0, 6, 0)
        chart_lay.addLayout(chart_top)
        chart_lay.addWidget(self.tick_message)
        chart_lay.addWidget(self._chart_stack, 1)
        chart_lay.addWidget(self._chart_hint)

        # --- the videos -------------------------------------------------------------------------------
        self._video_heading = QLabel()
        self._video_heading.setObjectName("sectionHeading")
        self.rank_selector = QComboBox()
        self.rank_selector.setObjectName("videoRankSelector")
        self.rank_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in RankKey:
            self.rank_selector.addItem("", int(key))
        self.rank_selector.currentIndexChanged.connect(self._on_rank_changed)
        self._rank_label = QLabel()
        self._rank_label.setBuddy(self.rank_selector)
        self.video_model = VideoTrafficModel(self)
        self.video_table, self._video_proxy = sortable_table(self.video_model, "videoTrafficTable")
        self.video_table.setTabKeyNavigation(False)
        self.video_table.setWordWrap(True)  # titles take two lines rather than being cut
        self.video_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vvh = self.video_table.verticalHeader()
        vvh.setMinimumSectionSize(ROW_HEIGHT)
        vvh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vhh = self.video_table.horizontalHeader()
        vhh.setStretchLastSection(False)
        vhh.setSectionResizeMode(VideoCol.TITLE, QHeaderView.ResizeMode.Stretch)
        vhh.setMinimumSectionSize(40)
        self.video_table.sortByColumn(VideoCol.RANK, Qt.SortOrder.AscendingOrder)
        self.video_empty_label = _empty_label()
        self._video_stack = QStackedWidget()
        self._video_stack.addWidget(self.video_table)
        self._video_stack.addWidget(self.video_empty_label)
        video_top = QHBoxLayout()
        video_top.addWidget(self._video_heading)
        video_top.addStretch(1)
        video_top.addWidget(self._rank_label)
        video_top.addWidget(self.rank_selector)
        video_box = QWidget()
        video_box.setObjectName("videoTraffic")
        video_lay = QVBoxLayout(video_box)
        video_lay.setContentsMargins(6, 0, 0, 0)
        video_lay.addLayout(video_top)
        video_lay.addWidget(self._video_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("trafficSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(chart_box)
        self.splitter.addWidget(video_box)
        # the video ranking gets the larger share: its titles need the width (at 1280 px they wrapped word by word)
        self.splitter.setStretchFactor(0, 9)
        self.splitter.setStretchFactor(1, 11)
        self.splitter.setSizes([450, 550])

        lay = QVBoxLayout(self)
        lay.addWidget(self._heading)
        lay.addWidget(self._stack)
        lay.addSpacing(6)
        lay.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.table, self.metric_selector)
        QWidget.setTabOrder(self.metric_selector, self.rank_selector)
        QWidget.setTabOrder(self.rank_selector, self.video_table)
        self._fit_table()
        self.retranslate_ui()

    # --- language ---------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Traffic sources of this LIVE"))
        self.video_table.setAccessibleName(self.tr("Video traffic to this LIVE"))
        self.empty_label.setText(self.tr(
            "No traffic-source data for this LIVE.\nChannel breakdowns come from the TikTok Shop API "
            "(official and marketing accounts) or from a LiveDesk bundle."))
        self.table.setToolTip(self.tr(
            "Tick up to {n} channels (click the box or press Space) to compare them on the chart. "
            "The total row stays last whatever the sort.").format(n=MAX_TICKS))
        self._chart_heading.setText(self.tr("Channel comparison"))
        self._metric_label.setText(self.tr("Chart &metric:"))
        for i, metric in enumerate(CHART_METRICS):
            self.metric_selector.setItemText(i, channel_metric_name(metric))
        self.metric_selector.setToolTip(self.tr("What the chart draws for each ticked channel, per minute"))
        self._chart_hint.setText(self.tr(
            "Tick up to {n} channels in the table (Space toggles the selected row). Values are per minute, a "
            "dotted end is a minute not yet complete; click the chart to jump the replay to that moment.").format(
            n=MAX_TICKS))
        self._update_chart_empty()
        self._video_heading.setText(self.tr("Video traffic to LIVE"))
        self._rank_label.setText(self.tr("&Rank by:"))
        for key in RankKey:
            self.rank_selector.setItemText(int(key), rank_key_name(key))
        self.rank_selector.setToolTip(self.tr("Rank the videos by the traffic or sales they brought"))
        self.video_empty_label.setText(self.tr(
            "No video traffic for this LIVE.\nThe short videos that brought viewers in come from the TikTok Shop "
            "API or from a LiveDesk bundle."))
        self.model.retranslate()
        self.video_model.retranslate()
        self._update_tick_message()
        self._update_insight()

    # --- data -------------------------------------------------------------------------------------------
    def watched(self, snap: SessionSnapshot) -> tuple[object, ...]:
        """The channels, their series (a new tuple when re-read), the videos and the currency."""
        return snap.channels, id(snap.channel_series), snap.videos, snap.session.currency

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the channels, their trends and the videos, or which source fills each when there are none."""
        if snap.session.ref != self._session:  # another LIVE: back to the default ticks
            self._session = snap.session.ref
            self._defaults_pending = True
            self._refused = None
            self._update_tick_message()
        currency = snap.session.currency
        self.model.set_channels(snap.channels, currency)
        self._stack.setCurrentIndex(0 if snap.channels else 1)
        self._fit_table()
        if self._defaults_pending:
            picks = default_ticks(snap.channels)
            self._defaults_pending = not picks
            self.model.set_ticks(picks)  # draws the chart when the ticks change
        self._draw_chart()
        self._update_insight()
        self.video_model.set_videos(snap.videos, currency)
        self._video_stack.setCurrentIndex(0 if snap.videos else 1)

    def _fit_table(self) -> None:
        """Tall enough for every row (up to ``FIT_ROWS``): the total row is never scrolled away."""
        rows = max(min(self.model.rowCount(), FIT_ROWS), 3)
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader()
        columns = sum(max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c)) for c in range(header.count()))
        too_wide = columns > self.table.width() - frame  # a horizontal scroll bar will show
        scroll = self.table.horizontalScrollBar().sizeHint().height() if too_wide else 0
        height = self.table.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + frame + scroll
        self.table.setFixedHeight(height)

    def _metric(self) -> ChannelMetric:
        return ChannelMetric(self.metric_selector.currentData())

    def _draw_chart(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        kinds = {c.channel_raw: c.channel for c in snap.channels}
        channels = [(name, channel_color(name, kinds.get(name, Channel.OTHER))) for name in self.model.ticks()]
        s = snap.session
        end = s.ended_at if s.ended_at is not None else snap.last_ts + s.sample_interval_ms
        self.chart.show_series(snap.channel_series, channels, self._metric(), s.started_at, s.currency, end)
        self._update_chart_empty()

    def _update_chart_empty(self) -> None:
        """The chart, or why there is none: no series for this LIVE, or no channel ticked."""
        snap = self.snapshot
        if snap is not None and not snap.channel_series:
            self.chart_empty_label.setText(self.tr(
                "No per-channel trend for this LIVE.\nChannel time series come from the TikTok Shop API "
                "(official and marketing accounts) or from a LiveDesk bundle."))
        elif snap is not None and not self.model.ticks():
            self.chart_empty_label.setText(self.tr(
                "No channel ticked.\nTick up to {n} channels in the table above to compare their trends.").format(
                n=MAX_TICKS))
        else:
            self._chart_stack.setCurrentWidget(self.chart)
            self._chart_hint.show()
            return
        self._chart_stack.setCurrentWidget(self.chart_empty_label)
        self._chart_hint.hide()  # it explains the chart, which is not there

    def _on_ticks_changed(self, _ticks: tuple[str, ...]) -> None:
        if self._refused is not None:
            self._refused = None
            self._update_tick_message()
        self._draw_chart()

    def _on_tick_refused(self, name: str) -> None:
        self._refused = name
        self._update_tick_message()

    def _update_tick_message(self) -> None:
        if self._refused is None:
            self.tick_message.clear()
            self.tick_message.hide()
            return
        self.tick_message.setText(self.tr(
            "“{channel}” was not ticked: the chart compares at most {n} channels. Untick one first.").format(
            channel=self._refused, n=MAX_TICKS))
        self.tick_message.show()

    def _on_metric_changed(self, _index: int) -> None:
        self._draw_chart()

    def _on_rank_changed(self, _index: int) -> None:
        self.video_model.set_rank_key(RankKey(self.rank_selector.currentData()))
        self.video_table.sortByColumn(VideoCol.RANK, Qt.SortOrder.AscendingOrder)

    # --- the insight ------------------------------------------------------------------------------------
    def insight_text(self) -> str:
        """The insight sentence for the LIVE shown."""
        return self.insight_label.text()

    def _update_insight(self) -> None:
        snap = self.snapshot
        if snap is None or not snap.channels:
            self.insight_label.clear()
            return
        self.insight_label.setText(self._insight_sentence(underused_channel(snap.channels)))

    def _insight_sentence(self, found: ChannelInsight | None) -> str:
        if found is None:
            return self.tr(
                "No under-used channel: none of the channels with a below-median share of impressions taps "
                "through or converts at least {ratio} better than this LIVE's average.").format(
                ratio=_factor(MIN_RATIO))
        what = {
            InsightRate.TAP_THROUGH: self.tr("taps through {ratio} better than average (tap-through {rate} vs "
                                             "{average})"),
            InsightRate.CTOR: self.tr("converts clicks to orders {ratio} better than average (CTOR {rate} vs "
                                      "{average})"),
            InsightRate.ORDER_RATE: self.tr("converts views to orders {ratio} better than average (order rate "
                                            "{rate} vs {average})"),
        }[found.rate_kind].format(ratio=_factor(found.ratio), rate=fmt.percent(found.rate),
                                  average=fmt.percent(found.average))
        return self.tr(
            "Under-used channel: {channel} {what} but brings only {share} of impressions (median channel: "
            "{median}) — worth sending more traffic through it.").format(
            channel=channel_label(found.channel), what=what, share=fmt.percent(found.impressions_share, decimals=1),
            median=fmt.percent(found.median_share, decimals=1))

    # --- keyboard ---------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on the breakdown table toggles the tick of the current row (whatever its column)."""
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_table()
        elif watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            current = self.table.currentIndex()
            if current.isValid():
                self.model.toggle(self._proxy.mapToSource(current).row())
            return True
        return super().eventFilter(watched, event)


def _factor(value: float) -> str:
    """A ratio as "2.1×" in the current locale."""
    return QLocale().toString(value, "f", 1) + "×"
