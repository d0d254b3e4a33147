"""Traffic-source rows, the breakdown table model and its total-last proxy, the insight, and the video ranking."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from pytestqt.qtbot import QtBot

from livedesk.models.records import Channel
from livedesk.models.repository import ChannelStat, VideoTraffic
from livedesk.models.table_model import RECORD_ROLE
from livedesk.models.traffic import (
    CHANNEL_COLORS,
    MAX_TICKS,
    ChannelInsight,
    ChannelTableModel,
    Col,
    InsightRate,
    TotalLastProxyModel,
    breakdown_rows,
    channel_color,
    channel_rows,
    default_ticks,
    total_row,
    underused_channel,
)
from livedesk.models.video_traffic import RankKey, VideoCol, VideoTrafficModel, posted_text, ranked_videos


def stat(name: str, impressions: int | None, views: int | None, clicks: int | None = None,
         orders: int | None = None, gmv: int | None = None, *, paid: bool = False,
         channel: Channel = Channel.OTHER) -> ChannelStat:
    return ChannelStat(name, channel, paid, impressions, views, clicks, orders, gmv)


# Four channels; LIVE ads reports no clicks, orders or GMV (the source does not give them for paid traffic).
CHANNELS = (
    stat("For You feed", 6000, 700, 90, 9, 90_000, channel=Channel.FOR_YOU),
    stat("Search", 3000, 250, 40, 6, 60_000, channel=Channel.SEARCH),
    stat("LIVE ads", 1000, 50, None, None, None, paid=True, channel=Channel.PAID),
    stat("Profile", 333, 100, 10, 1, 7_001, channel=Channel.PROFILE),
)


def _pct(text: str) -> Decimal:
    match = re.fullmatch(r"(\d+\.\d)%", text)
    assert match, f"not a one-decimal percentage: {text!r}"
    return Decimal(match.group(1))


# --- rows and the total ------------------------------------------------------------------------------------

def test_total_row_sums_counts_and_takes_rates_as_ratios_of_sums() -> None:
    total = total_row(CHANNELS, "USD")
    assert total.is_total
    s = total.stat
    assert (s.impressions, s.views, s.product_clicks, s.sku_orders, s.gmv) == (10_333, 1100, 140, 16, 157_001)
    assert (total.impressions_share, total.views_share, total.gmv_share) == (1.0, 1.0, 1.0)
    assert total.shown_shares == (100.0, 100.0, 100.0)
    assert total.tap_through == pytest.approx(1100 / 10_333)
    # LIVE ads gives no clicks: its 50 views stay out of the CTR's denominator, as its orders would
    assert total.ctr == pytest.approx(140 / (700 + 250 + 100))
    assert total.ctor == pytest.approx(16 / 140)
    assert total.order_rate == pytest.approx(16 / 1050)
    assert total.watch_gpm == pytest.approx(157_001 / 1050 * 1000)
    # not the mean of the channels' rates
    mean_err = sum(c.tap_through_rate or 0 for c in CHANNELS) / len(CHANNELS)
    assert total.tap_through != pytest.approx(mean_err)


def test_channel_rows_carry_exact_and_rounded_shares_that_add_up() -> None:
    rows = channel_rows(CHANNELS, "USD")
    assert [r.stat.channel_raw for r in rows] == [c.channel_raw for c in CHANNELS]
    assert sum(r.impressions_share or 0 for r in rows) == pytest.approx(1.0)
    for i in range(3):
        shown = [r.shown_shares[i] for r in rows if r.shown_shares[i] is not None]
        assert sum(Decimal(str(v)) for v in shown) == Decimal(100)
    # 6000/10333 = 58.066..%, 3000/10333 = 29.033..%, 1000/10333 = 9.677..%, 333/10333 = 3.222..%:
    # rounded alone they add up to 99.9 %; the largest remainder (9.677 → 9.7) takes the missing 0.1
    assert [r.shown_shares[0] for r in rows] == [58.1, 29.0, 9.7, 3.2]
    ads = rows[2]
    assert ads.gmv_share is None and ads.shown_shares[2] is None and ads.ctr is None
    assert rows[0].order_rate == pytest.approx(9 / 700)
    assert rows[0].totals == (10_333, 1100, 157_001)


def test_breakdown_rows_end_with_the_total_and_are_empty_without_channels() -> None:
    rows = breakdown_rows(CHANNELS, "USD")
    assert [r.is_total for r in rows] == [False] * 4 + [True]
    assert breakdown_rows((), "USD") == ()


def test_default_ticks_are_the_top_three_by_impressions() -> None:
    assert default_ticks(CHANNELS) == ("For You feed", "Search", "LIVE ads")
    assert default_ticks(CHANNELS[:2]) == ("For You feed", "Search")
    assert default_ticks(()) == ()


def test_channel_colours_are_stable_and_distinct() -> None:
    assert len(set(CHANNEL_COLORS.values())) == len(CHANNEL_COLORS)
    assert channel_color("Search", Channel.SEARCH) == CHANNEL_COLORS[Channel.SEARCH]
    assert channel_color("Partner app") == channel_color("Partner app")  # same name, same colour, every run
    assert channel_color("Partner app") not in CHANNEL_COLORS.values()


# --- the table model -----------------------------------------------------------------------------------------

@pytest.fixture
def model() -> ChannelTableModel:
    m = ChannelTableModel()
    m.set_channels(CHANNELS, "USD")
    return m


def test_model_and_proxy_pass_the_model_tester(qtmodeltester, model: ChannelTableModel) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    proxy = TotalLastProxyModel()
    proxy.setSourceModel(model)
    for column in range(model.columnCount()):
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_total_row_stays_last_whatever_the_sort(model: ChannelTableModel, order: Qt.SortOrder) -> None:
    proxy = TotalLastProxyModel()
    proxy.setSourceModel(model)
    last = proxy.rowCount() - 1
    for column in Col:
        proxy.sort(column, order)
        assert proxy.index(last, 0).data(RECORD_ROLE).is_total, column.name
        assert proxy.index(last, Col.CHANNEL).data() == "Total"
    proxy.sort(Col.VIEWS, order)
    names = [proxy.index(r, 0).data() for r in range(last)]
    by_views = ["LIVE ads", "Profile", "Search", "For You feed"]
    assert names == (by_views if order == Qt.SortOrder.AscendingOrder else by_views[::-1])


def test_total_row_shows_100_percent_and_ratios_of_sums(model: ChannelTableModel) -> None:
    total = model.rowCount() - 1
    texts = {c: model.index(total, c).data() for c in Col}
    assert texts[Col.CHANNEL] == "Total"
    assert texts[Col.IMPRESSIONS_PCT] == texts[Col.VIEWS_PCT] == texts[Col.GMV_PCT] == "100.0%"
    assert texts[Col.IMPRESSIONS] == "10,333"
    assert texts[Col.GMV] == "$1,570.01"
    assert texts[Col.TAP_THROUGH] == "10.65%"  # 1,100 / 10,333
    assert texts[Col.CTOR] == "11.43%"  # 16 / 140
    assert model.index(total, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(total, 0).data(Qt.ItemDataRole.CheckStateRole) is None  # not a channel: no tick
    for c in (Col.IMPRESSIONS_PCT, Col.VIEWS_PCT, Col.GMV_PCT):
        column = [model.index(r, c).data() for r in range(total)]
        assert sum(_pct(t) for t in column if t != "—") == Decimal(100), c.name


def test_share_tooltips_give_the_exact_share_and_the_absolute_values(model: ChannelTableModel) -> None:
    tip = model.index(3, Col.IMPRESSIONS_PCT).data(Qt.ItemDataRole.ToolTipRole)
    assert "333 of 10,333" in tip and "3.223%" in tip
    assert model.index(2, Col.GMV_PCT).data(Qt.ItemDataRole.ToolTipRole) == "Not provided by this source"


def test_ticks_are_capped_and_a_refused_tick_is_reported(qtbot: QtBot) -> None:
    channels = tuple(stat(f"Channel {i}", 1000 - i, 100) for i in range(7))
    model = ChannelTableModel()
    model.set_channels(channels, "USD")
    proxy = TotalLastProxyModel()
    proxy.setSourceModel(model)
    for row in range(MAX_TICKS):
        with qtbot.waitSignal(model.ticks_changed):
            assert proxy.setData(proxy.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.ticks() == tuple(f"Channel {i}" for i in range(MAX_TICKS))
    with qtbot.waitSignal(model.tick_refused, check_params_cb=lambda name: name == "Channel 5"), \
            qtbot.assertNotEmitted(model.ticks_changed):
        assert not proxy.setData(proxy.index(5, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(5, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.toggle(0)  # untick one …
    assert model.toggle(5)  # … and the sixth fits
    assert model.ticks() == ("Channel 1", "Channel 2", "Channel 3", "Channel 4", "Channel 5")
    assert not model.toggle(model.rowCount() - 1)  # the total row has no tick
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(model.rowCount() - 1, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    model.set_ticks([f"Channel {i}" for i in range(7)])
    assert len(model.ticks()) == MAX_TICKS


# --- the insight (hand-computed) ---------------------------------------------------------------------------

def test_insight_names_the_small_channel_that_taps_through_best() -> None:
    stats = (
        stat("A", 10_000, 1000, 200, 10),
        stat("B", 6000, 600, 100, 5),
        stat("C", 3000, 240, 50, 2),
        stat("D", 1000, 250, 60, 6),
    )
    # shares .50/.30/.15/.05, median .225 → C and D are candidates.
    # LIVE: ERR 2090/20000 = .1045, CTOR 23/410 = .0561, order rate 23/2090 = .0110.
    # C is below average on every rate; D: ERR .25 (2.39×), CTOR .10 (1.78×), order rate .024 (2.18×).
    found = underused_channel(stats)
    assert found == ChannelInsight("D", InsightRate.TAP_THROUGH, 0.25, pytest.approx(0.1045),  # type: ignore[arg-type]
                                   pytest.approx(0.25 / 0.1045), 0.05, pytest.approx(0.225))  # type: ignore[arg-type]


def test_insight_can_pick_conversion_and_ignores_big_channels() -> None:
    stats = (
        stat("Feed", 10_000, 1000, 100, 2),  # converts best of all but is the biggest: not under-used
        stat("Live", 8000, 800, 100, 1),
        stat("Shop", 1000, 100, 25, 3),  # ERR = average; CTOR 3/25 = .12
        stat("Mall", 1000, 100, 5, 0),
    )
    # LIVE: ERR 2000/20000 = .10, CTOR 6/230 = .02609, order rate 6/2000 = .003; median share .225
    # Shop: ERR 1.0×, CTOR .12/.02609 = 4.6×, order rate (3/100 but only 100 views ≥ 100) .03/.003 = 10×
    found = underused_channel(stats)
    assert found is not None
    assert (found.channel, found.rate_kind) == ("Shop", InsightRate.ORDER_RATE)
    assert found.ratio == pytest.approx(10.0)
    assert found.impressions_share == pytest.approx(0.05)


def test_insight_ignores_rates_on_too_few_events() -> None:
    stats = (
        stat("A", 10_000, 1000, 200, 10),
        stat("B", 6000, 600, 100, 5),
        stat("Tiny", 150, 90, 10, 5),  # great rates, but on 150 impressions, 10 clicks, 90 views
    )
    assert underused_channel(stats) is None


def test_no_insight_when_no_channel_qualifies() -> None:
    same = tuple(stat(n, imp, imp // 10, imp // 50, imp // 500) for n, imp in
                 (("A", 10_000), ("B", 5000), ("C", 2500), ("D", 1000)))
    assert underused_channel(same) is None  # every channel has the LIVE's rates
    assert underused_channel(same[:1]) is None  # one channel: nothing to compare
    assert underused_channel(()) is None
    assert underused_channel((stat("A", 0, 0), stat("B", 0, 0))) is None
    slightly = (*same[:3], stat("D", 1000, 110, 20, 2))  # ERR 1.1× the LIVE's: under the 1.2× bar
    assert underused_channel(slightly) is None
    assert underused_channel(slightly, min_ratio=1.05) is not None


# --- video traffic ---------------------------------------------------------------------------------------------

VIDEOS = (
    VideoTraffic("v1", "Glass skin in 60 seconds", 1_766_800_000_000, 5000, 400, 10_000),
    VideoTraffic("v2", "POV: your serum finally works", 1_766_900_000_000, 3000, 900, 50_000),
    VideoTraffic("v3", "Lip oil swatches", None, 8000, 300, None),
)


@pytest.mark.parametrize(("key", "order"), [(RankKey.IMPRESSIONS, ["v3", "v1", "v2"]),
                                            (RankKey.VIEWS, ["v2", "v1", "v3"]),
                                            (RankKey.GMV, ["v2", "v1", "v3"])])
def test_videos_rank_by_each_key(key: RankKey, order: list[str]) -> None:
    rows = ranked_videos(VIDEOS, key, "USD")
    assert [r.video.video_external_id for r in rows] == order
    expected_ranks = [1, 2, None] if key is RankKey.GMV else [1, 2, 3]  # no GMV given: not ranked on it
    assert [r.rank for r in rows] == expected_ranks


def test_video_model_contract_ranking_and_dates(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = VideoTrafficModel()
    model.set_videos(VIDEOS, "USD")
    qtmodeltester.check(model)
    assert [model.index(r, VideoCol.RANK).data() for r in range(3)] == ["1", "2", "3"]
    assert model.index(0, VideoCol.TITLE).data() == "Lip oil swatches"
    model.set_rank_key(RankKey.GMV)
    assert model.rank_key() is RankKey.GMV
    assert [model.index(r, VideoCol.TITLE).data() for r in range(3)] == [
        "POV: your serum finally works", "Glass skin in 60 seconds", "Lip oil swatches"]
    assert model.index(2, VideoCol.RANK).data() == "—"
    assert model.index(0, VideoCol.GMV).data() == "$500.00"
    posted = model.index(0, VideoCol.POSTED).data()
    assert posted == QLocale().toString(QDateTime.fromMSecsSinceEpoch(1_766_900_000_000).date(),
                                        QLocale.FormatType.ShortFormat)
    assert model.index(2, VideoCol.POSTED).data() == "—"
    qtmodeltester.check(model)


def test_posted_dates_follow_the_locale() -> None:
    ms = QDateTime(QDate(2025, 12, 27), QTime(12, 0), QTimeZone.systemTimeZone()).toMSecsSinceEpoch()
    assert posted_text(ms, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "12/27/25"
    assert posted_text(ms, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "27.12.25"
