"""Reads for the screens: whole-session snapshots and live deltas, read off the GUI thread.

A :class:`LoaderWorker` on its own QThread does every database read and hands back immutable results.
The :class:`SessionService` (GUI thread) keeps the snapshot of the selected LIVE, merges live deltas into
it (samples go into a growable buffer, so a tick costs O(new rows)) and announces each new snapshot.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from sqlalchemy import Engine

from livedesk.models import history as hist
from livedesk.models import repository as repo
from livedesk.models.appeals import all_violations, session_histories
from livedesk.models.history import SessionHistory, SessionTotals
from livedesk.models.metrics import GAUGE_KEYS, STORED_KEYS, Totals
from livedesk.models.records import CommentRecord, EventRecord, SessionRecord
from livedesk.models.repository import SampleArrays, SessionSnapshot

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SessionDelta:
    """What is new for a session since the snapshot the GUI holds.

    Small per-session tables are re-read whole when the batch touched them, else left None. ``samples`` are
    the rows newer than the request's, or, with ``samples_whole``, the whole LIVE again: another source's
    write changed which source counts where (:mod:`livedesk.models.precedence`).
    """

    session: SessionRecord
    samples: SampleArrays
    comments: tuple[CommentRecord, ...]
    events: tuple[EventRecord, ...]
    replaced: tuple[tuple[str, object], ...] = ()  # SessionSnapshot field name → new value
    samples_whole: bool = False


@dataclass(frozen=True, slots=True)
class DeltaRequest:
    """Where the GUI's snapshot of a session ends."""

    session_id: int
    since_ts: int | None
    since_comment_ts: int | None
    after_event_id: int | None
    what: frozenset[str]
    samples_key: tuple[object, ...] = ()  # the precedence the GUI's samples were read with


TABLE_REFRESH_S = 5.0
_IMMEDIATE = frozenset({"violations"})  # rare, and changed by the user (appeals): read at once

# which snapshot fields a batch kind re-reads
_REFRESH = {
    "products": (("products", repo.products),),
    "channels": (("channels", repo.channels), ("channel_series", repo.channel_series)),
    "audience": (("audience", repo.audience),),
    "followers": (("followers", repo.followers),),
    "videos": (("videos", repo.videos),),
    "promotions": (("promotions", repo.promotions),),
    "violations": (("violations", repo.violations), ("appeals", session_histories)),
}


class LoaderWorker(QObject):
    """Runs reads on the loader thread.

    Signals:
        snapshot_loaded: args: request id, SessionSnapshot
        delta_loaded: arg: SessionDelta
        sessions_loaded: arg: tuple[SessionRecord, ...]
        totals_loaded: args: request id, tuple[SessionTotals, ...]
        history_loaded: arg: SessionHistory
        violations_loaded: arg: tuple[ViolationRow, ...]
        failed: arg: message
    """

    snapshot_loaded = Signal(int, object)
    violations_loaded = Signal(object)
    history_loaded = Signal(object)
    delta_loaded = Signal(object)
    sessions_loaded = Signal(object)
    totals_loaded = Signal(int, object)
    failed = Signal(str)

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self._engine = engine

    @Slot(int, int)
    def load_snapshot(self, request_id: int, session_id: int) -> None:
        """Read everything for one session."""
        try:
            with self._engine.connect() as conn:
                snap = repo.load_snapshot(conn, session_id)
        except Exception as exc:  # report every read failure to the status bar
            log.exception("loading session %s failed", session_id)
            self.failed.emit(f"Could not open LIVE {session_id}: {exc}")
            return
        self.snapshot_loaded.emit(request_id, snap)

    @Slot(int)
    def load_history(self, session_id: int) -> None:
        """Read a LIVE's 14-day context."""
        try:
            with self._engine.connect() as conn:
                history = hist.load_history(conn, session_id)
        except Exception as exc:
            log.exception("loading the history of session %s failed", session_id)
            self.failed.emit(f"Could not read earlier LIVEs: {exc}")
            return
        self.history_loaded.emit(history)

    @Slot(object)
    def load_delta(self, req: DeltaRequest) -> None:
        """Read what is new for a session since ``req``."""
        try:
            with self._engine.connect() as conn:
                session = repo.get_session(conn, req.session_id)
                if session is None:
                    return
                new = repo.samples(conn, req.session_id, since_ts=req.since_ts)
                whole = new.plan_key != req.samples_key
                if whole:  # which source counts where has changed: the LIVE's samples again, whole
                    new = repo.samples(conn, req.session_id)
                delta = SessionDelta(
                    session=session,
                    samples=new,
                    samples_whole=whole,
                    comments=repo.comments(conn, req.session_id, session.ref, since_ts=req.since_comment_ts),
                    events=repo.events(conn, req.session_id, after_id=req.after_event_id),
                    replaced=tuple((name, fn(conn, req.session_id)) for kind in req.what
                                   for name, fn in _REFRESH.get(kind, ())),
                )
        except Exception as exc:
            log.exception("reading new data of session %s failed", req.session_id)
            self.failed.emit(f"Could not read new data: {exc}")
            return
        self.delta_loaded.emit(delta)

    @Slot()
    def load_sessions(self) -> None:
        """Read the session list."""
        try:
            with self._engine.connect() as conn:
                sessions = repo.list_sessions(conn)
        except Exception as exc:
            log.exception("listing sessions failed")
            self.failed.emit(f"Could not list LIVEs: {exc}")
            return
        self.sessions_loaded.emit(sessions)

    @Slot()
    def load_violations(self) -> None:
        """Read every cached violation with its LIVE (the support staff's list)."""
        try:
            with self._engine.connect() as conn:
                rows = all_violations(conn)
        except Exception as exc:
            log.exception("listing violations failed")
            self.failed.emit(f"Could not list violations: {exc}")
            return
        self.violations_loaded.emit(rows)

    @Slot(int, object)
    def load_totals(self, request_id: int, window: tuple[int | None, int | None]) -> None:
        """Read per-session totals for sessions started within ``window`` (since, until)."""
        try:
            with self._engine.connect() as conn:
                totals = hist.session_totals(conn, since=window[0], until=window[1])
        except Exception as exc:
            log.exception("reading totals failed")
            self.failed.emit(f"Could not read totals: {exc}")
            return
        self.totals_loaded.emit(request_id, totals)


