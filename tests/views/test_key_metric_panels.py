"""The Key metrics share panels on demo data: traffic-source shares, follower split, audience profile."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from livedesk.models import repository as repo
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import SessionStatus
from livedesk.models.repository import SessionSnapshot
from livedesk.models.shares import FollowerMetric, Measure, ShareColumn, bucket_label
from livedesk.models.store import Store
from livedesk.services.demo import DemoConnector
from livedesk.views.audience_profile import AudienceProfile
from livedesk.views.follower_panel import FollowerPanel
from livedesk.views.traffic_shares import TrafficShares
from tests.factories import T0, base_batch, rich_batch

DEMO_NOW = 1_767_225_600.0  # a fixed clock: the demo LIVE has been running for 25 minutes by then


@pytest.fixture(scope="module")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SessionSnapshot]:
    """The running demo LIVE, written through the store and read back as the screens read it."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    upgrade(engine)
    store, demo = Store(engine), DemoConnector(seed=7, clock=lambda: DEMO_NOW, history_days=0)
    store.write(demo.poll())
    with engine.connect() as conn:
        live = next(s for s in repo.list_sessions(conn) if s.status is SessionStatus.LIVE)
        snap = repo.load_snapshot(conn, live.id)
    engine.dispose()
    assert snap.channels and snap.followers and snap.audience  # the demo fills every panel
    yield snap


@pytest.fixture
def bare_snapshot(store: Store) -> SessionSnapshot:
    """A LIVE with samples and channels but no audience and no follower split."""
    store.write(base_batch(status=SessionStatus.ENDED, ended_at=T0 + 600_000))
    store.write(rich_batch())
    with store.engine.connect() as conn:
        return repo.load_snapshot(conn, 1)


def _painted(qtbot: QtBot, widget: TrafficShares | FollowerPanel | AudienceProfile,
             snap: SessionSnapshot) -> None:
    qtbot.addWidget(widget)
    widget.resize(380, 270)
    widget.show()
    widget.on_snapshot(snap)
    widget.on_frame()


def _percent(text: str) -> Decimal:
    match = re.fullmatch(r"(\d+\.\d)%", text)
    assert match, f"not a one-decimal percentage: {text!r}"
    return Decimal(match.group(1))


# --- traffic-source shares --------------------------------------------------------------------------

def test_traffic_share_columns_add_up_to_100(qtbot: QtBot, demo_snapshot: SessionSnapshot) -> None:
    panel = TrafficShares()
    _painted(qtbot, panel, demo_snapshot)
    model = panel.model
    n = len(demo_snapshot.channels)
    assert model.rowCount() == n + 1
    assert not panel.is_empty()
    for col in (ShareColumn.GMV, ShareColumn.IMPRESSIONS, ShareColumn.VIEWS):
        shown = [_percent(model.index(r, col).data()) for r in range(n)]
        assert sum(shown) == Decimal("100.0")
        assert model.index(n, col).data() == "100.0%"
    gmv = [_percent(model.index(r, ShareColumn.GMV).data()) for r in range(n)]
    assert gmv == sorted(gmv, reverse=True)
    header = panel.table.horizontalHeader()  # the share columns fit their figures and headers ("100.0%")
    for col in (ShareColumn.GMV, ShareColumn.IMPRESSIONS, ShareColumn.VIEWS):
        assert header.sectionSize(col) >= max(panel.table.sizeHintForColumn(col), header.sectionSizeHint(col))


def test_traffic_share_tooltips_carry_exact_shares(qtbot: QtBot, demo_snapshot: SessionSnapshot) -> None:
    panel = TrafficShares()
    _painted(qtbot, panel, demo_snapshot)
    model = panel.model
    total_views = sum(c.views or 0 for c in demo_snapshot.channels)
    by_name = {c.channel_raw: c for c in demo_snapshot.channels}
    for r in range(len(demo_snapshot.channels)):
        stat = by_name[model.index(r, ShareColumn.CHANNEL).data()]
        tip = model.index(r, ShareColumn.VIEWS).data(Qt.ItemDataRole.ToolTipRole)
        exact = f"{stat.views / total_views * 100:.3f}%"
        assert exact in tip and f"{stat.views:,}" in tip and f"{total_views:,}" in tip
        assert model.rows()[r].exact[Measure.VIEWS] == pytest.approx(stat.views / total_views * 100)


def test_missing_channel_value_is_a_dash_with_a_reason(qtbot: QtBot, bare_snapshot: SessionSnapshot) -> None:
    panel = TrafficShares()
    _painted(qtbot, panel, bare_snapshot)
    model = panel.model
    ads = next(r for r in range(model.rowCount()) if model.index(r, ShareColumn.CHANNEL).data() == "LIVE ads")
    assert model.index(ads, ShareColumn.GMV).data() == "—"
    assert model.index(ads, ShareColumn.GMV).data(Qt.ItemDataRole.ToolTipRole) == "Not provided by this source"
    assert ads == model.rowCount() - 2  # no GMV: sorted last, before the total


