"""The LIVE replay player: libvlc behind a small interface; the video surface lives in the views.

The player and the surface share only an integer window handle. libvlc is not re-entrant and its event
callbacks run on a VLC thread (python-vlc #77, #211), so callbacks only emit Qt signals and every player
call happens on the GUI thread. The position is polled every 200 ms, as the python-vlc examples do.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

log = logging.getLogger(__name__)

# make(progress(done, total), cancelled() -> bool) -> path of the generated file
PrepareFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Path]

VLC_ARGS = ("--no-xlib", "--quiet", "--no-video-title-show", "--aout=adummy", "--no-osd")


def load_vlc(*, video_output: bool = True) -> tuple[Any | None, str]:
    """Import python-vlc and create an instance. Returns (instance or None, reason when None).

    Args:
        video_output: False decodes without drawing (no display, e.g. the offscreen platform).
    """
    try:
        import vlc
    except (ImportError, OSError) as exc:  # python-vlc raises OSError when libvlc is missing
        return None, f"libvlc could not be loaded ({exc})"
    try:
        instance = vlc.Instance([*VLC_ARGS, *(() if video_output else ("--vout=dummy",))])
    except Exception as exc:
        return None, f"libvlc failed to start ({exc})"
    if instance is None:
        return None, "libvlc has no plugins (install the VLC plugins package)"
    return instance, ""


def bind_output(player: Any, handle: int) -> None:
    """Draw the player into a native window handle of this platform."""
    if sys.platform.startswith("linux"):
        player.set_xwindow(handle)
    elif sys.platform == "win32":
        player.set_hwnd(handle)
    elif sys.platform == "darwin":
        player.set_nsobject(handle)
    else:
        raise RuntimeError(f"video embedding is not supported on {sys.platform}")


class PrepareWorker(QObject):
    """Produces a replay file that must be generated first (the demo clock video).

    Signals:
        progress: args: done, total
        finished: args: path (str), error message ("" on success)
    """

    progress = Signal(int, int)
    finished = Signal(str, str)

    def __init__(self, make: PrepareFn) -> None:
        super().__init__()
        self._make = make
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask a running generation to stop (thread-safe)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Generate the file (runs on the preparer thread)."""
        last = [-1]

        def report(done: int, total: int) -> None:  # at most one signal per percent
            pct = done * 100 // max(total, 1)
            if pct != last[0]:
                last[0] = pct
                self.progress.emit(done, total)

        try:
            path = self._make(report, self._cancel.is_set)
        except Exception as exc:
            if self._cancel.is_set():  # asked to stop: not a failure
                self.finished.emit("", "cancelled")
                return
            log.exception("preparing the replay failed")
            self.finished.emit("", str(exc))
            return
        self.finished.emit(str(path), "")


