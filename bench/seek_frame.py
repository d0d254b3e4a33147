"""Marker click → replay frame shown, in a real X window (Xvfb) with libvlc, against bare libvlc.

The product figure comes from ``tests/e2e/replay_probe.py``: the real app under Xvfb, a mouse click on a
violation marker of the Performance trends chart, then the window's pixels are read until the video shows
the violation's moment (the demo clock drawn in every frame). The floor is a bare libvlc player in a bare Qt
window: ``set_time`` to the same moment, then the same pixel check.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench._common import ROOT, Config, emit, entry, hard_exit, log, median, rnd

BUDGET = "marker click → replay frame shown: ≤ 100 ms"
LIMIT_MS = 100.0
TARGET_S = 300


def _xvfb() -> tuple[subprocess.Popen[bytes], str]:
    exe = shutil.which("Xvfb")
    if exe is None:
        raise RuntimeError("Xvfb is not installed")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen([exe, "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    return proc, f":{number}"


def _fixture(workdir: Path) -> tuple[str, Path]:
    """A finished 10-minute LIVE whose violation is 300 s in, with a clock replay."""
    from livedesk.models.engine import make_engine, upgrade
    from livedesk.models.records import SessionStatus
    from livedesk.models.store import Store
    from livedesk.services.demo_video import generate_clock_video
    from tests.factories import T0, base_batch, rich_batch

    workdir.mkdir(parents=True, exist_ok=True)
    clip = workdir / "replay.mp4"
    if not clip.exists():
        generate_clock_video(clip, 620)
    db = workdir / "seek.sqlite3"
    db.unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    batch = base_batch(status=SessionStatus.ENDED, ended_at=T0 + 600_000)
    store.write(dataclasses.replace(batch, sessions=(dataclasses.replace(batch.sessions[0], replay_uri=str(clip)),)))
    store.write(rich_batch())
    engine.dispose()
    return url, clip


def floor_child(clip: str) -> dict[str, Any]:
    """Bare libvlc in a bare native Qt window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from livedesk.services.replay_backends import VlcBackend
    from tests.e2e.replay_probe import shown_clock

    app = QApplication(["bench"])
    w = QWidget()
    w.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    w.resize(480, 270)
    w.show()
    backend = VlcBackend()
    backend.bind(int(w.winId()))
    backend.load(clip)
    end = time.monotonic() + 5
    while time.monotonic() < end and shown_clock(int(w.winId())) is None:
        app.processEvents()
    times = []
    for target in (TARGET_S, 100, TARGET_S, 500, TARGET_S):
        t0 = time.monotonic()
        backend.set_time(target * 1000)
        ok = False
        while time.monotonic() - t0 < 5:
            app.processEvents()
            c = shown_clock(int(w.winId()))
            if c is not None and abs(c - target) <= 1:
                ok = True
                break
        times.append((time.monotonic() - t0) * 1000 if ok else None)
    backend.release()
    return {"ms": times}


def run(cfg: Config) -> dict[str, Any]:
    """The probe (product) and the bare player (floor), each under one Xvfb."""
    log("seek_frame: real app under Xvfb with libvlc")
    url, clip = _fixture(cfg.workdir / "seek_frame")
    proc, display = _xvfb()
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display,
               "LIVEDESK_DATA_DIR": str(cfg.workdir / "seek_frame" / "data"),
               "LIVEDESK_CACHE_DIR": str(cfg.workdir / "seek_frame" / "cache")}
        app_ms, raw = [], []
        for _ in range(cfg.reps(3, 1)):
            out = subprocess.run([sys.executable, "-m", "tests.e2e.replay_probe", "--db", url, "--session", "1"],
                                 cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            raw.append(result)
            if result.get("click_to_frame_ms") is not None:
                app_ms.append(result["click_to_frame_ms"])
        floor_out = subprocess.run([sys.executable, "-m", "bench.seek_frame", "--child", "floor", str(clip)],
                                   cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False)
        floor = [t for t in json.loads(floor_out.stdout.strip().splitlines()[-1])["ms"] if t is not None]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return entry(BUDGET, "ms", median(app_ms) if app_ms else None, median(floor) if floor else None,
                 limit=LIMIT_MS,
                 floor_what="bare libvlc player in a bare native Qt window (xcb): set_time, then the same "
                            "pixel check of the shown clock",
                 figure_is="real app under Xvfb: mouse click on a violation marker → first on-screen frame showing "
                           "that moment (±1 s), read from the window's pixels every few ms",
                 details={"runs": [{k: r.get(k) for k in ("backend", "shown_s", "click_to_frame_ms")} for r in raw],
                          "floor_ms_each": [rnd(t) for t in floor]})


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.seek_frame")
    p.add_argument("--child", action="store_true")
    p.add_argument("mode", choices=("floor",))
    p.add_argument("clip")
    ns = p.parse_args(argv)
    emit(floor_child(ns.clip))
    hard_exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
