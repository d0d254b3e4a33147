"""Exporting the LIVE on screen: File → Export LIVE….

:class:`ExportDialog` chooses what to write — a LiveDesk bundle (a .zip or a folder, with or without the replay
video) or the trend table (CSV or Excel) — and where. :class:`ExportFlow` runs it off the GUI thread (bundles on
the :class:`~livedesk.services.bundle_export.BundleExportService`, tables on the
:class:`~livedesk.services.export.ExportService`) behind a progress dialog with Cancel. A LIVE that is still
running is not exported: its data is still arriving.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.records import SessionRecord
from livedesk.models.repository import SessionSnapshot
from livedesk.services.bundle import ExportResult, local_replay
from livedesk.services.bundle_export import BundleExportService
from livedesk.services.export import ExportService
from livedesk.views.theme import bind_style_sheet

ZIP, FOLDER, CSV, XLSX = "zip", "folder", "csv", "xlsx"
FORMATS = (ZIP, FOLDER, CSV, XLSX)
_SUFFIX = {ZIP: ".zip", FOLDER: "", CSV: ".csv", XLSX: ".xlsx"}


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the export dialog asked for.

    Attributes:
        kind: ``zip`` / ``folder`` (a LiveDesk bundle) or ``csv`` / ``xlsx`` (the trend table).
        path: the file or folder to write.
        include_video: copy the replay video into the bundle.
    """

    kind: str
    path: Path
    include_video: bool = True

    @property
    def is_bundle(self) -> bool:
        """True for a LiveDesk bundle."""
        return self.kind in (ZIP, FOLDER)


def default_name(session: SessionRecord) -> str:
    """The file name offered, without suffix: the LIVE's title and date."""
    title = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", session.title).strip(" .-") or "LIVE"
    day = QDateTime.fromMSecsSinceEpoch(session.started_at).toString("yyyy-MM-dd")
    return f"{title} {day}"


