"""Appeals against violations: drafts saved as the user types, submission through the LIVE's source where it
takes appeals (the demo platform reviews and resolves them), otherwise a local record the user exports.

The worker owns the writes and runs on its own thread; the service is the GUI-side handle.
"""

from __future__ import annotations

import logging
import shutil
import time
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot
from sqlalchemy.exc import SQLAlchemyError

from livedesk.models import formatting as fmt
from livedesk.models.appeals import AppealEntry, ViolationRow, histories
from livedesk.models.appeals import violation as read_violation
from livedesk.models.records import AppealStatus
from livedesk.models.store import Store

log = logging.getLogger(__name__)

#: How long the demo platform takes to review an appeal.
DEMO_REVIEW_MS = 120_000


@dataclass(frozen=True, slots=True)
class AppealState:
    """Everything the appeal dialog shows of one violation's appeal.

    Attributes:
        row: the violation with its LIVE.
        status: where the appeal stands.
        text: the appeal text (the draft until submitted).
        evidence: the evidence file kept by LiveDesk (absolute path), or None.
        history: the dated steps, oldest first.
        via_source: True when the LIVE's source takes appeals; otherwise the appeal is a local record.
    """

    row: ViolationRow
    status: AppealStatus
    text: str
    evidence: str | None
    history: tuple[AppealEntry, ...]
    via_source: bool

    @property
    def violation_id(self) -> int:
        """The violation's id in the cache."""
        assert self.row.violation.id is not None
        return self.row.violation.id

    @property
    def editable(self) -> bool:
        """The text can still change (not yet submitted)."""
        return self.status in (AppealStatus.NONE, AppealStatus.DRAFT)


class AppealDesk(Protocol):
    """A source that takes appeals."""

    def submit(self, row: ViolationRow, text: str, evidence: Path | None) -> str:
        """File the appeal; returns the note for the history (e.g. a case number). Raises OSError on failure."""
        ...

    def review(self, row: ViolationRow, submitted_at: int, now: int) -> tuple[AppealStatus, str] | None:
        """The decision on a submitted appeal, or None while it is still under review."""
        ...


class DemoAppealDesk:
    """The demo platform: accepts every appeal, decides after ``review_ms`` (two in three are accepted)."""

    def __init__(self, review_ms: int = DEMO_REVIEW_MS) -> None:
        self.review_ms = review_ms

    @staticmethod
    def _case(row: ViolationRow) -> int:
        return zlib.crc32(f"{row.session_id}:{row.violation.external_id}".encode()) % 1_000_000

    def submit(self, row: ViolationRow, text: str, evidence: Path | None) -> str:
        """File the appeal on the demo platform."""
        return f"case {self._case(row):06d}"

    def review(self, row: ViolationRow, submitted_at: int, now: int) -> tuple[AppealStatus, str] | None:
        """Accept or reject, deterministically per violation, once the review time has passed."""
        if now - submitted_at < self.review_ms:
            return None
        case = self._case(row)
        if case % 3:
            return AppealStatus.ACCEPTED, f"case {case:06d}: the restriction was lifted"
        return AppealStatus.REJECTED, f"case {case:06d}: the content still breaks the policy"


