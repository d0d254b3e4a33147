"""Attach video: choose a recording, line up a frame with the LIVE clock, save; the replay re-opens on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livedesk.app import build, context_of
from livedesk.models import schema
from livedesk.models.engine import make_engine, upgrade
from livedesk.models.store import Store, StoreError
from livedesk.services.demo_video import generate_clock_video
from livedesk.views.attach_video_dialog import AttachVideoDialog, format_offset, parse_clock
from livedesk.views.main_window import MainWindow
from tests.services.test_bundle import build_cache
from tests.services.test_replay import frame_clock

TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 40 s clip whose every frame shows its own video time."""
    return generate_clock_video(tmp_path_factory.mktemp("attach") / "obs-recording.mp4", 40)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The app over a cache with one ended LIVE without a replay."""
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    build_cache(Store(engine))
    engine.dispose()
    win = build(["--db", url])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.snapshot() is not None, timeout=TIMEOUT_MS)
    yield win
    context_of(win).shutdown()


def _replay_row(window: MainWindow) -> tuple[str | None, int]:
    snap = window.snapshot()
    assert snap is not None
    with context_of(window).store.engine.connect() as conn:
        row = conn.execute(select(schema.live_session.c.replay_uri, schema.live_session.c.replay_offset_ms)
                           .where(schema.live_session.c.id == snap.session.id)).one()
    return row[0], int(row[1])


def test_clock_text_round_trips() -> None:
    assert parse_clock("1:02:03") == 3_723_000 and parse_clock("-0:00:05") == -5000 and parse_clock("+0:01") == 1000
    assert parse_clock("90") == 90_000 and parse_clock("1:30.5") == 90_500 and parse_clock("−1:00") == -60_000
    assert parse_clock("1:75") is None and parse_clock("1:02:75") is None and parse_clock("soon") is None
    for ms in (0, 15_000, -5000, 3_723_000, 1500, -250):
        assert parse_clock(format_offset(ms)) == ms
    assert format_offset(-5000) == "-0:00:05" and format_offset(15_000) == "+0:00:15"


def test_a_lined_up_video_becomes_the_replay(qtbot: QtBot, window: MainWindow, clip: Path) -> None:
    ctx = context_of(window)
    snap = window.snapshot()
    assert snap is not None and snap.session.replay_uri is None
    started_at = snap.session.started_at
    # the replay panel says there is no replay, and offers the same dialog as File → Attach video…
    attach = window.replay_panel.attach_button
    qtbot.waitUntil(attach.isVisible, timeout=TIMEOUT_MS)
    attach.click()
    dialog = window.findChild(AttachVideoDialog, "attachVideoDialog")
    assert isinstance(dialog, AttachVideoDialog) and dialog.session.id == snap.session.id
    qtbot.waitUntil(dialog.isVisible)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()  # no video yet
    shown: list[int | None] = []
    dialog.preview.videoSink().videoFrameChanged.connect(lambda f: shown.append(frame_clock(f)))
    dialog.set_video(clip)
    qtbot.waitUntil(lambda: dialog.video_length_ms() >= 39_000 and dialog.slider.isEnabled(), timeout=TIMEOUT_MS)
    # the user moves the preview to a frame and recognises it: that frame is 0:00:25 into the LIVE
    dialog.seek_video(10_000)
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == 10, timeout=TIMEOUT_MS)
    assert dialog.video_position_ms() == 10_000
    dialog.set_live_moment("0:00:25")
    assert dialog.line_up()
    assert dialog.offset_ms() == 15_000 and dialog.offset_edit.text() == "+0:00:15"  # the video starts 15 s in
    assert save.isEnabled()
    panel_frames: list[int | None] = []
    sink = window.replay_panel.surface.videoSink()  # type: ignore[attr-defined]
    sink.videoFrameChanged.connect(lambda f: panel_frames.append(frame_clock(f)))
    with qtbot.waitSignal(window.replay_attach_requested, timeout=TIMEOUT_MS,
                          check_params_cb=lambda sid, uri, off: (sid, uri, off) == (snap.session.id, str(clip),
                                                                                     15_000)):
        dialog.accept()
    assert _replay_row(window) == (str(clip), 15_000)
    # the LIVE is read again with its new replay, and the panel opens it: video 0 is LIVE 0:00:15
    qtbot.waitUntil(lambda: ctx.replay.is_loaded() and ctx.replay.origin() == started_at + 15_000,
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: (s := window.snapshot()) is not None and s.session.replay_uri == str(clip),
                    timeout=TIMEOUT_MS)
    assert "Video attached" in window.statusBar().currentMessage()
    # it shows the LIVE from where the video begins: its first frame, at LIVE time 0:00:15
    qtbot.waitUntil(lambda: bool(panel_frames) and panel_frames[-1] == 0, timeout=TIMEOUT_MS)
    assert window.replay_panel.clock_text().startswith("0:00:15") and not attach.isVisible()


def test_re_aligning_re_opens_the_replay_at_the_new_offset(qtbot: QtBot, window: MainWindow, clip: Path) -> None:
    ctx = context_of(window)
    snap = window.snapshot()
    assert snap is not None and snap.session.id is not None
    ctx.store.set_replay(snap.session.id, str(clip), 15_000)
    ctx.sessions.select(snap.session.id)
    qtbot.waitUntil(lambda: ctx.replay.is_loaded() and ctx.replay.origin() == snap.session.started_at + 15_000,
                    timeout=TIMEOUT_MS)
    dialog = window.attach_video()
    assert isinstance(dialog, AttachVideoDialog)
    assert dialog.uri() == str(clip) and dialog.offset_ms() == 15_000  # what the LIVE has, to adjust
    dialog.offset_edit.setText("-0:00:05")  # typed: the recording began 5 s before the LIVE
    assert "began 0:00:05 before the LIVE" in dialog.offset_hint()
    dialog.accept()
    assert _replay_row(window) == (str(clip), -5000)
    qtbot.waitUntil(lambda: ctx.replay.is_loaded() and ctx.replay.origin() == snap.session.started_at - 5000,
                    timeout=TIMEOUT_MS)
    # the sign convention end to end: LIVE time 0:00:20 is 25 s into the video
    sink = window.replay_panel.surface.videoSink()  # type: ignore[attr-defined]
    shown: list[int | None] = []
    sink.videoFrameChanged.connect(lambda f: shown.append(frame_clock(f)))
    ctx.on_seek_requested(snap.session.started_at + 20_000)
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == 25, timeout=TIMEOUT_MS)


@pytest.mark.qt_log_ignore("Could not open media")  # the empty file: Qt Multimedia says it cannot play it
def test_a_missing_file_or_a_bad_offset_cannot_be_saved(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.attach_video()
    assert isinstance(dialog, AttachVideoDialog)
    dialog.set_video(tmp_path / "nope.mp4")
    assert "There is no file" in dialog.problem()
    dialog.accept()  # refused: stays open, nothing written
    assert dialog.isVisible() and _replay_row(window) == (None, 0)
    (tmp_path / "clip.mp4").write_bytes(b"")
    dialog.set_video(tmp_path / "clip.mp4")
    dialog.offset_edit.setText("later")
    assert "±h:mm:ss" in dialog.problem()
    dialog.set_live_moment("soon")
    assert not dialog.line_up()
    dialog.reject()
    assert _replay_row(window) == (None, 0)


def test_set_replay_needs_an_existing_live(store: Store) -> None:
    with pytest.raises(StoreError, match="no LIVE with id 42"):
        store.set_replay(42, "/x.mp4", 0)
