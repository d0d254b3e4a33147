"""The bundle export service: a LIVE written as a bundle on a worker thread, with progress, refusal and cancel."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from livedesk.models.store import Store
from livedesk.services.bundle import ExportResult, read_manifest
from livedesk.services.bundle_export import BundleExportService, BundleExportWorker
from tests.factories import base_batch
from tests.services.test_bundle import build_cache


def test_writes_a_bundle_in_the_background(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    sid = build_cache(store)
    service = BundleExportService(store.engine)
    progress: list[tuple[int, int, str]] = []
    service.progress.connect(lambda *a: progress.append(a))
    with qtbot.waitSignal(service.finished, timeout=20_000) as blocker:
        assert service.start(sid, tmp_path / "live.zip", as_zip=True)
        assert service.busy() and not service.start(sid, tmp_path / "other.zip", as_zip=True)  # one at a time
    result = blocker.args[0]
    assert isinstance(result, ExportResult) and Path(result.path) == tmp_path / "live.zip"
    assert read_manifest(tmp_path / "live.zip")["session"]["external_id"] == "L1"
    qtbot.waitUntil(lambda: bool(progress) and progress[-1][0] == progress[-1][1], timeout=5000)
    assert not service.busy()


def test_refuses_a_running_live(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    sid = store.write(base_batch("RUN")).session_ids[0]
    service = BundleExportService(store.engine)
    with qtbot.waitSignal(service.failed, timeout=20_000) as blocker:
        service.start(sid, tmp_path / "live.zip", as_zip=True)
    assert "still running" in blocker.args[0] and not (tmp_path / "live.zip").exists()


def test_cancel_leaves_nothing(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    sid = build_cache(store)
    out = tmp_path / "out"
    out.mkdir()
    worker = BundleExportWorker(store.engine, sid, out / "b", as_zip=False, include_video=True)
    outcomes: list[str] = []
    worker.cancelled.connect(lambda: outcomes.append("cancelled"))
    worker.finished.connect(lambda _r: outcomes.append("finished"))
    worker.cancel()
    worker.run()
    assert outcomes == ["cancelled"] and list(out.iterdir()) == []
    service = BundleExportService(store.engine)
    service.start(sid, out / "c.zip", as_zip=True)
    service.shutdown()  # cancels and waits
    assert not service.busy()