def _iso(ts_ms: int) -> str:
    return datetime.fromtimestamp(ts_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


class AppealError(Exception):
    """An appeal could not be saved, submitted or exported (the message is for the user)."""


class AppealBook:
    """Reads and writes appeals, files evidence, talks to the desks (no Qt: used by the worker and tests).

    Attributes:
        folder: where evidence files are kept, one sub-folder per violation.
    """

    def __init__(self, store: Store, folder: Path, desks: Mapping[str, AppealDesk]) -> None:
        self._store = store
        self.folder = folder
        self._desks = dict(desks)

    def state(self, violation_id: int) -> AppealState:
        """The appeal of one violation as it is stored."""
        with self._store.engine.connect() as conn:
            row = read_violation(conn, violation_id)
            if row is None:
                raise AppealError(f"violation {violation_id} is not in the cache")
            history = histories(conn, [violation_id]).get(violation_id, ())
        v = row.violation
        evidence = str(self.folder / v.appeal_evidence) if v.appeal_evidence else None
        return AppealState(row, v.appeal_status, v.appeal_text or "", evidence, history,
                           row.session_source in self._desks)

    def _keep_evidence(self, violation_id: int, evidence: str | None) -> str | None:
        """Copy a newly chosen evidence file into the appeals folder; returns its name there."""
        if not evidence:
            return None
        src = Path(evidence)
        own = self.folder / str(violation_id)
        if src.parent == own:
            return f"{violation_id}/{src.name}"
        try:
            own.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, own / src.name)
        except OSError as exc:
            raise AppealError(f"could not keep the evidence file {src.name}: {exc.strerror or exc}") from None
        return f"{violation_id}/{src.name}"

    def save_draft(self, violation_id: int, text: str, evidence: str | None) -> AppealState:
        """Keep what the user typed; the first save starts the history with a draft step."""
        current = self.state(violation_id)
        if not current.editable:
            raise AppealError("this appeal was already submitted; its text can no longer change")
        name = self._keep_evidence(violation_id, evidence)
        first = current.status is AppealStatus.NONE
        self._write(violation_id, AppealStatus.DRAFT, text, "draft started" if first else "", name, history=first)
        return self.state(violation_id)

    def submit(self, violation_id: int, text: str, evidence: str | None) -> AppealState:
        """File the appeal through the LIVE's source, or mark it submitted as a local record."""
        if not text.strip():
            raise AppealError("write the appeal before submitting it")
        current = self.state(violation_id)
        if not current.editable:
            raise AppealError("this appeal was already submitted")
        name = self._keep_evidence(violation_id, evidence)
        desk = self._desks.get(current.row.session_source)
        if desk is None:
            note = "kept as a local record: export it and file it with the platform"
        else:
            try:
                note = desk.submit(current.row, text, self.folder / name if name else None)
            except OSError as exc:
                raise AppealError(f"the source did not take the appeal: {exc}") from None
            note = f"submitted to {current.row.session_source}: {note}"
        self._write(violation_id, AppealStatus.SUBMITTED, text, note, name)
        return self.state(violation_id)

    def record_outcome(self, violation_id: int, status: AppealStatus, note: str) -> AppealState:
        """The user reports the platform's decision on a local record."""
        if status not in (AppealStatus.ACCEPTED, AppealStatus.REJECTED):
            raise AppealError(f"not a decision: {status.value}")
        current = self.state(violation_id)
        if current.status is not AppealStatus.SUBMITTED:
            raise AppealError("only a submitted appeal can be decided")
        v = current.row.violation
        self._write(violation_id, status, current.text, note or "recorded by the user", v.appeal_evidence)
        return self.state(violation_id)

    def review_pending(self, now: int | None = None) -> tuple[AppealState, ...]:
        """Ask the desks about submitted appeals; returns the appeals that were decided."""
        from livedesk.models.appeals import pending_appeals

        now = int(time.time() * 1000) if now is None else now
        with self._store.engine.connect() as conn:
            pending = pending_appeals(conn, self._desks)
        decided = []
        for violation_id, submitted_at in pending:
            state = self.state(violation_id)
            decision = self._desks[state.row.session_source].review(state.row, submitted_at, now)
            if decision is None:
                continue
            status, note = decision
            self._write(violation_id, status, state.text, note, state.row.violation.appeal_evidence,
                        source=state.row.session_source)
            decided.append(self.state(violation_id))
        return tuple(decided)

    def export(self, violation_id: int, out: Path) -> Path:
        """Write the appeal with its violation, history and evidence into a .zip to file by hand."""
        s = self.state(violation_id)
        v, row = s.row.violation, s.row
        lines = [
            f"Account: {row.account_name}",
            f"LIVE: {row.session_title} (started {_iso(row.session_started_at)})",
            f"Violation: {v.policy} (severity {v.severity})",
            f"When: {fmt.clock(v.ts - row.session_started_at)} - {fmt.clock(v.ts_end - row.session_started_at)} "
            f"into the LIVE ({_iso(v.ts)} - {_iso(v.ts_end)})",
            f"Reason: {v.reason}",
            f"Consequence: {v.consequence}",
            "",
            f"Appeal status: {s.status.value}",
            "",
            "Appeal:",
            s.text,
            "",
            "History:",
            *(f"  {_iso(h.ts)}  {h.status.value:<9}  {h.note}" for h in s.history),
        ]
        if s.evidence:
            lines += ["", f"Evidence: {Path(s.evidence).name}"]
        out = out if out.suffix.lower() == ".zip" else out.with_suffix(".zip")
        try:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("appeal.txt", "\n".join(lines) + "\n")
                if s.evidence and Path(s.evidence).is_file():
                    z.write(s.evidence, f"evidence/{Path(s.evidence).name}")
        except OSError as exc:
            raise AppealError(f"could not write {out.name}: {exc.strerror or exc}") from None
        return out

    def _write(self, violation_id: int, status: AppealStatus, text: str, note: str, evidence: str | None, *,
               history: bool = True, source: str = "manual") -> None:
        try:
            self._store.set_appeal(violation_id, status, text, note, source, evidence=evidence, history=history)
        except SQLAlchemyError as exc:
            raise AppealError(f"could not save the appeal: {exc.__class__.__name__}") from None


