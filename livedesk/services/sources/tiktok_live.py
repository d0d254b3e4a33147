"""The ``tiktok_live`` connector: real-time room events of a TikTok LIVE through the unofficial TikTokLive library.

**Unofficial.** TikTokLive (optional extra ``livedesk[tiktok]``) reverse-engineers TikTok's Webcast WebSocket
and needs a third-party sign server (Euler Stream) to connect; it breaks when TikTok changes. It is imported
lazily; without it the connector fails permanently with a message telling how to install it.

The library is asyncio: :class:`TikTokLiveConnector` runs the client on its own thread and event loop and queues
every raw frame (method + protobuf payload, see :mod:`livedesk.services.sources.tiktok_frames`); ``poll()`` (on
the ingest thread) drains the queue, optionally records the frames to a JSON-lines file, parses each with the
library's ``EVENT_MAPPINGS[method]().parse(payload)`` and maps the events with :class:`RoomMapper` into one
:class:`~livedesk.models.records.Batch`. :class:`ReplaySource` feeds a recording through the very same parse and
mapping code, without any network.

Mapping (one session per room; its external id is the room id; all times are the local receive times):

================================  =============================================================================
event (wire message)              stored as
================================  =============================================================================
RoomUserSeq (viewer count)        ``current_viewers`` of the second: the room's ``total`` (last one wins)
Comment (WebcastChatMessage)      a comment row (user's nickname, text, language), ``comments`` + 1
Like                              ``likes`` + the burst's ``count``
Gift                              ``gifts`` + ``repeat_count``, once per streak: only the event that ends it
                                  (``not event.streaking``, i.e. ``repeat_end``); unstreakable gifts at once
Social, display type "follow"     ``new_followers`` + 1
Social, display type "share"      ``shares`` + 1
OecLiveShopping with a product    a ``product_pin`` marker (product id, name, price text) from then until the
                                  next product is pinned or the LIVE ends
Control STREAM_ENDED / SUSPENDED  ``live_end`` marker, the session's ``ended_at`` and status ended
================================  =============================================================================

Counts are per-second buckets of the wide sample table; a bucket that spans two polls is sent again whole, so
the upsert stays correct. A count with no event in its second is left missing (NULL), never 0.

Errors: the sign server's rate limit (HTTP 429, the library's ``SignatureRateLimitError``) becomes a retryable
:class:`ConnectorError` with the server's ``retry_after``; a user not LIVE is retried after a minute; network
failures and dropped connections are retried with the ingest worker's backoff.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    Batch,
    CommentRecord,
    EventKind,
    EventRecord,
    SampleBlock,
    SessionRecord,
    SessionRef,
    SessionStatus,
    Source,
)
from livedesk.models.store import now_ms
from livedesk.services.connector import ConnectorError
from livedesk.services.sources.tiktok_frames import (
    Frame,
    FrameRecorder,
    RoomHeader,
    frames_of,
    load_library,
    parse_frame,
    read_recording,
)

log = logging.getLogger(__name__)

SOURCE = Source.TIKTOK_LIVE.value
PLATFORM = "tiktok"
INSTALL_HINT = "pip install 'livedesk[tiktok]'"
COLUMNS = ("current_viewers", "comments", "likes", "shares", "new_followers", "gifts")
KEEP_BUCKETS_MS = 120_000  # buckets older than this (behind the newest) are final and forgotten
OFFLINE_RETRY_S = 60.0
ENDED_RETRY_S = 60.0
_END_ACTIONS = frozenset({"STREAM_ENDED", "STREAM_SUSPENDED"})


def require_tiktoklive() -> None:
    """Check that the optional TikTokLive library can be imported.

    Raises:
        ConnectorError: (permanent) it is not installed, with how to install it.
    """
    try:
        load_library()
    except ImportError as exc:
        raise ConnectorError(
            "TikTok LIVE events need the optional TikTokLive library, which is not installed: "
            f"install it with {INSTALL_HINT} (or `uv sync --extra tiktok`) and restart LiveDesk.",
            permanent=True) from exc


def normalize_handle(handle: str) -> str:
    """``@creator`` from ``creator``, ``@creator`` or ``https://www.tiktok.com/@creator/live``."""
    value = handle.strip().rstrip("/")
    if value.endswith("/live"):
        value = value[: -len("/live")]
    value = value.rsplit("/", 1)[-1]
    return "@" + value.lstrip("@")


