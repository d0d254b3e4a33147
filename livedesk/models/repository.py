"""Reads from the cache: plain functions taking a Connection and returning frozen records or arrays."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
from sqlalchemy import Connection, and_, func, select

from livedesk.models import schema as t
from livedesk.models.appeals import AppealEntry, session_histories
from livedesk.models.metrics import STORED_KEYS, Totals
from livedesk.models.precedence import read_samples
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    AppealStatus,
    Channel,
    CommentRecord,
    EventKind,
    EventRecord,
    SessionRecord,
    SessionRef,
    SessionStatus,
    ViolationRecord,
)


def _ratio(num: int | None, den: int | None, scale: float = 1.0) -> float | None:
    if num is None or not den:
        return None
    return num / den * scale


@dataclass(frozen=True, slots=True)
class SampleArrays:
    """A session's metric samples as arrays.

    Attributes:
        ts: sample times, epoch ms (int64), ascending.
        columns: stored metric key → float64 array, NaN where missing.
        plan_key: the key of the source precedence the arrays were read with
            (:attr:`livedesk.models.precedence.SamplePlan.key`; a different key means re-read the LIVE whole).
    """

    ts: np.ndarray
    columns: Mapping[str, np.ndarray]
    plan_key: tuple[object, ...] = ()

    def __len__(self) -> int:
        return int(self.ts.size)

    @staticmethod
    def empty(columns: Sequence[str] = STORED_KEYS) -> SampleArrays:
        """No samples."""
        return SampleArrays(np.empty(0, np.int64), MappingProxyType({c: np.empty(0) for c in columns}))

    def window(self, start_ts: int | None = None, end_ts: int | None = None) -> SampleArrays:
        """The samples with ``start_ts <= ts < end_ts``."""
        lo = 0 if start_ts is None else int(np.searchsorted(self.ts, start_ts, "left"))
        hi = self.ts.size if end_ts is None else int(np.searchsorted(self.ts, end_ts, "left"))
        return SampleArrays(self.ts[lo:hi], MappingProxyType({k: v[lo:hi] for k, v in self.columns.items()}))



@dataclass(frozen=True, slots=True)
class ProductStat:
    """One product's performance in one LIVE, with its catalogue data."""

    product_id: int
    external_id: str
    name: str
    sku: str
    price: int | None
    pin_count: int
    first_pinned_at: int | None
    impressions: int | None
    clicks: int | None
    add_to_cart: int | None
    created_sku_orders: int | None
    sku_orders: int | None
    main_orders: int | None
    items_sold: int | None
    customers: int | None
    gmv: int | None

    @property
    def ctr(self) -> float | None:
        """Clicks ÷ impressions."""
        return _ratio(self.clicks, self.impressions)

    @property
    def ctor(self) -> float | None:
        """SKU orders ÷ clicks."""
        return _ratio(self.sku_orders, self.clicks)


@dataclass(frozen=True, slots=True)
class ChannelStat:
    """One traffic channel's totals in one LIVE."""

    channel_raw: str
    channel: Channel
    paid: bool
    impressions: int | None
    views: int | None
    product_clicks: int | None
    sku_orders: int | None
    gmv: int | None

    @property
    def tap_through_rate(self) -> float | None:
        """Views ÷ impressions (ERR)."""
        return _ratio(self.views, self.impressions)

    @property
    def ctr(self) -> float | None:
        """Product clicks ÷ views."""
        return _ratio(self.product_clicks, self.views)

    @property
    def ctor(self) -> float | None:
        """SKU orders ÷ product clicks."""
        return _ratio(self.sku_orders, self.product_clicks)

    @property
    def watch_gpm(self) -> float | None:
        """GMV per 1,000 views (minor units)."""
        return _ratio(self.gmv, self.views, 1000.0)


@dataclass(frozen=True, slots=True)
class ChannelSeries:
    """One channel's per-bucket figures over a LIVE."""

    channel_raw: str
    ts: np.ndarray
    impressions: np.ndarray
    views: np.ndarray
    gmv: np.ndarray


@dataclass(frozen=True, slots=True)
class AudienceShare:
    """Share of a bucket in one audience dimension."""

    audience: str
    dimension: str
    bucket: str
    share: float


@dataclass(frozen=True, slots=True)
class FollowerSegment:
    """Followers or non-followers in one LIVE."""

    segment: str
    gmv: int | None
    sku_orders: int | None
    main_orders: int | None
    viewers: int | None
    customers: int | None

    @property
    def avg_price(self) -> float | None:
        """GMV ÷ main orders."""
        return _ratio(self.gmv, self.main_orders)


