"""Live tick: GUI-thread work per 1 Hz update of a 4-hour LIVE, and idle CPU while the demo LIVE runs.

Ticks: the real window is built on a cache holding a running 4-hour LIVE (no demo). Each tick writes one new
second of samples, a few comments and the running totals a source re-sends every second (the pinned product's
row, channels, follower split; a product is pinned during the ticks) through the product's Store (the ingest
thread's part, not timed); every 5th tick the service reads the per-LIVE tables again, as it does every
``TABLE_REFRESH_S`` at 1 Hz. Each tick then calls
``SessionService.on_session_updated`` as the ingest service would, lets the loader thread read the delta, runs
the window's frame tick, then runs event passes until the GUI thread is quiet again, as the app's event loop
would: the paints and layouts the tick asked for, and what they post in turn (pyqtgraph repaints a chart one
or two passes after its data changed). Nothing is painted that the app would not paint itself.
GUI-thread time per tick is the wall-clock sum of: ``on_session_updated``; every event pass until the delta
slot has run (the slot itself -- merge into the snapshot, every tab's ``on_snapshot``, the replay panel's
comment append -- is also timed alone by a wrapper around the product's slot); the frame tick
(``MainWindow._on_frame``); every event pass after it until ``QUIET_PASSES`` passes in a row found nothing to
do (each under ``QUIET_S``; their few microseconds are counted too). Work that still slipped past this (a
cascade longer than that) runs in the next tick's event passes and is counted there, never dropped. The
sleeps between the passes that wait for the loader thread are not counted; the wall time of a pass includes
waiting for the GIL while that thread runs Python. The GUI thread's CPU time over the tick (``thread_time``,
no waiting, no preemption by other processes) is reported beside it. The window's own 50 ms frame timer is
stopped so the frame tick runs once per data tick, under the clock; so is the app's once-a-second cycle
collection (see ``GuiThreadCollector``), run and timed at the end of each tick. The three slowest ticks of each
tab are reported with their parts (and the collector's time inside the event passes, ``collector_passes``).
Paints of the pyqtgraph views are counted and timed (a wrapper around their Python ``paintEvent``), as are paints
of the comment list. A part that a tab leaves to the next frame tick on purpose (the Key metrics tab over its
frame budget, the Performance trends strip after the chart) is counted in the next tick.

Floor: raw pyqtgraph, 2 curves × 14,400 points, ``setData`` of both + ``repaint()`` per tick.

Idle CPU: the demo LIVE at speed 1 on a cache the demo already filled, window shown offscreen; after the
demo's history re-send has finished, process CPU time (all threads) over a wall-clock window, as % of one core.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bench._common import (
    AppDirs,
    Config,
    child_env,
    emit,
    entry,
    hard_exit,
    log,
    median,
    ms,
    percentile,
    qt_app,
    rnd,
    run_child,
    run_loop_for,
    summary,
    wait_until,
)

BUDGET = ("live tick (all tabs fed at 1 Hz): GUI-thread work ≤ 5 ms median, ≤ 16 ms p99; idle CPU while live "
          "≤ 3 % of one core")
MEDIAN_MS, P99_MS, IDLE_PCT = 5.0, 16.0, 3.0
QUIET_PASSES, QUIET_S, MAX_PASSES = 3, 0.0001, 200  # "the GUI thread is quiet": passes in a row under QUIET_S
POINTS = 14_400
PLOT_SIZE = (1100, 620)


def _cpu_seconds() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


# --- ticks on the real window --------------------------------------------------------------------------------

@contextmanager
def timed_chart_paints() -> Iterator[list[float]]:
    """Time every pyqtgraph view paint (a wrapper around its Python ``paintEvent``) while the block runs."""
    from pyqtgraph.widgets.GraphicsView import GraphicsView

    times: list[float] = []
    original = GraphicsView.paintEvent

    def timed(self: GraphicsView, ev: object) -> None:
        t0 = time.perf_counter()
        try:
            original(self, ev)
        finally:
            times.append(time.perf_counter() - t0)

    GraphicsView.paintEvent = timed  # type: ignore[method-assign]
    try:
        yield times
    finally:
        GraphicsView.paintEvent = original  # type: ignore[method-assign]


def tick_child(db: str, session_id: int, ticks: int, warmup: int = 3) -> dict[str, Any]:
    """Drive ``ticks`` live updates per tab (Key metrics, Performance trends) through the real path."""
    qapp = qt_app()
    with timed_chart_paints() as chart_paint:
        return _ticks(qapp, chart_paint, db, session_id, ticks, warmup)


def _ticks(qapp: Any, chart_paint: list[float], db: str, session_id: int, ticks: int, warmup: int) -> dict[str, Any]:
    import numpy as np
    from PySide6.QtCore import QEvent, QObject, Slot

    from bench._data import SOURCE, comment
    from livedesk.app import build, context_of
    from livedesk.models.metrics import STORED_KEYS
    from livedesk.models.records import Batch, EventKind, EventRecord, SampleBlock
    from livedesk.services.session_data import TABLE_REFRESH_S

    window = build(["--db", db, "--session", str(session_id)])
    window.show()
    ready = wait_until(qapp, lambda: (s := window.snapshot()) is not None and s.session.id == session_id, 60)
    if not ready:
        raise TimeoutError("the LIVE never arrived")
    wait_until(qapp, lambda: False, 0.5)
    ctx = context_of(window)
    sessions, store = ctx.sessions, ctx.store
    window._frame.stop()  # the frame tick runs under our clock, once per data tick
    from livedesk.app import GuiThreadCollector

    collector = GuiThreadCollector.install()
    collector.timer.stop()  # and so does the cycle collector, which the app runs once a second

    merged: list[float] = []
    paints: dict[str, int] = {}

    class Hook(QObject):
        @Slot(object)
        def on_delta(self, delta: object) -> None:
            t0 = time.perf_counter()
            sessions._on_delta_loaded(delta)
            merged.append(time.perf_counter() - t0)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                name = obj.objectName() or type(obj).__name__
                paints[name] = paints.get(name, 0) + 1
            return False

    hook = Hook()
    worker = sessions._worker
    worker.delta_loaded.disconnect(sessions._on_delta_loaded)
    worker.delta_loaded.connect(hook.on_delta)
    import pyqtgraph as pg
    from PySide6.QtWidgets import QAbstractItemView

    for name, tab in (("key_metrics", window.key_metrics), ("trends", window.trends)):
        for plot in tab.findChildren(pg.PlotWidget):
            plot.viewport().setObjectName(f"chart:{name}")
            plot.viewport().installEventFilter(hook)
    for view in window.replay_panel.findChildren(QAbstractItemView):
        view.viewport().setObjectName("comment_list")
        view.viewport().installEventFilter(hook)

    def settle() -> tuple[float, int]:
        """Event passes until QUIET_PASSES in a row found nothing to do: (their total wall time, passes)."""
        total, quiet, passes = 0.0, 0, 0
        while quiet < QUIET_PASSES and passes < MAX_PASSES:
            ta = time.perf_counter()
            qapp.processEvents()
            dt = time.perf_counter() - ta
            total += dt
            passes += 1
            quiet = quiet + 1 if dt < QUIET_S else 0
        return total, passes

    snap = window.snapshot()
    assert snap is not None
    ref, ts = snap.session.ref, snap.last_ts
    rng = np.random.default_rng(5)
    n_comments = len(snap.comments)
    # As during a real LIVE (and the demo): a product is pinned now, and the source re-sends the running totals
    # (products, channels, follower split) with every second. The pinned row of the product list then follows
    # every tick, and the tables are read again every TABLE_REFRESH_S, i.e. every 5th tick at 1 Hz (the ticks here
    # run back to back, so the service is told that the time has come, as the clock would).
    pin = EventRecord(ref, EventKind.PRODUCT_PIN, ts - 45_000, None, PINNED, "Pinned product", SOURCE,
                      json.dumps({"product_id": PINNED}))
    refresh_every = round(TABLE_REFRESH_S)
    results: dict[str, Any] = {"start_samples": len(snap.samples)}
    collecting: list[float] = []  # GUI-thread time in the cycle collector (the app runs it on a GUI timer)

    def on_gc(phase: str, _info: dict[str, int]) -> None:
        if threading.current_thread() is threading.main_thread():
            collecting.append(time.perf_counter() if phase == "start" else -time.perf_counter())

    gc.callbacks.append(on_gc)
    for name, tab in (("key_metrics", window.key_metrics), ("trends", window.trends)):
        window.tabs.setCurrentWidget(tab)
        wait_until(qapp, lambda: False, 0.2)
        chart_key = f"chart:{name}"
        rows: list[dict[str, float]] = []
        counts: list[dict[str, int]] = []
        for i in range(warmup + ticks):
            ts += 1000
            values = tuple(int(v) for v in rng.integers(0, 500, len(STORED_KEYS)))
            new_comments = tuple(comment(ref, n_comments + k, ts - 500 + k, rng)
                                 for k in range(int(rng.integers(0, 4))))
            n_comments += len(new_comments)
            batch = Batch(SOURCE, samples=(SampleBlock(ref, STORED_KEYS, ((ts, *values),), SOURCE),),
                          comments=new_comments, events=(pin,) if i == 0 and name == "key_metrics" else (),
                          up_to_ts=ts, **running_totals(ref, pin, n_comments))
            res = store.write(batch)  # the ingest thread's part: not GUI-thread work
            if i % refresh_every == 0:
                sessions._tables_read_at = 0.0  # TABLE_REFRESH_S have passed since the tables were last read
            n = len(merged)
            collecting.clear()
            chart_paint.clear()
            chart_paints0 = paints.get(chart_key, 0)
            list_paints0 = paints.get("comment_list", 0)
            cpu0 = time.thread_time()
            t0 = time.perf_counter()
            sessions.on_session_updated(session_id, res.what, res.up_to_ts)
            t1 = time.perf_counter()
            waiting, polls = 0.0, 0
            deadline = t1 + 10
            while len(merged) == n:  # every event pass until the delta has been delivered is GUI-thread time
                ta = time.perf_counter()
                qapp.processEvents()
                tb = time.perf_counter()
                waiting += tb - ta
                polls += 1
                if len(merged) > n:
                    break
                if tb > deadline:
                    raise TimeoutError("no delta arrived")
                time.sleep(0.0003)
            t2 = time.perf_counter()
            window._on_frame()
            t3 = time.perf_counter()
            settled, settle_passes = settle()  # the paints and posted events that follow, as the event loop runs them
            t4 = time.perf_counter()
            collector.collect()  # what the app's once-a-second collection finds after a second of LIVE
            t5 = time.perf_counter()
            cpu1 = time.thread_time()
            if i < warmup:
                continue
            row = {"request": t1 - t0, "events_until_delta": waiting, "merge_slot": merged[-1],
                   "frame_tick": t3 - t2, "paint_and_posted": settled, "cycle_collection": t5 - t4}
            row["gui_total"] = (row["request"] + waiting + row["frame_tick"] + row["paint_and_posted"]
                                + row["cycle_collection"])
            row["gui_thread_cpu"] = cpu1 - cpu0
            row["chart_paint_time"] = sum(chart_paint)
            row["collector_passes"] = -sum(collecting) if len(collecting) % 2 == 0 else 0.0
            rows.append({k: ms(v) for k, v in row.items()})
            counts.append({"chart_paints": paints.get(chart_key, 0) - chart_paints0,
                           "comment_list_paints": paints.get("comment_list", 0) - list_paints0,
                           "event_passes_until_delta": polls, "event_passes_after_frame": settle_passes,
                           "tables_read": int(i % refresh_every == 0)})
        results[name] = {k: [r[k] for r in rows] for k in rows[0]}
        results[f"{name}_counts"] = {k: median([c[k] for c in counts]) for k in counts[0]}
        slowest = sorted(range(len(rows)), key=lambda j: rows[j]["gui_total"])[-3:]
        results[f"{name}_slowest"] = [{**rows[j], **counts[j]} for j in reversed(slowest)]
    gc.callbacks.remove(on_gc)
    last = window.snapshot()
    results["end_samples"] = len(last.samples) if last is not None else 0
    ctx.shutdown()
    return results


PINNED = "p005"


def running_totals(ref: Any, pin: Any, k: int) -> dict[str, Any]:
    """The per-LIVE totals a source re-sends every second (the pinned product's row, channels, follower split)."""
    from bench._data import CHANNELS, SOURCE
    from livedesk.models.records import Channel, ChannelTotalRecord, FollowerSplitRecord, SessionProductRecord

    return {
        "session_products": (SessionProductRecord(ref, PINNED, 1, pin.ts, *(1_000 + (j + 1) * k for j in range(9)),
                                                  SOURCE),),
        "channel_totals": tuple(ChannelTotalRecord(ref, c.value.lower(), c, c is Channel.PAID,
                                                   *(10_000 + (n + 1) * (j + 1) * k for j in range(5)), SOURCE)
                                for n, c in enumerate(CHANNELS)),
        "follower_split": tuple(FollowerSplitRecord(ref, seg, *(5_000 + (n + 1) * (j + 1) * k for j in range(5)),
                                                    SOURCE)
                                for n, seg in enumerate(("follower", "non_follower"))),
    }


# --- floor: raw pyqtgraph -------------------------------------------------------------------------------------

def floor_child(ticks: int, idle_s: float, warmup: int = 3) -> dict[str, Any]:
    """2 curves × 14,400 points: setData + repaint per tick; then the idle CPU of that still window."""
    qapp = qt_app()
    with timed_chart_paints() as paint_times:
        return _floor_ticks(qapp, paint_times, ticks, idle_s, warmup)


def _floor_ticks(qapp: Any, paint_times: list[float], ticks: int, idle_s: float, warmup: int) -> dict[str, Any]:
    import numpy as np
    import pyqtgraph as pg

    w = pg.PlotWidget()
    w.setBackground("w")
    w.resize(*PLOT_SIZE)
    a, b = w.plot(pen=pg.mkPen("#2f7ff5")), w.plot(pen=pg.mkPen("#f59f2f"))
    w.show()
    wait_until(qapp, lambda: False, 0.3)
    rng = np.random.default_rng(3)
    x = np.arange(POINTS, dtype=np.float64)
    ya, yb = rng.random(POINTS).cumsum(), rng.random(POINTS).cumsum()
    times, paints = [], []
    for i in range(warmup + ticks):
        ya = np.append(ya[1:], ya[-1] + rng.random())
        yb = np.append(yb[1:], yb[-1] + rng.random())
        paint_times.clear()
        t0 = time.perf_counter()
        a.setData(x, ya)
        b.setData(x, yb)
        w.repaint()
        qapp.processEvents()
        if i >= warmup:
            times.append(ms(time.perf_counter() - t0))
            paints.append(len(paint_times))
    cpu0, wall0 = _cpu_seconds(), time.perf_counter()
    run_loop_for(qapp, idle_s)
    idle = (_cpu_seconds() - cpu0) / (time.perf_counter() - wall0) * 100
    w.close()
    w.deleteLater()
    return {"tick_ms": times, "paints_per_tick": median(paints), "idle_cpu_percent": idle}


# --- idle CPU with the demo LIVE running -----------------------------------------------------------------------

def idle_child(db: str, seconds: float, quiet_s: float = 3.0, settle_cap: float = 90.0) -> dict[str, Any]:
    """The demo LIVE at speed 1: wait for the history re-send to end, then measure CPU over ``seconds``."""
    qapp = qt_app()
    from livedesk.app import build, context_of

    window = build(["--db", db, "--demo", "--demo-speed", "1"])
    ctx = context_of(window)
    assert ctx.ingest is not None, "the demo connector did not start"
    last_sessions = [time.monotonic()]
    ctx.ingest.sessions_changed.connect(lambda: last_sessions.__setitem__(0, time.monotonic()))
    painted: list[bool] = []
    window.first_data_painted.connect(lambda: painted.append(True))
    t_start = time.monotonic()
    window.show()
    wait_until(qapp, lambda: bool(painted), 60, nap=0.01)
    # the demo re-sends its 14 past days on start (several polls); wait until that has stopped
    wait_until(qapp, lambda: time.monotonic() - last_sessions[0] >= quiet_s and time.monotonic() - t_start > 8,
               settle_cap, nap=0.02)
    settle = time.monotonic() - t_start
    updates: list[int] = []
    ctx.sessions.snapshot_changed.connect(lambda *_: updates.append(1))
    cpu0, gui0, wall0 = _cpu_seconds(), time.thread_time(), time.perf_counter()
    run_loop_for(qapp, seconds)
    wall = time.perf_counter() - wall0
    cpu, gui = _cpu_seconds() - cpu0, time.thread_time() - gui0
    snap = window.snapshot()
    out = {"idle_cpu_percent": cpu / wall * 100, "gui_thread_cpu_percent": gui / wall * 100, "seconds": wall,
           "snapshot_updates": len(updates), "settle_seconds": settle,
           "session_live": bool(snap is not None and snap.session.is_live),
           "samples": len(snap.samples) if snap is not None else 0,
           "replay_loaded": ctx.replay.length_ms() > 0}
    ctx.shutdown()
    return out


# --- orchestration ---------------------------------------------------------------------------------------------

def run(cfg: Config) -> dict[str, Any]:
    """Ticks on the 4-hour LIVE, the pyqtgraph floor, idle CPU with the demo."""
    from bench._data import copy_db, ensure_four_hour_db
    from bench._demo import demo_dirs

    db = ensure_four_hour_db(cfg.workdir)
    ticks = cfg.reps(80, 30)
    idle_s = 10.0 if cfg.quick else 12.0
    log(f"live_tick: {ticks} ticks per tab on a 4-hour LIVE")
    dirs = AppDirs.make(cfg.workdir / "live_tick" / "ticks")
    copy_db(db.path, dirs.db_path)
    res = run_child("live_tick", ["ticks", "--db", dirs.db_url, "--session", str(db.live_id), "--ticks", str(ticks)],
                    child_env(dirs))
    log("live_tick: pyqtgraph floor")
    fl = run_child("live_tick", ["floor", "--ticks", str(ticks), "--idle", "3"],
                   child_env(AppDirs.make(cfg.workdir / "live_tick" / "floor")))
    log(f"live_tick: idle CPU with the demo LIVE ({idle_s:g} s after it settles)")
    idle = run_child("live_tick", ["idle", "--db", (d := demo_dirs(cfg, "live_tick/idle")).db_url,
                                   "--seconds", str(idle_s)], child_env(d), timeout=300)
    idle.pop("_spawned_at", None)

    per_tab = {}
    for tab in ("key_metrics", "trends"):
        data = res[tab]
        per_tab[tab] = {k: summary(v) for k, v in data.items()}
        per_tab[tab]["median_counts_per_tick"] = res[f"{tab}_counts"]
        per_tab[tab]["slowest_ticks"] = res[f"{tab}_slowest"]
    worst = max(per_tab, key=lambda t: per_tab[t]["gui_total"]["median"])
    gui_med = per_tab[worst]["gui_total"]["median"]
    gui_p99 = max(per_tab[t]["gui_total"]["p99"] for t in per_tab)
    floor_med = median(fl["tick_ms"])
    floor_p99 = percentile(fl["tick_ms"], 99)
    within = gui_med <= MEDIAN_MS and gui_p99 <= P99_MS and idle["idle_cpu_percent"] <= IDLE_PCT
    out = entry(
        BUDGET, "ms", gui_med, floor_med, limit=MEDIAN_MS,
        floor_what=f"raw pyqtgraph PlotWidget {PLOT_SIZE[0]}×{PLOT_SIZE[1]}, 2 curves × {POINTS:,} points: "
                   "setData of both + repaint per tick (no downsampling)",
        figure_is="median GUI-thread ms per tick of the worse tab (on_session_updated + event passes until the "
                  "delta slot ran + frame tick + event passes until the GUI thread is quiet: the paints, layouts "
                  "and posted events that follow)",
        p99=rnd(gui_p99), p99_limit=P99_MS, floor_p99=rnd(floor_p99), p99_ratio=rnd(gui_p99 / floor_p99),
        idle_cpu_percent=rnd(idle["idle_cpu_percent"], 2), idle_cpu_limit=IDLE_PCT,
        idle_cpu_floor_percent=rnd(fl["idle_cpu_percent"], 2),
        idle_cpu_ratio=rnd(idle["idle_cpu_percent"] / fl["idle_cpu_percent"]) if fl["idle_cpu_percent"] > 0 else None,
        details={"ticks_per_tab": ticks, "worse_tab": worst, "per_tab_ms": per_tab,
                 "samples_before_after": [res["start_samples"], res["end_samples"]],
                 "idle": {k: (rnd(v, 2) if isinstance(v, float) else v) for k, v in idle.items()},
                 "floor_paints_per_tick": fl["paints_per_tick"],
                 "idle_floor_is": "the floor's still pyqtgraph window, event loop running 3 s"},
    )
    out["within_budget"] = within
    return out


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.live_tick")
    p.add_argument("--child", action="store_true")
    p.add_argument("mode", choices=("ticks", "floor", "idle"))
    p.add_argument("--db")
    p.add_argument("--session", type=int, default=2)
    p.add_argument("--ticks", type=int, default=60)
    p.add_argument("--idle", type=float, default=5.0)
    p.add_argument("--seconds", type=float, default=15.0)
    ns = p.parse_args(argv)
    if ns.mode == "ticks":
        emit(tick_child(ns.db, ns.session, ns.ticks))
    elif ns.mode == "floor":
        emit(floor_child(ns.ticks, ns.idle))
    else:
        emit(idle_child(ns.db, ns.seconds))
    hard_exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
