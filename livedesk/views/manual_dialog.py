"""The in-app user manual."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from livedesk import resources


class ManualDialog(QDialog):
    """Shows the user manual in the UI language (English when no translation of it exists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.resize(760, 620)
        self.browser = QTextBrowser()
        self.browser.setObjectName("manualBrowser")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Title and manual text in the current language."""
        self.setWindowTitle(self.tr("LiveDesk user manual"))
        lang = QLocale().name().split("_")[0]
        name = f"manual_{lang}.html" if resources.exists("manual", f"manual_{lang}.html") else "manual_en.html"
        self.browser.setHtml(resources.read_text("manual", name))
