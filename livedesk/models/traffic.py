"""Traffic sources: per-channel rows with their shares and rates, the breakdown table model with its total row,
the channels' colours, and the under-used-channel insight.

Shares of impressions, views and GMV are shown rounded with the largest-remainder method (each column adds up to
exactly 100 %); sorting and tooltips use the exact shares. Rates of the total row are ratios of sums, taken over
the channels that report both the numerator and the denominator.
"""

from __future__ import annotations

import statistics
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont

from livedesk.models import formatting as fmt
from livedesk.models.records import Channel
from livedesk.models.repository import ChannelSeries, ChannelStat
from livedesk.models.shares import rounded_shares
from livedesk.models.table_model import RECORD_ROLE, SORT_ROLE, ColumnSpec, Index, RecordTableModel

CONTEXT = "TrafficTable"
translate = QCoreApplication.translate
MAX_TICKS = 5  # channels compared at once on the chart
DEFAULT_TICKS = 3  # the top channels by impressions ticked when a LIVE opens



def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- colours ----------------------------------------------------------------------------------------------

CHANNEL_COLORS = {
    Channel.FOR_YOU: "#2f7ff5",
    Channel.FOLLOWING: "#16a34a",
    Channel.LIVE_FEED: "#f59f2f",
    Channel.SEARCH: "#8e4ec6",
    Channel.PROFILE: "#e5484d",
    Channel.SHORT_VIDEO: "#0e9fb0",
    Channel.SHOP: "#a16207",
    Channel.PAID: "#d6409f",
}
OTHER_COLORS = ("#4b5563", "#65a30d", "#1e3a8a", "#9a3412", "#0f766e", "#6d28d9")


def channel_color(channel_raw: str, channel: Channel = Channel.OTHER) -> str:
    """A channel's colour (hex), the same in the table, the chart and its legend, LIVE after LIVE.

    Known channels have a fixed colour; others get one of ``OTHER_COLORS`` chosen by their raw name.
    """
    known = CHANNEL_COLORS.get(channel)
    if known is not None:
        return known
    return OTHER_COLORS[zlib.crc32(channel_raw.encode("utf-8")) % len(OTHER_COLORS)]


# The channel names TikTok uses (API, Seller Center exports): shown translated; any other name as the source gives it
KNOWN_CHANNEL_NAMES = (
    QT_TRANSLATE_NOOP("Channels", "For You feed"), QT_TRANSLATE_NOOP("Channels", "For You"),
    QT_TRANSLATE_NOOP("Channels", "Following"), QT_TRANSLATE_NOOP("Channels", "Following feed"),
    QT_TRANSLATE_NOOP("Channels", "LIVE feed"), QT_TRANSLATE_NOOP("Channels", "Search"),
    QT_TRANSLATE_NOOP("Channels", "Profile"), QT_TRANSLATE_NOOP("Channels", "Short video"),
    QT_TRANSLATE_NOOP("Channels", "Shop tab"), QT_TRANSLATE_NOOP("Channels", "LIVE ads"),
    QT_TRANSLATE_NOOP("Channels", "Paid"), QT_TRANSLATE_NOOP("Channels", "Other"),
    QT_TRANSLATE_NOOP("Channels", "Others"),
)


def channel_label(channel_raw: str) -> str:
    """A channel's name for display: TikTok's names in the UI language, any other name as the source gives it."""
    return translate("Channels", channel_raw)


# --- rows ------------------------------------------------------------------------------------------------

def _paired_ratio(stats: Sequence[ChannelStat], num: Callable[[ChannelStat], int | None],
                  den: Callable[[ChannelStat], int | None], scale: float = 1.0) -> float | None:
    """Σ numerator ÷ Σ denominator over the channels that report both (None when that denominator is 0)."""
    n = d = 0
    for s in stats:
        a, b = num(s), den(s)
        if a is None or b is None:
            continue
        n += a
        d += b
    return n / d * scale if d > 0 else None


