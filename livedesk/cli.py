"""The non-GUI commands: listing sessions, rendering screenshots, exporting and importing LIVEs."""

from __future__ import annotations

import argparse
import os
import sys
import time

from livedesk.models import formatting as fmt

TAB_INDEX = {"key_metrics": 0, "trends": 1, "traffic": 2, "content_quality": 3, "overview": 4}


def print_sessions(db: str | None, out: object = None) -> int:
    """Print a table of cached LIVEs."""
    from datetime import UTC, datetime

    from livedesk.app import open_store
    from livedesk.models import repository as repo

    stream = out or sys.stdout
    store = open_store(db)
    with store.engine.connect() as conn:
        sessions = repo.list_sessions(conn)
    store.engine.dispose()
    header = f"{'ID':>5}  {'START (UTC)':<16}  {'DURATION':>9}  {'STATUS':<6}  {'SOURCE':<13}  TITLE"
    print(header, file=stream)
    for s in sessions:
        start = datetime.fromtimestamp(s.started_at / 1000, UTC).strftime("%Y-%m-%d %H:%M")
        dur = fmt.clock(s.ended_at - s.started_at) if s.ended_at else "running"
        print(f"{s.id:>5}  {start:<16}  {dur:>9}  {s.status.value:<6}  {s.source:<13}  {s.title}", file=stream)
    print(f"{len(sessions)} LIVE(s)", file=stream)
    return 0


def _error(message: str) -> int:
    print(f"livedesk: {' '.join(str(message).split())}", file=sys.stderr)
    return 1


def _find_session(engine: object, text: str) -> int:
    """The id of the LIVE ``text`` names: its id, else its external id (LookupError if none or several)."""
    from sqlalchemy import select

    from livedesk.models import schema

    s = schema.live_session
    with engine.connect() as conn:  # type: ignore[attr-defined]
        if text.strip().isdigit():
            found = conn.execute(select(s.c.id).where(s.c.id == int(text))).scalar()
            if found is not None:
                return int(found)
        ids = conn.execute(select(s.c.id).where(s.c.external_id == text.strip())).scalars().all()
    if len(ids) == 1:
        return int(ids[0])
    if not ids:
        raise LookupError(f"no LIVE with id or external id {text!r} in the cache (see 'livedesk sessions')")
    raise LookupError(f"several LIVEs have the external id {text!r}; give the id instead ({', '.join(map(str, ids))})")


def export_session(ns: argparse.Namespace) -> int:
    """``livedesk export SESSION --out PATH``: a bundle (folder / .zip) or the trend table (CSV / XLSX)."""
    from pathlib import Path

    from livedesk.app import open_store
    from livedesk.services.bundle import BundleError, export_bundle
    from livedesk.services.export import ExportCancelledError

    out = Path(ns.out)
    fmt = ns.format or {".csv": "csv", ".xlsx": "xlsx"}.get(out.suffix.lower(), "bundle")
    if ns.bucket <= 0:
        return _error(f"--bucket must be a positive number of seconds, not {ns.bucket}")
    store = open_store(getattr(ns, "db", None))
    try:
        sid = _find_session(store.engine, ns.session)
        if fmt == "bundle":
            result = export_bundle(store.engine, sid, out, zip=out.suffix.lower() == ".zip",
                                   include_video=not ns.no_video)
            for warning in result.warnings:
                print(f"livedesk: warning: {warning}", file=sys.stderr)
            rows = sum(result.rows.values())
            video = f", replay video {result.video}" if result.video else ""
            print(f"wrote bundle {result.path}: LIVE {sid}, {rows:,} rows in {len(result.rows)} tables{video}")
            return 0
        return _export_table(store, sid, out, fmt, ns.bucket)
    except (LookupError, BundleError) as exc:
        return _error(str(exc))
    except ExportCancelledError:
        return _error("export cancelled; nothing was written")
    except OSError as exc:
        return _error(f"cannot write {out}: {exc.strerror or exc}")
    finally:
        store.engine.dispose()


