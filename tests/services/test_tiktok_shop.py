"""The tiktok_shop connector against a fake Partner API on loopback, plus signing, parsing and pacing units."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from livedesk.models.records import SessionStatus
from livedesk.models.store import Store
from livedesk.services.connector import ConnectorError
from livedesk.services.credentials import CredentialStore
from livedesk.services.sources import tts_signing
from livedesk.services.sources.sync import load_cursor, sync_once
from livedesk.services.sources.tiktok_shop import (
    APP_SECRET as APP_SECRET_NAME,
)
from livedesk.services.sources.tiktok_shop import (
    CONNECTOR,
    RateLimitedError,
    RateLimiter,
    ShopCipherRejectedError,
    TikTokShopConnector,
    TokenSet,
    load_tokens,
    parse_epoch_ms,
    parse_minutes_page,
    parse_money,
    parse_overview,
    parse_products_page,
    parse_rate,
    parse_session_page,
    save_tokens,
)
from tests.fakes import DictKeyring, FakeClock
from tests.fakes.tiktok_shop_server import (
    APP_KEY,
    APP_SECRET,
    LIVE_1,
    LIVE_2,
    LIVE_3,
    LIVE_RUNNING,
    NOW,
    SHOP_ID,
    FakeTikTokShop,
    load,
    reference_sign,
    running,
)

ACCOUNT = "glow"


# --- fixtures ----------------------------------------------------------------------------------------------

@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakeTikTokShop]:
    with running(FakeTikTokShop(clock=clock.time)) as server:
        yield server


@pytest.fixture
def creds(fake: FakeTikTokShop) -> CredentialStore:
    """A real (in-process) keyring with the app secret and a seller's tokens, as ``account add`` leaves them."""
    store = CredentialStore(DictKeyring())
    store.set(CONNECTOR, ACCOUNT, APP_SECRET_NAME, APP_SECRET)
    access, refresh = fake.issue_tokens()
    save_tokens(store, ACCOUNT, TokenSet(access, refresh, int(fake.access_tokens[access]),
                                         int(fake.refresh_tokens[refresh])))
    return store


def make(fake: FakeTikTokShop, creds: CredentialStore, clock: FakeClock, **kw: Any) -> TikTokShopConnector:
    options: dict[str, Any] = {"api_base": fake.url, "auth_base": fake.url, "region": "US", "clock": clock.time,
                               "limiter": RateLimiter(clock=clock.monotonic, sleep=clock.sleep), "page_size": 2}
    options.update(kw)
    return TikTokShopConnector(ACCOUNT, APP_KEY, creds, **options)


@pytest.fixture
def connector(fake: FakeTikTokShop, creds: CredentialStore, clock: FakeClock) -> Iterator[TikTokShopConnector]:
    c = make(fake, creds, clock)
    yield c
    c.close()


