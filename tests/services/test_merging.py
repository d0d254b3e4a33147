"""The same LIVE seen by several sources is one session: by platform id, else by handle and time overlap."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from livedesk.models import repository as repo
from livedesk.models.history import session_totals
from livedesk.models.merging import (
    BY_HANDLE_TIME,
    BY_ID,
    MERGE_WINDOW_MS,
    MergeError,
    current_live_session,
    metric_sources,
    session_sources,
)
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    Batch,
    SampleBlock,
    SessionRecord,
    SessionRef,
    SessionStatus,
    StreamHealthRecord,
)
from livedesk.models.store import Store, StoreError
from livedesk.services.credentials import CredentialStore
from livedesk.services.sources.sync import sync_once
from livedesk.services.sources.tiktok_live import ReplaySource
from livedesk.services.sources.tiktok_shop import (
    APP_SECRET as APP_SECRET_NAME,
)
from livedesk.services.sources.tiktok_shop import (
    CONNECTOR,
    RateLimiter,
    TikTokShopConnector,
    TokenSet,
    save_tokens,
)
from tests.data.tiktok_live.make_room_frames import FRAMES_FILE as ROOM_FRAMES
from tests.fakes import DictKeyring, FakeClock
from tests.fakes.tiktok_shop_server import (
    APP_KEY,
    APP_SECRET,
    LIVE_1,
    LIVE_RUNNING,
    NOW,
    SHOP_ID,
    FakeTikTokShop,
    running,
)

MIN = 60_000
T = 1_772_737_200_000  # LIVE_RUNNING's start in the fake TikTok Shop data (glowlab.official)
SHOP = AccountRef("tiktok_shop", SHOP_ID)
CREATOR = AccountRef("tiktok", "@glowlab.official")


def q(store: Store, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def account(ref: AccountRef, source: str) -> AccountRecord:
    return AccountRecord(ref, ref.handle, "US", "UTC", "USD", source)


def room_batch(room: str = "room-1", *, start: int = T + 2 * MIN, end: int | None = None,
               handle: str = "@glowlab.official", seconds: int = 5) -> Batch:
    """What the TikTok LIVE connector sends: the creator's account, the room, per-second comments."""
    ref = SessionRef(AccountRef("tiktok", handle), room)
    status = SessionStatus.ENDED if end is not None else SessionStatus.LIVE
    rows = tuple((start + i * 1000, 3, 1) for i in range(seconds))
    return Batch("tiktok_live", accounts=(account(ref.account, "tiktok_live"),),
                 sessions=(SessionRecord(ref, f"LIVE {handle}", handle, start, end, status, "USD", "tiktok_live"),),
                 samples=(SampleBlock(ref, ("comments", "likes"), rows, "tiktok_live"),))


def shop_batch(live_id: str, *, start: int, end: int | None, host: str = "glowlab.official",
               gmv: int = 10_000) -> Batch:
    """What the TikTok Shop connector sends: the shop's account, the LIVE, a totals row at its start."""
    ref = SessionRef(SHOP, live_id)
    status = SessionStatus.ENDED if end is not None else SessionStatus.LIVE
    return Batch("tiktok_shop", accounts=(account(SHOP, "tiktok_shop"),),
                 sessions=(SessionRecord(ref, "Weekend warm-up", host, start, end, status, "USD", "tiktok_shop",
                                         sample_interval_ms=60_000),),
                 samples=(SampleBlock(ref, ("gmv", "sku_orders"), ((start, gmv, 4),), "tiktok_shop"),))


def sessions(store: Store) -> list[tuple[Any, ...]]:
    return q(store, "SELECT id, external_id, source, status, ended_at FROM live_session ORDER BY id")


# --- merging at write time ---------------------------------------------------------------------------------

