"""Overview tab: performance across LIVEs over a date range, in a reporting time zone.

Range bar (presets, custom dates, exact time to the minute, time zone, export) on top; summary cards; the
per-day chart next to the conversion table; below, sub-tabs with the troubleshooting hints, the LIVEs of the
range and the metric reference. The range's data comes from an :class:`OverviewService` (its own thread); the
per-LIVE table still comes through ``range_requested`` → ``on_totals`` (the session loader).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QStandardPaths, Qt, QTime, QTimer, QTimeZone, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models import overview as ov
from livedesk.models.history import SessionTotals
from livedesk.models.overview import OverviewTableModel, summarize
from livedesk.models.overview_hints import compute_hints
from livedesk.models.records import AccountRecord
from livedesk.models.repository import SessionSnapshot
from livedesk.models.table_model import RECORD_ROLE
from livedesk.services.overview_data import OverviewService
from livedesk.views.overview_cards import OverviewCards
from livedesk.views.overview_chart import OverviewChart
from livedesk.views.overview_reference import HintsView, MetricReferenceView
from livedesk.views.theme import bind_style_sheet
from livedesk.views.traffic_tab import sortable_table

PRESETS = (ov.Preset.TODAY, ov.Preset.YESTERDAY, ov.Preset.LAST_7, ov.Preset.LAST_30, ov.Preset.CUSTOM)
DEFAULT_PRESET = ov.Preset.LAST_7
REFRESH_MS = 60_000  # re-read a range that is still running, while the tab is shown
HINTS_TAB, LIVES_TAB, REFERENCE_TAB = 0, 1, 2
PRODUCT_MIN_WIDTH = 140  # px: the conversion table scrolls sideways rather than hide product names


def system_zone() -> str:
    """The system's IANA zone if zoneinfo knows it, else UTC."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return name if name and ov.is_zone(name) else ov.DEFAULT_TZ


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _wall(q: QDateTime) -> dt.datetime:
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _qwall(w: dt.datetime) -> QDateTime:
    return QDateTime(QDate(w.year, w.month, w.day), QTime(w.hour, w.minute), QTimeZone.utc())


