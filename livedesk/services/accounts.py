"""Connector accounts: the non-secret configuration of each connected account, kept in QSettings.

Each account is a settings group ``accounts/<connector>/<name>`` holding plain strings (app key, region,
API base, shop name, shop cipher ...). Secrets are never accepted here: they go to
:class:`livedesk.services.credentials.CredentialStore` (the OS keyring).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from PySide6.QtCore import QSettings

ROOT_GROUP = "accounts"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
SECRET_FIELDS = frozenset({"app_secret", "secret", "password", "access_token", "refresh_token", "auth_code",
                           "authorization_code", "token"})


def validate_name(name: str) -> str:
    """Return ``name`` if it can name an account or connector (letters, digits, ``_ . -``; max 64)."""
    if not _NAME.match(name):
        raise ValueError(f"invalid account name {name!r}: use letters, digits, '_', '.' or '-' (max 64 characters)")
    return name


@dataclass(frozen=True, slots=True)
class AccountConfig:
    """One account's non-secret settings.

    Attributes:
        connector: the connector name (``tiktok_shop`` ...).
        name: the user's name for the account (unique per connector).
        fields: setting name → value (strings only).
    """

    connector: str
    name: str
    fields: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def get(self, key: str, default: str | None = None) -> str | None:
        """A field's value, or ``default`` when absent or empty."""
        value = self.fields.get(key)
        return value if value else default

    def with_fields(self, **changes: str | None) -> AccountConfig:
        """A copy with some fields changed (None removes a field)."""
        merged = dict(self.fields)
        for k, v in changes.items():
            if v is None:
                merged.pop(k, None)
            else:
                merged[k] = v
        return AccountConfig(self.connector, self.name, MappingProxyType(merged))


class AccountStore:
    """Reads and writes :class:`AccountConfig` groups in QSettings.

    Args:
        settings: the QSettings to use; default: the app's user settings (INI, user scope).
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings if settings is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LiveDesk", "LiveDesk")

    @staticmethod
    def group(connector: str, name: str) -> str:
        """The settings group of an account."""
        return f"{ROOT_GROUP}/{validate_name(connector)}/{validate_name(name)}"

    def names(self, connector: str) -> list[str]:
        """The accounts configured for ``connector``, sorted."""
        self._qs.beginGroup(f"{ROOT_GROUP}/{validate_name(connector)}")
        try:
            return sorted(self._qs.childGroups())
        finally:
            self._qs.endGroup()

    def load(self, connector: str, name: str) -> AccountConfig | None:
        """The account's settings, or None when it is not configured."""
        if name not in self.names(connector):
            return None
        self._qs.beginGroup(self.group(connector, name))
        try:
            values = {k: str(self._qs.value(k, "", type=str)) for k in self._qs.childKeys()}
        finally:
            self._qs.endGroup()
        return AccountConfig(connector, name, MappingProxyType(values))

    def save(self, config: AccountConfig) -> None:
        """Write (replace) the account's settings.

        Raises:
            ValueError: a field looks like a secret (those belong in the keyring).
        """
        secret = sorted(k for k in config.fields if k.lower() in SECRET_FIELDS)
        if secret:
            raise ValueError(f"secrets are not kept in settings: {', '.join(secret)}")
        group = self.group(config.connector, config.name)
        self._qs.remove(group)
        self._qs.beginGroup(group)
        try:
            for k, v in sorted(config.fields.items()):
                self._qs.setValue(k, str(v))
        finally:
            self._qs.endGroup()
        self._qs.sync()

    def remove(self, connector: str, name: str) -> None:
        """Forget an account's settings."""
        self._qs.remove(self.group(connector, name))
        self._qs.sync()
