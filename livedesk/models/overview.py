"""Overview across LIVEs: reporting ranges in a time zone, totals per range and per day, conversion per product.

Ranges are half-open ``[since, until)`` in UTC epoch ms. Day boundaries are local midnights of the reporting
time zone (zoneinfo), so a day is 23 or 25 hours long across a DST change. Metric totals are sums of the
samples whose time falls in the range (so an exact-time range cuts a LIVE at the minute asked for); ratios
over a range are ratios of those sums. LIVEs and hours live come from each LIVE's start and end clipped to the
range. Per-product figures exist only per LIVE (``session_product``), so the conversion table sums the LIVEs
that overlap the range.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QTimeZone
from sqlalchemy import Connection, func, or_, select

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models import schema as t
from livedesk.models.history import SessionTotals
from livedesk.models.metrics import BY_KEY, GAUGE_KEYS, STORED_KEYS, Totals, value
from livedesk.models.precedence import SamplePlan, counted, multi_source_sessions, plan_for
from livedesk.models.records import AccountRecord, AccountRef
from livedesk.models.repository import benchmarks
from livedesk.models.table_model import ColumnSpec, Index, RecordTableModel

CONTEXT = "OverviewTable"


def _v(row: SessionTotals, key: str) -> float | None:
    return value(BY_KEY[key], row.totals)


def _when(row: SessionTotals) -> str:
    dt = QDateTime.fromMSecsSinceEpoch(row.session.started_at, QTimeZone.systemTimeZone())
    return dt.toString("yyyy-MM-dd HH:mm")


def _dur(row: SessionTotals) -> float | None:
    return row.totals.window_s


def _metric(key: str, title: str) -> ColumnSpec[SessionTotals]:
    m = BY_KEY[key]
    return ColumnSpec(title, lambda r: fmt.metric_value(m, _v(r, key), r.session.currency), lambda r: _v(r, key), True)


COLUMNS: tuple[ColumnSpec[SessionTotals], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("OverviewTable", "Start"), _when, lambda r: r.session.started_at),
    ColumnSpec(QT_TRANSLATE_NOOP("OverviewTable", "LIVE"), lambda r: r.session.title),
    ColumnSpec(QT_TRANSLATE_NOOP("OverviewTable", "Duration"), lambda r: fmt.duration(_dur(r)), _dur, True),
    _metric("gmv", QT_TRANSLATE_NOOP("OverviewTable", "GMV")),
    _metric("views", QT_TRANSLATE_NOOP("OverviewTable", "Views")),
    _metric("viewers", QT_TRANSLATE_NOOP("OverviewTable", "Viewers")),
    _metric("customers", QT_TRANSLATE_NOOP("OverviewTable", "Customers")),
    _metric("conversion_rate", QT_TRANSLATE_NOOP("OverviewTable", "Conversion")),
    _metric("avg_view_duration", QT_TRANSLATE_NOOP("OverviewTable", "Avg. viewing duration")),
    _metric("pcu", QT_TRANSLATE_NOOP("OverviewTable", "Peak viewers")),
)


@dataclass(frozen=True, slots=True)
class RangeSummary:
    """Totals over several LIVEs (ratios are ratios of sums across LIVEs)."""

    lives: int
    hours: float
    gmv: float | None
    views: float | None
    viewers: float | None
    customers: float | None
    watch_seconds: float | None
    currency: str

    @property
    def conversion(self) -> float | None:
        """Customers ÷ viewers."""
        return None if self.customers is None or not self.viewers else self.customers / self.viewers

    @property
    def avg_view_duration(self) -> float | None:
        """Watch seconds ÷ viewers."""
        return None if self.watch_seconds is None or not self.viewers else self.watch_seconds / self.viewers


def summarize(rows: Sequence[SessionTotals]) -> RangeSummary:
    """Sum LIVEs' totals; a metric no LIVE reports stays None."""

    def total(key: str) -> float | None:
        vals = [r.totals.sums.get(key) for r in rows]
        present = [v for v in vals if v is not None]
        return sum(present) if present else None

    currency = rows[0].session.currency if rows else "USD"
    return RangeSummary(
        len(rows),
        sum((r.totals.window_s or 0) for r in rows) / 3600.0,
        total("gmv"),
        total("views"),
        total("viewers"),
        total("customers"),
        total("watch_seconds"),
        currency,
    )