@dataclass(frozen=True, slots=True)
class VideoTraffic:
    """A short video that brought traffic into the LIVE."""

    video_external_id: str
    title: str
    posted_at: int | None
    impressions: int | None
    views: int | None
    gmv: int | None


@dataclass(frozen=True, slots=True)
class PromotionStat:
    """A promotion or giveaway in one LIVE."""

    external_id: str
    kind: EventKind
    title: str
    start_ts: int
    end_ts: int
    product_external_id: str | None
    participants: int | None
    incremental_impressions: int | None
    incremental_views: int | None


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """Everything the screens show for one LIVE, read in one go off the GUI thread."""

    session: SessionRecord
    account: AccountRecord
    samples: SampleArrays
    events: tuple[EventRecord, ...]
    comments: tuple[CommentRecord, ...]
    products: tuple[ProductStat, ...]
    channels: tuple[ChannelStat, ...]
    channel_series: tuple[ChannelSeries, ...]
    audience: tuple[AudienceShare, ...]
    followers: tuple[FollowerSegment, ...]
    videos: tuple[VideoTraffic, ...]
    promotions: tuple[PromotionStat, ...]
    violations: tuple[ViolationRecord, ...]
    benchmarks: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    totals: Totals | None = None  # running totals of all samples, kept by the session service
    appeals: Mapping[int, tuple[AppealEntry, ...]] = field(default_factory=lambda: MappingProxyType({}))
    samples_key: tuple[object, ...] = ()  # the source precedence the samples were read with (SampleArrays.plan_key)

    def whole_totals(self) -> Totals:
        """Totals over the whole LIVE so far, with its length as the window."""
        s = self.session
        end = s.ended_at if s.ended_at is not None else self.last_ts + s.sample_interval_ms
        window_s = (end - s.started_at) / 1000.0
        if self.totals is not None:
            return dataclasses.replace(self.totals, window_s=window_s)
        return Totals.of_arrays(self.samples.columns, window_s)

    @property
    def last_ts(self) -> int:
        """Newest sample time, or the LIVE's start when it has none."""
        return int(self.samples.ts[-1]) if len(self.samples) else self.session.started_at


# --- sessions & accounts ------------------------------------------------------------------------------

def _account(row: object) -> AccountRecord:
    r = row._mapping  # type: ignore[attr-defined]
    return AccountRecord(AccountRef(r["platform"], r["handle"]), r["display_name"], r["region"], r["timezone"],
                         r["currency"], r["source"], r["market"], r["id"])


def _session(row: object) -> SessionRecord:
    r = row._mapping  # type: ignore[attr-defined]
    return SessionRecord(
        SessionRef(AccountRef(r["platform"], r["handle"]), r["external_id"]), r["title"], r["host"],
        r["started_at"], r["ended_at"], SessionStatus(r["status"]), r["currency"], r["source"],
        r["replay_uri"], r["replay_offset_ms"], r["sample_interval_ms"], r["id"],
    )


_SESSION_COLS = (t.live_session, t.account.c.platform, t.account.c.handle)


def list_sessions(conn: Connection, *, since: int | None = None, until: int | None = None,
                  search: str | None = None, account_id: int | None = None) -> tuple[SessionRecord, ...]:
    """Sessions, newest first, optionally filtered by start time, title/host text and account."""
    q = select(*_SESSION_COLS).join(t.account, t.account.c.id == t.live_session.c.account_id)
    if since is not None:
        q = q.where(t.live_session.c.started_at >= since)
    if until is not None:
        q = q.where(t.live_session.c.started_at < until)
    if account_id is not None:
        q = q.where(t.live_session.c.account_id == account_id)
    if search:
        like = f"%{search}%"
        q = q.where(t.live_session.c.title.ilike(like) | t.live_session.c.host.ilike(like))
    q = q.order_by(t.live_session.c.started_at.desc())
    return tuple(_session(r) for r in conn.execute(q))


def get_session(conn: Connection, session_id: int) -> SessionRecord | None:
    """One session by id."""
    q = (select(*_SESSION_COLS).join(t.account, t.account.c.id == t.live_session.c.account_id)
         .where(t.live_session.c.id == session_id))
    row = conn.execute(q).first()
    return None if row is None else _session(row)


def get_account(conn: Connection, account_id: int) -> AccountRecord | None:
    """One account by id."""
    row = conn.execute(select(t.account).where(t.account.c.id == account_id)).first()
    return None if row is None else _account(row)


