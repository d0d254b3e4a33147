"""The Sources dialog (Settings → Sources…): connect TikTok Shop accounts, a TikTok LIVE room and OBS.

One page per connector. Settings that are not secret go to QSettings (:class:`AccountStore`); app secrets, tokens,
passwords and API keys go only to the OS keyring (:class:`CredentialStore`). When no keyring works the dialog says
so at the top and offers to keep the secrets for this run only — they are never written anywhere else. **Test
connection** runs on the connection-test thread (:class:`ProbeService`) and shows the shop's name, OBS's state or
the error. Each page shows the state of its running source (connected, syncing, waiting for the rate limit,
failed with the reason, last sync). Saving an account restarts its source.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livedesk.services.accounts import AccountConfig, AccountStore, validate_name
from livedesk.services.credentials import CredentialStore, KeyringUnavailableError
from livedesk.services.ingest import IngestStatus
from livedesk.services.sources import registry as reg
from livedesk.services.sources.probe import ProbeResult, ProbeService, probe_obs, probe_tiktok_shop
from livedesk.views.connector_status import GREY, describe
from livedesk.views.theme import bind_style_sheet

SourceKey = tuple[str, str]
TIKTOKLIVE_MODULE = "TikTokLive"
INSTALL_HINT = "pip install 'livedesk[tiktok]'"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tiktoklive_problem() -> str | None:
    """Why TikTok LIVE events cannot be received here (the library is missing), or None.

    Looks the module up without importing it (importing TikTokLive is slow).
    """
    try:
        found = importlib.util.find_spec(TIKTOKLIVE_MODULE) is not None
    except (ImportError, ValueError):
        found = False
    return None if found else f"the TikTokLive library is not installed ({INSTALL_HINT})"


def _dot_icon(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pix)


def _secret_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    return edit


def _label(name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Page(QWidget):
    """What every connector page shares: the running source's state, a result line, the dialog's services."""

    connector = ""

    def __init__(self, dialog: SourcesDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.status_label = _label(f"{self.connector_prefix()}Status")
        self.result_label = _label(f"{self.connector_prefix()}TestResult")
        self.help_label = _label(f"{self.connector_prefix()}Help")
        bind_style_sheet(self.help_label, lambda c: f"color: {c.muted}; margin-top: 12px;")
        self._request: int | None = None

    def buttons_not_default(self) -> None:
        """Enter in a field must not press Add or Remove: no page button is a default button."""
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    @classmethod
    def connector_prefix(cls) -> str:
        return {"tiktok_shop": "tts", "tiktok_live": "tiktokLive", "obs": "obs"}[cls.connector]

    def retranslate_ui(self) -> None:
        """Every visible text (each page sets its own)."""

    # --- state of the running source -----------------------------------------------------------------
    def current_key(self) -> SourceKey | None:
        """The account whose state the page shows."""
        return None

    def show_status(self) -> None:
        """Show the running source's state (or why it does not run)."""
        key = self.current_key()
        config = self.dialog.accounts.load(*key) if key is not None else None
        if key is None or config is None:
            text, color = self.tr("Not connected yet: save the settings to start this source"), GREY
        elif not reg.is_enabled(config):
            text, color = self.tr("Not running: switched off"), GREY
        elif key not in self.dialog.running_keys():
            text, color = self.tr("Not running"), GREY
        else:
            view = describe(self.dialog.status(key))
            text, color = view.one_line(), view.color
        state = self.tr("State:")  # outside the f-string: pyside6-lupdate does not look inside one
        self.status_label.setText(f'{state} <span style="color:{color}">●</span> {_esc(text)}')

    # --- results ---------------------------------------------------------------------------------------
    def show_result(self, text: str, ok: bool | None) -> None:
        """A test or save outcome: green when ok, red when not, plain while waiting (and after a theme switch,
        in the new theme's green or red)."""
        self.result_label.setText(_esc(text))
        bind_style_sheet(self.result_label, lambda c: "" if ok is None else f"color: {c.good if ok else c.error};")

    def submit(self, job: Callable[[], ProbeResult]) -> None:
        """Run a connection test off the GUI thread."""
        self.show_result(self.tr("Testing the connection…"), None)
        self.set_busy(True)
        self._request = self.dialog.probe.submit(job)

    def on_probe_finished(self, request_id: int, result: ProbeResult) -> None:
        if request_id != self._request:
            return
        self._request = None
        self.set_busy(False)
        self.probe_done(result)

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while a test runs."""

    def probe_done(self, result: ProbeResult) -> None:
        """A test of this page ended."""

    def testing(self) -> bool:
        """True while a test of this page runs."""
        return self._request is not None

    def secrets_allowed(self) -> bool:
        """Whether secrets may be stored; shows why not on the page when they may not."""
        if self.dialog.may_store_secrets():
            return True
        self.show_result(self.tr("No OS keyring is available: tick “Keep secrets for this run only” above, or "
                                 "install a keyring, to store passwords and tokens."), False)
        return False

    def store_secret(self, account: str, name: str, value: str) -> bool:
        """Keep a typed secret in the credential store; False, with the reason shown, when it cannot."""
        if not self.secrets_allowed():
            return False
        try:
            self.dialog.credentials.set(self.connector, account, name, value)
        except KeyringUnavailableError as exc:
            self.show_result(str(exc), False)
            return False
        return True

    def forget_account(self, account: str) -> None:
        """Delete an account's secrets and settings, and let the running sources know."""
        for secret in reg.SECRET_NAMES[self.connector]:
            self.dialog.credentials.delete(self.connector, account, secret)
        self.dialog.accounts.remove(self.connector, account)
        self.dialog.accounts_saved((self.connector, account))