class SampleBuffer:
    """Growable column arrays: appends are amortised O(new rows); readers get read-only views.

    The columns are the rows of one 2-D array, so folding a live second into the running totals is a handful
    of numpy calls for every column at once rather than several per column.
    """

    _KEYS = tuple(STORED_KEYS)
    _GAUGES = tuple(i for i, k in enumerate(_KEYS) if k in GAUGE_KEYS)

    def __init__(self, initial: SampleArrays) -> None:
        n = len(initial)
        cap = max(1024, 2 * n)
        self._ts = np.empty(cap, np.int64)
        self._ts[:n] = initial.ts
        self._data = np.empty((len(self._KEYS), cap))
        for row, k in zip(self._data, self._KEYS, strict=True):
            src = initial.columns.get(k)
            row[:n] = src if src is not None else np.nan
        self._n = n
        self._sums = np.zeros(len(self._KEYS))
        self._counts = np.zeros(len(self._KEYS), np.int64)
        self._maxes = np.full(len(self._GAUGES), -np.inf)
        self._lasts = np.full(len(self._GAUGES), np.nan)
        self._accumulate(0, n)
        self._arrays = self._views()

    def _accumulate(self, lo: int, hi: int) -> None:
        """Fold rows [lo, hi) into the running totals (so a live tick costs O(new rows), not O(LIVE))."""
        if hi <= lo:
            return
        part = self._data[:, lo:hi]
        ok = ~np.isnan(part)
        self._counts += ok.sum(axis=1)
        self._sums += np.where(ok, part, 0.0).sum(axis=1)
        gauges, seen = part[self._GAUGES, :], ok[self._GAUGES, :]
        self._maxes = np.maximum(self._maxes, np.where(seen, gauges, -np.inf).max(axis=1))
        last = hi - lo - 1 - seen[:, ::-1].argmax(axis=1)  # the newest present row of each gauge
        has = seen.any(axis=1)
        self._lasts[has] = gauges[has, last[has]]

    def totals(self, window_s: float | None) -> Totals:
        """Totals of every held row, as :meth:`Totals.of_arrays` would compute them."""
        counts, sums = self._counts.tolist(), self._sums.tolist()
        sums_of = {k: (s if c else None) for k, s, c in zip(self._KEYS, sums, counts, strict=True)}
        maxes: dict[str, float | None] = {}
        means: dict[str, float | None] = {}
        lasts: dict[str, float | None] = {}
        for i, top, last in zip(self._GAUGES, self._maxes.tolist(), self._lasts.tolist(), strict=True):
            k, seen = self._KEYS[i], counts[i] > 0
            maxes[k] = top if seen else None
            means[k] = sums[i] / counts[i] if seen else None
            lasts[k] = last if seen else None
        return Totals(sums_of, maxes, means, lasts, window_s)

    def extend(self, new: SampleArrays) -> None:
        """Append newer samples (rows at or before the last held ts are ignored)."""
        if not len(new):
            return
        if self._n:
            keep = new.ts > self._ts[self._n - 1]
            if not keep.all():
                new = SampleArrays(new.ts[keep], {k: v[keep] for k, v in new.columns.items()})
        need = self._n + len(new)
        if need > self._ts.size:
            cap = max(need, 2 * self._ts.size)
            self._ts = np.resize(self._ts, cap)
            grown = np.empty((len(self._KEYS), cap))
            grown[:, : self._n] = self._data[:, : self._n]
            self._data = grown
        self._ts[self._n:need] = new.ts
        block = self._data[:, self._n:need]
        for row, k in zip(block, self._KEYS, strict=True):
            src = new.columns.get(k)
            row[:] = src if src is not None else np.nan
        self._accumulate(self._n, need)
        self._n = need
        self._arrays = self._views()

    def _views(self) -> SampleArrays:
        def ro(a: np.ndarray) -> np.ndarray:
            v = a[: self._n]
            v.flags.writeable = False
            return v

        return SampleArrays(ro(self._ts), MappingProxyType(dict(zip(self._KEYS, map(ro, self._data), strict=True))))

    def arrays(self) -> SampleArrays:
        """Read-only views of the held rows."""
        return self._arrays


