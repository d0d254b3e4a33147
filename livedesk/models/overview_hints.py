"""Troubleshooting hints computed from a range's totals: where the funnel leaks, and what to look at.

The funnel of the LIVE Traffic Playbook is Reach (LIVE impressions) → Engagement (views, watch time) →
Conversion (product clicks → orders → GMV). Each rule compares one step's rate with a reference — the market
average of the account's market when known, else the account's own average over the 30 days before the range —
and fires only when the step has enough volume to mean something and falls clearly below the reference. A hint
states the figures it is based on. When nothing stands out, there is no hint.

Pure functions over :class:`~livedesk.models.metrics.Totals` and product rows, so they are tested with hand-made
numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from livedesk.models import formatting as fmt
from livedesk.models import metrics as mx
from livedesk.models.overview import ProductConversion

CONTEXT = "OverviewHints"

BELOW = 0.8  # a rate below 80 % of its reference stands out
MIN_IMPRESSIONS = 1_000
MIN_VIEWS = 200
MIN_CLICKS = 50
MIN_VIEWERS = 100
SHORT_VIEW_S = 30.0  # without a reference, an average viewing time under 30 s is short
CONCENTRATION = 0.6  # one product making 60 % of the products' GMV
MIN_PRODUCTS = 3  # ... when at least this many products were shown


class HintKind(StrEnum):
    """What a hint is about (stable keys, e.g. for tests and settings)."""

    COVER_AND_TITLE = "cover_and_title"  # impressions high, views low: tap-through rate
    PRODUCT_CLICKS = "product_clicks"  # views high, product clicks low: LIVE CTR
    CHECKOUT = "checkout"  # clicks high, orders low: CTOR
    CONTENT = "content"  # short average viewing duration
    CONCENTRATION = "concentration"  # GMV concentrated in one product


class ReferenceKind(StrEnum):
    """What a rate was compared with."""

    MARKET = "market"
    OWN = "own"
    RULE = "rule"  # a fixed rule of thumb (no average known)


@dataclass(frozen=True, slots=True)
class Hint:
    """One finding.

    Attributes:
        kind: what it is about.
        metric: the catalogue metric compared ("" for concentration).
        value: the range's value of that metric (a share 0..1 for concentration).
        reference: what it was compared with.
        reference_kind: market average, own average or rule of thumb.
        figures: the totals it is based on, metric key → value (money in minor units).
        product: the product concerned (concentration only).
        gap: how far below the reference, 0..1 (used to order hints, worst first).
    """

    kind: HintKind
    metric: str
    value: float
    reference: float
    reference_kind: ReferenceKind
    figures: tuple[tuple[str, float], ...]
    product: str = ""
    gap: float = 0.0


def reference(key: str, market: Mapping[str, float], own: mx.Totals | None) -> tuple[float, ReferenceKind] | None:
    """The market average of a metric, else the own average (ratio of the own sums), else None."""
    m = market.get(key)
    if m is not None and m > 0:
        return m, ReferenceKind.MARKET
    if own is not None:
        v = mx.value(mx.metric(key), own)
        if v is not None and v > 0:
            return v, ReferenceKind.OWN
    return None


def _sum(totals: mx.Totals, key: str) -> float:
    return totals.sums.get(key) or 0.0


def _rate_hint(kind: HintKind, key: str, volume_key: str, minimum: float, totals: mx.Totals,
               market: Mapping[str, float], own: mx.Totals | None) -> Hint | None:
    """A hint when ``key`` (a ratio) is well below its reference and its denominator has enough volume."""
    m = mx.metric(key)
    if _sum(totals, volume_key) < minimum:
        return None
    value = mx.value(m, totals)
    ref = reference(key, market, own)
    if value is None or ref is None or value >= BELOW * ref[0]:
        return None
    figures = tuple((c, _sum(totals, c)) for c in mx.sources_of(m))
    return Hint(kind, key, value, ref[0], ref[1], figures, gap=1 - value / ref[0])


def tap_through_hint(totals: mx.Totals, market: Mapping[str, float], own: mx.Totals | None) -> Hint | None:
    """Many LIVE impressions, few views: the LIVE cover and title do not make people tap in."""
    return _rate_hint(HintKind.COVER_AND_TITLE, "tap_through_rate", "impressions", MIN_IMPRESSIONS, totals, market,
                      own)


def product_click_hint(totals: mx.Totals, market: Mapping[str, float], own: mx.Totals | None) -> Hint | None:
    """Many views, few product clicks (LIVE CTR): products are not shown or pinned enough."""
    return _rate_hint(HintKind.PRODUCT_CLICKS, "live_ctr", "views", MIN_VIEWS, totals, market, own)


def checkout_hint(totals: mx.Totals, market: Mapping[str, float], own: mx.Totals | None) -> Hint | None:
    """Many product clicks, few orders (CTOR): price, offer or product page do not convince."""
    return _rate_hint(HintKind.CHECKOUT, "ctor_sku", "product_clicks", MIN_CLICKS, totals, market, own)


def content_hint(totals: mx.Totals, market: Mapping[str, float], own: mx.Totals | None) -> Hint | None:
    """Viewers leave quickly: a short average viewing duration against the reference (or under 30 s)."""
    if _sum(totals, "viewers") < MIN_VIEWERS:
        return None
    value = mx.value(mx.metric("avg_view_duration"), totals)
    if value is None:
        return None
    ref = reference("avg_view_duration", market, own) or (SHORT_VIEW_S, ReferenceKind.RULE)
    limit = ref[0] if ref[1] is ReferenceKind.RULE else BELOW * ref[0]
    if value >= limit:
        return None
    figures = (("watch_seconds", _sum(totals, "watch_seconds")), ("viewers", _sum(totals, "viewers")))
    return Hint(HintKind.CONTENT, "avg_view_duration", value, ref[0], ref[1], figures, gap=1 - value / ref[0])


def concentration_hint(products: Sequence[ProductConversion]) -> Hint | None:
    """One product makes most of the products' GMV although several were shown."""
    shown = [p for p in products if (p.impressions or 0) > 0 or (p.clicks or 0) > 0 or (p.gmv or 0) > 0]
    total = sum(p.gmv or 0 for p in shown)
    if len(shown) < MIN_PRODUCTS or total <= 0:
        return None
    top = max(shown, key=lambda p: p.gmv or 0)
    share = (top.gmv or 0) / total
    if share < CONCENTRATION:
        return None
    return Hint(HintKind.CONCENTRATION, "", share, CONCENTRATION, ReferenceKind.RULE,
                (("gmv", float(top.gmv or 0)), ("products_gmv", float(total)), ("products", float(len(shown)))),
                top.name, gap=share - CONCENTRATION)


