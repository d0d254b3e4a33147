"""The ingest service: a worker on its own QThread polls a connector and upserts each batch.

The worker owns the connector, the store (the single writer of the cache) and the retry policy. The GUI
learns about new data only through queued signals carrying immutable values.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from livedesk.models import schema as t
from livedesk.models.records import Batch
from livedesk.models.store import Store, StoreError, WriteResult, now_ms
from livedesk.services.connector import Connector, ConnectorError

log = logging.getLogger(__name__)


class LinkState(StrEnum):
    """Connection state of a connector, as the status bar shows it."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    RETRYING = "retrying"
    FAILED = "failed"  # permanent: retrying cannot help
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class IngestStatus:
    """A connector's state at one moment.

    Attributes:
        source: the connector's source name.
        state: connection state.
        last_success_ms: when a poll last succeeded (UTC ms), if ever.
        message: the last error, for the user.
        retry_in_ms: delay before the next attempt while retrying.
        backlog: the source said more is waiting (e.g. history still being sent).
        rate_limited: while retrying, the wait is the source's rate limit (not a failure of the link).
    """

    source: str
    state: LinkState
    last_success_ms: int | None = None
    message: str = ""
    retry_in_ms: int | None = None
    backlog: bool = False
    rate_limited: bool = False


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff: ``base * 2**(failures-1)``, capped."""

    base_ms: int = 1000
    cap_ms: int = 60_000

    def delay(self, failures: int, hint_s: float | None = None) -> int:
        """The delay before the next try after ``failures`` consecutive failures."""
        if hint_s is not None:
            return max(int(hint_s * 1000), self.base_ms)
        return int(min(self.cap_ms, self.base_ms * 2 ** max(failures - 1, 0)))


class IngestWorker(QObject):
    """Polls a connector and writes its batches; lives on the ingest thread.

    Args:
        connector_factory: builds the connector on the ingest thread (so its sockets belong there).
        store: the cache writer.
        backoff: retry policy.

    Signals:
        written: a batch was committed. arg: WriteResult
        status_changed: the link state changed or a poll succeeded. arg: IngestStatus
    """

    written = Signal(object)
    status_changed = Signal(object)

    def __init__(self, connector_factory: Callable[[], Connector], store: Store,
                 backoff: Backoff | None = None) -> None:
        super().__init__()
        self._factory = connector_factory
        self._store = store
        self._backoff = backoff or Backoff()
        self._connector: Connector | None = None
        self._unwritten: Batch | None = None  # polled but not yet committed: retried before polling again
        self._timer: QTimer | None = None
        self._failures = 0
        self._last_success: int | None = None
        self._source = "?"
        self._scope: str | None = None  # the connector's sync_state scope, when it keeps a cursor
        self._last_status: IngestStatus | None = None

    @Slot()
    def start(self) -> None:
        """Create the connector and the poll timer (runs on the ingest thread)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)
        try:
            self._connector = self._factory()
        except ConnectorError as exc:
            self._report(LinkState.FAILED, str(exc))
            return
        self._source = self._connector.source
        self._restore()
        self._report(LinkState.CONNECTING)
        self._timer.start(0)

    def _restore(self) -> None:
        """Give a cursor-keeping connector (``cursor`` + ``sync_scope``) the cursor and last sync of the last run.

        The cursor goes to the connector's ``restore_cursor(text)`` before its first poll.
        """
        connector = self._connector
        scope = getattr(connector, "sync_scope", None)
        if connector is None or not scope or not hasattr(connector, "cursor"):
            return
        self._scope = str(scope)
        st = t.sync_state
        try:
            with self._store.engine.connect() as conn:
                row = conn.execute(select(st.c.cursor, st.c.last_success).where(
                    st.c.connector == self._source, st.c.scope == self._scope)).first()
        except SQLAlchemyError:
            log.exception("could not read the sync state of %s/%s", self._source, self._scope)
            return
        if row is None:
            return
        self._last_success = row.last_success
        restore = getattr(connector, "restore_cursor", None)
        if row.cursor and callable(restore):
            restore(str(row.cursor))

    def _save_cursor(self) -> None:
        """Persist the connector's cursor after a committed batch (cursor-keeping connectors only)."""
        cursor = getattr(self._connector, "cursor", None)
        if self._scope is None or not isinstance(cursor, str):
            return
        try:
            self._store.set_sync_state(self._source, self._scope, cursor=cursor, success=True)
        except (StoreError, SQLAlchemyError):
            log.exception("could not save the cursor of %s/%s", self._source, self._scope)

    @Slot()
    def stop(self) -> None:
        """Stop polling and close the connector (runs on the ingest thread)."""
        if self._timer is not None:
            self._timer.stop()
        if self._connector is not None:
            self._connector.close()
            self._connector = None
        self._report(LinkState.STOPPED)

    @Slot()
    def stop_and_quit(self) -> None:
        """Stop, then end the ingest thread's event loop (for a stop that nobody waits for)."""
        self.stop()
        thread = self.thread()
        if thread is not None:
            thread.quit()

    @Slot()
    def _poll(self) -> None:
        connector = self._connector
        if connector is None or self._timer is None:
            return
        try:
            batch = self._unwritten if self._unwritten is not None else connector.poll()
        except ConnectorError as exc:
            self._fail(str(exc), exc.retry_after_s, permanent=exc.permanent, rate_limited=_is_rate_limit(exc))
            return
        try:
            result = None if batch.is_empty() else self._store.write(batch)
        except StoreError as exc:
            # The connector has moved its cursor past this batch: keep it and write it again first.
            self._unwritten = batch
            self._fail(str(exc), None, permanent=False)
            return
        self._unwritten = None
        self._failures = 0
        self._last_success = now_ms()
        if result is not None:
            self._save_cursor()
            self.written.emit(result)
        more = dict(batch.meta).get("more_pending") == "1"
        self._report(LinkState.CONNECTED, backlog=more)
        self._timer.start(0 if more else connector.poll_interval_ms)

    def _fail(self, message: str, hint_s: float | None, *, permanent: bool, rate_limited: bool = False) -> None:
        self._failures += 1
        log.warning("%s poll failed (%d in a row): %s", self._source, self._failures, message)
        try:
            self._store.set_sync_state(self._source, self._scope or "default", success=False, error=message)
        except StoreError:
            log.exception("could not record the sync state")
        if permanent:
            self._report(LinkState.FAILED, message)
            return
        delay = self._backoff.delay(self._failures, hint_s)
        self._report(LinkState.RETRYING, message, delay, rate_limited=rate_limited)
        assert self._timer is not None
        self._timer.start(delay)

    def _report(self, state: LinkState, message: str = "", retry_in_ms: int | None = None, *,
                backlog: bool = False, rate_limited: bool = False) -> None:
        status = IngestStatus(self._source, state, self._last_success, message, retry_in_ms, backlog, rate_limited)
        if status != self._last_status:  # one signal per change, not one per poll
            self._last_status = status
            self.status_changed.emit(status)


