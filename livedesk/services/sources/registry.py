"""Connected sources: connectors built from the saved accounts, each one run by its own ingest service.

An account is a QSettings group ``accounts/<connector>/<name>`` (:mod:`livedesk.services.accounts`) whose
secrets live in the keyring (:class:`~livedesk.services.credentials.CredentialStore`):

=============  ===========================  ============================================  =======================
connector      account names                settings (QSettings)                          secrets (keyring)
=============  ===========================  ============================================  =======================
tiktok_shop    the user's (several shops)   app_key, region, api_base, auth_base,         app_secret, access_token,
                                            shop_id, shop_name, shop_cipher, timezone      refresh_token, token_expiry
tiktok_live    ``default`` (one room)       handle                                        sign_api_key (optional)
obs            ``default`` (one OBS)        host, port                                    password
=============  ===========================  ============================================  =======================

Every account also has ``enabled`` (``1``/``0``, default ``1``): only enabled accounts run.

:func:`source_specs` turns the enabled accounts into :class:`SourceSpec` (a connector factory each; factories run
on the ingest thread). :class:`SourceSet` runs one :class:`~livedesk.services.ingest.IngestService` per spec and
re-emits their news. OBS does not know which LIVE it streams: :class:`FollowCurrentSession` writes its samples
into the LIVE running now, which :class:`CurrentLive` finds in the cache (the TikTok LIVE connector's LIVE, else
the selected LIVE if it is running, else the newest running LIVE).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from livedesk.models.merging import current_live_session
from livedesk.models.records import AccountRef, Batch, SessionRef
from livedesk.models.store import Store
from livedesk.services.accounts import AccountConfig, AccountStore
from livedesk.services.connector import Connector, ConnectorError
from livedesk.services.ingest import Backoff, IngestService, IngestStatus, IngestWorker

if TYPE_CHECKING:
    from livedesk.services.credentials import CredentialStore

log = logging.getLogger(__name__)

TIKTOK_SHOP = "tiktok_shop"
TIKTOK_LIVE = "tiktok_live"
OBS = "obs"
CONNECTORS = (TIKTOK_SHOP, TIKTOK_LIVE, OBS)
SINGLE_ACCOUNT = "default"  # the account name of tiktok_live and obs (one room, one OBS)
ENABLED = "enabled"
OBS_PASSWORD = "password"
SIGN_API_KEY = "sign_api_key"
OBS_DEFAULT_HOST = "127.0.0.1"
OBS_DEFAULT_PORT = 4455
SECRET_NAMES: dict[str, tuple[str, ...]] = {
    TIKTOK_SHOP: ("app_secret", "access_token", "refresh_token", "token_expiry"),
    TIKTOK_LIVE: (SIGN_API_KEY,),
    OBS: (OBS_PASSWORD,),
}

SourceKey = tuple[str, str]  # (connector, account name)
SessionProvider = Callable[[], SessionRef | None]


class SharedCredentials:
    """The app's one :class:`CredentialStore`, created on first use from any thread.

    Importing keyring and finding its backend takes a noticeable part of a second: only an app with connected
    sources (or the Sources dialog) pays for it, and not on the way to the first window. Secrets kept for this
    run only (no keyring) live in this one store, so the dialog and the running sources see the same ones.

    Args:
        make: builds the store (default: ``CredentialStore()``, the OS keyring).
    """

    def __init__(self, make: Callable[[], CredentialStore] | None = None) -> None:
        self._make = make
        self._store: CredentialStore | None = None
        self._lock = threading.Lock()

    def __call__(self) -> CredentialStore:
        with self._lock:
            if self._store is None:
                if self._make is not None:
                    self._store = self._make()
                else:
                    from livedesk.services.credentials import CredentialStore

                    self._store = CredentialStore()
            return self._store


def is_enabled(config: AccountConfig) -> bool:
    """Whether an account should run (``enabled`` is not ``0``)."""
    return (config.get(ENABLED, "1") or "1") not in ("0", "false", "no")


def obs_url(host: str, port: int | str) -> str:
    """``ws://host:port`` (an IPv6 address in brackets)."""
    host = (host or OBS_DEFAULT_HOST).strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"ws://{host}:{int(port)}"


def _guarded(what: str, make: Callable[[], Connector]) -> Callable[[], Connector]:
    """A factory whose unexpected failures become a permanent :class:`ConnectorError` the status bar shows."""
    def factory() -> Connector:
        try:
            return make()
        except ConnectorError:
            raise
        except Exception as exc:  # a bad setting must not kill the ingest thread silently
            log.exception("could not start the %s connector", what)
            raise ConnectorError(f"could not start {what}: {exc.__class__.__name__}: {exc}", permanent=True) from exc

    return factory


Credentials = Callable[[], "CredentialStore"]