def q(store: Store, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def session_id(store: Store, live_id: str) -> int:
    return int(q(store, "SELECT id FROM live_session WHERE external_id = :x", x=live_id)[0][0])


def sums(store: Store, live_id: str, *cols: str) -> dict[str, Any]:
    row = q(store, f"SELECT {', '.join(f'SUM({c})' for c in cols)} FROM metric_sample WHERE session_id = :s",
            s=session_id(store, live_id))[0]
    return dict(zip(cols, row, strict=True))


def table_counts(store: Store) -> dict[str, int]:
    tables = ("account", "live_session", "metric_sample", "product", "session_product")
    return {t: int(q(store, f"SELECT COUNT(*) FROM {t}")[0][0]) for t in tables}


# --- signing -----------------------------------------------------------------------------------------------

def test_signature_matches_a_hand_computed_vector() -> None:
    secret, path = "abc123", "/analytics/202509/shop_lives/performance"
    params = {"timestamp": 1772740800, "app_key": "key1", "shop_cipher": "C1", "page_size": 2,
              "sign": "ignored", "access_token": "ignored-too", "page_token": "", "today": True}
    # sorted keys, no sign/access_token/empty: app_key, page_size, shop_cipher, timestamp, today
    expected_string = (b"abc123/analytics/202509/shop_lives/performance"
                       b"app_keykey1page_size2shop_cipherC1timestamp1772740800todaytrue" b"abc123")
    assert tts_signing.string_to_sign(secret, path, params) == expected_string
    expected = hmac.new(b"abc123", expected_string, hashlib.sha256).hexdigest()
    assert tts_signing.sign(secret, path, params) == expected
    assert expected == expected.lower() and len(expected) == 64
    assert tts_signing.verify(secret, path, params, expected.upper())
    # and the fake server's independent implementation agrees
    wire = {k: tts_signing.param_text(v) for k, v in params.items()}
    assert reference_sign(secret, path, wire) == expected


def test_signature_covers_the_exact_body_bytes() -> None:
    body = '{"a":1}'
    with_body = tts_signing.sign("s", "/p", {"app_key": "k"}, body)
    assert with_body == hmac.new(b"s", b"s/papp_keyk" + body.encode() + b"s", hashlib.sha256).hexdigest()
    assert with_body != tts_signing.sign("s", "/p", {"app_key": "k"}, '{"a": 1}')


# --- normalisation -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "currency", "expected"), [
    ({"amount": "205.33", "currency": "USD"}, None, (20533, "USD")),
    ("205.33", "USD", (20533, "USD")),
    ("$1,205.5", "USD", (120550, "USD")),
    (205.33, "usd", (20533, "USD")),
    ({"amount": "0.005", "currency": "USD"}, None, (1, "USD")),  # half up
    ({"amount": "1500", "currency": "JPY"}, None, (1500, "JPY")),
    ({"amount": "15000.00", "currency": "IDR"}, None, (15000, "IDR")),
    ({"amount": "12.345", "currency": "KWD"}, None, (12345, "KWD")),
    ({"amount": "", "currency": "USD"}, None, (None, None)),
    (None, "USD", (None, None)),
    ("n/a", "USD", (None, None)),
])
def test_money_becomes_integer_minor_units(value: object, currency: str | None,
                                           expected: tuple[int | None, str | None]) -> None:
    assert parse_money(value, currency) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("4.11%", 0.0411), ("0.0411", 0.0411), (0.0411, 0.0411), ("4.11", 0.0411), ("0%", 0.0), ("100%", 1.0),
    (None, None), ("", None), ("—", None),
])
def test_rates_become_fractions(value: object, expected: float | None) -> None:
    result = parse_rate(value)
    assert result == (None if expected is None else pytest.approx(expected))


def test_epoch_values() -> None:
    assert parse_epoch_ms(1772593200) == 1772593200000
    assert parse_epoch_ms("1772593200") == 1772593200000
    assert parse_epoch_ms(1772593200000) == 1772593200000
    assert parse_epoch_ms("2026-03-04T03:00:00Z") == 1772593200000
    assert parse_epoch_ms(0) is None and parse_epoch_ms(None) is None


def test_session_list_versions_202508_and_202509_read_the_same() -> None:
    new, token, latest = parse_session_page(load("shop_lives_performance_202509.json")["data"], "USD")
    old, _, _ = parse_session_page(load("shop_lives_performance_202508.json")["data"], "USD")
    assert token == "" and latest == "2026-03-04"
    by_id = {s.live_id: s for s in new}
    for o in old:  # unit_sold vs items_sold, "0.0693" vs "6.93%"
        n = by_id[o.live_id]
        assert o.totals == n.totals
        assert o.rates == pytest.approx(n.rates)
    s1 = by_id[LIVE_1]
    assert s1.totals["gmv"] == 123456 and s1.currency == "USD"
    assert s1.totals["items_sold"] == 52
    assert s1.totals["watch_seconds"] == round(48.5 * 3120)
    assert s1.rates["click_through_rate"] == pytest.approx(0.0693)
    assert s1.ended_at == s1.started_at + 2 * 3600 * 1000 and not s1.running
    assert by_id[LIVE_RUNNING].running
    assert by_id[LIVE_RUNNING].totals["gmv"] is None  # withheld, not 0


