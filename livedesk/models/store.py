"""Writes to the cache: every batch is one transaction of idempotent upserts keyed on natural keys."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, case, func, or_, select
from sqlalchemy.dialects import sqlite

from livedesk.models import merging
from livedesk.models import schema as t
from livedesk.models.metrics import STORED_KEYS
from livedesk.models.records import (
    AccountRef,
    AppealStatus,
    Batch,
    EventRecord,
    SampleBlock,
    SessionRef,
    SessionReplayRecord,
    StreamHealthRecord,
    ViolationRecord,
)


class StoreError(Exception):
    """A batch could not be written; nothing of it was kept."""


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What a committed batch changed.

    Attributes:
        session_ids: database ids of the sessions the batch touched.
        what: names of the record kinds written (``samples``, ``comments`` ...).
        up_to_ts: newest sample time written, if any.
        rows: number of rows upserted.
    """

    session_ids: tuple[int, ...]
    what: frozenset[str]
    up_to_ts: int | None
    rows: int


def now_ms() -> int:
    """The current UTC time in epoch milliseconds."""
    return int(time.time() * 1000)


class Store:
    """The single writer of the cache database.

    Args:
        engine: the engine of the cache; the store opens its own connections on the calling thread.
    """

    def __init__(self, engine: Engine, *, clock: Callable[[], int] = now_ms) -> None:
        self._engine = engine
        self._clock = clock
        self._sample_sql: dict[tuple[tuple[str, ...], int, str], str] = {}

    @property
    def engine(self) -> Engine:
        """The engine written to."""
        return self._engine

    def write(self, batch: Batch) -> WriteResult:
        """Upsert every record of ``batch`` in one transaction.

        Raises:
            StoreError: the batch was rolled back (the message names the record kind).
        """
        try:
            with self._engine.begin() as conn:
                return _Writer(conn, self._sample_sql, self._clock).write(batch)
        except StoreError:
            raise
        except Exception as exc:  # SQLAlchemy / driver errors: report, keep nothing
            raise StoreError(f"could not write {batch.source} batch: {exc.__class__.__name__}: {exc}") from exc

    def transaction(self) -> StoreTransaction:
        """Several writes in ONE transaction, for an import bigger than one batch (see :class:`StoreTransaction`).

        ``with store.transaction() as tx: tx.write(batch); tx.upsert(table, rows, keys)`` keeps everything or
        nothing: an exception inside the block (a bad row, a cancel) rolls all of it back and propagates.
        """
        return StoreTransaction(self._engine, self._sample_sql, self._clock)

    def end_stale_live_sessions(self, source: str, *, keep_started_at: int | None = None) -> int:
        """Mark LIVEs of ``source`` still flagged live as ended at their last sample.

        Used when a connector restarts: a LIVE that was running when the app last closed is over, and its
        source will not report its end any more. A LIVE the source resumes (``keep_started_at``) stays live.
        Returns the number of sessions ended.
        """
        s, m = t.live_session, t.metric_sample
        last = select(func.max(m.c.ts)).where(m.c.session_id == s.c.id).scalar_subquery()
        stmt = s.update().where(s.c.source == source, s.c.status == "live")
        if keep_started_at is not None:
            stmt = stmt.where(s.c.started_at != keep_started_at)
        with self._engine.begin() as conn:
            res = conn.execute(stmt.values(status="ended", ended_at=func.coalesce(last, s.c.started_at)))
            return int(res.rowcount or 0)

    def add_annotation(self, session_id: int, ts: int, text: str, ref: str) -> None:
        """Store a user note as an annotation event."""
        with self._engine.begin() as conn:
            _upsert(conn, t.event, [{
                "session_id": session_id, "kind": "annotation", "ts": ts, "ts_end": None, "ref": ref,
                "label": text, "payload": "{}", "source": "manual",
            }], ("session_id", "kind", "ts", "ref"))

    def set_sync_state(self, connector: str, scope: str, *, cursor: str | None = None, success: bool,
                       error: str | None = None, retry_after: int | None = None) -> None:
        """Record a connector's last attempt (success or failure) for the status bar and restarts."""
        now = now_ms()
        values: dict[str, Any] = {"connector": connector, "scope": scope, "updated_at": now,
                                  "last_error": error, "retry_after": retry_after}
        if cursor is not None:
            values["cursor"] = cursor
        if success:
            values["last_success"] = now
        with self._engine.begin() as conn:
            _upsert(conn, t.sync_state, [values], ("connector", "scope"))

    def set_appeal(self, violation_id: int, status: AppealStatus, text: str | None, note: str,
                   source: str = "manual", *, evidence: str | None = None, history: bool = True) -> int:
        """Write a violation's appeal (status, text, evidence file name) and, with ``history``, append the step
        to its dated history. Returns the time written (UTC ms)."""
        ts = now_ms()
        with self._engine.begin() as conn:
            conn.execute(t.violation.update().where(t.violation.c.id == violation_id)
                         .values(appeal_status=status.value, appeal_text=text, appeal_evidence=evidence))
            if history:
                _upsert(conn, t.appeal_history, [{"violation_id": violation_id, "ts": ts,
                                                  "status": status.value, "note": note, "source": source}],
                        ("violation_id", "ts", "status"))
        return ts

    def separate(self, session_id: int, *, source: str | None = None,
                 external_id: str | None = None) -> merging.Separated:
        """Undo a merge in ONE transaction: the source merged into the LIVE gets a LIVE of its own with every row
        it wrote, and the two are never merged again (:func:`livedesk.models.merging.separate`).

        Raises:
            merging.MergeError: nothing (or nothing unambiguous) to separate; the cache is unchanged.
            StoreError: the database refused; the cache is unchanged.
        """
        try:
            with self._engine.begin() as conn:
                return merging.separate(conn, session_id, source=source, external_id=external_id, now=self._clock())
        except merging.MergeError:
            raise
        except Exception as exc:
            raise StoreError(f"could not separate LIVE {session_id}: {exc.__class__.__name__}: {exc}") from exc

    def set_replay(self, session_id: int, uri: str | None, offset_ms: int) -> None:
        """Attach a replay video to a LIVE by hand (the Attach video dialog): video time 0 is LIVE time
        ``started_at + offset_ms`` (negative when the recording began before the LIVE).

        The LIVE's own ``source`` is left as it is: the row's facts still come from their source, only the
        replay is the user's. A later sync keeps it, whether it sends no replay or one of its own (the demo's
        video, an OBS recording: see ``_put_sessions``); detaching (``uri`` None) hands the replay back to the
        sources.

        Raises:
            StoreError: there is no LIVE with this id.
        """
        s = t.live_session
        with self._engine.begin() as conn:
            res = conn.execute(s.update().where(s.c.id == session_id)
                               .values(replay_uri=uri or None, replay_offset_ms=int(offset_ms),
                                       replay_by_user=bool(uri)))
            if not res.rowcount:
                raise StoreError(f"there is no LIVE with id {session_id} in the cache")


