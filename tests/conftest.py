"""Test isolation: offscreen Qt, settings and data in tmp dirs, a fresh cache per test, no dangling threads."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThread

from livedesk.models.engine import make_engine, upgrade
from livedesk.models.store import Store

# Tests assert formatted numbers: use the locale the app falls back to when the system has none.
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp: object) -> Iterator[object]:
    """Cycles are collected on the GUI thread only, as in the app (see GuiThreadCollector)."""
    from livedesk.app import GuiThreadCollector

    yield GuiThreadCollector.install()


@pytest.fixture(autouse=True)
def collect_between_tests(gui_thread_gc: object) -> Iterator[None]:
    """A test's windows left in cycles are destroyed here, on the GUI thread, before the next test's workers run."""
    yield
    gui_thread_gc.unfreeze()  # type: ignore[attr-defined]  # what a window froze at its first paint, too
    gui_thread_gc.collect()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings, data and cache go to the test's tmp dir; the database URL is not inherited."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("LIVEDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LIVEDESK_CACHE_DIR", str(shared_cache_dir(tmp_path)))
    monkeypatch.delenv("LIVEDESK_DATABASE_URL", raising=False)
    yield tmp_path
    # a test that switched the UI language also moved the default locale: later tests format the English way
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    # and one that chose the dark theme restyled the whole application: later tests see the light one
    theme = sys.modules.get("livedesk.views.theme")
    if theme is not None and theme.is_dark():
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, "light")


def shared_cache_dir(tmp_path: Path) -> Path:
    """One cache dir per test run (the demo video is generated once, not per test)."""
    base = tmp_path.parent.parent / "livedesk-shared-cache"
    base.mkdir(parents=True, exist_ok=True)
    return base


@pytest.fixture(autouse=True)
def no_dangling_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QThread running."""
    started: weakref.WeakSet[QThread] = weakref.WeakSet()
    original = QThread.start

    def tracking_start(self: QThread, *args: object, **kwargs: object) -> None:
        started.add(self)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(QThread, "start", tracking_start)
    yield
    running = [t.objectName() for t in started if t.isRunning()]
    assert not running, f"QThread left running: {running}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite cache in the test's tmp dir."""
    engine = make_engine(f"sqlite:///{tmp_path / 'cache.sqlite3'}")
    upgrade(engine)
    yield Store(engine)
    engine.dispose()
