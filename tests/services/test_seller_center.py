"""Seller Center LIVE exports: alias table, tolerant values, golden files, summary totals, all or nothing."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from livedesk.models import repository as repo
from livedesk.models import schema
from livedesk.models import seller_columns as sc
from livedesk.models.history import session_totals
from livedesk.models.metrics import BY_KEY, STORED_KEYS, value
from livedesk.models.records import AccountRecord, AccountRef, Batch, SessionRecord, SessionRef, SessionStatus
from livedesk.models.store import Store, StoreError
from livedesk.services.bundle import ImportCancelledError, ImportFileError
from livedesk.services.seller_center import (
    import_seller_center,
    is_missing,
    parse_count,
    parse_datetime,
    parse_duration,
    parse_money,
    parse_number,
    parse_rate,
    read_seller_file,
)
from tests.data.seller_center.make_golden import write_all

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "seller_center"
NY, JKT = "America/New_York", "Asia/Jakarta"


def utc_ms(*args: int) -> int:
    return int(dt.datetime(*args, tzinfo=dt.UTC).timestamp() * 1000)


def table_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in schema.metadata.sorted_tables}


def figures(store: Store, keys: tuple[str, ...] = ("gmv", "views", "viewers", "pcu", "avg_view_duration")) -> dict:
    """What the Overview reads (SQL totals per LIVE): title → {metric: value}."""
    with store.engine.connect() as conn:
        return {st.session.title: {k: value(BY_KEY[k], st.totals) for k in keys} for st in session_totals(conn)}


# --- the golden files are what the generator writes --------------------------------------------------------

def test_golden_files_match_their_generator(tmp_path: Path) -> None:
    write_all(tmp_path)
    for name in ("live_list_en.xlsx", "live_analysis_old.xlsx", "live_list_id.csv", "live_list_corrupt.csv"):
        assert (tmp_path / name).read_bytes() == (GOLDEN / name).read_bytes(), name


# --- the alias table ------------------------------------------------------------------------------------------

def test_alias_table_is_consistent() -> None:
    for col in sc.COLUMNS:
        assert col.labels[sc.EN] and col.labels[sc.ID], f"{col.key} needs English and Indonesian labels"
        if col.role is sc.Role.METRIC:
            assert col.key in STORED_KEYS, col.key
    assert sc.match("Revenue ($)").column.key == "gmv" and sc.match("Revenue ($)").unit == "$"
    assert sc.match("  pendapatan (Rp) ").column.key == "gmv"
    assert sc.match("Tap-through rate (via LIVE preview)").column.key == "tap_through_rate_preview"
    assert sc.match("LIVE impressions").column.key == "impressions"
    assert sc.match("Tayangan").column.key == "views" and sc.match("Tayangan produk").column.key == \
        "product_impressions"
    assert sc.match("Streamer mood") is None and sc.match(None) is None and sc.match("") is None


# --- values -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "currency", "comma", "expected"), [
    ("$205.33", "USD", False, 20533),
    ("$1,234.50", "USD", False, 123450),
    ("Rp1.234.567", "IDR", True, 1234567),
    ("Rp 98.000", "IDR", True, 98000),
    ("IDR 1.234.567", "IDR", False, 1234567),
    ("205.33 USD", "USD", False, 20533),
    ("€1.234,56", "EUR", False, 123456),
    ("-$3.10", "USD", False, -310),
    ("(3.10)", "USD", False, -310),
    (1234.5, "USD", False, 123450),
    (7, "JPY", False, 7),
    ("-", "USD", False, None),
    ("", "USD", False, None),
    (None, "USD", False, None),
])
def test_money(text: object, currency: str, comma: bool, expected: int | None) -> None:
    assert parse_money(text, currency, decimal_comma=comma) == expected


@pytest.mark.parametrize(("text", "comma", "expected"), [
    ("1.74K", False, 1740),
    ("2.1M", False, 2_100_000),
    ("1,234", False, 1234),
    ("1.234", True, 1234),
    ("1,74rb", True, 1740),
    ("2,1jt", True, 2_100_000),
    ("12,345,678", False, 12_345_678),
    ("0", False, 0),
    ("35.6", False, 36),
    (1203, False, 1203),
    ("--", False, None),
    ("—", False, None),
])
def test_counts(text: object, comma: bool, expected: int | None) -> None:
    assert parse_count(text, decimal_comma=comma) == expected


@pytest.mark.parametrize(("text", "comma", "expected"), [
    ("4.11%", False, 0.0411),
    ("4,11%", True, 0.0411),
    ("0.0411", False, 0.0411),
    ("23.1", False, 0.231),
    (0.288, False, 0.288),
    ("0%", False, 0.0),
    ("-", False, None),
])
def test_rates(text: object, comma: bool, expected: float | None) -> None:
    got = parse_rate(text, decimal_comma=comma)
    assert got == (None if expected is None else pytest.approx(expected))


@pytest.mark.parametrize(("text", "expected"), [
    ("1m28s", 88), ("1h2m3s", 3723), ("1h 2m 3s", 3723), ("45m", 2700), ("40s", 40), ("2h", 7200),
    ("1j 2m 3d", 3723), ("1 jam 2 menit", 3720), ("01:02:03", 3723), ("1:28", 88), ("95", 95), (3600, 3600),
    (dt.time(1, 2, 3), 3723), (dt.timedelta(minutes=2), 120), ("-", None), ("", None),
])
def test_durations(text: object, expected: float | None) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["1x28s", "abc", "1h2", "h1"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026/11/02/ 20:15", utc_ms(2026, 11, 3, 1, 15)),
    ("2026-11-02 20:15:00", utc_ms(2026, 11, 3, 1, 15)),
    ("2026-11-02T20:15", utc_ms(2026, 11, 3, 1, 15)),
    ("2026/11/02 20:15 (GMT+07:00)", utc_ms(2026, 11, 2, 13, 15)),
    (dt.datetime(2026, 11, 2, 20, 15), utc_ms(2026, 11, 3, 1, 15)),
    ("-", None),
])
def test_datetimes_in_the_shops_time_zone(text: object, expected: int | None) -> None:
    assert parse_datetime(text, ZoneInfo(NY)) == expected


@pytest.mark.parametrize("text", ["2026-13-02 20:15", "02/11/2026 20:15", "2026-11-02", "yesterday"])
def test_bad_datetimes(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text, ZoneInfo(NY))


@pytest.mark.parametrize("text", ["12x.50", "1.2.3", "$", "4.11.%", "1,23,4"])
def test_bad_numbers(text: str) -> None:
    with pytest.raises(ValueError, match="number"):
        parse_number(text)


def test_missing_markers() -> None:
    assert all(is_missing(v) for v in (None, "", " ", "-", "--", "N/A", float("nan")))
    assert not any(is_missing(v) for v in (0, "0", "0%", "$0.00"))


# --- headers ------------------------------------------------------------------------------------------------------

def test_headers_of_each_golden_file_are_found() -> None:
    en = read_seller_file(GOLDEN / "live_list_en.xlsx")
    assert en.header_row == 1 and en.language == "en" and en.unknown == ("Streamer mood",)
    assert en.columns["start"].header == "Start time" and en.columns["gmv"].letter == "G"
    old = read_seller_file(GOLDEN / "live_analysis_old.xlsx")
    assert old.header_row == 3 and old.currency == "USD" and old.unknown == ()
    assert {"creator_id", "creator", "start", "duration", "gmv", "pcu", "acu", "ctr"} <= set(old.columns)
    ind = read_seller_file(GOLDEN / "live_list_id.csv")
    assert ind.header_row == 1 and ind.language == "id" and ind.decimal_comma and ind.currency == "IDR"
    assert ind.unknown == ("Kolom aneh",)


def test_a_file_without_a_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("shopping list\nmilk,eggs\n")
    with pytest.raises(ImportFileError, match="no Seller Center LIVE list header"):
        read_seller_file(path)
    with pytest.raises(ImportFileError, match="not a Seller Center export"):
        read_seller_file(tmp_path)
    (tmp_path / "notes.txt").write_text("Start time,Views\n")
    with pytest.raises(ImportFileError, match="not a Seller Center export"):
        read_seller_file(tmp_path / "notes.txt")
    with pytest.raises(ImportFileError, match="no such file"):
        read_seller_file(tmp_path / "gone.csv")


# --- golden imports ---------------------------------------------------------------------------------------------

def test_english_export_becomes_ended_lives_with_their_totals(store: Store) -> None:
    result = import_seller_center(store, GOLDEN / "live_list_en.xlsx", timezone=NY)
    assert result.kind == "seller_export" and len(result.session_ids) == 2
    assert result.titles == ("Autumn skincare drop", "Lip oil restock")
    assert any("'Streamer mood'" in w for w in result.warnings)
    assert any("ACU" in w for w in result.warnings)
    with store.engine.connect() as conn:
        lives = {s.title: s for s in repo.list_sessions(conn)}
        account = repo.get_account(conn, repo.session_account_id(conn, result.session_ids[0]))
    autumn = lives["Autumn skincare drop"]
    assert autumn.ref == SessionRef(AccountRef("tiktok", "@glow.shop"), "7301")
    assert autumn.started_at == utc_ms(2026, 11, 3, 1, 15) and autumn.ended_at == autumn.started_at + 3_723_000
    assert autumn.status is SessionStatus.ENDED and autumn.source == "seller_export" and autumn.currency == "USD"
    assert autumn.host == "Glow Shop" and autumn.sample_interval_ms == 3_723_000
    assert lives["Lip oil restock"].started_at == utc_ms(2026, 11, 5, 0, 0)
    assert account is not None and account.timezone == NY and account.source == "seller_export"
    got = figures(store, ("gmv", "views", "viewers", "pcu", "avg_view_duration", "live_ctr", "likes", "ads_cost",
                          "ads_gmv", "sku_orders", "gifts", "impressions"))
    assert got["Autumn skincare drop"] == {
        "gmv": 20533, "views": 1740, "viewers": 1203, "pcu": 312, "avg_view_duration": pytest.approx(88, abs=0.01),
        "live_ctr": pytest.approx(402 / 1740), "likes": 2_100_000, "ads_cost": 1250, "ads_gmv": 8000,
        "sku_orders": 12, "gifts": None, "impressions": 25_600}
    lip = got["Lip oil restock"]
    assert lip["gmv"] == 123_450 and lip["views"] == 5200 and lip["pcu"] == 800
    assert lip["ads_cost"] is None and lip["ads_gmv"] is None  # "-" and an empty cell: NULL, never 0


def test_the_key_metrics_snapshot_shows_the_export_figures(store: Store) -> None:
    """The same totals through the snapshot the Key metrics tab reads (arrays, whole-LIVE window)."""
    result = import_seller_center(store, GOLDEN / "live_list_en.xlsx", timezone=NY)
    with store.engine.connect() as conn:
        snap = repo.load_snapshot(conn, result.session_ids[0])
    totals = snap.whole_totals()
    assert len(snap.samples) == 1 and totals.window_s == 3723
    assert value(BY_KEY["gmv"], totals) == 20533
    assert value(BY_KEY["gmv_per_hour"], totals) == pytest.approx(20533 / (3723 / 3600))
    assert value(BY_KEY["tap_through_rate"], totals) == pytest.approx(1740 / 25_600)
    assert value(BY_KEY["current_viewers"], totals) == 312


def test_older_export_with_the_header_on_row_three(store: Store) -> None:
    result = import_seller_center(store, GOLDEN / "live_analysis_old.xlsx", timezone=NY)
    assert len(result.session_ids) == 2
    assert any("row 6 is a totals row" in w for w in result.warnings)
    with store.engine.connect() as conn:
        lives = sorted(repo.list_sessions(conn), key=lambda s: s.started_at)
    assert [s.ref.account.handle for s in lives] == ["glow.shop", "glow.shop"]
    assert lives[0].started_at == utc_ms(2026, 11, 3, 1, 15) and lives[0].title == "LIVE 2026-11-02 20:15"
    assert lives[1].ended_at - lives[1].started_at == 45 * 60_000
    got = figures(store, ("gmv", "sku_orders", "created_sku_orders", "customers", "pcu", "product_clicks",
                          "avg_view_duration"))
    assert got["LIVE 2026-11-02 20:15"] == {"gmv": 20533, "sku_orders": 12, "created_sku_orders": 14,
                                             "customers": 9, "pcu": 312, "product_clicks": 402,
                                             "avg_view_duration": pytest.approx(88, abs=0.01)}
    assert got["LIVE 2026-11-05 18:30"]["gmv"] == 0  # "$0.00" is a value, not missing


def test_indonesian_csv_with_decimal_commas(store: Store) -> None:
    result = import_seller_center(store, GOLDEN / "live_list_id.csv", timezone=JKT)
    assert len(result.session_ids) == 2 and any("'Kolom aneh'" in w for w in result.warnings)
    with store.engine.connect() as conn:
        lives = sorted(repo.list_sessions(conn), key=lambda s: s.started_at)
    assert [s.started_at for s in lives] == [utc_ms(2026, 11, 3, 12, 0), utc_ms(2026, 11, 6, 13, 30)]
    assert lives[0].currency == "IDR" and lives[0].ended_at - lives[0].started_at == 3_723_000
    got = figures(store, ("gmv", "viewers", "views", "impressions", "likes", "pcu", "avg_view_duration"))
    first, second = (got[s.title] for s in lives)
    assert first == {"gmv": 1_234_567, "viewers": 1740, "views": 3456, "impressions": 45_678, "likes": 12_500,
                     "pcu": 410, "avg_view_duration": pytest.approx(88, abs=0.01)}
    assert second["impressions"] is None and second["gmv"] == 98_000 and second["likes"] == 1200


# --- all or nothing, idempotent -----------------------------------------------------------------------------

def test_a_corrupt_value_mid_file_names_file_row_and_column_and_keeps_nothing(store: Store) -> None:
    import_seller_center(store, GOLDEN / "live_list_en.xlsx", timezone=NY)  # the cache has data
    before = table_counts(store)
    with pytest.raises(ImportFileError) as err:
        import_seller_center(store, GOLDEN / "live_list_corrupt.csv", timezone=NY)
    assert err.value.row == 4 and err.value.column == "'Revenue ($)' (C)"
    assert str(err.value).startswith(str(GOLDEN / "live_list_corrupt.csv"))
    assert "row 4, column 'Revenue ($)' (C): expected a number, found '$12x.50'" in str(err.value)
    assert table_counts(store) == before


def test_a_database_failure_after_some_lives_rolls_back(store: Store, tmp_path: Path) -> None:
    """Rows 2-3 are written inside the transaction before the database refuses row 4: nothing is kept."""
    with store.engine.begin() as conn:  # a real database refusal, raised by SQLite itself
        conn.exec_driver_sql("CREATE TRIGGER refuse BEFORE INSERT ON live_session WHEN NEW.title = 'boom' "
                             "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    path = tmp_path / "long.csv"
    path.write_text("Creator,LIVE title,Start time,Duration,Revenue ($)\n"
                    "@a,one,2026-11-01 20:00,30m,$1\n@a,two,2026-11-02 20:00,30m,$2\n"
                    "@a,boom,2026-11-03 20:00,30m,$3\n")
    before = table_counts(store)
    with pytest.raises(StoreError, match="disk on fire"):
        import_seller_center(store, path, timezone=NY)
    assert table_counts(store) == before


def test_a_value_too_large_to_store_names_its_cell(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text(f"Creator,Start time,Duration,Revenue ($)\n@a,2026-11-01 20:00,30m,${10**17}\n")
    with pytest.raises(ImportFileError, match=r"row 2, column 'Revenue \(\$\)' \(D\): the value .* too large"):
        import_seller_center(store, path, timezone=NY)


def test_importing_the_same_file_again_changes_nothing(store: Store) -> None:
    first = import_seller_center(store, GOLDEN / "live_list_id.csv", timezone=JKT)
    once = (table_counts(store), figures(store))
    second = import_seller_center(store, GOLDEN / "live_list_id.csv", timezone=JKT)
    assert (table_counts(store), figures(store)) == once
    assert second.session_ids == first.session_ids


def test_cancel_rolls_back_and_progress_counts_lives(store: Store) -> None:
    seen: list[tuple[int, int, str]] = []
    with pytest.raises(ImportCancelledError):
        import_seller_center(store, GOLDEN / "live_list_en.xlsx", lambda *a: seen.append(a), lambda: bool(seen),
                             timezone=NY)
    assert seen == [(1, 2, "Autumn skincare drop")]
    assert sum(table_counts(store).values()) == 0
    import_seller_center(store, GOLDEN / "live_list_en.xlsx", lambda *a: seen.append(a), timezone=NY)
    assert seen[-1] == (2, 2, "Lip oil restock")


# --- accounts, and LIVEs the cache already has ------------------------------------------------------------

def test_the_account_must_be_known(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "no_creator.csv"
    path.write_text("Start time,Duration,Views\n2026-11-01 20:00,1h,100\n")
    with pytest.raises(ImportFileError, match="choose the account"):
        import_seller_center(store, path)
    assert sum(table_counts(store).values()) == 0
    store.write(Batch("manual", accounts=(AccountRecord(AccountRef("tiktok", "@shop"), "Shop", "ID", JKT, "IDR",
                                                         "manual"),)))
    result = import_seller_center(store, path, account="shop")  # found with or without the @
    with store.engine.connect() as conn:
        live = repo.get_session(conn, result.session_ids[0])
    assert live is not None and live.ref.account.handle == "@shop"
    assert live.started_at == utc_ms(2026, 11, 1, 13, 0)  # the account's time zone
    assert table_counts(store)["account"] == 1


def test_a_live_recorded_by_another_source_is_left_alone(store: Store) -> None:
    account = AccountRef("tiktok", "@glow.shop")
    start = utc_ms(2026, 11, 3, 1, 17)  # two minutes after the export's start time
    store.write(Batch("tiktok_live", accounts=(AccountRecord(account, "Glow", "US", NY, "USD", "tiktok_live"),),
                      sessions=(SessionRecord(SessionRef(account, "room-1"), "Recorded LIVE", "Glow", start,
                                              start + 3_600_000, SessionStatus.ENDED, "USD", "tiktok_live"),)))
    result = import_seller_center(store, GOLDEN / "live_list_en.xlsx", timezone=NY)
    assert len(result.session_ids) == 1
    assert any("room-1 is already in the cache from tiktok_live" in w for w in result.warnings)
    with store.engine.connect() as conn:
        recorded = next(s for s in repo.list_sessions(conn) if s.ref.external_id == "room-1")
        assert len(repo.samples(conn, recorded.id or 0)) == 0 and recorded.title == "Recorded LIVE"


def test_an_older_export_without_live_ids_updates_the_same_lives(store: Store, tmp_path: Path) -> None:
    import_seller_center(store, GOLDEN / "live_list_en.xlsx", timezone=NY)
    ids = table_counts(store)["live_session"]
    result = import_seller_center(store, GOLDEN / "live_analysis_old.xlsx", timezone=NY)
    assert table_counts(store)["live_session"] == ids + 1  # 2026-11-02 is the same LIVE, 2026-11-05 a new one
    assert "Autumn skincare drop" in result.titles  # the better title is kept


def test_an_xlsx_that_is_not_a_workbook(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    shutil.copy(GOLDEN / "live_list_id.csv", bad)
    with pytest.raises(ImportFileError, match=r"broken\.xlsx: not a readable Excel workbook"):
        import_seller_center(store, bad)
