"""The metric catalogue: one declaration per metric, read by cards, pickers, exports and the glossary.

Stored metrics are columns of the ``metric_sample`` table, one value per sample interval (an increment for
additive metrics, a gauge for ``current_viewers``). Derived metrics are computed from the stored columns over
a window: a ratio is always the ratio of the sums, never the mean of per-interval ratios.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Metrics"


class Unit(Enum):
    """How a metric's value is expressed."""

    COUNT = "count"
    MONEY = "money"  # integer minor units of the session currency
    RATE = "rate"  # fraction 0..1
    SECONDS = "seconds"
    FACTOR = "factor"  # a multiplier such as ROI (1.8 = 180 %)


class Group(Enum):
    """Where a metric is listed in pickers."""

    TRAFFIC_EXPRESS = "traffic_express"
    ALL = "all"


class Aggregation(Enum):
    """How a metric aggregates over a window of samples."""

    SUM = "sum"
    MAX = "max"
    MEAN = "mean"
    LAST = "last"
    RATIO = "ratio"  # sum(numerator) / sum(denominator) * scale
    PER_HOUR = "per_hour"  # sum(numerator) / window hours


@dataclass(frozen=True, slots=True)
class Metric:
    """One metric of the catalogue.

    Attributes:
        key: stable identifier, also the column name for stored metrics.
        label: untranslated label (translate with :func:`label`).
        description: untranslated one-line definition, for tooltips and the glossary.
        unit: how the value is expressed.
        higher_is_better: the metric's good direction.
        group: Traffic express or All metrics.
        aggregation: how samples combine over a window.
        numerator: source column for RATIO / PER_HOUR / MAX / MEAN of another column.
        denominator: source column for RATIO.
        scale: multiplier applied to a ratio (1000 for GPM).
        stored: True when the metric is a column of ``metric_sample``.
    """

    key: str
    label: str
    description: str
    unit: Unit
    higher_is_better: bool
    group: Group
    aggregation: Aggregation
    numerator: str | None = None
    denominator: str | None = None
    scale: float = 1.0
    stored: bool = False


def _stored(
    key: str,
    label: str,
    desc: str,
    unit: Unit = Unit.COUNT,
    *,
    group: Group = Group.ALL,
    agg: Aggregation = Aggregation.SUM,
    better: bool = True,
) -> Metric:
    return Metric(key, label, desc, unit, better, group, agg, stored=True)


def _ratio(
    key: str,
    label: str,
    desc: str,
    num: str,
    den: str,
    unit: Unit = Unit.RATE,
    *,
    scale: float = 1.0,
    group: Group = Group.ALL,
    better: bool = True,
) -> Metric:
    return Metric(key, label, desc, unit, better, group, Aggregation.RATIO, num, den, scale)


def _of(
    key: str, label: str, desc: str, agg: Aggregation, source: str, unit: Unit = Unit.COUNT, *, group: Group = Group.ALL
) -> Metric:
    return Metric(key, label, desc, unit, True, group, agg, numerator=source)


TE = Group.TRAFFIC_EXPRESS
M, S, R, F = Unit.MONEY, Unit.SECONDS, Unit.RATE, Unit.FACTOR

