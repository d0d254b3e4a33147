"""Engine creation, SQLite tuning and schema upgrades on start."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from livedesk.models.migrations import HEAD_REVISION


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for ``url``; SQLite gets WAL, ``synchronous=NORMAL`` and foreign keys on.

    Args:
        url: any SQLAlchemy URL (``sqlite:///path`` by default, PostgreSQL for a shared team store).
        echo: log SQL statements.
    """
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"echo": echo}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    engine = create_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True when a migration ran.

    The common case (already at head) costs one query and does not import Alembic. Neither does a new, empty
    database: it gets the newest schema from the models at once and is stamped with the head revision, as
    ``alembic stamp head`` would (a test keeps that schema identical to the one the migrations build).
    """
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return False
    if revision is None and not inspect(engine).get_table_names():
        _create_at_head(engine)
        return True
    from alembic import command

    from livedesk.models.migrations import alembic_config

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


def _create_at_head(engine: Engine) -> None:
    """The newest schema in an empty database, stamped with the head revision, in one transaction."""
    from livedesk.models.schema import metadata

    with engine.begin() as conn:
        metadata.create_all(conn)
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": HEAD_REVISION})