def compute_hints(totals: mx.Totals, market: Mapping[str, float], own: mx.Totals | None,
                  products: Sequence[ProductConversion] = ()) -> tuple[Hint, ...]:
    """Every hint that fires for a range, in funnel order (reach → engagement → conversion → products)."""
    found = (tap_through_hint(totals, market, own), content_hint(totals, market, own),
             product_click_hint(totals, market, own), checkout_hint(totals, market, own),
             concentration_hint(products))
    return tuple(h for h in found if h is not None)


# --- texts ----------------------------------------------------------------------------------------------------

TITLES: dict[HintKind, str] = {
    HintKind.COVER_AND_TITLE: QT_TRANSLATE_NOOP("OverviewHints", "Seen in feeds, but few tap in"),
    HintKind.PRODUCT_CLICKS: QT_TRANSLATE_NOOP("OverviewHints", "Viewers watch, but rarely open products"),
    HintKind.CHECKOUT: QT_TRANSLATE_NOOP("OverviewHints", "Products are clicked, but rarely bought"),
    HintKind.CONTENT: QT_TRANSLATE_NOOP("OverviewHints", "Viewers leave quickly"),
    HintKind.CONCENTRATION: QT_TRANSLATE_NOOP("OverviewHints", "Sales depend on one product"),
}

ADVICE: dict[HintKind, str] = {
    HintKind.COVER_AND_TITLE: QT_TRANSLATE_NOOP(
        "OverviewHints", "Look at your LIVE cover and title: show the product and the offer, use a clear face "
        "and a short promise. Going live when your followers are active also helps."),
    HintKind.PRODUCT_CLICKS: QT_TRANSLATE_NOOP(
        "OverviewHints", "Pin the product you are talking about, hold it up to the camera, say the price and "
        "invite viewers to tap the basket."),
    HintKind.CHECKOUT: QT_TRANSLATE_NOOP(
        "OverviewHints", "Check price, vouchers, shipping cost, stock and the product page (photos, reviews). "
        "A time-limited offer can tip undecided buyers."),
    HintKind.CONTENT: QT_TRANSLATE_NOOP(
        "OverviewHints", "Work on the content: open with a hook, demonstrate instead of listing, answer "
        "comments by name and keep a rhythm of small moments (giveaways, reveals)."),
    HintKind.CONCENTRATION: QT_TRANSLATE_NOOP(
        "OverviewHints", "Your GMV relies on one product. Feature other products next to it (bundles, "
        "cross-selling) so one stock-out or price change does not stop sales."),
}

_REFS: dict[ReferenceKind, str] = {
    ReferenceKind.MARKET: QT_TRANSLATE_NOOP("OverviewHints", "the market average"),
    ReferenceKind.OWN: QT_TRANSLATE_NOOP("OverviewHints", "your average of the 30 days before"),
    ReferenceKind.RULE: QT_TRANSLATE_NOOP("OverviewHints", "a usual minimum"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _figure(key: str, value: float, currency: str) -> str:
    if key in ("products_gmv", "gmv"):
        return fmt.money(value, currency)
    if key == "watch_seconds":
        return fmt.duration(value)
    return fmt.count(value)


def hint_title(h: Hint) -> str:
    """A hint's title in the UI language."""
    return _tr(TITLES[h.kind])


def hint_evidence(h: Hint, currency: str) -> str:
    """The figures a hint is based on, as one sentence."""
    fig = dict(h.figures)
    if h.kind is HintKind.CONCENTRATION:
        return QCoreApplication.translate(
            "OverviewHints", "“{product}” made {share} of the products' GMV ({gmv} of {total}, {n} products shown)."
        ).format(product=h.product, share=fmt.percent(h.value, decimals=0), gmv=_figure("gmv", fig["gmv"], currency),
                 total=_figure("gmv", fig["products_gmv"], currency), n=fmt.count(fig["products"]))
    m = mx.metric(h.metric)
    value = fmt.metric_value(m, h.value, currency)
    ref = fmt.metric_value(m, h.reference, currency)
    parts = ", ".join(f"{mx.label(mx.metric(k))}: {_figure(k, v, currency)}" for k, v in h.figures)
    return QCoreApplication.translate("OverviewHints", "{metric} is {value} against {reference_kind} of {reference} "
                                      "({figures}).").format(metric=mx.label(m), value=value,
                                                             reference_kind=_tr(_REFS[h.reference_kind]),
                                                             reference=ref, figures=parts)


def hint_advice(h: Hint) -> str:
    """What to look at, in the UI language."""
    return _tr(ADVICE[h.kind])


def hint_text(h: Hint, currency: str) -> str:
    """Title, figures and advice as plain text (export, tooltips)."""
    return f"{hint_title(h)}: {hint_evidence(h, currency)} {hint_advice(h)}"
