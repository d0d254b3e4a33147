"""The ``tiktok_live`` connector: recorded room frames replayed through the library's parser into a real store."""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import numpy as np
import pytest
from sqlalchemy import Engine, select

from livedesk.models import repository as repo
from livedesk.models import schema as t
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import AccountRecord, AccountRef, Batch, EventKind, SessionStatus
from livedesk.models.store import Store
from livedesk.services.connector import ConnectorError
from livedesk.services.sources import tiktok_live as tl
from livedesk.services.sources.tiktok_frames import (
    Frame,
    FrameRecorder,
    RoomHeader,
    decode_line,
    read_recording,
    write_recording,
)
from livedesk.services.sources.tiktok_live import (
    ReplaySource,
    RoomMapper,
    TikTokLiveConnector,
    connector_error,
    normalize_handle,
)
from tests.data.tiktok_live import make_room_frames as fixture

FRAMES = fixture.FRAMES_FILE
T0 = fixture.T0
ROOM = fixture.ROOM_ID
HANDLE = fixture.HANDLE
TIMEOUT_S = 10.0


def _drain(connector: Any, store: Store, *, max_polls: int = 1000) -> int:
    """Poll until the source says nothing more is pending; returns the number of polls."""
    for n in range(1, max_polls + 1):
        batch = connector.poll()
        if not batch.is_empty():
            store.write(batch)
        if dict(batch.meta).get("more_pending") != "1":
            return n
    raise AssertionError("the replay never finished")


