"""Which source a figure is read from when several sources wrote the same LIVE.

A LIVE merged from several sources (:mod:`livedesk.models.merging`) holds each source's samples in rows of
their own (``metric_sample`` is keyed on session, source and time). Adding them up would count the same
comments, views or sales twice: TikTok Shop's API sends a LIVE's totals (one row at its start) and, a day
later, its per-minute series, while the TikTok LIVE room sends the same comments, likes, shares and follows
second by second. This module decides, **per metric**, which source's rows are read; every reader (a LIVE's
arrays and totals, the 14-day history, the Overview, the tooltips naming a figure's source) applies the same
rule through it.

The rule, for one metric of one LIVE:

1. The sources that hold a value of the metric are ranked by :data:`PRECEDENCE` (official first: the TikTok
   Shop API, then a Seller Center export, bundles, manual entries, the demo, other sources, OBS, and last the
   unofficial TikTok LIVE room).
2. The best source's values all count. It *covers* the LIVE up to a moment:

   - a **series** (values at several times: per-minute rows, per-second rows) covers up to its last value plus
     its step (the smallest gap between its rows): a minute row covers its whole minute;
   - a **LIVE total** (a value only in the source's first row, as TikTok Shop's totals and Seller Center
     exports are stored) covers the LIVE up to when the source last wrote it (``sample_source.observed_at``):
     the whole LIVE once it has ended, up to the last poll while it runs.

3. Each next source counts only from where every better source's coverage ends: the room's seconds fill in
   what the official data does not cover yet (a running LIVE between two polls, seconds after the last
   per-minute row), never a moment the official data already counts. A metric no better source has (the
   room's viewers now and gifts) comes whole from the source that has it.

So at any moment at most one source counts for a metric, and a LIVE's total is the preferred source's total,
plus only the seconds it does not cover, never the sum of both. A LIVE written by one source (nearly all) is
read as it is stored, without any of this.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
from sqlalchemy import Connection, case, func, literal_column, select
from sqlalchemy.sql.elements import ColumnElement

from livedesk.models import schema as t
from livedesk.models.metrics import STORED_KEYS

OTHER = "*"  # where a source not named in the order ranks
OFFICIAL_FIRST: tuple[str, ...] = ("tiktok_shop", "seller_export", "bundle", "manual", "demo", OTHER, "obs",
                                   "tiktok_live")
# The precedence of every stored metric, best first. One order fits them all today: the official API has the
# money, orders, traffic and also the interaction counts (comments, likes, shares, follows) once it has a LIVE's
# data; the room's own metrics (viewers now, gifts) are not in the official data, so the room provides them.
# A metric may get an order of its own here; readers use nothing else.
PRECEDENCE: Mapping[str, tuple[str, ...]] = MappingProxyType(dict.fromkeys(STORED_KEYS, OFFICIAL_FIRST))

NEG_INF = -math.inf
POS_INF = math.inf


def rank(column: str, source: str) -> tuple[int, str]:
    """Sort key of ``source`` for ``column`` (lower is preferred; unknown sources rank as :data:`OTHER`)."""
    order = PRECEDENCE.get(column, OFFICIAL_FIRST)
    index = order.index(source) if source in order else order.index(OTHER) if OTHER in order else len(order)
    return index, source


def ranked(column: str, sources: Iterable[str]) -> tuple[str, ...]:
    """``sources`` best first for ``column``."""
    return tuple(sorted(set(sources), key=lambda s: rank(column, s)))


@dataclass(frozen=True, slots=True)
class SourceRows:
    """One source's samples of one LIVE.

    Attributes:
        source: who wrote them.
        observed_at: when that source last wrote samples of the LIVE (None: unknown, taken as "always").
        ts: times, ascending (int64).
        columns: stored metric → float64 values, NaN where missing.
    """

    source: str
    observed_at: int | None
    ts: np.ndarray
    columns: Mapping[str, np.ndarray]


def covered_until(rows: SourceRows, column: str) -> float | None:
    """Up to when ``rows`` cover the LIVE for ``column`` (see the module rule), or None without a value."""
    values = rows.columns.get(column)
    if values is None or not rows.ts.size:
        return None
    present = ~np.isnan(values)
    if not present.any():
        return None
    first = int(rows.ts[0])
    last = int(rows.ts[present][-1])
    if last == first:  # a LIVE total: in the source's first row only
        observed = POS_INF if rows.observed_at is None else float(rows.observed_at)
        return max(observed, first + 1.0)
    gaps = np.diff(np.unique(rows.ts))
    return float(last + int(gaps.min()))


@dataclass(frozen=True, slots=True)
class SamplePlan:
    """How one LIVE's samples are read: for each metric, from which time each source's rows count.

    Attributes:
        sources: the sources holding samples of the LIVE, in the default order.
        floors: metric → source → the earliest time a row of that source counts (-inf: all of them); a source
            missing for a metric counts whole.
        needs_stats: the sources whose rows decide a floor (read whole even for a live update).
        key: changes whenever a write may change the floors (compare it to re-read a LIVE in full).
    """

    sources: tuple[str, ...]
    floors: Mapping[str, Mapping[str, float]] = field(default_factory=lambda: MappingProxyType({}))
    needs_stats: frozenset[str] = frozenset()
    key: tuple[object, ...] = ()

    @property
    def single(self) -> bool:
        """One source (or none): its rows are read as they are."""
        return len(self.sources) <= 1

    def floor(self, column: str, source: str) -> float:
        """The earliest time a row of ``source`` counts for ``column``."""
        return self.floors.get(column, {}).get(source, NEG_INF)

    def counts(self, column: str, source: str, ts: np.ndarray) -> np.ndarray:
        """Which of ``source``'s rows at ``ts`` count for ``column`` (bool array)."""
        return ts >= self.floor(column, source)

    def sql_condition(self, column: str) -> str:
        """A SQL condition on ``source`` and ``ts`` selecting the rows that count for ``column``."""
        parts = []
        for source in self.sources:
            lit = "'" + source.replace("'", "''") + "'"
            lo = self.floor(column, source)
            if lo == POS_INF:
                continue
            parts.append(f'"source" = {lit}' if lo == NEG_INF else f'("source" = {lit} AND "ts" >= {int(lo)})')
        return "(" + " OR ".join(parts) + ")" if parts else "(1 = 0)"


