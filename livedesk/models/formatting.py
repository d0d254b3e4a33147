"""Turning stored values into text: money in minor units, fractions as %, seconds as durations.

Missing values are shown as an em dash; callers add a tooltip saying why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from livedesk.models.metrics import Metric, Unit

MISSING = "—"

# ISO 4217 minor-unit exponents that are not 2
_EXPONENT = {"JPY": 0, "KRW": 0, "VND": 0, "IDR": 0, "CLP": 0, "HUF": 2, "KWD": 3, "BHD": 3}


def minor_exponent(currency: str) -> int:
    """Digits after the decimal point of a currency's minor unit."""
    return _EXPONENT.get(currency.upper(), 2)


def money(value_minor: float | None, currency: str, locale: QLocale | None = None, *,
          compact: bool = False) -> str:
    """Money from minor units, e.g. 20533 USD → "$205.33"."""
    if value_minor is None:
        return MISSING
    loc = locale or QLocale()
    major = value_minor / 10 ** minor_exponent(currency)
    symbol = _symbol(currency, loc)
    if compact and abs(major) >= 10_000:
        div, suffix = _compact_step(major, loc) or (1000.0, "K")
        return loc.toCurrencyString(major / div, symbol, 1) + suffix
    return loc.toCurrencyString(major, symbol, minor_exponent(currency))


# Compact figures group by thousands (K, M, B) in most languages; Chinese groups by ten thousands (万, 亿).
_STEPS = ((1e9, "B"), (1e6, "M"), (1e3, "K"))
_STEPS_ZH = ((1e8, "亿"), (1e4, "万"))


def _compact_step(value: float, loc: QLocale) -> tuple[float, str] | None:
    """The divisor and suffix that shorten ``value`` in the locale's way (None: too small to shorten)."""
    steps = _STEPS_ZH if loc.language() == QLocale.Language.Chinese else _STEPS
    return next(((div, suffix) for div, suffix in steps if abs(value) >= div), None)


def _locale_currency(loc: QLocale) -> str:
    return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)


_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "IDR": "Rp", "VND": "₫", "THB": "฿", "MYR": "RM",
            "PHP": "₱", "SGD": "S$", "MXN": "MX$", "BRL": "R$"}


def _symbol(currency: str, loc: QLocale) -> str:
    if currency == _locale_currency(loc):
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return _SYMBOLS.get(currency.upper(), currency.upper() + " ")


def count(value: float | None, locale: QLocale | None = None, *, compact: bool = False) -> str:
    """A count with grouping, e.g. 12345 → "12,345" (or "12.3K" when compact; "1.2万" in Chinese)."""
    if value is None:
        return MISSING
    loc = locale or QLocale()
    step = _compact_step(value, loc) if compact else None
    if step is not None:
        return loc.toString(value / step[0], "f", 1) + step[1]
    return loc.toString(round(value))


def percent(fraction: float | None, locale: QLocale | None = None, decimals: int = 2) -> str:
    """A fraction as a percentage, e.g. 0.0411 → "4.11%"."""
    if fraction is None:
        return MISSING
    loc = locale or QLocale()
    return loc.toString(fraction * 100.0, "f", decimals) + "%"


def duration(seconds: float | None) -> str:
    """Seconds as "1h 02m", "1m28s" or "42s" (in the UI language's units, e.g. "1分28秒")."""
    if seconds is None:
        return MISSING
    s = round(seconds)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    if h:
        return QCoreApplication.translate("Format", "{h}h {m}m", "a duration of hours and minutes").format(
            h=h, m=f"{m:02d}")
    if m:
        return QCoreApplication.translate("Format", "{m}m{s}s", "a duration of minutes and seconds").format(
            m=m, s=f"{sec:02d}")
    return QCoreApplication.translate("Format", "{s}s", "a duration of seconds").format(s=sec)


def clock(offset_ms: float) -> str:
    """A LIVE clock offset as H:MM:SS."""
    s = max(int(offset_ms // 1000), 0)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}"


def metric_value(m: Metric, value: float | None, currency: str, locale: QLocale | None = None, *,
                 compact: bool = False) -> str:
    """A metric's value in its unit."""
    if value is None:
        return MISSING
    if m.unit is Unit.MONEY:
        return money(value, currency, locale, compact=compact)
    if m.unit is Unit.RATE:
        return percent(value, locale)
    if m.unit is Unit.SECONDS:
        return duration(value)
    if m.unit is Unit.FACTOR:
        return (locale or QLocale()).toString(value, "f", 2) + "×"
    return count(value, locale, compact=compact)
