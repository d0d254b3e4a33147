"""Settings, full screen, the layout kept across restarts, the manual, keyboard access and the no-keyring path,
on the whole application as ``livedesk --demo`` builds it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import null
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from livedesk import paths
from livedesk.app import build, context_of
from livedesk.settings import DATA_DIR, FRAME_MS, REPORTING_TZ, THEME, Settings
from livedesk.views.main_window import MainWindow
from livedesk.views.manual_dialog import PAGES, ManualDialog
from livedesk.views.settings_dialog import GENERAL_PAGE, SOURCES_PAGE, SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
Opener = Callable[[], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Opener]:
    opened: list[MainWindow] = []

    def open_() -> MainWindow:
        win = build(["--demo"])
        qtbot.addWidget(win)
        win.show()
        opened.append(win)
        return win

    yield open_
    for win in opened:
        context_of(win).shutdown()


def ini_path() -> Path:
    return Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LiveDesk", "LiveDesk").fileName())


def settings_dialog(window: MainWindow) -> SettingsDialog:
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert isinstance(dialog, SettingsDialog)
    return dialog


def test_settings_persist_and_apply_at_once(qtbot: QtBot, open_window: Opener, tmp_path: Path) -> None:
    window = open_window()
    window.preferences_action.trigger()
    dialog = settings_dialog(window)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == GENERAL_PAGE
    dialog.refresh_box.setCurrentIndex(dialog.refresh_box.findData(250))
    dialog.refresh_box.activated.emit(dialog.refresh_box.currentIndex())
    assert window._frame.interval() == 250
    dialog.theme_box.activated.emit(dialog.theme_box.findData("dark"))
    dialog.zone_box.setEditText("jakarta")
    dialog.zone_box.lineEdit().editingFinished.emit()
    assert window.overview.time_zone() == "Asia/Jakarta"
    dialog.zone_box.setEditText("Atlantis/Nowhere")
    dialog.zone_box.lineEdit().editingFinished.emit()
    assert "not a time zone" in dialog.zone_error.text() and not dialog.zone_error.isHidden()
    folder = tmp_path / "elsewhere"
    dialog.set_data_dir(str(folder))
    assert "next start" in dialog.data_dir_note.text()
    stored = Settings()
    assert stored.get(FRAME_MS) == 250 and stored.get(THEME) == "dark"
    assert stored.get(REPORTING_TZ) == "Asia/Jakarta" and stored.get(DATA_DIR) == str(folder)
    # the next start uses them (the data folder too, unless LIVEDESK_DATA_DIR overrides it)
    context_of(window).shutdown()
    window.close()
    again = open_window()
    assert again._frame.interval() == 250 and again.overview.time_zone() == "Asia/Jakarta"
    paths.choose_data_dir(str(folder))
    try:
        import os

        saved = os.environ.pop("LIVEDESK_DATA_DIR")
        try:
            assert paths.data_dir() == folder and folder.is_dir()
        finally:
            os.environ["LIVEDESK_DATA_DIR"] = saved
    finally:
        paths.choose_data_dir(None)


def test_without_a_keyring_secrets_never_reach_the_disk(qtbot: QtBot, open_window: Opener,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        isolated_dirs: Path) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: null.Keyring())
    window = open_window()
    window.sources_action.trigger()
    dialog = settings_dialog(window)
    assert dialog.tabs.currentIndex() == SOURCES_PAGE
    page_dialog = dialog.sources_widget
    assert page_dialog is not None
    warning = page_dialog.findChild(QWidget, "keyringWarning")
    assert warning is not None and warning.isVisible()
    assert "No OS keyring" in page_dialog.findChild(QLabel, "keyringWarningText").text()
    obs = page_dialog.obs  # type: ignore[attr-defined]
    secret = "hunter2-obs-secret-7731"
    obs.password.setText(secret)
    obs.save_button.click()  # refused until the user accepts keeping it for this run only
    assert page_dialog.credentials.get("obs", "default", "password") is None  # type: ignore[attr-defined]
    page_dialog.run_only.setChecked(True)  # type: ignore[attr-defined]
    obs.save_button.click()
    assert page_dialog.credentials.get("obs", "default", "password") == secret  # type: ignore[attr-defined]
    Settings().sync()
    context_of(window).shutdown()
    window.close()
    leaks = [p for p in [*isolated_dirs.rglob("*"), ini_path()] if p.is_file() and secret.encode() in p.read_bytes()]
    assert not leaks, leaks


def test_the_manual_has_a_page_per_tab_shortcuts_and_the_glossary(qtbot: QtBot, open_window: Opener) -> None:
    window = open_window()
    window.manual_action.trigger()  # F1 (the key itself is tested on a real display)
    manual = window.findChild(ManualDialog, "manualDialog")
    assert isinstance(manual, ManualDialog) and manual.isVisible()
    assert manual.pages.count() == len(PAGES)
    for key in ("key_metrics", "trends", "traffic", "content_quality", "overview"):
        manual.show_page(key)
        html = manual.browser.toHtml()
        assert "<img" in html and (ROOT / "livedesk" / "resources" / "manual" / f"{key}.png").exists()
    manual.show_page("keyboard")
    text = manual.browser.toPlainText()
    for keys in ("Ctrl+1", "Ctrl+5", "F11", "Ctrl+O", "Alt+L", "Ctrl+Shift+F"):
        assert keys in text, keys
    manual.show_page("glossary")
    text = manual.browser.toPlainText()
    assert "Tap-through rate (ERR)" in text and "Watch GPM" in text
    context_of(window).translator.switch("zh_CN")
    qtbot.waitUntil(lambda: "核心指标" in manual.pages.item(1).text())
    assert "用户手册" in manual.windowTitle() or "手册" in manual.windowTitle()


def test_tabs_and_controls_are_keyboard_reachable_and_named(qtbot: QtBot, open_window: Opener) -> None:
    window = open_window()
    qtbot.waitExposed(window)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)  # Ctrl+1..5 themselves are tested on a real display
        page = window.tabs.currentWidget()
        qtbot.waitUntil(lambda page=page: page.isVisible() and any(_takes_focus(w) for w in _controls(window)))
        unnamed = [f"{type(w).__name__} {w.objectName()}" for w in _controls(window) if not _named(w)]
        assert not unnamed, f"tab {i}: controls without a name for screen readers: {unnamed}"


def _takes_focus(w: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _controls(window: MainWindow) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QAbstractSlider)
    parts = (QHeaderView, QScrollBar)  # parts of a named view
    return [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and not isinstance(w, parts)
            and w.isVisible() and w.window() is window and not w.objectName().startswith("qt_")
            and not isinstance(w.parentWidget(), QComboBox)]  # an editable combo's own line edit


def _named(w: QWidget) -> bool:
    """A control is named by its accessible name, its own text or tool tip, or a label that is its buddy."""
    if w.accessibleName() or w.toolTip():
        return True
    if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
        return True
    buddies = [lab for lab in w.window().findChildren(QLabel) if lab.buddy() is w]
    return bool(buddies)


def test_translations_are_up_to_date_and_complete() -> None:
    """The CI check: a .ts stale against the code, an unfinished entry or a lost placeholder fails."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "check"], cwd=ROOT,
                          capture_output=True, text=True, check=False,
                          env={**__import__("os").environ, "PATH": str(Path(sys.executable).parent) + ":"
                               + __import__("os").environ.get("PATH", "")})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_first_start_follows_the_system_language(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    from livedesk.services.translator import system_language

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("th_TH")))
    assert system_language(["en", "th", "zh_CN"]) == "th"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert system_language(["en", "th", "zh_CN"]) == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert system_language(["en", "th", "zh_CN"]) == "en"
    assert QApplication.instance() is not None
