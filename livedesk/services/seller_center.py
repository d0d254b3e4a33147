"""Import of TikTok Seller Center LIVE list exports (.xlsx, .csv): one row per finished LIVE with its totals.

Headers differ between export versions and UI languages: the header row is found among the first rows by
counting the labels of the alias table (:mod:`livedesk.models.seller_columns`), so title and date rows above it
are skipped. Cells are read tolerantly: "$205.33", "Rp1.234.567", "4,11%", "1m28s", "1h2m3s", "1.74K", "2.1M",
"-" or empty (missing, NULL), "2026/11/02/ 20:15", "2026-11-02 20:15:00" and real spreadsheet dates.

How a row is stored (so the app's existing totals code shows the export's figures):

- one ended ``live_session`` (source ``seller_export``) per row: start, end (the end column, or start +
  duration), title, host; the account comes from the caller's choice, else from the creator column;
- one **summary sample**: a single ``metric_sample`` row at ``ts = started_at`` holding the LIVE's totals of
  every stored metric the file has, with the session's ``sample_interval_ms`` set to the LIVE's duration, so
  the sample spans the whole LIVE. The totals code sums samples (``SUM`` per column), so GMV, views, orders ...
  come out exactly; ratios (CTR, GPM, conversion ...) are ratios of those sums and per-hour figures use the
  LIVE's duration.
- ``current_viewers`` of that sample holds the **peak** (PCU; ACU only when there is no PCU), so "Peak viewers"
  is exact. One sample cannot also carry the mean: ACU is then not kept, and the result says so.
- average viewing duration becomes ``watch_seconds`` = duration × viewers (or × views for the per-view figure),
  from which the app derives it back.

A LIVE the cache already has from another source (same LIVE ID, or the same account starting within five
minutes) is left as it is and reported: its own data is better than a summary. Importing the same file again
changes nothing. Everything is written in one transaction: a bad cell stops the import with the file, row and
column named, and the cache is unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, Engine, func, select

from livedesk.models import schema as t
from livedesk.models.formatting import minor_exponent
from livedesk.models.metrics import STORED_KEYS
from livedesk.models.records import (
    AccountRecord,
    AccountRef,
    Batch,
    SampleBlock,
    SessionRecord,
    SessionRef,
    SessionStatus,
    Source,
)
from livedesk.models.seller_columns import TOTAL_ROW_LABELS, HeaderMatch, Role, ValueKind, match
from livedesk.models.store import Store
from livedesk.services.bundle import Cancelled, ImportCancelledError, ImportFileError, ImportResult, Progress

SOURCE = Source.SELLER_EXPORT.value
PLATFORM = "tiktok"
HEADER_SCAN_ROWS = 30
SAME_LIVE_WINDOW_MS = 5 * 60_000
SUFFIXES = (".xlsx", ".xlsm", ".csv")
_MAX_INTERVAL_MS = 2**31 - 1
_MAX_STORED = 2**63  # metric columns are 64-bit integers
SYNTHETIC_PREFIX = "sc-"  # external id of a LIVE whose row has no LIVE ID: "sc-<start UTC ms>"

# --- value parsing ----------------------------------------------------------------------------------------

MISSING = frozenset({"", "-", "--", "—", "–", "n/a", "na", "null", "none", "/"})
_MULTIPLIERS = {"k": 1e3, "rb": 1e3, "ribu": 1e3, "m": 1e6, "jt": 1e6, "juta": 1e6, "b": 1e9, "bn": 1e9,
                "miliar": 1e9}
_SYMBOLS = (("US$", "USD"), ("S$", "SGD"), ("RM", "MYR"), ("Rp", "IDR"), ("$", "USD"), ("€", "EUR"),
            ("£", "GBP"), ("₱", "PHP"), ("฿", "THB"), ("₫", "VND"), ("¥", "JPY"), ("₩", "KRW"))
_ISO = re.compile(r"^[A-Z]{3}$")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}([.,' ]\d{3})+$")


def is_missing(value: object) -> bool:
    """True for an empty cell or a dash: the export did not provide the value (stored as NULL)."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip().lower() in MISSING


