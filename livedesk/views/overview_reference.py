"""The overview's lower panels: troubleshooting hints computed from the range, and the searchable metric reference."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import overview_hints as oh
from livedesk.models.metric_help import METRIC_ROLE, MetricReferenceFilter, MetricReferenceModel, ReferenceColumn
from livedesk.views.theme import bind_style_sheet, colors, theme_notifier


class MetricReferenceView(QWidget):
    """Every metric of the catalogue, searchable: a one-line-per-metric table (label, unit, good direction) and,
    beside it, what the selected metric means, how it is computed and how to use it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricReference")
        self.model = MetricReferenceModel(parent=self)
        self.proxy = MetricReferenceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("metricSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.table = QTableView()
        self.table.setObjectName("metricReferenceTable")
        self.table.setModel(self.proxy)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for column in (ReferenceColumn.MEANING, ReferenceColumn.HOW_TO_USE):  # shown beside the table
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail = QLabel()
        self.detail.setObjectName("metricDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        detail_area = QScrollArea()
        detail_area.setWidgetResizable(True)
        detail_area.setFrameShape(QFrame.Shape.StyledPanel)
        detail_area.setWidget(self.detail)
        detail_area.setMinimumWidth(260)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("metricReferenceSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(detail_area)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 600])  # scaled to the real width when first laid out
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(split, 1)
        self.retranslate_ui()
        theme_notifier().changed.connect(self._show_detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self.search.setPlaceholderText(self.tr("Search metrics: name, meaning or advice (e.g. “CTOR”, “cover”)"))
        key = self.current_key()
        self.model.retranslate()
        self._select(key)

    def _on_search(self, text: str) -> None:
        key = self.current_key()
        self.proxy.set_search_text(text)
        self._select(key)

    def _select(self, key: str | None) -> None:
        """Select the metric ``key`` if it is shown, else the first one shown."""
        keys = self.visible_keys()
        row = keys.index(key) if key in keys else 0
        if keys:
            self.table.setCurrentIndex(self.proxy.index(row, ReferenceColumn.METRIC))
        self._show_detail()

    def _on_current_changed(self, *_args: object) -> None:
        self._show_detail()

    def current_key(self) -> str | None:
        """The metric whose details are shown."""
        index = self.table.currentIndex()
        metric = index.data(METRIC_ROLE) if index.isValid() else None
        return None if metric is None else metric.key

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.proxy.rowCount() == 0:
            self.detail.setText(self.tr("No metric matches the search."))
            return

        def cell(column: ReferenceColumn) -> str:
            return html.escape(str(self.proxy.index(index.row(), column).data() or ""))

        extra = html.escape(str(self.proxy.index(index.row(), 0).data(Qt.ItemDataRole.ToolTipRole) or ""))
        how = self.tr("How to use it:")  # outside the f-string: pyside6-lupdate does not look inside one
        self.detail.setText(
            f"<p><b>{cell(ReferenceColumn.METRIC)}</b> · {cell(ReferenceColumn.UNIT)} · "
            f"{cell(ReferenceColumn.DIRECTION)}</p>"
            f"<p>{cell(ReferenceColumn.MEANING)}</p>"
            f"<p><b>{html.escape(how)}</b> {cell(ReferenceColumn.HOW_TO_USE)}</p>"
            f"<p style='color:{colors().muted}'>{extra.replace(chr(10), '<br>')}</p>")

    def detail_text(self) -> str:
        """The details shown, as plain text."""
        return self.detail.text()

    def visible_keys(self) -> tuple[str, ...]:
        """The metric keys left by the search, in order."""
        return tuple(self.proxy.index(r, 0).data(METRIC_ROLE).key for r in range(self.proxy.rowCount()))


class HintCard(QFrame):
    """One hint: title, the figures it is based on, what to look at."""

    def __init__(self, hint: oh.Hint, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint
        self.setObjectName("hintCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        bind_style_sheet(self, lambda c: f"QFrame#hintCard {{ background: {c.warning_background}; "
                                         f"border: 1px solid {c.warning_border}; border-radius: 6px; }}")
        self.title, self.evidence, self.advice = QLabel(), QLabel(), QLabel()
        bind_style_sheet(self.title, lambda c: f"font-weight: 600; color: {c.warning_text};")
        for label in (self.evidence, self.advice):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.evidence)
        lay.addWidget(self.advice)
        self.set_texts(currency)

    def set_texts(self, currency: str) -> None:
        """Write the texts in the UI language."""
        self.title.setText(oh.hint_title(self.hint))
        self.evidence.setText(oh.hint_evidence(self.hint, currency))
        self.advice.setText("→ " + oh.hint_advice(self.hint))


class HintsView(QScrollArea):
    """The hints of the range, or a line saying nothing stands out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewHints")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self._lay = QVBoxLayout(body)
        self._lay.setContentsMargins(0, 4, 4, 4)
        self._intro = QLabel()
        self._intro.setObjectName("hint")
        self._intro.setWordWrap(True)
        self._lay.addWidget(self._intro)
        self._lay.addStretch(1)
        self.setWidget(body)
        self._cards: list[HintCard] = []
        self._currency = "USD"
        self._loaded = False
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        if not self._loaded:
            self._intro.setText(self.tr("Hints appear here once the range's data has been read."))
        elif self._cards:
            self._intro.setText(self.tr(
                "Computed from the range's totals against the market average (or your own average of the 30 days "
                "before). Each hint names the figures it is based on."))
        else:
            self._intro.setText(self.tr(
                "Nothing stands out in this range: tap-through rate, LIVE CTR, CTOR and viewing duration are "
                "close to or above their references, and sales are spread over several products."))
        for card in self._cards:
            card.set_texts(self._currency)

    def set_hints(self, hints: Sequence[oh.Hint], currency: str) -> None:
        """Show the hints of a range."""
        for card in self._cards:
            self._lay.removeWidget(card)
            card.deleteLater()
        self._currency, self._loaded = currency, True
        self._cards = [HintCard(h, currency) for h in hints]
        for i, card in enumerate(self._cards):
            self._lay.insertWidget(1 + i, card)
        self.retranslate_ui()

    def hints(self) -> tuple[oh.Hint, ...]:
        """The hints shown."""
        return tuple(c.hint for c in self._cards)

    def texts(self) -> tuple[str, ...]:
        """Each hint as shown (title, figures, advice)."""
        return tuple(f"{c.title.text()} {c.evidence.text()} {c.advice.text()}" for c in self._cards)
