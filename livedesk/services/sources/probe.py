"""Test connection: try an account's settings once, off the GUI thread, and say what was found or what failed.

:func:`probe_tiktok_shop` exchanges an authorization code (or refreshes the tokens when they are due) and looks up
the authorized shop and its cipher; :func:`probe_obs` connects to OBS, authenticates and reads its state.
:class:`ProbeService` runs such a job on its own thread and reports a :class:`ProbeResult`. Secrets stay in the
job's closure: they are never put in a result, a message or a log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from livedesk.services.connector import ConnectorError

log = logging.getLogger(__name__)

Job = Callable[[], "ProbeResult"]


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What a connection test found.

    Attributes:
        ok: the source answered and accepted the credentials.
        message: why it failed (for the user; no secret in it), empty on success.
        fields: non-secret facts learned (``shop_name``, ``shop_id``, ``shop_cipher``, ``region``, ``other_shops``;
            for OBS ``streaming`` and ``recording`` as ``1``/``0``).
        tokens: new TikTok Shop tokens when the test exchanged a code or refreshed them (to keep: the old ones
            may no longer work), else None.
    """

    ok: bool
    message: str = ""
    fields: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    tokens: Any = field(default=None, repr=False)


def probe_tiktok_shop(app_key: str, app_secret: str, *, auth_code: str = "", tokens: Any = None,
                      api_base: str, auth_base: str, shop: str = "", timeout_s: float = 15.0) -> ProbeResult:
    """Exchange ``auth_code`` (or use ``tokens``, refreshed when due) and look up the authorized shop.

    Args:
        app_key / app_secret: the Partner app's.
        auth_code: a fresh authorization code (single-use: the tokens it gives are in the result).
        tokens: a :class:`~livedesk.services.sources.tiktok_shop.TokenSet` when no code is given.
        api_base / auth_base: the API and token hosts.
        shop: the shop's name, id or code when the seller authorized several (default: the first).
    """
    from livedesk.services.sources import tiktok_shop as tts

    before = tokens.access_token if tokens is not None else None
    try:
        client = tts.TikTokShopClient(app_key, app_secret, tokens=tokens, api_base=api_base, auth_base=auth_base,
                                      limiter=tts.RateLimiter(2.0, burst=2), timeout_s=timeout_s)
    except ConnectorError as exc:
        return ProbeResult(False, str(exc))

    def fresh() -> Any:
        now = client.tokens
        return now if now is not None and now.access_token != before else None

    try:
        if auth_code:
            client.exchange_code(auth_code)
        elif tokens is None:
            return ProbeResult(False, "no authorization code or tokens to test")
        shops = client.authorized_shops()
    except ConnectorError as exc:
        return ProbeResult(False, str(exc), tokens=fresh())
    finally:
        client.close()
    if not shops:
        return ProbeResult(False, "the seller authorized no shop to this app", tokens=fresh())
    chosen = shops[0]
    if shop:
        matches = [s for s in shops if shop in (s.id, s.name, s.code)]
        if not matches:
            names = ", ".join(s.name or s.id for s in shops)
            return ProbeResult(False, f"shop {shop!r} is not among the authorized shops ({names})", tokens=fresh())
        chosen = matches[0]
    seller = client.tokens.seller_name if client.tokens is not None else ""
    learned = {"shop_id": chosen.id, "shop_name": chosen.name, "shop_code": chosen.code, "shop_cipher": chosen.cipher,
               "region": chosen.region.upper(), "seller_name": seller,
               "other_shops": ", ".join(s.name or s.id for s in shops if s is not chosen)}
    return ProbeResult(True, fields=MappingProxyType({k: v for k, v in learned.items() if v}), tokens=fresh())


def probe_obs(url: str, password: str, *, timeout_s: float = 5.0) -> ProbeResult:
    """Connect to OBS at ``url``, authenticate with ``password`` and read whether it streams and records."""
    from livedesk.services.sources.obs import ObsConnector

    connector = ObsConnector(url, password, None, connect_timeout_s=timeout_s, request_timeout_s=timeout_s)
    try:
        meta = dict(connector.poll().meta)
    except ConnectorError as exc:
        return ProbeResult(False, str(exc))
    finally:
        connector.close()
    return ProbeResult(True, fields=MappingProxyType({"streaming": meta.get("obs_stream_active", "0"),
                                                      "recording": meta.get("obs_recording", "0"),
                                                      "bitrate_kbps": meta.get("obs_bitrate_kbps", "")}))


class _ProbeWorker(QObject):
    done = Signal(int, object)

    @Slot(int, object)
    def run(self, request_id: int, job: Job) -> None:
        try:
            result = job()
        except Exception as exc:  # a test must always answer
            log.exception("connection test failed")
            result = ProbeResult(False, f"{exc.__class__.__name__}: {exc}")
        self.done.emit(request_id, result)


class ProbeService(QObject):
    """Runs connection tests one after the other on a thread of their own.

    Signals:
        finished: a test ended. args: request id (from :meth:`submit`), ProbeResult
    """

    finished = Signal(int, object)
    _run = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("livedesk-probe")
        self._worker = _ProbeWorker()
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.run)
        self._worker.done.connect(self._on_done)
        self._next = 0
        self._pending: set[int] = set()

    def submit(self, job: Job) -> int:
        """Queue a test; returns its request id."""
        if not self._thread.isRunning():
            self._thread.start()
        self._next += 1
        self._pending.add(self._next)
        self._run.emit(self._next, job)
        return self._next

    def busy(self) -> bool:
        """True while a test runs or waits."""
        return bool(self._pending)

    @Slot(int, object)
    def _on_done(self, request_id: int, result: ProbeResult) -> None:
        self._pending.discard(request_id)
        self.finished.emit(request_id, result)

    def shutdown(self, timeout_ms: int = 20_000) -> bool:
        """End the thread after the test in progress. Returns False if it did not end in time."""
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)
