"""Separating a wrongly merged LIVE from the window's side: the service's thread, its signals, a real cache."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from livedesk.models.merging import BY_HANDLE_TIME, MergedPart, Separated
from livedesk.models.store import Store
from livedesk.services.unmerge import UnmergeService
from tests.services.test_merging import MIN, T, q, room_batch, shop_batch


@pytest.fixture
def service(store: Store) -> Iterator[UnmergeService]:
    svc = UnmergeService.for_store(store)
    yield svc
    assert svc.shutdown()


def test_lists_the_merged_sources_then_separates_one(store: Store, service: UnmergeService, qtbot: QtBot) -> None:
    store.write(room_batch())  # the room (LIVE 1), then TikTok Shop's view of the same LIVE merged into it
    store.write(shop_batch("S1", start=T, end=T + 60 * MIN))
    with qtbot.waitSignal(service.parts_changed, timeout=10_000) as sig:
        service.request_parts(1)
    sid, parts = sig.args
    assert sid == 1 and len(parts) == 1
    part: MergedPart = parts[0]
    assert (part.source, part.external_id, part.method, part.title) == ("tiktok_shop", "S1", BY_HANDLE_TIME,
                                                                         "Weekend warm-up")
    listed: list[tuple[int, tuple[MergedPart, ...]]] = []
    service.parts_changed.connect(lambda session_id, shown: listed.append((session_id, shown)))
    with qtbot.waitSignal(service.separated, timeout=10_000) as sig:
        service.separate(1, "tiktok_shop", "S1")
        assert service.busy
    result: Separated = sig.args[0]
    assert (result.session_id, result.source, result.moved["metric_sample"]) == (1, "tiktok_shop", 1)
    assert not service.busy
    qtbot.waitUntil(lambda: listed == [(1, ())], timeout=10_000)  # nothing merged into LIVE 1 any more
    assert q(store, "SELECT id, external_id, source FROM live_session ORDER BY id") == [
        (1, "room-1", "tiktok_live"), (result.new_session_id, "S1", "tiktok_shop")]


def test_a_refused_separation_says_why_and_changes_nothing(store: Store, service: UnmergeService,
                                                           qtbot: QtBot) -> None:
    store.write(room_batch())
    with qtbot.waitSignal(service.failed, timeout=10_000) as sig:
        service.separate(1)
    assert sig.args[0] == 1 and "nothing to separate" in sig.args[1]
    assert not service.busy
    assert q(store, "SELECT COUNT(*) FROM live_session") == [(1,)]
