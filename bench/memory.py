"""Memory: RSS with a 4-hour LIVE open (every tab drawn once) and its replay loaded, vs libraries + empty window.

App: the real window built on a cache holding a 4-hour LIVE whose ``replay_uri`` is a generated clock video
(the ReplayService opens it with libvlc when libvlc is available; offscreen it decodes without drawing).
Every tab is brought to the front and drawn once, then RSS is read with psutil after a garbage collection.

Floor: ``import PySide6.QtWidgets, pyqtgraph, pandas, sqlalchemy, vlc`` and an empty ``QMainWindow`` of the
same size shown and painted; psutil is imported by both.
"""

from __future__ import annotations

import argparse
import gc
import sys
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
    mib,
    qt_app,
    rnd,
    run_child,
    wait_until,
)

BUDGET = "memory with a 4-hour LIVE and its replay open: ≤ 300 MB RSS"
LIMIT_MIB = 300e6 / 2**20  # 300 MB = 286.1 MiB
WINDOW_SIZE = (1440, 900)


def _rss() -> float:
    import psutil

    return mib(psutil.Process().memory_info().rss)


def app_child(db: str, session_id: int) -> dict[str, Any]:
    """RSS at each step of opening the LIVE."""
    import psutil

    marks = {"python": _rss()}
    qapp = qt_app()
    from livedesk.app import build, context_of

    marks["imported"] = _rss()
    window = build(["--db", db, "--session", str(session_id)])
    marks["built"] = _rss()
    window.show()
    if not wait_until(qapp, lambda: (s := window.snapshot()) is not None and s.session.id == session_id, 60):
        raise TimeoutError("the LIVE never arrived")
    window._on_frame()
    window.repaint()
    marks["snapshot_shown"] = _rss()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        wait_until(qapp, lambda: False, 0.3)
        window._on_frame()
        window.repaint()
    window.tabs.setCurrentIndex(0)
    marks["all_tabs_drawn"] = _rss()
    ctx = context_of(window)
    snap = window.snapshot()
    if snap is not None and snap.session.replay_uri and ctx.replay.available:
        wait_until(qapp, lambda: ctx.replay.length_ms() > 0, 10)
    wait_until(qapp, lambda: False, 1.5)  # the player opens the file and decodes its first frame
    gc.collect()
    marks["replay_open"] = _rss()
    info = psutil.Process().memory_full_info()
    out = {"rss_mib": mib(info.rss), "uss_mib": mib(info.uss), "marks_mib": marks,
           "replay_available": bool(ctx.replay.available), "replay_loaded": ctx.replay.length_ms() > 0,
           "replay_length_ms": ctx.replay.length_ms(), "samples": len(snap.samples) if snap is not None else 0,
           "comments": len(snap.comments) if snap is not None else 0,
           "events": len(snap.events) if snap is not None else 0, "threads": psutil.Process().num_threads()}
    return out


def floor_child() -> dict[str, Any]:
    """Libraries imported and an empty window painted."""
    import pandas  # noqa: F401
    import psutil
    import pyqtgraph  # noqa: F401
    import sqlalchemy  # noqa: F401
    import vlc  # noqa: F401
    from PySide6.QtWidgets import QMainWindow

    imported = _rss()
    qapp = qt_app()
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    wait_until(qapp, lambda: False, 0.3)
    window.repaint()
    gc.collect()
    info = psutil.Process().memory_full_info()
    return {"rss_mib": mib(info.rss), "uss_mib": mib(info.uss), "imported_mib": imported}


def run(cfg: Config) -> dict[str, Any]:
    """App and floor in alternating fresh children."""
    from bench._data import copy_db, ensure_four_hour_db

    db = ensure_four_hour_db(cfg.workdir)
    reps = cfg.reps(2, 1)
    apps, floors = [], []
    for i in range(reps):
        log(f"memory: repetition {i + 1}/{reps}")
        floors.append(run_child("memory", ["floor"], child_env(AppDirs.make(cfg.workdir / "memory" / f"floor{i}"))))
        dirs = AppDirs.make(cfg.workdir / "memory" / f"app{i}")
        copy_db(db.path, dirs.db_path)
        apps.append(run_child("memory", ["app", "--db", dirs.db_url, "--session", str(db.live_id)], child_env(dirs)))
    figure = median([a["rss_mib"] for a in apps])
    floor = median([f["rss_mib"] for f in floors])
    marks = {k: rnd(median([a["marks_mib"][k] for a in apps]), 1) for k in apps[0]["marks_mib"]}
    last = apps[-1]
    return entry(
        BUDGET, "MiB", figure, floor, limit=round(LIMIT_MIB, 1),
        floor_what="fresh process: import PySide6.QtWidgets, pyqtgraph, pandas, sqlalchemy, vlc (+ psutil); empty "
                   f"{WINDOW_SIZE[0]}×{WINDOW_SIZE[1]} QMainWindow shown and painted offscreen",
        figure_is="RSS after the 4-hour LIVE was opened, every tab drawn once and its replay loaded",
        figure_mb=rnd(figure * 2**20 / 1e6, 1), limit_mb=300.0,
        uss_mib=rnd(median([a["uss_mib"] for a in apps]), 1),
        floor_uss_mib=rnd(median([f["uss_mib"] for f in floors]), 1),
        details={"repetitions": reps, "rss_each": [rnd(a["rss_mib"], 1) for a in apps],
                 "floor_each": [rnd(f["rss_mib"], 1) for f in floors],
                 "steps_mib": marks,
                 "floor_libraries_imported_mib": rnd(median([f["imported_mib"] for f in floors]), 1),
                 "replay_loaded": all(a["replay_loaded"] for a in apps), "replay_length_ms": last["replay_length_ms"],
                 "replay_is": "generated 10-minute clock video (480×270 H.264); offscreen, libvlc decodes "
                              "without a video output",
                 "samples": last["samples"], "comments": last["comments"], "events": last["events"],
                 "threads": last["threads"]},
    )


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.memory")
    p.add_argument("--child", action="store_true")
    p.add_argument("mode", choices=("app", "floor"))
    p.add_argument("--db")
    p.add_argument("--session", type=int, default=2)
    ns = p.parse_args(argv)
    emit(app_child(ns.db, ns.session) if ns.mode == "app" else floor_child())
    hard_exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
