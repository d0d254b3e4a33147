"""The appeal dialog: write an appeal against a violation, attach evidence, submit it, follow its status.

What the user types is saved as a draft half a second after they stop typing, and when the dialog closes,
so nothing is lost if the app closes mid-appeal.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.records import AppealStatus
from livedesk.models.violations import appeal_name
from livedesk.services.appeals import AppealService, AppealState

AUTOSAVE_MS = 500


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AppealDialog(QDialog):
    """One violation's appeal (non-modal; one dialog per violation).

    Attributes:
        violation_id: the violation appealed against.
    """

    def __init__(self, service: AppealService, violation_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appealDialog")
        self.violation_id = violation_id
        self._service = service
        self._state: AppealState | None = None
        self._evidence: str | None = None
        self._dirty = False
        self._saved_at: int | None = None
        self._error = ""
        self.setMinimumSize(560, 560)

        self._summary = QLabel()
        self._summary.setObjectName("appealSummary")
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.RichText)
        self._status = QLabel()
        self._status.setObjectName("appealStatus")
        self._text_label = QLabel()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("appealText")
        self.text_edit.setTabChangesFocus(True)
        self._text_label.setBuddy(self.text_edit)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self._evidence_label = QLabel()
        self._evidence_name = QLabel()
        self._evidence_name.setObjectName("appealEvidence")
        self._evidence_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseEvidenceButton")
        self.choose_button.clicked.connect(self._on_choose)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEvidenceButton")
        self.remove_button.clicked.connect(self._on_remove)
        ev_row = QHBoxLayout()
        ev_row.addWidget(self._evidence_label)
        ev_row.addWidget(self._evidence_name, 1)
        ev_row.addWidget(self.choose_button)
        ev_row.addWidget(self.remove_button)
        self._history_label = QLabel()
        self.history = QListWidget()
        self.history.setObjectName("appealHistory")
        self.history.setMaximumHeight(110)
        self._history_label.setBuddy(self.history)
        self._local_note = QLabel()
        self._local_note.setObjectName("appealLocalNote")
        self._local_note.setWordWrap(True)
        self._message = QLabel()
        self._message.setObjectName("appealMessage")
        self._message.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.submit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("submitAppealButton")
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportAppealButton")
        self.accepted_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.accepted_button.setObjectName("appealAcceptedButton")
        self.rejected_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.rejected_button.setObjectName("appealRejectedButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.submit_button.clicked.disconnect()  # not "accept": the dialog stays open to show the status
        self.submit_button.clicked.connect(self._on_submit)
        self.export_button.clicked.connect(self._on_export)
        self.accepted_button.clicked.connect(lambda: self._on_outcome(AppealStatus.ACCEPTED))
        self.rejected_button.clicked.connect(lambda: self._on_outcome(AppealStatus.REJECTED))
        self.close_button.clicked.connect(self.close)

        lay = QVBoxLayout(self)
        lay.addWidget(self._summary)
        lay.addWidget(self._status)
        lay.addWidget(self._text_label)
        lay.addWidget(self.text_edit, 1)
        lay.addLayout(ev_row)
        lay.addWidget(self._history_label)
        lay.addWidget(self.history)
        lay.addWidget(self._local_note)
        lay.addWidget(self._message)
        lay.addWidget(self.buttons)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        service.state_loaded.connect(self._on_state_loaded)
        service.failed.connect(self._on_failed)
        self.retranslate_ui()
        service.load(violation_id)

    # --- texts ---------------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        s = self._state
        self.setWindowTitle(self.tr("Appeal") if s is None else
                            self.tr("Appeal — {policy}").format(policy=s.row.violation.policy))
        self._text_label.setText(self.tr("&Your appeal (what happened, why the content is compliant):"))
        self.text_edit.setPlaceholderText(self.tr("Explain why the violation should be lifted…"))
        self._evidence_label.setText(self.tr("Evidence:"))
        self.choose_button.setText(self.tr("C&hoose file…"))
        self.remove_button.setText(self.tr("Re&move"))
        self._history_label.setText(self.tr("&History"))
        self.submit_button.setText(self.tr("&Submit appeal"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the appeal, its violation, history and evidence as a .zip"))
        self.accepted_button.setText(self.tr("Mark &accepted"))
        self.rejected_button.setText(self.tr("Mark &rejected"))
        self._local_note.setText(self.tr(
            "This LIVE's data source does not take appeals: LiveDesk keeps the appeal as a local record. "
            "Export it, file it with the platform, then record the decision here."))
        self._show_state()

    def _show_state(self) -> None:
        s = self._state
        if s is None:
            self._summary.setText(self.tr("Loading the violation…"))
            for w in (self.text_edit, self.submit_button, self.export_button, self.choose_button,
                      self.remove_button):
                w.setEnabled(False)
            self.accepted_button.hide()
            self.rejected_button.hide()
            self._local_note.hide()
            self._message.setText(self._error)
            return
        v, row = s.row.violation, s.row
        rows = ((self.tr("LIVE"), row.session_title),
                (self.tr("Moment"), f"{fmt.clock(v.ts - row.session_started_at)} – "
                                    f"{fmt.clock(v.ts_end - row.session_started_at)}"),
                (self.tr("Policy"), v.policy), (self.tr("Reason"), v.reason), (self.tr("Consequence"), v.consequence))
        self._summary.setText("<br>".join(f"<b>{_esc(k)}:</b> {_esc(val)}" for k, val in rows))
        status = appeal_name(s.status)
        if s.editable and self._saved_at is not None:
            status = self.tr("{status} — saved {time}").format(status=status, time=self._time(self._saved_at))
        elif s.editable and self._dirty:
            status = self.tr("{status} — not saved yet").format(status=status)
        self._status.setText(self.tr("Status: {status}").format(status=status))
        editable = s.editable
        self.text_edit.setReadOnly(not editable)
        self.text_edit.setEnabled(True)
        self.submit_button.setEnabled(editable and bool(self.text_edit.toPlainText().strip()))
        self.submit_button.setVisible(editable)
        self.choose_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self._evidence is not None)
        self.export_button.setEnabled(s.status is not AppealStatus.NONE or bool(self.text_edit.toPlainText()))
        decidable = not s.via_source and s.status is AppealStatus.SUBMITTED
        self.accepted_button.setVisible(decidable)
        self.rejected_button.setVisible(decidable)
        self._local_note.setVisible(not s.via_source)
        self._evidence_name.setText(self._evidence.rsplit("/", 1)[-1] if self._evidence else self.tr("none"))
        self.history.clear()
        for h in s.history:
            note = f" — {h.note}" if h.note else ""
            self.history.addItem(f"{self._time(h.ts)}  {appeal_name(h.status)}{note}")
        if not s.history:
            self.history.addItem(self.tr("No steps yet: the first draft is saved as you type."))
        self._message.setText(self._error)

    @staticmethod
    def _time(ts: int) -> str:
        return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ts), QLocale.FormatType.ShortFormat)

    # --- state -----------------------------------------------------------------------------------------
    @property
    def state(self) -> AppealState | None:
        """The appeal as last read from the cache."""
        return self._state

    @Slot(object)
    def _on_state_loaded(self, state: AppealState) -> None:
        if state.violation_id != self.violation_id:
            return
        first = self._state is None
        self._state = state
        self._error = ""
        if first or not state.editable:
            self._evidence = state.evidence
            if self.text_edit.toPlainText() != state.text:
                self.text_edit.blockSignals(True)
                self.text_edit.setPlainText(state.text)
                self.text_edit.blockSignals(False)
        elif self._evidence is not None and state.evidence is not None \
                and state.evidence.rsplit("/", 1)[-1] == self._evidence.rsplit("/", 1)[-1]:
            self._evidence = state.evidence  # now the kept copy
        if first and state.editable and state.history:
            self._saved_at = state.history[-1].ts
        self.retranslate_ui()

    @Slot(int, str)
    def _on_failed(self, violation_id: int, message: str) -> None:
        if violation_id == self.violation_id:
            self._error = self.tr("Could not save: {reason}").format(reason=message)
            self._show_state()

    def _mark_dirty(self) -> None:
        if self._state is None or not self._state.editable:
            return
        self._dirty = True
        self._saved_at = None
        self._autosave.start()
        self._show_state()

    @Slot()
    def _on_text_changed(self) -> None:
        self._mark_dirty()

    @Slot()
    def flush(self) -> None:
        """Save the draft now if anything changed since the last save."""
        self._autosave.stop()
        if not self._dirty or self._state is None or not self._state.editable:
            return
        self._dirty = False
        self._saved_at = QDateTime.currentMSecsSinceEpoch()
        self._service.save_draft(self.violation_id, self.text_edit.toPlainText(), self._evidence)
        self._show_state()

    def choose_evidence(self, path: str) -> None:
        """Attach ``path`` as evidence (what the file button does after its dialog)."""
        self._evidence = path
        self._mark_dirty()

    @Slot()
    def _on_choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose evidence"), "",
                                              self.tr("Images, videos and documents (*.png *.jpg *.jpeg *.mp4 "
                                                      "*.mov *.pdf *.txt *.docx);;All files (*)"))
        if path:
            self.choose_evidence(path)

    @Slot()
    def _on_remove(self) -> None:
        self._evidence = None
        self._mark_dirty()

    @Slot()
    def _on_submit(self) -> None:
        self._autosave.stop()
        self._dirty = False
        self._service.submit(self.violation_id, self.text_edit.toPlainText(), self._evidence)

    def export_to(self, path: str) -> None:
        """Save the appeal as a .zip at ``path`` (what Export does after its dialog)."""
        self.flush()
        self._service.export(self.violation_id, path)

    @Slot()
    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the appeal"), f"appeal-{self.violation_id}.zip",
                                              self.tr("Zip archive (*.zip)"))
        if path:
            self.export_to(path)

    def _on_outcome(self, status: AppealStatus) -> None:
        self._service.record_outcome(self.violation_id, status, self.tr("recorded by the user"))

    def done(self, result: int) -> None:
        self.flush()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