def list_accounts(conn: Connection) -> tuple[AccountRecord, ...]:
    """Every account of the cache, by handle."""
    return tuple(_account(r) for r in conn.execute(select(t.account).order_by(t.account.c.handle)))


def session_account_id(conn: Connection, session_id: int) -> int:
    """The id of the account a session belongs to."""
    return int(conn.execute(select(t.live_session.c.account_id).where(t.live_session.c.id == session_id))
               .scalar_one())


def samples(conn: Connection, session_id: int, *, since_ts: int | None = None,
            columns: Sequence[str] = STORED_KEYS) -> SampleArrays:
    """A session's samples (newer than ``since_ts`` if given) as arrays, read at driver level.

    A LIVE several sources wrote is read with the source precedence (:mod:`livedesk.models.precedence`): one
    time axis, and per metric only the rows of the source that counts at each moment.
    """
    bad = set(columns) - set(STORED_KEYS)
    if bad:
        raise KeyError(f"not stored metrics: {sorted(bad)}")
    ts, values, plan = read_samples(conn, session_id, columns, since_ts=since_ts)
    return SampleArrays(ts, MappingProxyType(values), plan.key)


def events(conn: Connection, session_id: int, *, after_id: int | None = None) -> tuple[EventRecord, ...]:
    """A session's event markers in time order."""
    q = (select(t.event, t.account.c.platform, t.account.c.handle, t.live_session.c.external_id)
         .join(t.live_session, t.live_session.c.id == t.event.c.session_id)
         .join(t.account, t.account.c.id == t.live_session.c.account_id)
         .where(t.event.c.session_id == session_id))
    if after_id is not None:
        q = q.where(t.event.c.id > after_id)
    out = []
    for row in conn.execute(q.order_by(t.event.c.ts, t.event.c.id)):
        r = row._mapping
        ref = SessionRef(AccountRef(r["platform"], r["handle"]), r["external_id"])
        out.append(EventRecord(ref, EventKind(r["kind"]), r["ts"], r["ts_end"], r["ref"], r["label"],
                               r["source"], r["payload"], r["id"]))
    return tuple(out)


def comments(conn: Connection, session_id: int, ref: SessionRef, *,
             since_ts: int | None = None) -> tuple[CommentRecord, ...]:
    """A session's comments in time order (newer than ``since_ts`` if given)."""
    q = select(t.comment).where(t.comment.c.session_id == session_id)
    if since_ts is not None:
        q = q.where(t.comment.c.ts > since_ts)
    return tuple(CommentRecord(ref, r.external_id, r.ts, r.user, r.text, r.lang, r.source)
                 for r in conn.execute(q.order_by(t.comment.c.ts, t.comment.c.external_id)))


def products(conn: Connection, session_id: int) -> tuple[ProductStat, ...]:
    """Per-product performance within a session."""
    sp, p = t.session_product, t.product
    q = (select(sp, p.c.id.label("pid"), p.c.external_id, p.c.name, p.c.sku, p.c.price)
         .join(p, p.c.id == sp.c.product_id).where(sp.c.session_id == session_id).order_by(p.c.external_id))
    return tuple(ProductStat(
        r.pid, r.external_id, r.name, r.sku, r.price, r.pin_count, r.first_pinned_at, r.impressions, r.clicks,
        r.add_to_cart, r.created_sku_orders, r.sku_orders, r.main_orders, r.items_sold, r.customers, r.gmv,
    ) for r in conn.execute(q))


def channels(conn: Connection, session_id: int) -> tuple[ChannelStat, ...]:
    """Per-channel traffic totals within a session."""
    c = t.channel_total
    q = select(c).where(c.c.session_id == session_id).order_by(c.c.impressions.desc())
    return tuple(ChannelStat(r.channel_raw, Channel(r.channel), bool(r.paid), r.impressions, r.views,
                             r.product_clicks, r.sku_orders, r.gmv) for r in conn.execute(q))


def channel_series(conn: Connection, session_id: int) -> tuple[ChannelSeries, ...]:
    """Per-channel time series within a session."""
    c = t.channel_sample
    q = (select(c.c.channel_raw, c.c.ts, c.c.impressions, c.c.views, c.c.gmv)
         .where(c.c.session_id == session_id).order_by(c.c.channel_raw, c.c.ts))
    by: dict[str, list[tuple[int, int | None, int | None, int | None]]] = {}
    for r in conn.execute(q):
        by.setdefault(r.channel_raw, []).append((r.ts, r.impressions, r.views, r.gmv))
    out = []
    for name, rows in by.items():
        a = np.array(rows, dtype=np.float64)
        out.append(ChannelSeries(name, a[:, 0].astype(np.int64), a[:, 1], a[:, 2], a[:, 3]))
    return tuple(out)