class StoreTransaction:
    """Writes kept together: batches and plain table upserts on one connection, committed on leaving the block.

    Obtained from :meth:`Store.transaction` and used as a context manager on the thread that opened it. Leaving
    the block normally commits; an exception rolls every write of the block back and propagates unchanged
    (database errors of the writes arrive as :class:`StoreError`).
    """

    def __init__(self, engine: Engine, sample_sql: dict[tuple[tuple[str, ...], int, str], str],
                 clock: Callable[[], int] = now_ms) -> None:
        self._engine = engine
        self._sample_sql = sample_sql
        self._clock = clock
        self._begin: Any = None
        self._conn: Connection | None = None

    def __enter__(self) -> StoreTransaction:
        self._begin = self._engine.begin()
        self._conn = self._begin.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        begin, self._begin, self._conn = self._begin, None, None
        if exc_info[0] is not None:
            begin.__exit__(*exc_info)  # rolls back; the exception propagates
            return
        try:
            begin.__exit__(None, None, None)  # commits
        except Exception as exc:
            raise StoreError(f"could not commit: {exc.__class__.__name__}: {exc}") from exc

    @property
    def connection(self) -> Connection:
        """The connection of the open transaction (for reads that must see its own writes)."""
        if self._conn is None:
            raise StoreError("the transaction is not open: use it in a with block")
        return self._conn

    def write(self, batch: Batch) -> WriteResult:
        """Upsert one batch inside the transaction (as :meth:`Store.write`, without committing)."""
        try:
            return _Writer(self.connection, self._sample_sql, self._clock).write(batch)
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"could not write {batch.source} batch: {exc.__class__.__name__}: {exc}") from exc

    def upsert(self, table: Table, rows: Sequence[dict[str, Any]], keys: tuple[str, ...], *,
               keep_existing_on_null: bool = False) -> int:
        """INSERT ... ON CONFLICT (keys) DO UPDATE rows that all have the same columns; returns the row count.

        With ``keep_existing_on_null`` a NULL in a new row keeps the value already stored.
        """
        try:
            n = _upsert(self.connection, table, rows, keys, keep_existing_on_null=keep_existing_on_null)
            if table.name == t.metric_sample.name:  # e.g. a bundle's samples: say since when they are there
                _note_sample_sources(self.connection, {(r["session_id"], r["source"]) for r in rows}, self._clock(),
                                     keep=True)
            return n
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"could not write {table.name}: {exc.__class__.__name__}: {exc}") from exc