class AppealWorker(QObject):
    """Runs an :class:`AppealBook` on the appeals thread.

    Signals:
        state_loaded: the appeal as stored now (after a load or a change). arg: AppealState
        changed: an appeal changed in the cache. args: violation id, session id
        failed: args: violation id, message for the user
    """

    state_loaded = Signal(object)
    changed = Signal(int, int)
    failed = Signal(int, str)

    def __init__(self, book: AppealBook) -> None:
        super().__init__()
        self._book = book

    def _run(self, violation_id: int, fn, *args: object, change: bool = True) -> None:  # type: ignore[no-untyped-def]
        try:
            state = fn(violation_id, *args)
        except AppealError as exc:
            self.failed.emit(violation_id, str(exc))
            return
        self.state_loaded.emit(state)
        if change:
            self.changed.emit(state.violation_id, state.row.session_id)

    @Slot(int)
    def load(self, violation_id: int) -> None:
        """Read one appeal."""
        self._run(violation_id, self._book.state, change=False)

    @Slot(int, str, object)
    def save_draft(self, violation_id: int, text: str, evidence: str | None) -> None:
        """Keep a draft."""
        self._run(violation_id, self._book.save_draft, text, evidence)

    @Slot(int, str, object)
    def submit(self, violation_id: int, text: str, evidence: str | None) -> None:
        """Submit."""
        self._run(violation_id, self._book.submit, text, evidence)

    @Slot(int, str, str)
    def record_outcome(self, violation_id: int, status: str, note: str) -> None:
        """Record a decision on a local record."""
        self._run(violation_id, self._book.record_outcome, AppealStatus(status), note)

    @Slot(int, str)
    def export(self, violation_id: int, out: str) -> None:
        """Export one appeal to a .zip."""
        try:
            self._book.export(violation_id, Path(out))
        except AppealError as exc:
            self.failed.emit(violation_id, str(exc))

    @Slot()
    def sync(self) -> None:
        """Returns once every request queued before it has run."""

    @Slot()
    def review_pending(self) -> None:
        """Collect the desks' decisions."""
        try:
            decided = self._book.review_pending()
        except (AppealError, SQLAlchemyError) as exc:
            log.warning("reviewing pending appeals failed: %s", exc)
            return
        for state in decided:
            self.state_loaded.emit(state)
            self.changed.emit(state.violation_id, state.row.session_id)


class AppealService(QObject):
    """GUI-side handle of the appeals thread; polls the desks for decisions every ``review_interval_ms``.

    Signals:
        state_loaded: arg: AppealState
        changed: args: violation id, session id
        failed: args: violation id, message
    """

    state_loaded = Signal(object)
    changed = Signal(int, int)
    failed = Signal(int, str)

    _load = Signal(int)
    _save = Signal(int, str, object)
    _submit = Signal(int, str, object)
    _outcome = Signal(int, str, str)
    _export = Signal(int, str)
    _review = Signal()

    def __init__(self, worker: AppealWorker, review_interval_ms: int = 10_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-appeals")
        worker.moveToThread(self._thread)
        self._thread.finished.connect(worker.deleteLater)
        self._load.connect(worker.load)
        self._save.connect(worker.save_draft)
        self._submit.connect(worker.submit)
        self._outcome.connect(worker.record_outcome)
        self._export.connect(worker.export)
        self._review.connect(worker.review_pending)
        worker.state_loaded.connect(self.state_loaded)
        worker.changed.connect(self.changed)
        worker.failed.connect(self.failed)
        self._timer = QTimer(self)
        self._timer.setInterval(review_interval_ms)
        self._timer.timeout.connect(self._review)

    def start(self) -> None:
        """Start the thread and look for decisions at once, then periodically."""
        self._thread.start()
        self._review.emit()
        self._timer.start()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Finish pending writes (a draft typed just before closing is kept) and stop the thread."""
        self._timer.stop()
        if self._thread.isRunning():
            QMetaObject.invokeMethod(self._worker, "sync", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    def load(self, violation_id: int) -> None:
        """Read an appeal (``state_loaded`` follows)."""
        self._load.emit(violation_id)

    def save_draft(self, violation_id: int, text: str, evidence: str | None) -> None:
        """Keep a draft."""
        self._save.emit(violation_id, text, evidence)

    def submit(self, violation_id: int, text: str, evidence: str | None) -> None:
        """Submit an appeal."""
        self._submit.emit(violation_id, text, evidence)

    def record_outcome(self, violation_id: int, status: AppealStatus, note: str) -> None:
        """Record the platform's decision on a local record."""
        self._outcome.emit(violation_id, status.value, note)

    def export(self, violation_id: int, out: str) -> None:
        """Export an appeal to a .zip."""
        self._export.emit(violation_id, out)

    def review_now(self) -> None:
        """Ask the desks for decisions now."""
        self._review.emit()


__all__ = ["AppealBook", "AppealDesk", "AppealError", "AppealService", "AppealState", "AppealWorker",
           "DemoAppealDesk"]
