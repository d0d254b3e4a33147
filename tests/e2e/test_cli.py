"""The command line, run as a user runs it: in a subprocess, on a fresh cache."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from livedesk.models.engine import make_engine, upgrade
from livedesk.models.store import Store
from livedesk.services.demo import DemoConnector


def _run(args: list[str], tmp_path: Path, env: dict[str, str] | None = None,
         timeout: float = 240) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "LIVEDESK_DATA_DIR": str(tmp_path / "data"),
                "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("LIVEDESK_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "livedesk", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, check=False)


def _colors(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    step_x, step_y = max(image.width() // 80, 1), max(image.height() // 60, 1)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)})


def test_version_and_help(tmp_path: Path) -> None:
    out = _run(["--version"], tmp_path)
    assert out.returncode == 0 and out.stdout.startswith("livedesk ")
    out = _run(["--help"], tmp_path)
    assert out.returncode == 0
    for word in ("sessions", "screenshot", "--db", "--demo"):
        assert word in out.stdout


def test_sessions_lists_the_demo_lives(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store, demo = Store(engine), DemoConnector(seed=7)
    store.write(demo.poll())
    while demo.history_pending:
        store.write(demo.poll())
    engine.dispose()
    out = _run(["sessions", "--db", url], tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    rows = [re.split(r"\s{2,}", line.strip()) for line in lines[1:-1]]
    statuses = [r[3] for r in rows]
    assert statuses.count("live") == 1
    assert statuses.count("ended") >= 14
    assert lines[-1] == f"{len(rows)} LIVE(s)"


def test_screenshot_of_the_demo_key_metrics(tmp_path: Path) -> None:
    png = tmp_path / "k.png"
    out = _run(["screenshot", "--demo", "--tab", "key_metrics", "--out", str(png), "--size", "1280x800"], tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)
    assert _colors(png) > 20  # cards, a curve and text, not a blank window


def test_bad_database_url_is_a_clear_error(tmp_path: Path) -> None:
    out = _run(["sessions", "--db", "nosuchdialect://x"], tmp_path)
    assert out.returncode != 0
    assert "nosuchdialect" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.xvfb
def test_screenshot_in_a_real_x11_window(tmp_path: Path, xvfb_display: str) -> None:
    """The xcb platform plugin and its libraries work (a missing library fails here, loudly)."""
    png = tmp_path / "t.png"
    out = _run(["screenshot", "--demo", "--tab", "trends", "--out", str(png), "--size", "1280x800"], tmp_path,
               env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display})
    assert out.returncode == 0, out.stderr[-2000:]
    assert _colors(png) > 20


@pytest.mark.vlc
def test_libvlc_loads_with_its_plugins() -> None:
    """libvlc and its plugins are installed (the replay needs them; CI installs them)."""
    from livedesk.services.replay_backends import load_vlc

    instance, why = load_vlc(video_output=False)
    assert instance is not None, why
    instance.release()
