"""Content quality tab: one card per violation of the selected LIVE (clip, appeal), and every violation in the
cache for support staff."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.appeals import AppealEntry, ViolationRow
from livedesk.models.records import AppealStatus, ViolationRecord
from livedesk.models.repository import SessionSnapshot
from livedesk.models.violations import appeal_name
from livedesk.services.appeals import AppealService
from livedesk.views.appeal_dialog import AppealDialog
from livedesk.views.panel import SnapshotPanel
from livedesk.views.theme import set_style_property
from livedesk.views.violations_list import AllViolationsList

#: Seconds of context a clip plays before and after the violation window.
CLIP_CONTEXT_MS = 3_000


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ViolationCard(QFrame):
    """A violation: when, which policy, why, what it cost, what to do, and where its appeal stands.

    Signals:
        seek_requested: "Go to moment" was pressed. arg: LIVE time (UTC ms)
        clip_requested: "Play clip" was pressed. args: start, end (LIVE time, UTC ms)
        appeal_requested: "Appeal…" was pressed. arg: violation id
    """

    seek_requested = Signal("qint64")
    clip_requested = Signal("qint64", "qint64")
    appeal_requested = Signal(int)

    def __init__(self, v: ViolationRecord, started_at: int, history: tuple[AppealEntry, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.violation = v
        self.history = history
        self._started_at = started_at
        self.setObjectName("violationCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("current", False)
        self._title = QLabel()
        self._title.setObjectName("violationTitle")
        self._severity = QLabel()
        self._severity.setObjectName("severityChip")
        self._severity.setProperty("severity", v.severity.lower())
        self._body = QLabel()
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.RichText)
        self._appeal = QLabel()
        self._appeal.setObjectName("appealLine")
        self._appeal.setWordWrap(True)
        self.clip_button = QPushButton()
        self.clip_button.setObjectName("playClipButton")
        self.clip_button.clicked.connect(self._on_clip_clicked)
        self.go_button = QPushButton()
        self.go_button.setObjectName("goToMomentButton")
        self.go_button.clicked.connect(self._on_go_clicked)
        self.appeal_button = QPushButton()
        self.appeal_button.setObjectName("appealButton")
        self.appeal_button.clicked.connect(self._on_appeal_clicked)
        self.appeal_button.setEnabled(v.id is not None)
        head = QHBoxLayout()
        head.addWidget(self._title, 1)
        head.addWidget(self._severity)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clip_button)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.appeal_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self._body)
        lay.addWidget(self._appeal)
        lay.addLayout(buttons)
        self.retranslate_ui()

    @property
    def clip_window(self) -> tuple[int, int]:
        """The moment the clip plays: the violation window with a few seconds either side (LIVE time)."""
        return max(self._started_at, self.violation.ts - CLIP_CONTEXT_MS), self.violation.ts_end + CLIP_CONTEXT_MS

    def retranslate_ui(self) -> None:
        """Every visible text."""
        v = self.violation
        start, end = fmt.clock(v.ts - self._started_at), fmt.clock(v.ts_end - self._started_at)
        self._title.setText(self.tr("{start} – {end} · {policy}").format(start=start, end=end, policy=v.policy))
        severity = {"high": self.tr("High severity"), "medium": self.tr("Medium severity"),
                    "low": self.tr("Low severity")}
        self._severity.setText(severity.get(v.severity.lower(), v.severity))
        tips = [t.strip() for t in v.recommendation.replace("\n", ";").split(";") if t.strip()]
        tips = [t[:1].upper() + t[1:] for t in tips]
        recs = "".join(f"<li>{_esc(t)}</li>" for t in tips)
        # outside the f-string: pyside6-lupdate does not look inside one
        reason, consequence, todo = self.tr("Reason:"), self.tr("Consequence:"), self.tr("What to do:")
        self._body.setText(
            f"<b>{_esc(reason)}</b> {_esc(v.reason)}<br>"
            f"<b>{_esc(consequence)}</b> {_esc(v.consequence)}<br>"
            f"<b>{_esc(todo)}</b><ul style='margin:0'>{recs}</ul>")
        status = appeal_name(v.appeal_status)
        if self.history:
            last = self.history[-1]
            when = QLocale().toString(QDateTime.fromMSecsSinceEpoch(last.ts), QLocale.FormatType.ShortFormat)
            note = f" — {last.note}" if last.note else ""
            self._appeal.setText(self.tr("Appeal: {status} ({when}){note}").format(status=status, when=when,
                                                                                 note=note))
        else:
            self._appeal.setText(self.tr("Appeal: {status}").format(status=status))
        self._appeal.setProperty("status", v.appeal_status.value)
        self.clip_button.setText(self.tr("▶ Play clip"))
        self.clip_button.setToolTip(self.tr("Play this moment in the replay, with {s} s before and after").format(
            s=CLIP_CONTEXT_MS // 1000))
        self.go_button.setText(self.tr("Go to moment"))
        self.appeal_button.setText({
            AppealStatus.NONE: self.tr("Appeal…"), AppealStatus.DRAFT: self.tr("Continue appeal…"),
        }.get(v.appeal_status, self.tr("View appeal…")))

    def set_current(self, on: bool) -> None:
        """Highlight the card while the replay is inside its window."""
        set_style_property(self, "current", on)

    def _on_go_clicked(self) -> None:
        self.seek_requested.emit(self.violation.ts)

    def _on_clip_clicked(self) -> None:
        self.clip_requested.emit(*self.clip_window)

    def _on_appeal_clicked(self) -> None:
        if self.violation.id is not None:
            self.appeal_requested.emit(self.violation.id)


class ContentQualityTab(SnapshotPanel):
    """Violations of the selected LIVE, and of every cached LIVE.

    Signals:
        seek_requested: arg: LIVE time (UTC ms)
        clip_requested: play exactly this window. args: start, end (LIVE time, UTC ms)
        open_violation_requested: open another LIVE at a violation. args: session id, LIVE time (UTC ms)
        violations_refresh_requested: the cross-LIVE list wants fresh rows
    """

    seek_requested = Signal("qint64")
    clip_requested = Signal("qint64", "qint64")
    open_violation_requested = Signal(int, "qint64")
    violations_refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentQualityTab")
        self._appeals: AppealService | None = None
        self._dialogs: dict[int, AppealDialog] = {}
        self._heading = QLabel()
        self._heading.setObjectName("sectionHeading")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._cards_box = QWidget()
        self._cards_box.setObjectName("violationCards")
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._cards_box)
        this_live = QWidget()
        inner = QVBoxLayout(this_live)
        inner.addWidget(self._heading)
        inner.addWidget(self._hint)
        inner.addWidget(self._scroll, 1)
        inner.addStretch(0)
        self._inner = inner
        self.all_violations = AllViolationsList()
        self.all_violations.open_requested.connect(self.open_violation_requested)
        self.all_violations.refresh_requested.connect(self.violations_refresh_requested)
        self.views = QTabWidget()
        self.views.setObjectName("contentQualityViews")
        self.views.addTab(this_live, "")
        self.views.addTab(self.all_violations, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.views)
        self._cards: list[ViolationCard] = []
        self._current: ViolationCard | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self.views.setTabText(0, self.tr("This LIVE"))
        self.views.setTabText(1, self.tr("All LIVEs"))
        n = len(self._cards)
        if self._snapshot is None:
            self._heading.setText(self.tr("Content quality"))
            self._hint.setText(self.tr("Choose a LIVE to see its violations."))
        elif n == 0:
            self._heading.setText(self.tr("No violations were recorded for this LIVE."))
            self._hint.setText(self.tr(
                "Violations come from the platform (the TikTok Shop API, TikTok LIVE room banners) or from a "
                "LiveDesk bundle. The All LIVEs view lists those of every cached LIVE."))
        else:
            self._heading.setText(self.tr("1 violation in this LIVE") if n == 1 else
                                  self.tr("{n} violations in this LIVE").format(n=n))
            self._hint.setText(self.tr(
                "Play a clip to see exactly what was flagged; appeal while the decision can still be changed."))
        for card in self._cards:
            card.retranslate_ui()
        # no empty box: without cards the heading and hint stand alone at the top
        self._scroll.setVisible(n > 0)
        self._inner.setStretch(self._inner.count() - 1, 0 if n else 1)

    # --- services ---------------------------------------------------------------------------------------
    def set_appeal_service(self, service: AppealService) -> None:
        """Where appeals are read and written."""
        self._appeals = service

    def open_appeal(self, violation_id: int) -> AppealDialog | None:
        """Open (or raise) the appeal dialog of a violation."""
        if self._appeals is None:
            return None
        dialog = self._dialogs.get(violation_id)
        if dialog is None:
            dialog = AppealDialog(self._appeals, violation_id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _=None, vid=violation_id: self._dialogs.pop(vid, None))
            self._dialogs[violation_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def flush_appeals(self) -> None:
        """Save every open draft now (the app is closing)."""
        for dialog in list(self._dialogs.values()):
            dialog.flush()

    def set_all_violations(self, rows: Sequence[ViolationRow]) -> None:
        """Rows of the cross-LIVE list."""
        self.all_violations.set_rows(rows)

    # --- cards ------------------------------------------------------------------------------------------
    def cards(self) -> tuple[ViolationCard, ...]:
        """The cards shown."""
        return tuple(self._cards)

    def current_card(self) -> ViolationCard | None:
        """The card the replay is in, if any."""
        return self._current

    def watched(self, snap: SessionSnapshot) -> object:
        """The violations and their appeals."""
        return snap.violations, snap.appeals

    def paint_snapshot(self, snap: SessionSnapshot) -> None:
        """Rebuild the cards."""
        for card in self._cards:
            card.deleteLater()
        self._cards = []
        self._current = None
        started = snap.session.started_at
        for v in snap.violations:
            card = ViolationCard(v, started, snap.appeals.get(v.id or -1, ()))
            card.seek_requested.connect(self.seek_requested)
            card.clip_requested.connect(self.clip_requested)
            card.appeal_requested.connect(self.open_appeal)
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)
            self._cards.append(card)
        self.retranslate_ui()

    @Slot("qint64")
    def on_position(self, live_ts: int) -> None:
        """The replay (or a click on a chart marker) is at ``live_ts``: highlight the violation whose clip
        covers it."""
        if self._dirty and self._snapshot is not None:
            self.on_frame()
        hit = next((c for c in self._cards if c.clip_window[0] <= live_ts <= c.clip_window[1]), None)
        if hit is self._current:
            return
        if self._current is not None:
            self._current.set_current(False)
        self._current = hit
        if hit is not None:
            hit.set_current(True)
            self._scroll.ensureWidgetVisible(hit)

    def focus_violation(self, live_ts: int) -> None:
        """Show this LIVE's card of the violation at ``live_ts``."""
        self.views.setCurrentIndex(0)
        if self._snapshot is not None and self._dirty:
            self._dirty = False
            self.paint_snapshot(self._snapshot)
        self.on_position(live_ts)