def _needs_stats(sources: Sequence[str], columns: Iterable[str]) -> frozenset[str]:
    """The sources ranked above another present source for some column (their coverage bounds another's)."""
    out: set[str] = set()
    for column in columns:
        order = ranked(column, sources)
        out.update(order[:-1])
    return frozenset(out)


def make_plan(sources: Sequence[str], observed: Mapping[str, int | None], parts: Mapping[str, SourceRows],
              columns: Sequence[str] = STORED_KEYS) -> SamplePlan:
    """The plan of a LIVE from its sources and the rows of those that need stats (``parts``)."""
    present = ranked("", sources) if sources else ()
    if len(present) <= 1:
        return SamplePlan(present, key=(present,))
    needs = _needs_stats(present, columns)
    floors: dict[str, dict[str, float]] = {}
    for column in columns:
        running = NEG_INF
        per: dict[str, float] = {}
        for source in ranked(column, present):
            per[source] = running
            rows = parts.get(source)
            until = covered_until(rows, column) if rows is not None else None
            if until is not None:
                running = max(running, until)
        if any(v != NEG_INF for v in per.values()):
            floors[column] = MappingProxyType(per)
    key = (present, tuple(sorted((s, observed.get(s)) for s in needs)))
    return SamplePlan(present, MappingProxyType(floors), needs, key)


