"""The Performance trends tab: marker legend, custom range strip, export, sub-views and notes."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QInputDialog, QLineEdit, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livedesk.app import build, context_of
from livedesk.models import repository as repo
from livedesk.models import schema
from livedesk.models.promotions import promotion_impacts
from livedesk.models.records import (
    Batch,
    EventKind,
    EventRecord,
    ProductRecord,
    PromotionRecord,
    SampleBlock,
    SessionProductRecord,
    SessionStatus,
)
from livedesk.models.repository import SessionSnapshot
from livedesk.models.store import Store
from livedesk.models.table_model import RECORD_ROLE
from livedesk.services.export import ExportService, build_table
from livedesk.settings import Settings
from livedesk.views.charts import MARKER_KINDS
from livedesk.views.product_table import ProductTable
from livedesk.views.promotions_view import PromotionRow
from livedesk.views.trends_tab import SubView, TrendsTab
from tests.factories import ACCOUNT, T0, base_batch, rich_batch, session_ref

LIVE_TIP = "Export is available once the LIVE has ended (its data is still arriving)."
PROMOS = (
    PromotionRecord(session_ref(), "g1", EventKind.GIVEAWAY, "Follow giveaway", T0 + 300_000, T0 + 360_000,
                    "sku-1", 120, 900, 80, "manual"),
    PromotionRecord(session_ref(), "f1", EventKind.FLASH_SALE, "Last-minute flash sale", T0 + 570_000,
                    T0 + 630_000, None, None, None, None, "manual"),
)


def _fill(store: Store, *, ended: bool, promotions: bool = True) -> None:
    status = SessionStatus.ENDED if ended else SessionStatus.LIVE
    store.write(base_batch(status=status, ended_at=T0 + 600_000 if ended else None))
    store.write(rich_batch())
    if promotions:
        store.write(Batch("manual", products=(ProductRecord(ACCOUNT, "sku-1", "Lip oil", "LO-1", 1299, "USD",
                                                            "manual"),),
                          session_products=(SessionProductRecord(session_ref(), "sku-1", 1, T0 + 60_000, 5000, 300,
                                                                 40, 12, 10, 10, 10, 9, 12_990, "manual"),),
                          promotions=PROMOS,
                          events=(EventRecord(session_ref(), EventKind.GIVEAWAY, T0 + 300_000, T0 + 360_000, "g1",
                                              "Follow giveaway", "manual"),)))


def _load(store: Store) -> SessionSnapshot:
    with store.engine.connect() as conn:
        return repo.load_snapshot(conn, 1)


@pytest.fixture
def ended(store: Store) -> SessionSnapshot:
    _fill(store, ended=True)
    return _load(store)


@pytest.fixture
def tab(qtbot: QtBot) -> Iterator[TrendsTab]:
    widget = TrendsTab(Settings())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _show(tab: TrendsTab, snap: SessionSnapshot) -> None:
    tab.on_snapshot(snap)
    tab.on_frame()


def _x_range(tab: TrendsTab) -> tuple[float, float]:
    lo, hi = tab.chart.plot_widget().getPlotItem().vb.viewRange()[0]
    return float(lo), float(hi)


def _y_top(tab: TrendsTab) -> float:
    return float(tab.chart.plot_widget().getPlotItem().vb.viewRange()[1][1])


# --- legend -------------------------------------------------------------------------------------------
def test_legend_toggles_each_kind_of_marker(qtbot: QtBot, tab: TrendsTab, ended: SessionSnapshot) -> None:
    _show(tab, ended)
    assert tab.chart.marker_count() == 3  # pin, violation, giveaway
    legend = tab.findChild(QWidget, "markerLegend")
    assert legend is tab.legend
    boxes = {kind: legend.findChild(QCheckBox, f"legend_{kind.value}") for kind in MARKER_KINDS}
    assert [b.text() for b in boxes.values()] == ["Product pin", "Violation", "Promotion / giveaway", "Note"]
    assert all(b.isChecked() and not b.icon().isNull() for b in boxes.values())

    qtbot.mouseClick(boxes[EventKind.PRODUCT_PIN], Qt.MouseButton.LeftButton)
    assert tab.chart.marker_count() == 2
    assert EventKind.PRODUCT_PIN not in {m.kind for m in tab.chart.markers()}
    qtbot.mouseClick(boxes[EventKind.GIVEAWAY], Qt.MouseButton.LeftButton)
    assert [m.kind for m in tab.chart.markers()] == [EventKind.VIOLATION]
    _show(tab, ended)  # a repaint keeps the choice
    assert tab.chart.marker_count() == 1
    qtbot.mouseClick(boxes[EventKind.PRODUCT_PIN], Qt.MouseButton.LeftButton)
    assert {m.kind for m in tab.chart.markers()} == {EventKind.PRODUCT_PIN, EventKind.VIOLATION}


# --- range --------------------------------------------------------------------------------------------
def _drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    # one move: pyqtgraph's scene drops moves that follow each other faster than its rate limit (60 Hz)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(widget, end)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _strip_point(tab: TrendsTab, live_s: float) -> QPoint:
    strip = tab.range_strip
    vb = strip.getPlotItem().vb
    y0, y1 = vb.viewRange()[1]
    return strip.mapFromScene(vb.mapViewToScene(QPointF(live_s, (y0 + y1) / 2)))


def test_strip_drag_sets_a_custom_range_that_live_ticks_keep(qtbot: QtBot, tab: TrendsTab, store: Store) -> None:
    _fill(store, ended=False, promotions=False)
    snap = _load(store)
    _show(tab, snap)
    assert tab.findChild(QWidget, "rangeSelector") is not None
    assert tab.findChild(QWidget, "rangeStrip") is tab.range_strip
    assert tab.range_strip.height() <= 70
    assert tab.range_region.getRegion() == pytest.approx((0, 599))  # Whole LIVE

    qtbot.mouseClick(tab.findChild(QPushButton, "range_300"), Qt.MouseButton.LeftButton)  # Last 5 min
    assert tab.range_region.getRegion() == pytest.approx((299, 599))
    # drag the band 150 s to the left
    _drag(tab.range_strip.viewport(), _strip_point(tab, 450), _strip_point(tab, 300))
    custom = tab.custom_range()
    assert custom is not None
    lo, hi = custom
    assert hi - lo == pytest.approx(300, abs=1)
    assert lo == pytest.approx(149, abs=8)  # a pixel is about 0.6 s here
    assert _x_range(tab) == pytest.approx(custom)
    assert tab.range_region.getRegion() == pytest.approx(custom)
    tab.on_frame()
    top = 50 + hi  # current viewers = 50 + second: the value axis fits the range shown, not the whole LIVE
    assert _y_top(tab) == pytest.approx(top * 1.08, rel=0.02)
    assert not any(b.isChecked() for b in tab.findChild(QWidget, "rangeSelector").findChildren(QPushButton))

    # a live tick: a minute more data arrives; the custom range stays
    rows = tuple((T0 + s * 1000, 5000 + s) for s in range(600, 660))
    store.write(Batch("manual", samples=(SampleBlock(session_ref(), ("current_viewers",), rows, "manual"),),
                      up_to_ts=rows[-1][0]))
    _show(tab, _load(store))
    assert tab.chart.curve_data(0)[0][-1] == 659
    assert tab.custom_range() == custom
    assert _x_range(tab) == pytest.approx(custom)
    assert _y_top(tab) == pytest.approx(top * 1.08, rel=0.02)  # the 5,000+ viewers came after the range
    assert tab.chart.marker_count() == 2

    # Whole LIVE resets it and moves the band over everything
    qtbot.mouseClick(tab.findChild(QPushButton, "range_0"), Qt.MouseButton.LeftButton)
    assert tab.custom_range() is None
    assert tab.range_region.getRegion() == pytest.approx((0, 659))
    lo, hi = _x_range(tab)
    assert lo <= 0 and hi >= 659
    # and Last 30 min / Last 5 min move the band to the end
    qtbot.mouseClick(tab.findChild(QPushButton, "range_300"), Qt.MouseButton.LeftButton)
    assert tab.range_region.getRegion() == pytest.approx((359, 659))
    assert _x_range(tab)[0] == pytest.approx(359, abs=4)


def test_a_live_tick_paints_the_strip_on_the_frame_after_the_chart(qtbot: QtBot, tab: TrendsTab, store: Store) -> None:
    """One long frame becomes two short ones; options, another LIVE or the tab shown again paint both at once."""
    _fill(store, ended=False, promotions=False)
    _show(tab, _load(store))
    strip_end = lambda: float(tab.range_strip.getPlotItem().vb.viewRange()[0][1])  # noqa: E731
    assert strip_end() == pytest.approx(599, abs=1)  # the first paint of a LIVE: both at once

    rows = tuple((T0 + s * 1000, 5000 + s) for s in range(600, 660))
    store.write(Batch("manual", samples=(SampleBlock(session_ref(), ("current_viewers",), rows, "manual"),),
                      up_to_ts=rows[-1][0]))
    _show(tab, _load(store))  # a live tick and the frame tick that follows
    assert tab.chart.curve_data(0)[0][-1] == 659
    assert strip_end() == pytest.approx(599, abs=1)  # the strip waits for the next frame tick
    tab.on_frame()
    assert strip_end() == pytest.approx(659, abs=1)
    assert tab.range_region.getRegion() == pytest.approx((0, 659))

    rows = tuple((T0 + s * 1000, 5000 + s) for s in range(660, 720))
    store.write(Batch("manual", samples=(SampleBlock(session_ref(), ("current_viewers",), rows, "manual"),),
                      up_to_ts=rows[-1][0]))
    tab.on_snapshot(_load(store))
    qtbot.mouseClick(tab.findChild(QPushButton, "range_300"), Qt.MouseButton.LeftButton)  # an option: at once
    assert strip_end() == pytest.approx(719, abs=1)
    assert tab.range_region.getRegion() == pytest.approx((419, 719))


def test_dragging_an_edge_of_the_band_widens_the_range(qtbot: QtBot, tab: TrendsTab, ended: SessionSnapshot) -> None:
    _show(tab, ended)
    qtbot.mouseClick(tab.findChild(QPushButton, "range_300"), Qt.MouseButton.LeftButton)
    _drag(tab.range_strip.viewport(), _strip_point(tab, 299), _strip_point(tab, 100))  # the left edge
    custom = tab.custom_range()
    assert custom is not None
    assert custom[0] == pytest.approx(100, abs=8) and custom[1] == pytest.approx(599)
    assert _x_range(tab) == pytest.approx(custom)


# --- export -------------------------------------------------------------------------------------------
@pytest.fixture
def export_service() -> Iterator[ExportService]:
    service = ExportService()
    yield service
    service.shutdown()


def test_export_is_disabled_while_the_live_runs(tab: TrendsTab, store: Store,
                                               export_service: ExportService) -> None:
    tab.set_export_service(export_service)
    button = tab.findChild(QPushButton, "exportButton")
    assert button is tab.export_button and not button.isEnabled()  # no LIVE yet
    _fill(store, ended=False, promotions=False)
    _show(tab, _load(store))
    assert not button.isEnabled()
    assert button.toolTip() == LIVE_TIP
    assert [a.text() for a in button.menu().actions()] == ["CSV…", "Excel (XLSX)…"]


def test_export_through_the_tab_writes_the_table(qtbot: QtBot, tab: TrendsTab, ended: SessionSnapshot,
                                                  export_service: ExportService, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    tab.set_export_service(export_service)
    _show(tab, ended)
    assert tab.export_button.isEnabled()
    assert tab.export_button.toolTip() != LIVE_TIP
    assert tab.default_export_name("csv") == "LIVE L1 2025-12-29.csv"
    target = tmp_path / "trend.csv"
    asked: list[str] = []

    def choose(fmt_name: str) -> Path:
        asked.append(fmt_name)
        return target

    monkeypatch.setattr(tab, "choose_export_path", choose)
    with qtbot.waitSignal(tab.message_posted, timeout=10_000) as blocker:
        tab.findChild(QAction, "export_csv").trigger()
        assert not tab.export_button.isEnabled()  # one export at a time
    assert asked == ["csv"]
    assert blocker.args == [f"Exported to {target}"]
    assert tab.export_button.isEnabled()
    table = build_table(ended)
    with target.open(encoding="utf-8-sig") as fh:
        data = [row for row in csv.reader(fh) if not row[0].startswith("#")]
    assert tuple(data[0]) == table.header
    assert len(data) - 1 == len(table.rows) == 10
    assert not any(d.isVisible() for d in tab.findChildren(QProgressDialog))


def test_a_cancelled_file_choice_exports_nothing(tab: TrendsTab, ended: SessionSnapshot,
                                                 export_service: ExportService,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    tab.set_export_service(export_service)
    _show(tab, ended)
    monkeypatch.setattr(tab, "choose_export_path", lambda _fmt: None)
    assert not tab.export("xlsx")
    assert not export_service.busy()


# --- sub-views ----------------------------------------------------------------------------------------
def test_promotions_show_their_uplift(qtbot: QtBot, tab: TrendsTab, ended: SessionSnapshot) -> None:
    qtbot.mouseClick(tab.findChild(QPushButton, "subView_promotions"), Qt.MouseButton.LeftButton)
    assert tab.sub_views.currentWidget() is tab.promotions
    _show(tab, ended)
    model = tab.promotions.model
    assert [r.impact for r in model.rows()] == list(promotion_impacts(ended))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    def cell(row: int, title: str) -> str:
        return model.index(row, headers.index(title)).data()

    def tip(row: int, title: str) -> str | None:
        return model.index(row, headers.index(title)).data(Qt.ItemDataRole.ToolTipRole)

    giveaway = next(i for i, r in enumerate(model.rows()) if r.promo.external_id == "g1")
    # rich_batch: sku_orders = (i % 7) + 1 at second i; the window is 300–359 s, the one before 240–299 s
    during = sum((i % 7) + 1 for i in range(300, 360))
    before = sum((i % 7) + 1 for i in range(240, 300))
    assert (during, before) == (237, 242)  # 8 weeks of 1..7 (224) + 7,1,2,3 and + 3,4,5,6
    assert cell(giveaway, "SKU orders") == "237 vs 242 (-2.1%)"  # (237 − 242) / 242
    assert cell(giveaway, "Impressions") == "6,000 vs 6,000 (0.0%)"
    assert "Incremental, as reported by the source: 900" in (tip(giveaway, "Impressions") or "")
    assert cell(giveaway, "Window") == "0:05:00 – 0:06:00"
    assert cell(giveaway, "Type") == "Giveaway"
    assert cell(giveaway, "Product") == "Lip oil"
    assert cell(giveaway, "Participants") == "120"
    assert cell(giveaway, "Note") == ""

    sale = 1 - giveaway
    assert cell(sale, "Type") == "Flash sale"
    assert cell(sale, "Product") == "—" and tip(sale, "Product") == "No product is linked to this promotion"
    assert cell(sale, "Participants") == "—" and tip(sale, "Participants") == "Not provided by this source"
    assert cell(sale, "Views") == "300 vs 600 (-50.0%)"  # 30 s of data in its window, 60 s before
    assert cell(sale, "Note") == "Incomplete"  # its window runs past the data
    assert tip(sale, "Note")

    # a click on a row seeks the replay to the promotion's start
    view = tab.promotions.table
    proxy_row = next(r for r in range(view.model().rowCount())
                     if isinstance(row := view.model().index(r, 0).data(RECORD_ROLE), PromotionRow)
                     and row.promo.external_id == "g1")
    rect = view.visualRect(view.model().index(proxy_row, 0))
    with qtbot.waitSignal(tab.seek_requested, check_params_cb=lambda ts: ts == T0 + 300_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_promotions_empty_state_names_the_sources(tab: TrendsTab, store: Store) -> None:
    _fill(store, ended=True, promotions=False)
    tab.show_sub_view(SubView.PROMOTIONS)
    _show(tab, _load(store))
    assert tab.promotions.model.rowCount() == 0
    empty = next(w for w in tab.promotions.findChildren(QWidget, "emptyState") if w.isVisible())
    assert "No promotions in this LIVE" in empty.text() and "LiveDesk bundle" in empty.text()


def test_products_sub_view_is_the_product_table(qtbot: QtBot, tab: TrendsTab, ended: SessionSnapshot) -> None:
    assert type(tab.products) is ProductTable
    assert tab.sub_views.widget(SubView.PRODUCTS) is tab.products
    qtbot.mouseClick(tab.findChild(QPushButton, "subView_products"), Qt.MouseButton.LeftButton)
    _show(tab, ended)
    assert tab.products.isVisible() and not tab.chart.isVisible()
    assert tab.products.model.rowCount() == 1
    view = tab.products.table
    rect = view.visualRect(view.model().index(0, 0))
    with qtbot.waitSignal(tab.seek_requested, check_params_cb=lambda ts: ts == T0 + 60_000):  # its pin
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_hidden_trend_sub_view_is_not_painted(tab: TrendsTab, ended: SessionSnapshot) -> None:
    tab.show_sub_view(SubView.PROMOTIONS)
    _show(tab, ended)
    assert tab.chart.curve_data(0)[0].size == 0
    tab.show_sub_view(SubView.TREND)  # painted as soon as it shows
    assert tab.chart.curve_data(0)[0].size == 600


# --- notes --------------------------------------------------------------------------------------------
def test_a_note_goes_to_the_replay_position_or_the_newest_sample(tab: TrendsTab, ended: SessionSnapshot,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    stored: list[tuple[int, int, str]] = []

    def sink(session_id: int, ts: int, text: str) -> None:
        stored.append((session_id, ts, text))

    assert not tab.add_note_button.isEnabled()
    tab.set_annotation_sink(sink)
    _show(tab, ended)
    assert tab.add_note_button.isEnabled()
    labels: list[str] = []

    def ask(_parent: QWidget, _title: str, label: str, *args: object, **kwargs: object) -> tuple[str, bool]:
        labels.append(label)
        return "  Price drop announced ", True

    monkeypatch.setattr(QInputDialog, "getText", ask)
    tab.add_note_button.click()
    assert stored == [(1, T0 + 599_000, "Price drop announced")]
    assert labels == ["Note at 0:09:59 (LIVE clock):"]
    tab.on_position(T0 + 123_000)
    tab.add_note()
    assert stored[-1] == (1, T0 + 123_000, "Price drop announced")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    tab.add_note()
    assert len(stored) == 2


def test_m_key_adds_a_note_that_the_chart_shows(qtbot: QtBot, store: Store, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(store, ended=True)
    window = build(["--db", f"sqlite:///{tmp_path / 'cache.sqlite3'}", "--session", "1"])
    qtbot.addWidget(window)
    try:
        window.show()
        window.tabs.setCurrentWidget(window.trends)
        trends = window.trends
        qtbot.waitUntil(lambda: trends.chart.marker_count() == 3, timeout=10_000)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Host demo starts", True))
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(trends, Qt.Key.Key_M)
        qtbot.waitUntil(lambda: trends.chart.marker_count() == 4, timeout=10_000)
        note = next(m for m in trends.chart.markers() if m.kind is EventKind.ANNOTATION)
        assert note.label == "Host demo starts"
        with store.engine.connect() as conn:
            rows = conn.execute(select(schema.event.c.ts, schema.event.c.source)
                                .where(schema.event.c.kind == "annotation")).all()
        assert [tuple(r) for r in rows] == [(note.ts, "manual")]
    finally:
        context_of(window).shutdown()


def test_typing_m_in_the_product_search_types_it(qtbot: QtBot, tab: TrendsTab, ended: SessionSnapshot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    stored: list[tuple[int, int, str]] = []

    def sink(session_id: int, ts: int, text: str) -> None:
        stored.append((session_id, ts, text))

    tab.set_annotation_sink(sink)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("unexpected", True))
    tab.show_sub_view(SubView.PRODUCTS)
    _show(tab, ended)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    search = tab.products.findChild(QLineEdit, "productSearch")
    search.setFocus()
    qtbot.keyClicks(search, "m")
    assert search.text() == "m"
    assert stored == []
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_M)  # anywhere else in the tab, M adds a note
    assert stored == [(1, T0 + 599_000, "unexpected")]
