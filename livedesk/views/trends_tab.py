"""Performance trends tab: two metrics on one chart with colour-coded event markers, and its sub-views.

The Trend sub-view has two metric pickers, Whole LIVE / Last 30 min / Last 5 min plus a custom range dragged
on an overview strip, and a legend that shows or hides each kind of marker. The Products sub-view is the
product table of the key-metrics tab; the Promotions sub-view shows each promotion's uplift. The trend data
exports as a table once the LIVE has ended, and a note can be added at the current moment (key M).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QHideEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models.records import EventKind
from livedesk.models.repository import SessionSnapshot
from livedesk.services.export import ExportService
from livedesk.settings import Settings
from livedesk.views.charts import (
    CURVE_COLORS,
    MARKER_COLORS,
    MARKER_KINDS,
    RANGE_WHOLE,
    LiveClockAxis,
    RangeSelector,
    TrendChart,
    apply_view,
)
from livedesk.views.metric_picker import MetricPicker
from livedesk.views.panel import SnapshotPanel
from livedesk.views.product_table import ProductTable
from livedesk.views.promotions_view import PromotionsView
from livedesk.views.theme import colors, theme_notifier

AnnotationSink = Callable[[int, int, str], "str | None"]
"""Stores a note: (session id, LIVE time in UTC ms, text) → None when stored, else why it was not."""

EXPORT_FORMATS = ("csv", "xlsx")
STRIP_HEIGHT = 64
AXIS_WIDTH = 64  # the trend chart's value axes, so the strip's plot area lines up with the chart's
MIN_CUSTOM_S = 5.0  # a custom range narrower than this is not a range the chart can show usefully


class SubView:
    """Indexes of the tab's sub-views."""

    TREND, PRODUCTS, PROMOTIONS = range(3)


