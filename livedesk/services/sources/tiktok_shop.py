"""The ``tiktok_shop`` connector: LIVE analytics from the official TikTok Shop Partner API (data-sources.md §1).

What it fetches, per *sync round* (one round per ``poll_interval_ms``; each poll does one step of it and says
``more_pending`` until the round is done):

1. the authorized shops (``/authorization/202309/shops``) when the shop cipher or id is not known yet;
2. today's LIVE overview with ``today=true`` (real-time, shop-wide), used for a LIVE that is still running;
3. the LIVE session list (``/analytics/202509/shop_lives/performance``, falling back to ``202508``), page by
   page, from the start of the window to tomorrow (dates in the shop's time zone);
4. for each ended LIVE that needs it, its per-minute series and its products (both paginated).

How the figures are stored (the sample table holds increments that are summed over a LIVE):

* A LIVE's totals from the session list go into one sample row at the LIVE's start, so every total shown
  for it is right before any per-minute data exists.
* Per-session data lands a day or two after the LIVE. LIVEs that ended within ``resync_days`` are
  requested again on later rounds (at most every ``detail_refresh_s``); upserts keyed on (session, ts) make
  this produce no duplicate rows.
* Once a per-minute series exists, it carries the columns it covers; the totals row then holds only what the
  series lacks (the series' value at that instant, or 0, for the others), so nothing is counted twice. Which
  columns a LIVE's series covers is remembered in the :attr:`TikTokShopConnector.cursor`.

Money strings (``{"amount": "205.33", "currency": "USD"}``) become integer minor units, rates
(``"4.11%"`` / ``"0.0411"``) fractions. Requests are HMAC-SHA256 signed (:mod:`.tts_signing`), limited to
1 request/s by default, and tokens are refreshed before they expire (and once on error 105002). Secrets come
from, and refreshed tokens go back to, :class:`~livedesk.services.credentials.CredentialStore`; they never
appear in messages, logs or ``repr``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from livedesk.models.formatting import minor_exponent
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    Batch,
    ProductRecord,
    SampleBlock,
    SessionProductRecord,
    SessionRecord,
    SessionRef,
    SessionStatus,
    Source,
)
from livedesk.services.connector import ConnectorError
from livedesk.services.credentials import CredentialMissingError, CredentialStore
from livedesk.services.sources import tts_signing

log = logging.getLogger(__name__)

SOURCE = Source.TIKTOK_SHOP.value
CONNECTOR = "tiktok_shop"
PLATFORM = "tiktok_shop"
DEFAULT_API_BASE = "https://open-api.tiktokglobalshop.com"
DEFAULT_AUTH_BASE = "https://auth.tiktok-shops.com"

# Names of the secrets in the credential store (``tiktok_shop:<account>:<name>``).
APP_SECRET = "app_secret"
ACCESS_TOKEN = "access_token"
REFRESH_TOKEN = "refresh_token"
TOKEN_EXPIRY = "token_expiry"  # JSON {access_expires_at, refresh_expires_at} in Unix seconds; not secret

SHOPS_PATH = "/authorization/202309/shops"
TOKEN_GET_PATH = "/api/v2/token/get"
TOKEN_REFRESH_PATH = "/api/v2/token/refresh"
LIST_PATHS = ("/analytics/202509/shop_lives/performance", "/analytics/202508/shop_lives/performance")
OVERVIEW_PATHS = ("/analytics/202509/shop_lives/overview_performance",
                  "/analytics/202508/shop_lives/overview_performance")
MINUTES_PATHS = ("/analytics/202510/shop_lives/{live_id}/performance_per_minutes",)
PRODUCTS_PATHS = ("/analytics/202512/shop/{live_id}/products_performance",
                  "/analytics/202510/shop_lives/{live_id}/products_performance")

# Error codes (data-sources.md §1.2; third-party, not checked against official docs).
CODE_RATE_LIMITED = frozenset({36009002, 36009037})
CODE_EXPIRED_TOKEN = 105002
CODE_BAD_SIGNATURE = 106001
CODE_MISSING_CIPHER = 106013
CODE_BAD_TIMESTAMP = 36009004
CODE_UNSUPPORTED = 36009009
CODE_INTERNAL = 98001001
_PERMANENT = {
    CODE_BAD_SIGNATURE: "the request signature was rejected (error 106001): the app secret does not match the app "
                        "key — enter the app secret again with `livedesk account add`",
    105005: "the authorization lacks the analytics scope (error 105005): re-authorize the shop with the "
            "data.shop_analytics.public.read scope",
    36009033: "this computer's IP address is not on the app's allowlist (error 36009033)",
    36004004: "the authorization code was rejected (error 36004004): codes are single-use and expire after about "
              "30 minutes — authorize the shop again",
    66009315: "access to this API was not granted to the app (error 66009315)",
    101000: "access to this API was not granted to the app (error 101000)",
}
_RETRYABLE = {
    CODE_INTERNAL: "TikTok Shop internal error (98001001)",
    36009007: "TikTok Shop timed out (36009007)",
    CODE_BAD_TIMESTAMP: "the request timestamp was rejected (36009004): check this computer's clock",
}

# Region → (time zone of the shop's dates, local currency). Overridable per account.
REGION_DEFAULTS: dict[str, tuple[str, str]] = {
    "US": ("America/Los_Angeles", "USD"), "GB": ("Europe/London", "GBP"), "UK": ("Europe/London", "GBP"),
    "ID": ("Asia/Jakarta", "IDR"), "MY": ("Asia/Kuala_Lumpur", "MYR"), "TH": ("Asia/Bangkok", "THB"),
    "VN": ("Asia/Ho_Chi_Minh", "VND"), "PH": ("Asia/Manila", "PHP"), "SG": ("Asia/Singapore", "SGD"),
    "MX": ("America/Mexico_City", "MXN"), "BR": ("America/Sao_Paulo", "BRL"), "JP": ("Asia/Tokyo", "JPY"),
    "ES": ("Europe/Madrid", "EUR"), "DE": ("Europe/Berlin", "EUR"), "FR": ("Europe/Paris", "EUR"),
    "IT": ("Europe/Rome", "EUR"), "IE": ("Europe/Dublin", "EUR"),
}

# Stored metric columns a LIVE's totals (session list) fill, and those a per-minute series can fill.
TOTAL_COLUMNS: tuple[str, ...] = (
    "gmv", "items_sold", "sku_orders", "created_sku_orders", "customers", "views", "viewers",
    "product_impressions", "product_clicks", "comments", "likes", "shares", "new_followers", "watch_seconds",
)
SERIES_COLUMNS: tuple[str, ...] = (
    "gmv", "items_sold", "sku_orders", "main_orders", "created_sku_orders", "customers", "impressions", "views",
    "viewers", "product_impressions", "product_clicks", "comments", "likes", "shares", "new_followers",
)
SAMPLE_INTERVAL_MS = 60_000


# --- value normalisation ---------------------------------------------------------------------------------

_NUMBER_JUNK = re.compile(r"[^\d.\-]")


def _decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        text = repr(value) if isinstance(value, float) else str(value)
    elif isinstance(value, str):
        text = _NUMBER_JUNK.sub("", value.strip())
    else:
        return None
    if text in ("", "-", ".", "-."):
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def parse_money(value: object, default_currency: str | None = None) -> tuple[int | None, str | None]:
    """Money as (integer minor units, currency).

    Accepts ``{"amount": "205.33", "currency": "USD"}`` (the API's money objects), plain amounts
    (``"205.33"``, ``"$1,205.33"``, ``205.33``) in ``default_currency``, and None/"" (missing → ``(None, None)``).
    The number of minor digits follows the currency (``JPY``/``IDR``/``VND`` have none, see formatting).
    """
    currency = default_currency
    amount: object = value
    if isinstance(value, Mapping):
        amount = value.get("amount", value.get("value"))
        currency = str(value.get("currency") or "") or default_currency
    number = _decimal(amount)
    if number is None:
        return None, None
    currency = (currency or "").upper() or None
    exponent = minor_exponent(currency) if currency else 2
    minor = (number * (Decimal(10) ** exponent)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(minor), currency


def parse_rate(value: object) -> float | None:
    """A rate as a fraction 0..1: ``"4.11%"`` → 0.0411, ``"0.0411"``/``0.0411`` → 0.0411.

    A bare number above 1 (``"4.11"``) is taken as percentage points. Missing or unreadable → None.
    """
    if value is None or isinstance(value, bool):
        return None
    percent = isinstance(value, str) and value.strip().endswith("%")
    number = _decimal(value)
    if number is None:
        return None
    rate = float(number)
    if percent or rate > 1.0:
        rate /= 100.0
    return rate


def parse_count(value: object) -> int | None:
    """A count from an int, a float or a string (``"1,234"``); missing or unreadable → None."""
    number = _decimal(value)
    if number is None:
        return None
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_seconds(value: object) -> float | None:
    """A duration in seconds (the API sends strings of seconds)."""
    number = _decimal(value)
    return None if number is None else float(number)


def parse_epoch_ms(value: object) -> int | None:
    """A Unix time (seconds, or milliseconds when that large; or an ISO 8601 string) as UTC ms; 0/missing → None."""
    if isinstance(value, str) and not value.strip().lstrip("-").isdigit():
        try:
            parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        return int(parsed.timestamp() * 1000)
    number = parse_count(value)
    if not number or number < 0:
        return None
    return number if number >= 100_000_000_000 else number * 1000


def _pick(groups: Iterable[Mapping[str, Any] | None], *names: str) -> Any:
    """The first present (non-None, non-empty) value of any of ``names`` in any of ``groups``."""
    for group in groups:
        if not isinstance(group, Mapping):
            continue
        for name in names:
            value = group.get(name)
            if value is not None and value != "":
                return value
    return None


def _dict(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


# --- parsed API shapes -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Shop:
    """An authorized shop (``/authorization/202309/shops``)."""

    id: str
    cipher: str = field(repr=False)
    name: str
    code: str
    region: str


@dataclass(frozen=True, slots=True)
class LiveSummary:
    """One row of the LIVE session list, normalised.

    Attributes:
        totals: stored metric column → total over the LIVE (``None`` when the API withheld it).
        rates: the API's rates as fractions (``click_to_order_rate``, ``click_through_rate``).
    """

    live_id: str
    title: str
    username: str
    started_at: int
    ended_at: int | None
    currency: str | None
    totals: Mapping[str, int | None]
    rates: Mapping[str, float | None]
    pcu: int | None = None
    acu: int | None = None
    avg_view_duration_s: float | None = None
    gmv_24h: int | None = None

    @property
    def running(self) -> bool:
        """True while the LIVE has no end time."""
        return self.ended_at is None


@dataclass(frozen=True, slots=True)
class OverviewFigures:
    """Shop-wide LIVE figures of one interval of the overview (``today=true``: today so far)."""

    start_date: str
    end_date: str
    gmv: int | None
    currency: str | None
    sku_orders: int | None
    customers: int | None
    items_sold: int | None
    click_to_order_rate: float | None
    click_through_rate: float | None


@dataclass(frozen=True, slots=True)
class LiveProduct:
    """One product's performance within one LIVE."""

    product_id: str
    name: str
    currency: str | None
    gmv: int | None
    avg_price: int | None
    items_sold: int | None
    customers: int | None
    created_sku_orders: int | None
    sku_orders: int | None
    main_orders: int | None
    impressions: int | None
    clicks: int | None
    add_to_cart: int | None
    ctr: float | None


def parse_shops(data: object) -> list[Shop]:
    """The shops of ``/authorization/202309/shops`` (``data.shops[]``)."""
    shops = []
    for s in _dict(data).get("shops") or []:
        if isinstance(s, Mapping) and s.get("cipher"):
            shops.append(Shop(str(s.get("id") or ""), str(s["cipher"]), str(s.get("name") or ""),
                              str(s.get("code") or ""), str(s.get("region") or "")))
    return shops


def parse_session(obj: Mapping[str, Any], default_currency: str | None = None) -> LiveSummary | None:
    """One session of the list, tolerant of the 202508/202509 field names (``unit_sold`` vs ``items_sold``)."""
    live_id = str(obj.get("id") or obj.get("live_id") or "")
    started = parse_epoch_ms(obj.get("start_time"))
    if not live_id or started is None:
        return None
    sales = _dict(obj.get("sales_performance"))
    inter = _dict(obj.get("interaction_performance"))
    groups = (sales, inter, obj)
    gmv, currency = parse_money(_pick(groups, "gmv"), default_currency)
    gmv_24h, _ = parse_money(_pick(groups, "24h_live_gmv"), currency or default_currency)
    viewers = parse_count(_pick(groups, "viewers", "unique_viewers"))
    avg_dur = parse_seconds(_pick(groups, "avg_viewing_duration", "avg_watching_duration"))
    impressions = parse_count(_pick(groups, "product_impressions"))
    ctr = parse_rate(_pick(groups, "click_through_rate", "ctr"))
    clicks = parse_count(_pick(groups, "product_clicks", "produt_clicks"))
    if clicks is None and impressions is not None and ctr is not None:
        clicks = round(impressions * ctr)
    totals: dict[str, int | None] = {
        "gmv": gmv,
        "items_sold": parse_count(_pick(groups, "items_sold", "unit_sold", "units_sold")),
        "sku_orders": parse_count(_pick(groups, "sku_orders")),
        "created_sku_orders": parse_count(_pick(groups, "created_sku_orders")),
        "customers": parse_count(_pick(groups, "customers")),
        "views": parse_count(_pick(groups, "views")),
        "viewers": viewers,
        "product_impressions": impressions,
        "product_clicks": clicks,
        "comments": parse_count(_pick(groups, "comments")),
        "likes": parse_count(_pick(groups, "likes")),
        "shares": parse_count(_pick(groups, "shares")),
        "new_followers": parse_count(_pick(groups, "new_followers")),
        "watch_seconds": round(avg_dur * viewers) if avg_dur is not None and viewers is not None else None,
    }
    rates = {"click_to_order_rate": parse_rate(_pick(groups, "click_to_order_rate")), "click_through_rate": ctr}
    ended = parse_epoch_ms(obj.get("end_time"))
    return LiveSummary(live_id, str(obj.get("title") or ""), str(obj.get("username") or ""), started,
                       ended if ended is not None and ended >= started else None, currency or default_currency,
                       totals, rates, parse_count(_pick(groups, "pcu")), parse_count(_pick(groups, "acu")), avg_dur,
                       gmv_24h)


def parse_session_page(data: object, default_currency: str | None = None) -> tuple[list[LiveSummary], str, str]:
    """(sessions, next page token, latest available date) of one page of the session list."""
    d = _dict(data)
    lives = [s for s in (parse_session(o, default_currency) for o in d.get("live_stream_sessions") or []
                         if isinstance(o, Mapping)) if s is not None]
    return lives, str(d.get("next_page_token") or ""), str(d.get("latest_available_date") or "")


def parse_overview(data: object, default_currency: str | None = None) -> OverviewFigures | None:
    """The last interval of ``data.performance.intervals[]`` (today's figures with ``today=true``)."""
    intervals = _dict(_dict(data).get("performance")).get("intervals") or []
    rows = [iv for iv in intervals if isinstance(iv, Mapping)]
    if not rows:
        return None
    iv = rows[-1]
    gmv, currency = parse_money(iv.get("gmv"), default_currency)
    return OverviewFigures(
        str(iv.get("start_date") or ""), str(iv.get("end_date") or ""), gmv, currency or default_currency,
        parse_count(iv.get("sku_orders")), parse_count(iv.get("customers")),
        parse_count(_pick((iv,), "units_sold", "items_sold", "unit_sold")),
        parse_rate(iv.get("click_to_order_rate")), parse_rate(iv.get("click_through_rate")),
    )


_SERIES_FIELDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # column, groups to look in, field names (first present wins)
    ("gmv", ("sales", ""), ("gmv",)),
    ("items_sold", ("sales", ""), ("items_sold", "unit_sold", "units_sold")),
    ("sku_orders", ("sales", ""), ("sku_orders",)),
    ("main_orders", ("sales", ""), ("main_orders",)),
    ("created_sku_orders", ("conversion", "sales", ""), ("created_sku_orders",)),
    ("customers", ("sales", ""), ("customers",)),
    ("impressions", ("traffic", ""), ("impressions",)),
    ("views", ("traffic", ""), ("views",)),
    ("viewers", ("traffic", ""), ("viewers", "unique_viewers")),
    ("product_impressions", ("traffic", ""), ("product_impressions",)),
    ("product_clicks", ("traffic", ""), ("product_clicks", "produt_clicks")),
    ("comments", ("interactions", ""), ("comments",)),
    ("likes", ("interactions", ""), ("likes",)),
    ("shares", ("interactions", ""), ("shares",)),
    ("new_followers", ("interactions", ""), ("new_followers",)),
)


