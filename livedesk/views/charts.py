"""The trend chart: up to two metrics on one LIVE-clock x axis, event markers, replay position line.

Plot items are created once and fed numpy arrays on the frame tick; pyqtgraph draws the min/max envelope
(peak downsampling) of the visible range only, so a 12-hour LIVE at 1 s stays fluid.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QCursor, QPainter, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QToolTip, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models.records import EventKind, EventRecord
from livedesk.models.repository import SampleArrays
from livedesk.views.theme import colors, theme_notifier, with_alpha

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


class GridAxis(pg.AxisItem):
    """An axis whose translucent tick and grid lines are filled as 1-px rectangles instead of stroked as lines.

    Qt's raster engine strokes a translucent line on a slow path: ~0.25 ms per line across a 1000-px plot, so
    the grid of a trend chart (some 50 lines over its tick levels) cost ~8 ms per paint, on every live redraw.
    Filled, the same pixels (a square-capped cosmetic line covers the pixels from the floor of one end to the
    floor of the other) cost ~0.01 ms. Other lines are drawn as pyqtgraph draws them.
    """

    def drawPicture(self, p: QPainter, axis_spec: object, tick_specs: list, text_specs: object) -> None:  # type: ignore[type-arg]
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        stroked = []
        for spec in tick_specs:
            if not _fill_line(p, *spec):
                stroked.append(spec)
        super().drawPicture(p, axis_spec, stroked, text_specs)


def _fill_line(p: QPainter, pen: QPen, a: QPointF, b: QPointF) -> bool:
    """Fill a translucent, 1-px, square-capped, axis-aligned line as the rectangle of pixels it covers."""
    color = pen.color()
    if color.alpha() == 255 or pen.style() != Qt.PenStyle.SolidLine or pen.capStyle() != Qt.PenCapStyle.SquareCap \
            or not (pen.isCosmetic() and pen.widthF() <= 1.0) or pen.brush().style() != Qt.BrushStyle.SolidPattern:
        return False
    if a.y() == b.y():
        x0, x1 = sorted((math.floor(a.x()), math.floor(b.x())))
        p.fillRect(QRect(x0, math.floor(a.y()), x1 - x0 + 1, 1), color)
    elif a.x() == b.x():
        y0, y1 = sorted((math.floor(a.y()), math.floor(b.y())))
        p.fillRect(QRect(math.floor(a.x()), y0, 1, y1 - y0 + 1), color)
    else:
        return False
    return True


class ValueAxis(GridAxis):
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


MARKER_KINDS = (EventKind.PRODUCT_PIN, EventKind.VIOLATION, EventKind.GIVEAWAY, EventKind.ANNOTATION)
# promotions of every kind share the giveaway colour and toggle; a pause or an end shares the note's
_KIND_GROUP = {EventKind.PROMOTION: EventKind.GIVEAWAY, EventKind.FLASH_SALE: EventKind.GIVEAWAY,
               EventKind.LIVE_PAUSE: EventKind.ANNOTATION, EventKind.LIVE_END: EventKind.ANNOTATION}
HIT_PX = 6  # how close (in pixels) a click or hover must be to a marker to mean it


def marker_group(kind: EventKind) -> EventKind:
    """The legend entry (colour and toggle) an event kind belongs to."""
    return _KIND_GROUP.get(kind, kind)


def apply_view(plot: pg.PlotWidget) -> None:
    """Bring a chart's view boxes up to date with the ranges set since its last paint, before it paints.

    pyqtgraph applies them when it paints, and the items whose bounds follow (curves, markers, a region) then
    ask for a second full paint of the chart right after the first (~5 ms). Call it again after changing the
    ranges once more.
    """
    plot.scene().prepareForPaint()


class TrendChart(QWidget):
    """Two metrics over a LIVE with markers; clicks seek the replay.

    All markers of a kind are drawn by one curve item (vertical segments), so hundreds of markers cost one
    draw call; clicks and tooltips find the nearest marker by its x position.

    Signals:
        seek_requested: the user clicked a moment. arg: LIVE time (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, *, markers: bool = True, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bottom = LiveClockAxis("bottom")
        self._left, self._right = ValueAxis("left"), ValueAxis("right")
        self._left.setWidth(64)
        self._right.setWidth(64)
        self._plot = pg.PlotWidget(axisItems={"bottom": self._bottom, "left": self._left})
        self._plot.setMenuEnabled(False)
        item = self._plot.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.12)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.hideButtons()
        # 1-px cosmetic pens: the fast drawing path (wider pens cost ~3x per paint)
        self._curve_a = item.plot(pen=pg.mkPen(CURVE_COLORS[0], width=1), connect="finite")
        self._vb_b = pg.ViewBox()
        item.scene().addItem(self._vb_b)
        item.layout.addItem(self._right, 2, 3)
        self._right.linkToView(self._vb_b)
        self._vb_b.setXLink(item.vb)
        self._curve_b = pg.PlotDataItem(pen=pg.mkPen(CURVE_COLORS[1], width=1), connect="finite")
        self._curve_b.setDownsampling(auto=True, method="peak")
        self._curve_b.setClipToView(True)
        self._vb_b.addItem(self._curve_b)
        item.vb.sigResized.connect(self._sync_views)
        self._legend = item.addLegend(offset=(10, 5))
        self._position = pg.InfiniteLine(angle=90)
        self._position.setVisible(False)
        item.addItem(self._position, ignoreBounds=True)
        self._with_markers = markers
        self._marker_curves: dict[EventKind, pg.PlotCurveItem] = {}
        self._hidden_kinds: set[EventKind] = set()
        for kind in MARKER_KINDS:
            curve = pg.PlotCurveItem(pen=pg.mkPen(MARKER_COLORS[kind], width=1), connect="pairs")
            item.addItem(curve, ignoreBounds=True)
            self._marker_curves[kind] = curve
        self._marker_x = np.empty(0)
        self._marker_events: tuple[EventRecord, ...] = ()
        self._marker_span: tuple[float, float] | None = None
        self._crosshair = pg.InfiniteLine(angle=90, pen=pg.mkPen("#9ca3af", width=1))
        self._crosshair.setVisible(False)
        item.addItem(self._crosshair, ignoreBounds=True)
        self._readout = pg.TextItem(anchor=(0, 0))
        self._readout.setVisible(False)
        item.addItem(self._readout, ignoreBounds=True)
        self._mouse = pg.SignalProxy(self._plot.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved)
        if compact:
            self._plot.setMinimumHeight(140)
        self._plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._metric_a: mx.Metric | None = None
        self._metric_b: mx.Metric | None = None
        self._started_at = 0
        self._currency = "USD"
        self._range = RANGE_WHOLE
        self._events: tuple[EventRecord, ...] = ()
        self._drawn: tuple[tuple[object, ...], float] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._plot)
        self._apply_theme()
        theme_notifier().changed.connect(self._apply_theme)

    def _apply_theme(self) -> None:
        """Background, axes (and so the grid), legend, position line and readout in the theme's colours."""
        c = colors()
        self._plot.setBackground(c.background)
        for axis in (self._bottom, self._left, self._right):
            axis.setPen(c.plot_axis)
            axis.setTextPen(c.plot_axis)
        self._legend.setLabelTextColor(c.legend_text)
        for _, label in self._legend.items:
            label.setText(label.text)  # re-render in the new colour
        self._position.setPen(pg.mkPen(c.foreground, width=1, style=Qt.PenStyle.DashLine))
        self._readout.setColor(c.foreground)
        self._readout.fill = pg.mkBrush(with_alpha(c.background, 220))
        self._readout.update()

    # --- configuration ----------------------------------------------------------------------------
    def set_metrics(self, a: mx.Metric, b: mx.Metric | None) -> None:
        """Choose the metric(s) drawn; the labels follow the UI language."""
        self._metric_a, self._metric_b = a, b
        self._drawn = None
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
        self._drawn = None

    def set_kind_visible(self, kind: EventKind, visible: bool) -> None:
        """Show or hide the markers of one legend entry."""
        group = marker_group(kind)
        if visible:
            self._hidden_kinds.discard(group)
        else:
            self._hidden_kinds.add(group)
        self._marker_span = None  # redraw even though the events did not change
        self._set_markers(self._events)

    def retranslate_ui(self) -> None:
        """Legend labels in the current language."""
        for curve, m in ((self._curve_a, self._metric_a), (self._curve_b, self._metric_b)):
            self._legend.removeItem(curve)
            if m is not None:
                self._legend.addItem(curve, mx.label(m))

    # --- data -----------------------------------------------------------------------------------
    def show_data(self, samples: SampleArrays, started_at: int, currency: str,
                  events: Sequence[EventRecord] = ()) -> bool:
        """Redraw from a session's samples (called on the frame tick, not per data row).

        A live tick whose new samples would not move the picture by a pixel (a whole 4-hour LIVE spans ~15 s
        per pixel) is skipped: the data rate is not the paint rate. Returns whether it redrew.
        """
        end_x = (int(samples.ts[-1]) - started_at) / 1000.0 if len(samples) else 0.0
        last = events[-1] if events else None
        state = (started_at, self._metric_a, self._metric_b, self._range, currency, len(events),
                 None if last is None else (last.id, last.ts, last.ts_end))
        drawn = self._drawn
        if drawn is not None and drawn[0] == state and 0 <= end_x - drawn[1] < self._seconds_per_pixel(end_x):
            return False
        self._drawn = (state, end_x)
        self._started_at = started_at
        self._currency = currency
        self._left.currency = self._right.currency = currency
        x = (samples.ts - started_at) / 1000.0
        for curve, m in ((self._curve_a, self._metric_a), (self._curve_b, self._metric_b)):
            if m is None:
                continue
            y = mx.rolling(m, samples.columns) if len(samples) else np.empty(0)
            curve.setData(x, y)
        if x.size:
            end = float(x[-1])
            start = 0.0 if self._range == RANGE_WHOLE else max(end - self._range, 0.0)
            self._plot.setXRange(start, max(end, start + 1), padding=0.01)
            self._autoscale(x, start)
        if self._with_markers:
            self._set_markers(tuple(events))
        self.apply_view()
        return True

    def apply_view(self) -> None:
        """Apply the ranges set since the last paint now, so the chart paints once (see :func:`apply_view`)."""
        apply_view(self._plot)

    def _seconds_per_pixel(self, end_x: float) -> float:
        width = end_x if self._range == RANGE_WHOLE else float(self._range)
        pixels = max(self._plot.getPlotItem().vb.width(), 1.0)
        return width / pixels

    def redraw(self) -> None:
        """Forget what was drawn: the next ``show_data`` repaints (after a change of options)."""
        self._drawn = None

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

    def _set_markers(self, events: tuple[EventRecord, ...]) -> None:
        """Draw each kind's markers as vertical segments spanning the left axis' range."""
        y0, y1 = self._plot.getPlotItem().vb.viewRange()[1]
        if events == self._events and (y0, y1) == self._marker_span:
            return
        self._events, self._marker_span = events, (y0, y1)
        shown = [e for e in events if e.kind is not EventKind.PRODUCT_UNPIN
                 and marker_group(e.kind) not in self._hidden_kinds]
        self._marker_events = tuple(shown)
        self._marker_x = np.array([(e.ts - self._started_at) / 1000.0 for e in shown], dtype=float)
        for kind, curve in self._marker_curves.items():
            xs = np.array([(e.ts - self._started_at) / 1000.0 for e in shown if marker_group(e.kind) is kind])
            curve.setData(np.repeat(xs, 2), np.tile([y0, y1], xs.size))

    def marker_count(self) -> int:
        """Markers drawn."""
        return int(self._marker_x.size)

    def markers(self) -> tuple[EventRecord, ...]:
        """The events drawn as markers, in time order."""
        return self._marker_events

    def marker_near(self, scene_x: float) -> EventRecord | None:
        """The marker within a few pixels of a scene x position, if any."""
        if not self._marker_x.size:
            return None
        vb = self._plot.getPlotItem().vb
        px = np.array([vb.mapViewToScene(QPointF(x, 0)).x() for x in self._marker_x])
        i = int(np.argmin(np.abs(px - scene_x)))
        return self._marker_events[i] if abs(px[i] - scene_x) <= HIT_PX else None

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

    def scene_pos_of(self, live_ts: int) -> QPointF:
        """Where a LIVE moment is drawn (mid-height), in scene coordinates."""
        vb = self._plot.getPlotItem().vb
        y0, y1 = vb.viewRange()[1]
        return vb.mapViewToScene(QPointF((live_ts - self._started_at) / 1000.0, (y0 + y1) / 2))

    # --- interaction ------------------------------------------------------------------------------
    def _sync_views(self) -> None:
        self._vb_b.setGeometry(self._plot.getPlotItem().vb.sceneBoundingRect())
        self._vb_b.linkedViewChanged(self._plot.getPlotItem().vb, self._vb_b.XAxis)

    def _on_scene_clicked(self, ev: object) -> None:
        if getattr(ev, "button", lambda: None)() != Qt.MouseButton.LeftButton:
            return
        vb = self._plot.getPlotItem().vb
        pos = ev.scenePos()  # type: ignore[attr-defined]
        if not vb.sceneBoundingRect().contains(pos):
            return
        marker = self.marker_near(pos.x())
        if marker is not None:
            self.seek_requested.emit(marker.ts)
            return
        x = vb.mapSceneToView(pos).x()
        self.seek_requested.emit(int(self._started_at + max(x, 0.0) * 1000))

    def _on_mouse_moved(self, args: tuple[object, ...]) -> None:
        pos = args[0]
        vb = self._plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(pos):  # type: ignore[arg-type]
            self._crosshair.setVisible(False)
            self._readout.setVisible(False)
            QToolTip.hideText()
            return
        x = vb.mapSceneToView(pos).x()  # type: ignore[arg-type]
        self._crosshair.setValue(x)
        self._crosshair.setVisible(True)
        lines = [fmt.clock(x * 1000)]
        for curve, m in ((self._curve_a, self._metric_a), (self._curve_b, self._metric_b)):
            xs, ys = curve.getOriginalDataset()
            if m is None or xs is None or not len(xs):
                continue
            i = min(int(np.searchsorted(xs, x)), len(xs) - 1)
            v = float(ys[i])
            lines.append(f"{mx.label(m)}: {fmt.metric_value(m, None if np.isnan(v) else v, self._currency)}")
        self._readout.setText("\n".join(lines))
        self._readout.setPos(x, vb.viewRange()[1][1])
        self._readout.setVisible(True)
        marker = self.marker_near(pos.x())  # type: ignore[attr-defined]
        if marker is not None:
            QToolTip.showText(QCursor.pos(), _marker_tip(marker, self._started_at), self._plot)
        else:
            QToolTip.hideText()

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
