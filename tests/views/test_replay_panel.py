"""The replay panel with a real Qt Multimedia player on the demo clock clip: transport, comments, pinned card."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livedesk.models import repository as repo
from livedesk.models.comments import TS_ROLE, CommentListModel, CommentSearchModel, CommentWindowModel
from livedesk.models.records import (
    Batch,
    CommentRecord,
    EventKind,
    EventRecord,
    ProductRecord,
    SessionProductRecord,
    SessionStatus,
)
from livedesk.models.repository import SessionSnapshot
from livedesk.models.store import Store
from livedesk.services.demo_video import generate_clock_video
from livedesk.services.replay import ReplayService
from livedesk.services.replay_backends import QtBackend
from livedesk.views.pinned_product_card import PinnedProductCard, PinTimeline
from livedesk.views.replay_panel import CommentListView, ReplayPanel
from tests.factories import ACCOUNT, T0, base_batch, rich_batch, session_ref

OPEN_TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clock video a bit longer than the 600 s test LIVE."""
    return generate_clock_video(tmp_path_factory.mktemp("replay-panel") / "clip.mp4", 620)


def _products() -> Batch:
    """The pinned product of ``rich_batch`` (sku-1, pinned 60–120 s) with its catalogue data and figures."""
    return Batch(
        "manual",
        products=(ProductRecord(ACCOUNT, "sku-1", "Lip oil", "LIP-OIL-1", 1999, "USD", "manual"),),
        session_products=(SessionProductRecord(session_ref(), "sku-1", 1, T0 + 60_000, 1000, 120, 30, 12, 10, 9,
                                               11, 8, 19_990, "manual"),),
    )


def _snapshot(store: Store, *, replay_uri: str | None, live: bool = False) -> SessionSnapshot:
    batch = base_batch() if live else base_batch(status=SessionStatus.ENDED, ended_at=T0 + 600_000)
    session = dataclasses.replace(batch.sessions[0], replay_uri=replay_uri)
    store.write(dataclasses.replace(batch, sessions=(session,)))
    store.write(rich_batch())  # comments every 10 s, "Lip oil" pinned 60–120 s
    store.write(_products())
    with store.engine.connect() as conn:
        return repo.load_snapshot(conn, 1)


@pytest.fixture
def replay() -> Iterator[ReplayService]:
    service = ReplayService(QtBackend(), "")
    yield service
    service.shutdown()


@pytest.fixture
def panel(qtbot: QtBot, replay: ReplayService) -> ReplayPanel:
    p = ReplayPanel(replay)
    qtbot.addWidget(p)
    p.seek_requested.connect(replay.seek)  # what the composition root wires through the main window
    p.resize(420, 820)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def opened(qtbot: QtBot, store: Store, clip: Path, panel: ReplayPanel, replay: ReplayService) -> SessionSnapshot:
    """An ended LIVE whose replay the panel opened (after its short delay)."""
    snap = _snapshot(store, replay_uri=str(clip))
    with qtbot.waitSignal(replay.availability_changed, timeout=OPEN_TIMEOUT_MS,
                          check_params_cb=lambda ok, _why: ok):
        panel.on_snapshot(snap)
    assert replay.is_loaded()
    return snap


def _seek(qtbot: QtBot, replay: ReplayService, ts: int) -> None:
    with qtbot.waitSignal(replay.position_changed, check_params_cb=lambda p: p == ts):
        replay.seek(ts)


def _shown_ts(panel: ReplayPanel) -> list[int]:
    model = panel.synced_comments
    return [model.index(r).data(TS_ROLE) for r in range(model.rowCount())]


def test_seeking_shows_the_comments_up_to_that_moment(qtbot: QtBot, panel: ReplayPanel, replay: ReplayService,
                                                      opened: SessionSnapshot) -> None:
    t = T0 + 95_000
    _seek(qtbot, replay, t)
    qtbot.waitUntil(lambda: len(_shown_ts(panel)) == 10)  # comments at 0, 10, ... 90 s
    assert _shown_ts(panel) == [T0 + i * 10_000 for i in range(10)]
    assert panel.comment_view.currentIndex().row() == 9  # the newest visible one is current
    assert panel.clock_text() == "0:01:35 / 0:10:00"
    # backwards: rows go away at the end only
    t = T0 + 35_000
    _seek(qtbot, replay, t)
    qtbot.waitUntil(lambda: len(_shown_ts(panel)) == 4)
    assert max(_shown_ts(panel)) <= t
    assert panel.comment_view.currentIndex().row() == 3
    # the list is in sync with the replay, not with the newest comment
    assert panel.current_moment() == t


