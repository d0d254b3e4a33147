"""The replay panel (a dock shared by every tab): video, transport in LIVE time, comments in sync, pinned product.

What the comment list and the pinned-product card show follows one *moment*:

- while a replay is open and has been moved (played, sought), the replay position: the comments written up
  to it and the product pinned then;
- during a LIVE before that (or after the user went back with the LIVE button), and whenever there is no
  replay, the newest: every comment as it arrives and the product pinned now.

The list and the card are brought up to date at most every :data:`SYNC_MS` (the player reports about ten
positions a second), the clock and the slider on every position.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.comments import TS_ROLE, CommentListModel, CommentSearchModel, CommentWindowModel
from livedesk.models.records import CommentRecord
from livedesk.models.repository import SessionSnapshot
from livedesk.services.replay import ReplayService
from livedesk.views.pinned_product_card import PinnedProductCard
from livedesk.views.steady import SteadyLabel, SteadyScrollBar, SteadySlider

SPEEDS = (0.5, 1.0, 1.5, 2.0, 4.0)
OPEN_DELAY_MS = 250
SYNC_MS = 200  # comments and pinned card follow the replay at most five times a second
STEP_MS = 5000


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


class FullScreenHost(QWidget):
    """The top-level window the video area moves into while it is shown full screen.

    Esc or closing the window asks to leave; Space and ←/→ keep working (the panel's own shortcuts only
    reach widgets inside the dock's window).

    Signals:
        leave_requested: the user pressed Esc or closed the window.
    """

    leave_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("replayFullScreen")
        self.setStyleSheet("QWidget#replayFullScreen { background: #000; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

    def host(self, widget: QWidget) -> None:
        """Take ``widget`` into this window."""
        layout = self.layout()
        assert layout is not None
        layout.addWidget(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.leave_requested.emit()  # the panel takes the video back
        super().closeEvent(event)


class ReplayPanel(QWidget):
    """Video of the LIVE with transport controls, its comments in sync and the product pinned at the moment.

    Signals:
        seek_requested: a comment, the pinned-product card or the slider asked for a moment. arg: LIVE time
            (UTC ms)
        video_full_screen_changed: the video area entered (True) or left (False) full screen.
        attach_requested: the user asked to attach a video to a LIVE without (or with a missing) replay.
    """

    seek_requested = Signal("qint64")
    video_full_screen_changed = Signal(bool)
    attach_requested = Signal()

    def __init__(self, replay: ReplayService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replayPanelContents")
        # Opaque: the clock, slider and comments change every second during a LIVE; without its own background
        # each of those repaints would paint the dock (its title bar and icons) and the window under it too.
        self.setAutoFillBackground(True)
        self._replay = replay
        self._started_at = 0
        self._session_id: int | None = None
        self._replay_key: tuple[str | None, int] | None = None  # the shown LIVE's (replay_uri, replay_offset_ms)
        self._pending_moment: int | None = None  # where to put a re-opened replay (UTC ms)
        self._snapshot: SessionSnapshot | None = None
        self._playing = False
        self._ready = False  # a replay of the shown LIVE is loaded
        self._position: int | None = None  # the replay's position once it moved after opening (UTC ms)
        self._follow_live = False  # show the newest comments and pin instead of the replay moment
        self._shown_newest = False  # the comment list last showed the newest comments (not a replay moment)
        self._hidden_dirty = False
        self._availability: tuple[bool, str] = (replay.available, replay.unavailable_reason)

        # --- video ---------------------------------------------------------------------------------
        if replay.backend_name == "qt":
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.surface: QWidget = QVideoWidget()
            replay.set_sink(self.surface.videoSink())  # type: ignore[attr-defined]
        else:
            self.surface = VideoSurface()
            self.surface.handle_changed.connect(replay.bind)
        self.surface.setObjectName("replayVideo")
        self.surface.setMinimumSize(240, 135)
        self.surface.setStyleSheet("background: #000;")  # letterbox and "no picture yet" are black
        self._message = QLabel()
        self._message.setObjectName("replayMessage")
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._progress = QProgressBar()
        self._progress.setVisible(False)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("replayAttachButton")
        self.attach_button.setVisible(False)
        self.attach_button.clicked.connect(self.attach_requested)
        msg_box = QWidget()
        ml = QVBoxLayout(msg_box)
        ml.addStretch(1)
        ml.addWidget(self._message)
        ml.addWidget(self._progress)
        ml.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignHCenter)
        ml.addStretch(1)
        self._stack = QStackedWidget()  # the video, or why there is none
        self._stack.addWidget(self.surface)
        self._stack.addWidget(msg_box)

        # --- all comments, searchable (swapped in for the video) ---------------------------------------
        self.comments = CommentListModel(self)
        self.search_model = CommentSearchModel(self.comments, self)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("commentSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.search_model.set_query)
        self._search_count = QLabel()
        self._search_count.setObjectName("hint")
        self.all_comments_view = CommentListView()
        self.all_comments_view.setObjectName("replayAllComments")
        self.all_comments_view.setModel(self.search_model)
        self.all_comments_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.all_comments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.all_comments_view.clicked.connect(self._on_comment_activated)
        self.all_comments_view.activated.connect(self._on_comment_activated)
        for sig in (self.search_model.rowsInserted, self.search_model.rowsRemoved, self.search_model.modelReset,
                    self.search_model.layoutChanged):
            sig.connect(self._update_search_count)
        all_box = QWidget()
        al = QVBoxLayout(all_box)
        al.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self._search_count)
        al.addLayout(search_row)
        al.addWidget(self.all_comments_view, 1)
        self._view_stack = QStackedWidget()
        self._view_stack.setObjectName("replayViewStack")
        self._view_stack.addWidget(self._stack)
        self._view_stack.addWidget(all_box)

        # --- transport -----------------------------------------------------------------------------
        self.slider = SteadySlider(Qt.Orientation.Horizontal)  # the LIVE grows every second
        self.slider.setObjectName("replaySlider")
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(60_000)
        self.slider.setEnabled(False)
        self.slider.sliderMoved.connect(self._on_slider_moved)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.slider.actionTriggered.connect(self._on_slider_action)
        self._clock = SteadyLabel(fmt.clock(0))  # changes every second: no relayout of the dock
        self._clock.setObjectName("replayClock")
        self._play = QToolButton()
        self._play.setObjectName("playPauseButton")
        self._back, self._fwd = QToolButton(), QToolButton()
        self._back.setObjectName("replayBackButton")
        self._fwd.setObjectName("replayForwardButton")
        self._speed = QComboBox()
        self._speed.setObjectName("replaySpeed")
        for s in SPEEDS:
            self._speed.addItem("", s)
        self._speed.setCurrentIndex(SPEEDS.index(1.0))
        self.live_button = QToolButton()
        self.live_button.setObjectName("liveEdgeButton")
        self.live_button.setCheckable(True)
        self.live_button.setVisible(False)
        self.live_button.clicked.connect(self._on_live_clicked)
        self.mode_button = QToolButton()
        self.mode_button.setObjectName("commentsModeButton")
        self.mode_button.setCheckable(True)
        self.mode_button.toggled.connect(self._on_mode_toggled)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.slider, 1)
        slider_row.addWidget(self._clock)
        controls = QHBoxLayout()
        for w in (self._back, self._play, self._fwd, self._speed):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.live_button)
        controls.addWidget(self.mode_button)
        self._video_area = QWidget()
        self._video_area.setObjectName("replayVideoArea")
        vl = QVBoxLayout(self._video_area)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self._view_stack, 1)
        vl.addLayout(slider_row)
        vl.addLayout(controls)

        # --- pinned product + comments in sync ----------------------------------------------------------
        self.pinned_card = PinnedProductCard()
        self.pinned_card.seek_requested.connect(self.seek_requested)
        self._comments_title = QLabel()
        self._comments_title.setObjectName("hint")
        self.synced_comments = CommentWindowModel(self.comments, self)
        self.comment_view = CommentListView()
        self.comment_view.setObjectName("replayComments")
        self.comment_view.setModel(self.synced_comments)
        self.comment_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long ones elide
        self.comment_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comment_view.activated.connect(self._on_comment_activated)
        self.comment_view.clicked.connect(self._on_comment_activated)
        comments_box = QWidget()
        cl = QVBoxLayout(comments_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.pinned_card)
        cl.addWidget(self._comments_title)
        cl.addWidget(self.comment_view, 1)
        self._split = QSplitter(Qt.Orientation.Vertical)
        self._split.setObjectName("replaySplitter")
        self._split.setChildrenCollapsible(False)
        self._split.addWidget(self._video_area)
        self._split.addWidget(comments_box)
        self._split.setStretchFactor(0, 3)
        self._split.setStretchFactor(1, 2)
        self._split.setSizes([330, 260])
        self._split_sizes = self._split.sizes()
        self._split_auto = True  # fit the video's 16:9 until the user drags the splitter
        self._split.splitterMoved.connect(self._on_splitter_moved)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self._split)

        self._fs_host = FullScreenHost(self)
        self._fs_host.leave_requested.connect(self._on_leave_full_screen)

        # --- wiring --------------------------------------------------------------------------------
        self.surface.installEventFilter(self)  # double-click: full screen
        self._split.installEventFilter(self)  # resize: keep the video 16:9
        self._play.clicked.connect(replay.toggle)
        self._back.clicked.connect(self._on_back)
        self._fwd.clicked.connect(self._on_forward)
        self._speed.currentIndexChanged.connect(self._on_speed_changed)
        replay.position_changed.connect(self.on_position)
        replay.playing_changed.connect(self._on_playing_changed)
        replay.availability_changed.connect(self._on_availability_changed)
        replay.preparing.connect(self._on_preparing)
        for owner, context in ((self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
                               (self._fs_host, Qt.ShortcutContext.WindowShortcut)):
            for key, slot in (("Space", replay.toggle), ("Left", self._on_back), ("Right", self._on_forward)):
                sc = QShortcut(QKeySequence(key), owner)
                sc.setContext(context)
                sc.activated.connect(slot)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self._open_replay)
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(SYNC_MS)
        self._sync_timer.timeout.connect(self._sync)
        self.retranslate_ui()

    # --- translation -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._play.setText(self.tr("Pause") if self._playing else self.tr("Play"))
        self.comment_view.setAccessibleName(self.tr("Comments"))
        self._play.setToolTip(self.tr("Play or pause (Space)"))
        self._back.setText(self.tr("−5 s"))
        self._back.setToolTip(self.tr("Back 5 seconds (←)"))
        self._fwd.setText(self.tr("+5 s"))
        self._fwd.setToolTip(self.tr("Forward 5 seconds (→)"))
        for i, s in enumerate(SPEEDS):
            self._speed.setItemText(i, self.tr("{speed}×").format(speed=f"{s:g}"))
        self._speed.setToolTip(self.tr("Playback speed"))
        self.slider.setToolTip(self.tr("Position in the LIVE: drag or click to jump"))
        self.surface.setToolTip(self.tr("Double-click for full screen (Esc leaves)"))
        self.live_button.setText(self.tr("● LIVE"))
        self.live_button.setToolTip(self.tr("Follow the LIVE: the newest comments and the product pinned now "
                                            "(pauses the replay)"))
        self._update_mode_text()
        self.mode_button.setToolTip(self.tr("Swap the video for a searchable list of every comment, and back"))
        self.search_edit.setPlaceholderText(self.tr("Search comments by text or user"))
        self._fs_host.setWindowTitle(self.tr("LIVE replay"))
        self.attach_button.setText(self.tr("Attach video…"))
        self.attach_button.setToolTip(self.tr("Choose the recording of this LIVE and line it up with its clock"))
        self._update_comments_title()
        self._update_search_count()
        self._update_clock()
        self._show_availability()

    def _update_mode_text(self) -> None:
        self.mode_button.setText(self.tr("Show video") if self.mode_button.isChecked() else self.tr("All comments"))

    def _update_comments_title(self) -> None:
        if self.current_moment() is None:
            text = self.tr("Comments as they arrive (click one to jump to it)")
        else:
            text = self.tr("Comments up to the replay moment (click one to jump to it)")
        self._comments_title.setText(text)

    def _update_search_count(self) -> None:
        shown, total = self.search_model.rowCount(), self.comments.rowCount()
        if self.search_edit.text().strip():
            self._search_count.setText(self.tr("{shown} of {total}").format(shown=fmt.count(shown),
                                                                             total=fmt.count(total)))
        else:
            self._search_count.setText(self.tr("{total} comments").format(total=fmt.count(total)))

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
        self.attach_button.setVisible(why == "no_replay" or why.startswith("missing:"))
        self._stack.setCurrentIndex(1)

    # --- data -----------------------------------------------------------------------------------
    def on_snapshot(self, snap: SessionSnapshot, new_comments: tuple[CommentRecord, ...] = ()) -> None:
        """Show a LIVE (a different session, or a different video of it, reloads the video) or append its new
        comments."""
        s = snap.session
        self._snapshot = snap
        replay_key = (s.replay_uri, s.replay_offset_ms)
        if s.id == self._session_id and replay_key != self._replay_key:
            # a video was attached (or re-aligned) to the LIVE shown: open it where the old one was
            self._replay_key = replay_key
            self._ready = False
            # where the old video was; else (an ended LIVE) the LIVE's start, so the new video shows a frame
            self._pending_moment = self._position if self._position is not None else (
                None if s.is_live else max(s.started_at, s.started_at + s.replay_offset_ms))
            self._position = None
            self._update_live_button()
            self._open_timer.start()
        if s.id != self._session_id:
            self._session_id = s.id
            self._replay_key = replay_key
            self._pending_moment = None
            self._started_at = s.started_at
            self._ready = False
            self._position = None
            self._follow_live = s.is_live
            self._shown_newest = False
            self.comments.reset(snap.comments, s.started_at)
            self.pinned_card.set_snapshot(snap)
            self.slider.setEnabled(False)
            self.slider.setValue(0)
            self._update_length()
            self._update_live_button()
            self._sync()
            # Open the video a moment later: the charts are painted first, the player starts after.
            self._open_timer.start()
            return
        if new_comments:
            self._append_comments(new_comments)
        elif len(snap.comments) != self.comments.rowCount():  # the same LIVE read again in full
            self.comments.reset(snap.comments, s.started_at)
            self._sync()
        self._update_length()
        self.pinned_card.set_snapshot(snap)
        if self.live_button.isHidden() == s.is_live:
            self._update_live_button()
        if self.current_moment() is None:
            self.pinned_card.set_time(snap.last_ts)
            self._update_clock()

    def _append_comments(self, new_comments: tuple[CommentRecord, ...]) -> None:
        # Follow the newest only when the user is already looking at the end of a list.
        # A hidden list is not scrolled: scrolling it would lay out all its rows on every tick.
        bottoms = [v for v in (self.comment_view, self.all_comments_view) if v.isVisible() and _at_bottom(v)]
        self.comments.append(new_comments)
        for view in bottoms:
            if view is not self.comment_view or self.current_moment() is None:
                view.scrollToBottom()

    def _open_replay(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        s = snap.session
        if isinstance(self.surface, VideoSurface):
            self._replay.bind(self.surface.handle())
        self._replay.open(s.replay_uri, s.started_at, s.replay_offset_ms)
        moment, self._pending_moment = self._pending_moment, None
        if moment is not None:
            self._replay.seek(moment)  # kept until the video has loaded

    def on_position(self, live_ts: int) -> None:
        """The replay moved: the clock and slider follow now, the comments and the card on the next sync."""
        if self._open_timer.isActive():
            return  # still the previous LIVE's player: its position means nothing here
        self._position = int(live_ts)
        if self._follow_live:
            self._follow_live = False
            self._update_live_button()
            self._update_comments_title()
        self._update_clock()
        if not self.slider.isSliderDown():
            self.slider.setValue(self._position - self._started_at)
        if not self._sync_timer.isActive():
            self._sync_timer.start()

    def current_moment(self) -> int | None:
        """The moment the comments and the card show (UTC ms), or None when they show the newest."""
        if self._follow_live or not self._ready or self._snapshot is None:
            return None
        return self._position if self._position is not None else self._replay.origin()

    def clock_text(self) -> str:
        """The LIVE clock shown (tests)."""
        return self._clock.text()

    # --- keeping up with the moment -------------------------------------------------------------
    def _sync(self) -> None:
        if not self.isVisible():
            self._hidden_dirty = True  # a closed dock does no work; it catches up when shown
            return
        self._hidden_dirty = False
        snap = self._snapshot
        moment = self.current_moment()
        self.synced_comments.set_until(moment)
        if snap is not None:
            self.pinned_card.set_time(moment if moment is not None else snap.last_ts)
        if moment is not None:
            self._reveal_newest()
        elif not self._shown_newest:
            self.comment_view.scrollToBottom()
        self._shown_newest = moment is None
        self._update_comments_title()

    def _reveal_newest(self) -> None:
        n = self.synced_comments.rowCount()
        if n == 0:
            return
        last = self.synced_comments.index(n - 1)
        sel = self.comment_view.selectionModel()
        if self.comment_view.currentIndex() != last:
            sel.setCurrentIndex(last, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.comment_view.scrollTo(last, QAbstractItemView.ScrollHint.EnsureVisible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._hidden_dirty:
            self._sync()

    def _fit_video_height(self) -> None:
        total = self._split.height() - self._split.handleWidth()
        transport = self._video_area.sizeHint().height() - self._view_stack.sizeHint().height()
        top = int(self._split.width() * 9 / 16) + max(transport, 0)
        bottom_min = self.pinned_card.sizeHint().height() + 120
        top = max(min(top, total - bottom_min), self._video_area.minimumSizeHint().height())
        self._split.setSizes([top, max(total - top, 0)])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._split_auto = False

    def hideEvent(self, event: QHideEvent) -> None:
        # The window closing (not minimised) takes the full-screen video with it.
        if not event.spontaneous():
            self.set_video_full_screen(False)
        super().hideEvent(event)

    def _update_length(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        s = snap.session
        end = s.ended_at if s.ended_at is not None else snap.last_ts
        length = max(int(end - s.started_at), 0)
        if self.slider.maximum() != length:
            self.slider.setMaximum(length)
            self._update_clock()

    def _update_clock(self) -> None:
        snap = self._snapshot
        if snap is None:
            self._clock.setText(fmt.clock(0))
            return
        if self._ready:
            at = self._position if self._position is not None else self._replay.origin()
        else:
            at = snap.last_ts if snap.session.is_live else self._started_at
        self._clock.setText(f"{fmt.clock(at - self._started_at)} / {fmt.clock(self.slider.maximum())}")

    def _update_live_button(self) -> None:
        snap = self._snapshot
        live = snap is not None and snap.session.is_live
        self.live_button.setVisible(live)
        self.live_button.setChecked(live and self.current_moment() is None)
        self.live_button.setEnabled(live and self._ready)

    # --- full screen ----------------------------------------------------------------------------
    def is_video_full_screen(self) -> bool:
        """True while the video area is shown full screen."""
        return self._video_area.window() is self._fs_host

    def set_video_full_screen(self, on: bool) -> None:
        """Show the video area (video, slider, transport) full screen, or put it back into the panel."""
        if on == self.is_video_full_screen():
            return
        if on:
            self._split_sizes = self._split.sizes()
            self._fs_host.host(self._video_area)
            screen = self.window().screen()
            if screen is not None:  # where no window manager applies full screen, the size still fits
                self._fs_host.setGeometry(screen.geometry())
            self._fs_host.showFullScreen()
            self._fs_host.activateWindow()
            self.surface.setFocus()
        else:
            self._split.insertWidget(0, self._video_area)
            self._split.setSizes(self._split_sizes)
            self._video_area.show()
            self._fs_host.hide()
            self.surface.setFocus()
        self.video_full_screen_changed.emit(on)

    def _on_leave_full_screen(self) -> None:
        self.set_video_full_screen(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.surface and event.type() == QEvent.Type.MouseButtonDblClick:
            self.set_video_full_screen(not self.is_video_full_screen())
            return True
        if watched is self._split and event.type() == QEvent.Type.Resize and self._split_auto \
                and not self.is_video_full_screen():
            self._fit_video_height()
        return super().eventFilter(watched, event)

    # --- slots ----------------------------------------------------------------------------------
    def _on_comment_activated(self, index: QModelIndex) -> None:
        ts = index.data(TS_ROLE)
        if ts is not None:
            self.seek_requested.emit(int(ts))

    def _on_slider_moved(self, value: int) -> None:
        self.seek_requested.emit(self._started_at + int(value))

    def _on_slider_released(self) -> None:
        self.seek_requested.emit(self._started_at + self.slider.value())

    def _on_slider_action(self, action: int) -> None:
        # Clicks on the groove, wheel and keys: the new position is set, its value not yet propagated.
        if action != QAbstractSlider.SliderAction.SliderMove.value:
            self.seek_requested.emit(self._started_at + self.slider.sliderPosition())

    def _on_live_clicked(self) -> None:
        if self._snapshot is None or not self._snapshot.session.is_live:
            return
        self._replay.pause()
        self._follow_live = True
        self._update_live_button()
        self._sync()

    def _on_mode_toggled(self, all_comments: bool) -> None:
        self._view_stack.setCurrentIndex(1 if all_comments else 0)
        if all_comments:
            self.search_edit.setFocus()
        self._update_mode_text()

    def show_all_comments(self, on: bool) -> None:
        """Swap the video for the full, searchable comment list (True) or back (False)."""
        self.mode_button.setChecked(on)

    def is_showing_all_comments(self) -> bool:
        """True while the full comment list replaces the video."""
        return self._view_stack.currentIndex() == 1

    def _on_back(self) -> None:
        self._replay.step(-STEP_MS)

    def _on_forward(self) -> None:
        self._replay.step(STEP_MS)

    def _on_speed_changed(self, index: int) -> None:
        self._replay.set_rate(float(self._speed.itemData(index)))

    def _on_playing_changed(self, playing: bool) -> None:
        self._playing = playing
        self._play.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _on_availability_changed(self, ok: bool, why: str) -> None:
        self._progress.setVisible(False)
        self._availability = (ok, why)
        self._ready = ok and self._replay.is_loaded()
        self.slider.setEnabled(self._ready)
        if self._ready and not self.slider.isSliderDown():
            at = self._position if self._position is not None else self._replay.origin()
            self.slider.setValue(at - self._started_at)
        self._update_live_button()
        self._update_clock()
        self._show_availability()
        self._sync()

    def _on_preparing(self, done: int, total: int) -> None:
        self._stack.setCurrentIndex(1)
        self._message.setText(self.tr("Preparing the demo replay video (first use only)…"))
        self._progress.setVisible(True)
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)


class CommentListView(QTableView):
    """A one-column list of comments that stays cheap as it grows (5,000 comments and more).

    A QListView or QTreeView lays out every row again after each insertion, asking the (Python) model for an
    index per row: ~8 ms per live tick with 5,000 comments. A table with fixed-height rows only adds header
    sections, so appending a comment costs the same whatever the length, and a paint asks only for the rows
    in sight. After rows were only appended, just those are repainted where they show (Qt repaints the whole
    list after any insertion, ~1 ms); following the end then scrolls what is shown, which Qt does by moving
    the pixels.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._appended: tuple[int, int] | None = None  # rows only appended since the last layout (first, last)
        self._relayout = True  # anything else happened since: lay out and repaint everything
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as from any list
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # a comment a second changes the range: repaint the scroll bar only when its handle moves
        self.setVerticalScrollBar(SteadyScrollBar(self))
        self._fit_row_height()

    def _fit_row_height(self) -> None:
        """Every row as tall as the delegate wants a one-line comment (as a list would show it)."""
        model = self.model()
        height = self.sizeHintForRow(0) if model is not None and model.rowCount() else -1
        if height <= 0:
            height = self.fontMetrics().height()
        header = self.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setMinimumSectionSize(min(height, header.minimumSectionSize()))
            header.setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout = True
            self._fit_row_height()

    def setModel(self, model: QAbstractItemModel | None) -> None:  # type: ignore[override]
        super().setModel(model)
        self._appended, self._relayout = None, True
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsRemoved, model.rowsMoved,
                           model.columnsInserted, model.columnsRemoved, model.columnsMoved):
                signal.connect(self._on_relayout)
            model.modelReset.connect(self._on_model_reset)
        self._fit_row_height()

    def _on_relayout(self, *_args: object) -> None:
        self._relayout = True

    def _on_model_reset(self) -> None:
        self._fit_row_height()

    def reset(self) -> None:
        self._relayout = True
        super().reset()

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int) -> None:
        model = self.model()
        if model is not None and not parent.isValid() and end == model.rowCount() - 1:
            first = start if self._appended is None else min(self._appended[0], start)
            self._appended = (first, end)
        else:
            self._relayout = True  # a row in the middle: the rows below move
        super().rowsInserted(parent, start, end)
        if start == 0 and model is not None and model.rowCount() == end + 1:
            self._fit_row_height()  # the first rows: now the delegate can say how tall they are

    def doItemsLayout(self) -> None:
        appended, relayout = self._appended, self._relayout
        self._appended, self._relayout = None, False
        viewport = self.viewport()
        top = self.rowAt(0)
        if relayout or appended is None or top < 0:
            super().doItemsLayout()  # places everything and repaints the whole list
            return
        header = self.verticalHeader()
        offset = header.offset()
        self.updateGeometries()  # the scroll range follows the new rows
        if header.offset() != offset:  # what is shown moved (a list that showed its end): move the pixels too
            viewport.scroll(0, offset - header.offset())
        bottom = self.rowAt(viewport.height() - 1)  # -1: the rows end above the bottom
        first, last = max(appended[0], top), appended[1] if bottom < 0 else min(appended[1], bottom)
        if first <= last:
            y0, y1 = self.rowViewportPosition(first), self.rowViewportPosition(last) + self.rowHeight(last)
            viewport.update(0, y0, viewport.width(), y1 - y0)



def _at_bottom(view: QAbstractItemView) -> bool:
    bar = view.verticalScrollBar()
    return bar.value() >= bar.maximum() - 2
