"""Promotion uplift against the same-length window before it."""

from __future__ import annotations

import pytest

from livedesk.models import repository as repo
from livedesk.models.promotions import promotion_impacts
from livedesk.models.records import Batch, EventKind, PromotionRecord, SessionStatus
from livedesk.models.store import Store
from tests.factories import T0, base_batch, rich_batch, session_ref


def test_uplift_against_hand_computed_windows(store: Store) -> None:
    store.write(base_batch(status=SessionStatus.ENDED, ended_at=T0 + 600_000))
    store.write(rich_batch())
    promo = PromotionRecord(session_ref(), "g1", EventKind.GIVEAWAY, "Follow giveaway", T0 + 300_000,
                            T0 + 360_000, None, 120, 900, 80, "manual")
    store.write(Batch("manual", promotions=(promo,)))
    with store.engine.connect() as conn:
        snap = repo.load_snapshot(conn, 1)
    (impact,) = promotion_impacts(snap)
    # rich_batch: impressions 100/s; sku_orders = (i % 7) + 1 at second i
    during = sum((i % 7) + 1 for i in range(300, 360))
    before = sum((i % 7) + 1 for i in range(240, 300))
    orders = impact.uplift("sku_orders")
    assert (orders.during, orders.before) == (during, before)
    assert orders.change == pytest.approx((during - before) / before)
    assert impact.uplift("impressions").change == pytest.approx(0.0)
    assert impact.complete
