"""The Traffic sources tab on the demo LIVE, written through the store and read back as the screens read it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from livedesk.models import repository as repo
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import SessionStatus
from livedesk.models.repository import ChannelSeries, SessionSnapshot
from livedesk.models.store import Store
from livedesk.models.table_model import RECORD_ROLE
from livedesk.models.traffic import MAX_TICKS, Col, channel_color, underused_channel
from livedesk.models.video_traffic import RankKey, VideoCol
from livedesk.services.demo import DemoConnector
from livedesk.views.traffic_tab import TrafficTab
from tests.factories import T0, base_batch, sample_batch

DEMO_NOW = 1_767_225_600.0  # a fixed clock: the demo LIVE has been running for 25 minutes by then
LATER_S = 300  # the second snapshot: five minutes later


class Clock:
    """A clock that moves only when told."""

    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def demo_snapshots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SessionSnapshot, SessionSnapshot]]:
    """The running demo LIVE at 25 minutes and five minutes later (more channel samples)."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('traffic') / 'demo.sqlite3'}")
    upgrade(engine)
    clock = Clock(DEMO_NOW)
    store, demo = Store(engine), DemoConnector(seed=7, clock=clock, history_days=0)
    snaps = []
    for _ in range(2):
        store.write(demo.poll())
        with engine.connect() as conn:
            live = next(s for s in repo.list_sessions(conn) if s.status is SessionStatus.LIVE)
            snaps.append(repo.load_snapshot(conn, live.id))
        clock.t += LATER_S
    engine.dispose()
    first, second = snaps
    assert len(first.channels) >= 7 and first.channel_series and first.videos  # the demo fills every panel
    yield first, second


@pytest.fixture
def snap(demo_snapshots: tuple[SessionSnapshot, SessionSnapshot]) -> SessionSnapshot:
    return demo_snapshots[0]


def _tab(qtbot: QtBot, snap: SessionSnapshot | None = None) -> TrafficTab:
    tab = TrafficTab()
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    if snap is not None:
        _feed(tab, snap)
    return tab


def _feed(tab: TrafficTab, snap: SessionSnapshot) -> None:
    tab.on_snapshot(snap)
    tab.on_frame()


def _series(snap: SessionSnapshot, name: str) -> ChannelSeries:
    return next(s for s in snap.channel_series if s.channel_raw == name)


def _top(snap: SessionSnapshot, n: int) -> tuple[str, ...]:
    return tuple(c.channel_raw for c in sorted(snap.channels, key=lambda c: -(c.impressions or 0))[:n])


def _pct(text: str) -> Decimal:
    match = re.fullmatch(r"(\d+\.\d)%", text)
    assert match, f"not a one-decimal percentage: {text!r}"
    return Decimal(match.group(1))


# --- the breakdown table ------------------------------------------------------------------------------------

