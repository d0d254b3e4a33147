"""Start-up: process start → the main window painted with the demo LIVE, vs imports + an empty window.

Each measurement is a fresh ``python -m bench.startup --child ...`` process; the time runs from just before
the parent creates it until the child has forced a repaint of the window (``QWidget.repaint``) after:

- app: ``livedesk.app.build(["--db", ..., "--demo"])`` (as ``livedesk`` does at start) and the window's
  ``first_data_painted`` signal (the frame tick drew the first snapshot);
- floor: ``import PySide6.QtWidgets, pyqtgraph, pandas, sqlalchemy, vlc``, an empty ``QMainWindow`` of the
  same size shown and one event-loop pass.

First start: empty data, cache and settings directories (the schema is created; the demo video does not
exist yet, so the app starts generating it in the background). Second start: a cache the demo already
filled, with the video present.
"""

from __future__ import annotations

import argparse
import sys
import time

T_MODULE = time.time()  # the interpreter is up and this module runs

from bench._common import (  # noqa: E402 - after the clock above
    AppDirs,
    Config,
    child_env,
    emit,
    entry,
    hard_exit,
    log,
    median,
    rnd,
    run_child,
)

BUDGET = ("start → first painted window with the demo LIVE: no slower than importing the libraries and showing "
          "an empty window (lazy imports)")
WINDOW_SIZE = (1440, 900)


def floor_child() -> dict[str, float]:
    """Import the libraries, show an empty main window, paint it."""
    import pandas  # noqa: F401
    import pyqtgraph  # noqa: F401
    import sqlalchemy  # noqa: F401
    import vlc  # noqa: F401
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    t_imported = time.time()
    qapp = QApplication(["livedesk"])
    qapp.setApplicationName("LiveDesk")
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    window.repaint()
    return {"module": T_MODULE, "imported": t_imported, "painted": time.time()}


def app_child(argv: list[str], timeout: float) -> dict[str, object]:
    """Start the app as ``livedesk`` does and wait for the first painted snapshot."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    t_qt = time.time()
    qapp = QApplication(["livedesk", *argv])
    qapp.setApplicationName("LiveDesk")
    qapp.setOrganizationName("LiveDesk")
    from livedesk.app import build, context_of

    t_imported = time.time()
    window = build(argv)
    t_built = time.time()
    marks: dict[str, float] = {}
    loop = QEventLoop()  # not qapp.exec()/quit(): quitting the application would close the window

    def on_first() -> None:
        marks["first_data"] = time.time()
        loop.quit()

    window.first_data_painted.connect(on_first)
    window.show()
    t_shown = time.time()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    window.repaint()
    t_painted = time.time()
    snap = window.snapshot()
    ctx = context_of(window)
    return {"module": T_MODULE, "qt_imported": t_qt, "imported": t_imported, "built": t_built, "shown": t_shown,
            "first_data": marks.get("first_data"), "painted": t_painted,
            "ok": "first_data" in marks and snap is not None and len(snap.samples) > 0,
            "samples": len(snap.samples) if snap is not None else 0,
            "session_live": bool(snap is not None and snap.session.is_live),
            "replay_available": bool(ctx.replay.available), "visible": window.isVisible()}


def _phases(r: dict[str, object]) -> dict[str, float | None]:
    """Seconds from process creation to each mark."""
    t0 = float(r["_spawned_at"])  # type: ignore[arg-type]
    return {k: (None if r.get(k) is None else rnd(float(r[k]) - t0)) for k in  # type: ignore[arg-type]
            ("module", "qt_imported", "imported", "built", "shown", "first_data", "painted") if k in r}


def run(cfg: Config) -> dict[str, object]:
    """Floor, first starts and second starts, interleaved so drift hits all three alike."""
    from bench._demo import demo_dirs, prefilled_db

    prefilled_db(cfg)
    reps = cfg.reps(4, 2)
    floors, firsts, seconds = [], [], []
    for i in range(reps):
        log(f"startup: repetition {i + 1}/{reps} (floor, first start, second start)")
        floors.append(run_child("startup", ["floor"], child_env(AppDirs.make(cfg.workdir / "startup" / f"floor{i}"))))
        first = AppDirs.make(cfg.workdir / "startup" / f"first{i}")
        firsts.append(run_child("startup", ["app", "--", "--db", first.db_url, "--demo"], child_env(first)))
        second = demo_dirs(cfg, f"startup/second{i}")
        seconds.append(run_child("startup", ["app", "--", "--db", second.db_url, "--demo"], child_env(second)))
    for name, runs in (("first", firsts), ("second", seconds)):
        bad = [r for r in runs if not r.get("ok")]
        if bad:
            log(f"startup: {len(bad)} {name}-start run(s) never painted data")

    def total(r: dict[str, object]) -> float:
        return float(r["painted"]) - float(r["_spawned_at"])  # type: ignore[arg-type]

    floor = median([total(r) for r in floors])
    first_s = median([total(r) for r in firsts])
    second_s = median([total(r) for r in seconds])

    def med_phases(runs: list[dict[str, object]]) -> dict[str, float | None]:
        ph = [_phases(r) for r in runs]
        return {k: rnd(median([p[k] for p in ph if p.get(k) is not None])) for k in ph[0]}

    return entry(
        BUDGET, "s", first_s, floor, ratio_limit=1.0,
        floor_what="fresh process: import PySide6.QtWidgets, pyqtgraph, pandas, sqlalchemy, vlc; show an empty "
                   f"{WINDOW_SIZE[0]}×{WINDOW_SIZE[1]} QMainWindow offscreen; repaint",
        figure_is="first start (empty cache): process creation → window repainted after first_data_painted",
        second_start=rnd(second_s), second_start_ratio=rnd(second_s / floor),
        details={
            "repetitions": reps,
            "first_start_each": [rnd(total(r)) for r in firsts],
            "second_start_each": [rnd(total(r)) for r in seconds],
            "floor_each": [rnd(total(r)) for r in floors],
            "first_start_phases_s": med_phases(firsts),
            "second_start_phases_s": med_phases(seconds),
            "floor_phases_s": med_phases(floors),
            "phase_meaning": "seconds after process creation: module = interpreter up; qt_imported = PySide6 "
                             "QtWidgets imported; imported = livedesk.app imported (floor: all libraries); "
                             "built = build() returned; shown = show() returned; first_data = "
                             "first_data_painted; painted = forced repaint done",
            "first_start_samples_shown": [r.get("samples") for r in firsts],
            "second_start_samples_shown": [r.get("samples") for r in seconds],
        },
    )


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.startup")
    p.add_argument("--child", action="store_true")
    p.add_argument("mode", choices=("floor", "app"))
    p.add_argument("--timeout", type=float, default=90.0)
    p.add_argument("app_args", nargs=argparse.REMAINDER)
    ns = p.parse_args(argv)
    args = [a for a in ns.app_args if a != "--"]
    emit(floor_child() if ns.mode == "floor" else app_child(args, ns.timeout))
    hard_exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