def _dialect_insert(conn: Connection, table: Table) -> Any:
    name = conn.dialect.name
    if name == "sqlite":
        return sqlite.insert(table)
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql  # ~0.1 s to import: only a PostgreSQL cache pays for it

        return postgresql.insert(table)
    raise StoreError(f"unsupported database dialect {name!r} (SQLite and PostgreSQL are supported)")


def _upsert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]], keys: tuple[str, ...],
            *, keep_existing_on_null: bool = False) -> int:
    """INSERT ... ON CONFLICT (keys) DO UPDATE for a list of rows with the same columns."""
    if not rows:
        return 0
    cols = tuple(c for c in rows[0] if c not in keys)
    conn.execute(_upsert_statement(conn, table, cols, keys, keep_existing_on_null), list(rows))
    return len(rows)


_UPSERTS: dict[tuple[str, str, tuple[str, ...], tuple[str, ...], bool], Any] = {}


def _upsert_statement(conn: Connection, table: Table, cols: tuple[str, ...], keys: tuple[str, ...],
                      keep_existing_on_null: bool) -> Any:
    """The upsert for a table and its columns, built once (building it costs more than a live tick's rows)."""
    cache_key = (conn.dialect.name, table.name, cols, keys, keep_existing_on_null)
    stmt = _UPSERTS.get(cache_key)
    if stmt is None:
        stmt = _dialect_insert(conn, table)
        if cols:
            set_ = {
                c: (func.coalesce(stmt.excluded[c], table.c[c]) if keep_existing_on_null else stmt.excluded[c])
                for c in cols
            }
            stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=set_)
        else:
            stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
        _UPSERTS[cache_key] = stmt
    return stmt


