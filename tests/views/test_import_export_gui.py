"""Import and export from the GUI: the File menu's paths and drag and drop, on the whole app over real SQLite."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livedesk.app import build, context_of
from livedesk.cli import system_timezone
from livedesk.models import schema
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import SessionStatus
from livedesk.models.session_list import SESSION_ID_ROLE
from livedesk.models.store import Store
from livedesk.services.bundle import ImportResult, export_bundle, read_manifest
from livedesk.services.export import ExportService
from livedesk.views.export_dialog import CSV, FOLDER, ZIP, ExportDialog
from livedesk.views.main_window import MainWindow
from tests.factories import base_batch
from tests.services.test_bundle import build_cache
from tests.services.test_importer import GOLDEN, total_rows, write_locked

Opener = Callable[..., MainWindow]


def _store(path: Path) -> Store:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return Store(engine)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A full LIVE (external id L1) exported as a .zip from another cache."""
    source = _store(tmp_path / "source.sqlite3")
    sid = build_cache(source)
    export_bundle(source.engine, sid, tmp_path / "live.zip", zip=True)
    source.engine.dispose()
    return tmp_path / "live.zip"


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Opener]:
    """Builds the app over a cache holding one ended LIVE (L0), or what ``seed`` writes instead."""
    windows: list[MainWindow] = []

    def make(seed: Callable[[Store], object] | None = None) -> MainWindow:
        store = _store(tmp_path / "cache.sqlite3")
        if seed is None:
            store.write(base_batch("L0", status=SessionStatus.ENDED, ended_at=base_batch().sessions[0].started_at + 1))
        else:
            seed(store)
        url = str(store.engine.url)
        store.engine.dispose()
        win = build(["--db", url])
        qtbot.addWidget(win)
        win.show()
        windows.append(win)
        qtbot.waitUntil(lambda: win.snapshot() is not None, timeout=10_000)
        return win

    yield make
    for win in windows:
        context_of(win).shutdown()


def _store_of(window: MainWindow) -> Store:
    return context_of(window).store


def _picked_id(window: MainWindow) -> int | None:
    return window.picker.itemData(window.picker.currentIndex(), SESSION_ID_ROLE)


def _shows(window: MainWindow, session_id: int) -> bool:
    snap = window.snapshot()
    return snap is not None and snap.session.id == session_id and _picked_id(window) == session_id


# --- the File menu ----------------------------------------------------------------------------------------------

def test_the_file_menu_has_the_offline_review_actions(open_window: Opener) -> None:
    window = open_window()
    assert window.file_menu.objectName() == "fileMenu" and window.file_menu.title() == "&File"
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names == ["importAction", "exportAction", "attachVideoAction", "unmergeAction", "", "quitAction"]
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.file_menu.actions()}
    assert shortcuts["importAction"] == "Ctrl+O" and shortcuts["exportAction"] == "Ctrl+E"
    assert shortcuts["quitAction"] == "Ctrl+Q"
    assert all(a.text() for a in window.file_menu.actions() if not a.isSeparator())


# --- import -----------------------------------------------------------------------------------------------------

def test_importing_a_bundle_opens_its_live(qtbot: QtBot, open_window: Opener, bundle: Path) -> None:
    window = open_window()
    before = window.sessions.rowCount()
    with qtbot.waitSignal(window.imports.imported, timeout=20_000) as blocker:
        assert window.import_files([bundle])  # what File → Import… does once a file is chosen
        progress = window.imports.progress_dialog
        assert progress is not None and progress.objectName() == "importProgress"
    result = blocker.args[0]
    assert isinstance(result, ImportResult) and len(result.session_ids) == 1
    sid = result.session_ids[0]
    qtbot.waitUntil(lambda: _shows(window, sid) and window.sessions.rowCount() == before + 1, timeout=10_000)
    snap = window.snapshot()
    assert snap is not None and snap.session.ref.external_id == "L1" and len(snap.comments) > 0
    box = window.imports.summary_box
    assert box is not None and box.objectName() == "importSummary" and box.isVisible()
    assert box.text().startswith("Imported 1 LIVE") and "live.zip" in box.text()
    assert "LIVE L1" in box.informativeText()  # the LIVE's title
    assert window.imports.progress_dialog is None and not window.imports.busy()
    assert "Imported 1 LIVE" in window.statusBar().currentMessage()


