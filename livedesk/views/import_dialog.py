"""Importing files from the GUI: File → Import… and drag and drop onto the main window.

:class:`ImportFlow` takes the paths, asks for what a Seller Center export lacks (:class:`SellerImportDialog`:
the account, with the detected currency and time zone to confirm), runs the import on the
:class:`~livedesk.services.importer.ImportService` behind a progress dialog with Cancel, and reports the outcome:
a summary (what was imported, and the warnings such as unknown columns) or the error naming the file, row and
column. Imports are all or nothing, so a failed or cancelled import leaves the cache as it was.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimeZone, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from livedesk.models.records import AccountRecord, AccountRef
from livedesk.services.bundle import ImportFileError, ImportResult
from livedesk.services.importer import SELLER_EXPORT, ImportOptions, ImportService, file_kind
from livedesk.services.seller_center import PLATFORM, SellerFile, read_seller_file
from livedesk.views.theme import bind_style_sheet

CURRENCIES = ("USD", "EUR", "GBP", "IDR", "MYR", "PHP", "SGD", "THB", "VND", "JPY", "KRW", "MXN", "BRL", "SAR")
MAX_WARNINGS_SHOWN = 8


def _timezone_ids() -> list[str]:
    return sorted(bytes(z.data()).decode("ascii", "replace") for z in QTimeZone.availableTimeZoneIds())


def _valid_timezone(name: str) -> bool:
    return bool(name) and QTimeZone(name.encode("ascii", "replace")).isValid()


class SellerImportDialog(QDialog):
    """Asks which account a Seller Center export belongs to, and confirms its currency and time zone.

    Shown for a file without a creator column. The currency is fixed when the file's header names it
    ("Revenue (USD)"); otherwise it defaults to the known account's, else to what the money symbol suggests.
    The time zone defaults to the known account's, else to this computer's.

    Args:
        seller_file: the file as read by :func:`~livedesk.services.seller_center.read_seller_file`.
        accounts: the accounts the cache knows (offered in the account field).
        fallback_timezone: the time zone for a new account (the computer's).
    """

    def __init__(self, seller_file: SellerFile, accounts: Sequence[AccountRecord], fallback_timezone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellerImportDialog")
        self.seller_file = seller_file
        self._accounts = {a.ref.handle: a for a in accounts}
        self._fallback = fallback_timezone
        self._currency_touched = False
        self._timezone_touched = False

        self._intro = QLabel()
        self._intro.setObjectName("sellerImportIntro")
        self._intro.setWordWrap(True)
        self.account_combo = QComboBox()
        self.account_combo.setObjectName("sellerAccount")
        self.account_combo.setEditable(True)
        self.account_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account_combo.addItems(sorted(self._accounts, key=str.casefold))
        self.account_combo.setCurrentIndex(-1)
        self.account_combo.setMinimumContentsLength(20)
        self.currency_combo = QComboBox()
        self.currency_combo.setObjectName("sellerCurrency")
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.addItems(CURRENCIES)
        self._currency_note = QLabel()
        self._currency_note.setObjectName("hint")
        self._currency_note.setWordWrap(True)
        self.timezone_combo = QComboBox()
        self.timezone_combo.setObjectName("sellerTimezone")
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(_timezone_ids())
        self.timezone_combo.setMinimumContentsLength(20)
        completer = QCompleter(self.timezone_combo.model(), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self._timezone_note = QLabel()
        self._timezone_note.setObjectName("hint")
        self._timezone_note.setWordWrap(True)
        self._columns_note = QLabel()
        self._columns_note.setObjectName("hint")
        self._columns_note.setWordWrap(True)
        self._problem = QLabel()
        self._problem.setObjectName("sellerImportProblem")
        bind_style_sheet(self._problem, lambda c: f"color: {c.error};")
        self._problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._labels[0], self.account_combo)
        form.addRow(self._labels[1], self.currency_combo)
        form.addRow("", self._currency_note)
        form.addRow(self._labels[2], self.timezone_combo)
        form.addRow("", self._timezone_note)
        for label, field in zip(self._labels, (self.account_combo, self.currency_combo, self.timezone_combo),
                                strict=True):
            label.setBuddy(field)
        lay = QVBoxLayout(self)
        lay.addWidget(self._intro)
        lay.addLayout(form)
        lay.addWidget(self._columns_note)
        lay.addWidget(self._problem)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self._set_currency(seller_file.currency or seller_file.symbol_currency or "USD")
        self.currency_combo.setEnabled(seller_file.currency is None)
        self._set_timezone(fallback_timezone)
        self.account_combo.currentTextChanged.connect(self._on_account_changed)
        self.currency_combo.currentTextChanged.connect(self._validate)
        self.timezone_combo.currentTextChanged.connect(self._validate)
        edit = self.currency_combo.lineEdit()
        if edit is not None:
            edit.textEdited.connect(self._on_currency_edited)
        self.currency_combo.activated.connect(self._on_currency_edited)
        edit = self.timezone_combo.lineEdit()
        if edit is not None:
            edit.textEdited.connect(self._on_timezone_edited)
        self.timezone_combo.activated.connect(self._on_timezone_edited)
        self.retranslate_ui()
        self._validate()

    # --- translation -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        sf = self.seller_file
        self.setWindowTitle(self.tr("Import a Seller Center export"))
        self._intro.setText(self.tr(
            "“{file}” does not say which account its LIVEs belong to ({n} in the file). Choose the account "
            "(a TikTok handle such as @myshop), and check the currency and time zone the file is in.").format(
            file=sf.path.name, n=len(sf.rows)))
        for label, text in zip(self._labels, (self.tr("&Account:"), self.tr("&Currency:"), self.tr("&Time zone:")),
                               strict=True):
            label.setText(text)
        edit = self.account_combo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("@handle"))
        if sf.currency is not None:
            note = self.tr("Named by the file's money columns.")
        elif sf.symbol_currency is not None:
            note = self.tr("Detected from the money signs in the file ({currency}); change it if it is wrong.").format(
                currency=sf.symbol_currency)
        else:
            note = self.tr("The file does not say; choose the currency of its money columns.")
        self._currency_note.setText(note)
        self._timezone_note.setText(self.tr(
            "The file's times are read in this time zone (default: the account's, else this computer's, {tz}).").format(
            tz=self._fallback))
        if sf.unknown:
            self._columns_note.setText(self.tr("Columns LiveDesk does not know are ignored: {columns}").format(
                columns=", ".join(sf.unknown)))
        self._columns_note.setVisible(bool(sf.unknown))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        self._validate()

    # --- values --------------------------------------------------------------------------------------
    def account_text(self) -> str:
        """The account as typed (``@handle`` or ``platform/handle``)."""
        return self.account_combo.currentText().strip()

    def set_account(self, text: str) -> None:
        """Type an account (tests, and a known account picked from the list)."""
        self.account_combo.setEditText(text)

    def currency(self) -> str:
        """The currency chosen (upper case)."""
        return self.currency_combo.currentText().strip().upper()

    def set_currency(self, code: str) -> None:
        """Choose a currency as the user would."""
        self._currency_touched = True
        self._set_currency(code)

    def timezone(self) -> str:
        """The time zone chosen (IANA name)."""
        return self.timezone_combo.currentText().strip()

    def set_timezone(self, name: str) -> None:
        """Choose a time zone as the user would."""
        self._timezone_touched = True
        self._set_timezone(name)

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet ("" when it can)."""
        if not self.account_text().lstrip("@").strip() or self.account_text().endswith("/"):
            return self.tr("Choose the account the LIVEs belong to.")
        cur = self.currency()
        if len(cur) != 3 or not cur.isalpha():
            return self.tr("The currency must be a three-letter code such as USD.")
        if not _valid_timezone(self.timezone()):
            return self.tr("“{tz}” is not a known time zone (use a name such as Asia/Jakarta or UTC).").format(
                tz=self.timezone())
        return ""

    def options(self) -> ImportOptions:
        """The import options the dialog describes."""
        text = self.account_text()
        known = self._accounts.get(text)
        account: AccountRef | str = known.ref if known is not None else (
            text if "/" in text else AccountRef(PLATFORM, text if text.startswith("@") else "@" + text))
        return ImportOptions(account=account, timezone=self.timezone(),
                             currency=None if self.seller_file.currency else self.currency(),
                             fallback_timezone=self._fallback)

    def accept(self) -> None:
        if self.problem():
            self._validate()
            return
        super().accept()

    # --- slots ----------------------------------------------------------------------------------------
    def _on_account_changed(self, text: str) -> None:
        known = self._accounts.get(text.strip())
        if known is not None:
            if not self._currency_touched and self.seller_file.currency is None and known.currency:
                self._set_currency(known.currency)
            if not self._timezone_touched and known.timezone:
                self._set_timezone(known.timezone)
        self._validate()

    def _on_currency_edited(self) -> None:
        self._currency_touched = True

    def _on_timezone_edited(self) -> None:
        self._timezone_touched = True

    def _set_currency(self, code: str) -> None:
        index = self.currency_combo.findText(code.upper())
        if index >= 0:
            self.currency_combo.setCurrentIndex(index)
        else:
            self.currency_combo.setEditText(code.upper())

    def _set_timezone(self, name: str) -> None:
        index = self.timezone_combo.findText(name)
        if index >= 0:
            self.timezone_combo.setCurrentIndex(index)
        else:
            self.timezone_combo.setEditText(name)

    def _validate(self) -> None:
        problem = self.problem()
        touched = bool(self.account_text())  # do not greet the user with an error
        self._problem.setText(problem if touched else "")
        self._problem.setVisible(bool(problem) and touched)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not problem)


