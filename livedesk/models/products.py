"""Product list of a LIVE: per-product rows with their pins, and the table model over them.

A product is *pinned now* when the LIVE is running and its newest pin has no unpin yet. For that product the
row also carries its pin-window performance: the LIVE's product clicks, SKU orders, GMV and product CTR over
the samples since the pin moment.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models.records import EventKind, EventRecord
from livedesk.models.repository import ProductStat, SessionSnapshot
from livedesk.models.table_model import RECORD_ROLE, SORT_ROLE, ColumnSpec, Index, RecordTableModel

CONTEXT = "ProductList"
PINNED_NOW_MARK = "▶"  # drawn by every common UI font (emoji fonts are often missing)
PINNED_BEFORE_MARK = "●"
# Translucent amber: reads as a highlight on light and dark palettes alike.
PINNED_NOW_BACKGROUND = QColor(255, 193, 7, 64)
_PIN_WINDOW_COLUMNS = ("product_clicks", "product_impressions", "sku_orders", "gmv")


@dataclass(frozen=True, slots=True)
class ProductRow:
    """A product of the LIVE with its pins.

    Attributes:
        stat: the product's performance over the LIVE and its catalogue data.
        currency: ISO currency of the LIVE (money is in its minor units).
        started_at: start of the LIVE (UTC ms), for LIVE-clock texts.
        pinned_now: the product is pinned right now (only while the LIVE runs).
        pin_ts: the product's latest pin moment (UTC ms), or None when it was never pinned.
        pin_count: how many times the product was pinned in this LIVE.
        pin_clicks: product clicks since ``pin_ts`` (pinned now only; None otherwise or when unknown).
        pin_sku_orders: SKU orders since ``pin_ts`` (as above).
        pin_gmv: GMV since ``pin_ts``, minor units (as above).
        pin_ctr: product clicks ÷ product impressions since ``pin_ts`` (as above).
    """

    stat: ProductStat
    currency: str
    started_at: int
    pinned_now: bool
    pin_ts: int | None
    pin_count: int
    pin_clicks: float | None = None
    pin_sku_orders: float | None = None
    pin_gmv: float | None = None
    pin_ctr: float | None = None

    @property
    def pin_offset_ms(self) -> int | None:
        """The latest pin moment on the LIVE clock (ms since the start), or None."""
        return None if self.pin_ts is None else self.pin_ts - self.started_at

    def matches(self, needle: str) -> bool:
        """True when ``needle`` (already case-folded) occurs in the product's name or SKU."""
        return needle in self.stat.name.casefold() or needle in self.stat.sku.casefold()


def _is_closed(pin: EventRecord, unpins: Sequence[EventRecord]) -> bool:
    # A source may report the unpin as its own event instead of filling in ts_end.
    return pin.ts_end is not None or any(u.ref == pin.ref and u.ts >= pin.ts for u in unpins)


def current_pin(snap: SessionSnapshot) -> EventRecord | None:
    """The pin of the product pinned right now, or None (always None once the LIVE has ended).

    Only one product can be pinned at a time, so an older pin left open by the source is superseded by
    the newest open one.
    """
    if not snap.session.is_live:
        return None
    unpins = [e for e in snap.events if e.kind is EventKind.PRODUCT_UNPIN]
    open_pins = [e for e in snap.events if e.kind is EventKind.PRODUCT_PIN and not _is_closed(e, unpins)]
    return max(open_pins, key=lambda e: e.ts, default=None)


def product_rows(snap: SessionSnapshot) -> tuple[ProductRow, ...]:
    """The rows of the product list of a LIVE, in the snapshot's product order."""
    pins: dict[str, list[int]] = {}
    for e in snap.events:
        if e.kind is EventKind.PRODUCT_PIN:
            pins.setdefault(e.ref, []).append(e.ts)
    now = current_pin(snap)
    currency, started = snap.session.currency, snap.session.started_at
    out = []
    for stat in snap.products:
        moments = pins.get(stat.external_id, [])
        pin_ts = max(moments) if moments else stat.first_pinned_at
        row = ProductRow(stat, currency, started, False, pin_ts, max(stat.pin_count, len(moments)))
        if now is not None and now.ref == stat.external_id:
            row = with_pin_figures(dataclasses.replace(row, pinned_now=True, pin_ts=now.ts), snap)
        out.append(row)
    return tuple(out)


