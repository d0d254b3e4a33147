"""The Overview tab with its data service on a real SQLite cache: range bar, cards, chart, conversion table,
hints, metric reference and export."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livedesk.models import metrics as mx
from livedesk.models import overview as ov
from livedesk.models.history import session_totals
from livedesk.models.store import Store
from livedesk.services.overview_data import OverviewService
from livedesk.views.overview_tab import OverviewTab
from livedesk.views.theme import apply_theme, colors
from tests.services.test_overview_data import JKT, LA, NOW, local_ms, write_fixture

OBJECT_NAMES = ("overviewRange", "exactTimeToggle", "timeZoneSelector", "overviewCards", "overviewChart",
                "conversionTable", "metricReference", "overviewTable", "overviewHints", "overviewExportButton")


@pytest.fixture
def service(store: Store) -> Iterator[OverviewService]:
    write_fixture(store)
    svc = OverviewService.for_engine(store.engine)
    svc.start()
    yield svc
    assert svc.shutdown()


@pytest.fixture
def tab(qtbot: QtBot, service: OverviewService) -> OverviewTab:
    widget = OverviewTab(service=service, clock=lambda: NOW / 1000)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    # the zone comes from the account with the newest LIVE; the range follows
    qtbot.waitUntil(lambda: widget.time_zone() == JKT, timeout=5000)
    wait_for_range(qtbot, widget, ov.preset_range(ov.Preset.LAST_7, JKT, NOW))
    return widget


def wait_for_range(qtbot: QtBot, tab: OverviewTab, rng: ov.ReportRange) -> ov.OverviewData:
    qtbot.waitUntil(lambda: (d := tab.overview_data()) is not None and d.range == rng, timeout=5000)
    data = tab.overview_data()
    assert data is not None
    return data


def test_the_tab_has_its_stable_names(tab: OverviewTab) -> None:
    for name in OBJECT_NAMES:
        assert tab.findChild(QObject, name) is not None, name
    assert tab.preset() is ov.Preset.LAST_7
    assert tab.export_button.isEnabled()


def test_cards_show_the_range_against_the_previous_period(tab: OverviewTab, qapp: QApplication) -> None:
    cards = tab.cards
    # L1 + L2: GMV 600 + 1,200 $; 1,800 views; 900 viewers; 180 customers; 54,000 s watched
    assert cards.value_text("lives") == "2"
    assert cards.value_text("hours") == "2h 00m"
    assert cards.value_text("gmv") == "$1,800.00"
    assert cards.value_text("views") == "1.8K"
    assert cards.value_text("viewers") == "900"
    assert cards.value_text("conversion_rate") == "20.00%"
    assert cards.value_text("avg_view_duration") == "1m00s"
    # previous period: L3 alone (GMV 300 $, 30 customers of 300 viewers)
    assert cards.change_text("gmv").startswith("▲ 500.0%") and cards.change_good("gmv") == "true"
    assert cards.change_text("conversion_rate").startswith("▲ 100.0%")
    assert cards.change_text("hours").startswith("▲ 100.0%")
    assert cards.change_text("avg_view_duration").startswith("0.0%") and cards.change_good("avg_view_duration") is None
    assert all(cards.incomplete_shown(k) for k in ov.CARD_KEYS)  # today is in the range
    # the change line is drawn in its colour (as a Key metrics card's), and follows a theme switch
    assert cards.change_color("gmv") == QColor(colors().good)
    assert cards.change_color("avg_view_duration") == QColor(colors().muted)
    apply_theme(qapp, "dark")
    try:
        assert cards.change_color("gmv") == QColor(colors().good)
    finally:
        apply_theme(qapp, "light")


def test_a_range_without_previous_data_shows_dashes_and_no_incomplete_mark(qtbot: QtBot, tab: OverviewTab) -> None:
    tab.set_custom_dates(dt.date(2025, 6, 7), dt.date(2025, 6, 7))
    wait_for_range(qtbot, tab, ov.preset_range(ov.Preset.CUSTOM, JKT, NOW, dt.date(2025, 6, 7), dt.date(2025, 6, 7)))
    assert tab.cards.value_text("gmv") == "$300.00"
    assert tab.cards.change_text("gmv").startswith("—") and tab.cards.change_good("gmv") is None
    assert not tab.cards.incomplete_shown("gmv")
    assert tab.chart.incomplete_bars() == () and tab.chart.hatched_count() == 0


def test_chart_has_one_bar_per_local_day_and_hatches_today(tab: OverviewTab) -> None:
    chart = tab.chart
    assert chart.findChild(QObject, "overviewChartMetric") is not None
    assert chart.metric() == "gmv"
    assert chart.bar_values() == (0, 0, 0, 0, 60_000, 0, 120_000)
    assert chart.bar_labels() == ("Mon 9", "Tue 10", "Wed 11", "Thu 12", "Fri 13", "Sat 14", "Sun 15")
    assert chart.incomplete_bars() == (6,) and chart.hatched_count() == 1
    assert "incomplete" in chart.bar_tooltip(6) and "$1,200.00" in chart.bar_tooltip(6)
    chart.set_metric("views")
    assert chart.bar_values() == (0, 0, 0, 0, 600, 0, 1200)
    chart.set_metric("lives")
    assert chart.bar_values() == (0, 0, 0, 0, 1, 0, 1)


def test_day_labels_follow_the_reporting_zone(qtbot: QtBot, tab: OverviewTab) -> None:
    assert tab.set_time_zone(LA)
    rng = wait_for_range(qtbot, tab, ov.preset_range(ov.Preset.LAST_7, LA, NOW)).range
    assert rng.first_day == dt.date(2025, 6, 8)  # noon in Jakarta is still Saturday evening in Los Angeles
    assert tab.chart.bar_labels()[-1] == "Sat 14"
    # L2 (Sun 10:00 in Jakarta) is Saturday 20:00 in Los Angeles; L1 (Fri 20:00) is still Friday, 06:00
    assert tab.chart.bar_values()[-2:] == (60_000, 120_000)
    assert tab.chart.incomplete_bars() == (6,)  # Saturday evening is "today" in Los Angeles
    assert tab.model.rowCount() == 0 or tab.model.index(0, 0).data().startswith("2025-06-1")


def test_conversion_table_compares_clicks_with_orders(qtbot: QtBot, tab: OverviewTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = tab.conversion
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    names = [model.index(r, ov.ConversionColumn.PRODUCT.value).data() for r in range(2)]
    row = names.index("Glow serum")
    cell = {c: model.index(row, c.value).data() for c in ov.ConversionColumn}
    assert cell[ov.ConversionColumn.CLICKS] == "300" and cell[ov.ConversionColumn.ORDERS] == "50"
    assert cell[ov.ConversionColumn.CUSTOMERS] == "45" and cell[ov.ConversionColumn.CTOR] == "16.67%"
    assert cell[ov.ConversionColumn.LIVES] == "2" and cell[ov.ConversionColumn.GMV] == "$650.00"
    tip = model.index(row, ov.ConversionColumn.CLICKS.value).data(Qt.ItemDataRole.ToolTipRole)
    assert "300 clicks" in tip and "50 paid orders" in tip
    # sortable through the view's proxy, by value
    view = tab.conversion_table
    view.sortByColumn(ov.ConversionColumn.CTOR.value, Qt.SortOrder.DescendingOrder)
    assert view.model().index(0, 0).data() == "Water cream"  # 50 % CTOR
    view.sortByColumn(ov.ConversionColumn.CLICKS.value, Qt.SortOrder.DescendingOrder)
    assert view.model().index(0, 0).data() == "Glow serum"
    note = tab.conversion_note.text()
    assert "Clicks can exceed conversions" in note and "tap" in note and "paid order" in note
    assert model.headerData(ov.ConversionColumn.CTOR.value, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole).startswith("Click-to-order rate")


def test_hints_are_computed_from_the_range(tab: OverviewTab) -> None:
    # CTOR over the samples: 180 orders ÷ 720 clicks = 25 % against a 50 % market average
    kinds = [h.kind.value for h in tab.hints.hints()]
    assert "checkout" in kinds
    text = next(t for t in tab.hints.texts() if "CTOR" in t)
    assert "25.00%" in text and "50.00%" in text and "720" in text
    assert tab.lower.tabText(0).startswith("Hints (")


def test_metric_reference_lists_every_metric_and_searches(tab: OverviewTab) -> None:
    ref = tab.reference
    assert ref.visible_keys() == tuple(m.key for m in mx.CATALOGUE)
    ref.search.setText("enter room")
    assert "tap_through_rate" in ref.visible_keys() and len(ref.visible_keys()) < 5
    ref.search.setText("Watch GPM")
    assert "watch_gpm" in ref.visible_keys()
    ref.table.setCurrentIndex(ref.proxy.index(ref.visible_keys().index("watch_gpm"), 0))
    assert ref.current_key() == "watch_gpm"
    assert "GMV per 1,000 views" in ref.detail_text() and "How to use it" in ref.detail_text()
    ref.search.setText("zzz nothing")
    assert ref.visible_keys() == () and "No metric" in ref.detail_text()
    ref.search.clear()
    assert len(ref.visible_keys()) == len(mx.CATALOGUE)


def test_exact_time_to_the_minute(qtbot: QtBot, tab: OverviewTab) -> None:
    with qtbot.waitSignal(tab.range_requested, timeout=2000) as blocker:
        tab.set_exact_range(dt.datetime(2025, 6, 13, 20, 15), dt.datetime(2025, 6, 13, 20, 45))
    assert tab.exact_toggle.isChecked() and not tab.preset_box.isEnabled()
    assert tab.from_time.isVisible() and not tab.from_date.isVisible()
    since, until = local_ms(JKT, 2025, 6, 13, 20, 15), local_ms(JKT, 2025, 6, 13, 20, 45)
    assert blocker.args == [since, until]
    data = wait_for_range(qtbot, tab, ov.ReportRange(since, until, JKT, True))
    assert data.current.totals.sums["gmv"] == 30_000
    assert tab.cards.value_text("gmv") == "$300.00" and tab.cards.value_text("hours") == "30m00s"
    assert "2025-06-13 20:15 – 2025-06-13 20:45" in tab.range_label.text()


def test_presets_request_their_range(qtbot: QtBot, tab: OverviewTab) -> None:
    for preset in (ov.Preset.TODAY, ov.Preset.YESTERDAY, ov.Preset.LAST_30):
        expected = ov.preset_range(preset, JKT, NOW)
        with qtbot.waitSignal(tab.range_requested, timeout=2000) as blocker:
            tab.set_preset(preset)
        assert blocker.args == [expected.since, expected.until]
        wait_for_range(qtbot, tab, expected)
    assert tab.cards.value_text("lives") == "3"  # L1, L2 and L3 in the last 30 days
    tab.set_preset(ov.Preset.YESTERDAY)
    wait_for_range(qtbot, tab, ov.preset_range(ov.Preset.YESTERDAY, JKT, NOW))
    assert tab.cards.value_text("lives") == "0" and tab.cards.value_text("gmv") == "—"


def test_time_zone_selector_lists_zones_and_keeps_the_users_choice(qtbot: QtBot, tab: OverviewTab) -> None:
    zones = tab.zone_choices()
    assert JKT in zones and LA in zones and len(zones) > 300
    box = tab.tz_box
    assert box.currentData() == JKT
    box.setEditText("los_angeles")  # typed, any case: matched on finishing the edit
    box.lineEdit().editingFinished.emit()
    assert tab.time_zone() == LA
    box.setEditText("Nowhere/Atlantis")
    box.lineEdit().editingFinished.emit()
    assert tab.time_zone() == LA and box.currentData() == LA
    wait_for_range(qtbot, tab, ov.preset_range(ov.Preset.LAST_7, LA, NOW))
    tab.on_accounts(tab._accounts)  # a later account list does not override the user's zone
    assert tab.time_zone() == LA


def test_export_from_the_tab(qtbot: QtBot, tab: OverviewTab, tmp_path: Path) -> None:
    with qtbot.waitSignal(tab.message_posted, timeout=5000, check_params_cb=lambda m: "exported" in m):
        assert tab.export_to(tmp_path / "o.csv", "csv")
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    meta = {r[0]: r[1] for r in rows if r and r[0].startswith("# ")}
    assert meta["# Time zone"] == JKT and meta["# Exact time"] == "no" and meta["# Preset"] == "last_7"
    assert [r[0] for r in rows if r and r[0] in ("Total", "Previous period")] == ["Total", "Previous period"]
    tab.set_exact_range(dt.datetime(2025, 6, 13, 20, 0), dt.datetime(2025, 6, 13, 20, 59))
    wait_for_range(qtbot, tab, ov.exact_range(dt.datetime(2025, 6, 13, 20, 0), dt.datetime(2025, 6, 13, 20, 59), JKT))
    with qtbot.waitSignal(tab.message_posted, timeout=5000, check_params_cb=lambda m: "exported" in m):
        assert tab.export_to(tmp_path / "o.xlsx", "xlsx")
    ws = openpyxl.load_workbook(tmp_path / "o.xlsx").active
    block = {r[0]: r[1] for r in ws.iter_rows(max_row=13, values_only=True)}
    assert block["Exact time"] == "yes" and block["Time zone"] == JKT
    assert block["To (exclusive)"] == "2025-06-13T20:59+07:00"
    assert tab.default_export_name("csv") == "LiveDesk overview 2025-06-13.csv"


def test_default_zone_is_the_selected_lives_account(qtbot: QtBot, tab: OverviewTab, store: Store) -> None:
    from livedesk.models.repository import load_snapshot

    with store.engine.connect() as conn:
        snap = load_snapshot(conn, 1)
    snap = snap.__class__(**{**{f: getattr(snap, f) for f in snap.__dataclass_fields__},
                             "account": snap.account.__class__(snap.account.ref, "Shop", "US", LA, "USD", "manual",
                                                               None, snap.account.id)})
    tab.on_snapshot_changed(snap, None)
    assert tab.time_zone() == LA
    wait_for_range(qtbot, tab, ov.preset_range(ov.Preset.LAST_7, LA, NOW))


def test_without_the_service_the_lives_table_and_plain_cards_still_work(qtbot: QtBot, store: Store) -> None:
    write_fixture(store)
    tab = OverviewTab(clock=lambda: NOW / 1000)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.range_requested, timeout=2000) as blocker:
        tab.request()
    since, until = blocker.args
    with store.engine.connect() as conn:
        rows = session_totals(conn, since=since, until=until)
    tab.on_totals(1, rows)
    assert tab.model.rowCount() == len(rows) >= 1
    assert tab.cards.value_text("lives") == str(len(rows))
    assert not tab.export_button.isEnabled()
    tab.retranslate_ui()
