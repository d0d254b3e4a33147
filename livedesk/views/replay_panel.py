"""The replay panel (a dock shared by every tab): video, transport, LIVE clock and comments in sync."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.comments import TS_ROLE, CommentListModel
from livedesk.models.repository import SessionSnapshot
from livedesk.services.replay import ReplayService

SPEEDS = (0.5, 1.0, 1.5, 2.0, 4.0)
OPEN_DELAY_MS = 250


class VideoSurface(QFrame):
    """A native child window the player draws into; it re-announces its handle when it changes.

    Signals:
        handle_changed: arg: the new native window handle
    """

    handle_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoSurface")
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setStyleSheet("background: #000;")
        self.setMinimumSize(240, 135)

    def handle(self) -> int:
        """The native window handle (creates the native window)."""
        return int(self.winId())

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.WinIdChange:
            self.handle_changed.emit(int(self.winId()))  # re-bind the player (python-vlc #155)
        return super().event(e)


class ReplayPanel(QWidget):
    """Video of the LIVE with transport controls and its comments.

    Signals:
        seek_requested: a comment was clicked. arg: LIVE time (UTC ms)
    """

    seek_requested = Signal("qint64")

    def __init__(self, replay: ReplayService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replayPanelContents")
        self._replay = replay
        self._started_at = 0
        self._session_id: int | None = None
        if replay.backend_name == "qt":
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.surface: QWidget = QVideoWidget()
            replay.set_sink(self.surface.videoSink())  # type: ignore[attr-defined]
        else:
            self.surface = VideoSurface()
            self.surface.handle_changed.connect(replay.bind)
        self.surface.setObjectName("replayVideo")
        self.surface.setMinimumSize(240, 135)
        self._message = QLabel()
        self._message.setObjectName("replayMessage")
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._progress = QProgressBar()
        self._progress.setVisible(False)
        msg_box = QWidget()
        ml = QVBoxLayout(msg_box)
        ml.addStretch(1)
        ml.addWidget(self._message)
        ml.addWidget(self._progress)
        ml.addStretch(1)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.surface)
        self._stack.addWidget(msg_box)
        self._play = QToolButton()
        self._play.setObjectName("playPauseButton")
        self._back, self._fwd = QToolButton(), QToolButton()
        self._speed = QComboBox()
        for s in SPEEDS:
            self._speed.addItem(f"{s:g}×", s)
        self._speed.setCurrentIndex(1)
        self._clock = QLabel(fmt.clock(0))
        self._clock.setObjectName("replayClock")
        controls = QHBoxLayout()
        for w in (self._back, self._play, self._fwd, self._speed):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self._clock)
        self._comments_title = QLabel()
        self.comments = CommentListModel(self)
        self._comment_view = QListView()
        self._comment_view.setObjectName("commentList")
        self._comment_view.setModel(self.comments)
        self._comment_view.setUniformItemSizes(True)
        self._comment_view.activated.connect(self._on_comment_activated)
        self._comment_view.clicked.connect(self._on_comment_activated)
        video_box = QWidget()
        vl = QVBoxLayout(video_box)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self._stack, 1)
        vl.addLayout(controls)
        comments_box = QWidget()
        cl = QVBoxLayout(comments_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self._comments_title)
        cl.addWidget(self._comment_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(video_box)
        split.addWidget(comments_box)
        split.setSizes([300, 260])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        self._play.clicked.connect(replay.toggle)
        self._back.clicked.connect(self._on_back)
        self._fwd.clicked.connect(self._on_forward)
        self._speed.currentIndexChanged.connect(self._on_speed_changed)
        replay.position_changed.connect(self.on_position)
        replay.playing_changed.connect(self._on_playing_changed)
        replay.availability_changed.connect(self._on_availability_changed)
        replay.preparing.connect(self._on_preparing)
        for key, slot in (("Space", replay.toggle), ("Left", self._on_back), ("Right", self._on_forward)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self._availability: tuple[bool, str] = (replay.available, replay.unavailable_reason)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self._open_replay)
        self._snapshot: SessionSnapshot | None = None
        self._playing = False
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._play.setText(self.tr("Pause") if self._playing else self.tr("Play"))
        self._play.setToolTip(self.tr("Play or pause (Space)"))
        self._back.setText(self.tr("−5 s"))
        self._back.setToolTip(self.tr("Back 5 seconds (←)"))
        self._fwd.setText(self.tr("+5 s"))
        self._fwd.setToolTip(self.tr("Forward 5 seconds (→)"))
        self._speed.setToolTip(self.tr("Playback speed"))
        self._comments_title.setText(self.tr("Comments (click one to jump to it)"))
        self._show_availability()

    def _show_availability(self) -> None:
        ok, why = self._availability
        if ok:
            self._stack.setCurrentWidget(self.surface)
            return
        if why == "no_replay":
            text = self.tr("This LIVE has no replay yet. Attach a recording (OBS or a downloaded replay) "
                           "to watch it next to the charts.")
        elif why.startswith("missing:"):
            text = self.tr("The replay file is missing: {path}").format(path=why[8:])
        elif why.startswith("error:"):
            text = self.tr("The replay could not be prepared: {error}").format(error=why[6:])
        else:
            text = self.tr("Video playback needs VLC: install VLC 3 (Windows/macOS: videolan.org; "
                           "Debian/Ubuntu: apt install libvlc5 vlc-plugin-base vlc-plugin-video-output).\n"
                           "Details: {why}").format(why=why)
        self._message.setText(text)
        self._stack.setCurrentIndex(1)

    # --- data -----------------------------------------------------------------------------------
    def on_snapshot(self, snap: SessionSnapshot, new_comments: tuple = ()) -> None:
        """Show a LIVE (a different session reloads the video) or append its new comments."""
        s = snap.session
        self._snapshot = snap
        if s.id != self._session_id:
            self._session_id = s.id
            self._started_at = s.started_at
            self.comments.reset(snap.comments, s.started_at)
            self._clock.setText(fmt.clock(0))
            # Open the video a moment later: the charts are painted first, the player starts after.
            self._open_timer.start()
            return
        if new_comments:
            at_bottom = self._comment_view.verticalScrollBar().value() >= \
                self._comment_view.verticalScrollBar().maximum() - 2
            self.comments.append(new_comments)
            if at_bottom:
                self._comment_view.scrollToBottom()

    def _open_replay(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        s = snap.session
        if isinstance(self.surface, VideoSurface):
            self._replay.bind(self.surface.handle())
        self._replay.open(s.replay_uri, s.started_at, s.replay_offset_ms)

    def on_position(self, live_ts: int) -> None:
        """The replay moved: update the LIVE clock."""
        self._clock.setText(fmt.clock(live_ts - self._started_at))

    def clock_text(self) -> str:
        """The LIVE clock shown (tests)."""
        return self._clock.text()

    # --- slots ----------------------------------------------------------------------------------
    def _on_comment_activated(self, index: QModelIndex) -> None:
        ts = index.data(TS_ROLE)
        if ts is not None:
            self.seek_requested.emit(int(ts))

    def _on_back(self) -> None:
        self._replay.step(-5000)

    def _on_forward(self) -> None:
        self._replay.step(5000)

    def _on_speed_changed(self, index: int) -> None:
        self._replay.set_rate(float(self._speed.itemData(index)))

    def _on_playing_changed(self, playing: bool) -> None:
        self._playing = playing
        self._play.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _on_availability_changed(self, ok: bool, why: str) -> None:
        self._progress.setVisible(False)
        self._availability = (ok, why)
        self._show_availability()

    def _on_preparing(self, done: int, total: int) -> None:
        self._stack.setCurrentIndex(1)
        self._message.setText(self.tr("Preparing the demo replay video (first use only)…"))
        self._progress.setVisible(True)
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)
