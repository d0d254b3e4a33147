"""Shares that add up: largest-remainder rounding, and the rows of the Key metrics share panels.

Rounding every share on its own can make a column of percentages add up to 99.9 % or 100.1 %.
Largest-remainder (Hamilton) rounding hands the missing units to the shares that lost most in rounding, so
the numbers shown add up to exactly 100 %; tooltips give the exact values.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from livedesk.models import formatting as fmt
from livedesk.models.repository import AudienceShare, ChannelStat, FollowerSegment
from livedesk.models.table_model import ColumnSpec, Index, RecordTableModel

CONTEXT = "Shares"
translate = QCoreApplication.translate
SHARE_ROLE = int(Qt.ItemDataRole.UserRole) + 10  # rounded share as a fraction 0..1 (inline bars)
OTHER = "Other"
FOLLOWER, NON_FOLLOWER = "follower", "non_follower"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- rounding -----------------------------------------------------------------------------------------

def share_units(values: Sequence[int | None], decimals: int = 1) -> tuple[int | None, ...]:
    """Shares in units of ``10**-decimals`` percent that add up to exactly ``100 * 10**decimals``.

    Args:
        values: non-negative integers; ``None`` (not provided) is left out of the total and stays ``None``.
        decimals: decimal places of the percentages.

    Returns:
        One entry per value; all ``None`` when nothing is provided or everything is zero.

    Raises:
        ValueError: a value or ``decimals`` is negative.
        TypeError: a value is not an integer (money is in minor units, counts are whole).
    """
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    present = [(i, operator.index(v)) for i, v in enumerate(values) if v is not None]
    if any(v < 0 for _, v in present):
        raise ValueError("shares need non-negative values")
    total = sum(v for _, v in present)
    if total <= 0:
        return (None,) * len(values)
    whole = 100 * 10**decimals
    units: dict[int, int] = {}
    remainders = []
    for i, v in present:
        units[i], remainder = divmod(v * whole, total)  # exact integer arithmetic
        remainders.append((remainder, v, i))
    missing = whole - sum(units.values())  # < len(present): each remainder < total
    # Largest remainder first; ties go to the larger value, then to the earlier entry (deterministic).
    for _, _, i in sorted(remainders, key=lambda r: (-r[0], -r[1], r[2]))[:missing]:
        units[i] += 1
    return tuple(units.get(i) for i in range(len(values)))


def rounded_shares(values: Sequence[int | None], decimals: int = 1) -> tuple[float | None, ...]:
    """Percentages rounded to ``decimals`` places whose non-None entries add up to exactly 100.

    Largest-remainder rounding: each share is first rounded down, then the units still missing to reach
    100 go to the shares with the largest remainders. Every result is the float nearest to a number with
    ``decimals`` places, and those decimal numbers add up to 100 exactly (binary float addition of them can
    be off in the last bit: compare ``round(sum(...), decimals)`` or use :func:`share_units`).

    Args:
        values: non-negative integers; ``None`` is excluded from the total and stays ``None``.
        decimals: decimal places.

    Returns:
        One percentage (0..100) or ``None`` per value; all ``None`` for empty or all-zero input.
    """
    scale = 10**decimals
    return tuple(None if u is None else u / scale for u in share_units(values, decimals))


def exact_shares(values: Sequence[float | None]) -> tuple[float | None, ...]:
    """Unrounded percentages of the non-None total (all ``None`` when that total is not positive)."""
    total = sum(v for v in values if v is not None)
    return tuple(None if v is None or total <= 0 else v / total * 100.0 for v in values)


# --- traffic-source shares ------------------------------------------------------------------------------

class Measure(IntEnum):
    """What a traffic share is a share of."""

    GMV, IMPRESSIONS, VIEWS = range(3)


MEASURE_NAMES = {Measure.GMV: QT_TRANSLATE_NOOP("Shares", "GMV"),
                 Measure.IMPRESSIONS: QT_TRANSLATE_NOOP("Shares", "Impressions"),
                 Measure.VIEWS: QT_TRANSLATE_NOOP("Shares", "Views")}


@dataclass(frozen=True, slots=True)
class ChannelShare:
    """A channel's GMV, impressions and views with its shares of each, indexed by :class:`Measure`.

    Attributes:
        name: the channel as the source names it ("Total" row: empty).
        values: absolute figures (GMV in minor units of ``currency``); ``None`` = not provided.
        shares: percentages rounded so that each column adds up to 100.
        exact: unrounded percentages.
        totals: the column totals the shares are taken of.
        currency: ISO code of the GMV.
        is_total: the "Total" row.
    """

    name: str
    values: tuple[int | None, ...]
    shares: tuple[float | None, ...]
    exact: tuple[float | None, ...]
    totals: tuple[int | None, ...]
    currency: str
    is_total: bool = False


def _measures(s: ChannelStat) -> tuple[int | None, ...]:
    return s.gmv, s.impressions, s.views


def channel_shares(stats: Sequence[ChannelStat], currency: str, decimals: int = 1) -> tuple[ChannelShare, ...]:
    """One row per channel, by GMV share (then impressions) descending, then a "Total" row; () if no channels."""
    if not stats:
        return ()
    ordered = sorted(stats, key=lambda s: (s.gmv is None, -(s.gmv or 0), -(s.impressions or 0), s.channel_raw))
    columns = [[_measures(s)[m] for s in ordered] for m in Measure]
    rounded = [rounded_shares(col, decimals) for col in columns]
    exact = [exact_shares(col) for col in columns]
    totals = tuple(None if all(v is None for v in col) else sum(v for v in col if v is not None) for col in columns)
    rows = [ChannelShare(s.channel_raw, _measures(s), tuple(r[i] for r in rounded), tuple(e[i] for e in exact),
                         totals, currency) for i, s in enumerate(ordered)]
    total_shares = tuple(None if all(x is None for x in r) else 100.0 for r in rounded)
    rows.append(ChannelShare("", totals, total_shares, total_shares, totals, currency, is_total=True))
    return tuple(rows)


def _absolute(measure: Measure, value: float | None, currency: str) -> str:
    return fmt.money(value, currency) if measure is Measure.GMV else fmt.count(value)


def share_tooltip(row: ChannelShare, measure: Measure) -> str:
    """The exact share and the absolute value behind a rounded share cell."""
    value, total = row.values[measure], row.totals[measure]
    if value is None or row.shares[measure] is None:
        return translate("Shares", "Not provided by this source")
    name = _tr(MEASURE_NAMES[measure])
    if row.is_total:
        return translate("Shares", "{measure} of all channels: {total}").format(measure=name,
                                                                total=_absolute(measure, total, row.currency))
    return translate("Shares", "{measure}: {value} of {total}\nExact share: {exact}").format(
        measure=name, value=_absolute(measure, value, row.currency), total=_absolute(measure, total, row.currency),
        exact=fmt.percent((row.exact[measure] or 0.0) / 100.0, decimals=3))


def _share_text(row: ChannelShare, measure: Measure, decimals: int = 1) -> str:
    share = row.shares[measure]
    return fmt.percent(None if share is None else share / 100.0, decimals=decimals)


def _share_column(title: str, measure: Measure) -> ColumnSpec[ChannelShare]:
    return ColumnSpec(title, lambda r: _share_text(r, measure), lambda r: r.shares[measure], True,
                      lambda r: share_tooltip(r, measure))


class ShareColumn(IntEnum):
    """Columns of :class:`ChannelShareModel`."""

    CHANNEL, GMV, IMPRESSIONS, VIEWS = range(4)


SHARE_COLUMNS: tuple[ColumnSpec[ChannelShare], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("Shares", "Channel"),
               lambda r: translate("Shares", "Total") if r.is_total else translate("Channels", r.name)),
    _share_column(QT_TRANSLATE_NOOP("Shares", "GMV %"), Measure.GMV),
    _share_column(QT_TRANSLATE_NOOP("Shares", "Impr. %"), Measure.IMPRESSIONS),
    _share_column(QT_TRANSLATE_NOOP("Shares", "Views %"), Measure.VIEWS),
)
_HEADER_TIPS = (QT_TRANSLATE_NOOP("Shares", "Traffic source"),
                QT_TRANSLATE_NOOP("Shares", "Share of GMV"),
                QT_TRANSLATE_NOOP("Shares", "Share of impressions"),
                QT_TRANSLATE_NOOP("Shares", "Share of views"))


class ChannelShareModel(RecordTableModel[ChannelShare]):
    """Channels with their shares of GMV, impressions and views, and a bold "Total" row last.

    ``SHARE_ROLE`` gives a share cell's rounded share as a fraction (for inline bars).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(SHARE_COLUMNS, CONTEXT, parent)

    def set_channels(self, stats: Sequence[ChannelStat], currency: str) -> None:
        """Show a LIVE's channels."""
        self.set_rows(channel_shares(stats, currency))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows()):
            return None
        row = self.rows()[index.row()]
        if role == SHARE_ROLE:
            if index.column() == ShareColumn.CHANNEL or row.is_total:
                return None
            share = row.shares[index.column() - 1]
            return None if share is None else share / 100.0
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(_HEADER_TIPS):
            return _tr(_HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def retranslate(self) -> None:
        """Headers and the "Total" label in the current language."""
        super().retranslate()
        if self.rows():
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows()) - 1, len(SHARE_COLUMNS) - 1))


