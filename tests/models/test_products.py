"""Product rows: pins, pin-window performance, and the table model over them."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from livedesk.models import repository as repo
from livedesk.models.products import (
    ProductColumn,
    ProductFilterProxy,
    ProductTableModel,
    current_pin,
    product_rows,
)
from livedesk.models.records import (
    Batch,
    EventKind,
    EventRecord,
    ProductRecord,
    SampleBlock,
    SessionProductRecord,
    SessionStatus,
)
from livedesk.models.repository import SessionSnapshot
from livedesk.models.store import Store
from livedesk.models.table_model import RECORD_ROLE, SORT_ROLE
from tests.factories import ACCOUNT, T0, base_batch, session_ref

SECONDS = 600
PIN_NOW_S = 400  # sku-1 is pinned from here on (no unpin yet)
# external id, name, SKU, price (minor units)
CATALOGUE = (
    ("sku-1", "Lip Oil Cherry", "LO-CH-01", 1999),
    ("sku-2", "Vitamin C Serum", "VC-30ML", 2999),
    ("sku-3", "Hydrating Toner", "HT-200", 1599),
    ("sku-4", "Glow Mask", "GM-5", None),
)
# GMV of sku-1..3: "$1,500.00" < "$250.00" < "$90.00" as text, the other way round as numbers.
GMV = {"sku-1": 150_000, "sku-2": 9_000, "sku-3": 25_000}


def clicks_at(i: int) -> int:
    """Product clicks in second ``i`` of the test LIVE."""
    return i % 5 + 1


def impressions_at(i: int) -> int:
    """Product impressions in second ``i``."""
    return 20 + i % 3


def orders_at(i: int) -> int:
    """SKU orders in second ``i``."""
    return i % 2


def gmv_at(i: int) -> int:
    """GMV (cents) in second ``i``."""
    return 100 * (i % 4)


def samples_batch(seconds: int = SECONDS) -> Batch:
    """One-second samples of the product metrics."""
    cols = ("product_clicks", "product_impressions", "sku_orders", "gmv")
    rows = tuple((T0 + i * 1000, clicks_at(i), impressions_at(i), orders_at(i), gmv_at(i)) for i in range(seconds))
    return Batch("manual", samples=(SampleBlock(session_ref(), cols, rows, "manual"),), up_to_ts=rows[-1][0])


def products_batch(gmv: dict[str, int] | None = None, extra: tuple[tuple[str, str, str, int], ...] = ()) -> Batch:
    """The catalogue, per-LIVE product stats and pins: sku-1 pinned twice (the second still open), sku-2 once."""
    gmv = {**GMV, **(gmv or {})}
    ref = session_ref()
    catalogue = CATALOGUE + extra
    products = tuple(ProductRecord(ACCOUNT, pid, name, sku, price, "USD", "manual")
                     for pid, name, sku, price in catalogue)
    stats = []
    for pid, *_ in catalogue:
        if pid == "sku-4":  # the source gives nothing for it
            stats.append(SessionProductRecord(ref, pid, 0, None, *([None] * 9), "manual"))
            continue
        g = gmv.get(pid, 1_000)
        pins = {"sku-1": 2}.get(pid, 0)  # sku-2's pin is only known from its event
        stats.append(SessionProductRecord(ref, pid, pins, None, 1000, 100, 30, 14, 12, 9, g // 800, 8, g, "manual"))
    events = (
        EventRecord(ref, EventKind.PRODUCT_PIN, T0 + 60_000, T0 + 120_000, "sku-1", "Lip Oil Cherry", "manual"),
        EventRecord(ref, EventKind.PRODUCT_PIN, T0 + 200_000, T0 + 300_000, "sku-2", "Vitamin C Serum", "manual"),
        EventRecord(ref, EventKind.PRODUCT_PIN, T0 + PIN_NOW_S * 1000, None, "sku-1", "Lip Oil Cherry", "manual"),
    )
    return Batch("manual", products=products, session_products=tuple(stats), events=events)


def write_live(store: Store, *, ended: bool = False, products: bool = True) -> SessionSnapshot:
    """Write the test LIVE (running, or ended) and read its snapshot."""
    status = SessionStatus.ENDED if ended else SessionStatus.LIVE
    store.write(base_batch(status=status, ended_at=T0 + SECONDS * 1000 if ended else None))
    store.write(samples_batch())
    if products:
        store.write(products_batch())
    return read_snapshot(store)


def read_snapshot(store: Store) -> SessionSnapshot:
    """The snapshot of the test LIVE."""
    with store.engine.connect() as conn:
        return repo.load_snapshot(conn, 1)


@pytest.fixture
def live(store: Store) -> SessionSnapshot:
    return write_live(store)


def by_id(snap: SessionSnapshot) -> dict:
    return {r.stat.external_id: r for r in product_rows(snap)}


def test_pinned_now_has_its_pin_window_performance(live: SessionSnapshot) -> None:
    rows = by_id(live)
    assert [r.stat.external_id for r in product_rows(live)] == ["sku-1", "sku-2", "sku-3", "sku-4"]
    now = rows["sku-1"]
    assert now.pinned_now and now.pin_ts == T0 + PIN_NOW_S * 1000 and now.pin_count == 2
    window = range(PIN_NOW_S, SECONDS)
    clicks = sum(clicks_at(i) for i in window)
    impressions = sum(impressions_at(i) for i in window)
    assert now.pin_clicks == clicks
    assert now.pin_sku_orders == sum(orders_at(i) for i in window)
    assert now.pin_gmv == sum(gmv_at(i) for i in window)
    assert now.pin_ctr == pytest.approx(clicks / impressions)
    assert now.pin_offset_ms == PIN_NOW_S * 1000


def test_other_products_keep_their_latest_pin_but_no_window(live: SessionSnapshot) -> None:
    rows = by_id(live)
    earlier = rows["sku-2"]
    assert not earlier.pinned_now and earlier.pin_ts == T0 + 200_000
    assert earlier.pin_count == 1  # from the events, though the stats say 0
    assert earlier.pin_clicks is earlier.pin_gmv is earlier.pin_ctr is None
    never = rows["sku-3"]
    assert (never.pinned_now, never.pin_ts, never.pin_count) == (False, None, 0)


def test_nothing_is_pinned_now_once_the_live_has_ended(store: Store) -> None:
    snap = write_live(store, ended=True)
    assert current_pin(snap) is None
    assert not any(r.pinned_now for r in product_rows(snap))
    assert by_id(snap)["sku-1"].pin_ts == T0 + PIN_NOW_S * 1000  # still seekable


def test_an_unpin_event_closes_the_pin_and_the_newest_open_pin_wins(live: SessionSnapshot) -> None:
    ref = session_ref()
    unpin = EventRecord(ref, EventKind.PRODUCT_UNPIN, T0 + 500_000, None, "sku-1", "", "manual")
    assert current_pin(dataclasses.replace(live, events=(*live.events, unpin))) is None
    newer = EventRecord(ref, EventKind.PRODUCT_PIN, T0 + 450_000, None, "sku-3", "Hydrating Toner", "manual")
    rows = by_id(dataclasses.replace(live, events=(*live.events, newer)))
    assert rows["sku-3"].pinned_now and not rows["sku-1"].pinned_now
    assert rows["sku-3"].pin_clicks == sum(clicks_at(i) for i in range(450, SECONDS))


def test_first_pinned_at_is_the_pin_moment_when_no_event_is_known(live: SessionSnapshot) -> None:
    stats = tuple(dataclasses.replace(p, first_pinned_at=T0 + 5_000) if p.external_id == "sku-3" else p
                  for p in live.products)
    assert by_id(dataclasses.replace(live, products=stats))["sku-3"].pin_ts == T0 + 5_000


def test_model_contract(qtmodeltester, live: SessionSnapshot) -> None:  # type: ignore[no-untyped-def]
    model = ProductTableModel()
    model.set_snapshot(live)
    qtmodeltester.check(model)
    assert model.columnCount() == len(ProductColumn) == 13
    assert model.headerData(ProductColumn.CTR, Qt.Orientation.Horizontal) == "CTR"


def test_model_marks_pins_highlights_the_pinned_row_and_dashes_missing(live: SessionSnapshot) -> None:
    model = ProductTableModel()
    model.set_snapshot(live)

    def cell(pid: str, col: ProductColumn, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(model.row_of(pid), col).data(role)

    assert cell("sku-1", ProductColumn.PRODUCT) == "▶ Lip Oil Cherry"
    assert cell("sku-2", ProductColumn.PRODUCT) == "● Vitamin C Serum"
    assert cell("sku-3", ProductColumn.PRODUCT) == "Hydrating Toner"
    assert "Pinned now, since 0:06:40" in str(cell("sku-1", ProductColumn.PRODUCT, Qt.ItemDataRole.ToolTipRole))
    assert "replay from its pin at 0:03:20" in str(cell("sku-2", ProductColumn.PRODUCT, Qt.ItemDataRole.ToolTipRole))
    for col in ProductColumn:
        bg = cell("sku-1", col, Qt.ItemDataRole.BackgroundRole)
        font = cell("sku-1", col, Qt.ItemDataRole.FontRole)
        assert isinstance(bg, QBrush) and bg.color().alpha() > 0
        assert isinstance(font, QFont) and font.bold()
        assert cell("sku-2", col, Qt.ItemDataRole.BackgroundRole) is None
        assert cell("sku-2", col, Qt.ItemDataRole.FontRole) is None
    assert cell("sku-1", ProductColumn.GMV) == "$1,500.00"
    assert cell("sku-1", ProductColumn.CTR) == "10.00%"  # 100 clicks ÷ 1,000 impressions
    assert cell("sku-1", ProductColumn.CTOR) == "12.00%"  # 12 SKU orders ÷ 100 clicks
    assert cell("sku-1", ProductColumn.PINS) == "2"
    for col in (ProductColumn.PRICE, ProductColumn.GMV, ProductColumn.CLICKS, ProductColumn.CTR,
                ProductColumn.CTOR, ProductColumn.ADD_TO_CART):
        assert cell("sku-4", col) == "—"
        assert cell("sku-4", col, Qt.ItemDataRole.ToolTipRole) == "Not provided by this source"
    assert cell("sku-1", ProductColumn.GMV, Qt.ItemDataRole.ToolTipRole) is None
    assert cell("sku-1", ProductColumn.GMV, SORT_ROLE) == 150_000
    assert cell("sku-4", ProductColumn.GMV, SORT_ROLE) == float("-inf")


def test_proxy_sorts_by_value_and_searches_name_and_sku(live: SessionSnapshot) -> None:
    model = ProductTableModel()
    model.set_snapshot(live)
    proxy = ProductFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ProductColumn.GMV, Qt.SortOrder.AscendingOrder)

    def ids() -> list[str]:
        return [proxy.index(r, 0).data(RECORD_ROLE).stat.external_id for r in range(proxy.rowCount())]

    assert ids() == ["sku-4", "sku-2", "sku-3", "sku-1"]  # missing first, then 90 < 250 < 1,500 dollars
    proxy.set_search_text("vc-30")
    assert ids() == ["sku-2"]
    proxy.set_search_text("  TONER ")
    assert ids() == ["sku-3"]
    proxy.set_search_text("o")  # "Lip Oil Cherry", "Hydrating Toner", "Glow Mask"; GM-5 has no "o"
    assert ids() == ["sku-4", "sku-3", "sku-1"]
    proxy.set_search_text("")
    assert len(ids()) == 4


def test_no_products_give_no_rows(store: Store) -> None:
    snap = write_live(store, products=False)
    assert product_rows(snap) == ()
    assert current_pin(snap) is None  # no pin events either