CATALOGUE: tuple[Metric, ...] = (
    # --- stored: one column each in metric_sample -------------------------------------------------
    _stored(
        "gmv",
        QT_TRANSLATE_NOOP("Metrics", "GMV"),
        QT_TRANSLATE_NOOP("Metrics", "Value of paid orders attributed to the LIVE."),
        M,
        group=TE,
    ),
    _stored(
        "items_sold",
        QT_TRANSLATE_NOOP("Metrics", "Items sold"),
        QT_TRANSLATE_NOOP("Metrics", "Units sold during the LIVE."),
    ),
    _stored(
        "sku_orders",
        QT_TRANSLATE_NOOP("Metrics", "SKU orders"),
        QT_TRANSLATE_NOOP("Metrics", "Paid order lines, one per SKU."),
    ),
    _stored(
        "main_orders", QT_TRANSLATE_NOOP("Metrics", "Main orders"), QT_TRANSLATE_NOOP("Metrics", "Paid parent orders.")
    ),
    _stored(
        "created_sku_orders",
        QT_TRANSLATE_NOOP("Metrics", "Created SKU orders"),
        QT_TRANSLATE_NOOP("Metrics", "SKU orders placed, paid or not."),
    ),
    _stored(
        "customers",
        QT_TRANSLATE_NOOP("Metrics", "Customers"),
        QT_TRANSLATE_NOOP("Metrics", "Unique paying buyers."),
        group=TE,
    ),
    _stored(
        "impressions",
        QT_TRANSLATE_NOOP("Metrics", "LIVE impressions"),
        QT_TRANSLATE_NOOP("Metrics", "Times the LIVE was shown in a feed card or preview."),
        group=TE,
    ),
    _stored(
        "views",
        QT_TRANSLATE_NOOP("Metrics", "Views"),
        QT_TRANSLATE_NOOP("Metrics", "Entries into the LIVE room; revisits count."),
        group=TE,
    ),
    _stored(
        "viewers", QT_TRANSLATE_NOOP("Metrics", "Viewers"), QT_TRANSLATE_NOOP("Metrics", "Unique viewers."), group=TE
    ),
    _stored(
        "current_viewers",
        QT_TRANSLATE_NOOP("Metrics", "Current viewers"),
        QT_TRANSLATE_NOOP("Metrics", "Viewers in the room right now."),
        agg=Aggregation.LAST,
        group=TE,
    ),
    _stored(
        "product_impressions",
        QT_TRANSLATE_NOOP("Metrics", "Product impressions"),
        QT_TRANSLATE_NOOP("Metrics", "Times product cards were shown in the LIVE."),
    ),
    _stored(
        "product_clicks",
        QT_TRANSLATE_NOOP("Metrics", "Product clicks"),
        QT_TRANSLATE_NOOP("Metrics", "Clicks that opened a product detail page during the LIVE."),
    ),
    _stored(
        "add_to_cart",
        QT_TRANSLATE_NOOP("Metrics", "Add-to-cart"),
        QT_TRANSLATE_NOOP("Metrics", "Products added to a cart from the LIVE."),
    ),
    _stored(
        "comments",
        QT_TRANSLATE_NOOP("Metrics", "Comments"),
        QT_TRANSLATE_NOOP("Metrics", "Comments posted in the LIVE."),
    ),
    _stored("likes", QT_TRANSLATE_NOOP("Metrics", "Likes"), QT_TRANSLATE_NOOP("Metrics", "Likes (taps) in the LIVE.")),
    _stored(
        "shares", QT_TRANSLATE_NOOP("Metrics", "Shares"), QT_TRANSLATE_NOOP("Metrics", "Times the LIVE was shared.")
    ),
    _stored(
        "new_followers",
        QT_TRANSLATE_NOOP("Metrics", "New followers"),
        QT_TRANSLATE_NOOP("Metrics", "Accounts that followed during the LIVE."),
        group=TE,
    ),
    _stored("gifts", QT_TRANSLATE_NOOP("Metrics", "Gifts"), QT_TRANSLATE_NOOP("Metrics", "Gifts sent by viewers.")),
    _stored(
        "watch_seconds",
        QT_TRANSLATE_NOOP("Metrics", "Total watch time"),
        QT_TRANSLATE_NOOP("Metrics", "Seconds watched by all viewers."),
        S,
    ),
    _stored(
        "views_1min",
        QT_TRANSLATE_NOOP("Metrics", "> 1 min. views"),
        QT_TRANSLATE_NOOP("Metrics", "Views lasting more than one minute."),
        group=TE,
    ),
    _stored(
        "ads_cost",
        QT_TRANSLATE_NOOP("Metrics", "Ads cost"),
        QT_TRANSLATE_NOOP("Metrics", "Spend on paid promotion of the LIVE."),
        M,
        better=False,
    ),
    _stored(
        "ads_gmv",
        QT_TRANSLATE_NOOP("Metrics", "Ads GMV"),
        QT_TRANSLATE_NOOP("Metrics", "GMV attributed to paid promotion."),
        M,
    ),
    # --- derived over a window ----------------------------------------------------------------------
    _of(
        "pcu",
        QT_TRANSLATE_NOOP("Metrics", "Peak viewers (PCU)"),
        QT_TRANSLATE_NOOP("Metrics", "Highest number of concurrent viewers."),
        Aggregation.MAX,
        "current_viewers",
        group=TE,
    ),
    _of(
        "acu",
        QT_TRANSLATE_NOOP("Metrics", "Average viewers (ACU)"),
        QT_TRANSLATE_NOOP("Metrics", "Mean number of concurrent viewers."),
        Aggregation.MEAN,
        "current_viewers",
    ),
    _ratio(
        "tap_through_rate",
        QT_TRANSLATE_NOOP("Metrics", "Tap-through rate (ERR)"),
        QT_TRANSLATE_NOOP("Metrics", "Enter room rate: views ÷ LIVE impressions."),
        "views",
        "impressions",
        group=TE,
    ),
    _ratio(
        "live_ctr",
        QT_TRANSLATE_NOOP("Metrics", "LIVE CTR"),
        QT_TRANSLATE_NOOP("Metrics", "Product clicks ÷ views."),
        "product_clicks",
        "views",
        group=TE,
    ),
    _ratio(
        "product_ctr",
        QT_TRANSLATE_NOOP("Metrics", "Product CTR"),
        QT_TRANSLATE_NOOP("Metrics", "Product clicks ÷ product impressions."),
        "product_clicks",
        "product_impressions",
    ),
    _ratio(
        "ctor_sku",
        QT_TRANSLATE_NOOP("Metrics", "CTOR (SKU orders)"),
        QT_TRANSLATE_NOOP("Metrics", "SKU orders ÷ product clicks."),
        "sku_orders",
        "product_clicks",
        group=TE,
    ),
    _ratio(
        "ctor_main",
        QT_TRANSLATE_NOOP("Metrics", "CTOR (main orders)"),
        QT_TRANSLATE_NOOP("Metrics", "Main orders ÷ product clicks."),
        "main_orders",
        "product_clicks",
    ),
    _ratio(
        "sku_order_rate",
        QT_TRANSLATE_NOOP("Metrics", "Order rate (SKU orders)"),
        QT_TRANSLATE_NOOP("Metrics", "SKU orders ÷ views."),
        "sku_orders",
        "views",
    ),
    _ratio(
        "conversion_rate",
        QT_TRANSLATE_NOOP("Metrics", "Conversion rate"),
        QT_TRANSLATE_NOOP("Metrics", "Customers ÷ viewers."),
        "customers",
        "viewers",
        group=TE,
    ),
    _ratio(
        "watch_gpm",
        QT_TRANSLATE_NOOP("Metrics", "Watch GPM"),
        QT_TRANSLATE_NOOP("Metrics", "GMV per 1,000 views."),
        "gmv",
        "views",
        M,
        scale=1000.0,
        group=TE,
    ),
    _ratio(
        "show_gpm",
        QT_TRANSLATE_NOOP("Metrics", "Show GPM"),
        QT_TRANSLATE_NOOP("Metrics", "GMV per 1,000 LIVE impressions."),
        "gmv",
        "impressions",
        M,
        scale=1000.0,
        group=TE,
    ),
    _ratio(
        "avg_price",
        QT_TRANSLATE_NOOP("Metrics", "Avg. price"),
        QT_TRANSLATE_NOOP("Metrics", "GMV ÷ main orders."),
        "gmv",
        "main_orders",
        M,
    ),
    _ratio(
        "avg_view_duration",
        QT_TRANSLATE_NOOP("Metrics", "Avg. viewing duration"),
        QT_TRANSLATE_NOOP("Metrics", "Mean watch time per unique viewer."),
        "watch_seconds",
        "viewers",
        S,
        group=TE,
    ),
    _ratio(
        "avg_view_duration_per_view",
        QT_TRANSLATE_NOOP("Metrics", "Avg. viewing duration per view"),
        QT_TRANSLATE_NOOP("Metrics", "Mean watch time per view."),
        "watch_seconds",
        "views",
        S,
    ),
    _ratio(
        "comment_rate",
        QT_TRANSLATE_NOOP("Metrics", "Comment rate"),
        QT_TRANSLATE_NOOP("Metrics", "Comments ÷ viewers."),
        "comments",
        "viewers",
    ),
    _ratio(
        "follow_rate",
        QT_TRANSLATE_NOOP("Metrics", "Follow rate"),
        QT_TRANSLATE_NOOP("Metrics", "New followers ÷ viewers."),
        "new_followers",
        "viewers",
        group=TE,
    ),
    _ratio(
        "like_rate",
        QT_TRANSLATE_NOOP("Metrics", "Like rate"),
        QT_TRANSLATE_NOOP("Metrics", "Likes ÷ viewers."),
        "likes",
        "viewers",
    ),
    _ratio(
        "share_rate",
        QT_TRANSLATE_NOOP("Metrics", "Share rate"),
        QT_TRANSLATE_NOOP("Metrics", "Shares ÷ viewers."),
        "shares",
        "viewers",
    ),
    _ratio(
        "payment_rate",
        QT_TRANSLATE_NOOP("Metrics", "Payment rate"),
        QT_TRANSLATE_NOOP("Metrics", "Paid SKU orders ÷ created SKU orders."),
        "sku_orders",
        "created_sku_orders",
    ),
    _ratio(
        "gmv_max_roi",
        QT_TRANSLATE_NOOP("Metrics", "GMV Max ROI"),
        QT_TRANSLATE_NOOP("Metrics", "Ads GMV ÷ ads cost."),
        "ads_gmv",
        "ads_cost",
        F,
    ),
    _of(
        "gmv_per_hour",
        QT_TRANSLATE_NOOP("Metrics", "GMV per hour"),
        QT_TRANSLATE_NOOP("Metrics", "GMV divided by the hours of the window."),
        Aggregation.PER_HOUR,
        "gmv",
        M,
    ),
    _of(
        "impressions_per_hour",
        QT_TRANSLATE_NOOP("Metrics", "Impressions per hour"),
        QT_TRANSLATE_NOOP("Metrics", "LIVE impressions divided by the hours of the window."),
        Aggregation.PER_HOUR,
        "impressions",
    ),
)

