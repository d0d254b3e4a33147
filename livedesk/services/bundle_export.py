"""Bundle exports off the GUI thread: the Export LIVE… dialog writes a LIVE as a LiveDesk bundle here.

:func:`~livedesk.services.bundle.export_bundle` does the work (and the command line runs it directly);
:class:`BundleExportService` runs one export at a time on its own thread, reports progress, and cancels on
request. A cancelled or failed export leaves nothing behind: the bundle is written under a temporary name.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from livedesk.services.bundle import BundleError, export_bundle
from livedesk.services.export import ExportCancelledError
from livedesk.services.jobs import JobService, JobWorker

log = logging.getLogger(__name__)


class BundleExportWorker(JobWorker):
    """Writes one bundle on the export thread.

    Signals:
        progress: args: done, total, what is being written (a table name or "replay video")
        finished: arg: the :class:`~livedesk.services.bundle.ExportResult`
        failed: arg: a one-line message for the user
        cancelled: the export was cancelled; nothing was written
    """

    def __init__(self, engine: Engine, session_id: int, out: str | os.PathLike[str], *, as_zip: bool,
                 include_video: bool) -> None:
        super().__init__()
        self._engine, self._session_id, self._out = engine, session_id, Path(out)
        self._zip, self._video = as_zip, include_video

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


class BundleExportService(JobService):
    """Runs one bundle export at a time on its own thread (Export LIVE… dialog).

    Args:
        engine: the cache the LIVE is read from (the worker opens its own connection on its thread).

    Signals:
        progress: args: done, total, what
        finished: arg: the :class:`~livedesk.services.bundle.ExportResult`
        failed: arg: a one-line message (e.g. the LIVE is still running, the target cannot be written)
        cancelled: a cancel stopped the export; nothing was written
    """

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__("livedesk-bundle-export", parent)
        self._engine = engine

    def start(self, session_id: int, out: str | os.PathLike[str], *, as_zip: bool, include_video: bool = True) -> bool:
        """Start writing LIVE ``session_id`` to ``out``; False when an export is already running."""
        if self.busy():
            return False
        return self._launch(BundleExportWorker(self._engine, session_id, out, as_zip=as_zip,
                                               include_video=include_video))
