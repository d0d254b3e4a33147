"""The overview's summary cards: value over the range and the change against the previous period."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models import overview as ov
from livedesk.views.steady import SteadyLabel
from livedesk.views.theme import bind_style_sheet, theme_notifier, tone


class SummaryCard(QFrame):
    """One figure of the range: title, value, change against the previous period, incomplete mark."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("summaryCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title, self.value, self.note = QLabel(), QLabel(fmt.MISSING), QLabel()
        self.change = SteadyLabel(fmt.MISSING)  # coloured as a Key metrics card's change (see set_good)
        for name, label in (("cardTitle", self.title), ("cardValue", self.value), ("cardChange", self.change),
                            ("cardIncomplete", self.note)):
            label.setObjectName(name)
        self.title.setWordWrap(True)
        # a muted italic line that reads as a caveat
        bind_style_sheet(self.note, lambda c: f"color: {c.note_text}; font-size: 8pt; font-style: italic;")
        self.note.setVisible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(2)
        for label in (self.title, self.value, self.change, self.note):
            lay.addWidget(label)
        self.card: ov.CardValue | None = None
        self.good: bool | None = None
        self.set_good(None)
        theme_notifier().changed.connect(self._recolor)

    def set_good(self, good: bool | None) -> None:
        """Colour the change: green when good, orange when worse, grey when there is nothing to compare."""
        self.good = good
        self._recolor()

    def _recolor(self) -> None:
        self.change.set_ink(tone(self.good))


CARD_MIN_WIDTH = 150  # below this per card, the row wraps into two (4 + 3)


class OverviewCards(QWidget):
    """The summary cards (LIVEs, hours live, GMV, views, viewers, conversion, avg. viewing duration): one row,
    or two when the tab is narrow (e.g. beside the replay dock at 1280 px)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewCards")
        self._cards = {key: SummaryCard(key) for key in ov.CARD_KEYS}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._columns = 0
        self._reflow(len(self._cards))
        self._currency = "USD"
        self._incomplete = False
        self._has_previous = False
        self.retranslate_ui()

    def _reflow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards.values():
            self._grid.removeWidget(card)
        for i, card in enumerate(self._cards.values()):
            self._grid.addWidget(card, i // columns, i % columns)
        for c in range(len(self._cards)):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        n = len(self._cards)
        fit = max(1, (event.size().width() + 8) // (CARD_MIN_WIDTH + 8))
        rows = math.ceil(n / min(fit, n))
        self._reflow(math.ceil(n / rows))
        super().resizeEvent(event)

    def columns(self) -> int:
        """Cards per row."""
        return self._columns

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        for key, card in self._cards.items():
            card.title.setText(ov.card_label(key))
            card.setToolTip(ov.card_tip(key))
            card.note.setText(self.tr("Today: incomplete"))
            card.note.setToolTip(self.tr("The range includes today, whose data is still arriving"))
        self._refresh()

    # --- data -------------------------------------------------------------------------------------------------
    def set_cards(self, cards: Sequence[ov.CardValue], currency: str, *, incomplete: bool) -> None:
        """Show the cards of a range; ``incomplete`` marks that the range contains the running day."""
        self._currency, self._incomplete = currency, incomplete
        for c in cards:
            self._cards[c.key].card = c
        self._refresh()

    def set_plain(self, values: dict[str, str]) -> None:
        """Show values without a comparison (before the overview service answers): key → text."""
        for key, card in self._cards.items():
            card.card = None
            card.value.setText(values.get(key, fmt.MISSING))
            card.change.setText("")
            card.note.setVisible(False)
            card.set_good(None)

    def _refresh(self) -> None:
        for card in self._cards.values():
            c = card.card
            if c is None:
                continue
            card.value.setText(ov.card_text(c, self._currency))
            change = ov.change_text(c)
            card.change.setText(self.tr("{change} vs prev.").format(change=change))
            if c.previous is None:
                tip = self.tr("The previous period of the same length has no data to compare with")
            else:
                tip = self.tr("Change against the previous period of the same length ({value})").format(
                    value=ov.card_text(ov.CardValue(c.key, c.previous, None), self._currency))
            card.change.setToolTip(tip)
            card.set_good(c.good)
            card.note.setVisible(self._incomplete)

    # --- queries (tests) --------------------------------------------------------------------------------------
    def value_text(self, key: str) -> str:
        """The value shown on a card."""
        return self._cards[key].value.text()

    def change_text(self, key: str) -> str:
        """The change line of a card."""
        return self._cards[key].change.text()

    def change_good(self, key: str) -> str | None:
        """"true"/"false" (the colour of the change) or None (neutral)."""
        good = self._cards[key].good
        return None if good is None else ("true" if good else "false")

    def change_color(self, key: str) -> QColor:
        """The colour the change line of a card is drawn in."""
        change = self._cards[key].change
        return change.palette().color(change.foregroundRole())

    def incomplete_shown(self, key: str) -> bool:
        """True when the card carries the incomplete mark."""
        return not self._cards[key].note.isHidden()
