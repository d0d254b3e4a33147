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
distinct LIVEs by their own ids). Every value keeps the ``source`` it was written with; which source a merged
LIVE's figures are read from is decided by :mod:`livedesk.models.precedence`.

A wrong merge can be undone (:func:`separate`): the merged source's rows move to a LIVE of its own, and the
pair is remembered in ``session_split`` so that no later write merges them again.

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
from livedesk.models.precedence import contributing_sources
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


def refused_sessions(conn: Connection, account_id: int, external_id: str) -> frozenset[int]:
    """The sessions a natural key must not be merged into: those the user separated it from (:func:`separate`)."""
    sp, s, al = t.session_split, t.live_session, t.session_alias
    keys = {(int(r[0]), str(r[1])) for r in conn.execute(
        select(sp.c.other_account_id, sp.c.other_external_id).where(
            sp.c.account_id == account_id, sp.c.external_id == external_id))}
    keys |= {(int(r[0]), str(r[1])) for r in conn.execute(
        select(sp.c.account_id, sp.c.external_id).where(
            sp.c.other_account_id == account_id, sp.c.other_external_id == external_id))}
    out: set[int] = set()
    for aid, ext in keys:
        out.update(int(v) for v in conn.execute(
            select(s.c.id).where(s.c.account_id == aid, s.c.external_id == ext)).scalars())
        out.update(int(v) for v in conn.execute(
            select(al.c.session_id).where(al.c.account_id == aid, al.c.external_id == ext)).scalars())
    return frozenset(out)


