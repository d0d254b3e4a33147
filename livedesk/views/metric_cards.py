"""Core-data cards: value, change against the previous LIVE, comparison with the market or own average."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QEnterEvent, QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models.benchmarks import Deviation, Reference
from livedesk.views.steady import SteadyLabel
from livedesk.views.theme import colors, restyle, theme_notifier, tone

CARD_WIDTH = 180  # px per card column when reflowing
MAX_CARDS = 16
# How a sample's ``source`` is named in a card's tooltip ("Source: TikTok Shop API").
SOURCE_NAMES: dict[str, str] = {
    "demo": QT_TRANSLATE_NOOP("MetricCard", "demo"),
    "bundle": QT_TRANSLATE_NOOP("MetricCard", "LiveDesk bundle"),
    "seller_export": QT_TRANSLATE_NOOP("MetricCard", "Seller Center export"),
    "tiktok_shop": QT_TRANSLATE_NOOP("MetricCard", "TikTok Shop API"),
    "tiktok_live": QT_TRANSLATE_NOOP("MetricCard", "TikTok LIVE (unofficial)"),
    "obs": QT_TRANSLATE_NOOP("MetricCard", "OBS"),
    "manual": QT_TRANSLATE_NOOP("MetricCard", "entered by hand"),
}


def source_name(source: str) -> str:
    """A sample source as the user reads it."""
    return QCoreApplication.translate("MetricCard", SOURCE_NAMES[source]) if source in SOURCE_NAMES else source


class MetricCard(QFrame):
    """One metric of the LIVE (live value during it, its own aggregate after it).

    Signals:
        hovered: the pointer or keyboard focus entered the card. arg: metric key
        unhovered: it left. arg: metric key
    """

    hovered = Signal(str)
    unhovered = Signal(str)

    def __init__(self, metric: mx.Metric, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_metric = metric  # not "metric": QWidget.metric() is a Qt virtual
        self.setObjectName(f"card_{metric.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # value, change and comparison change every second during a LIVE: steady labels repaint without
        # relaying out the card grid and the window
        self._title = QLabel()
        self._value, self._change, self._bench = SteadyLabel(fmt.MISSING), SteadyLabel(), SteadyLabel()
        for name, label in (("cardTitle", self._title), ("cardValue", self._value), ("cardChange", self._change),
                            ("cardBenchmark", self._bench)):
            label.setObjectName(name)
        self._title.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(2)
        for label in (self._title, self._value, self._change, self._bench):
            lay.addWidget(label)
        self._state: tuple[float | None, str, float | None, Deviation | None, bool, str] = (
            None, "USD", None, None, False, "")
        self.setProperty("worst", False)
        # what the labels show: value, its tooltip, change, change good, comparison, its tooltip, its good, worst
        self._shown: tuple[object, ...] = (fmt.MISSING, "", "", None, "", "", None, False)
        self._sources: tuple[str, ...] = ()
        self._color_labels()
        theme_notifier().changed.connect(self._color_labels)
        self.retranslate_ui()

    def _color_labels(self) -> None:
        """Colour the labels that change every second: their background is the card's (see ``SteadyLabel.set_fill``),
        the change and the comparison are green when good, orange when worse, and the comparison of one of the
        worst three is red. Set on the labels rather than by style sheet rules, which would re-polish them each
        time a figure crosses its reference."""
        c = colors()
        worst = bool(self.property("worst"))
        fill = QColor(c.card_worst if worst else c.card)
        for label in (self._value, self._change, self._bench):
            label.set_fill(fill)
        self._change.set_ink(tone(self.change_good()))
        self._bench.set_ink(QColor(c.error) if worst else tone(self.benchmark_good()))

    def change_good(self) -> bool | None:
        """Whether the change shown is good (green), worse (orange) or None (no change: neutral)."""
        return self._shown[3]  # type: ignore[return-value]

    def benchmark_good(self) -> bool | None:
        """Whether the comparison shown is good (green), worse (orange) or None (no comparison)."""
        return self._shown[6]  # type: ignore[return-value]

    def retranslate_ui(self) -> None:
        """Label, definition, sources and comparison texts in the current language."""
        self._title.setText(mx.label(self.card_metric))
        tip = mx.description(self.card_metric)
        if self._sources:
            tip += "\n" + self.tr("Source: {sources}").format(sources=", ".join(source_name(s) for s in self._sources))
        self.setToolTip(tip)
        self.show_value(*self._state)

    def set_sources(self, sources: Sequence[str]) -> None:
        """Where the value's samples came from (``tiktok_shop``, ``demo`` ...): a line of the tooltip."""
        value = tuple(sources)
        if value != self._sources:
            self._sources = value
            self.retranslate_ui()

    def sources(self) -> tuple[str, ...]:
        """The sources named in the tooltip."""
        return self._sources

    def show_value(self, value: float | None, currency: str, change: float | None, dev: Deviation | None,
                   worst: bool, why_missing: str) -> None:
        """Show the value, its change against the previous LIVE and its comparison.

        Args:
            value: the metric's value (None = missing).
            currency: the LIVE's currency.
            change: relative change against the previous LIVE.
            dev: the comparison with the market or own average.
            worst: one of the 3 worst metrics: drawn in red.
            why_missing: tooltip of a missing value.
        """
        self._state = (value, currency, change, dev, worst, why_missing)
        value_tip = why_missing if value is None else ""
        if change is None:
            change_text, change_good = self.tr("vs previous LIVE: —"), None
        else:
            pct = fmt.percent(abs(change), decimals=1)
            arrow = "=" if pct == fmt.percent(0.0, decimals=1) else ("▲" if change > 0 else "▼")  # no "▲ 0.0%"
            change_text = self.tr("{arrow} {pct} vs previous LIVE").format(arrow=arrow, pct=pct)
            change_good = change >= 0 if self.card_metric.higher_is_better else change <= 0
        if dev is None:
            bench_text, bench_tip, bench_good = "", self._shown[5], self._shown[6]  # hidden: left as they were
        else:
            pct = fmt.percent(abs(dev.deviation), decimals=0)
            sign = "" if pct == fmt.percent(0.0, decimals=0) else ("+" if dev.deviation > 0 else "−")  # no "−0%"
            text = (self.tr("{sign}{pct} vs market avg.") if dev.kind is Reference.MARKET
                    else self.tr("{sign}{pct} vs your 14-day avg."))
            bench_text = text.format(sign=sign, pct=pct)
            bench_tip = self.tr("Reference: {ref}").format(
                ref=fmt.metric_value(self.card_metric, dev.reference, currency))
            bench_good = dev.deviation >= 0
        shown = (fmt.metric_value(self.card_metric, value, currency), value_tip, change_text, change_good,
                 bench_text, bench_tip, bench_good, worst)
        # Touch only what changed: every call on a label costs.
        old, self._shown = self._shown, shown
        apply = (self._value.setText, self._value.setToolTip, self._change.setText, None, self._bench.setText,
                 self._bench.setToolTip, None)
        for now, was, set_it in zip(shown, old, apply, strict=False):  # colours and worst are below
            if now != was and set_it is not None:
                set_it(now)
        if worst != old[7]:
            self.setProperty("worst", worst)  # the card's red frame is the style sheet's: re-polish it
            restyle(self)
            restyle(self._bench)  # bold when among the worst
        if (change_good, bench_good, worst) != (old[3], old[6], old[7]):
            self._color_labels()

    def value_text(self) -> str:
        """The value shown."""
        return self._value.text()

    def change_text(self) -> str:
        """The change line shown."""
        return self._change.text()

    def benchmark_text(self) -> str:
        """The comparison line shown."""
        return self._bench.text()

    def is_worst(self) -> bool:
        """Drawn as one of the 3 worst metrics."""
        return bool(self.property("worst"))

    def enterEvent(self, event: QEnterEvent) -> None:
        self.hovered.emit(self.card_metric.key)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.unhovered.emit(self.card_metric.key)
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.hovered.emit(self.card_metric.key)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.unhovered.emit(self.card_metric.key)
        super().focusOutEvent(event)


