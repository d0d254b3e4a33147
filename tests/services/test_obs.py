"""The ``obs`` connector against a fake obs-websocket v5 server on the loopback interface."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from livedesk.models import repository as repo
from livedesk.models import schema as t
from livedesk.models.health import stream_health
from livedesk.models.records import Batch
from livedesk.models.store import Store
from livedesk.services.connector import ConnectorError
from livedesk.services.sources.obs import CONNECTION_LOST, PASSWORD_REFUSED, ObsConnector, file_uri
from tests.factories import T0, base_batch, session_ref
from tests.fakes.obs_server import OUTPUTS, FakeObsServer

STARTED = "OBS_WEBSOCKET_OUTPUT_STARTED"
STOPPED = "OBS_WEBSOCKET_OUTPUT_STOPPED"


class FakeClock:
    """UTC ms that only move when the test says so."""

    def __init__(self, now: int = T0) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def make_server() -> Iterator[Callable[..., FakeObsServer]]:
    servers: list[FakeObsServer] = []

    def make(password: str | None = None) -> FakeObsServer:
        server = FakeObsServer(password=password).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def connectors() -> Iterator[Callable[..., ObsConnector]]:
    made: list[ObsConnector] = []

    def make(*args: object, **kwargs: object) -> ObsConnector:
        kwargs.setdefault("connect_timeout_s", 5.0)
        connector = ObsConnector(*args, **kwargs)  # type: ignore[arg-type]
        made.append(connector)
        return connector

    yield make
    for connector in made:
        connector.close()


def _streaming(bytes_: int, duration: int, **more: object) -> dict[str, object]:
    return {"outputActive": True, "outputBytes": bytes_, "outputDuration": duration, **more}


# --- handshake ------------------------------------------------------------------------------------------

def test_authenticated_handshake_and_outputs_subscription(make_server, connectors) -> None:
    server = make_server("s3cret pass")
    obs = connectors(server.url, "s3cret pass", session_ref(), clock=FakeClock())
    batch = obs.poll()
    assert len(batch.stream_health) == 1
    identify = server.identifies[0]
    assert identify["rpcVersion"] == 1
    assert isinstance(identify["authentication"], str)  # verified by the server, or it would have closed
    assert identify["eventSubscriptions"] & OUTPUTS
    assert server.requests == ["GetStreamStatus", "GetStats", "GetRecordStatus"]


def test_server_without_authentication(make_server, connectors) -> None:
    server = make_server(None)
    obs = connectors(server.url, "", session_ref(), clock=FakeClock())
    assert len(obs.poll().stream_health) == 1
    assert "authentication" not in server.identifies[0]


def test_wrong_password_is_permanent(make_server, connectors) -> None:
    server = make_server("right")
    obs = connectors(server.url, "wrong", session_ref())
    with pytest.raises(ConnectorError) as err:
        obs.poll()
    assert err.value.permanent
    assert PASSWORD_REFUSED in str(err.value)
    assert server.connections == 0


def test_missing_password_is_refused_too(make_server, connectors) -> None:
    server = make_server("right")
    with pytest.raises(ConnectorError, match=PASSWORD_REFUSED) as err:
        connectors(server.url, "", session_ref()).poll()
    assert err.value.permanent


def test_connection_refused_is_retryable(connectors) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    obs = connectors(f"ws://127.0.0.1:{port}", "", session_ref())
    with pytest.raises(ConnectorError, match="Could not connect to OBS") as err:
        obs.poll()
    assert not err.value.permanent
    with pytest.raises(ConnectorError, match="Could not connect to OBS"):
        obs.poll()  # still safe to poll again


def test_dropped_connection_then_reconnect(make_server, connectors) -> None:
    server = make_server("pw")
    obs = connectors(server.url, "pw", session_ref(), clock=FakeClock())
    assert obs.poll().stream_health
    server.drop_connections()
    with pytest.raises(ConnectorError) as err:
        obs.poll()
    assert not err.value.permanent
    assert str(err.value) == CONNECTION_LOST
    assert obs.poll().stream_health  # the next poll reconnects
    assert server.connections == 2


def test_failed_request_is_retryable(make_server, connectors, monkeypatch: pytest.MonkeyPatch) -> None:
    server = make_server(None)
    obs = connectors(server.url, "", session_ref())
    original = server._answer

    async def refuse(ws, d):  # type: ignore[no-untyped-def]
        await original(ws, {**d, "requestType": "Nope" if d["requestType"] == "GetStats" else d["requestType"]})

    monkeypatch.setattr(server, "_answer", refuse)
    with pytest.raises(ConnectorError, match="OBS refused GetStats") as err:
        obs.poll()
    assert not err.value.permanent


# --- samples --------------------------------------------------------------------------------------------

def test_bitrate_from_byte_counter_deltas(make_server, connectors) -> None:
    server = make_server(None)
    clock = FakeClock(T0)
    obs = connectors(server.url, "", session_ref(), clock=clock)

    server.set(stream=_streaming(1_000_000, 10_000, outputSkippedFrames=3, outputTotalFrames=300,
                                 outputCongestion=0.05), stats={"cpuUsage": 23.5, "renderSkippedFrames": 7})
    first = obs.poll().stream_health[0]
    assert first.ts == T0
    assert first.bitrate_kbps is None  # no previous counter yet
    assert (first.dropped_frames, first.total_frames, first.skipped_render_frames) == (3, 300, 7)
    assert (first.congestion, first.cpu_percent, first.active, first.reconnecting) == (0.05, 23.5, True, False)

    # 750 000 bytes in 2 000 ms of OBS output time: 750 000 × 8 bit / 2 s = 3 000 000 bit/s = 3000 kbps
    clock.now = T0 + 2_100  # the local clock is late; OBS's own duration is used
    server.set(stream=_streaming(1_750_000, 12_000))
    assert obs.poll().stream_health[0].bitrate_kbps == 3000.0

    # OBS's duration did not move: the local clock is the time base. 500 000 × 8 / 2 500 ms = 1600 kbps
    clock.now = T0 + 4_600
    server.set(stream=_streaming(2_250_000, 12_000))
    assert obs.poll().stream_health[0].bitrate_kbps == 1600.0

    # the stream restarted: the counter went back, no bitrate for this sample
    clock.now = T0 + 6_600
    server.set(stream=_streaming(1_000, 500))
    assert obs.poll().stream_health[0].bitrate_kbps is None

    # stream off: stream figures are missing (None), CPU is still reported
    clock.now = T0 + 8_600
    server.set(stream={"outputActive": False, "outputBytes": 0, "outputDuration": 0})
    off = obs.poll().stream_health[0]
    assert (off.bitrate_kbps, off.dropped_frames, off.congestion, off.active) == (None, None, None, False)
    assert off.cpu_percent == 23.5


def test_reconnecting_output(make_server, connectors) -> None:
    server = make_server(None)
    obs = connectors(server.url, "", session_ref(), clock=FakeClock())
    server.set(stream={"outputActive": False, "outputReconnecting": True, "outputBytes": 10, "outputDuration": 5})
    sample = obs.poll().stream_health[0]
    assert sample.reconnecting is True and sample.active is False


def test_without_a_session_only_status_is_reported(make_server, connectors) -> None:
    server = make_server(None)
    obs = connectors(server.url, "", None, clock=FakeClock())
    server.set(stream=_streaming(1000, 1000), record={"outputActive": True, "outputDuration": 100})
    batch = obs.poll()
    assert batch.is_empty()
    assert dict(batch.meta)["obs_stream_active"] == "1"
    assert dict(batch.meta)["obs_recording"] == "1"


def test_health_rows_written_to_the_store(make_server, connectors, store: Store) -> None:
    store.write(base_batch())
    server = make_server("pw")
    clock = FakeClock(T0 + 1_000)
    obs = connectors(server.url, "pw", session_ref(), clock=clock)
    server.set(stream=_streaming(100_000, 1_000, outputSkippedFrames=1, outputTotalFrames=60,
                                 outputCongestion=0.2), stats={"cpuUsage": 40.0, "renderSkippedFrames": 2})
    first = obs.poll()
    result = store.write(first)
    assert result.what == frozenset({"stream_health"})
    clock.now = T0 + 3_000
    server.set(stream=_streaming(600_000, 3_000, outputSkippedFrames=6, outputTotalFrames=120))
    store.write(obs.poll())
    store.write(first)  # idempotent
    with store.engine.connect() as conn:
        rows = stream_health(conn, result.session_ids[0])
        newest = stream_health(conn, result.session_ids[0], limit=1)
        later = stream_health(conn, result.session_ids[0], since_ts=T0 + 1_000)
    assert [r.ts for r in rows] == [T0 + 1_000, T0 + 3_000]
    assert rows[0].bitrate_kbps is None and rows[1].bitrate_kbps == 2000.0  # 500 000 B × 8 / 2 000 ms
    assert rows[1].dropped_ratio == pytest.approx(6 / 120)
    assert (rows[1].congestion, rows[1].cpu_percent, rows[1].skipped_render_frames) == (0.2, 40.0, 2)
    assert rows[1].active is True and rows[1].reconnecting is False and rows[1].source == "obs"
    assert newest == (rows[1],) and later == (rows[1],)


# --- recording → replay ---------------------------------------------------------------------------------

def _session(store: Store):  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return repo.get_session(conn, 1)


def test_stopped_recording_becomes_the_replay(make_server, connectors, store: Store) -> None:
    store.write(base_batch())  # the LIVE started at T0
    server = make_server("pw")
    clock = FakeClock(T0 + 60_000)
    obs = connectors(server.url, "pw", session_ref(), clock=clock)
    assert not obs.poll().session_replays

    assert server.push_event("RecordStateChanged", {"outputActive": True, "outputState": STARTED,
                                                    "outputPath": None}) == 1
    clock.now = T0 + 90_000  # the event is read during this poll
    server.set(record={"outputActive": True, "outputDuration": 0})
    assert not obs.poll().session_replays

    clock.now = T0 + 1_000_000
    server.set(record={"outputActive": False, "outputDuration": 0})
    path = "/home/me/Videos/2026-01-01 20-00-00.mkv"
    server.push_event("RecordStateChanged", {"outputActive": False, "outputState": STOPPED, "outputPath": path})
    batch = obs.poll()
    assert len(batch.session_replays) == 1
    replay = batch.session_replays[0]
    assert (replay.replay_uri, replay.recorded_from) == ("file:///home/me/Videos/2026-01-01%2020-00-00.mkv",
                                                         T0 + 90_000)
    result = store.write(batch)
    assert "sessions" in result.what
    session = _session(store)
    assert session.replay_uri == "file:///home/me/Videos/2026-01-01%2020-00-00.mkv"
    # video time 0 is LIVE time started_at + replay_offset_ms: the recording began 90 s into the LIVE
    assert session.replay_offset_ms == 90_000
    assert (session.title, session.started_at, session.status.value) == ("LIVE L1", T0, "live")

    # another source re-sending the LIVE without a replay does not erase it ...
    store.write(base_batch())
    assert (_session(store).replay_uri, _session(store).replay_offset_ms) == (session.replay_uri, 90_000)
    # ... while a source that has a replay of its own replaces the file and its offset together
    own = base_batch()
    store.write(dataclasses.replace(own, sessions=(dataclasses.replace(own.sessions[0], replay_uri="/v/other.mp4",
                                                                       replay_offset_ms=0),)))
    assert (_session(store).replay_uri, _session(store).replay_offset_ms) == ("/v/other.mp4", 0)


def test_recording_already_running_before_the_live(make_server, connectors, store: Store) -> None:
    store.write(base_batch())
    server = make_server(None)
    clock = FakeClock(T0 + 5_000)
    obs = connectors(server.url, "", session_ref(), clock=clock)
    server.set(record={"outputActive": True, "outputDuration": 20_000})  # recording for 20 s already
    obs.poll()
    clock.now = T0 + 50_000
    server.set(record={"outputActive": False, "outputDuration": 0})
    server.push_event("RecordStateChanged", {"outputActive": False, "outputState": STOPPED,
                                             "outputPath": "/rec/early.mp4"})
    store.write(obs.poll())
    session = _session(store)
    assert session.replay_uri == "file:///rec/early.mp4"
    assert session.replay_offset_ms == -15_000  # the recording started 15 s before the LIVE


def test_stop_without_a_known_start_is_not_linked(make_server, connectors) -> None:
    server = make_server(None)
    obs = connectors(server.url, "", session_ref(), clock=FakeClock())
    obs.poll()
    server.push_event("RecordStateChanged", {"outputActive": False, "outputState": STOPPED,
                                             "outputPath": "/rec/x.mkv"})
    assert obs.poll().session_replays == ()


def test_file_uri() -> None:
    assert file_uri("C:\\Users\\me\\Videos\\a b.mkv") == "file:///C:/Users/me/Videos/a%20b.mkv"
    assert file_uri("/tmp/x.mkv") == "file:///tmp/x.mkv"
    assert file_uri("relative.mkv") == "relative.mkv"


def test_close_disconnects_and_later_polls_are_empty(make_server) -> None:
    server = make_server(None)
    obs = ObsConnector(server.url, "", session_ref(), clock=FakeClock())
    obs.poll()
    obs.close()
    assert obs.poll() == Batch("obs")
    obs.close()  # twice is fine


def test_session_replay_needs_an_existing_session(store: Store) -> None:
    from livedesk.models.records import SessionReplayRecord
    from livedesk.models.store import StoreError

    store.write(base_batch())
    with pytest.raises(StoreError, match="unknown session"):
        store.write(Batch("obs", session_replays=(SessionReplayRecord(session_ref("nope"), "file:///x", T0, "obs"),)))
    with store.engine.connect() as conn:
        assert conn.execute(select(t.live_session.c.replay_uri)).scalar() is None