def tap_through(stats: Sequence[ChannelStat]) -> float | None:
    """Views ÷ impressions (ERR)."""
    return _paired_ratio(stats, lambda s: s.views, lambda s: s.impressions)


def click_rate(stats: Sequence[ChannelStat]) -> float | None:
    """Product clicks ÷ views (CTR)."""
    return _paired_ratio(stats, lambda s: s.product_clicks, lambda s: s.views)


def click_to_order(stats: Sequence[ChannelStat]) -> float | None:
    """SKU orders ÷ product clicks (CTOR)."""
    return _paired_ratio(stats, lambda s: s.sku_orders, lambda s: s.product_clicks)


def order_rate(stats: Sequence[ChannelStat]) -> float | None:
    """SKU orders ÷ views (views → orders)."""
    return _paired_ratio(stats, lambda s: s.sku_orders, lambda s: s.views)


def watch_gpm(stats: Sequence[ChannelStat]) -> float | None:
    """GMV per 1,000 views (minor units)."""
    return _paired_ratio(stats, lambda s: s.gmv, lambda s: s.views, 1000.0)


@dataclass(frozen=True, slots=True)
class ChannelRow:
    """A channel (or the total of all channels) with its shares and rates.

    Attributes:
        stat: the channel's figures (the total row: the sums, named "").
        currency: ISO code of the money values.
        impressions_share, views_share, gmv_share: exact fractions 0..1 of the column totals (None: not provided).
        shown_shares: (impressions, views, GMV) percentages rounded to 0.1 so that each column adds up to 100.
        totals: (impressions, views, GMV) of all channels, the shares' denominators.
        tap_through, ctr, ctor, order_rate, watch_gpm: the rates (ratios of sums on the total row).
        is_total: the total row.
    """

    stat: ChannelStat
    currency: str
    impressions_share: float | None
    views_share: float | None
    gmv_share: float | None
    shown_shares: tuple[float | None, float | None, float | None] = (None, None, None)
    totals: tuple[int | None, int | None, int | None] = (None, None, None)
    tap_through: float | None = None
    ctr: float | None = None
    ctor: float | None = None
    order_rate: float | None = None
    watch_gpm: float | None = None
    is_total: bool = False


def _share(value: int | None, total: int) -> float | None:
    return None if value is None or total <= 0 else value / total


