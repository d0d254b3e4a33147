"""A cache the demo has already filled (second start, idle CPU): the demo video and a prefilled database.

The demo replay video takes ~20 s of CPU to generate, so it is kept between benchmark runs in the system's
temporary directory (it depends only on its format version, which is in its file name). The database is
filled once per run by the demo connector itself, written through the product's Store.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench._common import AppDirs, Config, child_env, emit, link_or_copy, log, run_child, shared_video_cache


def demo_video_path() -> Path:
    """Where the shared demo video is (it may not exist yet)."""
    from livedesk.services.demo_video import video_name

    return shared_video_cache() / video_name()


def ensure_demo_video() -> Path:
    """The shared demo video, generated in a child process the first time."""
    path = demo_video_path()
    if not path.is_file():
        log("generating the demo replay video once (kept for later runs; ~20 s)")
        run_child("_demo", ["video", "--cache", str(path.parent)], child_env(), timeout=900)
    return path


def prefilled_db(cfg: Config) -> Path:
    """A database holding what the demo writes on a first start (account, the running LIVE, 14 past days)."""
    path = cfg.workdir / "fixtures" / "demo_prefilled.sqlite3"
    if not path.exists():
        video = ensure_demo_video()
        log("prefilling a demo cache (the demo connector through the Store)")
        run_child("_demo", ["prefill", "--db", str(path), "--video", str(video)], child_env(), timeout=600)
    return path


def demo_dirs(cfg: Config, name: str) -> AppDirs:
    """Fresh directories with a copy of the prefilled database and the demo video in the cache."""
    from bench._data import copy_db

    db = prefilled_db(cfg)
    dirs = AppDirs.make(cfg.workdir / name)
    copy_db(db, dirs.db_path)
    video = demo_video_path()
    link_or_copy(video, dirs.cache / video.name)
    return dirs


def prefill(db_path: Path, video: Path) -> dict[str, object]:
    """Run the demo connector until its history is sent, writing every batch."""
    from livedesk.app import DEMO_SEED
    from livedesk.models.engine import make_engine, upgrade
    from livedesk.models.store import Store
    from livedesk.services.demo import DemoConnector

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{db_path}")
    upgrade(engine)
    store = Store(engine)
    conn = DemoConnector(seed=DEMO_SEED, speed=1.0, replay_uri=str(video))
    t0 = time.perf_counter()
    polls = rows = 0
    while True:
        batch = conn.poll()
        polls += 1
        if not batch.is_empty():
            rows += store.write(batch).rows
        if conn.history_pending == 0 and polls > 1:
            break
    conn.close()
    engine.dispose()
    return {"polls": polls, "rows": rows, "seconds": round(time.perf_counter() - t0, 2)}


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench._demo")
    p.add_argument("--child", action="store_true")
    p.add_argument("mode", choices=("video", "prefill"))
    p.add_argument("--cache", type=Path)
    p.add_argument("--db", type=Path)
    p.add_argument("--video", type=Path)
    ns = p.parse_args(argv)
    if ns.mode == "video":
        from livedesk.services.demo_video import ensure_demo_video as make

        t0 = time.perf_counter()
        path = make(ns.cache)
        emit({"video": str(path), "seconds": round(time.perf_counter() - t0, 2)})
    else:
        emit(prefill(ns.db, ns.video))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