def test_by_handle_and_time_overlap(store: Store) -> None:
    store.write(room_batch())  # TikTok LIVE sees the room first, two minutes after the LIVE started
    result = store.write(shop_batch(LIVE_RUNNING, start=T, end=None))
    assert sessions(store) == [(1, "room-1", "tiktok_live", "live", None)]  # one LIVE, not two
    assert result.session_ids == (1,) and "sessions" in result.what and "samples" in result.what
    assert q(store, "SELECT external_id, session_id, method, source FROM session_alias") == [
        (LIVE_RUNNING, 1, BY_HANDLE_TIME, "tiktok_shop")]
    # each value keeps its source, in the one session
    rows = q(store, "SELECT ts, source, gmv, comments FROM metric_sample WHERE session_id = 1 ORDER BY ts")
    assert rows[0] == (T, "tiktok_shop", 10_000, None)
    assert {r[1] for r in rows[1:]} == {"tiktok_live"} and all(r[3] == 3 for r in rows[1:])
    with store.engine.connect() as conn:
        assert session_sources(conn, 1) == ("tiktok_live", "tiktok_shop")
        found = metric_sources(conn, 1)
    assert found["gmv"] == ("tiktok_shop",) and found["comments"] == ("tiktok_live",)
    # the shop reports the end later: the merged LIVE ends; re-sending changes nothing else
    store.write(shop_batch(LIVE_RUNNING, start=T, end=T + 60 * MIN))
    store.write(shop_batch(LIVE_RUNNING, start=T, end=T + 60 * MIN))
    assert sessions(store) == [(1, "room-1", "tiktok_live", "ended", T + 60 * MIN)]
    assert q(store, "SELECT COUNT(*) FROM session_alias") == [(1,)]
    assert q(store, "SELECT COUNT(*) FROM metric_sample WHERE session_id = 1") == [(6,)]


def test_by_platform_id_when_both_know_it(store: Store) -> None:
    store.write(shop_batch("7401", start=T, end=T + 30 * MIN, host="someone.else"))
    store.write(room_batch("7401", start=T + 3 * 3_600_000, handle="@another.name"))  # same id: same LIVE
    assert [r[:3] for r in sessions(store)] == [(1, "7401", "tiktok_shop")]
    assert q(store, "SELECT method FROM session_alias") == [(BY_ID,)]
    assert q(store, "SELECT COUNT(*) FROM metric_sample WHERE session_id = 1") == [(6,)]


def test_no_merge_without_overlap_handle_or_family(store: Store) -> None:
    store.write(room_batch("r1", start=T, end=T + 5 * MIN))
    # starts within the window but after the other ended: a second LIVE
    store.write(shop_batch("A", start=T + 8 * MIN, end=None, host="glowlab.official"))
    # overlaps, but another creator
    store.write(shop_batch("B", start=T + MIN, end=None, host="glowlab.deals"))
    # overlaps and same handle, but on another platform
    other = SessionRef(AccountRef("youtube", "@glowlab.official"), "yt-1")
    store.write(Batch("manual", accounts=(account(other.account, "manual"),), sessions=(
        SessionRecord(other, "yt", "@glowlab.official", T + MIN, None, SessionStatus.LIVE, "USD", "manual"),)))
    # starts more than the window after: not the same LIVE either
    store.write(room_batch("r2", start=T + 8 * MIN + MERGE_WINDOW_MS + MIN, handle="@glowlab.official"))
    assert [r[1] for r in sessions(store)] == ["r1", "A", "B", "yt-1", "r2"]
    assert q(store, "SELECT COUNT(*) FROM session_alias") == [(0,)]


def test_lives_of_one_account_never_merge(store: Store) -> None:
    store.write(shop_batch("X1", start=T, end=None))
    store.write(shop_batch("X2", start=T + MIN, end=None))  # the same shop restarted: two LIVEs by their ids
    assert [r[1] for r in sessions(store)] == ["X1", "X2"]


def test_records_sent_under_a_merged_key_follow_the_alias(store: Store) -> None:
    store.write(room_batch("far", start=T - 8 * MIN, end=T - MIN, handle="@glowlab.official"))  # over before
    store.write(Batch("tiktok_live", accounts=(account(AccountRef("tiktok", "@GlowLab.Official"), "tiktok_live"),)))
    near = room_batch("near", start=T + MIN, handle="@GlowLab.Official")  # same handle, other letter case
    store.write(near)
    shop = shop_batch("S1", start=T, end=None)
    store.write(shop)
    near_id = q(store, "SELECT id FROM live_session WHERE external_id = 'near'")[0][0]
    assert q(store, "SELECT session_id FROM session_alias WHERE external_id = 'S1'") == [(near_id,)]
    # a record sent later under the shop's key (here OBS health) lands in the merged LIVE
    health = StreamHealthRecord(SessionRef(SHOP, "S1"), T + 5 * MIN, 3000.0, 0, 100, 0, 0.0, 10.0, "obs", True, False)
    result = store.write(Batch("obs", stream_health=(health,)))
    assert result.session_ids == (near_id,)
    with store.engine.connect() as conn:
        assert current_live_session(conn) == SessionRef(AccountRef("tiktok", "@GlowLab.Official"), "near")


