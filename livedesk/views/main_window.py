"""The main window: session picker, the five tabs, the replay dock, actions and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from livedesk.models import formatting as fmt
from livedesk.models.records import SessionRecord
from livedesk.models.repository import SessionSnapshot
from livedesk.models.session_list import (
    SESSION_ID_ROLE,
    SessionFilter,
    SessionFilterModel,
    SessionListModel,
    session_title,
)
from livedesk.services.ingest import IngestStatus, LinkState
from livedesk.services.replay import ReplayService
from livedesk.services.session_data import SessionDelta
from livedesk.settings import (
    WINDOW_FULL_SCREEN,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    WINDOW_TAB,
    Settings,
    splitter_key,
)
from livedesk.views.connector_status import ConnectorStatusBar
from livedesk.views.content_quality_tab import ContentQualityTab
from livedesk.views.export_dialog import ExportFlow
from livedesk.views.icons import icon
from livedesk.views.import_dialog import ImportFlow
from livedesk.views.key_metrics_tab import KeyMetricsTab
from livedesk.views.manual_dialog import ManualDialog
from livedesk.views.overview_tab import OverviewTab
from livedesk.views.replay_panel import ReplayPanel
from livedesk.views.session_filter import SessionFilterButton
from livedesk.views.steady import SteadyLabel
from livedesk.views.theme import colors as theme_colors
from livedesk.views.traffic_tab import TrafficTab
from livedesk.views.trends_tab import TrendsTab
from livedesk.views.unmerge_dialog import UnmergeFlow

FRAME_MS = 50
FRAME_BUDGET_MS = 2  # repaint work per frame tick before the Key metrics tab leaves the rest to the next one
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "id": "Bahasa Indonesia",
                  "vi": "Tiếng Việt", "th": "ไทย", "pt": "Português", "zh_CN": "简体中文"}


def _unique_keys(*keys: QKeySequence) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for k in keys:
        if not k.isEmpty() and k not in out:
            out.append(k)
    return out


class MainWindow(QMainWindow):
    """The LiveDesk window.

    Signals:
        session_selected: the user picked a LIVE. arg: session id
        language_requested: the user picked a language. arg: language code
        seek_requested: a chart, marker, comment or card asked for a moment. arg: LIVE time (UTC ms)
        first_data_painted: the first snapshot was painted (start-up measurement, screenshots)
        replay_attach_requested: the Attach video dialog was saved. args: session id, video (path or URL),
            replay_offset_ms (LIVE time of the video's first frame, relative to the LIVE start)
    """

    session_selected = Signal(int)
    language_requested = Signal(str)
    settings_requested = Signal(int)  # 0: general, 1: accounts and sources
    seek_requested = Signal("qint64")
    first_data_painted = Signal()
    replay_attach_requested = Signal(int, str, "qint64")

    def __init__(self, replay: ReplayService, settings: Settings, languages: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self._snapshot: SessionSnapshot | None = None
        self._painted = False
        self._status: IngestStatus | None = None
        self._source = ""

        # --- tabs -----------------------------------------------------------------------------------
        self.key_metrics = KeyMetricsTab(settings)
        self.key_metrics.set_frame_budget(FRAME_BUDGET_MS / 1000)
        self.trends = TrendsTab(settings)
        self.traffic = TrafficTab()
        self.content_quality = ContentQualityTab()
        self.overview = OverviewTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        for tab in self._tab_widgets():
            self.tabs.addTab(tab, "")
        self.setCentralWidget(self.tabs)
        for i in range(self.tabs.count()):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.activated.connect(self._tab_switcher(i))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        # --- replay dock ---------------------------------------------------------------------------
        self.replay_panel = ReplayPanel(replay)
        self.replay_dock = QDockWidget()
        self.replay_dock.setObjectName("replayPanel")
        self.replay_dock.setWidget(self.replay_panel)
        self.replay_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.replay_dock)

        # --- toolbar: picker + actions ---------------------------------------------------------------
        self.sessions = SessionListModel(self)
        self.session_rows = SessionFilterModel(self.sessions, self)  # what the picker lists
        self.picker = QComboBox()
        self.picker.setObjectName("sessionPicker")
        self.picker.setModel(self.session_rows)
        self.picker.setMinimumContentsLength(32)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.setMaximumWidth(720)
        self.picker.activated.connect(self._on_picker_activated)
        self._picker_label = QLabel()
        self._picker_label.setBuddy(self.picker)
        bar = QToolBar()
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.addWidget(self._picker_label)
        bar.addWidget(self.picker)
        self.session_filter = SessionFilterButton()
        self.session_filter.filter_changed.connect(self._on_session_filter_changed)
        bar.addWidget(self.session_filter)
        filter_shortcut = QShortcut(SessionFilterButton.SHORTCUT, self)
        filter_shortcut.activated.connect(self.session_filter.show_popup)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.manual_action = QAction(self)
        self.manual_action.setObjectName("manualAction")
        self.manual_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.manual_action.triggered.connect(self.show_manual)
        self.fullscreen_action = QAction(self)
        self.fullscreen_action.setObjectName("fullScreenAction")
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setShortcuts(_unique_keys(QKeySequence("F11"),
                                                         QKeySequence(QKeySequence.StandardKey.FullScreen)))
        self.fullscreen_action.triggered.connect(self.set_full_screen)
        self._leave_full_screen = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)  # only while full screen
        self._leave_full_screen.setEnabled(False)
        self._leave_full_screen.activated.connect(lambda: self.set_full_screen(False))
        self.language_menu = QMenu(self)
        self.language_menu.setObjectName("languageMenu")
        self._language_group = QActionGroup(self)
        for code in languages:
            act = QAction(LANGUAGE_NAMES.get(code, code), self, checkable=True)
            act.setData(code)
            act.triggered.connect(self._on_language_triggered)
            self._language_group.addAction(act)
            self.language_menu.addAction(act)
        self.language_button = QToolButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.setMenu(self.language_menu)
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.manual_action.setIcon(icon("book"))
        self.fullscreen_action.setIcon(icon("fullscreen"))
        self.language_button.setIcon(icon("globe"))
        self.language_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.manual_action)
        bar.addWidget(self.language_button)
        bar.addAction(self.fullscreen_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.addAction(self.manual_action)
        self.addAction(self.fullscreen_action)

        # --- File menu: import, export, attach video (offline review) ---------------------------------
        self.imports = ImportFlow(self)
        self.exports = ExportFlow(self)
        self.imports.message_posted.connect(self.show_error)
        self.exports.message_posted.connect(self.show_error)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.import_action = QAction(self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+O"))
        self.import_action.triggered.connect(self.imports.choose_and_import)
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_live)
        self.attach_video_action = QAction(self)
        self.attach_video_action.setObjectName("attachVideoAction")
        self.attach_video_action.triggered.connect(self.attach_video)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.unmerge = UnmergeFlow(self)  # undo a wrong merge: File menu and the LIVE picker's context menu
        self.unmerge.message_posted.connect(self.show_error)
        self.unmerge.attach_picker(self.picker)
        for act in (self.import_action, self.export_action, self.attach_video_action, self.unmerge.action):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        # --- Settings menu: connected sources (the app opens the Sources dialog) -----------------------
        self.settings_menu = self.menuBar().addMenu("")
        self.settings_menu.setObjectName("settingsMenu")
        self.sources_action = QAction(self)
        self.sources_action.setObjectName("sourcesAction")
        self.settings_menu.addAction(self.sources_action)
        self.preferences_action = QAction(self)
        self.preferences_action.setObjectName("settingsAction")
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(lambda: self.settings_requested.emit(0))
        self.settings_menu.addAction(self.preferences_action)
        self.addAction(self.preferences_action)
        self.setAcceptDrops(True)  # bundles and Seller Center exports dropped on the window are imported
        self._attach_dialog: QWidget | None = None

        # --- status bar ------------------------------------------------------------------------------
        status = QStatusBar()
        status.setObjectName("statusBar")
        status.setAutoFillBackground(True)  # opaque: the clock's repaint every second stops here, not at the window
        self.setStatusBar(status)
        self.source_label, self.link_label = QLabel(), QLabel()
        self.sync_label, self.clock_label = QLabel(), SteadyLabel()  # the clock ticks: no status bar relayout
        for name, w in (("sourceLabel", self.source_label), ("linkLabel", self.link_label),
                        ("lastSyncLabel", self.sync_label), ("liveClockLabel", self.clock_label)):
            w.setObjectName(name)
            status.addPermanentWidget(w)
        self.connector_status = ConnectorStatusBar()  # one indicator per connected source, before the clock
        status.insertPermanentWidget(3, self.connector_status)
        self.connector_status.open_requested.connect(self.sources_action.trigger)

        # --- frame tick: repaint visible dirty widgets --------------------------------------------
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._on_frame)
        self._frame.start()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._update_clock)
        self._clock_timer.start()

        # --- wiring inside the view layer ------------------------------------------------------------
        for tab in (self.key_metrics, self.trends, self.traffic, self.content_quality):
            tab.seek_requested.connect(self.seek_requested)
        self.replay_panel.seek_requested.connect(self.seek_requested)
        self.replay_panel.attach_requested.connect(self.attach_video)
        self.overview.session_requested.connect(self.select_session)
        self.key_metrics.open_trends_requested.connect(self._on_open_trends)
        self._manual: ManualDialog | None = None
        self._was_maximized = False
        self.retranslate_ui()

    def _tab_widgets(self) -> tuple[QWidget, ...]:
        return (self.key_metrics, self.trends, self.traffic, self.content_quality, self.overview)

    def _tab_switcher(self, index: int):  # type: ignore[no-untyped-def]
        return lambda: self.tabs.setCurrentIndex(index)

    # --- translation -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.WindowStateChange:
            self._sync_full_screen_state()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text of the frame (tabs retranslate themselves)."""
        self.setWindowTitle(self.tr("LiveDesk"))
        names = (self.tr("&Key metrics"), self.tr("&Performance trends"), self.tr("&Traffic sources"),
                 self.tr("&Content quality"), self.tr("&Overview"))
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
            self.tabs.setTabToolTip(i, self.tr("Ctrl+%1").replace("%1", str(i + 1)))
        self._picker_label.setText(self.tr("&LIVE:"))
        self.picker.setToolTip(self.tr("Choose a LIVE: the one running now or a past one"))
        self.replay_dock.setWindowTitle(self.tr("LIVE replay"))
        self.manual_action.setText(self.tr("User manual"))
        self.manual_action.setToolTip(self.tr("Open the user manual (F1)"))
        self.language_button.setText(self.tr("Language"))
        self.fullscreen_action.setText(self.tr("Full screen"))
        self.fullscreen_action.setToolTip(self.tr("Toggle full screen (F11)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setStatusTip(self.tr("Import a LiveDesk bundle (folder or .zip) or a Seller Center "
                                                "export (.xlsx, .csv); you can also drop them on the window"))
        self.export_action.setText(self.tr("&Export LIVE…"))
        self.export_action.setStatusTip(self.tr("Export the LIVE shown as a LiveDesk bundle or a trend table"))
        self.attach_video_action.setText(self.tr("&Attach video…"))
        self.attach_video_action.setStatusTip(self.tr("Use a recording (OBS, a downloaded replay) as the replay of "
                                                      "the LIVE shown, lined up with its clock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.sources_action.setText(self.tr("&Sources…"))
        self.sources_action.setStatusTip(self.tr("Connect TikTok Shop accounts, a TikTok LIVE room and OBS"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.preferences_action.setStatusTip(self.tr("Language, theme, screen refresh, reporting time zone and "
                                                     "data folder"))
        self.sessions.retranslate()
        self._sync_picker()
        self._show_status()
        self._update_clock()

    # --- sessions ------------------------------------------------------------------------------------
    @Slot(object)
    def on_sessions_changed(self, sessions: tuple[SessionRecord, ...]) -> None:
        """The list of LIVEs changed."""
        self.sessions.set_sessions(sessions)
        self.session_filter.popup.set_accounts(self.session_rows.accounts())
        self._sync_picker()

    def select_session(self, session_id: int) -> None:
        """Open a LIVE as if the user picked it."""
        row = self.session_rows.row_of(session_id)
        if row >= 0:
            self.picker.setCurrentIndex(row)
        self.session_selected.emit(session_id)

    def _on_picker_activated(self, row: int) -> None:
        sid = self.picker.itemData(row, SESSION_ID_ROLE)
        if sid is not None:
            self.session_selected.emit(int(sid))

    def set_session_filter(self, f: SessionFilter) -> None:
        """Filter the picker's list (the filter popup shows it too)."""
        self.session_filter.popup.set_session_filter(f)

    def _on_session_filter_changed(self, f: SessionFilter) -> None:
        self.session_rows.set_session_filter(f)
        self._sync_picker()

    def _sync_picker(self) -> None:
        """Point the picker at the LIVE shown; name it even when the filter hides it; count what is listed."""
        snap = self._snapshot
        sid = snap.session.id if snap is not None else None
        row = self.session_rows.row_of(sid) if sid is not None else -1
        if row != self.picker.currentIndex():
            self.picker.setCurrentIndex(row)
        if snap is not None and row < 0:
            self.picker.setPlaceholderText(self.tr("{title} (hidden by the filter)").format(
                title=session_title(snap.session)))
        else:
            self.picker.setPlaceholderText(self.tr("Choose a LIVE"))
        self.session_filter.set_counts(self.session_rows.rowCount(), self.sessions.rowCount())

    @Slot(object, object)
    def on_snapshot_changed(self, snap: SessionSnapshot, delta: SessionDelta | None) -> None:
        """A new snapshot of the selected LIVE: hand it to every tab (they repaint on the frame tick)."""
        self._snapshot = snap
        for tab in (self.key_metrics, self.trends, self.traffic, self.content_quality):
            tab.on_snapshot(snap)
        self.replay_panel.on_snapshot(snap, delta.comments if delta is not None else ())
        if delta is None:
            self._sync_picker()
        self._update_clock()
        if not self._painted:
            self._on_frame()  # the first LIVE shows at once, not on the next frame tick (up to 50 ms later)

    def snapshot(self) -> SessionSnapshot | None:
        """The LIVE shown."""
        return self._snapshot

    # --- status --------------------------------------------------------------------------------------
    @Slot(object)
    def on_ingest_status(self, status: IngestStatus) -> None:
        """Show a connector's state."""
        self._status = status
        self._show_status()

    def show_error(self, message: str) -> None:
        """Show a failure in the status bar for a while."""
        self.statusBar().showMessage(message, 15_000)

    def _show_status(self) -> None:
        st = self._status
        if st is None:
            self.source_label.setText(self.tr("Source: —"))
            self.link_label.setText("")
            self.sync_label.setText("")
            return
        self.source_label.setText(self.tr("Source: {source}").format(source=st.source))
        texts = {
            LinkState.CONNECTING: self.tr("● Connecting…"),
            LinkState.CONNECTED: self.tr("● Connected"),
            LinkState.RETRYING: self.tr("● Retrying in {s} s").format(s=round((st.retry_in_ms or 0) / 1000)),
            LinkState.FAILED: self.tr("● Failed"),
            LinkState.STOPPED: self.tr("● Stopped"),
        }
        c = theme_colors()
        colors = {LinkState.CONNECTED: c.good, LinkState.RETRYING: c.caution, LinkState.FAILED: c.error}
        self.link_label.setText(texts[st.state])
        style = f"color: {colors.get(st.state, c.muted)};"
        if self.link_label.styleSheet() != style:  # a restyle is costly; the state rarely changes
            self.link_label.setStyleSheet(style)
        self.link_label.setToolTip(st.message)
        if st.last_success_ms:
            when = QDateTime.fromMSecsSinceEpoch(st.last_success_ms).toString("HH:mm:ss")
            self.sync_label.setText(self.tr("Last sync {time}").format(time=when))
        else:
            self.sync_label.setText(self.tr("Never synced"))

    def _update_clock(self) -> None:
        snap = self._snapshot
        if snap is None:
            self.clock_label.setText("")
            return
        s = snap.session
        if s.is_live:
            self.clock_label.setText(self.tr("LIVE {clock}").format(clock=fmt.clock(snap.last_ts - s.started_at)))
        else:
            end = s.ended_at or snap.last_ts
            self.clock_label.setText(self.tr("Ended · {clock}").format(clock=fmt.clock(end - s.started_at)))

    # --- offline review: import, export, attach video --------------------------------------------------
    def import_files(self, paths: list[Path] | list[str]) -> bool:
        """Import bundles / Seller Center exports (the menu's and drag and drop's path, without the file dialog)."""
        return self.imports.import_paths(paths)

    def export_live(self) -> QWidget | None:
        """File → Export LIVE…: the export dialog for the LIVE shown (None, with a message, when it cannot be)."""
        return self.exports.export_live(self._snapshot)

    def attach_video(self) -> QWidget | None:
        """File → Attach video…: the dialog to choose and line up the LIVE's video (None without a LIVE)."""
        from livedesk.views.attach_video_dialog import AttachVideoDialog  # Qt Multimedia only when asked for

        snap = self._snapshot
        if snap is None or snap.session.id is None:
            self.show_error(self.tr("Open a LIVE first: the video is attached to the LIVE shown."))
            return None
        if self._attach_dialog is not None:
            self._attach_dialog.close()
        dialog = AttachVideoDialog(snap.session, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_attach_video_accepted)
        dialog.destroyed.connect(self._on_attach_dialog_destroyed)
        self._attach_dialog = dialog
        dialog.open()
        return dialog

    def _on_attach_video_accepted(self) -> None:
        from livedesk.views.attach_video_dialog import AttachVideoDialog

        dialog = self.sender()
        if not isinstance(dialog, AttachVideoDialog):
            return
        offset = dialog.offset_ms()
        if dialog.session.id is not None and offset is not None:
            self.replay_attach_requested.emit(dialog.session.id, dialog.uri(), offset)

    def _on_attach_dialog_destroyed(self) -> None:
        self._attach_dialog = None

    def _dropped_paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        return [Path(u.toLocalFile()) for u in urls] if all(u.isLocalFile() for u in urls) else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not event.mimeData().hasUrls():
            super().dragEnterEvent(event)
            return
        paths = self._dropped_paths(event)
        problem = self.imports.drop_problem(paths)
        if problem:
            event.ignore()
            self.show_error(problem)
            return
        event.acceptProposedAction()
        self.statusBar().showMessage(self.tr("Drop to import {names}").format(
            names=", ".join(p.name for p in paths)), 5000)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasUrls():
            super().dropEvent(event)
            return
        paths = self._dropped_paths(event)
        if self.imports.import_paths(paths):  # else it said why (e.g. what LiveDesk imports)
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- actions -------------------------------------------------------------------------------------
    def show_manual(self) -> None:
        """Open the user manual."""
        if self._manual is None:
            self._manual = ManualDialog(self.shortcut_list, self)
        self._manual.show()
        self._manual.raise_()

    def shortcut_list(self) -> list[tuple[str, str, str]]:
        """(id, what it does, keys) of every keyboard shortcut, for the manual."""
        def keys(*seqs: QKeySequence) -> str:
            return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in seqs if not k.isEmpty())

        def what(action: QAction) -> str:
            return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")

        rows = [(f"tab{i + 1}", self.tr("Show the tab “{name}”").format(name=self.tabs.tabText(i).replace("&", "")),
                 keys(QKeySequence(f"Ctrl+{i + 1}"))) for i in range(self.tabs.count())]
        rows.append(("picker", self.tr("Choose a LIVE"), keys(QKeySequence.mnemonic(self._picker_label.text()))))
        rows.append(("filter", self.tr("Filter the list of LIVEs"), keys(SessionFilterButton.SHORTCUT)))
        for action in (self.import_action, self.export_action, self.preferences_action, self.manual_action,
                       self.fullscreen_action, self.quit_action):
            rows.append((action.objectName(), what(action), keys(*action.shortcuts())))
        rows.append(("leaveFullScreen", self.tr("Leave full screen"), keys(self._leave_full_screen.key())))
        rows.append(("play", self.tr("Replay: play or pause"), keys(QKeySequence(Qt.Key.Key_Space))))
        rows.append(("skip", self.tr("Replay: back or forward 5 seconds"),
                     keys(QKeySequence(Qt.Key.Key_Left), QKeySequence(Qt.Key.Key_Right))))
        rows.append(("note", self.tr("Performance trends: add a note at the replay's moment"),
                     keys(QKeySequence(Qt.Key.Key_M))))
        return rows

    def set_full_screen(self, on: bool) -> None:
        """Enter or leave full screen (F11 toggles, Esc leaves)."""
        self.fullscreen_action.setChecked(on)
        self._leave_full_screen.setEnabled(on)
        if on:
            self.showFullScreen()
        elif self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()

    def _sync_full_screen_state(self) -> None:
        """Keep the action's tick and Esc in step when the window manager changes full screen."""
        on = self.isFullScreen()
        self.fullscreen_action.setChecked(on)
        self._leave_full_screen.setEnabled(on)
        if not on:
            self._was_maximized = self.isMaximized()

    def set_frame_interval(self, ms: int) -> None:
        """How often visible views repaint what changed."""
        self._frame.setInterval(max(16, int(ms)))

    def set_language_checked(self, code: str) -> None:
        """Tick the active language in the menu."""
        for act in self._language_group.actions():
            act.setChecked(act.data() == (code or "en"))

    def _on_language_triggered(self) -> None:
        act = self.sender()
        if isinstance(act, QAction):
            self.language_requested.emit(str(act.data()))

    def _on_open_trends(self, key: str, seconds: int) -> None:
        self.trends.show_metric(key, seconds)
        self.tabs.setCurrentWidget(self.trends)

    def _on_tab_changed(self, _index: int) -> None:
        self._on_frame()
        if self.tabs.currentWidget() is self.overview:
            self.overview.request()

    # --- frame tick ----------------------------------------------------------------------------------
    def _on_frame(self) -> None:
        tab = self.tabs.currentWidget()
        on_frame = getattr(tab, "on_frame", None)
        if on_frame is not None:
            on_frame()
        if not self._painted and self._snapshot is not None:
            self._painted = True
            QTimer.singleShot(0, self.first_data_painted.emit)

    # --- state ---------------------------------------------------------------------------------------
    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.findChildren(QSplitter) if s.objectName()]

    def restore_layout(self) -> None:
        """Restore what the last close saved: geometry, full screen, docks, splitters and the chosen tab."""
        geo = self._settings.get(WINDOW_GEOMETRY)
        if geo and not geo.isEmpty():
            self.restoreGeometry(geo)
        state = self._settings.get(WINDOW_STATE)
        if state and not state.isEmpty():
            self.restoreState(state)
        else:  # first start: the replay takes about a quarter of the width
            self.resizeDocks([self.replay_dock], [max(300, self.width() // 4)], Qt.Orientation.Horizontal)
        for splitter in self._splitters():
            sizes = self._settings.get(splitter_key(splitter.objectName()))
            if sizes and not sizes.isEmpty():
                splitter.restoreState(sizes)
        self.tabs.setCurrentIndex(min(max(0, self._settings.get(WINDOW_TAB)), self.tabs.count() - 1))
        self._was_maximized = self.isMaximized()
        if self._settings.get(WINDOW_FULL_SCREEN):
            self.set_full_screen(True)

    def save_layout(self) -> None:
        """Keep geometry, full screen, docks, splitters and the chosen tab for the next start."""
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(WINDOW_STATE, self.saveState())
        self._settings.set(WINDOW_FULL_SCREEN, self.isFullScreen())
        self._settings.set(WINDOW_TAB, self.tabs.currentIndex())
        for splitter in self._splitters():
            self._settings.set(splitter_key(splitter.objectName()), splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self._frame.stop()
        self._clock_timer.stop()
        super().closeEvent(event)
