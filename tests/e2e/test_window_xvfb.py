"""A real X window (Xvfb): Ctrl+1..5, F11 and Esc, F1, and the layout (size, full screen, tab, splitter, replay
dock) saved on close and restored on the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_probe(phase: str, env: dict[str, str]) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-m", "tests.e2e.window_probe", phase], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=180, check=False)
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.xvfb
def test_keyboard_full_screen_and_layout_restore(tmp_path: Path, xvfb_display: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display, "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "LIVEDESK_DATA_DIR": str(tmp_path / "data"), "LIVEDESK_CACHE_DIR": os.environ["LIVEDESK_CACHE_DIR"]}
    first = run_probe("first", env)
    assert first["ctrl_digits"] == [0, 1, 2, 3, 4]
    assert first["f11"] and first["esc"] and first["f1"]
    assert first["size"] == [1300, 760]
    second = run_probe("second", env)
    assert second["full_screen"] is True and second["tab"] == 2 and second["floating"] is True
    left, right = first["splitter"], second["splitter"]  # type: ignore[misc]
    assert abs(left[0] / sum(left) - right[0] / sum(right)) < 0.02, (left, right)
    assert second["size"] == [1300, 760]
