"""The product pinned at a moment of the LIVE (the replay position, or now during a LIVE) with its figures."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from livedesk.models import formatting as fmt
from livedesk.models.records import EventKind, EventRecord
from livedesk.models.repository import ProductStat, SessionSnapshot
from livedesk.views.theme import bind_style_sheet, set_style_property

_STYLE = """
QFrame#pinnedProductCard {{ background: {c.card}; border: 1px solid {c.card_border}; border-radius: 6px; }}
QFrame#pinnedProductCard[pinned="true"] {{ border-left: 4px solid #22a06b; }}
QFrame#pinnedProductCard[pinned="true"]:hover {{ background: {c.good_background}; }}
QFrame#pinnedProductCard:focus {{ border: 2px solid {c.accent}; }}
QFrame#pinnedProductCard QLabel {{ border: none; background: transparent; }}
QLabel#pinnedName {{ font-weight: 600; color: {c.foreground}; }}
QLabel#pinnedPrice {{ font-weight: 600; color: {c.good}; }}
QLabel#pinnedCaption, QLabel#pinnedFigures {{ color: {c.muted}; font-size: 8.5pt; }}
QLabel#pinnedEmpty {{ color: {c.hint}; }}
"""  # filled with the theme's colours


class PinTimeline:
    """Which product was pinned when, from a LIVE's events.

    One product is pinned at a time: the latest pin at or before a moment is the candidate, and it counts
    while that moment is before its end (``ts_end``, or a later unpin event of the same product; neither
    means still pinned). A source that never closes a pin is thus corrected by the next pin.
    """

    def __init__(self, events: tuple[EventRecord, ...] = ()) -> None:
        self._pins = sorted((e for e in events if e.kind is EventKind.PRODUCT_PIN), key=lambda e: e.ts)
        self._starts = [e.ts for e in self._pins]
        self._unpins: dict[str, list[int]] = {}
        for e in events:
            if e.kind is EventKind.PRODUCT_UNPIN:
                self._unpins.setdefault(e.ref, []).append(e.ts)
        for times in self._unpins.values():
            times.sort()

    def pin_at(self, ts: int) -> EventRecord | None:
        """The pin in force at ``ts`` (UTC ms), or None."""
        i = bisect_right(self._starts, ts) - 1
        if i < 0:
            return None
        pin = self._pins[i]
        if pin.ts_end is not None and ts >= pin.ts_end:
            return None
        unpins = self._unpins.get(pin.ref, [])
        j = bisect_left(unpins, pin.ts)
        if j < len(unpins) and unpins[j] <= ts:
            return None
        return pin


class PinnedProductCard(QFrame):
    """The pinned product for the current moment: name, price, and the product's figures in this LIVE.

    A click (or Enter) jumps to the moment the product was pinned.

    Signals:
        seek_requested: the card was clicked while a product is shown. arg: the pin moment (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinnedProductCard")
        bind_style_sheet(self, lambda c: _STYLE.format(c=c))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._caption = QLabel()
        self._caption.setObjectName("pinnedCaption")
        self._name = QLabel()
        self._name.setObjectName("pinnedName")
        self._name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._price = QLabel()
        self._price.setObjectName("pinnedPrice")
        self._figures = QLabel()
        self._figures.setObjectName("pinnedFigures")
        self._figures.setWordWrap(True)
        self._empty = QLabel()
        self._empty.setObjectName("pinnedEmpty")
        self._empty.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self._caption, 0, 0, 1, 2)
        grid.addWidget(self._name, 1, 0)
        grid.addWidget(self._price, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self._figures, 2, 0, 1, 2)
        grid.addWidget(self._empty, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self._timeline = PinTimeline()
        self._events: tuple[EventRecord, ...] | None = None
        self._products_src: tuple[ProductStat, ...] | None = None
        self._products: dict[str, ProductStat] = {}
        self._currency = "USD"
        self._started_at = 0
        self._time: int | None = None
        self._pin: EventRecord | None = None
        self.retranslate_ui()

    # --- translation ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._empty.setText(self.tr("No product pinned at this moment"))
        self._show()

    # --- data -------------------------------------------------------------------------------------
    def set_snapshot(self, snap: SessionSnapshot) -> None:
        """Take a LIVE's pins and product figures (cheap when they did not change since the last call)."""
        changed = False
        if snap.events is not self._events:
            self._events = snap.events
            self._timeline = PinTimeline(snap.events)
            changed = True
        if snap.products is not self._products_src:
            self._products_src = snap.products
            self._products = {p.external_id: p for p in snap.products}
            changed = True
        if (snap.session.currency, snap.session.started_at) != (self._currency, self._started_at):
            self._currency, self._started_at = snap.session.currency, snap.session.started_at
            changed = True
        if changed:
            self._pin = None if self._time is None else self._timeline.pin_at(self._time)
            self._show()

    def set_time(self, ts: int | None) -> None:
        """Show the product pinned at ``ts`` (UTC ms); None shows none."""
        self._time = ts
        pin = None if ts is None else self._timeline.pin_at(ts)
        if pin != self._pin:
            self._pin = pin
            self._show()

    def pin(self) -> EventRecord | None:
        """The pin shown, or None."""
        return self._pin

    def product(self) -> ProductStat | None:
        """The figures of the product shown, when the LIVE has them."""
        return self._products.get(self._pin.ref) if self._pin is not None else None

    def text(self) -> str:
        """Everything the card says, one label a line (tests, accessibility)."""
        labels = (self._caption, self._name, self._price, self._figures) if self._pin else (self._caption, self._empty)
        return "\n".join(w.text() for w in labels if w.text())

    def _show(self) -> None:
        pin = self._pin
        pinned = pin is not None
        for w in (self._name, self._price, self._figures):
            w.setVisible(pinned)
        self._empty.setVisible(not pinned)
        set_style_property(self, "pinned", pinned)
        self.setCursor(Qt.CursorShape.PointingHandCursor if pinned else Qt.CursorShape.ArrowCursor)
        if pin is None:
            self._caption.setText(self.tr("PINNED PRODUCT"))
            self.setToolTip("")
            return
        stat = self._products.get(pin.ref)
        name = stat.name if stat is not None else (pin.label or pin.ref)
        price = stat.price if stat is not None and stat.price is not None else pin.payload.get("price")
        since = fmt.clock(pin.ts - self._started_at)
        self._caption.setText(self.tr("PINNED PRODUCT · since {clock}").format(clock=since))
        self._name.setText(name)
        self._name.setToolTip(name)
        self._price.setText(fmt.money(price, self._currency) if isinstance(price, int | float) else "")
        if stat is not None:
            self._figures.setText(self.tr("GMV {gmv}   Orders {orders}   Clicks {clicks}").format(
                gmv=fmt.money(stat.gmv, self._currency), orders=fmt.count(stat.sku_orders),
                clicks=fmt.count(stat.clicks)))
        else:
            self._figures.setText(self.tr("No figures for this product from this source"))
        self.setToolTip(self.tr("Click to jump to the moment it was pinned ({clock})").format(clock=since))

    # --- input ------------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._pin is not None \
                and self.rect().contains(event.position().toPoint()):
            self.seek_requested.emit(self._pin.ts)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pin is not None:
            self.seek_requested.emit(self._pin.ts)
            event.accept()
            return
        super().keyPressEvent(event)
