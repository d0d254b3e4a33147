"""Snapshots and live deltas read off the GUI thread."""

from __future__ import annotations

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from livedesk.models.records import Batch, CommentRecord
from livedesk.models.repository import SampleArrays
from livedesk.models.store import Store
from livedesk.services.session_data import LoaderWorker, SampleBuffer, SessionService
from tests.factories import T0, base_batch, sample_batch, session_ref


def test_snapshot_then_delta(qtbot: QtBot, store: Store) -> None:
    store.write(base_batch())
    store.write(sample_batch("L1", 0, 10))
    service = SessionService(LoaderWorker(store.engine))
    service.start()
    try:
        with qtbot.waitSignal(service.sessions_changed, timeout=5000) as blocker:
            service.refresh_sessions()
        (session,) = blocker.args[0]
        with qtbot.waitSignal(service.snapshot_changed, timeout=5000) as blocker:
            service.select(session.id)
        snap, delta = blocker.args
        assert delta is None and len(snap.samples) == 10
        comment = CommentRecord(session_ref(), "c1", T0 + 12_000, "mia", "love it", "en", "manual")
        store.write(sample_batch("L1", 10, 5))
        store.write(Batch("manual", comments=(comment,)))
        with qtbot.waitSignal(service.snapshot_changed, timeout=5000,
                              check_params_cb=lambda s, d: d is not None and len(s.samples) == 15) as blocker:
            service.on_session_updated(session.id, frozenset({"samples", "comments"}), T0 + 14_000)
        snap, delta = blocker.args
        assert list(snap.samples.columns["gmv"][-5:]) == [10, 11, 12, 13, 14]
        qtbot.waitUntil(lambda: service.snapshot is not None and len(service.snapshot.comments) == 1, timeout=5000)
    finally:
        assert service.shutdown()


def test_other_sessions_updates_are_ignored(qtbot: QtBot, store: Store) -> None:
    store.write(base_batch())
    service = SessionService(LoaderWorker(store.engine))
    service.start()
    try:
        with qtbot.waitSignal(service.snapshot_changed, timeout=5000):
            service.select(1)
        with qtbot.assertNotEmitted(service.snapshot_changed, wait=200):
            service.on_session_updated(99, frozenset({"samples"}), None)
    finally:
        assert service.shutdown()


def test_unknown_session_reports_failure(qtbot: QtBot, store: Store) -> None:
    service = SessionService(LoaderWorker(store.engine))
    service.start()
    try:
        with qtbot.waitSignal(service.failed, timeout=5000, check_params_cb=lambda m: "42" in m):
            service.select(42)
    finally:
        assert service.shutdown()


def test_sample_buffer_appends_and_grows() -> None:
    def arrays(start: int, n: int) -> SampleArrays:
        ts = np.arange(start, start + n, dtype=np.int64)
        return SampleArrays(ts, {"gmv": ts.astype(float)})

    buf = SampleBuffer(arrays(0, 3))
    for start in range(3, 5000, 7):
        buf.extend(arrays(start, 7))
    buf.extend(arrays(10, 3))  # older rows are ignored
    out = buf.arrays()
    assert np.array_equal(out.ts, np.arange(0, out.ts.size))
    assert np.array_equal(out.columns["gmv"], out.ts.astype(float))
    assert np.isnan(out.columns["views"]).all()
    assert not out.ts.flags.writeable


def test_running_totals_equal_a_full_recount() -> None:
    from livedesk.models import metrics as mx

    rng = np.random.default_rng(3)

    def block(start: int, n: int) -> SampleArrays:
        ts = np.arange(start, start + n, dtype=np.int64)
        views = rng.integers(0, 50, n).astype(float)
        views[rng.random(n) < 0.2] = np.nan  # missing stays missing
        viewers = rng.integers(0, 900, n).astype(float)
        viewers[rng.random(n) < 0.3] = np.nan  # a gauge's newest row may be missing: its last is an older one
        return SampleArrays(ts, {"views": views, "current_viewers": viewers})

    buf = SampleBuffer(block(0, 100))
    for start in range(100, 2000, 37):
        buf.extend(block(start, 37))
    arrays = buf.arrays()
    full = mx.Totals.of_arrays(arrays.columns, 60.0)
    running = buf.totals(60.0)
    for key in ("views", "pcu", "acu", "current_viewers", "likes"):
        m = mx.metric(key)
        assert mx.value(m, running) == pytest.approx(mx.value(m, full)), key
    for field in ("sums", "maxes", "means", "lasts"):  # every column, missing ones as None
        mine, theirs = getattr(running, field), getattr(full, field)
        for key in mx.STORED_KEYS:
            assert mine.get(key) == pytest.approx(theirs.get(key)), (field, key)
    assert running.sums["likes"] is None and running.lasts["current_viewers"] is not None


def test_running_tables_are_reread_at_most_every_few_seconds(qtbot: QtBot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from livedesk.models.records import Channel, ChannelTotalRecord
    from livedesk.services import session_data

    monkeypatch.setattr(session_data, "TABLE_REFRESH_S", 0.3)
    store.write(base_batch())
    service = SessionService(LoaderWorker(store.engine))
    service.start()
    try:
        with qtbot.waitSignal(service.snapshot_changed, timeout=5000):
            service.select(1)
        channel = ChannelTotalRecord(session_ref(), "Search", Channel.SEARCH, False, 10, 5, 1, 1, 100, "manual")
        store.write(Batch("manual", channel_totals=(channel,)))
        store.write(sample_batch("L1", 0, 1))
        with qtbot.waitSignal(service.snapshot_changed, timeout=5000):  # the samples come at once ...
            service.on_session_updated(1, frozenset({"samples", "channels"}), None)
        assert service.snapshot is not None and service.snapshot.channels == ()
        # ... the channel totals within the refresh interval, even with no further update
        qtbot.waitUntil(lambda: service.snapshot is not None and len(service.snapshot.channels) == 1, timeout=5000)
    finally:
        assert service.shutdown()