class _Writer:
    """Writes one batch on one connection, resolving natural keys to ids as it goes."""

    def __init__(self, conn: Connection, sample_sql: dict[tuple[tuple[str, ...], int, str], str],
                 clock: Callable[[], int] = now_ms) -> None:
        self.conn = conn
        self.clock = clock
        self._accounts: dict[AccountRef, int] = {}
        self._sessions: dict[SessionRef, int] = {}
        self._products: dict[tuple[int, str], int] = {}
        self._sample_sql = sample_sql
        self.rows = 0
        self.what: set[str] = set()
        self.touched: set[int] = set()

    # --- key resolution -------------------------------------------------------------------------
    def account_id(self, ref: AccountRef) -> int:
        if ref not in self._accounts:
            found = self.conn.execute(
                select(t.account.c.id).where(t.account.c.platform == ref.platform,
                                             t.account.c.handle == ref.handle)
            ).scalar()
            if found is None:
                raise StoreError(f"unknown account {ref.platform}/{ref.handle}: send its AccountRecord first")
            self._accounts[ref] = found
        return self._accounts[ref]

    def session_id(self, ref: SessionRef) -> int:
        if ref not in self._sessions:
            found = self.conn.execute(
                select(t.live_session.c.id).where(t.live_session.c.account_id == self.account_id(ref.account),
                                                  t.live_session.c.external_id == ref.external_id)
            ).scalar()
            if found is None:  # merged into a session another source stored first (livedesk.models.merging)
                found = merging.alias_of(self.conn, self.account_id(ref.account), ref.external_id)
            if found is None:
                raise StoreError(f"unknown session {ref.external_id}: send its SessionRecord first")
            self._sessions[ref] = found
        sid = self._sessions[ref]
        self.touched.add(sid)
        return sid

    def product_id(self, account: AccountRef, external_id: str) -> int:
        key = (self.account_id(account), external_id)
        if key not in self._products:
            found = self.conn.execute(
                select(t.product.c.id).where(t.product.c.account_id == key[0],
                                             t.product.c.external_id == external_id)
            ).scalar()
            if found is None:
                raise StoreError(f"unknown product {external_id}: send its ProductRecord first")
            self._products[key] = found
        return self._products[key]

    # --- the batch ------------------------------------------------------------------------------
    def write(self, b: Batch) -> WriteResult:
        self._put("accounts", t.account, [
            {"platform": a.ref.platform, "handle": a.ref.handle, "display_name": a.display_name,
             "region": a.region, "timezone": a.timezone, "currency": a.currency, "market": a.market,
             "source": a.source} for a in b.accounts], ("platform", "handle"))
        _put_sessions(self, [
            {"account_id": self.account_id(s.ref.account), "external_id": s.ref.external_id, "title": s.title,
             "host": s.host, "started_at": s.started_at, "ended_at": s.ended_at, "status": s.status.value,
             "replay_uri": s.replay_uri, "replay_offset_ms": s.replay_offset_ms,
             "sample_interval_ms": s.sample_interval_ms, "currency": s.currency, "source": s.source}
            for s in b.sessions])
        for s in b.sessions:
            self.session_id(s.ref)
        up_to = b.up_to_ts
        for block in b.samples:
            last = self._samples(block)
            if last is not None:
                up_to = last if up_to is None else max(up_to, last)
        self._put("channels", t.channel_total, [
            {"session_id": self.session_id(c.session), "channel_raw": c.channel_raw, "channel": c.channel.value,
             "paid": c.paid, "impressions": c.impressions, "views": c.views, "product_clicks": c.product_clicks,
             "sku_orders": c.sku_orders, "gmv": c.gmv, "source": c.source} for c in b.channel_totals],
            ("session_id", "channel_raw"))
        self._put("channels", t.channel_sample, [
            {"session_id": self.session_id(c.session), "channel_raw": c.channel_raw, "ts": c.ts,
             "impressions": c.impressions, "views": c.views, "gmv": c.gmv, "source": c.source}
            for c in b.channel_samples], ("session_id", "channel_raw", "ts"))
        self._put("events", t.event, [self._event(e) for e in b.events], ("session_id", "kind", "ts", "ref"))
        self._put("comments", t.comment, [
            {"session_id": self.session_id(c.session), "external_id": c.external_id, "ts": c.ts, "user": c.user,
             "text": c.text, "lang": c.lang, "source": c.source} for c in b.comments],
            ("session_id", "external_id"))
        self._put("products", t.product, [
            {"account_id": self.account_id(p.account), "external_id": p.external_id, "name": p.name,
             "sku": p.sku, "price": p.price, "currency": p.currency, "source": p.source} for p in b.products],
            ("account_id", "external_id"))
        self._put("products", t.session_product, [
            {"session_id": self.session_id(p.session),
             "product_id": self.product_id(p.session.account, p.product_external_id),
             **{k: v for k, v in asdict(p).items() if k not in ("session", "product_external_id")}}
            for p in b.session_products], ("session_id", "product_id"))
        self._put("promotions", t.promotion, [
            {"session_id": self.session_id(p.session),
             **{k: (v.value if k == "kind" else v) for k, v in asdict(p).items() if k != "session"}}
            for p in b.promotions], ("session_id", "external_id"))
        self._violations(b.violations)
        self._put("audience", t.audience, [
            {"session_id": self.session_id(a.session), "audience": a.audience, "dimension": a.dimension,
             "bucket": a.bucket, "share": a.share, "source": a.source} for a in b.audience],
            ("session_id", "audience", "dimension", "bucket"))
        self._put("followers", t.follower_split, [
            {"session_id": self.session_id(f.session), **{k: v for k, v in asdict(f).items() if k != "session"}}
            for f in b.follower_split], ("session_id", "segment"))
        self._put("videos", t.video_traffic, [
            {"session_id": self.session_id(v.session), **{k: val for k, val in asdict(v).items() if k != "session"}}
            for v in b.video_traffic], ("session_id", "video_external_id"))
        self._put("benchmarks", t.benchmark, [asdict(r) for r in b.benchmarks],
                  ("market", "metric", "window_days", "as_of"))
        _put_session_replays(self, b.session_replays)
        _put_stream_health(self, b.stream_health)
        return WriteResult(tuple(sorted(self.touched)), frozenset(self.what), up_to, self.rows)

    def _put(self, what: str, table: Table, rows: list[dict[str, Any]], keys: tuple[str, ...]) -> None:
        if rows:
            self.rows += _upsert(self.conn, table, rows, keys)
            self.what.add(what)

    def _event(self, e: EventRecord) -> dict[str, Any]:
        return {"session_id": self.session_id(e.session), "kind": e.kind.value, "ts": e.ts, "ts_end": e.ts_end,
                "ref": e.ref, "label": e.label, "payload": e.payload_json, "source": e.source}

    def _violations(self, violations: Iterable[ViolationRecord]) -> None:
        # An appeal the user already started is never overwritten by a re-sync of the same violation.
        rows = []
        for v in violations:
            rows.append({"session_id": self.session_id(v.session), "external_id": v.external_id, "ts": v.ts,
                         "ts_end": v.ts_end, "policy": v.policy, "reason": v.reason, "severity": v.severity,
                         "consequence": v.consequence, "recommendation": v.recommendation,
                         "appeal_status": v.appeal_status.value, "appeal_text": v.appeal_text,
                         "source": v.source})
        if not rows:
            return
        stmt = _dialect_insert(self.conn, t.violation)
        keep = ("appeal_status", "appeal_text")
        stmt = stmt.on_conflict_do_update(
            index_elements=["session_id", "external_id"],
            set_={c: stmt.excluded[c] for c in rows[0] if c not in ("session_id", "external_id", *keep)},
        )
        self.conn.execute(stmt, rows)
        self.rows += len(rows)
        self.what.add("violations")

    def _samples(self, block: SampleBlock) -> int | None:
        if not block.rows:
            return None
        unknown = set(block.columns) - set(STORED_KEYS)
        if unknown:
            raise StoreError(f"unknown metric columns {sorted(unknown)}")
        sid = self.session_id(block.session)
        key = (block.columns, sid, block.source)
        sql = self._sample_sql.get(key)
        if sql is None:
            sql = _sample_upsert_sql(self.conn, block.columns, sid, block.source)
            self._sample_sql[key] = sql
        # The rows go to the driver as they are: session and source are constants of the statement.
        self.conn.exec_driver_sql(sql, list(block.rows))  # a list: executemany
        _note_sample_sources(self.conn, {(sid, block.source)}, self.clock())
        self.rows += len(block.rows)
        self.what.add("samples")
        first, last = block.rows[0][0], block.rows[-1][0]  # rows are in time order
        return int(max(first or 0, last or 0))


