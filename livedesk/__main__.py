"""Command line: ``livedesk`` (the GUI), ``sessions``, ``screenshot``, ``export``, ``import``, ``sync``, ``account``,
``session``."""

from __future__ import annotations

import argparse
import os
import sys
from importlib.metadata import PackageNotFoundError, version

TABS = ("key_metrics", "trends", "traffic", "content_quality", "overview")


def package_version() -> str:
    """The installed version of LiveDesk."""
    try:
        return version("livedesk")
    except PackageNotFoundError:
        return "0+unknown"


def make_parser() -> argparse.ArgumentParser:
    """The whole CLI."""
    from livedesk.app import add_gui_options

    p = argparse.ArgumentParser(
        prog="livedesk",
        description="LiveDesk — a desktop dashboard for LIVE-commerce streams. Without a command it opens the "
                    "window; on an empty cache it starts the built-in demo LIVE.",
    )
    p.add_argument("--version", action="version", version=f"livedesk {package_version()}")
    add_gui_options(p)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    s = sub.add_parser("sessions", help="list the cached LIVEs (id, title, start, duration, status, source)")
    s.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    shot = sub.add_parser("screenshot", help="render one tab offscreen once its data is loaded, save a PNG, exit")
    shot.add_argument("--tab", choices=TABS, required=True)
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--size", default="1600x1000", metavar="WxH")
    shot.add_argument("--session", type=int, default=argparse.SUPPRESS, metavar="ID")
    shot.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)
    shot.add_argument("--db", metavar="URL", default=argparse.SUPPRESS)
    shot.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for data (default 90)")
    shot.add_argument("--lang", default=None, metavar="CODE",
                      help="UI language of the picture, e.g. zh_CN or th (default: the saved choice)")
    exp = sub.add_parser("export", help="write an ended LIVE as a LiveDesk bundle (folder or .zip) or its trend "
                                        "table as CSV / XLSX")
    exp.add_argument("session", metavar="SESSION", help="the LIVE: its ID (see 'livedesk sessions') or external id")
    exp.add_argument("--out", required=True, metavar="PATH",
                     help="bundle folder, bundle .zip, or the .csv / .xlsx file to write")
    exp.add_argument("--format", choices=("bundle", "csv", "xlsx"), default=None,
                     help="default: from the --out suffix (.csv, .xlsx; anything else is a bundle)")
    exp.add_argument("--no-video", action="store_true", help="leave the replay video out of the bundle")
    exp.add_argument("--bucket", type=int, default=60, metavar="SECONDS",
                     help="row length of a CSV / XLSX trend table (default 60)")
    exp.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    imp = sub.add_parser("import", help="import a LiveDesk bundle (folder or .zip) or a TikTok Seller Center "
                                        "LIVE export (.xlsx / .csv)")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--account", metavar="HANDLE", default=None,
                     help="Seller Center: the account the LIVEs belong to (needed when the file has no "
                          "creator column; wins over it)")
    imp.add_argument("--timezone", metavar="TZ", default=None,
                     help="Seller Center: time zone of the file's times, e.g. Asia/Jakarta (default: the "
                          "account's, else this computer's)")
    imp.add_argument("--currency", metavar="CODE", default=None,
                     help="Seller Center: currency of money columns the file does not name, e.g. USD")
    imp.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    from livedesk import cli_session, cli_sources

    cli_sources.add_parsers(sub)
    cli_session.add_parsers(sub)
    return p


def platform_fixes() -> None:
    """Environment tweaks that must happen before Qt starts."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and os.environ.get("WAYLAND_DISPLAY") and os.environ.get("DISPLAY"):
        # libvlc cannot embed video in a Wayland surface (python-vlc #257); XWayland can.
        os.environ["QT_QPA_PLATFORM"] = "xcb"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``livedesk`` console script and ``python -m livedesk``."""
    from livedesk.app import CacheOpenError

    try:
        return _main(argv)
    except CacheOpenError as exc:
        print(f"livedesk: {exc}", file=sys.stderr)
        return 2


def _main(argv: list[str] | None) -> int:
    args = sys.argv[1:] if argv is None else argv
    ns = make_parser().parse_args(args)
    if ns.command == "sessions":
        from livedesk.cli import print_sessions

        return print_sessions(ns.db)
    if ns.command == "screenshot":
        from livedesk.cli import screenshot

        return screenshot(ns)
    if ns.command == "export":
        from livedesk.cli import export_session

        return export_session(ns)
    if ns.command == "import":
        from livedesk.cli import import_path

        return import_path(ns)
    from livedesk import cli_session, cli_sources

    if ns.command in cli_sources.COMMANDS:
        return cli_sources.run(ns)
    if ns.command in cli_session.COMMANDS:
        return cli_session.run(ns)
    platform_fixes()
    from livedesk.app import run

    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
