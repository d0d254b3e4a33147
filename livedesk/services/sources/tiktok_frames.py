"""Raw TikTok LIVE room frames: recording them to JSON lines, reading them back, and parsing them.

A frame is one Webcast message as it came off the room's WebSocket: its wire ``method`` (e.g.
``WebcastChatMessage``), its protobuf ``payload`` and the local time it was received (UTC ms). A recording is
a JSON-lines file:

- an optional room header ``{"room": {"room_id": "...", "handle": "@...", "title": "...", "started_at": ms}}``
  (written when the connection is made; a recording may hold several rooms one after the other);
- one line per frame ``{"ts": ms, "method": "WebcastChatMessage", "payload": "<base64>"}``.

:func:`parse_frame` turns a frame into the TikTokLive library's event object exactly as the library does,
``EVENT_MAPPINGS[method]().parse(payload)``, so live frames and replayed frames take one path. The library is
imported lazily, only when a frame is parsed (it is the optional extra ``livedesk[tiktok]``).
"""

from __future__ import annotations

import base64
import json
import logging
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Frame:
    """One Webcast message of a LIVE room.

    Attributes:
        ts: when it was received (UTC ms).
        method: the wire message name, the key of the library's ``EVENT_MAPPINGS``.
        payload: the protobuf bytes of the message.
    """

    ts: int
    method: str
    payload: bytes

    def to_json(self) -> str:
        """The recording line (without the newline)."""
        return json.dumps({"ts": self.ts, "method": self.method,
                           "payload": base64.b64encode(self.payload).decode("ascii")}, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class RoomHeader:
    """What a recording knows of the room its following frames come from."""

    room_id: str
    handle: str | None = None
    title: str | None = None
    started_at: int | None = None

    def to_json(self) -> str:
        """The recording line (without the newline)."""
        room = {"room_id": self.room_id, "handle": self.handle, "title": self.title, "started_at": self.started_at}
        return json.dumps({"room": room}, separators=(",", ":"), ensure_ascii=False)


class FrameRecorder:
    """Appends room headers and frames to a JSON-lines recording (flushed line by line).

    Args:
        path: the recording file; created with its folder, appended to when it exists.
    """

    def __init__(self, path: str | Path) -> None:
        self._path = Path(path)
        self._path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[str] | None = self._path.open("a", encoding="utf-8")

    @property
    def path(self) -> Path:
        """The recording file."""
        return self._path

    def write_room(self, header: RoomHeader) -> None:
        """Start a room's frames."""
        self._write(header.to_json())

    def write(self, frames: Iterable[Frame]) -> None:
        """Append frames."""
        for frame in frames:
            self._write(frame.to_json())

    def _write(self, line: str) -> None:
        if self._file is None:
            raise ValueError("the recorder is closed")
        self._file.write(line + "\n")
        self._file.flush()

    def close(self) -> None:
        """Close the file (idempotent)."""
        if self._file is not None:
            self._file.close()
            self._file = None


def decode_line(line: str) -> Frame | RoomHeader | None:
    """One recording line as a frame or a room header; None for a blank line.

    Raises:
        ValueError: the line is not a frame or header.
    """
    line = line.strip()
    if not line:
        return None
    value: Any = json.loads(line)
    if isinstance(value, dict) and isinstance(value.get("room"), dict):
        room = value["room"]
        started = room.get("started_at")
        return RoomHeader(str(room["room_id"]), room.get("handle"), room.get("title"),
                          int(started) if started is not None else None)
    if isinstance(value, dict) and {"ts", "method", "payload"} <= value.keys():
        return Frame(int(value["ts"]), str(value["method"]), base64.b64decode(value["payload"]))
    raise ValueError(f"not a TikTok LIVE frame: {line[:80]!r}")


def read_recording(path: str | Path) -> Iterator[Frame | RoomHeader]:
    """The headers and frames of a recording, in file order (lazily)."""
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            try:
                item = decode_line(line)
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{path}:{number}: {exc}") from exc
            if item is not None:
                yield item


def write_recording(path: str | Path, items: Iterable[Frame | RoomHeader]) -> None:
    """Write a whole recording (replaces the file)."""
    with Path(path).open("w", encoding="utf-8", newline="\n") as fh:
        for item in items:
            fh.write(item.to_json() + "\n")


def frames_of(fetch_result: Any, ts: int) -> list[Frame]:
    """The frames of one ``ProtoMessageFetchResult`` (the library's ``WebsocketResponseEvent.raw``)."""
    return [Frame(ts, str(m.method), bytes(m.payload or b"")) for m in (fetch_result.messages or ()) if m is not None]


def load_library() -> dict[str, Any]:
    """Import the TikTokLive library; returns its ``EVENT_MAPPINGS`` (wire method → event class).

    TikTokLive 7 imports ``websockets.legacy`` and deprecated ``websockets`` names, which warn on import; those
    deprecation warnings are the library's and not actionable here, so they are silenced for this import only.

    Raises:
        ImportError: the library (the ``livedesk[tiktok]`` extra) is not installed.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import TikTokLive  # noqa: F401  (first: a package disabled in sys.modules must fail here)
        from TikTokLive.events.proto_events import EVENT_MAPPINGS
    return EVENT_MAPPINGS


def parse_frame(frame: Frame) -> Any | None:
    """The library's event for a frame (``EVENT_MAPPINGS[method]().parse(payload)``); None when unknown or broken."""
    EVENT_MAPPINGS = load_library()  # noqa: N806  (the library's name)

    event_type = EVENT_MAPPINGS.get(frame.method)
    if event_type is None:
        return None
    try:
        return event_type().parse(frame.payload)
    except Exception:  # a schema change upstream: skip the message, keep the room
        log.warning("could not parse a %s frame (%d bytes)", frame.method, len(frame.payload), exc_info=True)
        return None
