"""Key metrics panel: the viewer or customer profile of a LIVE, one audience dimension per carousel page."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.repository import AudienceShare, SessionSnapshot
from livedesk.models.shares import OTHER, AudiencePage, audience_pages, bucket_label, dimension_title
from livedesk.views.panel import SnapshotPanel
from livedesk.views.theme import colors, style_plot, theme_notifier

VIEWER, CUSTOMER = "viewer", "customer"
AUDIENCE_COLORS = {VIEWER: "#2f7ff5", CUSTOMER: "#22a06b"}
OTHER_COLOR = "#9ca3af"  # the folded rest is not a place: grey, so it does not read as the top region
BAR_THICKNESS = 0.62
_DOT, _GAP = 8, 10


class CarouselDots(QWidget):
    """One dot per page, the current one filled; clicking a dot jumps to its page.

    Signals:
        page_clicked: a dot was clicked. arg: page index
    """

    page_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carouselDots")
        self._count, self._current, self._focused = 0, 0, False
        self._titles: tuple[str, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(max(self._count, 1) * (_DOT + _GAP) + _GAP, _DOT + 8)

    def set_pages(self, titles: tuple[str, ...], current: int) -> None:
        """Page titles (tooltips) and the current page."""
        if len(titles) != self._count:
            self._count = len(titles)
            self.updateGeometry()
        self._titles, self._current = titles, current
        self.setToolTip(" · ".join(titles))
        self.update()

    def set_focused(self, focused: bool) -> None:
        """Outline the dots while the carousel has keyboard focus."""
        self._focused = focused
        self.update()

    def count(self) -> int:
        """Number of dots."""
        return self._count

    def current(self) -> int:
        """The highlighted dot."""
        return self._current

    def dot_center(self, i: int) -> QPoint:
        """Where dot ``i`` is drawn (widget coordinates)."""
        return QPoint(_GAP + i * (_DOT + _GAP) + _DOT // 2, self.height() // 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._focused and self._count:
            painter.setPen(QPen(QColor(colors().accent), 1))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(self._count):
            painter.setBrush(QColor(colors().heading if i == self._current else colors().axis))
            painter.drawEllipse(QPointF(self.dot_center(i)), _DOT / 2, _DOT / 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        for i in range(self._count):
            if abs(x - self.dot_center(i).x()) <= (_DOT + _GAP) / 2:
                self.page_clicked.emit(i)
                event.accept()
                return
        super().mousePressEvent(event)


class AudienceProfile(SnapshotPanel):
    """Viewer or customer profile: gender, region/country and age, one bar chart per carousel page.

    Left/Right (while the panel has focus), the arrow buttons and the dots change the page; pages wrap.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceProfile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._audience = VIEWER
        self._pages: tuple[AudiencePage, ...] = ()
        self._page = 0
        self._dimension: str | None = None  # kept across updates and the viewer/customer toggle
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QPushButton] = {}
        for i, (who, name) in enumerate(((VIEWER, "viewerProfileButton"), (CUSTOMER, "customerProfileButton"))):
            b = QPushButton()
            b.setObjectName(name)
            b.setCheckable(True)
            b.setChecked(who == VIEWER)
            self._group.addButton(b, i)
            self._buttons[who] = b
        self._group.idClicked.connect(self._on_audience_clicked)
        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.setSpacing(4)
        for b in self._buttons.values():
            top.addWidget(b)
        self._prev, self._next = QToolButton(), QToolButton()
        for b, name, arrow in ((self._prev, "carouselPrev", Qt.ArrowType.LeftArrow),
                               (self._next, "carouselNext", Qt.ArrowType.RightArrow)):
            b.setObjectName(name)
            b.setArrowType(arrow)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the panel keeps focus, so Left/Right keep working
        self._prev.clicked.connect(self._on_prev_clicked)
        self._next.clicked.connect(self._on_next_clicked)
        self._title = QLabel()
        self._title.setObjectName("carouselTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._dots = CarouselDots()
        self._dots.page_clicked.connect(self.set_page)
        nav = QHBoxLayout()
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addWidget(self._prev)
        nav.addWidget(self._title, 1)
        nav.addWidget(self._next)
        self._build_plot()
        dots_row = QHBoxLayout()
        dots_row.setContentsMargins(0, 0, 0, 0)
        dots_row.addStretch(1)
        dots_row.addWidget(self._dots)
        dots_row.addStretch(1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addLayout(nav)
        inner.addWidget(self._plot, 1)
        inner.addLayout(dots_row)
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(content)
        self._stack.addWidget(self._empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self._stack, 1)
        self.retranslate_ui()

    def sizeHint(self) -> QSize:
        return QSize(360, 260)

    def _build_plot(self) -> None:
        """The one plot every page is drawn in; its items are made here and only fed data afterwards."""
        self._plot = pg.PlotWidget()
        self._plot.setObjectName("audiencePlot")
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._plot.setMinimumHeight(150)
        # pyqtgraph's size hint (600×550) would make the grid favour this panel; take the space given.
        self._plot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        item = self._plot.getPlotItem()
        item.hideButtons()
        item.setContentsMargins(2, 2, 8, 2)
        item.vb.setMouseEnabled(x=False, y=False)
        self._tick_font = QFont(self.font())
        for name in ("left", "bottom"):
            item.getAxis(name).setStyle(tickLength=0, tickFont=self._tick_font)
        self._vbars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=BAR_THICKNESS)
        self._hbars = pg.BarGraphItem(x0=0.0, y=np.zeros(0), width=np.zeros(0), height=BAR_THICKNESS)
        item.addItem(self._vbars)
        item.addItem(self._hbars)
        self._labels: list[pg.TextItem] = []
        self._apply_theme()
        theme_notifier().changed.connect(self._apply_theme)

    def _apply_theme(self) -> None:
        """Background, axes and value labels in the theme's colours."""
        c = style_plot(self._plot, soft_axes=True)
        for label in self._labels:
            label.setColor(c.foreground)

    def _label(self, i: int) -> pg.TextItem:
        """The ``i``-th value label, made on first use and reused for every page after."""
        while len(self._labels) <= i:
            label = pg.TextItem(color=colors().foreground)
            self._plot.getPlotItem().addItem(label, ignoreBounds=True)
            self._labels.append(label)
        return self._labels[i]

    # --- language -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Audience profile"))
        self._buttons[VIEWER].setText(self.tr("Viewers"))
        self._buttons[VIEWER].setToolTip(self.tr("Viewer profile: everyone who watched this LIVE"))
        self._buttons[CUSTOMER].setText(self.tr("Customers"))
        self._buttons[CUSTOMER].setToolTip(self.tr("Customer profile: everyone who bought in this LIVE"))
        self._prev.setToolTip(self.tr("Previous page (Left arrow)"))
        self._prev.setAccessibleName(self.tr("Previous page"))
        self._next.setToolTip(self.tr("Next page (Right arrow)"))
        self._next.setAccessibleName(self.tr("Next page"))
        self._empty.setText(self.tr(
            "No audience profile for this LIVE. Viewer and customer profiles come from the TikTok Shop API or "
            "a LiveDesk bundle."))
        self.mark_dirty()  # titles, bucket names and numbers follow the language

    # --- queries (tests, screenshots) ---------------------------------------------------------------
    def audience(self) -> str:
        """The audience shown: "viewer" or "customer"."""
        return self._audience

    def page_count(self) -> int:
        """Pages shown (0 before the first paint or without data)."""
        return len(self._pages)

    def current_page(self) -> int:
        """Index of the page shown."""
        return self._page

    def page_title(self) -> str:
        """Title of the page shown ("" when there is none)."""
        return self._title.text()

    def current_shares(self) -> tuple[tuple[str, float], ...]:
        """The page's buckets as stored (``"Other"`` for the folded rest) and their shares 0..1, as drawn."""
        return self._pages[self._page].buckets if self._pages else ()

    def dots(self) -> CarouselDots:
        """The page dots."""
        return self._dots

    def is_empty(self) -> bool:
        """True while the empty-state message is shown."""
        return self._stack.currentWidget() is self._empty

    def empty_text(self) -> str:
        """The message shown when the chosen audience has no data."""
        return self._empty.text()

    # --- navigation -----------------------------------------------------------------------------
    def set_audience(self, audience: str) -> None:
        """Show the viewer or the customer profile."""
        if audience not in self._buttons:
            raise ValueError(f"unknown audience {audience!r}")
        self._buttons[audience].setChecked(True)
        if audience != self._audience:
            self._audience = audience
            self.mark_dirty()
            self.on_frame()

    def set_page(self, index: int) -> None:
        """Go to a page (wrapping around)."""
        if not self._pages:
            return
        self._page = index % len(self._pages)
        self._dimension = self._pages[self._page].dimension
        if self.isVisible():
            self._draw()
        else:
            self.mark_dirty()

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) page."""
        self.set_page(self._page + delta)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._pages:
            self.step(-1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._dots.set_focused(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._dots.set_focused(False)
        super().focusOutEvent(event)

    def _on_prev_clicked(self) -> None:
        self.step(-1)

    def _on_next_clicked(self) -> None:
        self.step(1)

    def _on_audience_clicked(self, button_id: int) -> None:
        self.set_audience(VIEWER if button_id == 0 else CUSTOMER)

    # --- data -----------------------------------------------------------------------------------
    def watched(self, snap: SessionSnapshot) -> tuple[AudienceShare, ...]:
        """The viewer and customer profiles."""
        return snap.audience

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the chosen audience's profile on the page of the dimension shown before."""
        self._pages = audience_pages(snap.audience, self._audience)
        dims = [p.dimension for p in self._pages]
        self._page = dims.index(self._dimension) if self._dimension in dims else 0
        self._stack.setCurrentIndex(0 if self._pages else 1)
        self._draw()

    def _draw(self) -> None:
        if not self._pages:
            self._title.setText("")
            self._dots.set_pages((), 0)
            return
        page = self._pages[self._page]
        self._title.setText(dimension_title(page.dimension))
        self._dots.set_pages(tuple(dimension_title(p.dimension) for p in self._pages), self._page)
        names = [bucket_label(b) for b, _ in page.buckets]
        shares = np.array([s for _, s in page.buckets], dtype=np.float64)
        top = float(shares.max()) if shares.size else 1.0
        top = top if top > 0 else 1.0
        brush, other = pg.mkBrush(AUDIENCE_COLORS[self._audience]), pg.mkBrush(OTHER_COLOR)
        brushes = [other if b == OTHER else brush for b, _ in page.buckets]
        item = self._plot.getPlotItem()
        n = len(names)
        if page.horizontal:
            pos = np.arange(n - 1, -1, -1, dtype=np.float64)  # largest on top
            self._hbars.setOpts(x0=0.0, y=pos, width=shares, height=BAR_THICKNESS, brushes=brushes, pen=None)
            self._vbars.setOpts(x=np.zeros(0), height=np.zeros(0))
            left = item.getAxis("left")
            left.setTicks([list(zip(pos.tolist(), names, strict=True))])
            # pyqtgraph sizes the axis from the labels of its previous paint and skips labels that do not fit,
            # so the first paint of a page would lose its longer names: size it for these labels up front.
            metrics = QFontMetrics(self._tick_font)
            left.setWidth(max(metrics.horizontalAdvance(t) for t in names) + left.style["tickTextOffset"][0] + 6)
            item.showAxis("left")
            item.hideAxis("bottom")
            item.vb.setRange(xRange=(0, top * 1.32), yRange=(-0.6, n - 0.4), padding=0)
        else:
            pos = np.arange(n, dtype=np.float64)
            self._vbars.setOpts(x=pos, height=shares, width=BAR_THICKNESS, brushes=brushes, pen=None)
            self._hbars.setOpts(y=np.zeros(0), width=np.zeros(0))
            item.getAxis("bottom").setTicks([list(zip(pos.tolist(), names, strict=True))])
            item.showAxis("bottom")
            item.hideAxis("left")
            item.vb.setRange(xRange=(-0.6, n - 0.4), yRange=(0, top * 1.22), padding=0)
        for i in range(max(n, len(self._labels))):
            label = self._label(i) if i < n else self._labels[i]
            label.setVisible(i < n)
            if i >= n:
                continue
            label.setText(fmt.percent(float(shares[i]), decimals=1))
            if page.horizontal:
                label.setAnchor((0, 0.5))
                label.setPos(float(shares[i]) + top * 0.02, float(pos[i]))
            else:
                label.setAnchor((0.5, 1))
                label.setPos(float(pos[i]), float(shares[i]))