def test_clicking_a_comment_seeks_to_it(qtbot: QtBot, panel: ReplayPanel, replay: ReplayService,
                                        opened: SessionSnapshot) -> None:
    _seek(qtbot, replay, T0 + 95_000)
    qtbot.waitUntil(lambda: panel.synced_comments.rowCount() == 10)
    view = panel.comment_view
    index = panel.synced_comments.index(3)
    with qtbot.waitSignal(panel.seek_requested, check_params_cb=lambda ts: ts == T0 + 30_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: panel.synced_comments.rowCount() == 4)
    assert replay.position() == T0 + 30_000


def test_the_pinned_card_follows_the_moment(qtbot: QtBot, panel: ReplayPanel, replay: ReplayService,
                                            opened: SessionSnapshot) -> None:
    card = panel.findChild(PinnedProductCard, "pinnedProductCard")
    assert card is panel.pinned_card
    _seek(qtbot, replay, T0 + 90_000)
    qtbot.waitUntil(lambda: card.pin() is not None)
    text = card.text()
    assert "Lip oil" in text and "$19.99" in text
    assert "GMV $199.90" in text and "Orders 10" in text and "Clicks 120" in text
    assert "0:01:00" in text  # pinned since
    _seek(qtbot, replay, T0 + 200_000)
    qtbot.waitUntil(lambda: card.pin() is None)
    assert "No product pinned at this moment" in card.text()
    # a click on the card jumps to the pin moment
    _seek(qtbot, replay, T0 + 110_000)
    qtbot.waitUntil(lambda: card.pin() is not None)
    with qtbot.waitSignal(panel.seek_requested, check_params_cb=lambda ts: ts == T0 + 60_000):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)


def test_the_swap_button_shows_every_comment_with_search(qtbot: QtBot, panel: ReplayPanel, replay: ReplayService,
                                                        opened: SessionSnapshot) -> None:
    _seek(qtbot, replay, T0 + 25_000)
    qtbot.waitUntil(lambda: panel.synced_comments.rowCount() == 3)
    assert not panel.all_comments_view.isVisible() and panel.surface.isVisible()
    qtbot.mouseClick(panel.mode_button, Qt.MouseButton.LeftButton)
    assert panel.is_showing_all_comments()
    assert panel.all_comments_view.isVisible() and not panel.surface.isVisible()
    assert panel.all_comments_view.model().rowCount() == 60  # the whole LIVE, whatever the position
    qtbot.keyClicks(panel.search_edit, "Comment 1")  # the space goes into the text, not to play/pause
    assert panel.search_edit.text() == "Comment 1"
    model = panel.all_comments_view.model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(texts) == 11 and all("comment 1" in t for t in texts)  # 1, 10..19
    panel.search_edit.setText("USER42")  # by user, any case
    assert model.rowCount() == 1 and model.index(0, 0).data().endswith("user42: comment 42")
    # a search hit seeks like any comment
    with qtbot.waitSignal(panel.seek_requested, check_params_cb=lambda ts: ts == T0 + 420_000):
        view = panel.all_comments_view
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(0, 0)).center())
    qtbot.mouseClick(panel.mode_button, Qt.MouseButton.LeftButton)
    assert not panel.is_showing_all_comments() and panel.surface.isVisible()