def _is_rate_limit(exc: ConnectorError) -> bool:
    """True when a failure is a source's rate limit (TikTok Shop's, or the TikTok sign server's)."""
    return any("RateLimit" in c.__name__ for c in type(exc).__mro__) or "rate limit" in str(exc).lower()


class IngestService(QObject):
    """Runs an :class:`IngestWorker` on its own thread and re-emits its news in the GUI thread.

    Signals:
        session_updated: new data for a session. args: session id, frozenset of what changed, newest ts or None
        sessions_changed: sessions were added or changed (the picker should reload).
        status_changed: link state. arg: IngestStatus
    """

    session_updated = Signal(int, object, object)
    sessions_changed = Signal()
    status_changed = Signal(object)

    def __init__(self, worker: IngestWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker  # no Qt parent: it is moved to the thread
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-ingest")
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.start)
        worker.written.connect(self._on_worker_written)
        worker.status_changed.connect(self.status_changed)
        self._status: IngestStatus | None = None
        self.status_changed.connect(self._on_status_changed)

    @property
    def status(self) -> IngestStatus | None:
        """The newest status reported."""
        return self._status

    def start(self) -> None:
        """Start the ingest thread."""
        self._thread.start()

    def is_running(self) -> bool:
        """True while the ingest thread runs."""
        return self._thread.isRunning()

    def stop_later(self) -> None:
        """Ask the worker to stop and the thread to end, without waiting (a poll in progress finishes first).

        :meth:`wait` (or :meth:`shutdown`) before the service is destroyed.
        """
        if self._thread.isRunning():
            QMetaObject.invokeMethod(self._worker, "stop_and_quit", Qt.ConnectionType.QueuedConnection)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Wait for the thread to end after :meth:`stop_later`. Returns False if it did not end in time."""
        return self._thread.wait(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the worker, then the thread. Returns False if the thread did not end in time."""
        if not self._thread.isRunning():
            return True
        # Run the worker's stop slot on its own thread and wait for it, then end the thread's loop.
        QMetaObject.invokeMethod(self._worker, "stop", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    @Slot(object)
    def _on_worker_written(self, result: WriteResult) -> None:
        if "sessions" in result.what:
            self.sessions_changed.emit()
        for sid in result.session_ids:
            self.session_updated.emit(sid, result.what, result.up_to_ts)

    @Slot(object)
    def _on_status_changed(self, status: IngestStatus) -> None:
        self._status = status