def test_traffic_empty_state_without_channels(qtbot: QtBot, store: Store) -> None:
    store.write(base_batch())
    with store.engine.connect() as conn:
        snap = repo.load_snapshot(conn, 1)
    panel = TrafficShares()
    _painted(qtbot, panel, snap)
    assert panel.is_empty() and panel.model.rowCount() == 0
    assert panel.empty_text().startswith("No traffic-source data for this LIVE.")


# --- followers ----------------------------------------------------------------------------------------

def test_follower_panel_shows_the_demo_split(qtbot: QtBot, demo_snapshot: SessionSnapshot) -> None:
    panel = FollowerPanel()
    _painted(qtbot, panel, demo_snapshot)
    fol = next(s for s in demo_snapshot.followers if s.segment == "follower")
    non = next(s for s in demo_snapshot.followers if s.segment == "non_follower")
    assert not panel.is_empty()
    for metric, a, b in ((FollowerMetric.SKU_ORDERS, fol.sku_orders, non.sku_orders),
                         (FollowerMetric.VIEWERS, fol.viewers, non.viewers),
                         (FollowerMetric.CUSTOMERS, fol.customers, non.customers)):
        fv, fs, nv, ns = panel.texts(metric)
        assert (fv, nv) == (f"{a:,}", f"{b:,}")
        assert _percent(fs) + _percent(ns) == Decimal("100.0")
        assert float(_percent(fs)) == pytest.approx(a / (a + b) * 100, abs=0.05)
        assert panel.bar(metric).shares() == (float(_percent(fs)), float(_percent(ns)))
    fv, fs, nv, ns = panel.texts(FollowerMetric.GMV)
    assert (fv, nv) == (f"${fol.gmv / 100:,.2f}", f"${non.gmv / 100:,.2f}")
    assert _percent(fs) + _percent(ns) == Decimal("100.0")
    fv, fs, nv, ns = panel.texts(FollowerMetric.AVG_PRICE)
    assert fol.avg_price is not None and non.avg_price is not None
    assert (fv, nv) == (f"${fol.avg_price / 100:,.2f}", f"${non.avg_price / 100:,.2f}")
    assert (fs, ns) == ("", "")  # an average has no share
    assert panel.bar(FollowerMetric.AVG_PRICE).isHidden()


def test_follower_empty_state(qtbot: QtBot, bare_snapshot: SessionSnapshot) -> None:
    panel = FollowerPanel()
    _painted(qtbot, panel, bare_snapshot)
    assert panel.is_empty() and panel.rows() == ()
    assert panel.empty_text().startswith("No follower data for this LIVE.")


# --- audience profile ---------------------------------------------------------------------------------

def _expected(snap: SessionSnapshot, audience: str, dimension: str) -> dict[str, float]:
    return {a.bucket: a.share for a in snap.audience if a.audience == audience and a.dimension == dimension}


def test_carousel_cycles_wraps_and_dots_follow(qtbot: QtBot, demo_snapshot: SessionSnapshot) -> None:
    panel = AudienceProfile()
    _painted(qtbot, panel, demo_snapshot)
    assert panel.page_count() == 4  # gender, region, country, age
    titles = []
    for i in range(panel.page_count()):
        assert panel.current_page() == i and panel.dots().current() == i
        titles.append(panel.page_title())
        qtbot.mouseClick(panel.findChild(QToolButton, "carouselNext"), Qt.MouseButton.LeftButton)
    assert titles == ["Gender", "Region", "Country", "Age"]
    assert panel.current_page() == 0  # wrapped
    qtbot.mouseClick(panel.findChild(QToolButton, "carouselPrev"), Qt.MouseButton.LeftButton)
    assert panel.current_page() == 3 and panel.page_title() == "Age" and panel.dots().current() == 3
    dots = panel.dots()
    qtbot.mouseClick(dots, Qt.MouseButton.LeftButton, pos=dots.dot_center(1))
    assert panel.current_page() == 1 and panel.page_title() == "Region"
    region = dict(panel.current_shares())
    assert len(region) == 9 and "Other" in region  # top 8 + the rest
    assert sum(region.values()) == pytest.approx(sum(_expected(demo_snapshot, "viewer", "region").values()))


def test_keys_change_the_page(qtbot: QtBot, demo_snapshot: SessionSnapshot) -> None:
    panel = AudienceProfile()
    _painted(qtbot, panel, demo_snapshot)
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert panel.current_page() == 2
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert panel.current_page() == 1
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert panel.current_page() == 3 and panel.dots().current() == 3


