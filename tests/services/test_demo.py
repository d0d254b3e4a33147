"""The demo connector: determinism, realistic and consistent data, progressive reveal, store round trip."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
from collections import defaultdict
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from livedesk.models import repository as repo
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.metrics import STORED_KEYS
from livedesk.models.records import Batch, Channel, EventKind, SessionRef, SessionStatus
from livedesk.models.store import Store
from livedesk.services.demo import LEAD_S, LIVE_LENGTH_S, DemoConnector
from livedesk.services.demo_catalog import LIVE_TITLE, TITLES

T_MORNING = 1_750_000_000.0  # 2025-06-15 08:06 in Los Angeles
T_MIDNIGHT = 1_750_058_400.0  # 2025-06-16 00:20 in Los Angeles: yesterday's evening LIVEs may run late
TZ = ZoneInfo("America/Los_Angeles")
COL = {k: i + 1 for i, k in enumerate(STORED_KEYS)}
RATE_PAIRS = (
    ("views", "impressions"), ("viewers", "views"), ("views_1min", "views"), ("product_clicks", "product_impressions"),
    ("product_clicks", "views"), ("sku_orders", "product_clicks"), ("main_orders", "product_clicks"),
    ("sku_orders", "created_sku_orders"), ("customers", "viewers"), ("new_followers", "viewers"),
    ("comments", "viewers"), ("likes", "viewers"), ("shares", "viewers"), ("add_to_cart", "product_clicks"),
)


class FakeClock:
    """A clock that moves only when told."""

    def __init__(self, t: float = T_MORNING) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def drain(conn: DemoConnector, clock: FakeClock, step_s: float = 1.0) -> list[Batch]:
    """Poll until every past day has been sent."""
    batches = [conn.poll()]
    while conn.history_pending:
        clock.advance(step_s)
        batches.append(conn.poll())
    return batches


class Collected:
    """Every record of a list of batches, grouped by session."""

    def __init__(self, batches: list[Batch]) -> None:
        self.batches = batches
        self.sessions = {}
        self.by: dict[str, dict[SessionRef, list]] = defaultdict(lambda: defaultdict(list))
        self.rows: dict[SessionRef, list[tuple]] = defaultdict(list)
        for b in batches:
            for s in b.sessions:
                self.sessions[s.ref] = s
            for block in b.samples:
                assert block.columns == STORED_KEYS
                self.rows[block.session].extend(block.rows)
            for name in ("channel_totals", "channel_samples", "events", "comments", "session_products",
                         "promotions", "violations", "audience", "follower_split", "video_traffic"):
                for r in getattr(b, name):
                    self.by[name][r.session].append(r)

    def latest(self, name: str, ref: SessionRef, key) -> dict:
        """The newest version of each record (re-sent totals replace older ones)."""
        out = {}
        for r in self.by[name][ref]:
            out[key(r)] = r
        return out

    def totals(self, ref: SessionRef) -> dict[str, int]:
        arr = np.array([[0 if v is None else v for v in row] for row in self.rows[ref]], dtype=np.int64)
        return {k: int(arr[:, i].sum()) for k, i in COL.items()}


@pytest.fixture(scope="module")
def full() -> Collected:
    clock = FakeClock()
    return Collected(drain(DemoConnector(seed=7, clock=clock, replay_uri="/tmp/demo.mp4"), clock))


def ended(c: Collected) -> list:
    return [s for s in c.sessions.values() if s.status is SessionStatus.ENDED]


def test_same_seed_and_clock_give_identical_batches_and_another_seed_differs() -> None:
    runs = []
    for seed in (7, 7, 8):
        clock = FakeClock()
        conn = DemoConnector(seed=seed, clock=clock, history_days=3)
        batches = drain(conn, clock)
        clock.advance(30)
        batches.append(conn.poll())
        runs.append(batches)
    assert runs[0] == runs[1]
    assert runs[0][0].samples[0].rows != runs[2][0].samples[0].rows
    assert runs[0][1].sessions[0].ref == runs[2][1].sessions[0].ref  # same dates, same ids, other data


def test_history_has_at_least_14_ended_lives_and_one_running(full: Collected) -> None:
    done = ended(full)
    live = [s for s in full.sessions.values() if s.status is SessionStatus.LIVE]
    assert len(done) >= 14 and len(live) == 1
    assert live[0].started_at == int(T_MORNING) * 1000 - LEAD_S * 1000
    assert live[0].title == LIVE_TITLE and live[0].ref.external_id.startswith("demo-live-")
    assert len({s.title for s in done}) >= 6
    assert live[0].ended_at is None and live[0].replay_uri == "/tmp/demo.mp4" and live[0].replay_offset_ms == 0
    days = set()
    for s in done:
        assert 3600_000 <= s.ended_at - s.started_at <= 3 * 3600_000
        local = dt.datetime.fromtimestamp(s.started_at / 1000, TZ)
        assert 17 <= local.hour <= 21
        days.add(local.date())
        rows = full.rows[s.ref]
        assert len(rows) == (s.ended_at - s.started_at) // 1000
        assert s.ref.external_id.startswith(f"demo-{local:%Y%m%d}-")
        assert s.title in TITLES and s.host
    assert len(days) == 14
    account = full.batches[0].accounts[0]
    assert (account.market, account.timezone, account.currency) == ("US/beauty", "America/Los_Angeles", "USD")
    assert len(full.batches[0].products) >= 20
    assert all(isinstance(p.price, int) and p.price > 0 for p in full.batches[0].products)


def test_samples_are_believable_and_internally_consistent(full: Collected) -> None:
    with_ads = without_ads = 0
    for ref in full.sessions:
        arr = np.array([[0 if v is None else v for v in row] for row in full.rows[ref]], dtype=np.int64)
        ts = arr[:, 0]
        assert np.all(np.diff(ts) == 1000)
        c = {k: arr[:, i] for k, i in COL.items()}
        assert all(v.min() >= 0 for v in c.values())
        assert np.all(c["views"] <= c["impressions"]) and np.all(c["viewers"] <= c["views"])
        assert np.all(c["views_1min"] <= c["views"]) and np.all(c["product_clicks"] <= c["product_impressions"])
        assert np.all(c["sku_orders"] <= c["created_sku_orders"]) and np.all(c["main_orders"] <= c["sku_orders"])
        assert np.all(c["customers"] <= c["main_orders"]) and np.all(c["items_sold"] >= c["sku_orders"])
        assert np.array_equal(c["watch_seconds"], c["current_viewers"])
        assert 300 <= c["current_viewers"].max() <= 5000
        sums = {k: int(v.sum()) for k, v in c.items()}
        for num, den in RATE_PAIRS:
            assert 0 < sums[num] / sums[den] < 1, (num, den)
        assert 0.4 <= sums["comments"] / len(ts) <= 3.0  # comments per second
        assert all(type(row[COL["gmv"]]) is int for row in full.rows[ref])  # money in integer cents
        assert 15_00 <= sums["gmv"] / sums["items_sold"] <= 60_00  # average unit price in cents
        # Ramp-up: the first minute is much quieter than minutes 10-20.
        assert c["impressions"][:60].mean() < 0.5 * c["impressions"][600:1200].mean()
        ads = [row[COL["ads_cost"]] for row in full.rows[ref]] + [row[COL["ads_gmv"]] for row in full.rows[ref]]
        if all(v is None for v in ads):
            without_ads += 1
        else:
            assert all(isinstance(v, int) for v in ads)
            assert sums["ads_gmv"] <= sums["gmv"] and sums["ads_cost"] > 0
            with_ads += 1
    assert with_ads >= 2 and without_ads >= 2


def test_channels_apportion_the_metric_totals_exactly(full: Collected) -> None:
    for ref, s in full.sessions.items():
        totals = full.totals(ref)
        chans = full.latest("channel_totals", ref, lambda r: r.channel_raw)
        assert len(chans) >= 6
        paid = [c for c in chans.values() if c.paid]
        assert all(c.channel is Channel.PAID for c in paid)
        assert bool(paid) == (totals["ads_cost"] > 0)
        for key in ("impressions", "views", "gmv", "product_clicks", "sku_orders"):
            assert sum(getattr(c, key) for c in chans.values()) == totals[key], key
        share = sum(c.impressions / totals["impressions"] for c in chans.values())
        assert math.isclose(share, 1.0, abs_tol=1e-12)
        assert all(0 <= c.views <= c.impressions for c in chans.values())
        buckets = full.latest("channel_samples", ref, lambda r: (r.channel_raw, r.ts))
        per_ts: dict[int, np.ndarray] = defaultdict(lambda: np.zeros(3, np.int64))
        for r in buckets.values():
            per_ts[r.ts] += (r.impressions, r.views, r.gmv)
        arr = np.array(full.rows[ref], dtype=object)
        ts = arr[:, 0].astype(np.int64)
        for bucket_ts, got in per_ts.items():
            sel = (ts >= bucket_ts) & (ts < bucket_ts + 60_000)
            want = [int(arr[sel, COL[k]].astype(np.int64).sum()) for k in ("impressions", "views", "gmv")]
            assert list(got) == want
        assert len(per_ts) == math.ceil(len(ts) / 60)
        if s.status is SessionStatus.ENDED and paid:
            assert paid[0].gmv == totals["ads_gmv"]


def test_products_followers_audience_and_videos_add_up(full: Collected) -> None:
    for ref, s in full.sessions.items():
        totals = full.totals(ref)
        prods = full.latest("session_products", ref, lambda r: r.product_external_id)
        for key, col in (("clicks", "product_clicks"), ("sku_orders", "sku_orders"), ("gmv", "gmv"),
                         ("impressions", "product_impressions"), ("items_sold", "items_sold")):
            assert sum(getattr(p, key) for p in prods.values()) == totals[col], key
        assert sum(p.pin_count for p in prods.values()) >= (3 if s.status is SessionStatus.ENDED else 1)
        folk = full.latest("follower_split", ref, lambda r: r.segment)
        assert set(folk) == {"follower", "non_follower"}
        for key in ("gmv", "sku_orders", "viewers", "customers", "main_orders"):
            assert sum(getattr(f, key) for f in folk.values()) == totals[key], key
        shares: dict[tuple[str, str], float] = defaultdict(float)
        for a in full.by["audience"][ref]:
            assert 0 <= a.share <= 1
            shares[(a.audience, a.dimension)] += a.share
        assert set(shares) == {(a, d) for a in ("viewer", "customer") for d in ("gender", "age", "region", "country")}
        assert all(math.isclose(v, 1.0, abs_tol=1e-9) for v in shares.values())
        videos = full.latest("video_traffic", ref, lambda r: r.video_external_id)
        assert 3 <= len(videos) <= 8
        assert all(v.posted_at < s.started_at and 0 <= v.views <= v.impressions for v in videos.values())


def test_markers_promotions_violations_and_comments(full: Collected) -> None:
    strikes = 0
    for ref, s in full.sessions.items():
        events = full.latest("events", ref, lambda e: (e.kind, e.ts, e.ref))
        pins = [e for e in events.values() if e.kind is EventKind.PRODUCT_PIN]
        done = s.status is SessionStatus.ENDED
        assert len(pins) >= (3 if done else 1)
        for p in pins:
            assert json.loads(p.payload_json)["product_id"] == p.ref and p.label
        assert all(p.ts_end is not None for p in pins) or not done
        promos = full.latest("promotions", ref, lambda r: r.external_id)
        assert 1 <= len(promos) <= 3
        for p in promos.values():
            assert p.kind in (EventKind.GIVEAWAY, EventKind.FLASH_SALE)
            assert (p.kind, p.start_ts, p.external_id) in events
            if done:
                assert p.participants > 0 and p.incremental_impressions > 0 and p.incremental_views >= 0
        violations = full.latest("violations", ref, lambda r: r.external_id)
        strikes += bool(violations) and done
        for v in violations.values():
            assert (EventKind.VIOLATION, v.ts, v.external_id) in events
            assert v.policy and v.reason and v.recommendation and "restricted" in v.consequence
            rows = np.array(full.rows[ref], dtype=object)
            ts, imp = rows[:, 0].astype(np.int64), rows[:, COL["impressions"]].astype(np.int64)
            during = imp[(ts >= v.ts + 60_000) & (ts < v.ts_end)].mean()
            before = imp[(ts >= v.ts - 600_000) & (ts < v.ts)].mean()
            assert during < 0.75 * before  # traffic dips while restricted
        assert (EventKind.LIVE_END in {e.kind for e in events.values()}) == done
        comments = full.by["comments"][ref]
        assert len({c.external_id for c in comments}) == len(comments)
        assert all(s.started_at <= c.ts < s.started_at + LIVE_LENGTH_S * 1000 for c in comments)
        assert len({c.lang for c in comments}) >= 5 and all(c.user and c.text for c in comments)
    assert strikes >= 2


def test_benchmarks_cover_the_history_in_catalogue_units(full: Collected) -> None:
    bench = full.batches[0].benchmarks
    keys = {b.metric for b in bench}
    assert {"gmv", "views", "viewers", "impressions", "customers", "tap_through_rate", "live_ctr", "product_ctr",
            "ctor_sku", "conversion_rate", "watch_gpm", "show_gpm", "avg_view_duration", "follow_rate",
            "comment_rate", "pcu", "new_followers"} <= keys
    days = {b.as_of for b in bench}
    assert len(days) >= 15 and all(d % 86_400_000 == 0 for d in days)
    assert all(b.market == "US/beauty" and b.window_days == 14 for b in bench)
    for b in bench:
        if b.metric.endswith(("rate", "ctr", "ctor_sku")):
            assert 0 < b.value < 1
    latest = {b.metric: b.value for b in bench if b.as_of == max(days)}
    own = defaultdict(list)
    for s in ended(full):
        t = full.totals(s.ref)
        own["product_ctr"].append(t["product_clicks"] / t["product_impressions"])
        own["tap_through_rate"].append(t["views"] / t["impressions"])
    assert np.mean(own["product_ctr"]) < 0.85 * latest["product_ctr"]  # clearly worse than the market
    assert np.mean(own["tap_through_rate"]) > 1.1 * latest["tap_through_rate"]  # clearly better


def test_history_never_overlaps_the_running_live() -> None:
    clock = FakeClock(T_MIDNIGHT)
    conn = DemoConnector(clock=clock)
    c = Collected(drain(conn, clock))
    assert len(ended(c)) >= 14
    assert all(s.ended_at <= conn.live_started_at for s in ended(c))


def live_rows(batch: Batch, ref: SessionRef) -> list[tuple]:
    return [row for b in batch.samples if b.session == ref for row in b.rows]


@pytest.mark.parametrize(("speed", "expected"), [(1.0, 10), (10.0, 100)])
def test_live_samples_are_revealed_progressively(speed: float, expected: int) -> None:
    clock = FakeClock()
    conn = DemoConnector(clock=clock, speed=speed, history_days=0)
    first = live_rows(conn.poll(), conn.live_ref)
    assert len(first) == LEAD_S + 1 and first[-1][0] == int(T_MORNING) * 1000
    seen = [r[0] for r in first]
    for _ in range(3):
        clock.advance(10)
        batch = conn.poll()
        rows = live_rows(batch, conn.live_ref)
        assert abs(len(rows) - expected) <= 1
        ts = [r[0] for r in rows]
        assert all(b > a for a, b in itertools.pairwise(ts)) and ts[0] > seen[-1]
        assert batch.up_to_ts == ts[-1] and not batch.sessions and not batch.accounts
        seen += ts
    assert len(set(seen)) == len(seen)
    assert live_rows(conn.poll(), conn.live_ref) == []  # no time passed, nothing new


def test_progressive_reveal_does_not_depend_on_poll_timing() -> None:
    def run(steps: list[float]) -> Collected:
        clock = FakeClock()
        conn = DemoConnector(clock=clock, history_days=0)
        batches = [conn.poll()]
        for s in steps:
            clock.advance(s)
            batches.append(conn.poll())
        return Collected(batches)

    a, b = run([7.25] * 500), run([1625.0, 1000.0, 1000.0])
    ref = next(iter(a.sessions))
    assert a.rows[ref] == b.rows[ref]
    assert [c.external_id for c in a.by["comments"][ref]] == [c.external_id for c in b.by["comments"][ref]]
    for name, key in (("events", lambda e: (e.kind, e.ts, e.ref)), ("channel_totals", lambda r: r.channel_raw),
                      ("session_products", lambda r: r.product_external_id),
                      ("violations", lambda r: r.external_id), ("promotions", lambda r: r.external_id)):
        assert a.latest(name, ref, key) == b.latest(name, ref, key), name
    assert a.by["violations"][ref]  # the live LIVE has its violation within the first hour


def test_live_ends_after_its_planned_length() -> None:
    clock = FakeClock()
    conn = DemoConnector(clock=clock, speed=60.0, history_days=0)
    batches = [conn.poll()]
    while clock.t < T_MORNING + LIVE_LENGTH_S / 60:
        clock.advance(5)
        batches.append(conn.poll())
    c = Collected(batches)
    s = c.sessions[conn.live_ref]
    assert s.status is SessionStatus.ENDED and s.ended_at == s.started_at + LIVE_LENGTH_S * 1000
    assert len(c.rows[conn.live_ref]) == LIVE_LENGTH_S
    ends = [e for e in c.by["events"][conn.live_ref] if e.kind is EventKind.LIVE_END]
    assert [e.ts for e in ends] == [s.ended_at]
    pins = c.latest("events", conn.live_ref, lambda e: (e.kind, e.ts, e.ref))
    assert all(e.ts_end is not None for e in pins.values() if e.kind is EventKind.PRODUCT_PIN)
    clock.advance(600)
    assert conn.poll().is_empty()


def test_closed_connector_returns_empty_batches() -> None:
    clock = FakeClock()
    conn = DemoConnector(clock=clock, history_days=2)
    assert not conn.poll().is_empty()
    conn.close()
    clock.advance(10)
    assert conn.poll().is_empty() and conn.source == "demo" and conn.poll_interval_ms == 1000


def test_batches_round_trip_through_the_store_idempotently() -> None:
    clock = FakeClock()
    conn = DemoConnector(clock=clock, history_days=2)
    batches = drain(conn, clock)
    for _ in range(5):
        clock.advance(2)
        batches.append(conn.poll())
    c = Collected(batches)
    engine = make_engine("sqlite://")
    upgrade(engine)
    store = Store(engine)

    def snapshot() -> dict:
        out = {}
        with engine.connect() as db:
            for s in repo.list_sessions(db):
                out[s.ref.external_id] = (
                    s.status, s.ended_at, len(repo.samples(db, s.id)), len(repo.comments(db, s.id, s.ref)),
                    len(repo.events(db, s.id)), len(repo.products(db, s.id)), len(repo.channels(db, s.id)),
                    len(repo.violations(db, s.id)), len(repo.promotions(db, s.id)), len(repo.audience(db, s.id)),
                    float(np.nansum(repo.samples(db, s.id).columns["gmv"])),
                )
        return out

    for b in batches:
        store.write(b)
    first = snapshot()
    assert len(first) == len(c.sessions) >= 3
    for ref, s in c.sessions.items():
        got = first[ref.external_id]
        events = c.latest("events", ref, lambda e: (e.kind, e.ts, e.ref))
        assert got[:5] == (s.status, s.ended_at, len(c.rows[ref]), len(c.by["comments"][ref]), len(events))
        assert got[10] == c.totals(ref)["gmv"]
    with engine.connect() as db:
        for s in repo.list_sessions(db):
            unpaid = all(row[COL["ads_cost"]] is None for row in c.rows[s.ref])
            ads = repo.samples(db, s.id).columns["ads_cost"]
            assert np.all(np.isnan(ads)) if unpaid else not np.any(np.isnan(ads))  # missing stays NULL
    for b in batches:
        store.write(b)
    assert snapshot() == first
    engine.dispose()
