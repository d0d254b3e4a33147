"""The trend chart: up to two metrics on one LIVE-clock x axis, event markers, replay position line.

Plot items are created once and fed numpy arrays on the frame tick; pyqtgraph draws the min/max envelope
(peak downsampling) of the visible range only, so a 12-hour LIVE at 1 s stays fluid.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models.records import EventKind, EventRecord
from livedesk.models.repository import SampleArrays

CURVE_COLORS = ("#2f7ff5", "#f59f2f")
MARKER_COLORS = {
    EventKind.PRODUCT_PIN: "#22a06b",
    EventKind.PRODUCT_UNPIN: "#22a06b",
    EventKind.VIOLATION: "#e5484d",
    EventKind.PROMOTION: "#8e4ec6",
    EventKind.GIVEAWAY: "#8e4ec6",
    EventKind.FLASH_SALE: "#8e4ec6",
    EventKind.ANNOTATION: "#646464",
    EventKind.LIVE_PAUSE: "#a0a0a0",
    EventKind.LIVE_END: "#a0a0a0",
}

RANGE_WHOLE, RANGE_30, RANGE_5 = 0, 30 * 60, 5 * 60


class LiveClockAxis(pg.AxisItem):
    """x axis labelled in LIVE clock time (H:MM:SS since the start)."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [fmt.clock(v * 1000) for v in values]


