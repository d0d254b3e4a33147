"""Content quality tab: one card per violation of the selected LIVE."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from livedesk.models import formatting as fmt
from livedesk.models.records import AppealStatus, ViolationRecord
from livedesk.models.repository import SessionSnapshot
from livedesk.views.panel import SnapshotPanel


class ViolationCard(QFrame):
    """A violation: when, which policy, why, what it cost and what to do.

    Signals:
        seek_requested: "Go to moment" was pressed. arg: LIVE time (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, v: ViolationRecord, started_at: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.violation = v
        self._started_at = started_at
        self.setObjectName("violationCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._title = QLabel()
        self._title.setObjectName("violationTitle")
        self._body = QLabel()
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.RichText)
        self._go = QPushButton()
        self._go.clicked.connect(self._on_go_clicked)
        lay = QVBoxLayout(self)
        lay.addWidget(self._title)
        lay.addWidget(self._body)
        lay.addWidget(self._go, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        v = self.violation
        when = fmt.clock(v.ts - self._started_at)
        self._title.setText(self.tr("{when} · {policy} · severity {severity}").format(
            when=when, policy=v.policy, severity=v.severity))
        appeal = {AppealStatus.NONE: self.tr("not appealed"), AppealStatus.DRAFT: self.tr("draft"),
                  AppealStatus.SUBMITTED: self.tr("submitted"), AppealStatus.ACCEPTED: self.tr("accepted"),
                  AppealStatus.REJECTED: self.tr("rejected")}[v.appeal_status]
        rows = ((self.tr("Reason"), v.reason), (self.tr("Consequence"), v.consequence),
                (self.tr("Recommendation"), v.recommendation), (self.tr("Appeal"), appeal),
                (self.tr("Window"), f"{when} – {fmt.clock(v.ts_end - self._started_at)}"))
        self._body.setText("<br>".join(f"<b>{k}:</b> {_esc(val)}" for k, val in rows))
        self._go.setText(self.tr("Go to this moment"))

    def _on_go_clicked(self) -> None:
        self.seek_requested.emit(self.violation.ts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ContentQualityTab(SnapshotPanel):
    """Violations of the selected LIVE.

    Signals:
        seek_requested: arg: LIVE time (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentQualityTab")
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._cards_box = QWidget()
        self._cards_box.setObjectName("violationCards")
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._cards_box)
        lay = QVBoxLayout(self)
        lay.addWidget(self._heading)
        lay.addWidget(scroll, 1)
        self._cards: list[ViolationCard] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        n = len(self._cards)
        if self._snapshot is None:
            self._heading.setText(self.tr("Content quality"))
        elif n == 0:
            self._heading.setText(self.tr("No violations were recorded for this LIVE."))
        else:
            self._heading.setText(self.tr("%n violation(s) in this LIVE", "", n))
        for card in self._cards:
            card.retranslate_ui()

    def cards(self) -> tuple[ViolationCard, ...]:
        """The cards shown."""
        return tuple(self._cards)

    def watched(self, snap: SessionSnapshot) -> tuple[ViolationRecord, ...]:
        """The violations."""
        return snap.violations

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Rebuild the cards."""
        for card in self._cards:
            card.deleteLater()
        self._cards = []
        started = snap.session.started_at
        for v in snap.violations:
            card = ViolationCard(v, started)
            card.seek_requested.connect(self.seek_requested)
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)
            self._cards.append(card)
        self.retranslate_ui()