class SessionService(QObject):
    """The selected LIVE for every screen, kept current while it runs.

    Signals:
        sessions_changed: the session list. arg: tuple[SessionRecord, ...]
        snapshot_changed: a new snapshot of the selected LIVE. args: SessionSnapshot, SessionDelta or None
            (None = a different or reloaded session, redraw everything)
        totals_changed: per-session totals for the overview. args: request id, tuple[SessionTotals, ...]
        history_changed: the selected LIVE's 14-day context, after its snapshot. arg: SessionHistory
        violations_changed: every cached violation, after :meth:`refresh_violations`. arg: tuple[ViolationRow, ...]
        failed: a read failed. arg: message
        loading: a session is being opened. arg: session id
    """

    sessions_changed = Signal(object)
    snapshot_changed = Signal(object, object)
    totals_changed = Signal(int, object)
    history_changed = Signal(object)
    violations_changed = Signal(object)
    failed = Signal(str)
    loading = Signal(int)

    _request_snapshot = Signal(int, int)
    _request_delta = Signal(object)
    _request_sessions = Signal()
    _request_totals = Signal(int, object)
    _request_history = Signal(int)
    _request_violations = Signal()

    def __init__(self, worker: LoaderWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-loader")
        worker.moveToThread(self._thread)
        self._thread.finished.connect(worker.deleteLater)
        self._request_snapshot.connect(worker.load_snapshot)
        self._request_delta.connect(worker.load_delta)
        self._request_sessions.connect(worker.load_sessions)
        self._request_totals.connect(worker.load_totals)
        self._request_history.connect(worker.load_history)
        self._request_violations.connect(worker.load_violations)
        worker.violations_loaded.connect(self.violations_changed)
        worker.snapshot_loaded.connect(self._on_snapshot_loaded)
        worker.delta_loaded.connect(self._on_delta_loaded)
        worker.sessions_loaded.connect(self._on_sessions_loaded)
        worker.totals_loaded.connect(self.totals_changed)
        worker.history_loaded.connect(self._on_history_loaded)
        worker.failed.connect(self.failed)
        self._sessions: tuple[SessionRecord, ...] = ()
        self._snapshot: SessionSnapshot | None = None
        self._buffer: SampleBuffer | None = None
        self._wanted: int | None = None
        self._request_id = 0
        self._delta_pending = False
        self._delta_what: set[str] = set()
        self._deferred_tables: set[str] = set()
        self._tables_read_at = 0.0
        self._table_timer = QTimer(self)
        self._table_timer.setSingleShot(True)
        self._table_timer.timeout.connect(self._on_table_timer)
        self._next_totals = 0

    # --- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the loader thread."""
        self._thread.start()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the loader thread."""
        self._table_timer.stop()
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    # --- state ----------------------------------------------------------------------------------
    @property
    def sessions(self) -> tuple[SessionRecord, ...]:
        """The known sessions, newest first."""
        return self._sessions

    @property
    def snapshot(self) -> SessionSnapshot | None:
        """The selected LIVE's current snapshot."""
        return self._snapshot

    @property
    def selected_id(self) -> int | None:
        """The id of the LIVE asked for last."""
        return self._wanted

    # --- requests -------------------------------------------------------------------------------
    def refresh_sessions(self) -> None:
        """Re-read the session list."""
        self._request_sessions.emit()

    def select(self, session_id: int) -> None:
        """Open a LIVE (the snapshot arrives later through ``snapshot_changed``)."""
        self._wanted = session_id
        self._request_id += 1
        self.loading.emit(session_id)
        self._request_snapshot.emit(self._request_id, session_id)

    def refresh_violations(self) -> None:
        """Re-read every cached violation (``violations_changed`` follows)."""
        self._request_violations.emit()

    def refresh_history(self) -> None:
        """Re-read the selected LIVE's 14-day context (e.g. after earlier LIVEs were imported)."""
        if self._snapshot is not None and self._snapshot.session.id is not None:
            self._request_history.emit(self._snapshot.session.id)

    def request_totals(self, since: int | None, until: int | None) -> int:
        """Ask for per-session totals; returns the request id that ``totals_changed`` will carry."""
        self._next_totals += 1
        self._request_totals.emit(self._next_totals, (since, until))
        return self._next_totals

    @Slot(int, object, object)
    def on_session_updated(self, session_id: int, what: frozenset[str], _up_to_ts: int | None) -> None:
        """New data was written for a session: fetch the delta if it is the one on screen."""
        snap = self._snapshot
        if snap is None or snap.session.id != session_id or self._wanted != session_id:
            return
        self._delta_what |= set(what)
        if self._delta_pending:  # one read in flight at a time; the next one picks up the rest
            return
        self._send_delta()

    def _send_delta(self) -> None:
        snap = self._snapshot
        assert snap is not None and snap.session.id is not None
        what, self._delta_what = set(self._delta_what), set()
        # The per-LIVE tables (products, channels ...) are running totals a source re-sends every second:
        # re-read them at most every TABLE_REFRESH_S, so a live tick reads only the new rows.
        tables = what & set(_REFRESH) - _IMMEDIATE
        now = time.monotonic()
        if tables and now - self._tables_read_at < TABLE_REFRESH_S:
            self._deferred_tables |= tables
            what -= tables
            if not self._table_timer.isActive():
                self._table_timer.start(int((TABLE_REFRESH_S - (now - self._tables_read_at)) * 1000) + 1)
        elif tables or self._deferred_tables:
            what |= self._deferred_tables
            self._deferred_tables = set()
            self._tables_read_at = now
        self._delta_pending = True
        self._request_delta.emit(DeltaRequest(
            snap.session.id,
            int(snap.samples.ts[-1]) if len(snap.samples) else None,
            snap.comments[-1].ts if snap.comments else None,
            max((e.id for e in snap.events if e.id is not None), default=None),
            frozenset(what),
            snap.samples_key,
        ))

    @Slot()
    def _on_table_timer(self) -> None:
        """Deferred per-LIVE tables are due: read them even if no new data arrives meanwhile."""
        if self._deferred_tables and self._snapshot is not None:
            self._delta_what |= self._deferred_tables
            self._deferred_tables = set()
            self._tables_read_at = 0.0
            if not self._delta_pending:
                self._send_delta()

    # --- results --------------------------------------------------------------------------------
    @Slot(int, object)
    def _on_snapshot_loaded(self, request_id: int, snap: SessionSnapshot) -> None:
        if request_id != self._request_id:
            return  # the user picked another LIVE meanwhile
        self._tables_read_at = time.monotonic()  # the snapshot carries fresh tables
        self._deferred_tables = set()
        self._table_timer.stop()
        self._buffer = SampleBuffer(snap.samples)
        self._snapshot = dataclasses.replace(snap, samples=self._buffer.arrays(),
                                             totals=self._buffer.totals(None))
        self._delta_pending = False
        self.snapshot_changed.emit(self._snapshot, None)
        if snap.session.id is not None:
            self._request_history.emit(snap.session.id)

    @Slot(object)
    def _on_history_loaded(self, history: SessionHistory) -> None:
        if history.session_id == self._wanted:
            self.history_changed.emit(history)

    @Slot(object)
    def _on_delta_loaded(self, delta: SessionDelta) -> None:
        self._delta_pending = False
        snap = self._snapshot
        if snap is None or snap.session.id != delta.session.id or self._buffer is None:
            return
        changes: dict[str, object] = dict(delta.replaced)
        if delta.samples_whole:
            self._buffer = SampleBuffer(delta.samples)
            changes["samples_key"] = delta.samples.plan_key
        else:
            self._buffer.extend(delta.samples)
        changes["session"] = delta.session
        changes["samples"] = self._buffer.arrays()
        changes["totals"] = self._buffer.totals(None)
        if delta.comments:
            changes["comments"] = snap.comments + delta.comments
        if delta.events:
            changes["events"] = snap.events + delta.events
        self._snapshot = dataclasses.replace(snap, **changes)  # type: ignore[arg-type]
        self.snapshot_changed.emit(self._snapshot, delta)
        if self._delta_what:
            self._send_delta()

    @Slot(object)
    def _on_sessions_loaded(self, sessions: tuple[SessionRecord, ...]) -> None:
        self._sessions = sessions
        self.sessions_changed.emit(sessions)


__all__ = ["DeltaRequest", "LoaderWorker", "SampleBuffer", "SessionDelta", "SessionService", "SessionTotals"]
