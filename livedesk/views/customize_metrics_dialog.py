"""Choose the core-data cards: the catalogue in two groups, with search, at most 16."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import metrics as mx
from livedesk.views.metric_cards import MAX_CARDS
from livedesk.views.theme import bind_style_sheet

KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class CustomizeMetricsDialog(QDialog):
    """Tick up to 16 metrics; a 17th is refused with a message."""

    def __init__(self, chosen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customizeMetricsDialog")
        self.resize(460, 560)
        self._order = [k for k in chosen if k in mx.BY_KEY][:MAX_CARDS]
        self._model = QStandardItemModel(self)
        self._groups: dict[mx.Group, QStandardItem] = {}
        self._items: dict[str, QStandardItem] = {}
        for group in (mx.Group.TRAFFIC_EXPRESS, mx.Group.ALL):
            parent_item = QStandardItem()
            parent_item.setEditable(False)
            parent_item.setSelectable(False)
            self._groups[group] = parent_item
            self._model.appendRow(parent_item)
        for m in mx.CATALOGUE:
            item = QStandardItem()
            item.setEditable(False)
            item.setCheckable(True)
            item.setData(m.key, KEY_ROLE)
            item.setCheckState(Qt.CheckState.Checked if m.key in self._order else Qt.CheckState.Unchecked)
            self._groups[m.group].appendRow(item)
            self._items[m.key] = item
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setRecursiveFilteringEnabled(True)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._search = QLineEdit()
        self._search.setObjectName("metricSearch")
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._on_search)
        self._tree = QTreeView()
        self._tree.setObjectName("metricTree")
        self._tree.setHeaderHidden(True)
        self._tree.setModel(self._proxy)
        self._tree.expandAll()
        self._count = QLabel()
        self._count.setObjectName("metricCount")
        self._message = QLabel()
        self._message.setObjectName("metricLimitMessage")
        bind_style_sheet(self._message, lambda c: f"color: {c.error};")
        self._message.setWordWrap(True)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        lay.addWidget(self._intro)
        lay.addWidget(self._search)
        lay.addWidget(self._tree, 1)
        lay.addWidget(self._count)
        lay.addWidget(self._message)
        lay.addWidget(self._buttons)
        self._model.itemChanged.connect(self._on_item_changed)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self.setWindowTitle(self.tr("Customize core data"))
        self._intro.setText(self.tr("Choose up to {n} metrics. Traffic express metrics most affect how much "
                                    "organic traffic the LIVE gets.").format(n=MAX_CARDS))
        self._search.setPlaceholderText(self.tr("Search metrics…"))
        self._groups[mx.Group.TRAFFIC_EXPRESS].setText(self.tr("Traffic express"))
        self._groups[mx.Group.ALL].setText(self.tr("All metrics"))
        self._model.blockSignals(True)
        for key, item in self._items.items():
            m = mx.metric(key)
            item.setText(mx.label(m))
            item.setToolTip(mx.description(m))
        self._model.blockSignals(False)
        self._update_count()

    def chosen(self) -> tuple[str, ...]:
        """The ticked metrics, in the order they were ticked."""
        return tuple(self._order)

    def set_checked(self, key: str, on: bool) -> bool:
        """Tick or untick a metric as the user would; returns whether it is ticked afterwards."""
        self._items[key].setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return key in self._order

    def message(self) -> str:
        """The limit message shown, if any."""
        return self._message.text()

    def _on_item_changed(self, item: QStandardItem) -> None:
        key = item.data(KEY_ROLE)
        if key is None:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and key not in self._order:
            if len(self._order) >= MAX_CARDS:
                self._model.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                self._model.blockSignals(False)
                self._tree.viewport().update()
                self._message.setText(self.tr("You can show at most {n} metrics. Untick one to make room for "
                                              "“{label}”.").format(n=MAX_CARDS, label=mx.label(mx.metric(key))))
                return
            self._order.append(key)
        elif not checked and key in self._order:
            self._order.remove(key)
        self._message.setText("")
        self._update_count()

    def _update_count(self) -> None:
        self._count.setText(self.tr("{n} of {max} chosen").format(n=len(self._order), max=MAX_CARDS))
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self._order))

    def _on_search(self, text: str) -> None:
        self._proxy.setFilterFixedString(text)
        self._tree.expandAll()
