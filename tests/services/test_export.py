"""Trend export to CSV and XLSX, read back and compared with the cache."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from livedesk.models import repository as repo
from livedesk.models.records import SessionStatus
from livedesk.models.repository import SessionSnapshot
from livedesk.models.store import Store
from livedesk.services.export import ExportCancelledError, ExportService, build_table, write_csv, write_xlsx
from tests.factories import T0, base_batch, rich_batch


def _snapshot(store: Store, *, ended: bool = True) -> SessionSnapshot:
    status = SessionStatus.ENDED if ended else SessionStatus.LIVE
    store.write(base_batch(status=status, ended_at=T0 + 600_000 if ended else None))
    store.write(rich_batch())
    with store.engine.connect() as conn:
        return repo.load_snapshot(conn, 1)


def test_table_buckets_match_the_samples(store: Store) -> None:
    snap = _snapshot(store)
    table = build_table(snap, 60, ["views", "gmv", "tap_through_rate", "ads_cost"])
    assert table.header == ("LIVE clock", "Time (UTC)", "Views", "GMV (USD)", "Tap-through rate (ERR)",
                            "Ads cost (USD)", "Events")
    assert len(table.rows) == 10  # 600 s in minutes
    first = table.rows[0]
    assert first[0] == "0:00:00" and first[2] == 600  # 10 views a second
    gmv_cents = sum((i % 7) + 1 for i in range(60))
    assert first[3] == pytest.approx(gmv_cents / 100)
    assert first[4] == pytest.approx(0.1)  # 600 views / 6,000 impressions
    assert first[5] is None  # never provided: empty, not 0
    assert "product_pin: Lip oil" in table.rows[1][-1] and "violation" in table.rows[5][-1]


def test_csv_and_xlsx_read_back(store: Store, tmp_path: Path) -> None:
    table = build_table(_snapshot(store), 60)
    csv_path = write_csv(tmp_path / "t.csv", table)
    with csv_path.open(encoding="utf-8-sig") as fh:
        lines = list(csv.reader(fh))
    data = [row for row in lines if not row[0].startswith("#")]
    assert tuple(data[0]) == table.header
    assert len(data) == 1 + len(table.rows)
    views = table.header.index("Views")
    assert [float(r[views]) for r in data[1:]] == [float(r[views]) for r in table.rows]  # type: ignore[arg-type]
    assert ["# LIVE", "LIVE L1"] in lines
    xlsx_path = write_xlsx(tmp_path / "t.xlsx", table)
    wb = load_workbook(xlsx_path)
    sheet = wb["Trend"]
    got = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert got[0] == table.header
    assert [r[views] for r in got[1:]] == [r[views] for r in table.rows]
    rate_col = table.header.index("Tap-through rate (ERR)") + 1
    assert sheet.cell(row=2, column=rate_col).number_format == "0.00%"
    assert dict(tuple(r) for r in wb["About"].iter_rows(values_only=True))["Currency"] == "USD"


def test_cancel_leaves_no_file(store: Store, tmp_path: Path) -> None:
    table = build_table(_snapshot(store), 1)
    with pytest.raises(ExportCancelledError):
        write_csv(tmp_path / "t.csv", table, cancelled=lambda: True)
    assert not list(tmp_path.glob("*t.csv*"))  # neither the file nor its partial temp file


def test_service_exports_in_the_background_and_refuses_a_running_live(qtbot: QtBot, store: Store,
                                                                        tmp_path: Path) -> None:
    snap = _snapshot(store)
    service = ExportService()
    with qtbot.waitSignal(service.finished, timeout=10_000) as blocker:
        assert service.start(snap, tmp_path / "t.xlsx", "xlsx")
    path, error = blocker.args
    assert error == "" and Path(path).exists()

    live = dataclasses.replace(snap, session=dataclasses.replace(snap.session, status=SessionStatus.LIVE))
    assert not service.start(live, tmp_path / "live.csv", "csv")  # exports are for finished LIVEs
    assert not (tmp_path / "live.csv").exists()