# --- follower vs non-follower ---------------------------------------------------------------------------

class FollowerMetric(IntEnum):
    """The figures compared between followers and non-followers."""

    GMV, SKU_ORDERS, AVG_PRICE, VIEWERS, CUSTOMERS = range(5)


FOLLOWER_METRIC_NAMES = {
    FollowerMetric.GMV: QT_TRANSLATE_NOOP("Shares", "GMV"),
    FollowerMetric.SKU_ORDERS: QT_TRANSLATE_NOOP("Shares", "SKU orders"),
    FollowerMetric.AVG_PRICE: QT_TRANSLATE_NOOP("Shares", "Avg. price"),
    FollowerMetric.VIEWERS: QT_TRANSLATE_NOOP("Shares", "Viewers"),
    FollowerMetric.CUSTOMERS: QT_TRANSLATE_NOOP("Shares", "Customers"),
}


def follower_metric_name(metric: FollowerMetric) -> str:
    """A follower figure's name in the current language."""
    return _tr(FOLLOWER_METRIC_NAMES[metric])


@dataclass(frozen=True, slots=True)
class FollowerRow:
    """One figure for followers and non-followers, with each segment's share of their sum.

    Attributes:
        metric: which figure.
        values: (followers, non-followers); money in minor units; ``None`` = not provided.
        shares: rounded percentages adding up to 100, or ``None`` (average price; a value missing).
        exact: unrounded percentages, or ``None``.
    """

    metric: FollowerMetric
    values: tuple[float | None, float | None]
    shares: tuple[float | None, float | None]
    exact: tuple[float | None, float | None]