def parse_minutes_page(data: object, default_currency: str | None = None
                       ) -> tuple[list[tuple[int, dict[str, int | None]]], str]:
    """(rows, next page token) of one page of the per-minute series.

    Rows are ``(ts, {column: value})`` with ts = the interval's start (UTC ms). Reads the GEN/ZOD shape
    (``data.performance.intervals[]`` with ``sales``/``traffic``/``interactions``/``conversion`` groups) and,
    leniently, flat intervals or PAV's ``data.performance_per_minutes[]`` with ``timestamp``.
    """
    d = _dict(data)
    perf = _dict(d.get("performance"))
    intervals = perf.get("intervals") or d.get("intervals") or d.get("performance_per_minutes") or []
    rows: list[tuple[int, dict[str, int | None]]] = []
    for iv in intervals:
        if not isinstance(iv, Mapping):
            continue
        ts = parse_epoch_ms(_pick((iv,), "start_time", "timestamp", "time"))
        if ts is None:
            continue
        values: dict[str, int | None] = {}
        for column, group_names, names in _SERIES_FIELDS:
            groups = [iv if g == "" else _dict(iv.get(g)) for g in group_names]
            raw = _pick(groups, *names)
            values[column] = parse_money(raw, default_currency)[0] if column == "gmv" else parse_count(raw)
        rows.append((ts, values))
    token = d.get("next_page_token") or perf.get("next_page_token") or ""
    return rows, str(token)