class ExportDialog(QDialog):
    """Choose the format and the target of an export of one ended LIVE.

    Args:
        session: the LIVE to export.
        folder: the folder offered first.
    """

    def __init__(self, session: SessionRecord, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.session = session
        self._name = default_name(session)
        self._video = local_replay(session.replay_uri)
        self._about = QLabel()
        self._about.setObjectName("exportAbout")
        self._about.setWordWrap(True)
        self._group = QButtonGroup(self)
        self._radios: dict[str, QRadioButton] = {}
        self._hints: dict[str, QLabel] = {}
        options = QVBoxLayout()
        for i, kind in enumerate(FORMATS):
            radio = QRadioButton()
            radio.setObjectName(f"exportFormat_{kind}")
            self._group.addButton(radio, i)
            self._radios[kind] = radio
            hint = QLabel()
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 4)
            self._hints[kind] = hint
            options.addWidget(radio)
            options.addWidget(hint)
            if kind == FOLDER:
                self.video_check = QCheckBox()
                self.video_check.setObjectName("exportIncludeVideo")
                self.video_check.setChecked(self._video is not None)
                self.video_check.setEnabled(self._video is not None)
                box = QHBoxLayout()
                box.setContentsMargins(0, 0, 0, 8)
                box.addWidget(self.video_check)
                box.addStretch(1)
                options.addLayout(box)
        self._radios[ZIP].setChecked(True)
        self._path_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setText(str(folder / (self._name + _SUFFIX[ZIP])))
        self._path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self._problem = QLabel()
        self._problem.setObjectName("exportProblem")
        bind_style_sheet(self._problem, lambda c: f"color: {c.error};")
        self._problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self._about)
        lay.addSpacing(6)
        lay.addLayout(options)
        lay.addWidget(self._path_label)
        lay.addLayout(path_row)
        lay.addWidget(self._problem)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._group.idToggled.connect(self._on_format_toggled)
        self.path_edit.textChanged.connect(self._validate)
        self.video_check.toggled.connect(self._validate)
        self.retranslate_ui()
        self._validate()

    # --- translation -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        s = self.session
        self.setWindowTitle(self.tr("Export LIVE"))
        when = QDateTime.fromMSecsSinceEpoch(s.started_at).toString("yyyy-MM-dd HH:mm")
        length = fmt.clock(s.ended_at - s.started_at) if s.ended_at else fmt.MISSING
        self._about.setText(self.tr("Export “{title}” ({when}, {length}).").format(
            title=s.title, when=when, length=length))
        texts = {
            ZIP: (self.tr("LiveDesk bundle, &zip file"),
                  self.tr("Everything LiveDesk knows about this LIVE in one file, to archive it or share it. "
                          "Another LiveDesk opens it with File → Import.")),
            FOLDER: (self.tr("LiveDesk bundle, &folder"),
                     self.tr("The same as a folder of CSV and JSON files, for other tools.")),
            CSV: (self.tr("Trend table, &CSV"), self.tr("One row per minute: every metric and the events.")),
            XLSX: (self.tr("Trend table, &Excel (XLSX)"), self.tr("The same table as an Excel workbook.")),
        }
        for kind, (label, hint) in texts.items():
            self._radios[kind].setText(label)
            self._hints[kind].setText(hint)
        self.video_check.setText(self.tr("Include the replay &video in the bundle"))
        self.video_check.setToolTip(
            self.tr("Copies {file} into the bundle").format(file=self._video.name) if self._video is not None
            else self.tr("This LIVE has no replay video on this computer"))
        self._path_label.setText(self.tr("&Save to:"))
        self.browse_button.setText(self.tr("&Browse…"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export"))
        self._validate()

    # --- values --------------------------------------------------------------------------------------
    def kind(self) -> str:
        """The format chosen."""
        return next(k for k, r in self._radios.items() if r.isChecked())

    def set_kind(self, kind: str) -> None:
        """Choose a format (the path's suffix follows)."""
        self._radios[kind].setChecked(True)

    def path(self) -> Path:
        """The target as typed."""
        return Path(self.path_edit.text().strip()).expanduser()

    def set_path(self, path: Path | str) -> None:
        """Type a target."""
        self.path_edit.setText(str(path))

    def choice(self) -> ExportChoice:
        """The export the dialog describes."""
        kind = self.kind()
        return ExportChoice(kind, self.path(), kind in (ZIP, FOLDER) and self.video_check.isChecked())

    def problem(self) -> str:
        """Why the export cannot start yet ("" when it can)."""
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the export.")
        path = self.path()
        if path.is_dir() and self.kind() != FOLDER:
            return self.tr("{path} is a folder; give a file name.").format(path=path)
        if path.is_file() and self.kind() == FOLDER:
            return self.tr("{path} is a file; a folder bundle needs a new folder's name.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return ""

    def browse(self) -> None:
        """Ask for the target with a file dialog."""
        kind = self.kind()
        current = self.path()
        if kind == FOLDER:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save the bundle folder in"), str(current.parent))
            if folder:
                self.set_path(Path(folder) / current.name)
            return
        filters = {ZIP: self.tr("LiveDesk bundles (*.zip)"), CSV: self.tr("CSV files (*.csv)"),
                   XLSX: self.tr("Excel workbooks (*.xlsx)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export LIVE"), str(current), filters[kind])
        if name:
            path = Path(name)
            if path.suffix.lower() != _SUFFIX[kind]:
                path = path.with_name(path.name + _SUFFIX[kind])
            self.set_path(path)

    def accept(self) -> None:
        if self.problem():
            self._validate()
            return
        path = self.path()
        if path.exists():
            answer = QMessageBox.question(self, self.tr("Export LIVE"),
                                          self.tr("{path} exists. Replace it?").format(path=path))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    # --- slots ----------------------------------------------------------------------------------------
    def _on_format_toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        kind = FORMATS[index]
        text = self.path_edit.text().strip()
        if text:  # the same name with the new format's suffix
            path = Path(text)
            stem = path.name[: -len(path.suffix)] if path.suffix.lower() in _SUFFIX.values() else path.name
            self.set_path(path.with_name(stem + _SUFFIX[kind]))
        self.video_check.setEnabled(kind in (ZIP, FOLDER) and self._video is not None)
        self._validate()

    def _validate(self) -> None:
        problem = self.problem()
        self._problem.setText(problem)
        self._problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problem)


class ExportFlow(QObject):
    """Exports the LIVE on screen for the main window.

    Args:
        parent: the window the dialogs belong to.

    Attributes:
        dialog: the open export dialog, or None.
        progress_dialog: the progress of the running export (``exportLiveProgress``), or None.
        message_box: the last refusal, failure or warnings box, or None.

    Signals:
        exported: an export was written. arg: the path
        message_posted: a line for the status bar. arg: text
    """

    exported = Signal(str)
    message_posted = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._bundles: BundleExportService | None = None
        self._tables: ExportService | None = None
        self._running: ExportChoice | None = None
        self._folder: Path | None = None
        self._snapshot: SessionSnapshot | None = None
        self.dialog: ExportDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._progress: QProgressDialog | None = None  # made once and reused (see _end)
        self.message_box: QMessageBox | None = None

    def set_services(self, bundles: BundleExportService, tables: ExportService | None) -> None:
        """Write bundles with ``bundles`` and trend tables with ``tables``."""
        self._bundles, self._tables = bundles, tables
        bundles.progress.connect(self._on_bundle_progress)
        bundles.finished.connect(self._on_bundle_finished)
        bundles.failed.connect(self._on_failed)
        bundles.cancelled.connect(self._on_cancelled)
        if tables is not None:
            tables.progress.connect(self._on_table_progress)
            tables.finished.connect(self._on_table_finished)

    def _owner(self) -> QWidget:
        # the window, asked of Qt each time: a Python reference back to it would make a reference cycle, which
        # the garbage collector may then break on a worker thread
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def busy(self) -> bool:
        """True while an export runs."""
        return self._running is not None

    def refusal(self, snap: SessionSnapshot | None) -> str:
        """Why this LIVE cannot be exported now ("" when it can)."""
        if self._bundles is None:
            return self.tr("Exporting is not available.")
        if snap is None or snap.session.id is None:
            return self.tr("Open a LIVE first: Export LIVE writes the LIVE on screen.")
        if snap.session.is_live:
            return self.tr("“{title}” is still running: export it once it has ended (its data is still "
                           "arriving).").format(title=snap.session.title)
        if self._running is not None:
            return self.tr("An export is already running.")
        return ""

    def export_live(self, snap: SessionSnapshot | None) -> ExportDialog | None:
        """File → Export LIVE…: open the dialog for ``snap``'s LIVE (or say why not). Returns the dialog."""
        problem = self.refusal(snap)
        if problem:
            self._show_box(QMessageBox.Icon.Warning, self.tr("Export LIVE"), problem, "")
            self.message_posted.emit(problem)
            return None
        assert snap is not None
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = next((f for f in (self._folder, Path(docs) if docs else None) if f is not None and f.is_dir()),
                      Path.home())
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        dialog = ExportDialog(snap.session, folder, self._owner())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        self._snapshot = snap
        dialog.open()
        return dialog

    def start(self, snap: SessionSnapshot, choice: ExportChoice) -> bool:
        """Write ``snap``'s LIVE as ``choice`` says, in the background. Returns True when it started."""
        problem = self.refusal(snap)
        if problem:
            self._show_box(QMessageBox.Icon.Warning, self.tr("Export LIVE"), problem, "")
            self.message_posted.emit(problem)
            return False
        assert self._bundles is not None and snap.session.id is not None
        if choice.is_bundle:
            started = self._bundles.start(snap.session.id, choice.path, as_zip=choice.kind == ZIP,
                                          include_video=choice.include_video)
        elif self._tables is not None:
            started = self._tables.start(snap, choice.path, choice.kind)
        else:
            started = False
        if not started:
            text = self.tr("The export could not start: another export is running.")
            self._show_box(QMessageBox.Icon.Warning, self.tr("Export LIVE"), text, "")
            self.message_posted.emit(text)
            return False
        self._running = choice
        self._folder = choice.path.parent
        dialog = self._progress
        if dialog is None:
            dialog = QProgressDialog(self._owner())
            dialog.setObjectName("exportLiveProgress")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(self.cancel)
            self._progress = dialog
        self.progress_dialog = dialog
        dialog.setWindowTitle(self.tr("Export LIVE"))
        dialog.setLabelText(self.tr("Exporting “{title}”…").format(title=snap.session.title))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 0)
        dialog.setValue(0)
        return True

    def cancel(self) -> None:
        """Stop the running export; nothing is written."""
        if self._running is None:
            return
        if self._running.is_bundle and self._bundles is not None:
            self._bundles.cancel()
        elif self._tables is not None:
            self._tables.cancel()

    # --- slots ----------------------------------------------------------------------------------------
    @Slot(int)
    def _on_dialog_finished(self, code: int) -> None:
        dialog, self.dialog = self.dialog, None
        snap, self._snapshot = self._snapshot, None
        if dialog is None:
            return
        dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted and snap is not None:
            self.start(snap, dialog.choice())

    @Slot(int, int, str)
    def _on_bundle_progress(self, done: int, total: int, what: str) -> None:
        dialog = self.progress_dialog
        if dialog is not None and self._running is not None and self._running.is_bundle:
            dialog.setLabelText(self.tr("Writing {what}…").format(what=what))
            dialog.setRange(0, max(total, 1))
            dialog.setValue(min(done, max(total, 1)))  # last: a modal progress dialog processes events here

    @Slot(int, int)
    def _on_table_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None and self._running is not None and not self._running.is_bundle:
            dialog.setRange(0, max(total, 1))
            dialog.setValue(min(done, max(total, 1)))  # last: a modal progress dialog processes events here

    @Slot(object)
    def _on_bundle_finished(self, result: ExportResult) -> None:
        if self._running is None or not self._running.is_bundle:
            return
        self._end()
        rows = sum(result.rows.values())
        video = self.tr(", with the replay video") if result.video else ""
        text = self.tr("Exported the bundle to {path}: {rows} rows in {tables} tables{video}.").format(
            path=result.path, rows=fmt.count(rows), tables=len(result.rows), video=video)
        self.message_posted.emit(text)
        if result.warnings:
            self._show_box(QMessageBox.Icon.Warning, self.tr("Export LIVE"), text, "\n".join(
                f"• {w}" for w in result.warnings))
        self.exported.emit(result.path)

    @Slot(str, str)
    def _on_table_finished(self, path: str, error: str) -> None:
        if self._running is None or self._running.is_bundle:
            return  # the trend tab's own export
        self._end()
        if error == "cancelled":
            self._on_cancelled_text()
        elif error:
            self._report_failure(error)
        else:
            self.message_posted.emit(self.tr("Exported the trend table to {path}.").format(path=path))
            self.exported.emit(path)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._running is None:
            return
        self._end()
        self._report_failure(message)

    @Slot()
    def _on_cancelled(self) -> None:
        if self._running is None:
            return
        self._end()
        self._on_cancelled_text()

    def _on_cancelled_text(self) -> None:
        self.message_posted.emit(self.tr("Export cancelled; nothing was written."))

    def _report_failure(self, message: str) -> None:
        self._show_box(QMessageBox.Icon.Critical, self.tr("Export failed"),
                       self.tr("The LIVE could not be exported. Nothing was written."), message)
        self.message_posted.emit(self.tr("Export failed: {error}").format(error=message))

    def _end(self) -> None:
        self._running = None
        if self.progress_dialog is not None:
            dialog, self.progress_dialog = self.progress_dialog, None
            # hidden, not closed (closing says "canceled") nor deleted (this may run inside its setValue)
            dialog.reset()
            dialog.hide()

    def _show_box(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        if self.message_box is not None:
            self.message_box.close()
            self.message_box.deleteLater()
        box = QMessageBox(self._owner())
        box.setObjectName("exportMessage")
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_box = box
        box.open()
