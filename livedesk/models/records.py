"""Frozen records: what connectors yield, what the store writes and what repositories return.

Conventions (DESIGN.md §2): times are UTC epoch milliseconds, money is integer minor units of the session
currency, rates are fractions 0..1, and missing is ``None`` — never 0. Every fact carries its ``source``.
Children refer to their session through a :class:`SessionRef` (natural key), so a connector needs no
database ids; the store resolves them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Source(StrEnum):
    """Where a fact came from."""

    DEMO = "demo"
    BUNDLE = "bundle"
    SELLER_EXPORT = "seller_export"
    TIKTOK_SHOP = "tiktok_shop"
    TIKTOK_LIVE = "tiktok_live"
    OBS = "obs"
    MANUAL = "manual"


class Channel(StrEnum):
    """Normalized traffic channel; the raw name is kept beside it."""

    FOR_YOU = "FOR_YOU"
    FOLLOWING = "FOLLOWING"
    LIVE_FEED = "LIVE_FEED"
    SEARCH = "SEARCH"
    PROFILE = "PROFILE"
    SHORT_VIDEO = "SHORT_VIDEO"
    SHOP = "SHOP"
    PAID = "PAID"
    OTHER = "OTHER"


class EventKind(StrEnum):
    """Kinds of event markers on a LIVE's timeline."""

    PRODUCT_PIN = "product_pin"
    PRODUCT_UNPIN = "product_unpin"
    PROMOTION = "promotion"
    GIVEAWAY = "giveaway"
    FLASH_SALE = "flash_sale"
    VIOLATION = "violation"
    ANNOTATION = "annotation"
    LIVE_PAUSE = "live_pause"
    LIVE_END = "live_end"


class SessionStatus(StrEnum):
    """Whether a LIVE is still running."""

    LIVE = "live"
    ENDED = "ended"


class AppealStatus(StrEnum):
    """Where an appeal against a violation stands."""

    NONE = "none"
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class AccountRef:
    """Natural key of an account."""

    platform: str
    handle: str


@dataclass(frozen=True, slots=True)
class SessionRef:
    """Natural key of a LIVE session: its account and the platform's id for it."""

    account: AccountRef
    external_id: str


@dataclass(frozen=True, slots=True)
class AccountRecord:
    """A streaming account. Secrets are never here: they live in the OS keyring."""

    ref: AccountRef
    display_name: str
    region: str
    timezone: str
    currency: str
    source: str
    market: str | None = None  # benchmark market (e.g. "US/beauty"); None = no market average known
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One LIVE."""

    ref: SessionRef
    title: str
    host: str
    started_at: int
    ended_at: int | None
    status: SessionStatus
    currency: str
    source: str
    replay_uri: str | None = None
    replay_offset_ms: int = 0
    sample_interval_ms: int = 1000
    id: int | None = None

    @property
    def is_live(self) -> bool:
        """True while the LIVE runs."""
        return self.status is SessionStatus.LIVE


@dataclass(frozen=True, slots=True)
class SampleBlock:
    """Rows of the wide metric table for one session.

    Attributes:
        columns: stored metric keys, in the order of each row's values after ``ts``.
        rows: ``(ts, v1, v2, ...)`` tuples; ``None`` where a value is missing.
    """

    session: SessionRef
    columns: tuple[str, ...]
    rows: tuple[tuple[int | float | None, ...], ...]
    source: str


@dataclass(frozen=True, slots=True)
class ChannelTotalRecord:
    """One traffic channel's totals over a LIVE (base counts; rates are derived when read)."""

    session: SessionRef
    channel_raw: str
    channel: Channel
    paid: bool
    impressions: int | None
    views: int | None
    product_clicks: int | None
    sku_orders: int | None
    gmv: int | None
    source: str


@dataclass(frozen=True, slots=True)
class ChannelSampleRecord:
    """One traffic channel's figures for one time bucket."""

    session: SessionRef
    channel_raw: str
    ts: int
    impressions: int | None
    views: int | None
    gmv: int | None
    source: str


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A marker on the LIVE's timeline (pin, promotion, violation, annotation ...)."""

    session: SessionRef
    kind: EventKind
    ts: int
    ts_end: int | None
    ref: str  # discriminator within (session, kind, ts): product id, promotion id, note id ...
    label: str
    source: str
    payload_json: str = "{}"
    id: int | None = None

    @property
    def payload(self) -> dict[str, Any]:
        """The decoded payload."""
        value: dict[str, Any] = json.loads(self.payload_json)
        return value


@dataclass(frozen=True, slots=True)
class CommentRecord:
    """A viewer's comment."""

    session: SessionRef
    external_id: str
    ts: int
    user: str
    text: str
    lang: str | None
    source: str


@dataclass(frozen=True, slots=True)
class ProductRecord:
    """A product of an account's shop."""

    account: AccountRef
    external_id: str
    name: str
    sku: str
    price: int | None
    currency: str
    source: str


@dataclass(frozen=True, slots=True)
class SessionProductRecord:
    """One product's performance within one LIVE (base counts; rates derived when read)."""

    session: SessionRef
    product_external_id: str
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
    source: str