def audience(conn: Connection, session_id: int) -> tuple[AudienceShare, ...]:
    """Audience profile shares of a session."""
    a = t.audience
    q = select(a).where(a.c.session_id == session_id).order_by(a.c.audience, a.c.dimension, a.c.share.desc())
    return tuple(AudienceShare(r.audience, r.dimension, r.bucket, r.share) for r in conn.execute(q))


def followers(conn: Connection, session_id: int) -> tuple[FollowerSegment, ...]:
    """Follower vs non-follower split of a session."""
    f = t.follower_split
    q = select(f).where(f.c.session_id == session_id).order_by(f.c.segment)
    return tuple(FollowerSegment(r.segment, r.gmv, r.sku_orders, r.main_orders, r.viewers, r.customers)
                 for r in conn.execute(q))


def videos(conn: Connection, session_id: int) -> tuple[VideoTraffic, ...]:
    """Short videos that sent traffic into a session."""
    v = t.video_traffic
    q = select(v).where(v.c.session_id == session_id).order_by(v.c.impressions.desc())
    return tuple(VideoTraffic(r.video_external_id, r.title, r.posted_at, r.impressions, r.views, r.gmv)
                 for r in conn.execute(q))


def promotions(conn: Connection, session_id: int) -> tuple[PromotionStat, ...]:
    """Promotions and giveaways of a session."""
    p = t.promotion
    q = select(p).where(p.c.session_id == session_id).order_by(p.c.start_ts)
    return tuple(PromotionStat(r.external_id, EventKind(r.kind), r.title, r.start_ts, r.end_ts,
                               r.product_external_id, r.participants, r.incremental_impressions,
                               r.incremental_views) for r in conn.execute(q))


def violations(conn: Connection, session_id: int | None = None) -> tuple[ViolationRecord, ...]:
    """Violations of one session, or of every cached session."""
    v, s = t.violation, t.live_session
    q = (select(v, s.c.external_id.label("session_external_id"), t.account.c.platform, t.account.c.handle)
         .join(s, s.c.id == v.c.session_id).join(t.account, t.account.c.id == s.c.account_id))
    if session_id is not None:
        q = q.where(v.c.session_id == session_id)
    out = []
    for r in conn.execute(q.order_by(v.c.ts)):
        ref = SessionRef(AccountRef(r.platform, r.handle), r.session_external_id)
        out.append(ViolationRecord(ref, r.external_id, r.ts, r.ts_end, r.policy, r.reason, r.severity,
                                   r.consequence, r.recommendation, r.source, AppealStatus(r.appeal_status),
                                   r.appeal_text, r.id, r.appeal_evidence))
    return tuple(out)


def benchmarks(conn: Connection, market: str | None, as_of: int) -> Mapping[str, float]:
    """The newest market averages (14-day window) on or before ``as_of``: metric → value."""
    if not market:
        return MappingProxyType({})
    b = t.benchmark
    newest = (select(b.c.metric, func.max(b.c.as_of).label("as_of"))
              .where(b.c.market == market, b.c.as_of <= as_of, b.c.window_days == 14)
              .group_by(b.c.metric).subquery())
    q = select(b.c.metric, b.c.value).join(
        newest, and_(b.c.metric == newest.c.metric, b.c.as_of == newest.c.as_of)
    ).where(b.c.market == market, b.c.window_days == 14)
    return MappingProxyType({r.metric: float(r.value) for r in conn.execute(q)})


def load_snapshot(conn: Connection, session_id: int) -> SessionSnapshot:
    """Everything the screens need for one session, in one read."""
    session = get_session(conn, session_id)
    if session is None:
        raise KeyError(f"no session with id {session_id}")
    account = get_account(conn, session_account_id(conn, session_id))
    assert account is not None
    arrays = samples(conn, session_id)
    return SessionSnapshot(
        session=session,
        account=account,
        samples=arrays,
        samples_key=arrays.plan_key,
        events=events(conn, session_id),
        comments=comments(conn, session_id, session.ref),
        products=products(conn, session_id),
        channels=channels(conn, session_id),
        channel_series=channel_series(conn, session_id),
        audience=audience(conn, session_id),
        followers=followers(conn, session_id),
        videos=videos(conn, session_id),
        promotions=promotions(conn, session_id),
        violations=violations(conn, session_id),
        benchmarks=benchmarks(conn, account.market, session.started_at),
        appeals=session_histories(conn, session_id),
    )
