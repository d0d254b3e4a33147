"""Appeals: drafts, submission through the source or as a local record, decisions, export, persistence."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from livedesk.models import schema as t
from livedesk.models.appeals import all_violations, histories
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import AppealStatus, SessionStatus
from livedesk.models.store import Store
from livedesk.services.appeals import (
    AppealBook,
    AppealError,
    AppealService,
    AppealState,
    AppealWorker,
    DemoAppealDesk,
)
from tests.factories import T0, base_batch, violation_batch


def _seed(store: Store, source: str) -> tuple[int, int]:
    store.write(base_batch(status=SessionStatus.ENDED, ended_at=T0 + 3_600_000, source=source))
    store.write(violation_batch(source=source))
    with store.engine.connect() as conn:
        rows = all_violations(conn)
    first = min(rows, key=lambda r: r.violation.ts)
    assert first.violation.id is not None
    return first.violation.id, first.session_id


def _book(store: Store, tmp_path: Path, review_ms: int = 60_000) -> AppealBook:
    return AppealBook(store, tmp_path / "appeals", {"demo": DemoAppealDesk(review_ms)})


def test_draft_then_submit_through_the_demo_desk_then_decision(store: Store, tmp_path: Path) -> None:
    vid, _ = _seed(store, "demo")
    book = _book(store, tmp_path)
    evidence = tmp_path / "certificate.pdf"
    evidence.write_bytes(b"%PDF-1.4 certificate")
    state = book.save_draft(vid, "The claim is backed by", str(evidence))
    assert state.status is AppealStatus.DRAFT and state.via_source
    assert state.evidence is not None and Path(state.evidence).read_bytes() == evidence.read_bytes()
    assert Path(state.evidence).parent == tmp_path / "appeals" / str(vid)  # a copy: the original may move
    # further drafts change the text, not the history
    state = book.save_draft(vid, "The claim is backed by a lab test.", state.evidence)
    assert [h.status for h in state.history] == [AppealStatus.DRAFT]
    assert state.text == "The claim is backed by a lab test."
    state = book.submit(vid, state.text, state.evidence)
    assert state.status is AppealStatus.SUBMITTED and not state.editable
    assert "submitted to demo: case" in state.history[-1].note
    submitted_at = state.history[-1].ts
    assert book.review_pending(now=submitted_at + 59_999) == ()  # still under review
    decided = book.review_pending(now=submitted_at + 60_000)
    assert len(decided) == 1 and decided[0].status in (AppealStatus.ACCEPTED, AppealStatus.REJECTED)
    assert [h.status for h in decided[0].history][:2] == [AppealStatus.DRAFT, AppealStatus.SUBMITTED]
    assert decided[0].history[-1].source == "demo"
    assert book.review_pending(now=submitted_at + 120_000) == ()  # decided once


def test_a_source_without_appeals_keeps_a_local_record_the_user_decides_and_exports(
        store: Store, tmp_path: Path) -> None:
    vid, _ = _seed(store, "tiktok_shop")
    book = _book(store, tmp_path)
    with pytest.raises(AppealError, match="write the appeal"):
        book.submit(vid, "   ", None)
    with pytest.raises(AppealError, match="only a submitted appeal"):
        book.record_outcome(vid, AppealStatus.ACCEPTED, "")
    state = book.submit(vid, "Please review the clip again.", None)
    assert not state.via_source and "local record" in state.history[-1].note
    assert book.review_pending(now=T0 * 2) == ()  # no desk decides a local record
    with pytest.raises(AppealError, match="already submitted"):
        book.save_draft(vid, "changed my mind", None)
    state = book.record_outcome(vid, AppealStatus.REJECTED, "rejected in Seller Center on 2 Nov")
    assert [h.status for h in state.history] == [AppealStatus.SUBMITTED, AppealStatus.REJECTED]
    out = book.export(vid, tmp_path / "appeal")
    assert out.suffix == ".zip"
    with zipfile.ZipFile(out) as z:
        text = z.read("appeal.txt").decode()
    assert "Please review the clip again." in text and "Misleading claims" in text
    assert "rejected in Seller Center on 2 Nov" in text and "0:05:00 - 0:05:30" in text


def test_a_resync_of_the_violation_keeps_the_appeal(store: Store, tmp_path: Path) -> None:
    vid, _ = _seed(store, "demo")
    book = _book(store, tmp_path)
    book.save_draft(vid, "my draft", None)
    store.write(violation_batch(source="demo"))  # the source sends the same violations again
    assert book.state(vid).text == "my draft" and book.state(vid).status is AppealStatus.DRAFT


def test_appeal_state_survives_a_restart_and_the_service_reports_decisions(
        qtbot: QtBot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    vid, sid = _seed(store, "demo")
    service = AppealService(AppealWorker(_book(store, tmp_path, review_ms=0)), review_interval_ms=60_000)
    service.start()
    try:
        with qtbot.waitSignal(service.changed, timeout=5000) as changed:
            service.save_draft(vid, "typed before closing", None)
        assert changed.args == [vid, sid]
        # submitted, and the desk (review time 0) decides on the next review
        with qtbot.waitSignal(service.state_loaded, timeout=5000,
                              check_params_cb=lambda s: s.status is AppealStatus.SUBMITTED):
            service.submit(vid, "typed before closing", None)
        with qtbot.waitSignal(service.state_loaded, timeout=5000,
                              check_params_cb=lambda s: s.status in (AppealStatus.ACCEPTED, AppealStatus.REJECTED)):
            service.review_now()
    finally:
        assert service.shutdown()
    engine.dispose()
    # a new process reads the same appeal
    engine = make_engine(url)
    upgrade(engine)
    with engine.connect() as conn:
        history = histories(conn, [vid])[vid]
        row = conn.execute(select(t.violation.c.appeal_text).where(t.violation.c.id == vid)).scalar_one()
        n = conn.execute(select(func.count()).select_from(t.appeal_history)).scalar_one()
    engine.dispose()
    assert row == "typed before closing"
    assert [h.status for h in history][:2] == [AppealStatus.DRAFT, AppealStatus.SUBMITTED] and n == 3


def test_failures_reach_the_gui_side(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    service = AppealService(AppealWorker(_book(store, tmp_path)))
    service.start()
    try:
        with qtbot.waitSignal(service.failed, timeout=5000) as failed:
            service.load(4242)
        assert failed.args[0] == 4242 and "not in the cache" in failed.args[1]
    finally:
        assert service.shutdown()


def test_state_is_immutable(store: Store, tmp_path: Path) -> None:
    vid, _ = _seed(store, "demo")
    state = _book(store, tmp_path).state(vid)
    assert isinstance(state, AppealState)
    with pytest.raises(AttributeError):
        state.text = "x"  # type: ignore[misc]
