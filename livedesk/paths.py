"""Where LiveDesk keeps its files on disk (data, cache, logs), per platform."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "LiveDesk"
APP_AUTHOR = "LiveDesk"


def data_dir() -> Path:
    """The user data directory (the cache database lives here). ``LIVEDESK_DATA_DIR`` overrides it."""
    override = os.environ.get("LIVEDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The cache directory (generated demo replay videos). ``LIVEDESK_CACHE_DIR`` overrides it."""
    override = os.environ.get("LIVEDESK_CACHE_DIR")
    path = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """``LIVEDESK_DATABASE_URL`` if set, else the SQLite file in the data directory."""
    url = os.environ.get("LIVEDESK_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / 'livedesk.sqlite3'}"
