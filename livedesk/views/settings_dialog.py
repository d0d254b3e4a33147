"""Settings: language, theme, screen refresh, reporting time zone and data folder; accounts and data sources.

Every choice is stored as soon as it is made (typed keys from :mod:`livedesk.settings`) and announced by a
signal the composition root applies. The Sources page is the Sources dialog's content, built only when the
page is first shown (it loads the OS keyring).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livedesk.models import overview as ov
from livedesk.settings import DATA_DIR, FRAME_CHOICES_MS, FRAME_MS, REPORTING_TZ, THEME, Settings

GENERAL_PAGE, SOURCES_PAGE = range(2)
THEME_CHOICES = ("system", "light", "dark")


class SettingsDialog(QDialog):
    """The Settings dialog (non-modal, one per window).

    Args:
        settings: where choices persist.
        languages: (code, native name) of each language, English first.
        current_language: the active language code ("en" for English).
        default_data_dir: the platform's data folder (shown when no other is chosen).
        active_data_dir: the folder the running app uses.
        sources_page: builds the accounts and data sources page (None: the page says sources are unavailable).

    Signals:
        language_requested: arg: language code
        theme_requested: arg: "system", "light" or "dark"
        frame_interval_changed: arg: milliseconds between repaints
        reporting_zone_changed: arg: IANA zone, "" = each account's own
    """

    language_requested = Signal(str)
    theme_requested = Signal(str)
    frame_interval_changed = Signal(int)
    reporting_zone_changed = Signal(str)

    def __init__(self, settings: Settings, languages: list[tuple[str, str]], current_language: str,
                 default_data_dir: Path, active_data_dir: Path,
                 sources_page: Callable[[QWidget], QWidget] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._default_dir = default_data_dir
        self._active_dir = active_data_dir
        self._sources_factory = sources_page
        self.sources_widget: QWidget | None = None
        self.setMinimumSize(640, 480)
        self.resize(900, 700)

        # --- General page ------------------------------------------------------------------------
        general = QWidget()
        general.setObjectName("generalSettingsPage")
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageCombo")
        for code, name in languages:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current_language or "en")))
        self.language_box.activated.connect(self._on_language)
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeCombo")
        for code in THEME_CHOICES:
            self.theme_box.addItem("", code)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(settings.get(THEME))))
        self.theme_box.activated.connect(self._on_theme)
        self.refresh_box = QComboBox()
        self.refresh_box.setObjectName("refreshCombo")
        for ms in FRAME_CHOICES_MS:
            self.refresh_box.addItem("", ms)
        self.refresh_box.setCurrentIndex(max(0, self.refresh_box.findData(settings.get(FRAME_MS))))
        self.refresh_box.activated.connect(self._on_refresh)
        self.zone_box = QComboBox()
        self.zone_box.setObjectName("reportingZoneCombo")
        self.zone_box.setEditable(True)
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.zone_box.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone_box.addItem("", "")
        for name in ov.zone_names():
            self.zone_box.addItem(name, name)
        self._select_zone(settings.get(REPORTING_TZ))
        self.zone_box.activated.connect(self._on_zone)
        self.zone_box.lineEdit().editingFinished.connect(self._on_zone_edited)
        self.zone_error = QLabel()
        self.zone_error.setObjectName("zoneError")
        self.zone_error.setStyleSheet("color: #c0392b;")
        self.zone_error.hide()

        self.data_dir_edit = QLineEdit()
        self.data_dir_edit.setObjectName("dataDirEdit")
        self.data_dir_edit.setReadOnly(True)
        self.data_dir_button = QPushButton()
        self.data_dir_button.setObjectName("dataDirButton")
        self.data_dir_button.clicked.connect(self._choose_data_dir)
        self.data_dir_default = QPushButton()
        self.data_dir_default.setObjectName("dataDirDefaultButton")
        self.data_dir_default.clicked.connect(lambda: self.set_data_dir(""))
        dir_row = QHBoxLayout()
        dir_row.addWidget(self.data_dir_edit, 1)
        dir_row.addWidget(self.data_dir_button)
        dir_row.addWidget(self.data_dir_default)
        self.data_dir_note = QLabel()
        self.data_dir_note.setObjectName("dataDirNote")
        self.data_dir_note.setWordWrap(True)

        self._language_label, self._theme_label = QLabel(), QLabel()
        self._refresh_label, self._zone_label, self._dir_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self._language_label, self.language_box), (self._theme_label, self.theme_box),
                             (self._refresh_label, self.refresh_box), (self._zone_label, self.zone_box)):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.zone_error)
        self._dir_label.setBuddy(self.data_dir_button)
        form.addRow(self._dir_label, dir_row)
        form.addRow("", self.data_dir_note)

        # --- Sources page (built when first shown) -------------------------------------------------
        self.sources_holder = QWidget()
        self.sources_holder.setObjectName("sourcesSettingsPage")
        self._sources_layout = QVBoxLayout(self.sources_holder)
        self._sources_layout.setContentsMargins(0, 0, 0, 0)
        self._no_sources = QLabel()
        self._no_sources.setWordWrap(True)
        self._sources_layout.addWidget(self._no_sources)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.sources_holder, "")
        self.tabs.currentChanged.connect(self._on_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(buttons)
        self.retranslate_ui()
        self._show_data_dir()

    # --- translation -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(GENERAL_PAGE, self.tr("&General"))
        self.tabs.setTabText(SOURCES_PAGE, self.tr("&Accounts and sources"))
        self._language_label.setText(self.tr("&Language:"))
        self.language_box.setToolTip(self.tr("The language of the whole window; numbers, money and dates "
                                             "follow it too"))
        self._theme_label.setText(self.tr("&Theme:"))
        names = {"system": self.tr("Same as the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for i in range(self.theme_box.count()):
            self.theme_box.setItemText(i, names[str(self.theme_box.itemData(i))])
        self._refresh_label.setText(self.tr("Screen &refresh:"))
        for i in range(self.refresh_box.count()):
            ms = int(self.refresh_box.itemData(i))
            text = (self.tr("Once a second (least CPU)") if ms >= 1000
                    else self.tr("%n times a second", "", round(1000 / ms)))
            self.refresh_box.setItemText(i, text)
        self.refresh_box.setToolTip(self.tr("How often charts and cards redraw what changed while a LIVE runs. "
                                            "Live data arrives once a second whatever you choose."))
        self._zone_label.setText(self.tr("Reporting time &zone:"))
        self.zone_box.setItemText(0, self.tr("Each account's own time zone"))
        self.zone_box.setToolTip(self.tr("The time zone the Overview counts days in; type to search"))
        self._dir_label.setText(self.tr("&Data folder:"))
        self.data_dir_button.setText(self.tr("C&hange…"))
        self.data_dir_default.setText(self.tr("Use the de&fault"))
        self.data_dir_edit.setAccessibleName(self.tr("Data folder"))
        self._no_sources.setText(self.tr("Data sources cannot be set up in this window."))
        self._show_data_dir()

    # --- pages -------------------------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        """Show the General or the Sources page."""
        self.tabs.setCurrentIndex(page)
        self._on_page(page)

    def _on_page(self, page: int) -> None:
        if page == SOURCES_PAGE and self.sources_widget is None and self._sources_factory is not None:
            self.sources_widget = self._sources_factory(self.sources_holder)
            self._no_sources.hide()
            self._sources_layout.addWidget(self.sources_widget)

    # --- choices -----------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Show the active language (after a switch made elsewhere)."""
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(code or "en")))

    def _on_language(self, index: int) -> None:
        self.language_requested.emit(str(self.language_box.itemData(index)))

    def _on_theme(self, index: int) -> None:
        name = str(self.theme_box.itemData(index))
        self._settings.set(THEME, name)
        self.theme_requested.emit(name)

    def _on_refresh(self, index: int) -> None:
        ms = int(self.refresh_box.itemData(index))
        self._settings.set(FRAME_MS, ms)
        self.frame_interval_changed.emit(ms)

    def _select_zone(self, zone: str) -> None:
        i = self.zone_box.findData(zone)
        self.zone_box.setCurrentIndex(max(0, i))

    def _on_zone(self, index: int) -> None:
        self._store_zone(str(self.zone_box.itemData(index)))

    def _on_zone_edited(self) -> None:
        text = self.zone_box.currentText().strip()
        if text == self.zone_box.itemText(0) or not text:
            self._store_zone("")
            return
        found = ov.find_zone(text)
        if found is None:
            self.zone_error.setText(self.tr("“{text}” is not a time zone; choose one from the list, e.g. "
                                            "Asia/Jakarta").format(text=text))
            self.zone_error.show()
            return
        self._select_zone(found)
        self._store_zone(found)

    def _store_zone(self, zone: str) -> None:
        self.zone_error.hide()
        if zone == self._settings.get(REPORTING_TZ):
            return
        self._settings.set(REPORTING_TZ, zone)
        self.reporting_zone_changed.emit(zone)

    def _choose_data_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"),
                                                  self.data_dir_edit.text())
        if folder:
            self.set_data_dir(folder)

    def set_data_dir(self, folder: str) -> None:
        """Store the data folder used from the next start ("" = the default)."""
        if folder and Path(folder) == self._default_dir:
            folder = ""
        self._settings.set(DATA_DIR, folder)
        self._show_data_dir()

    def _show_data_dir(self) -> None:
        chosen = self._settings.get(DATA_DIR)
        shown = Path(chosen) if chosen else self._default_dir
        self.data_dir_edit.setText(str(shown))
        self.data_dir_default.setEnabled(bool(chosen))
        if shown != self._active_dir:
            self.data_dir_note.setText(self.tr(
                "LiveDesk uses this folder from the next start. Your data stays in {old}: copy livedesk.sqlite3 "
                "and the appeals folder over to keep it.").format(old=self._active_dir))
        else:
            self.data_dir_note.setText(self.tr("The cache of your LIVEs (livedesk.sqlite3) and appeal evidence "
                                               "are kept here."))
