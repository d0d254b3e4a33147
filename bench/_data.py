"""Deterministic benchmark data: long LIVEs with every panel filled, written through the product's Store.

The source is not ``demo``, so a window built on such a cache does not start the demo connector.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from livedesk.models.engine import make_engine, upgrade
from livedesk.models.metrics import CATALOGUE, STORED_KEYS
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    AppealStatus,
    AudienceRecord,
    Batch,
    BenchmarkRecord,
    Channel,
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
    VideoTrafficRecord,
    ViolationRecord,
)
from livedesk.models.store import Store

SOURCE = "tiktok_shop"
ACCOUNT = AccountRef("tiktok", "@bench_shop")
MARKET = "US/beauty"
T0 = 1_767_200_000_000  # 2025-12-31 16:53:20 UTC
FOUR_HOURS_S = 4 * 3600
N_PRODUCTS = 40
CHANNELS = tuple(Channel)
WORDS = ("love", "this", "price", "shipping", "color", "size", "link", "please", "wow", "deal", "how", "much",
         "cart", "pin", "again", "giveaway", "when", "restock", "sold", "out")


def account_batch() -> Batch:
    """The benchmark shop, its catalogue and the market averages."""
    products = tuple(ProductRecord(ACCOUNT, f"p{i:03d}", f"Product {i}", f"SKU-{i:04d}", 999 + 250 * i, "USD", SOURCE)
                     for i in range(N_PRODUCTS))
    bench = tuple(BenchmarkRecord(MARKET, m.key, 14, T0 - 86_400_000, 100.0 + i, SOURCE)
                  for i, m in enumerate(CATALOGUE))
    return Batch(SOURCE, accounts=(AccountRecord(ACCOUNT, "Bench shop", "US", "UTC", "USD", SOURCE, MARKET),),
                 products=products, benchmarks=bench)


def sample_columns(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Per-second integer values of every stored metric, shaped like a LIVE (ramp-up, drift, spikes)."""
    t = np.arange(n, dtype=np.float64)
    envelope = (1 - np.exp(-t / 300.0)) * (1.0 + 0.3 * np.sin(t / 1800.0)) + 0.02
    level = 400.0 * envelope
    current = np.rint(np.convolve(rng.poisson(level / 60.0), np.ones(60))[:n] + level).astype(np.int64)
    impressions = rng.poisson(level)
    views = rng.binomial(impressions, 0.12)
    out = {
        "gmv": rng.poisson(0.6 * envelope) * 2499, "items_sold": rng.poisson(0.7 * envelope),
        "sku_orders": rng.poisson(0.6 * envelope), "main_orders": rng.poisson(0.5 * envelope),
        "created_sku_orders": rng.poisson(0.7 * envelope), "customers": rng.poisson(0.45 * envelope),
        "impressions": impressions, "views": views, "viewers": rng.binomial(views, 0.7),
        "current_viewers": current, "product_impressions": rng.poisson(0.025 * current),
        "product_clicks": rng.poisson(0.002 * current), "add_to_cart": rng.poisson(0.0008 * current),
        "comments": rng.poisson(0.0015 * current), "likes": rng.poisson(0.005 * current),
        "shares": rng.poisson(0.0006 * current), "new_followers": rng.poisson(0.0004 * current),
        "gifts": rng.poisson(0.0009 * current), "watch_seconds": current.copy(),
        "views_1min": rng.binomial(views, 0.35), "ads_cost": rng.poisson(np.full(n, 5.0)),
        "ads_gmv": rng.poisson(0.1 * envelope) * 2499,
    }
    assert set(out) == set(STORED_KEYS)
    return out