def default_account(handle: str, *, currency: str = "USD", timezone: str = "UTC", region: str = "") -> AccountRecord:
    """An account record for a handle when the caller has no better one (platform ``tiktok``)."""
    h = normalize_handle(handle)
    return AccountRecord(AccountRef(PLATFORM, h), h, region, timezone, currency, SOURCE)


# --- errors -------------------------------------------------------------------------------------------

def connector_error(exc: BaseException, handle: str = "") -> ConnectorError:
    """The :class:`ConnectorError` for an exception raised by the TikTokLive library or the network."""
    if isinstance(exc, ConnectorError):
        return exc
    name = type(exc).__name__
    names = {c.__name__ for c in type(exc).__mro__}
    who = handle or "the creator"
    if "SignatureRateLimitError" in names:
        retry = _retry_after(exc)
        when = f"in {retry:g} s" if retry is not None else "later"
        return ConnectorError(
            f"The TikTok sign server (Euler Stream) rate limit was reached: too many connections were started. "
            f"This is the sign server's rate limit, not a crash; LiveDesk tries again {when}.",
            retry_after_s=retry)
    if "UserOfflineError" in names:
        return ConnectorError(f"{who} is not LIVE right now; checking again in {OFFLINE_RETRY_S:g} s.",
                              retry_after_s=OFFLINE_RETRY_S)
    if "UserNotFoundError" in names:
        return ConnectorError(f"TikTok found no LIVE account {who} (or asked for a captcha); "
                              "checking again in 5 minutes.", retry_after_s=300.0)
    if "AgeRestrictedError" in names:
        return ConnectorError(f"The LIVE of {who} is age-restricted: TikTokLive cannot read it without a "
                              "logged-in session.", permanent=True)
    if names & {"PremiumEndpointError", "AuthenticatedWebSocketConnectionError"}:
        return ConnectorError(f"The TikTok sign server refused the connection: {exc}", permanent=True)
    if "SignAPIError" in names:
        return ConnectorError(f"The TikTok sign server failed ({exc}); retrying.")
    if "TikTokLiveError" in names:
        return ConnectorError(f"TikTok LIVE connection failed: {exc}")
    return ConnectorError(f"TikTok LIVE connection failed ({name}: {exc})")


def _retry_after(exc: BaseException) -> float | None:
    try:
        value = exc.retry_after  # type: ignore[attr-defined]
    except Exception:  # the library reads a header that may be missing
        value = None
    if value is None:
        response = getattr(exc, "response", None)
        header = response.headers.get("Retry-After") if response is not None else None
        value = header if header is not None and str(header).isdigit() else None
    return max(float(value), 1.0) if value is not None else None


# --- mapping ------------------------------------------------------------------------------------------

@dataclass
class _Pin:
    product_id: str
    name: str
    ts: int
    payload: str


@dataclass
class _Parts:
    comments: dict[str, CommentRecord] = field(default_factory=dict)  # by message id: a resent message once
    events: dict[tuple[EventKind, int, str], EventRecord] = field(default_factory=dict)