BY_KEY: dict[str, Metric] = {m.key: m for m in CATALOGUE}
STORED_KEYS: tuple[str, ...] = tuple(m.key for m in CATALOGUE if m.stored)
MONEY_COLUMNS: frozenset[str] = frozenset(m.key for m in CATALOGUE if m.stored and m.unit is Unit.MONEY)
GAUGE_KEYS: frozenset[str] = frozenset(m.key for m in CATALOGUE if m.stored and m.aggregation is not Aggregation.SUM)


def metric(key: str) -> Metric:
    """Return the metric declared under ``key`` (KeyError for an unknown key)."""
    return BY_KEY[key]


def label(m: Metric) -> str:
    """The metric's label in the current UI language."""
    return QCoreApplication.translate(CONTEXT, m.label)


def description(m: Metric) -> str:
    """The metric's definition in the current UI language."""
    return QCoreApplication.translate(CONTEXT, m.description)


def sources_of(m: Metric) -> tuple[str, ...]:
    """The stored columns a metric is computed from."""
    if m.stored:
        return (m.key,)
    return tuple(c for c in (m.numerator, m.denominator) if c is not None)


@dataclass(frozen=True, slots=True)
class Totals:
    """Per stored column, the window's sum, max, mean and last value (None where the window has no data).

    Built from arrays (:meth:`of_arrays`) or straight from SQL aggregates; :func:`value` turns it into any
    metric of the catalogue, so a ratio is always the ratio of the sums.
    """

    sums: Mapping[str, float | None]
    maxes: Mapping[str, float | None]
    means: Mapping[str, float | None]
    lasts: Mapping[str, float | None]
    window_s: float | None = None

    @staticmethod
    def of_arrays(columns: Mapping[str, np.ndarray], window_s: float | None = None) -> Totals:
        """Totals of a window of samples (float arrays, NaN where missing)."""
        sums: dict[str, float | None] = {}
        maxes: dict[str, float | None] = {}
        means: dict[str, float | None] = {}
        lasts: dict[str, float | None] = {}
        for key, arr in columns.items():
            present = arr[~np.isnan(arr)]
            if present.size == 0:
                sums[key] = maxes[key] = means[key] = lasts[key] = None
                continue
            sums[key] = float(present.sum())
            if key in GAUGE_KEYS:
                maxes[key], means[key], lasts[key] = float(present.max()), float(present.mean()), float(present[-1])
        return Totals(sums, maxes, means, lasts, window_s)


