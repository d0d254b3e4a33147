"""Ingest: rows/s of ``Store.write`` with wide sample rows vs stdlib ``sqlite3.executemany`` of the same rows.

Ours: one Batch per LIVE (one SampleBlock of all its rows), the shape of the demo's history and of bundle
imports; every batch is one transaction of ``INSERT ... ON CONFLICT DO UPDATE`` through
``Connection.exec_driver_sql``. Floor: the same rows (session_id, ts, source, 22 metrics) inserted with plain
``INSERT`` by stdlib sqlite3 into a table of the same columns and primary key, WITHOUT ROWID, WAL,
``synchronous=NORMAL``, in one transaction. A diagnostic third run sends the store's own upsert SQL through
stdlib sqlite3 on the product's schema (foreign keys on), batch by batch, to separate the SQL's cost from
the Python layers above it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bench._common import Config, child_env, emit, entry, log, median, rnd, run_child

BUDGET = "ingest into the cache: ≥ 0.8 × raw sqlite3.executemany throughput on the same rows"
ROWS_FULL, ROWS_QUICK = 1_000_000, 250_000
ROWS_PER_LIVE = 10_000


def make_blocks(rows: int, per_live: int) -> list[tuple[tuple[int, ...], ...]]:
    """``rows`` wide sample rows split into LIVEs of ``per_live`` seconds (the last may be shorter)."""
    import numpy as np

    from bench._data import T0, sample_columns, sample_rows

    blocks = []
    for i, lo in enumerate(range(0, rows, per_live)):
        n = min(per_live, rows - lo)
        cols = sample_columns(np.random.default_rng(1000 + i), n)
        blocks.append(sample_rows(cols, T0 + i * 86_400_000))
    return blocks


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _product_db(path: Path, n_lives: int) -> tuple[Any, list[Any]]:
    """A migrated cache with the account and ``n_lives`` sessions (not timed); returns (store, refs)."""
    from bench._data import ACCOUNT, SOURCE, T0, account_batch
    from livedesk.models.engine import make_engine, upgrade
    from livedesk.models.records import Batch, SessionRecord, SessionRef, SessionStatus
    from livedesk.models.store import Store

    engine = make_engine(f"sqlite:///{_fresh(path)}")
    upgrade(engine)
    store = Store(engine)
    store.write(account_batch())
    refs = [SessionRef(ACCOUNT, f"ingest-{i}") for i in range(n_lives)]
    sessions = tuple(SessionRecord(r, f"LIVE {i}", "host", T0 + i * 86_400_000, T0 + i * 86_400_000 + 3_600_000,
                                   SessionStatus.ENDED, "USD", SOURCE) for i, r in enumerate(refs))
    store.write(Batch(SOURCE, sessions=sessions))
    return store, refs


def run_ours(path: Path, blocks: list[tuple[tuple[int, ...], ...]]) -> dict[str, float]:
    """``Store.write`` of one Batch per LIVE; returns seconds and rows/s."""
    from bench._data import SOURCE
    from livedesk.models.metrics import STORED_KEYS
    from livedesk.models.records import Batch, SampleBlock

    store, refs = _product_db(path, len(blocks))
    batches = [Batch(SOURCE, samples=(SampleBlock(ref, STORED_KEYS, rows, SOURCE),), up_to_ts=int(rows[-1][0]))
               for ref, rows in zip(refs, blocks, strict=True)]
    n = sum(len(b) for b in blocks)
    t0 = time.perf_counter()
    for batch in batches:
        store.write(batch)
    dt = time.perf_counter() - t0
    store.engine.dispose()
    return {"seconds": dt, "rows_per_s": n / dt, "write_ms_per_batch": dt / len(batches) * 1000}


def _raw_ddl(app_db: Path) -> str:
    """A table with the product's sample columns and primary key, WITHOUT ROWID, no foreign key."""
    con = sqlite3.connect(app_db)
    info = con.execute("PRAGMA table_info(metric_sample)").fetchall()
    con.close()
    cols = ", ".join(f'"{row[1]}" {row[2]}{" NOT NULL" if row[3] else ""}' for row in info)
    pk = ", ".join(f'"{row[1]}"' for row in sorted(info, key=lambda r: r[5]) if row[5])
    return f"CREATE TABLE metric_sample ({cols}, PRIMARY KEY ({pk})) WITHOUT ROWID"


