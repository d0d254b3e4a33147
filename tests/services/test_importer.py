"""The import service: bundles and Seller Center files on a worker thread, progress, failure, cancel."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from livedesk.models import schema
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.store import Store
from livedesk.services.bundle import ImportFileError, ImportResult, export_bundle
from livedesk.services.importer import (
    BUNDLE,
    SELLER_EXPORT,
    ImportOptions,
    ImportService,
    ImportWorker,
    can_import,
    file_kind,
    import_file,
)
from tests.services.test_bundle import build_cache

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "seller_center"


def total_rows(store: Store) -> int:
    with store.engine.connect() as conn:
        return sum(int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                   for t in schema.metadata.sorted_tables)


@pytest.fixture
def bundle(store: Store, tmp_path: Path) -> Path:
    """A bundle of a full LIVE, exported from another cache."""
    source = Store(_engine(tmp_path / "source.sqlite3"))
    sid = build_cache(source)
    export_bundle(source.engine, sid, tmp_path / "live.zip", zip=True)
    source.engine.dispose()
    return tmp_path / "live.zip"


def _engine(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return engine


@contextmanager
def write_locked(store: Store) -> Iterator[None]:
    """Hold SQLite's write lock from another connection (the importer's first write waits for it)."""
    path = store.engine.url.database
    assert path
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        con.execute("ROLLBACK")
        con.close()


def test_file_kinds(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    for name in ("a.zip", "b.xlsx", "c.CSV", "d.txt", "e"):
        (tmp_path / name).write_bytes(b"")
    assert file_kind(tmp_path / "folder") == BUNDLE and file_kind(tmp_path / "a.zip") == BUNDLE
    assert file_kind(tmp_path / "b.xlsx") == SELLER_EXPORT and file_kind(tmp_path / "c.CSV") == SELLER_EXPORT
    with pytest.raises(ImportFileError, match=r"d\.txt: LiveDesk imports bundles"):
        file_kind(tmp_path / "d.txt")
    assert not can_import(tmp_path / "e") and not can_import(tmp_path / "missing.zip")
    assert can_import(tmp_path / "a.zip")


def test_import_file_dispatches_on_the_type(store: Store, bundle: Path) -> None:
    assert import_file(store, bundle).kind == "bundle"
    result = import_file(store, GOLDEN / "live_list_id.csv", options=ImportOptions(timezone="Asia/Jakarta"))
    assert result.kind == "seller_export" and len(result.session_ids) == 2


def test_service_imports_a_bundle_in_the_background(qtbot: QtBot, store: Store, bundle: Path) -> None:
    service = ImportService(store.engine)
    progress: list[tuple[int, int, str]] = []
    service.progress.connect(lambda *a: progress.append(a))
    with qtbot.waitSignal(service.finished, timeout=20_000) as blocker:
        assert service.start(bundle)
        assert service.busy() and not service.start(bundle)  # one at a time
    result = blocker.args[0]
    assert isinstance(result, ImportResult) and result.kind == "bundle" and len(result.session_ids) == 1
    assert not service.busy()
    qtbot.waitUntil(lambda: bool(progress) and progress[-1][0] == progress[-1][1], timeout=5000)
    assert {w for _, _, w in progress} >= {"live_session", "metric_sample", "comment"}


def test_service_imports_a_seller_center_export_with_options(qtbot: QtBot, store: Store) -> None:
    service = ImportService(store.engine)
    with qtbot.waitSignal(service.finished, timeout=20_000) as blocker:
        service.start(GOLDEN / "live_analysis_old.xlsx", ImportOptions(timezone="America/New_York",
                                                                         account="@glow.shop"))
    result = blocker.args[0]
    assert result.kind == "seller_export" and len(result.session_ids) == 2
    with store.engine.connect() as conn:
        handles = set(conn.execute(select(schema.account.c.handle)).scalars())
    assert handles == {"@glow.shop"}  # the chosen account wins over the file's creator column


def test_service_reports_a_bad_file_and_keeps_nothing(qtbot: QtBot, store: Store) -> None:
    service = ImportService(store.engine)
    with qtbot.waitSignal(service.failed, timeout=20_000) as blocker:
        service.start(GOLDEN / "live_list_corrupt.csv")
    message = blocker.args[0]
    assert "live_list_corrupt.csv, row 4, column 'Revenue ($)' (C)" in message and "\n" not in message
    assert total_rows(store) == 0 and not service.busy()


@pytest.mark.parametrize("kind", ["bundle", "seller"])
def test_service_cancel_rolls_back(qtbot: QtBot, store: Store, bundle: Path, kind: str) -> None:
    path = bundle if kind == "bundle" else GOLDEN / "live_list_en.xlsx"
    service = ImportService(store.engine)
    failed: list[str] = []
    service.failed.connect(failed.append)
    with qtbot.waitSignal(service.cancelled, timeout=20_000), write_locked(store):
        assert service.start(path)
        service.cancel()  # the worker cannot have written anything yet: its first write waits for the lock
    assert not failed and total_rows(store) == 0 and not service.busy()


def test_worker_reports_exactly_one_outcome(qtbot: QtBot, store: Store, bundle: Path) -> None:
    worker = ImportWorker(store.engine, bundle)
    outcomes: list[str] = []
    worker.finished.connect(lambda _r: outcomes.append("finished"))
    worker.failed.connect(lambda _m: outcomes.append("failed"))
    worker.cancelled.connect(lambda: outcomes.append("cancelled"))
    worker.cancel()
    worker.run()
    assert outcomes == ["cancelled"] and total_rows(store) == 0
    worker = ImportWorker(store.engine, bundle.with_name("missing.zip"))
    worker.failed.connect(lambda m: outcomes.append(m))
    worker.run()
    assert outcomes[-1].endswith("missing.zip: no such file or folder")


def test_shutdown_while_importing_leaves_no_thread(qtbot: QtBot, store: Store, bundle: Path) -> None:
    service = ImportService(store.engine)
    with write_locked(store):
        service.start(bundle)
        service.cancel()
    service.shutdown()
    assert not service.busy() and total_rows(store) == 0
