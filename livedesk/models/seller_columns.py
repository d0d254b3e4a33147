"""The header aliases of TikTok Seller Center LIVE exports: which column label means which field.

Data only (the parser lives in ``livedesk.services.seller_center``). Each :class:`SellerColumn` names one field
— a stored metric of the catalogue (``gmv``, ``views`` ...), a field of the LIVE itself (``start``,
``duration`` ...) or a figure LiveDesk derives itself (``ctr``, ``avg_price`` ...) — and the labels it has had
per UI language and export version (reference/metrics.md §4.3). Add a label here when an export shows a new
one; the header row is found by counting the labels it contains.

Matching (see :func:`normalize`) ignores case, accents of width (NFKC), repeated spaces and a trailing colon;
a label not found as written is tried again without a trailing unit in parentheses, so "Revenue (USD)",
"Revenue ($)" and "Pendapatan (Rp)" all match "Revenue" / "Pendapatan" and the unit names the currency.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType


class ValueKind(Enum):
    """How a column's cells are read."""

    TEXT = "text"
    DATETIME = "datetime"  # "2026/11/02/ 20:15", "2026-11-02 20:15:00", a spreadsheet date
    DURATION = "duration"  # "1m28s", "1h2m3s", "01:02:03", seconds
    MONEY = "money"  # "$205.33", "Rp1.234.567" → integer minor units
    COUNT = "count"  # "1,234", "1.74K", "2.1M" → integer
    RATE = "rate"  # "4.11%", "0.0411" → fraction 0..1


class Role(Enum):
    """What LiveDesk does with a column's values."""

    SESSION = "session"  # a field of the LIVE (start, title, account ...)
    METRIC = "metric"  # a stored metric of the catalogue: written in the LIVE's summary sample
    SPECIAL = "special"  # turned into a stored metric by a rule (PCU/ACU → current viewers, avg duration → watch time)
    DERIVED = "derived"  # recognised, not stored: LiveDesk computes it from the stored metrics


@dataclass(frozen=True, slots=True)
class SellerColumn:
    """One field and its labels.

    Attributes:
        key: a stored metric key (role METRIC), or a field name of the parser (start, pcu, ctr ...).
        kind: how its cells are read.
        role: what is done with the values.
        labels: UI language code → labels seen in exports of that language.
    """

    key: str
    kind: ValueKind
    role: Role
    labels: Mapping[str, tuple[str, ...]]


EN, ID = "en", "id"
K = ValueKind
S, M, X, D = Role.SESSION, Role.METRIC, Role.SPECIAL, Role.DERIVED


def _c(key: str, kind: ValueKind, role: Role, en: tuple[str, ...], id_: tuple[str, ...] = ()) -> SellerColumn:
    return SellerColumn(key, kind, role, MappingProxyType({EN: en, ID: id_}))


