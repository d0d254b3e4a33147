"""Attach a video to a LIVE: File → Attach video….

The user picks a recording (an OBS recording, a downloaded replay) and says when it starts relative to the
LIVE, either directly (*the video starts at LIVE time ±h:mm:ss*) or by lining up a moment they recognise: move
the preview to a frame, type the LIVE time that frame shows (a clock on screen, a product pin they know the
time of) and the offset is computed. Saving stores ``replay_uri`` and ``replay_offset_ms`` on the LIVE; video
time 0 is LIVE time ``started_at + replay_offset_ms``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QAbstractSlider,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.records import SessionRecord
from livedesk.views.theme import bind_style_sheet

VIDEO_SUFFIXES = ("*.mp4", "*.mkv", "*.mov", "*.flv", "*.ts", "*.webm", "*.m4v", "*.avi")
STEP_MS = 1000
_CLOCK = re.compile(r"^\s*([+\-−]?)\s*(?:(\d+):)?(?:(\d{1,2}):)?(\d+(?:\.\d{1,3})?)\s*$")


def parse_clock(text: str) -> int | None:
    """``[±][h:]mm:ss[.fff]`` (or ``m:ss``, ``ss``) → milliseconds, None when it is not a time.

    Examples: ``"1:02:03"`` → 3723000, ``"-0:00:05"`` → -5000, ``"90"`` → 90000, ``"1:30.5"`` → 90500.
    """
    m = _CLOCK.match(text)
    if m is None:
        return None
    sign, first, second, secs = m.groups()
    if second is None and first is not None:  # m:ss
        hours, minutes = 0, int(first)
    else:
        hours, minutes = int(first or 0), int(second or 0)
    if second is not None and minutes >= 60:
        return None
    seconds = float(secs)
    if (first is not None or second is not None) and seconds >= 60:
        return None
    ms = round(((hours * 60 + minutes) * 60 + seconds) * 1000)
    return -ms if sign in ("-", "−") else ms


def _url(uri: str) -> QUrl:
    if not uri:
        return QUrl()
    return QUrl(uri) if "://" in uri else QUrl.fromLocalFile(str(Path(uri).expanduser()))


def format_offset(ms: int) -> str:
    """Milliseconds as a signed clock, e.g. ``-5000`` → ``"-0:00:05"`` (milliseconds shown when not whole)."""
    sign = "-" if ms < 0 else "+"
    a = abs(int(ms))
    text = fmt.clock(a)
    if a % 1000:
        text += f".{a % 1000:03d}".rstrip("0")
    return sign + text


class AttachVideoDialog(QDialog):
    """Choose a video for a LIVE and line it up with the LIVE clock (``attachVideoDialog``).

    Args:
        session: the LIVE the video belongs to (its current replay, if any, is shown first).
        parent: the window.
    """

    def __init__(self, session: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachVideoDialog")
        self.session = session
        self._dir: Path | None = None
        self._length_ms = 0

        self._about = QLabel()
        self._about.setObjectName("attachVideoAbout")
        self._about.setWordWrap(True)

        # --- the file -------------------------------------------------------------------------------
        self._file_label = QLabel()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("attachVideoFile")
        self._file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("attachVideoBrowse")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self._file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        # --- the preview ----------------------------------------------------------------------------
        self.preview = QVideoWidget()
        self.preview.setObjectName("attachVideoPreview")
        self.preview.setMinimumSize(384, 216)
        self.preview.setStyleSheet("background: #000;")
        self.player = QMediaPlayer(self)
        self.player.setVideoOutput(self.preview)
        self.player.durationChanged.connect(self._on_duration_changed)
        self.player.positionChanged.connect(self._on_position_changed)
        self.player.mediaStatusChanged.connect(self._on_media_status)
        self.player.errorOccurred.connect(self._on_player_error)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("attachVideoSlider")
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(STEP_MS)
        self.slider.setPageStep(10 * STEP_MS)
        self.slider.setEnabled(False)
        self.slider.sliderMoved.connect(self.seek_video)
        self.slider.actionTriggered.connect(self._on_slider_action)
        self._back, self._fwd = QToolButton(), QToolButton()
        self._back.setObjectName("attachVideoBack")
        self._fwd.setObjectName("attachVideoForward")
        self._back.clicked.connect(self._on_back)
        self._fwd.clicked.connect(self._on_forward)
        self._video_clock = QLabel(fmt.clock(0))
        self._video_clock.setObjectName("replayClock")
        self._status = QLabel()
        self._status.setObjectName("hint")
        self._status.setWordWrap(True)
        transport = QHBoxLayout()
        transport.addWidget(self._back)
        transport.addWidget(self.slider, 1)
        transport.addWidget(self._fwd)
        transport.addWidget(self._video_clock)

        # --- lining up ------------------------------------------------------------------------------
        self._moment_label = QLabel()
        self.moment_edit = QLineEdit()
        self.moment_edit.setObjectName("attachVideoMoment")
        self.moment_edit.setMaximumWidth(130)
        self._moment_label.setBuddy(self.moment_edit)
        self.line_up_button = QPushButton()
        self.line_up_button.setObjectName("attachVideoLineUp")
        self.line_up_button.setAutoDefault(False)
        self.line_up_button.clicked.connect(self.line_up)
        self.moment_edit.returnPressed.connect(self.line_up)
        moment_row = QHBoxLayout()
        moment_row.addWidget(self._moment_label)
        moment_row.addWidget(self.moment_edit)
        moment_row.addWidget(self.line_up_button)
        moment_row.addStretch(1)
        self._line_up_box = QGroupBox()
        lb = QVBoxLayout(self._line_up_box)
        lb.addWidget(self.preview, 1)
        lb.addLayout(transport)
        lb.addWidget(self._status)
        lb.addLayout(moment_row)

        # --- the offset -----------------------------------------------------------------------------
        self._offset_label = QLabel()
        self.offset_edit = QLineEdit()
        self.offset_edit.setObjectName("attachVideoOffset")
        self.offset_edit.setMaximumWidth(130)
        self._offset_label.setBuddy(self.offset_edit)
        self._offset_hint = QLabel()
        self._offset_hint.setObjectName("hint")
        self._offset_hint.setWordWrap(True)
        offset_form = QFormLayout()
        offset_form.addRow(self._offset_label, self.offset_edit)
        offset_form.addRow("", self._offset_hint)

        self._problem = QLabel()
        self._problem.setObjectName("attachVideoProblem")
        bind_style_sheet(self._problem, lambda c: f"color: {c.error};")
        self._problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self._about)
        lay.addLayout(file_row)
        lay.addWidget(self._line_up_box, 1)
        lay.addLayout(offset_form)
        lay.addWidget(self._problem)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(620)

        self.file_edit.editingFinished.connect(self._on_file_edited)
        self.file_edit.textChanged.connect(self._validate)
        self.offset_edit.textChanged.connect(self._on_offset_changed)
        self.moment_edit.textChanged.connect(self._validate)
        self.offset_edit.setText(format_offset(session.replay_offset_ms))
        if session.replay_uri:
            self.file_edit.setText(session.replay_uri)
            self._load(session.replay_uri)
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
        self.setWindowTitle(self.tr("Attach a video"))
        when = QDateTime.fromMSecsSinceEpoch(s.started_at).toString("yyyy-MM-dd HH:mm:ss")
        length = fmt.clock(s.ended_at - s.started_at) if s.ended_at else self.tr("still running")
        self._about.setText(self.tr(
            "Choose the recording of “{title}” (started {when}, {length}): an OBS recording or a downloaded "
            "replay. Then say when the video starts in the LIVE, or line up a moment you recognise.").format(
            title=s.title, when=when, length=length))
        self._file_label.setText(self.tr("&Video:"))
        self.file_edit.setPlaceholderText(self.tr("A video file, or a URL"))
        self.browse_button.setText(self.tr("&Browse…"))
        self._line_up_box.setTitle(self.tr("Line up a moment"))
        self.slider.setToolTip(self.tr("Move to a frame whose LIVE time you know"))
        self._back.setText(self.tr("−1 s"))
        self._back.setToolTip(self.tr("One second back"))
        self._fwd.setText(self.tr("+1 s"))
        self._fwd.setToolTip(self.tr("One second forward"))
        self._moment_label.setText(self.tr("This &frame is LIVE time:"))
        self.moment_edit.setPlaceholderText(self.tr("h:mm:ss"))
        self.moment_edit.setToolTip(self.tr("The LIVE clock at the frame shown (time since the LIVE started)"))
        self.line_up_button.setText(self.tr("&Line up"))
        self.line_up_button.setToolTip(self.tr("Compute when the video starts from this frame"))
        self._offset_label.setText(self.tr("The video starts at LIVE &time:"))
        self.offset_edit.setPlaceholderText(self.tr("±h:mm:ss"))
        self.offset_edit.setToolTip(self.tr("Negative when the recording began before the LIVE"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        self._update_video_clock()
        self._update_status()
        self._update_offset_hint()
        self._validate()

    # --- what the dialog says ------------------------------------------------------------------------
    def uri(self) -> str:
        """The video chosen (a local path or a URL)."""
        return self.file_edit.text().strip()

    def offset_ms(self) -> int | None:
        """``replay_offset_ms``: the LIVE time (ms since the LIVE start) of the video's first frame."""
        return parse_clock(self.offset_edit.text())

    def set_offset_ms(self, ms: int) -> None:
        """Type an offset."""
        self.offset_edit.setText(format_offset(ms))

    def offset_hint(self) -> str:
        """What the offset means, in words (shown under it)."""
        return self._offset_hint.text()

    def video_position_ms(self) -> int:
        """The preview's position in the video (ms)."""
        return int(self.player.position())

    def video_length_ms(self) -> int:
        """The video's length, 0 until it is known."""
        return self._length_ms

    def problem(self) -> str:
        """Why the dialog cannot be saved yet ("" when it can)."""
        uri = self.uri()
        if not uri:
            return self.tr("Choose a video file.")
        if "://" not in uri and not Path(uri).expanduser().is_file():
            return self.tr("There is no file {path}.").format(path=uri)
        if self.offset_ms() is None:
            return self.tr("Type when the video starts as ±h:mm:ss, e.g. -0:00:05.")
        return ""

    # --- actions ------------------------------------------------------------------------------------
    def browse(self) -> None:
        """Ask for the video with a file dialog."""
        movies = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MoviesLocation)
        folder = next((f for f in (self._dir, Path(movies) if movies else None) if f is not None and f.is_dir()),
                      Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the LIVE's video"), str(folder),
            ";;".join((self.tr("Videos ({patterns})").format(patterns=" ".join(VIDEO_SUFFIXES)),
                       self.tr("All files (*)"))))
        if name:
            self.set_video(name)

    def set_video(self, path: str | Path) -> None:
        """Use this video (and show its first frame)."""
        text = str(path)
        self.file_edit.setText(text)
        self._load(text)

    def seek_video(self, ms: int) -> None:
        """Show the frame at ``ms`` into the video."""
        ms = max(0, int(ms))
        if self._length_ms:
            ms = min(ms, self._length_ms)
        self.player.setPosition(ms)
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self._update_video_clock(ms)

    def set_live_moment(self, text: str) -> None:
        """Type the LIVE time the frame shown is at."""
        self.moment_edit.setText(text)

    def line_up(self) -> bool:
        """The frame shown is at the LIVE time typed: compute when the video starts. Returns True when done.

        LIVE time ``started_at + moment`` is video time ``position``, so the video starts at LIVE time
        ``moment - position``.
        """
        moment = parse_clock(self.moment_edit.text())
        if moment is None:
            self._problem.setText(self.tr("Type the LIVE time of the frame as h:mm:ss, e.g. 0:12:30."))
            self._problem.setVisible(True)
            return False
        self.set_offset_ms(moment - self.video_position_ms())
        return True

    def accept(self) -> None:
        if self.problem():
            self._validate()
            return
        self.player.stop()
        super().accept()

    def done(self, result: int) -> None:
        self.player.stop()
        self.player.setSource(QUrl())  # let go of the file
        super().done(result)

    # --- slots ----------------------------------------------------------------------------------------
    def _load(self, uri: str) -> None:
        self._length_ms = 0
        self.slider.setRange(0, 0)
        self.slider.setEnabled(False)
        if not uri:
            self.player.setSource(QUrl())
            return
        url = _url(uri)
        if url.isLocalFile():
            self._dir = Path(url.toLocalFile()).parent
            if not Path(url.toLocalFile()).is_file():  # the problem line says so; the player need not try
                self.player.setSource(QUrl())
                self._update_status()
                return
        self.player.setSource(url)
        self.player.pause()  # loads it and shows the first frame
        self._update_status()

    def _on_file_edited(self) -> None:
        uri = self.uri()
        if _url(uri) != self.player.source():
            self._load(uri)

    @Slot("qint64")
    def _on_duration_changed(self, ms: int) -> None:
        self._length_ms = max(int(ms), 0)
        self.slider.setRange(0, self._length_ms)
        self.slider.setEnabled(self._length_ms > 0)
        self._update_video_clock()
        self._update_status()

    @Slot("qint64")
    def _on_position_changed(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(int(ms))
        self._update_video_clock(int(ms))

    @Slot(object)
    def _on_media_status(self, _status: object) -> None:
        self._update_status()

    @Slot(object, str)
    def _on_player_error(self, _error: object, message: str) -> None:
        self._status.setText(self.tr("The video cannot be shown: {error}").format(error=message))

    def _on_slider_action(self, action: int) -> None:
        # clicks on the groove, wheel and keys: the new position is set, not yet its value
        if action != QAbstractSlider.SliderAction.SliderMove.value:
            self.seek_video(self.slider.sliderPosition())

    def _on_back(self) -> None:
        self.seek_video(self.video_position_ms() - STEP_MS)

    def _on_forward(self) -> None:
        self.seek_video(self.video_position_ms() + STEP_MS)

    def _on_offset_changed(self) -> None:
        self._update_offset_hint()
        self._validate()

    # --- texts --------------------------------------------------------------------------------------
    def _update_video_clock(self, at: int | None = None) -> None:
        pos = self.video_position_ms() if at is None else at
        self._video_clock.setText(f"{fmt.clock(pos)} / {fmt.clock(self._length_ms)}")

    def _update_status(self) -> None:
        status = self.player.mediaStatus()
        if not self.uri() or self.player.source().isEmpty():
            text = self.tr("Choose a video to see its frames here.")
        elif status in (QMediaPlayer.MediaStatus.LoadingMedia, QMediaPlayer.MediaStatus.NoMedia):
            text = self.tr("Opening the video…")
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            text = self.tr("This file cannot be played: {error}").format(error=self.player.errorString())
        else:
            text = self.tr("Move to a frame whose LIVE time you know (a clock on screen, a product you pinned), "
                           "type that time below and press Line up.")
        self._status.setText(text)

    def _update_offset_hint(self) -> None:
        ms = self.offset_ms()
        if ms is None:
            self._offset_hint.setText("")
            return
        start = QDateTime.fromMSecsSinceEpoch(self.session.started_at + ms).toString("yyyy-MM-dd HH:mm:ss")
        if ms < 0:
            text = self.tr("The recording began {d} before the LIVE (at {when}).").format(
                d=fmt.clock(-ms), when=start)
        elif ms > 0:
            text = self.tr("The recording began {d} into the LIVE (at {when}).").format(d=fmt.clock(ms), when=start)
        else:
            text = self.tr("The recording began with the LIVE (at {when}).").format(when=start)
        self._offset_hint.setText(text)

    def _validate(self) -> None:
        problem = self.problem()
        show = bool(problem) and bool(self.uri())  # do not greet the user with an error
        self._problem.setText(problem if show else "")
        self._problem.setVisible(show)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(not problem)
