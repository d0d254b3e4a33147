"""A LIVE's context across LIVEs: per-LIVE totals aggregated in SQL, and the 14 days before a LIVE."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import Connection, select

from livedesk.models import schema as t
from livedesk.models.metrics import GAUGE_KEYS, STORED_KEYS, Totals
from livedesk.models.precedence import SamplePlan, multi_source_sessions, plan_for
from livedesk.models.records import SessionRecord
from livedesk.models.repository import (
    SampleArrays,
    get_account,
    get_session,
    list_sessions,
    samples,
    session_account_id,
)

GAUGE_KEYS_ORDERED = tuple(sorted(GAUGE_KEYS))


def _aggregates(plan: SamplePlan | None = None) -> str:
    """SUM of every stored column, then MAX and AVG of each gauge; with a plan, of the rows that count only."""
    def only(c: str) -> str:
        return f'"{c}"' if plan is None or plan.single else f'CASE WHEN {plan.sql_condition(c)} THEN "{c}" END'

    sums = ", ".join(f"SUM({only(c)})" for c in STORED_KEYS)
    gauges = ", ".join(f"MAX({only(c)}), AVG({only(c)})" for c in GAUGE_KEYS_ORDERED)
    return f"{sums}, {gauges}"


@dataclass(frozen=True, slots=True)
class SessionTotals:
    """One session's metric totals, ready for :func:`livedesk.models.metrics.value`."""

    session: SessionRecord
    totals: Totals
    samples: int


def session_totals(conn: Connection, *, since: int | None = None, until: int | None = None,
                   account_id: int | None = None) -> tuple[SessionTotals, ...]:
    """Totals of every session started in ``[since, until)`` (of one account if given), newest first."""
    sessions = list_sessions(conn, since=since, until=until, account_id=account_id)
    if not sessions:
        return ()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    ids = [s.id for s in sessions if s.id is not None]
    merged = multi_source_sessions(conn, ids)
    single = [i for i in ids if i not in merged]
    rows = {}
    if single:
        sql = (f"SELECT session_id, COUNT(*), MIN(ts), MAX(ts), {_aggregates()} FROM metric_sample "
               f"WHERE session_id IN ({', '.join(mark for _ in single)}) GROUP BY session_id")
        rows = {r[0]: r for r in conn.exec_driver_sql(sql, tuple(single)).fetchall()}
    for sid in merged:  # several sources: only the rows that count (livedesk.models.precedence)
        plan, _ = plan_for(conn, sid)
        sql = (f"SELECT session_id, COUNT(DISTINCT ts), MIN(ts), MAX(ts), {_aggregates(plan)} FROM metric_sample "
               f"WHERE session_id = {mark} GROUP BY session_id")
        found = conn.exec_driver_sql(sql, (sid,)).first()
        if found is not None:
            rows[sid] = found
    out = []
    n = len(STORED_KEYS)
    for s in sessions:
        r = rows.get(s.id)
        if r is None:
            out.append(SessionTotals(s, Totals({}, {}, {}, {}, None), 0))
            continue
        count, _first, last = r[1], r[2], r[3]
        end = s.ended_at if s.ended_at is not None else last + s.sample_interval_ms
        sum_map = {c: (None if r[4 + i] is None else float(r[4 + i])) for i, c in enumerate(STORED_KEYS)}
        maxes: dict[str, float | None] = {}
        means: dict[str, float | None] = {}
        for j, c in enumerate(GAUGE_KEYS_ORDERED):
            mx, mean = r[4 + n + 2 * j], r[5 + n + 2 * j]
            maxes[c] = None if mx is None else float(mx)
            means[c] = None if mean is None else float(mean)
        out.append(SessionTotals(s, Totals(sum_map, maxes, means, {}, (end - s.started_at) / 1000.0), count))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class SessionHistory:
    """A LIVE's context: the account's earlier LIVEs and the market averages over the same days.

    Attributes:
        session_id: the LIVE this history belongs to.
        lives: the account's ended LIVEs started in the 14 days before this one, newest first.
        previous_samples: samples of the most recent of them (to compare a running LIVE at equal elapsed time).
        benchmark_series: metric key → ((as_of UTC ms, market average), ...) in time order.
    """

    session_id: int
    lives: tuple[SessionTotals, ...]
    previous_samples: SampleArrays | None
    benchmark_series: Mapping[str, tuple[tuple[int, float], ...]]

    @property
    def previous(self) -> SessionTotals | None:
        """The LIVE before this one, if any."""
        return self.lives[0] if self.lives else None


HISTORY_DAYS = 14


def benchmark_series(conn: Connection, market: str | None, since: int,
                     until: int) -> Mapping[str, tuple[tuple[int, float], ...]]:
    """Market averages (14-day window) per metric with ``since <= as_of < until``, in time order."""
    if not market:
        return MappingProxyType({})
    b = t.benchmark
    q = (select(b.c.metric, b.c.as_of, b.c.value)
         .where(b.c.market == market, b.c.window_days == 14, b.c.as_of >= since, b.c.as_of < until)
         .order_by(b.c.metric, b.c.as_of))
    out: dict[str, list[tuple[int, float]]] = {}
    for r in conn.execute(q):
        out.setdefault(r.metric, []).append((int(r.as_of), float(r.value)))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def load_history(conn: Connection, session_id: int) -> SessionHistory:
    """The 14 days of context of a LIVE (aggregated in SQL; slower than the snapshot, so read after it)."""
    session = get_session(conn, session_id)
    if session is None:
        raise KeyError(f"no session with id {session_id}")
    account_id = session_account_id(conn, session_id)
    account = get_account(conn, account_id)
    since = session.started_at - HISTORY_DAYS * 86_400_000
    lives = tuple(s for s in session_totals(conn, since=since, until=session.started_at, account_id=account_id)
                  if s.session.id != session_id and not s.session.is_live)
    prev = samples(conn, lives[0].session.id) if lives and lives[0].session.id is not None else None
    market = account.market if account else None
    return SessionHistory(session_id, lives, prev,
                          benchmark_series(conn, market, since - 86_400_000, session.started_at + 86_400_000))