def parse_products_page(data: object, default_currency: str | None = None) -> tuple[list[LiveProduct], str]:
    """(products, next page token) of one page of a LIVE's product performance (``data.products[]``)."""
    d = _dict(data)
    out = []
    for p in d.get("products") or []:
        if not isinstance(p, Mapping):
            continue
        pid = str(p.get("id") or p.get("product_id") or "")
        if not pid:
            continue
        sales, traffic = _dict(p.get("sales")), _dict(p.get("traffic"))
        groups = (sales, traffic, p)
        gmv, currency = parse_money(_pick(groups, "direct_gmv", "gmv"), default_currency)
        avg_price, _ = parse_money(_pick(groups, "avg_price"), currency or default_currency)
        impressions = parse_count(_pick(groups, "product_impressions", "impressions"))
        ctr = parse_rate(_pick(groups, "ctr", "click_through_rate"))
        clicks = parse_count(_pick(groups, "produt_clicks", "product_clicks", "clicks"))
        if clicks is None and impressions is not None and ctr is not None:
            clicks = round(impressions * ctr)
        out.append(LiveProduct(
            pid, str(p.get("name") or p.get("product_name") or pid), currency or default_currency, gmv, avg_price,
            parse_count(_pick(groups, "items_sold", "unit_sold", "units_sold")),
            parse_count(_pick(groups, "customers")), parse_count(_pick(groups, "created_sku_orders")),
            parse_count(_pick(groups, "sku_orders")), parse_count(_pick(groups, "main_orders")),
            impressions, clicks, parse_count(_pick(groups, "add_to_cart_count", "add_to_cart")), ctr,
        ))
    return out, str(d.get("next_page_token") or "")


# --- tokens ----------------------------------------------------------------------------------------------

def _expiry(value: object, now_s: float) -> int | None:
    """An ``*_expire_in`` value as an absolute Unix time: large values are absolute, small ones seconds from now."""
    number = parse_count(value)
    if number is None or number <= 0:
        return None
    return number if number >= 1_000_000_000 else int(now_s) + number


@dataclass(frozen=True, slots=True)
class TokenSet:
    """A seller's tokens. The token strings never show in ``repr``.

    Attributes:
        access_expires_at / refresh_expires_at: Unix seconds, or None when unknown.
    """

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    access_expires_at: int | None = None
    refresh_expires_at: int | None = None
    open_id: str = ""
    seller_name: str = ""

    @staticmethod
    def from_data(data: object, now_s: float) -> TokenSet:
        """Tokens from the ``data`` of ``/api/v2/token/get`` or ``/refresh`` (either expiry convention)."""
        d = _dict(data)
        access, refresh = str(d.get("access_token") or ""), str(d.get("refresh_token") or "")
        if not access:
            raise ConnectorError("the token response carried no access token")
        return TokenSet(access, refresh, _expiry(d.get("access_token_expire_in"), now_s),
                        _expiry(d.get("refresh_token_expire_in"), now_s), str(d.get("open_id") or ""),
                        str(d.get("seller_name") or ""))

    def access_expires_within(self, now_s: float, margin_s: float) -> bool:
        """True when the access token expires (or expired) within ``margin_s``."""
        return self.access_expires_at is not None and now_s + margin_s >= self.access_expires_at

    def refresh_expired(self, now_s: float) -> bool:
        """True when the refresh token is known to have expired."""
        return self.refresh_expires_at is not None and now_s >= self.refresh_expires_at


def load_tokens(credentials: CredentialStore, account: str) -> TokenSet | None:
    """The stored tokens of an account, or None when there is no access or refresh token."""
    access = credentials.get(CONNECTOR, account, ACCESS_TOKEN) or ""
    refresh = credentials.get(CONNECTOR, account, REFRESH_TOKEN) or ""
    if not access and not refresh:
        return None
    meta: dict[str, Any] = {}
    raw = credentials.get(CONNECTOR, account, TOKEN_EXPIRY)
    if raw:
        try:
            loaded = json.loads(raw)
            meta = loaded if isinstance(loaded, dict) else {}
        except ValueError:
            meta = {}
    return TokenSet(access, refresh, parse_count(meta.get("access_expires_at")),
                    parse_count(meta.get("refresh_expires_at")), str(meta.get("open_id") or ""),
                    str(meta.get("seller_name") or ""))


