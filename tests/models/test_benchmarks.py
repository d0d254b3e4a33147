"""Comparisons with the market, the own 14 days and the previous LIVE."""

from __future__ import annotations

from types import MappingProxyType

import numpy as np
import pytest

from livedesk.models import benchmarks as bm
from livedesk.models import metrics as mx
from livedesk.models.history import SessionHistory, SessionTotals
from livedesk.models.records import AccountRef, SessionRecord, SessionRef, SessionStatus
from livedesk.models.repository import SampleArrays


def _totals(sums: dict[str, float], start: int = 0, window_s: float = 3600.0) -> SessionTotals:
    s = SessionRecord(SessionRef(AccountRef("tiktok", "@a"), f"L{start}"), "t", "h", start, start + 3_600_000,
                      SessionStatus.ENDED, "USD", "demo", id=start + 1)
    return SessionTotals(s, mx.Totals(sums, {}, {}, {}, window_s), 3600)


def test_deviation_follows_the_good_direction() -> None:
    better = bm.deviation(mx.metric("gmv"), 120.0, 100.0, bm.Reference.MARKET)
    assert better is not None and better.deviation == pytest.approx(0.2)
    cost = bm.deviation(mx.metric("ads_cost"), 120.0, 100.0, bm.Reference.MARKET)  # lower is better
    assert cost is not None and cost.deviation == pytest.approx(-0.2)
    assert bm.deviation(mx.metric("gmv"), None, 100.0, bm.Reference.MARKET) is None
    assert bm.deviation(mx.metric("gmv"), 5.0, 0.0, bm.Reference.MARKET) is None


def test_worst_three_against_hand_computed_deviations() -> None:
    values = {"gmv": 50.0, "views": 900.0, "viewers": 400.0, "live_ctr": 0.02, "ctor_sku": 0.10, "customers": 10.0}
    market = {"gmv": 100.0, "views": 1000.0, "viewers": 800.0, "live_ctr": 0.04, "ctor_sku": 0.05,
              "customers": 9.0}
    devs = bm.deviations(values, values, market, (), live=False)
    # gmv −50 %, views −10 %, viewers −50 %, live_ctr −50 %, ctor +100 %, customers +11 %
    assert devs["views"].deviation == pytest.approx(-0.1)
    assert set(bm.worst(devs)) == {"gmv", "viewers", "live_ctr"}
    assert "views" not in bm.worst(devs)


def test_only_metrics_below_their_reference_are_worst() -> None:
    devs = bm.deviations(["gmv", "views"], {"gmv": 200.0, "views": 90.0}, {"gmv": 100.0, "views": 100.0}, (),
                         live=False)
    assert bm.worst(devs) == ("views",)


def test_running_live_compares_only_rates_and_gauges() -> None:
    devs = bm.deviations(["gmv", "live_ctr", "pcu"], {"gmv": 1.0, "live_ctr": 0.01, "pcu": 10.0},
                         {"gmv": 100.0, "live_ctr": 0.04, "pcu": 100.0}, (), live=True)
    assert set(devs) == {"live_ctr", "pcu"}


def test_own_average_when_the_market_has_none() -> None:
    lives = (_totals({"product_clicks": 10.0, "views": 100.0}, 0), _totals({"product_clicks": 30.0, "views": 100.0}, 1))
    avg = bm.own_average(mx.metric("live_ctr"), lives)
    assert avg == pytest.approx(40 / 200)  # pooled sums, not the mean of 10 % and 30 %
    devs = bm.deviations(["live_ctr"], {"live_ctr": 0.1}, {}, lives, live=False)
    assert devs["live_ctr"].kind is bm.Reference.OWN and devs["live_ctr"].deviation == pytest.approx(-0.5)


def test_previous_live_at_equal_elapsed_time_while_live() -> None:
    prev = _totals({"gmv": 9000.0}, 0)
    ts = np.arange(0, 3_600_000, 1000, dtype=np.int64)
    samples = SampleArrays(ts, MappingProxyType({"gmv": np.full(ts.size, 2.5)}))
    history = SessionHistory(99, (prev,), samples, MappingProxyType({}))
    live = bm.previous_values(["gmv"], history, live=True, elapsed_ms=600_000)
    assert live["gmv"] == pytest.approx(600 * 2.5)  # its first 10 minutes
    ended = bm.previous_values(["gmv"], history, live=False, elapsed_ms=600_000)
    assert ended["gmv"] == 9000.0
    assert bm.change(120.0, 100.0) == pytest.approx(0.2)
    assert bm.change(1.0, None) is None


def test_prefix_totals_equal_the_totals_of_each_window() -> None:
    rng = np.random.default_rng(3)
    ts = np.arange(0, 600_000, 1000, dtype=np.int64)
    cols = {}
    for key in ("gmv", "current_viewers", "views"):
        arr = rng.integers(0, 500, ts.size).astype(float)
        arr[rng.random(ts.size) < 0.2] = np.nan  # gaps
        cols[key] = arr
    cols["current_viewers"][:30] = np.nan  # a gauge with no value yet at the start
    samples = SampleArrays(ts, MappingProxyType(cols))
    prefix = bm.PrefixTotals(samples)
    for end in (0, 1000, 15_000, 31_000, 299_500, 600_000, 900_000):
        got = prefix.until(end, end / 1000)
        want = mx.Totals.of_arrays(samples.window(None, end).columns, end / 1000)
        assert got.window_s == want.window_s
        for name in ("sums", "maxes", "means", "lasts"):
            a, b = getattr(got, name), getattr(want, name)
            assert a.keys() == b.keys(), (end, name)
            assert all(b[k] is None if a[k] is None else a[k] == pytest.approx(b[k]) for k in a), (end, name)
    prev = _totals({"gmv": 9000.0}, 7_000_000)  # previous_values counts from the previous LIVE's start
    start = prev.session.started_at
    shifted = SampleArrays(ts + start, samples.columns)
    history = SessionHistory(99, (prev,), shifted, MappingProxyType({}))
    fast = bm.previous_values(["gmv", "current_viewers"], history, live=True, elapsed_ms=300_000,
                              prefix=bm.PrefixTotals(shifted))
    assert fast == pytest.approx(bm.previous_values(["gmv", "current_viewers"], history, live=True,
                                                    elapsed_ms=300_000))
