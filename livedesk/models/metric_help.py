"""The metric reference: what each metric of the catalogue means and how to use it, and a table model over it.

Texts are keyed by the catalogue's metric key and declared with QT_TRANSLATE_NOOP in the "MetricHelp" context;
the definitions follow the TikTok LIVE Dashboard and Seller Center help (shared/reference/metrics.md). Label,
unit, good direction and formula come from the catalogue itself, so the reference never disagrees with the
cards, pickers and exports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from livedesk.models import metrics as mx
from livedesk.models.seller_columns import COLUMNS as SELLER_COLUMNS

CONTEXT = "MetricHelp"

# key → (what it means, how to use it)
HELP: dict[str, tuple[str, str]] = {
    "gmv": (
        QT_TRANSLATE_NOOP("MetricHelp", "Gross merchandise value: the value of paid orders attributed to the LIVE, "
                          "counted at payment time. It includes orders cancelled or refunded later."),
        QT_TRANSLATE_NOOP("MetricHelp", "Your headline result. Compare LIVEs of similar length, or use GMV per hour "
                          "and Watch GPM to compare LIVEs of different length and traffic."),
    ),
    "items_sold": (
        QT_TRANSLATE_NOOP("MetricHelp", "Units sold: one order of three pieces counts three."),
        QT_TRANSLATE_NOOP("MetricHelp", "Plan stock from it; a rise with flat GMV means cheaper items or "
                          "multi-buy offers are selling."),
    ),
    "sku_orders": (
        QT_TRANSLATE_NOOP("MetricHelp", "Paid order lines, one per SKU: a cart with two products is two SKU orders."),
        QT_TRANSLATE_NOOP("MetricHelp", "The numerator of CTOR (SKU orders) and the order rate; watch it when you "
                          "pin a product to see whether the pin sells."),
    ),
    "main_orders": (
        QT_TRANSLATE_NOOP("MetricHelp", "Paid parent orders: one checkout counts once, whatever it contains."),
        QT_TRANSLATE_NOOP("MetricHelp", "Use it for the average order value (Avg. price) and to see how often "
                          "buyers combine products."),
    ),
    "created_sku_orders": (
        QT_TRANSLATE_NOOP("MetricHelp", "SKU orders placed, paid or not."),
        QT_TRANSLATE_NOOP("MetricHelp", "Compare with SKU orders: a large gap means buyers stop at payment "
                          "(see Payment rate)."),
    ),
    "customers": (
        QT_TRANSLATE_NOOP("MetricHelp", "Unique paying buyers of the LIVE."),
        QT_TRANSLATE_NOOP("MetricHelp", "Customers ÷ viewers is the conversion rate; more customers at the same "
                          "GMV means a broader, less risky audience."),
    ),
    "impressions": (
        QT_TRANSLATE_NOOP("MetricHelp", "Times the LIVE was shown to someone: a feed card, a preview or a search "
                          "result. The reach of the LIVE."),
        QT_TRANSLATE_NOOP("MetricHelp", "Low impressions: go live at better times, promote the LIVE with short "
                          "videos or ads. High impressions with few views: see Tap-through rate."),
    ),
    "views": (
        QT_TRANSLATE_NOOP("MetricHelp", "Entries into the LIVE room. A viewer who leaves and comes back counts "
                          "again."),
        QT_TRANSLATE_NOOP("MetricHelp", "The base of the engagement rates per view, Watch GPM and the order rate. "
                          "Views far above viewers means people come back."),
    ),
    "viewers": (
        QT_TRANSLATE_NOOP("MetricHelp", "Unique people who entered the LIVE room."),
        QT_TRANSLATE_NOOP("MetricHelp", "The base of conversion and the interaction rates. Summed over several "
                          "LIVEs, one person is counted once per LIVE."),
    ),
    "current_viewers": (
        QT_TRANSLATE_NOOP("MetricHelp", "People in the room right now (concurrent viewers)."),
        QT_TRANSLATE_NOOP("MetricHelp", "Watch it during the LIVE: pin your best product or start an offer when "
                          "it peaks; a drop right after a segment tells you it did not hold attention."),
    ),
    "product_impressions": (
        QT_TRANSLATE_NOOP("MetricHelp", "Times product cards were shown in the LIVE (pinned card, basket list)."),
        QT_TRANSLATE_NOOP("MetricHelp", "Few product impressions for many views: open the basket and pin "
                          "products more often."),
    ),
    "product_clicks": (
        QT_TRANSLATE_NOOP("MetricHelp", "Taps that opened a product detail page during the LIVE. Counted per tap: "
                          "one buyer who taps three times makes three clicks."),
        QT_TRANSLATE_NOOP("MetricHelp", "The interest step of the funnel: divide by views (LIVE CTR) or product "
                          "impressions (Product CTR); orders ÷ clicks is CTOR."),
    ),
    "add_to_cart": (
        QT_TRANSLATE_NOOP("MetricHelp", "Times a product was added to a cart from the LIVE."),
        QT_TRANSLATE_NOOP("MetricHelp", "Many adds and few orders: buyers hesitate at checkout; remind them of the "
                          "offer's end, check shipping costs."),
    ),
    "comments": (
        QT_TRANSLATE_NOOP("MetricHelp", "Comments posted in the LIVE."),
        QT_TRANSLATE_NOOP("MetricHelp", "A sign of a lively room that TikTok rewards with traffic; ask questions "
                          "and answer by name to raise it."),
    ),
    "likes": (
        QT_TRANSLATE_NOOP("MetricHelp", "Likes (taps on the screen); one viewer can like many times."),
        QT_TRANSLATE_NOOP("MetricHelp", "A cheap engagement signal; compare the like rate between LIVEs rather than "
                          "raw totals."),
    ),
    "shares": (
        QT_TRANSLATE_NOOP("MetricHelp", "Times the LIVE was shared."),
        QT_TRANSLATE_NOOP("MetricHelp", "Shares bring new viewers for free: invite them around giveaways and "
                          "strong offers."),
    ),
    "new_followers": (
        QT_TRANSLATE_NOOP("MetricHelp", "Accounts that followed during the LIVE."),
        QT_TRANSLATE_NOOP("MetricHelp", "Followers are the audience of your next LIVEs; a low follow rate means "
                          "viewers see no reason to come back."),
    ),
    "gifts": (
        QT_TRANSLATE_NOOP("MetricHelp", "Virtual gifts sent by viewers."),
        QT_TRANSLATE_NOOP("MetricHelp", "A loyalty signal from your core fans; thank senders on camera."),
    ),
    "watch_seconds": (
        QT_TRANSLATE_NOOP("MetricHelp", "Seconds watched by all viewers together."),
        QT_TRANSLATE_NOOP("MetricHelp", "The base of the average viewing durations; it grows with both audience "
                          "size and retention."),
    ),
    "views_1min": (
        QT_TRANSLATE_NOOP("MetricHelp", "Views that lasted more than one minute."),
        QT_TRANSLATE_NOOP("MetricHelp", "Divide by views to see how many entries turn into real watching; a low "
                          "share points at the first seconds of your content."),
    ),
    "ads_cost": (
        QT_TRANSLATE_NOOP("MetricHelp", "Spend on paid promotion of the LIVE (LIVE ads, GMV Max, Promote)."),
        QT_TRANSLATE_NOOP("MetricHelp", "Lower is better for the same result: weigh it against Ads GMV "
                          "(GMV Max ROI)."),
    ),
    "ads_gmv": (
        QT_TRANSLATE_NOOP("MetricHelp", "GMV attributed to paid promotion."),
        QT_TRANSLATE_NOOP("MetricHelp", "Compare with ads cost (ROI) and with total GMV to see how much of your "
                          "sales you buy."),
    ),
    "pcu": (
        QT_TRANSLATE_NOOP("MetricHelp", "Peak concurrent viewers: the most people in the room at one time."),
        QT_TRANSLATE_NOOP("MetricHelp", "Shows the LIVE's best moment; find it on the trend chart and repeat what "
                          "you did then."),
    ),
    "acu": (
        QT_TRANSLATE_NOOP("MetricHelp", "Average concurrent viewers over the LIVE."),
        QT_TRANSLATE_NOOP("MetricHelp", "A steadier measure than the peak: a high peak with a low average means "
                          "traffic came in bursts and left."),
    ),
    "tap_through_rate": (
        QT_TRANSLATE_NOOP("MetricHelp", "Enter room rate (ERR): views ÷ LIVE impressions, the share of people who "
                          "saw the LIVE and tapped in."),
        QT_TRANSLATE_NOOP("MetricHelp", "Below the market: work on the LIVE cover, title and the first seconds "
                          "people see in the feed preview."),
    ),
    "live_ctr": (
        QT_TRANSLATE_NOOP("MetricHelp", "LIVE click-through rate: product clicks ÷ views."),
        QT_TRANSLATE_NOOP("MetricHelp", "Low: pin the product you talk about, show it close to the camera and "
                          "invite viewers to tap the basket."),
    ),
    "product_ctr": (
        QT_TRANSLATE_NOOP("MetricHelp", "Product click-through rate: product clicks ÷ product impressions."),
        QT_TRANSLATE_NOOP("MetricHelp", "Measures how tempting the product card is: its picture, title and price."),
    ),
    "ctor_sku": (
        QT_TRANSLATE_NOOP("MetricHelp", "Click-to-order rate: SKU orders ÷ product clicks, the share of product "
                          "page visits that end in a paid order."),
        QT_TRANSLATE_NOOP("MetricHelp", "Low: check the price, vouchers, shipping cost, stock and the product page "
                          "(photos, reviews)."),
    ),
    "ctor_main": (
        QT_TRANSLATE_NOOP("MetricHelp", "Click-to-order rate by parent orders: main orders ÷ product clicks."),
        QT_TRANSLATE_NOOP("MetricHelp", "Read it next to CTOR (SKU orders): the gap shows how often buyers take "
                          "several products in one checkout."),
    ),
    "sku_order_rate": (
        QT_TRANSLATE_NOOP("MetricHelp", "SKU orders ÷ views: how many views end in an order line."),
        QT_TRANSLATE_NOOP("MetricHelp", "The whole room-to-order funnel in one figure; split it into LIVE CTR and "
                          "CTOR to find the weak step."),
    ),
    "conversion_rate": (
        QT_TRANSLATE_NOOP("MetricHelp", "Customers ÷ viewers: the share of unique viewers who bought."),
        QT_TRANSLATE_NOOP("MetricHelp", "The best single measure of how well a LIVE sells to the people it "
                          "reaches; over several LIVEs it is a ratio of the sums."),
    ),
    "watch_gpm": (
        QT_TRANSLATE_NOOP("MetricHelp", "GMV per 1,000 views."),
        QT_TRANSLATE_NOOP("MetricHelp", "Compares how well LIVEs monetize their audience regardless of its size; "
                          "TikTok uses it to decide how much traffic a LIVE deserves."),
    ),
    "show_gpm": (
        QT_TRANSLATE_NOOP("MetricHelp", "GMV per 1,000 LIVE impressions."),
        QT_TRANSLATE_NOOP("MetricHelp", "Covers the whole funnel from feed to order; use it to compare traffic "
                          "channels and paid promotion."),
    ),
    "avg_price": (
        QT_TRANSLATE_NOOP("MetricHelp", "Average order value: GMV ÷ main orders."),
        QT_TRANSLATE_NOOP("MetricHelp", "Raise it with bundles, multi-buy offers and free shipping thresholds."),
    ),
    "avg_view_duration": (
        QT_TRANSLATE_NOOP("MetricHelp", "Average viewing duration per unique viewer: total watch time ÷ viewers."),
        QT_TRANSLATE_NOOP("MetricHelp", "Short: the content does not hold attention. Open with a hook, demonstrate, "
                          "answer comments and keep a rhythm of small moments."),
    ),
    "avg_view_duration_per_view": (
        QT_TRANSLATE_NOOP("MetricHelp", "Average viewing duration per view: total watch time ÷ views."),
        QT_TRANSLATE_NOOP("MetricHelp", "Shorter than the per-viewer figure when people come back several times; "
                          "compare both to see whether viewers return."),
    ),
    "comment_rate": (
        QT_TRANSLATE_NOOP("MetricHelp", "Comments ÷ viewers."),
        QT_TRANSLATE_NOOP("MetricHelp", "Engagement independent of audience size; ask questions that are easy to "
                          "answer in one word."),
    ),
    "follow_rate": (
        QT_TRANSLATE_NOOP("MetricHelp", "New followers ÷ viewers."),
        QT_TRANSLATE_NOOP("MetricHelp", "Low: tell viewers what your next LIVE brings and why to follow now."),
    ),
    "like_rate": (
        QT_TRANSLATE_NOOP("MetricHelp", "Likes ÷ viewers."),
        QT_TRANSLATE_NOOP("MetricHelp", "A light engagement signal; like goals (\"at 10K likes we reveal...\") "
                          "raise it."),
    ),
    "share_rate": (
        QT_TRANSLATE_NOOP("MetricHelp", "Shares ÷ viewers."),
        QT_TRANSLATE_NOOP("MetricHelp", "Free reach: ask for shares when the offer is worth telling friends about."),
    ),
    "payment_rate": (
        QT_TRANSLATE_NOOP("MetricHelp", "Paid SKU orders ÷ created SKU orders."),
        QT_TRANSLATE_NOOP("MetricHelp", "Low: buyers drop at payment; check payment methods, shipping costs shown "
                          "late, and remind buyers to complete their order."),
    ),
    "gmv_max_roi": (
        QT_TRANSLATE_NOOP("MetricHelp", "Return on ad spend: Ads GMV ÷ ads cost (1.8× = 180 %)."),
        QT_TRANSLATE_NOOP("MetricHelp", "Below your margin's break-even, the ads lose money even when GMV grows."),
    ),
    "gmv_per_hour": (
        QT_TRANSLATE_NOOP("MetricHelp", "GMV divided by the hours of the window."),
        QT_TRANSLATE_NOOP("MetricHelp", "Compares LIVEs of different length; use it to choose how long to stay "
                          "live."),
    ),
    "impressions_per_hour": (
        QT_TRANSLATE_NOOP("MetricHelp", "LIVE impressions divided by the hours of the window."),
        QT_TRANSLATE_NOOP("MetricHelp", "Shows how much traffic TikTok gives the LIVE over time; a falling pace "
                          "late in a LIVE suggests ending earlier."),
    ),
}

UNIT_NAMES: dict[mx.Unit, str] = {
    mx.Unit.COUNT: QT_TRANSLATE_NOOP("MetricHelp", "count"),
    mx.Unit.MONEY: QT_TRANSLATE_NOOP("MetricHelp", "money"),
    mx.Unit.RATE: QT_TRANSLATE_NOOP("MetricHelp", "percentage"),
    mx.Unit.SECONDS: QT_TRANSLATE_NOOP("MetricHelp", "duration"),
    mx.Unit.FACTOR: QT_TRANSLATE_NOOP("MetricHelp", "multiplier"),
}
HIGHER = QT_TRANSLATE_NOOP("MetricHelp", "▲ higher is better")
LOWER = QT_TRANSLATE_NOOP("MetricHelp", "▼ lower is better")
GROUPS: dict[mx.Group, str] = {
    mx.Group.TRAFFIC_EXPRESS: QT_TRANSLATE_NOOP("MetricHelp", "Traffic express"),
    mx.Group.ALL: QT_TRANSLATE_NOOP("MetricHelp", "All metrics"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def description(key: str) -> str:
    """What a metric means, in the UI language (the catalogue's one-line definition if no help text)."""
    entry = HELP.get(key)
    return _tr(entry[0]) if entry else mx.description(mx.metric(key))


def how_to_use(key: str) -> str:
    """How to use a metric, in the UI language ("" if no help text)."""
    entry = HELP.get(key)
    return _tr(entry[1]) if entry else ""


def unit_name(m: mx.Metric) -> str:
    """The metric's unit in words."""
    return _tr(UNIT_NAMES[m.unit])


def direction(m: mx.Metric) -> str:
    """The metric's good direction in words."""
    return _tr(HIGHER if m.higher_is_better else LOWER)


def seller_center_labels(key: str) -> tuple[str, ...]:
    """The English column labels a Seller Center export uses for the metric (empty if none)."""
    return tuple(label for c in SELLER_COLUMNS if c.key == key for label in c.labels.get("en", ()))


def formula(m: mx.Metric) -> str:
    """How a derived metric is computed, in catalogue terms ("" for a stored metric)."""
    if m.aggregation is mx.Aggregation.RATIO and m.numerator and m.denominator:
        num, den = mx.label(mx.metric(m.numerator)), mx.label(mx.metric(m.denominator))
        scale = "" if m.scale == 1 else f" × {m.scale:,.0f}"
        return f"{num} ÷ {den}{scale}"
    if m.aggregation is mx.Aggregation.PER_HOUR and m.numerator:
        return QCoreApplication.translate("MetricHelp", "{metric} ÷ hours").format(
            metric=mx.label(mx.metric(m.numerator)))
    if m.aggregation is mx.Aggregation.MAX and m.numerator:
        return QCoreApplication.translate("MetricHelp", "highest {metric}").format(
            metric=mx.label(mx.metric(m.numerator)))
    if m.aggregation is mx.Aggregation.MEAN and m.numerator:
        return QCoreApplication.translate("MetricHelp", "mean {metric}").format(
            metric=mx.label(mx.metric(m.numerator)))
    return ""


# --- the table model --------------------------------------------------------------------------------------------

class ReferenceColumn(IntEnum):
    """Columns of the metric reference."""

    METRIC = 0
    MEANING = 1
    UNIT = 2
    DIRECTION = 3
    HOW_TO_USE = 4


HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("MetricHelp", "Metric"),
    QT_TRANSLATE_NOOP("MetricHelp", "What it means"),
    QT_TRANSLATE_NOOP("MetricHelp", "Unit"),
    QT_TRANSLATE_NOOP("MetricHelp", "Good direction"),
    QT_TRANSLATE_NOOP("MetricHelp", "How to use it"),
)
METRIC_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the Metric of the row
SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # every text of the row, case-folded, for the search

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Row:
    metric: mx.Metric
    cells: tuple[str, ...]
    tooltip: str
    search: str


