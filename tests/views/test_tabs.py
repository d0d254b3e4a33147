"""The tabs show what the cache holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from livedesk.models import repository as repo
from livedesk.models.records import SessionStatus
from livedesk.models.repository import SessionSnapshot
from livedesk.models.store import Store
from livedesk.models.traffic import ChannelTableModel, channel_rows
from livedesk.settings import Settings
from livedesk.views.charts import TrendChart
from livedesk.views.key_metrics_tab import KeyMetricsTab
from livedesk.views.traffic_tab import TrafficTab
from tests.factories import T0, base_batch, rich_batch


@pytest.fixture
def snapshot(store: Store) -> SessionSnapshot:
    store.write(base_batch(status=SessionStatus.ENDED, ended_at=T0 + 600_000))
    store.write(rich_batch())
    with store.engine.connect() as conn:
        return repo.load_snapshot(conn, 1)


def _tab(keys: tuple[str, ...]) -> KeyMetricsTab:
    tab = KeyMetricsTab(Settings())
    tab.set_card_keys(keys)
    return tab


def test_cards_show_aggregates_and_dash_for_missing(qtbot: QtBot, snapshot: SessionSnapshot) -> None:
    tab = _tab(("views", "tap_through_rate", "ads_cost", "pcu"))
    qtbot.addWidget(tab)
    tab.show()
    tab.on_snapshot(snapshot)
    tab.on_frame()
    texts = {c.card_metric.key: c.value_text() for c in tab.cards.cards()}
    assert texts["views"] == "6,000"  # 10 per second × 600 s
    assert texts["tap_through_rate"] == "10.00%"  # ratio of sums: 6,000 / 60,000
    assert texts["ads_cost"] == "—"  # never provided: missing, not $0.00
    assert texts["pcu"] == "649"


def test_hidden_tab_does_no_work(qtbot: QtBot, snapshot: SessionSnapshot) -> None:
    tab = _tab(("views",))
    qtbot.addWidget(tab)
    tab.on_snapshot(snapshot)
    tab.on_frame()  # not shown: nothing painted
    assert tab.cards.cards()[0].value_text() == "—"


def test_channel_model_contract_and_shares(qtmodeltester, snapshot: SessionSnapshot) -> None:  # type: ignore[no-untyped-def]
    model = ChannelTableModel()
    model.set_channels(snapshot.channels, "USD")
    qtmodeltester.check(model)
    rows = channel_rows(snapshot.channels, "USD")
    assert sum(r.impressions_share or 0 for r in rows) == pytest.approx(1.0)
    assert sum(r.views_share or 0 for r in rows) == pytest.approx(1.0)
    paid = next(r for r in rows if r.stat.paid)
    assert paid.gmv_share is None  # the source gave no GMV for it


def test_traffic_table_sorts_by_value_not_text(qtbot: QtBot, snapshot: SessionSnapshot) -> None:
    tab = TrafficTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.on_snapshot(snapshot)
    tab.on_frame()
    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # views
    first = tab.table.model().index(0, 0).data()
    assert first == "LIVE ads"


def test_marker_click_and_point_click_request_a_seek(qtbot: QtBot, snapshot: SessionSnapshot) -> None:
    from livedesk.models import metrics as mx

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    chart.set_metrics(mx.metric("views"), mx.metric("gmv"))
    chart.show_data(snapshot.samples, snapshot.session.started_at, "USD", snapshot.events)
    assert chart.marker_count() == 2
    x, y = chart.curve_data(0)
    assert x.size == 600 and y[-1] == 600  # views per trailing minute: 10/s × 60 s
    pin = chart.markers()[0]
    plot = chart.plot_widget()
    at_pin = plot.mapFromScene(chart.scene_pos_of(pin.ts + 1500))  # a pixel or two beside the line
    with qtbot.waitSignal(chart.seek_requested, check_params_cb=lambda ts: ts == T0 + 60_000):
        QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at_pin)
    free = plot.mapFromScene(chart.scene_pos_of(T0 + 200_000))  # far from any marker: the point itself
    with qtbot.waitSignal(chart.seek_requested, check_params_cb=lambda ts: abs(ts - (T0 + 200_000)) < 2000):
        QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, free)
    chart.set_kind_visible(pin.kind, False)
    assert chart.marker_count() == 1 and chart.markers()[0].kind.value == "violation"
