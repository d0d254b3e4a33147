"""Figures in the UI language's way: durations in its units, compact figures by its grouping (万 in Chinese)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from livedesk import paths
from livedesk.models import formatting as fmt
from livedesk.services.translator import Translator
from livedesk.settings import Settings

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
ZH = QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def test_compact_figures_group_by_thousands_and_in_chinese_by_ten_thousands() -> None:
    assert fmt.count(12_345, EN, compact=True) == "12.3K"
    assert fmt.count(3_400_000, EN, compact=True) == "3.4M"
    assert fmt.count(999, EN, compact=True) == "999"
    assert fmt.money(14_600_000, "USD", EN, compact=True) == "$146.0K"
    assert fmt.count(12_345, ZH, compact=True) == "1.2万"
    assert fmt.count(3_400_000, ZH, compact=True) == "340.0万"
    assert fmt.count(250_000_000, ZH, compact=True) == "2.5亿"
    assert fmt.count(9_999, ZH, compact=True) == "9,999"
    assert fmt.money(14_600_000, "USD", ZH, compact=True) == "$14.6万"


def test_durations_are_in_the_ui_languages_units(tmp_path: Path) -> None:
    assert (fmt.duration(42), fmt.duration(88), fmt.duration(3_725)) == ("42s", "1m28s", "1h 02m")
    translator = Translator(Settings(), paths.translation_dirs(), tmp_path / "qm")
    try:
        assert translator.switch("zh_CN", persist=False)
        assert (fmt.duration(42), fmt.duration(88), fmt.duration(3_725)) == ("42秒", "1分28秒", "1小时02分")
        assert translator.switch("es", persist=False)
        assert fmt.duration(88) == "1 min 28 s"
    finally:
        translator.uninstall()
    assert fmt.duration(88) == "1m28s"