# --- the LIVE running now (for OBS) -------------------------------------------------------------------------

def test_current_live_prefers_the_tiktok_live_room_then_the_selection(store: Store) -> None:
    with store.engine.connect() as conn:
        assert current_live_session(conn) is None
    store.write(shop_batch("S9", start=T - 60 * MIN, end=None, host="other.creator"))  # id 1, older
    store.write(shop_batch("S10", start=T - 30 * MIN, end=None, host="third.creator"))  # id 2, newest live
    with store.engine.connect() as conn:
        assert current_live_session(conn) == SessionRef(SHOP, "S10")
        assert current_live_session(conn, selected=1) == SessionRef(SHOP, "S9")
    store.write(room_batch("room-x", start=T - 90 * MIN, handle="@nobody.else"))
    with store.engine.connect() as conn:
        assert current_live_session(conn, selected=1) == SessionRef(AccountRef("tiktok", "@nobody.else"), "room-x")


# --- two real connectors writing the same LIVE ----------------------------------------------------------------

@pytest.fixture
def fake_shop() -> Iterator[FakeTikTokShop]:
    clock = FakeClock(NOW)
    with running(FakeTikTokShop(clock=clock.time)) as fake:
        fake.test_clock = clock  # type: ignore[attr-defined]
        yield fake


@pytest.fixture
def tts(store: Store, fake_shop: FakeTikTokShop) -> Iterator[TikTokShopConnector]:
    fake, clock = fake_shop, fake_shop.test_clock  # type: ignore[attr-defined]
    creds = CredentialStore(DictKeyring())
    creds.set(CONNECTOR, "glow", APP_SECRET_NAME, APP_SECRET)
    access, refresh = fake.issue_tokens()
    save_tokens(creds, "glow", TokenSet(access, refresh, int(fake.access_tokens[access]),
                                        int(fake.refresh_tokens[refresh])))
    connector = TikTokShopConnector("glow", APP_KEY, creds, api_base=fake.url, auth_base=fake.url, region="US",
                                    clock=clock.time, limiter=RateLimiter(clock=clock.monotonic, sleep=clock.sleep))
    yield connector
    connector.close()


def test_tiktok_shop_sync_merges_into_the_room_tiktok_live_recorded(store: Store,
                                                                    tts: TikTokShopConnector) -> None:
    store.write(room_batch("7777", start=T + 2 * MIN, seconds=30))  # the room, as TikTok LIVE wrote it
    sync_once(tts, store)
    rows = sessions(store)
    assert rows[0][:3] == (1, "7777", "tiktok_live")
    assert LIVE_RUNNING not in [r[1] for r in rows] and LIVE_1 in [r[1] for r in rows]  # others stay apart
    assert q(store, "SELECT external_id, session_id, method FROM session_alias") == [(LIVE_RUNNING, 1, BY_HANDLE_TIME)]
    with store.engine.connect() as conn:
        found = metric_sources(conn, 1)
    assert "tiktok_shop" in found["gmv"] and found["comments"] == ("tiktok_live",)
    before = q(store, "SELECT COUNT(*) FROM metric_sample")
    sync_once(tts, store, since=T - 86_400_000)  # a re-sync duplicates nothing
    assert q(store, "SELECT COUNT(*) FROM metric_sample") == before
    assert len(sessions(store)) == len(rows)


# --- two real connectors: each figure read from one source (livedesk.models.precedence) ---------------------------

SHOP_COUNTS = ("comments", "likes", "shares", "new_followers")


def replay_room(store: Store) -> int:
    """The recorded TikTok LIVE room (real frames through the TikTokLive parser): LIVE 7400000000000000001."""
    source = ReplaySource(ROOM_FRAMES)
    store.write(source.poll())
    return q(store, "SELECT id FROM live_session WHERE source = 'tiktok_live'")[0][0]


def by_source(store: Store, sid: int, *columns: str) -> dict[str, dict[str, int]]:
    sums = ", ".join(f"SUM({c})" for c in columns)
    rows = q(store, f"SELECT source, {sums} FROM metric_sample WHERE session_id = :s GROUP BY source", s=sid)
    return {r[0]: {c: int(v or 0) for c, v in zip(columns, r[1:], strict=True)} for r in rows}


