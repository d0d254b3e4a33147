"""The ``obs`` connector: stream health and the recording of a LIVE from OBS Studio (obs-websocket v5).

Each poll (every 2 s, on the ingest thread) runs the connector's own asyncio loop just long enough to ask OBS
``GetStreamStatus``, ``GetStats`` and ``GetRecordStatus`` through simpleobsws, and turns the answers into one
:class:`~livedesk.models.records.StreamHealthRecord` of the LIVE the connector is attached to:

- bitrate (kbps) from the change of the ``outputBytes`` counter between two polls, over the change of OBS's
  ``outputDuration`` (the local clock when OBS gives no duration): ``Δbytes × 8 / Δms``;
- frames dropped by the network output (``outputSkippedFrames`` of ``outputTotalFrames``, cumulative),
  frames the renderer skipped (``renderSkippedFrames``), congestion (0..1), OBS's CPU usage, and whether the
  output is active or reconnecting.

The connection subscribes to the *Outputs* events. When a recording stops (``RecordStateChanged`` with
``OBS_WEBSOCKET_OUTPUT_STOPPED`` and its ``outputPath``), the file becomes the LIVE's replay: a
:class:`~livedesk.models.records.SessionReplayRecord` carries its file URI and the time its first frame was
captured — taken from the ``OBS_WEBSOCKET_OUTPUT_STARTED`` event, or ``now − outputDuration`` of
``GetRecordStatus`` when the recording was already running — and the store sets
``replay_offset_ms = recorded_from − started_at`` (video time 0 is LIVE time ``started_at + replay_offset_ms``).

OBS does not know which TikTok LIVE it is streaming: the caller passes the :class:`SessionRef` of that LIVE
(it must already be stored). Without one, the connector only checks the connection and reports OBS's state
in ``Batch.meta``.

Errors: a wrong password (close code 4009) is permanent; an unreachable OBS or a dropped connection is
retryable, and the next poll reconnects.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Callable
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

import simpleobsws
import websockets

from livedesk.models.records import AccountRef, Batch, SessionRef, SessionReplayRecord, Source, StreamHealthRecord
from livedesk.models.store import now_ms
from livedesk.services.connector import ConnectorError

log = logging.getLogger(__name__)

SOURCE = Source.OBS.value
DEFAULT_URL = "ws://127.0.0.1:4455"
POLL_INTERVAL_MS = 2000

# obs-websocket v5 constants (protocol.md)
EVENT_SUBSCRIPTION_GENERAL = 1 << 0
EVENT_SUBSCRIPTION_OUTPUTS = 1 << 6
CLOSE_AUTHENTICATION_FAILED = 4009
OUTPUT_STARTED = "OBS_WEBSOCKET_OUTPUT_STARTED"
OUTPUT_STOPPED = "OBS_WEBSOCKET_OUTPUT_STOPPED"

PASSWORD_REFUSED = "OBS refused the password"
_NO_SESSION = SessionRef(AccountRef("obs", ""), "")
CONNECTION_LOST = "The connection to OBS was lost; reconnecting at the next poll"


class _DroppedError(Exception):
    """The WebSocket closed while a request was waiting."""


def file_uri(path: str) -> str:
    """A ``file://`` URI for an OBS output path (POSIX or Windows); other strings are returned unchanged."""
    if re.match(r"^[A-Za-z]:[\\/]", path) or path.startswith("\\\\"):
        return PureWindowsPath(path).as_uri()
    posix = PurePosixPath(path)
    return posix.as_uri() if posix.is_absolute() else path


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _int(value: Any) -> int | None:
    number = _num(value)
    return None if number is None else int(number)


