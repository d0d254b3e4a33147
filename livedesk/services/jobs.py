"""One long job at a time on its own thread (imports, bundle exports): the worker and service halves they share.

A job reports ``progress`` while it runs and ends by exactly one of ``finished`` (with its result), ``failed``
(a one-line message for the user) or ``cancelled``. A subclass of :class:`JobWorker` implements ``run``; a
subclass of :class:`JobService` builds its worker in ``start`` and hands it to :meth:`JobService._launch`.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot


class JobWorker(QObject):
    """Runs one job on the job's thread.

    Signals:
        progress: args: done, total, what is being done
        finished: arg: the job's result
        failed: arg: a one-line message for the user
        cancelled: the job was cancelled; nothing of it was kept
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()  # no parent: it is moved to the job's thread
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop as soon as possible (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Do the job and report the outcome (subclasses)."""
        raise NotImplementedError


class JobService(QObject):
    """Runs one :class:`JobWorker` at a time on its own thread and relays its signals.

    Signals:
        progress: args: done, total, what
        finished: arg: the job's result
        failed: arg: a one-line message
        cancelled: a cancel stopped the job
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, thread_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread_name = thread_name
        self._thread: QThread | None = None
        self._worker: JobWorker | None = None

    def busy(self) -> bool:
        """True while a job runs."""
        return self._thread is not None

    def _launch(self, worker: JobWorker) -> bool:
        """Run ``worker`` on a new thread; False (and nothing started) when a job is already running."""
        if self._thread is not None:
            return False
        self._thread = QThread(self)
        self._thread.setObjectName(self._thread_name)
        self._worker = worker
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.run)
        worker.progress.connect(self.progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        self._thread.start()
        return True

    def cancel(self) -> None:
        """Cancel the running job (``cancelled`` follows)."""
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
