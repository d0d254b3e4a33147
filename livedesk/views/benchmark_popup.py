"""The small trend shown on a highlighted card: the metric over the own last 14 days against the average."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models.benchmarks import own_average
from livedesk.models.history import SessionHistory
from livedesk.views.charts import ValueAxis
from livedesk.views.theme import style_plot, theme_notifier


class BenchmarkPopup(QFrame):
    """A tool-tip window with a 14-day chart of one metric."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip)
        self.setObjectName("benchmarkPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self._title = QLabel()
        self._title.setObjectName("sectionHeading")
        self._title.setWordWrap(True)
        self._axis = ValueAxis("left")
        self._plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(), "left": self._axis})
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(False, False)
        self._plot.hideButtons()
        item = self._plot.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.15)
        self._legend = item.addLegend(offset=(5, 5))
        self._own = item.plot(pen=pg.mkPen("#2f7ff5", width=2), symbol="o", symbolSize=6,
                              symbolBrush="#2f7ff5", symbolPen=None)
        self._avg = item.plot(pen=pg.mkPen("#e5484d", width=2, style=Qt.PenStyle.DashLine))
        self._note = QLabel()
        self._note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self._title)
        lay.addWidget(self._plot)
        lay.addWidget(self._note)
        self.resize(420, 260)
        self._key: str | None = None
        self._apply_theme()
        theme_notifier().changed.connect(self._apply_theme)

    def _apply_theme(self) -> None:
        """Background, axes (and so the grid) and legend in the theme's colours."""
        c = style_plot(self._plot)
        self._legend.setLabelTextColor(c.legend_text)
        for _, label in self._legend.items:
            label.setText(label.text)  # re-render in the new colour

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._key is not None:
            self.hide()
        super().changeEvent(event)

    def metric_key(self) -> str | None:
        """The metric shown."""
        return self._key

    def show_for(self, anchor: QWidget, metric: mx.Metric, history: SessionHistory, currency: str,
                 market_average: float | None) -> None:
        """Chart ``metric`` over ``history`` and show the popup under ``anchor``."""
        self._key = metric.key
        self._axis.metric, self._axis.currency = metric, currency
        lives = sorted(history.lives, key=lambda s: s.session.started_at)
        xs = np.array([s.session.started_at / 1000 for s in lives], dtype=float)
        ys = np.array([np.nan if (v := mx.value(metric, s.totals)) is None else v for s in lives], dtype=float)
        self._own.setData(xs, ys)
        series = history.benchmark_series.get(metric.key, ())
        self._legend.clear()
        self._legend.addItem(self._own, self.tr("Your LIVEs"))
        if series:
            self._avg.setData(np.array([p[0] / 1000 for p in series]), np.array([p[1] for p in series]))
            self._legend.addItem(self._avg, self.tr("Market average"))
            ref_text = self.tr("market average")
        else:
            own = own_average(metric, lives)
            if own is not None and xs.size:
                self._avg.setData(np.array([xs[0], xs[-1]]), np.array([own, own]))
            else:
                self._avg.setData([], [])
            self._legend.addItem(self._avg, self.tr("Your 14-day average"))
            ref_text = self.tr("your own 14-day average (no market average is available)")
        self._title.setText(self.tr("{metric}: your LIVEs of the last 14 days").format(metric=mx.label(metric)))
        if market_average is not None:
            self._note.setText(self.tr("Compared with the {ref}: {value}.").format(
                ref=ref_text, value=fmt.metric_value(metric, market_average, currency)))
        else:
            self._note.setText(self.tr("Compared with {ref}.").format(ref=ref_text))
        if not lives:
            self._note.setText(self.tr("No earlier LIVEs in the last 14 days to compare with."))
        self._plot.getPlotItem().enableAutoRange()
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height() + 4)))
        self.show()