def _dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row of the tables a TikTok LIVE fills (ids left out)."""
    with engine.connect() as conn:
        out = {}
        for table, cols in ((t.account, ("platform", "handle", "currency", "source")),
                            (t.live_session, ("external_id", "title", "host", "started_at", "ended_at", "status",
                                              "sample_interval_ms", "source")),
                            (t.metric_sample, ("ts", "current_viewers", "comments", "likes", "shares",
                                               "new_followers", "gifts", "source")),
                            (t.comment, ("external_id", "ts", "user", "text", "lang", "source")),
                            (t.event, ("kind", "ts", "ts_end", "ref", "label", "payload", "source"))):
            out[table.name] = [tuple(r) for r in conn.execute(
                select(*(table.c[c] for c in cols)).order_by(*(table.c[c] for c in cols[:2])))]
        return out


def _totals(engine: Engine) -> dict[str, Any]:
    """What a LIVE amounts to, whatever the exact times: totals, peak viewers, comments, markers, the end."""
    dump = _dump(engine)
    samples = dump["metric_sample"]
    totals: dict[str, Any] = {c: sum(r[i + 1] or 0 for r in samples) for i, c in enumerate(tl.COLUMNS)}
    totals["current_viewers"] = max(r[1] or 0 for r in samples)
    totals["comments_text"] = [(r[0], r[2], r[3], r[4]) for r in dump["comment"]]
    totals["events"] = [(r[0], r[3], r[4]) for r in dump["event"]]
    totals["sessions"] = dump["live_session"]
    return totals


# --- the recorded fixture ---------------------------------------------------------------------------------

def test_fixture_is_what_the_builder_makes(tmp_path: Path) -> None:
    again = tmp_path / "again.jsonl"
    write_recording(again, fixture.build())
    assert again.read_text(encoding="utf-8") == FRAMES.read_text(encoding="utf-8")


def test_replay_lands_every_mapped_event_in_the_store(store: Store) -> None:
    source = ReplaySource(FRAMES)
    assert _drain(source, store) == 1
    with store.engine.connect() as conn:
        sessions = repo.list_sessions(conn)
        assert len(sessions) == 1
        session = sessions[0]
        sid = session.id
        assert sid is not None
        arr = repo.samples(conn, sid)
        comments = repo.comments(conn, sid, session.ref)
        events = repo.events(conn, sid)

    # the LIVE: one session per room, ended by the STREAM_ENDED control message
    assert session.ref.account == AccountRef("tiktok", HANDLE) and session.ref.external_id == ROOM
    assert (session.title, session.host, session.started_at) == (fixture.TITLE, HANDLE, T0)
    assert session.status is SessionStatus.ENDED and session.ended_at == T0 + 8000
    assert session.source == "tiktok_live" and session.sample_interval_ms == 1000

    # per-second buckets
    secs = [int(ts - T0) // 1000 for ts in arr.ts]
    assert secs == [0, 1, 2, 3, 5, 6]
    col = {k: dict(zip(secs, arr.columns[k].tolist(), strict=True)) for k in tl.COLUMNS}
    # viewers: RoomUserSeq.total of each second; the peak is 180
    assert [col["current_viewers"][s] for s in (0, 1, 5)] == [120, 150, 180]
    assert np.nanmax(arr.columns["current_viewers"]) == 180
    assert np.isnan(col["current_viewers"][2])  # no reading that second: missing, not 0
    # comments: three (the broken and the unknown frames are skipped)
    assert [col["comments"][s] for s in (0, 3, 6)] == [1, 1, 1] and np.nansum(arr.columns["comments"]) == 3
    # likes: the bursts' counts
    assert (col["likes"][0], col["likes"][1], np.nansum(arr.columns["likes"])) == (5, 10, 15)
    # gifts: the Rose streak (1, 2, 3) counts once as 3, the unstreakable Galaxy as 1; nothing mid-streak
    assert col["gifts"][2] == 4 and np.isnan(col["gifts"][1]) and np.nansum(arr.columns["gifts"]) == 4
    # follows and shares
    assert (col["new_followers"][2], col["shares"][2]) == (1, 1)
    assert np.nansum(arr.columns["new_followers"]) == 1 and np.nansum(arr.columns["shares"]) == 1
    assert np.isnan(arr.columns["gmv"]).all()  # not a TikTok LIVE room figure

    assert [(c.ts - T0, c.user, c.text, c.lang) for c in comments] == [
        (500, "Ann", "hi!", "en"), (3000, "Cara", "how much is the lip oil?", "en"), (6500, "Dan", "ordered 🎉", None)]
    assert all(c.external_id.isdigit() for c in comments)  # the message ids

    # pin markers: Lip oil until the serum is pinned, the serum until the LIVE ends; then the end marker
    assert [(e.kind, e.ts - T0, None if e.ts_end is None else e.ts_end - T0, e.ref, e.label) for e in events] == [
        (EventKind.PRODUCT_PIN, 3200, 6000, "1729", "Lip oil"),
        (EventKind.PRODUCT_PIN, 6000, 8000, "1730", "Glow serum"),
        (EventKind.LIVE_END, 8000, None, "end", "LIVE ended"),
    ]
    assert events[0].payload == {"product_id": "1729", "name": "Lip oil", "price_text": "$9.99", "action_type": 1}
    assert events[2].payload == {"action": "STREAM_ENDED"}
    assert source.poll() == Batch("tiktok_live")  # done
    source.close()


def test_replay_in_small_polls_stores_the_same(store: Store, tmp_path: Path) -> None:
    """Buckets and pins that span polls are sent again whole: the result does not depend on the chunking."""
    _drain(ReplaySource(FRAMES), store)
    engine = make_engine(f"sqlite:///{tmp_path / 'chunked.sqlite3'}")
    upgrade(engine)
    chunked = Store(engine)
    assert _drain(ReplaySource(FRAMES, frames_per_poll=2), chunked) > 5
    _drain(ReplaySource(FRAMES, frames_per_poll=3), chunked)  # a second replay changes nothing
    assert _dump(chunked.engine) == _dump(store.engine)
    engine.dispose()


def test_replay_without_header_takes_the_room_from_the_messages(store: Store, tmp_path: Path) -> None:
    bare = tmp_path / "bare.jsonl"
    bare.write_text("".join(line for line in FRAMES.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith('{"room"')), encoding="utf-8")
    account = AccountRecord(AccountRef("tiktok", "@shop"), "Shop", "US", "America/New_York", "USD", "manual")
    _drain(ReplaySource(bare, account), store)
    with store.engine.connect() as conn:
        (session,) = repo.list_sessions(conn)
    assert session.ref == tl.SessionRef(account.ref, ROOM)
    assert session.started_at == T0 + 200  # the first frame
    assert session.title == "LIVE @shop"


def test_recording_of_two_rooms_gives_two_sessions(store: Store, tmp_path: Path) -> None:
    both = tmp_path / "two.jsonl"
    first = list(read_recording(FRAMES))
    likes = [f for f in first if isinstance(f, Frame) and f.method == "WebcastLikeMessage"]
    later = T0 + 3_600_000
    second = [RoomHeader("99", HANDLE, "Evening LIVE", later),
              *(Frame(later + f.ts - T0, f.method, f.payload) for f in likes)]
    write_recording(both, [*first, *second])
    _drain(ReplaySource(both), store)
    with store.engine.connect() as conn:
        sessions = sorted(repo.list_sessions(conn), key=lambda s: s.started_at)
        assert conn.execute(select(t.account.c.handle)).scalars().all() == [HANDLE]
        evening = repo.samples(conn, sessions[1].id or 0)
    assert [(s.ref.external_id, s.title, s.status) for s in sessions] == [
        (ROOM, fixture.TITLE, SessionStatus.ENDED), ("99", "Evening LIVE", SessionStatus.LIVE)]
    assert np.nansum(evening.columns["likes"]) == 15


def test_broken_recording_is_a_permanent_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"ts": 1, "method": "WebcastChatMessage", "payload": "CgA="}\nnot json\n', encoding="utf-8")
    with pytest.raises(ConnectorError, match=r"bad\.jsonl:2") as err:
        ReplaySource(bad).poll()
    assert err.value.permanent
    with pytest.raises(ConnectorError, match="Could not read") as err:
        ReplaySource(tmp_path / "missing.jsonl").poll()
    assert err.value.permanent


def test_recorder_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "rec" / "frames.jsonl"
    recorder = FrameRecorder(path)
    recorder.write_room(RoomHeader("42", "@me", "Title", 123))
    recorder.write([Frame(5, "WebcastLikeMessage", b"\x00\x01\xff"), Frame(6, "X", b"")])
    recorder.close()
    recorder.close()
    assert list(read_recording(path)) == [RoomHeader("42", "@me", "Title", 123),
                                          Frame(5, "WebcastLikeMessage", b"\x00\x01\xff"), Frame(6, "X", b"")]
    line = path.read_text(encoding="utf-8").splitlines()[1]
    assert json.loads(line) == {"ts": 5, "method": "WebcastLikeMessage", "payload": "AAH/"}
    assert decode_line("   ") is None
    with pytest.raises(ValueError):
        decode_line('{"ts": 1}')


def test_mapper_sends_the_account_once_and_the_session_when_it_changes() -> None:
    mapper = RoomMapper(tl.default_account("shop"), "1", started_at=T0)
    assert mapper.drain().accounts  # first drain: account and session
    mapper.feed(Frame(T0 + 10, "WebcastUnknown", b""))
    later = mapper.drain()
    assert later.is_empty()


# --- the live connection (a fake TikTokLive client; no network) ------------------------------------------

class FakeClock:
    """What ``now_ms`` returns inside the connector while the fake client delivers frames."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> int:
        return self.now


