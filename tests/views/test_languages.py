"""Every language, switched at run time: each tab and dialog is walked and no English is left behind.

The same screens are walked in English first. In a translation, a visible text that reads exactly as in
English is a leftover, unless it is an agreed abbreviation or a name (``AGREED``) or data (product names,
titles, comments, time-zone names: table cells and list items that are not texts of the code).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from livedesk.app import build, context_of
from livedesk.models.appeals import all_violations
from livedesk.views.content_quality_tab import ViolationCard
from livedesk.views.customize_metrics_dialog import CustomizeMetricsDialog
from livedesk.views.main_window import MainWindow
from livedesk.views.manual_dialog import PAGES, ManualDialog
from livedesk.views.settings_dialog import SOURCES_PAGE, SettingsDialog
from tests.i18n_walk import Seen, clean, visible_texts, wordy

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh_CN", "id", "th", "vi", "es")
AGREED = {"GMV", "CTR", "CTOR", "SKU", "GPM", "ERR", "OBS", "PCU", "ACU", "ROI", "LiveDesk", "TikTok", "TikTok Shop",
          "TikTok LIVE", "API", "CSV", "XLSX", "URL", "UTC", "HTTP", "USD", "IDR", "THB", "VND", "SGD", "OK",
          "English", "Español", "Bahasa Indonesia", "Tiếng Việt", "ไทย", "简体中文", "LIVE", "● LIVE", "VLC",
          "WebSocket", "Excel", "Seller Center", "App key", "GMV Max", "Promote", "Euler Stream"}
# words that read the same in a language and are its right translation
SAME_IN = {"es": {"Video", "Video:", "Impr.", "Total", "Error", "General", "Host:"},
           "id": {"Video", "Video:", "Impr.", "Filter", "Status:", "Total", "Impr. %", "Host:", "Port:"},
           "vi": {"Video", "Video:"}, "th": set(), "zh_CN": set()}
AGREED_WORDS = {w for t in AGREED for w in t.split()} | {"Ctrl", "Alt", "Shift", "Esc", "F1", "F11", "h", "mm", "ss"}
DATA_KINDS = {"cell", "combo"}  # data unless the text is one of the code's own texts


def code_texts() -> set[str]:
    """Every source text of the translation catalogue, cleaned the way the walk cleans texts."""
    tree = ET.parse(ROOT / "translations" / "livedesk_en.ts")
    return {clean(m.findtext("source") or "") for m in tree.getroot().iter("message")}


def translated_texts() -> set[str]:
    """Every translation (that differs from its English source) of every language, cleaned like the walk."""
    out: set[str] = set()
    for lang in LANGUAGES:
        for m in ET.parse(ROOT / "translations" / f"livedesk_{lang}.ts").getroot().iter("message"):
            source = clean(m.findtext("source") or "")
            tr = m.find("translation")
            texts = [f.text or "" for f in tr.findall("numerusform")] + [tr.text or ""] if tr is not None else []
            out.update(t for t in (clean(x) for x in texts) if t and t != source and (wordy(t) or not t.isascii()))
    return out


def spin(qtbot: QtBot, ms: int = 150) -> None:
    qtbot.wait(ms)  # lets queued LanguageChange events and repaints run (an event loop, not a sleep)


Screen = tuple[str, Callable[[], QWidget]]


def _dialog(window: MainWindow, cls: type[QWidget]) -> QWidget:
    found = window.findChild(cls)
    assert found is not None, cls.__name__
    return found


def screens(window: MainWindow, qtbot: QtBot, seller_csv: Path) -> Iterator[tuple[str, list[Seen]]]:
    """(screen name, its visible texts) for every tab and dialog (``seller_csv``: an export without an account)."""
    ctx = context_of(window)
    snap = window.snapshot()
    assert snap is not None
    live_id = snap.session.id
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        spin(qtbot, 400)
        yield f"tab {i}", visible_texts(window)
        for inner in window.tabs.widget(i).findChildren(QTabWidget):  # sub-pages of a tab
            if not inner.isVisible():
                continue
            for j in range(inner.count()):
                inner.setCurrentIndex(j)
                spin(qtbot)
                yield f"tab {i}.{inner.objectName()}.{j}", visible_texts(window)
            inner.setCurrentIndex(0)
    window.tabs.setCurrentIndex(0)

    ctx.show_settings(0)
    settings = _dialog(window, SettingsDialog)
    assert isinstance(settings, SettingsDialog)
    spin(qtbot)
    yield "settings", visible_texts(settings)
    settings.show_page(SOURCES_PAGE)
    spin(qtbot, 300)
    for inner in settings.sources_holder.findChildren(QTabWidget):
        for j in range(inner.count()):
            inner.setCurrentIndex(j)
            spin(qtbot)
            yield f"settings sources {j}", visible_texts(settings)
    settings.close()

    window.show_manual()
    manual = _dialog(window, ManualDialog)
    assert isinstance(manual, ManualDialog)
    for key in PAGES:
        manual.show_page(key)
        texts = visible_texts(manual)
        body = manual.browser.toPlainText().split("\n")
        texts += [Seen(f"manual/{key}", "manual", clean(t)) for t in body if clean(t)]
        yield f"manual {key}", texts
    manual.close()

    customize = CustomizeMetricsDialog(window.key_metrics.card_keys(), window)
    customize.show()
    spin(qtbot)
    yield "customize", visible_texts(customize)
    customize.close()
    customize.deleteLater()

    window.session_filter.show_popup()
    spin(qtbot)
    popups = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "sessionFilterPopup"]
    assert popups
    yield "session filter", visible_texts(popups[0])
    popups[0].hide()

    attach = window.attach_video()
    assert attach is not None
    spin(qtbot)
    yield "attach video", visible_texts(attach)
    attach.close()

    assert window.import_files([seller_csv])
    seller = window.imports.seller_dialog
    assert seller is not None
    qtbot.waitUntil(seller.isVisible)
    yield "seller import", visible_texts(seller)
    seller.reject()

    with ctx.store.engine.connect() as conn:
        past = next(r for r in all_violations(conn) if r.violation.id is not None and r.session_id != live_id)
    window.select_session(past.session_id)
    qtbot.waitUntil(lambda: window.snapshot() is not None and not window.snapshot().session.is_live, timeout=10_000)
    shown_tab = window.tabs.currentIndex()
    window.tabs.setCurrentWidget(window.content_quality)  # its cards for a LIVE with a violation
    qtbot.waitUntil(lambda: any(c.isVisible() for c in window.content_quality.findChildren(ViolationCard)))
    yield "content quality, a violation", visible_texts(window.content_quality)
    window.tabs.setCurrentIndex(shown_tab)
    export = window.export_live()
    assert export is not None
    qtbot.waitUntil(export.isVisible)
    yield "export", visible_texts(export)
    export.close()
    appeal = window.content_quality.open_appeal(past.violation.id)
    assert appeal is not None
    spin(qtbot, 300)
    yield "appeal", visible_texts(appeal)
    appeal.close()
    window.select_session(live_id)


def walk(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> dict[str, list[Seen]]:
    csv = tmp_path / "lives.csv"
    csv.write_text("Start time,Revenue,Views\n2026-11-01 20:00:00,$10.00,100\n", encoding="utf-8")
    return dict(screens(window, qtbot, csv))


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = build(["--demo"])
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: win.snapshot() is not None and len(win.snapshot().samples) > 0, timeout=30_000)
    yield win
    context_of(win).translator.switch("en")
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog):
            w.close()
    context_of(win).shutdown()


def english_words(text: str) -> bool:
    """True when the text has a word that is not an agreed abbreviation or name."""
    return any(w not in AGREED_WORDS for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", text) if len(w) > 1)


def leftovers(english: dict[str, list[Seen]], translated: dict[str, list[Seen]], ours: set[str],
              same: set[str]) -> list[str]:
    found = []
    for screen, seen in translated.items():
        before = {s.text for s in english.get(screen, [])}
        for s in seen:
            if s.text not in before or not wordy(s.text) or s.text in AGREED or s.text in same:
                continue
            if not english_words(s.text):
                continue
            if s.kind in DATA_KINDS and s.text not in ours:
                continue
            if s.kind not in DATA_KINDS and s.text not in ours and _is_data_label(s):
                continue
            found.append(f"{screen}: {s.where} [{s.kind}] {s.text[:90]!r}")
    return sorted(set(found))


def _is_data_label(s: Seen) -> bool:
    """Labels that show data as it is (a LIVE's title, a product's name, an account, a file path, the policy a
    violation broke as the platform names it)."""
    return s.kind in ("label", "tooltip") and any(name in s.where for name in DATA_LABELS)


DATA_LABELS = ("sessionTitle", "pinnedProductName", "dataDirEdit", "accountLabel", "fileLabel", "pinnedName",
               "violationTitle")


def test_every_language_leaves_no_english_and_english_comes_back(qtbot: QtBot, window: MainWindow,
                                                                 tmp_path: Path) -> None:
    ctx = context_of(window)
    assert ctx.translator.available() == ["en", "es", "id", "th", "vi", "zh_CN"]
    ours = code_texts()
    english = walk(window, qtbot, tmp_path)
    english_ours = {s.text for seen in english.values() for s in seen if s.text in ours and wordy(s.text)}
    assert len(english_ours) > 300  # the walk really saw the screens
    assert not english_ours & translated_texts()
    problems: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        assert ctx.translator.switch(lang)
        spin(qtbot, 300)
        assert QLocale().name().startswith(lang.split("_")[0])  # numbers and dates follow the language
        found = leftovers(english, walk(window, qtbot, tmp_path), ours, SAME_IN[lang])
        if found:
            problems[lang] = found
    if os.environ.get("LIVEDESK_LANG_DUMP"):  # a file to write every leftover to, for translators
        Path(os.environ["LIVEDESK_LANG_DUMP"]).write_text(
            "\n".join(f"{lang}: {x}" for lang, p in problems.items() for x in p), encoding="utf-8")
    assert not problems, "\n".join(f"{lang}: {len(p)} English texts left\n  " + "\n  ".join(p[:40])
                                   for lang, p in problems.items())
    assert ctx.translator.switch("en")
    spin(qtbot, 300)
    back = {s.text for seen in walk(window, qtbot, tmp_path).values() for s in seen}
    still_translated = sorted(back & translated_texts())
    assert not still_translated, f"not restored in English: {still_translated[:20]}"
    assert len(back & ours) > 300
