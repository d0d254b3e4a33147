"""Small record builders for tests."""

from __future__ import annotations

from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    Batch,
    SampleBlock,
    SessionRecord,
    SessionRef,
    SessionStatus,
)

ACCOUNT = AccountRef("tiktok", "@tester")
T0 = 1_767_000_000_000


def session_ref(external_id: str = "L1") -> SessionRef:
    """A session of the test account."""
    return SessionRef(ACCOUNT, external_id)


def base_batch(external_id: str = "L1", *, status: SessionStatus = SessionStatus.LIVE, started_at: int = T0,
               ended_at: int | None = None, source: str = "manual") -> Batch:
    """An account and one session."""
    return Batch(
        source,
        accounts=(AccountRecord(ACCOUNT, "Tester", "US", "UTC", "USD", source, "US/beauty"),),
        sessions=(SessionRecord(session_ref(external_id), f"LIVE {external_id}", "host", started_at, ended_at,
                                status, "USD", source),),
    )


def sample_batch(external_id: str, start_s: int, n: int, columns: tuple[str, ...] = ("gmv", "views"),
                 source: str = "manual") -> Batch:
    """``n`` one-second samples from ``start_s`` with value = second index for every column."""
    rows = tuple((T0 + (start_s + i) * 1000, *([start_s + i] * len(columns))) for i in range(n))
    return Batch(source, samples=(SampleBlock(session_ref(external_id), columns, rows, source),),
                 up_to_ts=rows[-1][0] if rows else None)


def rich_batch(external_id: str = "L1", seconds: int = 600) -> Batch:
    """A LIVE with samples of every stored metric, channels, events and comments."""
    from livedesk.models.metrics import STORED_KEYS
    from livedesk.models.records import Channel, ChannelTotalRecord, CommentRecord, EventKind, EventRecord

    ref = session_ref(external_id)
    rows = []
    for i in range(seconds):
        values = {k: (i % 7) + 1 for k in STORED_KEYS}
        values["impressions"] = 100
        values["views"] = 10
        values["current_viewers"] = 50 + i
        values["ads_cost"] = None
        rows.append((T0 + i * 1000, *(values[k] for k in STORED_KEYS)))
    channels = (
        ChannelTotalRecord(ref, "For You feed", Channel.FOR_YOU, False, 6000, 700, 90, 9, 90_000, "manual"),
        ChannelTotalRecord(ref, "Search", Channel.SEARCH, False, 3000, 250, 40, 6, 60_000, "manual"),
        ChannelTotalRecord(ref, "LIVE ads", Channel.PAID, True, 1000, 50, None, None, None, "manual"),
    )
    events = (
        EventRecord(ref, EventKind.PRODUCT_PIN, T0 + 60_000, T0 + 120_000, "sku-1", "Lip oil", "manual"),
        EventRecord(ref, EventKind.VIOLATION, T0 + 300_000, T0 + 330_000, "v1", "Misleading claims", "manual"),
    )
    comments = tuple(CommentRecord(ref, f"c{i}", T0 + i * 10_000, f"user{i}", f"comment {i}", "en", "manual")
                     for i in range(seconds // 10))
    return Batch("manual", samples=(SampleBlock(ref, STORED_KEYS, tuple(rows), "manual"),),
                 channel_totals=channels, events=events, comments=comments)


def violation_batch(external_id: str = "L1", source: str = "manual", n: int = 2) -> Batch:
    """``n`` violations of a session, the first 300 s into the LIVE, each 30 s long, 600 s apart."""
    from livedesk.models.records import ViolationRecord

    ref = session_ref(external_id)
    policies = ("Misleading claims", "Prohibited products", "Minor safety")
    return Batch(source, violations=tuple(
        ViolationRecord(ref, f"v{i + 1}", T0 + 300_000 + i * 600_000, T0 + 330_000 + i * 600_000,
                        policies[i % 3], f"reason {i + 1}", ("high", "medium", "low")[i % 3],
                        "Traffic restricted for 30 minutes", "Show the product's certificate", source)
        for i in range(n)))