class TrendsTab(SnapshotPanel):
    """Two metrics at once; clicking a marker or a point seeks the replay.

    Args:
        settings: where the product table keeps its column choice.
        parent: the parent widget.

    Attributes:
        chart: the trend chart.
        range_strip: the overview strip under the chart (the whole LIVE).
        range_region: the band on the strip that chooses a custom range.
        legend: the marker toggles (one check box per legend entry).
        products: the product table (the key-metrics tab's class).
        promotions: the promotions with their uplift.
        export_button: exports the trend data (menu: CSV, XLSX).
        add_note_button: adds a note at the current moment.

    Signals:
        seek_requested: a moment was clicked. arg: LIVE time (UTC ms)
        message_posted: a result to show in the status bar (e.g. where an export was written). arg: text
    """

    seek_requested = Signal("qint64")
    message_posted = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsTab")
        self._export: ExportService | None = None
        self._exporting = False
        self._progress: QProgressDialog | None = None
        self._export_dir: Path | None = None
        self._add_annotation: AnnotationSink | None = None
        self._custom: tuple[float, float] | None = None  # LIVE seconds shown instead of Whole/30/5
        # The overview strip of a live tick is repainted on the frame tick after the chart's (one long frame
        # becomes two short ones); a change of options, another LIVE or the tab shown again paints both at once.
        self._strip_due: float | None = None  # the LIVE's end the strip waits to be painted to
        self._strip_shown_for: int | None = None  # the LIVE whose strip was painted since the tab was shown
        self._strip_now = True
        self._position: int | None = None  # the last replay position (LIVE time, UTC ms)
        self._session_id: int | None = None
        self._syncing_region = False

        # --- the Trend sub-view ---------------------------------------------------------------------
        self.picker_a = MetricPicker("current_viewers")
        self.picker_a.setObjectName("metricPickerA")
        self.picker_b = MetricPicker("gmv")
        self.picker_b.setObjectName("metricPickerB")
        self._range = RangeSelector()
        self._range.setObjectName("rangeSelector")
        self._custom_label = QLabel()
        self._custom_label.setObjectName("customRangeLabel")
        self._custom_label.hide()
        self.chart = TrendChart()
        self.chart.setObjectName("trendChart")
        self.chart.set_metrics(mx.metric(self.picker_a.key()), mx.metric(self.picker_b.key()))
        self.chart.seek_requested.connect(self.seek_requested)
        self.picker_a.metric_changed.connect(self._on_metrics_changed)
        self.picker_b.metric_changed.connect(self._on_metrics_changed)
        self._range.range_changed.connect(self._on_range_changed)
        self._make_strip()
        self.legend = QWidget()
        self.legend.setObjectName("markerLegend")
        self._legend_boxes: dict[EventKind, QCheckBox] = {}
        legend_lay = QHBoxLayout(self.legend)
        legend_lay.setContentsMargins(0, 0, 0, 0)
        legend_lay.setSpacing(14)
        self._legend_title = QLabel()
        legend_lay.addWidget(self._legend_title)
        for kind in MARKER_KINDS:
            box = QCheckBox()
            box.setObjectName(f"legend_{kind.value}")
            box.setIcon(_swatch(MARKER_COLORS[kind]))
            box.setChecked(True)
            box.toggled.connect(partial(self._on_legend_toggled, kind))
            legend_lay.addWidget(box)
            self._legend_boxes[kind] = box
        legend_lay.addStretch(1)
        self._hint = QLabel()
        self._hint.setObjectName("hint")
        self._hint.setWordWrap(True)
        self._label_a, self._label_b = QLabel(), QLabel()
        self._label_a.setBuddy(self.picker_a)
        self._label_b.setBuddy(self.picker_b)
        top = QHBoxLayout()
        for w in (self._label_a, self.picker_a, self._label_b, self.picker_b):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self._custom_label)
        top.addWidget(self._range)
        self._trend_page = QWidget()
        self._trend_page.setObjectName("trendPage")
        trend_lay = QVBoxLayout(self._trend_page)
        trend_lay.setContentsMargins(0, 0, 0, 0)
        trend_lay.addLayout(top)
        trend_lay.addWidget(self.chart, 1)
        trend_lay.addWidget(self.range_strip)
        trend_lay.addWidget(self.legend)
        trend_lay.addWidget(self._hint)

        # --- the other sub-views ---------------------------------------------------------------------
        self.products = ProductTable(settings)
        self.products.seek_requested.connect(self.seek_requested)
        self.promotions = PromotionsView()
        self.promotions.seek_requested.connect(self.seek_requested)
        self.sub_views = QStackedWidget()
        self.sub_views.setObjectName("trendsSubViews")
        for page in (self._trend_page, self.products, self.promotions):
            self.sub_views.addWidget(page)
        self._sub_view_group = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.setSpacing(0)
        for index, name in ((SubView.TREND, "trend"), (SubView.PRODUCTS, "products"),
                            (SubView.PROMOTIONS, "promotions")):
            b = QPushButton()
            b.setObjectName(f"subView_{name}")
            b.setCheckable(True)
            b.setChecked(index == SubView.TREND)
            self._sub_view_group.addButton(b, index)
            bar.addWidget(b)
        self._sub_view_group.idClicked.connect(self.show_sub_view)
        bar.addStretch(1)

        # --- actions: note and export ---------------------------------------------------------------
        self.add_note_button = QPushButton()
        self.add_note_button.setObjectName("addNoteButton")
        self.add_note_button.setEnabled(False)
        self.add_note_button.clicked.connect(self.add_note)
        self._note_shortcut = QShortcut(QKeySequence(Qt.Key.Key_M), self)  # window-wide while the tab shows
        self._note_shortcut.setAutoRepeat(False)
        self._note_shortcut.activated.connect(self.add_note)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self._export_menu = QMenu(self.export_button)
        self._export_actions: dict[str, QAction] = {}
        for name in EXPORT_FORMATS:
            action = self._export_menu.addAction("")
            action.setObjectName(f"export_{name}")
            action.setData(name)
            self._export_actions[name] = action
        self._export_menu.triggered.connect(self._on_export_action_triggered)
        self.export_button.setMenu(self._export_menu)
        bar.addWidget(self.add_note_button)
        bar.addSpacing(8)
        bar.addWidget(self.export_button)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.sub_views, 1)
        self._update_export_state()
        self.retranslate_ui()

    def _make_strip(self) -> None:
        """The overview strip: curve A over the whole LIVE and the band choosing the chart's range."""
        self.range_strip = pg.PlotWidget(axisItems={"bottom": LiveClockAxis("bottom")})
        self.range_strip.setObjectName("rangeStrip")
        self.range_strip.setMenuEnabled(False)
        self.range_strip.setMouseEnabled(x=False, y=False)
        self.range_strip.setFixedHeight(STRIP_HEIGHT)
        item = self.range_strip.getPlotItem()
        item.hideButtons()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.layout.setContentsMargins(0, 0, 0, 0)
        for side in ("left", "right"):  # empty axes as wide as the chart's, so both plot areas align
            item.showAxis(side)
            axis = item.getAxis(side)
            axis.setWidth(AXIS_WIDTH)
            axis.setStyle(showValues=False, tickLength=0)
            axis.setPen(pg.mkPen(None))
        self._strip_curve = item.plot(pen=pg.mkPen(CURVE_COLORS[0], width=1), connect="finite")
        self.range_region = pg.LinearRegionItem(
            values=(0, 1), brush=pg.mkBrush(47, 127, 245, 45), hoverBrush=pg.mkBrush(47, 127, 245, 80),
            pen=pg.mkPen("#2f7ff5", width=2))
        self.range_region.setZValue(10)
        item.addItem(self.range_region, ignoreBounds=True)
        self.range_region.sigRegionChanged.connect(self._on_region_changed)
        self._apply_strip_theme()
        theme_notifier().changed.connect(self._apply_strip_theme)

    def _apply_strip_theme(self) -> None:
        """The strip's background, time axis and hovered band edge in the theme's colours."""
        c = colors()
        self.range_strip.setBackground(c.background)
        bottom = self.range_strip.getPlotItem().getAxis("bottom")
        bottom.setPen(c.plot_axis)
        bottom.setTextPen(c.plot_axis)
        for line in self.range_region.lines:
            line.setHoverPen(pg.mkPen(c.accent_strong, width=3))

    # --- language -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._label_a.setText(self.tr("&Left axis:"))
        self._label_b.setText(self.tr("&Right axis:"))
        self._hint.setText(self.tr(
            "Click a marker or a point on a curve to jump the replay to that moment. Drag the band on the strip "
            "under the chart, or its edges, to choose a custom range. Additive metrics are shown per trailing "
            "minute."))
        self.range_strip.setToolTip(self.tr("The whole LIVE: drag the band or its edges to choose the range shown"))
        self._legend_title.setText(self.tr("Markers:"))
        names = {EventKind.PRODUCT_PIN: self.tr("Product pin"), EventKind.VIOLATION: self.tr("Violation"),
                 EventKind.GIVEAWAY: self.tr("Promotion / giveaway"), EventKind.ANNOTATION: self.tr("Note")}
        for kind, box in self._legend_boxes.items():
            box.setText(names[kind])
            box.setToolTip(self.tr("Show or hide the “{kind}” markers").format(kind=names[kind]))
        texts = {SubView.TREND: self.tr("Trend"), SubView.PRODUCTS: self.tr("Products"),
                 SubView.PROMOTIONS: self.tr("Promotions")}
        for index, text in texts.items():
            self._sub_view_group.button(index).setText(text)
        self.add_note_button.setText(self.tr("Add note"))
        self.add_note_button.setToolTip(self.tr(
            "Add a note at the current moment (M): the replay position if you moved it, else the newest data"))
        self.export_button.setText(self.tr("Export"))
        self._export_actions["csv"].setText(self.tr("CSV…"))
        self._export_actions["xlsx"].setText(self.tr("Excel (XLSX)…"))
        if self._progress is not None:
            self._progress.setLabelText(self.tr("Exporting the trend data…"))
            self._progress.setCancelButtonText(self.tr("Cancel"))
        self._update_custom_label()
        self._update_export_state()
        self.chart.retranslate_ui()

    # --- wiring (composition root) -------------------------------------------------------------------
    def set_export_service(self, service: ExportService) -> None:
        """Use ``service`` to write exports."""
        self._export = service
        service.progress.connect(self._on_export_progress)
        service.finished.connect(self._on_export_finished)
        self._update_export_state()

    def set_annotation_sink(self, add: AnnotationSink) -> None:
        """Use ``add(session_id, ts, text)`` to store notes."""
        self._add_annotation = add
        self._update_note_state()

    # --- sub-views -----------------------------------------------------------------------------------
    def show_sub_view(self, index: int) -> None:
        """Show the Trend (0), Products (1) or Promotions (2) sub-view."""
        self.sub_views.setCurrentIndex(index)
        button = self._sub_view_group.button(index)
        if button is not None:
            button.setChecked(True)
        self.on_frame()

    def show_metric(self, key: str, seconds: int) -> None:
        """Show ``key`` on the left axis over a range (from the key-metrics tab's link)."""
        self.picker_a.set_key(key)
        self._custom = None
        self._update_custom_label()
        self._range.set_seconds(seconds)
        self.chart.set_range(seconds)
        self.show_sub_view(SubView.TREND)
        self.mark_dirty()

    # --- data ------------------------------------------------------------------------------------------
    def watched(self, snap: SessionSnapshot) -> object:
        """A new token each time: the chart follows every snapshot, so each one repaints."""
        return object()

    def on_snapshot(self, snap: SessionSnapshot) -> None:
        """Take a new snapshot (and pass it to the sub-views); another LIVE drops the custom range and position."""
        if snap.session.id != self._session_id:
            self._session_id = snap.session.id
            self._position = None
            self.chart.set_position(None)
            self._clear_custom()
        super().on_snapshot(snap)
        self.products.on_snapshot(snap)
        self.promotions.on_snapshot(snap)
        self._update_export_state()
        self._update_note_state()

    def mark_dirty(self) -> None:
        """Repaint on the next frame tick, the strip with the chart (a change of options)."""
        self._strip_now = True
        super().mark_dirty()

    def on_frame(self) -> None:
        """Repaint the visible sub-view if it is dirty (or the strip a live tick left for this frame)."""
        if self.sub_views.currentIndex() == SubView.TREND:
            if self._strip_due is not None and not self._strip_now and self.isVisible():
                end, self._strip_due = self._strip_due, None
                self._paint_strip(end)  # the chart, if due again, on the next frame tick
            else:
                super().on_frame()
        self.products.on_frame()  # each repaints only while visible
        self.promotions.on_frame()

    @Slot("qint64")
    def on_position(self, live_ts: int) -> None:
        """The replay moved (or a moment was chosen): draw it, and add notes there."""
        self._position = int(live_ts)
        self.chart.set_position(live_ts)

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Draw the samples, the event markers and the overview strip."""
        s = snap.session
        end = (float(snap.samples.ts[-1]) - s.started_at) / 1000.0 if len(snap.samples) else 0.0
        if not self.chart.show_data(snap.samples, s.started_at, s.currency, snap.events):
            return  # nothing new to see at this scale
        if self._custom is not None:
            self.chart.plot_widget().setXRange(*self._custom, padding=0)
            self._fit_y(*self._custom)
            self.chart.apply_view()
        if self._strip_now or self._strip_shown_for != s.id:
            self._strip_now, self._strip_due, self._strip_shown_for = False, None, s.id
            self._paint_strip(end)
        else:
            self._strip_due = end

    def hideEvent(self, event: QHideEvent) -> None:
        self._strip_shown_for = None  # shown again: chart and strip at once
        super().hideEvent(event)

    def _fit_y(self, lo: float, hi: float) -> None:
        """Scale both value axes to the curves' maxima within ``[lo, hi]`` (the chart scales to its range)."""
        left = self.chart.plot_widget().getPlotItem().vb
        # the right axis' view box is the chart's other one (its scene holds just these two)
        right = next((i for i in left.scene().items() if isinstance(i, pg.ViewBox) and i is not left), None)
        for which, vb in enumerate((left, right)):
            x, y = self.chart.curve_data(which)
            if vb is None or not x.size:
                continue
            shown = y[int(np.searchsorted(x, lo)):int(np.searchsorted(x, hi, "right"))]
            shown = shown[np.isfinite(shown)]
            if shown.size:
                top = float(shown.max())
                vb.setYRange(0, top * 1.08 if top > 0 else 1, padding=0)
        # the markers span the left axis' range: redraw them at its new height
        kind = MARKER_KINDS[0]
        self.chart.set_kind_visible(kind, self._legend_boxes[kind].isChecked())

    def _paint_strip(self, end: float) -> None:
        x, y = self.chart.curve_data(0)
        self._strip_curve.setData(x, y)
        whole = max(end, 1.0)
        item = self.range_strip.getPlotItem()
        item.setXRange(0, whole, padding=0)
        finite = y[np.isfinite(y)] if y.size else y
        top = float(finite.max()) if finite.size else 0.0
        item.setYRange(0, top * 1.1 if top > 0 else 1, padding=0)
        if self._custom is not None:
            region = self._custom
        else:
            seconds = self._range.seconds()
            start = 0.0 if seconds <= RANGE_WHOLE else max(end - seconds, 0.0)
            region = (start, whole)
        self._set_region((0.0, whole), region)
        apply_view(self.range_strip)  # the view follows now: one paint

    def _set_region(self, bounds: tuple[float, float], region: tuple[float, float]) -> None:
        # both calls move the band's edges, which reports a change as a drag would: not the user's choice
        self._syncing_region = True
        try:
            self.range_region.setBounds(bounds)
            if tuple(self.range_region.getRegion()) != region:
                self.range_region.setRegion(region)
        finally:
            self._syncing_region = False

    def custom_range(self) -> tuple[float, float] | None:
        """The custom range shown (LIVE seconds), or None for Whole LIVE / Last 30 min / Last 5 min."""
        return self._custom

    # --- range ---------------------------------------------------------------------------------------
    def _on_metrics_changed(self, _key: str) -> None:
        self.chart.set_metrics(mx.metric(self.picker_a.key()), mx.metric(self.picker_b.key()))
        self.mark_dirty()
        self.on_frame()

    def _on_range_changed(self, seconds: int) -> None:
        self._custom = None
        self._update_custom_label()
        self.chart.set_range(seconds)
        self.mark_dirty()
        self.on_frame()

    def _clear_custom(self) -> None:
        """Back to the range chosen with the buttons (Whole LIVE when none is)."""
        if self._custom is None:
            return
        self._custom = None
        self._update_custom_label()
        if self._range.seconds() < 0:
            self._range.set_seconds(RANGE_WHOLE)
        self.chart.set_range(self._range.seconds())
        self.mark_dirty()

    def _on_region_changed(self) -> None:
        """The user dragged the band (or an edge) on the strip: show that range."""
        if self._syncing_region:
            return
        lo, hi = (float(v) for v in self.range_region.getRegion())
        if hi - lo < MIN_CUSTOM_S:
            return
        self._custom = (max(lo, 0.0), hi)
        for button in self._range.findChildren(QPushButton):
            group = button.group()
            if group is not None:  # an exclusive group keeps one button checked: lift that while unchecking
                group.setExclusive(False)
                button.setChecked(False)
                group.setExclusive(True)
        self._update_custom_label()
        self.chart.plot_widget().setXRange(*self._custom, padding=0)  # at once; the frame tick rescales y
        self.chart.redraw()
        self.mark_dirty()

    def _update_custom_label(self) -> None:
        if self._custom is None:
            self._custom_label.hide()
            return
        lo, hi = self._custom
        self._custom_label.setText(self.tr("Custom: {start} – {end}").format(
            start=fmt.clock(lo * 1000), end=fmt.clock(hi * 1000)))
        self._custom_label.show()

    def _on_legend_toggled(self, kind: EventKind, on: bool) -> None:
        self.chart.set_kind_visible(kind, on)

    # --- notes ----------------------------------------------------------------------------------------
    def _update_note_state(self) -> None:
        snap = self.snapshot
        self.add_note_button.setEnabled(self._add_annotation is not None and snap is not None)

    def note_moment(self) -> int | None:
        """Where a note goes: the replay position if there is one, else the newest sample (UTC ms)."""
        snap = self.snapshot
        if snap is None:
            return None
        if self._position is None:
            return snap.last_ts
        end = max(snap.last_ts, snap.session.ended_at or 0)
        return min(max(self._position, snap.session.started_at), end)

    def add_note(self) -> None:
        """Ask for a note's text and store it at the current moment."""
        snap = self.snapshot
        ts = self.note_moment()
        if self._add_annotation is None or snap is None or snap.session.id is None or ts is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Add a note"),
            self.tr("Note at {clock} (LIVE clock):").format(clock=fmt.clock(ts - snap.session.started_at)))
        text = text.strip()
        if not ok or not text:
            return
        error = self._add_annotation(snap.session.id, ts, text)
        if error:
            self.message_posted.emit(self.tr("The note could not be saved: {error}").format(error=error))

    # --- export ---------------------------------------------------------------------------------------
    def _update_export_state(self) -> None:
        snap = self.snapshot
        if self._export is None:
            enabled, tip = False, self.tr("Export is not available")
        elif snap is None:
            enabled, tip = False, self.tr("Open a LIVE to export its trend data")
        elif snap.session.is_live:
            enabled, tip = False, self.tr(
                "Export is available once the LIVE has ended (its data is still arriving).")
        elif self._exporting:
            enabled, tip = False, self.tr("An export is running")
        else:
            enabled, tip = True, self.tr(
                "Export the trend data of this LIVE as a table: one row per minute, every metric and the events")
        self.export_button.setEnabled(enabled)
        self.export_button.setToolTip(tip)

    def default_export_name(self, fmt_name: str) -> str:
        """The file name offered: the LIVE's title and date."""
        snap = self.snapshot
        if snap is None:
            return f"livedesk.{fmt_name}"
        title = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", snap.session.title).strip(" .-") or "LIVE"
        day = QDateTime.fromMSecsSinceEpoch(snap.session.started_at).toString("yyyy-MM-dd")
        return f"{title} {day}.{fmt_name}"

    def choose_export_path(self, fmt_name: str) -> Path | None:
        """Ask where to write the export (None: the user cancelled)."""
        folder = self._export_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export trend data"),
                                              str(folder / self.default_export_name(fmt_name)), filters[fmt_name])
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{fmt_name}":
            path = path.with_name(f"{path.name}.{fmt_name}")
        return path

    def export(self, fmt_name: str) -> bool:
        """Export the LIVE's trend data as CSV or XLSX (asks for the file). Returns True when it started."""
        snap = self.snapshot
        if self._export is None or snap is None or snap.session.is_live or self._exporting:
            return False
        path = self.choose_export_path(fmt_name)
        if path is None:
            return False
        if not self._export.start(snap, path, fmt_name):
            self.message_posted.emit(self.tr("The export could not start: another export is running."))
            return False
        self._export_dir = path.parent
        self._exporting = True
        self._update_export_state()
        progress = QProgressDialog(self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setLabelText(self.tr("Exporting the trend data…"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(400)  # short exports finish before it would flash up
        progress.setRange(0, 0)
        progress.canceled.connect(self._on_export_cancel_clicked)
        self._progress = progress
        return True

    def _on_export_action_triggered(self, action: QAction) -> None:
        self.export(str(action.data()))

    @Slot()
    def _on_export_cancel_clicked(self) -> None:
        if self._exporting and self._export is not None:
            self._export.cancel()

    @Slot(int, int)
    def _on_export_progress(self, done: int, total: int) -> None:
        if self._progress is not None and self._exporting:
            self._progress.setRange(0, max(total, 1))
            self._progress.setValue(min(done, max(total, 1)))

    @Slot(str, str)
    def _on_export_finished(self, path: str, error: str) -> None:
        if not self._exporting:
            return  # another view's export
        self._exporting = False
        if self._progress is not None:
            progress, self._progress = self._progress, None
            progress.canceled.disconnect(self._on_export_cancel_clicked)
            progress.close()
            progress.deleteLater()
        self._update_export_state()
        if error == "cancelled":
            self.message_posted.emit(self.tr("Export cancelled."))
        elif error:
            self.message_posted.emit(self.tr("Export failed: {error}").format(error=error))
        else:
            self.message_posted.emit(self.tr("Exported to {path}").format(path=path))


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