class RoomMapper:
    """Maps one room's parsed events to records (see the module docstring for the mapping).

    Args:
        account: the streaming account (sent once, with the session).
        room_id: the room, the session's external id.
        started_at: the LIVE's start (UTC ms); default: the first frame's time.
        title: the LIVE's title; default ``LIVE <handle>``.
        source: the ``source`` of every row.
    """

    def __init__(self, account: AccountRecord, room_id: str, *, started_at: int | None = None,
                 title: str | None = None, source: str = SOURCE) -> None:
        self.account = account
        self.room_id = room_id
        self.ref = SessionRef(account.ref, room_id)
        self._started_at = started_at
        self._title = title or f"LIVE {account.ref.handle}"
        self._source = source
        self._ended_at: int | None = None
        self._session_dirty = True
        self._account_sent = False
        self._last_ts = 0
        self._buckets: dict[int, dict[str, int | None]] = {}
        self._dirty: set[int] = set()
        self._parts = _Parts()
        self._pin: _Pin | None = None
        self._seq = 0

    @property
    def ended(self) -> bool:
        """The room reported the LIVE's end."""
        return self._ended_at is not None

    @property
    def started_at(self) -> int | None:
        """The LIVE's start, once known."""
        return self._started_at

    def feed(self, frame: Frame) -> None:
        """Parse one frame with the library and map its event."""
        self.feed_event(frame.ts, frame.method, parse_frame(frame))

    def feed_event(self, ts: int, method: str, event: Any | None) -> None:
        """Map one parsed event received at ``ts`` (None = unknown or unparsable: only advances time)."""
        ts = max(int(ts), self._last_ts)  # receive times only go forward
        self._last_ts = ts
        if self._started_at is None:
            self._started_at = ts
        if event is None or self.ended:
            return
        handler = _HANDLERS.get(method)
        if handler is not None:
            handler(self, ts, event)

    # --- handlers ---------------------------------------------------------------------------------------
    def _bucket(self, ts: int) -> dict[str, int | None]:
        key = ts // 1000 * 1000
        self._dirty.add(key)
        return self._buckets.setdefault(key, dict.fromkeys(COLUMNS))

    def _add(self, ts: int, column: str, n: int) -> None:
        if n <= 0:
            return
        bucket = self._bucket(ts)
        bucket[column] = (bucket[column] or 0) + n

    def _viewers(self, ts: int, event: Any) -> None:
        total = getattr(event, "total", None)
        if isinstance(total, int) and total >= 0:
            self._bucket(ts)["current_viewers"] = total

    def _comment(self, ts: int, event: Any) -> None:
        text = str(getattr(event, "content", "") or "")
        if not text.strip():
            return  # nothing said (e.g. an emote-only or empty message)
        user = getattr(event, "user", None)
        name = (getattr(user, "nickname", "") or getattr(user, "display_id", "") or "") if user else ""
        msg_id = _msg_id(event)
        self._seq += 1
        external_id = str(msg_id) if msg_id else f"{ts}-{self._seq}"
        lang = getattr(event, "content_language", "") or None
        self._parts.comments[external_id] = CommentRecord(self.ref, external_id, ts, name, text, lang, self._source)
        self._add(ts, "comments", 1)

    def _like(self, ts: int, event: Any) -> None:
        self._add(ts, "likes", int(getattr(event, "count", 0) or 0))

    def _gift(self, ts: int, event: Any) -> None:
        if event.streaking:  # a streak is counted once, by the event that ends it
            return
        self._add(ts, "gifts", max(int(getattr(event, "repeat_count", 0) or 0), 1))

    def _social(self, ts: int, event: Any) -> None:
        from TikTokLive.proto.proto_utils import common_display_type

        kind = common_display_type(getattr(event, "common", None)).lower()
        if "follow" in kind:
            self._add(ts, "new_followers", 1)
        elif "share" in kind:
            self._add(ts, "shares", 1)

    def _shopping(self, ts: int, event: Any) -> None:
        pop = getattr(event, "pop_product", None)
        snap = getattr(event, "product_snap_shot", None)
        product_id = str(getattr(pop, "product_id", 0) or "") or str(getattr(snap, "product_id", "") or "")
        if not product_id or product_id == "0":
            return
        if self._pin is not None and self._pin.product_id == product_id:
            return  # the same product is still pinned
        name = (getattr(pop, "title", "") or getattr(snap, "title", "") or f"Product {product_id}").strip()
        payload = {"product_id": product_id, "name": name, "action_type": int(getattr(event, "action_type", 0) or 0)}
        price = getattr(pop, "price", "") if pop is not None else ""
        if price:
            payload["price_text"] = str(price)
        self._close_pin(ts)
        self._pin = _Pin(product_id, name, ts, json.dumps(payload, ensure_ascii=False, sort_keys=True))
        self._put_event(EventRecord(self.ref, EventKind.PRODUCT_PIN, ts, None, product_id, name, self._source,
                                    self._pin.payload))

    def _control(self, ts: int, event: Any) -> None:
        action = getattr(getattr(event, "action", None), "name", str(getattr(event, "action", "")))
        if action not in _END_ACTIONS:
            return
        self._close_pin(ts)
        self._ended_at = ts
        self._session_dirty = True
        self._put_event(EventRecord(self.ref, EventKind.LIVE_END, ts, None, "end", "LIVE ended", self._source,
                                    json.dumps({"action": action})))

    def _close_pin(self, ts: int) -> None:
        pin, self._pin = self._pin, None
        if pin is not None:
            self._put_event(EventRecord(self.ref, EventKind.PRODUCT_PIN, pin.ts, ts, pin.product_id, pin.name,
                                        self._source, pin.payload))

    def _put_event(self, e: EventRecord) -> None:
        self._parts.events[(e.kind, e.ts, e.ref)] = e

    # --- output -----------------------------------------------------------------------------------------
    def session_record(self) -> SessionRecord:
        """The LIVE as known now."""
        started = self._started_at if self._started_at is not None else now_ms()
        return SessionRecord(self.ref, self._title, self.account.ref.handle, started, self._ended_at,
                             SessionStatus.ENDED if self.ended else SessionStatus.LIVE, self.account.currency,
                             self._source, sample_interval_ms=1000)

    def drain(self) -> Batch:
        """The records that are new or changed since the last drain."""
        if self._started_at is None:  # nothing seen yet
            return Batch(self._source)
        accounts = () if self._account_sent else (self.account,)
        sessions = (self.session_record(),) if self._session_dirty or accounts else ()
        rows = tuple((key, *(self._buckets[key][c] for c in COLUMNS)) for key in sorted(self._dirty))
        samples = (SampleBlock(self.ref, COLUMNS, rows, self._source),) if rows else ()
        parts, self._parts = self._parts, _Parts()
        self._dirty.clear()
        if self._buckets:
            horizon = max(self._buckets) - KEEP_BUCKETS_MS
            for key in [k for k in self._buckets if k < horizon]:
                del self._buckets[key]
        self._account_sent = True
        self._session_dirty = False
        return Batch(self._source, accounts=accounts, sessions=sessions, samples=samples,
                     comments=tuple(parts.comments.values()),
                     events=tuple(sorted(parts.events.values(), key=lambda e: (e.ts, e.kind.value, e.ref))))


