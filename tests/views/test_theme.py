"""Themes: light, dark and the system's, applied at run time to everything on screen, charts included."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from livedesk import resources
from livedesk.app import build, context_of
from livedesk.views import theme
from livedesk.views.audience_profile import AudienceProfile
from livedesk.views.benchmark_popup import BenchmarkPopup
from livedesk.views.channel_chart import ChannelTrendChart
from livedesk.views.charts import TrendChart
from livedesk.views.main_window import MainWindow
from livedesk.views.overview_chart import OverviewChart
from livedesk.views.theme import DARK, LIGHT, THEMES, apply_theme, bind_style_sheet, colors, is_dark, theme_notifier

MIN_CONTRAST = 3.0


@pytest.fixture(autouse=True)
def restore_theme(qapp: QApplication) -> Iterator[None]:
    """Every test leaves the application as it found it (light, its style sheet and palette)."""
    sheet, palette = qapp.styleSheet(), QPalette(qapp.palette())
    yield
    apply_theme(qapp, "light")
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    QGuiApplication.styleHints().unsetColorScheme()


def luminance(c: QColor) -> float:
    """WCAG relative luminance."""
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1..21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def background(plot: pg.PlotWidget) -> QColor:
    return plot.backgroundBrush().color()


def charts(parent: QWidget) -> list[pg.PlotWidget]:
    return parent.findChildren(pg.PlotWidget)


def assert_chart_themed(plot: pg.PlotWidget, dark: bool) -> None:
    bg = background(plot)
    assert (luminance(bg) < 0.05) is dark, (plot.objectName(), bg.name())
    for entry in plot.getPlotItem().axes.values():
        axis = entry["item"]
        if not axis.isVisible() or axis.pen().style() == Qt.PenStyle.NoPen:
            continue
        if dark:  # tick labels readable on the background
            assert contrast(axis.textPen().color(), bg) >= MIN_CONTRAST, (plot.objectName(), axis.orientation)


def test_themes_and_colour_tables() -> None:
    assert THEMES == ("system", "light", "dark")
    assert not LIGHT.dark and DARK.dark
    # the light table is the app's historic look
    assert (LIGHT.background, LIGHT.card, LIGHT.muted, LIGHT.error) == ("#ffffff", "#ffffff", "#5b6270", "#b91c1c")
    for c in (LIGHT, DARK):
        for text in (c.foreground, c.heading, c.muted, c.hint, c.error, c.good, c.caution, c.note_text):
            assert contrast(QColor(text), QColor(c.card)) >= MIN_CONTRAST, (c.dark, text)
            assert contrast(QColor(text), QColor(c.window)) >= MIN_CONTRAST, (c.dark, text)
        assert contrast(QColor(c.warning_text), QColor(c.warning_background)) >= MIN_CONTRAST
        assert contrast(QColor(c.foreground), QColor(c.warning_background)) >= 4.5


def test_the_style_sheets_use_the_colour_tables() -> None:
    for name, c in (("light.qss", LIGHT), ("dark.qss", DARK)):
        qss = resources.read_text("themes", name)
        for color in (c.card, c.card_worst, c.card_border, c.foreground, c.heading, c.muted, c.hint, c.grid):
            assert color in qss, (name, color)


def test_light_is_qts_fusion_palette_and_the_light_style_sheet(qapp: QApplication) -> None:
    apply_theme(qapp, "light")
    assert not is_dark() and colors() is LIGHT
    sheet = qapp.styleSheet()
    qapp.setStyleSheet("")  # with a style sheet, style() is Qt's style sheet proxy
    assert qapp.style().name().lower() == "fusion"
    qapp.setStyleSheet(sheet)
    fusion = QStyleFactory.create("Fusion").standardPalette()
    ours = qapp.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role in QPalette.ColorRole:
            if role is not QPalette.ColorRole.NColorRoles:
                assert ours.color(group, role).rgba() == fusion.color(group, role).rgba(), (group, role)
    assert "#ffffff" in qapp.styleSheet() and "#111827" in qapp.styleSheet()


def test_dark_palette_style_sheet_and_notification(qtbot: QtBot, qapp: QApplication) -> None:
    with qtbot.waitSignal(theme_notifier().changed, timeout=2000):
        apply_theme(qapp, "dark")
    assert is_dark() and colors() is DARK and theme.current_theme() == "dark"
    pal = qapp.palette()
    assert luminance(pal.color(QPalette.ColorRole.Window)) < 0.05
    assert luminance(pal.color(QPalette.ColorRole.Base)) < 0.05
    for text, back in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                       (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                       (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                       (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
                       (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert contrast(pal.color(text), pal.color(back)) >= 4.5, text
    assert DARK.card in qapp.styleSheet() and "background: #ffffff" not in qapp.styleSheet()
    with qtbot.waitSignal(theme_notifier().changed, timeout=2000):
        apply_theme(qapp, "light")
    assert not is_dark() and luminance(qapp.palette().color(QPalette.ColorRole.Window)) > 0.8


def test_an_unknown_theme_follows_the_system(qapp: QApplication) -> None:
    apply_theme(qapp, "sepia")
    assert theme.current_theme() == "system"


def test_charts_built_before_a_switch_follow_it(qtbot: QtBot, qapp: QApplication) -> None:
    widgets: list[QWidget] = [TrendChart(), ChannelTrendChart(), OverviewChart(), AudienceProfile(), BenchmarkPopup()]
    for w in widgets:
        qtbot.addWidget(w)
    plots = [p for w in widgets for p in charts(w)]
    assert len(plots) == len(widgets)
    for p in plots:
        assert background(p).name() == "#ffffff"  # light until a theme is applied
    apply_theme(qapp, "dark")
    for p in plots:
        assert_chart_themed(p, dark=True)
    trend = widgets[0]
    assert isinstance(trend, TrendChart)
    assert contrast(trend._legend.opts["labelTextColor"], background(trend.plot_widget())) >= MIN_CONTRAST
    assert contrast(trend._position.pen.color(), background(trend.plot_widget())) >= MIN_CONTRAST
    apply_theme(qapp, "light")
    for p in plots:
        assert_chart_themed(p, dark=False)
        assert background(p).name() == "#ffffff"
    # a chart made while dark starts dark
    apply_theme(qapp, "dark")
    late = TrendChart()
    qtbot.addWidget(late)
    assert_chart_themed(late.plot_widget(), dark=True)


def test_inline_style_sheets_follow_the_theme(qtbot: QtBot, qapp: QApplication) -> None:
    label = QLabel("problem")
    qtbot.addWidget(label)
    bind_style_sheet(label, lambda c: f"color: {c.error};")
    assert LIGHT.error in label.styleSheet()
    apply_theme(qapp, "dark")
    assert DARK.error in label.styleSheet()
    bind_style_sheet(label, lambda c: f"color: {c.good};")  # binding again replaces the style
    assert DARK.good in label.styleSheet()
    apply_theme(qapp, "light")
    assert label.styleSheet() == f"color: {LIGHT.good};"
    assert len(label.findChildren(theme._StyleHook)) == 1


def test_system_follows_the_os_colour_scheme(qtbot: QtBot, qapp: QApplication) -> None:
    apply_theme(qapp, "system")
    assert is_dark() == (QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    chart = TrendChart()
    qtbot.addWidget(chart)
    with qtbot.waitSignal(theme_notifier().changed, timeout=2000):
        theme.on_color_scheme_changed(Qt.ColorScheme.Dark)  # what QStyleHints.colorSchemeChanged calls
    assert is_dark() and luminance(qapp.palette().color(QPalette.ColorRole.Window)) < 0.05
    assert_chart_themed(chart.plot_widget(), dark=True)
    theme.on_color_scheme_changed(Qt.ColorScheme.Light)
    assert not is_dark()
    assert_chart_themed(chart.plot_widget(), dark=False)
    # a fixed choice ignores the OS
    apply_theme(qapp, "light")
    theme.on_color_scheme_changed(Qt.ColorScheme.Dark)
    assert not is_dark()
    apply_theme(qapp, "dark")
    theme.on_color_scheme_changed(Qt.ColorScheme.Light)
    assert is_dark()


# --- the whole window -------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = build(["--demo"])
    qtbot.addWidget(win)
    win.resize(1440, 1800)  # the key metrics page without scrolling, most of it
    win.show()
    yield win
    context_of(win).shutdown()


def _pixels(win: QWidget) -> np.ndarray:
    img = win.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    buf = np.frombuffer(img.constBits(), dtype=np.uint32, count=img.height() * img.bytesPerLine() // 4)
    return buf.reshape(img.height(), img.bytesPerLine() // 4)[:, : img.width()].copy()  # img owns the bits


def unreadable_labels(win: QWidget) -> list[str]:
    """Visible labels whose text colour (after style sheets) has a contrast below 3 with what is drawn behind
    them (the most common colour of their area in a grab of the window)."""
    pixels = _pixels(win)
    bad = []
    for label in win.findChildren(QLabel):
        if not label.isVisible() or not label.isEnabled() or not label.text().strip() or label.pixmap().width():
            continue
        label.ensurePolished()
        area = label.visibleRegion().boundingRect()
        if area.isEmpty():
            continue
        top_left = label.mapTo(win, area.topLeft())
        crop = pixels[max(top_left.y(), 0): top_left.y() + area.height(), max(top_left.x(), 0): top_left.x()
                      + area.width()]
        if not crop.size:
            continue
        values, counts = np.unique(crop, return_counts=True)
        back = QColor.fromRgb(int(values[int(np.argmax(counts))]))
        text = label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())
        ratio = contrast(text, back)
        if ratio < MIN_CONTRAST:
            bad.append(f"{label.objectName() or label.text()[:30]!r}: {text.name()} on {back.name()} ({ratio:.1f})")
    return bad


def _wait_then_check(qtbot: QtBot, win: MainWindow, tab: QWidget, ready: Callable[[], bool]) -> list[str]:
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(ready, timeout=10_000)
    qtbot.waitUntil(lambda: tab.isVisible(), timeout=2000)
    return unreadable_labels(win)


def test_the_main_window_is_readable_in_dark_and_back_in_light(qtbot: QtBot, qapp: QApplication,
                                                                window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.snapshot() is not None, timeout=20_000)
    qtbot.waitUntil(lambda: window.key_metrics.cards.cards()[0].value_text().startswith("$"), timeout=10_000)
    plots = charts(window)
    assert len(plots) >= 5
    for p in plots:
        assert background(p).name() == "#ffffff"
    with qtbot.waitSignal(theme_notifier().changed, timeout=2000):
        apply_theme(qapp, "dark")
    for p in plots:  # built before the switch, every one follows it
        assert_chart_themed(p, dark=True)
    bad = _wait_then_check(qtbot, window, window.key_metrics,
                           lambda: window.key_metrics.cards.cards()[0].value_text().startswith("$"))
    bad += _wait_then_check(qtbot, window, window.trends, lambda: window.trends.chart.curve_data(0)[0].size > 0)
    bad += _wait_then_check(qtbot, window, window.traffic, lambda: window.traffic.model.rowCount() >= 6)
    bad += _wait_then_check(qtbot, window, window.content_quality, lambda: True)
    bad += _wait_then_check(qtbot, window, window.overview, lambda: window.overview.model.rowCount() >= 1)
    assert not bad, bad
    apply_theme(qapp, "light")
    for p in plots:
        assert background(p).name() == "#ffffff"
    assert luminance(window.palette().color(QPalette.ColorRole.Window)) > 0.8
