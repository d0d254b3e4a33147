"""The non-GUI commands: listing sessions and rendering screenshots."""

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
            return window.overview.model.rowCount() > 0
        if tab == "key_metrics" and not window.key_metrics.has_history():
            return False
        return len(snap.samples) > 0

    return ready
