"""Import of a 4-hour LIVE bundle: rows/s of ``import_bundle`` into an empty cache vs a raw floor.

Ours: the ended 4-hour LIVE of the shared benchmark database (1 s × every stored metric, 5k comments, 300
events) is exported once as a LiveDesk bundle (.zip, no video; not timed), then ``import_bundle`` reads it
into a new, migrated, empty cache: CSV parsing, natural-key mapping and upserts, one transaction. Floor: the
same bundle's CSV files read with the stdlib ``csv`` module and inserted with stdlib ``sqlite3.executemany``
(plain INSERT, one transaction, WAL, ``synchronous=NORMAL``) into tables of the same columns without foreign
keys or conflict handling — the least any importer of these files must do.
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

from bench._common import Config, child_env, emit, entry, log, median, rnd, run_child

BUDGET = "import of a 4-hour bundle (rows per second); no budget in the design: reported against a raw floor"


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _empty_cache(path: Path) -> Any:
    from livedesk.models.engine import make_engine, upgrade

    engine = make_engine(f"sqlite:///{_fresh(path)}")
    upgrade(engine)
    return engine


def run_ours(bundle: Path, workdir: Path, rep: int) -> dict[str, float]:
    """``import_bundle`` into an empty cache; returns seconds and rows."""
    from livedesk.models.store import Store
    from livedesk.services.bundle import import_bundle

    engine = _empty_cache(workdir / f"ours{rep}.sqlite3")
    t0 = time.perf_counter()
    result = import_bundle(Store(engine), bundle, media_dir=workdir / "media")
    dt = time.perf_counter() - t0
    engine.dispose()
    rows = sum(result.rows.values())
    return {"seconds": dt, "rows": rows}


def run_raw(bundle: Path, workdir: Path, rep: int) -> dict[str, float]:
    """stdlib csv + sqlite3.executemany of every table file of the bundle."""
    con = sqlite3.connect(_fresh(workdir / f"raw{rep}.sqlite3"), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    rows = 0
    t0 = time.perf_counter()
    con.execute("BEGIN")
    with zipfile.ZipFile(bundle) as z:
        for name in z.namelist():
            if not name.endswith(".csv"):
                continue
            reader = csv.reader(io.TextIOWrapper(z.open(name), encoding="utf-8", newline=""))
            header = next(reader, None)
            if not header:
                continue
            table = '"' + Path(name).stem.replace('"', "") + '"'
            con.execute(f"CREATE TABLE {table} ({', '.join(chr(34) + h + chr(34) for h in header)})")
            data = [tuple(None if v == "\\N" else v for v in r) for r in reader]
            con.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' for _ in header)})", data)
            rows += len(data)
    con.execute("COMMIT")
    dt = time.perf_counter() - t0
    con.close()
    return {"seconds": dt, "rows": rows}


def measure(workdir: Path, reps: int) -> dict[str, Any]:
    """Export once, then alternate ours and the floor ``reps`` times."""
    from bench._data import copy_db, ensure_four_hour_db
    from livedesk.models.engine import make_engine
    from livedesk.services.bundle import export_bundle

    db = ensure_four_hour_db(workdir)
    src = copy_db(db.path, workdir / "source.sqlite3")
    engine = make_engine(f"sqlite:///{src}")
    bundle = workdir / "four-hours.zip"
    t0 = time.perf_counter()
    export_bundle(engine, db.ended_id, bundle, zip=True, include_video=False)
    export_s = time.perf_counter() - t0
    engine.dispose()
    ours, raw = [], []
    for rep in range(reps):
        ours.append(run_ours(bundle, workdir, rep))
        raw.append(run_raw(bundle, workdir, rep))
        for name in (f"ours{rep}", f"raw{rep}"):
            _fresh(workdir / f"{name}.sqlite3")
    figure = median([r["rows"] / r["seconds"] for r in ours])
    floor = median([r["rows"] / r["seconds"] for r in raw])
    details = {
        "rows_imported": ours[0]["rows"], "rows_in_csv_files": raw[0]["rows"], "repetitions": reps,
        "ours_seconds": rnd(median([r["seconds"] for r in ours])),
        "raw_seconds": rnd(median([r["seconds"] for r in raw])),
        "bundle_bytes": bundle.stat().st_size, "export_seconds": rnd(export_s),
    }
    return entry(BUDGET, "rows/s", figure, floor, higher_is_better=True,
                 floor_what="stdlib csv + sqlite3.executemany plain INSERT of the bundle's CSV files into tables "
                            "of the same columns (no keys, no conflict handling), one transaction",
                 details=details)


def run(cfg: Config) -> dict[str, Any]:
    """Measure in a fresh child process."""
    reps = cfg.reps(3, 1)
    log(f"import_bundle: a 4-hour LIVE bundle × {reps} repetitions (ours and raw)")
    out = run_child("import_bundle", ["--reps", str(reps), "--workdir", str(cfg.workdir)], child_env(),
                    timeout=900)
    out.pop("_spawned_at", None)
    return out


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.import_bundle")
    p.add_argument("--child", action="store_true")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--workdir", type=Path, required=True)
    ns = p.parse_args(argv)
    emit(measure(ns.workdir, ns.reps))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