class OverviewTab(QWidget):
    """Performance across LIVEs for a date range.

    Signals:
        range_requested: totals per LIVE are needed for LIVEs started in [since, until). args: since ms or None,
            until ms or None
        session_requested: a LIVE was activated in the LIVEs table. arg: session id
        message_posted: a message for the status bar (export done or failed). arg: text
    """

    range_requested = Signal(object, object)
    session_requested = Signal(int)
    message_posted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, service: OverviewService | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._clock = clock
        self._service: OverviewService | None = None
        self._tz = system_zone()
        self._tz_chosen = False  # True once the user picked a zone: accounts no longer change it
        self._zones_listed = False
        self._accounts: tuple[AccountRecord, ...] = ()
        self._selected_account: AccountRecord | None = None
        self._data: ov.OverviewData | None = None
        self._rows: tuple[SessionTotals, ...] = ()
        self._range: ov.ReportRange | None = None
        self._exporting = False

        # --- range bar -----------------------------------------------------------------------------------
        self._range_title = QLabel()
        self.preset_box = QComboBox()
        self.preset_box.setObjectName("overviewRange")
        for p in PRESETS:
            self.preset_box.addItem("", p.value)
        self.preset_box.setCurrentIndex(PRESETS.index(DEFAULT_PRESET))
        self.from_date, self.to_date = QDateEdit(), QDateEdit()
        for name, edit in (("overviewFromDate", self.from_date), ("overviewToDate", self.to_date)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._schedule)
        self.exact_toggle = QCheckBox()
        self.exact_toggle.setObjectName("exactTimeToggle")
        self.from_time, self.to_time = QDateTimeEdit(), QDateTimeEdit()
        for name, edit in (("overviewFromTime", self.from_time), ("overviewToTime", self.to_time)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setTimeZone(QTimeZone.utc())  # wall-clock values of the reporting zone: no DST of the system's
            edit.dateTimeChanged.connect(self._schedule)
        self._dash_dates, self._dash_times = QLabel("–"), QLabel("–")
        self._tz_title = QLabel()
        self.tz_box = QComboBox()
        self.tz_box.setObjectName("timeZoneSelector")
        self.tz_box.setEditable(True)
        self.tz_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tz_box.setMinimumContentsLength(20)
        self.tz_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.tz_box.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tz_box.addItem(self._tz, self._tz)
        self.tz_box.activated.connect(self._on_tz_activated)
        self.tz_box.lineEdit().editingFinished.connect(self._on_tz_edited)
        self._offset = QLabel()
        self._offset.setObjectName("hint")
        self.export_button = QToolButton()
        self.export_button.setObjectName("overviewExportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._export_menu = QMenu(self.export_button)
        self._csv_action = self._export_menu.addAction("")
        self._csv_action.triggered.connect(lambda: self.export("csv"))
        self._xlsx_action = self._export_menu.addAction("")
        self._xlsx_action.triggered.connect(lambda: self.export("xlsx"))
        self.export_button.setMenu(self._export_menu)
        self.range_label = QLabel()
        self.range_label.setObjectName("overviewRangeLabel")
        bind_style_sheet(self.range_label, lambda c: f"color: {c.muted};")
        self.range_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for w in (self._range_title, self.preset_box, self.from_date, self._dash_dates, self.to_date,
                  self.from_time, self._dash_times, self.to_time, self.exact_toggle):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        self.range_label.setWordWrap(True)
        zone_row = QHBoxLayout()
        zone_row.setSpacing(6)
        zone_row.addWidget(self._tz_title)
        zone_row.addWidget(self.tz_box)
        zone_row.addWidget(self._offset)
        zone_row.addSpacing(12)
        zone_row.addWidget(self.range_label, 1)

        # --- cards, chart, conversion ----------------------------------------------------------------------
        self.cards = OverviewCards()
        self.chart = OverviewChart()
        self.conversion = ov.ConversionTableModel(self)
        self.conversion_table, self._conversion_proxy = sortable_table(self.conversion, "conversionTable")
        self.conversion_table.sortByColumn(ov.ConversionColumn.CLICKS.value, Qt.SortOrder.DescendingOrder)
        self.conversion_table.setWordWrap(False)
        self.conversion_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.conversion_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ov.ConversionColumn.PRODUCT.value, QHeaderView.ResizeMode.Interactive)
        self.conversion_table.viewport().installEventFilter(self)
        self._conversion_heading = QLabel()
        self._conversion_heading.setObjectName("sectionHeading")
        self.conversion_note = QLabel()
        self.conversion_note.setObjectName("conversionExplanation")
        self.conversion_note.setWordWrap(True)
        bind_style_sheet(self.conversion_note, lambda c: f"color: {c.muted}; font-size: 8.5pt;")
        conv = QWidget()
        cl = QVBoxLayout(conv)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self._conversion_heading)
        cl.addWidget(self.conversion_table, 1)
        cl.addWidget(self.conversion_note)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setObjectName("overviewTopSplitter")
        top.setChildrenCollapsible(False)
        top.addWidget(self.chart)
        top.addWidget(conv)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([400, 600])

        # --- lower sub-tabs ---------------------------------------------------------------------------------
        self.hints = HintsView()
        self.model = OverviewTableModel(self)
        self.table, self._proxy = sortable_table(self.model, "overviewTable")
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._on_activated)
        self._lives_hint = QLabel()
        self._lives_hint.setObjectName("hint")
        lives = QWidget()
        ll = QVBoxLayout(lives)
        ll.setContentsMargins(0, 4, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self._lives_hint)
        self.reference = MetricReferenceView()
        self.lower = QTabWidget()
        self.lower.setObjectName("overviewLowerTabs")
        self.lower.setDocumentMode(True)
        self.lower.addTab(self.hints, "")
        self.lower.addTab(lives, "")
        self.lower.addTab(self.reference, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("overviewSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(self.lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addLayout(zone_row)
        lay.addWidget(self.cards)
        lay.addWidget(split, 1)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.request)
        self._stale = True  # the range's data has not been asked for since it last changed
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._on_refresh)
        self._refresh.start()
        self.preset_box.currentIndexChanged.connect(self._on_preset_changed)
        self.exact_toggle.toggled.connect(self._on_exact_toggled)
        self._fill_custom_dates()
        self._update_controls()
        self._update_export_state()
        if service is not None:
            self.set_data_service(service)
        self.retranslate_ui()

    # --- wiring ---------------------------------------------------------------------------------------------
    def set_data_service(self, service: OverviewService) -> None:
        """Read ranges through ``service`` (its thread must be started by the owner)."""
        self._service = service
        service.data_changed.connect(self.on_overview)
        service.accounts_changed.connect(self.on_accounts)
        service.export_finished.connect(self._on_export_finished)
        service.refresh_accounts()
        self._update_export_state()

    # --- translation ----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._range_title.setText(self.tr("Range:"))
        self.conversion_table.setAccessibleName(self.tr("Product conversion"))
        for i, p in enumerate(PRESETS):
            self.preset_box.setItemText(i, ov.preset_label(p))
        self.preset_box.setToolTip(self.tr("Whole days in the reporting time zone; the last 7 and 30 days "
                                           "include today"))
        self.from_date.setToolTip(self.tr("First day"))
        self.to_date.setToolTip(self.tr("Last day (included)"))
        self.exact_toggle.setText(self.tr("Exact time"))
        self.exact_toggle.setToolTip(self.tr("Give start and end to the minute instead of whole days"))
        self.from_time.setToolTip(self.tr("Start (included), in the reporting time zone"))
        self.to_time.setToolTip(self.tr("End (excluded), in the reporting time zone"))
        self._tz_title.setText(self.tr("Time zone:"))
        self.tz_box.setToolTip(self.tr("Reporting time zone: day boundaries and times are computed in it. "
                                       "Type to search, e.g. “Jakarta”."))
        self.export_button.setText(self.tr("Export"))
        self._csv_action.setText(self.tr("CSV file…"))
        self._xlsx_action.setText(self.tr("Excel workbook…"))
        self._conversion_heading.setText(self.tr("Conversion by product"))
        self.conversion_note.setText(self.tr(
            "Clicks can exceed conversions: a click is counted for every tap on the product card, a conversion "
            "once per paid order. One buyer often taps several times, and carts are abandoned or left unpaid. "
            "CTOR = orders ÷ product clicks, summed over the LIVEs in the range."))
        self._lives_hint.setText(self.tr("LIVEs that started in the range. Double-click or press Enter on a LIVE "
                                         "to open it."))
        self.lower.setTabText(LIVES_TAB, self.tr("LIVEs"))
        self.lower.setTabText(REFERENCE_TAB, self.tr("Metric reference"))
        self._update_hints_title()
        self.model.retranslate()
        self.conversion.retranslate()
        self._update_range_label()
        self._update_export_state()

    def _update_hints_title(self) -> None:
        n = len(self.hints.hints())
        self.lower.setTabText(HINTS_TAB, self.tr("Hints (%n)", "", n) if n else self.tr("Hints"))

    # --- the range --------------------------------------------------------------------------------------------
    def time_zone(self) -> str:
        """The reporting time zone."""
        return self._tz

    def set_time_zone(self, tz: str, *, user: bool = True) -> bool:
        """Report in ``tz`` (an IANA name); ``user`` marks the user's choice, which accounts no longer override."""
        if not ov.is_zone(tz):
            return False
        if user:
            self._tz_chosen = True
        i = self.tz_box.findData(tz)
        if i < 0:
            self.tz_box.addItem(tz, tz)
            i = self.tz_box.count() - 1
        self.tz_box.setCurrentIndex(i)
        if tz != self._tz:
            self._tz = tz
            self.model.set_time_zone(tz)
            self._schedule()
        self._update_offset()
        return True

    def preset(self) -> ov.Preset:
        """The preset chosen."""
        return ov.Preset(self.preset_box.currentData())

    def set_preset(self, preset: ov.Preset) -> None:
        """Choose a preset (leaves exact-time mode)."""
        self.exact_toggle.setChecked(False)
        self.preset_box.setCurrentIndex(PRESETS.index(preset))

    def set_custom_dates(self, first: dt.date, last: dt.date) -> None:
        """Choose whole days from ``first`` to ``last`` (included)."""
        self.exact_toggle.setChecked(False)
        self.preset_box.setCurrentIndex(PRESETS.index(ov.Preset.CUSTOM))
        self.from_date.setDate(_qdate(first))
        self.to_date.setDate(_qdate(last))

    def set_exact_range(self, start: dt.datetime, end: dt.datetime) -> None:
        """Choose start and end to the minute (naive wall-clock times in the reporting zone)."""
        self.exact_toggle.setChecked(True)
        self.from_time.setDateTime(_qwall(start))
        self.to_time.setDateTime(_qwall(end))

    def current_range(self) -> ov.ReportRange:
        """The range the controls describe, in the reporting zone."""
        now = self._now_ms()
        if self.exact_toggle.isChecked():
            try:
                return ov.exact_range(_wall(self.from_time.dateTime()), _wall(self.to_time.dateTime()), self._tz)
            except ValueError:  # end before start: fall back to a single minute rather than nothing
                since = ov.local_ms(_wall(self.from_time.dateTime()), self._tz)
                return ov.ReportRange(since, since + 60_000, self._tz, True)
        preset = self.preset()
        if preset is ov.Preset.CUSTOM:
            return ov.preset_range(preset, self._tz, now, _pydate(self.from_date.date()),
                                   _pydate(self.to_date.date()))
        return ov.preset_range(preset, self._tz, now)

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def _fill_custom_dates(self) -> None:
        rng = ov.preset_range(ov.Preset.LAST_7, self._tz, self._now_ms())
        for edit, day in ((self.from_date, rng.first_day), (self.to_date, rng.last_day)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _on_preset_changed(self, _index: int) -> None:
        if self.preset() is ov.Preset.CUSTOM and self._range is not None:
            for edit, day in ((self.from_date, self._range.first_day), (self.to_date, self._range.last_day)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._update_controls()
        self._schedule()

    def _on_exact_toggled(self, on: bool) -> None:
        if on:
            base = self._range or self.current_range()
            end = min(base.until, ((self._now_ms() // 60_000) + 1) * 60_000)
            for edit, ms in ((self.from_time, base.since), (self.to_time, max(end, base.since + 60_000))):
                edit.blockSignals(True)
                edit.setDateTime(_qwall(ov.local_datetime(ms, self._tz).replace(tzinfo=None)))
                edit.blockSignals(False)
        self._update_controls()
        self._schedule()

    def _update_controls(self) -> None:
        exact = self.exact_toggle.isChecked()
        custom = self.preset() is ov.Preset.CUSTOM and not exact
        self.preset_box.setEnabled(not exact)
        for w in (self.from_date, self._dash_dates, self.to_date):
            w.setVisible(custom)
        for w in (self.from_time, self._dash_times, self.to_time):
            w.setVisible(exact)

    @Slot(int)
    def _on_tz_activated(self, index: int) -> None:
        tz = self.tz_box.itemData(index)
        if isinstance(tz, str):
            self.set_time_zone(tz)

    @Slot()
    def _on_tz_edited(self) -> None:
        match = ov.find_zone(self.tz_box.currentText())
        if match is not None:
            self.set_time_zone(match)
        else:  # not a zone: show the one in use again
            self.tz_box.setCurrentIndex(max(self.tz_box.findData(self._tz), 0))

    def _ensure_zone_list(self) -> None:
        """Fill the selector with every IANA zone (once; deferred until shown, it reads the zone list)."""
        if self._zones_listed:
            return
        self._zones_listed = True
        names = list(ov.zone_names())
        if self._tz not in names:
            names.append(self._tz)
        self.tz_box.blockSignals(True)
        self.tz_box.clear()
        for name in names:
            self.tz_box.addItem(name, name)
        self.tz_box.setCurrentIndex(self.tz_box.findData(self._tz))
        self.tz_box.blockSignals(False)

    def zone_choices(self) -> tuple[str, ...]:
        """The zones the selector offers."""
        self._ensure_zone_list()
        return tuple(str(self.tz_box.itemData(i)) for i in range(self.tz_box.count()))

    def _update_offset(self) -> None:
        self._offset.setText(ov.utc_offset_text(self._tz, self._now_ms()))

    # --- default zone from the accounts ---------------------------------------------------------------------
    @Slot(object)
    def on_accounts(self, accounts: Sequence[AccountRecord]) -> None:
        """The accounts, newest LIVE first: the newest one's zone is the default until a LIVE is selected."""
        self._accounts = tuple(accounts)
        self._apply_account_zone()

    @Slot(object, object)
    def on_snapshot_changed(self, snap: SessionSnapshot, delta: object) -> None:
        """The selected LIVE changed: its account's zone becomes the default (unless the user chose one)."""
        if delta is None and snap.account.id != (self._selected_account.id if self._selected_account else None):
            self._selected_account = snap.account
            self._apply_account_zone()

    def reporting_account(self) -> AccountRecord | None:
        """The selected LIVE's account, else the account with the newest LIVE."""
        return self._selected_account or (self._accounts[0] if self._accounts else None)

    def set_reporting_zone(self, tz: str) -> None:
        """The Settings choice: report in ``tz``, or ("") in the account's own zone again."""
        if tz and self.set_time_zone(tz, user=True):
            return
        self._tz_chosen = False
        self._apply_account_zone()

    def _apply_account_zone(self) -> None:
        account = self.reporting_account()
        if account is not None and not self._tz_chosen and ov.is_zone(account.timezone):
            self.set_time_zone(account.timezone, user=False)
        self._schedule()

    # --- requests and answers -----------------------------------------------------------------------------------
    def _schedule(self) -> None:
        if not self.isVisible():  # a hidden overview reads nothing: opening a LIVE stays fast
            self._stale = True
            return
        self._pending.start()

    def request(self) -> None:
        """Ask for the data of the chosen range (the overview service and the per-LIVE totals)."""
        self._pending.stop()
        self._stale = False
        rng = self.current_range()
        self._range = rng
        self._update_range_label()
        self.range_requested.emit(rng.since, rng.until)
        if self._service is not None:
            account = self.reporting_account()
            self._service.request(ov.OverviewRequest(rng, self._now_ms(), account.id if account else None))

    @Slot(int, object)
    def on_totals(self, _request_id: int, rows: Sequence[SessionTotals]) -> None:
        """The LIVEs of the range with their totals (and, until the service answers, plain cards)."""
        self._rows = tuple(rows)
        self.model.set_rows(self._rows)
        if self._data is None:
            s = summarize(self._rows)
            self.cards.set_plain({
                "lives": fmt.count(s.lives), "hours": fmt.duration(s.hours * 3600),
                "gmv": fmt.money(s.gmv, s.currency, compact=True), "views": fmt.count(s.views, compact=True),
                "viewers": fmt.count(s.viewers, compact=True), "conversion_rate": fmt.percent(s.conversion),
                "avg_view_duration": fmt.duration(s.avg_view_duration)})

    @Slot(int, object)
    def on_overview(self, _request_id: int, data: ov.OverviewData) -> None:
        """The range's data arrived: cards, chart, conversion table, hints."""
        if data.range.tz != self._tz:
            return  # an answer for a zone no longer shown
        self._data = data
        self.cards.set_cards(ov.card_values(data.current, data.previous), data.currency,
                             incomplete=data.incomplete and data.range.contains(data.now_ms))
        self.chart.set_days(data.days, data.currency)
        self.conversion.set_products(data.products)
        self._fit_conversion_columns()
        own = data.own.totals if data.own is not None else None
        self.hints.set_hints(compute_hints(data.current.totals, data.market, own, data.products), data.currency)
        self._update_hints_title()
        self._update_range_label()
        self._update_export_state()

    def overview_data(self) -> ov.OverviewData | None:
        """The overview shown (None before the service answered)."""
        return self._data

    def _update_range_label(self) -> None:
        rng = self._range
        if rng is None:
            self.range_label.setText("")
            return
        text = self.tr("Showing {range}").format(range=self._range_text(rng, with_zone=False))
        data = self._data
        if data is not None and data.range == rng:
            text += " · " + self.tr("compared with {previous}").format(
                previous=self._range_text(data.previous_range, with_zone=False))
            if data.incomplete and rng.contains(data.now_ms):
                text += " · " + self.tr("today is incomplete (data until {time})").format(
                    time=ov.local_datetime(data.now_ms, rng.tz).strftime("%H:%M"))
            if data.current.other_currency_lives:
                text += " · " + self.tr("%n LIVE(s) in another currency left out of money totals", "",
                                        data.current.other_currency_lives)
        self.range_label.setText(text)

    def _range_text(self, rng: ov.ReportRange, *, with_zone: bool = True) -> str:
        a = ov.local_datetime(rng.since, rng.tz)
        b = ov.local_datetime(rng.until, rng.tz)
        if rng.exact or a.time() != dt.time() or b.time() != dt.time():
            text = f"{a:%Y-%m-%d %H:%M} – {b:%Y-%m-%d %H:%M}"
        else:
            last = rng.last_day
            text = a.date().isoformat() if last == a.date() else f"{a.date().isoformat()} – {last.isoformat()}"
        return f"{text} ({rng.tz})" if with_zone else text

    @Slot()
    def _on_refresh(self) -> None:
        data = self._data
        if self.isVisible() and data is not None and data.incomplete:
            self.request()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.conversion_table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_conversion_columns()
        return super().eventFilter(watched, event)

    def _fit_conversion_columns(self) -> None:
        """The product column takes the width the figures leave, but never less than a readable name."""
        header = self.conversion_table.horizontalHeader()
        product = ov.ConversionColumn.PRODUCT.value
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != product)
        header.resizeSection(product, max(PRODUCT_MIN_WIDTH, self.conversion_table.viewport().width() - others))

    def on_frame(self) -> None:
        """Nothing to repaint per frame: the range's data arrives as a whole."""

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_zone_list()
        self._update_offset()
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._pending.start()

    def _on_activated(self, index: object) -> None:
        row = self._proxy.data(index, RECORD_ROLE)  # type: ignore[arg-type]
        if row is not None and row.session.id is not None:
            self.session_requested.emit(row.session.id)

    # --- export ---------------------------------------------------------------------------------------------
    def _update_export_state(self) -> None:
        if self._service is None:
            enabled, tip = False, self.tr("Export is not available")
        elif self._data is None:
            enabled, tip = False, self.tr("The range's data is still being read")
        elif self._exporting:
            enabled, tip = False, self.tr("An export is running")
        else:
            enabled, tip = True, self.tr("Export the overview (range, time zone, one row per day and the totals) "
                                         "as CSV or Excel")
        self.export_button.setEnabled(enabled)
        self.export_button.setToolTip(tip)

    def default_export_name(self, fmt_name: str) -> str:
        """The file name offered: the range's days."""
        data = self._data
        if data is None:
            return f"LiveDesk overview.{fmt_name}"
        a, b = data.range.first_day.isoformat(), data.range.last_day.isoformat()
        days = a if a == b else f"{a} to {b}"
        return re.sub(r'[\\/:*?"<>|]+', "-", f"LiveDesk overview {days}") + f".{fmt_name}"

    def export(self, fmt_name: str) -> bool:
        """Ask for a file and export the overview as "csv" or "xlsx". Returns True when it started."""
        if self._data is None or self._service is None:
            return False
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or Path.home())
        filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the overview"),
                                              str(folder / self.default_export_name(fmt_name)), filters[fmt_name])
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != f".{fmt_name}":
            path = path.with_name(f"{path.name}.{fmt_name}")
        return self.export_to(path, fmt_name)

    def export_to(self, path: Path, fmt_name: str) -> bool:
        """Export the overview shown to ``path`` (on the service's thread). Returns True when it started."""
        if self._data is None or self._service is None or self._exporting:
            return False
        self._exporting = True
        self._update_export_state()
        self._service.export(self._data, path, fmt_name)
        return True

    @Slot(str, str)
    def _on_export_finished(self, path: str, error: str) -> None:
        self._exporting = False
        self._update_export_state()
        if error:
            self.message_posted.emit(self.tr("The overview could not be exported: {error}").format(error=error))
        else:
            self.message_posted.emit(self.tr("Overview exported to {path}").format(path=path))
