"""Numeric simulation of one demo LIVE: a plan (schedule of pins, promotions, violations) and its arrays.

Everything is vectorised and a pure function of the plan's seed. Traffic follows an envelope (ramp-up over
the first minutes, slow decay, smooth noise, surges), giveaways lift impressions and views, a violation cuts
impressions by 40–60 % while traffic is restricted, and pins lift product impressions, CTR and orders.
Orders are simulated per product click so per-product, per-second, per-channel and per-follower-segment
figures are all sums of the same events and therefore agree exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from livedesk.models.records import EventKind
from livedesk.services.demo_catalog import (
    CHANNELS,
    FLASH_TITLES,
    GIVEAWAY_TITLES,
    LANG_SHARES,
    PAID_INDEX,
    POLICIES,
    PRODUCTS,
    RECOMMENDED,
    VIDEO_TITLES,
)

PRICES = np.array([p.price for p in PRODUCTS], np.int64)
APPEAL = np.array([p.appeal for p in PRODUCTS])


@dataclass(frozen=True, slots=True)
class Pin:
    """A product pinned from ``start`` to ``end`` (offsets in seconds)."""

    start: int
    end: int
    product: int


@dataclass(frozen=True, slots=True)
class Promo:
    """A giveaway or flash sale; ``pct`` is the flash-sale discount."""

    kind: EventKind
    start: int
    end: int
    product: int
    pct: int
    title: str


@dataclass(frozen=True, slots=True)
class Strike:
    """A violation: traffic restricted from ``start`` to ``end``, impressions cut by ``drop``."""

    start: int
    end: int
    policy: int
    drop: float


@dataclass(frozen=True, slots=True)
class Plan:
    """What happens in one LIVE; the arrays follow from it (and its seed) alone."""

    external_id: str
    title: str
    host: str
    started_at: int
    duration_s: int
    seed: tuple[int, ...]
    level: float
    ads: bool
    shown: tuple[int, ...]
    pins: tuple[Pin, ...]
    promos: tuple[Promo, ...]
    strikes: tuple[Strike, ...]


def make_plan(seed: tuple[int, ...], external_id: str, title: str, host: str, started_at: int, duration_s: int,
              *, live: bool = False, force_violation: bool = False) -> Plan:
    """Draw a LIVE's schedule: shown products, pins, promotions and violations.

    Args:
        seed: entropy of the LIVE's random streams (the same seed gives the same plan and arrays).
        external_id: the LIVE's stable id.
        title: the LIVE's title.
        host: who presents it.
        started_at: start, UTC ms.
        duration_s: length in seconds (one sample per second).
        live: the running LIVE: a giveaway 10–20 minutes in, a violation 35–55 minutes in, paid traffic.
        force_violation: always give this LIVE a violation.
    """
    rng = np.random.default_rng(seed)
    n = duration_s
    shown = np.sort(rng.choice(len(PRODUCTS), size=int(rng.integers(10, 17)), replace=False))
    pop = APPEAL[shown] / APPEAL[shown].sum()
    pins: list[Pin] = []
    t, last = int(rng.integers(60, 240)), -1
    while t < n - 400:
        dur = int(rng.integers(150, 420))
        p = int(rng.choice(shown, p=pop))
        if p == last:
            p = int(shown[(int(np.searchsorted(shown, p)) + 1) % shown.size])
        pins.append(Pin(t, min(t + dur, n - 60), p))
        last = p
        t += dur + int(rng.integers(150, 600))

    taken: list[tuple[int, int]] = []

    def place(length: int, lo: int, hi: int, *, force: bool = False) -> int | None:
        for attempt in range(40):
            s = int(rng.integers(lo, max(lo + 1, hi - length)))
            if (force and attempt == 39) or all(s + length + 120 < a or s > b + 120 for a, b in taken):
                taken.append((s, s + length))
                return s
        return None

    promos: list[Promo] = []
    kinds = [EventKind.GIVEAWAY] if live else []
    kinds += [EventKind.GIVEAWAY if rng.random() < 0.5 else EventKind.FLASH_SALE
              for _ in range(int(rng.integers(1, 3 if live else 4)))]
    for i, kind in enumerate(kinds):
        length = int(rng.integers(180, 361)) if kind is EventKind.GIVEAWAY else int(rng.integers(300, 601))
        lo, hi = (600, 1200 + length) if live and i == 0 else (420, n - 600)
        s = place(length, lo, hi, force=i == 0)
        if s is None:
            continue
        product = int(rng.choice(shown, p=pop))
        pct = int(rng.choice([20, 25, 30, 40])) if kind is EventKind.FLASH_SALE else 0
        if kind is EventKind.GIVEAWAY:
            label = GIVEAWAY_TITLES[int(rng.integers(len(GIVEAWAY_TITLES)))]
        else:
            label = FLASH_TITLES[int(rng.integers(len(FLASH_TITLES)))].format(name=PRODUCTS[product].name, pct=pct)
        promos.append(Promo(kind, s, s + length, product, pct, label))
    promos.sort(key=lambda p: p.start)

    strikes: list[Strike] = []
    if live or force_violation or rng.random() < 0.3:
        policy = int(rng.integers(len(POLICIES)))
        length = POLICIES[policy].minutes * 60
        lo, hi = (35 * 60, 55 * 60 + length) if live else (900, n - 300)
        s = place(length, lo, hi, force=live or force_violation)
        if s is not None:
            strikes.append(Strike(s, s + length, policy, float(rng.uniform(0.4, 0.6))))
    level = 125.0 if live else float(rng.uniform(55, 120))
    ads = bool(live or rng.random() < 0.4)
    return Plan(external_id, title, host, started_at, duration_s, seed, level, ads, tuple(int(x) for x in shown),
                tuple(pins), tuple(promos), tuple(strikes))


@dataclass(frozen=True, slots=True)
class Sim:
    """The arrays of a simulated LIVE (offsets in seconds; event arrays sorted by second).

    Attributes:
        plan: the schedule.
        metrics: stored metric key → per-second int64 array; absent keys (ads in an unpaid LIVE) are missing.
        pi_sec, pi_prod: one entry per product impression.
        ck_*: one entry per product click, with its funnel flags and order value.
        cm_*: one entry per comment: time (ms offset), language index, giveaway phrase flag, user, phrase.
        w_imp, w_view, w_gmv: per-minute channel weights (rows sum to 1) for impressions, views, organic GMV.
        follower_viewers: per-second viewers who already follow the account.
        pinned: per-second pinned product index, -1 when none.
        promo_stats: per promotion (participants, incremental impressions, incremental views).
        videos: per short video (external id, title, posted_at ms, weight).
    """

    plan: Plan
    metrics: dict[str, np.ndarray]
    pi_sec: np.ndarray
    pi_prod: np.ndarray
    ck_sec: np.ndarray
    ck_prod: np.ndarray
    ck_atc: np.ndarray
    ck_created: np.ndarray
    ck_paid: np.ndarray
    ck_main: np.ndarray
    ck_cust: np.ndarray
    ck_qty: np.ndarray
    ck_gmv: np.ndarray
    ck_follower: np.ndarray
    cm_ms: np.ndarray
    cm_lang: np.ndarray
    cm_give: np.ndarray
    cm_user: np.ndarray
    cm_phrase: np.ndarray
    w_imp: np.ndarray
    w_view: np.ndarray
    w_gmv: np.ndarray
    follower_viewers: np.ndarray
    pinned: np.ndarray
    promo_stats: tuple[tuple[int, int, int], ...]
    videos: tuple[tuple[str, str, int, float], ...]

    @property
    def n(self) -> int:
        """Number of 1 s samples."""
        return self.plan.duration_s


def _smooth(rng: np.random.Generator, n: int, width: int, std: float) -> np.ndarray:
    """Smooth zero-mean noise with the given standard deviation (moving average of white noise)."""
    white = rng.normal(size=n + width)
    csum = np.cumsum(white)
    out = (csum[width:] - csum[:-width])[:n]
    return out / (out.std() or 1.0) * std


def _window(t: np.ndarray, start: int, end: int, ramp: float, tail: float) -> np.ndarray:
    """1 inside [start, end) with a linear ramp-in and an exponential tail after the end."""
    inside = np.clip((t - start) / ramp, 0.0, 1.0) * (t < end)
    after = np.exp(-np.clip(t - end, 0.0, None) / tail) * (t >= end)
    return inside + after


def simulate(plan: Plan) -> Sim:
    """Simulate every per-second metric, event and comment of a planned LIVE."""
    rng = np.random.default_rng((*plan.seed, 1))
    n = plan.duration_s
    t = np.arange(n, dtype=np.float64)
    envelope = (1 - np.exp(-t / 170.0)) * np.exp(-t / (rng.uniform(4.0, 7.0) * 3600.0))
    envelope *= 1 - 0.35 * np.clip((t - (n - 420)) / 420.0, 0.0, 1.0)
    envelope *= np.exp(_smooth(rng, n, 120, 0.12) + _smooth(rng, n, 15, 0.05))
    surge = np.zeros(n)
    for _ in range(int(rng.integers(0, 3))):
        surge += rng.uniform(0.25, 0.6) * np.exp(-0.5 * ((t - rng.uniform(0.2, 0.9) * n) / 240.0) ** 2)
    give, give_in, flash, flash_on = np.zeros(n), np.zeros(n, bool), np.zeros(n), np.full(n, -1)
    discount = np.zeros(n)
    for p in plan.promos:
        if p.kind is EventKind.GIVEAWAY:
            give += rng.uniform(0.45, 0.7) * _window(t, p.start, p.end, 30.0, 120.0)
            give_in[p.start:p.end] = True
        else:
            flash += 0.12 * _window(t, p.start, p.end, 20.0, 60.0)
            flash_on[p.start:p.end], discount[p.start:p.end] = p.product, p.pct / 100.0
    restrict = np.ones(n)
    for s in plan.strikes:
        restrict -= s.drop * _window(t, s.start, s.end, 5.0, 90.0)
    boost = 1 + give + flash + surge
    lam_imp = plan.level * envelope * boost * (1.22 if plan.ads else 1.0) * restrict
    err = np.clip(rng.uniform(0.105, 0.135) * (1 + 0.25 * give_in), 0.0, 0.9)
    impressions = rng.poisson(lam_imp)
    views = rng.binomial(impressions, err)
    viewers = rng.binomial(views, 0.74 - 0.22 * t / n)
    dwell = rng.uniform(52.0, 68.0)
    views_1min = rng.binomial(views, np.exp(-60.0 / dwell))
    kernel = np.exp(-np.arange(int(6 * dwell)) / dwell)
    current = np.rint(np.convolve(views, kernel)[:n]).astype(np.int64)

    pinned = np.full(n, -1)
    for pin in plan.pins:
        pinned[pin.start:pin.end] = pin.product
    shown = np.array(plan.shown)
    pop = APPEAL[shown] / APPEAL[shown].sum()
    lam_pi = current * rng.uniform(0.016, 0.021) * (1 + 0.6 * (pinned >= 0) + 0.3 * (flash_on >= 0))
    pi_sec = np.repeat(np.arange(n), rng.poisson(lam_pi))
    u = rng.random(pi_sec.size)
    pp, fp = pinned[pi_sec], flash_on[pi_sec]
    table = shown[np.searchsorted(np.cumsum(pop), (np.arange(1024) + 0.5) / 1024)]  # popularity lookup
    pi_prod = table[rng.integers(0, 1024, pi_sec.size)]
    pi_prod = np.where((fp >= 0) & (u > 0.8), fp, pi_prod)
    pi_prod = np.where((pp >= 0) & (u < 0.5), pp, pi_prod)
    p_click = rng.uniform(0.075, 0.1) * APPEAL[pi_prod] * np.where(pi_prod == pp, 1.5, 1.0)
    p_click *= np.where(pi_prod == fp, 1.35, 1.0)
    clicked = rng.random(pi_sec.size) < np.clip(p_click, 0.0, 0.5)
    ck_sec, ck_prod = pi_sec[clicked], pi_prod[clicked]
    nc = ck_sec.size
    on_flash = ck_prod == flash_on[ck_sec]
    p_order = rng.uniform(0.07, 0.09) * (0.7 + 0.3 * APPEAL[ck_prod]) * np.where(on_flash, 1.6, 1.0)
    p_order *= np.where(ck_prod == pinned[ck_sec], 1.2, 1.0)
    ck_atc = rng.random(nc) < 0.33
    ck_created = rng.random(nc) < np.clip(p_order, 0.0, 1.0)
    ck_paid = ck_created & (rng.random(nc) < rng.uniform(0.84, 0.92))
    ck_main = ck_paid & (rng.random(nc) < 0.86)
    ck_cust = ck_main & (rng.random(nc) < 0.93)
    ck_qty = (1 + (rng.random(nc) < 0.17) + (rng.random(nc) < 0.05)) * ck_paid
    unit = np.rint(PRICES[ck_prod] * (1 - np.where(on_flash, discount[ck_sec], 0.0))).astype(np.int64)
    ck_gmv = unit * ck_qty
    ck_follower = rng.random(nc) < 0.34

    # Channel weights per minute (rows sum to 1); the paid channel exists only when the LIVE runs ads.
    m = (n + 59) // 60
    tm = np.arange(m) * 60.0 + 30.0
    w = np.array([c.weight for c in CHANNELS])[None, :] * np.exp(rng.normal(0.0, 0.1, (m, len(CHANNELS))))
    w[:, 1] *= 1 + 3 * np.exp(-tm / 500.0)
    minute = np.minimum(tm.astype(int), n - 1)
    for c in RECOMMENDED:
        w[:, c] *= restrict[minute] * (1 + give[minute])
    w[:, 5] *= 1 + 2 * surge[minute]
    if not plan.ads:
        w[:, PAID_INDEX] = 0.0
    w_imp = w / w.sum(axis=1, keepdims=True)
    wv = w_imp * np.array([c.err for c in CHANNELS])
    w_view = wv / wv.sum(axis=1, keepdims=True)
    wg = w_view * np.array([c.conv for c in CHANNELS])
    wg[:, PAID_INDEX] = 0.0
    w_gmv = wg / wg.sum(axis=1, keepdims=True)
    ck_ads = plan.ads & (rng.random(nc) < w_view[ck_sec // 60, PAID_INDEX])

    def per_sec(mask: np.ndarray | None = None, weights: np.ndarray | None = None) -> np.ndarray:
        if mask is not None:
            weights = mask.astype(np.int64) if weights is None else weights * mask
        return np.bincount(ck_sec, weights=weights, minlength=n).astype(np.int64)

    cm_sec, cm_ms, cm_lang, cm_give, cm_user, cm_phrase = _comments(rng, current, give_in)
    follower_viewers = rng.binomial(viewers, 0.28)
    metrics: dict[str, np.ndarray] = {
        "gmv": per_sec(weights=ck_gmv),
        "items_sold": per_sec(weights=ck_qty),
        "sku_orders": per_sec(ck_paid),
        "main_orders": per_sec(ck_main),
        "created_sku_orders": per_sec(ck_created),
        "customers": per_sec(ck_cust),
        "impressions": impressions,
        "views": views,
        "viewers": viewers,
        "current_viewers": current,
        "product_impressions": np.bincount(pi_sec, minlength=n).astype(np.int64),
        "product_clicks": per_sec(),
        "add_to_cart": per_sec(ck_atc),
        "comments": np.bincount(cm_sec, minlength=n).astype(np.int64),
        "likes": np.minimum(rng.poisson(current * 0.005 * (1 + give)), viewers),
        "shares": rng.poisson(current * 0.0006 * (1 + 2 * give)),
        "new_followers": rng.binomial(viewers, np.clip(0.014 * (1 + 1.5 * give_in), 0.0, 1.0)),
        "gifts": rng.poisson(current * 0.0009),
        "watch_seconds": current.copy(),  # every viewer in the room watches this second
        "views_1min": views_1min,
    }
    if plan.ads:
        metrics["ads_cost"] = rng.poisson(np.full(n, rng.uniform(6.0, 14.0)))
        metrics["ads_gmv"] = per_sec(ck_ads, ck_gmv)

    stats = []
    for p in plan.promos:
        span = slice(p.start, min(n, p.end + 120))
        share = (give if p.kind is EventKind.GIVEAWAY else flash)[span] / boost[span]
        inc_imp = int(np.rint((impressions[span] * share).sum()))
        inc_views = int(np.rint((views[span] * share).sum()))
        if p.kind is EventKind.GIVEAWAY:
            lo, hi = np.searchsorted(cm_ms, [p.start * 1000, p.end * 1000])
            participants = int(cm_give[lo:hi].sum())
        else:
            lo, hi = np.searchsorted(ck_sec, [p.start, p.end])
            participants = int((ck_cust[lo:hi] & (ck_prod[lo:hi] == p.product)).sum())
        stats.append((participants, inc_imp, inc_views))

    videos = []
    for i in range(int(rng.integers(3, 9))):
        vid = f"7{int(rng.integers(10**17, 10**18))}"
        title = VIDEO_TITLES[int(rng.integers(len(VIDEO_TITLES)))]
        posted = plan.started_at - int(rng.integers(2 * 3600, 5 * 86400)) * 1000
        videos.append((vid, title, posted, float(rng.pareto(1.5) + 0.2 + 0.01 * i)))
    return Sim(plan, metrics, pi_sec.astype(np.int32), pi_prod.astype(np.int16), ck_sec.astype(np.int32),
               ck_prod.astype(np.int16), ck_atc, ck_created, ck_paid, ck_main, ck_cust, ck_qty.astype(np.int64),
               ck_gmv, ck_follower, cm_ms, cm_lang, cm_give, cm_user, cm_phrase, w_imp, w_view, w_gmv,
               follower_viewers, pinned, tuple(stats), tuple(videos))


def _comments(rng: np.random.Generator, current: np.ndarray,
              give_in: np.ndarray) -> tuple[np.ndarray, ...]:
    n = current.size
    sec = np.repeat(np.arange(n), rng.poisson(current * rng.uniform(0.001, 0.0014) * (1 + 1.5 * give_in)))
    ms = np.sort(sec.astype(np.int64) * 1000 + rng.integers(0, 1000, sec.size))
    sec = ms // 1000
    shares = np.cumsum(list(LANG_SHARES.values()))
    lang = np.searchsorted(shares, rng.random(sec.size) * shares[-1]).astype(np.int8)
    give = give_in[sec] & (rng.random(sec.size) < 0.6)
    user = (rng.random(sec.size) ** 2.5 * 1200).astype(np.int32)  # a few regulars write most comments
    phrase = rng.integers(0, 1 << 30, sec.size)
    return sec, ms, lang, give, user, phrase