def run_raw(path: Path, ddl: str, params: list[tuple[Any, ...]]) -> dict[str, float]:
    """stdlib sqlite3: plain INSERT of every row in one transaction."""
    con = sqlite3.connect(_fresh(path), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute(ddl)
    sql = f"INSERT INTO metric_sample VALUES ({', '.join('?' for _ in params[0])})"
    t0 = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(sql, params)
    con.execute("COMMIT")
    dt = time.perf_counter() - t0
    con.close()
    return {"seconds": dt, "rows_per_s": len(params) / dt}


def run_raw_upsert(path: Path, blocks: list[tuple[tuple[int, ...], ...]]) -> dict[str, float]:
    """stdlib sqlite3 sending the store's upsert SQL, one transaction per LIVE, on the product's schema."""
    from livedesk.models.metrics import STORED_KEYS
    from livedesk.models.store import _sample_upsert_sql

    store, _refs = _product_db(path, len(blocks))
    store.engine.dispose()
    dialect = SimpleNamespace(dialect=SimpleNamespace(paramstyle="qmark"))
    sqls = [_sample_upsert_sql(dialect, STORED_KEYS, i + 1, "tiktok_shop") for i in range(len(blocks))]  # type: ignore[arg-type]
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    n = sum(len(rows) for rows in blocks)
    t0 = time.perf_counter()
    for sql, rows in zip(sqls, blocks, strict=True):
        con.execute("BEGIN")
        con.executemany(sql, rows)
        con.execute("COMMIT")
    dt = time.perf_counter() - t0
    con.close()
    return {"seconds": dt, "rows_per_s": n / dt}


def measure(rows: int, reps: int, workdir: Path, *, per_live: int = ROWS_PER_LIVE,
            diagnose: bool = True) -> dict[str, Any]:
    """The ingest entry: medians over ``reps`` alternating runs of ours and the floor."""
    import bench._data  # noqa: F401 - imported before the clock starts

    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    blocks = make_blocks(rows, per_live)
    gen_s = time.perf_counter() - t0
    n = sum(len(b) for b in blocks)
    params = [(i + 1, r[0], "tiktok_shop", *r[1:]) for i, rows_ in enumerate(blocks) for r in rows_]
    t0 = time.perf_counter()
    for i, rows_ in enumerate(blocks):  # what Store.write does per row before the driver sees it
        _ = [(i + 1, r[0], "tiktok_shop", *r[1:]) for r in rows_]
    param_build_s = time.perf_counter() - t0
    ours, raw = [], []
    ddl = ""
    for rep in range(reps):
        ours.append(run_ours(workdir / f"ours{rep}.sqlite3", blocks))
        if not ddl:
            ddl = _raw_ddl(workdir / "ours0.sqlite3")
        raw.append(run_raw(workdir / f"raw{rep}.sqlite3", ddl, params))
        for name in (f"ours{rep}", f"raw{rep}"):
            _fresh(workdir / f"{name}.sqlite3")
    diag = run_raw_upsert(workdir / "upsert.sqlite3", blocks[: max(1, len(blocks) // 4)]) if diagnose else None
    _fresh(workdir / "upsert.sqlite3")
    figure = median([r["rows_per_s"] for r in ours])
    floor = median([r["rows_per_s"] for r in raw])
    details: dict[str, Any] = {
        "rows": n, "columns_per_row": len(params[0]), "batches": len(blocks), "rows_per_batch": per_live,
        "batch_shape": "one Batch per LIVE holding one SampleBlock of all its rows; one transaction each",
        "repetitions": reps,
        "ours_rows_per_s_each": [rnd(r["rows_per_s"], 0) for r in ours],
        "raw_rows_per_s_each": [rnd(r["rows_per_s"], 0) for r in raw],
        "ours_seconds": rnd(median([r["seconds"] for r in ours])),
        "raw_seconds": rnd(median([r["seconds"] for r in raw])),
        "ours_write_ms_per_batch": rnd(median([r["write_ms_per_batch"] for r in ours]), 1),
        "python_param_tuples_seconds": rnd(param_build_s),
        "row_generation_seconds": rnd(gen_s),
        "raw_table": ddl,
    }
    if diag is not None:
        details["diagnostic_raw_upsert_rows_per_s"] = rnd(diag["rows_per_s"], 0)
        details["diagnostic_raw_upsert_is"] = ("the store's INSERT ... ON CONFLICT DO UPDATE SET col = "
                                               "COALESCE(excluded.col, col) via stdlib sqlite3, product schema "
                                               "(foreign key on), one transaction per LIVE, first quarter "
                                               "of the LIVEs")
    return entry(BUDGET, "rows/s", figure, floor, ratio_limit=0.8, higher_is_better=True,
                 floor_what="stdlib sqlite3.executemany plain INSERT of the same rows, same columns and primary "
                            "key, WITHOUT ROWID, WAL, synchronous=NORMAL, one transaction",
                 details=details)


def run(cfg: Config) -> dict[str, Any]:
    """Measure in a fresh child process."""
    rows = ROWS_QUICK if cfg.quick else ROWS_FULL
    reps = cfg.reps(3, 2)
    log(f"ingest: {rows:,} rows × {reps} repetitions (ours and raw)")
    out = run_child("ingest", ["--rows", str(rows), "--reps", str(reps), "--workdir", str(cfg.workdir / "ingest")],
                    child_env(), timeout=900)
    out.pop("_spawned_at", None)
    return out


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ingest")
    p.add_argument("--child", action="store_true")
    p.add_argument("--rows", type=int, default=ROWS_FULL)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--workdir", type=Path, required=True)
    ns = p.parse_args(argv)
    emit(measure(ns.rows, ns.reps, ns.workdir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
