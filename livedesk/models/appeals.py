"""Appeals and violations across LIVEs: reads for the appeal history and the support staff's violation list."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import Connection, select

from livedesk.models import schema as t
from livedesk.models.records import AccountRef, AppealStatus, SessionRef, ViolationRecord


@dataclass(frozen=True, slots=True)
class AppealEntry:
    """One dated step of an appeal (draft, submitted, accepted, rejected)."""

    ts: int
    status: AppealStatus
    note: str
    source: str


@dataclass(frozen=True, slots=True)
class ViolationRow:
    """A violation with the LIVE and account it belongs to (the cross-LIVE list)."""

    violation: ViolationRecord
    session_id: int
    session_title: str
    session_started_at: int
    account_id: int
    account_name: str
    session_source: str


def histories(conn: Connection, violation_ids: Iterable[int]) -> Mapping[int, tuple[AppealEntry, ...]]:
    """The appeal history of each violation, oldest step first (violations without history are absent)."""
    ids = list(violation_ids)
    if not ids:
        return MappingProxyType({})
    h = t.appeal_history
    q = select(h).where(h.c.violation_id.in_(ids)).order_by(h.c.violation_id, h.c.ts)
    out: dict[int, list[AppealEntry]] = {}
    for r in conn.execute(q):
        out.setdefault(r.violation_id, []).append(AppealEntry(r.ts, AppealStatus(r.status), r.note, r.source))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def session_histories(conn: Connection, session_id: int) -> Mapping[int, tuple[AppealEntry, ...]]:
    """The appeal histories of one LIVE's violations."""
    v = t.violation
    ids = conn.execute(select(v.c.id).where(v.c.session_id == session_id)).scalars()
    return histories(conn, ids)


def all_violations(conn: Connection, violation_id: int | None = None) -> tuple[ViolationRow, ...]:
    """Every cached violation (or the one with ``violation_id``) with its LIVE and account, newest first."""
    v, s, a = t.violation, t.live_session, t.account
    q = (select(v, s.c.id.label("sid"), s.c.external_id.label("session_external_id"), s.c.title.label("stitle"),
                s.c.started_at.label("sstart"), s.c.source.label("ssource"), a.c.id.label("aid"), a.c.platform,
                a.c.handle, a.c.display_name)
         .join(s, s.c.id == v.c.session_id).join(a, a.c.id == s.c.account_id)
         .order_by(v.c.ts.desc()))
    if violation_id is not None:
        q = q.where(v.c.id == violation_id)
    out = []
    for r in conn.execute(q):
        ref = SessionRef(AccountRef(r.platform, r.handle), r.session_external_id)
        rec = ViolationRecord(ref, r.external_id, r.ts, r.ts_end, r.policy, r.reason, r.severity, r.consequence,
                              r.recommendation, r.source, AppealStatus(r.appeal_status), r.appeal_text, r.id,
                              r.appeal_evidence)
        name = r.display_name or r.handle
        out.append(ViolationRow(rec, r.sid, r.stitle, r.sstart, r.aid, name, r.ssource))
    return tuple(out)


def violation(conn: Connection, violation_id: int) -> ViolationRow | None:
    """One violation with its LIVE, or None."""
    rows = all_violations(conn, violation_id)
    return rows[0] if rows else None


def pending_appeals(conn: Connection, sources: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Submitted, unresolved appeals on LIVEs of ``sources``: (violation id, submission time)."""
    v, s, h = t.violation, t.live_session, t.appeal_history
    q = (select(v.c.id, h.c.ts).join(s, s.c.id == v.c.session_id).join(h, h.c.violation_id == v.c.id)
         .where(v.c.appeal_status == AppealStatus.SUBMITTED.value, s.c.source.in_(list(sources)),
                h.c.status == AppealStatus.SUBMITTED.value)
         .order_by(v.c.id, h.c.ts))
    latest: dict[int, int] = {}
    for vid, ts in conn.execute(q):
        latest[vid] = ts
    return tuple(latest.items())