class ObsConnector:
    """Stream health and the recording of one LIVE from OBS over obs-websocket v5.

    Args:
        url: the obs-websocket server (OBS → Tools → WebSocket Server Settings), e.g. ``ws://127.0.0.1:4455``.
        password: the server password; empty when authentication is off.
        session: the LIVE that OBS is streaming (it must exist in the cache); None only reports OBS's state.
        clock: UTC epoch milliseconds (tests pass a fake clock).
        request_timeout_s: how long one request may take before the poll fails (retryable).
        connect_timeout_s: how long connecting and the handshake may take.
        poll_interval_ms: the poll period the ingest worker uses.
    """

    def __init__(self, url: str = DEFAULT_URL, password: str = "", session: SessionRef | None = None, *,
                 clock: Callable[[], int] = now_ms, request_timeout_s: float = 5.0, connect_timeout_s: float = 5.0,
                 poll_interval_ms: int = POLL_INTERVAL_MS) -> None:
        self._url = url
        self._password = password
        self._session = session
        self._clock = clock
        self._request_timeout = request_timeout_s
        self._connect_timeout = connect_timeout_s
        self._interval = poll_interval_ms
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: simpleobsws.WebSocketClient | None = None
        self._events: list[tuple[int, dict[str, Any]]] = []  # (received at, RecordStateChanged data)
        self._prev_bytes: tuple[int, float | None, int] | None = None  # (outputBytes, outputDuration, ts)
        self._record_started_at: int | None = None
        self._closed = False

    # --- Connector protocol -------------------------------------------------------------------------
    @property
    def source(self) -> str:
        """Always ``obs``."""
        return SOURCE

    @property
    def poll_interval_ms(self) -> int:
        """Every 2 s by default."""
        return self._interval

    @property
    def session(self) -> SessionRef | None:
        """The LIVE the samples belong to."""
        return self._session

    def poll(self) -> Batch:
        """Connect if needed, sample OBS once and report a finished recording.

        Raises:
            ConnectorError: OBS unreachable, the connection dropped, a request failed or timed out (retryable);
                the password was refused (permanent).
        """
        if self._closed:
            return Batch(SOURCE)
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        try:
            return self._loop.run_until_complete(self._poll())
        except ConnectorError:
            raise
        except Exception as exc:  # an unexpected answer: start over with a fresh connection
            log.exception("OBS poll failed")
            self._loop.run_until_complete(self._discard())
            raise ConnectorError(f"OBS poll failed ({exc.__class__.__name__}: {exc})") from exc

    def close(self) -> None:
        """Disconnect and close the event loop; later polls return empty batches."""
        self._closed = True
        loop, self._loop = self._loop, None
        if loop is None:
            return
        try:
            loop.run_until_complete(self._discard())
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()

    # --- one poll -------------------------------------------------------------------------------------
    async def _poll(self) -> Batch:
        if self._client is not None and not self._client.ws_open:
            await self._discard()
            raise ConnectorError(CONNECTION_LOST)
        if self._client is None:
            self._client = await self._connect()
        client = self._client
        try:
            stream = await self._call(client, "GetStreamStatus")
            stats = await self._call(client, "GetStats")
            record = await self._call(client, "GetRecordStatus")
        except _DroppedError:
            await self._discard()
            raise ConnectorError(CONNECTION_LOST) from None
        await asyncio.sleep(0)  # let event callbacks scheduled by the last frames run
        ts = self._clock()
        replays = self._replays(record, ts)
        sample = self._sample(stream, stats, ts)
        meta = (
            ("obs_stream_active", "1" if sample.active else "0"),
            ("obs_recording", "1" if record.get("outputActive") else "0"),
            ("obs_bitrate_kbps", "" if sample.bitrate_kbps is None else f"{sample.bitrate_kbps:.1f}"),
        )
        if self._session is None:
            return Batch(SOURCE, meta=meta)
        return Batch(SOURCE, stream_health=(sample,), session_replays=replays, meta=meta)

    def _sample(self, stream: dict[str, Any], stats: dict[str, Any], ts: int) -> StreamHealthRecord:
        active = bool(stream.get("outputActive"))
        reconnecting = bool(stream.get("outputReconnecting"))
        live = active or reconnecting
        return StreamHealthRecord(
            session=self._session or _NO_SESSION,  # not written without a session
            ts=ts,
            bitrate_kbps=self._bitrate(stream, ts) if live else self._reset_bitrate(),
            dropped_frames=_int(stream.get("outputSkippedFrames")) if live else None,
            total_frames=_int(stream.get("outputTotalFrames")) if live else None,
            skipped_render_frames=_int(stats.get("renderSkippedFrames")),
            congestion=_num(stream.get("outputCongestion")) if live else None,
            cpu_percent=_num(stats.get("cpuUsage")),
            source=SOURCE,
            active=active,
            reconnecting=reconnecting,
        )

    def _reset_bitrate(self) -> None:
        self._prev_bytes = None

    def _bitrate(self, stream: dict[str, Any], ts: int) -> float | None:
        """kbps since the previous poll: Δbytes × 8 / Δms (OBS's output duration, else the local clock)."""
        count = _int(stream.get("outputBytes"))
        duration = _num(stream.get("outputDuration"))
        prev, self._prev_bytes = self._prev_bytes, (None if count is None else (count, duration, ts))
        if count is None or prev is None or count < prev[0]:  # first sample, or the output restarted
            return None
        elapsed = duration - prev[1] if duration is not None and prev[1] is not None else None
        if elapsed is None or elapsed <= 0:
            elapsed = ts - prev[2]
        if elapsed <= 0:
            return None
        return round((count - prev[0]) * 8 / elapsed, 1)

    def _replays(self, record: dict[str, Any], ts: int) -> tuple[SessionReplayRecord, ...]:
        out = []
        events, self._events = self._events, []
        for at, data in events:
            state = data.get("outputState")
            if state == OUTPUT_STARTED:
                self._record_started_at = at
            elif state == OUTPUT_STOPPED:
                started, self._record_started_at = self._record_started_at, None
                path = data.get("outputPath")
                if not path:
                    continue
                if started is None:
                    log.warning("OBS recording %s stopped but its start is unknown: not linked as a replay", path)
                elif self._session is not None:
                    out.append(SessionReplayRecord(self._session, file_uri(str(path)), started, SOURCE))
        duration = _num(record.get("outputDuration"))
        if record.get("outputActive") and self._record_started_at is None and duration is not None:
            self._record_started_at = ts - int(duration)  # already recording when we connected
        return tuple(out)

    # --- the WebSocket ----------------------------------------------------------------------------------
    async def _connect(self) -> simpleobsws.WebSocketClient:
        params = simpleobsws.IdentificationParameters(
            eventSubscriptions=EVENT_SUBSCRIPTION_GENERAL | EVENT_SUBSCRIPTION_OUTPUTS)
        client = simpleobsws.WebSocketClient(url=self._url, password=self._password,
                                             identification_parameters=params)
        try:
            await asyncio.wait_for(client.connect(), self._connect_timeout)
        except (OSError, TimeoutError, websockets.exceptions.WebSocketException) as exc:
            await self._close_client(client)
            raise ConnectorError(
                f"Could not connect to OBS at {self._url} ({exc.__class__.__name__}: {exc or 'timed out'}). "
                "Is OBS running with its WebSocket server on (Tools → WebSocket Server Settings)?") from exc
        client.register_event_callback(self._on_record_state, "RecordStateChanged")
        identified = asyncio.ensure_future(client.wait_until_identified(timeout=self._connect_timeout))
        recv = client.recv_task
        await asyncio.wait({identified, recv}, return_when=asyncio.FIRST_COMPLETED)
        if identified.done() and identified.result():
            log.info("connected to OBS at %s", self._url)
            self._prev_bytes = None
            return client
        identified.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await identified
        code = client.ws.close_code if client.ws is not None else None
        reason = client.ws.close_reason if client.ws is not None else ""
        await self._close_client(client)
        if code == CLOSE_AUTHENTICATION_FAILED:
            raise ConnectorError(f"{PASSWORD_REFUSED} at {self._url} (check the password in Settings → Sources → "
                                 "OBS against OBS → Tools → WebSocket Server Settings)", permanent=True)
        if code is None:
            raise ConnectorError(f"OBS at {self._url} did not complete the handshake in {self._connect_timeout:g} s")
        raise ConnectorError(f"OBS at {self._url} closed the connection during the handshake "
                             f"(code {code}{': ' + reason if reason else ''})")

    async def _call(self, client: simpleobsws.WebSocketClient, request_type: str) -> dict[str, Any]:
        recv = client.recv_task
        if recv is None or recv.done() or not client.ws_open:
            raise _DroppedError
        call = asyncio.ensure_future(client.call(simpleobsws.Request(request_type), timeout=self._request_timeout))
        await asyncio.wait({call, recv}, return_when=asyncio.FIRST_COMPLETED)
        if not call.done():  # the receiver ended first: the socket closed
            call.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await call
            raise _DroppedError
        try:
            response = call.result()
        except (websockets.exceptions.ConnectionClosed, simpleobsws.NotIdentifiedError) as exc:
            raise _DroppedError from exc
        except simpleobsws.MessageTimeout as exc:
            await self._discard()
            raise ConnectorError(f"OBS did not answer {request_type} within {self._request_timeout:g} s") from exc
        if not response.ok():
            status = response.requestStatus
            raise ConnectorError(f"OBS refused {request_type} (code {status.code}"
                                 f"{': ' + status.comment if status.comment else ''})")
        return dict(response.responseData or {})

    async def _on_record_state(self, data: dict[str, Any] | None) -> None:
        self._events.append((self._clock(), dict(data or {})))

    async def _discard(self) -> None:
        client, self._client = self._client, None
        self._prev_bytes = None
        if client is not None:
            await self._close_client(client)

    @staticmethod
    async def _close_client(client: simpleobsws.WebSocketClient) -> None:
        recv = client.recv_task
        with contextlib.suppress(Exception):
            await client.disconnect()
        if recv is not None and not recv.done():
            recv.cancel()
        if recv is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await recv
        if client.ws is not None:  # connect() succeeded but disconnect() did not run (no receiver yet)
            with contextlib.suppress(Exception):
                await client.ws.close()
