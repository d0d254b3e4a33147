"""How a LIVE compares: with the market average, with the streamer's own 14 days, with the previous LIVE.

Deviations are measured in each metric's good direction (positive = better), so "the 3 worst metrics" are the
three most negative ones. During a LIVE, totals so far (GMV, views ...) cannot be compared with whole-LIVE
averages, so only rates, averages and gauges take part until the LIVE has ended.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from livedesk.models import metrics as mx
from livedesk.models.history import SessionHistory, SessionTotals
from livedesk.models.repository import SampleArrays

ADDITIVE = frozenset({mx.Aggregation.SUM})


class Reference(StrEnum):
    """What a metric is compared with."""

    MARKET = "market"
    OWN = "own"  # the streamer's own LIVEs of the last 14 days


@dataclass(frozen=True, slots=True)
class Deviation:
    """A metric's value against its reference.

    Attributes:
        key: metric key.
        value: the LIVE's value.
        reference: the market or own average.
        kind: which average.
        deviation: (value − reference) ÷ |reference|, sign flipped for lower-is-better metrics.
    """

    key: str
    value: float
    reference: float
    kind: Reference
    deviation: float


def comparable_live(m: mx.Metric) -> bool:
    """Whether a running LIVE's value can be compared with whole-LIVE averages."""
    return m.aggregation not in ADDITIVE


def own_average(m: mx.Metric, lives: Sequence[SessionTotals]) -> float | None:
    """The metric over the streamer's own LIVEs: ratio of pooled sums for ratios, else the mean per LIVE."""
    if not lives:
        return None
    if m.aggregation is mx.Aggregation.RATIO:
        num = [s.totals.sums.get(m.numerator or "") for s in lives]
        den = [s.totals.sums.get(m.denominator or "") for s in lives]
        pairs = [(a, b) for a, b in zip(num, den, strict=True) if a is not None and b is not None]
        total_den = sum(b for _, b in pairs)
        return None if not pairs or not total_den else sum(a for a, _ in pairs) / total_den * m.scale
    values = [v for v in (mx.value(m, s.totals) for s in lives) if v is not None]
    return float(np.mean(values)) if values else None


def deviation(m: mx.Metric, value: float | None, reference: float | None, kind: Reference) -> Deviation | None:
    """The signed deviation in the good direction, or None when either side is missing or the reference is 0."""
    if value is None or reference is None or reference == 0:
        return None
    dev = (value - reference) / abs(reference)
    return Deviation(m.key, value, reference, kind, dev if m.higher_is_better else -dev)


def deviations(keys: Iterable[str], values: Mapping[str, float | None], market: Mapping[str, float],
               lives: Sequence[SessionTotals], *, live: bool) -> dict[str, Deviation]:
    """Each metric against the market average, or against the own 14-day average where the market has none."""
    out: dict[str, Deviation] = {}
    for key in keys:
        m = mx.metric(key)
        if live and not comparable_live(m):
            continue
        if key in market:
            d = deviation(m, values.get(key), market[key], Reference.MARKET)
        else:
            d = deviation(m, values.get(key), own_average(m, lives), Reference.OWN)
        if d is not None:
            out[key] = d
    return out


def worst(devs: Mapping[str, Deviation], n: int = 3) -> tuple[str, ...]:
    """The ``n`` metrics furthest below their reference (only those below it), worst first."""
    below = sorted((d for d in devs.values() if d.deviation < 0), key=lambda d: d.deviation)
    return tuple(d.key for d in below[:n])


class PrefixTotals:
    """The totals of a LIVE's samples from its first one up to any moment, each in O(columns).

    A running LIVE is compared with the previous LIVE at equal elapsed time every second; summing the previous
    LIVE's samples again each time costs O(its length) (~0.5 ms for 4 hours). This keeps running sums, counts,
    maxima and the index of the last value, so :meth:`until` equals ``Totals.of_arrays`` of the window.
    """

    def __init__(self, samples: SampleArrays) -> None:
        self.samples = samples
        self._ts = samples.ts
        self._cols: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]] = {}
        for key, arr in samples.columns.items():
            valid = ~np.isnan(arr)
            gauge = key in mx.GAUGE_KEYS
            self._cols[key] = (
                arr, np.cumsum(valid), np.cumsum(np.where(valid, arr, 0.0)),
                np.fmax.accumulate(arr) if gauge else None,  # NaN only until the first value
                np.maximum.accumulate(np.where(valid, np.arange(arr.size), -1)) if gauge else None,
            )

    def until(self, end_ts: int, window_s: float | None = None) -> mx.Totals:
        """Totals of the samples with ``ts < end_ts``."""
        n = int(np.searchsorted(self._ts, end_ts, "left"))
        sums: dict[str, float | None] = {}
        maxes: dict[str, float | None] = {}
        means: dict[str, float | None] = {}
        lasts: dict[str, float | None] = {}
        for key, (arr, counts, totals, peak, last) in self._cols.items():
            count = int(counts[n - 1]) if n else 0
            if not count:
                sums[key] = maxes[key] = means[key] = lasts[key] = None
                continue
            total = float(totals[n - 1])
            sums[key] = total
            if peak is not None and last is not None:
                maxes[key], means[key], lasts[key] = float(peak[n - 1]), total / count, float(arr[last[n - 1]])
        return mx.Totals(sums, maxes, means, lasts, window_s)


def previous_values(keys: Iterable[str], history: SessionHistory | None, *, live: bool,
                    elapsed_ms: int, prefix: PrefixTotals | None = None) -> dict[str, float | None]:
    """The previous LIVE's values: its whole LIVE, or its first ``elapsed_ms`` while this LIVE runs.

    ``prefix``: :class:`PrefixTotals` of ``history.previous_samples``, kept by a caller that asks every second.
    """
    prev = history.previous if history else None
    if prev is None:
        return {}
    totals = prev.totals
    if live and history is not None and history.previous_samples is not None:
        start = prev.session.started_at
        samples = history.previous_samples
        if prefix is not None and prefix.samples is samples and (not len(samples) or samples.ts[0] >= start):
            totals = prefix.until(start + elapsed_ms, elapsed_ms / 1000.0)
        else:
            window: SampleArrays = samples.window(start, start + elapsed_ms)
            totals = mx.Totals.of_arrays(window.columns, elapsed_ms / 1000.0)
    return {k: mx.value(mx.metric(k), totals) for k in keys}


def change(value: float | None, previous: float | None) -> float | None:
    """Relative change against the previous LIVE (None when not comparable)."""
    if value is None or previous is None or previous == 0:
        return None
    return (value - previous) / abs(previous)
