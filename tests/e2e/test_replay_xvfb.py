"""Real libvlc in a real X window (Xvfb): a click on a violation marker shows that moment of the video."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from livedesk.models.engine import make_engine, upgrade
from livedesk.models.records import SessionStatus
from livedesk.models.store import Store
from livedesk.services.demo_video import generate_clock_video
from tests.factories import T0, base_batch, rich_batch

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.xvfb
@pytest.mark.vlc
def test_violation_marker_click_shows_its_moment(tmp_path: Path, xvfb_display: str) -> None:
    clip = generate_clock_video(tmp_path / "replay.mp4", 620)
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    batch = base_batch(status=SessionStatus.ENDED, ended_at=T0 + 600_000)
    session = dataclasses.replace(batch.sessions[0], replay_uri=str(clip))
    store.write(dataclasses.replace(batch, sessions=(session,)))
    store.write(rich_batch())  # its violation marker is 300 s into the LIVE
    engine.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display,
           "LIVEDESK_DATA_DIR": str(tmp_path / "data"), "LIVEDESK_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-m", "tests.e2e.replay_probe", "--db", url, "--session", "1"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["backend"] == "vlc" and result["platform"] == "xcb"
    assert result["expect_s"] == 300
    # the frame showing 0:05:00 (±1 s) appeared on screen
    assert result["click_to_frame_ms"] is not None, (result, out.stderr[-2000:])
    assert abs(result["shown_s"] - 300) <= 1


@pytest.mark.xvfb
@pytest.mark.vlc
def test_a_violation_clip_plays_exactly_its_window(tmp_path: Path, xvfb_display: str) -> None:
    from livedesk.models.records import Batch, ViolationRecord
    from tests.factories import session_ref

    clip = generate_clock_video(tmp_path / "replay.mp4", 620)
    url = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    store = Store(engine)
    batch = base_batch(status=SessionStatus.ENDED, ended_at=T0 + 600_000)
    session = dataclasses.replace(batch.sessions[0], replay_uri=str(clip))
    store.write(dataclasses.replace(batch, sessions=(session,)))
    store.write(Batch("manual", violations=(ViolationRecord(
        session_ref(), "v1", T0 + 200_000, T0 + 204_000, "Misleading claims", "r", "high", "c", "fix", "manual"),)))
    engine.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display,
           "LIVEDESK_DATA_DIR": str(tmp_path / "data"), "LIVEDESK_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-m", "tests.e2e.replay_probe", "--db", url, "--session", "1", "--clip"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["backend"] == "vlc"
    assert result["clip_s"] == [197.0, 207.0]  # the 4 s window with 3 s of context either side
    seen = [c for c in result["seen_s"] if c != 100]  # 100: the moment shown before the click
    assert result["finished"], result
    # the video jumped to the clip's start (libvlc may show the picture before it first) and played through it
    assert 196 <= seen[0] <= 198, seen
    assert set(range(198, 207)) <= set(seen), seen
    assert max(seen) <= 208, seen
    # and it stopped at the clip's end: nothing after it is shown
    assert not result["playing_after"]
    assert result["after_s"] and max(result["after_s"]) <= 208 and min(result["after_s"]) >= 206, result
    assert result["highlighted"], json.dumps(result)
