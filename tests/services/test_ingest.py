"""The ingest worker on its own thread: commits, announces, backs off, stops cleanly."""

from __future__ import annotations

import dataclasses
from collections import deque

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from livedesk.models import schema as t
from livedesk.models.records import Batch
from livedesk.models.store import Store
from livedesk.services.connector import ConnectorError
from livedesk.services.ingest import Backoff, IngestService, IngestStatus, IngestWorker, LinkState
from tests.factories import base_batch, sample_batch


class ScriptedConnector:
    """A connector that returns (or raises) a fixed sequence, then empty batches."""

    def __init__(self, steps: list[Batch | ConnectorError], interval_ms: int = 5) -> None:
        self._steps = deque(steps)
        self._interval = interval_ms
        self.closed = False
        self.polls = 0

    @property
    def source(self) -> str:
        return "manual"

    @property
    def poll_interval_ms(self) -> int:
        return self._interval

    def poll(self) -> Batch:
        self.polls += 1
        if not self._steps:
            return Batch("manual")
        step = self._steps.popleft()
        if isinstance(step, ConnectorError):
            raise step
        return step

    def close(self) -> None:
        self.closed = True


def _service(store: Store, connector: ScriptedConnector, backoff: Backoff | None = None) -> IngestService:
    return IngestService(IngestWorker(lambda: connector, store, backoff or Backoff(base_ms=10, cap_ms=40)))


def _samples(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.metric_sample)).scalar_one())


def test_commits_then_announces_each_session(qtbot: QtBot, store: Store) -> None:
    connector = ScriptedConnector([base_batch(), sample_batch("L1", 0, 50)])
    service = _service(store, connector)
    seen: list[tuple[int, frozenset[str], int | None]] = []
    service.session_updated.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(service.sessions_changed, timeout=5000):
        service.start()
    qtbot.waitUntil(lambda: any("samples" in s[1] for s in seen), timeout=5000)
    assert _samples(store) == 50  # committed before it was announced
    sid, _what, up_to = next(s for s in seen if "samples" in s[1])
    assert sid == 1 and up_to is not None
    assert service.shutdown()
    assert connector.closed


def test_backs_off_and_recovers(qtbot: QtBot, store: Store) -> None:
    connector = ScriptedConnector([ConnectorError("timeout"), ConnectorError("timeout"), base_batch()])
    service = _service(store, connector)
    states: list[IngestStatus] = []
    service.status_changed.connect(states.append)
    with qtbot.waitSignal(service.sessions_changed, timeout=5000):
        service.start()
    retries = [s for s in states if s.state is LinkState.RETRYING]
    assert [s.retry_in_ms for s in retries] == [10, 20]
    assert retries[0].message == "timeout"
    qtbot.waitUntil(lambda: states[-1].state is LinkState.CONNECTED, timeout=5000)
    assert states[-1].last_success_ms is not None
    assert service.shutdown()
    with store.engine.connect() as conn:
        row = conn.execute(select(t.sync_state)).one()
    assert row.last_error == "timeout"


def test_permanent_failure_stops_polling(qtbot: QtBot, store: Store) -> None:
    connector = ScriptedConnector([ConnectorError("token revoked", permanent=True), base_batch()])
    service = _service(store, connector)
    with qtbot.waitSignal(service.status_changed, timeout=5000,
                          check_params_cb=lambda s: s.state is LinkState.FAILED):
        service.start()
    with qtbot.assertNotEmitted(service.sessions_changed, wait=100):
        pass
    assert connector.polls == 1
    assert service.shutdown()


def test_a_batch_that_failed_to_write_is_written_later_not_lost(qtbot: QtBot, store: Store) -> None:
    early = sample_batch("L1", 0, 5)  # its session is not in the cache yet
    connector = ScriptedConnector([early], interval_ms=60_000)  # no second poll within the test
    service = _service(store, connector, Backoff(base_ms=50, cap_ms=50))
    try:
        with qtbot.waitSignal(service.status_changed, timeout=5000,
                              check_params_cb=lambda s: s.state is LinkState.RETRYING and "unknown" in s.message):
            service.start()
        store.write(base_batch())  # the session arrives (e.g. from another import)
        qtbot.waitUntil(lambda: _samples(store) == 5, timeout=5000)
        assert connector.polls == 1  # the same batch was written again, the connector was not asked twice
    finally:
        assert service.shutdown()


def test_more_pending_polls_again_at_once(qtbot: QtBot, store: Store) -> None:
    more = (("more_pending", "1"),)
    steps: list[Batch | ConnectorError] = [dataclasses.replace(base_batch(), meta=more), Batch("manual", meta=more),
                                           sample_batch("L1", 0, 3)]
    connector = ScriptedConnector(steps, interval_ms=60_000)
    service = _service(store, connector)
    service.start()
    try:
        qtbot.waitUntil(lambda: _samples(store) == 3, timeout=5000)  # not after 2 × 60 s
    finally:
        assert service.shutdown()


def test_backoff_policy() -> None:
    b = Backoff(base_ms=1000, cap_ms=8000)
    assert [b.delay(n) for n in (1, 2, 3, 4, 5)] == [1000, 2000, 4000, 8000, 8000]
    assert b.delay(3, hint_s=30) == 30_000