def test_overview_minutes_and_products_parse() -> None:
    ov = parse_overview(load("overview_performance_202509.json")["data"], "USD")
    assert ov is not None and (ov.gmv, ov.sku_orders, ov.customers, ov.items_sold) == (31000, 14, 12, 16)
    assert ov.click_to_order_rate == pytest.approx(0.032) and ov.click_through_rate == pytest.approx(0.051)
    rows, token = parse_minutes_page(load(f"performance_per_minutes_{LIVE_1}.json")["data"], "USD")
    assert token == "" and len(rows) == 4
    ts, first = rows[0]
    assert ts == 1772593200000
    assert first["gmv"] == 10000 and first["product_clicks"] == 50 and first["created_sku_orders"] == 4
    products, _ = parse_products_page(load(f"products_performance_{LIVE_2}.json")["data"], "USD")
    night = products[1]
    assert night.clicks == 215  # the API's own spelling: produt_clicks
    assert night.ctr == pytest.approx(0.0827) and night.gmv == 39010 and night.add_to_cart == 33
    # a missing click count is derived from impressions and the CTR
    derived, _ = parse_products_page({"products": [{"id": "1", "name": "x", "traffic": {
        "product_impressions": 1000, "ctr": "2.5%"}}]}, "USD")
    assert derived[0].clicks == 25


def test_token_expiry_accepts_both_conventions() -> None:
    absolute = TokenSet.from_data({"access_token": "a", "refresh_token": "r", "access_token_expire_in": 1773331200,
                                   "refresh_token_expire_in": 1780000000}, now_s=NOW)
    relative = TokenSet.from_data({"access_token": "a", "refresh_token": "r", "access_token_expire_in": 604800},
                                  now_s=NOW)
    assert absolute.access_expires_at == 1773331200
    assert relative.access_expires_at == int(NOW) + 604800
    assert relative.refresh_expires_at is None
    assert relative.access_expires_within(NOW + 604800 - 1800, 3600)
    assert not relative.access_expires_within(NOW, 3600)
    assert "'a'" not in repr(absolute) and "'r'" not in repr(absolute)


# --- pacing ------------------------------------------------------------------------------------------------

def test_rate_limiter_paces_requests_with_an_injected_clock() -> None:
    clock = FakeClock(1000.0)
    limiter = RateLimiter(1.0, clock=clock.monotonic, sleep=clock.sleep)
    stamps = []
    for _ in range(5):
        limiter.acquire()
        stamps.append(clock.monotonic())
    assert stamps == pytest.approx([1000.0, 1001.0, 1002.0, 1003.0, 1004.0])
    clock.advance(10)  # a quiet period refills one token only (burst 1)
    limiter.acquire()
    assert clock.slept == pytest.approx([1.0, 1.0, 1.0, 1.0])
    limiter.acquire()
    assert clock.slept[-1] == pytest.approx(1.0)
    limiter.defer(7)  # after a rate-limit answer
    before = clock.monotonic()
    limiter.acquire()
    assert clock.monotonic() - before == pytest.approx(7.0)

    bursty = RateLimiter(2.0, burst=3, clock=clock.monotonic, sleep=clock.sleep)
    start, n = clock.monotonic(), len(clock.slept)
    for _ in range(5):
        bursty.acquire()
    assert clock.monotonic() - start == pytest.approx(1.0)  # 3 at once, then 2 more at 0.5 s each
    assert len(clock.slept) - n == 2


def test_the_connector_sends_at_most_one_request_per_second(store: Store, fake: FakeTikTokShop,
                                                             connector: TikTokShopConnector,
                                                             clock: FakeClock) -> None:
    start = clock.monotonic()
    sync_once(connector, store)
    n = connector.client.requests
    assert n >= 10
    assert clock.monotonic() - start >= n - 1 - 1e-6  # n requests need at least n-1 seconds


# --- the fake server: a full sync ----------------------------------------------------------------------------

