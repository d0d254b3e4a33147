"""The Sources dialog: accounts with secrets in the keyring (never in the INI file), Test connection against the
fake TikTok Shop and OBS servers, the no-keyring warning with keep-for-this-run, each source's state."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import null
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livedesk.services.accounts import AccountConfig, AccountStore
from livedesk.services.credentials import SERVICE, CredentialStore
from livedesk.services.ingest import IngestStatus, LinkState
from livedesk.services.sources.probe import ProbeService
from livedesk.services.sources.tiktok_shop import load_tokens
from livedesk.views.sources_dialog import SourcesDialog
from tests.fakes import DictKeyring
from tests.fakes.obs_server import FakeObsServer
from tests.fakes.tiktok_shop_server import APP_KEY, APP_SECRET, SHOP_CIPHER, SHOP_ID, FakeTikTokShop, running


class FakeSources(QObject):
    """What the dialog needs of the running sources."""

    status_changed = Signal(object, object)
    sources_changed = Signal()

    def __init__(self, keys: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__()
        self.keys = keys
        self.reloaded: list[list[tuple[str, str]]] = []

    def source_keys(self) -> tuple[tuple[str, str], ...]:
        return self.keys

    def status(self, _key: tuple[str, str]) -> IngestStatus | None:
        return None

    def reload(self, keys: list[tuple[str, str]]) -> None:
        self.reloaded.append(list(keys))


@pytest.fixture
def keyring_dict() -> DictKeyring:
    return DictKeyring()


@pytest.fixture
def probe() -> Iterator[ProbeService]:
    service = ProbeService()
    yield service
    assert service.shutdown()


def ini_text() -> str:
    path = Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LiveDesk", "LiveDesk").fileName())
    return path.read_text(encoding="utf-8") if path.exists() else ""


def make_dialog(qtbot: QtBot, creds: CredentialStore, probe: ProbeService,
                sources: FakeSources | None = None, problem: str | None = None) -> SourcesDialog:
    dialog = SourcesDialog(AccountStore(), creds, probe, sources, tiktok_live_problem=problem)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def result_text(page: object) -> str:
    return page.result_label.text()  # type: ignore[attr-defined]


@pytest.fixture
def shop() -> Iterator[FakeTikTokShop]:
    with running(FakeTikTokShop(clock=time.time)) as fake:
        yield fake


def fill_shop(dialog: SourcesDialog, fake: FakeTikTokShop, *, secret: str = APP_SECRET) -> None:
    page = dialog.tiktok_shop
    page.new_account()
    page.name.setText("glow")
    page.app_key.setText(APP_KEY)
    page.app_secret.setText(secret)
    page.region.setCurrentText("US")
    page.api_base.setText(fake.url)
    page.auth_base.setText(fake.url)


# --- TikTok Shop -----------------------------------------------------------------------------------------

def test_adding_an_account_keeps_secrets_in_the_keyring_not_the_ini(qtbot: QtBot, keyring_dict: DictKeyring,
                                                                     probe: ProbeService,
                                                                     shop: FakeTikTokShop) -> None:
    sources = FakeSources()
    dialog = make_dialog(qtbot, CredentialStore(keyring_dict), probe, sources)
    assert dialog.objectName() == "sourcesDialog" and dialog.keyring_warning.isHidden()
    fill_shop(dialog, shop)
    page = dialog.tiktok_shop
    page.mode.setCurrentIndex(page.MODE_TOKENS)
    access, refresh = shop.issue_tokens()
    page.access_token.setText(access)
    page.refresh_token.setText(refresh)
    page.save_button.click()
    assert "Saved" in result_text(page)
    config = AccountStore().load("tiktok_shop", "glow")
    assert config is not None and config.get("app_key") == APP_KEY and config.get("api_base") == shop.url
    assert keyring_dict.store[(SERVICE, "tiktok_shop:glow:app_secret")] == APP_SECRET
    assert keyring_dict.store[(SERVICE, "tiktok_shop:glow:refresh_token")] == refresh
    ini = ini_text()
    assert "glow" in ini and APP_SECRET not in ini and access not in ini and refresh not in ini
    assert sources.reloaded == [[("tiktok_shop", "glow")]]
    assert [page.accounts.item(i).text() for i in range(page.accounts.count())] == ["glow"]
    assert page.app_secret.text() == "" and "leave empty to keep" in page.app_secret.placeholderText()


def test_save_with_an_authorization_code_exchanges_it_off_the_gui_thread(qtbot: QtBot, keyring_dict: DictKeyring,
                                                                          probe: ProbeService,
                                                                          shop: FakeTikTokShop) -> None:
    creds = CredentialStore(keyring_dict)
    dialog = make_dialog(qtbot, creds, probe)
    fill_shop(dialog, shop)
    page = dialog.tiktok_shop
    code = shop.issue_code()
    page.auth_code.setText(code)
    page.save_button.click()
    assert "Testing" in result_text(page) and not page.save_button.isEnabled()  # answered later, not blocked
    qtbot.waitUntil(lambda: "Saved" in result_text(page), timeout=10_000)
    config = AccountStore().load("tiktok_shop", "glow")
    assert config is not None and config.get("shop_cipher") == SHOP_CIPHER and config.get("shop_id") == SHOP_ID
    tokens = load_tokens(creds, "glow")
    assert tokens is not None and tokens.access_token in shop.access_tokens
    assert code not in str(keyring_dict.store) and code not in ini_text() and page.auth_code.text() == ""
    assert APP_SECRET not in ini_text()


def test_test_connection_shows_the_shop_or_the_error(qtbot: QtBot, keyring_dict: DictKeyring, probe: ProbeService,
                                                     shop: FakeTikTokShop) -> None:
    dialog = make_dialog(qtbot, CredentialStore(keyring_dict), probe)
    page = dialog.tiktok_shop
    fill_shop(dialog, shop)
    page.mode.setCurrentIndex(page.MODE_TOKENS)
    access, refresh = shop.issue_tokens()
    page.access_token.setText(access)
    page.refresh_token.setText(refresh)
    page.test_button.click()
    qtbot.waitUntil(lambda: "Connected" in result_text(page), timeout=10_000)
    assert "GlowLab" in result_text(page) or "shop" in result_text(page)
    assert AccountStore().load("tiktok_shop", "glow") is None  # a test saves nothing
    # a wrong app secret: the API rejects the signature
    fill_shop(dialog, shop, secret="not-the-secret-123")
    page.mode.setCurrentIndex(page.MODE_TOKENS)
    page.access_token.setText(access)
    page.refresh_token.setText(refresh)
    page.test_button.click()
    qtbot.waitUntil(lambda: "Connection failed" in result_text(page), timeout=10_000)
    assert "106001" in result_text(page) and "not-the-secret-123" not in result_text(page)
    assert "#b91c1c" in page.result_label.styleSheet()  # type: ignore[attr-defined]  # red
    from livedesk.views.theme import apply_theme, colors

    apply_theme(QApplication.instance(), "dark")  # type: ignore[arg-type]
    assert colors().error in page.result_label.styleSheet() and "#b91c1c" not in colors().error  # follows the theme


def test_removing_an_account_deletes_its_secrets(qtbot: QtBot, keyring_dict: DictKeyring,
                                                 probe: ProbeService) -> None:
    creds = CredentialStore(keyring_dict)
    AccountStore().save(AccountConfig("tiktok_shop", "old", {"app_key": "k", "region": "US"}))
    creds.set("tiktok_shop", "old", "app_secret", "s3cret")
    creds.set("tiktok_shop", "old", "access_token", "tok")
    dialog = make_dialog(qtbot, creds, probe)
    page = dialog.tiktok_shop
    assert page.name.text() == "old" and page.name.isReadOnly()
    dialog.confirm = lambda _text: True
    page.remove_button.click()
    assert AccountStore().names("tiktok_shop") == [] and keyring_dict.store == {}
    assert page.name.text() == "shop" and not page.name.isReadOnly()


# --- OBS -------------------------------------------------------------------------------------------------

@pytest.fixture
def obs_server() -> Iterator[FakeObsServer]:
    server = FakeObsServer(password="obs-pw").start()
    yield server
    server.stop()


def test_obs_test_connection_and_save(qtbot: QtBot, keyring_dict: DictKeyring, probe: ProbeService,
                                      obs_server: FakeObsServer) -> None:
    dialog = make_dialog(qtbot, CredentialStore(keyring_dict), probe)
    page = dialog.obs
    dialog.tabs.setCurrentWidget(page)
    page.port.setValue(obs_server.port)
    page.password.setText("wrong")
    page.test_button.click()
    qtbot.waitUntil(lambda: "Connection failed" in result_text(page), timeout=10_000)
    assert "OBS refused the password" in result_text(page)
    page.password.setText("obs-pw")
    page.test_button.click()
    qtbot.waitUntil(lambda: "Connected to OBS" in result_text(page), timeout=10_000)
    assert "not streaming" in result_text(page)
    page.save_button.click()
    assert keyring_dict.store[(SERVICE, "obs:default:password")] == "obs-pw"
    assert "obs-pw" not in ini_text() and f"port={obs_server.port}" in ini_text()
    assert page.password.text() == "" and "stored" in page.password.placeholderText()
    # the stored password is used when the field is left empty
    page.test_button.click()
    qtbot.waitUntil(lambda: "Connected to OBS" in result_text(page), timeout=10_000)


# --- no keyring --------------------------------------------------------------------------------------------

def test_without_a_keyring_it_says_so_and_keeps_secrets_for_this_run_only(qtbot: QtBot, probe: ProbeService) -> None:
    creds = CredentialStore(null.Keyring())
    dialog = make_dialog(qtbot, creds, probe)
    assert not dialog.keyring_warning.isHidden()
    assert "No OS keyring is available" in dialog._keyring_text.text()
    page = dialog.obs
    page.password.setText("pw-for-now")
    page.save_button.click()  # not allowed yet
    assert "tick" in result_text(page) and AccountStore().load("obs", "default") is None
    assert creds.get("obs", "default", "password") is None
    dialog.run_only.setChecked(True)
    page.save_button.click()
    assert "for this run only" in result_text(page)
    assert creds.get("obs", "default", "password") == "pw-for-now"  # in memory
    assert AccountStore().load("obs", "default") is not None and "pw-for-now" not in ini_text()
    # a fresh store (the next run) has nothing
    assert CredentialStore(null.Keyring()).get("obs", "default", "password") is None


# --- TikTok LIVE ---------------------------------------------------------------------------------------------

def test_tiktok_live_is_labelled_unofficial_and_disabled_without_the_library(qtbot: QtBot,
                                                                             keyring_dict: DictKeyring,
                                                                             probe: ProbeService) -> None:
    dialog = make_dialog(qtbot, CredentialStore(keyring_dict), probe, problem="TikTokLive is not installed")
    page = dialog.tiktok_live
    assert "unofficial" in dialog.tabs.tabText(1).lower()
    assert "Unofficial" in page.notice.text() and "sign server" in page.notice.text()
    assert not page.install_hint.isHidden() and "livedesk[tiktok]" in page.install_hint.text()
    assert not page.handle.isEnabled() and not page.save_button.isEnabled()


def test_tiktok_live_room_is_saved(qtbot: QtBot, keyring_dict: DictKeyring, probe: ProbeService) -> None:
    dialog = make_dialog(qtbot, CredentialStore(keyring_dict), probe)
    page = dialog.tiktok_live
    assert page.install_hint.isHidden() and page.handle.isEnabled()
    page.handle.setText("https://www.tiktok.com/@glowlab.official/live")
    page.sign_key.setText("euler-key")
    page.save_button.click()
    config = AccountStore().load("tiktok_live", "default")
    assert config is not None and config.get("handle") == "@glowlab.official"
    assert keyring_dict.store[(SERVICE, "tiktok_live:default:sign_api_key")] == "euler-key"
    assert "euler-key" not in ini_text()


# --- states ---------------------------------------------------------------------------------------------------

def test_each_source_state_is_shown(qtbot: QtBot, keyring_dict: DictKeyring, probe: ProbeService) -> None:
    creds = CredentialStore(keyring_dict)
    AccountStore().save(AccountConfig("tiktok_shop", "glow", {"app_key": "k", "region": "US"}))
    AccountStore().save(AccountConfig("obs", "default", {"host": "127.0.0.1", "port": "4455"}))
    sources = FakeSources((("tiktok_shop", "glow"), ("obs", "default")))
    dialog = make_dialog(qtbot, creds, probe, sources)
    key = ("tiktok_shop", "glow")
    dialog.on_status(key, IngestStatus("tiktok_shop", LinkState.CONNECTED, int(time.time() * 1000), backlog=True))
    assert "Syncing" in dialog.tiktok_shop.status_label.text()
    dialog.on_status(key, IngestStatus("tiktok_shop", LinkState.RETRYING, None, "TikTok Shop rate limit reached",
                                       30_000, rate_limited=True))
    assert "Waiting for the rate limit (30 s)" in dialog.tiktok_shop.status_label.text()
    dialog.on_status(("obs", "default"), IngestStatus("obs", LinkState.FAILED, None, "OBS refused the password"))
    assert "Failed: OBS refused the password" in dialog.obs.status_label.text()
    dialog.on_status(("obs", "default"), IngestStatus("obs", LinkState.CONNECTED, int(time.time() * 1000)))
    assert "Connected · last sync" in dialog.obs.status_label.text()
    assert "Not connected yet" in dialog.tiktok_live.status_label.text()