class ValueAxis(pg.AxisItem):
    """y axis labelled in a metric's unit."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.metric: mx.Metric | None = None
        self.currency = "USD"

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        m = self.metric
        if m is None:
            return [str(v) for v in values]
        return [fmt.metric_value(m, v, self.currency, compact=True) for v in values]


class TrendChart(QWidget):
    """Two metrics over a LIVE with markers; clicks seek the replay.

    Signals:
        seek_requested: the user clicked a moment. arg: LIVE time (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, *, markers: bool = True, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bottom = LiveClockAxis("bottom")
        self._left, self._right = ValueAxis("left"), ValueAxis("right")
        self._plot = pg.PlotWidget(axisItems={"bottom": self._bottom, "left": self._left})
        self._plot.setBackground("w")
        self._plot.setMenuEnabled(False)
        item = self._plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.hideButtons()
        self._curve_a = item.plot(pen=pg.mkPen(CURVE_COLORS[0], width=2), connect="finite")
        self._vb_b = pg.ViewBox()
        item.scene().addItem(self._vb_b)
        item.layout.addItem(self._right, 2, 3)
        self._right.linkToView(self._vb_b)
        self._vb_b.setXLink(item.vb)
        self._curve_b = pg.PlotDataItem(pen=pg.mkPen(CURVE_COLORS[1], width=2), connect="finite")
        self._curve_b.setDownsampling(auto=True, method="peak")
        self._curve_b.setClipToView(True)
        self._vb_b.addItem(self._curve_b)
        item.vb.sigResized.connect(self._sync_views)
        self._legend = item.addLegend(offset=(10, 5), labelTextColor="#333")
        self._position = pg.InfiniteLine(angle=90, pen=pg.mkPen("#111", width=1, style=Qt.PenStyle.DashLine))
        self._position.setVisible(False)
        item.addItem(self._position, ignoreBounds=True)
        self._marker_items: list[pg.InfiniteLine] = []
        self._with_markers = markers
        self._compact = compact
        if compact:
            self._plot.setMinimumHeight(140)
        self._plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._metric_a: mx.Metric | None = None
        self._metric_b: mx.Metric | None = None
        self._started_at = 0
        self._range = RANGE_WHOLE
        self._events: tuple[EventRecord, ...] = ()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._plot)

    # --- configuration ----------------------------------------------------------------------------
    def set_metrics(self, a: mx.Metric, b: mx.Metric | None) -> None:
        """Choose the metric(s) drawn; the labels follow the UI language."""
        self._metric_a, self._metric_b = a, b
        self._left.metric, self._right.metric = a, b
        self._right.setVisible(b is not None)
        self._curve_b.setVisible(b is not None)
        self.retranslate_ui()

    def metrics(self) -> tuple[mx.Metric | None, mx.Metric | None]:
        """The metrics drawn."""
        return self._metric_a, self._metric_b

    def set_range(self, seconds: int) -> None:
        """Whole LIVE (0) or the last N seconds."""
        self._range = seconds

    def retranslate_ui(self) -> None:
        """Legend labels in the current language."""
        for curve, m in ((self._curve_a, self._metric_a), (self._curve_b, self._metric_b)):
            self._legend.removeItem(curve)
            if m is not None:
                self._legend.addItem(curve, mx.label(m))

    # --- data -----------------------------------------------------------------------------------
    def show_data(self, samples: SampleArrays, started_at: int, currency: str,
                  events: Sequence[EventRecord] = ()) -> None:
        """Redraw from a session's samples (called on the frame tick, not per data row)."""
        self._started_at = started_at
        self._left.currency = self._right.currency = currency
        x = (samples.ts - started_at) / 1000.0
        for curve, m in ((self._curve_a, self._metric_a), (self._curve_b, self._metric_b)):
            if m is None:
                continue
            y = mx.rolling(m, samples.columns) if len(samples) else np.empty(0)
            curve.setData(x, y)
        if self._with_markers and tuple(events) != self._events:
            self._set_markers(events)
        if x.size:
            end = float(x[-1])
            start = 0.0 if self._range == RANGE_WHOLE else max(end - self._range, 0.0)
            self._plot.setXRange(start, max(end, start + 1), padding=0.01)
            self._autoscale(x, start)

    def _autoscale(self, x: np.ndarray, start: float) -> None:
        lo = int(np.searchsorted(x, start))
        for curve, vb in ((self._curve_a, self._plot.getPlotItem().vb), (self._curve_b, self._vb_b)):
            _, y = curve.getOriginalDataset()
            if y is None or y.size <= lo:
                continue
            vis = y[lo:]
            vis = vis[np.isfinite(vis)]
            if vis.size:
                top = float(vis.max())
                vb.setYRange(0, top * 1.08 if top > 0 else 1, padding=0)

    def _set_markers(self, events: Sequence[EventRecord]) -> None:
        item = self._plot.getPlotItem()
        for line in self._marker_items:
            item.removeItem(line)
        self._marker_items.clear()
        self._events = tuple(events)
        for e in self._events:
            if e.kind is EventKind.PRODUCT_UNPIN:
                continue
            color = QColor(MARKER_COLORS.get(e.kind, "#646464"))
            line = pg.InfiniteLine(pos=(e.ts - self._started_at) / 1000.0, angle=90, movable=False,
                                   pen=pg.mkPen(color, width=2), hoverPen=pg.mkPen(color, width=4))
            line.setToolTip(_marker_tip(e, self._started_at))
            line.sigClicked.connect(self._on_marker_clicked)
            line.setProperty("live_ts", e.ts)
            item.addItem(line, ignoreBounds=True)
            self._marker_items.append(line)

    def marker_count(self) -> int:
        """Markers drawn (tests, legend)."""
        return len(self._marker_items)

    def markers(self) -> tuple[pg.InfiniteLine, ...]:
        """The marker lines, in time order."""
        return tuple(self._marker_items)

    def curve_data(self, which: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """The x (LIVE seconds) and y arrays of curve 0 or 1."""
        curve = self._curve_a if which == 0 else self._curve_b
        x, y = curve.getOriginalDataset()
        return (np.empty(0), np.empty(0)) if x is None else (x, y)

    def set_position(self, live_ts: int | None) -> None:
        """Draw the replay's current moment (None hides it)."""
        if live_ts is None:
            self._position.setVisible(False)
            return
        self._position.setValue((live_ts - self._started_at) / 1000.0)
        self._position.setVisible(True)

    # --- interaction ------------------------------------------------------------------------------
    def _sync_views(self) -> None:
        self._vb_b.setGeometry(self._plot.getPlotItem().vb.sceneBoundingRect())
        self._vb_b.linkedViewChanged(self._plot.getPlotItem().vb, self._vb_b.XAxis)

    def _on_marker_clicked(self, line: pg.InfiniteLine, _ev: object = None) -> None:
        self.seek_requested.emit(int(line.property("live_ts")))

    def _on_scene_clicked(self, ev: object) -> None:
        if getattr(ev, "button", lambda: None)() != Qt.MouseButton.LeftButton:
            return
        vb = self._plot.getPlotItem().vb
        pos = ev.scenePos()  # type: ignore[attr-defined]
        if not vb.sceneBoundingRect().contains(pos):
            return
        if any(i in self._marker_items for i in self._plot.scene().items(pos)):
            return  # the marker's own click handler seeks
        x = vb.mapSceneToView(pos).x()
        self.seek_requested.emit(int(self._started_at + max(x, 0.0) * 1000))

    def plot_widget(self) -> pg.PlotWidget:
        """The underlying pyqtgraph widget."""
        return self._plot


def _marker_tip(e: EventRecord, started_at: int) -> str:
    kinds = {
        EventKind.PRODUCT_PIN: QCoreApplication.translate("TrendChart", "Product pinned"),
        EventKind.VIOLATION: QCoreApplication.translate("TrendChart", "Violation"),
        EventKind.PROMOTION: QCoreApplication.translate("TrendChart", "Promotion"),
        EventKind.GIVEAWAY: QCoreApplication.translate("TrendChart", "Giveaway"),
        EventKind.FLASH_SALE: QCoreApplication.translate("TrendChart", "Flash sale"),
        EventKind.ANNOTATION: QCoreApplication.translate("TrendChart", "Note"),
        EventKind.LIVE_END: QCoreApplication.translate("TrendChart", "LIVE ended"),
    }
    return f"{fmt.clock(e.ts - started_at)} · {kinds.get(e.kind, e.kind.value)}: {e.label}"


class RangeSelector(QWidget):
    """Whole LIVE / Last 30 min / Last 5 min toggle buttons.

    Signals:
        range_changed: arg: seconds (0 = whole LIVE)
    """

    range_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for seconds in (RANGE_WHOLE, RANGE_30, RANGE_5):
            b = QPushButton()
            b.setCheckable(True)
            b.setChecked(seconds == RANGE_WHOLE)
            b.setObjectName(f"range_{seconds}")
            self._group.addButton(b, seconds)
            lay.addWidget(b)
        self._group.idClicked.connect(self.range_changed)
        self.retranslate_ui()

    def seconds(self) -> int:
        """The chosen range."""
        return self._group.checkedId()

    def set_seconds(self, seconds: int) -> None:
        """Choose a range without emitting."""
        button = self._group.button(seconds)
        if button is not None:
            button.setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Button texts."""
        names = {RANGE_WHOLE: self.tr("Whole LIVE"), RANGE_30: self.tr("Last 30 min"),
                 RANGE_5: self.tr("Last 5 min")}
        for seconds, text in names.items():
            self._group.button(seconds).setText(text)
