"""Export of a LIVE's trend data as a table (CSV or XLSX): one row per bucket, one column per metric, events.

Files are written to a temporary name and renamed when complete, so a cancelled or failed export never
leaves a half-written file behind. The export runs on its own thread and reports progress.
"""

from __future__ import annotations

import csv
import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from livedesk.models import metrics as mx
from livedesk.models.formatting import clock, minor_exponent
from livedesk.models.records import EventKind
from livedesk.models.repository import SessionSnapshot

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class ExportCancelledError(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True, slots=True)
class ExportTable:
    """The table to write.

    Attributes:
        header: column titles.
        rows: one tuple per bucket (str, int, float or None).
        units: per column, "money" / "rate" / "" (XLSX formats).
        meta: (name, value) pairs describing the LIVE, written above (CSV comment lines) or on a sheet (XLSX).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    units: tuple[str, ...]
    meta: tuple[tuple[str, str], ...]


def build_table(snap: SessionSnapshot, bucket_s: int = 60, keys: Sequence[str] | None = None) -> ExportTable:
    """The LIVE's samples in buckets of ``bucket_s`` seconds; money in major units, rates as fractions."""
    s = snap.session
    keys = tuple(keys or (m.key for m in mx.CATALOGUE))
    step_ms = bucket_s * 1000
    samples = snap.samples
    n_buckets = int(np.ceil((snap.last_ts - s.started_at + s.sample_interval_ms) / step_ms)) if len(samples) else 0
    index = ((samples.ts - s.started_at) // step_ms).astype(np.int64) if len(samples) else np.empty(0, np.int64)
    columns: list[np.ndarray] = []
    for key in keys:
        m = mx.metric(key)
        values = np.full(n_buckets, np.nan)
        for b in range(n_buckets):
            lo, hi = np.searchsorted(index, b, "left"), np.searchsorted(index, b, "right")
            if hi > lo:
                window = {c: samples.columns[c][lo:hi] for c in mx.sources_of(m)}
                v = mx.value(m, mx.Totals.of_arrays(window, (hi - lo) * s.sample_interval_ms / 1000))
                values[b] = np.nan if v is None else v
        if m.unit is mx.Unit.MONEY:
            values = values / 10 ** minor_exponent(s.currency)
        columns.append(values)
    events: list[list[str]] = [[] for _ in range(n_buckets)]
    for e in snap.events:
        b = (e.ts - s.started_at) // step_ms
        if 0 <= b < n_buckets and e.kind is not EventKind.PRODUCT_UNPIN:
            events[b].append(f"{e.kind.value}: {e.label}")
    header = ("LIVE clock", "Time (UTC)", *(_title(k, s.currency) for k in keys), "Events")
    units = ("", "", *(mx.metric(k).unit.value if mx.metric(k).unit in (mx.Unit.MONEY, mx.Unit.RATE) else ""
                       for k in keys), "")
    rows = []
    for b in range(n_buckets):
        ts = s.started_at + b * step_ms
        when = datetime.fromtimestamp(ts / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")
        values = tuple(None if np.isnan(col[b]) else round(float(col[b]), 6) for col in columns)
        rows.append((clock(b * step_ms), when, *values, "; ".join(events[b])))
    meta = (("LIVE", s.title), ("Host", s.host), ("LIVE id", s.ref.external_id),
            ("Started (UTC)", datetime.fromtimestamp(s.started_at / 1000, UTC).isoformat()),
            ("Ended (UTC)", datetime.fromtimestamp(s.ended_at / 1000, UTC).isoformat() if s.ended_at else ""),
            ("Currency", s.currency), ("Bucket", f"{bucket_s} s"), ("Source", s.source),
            ("Rates", "fractions (0.0411 = 4.11 %)"), ("Missing values", "empty cells (not provided)"))
    return ExportTable(header, tuple(rows), units, meta)


def _title(key: str, currency: str) -> str:
    m = mx.metric(key)
    return f"{m.label} ({currency})" if m.unit is mx.Unit.MONEY else m.label


def write_csv(path: Path, table: ExportTable, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the table as UTF-8 CSV (with a BOM, so spreadsheet apps read it as UTF-8)."""
    return _atomic(path, lambda tmp: _csv(tmp, table, progress, cancelled))


def _csv(tmp: Path, table: ExportTable, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        for name, value in table.meta:
            w.writerow([f"# {name}", value])
        w.writerow(table.header)
        for i, row in enumerate(table.rows):
            if cancelled is not None and cancelled():
                raise ExportCancelledError
            w.writerow(["" if v is None else v for v in row])
            if progress is not None and i % 50 == 0:
                progress(i, len(table.rows))


def write_xlsx(path: Path, table: ExportTable, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the table as an XLSX workbook: a data sheet (money and rate formats) and an "About" sheet."""
    return _atomic(path, lambda tmp: _xlsx(tmp, table, progress, cancelled))


def _xlsx(tmp: Path, table: ExportTable, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "Trend"
    ws.append(list(table.header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    formats = {"money": "#,##0.00", "rate": "0.00%"}
    for i, row in enumerate(table.rows):
        if cancelled is not None and cancelled():
            raise ExportCancelledError
        ws.append(list(row))
        if progress is not None and i % 50 == 0:
            progress(i, len(table.rows))
    for col, unit in enumerate(table.units, start=1):
        fmt = formats.get(unit)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.number_format = fmt
    ws.freeze_panes = "C2"
    about = wb.create_sheet("About")
    for name, value in table.meta:
        about.append([name, value])
    wb.save(tmp)


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


class ExportWorker(QObject):
    """Writes one export on the export thread.

    Signals:
        progress: args: done, total
        finished: args: path written ("" if none), error message ("" on success, "cancelled")
    """

    progress = Signal(int, int)
    finished = Signal(str, str)

    def __init__(self, snap: SessionSnapshot, path: Path, fmt: str, bucket_s: int = 60) -> None:
        super().__init__()
        self._snap, self._path, self._fmt, self._bucket_s = snap, Path(path), fmt, bucket_s
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop as soon as possible (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Build and write the table."""
        try:
            table = build_table(self._snap, self._bucket_s)
            writer = write_xlsx if self._fmt == "xlsx" else write_csv
            writer(self._path, table, self.progress.emit, self._cancel.is_set)
        except ExportCancelledError:
            self.finished.emit("", "cancelled")
            return
        except (OSError, ValueError) as exc:
            log.exception("export failed")
            self.finished.emit("", str(exc))
            return
        self.progress.emit(1, 1)
        self.finished.emit(str(self._path), "")


class ExportService(QObject):
    """Runs one export at a time on its own thread.

    Signals:
        progress: args: done, total
        finished: args: path written ("" if none), error message ("" on success, "cancelled")
    """

    progress = Signal(int, int)
    finished = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None

    def busy(self) -> bool:
        """True while an export runs."""
        return self._thread is not None

    def start(self, snap: SessionSnapshot, path: Path, fmt: str, bucket_s: int = 60) -> bool:
        """Export a finished LIVE. Returns False when one is already running or the LIVE is still live."""
        if self._thread is not None or snap.session.is_live:
            return False
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-export")
        self._worker = ExportWorker(snap, path, fmt, bucket_s)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()
        return True

    def cancel(self) -> None:
        """Cancel the running export."""
        if self._worker is not None:
            self._worker.cancel()

    def shutdown(self) -> None:
        """Cancel and wait."""
        self.cancel()
        self._stop_thread()

    @Slot(str, str)
    def _on_finished(self, path: str, error: str) -> None:
        self._stop_thread()
        self.finished.emit(path, error)

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None


# --- reports with a header block (the overview) ---------------------------------------------------------------

def write_report_xlsx(path: Path, table: ExportTable, sheet_title: str = "Report") -> Path:
    """Write the table as an XLSX workbook with one sheet: the meta block on top, then the table.

    The meta (name, value) pairs form a header block in columns A–B, a blank row follows, then the bold column
    titles and the rows with money and rate formats. The header row is frozen.
    """
    return _atomic(path, lambda tmp: _report_xlsx(tmp, table, sheet_title))


def _report_xlsx(tmp: Path, table: ExportTable, sheet_title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title[:31]
    for name, value in table.meta:
        ws.append([name, value])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append([])
    header_row = ws.max_row + 1
    ws.append(list(table.header))
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for row in table.rows:
        ws.append(list(row))
    formats = {"money": "#,##0.00", "rate": "0.00%"}
    for col, unit in enumerate(table.units, start=1):
        fmt = formats.get(unit)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=header_row + 1, min_col=col, max_col=col):
                cell.number_format = fmt
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 24
    wb.save(tmp)
