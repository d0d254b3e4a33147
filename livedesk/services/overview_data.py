"""Reads and exports for the Overview tab, off the GUI thread.

An :class:`OverviewWorker` on its own QThread reads a range's totals, days, product conversion and references
(:func:`livedesk.models.overview.load_overview`) and writes the overview export; the :class:`OverviewService`
(GUI thread) sends it requests and passes on the newest answer only. Everything crossing threads is a frozen
record.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy import Engine

from livedesk.models import metrics as mx
from livedesk.models import overview as ov
from livedesk.models.formatting import minor_exponent
from livedesk.services.export import ExportTable, write_csv, write_report_xlsx

log = logging.getLogger(__name__)

# metrics of the export's per-day rows, after LIVEs and hours live
_EXPORT_METRICS = ("gmv", "views", "viewers", "customers", "conversion_rate", "avg_view_duration",
                   "product_clicks", "sku_orders", "ctor_sku")


def _iso(ms: int, tz: str) -> str:
    return ov.local_datetime(ms, tz).isoformat(timespec="minutes")


def _export_values(p: ov.PeriodTotals, currency: str) -> tuple[object, ...]:
    out: list[object] = [p.lives, round(p.hours, 4)]
    for key in _EXPORT_METRICS:
        m = mx.metric(key)
        v = p.value(key)
        if v is None:
            out.append(None)
        elif m.unit is mx.Unit.COUNT:
            out.append(round(v))
        elif m.unit is mx.Unit.MONEY:
            out.append(round(v / 10 ** minor_exponent(currency), minor_exponent(currency)))
        else:
            out.append(round(float(v), 6))
    return tuple(out)


def build_overview_table(data: ov.OverviewData) -> ExportTable:
    """The overview as a table: the range, exact-time flag and time zone as metadata, one row per local day,
    then the range's total and the previous period's.

    Money is in major units of the report currency, rates are fractions, durations seconds.
    """
    rng, cur = data.range, data.currency
    titles = []
    units = []
    for key in _EXPORT_METRICS:
        m = mx.metric(key)
        titles.append(f"{m.label} ({cur})" if m.unit is mx.Unit.MONEY else
                      f"{m.label} (s)" if m.unit is mx.Unit.SECONDS else m.label)
        units.append(m.unit.value if m.unit in (mx.Unit.MONEY, mx.Unit.RATE) else "")
    header = ("Day", "From", "To", "Incomplete", "LIVEs", "Hours live", *titles)
    units_t = ("", "", "", "", "", "", *units)
    rows: list[tuple[object, ...]] = []
    for d in data.days:
        rows.append((d.span.day.isoformat(), _iso(d.span.start, rng.tz), _iso(d.span.end, rng.tz),
                     "yes" if d.incomplete else "", *_export_values(d.totals, cur)))
    rows.append(("Total", _iso(rng.since, rng.tz), _iso(rng.until, rng.tz), "yes" if data.incomplete else "",
                 *_export_values(data.current, cur)))
    prev = data.previous_range
    rows.append(("Previous period", _iso(prev.since, rng.tz), _iso(prev.until, rng.tz), "",
                 *_export_values(data.previous, cur)))
    current_day = next((d.span.day.isoformat() for d in data.days if d.incomplete), "")
    meta = (
        ("Report", "LiveDesk overview"),
        ("From", _iso(rng.since, rng.tz)),
        ("To (exclusive)", _iso(rng.until, rng.tz)),
        ("Time zone", rng.tz),
        ("Exact time", "yes" if rng.exact else "no"),
        ("Preset", rng.preset.value),
        ("Previous period", f"{_iso(prev.since, rng.tz)} – {_iso(prev.until, rng.tz)}"),
        ("Account", data.account.display_name if data.account else ""),
        ("Currency", cur),
        ("Incomplete day", current_day),
        ("Generated (UTC)", datetime.fromtimestamp(data.now_ms / 1000, UTC).isoformat(timespec="seconds")),
        ("Rates", "fractions (0.0411 = 4.11 %)"),
        ("Missing values", "empty cells (not provided)"),
    )
    return ExportTable(header, tuple(rows), units_t, meta)


def write_overview(data: ov.OverviewData, path: Path, fmt: str) -> Path:
    """Write the overview as CSV (``fmt`` "csv") or XLSX ("xlsx")."""
    table = build_overview_table(data)
    if fmt == "xlsx":
        return write_report_xlsx(Path(path), table, "Overview")
    return write_csv(Path(path), table)


class OverviewWorker(QObject):
    """Runs the overview's reads and exports on its thread.

    Signals:
        loaded: args: request id, OverviewData
        accounts_loaded: arg: tuple[AccountRecord, ...], the one with the newest LIVE first
        exported: args: path written ("" if none), error message ("" on success)
        failed: arg: message
    """

    loaded = Signal(int, object)
    accounts_loaded = Signal(object)
    exported = Signal(str, str)
    failed = Signal(str)

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self._engine = engine

    @Slot(int, object)
    def load(self, request_id: int, req: ov.OverviewRequest) -> None:
        """Read the overview of a range."""
        try:
            with self._engine.connect() as conn:
                data = ov.load_overview(conn, req)
        except Exception as exc:  # every read failure goes to the status bar
            log.exception("reading the overview failed")
            self.failed.emit(f"Could not read the overview: {exc}")
            return
        self.loaded.emit(request_id, data)

    @Slot()
    def load_accounts(self) -> None:
        """Read the accounts (for the default reporting time zone)."""
        try:
            with self._engine.connect() as conn:
                accounts = ov.accounts_by_recency(conn)
        except Exception as exc:
            log.exception("listing accounts failed")
            self.failed.emit(f"Could not list accounts: {exc}")
            return
        self.accounts_loaded.emit(accounts)

    @Slot(object, str, str)
    def export(self, data: ov.OverviewData, path: str, fmt: str) -> None:
        """Write an export of the overview."""
        try:
            written = write_overview(data, Path(path), fmt)
        except (OSError, ValueError) as exc:
            log.exception("overview export failed")
            self.exported.emit("", str(exc))
            return
        self.exported.emit(str(written), "")


class OverviewService(QObject):
    """The overview's loader thread, seen from the GUI thread.

    Signals:
        data_changed: the newest requested overview. args: request id, OverviewData
        accounts_changed: the accounts, newest LIVE first. arg: tuple[AccountRecord, ...]
        export_finished: args: path written ("" if none), error message ("" on success)
        failed: a read failed. arg: message
    """

    data_changed = Signal(int, object)
    accounts_changed = Signal(object)
    export_finished = Signal(str, str)
    failed = Signal(str)

    _request_load = Signal(int, object)
    _request_accounts = Signal()
    _request_export = Signal(object, str, str)

    def __init__(self, worker: OverviewWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker  # a Python reference: the worker has no Qt parent once moved
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-overview")
        worker.moveToThread(self._thread)
        self._thread.finished.connect(worker.deleteLater)
        self._request_load.connect(worker.load)
        self._request_accounts.connect(worker.load_accounts)
        self._request_export.connect(worker.export)
        worker.loaded.connect(self._on_loaded)
        worker.accounts_loaded.connect(self.accounts_changed)
        worker.exported.connect(self.export_finished)
        worker.failed.connect(self.failed)
        self._last_id = 0
        self._data: ov.OverviewData | None = None

    @staticmethod
    def for_engine(engine: Engine, parent: QObject | None = None) -> OverviewService:
        """A service with its worker reading ``engine``."""
        return OverviewService(OverviewWorker(engine), parent)

    def start(self) -> None:
        """Start the thread."""
        self._thread.start()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the thread (after the request it is running)."""
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    @property
    def data(self) -> ov.OverviewData | None:
        """The newest overview received."""
        return self._data

    def request(self, req: ov.OverviewRequest) -> int:
        """Ask for an overview; returns the id that ``data_changed`` will carry (older answers are dropped)."""
        self._last_id += 1
        self._request_load.emit(self._last_id, req)
        return self._last_id

    def refresh_accounts(self) -> None:
        """Re-read the accounts (``accounts_changed`` follows)."""
        self._request_accounts.emit()

    def export(self, data: ov.OverviewData, path: Path | str, fmt: str) -> None:
        """Write the overview to ``path`` as "csv" or "xlsx" (``export_finished`` follows)."""
        self._request_export.emit(data, str(path), fmt)

    @Slot(int, object)
    def _on_loaded(self, request_id: int, data: ov.OverviewData) -> None:
        if request_id != self._last_id:
            return  # the user changed the range meanwhile
        self._data = data
        self.data_changed.emit(request_id, data)
