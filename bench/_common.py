"""Shared helpers: statistics, result entries, child processes, isolated directories, Qt waiting.

Only the standard library is imported at module level: the start-up children import this module before
their clock-sensitive work, and must not pay for anything the application itself would not load.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_T0 = time.perf_counter()


# --- progress -------------------------------------------------------------------------------------------

def log(message: str) -> None:
    """Progress on stderr (stdout carries only the JSON result)."""
    print(f"[bench {time.perf_counter() - _T0:6.1f}s] {message}", file=sys.stderr, flush=True)


# --- statistics -----------------------------------------------------------------------------------------

def median(values: Sequence[float]) -> float:
    """The median (NaN for no values)."""
    v = sorted(values)
    if not v:
        return math.nan
    mid = len(v) // 2
    return v[mid] if len(v) % 2 else (v[mid - 1] + v[mid]) / 2


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) with linear interpolation (NaN for no values)."""
    v = sorted(values)
    if not v:
        return math.nan
    pos = (len(v) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def summary(values: Sequence[float], digits: int = 3) -> dict[str, Any]:
    """Median, p99, min, max and count of a series."""
    return {"median": rnd(median(values), digits), "p99": rnd(percentile(values, 99), digits),
            "min": rnd(min(values), digits) if values else None, "max": rnd(max(values), digits) if values else None,
            "n": len(values)}


def rnd(value: float | None, digits: int = 3) -> float | None:
    """Round for the report; NaN and None become None (JSON has no NaN)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return round(float(value), digits)


def entry(budget: str, unit: str, figure: float | None, floor: float | None, *, limit: float | None = None,
          floor_what: str, higher_is_better: bool = False, ratio_limit: float | None = None,
          **extra: Any) -> dict[str, Any]:
    """One budget's result.

    Args:
        budget: the budget's text (DESIGN.md §6).
        unit: unit of ``figure`` and ``floor``.
        figure: what the product measured.
        floor: what the floor measured in the same run.
        limit: absolute budget in ``unit`` when there is one.
        floor_what: what the floor is.
        higher_is_better: True for throughputs.
        ratio_limit: budget on ``figure / floor`` when the budget is a ratio.
        extra: further fields (details, secondary figures).
    """
    ratio = figure / floor if figure is not None and floor else None
    ok: bool | None = None
    if figure is not None:
        checks = []
        if limit is not None:
            checks.append(figure >= limit if higher_is_better else figure <= limit)
        if ratio_limit is not None and ratio is not None:
            checks.append(ratio >= ratio_limit if higher_is_better else ratio <= ratio_limit)
        ok = all(checks) if checks else None
    out: dict[str, Any] = {"budget": budget, "unit": unit, "figure": rnd(figure), "floor": rnd(floor),
                           "ratio": rnd(ratio), "floor_is": floor_what}
    if limit is not None:
        out["limit"] = limit
    if ratio_limit is not None:
        out["ratio_limit"] = ratio_limit
    out["within_budget"] = ok
    out.update(extra)
    return out


# --- configuration & directories -------------------------------------------------------------------------

@dataclass(frozen=True)
class Config:
    """How much to measure and where scratch files go."""

    quick: bool
    workdir: Path

    def reps(self, full: int, quick: int) -> int:
        """Repetitions for the current mode."""
        return quick if self.quick else full


@dataclass(frozen=True)
class AppDirs:
    """An isolated set of directories for one application process."""

    root: Path
    data: Path
    cache: Path
    config: Path
    db_path: Path

    @property
    def db_url(self) -> str:
        """SQLAlchemy URL of the cache database."""
        return f"sqlite:///{self.db_path}"

    @staticmethod
    def make(root: Path, *, cache: Path | None = None) -> AppDirs:
        """Create the directories under ``root`` (``cache`` overrides the cache directory)."""
        dirs = AppDirs(root, root / "data", cache or root / "cache", root / "config", root / "data" / "cache.sqlite3")
        for d in (dirs.data, dirs.cache, dirs.config):
            d.mkdir(parents=True, exist_ok=True)
        return dirs


def shared_video_cache() -> Path:
    """Where the generated demo replay video is kept between benchmark runs (it takes ~20 s to make)."""
    path = Path(tempfile.gettempdir()) / "livedesk-bench-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def link_or_copy(src: Path, dst: Path) -> None:
    """Put ``src`` at ``dst`` without copying when the file system allows it."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    if dst.exists():
        return
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def child_env(dirs: AppDirs | None = None) -> dict[str, str]:
    """Environment of a child: offscreen Qt, isolated directories, no inherited database URL."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("LIVEDESK_DATABASE_URL", None)
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    if dirs is not None:
        env["LIVEDESK_DATA_DIR"] = str(dirs.data)
        env["LIVEDESK_CACHE_DIR"] = str(dirs.cache)
        env["XDG_CONFIG_HOME"] = str(dirs.config)
    return env


# --- child processes -------------------------------------------------------------------------------------

class ChildError(RuntimeError):
    """A benchmark child failed or printed no result."""


def run_child(module: str, args: Sequence[str], env: dict[str, str], *, timeout: float = 300.0) -> dict[str, Any]:
    """Run ``python -m bench.<module> --child ARGS`` and return its JSON result.

    The result gets ``_spawned_at`` (``time.time()`` just before the process was created) so a child can
    report times relative to its own process start.
    """
    cmd = [sys.executable, "-m", f"bench.{module}", "--child", *args]
    spawned = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    result = None
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            result = json.loads(line)
            break
    if proc.returncode != 0 or result is None:
        tail = "\n".join(proc.stderr.splitlines()[-25:])
        raise ChildError(f"bench.{module} {' '.join(args)} exited with {proc.returncode}:\n{tail}")
    result["_spawned_at"] = spawned
    return result


def emit(result: dict[str, Any]) -> None:
    """A child's result: one JSON line on stdout."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


def hard_exit(code: int = 0) -> None:
    """Leave at once, without waiting for application threads (e.g. a replay video still being generated)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


# --- Qt helpers (imports inside: callers are already Qt processes) ----------------------------------------

def qt_app(settings_dir: Path | None = None) -> Any:
    """The QApplication of a child, named like the product's, with settings in ``settings_dir``."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    if settings_dir is not None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    qapp = QApplication.instance() or QApplication(["livedesk"])
    qapp.setApplicationName("LiveDesk")
    qapp.setOrganizationName("LiveDesk")
    return qapp


def wait_until(qapp: Any, ready: Callable[[], bool], timeout: float, *, nap: float = 0.0005) -> bool:
    """Process events until ``ready()`` or the timeout; returns ``ready()``."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            return False
        qapp.processEvents()
        if not ready():
            time.sleep(nap)
    return True


def run_loop_for(qapp: Any, seconds: float) -> None:
    """Run a real event loop for a while (idle measurements); the application and its windows stay open."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def ms(seconds: float) -> float:
    """Seconds to milliseconds."""
    return seconds * 1000.0


def mib(n_bytes: float) -> float:
    """Bytes to MiB."""
    return n_bytes / (1024 * 1024)
