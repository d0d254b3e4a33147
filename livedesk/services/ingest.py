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
    """

    source: str
    state: LinkState
    last_success_ms: int | None = None
    message: str = ""
    retry_in_ms: int | None = None
    backlog: bool = False


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
        self._report(LinkState.CONNECTING)
        self._timer.start(0)

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
    def _poll(self) -> None:
        connector = self._connector
        if connector is None or self._timer is None:
            return
        try:
            batch = self._unwritten if self._unwritten is not None else connector.poll()
        except ConnectorError as exc:
            self._fail(str(exc), exc.retry_after_s, permanent=exc.permanent)
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
            self.written.emit(result)
        more = dict(batch.meta).get("more_pending") == "1"
        self._report(LinkState.CONNECTED, backlog=more)
        self._timer.start(0 if more else connector.poll_interval_ms)

    def _fail(self, message: str, hint_s: float | None, *, permanent: bool) -> None:
        self._failures += 1
        log.warning("%s poll failed (%d in a row): %s", self._source, self._failures, message)
        try:
            self._store.set_sync_state(self._source, "default", success=False, error=message)
        except StoreError:
            log.exception("could not record the sync state")
        if permanent:
            self._report(LinkState.FAILED, message)
            return
        delay = self._backoff.delay(self._failures, hint_s)
        self._report(LinkState.RETRYING, message, delay)
        assert self._timer is not None
        self._timer.start(delay)

    def _report(self, state: LinkState, message: str = "", retry_in_ms: int | None = None, *,
                backlog: bool = False) -> None:
        status = IngestStatus(self._source, state, self._last_success, message, retry_in_ms, backlog)
        if status != self._last_status:  # one signal per change, not one per poll
            self._last_status = status
            self.status_changed.emit(status)


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
