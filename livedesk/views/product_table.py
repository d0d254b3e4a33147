"""Product list of the Key metrics tab: sortable, searchable, chosen columns, pinned product highlighted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.products import ProductColumn, ProductFilterProxy, ProductRow, ProductTableModel
from livedesk.models.repository import SessionSnapshot
from livedesk.models.table_model import RECORD_ROLE
from livedesk.settings import PRODUCT_HIDDEN_COLUMNS, Settings
from livedesk.views.column_fit import ColumnFitter
from livedesk.views.panel import SnapshotPanel

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ProductTable(SnapshotPanel):
    """The products of the selected LIVE, with the pinned-now summary above them.

    A click on (or Enter in) the row of a product that was pinned requests a seek to its latest pin moment,
    as the pin markers of the charts do. The hidden columns persist in the settings.

    Args:
        settings: where the column choice is kept.
        parent: the parent widget.

    Attributes:
        model: the products (every column; the view hides some).
        proxy: sorting by value and the name/SKU search.
        table: the table view.

    Signals:
        seek_requested: a pinned product's row was clicked or activated. arg: its latest pin moment (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productList")
        self._settings = settings
        self._shown: SessionSnapshot | None = None  # last painted
        self.model = ProductTableModel(self)
        self.proxy = ProductFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._search = QLineEdit()
        self._search.setObjectName("productSearch")
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._columns_button = QToolButton()
        self._columns_button.setObjectName("productColumnsButton")
        self._columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._columns_menu = QMenu(self._columns_button)
        self._column_actions: list[QAction] = []
        for col in ProductColumn:
            action = self._columns_menu.addAction("")
            action.setCheckable(True)
            action.setChecked(True)
            action.setData(int(col))
            action.setEnabled(col is not ProductColumn.PRODUCT)  # a row must stay identifiable
            self._column_actions.append(action)
        self._columns_menu.triggered.connect(self._on_column_action_triggered)
        self._columns_button.setMenu(self._columns_menu)
        self._summary = QLabel()
        self._summary.setObjectName("pinnedProductSummary")
        self._summary.setWordWrap(True)
        self._summary.hide()
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self._empty)
        self._stack.setCurrentWidget(self._empty)
        bar = QHBoxLayout()
        bar.addWidget(self._heading)
        bar.addStretch(1)
        bar.addWidget(self._search, 2)
        bar.addWidget(self._columns_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self._summary)
        lay.addWidget(self._stack, 1)
        self._restore_columns()
        self.retranslate_ui()

    def _make_table(self) -> QTableView:
        view = QTableView()
        view.setObjectName("productTable")
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(ProductColumn.GMV, Qt.SortOrder.DescendingOrder)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        # Columns fit their contents, kept so by a fitter rather than by ResizeToContents: that mode measures every
        # cell again on each data change (~4,000 model calls, ~20 ms, each time a live LIVE's product figures
        # are read again).
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        self._fitter = ColumnFitter(view, self.model)
        view.clicked.connect(self._on_table_clicked)
        # Enter is handled here rather than through `activated`, which some styles also emit on a single
        # click: that would request the same seek twice.
        view.installEventFilter(self)
        return view

    # --- language -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Products"))
        self._search.setPlaceholderText(self.tr("Search by name or SKU"))
        self._search.setAccessibleName(self.tr("Search products"))
        self._columns_button.setText(self.tr("Columns"))
        self._columns_button.setToolTip(self.tr("Choose the columns to show"))
        for col, action in zip(ProductColumn, self._column_actions, strict=True):
            action.setText(self.model.headerData(col, Qt.Orientation.Horizontal))
            action.setToolTip(self.tr("Always shown") if col is ProductColumn.PRODUCT else "")
        self._empty.setText(self.tr(
            "No product data for this LIVE. Product performance comes from the TikTok Shop API or a LiveDesk "
            "bundle."))
        self.model.retranslate()
        self._update_summary()

    # --- data -----------------------------------------------------------------------------------
    def watched(self, snap: SessionSnapshot) -> object:
        """A new token each time: pin figures follow every live tick, so each snapshot repaints."""
        return object()

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the products, keeping the user's sort order and selected product."""
        self._shown = snap
        selected = self._selected_product()
        self.model.set_snapshot(snap)
        if selected is not None and not self.table.selectionModel().hasSelection():
            self._select_product(selected)  # the model was reset (products came or went)
        has_products = bool(snap.products)
        self._stack.setCurrentWidget(self.table if has_products else self._empty)
        self._search.setEnabled(has_products)
        self._columns_button.setEnabled(has_products)
        self._update_summary()

    def summary_text(self) -> str:
        """The pinned-now summary shown ("" when hidden)."""
        return self._summary.text() if not self._summary.isHidden() else ""

    def _update_summary(self) -> None:
        snap = self._shown
        text = ""
        if snap is not None and snap.products:
            pinned = self.model.pinned_row()
            if pinned is not None:
                text = self._pinned_text(pinned)
            elif snap.session.is_live:
                text = self.tr("No product is pinned right now")
            else:
                n = sum(1 for r in self.model.rows() if r.pin_count)
                text = self.tr("Products pinned in this LIVE: %n", "", n) if n else ""
        self._summary.setText(text)
        self._summary.setVisible(bool(text))

    def _pinned_text(self, r: ProductRow) -> str:
        return self.tr("Pinned now: {name} — since {since} · the LIVE since the pin: clicks {clicks} · "
                       "orders {orders} · GMV {gmv} · CTR {ctr}").format(
            name=r.stat.name, since=fmt.clock(r.pin_offset_ms or 0), clicks=fmt.count(r.pin_clicks),
            orders=fmt.count(r.pin_sku_orders), gmv=fmt.money(r.pin_gmv, r.currency), ctr=fmt.percent(r.pin_ctr))

    # --- selection and seeking ------------------------------------------------------------------
    def _selected_product(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        record = rows[0].data(RECORD_ROLE) if rows else None
        return record.stat.external_id if isinstance(record, ProductRow) else None

    def _select_product(self, external_id: str) -> None:
        source_row = self.model.row_of(external_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, ProductRow) and record.pin_ts is not None:
            self.seek_requested.emit(record.pin_ts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in _ENTER_KEYS:
            index = self.table.currentIndex()
            if index.isValid():
                self._on_table_clicked(index)
                return True
        return super().eventFilter(watched, event)

    # --- search and columns ---------------------------------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)

    def column_action(self, column: ProductColumn) -> QAction:
        """The menu action that shows or hides a column."""
        return self._column_actions[column]

    def _on_column_action_triggered(self, action: QAction) -> None:
        column = ProductColumn(int(action.data()))
        self.table.setColumnHidden(column, not action.isChecked())
        if action.isChecked():
            self.table.resizeColumnToContents(column)
        hidden = [c.key for c in ProductColumn if self.table.isColumnHidden(c)]
        self._settings.set(PRODUCT_HIDDEN_COLUMNS, ",".join(hidden))

    def _restore_columns(self) -> None:
        hidden = {k.strip() for k in str(self._settings.get(PRODUCT_HIDDEN_COLUMNS)).split(",") if k.strip()}
        for col, action in zip(ProductColumn, self._column_actions, strict=True):
            hide = col.key in hidden and col is not ProductColumn.PRODUCT
            self.table.setColumnHidden(col, hide)
            action.setChecked(not hide)
