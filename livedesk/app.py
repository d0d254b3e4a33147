"""Composition root: builds the engine, services, translator and main window, and wires their signals.

This is the only module that knows every layer. Nothing here enters the event loop: ``build`` returns the
window (tests and the screenshot command use it), ``run`` shows it and executes the application.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from uuid import uuid4

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from livedesk import paths
from livedesk.models import repository as repo
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import AccountRecord, SessionRecord, Source
from livedesk.models.store import Store
from livedesk.services.appeals import DEMO_REVIEW_MS, AppealBook, AppealService, AppealWorker, DemoAppealDesk
from livedesk.services.bundle_export import BundleExportService
from livedesk.services.connector import Connector
from livedesk.services.export import ExportService
from livedesk.services.health_data import HealthDataService, HealthDataWorker
from livedesk.services.importer import ImportService
from livedesk.services.ingest import IngestService, IngestWorker
from livedesk.services.overview_data import OverviewService
from livedesk.services.replay import PrepareFn, ReplayService, choose_backend
from livedesk.services.session_data import LoaderWorker, SessionService
from livedesk.services.sources.probe import ProbeService
from livedesk.services.sources.registry import CurrentLive, SharedCredentials, SourceSet
from livedesk.services.translator import Translator
from livedesk.services.unmerge import UnmergeService
from livedesk.settings import DATA_DIR, FRAME_MS, LAST_SESSION, REPORTING_TZ, THEME, Settings
from livedesk.views.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_SEED = 7


class AppContext(QObject):
    """Owns the services behind one main window and shuts them down with it."""

    def __init__(self, window: MainWindow, *, store: Store, ingest: IngestService | None,
                 sessions: SessionService, replay: ReplayService, translator: Translator,
                 settings: Settings, export: ExportService | None = None,
                 appeals: AppealService | None = None, importer: ImportService | None = None,
                 bundle_export: BundleExportService | None = None) -> None:
        super().__init__(window)
        self.setObjectName("appContext")
        self.window = window
        self.store = store
        self.ingest = ingest
        self.sessions = sessions
        self.replay = replay
        self.translator = translator
        self.settings = settings
        self.export = export
        self.appeals = appeals
        self.importer = importer
        self.bundle_export = bundle_export
        self.preferred_session: int | None = None
        self._pending_violation: tuple[int, int] | None = None  # (session id, LIVE time) to show once open
        self._closed = False
        self._choosing = False  # True while the app (not the user) picks a LIVE
        self._user_chose = False
        self.overview_data: OverviewService | None = None  # the Overview tab's reads, set by build()

    @Slot(object)
    def on_sessions_changed(self, sessions: tuple[SessionRecord, ...]) -> None:
        """Pick a LIVE until the user does: the one asked for, else the one running now, else the last one seen.

        A LIVE that starts after the window opened takes over from an automatic pick of a past LIVE.
        """
        self.sessions.refresh_history()  # earlier LIVEs may just have arrived
        if self.overview_data is not None:
            self.overview_data.refresh_accounts()
        if self.window.tabs.currentWidget() is self.window.overview:
            self.window.overview.request()
        if self._user_chose or not sessions:
            return
        ids = {s.id for s in sessions}
        live = [s.id for s in sessions if s.is_live]
        current = self.sessions.selected_id
        if self.preferred_session in ids:
            wanted = self.preferred_session
        elif live:
            wanted = current if current in live else live[0]
        elif current is not None:
            return
        else:
            last = self.settings.get(LAST_SESSION)
            wanted = last if last in ids else sessions[0].id
        if wanted is not None and wanted != current:
            self._choosing = True
            try:
                self.window.select_session(wanted)
            finally:
                self._choosing = False

    @Slot(int)
    def on_session_selected(self, session_id: int) -> None:
        """Open a LIVE and remember it."""
        if not self._choosing:
            self._user_chose = True
            self.preferred_session = None
        self.sessions.select(session_id)
        self.settings.set(LAST_SESSION, session_id)

    @Slot(str)
    def on_language_requested(self, code: str) -> None:
        """Switch the UI language."""
        if self.translator.switch(code):
            self.window.set_language_checked(code)
            dialog = self._settings_dialog()
            if dialog is not None:
                dialog.set_language(code)
        else:
            self.window.show_error(self.window.tr("The translation for {lang} could not be loaded.").format(lang=code))

    @Slot("qint64")
    def on_seek_requested(self, live_ts: int) -> None:
        """A moment was clicked somewhere: move the replay there."""
        self.replay.seek(live_ts)
        self.window.trends.on_position(live_ts)
        self.window.content_quality.on_position(live_ts)

    @Slot("qint64", "qint64")
    def on_clip_requested(self, start_ts: int, end_ts: int) -> None:
        """Play exactly one window of the replay (a violation clip) and stop at its end."""
        self.replay.play_window(start_ts, end_ts)
        self.window.content_quality.on_position(start_ts)

    @Slot(int, "qint64")
    def on_open_violation(self, session_id: int, live_ts: int) -> None:
        """Open a LIVE at one of its violations (from the cross-LIVE list)."""
        snap = self.sessions.snapshot
        if snap is not None and snap.session.id == session_id:
            self._show_violation(live_ts)
            return
        self._pending_violation = (session_id, live_ts)
        self.window.select_session(session_id)

    @Slot(object, object)
    def on_snapshot_changed(self, snap: object, _delta: object) -> None:
        """A LIVE opened from the violation list: go to its violation once its data is here."""
        pending = self._pending_violation
        if pending is None or getattr(getattr(snap, "session", None), "id", None) != pending[0]:
            return
        self._pending_violation = None
        self._show_violation(pending[1])

    def _show_violation(self, live_ts: int) -> None:
        self.window.content_quality.focus_violation(live_ts)
        self.on_seek_requested(live_ts)

    @Slot(int, str)
    def on_appeal_failed(self, _violation_id: int, message: str) -> None:
        """An appeal could not be saved, submitted or exported."""
        self.window.show_error(message)

    @Slot(int, int)
    def on_appeal_changed(self, _violation_id: int, session_id: int) -> None:
        """An appeal changed: re-read that LIVE's violations and the cross-LIVE list."""
        self.sessions.on_session_updated(session_id, frozenset({"violations"}), None)
        self.sessions.refresh_violations()

    @Slot(object)
    def on_imported(self, result: object) -> None:
        """A file was imported: re-read the LIVE list and open the (first) LIVE it brought."""
        ids = tuple(getattr(result, "session_ids", ()))
        self.sessions.refresh_sessions()
        self.sessions.refresh_violations()
        if ids:
            self.window.select_session(ids[0])  # the same LIVE again re-reads it in full

    @Slot(int, str, "qint64")
    def on_replay_attach_requested(self, session_id: int, uri: str, offset_ms: int) -> None:
        """The Attach video dialog was saved: store the replay; the LIVE's next read re-opens the player on it."""
        from sqlalchemy.exc import SQLAlchemyError

        from livedesk.models.store import StoreError

        try:
            self.store.set_replay(session_id, uri, int(offset_ms))
        except (StoreError, SQLAlchemyError) as exc:
            self.window.show_error(self.window.tr("The video could not be attached: {error}").format(error=exc))
            return
        self.sessions.on_session_updated(session_id, frozenset({"sessions"}), None)
        self.sessions.refresh_sessions()
        self.window.show_error(self.window.tr("Video attached: {name}").format(name=Path(uri).name))

    # --- connected sources (Settings → Sources…) --------------------------------------------------------
    sources: SourceSet | None = None
    health: HealthDataService | None = None
    probe: ProbeService | None = None

    @Slot()
    def on_sources_changed(self) -> None:
        """Sources started or stopped: one status-bar indicator each."""
        if self.sources is not None:
            keys = self.sources.source_keys()
            self.window.connector_status.set_sources(keys, {k: self.sources.status(k) for k in keys})

    unmerge: UnmergeService | None = None

    @Slot(object)
    def on_separated(self, result: object) -> None:
        """A merge was undone: list the separated LIVE, and read the LIVE left (and its figures' sources) again."""
        self.sessions.refresh_sessions()
        session_id = getattr(result, "session_id", None)
        if session_id is not None and session_id == self.sessions.selected_id:
            self.window.select_session(session_id)
            if self.health is not None:
                self.health.reload()

    @Slot()
    def show_sources(self) -> None:
        """Open Settings on its accounts and sources page."""
        self.show_settings(1)

    def _settings_dialog(self):  # type: ignore[no-untyped-def]
        from livedesk.views.settings_dialog import SettingsDialog

        return self.window.findChild(SettingsDialog, "settingsDialog")

    @Slot(int)
    def show_settings(self, page: int = 0) -> None:
        """Open the Settings dialog (one per window) on ``page`` (0: general, 1: accounts and sources)."""
        from livedesk.views.main_window import LANGUAGE_NAMES
        from livedesk.views.settings_dialog import SettingsDialog

        dialog = self._settings_dialog()
        if dialog is None:
            languages = [(code, LANGUAGE_NAMES.get(code, code)) for code in self.translator.available()]
            dialog = SettingsDialog(self.settings, languages, self.translator.current or "en",
                                    paths.default_data_dir(), paths.data_dir(),
                                    sources_page=self._sources_page if self.sources is not None else None,
                                    parent=self.window)
            dialog.language_requested.connect(self.on_language_requested)
            dialog.theme_requested.connect(self.on_theme_requested)
            dialog.frame_interval_changed.connect(self.window.set_frame_interval)
            dialog.reporting_zone_changed.connect(self.window.overview.set_reporting_zone)
        dialog.show_page(page)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _sources_page(self, parent: QWidget) -> QWidget:
        """The Sources dialog's content as a page of Settings (imported, with the keyring, only now)."""
        from PySide6.QtCore import Qt

        from livedesk.views.sources_dialog import SourcesDialog

        assert self.sources is not None and self.probe is not None
        page = SourcesDialog(self.sources.accounts, self.sources.credentials, self.probe, self.sources,
                             parent=parent)
        page.setWindowFlags(Qt.WindowType.Widget)
        page.buttons.hide()
        page.setMinimumSize(0, 0)
        return page

    @Slot(str)
    def on_theme_requested(self, name: str) -> None:
        """Apply a theme to every window."""
        apply_theme_by_name(name)

    def shutdown(self) -> None:
        """Stop every thread and release the player (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.translator.uninstall()
        if self.ingest is not None:
            self.ingest.shutdown()
        for service in (self.sources, self.health, self.probe, self.unmerge):  # connected sources and their helpers
            if service is not None:
                service.shutdown()
        self.sessions.shutdown()
        if self.overview_data is not None:
            self.overview_data.shutdown()
        if self.appeals is not None:
            self.window.content_quality.flush_appeals()  # a draft typed just before closing is kept
            self.appeals.shutdown()
        if self.export is not None:
            self.export.shutdown()
        if self.importer is not None:
            self.importer.shutdown()  # a cancelled import rolls back
        if self.bundle_export is not None:
            self.bundle_export.shutdown()  # a cancelled export leaves nothing behind
        self.replay.shutdown()
        self.settings.sync()
        self.store.engine.dispose()


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    """The options ``build`` understands (the CLI parses the same ones)."""
    p = argparse.ArgumentParser(add_help=False)
    add_gui_options(p)
    ns, _ = p.parse_known_args(argv)
    return ns


def add_gui_options(p: argparse.ArgumentParser) -> None:
    """Options shared by the GUI, ``screenshot`` and ``sessions``."""
    p.add_argument("--db", metavar="URL", default=None,
                   help="SQLAlchemy database URL (default: $LIVEDESK_DATABASE_URL or the SQLite cache "
                        "in the user data directory)")
    p.add_argument("--demo", action="store_true", help="run the built-in demo LIVE even if the cache has data")
    p.add_argument("--demo-speed", type=float, default=None, metavar="X",
                   help="demo clock speed (1 = real time)")
    p.add_argument("--session", type=int, default=None, metavar="ID", help="open this LIVE")


class CacheOpenError(Exception):
    """The cache database could not be opened or upgraded (the message hides any password)."""


def open_store(url: str | None) -> Store:
    """Create the engine for ``url`` (or the default cache), upgrade its schema, return the writer.

    Raises:
        CacheOpenError: with a message for the user.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    target = url or paths.default_database_url()
    try:
        shown = make_url(target).render_as_string(hide_password=True)
    except ArgumentError:
        raise CacheOpenError(f"not a database URL: {target.split('@')[-1]!r}") from None
    try:
        engine = make_engine(target)
        upgrade(engine)
    except (SQLAlchemyError, ImportError, OSError) as exc:
        raise CacheOpenError(f"cannot open the database {shown}: {exc.__class__.__name__}: "
                             f"{str(exc).splitlines()[0] if str(exc) else ''}") from None
    return Store(engine)