def tiktok_shop_factory(config: AccountConfig, credentials: Credentials) -> Callable[[], Connector]:
    """The TikTok Shop connector of one account (its cursor is restored by the ingest worker)."""
    def make() -> Connector:
        from livedesk.services.sources import tiktok_shop as tts

        return tts.TikTokShopConnector(
            config.name, config.get("app_key", "") or "", credentials(),
            api_base=config.get("api_base") or tts.DEFAULT_API_BASE,
            auth_base=config.get("auth_base") or tts.DEFAULT_AUTH_BASE,
            region=config.get("region", "") or "", timezone=config.get("timezone"),
            shop_cipher=config.get("shop_cipher"), shop_id=config.get("shop_id"), shop_name=config.get("shop_name"))

    return _guarded(f"TikTok Shop account {config.name!r}", make)


def tiktok_live_factory(config: AccountConfig, credentials: Credentials,
                        store: Store | None = None) -> Callable[[], Connector]:
    """The (unofficial) TikTok LIVE room connector; a LIVE of it left running by an earlier run is ended first."""
    def make() -> Connector:
        from livedesk.services.sources import tiktok_live as ttl

        handle = config.get("handle")
        if not handle:
            raise ConnectorError("no TikTok LIVE @handle is set (Settings → Sources → TikTok LIVE)", permanent=True)
        key = credentials().get(TIKTOK_LIVE, config.name, SIGN_API_KEY)
        connector = ttl.TikTokLiveConnector(handle, sign_api_key=key)
        if store is not None:
            store.end_stale_live_sessions(ttl.SOURCE)
        return connector

    return _guarded("TikTok LIVE", make)


def obs_factory(config: AccountConfig, credentials: Credentials,
                current: SessionProvider) -> Callable[[], Connector]:
    """The OBS connector, writing into the LIVE running now."""
    def make() -> Connector:
        from livedesk.services.sources.obs import ObsConnector

        port = config.get("port", str(OBS_DEFAULT_PORT)) or str(OBS_DEFAULT_PORT)
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise ConnectorError(f"the OBS port {port!r} is not a port number", permanent=True)
        password = credentials().get(OBS, config.name, OBS_PASSWORD) or ""
        inner = ObsConnector(obs_url(config.get("host", OBS_DEFAULT_HOST) or OBS_DEFAULT_HOST, port), password,
                             FollowCurrentSession.PLACEHOLDER)
        return FollowCurrentSession(inner, current)

    return _guarded("OBS", make)


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One enabled account, ready to run.

    Attributes:
        connector: ``tiktok_shop``, ``tiktok_live`` or ``obs``.
        account: the account's name.
        factory: builds the connector (on the ingest thread).
    """

    connector: str
    account: str
    factory: Callable[[], Connector]

    @property
    def key(self) -> SourceKey:
        """``(connector, account)``."""
        return (self.connector, self.account)


def source_specs(accounts: AccountStore, credentials: Credentials, current: SessionProvider,
                 store: Store | None = None) -> list[SourceSpec]:
    """A spec for every enabled account, in connector order (TikTok Shop, TikTok LIVE, OBS)."""
    specs = []
    for connector in CONNECTORS:
        for name in accounts.names(connector):
            config = accounts.load(connector, name)
            if config is None or not is_enabled(config):
                continue
            if connector == TIKTOK_SHOP:
                factory = tiktok_shop_factory(config, credentials)
            elif connector == TIKTOK_LIVE:
                factory = tiktok_live_factory(config, credentials, store)
            else:
                factory = obs_factory(config, credentials, current)
            specs.append(SourceSpec(connector, name, factory))
    return specs


class FollowCurrentSession:
    """Wraps the OBS connector so its stream health and recordings go to the LIVE running now.

    Args:
        inner: an :class:`~livedesk.services.sources.obs.ObsConnector` built with :attr:`PLACEHOLDER` as session.
        current: the LIVE running now (called on the ingest thread at every poll), or None.
    """

    PLACEHOLDER = SessionRef(AccountRef("obs", "-"), "-")

    def __init__(self, inner: Connector, current: SessionProvider) -> None:
        self._inner = inner
        self._current = current
        self._session: SessionRef | None = None

    @property
    def source(self) -> str:
        """The inner connector's (``obs``)."""
        return self._inner.source

    @property
    def poll_interval_ms(self) -> int:
        """The inner connector's."""
        return self._inner.poll_interval_ms

    @property
    def session(self) -> SessionRef | None:
        """The LIVE the last poll wrote to."""
        return self._session

    def poll(self) -> Batch:
        """Poll OBS; re-address its records to the LIVE running now (dropped when none runs)."""
        batch = self._inner.poll()
        try:
            ref = self._current()
        except SQLAlchemyError:
            log.exception("could not find the LIVE running now")
            ref = None
        self._session = ref
        if ref is None:
            if batch.session_replays:
                log.warning("an OBS recording ended while no LIVE was running: not linked as a replay")
            return Batch(batch.source, meta=batch.meta)
        return dataclasses.replace(
            batch, stream_health=tuple(dataclasses.replace(h, session=ref) for h in batch.stream_health),
            session_replays=tuple(dataclasses.replace(r, session=ref) for r in batch.session_replays))

    def close(self) -> None:
        """Close the inner connector."""
        self._inner.close()


