"""Separating a LIVE that was merged by mistake: File → *Separate merged sources…* and the LIVE picker's context menu.

LiveDesk shows the same LIVE seen by several sources as one LIVE (matched by the platform's LIVE id, else by the
creator and the time). :class:`UnmergeDialog` lists what other sources were merged into the LIVE shown and
separates one of them: its rows move to a LIVE of its own, in one transaction, and the two are never merged again
(:class:`~livedesk.services.unmerge.UnmergeService`). :class:`UnmergeFlow` gives the main window the action and
the picker's context menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livedesk.models.merging import BY_ID, MergedPart, Separated
from livedesk.models.records import SessionRecord
from livedesk.services.unmerge import UnmergeService
from livedesk.views.metric_cards import source_name
from livedesk.views.theme import colors, theme_notifier


def _when(ms: int | None) -> str:
    return QDateTime.fromMSecsSinceEpoch(int(ms)).toString("yyyy-MM-dd HH:mm") if ms is not None else "—"


class UnmergeDialog(QDialog):
    """The sources merged into one LIVE, and a button to separate the chosen one.

    Args:
        session: the LIVE shown.
        service: reads the merged sources and separates them (off the GUI thread).

    Attributes:
        confirm: asks the user before separating (``confirm(text) -> bool``); tests may replace it.

    Signals:
        separated: a source was separated from this LIVE. arg: :class:`~livedesk.models.merging.Separated`
    """

    separated = Signal(object)

    def __init__(self, session: SessionRecord, service: UnmergeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unmergeDialog")
        self.session = session
        self._service = service
        self._parts: tuple[MergedPart, ...] = ()
        self._loaded = False
        self._busy = False
        self._result: tuple[str, bool] | None = None  # what the result line says: (kind, ok)
        self._last: Separated | None = None
        self._error = ""
        self.confirm: Callable[[str], bool] = self._ask
        self.intro = QLabel()
        self.intro.setObjectName("unmergeIntro")
        self.intro.setWordWrap(True)
        self.live_label = QLabel()
        self.live_label.setObjectName("unmergeLive")
        self.live_label.setWordWrap(True)
        self.parts = QTreeWidget()
        self.parts.setObjectName("unmergeParts")
        self.parts.setColumnCount(5)
        self.parts.setRootIsDecorated(False)
        self.parts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("unmergeEmpty")
        self.empty_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("unmergeResult")
        self.result_label.setWordWrap(True)
        self.separate_button = QPushButton()
        self.separate_button.setObjectName("unmergeSeparateButton")
        self.separate_button.clicked.connect(self.separate_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.separate_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.live_label)
        lay.addWidget(self.parts, 1)
        lay.addWidget(self.empty_label)
        lay.addLayout(row)
        lay.addWidget(self.result_label)
        lay.addWidget(self.buttons)
        service.parts_changed.connect(self._on_parts)
        service.separated.connect(self._on_separated)
        service.failed.connect(self._on_failed)
        theme_notifier().changed.connect(self._show_result)
        self.resize(720, 360)
        self.retranslate_ui()
        if session.id is not None:
            service.request_parts(session.id)

    # --- translation ----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self.setWindowTitle(self.tr("Separate merged sources"))
        self.intro.setText(self.tr(
            "LiveDesk shows the same LIVE seen by several sources as one LIVE: it matches them by the platform's "
            "LIVE id, else by the creator and the time. If a source was merged into this LIVE by mistake, separate "
            "it: its figures, comments, events and products move to a LIVE of their own, and LiveDesk will not "
            "merge the two again."))
        self.live_label.setText(self.tr("LIVE: {title} (started {start})").format(
            title=self.session.title, start=_when(self.session.started_at)))
        self.parts.setHeaderLabels([self.tr("Source"), self.tr("Account"), self.tr("LIVE id"), self.tr("Matched by"),
                                    self.tr("Started")])
        self.empty_label.setText(self.tr("Reading the merged sources…") if not self._loaded else self.tr(
            "No other source is merged into this LIVE: there is nothing to separate."))
        self.separate_button.setText(self.tr("Separate"))
        self.separate_button.setToolTip(self.tr("Give the selected source's LIVE back its own place in the LIVE list"))
        self._fill()
        self._show_result()

    def _method(self, method: str) -> str:
        return self.tr("the same LIVE id") if method == BY_ID else self.tr("the same creator and time")

    # --- the list -------------------------------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        """The merged sources have been read (at least once)."""
        return self._loaded

    def parts_shown(self) -> tuple[MergedPart, ...]:
        """The merged sources listed."""
        return self._parts

    def _fill(self) -> None:
        chosen = self.selected_part()
        self.parts.clear()
        for part in self._parts:
            item = QTreeWidgetItem([source_name(part.source), part.handle, part.external_id,
                                    self._method(part.method), _when(part.started_at)])
            item.setToolTip(0, part.title or "")
            self.parts.addTopLevelItem(item)
            if chosen is not None and (part.source, part.external_id) == (chosen.source, chosen.external_id):
                item.setSelected(True)
        if self._parts and not self.parts.selectedItems():
            self.parts.topLevelItem(0).setSelected(True)
        for i in range(self.parts.columnCount()):
            self.parts.resizeColumnToContents(i)
        self.parts.setVisible(bool(self._parts))
        self.empty_label.setVisible(not self._parts)
        self._update_buttons()

    def selected_part(self) -> MergedPart | None:
        """The merged source chosen in the list."""
        items = self.parts.selectedItems()
        if not items:
            return None
        index = self.parts.indexOfTopLevelItem(items[0])
        return self._parts[index] if 0 <= index < len(self._parts) else None

    def _update_buttons(self) -> None:
        self.separate_button.setEnabled(not self._busy and self.selected_part() is not None)

    @Slot(int, object)
    def _on_parts(self, session_id: int, parts: tuple[MergedPart, ...]) -> None:
        if session_id != self.session.id:
            return
        self._parts = tuple(parts)
        self._loaded = True
        self.retranslate_ui()

    # --- separating -----------------------------------------------------------------------------------------
    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Separate merged sources"), text)
        return answer == QMessageBox.StandardButton.Yes

    def separate_selected(self) -> bool:
        """Separate the chosen source (after asking). Returns whether the request was sent."""
        part = self.selected_part()
        if part is None or self._busy or self.session.id is None:
            return False
        if not self.confirm(self.tr(
                "Separate {source} ({account}, LIVE {live}) from this LIVE?\n\nEverything it sent moves to a LIVE of "
                "its own, and LiveDesk will not merge the two again.").format(
                    source=source_name(part.source), account=part.handle, live=part.external_id)):
            return False
        self._busy = True
        self._result = ("busy", True)
        self._show_result()
        self._update_buttons()
        self._service.separate(self.session.id, part.source, part.external_id)
        return True

    @Slot(object)
    def _on_separated(self, result: Separated) -> None:
        if result.session_id != self.session.id:
            return
        self._busy = False
        self._last = result
        self._result = ("done", True)
        self._show_result()
        self._update_buttons()
        self.separated.emit(result)

    @Slot(int, str)
    def _on_failed(self, session_id: int, message: str) -> None:
        if session_id != self.session.id:
            return
        self._busy = False
        self._error = message
        self._result = ("failed", False)
        self._show_result()
        self._update_buttons()

    @Slot()
    def _show_result(self) -> None:
        if self._result is None:
            self.result_label.setText("")
            return
        kind, ok = self._result
        if kind == "busy":
            text = self.tr("Separating…")
        elif kind == "done" and self._last is not None:
            text = self.tr("Separated: {source} LIVE {live} is now a LIVE of its own ({rows} rows moved).").format(
                source=source_name(self._last.source), live=self._last.external_id, rows=self._last.rows)
        else:
            text = self.tr("Could not separate: {reason}").format(reason=self._error)
        self.result_label.setText(text)
        c = colors()
        self.result_label.setStyleSheet(f"color: {c.good if ok else c.error};" if kind != "busy" else "")

    def result_text(self) -> str:
        """The result line (for the status bar and tests)."""
        return self.result_label.text()


class UnmergeFlow(QObject):
    """The main window's *Separate merged sources…* action, also in the LIVE picker's context menu.

    Args:
        parent: the window; it must answer ``snapshot()`` with the LIVE shown (or None).

    Attributes:
        action: the menu action.
        dialog: the open dialog, or None.

    Signals:
        message_posted: a line for the status bar. arg: text
    """

    message_posted = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.action = QAction(parent)
        self.action.setObjectName("unmergeAction")
        self.action.triggered.connect(self.open_dialog)
        self.dialog: UnmergeDialog | None = None
        self._service: UnmergeService | None = None
        parent.installEventFilter(self)
        self.retranslate_ui()

    def set_service(self, service: UnmergeService) -> None:
        """Separate through ``service``."""
        self._service = service

    def attach_picker(self, picker: QComboBox) -> None:
        """Offer the action in ``picker``'s context menu (for the LIVE it shows)."""
        picker.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        picker.customContextMenuRequested.connect(self._picker_menu)

    def _owner(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        """The action's texts."""
        self.action.setText(self.tr("Se&parate merged sources…"))
        self.action.setStatusTip(self.tr("Undo a wrong merge: give a source's LIVE that was merged into the LIVE "
                                         "shown a LIVE of its own"))

    def _picker_menu(self, pos: QPoint) -> None:
        picker = self.sender()
        if not isinstance(picker, QWidget):
            return
        menu = QMenu(picker)
        menu.setObjectName("sessionPickerMenu")
        menu.addAction(self.action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(picker.mapToGlobal(pos))

    def open_dialog(self) -> UnmergeDialog | None:
        """Open the dialog for the LIVE shown (None, with a message, when there is none or no service)."""
        snap = getattr(self._owner(), "snapshot", lambda: None)()
        if snap is None or snap.session.id is None:
            self.message_posted.emit(self.tr("Open a LIVE first: its merged sources are separated from it."))
            return None
        if self._service is None:
            self.message_posted.emit(self.tr("Separating merged sources is not available."))
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = UnmergeDialog(snap.session, self._service, self._owner())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.separated.connect(self._on_separated)
        dialog.destroyed.connect(self._on_destroyed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_separated(self, result: Separated) -> None:
        self.message_posted.emit(self.tr("{source} LIVE {live} was separated from this LIVE.").format(
            source=source_name(result.source), live=result.external_id))

    def _on_destroyed(self) -> None:
        self.dialog = None