def _sample_upsert_sql(conn: Connection, columns: tuple[str, ...], session_id: int, source: str) -> str:
    """A driver-level upsert for the wide sample table (the hot ingest path, ~raw executemany speed).

    The session id and source are written into the statement (an int, and a quoted string), so each row is
    passed to the driver as the connector built it. A NULL in the new row keeps the value the same source
    stored before. Each source has its own rows (the key is session, source, ts): another source's values are
    never touched.
    """
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ("session_id", "ts", "source", *columns)
    quoted = ", ".join(f'"{n}"' for n in names)
    literal_source = "'" + source.replace("'", "''") + "'"
    marks = ", ".join((str(int(session_id)), mark, literal_source, *(mark for _ in columns)))
    updates = ", ".join(f'"{c}" = COALESCE(excluded."{c}", metric_sample."{c}")' for c in columns)
    conflict = 'ON CONFLICT ("session_id", "source", "ts") DO ' + (f"UPDATE SET {updates}" if columns else "NOTHING")
    return f"INSERT INTO metric_sample ({quoted}) VALUES ({marks}) {conflict}"


def _note_sample_sources(conn: Connection, pairs: Iterable[tuple[int, str]], observed_at: int, *,
                         keep: bool = False) -> None:
    """Remember when each (session, source) last wrote samples (``keep``: only where nothing is known yet)."""
    rows = [{"session_id": int(sid), "source": str(src), "observed_at": int(observed_at)} for sid, src in pairs]
    if not rows:
        return
    stmt = _dialect_insert(conn, t.sample_source)
    keys = ["session_id", "source"]
    if keep:
        conn.execute(stmt.on_conflict_do_nothing(index_elements=keys), rows)
    else:
        conn.execute(stmt.on_conflict_do_update(index_elements=keys,
                                                set_={"observed_at": stmt.excluded.observed_at}), rows)


