"""Every violation in the cache, for support staff: filter by account, dates, policy and appeal status, search,
and open the LIVE at a violation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livedesk.models.appeals import ViolationRow
from livedesk.models.records import AppealStatus
from livedesk.models.table_model import RECORD_ROLE
from livedesk.models.violations import ViolationFilter, ViolationFilterProxy, ViolationListModel, appeal_name


class AllViolationsList(QWidget):
    """The cross-LIVE violation list with its filters.

    Signals:
        open_requested: open a LIVE at a violation. args: session id, violation time (UTC ms)
        refresh_requested: the list is about to be shown and wants fresh rows
    """

    open_requested = Signal(int, "qint64")
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allViolationsPanel")
        self.model = ViolationListModel(self)
        self.proxy = ViolationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("allViolationsList")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)

        self.account = QComboBox()
        self.account.setObjectName("violationAccountFilter")
        self.policy = QComboBox()
        self.policy.setObjectName("violationPolicyFilter")
        self.appeal = QComboBox()
        self.appeal.setObjectName("violationAppealFilter")
        self.use_dates = QCheckBox()
        self.use_dates.setObjectName("violationDateToggle")
        self.since = QDateEdit()
        self.since.setObjectName("violationSince")
        self.until = QDateEdit()
        self.until.setObjectName("violationUntil")
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setEnabled(False)
        today = QDate.currentDate()
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        self.use_dates.toggled.connect(self._apply)
        self.search = QLineEdit()
        self.search.setObjectName("violationSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply)
        for combo in (self.account, self.policy, self.appeal):
            combo.currentIndexChanged.connect(self._apply)
        for d in (self.since, self.until):
            d.dateChanged.connect(self._apply)
        self._count = QLabel()
        self._count.setObjectName("violationCount")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._labels = {name: QLabel() for name in ("account", "policy", "appeal", "search", "to")}
        self._labels["account"].setBuddy(self.account)
        self._labels["policy"].setBuddy(self.policy)
        self._labels["appeal"].setBuddy(self.appeal)
        self._labels["search"].setBuddy(self.search)

        row1 = QHBoxLayout()
        row1.addWidget(self._labels["search"])
        row1.addWidget(self.search, 2)
        row1.addWidget(self._labels["account"])
        row1.addWidget(self.account, 1)
        row1.addWidget(self._labels["policy"])
        row1.addWidget(self.policy, 1)
        row1.addWidget(self._labels["appeal"])
        row1.addWidget(self.appeal)
        row2 = QHBoxLayout()
        row2.addWidget(self.use_dates)
        row2.addWidget(self.since)
        row2.addWidget(self._labels["to"])
        row2.addWidget(self.until)
        row2.addStretch(1)
        row2.addWidget(self._count)
        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.table, 1)
        lay.addWidget(self._hint)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.retranslate_ui()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._labels["search"].setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("policy, reason, LIVE or account"))
        self._labels["account"].setText(self.tr("A&ccount:"))
        self._labels["policy"].setText(self.tr("Pol&icy:"))
        self._labels["appeal"].setText(self.tr("Appea&l:"))
        self._labels["to"].setText(self.tr("to"))
        self.use_dates.setText(self.tr("&Dates from"))
        self._hint.setText(self.tr("Double-click a violation (or press Enter) to open its LIVE at that moment."))
        self._fill_combo(self.appeal, [(None, self.tr("Any status")),
                                       *((s.value, appeal_name(s)) for s in AppealStatus)])
        self._refill_choices()
        self.model.retranslate()
        self._update_count()

    # --- data ------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.refresh_requested.emit()
        super().showEvent(event)

    def set_rows(self, rows: Sequence[ViolationRow]) -> None:
        """Show these violations (every cached one)."""
        self.model.set_rows(rows)
        self._refill_choices()
        self._update_count()

    def _refill_choices(self) -> None:
        rows = self.model.rows()
        accounts = sorted({(r.account_id, r.account_name) for r in rows}, key=lambda a: a[1].casefold())
        self._fill_combo(self.account, [(None, self.tr("All accounts")), *accounts])
        policies = sorted({r.violation.policy for r in rows}, key=str.casefold)
        self._fill_combo(self.policy, [(None, self.tr("All policies")), *((p, p) for p in policies)])

    def _fill_combo(self, combo: QComboBox, items: list[tuple[object, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        at = combo.findData(keep)
        combo.setCurrentIndex(at if at >= 0 else 0)
        combo.blockSignals(False)
        if at < 0 and keep is not None:
            self._apply()

    # --- filters -----------------------------------------------------------------------------------------
    def current_filter(self) -> ViolationFilter:
        """The filter the controls describe (dates in the system time zone, whole days)."""
        since = until = None
        if self.use_dates.isChecked():
            since = QDateTime(self.since.date(), QTime(0, 0)).toMSecsSinceEpoch()
            until = QDateTime(self.until.date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch()
        appeal = self.appeal.currentData()
        return ViolationFilter(self.account.currentData(), since, until, self.policy.currentData(),
                               AppealStatus(appeal) if appeal else None, self.search.text().strip())

    @Slot()
    def _apply(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        total = self.model.rowCount()
        if total == 0:
            self._count.setText(self.tr("No violations in the cache"))
        else:
            self._count.setText(self.tr("{shown} of {total} violations").format(
                shown=self.proxy.rowCount(), total=total))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(RECORD_ROLE)
        if isinstance(row, ViolationRow):
            self.open_requested.emit(row.session_id, row.violation.ts)
