"""The overview's data: reporting ranges in a time zone, totals per range and day, products, the loader thread,
and the export (hand-made LIVEs in a real SQLite cache, and the demo's 14 days)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from livedesk.models import overview as ov
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    Batch,
    BenchmarkRecord,
    ProductRecord,
    SampleBlock,
    SessionProductRecord,
    SessionRecord,
    SessionRef,
    SessionStatus,
)
from livedesk.models.store import Store
from livedesk.services.demo import DemoConnector
from livedesk.services.overview_data import OverviewService, build_overview_table, write_overview

LA = "America/Los_Angeles"
JKT = "Asia/Jakarta"
UTC = dt.UTC


def utc_ms(*args: int) -> int:
    return round(dt.datetime(*args, tzinfo=UTC).timestamp() * 1000)


def local_ms(tz: str, *args: int) -> int:
    return round(dt.datetime(*args, tzinfo=ZoneInfo(tz)).timestamp() * 1000)


# --- a small hand-made cache ------------------------------------------------------------------------------------

SHOP = AccountRef("tiktok", "@shop")
NOW = local_ms(JKT, 2025, 6, 15, 12, 0)  # Sunday noon in Jakarta
COLUMNS = ("gmv", "views", "viewers", "customers", "watch_seconds", "product_clicks", "sku_orders", "impressions")
L1_START = local_ms(JKT, 2025, 6, 13, 20, 0)
L2_START = local_ms(JKT, 2025, 6, 15, 10, 0)  # today, ended before noon
L3_START = local_ms(JKT, 2025, 6, 7, 20, 0)  # the previous period
MINUTE = 60_000


def _live(ext: str, start: int, minutes: int, per_sample: dict[str, object], currency: str = "USD",
          account: AccountRef = SHOP) -> Batch:
    ref = SessionRef(account, ext)
    rows = []
    for i in range(minutes):
        values = [v(i) if callable(v) else v for v in (per_sample[c] for c in COLUMNS)]
        rows.append((start + i * MINUTE, *values))
    session = SessionRecord(ref, f"LIVE {ext}", "host", start, start + minutes * MINUTE, SessionStatus.ENDED,
                            currency, "manual", sample_interval_ms=MINUTE)
    return Batch("manual", sessions=(session,), samples=(SampleBlock(ref, COLUMNS, tuple(rows), "manual"),))


def _product_stat(ext: str, product: str, clicks: int, orders: int, customers: int, gmv: int) -> SessionProductRecord:
    return SessionProductRecord(SessionRef(SHOP, ext), product, 1, None, clicks * 5, clicks, orders + 5, orders + 3,
                                orders, orders, orders, customers, gmv, "manual")


def write_fixture(store: Store, tz: str = JKT) -> None:
    """Three LIVEs of one account: L1 (Fri) and L2 (today) in the last 7 days, L3 in the week before."""
    store.write(Batch("manual", accounts=(AccountRecord(SHOP, "Shop", "ID", tz, "USD", "manual", "ID/beauty"),)))
    store.write(_live("L1", L1_START, 60, {"gmv": 1000, "views": 10, "viewers": 5, "customers": 1,
                                           "watch_seconds": 300, "product_clicks": 4, "sku_orders": 1,
                                           "impressions": 100}))
    store.write(_live("L2", L2_START, 60, {"gmv": 2000, "views": 20, "viewers": 10, "customers": 2,
                                           "watch_seconds": 600, "product_clicks": 8, "sku_orders": 2,
                                           "impressions": 200}))
    store.write(_live("L3", L3_START, 60, {"gmv": 500, "views": 10, "viewers": 5, "customers": lambda i: i % 2,
                                           "watch_seconds": 300, "product_clicks": 4, "sku_orders": 1,
                                           "impressions": 100}))
    store.write(Batch(
        "manual",
        products=(ProductRecord(SHOP, "P1", "Glow serum", "SER-1", 2500, "USD", "manual"),
                  ProductRecord(SHOP, "P2", "Water cream", "CRM-2", 1500, "USD", "manual")),
        session_products=(_product_stat("L1", "P1", 200, 40, 35, 45_000), _product_stat("L1", "P2", 40, 20, 20, 15_000),
                          _product_stat("L2", "P1", 100, 10, 10, 20_000), _product_stat("L3", "P1", 999, 1, 1, 1)),
        benchmarks=(BenchmarkRecord("ID/beauty", "ctor_sku", 14, NOW - 86_400_000, 0.5, "manual"),),
    ))


@pytest.fixture
def cache(store: Store) -> Store:
    write_fixture(store)
    return store


def load(store: Store, rng: ov.ReportRange, now: int = NOW) -> ov.OverviewData:
    with store.engine.connect() as conn:
        return ov.load_overview(conn, ov.OverviewRequest(rng, now))


# --- ranges -------------------------------------------------------------------------------------------------------

def test_presets_follow_the_reporting_zone() -> None:
    now = utc_ms(2025, 3, 9, 12, 0)  # 05:00 in Los Angeles on its spring-forward day, 19:00 in Jakarta
    la = ov.preset_range(ov.Preset.TODAY, LA, now)
    assert (la.since, la.until) == (utc_ms(2025, 3, 9, 8), utc_ms(2025, 3, 10, 7))  # PST midnight → PDT midnight
    assert la.length_ms == 23 * 3_600_000
    jkt = ov.preset_range(ov.Preset.TODAY, JKT, now)
    assert (jkt.since, jkt.until) == (utc_ms(2025, 3, 8, 17), utc_ms(2025, 3, 9, 17))
    y = ov.preset_range(ov.Preset.YESTERDAY, LA, now)
    assert (y.since, y.until) == (utc_ms(2025, 3, 8, 8), utc_ms(2025, 3, 9, 8))
    week = ov.preset_range(ov.Preset.LAST_7, LA, now)
    assert (week.since, week.until) == (utc_ms(2025, 3, 3, 8), utc_ms(2025, 3, 10, 7))
    days = week.days()
    assert [d.day for d in days] == [dt.date(2025, 3, 3) + dt.timedelta(days=i) for i in range(7)]
    assert [(d.end - d.start) // 3_600_000 for d in days] == [24] * 6 + [23]
    month = ov.preset_range(ov.Preset.LAST_30, JKT, now)
    assert len(month.days()) == 30 and month.last_day == dt.date(2025, 3, 9)
    custom = ov.preset_range(ov.Preset.CUSTOM, JKT, now, dt.date(2025, 2, 3), dt.date(2025, 2, 1))  # swapped
    assert (custom.since, custom.until) == (utc_ms(2025, 1, 31, 17), utc_ms(2025, 2, 3, 17))
    assert not custom.exact and custom.preset is ov.Preset.CUSTOM


def test_autumn_day_is_25_hours_and_previous_period_steps_back_whole_days() -> None:
    now = utc_ms(2025, 11, 3, 20, 0)  # Monday noon in Los Angeles, the day after DST ended
    y = ov.preset_range(ov.Preset.YESTERDAY, LA, now)
    assert y.length_ms == 25 * 3_600_000 and not y.is_incomplete(now)
    prev = y.previous(now)
    assert (prev.since, prev.until) == (utc_ms(2025, 11, 1, 7), y.since)  # Saturday PDT midnight
    today = ov.preset_range(ov.Preset.TODAY, LA, now)
    assert today.is_incomplete(now)
    prev = today.previous(now)  # yesterday until the same elapsed time
    assert prev.since == y.since and prev.until == prev.since + (now - today.since)


def test_exact_time_is_cut_to_the_minute_in_the_zone() -> None:
    rng = ov.exact_range(dt.datetime(2025, 3, 9, 1, 30, 45), dt.datetime(2025, 3, 9, 3, 15, 59), LA)
    assert rng.exact and rng.since == utc_ms(2025, 3, 9, 9, 30) and rng.until == utc_ms(2025, 3, 9, 10, 15)
    assert rng.length_ms == 45 * MINUTE  # 01:30 PST → 03:15 PDT
    prev = rng.previous(utc_ms(2025, 3, 10))
    assert (prev.since, prev.until) == (rng.since - 45 * MINUTE, rng.since)
    jkt = ov.exact_range(dt.datetime(2025, 3, 9, 1, 30), dt.datetime(2025, 3, 9, 3, 15), JKT)
    assert jkt.since == utc_ms(2025, 3, 8, 18, 30)
    with pytest.raises(ValueError):
        ov.exact_range(dt.datetime(2025, 3, 9, 3, 0), dt.datetime(2025, 3, 9, 3, 0, 30), LA)
    with pytest.raises(KeyError):
        ov.ReportRange(0, 1, "Mars/Olympus_Mons")


def test_zone_list_and_offsets() -> None:
    names = ov.zone_names()
    assert names[0] == "UTC" and {JKT, LA, "Europe/Berlin", "Asia/Kolkata"} <= set(names)
    assert not any(n.startswith(("posix/", "right/", "US/")) for n in names)
    assert ov.find_zone("los angeles") == LA and ov.find_zone("JAKARTA") == JKT and ov.find_zone(" UTC ") == "UTC"
    assert ov.find_zone("america") is None and ov.find_zone("Nowhere") is None
    assert ov.utc_offset_text("Asia/Kolkata", NOW) == "UTC+05:30"
    assert ov.utc_offset_text(LA, utc_ms(2025, 1, 1)) == "UTC−08:00"


# --- totals ---------------------------------------------------------------------------------------------------------

def test_range_totals_days_and_previous_period(cache: Store) -> None:
    rng = ov.preset_range(ov.Preset.LAST_7, JKT, NOW)
    data = load(cache, rng)
    cur = data.current
    assert (cur.lives, cur.hours) == (2, 2.0)
    assert cur.totals.sums["gmv"] == 60 * 1000 + 60 * 2000
    assert cur.value("conversion_rate") == pytest.approx((60 + 120) / (300 + 600))
    assert cur.value("avg_view_duration") == pytest.approx((18_000 + 36_000) / 900)
    prev = data.previous
    assert data.previous_range.until == local_ms(JKT, 2025, 6, 8, 12, 0)  # cut at the same elapsed time
    assert (prev.lives, prev.totals.sums["gmv"], prev.totals.sums["customers"]) == (1, 30_000, 30)
    cards = {c.key: c for c in ov.card_values(data.current, data.previous)}
    assert cards["gmv"].change == pytest.approx(5.0) and cards["gmv"].good is True
    assert cards["conversion_rate"].change == pytest.approx(1.0)
    assert cards["avg_view_duration"].change == 0 and cards["avg_view_duration"].good is None
    assert ov.change_text(cards["lives"]) == "▲ 100.0%"
    assert [d.span.day for d in data.days] == [dt.date(2025, 6, 9) + dt.timedelta(days=i) for i in range(7)]
    assert [d.totals.totals.sums["gmv"] for d in data.days] == [None] * 4 + [60_000, None, 120_000]
    assert [d.incomplete for d in data.days] == [False] * 6 + [True]
    assert data.incomplete and data.currency == "USD" and data.market["ctor_sku"] == 0.5
    assert data.own is not None and data.own.lives == 1  # L3 in the 30 days before


def test_previous_period_without_data_shows_no_change(cache: Store) -> None:
    rng = ov.preset_range(ov.Preset.CUSTOM, JKT, NOW, dt.date(2025, 5, 1), dt.date(2025, 5, 3))
    data = load(cache, ov.preset_range(ov.Preset.CUSTOM, JKT, NOW, dt.date(2025, 6, 7), dt.date(2025, 6, 7)))
    assert data.current.lives == 1 and not data.previous.has_data
    cards = ov.card_values(data.current, data.previous)
    assert all(c.previous is None and ov.change_text(c) == "—" for c in cards)
    empty = load(cache, rng)
    assert not empty.current.has_data and empty.products == ()
    assert ov.card_text(ov.card_values(empty.current, empty.previous)[2], "USD") == "—"


def test_exact_range_cuts_a_live_at_the_minute(cache: Store) -> None:
    rng = ov.exact_range(dt.datetime(2025, 6, 13, 20, 15), dt.datetime(2025, 6, 13, 20, 45), JKT)
    data = load(cache, rng)
    assert data.current.totals.sums["gmv"] == 30 * 1000 and data.current.lives == 1
    assert data.current.hours == pytest.approx(0.5)
    assert len(data.days) == 1 and not data.days[0].incomplete
    assert data.previous_range.since == rng.since - 30 * MINUTE


def test_conversion_per_product_sums_the_lives_of_the_range(cache: Store) -> None:
    data = load(cache, ov.preset_range(ov.Preset.LAST_7, JKT, NOW))
    p1, p2 = data.products
    assert (p1.name, p1.clicks, p1.sku_orders, p1.customers, p1.gmv, p1.lives) == ("Glow serum", 300, 50, 45, 65_000, 2)
    assert p1.ctor == pytest.approx(50 / 300) and p1.unconverted_clicks == 250
    assert (p2.clicks, p2.sku_orders, p2.ctor) == (40, 20, 0.5)


def test_money_of_another_currency_is_left_out(cache: Store) -> None:
    other = AccountRef("tiktok", "@eu")
    cache.write(Batch("manual", accounts=(AccountRecord(other, "EU", "DE", "Europe/Berlin", "EUR", "manual"),)))
    cache.write(_live("E1", local_ms(JKT, 2025, 6, 14, 20, 0), 30, {c: 7 for c in COLUMNS}, "EUR", other))
    data = load(cache, ov.preset_range(ov.Preset.LAST_7, JKT, NOW))
    assert data.account is not None and data.account.ref == SHOP  # the account of the newest LIVE
    assert data.current.lives == 3 and data.current.other_currency_lives == 1
    assert data.current.totals.sums["gmv"] == 180_000 and data.current.totals.sums["views"] == 1800 + 210


def test_running_live_counts_until_its_newest_sample(store: Store) -> None:
    write_fixture(store)
    ref = SessionRef(SHOP, "NOW")
    start = NOW - 30 * MINUTE
    rows = tuple((start + i * MINUTE, 100, 1, 1, 1, 1, 1, 1, 1) for i in range(20))
    store.write(Batch("manual", sessions=(SessionRecord(ref, "live", "h", start, None, SessionStatus.LIVE, "USD",
                                                        "manual", sample_interval_ms=MINUTE),),
                      samples=(SampleBlock(ref, COLUMNS, rows, "manual"),)))
    data = load(store, ov.preset_range(ov.Preset.TODAY, JKT, NOW))
    assert data.current.lives == 2
    assert data.current.hours == pytest.approx(1 + 20 / 60)


# --- the loader thread and the export ------------------------------------------------------------------------------

def test_service_answers_the_newest_request_and_lists_accounts(qtbot: QtBot, cache: Store) -> None:
    service = OverviewService.for_engine(cache.engine)
    service.start()
    try:
        with qtbot.waitSignal(service.accounts_changed, timeout=5000) as blocker:
            service.refresh_accounts()
        assert [a.timezone for a in blocker.args[0]] == [JKT]
        old = ov.OverviewRequest(ov.preset_range(ov.Preset.LAST_30, JKT, NOW), NOW)
        new = ov.OverviewRequest(ov.preset_range(ov.Preset.LAST_7, JKT, NOW), NOW)
        with qtbot.waitSignal(service.data_changed, timeout=5000) as blocker:
            service.request(old)
            last = service.request(new)
        assert blocker.args[0] == last and blocker.args[1].range == new.range
        assert service.data is blocker.args[1]
    finally:
        assert service.shutdown()


def test_service_reports_a_failed_read(qtbot: QtBot, tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")  # no tables
    service = OverviewService.for_engine(engine)
    service.start()
    try:
        with qtbot.waitSignal(service.failed, timeout=5000, check_params_cb=lambda m: "overview" in m):
            service.request(ov.OverviewRequest(ov.preset_range(ov.Preset.TODAY, JKT, NOW), NOW))
    finally:
        assert service.shutdown()
        engine.dispose()


def test_export_writes_range_zone_exact_flag_days_and_summary(qtbot: QtBot, cache: Store, tmp_path: Path) -> None:
    data = load(cache, ov.preset_range(ov.Preset.LAST_7, JKT, NOW))
    table = build_overview_table(data)
    assert len(table.rows) == 7 + 2
    service = OverviewService.for_engine(cache.engine)
    service.start()
    try:
        with qtbot.waitSignal(service.export_finished, timeout=5000) as blocker:
            service.export(data, tmp_path / "week.csv", "csv")
        assert blocker.args == [str(tmp_path / "week.csv"), ""]
    finally:
        assert service.shutdown()
    with (tmp_path / "week.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    meta = {r[0]: r[1] for r in rows if r[0].startswith("# ")}
    assert meta["# Time zone"] == JKT and meta["# Exact time"] == "no"
    assert meta["# From"] == "2025-06-09T00:00+07:00" and meta["# To (exclusive)"] == "2025-06-16T00:00+07:00"
    assert meta["# Incomplete day"] == "2025-06-15"
    body = [r for r in rows if not r[0].startswith("#")]
    header, days, total, prev = body[0], body[1:8], body[8], body[9]
    col = {name: i for i, name in enumerate(header)}
    assert [d[0] for d in days] == [f"2025-06-{9 + i:02d}" for i in range(7)]
    assert days[4][col["GMV (USD)"]] == "600.0" and days[6][col["Incomplete"]] == "yes"
    assert (total[0], total[col["LIVEs"]], total[col["GMV (USD)"]], total[col["Views"]]) == ("Total", "2", "1800.0",
                                                                                             "1800")
    assert total[col["Conversion rate"]] == "0.2" and prev[0] == "Previous period"

    exact = load(cache, ov.exact_range(dt.datetime(2025, 6, 13, 20, 15), dt.datetime(2025, 6, 13, 20, 45), JKT))
    write_overview(exact, tmp_path / "exact.xlsx", "xlsx")
    ws = openpyxl.load_workbook(tmp_path / "exact.xlsx").active
    assert ws.title == "Overview"
    cells = [tuple(r) for r in ws.iter_rows(values_only=True)]
    block = {r[0]: r[1] for r in cells[:13]}
    assert block["Exact time"] == "yes" and block["Time zone"] == JKT
    assert block["From"] == "2025-06-13T20:15+07:00" and block["To (exclusive)"] == "2025-06-13T20:45+07:00"
    start = cells.index(next(r for r in cells if r[0] == "Day"))
    assert cells[start + 1][0] == "2025-06-13" and cells[start + 2][0] == "Total"
    assert cells[start + 2][6] == 300  # GMV in dollars
    assert ws.cell(start + 3, 11).number_format == "0.00%"  # conversion rate


# --- the demo's 14 days ------------------------------------------------------------------------------------------

DEMO_NOW = 1_750_000_000.0  # 2025-06-15 08:06 in Los Angeles


@pytest.fixture(scope="module")
def demo_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'cache.sqlite3'}")
    upgrade(engine)
    store = Store(engine)
    t = [DEMO_NOW]
    conn = DemoConnector(seed=7, speed=1.0, history_days=14, clock=lambda: t[0])
    store.write(conn.poll())
    while conn.history_pending:
        t[0] += 1.0
        store.write(conn.poll())
    yield engine
    engine.dispose()


def test_demo_week_adds_up_per_day(demo_engine: object) -> None:
    now = int(DEMO_NOW * 1000) + 4000
    rng = ov.preset_range(ov.Preset.LAST_7, LA, now)
    with demo_engine.connect() as conn:  # type: ignore[attr-defined]
        data = ov.load_overview(conn, ov.OverviewRequest(rng, now))
        direct = conn.exec_driver_sql("SELECT SUM(gmv), SUM(views) FROM metric_sample WHERE ts >= ? AND ts < ?",
                                      (rng.since, rng.until)).one()
    assert data.account is not None and data.account.timezone == LA and data.market
    assert len(data.days) == 7 and [d.incomplete for d in data.days] == [False] * 6 + [True]
    assert sum(d.totals.totals.sums["gmv"] or 0 for d in data.days) == data.current.totals.sums["gmv"] == direct[0]
    assert data.current.totals.sums["views"] == direct[1]
    assert data.current.lives >= 7 and data.previous.has_data
    assert data.products and all((p.clicks or 0) >= (p.sku_orders or 0) for p in data.products)
    gmv = [p.gmv or 0 for p in data.products]
    assert gmv == sorted(gmv, reverse=True)


def test_a_live_across_midnight_counts_on_the_right_day_in_each_zone(store: Store) -> None:
    """23:30–00:30 UTC: split over two days in UTC, one morning in Jakarta (UTC+7), one afternoon in LA."""
    store.write(Batch("manual", accounts=(AccountRecord(SHOP, "Shop", "ID", JKT, "USD", "manual"),)))
    start = utc_ms(2025, 6, 10, 23, 30)
    store.write(_live("M", start, 60, {"gmv": 100, "views": 1, "viewers": 1, "customers": 0, "watch_seconds": 60,
                                       "product_clicks": 0, "sku_orders": 0, "impressions": 10}))
    now = utc_ms(2025, 6, 20, 12, 0)

    def per_day(tz: str) -> dict[dt.date, int]:
        rng = ov.preset_range(ov.Preset.CUSTOM, tz, now, dt.date(2025, 6, 9), dt.date(2025, 6, 12))
        data = load(store, rng, now)
        assert data.current.totals.sums["gmv"] == 60 * 100  # the whole LIVE is in the range in every zone
        return {d.span.day: d.totals.totals.sums["gmv"] for d in data.days if d.totals.totals.sums["gmv"]}

    assert per_day("UTC") == {dt.date(2025, 6, 10): 30 * 100, dt.date(2025, 6, 11): 30 * 100}
    assert per_day(JKT) == {dt.date(2025, 6, 11): 60 * 100}  # 06:30–07:30 on the 11th
    assert per_day(LA) == {dt.date(2025, 6, 10): 60 * 100}  # 16:30–17:30 on the 10th
