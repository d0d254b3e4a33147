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
