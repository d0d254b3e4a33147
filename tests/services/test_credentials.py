"""Secrets live in the OS keyring only: the fallback when none works, persistence when one does, no leaks."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from PySide6.QtCore import QSettings

from livedesk.services.accounts import AccountConfig, AccountStore
from livedesk.services.credentials import (
    SERVICE,
    CredentialMissingError,
    CredentialStore,
    KeyringUnavailable,
    KeyringUnavailableError,
    credential_key,
)
from tests.fakes import DictKeyring

SECRET = "very-secret-app-secret-9f8e7d"


@pytest.fixture
def dict_keyring() -> Iterator[DictKeyring]:
    """A real keyring backend (in process), installed as the default the way an OS keyring would be."""
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class _RaisingKeyring(KeyringBackend):
    priority = -5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"locked: could not store {password}")  # a careless backend

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("nothing")


class _ForgetfulKeyring(_RaisingKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        pass  # accepts and drops


def test_the_test_suite_runs_on_the_null_keyring() -> None:
    assert isinstance(keyring.get_keyring(), null.Keyring)


def test_null_backend_is_reported_and_secrets_are_kept_for_this_run_only(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    creds = CredentialStore()
    assert not creds.persistent
    assert creds.problem is not None
    assert "null keyring" in creds.problem and "this run only" in creds.problem and "keyring" in creds.problem.lower()
    with pytest.raises(KeyringUnavailable) as err:
        creds.require_persistent()
    assert str(err.value) == creds.problem
    creds.set("tiktok_shop", "shop", "app_secret", SECRET)
    assert creds.get("tiktok_shop", "shop", "app_secret") == SECRET  # usable during the run
    assert CredentialStore().get("tiktok_shop", "shop", "app_secret") is None  # gone for the next run
    assert keyring.get_password(SERVICE, "tiktok_shop:shop:app_secret") is None
    creds.delete("tiktok_shop", "shop", "app_secret")
    assert creds.get("tiktok_shop", "shop", "app_secret") is None
    assert SECRET not in caplog.text and SECRET not in repr(creds)
    assert "memory-only" in repr(creds)


def test_without_fallback_storing_is_refused_plainly() -> None:
    creds = CredentialStore(null.Keyring(), memory_fallback=False)
    with pytest.raises(KeyringUnavailableError) as err:
        creds.set("tiktok_shop", "shop", "app_secret", SECRET)
    assert "No working OS keyring" in str(err.value) and SECRET not in str(err.value)
    assert creds.get("tiktok_shop", "shop", "app_secret") is None


def test_the_fail_backend_counts_as_no_keyring() -> None:
    creds = CredentialStore(fail.Keyring())
    assert not creds.persistent and "no OS keyring backend" in (creds.problem or "")
    creds.set("obs", "studio", "password", SECRET)
    assert creds.get("obs", "studio", "password") == SECRET


def test_a_real_backend_keeps_secrets_between_runs(dict_keyring: DictKeyring) -> None:
    creds = CredentialStore()
    assert creds.persistent and creds.problem is None
    creds.require_persistent()
    creds.set("tiktok_shop", "shop", "refresh_token", SECRET)
    assert dict_keyring.store == {(SERVICE, "tiktok_shop:shop:refresh_token"): SECRET}
    later = CredentialStore()  # a new run
    assert later.get("tiktok_shop", "shop", "refresh_token") == SECRET
    assert later.require("tiktok_shop", "shop", "refresh_token") == SECRET
    later.delete("tiktok_shop", "shop", "refresh_token")
    later.delete("tiktok_shop", "shop", "refresh_token")  # deleting twice is fine
    assert dict_keyring.store == {}
    assert SECRET not in repr(creds) and "os-keyring" in repr(creds)


def test_a_backend_that_fails_to_write_falls_back_without_leaking(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    creds = CredentialStore(_RaisingKeyring())
    assert creds.persistent  # looks usable until it is used
    creds.set("tiktok_shop", "shop", "access_token", SECRET)
    assert not creds.persistent and "writing failed (PasswordSetError)" in (creds.problem or "")
    assert creds.get("tiktok_shop", "shop", "access_token") == SECRET
    assert SECRET not in caplog.text and SECRET not in (creds.problem or "") and SECRET not in repr(creds)


def test_a_backend_that_drops_writes_is_not_trusted() -> None:
    creds = CredentialStore(_ForgetfulKeyring())
    creds.set("tiktok_shop", "shop", "access_token", SECRET)
    assert not creds.persistent and "did not keep" in (creds.problem or "")
    assert creds.get("tiktok_shop", "shop", "access_token") == SECRET


def test_missing_secret_message_names_what_not_a_value(dict_keyring: DictKeyring) -> None:
    creds = CredentialStore()
    creds.set("tiktok_shop", "shop", "access_token", SECRET)
    with pytest.raises(CredentialMissingError) as err:
        creds.require("tiktok_shop", "shop", "app_secret")
    assert "no app secret stored for tiktok_shop account 'shop'" in str(err.value)
    assert SECRET not in str(err.value)


def test_keys_are_connector_account_name() -> None:
    assert credential_key("tiktok_shop", "my.shop", "app_secret") == "tiktok_shop:my.shop:app_secret"
    for bad in (("tiktok_shop", "a:b", "x"), ("", "a", "x"), ("c", "a", "")):
        with pytest.raises(ValueError):
            credential_key(*bad)


def test_account_settings_refuse_secrets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    accounts = AccountStore(qs)
    with pytest.raises(ValueError, match="secrets are not kept in settings"):
        accounts.save(AccountConfig("tiktok_shop", "shop", {"app_key": "k", "app_secret": SECRET}))
    accounts.save(AccountConfig("tiktok_shop", "shop", {"app_key": "k", "region": "US"}))
    accounts.save(AccountConfig("tiktok_shop", "other", {"app_key": "k2"}))
    assert accounts.names("tiktok_shop") == ["other", "shop"]
    loaded = accounts.load("tiktok_shop", "shop")
    assert loaded is not None and dict(loaded.fields) == {"app_key": "k", "region": "US"}
    assert loaded.with_fields(region=None, shop_name="Glow").fields == {"app_key": "k", "shop_name": "Glow"}
    accounts.remove("tiktok_shop", "other")
    assert accounts.names("tiktok_shop") == ["shop"] and accounts.load("tiktok_shop", "other") is None
    with pytest.raises(ValueError):
        AccountStore.group("tiktok_shop", "bad/name")
    assert SECRET not in (tmp_path / "s.ini").read_text()
