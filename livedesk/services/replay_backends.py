"""Video backends of the replay: libvlc (frame-exact seeking, draws into a native window) and Qt Multimedia.

Both are driven only from the GUI thread. libvlc is not re-entrant and its callbacks run on a VLC thread
(python-vlc #77, #211): this module never registers libvlc callbacks; positions are polled.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)

LANDED_TOLERANCE_MS = 1_000  # libvlc reports a time this close to the sought one: the seek has landed
REPAUSE_MAX_S = 2.0  # give up waiting for the sought picture after this long (a very slow machine)

VLC_ARGS = ("--no-xlib", "--quiet", "--no-video-title-show", "--aout=adummy", "--no-osd")


class Backend(Protocol):
    """What the replay service needs from a player."""

    name: str

    def load(self, uri: str) -> None:
        """Open a local file or URL, paused on its first frame."""
        ...

    def play(self) -> None:
        """Start or resume."""
        ...

    def pause(self) -> None:
        """Pause."""
        ...

    def is_playing(self) -> bool:
        """True while playing."""
        ...

    def set_time(self, ms: int) -> None:
        """Seek to a video time."""
        ...

    def time(self) -> int:
        """The current video time (ms)."""
        ...

    def length(self) -> int:
        """The video's length (ms), 0 when unknown."""
        ...

    def set_rate(self, rate: float) -> None:
        """Playback speed."""
        ...

    def stop(self) -> None:
        """Stop and unload."""
        ...

    def release(self) -> None:
        """Free the player."""
        ...


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
    """Draw a libvlc player into a native window handle of this platform."""
    if sys.platform.startswith("linux"):
        player.set_xwindow(handle)
    elif sys.platform == "win32":
        player.set_hwnd(handle)
    elif sys.platform == "darwin":
        player.set_nsobject(handle)
    else:
        raise RuntimeError(f"video embedding is not supported on {sys.platform}")


class VlcBackend:
    """libvlc drawing into a native child window (X11, Win32 or Cocoa).

    Args:
        instance: a libvlc instance, or None to create one on the first load (start-up does not pay for it).
    """

    name = "vlc"

    def __init__(self, instance: Any = None) -> None:
        self._instance = instance
        self._player: Any = None
        self._handle: int | None = None
        self._repause_at: float | None = None
        self._target_ms = 0
        self._landed_count: int | None = None  # pictures displayed when libvlc reached the sought time
        self._landed_at = 0.0
        self._want_playing = False  # libvlc reports "playing" a moment after set_pause(1): trust our own state

    def bind(self, handle: int) -> None:
        """Draw into this native window (again after the window's handle changed, python-vlc #155)."""
        self._handle = handle
        if self._player is not None:
            bind_output(self._player, handle)

    def load(self, uri: str) -> None:
        self.stop()
        if self._instance is None:
            self._instance, why = load_vlc()
            if self._instance is None:
                raise RuntimeError(why)
        media = self._instance.media_new(uri) if "://" in uri else self._instance.media_new_path(uri)
        self._player = self._instance.media_player_new()
        self._player.set_media(media)
        # Mouse and keys go to Qt (double-click for full screen, Space, arrows), not to libvlc's window.
        self._player.video_set_mouse_input(False)
        self._player.video_set_key_input(False)
        if self._handle is not None:
            bind_output(self._player, self._handle)
        self._player.play()  # start, then pause at once: a seek then shows a picture
        self._player.set_pause(1)
        self._want_playing = False

    def play(self) -> None:
        self._repause_at = None
        self._want_playing = True
        if self._player is not None:
            self._player.set_pause(0)

    def pause(self) -> None:
        self._repause_at = None
        self._want_playing = False
        if self._player is not None:
            self._player.set_pause(1)

    def is_playing(self) -> bool:
        if self._repause_at is not None or not self._want_playing:  # paused, or only playing through a seek
            return False
        return bool(self._player is not None and self._player.is_playing())

    def set_time(self, ms: int) -> None:
        if self._player is None:
            return
        if self._repause_at is not None or not self._want_playing:
            # A paused libvlc does not always redraw after a seek (not once its window was resized): play
            # through the seek and pause again once a picture of the new moment has been displayed (tick()).
            # Resuming may first show a picture of the old moment: only pictures displayed after libvlc
            # reports the sought time count.
            if self._repause_at is None:
                self._player.set_pause(0)
            self._repause_at = time.monotonic() + REPAUSE_MAX_S
            self._landed_count = None
        self._target_ms = max(int(ms), 0)
        self._player.set_time(self._target_ms)

    def repause_pending(self) -> bool:
        """True while playing through a seek that was made while paused."""
        return self._repause_at is not None

    def _displayed_pictures(self) -> int:
        import vlc

        media = self._player.get_media() if self._player is not None else None
        if media is None:
            return 0
        stats = vlc.MediaStats()
        return int(stats.displayed_pictures) if media.get_stats(stats) else 0

    def tick(self) -> None:
        """Called every poll (and soon after a seek): pause again once the sought picture is on screen."""
        if self._repause_at is None or self._player is None:
            return
        shown = False
        now = time.monotonic()
        if self._landed_count is None:
            if abs(self._player.get_time() - self._target_ms) <= LANDED_TOLERANCE_MS:
                self._landed_count = self._displayed_pictures()
                self._landed_at = now
        else:
            # libvlc's picture counter lags a little: also play on for more than one frame after landing
            fps = self._player.get_fps() or 25.0
            settle = min(max(1.2 / fps, 0.05), 0.5)
            shown = self._displayed_pictures() > self._landed_count and now - self._landed_at >= settle
        if shown or now >= self._repause_at:
            self._player.set_pause(1)
            self._repause_at = None

    def time(self) -> int:
        return max(int(self._player.get_time()), 0) if self._player is not None else 0

    def length(self) -> int:
        return max(int(self._player.get_length()), 0) if self._player is not None else 0

    def set_rate(self, rate: float) -> None:
        if self._player is not None:
            self._player.set_rate(rate)

    def take_snapshot(self, path: Path) -> bool:
        """Write the picture shown now to a PNG (tests, bug reports)."""
        return self._player is not None and self._player.video_take_snapshot(0, str(path), 0, 0) == 0

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
            self._player.release()
            self._player = None

    def release(self) -> None:
        self.stop()
        if self._instance is not None:
            self._instance.release()
            self._instance = None