def test_a_seller_center_file_without_an_account_asks_for_it(qtbot: QtBot, open_window: Opener,
                                                             tmp_path: Path) -> None:
    export = tmp_path / "lives.csv"
    export.write_text("Start time,Revenue,Views,Viewers,Duration,Mood\n"
                      "2026-11-01 20:00:00,$10.00,100,50,30m,happy\n"
                      "2026-11-02 20:00:00,$20.50,200,90,45m,calm\n", encoding="utf-8")
    window = open_window()
    rows_before = total_rows(_store_of(window))
    assert window.import_files([export])
    dialog = window.imports.seller_dialog
    assert dialog is not None and dialog.objectName() == "sellerImportDialog"
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem()  # no account yet
    assert dialog.currency() == "USD" and dialog.currency_combo.isEnabled()  # from the "$" signs, changeable
    assert dialog.timezone() == system_timezone()  # a new account: this computer's, changeable
    assert any("Mood" in label.text() for label in dialog.findChildren(QLabel))  # the ignored column, before import
    dialog.set_account("new.shop")
    dialog.set_timezone("Asia/Jakarta")
    dialog.set_currency("SGD")
    assert ok.isEnabled() and not dialog.problem()
    with qtbot.waitSignal(window.imports.imported, timeout=20_000) as blocker:
        dialog.accept()
    result = blocker.args[0]
    assert result.kind == "seller_export" and len(result.session_ids) == 2
    qtbot.waitUntil(lambda: _shows(window, result.session_ids[0]), timeout=10_000)
    with _store_of(window).engine.connect() as conn:
        account = conn.execute(select(schema.account).where(schema.account.c.handle == "@new.shop")).mappings().one()
        starts = sorted(conn.execute(select(schema.live_session.c.started_at, schema.live_session.c.currency)
                                     .where(schema.live_session.c.account_id == account["id"])).all())
    assert account["timezone"] == "Asia/Jakarta" and account["currency"] == "SGD"
    jakarta = ZoneInfo("Asia/Jakarta")
    assert starts == [(int(dt.datetime(2026, 11, d, 20, tzinfo=jakarta).timestamp() * 1000), "SGD") for d in (1, 2)]
    assert total_rows(_store_of(window)) > rows_before
    box = window.imports.summary_box
    assert box is not None and "unknown column 'Mood' ignored" in box.informativeText()


def test_cancelling_the_seller_dialog_imports_nothing(qtbot: QtBot, open_window: Opener, tmp_path: Path) -> None:
    export = tmp_path / "lives.csv"
    export.write_text("Start time,Revenue ($),Views\n2026-11-01 20:00:00,$10.00,100\n", encoding="utf-8")
    window = open_window()
    rows_before = total_rows(_store_of(window))
    window.import_files([export])
    dialog = window.imports.seller_dialog
    assert dialog is not None and not dialog.currency_combo.isEnabled()  # the header names the currency
    dialog.reject()
    qtbot.waitUntil(lambda: not window.imports.busy())
    assert total_rows(_store_of(window)) == rows_before and "cancelled" in window.statusBar().currentMessage()


def test_a_corrupt_file_shows_the_error_and_changes_nothing(qtbot: QtBot, open_window: Opener) -> None:
    window = open_window()
    shown = window.snapshot()
    rows_before = total_rows(_store_of(window))
    with qtbot.waitSignal(context_of(window).importer.failed, timeout=20_000):  # type: ignore[union-attr]
        window.import_files([GOLDEN / "live_list_corrupt.csv"])
    qtbot.waitUntil(lambda: window.imports.error_box is not None and window.imports.error_box.isVisible())
    box = window.imports.error_box
    assert box is not None and box.objectName() == "importError"
    assert "live_list_corrupt.csv" in box.text() and "Nothing of it was kept" in box.text()
    assert "live_list_corrupt.csv, row 4, column 'Revenue ($)' (C)" in box.informativeText()
    assert total_rows(_store_of(window)) == rows_before
    assert window.snapshot() is shown and window.imports.progress_dialog is None and not window.imports.busy()


def test_cancel_rolls_the_import_back(qtbot: QtBot, open_window: Opener, bundle: Path) -> None:
    window = open_window()
    store = _store_of(window)
    rows_before = total_rows(store)
    importer = context_of(window).importer
    assert importer is not None
    with qtbot.waitSignal(importer.cancelled, timeout=20_000), write_locked(store):
        window.import_files([bundle])
        progress = window.imports.progress_dialog
        assert isinstance(progress, QProgressDialog)
        cancel = progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()  # the import's first write waits for the lock: nothing can have been written
    qtbot.waitUntil(lambda: not window.imports.busy())
    assert total_rows(store) == rows_before and window.imports.progress_dialog is None
    assert "cancelled; nothing was imported" in window.statusBar().currentMessage()
    assert window.imports.summary_box is None and window.imports.error_box is None