COLUMNS: tuple[SellerColumn, ...] = (
    # --- the LIVE and its account --------------------------------------------------------------------
    _c("live_id", K.TEXT, S, ("LIVE ID", "Live ID", "Room ID"), ("ID LIVE", "ID Live")),
    _c("title", K.TEXT, S, ("LIVE title", "LIVE name", "Title"), ("Judul LIVE", "Nama LIVE", "Judul")),
    _c("creator", K.TEXT, S, ("Creator", "Creator username", "Username", "Account"),
       ("Kreator", "Nama pengguna kreator", "Nama pengguna", "Akun")),
    _c("creator_id", K.TEXT, S, ("Creator ID",), ("ID Kreator",)),
    _c("nickname", K.TEXT, S, ("Nickname", "Creator nickname"), ("Nama panggilan", "Nama panggilan kreator")),
    _c("start", K.DATETIME, S, ("Launched Time", "Launch time", "Start time", "Started at", "Start Time"),
       ("Waktu Peluncuran", "Waktu diluncurkan", "Waktu mulai", "Waktu Mulai LIVE")),
    _c("end", K.DATETIME, S, ("End time", "Ended at"), ("Waktu selesai", "Waktu berakhir")),
    _c("duration", K.DURATION, S, ("Duration", "LIVE duration"), ("Durasi", "Durasi LIVE")),
    # --- sales -----------------------------------------------------------------------------------------
    _c("gmv", K.MONEY, M, ("Revenue", "GMV", "Attributed GMV", "Gross revenue", "LIVE GMV"),
       ("Pendapatan", "GMV yang diatribusikan", "Pendapatan kotor", "GMV LIVE")),
    _c("created_sku_orders", K.COUNT, M, ("Orders Created", "Created SKU orders", "Created orders"),
       ("Pesanan dibuat", "Pesanan SKU dibuat")),
    _c("sku_orders", K.COUNT, M, ("Orders Paid", "SKU orders", "Paid orders"),
       ("Pesanan dibayar", "Pesanan SKU")),
    _c("main_orders", K.COUNT, M, ("Attributed orders", "Main orders"),
       ("Pesanan yang diatribusikan", "Pesanan utama")),
    _c("items_sold", K.COUNT, M, ("Unit Sales", "Items sold", "Units sold"),
       ("Penjualan unit", "Unit terjual", "Item terjual")),
    _c("customers", K.COUNT, M, ("Buyers", "Customers"), ("Pembeli", "Pelanggan")),
    _c("add_to_cart", K.COUNT, M, ("Add to cart", "Add-to-cart"), ("Tambah ke keranjang",)),
    _c("ads_cost", K.MONEY, M, ("Ads Cost", "Ad cost", "Ads spend"), ("Biaya iklan",)),
    _c("ads_gmv", K.MONEY, M, ("Ads GMV", "Ad GMV"), ("GMV iklan",)),
    # --- audience ----------------------------------------------------------------------------------------
    _c("viewers", K.COUNT, M, ("Viewers", "Unique viewers"), ("Penonton", "Penonton unik")),
    _c("views", K.COUNT, M, ("Views", "LIVE views"), ("Tayangan", "Tayangan LIVE")),
    _c("impressions", K.COUNT, M, ("LIVE impressions", "Impressions"), ("Impresi LIVE", "Impresi")),
    _c("views_1min", K.COUNT, M, ("> 1 min. views", ">1 min views", "Views > 1 min"),
       ("Tayangan > 1 mnt", "Tayangan >1 menit")),
    _c("pcu", K.COUNT, X, ("PCU", "Peak viewers", "Peak concurrent viewers"), ("Penonton puncak",)),
    _c("acu", K.COUNT, X, ("ACU", "Average viewers", "Average concurrent viewers"), ("Rata-rata penonton",)),
    _c("avg_view_duration", K.DURATION, X,
       ("Avg. Viewing Duration", "Avg. viewing duration per viewer", "Average viewing duration"),
       ("Rata-rata durasi menonton", "Rata-rata durasi menonton per penonton", "Durasi tonton rata-rata")),
    _c("avg_view_duration_per_view", K.DURATION, X, ("Avg. viewing duration per view",),
       ("Rata-rata durasi menonton per tayangan",)),
    # --- interactions and products ------------------------------------------------------------------------
    _c("comments", K.COUNT, M, ("Comments",), ("Komentar",)),
    _c("shares", K.COUNT, M, ("Shares",), ("Bagikan", "Dibagikan")),
    _c("likes", K.COUNT, M, ("Likes",), ("Suka",)),
    _c("new_followers", K.COUNT, M, ("New Followers", "New followers"), ("Pengikut baru",)),
    _c("gifts", K.COUNT, M, ("Gifts",), ("Hadiah",)),
    _c("product_impressions", K.COUNT, M, ("Product Impressions",), ("Impresi produk", "Tayangan produk")),
    _c("product_clicks", K.COUNT, M, ("Product Clicks",), ("Klik produk",)),
    # --- recognised but derived by LiveDesk (never stored: the app computes them from the stored sums) -------
    _c("products", K.COUNT, D, ("Products", "Products listed"), ("Produk",)),
    _c("products_sold", K.COUNT, D, ("Different Products Sold", "Products sold"), ("Produk berbeda terjual",)),
    _c("avg_price", K.MONEY, D, ("Average Price", "Avg. price", "AOV"), ("Harga rata-rata",)),
    _c("co_rate", K.RATE, D, ("CO rate", "CTOR", "Click-to-order rate"), ("Tingkat CO",)),
    _c("ctr", K.RATE, D, ("CTR", "Product CTR"), ("RKT", "CTR produk")),
    _c("live_ctr", K.RATE, D, ("LIVE CTR",), ("CTR LIVE",)),
    _c("tap_through_rate", K.RATE, D, ("Tap-through rate", "Enter room rate"), ("Rasio ketuk-tayang",)),
    _c("tap_through_rate_preview", K.RATE, D, ("Tap-through rate (via LIVE preview)",),
       ("Rasio ketuk-tayang (melalui pratinjau LIVE)",)),
    _c("sku_order_rate", K.RATE, D, ("Order rate (SKU orders)",), ("Tingkat pesanan (pesanan SKU)",)),
    _c("comment_rate", K.RATE, D, ("Comment rate",), ("Tingkat komentar",)),
    _c("follow_rate", K.RATE, D, ("Follow rate",), ("Tingkat mengikuti",)),
    _c("like_rate", K.RATE, D, ("Like rate",), ("Tingkat suka",)),
    _c("share_rate", K.RATE, D, ("Share rate",), ("Tingkat berbagi",)),
    _c("show_gpm", K.MONEY, D, ("Show GPM",), ("GPM tampilan",)),
    _c("watch_gpm", K.MONEY, D, ("Watch GPM",), ("GPM tontonan",)),
    _c("gmv_per_hour", K.MONEY, D, ("GMV per hour",), ("GMV per jam",)),
    _c("impressions_per_hour", K.COUNT, D, ("Impressions per hour",), ("Impresi per jam",)),
    _c("gmv_max_roi", K.RATE, D, ("GMV Max ROI", "ROI"), ("ROI GMV Max",)),
    _c("product_id", K.TEXT, D, ("Product ID",), ("ID produk",)),
)

