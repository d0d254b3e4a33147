"""Turns simulated demo LIVEs into records, either whole or revealed progressively over a time window."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field, fields
from itertools import repeat

import numpy as np

from livedesk.models.metrics import STORED_KEYS
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    AudienceRecord,
    Batch,
    BenchmarkRecord,
    ChannelSampleRecord,
    ChannelTotalRecord,
    CommentRecord,
    EventKind,
    EventRecord,
    FollowerSplitRecord,
    ProductRecord,
    PromotionRecord,
    SampleBlock,
    SessionProductRecord,
    SessionRecord,
    SessionRef,
    SessionStatus,
    Source,
    VideoTrafficRecord,
    ViolationRecord,
)
from livedesk.services import demo_catalog as cat
from livedesk.services.demo_catalog import PAID_INDEX
from livedesk.services.demo_sim import Sim

SOURCE = Source.DEMO.value
ACCOUNT = AccountRef(cat.PLATFORM, cat.HANDLE)
LANGS = tuple(cat.LANG_SHARES)


@dataclass(slots=True)
class Parts:
    """Mutable lists of records, turned into one :class:`Batch` at the end of a poll."""

    accounts: list[AccountRecord] = field(default_factory=list)
    sessions: list[SessionRecord] = field(default_factory=list)
    samples: list[SampleBlock] = field(default_factory=list)
    channel_totals: list[ChannelTotalRecord] = field(default_factory=list)
    channel_samples: list[ChannelSampleRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    comments: list[CommentRecord] = field(default_factory=list)
    products: list[ProductRecord] = field(default_factory=list)
    session_products: list[SessionProductRecord] = field(default_factory=list)
    promotions: list[PromotionRecord] = field(default_factory=list)
    violations: list[ViolationRecord] = field(default_factory=list)
    audience: list[AudienceRecord] = field(default_factory=list)
    follower_split: list[FollowerSplitRecord] = field(default_factory=list)
    video_traffic: list[VideoTrafficRecord] = field(default_factory=list)
    benchmarks: list[BenchmarkRecord] = field(default_factory=list)

    def extend(self, other: Parts) -> None:
        """Append every list of ``other``."""
        for f in fields(self):
            getattr(self, f.name).extend(getattr(other, f.name))

    def batch(self, meta: tuple[tuple[str, str], ...] = ()) -> Batch:
        """The records as a batch; ``up_to_ts`` is the newest sample time carried."""
        last = [int(b.rows[-1][0]) for b in self.samples if b.rows]  # type: ignore[arg-type]
        return Batch(SOURCE, **{f.name: tuple(getattr(self, f.name)) for f in fields(self)},
                     up_to_ts=max(last) if last else None, meta=meta)


def account_record() -> AccountRecord:
    """The demo shop's account."""
    return AccountRecord(ACCOUNT, cat.DISPLAY_NAME, cat.REGION, cat.TIMEZONE, cat.CURRENCY, SOURCE, cat.MARKET)


def product_records() -> list[ProductRecord]:
    """The demo shop's catalogue."""
    return [ProductRecord(ACCOUNT, p.external_id, p.name, p.sku, p.price, cat.CURRENCY, SOURCE) for p in cat.PRODUCTS]


def _json(**values: object) -> str:
    return json.dumps(values, sort_keys=True, ensure_ascii=False)