def _sum(values: Sequence[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def channel_rows(stats: Sequence[ChannelStat], currency: str) -> tuple[ChannelRow, ...]:
    """One row per channel; each share column sums to 1 (exact) and to 100 % (shown) over the channels."""
    ti = sum(s.impressions or 0 for s in stats)
    tv = sum(s.views or 0 for s in stats)
    tg = sum(s.gmv or 0 for s in stats)
    shown = [rounded_shares([getattr(s, f) for s in stats]) for f in ("impressions", "views", "gmv")]
    totals = (_sum([s.impressions for s in stats]), _sum([s.views for s in stats]), _sum([s.gmv for s in stats]))
    return tuple(
        ChannelRow(s, currency, _share(s.impressions, ti), _share(s.views, tv), _share(s.gmv, tg),
                   (shown[0][i], shown[1][i], shown[2][i]), totals, s.tap_through_rate, s.ctr, s.ctor,
                   order_rate((s,)), s.watch_gpm)
        for i, s in enumerate(stats)
    )


def total_row(stats: Sequence[ChannelStat], currency: str) -> ChannelRow:
    """The sums of all channels: shares of 100 % (where provided), rates as ratios of sums."""
    total = ChannelStat("", Channel.OTHER, False, *(_sum([getattr(s, f) for s in stats]) for f in
                                                     ("impressions", "views", "product_clicks", "sku_orders", "gmv")))
    sums = (total.impressions, total.views, total.gmv)
    full = [None if v is None or v <= 0 else 1.0 for v in sums]
    pct = [None if f is None else 100.0 for f in full]
    return ChannelRow(total, currency, full[0], full[1], full[2], (pct[0], pct[1], pct[2]), sums,
                      tap_through(stats), click_rate(stats), click_to_order(stats), order_rate(stats),
                      watch_gpm(stats), is_total=True)


def breakdown_rows(stats: Sequence[ChannelStat], currency: str) -> tuple[ChannelRow, ...]:
    """The channel rows, then the total row (nothing when there are no channels)."""
    if not stats:
        return ()
    return (*channel_rows(stats, currency), total_row(stats, currency))


def default_ticks(stats: Sequence[ChannelStat], n: int = DEFAULT_TICKS) -> tuple[str, ...]:
    """The ``n`` channels with the most impressions (ties: by name), for the comparison chart."""
    ranked = sorted(stats, key=lambda s: (-(s.impressions or 0), s.channel_raw))
    return tuple(s.channel_raw for s in ranked[:n])


# --- the breakdown table ------------------------------------------------------------------------------------

class Col(IntEnum):
    """Columns of :class:`ChannelTableModel`."""

    CHANNEL, TYPE, IMPRESSIONS, IMPRESSIONS_PCT, VIEWS, VIEWS_PCT, GMV, GMV_PCT, TAP_THROUGH, CTR, CTOR, \
        ORDER_RATE, WATCH_GPM, CLICKS, SKU_ORDERS = range(15)


def _kind(r: ChannelRow) -> str:
    if r.is_total:
        return ""
    return translate("TrafficTable", "Paid") if r.stat.paid else translate("TrafficTable", "Organic")


def _missing_tip(value: object) -> str | None:
    return translate("TrafficTable", "Not provided by this source") if value is None else None


def _money(r: ChannelRow, value: float | None) -> str:
    return fmt.money(value, r.currency)


_MEASURES = (("impressions", "impressions_share"), ("views", "views_share"), ("gmv", "gmv_share"))


def _absolute(r: ChannelRow, field: str, value: int | None) -> str:
    return fmt.money(value, r.currency) if field == "gmv" else fmt.count(value)


def _share_tip(r: ChannelRow, which: int) -> str | None:
    field, share_field = _MEASURES[which]
    total = r.totals[which]
    value = getattr(r.stat, field)
    share = getattr(r, share_field)
    if value is None or share is None:
        return translate("TrafficTable", "Not provided by this source")
    if r.is_total:
        return translate("TrafficTable", "All channels: {value}").format(value=_absolute(r, field, value))
    return translate("TrafficTable", "{value} of {total}\nExact share: {exact}").format(
        value=_absolute(r, field, value), total=_absolute(r, field, total), exact=fmt.percent(share, decimals=3))


def _share_column(title: str, which: int) -> ColumnSpec[ChannelRow]:
    share_field = _MEASURES[which][1]

    def text(r: ChannelRow) -> str:
        shown = r.shown_shares[which]
        return fmt.percent(None if shown is None else shown / 100.0, decimals=1)

    return ColumnSpec(title, text, lambda r: getattr(r, share_field), True, lambda r: _share_tip(r, which))


def _count_column(title: str, field: str) -> ColumnSpec[ChannelRow]:
    return ColumnSpec(title, lambda r: fmt.count(getattr(r.stat, field)), lambda r: getattr(r.stat, field), True,
                      lambda r: _missing_tip(getattr(r.stat, field)))


def _rate_column(title: str, field: str) -> ColumnSpec[ChannelRow]:
    return ColumnSpec(title, lambda r: fmt.percent(getattr(r, field)), lambda r: getattr(r, field), True)


COLUMNS: tuple[ColumnSpec[ChannelRow], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("TrafficTable", "Channel"),
               lambda r: translate("TrafficTable", "Total") if r.is_total else channel_label(r.stat.channel_raw),
               lambda r: r.stat.channel_raw.casefold()),
    ColumnSpec(QT_TRANSLATE_NOOP("TrafficTable", "Type"), _kind),
    _count_column(QT_TRANSLATE_NOOP("TrafficTable", "Impr."), "impressions"),
    _share_column(QT_TRANSLATE_NOOP("TrafficTable", "Impr. %"), 0),
    _count_column(QT_TRANSLATE_NOOP("TrafficTable", "Views"), "views"),
    _share_column(QT_TRANSLATE_NOOP("TrafficTable", "Views %"), 1),
    ColumnSpec(QT_TRANSLATE_NOOP("TrafficTable", "GMV"), lambda r: _money(r, r.stat.gmv), lambda r: r.stat.gmv, True,
               lambda r: _missing_tip(r.stat.gmv)),
    _share_column(QT_TRANSLATE_NOOP("TrafficTable", "GMV %"), 2),
    _rate_column(QT_TRANSLATE_NOOP("TrafficTable", "Tap-through"), "tap_through"),
    _rate_column(QT_TRANSLATE_NOOP("TrafficTable", "CTR"), "ctr"),
    _rate_column(QT_TRANSLATE_NOOP("TrafficTable", "CTOR"), "ctor"),
    _rate_column(QT_TRANSLATE_NOOP("TrafficTable", "Order rate"), "order_rate"),
    ColumnSpec(QT_TRANSLATE_NOOP("TrafficTable", "Watch GPM"),
               lambda r: _money(r, r.watch_gpm),
               lambda r: r.watch_gpm, True),
    _count_column(QT_TRANSLATE_NOOP("TrafficTable", "Clicks"), "product_clicks"),
    _count_column(QT_TRANSLATE_NOOP("TrafficTable", "SKU orders"), "sku_orders"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("TrafficTable", "Traffic source; tick up to 5 channels to compare their trends on the chart"),
    QT_TRANSLATE_NOOP("TrafficTable", "Paid (ads, promotion) or organic traffic"),
    QT_TRANSLATE_NOOP("TrafficTable", "Impressions: times the LIVE was shown through this channel"),
    QT_TRANSLATE_NOOP("TrafficTable", "Share of the LIVE's impressions"),
    QT_TRANSLATE_NOOP("TrafficTable", "Entries into the LIVE room (revisits count)"),
    QT_TRANSLATE_NOOP("TrafficTable", "Share of the LIVE's views"),
    QT_TRANSLATE_NOOP("TrafficTable", "Value of paid orders attributed to this channel"),
    QT_TRANSLATE_NOOP("TrafficTable", "Share of the LIVE's GMV"),
    QT_TRANSLATE_NOOP("TrafficTable", "Tap-through rate (ERR, enter room rate): views ÷ impressions"),
    QT_TRANSLATE_NOOP("TrafficTable", "LIVE CTR: product clicks ÷ views"),
    QT_TRANSLATE_NOOP("TrafficTable", "Click-to-order rate: SKU orders ÷ product clicks"),
    QT_TRANSLATE_NOOP("TrafficTable", "Order rate: SKU orders ÷ views"),
    QT_TRANSLATE_NOOP("TrafficTable", "GMV per 1,000 views"),
    QT_TRANSLATE_NOOP("TrafficTable", "Product clicks: clicks that opened a product detail page"),
    QT_TRANSLATE_NOOP("TrafficTable", "SKU-level order lines"),
)


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value


class ChannelTableModel(RecordTableModel[ChannelRow]):
    """Per-channel traffic of the selected LIVE, with a bold total row last.

    The channel column of a channel row is checkable: the ticked channels (at most ``MAX_TICKS``) are the ones
    compared on the chart. A tick past the cap is refused. ``DecorationRole`` of that column is the channel's
    colour.

    Signals:
        ticks_changed: the ticked channels changed. arg: tuple[str, ...] (raw names, in the order ticked)
        tick_refused: a tick was refused because ``MAX_TICKS`` channels are ticked. arg: the channel's raw name
    """

    ticks_changed = Signal(object)
    tick_refused = Signal(str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)
        self._ticks: tuple[str, ...] = ()

    def set_channels(self, stats: Sequence[ChannelStat], currency: str, locale: QLocale | None = None) -> None:
        """Show a LIVE's channels (and their total)."""
        self.set_rows(breakdown_rows(stats, currency))

    # --- ticks ------------------------------------------------------------------------------------------
    def ticks(self) -> tuple[str, ...]:
        """The ticked channels, in the order ticked."""
        return self._ticks

    def set_ticks(self, names: Sequence[str]) -> None:
        """Tick exactly these channels (the first ``MAX_TICKS``; duplicates dropped)."""
        ticks = tuple(dict.fromkeys(names))[:MAX_TICKS]
        if ticks == self._ticks:
            return
        self._ticks = ticks
        self._announce_checks()
        self.ticks_changed.emit(ticks)

    def set_ticked(self, name: str, ticked: bool) -> bool:
        """Tick or untick one channel; returns False (and emits ``tick_refused``) when the cap refuses it."""
        if ticked == (name in self._ticks):
            return True
        if ticked and len(self._ticks) >= MAX_TICKS:
            self.tick_refused.emit(name)
            return False
        self._ticks = (*self._ticks, name) if ticked else tuple(n for n in self._ticks if n != name)
        self._announce_checks()
        self.ticks_changed.emit(self._ticks)
        return True

    def toggle(self, row: int) -> bool:
        """Flip the tick of the channel in ``row`` (the total row has none); False when refused or not a channel."""
        if not 0 <= row < len(self.rows()) or self.rows()[row].is_total:
            return False
        name = self.rows()[row].stat.channel_raw
        return self.set_ticked(name, name not in self._ticks)

    def _announce_checks(self) -> None:
        if self.rows():
            self.dataChanged.emit(self.index(0, Col.CHANNEL), self.index(len(self.rows()) - 1, Col.CHANNEL),
                                  [Qt.ItemDataRole.CheckStateRole])

    # --- Qt model ---------------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Col.CHANNEL and index.row() < len(self.rows()) \
                and not self.rows()[index.row()].is_total:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows()):
            return None
        row = self.rows()[index.row()]
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if index.column() == Col.CHANNEL and not row.is_total:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.stat.channel_raw in self._ticks else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(channel_color(row.stat.channel_raw, row.stat.channel))
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("TrafficTable",
                                 "Tick to compare this channel on the chart (up to {n} channels)").format(n=MAX_TICKS)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != Col.CHANNEL \
                or index.row() >= len(self.rows()) or self.rows()[index.row()].is_total:
            return False
        return self.set_ticked(self.rows()[index.row()].stat.channel_raw, _is_checked(value))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(HEADER_TIPS):
            return _tr(HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        """Headers, "Total", channel types and tooltips in the current language."""
        super().retranslate()
        if self.rows():
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows()) - 1, len(COLUMNS) - 1))


