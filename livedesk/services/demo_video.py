"""The demo replay video: an H.264 clip whose every frame shows the LIVE clock of its own time.

The frames are drawn with numpy only (seven-segment digits, no fonts, no system ffmpeg) and encoded with
PyAV/libx264. Because each frame shows ``HH:MM:SS`` of its own presentation time, a frame grabbed after a
seek proves which moment the player really shows: :func:`read_clock` decodes the digits back.

Layout (all positions are fractions of the frame size, so :func:`read_clock` also works on a scaled frame)::

    ┌──────────────────────────────────────────┐
    │      ▐█▌ ▐█▌ : ▐█▌ ▐█▌ : ▐█▌ ▐█▌          │   HH:MM:SS, big seven-segment digits
    │                ▪ ▪ ▪ ▪                    │   one tick per frame within the second
    │  ██████████████░░░░░░░░░░░░░░░░░░░░░░░    │   progress through the clip
    └──────────────────────────────────────────┘
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np

FORMAT_VERSION = 1
DEFAULT_DURATION_S = 3 * 3600 + 600

_BG, _FG, _DIM = 24, 235, 70  # luma of background, lit segments, unlit ticks / empty bar
_SEGMENTS = "abcdefg"
_DIGIT_SEGMENTS = ("abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg")
_PATTERN_TO_DIGIT = {frozenset(s): d for d, s in enumerate(_DIGIT_SEGMENTS)}

# Relative geometry of the clock.
_DIGIT_W, _COLON_W, _GAP = 0.115, 0.04, 0.018  # fractions of the width
_TOP, _DIGIT_H = 0.16, 0.44  # fractions of the height
_THICK = 0.18  # segment thickness as a fraction of the digit width


class GenerationCancelledError(Exception):
    """The caller's ``cancelled`` callback asked to stop; no file was left behind."""


Rect = tuple[int, int, int, int]  # x0, y0, x1, y1 (exclusive)


def _layout(width: int, height: int) -> tuple[list[int], list[int], int, int, int]:
    """Pixel layout for a frame size: digit x positions, colon x positions, top, digit w/h."""
    dw = max(5, round(_DIGIT_W * width))
    dh = max(9, round(_DIGIT_H * height))
    cw = max(3, round(_COLON_W * width))
    gap = max(1, round(_GAP * width))
    total = 6 * dw + 2 * cw + 7 * gap
    x = (width - total) // 2
    digits: list[int] = []
    colons: list[int] = []
    for i in range(6):
        digits.append(x)
        x += dw + gap
        if i in (1, 3):
            colons.append(x)
            x += cw + gap
    return digits, colons, round(_TOP * height), dw, dh


