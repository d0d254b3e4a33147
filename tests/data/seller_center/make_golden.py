"""Writes the golden Seller Center exports of this folder.

Run ``uv run python tests/data/seller_center/make_golden.py``.

The files are committed; this script documents how they were made and rebuilds them byte-for-byte stable
(fixed workbook timestamps). tests/services/test_seller_center.py asserts the figures each one holds.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 11, 8, 9, 0, 0)

# Newer English export, header on row 1: text cells as the web UI writes them, some real numbers and a real
# date cell, one unknown column, one missing value ("-") and one empty cell.
EN_HEADER = ["LIVE ID", "Creator", "Nickname", "LIVE title", "Start time", "Duration", "Attributed GMV",
             "SKU orders", "Items sold", "Customers", "Views", "Viewers", "LIVE impressions", "PCU", "ACU",
             "Avg. viewing duration per viewer", "Product impressions", "Product clicks", "LIVE CTR",
             "Tap-through rate", "New followers", "Likes", "Comments", "Shares", "Ads Cost", "Ads GMV",
             "GMV per hour", "Streamer mood"]
EN_ROWS = [
    ["7301", "@glow.shop", "Glow Shop", "Autumn skincare drop", "2026-11-02 20:15:00", "1h2m3s", "$205.33",
     "12", "15", "9", "1.74K", "1,203", "25.6K", "312", "140", "1m28s", "8,450", "402", "23.1%", "6.8%",
     "57", "2.1M", "688", "41", "$12.50", "$80.00", "$198.71", "happy"],
    ["7302", "@glow.shop", "Glow Shop", "Lip oil restock", dt.datetime(2026, 11, 4, 19, 0, 0), 3600, 1234.5,
     30, 41, 25, 5200, 3100, 60000, 800, 350, 95, 20000, 1500, 0.288, 0.0867,
     120, 45000, 1500, 90, "-", None, "$1,234.50", "calm"],
]

# Older "LIVE analysis" export: title and date rows, header on row 3, currency in the headers, a totals row.
OLD_TITLE = ["LIVE analysis"]
OLD_DATES = ["Date range: 2026/11/01 - 2026/11/07"]
OLD_HEADER = ["Creator ID", "Creator", "Nickname", "Launched Time", "Duration", "Revenue (USD)", "Products",
              "Different Products Sold", "Orders Created", "Orders Paid", "Unit Sales", "Buyers",
              "Average Price (USD)", "CO rate", "Viewers", "Views", "ACU", "PCU", "Avg. Viewing Duration",
              "Comments", "Shares", "Likes", "New Followers", "Product Impressions", "Product Clicks", "CTR"]
OLD_ROWS = [
    ["6990001", "glow.shop", "Glow Shop", "2026/11/02/ 20:15", "1h2m3s", "$205.33", "8", "5", "14", "12", "15",
     "9", "$17.11", "2.98%", "1,203", "1.74K", "140", "312", "1m28s", "688", "41", "2.1M", "57", "8,450", "402",
     "4.76%"],
    ["6990001", "glow.shop", "Glow Shop", "2026/11/05/ 18:30", "45m", "$0.00", "3", "0", "0", "0", "0", "0",
     "-", "0%", "150", "210", "12", "30", "40s", "10", "0", "320", "2", "600", "0", "0%"],
    ["Total", None, None, None, "1h47m3s", "$205.33", None, None, "14", "12", "15", "9", None, None, "1,353",
     "1.95K", None, None, None, "698", "41", "2.1M", "59", "9,050", "402", None],
]

# Indonesian export as CSV: semicolons, decimal commas, rupiah with dot thousands, Indonesian duration units.
ID_CSV = """\
Kreator;Nama panggilan;Waktu mulai;Durasi;Pendapatan (Rp);Pesanan dibayar;Unit terjual;Pembeli;Penonton;\
Tayangan;Impresi LIVE;PCU;Rata-rata durasi menonton;Komentar;Suka;Bagikan;Pengikut baru;Tingkat CO;Kolom aneh
@toko.cantik;Toko Cantik;2026-11-03 19:00;1j 2m 3d;Rp1.234.567;25;31;20;1,74rb;3.456;45.678;410;1m 28d;900;\
12,5rb;77;130;4,11%;x
@toko.cantik;Toko Cantik;2026/11/06/ 20:30;30m;Rp98.000;2;2;2;850;1.020;-;95;45d;33;1.200;3;8;2,5%;y
"""

# English CSV with a corrupt money value in the middle (row 4 of the file, column C).
CORRUPT_CSV = """\
Creator,Start time,Revenue ($),Views,Viewers,Duration
@glow.shop,2026-11-01 20:00:00,$10.00,100,50,30m
@glow.shop,2026-11-02 20:00:00,$20.00,200,90,30m
@glow.shop,2026-11-03 20:00:00,$12x.50,300,120,30m
@glow.shop,2026-11-04 20:00:00,$40.00,400,150,30m
"""


def _save(wb: Workbook, path: Path) -> None:
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    # Stable bytes: rewrite the zip with fixed member times.
    with zipfile.ZipFile(path) as src:
        members = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    stamp = rb"\g<1>2026-11-08T09:00:00Z\g<2>"
    members = [(name, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)", stamp, data)
                if name == "docProps/core.xml" else data) for name, data in members]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in members:
            dst.writestr(zipfile.ZipInfo(name, date_time=(2026, 11, 8, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def write_all(folder: Path = HERE) -> None:
    """Write the four golden files into ``folder``."""
    wb = Workbook()
    ws = wb.active
    ws.title = "LIVE list"
    ws.append(EN_HEADER)
    for row in EN_ROWS:
        ws.append(row)
    _save(wb, folder / "live_list_en.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.title = "LIVE analysis"
    for row in (OLD_TITLE, OLD_DATES, OLD_HEADER, *OLD_ROWS):
        ws.append(row)
    _save(wb, folder / "live_analysis_old.xlsx")

    (folder / "live_list_id.csv").write_text(ID_CSV, encoding="utf-8")
    (folder / "live_list_corrupt.csv").write_text(CORRUPT_CSV, encoding="utf-8")


if __name__ == "__main__":
    write_all()