class QtBackend:
    """Qt Multimedia (its bundled FFmpeg) drawing into a QVideoSink; used where libvlc cannot draw."""

    name = "qt"

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        self._player = QMediaPlayer(parent)
        self._player.errorOccurred.connect(self._on_error)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._pending_ms: int | None = None  # a seek asked for while the media was still loading

    def set_sink(self, sink: QObject) -> None:
        """Where frames go (a QVideoWidget's videoSink)."""
        self._player.setVideoSink(sink)  # type: ignore[arg-type]

    def load(self, uri: str) -> None:
        url = QUrl(uri) if "://" in uri else QUrl.fromLocalFile(uri)
        self._player.setSource(url)
        self._player.pause()  # loads and shows the first frame

    def play(self) -> None:
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def is_playing(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def set_time(self, ms: int) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self._player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadingMedia, QMediaPlayer.MediaStatus.NoMedia):
            self._pending_ms = max(int(ms), 0)  # applied once loaded: a seek while loading is lost
            return
        self._player.setPosition(max(int(ms), 0))

    def time(self) -> int:
        return self._pending_ms if self._pending_ms is not None else int(self._player.position())

    def _on_status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._pending_ms is not None:
            ms, self._pending_ms = self._pending_ms, None
            self._player.setPosition(ms)

    def length(self) -> int:
        return int(self._player.duration())

    def set_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(rate)

    def stop(self) -> None:
        self._player.stop()

    def release(self) -> None:
        self._player.stop()

    def _on_error(self, _error: object, message: str) -> None:
        log.warning("Qt Multimedia: %s", message)


def vlc_importable() -> tuple[bool, str]:
    """Whether python-vlc finds libvlc (cheap: no instance is created)."""
    try:
        import vlc  # noqa: F401
    except (ImportError, OSError) as exc:
        return False, f"libvlc could not be loaded ({exc})"
    return True, ""


def qt_multimedia_available() -> tuple[bool, str]:
    """Whether Qt Multimedia can be imported here."""
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError as exc:
        return False, f"Qt Multimedia is missing ({exc})"
    return True, ""
