"""The replay service with a real player: Qt Multimedia here (offscreen); libvlc in tests/e2e under Xvfb."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from pytestqt.qtbot import QtBot

from livedesk.services.demo_video import generate_clock_video, read_clock
from livedesk.services.replay import ReplayService
from livedesk.services.replay_backends import QtBackend

STARTED_AT = 1_767_000_000_000
OFFSET_MS = 2_000  # the recording started 2 s after the LIVE


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_clock_video(tmp_path_factory.mktemp("replay") / "clip.mp4", 30)


def frame_clock(frame: QVideoFrame) -> int | None:
    """The LIVE clock (video seconds) a frame shows."""
    image = frame.toImage().convertToFormat(QImage.Format.Format_RGB888)
    if image.isNull():
        return None
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return read_clock(rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3))


@pytest.fixture
def player(qtbot: QtBot) -> Iterator[tuple[ReplayService, QVideoSink, list[int | None]]]:
    sink = QVideoSink()
    shown: list[int | None] = []
    sink.videoFrameChanged.connect(lambda f: shown.append(frame_clock(f)))
    service = ReplayService(QtBackend(), "")
    service.set_sink(sink)
    yield service, sink, shown
    service.shutdown()


def test_seek_shows_the_frame_of_that_live_moment(qtbot: QtBot, clip: Path, player) -> None:  # type: ignore[no-untyped-def]
    service, _, shown = player
    with qtbot.waitSignal(service.availability_changed, check_params_cb=lambda ok, _why: ok):
        service.open(str(clip), STARTED_AT, OFFSET_MS)
    target = STARTED_AT + OFFSET_MS + 12_500  # 12.5 s into the video
    with qtbot.waitSignal(service.position_changed, check_params_cb=lambda ts: ts == target):
        service.seek(target)
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == 12, timeout=5000)


def test_a_clip_plays_its_window_and_stops(qtbot: QtBot, clip: Path, player) -> None:  # type: ignore[no-untyped-def]
    service, _, shown = player
    with qtbot.waitSignal(service.availability_changed):
        service.open(str(clip), STARTED_AT, 0)
    service.set_rate(4.0)
    with qtbot.waitSignal(service.clip_finished, timeout=10_000):
        service.play_window(STARTED_AT + 3_000, STARTED_AT + 6_000)
    qtbot.waitUntil(lambda: not service.is_playing(), timeout=2000)
    assert service.position() >= STARTED_AT + 6_000
    seen = [c for c in shown if c is not None]
    assert seen and min(seen[-3:]) >= 3 and max(seen) <= 7


def test_lining_the_same_video_up_again_moves_the_clock_without_reloading(qtbot: QtBot, clip: Path,
                                                                          player) -> None:  # type: ignore[no-untyped-def]
    service, _, shown = player
    with qtbot.waitSignal(service.availability_changed, check_params_cb=lambda ok, _why: ok):
        service.open(str(clip), STARTED_AT, OFFSET_MS)
    loads: list[str] = []
    backend = service._backend
    assert backend is not None
    original = backend.load
    backend.load = lambda uri: (loads.append(uri), original(uri))[1]  # type: ignore[method-assign]
    with qtbot.waitSignal(service.availability_changed, check_params_cb=lambda ok, _why: ok):
        service.open(str(clip), STARTED_AT, -5_000)  # re-aligned at once: the player is still opening it
    assert loads == [] and service.is_loaded() and service.origin() == STARTED_AT - 5_000
    with qtbot.waitSignal(service.position_changed, check_params_cb=lambda ts: ts == STARTED_AT + 20_000):
        service.seek(STARTED_AT + 20_000)  # 25 s into the video
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == 25, timeout=5000)
    other = clip.with_name("other.mp4")
    other.write_bytes(clip.read_bytes())
    with qtbot.waitSignal(service.availability_changed, check_params_cb=lambda ok, _why: ok):
        service.open(str(other), STARTED_AT, 0)  # another video is loaded anew
    assert loads == [str(other)]


def test_without_a_replay_the_reason_is_given(qtbot: QtBot, tmp_path: Path, player) -> None:  # type: ignore[no-untyped-def]
    service, _, _ = player
    with qtbot.waitSignal(service.availability_changed, check_params_cb=lambda ok, why: not ok and why == "no_replay"):
        service.open(None, STARTED_AT, 0)
    missing = "/nonexistent-dir/replay.mp4"
    with qtbot.waitSignal(service.availability_changed,
                          check_params_cb=lambda ok, why: not ok and why == f"missing:{missing}"):
        service.open(missing, STARTED_AT, 0)
    nobody = ReplayService(None, "libvlc could not be loaded")
    with qtbot.waitSignal(nobody.availability_changed,
                          check_params_cb=lambda ok, why: not ok and "libvlc" in why):
        nobody.open(str(tmp_path / "x.mp4"), STARTED_AT, 0)
    nobody.seek(STARTED_AT)  # no player: nothing happens, nothing raises


def test_a_missing_demo_video_is_generated_first(qtbot: QtBot, tmp_path: Path) -> None:
    made: list[Path] = []

    def make(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
        path = generate_clock_video(tmp_path / "demo.mp4", 5, progress=progress, cancelled=cancelled)
        made.append(path)
        return path

    service = ReplayService(QtBackend(), "", make)
    try:
        with qtbot.waitSignal(service.availability_changed, timeout=20_000, check_params_cb=lambda ok, _w: ok):
            service.open(str(tmp_path / "demo.mp4"), STARTED_AT, 0)
        assert made and made[0].exists()
        qtbot.waitUntil(lambda: service.length_ms() > 0, timeout=10_000)  # the generated file plays
    finally:
        service.shutdown()
