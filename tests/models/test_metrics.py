"""The metric catalogue and its aggregation rules."""

from __future__ import annotations

import numpy as np
import pytest

from livedesk.models import metrics as mx


def test_catalogue_is_large_and_consistent() -> None:
    assert len(mx.CATALOGUE) >= 30
    keys = [m.key for m in mx.CATALOGUE]
    assert len(keys) == len(set(keys))
    assert {m.group for m in mx.CATALOGUE} == {mx.Group.TRAFFIC_EXPRESS, mx.Group.ALL}
    for m in mx.CATALOGUE:
        for src in mx.sources_of(m):
            assert src in mx.STORED_KEYS, f"{m.key} derives from unknown column {src}"
        if m.aggregation is mx.Aggregation.RATIO:
            assert m.numerator and m.denominator


def test_ratio_is_ratio_of_sums_not_mean_of_ratios() -> None:
    cols = {"views": np.array([1.0, 99.0]), "impressions": np.array([1.0, 900.0])}
    err = mx.aggregate(mx.metric("tap_through_rate"), cols)
    assert err == pytest.approx(100 / 901)
    assert err != pytest.approx(np.mean([1 / 1, 99 / 900]))


def test_missing_is_none_never_zero() -> None:
    nan = np.array([np.nan, np.nan])
    assert mx.aggregate(mx.metric("gmv"), {"gmv": nan}) is None
    assert mx.aggregate(mx.metric("live_ctr"), {"product_clicks": nan, "views": np.array([1.0, 2.0])}) is None
    assert mx.aggregate(mx.metric("live_ctr"), {"product_clicks": np.array([0.0]), "views": np.array([0.0])}) is None


def test_gauges_and_per_hour() -> None:
    cols = {"current_viewers": np.array([10.0, 30.0, 20.0])}
    assert mx.aggregate(mx.metric("pcu"), cols) == 30
    assert mx.aggregate(mx.metric("acu"), cols) == 20
    assert mx.aggregate(mx.metric("current_viewers"), cols) == 20
    assert mx.aggregate(mx.metric("gmv_per_hour"), {"gmv": np.array([100.0, 200.0])}, window_s=1800) == 600


def test_rolling_sums_over_the_trailing_window() -> None:
    out = mx.rolling(mx.metric("gmv"), {"gmv": np.arange(6, dtype=float)}, window=3)
    assert list(out) == [0, 1, 3, 6, 9, 12]
    gpm = mx.rolling(mx.metric("watch_gpm"), {"gmv": np.ones(4), "views": np.full(4, 2.0)}, window=2)
    assert gpm == pytest.approx([500.0] * 4)
