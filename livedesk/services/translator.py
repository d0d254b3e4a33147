"""Switches the UI language at run time: loads the new translations, then swaps them in atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from livedesk.settings import UI_LANGUAGE, Settings


class Translator(QObject):
    """Owns the installed QTranslators.

    Args:
        settings: where the choice persists.
        search_dirs: folders holding ``livedesk_<lang>.qm`` files.

    Signals:
        language_changed: arg: language code ("" = English, the source language)
    """

    language_changed = Signal(str)

    def __init__(self, settings: Settings, search_dirs: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._dirs = search_dirs
        self._installed: list[QTranslator] = []
        self._current = ""

    @property
    def current(self) -> str:
        """The active language code ("" = English)."""
        return self._current

    def available(self) -> list[str]:
        """Language codes with a compiled translation, plus English ("en")."""
        found = {"en"}
        for d in self._dirs:
            if d.is_dir():
                found.update(p.stem.removeprefix("livedesk_") for p in d.glob("livedesk_*.qm"))
        return sorted(found)

    def switch(self, lang: str) -> bool:
        """Use ``lang`` ("en" or "" for English). Keeps the old language and returns False on failure."""
        new: list[QTranslator] = []
        if lang not in ("", "en"):
            app_tr = QTranslator(self)
            if not any(app_tr.load(f"livedesk_{lang}", str(d)) for d in self._dirs):
                return False
            qt_tr = QTranslator(self)
            if qt_tr.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                new.append(qt_tr)
            new.append(app_tr)
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = new
        for tr in new:
            QCoreApplication.installTranslator(tr)
        self._current = "" if lang == "en" else lang
        self._settings.set(UI_LANGUAGE, self._current)
        self.language_changed.emit(self._current)
        return True