def test_first_sync_pages_signs_and_maps_everything(store: Store, fake: FakeTikTokShop,
                                                    connector: TikTokShopConnector) -> None:
    summary = sync_once(connector, store)
    assert summary.counts["sessions"] >= 4 and summary.counts["products"] == 5

    lists = fake.requests_to("/shop_lives/performance")
    assert len(lists) == 2  # 4 LIVEs, page_size 2
    assert "page_token" not in lists[0].params and lists[1].params["page_token"]
    assert lists[0].params["start_date_ge"] == "2026-02-19" and lists[0].params["end_date_lt"] == "2026-03-06"
    for seen in fake.seen:  # every call: seconds, key, version, token header, cipher only where it belongs
        assert len(seen.params["timestamp"]) == 10 and seen.params["app_key"] == APP_KEY
        assert seen.params["version"] in seen.path and seen.headers["x-tts-access-token"].startswith("acc-")
        assert ("shop_cipher" in seen.params) == (not seen.path.startswith("/authorization/"))
    assert fake.requests_to("/authorization/202309/shops")
    minutes2 = fake.requests_to(f"/{LIVE_2}/performance_per_minutes")
    assert len(minutes2) == 2 and minutes2[1].params["page_token"]  # 5 intervals, 3 per page
    assert len(fake.requests_to(f"/{LIVE_1}/products_performance")) == 2  # 3 products, 2 per page

    assert q(store, "SELECT platform, handle, display_name, region, timezone, currency, source FROM account") == [
        ("tiktok_shop", SHOP_ID, "Glow Lab US", "US", "America/Los_Angeles", "USD", "tiktok_shop")]
    lives = {r[0]: r[1:] for r in q(store, "SELECT external_id, status, ended_at, currency, source, "
                                           "sample_interval_ms FROM live_session")}
    assert set(lives) == {LIVE_1, LIVE_2, LIVE_3, LIVE_RUNNING}
    assert lives[LIVE_RUNNING][:2] == (SessionStatus.LIVE.value, None)
    assert lives[LIVE_1][0] == "ended" and lives[LIVE_1][2:] == ("USD", "tiktok_shop", 60_000)

    # LIVE 1: no per-minute data yet → its totals from the list, in one row at the start
    s1 = sums(store, LIVE_1, "gmv", "items_sold", "views", "viewers", "product_clicks", "watch_seconds",
              "impressions")
    assert s1 == {"gmv": 123456, "items_sold": 52, "views": 5210, "viewers": 3120, "product_clicks": 610,
                  "watch_seconds": round(48.5 * 3120), "impressions": None}
    assert q(store, "SELECT COUNT(*) FROM metric_sample WHERE session_id = :s", s=session_id(store, LIVE_1)) == [(1,)]
    # LIVE 2: the series carries what it covers, the totals row only what it lacks (no double counting)
    s2 = sums(store, LIVE_2, "gmv", "views", "impressions", "main_orders", "watch_seconds")
    assert s2 == {"gmv": 35000, "views": 1100, "impressions": 2700, "main_orders": 16, "watch_seconds": 37 * 2500}
    assert q(store, "SELECT COUNT(*) FROM metric_sample WHERE session_id = :s", s=session_id(store, LIVE_2)) == [(6,)]
    # the running LIVE gets today's real-time overview
    assert sums(store, LIVE_RUNNING, "gmv", "sku_orders", "customers", "items_sold") == {
        "gmv": 31000, "sku_orders": 14, "customers": 12, "items_sold": 16}
    # products per LIVE, with the API's spelling of clicks
    sp = q(store, "SELECT p.external_id, p.name, p.price, sp.clicks, sp.gmv, sp.add_to_cart, sp.items_sold "
                  "FROM session_product sp JOIN product p ON p.id = sp.product_id WHERE sp.session_id = :s "
                  "ORDER BY p.external_id", s=session_id(store, LIVE_1))
    assert sp[0] == ("1729000000000000001", "Vitamin C serum 30 ml", 2490, 250, 49800, 60, 20)
    assert len(sp) == 3
    assert summary.cursor and json.loads(summary.cursor)["synced_at"] == int(NOW * 1000)
    assert load_cursor(store, CONNECTOR, ACCOUNT) == summary.cursor