def live_totals(store: Store, sid: int) -> dict[str, float | None]:
    with store.engine.connect() as conn:
        whole = repo.load_snapshot(conn, sid).whole_totals()
        history = {s.session.id: s.totals for s in session_totals(conn)}[sid]
    assert {k: v for k, v in history.sums.items() if v is not None} == {
        k: v for k, v in whole.sums.items() if v is not None}  # the 14-day history reads the same
    return dict(whole.sums) | {"pcu": whole.maxes.get("current_viewers")}


def test_room_and_tiktok_shop_of_one_live_count_tiktok_shops_figures_once(store: Store, tts: TikTokShopConnector,
                                                                          fake_shop: FakeTikTokShop) -> None:
    sid = replay_room(store)
    sync_once(tts, store)  # TikTok Shop knows the room's LIVE by its id: the same LIVE
    assert q(store, "SELECT external_id, session_id, method FROM session_alias") == [(LIVE_1, sid, BY_ID)]
    raw = by_source(store, sid, *SHOP_COUNTS, "gmv", "gifts")
    assert raw["tiktok_live"]["comments"] > 0 and raw["tiktok_live"]["likes"] > 0  # both wrote interactions
    got = live_totals(store, sid)
    for column in (*SHOP_COUNTS, "gmv"):  # TikTok Shop's LIVE totals, not TikTok Shop's + the room's
        assert got[column] == raw["tiktok_shop"][column], column
    assert got["comments"] == 930 and got["likes"] == 15_400 and got["gmv"] == 123_456
    assert got["gifts"] == raw["tiktok_live"]["gifts"] > 0 and got["pcu"] == 180  # only the room has these
    with store.engine.connect() as conn:
        found = metric_sources(conn, sid)
    assert found["comments"] == ("tiktok_shop",) and found["gmv"] == ("tiktok_shop",)
    assert found["gifts"] == ("tiktok_live",) and found["current_viewers"] == ("tiktok_live",)

    # a day or two later the per-minute series arrives: it replaces the totals row, still counted once
    fake_shop.series_ready.add(LIVE_1)
    sync_once(tts, store, since=int(NOW * 1000) - 3 * 86_400_000)
    raw = by_source(store, sid, *SHOP_COUNTS, "gmv")
    assert q(store, "SELECT COUNT(*) FROM metric_sample WHERE session_id = :s AND source = 'tiktok_shop'",
             s=sid) == [(4,)]
    got = live_totals(store, sid)
    for column in (*SHOP_COUNTS, "gmv"):
        assert got[column] == raw["tiktok_shop"][column], column
    assert got["gmv"] == 43_575


# --- undoing a merge ---------------------------------------------------------------------------------------------

