"""Key metrics panel: followers vs non-followers (GMV, SKU orders, average price, viewers, customers)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models.repository import FollowerSegment, SessionSnapshot
from livedesk.models.shares import FollowerMetric, FollowerRow, follower_metric_name, follower_rows
from livedesk.views.panel import SnapshotPanel
from livedesk.views.theme import colors

SEGMENT_COLORS = (QColor("#2f7ff5"), QColor("#f59f2f"))  # followers, non-followers (the chart colors)
_MONEY = frozenset({FollowerMetric.GMV, FollowerMetric.AVG_PRICE})


class StackedShareBar(QWidget):
    """A thin horizontal 100 % bar: followers' share on the left, non-followers' on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares: tuple[float | None, float | None] = (None, None)
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(160, 8)

    def set_shares(self, follower: float | None, non_follower: float | None) -> None:
        """Percentages (0..100) of the two segments; ``None`` draws an empty track."""
        if (follower, non_follower) != self._shares:
            self._shares = (follower, non_follower)
            self.update()

    def shares(self) -> tuple[float | None, float | None]:
        """The percentages drawn."""
        return self._shares

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(QColor(colors().grid))  # the empty track
        painter.drawRoundedRect(rect, radius, radius)
        a, b = self._shares
        if a is None or b is None or a + b <= 0:
            return
        split = rect.width() * a / (a + b)
        painter.setClipRect(QRectF(rect.left(), rect.top(), split, rect.height()))
        painter.setBrush(SEGMENT_COLORS[0])
        painter.drawRoundedRect(rect, radius, radius)
        painter.setClipRect(QRectF(rect.left() + split, rect.top(), rect.width() - split, rect.height()))
        painter.setBrush(SEGMENT_COLORS[1])
        painter.drawRoundedRect(rect, radius, radius)


class FollowerPanel(SnapshotPanel):
    """Followers vs non-followers of the account: each segment's value and its share of both.

    The average price (GMV ÷ main orders) has no share: the two values are shown side by side.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followerAnalytics")
        self._rows: tuple[FollowerRow, ...] = ()
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._segment_heads = (QLabel(), QLabel())
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for i, head in enumerate(self._segment_heads):
            head.setObjectName("followerSegmentHeading" if i == 0 else "nonFollowerSegmentHeading")
            grid.addWidget(head, 0, 1 + 2 * i, 1, 2)
        self._names: dict[FollowerMetric, QLabel] = {}
        self._values: dict[FollowerMetric, tuple[QLabel, QLabel]] = {}
        self._shares: dict[FollowerMetric, tuple[QLabel, QLabel]] = {}
        self._bars: dict[FollowerMetric, StackedShareBar] = {}
        for m in FollowerMetric:
            row = 1 + 2 * m
            name = QLabel()
            name.setObjectName(f"follower_{m.name.lower()}")
            grid.addWidget(name, row, 0)
            values = (QLabel(fmt.MISSING), QLabel(fmt.MISSING))
            shares = (QLabel(), QLabel())
            for i in range(2):
                values[i].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                shares[i].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                shares[i].setObjectName("hint")
                grid.addWidget(values[i], row, 1 + 2 * i)
                grid.addWidget(shares[i], row, 2 + 2 * i)
            bar = StackedShareBar()
            bar.setVisible(m is not FollowerMetric.AVG_PRICE)
            grid.addWidget(bar, row + 1, 1, 1, 4)
            grid.setRowMinimumHeight(row + 1, 14)  # bar plus the gap to the next figure
            self._names[m], self._values[m], self._shares[m], self._bars[m] = name, values, shares, bar
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(1 + 2 * len(FollowerMetric), 1)
        self._empty = QLabel()
        self._empty.setObjectName("emptyState")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(grid_box)
        self._stack.addWidget(self._empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._heading)
        lay.addWidget(self._stack, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._heading.setText(self.tr("Followers vs non-followers"))
        for head, color, text in zip(self._segment_heads, SEGMENT_COLORS,
                                     (self.tr("Followers"), self.tr("Non-followers")), strict=True):
            head.setText(f'<span style="color:{color.name()}">●</span> {text}')
        for m, label in self._names.items():
            label.setText(follower_metric_name(m))
        self._names[FollowerMetric.AVG_PRICE].setToolTip(self.tr("Average price: GMV ÷ main orders"))
        self._empty.setText(self.tr(
            "No follower data for this LIVE. The follower split comes from the TikTok Shop API or a LiveDesk "
            "bundle."))
        self.mark_dirty()  # segment names and numbers follow the language

    def empty_text(self) -> str:
        """The message shown when there is nothing to show."""
        return self._empty.text()

    def is_empty(self) -> bool:
        """True while the empty-state message is shown."""
        return self._stack.currentWidget() is self._empty

    def rows(self) -> tuple[FollowerRow, ...]:
        """The figures shown (what was last painted)."""
        return self._rows

    def texts(self, metric: FollowerMetric) -> tuple[str, str, str, str]:
        """Shown texts of one figure: follower value, follower share, non-follower value, non-follower share."""
        (fv, nv), (fs, ns) = self._values[metric], self._shares[metric]
        return fv.text(), fs.text(), nv.text(), ns.text()

    def bar(self, metric: FollowerMetric) -> StackedShareBar:
        """The 100 % bar of one figure."""
        return self._bars[metric]

    # --- data -----------------------------------------------------------------------------------
    def watched(self, snap: SessionSnapshot) -> tuple[tuple[FollowerSegment, ...], str]:
        """The follower split and the currency it is shown in."""
        return snap.followers, snap.session.currency

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Show the follower split, or where it comes from when there is none."""
        currency = snap.session.currency
        self._rows = follower_rows(snap.followers)
        for r in self._rows:
            self._show_row(r, currency)
        self._stack.setCurrentIndex(0 if self._rows else 1)

    def _show_row(self, r: FollowerRow, currency: str) -> None:
        segments = (self.tr("Followers"), self.tr("Non-followers"))
        missing = self.tr("Not provided by this source")
        for i in range(2):
            value, share, exact = r.values[i], r.shares[i], r.exact[i]
            text = fmt.money(value, currency) if r.metric in _MONEY else fmt.count(value)
            self._values[r.metric][i].setText(text)
            self._values[r.metric][i].setToolTip(missing if value is None else "")
            share_label = self._shares[r.metric][i]
            share_label.setText("" if share is None else fmt.percent(share / 100.0, decimals=1))
            share_label.setToolTip("" if exact is None else self.tr("{segment}: exact share {exact}").format(
                segment=segments[i], exact=fmt.percent(exact / 100.0, decimals=3)))
        bar = self._bars[r.metric]
        bar.set_shares(*r.shares)
        if r.shares[0] is not None and r.shares[1] is not None:
            bar.setToolTip(f"{segments[0]} {fmt.percent(r.shares[0] / 100.0, decimals=1)} · "
                           f"{segments[1]} {fmt.percent(r.shares[1] / 100.0, decimals=1)}")
        else:
            bar.setToolTip("")

