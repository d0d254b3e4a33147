"""Violations across LIVEs: the table model and the filters of the support staff's list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from livedesk.models import formatting as fmt
from livedesk.models.appeals import ViolationRow
from livedesk.models.records import AppealStatus
from livedesk.models.table_model import RECORD_ROLE, SORT_ROLE, ColumnSpec, RecordTableModel

CONTEXT = "ViolationList"

APPEAL_NAMES = {
    AppealStatus.NONE: QT_TRANSLATE_NOOP("ViolationList", "Not appealed"),
    AppealStatus.DRAFT: QT_TRANSLATE_NOOP("ViolationList", "Draft"),
    AppealStatus.SUBMITTED: QT_TRANSLATE_NOOP("ViolationList", "Submitted"),
    AppealStatus.ACCEPTED: QT_TRANSLATE_NOOP("ViolationList", "Accepted"),
    AppealStatus.REJECTED: QT_TRANSLATE_NOOP("ViolationList", "Rejected"),
}


def appeal_name(status: AppealStatus) -> str:
    """The translated name of an appeal status."""
    return QCoreApplication.translate(CONTEXT, APPEAL_NAMES[status])


def _when(ts: int) -> str:
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ts), QLocale.FormatType.ShortFormat)


COLUMNS: tuple[ColumnSpec[ViolationRow], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("ViolationList", "Date"), lambda r: _when(r.violation.ts), lambda r: r.violation.ts),
    ColumnSpec(QT_TRANSLATE_NOOP("ViolationList", "Account"), lambda r: r.account_name),
    ColumnSpec(QT_TRANSLATE_NOOP("ViolationList", "LIVE"), lambda r: r.session_title),
    ColumnSpec(QT_TRANSLATE_NOOP("ViolationList", "Time in LIVE"),
               lambda r: fmt.clock(r.violation.ts - r.session_started_at),
               lambda r: r.violation.ts - r.session_started_at, True),
    ColumnSpec(QT_TRANSLATE_NOOP("ViolationList", "Policy"), lambda r: r.violation.policy),
    ColumnSpec(QT_TRANSLATE_NOOP("ViolationList", "Severity"), lambda r: r.violation.severity.capitalize(),
               lambda r: {"high": 3, "medium": 2, "low": 1}.get(r.violation.severity.lower(), 0)),
    ColumnSpec(QT_TRANSLATE_NOOP("ViolationList", "Appeal"), lambda r: appeal_name(r.violation.appeal_status),
               lambda r: list(AppealStatus).index(r.violation.appeal_status)),
    ColumnSpec(QT_TRANSLATE_NOOP("ViolationList", "Reason"), lambda r: r.violation.reason,
               tooltip=lambda r: r.violation.reason),
)


class ViolationListModel(RecordTableModel[ViolationRow]):
    """Every cached violation, one row each."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)


@dataclass(frozen=True, slots=True)
class ViolationFilter:
    """What the list shows: None means any.

    Attributes:
        account_id: one account.
        since, until: violation time range, UTC ms, ``until`` exclusive.
        policy: one policy (exact).
        appeal: one appeal status.
        text: words that must all appear in the policy, reason, LIVE title or account name (any case).
    """

    account_id: int | None = None
    since: int | None = None
    until: int | None = None
    policy: str | None = None
    appeal: AppealStatus | None = None
    text: str = ""

    def accepts(self, row: ViolationRow) -> bool:
        """True when ``row`` passes every filter."""
        v = row.violation
        if self.account_id is not None and row.account_id != self.account_id:
            return False
        if self.since is not None and v.ts < self.since:
            return False
        if self.until is not None and v.ts >= self.until:
            return False
        if self.policy is not None and v.policy != self.policy:
            return False
        if self.appeal is not None and v.appeal_status is not self.appeal:
            return False
        if self.text:
            hay = " ".join((v.policy, v.reason, v.consequence, row.session_title, row.account_name)).casefold()
            return all(word in hay for word in self.text.casefold().split())
        return True


class ViolationFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and shows the rows a :class:`ViolationFilter` accepts."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._filter = ViolationFilter()
        self.setSortRole(SORT_ROLE)

    @property
    def filter(self) -> ViolationFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, f: ViolationFilter) -> None:
        """Apply a new filter."""
        if f == self._filter:
            return
        self.beginFilterChange()
        self._filter = f
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        return row is not None and self._filter.accepts(row)