def table_rows(store: Store, sid: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row a LIVE owns, by table (session id left out), to compare before and after."""
    from livedesk.models import schema

    out = {}
    for table in schema.metadata.sorted_tables:
        if "session_id" in table.c and table.name != "session_alias":
            cols = [c for c in table.c if c.name not in ("session_id", "id")]
            rows = q(store, f"SELECT {', '.join(c.name for c in cols)} FROM {table.name} WHERE session_id = :s", s=sid)
            out[table.name] = sorted(rows, key=repr)
    return out


def test_separating_gives_every_row_back_to_its_own_live_and_is_remembered(store: Store, tts: TikTokShopConnector,
                                                                          fake_shop: FakeTikTokShop) -> None:
    sid = replay_room(store)
    room_before = table_rows(store, sid)
    sync_once(tts, store)
    merged = table_rows(store, sid)
    shop_rows = {k: [r for r in v if "tiktok_shop" in r] for k, v in merged.items()}
    assert shop_rows["metric_sample"] and shop_rows["session_product"] and shop_rows["sample_source"]

    result = store.separate(sid)  # the only source merged into it
    new = result.new_session_id
    assert (result.session_id, result.source, result.external_id) == (sid, "tiktok_shop", LIVE_1)
    assert q(store, "SELECT external_id, title, host, started_at, ended_at, status, source, sample_interval_ms "
                    "FROM live_session WHERE id = :n", n=new) == [
        (LIVE_1, "Spring skincare drop", "glowlab.official", 1_772_593_200_000, 1_772_600_400_000, "ended",
         "tiktok_shop", 60_000)]
    # every row is back under its own LIVE: the room's as before the merge, TikTok Shop's under its LIVE
    assert table_rows(store, sid) == room_before
    assert {k: v for k, v in table_rows(store, new).items() if v} == {k: v for k, v in shop_rows.items() if v}
    assert result.rows == sum(len(v) for v in shop_rows.values())
    assert q(store, "SELECT COUNT(*) FROM session_alias") == [(0,)]
    with store.engine.connect() as conn:
        assert metric_sources(conn, sid)["comments"] == ("tiktok_live",)
        assert live_totals(store, new)["comments"] == 930

    # a re-sync does not merge them again: TikTok Shop writes to its own LIVE
    before = q(store, "SELECT COUNT(*) FROM live_session")
    fake_shop.test_clock.advance(3 * 3600)  # type: ignore[attr-defined]
    sync_once(tts, store, since=int(NOW * 1000) - 3 * 86_400_000)
    assert q(store, "SELECT COUNT(*) FROM live_session") == before
    assert q(store, "SELECT COUNT(*) FROM session_alias") == [(0,)]
    assert table_rows(store, sid) == room_before

    # the decision is kept even if TikTok Shop's LIVE is gone and comes again (e.g. removed, then re-synced)
    store.engine.dispose()
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM live_session WHERE id = :n"), {"n": new})
    sync_once(tts, store, since=int(NOW * 1000) - 3 * 86_400_000)
    assert q(store, "SELECT COUNT(*) FROM session_alias") == [(0,)]
    assert q(store, "SELECT source FROM live_session WHERE external_id = :x", x=LIVE_1) == [("tiktok_live",),
                                                                                           ("tiktok_shop",)]


def test_separating_is_one_transaction(store: Store, tts: TikTokShopConnector) -> None:
    sid = replay_room(store)
    sync_once(tts, store)
    before = {n: table_rows(store, i) for n, i in (("merged", sid),)}
    sessions_before = sessions(store)
    with store.engine.begin() as conn:  # the database refuses one of the moves (after earlier ones were made)
        conn.execute(text("CREATE TRIGGER refuse BEFORE UPDATE ON session_product "
                          "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"))
    with pytest.raises(StoreError, match="disk I/O error"):
        store.separate(sid)
    assert sessions(store) == sessions_before and {"merged": table_rows(store, sid)} == before
    assert q(store, "SELECT COUNT(*) FROM session_alias") == [(1,)]
    assert q(store, "SELECT COUNT(*) FROM session_split") == [(0,)]


def test_what_cannot_be_separated_is_said(store: Store) -> None:
    store.write(room_batch("solo", start=T))
    with pytest.raises(MergeError, match="nothing to separate"):
        store.separate(1)
    with pytest.raises(MergeError, match="no LIVE with id 99"):
        store.separate(99)
    store.write(shop_batch("S1", start=T, end=None))
    with pytest.raises(MergeError, match="no such source"):
        store.separate(1, source="seller_export")
    # two shops wrote the same LIVE under the same source: their rows cannot be told apart
    other = SessionRef(AccountRef("tiktok_shop", "second-shop"), "S2")
    store.write(Batch("tiktok_shop", accounts=(account(other.account, "tiktok_shop"),), sessions=(SessionRecord(
        other, "x", "glowlab.official", T, None, SessionStatus.LIVE, "USD", "tiktok_shop"),)))
    with pytest.raises(MergeError, match="cannot be told apart"):
        store.separate(1, source="tiktok_shop")
    with pytest.raises(MergeError, match="cannot be told apart"):
        store.separate(1, source="tiktok_shop", external_id="S2")
    with pytest.raises(MergeError, match="cannot be told apart"):
        store.separate(1)
    assert q(store, "SELECT COUNT(*) FROM session_alias") == [(2,)]


# --- the UI tells where a figure came from --------------------------------------------------------------------

def test_cards_name_the_sources_of_their_figures(qtbot: QtBot) -> None:
    from livedesk.views.metric_cards import CardGrid

    grid = CardGrid(("gmv", "comments", "live_ctr", "views"))
    qtbot.addWidget(grid)
    grid.set_sources({"gmv": ("tiktok_shop",), "comments": ("tiktok_live",), "product_clicks": ("demo",),
                      "impressions": ("tiktok_shop",)})
    tips = {c.card_metric.key: c.toolTip() for c in grid.cards()}
    assert tips["gmv"].endswith("\nSource: TikTok Shop API")
    assert tips["comments"].endswith("\nSource: TikTok LIVE (unofficial)")
    assert "Source:" not in tips["views"]  # no sample of it
    grid.set_keys(("gmv", "views"))  # new cards keep knowing
    assert grid.cards()[0].sources() == ("tiktok_shop",)
