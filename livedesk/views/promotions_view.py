"""Promotions sub-view of the trends tab: each giveaway or promotion with its uplift.

The uplift compares impressions, views and SKU orders during the promotion's window with the same-length window
just before it (see :func:`livedesk.models.promotions.promotion_impacts`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models.promotions import UPLIFT_COLUMNS, PromotionImpact, Uplift, promotion_impacts
from livedesk.models.records import EventKind
from livedesk.models.repository import PromotionStat, SessionSnapshot
from livedesk.models.table_model import RECORD_ROLE, ColumnSpec, RecordTableModel
from livedesk.views.panel import SnapshotPanel
from livedesk.views.traffic_tab import sortable_table

CONTEXT = "PromotionsTable"
translate = QCoreApplication.translate
MAX_COLUMN_PX = 260


@dataclass(frozen=True, slots=True)
class PromotionRow:
    """One row of the promotions table: an impact and the LIVE start its window is shown against.

    Attributes:
        impact: the promotion with its uplifts.
        started_at: the LIVE's start (UTC ms), for the LIVE-clock window.
    """

    impact: PromotionImpact
    started_at: int

    @property
    def promo(self) -> PromotionStat:
        """The promotion."""
        return self.impact.promotion


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _kind(r: PromotionRow) -> str:
    kind = r.promo.kind
    if kind is EventKind.GIVEAWAY:
        return translate("PromotionsTable", "Giveaway")
    if kind is EventKind.FLASH_SALE:
        return translate("PromotionsTable", "Flash sale")
    return translate("PromotionsTable", "Promotion")


def _window(r: PromotionRow) -> str:
    return f"{fmt.clock(r.promo.start_ts - r.started_at)} – {fmt.clock(r.promo.end_ts - r.started_at)}"


def _window_tip(r: PromotionRow) -> str:
    length = (r.promo.end_ts - r.promo.start_ts) / 1000
    return translate("PromotionsTable", "LIVE clock; {length} long, compared with the {length} just before it").format(
        length=fmt.duration(length))


def _product(r: PromotionRow) -> str:
    return r.impact.product_name or fmt.MISSING


def _product_tip(r: PromotionRow) -> str | None:
    if r.impact.product_name is not None:
        return None
    if r.promo.product_external_id is None:
        return translate("PromotionsTable", "No product is linked to this promotion")
    return translate("PromotionsTable", "Product {id} is not in this LIVE's product list").format(
        id=r.promo.product_external_id)


def _missing_tip(value: object) -> str | None:
    return translate("PromotionsTable", "Not provided by this source") if value is None else None


def change_text(u: Uplift) -> str:
    """The change as a signed percentage ("+12.5%"), or the missing mark."""
    c = u.change
    if c is None:
        return fmt.MISSING
    text = fmt.percent(c, decimals=1)
    return f"+{text}" if c > 0 else text


def _change_tip(u: Uplift) -> str | None:
    if u.change is not None:
        return None
    if u.during is None:
        return translate("PromotionsTable", "No data for the promotion's window")
    if u.before is None:
        return translate("PromotionsTable", "No data for the window before the promotion")
    return translate("PromotionsTable", "Nothing before the promotion to compare with (0)")


def _incremental(r: PromotionRow, key: str) -> int | None:
    if key == "impressions":
        return r.promo.incremental_impressions
    if key == "views":
        return r.promo.incremental_views
    return None


def _figures_tip(r: PromotionRow, key: str) -> str:
    u = r.impact.uplift(key)
    text = translate("PromotionsTable", "During the window: {during}\nThe same length before it: {before}").format(
        during=fmt.count(u.during), before=fmt.count(u.before))
    why = _change_tip(u)
    if why:
        text += "\n" + translate("PromotionsTable", "No change shown: {why}").format(why=why)
    extra = _incremental(r, key)
    if extra is not None:
        text += "\n" + translate("PromotionsTable", "Incremental, as reported by the source: {n}").format(
            n=fmt.count(extra))
    return text


def _figures_column(key: str, title: str) -> ColumnSpec[PromotionRow]:
    """During vs before and the change, in one column sorted by the change."""
    def show(r: PromotionRow) -> str:
        u = r.impact.uplift(key)
        return translate("PromotionsTable", "{during} vs {before} ({change})").format(
            during=fmt.count(u.during), before=fmt.count(u.before), change=change_text(u))

    return ColumnSpec(title, show, lambda r: r.impact.uplift(key).change, True, lambda r: _figures_tip(r, key))


def _note(r: PromotionRow) -> str:
    return "" if r.impact.complete else translate("PromotionsTable", "Incomplete")


def _note_tip(r: PromotionRow) -> str | None:
    if r.impact.complete:
        return None
    return translate("PromotionsTable",
                     "The window, or the one before it, is not fully in the data yet: the figures may still change")


_TITLES = {
    "impressions": QT_TRANSLATE_NOOP("PromotionsTable", "Impressions"),
    "views": QT_TRANSLATE_NOOP("PromotionsTable", "Views"),
    "sku_orders": QT_TRANSLATE_NOOP("PromotionsTable", "SKU orders"),
}

COLUMNS: tuple[ColumnSpec[PromotionRow], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("PromotionsTable", "Promotion"), lambda r: r.promo.title, None, False,
               lambda r: r.promo.title),
    ColumnSpec(QT_TRANSLATE_NOOP("PromotionsTable", "Type"), _kind),
    ColumnSpec(QT_TRANSLATE_NOOP("PromotionsTable", "Window"), _window, lambda r: r.promo.start_ts, False,
               _window_tip),
    ColumnSpec(QT_TRANSLATE_NOOP("PromotionsTable", "Product"), _product, None, False, _product_tip),
    ColumnSpec(QT_TRANSLATE_NOOP("PromotionsTable", "Participants"), lambda r: fmt.count(r.promo.participants),
               lambda r: r.promo.participants, True, lambda r: _missing_tip(r.promo.participants)),
    *(_figures_column(key, _TITLES[key]) for key in UPLIFT_COLUMNS),
    ColumnSpec(QT_TRANSLATE_NOOP("PromotionsTable", "Note"), _note, None, False, _note_tip),
)


class PromotionsView(SnapshotPanel):
    """The promotions of the selected LIVE with their uplift; a click on a row seeks to its start.

    Attributes:
        model: the rows (:class:`PromotionRow`).
        table: the table view (sortable).

    Signals:
        seek_requested: a promotion's row was clicked. arg: its start (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promotionsView")
        self.model: RecordTableModel[PromotionRow] = RecordTableModel(COLUMNS, CONTEXT, self)
        self.table, self._proxy = sortable_table(self.model, "promotionsTable")
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setMaximumSectionSize(MAX_COLUMN_PX)  # a long title is elided
        self.table.setWordWrap(False)
        self.table.clicked.connect(self._on_table_clicked)
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._explain = QLabel()
        self._explain.setObjectName("hint")
        self._explain.setWordWrap(True)
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self._empty)
        self._stack.setCurrentWidget(self._empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._heading)
        lay.addWidget(self._explain)
        lay.addWidget(self._stack, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Promotions and giveaways"))
        self._explain.setText(self.tr(
            "Impressions, views and SKU orders during each promotion vs the same-length window just before it "
            "(and the change). Click a row to jump the replay to the promotion's start."))
        self._empty.setText(self.tr(
            "No promotions in this LIVE. Giveaways and flash sales come from the demo, a LiveDesk bundle or a "
            "manual note."))
        self.model.retranslate()

    def watched(self, snap: SessionSnapshot) -> object:
        """A new token each time while the LIVE runs (the windows fill up); the promotions after it ended."""
        return object() if snap.session.is_live else snap.promotions

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the promotions, or where they come from when there are none."""
        rows = tuple(PromotionRow(i, snap.session.started_at) for i in promotion_impacts(snap))
        self.model.set_rows(rows)
        self._stack.setCurrentWidget(self.table if rows else self._empty)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        row = index.data(RECORD_ROLE)
        if isinstance(row, PromotionRow):
            self.seek_requested.emit(row.promo.start_ts)
