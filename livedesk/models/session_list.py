"""The session picker's model: live and past LIVEs, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDateTime, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from livedesk.models import formatting as fmt
from livedesk.models.records import SessionRecord
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