class OverviewTableModel(RecordTableModel[SessionTotals]):
    """One row per LIVE in the chosen range; start times are shown in the reporting time zone."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)
        self._tz: str | None = None

    def set_time_zone(self, tz: str | None) -> None:
        """Show start times in ``tz`` (None = the system zone)."""
        if tz == self._tz:
            return
        self._tz = tz
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.DisplayRole])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and self._tz is not None and index.isValid()
                and index.column() == 0 and index.row() < len(self._rows)):
            return local_datetime(self._rows[index.row()].session.started_at, self._tz).strftime("%Y-%m-%d %H:%M")
        return super().data(index, role)


# --- reporting time zone ------------------------------------------------------------------------------------

DEFAULT_TZ = "UTC"
_AREAS = ("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/", "Europe/",
          "Indian/", "Pacific/")


@lru_cache(maxsize=128)
def zone(name: str) -> ZoneInfo:
    """The zoneinfo zone called ``name`` (ZoneInfoNotFoundError, a KeyError, for an unknown name)."""
    return ZoneInfo(name)


def is_zone(name: str) -> bool:
    """True when ``name`` is an IANA time zone zoneinfo knows."""
    try:
        zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """The IANA zones offered in the selector: UTC and every Area/Location zone, sorted (no legacy aliases)."""
    return ("UTC", *sorted(n for n in available_timezones() if n.startswith(_AREAS)))


def find_zone(text: str) -> str | None:
    """The zone a typed text means: its exact name, its city ("los angeles", "jakarta") or the only zone whose
    name contains it (any case); None when nothing or several zones match."""
    needle = text.strip().casefold().replace(" ", "_")
    if not needle:
        return None
    names = zone_names()
    for pick in (lambda z: z.casefold() == needle, lambda z: z.casefold().rsplit("/", 1)[-1] == needle):
        found = [z for z in names if pick(z)]
        if found:
            return found[0]
    found = [z for z in names if needle in z.casefold()]
    return found[0] if len(found) == 1 else None


def utc_offset_text(name: str, at_ms: int) -> str:
    """The zone's offset at a moment, e.g. "UTC+07:00" or "UTC−08:00"."""
    off = dt.datetime.fromtimestamp(at_ms / 1000, zone(name)).utcoffset() or dt.timedelta()
    minutes = int(off.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


def to_ms(when: dt.datetime) -> int:
    """An aware datetime as UTC epoch ms."""
    return round(when.timestamp() * 1000)


def local_date(ms: int, tz: str) -> dt.date:
    """The calendar date in ``tz`` at the moment ``ms``."""
    return dt.datetime.fromtimestamp(ms / 1000, zone(tz)).date()


def local_datetime(ms: int, tz: str) -> dt.datetime:
    """The wall-clock time in ``tz`` at the moment ``ms`` (aware)."""
    return dt.datetime.fromtimestamp(ms / 1000, zone(tz))


def local_midnight(day: dt.date, tz: str) -> int:
    """The start of a calendar day in ``tz`` as UTC epoch ms."""
    return to_ms(dt.datetime.combine(day, dt.time(), tzinfo=zone(tz)))


def local_ms(wall: dt.datetime, tz: str) -> int:
    """A naive wall-clock time in ``tz`` as UTC epoch ms, cut to the minute."""
    return to_ms(wall.replace(second=0, microsecond=0, tzinfo=zone(tz)))


# --- reporting ranges ---------------------------------------------------------------------------------------

class Preset(Enum):
    """The date-range presets of the overview."""

    TODAY = "today"
    YESTERDAY = "yesterday"
    LAST_7 = "last_7"
    LAST_30 = "last_30"
    CUSTOM = "custom"


PRESET_LABELS: dict[Preset, str] = {
    Preset.TODAY: QT_TRANSLATE_NOOP("OverviewRange", "Today"),
    Preset.YESTERDAY: QT_TRANSLATE_NOOP("OverviewRange", "Yesterday"),
    Preset.LAST_7: QT_TRANSLATE_NOOP("OverviewRange", "Last 7 days"),
    Preset.LAST_30: QT_TRANSLATE_NOOP("OverviewRange", "Last 30 days"),
    Preset.CUSTOM: QT_TRANSLATE_NOOP("OverviewRange", "Custom"),
}


def preset_label(preset: Preset) -> str:
    """A preset's name in the UI language."""
    return QCoreApplication.translate("OverviewRange", PRESET_LABELS[preset])


@dataclass(frozen=True, slots=True)
class DaySpan:
    """One calendar day of a range in the reporting zone.

    Attributes:
        day: the local date.
        start: where the day's part of the range starts (UTC ms; later than midnight when the range is).
        end: where it ends (exclusive).
        day_start: local midnight starting the day.
        day_end: local midnight ending it (23 or 25 hours later across a DST change).
    """

    day: dt.date
    start: int
    end: int
    day_start: int
    day_end: int

    def is_current(self, now_ms: int) -> bool:
        """True for the day that is still running (its data is incomplete)."""
        return self.day_start <= now_ms < self.day_end


@dataclass(frozen=True, slots=True)
class ReportRange:
    """A reporting range ``[since, until)`` in UTC ms, read in the time zone ``tz``.

    Attributes:
        since: first moment (inclusive).
        until: end (exclusive).
        tz: IANA name of the reporting zone; day boundaries are its local midnights.
        exact: True when the user gave start and end to the minute (else whole local days).
        preset: the preset that made the range (CUSTOM for custom dates and exact times).
    """

    since: int
    until: int
    tz: str
    exact: bool = False
    preset: Preset = Preset.CUSTOM

    def __post_init__(self) -> None:
        if self.until < self.since:
            raise ValueError("a range must not end before it starts")
        zone(self.tz)  # unknown zones fail here, not later on the loader thread

    @property
    def length_ms(self) -> int:
        """Length of the range."""
        return self.until - self.since

    @property
    def first_day(self) -> dt.date:
        """The local date the range starts on."""
        return local_date(self.since, self.tz)

    @property
    def last_day(self) -> dt.date:
        """The local date of the range's last moment."""
        return local_date(max(self.until - 1, self.since), self.tz)

    def days(self) -> tuple[DaySpan, ...]:
        """The local calendar days the range covers, each clipped to the range."""
        out: list[DaySpan] = []
        day = self.first_day
        while True:
            start, end = local_midnight(day, self.tz), local_midnight(day + dt.timedelta(days=1), self.tz)
            lo, hi = max(start, self.since), min(end, self.until)
            if lo < hi:
                out.append(DaySpan(day, lo, hi, start, end))
            if end >= self.until:
                return tuple(out)
            day += dt.timedelta(days=1)

    def contains(self, ms: int) -> bool:
        """True when ``since <= ms < until``."""
        return self.since <= ms < self.until

    def is_incomplete(self, now_ms: int) -> bool:
        """True while the range has not ended: its last part has no data yet."""
        return now_ms < self.until

    def previous(self, now_ms: int) -> ReportRange:
        """The previous period of the same length, ending where this one starts.

        Whole-day ranges step back the same number of local calendar days (so DST does not shift the
        boundaries off midnight). While this range is still running, the previous one is cut at the same
        elapsed time, so "today so far" is compared with "yesterday until the same time".
        """
        if self.exact:
            since = self.since - self.length_ms
        else:
            n = (self.last_day - self.first_day).days + 1
            since = local_midnight(self.first_day - dt.timedelta(days=n), self.tz)
        until = self.since
        if self.since <= now_ms < self.until:
            until = min(until, since + (now_ms - self.since))
        return ReportRange(since, until, self.tz, self.exact, self.preset)

    def describe(self) -> str:
        """The range as local wall-clock text, e.g. "2025-06-09 00:00 – 2025-06-16 00:00 (America/Los_Angeles)"."""
        a = local_datetime(self.since, self.tz).strftime("%Y-%m-%d %H:%M")
        b = local_datetime(self.until, self.tz).strftime("%Y-%m-%d %H:%M")
        return f"{a} – {b} ({self.tz})"


def preset_range(preset: Preset, tz: str, now_ms: int, first: dt.date | None = None,
                 last: dt.date | None = None) -> ReportRange:
    """The whole local days a preset covers in ``tz`` at ``now_ms``.

    "Last 7 days" and "Last 30 days" end with today (which is incomplete). CUSTOM covers ``first`` to ``last``
    inclusive (swapped if given the wrong way round; today when missing).
    """
    today = local_date(now_ms, tz)
    one = dt.timedelta(days=1)
    if preset is Preset.TODAY:
        a, b = today, today
    elif preset is Preset.YESTERDAY:
        a = b = today - one
    elif preset is Preset.LAST_7:
        a, b = today - 6 * one, today
    elif preset is Preset.LAST_30:
        a, b = today - 29 * one, today
    else:
        a, b = first or today, last or first or today
        if b < a:
            a, b = b, a
    return ReportRange(local_midnight(a, tz), local_midnight(b + one, tz), tz, False, preset)


def exact_range(start: dt.datetime, end: dt.datetime, tz: str) -> ReportRange:
    """A range between two naive wall-clock times in ``tz``, to the minute (ValueError if end <= start)."""
    since, until = local_ms(start, tz), local_ms(end, tz)
    if until <= since:
        raise ValueError("the end must come after the start")
    return ReportRange(since, until, tz, True, Preset.CUSTOM)


# --- data over a range ----------------------------------------------------------------------------------------

BUCKET_MS = 15 * 60_000  # every zone in use today is a whole quarter-hour off UTC: local midnights fall on buckets
BASELINE_DAYS = 30
_GAUGES = tuple(sorted(GAUGE_KEYS))
_MONEY = frozenset(m.key for m in mx.CATALOGUE if m.stored and m.unit is mx.Unit.MONEY)


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    """Totals over one period.

    Attributes:
        since: start of the period (UTC ms).
        until: end (exclusive).
        lives: LIVEs whose time on air overlaps the period.
        hours: hours on air within the period, summed over LIVEs.
        totals: sums of the samples in the period (money only of LIVEs in the report currency).
        other_currency_lives: LIVEs whose money was left out because it is in another currency.
    """

    since: int
    until: int
    lives: int
    hours: float
    totals: Totals
    other_currency_lives: int = 0

    @staticmethod
    def empty(since: int, until: int) -> PeriodTotals:
        """A period without data."""
        return PeriodTotals(since, until, 0, 0.0, Totals({}, {}, {}, {}, None))

    @property
    def has_data(self) -> bool:
        """True when a LIVE was on air or any sample fell in the period."""
        return self.lives > 0 or any(v is not None for v in self.totals.sums.values())

    def value(self, key: str) -> float | None:
        """A catalogue metric over the period (ratios are ratios of sums)."""
        return mx.value(mx.metric(key), self.totals)


@dataclass(frozen=True, slots=True)
class DayTotals:
    """One local day of the range and its totals; ``incomplete`` marks the day still running."""

    span: DaySpan
    totals: PeriodTotals
    incomplete: bool


@dataclass(frozen=True, slots=True)
class ProductConversion:
    """A product's clicks and conversions, summed over the LIVEs that overlap the range.

    Clicks are counted per tap on the product card, conversions per paid order (customers per LIVE), so a
    buyer who tapped three times, or a cart left unpaid, makes clicks exceed orders.
    """

    product_id: int
    external_id: str
    name: str
    sku: str
    currency: str
    lives: int
    impressions: int | None
    clicks: int | None
    add_to_cart: int | None
    sku_orders: int | None
    main_orders: int | None
    customers: int | None
    gmv: int | None

    @property
    def ctor(self) -> float | None:
        """Click-to-order rate: SKU orders ÷ product clicks."""
        return None if self.sku_orders is None or not self.clicks else self.sku_orders / self.clicks

    @property
    def ctr(self) -> float | None:
        """Product clicks ÷ product impressions."""
        return None if self.clicks is None or not self.impressions else self.clicks / self.impressions

    @property
    def unconverted_clicks(self) -> int | None:
        """Clicks without a paid order behind them (never negative)."""
        if self.clicks is None or self.sku_orders is None:
            return None
        return max(self.clicks - self.sku_orders, 0)


@dataclass(frozen=True, slots=True)
class OverviewRequest:
    """What the overview asks the loader for.

    Attributes:
        range: the reporting range.
        now_ms: the moment "now" (the running day is incomplete; the previous period is cut to match).
        account_id: the reporting account (currency, market average); None = the account with the newest LIVE.
    """

    range: ReportRange
    now_ms: int
    account_id: int | None = None


@dataclass(frozen=True, slots=True)
class OverviewData:
    """Everything the overview shows for one range.

    Attributes:
        range: the reporting range.
        previous_range: the previous period of the same length.
        now_ms: the moment the data was read for.
        currency: the report currency (the reporting account's).
        current: totals over the range.
        previous: totals over the previous period.
        days: per local day of the range, oldest first.
        products: conversion per product over the LIVEs in the range, by GMV, highest first.
        market: the reporting account's market averages at the end of the range (metric → value).
        own: the account's own totals over the 30 days before the range (the "own average").
        account: the reporting account, if any.
    """

    range: ReportRange
    previous_range: ReportRange
    now_ms: int
    currency: str
    current: PeriodTotals
    previous: PeriodTotals
    days: tuple[DayTotals, ...]
    products: tuple[ProductConversion, ...]
    market: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    own: PeriodTotals | None = None
    account: AccountRecord | None = None

    @property
    def incomplete(self) -> bool:
        """True while the range is still running."""
        return self.range.is_incomplete(self.now_ms)


@dataclass(frozen=True, slots=True)
class _Span:
    session_id: int
    start: int
    end: int
    currency: str


class _Acc:
    """Folds bucket rows into Totals."""

    def __init__(self) -> None:
        self.sums: dict[str, float] = {}
        self.maxes: dict[str, float] = {}
        self.counts: dict[str, int] = {}

    def add(self, sums: Mapping[str, float | None], maxes: Mapping[str, float | None],
            counts: Mapping[str, int], money: bool) -> None:
        for k, v in sums.items():
            if v is not None and (money or k not in _MONEY):
                self.sums[k] = self.sums.get(k, 0.0) + v
        for k, v in maxes.items():
            if v is not None:
                self.maxes[k] = max(self.maxes.get(k, float("-inf")), v)
        for k, n in counts.items():
            self.counts[k] = self.counts.get(k, 0) + n

    def totals(self, window_s: float | None) -> Totals:
        sums: dict[str, float | None] = {k: self.sums.get(k) for k in STORED_KEYS}
        maxes: dict[str, float | None] = {k: self.maxes.get(k) for k in _GAUGES}
        means: dict[str, float | None] = {
            k: (self.sums[k] / self.counts[k] if self.counts.get(k) and k in self.sums else None) for k in _GAUGES}
        return Totals(sums, maxes, means, {}, window_s)


@dataclass(frozen=True, slots=True)
class _Bucket:
    session_id: int
    ts: int  # bucket start, UTC ms
    sums: Mapping[str, float | None]
    maxes: Mapping[str, float | None]
    counts: Mapping[str, int]


def _spans(conn: Connection, since: int, until: int, now_ms: int) -> list[_Span]:
    """Each LIVE's time on air that overlaps ``[since, until)``; a running LIVE ends at its newest sample."""
    s = t.live_session
    q = (select(s.c.id, s.c.started_at, s.c.ended_at, s.c.sample_interval_ms, s.c.currency)
         .where(s.c.started_at < until, or_(s.c.ended_at.is_(None), s.c.ended_at > since)))
    rows = list(conn.execute(q))
    running = [r.id for r in rows if r.ended_at is None]
    last: dict[int, int] = {}
    if running:
        ms = t.metric_sample
        last = {int(r[0]): int(r[1]) for r in conn.execute(
            select(ms.c.session_id, func.max(ms.c.ts)).where(ms.c.session_id.in_(running))
            .group_by(ms.c.session_id))}
    out = []
    for r in rows:
        if r.ended_at is not None:
            end = int(r.ended_at)
        elif r.id in last:
            end = min(last[r.id] + int(r.sample_interval_ms), max(now_ms, last[r.id]))
        else:
            end = max(min(now_ms, until), int(r.started_at))
        if end > since and int(r.started_at) < until:
            out.append(_Span(int(r.id), int(r.started_at), end, r.currency))
    return out


def _buckets(conn: Connection, since: int, until: int) -> list[_Bucket]:
    """Per LIVE and quarter hour, the sums of the samples in ``[since, until)``."""
    ms = t.metric_sample
    bucket = (ms.c.ts // BUCKET_MS).label("bucket")

    def query(plan: SamplePlan) -> Any:
        cols: list[Any] = [func.sum(counted(plan, k)) for k in STORED_KEYS]
        cols += [func.max(counted(plan, k)) for k in _GAUGES]
        cols += [func.count(counted(plan, k)) for k in _GAUGES]
        return (select(ms.c.session_id, bucket, *cols).where(ms.c.ts >= since, ms.c.ts < until)
                .group_by(ms.c.session_id, bucket))

    merged = multi_source_sessions(conn)  # several sources: only the rows that count (models.precedence)
    results = [conn.execute(query(SamplePlan(())).where(ms.c.session_id.not_in(merged))).all()]
    results += [conn.execute(query(plan_for(conn, sid)[0]).where(ms.c.session_id == sid)).all() for sid in merged]
    n, g = len(STORED_KEYS), len(_GAUGES)
    out = []
    for r in (row for result in results for row in result):
        sums = {k: (None if r[2 + i] is None else float(r[2 + i])) for i, k in enumerate(STORED_KEYS)}
        maxes = {k: (None if r[2 + n + j] is None else float(r[2 + n + j])) for j, k in enumerate(_GAUGES)}
        counts = {k: int(r[2 + n + g + j] or 0) for j, k in enumerate(_GAUGES)}
        out.append(_Bucket(int(r[0]), max(int(r[1]) * BUCKET_MS, since), sums, maxes, counts))
    out.sort(key=lambda b: b.ts)
    return out


def _period(since: int, until: int, spans: Sequence[_Span], buckets: Sequence[_Bucket],
            currency: str) -> PeriodTotals:
    """Totals of ``[since, until)`` from LIVE spans and bucket rows sorted by time (which may cover more)."""
    on_air = [(s, max(0, min(s.end, until) - max(s.start, since))) for s in spans if s.start < until and s.end > since]
    other = {s.session_id for s, _ in on_air if s.currency != currency}
    cur = {s.session_id: s.currency for s in spans}
    acc = _Acc()
    lo = bisect_left(buckets, since, key=lambda b: b.ts)
    hi = bisect_left(buckets, until, key=lambda b: b.ts)
    for b in buckets[lo:hi]:
        acc.add(b.sums, b.maxes, b.counts, cur.get(b.session_id, currency) == currency)
    hours = sum(ms for _, ms in on_air) / 3_600_000
    return PeriodTotals(since, until, len(on_air), hours, acc.totals((until - since) / 1000), len(other))


def accounts_by_recency(conn: Connection) -> tuple[AccountRecord, ...]:
    """Every account, the one with the newest LIVE first (accounts without LIVEs last, newest id first)."""
    a, s = t.account, t.live_session
    newest = func.max(s.c.started_at)
    q = (select(a, newest.label("newest")).outerjoin(s, s.c.account_id == a.c.id).group_by(*a.c)
         .order_by(newest.is_(None), newest.desc(), a.c.id.desc()))
    return tuple(AccountRecord(AccountRef(r.platform, r.handle), r.display_name, r.region, r.timezone, r.currency,
                               r.source, r.market, r.id) for r in conn.execute(q))


def product_conversion(conn: Connection, session_ids: Sequence[int],
                       currency: str) -> tuple[ProductConversion, ...]:
    """Per product, clicks and conversions summed over the given LIVEs, by GMV (highest first)."""
    if not session_ids:
        return ()
    sp, p = t.session_product, t.product
    sums = [func.sum(sp.c[k]) for k in ("impressions", "clicks", "add_to_cart", "sku_orders", "main_orders",
                                        "customers", "gmv")]
    q = (select(p.c.id, p.c.external_id, p.c.name, p.c.sku, p.c.currency, func.count(sp.c.session_id), *sums)
         .join(p, p.c.id == sp.c.product_id).where(sp.c.session_id.in_(list(session_ids)))
         .group_by(p.c.id, p.c.external_id, p.c.name, p.c.sku, p.c.currency))
    out = []
    for r in conn.execute(q):
        vals = [None if v is None else int(v) for v in r[6:]]
        gmv = vals[6] if r[4] == currency else None
        out.append(ProductConversion(int(r[0]), r[1], r[2], r[3], r[4], int(r[5]), *vals[:6], gmv))
    out.sort(key=lambda c: (-(c.gmv or 0), -(c.clicks or 0), c.name.casefold()))
    return tuple(out)


def load_overview(conn: Connection, req: OverviewRequest) -> OverviewData:
    """Read the overview of a range: totals, the previous period, days, products, market and own averages."""
    rng, now = req.range, req.now_ms
    accounts = accounts_by_recency(conn)
    account = next((a for a in accounts if a.id == req.account_id), accounts[0] if accounts else None)
    currency = account.currency if account is not None else "USD"
    prev = rng.previous(now)
    own_since = rng.since - BASELINE_DAYS * 86_400_000
    lo = min(prev.since, own_since)
    spans = _spans(conn, lo, rng.until, now)
    buckets = _buckets(conn, lo, rng.until)
    current = _period(rng.since, rng.until, spans, buckets, currency)
    previous = _period(prev.since, prev.until, spans, buckets, currency)
    own = _period(own_since, rng.since, spans, buckets, currency)
    days = tuple(DayTotals(d, _period(d.start, d.end, spans, buckets, currency), d.is_current(now))
                 for d in rng.days())
    in_range = [s.session_id for s in spans if s.start < rng.until and s.end > rng.since]
    market = benchmarks(conn, account.market if account else None, min(rng.until, now))
    return OverviewData(rng, prev, now, currency, current, previous, days,
                        product_conversion(conn, in_range, currency), market, own if own.has_data else None,
                        account)


# --- summary cards ------------------------------------------------------------------------------------------

CARD_KEYS = ("lives", "hours", "gmv", "views", "viewers", "conversion_rate", "avg_view_duration")
CARD_LABELS: dict[str, str] = {
    "lives": QT_TRANSLATE_NOOP("OverviewCards", "LIVEs"),
    "hours": QT_TRANSLATE_NOOP("OverviewCards", "Hours live"),
    "gmv": QT_TRANSLATE_NOOP("OverviewCards", "GMV"),
    "views": QT_TRANSLATE_NOOP("OverviewCards", "Views"),
    "viewers": QT_TRANSLATE_NOOP("OverviewCards", "Viewers"),
    "conversion_rate": QT_TRANSLATE_NOOP("OverviewCards", "Conversion"),
    "avg_view_duration": QT_TRANSLATE_NOOP("OverviewCards", "Avg. viewing duration"),
}
CARD_TIPS: dict[str, str] = {
    "lives": QT_TRANSLATE_NOOP("OverviewCards", "LIVEs on air during the range"),
    "hours": QT_TRANSLATE_NOOP("OverviewCards", "Hours on air within the range, summed over LIVEs"),
    "gmv": QT_TRANSLATE_NOOP("OverviewCards", "Value of paid orders in the range"),
    "views": QT_TRANSLATE_NOOP("OverviewCards", "Entries into the LIVE room; revisits count"),
    "viewers": QT_TRANSLATE_NOOP("OverviewCards", "Unique viewers, summed over LIVEs"),
    "conversion_rate": QT_TRANSLATE_NOOP("OverviewCards", "Customers ÷ viewers over the range (ratio of sums)"),
    "avg_view_duration": QT_TRANSLATE_NOOP("OverviewCards", "Total watch time ÷ viewers over the range"),
}


def card_label(key: str) -> str:
    """A card's title in the UI language."""
    return QCoreApplication.translate("OverviewCards", CARD_LABELS[key])


def card_tip(key: str) -> str:
    """A card's tooltip in the UI language."""
    return QCoreApplication.translate("OverviewCards", CARD_TIPS[key])


@dataclass(frozen=True, slots=True)
class CardValue:
    """A summary card: the range's value and the previous period's.

    Attributes:
        key: "lives", "hours" or a catalogue metric key.
        value: over the range (None = no data).
        previous: over the previous period (None = that period has no data).
        higher_is_better: the good direction.
    """

    key: str
    value: float | None
    previous: float | None
    higher_is_better: bool = True

    @property
    def change(self) -> float | None:
        """Relative change against the previous period; None when either side is missing or it was 0."""
        if self.value is None or self.previous is None or self.previous == 0:
            return None
        return (self.value - self.previous) / abs(self.previous)

    @property
    def good(self) -> bool | None:
        """True when the change goes the good way, False the bad way, None when flat or unknown."""
        c = self.change
        if c is None or c == 0:
            return None
        return (c > 0) == self.higher_is_better


def _card_value(p: PeriodTotals, key: str) -> float | None:
    if key == "lives":
        return float(p.lives)
    if key == "hours":
        return p.hours
    return p.value(key)


def card_values(current: PeriodTotals, previous: PeriodTotals | None) -> tuple[CardValue, ...]:
    """The summary cards of a range against the previous period ("—" there when it has no data)."""
    prev = previous if previous is not None and previous.has_data else None
    out = []
    for key in CARD_KEYS:
        better = True if key in ("lives", "hours") else mx.metric(key).higher_is_better
        out.append(CardValue(key, _card_value(current, key), None if prev is None else _card_value(prev, key),
                             better))
    return tuple(out)


def card_text(card: CardValue, currency: str) -> str:
    """The card's value in its unit."""
    if card.key == "lives":
        return fmt.count(card.value)
    if card.key == "hours":
        return fmt.duration(None if card.value is None else card.value * 3600)
    return fmt.metric_value(mx.metric(card.key), card.value, currency, compact=True)


def change_text(card: CardValue) -> str:
    """"▲ 12.5%", "▼ 3.0%", "0.0%" or "—" (no previous data)."""
    c = card.change
    if c is None:
        return fmt.MISSING
    if c == 0:
        return fmt.percent(0.0, decimals=1)
    return ("▲ " if c > 0 else "▼ ") + fmt.percent(abs(c), decimals=1)


# --- the conversion table -----------------------------------------------------------------------------------

def _conv_tip(r: ProductConversion) -> str | None:
    if r.clicks is None or r.sku_orders is None:
        return QCoreApplication.translate("ConversionTable", "Not provided by this source")
    return QCoreApplication.translate(
        "ConversionTable", "{clicks} clicks, {orders} paid orders from {customers} customers in {lives} LIVE(s)"
    ).format(clicks=fmt.count(r.clicks), orders=fmt.count(r.sku_orders), customers=fmt.count(r.customers),
             lives=r.lives)


def _conv_num(title: str, get: Any) -> ColumnSpec[ProductConversion]:
    return ColumnSpec(title, lambda r: fmt.count(get(r)), get, True, _conv_tip)


class ConversionColumn(Enum):
    """Columns of the conversion table, in model order."""

    PRODUCT = 0
    CLICKS = 1
    CUSTOMERS = 2
    ORDERS = 3
    CTOR = 4
    GMV = 5
    LIVES = 6


CONVERSION_COLUMNS: tuple[ColumnSpec[ProductConversion], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("ConversionTable", "Product"), lambda r: r.name, lambda r: r.name.casefold(),
               False, lambda r: f"{r.name}\n{r.sku}"),
    _conv_num(QT_TRANSLATE_NOOP("ConversionTable", "Clicks"), lambda r: r.clicks),
    _conv_num(QT_TRANSLATE_NOOP("ConversionTable", "Customers"), lambda r: r.customers),
    _conv_num(QT_TRANSLATE_NOOP("ConversionTable", "Orders"), lambda r: r.sku_orders),
    ColumnSpec(QT_TRANSLATE_NOOP("ConversionTable", "CTOR"), lambda r: fmt.percent(r.ctor), lambda r: r.ctor, True,
               _conv_tip),
    ColumnSpec(QT_TRANSLATE_NOOP("ConversionTable", "GMV"), lambda r: fmt.money(r.gmv, r.currency),
               lambda r: r.gmv, True),
    ColumnSpec(QT_TRANSLATE_NOOP("ConversionTable", "LIVEs"), lambda r: fmt.count(r.lives), lambda r: r.lives, True),
)
assert len(CONVERSION_COLUMNS) == len(ConversionColumn)

CONVERSION_HEADER_TIPS: dict[int, str] = {
    ConversionColumn.CLICKS.value: QT_TRANSLATE_NOOP("ConversionTable",
                                                     "Product clicks: taps that opened the product page"),
    ConversionColumn.CUSTOMERS.value: QT_TRANSLATE_NOOP("ConversionTable",
                                                        "Paying buyers, counted per LIVE and summed"),
    ConversionColumn.ORDERS.value: QT_TRANSLATE_NOOP("ConversionTable", "Paid SKU orders"),
    ConversionColumn.CTOR.value: QT_TRANSLATE_NOOP("ConversionTable", "Click-to-order rate: orders ÷ product clicks"),
    ConversionColumn.LIVES.value: QT_TRANSLATE_NOOP("ConversionTable", "LIVEs in the range that showed the product"),
}


class ConversionTableModel(RecordTableModel[ProductConversion]):
    """Per product: product clicks against customers and orders, with CTOR. Sort through a proxy (SORT_ROLE)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONVERSION_COLUMNS, "ConversionTable", parent)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = CONVERSION_HEADER_TIPS.get(section)
            return None if tip is None else QCoreApplication.translate("ConversionTable", tip)
        return super().headerData(section, orientation, role)

    def set_products(self, products: Sequence[ProductConversion]) -> None:
        """Show the products of a range."""
        self.set_rows(products)

    def retranslate(self) -> None:
        """Re-read headers and cell texts after a language change."""
        super().retranslate()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