def save_tokens(credentials: CredentialStore, account: str, tokens: TokenSet) -> None:
    """Store the tokens (and their expiry times) of an account in the credential store."""
    credentials.set(CONNECTOR, account, ACCESS_TOKEN, tokens.access_token)
    if tokens.refresh_token:
        credentials.set(CONNECTOR, account, REFRESH_TOKEN, tokens.refresh_token)
    credentials.set(CONNECTOR, account, TOKEN_EXPIRY, json.dumps({
        "access_expires_at": tokens.access_expires_at, "refresh_expires_at": tokens.refresh_expires_at,
        "open_id": tokens.open_id, "seller_name": tokens.seller_name}))


# --- rate limit ------------------------------------------------------------------------------------------

class RateLimiter:
    """A token bucket: at most ``rate`` requests per second on average, bursts of ``burst``.

    Args:
        rate: requests per second (default 1).
        burst: requests that may go at once after a quiet period.
        clock: a monotonic clock in seconds (injectable for tests).
        sleep: waits the given seconds (injectable: a fake that advances the fake clock).
    """

    def __init__(self, rate: float = 1.0, burst: int = 1, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self._rate = rate
        self._burst = float(burst)
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst)
        self._last = clock()
        self._not_before = float("-inf")

    def _refill(self, now: float) -> None:
        self._tokens = min(self._burst, self._tokens + (now - self._last) * self._rate)
        self._last = now

    def acquire(self) -> float:
        """Wait until a request may go, take its token, and return the seconds waited."""
        waited = 0.0
        while True:
            now = self._clock()
            self._refill(now)
            wait = max(self._not_before - now, (1.0 - self._tokens) / self._rate if self._tokens < 1.0 else 0.0)
            if wait <= 0:
                self._tokens -= 1.0
                return waited
            self._sleep(wait)
            waited += wait

    def defer(self, seconds: float) -> None:
        """Allow no request for ``seconds`` from now (after a rate-limit answer)."""
        self._not_before = max(self._not_before, self._clock() + seconds)


# --- errors ----------------------------------------------------------------------------------------------

class TikTokShopError(ConnectorError):
    """A TikTok Shop API failure. ``code`` is the API's error code, ``http_status`` the HTTP status."""

    def __init__(self, message: str, *, code: int | None = None, http_status: int | None = None,
                 retry_after_s: float | None = None, permanent: bool = False) -> None:
        super().__init__(message, retry_after_s=retry_after_s, permanent=permanent)
        self.code = code
        self.http_status = http_status


class RateLimitedError(TikTokShopError):
    """HTTP 429 or a rate-limit error code; ``retry_after_s`` says when to try again."""


class ServerFailureError(TikTokShopError):
    """HTTP 5xx, an internal error code, or an unreadable answer (retryable)."""


class UnsupportedEndpointError(TikTokShopError):
    """The endpoint (version) is not available to the app: HTTP 404 or error 36009009."""


class ShopCipherRejectedError(TikTokShopError):
    """Error 106013: the shop cipher is missing or wrong (the connector looks it up again)."""


class _TokenExpiredError(Exception):
    """Error 105002: refresh the access token and retry once."""


_NOT_GRANTED = frozenset({66009315, 101000})


def _optional_endpoint_failure(exc: TikTokShopError) -> bool:
    """True when an optional endpoint (overview, per-minute series) failed in a way the sync can live with.

    Server failures, unsupported versions and "access not granted" are; rate limits, cipher and credential
    problems are not (they concern every call and must reach the ingest worker).
    """
    if isinstance(exc, RateLimitedError | ShopCipherRejectedError):
        return False
    if isinstance(exc, ServerFailureError | UnsupportedEndpointError):
        return True
    return exc.code in _NOT_GRANTED or (not exc.permanent and exc.code is not None)


# --- logging hygiene -------------------------------------------------------------------------------------

_SECRET_QUERY = re.compile(r"((?:app_secret|access_token|refresh_token|auth_code)=)[^&\s\"'#]*", re.IGNORECASE)


