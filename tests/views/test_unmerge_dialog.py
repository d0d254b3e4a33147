"""File → Separate merged sources… and the LIVE picker's context menu, in the whole app on a real cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from livedesk.app import build, context_of
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.store import Store
from livedesk.views.main_window import MainWindow
from livedesk.views.unmerge_dialog import UnmergeDialog
from tests.services.test_merging import MIN, T, q, room_batch, shop_batch

TIMEOUT = 15_000


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    store.write(room_batch(end=T + 60 * MIN, seconds=30))  # the room: LIVE 1, 3 comments a second
    store.write(shop_batch("S1", start=T, end=T + 60 * MIN, gmv=10_000))  # TikTok Shop's view, merged into it
    store.write(room_batch("other", start=T + 300 * MIN, end=T + 360 * MIN, handle="@someone.else"))  # LIVE 2
    engine.dispose()
    win = build(["--db", url, "--session", "1"])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: (s := win.snapshot()) is not None and s.session.id == 1, timeout=TIMEOUT)
    yield win
    context_of(win).shutdown()


def _open(window: MainWindow, qtbot: QtBot) -> UnmergeDialog:
    window.unmerge.action.trigger()
    dialog = window.unmerge.dialog
    assert isinstance(dialog, UnmergeDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    return dialog


def test_separating_a_source_from_the_file_menu(qtbot: QtBot, window: MainWindow) -> None:
    ctx = context_of(window)
    assert window.unmerge.action in window.file_menu.actions()
    assert window.unmerge.action.text() == "Se&parate merged sources…"
    dialog = _open(window, qtbot)
    assert dialog.isVisible() and dialog.windowTitle() == "Separate merged sources"
    assert "LIVE @glowlab.official" in dialog.live_label.text()
    item = dialog.parts.topLevelItem(0)
    assert [item.text(i) for i in range(4)] == ["TikTok Shop API", "7495000000000000001", "S1",
                                                "the same creator and time"]
    assert dialog.parts.headerItem().text(3) == "Matched by"
    assert dialog.separate_button.isEnabled() and dialog.selected_part() is not None

    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or False  # the user says no: nothing happens
    assert not dialog.separate_selected()
    assert "Separate TikTok Shop API (7495000000000000001, LIVE S1) from this LIVE?" in asked[0]
    dialog.confirm = lambda _text: True
    with qtbot.waitSignal(dialog.separated, timeout=TIMEOUT) as sig:
        dialog.separate_button.click()
        assert not dialog.separate_button.isEnabled() and dialog.result_text() == "Separating…"
    result = sig.args[0]
    assert dialog.result_text() == (f"Separated: TikTok Shop API LIVE S1 is now a LIVE of its own "
                                    f"({result.rows} rows moved).")
    qtbot.waitUntil(lambda: dialog.empty_label.isVisible(), timeout=TIMEOUT)
    assert "nothing to separate" in dialog.empty_label.text() and not dialog.separate_button.isEnabled()
    # the LIVE list gains TikTok Shop's LIVE; the LIVE shown is read again, without TikTok Shop's figures
    qtbot.waitUntil(lambda: window.sessions.rowCount() == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: (s := window.snapshot()) is not None and s.session.id == 1
                    and s.whole_totals().sums.get("gmv") is None, timeout=TIMEOUT)
    assert window.snapshot().whole_totals().sums["comments"] == 90  # type: ignore[union-attr]
    assert "was separated from this LIVE" in window.statusBar().currentMessage()
    assert q(ctx.store, "SELECT source FROM live_session WHERE id = :n", n=result.new_session_id) == [
        ("tiktok_shop",)]
    dialog.close()
    qtbot.waitUntil(lambda: window.unmerge.dialog is None, timeout=TIMEOUT)


def test_the_picker_context_menu_offers_it_and_a_live_without_merges_says_so(qtbot: QtBot,
                                                                             window: MainWindow) -> None:
    window.picker.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.waitUntil(lambda: any(m.objectName() == "sessionPickerMenu" and m.isVisible()
                                for m in QApplication.topLevelWidgets() if isinstance(m, QMenu)), timeout=TIMEOUT)
    menu = next(m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu)
                and m.objectName() == "sessionPickerMenu")
    assert window.unmerge.action in menu.actions()
    menu.close()

    window.select_session(2)
    qtbot.waitUntil(lambda: (s := window.snapshot()) is not None and s.session.id == 2, timeout=TIMEOUT)
    dialog = _open(window, qtbot)
    assert dialog.empty_label.text() == "No other source is merged into this LIVE: there is nothing to separate."
    assert not dialog.parts.isVisible() and not dialog.separate_button.isEnabled()
    assert not dialog.separate_selected()
    # texts follow a language change (retranslate_ui)
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.separate_button.text() == "Separate"
    dialog.close()