def _segment_values(seg: FollowerSegment | None) -> tuple[float | None, ...]:
    if seg is None:
        return (None,) * len(FollowerMetric)
    return seg.gmv, seg.sku_orders, seg.avg_price, seg.viewers, seg.customers


def follower_rows(segments: Sequence[FollowerSegment], decimals: int = 1) -> tuple[FollowerRow, ...]:
    """The follower split by :class:`FollowerMetric`; () when the LIVE has no follower data."""
    by = {s.segment: s for s in segments}
    if FOLLOWER not in by and NON_FOLLOWER not in by:
        return ()
    fol, non = _segment_values(by.get(FOLLOWER)), _segment_values(by.get(NON_FOLLOWER))
    rows = []
    for m in FollowerMetric:
        pair = (fol[m], non[m])
        shares: tuple[float | None, ...] = (None, None)
        exact: tuple[float | None, ...] = (None, None)
        if m is not FollowerMetric.AVG_PRICE and None not in pair:
            ints = [int(v) for v in pair if v is not None]
            shares, exact = rounded_shares(ints, decimals), exact_shares(ints)
        rows.append(FollowerRow(m, pair, (shares[0], shares[1]), (exact[0], exact[1])))
    return tuple(rows)


# --- audience profile -----------------------------------------------------------------------------------