def demo_connector_factory(speed: float, video_path: Path, live_started_at: int | None) -> Callable[[], Connector]:
    """Builds the demo connector on the ingest thread."""
    def make() -> Connector:
        from livedesk.services.demo import DemoConnector

        return DemoConnector(seed=DEMO_SEED, speed=speed, replay_uri=str(video_path),
                             live_started_at=live_started_at)

    return make


def demo_video_maker(cache_dir: Path) -> PrepareFn:
    """Generates the demo replay video on first use (on the replay preparer thread)."""
    def make(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
        from livedesk.services.demo_video import ensure_demo_video

        return ensure_demo_video(cache_dir, progress=progress, cancelled=cancelled)

    return make


def _demo_plan(store: Store, forced: bool) -> tuple[bool, int | None]:
    """Whether to run the demo, and the start of the demo LIVE to resume (None: start a new one).

    The demo is the embedded default: it runs on an empty cache and on a cache it filled itself. A demo LIVE
    of an earlier run that would still be running is resumed rather than started anew.
    """
    from livedesk.services.demo import LIVE_LENGTH_S

    with store.engine.connect() as conn:
        sessions = repo.list_sessions(conn)
    demo = [s for s in sessions if s.source == Source.DEMO.value]
    use = forced or len(demo) == len(sessions)
    now = time.time() * 1000
    running = [s.started_at for s in demo if s.is_live and now < s.started_at + LIVE_LENGTH_S * 1000]
    return use, (max(running) if running else None)


def apply_theme_by_name(name: str) -> None:
    """Apply a theme ("system", "light" or "dark") to the whole application."""
    from livedesk.views.theme import apply_theme

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    apply_theme(qapp, name)


class GuiThreadCollector(QObject):
    """Python's cycle collector, run only on the GUI thread.

    Left automatic, a collection runs on whichever thread happens to allocate (an ingest or loader thread) and
    destroys the GUI thread's Qt objects found in cycles there: Qt then stops and starts their timers from the
    wrong thread, which it refuses, and an event loop waiting on such a timer never wakes. Automatic collection is
    switched off for the process and done here, on a timer of the GUI thread, by the same generation thresholds.
    """

    def __init__(self, interval_ms: int = 1000) -> None:
        super().__init__(QApplication.instance())
        self.setObjectName("guiThreadCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    @Slot()
    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; the number of objects found."""
        counts = gc.get_count()
        found = 0
        for generation in range(3):
            if counts[generation] <= self.thresholds[generation]:
                break
            found += gc.collect(generation)
        return found

    @Slot()
    def freeze(self) -> None:
        """Leave every object alive now out of all later collections (``gc.freeze``).

        Called once the window has painted its first LIVE: by then most objects (modules, widgets, the LIVE's
        records) live as long as the app, and each full collection walked all of them again, 7-9 ms of the GUI
        thread at once, now and then during a LIVE. Objects made later are collected as before.
        """
        gc.collect()
        gc.freeze()

    @Slot()
    def freeze_soon(self) -> None:
        """:meth:`freeze` once the events queued now have run (after the first paint: not part of it)."""
        QTimer.singleShot(0, self, self.freeze)

    @staticmethod
    def unfreeze() -> None:
        """Hand the frozen objects back to the collector (before a collection that must reach them: tests)."""
        gc.unfreeze()

    @staticmethod
    def install() -> GuiThreadCollector:
        """The application's collector, created on first use (a QApplication must exist)."""
        qapp = QApplication.instance()
        assert qapp is not None, "create a QApplication first"
        existing = qapp.findChild(GuiThreadCollector, "guiThreadCollector")
        return existing if isinstance(existing, GuiThreadCollector) else GuiThreadCollector()


def build(argv: list[str] | None = None) -> MainWindow:
    """Build the whole application without entering the event loop. A QApplication must exist."""
    ns = parse_gui_args(list(argv or []))
    qapp = QApplication.instance()
    assert qapp is not None, "create a QApplication first"
    collector = GuiThreadCollector.install()
    if QLocale().name() == "C":  # no usable system locale: format numbers the English way
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    settings = Settings()
    if not os.environ.get("LIVEDESK_DATA_DIR"):
        paths.choose_data_dir(settings.get(DATA_DIR))
    if not qapp.styleSheet():
        apply_theme_by_name(settings.get(THEME))
    translator = Translator(settings, paths.translation_dirs(), paths.cache_dir() / "translations")
    store = open_store(ns.db)
    native_windows = QApplication.platformName() not in ("offscreen", "minimal", "vnc")
    from livedesk.services.demo_video import video_name

    video_path = paths.cache_dir() / video_name()
    backend, why_no_player = choose_backend(native_windows=native_windows)
    replay = ReplayService(backend, why_no_player, demo_video_maker(paths.cache_dir()))
    window = MainWindow(replay, settings, translator.available())
    sessions = SessionService(LoaderWorker(store.engine))
    ingest: IngestService | None = None
    use_demo, resume = _demo_plan(store, ns.demo)
    if use_demo:
        store.end_stale_live_sessions(Source.DEMO.value, keep_started_at=resume)
        speed = ns.demo_speed if ns.demo_speed is not None else 1.0
        ingest = IngestService(IngestWorker(demo_connector_factory(speed, video_path, resume), store))
    export = ExportService(window)
    demo_speed = ns.demo_speed if ns.demo_speed is not None else 1.0
    desks = {Source.DEMO.value: DemoAppealDesk(int(DEMO_REVIEW_MS / max(demo_speed, 1e-3)))}
    appeals = AppealService(AppealWorker(AppealBook(store, paths.data_dir() / "appeals", desks)))
    importer = ImportService(store.engine)
    bundle_export = BundleExportService(store.engine)
    ctx = AppContext(window, store=store, ingest=ingest, sessions=sessions, replay=replay,
                     translator=translator, settings=settings, export=export, appeals=appeals,
                     importer=importer, bundle_export=bundle_export)
    ctx.preferred_session = ns.session
    overview_data = OverviewService.for_engine(store.engine)
    ctx.overview_data = overview_data

    # --- wiring -------------------------------------------------------------------------------------
    sessions.sessions_changed.connect(window.on_sessions_changed)
    sessions.sessions_changed.connect(ctx.on_sessions_changed)
    sessions.snapshot_changed.connect(window.on_snapshot_changed)
    sessions.totals_changed.connect(window.overview.on_totals)
    sessions.history_changed.connect(window.key_metrics.on_history)
    window.first_data_painted.connect(collector.freeze_soon, Qt.ConnectionType.SingleShotConnection)
    sessions.failed.connect(window.show_error)
    window.session_selected.connect(ctx.on_session_selected)
    window.overview.range_requested.connect(sessions.request_totals)
    window.language_requested.connect(ctx.on_language_requested)
    window.seek_requested.connect(ctx.on_seek_requested)
    replay.position_changed.connect(window.trends.on_position)
    window.trends.set_export_service(export)
    from livedesk.cli import system_timezone

    def known_accounts() -> tuple[AccountRecord, ...]:  # captures no widget (see add_annotation below)
        with store.engine.connect() as conn:
            return repo.list_accounts(conn)

    window.imports.set_service(importer, accounts=known_accounts, fallback_timezone=system_timezone())
    window.imports.imported.connect(ctx.on_imported)
    window.exports.set_services(bundle_export, export)
    window.replay_attach_requested.connect(ctx.on_replay_attach_requested)
    window.trends.message_posted.connect(window.show_error)
    window.overview.set_data_service(overview_data)
    window.overview.message_posted.connect(window.show_error)
    overview_data.failed.connect(window.show_error)
    sessions.snapshot_changed.connect(window.overview.on_snapshot_changed)
    cq = window.content_quality
    cq.set_appeal_service(appeals)
    cq.clip_requested.connect(ctx.on_clip_requested)
    cq.open_violation_requested.connect(ctx.on_open_violation)
    cq.violations_refresh_requested.connect(sessions.refresh_violations)
    sessions.violations_changed.connect(cq.set_all_violations)
    sessions.snapshot_changed.connect(ctx.on_snapshot_changed)
    replay.position_changed.connect(cq.on_position)
    appeals.changed.connect(ctx.on_appeal_changed)
    appeals.failed.connect(ctx.on_appeal_failed)

    def add_annotation(session_id: int, ts: int, text: str) -> str | None:
        # captures no widget: the tab keeps this function, and a cycle back to it would leave the window
        # (and its services) to the cycle collector rather than freeing them when the window goes
        from sqlalchemy.exc import SQLAlchemyError

        try:
            store.add_annotation(session_id, ts, text, ref=uuid4().hex)
        except SQLAlchemyError as exc:
            return exc.__class__.__name__
        # nothing else announces a note on a LIVE that has ended: reload its events now
        sessions.on_session_updated(session_id, frozenset({"events"}), None)
        return None

    window.trends.set_annotation_sink(add_annotation)
    if ingest is not None:
        ingest.sessions_changed.connect(sessions.refresh_sessions)
        ingest.session_updated.connect(sessions.on_session_updated)
        ingest.status_changed.connect(window.on_ingest_status)
    # connected sources: one ingest per enabled account (Settings → Sources…); OBS follows the LIVE running now
    from livedesk.services.accounts import AccountStore

    current_live = CurrentLive(store.engine)
    ctx.sources = SourceSet(store, AccountStore(), SharedCredentials(), current_live, parent=ctx)
    ctx.health = HealthDataService(HealthDataWorker(store.engine), ctx)
    ctx.probe = ProbeService(ctx)
    ctx.sources.sessions_changed.connect(sessions.refresh_sessions)
    ctx.sources.session_updated.connect(sessions.on_session_updated)
    ctx.sources.session_updated.connect(ctx.health.on_session_updated)
    ctx.sources.status_changed.connect(window.connector_status.on_status)
    ctx.sources.sources_changed.connect(ctx.on_sources_changed)
    window.session_selected.connect(ctx.health.select)
    window.session_selected.connect(current_live.set_selected)
    window.sources_action.triggered.connect(ctx.show_sources)
    ctx.unmerge = UnmergeService.for_store(store, ctx)  # File → Separate merged sources… (thread started on first use)
    ctx.unmerge.separated.connect(ctx.on_separated)
    window.unmerge.set_service(ctx.unmerge)
    window.settings_requested.connect(ctx.show_settings)
    ctx.health.samples_changed.connect(window.key_metrics.health.set_samples)
    ctx.health.sources_changed.connect(window.key_metrics.cards.set_sources)
    if ingest is not None:
        ingest.session_updated.connect(ctx.health.on_session_updated)
    qapp.aboutToQuit.connect(ctx.shutdown)

    lang = translator.initial_language()
    if lang != "en" and translator.switch(lang):
        window.set_language_checked(lang)
    else:
        window.set_language_checked("en")
    sessions.start()
    overview_data.start()
    sessions.refresh_sessions()
    appeals.start()
    if ingest is not None:
        ingest.start()
    ctx.health.start()
    ctx.sources.start()
    window.set_frame_interval(settings.get(FRAME_MS))
    zone = settings.get(REPORTING_TZ)
    if zone:
        window.overview.set_reporting_zone(zone)
    window.resize(1440, 900)
    window.restore_layout()
    return window


def context_of(window: MainWindow) -> AppContext:
    """The services behind a window built by :func:`build`."""
    ctx = window.findChild(AppContext, "appContext")
    assert ctx is not None
    return ctx


def run(argv: list[str]) -> int:
    """Show the window and run the event loop until it closes."""
    qapp = QApplication.instance() or QApplication(["livedesk", *argv])
    qapp.setApplicationName("LiveDesk")
    qapp.setOrganizationName("LiveDesk")
    try:
        window = build(argv)
    except CacheOpenError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "LiveDesk", str(exc))
        return 2
    window.show()
    code = qapp.exec()
    context_of(window).shutdown()
    return int(code)
