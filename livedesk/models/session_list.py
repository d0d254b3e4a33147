"""The session picker's model: live and past LIVEs, newest first, and the filter in front of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from livedesk.models import formatting as fmt
from livedesk.models.records import AccountRef, SessionRecord, SessionStatus
from livedesk.models.table_model import RECORD_ROLE

SESSION_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 10


def session_title(s: SessionRecord) -> str:
    """How a LIVE is named in the picker."""
    when = QDateTime.fromMSecsSinceEpoch(s.started_at).toString("yyyy-MM-dd HH:mm")
    if s.is_live:
        return QCoreApplication.translate("SessionList", "● LIVE now · {title} · since {when}").format(
            title=s.title, when=when)
    length = fmt.duration((s.ended_at - s.started_at) / 1000) if s.ended_at else fmt.MISSING
    return f"{when} · {s.title} · {length}"


class SessionListModel(QAbstractListModel):
    """LIVEs for the picker; ``SESSION_ID_ROLE`` gives the database id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SessionRecord, ...] = ()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return session_title(s)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{s.title} — {s.host} ({s.source})"
        if role == Qt.ItemDataRole.ForegroundRole and s.is_live:
            return QColor("#e8345a")
        if role == SESSION_ID_ROLE:
            return s.id
        if role == RECORD_ROLE:
            return s
        return None

    def set_sessions(self, sessions: Sequence[SessionRecord]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._rows = tuple(sessions)
        self.endResetModel()

    def row_of(self, session_id: int) -> int:
        """The row showing a session id, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)

    def sessions(self) -> tuple[SessionRecord, ...]:
        """The sessions listed."""
        return self._rows

    def retranslate(self) -> None:
        """Re-render the texts after a language change."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """What the picker lists: LIVEs started in a time window, of one account, of one status, matching a text.

    Attributes:
        since: earliest start (UTC ms, inclusive), or None.
        until: start before this (UTC ms, exclusive), or None.
        account: only this account's LIVEs, or None for every account.
        status: only running (``LIVE``) or ended LIVEs, or None for both.
        text: words that must all appear in the title, host, account handle or external id (any case).
    """

    since: int | None = None
    until: int | None = None
    account: AccountRef | None = None
    status: SessionStatus | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        """True when the filter hides anything at all."""
        return (self.since is not None or self.until is not None or self.account is not None
                or self.status is not None or bool(self.text.strip()))

    def matches(self, s: SessionRecord) -> bool:
        """Whether ``s`` passes every condition."""
        if self.since is not None and s.started_at < self.since:
            return False
        if self.until is not None and s.started_at >= self.until:
            return False
        if self.account is not None and s.ref.account != self.account:
            return False
        if self.status is not None and s.status is not self.status:
            return False
        words = self.text.casefold().split()
        if words:
            hay = " ".join((s.title, s.host, s.ref.account.handle, s.ref.external_id)).casefold()
            return all(w in hay for w in words)
        return True


class SessionFilterModel(QSortFilterProxyModel):
    """The picker's rows: a :class:`SessionListModel` seen through a :class:`SessionFilter` (nothing persisted)."""

    def __init__(self, source: SessionListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = SessionFilter()
        self.setSourceModel(source)

    def session_filter(self) -> SessionFilter:
        """The filter applied."""
        return self._filter

    def set_session_filter(self, f: SessionFilter) -> None:
        """Apply a new filter."""
        if f == self._filter:
            return
        self.beginFilterChange()
        self._filter = f
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        src = self.sourceModel()
        record = src.index(source_row, 0, source_parent).data(RECORD_ROLE)
        return record is None or self._filter.matches(record)

    def row_of(self, session_id: int) -> int:
        """The row listing a session id, or -1 (absent or filtered out)."""
        src = self.sourceModel()
        assert isinstance(src, SessionListModel)
        row = src.row_of(session_id)
        if row < 0:
            return -1
        return self.mapFromSource(src.index(row)).row()

    def accounts(self) -> tuple[AccountRef, ...]:
        """Every account with a LIVE in the (unfiltered) list, sorted by handle."""
        src = self.sourceModel()
        assert isinstance(src, SessionListModel)
        return tuple(sorted({s.ref.account for s in src.sessions()}, key=lambda a: (a.handle.casefold(), a.platform)))
