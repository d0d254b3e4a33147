"""``python -m bench [--quick] [--only NAME ...]``: run the budgets' benchmarks, print one JSON object.

Progress goes to stderr; stdout carries only the result. Scratch files live in a temporary directory that is
removed at the end (``--keep`` keeps it); the generated demo replay video is kept between runs in the
system's temporary directory because it takes ~20 s to make.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from importlib import import_module
from pathlib import Path
from typing import Any

from bench._common import Config, log, rnd

BENCHMARKS = ("startup", "ingest", "open_session", "live_tick", "memory", "redraw_12h", "seek_frame", "import_bundle")


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for dist in ("pyside6-essentials", "pyqtgraph", "numpy", "sqlalchemy", "python-vlc"):
        try:
            versions[dist] = version(dist)
        except PackageNotFoundError:
            versions[dist] = None
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "packages": versions}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--quick", action="store_true", help="fewer repetitions and smaller inputs")
    p.add_argument("--only", nargs="+", choices=BENCHMARKS, metavar="NAME",
                   help=f"run only these ({', '.join(BENCHMARKS)})")
    p.add_argument("--workdir", type=Path, default=None, help="scratch directory (default: a new temporary one)")
    p.add_argument("--keep", action="store_true", help="keep the scratch directory")
    ns = p.parse_args(argv)
    workdir = ns.workdir or Path(tempfile.mkdtemp(prefix="livedesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    cfg = Config(quick=ns.quick, workdir=workdir)
    t0 = time.perf_counter()
    budgets: dict[str, Any] = {}
    try:
        for name in ns.only or BENCHMARKS:
            started = time.perf_counter()
            try:
                budgets[name] = import_module(f"bench.{name}").run(cfg)
            except Exception as exc:  # report the failure in the JSON and go on with the others
                traceback.print_exc(file=sys.stderr)
                budgets[name] = {"error": f"{exc.__class__.__name__}: {exc}"}
            budgets[name]["bench_seconds"] = rnd(time.perf_counter() - started, 1)
            log(f"{name}: done in {time.perf_counter() - started:.1f} s")
    finally:
        if not ns.keep and ns.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    result = {"machine": machine(), "quick": ns.quick, "total_seconds": rnd(time.perf_counter() - t0, 1),
              "budgets": budgets}
    if ns.keep or ns.workdir is not None:
        result["workdir"] = str(workdir)
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
