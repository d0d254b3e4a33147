"""Connected sources: specs from the saved accounts, OBS following the LIVE running now, the source set, cursor
persistence across ingest restarts, and the connection tests."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from livedesk.models.health import stream_health
from livedesk.models.records import Batch, SessionRef
from livedesk.models.store import Store
from livedesk.services.accounts import AccountConfig, AccountStore
from livedesk.services.connector import ConnectorError
from livedesk.services.credentials import CredentialStore
from livedesk.services.ingest import Backoff, IngestService, IngestStatus, IngestWorker, LinkState
from livedesk.services.sources import registry as reg
from livedesk.services.sources.probe import probe_obs, probe_tiktok_shop
from livedesk.services.sources.sync import load_cursor
from livedesk.services.sources.tiktok_shop import (
    APP_SECRET as APP_SECRET_NAME,
)
from livedesk.services.sources.tiktok_shop import (
    CONNECTOR,
    RateLimiter,
    TikTokShopConnector,
    TokenSet,
    save_tokens,
)
from tests.factories import T0, base_batch, sample_batch, session_ref
from tests.fakes import DictKeyring, FakeClock
from tests.fakes.obs_server import FakeObsServer
from tests.fakes.tiktok_shop_server import APP_KEY, APP_SECRET, NOW, SHOP_CIPHER, FakeTikTokShop, running


@pytest.fixture
def creds() -> CredentialStore:
    return CredentialStore(DictKeyring())


@pytest.fixture
def obs_server() -> Iterator[FakeObsServer]:
    server = FakeObsServer(password="obs-pw").start()
    yield server
    server.stop()


def save_obs(accounts: AccountStore, creds: CredentialStore, server: FakeObsServer, password: str = "obs-pw",
             enabled: str = "1") -> None:
    accounts.save(AccountConfig("obs", "default", {"host": "127.0.0.1", "port": str(server.port),
                                                   "enabled": enabled}))
    creds.set("obs", "default", "password", password)


# --- specs ------------------------------------------------------------------------------------------------

def test_specs_of_the_enabled_accounts_in_connector_order(creds: CredentialStore) -> None:
    accounts = AccountStore()
    accounts.save(AccountConfig("obs", "default", {"host": "localhost", "port": "4455"}))
    accounts.save(AccountConfig("tiktok_shop", "b", {"app_key": "k", "region": "US"}))
    accounts.save(AccountConfig("tiktok_shop", "a", {"app_key": "k", "region": "US", "enabled": "0"}))
    accounts.save(AccountConfig("tiktok_live", "default", {"handle": "@creator"}))
    specs = reg.source_specs(accounts, lambda: creds, lambda: None)
    assert [s.key for s in specs] == [("tiktok_shop", "b"), ("tiktok_live", "default"), ("obs", "default")]
    # a factory's failure is the connector's permanent error, never an exception that kills the thread
    with pytest.raises(ConnectorError, match="no app secret stored") as info:
        specs[0].factory()
    assert info.value.permanent


def test_obs_url() -> None:
    assert reg.obs_url("127.0.0.1", 4455) == "ws://127.0.0.1:4455"
    assert reg.obs_url("::1", "4456") == "ws://[::1]:4456"
    assert reg.obs_url("", 1) == "ws://127.0.0.1:1"


def test_bad_obs_port_is_a_permanent_error(creds: CredentialStore) -> None:
    config = AccountConfig("obs", "default", {"host": "localhost", "port": "99999"})
    with pytest.raises(ConnectorError, match="not a port number"):
        reg.obs_factory(config, lambda: creds, lambda: None)()


def test_shared_credentials_are_made_once() -> None:
    made: list[CredentialStore] = []
    shared = reg.SharedCredentials(lambda: made.append(CredentialStore(DictKeyring())) or made[-1])
    assert shared() is shared() and len(made) == 1


# --- OBS follows the LIVE running now -----------------------------------------------------------------------

class FakeObs:
    source = "obs"
    poll_interval_ms = 5

    def __init__(self) -> None:
        self.closed = False

    def poll(self) -> Batch:
        from livedesk.models.records import SessionReplayRecord, StreamHealthRecord

        ph = reg.FollowCurrentSession.PLACEHOLDER
        return Batch("obs", stream_health=(StreamHealthRecord(ph, T0 + 1000, 2500.0, 0, 10, 0, 0.0, 5.0, "obs"),),
                     session_replays=(SessionReplayRecord(ph, "file:///r.mkv", T0, "obs"),), meta=(("k", "v"),))

    def close(self) -> None:
        self.closed = True


def test_follow_current_session_readdresses_or_drops() -> None:
    current: list[SessionRef | None] = [None]
    inner = FakeObs()
    obs = reg.FollowCurrentSession(inner, lambda: current[0])
    empty = obs.poll()
    assert empty.is_empty() and empty.meta == (("k", "v"),) and obs.session is None
    current[0] = session_ref()
    batch = obs.poll()
    assert [h.session for h in batch.stream_health] == [session_ref()]
    assert [r.session for r in batch.session_replays] == [session_ref()]
    obs.close()
    assert inner.closed


def test_current_live_follows_the_selection(store: Store) -> None:
    store.write(base_batch("L1"))
    store.write(base_batch("L2", started_at=T0 + 60_000))
    current = reg.CurrentLive(store.engine)
    assert current() == session_ref("L2")  # the newest running LIVE
    current.set_selected(1)
    assert current() == session_ref("L1")


# --- the source set -----------------------------------------------------------------------------------------

def test_obs_source_writes_health_into_the_live_and_reports_states(qtbot: QtBot, store: Store,
                                                                   creds: CredentialStore,
                                                                   obs_server: FakeObsServer) -> None:
    store.write(base_batch())
    accounts = AccountStore()
    save_obs(accounts, creds, obs_server)
    obs_server.set(stream={"outputActive": True, "outputBytes": 1000, "outputDuration": 1000})
    sources = reg.SourceSet(store, accounts, lambda: creds, reg.CurrentLive(store.engine))
    statuses: list[tuple[Any, IngestStatus]] = []
    updates: list[tuple[int, frozenset[str]]] = []
    sources.status_changed.connect(lambda key, st: statuses.append((key, st)))
    sources.session_updated.connect(lambda sid, what, _up: updates.append((sid, what)))
    with qtbot.waitSignal(sources.sources_changed, timeout=2000):
        sources.start()
    assert sources.source_keys() == (("obs", "default"),)
    try:
        qtbot.waitUntil(lambda: any("stream_health" in w for _s, w in updates), timeout=10_000)
        assert updates[0][0] == 1
        with store.engine.connect() as conn:
            assert stream_health(conn, 1)[0].source == "obs"
        # the state comes from the ingest thread after the write it follows: wait for it rather than assume
        qtbot.waitUntil(lambda: any(st.state is LinkState.CONNECTED for _k, st in statuses), timeout=5_000)
        assert sources.status(("obs", "default")) is not None
        # switched off: the source stops without waiting
        accounts.save(AccountConfig("obs", "default", {"host": "127.0.0.1", "port": str(obs_server.port),
                                                       "enabled": "0"}))
        with qtbot.waitSignal(sources.sources_changed, timeout=2000):
            sources.reload([("obs", "default")])
        assert sources.source_keys() == ()
    finally:
        assert sources.shutdown()


def test_wrong_obs_password_fails_with_the_reason(qtbot: QtBot, store: Store, creds: CredentialStore,
                                                  obs_server: FakeObsServer) -> None:
    accounts = AccountStore()
    save_obs(accounts, creds, obs_server, password="wrong")
    sources = reg.SourceSet(store, accounts, lambda: creds, lambda: None)
    failed: list[IngestStatus] = []
    sources.status_changed.connect(lambda _k, st: failed.append(st) if st.state is LinkState.FAILED else None)
    sources.start()
    try:
        qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
        assert "OBS refused the password" in failed[0].message
    finally:
        assert sources.shutdown()


# --- cursor persistence across an ingest restart ------------------------------------------------------------

class CursorConnector:
    """A cursor-keeping connector: its cursor counts the batches it gave."""

    source = "manual"
    sync_scope = "acct"
    poll_interval_ms = 5

    def __init__(self, steps: list[Batch]) -> None:
        self._steps = deque(steps)
        self.n = 0
        self.restored: list[str] = []

    @property
    def cursor(self) -> str:
        return json.dumps({"n": self.n})

    def restore_cursor(self, cursor: str) -> None:
        self.restored.append(cursor)
        self.n = int(json.loads(cursor)["n"])

    def poll(self) -> Batch:
        if not self._steps:
            return Batch("manual")
        self.n += 1
        return self._steps.popleft()

    def close(self) -> None:
        pass


def _run(qtbot: QtBot, store: Store, factory: Callable[[], Any], until: Callable[[], bool]) -> list[IngestStatus]:
    service = IngestService(IngestWorker(factory, store, Backoff(base_ms=10, cap_ms=40)))
    seen: list[IngestStatus] = []
    service.status_changed.connect(seen.append)
    service.start()
    try:
        qtbot.waitUntil(until, timeout=10_000)
    finally:
        assert service.shutdown()
    return seen


def test_cursor_is_saved_after_each_write_and_restored_on_start(qtbot: QtBot, store: Store) -> None:
    first = CursorConnector([base_batch(), sample_batch("L1", 0, 10), sample_batch("L1", 10, 10)])
    _run(qtbot, store, lambda: first, lambda: first.n == 3 and load_cursor(store, "manual", "acct") == '{"n": 3}')
    second = CursorConnector([sample_batch("L1", 20, 5)])
    seen = _run(qtbot, store, lambda: second, lambda: second.n == 4)
    assert second.restored == ['{"n": 3}']
    assert seen[0].last_success_ms is not None  # the last sync of the earlier run is known at once
    assert load_cursor(store, "manual", "acct") == '{"n": 4}'


def test_tiktok_shop_cursor_survives_an_ingest_restart(qtbot: QtBot, store: Store) -> None:
    clock = FakeClock(NOW)
    with running(FakeTikTokShop(clock=clock.time)) as fake:
        creds = CredentialStore(DictKeyring())
        creds.set(CONNECTOR, "glow", APP_SECRET_NAME, APP_SECRET)
        access, refresh = fake.issue_tokens()
        save_tokens(creds, "glow", TokenSet(access, refresh, int(fake.access_tokens[access]),
                                            int(fake.refresh_tokens[refresh])))
        made: list[TikTokShopConnector] = []

        def factory() -> TikTokShopConnector:
            made.append(TikTokShopConnector(
                "glow", APP_KEY, creds, api_base=fake.url, auth_base=fake.url, region="US", clock=clock.time,
                limiter=RateLimiter(clock=clock.monotonic, sleep=clock.sleep)))
            return made[-1]

        _run(qtbot, store, factory, lambda: bool(made) and made[0].synced_at is not None
             and load_cursor(store, "tiktok_shop", "glow") == made[0].cursor)
        saved = load_cursor(store, "tiktok_shop", "glow")
        assert saved is not None and json.loads(saved)["details"]
        lists_before = len(fake.requests_to("shop_lives/performance"))
        _run(qtbot, store, factory, lambda: len(made) == 2 and len(fake.requests_to("shop_lives/performance"))
             > lists_before)
        first_run = fake.requests_to("shop_lives/performance")[0].params["start_date_ge"]
        second_run = fake.requests_to("shop_lives/performance")[lists_before].params["start_date_ge"]
        # the restarted connector resumed from its last sync (minus the re-sync window), not 14 days back
        assert second_run > first_run
        assert json.loads(made[1].cursor)["details"].keys() >= json.loads(saved)["details"].keys()
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM sync_state WHERE connector = 'tiktok_shop'")).scalar() == 1


# --- connection tests ---------------------------------------------------------------------------------------

def test_probe_obs(obs_server: FakeObsServer) -> None:
    good = probe_obs(obs_server.url, "obs-pw")
    assert good.ok and good.fields["streaming"] == "0"
    bad = probe_obs(obs_server.url, "nope")
    assert not bad.ok and "OBS refused the password" in bad.message and "nope" not in bad.message


def test_probe_tiktok_shop_exchanges_a_code_and_finds_the_cipher() -> None:
    import time

    with running(FakeTikTokShop(clock=time.time)) as fake:
        result = probe_tiktok_shop(APP_KEY, APP_SECRET, auth_code=fake.issue_code(), api_base=fake.url,
                                   auth_base=fake.url)
        assert result.ok and result.fields["shop_cipher"] == SHOP_CIPHER and result.tokens is not None
        bad = probe_tiktok_shop(APP_KEY, "wrong-secret-000", tokens=TokenSet(*fake.issue_tokens()),
                                api_base=fake.url, auth_base=fake.url)
        assert not bad.ok and "106001" in bad.message and "wrong-secret-000" not in bad.message

