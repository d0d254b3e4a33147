"""Switches the UI language at run time: compiles the translation if needed, loads it, swaps it in atomically
and makes the language's locale the default, so numbers, money, dates and times follow it.

Translation sources (``livedesk_<lang>.ts``) ship with LiveDesk; the compiled ``.qm`` files are build outputs,
made with Qt's ``lrelease`` into the cache folder the first time a language is used (and again whenever its
``.ts`` is newer).
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from livedesk.settings import UI_LANGUAGE, Settings

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"


def lrelease_tool() -> Path | None:
    """Qt's lrelease as shipped in the PySide6 wheel, or None."""
    import PySide6

    base = Path(PySide6.__file__).parent
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    for candidate in (base / name, base / "Qt" / "libexec" / name, base / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one translation source; False (logged) when lrelease is missing or fails."""
    tool = lrelease_tool()
    if tool is None:
        log.warning("lrelease not found: cannot compile %s", ts.name)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_suffix(".qm.part")
    done = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(tmp)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0 or not tmp.exists():
        log.warning("lrelease failed on %s: %s", ts.name, done.stderr.strip()[:300])
        return False
    tmp.replace(qm)
    return True


def system_language(available: list[str]) -> str:
    """The system locale's language if LiveDesk has it ("zh_CN" before "zh"), else English."""
    name = QLocale.system().name()  # e.g. "th_TH", "zh_CN"
    for code in (name, name.split("_")[0]):
        if code in available:
            return code
    return SOURCE_LANGUAGE


def locale_for(lang: str) -> QLocale:
    """The locale numbers and dates use in ``lang`` (English: the system's English variant, else US)."""
    if lang in ("", SOURCE_LANGUAGE):
        system = QLocale.system()
        if system.language() == QLocale.Language.English:
            return system
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(lang)


class Translator(QObject):
    """Owns the installed QTranslators.

    Args:
        settings: where the choice persists.
        source_dirs: folders holding ``livedesk_<lang>.ts`` (and possibly ready ``.qm``) files.
        build_dir: where compiled ``.qm`` files are written.

    Signals:
        language_changed: arg: language code ("" = English, the source language)
    """

    language_changed = Signal(str)

    def __init__(self, settings: Settings, source_dirs: list[Path], build_dir: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._dirs = source_dirs
        self._build = build_dir
        self._installed: list[QTranslator] = []
        self._current = ""

    @property
    def current(self) -> str:
        """The active language code ("" = English)."""
        return self._current

    def available(self) -> list[str]:
        """Language codes with a translation, plus English ("en"), English first."""
        found = set()
        for d in [*self._dirs, self._build]:
            if d.is_dir():
                found.update(p.stem.removeprefix("livedesk_") for p in d.glob("livedesk_*.ts"))
                found.update(p.stem.removeprefix("livedesk_") for p in d.glob("livedesk_*.qm"))
        found.discard(SOURCE_LANGUAGE)
        return [SOURCE_LANGUAGE, *sorted(found)]

    def initial_language(self) -> str:
        """The stored choice, or on first start the system locale's language when LiveDesk has it."""
        stored = self._settings.get(UI_LANGUAGE)
        if stored:
            return stored
        return system_language(self.available())

    def qm_file(self, lang: str) -> Path | None:
        """The compiled translation of ``lang``, compiling its ``.ts`` first when that is newer or new."""
        qm = self._build / f"livedesk_{lang}.qm"
        ts = next((d / f"livedesk_{lang}.ts" for d in self._dirs if (d / f"livedesk_{lang}.ts").exists()), None)
        stale = ts is not None and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
        if stale and ts is not None and not compile_ts(ts, qm) and not qm.exists():
            return None
        if qm.exists():
            return qm
        return next((d / qm.name for d in self._dirs if (d / qm.name).exists()), None)

    def switch(self, lang: str, *, persist: bool = True) -> bool:
        """Use ``lang`` ("en" or "" for English); ``persist``: remember it for the next start.

        Keeps the old language and returns False on failure.
        """
        new: list[QTranslator] = []
        if lang not in ("", SOURCE_LANGUAGE):
            qm = self.qm_file(lang)
            app_tr = QTranslator(self)
            if qm is None or not app_tr.load(str(qm)):
                return False
            qt_tr = QTranslator(self)
            if qt_tr.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                new.append(qt_tr)
            new.append(app_tr)
        QLocale.setDefault(locale_for(lang))  # before the LanguageChange events: views re-format with it
        for old in self._installed:  # each removal and installation sends LanguageChange to every widget
            QCoreApplication.removeTranslator(old)
        self._installed = new
        for tr in new:
            QCoreApplication.installTranslator(tr)
        self._current = "" if lang == SOURCE_LANGUAGE else lang
        if persist:
            self._settings.set(UI_LANGUAGE, self._current or SOURCE_LANGUAGE)
        self.language_changed.emit(self._current)
        return True

    def uninstall(self) -> None:
        """Remove this translator's translations from the application (its window is closing)."""
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = []
        self._current = ""