def with_pin_figures(row: ProductRow, snap: SessionSnapshot) -> ProductRow:
    """The row of the product pinned now with its performance over the samples since ``row.pin_ts``."""
    assert row.pin_ts is not None
    window = snap.samples.window(row.pin_ts, None).columns
    totals = mx.Totals.of_arrays({k: window[k] for k in _PIN_WINDOW_COLUMNS if k in window})
    return dataclasses.replace(row, pin_clicks=mx.value(mx.metric("product_clicks"), totals),
                               pin_sku_orders=mx.value(mx.metric("sku_orders"), totals),
                               pin_gmv=mx.value(mx.metric("gmv"), totals),
                               pin_ctr=mx.value(mx.metric("product_ctr"), totals))


# --- the table model ------------------------------------------------------------------------------------

# Literal contexts below (not CONTEXT): pyside6-lupdate extracts only calls with string literals.
def _tr(text: str) -> str:
    """Translate a text declared with QT_TRANSLATE_NOOP in this module's context."""
    return QCoreApplication.translate(CONTEXT, text)


def _not_provided() -> str:
    return QCoreApplication.translate("ProductList", "Not provided by this source")


def _missing_tip(value: object) -> str | None:
    return _not_provided() if value is None else None


def _ratio_tip(num: int | None, den: int | None, zero: str) -> str | None:
    if num is None or den is None:
        return _not_provided()
    return _tr(zero) if den == 0 else None


def _product_text(r: ProductRow) -> str:
    if r.pinned_now:
        return f"{PINNED_NOW_MARK} {r.stat.name}"
    if r.pin_count:
        return f"{PINNED_BEFORE_MARK} {r.stat.name}"
    return r.stat.name


def _product_tip(r: ProductRow) -> str | None:
    since, n = fmt.clock(r.pin_offset_ms or 0), r.pin_count  # n: lupdate skips calls with a dotted n
    if r.pinned_now:
        return QCoreApplication.translate("ProductList", "Pinned now, since {since} · pins in this LIVE: %n", None,
                                          n).format(since=since)
    if r.pin_ts is not None:
        return QCoreApplication.translate(
            "ProductList", "Pins in this LIVE: %n\nClick to replay from its pin at {since}.", None,
            n).format(since=since)
    return None


def _num(title: str, get: Callable[[ProductRow], Any],
         show: Callable[[ProductRow], str] | None = None) -> ColumnSpec[ProductRow]:
    """A right-aligned column of one (possibly missing) value, sorted by the value."""
    return ColumnSpec(title, show or (lambda r: fmt.count(get(r))), get, True, lambda r: _missing_tip(get(r)))


def _money(title: str, get: Callable[[ProductRow], int | None]) -> ColumnSpec[ProductRow]:
    return _num(title, get, lambda r: fmt.money(get(r), r.currency))


class ProductColumn(IntEnum):
    """Columns of the product list, in model order."""

    PRODUCT = 0
    SKU = 1
    PRICE = 2
    GMV = 3
    ITEMS_SOLD = 4
    SKU_ORDERS = 5
    CUSTOMERS = 6
    IMPRESSIONS = 7
    CLICKS = 8
    CTR = 9
    CTOR = 10
    ADD_TO_CART = 11
    PINS = 12

    @property
    def key(self) -> str:
        """Stable name of the column (for settings)."""
        return self.name.lower()


