"""Overview across LIVEs: one row per LIVE with its totals, and the summary over a range."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QTimeZone

from livedesk.models import formatting as fmt
from livedesk.models.history import SessionTotals
from livedesk.models.metrics import BY_KEY, value
from livedesk.models.table_model import ColumnSpec, RecordTableModel

CONTEXT = "OverviewTable"


def _v(row: SessionTotals, key: str) -> float | None:
    return value(BY_KEY[key], row.totals)


def _when(row: SessionTotals) -> str:
    dt = QDateTime.fromMSecsSinceEpoch(row.session.started_at, QTimeZone.systemTimeZone())
    return dt.toString("yyyy-MM-dd HH:mm")


def _dur(row: SessionTotals) -> float | None:
    return row.totals.window_s


def _metric(key: str, title: str) -> ColumnSpec[SessionTotals]:
    m = BY_KEY[key]
    return ColumnSpec(title, lambda r: fmt.metric_value(m, _v(r, key), r.session.currency), lambda r: _v(r, key), True)


COLUMNS: tuple[ColumnSpec[SessionTotals], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("OverviewTable", "Start"), _when, lambda r: r.session.started_at),
    ColumnSpec(QT_TRANSLATE_NOOP("OverviewTable", "LIVE"), lambda r: r.session.title),
    ColumnSpec(QT_TRANSLATE_NOOP("OverviewTable", "Duration"), lambda r: fmt.duration(_dur(r)), _dur, True),
    _metric("gmv", QT_TRANSLATE_NOOP("OverviewTable", "GMV")),
    _metric("views", QT_TRANSLATE_NOOP("OverviewTable", "Views")),
    _metric("viewers", QT_TRANSLATE_NOOP("OverviewTable", "Viewers")),
    _metric("customers", QT_TRANSLATE_NOOP("OverviewTable", "Customers")),
    _metric("conversion_rate", QT_TRANSLATE_NOOP("OverviewTable", "Conversion")),
    _metric("avg_view_duration", QT_TRANSLATE_NOOP("OverviewTable", "Avg. viewing duration")),
    _metric("pcu", QT_TRANSLATE_NOOP("OverviewTable", "Peak viewers")),
)


@dataclass(frozen=True, slots=True)
class RangeSummary:
    """Totals over several LIVEs (ratios are ratios of sums across LIVEs)."""

    lives: int
    hours: float
    gmv: float | None
    views: float | None
    viewers: float | None
    customers: float | None
    watch_seconds: float | None
    currency: str

    @property
    def conversion(self) -> float | None:
        """Customers ÷ viewers."""
        return None if self.customers is None or not self.viewers else self.customers / self.viewers

    @property
    def avg_view_duration(self) -> float | None:
        """Watch seconds ÷ viewers."""
        return None if self.watch_seconds is None or not self.viewers else self.watch_seconds / self.viewers


def summarize(rows: Sequence[SessionTotals]) -> RangeSummary:
    """Sum LIVEs' totals; a metric no LIVE reports stays None."""

    def total(key: str) -> float | None:
        vals = [r.totals.sums.get(key) for r in rows]
        present = [v for v in vals if v is not None]
        return sum(present) if present else None

    currency = rows[0].session.currency if rows else "USD"
    return RangeSummary(
        len(rows),
        sum((r.totals.window_s or 0) for r in rows) / 3600.0,
        total("gmv"),
        total("views"),
        total("viewers"),
        total("customers"),
        total("watch_seconds"),
        currency,
    )


class OverviewTableModel(RecordTableModel[SessionTotals]):
    """One row per LIVE in the chosen range."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)