def test_late_per_minute_data_is_resynced_without_duplicates(store: Store, fake: FakeTikTokShop,
                                                             creds: CredentialStore, clock: FakeClock) -> None:
    first = make(fake, creds, clock)
    sync_once(first, store)
    first.close()
    assert sums(store, LIVE_1, "gmv")["gmv"] == 123456  # totals only

    fake.series_ready.add(LIVE_1)  # T+1: the per-minute data has landed
    clock.advance(2 * 3600)
    second = make(fake, creds, clock, cursor=load_cursor(store, CONNECTOR, ACCOUNT))  # a later run of the app
    sync_once(second, store)
    minutes1 = fake.requests_to(f"{LIVE_1}/performance_per_minutes")
    assert len(minutes1) == 3 and "page_token" not in minutes1[1].params  # null once, then 2 pages
    rows = q(store, "SELECT ts, gmv, watch_seconds FROM metric_sample WHERE session_id = :s ORDER BY ts",
             s=session_id(store, LIVE_1))
    assert [r[1] for r in rows] == [10000, 21250, 7525, 4800]  # the series; its first minute is the LIVE's start
    assert rows[0][2] == round(48.5 * 3120) and all(r[2] is None for r in rows[1:])
    assert sums(store, LIVE_1, "gmv", "views")["gmv"] == 43575
    # LIVE 3 ended 6 days ago: outside the re-sync window, not asked for again
    assert len(fake.requests_to(f"{LIVE_3}/performance_per_minutes")) == 1
    before = table_counts(store)
    totals_before = {live: sums(store, live, "gmv", "views", "watch_seconds") for live in (LIVE_1, LIVE_2)}

    # later rounds re-request the recent LIVEs: same rows, nothing added, nothing counted twice
    clock.advance(2 * 3600)
    sync_once(second, store)
    assert len(fake.requests_to(f"{LIVE_1}/performance_per_minutes")) == 5
    assert table_counts(store) == before
    # even when the series endpoint fails on a later round, the totals row does not bring the totals back
    clock.advance(2 * 3600)
    fake.fail_next("performance_per_minutes", "500", times=5)
    sync_once(second, store)
    assert table_counts(store) == before
    assert {live: sums(store, live, "gmv", "views", "watch_seconds") for live in (LIVE_1, LIVE_2)} == totals_before
    second.close()


def test_data_null_is_an_empty_answer(store: Store, fake: FakeTikTokShop, connector: TikTokShopConnector) -> None:
    fake.fail_next("/shop_lives/performance", "data_null")
    fake.fail_next("overview_performance", "data_null")
    summary = sync_once(connector, store)
    assert summary.counts.get("sessions", 0) == 0
    assert connector.today is None
    assert q(store, "SELECT COUNT(*) FROM live_session") == [(0,)]


# --- failures ----------------------------------------------------------------------------------------------

def test_expired_token_is_refreshed_and_the_call_retried_once(store: Store, fake: FakeTikTokShop,
                                                               connector: TikTokShopConnector,
                                                               creds: CredentialStore) -> None:
    old_access = creds.get(CONNECTOR, ACCOUNT, "access_token")
    old_refresh = creds.get(CONNECTOR, ACCOUNT, "refresh_token")
    fake.expire_access_tokens()
    batch = connector.poll()  # 105002 → refresh → same call again succeeds
    assert batch is not None
    refreshes = fake.requests_to("/api/v2/token/refresh")
    assert len(refreshes) == 1
    assert refreshes[0].params["grant_type"] == "refresh_token" and refreshes[0].params["refresh_token"] == old_refresh
    tokens = load_tokens(creds, ACCOUNT)
    assert tokens is not None and tokens.access_token not in ("", old_access)
    assert tokens.refresh_token != old_refresh  # saved back to the keyring
    assert tokens.access_token in fake.access_tokens
    api = [s for s in fake.seen if not s.path.startswith("/api/v2/")]
    assert api[0].headers["x-tts-access-token"] == old_access
    assert api[1].path == api[0].path and api[1].headers["x-tts-access-token"] == tokens.access_token


def test_still_expired_after_one_refresh_is_permanent(fake: FakeTikTokShop, connector: TikTokShopConnector) -> None:
    fake.fail_next("/authorization/202309/shops", "code", code=105002, times=2)
    with pytest.raises(ConnectorError) as err:
        connector.poll()
    assert err.value.permanent and "authorize" in str(err.value)
    assert len(fake.requests_to("/api/v2/token/refresh")) == 1


def test_access_token_is_refreshed_before_it_expires(fake: FakeTikTokShop, creds: CredentialStore,
                                                     clock: FakeClock) -> None:
    access, refresh = fake.issue_tokens()
    save_tokens(creds, ACCOUNT, TokenSet(access, refresh, int(NOW) + 1800, int(NOW) + 30 * 86_400))
    c = make(fake, creds, clock)  # refresh margin 1 h: 30 min left is too little
    c.poll()
    assert fake.seen[0].path == "/api/v2/token/refresh"
    assert fake.seen[1].headers["x-tts-access-token"] != access
    stored = load_tokens(creds, ACCOUNT)
    assert stored is not None and stored.access_expires_at == int(NOW) + fake.access_ttl_s
    c.close()


