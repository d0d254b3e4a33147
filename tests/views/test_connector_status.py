"""Status-bar indicators of the connected sources, and the whole app with a saved OBS account against the fake
OBS server: the indicator shows connected or failed with the reason, the health strip shows OBS's rows."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livedesk.app import build, context_of
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import Batch, SampleBlock, SessionStatus
from livedesk.models.store import Store
from livedesk.services.accounts import AccountConfig, AccountStore
from livedesk.services.credentials import CredentialStore
from livedesk.services.ingest import IngestStatus, LinkState
from livedesk.views.connector_status import AMBER, BLUE, GREEN, GREY, RED, ConnectorStatus, ConnectorStatusBar
from livedesk.views.main_window import MainWindow
from tests.factories import base_batch, session_ref
from tests.fakes import DictKeyring
from tests.fakes.obs_server import FakeObsServer

NOW_MS = int(time.time() * 1000)


def status(state: LinkState, **kw: object) -> IngestStatus:
    return IngestStatus("obs", state, **kw)  # type: ignore[arg-type]


def test_indicator_colours_and_tooltips(qtbot: QtBot) -> None:
    item = ConnectorStatus(("tiktok_shop", "glow"))
    qtbot.addWidget(item)
    assert item.objectName() == "connectorStatus" and item.text() == "TikTok Shop · glow"
    assert item.view().color == GREY and "Not started" in item.toolTip()
    item.set_status(status(LinkState.CONNECTED, last_success_ms=NOW_MS))
    assert item.view().color == GREEN and "Connected" in item.toolTip()
    assert time.strftime("%H:%M", time.localtime(NOW_MS / 1000)) in item.toolTip()
    item.set_status(status(LinkState.CONNECTED, last_success_ms=NOW_MS, backlog=True))
    assert item.view().color == BLUE and "Syncing" in item.toolTip()
    item.set_status(status(LinkState.RETRYING, message="TikTok Shop rate limit reached", retry_in_ms=30_000,
                           rate_limited=True))
    assert item.view().color == AMBER and "Waiting for the rate limit (30 s)" in item.toolTip()
    assert "Last sync: never" in item.toolTip()
    item.set_status(status(LinkState.FAILED, message="OBS refused the <password>"))
    assert item.view().color == RED and "OBS refused the &lt;password&gt;" in item.toolTip()
    assert item.accessibleName() == "TikTok Shop · glow: Failed: OBS refused the <password>"
    with qtbot.waitSignal(item.clicked, timeout=1000):
        qtbot.mouseClick(item, Qt.MouseButton.LeftButton)


def test_bar_keeps_one_indicator_per_source(qtbot: QtBot) -> None:
    bar = ConnectorStatusBar()
    qtbot.addWidget(bar)
    assert bar.isHidden()
    bar.set_sources([("tiktok_shop", "a"), ("obs", "default")])
    assert [i.text() for i in bar.indicators()] == ["TikTok Shop · a", "OBS"] and not bar.isHidden()
    bar.on_status(("obs", "default"), status(LinkState.CONNECTED))
    kept = bar.indicator(("obs", "default"))
    bar.set_sources([("obs", "default")])
    assert bar.indicators() == (kept,) and kept is not None and kept.view().color == GREEN
    bar.set_sources([])
    assert bar.isHidden()


# --- the app with a saved OBS account -----------------------------------------------------------------------

@pytest.fixture
def dict_keyring() -> Iterator[DictKeyring]:
    """The OS keyring the app finds is an in-process one (restored afterwards)."""
    before = keyring.get_keyring()
    ring = DictKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def obs_server() -> Iterator[FakeObsServer]:
    server = FakeObsServer(password="obs-pw").start()
    yield server
    server.stop()


def _cache_with_a_live(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    store.write(base_batch(status=SessionStatus.LIVE, started_at=NOW_MS - 600_000))
    rows = tuple((NOW_MS - 300_000 + i * 1000, 100 * i, 7) for i in range(5))
    store.write(Batch("manual", samples=(SampleBlock(session_ref(), ("gmv", "views"), rows, "manual"),)))
    engine.dispose()
    return url


def _app(qtbot: QtBot, url: str) -> MainWindow:
    win = build(["--db", url, "--session", "1"])
    qtbot.addWidget(win)
    win.show()
    return win


def _save_obs(ring: DictKeyring, server: FakeObsServer, password: str) -> None:
    AccountStore().save(AccountConfig("obs", "default", {"host": "127.0.0.1", "port": str(server.port)}))
    CredentialStore(ring).set("obs", "default", "password", password)


def test_app_with_obs_shows_health_rows_and_a_connected_indicator(qtbot: QtBot, tmp_path: Path,
                                                                  dict_keyring: DictKeyring,
                                                                  obs_server: FakeObsServer) -> None:
    _save_obs(dict_keyring, obs_server, "obs-pw")
    obs_server.set(stream={"outputActive": True, "outputBytes": 1_000_000, "outputDuration": 10_000,
                           "outputSkippedFrames": 1, "outputTotalFrames": 600, "outputCongestion": 0.02},
                   stats={"cpuUsage": 14.0})
    win = _app(qtbot, _cache_with_a_live(tmp_path))
    try:
        bar = win.connector_status
        qtbot.waitUntil(lambda: bool(bar.indicators()), timeout=5000)
        indicator = bar.indicators()[0]
        assert indicator.text() == "OBS" and not bar.isHidden()
        qtbot.waitUntil(lambda: indicator.view().color == GREEN, timeout=10_000)
        assert "Connected" in indicator.toolTip()
        strip = win.key_metrics.health
        qtbot.waitUntil(lambda: strip.latest() is not None, timeout=10_000)
        assert win.snapshot() is not None and win.snapshot().session.is_live and strip.isVisibleTo(win)
        assert "Dropped frames" in strip.text() and "OBS CPU 14" in strip.text()
        obs_server.set(stream={"outputBytes": 1_500_000, "outputDuration": 12_000})  # 500 kB in 2 s: 2,000 kbps
        qtbot.waitUntil(lambda: "Bitrate 2,000 kbps" in strip.text(), timeout=10_000)
        card = win.key_metrics.cards.card("gmv")
        assert card is not None
        qtbot.waitUntil(lambda: card.toolTip().endswith("Source: entered by hand"), timeout=5000)
    finally:
        context_of(win).shutdown()


def test_app_with_a_wrong_obs_password_shows_the_failure(qtbot: QtBot, tmp_path: Path, dict_keyring: DictKeyring,
                                                          obs_server: FakeObsServer) -> None:
    _save_obs(dict_keyring, obs_server, "not-it")
    win = _app(qtbot, _cache_with_a_live(tmp_path))
    try:
        qtbot.waitUntil(lambda: bool(win.connector_status.indicators()), timeout=5000)
        indicator = win.connector_status.indicators()[0]
        qtbot.waitUntil(lambda: indicator.view().color == RED, timeout=10_000)
        assert "OBS refused the password" in indicator.toolTip() and "not-it" not in indicator.toolTip()
        strip = win.key_metrics.health
        qtbot.waitUntil(lambda: win.snapshot() is not None, timeout=10_000)
        assert strip.latest() is None and "Stream health comes from OBS" in strip.text()
        # the Sources dialog opens from the indicator, on the failing source's state
        with qtbot.waitSignal(win.sources_action.triggered, timeout=1000):
            indicator.clicked.emit()
        from livedesk.views.sources_dialog import SourcesDialog

        dialog = win.findChild(SourcesDialog, "sourcesDialog")
        assert dialog is not None and dialog.isVisible()
        assert "Failed: OBS refused the password" in dialog.obs.status_label.text()
        dialog.close()
    finally:
        context_of(win).shutdown()
