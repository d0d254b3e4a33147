"""The same LIVE seen by several sources is one session.

Connectors name a LIVE by a natural key — their account and the platform's id for it — and several of them
may see the same LIVE under different keys: TikTok Shop's API under the shop's account and the LIVE id, the
unofficial TikTok LIVE connector under the creator's @handle and the room id, a Seller Center export under the
creator's handle. When the store is given a session it does not know under that key, it looks for the session
it may already have under another key (:func:`find_merge_target`):

1. **by platform id**: a session with the same external id, on an account of the same platform family
   (``tiktok_shop`` and ``tiktok`` are one family: TikTok);
2. **by handle and time**: a session of the same platform family whose account handle or host is the
   incoming session's account handle or host (``@creator`` = ``creator``, case-insensitive), that started
   within :data:`MERGE_WINDOW_MS` of the incoming one and overlaps it in time; the nearest start wins.

A match is remembered in the ``session_alias`` table (the incoming key → the existing session), so every later
record sent under that key (samples, comments, stream health ...) lands in the existing session, and the match
is deterministic: made once, at the first write. Sessions of one account never merge with each other (they are
distinct LIVEs by their own ids). Every value keeps the ``source`` it was written with.

The reads at the end tell where a LIVE's figures came from (:func:`metric_sources`, :func:`session_sources`)
and which LIVE is running now (:func:`current_live_session`, used to attach OBS to it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from livedesk.models import schema as t
from livedesk.models.metrics import STORED_KEYS
from livedesk.models.records import AccountRef, SessionRef

MERGE_WINDOW_MS = 10 * 60_000
PLATFORM_FAMILIES: Mapping[str, str] = {"tiktok": "tiktok", "tiktok_shop": "tiktok"}
BY_ID = "id"
BY_HANDLE_TIME = "handle_time"


def platform_family(platform: str) -> str:
    """The platform a LIVE runs on: ``tiktok`` for both ``tiktok`` and ``tiktok_shop`` accounts."""
    return PLATFORM_FAMILIES.get(platform, platform)


def handle_key(text: str | None) -> str:
    """A handle or host compared loosely: ``@Creator`` → ``creator``; empty for nothing."""
    return (text or "").strip().lstrip("@").strip().lower()


def identities(*names: str | None) -> frozenset[str]:
    """The non-empty :func:`handle_key` of each name."""
    return frozenset(k for k in (handle_key(n) for n in names) if k)


@dataclass(frozen=True, slots=True)
class MergeTarget:
    """The stored session an incoming one is the same LIVE as, and how that was found."""

    session_id: int
    method: str


def _overlaps(start_a: int, end_a: int | None, start_b: int, end_b: int | None) -> bool:
    """True when two LIVEs share a moment (no end = still running)."""
    return (end_b is None or start_a <= end_b) and (end_a is None or start_b <= end_a)


def _siblings(conn: Connection, account_id: int) -> tuple[list[int], frozenset[str], dict[int, str]]:
    """Other accounts of the same platform family, the account's own handle key, and each sibling's handle."""
    a = t.account
    rows = list(conn.execute(select(a.c.id, a.c.platform, a.c.handle)))
    own = next((r for r in rows if r.id == account_id), None)
    if own is None:
        return [], frozenset(), {}
    family = platform_family(own.platform)
    others = {int(r.id): str(r.handle) for r in rows if r.id != account_id and platform_family(r.platform) == family}
    return list(others), identities(own.handle), others


def find_merge_target(conn: Connection, *, account_id: int, external_id: str, started_at: int,
                      ended_at: int | None, host: str | None,
                      window_ms: int = MERGE_WINDOW_MS) -> MergeTarget | None:
    """The stored session (of another account of the same platform family) that is the same LIVE, if any."""
    siblings, own_ids, handles = _siblings(conn, account_id)
    if not siblings:
        return None
    s = t.live_session
    by_id = conn.execute(select(s.c.id).where(s.c.account_id.in_(siblings), s.c.external_id == external_id)
                         .order_by(s.c.id).limit(1)).scalar()
    if by_id is not None:
        return MergeTarget(int(by_id), BY_ID)
    mine = own_ids | identities(host)
    if not mine:
        return None
    near = conn.execute(select(s.c.id, s.c.account_id, s.c.host, s.c.started_at, s.c.ended_at).where(
        s.c.account_id.in_(siblings), s.c.started_at >= started_at - window_ms,
        s.c.started_at <= started_at + window_ms))
    best: tuple[int, int] | None = None
    for r in near:
        if not mine & identities(handles.get(int(r.account_id)), r.host):
            continue
        if not _overlaps(started_at, ended_at, int(r.started_at), r.ended_at):
            continue
        key = (abs(int(r.started_at) - started_at), int(r.id))
        if best is None or key < best:
            best = key
    return None if best is None else MergeTarget(best[1], BY_HANDLE_TIME)


def session_exists(conn: Connection, account_id: int, external_id: str) -> bool:
    """True when a session is stored under exactly this natural key."""
    s = t.live_session
    return conn.execute(select(s.c.id).where(s.c.account_id == account_id, s.c.external_id == external_id)
                        ).scalar() is not None


def alias_of(conn: Connection, account_id: int, external_id: str) -> int | None:
    """The session a natural key was merged into, or None."""
    al = t.session_alias
    found = conn.execute(select(al.c.session_id).where(al.c.account_id == account_id,
                                                       al.c.external_id == external_id)).scalar()
    return None if found is None else int(found)


def add_alias(conn: Connection, account_id: int, external_id: str, target: MergeTarget, source: str) -> None:
    """Remember that ``(account_id, external_id)`` is the session ``target``."""
    conn.execute(t.session_alias.insert().values(account_id=account_id, external_id=external_id,
                                                 session_id=target.session_id, method=target.method,
                                                 source=source))


def merge_into(conn: Connection, session_id: int, row: Mapping[str, Any]) -> None:
    """Fold what another source says about a LIVE into the stored session.

    The stored session keeps its key, title, host, start, currency and ``source``. An end reported by either
    source ends it (at the later end time); a replay is taken when it has none (its offset re-based on the
    stored start, so the video stays at the same LIVE time).
    """
    s = t.live_session
    cur = conn.execute(select(s.c.started_at, s.c.ended_at, s.c.status, s.c.replay_uri)
                       .where(s.c.id == session_id)).first()
    if cur is None:
        return
    values: dict[str, Any] = {}
    ended = row.get("ended_at")
    if row.get("status") == "ended" and ended is not None:
        end = max(int(ended), int(cur.ended_at)) if cur.ended_at is not None else int(ended)
        if cur.status != "ended" or end != cur.ended_at:
            values.update(status="ended", ended_at=end)
    if cur.replay_uri is None and row.get("replay_uri"):
        recorded_from = int(row["started_at"]) + int(row.get("replay_offset_ms") or 0)
        values.update(replay_uri=row["replay_uri"], replay_offset_ms=recorded_from - int(cur.started_at))
    if values:
        conn.execute(s.update().where(s.c.id == session_id).values(**values))


# --- reads ------------------------------------------------------------------------------------------------

def session_sources(conn: Connection, session_id: int) -> tuple[str, ...]:
    """Every source that wrote the session or was merged into it (the session's own first)."""
    s, al = t.live_session, t.session_alias
    own = conn.execute(select(s.c.source).where(s.c.id == session_id)).scalar()
    merged = conn.execute(select(al.c.source).where(al.c.session_id == session_id).distinct()).scalars()
    out = [str(own)] if own is not None else []
    out += sorted({str(m) for m in merged} - set(out))
    return tuple(out)


def metric_sources(conn: Connection, session_id: int, columns: Iterable[str] = STORED_KEYS
                   ) -> dict[str, tuple[str, ...]]:
    """Stored metric → the sources of the sample rows holding a value of it in this session (sorted).

    A sample row carries one ``source`` (the last writer of that instant), so for two sources writing the
    same instant this names the later one.
    """
    cols = [c for c in columns if c in STORED_KEYS]
    m = t.metric_sample
    stmt = select(m.c.source, *(func.count(m.c[c]) for c in cols)).where(m.c.session_id == session_id
                                                                         ).group_by(m.c.source)
    found: dict[str, set[str]] = {}
    for row in conn.execute(stmt):
        source = str(row[0])
        for col, n in zip(cols, row[1:], strict=True):
            if n:
                found.setdefault(col, set()).add(source)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def current_live_session(conn: Connection, *, selected: int | None = None,
                         prefer_source: str = "tiktok_live") -> SessionRef | None:
    """The LIVE running now: the one ``prefer_source`` (the TikTok LIVE connector) is receiving, else the
    selected one if it is running, else the newest running LIVE; None when no LIVE runs."""
    s, a, al = t.live_session, t.account, t.session_alias
    rows = list(conn.execute(
        select(s.c.id, s.c.source, s.c.external_id, a.c.platform, a.c.handle)
        .join(a, a.c.id == s.c.account_id).where(s.c.status == "live").order_by(s.c.started_at.desc(), s.c.id)))
    if not rows:
        return None
    ids = [int(r.id) for r in rows]
    fed = {int(v) for v in conn.execute(select(al.c.session_id).where(al.c.session_id.in_(ids),
                                                                      al.c.source == prefer_source)).scalars()}
    chosen = (next((r for r in rows if r.source == prefer_source or int(r.id) in fed), None)
              or next((r for r in rows if int(r.id) == selected), None) or rows[0])
    return SessionRef(AccountRef(str(chosen.platform), str(chosen.handle)), str(chosen.external_id))