# --- sessions, replays and stream health (appended: OBS / TikTok LIVE connectors) --------------------

def _put_sessions(w: _Writer, rows: list[dict[str, Any]]) -> None:
    """Upsert sessions; a session sent without a replay keeps the replay another source gave it.

    ``replay_uri`` and ``replay_offset_ms`` go together: both are replaced when the new row has a replay,
    both are kept when it has none (a NULL from one source never erases another's recording), and both are
    kept when the user attached the replay by hand (``replay_by_user``).
    """
    rows = _merge_seen_elsewhere(w, rows)
    if not rows:
        return
    w.conn.execute(_session_upsert(w.conn, tuple(rows[0])), rows)
    w.rows += len(rows)
    w.what.add("sessions")


def _session_upsert(conn: Connection, cols: tuple[str, ...]) -> Any:
    """The sessions' upsert with its replay rule (see ``_put_sessions``), built once per dialect and columns."""
    cache_key = (conn.dialect.name, "live_session:replay", cols, (), False)
    stmt = _UPSERTS.get(cache_key)
    if stmt is None:
        s = t.live_session
        stmt = _dialect_insert(conn, s)
        keys = ("account_id", "external_id")
        set_: dict[str, Any] = {c: stmt.excluded[c] for c in cols if c not in keys}
        keep = or_(stmt.excluded.replay_uri.is_(None), s.c.replay_by_user)
        set_["replay_uri"] = case((keep, s.c.replay_uri), else_=stmt.excluded.replay_uri)
        set_["replay_offset_ms"] = case((keep, s.c.replay_offset_ms), else_=stmt.excluded.replay_offset_ms)
        stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=set_)
        _UPSERTS[cache_key] = stmt
    return stmt


def _merge_seen_elsewhere(w: _Writer, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fold sessions another source already stored under its own key into that session; return the others.

    A session unknown under its key is looked up by platform id, then by handle and time overlap
    (:func:`livedesk.models.merging.find_merge_target`); a match is remembered as an alias of its key.
    """
    keep = []
    for row in rows:
        aid, ext = row["account_id"], row["external_id"]
        if merging.session_exists(w.conn, aid, ext):
            keep.append(row)
            continue
        target = merging.alias_of(w.conn, aid, ext)
        if target is None:
            found = merging.find_merge_target(w.conn, account_id=aid, external_id=ext, started_at=row["started_at"],
                                              ended_at=row["ended_at"], host=row["host"])
            if found is None:
                keep.append(row)
                continue
            merging.add_alias(w.conn, aid, ext, found, row["source"], row)
            target = found.session_id
        else:
            merging.update_alias(w.conn, aid, ext, row)
        merging.merge_into(w.conn, target, row)
        w.rows += 1
        w.what.add("sessions")
        w.touched.add(target)
    return keep


def _put_session_replays(w: _Writer, replays: Iterable[SessionReplayRecord]) -> None:
    """Attach recordings to existing sessions: ``replay_offset_ms = recorded_from - started_at`` (not over a
    replay the user attached by hand)."""
    s = t.live_session
    n = 0
    for r in replays:
        sid = w.session_id(r.session)
        w.conn.execute(s.update().where(s.c.id == sid, s.c.replay_by_user.is_(False)).values(
            replay_uri=r.replay_uri, replay_offset_ms=r.recorded_from - s.c.started_at))
        n += 1
    if n:
        w.rows += n
        w.what.add("sessions")


def _put_stream_health(w: _Writer, records: Sequence[StreamHealthRecord]) -> None:
    """Upsert stream-health samples keyed on (session, ts)."""
    w._put("stream_health", t.stream_health, [
        {"session_id": w.session_id(h.session), "ts": h.ts, "bitrate_kbps": h.bitrate_kbps,
         "dropped_frames": h.dropped_frames, "total_frames": h.total_frames,
         "skipped_render_frames": h.skipped_render_frames, "congestion": h.congestion,
         "cpu_percent": h.cpu_percent, "active": h.active, "reconnecting": h.reconnecting, "source": h.source}
        for h in records], ("session_id", "ts"))
