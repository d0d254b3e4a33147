"""Per-metric source precedence: a LIVE written by TikTok Shop and by the TikTok LIVE room is never counted twice.

Both sources write the same LIVE into a real SQLite cache, in the shapes their connectors send: TikTok Shop a
LIVE-totals row at the LIVE's start (while it runs, its running totals, rewritten each poll) and later a per-minute
series; the room per-second rows. The store's clock says when each source wrote (what a LIVE total covers).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from livedesk.models import overview as ov
from livedesk.models import precedence
from livedesk.models import repository as repo
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.history import session_totals
from livedesk.models.merging import metric_sources
from livedesk.models.metrics import BY_KEY, Totals, value
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    Batch,
    SampleBlock,
    SessionRecord,
    SessionRef,
    SessionStatus,
)
from livedesk.models.store import Store
from livedesk.services.session_data import DeltaRequest, LoaderWorker, SessionService

S, MIN = 1000, 60_000
T = 1_772_737_200_000  # the LIVE's start
SHOP = SessionRef(AccountRef("tiktok_shop", "7494000000000000001"), "LIVE-77")
ROOM = SessionRef(AccountRef("tiktok", "@glowlab.official"), "room-77")


class Clock:
    """The store's clock (UTC ms), moved by the test."""

    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(T)