def test_the_slider_follows_the_replay_and_dragging_it_seeks(qtbot: QtBot, panel: ReplayPanel,
                                                            replay: ReplayService, opened: SessionSnapshot) -> None:
    slider = panel.slider
    assert slider.objectName() == "replaySlider" and slider.isEnabled()
    assert (slider.minimum(), slider.maximum()) == (0, 600_000)  # the LIVE's length in LIVE time
    _seek(qtbot, replay, T0 + 123_000)
    assert slider.value() == 123_000
    slider.setSliderDown(True)
    with qtbot.waitSignal(replay.position_changed, check_params_cb=lambda p: p == T0 + 300_000):
        slider.setSliderPosition(300_000)  # what a drag does: sliderMoved → seek
    _seek(qtbot, replay, T0 + 10_000)  # the player moves on meanwhile: the slider stays under the mouse
    assert slider.value() == 300_000
    with qtbot.waitSignal(replay.position_changed, check_params_cb=lambda p: p == T0 + 300_000):
        slider.setSliderDown(False)  # released: the replay goes where the slider was let go
    assert replay.position() == T0 + 300_000
    qtbot.waitUntil(lambda: panel.synced_comments.rowCount() == 31)


def test_arrow_keys_step_five_seconds(qtbot: QtBot, panel: ReplayPanel, replay: ReplayService,
                                      opened: SessionSnapshot) -> None:
    _seek(qtbot, replay, T0 + 100_000)
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.comment_view.setFocus()
    with qtbot.waitSignal(replay.position_changed, check_params_cb=lambda p: p == T0 + 105_000):
        qtbot.keyClick(panel.comment_view, Qt.Key.Key_Right)
    with qtbot.waitSignal(replay.position_changed, check_params_cb=lambda p: p == T0 + 100_000):
        qtbot.keyClick(panel.comment_view, Qt.Key.Key_Left)


# The offscreen platform cannot move the video widget's native window to another window (xcb, Windows and
# macOS can): it says so and goes on.
@pytest.mark.qt_log_ignore("This plugin does not support setParent", "This plugin does not support lower")
def test_double_click_toggles_full_screen_video(qtbot: QtBot, panel: ReplayPanel, opened: SessionSnapshot) -> None:
    surface = panel.findChild(type(panel.surface), "replayVideo")
    assert surface is panel.surface
    assert not panel.is_video_full_screen()
    with qtbot.waitSignal(panel.video_full_screen_changed, check_params_cb=lambda on: on):
        qtbot.mouseDClick(surface, Qt.MouseButton.LeftButton)
    assert panel.is_video_full_screen()
    host = surface.window()
    assert host is not panel.window() and host.isFullScreen()
    assert panel.slider.window() is host  # the transport goes along
    with qtbot.waitSignal(panel.video_full_screen_changed, check_params_cb=lambda on: not on):
        qtbot.keyClick(host, Qt.Key.Key_Escape)
    assert not panel.is_video_full_screen()
    assert surface.window() is panel.window() and not host.isVisible()
    assert surface.isVisible()
    with qtbot.waitSignal(panel.video_full_screen_changed, check_params_cb=lambda on: on):
        qtbot.mouseDClick(surface, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.video_full_screen_changed, check_params_cb=lambda on: not on):
        qtbot.mouseDClick(surface, Qt.MouseButton.LeftButton)
    assert surface.window() is panel.window()


def test_during_a_live_comments_arrive_as_they_come(qtbot: QtBot, store: Store, panel: ReplayPanel,
                                                    replay: ReplayService) -> None:
    snap = _snapshot(store, replay_uri=None, live=True)
    with qtbot.waitSignal(replay.availability_changed, timeout=OPEN_TIMEOUT_MS,
                          check_params_cb=lambda ok, why: not ok and why == "no_replay"):
        panel.on_snapshot(snap)
    view = panel.comment_view
    assert panel.current_moment() is None  # no replay: the newest
    assert panel.synced_comments.rowCount() == 60
    assert panel.live_button.isVisible() and panel.live_button.isChecked()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()

    ref = snap.session.ref
    new = tuple(CommentRecord(ref, f"n{i}", T0 + 600_000 + i * 300, f"viewer{i}", f"new {i}", "en", "manual")
                for i in range(3))
    snap = dataclasses.replace(snap, comments=snap.comments + new)
    panel.on_snapshot(snap, new)
    assert panel.synced_comments.rowCount() == 63
    assert panel.synced_comments.index(62).data().endswith("viewer2: new 2")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())  # it was at the bottom: it stays there

    bar.setValue(0)  # the user scrolled up to read: new comments do not pull the list down
    more = (CommentRecord(ref, "n9", T0 + 602_000, "viewer9", "hello", "en", "manual"),)
    panel.on_snapshot(dataclasses.replace(snap, comments=snap.comments + more), more)
    assert panel.synced_comments.rowCount() == 64 and bar.value() == 0

    # the same LIVE read again in full (no delta): the list takes the whole set
    again = (CommentRecord(ref, "n10", T0 + 603_000, "viewer10", "again", "en", "manual"),)
    panel.on_snapshot(dataclasses.replace(snap, comments=snap.comments + more + again))
    assert panel.synced_comments.rowCount() == 65