# --- TikTok Shop ----------------------------------------------------------------------------------------

class TikTokShopPage(_Page):
    """TikTok Shop accounts: a list, and the selected (or new) account's settings."""

    connector = reg.TIKTOK_SHOP
    MODE_CODE, MODE_TOKENS = 0, 1

    def __init__(self, dialog: SourcesDialog) -> None:
        super().__init__(dialog)
        self.setObjectName("tiktokShopPage")
        from livedesk.services.sources import tiktok_shop as tts

        self._tts = tts
        self._editing: str | None = None
        self._tokens: Any = None  # tokens from a test (an exchanged code or a refresh), kept until saved
        self._learned: dict[str, str] = {}
        self._save_after_test = False
        self._used_code = False

        self.accounts = QListWidget()
        self.accounts.setObjectName("ttsAccountList")
        self.accounts.setMinimumWidth(170)
        self.accounts.currentItemChanged.connect(self._on_account_chosen)
        self.add_button = QPushButton()
        self.add_button.setObjectName("ttsAddButton")
        self.add_button.clicked.connect(self.new_account)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("ttsRemoveButton")
        self.remove_button.clicked.connect(self.remove_account)
        left = QVBoxLayout()
        self._list_heading = QLabel()
        left.addWidget(self._list_heading)
        left.addWidget(self.accounts, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.name = QLineEdit()
        self.name.setObjectName("ttsName")
        self.app_key = QLineEdit()
        self.app_key.setObjectName("ttsAppKey")
        self.app_secret = _secret_edit("ttsAppSecret")
        self.mode = QComboBox()
        self.mode.setObjectName("ttsAuthMode")
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.auth_code = _secret_edit("ttsAuthCode")
        self.access_token = _secret_edit("ttsAccessToken")
        self.refresh_token = _secret_edit("ttsRefreshToken")
        self.region = QComboBox()
        self.region.setObjectName("ttsRegion")
        self.region.setEditable(True)
        self.region.addItems(sorted(tts.REGION_DEFAULTS))
        self.region.setCurrentText("US")
        self.api_base = QLineEdit(tts.DEFAULT_API_BASE)
        self.api_base.setObjectName("ttsApiBase")
        self.auth_base = QLineEdit(tts.DEFAULT_AUTH_BASE)
        self.auth_base.setObjectName("ttsAuthBase")
        self.shop = QLineEdit()
        self.shop.setObjectName("ttsShop")
        self.enabled = QCheckBox()
        self.enabled.setObjectName("ttsEnabled")
        self.enabled.setChecked(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_labels = [QLabel() for _ in range(11)]
        for label, field in zip(self._form_labels, (
                self.name, self.app_key, self.app_secret, self.mode, self.auth_code, self.access_token,
                self.refresh_token, self.region, self.api_base, self.auth_base, self.shop), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.enabled)
        self.test_button = QPushButton()
        self.test_button.setObjectName("ttsTestButton")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton()
        self.save_button.setObjectName("ttsSaveButton")
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addLayout(buttons)
        right.addWidget(self.result_label)
        right.addWidget(self.status_label)
        right.addWidget(self.help_label)
        right.addStretch(1)
        lay = QHBoxLayout(self)
        lay.addLayout(left)
        lay.addLayout(right, 1)
        self.buttons_not_default()
        self._on_mode(self.mode.currentIndex())
        self.retranslate_ui()
        self.reload_list()

    # --- translation ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every visible text."""
        self._list_heading.setText(self.tr("Accounts"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        texts = (self.tr("Account name"), self.tr("App key"), self.tr("App secret"), self.tr("Authorize with"),
                 self.tr("Authorization code"), self.tr("Access token"), self.tr("Refresh token"), self.tr("Region"),
                 self.tr("API base"), self.tr("Token host"), self.tr("Shop"))
        for label, text in zip(self._form_labels, texts, strict=True):
            label.setText(text + ":")
        self.mode.setItemText(self.MODE_CODE, self.tr("an authorization code"))
        self.mode.setItemText(self.MODE_TOKENS, self.tr("access and refresh tokens"))
        self.name.setPlaceholderText(self.tr("e.g. myshop (letters, digits, _ . -)"))
        self.app_key.setPlaceholderText(self.tr("from Partner Center → App & Service → your app"))
        self.auth_code.setPlaceholderText(self.tr("the code from the seller's authorization link (single-use)"))
        self.shop.setPlaceholderText(self.tr("optional: name or id, when the seller authorized several shops"))
        self.enabled.setText(self.tr("Sync this account while LiveDesk runs"))
        self.test_button.setText(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Exchange the code or refresh the tokens, and look up the shop"))
        self.save_button.setText(self.tr("Save"))
        self.help_label.setText(self.tr(
            "<b>How to connect a shop:</b> in TikTok Shop Partner Center, create an app with the Shop Analytics "
            "scope and copy its app key and app secret. The seller opens the app's authorization link; paste the "
            "code it returns here (it works once, for about 30 minutes) and press Save: LiveDesk exchanges it for "
            "tokens, finds the shop and keeps the tokens fresh. The region sets the shop's time zone and currency. "
            "LIVE data arrives as TikTok publishes it: today's figures within minutes, a LIVE's details a day or "
            "two later."))
        self._placeholders()
        self.show_status()

    def _placeholders(self) -> None:
        stored = self.tr("stored in the keyring — leave empty to keep")
        if not self.dialog.credentials.persistent:
            stored = self.tr("kept for this run — leave empty to keep")
        editing = self._editing is not None
        for edit in (self.app_secret, self.access_token, self.refresh_token):
            edit.setPlaceholderText(stored if editing and self._has_secret(edit) else "")

    def _has_secret(self, edit: QLineEdit) -> bool:
        names = {self.app_secret: self._tts.APP_SECRET, self.access_token: self._tts.ACCESS_TOKEN,
                 self.refresh_token: self._tts.REFRESH_TOKEN}
        return self._editing is not None and bool(
            self.dialog.credentials.get(self.connector, self._editing, names[edit]))

    # --- the list ------------------------------------------------------------------------------------
    def reload_list(self, select: str | None = None) -> None:
        """Re-read the accounts and select ``select`` (default: the one edited, else the first)."""
        wanted = select or self._editing
        names = self.dialog.accounts.names(self.connector)
        self.accounts.blockSignals(True)
        self.accounts.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.accounts.addItem(item)
        self.accounts.blockSignals(False)
        self.refresh_icons()
        if wanted in names:
            self.accounts.setCurrentRow(names.index(wanted))
        elif names:
            self.accounts.setCurrentRow(0)
        else:
            self.new_account()

    def refresh_icons(self) -> None:
        """Each account's state dot."""
        for i in range(self.accounts.count()):
            item = self.accounts.item(i)
            key = (self.connector, str(item.data(Qt.ItemDataRole.UserRole)))
            config = self.dialog.accounts.load(*key)
            running = key in self.dialog.running_keys()
            color = describe(self.dialog.status(key)).color if running else GREY
            item.setIcon(_dot_icon(color))
            item.setToolTip(describe(self.dialog.status(key)).one_line() if running else (
                self.tr("Not running: switched off") if config is not None and not reg.is_enabled(config)
                else self.tr("Not running")))

    def current_key(self) -> SourceKey | None:
        return (self.connector, self._editing) if self._editing else None

    def _on_account_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.load_account(str(item.data(Qt.ItemDataRole.UserRole)))

    def load_account(self, name: str) -> None:
        """Show a saved account's settings (secrets are not shown)."""
        config = self.dialog.accounts.load(self.connector, name)
        if config is None:
            return
        self._editing = name
        self._tokens, self._learned, self._save_after_test = None, {}, False
        self.name.setText(name)
        self.name.setReadOnly(True)
        self.app_key.setText(config.get("app_key", "") or "")
        for edit in (self.app_secret, self.auth_code, self.access_token, self.refresh_token):
            edit.clear()
        self.mode.setCurrentIndex(self.MODE_TOKENS)
        self.region.setCurrentText(config.get("region", "") or "")
        self.api_base.setText(config.get("api_base") or self._tts.DEFAULT_API_BASE)
        self.auth_base.setText(config.get("auth_base") or self._tts.DEFAULT_AUTH_BASE)
        self.shop.setText(config.get("shop_name") or config.get("shop_id") or "")
        self.enabled.setChecked(reg.is_enabled(config))
        self.remove_button.setEnabled(True)
        shop = config.get("shop_name") or config.get("shop_id")
        self.show_result(self.tr("Shop: {shop}").format(shop=shop) if shop else "", True if shop else None)
        self._placeholders()
        self.show_status()

    def new_account(self) -> None:
        """An empty form for a new account."""
        self._editing = None
        self._tokens, self._learned, self._save_after_test = None, {}, False
        self.accounts.blockSignals(True)
        self.accounts.clearSelection()
        self.accounts.setCurrentRow(-1)
        self.accounts.blockSignals(False)
        taken = set(self.dialog.accounts.names(self.connector))
        name = next(n for n in (f"shop{i}" if i else "shop" for i in range(1000)) if n not in taken)
        self.name.setReadOnly(False)
        self.name.setText(name)
        for edit in (self.app_key, self.app_secret, self.auth_code, self.access_token, self.refresh_token, self.shop):
            edit.clear()
        self.mode.setCurrentIndex(self.MODE_CODE)
        self.api_base.setText(self._tts.DEFAULT_API_BASE)
        self.auth_base.setText(self._tts.DEFAULT_AUTH_BASE)
        self.enabled.setChecked(True)
        self.remove_button.setEnabled(False)
        self.show_result("", None)
        self._placeholders()
        self.show_status()
        self.name.setFocus()

    def remove_account(self) -> None:
        """Forget the selected account and delete its secrets (after asking)."""
        name = self._editing
        if name is None:
            return
        if not self.dialog.confirm(self.tr("Remove the TikTok Shop account “{name}” and delete its secrets from "
                                           "the keyring?").format(name=name)):
            return
        self._editing = None
        self.forget_account(name)
        self.reload_list()

    def _on_mode(self, mode: int) -> None:
        code = mode == self.MODE_CODE
        self.form.setRowVisible(self.auth_code, code)
        self.form.setRowVisible(self.access_token, not code)
        self.form.setRowVisible(self.refresh_token, not code)

    # --- test and save ---------------------------------------------------------------------------------
    def _values(self) -> dict[str, Any] | None:
        """The form's values with stored secrets filled in, or None (the problem is shown)."""
        try:
            name = validate_name(self.name.text().strip())
        except ValueError:
            self.show_result(self.tr("The account name may use letters, digits, “_”, “.” and “-” (up to 64)."), False)
            return None
        if self._editing is None and name in self.dialog.accounts.names(self.connector):
            self.show_result(self.tr("There is already an account named “{name}”.").format(name=name), False)
            return None
        app_key = self.app_key.text().strip()
        if not app_key:
            self.show_result(self.tr("Enter the app key."), False)
            return None
        creds = self.dialog.credentials
        secret = self.app_secret.text().strip() or (
            creds.get(self.connector, self._editing, self._tts.APP_SECRET) if self._editing else None) or ""
        if not secret:
            self.show_result(self.tr("Enter the app secret."), False)
            return None
        code = self.auth_code.text().strip() if self.mode.currentIndex() == self.MODE_CODE else ""
        tokens = self._tokens
        if self.mode.currentIndex() == self.MODE_TOKENS:
            access, refresh = self.access_token.text().strip(), self.refresh_token.text().strip()
            if access or refresh:
                tokens = self._tts.TokenSet(access, refresh)
        if tokens is None and self._editing is not None:
            tokens = self._tts.load_tokens(creds, self._editing)
        if not code and tokens is None:
            self.show_result(self.tr("Enter the authorization code, or the access and refresh tokens."), False)
            return None
        return {"name": name, "app_key": app_key, "secret": secret, "code": code, "tokens": tokens,
                "region": self.region.currentText().strip().upper(), "api_base": self.api_base.text().strip(),
                "auth_base": self.auth_base.text().strip(), "shop": self.shop.text().strip()}

    def test_connection(self) -> None:
        """Exchange or refresh, and look up the shop, on the connection-test thread."""
        values = self._values()
        if values is None or self.testing():
            return
        self._save_after_test = False
        self._submit(values)

    def _submit(self, v: dict[str, Any]) -> None:
        self._used_code = bool(v["code"])
        self.submit(partial(probe_tiktok_shop, v["app_key"], v["secret"], auth_code=v["code"], tokens=v["tokens"],
                            api_base=v["api_base"] or self._tts.DEFAULT_API_BASE,
                            auth_base=v["auth_base"] or self._tts.DEFAULT_AUTH_BASE, shop=v["shop"]))

    def set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def probe_done(self, result: ProbeResult) -> None:
        if result.tokens is not None:
            self._tokens = result.tokens
            if self._used_code:
                self.auth_code.clear()  # spent: the tokens it gave are kept instead
                self.mode.setCurrentIndex(self.MODE_TOKENS)
            if self._editing is not None and not self._save_after_test and self.dialog.may_store_secrets():
                self._tts.save_tokens(self.dialog.credentials, self._editing, result.tokens)  # the old may be void
                self._tokens = None
                self.dialog.accounts_saved((self.connector, self._editing))  # its source takes the new tokens
        if result.ok:
            self._learned = dict(result.fields)
            shop = result.fields.get("shop_name") or result.fields.get("shop_id", "?")
            text = self.tr("Connected: shop “{shop}” ({region}).").format(
                shop=shop, region=result.fields.get("region", "?"))
            others = result.fields.get("other_shops")
            if others:
                text += " " + self.tr("Other authorized shops: {names}.").format(names=others)
            if self._tokens is not None and not self._save_after_test:
                text += " " + self.tr("Save to keep the new tokens.")
            self.show_result(text, True)
        else:
            self.show_result(self.tr("Connection failed: {reason}").format(reason=result.message), False)
        if self._save_after_test:
            self._save_after_test = False
            if result.ok or self._tokens is not None:  # a spent code's tokens are kept even if the shop lookup failed
                self._persist(self._values())

    def save(self) -> None:
        """Store the account (a new authorization code is exchanged first, off the GUI thread)."""
        values = self._values()
        if values is None or self.testing():
            return
        writes_secrets = bool(values["code"] or self.app_secret.text().strip() or self._tokens is not None
                              or self.access_token.text().strip() or self.refresh_token.text().strip())
        if writes_secrets and not self.secrets_allowed():
            return
        if values["code"]:
            self._save_after_test = True
            self._submit(values)
            return
        self._persist(values)

    def _persist(self, v: dict[str, Any] | None) -> None:
        if v is None:
            return
        creds, tts, name = self.dialog.credentials, self._tts, v["name"]
        try:
            if self.app_secret.text().strip() or self._editing is None:
                creds.set(self.connector, name, tts.APP_SECRET, v["secret"])
            tokens = self._tokens if self._tokens is not None else (
                v["tokens"] if self.access_token.text().strip() or self.refresh_token.text().strip() else None)
            if tokens is not None:
                tts.save_tokens(creds, name, tokens)
        except KeyringUnavailableError as exc:
            self.show_result(str(exc), False)
            return
        old = self.dialog.accounts.load(self.connector, name)
        fields = dict(old.fields) if old is not None else {}
        fields.update({"app_key": v["app_key"], "region": v["region"] or self._learned.get("region", ""),
                       "api_base": v["api_base"], "auth_base": v["auth_base"],
                       reg.ENABLED: "1" if self.enabled.isChecked() else "0"})
        for key in ("shop_id", "shop_name", "shop_code", "shop_cipher", "seller_name"):
            if self._learned.get(key):
                fields[key] = self._learned[key]
        if v["shop"] and v["shop"] not in (fields.get("shop_name"), fields.get("shop_id"), fields.get("shop_code")):
            fields.update(shop_name=v["shop"], shop_id="", shop_cipher="")  # another shop: look it up again
        self.dialog.accounts.save(AccountConfig(self.connector, name, {k: x for k, x in fields.items() if x}))
        self._tokens = None
        self._editing = name
        for edit in (self.app_secret, self.auth_code, self.access_token, self.refresh_token):
            edit.clear()
        self.dialog.accounts_saved((self.connector, name))
        self.reload_list(name)
        self.show_result(self.dialog.saved_text(), True)


# --- TikTok LIVE -----------------------------------------------------------------------------------------

class TikTokLivePage(_Page):
    """The TikTok LIVE room to receive (unofficial)."""

    connector = reg.TIKTOK_LIVE

    def __init__(self, dialog: SourcesDialog, problem: str | None) -> None:
        super().__init__(dialog)
        self.setObjectName("tiktokLivePage")
        self.problem = problem
        self.notice = _label("tiktokLiveNotice")
        self.install_hint = _label("tiktokLiveInstallHint")
        self.install_hint.setVisible(problem is not None)
        self.handle = QLineEdit()
        self.handle.setObjectName("tiktokLiveHandle")
        self.sign_key = _secret_edit("tiktokLiveSignKey")
        self.enabled = QCheckBox()
        self.enabled.setObjectName("tiktokLiveEnabled")
        self.enabled.setChecked(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("tiktokLiveSaveButton")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("tiktokLiveRemoveButton")
        self.remove_button.clicked.connect(self.remove)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self._labels, (self.handle, self.sign_key), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.enabled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(self.install_hint)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.result_label)
        lay.addWidget(self.status_label)
        lay.addWidget(self.help_label)
        lay.addStretch(1)
        self.buttons_not_default()
        for w in (self.handle, self.sign_key, self.enabled, self.save_button, self.remove_button):
            w.setEnabled(problem is None)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self.notice.setText(self.tr(
            "<b>Unofficial.</b> TikTok LIVE room events — viewers, comments, likes, gifts, follows, shares and "
            "product pins, as they happen — come through the third-party TikTokLive library, which reads TikTok's "
            "LIVE connection without TikTok's approval. It needs the optional extra (<code>{hint}</code>) and a "
            "third-party sign server (Euler Stream) on the internet, and it can stop working whenever TikTok "
            "changes. Official figures (GMV, orders, products) come from the TikTok Shop page.").format(
                hint=_esc(INSTALL_HINT)))
        self.install_hint.setText(_esc(self.tr(
            "Not available: the TikTokLive library is not installed. Install the optional extra with {hint} "
            "(or `uv sync --extra tiktok` in a source checkout) and restart LiveDesk.").format(hint=INSTALL_HINT)))
        bind_style_sheet(self.install_hint, lambda c: f"color: {c.error};")
        self._labels[0].setText(self.tr("Creator") + ":")
        self._labels[1].setText(self.tr("Sign server API key") + ":")
        self.handle.setPlaceholderText(self.tr("@creator, or the LIVE's address"))
        self.sign_key.setPlaceholderText(self.tr("optional: an Euler Stream key raises the sign server's limits"))
        self.enabled.setText(self.tr("Receive this room's events while LiveDesk runs"))
        self.save_button.setText(self.tr("Save"))
        self.remove_button.setText(self.tr("Remove"))
        self.help_label.setText(self.tr(
            "LiveDesk connects when the creator goes LIVE and checks again every minute while they are not. The "
            "sign server limits how many connections are started: when its limit is reached LiveDesk waits and "
            "retries by itself (the state says how long); an Euler Stream API key raises the limit. The room's "
            "LIVE and the same LIVE from TikTok Shop are shown as one LIVE."))
        self.show_status()

    def current_key(self) -> SourceKey | None:
        return (self.connector, reg.SINGLE_ACCOUNT)

    def load(self) -> None:
        """Show the saved room."""
        config = self.dialog.accounts.load(self.connector, reg.SINGLE_ACCOUNT)
        self.handle.setText(config.get("handle", "") or "" if config else "")
        self.enabled.setChecked(reg.is_enabled(config) if config else True)
        stored = bool(self.dialog.credentials.get(self.connector, reg.SINGLE_ACCOUNT, reg.SIGN_API_KEY))
        if stored:
            self.sign_key.setPlaceholderText(self.tr("stored — leave empty to keep"))
        self.remove_button.setEnabled(config is not None and self.problem is None)
        self.show_status()

    def save(self) -> None:
        """Store the room (the API key, if typed, in the keyring)."""
        from livedesk.services.sources.tiktok_live import normalize_handle

        text = self.handle.text().strip()
        if not text or normalize_handle(text) == "@":
            self.show_result(self.tr("Enter the creator's @handle."), False)
            return
        key = self.sign_key.text().strip()
        if key and not self.store_secret(reg.SINGLE_ACCOUNT, reg.SIGN_API_KEY, key):
            return
        handle = normalize_handle(text)
        self.dialog.accounts.save(AccountConfig(self.connector, reg.SINGLE_ACCOUNT, {
            "handle": handle, reg.ENABLED: "1" if self.enabled.isChecked() else "0"}))
        self.sign_key.clear()
        self.handle.setText(handle)
        self.dialog.accounts_saved((self.connector, reg.SINGLE_ACCOUNT))
        self.load()
        self.show_result(self.dialog.saved_text(), True)

    def remove(self) -> None:
        """Stop receiving the room and forget its settings and key."""
        if not self.dialog.confirm(self.tr("Stop receiving the TikTok LIVE room and forget its settings?")):
            return
        self.forget_account(reg.SINGLE_ACCOUNT)
        self.handle.clear()
        self.load()
        self.show_result(self.tr("Removed."), True)


# --- OBS -------------------------------------------------------------------------------------------------

class ObsPage(_Page):
    """The OBS WebSocket server to read stream health and recordings from."""

    connector = reg.OBS

    def __init__(self, dialog: SourcesDialog) -> None:
        super().__init__(dialog)
        self.setObjectName("obsPage")
        self.notice = _label("obsNotice")
        self.host = QLineEdit(reg.OBS_DEFAULT_HOST)
        self.host.setObjectName("obsHost")
        self.port = QSpinBox()
        self.port.setObjectName("obsPort")
        self.port.setRange(1, 65535)
        self.port.setValue(reg.OBS_DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.port.setMaximumWidth(120)
        self.password = _secret_edit("obsPassword")
        self.enabled = QCheckBox()
        self.enabled.setObjectName("obsEnabled")
        self.enabled.setChecked(True)
        self.test_button = QPushButton()
        self.test_button.setObjectName("obsTestButton")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton()
        self.save_button.setObjectName("obsSaveButton")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("obsRemoveButton")
        self.remove_button.clicked.connect(self.remove)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self._labels, (self.host, self.port, self.password), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.enabled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.result_label)
        lay.addWidget(self.status_label)
        lay.addWidget(self.help_label)
        lay.addStretch(1)
        self.buttons_not_default()
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self.notice.setText(self.tr(
            "OBS sends the stream's health (bitrate, dropped frames, congestion, CPU) during a LIVE, and its "
            "recordings, which become the LIVE's replay. In OBS open <b>Tools → WebSocket Server Settings</b>, tick "
            "<b>Enable WebSocket server</b>; <b>Show Connect Info</b> gives the port and the password."))
        for label, text in zip(self._labels, (self.tr("Host"), self.tr("Port"), self.tr("Password")), strict=True):
            label.setText(text + ":")
        self.enabled.setText(self.tr("Read stream health and recordings while LiveDesk runs"))
        self.test_button.setText(self.tr("Test connection"))
        self.save_button.setText(self.tr("Save"))
        self.remove_button.setText(self.tr("Remove"))
        self.help_label.setText(self.tr(
            "OBS does not know which TikTok LIVE it streams: LiveDesk adds its figures to the LIVE running now — "
            "the TikTok LIVE room's LIVE when one is received, else the LIVE you have open if it is running, else "
            "the newest running LIVE. During the LIVE they show under the Key metrics cards. When a recording "
            "stops, its file becomes that LIVE's replay."))
        self._placeholder()
        self.show_status()

    def _placeholder(self) -> None:
        stored = bool(self.dialog.credentials.get(self.connector, reg.SINGLE_ACCOUNT, reg.OBS_PASSWORD))
        self.password.setPlaceholderText(self.tr("stored — leave empty to keep") if stored
                                         else self.tr("empty when authentication is off in OBS"))

    def current_key(self) -> SourceKey | None:
        return (self.connector, reg.SINGLE_ACCOUNT)

    def load(self) -> None:
        """Show the saved settings."""
        config = self.dialog.accounts.load(self.connector, reg.SINGLE_ACCOUNT)
        if config is not None:
            self.host.setText(config.get("host", reg.OBS_DEFAULT_HOST) or reg.OBS_DEFAULT_HOST)
            port = config.get("port", "") or ""
            self.port.setValue(int(port) if port.isdigit() else reg.OBS_DEFAULT_PORT)
            self.enabled.setChecked(reg.is_enabled(config))
        self.remove_button.setEnabled(config is not None)
        self._placeholder()
        self.show_status()

    def _password(self) -> str:
        return self.password.text() or self.dialog.credentials.get(
            self.connector, reg.SINGLE_ACCOUNT, reg.OBS_PASSWORD) or ""

    def url(self) -> str:
        """The WebSocket address of the form's host and port."""
        return reg.obs_url(self.host.text().strip() or reg.OBS_DEFAULT_HOST, self.port.value())

    def test_connection(self) -> None:
        """Connect, authenticate and read OBS's state, on the connection-test thread."""
        if not self.testing():
            self.submit(partial(probe_obs, self.url(), self._password()))

    def set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)

    def probe_done(self, result: ProbeResult) -> None:
        if not result.ok:
            self.show_result(self.tr("Connection failed: {reason}").format(reason=result.message), False)
            return
        streaming = result.fields.get("streaming") == "1"
        recording = result.fields.get("recording") == "1"
        self.show_result(self.tr("Connected to OBS at {url}: {stream}, {record}.").format(
            url=self.url(), stream=self.tr("streaming") if streaming else self.tr("not streaming"),
            record=self.tr("recording") if recording else self.tr("not recording")), True)

    def save(self) -> None:
        """Store the settings (the password, if typed, in the keyring)."""
        password = self.password.text()
        if password and not self.store_secret(reg.SINGLE_ACCOUNT, reg.OBS_PASSWORD, password):
            return
        self.dialog.accounts.save(AccountConfig(self.connector, reg.SINGLE_ACCOUNT, {
            "host": self.host.text().strip() or reg.OBS_DEFAULT_HOST, "port": str(self.port.value()),
            reg.ENABLED: "1" if self.enabled.isChecked() else "0"}))
        self.password.clear()
        self.dialog.accounts_saved((self.connector, reg.SINGLE_ACCOUNT))
        self.load()
        self.show_result(self.dialog.saved_text(), True)

    def remove(self) -> None:
        """Stop reading OBS and forget its settings and password."""
        if not self.dialog.confirm(self.tr("Stop reading OBS and forget its settings and password?")):
            return
        self.forget_account(reg.SINGLE_ACCOUNT)
        self.host.setText(reg.OBS_DEFAULT_HOST)
        self.port.setValue(reg.OBS_DEFAULT_PORT)
        self.load()
        self.show_result(self.tr("Removed."), True)


# --- the dialog ------------------------------------------------------------------------------------------

class SourcesDialog(QDialog):
    """Connect the data sources (non-modal).

    Args:
        accounts / credentials: where settings and secrets go.
        probe: runs the connection tests.
        sources: the running sources (their states are shown; saving restarts the saved one); None: none run.
        tiktok_live_problem: why TikTok LIVE cannot run here, or None (default: looked up).

    Signals:
        accounts_changed: an account was saved or removed. arg: (connector, account)
    """

    accounts_changed = Signal(object)

    def __init__(self, accounts: AccountStore, credentials: CredentialStore, probe: ProbeService,
                 sources: reg.SourceSet | None = None, *, tiktok_live_problem: str | bool | None = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.accounts = accounts
        self.credentials = credentials
        self.probe = probe
        self.sources = sources
        self._statuses: dict[SourceKey, IngestStatus] = {}
        self.confirm: Callable[[str], bool] = self._ask
        self.setMinimumSize(760, 560)
        self.resize(880, 680)  # wrapped help texts make the size hint too small to be the default

        self.keyring_warning = QFrame()
        self.keyring_warning.setObjectName("keyringWarning")
        bind_style_sheet(self.keyring_warning, lambda c: (
            f"QFrame#keyringWarning {{ background: {c.warning_background}; border: 1px solid {c.warning_border}; "
            "border-radius: 4px; }"))
        self._keyring_text = _label("keyringWarningText")
        self.run_only = QCheckBox()
        self.run_only.setObjectName("runOnlyCheck")
        warn = QVBoxLayout(self.keyring_warning)
        warn.addWidget(self._keyring_text)
        warn.addWidget(self.run_only)
        self.keyring_warning.setVisible(not credentials.persistent)

        problem = tiktoklive_problem() if tiktok_live_problem is True else (tiktok_live_problem or None)
        self.tiktok_shop = TikTokShopPage(self)
        self.tiktok_live = TikTokLivePage(self, problem if isinstance(problem, str) else None)
        self.obs = ObsPage(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sourcesTabs")
        for page in self.pages():
            self.tabs.addTab(page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.keyring_warning)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.buttons)
        probe.finished.connect(self._on_probe_finished)
        if sources is not None:
            sources.status_changed.connect(self.on_status)
            sources.sources_changed.connect(self._refresh_states)
            for key in sources.source_keys():
                status = sources.status(key)
                if status is not None:
                    self._statuses[key] = status
        self.retranslate_ui()
        self._refresh_states()

    def pages(self) -> tuple[_Page, ...]:
        """TikTok Shop, TikTok LIVE, OBS."""
        return (self.tiktok_shop, self.tiktok_live, self.obs)

    # --- translation -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every visible text."""
        self.setWindowTitle(self.tr("Sources"))
        self.tabs.setTabText(0, self.tr("TikTok Shop"))
        self.tabs.setTabText(1, self.tr("TikTok LIVE (unofficial)"))
        self.tabs.setTabText(2, self.tr("OBS"))
        self._keyring_text.setText("<b>{title}</b> {body}".format(
            title=_esc(self.tr("No OS keyring is available on this computer.")),
            body=_esc(self.tr("LiveDesk keeps app secrets, tokens and passwords only in the OS keyring (Windows "
                              "Credential Manager, macOS Keychain, Secret Service or KWallet), never in a file, so "
                              "without one it cannot keep them after you close it."))))
        self._keyring_text.setToolTip(self.credentials.problem or "")
        self.run_only.setText(self.tr("Keep secrets for this run only (you will enter them again next time)"))
        for page in self.pages():
            page.retranslate_ui()

    # --- services the pages use ----------------------------------------------------------------------------
    def may_store_secrets(self) -> bool:
        """True when secrets can be kept: a keyring works, or the user accepted keeping them for this run."""
        return self.credentials.persistent or self.run_only.isChecked()

    def saved_text(self) -> str:
        """What a save says."""
        if self.credentials.persistent:
            return self.tr("Saved. Secrets are in the OS keyring.")
        return self.tr("Saved. Secrets are kept in memory for this run only.")

    def running_keys(self) -> tuple[SourceKey, ...]:
        """The sources running now."""
        return self.sources.source_keys() if self.sources is not None else ()

    def status(self, key: SourceKey) -> IngestStatus | None:
        """A running source's newest state."""
        return self._statuses.get(key)

    def accounts_saved(self, key: SourceKey) -> None:
        """An account was saved or removed: restart its source."""
        if self.sources is not None:
            self._statuses.pop(key, None)
            self.sources.reload([key])
        self.accounts_changed.emit(key)
        self._refresh_states()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Sources"), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- states ----------------------------------------------------------------------------------------------
    @Slot(object, object)
    def on_status(self, key: SourceKey, status: IngestStatus) -> None:
        """A running source's state changed."""
        self._statuses[tuple(key)] = status  # type: ignore[index]
        self._refresh_states()

    def _refresh_states(self) -> None:
        for page in self.pages():
            page.show_status()
        self.tiktok_shop.refresh_icons()

    @Slot(int, object)
    def _on_probe_finished(self, request_id: int, result: ProbeResult) -> None:
        for page in self.pages():
            page.on_probe_finished(request_id, result)


def show_sources_dialog(parent: QWidget, accounts: AccountStore, credentials: CredentialStore, probe: ProbeService,
                        sources: reg.SourceSet | None = None, page: str | None = None) -> SourcesDialog:
    """Open the Sources dialog (one per window: shown again if open), on ``page`` (a connector name) if given."""
    dialog = parent.findChild(SourcesDialog, "sourcesDialog")
    if dialog is None:
        dialog = SourcesDialog(accounts, credentials, probe, sources, parent=parent)
    if page in reg.CONNECTORS:
        dialog.tabs.setCurrentIndex(reg.CONNECTORS.index(page))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
