"""The channel comparison chart: one curve per ticked traffic channel, per minute, on the LIVE-clock x axis.

Each curve and its legend entry are drawn in the channel's colour (the one the breakdown table shows). A
crosshair reads every curve's value at the pointer; a click asks the replay to seek to that moment.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models.repository import ChannelSeries
from livedesk.models.traffic import ChannelMetric, channel_label, channel_metric_name, series_values
from livedesk.views.charts import LiveClockAxis
from livedesk.views.theme import colors, theme_notifier, with_alpha

AXIS_WIDTH = 64


def _value_text(metric: ChannelMetric, value: float | None, currency: str, *, compact: bool = False) -> str:
    if metric is ChannelMetric.GMV:
        return fmt.money(value, currency, compact=compact)
    return fmt.count(value, compact=compact)


def _bucket_ms(ts: np.ndarray) -> int:
    """The bucket length of a series: the smallest step between buckets (a minute when there is one bucket)."""
    if ts.size < 2:
        return 60_000
    return int(np.diff(ts).min()) or 60_000


class ChannelValueAxis(pg.AxisItem):
    """y axis labelled in the chart metric's unit (money for GMV, counts otherwise)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.metric = ChannelMetric.IMPRESSIONS
        self.currency = "USD"

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [_value_text(self.metric, v, self.currency, compact=True) for v in values]


