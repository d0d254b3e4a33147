"""The one-LIVE commands: ``livedesk session sources SESSION`` and ``livedesk session unmerge SESSION``.

``sources`` says which sources a LIVE was merged from (and how each was matched) and which source each of its
figures is read from; ``unmerge`` undoes a wrong merge: the merged source's rows move to a LIVE of their own in one
transaction, and the two are never merged again (:func:`livedesk.models.merging.separate`).

Wiring into the main parser (``livedesk/__main__.py``)::

    from livedesk import cli_session
    cli_session.add_parsers(sub)                 # sub = p.add_subparsers(dest="command", ...)
    ...
    if ns.command in cli_session.COMMANDS:
        return cli_session.run(ns)
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

COMMANDS = ("session",)


def _err(message: str) -> None:
    print(f"livedesk: {' '.join(str(message).split())}", file=sys.stderr)


def _when(ms: int | None) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M") if ms is not None else "?"


def _open(ns: argparse.Namespace) -> tuple[Any, int] | None:
    """The cache and the LIVE the command names (None after printing why not)."""
    from livedesk.app import CacheOpenError, open_store
    from livedesk.cli import _find_session

    try:
        store = open_store(getattr(ns, "db", None))
    except CacheOpenError as exc:
        _err(str(exc))
        return None
    try:
        return store, _find_session(store.engine, ns.session)
    except LookupError as exc:
        store.engine.dispose()
        _err(str(exc))
        return None


def _sources(ns: argparse.Namespace) -> int:
    from livedesk.models import merging
    from livedesk.models import repository as repo

    opened = _open(ns)
    if opened is None:
        return 2
    store, sid = opened
    try:
        with store.engine.connect() as conn:
            session = repo.get_session(conn, sid)
            parts = merging.merged_parts(conn, sid)
            figures = merging.metric_sources(conn, sid)
    finally:
        store.engine.dispose()
    assert session is not None
    print(f"LIVE {sid} {session.title!r} ({_when(session.started_at)} UTC): {session.source}, "
          f"{session.ref.account.handle}, LIVE {session.ref.external_id}")
    if not parts:
        print("no other source is merged into it")
    for p in parts:
        how = "same LIVE id" if p.method == merging.BY_ID else "same creator and time"
        print(f"  merged: {p.source}  {p.handle}  LIVE {p.external_id}  ({how}; started {_when(p.started_at)} UTC)")
    if figures:
        print("figures read from (see docs/connecting-sources.md, 'Which source a figure comes from'):")
        width = max(len(k) for k in figures)
        for key, sources in figures.items():
            print(f"  {key:<{width}}  {', '.join(sources)}")
    return 0


def _unmerge(ns: argparse.Namespace) -> int:
    from livedesk.models.merging import MergeError
    from livedesk.models.store import StoreError

    opened = _open(ns)
    if opened is None:
        return 2
    store, sid = opened
    try:
        result = store.separate(sid, source=ns.source, external_id=ns.external_id)
    except MergeError as exc:
        _err(str(exc))
        return 1
    except StoreError as exc:
        _err(f"{exc}; nothing was changed")
        return 1
    finally:
        store.engine.dispose()
    moved = ", ".join(f"{n} {table}" for table, n in sorted(result.moved.items()))
    print(f"Separated {result.source} LIVE {result.external_id} from LIVE {sid}: it is now LIVE "
          f"{result.new_session_id} ({result.rows} rows moved: {moved or 'none'}). The two will not be merged again.")
    return 0


def add_parsers(subparsers: Any) -> None:
    """Add ``session`` to the main parser's sub-commands (``dest="command"``)."""
    session = subparsers.add_parser("session", help="one LIVE's merged sources: list them, or undo a wrong merge")
    sub = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    src = sub.add_parser("sources", help="the sources merged into a LIVE and where each of its figures comes from")
    src.add_argument("session", metavar="SESSION", help="the LIVE: its ID (see 'livedesk sessions') or external id")
    src.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    src.set_defaults(session_handler=_sources)
    un = sub.add_parser("unmerge", help="separate a source merged into a LIVE by mistake: its rows move to a LIVE of "
                                        "their own, and the two are never merged again")
    un.add_argument("session", metavar="SESSION", help="the LIVE: its ID (see 'livedesk sessions') or external id")
    un.add_argument("--source", metavar="CONNECTOR", default=None,
                    help="the merged source to separate, e.g. tiktok_shop or tiktok_live (needed when several "
                         "sources are merged into the LIVE; see 'livedesk session sources')")
    un.add_argument("--external-id", metavar="ID", default=None,
                    help="that source's LIVE id (only when one source sent several LIVEs merged into it)")
    un.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    un.set_defaults(session_handler=_unmerge)


def run(ns: argparse.Namespace) -> int:
    """Run a ``session`` command parsed by a parser that :func:`add_parsers` extended."""
    handler = getattr(ns, "session_handler", None)
    if handler is None:
        _err(f"unknown command {getattr(ns, 'command', None)!r}")
        return 2
    return int(handler(ns))
