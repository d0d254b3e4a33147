"""The Key metrics tab on demo data: cards, customisation, benchmarks, comparisons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from livedesk.models import history as hist
from livedesk.models import repository as repo
from livedesk.models.benchmarks import worst
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.history import SessionHistory
from livedesk.models.repository import SessionSnapshot
from livedesk.models.store import Store
from livedesk.services.demo import DemoConnector
from livedesk.settings import Settings
from livedesk.views.customize_metrics_dialog import CustomizeMetricsDialog
from livedesk.views.key_metrics_tab import DEFAULT_CARDS, KeyMetricsTab
from livedesk.views.metric_cards import MAX_CARDS


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo's live LIVE and 14 days of history, written through the real store once per module."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    upgrade(engine)
    store, demo = Store(engine), DemoConnector(seed=7)
    store.write(demo.poll())
    while demo.history_pending:
        store.write(demo.poll())
    yield store
    engine.dispose()


def _load(store: Store, *, live: bool) -> tuple[SessionSnapshot, SessionHistory]:
    with store.engine.connect() as conn:
        sessions = repo.list_sessions(conn)
        target = next(s for s in sessions if s.is_live == live)
        assert target.id is not None
        return repo.load_snapshot(conn, target.id), hist.load_history(conn, target.id)


def _shown_tab(qtbot: QtBot, snap: SessionSnapshot, history: SessionHistory | None) -> KeyMetricsTab:
    tab = KeyMetricsTab(Settings())
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    tab.on_snapshot(snap)
    if history is not None:
        tab.on_history(history)
    tab.on_frame()
    return tab


def test_dialog_refuses_the_seventeenth_metric(qtbot: QtBot) -> None:
    dialog = CustomizeMetricsDialog(DEFAULT_CARDS)
    qtbot.addWidget(dialog)
    extra = [k for k in ("likes", "shares", "comments", "gifts", "product_ctr", "sku_order_rate") if
             k not in DEFAULT_CARDS]
    for key in extra[: MAX_CARDS - len(DEFAULT_CARDS)]:
        assert dialog.set_checked(key, True)
    assert len(dialog.chosen()) == MAX_CARDS
    assert not dialog.set_checked("gmv_max_roi", True)
    assert "at most 16" in dialog.message()
    assert len(dialog.chosen()) == MAX_CARDS
    dialog.set_checked("likes", False)
    assert dialog.set_checked("gmv_max_roi", True)
    assert dialog.message() == ""


def test_the_card_choice_persists(qtbot: QtBot) -> None:
    first = KeyMetricsTab(Settings())
    qtbot.addWidget(first)
    first.set_card_keys(("gmv", "likes", "live_ctr"))
    second = KeyMetricsTab(Settings())
    qtbot.addWidget(second)
    assert second.card_keys() == ("gmv", "likes", "live_ctr")
    assert second.cards.card("likes") is not None


def test_after_the_live_worst_three_are_red_and_match_the_hand_computed_ones(
        qtbot: QtBot, demo_store: Store) -> None:
    snap, history = _load(demo_store, live=False)
    tab = _shown_tab(qtbot, snap, history)
    # hand computation: value over the whole LIVE vs the market average, in the good direction
    from livedesk.models import metrics as mx

    s = snap.session
    assert s.ended_at is not None
    totals = mx.Totals.of_arrays(snap.samples.columns, (s.ended_at - s.started_at) / 1000)
    devs = {}
    for key in tab.card_keys():
        m, bench = mx.metric(key), snap.benchmarks.get(key)
        v = mx.value(m, totals)
        if bench and v is not None:
            d = (v - bench) / abs(bench)
            devs[key] = d if m.higher_is_better else -d
    expected = [k for k, d in sorted(devs.items(), key=lambda kv: kv[1]) if d < 0][:3]
    assert list(tab.worst_keys()) == expected and len(expected) == 3
    for card in tab.cards.cards():
        assert card.is_worst() == (card.card_metric.key in expected)
    assert "vs market avg." in tab.cards.card(expected[0]).benchmark_text()  # type: ignore[union-attr]
    assert "vs previous LIVE" in tab.cards.card("gmv").change_text()  # type: ignore[union-attr]
    assert worst({}) == ()


def test_hovering_a_worst_card_after_the_live_shows_its_14_day_trend(qtbot: QtBot, demo_store: Store) -> None:
    snap, history = _load(demo_store, live=False)
    tab = _shown_tab(qtbot, snap, history)
    key = tab.worst_keys()[0]
    card = tab.cards.card(key)
    assert card is not None
    card.setFocus()
    qtbot.waitUntil(lambda: tab.popup().isVisible(), timeout=3000)
    assert tab.popup().metric_key() == key
    card.clearFocus()
    qtbot.waitUntil(lambda: not tab.popup().isVisible(), timeout=3000)
    # a card that is not among the worst opens nothing
    calm = next(c for c in tab.cards.cards() if not c.is_worst())
    calm.setFocus()
    assert not tab.popup().isVisible()


def test_during_the_live_totals_are_not_ranked_against_whole_live_averages(
        qtbot: QtBot, demo_store: Store) -> None:
    snap, history = _load(demo_store, live=True)
    tab = _shown_tab(qtbot, snap, history)
    assert "gmv" not in tab.worst_keys()
    gmv = tab.cards.card("gmv")
    assert gmv is not None and gmv.benchmark_text() == ""
    assert gmv.value_text().startswith("$")
    assert "vs previous LIVE" in gmv.change_text()
    key = tab.worst_keys()[0] if tab.worst_keys() else None
    if key is not None:
        card = tab.cards.card(key)
        assert card is not None
        card.setFocus()
        assert not tab.popup().isVisible()  # the 14-day trend is for finished LIVEs


def test_over_its_frame_budget_a_live_second_spreads_its_repaints_over_the_next_frame_ticks(
        qtbot: QtBot, demo_store: Store) -> None:
    snap, history = _load(demo_store, live=True)
    tab = KeyMetricsTab(Settings())
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    tab.set_frame_budget(0.0)  # every part is over it: one part per frame tick once the LIVE is painted
    tab.on_snapshot(snap)
    tab.on_history(history)
    parts = (tab, tab.trend, tab.traffic_shares, tab.followers, tab.audience, tab.products)
    tab.on_frame()  # a LIVE just opened: every part at once, whatever the budget
    assert not any(p.is_dirty() for p in parts)
    for p in parts:  # a live second in which every part changed
        p.mark_dirty()
    tab.on_frame()
    assert not tab.is_dirty() and all(p.is_dirty() for p in parts[1:])  # the cards first
    for n in range(2, len(parts) + 1):  # the others follow, one per frame tick, none dropped
        tab.mark_dirty()  # the next second's cards wait behind them
        tab.on_frame()
        assert sum(p.is_dirty() for p in parts[1:]) == len(parts) - n
    assert tab.is_dirty()
    tab.on_frame()
    assert not any(p.is_dirty() for p in parts)
    for p in parts:
        p.mark_dirty()
    tab.hide()
    tab.show()  # shown again: painted whole at once
    tab.on_frame()
    assert not any(p.is_dirty() for p in parts)


def test_a_change_or_deviation_that_rounds_to_zero_shows_no_direction(qtbot: QtBot) -> None:
    from livedesk.models import metrics as mx
    from livedesk.models.benchmarks import Deviation, Reference
    from livedesk.views.metric_cards import MetricCard

    card = MetricCard(mx.metric("viewers"))
    qtbot.addWidget(card)
    card.show_value(40_306, "USD", -0.0004, Deviation("viewers", 40_306, 40_400, Reference.MARKET, -0.0023), False, "")
    assert card.change_text() == "= 0.0% vs previous LIVE"  # not "▼ 0.0%"
    assert card.benchmark_text() == "0% vs market avg."  # not "−0%"
    card.show_value(40_306, "USD", -0.012, Deviation("viewers", 40_306, 41_000, Reference.MARKET, -0.017), False, "")
    assert card.change_text() == "▼ 1.2% vs previous LIVE"
    assert card.benchmark_text() == "−2% vs market avg."
