"""The product list: sorting, search, chosen columns, the pinned-now summary and seeking."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from livedesk.models import repository as repo
from livedesk.models.products import ProductColumn, ProductRow
from livedesk.models.records import EventKind
from livedesk.models.repository import SessionSnapshot
from livedesk.models.store import Store
from livedesk.models.table_model import RECORD_ROLE
from livedesk.services.demo import DemoConnector
from livedesk.settings import PRODUCT_HIDDEN_COLUMNS, Settings
from livedesk.views.product_table import ProductTable
from tests.factories import T0
from tests.models.test_products import (
    PIN_NOW_S,
    SECONDS,
    clicks_at,
    gmv_at,
    impressions_at,
    orders_at,
    products_batch,
    read_snapshot,
    write_live,
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "product-table.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def live(store: Store) -> SessionSnapshot:
    return write_live(store)


def shown(qtbot: QtBot, settings: Settings, snap: SessionSnapshot) -> ProductTable:
    """A product list, shown and painted with ``snap``."""
    widget = ProductTable(settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    widget.on_snapshot(snap)
    widget.on_frame()
    return widget


def visible_ids(widget: ProductTable) -> list[str]:
    proxy = widget.table.model()
    return [proxy.index(r, 0).data(RECORD_ROLE).stat.external_id for r in range(proxy.rowCount())]


def proxy_index(widget: ProductTable, external_id: str, column: int = ProductColumn.PRODUCT):  # type: ignore[no-untyped-def]
    row = visible_ids(widget).index(external_id)
    return widget.table.model().index(row, column)


def selected_id(widget: ProductTable) -> str | None:
    rows = widget.table.selectionModel().selectedRows()
    return rows[0].data(RECORD_ROLE).stat.external_id if rows else None


def test_sorts_by_gmv_value_up_and_down(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    widget = shown(qtbot, settings, live)
    assert visible_ids(widget) == ["sku-1", "sku-3", "sku-2", "sku-4"]  # default: GMV, highest first
    widget.table.sortByColumn(ProductColumn.GMV, Qt.SortOrder.AscendingOrder)
    texts = [widget.table.model().index(r, ProductColumn.GMV).data() for r in range(4)]
    assert texts == ["—", "$90.00", "$250.00", "$1,500.00"]  # as text, "$1,500.00" would come first
    widget.table.sortByColumn(ProductColumn.GMV, Qt.SortOrder.DescendingOrder)
    assert visible_ids(widget) == ["sku-1", "sku-3", "sku-2", "sku-4"]


def test_every_column_sorts(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    widget = shown(qtbot, settings, live)
    for col in ProductColumn:
        widget.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
        up = visible_ids(widget)
        widget.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
        assert widget.table.horizontalHeader().sortIndicatorSection() == col
        assert len(up) == len(visible_ids(widget)) == 4
    widget.table.sortByColumn(ProductColumn.PRODUCT, Qt.SortOrder.AscendingOrder)
    assert visible_ids(widget) == ["sku-4", "sku-3", "sku-1", "sku-2"]  # by name, the pin marks aside


def test_search_by_sku_and_partial_name_any_case(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    widget = shown(qtbot, settings, live)
    search = widget.findChild(QLineEdit, "productSearch")
    assert search is not None and search.placeholderText() == "Search by name or SKU"
    qtbot.keyClicks(search, "ht-2")
    assert visible_ids(widget) == ["sku-3"]
    search.clear()
    qtbot.keyClicks(search, "vitamin c")
    assert visible_ids(widget) == ["sku-2"]
    search.setText("MAS")
    assert visible_ids(widget) == ["sku-4"]
    search.clear()
    assert len(visible_ids(widget)) == 4


def test_hidden_columns_persist_in_the_settings(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    first = shown(qtbot, settings, live)
    assert first.findChild(QToolButton, "productColumnsButton") is not None
    assert not first.column_action(ProductColumn.PRODUCT).isEnabled()  # the product column always shows
    first.column_action(ProductColumn.CUSTOMERS).trigger()
    first.column_action(ProductColumn.ADD_TO_CART).trigger()
    assert first.table.isColumnHidden(ProductColumn.CUSTOMERS)
    assert settings.get(PRODUCT_HIDDEN_COLUMNS) == "customers,add_to_cart"
    second = shown(qtbot, settings, live)
    assert second.table.isColumnHidden(ProductColumn.CUSTOMERS)
    assert second.table.isColumnHidden(ProductColumn.ADD_TO_CART)
    assert not second.table.isColumnHidden(ProductColumn.GMV)
    assert not second.column_action(ProductColumn.CUSTOMERS).isChecked()
    assert second.model.columnCount() == len(ProductColumn)  # the model keeps every column
    second.column_action(ProductColumn.CUSTOMERS).trigger()
    assert not second.table.isColumnHidden(ProductColumn.CUSTOMERS)
    assert settings.get(PRODUCT_HIDDEN_COLUMNS) == "add_to_cart"


def test_the_product_column_cannot_be_hidden_through_the_settings(qtbot: QtBot, settings: Settings,
                                                                   live: SessionSnapshot) -> None:
    settings.set(PRODUCT_HIDDEN_COLUMNS, "product,sku,unknown")
    widget = shown(qtbot, settings, live)
    assert not widget.table.isColumnHidden(ProductColumn.PRODUCT)
    assert widget.table.isColumnHidden(ProductColumn.SKU)


def test_pinned_row_highlighted_and_summary_matches_the_pin_window(qtbot: QtBot, settings: Settings,
                                                                   live: SessionSnapshot) -> None:
    widget = shown(qtbot, settings, live)
    pinned = proxy_index(widget, "sku-1")
    assert pinned.data() == "▶ Lip Oil Cherry"
    assert pinned.data(Qt.ItemDataRole.BackgroundRole) is not None and pinned.data(Qt.ItemDataRole.FontRole).bold()
    assert proxy_index(widget, "sku-3").data(Qt.ItemDataRole.BackgroundRole) is None
    window = range(PIN_NOW_S, SECONDS)
    clicks = sum(clicks_at(i) for i in window)
    orders = sum(orders_at(i) for i in window)
    gmv_cents = sum(gmv_at(i) for i in window)
    ctr = clicks / sum(impressions_at(i) for i in window)
    assert widget.summary_text() == (
        f"Pinned now: Lip Oil Cherry — since 0:06:40 · the LIVE since the pin: clicks {clicks:,} · orders {orders:,} · "
        f"GMV ${gmv_cents / 100:,.2f} · CTR {ctr * 100:.2f}%")
    label = widget.findChild(QLabel, "pinnedProductSummary")
    assert label is not None and label.isVisible()


def test_summary_after_the_live_counts_the_pinned_products(qtbot: QtBot, settings: Settings,
                                                            store: Store) -> None:
    widget = shown(qtbot, settings, write_live(store, ended=True))
    assert widget.summary_text() == "Products pinned in this LIVE: 2"
    assert not any(widget.model.index(r, 0).data(Qt.ItemDataRole.FontRole) for r in range(4))


def test_summary_while_live_with_nothing_pinned(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    unpinned = dataclasses.replace(live, events=tuple(e for e in live.events if e.ts_end is not None))
    widget = shown(qtbot, settings, unpinned)
    assert widget.summary_text() == "No product is pinned right now"
    assert widget.model.pinned_row() is None


def test_click_on_a_pinned_row_seeks_to_its_pin(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    widget = shown(qtbot, settings, live)
    view = widget.table
    for pid, ts in (("sku-1", T0 + PIN_NOW_S * 1000), ("sku-2", T0 + 200_000)):
        rect = view.visualRect(proxy_index(widget, pid, ProductColumn.GMV))
        with qtbot.waitSignal(widget.seek_requested, timeout=1000, check_params_cb=lambda got, ts=ts: got == ts):
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.assertNotEmitted(widget.seek_requested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(proxy_index(widget, "sku-3")).center())
    assert selected_id(widget) == "sku-3"


def test_enter_on_the_current_row_seeks(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    widget = shown(qtbot, settings, live)
    widget.table.setCurrentIndex(proxy_index(widget, "sku-2"))
    with qtbot.waitSignal(widget.seek_requested, timeout=1000, check_params_cb=lambda ts: ts == T0 + 200_000):
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    widget.table.setCurrentIndex(proxy_index(widget, "sku-4"))
    with qtbot.assertNotEmitted(widget.seek_requested):
        qtbot.keyClick(widget.table, Qt.Key.Key_Enter)


def test_live_update_keeps_sort_order_and_selection(qtbot: QtBot, settings: Settings, store: Store) -> None:
    widget = shown(qtbot, settings, write_live(store))
    widget.table.sortByColumn(ProductColumn.GMV, Qt.SortOrder.DescendingOrder)
    widget.table.selectRow(visible_ids(widget).index("sku-2"))
    assert selected_id(widget) == "sku-2" and visible_ids(widget) == ["sku-1", "sku-3", "sku-2", "sku-4"]
    store.write(products_batch(gmv={"sku-2": 400_000}))  # same products, new values
    widget.on_snapshot(read_snapshot(store))
    widget.on_frame()
    assert visible_ids(widget) == ["sku-2", "sku-1", "sku-3", "sku-4"]
    assert proxy_index(widget, "sku-2", ProductColumn.GMV).data() == "$4,000.00"
    assert widget.table.horizontalHeader().sortIndicatorSection() == ProductColumn.GMV
    assert widget.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert selected_id(widget) == "sku-2"
    # a new product resets the model: the selection follows the product
    store.write(products_batch(gmv={"sku-2": 400_000}, extra=(("sku-5", "Brow Gel", "BG-1", 999),)))
    widget.on_snapshot(read_snapshot(store))
    widget.on_frame()
    assert len(visible_ids(widget)) == 5 and visible_ids(widget)[0] == "sku-2"
    assert selected_id(widget) == "sku-2"


def test_missing_values_show_a_dash_with_a_reason(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    widget = shown(qtbot, settings, live)
    for col in (ProductColumn.PRICE, ProductColumn.GMV, ProductColumn.IMPRESSIONS, ProductColumn.CTR):
        index = proxy_index(widget, "sku-4", col)
        assert index.data() == "—"
        assert index.data(Qt.ItemDataRole.ToolTipRole) == "Not provided by this source"


def test_no_products_shows_where_they_come_from(qtbot: QtBot, settings: Settings, store: Store) -> None:
    widget = shown(qtbot, settings, write_live(store, products=False))
    empty = widget.findChild(QLabel, "emptyState")
    assert empty is not None and empty.isVisible() and not widget.table.isVisible()
    assert empty.text().startswith("No product data for this LIVE.")
    assert widget.summary_text() == ""


def test_hidden_widget_does_no_work_until_shown(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    widget = ProductTable(settings)
    qtbot.addWidget(widget)
    widget.on_snapshot(live)
    widget.on_frame()
    assert widget.model.rowCount() == 0
    widget.show()
    widget.on_frame()
    assert widget.model.rowCount() == 4


def test_language_change_retranslates(qtbot: QtBot, settings: Settings, live: SessionSnapshot) -> None:
    widget = shown(qtbot, settings, live)
    search = widget.findChild(QLineEdit, "productSearch")
    search.setPlaceholderText("")
    widget.column_action(ProductColumn.GMV).setText("")
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert search.placeholderText() == "Search by name or SKU"
    assert widget.column_action(ProductColumn.GMV).text() == "GMV"


def test_demo_live_lists_its_products_and_the_pinned_one(qtbot: QtBot, settings: Settings, store: Store) -> None:
    store.write(DemoConnector(seed=7, clock=lambda: 1_750_000_000.0, history_days=0).poll())
    with store.engine.connect() as conn:
        snap = repo.load_snapshot(conn, repo.list_sessions(conn)[0].id)
    assert snap.session.is_live and snap.products
    pin = next(e for e in snap.events if e.kind is EventKind.PRODUCT_PIN and e.ts_end is None)
    widget = shown(qtbot, settings, snap)
    assert widget.model.rowCount() == len(snap.products)
    row = widget.model.pinned_row()
    assert isinstance(row, ProductRow) and row.stat.external_id == pin.ref and row.pin_ts == pin.ts
    assert widget.summary_text().startswith(f"Pinned now: {row.stat.name} — since ")
    view = widget.table
    with qtbot.waitSignal(widget.seek_requested, timeout=1000, check_params_cb=lambda ts: ts == pin.ts):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(proxy_index(widget, pin.ref)).center())


def test_a_tick_that_only_moves_the_pin_figures_leaves_the_table_alone(qtbot: QtBot, settings: Settings,
                                                                      live: SessionSnapshot) -> None:
    # during a LIVE the pinned product's figures since its pin change every second; no cell shows them
    earlier = dataclasses.replace(live, samples=live.samples.window(None, T0 + (SECONDS - 10) * 1000))
    widget = shown(qtbot, settings, earlier)
    before = widget.summary_text()
    widget.on_snapshot(live)
    with qtbot.assertNotEmitted(widget.model.dataChanged), qtbot.assertNotEmitted(widget.model.modelReset):
        widget.on_frame()
    assert widget.summary_text() != before  # the summary above the table follows them
    row = widget.model.pinned_row()
    assert row is not None and row.pin_clicks == sum(clicks_at(i) for i in range(PIN_NOW_S, SECONDS))


def test_columns_fit_their_values_and_widen_for_longer_ones(qtbot: QtBot, settings: Settings, store: Store) -> None:
    widget = shown(qtbot, settings, write_live(store))
    header, view = widget.table.horizontalHeader(), widget.table
    for col in (ProductColumn.PRODUCT, ProductColumn.GMV, ProductColumn.CTR):
        assert header.sectionSize(col) >= max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
    before = header.sectionSize(ProductColumn.GMV)
    store.write(products_batch(gmv={"sku-2": 98_765_432_100}))  # a live update with a much longer value
    widget.on_snapshot(read_snapshot(store))
    widget.on_frame()
    index = proxy_index(widget, "sku-2", ProductColumn.GMV)
    assert index.data() == "$987,654,321.00"
    assert header.sectionSize(ProductColumn.GMV) >= view.sizeHintForIndex(index).width() > before
