"""Bundle exports off the GUI thread: the Export LIVE… dialog writes a LIVE as a LiveDesk bundle here.

:func:`~livedesk.services.bundle.export_bundle` does the work (and the command line runs it directly);
:class:`BundleExportService` runs one export at a time on its own thread, reports progress, and cancels on
request. A cancelled or failed export leaves nothing behind: the bundle is written under a temporary name.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from livedesk.services.bundle import BundleError, export_bundle
from livedesk.services.export import ExportCancelledError

log = logging.getLogger(__name__)


class BundleExportWorker(QObject):
    """Writes one bundle on the export thread.

    Signals:
        progress: args: done, total, what is being written (a table name or "replay video")
        finished: arg: the :class:`~livedesk.services.bundle.ExportResult`
        failed: arg: a one-line message for the user
        cancelled: the export was cancelled; nothing was written
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, engine: Engine, session_id: int, out: str | os.PathLike[str], *, as_zip: bool,
                 include_video: bool) -> None:
        super().__init__()  # no parent: it is moved to the export thread
        self._engine, self._session_id, self._out = engine, session_id, Path(out)
        self._zip, self._video = as_zip, include_video
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop as soon as possible (thread-safe); nothing is left behind."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Write the bundle and report the outcome by exactly one of finished, failed or cancelled."""
        try:
            result = export_bundle(self._engine, self._session_id, self._out, zip=self._zip,
                                   include_video=self._video, progress=self.progress.emit,
                                   cancelled=self._cancel.is_set)
        except ExportCancelledError:
            self.cancelled.emit()
            return
        except BundleError as exc:
            self.failed.emit(str(exc))
            return
        except OSError as exc:
            self.failed.emit(f"cannot write {self._out}: {exc.strerror or exc}")
            return
        except SQLAlchemyError as exc:
            log.exception("reading LIVE %s for the bundle failed", self._session_id)
            self.failed.emit(f"cannot read LIVE {self._session_id} from the cache: {exc.__class__.__name__}")
            return
        except Exception as exc:  # never die silently on the worker thread
            log.exception("bundle export of LIVE %s failed", self._session_id)
            self.failed.emit(f"{self._out}: unexpected error: {exc.__class__.__name__}: {exc}")
            return
        self.finished.emit(result)


class BundleExportService(QObject):
    """Runs one bundle export at a time on its own thread (Export LIVE… dialog).

    Args:
        engine: the cache the LIVE is read from (the worker opens its own connection on its thread).

    Signals:
        progress: args: done, total, what
        finished: arg: the :class:`~livedesk.services.bundle.ExportResult`
        failed: arg: a one-line message (e.g. the LIVE is still running, the target cannot be written)
        cancelled: a cancel stopped the export; nothing was written
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._thread: QThread | None = None
        self._worker: BundleExportWorker | None = None

    def busy(self) -> bool:
        """True while an export runs."""
        return self._thread is not None

    def start(self, session_id: int, out: str | os.PathLike[str], *, as_zip: bool, include_video: bool = True) -> bool:
        """Start writing LIVE ``session_id`` to ``out``; False when an export is already running."""
        if self._thread is not None:
            return False
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-bundle-export")
        self._worker = BundleExportWorker(self._engine, session_id, out, as_zip=as_zip, include_video=include_video)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._thread.start()
        return True

    def cancel(self) -> None:
        """Cancel the running export (``cancelled`` follows)."""
        if self._worker is not None:
            self._worker.cancel()

    def shutdown(self) -> None:
        """Cancel and wait for the thread."""
        self.cancel()
        self._stop_thread()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._stop_thread()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self.failed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._stop_thread()
        self.cancelled.emit()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None