def sample_rows(columns: dict[str, np.ndarray], started_at: int, lo: int = 0,
                hi: int | None = None) -> tuple[tuple[int, ...], ...]:
    """Rows ``(ts, v1, ... v22)`` in :data:`STORED_KEYS` order for seconds ``[lo, hi)``."""
    n = next(iter(columns.values())).size
    hi = n if hi is None else min(hi, n)
    ts = (started_at + np.arange(lo, hi, dtype=np.int64) * 1000).tolist()
    return tuple(zip(ts, *(columns[k][lo:hi].tolist() for k in STORED_KEYS), strict=True))


def comment(ref: SessionRef, i: int, ts: int, rng: np.random.Generator) -> CommentRecord:
    """One viewer comment."""
    words = rng.choice(len(WORDS), size=int(rng.integers(2, 9)))
    return CommentRecord(ref, f"{ref.external_id}-c{i:06d}", ts, f"viewer_{int(rng.integers(100_000))}",
                         " ".join(WORDS[w] for w in words), "en", SOURCE)


@dataclass(frozen=True)
class LiveSpec:
    """One benchmark LIVE."""

    external_id: str
    started_at: int
    seconds: int = FOUR_HOURS_S
    comments: int = 5_000
    events: int = 300
    live: bool = False
    replay_uri: str | None = None
    seed: int = 1

    @property
    def ref(self) -> SessionRef:
        """Natural key."""
        return SessionRef(ACCOUNT, self.external_id)