def test_customer_toggle_shows_customer_shares(qtbot: QtBot, demo_snapshot: SessionSnapshot) -> None:
    panel = AudienceProfile()
    _painted(qtbot, panel, demo_snapshot)
    assert dict(panel.current_shares()) == _expected(demo_snapshot, "viewer", "gender")
    panel.set_page(3)
    qtbot.mouseClick(panel.findChild(QPushButton, "customerProfileButton"),
                     Qt.MouseButton.LeftButton)
    assert panel.audience() == "customer"
    assert panel.page_title() == "Age"  # the page stays on the same dimension
    assert dict(panel.current_shares()) == _expected(demo_snapshot, "customer", "age")
    assert [b for b, _ in panel.current_shares()] == ["18-24", "25-34", "35-44", "45-54", "55+"]
    panel.set_page(0)
    assert dict(panel.current_shares()) == _expected(demo_snapshot, "customer", "gender")
    assert dict(panel.current_shares()) != _expected(demo_snapshot, "viewer", "gender")


def test_long_place_names_fit_on_the_first_paint(qtbot: QtBot, demo_snapshot: SessionSnapshot) -> None:
    import pyqtgraph as pg
    from PySide6.QtGui import QImage, QPainter

    panel = AudienceProfile()
    _painted(qtbot, panel, demo_snapshot)
    QApplication.processEvents()
    panel.set_audience("customer")
    panel.set_page(1)  # region: the left axis is shown for the first time
    assert panel.page_title() == "Region"
    item = panel.findChild(pg.PlotWidget, "audiencePlot").getPlotItem()
    item.layout.activate()  # the layout pass before the next paint, and no paint in between
    axis = item.getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _, _, texts = axis.generateDrawSpecs(painter)  # pyqtgraph leaves out the labels that do not fit
    painter.end()
    assert sorted(t[2] for t in texts) == sorted(bucket_label(b) for b, _ in panel.current_shares())


def test_audience_empty_state(qtbot: QtBot, bare_snapshot: SessionSnapshot) -> None:
    panel = AudienceProfile()
    _painted(qtbot, panel, bare_snapshot)
    assert panel.is_empty() and panel.page_count() == 0 and panel.current_shares() == ()
    assert panel.empty_text().startswith("No audience profile for this LIVE.")
    qtbot.keyClick(panel, Qt.Key.Key_Right)  # nothing to page through, and no error
    assert panel.current_page() == 0


# --- all panels ---------------------------------------------------------------------------------------

def _painted_items(panel: TrafficShares | FollowerPanel | AudienceProfile) -> int:
    if isinstance(panel, TrafficShares):
        return panel.model.rowCount()
    if isinstance(panel, FollowerPanel):
        return len(panel.rows())
    return panel.page_count()


@pytest.mark.parametrize("cls", [TrafficShares, FollowerPanel, AudienceProfile])
def test_hidden_panels_do_not_paint(qtbot: QtBot, demo_snapshot: SessionSnapshot,
                                    cls: type[TrafficShares | FollowerPanel | AudienceProfile]) -> None:
    panel = cls()
    qtbot.addWidget(panel)
    panel.on_snapshot(demo_snapshot)
    panel.on_frame()  # never shown: nothing painted
    assert _painted_items(panel) == 0
    assert not panel.is_empty()  # and no "no data" message before the data was even looked at
    panel.show()
    panel.on_frame()  # the pending snapshot is painted once visible
    assert _painted_items(panel) > 0 and not panel.is_empty()


def test_an_unchanged_snapshot_does_not_repaint(qtbot: QtBot, demo_snapshot: SessionSnapshot) -> None:
    panel = TrafficShares()
    _painted(qtbot, panel, demo_snapshot)
    with qtbot.assertNotEmitted(panel.model.dataChanged), qtbot.assertNotEmitted(panel.model.modelReset):
        panel.on_snapshot(demo_snapshot)
        panel.on_frame()


@pytest.mark.parametrize("cls", [TrafficShares, FollowerPanel, AudienceProfile])
def test_panels_have_headings_and_retranslate(qtbot: QtBot,
                                              cls: type[TrafficShares | FollowerPanel | AudienceProfile]) -> None:
    panel = cls()
    qtbot.addWidget(panel)
    heading = panel.findChild(QLabel, "sectionHeading")
    assert heading is not None and heading.text()
    heading.setText("")
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert heading.text()


def test_panels_render_on_demo_data(qtbot: QtBot, demo_snapshot: SessionSnapshot, tmp_path: Path) -> None:
    for cls in (TrafficShares, FollowerPanel, AudienceProfile):
        panel = cls()
        _painted(qtbot, panel, demo_snapshot)
        assert panel.minimumSizeHint().width() <= 380
        image = panel.grab().toImage()
        assert not image.isNull() and image.width() == 380
        path = tmp_path / f"{panel.objectName()}.png"
        assert image.save(str(path))
        colors = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colors) > 10, f"{panel.objectName()} looks blank"