def currency_of_symbol(text: str) -> str | None:
    """The ISO currency a money text or header unit names ("$205.33" → USD, "Rp" → IDR, "(USD)" → USD)."""
    stripped = text.strip()
    if _ISO.match(stripped.upper()) and stripped.isalpha():
        return stripped.upper()
    for symbol, code in _SYMBOLS:
        if stripped.startswith(symbol) or stripped.endswith(symbol) or stripped.lower() == symbol.lower():
            return code
    return None


def parse_number(value: object, *, decimal_comma: bool = False) -> float | None:
    """A number from a cell: "1,234.5", "1.234,5", "1.74K", "2,1jt", "(12)", "$205.33"; None when missing.

    A single separator followed by exactly three digits ("1.234", "1,234") is a thousands separator unless
    ``decimal_comma`` says the file writes decimals with a comma (then "1,234" is 1.234 and "1.234" is 1234).

    Raises:
        ValueError: not a number.
    """
    if is_missing(value):
        return None
    if isinstance(value, bool):
        raise ValueError(f"expected a number, found {value!r}")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text[:1] in "-−":
        negative, text = True, text[1:]
    for symbol, _ in _SYMBOLS:  # currency symbols and codes before or after the number
        if text.startswith(symbol):
            text = text[len(symbol):]
            break
    text = re.sub(r"^[A-Z]{3}", "", text)
    if text[:1] in "-−":
        negative, text = True, text[1:]
    m = re.match(r"^(?P<num>[\d.,']+)(?P<suffix>[A-Za-z%]*)$", text)
    if m is None:
        raise ValueError(f"expected a number, found {value!r}")
    num, suffix = m.group("num"), m.group("suffix").lower()
    scale = 1.0
    if suffix and suffix != "%":
        if suffix in _MULTIPLIERS:
            scale = _MULTIPLIERS[suffix]
        elif not _ISO.match(suffix.upper()):
            raise ValueError(f"expected a number, found {value!r}")
    num = num.replace("'", "")
    dots, commas = num.count("."), num.count(",")
    if dots and commas:
        decimal = "." if num.rfind(".") > num.rfind(",") else ","
        num = num.replace("," if decimal == "." else ".", "").replace(decimal, ".")
    elif dots + commas:
        sep = "." if dots else ","
        if dots + commas > 1:
            if not _GROUPED.match(num):
                raise ValueError(f"expected a number, found {value!r}")
            num = num.replace(sep, "")
        else:
            whole, frac = num.split(sep)
            grouping = len(frac) == 3 and scale == 1.0 and 1 <= len(whole) <= 3 and whole != "0"
            thousands = grouping and sep == ("." if decimal_comma else ",")
            num = whole + frac if thousands else f"{whole}.{frac}"
    if not _NUMBER.match(num):
        raise ValueError(f"expected a number, found {value!r}")
    out = float(num) * scale
    if suffix == "%":
        out /= 100.0
    return -out if negative else out


def parse_count(value: object, *, decimal_comma: bool = False) -> int | None:
    """A count: "1,234", "1.74K" → 1740, "2.1M" → 2100000; rounded to a whole number; None when missing."""
    number = parse_number(value, decimal_comma=decimal_comma)
    if number is None:
        return None
    if isinstance(value, str) and value.strip().endswith("%"):
        raise ValueError(f"expected a count, found a percentage {value!r}")
    return round(number)


def parse_money(value: object, currency: str, *, decimal_comma: bool = False) -> int | None:
    """Money in integer minor units of ``currency``: "$205.33" → 20533 (USD), "Rp1.234.567" → 1234567 (IDR)."""
    number = parse_number(value, decimal_comma=decimal_comma)
    if number is None:
        return None
    if isinstance(value, str) and value.strip().endswith("%"):
        raise ValueError(f"expected an amount of money, found a percentage {value!r}")
    return round(number * 10 ** minor_exponent(currency))


def parse_rate(value: object, *, decimal_comma: bool = False) -> float | None:
    """A rate as a fraction 0..1: "4.11%" → 0.0411, "0.0411" → 0.0411 (a bare number above 1 is a percentage)."""
    if isinstance(value, str) and value.strip().endswith("%"):
        return parse_number(value, decimal_comma=decimal_comma)
    number = parse_number(value, decimal_comma=decimal_comma)
    if number is None:
        return None
    return number / 100.0 if number > 1 else number


