"""A fake obs-websocket v5 server for tests: asyncio ``websockets`` on 127.0.0.1, run in a background thread.

It speaks the handshake and the few requests LiveDesk uses, in both subprotocols (``obswebsocket.json`` text
frames and ``obswebsocket.msgpack`` binary frames, the one simpleobsws asks for):

- op 0 Hello, with ``authentication {challenge, salt}`` when the server has a password;
- op 1 Identify, checked: the auth string must be ``base64(sha256(base64(sha256(password + salt)) + challenge))``,
  otherwise the socket closes with 4009 (AuthenticationFailed);
- op 2 Identified;
- op 6 Request → op 7 RequestResponse for ``GetStreamStatus``, ``GetStats`` and ``GetRecordStatus`` (answered
  from :attr:`FakeObsServer.stream_status` etc., which tests change between polls), ``requestStatus``
  ``{result, code}``; any other request gets ``{result: false, code: 204}`` (UnknownRequestType);
- op 5 Event, pushed on demand by :meth:`FakeObsServer.push_event` to clients subscribed to its category.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import msgpack
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

SUBPROTOCOLS = ("obswebsocket.json", "obswebsocket.msgpack")
OUTPUTS = 1 << 6
AUTHENTICATION_FAILED = 4009
TIMEOUT_S = 10.0


def auth_string(password: str, salt: str, challenge: str) -> str:
    """The Identify ``authentication`` value obs-websocket expects."""
    secret = base64.b64encode(hashlib.sha256((password + salt).encode()).digest())
    return base64.b64encode(hashlib.sha256(secret + challenge.encode()).digest()).decode()


@dataclass
class _Client:
    ws: ServerConnection
    subscriptions: int


@dataclass
class FakeObsServer:
    """The server; :meth:`start` it in a thread, :meth:`stop` it at the end.

    Attributes:
        password: None = authentication off.
        stream_status / stats / record_status: the ``responseData`` of each request (change between polls).
        identifies: the ``d`` of every Identify received (checked or not).
        requests: the request types received, in order.
        connections: how many clients completed the handshake.
    """

    password: str | None = None
    stream_status: dict[str, Any] = field(default_factory=lambda: {
        "outputActive": False, "outputReconnecting": False, "outputTimecode": "00:00:00.000",
        "outputDuration": 0, "outputCongestion": 0.0, "outputBytes": 0, "outputSkippedFrames": 0,
        "outputTotalFrames": 0})
    stats: dict[str, Any] = field(default_factory=lambda: {
        "cpuUsage": 12.5, "memoryUsage": 512.0, "availableDiskSpace": 100_000.0, "activeFps": 30.0,
        "averageFrameRenderTime": 2.1, "renderSkippedFrames": 0, "renderTotalFrames": 0,
        "outputSkippedFrames": 0, "outputTotalFrames": 0, "webSocketSessionIncomingMessages": 0,
        "webSocketSessionOutgoingMessages": 0})
    record_status: dict[str, Any] = field(default_factory=lambda: {
        "outputActive": False, "outputPaused": False, "outputTimecode": "00:00:00.000", "outputDuration": 0,
        "outputBytes": 0})
    identifies: list[dict[str, Any]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-obs", daemon=True)
        self._server: Server | None = None
        self._clients: list[_Client] = []
        self._lock = threading.Lock()
        self.port = 0

    # --- lifecycle (test thread) -----------------------------------------------------------------------
    @property
    def url(self) -> str:
        """``ws://127.0.0.1:<port>``."""
        return f"ws://127.0.0.1:{self.port}"

    def start(self) -> FakeObsServer:
        """Listen on a free loopback port."""
        self._thread.start()
        self._server = self._run(self._serve())
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Close every connection and the listening socket, then end the thread."""
        if self._server is not None:
            server, self._server = self._server, None
            server.close()
            self._run(server.wait_closed())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(TIMEOUT_S)
        self._loop.close()

    def set(self, *, stream: dict[str, Any] | None = None, stats: dict[str, Any] | None = None,
            record: dict[str, Any] | None = None) -> None:
        """Change the answers of the next requests."""
        with self._lock:
            self.stream_status.update(stream or {})
            self.stats.update(stats or {})
            self.record_status.update(record or {})

    def push_event(self, event_type: str, data: dict[str, Any], intent: int = OUTPUTS) -> int:
        """Send an event to every identified client subscribed to ``intent``; returns how many got it."""
        return self._run(self._push(event_type, data, intent))

    def drop_connections(self) -> None:
        """Cut every client's TCP connection without a closing handshake (like OBS crashing)."""
        self._run(self._drop())

    def _run(self, coro: Any) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return future.result(TIMEOUT_S)

    # --- the server (its own thread) ---------------------------------------------------------------------
    async def _serve(self) -> Server:
        return await serve(self._handle, "127.0.0.1", 0, subprotocols=list(SUBPROTOCOLS))

    async def _send(self, ws: ServerConnection, op: int, d: dict[str, Any]) -> None:
        message = {"op": op, "d": d}
        if ws.subprotocol == "obswebsocket.msgpack":
            await ws.send(msgpack.packb(message))
        else:
            await ws.send(json.dumps(message))

    @staticmethod
    def _decode(ws: ServerConnection, raw: str | bytes) -> dict[str, Any]:
        if ws.subprotocol == "obswebsocket.msgpack":
            value: dict[str, Any] = msgpack.unpackb(raw)
        else:
            value = json.loads(raw)
        return value

    async def _handle(self, ws: ServerConnection) -> None:
        hello: dict[str, Any] = {"obsStudioVersion": "31.0.0", "obsWebSocketVersion": "5.5.0", "rpcVersion": 1}
        salt = challenge = ""
        if self.password is not None:
            salt, challenge = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
            hello["authentication"] = {"challenge": challenge, "salt": salt}
        try:
            await self._send(ws, 0, hello)
            identify = self._decode(ws, await ws.recv())
            if identify.get("op") != 1:
                await ws.close(4007, "The first message must be Identify.")  # NotIdentified
                return
            d = identify.get("d", {})
            self.identifies.append(d)
            if self.password is not None and d.get("authentication") != auth_string(self.password, salt, challenge):
                await ws.close(AUTHENTICATION_FAILED, "Authentication failed.")
                return
            await self._send(ws, 2, {"negotiatedRpcVersion": 1})
            client = _Client(ws, int(d.get("eventSubscriptions", (1 << 11) - 1)))
            self._clients.append(client)
            self.connections += 1
            try:
                async for raw in ws:
                    message = self._decode(ws, raw)
                    if message.get("op") == 6:
                        await self._answer(ws, message["d"])
            finally:
                self._clients.remove(client)
        except ConnectionClosed:
            pass

    async def _answer(self, ws: ServerConnection, d: dict[str, Any]) -> None:
        kind = d["requestType"]
        self.requests.append(kind)
        with self._lock:
            data = {"GetStreamStatus": self.stream_status, "GetStats": self.stats,
                    "GetRecordStatus": self.record_status}.get(kind)
            data = None if data is None else dict(data)
        response: dict[str, Any] = {"requestType": kind, "requestId": d["requestId"]}
        if data is None:
            response["requestStatus"] = {"result": False, "code": 204, "comment": f"Unknown request {kind}"}
        else:
            response["requestStatus"] = {"result": True, "code": 100}
            response["responseData"] = data
        await self._send(ws, 7, response)

    async def _push(self, event_type: str, data: dict[str, Any], intent: int) -> int:
        sent = 0
        for client in list(self._clients):
            if client.subscriptions & intent:
                await self._send(client.ws, 5, {"eventType": event_type, "eventIntent": intent, "eventData": data})
                sent += 1
        return sent

    async def _drop(self) -> None:
        for client in list(self._clients):
            client.ws.transport.abort()