def _msg_id(event: Any) -> int:
    common = getattr(event, "common", None)
    return int(getattr(common, "msg_id", 0) or 0) if common is not None else 0


_HANDLERS: dict[str, Callable[[RoomMapper, int, Any], None]] = {
    "WebcastRoomUserSeqMessage": RoomMapper._viewers,
    "WebcastChatMessage": RoomMapper._comment,
    "WebcastLikeMessage": RoomMapper._like,
    "WebcastGiftMessage": RoomMapper._gift,
    "WebcastSocialMessage": RoomMapper._social,
    "WebcastOecLiveShoppingMessage": RoomMapper._shopping,
    "WebcastControlMessage": RoomMapper._control,
}


def _merge(batches: list[Batch], source: str) -> Batch:
    """One batch of several rooms' batches (records keep their order; an account is sent once)."""
    if len(batches) == 1:
        return batches[0]
    accounts = {a.ref: a for b in batches for a in b.accounts}
    names = ("sessions", "samples", "comments", "events")
    return Batch(source, accounts=tuple(accounts.values()),
                 **{n: tuple(r for b in batches for r in getattr(b, n)) for n in names})


# --- the live connection ------------------------------------------------------------------------------

def _make_client(handle: str, sign_api_key: str | None) -> Any:
    from TikTokLive import TikTokLiveClient

    web_kwargs = {"signer_kwargs": {"sign_api_key": sign_api_key}} if sign_api_key else None
    return TikTokLiveClient(unique_id=handle, web_kwargs=web_kwargs)


