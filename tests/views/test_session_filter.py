"""The session picker's filter: date, account, status and text narrow the picker's list, keyboard first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livedesk.app import build, context_of
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import AccountRecord, AccountRef, Batch, SessionRecord, SessionRef, SessionStatus
from livedesk.models.session_list import SESSION_ID_ROLE, SessionFilter, SessionFilterModel, SessionListModel
from livedesk.models.store import Store
from livedesk.views.main_window import MainWindow
from livedesk.views.session_filter import SessionFilterPopup

GLOW = AccountRef("tiktok", "@glow.shop")
TOKO = AccountRef("tiktok", "@toko.cantik")
DAY = 86_400_000


def _local_ms(y: int, m: int, d: int, h: int = 20) -> int:
    return QDateTime(QDate(y, m, d), QTime(h, 0)).toMSecsSinceEpoch()


def _sessions() -> tuple[SessionRecord, ...]:
    """Newest first, as the cache lists them: one running, three ended, two accounts."""
    rows = (
        ("G4", GLOW, "Winter sale LIVE", "Mia", _local_ms(2026, 11, 20), SessionStatus.LIVE),
        ("T2", TOKO, "Promo akhir tahun", "Sari", _local_ms(2026, 11, 12), SessionStatus.ENDED),
        ("G2", GLOW, "Autumn skincare drop", "Mia", _local_ms(2026, 11, 5), SessionStatus.ENDED),
        ("G1", GLOW, "Lip oil launch", "Leo", _local_ms(2026, 10, 28), SessionStatus.ENDED),
    )
    return tuple(SessionRecord(SessionRef(acc, ext), title, host, start,
                               None if status is SessionStatus.LIVE else start + 3_600_000, status, "USD", "manual",
                               id=i + 1)
                 for i, (ext, acc, title, host, start, status) in enumerate(rows))


@pytest.fixture
def model() -> SessionFilterModel:
    source = SessionListModel()
    source.set_sessions(_sessions())
    return SessionFilterModel(source)


def _ids(model: SessionFilterModel) -> list[int]:
    return [model.index(r, 0).data(SESSION_ID_ROLE) for r in range(model.rowCount())]


def test_each_condition_narrows_the_list(model: SessionFilterModel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    assert _ids(model) == [1, 2, 3, 4] and not model.session_filter().active
    model.set_session_filter(SessionFilter(account=TOKO))
    assert _ids(model) == [2]
    model.set_session_filter(SessionFilter(status=SessionStatus.LIVE))
    assert _ids(model) == [1]
    model.set_session_filter(SessionFilter(status=SessionStatus.ENDED, account=GLOW))
    assert _ids(model) == [3, 4]
    model.set_session_filter(SessionFilter(since=_local_ms(2026, 11, 5, 0), until=_local_ms(2026, 11, 13, 0)))
    assert _ids(model) == [2, 3]
    model.set_session_filter(SessionFilter(text="  MIA  skincare "))  # every word, any case, title or host
    assert _ids(model) == [3]
    model.set_session_filter(SessionFilter(text="toko"))  # the account handle
    assert _ids(model) == [2]
    model.set_session_filter(SessionFilter(text="G1"))  # the LIVE's id on the platform
    assert _ids(model) == [4]
    assert model.row_of(4) == 0 and model.row_of(3) == -1 and model.row_of(99) == -1
    assert model.accounts() == (GLOW, TOKO)  # of the whole list, not just what is shown
    qtmodeltester.check(model)


def test_the_popup_describes_the_filter_in_local_days(qtbot: QtBot) -> None:
    popup = SessionFilterPopup()
    qtbot.addWidget(popup)
    popup.set_accounts((GLOW, TOKO))
    seen: list[SessionFilter] = []
    popup.filter_changed.connect(seen.append)
    assert popup.session_filter() == SessionFilter()
    assert not popup.since_edit.isEnabled()  # a date counts only once its box is ticked
    popup.since_edit.setDate(QDate(2026, 11, 5))
    popup.until_edit.setDate(QDate(2026, 11, 12))
    assert popup.session_filter() == SessionFilter()
    popup.since_check.setChecked(True)
    popup.until_check.setChecked(True)
    assert popup.since_edit.isEnabled()
    popup.account_combo.setCurrentIndex(popup.account_combo.findData(TOKO))
    popup.status_combo.setCurrentIndex(popup.status_combo.findData(SessionStatus.ENDED))
    popup.text_edit.setText("promo")
    expected = SessionFilter(since=_local_ms(2026, 11, 5, 0), until=_local_ms(2026, 11, 13, 0), account=TOKO,
                             status=SessionStatus.ENDED, text="promo")
    assert seen[-1] == expected and expected.active
    popup.until_edit.setDate(QDate(2026, 11, 1))  # before "from": "from" follows
    assert popup.since_edit.date() == QDate(2026, 11, 1)
    popup.set_session_filter(expected)  # and back: the fields show a filter given to them
    assert popup.session_filter() == expected
    n = len(seen)
    popup.clear_button.click()
    assert len(seen) == n + 1 and seen[-1] == SessionFilter() and not popup.since_check.isChecked()


def _seed(path: Path) -> str:
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    accounts = tuple(AccountRecord(a, a.handle, "US", "UTC", "USD", "manual") for a in (GLOW, TOKO))
    store.write(Batch("manual", accounts=accounts, sessions=tuple(
        SessionRecord(s.ref, s.title, s.host, s.started_at, s.ended_at, s.status, s.currency, s.source)
        for s in reversed(_sessions()))))  # ids 1.. in start order
    engine.dispose()
    return url


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = build(["--db", _seed(tmp_path / "cache.sqlite3")])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.sessions.rowCount() == 4 and win.snapshot() is not None, timeout=10_000)
    yield win
    context_of(win).shutdown()


def test_the_picker_lists_what_the_filter_lets_through(qtbot: QtBot, window: MainWindow) -> None:
    picker, button = window.picker, window.session_filter
    assert button.objectName() == "sessionFilter" and button.text() == "Filter" and not button.isChecked()
    shown = window.snapshot()
    assert shown is not None
    window.set_session_filter(SessionFilter(account=GLOW))
    assert picker.count() == 3 and button.text() == "Filter (3/4)" and button.isChecked()
    titles = {picker.itemText(i) for i in range(picker.count())}
    assert not any("Promo akhir tahun" in t for t in titles)
    # the LIVE shown stays named in the picker when the filter hides it
    window.set_session_filter(SessionFilter(text="no such LIVE"))
    assert picker.count() == 0 and picker.currentIndex() == -1
    assert shown.session.title in picker.placeholderText() and "hidden by the filter" in picker.placeholderText()
    # picking from a filtered list opens the LIVE of that row, not of the unfiltered row with the same number
    toko = next(s.id for s in window.sessions.sessions() if s.ref.account == TOKO)
    window.set_session_filter(SessionFilter(account=TOKO))
    assert picker.count() == 1
    with qtbot.waitSignal(window.session_selected, check_params_cb=lambda sid: sid == toko):
        picker.activated.emit(0)
    qtbot.waitUntil(lambda: (s := window.snapshot()) is not None and s.session.id == toko, timeout=10_000)
    assert picker.currentIndex() == 0 and picker.itemData(0, SESSION_ID_ROLE) == toko
    window.set_session_filter(SessionFilter())
    assert picker.count() == 4 and picker.itemData(picker.currentIndex(), SESSION_ID_ROLE) == toko
    assert button.text() == "Filter" and not button.isChecked()


def test_the_filter_is_reachable_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    popup = window.session_filter.popup
    qtbot.waitUntil(popup.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is popup.text_edit)
    qtbot.keyClicks(popup.text_edit, "lip oil")
    assert window.picker.count() == 1 and "Lip oil launch" in window.picker.itemText(0)
    qtbot.keyClick(popup.text_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert window.picker.count() == 1  # closing keeps the filter; nothing is persisted beyond the window
    window.session_filter.setFocus()
    qtbot.keyClick(window.session_filter, Qt.Key.Key_Space)  # the button opens it too
    qtbot.waitUntil(popup.isVisible)
    popup.clear_button.click()
    assert window.picker.count() == 4