class MetricReferenceModel(QAbstractTableModel):
    """One row per catalogue metric: label, meaning, unit, good direction, how to use it."""

    def __init__(self, catalogue: Sequence[mx.Metric] = mx.CATALOGUE, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogue = tuple(catalogue)
        self._rows: tuple[_Row, ...] = ()
        self._build()

    def _build(self) -> None:
        rows = []
        for m in self._catalogue:
            cells = (mx.label(m), description(m.key), unit_name(m), direction(m), how_to_use(m.key))
            extra = [QCoreApplication.translate("MetricHelp", "Group: {group}").format(group=_tr(GROUPS[m.group]))]
            if f := formula(m):
                extra.append(QCoreApplication.translate("MetricHelp", "Formula: {formula}").format(formula=f))
            if labels := seller_center_labels(m.key):
                extra.append(QCoreApplication.translate("MetricHelp", "In Seller Center exports: {labels}").format(
                    labels=", ".join(labels)))
            rows.append(_Row(m, cells, "\n".join(extra), " ".join((*cells, m.key, *labels)).casefold()))
        self._rows = tuple(rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ReferenceColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.cells[0]} — {row.cells[index.column()]}\n{row.tooltip}" if index.column() else row.tooltip
        if role == METRIC_ROLE:
            return row.metric
        if role == SEARCH_ROLE:
            return row.search
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return super().headerData(section, orientation, role)

    def keys(self) -> tuple[str, ...]:
        """The metric keys, in row order."""
        return tuple(r.metric.key for r in self._rows)

    def retranslate(self) -> None:
        """Re-read every text in the UI language."""
        self.beginResetModel()
        self._build()
        self.endResetModel()


class MetricReferenceFilter(QSortFilterProxyModel):
    """Keeps the metrics whose label, key, meaning, unit, direction or advice contains every searched word."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def search_text(self) -> str:
        """The words searched for."""
        return " ".join(self._words)

    def set_search_text(self, text: str) -> None:
        """Filter on ``text`` (any case; every word must occur; empty shows every metric)."""
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        if not self._words:
            return True
        model = self.sourceModel()
        if model is None:
            return False
        hay = model.index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(w in hay for w in self._words)
