"""Idempotent upserts, all-or-nothing batches, NULL kept as NULL."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import func, select

from livedesk.models import repository as repo
from livedesk.models import schema as t
from livedesk.models.records import (
    AppealStatus,
    Batch,
    CommentRecord,
    EventKind,
    EventRecord,
    SampleBlock,
    SessionStatus,
    ViolationRecord,
)
from livedesk.models.store import Store, StoreError
from tests.factories import T0, base_batch, sample_batch, session_ref


def _count(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_same_batch_twice_changes_nothing(store: Store) -> None:
    batch = base_batch()
    store.write(batch)
    store.write(sample_batch("L1", 0, 100))
    store.write(batch)
    store.write(sample_batch("L1", 0, 100))
    assert _count(store, t.account) == 1
    assert _count(store, t.live_session) == 1
    assert _count(store, t.metric_sample) == 100


def test_samples_round_trip_and_null_stays_null(store: Store) -> None:
    store.write(base_batch())
    ref = session_ref()
    rows = ((T0, 1250, None), (T0 + 1000, None, 7))
    result = store.write(Batch("manual", samples=(SampleBlock(ref, ("gmv", "views"), rows, "manual"),)))
    assert result.up_to_ts == T0 + 1000
    with store.engine.connect() as conn:
        arr = repo.samples(conn, result.session_ids[0])
    assert list(arr.ts) == [T0, T0 + 1000]
    assert arr.columns["gmv"][0] == 1250 and np.isnan(arr.columns["gmv"][1])
    assert np.isnan(arr.columns["views"][0]) and arr.columns["views"][1] == 7
    assert np.isnan(arr.columns["likes"]).all()  # never written: missing, not 0


def test_a_source_lacking_a_metric_never_erases_it(store: Store) -> None:
    store.write(base_batch())
    ref = session_ref()
    store.write(Batch("manual", samples=(SampleBlock(ref, ("gmv", "views"), ((T0, 500, 10),), "manual"),)))
    store.write(Batch("manual", samples=(SampleBlock(ref, ("gmv", "views"), ((T0, None, 11),), "manual"),)))
    with store.engine.connect() as conn:
        arr = repo.samples(conn, 1)
    assert arr.columns["gmv"][0] == 500 and arr.columns["views"][0] == 11  # its NULL kept, its new value taken
    # another source writing the same moment gets a row of its own: the first source's row is not touched
    store.write(Batch("obs", samples=(SampleBlock(ref, ("gmv", "views"), ((T0, None, 12),), "obs"),)))
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.metric_sample.c.source, t.metric_sample.c.gmv, t.metric_sample.c.views)
                            .order_by(t.metric_sample.c.source)).all()
    assert [tuple(r) for r in rows] == [("manual", 500, 11), ("obs", None, 12)]


def test_bad_batch_is_rolled_back_whole(store: Store) -> None:
    store.write(base_batch())
    ref = session_ref()
    good = CommentRecord(ref, "c1", T0, "ana", "hola", "es", "manual")
    orphan = CommentRecord(session_ref("NOPE"), "c2", T0, "bob", "hi", "en", "manual")
    with pytest.raises(StoreError, match="unknown session NOPE"):
        store.write(Batch("manual", comments=(good, orphan)))
    assert _count(store, t.comment) == 0


def test_unknown_metric_column_is_refused(store: Store) -> None:
    store.write(base_batch())
    block = SampleBlock(session_ref(), ("gmv", "bogus"), ((T0, 1, 2),), "manual")
    with pytest.raises(StoreError, match="bogus"):
        store.write(Batch("manual", samples=(block,)))
    assert _count(store, t.metric_sample) == 0


def test_session_end_updates_in_place(store: Store) -> None:
    store.write(base_batch())
    store.write(base_batch(status=SessionStatus.ENDED, ended_at=T0 + 3_600_000))
    with store.engine.connect() as conn:
        (s,) = repo.list_sessions(conn)
    assert s.status is SessionStatus.ENDED and s.ended_at == T0 + 3_600_000


def test_resync_keeps_the_users_appeal(store: Store) -> None:
    store.write(base_batch())
    v = ViolationRecord(session_ref(), "v1", T0, T0 + 60_000, "Misleading claims", "r", "high", "c", "fix",
                        "manual")
    store.write(Batch("manual", violations=(v,)))
    with store.engine.connect() as conn:
        (stored,) = repo.violations(conn)
    assert stored.id is not None
    store.set_appeal(stored.id, AppealStatus.SUBMITTED, "It was a joke", "submitted by the user")
    store.write(Batch("manual", violations=(v,)))  # the source re-sends it without an appeal
    with store.engine.connect() as conn:
        (after,) = repo.violations(conn)
        history = conn.execute(select(t.appeal_history)).all()
    assert after.appeal_status is AppealStatus.SUBMITTED and after.appeal_text == "It was a joke"
    assert len(history) == 1


def test_events_are_keyed_naturally(store: Store) -> None:
    store.write(base_batch())
    e = EventRecord(session_ref(), EventKind.PRODUCT_PIN, T0 + 5000, T0 + 9000, "sku-1", "Lip oil", "manual")
    store.write(Batch("manual", events=(e, e)))
    store.write(Batch("manual", events=(e,)))
    with store.engine.connect() as conn:
        (got,) = repo.events(conn, 1)
    assert got.kind is EventKind.PRODUCT_PIN and got.ts_end == T0 + 9000


def test_stale_live_sessions_are_ended_at_their_last_sample(store: Store) -> None:
    store.write(base_batch(source="demo"))
    store.write(sample_batch("L1", 0, 30, source="demo"))
    assert store.end_stale_live_sessions("demo") == 1
    with store.engine.connect() as conn:
        (s,) = repo.list_sessions(conn)
    assert s.status is SessionStatus.ENDED and s.ended_at == T0 + 29_000


def test_a_replay_attached_by_hand_is_kept_until_it_is_detached(store: Store) -> None:
    """The demo re-sends its video with every poll, and OBS hands over its recording: neither replaces the
    video the user attached; once the user detaches it, the sources' replays apply again."""
    import dataclasses

    from livedesk.models.records import SessionReplayRecord

    def replay() -> tuple[str | None, int, bool]:
        with store.engine.connect() as conn:
            row = conn.execute(select(t.live_session.c.replay_uri, t.live_session.c.replay_offset_ms,
                                      t.live_session.c.replay_by_user)).one()
        return row.replay_uri, row.replay_offset_ms, bool(row.replay_by_user)

    batch = base_batch(source="demo")
    with_video = dataclasses.replace(batch, sessions=(dataclasses.replace(batch.sessions[0],
                                                                          replay_uri="/demo.mp4"),))
    store.write(with_video)
    assert replay() == ("/demo.mp4", 0, False)
    with store.engine.connect() as conn:
        sid = conn.execute(select(t.live_session.c.id)).scalar_one()
    store.set_replay(sid, "/mine.mp4", -2_000)
    store.write(with_video)  # the next poll
    store.write(Batch("obs", session_replays=(SessionReplayRecord(session_ref(), "/obs.mkv", T0 + 500, "obs"),)))
    assert replay() == ("/mine.mp4", -2_000, True)

    store.set_replay(sid, None, 0)  # detached: the sources' replays apply again
    store.write(with_video)
    assert replay() == ("/demo.mp4", 0, False)
    store.write(Batch("obs", session_replays=(SessionReplayRecord(session_ref(), "/obs.mkv", T0 + 500, "obs"),)))
    assert replay() == ("/obs.mkv", 500, False)