def _user(lang: str, u: int) -> str:
    firsts, seconds = cat.USER_NAMES[lang]
    first, second = firsts[u % len(firsts)], seconds[(u // len(firsts)) % len(seconds)]
    style = u % 3
    if style == 0:
        return f"{first}.{second}{u % 97}"
    return f"{first}_{second}" if style == 1 else f"{first}{second}{u % 89:02d}"


# Lookup tables for comments: user names per language, phrase pools per (language, giveaway flag).
_USERS = [[_user(lang, u) for u in range(1200)] for lang in LANGS]
_POOLS = [pool for lang in LANGS for pool in (cat.COMMENTS[lang], cat.GIVEAWAY_COMMENTS[lang])]
_POOL_SIZES = np.array([len(p) for p in _POOLS], np.int64)
_SHORTS = [p.short for p in cat.PRODUCTS]


def reveal(sim: Sim, prev_ms: int | None, now_ms: int, replay_uri: str | None) -> Parts:
    """The records of a LIVE that become known in the time window ``(prev_ms, now_ms]``.

    ``prev_ms=None`` starts from nothing (the session record and its audience come first). Samples,
    comments and markers are those with a time inside the window; pins carry their unpin time only once it
    has passed, promotion results appear when the promotion is over, and the totals (channels, products,
    follower split, videos) are recomputed over everything revealed so far. Once ``now_ms`` reaches the
    planned end, the session is re-sent as ended with a ``live_end`` marker.
    """
    plan = sim.plan
    start, n = plan.started_at, sim.n
    end_ms = start + n * 1000
    ref = SessionRef(ACCOUNT, plan.external_id)
    first = prev_ms is None
    lo_ms = -1 if prev_ms is None else prev_ms

    def seen(ts: int) -> bool:
        return lo_ms < ts <= now_ms

    def count(ms: int) -> int:
        return int(min(n, max(0, (ms - start) // 1000 + 1)))

    i0, i1 = (0 if first else count(lo_ms)), count(now_ms)
    ended = now_ms >= end_ms
    out = Parts()
    if first or (ended and seen(end_ms)):
        out.sessions.append(SessionRecord(
            ref, plan.title, plan.host, start, end_ms if ended else None,
            SessionStatus.ENDED if ended else SessionStatus.LIVE, cat.CURRENCY, SOURCE, replay_uri, 0, 1000))
    if first:
        out.audience.extend(_audience(sim, ref))
    if i1 > i0:
        out.samples.append(_samples(sim, ref, i0, i1))
        _totals(sim, ref, i0, i1, out)
    _comments(sim, ref, lo_ms, now_ms, out)
    for pin in plan.pins:
        s_ts, e_ts = start + pin.start * 1000, start + pin.end * 1000
        if seen(s_ts) or seen(e_ts):
            p = cat.PRODUCTS[pin.product]
            out.events.append(EventRecord(
                ref, EventKind.PRODUCT_PIN, s_ts, e_ts if e_ts <= now_ms else None, p.external_id, p.name, SOURCE,
                _json(product_id=p.external_id, name=p.name, sku=p.sku, price=p.price)))
    for k, (promo, stats) in enumerate(zip(plan.promos, sim.promo_stats, strict=True)):
        s_ts, e_ts = start + promo.start * 1000, start + promo.end * 1000
        if not (seen(s_ts) or seen(e_ts)):
            continue
        pid = f"{plan.external_id}-promo{k + 1}"
        done = e_ts <= now_ms
        product = cat.PRODUCTS[promo.product]
        out.promotions.append(PromotionRecord(
            ref, pid, promo.kind, promo.title, s_ts, e_ts, product.external_id, *(stats if done else (None,) * 3),
            SOURCE))
        out.events.append(EventRecord(
            ref, promo.kind, s_ts, e_ts, pid, promo.title, SOURCE,
            _json(promotion_id=pid, product_id=product.external_id, name=product.name,
                  discount_pct=promo.pct or None)))
    for k, strike in enumerate(plan.strikes):
        s_ts, e_ts = start + strike.start * 1000, start + strike.end * 1000
        if not seen(s_ts):
            continue
        vid = f"{plan.external_id}-v{k + 1}"
        pol = cat.POLICIES[strike.policy]
        out.violations.append(ViolationRecord(ref, vid, s_ts, e_ts, pol.policy, pol.reason, pol.severity,
                                              pol.consequence, pol.recommendation, SOURCE))
        out.events.append(EventRecord(ref, EventKind.VIOLATION, s_ts, e_ts, vid, pol.policy, SOURCE,
                                      _json(violation_id=vid, policy=pol.policy, severity=pol.severity,
                                            consequence=pol.consequence)))
    if ended and seen(end_ms):
        out.events.append(EventRecord(ref, EventKind.LIVE_END, end_ms, None, "end", "LIVE ended", SOURCE,
                                      _json(duration_s=n)))
    return out


def _samples(sim: Sim, ref: SessionRef, i0: int, i1: int) -> SampleBlock:
    ts = (sim.plan.started_at + np.arange(i0, i1, dtype=np.int64) * 1000).tolist()
    cols = [sim.metrics[k][i0:i1].tolist() if k in sim.metrics else repeat(None) for k in STORED_KEYS]
    return SampleBlock(ref, STORED_KEYS, tuple(zip(ts, *cols, strict=False)), SOURCE)  # repeat(None) is endless


def _comments(sim: Sim, ref: SessionRef, lo_ms: int, now_ms: int, out: Parts) -> None:
    plan = sim.plan
    rel_lo, rel_hi = lo_ms - plan.started_at, now_ms - plan.started_at
    a, b = (int(x) for x in np.searchsorted(sim.cm_ms, [rel_lo, rel_hi], side="right"))
    if b <= a:
        return
    ms = sim.cm_ms[a:b]
    phrase = sim.cm_phrase[a:b]
    lang = sim.cm_lang[a:b]
    pool = lang.astype(np.int64) * 2 + sim.cm_give[a:b]
    text_idx = phrase % _POOL_SIZES[pool]
    pinned = sim.pinned[ms // 1000]
    shown = np.array(plan.shown)
    product = np.where(pinned >= 0, pinned, shown[phrase % shown.size])
    users = _USERS
    texts = _POOLS
    shorts = _SHORTS
    prefix, start, source = f"{plan.external_id}-c", plan.started_at, SOURCE
    out.comments.extend(
        CommentRecord(ref, f"{prefix}{i:06d}", start + m, users[lg][u], texts[pl][t].replace("{p}", shorts[p]),
                      LANGS[lg], source)
        for i, m, lg, u, pl, t, p in zip(range(a + 1, b + 1), ms.tolist(), lang.tolist(), sim.cm_user[a:b].tolist(),
                                         pool.tolist(), text_idx.tolist(), product.tolist(), strict=True))


def _totals(sim: Sim, ref: SessionRef, i0: int, i1: int, out: Parts) -> None:
    """Channel, product, follower and video figures over the first ``i1`` seconds."""
    plan = sim.plan
    imp, views, gmv = channel_buckets(sim, i1)
    chans = [c for c in range(len(cat.CHANNELS)) if plan.ads or c != PAID_INDEX]
    for m in range(i0 // 60, imp.shape[0]):
        ts = plan.started_at + m * 60_000
        for c in chans:
            out.channel_samples.append(ChannelSampleRecord(ref, cat.CHANNELS[c].raw, ts, int(imp[m, c]),
                                                           int(views[m, c]), int(gmv[m, c]), SOURCE))
    k = int(np.searchsorted(sim.ck_sec, i1))
    clicks, sku = int(k), int(sim.ck_paid[:k].sum())
    v_tot = views.sum(axis=0).astype(np.float64) + 1e-9
    conv = np.array([c.conv for c in cat.CHANNELS])
    c_clicks = apportion(np.array([clicks]), v_tot[None, chans])[0]
    c_sku = apportion(np.array([sku]), (v_tot * conv)[None, chans])[0]
    for j, c in enumerate(chans):
        ch = cat.CHANNELS[c]
        out.channel_totals.append(ChannelTotalRecord(
            ref, ch.raw, ch.channel, ch.paid, int(imp[:, c].sum()), int(views[:, c].sum()), int(c_clicks[j]),
            int(c_sku[j]), int(gmv[:, c].sum()), SOURCE))

    nprod = len(cat.PRODUCTS)
    j = int(np.searchsorted(sim.pi_sec, i1))
    prod = sim.ck_prod[:k]

    def by_product(mask: np.ndarray | None = None, weights: np.ndarray | None = None) -> np.ndarray:
        w = weights[:k] if weights is not None else None
        if mask is not None:
            w = mask[:k].astype(np.int64) if w is None else w * mask[:k]
        return np.bincount(prod, weights=w, minlength=nprod).astype(np.int64)

    p_imp = np.bincount(sim.pi_prod[:j], minlength=nprod)
    figures = (by_product(), by_product(sim.ck_atc), by_product(sim.ck_created), by_product(sim.ck_paid),
               by_product(sim.ck_main), by_product(weights=sim.ck_qty), by_product(sim.ck_cust),
               by_product(weights=sim.ck_gmv))
    pins = [pin for pin in plan.pins if pin.start < i1]
    for p in range(nprod):
        mine = [pin.start for pin in pins if pin.product == p]
        if p_imp[p] == 0 and not mine:
            continue
        first = plan.started_at + min(mine) * 1000 if mine else None
        out.session_products.append(SessionProductRecord(
            ref, cat.PRODUCTS[p].external_id, len(mine), first, int(p_imp[p]), *(int(f[p]) for f in figures),
            SOURCE))

    fol = sim.ck_follower[:k]
    viewers = int(sim.metrics["viewers"][:i1].sum())
    f_viewers = int(sim.follower_viewers[:i1].sum())
    for seg, mask, seg_viewers in (("follower", fol, f_viewers), ("non_follower", ~fol, viewers - f_viewers)):
        out.follower_split.append(FollowerSplitRecord(
            ref, seg, int(sim.ck_gmv[:k][mask].sum()), int((sim.ck_paid[:k] & mask).sum()),
            int((sim.ck_main[:k] & mask).sum()), seg_viewers, int((sim.ck_cust[:k] & mask).sum()), SOURCE))

    weights = np.array([[v[3] for v in sim.videos]])
    sv = 5  # the "Short video" channel
    split = [apportion(np.array([int(a[:, sv].sum())]), weights)[0] for a in (imp, views, gmv)]
    for i, (vid, title, posted, _) in enumerate(sim.videos):
        out.video_traffic.append(VideoTrafficRecord(ref, vid, title, posted, int(split[0][i]), int(split[1][i]),
                                                    int(split[2][i]), SOURCE))


def _audience(sim: Sim, ref: SessionRef) -> list[AudienceRecord]:
    rng = np.random.default_rng((*sim.plan.seed, 2))
    out = []
    for audience in ("viewer", "customer"):
        for dim, base in cat.AUDIENCE_BASE.items():
            tilt = cat.CUSTOMER_TILT[dim] if audience == "customer" else {}
            w = np.array([share * tilt.get(bucket, 1.0) for bucket, share in base.items()])
            shares = np.round(rng.dirichlet(w / w.sum() * 400.0), 6).tolist()
            top = int(np.argmax(shares))
            shares[top] = 1.0 - math.fsum(s for i, s in enumerate(shares) if i != top)
            out.extend(AudienceRecord(ref, audience, dim, bucket, share, SOURCE)
                       for bucket, share in zip(base, shares, strict=True))
    return out


def benchmark_records(seed: int, first: dt.date, last: dt.date) -> list[BenchmarkRecord]:
    """Market averages (14-day window) as of each UTC midnight from ``first`` to ``last`` inclusive."""
    out = []
    day = first
    while day <= last:
        as_of = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp() * 1000)
        rng = np.random.default_rng((seed, 3, day.toordinal()))
        drift = 1 + 0.04 * np.sin(day.toordinal() * 0.45 + np.arange(len(cat.BENCHMARK_BASE)))
        noise = 1 + rng.normal(0.0, 0.015, len(cat.BENCHMARK_BASE))
        for (key, base), f in zip(cat.BENCHMARK_BASE.items(), drift * noise, strict=True):
            value = base * float(f)
            if key.endswith(("rate", "ctr", "ctor_sku")):
                value = min(max(value, 0.0), 1.0)
            out.append(BenchmarkRecord(cat.MARKET, key, 14, as_of, round(value, 6), SOURCE))
        day += dt.timedelta(days=1)
    return out


def apportion(totals: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Split integer totals (per row) across columns by weights, exactly (largest remainder).

    Args:
        totals: ``(rows,)`` non-negative integers.
        weights: ``(rows, cols)`` non-negative weights, each row with a positive sum.

    Returns:
        ``(rows, cols)`` int64 whose rows sum to ``totals``.
    """
    totals = np.asarray(totals, np.int64)
    w = weights / weights.sum(axis=1, keepdims=True)
    exact = totals[:, None] * w
    base = np.floor(exact).astype(np.int64)
    rest = totals - base.sum(axis=1)
    order = np.argsort(-(exact - base), axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.broadcast_to(np.arange(w.shape[1]), order.shape), axis=1)
    return base + (ranks < rest[:, None])


def channel_buckets(sim: Sim, upto: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-minute, per-channel impressions, views and GMV over the first ``upto`` seconds.

    Each row sums exactly to that minute's metric totals; GMV of the paid channel is the minute's ads GMV.
    Views never exceed impressions within a channel and minute.
    """
    starts = np.arange(0, upto, 60)
    if starts.size == 0:
        empty = np.zeros((0, len(cat.CHANNELS)), np.int64)
        return empty, empty, empty

    def minute_sums(key: str) -> np.ndarray:
        return np.add.reduceat(sim.metrics[key][:upto], starts)

    rows = starts.size
    imp = apportion(minute_sums("impressions"), sim.w_imp[:rows])
    views = apportion(minute_sums("views"), sim.w_view[:rows])
    over = views > imp
    for r in np.flatnonzero(over.any(axis=1)):  # rare: tiny minutes right after the start
        excess = int((views[r] - imp[r]).clip(0).sum())
        views[r] = np.minimum(views[r], imp[r])
        for c in np.argsort(-(imp[r] - views[r]), kind="stable"):
            move = min(excess, int(imp[r, c] - views[r, c]))
            views[r, c] += move
            excess -= move
    gmv = minute_sums("gmv")
    paid = minute_sums("ads_gmv") if "ads_gmv" in sim.metrics else np.zeros(rows, np.int64)
    gmv_c = apportion(gmv - paid, sim.w_gmv[:rows])
    gmv_c[:, PAID_INDEX] += paid
    return imp, views, gmv_c
