"""The benchmarks run on tiny inputs and report well-formed results (no timing is checked)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import _common, ingest, live_tick, memory, open_session, startup
from bench._data import T0, LiveSpec, write_db


def _positive(*values: object) -> bool:
    return all(isinstance(v, (int, float)) and v > 0 for v in values)


def test_every_benchmark_has_a_runner() -> None:
    for module in (startup, ingest, open_session, live_tick, memory):
        assert callable(module.run)
        assert module.BUDGET


def test_entry_computes_the_ratio_and_the_verdict() -> None:
    e = _common.entry("budget text", "rows/s", 80.0, 100.0, ratio_limit=0.8, higher_is_better=True,
                      floor_what="raw")
    assert {"budget", "unit", "figure", "floor", "ratio", "floor_is", "within_budget"} <= e.keys()
    assert e["ratio"] == 0.8 and e["within_budget"] is True
    slow = _common.entry("b", "ms", 250.0, 50.0, limit=200.0, floor_what="raw")
    assert slow["ratio"] == 5.0 and slow["within_budget"] is False


def test_statistics() -> None:
    assert _common.median([3, 1, 2]) == 2
    assert _common.median([1, 2, 3, 4]) == 2.5
    assert _common.percentile(list(range(101)), 99) == 99
    s = _common.summary([1.0, 2.0, 3.0])
    assert s["median"] == 2.0 and s["n"] == 3


def test_ingest_on_2000_rows(tmp_path: Path) -> None:
    e = ingest.measure(2_000, 1, tmp_path / "ingest", per_live=1_000)
    assert _positive(e["figure"], e["floor"], e["ratio"])
    assert e["unit"] == "rows/s" and e["details"]["rows"] == 2_000 and e["details"]["batches"] == 2
    assert _positive(e["details"]["diagnostic_raw_upsert_rows_per_s"])


def test_load_snapshot_against_raw_fetch(tmp_path: Path) -> None:
    db = tmp_path / "tiny.sqlite3"
    ids = write_db(db, [LiveSpec("tiny", T0, seconds=300, comments=40, events=8)])
    r = open_session.measure_load(db, ids["tiny"], reps=2)
    assert _positive(r["load_snapshot_ms"], r["floor_ms"])
    assert (r["samples"], r["comments"], r["events"]) == (300, 40, 8)
    assert set(r["load_parts_ms"]) >= {"samples", "comments", "events"}


def test_pyqtgraph_floor_ticks(qapp: object) -> None:
    r = live_tick.floor_child(ticks=3, idle_s=0.05, warmup=1)
    assert len(r["tick_ms"]) == 3 and _positive(*r["tick_ms"])
    assert r["idle_cpu_percent"] >= 0


@pytest.mark.parametrize("module", ["bench.startup", "bench._common"])
def test_startup_children_import_no_library_before_their_clock(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in ('PySide6', 'livedesk', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"