class _RedactSecretsInUrls(logging.Filter):
    """Masks secret query values in the request lines httpx logs (the token endpoints take them in the URL)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(_SECRET_QUERY.sub(r"\1***", str(a)) if isinstance(a, str | httpx.URL) else a
                                for a in record.args)
        if isinstance(record.msg, str):
            record.msg = _SECRET_QUERY.sub(r"\1***", record.msg)
        return True


def _install_log_redaction() -> None:
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactSecretsInUrls) for f in logger.filters):
            logger.addFilter(_RedactSecretsInUrls())


# --- the HTTP client -------------------------------------------------------------------------------------

def _path_version(path: str) -> str | None:
    for part in path.split("/"):
        if len(part) == 6 and part.isdigit():
            return part
    return None


class TikTokShopClient:
    """Signed calls to the Partner API for one app and seller.

    Args:
        app_key: the Partner app's key.
        app_secret: the app's secret (signing key; also sent to the token endpoints).
        tokens: the seller's tokens (None before the authorization code is exchanged).
        on_tokens: called with new tokens after an exchange or a refresh (to store them).
        api_base / auth_base: hosts of the API and of the token endpoints (regional or test hosts).
        shop_cipher: sent on every shop-scoped call (never on ``/authorization/*``).
        clock: wall clock, Unix seconds (timestamps, token expiry).
        limiter: request pacing (default: 1 request/s).
        http: the httpx client to use (default: a new one with ``timeout_s``).
        refresh_margin_s: refresh the access token when it expires within this.
    """

    def __init__(self, app_key: str, app_secret: str, *, tokens: TokenSet | None = None,
                 on_tokens: Callable[[TokenSet], None] | None = None, api_base: str = DEFAULT_API_BASE,
                 auth_base: str = DEFAULT_AUTH_BASE, shop_cipher: str | None = None,
                 clock: Callable[[], float] = time.time, limiter: RateLimiter | None = None,
                 http: httpx.Client | None = None, timeout_s: float = 30.0, refresh_margin_s: float = 3600.0) -> None:
        if not app_key or not app_secret:
            raise ConnectorError("the TikTok Shop app key and app secret are required", permanent=True)
        _install_log_redaction()
        self.app_key = app_key
        self._secret = app_secret
        self._tokens = tokens
        self._on_tokens = on_tokens
        self.api_base = api_base.rstrip("/")
        self.auth_base = auth_base.rstrip("/")
        self.shop_cipher = shop_cipher
        self._clock = clock
        self._limiter = limiter or RateLimiter()
        self._own_http = http is None
        self._http = http or httpx.Client(timeout=timeout_s, follow_redirects=False)
        self._refresh_margin_s = refresh_margin_s
        self._rate_hits = 0
        self.requests = 0  # requests sent (for diagnostics and tests)

    def __repr__(self) -> str:
        return f"<TikTokShopClient app_key={self.app_key!r} api_base={self.api_base!r}>"

    @property
    def tokens(self) -> TokenSet | None:
        """The current tokens."""
        return self._tokens

    def close(self) -> None:
        """Close the HTTP client (when this object created it)."""
        if self._own_http:
            self._http.close()

    # --- secrets never leave in messages ---------------------------------------------------------------
    def _scrub(self, text: str) -> str:
        secrets = [self._secret]
        if self._tokens is not None:
            secrets += [self._tokens.access_token, self._tokens.refresh_token]
        for s in sorted((s for s in secrets if s and len(s) >= 4), key=len, reverse=True):
            text = text.replace(s, "***")
        return _SECRET_QUERY.sub(r"\1***", text)[:400]

    # --- tokens ----------------------------------------------------------------------------------------
    def exchange_code(self, auth_code: str) -> TokenSet:
        """Exchange a seller's authorization code for tokens (``grant_type=authorized_code``)."""
        data = self._auth_get(TOKEN_GET_PATH, {"app_key": self.app_key, "app_secret": self._secret,
                                                "auth_code": auth_code, "grant_type": "authorized_code"},
                              what="exchange the authorization code")
        return self._set_tokens(TokenSet.from_data(data, self._clock()))

    def refresh(self) -> TokenSet:
        """Refresh the access token with the refresh token; the new tokens are passed to ``on_tokens``."""
        tokens = self._tokens
        if tokens is None or not tokens.refresh_token:
            raise ConnectorError("no refresh token is stored: authorize the shop again with `livedesk account add`",
                                 permanent=True)
        if tokens.refresh_expired(self._clock()):
            raise ConnectorError("the refresh token has expired: authorize the shop again with "
                                 "`livedesk account add`", permanent=True)
        data = self._auth_get(TOKEN_REFRESH_PATH, {"app_key": self.app_key, "app_secret": self._secret,
                                                    "refresh_token": tokens.refresh_token,
                                                    "grant_type": "refresh_token"},
                              what="refresh the access token")
        fresh = TokenSet.from_data(data, self._clock())
        if not fresh.refresh_token:
            fresh = TokenSet(fresh.access_token, tokens.refresh_token, fresh.access_expires_at,
                             tokens.refresh_expires_at, fresh.open_id or tokens.open_id,
                             fresh.seller_name or tokens.seller_name)
        log.info("TikTok Shop access token refreshed (expires at %s)", fresh.access_expires_at)
        return self._set_tokens(fresh)

    def _set_tokens(self, tokens: TokenSet) -> TokenSet:
        self._tokens = tokens
        if self._on_tokens is not None:
            self._on_tokens(tokens)
        return tokens

    def _access_token(self) -> str:
        tokens = self._tokens
        if tokens is None or (not tokens.access_token and not tokens.refresh_token):
            raise ConnectorError("no access token is stored: authorize the shop with `livedesk account add`",
                                 permanent=True)
        if not tokens.access_token or tokens.access_expires_within(self._clock(), self._refresh_margin_s):
            tokens = self.refresh()
        return tokens.access_token

    def _auth_get(self, path: str, params: dict[str, str], *, what: str) -> Any:
        try:
            return self._send(self.auth_base, path, params, headers={})
        except _TokenExpiredError:
            raise TikTokShopError(f"could not {what}: the refresh token has expired (105002) — authorize the shop "
                                  "again with `livedesk account add`", code=CODE_EXPIRED_TOKEN,
                                  permanent=True) from None
        except TikTokShopError as exc:
            if exc.permanent or isinstance(exc, RateLimitedError | ServerFailureError) or exc.code is None:
                raise
            raise TikTokShopError(f"could not {what} (error {exc.code}): authorize the shop again with "
                                  "`livedesk account add`", code=exc.code, http_status=exc.http_status,
                                  permanent=True) from None

    # --- API calls -------------------------------------------------------------------------------------
    def get(self, path: str, params: Mapping[str, object] | None = None, *, shop_scoped: bool = True) -> Any:
        """A signed GET of ``path``; returns the envelope's ``data`` (may be None).

        Refreshes the access token before it expires, and once more on error 105002 before retrying.
        """
        for attempt in range(2):
            token = self._access_token()
            query: dict[str, object] = {k: v for k, v in (params or {}).items() if v is not None and v != ""}
            query["app_key"] = self.app_key
            query["timestamp"] = int(self._clock())
            version = _path_version(path)
            if version:
                query["version"] = version
            if shop_scoped and not path.startswith("/authorization/"):
                if not self.shop_cipher:
                    raise ShopCipherRejectedError("the shop cipher is not known yet", code=CODE_MISSING_CIPHER)
                query["shop_cipher"] = self.shop_cipher
            query["sign"] = tts_signing.sign(self._secret, path, query)
            try:
                return self._send(self.api_base, path, {k: tts_signing.param_text(v) for k, v in query.items()},
                                  headers={"x-tts-access-token": token})
            except _TokenExpiredError:
                if attempt:
                    break
                log.info("TikTok Shop said the access token expired (105002): refreshing and retrying once")
                self.refresh()
        raise TikTokShopError("the access token is still rejected as expired after a refresh: authorize the shop "
                              "again with `livedesk account add`", code=CODE_EXPIRED_TOKEN, permanent=True)

    def _send(self, base: str, path: str, params: Mapping[str, str], *, headers: Mapping[str, str]) -> Any:
        self._limiter.acquire()
        self.requests += 1
        try:
            resp = self._http.get(base + path, params=dict(params),
                                  headers={"Content-Type": "application/json", **headers})
        except httpx.TimeoutException as exc:
            raise ServerFailureError(f"TikTok Shop did not answer in time ({path}: {exc.__class__.__name__})") from None
        except httpx.HTTPError as exc:
            raise ServerFailureError(f"could not reach TikTok Shop ({path}: {exc.__class__.__name__})") from None
        status = resp.status_code
        envelope: Any = None
        try:
            envelope = resp.json()
        except ValueError:
            envelope = None
        code = parse_count(envelope.get("code")) if isinstance(envelope, dict) else None
        api_message = self._scrub(str(envelope.get("message") or "")) if isinstance(envelope, dict) else ""
        if status == 429 or (code is not None and code in CODE_RATE_LIMITED):
            self._rate_hits += 1
            hint = parse_seconds(resp.headers.get("Retry-After"))
            wait = hint if hint is not None and hint > 0 else float(min(60, 2 ** self._rate_hits))
            self._limiter.defer(wait)
            raise RateLimitedError(f"TikTok Shop rate limit reached ({path}: HTTP {status}"
                              f"{f', error {code}' if code else ''}); retrying in {wait:g} s",
                              code=code, http_status=status, retry_after_s=wait)
        self._rate_hits = 0
        if status >= 500:
            detail = f", error {code}" if code else ""
            raise ServerFailureError(f"TikTok Shop server error ({path}: HTTP {status}{detail})", code=code,
                                http_status=status)
        if not isinstance(envelope, dict) or code is None:
            if status == 404:
                raise UnsupportedEndpointError(f"TikTok Shop does not know {path} (HTTP 404)", http_status=status)
            if status >= 400:
                raise TikTokShopError(f"TikTok Shop refused the request ({path}: HTTP {status})",
                                      http_status=status, permanent=True)
            raise ServerFailureError(f"TikTok Shop sent an unreadable answer ({path}: HTTP {status}, not a JSON "
                                "envelope)", http_status=status)
        if code == 0:
            return envelope.get("data")
        if code == CODE_EXPIRED_TOKEN:
            raise _TokenExpiredError()
        if code in _PERMANENT:
            raise TikTokShopError(_PERMANENT[code], code=code, http_status=status, permanent=True)
        if 105000 <= code < 106000:
            raise TikTokShopError(f"TikTok Shop rejected the access token (error {code}): authorize the shop again "
                                  "with `livedesk account add`", code=code, http_status=status, permanent=True)
        if code == CODE_MISSING_CIPHER:
            raise ShopCipherRejectedError("TikTok Shop rejected the shop cipher (error 106013)", code=code,
                                     http_status=status)
        if code == CODE_UNSUPPORTED or status == 404:
            raise UnsupportedEndpointError(f"TikTok Shop does not support {path} for this app (error {code})",
                                      code=code, http_status=status)
        if code in _RETRYABLE:
            raise ServerFailureError(f"{_RETRYABLE[code]} ({path})", code=code, http_status=status)
        raise TikTokShopError(f"TikTok Shop error {code} ({path}): {api_message or 'no message'}", code=code,
                              http_status=status)

    # --- endpoints -------------------------------------------------------------------------------------
    def authorized_shops(self) -> list[Shop]:
        """The shops the seller authorized (with their ciphers)."""
        return parse_shops(self.get(SHOPS_PATH, shop_scoped=False))


# --- the connector ---------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Task:
    kind: str  # shops | overview | list | detail
    page_token: str = ""
    live: LiveSummary | None = None


@dataclass(slots=True)
class _SeriesState:
    columns: frozenset[str]
    at_start: bool  # the series has a row at the LIVE's start (the totals row's time)


class TikTokShopConnector:
    """Polls the Partner API for one shop (see the module docstring).

    Args:
        account: the user's name for the account (credentials are stored under it).
        app_key: the Partner app's key.
        credentials: where the app secret and the tokens are read, and refreshed tokens saved.
        api_base / auth_base: API and token hosts (regional, or a local test server).
        region / timezone / currency: the shop's region and, if known, its time zone and currency
            (defaults follow the region; the session dates are in the shop's time zone).
        shop_cipher / shop_id / shop_name: the shop, if known (otherwise looked up among the authorized shops;
            ``shop_name`` or ``shop_id`` chooses among several).
        cursor: the state saved by a previous run (:attr:`cursor`).
        since_ms: sync LIVEs started from this time (UTC ms) on the first round; default: ``initial_days``
            back, or ``resync_days`` before the last sync when a cursor is given.
        resync_days: LIVEs that ended within this many days are requested again (late data).
        detail_refresh_s: minimum time between two requests of one LIVE's per-minute series and products.
        page_size: page size of the session list (max 100).
        poll_interval_ms: time between rounds.
        clock: wall clock, Unix seconds.
        limiter: request pacing (default 1 request/s).
        http: an httpx client (default: a new one).
    """

    def __init__(self, account: str, app_key: str, credentials: CredentialStore, *,
                 api_base: str = DEFAULT_API_BASE, auth_base: str = DEFAULT_AUTH_BASE, region: str = "",
                 timezone: str | None = None, currency: str | None = None, shop_cipher: str | None = None,
                 shop_id: str | None = None, shop_name: str | None = None, cursor: str | None = None,
                 since_ms: int | None = None, resync_days: int = 3, initial_days: int = 14,
                 detail_refresh_s: float = 3600.0, page_size: int = 100, poll_interval_ms: int = 60_000,
                 clock: Callable[[], float] = time.time, limiter: RateLimiter | None = None,
                 http: httpx.Client | None = None, timeout_s: float = 30.0, refresh_margin_s: float = 3600.0) -> None:
        self.account = account
        self._credentials = credentials
        try:
            secret = credentials.require(CONNECTOR, account, APP_SECRET)
        except CredentialMissingError as exc:
            raise ConnectorError(f"{exc} — add it with `livedesk account add tiktok_shop --name {account} ...`",
                                 permanent=True) from None
        self.region = region.upper()
        tz_default, cur_default = REGION_DEFAULTS.get(self.region, ("UTC", None))
        try:
            self._tz = ZoneInfo(timezone or tz_default)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConnectorError(f"unknown time zone {timezone!r} for account {account!r}", permanent=True) from None
        self._currency = currency or cur_default
        self._shop_id = shop_id
        self._shop_name = shop_name
        self._clock = clock
        self._client = TikTokShopClient(
            app_key, secret, tokens=load_tokens(credentials, account),
            on_tokens=lambda t: save_tokens(credentials, account, t), api_base=api_base, auth_base=auth_base,
            shop_cipher=shop_cipher, clock=clock, limiter=limiter, http=http, timeout_s=timeout_s,
            refresh_margin_s=refresh_margin_s)
        self._resync_ms = int(resync_days * 86_400_000)
        self._initial_ms = int(initial_days * 86_400_000)
        self._detail_refresh_ms = int(detail_refresh_s * 1000)
        self._page_size = max(1, min(100, page_size))
        self._poll_interval_ms = poll_interval_ms
        self._list_paths = list(LIST_PATHS)
        self._overview_paths = list(OVERVIEW_PATHS)
        self._products_paths = list(PRODUCTS_PATHS)
        # persistent state (the cursor)
        self._synced_at: int | None = None
        self._details: dict[str, int] = {}
        self._series: dict[str, _SeriesState] = {}
        self._load_cursor(cursor)
        self._since_override = since_ms
        self._force_details = since_ms is not None
        # round state
        self._queue: deque[_Task] = deque()
        self._round_started: int | None = None
        self._round_lives: list[LiveSummary] = []
        self._window: tuple[dt.date, dt.date] | None = None
        self._today: OverviewFigures | None = None
        self._latest_available = ""
        self._closed = False

    def __repr__(self) -> str:
        return f"<TikTokShopConnector account={self.account!r} shop={self._shop_name or self._shop_id or '?'}>"

    # --- Connector protocol ----------------------------------------------------------------------------
    @property
    def source(self) -> str:
        """Always ``tiktok_shop``."""
        return SOURCE

    @property
    def poll_interval_ms(self) -> int:
        """Time between sync rounds (the API's LIVE data is near-real-time at best)."""
        return self._poll_interval_ms

    @property
    def sync_scope(self) -> str:
        """The ``sync_state`` scope of this connector's cursor: its account name."""
        return self.account

    def poll(self) -> Batch:
        """One step of the current sync round (a new round starts when the last one is done).

        ``Batch.meta`` carries ``more_pending`` ("1" while the round has steps left), ``tasks_pending``, and
        today's overview figures when known (``today_gmv`` in minor units, ``today_currency`` ...).
        """
        if self._closed:
            return Batch(SOURCE)
        if not self._queue:
            self._start_round()
        task = self._queue[0]
        try:
            batch = self._run(task)
        except ShopCipherRejectedError:
            self._client.shop_cipher = None  # look it up again on the next round
            self._shop_id = None
            self._queue.clear()
            raise
        self._queue.popleft()
        if not self._queue:
            self._finish_round()
        return self._with_meta(batch)

    def close(self) -> None:
        """Close the HTTP client; later polls return empty batches."""
        if not self._closed:
            self._closed = True
            self._client.close()

    # --- extras ----------------------------------------------------------------------------------------
    @property
    def cursor(self) -> str:
        """The state to persist between runs (JSON): last sync time, which LIVEs have details and series."""
        return json.dumps({
            "v": 1, "synced_at": self._synced_at, "details": dict(sorted(self._details.items())),
            "series": {k: {"cols": sorted(s.columns), "at_start": s.at_start} for k, s in sorted(self._series.items())},
        }, separators=(",", ":"))

    @property
    def synced_at(self) -> int | None:
        """When the last complete round started (UTC ms), if any."""
        return self._synced_at

    @property
    def today(self) -> OverviewFigures | None:
        """Today's shop-wide LIVE figures from the last overview, if any."""
        return self._today

    @property
    def account_ref(self) -> AccountRef:
        """Natural key of the shop's account (the shop id when known, else the account name)."""
        return AccountRef(PLATFORM, self._shop_id or self.account)

    @property
    def client(self) -> TikTokShopClient:
        """The HTTP client (for diagnostics and tests)."""
        return self._client

    def sync_from(self, since_ms: int) -> None:
        """Make the next round start at ``since_ms`` (UTC ms) and request every LIVE's details again."""
        self._since_override = since_ms
        self._force_details = True
        self._queue.clear()

    def shop_info(self) -> dict[str, str]:
        """The non-secret shop settings learned so far (id, name, cipher, region), for the account settings."""
        out = {"shop_id": self._shop_id or "", "shop_name": self._shop_name or "",
               "shop_cipher": self._client.shop_cipher or "", "region": self.region}
        return {k: v for k, v in out.items() if v}

    # --- cursor ----------------------------------------------------------------------------------------
    def restore_cursor(self, cursor: str) -> None:
        """Take the :attr:`cursor` a previous run saved (before the first poll; the ingest worker calls it)."""
        self._load_cursor(cursor)

    def _load_cursor(self, cursor: str | None) -> None:
        if not cursor:
            return
        try:
            state = json.loads(cursor)
            if not isinstance(state, dict) or state.get("v") != 1:
                raise ValueError("unknown cursor version")
            synced = state.get("synced_at")
            self._synced_at = int(synced) if synced is not None else None
            self._details = {str(k): int(v) for k, v in dict(state.get("details") or {}).items()}
            self._series = {str(k): _SeriesState(frozenset(str(c) for c in v.get("cols") or ()),
                                                 bool(v.get("at_start")))
                            for k, v in dict(state.get("series") or {}).items() if isinstance(v, dict)}
        except (ValueError, TypeError, AttributeError):
            log.warning("ignoring an unreadable tiktok_shop cursor for account %r", self.account)
            self._synced_at, self._details, self._series = None, {}, {}

    # --- rounds ----------------------------------------------------------------------------------------
    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def _local_date(self, ms: int) -> dt.date:
        return dt.datetime.fromtimestamp(ms / 1000, self._tz).date()

    def _start_round(self) -> None:
        now = self._now_ms()
        if self._since_override is not None:
            start = self._since_override
        elif self._synced_at is not None:
            start = self._synced_at - self._resync_ms
        else:
            start = now - self._initial_ms
        self._window = (self._local_date(start), self._local_date(now) + dt.timedelta(days=1))
        self._round_started = now
        self._round_lives = []
        if not self._client.shop_cipher or not self._shop_id:
            self._queue.append(_Task("shops"))
        self._queue.append(_Task("overview"))
        self._queue.append(_Task("list"))

    def _finish_round(self) -> None:
        self._synced_at = self._round_started
        self._since_override = None
        self._force_details = False
        keep_after = (self._round_started or self._now_ms()) - self._resync_ms - 30 * 86_400_000
        self._details = {k: v for k, v in self._details.items() if v >= keep_after}

    def _with_meta(self, batch: Batch) -> Batch:
        meta = [("more_pending", "1" if self._queue else "0"), ("tasks_pending", str(len(self._queue)))]
        if self._latest_available:
            meta.append(("latest_available_date", self._latest_available))
        t = self._today
        if t is not None:
            meta += [(f"today_{k}", str(v)) for k, v in (
                ("gmv", t.gmv), ("currency", t.currency), ("sku_orders", t.sku_orders),
                ("customers", t.customers), ("items_sold", t.items_sold)) if v is not None]
        return dataclasses.replace(batch, meta=tuple(meta))

    def _run(self, task: _Task) -> Batch:
        if task.kind == "shops":
            return self._run_shops()
        if task.kind == "overview":
            return self._run_overview()
        if task.kind == "list":
            return self._run_list(task)
        assert task.live is not None
        return self._run_detail(task.live)

    # --- steps -----------------------------------------------------------------------------------------
    def _run_shops(self) -> Batch:
        shops = self._client.authorized_shops()
        if not shops:
            raise TikTokShopError("the seller authorized no shop for this app", permanent=True)
        chosen = None
        for shop in shops:
            if (self._shop_id and shop.id == self._shop_id) or (
                    self._shop_name and self._shop_name in (shop.name, shop.code)):
                chosen = shop
                break
        if chosen is None:
            if (self._shop_id or self._shop_name) and len(shops) > 1:
                names = ", ".join(s.name or s.id for s in shops)
                raise TikTokShopError(f"shop {self._shop_name or self._shop_id!r} is not among the authorized shops "
                                      f"({names})", permanent=True)
            chosen = shops[0]
        self._client.shop_cipher = chosen.cipher
        self._shop_id = chosen.id or self._shop_id
        self._shop_name = chosen.name or self._shop_name
        if chosen.region and not self.region:
            self.region = chosen.region.upper()
        return Batch(SOURCE, accounts=(self._account_record(),))

    def _run_overview(self) -> Batch:
        today = self._local_date(self._now_ms())
        params = {"start_date_ge": today.isoformat(), "end_date_lt": (today + dt.timedelta(days=1)).isoformat(),
                  "today": True, "granularity": "ALL", "currency": "LOCAL", "account_type": "ALL"}
        try:
            data = self._get_versioned(self._overview_paths, params)
        except TikTokShopError as exc:
            if not _optional_endpoint_failure(exc):
                raise
            log.warning("TikTok Shop LIVE overview unavailable this round: %s", exc)
            return Batch(SOURCE)
        self._today = parse_overview(data, self._currency)
        return Batch(SOURCE)

    def _run_list(self, task: _Task) -> Batch:
        assert self._window is not None
        start, end = self._window
        params = {"start_date_ge": start.isoformat(), "end_date_lt": end.isoformat(), "page_size": self._page_size,
                  "page_token": task.page_token or None, "currency": "LOCAL", "account_type": "ALL"}
        data = self._get_versioned(self._list_paths, params)
        lives, next_token, latest = parse_session_page(data, self._currency)
        if latest:
            self._latest_available = latest
        if lives and self._currency is None:
            self._currency = next((lv.currency for lv in lives if lv.currency), None)
        self._round_lives.extend(lives)
        samples = [b for b in (self._totals_block(lv) for lv in lives if not lv.running) if b is not None]
        if next_token and next_token != task.page_token and lives:
            self._queue.insert(1, _Task("list", next_token))
        else:
            samples += self._running_blocks()
            # oldest first, so a product's price ends up as its average price in the newest LIVE
            due = sorted((lv for lv in self._round_lives if self._needs_detail(lv)), key=lambda lv: lv.started_at)
            self._queue.extend(_Task("detail", live=lv) for lv in due)
        sessions = tuple(self._session_record(lv) for lv in lives)
        return Batch(SOURCE, accounts=(self._account_record(),) if sessions else (), sessions=sessions,
                     samples=tuple(samples))

    def _run_detail(self, live: LiveSummary) -> Batch:
        ref = self._ref(live)
        series = self._fetch_series(live)
        products: list[LiveProduct] = []
        token = ""
        for _ in range(500):
            data = self._get_versioned(self._products_paths, {
                "sort_field": "direct_gmv", "sort_order": "DESC", "currency": "LOCAL", "page_token": token or None,
            }, live_id=live.live_id)
            page, next_token = parse_products_page(data, live.currency or self._currency)
            products.extend(page)
            if not next_token or next_token == token or not page:
                break
            token = next_token
        currency = live.currency or self._currency or "USD"
        product_records = tuple(ProductRecord(self.account_ref, p.product_id, p.name, "", p.avg_price,
                                              p.currency or currency, SOURCE) for p in products)
        stats = tuple(SessionProductRecord(ref, p.product_id, 0, None, p.impressions, p.clicks, p.add_to_cart,
                                           p.created_sku_orders, p.sku_orders, p.main_orders, p.items_sold,
                                           p.customers, p.gmv, SOURCE) for p in products)
        block = self._merged_block(live, series)
        self._details[live.live_id] = self._now_ms()
        blocks = (block,) if block is not None else ()
        up_to = max((int(r[0]) for b in blocks for r in b.rows if r[0] is not None), default=None)
        # The LIVE's SessionRecord went out with its list page earlier in this round (batches are written in order).
        return Batch(SOURCE, samples=blocks, products=product_records, session_products=stats, up_to_ts=up_to)

    def _fetch_series(self, live: LiveSummary) -> dict[int, dict[str, int | None]] | None:
        """The LIVE's per-minute rows by ts, or None when the series is not available (yet)."""
        rows: dict[int, dict[str, int | None]] = {}
        token = ""
        try:
            for _ in range(500):
                data = self._get_versioned(MINUTES_PATHS, {"currency": "LOCAL", "page_token": token or None},
                                           live_id=live.live_id)
                if data is None:
                    break
                page, next_token = parse_minutes_page(data, live.currency or self._currency)
                for ts, values in page:
                    rows[ts] = values
                if not next_token or next_token == token or not page:
                    break
                token = next_token
        except TikTokShopError as exc:
            # The per-minute endpoint is often unavailable (only for official/marketing accounts, and PAV saw
            # it fail with 500 for weeks): the totals still sync; the series is asked for again later.
            if not _optional_endpoint_failure(exc):
                raise
            log.warning("per-minute series of LIVE %s not available: %s", live.live_id, exc)
            return None
        return rows or None

    def _get_versioned(self, paths: list[str] | tuple[str, ...], params: Mapping[str, object], *,
                       live_id: str | None = None) -> Any:
        """GET the first of ``paths`` the app may use; a version that is not supported is dropped from the list."""
        last: UnsupportedEndpointError | None = None
        for path in list(paths):
            try:
                return self._client.get(path.format(live_id=live_id) if live_id else path, params)
            except UnsupportedEndpointError as exc:
                last = exc
                if isinstance(paths, list) and len(paths) > 1:
                    paths.remove(path)  # remember: use the older version from now on
                    log.info("TikTok Shop: %s unsupported, trying an older version", path)
        assert last is not None
        raise UnsupportedEndpointError(str(last), code=last.code, http_status=last.http_status, permanent=True)

    # --- records ---------------------------------------------------------------------------------------
    def _account_record(self) -> AccountRecord:
        tokens = self._client.tokens
        display = self._shop_name or (tokens.seller_name if tokens else "") or self.account
        return AccountRecord(self.account_ref, display, self.region or "?", str(self._tz.key),
                             self._currency or "USD", SOURCE)

    def _ref(self, live: LiveSummary) -> SessionRef:
        return SessionRef(self.account_ref, live.live_id)

    def _session_record(self, live: LiveSummary) -> SessionRecord:
        return SessionRecord(self._ref(live), live.title or f"LIVE {live.live_id}", live.username, live.started_at,
                             live.ended_at, SessionStatus.LIVE if live.running else SessionStatus.ENDED,
                             live.currency or self._currency or "USD", SOURCE,
                             sample_interval_ms=SAMPLE_INTERVAL_MS)

    def _needs_detail(self, live: LiveSummary) -> bool:
        if live.running:
            return False
        fetched = self._details.get(live.live_id)
        if fetched is None or self._force_details:
            return True
        now = self._now_ms()
        recent = live.ended_at is not None and live.ended_at >= now - self._resync_ms
        return recent and now - fetched >= self._detail_refresh_ms

    def _totals_values(self, live: LiveSummary, totals: Mapping[str, int | None],
                       series: Mapping[int, Mapping[str, int | None]] | None) -> dict[str, int | None]:
        """The totals row: the LIVE's totals, minus the columns a per-minute series carries."""
        known = self._series.get(live.live_id)
        covered = set(known.columns) if known else set()
        at_start = bool(known and known.at_start)
        start_row: Mapping[str, int | None] = {}
        if series:
            covered |= {c for row in series.values() for c, v in row.items() if v is not None}
            at_start = live.started_at in series
            start_row = series.get(live.started_at, {})
        values: dict[str, int | None] = {}
        for column in TOTAL_COLUMNS:
            if column not in covered:
                values[column] = totals.get(column)
            elif series:
                value = start_row.get(column)
                values[column] = 0 if value is None else value
            else:
                values[column] = None if at_start else 0  # None keeps the series' own value at that time
        return values

    def _totals_block(self, live: LiveSummary, totals: Mapping[str, int | None] | None = None) -> SampleBlock | None:
        values = self._totals_values(live, live.totals if totals is None else totals, None)
        if all(v is None for v in values.values()):
            return None
        return SampleBlock(self._ref(live), TOTAL_COLUMNS, ((live.started_at, *values.values()),), SOURCE)

    def _merged_block(self, live: LiveSummary, series: dict[int, dict[str, int | None]] | None) -> SampleBlock | None:
        if not series:
            return self._totals_block(live)
        totals_row = self._totals_values(live, live.totals, series)
        covered = frozenset(c for row in series.values() for c, v in row.items() if v is not None)
        known = self._series.get(live.live_id)
        columns = tuple(c for c in SERIES_COLUMNS if c in covered or c in TOTAL_COLUMNS) + tuple(
            c for c in TOTAL_COLUMNS if c not in SERIES_COLUMNS)
        rows: dict[int, dict[str, int | None]] = {ts: dict(v) for ts, v in series.items()}
        rows.setdefault(live.started_at, {}).update(totals_row)
        self._series[live.live_id] = _SeriesState(covered | (known.columns if known else frozenset()),
                                                  live.started_at in series)
        return SampleBlock(self._ref(live), columns,
                           tuple((ts, *(rows[ts].get(c) for c in columns)) for ts in sorted(rows)), SOURCE)

    def _running_blocks(self) -> list[SampleBlock]:
        """Totals rows of running LIVEs; the only running LIVE gets today's real-time overview figures."""
        running = [lv for lv in self._round_lives if lv.running]
        blocks = []
        for live in running:
            totals = dict(live.totals)
            t = self._today
            if t is not None and len(running) == 1 and (t.currency or live.currency) == (live.currency or t.currency):
                today = self._local_date(self._now_ms())
                others = [lv for lv in self._round_lives
                          if lv is not live and self._local_date(lv.started_at) == today]
                for column, figure in (("gmv", t.gmv), ("sku_orders", t.sku_orders), ("customers", t.customers),
                                       ("items_sold", t.items_sold)):
                    if figure is None:
                        continue
                    estimate = max(figure - sum(lv.totals.get(column) or 0 for lv in others), 0)
                    current = totals.get(column)
                    totals[column] = estimate if current is None else max(current, estimate)
            block = self._totals_block(live, totals)
            if block is not None:
                blocks.append(block)
        return blocks

