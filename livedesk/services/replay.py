"""The LIVE replay: one player shared by every tab, mapping between video time and LIVE time.

The player lives here, the picture in the views: libvlc draws into a native window whose handle the view
hands over (:meth:`ReplayService.bind`); Qt Multimedia draws into a video sink the view hands over
(:meth:`ReplayService.set_sink`). libvlc is preferred where it can draw (frame-exact seeks); Qt Multimedia
is the fallback, and the choice on platforms without native windows (offscreen).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from livedesk.services.replay_backends import (
    Backend,
    QtBackend,
    VlcBackend,
    qt_multimedia_available,
    vlc_importable,
)

log = logging.getLogger(__name__)

# make(progress(done, total), cancelled() -> bool) -> path of the generated file
PrepareFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Path]

POLL_MS = 100


class PrepareWorker(QObject):
    """Produces a replay file that must be generated first (the demo clock video).

    Signals:
        progress: args: done, total
        finished: args: path (str), error message ("" on success, "cancelled" when asked to stop)
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


def choose_backend(*, native_windows: bool, parent: QObject | None = None) -> tuple[Backend | None, str]:
    """libvlc where it can draw into a native window, Qt Multimedia otherwise or when libvlc is missing.

    Returns (backend or None, why there is none).
    """
    qt_ok, qt_why = qt_multimedia_available()
    if native_windows:
        vlc_ok, vlc_why = vlc_importable()
        if vlc_ok:
            return VlcBackend(), ""  # the libvlc instance is made on the first replay opened
        if qt_ok:
            log.info("libvlc unavailable (%s): using Qt Multimedia", vlc_why)
            return QtBackend(parent), ""
        return None, f"{vlc_why}; {qt_why}"
    if qt_ok:
        return QtBackend(parent), ""
    return None, qt_why