def test_during_a_live_the_replay_takes_over_once_moved_and_live_takes_it_back(
        qtbot: QtBot, store: Store, clip: Path, panel: ReplayPanel, replay: ReplayService) -> None:
    snap = _snapshot(store, replay_uri=str(clip), live=True)
    with qtbot.waitSignal(replay.availability_changed, timeout=OPEN_TIMEOUT_MS,
                          check_params_cb=lambda ok, _why: ok):
        panel.on_snapshot(snap)
    assert panel.current_moment() is None and panel.synced_comments.rowCount() == 60
    assert panel.live_button.isChecked() and panel.live_button.isEnabled()
    _seek(qtbot, replay, T0 + 55_000)
    qtbot.waitUntil(lambda: panel.synced_comments.rowCount() == 6)
    assert not panel.live_button.isChecked()
    qtbot.mouseClick(panel.live_button, Qt.MouseButton.LeftButton)
    assert panel.current_moment() is None and panel.synced_comments.rowCount() == 60
    assert panel.live_button.isChecked() and not replay.is_playing()


def test_during_a_live_the_card_shows_the_product_pinned_now(qtbot: QtBot, store: Store, panel: ReplayPanel,
                                                            replay: ReplayService) -> None:
    snap = _snapshot(store, replay_uri=None, live=True)
    with qtbot.waitSignal(replay.availability_changed, timeout=OPEN_TIMEOUT_MS):
        panel.on_snapshot(snap)
    assert panel.pinned_card.pin() is None  # the 60–120 s pin is over at 599 s
    pin = EventRecord(snap.session.ref, EventKind.PRODUCT_PIN, T0 + 590_000, None, "sku-1", "Lip oil", "manual")
    panel.on_snapshot(dataclasses.replace(snap, events=(*snap.events, pin)))
    assert panel.pinned_card.pin() == pin and "Lip oil" in panel.pinned_card.text()


# --- the models and the pin lookup behind the panel ---------------------------------------------------------

def _comments(n: int) -> tuple[CommentRecord, ...]:
    return tuple(CommentRecord(session_ref(), f"c{i}", T0 + i * 10_000, f"user{i}", f"comment {i}", "en", "manual")
                 for i in range(n))