class CardGrid(QWidget):
    """The cards, reflowed into as many columns as the width allows.

    Signals:
        hovered / unhovered: forwarded from the cards. arg: metric key
    """

    hovered = Signal(str)
    unhovered = Signal(str)

    def __init__(self, keys: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coreDataCards")
        # The cards reflow to the width, so their row must not impose its width on the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._cards: list[MetricCard] = []
        self._columns = 0
        self._sources: Mapping[str, Sequence[str]] = {}
        self.set_keys(keys)

    def set_keys(self, keys: Sequence[str]) -> None:
        """Show these metrics (at most 16)."""
        for card in self._cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self._cards = [MetricCard(mx.metric(k), self) for k in list(keys)[:MAX_CARDS]]
        for card in self._cards:
            card.hovered.connect(self.hovered)
            card.unhovered.connect(self.unhovered)
        self._columns = 0
        self._reflow()
        self.set_sources(self._sources)

    def set_sources(self, by_column: Mapping[str, Sequence[str]]) -> None:
        """Stored metric → the sources of its samples; each card names those of the columns it is computed from."""
        self._sources = dict(by_column)
        for card in self._cards:
            names: set[str] = set()
            for column in mx.sources_of(card.card_metric):
                names.update(self._sources.get(column, ()))
            card.set_sources(sorted(names))

    def keys(self) -> tuple[str, ...]:
        """The metrics shown, in order."""
        return tuple(c.card_metric.key for c in self._cards)

    def cards(self) -> tuple[MetricCard, ...]:
        """The cards."""
        return tuple(self._cards)

    def card(self, key: str) -> MetricCard | None:
        """The card of a metric, if shown."""
        return next((c for c in self._cards if c.card_metric.key == key), None)

    def _reflow(self) -> None:
        columns = max(2, min(8, (self.width() or 1200) // CARD_WIDTH))
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
