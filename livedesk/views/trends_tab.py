"""Performance trends tab: two metrics on one chart with colour-coded event markers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from livedesk.models import metrics as mx
from livedesk.models.records import EventKind
from livedesk.models.repository import SessionSnapshot
from livedesk.views.charts import MARKER_COLORS, RangeSelector, TrendChart
from livedesk.views.metric_picker import MetricPicker
from livedesk.views.panel import SnapshotPanel


class TrendsTab(SnapshotPanel):
    """Two metrics at once; clicking a marker or a point seeks the replay.

    Signals:
        seek_requested: arg: LIVE time (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsTab")
        self.picker_a = MetricPicker("current_viewers")
        self.picker_a.setObjectName("metricPickerA")
        self.picker_b = MetricPicker("gmv")
        self.picker_b.setObjectName("metricPickerB")
        self._range = RangeSelector()
        self.chart = TrendChart()
        self.chart.setObjectName("trendChart")
        self.chart.set_metrics(mx.metric(self.picker_a.key()), mx.metric(self.picker_b.key()))
        self.chart.seek_requested.connect(self.seek_requested)
        self.picker_a.metric_changed.connect(self._on_metrics_changed)
        self.picker_b.metric_changed.connect(self._on_metrics_changed)
        self._range.range_changed.connect(self._on_range_changed)
        self._hint = QLabel()
        self._hint.setObjectName("hint")
        self._hint.setWordWrap(True)
        self._legend = QLabel()
        self._legend.setObjectName("markerLegend")
        top = QHBoxLayout()
        self._label_a, self._label_b = QLabel(), QLabel()
        for w in (self._label_a, self.picker_a, self._label_b, self.picker_b):
            top.addWidget(w)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._legend, 1)
        bottom.addWidget(self._range)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.chart, 1)
        lay.addLayout(bottom)
        lay.addWidget(self._hint)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._label_a.setText(self.tr("Left axis:"))
        self._label_b.setText(self.tr("Right axis:"))
        self._hint.setText(self.tr("Click a marker or a point on a curve to jump the replay to that moment. "
                                   "Additive metrics are shown per trailing minute."))
        names = {EventKind.PRODUCT_PIN: self.tr("Product pin"), EventKind.VIOLATION: self.tr("Violation"),
                 EventKind.GIVEAWAY: self.tr("Promotion / giveaway"), EventKind.ANNOTATION: self.tr("Note")}
        self._legend.setText("   ".join(
            f'<span style="color:{MARKER_COLORS[k]}; font-size:14px">■</span> {text}' for k, text in names.items()))
        self.chart.retranslate_ui()

    def show_metric(self, key: str, seconds: int) -> None:
        """Show ``key`` on the left axis over a range (from the key-metrics tab's link)."""
        self.picker_a.set_key(key)
        self._range.set_seconds(seconds)
        self.chart.set_range(seconds)
        self.mark_dirty()

    def watched(self, snap: SessionSnapshot) -> object:
        """A new token each time: the chart follows every snapshot, so each one repaints."""
        return object()

    def on_position(self, live_ts: int) -> None:
        """The replay moved."""
        self.chart.set_position(live_ts)

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Draw the samples and the event markers."""
        s = snap.session
        self.chart.show_data(snap.samples, s.started_at, s.currency, snap.events)

    def _on_metrics_changed(self, _key: str) -> None:
        self.chart.set_metrics(mx.metric(self.picker_a.key()), mx.metric(self.picker_b.key()))
        self.mark_dirty()
        self.on_frame()

    def _on_range_changed(self, seconds: int) -> None:
        self.chart.set_range(seconds)
        self.mark_dirty()
        self.on_frame()
