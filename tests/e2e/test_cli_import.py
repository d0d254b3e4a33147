"""``livedesk export`` and ``livedesk import``, run as a user runs them: in a subprocess, on real caches."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from livedesk.models import schema
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.store import Store
from tests.services.test_bundle import build_cache, dump

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "seller_center"


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LIVEDESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LIVEDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "livedesk", *args], capture_output=True, text=True, env=env,
                          timeout=240, check=False)


def _engine(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return engine


def _rows(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        n = sum(int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in schema.metadata.sorted_tables)
    engine.dispose()
    return n


def _fails_cleanly(out: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("livedesk: "), out.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.fixture
def source(tmp_path: Path) -> str:
    """A cache with one full, ended LIVE (id 1, external id L1)."""
    engine = _engine(tmp_path / "source.sqlite3")
    build_cache(Store(engine))
    engine.dispose()
    return f"sqlite:///{tmp_path / 'source.sqlite3'}"


def test_help_lists_export_and_import(tmp_path: Path) -> None:
    out = _run(["--help"], tmp_path)
    assert out.returncode == 0 and "export" in out.stdout and "import" in out.stdout
    out = _run(["import", "--help"], tmp_path)
    assert out.returncode == 0 and "--account" in out.stdout and "--timezone" in out.stdout


def test_bundle_export_then_import_round_trips(source: str, tmp_path: Path) -> None:
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    out = _run(["export", "L1", "--out", str(tmp_path / "live.zip"), "--db", source], tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"wrote bundle {tmp_path / 'live.zip'}: LIVE 1, ")
    out = _run(["import", str(tmp_path / "live.zip"), "--db", target], tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("Imported 1 LIVE (id 1) from bundle live.zip: ")
    assert lines[1] == "  LIVE 1: LIVE L1" and "metric_sample 120" in lines[2]
    src, dst = make_engine(source), make_engine(target)
    assert dump(dst) == dump(src)
    src.dispose()
    dst.dispose()
    out = _run(["sessions", "--db", target], tmp_path)
    assert "LIVE L1" in out.stdout and out.stdout.splitlines()[-1] == "1 LIVE(s)"


def test_trend_table_export_as_csv_and_xlsx(source: str, tmp_path: Path) -> None:
    out = _run(["export", "1", "--out", str(tmp_path / "t.csv"), "--db", source], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "wrote CSV" in out.stdout and "2 rows of 60 s" in out.stdout
    with (tmp_path / "t.csv").open(encoding="utf-8-sig") as fh:
        rows = [r for r in csv.reader(fh) if not r[0].startswith("#")]
    assert rows[0][:2] == ["LIVE clock", "Time (UTC)"] and len(rows) == 3
    out = _run(["export", "1", "--out", str(tmp_path / "t.bin"), "--format", "xlsx", "--db", source], tmp_path)
    assert out.returncode == 0 and (tmp_path / "t.bin").read_bytes()[:2] == b"PK"


def test_seller_center_import_prints_the_lives_and_is_idempotent(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'sc.sqlite3'}"
    args = ["import", str(GOLDEN / "live_list_en.xlsx"), "--timezone", "America/New_York", "--db", db]
    out = _run(args, tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[:3] == [
        "Imported 2 LIVEs (id 1, 2) from Seller Center export live_list_en.xlsx: 5 rows",
        "  LIVE 1: Autumn skincare drop",
        "  LIVE 2: Lip oil restock",
    ]
    assert "livedesk: warning: live_list_en.xlsx: unknown column 'Streamer mood' ignored" in out.stderr
    rows = _rows(db)
    again = _run(args, tmp_path)
    assert again.returncode == 0 and _rows(db) == rows


def test_bad_inputs_are_one_line_errors_and_change_nothing(source: str, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'sc.sqlite3'}"
    assert _run(["import", str(GOLDEN / "live_list_id.csv"), "--db", db], tmp_path).returncode == 0
    rows = _rows(db)
    out = _run(["import", str(GOLDEN / "live_list_corrupt.csv"), "--db", db], tmp_path)
    _fails_cleanly(out, "live_list_corrupt.csv", "row 4", "'Revenue ($)' (C)", "$12x.50")
    assert _rows(db) == rows
    (tmp_path / "notes.txt").write_text("hello")
    _fails_cleanly(_run(["import", str(tmp_path / "notes.txt"), "--db", db], tmp_path), "notes.txt")
    _fails_cleanly(_run(["export", "NOPE", "--out", str(tmp_path / "x.zip"), "--db", source], tmp_path),
                   "no LIVE with id or external id 'NOPE'")
    assert not (tmp_path / "x.zip").exists()
    out = _run(["export", "1", "--out", str(tmp_path / "b"), "--db", source], tmp_path)
    assert out.returncode == 0, out.stderr
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    manifest["format_version"] = 99
    (tmp_path / "b" / "manifest.json").write_text(json.dumps(manifest))
    _fails_cleanly(_run(["import", str(tmp_path / "b"), "--db", db], tmp_path), "version 99", "version 1")
    assert _rows(db) == rows
