"""The overview's bar chart: one bar per local day of the range (GMV, views or LIVEs); today's bar is hatched."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models import overview as ov
from livedesk.views.theme import style_plot, theme_notifier

CHART_METRICS = ("gmv", "views", "lives")
BAR_COLOR = QColor("#2f7ff5")
INCOMPLETE_FILL = QColor(47, 127, 245, 70)
INCOMPLETE_HATCH = QColor("#2f7ff5")
BAR_WIDTH = 0.7
MAX_LABELS = 12


def day_value(day: ov.DayTotals, key: str) -> float | None:
    """The chart's value of a day."""
    if key == "lives":
        return float(day.totals.lives)
    return day.totals.value(key)


def value_text(key: str, value: float | None, currency: str, *, compact: bool = True) -> str:
    """A chart value in its unit."""
    if key == "lives":
        return fmt.count(value)
    return fmt.metric_value(mx.metric(key), value, currency, compact=compact)


class _ValueAxis(pg.AxisItem):
    """y axis in the chart metric's unit: counts compact ("35.0K"); money in major units, the currency above."""

    def __init__(self) -> None:
        super().__init__("left")
        self.key = "gmv"
        self.currency = "USD"

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        if self.key == "lives":
            return [fmt.count(v) if float(v).is_integer() else "" for v in values]
        div = 10 ** fmt.minor_exponent(self.currency) if self.key == "gmv" else 1
        return [fmt.count(v / div, compact=True) for v in values]