class ReplayService(QObject):
    """Plays a LIVE's replay and maps between video time and LIVE time.

    Signals:
        position_changed: the replay position in LIVE time (UTC ms), about 10× a second while playing.
        playing_changed: arg: bool
        availability_changed: whether a replay can be shown, and why not. args: bool, reason code/message
        preparing: a replay video is being generated. args: done, total
        clip_finished: a clip started with :meth:`play_window` reached its end.
    """

    position_changed = Signal("qint64")
    playing_changed = Signal(bool)
    availability_changed = Signal(bool, str)
    preparing = Signal(int, int)
    clip_finished = Signal()

    def __init__(self, backend: Backend | None, why_none: str = "",
                 prepare_demo: PrepareFn | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._why = why_none
        self._origin = 0  # LIVE time (ms) of video time 0
        self._uri: str | None = None
        self._loaded = False
        self._prepare_demo = prepare_demo
        self._prep_thread: QThread | None = None
        self._prep_worker: PrepareWorker | None = None
        self._pending_uri: str | None = None
        self._pending_seek: int | None = None
        self._clip_end: int | None = None
        self._rate = 1.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_poll)
        self._repause_timer = QTimer(self)  # watches a libvlc seek made while paused (see VlcBackend.tick)
        self._repause_timer.setInterval(10)
        self._repause_timer.timeout.connect(self._on_repause_tick)
        self._was_playing = False
        self._last_video_ms = -1
        self._last_wall = 0.0
        self._position = 0

    # --- what is available ------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """True when a player backend exists."""
        return self._backend is not None

    @property
    def backend_name(self) -> str:
        """``vlc``, ``qt`` or "" when there is no player."""
        return self._backend.name if self._backend is not None else ""

    @property
    def unavailable_reason(self) -> str:
        """Why there is no player, for the panel to show."""
        return self._why

    def backend(self) -> Backend | None:
        """The player backend (tests, benchmarks)."""
        return self._backend

    def bind(self, handle: int) -> None:
        """Draw into this native window (libvlc)."""
        if isinstance(self._backend, VlcBackend):
            self._backend.bind(handle)

    def set_sink(self, sink: QObject) -> None:
        """Draw into this video sink (Qt Multimedia)."""
        if isinstance(self._backend, QtBackend):
            self._backend.set_sink(sink)

    # --- loading ----------------------------------------------------------------------------------
    def open(self, uri: str | None, started_at: int, replay_offset_ms: int) -> None:
        """Load a LIVE's replay; video time 0 is LIVE time ``started_at + replay_offset_ms``.

        The video already loaded, lined up anew (Attach video with another offset), stays loaded: only the
        clock moves. Loading it again would interrupt the player's own opening of it, and show nothing new.
        """
        if uri and uri == self._uri and self._loaded and self._backend is not None:
            self._origin = started_at + replay_offset_ms
            self._pending_seek = None
            self.availability_changed.emit(True, "")
            return
        self.stop()
        self._origin = started_at + replay_offset_ms
        self._uri = uri
        self._pending_seek = None
        if not uri:
            self.availability_changed.emit(False, "no_replay")
            return
        if self._backend is None:
            self.availability_changed.emit(False, self._why)
            return
        if "://" not in uri and not Path(uri).exists():
            if self._prepare_demo is not None and Path(uri).parent.exists():
                self._pending_uri = uri
                self._start_prepare()
                return
            self.availability_changed.emit(False, f"missing:{uri}")
            return
        self._load(uri)

    def _load(self, uri: str) -> None:
        assert self._backend is not None
        try:
            self._backend.load(uri)
        except RuntimeError as exc:  # e.g. libvlc without its plugins
            self.availability_changed.emit(False, str(exc))
            return
        self._backend.set_rate(self._rate)
        self._loaded = True
        self.availability_changed.emit(True, "")
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
        self._end_prepare_thread()
        pending, self._pending_uri = self._pending_uri, None
        if error or pending is None:
            if error != "cancelled":
                self.availability_changed.emit(False, f"error:{error}")
            return
        if pending == self._uri and path:
            self._load(pending)

    def _end_prepare_thread(self) -> None:
        if self._prep_thread is not None:
            if self._prep_worker is not None:
                self._prep_worker.cancel()
            self._prep_thread.quit()
            self._prep_thread.wait()
            self._prep_thread = None
            self._prep_worker = None

    def stop(self) -> None:
        """Stop and unload the current media."""
        self._timer.stop()
        self._repause_timer.stop()
        self._clip_end = None
        if self._backend is not None and self._loaded:
            self._backend.stop()
        self._loaded = False
        if self._was_playing:
            self._was_playing = False
            self.playing_changed.emit(False)

    def shutdown(self) -> None:
        """Release the player and stop a running generation."""
        self.stop()
        self._end_prepare_thread()
        if self._backend is not None:
            self._backend.release()
            self._backend = None

    # --- transport --------------------------------------------------------------------------------
    def is_loaded(self) -> bool:
        """True when a replay is open."""
        return self._loaded

    def is_playing(self) -> bool:
        """True while playing."""
        return bool(self._backend is not None and self._loaded and self._backend.is_playing())

    def play(self) -> None:
        """Start or resume."""
        if self._backend is not None and self._loaded:
            self._backend.play()

    def pause(self) -> None:
        """Pause."""
        if self._backend is not None and self._loaded:
            self._backend.pause()

    def toggle(self) -> None:
        """Play or pause."""
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def seek(self, live_ts: int) -> None:
        """Show the moment ``live_ts`` (LIVE time, UTC ms); remembered until a replay is loaded."""
        if self._backend is None or not self._loaded:
            self._pending_seek = live_ts
            return
        self._backend.set_time(int(live_ts - self._origin))
        if isinstance(self._backend, VlcBackend) and self._backend.repause_pending():
            self._repause_timer.start()
        self._set_position(int(live_ts))

    def play_window(self, start_ts: int, end_ts: int) -> None:
        """Play exactly ``[start_ts, end_ts]`` (LIVE time) and pause at its end."""
        self._clip_end = end_ts
        self.seek(start_ts)
        self.play()

    def step(self, delta_ms: int) -> None:
        """Jump forwards or backwards."""
        self.seek(self._position + delta_ms)

    def set_rate(self, rate: float) -> None:
        """Playback speed (1.0 = real time)."""
        self._rate = rate
        if self._backend is not None and self._loaded:
            self._backend.set_rate(rate)

    def position(self) -> int:
        """The current position in LIVE time (UTC ms)."""
        return self._position

    def length_ms(self) -> int:
        """The video's length, or 0 when unknown."""
        return self._backend.length() if self._backend is not None and self._loaded else 0

    def origin(self) -> int:
        """LIVE time of the video's first frame."""
        return self._origin

    def _set_position(self, live_ts: int) -> None:
        self._position = live_ts
        self.position_changed.emit(live_ts)

    @Slot()
    def _on_repause_tick(self) -> None:
        backend = self._backend
        if isinstance(backend, VlcBackend):
            backend.tick()
            if backend.repause_pending():
                return
        self._repause_timer.stop()

    @Slot()
    def _on_poll(self) -> None:
        backend = self._backend
        if backend is None or not self._loaded:
            return
        if isinstance(backend, VlcBackend):
            backend.tick()
        playing = backend.is_playing()
        if playing != self._was_playing:
            self._was_playing = playing
            self.playing_changed.emit(playing)
        if not playing:
            return
        # libvlc reports its time only every 250 ms: interpolate with the wall clock in between.
        video_ms, now = backend.time(), time.monotonic()
        if video_ms != self._last_video_ms:
            self._last_video_ms, self._last_wall = video_ms, now
            pos = video_ms
        else:
            pos = video_ms + int((now - self._last_wall) * 1000 * self._rate)
        live_ts = self._origin + pos
        if self._clip_end is not None and live_ts >= self._clip_end:
            end, self._clip_end = self._clip_end, None
            backend.pause()
            backend.set_time(int(end - self._origin))
            self._set_position(int(end))  # where the clip stopped, not where the poll overshot it
            self.clip_finished.emit()
            return
        self._set_position(live_ts)
