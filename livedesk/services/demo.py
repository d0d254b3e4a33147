"""The demo connector: a simulated shop with a LIVE running now and two weeks of past LIVEs.

Everything is a pure function of the seed and of the anchor time (``clock()`` when the connector is made):
two connectors built with the same seed and clock yield identical batches. Past LIVEs depend only on the
seed and their local date, so a restart regenerates exactly the rows already cached.

Polls:

1. the account, the product catalogue, the market benchmarks, and the running LIVE from its start
   (25 minutes before the anchor) up to now — so a dashboard has a live LIVE to show at once;
2. then, on each following poll, ``history_days_per_poll`` past days (newest first) with every record of
   their ended LIVEs, together with what is new in the running LIVE (``Batch.meta`` carries
   ``history_days_pending``);
3. afterwards only what is new in the running LIVE: the samples, comments and markers whose time falls in
   ``(previous simulated now, simulated now]`` plus refreshed totals — about one sample per second at speed 1.

Simulated time runs ``speed`` times as fast as the clock from the anchor. When it passes the planned end
(3 hours after the start), the LIVE is sent once more as ended, with a ``live_end`` marker; later polls are
empty.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

import numpy as np

from livedesk.models.records import Batch, SessionRef
from livedesk.services import demo_catalog as cat
from livedesk.services.demo_records import (
    ACCOUNT,
    SOURCE,
    Parts,
    account_record,
    benchmark_records,
    product_records,
    reveal,
)
from livedesk.services.demo_sim import Plan, Sim, make_plan, simulate

LEAD_S = 25 * 60  # the running LIVE started this long before the anchor
LIVE_LENGTH_S = 3 * 3600  # planned length of the running LIVE


def day_plans(seed: int, day: dt.date, tz: dt.tzinfo) -> list[Plan]:
    """The LIVEs of one past local day: one in the evening, two on weekends and some other days.

    Durations are 1–3 hours; the first LIVE of every fifth day (by date) has a violation for sure.
    """
    rng = np.random.default_rng((seed, 1, day.toordinal()))
    if day.weekday() >= 5 or rng.random() < 0.2:
        slots = [(17 * 60 + int(rng.integers(0, 46)), int(rng.integers(60, 91))),
                 (20 * 60 + int(rng.integers(0, 61)), int(rng.integers(60, 180)))]
    else:
        slots = [(19 * 60 + int(rng.integers(0, 91)), int(rng.integers(60, 180)))]
    titles = rng.choice(len(cat.TITLES), size=len(slots), replace=False)
    plans = []
    for k, ((minute, length), title) in enumerate(zip(slots, titles, strict=True), start=1):
        local = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60, int(rng.integers(0, 60)),
                            tzinfo=tz)
        host = cat.HOSTS[int(rng.integers(len(cat.HOSTS)))]
        plans.append(make_plan((seed, 1, day.toordinal(), k), f"demo-{day:%Y%m%d}-{k}", cat.TITLES[int(title)],
                               host, int(local.timestamp()) * 1000, length * 60 + int(rng.integers(0, 60)),
                               force_violation=k == 1 and day.toordinal() % 5 == 0))
    return plans


class DemoConnector:
    """A deterministic simulated source (see the module docstring for what each poll returns).

    Args:
        seed: the simulation seed.
        speed: how many simulated seconds pass per second of ``clock`` (1 = real time).
        clock: seconds since the epoch; its value at construction is the anchor.
        history_days: number of past days with LIVEs.
        replay_uri: the replay video of every LIVE (the demo clock video), or None.
        history_days_per_poll: past days sent per poll after the first.
        live_started_at: resume the running LIVE that started then (UTC ms), e.g. after a restart of the
            app; ignored when that LIVE would already be over. Default: start it 25 minutes before now.
    """

    def __init__(self, seed: int = 7, speed: float = 1.0, clock: Callable[[], float] = time.time,
                 history_days: int = 14, replay_uri: str | None = None, history_days_per_poll: int = 4,
                 live_started_at: int | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._seed = seed
        self._speed = speed
        self._clock = clock
        self._replay_uri = replay_uri
        self._per_poll = max(1, history_days_per_poll)
        self._tz = ZoneInfo(cat.TIMEZONE)
        self._anchor_ms = round(clock() * 1000)
        start = self._anchor_ms // 1000 * 1000 - LEAD_S * 1000
        if live_started_at is not None and live_started_at <= self._anchor_ms < live_started_at + LIVE_LENGTH_S * 1000:
            start = live_started_at // 1000 * 1000
        local = dt.datetime.fromtimestamp(start / 1000, self._tz)
        plan = make_plan((seed, 2, start // 1000), f"demo-live-{local:%Y%m%d-%H%M%S}", cat.LIVE_TITLE,
                         cat.HOSTS[0], start, LIVE_LENGTH_S, live=True)
        self._live: Sim = simulate(plan)
        today = dt.datetime.fromtimestamp(self._anchor_ms / 1000, self._tz).date()
        self._days = [today - dt.timedelta(days=d) for d in range(1, history_days + 1)]
        self._bench_days = (self._days[-1] - dt.timedelta(days=1) if self._days else today,
                            dt.datetime.fromtimestamp(self._anchor_ms / 1000, dt.UTC).date())
        self._prev_ms: int | None = None
        self._live_done = False
        self._closed = False

    # --- Connector protocol -------------------------------------------------------------------------
    @property
    def source(self) -> str:
        """Always ``demo``."""
        return SOURCE

    @property
    def poll_interval_ms(self) -> int:
        """One poll per second."""
        return 1000

    def poll(self) -> Batch:
        """The records that are new since the previous poll (see the module docstring)."""
        if self._closed:
            return Batch(SOURCE)
        now = self.sim_now_ms()
        parts = Parts()
        first = self._prev_ms is None
        if first:
            parts.accounts.append(account_record())
            parts.products.extend(product_records())
            parts.benchmarks.extend(benchmark_records(self._seed, *self._bench_days))
        if not self._live_done:
            now = now if self._prev_ms is None else max(now, self._prev_ms)
            parts.extend(reveal(self._live, self._prev_ms, now, self._replay_uri))
            self._prev_ms = now
            self._live_done = now >= self.live_ends_at
        if not first and self._days:
            for day in self._days[:self._per_poll]:
                parts.extend(self.history_day(day))
            del self._days[:self._per_poll]
        # "more_pending" tells the ingest worker to poll again at once instead of after the interval.
        return parts.batch((("history_days_pending", str(len(self._days))),
                            ("more_pending", "1" if self._days else "0")))

    def close(self) -> None:
        """Stop: there is nothing to release, later polls return empty batches."""
        self._closed = True

    # --- extras for the app and tests ---------------------------------------------------------------
    @property
    def live_ref(self) -> SessionRef:
        """Natural key of the running LIVE."""
        return SessionRef(ACCOUNT, self._live.plan.external_id)

    @property
    def live_started_at(self) -> int:
        """Start of the running LIVE (UTC ms)."""
        return self._live.plan.started_at

    @property
    def live_ends_at(self) -> int:
        """Planned end of the running LIVE (UTC ms)."""
        return self._live.plan.started_at + self._live.n * 1000

    @property
    def history_pending(self) -> int:
        """Past days not sent yet."""
        return len(self._days)

    def sim_now_ms(self) -> int:
        """The simulated time now (UTC ms): the anchor plus ``speed`` times the clock time elapsed since."""
        return self._anchor_ms + math.floor((self._clock() * 1000 - self._anchor_ms) * self._speed)

    def history_day(self, day: dt.date) -> Parts:
        """Every record of the ended LIVEs of one past local day (those that ended before the live one began)."""
        out = Parts()
        for plan in day_plans(self._seed, day, self._tz):
            end = plan.started_at + plan.duration_s * 1000
            if end <= self.live_started_at - 60_000:
                out.extend(reveal(simulate(plan), None, end, self._replay_uri))
        return out