class FakeClient:
    """Just enough of ``TikTokLiveClient``: listeners, ``start`` returning the WebSocket task, ``disconnect``.

    Like the real client, it emits one ``WebsocketResponseEvent`` per message, each carrying the whole
    ``ProtoMessageFetchResult``; its stream ends after the last frame (as the real one does at the LIVE's end).
    """

    def __init__(self, groups: list[list[Frame]], clock: FakeClock, *, fail: BaseException | None = None) -> None:
        self.groups = groups
        self.clock = clock
        self.fail = fail
        self.listeners: dict[str, list[Callable[[Any], None]]] = {}
        self.room_id: int | None = None
        self.started = threading.Event()
        self.disconnected = False
        self.web = SimpleNamespace(fetch_room_info=self._room_info, close=self._close)

    def add_listener(self, event: type, fn: Callable[[Any], None]) -> None:
        self.listeners.setdefault(event.__name__, []).append(fn)

    async def start(self, **_kwargs: object) -> asyncio.Task[None]:
        if self.fail is not None:
            raise self.fail
        self.room_id = int(ROOM)
        return asyncio.get_running_loop().create_task(self._stream())

    async def _room_info(self) -> dict[str, Any]:
        return {"title": fixture.TITLE, "create_time": T0 // 1000, "status": 2}

    async def _close(self) -> None:
        pass

    async def _stream(self) -> None:
        from TikTokLive.events.custom_events import WebsocketResponseEvent
        from TikTokLive.proto import ProtoMessageFetchResult, ProtoMessageFetchResultBaseProtoMessage

        self.started.set()
        for group in self.groups:
            raw = ProtoMessageFetchResult(messages=[
                ProtoMessageFetchResultBaseProtoMessage(method=f.method, payload=f.payload) for f in group])
            self.clock.now = group[0].ts
            for _message in raw.messages:
                for fn in self.listeners.get("WebsocketResponseEvent", []):
                    fn(WebsocketResponseEvent(raw=raw))
            await asyncio.sleep(0)

    async def disconnect(self) -> None:
        self.disconnected = True


def _frame_groups() -> list[list[Frame]]:
    """The fixture's frames, two or three per fetch result (one group per whole second)."""
    groups: dict[int, list[Frame]] = {}
    for item in read_recording(FRAMES):
        if isinstance(item, Frame):
            groups.setdefault(item.ts // 1000, []).append(item)
    return list(groups.values())


def _poll_until_error(connector: TikTokLiveConnector, store: Store) -> ConnectorError:
    """Poll and store until the connector reports the end of its connection (waiting for its thread, not sleeping)."""
    for _ in range(20):
        try:
            batch = connector.poll()
        except ConnectorError as exc:
            return exc
        store.write(batch)
        run = connector._run
        if run is not None:  # let the fake stream deliver everything and end
            run._thread.join(TIMEOUT_S)
            assert run.done
    raise AssertionError("the connection never ended")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(tl, "now_ms", fake)
    return fake


@pytest.fixture
def live_connectors() -> Iterator[Callable[..., TikTokLiveConnector]]:
    made: list[TikTokLiveConnector] = []

    def make(*args: Any, **kwargs: Any) -> TikTokLiveConnector:
        connector = TikTokLiveConnector(*args, **kwargs)
        made.append(connector)
        return connector

    yield make
    for connector in made:
        connector.close()


def test_live_frames_map_like_the_replay_and_are_recorded(store: Store, tmp_path: Path, clock: FakeClock,
                                                          live_connectors) -> None:
    fake = FakeClient(_frame_groups(), clock)
    recording = tmp_path / "recorded.jsonl"
    live = live_connectors("https://www.tiktok.com/@glowup.shop/live", record_to=recording,
                           client_factory=lambda handle: fake)
    assert live.handle == HANDLE
    error = _poll_until_error(live, store)  # connects, receives everything, the LIVE ends
    assert fake.started.is_set() and fake.disconnected
    assert live.session == tl.SessionRef(AccountRef("tiktok", HANDLE), ROOM)
    assert "ended; watching for the next one" in str(error)
    assert error.retry_after_s == tl.ENDED_RETRY_S and not error.permanent

    # the same facts as the replay of the fixture: each message counted once although the library announced
    # every fetch result once per message; times are the receive times of the fetch results
    engine = make_engine(f"sqlite:///{tmp_path / 'replayed.sqlite3'}")
    upgrade(engine)
    _drain(ReplaySource(FRAMES), Store(engine))
    assert _totals(store.engine) == _totals(engine)

    # the recording replays to exactly the same rows
    live.close()
    engine2 = make_engine(f"sqlite:///{tmp_path / 're-replayed.sqlite3'}")
    upgrade(engine2)
    _drain(ReplaySource(recording), Store(engine2))
    assert _dump(engine2) == _dump(store.engine)
    assert next(iter(read_recording(recording))) == RoomHeader(ROOM, HANDLE, fixture.TITLE, T0)
    engine.dispose()
    engine2.dispose()


def test_dropped_connection_reconnects_to_the_same_session(store: Store, clock: FakeClock, live_connectors) -> None:
    groups = _frame_groups()
    fakes = iter([FakeClient(groups[:2], clock), FakeClient(groups[2:], clock)])
    live = live_connectors(HANDLE, client_factory=lambda handle: next(fakes))
    dropped = _poll_until_error(live, store)  # the first connection closes before the LIVE ends
    assert "closed; reconnecting" in str(dropped)
    assert not dropped.permanent and dropped.retry_after_s is None
    ended = _poll_until_error(live, store)  # the next poll reconnects, to the same room
    assert "ended" in str(ended)
    with store.engine.connect() as conn:
        (session,) = repo.list_sessions(conn)
        comments = repo.comments(conn, session.id or 0, session.ref)
    assert session.started_at == T0 and session.status is SessionStatus.ENDED
    assert len(comments) == 3


def _rate_limited() -> BaseException:
    from TikTokLive.client.errors import SignatureRateLimitError

    response = httpx.Response(429, headers={"RateLimit-Remaining": "42", "RateLimit-Reset": "1767000060"},
                              content=b'{"message": "Too many connections"}',
                              request=httpx.Request("GET", "https://sign.invalid/webcast/fetch"))
    return SignatureRateLimitError("Too many connections", "Too many connections started, try again in %s seconds.",
                                   response=response)


def test_sign_server_rate_limit_is_retryable_with_its_delay(clock: FakeClock, live_connectors) -> None:
    live = live_connectors(HANDLE, client_factory=lambda handle: FakeClient([], clock, fail=_rate_limited()))
    with pytest.raises(ConnectorError) as err:
        live.poll()
    assert err.value.retry_after_s == 42.0 and not err.value.permanent
    message = str(err.value)
    assert "sign server" in message and "rate limit" in message and "not a crash" in message


def test_library_errors_are_mapped() -> None:
    from TikTokLive.client.errors import AgeRestrictedError, SignAPIError, UserOfflineError

    offline = connector_error(UserOfflineError(), "@shop")
    assert offline.retry_after_s == tl.OFFLINE_RETRY_S and not offline.permanent and "@shop" in str(offline)
    assert connector_error(AgeRestrictedError()).permanent
    sign = connector_error(SignAPIError(SignAPIError.ErrorReason.CONNECT_ERROR, "no route"))
    assert not sign.permanent and "sign server" in str(sign)
    other = connector_error(OSError("network is unreachable"))
    assert not other.permanent and "network is unreachable" in str(other)
    assert connector_error(sign) is sign


def test_missing_extra_is_a_permanent_error_with_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "TikTokLive", None)  # `import TikTokLive` now raises ImportError
    for make in (lambda: TikTokLiveConnector("@shop"), lambda: ReplaySource(FRAMES)):
        with pytest.raises(ConnectorError) as err:
            make()
        assert err.value.permanent
        assert "livedesk[tiktok]" in str(err.value)


def test_normalize_handle() -> None:
    for raw in ("creator", "@creator", "https://www.tiktok.com/@creator/live", "https://www.tiktok.com/@creator/"):
        assert normalize_handle(raw) == "@creator"
