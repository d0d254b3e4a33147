"""The whole application, built as ``livedesk --demo`` builds it, on an empty cache."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from livedesk.app import build, context_of
from livedesk.views.main_window import MainWindow

OBJECT_NAMES = ("mainTabs", "sessionPicker", "keyMetricsTab", "trendsTab", "trafficTab", "contentQualityTab",
                "overviewTab", "replayPanel", "statusBar", "coreDataCards", "compactTrend", "trendChart",
                "trafficTable", "violationCards", "overviewTable", "manualAction", "fullScreenAction",
                "languageButton", "replayVideo", "replayComments", "pinnedProductCard", "replaySlider",
                "commentsModeButton", "commentSearch", "rangeSelector", "markerLegend", "exportButton",
                "addNoteButton", "customizeMetricsButton", "trafficShares", "followerAnalytics", "productTable",
                "audienceProfile")


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = build(["--demo"])
    qtbot.addWidget(win)
    win.show()
    yield win
    context_of(win).shutdown()


def test_opens_on_the_live_demo_with_data(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.snapshot() is not None, timeout=20_000)
    snap = window.snapshot()
    assert snap is not None and snap.session.is_live and len(snap.samples) > 600
    for name in OBJECT_NAMES:
        assert window.findChild(QObject, name) is not None, name
    # the cards show numbers, not dashes, for the demo's core metrics
    qtbot.waitUntil(lambda: window.key_metrics.cards.cards()[0].value_text().startswith("$"), timeout=5000)
    assert "Connected" in window.link_label.text()
    assert window.clock_label.text().startswith("LIVE 0:")
    # once the first LIVE is painted, what lives then is left out of later collections (GuiThreadCollector)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)


def test_the_live_chart_moves_at_one_hertz(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.snapshot() is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.trends)
    qtbot.waitUntil(lambda: window.trends.chart.curve_data(0)[0].size > 0, timeout=5000)
    first = window.trends.chart.curve_data(0)[0][-1]
    qtbot.waitUntil(lambda: window.trends.chart.curve_data(0)[0][-1] > first, timeout=5000)


def test_past_lives_fill_the_picker_and_overview(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.sessions.rowCount() >= 15, timeout=30_000)
    window.tabs.setCurrentWidget(window.overview)
    qtbot.waitUntil(lambda: window.overview.model.rowCount() >= 7, timeout=10_000)
    past = next(s for s in window.sessions.sessions() if not s.is_live)
    assert past.id is not None
    window.select_session(past.id)
    qtbot.waitUntil(lambda: (s := window.snapshot()) is not None and s.session.id == past.id, timeout=10_000)
    window.tabs.setCurrentWidget(window.traffic)
    qtbot.waitUntil(lambda: window.traffic.model.rowCount() >= 6, timeout=5000)
    window.tabs.setCurrentWidget(window.content_quality)
    assert window.clock_label.text().startswith("Ended")


def test_tabs_are_reachable_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    for i in range(5):
        qtbot.keyClick(window, Qt.Key.Key_1 + i, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == i


def test_key_metrics_update_live_while_the_tab_is_open(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.snapshot() is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.key_metrics)
    card = window.key_metrics.cards.card("views")
    assert card is not None
    qtbot.waitUntil(lambda: card.value_text() not in ("—", ""), timeout=5000)
    before = card.value_text()
    qtbot.waitUntil(lambda: card.value_text() != before, timeout=8000)  # the next 1 Hz tick
