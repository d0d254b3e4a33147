"""Side reads of the selected LIVE, off the GUI thread: its stream health (OBS) and where its figures came from.

:class:`HealthDataService` follows the selected LIVE. Its worker (own thread, own connections) reads the
stream-health samples (:func:`livedesk.models.health.stream_health`) when the LIVE is selected and again,
incrementally, each time an ingest reports ``stream_health`` writes for it; and which source filled each metric
(:func:`livedesk.models.merging.metric_sources`) when the LIVE is selected and, at most every
:data:`SOURCES_REFRESH_MS`, while new samples arrive. Requests made while one is running are coalesced.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from livedesk.models.health import StreamHealth, stream_health
from livedesk.models.merging import metric_sources

log = logging.getLogger(__name__)

MAX_ROWS = 900  # 30 min of OBS samples at one every 2 s
SOURCES_REFRESH_MS = 30_000


class HealthDataWorker(QObject):
    """Reads on the worker thread; every result carries the generation and session it was asked for.

    Signals:
        health_loaded: args: generation, session id, rows newer than asked (oldest first)
        sources_loaded: args: generation, session id, metric column → sources
        failed: arg: message
    """

    health_loaded = Signal(int, int, object)
    sources_loaded = Signal(int, int, object)
    failed = Signal(str)

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self._engine = engine

    @Slot(int, int, object)
    def load_health(self, generation: int, session_id: int, since_ts: int | None) -> None:
        """The LIVE's newest stream-health samples after ``since_ts``."""
        try:
            with self._engine.connect() as conn:
                rows = stream_health(conn, session_id, since_ts=since_ts, limit=MAX_ROWS)
        except SQLAlchemyError as exc:
            log.exception("could not read stream health")
            self.failed.emit(f"could not read stream health: {exc.__class__.__name__}")
            rows = ()
        self.health_loaded.emit(generation, session_id, rows)

    @Slot(int, int)
    def load_sources(self, generation: int, session_id: int) -> None:
        """Which source filled each metric of the LIVE."""
        try:
            with self._engine.connect() as conn:
                found = metric_sources(conn, session_id)
        except SQLAlchemyError as exc:
            log.exception("could not read the sources of the samples")
            self.failed.emit(f"could not read where the figures came from: {exc.__class__.__name__}")
            found = {}
        self.sources_loaded.emit(generation, session_id, found)


class HealthDataService(QObject):
    """Keeps the selected LIVE's stream health and metric sources, re-read off the GUI thread.

    Signals:
        samples_changed: the selected LIVE's stream-health samples (oldest first, at most MAX_ROWS). arg: tuple
        sources_changed: metric column → sources of the selected LIVE. arg: dict
        failed: a read failed. arg: message
    """

    samples_changed = Signal(object)
    sources_changed = Signal(object)
    failed = Signal(str)
    _request_health = Signal(int, int, object)
    _request_sources = Signal(int, int)

    def __init__(self, worker: HealthDataWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-health-data")
        worker.moveToThread(self._thread)
        self._request_health.connect(worker.load_health)
        self._request_sources.connect(worker.load_sources)
        worker.health_loaded.connect(self._on_health)
        worker.sources_loaded.connect(self._on_sources)
        worker.failed.connect(self.failed)
        self._session: int | None = None
        self._generation = 0
        self._rows: tuple[StreamHealth, ...] = ()
        self._health_busy = self._health_again = False
        self._sources_busy = False
        self._sources_timer = QTimer(self)
        self._sources_timer.setSingleShot(True)
        self._sources_timer.setInterval(SOURCES_REFRESH_MS)
        self._sources_timer.timeout.connect(self._ask_sources)

    def start(self) -> None:
        """Start the worker thread (and read the LIVE selected before)."""
        self._thread.start()
        if self._session is not None:
            self._ask_health()
            self._ask_sources()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """End the worker thread. Returns False if it did not end in time."""
        self._sources_timer.stop()
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    @property
    def rows(self) -> tuple[StreamHealth, ...]:
        """The selected LIVE's samples read so far."""
        return self._rows

    @Slot(int)
    def select(self, session_id: int) -> None:
        """Follow another LIVE: forget the old one's rows and read the new one's."""
        if session_id == self._session:
            return
        self._session = session_id
        self._generation += 1
        self._rows = ()
        self._health_busy = self._sources_busy = self._health_again = False
        self._sources_timer.stop()
        self.samples_changed.emit(self._rows)
        self._ask_health()
        self._ask_sources()

    @Slot()
    def reload(self) -> None:
        """Read the selected LIVE's stream health and sources again from scratch (e.g. after a merge was undone)."""
        session = self._session
        if session is None:
            return
        self._session = None
        self.select(session)

    @Slot(int, object, object)
    def on_session_updated(self, session_id: int, what: frozenset[str], _up_to_ts: object) -> None:
        """An ingest wrote to a LIVE: re-read its stream health, and later its sources, if it is the selected one."""
        if session_id != self._session:
            return
        if "stream_health" in what:
            if self._health_busy:
                self._health_again = True
            else:
                self._ask_health()
        if ("samples" in what or "sessions" in what) and not self._sources_timer.isActive():
            self._sources_timer.start()

    def _ask_health(self) -> None:
        if self._session is None or not self._thread.isRunning():
            return
        self._health_busy, self._health_again = True, False
        since = self._rows[-1].ts if self._rows else None
        self._request_health.emit(self._generation, self._session, since)

    def _ask_sources(self) -> None:
        if self._session is None or self._sources_busy or not self._thread.isRunning():
            return
        self._sources_busy = True
        self._request_sources.emit(self._generation, self._session)

    @Slot(int, int, object)
    def _on_health(self, generation: int, session_id: int, rows: tuple[StreamHealth, ...]) -> None:
        if generation != self._generation or session_id != self._session:
            return
        self._health_busy = False
        if rows:
            self._rows = (self._rows + tuple(rows))[-MAX_ROWS:]
            self.samples_changed.emit(self._rows)
        if self._health_again:
            self._ask_health()

    @Slot(int, int, object)
    def _on_sources(self, generation: int, session_id: int, found: dict[str, tuple[str, ...]]) -> None:
        if generation != self._generation or session_id != self._session:
            return
        self._sources_busy = False
        self.sources_changed.emit(found)
