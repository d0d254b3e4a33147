"""The stream-health strip: newest sample, colours by threshold, the empty state, retranslation."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from livedesk.models import health as hl
from livedesk.models.health import Level, StreamHealth
from livedesk.views.health_strip import LEVEL_COLORS, HealthStrip
from tests.factories import T0

GOOD = StreamHealth(T0, 4500.0, 2, 1000, 0, 0.02, 20.0, True, False, "obs")
WARN = StreamHealth(T0 + 2000, 1500.0, 20, 1000, 3, 0.25, 70.0, True, False, "obs")
BAD = StreamHealth(T0 + 4000, 600.0, 80, 1000, 9, 0.8, 95.0, True, False, "obs")
EMPTY_TEXT = "Stream health comes from OBS (Settings → Sources → OBS)"


@pytest.fixture
def strip(qtbot: QtBot) -> HealthStrip:
    widget = HealthStrip()
    qtbot.addWidget(widget)
    return widget


def _label(strip: HealthStrip, name: str) -> QLabel:
    label = strip.findChild(QLabel, name)
    assert label is not None
    return label


def test_without_data_it_says_where_health_comes_from(strip: HealthStrip) -> None:
    assert strip.objectName() == "streamHealth"
    assert strip.text() == EMPTY_TEXT
    assert strip.levels() == {}
    assert not _label(strip, "streamHealthEmpty").isHidden()
    assert _label(strip, "streamHealthBitrate").isHidden()


def test_newest_sample_is_shown_in_green(strip: HealthStrip) -> None:
    strip.set_samples((BAD, GOOD))  # time order: GOOD is the newest here
    assert strip.latest() == GOOD
    assert strip.text().splitlines() == ["Bitrate 4,500 kbps", "Dropped frames 0.2%", "Congestion 2%",
                                         "OBS CPU 20.0%"]
    assert strip.levels() == dict.fromkeys(("bitrate", "dropped", "congestion", "cpu"), Level.GOOD)
    assert LEVEL_COLORS[Level.GOOD] in _label(strip, "streamHealthBitrate").styleSheet()
    assert _label(strip, "streamHealthEmpty").isHidden()


def test_amber_and_red(strip: HealthStrip) -> None:
    strip.set_samples((WARN,))
    assert strip.levels() == dict.fromkeys(("bitrate", "dropped", "congestion", "cpu"), Level.WARN)
    assert strip.text().splitlines()[1] == "Dropped frames 2.0%"
    strip.set_samples((WARN, BAD))
    assert strip.levels() == dict.fromkeys(("bitrate", "dropped", "congestion", "cpu"), Level.BAD)
    assert LEVEL_COLORS[Level.BAD] in _label(strip, "streamHealthCpu").styleSheet()
    assert _label(strip, "streamHealthCpu").property("level") == "bad"


def test_reconnecting_and_missing_figures(strip: HealthStrip) -> None:
    strip.set_samples((dataclasses.replace(GOOD, reconnecting=True, active=False),))
    assert strip.text().splitlines()[0] == "Bitrate: reconnecting…"
    assert strip.levels()["bitrate"] is Level.BAD
    strip.set_samples((StreamHealth(T0, None, None, None, None, None, 12.0, False, False, "obs"),))
    assert strip.text().splitlines()[:3] == ["Bitrate —", "Dropped frames —", "Congestion —"]
    assert strip.levels() == {"bitrate": Level.UNKNOWN, "dropped": Level.UNKNOWN, "congestion": Level.UNKNOWN,
                              "cpu": Level.GOOD}
    strip.set_samples(())
    assert strip.text() == EMPTY_TEXT


def test_tooltips_name_the_thresholds(strip: HealthStrip) -> None:
    assert "2,500 kbps" in _label(strip, "streamHealthBitrate").toolTip()
    assert "1%" in _label(strip, "streamHealthDropped").toolTip()
    assert "85%" in _label(strip, "streamHealthCpu").toolTip()


def test_language_change_retranslates(strip: HealthStrip, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    original = strip.retranslate_ui
    monkeypatch.setattr(strip, "retranslate_ui", lambda: (calls.append(True), original()))
    QCoreApplication.sendEvent(strip, QEvent(QEvent.Type.LanguageChange))
    assert calls == [True]
    assert strip.text() == EMPTY_TEXT


@pytest.mark.parametrize(("value", "level"), [(2500.0, Level.GOOD), (2499.9, Level.WARN), (1000.0, Level.WARN),
                                              (999.0, Level.BAD), (None, Level.UNKNOWN)])
def test_bitrate_thresholds(value: float | None, level: Level) -> None:
    assert hl.bitrate_level(value) is level


@pytest.mark.parametrize(("fn", "warn", "bad"), [(hl.dropped_level, 0.01, 0.05), (hl.congestion_level, 0.10, 0.50),
                                                 (hl.cpu_level, 60.0, 85.0)])
def test_rising_thresholds(fn, warn: float, bad: float) -> None:  # type: ignore[no-untyped-def]
    assert fn(warn * 0.99) is Level.GOOD
    assert fn(warn) is Level.WARN
    assert fn(bad) is Level.BAD
    assert fn(None) is Level.UNKNOWN
