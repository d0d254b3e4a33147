"""The cache database schema (SQLAlchemy Core). Changes go through Alembic migrations only.

Every fact table carries ``source``; every table has a natural unique key so writes are idempotent upserts.
Metric samples are stored *wide*: one row per (session, ts) with one nullable column per stored metric of
the catalogue, which reads a 4-hour LIVE in one indexed range scan.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from livedesk.models.metrics import STORED_KEYS

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


def _session_fk(*, primary_key: bool = False) -> Column[int]:
    return Column(
        "session_id", Integer, ForeignKey("live_session.id", ondelete="CASCADE"), nullable=False,
        primary_key=primary_key,
    )


def _source() -> Column[str]:
    return Column("source", String(32), nullable=False)


account = Table(
    "account",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("platform", String(32), nullable=False),
    Column("handle", String(128), nullable=False),
    Column("display_name", String(256), nullable=False),
    Column("region", String(16), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("market", String(64)),
    _source(),
    UniqueConstraint("platform", "handle", name="uq_account_platform_handle"),
)

live_session = Table(
    "live_session",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("account.id", ondelete="CASCADE"), nullable=False),
    Column("external_id", String(128), nullable=False),
    Column("title", String(512), nullable=False),
    Column("host", String(256), nullable=False),
    Column("started_at", BigInteger, nullable=False),
    Column("ended_at", BigInteger),
    Column("status", String(16), nullable=False),
    Column("replay_uri", Text),
    Column("replay_offset_ms", BigInteger, nullable=False, default=0),
    Column("sample_interval_ms", Integer, nullable=False, default=1000),
    Column("currency", String(3), nullable=False),
    _source(),
    # the replay was attached by hand (Attach video): a connector's later replay does not replace it
    Column("replay_by_user", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("account_id", "external_id", name="uq_live_session_account_external"),
    Index("ix_live_session_started_at", "started_at"),
)

# One row per (session, source, ts): two sources writing the same LIVE (see livedesk.models.merging) never share
# a row, so each value keeps the source it came from and a merge can be undone row for row. Which source a
# figure is read from is decided when reading (livedesk.models.precedence).
metric_sample = Table(
    "metric_sample",
    metadata,
    _session_fk(),
    Column("ts", BigInteger, nullable=False),
    _source(),
    *(Column(key, BigInteger) for key in STORED_KEYS),
    PrimaryKeyConstraint("session_id", "source", "ts", name="pk_metric_sample"),
    sqlite_with_rowid=False,
)

# When each source last wrote samples of a LIVE: a source's LIVE totals (one row at its start) are complete up
# to that moment; another source's later seconds complete them (livedesk.models.precedence).
sample_source = Table(
    "sample_source",
    metadata,
    _session_fk(),
    _source(),
    Column("observed_at", BigInteger, nullable=False),
    UniqueConstraint("session_id", "source", name="uq_sample_source_session_source"),
)

channel_total = Table(
    "channel_total",
    metadata,
    _session_fk(),
    Column("channel_raw", String(128), nullable=False),
    Column("channel", String(32), nullable=False),
    Column("paid", Boolean, nullable=False),
    Column("impressions", BigInteger),
    Column("views", BigInteger),
    Column("product_clicks", BigInteger),
    Column("sku_orders", BigInteger),
    Column("gmv", BigInteger),
    _source(),
    UniqueConstraint("session_id", "channel_raw", name="uq_channel_total_session_channel"),
)

channel_sample = Table(
    "channel_sample",
    metadata,
    _session_fk(),
    Column("channel_raw", String(128), nullable=False),
    Column("ts", BigInteger, nullable=False),
    Column("impressions", BigInteger),
    Column("views", BigInteger),
    Column("gmv", BigInteger),
    _source(),
    UniqueConstraint("session_id", "channel_raw", "ts", name="uq_channel_sample_session_channel_ts"),
)

event = Table(
    "event",
    metadata,
    Column("id", Integer, primary_key=True),
    _session_fk(),
    Column("kind", String(32), nullable=False),
    Column("ts", BigInteger, nullable=False),
    Column("ts_end", BigInteger),
    Column("ref", String(128), nullable=False),
    Column("label", String(512), nullable=False),
    Column("payload", Text, nullable=False),
    _source(),
    UniqueConstraint("session_id", "kind", "ts", "ref", name="uq_event_session_kind_ts_ref"),
)

comment = Table(
    "comment",
    metadata,
    _session_fk(),
    Column("external_id", String(128), nullable=False),
    Column("ts", BigInteger, nullable=False),
    Column("user", String(256), nullable=False),
    Column("text", Text, nullable=False),
    Column("lang", String(16)),
    _source(),
    UniqueConstraint("session_id", "external_id", name="uq_comment_session_external"),
    Index("ix_comment_session_ts", "session_id", "ts"),
)

product = Table(
    "product",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("account.id", ondelete="CASCADE"), nullable=False),
    Column("external_id", String(128), nullable=False),
    Column("name", String(512), nullable=False),
    Column("sku", String(128), nullable=False),
    Column("price", BigInteger),
    Column("currency", String(3), nullable=False),
    _source(),
    UniqueConstraint("account_id", "external_id", name="uq_product_account_external"),
)

session_product = Table(
    "session_product",
    metadata,
    _session_fk(),
    Column("product_id", Integer, ForeignKey("product.id", ondelete="CASCADE"), nullable=False),
    Column("pin_count", Integer, nullable=False),
    Column("first_pinned_at", BigInteger),
    Column("impressions", BigInteger),
    Column("clicks", BigInteger),
    Column("add_to_cart", BigInteger),
    Column("created_sku_orders", BigInteger),
    Column("sku_orders", BigInteger),
    Column("main_orders", BigInteger),
    Column("items_sold", BigInteger),
    Column("customers", BigInteger),
    Column("gmv", BigInteger),
    _source(),
    UniqueConstraint("session_id", "product_id", name="uq_session_product_session_product"),
)

promotion = Table(
    "promotion",
    metadata,
    _session_fk(),
    Column("external_id", String(128), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("title", String(512), nullable=False),
    Column("start_ts", BigInteger, nullable=False),
    Column("end_ts", BigInteger, nullable=False),
    Column("product_external_id", String(128)),
    Column("participants", BigInteger),
    Column("incremental_impressions", BigInteger),
    Column("incremental_views", BigInteger),
    _source(),
    UniqueConstraint("session_id", "external_id", name="uq_promotion_session_external"),
)

violation = Table(
    "violation",
    metadata,
    Column("id", Integer, primary_key=True),
    _session_fk(),
    Column("external_id", String(128), nullable=False),
    Column("ts", BigInteger, nullable=False),
    Column("ts_end", BigInteger, nullable=False),
    Column("policy", String(256), nullable=False),
    Column("reason", Text, nullable=False),
    Column("severity", String(32), nullable=False),
    Column("consequence", Text, nullable=False),
    Column("recommendation", Text, nullable=False),
    Column("appeal_status", String(16), nullable=False),
    Column("appeal_text", Text),
    Column("appeal_evidence", Text),  # file name of the evidence kept in the data dir's appeals folder
    _source(),
    UniqueConstraint("session_id", "external_id", name="uq_violation_session_external"),
)

appeal_history = Table(
    "appeal_history",
    metadata,
    Column("violation_id", Integer, ForeignKey("violation.id", ondelete="CASCADE"), nullable=False),
    Column("ts", BigInteger, nullable=False),
    Column("status", String(16), nullable=False),
    Column("note", Text, nullable=False),
    _source(),
    UniqueConstraint("violation_id", "ts", "status", name="uq_appeal_history_violation_ts_status"),
)

audience = Table(
    "audience",
    metadata,
    _session_fk(),
    Column("audience", String(16), nullable=False),
    Column("dimension", String(16), nullable=False),
    Column("bucket", String(128), nullable=False),
    Column("share", Float, nullable=False),
    _source(),
    UniqueConstraint("session_id", "audience", "dimension", "bucket", name="uq_audience_key"),
)

follower_split = Table(
    "follower_split",
    metadata,
    _session_fk(),
    Column("segment", String(16), nullable=False),
    Column("gmv", BigInteger),
    Column("sku_orders", BigInteger),
    Column("main_orders", BigInteger),
    Column("viewers", BigInteger),
    Column("customers", BigInteger),
    _source(),
    UniqueConstraint("session_id", "segment", name="uq_follower_split_session_segment"),
)

video_traffic = Table(
    "video_traffic",
    metadata,
    _session_fk(),
    Column("video_external_id", String(128), nullable=False),
    Column("title", String(512), nullable=False),
    Column("posted_at", BigInteger),
    Column("impressions", BigInteger),
    Column("views", BigInteger),
    Column("gmv", BigInteger),
    _source(),
    UniqueConstraint("session_id", "video_external_id", name="uq_video_traffic_session_video"),
)

benchmark = Table(
    "benchmark",
    metadata,
    Column("market", String(64), nullable=False),
    Column("metric", String(64), nullable=False),
    Column("window_days", Integer, nullable=False),
    Column("as_of", BigInteger, nullable=False),
    Column("value", Float, nullable=False),
    _source(),
    UniqueConstraint("market", "metric", "window_days", "as_of", name="uq_benchmark_key"),
)

sync_state = Table(
    "sync_state",
    metadata,
    Column("connector", String(32), nullable=False),
    Column("scope", String(256), nullable=False),
    Column("cursor", Text),
    Column("last_success", BigInteger),
    Column("last_error", Text),
    Column("retry_after", BigInteger),
    Column("updated_at", BigInteger, nullable=False),
    UniqueConstraint("connector", "scope", name="uq_sync_state_connector_scope"),
)

stream_health = Table(
    "stream_health",
    metadata,
    _session_fk(),
    Column("ts", BigInteger, nullable=False),
    Column("bitrate_kbps", Float),
    Column("dropped_frames", BigInteger),
    Column("total_frames", BigInteger),
    Column("skipped_render_frames", BigInteger),
    Column("congestion", Float),
    Column("cpu_percent", Float),
    Column("active", Boolean),
    Column("reconnecting", Boolean),
    _source(),
    UniqueConstraint("session_id", "ts", name="uq_stream_health_session_ts"),
)

# The same LIVE seen by several sources (see livedesk.models.merging): the natural key one source gave it
# (its account + external id) → the session it was merged into. The merged session keeps its own natural key.
session_alias = Table(
    "session_alias",
    metadata,
    Column("account_id", Integer, ForeignKey("account.id", ondelete="CASCADE"), nullable=False),
    Column("external_id", String(128), nullable=False),
    _session_fk(),
    Column("method", String(16), nullable=False),  # "id" (same platform id) or "handle_time" (handle + overlap)
    _source(),
    # what that source last said about the LIVE itself, so that undoing the merge gives it back its own LIVE
    Column("title", String(512)),
    Column("host", String(256)),
    Column("started_at", BigInteger),
    Column("ended_at", BigInteger),
    Column("status", String(16)),
    Column("currency", String(3)),
    Column("sample_interval_ms", Integer),
    UniqueConstraint("account_id", "external_id", name="uq_session_alias_account_external"),
    Index("ix_session_alias_session_id", "session_id"),
)

# A merge the user undid (livedesk.models.merging.separate): these two natural keys are different LIVEs and are
# never merged again automatically, whichever of them a source sends first.
session_split = Table(
    "session_split",
    metadata,
    Column("account_id", Integer, ForeignKey("account.id", ondelete="CASCADE"), nullable=False),
    Column("external_id", String(128), nullable=False),
    Column("other_account_id", Integer, ForeignKey("account.id", ondelete="CASCADE"), nullable=False),
    Column("other_external_id", String(128), nullable=False),
    Column("split_at", BigInteger, nullable=False),
    UniqueConstraint("account_id", "external_id", "other_account_id", "other_external_id",
                     name="uq_session_split_keys"),
)
