"""The connector protocol: a source of records that knows nothing of Qt or the database."""

from __future__ import annotations

from typing import Protocol

from livedesk.models.records import Batch


class ConnectorError(Exception):
    """A connector could not fetch; the ingest worker backs off and retries.

    Attributes:
        retry_after_s: the source's own hint of when to retry, if it gave one.
        permanent: True when retrying cannot help (bad credentials, unsupported account).
    """

    def __init__(self, message: str, *, retry_after_s: float | None = None, permanent: bool = False) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.permanent = permanent


class Connector(Protocol):
    """A source of LIVE data.

    ``poll`` is called repeatedly on the ingest thread; each call returns the records that are new since
    the previous call (an empty :class:`Batch` when nothing is new) or raises :class:`ConnectorError`.
    A connector must be safe to poll again after an error (it only advances its cursor on success).
    """

    @property
    def source(self) -> str:
        """The ``source`` value written on every row (demo, tiktok_shop ...)."""
        ...

    @property
    def poll_interval_ms(self) -> int:
        """How often the worker should poll when all is well."""
        ...

    def poll(self) -> Batch:
        """Fetch what is new."""
        ...

    def close(self) -> None:
        """Release sockets and files."""
        ...