class ReplayService(QObject):
    """Plays a LIVE's replay and maps between video time and LIVE time.

    Signals:
        position_changed: the replay position in LIVE time (UTC ms). arg: int
        playing_changed: arg: bool
        availability_changed: whether a replay can be shown, and why not. args: bool, message
        preparing: a replay video is being generated. args: done, total
    """

    position_changed = Signal("qint64")
    playing_changed = Signal(bool)
    availability_changed = Signal(bool, str)
    preparing = Signal(int, int)

    def __init__(self, prepare_demo: PrepareFn | None = None, *,
                 video_output: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._instance, self._why = load_vlc(video_output=video_output)
        self._embed = video_output
        self._player: Any = None
        self._handle: int | None = None
        self._origin = 0  # LIVE time (ms) of video time 0
        self._uri: str | None = None
        self._prepare_demo = prepare_demo
        self._prep_thread: QThread | None = None
        self._prep_worker: PrepareWorker | None = None
        self._pending: tuple[str, int] | None = None
        self._pending_seek: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._on_poll)
        self._was_playing = False

    @property
    def available(self) -> bool:
        """True when libvlc loaded."""
        return self._instance is not None

    @property
    def unavailable_reason(self) -> str:
        """Why there is no player, for the panel to show."""
        return self._why

    def bind(self, handle: int) -> None:
        """Draw into this native window (called again when the surface's handle changes)."""
        self._handle = handle
        if self._player is not None and self._embed:
            bind_output(self._player, handle)

    def open(self, uri: str | None, started_at: int, replay_offset_ms: int) -> None:
        """Load a LIVE's replay; video time 0 is LIVE time ``started_at + replay_offset_ms``."""
        self.stop()
        self._origin = started_at + replay_offset_ms
        self._uri = uri
        if not uri:
            self.availability_changed.emit(False, "no_replay")
            return
        if self._instance is None:
            self.availability_changed.emit(False, self._why)
            return
        if "://" not in uri and not Path(uri).exists():
            if self._prepare_demo is not None and Path(uri).parent.exists():
                self._pending = (uri, self._origin)
                self._start_prepare()
                return
            self.availability_changed.emit(False, f"missing:{uri}")
            return
        self._load(uri)

    def _load(self, uri: str) -> None:
        assert self._instance is not None
        media = self._instance.media_new(uri) if "://" in uri else self._instance.media_new_path(uri)
        self._player = self._instance.media_player_new()
        self._player.set_media(media)
        if self._handle is not None and self._embed:
            bind_output(self._player, self._handle)
        self.availability_changed.emit(True, "")
        # Start paused on the first frame so a seek shows a picture at once.
        self._player.play()
        self._player.set_pause(1)
        self._timer.start()
        if self._pending_seek is not None:
            ts, self._pending_seek = self._pending_seek, None
            self.seek(ts)

    def _start_prepare(self) -> None:
        if self._prep_thread is not None:
            return
        assert self._prepare_demo is not None
        self._prep_thread = QThread(self)
        self._prep_thread.setObjectName("livedesk-replay-prepare")
        self._prep_worker = PrepareWorker(self._prepare_demo)
        self._prep_worker.moveToThread(self._prep_thread)
        self._prep_thread.started.connect(self._prep_worker.run)
        self._prep_worker.progress.connect(self.preparing)
        self._prep_worker.finished.connect(self._on_prepared)
        self._prep_thread.start()
        self.preparing.emit(0, 1)

    @Slot(str, str)
    def _on_prepared(self, path: str, error: str) -> None:
        if self._prep_thread is not None:
            self._prep_thread.quit()
            self._prep_thread.wait()
            self._prep_thread = None
            self._prep_worker = None
        pending, self._pending = self._pending, None
        if error or pending is None:
            self.availability_changed.emit(False, f"error:{error}")
            return
        if pending[0] == self._uri:
            self._load(pending[0])

    def stop(self) -> None:
        """Stop and release the current media."""
        self._timer.stop()
        if self._player is not None:
            self._player.stop()
            self._player.release()
            self._player = None
            self.playing_changed.emit(False)

    def shutdown(self) -> None:
        """Release libvlc and wait for a running generation to finish."""
        self.stop()
        if self._prep_thread is not None:
            if self._prep_worker is not None:
                self._prep_worker.cancel()
            self._prep_thread.quit()
            self._prep_thread.wait()
            self._prep_thread = None
        if self._instance is not None:
            self._instance.release()
            self._instance = None

    # --- transport ------------------------------------------------------------------------------
    def is_playing(self) -> bool:
        """True while playing."""
        return bool(self._player is not None and self._player.is_playing())

    def toggle(self) -> None:
        """Play or pause."""
        if self._player is None:
            return
        self._player.set_pause(1 if self._player.is_playing() else 0)

    def seek(self, live_ts: int) -> None:
        """Show the moment ``live_ts`` (LIVE time, UTC ms)."""
        if self._player is None:
            self._pending_seek = live_ts
            return
        self._player.set_time(max(int(live_ts - self._origin), 0))
        self.position_changed.emit(int(live_ts))

    def step(self, delta_ms: int) -> None:
        """Jump forwards or backwards."""
        if self._player is not None:
            self.seek(self._origin + max(self._player.get_time(), 0) + delta_ms)

    def set_rate(self, rate: float) -> None:
        """Playback speed (1.0 = real time)."""
        if self._player is not None:
            self._player.set_rate(rate)

    def length_ms(self) -> int:
        """The video's length, or 0 when unknown."""
        return max(int(self._player.get_length()), 0) if self._player is not None else 0

    def origin(self) -> int:
        """LIVE time of the video's first frame."""
        return self._origin

    @Slot()
    def _on_poll(self) -> None:
        if self._player is None:
            return
        playing = bool(self._player.is_playing())
        if playing != self._was_playing:
            self._was_playing = playing
            self.playing_changed.emit(playing)
        if playing:
            self.position_changed.emit(self._origin + max(int(self._player.get_time()), 0))