@pytest.fixture
def cache(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    engine = make_engine(f"sqlite:///{tmp_path / 'cache.sqlite3'}")
    upgrade(engine)
    yield Store(engine, clock=clock)
    engine.dispose()


def _account(ref: AccountRef, source: str) -> AccountRecord:
    return AccountRecord(ref, ref.handle, "US", "UTC", "USD", source, "US/beauty")


def shop(columns: tuple[str, ...], rows: tuple[tuple[int | None, ...], ...], *, ended_at: int | None = None) -> Batch:
    """What the TikTok Shop connector sends: the LIVE (60 s samples) and its rows (first one: at the start)."""
    status = SessionStatus.ENDED if ended_at is not None else SessionStatus.LIVE
    return Batch("tiktok_shop", accounts=(_account(SHOP.account, "tiktok_shop"),), sessions=(SessionRecord(
        SHOP, "Weekend warm-up", "glowlab.official", T, ended_at, status, "USD", "tiktok_shop",
        sample_interval_ms=60_000),), samples=(SampleBlock(SHOP, columns, rows, "tiktok_shop"),))


ROOM_COLUMNS = ("current_viewers", "comments", "likes", "gifts")


def room(first_s: int, last_s: int, *, ended_at: int | None = None) -> Batch:
    """What the TikTok LIVE connector sends: seconds ``first_s``..``last_s`` — 1 comment, 10 likes a second,
    ``100 + s`` viewers, a gift every 10 s."""
    rows = tuple((T + i * S, 100 + i, 1, 10, 1 if i % 10 == 0 else None) for i in range(first_s, last_s + 1))
    status = SessionStatus.ENDED if ended_at is not None else SessionStatus.LIVE
    return Batch("tiktok_live", accounts=(_account(ROOM.account, "tiktok_live"),), sessions=(SessionRecord(
        ROOM, "LIVE @glowlab.official", "@glowlab.official", T, ended_at, status, "USD", "tiktok_live"),),
        samples=(SampleBlock(ROOM, ROOM_COLUMNS, rows, "tiktok_live"),))


def totals(store: Store, sid: int = 1) -> dict[str, float | None]:
    with store.engine.connect() as conn:
        arr = repo.samples(conn, sid)
    t = Totals.of_arrays(dict(arr.columns), 3600.0)
    return {k: value(BY_KEY[k], t) for k in ("gmv", "comments", "likes", "gifts", "current_viewers", "pcu")}


def sources(store: Store, sid: int = 1) -> dict[str, tuple[str, ...]]:
    with store.engine.connect() as conn:
        return metric_sources(conn, sid)


def raw_sum(store: Store, column: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT SUM({column}) FROM metric_sample")).scalar() or 0)


# --- the rule ---------------------------------------------------------------------------------------------------

def test_precedence_is_defined_once_per_metric_official_first() -> None:
    assert set(precedence.PRECEDENCE) == {m.key for m in BY_KEY.values() if m.stored}
    for column in ("gmv", "sku_orders", "impressions", "views", "comments", "likes", "current_viewers"):
        assert precedence.ranked(column, ["tiktok_live", "seller_export", "tiktok_shop"]) == (
            "tiktok_shop", "seller_export", "tiktok_live")
    assert precedence.ranked("gmv", ["tiktok_live", "some_new_source"]) == ("some_new_source", "tiktok_live")


def test_a_running_live_official_totals_plus_the_room_seconds_after_the_last_poll(cache: Store,
                                                                                  clock: Clock) -> None:
    cache.write(room(0, 59))
    clock.now = T + 30 * S  # TikTok Shop polls 30 s into the LIVE: its running totals
    cache.write(shop(("gmv", "comments", "likes"), ((T, 5_000, 25, 200),)))
    cache.write(room(60, 119))
    with cache.engine.connect() as conn:
        assert [r[0] for r in conn.execute(text("SELECT source FROM live_session"))] == ["tiktok_live"]  # merged
    got = totals(cache)
    # the room counts from the poll on: seconds 30..119 (90 comments, 900 likes), never the seconds before
    assert got["comments"] == 25 + 90 and got["likes"] == 200 + 900 and got["gmv"] == 5_000
    assert raw_sum(cache, "comments") == 25 + 120  # both are stored, intact; only reading chooses
    # what only the room has comes whole from it
    assert got["gifts"] == 12 and got["current_viewers"] == 219 and got["pcu"] == 219
    found = sources(cache)
    assert found["gmv"] == ("tiktok_shop",) and found["comments"] == ("tiktok_live", "tiktok_shop")
    assert found["current_viewers"] == ("tiktok_live",) and found["gifts"] == ("tiktok_live",)

    clock.now = T + 100 * S  # the next poll: TikTok Shop's totals now include seconds 30..99
    cache.write(shop(("gmv", "comments", "likes"), ((T, 9_000, 101, 1_000),)))
    got = totals(cache)
    assert got["comments"] == 101 + 20 and got["likes"] == 1_000 + 200 and got["gmv"] == 9_000

    clock.now = T + 86_400_000  # the LIVE is over; TikTok Shop's final figures, a day later
    cache.write(room(120, 120, ended_at=T + 121 * S))
    cache.write(shop(("gmv", "comments", "likes"), ((T, 12_345, 130, 1_300),), ended_at=T + 121 * S))
    got = totals(cache)
    assert got["comments"] == 130 and got["likes"] == 1_300 and got["gmv"] == 12_345  # TikTok Shop's, not a sum
    assert raw_sum(cache, "comments") == 130 + 121
    found = sources(cache)
    assert found["comments"] == ("tiktok_shop",) and found["likes"] == ("tiktok_shop",)  # tooltips stay true
    assert found["gifts"] == ("tiktok_live",)


def test_a_per_minute_series_covers_its_minutes_the_room_fills_only_after_them(cache: Store, clock: Clock) -> None:
    clock.now = T + 86_400_000
    cache.write(room(0, 399, ended_at=T + 400 * S))
    # minutes 0, 1, 3, 4 (minute 2 missing) with 10 comments each; watch time only as the LIVE's total
    series = tuple((T + m * MIN, 1_000 * (m + 1), 10, 7_200 if m == 0 else None) for m in (0, 1, 3, 4))
    cache.write(shop(("gmv", "comments", "watch_seconds"), series, ended_at=T + 400 * S))
    got = totals(cache)
    # the series covers up to minute 4's end (300 s): the room's seconds 300..399 only; never the missing minute
    assert got["comments"] == 40 + 100
    assert got["gmv"] == 1_000 + 2_000 + 4_000 + 5_000
    with cache.engine.connect() as conn:
        arr = repo.samples(conn, 1)
    ts = arr.ts
    assert np.all(np.diff(ts) > 0)  # one time axis
    counted = ts[~np.isnan(arr.columns["comments"])]
    assert counted[0] == T and T + 120 * S not in counted and T + 300 * S in counted
    assert sources(cache)["comments"] == ("tiktok_live", "tiktok_shop")


def test_every_reader_gives_the_same_totals(cache: Store, clock: Clock) -> None:
    cache.write(room(0, 59))
    clock.now = T + 30 * S
    cache.write(shop(("gmv", "comments", "likes", "views"), ((T, 5_000, 25, 200, 40),)))
    cache.write(room(60, 119))
    # an unrelated LIVE of one source keeps its plain sums
    other = SessionRef(AccountRef("tiktok", "@someone.else"), "solo")
    cache.write(Batch("tiktok_live", accounts=(_account(other.account, "tiktok_live"),), sessions=(SessionRecord(
        other, "solo", "@someone.else", T, None, SessionStatus.LIVE, "USD", "tiktok_live"),),
        samples=(SampleBlock(other, ("comments",), tuple((T + i * S, 2) for i in range(10)), "tiktok_live"),)))
    expected = {"gmv": 5_000.0, "comments": 25.0 + 90, "likes": 200.0 + 900, "views": 40.0}
    with cache.engine.connect() as conn:
        snap = repo.load_snapshot(conn, 1)
        history = {s.session.id: s.totals for s in session_totals(conn)}
        data = ov.load_overview(conn, ov.OverviewRequest(ov.ReportRange(T - 3_600_000, T + 3_600_000, "UTC"),
                                                         T + 120 * S))
    whole = snap.whole_totals()
    for column, want in expected.items():
        assert whole.sums[column] == want, column
        assert history[1].sums[column] == want, column
    assert history[1].maxes["current_viewers"] == 219
    assert history[2].sums["comments"] == 20  # the single-source LIVE
    assert data.current.totals.sums["comments"] == 25 + 90 + 20  # both LIVEs of the range, each counted once
    assert data.current.totals.sums["gmv"] == 5_000


def test_the_loader_reads_a_live_whole_again_when_another_source_changes_what_counts(cache: Store, clock: Clock,
                                                                                     qtbot: QtBot) -> None:
    cache.write(room(0, 59))
    clock.now = T + 30 * S
    cache.write(shop(("comments",), ((T, 25),)))
    service = SessionService(LoaderWorker(cache.engine))
    service.start()
    try:
        with qtbot.waitSignal(service.snapshot_changed, timeout=10_000):
            service.select(1)
        assert service.snapshot is not None and service.snapshot.whole_totals().sums["comments"] == 25 + 30
        # the room's next seconds: a plain delta (only the new rows)
        cache.write(room(60, 69))
        with qtbot.waitSignal(service.snapshot_changed, timeout=10_000) as sig:
            service.on_session_updated(1, frozenset({"samples"}), T + 69 * S)
        assert not sig.args[1].samples_whole and len(sig.args[1].samples) == 10
        assert service.snapshot.whole_totals().sums["comments"] == 25 + 40
        # TikTok Shop polls again: its totals cover seconds up to 65 now, so the LIVE is read whole again
        clock.now = T + 65 * S
        cache.write(shop(("comments",), ((T, 70),)))
        with qtbot.waitSignal(service.snapshot_changed, timeout=10_000) as sig:
            service.on_session_updated(1, frozenset({"samples"}), T)
        assert sig.args[1].samples_whole
        assert service.snapshot.whole_totals().sums["comments"] == 70 + 5
    finally:
        service.shutdown()


def test_a_delta_request_with_an_old_plan_key_gets_the_whole_live(cache: Store, clock: Clock) -> None:
    cache.write(room(0, 9))
    worker = LoaderWorker(cache.engine)
    got = []
    worker.delta_loaded.connect(got.append)
    with cache.engine.connect() as conn:
        key = repo.samples(conn, 1).plan_key
    worker.load_delta(DeltaRequest(1, T + 9 * S, None, None, frozenset(), key))
    assert not got[-1].samples_whole and len(got[-1].samples) == 0
    clock.now = T + 5 * S
    cache.write(shop(("comments",), ((T, 3),)))  # a second source arrives: what counts changes
    worker.load_delta(DeltaRequest(1, T + 9 * S, None, None, frozenset(), key))
    assert got[-1].samples_whole and np.nansum(got[-1].samples.columns["comments"]) == 3 + 5
