"""Headless sync: poll a connector until it has nothing pending, writing each batch in its own transaction.

Used by ``livedesk sync <connector>`` (no Qt event loop, no thread). The connector's cursor (when it has one)
is saved in the ``sync_state`` table after every written batch, under the connector's ``sync_scope``, and
read back with :func:`load_cursor` by the next run.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol, runtime_checkable

from sqlalchemy import select

from livedesk.models import schema as t
from livedesk.models.records import Batch, SampleBlock
from livedesk.models.store import Store, StoreError
from livedesk.services.connector import Connector, ConnectorError

log = logging.getLogger(__name__)

DEFAULT_SCOPE = "default"


@runtime_checkable
class Resyncable(Protocol):
    """A connector that can be told to sync again from a given time."""

    def sync_from(self, since_ms: int) -> None:
        """Make the next round start at ``since_ms`` (UTC ms)."""
        ...


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What one :func:`sync_once` wrote.

    Attributes:
        source: the connector's source name.
        scope: the ``sync_state`` scope (the account).
        polls: polls made.
        batches: non-empty batches written.
        rows: rows upserted, as the store counted them.
        counts: record kind (``sessions``, ``samples``, ``products`` ...) → records written; ``samples`` counts
            sample rows. Re-synced records count again (upserts do not duplicate them in the database).
        cursor: the connector's cursor after the sync, if it has one.
    """

    source: str
    scope: str
    polls: int
    batches: int
    rows: int
    counts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    cursor: str | None = None

    def describe(self) -> str:
        """One line for people, e.g. ``3 sessions, 120 samples, 8 products in 5 polls``."""
        parts = [f"{n} {kind.replace('_', ' ')}" for kind, n in self.counts.items() if n]
        what = ", ".join(parts) if parts else "nothing new"
        return f"{what} ({self.batches} batch(es), {self.polls} poll(s))"


def batch_counts(batch: Batch) -> dict[str, int]:
    """Record kind → number of records in ``batch`` (sample rows for ``samples``)."""
    out: dict[str, int] = {}
    for f in dataclasses.fields(batch):
        value = getattr(batch, f.name)
        if f.name == "meta" or not isinstance(value, tuple) or not value:
            continue
        if f.name == "samples":
            out[f.name] = sum(len(b.rows) for b in value if isinstance(b, SampleBlock))
        else:
            out[f.name] = len(value)
    return out


def load_cursor(store: Store, connector: str, scope: str = DEFAULT_SCOPE) -> str | None:
    """The cursor saved by an earlier sync of ``connector``/``scope``, or None."""
    st = t.sync_state
    with store.engine.connect() as conn:
        value = conn.execute(select(st.c.cursor).where(st.c.connector == connector, st.c.scope == scope)).scalar()
    return None if value is None else str(value)


def _scope(connector: Connector) -> str:
    scope = getattr(connector, "sync_scope", None)
    return str(scope) if scope else DEFAULT_SCOPE


def _cursor(connector: Connector) -> str | None:
    cursor = getattr(connector, "cursor", None)
    return cursor if isinstance(cursor, str) else None


def sync_once(connector: Connector, store: Store, *, since: int | None = None, max_polls: int = 100_000,
              retries: int = 3, sleep: Callable[[float], None] = time.sleep) -> SyncSummary:
    """Poll ``connector`` until its batch says nothing more is pending; write every batch.

    Args:
        connector: the source.
        store: the cache writer (each batch is one transaction).
        since: sync again from this time (UTC ms); the connector must support :class:`Resyncable`.
        max_polls: a guard against a connector that never finishes.
        retries: attempts after a retryable :class:`ConnectorError` before giving up (waiting the error's
            ``retry_after_s``, or 1, 2, 4 ... s).
        sleep: how to wait between attempts (injectable for tests).

    Raises:
        ConnectorError: the connector failed permanently, or kept failing after ``retries`` attempts.
        StoreError: a batch could not be written.
        ValueError: ``since`` was given to a connector that cannot sync from a time.
    """
    source, scope = connector.source, _scope(connector)
    if since is not None:
        if not isinstance(connector, Resyncable):
            raise ValueError(f"the {source} connector cannot sync from a given date")
        connector.sync_from(since)
    counts: dict[str, int] = {}
    polls = batches = rows = failures = 0
    while polls < max_polls:
        polls += 1
        try:
            batch = connector.poll()
        except ConnectorError as exc:
            failures += 1
            retry_ms = int(exc.retry_after_s * 1000) if exc.retry_after_s is not None else None
            store.set_sync_state(source, scope, success=False, error=str(exc), retry_after=retry_ms)
            if exc.permanent or failures > retries:
                raise
            delay = exc.retry_after_s if exc.retry_after_s is not None else float(2 ** (failures - 1))
            log.warning("%s sync: %s — retrying in %g s", source, exc, delay)
            sleep(delay)
            continue
        failures = 0
        if not batch.is_empty():
            try:
                result = store.write(batch)
            except StoreError as exc:
                store.set_sync_state(source, scope, success=False, error=str(exc))
                raise
            batches += 1
            rows += result.rows
            for kind, n in batch_counts(batch).items():
                counts[kind] = counts.get(kind, 0) + n
            store.set_sync_state(source, scope, cursor=_cursor(connector), success=True)
        if dict(batch.meta).get("more_pending") != "1":
            break
    else:
        raise ConnectorError(f"the {source} connector still had work pending after {max_polls} polls")
    cursor = _cursor(connector)
    store.set_sync_state(source, scope, cursor=cursor, success=True)
    return SyncSummary(source, scope, polls, batches, rows, MappingProxyType(counts), cursor)