def _export_table(store: object, sid: int, out: object, fmt: str, bucket: int) -> int:
    from livedesk.models import repository as repo
    from livedesk.services.export import build_table, write_csv, write_xlsx

    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        snap = repo.load_snapshot(conn, sid)
    if snap.session.is_live:
        return _error(f"LIVE {sid} is still running; export it once it has ended")
    table = build_table(snap, bucket)
    path = (write_xlsx if fmt == "xlsx" else write_csv)(out, table)  # type: ignore[arg-type]
    print(f"wrote {fmt.upper()} {path}: LIVE {sid} {snap.session.title!r}, {len(table.rows):,} rows of {bucket} s")
    return 0


def system_timezone() -> str:
    """This computer's IANA time zone name (UTC when it has none)."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name or "UTC"


def import_path(ns: argparse.Namespace) -> int:
    """``livedesk import PATH``: a LiveDesk bundle or a Seller Center export, all or nothing."""
    from livedesk.app import open_store
    from livedesk.models.store import StoreError
    from livedesk.services.bundle import ImportFileError
    from livedesk.services.importer import ImportOptions, file_kind, import_file

    try:
        file_kind(ns.path)
    except ImportFileError as exc:
        return _error(str(exc))
    store = open_store(getattr(ns, "db", None))
    options = ImportOptions(account=ns.account, timezone=ns.timezone, currency=ns.currency,
                            fallback_timezone=system_timezone())
    try:
        result = import_file(store, ns.path, options=options)
    except (ImportFileError, StoreError) as exc:
        return _error(str(exc))
    except KeyboardInterrupt:
        _error("import interrupted; nothing was imported")
        return 130
    except OSError as exc:
        return _error(f"cannot read {ns.path}: {exc.strerror or exc}")
    finally:
        store.engine.dispose()
    for warning in result.warnings:
        print(f"livedesk: warning: {warning}", file=sys.stderr)
    print(result.describe()[:1].upper() + result.describe()[1:])
    for sid, title in zip(result.session_ids, result.titles, strict=False):
        print(f"  LIVE {sid}: {title}")
    stored = ", ".join(f"{name} {n:,}" for name, n in result.rows.items() if n)
    print(f"  rows: {stored or 'none'}")
    return 0


def screenshot(ns: argparse.Namespace) -> int:
    """Build the window offscreen, wait until the tab shows data, save it as PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from livedesk.app import build, context_of

    try:
        width, height = (int(v) for v in ns.size.lower().split("x"))
    except ValueError:
        print(f"livedesk: --size must look like 1600x1000, not {ns.size!r}", file=sys.stderr)
        return 2
    qapp = QApplication.instance() or QApplication(["livedesk"])
    argv: list[str] = []
    if getattr(ns, "db", None):
        argv += ["--db", ns.db]
    if getattr(ns, "demo", False):
        argv.append("--demo")
    if getattr(ns, "session", None) is not None:
        argv += ["--session", str(ns.session)]
    window = build(argv)
    lang = getattr(ns, "lang", None)
    if lang and not context_of(window).translator.switch(lang, persist=False):
        print(f"livedesk: no translation for {lang!r}", file=sys.stderr)
        context_of(window).shutdown()
        return 2
    window.resize(width, height)
    window.show()
    window.tabs.setCurrentIndex(TAB_INDEX[ns.tab])
    ready = _ready_check(window, ns.tab, context_of(window))
    deadline = time.monotonic() + ns.timeout
    while not ready() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.02)
    # let the frame tick paint the newest data
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)
    ok = ready()
    pixmap = window.grab()
    saved = pixmap.save(ns.out, "PNG")
    context_of(window).shutdown()
    window.close()
    if not ok:
        print(f"livedesk: no data arrived within {ns.timeout:g} s; saved what was shown", file=sys.stderr)
        return 1
    if not saved:
        print(f"livedesk: could not write {ns.out}", file=sys.stderr)
        return 1
    print(ns.out)
    return 0


def _ready_check(window, tab: str, ctx):  # type: ignore[no-untyped-def]
    from livedesk.services.ingest import LinkState

    def ready() -> bool:
        snap = window.snapshot()
        if snap is None:
            return False
        if ctx.ingest is not None:  # wait until the source has sent its backlog (e.g. the demo's history)
            status = ctx.ingest.status
            if status is None or status.state is not LinkState.CONNECTED or status.backlog:
                return False
        if tab == "overview":
            return window.overview.model.rowCount() > 0 and window.overview.overview_data() is not None
        if tab == "key_metrics" and not window.key_metrics.has_history():
            return False
        return len(snap.samples) > 0

    return ready