class _Run:
    """One connection attempt: the TikTokLive client on its own thread and asyncio loop."""

    def __init__(self, client_factory: Callable[[], Any], frames: queue.SimpleQueue[Frame], *,
                 fetch_room_info: bool) -> None:
        self._factory = client_factory
        self._frames = frames
        self._fetch_room_info = fetch_room_info
        self._loop = asyncio.new_event_loop()
        self._client: Any = None
        self._last_raw: Any = None
        self.connected = threading.Event()
        self.room_id: str | None = None
        self.room_info: dict[str, Any] | None = None
        self.error: BaseException | None = None
        self._task = self._loop.create_task(self._run())
        self._thread = threading.Thread(target=self._main, name="livedesk-tiktok-live", daemon=True)
        self._thread.start()

    @property
    def done(self) -> bool:
        """The connection ended (or never came up)."""
        return not self._thread.is_alive()

    def _main(self) -> None:
        try:
            self._loop.run_until_complete(self._task)
        except BaseException as exc:  # reported to the poll
            self.error = exc
        finally:
            with contextlib.suppress(Exception):
                pending = [t for t in asyncio.all_tasks(self._loop) if not t.done()]
                for task in pending:
                    task.cancel()
                if pending:
                    self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()
            self.connected.set()  # wake a waiting poll

    async def _run(self) -> None:
        from TikTokLive.events.custom_events import WebsocketResponseEvent

        client = self._client = self._factory()
        client.add_listener(WebsocketResponseEvent, self._on_response)
        try:
            task = await client.start(fetch_live_check=True)
            self.room_id = str(client.room_id)
            if self._fetch_room_info:
                try:
                    self.room_info = await client.web.fetch_room_info()
                except Exception:
                    log.info("TikTok room info unavailable; the LIVE's start is its first frame", exc_info=True)
            self.connected.set()
            await task
        finally:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await client.disconnect()
            web = getattr(client, "web", None)
            if web is not None:
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await web.close()

    def _on_response(self, event: Any) -> None:
        # The library emits one WebsocketResponseEvent per message, each carrying the whole fetch result.
        try:
            raw = event.raw
            if raw is self._last_raw:
                return
            self._last_raw = raw
            for frame in frames_of(raw, now_ms()):
                self._frames.put(frame)
        except Exception:  # never let a handler error reach the event emitter
            log.exception("could not queue a TikTok LIVE frame")

    def stop(self, timeout_s: float = 5.0) -> None:
        """Cancel the connection (whatever it is doing; it disconnects on the way out) and wait for the thread."""
        if not self.done:
            with contextlib.suppress(RuntimeError):  # the loop closed in the meantime
                self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(timeout_s)


