"""The session picker's filter: a "Filter" button next to the picker opening a small popup.

The popup narrows the picker's list by start date (from / to, local days, each switched on by its check box),
account, status (running / ended) and text (title, host, account, LIVE id). Every change applies at once;
nothing is persisted. The button says how many LIVEs are listed while a filter is on.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models.records import AccountRef, SessionStatus
from livedesk.models.session_list import SessionFilter

DEFAULT_DAYS = 14  # the "from" date offered: two weeks back, like the key metrics' own history


def _index_of(combo: QComboBox, value: object) -> int:
    """The row whose data equals ``value`` (by value: ``findData`` compares Python objects by identity), else 0."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)


def _day_start_ms(day: QDate) -> int:
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch()


class SessionFilterPopup(QFrame):
    """The filter's fields, shown as a popup under the Filter button.

    Signals:
        filter_changed: a field changed. arg: the new :class:`~livedesk.models.session_list.SessionFilter`
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("sessionFilterPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._accounts: tuple[AccountRef, ...] = ()
        self._quiet = False
        self._title = QLabel()
        self._title.setObjectName("sectionHeading")
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("sessionFilterText")
        self.text_edit.setClearButtonEnabled(True)
        today = QDate.currentDate()
        self.since_check, self.until_check = QCheckBox(), QCheckBox()
        self.since_edit, self.until_edit = QDateEdit(today.addDays(-DEFAULT_DAYS)), QDateEdit(today)
        for name, check, edit in (("sessionFilterFrom", self.since_check, self.since_edit),
                                  ("sessionFilterTo", self.until_check, self.until_edit)):
            check.setObjectName(name + "On")
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._emit)
        self.account_combo = QComboBox()
        self.account_combo.setObjectName("sessionFilterAccount")
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account_combo.addItem("", None)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("sessionFilterStatus")
        for status in (None, SessionStatus.LIVE, SessionStatus.ENDED):
            self.status_combo.addItem("", status)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("sessionFilterClear")
        self.clear_button.setAutoDefault(False)
        self._count = QLabel()
        self._count.setObjectName("hint")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel() for _ in range(3)]
        rows: tuple[tuple[QWidget, QWidget], ...] = (
            (self._labels[0], self.text_edit), (self.since_check, self.since_edit),
            (self.until_check, self.until_edit), (self._labels[1], self.account_combo),
            (self._labels[2], self.status_combo))
        for label, field in rows:
            if isinstance(label, QLabel):
                label.setBuddy(field)
            form.addRow(label, field)
        bottom = QHBoxLayout()
        bottom.addWidget(self._count, 1)
        bottom.addWidget(self.clear_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self._title)
        lay.addLayout(form)
        lay.addLayout(bottom)
        self.setMinimumWidth(340)

        self.text_edit.textChanged.connect(self._emit)
        self.since_edit.dateChanged.connect(self._on_since_changed)
        self.until_edit.dateChanged.connect(self._on_until_changed)
        self.account_combo.currentIndexChanged.connect(self._emit)
        self.status_combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate_ui()

    # --- translation -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._title.setText(self.tr("Filter the LIVE list"))
        for label, text in zip(self._labels, (self.tr("&Text:"), self.tr("&Account:"), self.tr("&Status:")),
                               strict=True):
            label.setText(text)
        self.since_check.setText(self.tr("&From:"))
        self.until_check.setText(self.tr("T&o:"))
        self.text_edit.setPlaceholderText(self.tr("Title, host, account or LIVE id"))
        self.since_check.setToolTip(self.tr("Only LIVEs that started on or after this day"))
        self.until_check.setToolTip(self.tr("Only LIVEs that started on or before this day"))
        self.since_edit.setToolTip(self.since_check.toolTip())
        self.until_edit.setToolTip(self.until_check.toolTip())
        self.account_combo.setItemText(0, self.tr("All accounts"))
        for i, text in enumerate((self.tr("Live and ended"), self.tr("Live now"), self.tr("Ended"))):
            self.status_combo.setItemText(i, text)
        self.clear_button.setText(self.tr("C&lear"))
        self.clear_button.setToolTip(self.tr("Show every LIVE again"))

    # --- state ---------------------------------------------------------------------------------------
    def session_filter(self) -> SessionFilter:
        """The filter the fields describe."""
        return SessionFilter(
            since=_day_start_ms(self.since_edit.date()) if self.since_check.isChecked() else None,
            until=_day_start_ms(self.until_edit.date().addDays(1)) if self.until_check.isChecked() else None,
            account=self.account_combo.currentData(),
            status=self.status_combo.currentData(),
            text=self.text_edit.text().strip(),
        )

    def set_session_filter(self, f: SessionFilter) -> None:
        """Show ``f`` in the fields (one ``filter_changed`` at the end)."""
        self._quiet = True
        try:
            self.text_edit.setText(f.text)
            self.since_check.setChecked(f.since is not None)
            if f.since is not None:
                self.since_edit.setDate(QDateTime.fromMSecsSinceEpoch(f.since).date())
            self.until_check.setChecked(f.until is not None)
            if f.until is not None:
                self.until_edit.setDate(QDateTime.fromMSecsSinceEpoch(f.until - 1).date())
            if f.account is not None and f.account not in self._accounts:
                self.set_accounts((*self._accounts, f.account))
            self.account_combo.setCurrentIndex(_index_of(self.account_combo, f.account))
            self.status_combo.setCurrentIndex(_index_of(self.status_combo, f.status))
        finally:
            self._quiet = False
        self._emit()

    def clear(self) -> None:
        """Show every LIVE."""
        self.set_session_filter(SessionFilter())

    def set_accounts(self, accounts: Sequence[AccountRef]) -> None:
        """The accounts to offer (the chosen one stays chosen while it is listed)."""
        accounts = tuple(accounts)
        if accounts == self._accounts:
            return
        chosen = self.account_combo.currentData()
        self._accounts = accounts
        self._quiet = True
        try:
            while self.account_combo.count() > 1:
                self.account_combo.removeItem(1)
            handles = [a.handle for a in accounts]
            for a in accounts:
                # the platform only where two accounts share a handle
                text = a.handle if handles.count(a.handle) == 1 else f"{a.handle} ({a.platform})"
                self.account_combo.addItem(text, a)
            self.account_combo.setCurrentIndex(_index_of(self.account_combo, chosen))
        finally:
            self._quiet = False
        if chosen is not None and self.account_combo.currentData() is None:
            self._emit()  # the chosen account is gone: the filter no longer names it

    def set_count(self, shown: int, total: int) -> None:
        """Say how many LIVEs the filter lets through."""
        self._count.setText(self.tr("{shown} of {total} LIVEs listed").format(shown=shown, total=total))

    # --- slots ----------------------------------------------------------------------------------------
    def _on_since_changed(self, day: QDate) -> None:
        # keep from ≤ to: moving one past the other drags the other along
        if self.until_edit.date() < day:
            self.until_edit.setDate(day)
        self._emit()

    def _on_until_changed(self, day: QDate) -> None:
        if self.since_edit.date() > day:
            self.since_edit.setDate(day)
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.filter_changed.emit(self.session_filter())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.text_edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.text_edit.selectAll()


class SessionFilterButton(QToolButton):
    """The "Filter" button next to the session picker; it opens the :class:`SessionFilterPopup` (Ctrl+Shift+F).

    Signals:
        filter_changed: the user changed the filter. arg: :class:`~livedesk.models.session_list.SessionFilter`
    """

    filter_changed = Signal(object)

    SHORTCUT = QKeySequence("Ctrl+Shift+F")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionFilter")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCheckable(True)  # shows "on" while a filter hides LIVEs
        self.popup = SessionFilterPopup(self)
        self.popup.filter_changed.connect(self._on_filter_changed)
        self.clicked.connect(self._on_clicked)
        self._shown, self._total = 0, 0
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._update_text()
        self.setToolTip(self.tr("Filter the LIVE list by date, account, status or text ({key})").format(
            key=self.SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)))

    def show_popup(self) -> None:
        """Open the filter's fields under the button."""
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            below.setX(max(screen.left(), min(below.x(), screen.right() - self.popup.width())))
        self.popup.move(below)
        self.popup.show()
        self.popup.raise_()
        self.popup.activateWindow()

    def set_counts(self, shown: int, total: int) -> None:
        """How many LIVEs the picker lists of how many there are."""
        self._shown, self._total = shown, total
        self.popup.set_count(shown, total)
        self._update_text()

    def _update_text(self) -> None:
        active = self.popup.session_filter().active
        self.setChecked(active)
        if active:
            self.setText(self.tr("Filter ({shown}/{total})").format(shown=self._shown, total=self._total))
        else:
            self.setText(self.tr("Filter"))

    def _on_clicked(self) -> None:
        self._update_text()  # a click toggles the checked state; it shows whether a filter is on
        self.show_popup()

    def _on_filter_changed(self, f: SessionFilter) -> None:
        self._update_text()
        self.filter_changed.emit(f)
