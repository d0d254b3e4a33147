"""Schema creation, migrations and SQLite tuning."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from livedesk.models.engine import current_revision, make_engine, upgrade
from livedesk.models.migrations import HEAD_REVISION, alembic_config
from livedesk.models.schema import metadata


def test_head_constant_matches_alembic_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION


def test_upgrade_creates_every_table_once(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    assert current_revision(engine) is None
    assert upgrade(engine) is True
    assert current_revision(engine) == HEAD_REVISION
    assert upgrade(engine) is False  # already at head: nothing runs
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert set(metadata.tables) <= tables
    engine.dispose()


def test_migrated_schema_matches_the_declared_one(tmp_path: Path) -> None:
    """Autogenerate finds no difference between the migrations and schema.py."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert diff == []


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    engine.dispose()