class TikTokLiveConnector:
    """Real-time events of a creator's TikTok LIVE room (unofficial; see the module docstring).

    Args:
        handle: the creator, ``@creator`` (or ``creator`` or the LIVE's URL).
        account: the account the LIVEs belong to (sent with the session); default
            :func:`default_account` of the handle. Pass the stored account to keep its settings.
        record_to: append every raw frame to this JSON-lines file (replayable with :class:`ReplaySource`).
        sign_api_key: an Euler Stream API key (higher sign-server limits); default: the ``SIGN_API_KEY``
            environment variable or none.
        connect_timeout_s: how long a poll waits for the room to connect.
        poll_interval_ms: the poll period the ingest worker uses.
        fetch_room_info: ask TikTok for the room's title and start time after connecting.
        client_factory: builds the TikTokLive client for a handle (tests pass a fake).

    Raises:
        ConnectorError: (permanent) the TikTokLive extra is not installed.
    """

    def __init__(self, handle: str, account: AccountRecord | None = None, *, record_to: str | Path | None = None,
                 sign_api_key: str | None = None, connect_timeout_s: float = 15.0, poll_interval_ms: int = 1000,
                 fetch_room_info: bool = True, client_factory: Callable[[str], Any] | None = None) -> None:
        require_tiktoklive()
        self._handle = normalize_handle(handle)
        self._account = account or default_account(self._handle)
        self._record_to = Path(record_to) if record_to is not None else None
        self._recorder: FrameRecorder | None = None
        self._key = sign_api_key
        self._timeout = connect_timeout_s
        self._interval = poll_interval_ms
        self._fetch_room_info = fetch_room_info
        self._factory = client_factory or (lambda h: _make_client(h, self._key))
        self._frames: queue.SimpleQueue[Frame] = queue.SimpleQueue()
        self._run: _Run | None = None
        self._mapper: RoomMapper | None = None
        self._pending: ConnectorError | None = None
        self._closed = False

    @property
    def source(self) -> str:
        """Always ``tiktok_live``."""
        return SOURCE

    @property
    def poll_interval_ms(self) -> int:
        """Once a second by default."""
        return self._interval

    @property
    def handle(self) -> str:
        """The creator watched."""
        return self._handle

    @property
    def session(self) -> SessionRef | None:
        """The LIVE being received (e.g. for the OBS connector), once connected."""
        return self._mapper.ref if self._mapper is not None else None

    def poll(self) -> Batch:
        """Connect when needed and return the events received since the last poll.

        Raises:
            ConnectorError: the connection failed or dropped (retryable; the sign server's rate limit carries
                its ``retry_after_s``), or the LIVE is age-restricted (permanent).
        """
        if self._closed:
            return Batch(SOURCE)
        if self._pending is not None:
            error, self._pending = self._pending, None
            raise error
        run = self._run
        if run is None:
            run = self._connect()
        try:
            batch = self._drain(run)
        except Exception as exc:  # a mapping bug must not stop the ingest thread
            log.exception("could not map TikTok LIVE frames")
            raise ConnectorError(f"Could not read TikTok LIVE events ({exc.__class__.__name__}: {exc})") from exc
        if run.done:
            self._run = None
            ended = self._mapper is not None and self._mapper.ended
            if run.error is not None:
                self._pending = connector_error(run.error, self._handle)
            elif ended:
                self._pending = ConnectorError(f"The LIVE of {self._handle} ended; watching for the next one.",
                                               retry_after_s=ENDED_RETRY_S)
            else:
                self._pending = ConnectorError("The TikTok LIVE connection closed; reconnecting.")
            if batch.is_empty():
                error, self._pending = self._pending, None
                raise error
        return batch

    def _connect(self) -> _Run:
        run = _Run(lambda: self._factory(self._handle), self._frames, fetch_room_info=self._fetch_room_info)
        if not run.connected.wait(self._timeout):
            run.stop()
            raise ConnectorError(f"Connecting to the TikTok LIVE of {self._handle} timed out after "
                                 f"{self._timeout:g} s; retrying.")
        if run.room_id is None:  # it ended before connecting
            run.stop()
            raise connector_error(run.error or RuntimeError("the connection closed"), self._handle)
        self._run = run
        if self._mapper is None or self._mapper.room_id != run.room_id:
            started, title = _room_start_and_title(run.room_info)
            self._mapper = RoomMapper(self._account, run.room_id, started_at=started, title=title)
            if self._record_to is not None:
                if self._recorder is None:
                    self._recorder = FrameRecorder(self._record_to)
                self._recorder.write_room(RoomHeader(run.room_id, self._handle, title, started))
        log.info("connected to the TikTok LIVE room %s of %s", run.room_id, self._handle)
        return run

    def _drain(self, run: _Run) -> Batch:
        frames: list[Frame] = []
        with contextlib.suppress(queue.Empty):
            while True:
                frames.append(self._frames.get_nowait())
        mapper = self._mapper
        if mapper is None:
            return Batch(SOURCE)
        if self._recorder is not None and frames:
            self._recorder.write(frames)
        for frame in frames:
            mapper.feed(frame)
        return mapper.drain()

    def close(self) -> None:
        """Disconnect, stop the thread and close the recording."""
        self._closed = True
        run, self._run = self._run, None
        if run is not None:
            run.stop()
        if self._recorder is not None:
            self._recorder.close()
            self._recorder = None