def test_expired_refresh_token_asks_to_authorize_again(fake: FakeTikTokShop, creds: CredentialStore,
                                                       clock: FakeClock) -> None:
    save_tokens(creds, ACCOUNT, TokenSet("acc-old", "ref-old", int(NOW) - 10, int(NOW) - 5))
    c = make(fake, creds, clock)
    with pytest.raises(ConnectorError) as err:
        c.poll()
    assert err.value.permanent and "account add" in str(err.value)
    assert "ref-old" not in str(err.value) and not fake.seen
    c.close()


def test_bad_signature_is_permanent_and_names_no_secret(fake: FakeTikTokShop, clock: FakeClock) -> None:
    wrong = "wrong-secret-value-42"
    store = CredentialStore(DictKeyring())
    store.set(CONNECTOR, ACCOUNT, APP_SECRET_NAME, wrong)
    access, refresh = fake.issue_tokens()
    save_tokens(store, ACCOUNT, TokenSet(access, refresh))
    c = make(fake, store, clock)
    with pytest.raises(ConnectorError) as err:
        c.poll()
    message = str(err.value)
    assert err.value.permanent and "106001" in message and "app secret" in message
    for secret in (wrong, access, refresh, APP_SECRET):
        assert secret not in message and secret not in repr(err.value)
    c.close()


def test_http_429_gives_retry_after_and_slows_the_next_request(fake: FakeTikTokShop, connector: TikTokShopConnector,
                                                                clock: FakeClock) -> None:
    fake.fail_next("/authorization/", "429", retry_after="7")
    with pytest.raises(RateLimitedError) as err:
        connector.poll()
    assert err.value.retry_after_s == 7 and not err.value.permanent
    before = clock.monotonic()
    connector.poll()  # the same step again, after the limiter's pause
    assert clock.monotonic() - before >= 7


def test_rate_limit_error_code_backs_off(fake: FakeTikTokShop, connector: TikTokShopConnector) -> None:
    fake.fail_next("/authorization/", "rate_code", times=2)
    with pytest.raises(RateLimitedError) as first:
        connector.poll()
    with pytest.raises(RateLimitedError) as second:
        connector.poll()
    assert first.value.code == 36009002 and first.value.retry_after_s == 2
    assert second.value.retry_after_s == 4  # exponential while it persists
    connector.poll()


@pytest.mark.parametrize("kind", ["500", "malformed"])
def test_server_errors_and_malformed_json_are_retryable(store: Store, fake: FakeTikTokShop,
                                                        connector: TikTokShopConnector, kind: str) -> None:
    fake.fail_next("/shop_lives/performance", kind)
    polled = []
    with pytest.raises(ConnectorError) as err:
        while True:
            polled.append(connector.poll())
    assert not err.value.permanent and err.value.retry_after_s is None
    assert ("HTTP 500" if kind == "500" else "unreadable") in str(err.value)
    summary = sync_once(connector, store)  # polling again after the error carries on
    assert summary.counts["sessions"] == 4


def test_sync_once_waits_and_retries_a_rate_limit(store: Store, fake: FakeTikTokShop,
                                                  connector: TikTokShopConnector) -> None:
    fake.fail_next("/shop_lives/performance", "429", retry_after="3")
    waits: list[float] = []
    summary = sync_once(connector, store, sleep=waits.append)
    assert waits == [3.0] and summary.counts["sessions"] == 4
    state = q(store, "SELECT cursor, last_success, last_error FROM sync_state WHERE connector = 'tiktok_shop'")
    assert state[0][0] == summary.cursor and state[0][1] is not None


def test_sync_once_gives_up_on_a_permanent_error(store: Store, fake: FakeTikTokShop,
                                                 connector: TikTokShopConnector) -> None:
    fake.fail_next("/authorization/", "code", code=106001)
    with pytest.raises(ConnectorError):
        sync_once(connector, store, sleep=lambda s: None)
    assert q(store, "SELECT last_error FROM sync_state")[0][0].startswith("the request signature was rejected")


