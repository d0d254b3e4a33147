"""Stream health: the encoder's samples of a LIVE (from OBS) and how good or bad each figure is.

Thresholds (the colour of each figure in the health strip):

============================  ===============  ====================  ==============
figure                        good (green)     warning (amber)       bad (red)
============================  ===============  ====================  ==============
bitrate (kbps)                >= 2500          1000 – 2499           < 1000, or reconnecting
dropped frames (% of sent)    < 1 %            1 % – 4.99 %          >= 5 %
congestion (0..1)             < 0.10           0.10 – 0.49           >= 0.50
OBS CPU (% of one core)       < 60 %           60 % – 84.9 %         >= 85 %
============================  ===============  ====================  ==============

TikTok recommends 2.5–6 Mbps for a 720p/1080p LIVE; below 1 Mbps the picture visibly breaks up. OBS itself
shows dropped frames in yellow from 1 % and in red from 5 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import Connection, select

from livedesk.models import schema as t

BITRATE_GOOD_KBPS = 2500.0
BITRATE_WARN_KBPS = 1000.0
DROPPED_WARN = 0.01
DROPPED_BAD = 0.05
CONGESTION_WARN = 0.10
CONGESTION_BAD = 0.50
CPU_WARN_PERCENT = 60.0
CPU_BAD_PERCENT = 85.0


class Level(Enum):
    """How healthy one figure is."""

    GOOD = "good"
    WARN = "warn"
    BAD = "bad"
    UNKNOWN = "unknown"  # no value


@dataclass(frozen=True, slots=True)
class StreamHealth:
    """One stored stream-health sample (see :class:`livedesk.models.records.StreamHealthRecord`)."""

    ts: int
    bitrate_kbps: float | None
    dropped_frames: int | None
    total_frames: int | None
    skipped_render_frames: int | None
    congestion: float | None
    cpu_percent: float | None
    active: bool | None
    reconnecting: bool | None
    source: str

    @property
    def dropped_ratio(self) -> float | None:
        """Frames dropped by the network output ÷ frames sent since the stream started (0..1)."""
        if self.dropped_frames is None or not self.total_frames:
            return None
        return self.dropped_frames / self.total_frames


def stream_health(conn: Connection, session_id: int, *, since_ts: int | None = None,
                  limit: int | None = None) -> tuple[StreamHealth, ...]:
    """A session's stream-health samples in time order.

    Args:
        conn: a connection to the cache.
        session_id: the LIVE.
        since_ts: only samples with ``ts > since_ts``.
        limit: only the newest ``limit`` samples (still returned oldest first).
    """
    h = t.stream_health
    stmt = select(h.c.ts, h.c.bitrate_kbps, h.c.dropped_frames, h.c.total_frames, h.c.skipped_render_frames,
                  h.c.congestion, h.c.cpu_percent, h.c.active, h.c.reconnecting, h.c.source
                  ).where(h.c.session_id == session_id)
    if since_ts is not None:
        stmt = stmt.where(h.c.ts > since_ts)
    if limit is not None:
        rows = list(conn.execute(stmt.order_by(h.c.ts.desc()).limit(limit)))
        rows.reverse()
    else:
        rows = list(conn.execute(stmt.order_by(h.c.ts)))
    return tuple(StreamHealth(int(r.ts), r.bitrate_kbps, r.dropped_frames, r.total_frames, r.skipped_render_frames,
                              r.congestion, r.cpu_percent, None if r.active is None else bool(r.active),
                              None if r.reconnecting is None else bool(r.reconnecting), r.source) for r in rows)


def bitrate_level(kbps: float | None, *, reconnecting: bool = False) -> Level:
    """Green from 2500 kbps, amber from 1000 kbps, red below or while the output reconnects."""
    if reconnecting:
        return Level.BAD
    if kbps is None:
        return Level.UNKNOWN
    if kbps >= BITRATE_GOOD_KBPS:
        return Level.GOOD
    return Level.WARN if kbps >= BITRATE_WARN_KBPS else Level.BAD


def _rising(value: float | None, warn: float, bad: float) -> Level:
    if value is None:
        return Level.UNKNOWN
    if value >= bad:
        return Level.BAD
    return Level.WARN if value >= warn else Level.GOOD


def dropped_level(ratio: float | None) -> Level:
    """Green below 1 % dropped, amber below 5 %, red from 5 %."""
    return _rising(ratio, DROPPED_WARN, DROPPED_BAD)


def congestion_level(congestion: float | None) -> Level:
    """Green below 0.10, amber below 0.50, red from 0.50."""
    return _rising(congestion, CONGESTION_WARN, CONGESTION_BAD)


def cpu_level(percent: float | None) -> Level:
    """Green below 60 %, amber below 85 %, red from 85 %."""
    return _rising(percent, CPU_WARN_PERCENT, CPU_BAD_PERCENT)