_DURATION_UNITS = {
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "j": 3600, "jam": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "mnt": 60, "menit": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "d": 1, "dtk": 1, "detik": 1,
}
_DURATION_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-z]+)")


def parse_duration(value: object, *, decimal_comma: bool = False) -> float | None:
    """Seconds from "1m28s", "1h2m3s", "1 jam 2 menit", "01:02:03" (h:m:s), "1:28" (m:s) or a number of seconds.

    Raises:
        ValueError: not a duration.
    """
    if is_missing(value):
        return None
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    if isinstance(value, bool):
        raise ValueError(f"expected a duration, found {value!r}")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().lower()
    if re.fullmatch(r"\d+(:\d{1,2}){1,2}", text):
        parts = [int(p) for p in text.split(":")]
        if len(parts) == 2:
            return float(parts[0] * 60 + parts[1])
        return float(parts[0] * 3600 + parts[1] * 60 + parts[2])
    if re.fullmatch(r"\d+([.,]\d+)?", text):
        number = parse_number(text, decimal_comma=decimal_comma)
        assert number is not None
        return number
    pos, total, seen = 0, 0.0, False
    compact = text.replace(" ", "")
    for m in _DURATION_PART.finditer(compact):
        unit = _DURATION_UNITS.get(m.group(2))
        if m.start() != pos or unit is None:
            raise ValueError(f"expected a duration such as 1h2m3s, found {value!r}")
        total += float(m.group(1).replace(",", ".")) * unit
        pos, seen = m.end(), True
    if not seen or pos != len(compact):
        raise ValueError(f"expected a duration such as 1h2m3s, found {value!r}")
    return total


_DATETIME = re.compile(
    r"^(?P<y>\d{4})[-/.](?P<mo>\d{1,2})[-/.](?P<d>\d{1,2})/?(?:[ T]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?"
    r"\s*(?:\(?(?:UTC|GMT)\s*(?P<tz>[+-]\d{1,2}(?::?\d{2})?)?\)?)?$", re.IGNORECASE)


def parse_datetime(value: object, tz: dt.tzinfo) -> int | None:
    """UTC epoch ms of a local date-time: "2026/11/02/ 20:15", "2026-11-02 20:15:00", a spreadsheet date.

    The time is read in ``tz`` (the shop's time zone) unless it carries its own offset ("... GMT+7").

    Raises:
        ValueError: not a date and time.
    """
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        when = value if value.tzinfo is not None else value.replace(tzinfo=tz)
        return round(when.timestamp() * 1000)
    if isinstance(value, dt.date):
        return round(dt.datetime(value.year, value.month, value.day, tzinfo=tz).timestamp() * 1000)
    m = _DATETIME.match(str(value).strip())
    if m is None or m.group("h") is None:
        raise ValueError(f"expected a date and time such as 2026-11-02 20:15, found {value!r}")
    zone = tz
    if m.group("tz"):
        sign = -1 if m.group("tz").startswith("-") else 1
        digits = m.group("tz")[1:].replace(":", "")
        hours, minutes = (int(digits[:-2] or 0), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
        zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    try:
        when = dt.datetime(int(m.group("y")), int(m.group("mo")), int(m.group("d")), int(m.group("h")),
                           int(m.group("mi")), int(m.group("s") or 0), tzinfo=zone)
    except ValueError as exc:
        raise ValueError(f"not a valid date and time: {value!r} ({exc})") from None
    return round(when.timestamp() * 1000)


# --- reading the file ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FoundColumn:
    """A recognised column of the file.

    Attributes:
        index: 0-based position in the row.
        header: the label as the file writes it.
        match: what the label was recognised as.
    """

    index: int
    header: str
    match: HeaderMatch

    @property
    def key(self) -> str:
        """The field's key in the alias table."""
        return self.match.column.key

    @property
    def letter(self) -> str:
        """The spreadsheet column letter (A, B, ... AA)."""
        n, out = self.index + 1, ""
        while n:
            n, r = divmod(n - 1, 26)
            out = chr(65 + r) + out
        return out

    def describe(self) -> str:
        """How an error names the column: its header and letter."""
        return f"{self.header!r} ({self.letter})"


@dataclass(frozen=True, slots=True)
class SellerFile:
    """A Seller Center export as read: where its header is and what its columns mean.

    Attributes:
        path: the file.
        header_row: 1-based row of the header.
        columns: the recognised columns (first one wins when a field appears twice).
        unknown: headers that match no alias (reported, ignored).
        rows: (1-based row number, cells) of every non-empty row after the header.
        language: the UI language the headers are in (``en``, ``id``).
        decimal_comma: whether numbers write decimals with a comma.
        currency: the currency a money header names ("Revenue (USD)"), if any.
        symbol_currency: the currency the money cells' symbol suggests ("$" → USD, "Rp" → IDR), if any.
        warnings: things to report (duplicate columns, unknown columns).
    """

    path: Path
    header_row: int
    columns: Mapping[str, FoundColumn]
    unknown: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]
    language: str
    decimal_comma: bool
    currency: str | None
    symbol_currency: str | None
    warnings: tuple[str, ...] = ()

    @property
    def has_account(self) -> bool:
        """True when rows name their account (a creator column): otherwise the user must choose one."""
        return "creator" in self.columns or "creator_id" in self.columns