DIMENSION_ORDER = ("gender", "region", "country", "age")
HORIZONTAL_DIMENSIONS = frozenset({"region", "country"})
DIMENSION_TITLES = {"gender": QT_TRANSLATE_NOOP("Shares", "Gender"),
                    "age": QT_TRANSLATE_NOOP("Shares", "Age"),
                    "region": QT_TRANSLATE_NOOP("Shares", "Region"),
                    "country": QT_TRANSLATE_NOOP("Shares", "Country")}
BUCKET_LABELS = {"female": QT_TRANSLATE_NOOP("Shares", "Female"),
                 "male": QT_TRANSLATE_NOOP("Shares", "Male"),
                 "unknown": QT_TRANSLATE_NOOP("Shares", "Unknown"),
                 "other": QT_TRANSLATE_NOOP("Shares", "Other"), "others": QT_TRANSLATE_NOOP("Shares", "Other")}


@dataclass(frozen=True, slots=True)
class AudiencePage:
    """One carousel page: an audience dimension's buckets in drawing order.

    Attributes:
        dimension: e.g. "gender", "age", "region", "country".
        buckets: (bucket as stored, or ``OTHER`` for the folded rest; share 0..1).
        horizontal: drawn as horizontal bars (long labels).
    """

    dimension: str
    buckets: tuple[tuple[str, float], ...]
    horizontal: bool


def dimension_title(dimension: str) -> str:
    """A page title in the current language, e.g. "region" → "Region"."""
    title = DIMENSION_TITLES.get(dimension)
    return _tr(title) if title else dimension.replace("_", " ").capitalize()


def bucket_label(bucket: str) -> str:
    """A bucket as shown, e.g. "female" → "Female"; place names and age groups stay as they are."""
    label = BUCKET_LABELS.get(bucket.lower())
    return _tr(label) if label else bucket


def _age_key(bucket: str) -> tuple[int, str]:
    m = re.match(r"\s*(\d+)", bucket)
    return (int(m.group(1)), bucket) if m else (10**6, bucket)


def _is_other(bucket: str) -> bool:
    return bucket.lower() in ("other", "others")


def _page(dimension: str, rows: list[tuple[str, float]], top: int) -> AudiencePage:
    if dimension == "age":
        return AudiencePage(dimension, tuple(sorted(rows, key=lambda r: _age_key(r[0]))), False)
    if dimension == "gender":
        order = {"female": 0, "male": 1}
        rows = sorted(rows, key=lambda r: (order.get(r[0].lower(), 2), -r[1], r[0]))
        return AudiencePage(dimension, tuple(rows), False)
    named = sorted((r for r in rows if not _is_other(r[0])), key=lambda r: (-r[1], r[0]))
    rest = sum(s for b, s in rows if _is_other(b)) + sum(s for _, s in named[top:])
    has_rest = len(named) > top or any(_is_other(b) for b, _ in rows)
    buckets = (*named[:top], (OTHER, rest)) if has_rest else tuple(named)
    return AudiencePage(dimension, buckets, dimension in HORIZONTAL_DIMENSIONS or len(buckets) > 6)


def audience_pages(shares: Sequence[AudienceShare], audience: str, top: int = 8) -> tuple[AudiencePage, ...]:
    """The carousel pages of one audience ("viewer" or "customer"), known dimensions first.

    Region and country pages show the ``top`` buckets and fold the rest (and any "Other") into ``OTHER``.
    """
    by: dict[str, list[tuple[str, float]]] = {}
    for a in shares:
        if a.audience == audience:
            by.setdefault(a.dimension, []).append((a.bucket, a.share))
    dims = [d for d in DIMENSION_ORDER if d in by] + sorted(d for d in by if d not in DIMENSION_ORDER)
    return tuple(_page(d, by[d], top) for d in dims)