class CurrentLive:
    """The LIVE running now, read from the cache (thread-safe: called on the OBS ingest thread).

    Args:
        engine: the cache.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._selected: int | None = None

    def set_selected(self, session_id: int) -> None:
        """The LIVE the user looks at (preferred when it is running and no TikTok LIVE room is received)."""
        self._selected = int(session_id)

    def __call__(self) -> SessionRef | None:
        with self._engine.connect() as conn:
            return current_live_session(conn, selected=self._selected)


class SourceSet(QObject):
    """Runs one ingest service per enabled account and re-emits their news in the GUI thread.

    Args:
        store: the cache writer.
        accounts: where the accounts are.
        credentials: gives the store of their secrets (called when a source starts, on its thread).
        current: the LIVE running now (for OBS).
        backoff: the retry policy of every worker.

    Signals:
        status_changed: a source's state. args: (connector, account), IngestStatus
        sources_changed: the set of running sources changed (rebuild the indicators).
        session_updated / sessions_changed: as :class:`IngestService`'s, from every source.
    """

    status_changed = Signal(object, object)
    sources_changed = Signal()
    session_updated = Signal(int, object, object)
    sessions_changed = Signal()

    def __init__(self, store: Store, accounts: AccountStore, credentials: Credentials,
                 current: SessionProvider, *, backoff: Backoff | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceSet")
        self._store = store
        self._accounts = accounts
        self._credentials = credentials
        self._current = current
        self._backoff = backoff
        self._specs: dict[SourceKey, SourceSpec] = {}
        self._services: dict[SourceKey, IngestService] = {}
        self._retired: list[IngestService] = []

    @property
    def accounts(self) -> AccountStore:
        """The account settings the sources are built from."""
        return self._accounts

    @property
    def credentials(self) -> CredentialStore:
        """The store of the accounts' secrets (created on first use)."""
        return self._credentials()

    def source_keys(self) -> tuple[SourceKey, ...]:
        """The running sources, in connector order."""
        return tuple(self._services)

    def status(self, key: SourceKey) -> IngestStatus | None:
        """A running source's newest state (None before its first report, or when it does not run)."""
        service = self._services.get(key)
        return service.status if service is not None else None

    def start(self) -> None:
        """Start every enabled account's source."""
        self.reload(())

    def reload(self, restart: Iterable[SourceKey] | None = None) -> None:
        """Match the running sources to the saved accounts.

        Sources of removed or disabled accounts stop, new ones start, and those in ``restart`` (None: all)
        start again with their new settings. Stopping never waits: a poll in progress finishes on its thread.
        """
        specs = {s.key: s for s in source_specs(self._accounts, self._credentials, self._current, self._store)}
        again = set(self._services) if restart is None else set(restart)
        changed = False
        for key in list(self._services):
            if key not in specs or key in again:
                self._retire(key)
                changed = True
        running = dict(self._services)
        self._services = {}
        for key, spec in specs.items():  # keep the connector order
            service = running.get(key) or self._launch(spec)
            changed = changed or key not in running
            self._services[key] = service
        self._specs = specs
        for service in [s for s in self._retired if not s.is_running()]:
            self._retired.remove(service)
            service.deleteLater()
        if changed:
            self.sources_changed.emit()

    def _launch(self, spec: SourceSpec) -> IngestService:
        service = IngestService(IngestWorker(spec.factory, self._store, self._backoff), self)
        key = spec.key
        service.status_changed.connect(lambda st, key=key, svc=service: self._on_status(key, svc, st))
        service.session_updated.connect(self.session_updated)
        service.sessions_changed.connect(self.sessions_changed)
        service.start()
        return service

    def _retire(self, key: SourceKey) -> None:
        service = self._services.pop(key)
        service.session_updated.disconnect(self.session_updated)
        service.sessions_changed.disconnect(self.sessions_changed)
        service.stop_later()
        self._retired.append(service)

    def _on_status(self, key: SourceKey, service: IngestService, status: IngestStatus) -> None:
        if self._services.get(key) is service:
            self.status_changed.emit(key, status)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop every source and wait for their threads. Returns False if one did not end in time."""
        ok = True
        for key in list(self._services):
            service = self._services.pop(key)
            ok = service.shutdown(timeout_ms) and ok
        for service in self._retired:
            ok = service.wait(timeout_ms) and ok
        self._retired = []
        return ok