_NO_IMPRESSIONS = QT_TRANSLATE_NOOP("ProductList", "No impressions yet")
_NO_CLICKS = QT_TRANSLATE_NOOP("ProductList", "No clicks yet")
COLUMNS: tuple[ColumnSpec[ProductRow], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("ProductList", "Product"), _product_text, lambda r: r.stat.name.casefold(), False,
               _product_tip),
    ColumnSpec(QT_TRANSLATE_NOOP("ProductList", "SKU"), lambda r: r.stat.sku, lambda r: r.stat.sku.casefold()),
    _money(QT_TRANSLATE_NOOP("ProductList", "Price"), lambda r: r.stat.price),
    _money(QT_TRANSLATE_NOOP("ProductList", "GMV"), lambda r: r.stat.gmv),
    _num(QT_TRANSLATE_NOOP("ProductList", "Items sold"), lambda r: r.stat.items_sold),
    _num(QT_TRANSLATE_NOOP("ProductList", "SKU orders"), lambda r: r.stat.sku_orders),
    _num(QT_TRANSLATE_NOOP("ProductList", "Customers"), lambda r: r.stat.customers),
    _num(QT_TRANSLATE_NOOP("ProductList", "Impressions"), lambda r: r.stat.impressions),
    _num(QT_TRANSLATE_NOOP("ProductList", "Clicks"), lambda r: r.stat.clicks),
    ColumnSpec(QT_TRANSLATE_NOOP("ProductList", "CTR"), lambda r: fmt.percent(r.stat.ctr), lambda r: r.stat.ctr,
               True, lambda r: _ratio_tip(r.stat.clicks, r.stat.impressions, _NO_IMPRESSIONS)),
    ColumnSpec(QT_TRANSLATE_NOOP("ProductList", "CTOR"), lambda r: fmt.percent(r.stat.ctor), lambda r: r.stat.ctor,
               True, lambda r: _ratio_tip(r.stat.sku_orders, r.stat.clicks, _NO_CLICKS)),
    _num(QT_TRANSLATE_NOOP("ProductList", "Add-to-cart"), lambda r: r.stat.add_to_cart),
    _num(QT_TRANSLATE_NOOP("ProductList", "Pins"), lambda r: r.pin_count),
)
assert len(COLUMNS) == len(ProductColumn)

COLUMN_HINTS: dict[ProductColumn, str] = {
    ProductColumn.CTR: QT_TRANSLATE_NOOP("ProductList", "Clicks ÷ impressions"),
    ProductColumn.CTOR: QT_TRANSLATE_NOOP("ProductList", "SKU orders ÷ clicks"),
}


class ProductTableModel(RecordTableModel[ProductRow]):
    """The products of the selected LIVE; the row of the product pinned now is highlighted.

    Every column is kept in the model; views hide the ones the user does not want.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)
        self._bold: QFont | None = None
        self._rows_of: tuple[object, ...] | None = None  # what the rows were computed from (products, events ...)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
            if not index.isValid() or index.row() >= len(self._rows) or not self._rows[index.row()].pinned_now:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(PINNED_NOW_BACKGROUND)
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(ProductColumn):
            hint = COLUMN_HINTS.get(ProductColumn(section))
            return None if hint is None else _tr(hint)
        return super().headerData(section, orientation, role)

    def set_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the products of a LIVE.

        A live second that brought neither products nor events (most of them) only moves the figures of the
        product pinned now: that row alone is computed again.
        """
        s = snap.session
        key = (snap.products, snap.events, s.id, s.is_live, s.currency, s.started_at)
        old = self._rows_of
        if old is not None and old[0] is key[0] and old[1] is key[1] and old[2:] == key[2:]:
            if any(r.pinned_now for r in self._rows):
                self.set_rows(tuple(with_pin_figures(r, snap) if r.pinned_now else r for r in self._rows))
            return
        self._rows_of = key
        self.set_rows(product_rows(snap))

    def looks_the_same(self, old: ProductRow, new: ProductRow) -> bool:
        """Rows differing only in the pin-window figures: no cell shows those (the summary above the table does),
        and for the pinned product they change every second."""
        return dataclasses.replace(new, pin_clicks=old.pin_clicks, pin_sku_orders=old.pin_sku_orders,
                                   pin_gmv=old.pin_gmv, pin_ctr=old.pin_ctr) == old

    def pinned_row(self) -> ProductRow | None:
        """The row of the product pinned now, if any."""
        return next((r for r in self._rows if r.pinned_now), None)

    def row_of(self, external_id: str) -> int:
        """The model row of a product, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.stat.external_id == external_id), -1)

    def retranslate(self) -> None:
        """Re-read headers and cell texts (after a language or locale change)."""
        super().retranslate()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])


class ProductFilterProxy(QSortFilterProxyModel):
    """Sorts by value and keeps the products whose name or SKU contains the search text (any case)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def search_text(self) -> str:
        """The search text applied."""
        return self._needle

    def set_search_text(self, text: str) -> None:
        """Filter on ``text`` (an empty text shows every product)."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        if not self._needle:
            return True
        model = self.sourceModel()
        record = model.index(source_row, 0, source_parent).data(RECORD_ROLE) if model is not None else None
        return isinstance(record, ProductRow) and record.matches(self._needle)