def live_batches(spec: LiveSpec, *, block_rows: int = 3600) -> list[Batch]:
    """Every record of one LIVE: session, samples (in blocks), comments, events, products, channels ..."""
    rng = np.random.default_rng(spec.seed)
    ref, start, n = spec.ref, spec.started_at, spec.seconds
    end = start + n * 1000
    session = SessionRecord(ref, f"Bench LIVE {spec.external_id}", "host", start, None if spec.live else end,
                            SessionStatus.LIVE if spec.live else SessionStatus.ENDED, "USD", SOURCE,
                            spec.replay_uri, 0, 1000)
    cols = sample_columns(rng, n)
    blocks = [Batch(SOURCE, samples=(SampleBlock(ref, STORED_KEYS, sample_rows(cols, start, lo, lo + block_rows),
                                                 SOURCE),))
              for lo in range(0, n, block_rows)]
    cts = np.sort(rng.integers(0, n * 1000, spec.comments)) + start
    comments = tuple(comment(ref, i, int(ts), rng) for i, ts in enumerate(cts))
    kinds = (EventKind.PRODUCT_PIN, EventKind.PRODUCT_PIN, EventKind.PRODUCT_PIN, EventKind.PROMOTION,
             EventKind.GIVEAWAY, EventKind.FLASH_SALE, EventKind.ANNOTATION, EventKind.VIOLATION)
    ets = np.sort(rng.choice(n, spec.events, replace=False)) * 1000 + start
    events = []
    for i, ts in enumerate(ets.tolist()):
        kind = kinds[i % len(kinds)]
        p = int(rng.integers(N_PRODUCTS))
        events.append(EventRecord(ref, kind, ts, ts + 120_000 if kind is not EventKind.ANNOTATION else None,
                                  f"e{i}", f"{kind.value} {i}", SOURCE,
                                  json.dumps({"product_id": f"p{p:03d}", "i": i})))
    session_products = tuple(SessionProductRecord(
        ref, f"p{i:03d}", int(rng.integers(0, 6)), start + int(rng.integers(n)) * 1000,
        *(int(v) for v in rng.integers(10, 50_000, 9)), SOURCE) for i in range(N_PRODUCTS))
    channels = tuple(ChannelTotalRecord(ref, c.value.lower(), c, c is Channel.PAID,
                                        *(int(v) for v in rng.integers(100, 500_000, 5)), SOURCE) for c in CHANNELS)
    channel_samples = tuple(ChannelSampleRecord(ref, c.value.lower(), start + m * 60_000,
                                                *(int(v) for v in rng.integers(0, 5_000, 3)), SOURCE)
                            for c in CHANNELS for m in range(n // 60))
    audience = tuple(AudienceRecord(ref, aud, dim, f"{dim}{b}", 1.0 / k, SOURCE)
                     for aud in ("viewer", "customer") for dim, k in (("gender", 3), ("age", 6), ("region", 10))
                     for b in range(k))
    followers = tuple(FollowerSplitRecord(ref, seg, *(int(v) for v in rng.integers(10, 90_000, 5)), SOURCE)
                      for seg in ("follower", "non_follower"))
    videos = tuple(VideoTrafficRecord(ref, f"v{i}", f"Video {i}", start - 86_400_000,
                                      *(int(v) for v in rng.integers(10, 90_000, 3)), SOURCE) for i in range(8))
    promotions = tuple(PromotionRecord(ref, f"promo{i}", EventKind.GIVEAWAY if i % 2 else EventKind.FLASH_SALE,
                                       f"Promotion {i}", start + i * 1_200_000, start + i * 1_200_000 + 300_000,
                                       f"p{i:03d}", 100 + i, 1000 + i, 500 + i, SOURCE) for i in range(10))
    violations = tuple(ViolationRecord(ref, f"v{i}", start + (i + 1) * 3_000_000, start + (i + 1) * 3_000_000 + 60_000,
                                       "Policy", "Reason", "minor", "warning", "Recommendation", SOURCE,
                                       AppealStatus.NONE) for i in range(3))
    rest = Batch(SOURCE, comments=comments, events=tuple(events), session_products=session_products,
                 channel_totals=channels, channel_samples=channel_samples, audience=audience,
                 follower_split=followers, video_traffic=videos, promotions=promotions, violations=violations)
    return [Batch(SOURCE, sessions=(session,)), *blocks, rest]


def write_db(path: Path, specs: list[LiveSpec]) -> dict[str, int]:
    """Create a migrated SQLite cache at ``path`` holding ``specs``; returns external id → session id."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    store = Store(engine)
    store.write(account_batch())
    ids: dict[str, int] = {}
    for spec in specs:
        for batch in live_batches(spec):
            res = store.write(batch)
            if batch.sessions:
                ids[spec.external_id] = res.session_ids[0]
    engine.dispose()  # last connection closed: the WAL is checkpointed into the file
    return ids


def copy_db(src: Path, dst: Path) -> Path:
    """A private copy of a database file written by :func:`write_db`."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dst)
    return dst


def four_hour_specs(replay_uri: str | None = None) -> list[LiveSpec]:
    """Two 4-hour LIVEs: an ended one and one still running (the newest)."""
    return [LiveSpec("bench-ended", T0, replay_uri=replay_uri, seed=1),
            LiveSpec("bench-live", T0 + 86_400_000, live=True, replay_uri=replay_uri, seed=2)]


def replay_clip(cache_dir: Path, seconds: int = 600) -> Path | None:
    """A short clock video to serve as the replay (None when the generator is not available)."""
    try:
        from livedesk.services.demo_video import generate_clock_video
    except ImportError:
        return None
    path = cache_dir / f"bench-replay-{seconds}s.mp4"
    if not path.exists():
        generate_clock_video(path, seconds)
    return path


@dataclass(frozen=True)
class FourHourDb:
    """The shared 4-hour database of one run."""

    path: Path
    ended_id: int
    live_id: int
    replay_uri: str | None


def ensure_four_hour_db(workdir: Path) -> FourHourDb:
    """Write the two 4-hour LIVEs once per run (later callers get the same file; copy it before writing)."""
    path = workdir / "fixtures" / "four_hours.sqlite3"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        return FourHourDb(path, **json.loads(meta.read_text()))
    clip = replay_clip(workdir / "fixtures")
    uri = str(clip) if clip is not None else None
    ids = write_db(path, four_hour_specs(uri))
    info = {"ended_id": ids["bench-ended"], "live_id": ids["bench-live"], "replay_uri": uri}
    meta.write_text(json.dumps(info))
    return FourHourDb(path, **info)
