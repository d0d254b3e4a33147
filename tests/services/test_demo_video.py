"""The demo replay video: every frame shows its own time, seeks land on the right second, writes are atomic."""

from __future__ import annotations

import math
from pathlib import Path

import av
import numpy as np
import pytest

from livedesk.services import demo_video
from livedesk.services.demo_video import (
    GenerationCancelledError,
    ensure_demo_video,
    generate_clock_video,
    read_clock,
    video_name,
)

FPS = 4
SECONDS = 20


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    calls: list[tuple[int, int]] = []
    path = generate_clock_video(tmp_path_factory.mktemp("video") / "clip.mp4", SECONDS, FPS,
                                progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (SECONDS * FPS, SECONDS * FPS)
    return path


def decode(path: Path) -> list[av.VideoFrame]:
    with av.open(str(path)) as container:
        return list(container.decode(video=0))


def test_clip_has_the_expected_frames_and_rate(clip: Path) -> None:
    with av.open(str(clip)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        assert stream.average_rate == FPS
        assert (stream.width, stream.height) == (480, 270)
        frames = list(container.decode(stream))
    assert len(frames) == SECONDS * FPS
    times = [f.time for f in frames]
    assert times == sorted(times) and math.isclose(times[-1], SECONDS - 1 / FPS)
    assert [f.time for f in frames if f.key_frame] == [float(s) for s in range(SECONDS)]


def test_every_frame_shows_its_own_presentation_time(clip: Path) -> None:
    frames = decode(clip)
    shown = [read_clock(f.to_ndarray(format="rgb24")) for f in frames]
    assert shown == [math.floor(f.time) for f in frames]
    at = next(f for f in frames if math.isclose(f.time, 12.5))
    assert read_clock(at.to_ndarray(format="rgb24")) == 12


def test_clock_reads_on_scaled_and_grey_frames(clip: Path) -> None:
    frame = next(f for f in decode(clip) if math.isclose(f.time, 17.25))
    assert read_clock(frame.reformat(width=320, height=180).to_ndarray(format="rgb24")) == 17
    assert read_clock(frame.reformat(width=960, height=540).to_ndarray(format="rgb24")) == 17
    assert read_clock(frame.to_ndarray(format="gray")) == 17


def test_clock_is_none_for_other_pictures() -> None:
    assert read_clock(np.zeros((270, 480, 3), np.uint8)) is None
    assert read_clock(np.full((270, 480, 3), 255, np.uint8)) is None
    noise = np.random.default_rng(1).integers(0, 256, (270, 480, 3), dtype=np.uint8)
    assert read_clock(noise) is None


@pytest.mark.parametrize("target", [3.0, 9.6, 13.6, 19.9])
def test_seek_lands_on_a_frame_showing_that_second(clip: Path, target: float) -> None:
    with av.open(str(clip)) as container:
        stream = container.streams.video[0]
        container.seek(int(target / stream.time_base), stream=stream)
        frames = iter(container.decode(stream))
        first = next(frames)
        assert first.key_frame and first.time <= target
        assert read_clock(first.to_ndarray(format="rgb24")) == math.floor(first.time) == math.floor(target)
        frame = first
        while frame.time + 1 / FPS <= target:
            frame = next(frames)
        assert read_clock(frame.to_ndarray(format="rgb24")) == math.floor(target)


def test_long_clock_values_render(tmp_path: Path) -> None:
    painter = demo_video._Painter(480, 270, FPS, 4 * 3600)
    for seconds in (0, 59, 3599, 3 * 3600 + 9 * 60 + 59):
        yuv = painter.second(seconds)
        grey = np.repeat(yuv[:270, :, None], 3, axis=2)
        assert read_clock(grey) == seconds


def test_cancel_leaves_no_file_and_final_name_appears_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "c.mp4"
    seen: list[bool] = []

    def cancelled() -> bool:
        seen.append(path.exists() or not list(tmp_path.glob(".c.mp4.*.partial")))
        return len(seen) > 3

    with pytest.raises(GenerationCancelledError):
        generate_clock_video(path, 10, FPS, cancelled=cancelled)
    assert len(seen) == 4 and not any(seen[1:])  # once writing began: a partial file, no final name
    assert list(tmp_path.iterdir()) == []


def test_ensure_generates_once_then_reuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ensure_demo_video(tmp_path, duration_s=3, fps=FPS)
    assert path.name == video_name(3, FPS) and "-v1-" in path.name
    assert len(decode(path)) == 3 * FPS

    def fail(*_: object, **__: object) -> Path:
        raise AssertionError("regenerated")

    monkeypatch.setattr(demo_video, "generate_clock_video", fail)
    assert ensure_demo_video(tmp_path, duration_s=3, fps=FPS) == path
