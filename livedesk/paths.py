"""Where LiveDesk keeps its files on disk (data, cache, logs), per platform."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "LiveDesk"
APP_AUTHOR = "LiveDesk"


_chosen_data_dir: Path | None = None


def default_data_dir() -> Path:
    """The platform's user data directory for LiveDesk."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def choose_data_dir(path: str | Path | None) -> None:
    """Use ``path`` as the data directory from now on (the Settings choice; None or "": the default)."""
    global _chosen_data_dir
    _chosen_data_dir = Path(path) if path else None


def data_dir() -> Path:
    """The user data directory (the cache database lives here).

    ``LIVEDESK_DATA_DIR`` overrides it, then the folder chosen in Settings, then the platform's default.
    """
    override = os.environ.get("LIVEDESK_DATA_DIR")
    path = Path(override) if override else (_chosen_data_dir or default_data_dir())
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The cache directory (generated demo replay videos). ``LIVEDESK_CACHE_DIR`` overrides it."""
    override = os.environ.get("LIVEDESK_CACHE_DIR")
    path = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def translation_dirs() -> list[Path]:
    """Folders with the translation sources (``livedesk_<lang>.ts``): the project's ``translations`` folder in a
    source checkout, ``livedesk/translations`` in an installed package."""
    package = Path(__file__).resolve().parent
    return [d for d in (package.parent / "translations", package / "translations") if d.is_dir()]


def default_database_url() -> str:
    """``LIVEDESK_DATABASE_URL`` if set, else the SQLite file in the data directory."""
    url = os.environ.get("LIVEDESK_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / 'livedesk.sqlite3'}"