def _csv_rows(path: Path) -> list[tuple[object, ...]]:
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [tuple(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise ImportFileError(path, f"not a readable CSV file ({exc})") from None


def _xlsx_rows(path: Path) -> Iterator[list[tuple[object, ...]]]:
    """The rows of every sheet, the first sheet first (read-only, values not formulas)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError) for a damaged file
        raise ImportFileError(path, f"not a readable Excel workbook ({exc.__class__.__name__}: {exc})") from None
    try:
        for ws in wb.worksheets:
            yield [tuple(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _header(rows: Sequence[tuple[object, ...]]) -> tuple[int, int]:
    """(index of the header row, number of recognised labels) among the first rows."""
    best, best_n = -1, 0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        n = len({m.column.key for m in (match(c) for c in row) if m is not None})
        if n > best_n:
            best, best_n = i, n
    return best, best_n


def read_seller_file(path: str | os.PathLike[str]) -> SellerFile:
    """Read a Seller Center export and find its header (the GUI can show the columns and ask for an account).

    Raises:
        ImportFileError: unreadable, or no LIVE list header (with a start time column) in the first rows.
    """
    src = Path(path)
    if not src.exists():
        raise ImportFileError(src, "no such file")
    suffix = src.suffix.lower()
    if suffix not in SUFFIXES or not src.is_file():
        raise ImportFileError(src, f"not a Seller Center export (expected {', '.join(SUFFIXES)})")
    sheets = [_csv_rows(src)] if suffix == ".csv" else list(_xlsx_rows(src))
    scored = [(_header(rows), rows) for rows in sheets]
    (index, n), rows = max(scored, key=lambda s: s[0][1]) if scored else ((-1, 0), [])
    if index < 0 or n < 2:
        raise ImportFileError(src, f"no Seller Center LIVE list header found in the first {HEADER_SCAN_ROWS} rows "
                                   "(expected labels such as 'Launched Time', 'Start time', 'Revenue', 'Views')")
    header = rows[index]
    columns: dict[str, FoundColumn] = {}
    unknown: list[str] = []
    warnings: list[str] = []
    languages: dict[str, int] = {}
    currency = None
    for i, cell in enumerate(header):
        if is_missing(cell):
            continue
        label = " ".join(str(cell).split())
        m = match(cell)
        if m is None:
            unknown.append(label)
            continue
        found = FoundColumn(i, label, m)
        if m.column.key in columns:
            warnings.append(f"{src.name}: column {found.describe()} repeats {columns[m.column.key].describe()}; "
                            "the first is used")
            continue
        columns[m.column.key] = found
        if len(m.languages) == 1:
            (lang,) = m.languages
            languages[lang] = languages.get(lang, 0) + 1
        if m.unit and m.column.kind is ValueKind.MONEY and currency is None:
            currency = currency_of_symbol(m.unit.upper() if len(m.unit) == 3 else m.unit)
    if "start" not in columns:
        raise ImportFileError(src, "the header has no start time column ('Launched Time', 'Start time' ...)",
                              row=index + 1)
    for label in unknown:
        warnings.append(f"{src.name}: unknown column {label!r} ignored")
    language = max(languages, key=lambda k: languages[k]) if languages else "en"
    body = tuple((index + 2 + j, r) for j, r in enumerate(rows[index + 1:]) if not all(is_missing(c) for c in r))
    return SellerFile(src, index + 1, MappingProxyType(columns), tuple(unknown), body, language,
                      language == "id", currency, _currency_from_cells(body, columns), tuple(warnings))


def _currency_from_cells(body: Sequence[tuple[int, tuple[object, ...]]],
                         columns: Mapping[str, FoundColumn]) -> str | None:
    money = [c.index for c in columns.values() if c.match.column.kind is ValueKind.MONEY]
    for _, row in body[:50]:
        for i in money:
            if i < len(row) and isinstance(row[i], str) and not is_missing(row[i]):
                code = currency_of_symbol(row[i])
                if code is not None:
                    return code
    return None


# --- building the LIVEs ---------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Live:
    row: int
    account: AccountRef
    start: int
    end: int | None
    duration_s: float | None
    title: str
    host: str
    external_id: str
    title_given: bool = True
    metrics: dict[str, int] = field(default_factory=dict)


def _resolve_account_arg(account: AccountRef | str | None) -> AccountRef | None:
    if account is None or isinstance(account, AccountRef):
        return account
    text = account.strip()
    if not text:
        return None
    if "/" in text:
        platform, handle = text.split("/", 1)
        return AccountRef(platform.strip() or PLATFORM, handle.strip())
    return AccountRef(PLATFORM, text)


def _find_account(conn: Connection, ref: AccountRef) -> tuple[AccountRef, Mapping[str, Any]] | None:
    """The cached account a handle names (with or without its leading @)."""
    a = t.account
    bare = ref.handle.lstrip("@")
    rows = conn.execute(select(a).where(a.c.platform == ref.platform,
                                        a.c.handle.in_([ref.handle, bare, "@" + bare]))).mappings().all()
    if not rows:
        return None
    row = next((r for r in rows if r["handle"] == ref.handle), rows[0])
    return AccountRef(row["platform"], row["handle"]), row


_REGIONS = {"USD": "US", "IDR": "ID", "GBP": "GB", "MYR": "MY", "PHP": "PH", "THB": "TH", "VND": "VN",
            "SGD": "SG", "JPY": "JP", "KRW": "KR", "MXN": "MX", "BRL": "BR", "SAR": "SA"}


class _Parser:
    """Turns the rows of a :class:`SellerFile` into LIVEs, reading each cell by its column's kind."""

    def __init__(self, sf: SellerFile, currency: str, tz_of: Callable[[AccountRef], dt.tzinfo]) -> None:
        self.sf, self.currency, self.tz_of = sf, currency, tz_of
        self.tz: dt.tzinfo = dt.UTC
        self.notes: set[str] = set()

    def account(self, rownum: int, row: Sequence[object], chosen: AccountRef | None) -> AccountRef:
        """The row's account: the chosen one, else the creator column's."""
        if chosen is not None:
            return chosen
        handle = self.cell(rownum, row, "creator") or self.cell(rownum, row, "creator_id")
        if handle is None:
            col = self.sf.columns.get("creator") or self.sf.columns.get("creator_id")
            raise ImportFileError(self.sf.path, "no account: the creator is empty and none was chosen",
                                  row=rownum, column=col.describe() if col else None)
        return AccountRef(PLATFORM, handle)

    def cell(self, rownum: int, row: Sequence[object], key: str) -> Any:
        col = self.sf.columns.get(key)
        if col is None or col.index >= len(row):
            return None
        value = row[col.index]
        kind = col.match.column.kind
        comma = self.sf.decimal_comma
        try:
            if kind is ValueKind.TEXT:
                if isinstance(value, float) and value.is_integer():
                    value = int(value)  # an id typed as a number in the spreadsheet
                return None if is_missing(value) else str(value).strip()
            if kind is ValueKind.DATETIME:
                return parse_datetime(value, self.tz)
            if kind is ValueKind.DURATION:
                return parse_duration(value, decimal_comma=comma)
            if kind is ValueKind.MONEY:
                return parse_money(value, self.currency, decimal_comma=comma)
            if kind is ValueKind.RATE:
                return parse_rate(value, decimal_comma=comma)
            return parse_count(value, decimal_comma=comma)
        except ValueError as exc:
            raise ImportFileError(self.sf.path, str(exc), row=rownum, column=col.describe()) from None

    def _checked(self, rownum: int, key: str, value: int | None) -> int | None:
        if value is not None and not -_MAX_STORED < value < _MAX_STORED:
            col = self.sf.columns[key]
            raise ImportFileError(self.sf.path, f"the value {value:,} is too large to store", row=rownum,
                                  column=col.describe())
        return value

    def live(self, rownum: int, row: Sequence[object], chosen: AccountRef | None) -> _Live | None:
        first = next((c for c in row if not is_missing(c)), None)
        if isinstance(first, str) and first.strip().casefold() in TOTAL_ROW_LABELS and "start" in self.sf.columns \
                and is_missing(row[self.sf.columns["start"].index] if self.sf.columns["start"].index < len(row)
                               else None):
            self.notes.add(f"{self.sf.path.name}: row {rownum} is a totals row; skipped")
            return None
        account = self.account(rownum, row, chosen)
        self.tz = self.tz_of(account)
        start = self.cell(rownum, row, "start")
        if start is None:
            col = self.sf.columns["start"]
            raise ImportFileError(self.sf.path, "the LIVE's start time is missing", row=rownum, column=col.describe())
        end = self.cell(rownum, row, "end")
        duration = self.cell(rownum, row, "duration")
        if end is None and duration is not None:
            end = start + round(duration * 1000)
        if duration is None and end is not None:
            duration = (end - start) / 1000
        if end is not None and end < start:
            col = self.sf.columns.get("end") or self.sf.columns["duration"]
            raise ImportFileError(self.sf.path, "the LIVE ends before it starts", row=rownum, column=col.describe())
        nickname = self.cell(rownum, row, "nickname")
        local = dt.datetime.fromtimestamp(start / 1000, self.tz)
        given = self.cell(rownum, row, "title")
        title = given or f"LIVE {local:%Y-%m-%d %H:%M}"
        external_id = self.cell(rownum, row, "live_id") or f"{SYNTHETIC_PREFIX}{start}"
        live = _Live(rownum, account, start, end, duration, title, nickname or account.handle, external_id,
                     given is not None)
        for key, col in self.sf.columns.items():
            if col.match.column.role is Role.METRIC:
                value = self._checked(rownum, key, self.cell(rownum, row, key))
                if value is not None:
                    live.metrics[key] = value
        self._specials(rownum, row, live)
        return live

    def _specials(self, rownum: int, row: Sequence[object], live: _Live) -> None:
        pcu, acu = self.cell(rownum, row, "pcu"), self.cell(rownum, row, "acu")
        if pcu is not None:
            live.metrics["current_viewers"] = pcu
            if acu is not None:
                self.notes.add(f"{self.sf.path.name}: ACU (average viewers) is not kept: a LIVE's summary holds "
                               "its peak (PCU), and the average of one value is that value")
        elif acu is not None:
            live.metrics["current_viewers"] = acu
            self.notes.add(f"{self.sf.path.name}: no PCU column: peak and average viewers both show ACU")
        per_viewer = self.cell(rownum, row, "avg_view_duration")
        per_view = self.cell(rownum, row, "avg_view_duration_per_view")
        if "watch_seconds" not in live.metrics:
            if per_viewer is not None and live.metrics.get("viewers") is not None:
                live.metrics["watch_seconds"] = round(per_viewer * live.metrics["viewers"])
            elif per_view is not None and live.metrics.get("views") is not None:
                live.metrics["watch_seconds"] = round(per_view * live.metrics["views"])
            elif per_viewer is not None or per_view is not None:
                self.notes.add(f"{self.sf.path.name}: the average viewing duration is not kept without a "
                               "viewers (or views) column")


def _tz(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (use a name such as Asia/Jakarta or UTC)") from None


def import_seller_center(store_or_engine: Store | Engine, path: str | os.PathLike[str],
                         progress: Progress | None = None, cancelled: Cancelled | None = None, *,
                         account: AccountRef | str | None = None, timezone: str | None = None,
                         currency: str | None = None, fallback_timezone: str = "UTC") -> ImportResult:
    """Import a Seller Center LIVE list export, all or nothing (see the module docstring for the storage).

    Args:
        store_or_engine: the cache.
        path: the .xlsx or .csv export.
        progress: called with (done, total, what) per LIVE.
        cancelled: polled between LIVEs; True rolls everything back (``ImportCancelledError``).
        account: the account the LIVEs belong to (``"@handle"``, ``"platform/handle"`` or an AccountRef); it
            wins over the file's creator column. Required when the file has no creator column.
        timezone: the time zone the file's times are in (IANA name). Default: the account's, else
            ``fallback_timezone`` (the GUI and CLI pass the computer's).
        currency: the currency of money columns when the file does not name it. Default: the header's unit,
            else the account's, else the money symbol ("$" → USD, "Rp" → IDR).

    Raises:
        ImportFileError: unreadable file, no header, or a bad cell (file, row and column named).
        ImportCancelledError: cancelled; the cache is unchanged.
        StoreError: the database refused the rows; the cache is unchanged.
    """
    store = store_or_engine if isinstance(store_or_engine, Store) else Store(store_or_engine)
    sf = read_seller_file(path)
    chosen = _resolve_account_arg(account)
    if chosen is None and not sf.has_account:
        raise ImportFileError(sf.path, "the file does not name the account (no 'Creator' column): choose the "
                                       "account the LIVEs belong to")
    with store.engine.connect() as conn:
        accounts: dict[AccountRef, tuple[AccountRef, Mapping[str, Any]] | None] = {}

        def known(ref: AccountRef) -> tuple[AccountRef, Mapping[str, Any]] | None:
            if ref not in accounts:
                accounts[ref] = _find_account(conn, ref)
            return accounts[ref]

        first = _first_account(sf, chosen)
        first_known = known(first) if first is not None else None
        first_row = first_known[1] if first_known is not None else None
        cur = (sf.currency or (currency.strip().upper() if currency else None)
               or (first_row["currency"] if first_row else None) or sf.symbol_currency)
        if cur is None:
            if any(c.match.column.kind is ValueKind.MONEY for c in sf.columns.values()):
                raise ImportFileError(sf.path, "cannot tell the currency of the money columns: choose one (e.g. USD)")
            cur = "USD"
        try:
            zones = {name: _tz(name) for name in {timezone or fallback_timezone}}
        except ValueError as exc:
            raise ImportFileError(sf.path, str(exc)) from None
        guessed: set[str] = set()

        def tz_of(ref: AccountRef) -> dt.tzinfo:
            found = known(ref)
            name = timezone or (found[1]["timezone"] if found is not None else None) or fallback_timezone
            if timezone is None and found is None:
                guessed.add(name)
            if name not in zones:
                try:
                    zones[name] = _tz(name)
                except ValueError:
                    zones[name] = dt.UTC
                    guessed.add("UTC")
            return zones[name]

        parser = _Parser(sf, cur, tz_of)
        lives = [live for rownum, row in sf.rows if (live := parser.live(rownum, row, chosen)) is not None]
    warnings = list(sf.warnings)
    warnings.extend(f"{sf.path.name}: times read in {name} (no time zone chosen, new account)"
                    for name in sorted(guessed))
    tz_name = timezone or fallback_timezone
    return _write(store, sf, lives, cur, tz_name, warnings + sorted(parser.notes), progress, cancelled)


def _first_account(sf: SellerFile, chosen: AccountRef | None) -> AccountRef | None:
    """The account of the first LIVE row (to default the currency from), without failing on a bad cell."""
    if chosen is not None:
        return chosen
    for key in ("creator", "creator_id"):
        col = sf.columns.get(key)
        if col is None:
            continue
        for _, row in sf.rows:
            if col.index < len(row) and not is_missing(row[col.index]):
                return AccountRef(PLATFORM, str(row[col.index]).strip())
    return None


def _write(store: Store, sf: SellerFile, lives: Sequence[_Live], currency: str, tz_name: str, warnings: list[str],
           progress: Progress | None, cancelled: Cancelled | None) -> ImportResult:
    session_ids: list[int] = []
    titles: list[str] = []
    counts = {"live_session": 0, "metric_sample": 0, "account": 0}
    new_accounts: set[AccountRef] = set()
    with store.transaction() as tx:
        conn = tx.connection
        accounts: dict[AccountRef, AccountRef] = {}
        for i, live in enumerate(lives):
            if cancelled is not None and cancelled():
                raise ImportCancelledError
            ref = accounts.get(live.account)
            records: list[AccountRecord] = []
            if ref is None:
                found = _find_account(conn, live.account)
                ref = found[0] if found is not None else live.account
                if found is None:
                    records.append(AccountRecord(ref, live.host if live.host != ref.handle else ref.handle.lstrip("@"),
                                                 _REGIONS.get(currency, ""), tz_name, currency, SOURCE))
                    new_accounts.add(ref)
                accounts[live.account] = ref
            sref, skip, old_title = _session_ref(conn, ref, live)
            title = live.title if live.title_given or old_title is None else old_title
            if skip is not None:
                warnings.append(f"{sf.path.name}: row {live.row}: {skip}")
                if records:
                    tx.write(Batch(SOURCE, accounts=tuple(records)))
                continue
            interval = min(_MAX_INTERVAL_MS, max(1000, round((live.duration_s or 60) * 1000)))
            session = SessionRecord(sref, title, live.host, live.start, live.end, SessionStatus.ENDED, currency,
                                    SOURCE, sample_interval_ms=interval)
            cols = tuple(k for k in STORED_KEYS if k in live.metrics)
            samples = (SampleBlock(sref, cols, ((live.start, *(live.metrics[k] for k in cols)),), SOURCE),) \
                if cols else ()
            result = tx.write(Batch(SOURCE, accounts=tuple(records), sessions=(session,), samples=samples,
                                    up_to_ts=live.start if cols else None))
            session_ids.extend(result.session_ids)
            titles.append(title)
            counts["live_session"] += 1
            counts["metric_sample"] += len(samples)
            if progress is not None:
                progress(i + 1, len(lives), live.title)
        if cancelled is not None and cancelled():
            raise ImportCancelledError
    counts["account"] = len(new_accounts)
    return ImportResult(SOURCE, str(sf.path), tuple(session_ids), MappingProxyType(counts), tuple(warnings),
                        None, tuple(titles))


def _session_ref(conn: Connection, account: AccountRef, live: _Live) -> tuple[SessionRef, str | None, str | None]:
    """The LIVE's natural key, why it is skipped (another source has it already) if it is, and its cached title."""
    s, a = t.live_session, t.account
    base = select(s.c.external_id, s.c.source, s.c.started_at, s.c.title).join(a, a.c.id == s.c.account_id).where(
        a.c.platform == account.platform, a.c.handle == account.handle)
    same = conn.execute(base.where(s.c.external_id == live.external_id)).first()
    if same is None:
        near = conn.execute(base.where(s.c.started_at.between(live.start - SAME_LIVE_WINDOW_MS,
                                                              live.start + SAME_LIVE_WINDOW_MS))
                            .order_by(func.abs(s.c.started_at - live.start))).first()
        # Two LIVEs with their own ids are different LIVEs however close; otherwise a near start is the same LIVE.
        if near is not None and (near.source != SOURCE or _synthetic(live.external_id)
                                 or _synthetic(near.external_id)):
            same = near
    if same is None:
        return SessionRef(account, live.external_id), None, None
    ref = SessionRef(account, same.external_id)
    if same.source != SOURCE:
        return ref, f"the LIVE {same.external_id} is already in the cache from {same.source}; kept as it is", None
    return ref, None, same.title


def _synthetic(external_id: str) -> bool:
    """True for the id given to a LIVE whose export row had no LIVE ID."""
    return external_id.startswith(SYNTHETIC_PREFIX)
