"""Promotion and giveaway impact: figures during the window against the same-length window just before it."""

from __future__ import annotations

from dataclasses import dataclass

from livedesk.models import metrics as mx
from livedesk.models.repository import PromotionStat, SessionSnapshot

UPLIFT_COLUMNS = ("impressions", "views", "sku_orders")


@dataclass(frozen=True, slots=True)
class Uplift:
    """One figure during a window and before it."""

    key: str
    during: float | None
    before: float | None

    @property
    def change(self) -> float | None:
        """(during − before) ÷ before; None when either is missing or before is 0."""
        if self.during is None or self.before is None or self.before == 0:
            return None
        return (self.during - self.before) / self.before


@dataclass(frozen=True, slots=True)
class PromotionImpact:
    """A promotion with its product's name and its uplifts."""

    promotion: PromotionStat
    product_name: str | None
    uplifts: tuple[Uplift, ...]
    complete: bool  # False while the window (or the one before it) is not fully in the data

    def uplift(self, key: str) -> Uplift:
        """The uplift of one figure."""
        return next(u for u in self.uplifts if u.key == key)


def window_sum(snap: SessionSnapshot, key: str, start: int, end: int) -> float | None:
    """Sum of a stored metric over ``[start, end)`` (None when the window has no data for it)."""
    window = snap.samples.window(start, end)
    return mx.value(mx.metric(key), mx.Totals.of_arrays({key: window.columns[key]}))


def promotion_impacts(snap: SessionSnapshot) -> tuple[PromotionImpact, ...]:
    """Every promotion of the LIVE with impressions, views and SKU orders during vs before its window."""
    names = {p.external_id: p.name for p in snap.products}
    first = int(snap.samples.ts[0]) if len(snap.samples) else snap.session.started_at
    last = snap.last_ts
    out = []
    for promo in snap.promotions:
        length = promo.end_ts - promo.start_ts
        before_start = promo.start_ts - length
        uplifts = tuple(Uplift(k, window_sum(snap, k, promo.start_ts, promo.end_ts),
                               window_sum(snap, k, before_start, promo.start_ts)) for k in UPLIFT_COLUMNS)
        complete = before_start >= first and promo.end_ts <= last + snap.session.sample_interval_ms
        out.append(PromotionImpact(promo, names.get(promo.product_external_id or ""), uplifts, complete))
    return tuple(out)