BY_KEY: Mapping[str, SellerColumn] = MappingProxyType({c.key: c for c in COLUMNS})

# Labels that begin a totals row at the bottom of some exports (skipped, not read as a LIVE).
TOTAL_ROW_LABELS: frozenset[str] = frozenset({
    "total", "totals", "grand total", "summary", "jumlah", "total keseluruhan",
})

_UNIT = re.compile(r"^(?P<label>.*?)\s*[(（](?P<unit>[^()（）]*)[)）]$")


def normalize(label: str) -> str:
    """A header label in the form the alias table is keyed on: NFKC, lower case, single spaces, no colon."""
    text = unicodedata.normalize("NFKC", label).replace("\u00a0", " ")
    text = " ".join(text.split()).strip().rstrip(":*").strip()
    return text.casefold()


def _alias_index() -> Mapping[str, tuple[SellerColumn, frozenset[str]]]:
    index: dict[str, tuple[SellerColumn, set[str]]] = {}
    for col in COLUMNS:
        for lang, labels in col.labels.items():
            for label in labels:
                key = normalize(label)
                known = index.get(key)
                if known is not None and known[0].key != col.key:
                    raise ValueError(f"Seller Center label {label!r} is given to both {known[0].key} and {col.key}")
                index.setdefault(key, (col, set()))[1].add(lang)
    return MappingProxyType({k: (c, frozenset(langs)) for k, (c, langs) in index.items()})


ALIASES: Mapping[str, tuple[SellerColumn, frozenset[str]]] = _alias_index()


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """What a header cell was recognised as.

    Attributes:
        column: the field.
        languages: the UI languages that use this label.
        unit: the text in a trailing "( )" that was not part of the label (a currency: "USD", "$", "Rp"), or "".
    """

    column: SellerColumn
    languages: frozenset[str]
    unit: str


def match(label: object) -> HeaderMatch | None:
    """The field a header cell names, or None for an unknown or empty cell."""
    if label is None:
        return None
    text = normalize(str(label))
    if not text:
        return None
    found = ALIASES.get(text)
    if found is not None:
        return HeaderMatch(found[0], found[1], "")
    m = _UNIT.match(text)
    if m is not None:
        found = ALIASES.get(m.group("label").strip())
        if found is not None:
            return HeaderMatch(found[0], found[1], m.group("unit").strip())
    return None