def _segment_rects(x: int, y: int, dw: int, dh: int) -> dict[str, Rect]:
    """The seven segment rectangles of a digit whose box starts at (x, y)."""
    t = max(1, round(_THICK * dw))
    mid = y + dh // 2
    half = max(1, t // 2)
    return {
        "a": (x + t, y, x + dw - t, y + t),
        "b": (x + dw - t, y + t, x + dw, mid - half),
        "c": (x + dw - t, mid + half, x + dw, y + dh - t),
        "d": (x + t, y + dh - t, x + dw - t, y + dh),
        "e": (x, mid + half, x + t, y + dh - t),
        "f": (x, y + t, x + t, mid - half),
        "g": (x + t, mid - half, x + dw - t, mid - half + t),
    }


def _colon_rects(x: int, y: int, cw: int, dh: int, dw: int) -> list[Rect]:
    t = max(1, round(_THICK * dw))
    cx = x + (cw - t) // 2
    return [(cx, y + round(dh * f) - t // 2, cx + t, y + round(dh * f) - t // 2 + t) for f in (0.3, 0.7)]


def _bar_rect(width: int, height: int) -> Rect:
    bh = max(2, round(0.03 * height)) // 2 * 2
    y0 = (height - round(0.1 * height)) // 2 * 2
    return round(0.05 * width) // 2 * 2, y0, round(0.95 * width) // 2 * 2, y0 + bh


def _tick_rects(width: int, height: int, fps: int, top: int, dh: int) -> list[Rect]:
    size = max(2, round(0.02 * height))
    step = size * 3
    x0 = (width - step * fps + size * 2) // 2
    y0 = top + dh + round(0.07 * height)
    return [(x0 + i * step, y0, x0 + i * step + size, y0 + size) for i in range(fps)]


def clock_text(seconds: int) -> str:
    """``HH:MM:SS`` of a number of seconds."""
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _fill(plane: np.ndarray, r: Rect, value: int) -> None:
    plane[r[1]:r[3], r[0]:r[2]] = value


class _Painter:
    """Draws frames straight into yuv420p buffers (luma carries the picture, chroma only tints the bar)."""

    def __init__(self, width: int, height: int, fps: int, duration_s: int) -> None:
        if width % 2 or height % 2:
            raise ValueError("width and height must be even for yuv420p")
        self.w, self.h, self.fps, self.duration = width, height, fps, duration_s
        self.digit_x, colon_x, self.top, self.dw, self.dh = _layout(width, height)
        self.bar = _bar_rect(width, height)
        self.ticks = _tick_rects(width, height, fps, self.top, self.dh) if fps <= 30 else []
        masks = []
        for d in range(10):
            m = np.zeros((self.dh, self.dw), bool)
            for name, r in _segment_rects(0, 0, self.dw, self.dh).items():
                if name in _DIGIT_SEGMENTS[d]:
                    m[r[1]:r[3], r[0]:r[2]] = True
            masks.append(m)
        self.masks = masks
        y = np.full((height, width), _BG, np.uint8)
        for cx in colon_x:
            for r in _colon_rects(cx, self.top, round(_COLON_W * width) or 3, self.dh, self.dw):
                _fill(y, r, _FG)
        _fill(y, self.bar, _DIM)
        for r in self.ticks:
            _fill(y, r, _DIM)
        self.base_y = y
        self.u = np.full((height // 2, width // 2), 128, np.uint8)
        self.v = np.full((height // 2, width // 2), 128, np.uint8)

    def second(self, s: int) -> np.ndarray:
        """The yuv420p buffer (shape ``(h*3/2, w)``) for every frame of second ``s``, ticks unlit."""
        y = self.base_y.copy()
        for x, ch in zip(self.digit_x, clock_text(s).replace(":", ""), strict=True):
            region = y[self.top:self.top + self.dh, x:x + self.dw]
            region[self.masks[int(ch)]] = _FG
        x0, y0, x1, y1 = self.bar
        filled = x0 + round((x1 - x0) * min(1.0, s / max(1, self.duration - 1))) // 2 * 2
        y[y0:y1, x0:filled] = 200
        u, v = self.u.copy(), self.v.copy()
        u[y0 // 2:y1 // 2, x0 // 2:filled // 2] = 90
        v[y0 // 2:y1 // 2, x0 // 2:filled // 2] = 220
        return np.concatenate([y.ravel(), u.ravel(), v.ravel()]).reshape(self.h * 3 // 2, self.w)

    def tick(self, buf: np.ndarray, k: int, lit: bool) -> None:
        """Light (or dim) the tick of frame ``k`` within the second."""
        if k < len(self.ticks):
            _fill(buf[:self.h], self.ticks[k], _FG if lit else _DIM)


def generate_clock_video(path: Path, duration_s: int, fps: int = 4, size: tuple[int, int] = (480, 270),
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> Path:
    """Write an H.264 MP4 whose every frame shows the clock of its own presentation time.

    The file is written under a temporary name beside ``path`` and renamed into place only when complete,
    so an interrupted run never leaves a truncated video at ``path``.

    Args:
        path: where the MP4 goes.
        duration_s: length of the clip in seconds.
        fps: frames per second (a keyframe starts every second).
        size: (width, height) in pixels, both even.
        progress: called with (frames done, frames total) about once per minute of video and at the end.
        cancelled: polled about once per second of video; returning True stops and removes the partial file.

    Returns:
        ``path``.

    Raises:
        GenerationCancelledError: ``cancelled`` returned True.
    """
    if duration_s <= 0 or fps <= 0:
        raise ValueError("duration_s and fps must be positive")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    painter = _Painter(size[0], size[1], fps, duration_s)
    total = duration_s * fps
    try:
        import av  # imported on first use: start-up does not pay for it

        with av.open(str(tmp), mode="w", format="mp4", options={"movflags": "+faststart"}) as container:
            stream = container.add_stream("libx264", rate=fps, options={
                "preset": "ultrafast", "tune": "stillimage", "crf": "32",
                "x264-params": f"keyint={fps}:min-keyint={fps}:scenecut=0:bframes=0",
            })
            stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
            stream.codec_context.time_base = stream.time_base = Fraction(1, fps)
            for s in range(duration_s):
                if cancelled is not None and cancelled():
                    raise GenerationCancelledError(str(path))
                buf = painter.second(s)
                for k in range(fps):
                    painter.tick(buf, k, True)
                    frame = av.VideoFrame.from_ndarray(buf, format="yuv420p")
                    painter.tick(buf, k, False)
                    frame.pts = s * fps + k
                    container.mux(stream.encode(frame))
                if progress is not None and (s % 60 == 59):
                    progress((s + 1) * fps, total)
            container.mux(stream.encode(None))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return path


def video_name(duration_s: int = DEFAULT_DURATION_S, fps: int = 4, size: tuple[int, int] = (480, 270)) -> str:
    """The cache file name of a demo video; it names the format version so old caches are regenerated."""
    return f"livedesk-demo-clock-v{FORMAT_VERSION}-{duration_s}s-{fps}fps-{size[0]}x{size[1]}.mp4"


def ensure_demo_video(cache_dir: Path, duration_s: int = DEFAULT_DURATION_S, fps: int = 4,
                      size: tuple[int, int] = (480, 270), progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> Path:
    """Return the demo video in ``cache_dir``, generating it the first time.

    Leftover partial files of runs that died more than an hour ago are removed.

    Args:
        cache_dir: directory of the cached video.
        duration_s: clip length (the default covers a 3-hour LIVE with 10 minutes to spare).
        fps: frames per second.
        size: (width, height).
        progress: see :func:`generate_clock_video`.
        cancelled: see :func:`generate_clock_video`.
    """
    cache_dir = Path(cache_dir)
    path = cache_dir / video_name(duration_s, fps, size)
    if path.is_file() and path.stat().st_size > 0:
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob(f".{path.name}.*.partial"):
        try:
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink()
        except OSError:
            pass
    return generate_clock_video(path, duration_s, fps, size, progress, cancelled)


def _mean(img: np.ndarray, r: Rect) -> float:
    x0, y0, x1, y1 = r
    # Sample the central half of the rectangle, at least one pixel, away from blurred edges.
    mx, my = (x1 - x0) // 4, (y1 - y0) // 4
    xa, xb = x0 + mx, max(x0 + mx + 1, x1 - mx)
    ya, yb = y0 + my, max(y0 + my + 1, y1 - my)
    return float(img[ya:yb, xa:xb].mean())


def read_clock(frame_rgb: np.ndarray) -> int | None:
    """Decode the seconds shown by a demo-video frame.

    Args:
        frame_rgb: an ``(height, width, 3)`` RGB image (any size; the layout is relative) or a grey image.

    Returns:
        The clock in seconds, or None when the image does not show a readable clock.
    """
    img = np.asarray(frame_rgb)
    if img.ndim == 3:
        img = img[..., :3].astype(np.float32).mean(axis=2)
    elif img.ndim != 2:
        return None
    h, w = img.shape
    if h < 20 or w < 40:
        return None
    digit_x, colon_x, top, dw, dh = _layout(w, h)
    threshold = (_BG + _FG) / 2
    bg = float(img[max(0, top // 3):max(1, top * 2 // 3), : w // 10 or 1].mean())
    if bg > threshold:
        return None
    for cx in colon_x:
        if any(_mean(img, r) < threshold for r in _colon_rects(cx, top, round(_COLON_W * w) or 3, dh, dw)):
            return None
    digits = []
    for x in digit_x:
        lit = frozenset(n for n, r in _segment_rects(x, top, dw, dh).items() if _mean(img, r) >= threshold)
        d = _PATTERN_TO_DIGIT.get(lit)
        if d is None:
            return None
        digits.append(d)
    hh, mm, ss = digits[0] * 10 + digits[1], digits[2] * 10 + digits[3], digits[4] * 10 + digits[5]
    if mm > 59 or ss > 59:
        return None
    return hh * 3600 + mm * 60 + ss
