"""Imports of files into the cache, off the GUI thread: LiveDesk bundles and Seller Center exports alike.

:func:`import_file` picks the importer from the file type (a folder or ``.zip`` is a bundle, ``.xlsx`` /
``.xlsm`` / ``.csv`` a Seller Center export) and is what the command line runs. :class:`ImportService` runs it
on its own thread for the GUI (Import menu, drag and drop) and reports progress; a cancel rolls back.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from sqlalchemy import Engine

from livedesk.models.records import AccountRef
from livedesk.models.store import Store, StoreError
from livedesk.services.bundle import (
    Cancelled,
    ImportCancelledError,
    ImportFileError,
    ImportResult,
    Progress,
    import_bundle,
)
from livedesk.services.jobs import JobService, JobWorker
from livedesk.services.seller_center import SUFFIXES as SELLER_SUFFIXES
from livedesk.services.seller_center import import_seller_center

log = logging.getLogger(__name__)

BUNDLE = "bundle"
SELLER_EXPORT = "seller_export"


def file_kind(path: str | os.PathLike[str]) -> str:
    """``bundle`` for a folder or .zip, ``seller_export`` for .xlsx / .xlsm / .csv.

    Raises:
        ImportFileError: no such file, or a type LiveDesk does not import.
    """
    p = Path(path)
    if not p.exists():
        raise ImportFileError(p, "no such file or folder")
    if p.is_dir() or p.suffix.lower() == ".zip":
        return BUNDLE
    if p.suffix.lower() in SELLER_SUFFIXES:
        return SELLER_EXPORT
    raise ImportFileError(p, "LiveDesk imports bundles (a folder or .zip) and Seller Center exports "
                             f"({', '.join(SELLER_SUFFIXES)}), not {p.suffix or 'files without an extension'}")


def can_import(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` looks importable (for drag-and-drop acceptance; the import itself checks more)."""
    try:
        file_kind(path)
    except ImportFileError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """Choices for Seller Center exports (bundles carry their own).

    Attributes:
        account: the account the LIVEs belong to (``"@handle"`` or ``"platform/handle"``); needed when the file
            has no creator column, and wins over it when given.
        timezone: IANA time zone the export's times are in; default the account's, else ``fallback_timezone``.
        fallback_timezone: the time zone for an account LiveDesk does not know yet (e.g. the computer's).
        currency: ISO currency of money columns the file does not name.
        media_dir: where a zipped bundle's replay video is extracted (default: ``replays`` in the data dir).
    """

    account: AccountRef | str | None = None
    timezone: str | None = None
    fallback_timezone: str = "UTC"
    currency: str | None = None
    media_dir: str | os.PathLike[str] | None = None


def import_file(store_or_engine: Store | Engine, path: str | os.PathLike[str], progress: Progress | None = None,
                cancelled: Cancelled | None = None, options: ImportOptions | None = None) -> ImportResult:
    """Import a bundle or a Seller Center export, all or nothing.

    Raises:
        ImportFileError: bad input (the message names the file, and the row and column where it applies).
        ImportCancelledError: cancelled; the cache is unchanged.
        StoreError: the database refused the rows; the cache is unchanged.
    """
    opts = options or ImportOptions()
    if file_kind(path) == BUNDLE:
        return import_bundle(store_or_engine, path, progress, cancelled, media_dir=opts.media_dir)
    return import_seller_center(store_or_engine, path, progress, cancelled, account=opts.account,
                                timezone=opts.timezone, currency=opts.currency,
                                fallback_timezone=opts.fallback_timezone)


class ImportWorker(JobWorker):
    """Runs one import on the import thread.

    Signals:
        progress: args: done, total, what is being written
        finished: args: the :class:`~livedesk.services.bundle.ImportResult`
        failed: args: a one-line message for the user (file, row and column where they apply)
        cancelled: the import was cancelled and rolled back
    """

    def __init__(self, engine: Engine, path: str | os.PathLike[str], options: ImportOptions | None = None) -> None:
        super().__init__()
        self._engine, self._path, self._options = engine, Path(path), options

    @Slot()
    def run(self) -> None:
        """Import the file and report the outcome by exactly one of finished, failed or cancelled."""
        try:
            result = import_file(Store(self._engine), self._path, self.progress.emit, self._cancel.is_set,
                                 self._options)
        except ImportCancelledError:
            self.cancelled.emit()
            return
        except (ImportFileError, StoreError) as exc:
            self.failed.emit(str(exc))
            return
        except OSError as exc:
            self.failed.emit(f"{self._path}: {exc.strerror or exc}")
            return
        except Exception as exc:  # never die silently on the worker thread
            log.exception("import of %s failed", self._path)
            self.failed.emit(f"{self._path}: unexpected error: {exc.__class__.__name__}: {exc}")
            return
        self.finished.emit(result)


class ImportService(JobService):
    """Runs one import at a time on its own thread (Import menu, drag and drop, progress dialog).

    Args:
        engine: the cache the imports write to.

    Signals:
        progress: args: done, total, what (table or LIVE title)
        finished: args: the :class:`~livedesk.services.bundle.ImportResult` (``session_ids`` to open/refresh)
        failed: args: a one-line message naming the file, row and column
        cancelled: a cancel rolled the import back
    """

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__("livedesk-import", parent)
        self._engine = engine

    def start(self, path: str | os.PathLike[str], options: ImportOptions | None = None) -> bool:
        """Start importing ``path``; False when an import is already running."""
        if self.busy():
            return False
        return self._launch(ImportWorker(self._engine, path, options))