def test_comment_window_model_moves_with_inserts_and_removes(qtmodeltester, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    source = CommentListModel()
    window = CommentWindowModel(source)
    source.reset(_comments(20), T0)
    qtmodeltester.check(window)
    assert window.rowCount() == 20
    with qtbot.waitSignal(window.rowsRemoved, check_params_cb=lambda _p, first, last: (first, last) == (5, 19)):
        window.set_until(T0 + 45_000)
    assert window.rowCount() == 5
    with qtbot.waitSignal(window.rowsInserted, check_params_cb=lambda _p, first, last: (first, last) == (5, 7)):
        window.set_until(T0 + 70_000)
    with qtbot.assertNotEmitted(window.modelReset), qtbot.assertNotEmitted(window.rowsInserted):
        source.append(_comments(25)[20:])  # newer than the moment: not shown
        window.set_until(T0 + 75_000)  # no comment between 70 and 75 s
    assert window.rowCount() == 8
    late = (CommentRecord(session_ref(), "late", T0 + 15_000, "late", "late one", "en", "manual"),)
    source.append(late)  # arrives out of order: goes to its place in time
    assert window.rowCount() == 9 and window.index(2).data(TS_ROLE) == T0 + 15_000
    window.set_until(None)
    assert window.rowCount() == 26
    qtmodeltester.check(window)


def test_comment_search_model_matches_text_or_user(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    source = CommentListModel()
    source.reset(_comments(30), T0)
    search = CommentSearchModel(source)
    search.set_query("  USER2 ")
    assert search.rowCount() == 11  # user2, user20..user29
    search.set_query("comment 7")
    assert search.rowCount() == 1
    source.append((CommentRecord(session_ref(), "x", T0 + 400_000, "fan", "Comment 7 again", "en", "manual"),))
    assert search.rowCount() == 2
    qtmodeltester.check(search)


def test_pin_lookup_honours_ends_unpins_and_newer_pins() -> None:
    ref = session_ref()

    def ev(kind: EventKind, ts: int, end: int | None, product: str) -> EventRecord:
        return EventRecord(ref, kind, T0 + ts, None if end is None else T0 + end, product, product, "manual")

    line = PinTimeline((
        ev(EventKind.PRODUCT_PIN, 10, 20, "a"),
        ev(EventKind.PRODUCT_PIN, 30, None, "b"),  # never closed by its source ...
        ev(EventKind.PRODUCT_PIN, 50, None, "c"),  # ... the next pin replaces it
        ev(EventKind.PRODUCT_UNPIN, 70, None, "c"),
        ev(EventKind.VIOLATION, 12, 13, "v"),
    ))
    refs = {t: (p.ref if (p := line.pin_at(T0 + t)) else None) for t in (5, 10, 19, 20, 35, 50, 69, 70, 99)}
    assert refs == {5: None, 10: "a", 19: "a", 20: None, 35: "b", 50: "c", 69: "c", 70: None, 99: None}


class _PaintedHeights(QObject):
    """The heights of the regions a widget paints."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.heights: list[int] = []
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.heights.append(event.region().boundingRect().height())  # type: ignore[attr-defined]
        return False


def _settle() -> None:
    for _ in range(4):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _on_screen(view: CommentListView) -> QImage:
    """What the window shows of the list (the backing store), not a fresh rendering of it."""
    vp = view.viewport()
    pos = vp.mapTo(view.window(), vp.rect().topLeft())
    return view.screen().grabWindow(view.window().winId(), pos.x(), pos.y(), vp.width(), vp.height()).toImage()


def _rendered(view: CommentListView) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(_on_screen(view).format())


@pytest.mark.parametrize("n, more, moment", [(300, 12, False), (3, 5, False), (300, 12, True)],
                         ids=["end", "short", "replay-moment"])
def test_comment_list_repaints_only_new_rows_and_shows_what_a_full_repaint_would(
        qtbot: QtBot, n: int, more: int, moment: bool) -> None:
    source = CommentListModel()
    window = CommentWindowModel(source)
    source.reset(_comments(n), T0)
    window.set_until(T0 + (n - 1) * 10_000 if moment else None)  # a replay moment: the newest comment so far
    view = CommentListView()
    qtbot.addWidget(view)
    view.resize(360, 200)
    view.setModel(window)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    _settle()
    painted = _PaintedHeights(view.viewport())
    for i in range(n, n + more):  # a comment a second, the list following the end (or filling a short one)
        source.append((CommentRecord(session_ref(), f"n{i}", T0 + i * 10_000, f"user{i}", f"new {i}", "en", "manual"),))
        if moment:
            window.set_until(T0 + i * 10_000)  # the replay moves on to it
        view.scrollToBottom()
        _settle()
        assert painted.heights and max(painted.heights) <= 2 * view.rowHeight(0)  # the new rows, not the list
        assert _on_screen(view) == _rendered(view)  # (rendering it paints it whole once more)
        painted.heights.clear()
    if view.verticalScrollBar().maximum() == 0:
        return  # a short list: nothing to scroll
    view.verticalScrollBar().setValue(0)  # scrolled up: the new rows below change nothing on screen
    _settle()
    assert _on_screen(view) == _rendered(view)
    painted.heights.clear()
    source.append((CommentRecord(session_ref(), "late", T0 + 9_000_000, "u", "later", "en", "manual"),))
    _settle()
    assert not painted.heights
    assert _on_screen(view) == _rendered(view)