class TotalLastProxyModel(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps the total row (``RECORD_ROLE`` with ``is_total``) last in either order."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        # Descending sorts call lessThan(right, left): answer so that the total compares as the last row either way.
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if _is_total(left):
            return not ascending
        if _is_total(right):
            return ascending
        return super().lessThan(left, right)


def _is_total(index: Index) -> bool:
    row = index.data(RECORD_ROLE)
    return bool(getattr(row, "is_total", False))


# --- the comparison chart's metrics ---------------------------------------------------------------------------

class ChannelMetric(Enum):
    """What the channel comparison chart draws, per minute."""

    IMPRESSIONS = "impressions"
    GMV = "gmv"
    VIEWS = "views"


CHANNEL_METRIC_NAMES = {ChannelMetric.IMPRESSIONS: QT_TRANSLATE_NOOP("TrafficTable", "Impressions"),
                        ChannelMetric.GMV: QT_TRANSLATE_NOOP("TrafficTable", "GMV"),
                        ChannelMetric.VIEWS: QT_TRANSLATE_NOOP("TrafficTable", "Views")}


def channel_metric_name(metric: ChannelMetric) -> str:
    """A chart metric's name in the current language."""
    return _tr(CHANNEL_METRIC_NAMES[metric])


def series_values(series: ChannelSeries, metric: ChannelMetric) -> Any:
    """A channel series' array of ``metric`` (float, NaN where missing)."""
    return getattr(series, metric.value)


# --- the insight -----------------------------------------------------------------------------------------------

class InsightRate(Enum):
    """The rate an under-used channel stands out on."""

    TAP_THROUGH = "tap_through"  # views ÷ impressions
    CTOR = "ctor"  # SKU orders ÷ product clicks
    ORDER_RATE = "order_rate"  # SKU orders ÷ views


MIN_RATIO = 1.2  # a channel stands out when its rate is at least this many times the LIVE's
# the smallest denominator a channel's rate is trusted on (a handful of events gives a meaningless rate)
MIN_BASE = {InsightRate.TAP_THROUGH: 200, InsightRate.CTOR: 20, InsightRate.ORDER_RATE: 100}
_RATES: dict[InsightRate, tuple[Callable[[Sequence[ChannelStat]], float | None], Callable[[ChannelStat], int | None]]] \
    = {InsightRate.TAP_THROUGH: (tap_through, lambda s: s.impressions),
       InsightRate.CTOR: (click_to_order, lambda s: s.product_clicks),
       InsightRate.ORDER_RATE: (order_rate, lambda s: s.views)}


@dataclass(frozen=True, slots=True)
class ChannelInsight:
    """The most under-used channel: it taps through or converts well but gets a small share of impressions.

    Attributes:
        channel: the channel's raw name.
        rate_kind: the rate it stands out on.
        rate: the channel's rate.
        average: the LIVE's rate over all channels (a ratio of sums).
        ratio: ``rate / average``.
        impressions_share: the channel's share of impressions (0..1).
        median_share: the median share of impressions over the channels (0..1); the channel's is below it.
    """

    channel: str
    rate_kind: InsightRate
    rate: float
    average: float
    ratio: float
    impressions_share: float
    median_share: float


def underused_channel(stats: Sequence[ChannelStat], min_ratio: float = MIN_RATIO) -> ChannelInsight | None:
    """The channel that deserves more traffic, or None when no channel qualifies.

    Candidates are the channels whose share of impressions is below the median share. Each candidate is scored
    by its best rate relative to the LIVE's rate over all channels: tap-through (views ÷ impressions), CTOR
    (SKU orders ÷ product clicks) or order rate (SKU orders ÷ views), each counted only with at least
    ``MIN_BASE`` events in its denominator. The candidate with the highest score of at least ``min_ratio`` wins
    (ties: the smaller share, then the name).
    """
    with_impr = [s for s in stats if s.impressions is not None]
    total = sum(s.impressions or 0 for s in with_impr)
    if len(with_impr) < 2 or total <= 0:
        return None
    shares = {s.channel_raw: (s.impressions or 0) / total for s in with_impr}
    median = statistics.median(shares.values())
    averages = {kind: rate(stats) for kind, (rate, _) in _RATES.items()}
    best: ChannelInsight | None = None
    for s in with_impr:
        share = shares[s.channel_raw]
        if share >= median:
            continue
        for kind, (rate_of, base_of) in _RATES.items():
            average, base, rate = averages[kind], base_of(s), rate_of((s,))
            if average is None or average <= 0 or rate is None or base is None or base < MIN_BASE[kind]:
                continue
            ratio = rate / average
            if ratio < min_ratio:
                continue
            found = ChannelInsight(s.channel_raw, kind, rate, average, ratio, share, median)
            if best is None or (-found.ratio, found.impressions_share, found.channel) < \
                    (-best.ratio, best.impressions_share, best.channel):
                best = found
    return best