class OverviewChart(QWidget):
    """Bars per day of the range with day labels in the reporting zone, and a metric selector."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewChart")
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("overviewChartMetric")
        for key in CHART_METRICS:
            self.metric_box.addItem("", key)
        self.metric_box.currentIndexChanged.connect(self._on_metric_changed)
        self._legend = QLabel()
        self._legend.setObjectName("hint")
        self._axis = _ValueAxis()
        self._plot = pg.PlotWidget(axisItems={"left": self._axis})
        self._plot.setObjectName("overviewPlot")
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.setMinimumHeight(160)
        self._plot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        item = self._plot.getPlotItem()
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        item.setContentsMargins(2, 6, 10, 2)
        self._bars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=BAR_WIDTH, brush=BAR_COLOR,
                                     pen=pg.mkPen(None))
        self._hatch = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=BAR_WIDTH,
                                      brush=QBrush(INCOMPLETE_HATCH, Qt.BrushStyle.BDiagPattern),
                                      pen=pg.mkPen(INCOMPLETE_HATCH, width=1, style=Qt.PenStyle.DashLine))
        item.addItem(self._bars)
        item.addItem(self._hatch)
        self._proxy = pg.SignalProxy(self._plot.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved)
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._plot)
        self._stack.addWidget(self._empty)
        head = QHBoxLayout()
        head.addWidget(self._heading)
        head.addStretch(1)
        head.addWidget(self._legend)
        head.addWidget(self.metric_box)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(head)
        lay.addWidget(self._stack, 1)
        self._days: tuple[ov.DayTotals, ...] = ()
        self._loaded = False
        self._currency = "USD"
        self._values = np.zeros(0)
        self._labels: tuple[str, ...] = ()
        self.retranslate_ui()
        self._apply_theme()
        theme_notifier().changed.connect(self._apply_theme)

    def _apply_theme(self) -> None:
        """Background and axes (and so the grid) in the theme's colours."""
        style_plot(self._plot, soft_axes=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Per day"))
        names = {"gmv": self.tr("GMV"), "views": self.tr("Views"), "lives": self.tr("LIVEs")}
        for i, key in enumerate(CHART_METRICS):
            self.metric_box.setItemText(i, names[key])
        self.metric_box.setToolTip(self.tr("What the bars show"))
        self._legend.setText(self.tr("Hatched bar: today, incomplete"))
        self._empty.setText(self.tr("No LIVE data in this range.") if self._loaded
                            else self.tr("Reading the range's data…"))
        self._draw()

    # --- data -------------------------------------------------------------------------------------------------
    def metric(self) -> str:
        """The metric shown: "gmv", "views" or "lives"."""
        return str(self.metric_box.currentData())

    def set_metric(self, key: str) -> None:
        """Show another metric."""
        self.metric_box.setCurrentIndex(CHART_METRICS.index(key))

    def set_days(self, days: Sequence[ov.DayTotals], currency: str) -> None:
        """Show the days of a range (oldest first)."""
        self._days, self._currency = tuple(days), currency
        if not self._loaded:
            self._loaded = True
            self.retranslate_ui()  # the empty state now means "no data", not "not read yet"
        self._draw()

    def _on_metric_changed(self, _index: int) -> None:
        self._draw()

    def _draw(self) -> None:
        key = self.metric()
        days = self._days
        values = np.array([day_value(d, key) or 0.0 for d in days], dtype=float)
        self._values = values
        self._labels = tuple(self._day_label(d.span.day, len(days)) for d in days)
        has_data = any(d.totals.has_data for d in days)
        self._stack.setCurrentWidget(self._plot if has_data else self._empty)
        self._legend.setVisible(any(d.incomplete for d in days))
        x = np.arange(len(days), dtype=float)
        done = np.array([not d.incomplete for d in days], dtype=bool)
        brushes = [QBrush(BAR_COLOR) if ok else QBrush(INCOMPLETE_FILL) for ok in done]
        self._bars.setOpts(x=x, height=values, width=BAR_WIDTH, brushes=brushes)
        self._hatch.setOpts(x=x[~done], height=values[~done], width=BAR_WIDTH)
        self._axis.key, self._axis.currency = key, self._currency
        self._axis.setLabel(self._currency if key == "gmv" else None)
        self._axis.picture = None
        self._axis.update()
        self._apply_ticks()
        item = self._plot.getPlotItem()
        top = float(values.max()) if values.size else 0.0
        pad = max(0.0, (5 - len(days)) / 2)  # a range of one or two days keeps bars of a normal width, centred
        item.setXRange(-0.6 - pad, max(len(days) - 0.4, 0.4) + pad, padding=0)
        item.setYRange(0, top * 1.1 if top > 0 else 1.0, padding=0)

    def _label_step(self) -> int:
        """Label every n-th bar so that labels never overlap at the plot's width."""
        if not self._labels:
            return 1
        n = len(self._labels)
        widest = max(self.fontMetrics().horizontalAdvance(t) for t in self._labels) + 12
        fit = max(1, (self._plot.width() - 70) // widest)  # the y axis takes about 70 px
        return max(1, math.ceil(n / fit), math.ceil(n / MAX_LABELS))

    def _apply_ticks(self) -> None:
        step = self._label_step()
        major = [(float(i), self._labels[i]) for i in range(0, len(self._labels), step)]
        minor = [(float(i), "") for i in range(len(self._labels)) if i % step]
        self._plot.getPlotItem().getAxis("bottom").setTicks([major, minor])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_ticks()

    @staticmethod
    def _day_label(day: object, n: int) -> str:
        qd = QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]
        return QLocale().toString(qd, "ddd d" if n <= 7 else "MMM d")

    # --- hover ------------------------------------------------------------------------------------------------
    def _on_mouse_moved(self, event: tuple[QPointF]) -> None:
        pos = event[0]
        vb = self._plot.getPlotItem().vb
        if not self._days or not self._plot.sceneBoundingRect().contains(pos):
            return
        i = round(vb.mapSceneToView(pos).x())
        if not 0 <= i < len(self._days):
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.bar_tooltip(i), self._plot)

    def bar_tooltip(self, i: int) -> str:
        """The text shown when hovering the ``i``-th bar."""
        d = self._days[i]
        key = self.metric()
        text = "{day}: {value}".format(day=QLocale().toString(QDate(d.span.day.year, d.span.day.month, d.span.day.day),
                                                               QLocale.FormatType.LongFormat),
                                       value=value_text(key, day_value(d, key), self._currency, compact=False))
        if d.incomplete:
            text += "\n" + self.tr("Today: incomplete, data is still arriving")
        return text

    # --- queries (tests) --------------------------------------------------------------------------------------
    def bar_values(self) -> tuple[float, ...]:
        """The heights of the bars, oldest day first."""
        return tuple(float(v) for v in self._values)

    def bar_labels(self) -> tuple[str, ...]:
        """The day label of every bar."""
        return self._labels

    def incomplete_bars(self) -> tuple[int, ...]:
        """Indices of the hatched (incomplete) bars."""
        return tuple(i for i, d in enumerate(self._days) if d.incomplete)

    def hatched_count(self) -> int:
        """How many bars the hatch item draws."""
        x = self._hatch.opts.get("x")
        return 0 if x is None else len(x)
