"""Troubleshooting hints on hand-made totals: each fires when its step of the funnel leaks, and stays quiet
otherwise."""

from __future__ import annotations

import pytest

from livedesk.models import overview_hints as oh
from livedesk.models.metrics import Totals
from livedesk.models.overview import ProductConversion

MARKET = {"tap_through_rate": 0.10, "live_ctr": 0.16, "ctor_sku": 0.10, "avg_view_duration": 75.0}


def totals(**sums: float) -> Totals:
    return Totals(dict(sums), {}, {}, {}, None)


# a healthy range: every rate at or above the market
HEALTHY = dict(impressions=100_000, views=11_000, viewers=8_000, product_clicks=1_900, sku_orders=210,
               watch_seconds=8_000 * 80, gmv=500_000)


def product(name: str, gmv: int, clicks: int = 100, orders: int = 10) -> ProductConversion:
    return ProductConversion(sum(map(ord, name)), name, name, "SKU", "USD", 1, clicks * 5, clicks, None, orders, orders,
                             orders, gmv)


def test_nothing_stands_out_on_healthy_totals() -> None:
    spread = [product("a", 400), product("b", 350), product("c", 250)]
    assert oh.compute_hints(totals(**HEALTHY), MARKET, None, spread) == ()


def test_low_tap_through_points_at_cover_and_title() -> None:
    t = totals(**{**HEALTHY, "views": 5_000})  # 5 % of 100,000 impressions against a 10 % market
    (hint,) = [h for h in oh.compute_hints(t, MARKET, None) if h.kind is oh.HintKind.COVER_AND_TITLE]
    assert hint.metric == "tap_through_rate" and hint.value == pytest.approx(0.05) and hint.reference == 0.10
    assert hint.reference_kind is oh.ReferenceKind.MARKET
    assert dict(hint.figures) == {"views": 5_000, "impressions": 100_000}
    text = oh.hint_text(hint, "USD")
    assert "5.00%" in text and "10.00%" in text and "100,000" in text and "5,000" in text
    assert "cover and title" in text
    # not enough impressions to mean anything, or close enough to the market: quiet
    assert oh.tap_through_hint(totals(impressions=500, views=10), MARKET, None) is None
    assert oh.tap_through_hint(totals(impressions=100_000, views=8_500), MARKET, None) is None


def test_own_average_is_the_reference_without_a_market() -> None:
    own = totals(impressions=50_000, views=6_000)  # 12 %
    hint = oh.tap_through_hint(totals(impressions=20_000, views=1_600), {}, own)  # 8 %
    assert hint is not None and hint.reference_kind is oh.ReferenceKind.OWN
    assert hint.reference == pytest.approx(0.12)
    assert "your average" in oh.hint_evidence(hint, "USD")
    assert oh.tap_through_hint(totals(impressions=20_000, views=1_600), {}, None) is None  # nothing to compare


def test_views_without_product_clicks_is_a_ctr_hint() -> None:
    hint = oh.product_click_hint(totals(**{**HEALTHY, "product_clicks": 550}), MARKET, None)  # 5 % LIVE CTR
    assert hint is not None and hint.kind is oh.HintKind.PRODUCT_CLICKS and hint.metric == "live_ctr"
    assert dict(hint.figures) == {"product_clicks": 550, "views": 11_000}
    assert "pin" in oh.hint_advice(hint).lower()
    assert oh.product_click_hint(totals(views=100, product_clicks=1), MARKET, None) is None  # too few views


def test_clicks_without_orders_is_a_ctor_hint() -> None:
    hint = oh.checkout_hint(totals(**{**HEALTHY, "sku_orders": 60}), MARKET, None)  # 3.2 % CTOR
    assert hint is not None and hint.kind is oh.HintKind.CHECKOUT
    assert hint.value == pytest.approx(60 / 1_900) and hint.gap == pytest.approx(1 - (60 / 1_900) / 0.10)
    assert "price" in oh.hint_advice(hint).lower()
    assert oh.checkout_hint(totals(product_clicks=30, sku_orders=0), MARKET, None) is None  # too few clicks


def test_short_viewing_points_at_the_content() -> None:
    hint = oh.content_hint(totals(viewers=2_000, watch_seconds=2_000 * 30), MARKET, None)  # 30 s vs 75 s
    assert hint is not None and hint.kind is oh.HintKind.CONTENT and hint.value == 30
    assert "Total watch time" in oh.hint_evidence(hint, "USD") and "30s" in oh.hint_evidence(hint, "USD")
    # without any average, a rule of thumb: under 30 s is short
    rule = oh.content_hint(totals(viewers=2_000, watch_seconds=2_000 * 20), {}, None)
    assert rule is not None and rule.reference_kind is oh.ReferenceKind.RULE
    assert oh.content_hint(totals(viewers=2_000, watch_seconds=2_000 * 45), {}, None) is None
    assert oh.content_hint(totals(viewers=2_000, watch_seconds=2_000 * 70), MARKET, None) is None
    assert oh.content_hint(totals(viewers=50, watch_seconds=50), MARKET, None) is None  # too few viewers


def test_gmv_concentrated_in_one_product() -> None:
    products = [product("Lip oil", 8_000), product("Serum", 1_000), product("Cream", 1_000)]
    hint = oh.concentration_hint(products)
    assert hint is not None and hint.product == "Lip oil" and hint.value == pytest.approx(0.8)
    text = oh.hint_evidence(hint, "USD")
    assert "Lip oil" in text and "80%" in text and "$80.00" in text and "$100.00" in text
    assert oh.concentration_hint(products[:2]) is None  # only two products shown
    assert oh.concentration_hint([product("a", 5_000), product("b", 3_000), product("c", 2_000)]) is None
    assert oh.concentration_hint([product("a", 0), product("b", 0), product("c", 0)]) is None


def test_hints_come_in_funnel_order() -> None:
    t = totals(impressions=100_000, views=4_000, viewers=3_000, product_clicks=100, sku_orders=2,
               watch_seconds=3_000 * 20)
    kinds = [h.kind for h in oh.compute_hints(t, MARKET, None, [product("x", 900), product("y", 50),
                                                                 product("z", 50)])]
    assert kinds == [oh.HintKind.COVER_AND_TITLE, oh.HintKind.CONTENT, oh.HintKind.PRODUCT_CLICKS,
                     oh.HintKind.CHECKOUT, oh.HintKind.CONCENTRATION]
    assert all(oh.hint_title(h) for h in oh.compute_hints(t, MARKET, None))