def test_object_names_are_stable(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    assert tab.table.objectName() == "trafficTable"
    assert tab.chart.objectName() == "channelTrendChart"
    assert tab.metric_selector.objectName() == "channelMetricSelector"
    assert tab.video_table.objectName() == "videoTrafficTable"


def test_every_column_sorts_with_the_total_row_last(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    view = tab.table.model()
    n = len(snap.channels)
    assert view.rowCount() == n + 1
    for column in Col:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.table.sortByColumn(column, order)
            assert view.index(n, Col.CHANNEL).data() == "Total", (column.name, order)
    tab.table.sortByColumn(Col.GMV, Qt.SortOrder.DescendingOrder)
    gmv = [view.index(r, 0).data(RECORD_ROLE).stat.gmv for r in range(n)]
    assert gmv == sorted(gmv, reverse=True)  # by value, not by the "$1,234.56" text


def test_share_columns_add_up_to_100_and_the_total_row_says_so(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    view = tab.table.model()
    n = len(snap.channels)
    for column in (Col.IMPRESSIONS_PCT, Col.VIEWS_PCT, Col.GMV_PCT):
        assert sum(_pct(view.index(r, column).data()) for r in range(n)) == Decimal(100), column.name
        assert view.index(n, column).data() == "100.0%"
    total_impressions = sum(c.impressions or 0 for c in snap.channels)
    total_views = sum(c.views or 0 for c in snap.channels)
    assert view.index(n, Col.IMPRESSIONS).data() == f"{total_impressions:,}"
    assert view.index(n, Col.TAP_THROUGH).data() == f"{total_views / total_impressions * 100:.2f}%"
    # the whole table is visible: no vertical scrolling to reach the total row
    assert tab.table.verticalScrollBar().maximum() == 0


def test_insight_line_names_the_computed_channel_with_its_figures(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    found = underused_channel(snap.channels)
    assert found is not None  # the demo has channels with a high tap-through and few impressions
    text = tab.insight_text()
    assert found.channel in text
    assert f"{found.impressions_share * 100:.1f}%" in text
    assert f"{found.ratio:.1f}×" in text
    assert tab.insight_label.isVisible()


def test_tab_order_runs_table_chart_metric_ranking_videos(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    chain, w = [], tab.table
    for _ in range(200):
        tabbable = w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if w.isVisible() and tab.isAncestorOf(w) and tabbable:
            chain.append(w)
        w = w.nextInFocusChain()
        if w is tab.table:
            break
    assert chain == [tab.table, tab.metric_selector, tab.rank_selector, tab.video_table]  # the chart is skipped


# --- the channel comparison ----------------------------------------------------------------------------------

def test_default_ticks_are_the_top_three_and_curves_match_the_cache(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    top3 = _top(snap, 3)
    assert tab.model.ticks() == top3
    assert tab.chart.curve_names() == top3
    kinds = {c.channel_raw: c.channel for c in snap.channels}
    assert tab.chart.legend_entries() == tuple((name, channel_color(name, kinds[name])) for name in top3)
    for name in top3:
        s = _series(snap, name)
        x, y = tab.chart.curve_data(name)
        np.testing.assert_array_equal(x, (s.ts - snap.session.started_at) / 1000.0)
        np.testing.assert_array_equal(y, s.impressions)
    # the running minute is drawn dotted, apart from the complete ones
    px, _ = tab.chart.partial_data(top3[0])
    assert px.size == 2 and px[-1] == x[-1]


def test_metric_selector_switches_the_curves(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    name = tab.model.ticks()[0]
    for text, field in (("GMV", "gmv"), ("Views", "views"), ("Impressions", "impressions")):
        tab.metric_selector.setCurrentIndex(tab.metric_selector.findText(text))
        _, y = tab.chart.curve_data(name)
        np.testing.assert_array_equal(y, getattr(_series(snap, name), field))
        assert tab.chart.metric().value == field


def test_a_sixth_tick_is_refused_with_a_visible_message(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    view = tab.table.model()
    unticked = [r for r in range(len(snap.channels)) if view.index(r, 0).data(Qt.ItemDataRole.CheckStateRole)
                == Qt.CheckState.Unchecked]
    tab.table.setFocus()
    for row in unticked[:MAX_TICKS - 3]:  # Space toggles the current row's tick, whatever the column
        tab.table.setCurrentIndex(view.index(row, Col.VIEWS))
        QTest.keyClick(tab.table, Qt.Key.Key_Space)
    assert len(tab.model.ticks()) == MAX_TICKS
    assert len(tab.chart.curve_names()) == MAX_TICKS
    assert not tab.tick_message.isVisible()
    sixth = unticked[MAX_TICKS - 3]
    sixth_name = view.index(sixth, 0).data(RECORD_ROLE).stat.channel_raw
    before = tab.model.ticks()
    tab.table.setCurrentIndex(view.index(sixth, 0))
    QTest.keyClick(tab.table, Qt.Key.Key_Space)
    assert tab.model.ticks() == before
    assert view.index(sixth, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert tab.tick_message.isVisible()
    assert sixth_name in tab.tick_message.text() and str(MAX_TICKS) in tab.tick_message.text()
    assert sixth_name not in tab.chart.curve_names()
    # untick one (as a click on the box does): the message goes, and the sixth can be ticked
    first = next(r for r in range(len(snap.channels)) if view.index(r, 0).data(RECORD_ROLE).stat.channel_raw
                 == before[0])
    assert view.setData(view.index(first, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not tab.tick_message.isVisible()
    QTest.keyClick(tab.table, Qt.Key.Key_Space)
    assert tab.chart.curve_names() == (*before[1:], sixth_name)


def test_clicking_a_check_box_ticks_the_channel(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    view = tab.table.model()
    row = next(r for r in range(len(snap.channels)) if view.index(r, 0).data(Qt.ItemDataRole.CheckStateRole)
               == Qt.CheckState.Unchecked)
    name = view.index(row, 0).data(RECORD_ROLE).stat.channel_raw
    opt = QStyleOptionViewItem()
    opt.rect = tab.table.visualRect(view.index(row, 0))
    tab.table.itemDelegate().initStyleOption(opt, view.index(row, 0))
    box = tab.table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, tab.table)
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.center())
    assert tab.model.ticks()[-1] == name
    assert name in tab.chart.curve_names()
    QTest.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.center())
    assert name not in tab.model.ticks()


def test_with_no_channel_ticked_the_chart_says_how_to_tick(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    tab.model.set_ticks(())
    prompt = tab.chart_empty_label
    assert prompt.isVisible() and "No channel ticked" in prompt.text() and not tab.chart.isVisible()
    tab.model.set_ticks(_top(snap, 1))
    assert tab.chart.isVisible() and not prompt.isVisible()


def test_chart_click_asks_the_tab_to_seek(qtbot: QtBot, snap: SessionSnapshot) -> None:
    tab = _tab(qtbot, snap)
    plot = tab.chart.plot_widget()
    target = snap.session.started_at + 600_000  # 10:00 into the LIVE
    vb = plot.getPlotItem().vb
    seconds_per_px = (vb.viewRange()[0][1] - vb.viewRange()[0][0]) / vb.width()
    at = plot.mapFromScene(tab.chart.scene_pos_of(target))
    with qtbot.waitSignal(tab.seek_requested,
                          check_params_cb=lambda ts: abs(ts - target) <= 1000 * seconds_per_px + 1) as blocker:
        QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert isinstance(blocker.args[0], int)


def test_curves_grow_when_a_newer_snapshot_arrives(qtbot: QtBot,
                                                   demo_snapshots: tuple[SessionSnapshot, SessionSnapshot]) -> None:
    first, second = demo_snapshots
    tab = _tab(qtbot, first)
    view = tab.table.model()
    # the user's own choice survives live updates of the same LIVE
    row = next(r for r in range(view.rowCount() - 1) if view.index(r, 0).data(RECORD_ROLE).stat.channel_raw
               not in tab.model.ticks())
    view.setData(view.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    ticks = tab.model.ticks()
    assert len(ticks) == 4
    sizes = {name: tab.chart.curve_data(name)[0].size for name in ticks}
    _feed(tab, second)
    assert tab.model.ticks() == ticks
    for name in ticks:
        x, y = tab.chart.curve_data(name)
        assert x.size > sizes[name]
        np.testing.assert_array_equal(y, _series(second, name).impressions)
    total = view.rowCount() - 1
    assert view.index(total, Col.IMPRESSIONS).data() == f"{sum(c.impressions or 0 for c in second.channels):,}"


def test_another_live_goes_back_to_the_default_ticks(qtbot: QtBot, snap: SessionSnapshot, store: Store) -> None:
    tab = _tab(qtbot, snap)
    tab.model.set_ticks(tab.model.ticks()[:1])
    store.write(base_batch("other"))
    store.write(sample_batch("other", 0, 5))
    with store.engine.connect() as conn:
        bare = repo.load_snapshot(conn, 1)
    _feed(tab, bare)
    assert tab.model.ticks() == ()
    assert tab.chart.curve_names() == ()
    _feed(tab, snap)
    assert tab.model.ticks() == _top(snap, 3)


# --- videos -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "key"), [("Impressions", RankKey.IMPRESSIONS), ("Views", RankKey.VIEWS),
                                           ("GMV", RankKey.GMV)])
def test_videos_are_ranked_by_the_chosen_figure(qtbot: QtBot, snap: SessionSnapshot, text: str,
                                                key: RankKey) -> None:
    tab = _tab(qtbot, snap)
    if key is RankKey.IMPRESSIONS:  # the default: pick another first so the choice is a change
        tab.rank_selector.setCurrentIndex(tab.rank_selector.findText("GMV"))
    tab.video_table.sortByColumn(VideoCol.TITLE, Qt.SortOrder.AscendingOrder)
    tab.rank_selector.setCurrentIndex(tab.rank_selector.findText(text))
    view = tab.video_table.model()
    assert view.rowCount() == len(snap.videos)
    field = {RankKey.IMPRESSIONS: "impressions", RankKey.VIEWS: "views", RankKey.GMV: "gmv"}[key]
    shown = [getattr(view.index(r, 0).data(RECORD_ROLE).video, field) for r in range(view.rowCount())]
    assert shown == sorted((getattr(v, field) for v in snap.videos), reverse=True)
    assert [view.index(r, VideoCol.RANK).data() for r in range(view.rowCount())] == [
        str(i + 1) for i in range(view.rowCount())]
    # the table stays sortable by any column; the rank goes with its video
    tab.video_table.sortByColumn(VideoCol.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [view.index(r, VideoCol.TITLE).data() for r in range(view.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


# --- empty states ------------------------------------------------------------------------------------------------

def test_panels_without_data_say_which_source_fills_them(qtbot: QtBot, store: Store) -> None:
    store.write(base_batch(status=SessionStatus.ENDED, ended_at=T0 + 60_000))
    store.write(sample_batch("L1", 0, 60))
    with store.engine.connect() as conn:
        bare = repo.load_snapshot(conn, 1)
    tab = _tab(qtbot, bare)
    for label in (tab.empty_label, tab.chart_empty_label, tab.video_empty_label):
        assert label.objectName() == "emptyState" and label.isVisible()
        assert "TikTok Shop API" in label.text() and "LiveDesk bundle" in label.text()
    assert not tab.table.isVisible() and not tab.video_table.isVisible()
    assert tab.insight_text() == ""