class ImportFlow(QObject):
    """Imports files for the main window, one at a time: asks, shows progress, reports.

    Args:
        parent: the window the dialogs belong to.

    Attributes:
        progress_dialog: the progress dialog of the running import (``importProgress``), or None.
        seller_dialog: the open Seller Center dialog, or None.
        summary_box: the last success summary (``importSummary``), or None.
        error_box: the last failure message (``importError``), or None.

    Signals:
        imported: an import finished. arg: :class:`~livedesk.services.bundle.ImportResult`
        message_posted: a line for the status bar. arg: text
    """

    imported = Signal(object)
    message_posted = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._service: ImportService | None = None
        self._accounts: Callable[[], Sequence[AccountRecord]] = tuple
        self._fallback_timezone = "UTC"
        self._queue: deque[Path] = deque()
        self._current: Path | None = None
        self._last_dir: Path | None = None
        self._results: list[ImportResult] = []
        self.progress_dialog: QProgressDialog | None = None
        self._progress: QProgressDialog | None = None  # made once and reused (see _on_progress)
        self.seller_dialog: SellerImportDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None

    def set_service(self, service: ImportService, *, accounts: Callable[[], Sequence[AccountRecord]] = tuple,
                    fallback_timezone: str = "UTC") -> None:
        """Import with ``service``; ``accounts`` lists the cache's accounts for the Seller Center dialog."""
        self._service = service
        self._accounts = accounts
        self._fallback_timezone = fallback_timezone
        service.progress.connect(self._on_progress)
        service.finished.connect(self._on_finished)
        service.failed.connect(self._on_failed)
        service.cancelled.connect(self._on_cancelled)

    @property
    def available(self) -> bool:
        """True when an import service is attached."""
        return self._service is not None

    def _owner(self) -> QWidget:
        # the window, asked of Qt each time: a Python reference back to it would make a reference cycle, which
        # the garbage collector may then break on a worker thread
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def busy(self) -> bool:
        """True while a file is being imported, asked about, or waiting its turn."""
        return self._current is not None or bool(self._queue)

    # --- entry points -------------------------------------------------------------------------------
    def choose_and_import(self) -> bool:
        """File → Import…: ask for a file (a bundle folder is chosen by its manifest.json) and import it."""
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = next((f for f in (self._last_dir, Path(docs) if docs else None) if f is not None and f.is_dir()),
                      Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self._owner(), self.tr("Import a LIVE"), str(folder),
            ";;".join((self.tr("LiveDesk bundles and Seller Center exports (*.zip *.xlsx *.xlsm *.csv manifest.json)"),
                       self.tr("All files (*)"))))
        if not name:
            return False
        path = Path(name)
        if path.name == "manifest.json":  # a bundle folder, chosen by its manifest
            path = path.parent
        return self.import_paths([path])

    def drop_problem(self, paths: Sequence[Path]) -> str:
        """Why these paths cannot be dropped for import ("" when they can)."""
        if not paths:
            return self.tr("Only files and folders on this computer can be imported.")
        for p in paths:
            try:
                file_kind(p)
            except ImportFileError as exc:
                return str(exc)
        return ""

    def import_paths(self, paths: Sequence[Path | str]) -> bool:
        """Import these files one after the other (the menu and drag and drop come here).

        A path LiveDesk cannot import is reported at once and nothing is queued. Returns True when the imports
        were queued.
        """
        items = [Path(p) for p in paths]
        if self._service is None:
            self._show_error(self.tr("Importing is not available."), "")
            return False
        problem = self.drop_problem(items)
        if problem:
            self._show_error(self.tr("LiveDesk cannot import this."), problem)
            self.message_posted.emit(problem)
            return False
        self._queue.extend(items)
        if self._current is None:
            self._results = []
            self._next()
        return True

    def cancel(self) -> None:
        """Cancel the running import (it rolls back) and forget the queued ones."""
        self._queue.clear()
        if self._service is not None and self._current is not None:
            self._service.cancel()

    # --- the queue ------------------------------------------------------------------------------------
    def _next(self) -> None:
        self._current = None
        if not self._queue:
            self._close_progress()
            if self._results:
                self._show_summary(self._results)
            return
        path = self._queue.popleft()
        self._current = path
        self._last_dir = path.parent
        options = ImportOptions(fallback_timezone=self._fallback_timezone)
        try:
            kind = file_kind(path)
            seller = read_seller_file(path) if kind == SELLER_EXPORT else None
        except ImportFileError as exc:
            self._fail(str(exc))
            return
        except OSError as exc:
            self._fail(f"{path}: {exc.strerror or exc}")
            return
        if seller is not None and not seller.has_account:
            dialog = SellerImportDialog(seller, tuple(self._accounts()), self._fallback_timezone, self._owner())
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.finished.connect(self._on_seller_dialog_finished)
            self.seller_dialog = dialog
            dialog.open()
            return
        self._start(path, options)

    def _start(self, path: Path, options: ImportOptions) -> None:
        assert self._service is not None
        if not self._service.start(path, options):
            self._fail(self.tr("Another import is still running."))
            return
        dialog = self._progress
        if dialog is None:
            dialog = QProgressDialog(self._owner())
            dialog.setObjectName("importProgress")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(300)  # a small file is done before the dialog would flash up
            dialog.canceled.connect(self.cancel)
            self._progress = dialog
        self.progress_dialog = dialog
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setLabelText(self.tr("Importing {name}…").format(name=path.name))
        dialog.setRange(0, 0)
        dialog.setValue(0)

    @Slot(int)
    def _on_seller_dialog_finished(self, code: int) -> None:
        dialog, self.seller_dialog = self.seller_dialog, None
        if dialog is None or self._current is None:
            return
        dialog.deleteLater()
        if code != QDialog.DialogCode.Accepted:
            self.message_posted.emit(self.tr("Import of {name} cancelled; nothing was imported.").format(
                name=self._current.name))
            self._next()
            return
        self._start(self._current, dialog.options())

    # --- outcomes ------------------------------------------------------------------------------------
    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or self._current is None:
            return
        dialog.setLabelText(self.tr("Importing {name}…\n{what}").format(name=self._current.name, what=what))
        dialog.setRange(0, max(total, 1))
        # last: a modal progress dialog processes events here, and the import may end meanwhile
        dialog.setValue(min(done, max(total, 1)))

    @Slot(object)
    def _on_finished(self, result: ImportResult) -> None:
        if self._current is None:
            return
        self._results.append(result)
        self.message_posted.emit(result.describe()[:1].upper() + result.describe()[1:])
        self.imported.emit(result)
        self._next()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._current is not None:
            self._fail(message)

    @Slot()
    def _on_cancelled(self) -> None:
        if self._current is None:
            return
        self.message_posted.emit(self.tr("Import of {name} cancelled; nothing was imported.").format(
            name=self._current.name))
        self._queue.clear()
        self._next()

    def _fail(self, message: str) -> None:
        name = self._current.name if self._current is not None else ""
        self._queue.clear()
        self._current = None
        self._close_progress()
        if self._results:
            self._show_summary(self._results)
        self._show_error(self.tr("{name} could not be imported. Nothing of it was kept.").format(name=name), message)
        self.message_posted.emit(self.tr("Import failed: {error}").format(error=message))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            dialog, self.progress_dialog = self.progress_dialog, None
            # hidden, not closed (closing says "canceled") nor deleted (this may run inside its setValue)
            dialog.reset()
            dialog.hide()

    def _show_summary(self, results: Sequence[ImportResult]) -> None:
        lines = [r.describe()[:1].upper() + r.describe()[1:] + "." for r in results]
        titles = [f"• {title}" for r in results for title in r.titles]
        warnings = [w for r in results for w in r.warnings]
        box = self._box(self.summary_box, "importSummary", QMessageBox.Icon.Information)
        self.summary_box = box
        box.setWindowTitle(self.tr("Import finished"))
        box.setText("\n".join(lines))
        details = "\n".join(titles[:MAX_WARNINGS_SHOWN])
        if len(titles) > MAX_WARNINGS_SHOWN:
            details += "\n" + self.tr("… and {n} more").format(n=len(titles) - MAX_WARNINGS_SHOWN)
        if warnings:
            shown = "\n".join(f"• {w}" for w in warnings[:MAX_WARNINGS_SHOWN])
            more = len(warnings) - MAX_WARNINGS_SHOWN
            if more > 0:
                shown += "\n" + self.tr("… and {n} more (see the details)").format(n=more)
            details += ("\n\n" if details else "") + self.tr("Warnings:") + "\n" + shown
        box.setInformativeText(details)
        box.setDetailedText("\n".join(warnings) if len(warnings) > MAX_WARNINGS_SHOWN else "")
        box.open()

    def _show_error(self, text: str, details: str) -> None:
        box = self._box(self.error_box, "importError", QMessageBox.Icon.Critical)
        self.error_box = box
        box.setWindowTitle(self.tr("Import failed"))
        box.setText(text)
        box.setInformativeText(details)
        box.open()

    def _box(self, old: QMessageBox | None, name: str, icon: QMessageBox.Icon) -> QMessageBox:
        if old is not None:
            old.close()
            old.deleteLater()
        box = QMessageBox(self._owner())
        box.setObjectName(name)
        box.setIcon(icon)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box
