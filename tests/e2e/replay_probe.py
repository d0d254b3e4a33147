"""Drive the real app under a real X display: click a violation marker, read the clock off the video window.

Run as ``python -m tests.e2e.replay_probe --db URL --session ID --expect-ms T`` with ``QT_QPA_PLATFORM=xcb`` and
``DISPLAY`` set. Prints one JSON line: the backend, the clock shown after the click (video seconds), and the
time from the click to the first frame showing it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from livedesk.app import build, context_of
from livedesk.models.records import EventKind
from livedesk.services.demo_video import read_clock


def shown_clock(window_id: int) -> int | None:
    """The clock the video window shows on screen right now."""
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(window_id).toImage().convertToFormat(QImage.Format.Format_RGB888)
    if image.isNull() or image.width() < 10:
        return None
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    rgb = rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3)
    # The player letterboxes the video in black: read the clock from the picture itself.
    level = rgb.max(axis=2)
    ys, xs = np.nonzero(level.mean(axis=1) > 4)[0], np.nonzero(level.mean(axis=0) > 4)[0]
    if ys.size < 10 or xs.size < 10:
        return None
    return read_clock(np.ascontiguousarray(rgb[ys[0]: ys[-1] + 1, xs[0]: xs[-1] + 1]))


def pump(app: QApplication, seconds: float, until=None) -> bool:  # type: ignore[no-untyped-def]
    """Process events for up to ``seconds`` or until ``until()`` is true."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.005)
    return until() if until is not None else True


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--session", required=True)
    p.add_argument("--timeout", type=float, default=8.0)
    p.add_argument("--clip", action="store_true", help="play the first violation's clip instead of a marker click")
    ns = p.parse_args()
    app = QApplication(["livedesk"])
    window = build(["--db", ns.db, "--session", ns.session])
    window.resize(1400, 900)
    window.show()
    ctx = context_of(window)
    out: dict[str, object] = {"backend": ctx.replay.backend_name, "platform": QGuiApplication.platformName()}
    try:
        if not pump(app, 20, lambda: window.snapshot() is not None and ctx.replay.is_loaded()):
            out["error"] = "the LIVE or its replay did not load"
            return _finish(out)
        snap = window.snapshot()
        assert snap is not None
        if ns.clip:
            _play_clip(app, window, ctx, out, ns.timeout)
            return _finish(out)
        window.tabs.setCurrentWidget(window.trends)
        pump(app, 0.5)
        chart = window.trends.chart
        violation = next(e for e in snap.events if e.kind is EventKind.VIOLATION)
        out["expect_s"] = (violation.ts - snap.session.started_at - snap.session.replay_offset_ms) // 1000
        plot = chart.plot_widget()
        vb = plot.getPlotItem().vb
        x = (violation.ts - snap.session.started_at) / 1000.0
        y0, y1 = vb.viewRange()[1]
        scene_pt = vb.mapViewToScene(QPointF(x, (y0 + y1) / 2))
        pos = plot.mapFromScene(scene_pt)
        surface = window.replay_panel.surface
        wid = int(surface.winId())
        # One seek first: the decoder's first seek after loading is slower for any libvlc player.
        ctx.replay.seek(snap.session.started_at + snap.session.replay_offset_ms + 100_000)
        pump(app, ns.timeout, lambda: (c := shown_clock(wid)) is not None and abs(c - 100) <= 1)
        out["before_s"] = shown_clock(wid)
        clicked = time.monotonic()
        QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        expect = int(out["expect_s"])  # type: ignore[call-overload]
        hit = pump(app, ns.timeout, lambda: (c := shown_clock(wid)) is not None and abs(c - expect) <= 1)
        out["click_to_frame_ms"] = round((time.monotonic() - clicked) * 1000, 1) if hit else None
        out["shown_s"] = shown_clock(wid)
        out["position_ms"] = ctx.replay.position() - snap.session.started_at - snap.session.replay_offset_ms
    finally:
        ctx.shutdown()
        window.close()
    return _finish(out)


def _play_clip(app: QApplication, window, ctx, out: dict[str, object], timeout: float) -> None:  # type: ignore[no-untyped-def]
    """Press a violation card's Play clip; record the clock the video shows until the clip stops, and after."""
    window.tabs.setCurrentWidget(window.content_quality)
    pump(app, 5, lambda: bool(window.content_quality.cards()))
    card = window.content_quality.cards()[0]
    snap = window.snapshot()
    origin = snap.session.started_at + snap.session.replay_offset_ms
    start, end = card.clip_window
    out["clip_s"] = [(start - origin) / 1000, (end - origin) / 1000]
    wid = int(window.replay_panel.surface.winId())
    # settle the decoder somewhere else first, as a user would have watched a while
    ctx.replay.seek(origin + 100_000)
    pump(app, timeout, lambda: (c := shown_clock(wid)) is not None and abs(c - 100) <= 1)
    finished: list[float] = []
    ctx.replay.clip_finished.connect(lambda: finished.append(time.monotonic()))
    QTest.mouseClick(card.clip_button, Qt.MouseButton.LeftButton)
    seen: list[int] = []
    length = (end - start) / 1000

    def watch() -> bool:
        c = shown_clock(wid)
        if c is not None and (not seen or seen[-1] != c):
            seen.append(c)
        return bool(finished)

    pump(app, length + timeout, watch)
    out["seen_s"] = seen
    out["finished"] = bool(finished)
    after: list[int] = []
    pump(app, 1.5, lambda: (c := shown_clock(wid)) is not None and after.append(c) and False)
    out["after_s"] = sorted(set(after))
    out["playing_after"] = ctx.replay.is_playing()
    out["highlighted"] = window.content_quality.current_card() is card
    out["position_s"] = (ctx.replay.position() - origin) / 1000


def _finish(out: dict[str, object]) -> int:
    print(json.dumps(out))
    sys.stdout.flush()
    return 0 if "error" not in out else 1


if __name__ == "__main__":
    raise SystemExit(main())
