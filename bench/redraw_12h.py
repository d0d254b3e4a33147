"""12-hour LIVE at 1 s: pan/zoom redraw of the trend chart, against raw pyqtgraph with the same points.

A child process builds the product's ``TrendChart`` with two metrics × 43,200 samples and 300 markers, then
pans (moves a 1-hour window across the LIVE) and zooms (whole LIVE ↔ 5 minutes), timing ``setXRange`` plus a
forced ``repaint()`` of the plot. The floor is a bare ``pg.PlotWidget`` with the same two curves, peak
downsampling and clip-to-view, panned the same way.
"""

from __future__ import annotations

import argparse
import sys
import time
from types import MappingProxyType
from typing import Any

import numpy as np

from bench._common import (
    AppDirs,
    Config,
    child_env,
    emit,
    entry,
    hard_exit,
    log,
    median,
    percentile,
    qt_app,
    rnd,
    run_child,
)

BUDGET = "12-hour LIVE at 1 s: pan/zoom redraw ≤ 16 ms"
LIMIT_MS = 16.0
SECONDS = 12 * 3600
SIZE = (1200, 600)


def _steps() -> list[tuple[float, float]]:
    """Pans of a 1-hour window across the LIVE, then zooms between the whole LIVE and 5 minutes."""
    pans = [(float(s), float(s + 3600)) for s in range(0, SECONDS - 3600, 1800)]
    zooms = [(0.0, float(SECONDS)), (SECONDS / 2, SECONDS / 2 + 300.0)] * 6
    return pans + zooms


def _time_steps(plot: Any, repaint: Any) -> list[float]:
    times = []
    for lo, hi in _steps():
        t0 = time.perf_counter()
        plot.setXRange(lo, hi, padding=0)
        repaint()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def app_child() -> dict[str, Any]:
    """The product's chart."""
    qapp = qt_app()
    from livedesk.models import metrics as mx
    from livedesk.models.records import AccountRef, EventKind, EventRecord, SessionRef
    from livedesk.models.repository import SampleArrays
    from livedesk.views.charts import TrendChart

    rng = np.random.default_rng(12)
    start = 1_767_000_000_000
    ts = start + np.arange(SECONDS, dtype=np.int64) * 1000
    cols = {k: rng.integers(0, 50, SECONDS).astype(float) for k in mx.STORED_KEYS}
    samples = SampleArrays(ts, MappingProxyType(cols))
    ref = SessionRef(AccountRef("tiktok", "@bench"), "b12")
    kinds = (EventKind.PRODUCT_PIN, EventKind.VIOLATION, EventKind.GIVEAWAY, EventKind.ANNOTATION)
    events = tuple(EventRecord(ref, kinds[i % 4], int(start + i * 144_000), None, f"e{i}", f"event {i}", "demo")
                   for i in range(300))
    chart = TrendChart()
    chart.resize(*SIZE)
    chart.set_metrics(mx.metric("current_viewers"), mx.metric("gmv"))
    chart.show()
    chart.show_data(samples, start, "USD", events)
    plot = chart.plot_widget()
    qapp.processEvents()
    _time_steps(plot, plot.viewport().repaint)  # warm-up
    return {"ms": _time_steps(plot, plot.viewport().repaint)}


def floor_child() -> dict[str, Any]:
    """Raw pyqtgraph, same points."""
    qapp = qt_app()
    import pyqtgraph as pg

    rng = np.random.default_rng(12)
    x = np.arange(SECONDS, dtype=float)
    plot = pg.PlotWidget()
    plot.resize(*SIZE)
    item = plot.getPlotItem()
    item.setDownsampling(auto=True, mode="peak")
    item.setClipToView(True)
    item.plot(x, rng.integers(0, 50, SECONDS).astype(float))
    item.plot(x, rng.integers(0, 50, SECONDS).astype(float))
    plot.show()
    qapp.processEvents()
    _time_steps(plot, plot.viewport().repaint)
    return {"ms": _time_steps(plot, plot.viewport().repaint)}


def run(cfg: Config) -> dict[str, Any]:
    """Product and floor in fresh children."""
    log("redraw_12h: product chart and raw pyqtgraph")
    env = child_env(AppDirs.make(cfg.workdir / "redraw_12h"))
    app = run_child("redraw_12h", ["app"], env)["ms"]
    floor = run_child("redraw_12h", ["floor"], env)["ms"]
    figure, base = median(app), median(floor)
    return entry(BUDGET, "ms", figure, base, limit=LIMIT_MS,
                 floor_what="bare pg.PlotWidget, 2 curves × 43,200 points, peak downsampling + clip to view",
                 figure_is="median setXRange + repaint of TrendChart (2 metrics × 43,200 s, 300 markers) over "
                           f"{len(app)} pans and zooms",
                 p99=rnd(percentile(app, 99)), floor_p99=rnd(percentile(floor, 99)),
                 details={"steps": len(app), "max_ms": rnd(max(app)), "floor_max_ms": rnd(max(floor))})


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.redraw_12h")
    p.add_argument("--child", action="store_true")
    p.add_argument("mode", choices=("app", "floor"))
    ns = p.parse_args(argv)
    emit(app_child() if ns.mode == "app" else floor_child())
    hard_exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