def test_a_rejected_shop_cipher_is_looked_up_again(fake: FakeTikTokShop, creds: CredentialStore,
                                                   clock: FakeClock, store: Store) -> None:
    c = make(fake, creds, clock, shop_cipher="stale-cipher", shop_id=SHOP_ID, shop_name="Glow Lab US")
    with pytest.raises(ShopCipherRejectedError) as err:
        c.poll()
    assert not err.value.permanent
    summary = sync_once(c, store)
    assert summary.counts["sessions"] == 4 and c.shop_info()["shop_cipher"] == "ROW_glowlab_cipher_AAA"
    c.close()


def test_older_api_versions_are_used_when_the_newest_is_refused(store: Store, fake: FakeTikTokShop,
                                                                connector: TikTokShopConnector) -> None:
    fake.unsupported_versions.add("202509")
    sync_once(connector, store)
    assert {s.path.split("/")[2] for s in fake.requests_to("/shop_lives/performance")} == {"202509", "202508"}
    assert sums(store, LIVE_1, "items_sold", "gmv") == {"items_sold": 52, "gmv": 123456}  # unit_sold read
    assert connector.today is not None and connector.today.gmv == 31000
    fake.seen.clear()
    sync_once(connector, store)
    assert all("/202509/" not in s.path for s in fake.requests_to("shop_lives"))  # remembered


def test_since_syncs_an_older_window_again(store: Store, fake: FakeTikTokShop,
                                           connector: TikTokShopConnector) -> None:
    sync_once(connector, store)
    fake.seen.clear()
    sync_once(connector, store)  # normal round: 3 days back from the last sync
    assert fake.requests_to("/shop_lives/performance")[0].params["start_date_ge"] == "2026-03-02"
    assert not fake.requests_to(LIVE_3)
    fake.seen.clear()
    since = int(NOW * 1000) - 30 * 86_400_000
    sync_once(connector, store, since=since)
    assert fake.requests_to("/shop_lives/performance")[0].params["start_date_ge"] == "2026-02-03"
    assert fake.requests_to(f"{LIVE_3}/products_performance")  # details asked for again


# --- secrets hygiene ---------------------------------------------------------------------------------------

def test_secrets_never_reach_logs_messages_or_reprs(store: Store, fake: FakeTikTokShop, creds: CredentialStore,
                                                    clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    c = make(fake, creds, clock)
    fake.expire_access_tokens()
    sync_once(c, store)  # includes a refresh, whose URL carries app_secret and refresh_token
    fake.fail_next("/shop_lives/performance", "code", code=106001)
    clock.advance(7200)
    with pytest.raises(ConnectorError) as err:
        sync_once(c, store, sleep=lambda s: None)
    tokens = load_tokens(creds, ACCOUNT)
    assert tokens is not None
    secrets = [APP_SECRET, tokens.access_token, tokens.refresh_token, *fake.access_tokens, *fake.refresh_tokens]
    texts = [caplog.text, str(err.value), repr(err.value), repr(c), repr(c.client), repr(tokens), repr(creds),
             c.cursor, *(str(r[0]) for r in q(store, "SELECT last_error FROM sync_state"))]
    assert "HTTP Request" in caplog.text  # httpx did log the requests
    for blob in texts:
        for secret in secrets:
            assert secret not in blob
    c.close()


def test_missing_app_secret_is_a_permanent_error(clock: FakeClock) -> None:
    with pytest.raises(ConnectorError) as err:
        TikTokShopConnector(ACCOUNT, APP_KEY, CredentialStore(DictKeyring()), clock=clock.time)
    assert err.value.permanent and "app secret" in str(err.value) and "account add" in str(err.value)


def test_without_a_keyring_the_connector_runs_on_the_in_memory_fallback(store: Store, fake: FakeTikTokShop,
                                                                        clock: FakeClock) -> None:
    creds = CredentialStore()  # the suite's null keyring
    assert not creds.persistent
    creds.set(CONNECTOR, ACCOUNT, APP_SECRET_NAME, APP_SECRET)
    access, refresh = fake.issue_tokens()
    save_tokens(creds, ACCOUNT, TokenSet(access, refresh))
    fake.expire_access_tokens()
    c = make(fake, creds, clock)
    assert sync_once(c, store).counts["sessions"] == 4
    tokens = load_tokens(creds, ACCOUNT)  # the refreshed tokens, kept for this run
    assert tokens is not None and tokens.access_token != access and tokens.access_token in fake.access_tokens
    assert load_tokens(CredentialStore(), ACCOUNT) is None  # and nowhere else
    c.close()
