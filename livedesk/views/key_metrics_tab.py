"""Key metrics tab: core-data cards and the compact performance trend of the selected LIVE."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models.repository import SessionSnapshot
from livedesk.views.charts import RangeSelector, TrendChart

CARD_WIDTH = 180  # px per card column when reflowing
DEFAULT_CARDS = ("gmv", "current_viewers", "views", "viewers", "tap_through_rate", "live_ctr", "ctor_sku",
                 "avg_view_duration", "customers", "new_followers", "watch_gpm", "pcu")


class MetricCard(QFrame):
    """One metric's value for the LIVE (live value during it, its aggregate after it)."""

    def __init__(self, metric: mx.Metric, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_metric = metric
        self.setObjectName(f"card_{metric.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._title = QLabel()
        self._title.setObjectName("cardTitle")
        self._title.setWordWrap(True)
        self._value = QLabel(fmt.MISSING)
        self._value.setObjectName("cardValue")
        self._bench = QLabel()
        self._bench.setObjectName("cardBenchmark")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addWidget(self._title)
        lay.addWidget(self._value)
        lay.addWidget(self._bench)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Label and definition in the current language."""
        self._title.setText(mx.label(self.card_metric))
        self.setToolTip(mx.description(self.card_metric))

    def show_value(self, value: float | None, currency: str, benchmark: float | None, why_missing: str) -> None:
        """Show the value, and how it compares with the market average when one is known."""
        self._value.setText(fmt.metric_value(self.card_metric, value, currency))
        self._value.setToolTip(why_missing if value is None else "")
        if value is None or benchmark is None or benchmark == 0:
            self._bench.setText("")
            self.setProperty("worse", False)
            return
        dev = (value - benchmark) / abs(benchmark)
        good = dev >= 0 if self.card_metric.higher_is_better else dev <= 0
        self._bench.setText(self.tr("{sign}{pct} vs market avg.").format(
            sign="+" if dev >= 0 else "−", pct=fmt.percent(abs(dev), decimals=0)))
        self._bench.setProperty("good", good)
        self._bench.style().unpolish(self._bench)
        self._bench.style().polish(self._bench)

    def value_text(self) -> str:
        """The text shown (tests, screenshots)."""
        return self._value.text()


class KeyMetricsTab(QWidget):
    """Core-data cards and the compact trend.

    Signals:
        seek_requested: a moment was clicked on the compact trend. arg: LIVE time (UTC ms)
        open_trends_requested: "open in Performance trends" was pressed. args: metric key, range seconds
    """

    seek_requested = Signal("qint64")
    open_trends_requested = Signal(str, int)

    def __init__(self, card_keys: Sequence[str] = DEFAULT_CARDS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyMetricsTab")
        self._snapshot: SessionSnapshot | None = None
        self._dirty = False
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._cards_box = QWidget()
        self._cards_box.setObjectName("coreDataCards")
        # The cards reflow to the width (see _reflow), so their row must not impose its width on the window.
        self._cards_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._grid = QGridLayout(self._cards_box)
        self._grid.setSpacing(8)
        self._cards: list[MetricCard] = []
        self.set_cards(card_keys)
        self._trend_heading = QLabel()
        self._trend_heading.setObjectName("sectionHeading")
        self._trend = TrendChart(markers=True, compact=True)
        self._trend.setObjectName("compactTrend")
        self._trend.set_metrics(mx.metric("gmv"), None)
        self._trend.seek_requested.connect(self.seek_requested)
        self._range = RangeSelector()
        self._range.range_changed.connect(self._on_range_clicked)
        ranges = QHBoxLayout()
        ranges.addWidget(self._trend_heading)
        ranges.addStretch(1)
        ranges.addWidget(self._range)
        self._open_trends = QPushButton()
        self._open_trends.setObjectName("openTrendsButton")
        self._open_trends.clicked.connect(self._on_open_trends)
        ranges.addWidget(self._open_trends)
        lay = QVBoxLayout(self)
        lay.addWidget(self._heading)
        lay.addWidget(self._cards_box)
        lay.addLayout(ranges)
        lay.addWidget(self._trend, 1)
        self.retranslate_ui()

    def set_cards(self, keys: Sequence[str]) -> None:
        """Show these metrics as cards (at most 16)."""
        for card in self._cards:
            card.deleteLater()
        self._cards = [MetricCard(mx.metric(k)) for k in list(keys)[:16]]
        self._columns = 0
        self._reflow()
        self._dirty = True

    def _reflow(self) -> None:
        """Lay the cards out in as many columns as the width allows (2 to 8)."""
        width = self._cards_box.width() or self.width()
        columns = max(2, min(8, width // CARD_WIDTH))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self._cards):
            self._grid.addWidget(card, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def cards(self) -> tuple[MetricCard, ...]:
        """The cards shown."""
        return tuple(self._cards)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        live = self._snapshot is not None and self._snapshot.session.is_live
        self._heading.setText(self.tr("Core data · live") if live else self.tr("Core data · whole LIVE"))
        self._trend_heading.setText(self.tr("Performance trend"))
        self._open_trends.setText(self.tr("Open in Performance trends"))
        for card in self._cards:
            card.retranslate_ui()
        self._trend.retranslate_ui()

    # --- data -----------------------------------------------------------------------------------
    def on_snapshot(self, snap: SessionSnapshot) -> None:
        """Take a new snapshot; the repaint happens on the next frame tick."""
        was_live = self._snapshot is not None and self._snapshot.session.is_live
        self._snapshot = snap
        self._dirty = True
        if was_live != snap.session.is_live:
            self.retranslate_ui()

    def on_frame(self) -> None:
        """Repaint if visible and dirty (the data rate is not the paint rate)."""
        if not self._dirty or not self.isVisible() or self._snapshot is None:
            return
        self._dirty = False
        snap = self._snapshot
        s = snap.session
        end = s.ended_at if s.ended_at is not None else snap.last_ts + s.sample_interval_ms
        totals = mx.Totals.of_arrays(snap.samples.columns, (end - s.started_at) / 1000.0)
        why = self.tr("Not provided by this source ({source})").format(source=s.source)
        for card in self._cards:
            key = card.card_metric.key
            card.show_value(mx.value(card.card_metric, totals), s.currency, snap.benchmarks.get(key), why)
        self._trend.show_data(snap.samples, s.started_at, s.currency, snap.events)

    def _on_range_clicked(self, seconds: int) -> None:
        self._trend.set_range(seconds)
        self._dirty = True
        self.on_frame()

    def _on_open_trends(self) -> None:
        a, _ = self._trend.metrics()
        self.open_trends_requested.emit(a.key if a else "gmv", self._range.seconds())