# --- drag and drop ----------------------------------------------------------------------------------------------

def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag_enter(window: MainWindow, mime: QMimeData) -> bool:
    event = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def _drop_event(mime: QMimeData) -> QDropEvent:
    return QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)


def _drag_and_drop(window: MainWindow, mime: QMimeData) -> bool:
    """Enter, then drop (Qt delivers a drop to the widget that accepted the drag)."""
    assert _drag_enter(window, mime)
    event = _drop_event(mime)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_dropping_a_bundle_on_the_window_imports_it(qtbot: QtBot, open_window: Opener, bundle: Path,
                                                    tmp_path: Path) -> None:
    window = open_window()
    assert window.acceptDrops()
    text = tmp_path / "notes.txt"
    text.write_text("not a LIVE")
    assert _drag_enter(window, _mime(bundle))
    assert not _drag_enter(window, _mime(text))  # refused while dragging, with the reason in the status bar
    assert "LiveDesk imports bundles" in window.statusBar().currentMessage()
    mime = _mime(text)  # kept alive: the event only points at it
    event = _drop_event(mime)
    window.dropEvent(event)  # dropped anyway (a platform that ignores the refusal): the reason is shown
    assert not event.isAccepted()
    box = window.imports.error_box
    assert box is not None and box.text() == "LiveDesk cannot import this."
    assert "notes.txt" in box.informativeText() and "Seller Center exports" in box.informativeText()
    assert not window.imports.busy()
    with qtbot.waitSignal(window.imports.imported, timeout=20_000) as blocker:
        assert _drag_and_drop(window, _mime(bundle))
    sid = blocker.args[0].session_ids[0]
    qtbot.waitUntil(lambda: _shows(window, sid), timeout=10_000)


# --- export -----------------------------------------------------------------------------------------------------

def test_exporting_an_ended_live_as_a_bundle(qtbot: QtBot, open_window: Opener, tmp_path: Path) -> None:
    window = open_window(seed=build_cache)
    snap = window.snapshot()
    assert snap is not None and not snap.session.is_live
    dialog = window.export_live()  # what File → Export LIVE… opens
    assert isinstance(dialog, ExportDialog) and dialog.objectName() == "exportDialog"
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.kind() == ZIP and dialog.path().suffix == ".zip"
    assert not dialog.video_check.isEnabled()  # this LIVE has no replay video
    dialog.set_kind(FOLDER)
    assert dialog.path().suffix == ""  # the suffix follows the format
    dialog.set_kind(ZIP)
    out = tmp_path / "exports" / "autumn.zip"
    dialog.set_path(out)
    assert "does not exist" in dialog.problem()
    out.parent.mkdir()
    assert dialog.problem() == ""
    bundles = context_of(window).bundle_export
    assert bundles is not None
    with qtbot.waitSignal(bundles.finished, timeout=20_000):
        dialog.accept()
        progress = window.exports.progress_dialog
        assert progress is not None and progress.objectName() == "exportLiveProgress"
    manifest = read_manifest(out)
    assert manifest["session"]["external_id"] == "L1" and manifest["replay"] is None
    qtbot.waitUntil(lambda: "Exported the bundle to" in window.statusBar().currentMessage())
    assert not window.exports.busy() and window.exports.progress_dialog is None
    # the trend table goes through the same dialog, written by the trend export service
    dialog = window.export_live()
    assert dialog is not None
    dialog.set_kind(CSV)
    dialog.set_path(out.with_suffix(".csv"))
    tables = context_of(window).export
    assert isinstance(tables, ExportService)
    with qtbot.waitSignal(tables.finished, timeout=20_000):
        dialog.accept()
    assert out.with_suffix(".csv").read_text(encoding="utf-8").count("\n") > 1
    qtbot.waitUntil(lambda: "Exported the trend table" in window.statusBar().currentMessage())


def test_a_running_live_is_not_exported(open_window: Opener) -> None:
    window = open_window(seed=lambda store: store.write(base_batch("RUN")))
    snap = window.snapshot()
    assert snap is not None and snap.session.is_live
    assert window.export_live() is None
    box = window.exports.message_box
    assert isinstance(box, QMessageBox) and "still running" in box.text()
    assert "still running" in window.statusBar().currentMessage()
