"""Undoing a wrong merge from the window: which sources a LIVE was merged from, and separating one, off the GUI
thread.

:class:`UnmergeService` (GUI thread) hands requests to an :class:`UnmergeWorker` on a thread of its own, started
on first use. Separating runs :meth:`livedesk.models.store.Store.separate`: ONE transaction that moves every row
of the chosen source to a LIVE of its own and remembers the decision (see :func:`livedesk.models.merging.separate`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy.exc import SQLAlchemyError

from livedesk.models.merging import MergeError, Separated, merged_parts
from livedesk.models.store import Store, StoreError

log = logging.getLogger(__name__)


class UnmergeWorker(QObject):
    """Reads and separates on the worker thread.

    Signals:
        parts_loaded: args: session id, tuple[MergedPart, ...]
        separated: arg: :class:`~livedesk.models.merging.Separated`
        failed: args: session id, a one-line message for the user
    """

    parts_loaded = Signal(int, object)
    separated = Signal(object)
    failed = Signal(int, str)

    def __init__(self, store: Store) -> None:
        super().__init__()  # no parent: it is moved to the service's thread
        self._store = store

    @Slot(int)
    def load_parts(self, session_id: int) -> None:
        """The sources' LIVEs merged into ``session_id``."""
        try:
            with self._store.engine.connect() as conn:
                parts = merged_parts(conn, session_id)
        except SQLAlchemyError as exc:
            log.exception("could not read the sources merged into LIVE %s", session_id)
            self.failed.emit(session_id, f"could not read the merged sources: {exc.__class__.__name__}")
            return
        self.parts_loaded.emit(session_id, parts)

    @Slot(int, str, str)
    def separate(self, session_id: int, source: str, external_id: str) -> None:
        """Separate the part ``(source, external_id)`` (empty strings: the only one) from ``session_id``."""
        try:
            result = self._store.separate(session_id, source=source or None, external_id=external_id or None)
        except (MergeError, StoreError) as exc:
            self.failed.emit(session_id, str(exc))
            return
        self.separated.emit(result)
        self.load_parts(session_id)


class UnmergeService(QObject):
    """The GUI's handle on separating merged LIVEs.

    Args:
        worker: does the reads and writes (moved to this service's thread).

    Signals:
        parts_changed: the sources merged into a LIVE. args: session id, tuple[MergedPart, ...]
        separated: a merge was undone. arg: :class:`~livedesk.models.merging.Separated`
        failed: a request failed; nothing was changed. args: session id, message
    """

    parts_changed = Signal(int, object)
    separated = Signal(object)
    failed = Signal(int, str)

    _load = Signal(int)
    _separate = Signal(int, str, str)

    def __init__(self, worker: UnmergeWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-unmerge")
        worker.moveToThread(self._thread)
        self._thread.finished.connect(worker.deleteLater)
        self._load.connect(worker.load_parts)
        self._separate.connect(worker.separate)
        worker.parts_loaded.connect(self.parts_changed)
        worker.separated.connect(self._on_separated)
        worker.failed.connect(self._on_failed)
        self._busy = False

    @classmethod
    def for_store(cls, store: Store, parent: QObject | None = None) -> UnmergeService:
        """A service with its worker."""
        return cls(UnmergeWorker(store), parent)

    def _ensure_started(self) -> None:
        if not self._thread.isRunning():
            self._thread.start()

    @property
    def busy(self) -> bool:
        """True while a separation runs."""
        return self._busy

    def request_parts(self, session_id: int) -> None:
        """Read the sources merged into a LIVE (``parts_changed`` follows)."""
        self._ensure_started()
        self._load.emit(int(session_id))

    def separate(self, session_id: int, source: str = "", external_id: str = "") -> None:
        """Separate one merged source from a LIVE (``separated`` or ``failed`` follows, then ``parts_changed``)."""
        self._ensure_started()
        self._busy = True
        self._separate.emit(int(session_id), source, external_id)

    @Slot(object)
    def _on_separated(self, result: Separated) -> None:
        self._busy = False
        self.separated.emit(result)

    @Slot(int, str)
    def _on_failed(self, session_id: int, message: str) -> None:
        self._busy = False
        self.failed.emit(session_id, message)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """End the thread after the request in progress (a separation commits or rolls back whole)."""
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)