@dataclass(frozen=True, slots=True)
class PromotionRecord:
    """A giveaway, flash sale or other promotion during a LIVE."""

    session: SessionRef
    external_id: str
    kind: EventKind
    title: str
    start_ts: int
    end_ts: int
    product_external_id: str | None
    participants: int | None
    incremental_impressions: int | None
    incremental_views: int | None
    source: str


@dataclass(frozen=True, slots=True)
class ViolationRecord:
    """A content-quality violation found in a LIVE."""

    session: SessionRef
    external_id: str
    ts: int
    ts_end: int
    policy: str
    reason: str
    severity: str
    consequence: str
    recommendation: str
    source: str
    appeal_status: AppealStatus = AppealStatus.NONE
    appeal_text: str | None = None
    id: int | None = None
    appeal_evidence: str | None = None


@dataclass(frozen=True, slots=True)
class AudienceRecord:
    """Share of one bucket (e.g. female, 25-34, Texas) within an audience dimension."""

    session: SessionRef
    audience: str  # viewer | customer | impression
    dimension: str  # gender | age | region | country
    bucket: str
    share: float
    source: str


@dataclass(frozen=True, slots=True)
class FollowerSplitRecord:
    """Followers vs non-followers of the account within one LIVE."""

    session: SessionRef
    segment: str  # follower | non_follower
    gmv: int | None
    sku_orders: int | None
    main_orders: int | None
    viewers: int | None
    customers: int | None
    source: str


@dataclass(frozen=True, slots=True)
class VideoTrafficRecord:
    """A short video that sent traffic into a LIVE."""

    session: SessionRef
    video_external_id: str
    title: str
    posted_at: int | None
    impressions: int | None
    views: int | None
    gmv: int | None
    source: str


@dataclass(frozen=True, slots=True)
class BenchmarkRecord:
    """Market average of a metric (e.g. over the last 14 days)."""

    market: str
    metric: str
    window_days: int
    as_of: int
    value: float
    source: str


@dataclass(frozen=True, slots=True)
class StreamHealthRecord:
    """One stream-health sample of the encoder (OBS) feeding a LIVE.

    Attributes:
        ts: when the sample was taken (UTC ms).
        bitrate_kbps: output bitrate since the previous sample, from the change of the output byte counter.
        dropped_frames: frames dropped by the network output since the stream started (cumulative).
        total_frames: frames sent to the output since the stream started (cumulative).
        skipped_render_frames: frames the renderer missed (cumulative, OBS-wide).
        congestion: output congestion 0..1.
        cpu_percent: the encoder application's CPU usage, percent of one core.
        active: the stream output is running.
        reconnecting: the stream output is reconnecting.
    """

    session: SessionRef
    ts: int
    bitrate_kbps: float | None
    dropped_frames: int | None
    total_frames: int | None
    skipped_render_frames: int | None
    congestion: float | None
    cpu_percent: float | None
    source: str
    active: bool | None = None
    reconnecting: bool | None = None


@dataclass(frozen=True, slots=True)
class SessionReplayRecord:
    """A recording that becomes an existing LIVE's replay, without touching the LIVE's other fields.

    The store sets the session's ``replay_uri`` and ``replay_offset_ms = recorded_from - started_at``
    (video time 0 is LIVE time ``started_at + replay_offset_ms``; negative when recording began before the LIVE).

    Attributes:
        session: the LIVE (it must exist).
        replay_uri: the recording (a file URI or URL).
        recorded_from: when the recording's first frame was captured (UTC ms).
    """

    session: SessionRef
    replay_uri: str
    recorded_from: int
    source: str


@dataclass(frozen=True, slots=True)
class Batch:
    """Everything a connector yields in one poll; the store writes it in one transaction."""

    source: str
    accounts: tuple[AccountRecord, ...] = ()
    sessions: tuple[SessionRecord, ...] = ()
    samples: tuple[SampleBlock, ...] = ()
    channel_totals: tuple[ChannelTotalRecord, ...] = ()
    channel_samples: tuple[ChannelSampleRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    comments: tuple[CommentRecord, ...] = ()
    products: tuple[ProductRecord, ...] = ()
    session_products: tuple[SessionProductRecord, ...] = ()
    promotions: tuple[PromotionRecord, ...] = ()
    violations: tuple[ViolationRecord, ...] = ()
    audience: tuple[AudienceRecord, ...] = ()
    follower_split: tuple[FollowerSplitRecord, ...] = ()
    video_traffic: tuple[VideoTrafficRecord, ...] = ()
    benchmarks: tuple[BenchmarkRecord, ...] = ()
    up_to_ts: int | None = None  # the newest sample time this batch carries
    meta: tuple[tuple[str, str], ...] = field(default=())
    stream_health: tuple[StreamHealthRecord, ...] = ()
    session_replays: tuple[SessionReplayRecord, ...] = ()

    def is_empty(self) -> bool:
        """True when the batch carries no record at all."""
        return not any(
            getattr(self, name)
            for name in (
                "accounts", "sessions", "samples", "channel_totals", "channel_samples", "events", "comments",
                "products", "session_products", "promotions", "violations", "audience", "follower_split",
                "video_traffic", "benchmarks", "stream_health", "session_replays",
            )
        )
