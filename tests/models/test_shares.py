"""Largest-remainder rounding and the share rows of the Key metrics panels."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pytest

from livedesk.models.records import Channel
from livedesk.models.repository import AudienceShare, ChannelStat, FollowerSegment
from livedesk.models.shares import (
    OTHER,
    FollowerMetric,
    Measure,
    audience_pages,
    channel_shares,
    exact_shares,
    follower_rows,
    rounded_shares,
    share_units,
)


def _random_vectors(rng: np.random.Generator, count: int) -> list[list[int | None]]:
    out: list[list[int | None]] = []
    for _ in range(count):
        n = int(rng.integers(1, 16))
        scale = int(10 ** rng.integers(0, 8))  # from tiny counts to large GMVs in minor units
        values: list[int | None] = [int(v) for v in rng.integers(0, scale + 1, n)]
        if rng.random() < 0.3:  # skewed: one channel dominates
            values[int(rng.integers(n))] = scale * 50
        for i in np.flatnonzero(rng.random(n) < 0.15):
            values[int(i)] = None
        out.append(values)
    return out


@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_rounded_shares_add_up_to_exactly_100(decimals: int) -> None:
    rng = np.random.default_rng(20_240_601)
    whole = 100 * 10**decimals
    checked = 0
    for values in _random_vectors(rng, 3000):
        shares = rounded_shares(values, decimals)
        units = share_units(values, decimals)
        assert len(shares) == len(values)
        assert [s is None for s in shares] == [u is None for u in units]
        present = [s for s in shares if s is not None]
        if not present:
            assert all(v in (None, 0) for v in values)
            continue
        checked += 1
        assert sum(u for u in units if u is not None) == whole  # exact, in integers
        assert sum(Decimal(repr(s)) for s in present) == 100  # the numbers as shown add up to 100 exactly
        assert round(math.fsum(present), decimals) == 100.0
        exact = exact_shares(values)
        for s, e in zip(shares, exact, strict=True):
            if s is not None:
                assert e is not None
                assert abs(s - e) < 10**-decimals  # never more than one unit off the exact share
    assert checked > 2500


def test_none_is_excluded_and_stays_none() -> None:
    assert rounded_shares([1, None, 1]) == (50.0, None, 50.0)
    assert rounded_shares([None, 3, None]) == (None, 100.0, None)
    assert rounded_shares([1, 1, 1]) == (33.4, 33.3, 33.3)  # the spare unit goes to the first of equals
    assert rounded_shares([2, 1, 1], decimals=0) == (50.0, 25.0, 25.0)
    assert rounded_shares([0, 5]) == (0.0, 100.0)


def test_largest_remainder_gets_the_missing_units() -> None:
    # exact: 66.666…, 16.666…, 16.666… → floors 66.6, 16.6, 16.6 (99.8); remainders equal → larger value first
    assert rounded_shares([4, 1, 1]) == (66.7, 16.7, 16.6)
    # exact: 45.45…, 27.27…, 27.27… in whole percent: floors 45, 27, 27 = 99; 45.45 has the largest remainder
    assert rounded_shares([5, 3, 3], decimals=0) == (46.0, 27.0, 27.0)


@pytest.mark.parametrize("values", [[], [0], [0, 0, 0], [None], [None, None], [0, None]])
def test_nothing_to_share_gives_nones(values: list[int | None]) -> None:
    assert rounded_shares(values) == (None,) * len(values)


def test_negative_and_fractional_values_are_rejected() -> None:
    with pytest.raises(ValueError):
        rounded_shares([3, -1])
    with pytest.raises(ValueError):
        rounded_shares([3, 1], decimals=-1)
    with pytest.raises(TypeError):
        rounded_shares([2.5, 1])  # type: ignore[list-item]
    assert rounded_shares([np.int64(1), np.int64(3)]) == (25.0, 75.0)  # type: ignore[list-item]


def _stat(name: str, impressions: int | None, views: int | None, gmv: int | None) -> ChannelStat:
    return ChannelStat(name, Channel.OTHER, False, impressions, views, None, None, gmv)


def test_channel_shares_sorted_by_gmv_with_a_total_row() -> None:
    rows = channel_shares([_stat("A", 100, 10, 1), _stat("B", 300, None, 5), _stat("C", 600, 30, None),
                           _stat("D", 0, 0, 4)], "USD")
    assert [r.name for r in rows] == ["B", "D", "A", "C", ""]
    assert rows[-1].is_total and rows[-1].values == (10, 1000, 40)
    assert [r.shares[Measure.GMV] for r in rows] == [50.0, 40.0, 10.0, None, 100.0]
    assert [r.shares[Measure.VIEWS] for r in rows] == [None, 0.0, 25.0, 75.0, 100.0]
    assert rows[0].exact[Measure.IMPRESSIONS] == pytest.approx(30.0)
    assert channel_shares([], "USD") == ()


def test_follower_rows_split_and_average_price() -> None:
    rows = follower_rows([FollowerSegment("follower", 1000, 1, 2, 30, 1),
                          FollowerSegment("non_follower", 3000, 2, 3, 70, 2)])
    by = {r.metric: r for r in rows}
    assert by[FollowerMetric.GMV].shares == (25.0, 75.0)
    assert by[FollowerMetric.SKU_ORDERS].shares == (33.3, 66.7)
    assert by[FollowerMetric.AVG_PRICE].values == (500.0, 1000.0)
    assert by[FollowerMetric.AVG_PRICE].shares == (None, None)
    assert by[FollowerMetric.VIEWERS].shares == (30.0, 70.0)
    assert follower_rows([]) == ()
    lone = {r.metric: r for r in follower_rows([FollowerSegment("follower", 5, 1, 1, None, 1)])}
    assert lone[FollowerMetric.GMV].values == (5, None)
    assert lone[FollowerMetric.GMV].shares == (None, None)  # no 100 % share against a missing segment


def test_audience_pages_order_and_fold_the_long_tail() -> None:
    regions = [(f"R{i:02d}", 0.08 - i * 0.005) for i in range(12)]
    shares = [AudienceShare("viewer", "age", b, s) for b, s in (("55+", 0.1), ("18-24", 0.5), ("25-34", 0.4))]
    shares += [AudienceShare("viewer", "region", b, s) for b, s in regions]
    shares += [AudienceShare("viewer", "region", "Other", 0.1)]
    shares += [AudienceShare("viewer", "gender", b, s) for b, s in (("unknown", 0.1), ("male", 0.6), ("female", 0.3))]
    shares += [AudienceShare("customer", "gender", "female", 1.0)]
    pages = audience_pages(shares, "viewer")
    assert [p.dimension for p in pages] == ["gender", "region", "age"]
    assert [b for b, _ in pages[0].buckets] == ["female", "male", "unknown"]
    assert [b for b, _ in pages[2].buckets] == ["18-24", "25-34", "55+"]
    region = pages[1]
    assert region.horizontal and len(region.buckets) == 9
    assert [b for b, _ in region.buckets[:8]] == [b for b, _ in regions[:8]]
    assert region.buckets[-1][0] == OTHER
    assert region.buckets[-1][1] == pytest.approx(0.1 + sum(s for _, s in regions[8:]))
    assert sum(s for _, s in region.buckets) == pytest.approx(0.1 + sum(s for _, s in regions))
    assert [p.dimension for p in audience_pages(shares, "customer")] == ["gender"]
    assert audience_pages(shares, "impression") == ()