def _room_start_and_title(info: dict[str, Any] | None) -> tuple[int | None, str | None]:
    if not isinstance(info, dict):
        return None, None
    title = info.get("title") if isinstance(info.get("title"), str) and info.get("title") else None
    created = info.get("create_time") or info.get("start_time")
    started = None
    if isinstance(created, int | float) and created > 0:
        started = int(created * 1000) if created < 10**11 else int(created)  # seconds or ms
        if started > now_ms() + 60_000:
            started = None
    return started, title


# --- replay -------------------------------------------------------------------------------------------

class ReplaySource:
    """Replays a frame recording through the library's parser and :class:`RoomMapper`, with no network.

    Args:
        path: the JSON-lines recording (see :mod:`livedesk.services.sources.tiktok_frames`).
        account: the account of the LIVEs; default :func:`default_account` of the recording's handle.
        room_id: the room when the recording has no header; default the first event's room id.
        frames_per_poll: frames mapped per poll (``Batch.meta`` says ``more_pending`` until the end).

    Raises:
        ConnectorError: (permanent) the TikTokLive extra is not installed.
    """

    def __init__(self, path: str | Path, account: AccountRecord | None = None, *, room_id: str | None = None,
                 frames_per_poll: int = 5000) -> None:
        require_tiktoklive()
        self._path = Path(path)
        self._account = account
        self._room_id = room_id
        self._per_poll = max(1, frames_per_poll)
        self._items: Iterator[Frame | RoomHeader] | None = None
        self._header: RoomHeader | None = None
        self._mapper: RoomMapper | None = None
        self._done = False

    @property
    def source(self) -> str:
        """Always ``tiktok_live`` (replayed rows are the same facts)."""
        return SOURCE

    @property
    def poll_interval_ms(self) -> int:
        """Between polls once the recording is done (until then ``more_pending`` asks for the next at once)."""
        return 1000

    def poll(self) -> Batch:
        """The next ``frames_per_poll`` frames, mapped."""
        if self._done:
            return Batch(SOURCE)
        if self._items is None:
            self._items = read_recording(self._path)  # opened at the first item
        batches: list[Batch] = []
        count = 0
        try:
            for item in self._items:
                if isinstance(item, RoomHeader):
                    batches.append(self._finish_room())
                    self._header = item
                    continue
                self._feed(item)
                count += 1
                if count >= self._per_poll:
                    break
            else:
                self._done = True
        except OSError as exc:
            raise ConnectorError(f"Could not read the TikTok LIVE recording {self._path}: {exc}",
                                 permanent=True) from exc
        except ValueError as exc:
            raise ConnectorError(f"Broken TikTok LIVE recording: {exc}", permanent=True) from exc
        if self._mapper is not None:
            batches.append(self._mapper.drain())
        batch = _merge([b for b in batches if not b.is_empty()] or [Batch(SOURCE)], SOURCE)
        return Batch(SOURCE, accounts=batch.accounts, sessions=batch.sessions, samples=batch.samples,
                     comments=batch.comments, events=batch.events,
                     meta=(("more_pending", "0" if self._done else "1"),))

    def _finish_room(self) -> Batch:
        mapper, self._mapper = self._mapper, None
        return mapper.drain() if mapper is not None else Batch(SOURCE)

    def _feed(self, frame: Frame) -> None:
        event = parse_frame(frame)
        if self._mapper is None:
            header = self._header
            room = (header.room_id if header else None) or self._room_id
            if room is None:
                common_room = getattr(getattr(event, "common", None), "room_id", 0)
                room = str(common_room) if common_room else self._path.stem
            handle = header.handle if header and header.handle else "@unknown"
            account = self._account or default_account(handle)
            self._mapper = RoomMapper(account, room, started_at=header.started_at if header else None,
                                      title=header.title if header else None)
        self._mapper.feed_event(frame.ts, frame.method, event)

    def close(self) -> None:
        """Stop replaying."""
        self._done = True
        items, self._items = self._items, None
        if items is not None and hasattr(items, "close"):
            items.close()
