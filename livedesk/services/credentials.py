"""Secrets (app secrets, access and refresh tokens) live only in the OS keyring.

Every secret is stored under the service ``livedesk`` with the user name ``<connector>:<account>:<name>``
(for example ``tiktok_shop:myshop:refresh_token``). When no keyring backend works — the ``null`` or ``fail``
backends, an empty chainer, or a backend that errors or cannot read back what it wrote — the store says so
plainly (:attr:`CredentialStore.problem`, :class:`KeyringUnavailableError`) and, if allowed, keeps the secrets
in memory for this run only. Secrets are never written anywhere else, never logged and never put in a
message or a ``repr``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

log = logging.getLogger(__name__)

SERVICE = "livedesk"

_INSTALL_HINT = QT_TRANSLATE_NOOP("Credentials", "Install or unlock an OS keyring (Windows Credential Manager, macOS "
                                                "Keychain, or the Secret Service / KWallet on Linux) to keep them "
                                                "between runs.")
_NULL_KEYRING = QT_TRANSLATE_NOOP("Credentials", "the keyring backend is the null keyring, which stores nothing")
_NO_KEYRING = QT_TRANSLATE_NOOP("Credentials", "no OS keyring backend is available on this system")
_READ_FAILED = QT_TRANSLATE_NOOP("Credentials", "reading failed ({error})")
_WRITE_FAILED = QT_TRANSLATE_NOOP("Credentials", "writing failed ({error})")
_NOT_KEPT = QT_TRANSLATE_NOOP("Credentials", "the keyring did not keep what was written")
_IN_MEMORY = QT_TRANSLATE_NOOP("Credentials", "No working OS keyring: {reason} ({backend}). Secrets are kept in memory "
                                              "for this run only and must be entered again next time.")
_REFUSED = QT_TRANSLATE_NOOP("Credentials", "No working OS keyring: {reason} ({backend}).")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Credentials", text)


class KeyringUnavailableError(Exception):
    """No working OS keyring: secrets cannot be kept between runs. The message is meant for the user."""


KeyringUnavailable = KeyringUnavailableError  # the name used in the design notes


class CredentialMissingError(KeyError):
    """A secret that a connector needs is not stored (the message names it, never a value)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "credential missing"


def credential_key(connector: str, account: str, name: str) -> str:
    """The keyring user name of one secret: ``<connector>:<account>:<name>``."""
    for part, what in ((connector, "connector"), (account, "account"), (name, "name")):
        if not part or ":" in part:
            raise ValueError(f"the {what} of a credential must be non-empty and contain no ':'")
    return f"{connector}:{account}:{name}"


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _unusable_reason(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot keep secrets, or None when it looks usable."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, null.Keyring):
        return _NULL_KEYRING
    if isinstance(backend, fail.Keyring):
        return _NO_KEYRING
    if isinstance(backend, chainer.ChainerBackend) and not list(backend.backends):
        return _NO_KEYRING
    return None


class CredentialStore:
    """Get, set and delete secrets by (connector, account, name).

    Args:
        backend: the keyring backend to use; default: whatever ``keyring.get_keyring()`` selects (the OS
            keyring, or the one named by ``PYTHON_KEYRING_BACKEND``).
        memory_fallback: when no keyring works, keep secrets in memory for this run instead of refusing.

    Attributes:
        problem: None while the OS keyring works; otherwise a user-readable explanation.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, memory_fallback: bool = True) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._memory_fallback = memory_fallback
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        reason = _unusable_reason(self._backend)
        self._reason: tuple[str, str] | None = None  # (untranslated reason, its {error} detail)
        if reason is not None:
            self._degrade(reason)

    # --- state ----------------------------------------------------------------------------------------
    @property
    def problem(self) -> str | None:
        """None while the OS keyring works; otherwise an explanation in the UI language."""
        return None if self._reason is None else self._explain(_tr)

    @property
    def persistent(self) -> bool:
        """True when secrets go to the OS keyring and survive this run."""
        return self._reason is None

    @property
    def backend_name(self) -> str:
        """The keyring backend's class (for diagnostics; contains no secret)."""
        return _backend_name(self._backend)

    def require_persistent(self) -> None:
        """Raise :class:`KeyringUnavailableError` unless secrets are kept in the OS keyring."""
        if self.problem is not None:
            raise KeyringUnavailableError(self.problem)

    def _degrade(self, reason: str, error: str = "") -> None:
        if self._reason is not None:
            return
        self._reason = (reason, error)
        log.warning("%s", self._explain(lambda text: text))  # the log stays in English

    def _explain(self, tr: Callable[[str], str]) -> str:
        assert self._reason is not None
        reason = tr(self._reason[0]).format(error=self._reason[1])
        text = tr(_IN_MEMORY if self._memory_fallback else _REFUSED)
        return text.format(reason=reason, backend=self.backend_name) + " " + tr(_INSTALL_HINT)

    # --- operations -----------------------------------------------------------------------------------
    def get(self, connector: str, account: str, name: str) -> str | None:
        """The stored secret, or None when there is none."""
        key = credential_key(connector, account, name)
        with self._lock:
            if self.problem is None:
                try:
                    return self._backend.get_password(SERVICE, key)
                except keyring.errors.KeyringError as exc:
                    self._degrade(_READ_FAILED, exc.__class__.__name__)
            return self._memory.get(key)

    def require(self, connector: str, account: str, name: str) -> str:
        """The stored secret; :class:`CredentialMissingError` when there is none."""
        value = self.get(connector, account, name)
        if not value:
            hint = f" ({self.problem})" if self.problem else ""
            what = name.replace("_", " ")
            raise CredentialMissingError(f"no {what} stored for {connector} account {account!r}{hint}")
        return value

    def set(self, connector: str, account: str, name: str, value: str) -> None:
        """Store a secret (in the OS keyring, or in memory for this run when none works).

        Raises:
            KeyringUnavailableError: no keyring works and the memory fallback is off.
        """
        key = credential_key(connector, account, name)
        with self._lock:
            if self.problem is None:
                try:
                    self._backend.set_password(SERVICE, key, value)
                    if self._backend.get_password(SERVICE, key) == value:
                        self._memory.pop(key, None)
                        return
                    self._degrade(_NOT_KEPT)
                except keyring.errors.KeyringError as exc:
                    self._degrade(_WRITE_FAILED, exc.__class__.__name__)
            if not self._memory_fallback:
                raise KeyringUnavailableError(self.problem or "no working OS keyring")
            self._memory[key] = value

    def delete(self, connector: str, account: str, name: str) -> None:
        """Forget a secret (no error when it was not stored)."""
        key = credential_key(connector, account, name)
        with self._lock:
            self._memory.pop(key, None)
            if self.problem is None:
                try:
                    self._backend.delete_password(SERVICE, key)
                except keyring.errors.PasswordDeleteError:
                    pass  # nothing stored under that name
                except keyring.errors.KeyringError as exc:
                    log.warning("could not delete %s from the keyring (%s)", key, exc.__class__.__name__)

    def __repr__(self) -> str:
        where = "os-keyring" if self.persistent else "memory-only"
        return f"<CredentialStore {where} backend={self.backend_name} in_memory={len(self._memory)}>"