class ChannelTrendChart(QWidget):
    """Per-minute curves of the ticked channels for one metric (impressions, GMV or views).

    Signals:
        seek_requested: the user clicked a moment. arg: LIVE time (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bottom = LiveClockAxis("bottom")
        self._left = ChannelValueAxis("left")
        self._left.setWidth(AXIS_WIDTH)
        self._plot = pg.PlotWidget(axisItems={"bottom": self._bottom, "left": self._left})
        self._plot.setMenuEnabled(False)
        self._plot.setMinimumHeight(200)
        for w in (self._plot, self._plot.viewport()):  # nothing to do by keyboard: Tab passes the chart by
            w.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        item = self._plot.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.12)
        item.hideButtons()
        self._legend = item.addLegend(offset=(10, 5))  # labels in their channel's colour
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._partial: dict[str, pg.PlotDataItem] = {}  # the minute still filling, dotted
        self._colors: dict[str, str] = {}
        self._crosshair = pg.InfiniteLine(angle=90, pen=pg.mkPen("#9ca3af", width=1))
        self._crosshair.setVisible(False)
        item.addItem(self._crosshair, ignoreBounds=True)
        self._readout = pg.TextItem(anchor=(0, 0))
        self._readout.setZValue(20)
        self._readout.setVisible(False)
        item.addItem(self._readout, ignoreBounds=True)
        self._mouse = pg.SignalProxy(self._plot.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved)
        self._plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._metric = ChannelMetric.IMPRESSIONS
        self._started_at = 0
        self._currency = "USD"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._plot)
        self._apply_theme()
        theme_notifier().changed.connect(self._apply_theme)

    def _apply_theme(self) -> None:
        """Background, axes (and so the grid), legend and readout backgrounds in the theme's colours."""
        c = colors()
        self._plot.setBackground(c.background)
        for axis in (self._bottom, self._left):
            axis.setPen(c.plot_axis)
            axis.setTextPen(c.plot_axis)
        self._legend.setBrush(with_alpha(c.background, 210))
        self._readout.setColor(c.foreground)
        self._readout.fill = pg.mkBrush(with_alpha(c.background, 225))
        self._readout.update()

    # --- data -----------------------------------------------------------------------------------------
    def show_series(self, series: Sequence[ChannelSeries], channels: Sequence[tuple[str, str]],
                    metric: ChannelMetric, started_at: int, currency: str, end_ts: int | None = None) -> None:
        """Draw ``metric`` of each of ``channels`` ((raw name, colour), in legend order) that has a series.

        A last bucket that ends after ``end_ts`` (the minute still filling, or the LIVE's last part-minute) is
        drawn dotted, so its lower value does not read as a drop in traffic.

        Args:
            series: the LIVE's per-channel series (per-minute buckets, NaN where missing).
            channels: the ticked channels with their colours.
            metric: what to draw.
            started_at: the LIVE's start (UTC ms): x = seconds since it.
            currency: ISO code of GMV.
            end_ts: the newest moment of the LIVE (UTC ms), so the x axis spans the LIVE so far.
        """
        self._metric, self._started_at, self._currency = metric, started_at, currency
        self._left.metric, self._left.currency = metric, currency
        self._left.picture = None  # re-label the ticks in the new unit
        self._left.update()
        by_name = {s.channel_raw: s for s in series}
        wanted = [(name, color) for name, color in channels if name in by_name]
        item = self._plot.getPlotItem()
        for name in [n for n in self._curves if n not in dict(wanted)]:
            item.removeItem(self._curves.pop(name))
            item.removeItem(self._partial.pop(name))
            self._colors.pop(name, None)
        self._legend.clear()
        top, end_x = 0.0, 0.0
        for name, color in wanted:
            s = by_name[name]
            x = (s.ts - started_at) / 1000.0
            y = np.asarray(series_values(s, metric), dtype=np.float64)
            curve = self._curves.get(name)
            if curve is None:
                curve = item.plot(connect="finite")
                self._curves[name] = curve
                self._partial[name] = item.plot(connect="finite")
            curve.setPen(pg.mkPen(color, width=2))
            self._partial[name].setPen(pg.mkPen(color, width=2, style=Qt.PenStyle.DotLine))
            complete = x.size
            if end_ts is not None and x.size and s.ts[-1] + _bucket_ms(s.ts) > end_ts:
                complete -= 1
            curve.setData(x[:complete], y[:complete])
            tail = slice(max(complete - 1, 0), x.size) if complete < x.size else slice(0, 0)
            self._partial[name].setData(x[tail], y[tail])
            self._colors[name] = color
            self._legend.addItem(curve, channel_label(name))
            _, label = self._legend.items[-1]
            label.setText(channel_label(name), color=color, bold=True)
            finite = y[np.isfinite(y)]
            if finite.size:
                top = max(top, float(finite.max()))
            if x.size:
                end_x = max(end_x, float(x[-1]) + 60.0)  # a bucket spans the minute after its start
        if end_ts is not None:
            end_x = max(end_x, (end_ts - started_at) / 1000.0)
        item.setXRange(0, max(end_x, 60.0), padding=0.01)
        item.setYRange(0, top * 1.08 if top > 0 else 1, padding=0)

    def curve_names(self) -> tuple[str, ...]:
        """The channels drawn, in legend order."""
        return tuple(label.text for _, label in self._legend.items)

    def curve_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The x (LIVE seconds) and y arrays drawn for a channel, its dotted last minute included (empty when it
        is not drawn)."""
        curve = self._curves.get(name)
        if curve is None:
            return np.empty(0), np.empty(0)
        x, y = curve.getOriginalDataset()
        px, py = self._partial[name].getOriginalDataset()
        x = np.empty(0) if x is None else x
        y = np.empty(0) if y is None else y
        if px is not None and px.size:
            x, y = np.concatenate([x, px[-1:]]), np.concatenate([y, py[-1:]])
        return x, y

    def partial_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The dotted segment into a channel's unfinished last minute (empty when its last minute is complete)."""
        curve = self._partial.get(name)
        x, y = (None, None) if curve is None else curve.getOriginalDataset()
        return (np.empty(0), np.empty(0)) if x is None else (x, y)

    def curve_color(self, name: str) -> str | None:
        """The colour a channel is drawn in."""
        return self._colors.get(name)

    def legend_entries(self) -> tuple[tuple[str, str], ...]:
        """(channel, label colour) of each legend entry."""
        return tuple((label.text, self._colors.get(label.text, "")) for _, label in self._legend.items)

    def metric(self) -> ChannelMetric:
        """The metric drawn."""
        return self._metric

    def scene_pos_of(self, live_ts: int) -> QPointF:
        """Where a LIVE moment is drawn (mid-height), in scene coordinates."""
        vb = self._plot.getPlotItem().vb
        y0, y1 = vb.viewRange()[1]
        return vb.mapViewToScene(QPointF((live_ts - self._started_at) / 1000.0, (y0 + y1) / 2))

    def plot_widget(self) -> pg.PlotWidget:
        """The underlying pyqtgraph widget."""
        return self._plot

    # --- interaction ----------------------------------------------------------------------------------
    def _on_scene_clicked(self, ev: object) -> None:
        if getattr(ev, "button", lambda: None)() != Qt.MouseButton.LeftButton:
            return
        vb = self._plot.getPlotItem().vb
        pos = ev.scenePos()  # type: ignore[attr-defined]
        if not vb.sceneBoundingRect().contains(pos):
            return
        x = vb.mapSceneToView(pos).x()
        self.seek_requested.emit(int(self._started_at + max(x, 0.0) * 1000))

    def _on_mouse_moved(self, args: tuple[object, ...]) -> None:
        pos = args[0]
        vb = self._plot.getPlotItem().vb
        if not self._curves or not vb.sceneBoundingRect().contains(pos):  # type: ignore[arg-type]
            self._crosshair.setVisible(False)
            self._readout.setVisible(False)
            return
        x = vb.mapSceneToView(pos).x()  # type: ignore[arg-type]
        self._crosshair.setValue(x)
        self._crosshair.setVisible(True)
        lines = [f"<b>{escape(fmt.clock(x * 1000))}</b> · {escape(channel_metric_name(self._metric))}"]
        for name in self.curve_names():
            xs, ys = self.curve_data(name)
            i = int(np.searchsorted(xs, x, "right")) - 1  # the bucket holding x
            if not xs.size or i < 0:
                continue
            v = float(ys[i])
            text = _value_text(self._metric, None if np.isnan(v) else v, self._currency)
            lines.append(f'<span style="color:{self._colors.get(name, colors().foreground)}">■</span> '
                         f"{escape(name)}: {escape(text)}")
        self._readout.setHtml("<br>".join(lines))
        x0, x1 = vb.viewRange()[0]
        # keep the readout inside the plot: left of the crosshair on the right half
        self._readout.setAnchor((1, 0) if x > (x0 + x1) / 2 else (0, 0))
        self._readout.setPos(x, vb.viewRange()[1][1])
        self._readout.setVisible(True)