def resolve(plan: SamplePlan, parts: Sequence[SourceRows],
            columns: Sequence[str]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """One time axis (every source's times) with, per metric, the values of the rows that count."""
    if len(parts) == 1:
        only = parts[0]
        return only.ts, {c: only.columns[c] for c in columns}
    if not parts:
        return np.empty(0, np.int64), {c: np.empty(0) for c in columns}
    ts = np.unique(np.concatenate([p.ts for p in parts]))
    out = {c: np.full(ts.size, np.nan) for c in columns}
    worst_first = sorted(parts, key=lambda p: rank("", p.source), reverse=True)
    for part in worst_first:
        if not part.ts.size:
            continue
        pos = np.searchsorted(ts, part.ts)
        for column in columns:
            values = part.columns[column]
            keep = ~np.isnan(values) & plan.counts(column, part.source, part.ts)
            if keep.any():
                out[column][pos[keep]] = values[keep]
    return ts, out


# --- reads ------------------------------------------------------------------------------------------------

def observed_sources(conn: Connection, session_id: int) -> dict[str, int | None]:
    """The sources holding samples of a LIVE → when each last wrote them (None when not recorded)."""
    ss = t.sample_source
    found: dict[str, int | None] = {str(r.source): int(r.observed_at) for r in conn.execute(
        select(ss.c.source, ss.c.observed_at).where(ss.c.session_id == session_id))}
    if not found:  # samples written before sources were recorded (or none at all)
        m = t.metric_sample
        found = dict.fromkeys((str(s) for s in conn.execute(
            select(m.c.source).where(m.c.session_id == session_id).distinct()).scalars()), None)
    return found


def read_source_rows(conn: Connection, session_id: int, source: str | None, columns: Sequence[str],
                     *, since_ts: int | None = None, observed_at: int | None = None) -> SourceRows:
    """One source's samples of a LIVE (all sources' when ``source`` is None), newer than ``since_ts``, read at
    driver level (plain DB-API tuples convert to numpy ~8x faster than SQLAlchemy rows)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    cols = ", ".join(f'"{c}"' for c in columns)
    sql = f"SELECT ts{', ' if cols else ''}{cols} FROM metric_sample WHERE session_id = {mark}"
    params: list[object] = [session_id]
    if source is not None:
        sql += f" AND source = {mark}"
        params.append(source)
    if since_ts is not None:
        sql += f" AND ts > {mark}"
        params.append(since_ts)
    sql += " ORDER BY ts" if source is None else " ORDER BY source, ts"
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, tuple(params))
        rows = cursor.fetchall()
    finally:
        cursor.close()
    name = source or ""
    if not rows:
        return SourceRows(name, observed_at, np.empty(0, np.int64), {c: np.empty(0) for c in columns})
    arr = np.array(rows, dtype=np.float64)  # None → NaN
    return SourceRows(name, observed_at, arr[:, 0].astype(np.int64),
                      {c: np.ascontiguousarray(arr[:, i + 1]) for i, c in enumerate(columns)})


def plan_for(conn: Connection, session_id: int, columns: Sequence[str] = STORED_KEYS
             ) -> tuple[SamplePlan, dict[str, SourceRows]]:
    """A LIVE's plan, and the whole rows of the sources it needed to read for it (by source)."""
    observed = observed_sources(conn, session_id)
    sources = ranked("", observed)
    if len(sources) <= 1:
        return SamplePlan(sources, key=(sources,)), {}
    needs = _needs_stats(sources, columns)
    parts = {s: read_source_rows(conn, session_id, s, columns, observed_at=observed[s]) for s in needs}
    return make_plan(sources, observed, parts, columns), parts


def read_samples(conn: Connection, session_id: int, columns: Sequence[str] = STORED_KEYS, *,
                 since_ts: int | None = None) -> tuple[np.ndarray, dict[str, np.ndarray], SamplePlan]:
    """A LIVE's samples with the precedence applied: (times, metric → values, the plan used).

    With ``since_ts`` only rows newer than it are returned, resolved against the whole LIVE's plan.
    """
    observed = observed_sources(conn, session_id)
    sources = ranked("", observed)
    if len(sources) <= 1:
        only = read_source_rows(conn, session_id, sources[0] if sources else None, columns, since_ts=since_ts)
        return only.ts, dict(only.columns), SamplePlan(sources, key=(sources,))
    plan, parts = plan_for(conn, session_id, columns)
    rows = []
    for source in sources:
        part = parts.get(source)
        if part is None:
            part = read_source_rows(conn, session_id, source, columns, since_ts=since_ts,
                                    observed_at=observed[source])
        elif since_ts is not None:
            keep = part.ts > since_ts
            part = SourceRows(source, part.observed_at, part.ts[keep], {c: v[keep] for c, v in part.columns.items()})
        rows.append(part)
    ts, values = resolve(plan, rows, columns)
    return ts, values, plan


def contributing_sources(conn: Connection, session_id: int,
                         columns: Sequence[str] = STORED_KEYS) -> dict[str, tuple[str, ...]]:
    """Stored metric → the sources whose rows count for it in this LIVE (sorted; metrics without a value left out).

    This is what a figure's tooltip names: with two sources writing the same LIVE, only those the precedence
    reads a value from.
    """
    cols = [c for c in columns if c in STORED_KEYS]
    if not cols:
        return {}
    plan, _ = plan_for(conn, session_id, cols)
    counts = ", ".join(f'COUNT(CASE WHEN {plan.sql_condition(c)} THEN "{c}" END)' if not plan.single
                       else f'COUNT("{c}")' for c in cols)
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"SELECT source, {counts} FROM metric_sample WHERE session_id = {mark} GROUP BY source"
    found: dict[str, set[str]] = {}
    for row in conn.exec_driver_sql(sql, (session_id,)):
        for col, n in zip(cols, row[1:], strict=True):
            if n:
                found.setdefault(col, set()).add(str(row[0]))
    return {k: tuple(sorted(v)) for k, v in found.items()}


def multi_source_sessions(conn: Connection, session_ids: Iterable[int] | None = None) -> frozenset[int]:
    """The LIVEs (among ``session_ids``; None: all) whose samples come from more than one source."""
    ss = t.sample_source
    q = select(ss.c.session_id).group_by(ss.c.session_id).having(func.count() > 1)
    if session_ids is None:
        return frozenset(int(v) for v in conn.execute(q).scalars())
    ids = list(session_ids)
    out: set[int] = set()
    for lo in range(0, len(ids), 500):
        out.update(int(v) for v in conn.execute(q.where(ss.c.session_id.in_(ids[lo:lo + 500]))).scalars())
    return frozenset(out)


def counted(plan: SamplePlan, column: str) -> ColumnElement[Any]:
    """``metric_sample.<column>`` where the row counts for it, else NULL (an expression to aggregate)."""
    col = t.metric_sample.c[column]
    if plan.single:
        return col
    return case((literal_column(plan.sql_condition(column)), col))