def find_merge_target(conn: Connection, *, account_id: int, external_id: str, started_at: int,
                      ended_at: int | None, host: str | None,
                      window_ms: int = MERGE_WINDOW_MS) -> MergeTarget | None:
    """The stored session (of another account of the same platform family) that is the same LIVE, if any.

    Sessions the user separated this key from (:func:`refused_sessions`) are never a match.
    """
    siblings, own_ids, handles = _siblings(conn, account_id)
    if not siblings:
        return None
    refused = refused_sessions(conn, account_id, external_id)
    s = t.live_session
    by_id = conn.execute(select(s.c.id).where(s.c.account_id.in_(siblings), s.c.external_id == external_id,
                                              s.c.id.not_in(refused))
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
        if int(r.id) in refused or not mine & identities(handles.get(int(r.account_id)), r.host):
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


ALIAS_FIELDS = ("title", "host", "started_at", "ended_at", "status", "currency", "sample_interval_ms")


def add_alias(conn: Connection, account_id: int, external_id: str, target: MergeTarget, source: str,
              row: Mapping[str, Any] | None = None) -> None:
    """Remember that ``(account_id, external_id)`` is the session ``target`` (with what ``row`` says of the LIVE)."""
    conn.execute(t.session_alias.insert().values(account_id=account_id, external_id=external_id,
                                                 session_id=target.session_id, method=target.method,
                                                 source=source, **_alias_fields(row)))


def update_alias(conn: Connection, account_id: int, external_id: str, row: Mapping[str, Any]) -> None:
    """Keep what the merged source last said about its LIVE (for :func:`separate`)."""
    al = t.session_alias
    conn.execute(al.update().where(al.c.account_id == account_id, al.c.external_id == external_id)
                 .values(**_alias_fields(row)))


def _alias_fields(row: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: row.get(k) for k in ALIAS_FIELDS} if row is not None else {}


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


# --- undoing a merge ---------------------------------------------------------------------------------------

class MergeError(Exception):
    """A merge cannot be undone as asked (the message says why, for the user)."""


@dataclass(frozen=True, slots=True)
class MergedPart:
    """A source's LIVE merged into another LIVE: its natural key and what it said about the LIVE.

    Attributes:
        session_id: the LIVE it is merged into.
        account_id / platform / handle / external_id: its own natural key.
        source: the source that sent it (its rows carry this source).
        method: how it was matched (:data:`BY_ID` or :data:`BY_HANDLE_TIME`).
        title ... sample_interval_ms: the LIVE as that source last sent it (None for merges made before they
            were kept).
    """

    session_id: int
    account_id: int
    platform: str
    handle: str
    external_id: str
    source: str
    method: str
    title: str | None = None
    host: str | None = None
    started_at: int | None = None
    ended_at: int | None = None
    status: str | None = None
    currency: str | None = None
    sample_interval_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Separated:
    """A merge undone: ``source``'s rows moved from ``session_id`` to the new LIVE ``new_session_id``.

    Attributes:
        moved: table → rows moved (tables without a row left out).
    """

    session_id: int
    new_session_id: int
    source: str
    external_id: str
    moved: Mapping[str, int]

    @property
    def rows(self) -> int:
        """Rows moved in all."""
        return sum(self.moved.values())


def merged_parts(conn: Connection, session_id: int) -> tuple[MergedPart, ...]:
    """The sources' LIVEs merged into a LIVE, in the order they were merged."""
    al, a = t.session_alias, t.account
    q = (select(al, a.c.platform, a.c.handle).join(a, a.c.id == al.c.account_id)
         .where(al.c.session_id == session_id).order_by(al.c.source, a.c.handle, al.c.external_id))
    return tuple(MergedPart(int(r.session_id), int(r.account_id), str(r.platform), str(r.handle),
                            str(r.external_id), str(r.source), str(r.method),
                            **{k: r._mapping[k] for k in ALIAS_FIELDS}) for r in conn.execute(q))


def _choose_part(conn: Connection, session_id: int, source: str | None, external_id: str | None) -> MergedPart:
    parts = merged_parts(conn, session_id)
    if not parts:
        raise MergeError(f"LIVE {session_id} has no other source merged into it: there is nothing to separate")
    chosen = [p for p in parts if (source is None or p.source == source)
              and (external_id is None or p.external_id == external_id)]
    named = ", ".join(f"{p.source} ({p.handle}, LIVE {p.external_id})" for p in parts)
    if not chosen:
        raise MergeError(f"no such source is merged into LIVE {session_id}; merged: {named}")
    if len(chosen) > 1 and len({p.source for p in chosen}) == 1:
        raise _apart(session_id, chosen[0].source)
    if len(chosen) > 1:
        raise MergeError(f"several sources are merged into LIVE {session_id} ({named}): choose one")
    return chosen[0]


def _apart(session_id: int, source: str) -> MergeError:
    return MergeError(f"the {source} rows of LIVE {session_id} cannot be told apart from its other {source} rows "
                      "(the same source wrote both), so they cannot be separated")


def _owned_tables() -> list[Any]:
    """Every table holding a LIVE's facts by ``session_id`` and ``source`` (the rows a separation moves)."""
    return [table for table in t.metadata.sorted_tables
            if "session_id" in table.c and "source" in table.c and table is not t.session_alias]


def separate(conn: Connection, session_id: int, *, source: str | None = None, external_id: str | None = None,
             now: int) -> Separated:
    """Undo a merge: the source merged into ``session_id`` gets back a LIVE of its own, with all of its rows.

    The part is chosen by ``source`` (and ``external_id`` when one source sent several); without either, the
    LIVE must have exactly one part. Every row of that source (samples, comments, events, products, channels,
    audience, violations with their appeals ...) moves to the new LIVE, which gets the part's natural key, and
    what the source last said of the LIVE (title, host, start, end). The alias is dropped and the pair is kept
    in ``session_split``, so neither a re-sync nor another source merges them again. Run it in ONE transaction
    (the caller's); anything that goes wrong raises and must roll all of it back.

    The LIVE left keeps its own title, start and replay; an end the separated source reported stays until its
    own source sends the LIVE again.

    Raises:
        MergeError: no such part, or its rows cannot be told apart from the LIVE's own (same source).
    """
    s = t.live_session
    live = conn.execute(select(s).where(s.c.id == session_id)).first()
    if live is None:
        raise MergeError(f"there is no LIVE with id {session_id} in the cache")
    part = _choose_part(conn, session_id, source, external_id)
    same = [p for p in merged_parts(conn, session_id) if p.source == part.source]
    if part.source == live.source or len(same) > 1:
        raise _apart(session_id, part.source)
    if session_exists(conn, part.account_id, part.external_id):  # cannot happen: an alias is never a session
        raise MergeError(f"{part.handle} already has a LIVE {part.external_id} of its own")
    started = part.started_at
    if started is None:  # a merge made before the source's own start was kept: its earliest row
        firsts = [conn.execute(select(func.min(tb.c.ts)).where(tb.c.session_id == session_id,
                                                                tb.c.source == part.source)).scalar()
                  for tb in (t.metric_sample, t.comment, t.event)]
        started = min((int(v) for v in firsts if v is not None), default=int(live.started_at))
    known = part.status is not None
    row = conn.execute(s.insert().values(
        account_id=part.account_id, external_id=part.external_id, title=part.title or live.title,
        host=part.host or live.host, started_at=started, ended_at=part.ended_at if known else live.ended_at,
        status=part.status if known else live.status, replay_uri=None, replay_offset_ms=0,
        sample_interval_ms=part.sample_interval_ms or live.sample_interval_ms, currency=part.currency or live.currency,
        source=part.source))
    new_id = int(row.inserted_primary_key[0])
    moved: dict[str, int] = {}
    for table in _owned_tables():
        res = conn.execute(table.update().where(table.c.session_id == session_id, table.c.source == part.source)
                           .values(session_id=new_id))
        if res.rowcount:
            moved[table.name] = int(res.rowcount)
    al = t.session_alias
    conn.execute(al.delete().where(al.c.account_id == part.account_id, al.c.external_id == part.external_id))
    conn.execute(t.session_split.insert().values(account_id=part.account_id, external_id=part.external_id,
                                                 other_account_id=live.account_id,
                                                 other_external_id=live.external_id, split_at=now))
    return Separated(session_id, new_id, part.source, part.external_id, moved)


def split_pairs(conn: Connection) -> tuple[tuple[str, str, str, str], ...]:
    """Every merge a user undid: (handle, external id, other handle, other external id)."""
    sp, a, b = t.session_split, t.account.alias("a"), t.account.alias("b")
    q = (select(a.c.handle, sp.c.external_id, b.c.handle, sp.c.other_external_id)
         .join(a, a.c.id == sp.c.account_id).join(b, b.c.id == sp.c.other_account_id).order_by(sp.c.split_at))
    return tuple((str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in conn.execute(q))


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
    """Stored metric → the sources whose values the LIVE's figures are read from (sorted).

    With several sources writing the same LIVE, a source counts only where the precedence reads it
    (:mod:`livedesk.models.precedence`): TikTok Shop's GMV and, for comments, the room only when its seconds
    fill in what TikTok Shop does not cover.
    """
    return contributing_sources(conn, session_id, tuple(columns))


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
