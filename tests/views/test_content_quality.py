"""Content quality: violation cards, clips, appeals written and kept across restarts, the cross-LIVE list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from livedesk.app import build, context_of
from livedesk.models.appeals import all_violations
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    AppealStatus,
    Batch,
    SessionRecord,
    SessionRef,
    SessionStatus,
)
from livedesk.models.store import Store
from livedesk.models.violations import ViolationFilter, ViolationListModel
from livedesk.views.appeal_dialog import AppealDialog
from livedesk.views.content_quality_tab import CLIP_CONTEXT_MS
from livedesk.views.main_window import MainWindow
from tests.factories import T0, base_batch, rich_batch, violation_batch

OTHER = AccountRef("tiktok", "@second")


def _seed(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    store.write(base_batch(status=SessionStatus.ENDED, ended_at=T0 + 3_600_000, source="demo"))
    store.write(rich_batch())
    store.write(violation_batch(source="demo", n=3))
    # a second account with an older LIVE whose source takes no appeals
    other = SessionRef(OTHER, "M1")
    start = T0 - 10 * 86_400_000
    store.write(Batch("tiktok_shop",
                      accounts=(AccountRecord(OTHER, "Second shop", "ID", "UTC", "IDR", "tiktok_shop"),),
                      sessions=(SessionRecord(other, "Old LIVE", "host", start, start + 3_600_000,
                                              SessionStatus.ENDED, "IDR", "tiktok_shop"),)))
    from livedesk.models.records import ViolationRecord

    store.write(Batch("tiktok_shop", violations=(
        ViolationRecord(other, "x1", start + 60_000, start + 90_000, "Prohibited products", "weapon replica",
                        "high", "LIVE ended early", "Remove the item", "tiktok_shop"),)))
    engine.dispose()


def _open(qtbot: QtBot, url: str) -> MainWindow:
    win = build(["--db", url, "--session", "1"])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.snapshot() is not None and win.snapshot().session.id == 1, timeout=10_000)
    win.tabs.setCurrentWidget(win.content_quality)
    qtbot.waitUntil(lambda: len(win.content_quality.cards()) == 3, timeout=5000)
    return win


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    _seed(url)
    return url


@pytest.fixture
def window(qtbot: QtBot, db: str) -> Iterator[MainWindow]:
    win = _open(qtbot, db)
    yield win
    context_of(win).shutdown()


def test_one_card_per_violation_with_everything_the_user_needs(window: MainWindow) -> None:
    for name in ("violationCards", "allViolationsList"):
        assert window.findChild(QObject, name) is not None
    cards = window.content_quality.cards()
    first = cards[0]
    text = first._title.text() + first._body.text() + first._appeal.text() + first._severity.text()
    for part in ("0:05:00 – 0:05:30", "Misleading claims", "reason 1", "Traffic restricted for 30 minutes",
                 "Show the product's certificate", "High severity", "Not appealed"):
        assert part in text, part
    assert first.appeal_button.text() == "Appeal…"


def test_play_clip_plays_the_window_with_context_and_markers_point_at_cards(
        qtbot: QtBot, window: MainWindow) -> None:
    ctx = context_of(window)
    card = window.content_quality.cards()[1]
    v = card.violation
    assert card.clip_window == (v.ts - CLIP_CONTEXT_MS, v.ts_end + CLIP_CONTEXT_MS)
    calls: list[tuple[int, int]] = []
    ctx.replay.play_window = lambda a, b: calls.append((a, b))  # type: ignore[method-assign]
    QTest.mouseClick(card.clip_button, Qt.MouseButton.LeftButton)
    assert calls == [card.clip_window]
    # a click on a violation marker seeks to it: its card lights up
    ctx.on_seek_requested(v.ts + 1_000)
    assert window.content_quality.current_card() is card and card.property("current") is True
    ctx.on_seek_requested(v.ts_end + CLIP_CONTEXT_MS + 1)
    assert window.content_quality.current_card() is None


def test_appeal_draft_submit_and_decision_are_kept_across_a_restart(
        qtbot: QtBot, db: str, tmp_path: Path) -> None:
    win = _open(qtbot, db)
    ctx = context_of(win)
    card = win.content_quality.cards()[0]
    vid = card.violation.id
    QTest.mouseClick(card.appeal_button, Qt.MouseButton.LeftButton)
    dialog = win.findChild(AppealDialog, "appealDialog")
    assert dialog is not None and dialog.violation_id == vid
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=5000)
    evidence = tmp_path / "lab-report.pdf"
    evidence.write_bytes(b"%PDF lab report")
    dialog.choose_evidence(str(evidence))
    QTest.keyClicks(dialog.text_edit, "The claim is backed by a lab test")
    # closing the app mid-appeal, before the autosave fired: nothing is lost
    assert ctx.appeals is not None
    ctx.shutdown()
    win.close()

    win = _open(qtbot, db)
    ctx = context_of(win)
    try:
        card = win.content_quality.cards()[0]
        assert card.violation.appeal_status is AppealStatus.DRAFT
        assert card.appeal_button.text() == "Continue appeal…"
        dialog = win.content_quality.open_appeal(vid)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.state is not None, timeout=5000)
        assert dialog.text_edit.toPlainText() == "The claim is backed by a lab test"
        assert dialog.state.evidence is not None and Path(dialog.state.evidence).read_bytes() == b"%PDF lab report"
        with qtbot.waitSignal(ctx.appeals.state_loaded, timeout=5000,
                              check_params_cb=lambda s: s.status is AppealStatus.SUBMITTED):
            QTest.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        assert dialog.text_edit.isReadOnly() and not dialog.submit_button.isVisible()
        qtbot.waitUntil(lambda: "submitted to demo" in dialog.history.item(dialog.history.count() - 1).text(),
                        timeout=5000)
        # the card follows
        qtbot.waitUntil(lambda: win.content_quality.cards()[0].violation.appeal_status is AppealStatus.SUBMITTED,
                        timeout=5000)
    finally:
        ctx.shutdown()
        win.close()


def test_local_record_for_a_source_without_appeals(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    ctx = context_of(window)
    engine = ctx.store.engine
    with engine.connect() as conn:
        other = next(r for r in all_violations(conn) if r.session_source == "tiktok_shop")
    assert other.violation.id is not None
    dialog = window.content_quality.open_appeal(other.violation.id)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=5000)
    assert dialog._local_note.isVisible()
    dialog.text_edit.setPlainText("The replica is a toy, see the label.")
    assert ctx.appeals is not None
    with qtbot.waitSignal(ctx.appeals.state_loaded, timeout=5000,
                          check_params_cb=lambda s: s.status is AppealStatus.SUBMITTED):
        dialog.submit_button.click()
    assert dialog.accepted_button.isVisible() and dialog.rejected_button.isVisible()
    with qtbot.waitSignal(ctx.appeals.state_loaded, timeout=5000,
                          check_params_cb=lambda s: s.status is AppealStatus.ACCEPTED):
        dialog.accepted_button.click()
    out = tmp_path / "exported.zip"
    dialog.export_to(str(out))
    qtbot.waitUntil(out.exists, timeout=5000)


def test_cross_live_list_filters_and_opens_the_live_at_the_violation(
        qtbot: QtBot, window: MainWindow) -> None:
    lst = window.content_quality.all_violations
    window.content_quality.views.setCurrentWidget(lst)
    qtbot.waitUntil(lambda: lst.model.rowCount() == 4, timeout=5000)
    assert lst.proxy.rowCount() == 4
    # account
    lst.account.setCurrentIndex(lst.account.findText("Second shop"))
    assert lst.proxy.rowCount() == 1
    lst.account.setCurrentIndex(0)
    # policy
    lst.policy.setCurrentIndex(lst.policy.findText("Prohibited products"))
    assert lst.proxy.rowCount() == 2
    lst.policy.setCurrentIndex(0)
    # search, all words, any case
    lst.search.setText("minor SAFETY")
    assert lst.proxy.rowCount() == 1
    lst.search.clear()
    # dates: only the day of the first account's LIVE
    day = QDate.fromString("2025-12-29", "yyyy-MM-dd")  # T0 is 2025-12-29 09:20 UTC
    lst.use_dates.setChecked(True)
    lst.since.setDate(day)
    lst.until.setDate(day)
    assert lst.proxy.rowCount() == 3
    lst.use_dates.setChecked(False)
    # appeal status
    lst.appeal.setCurrentIndex(lst.appeal.findData(AppealStatus.NONE.value))
    assert lst.proxy.rowCount() == 4
    lst.appeal.setCurrentIndex(lst.appeal.findData(AppealStatus.ACCEPTED.value))
    assert lst.proxy.rowCount() == 0
    assert "0 of 4" in lst._count.text()
    lst.appeal.setCurrentIndex(0)
    # open the other account's LIVE at its violation
    lst.account.setCurrentIndex(lst.account.findText("Second shop"))
    ctx = context_of(window)
    seeks: list[int] = []
    ctx.replay.seek = seeks.append  # type: ignore[method-assign]
    lst.table.setCurrentIndex(lst.proxy.index(0, 0))
    QTest.keyClick(lst.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.snapshot() is not None and window.snapshot().session.title == "Old LIVE",
                    timeout=5000)
    start = window.snapshot().session.started_at
    qtbot.waitUntil(lambda: seeks == [start + 60_000], timeout=5000)
    assert window.content_quality.views.currentIndex() == 0
    qtbot.waitUntil(lambda: window.content_quality.current_card() is not None, timeout=5000)


def test_violation_list_model_contract_and_filter(qtmodeltester, db: str) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(db)
    with engine.connect() as conn:
        rows = all_violations(conn)
    engine.dispose()
    model = ViolationListModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert [r.violation.ts for r in rows] == sorted((r.violation.ts for r in rows), reverse=True)
    assert sum(ViolationFilter(policy="Misleading claims").accepts(r) for r in rows) == 1
    assert sum(ViolationFilter(since=T0, until=T0 + 900_000).accepts(r) for r in rows) == 1