def value(m: Metric, totals: Totals) -> float | None:
    """The metric's value over the window the totals describe; None when there is no data (never 0)."""
    src = m.numerator or m.key
    agg = m.aggregation
    if agg is Aggregation.RATIO:
        num, den = totals.sums.get(src), totals.sums.get(m.denominator or "")
        if num is None or not den:
            return None
        return num / den * m.scale
    if agg is Aggregation.SUM:
        return totals.sums.get(src)
    if agg is Aggregation.MAX:
        return totals.maxes.get(src)
    if agg is Aggregation.MEAN:
        return totals.means.get(src)
    if agg is Aggregation.LAST:
        return totals.lasts.get(src)
    if agg is Aggregation.PER_HOUR:
        total = totals.sums.get(src)
        if total is None or not totals.window_s:
            return None
        return total / (totals.window_s / 3600.0)
    raise ValueError(f"unknown aggregation {agg}")


def aggregate(m: Metric, columns: Mapping[str, np.ndarray], window_s: float | None = None) -> float | None:
    """Aggregate one metric over a window of samples (see :class:`Totals`)."""
    needed = {c: columns[c] for c in sources_of(m) if c in columns}
    return value(m, Totals.of_arrays(needed, window_s))


def rolling(m: Metric, columns: Mapping[str, np.ndarray], window: int = 60) -> np.ndarray:
    """A per-sample series smoothed over the trailing ``window`` samples, for live charts.

    Additive metrics give the trailing-window sum (e.g. GMV per minute at 1 s samples), ratios the
    trailing ratio of sums, gauges their raw value. Missing values count as absent, never as 0.
    """
    src = columns[m.numerator or m.key]
    if m.aggregation in (Aggregation.MAX, Aggregation.MEAN, Aggregation.LAST):
        return np.asarray(src, dtype=np.float64)

    def trailing_sum(a: np.ndarray) -> np.ndarray:
        filled = np.where(np.isnan(a), 0.0, a)
        c = np.concatenate([[0.0], np.cumsum(filled)])
        out = c[window:] - c[:-window] if a.size >= window else np.empty(0)
        head = c[1 : min(window, a.size + 1)]
        return np.concatenate([head, out])[: a.size]

    num = trailing_sum(src)
    if m.aggregation is Aggregation.RATIO:
        den = trailing_sum(columns[m.denominator or ""])
        with np.errstate(all="ignore"):
            out = num / den * m.scale
        out[~np.isfinite(out)] = np.nan
        return out
    out = num
    if m.aggregation is Aggregation.PER_HOUR:
        out = out * (3600.0 / window)
    if src.size and np.isnan(src).all():
        out = np.full(src.size, np.nan)
    return out
