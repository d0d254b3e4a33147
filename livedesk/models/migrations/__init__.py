"""Alembic migrations of the cache database, run by :func:`livedesk.models.engine.upgrade`."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision; tests check that it matches Alembic's head, so start-up can skip Alembic.
HEAD_REVISION = "0006_replay_by_user"


def alembic_config() -> Config:
    """An Alembic config pointing at this package (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files(__name__)))
    return cfg
