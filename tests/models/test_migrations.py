"""Migrations on a cache that already holds data: upgrading keeps every row."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, inspect, text

from livedesk.models.engine import current_revision, make_engine, upgrade
from livedesk.models.health import stream_health
from livedesk.models.migrations import HEAD_REVISION, alembic_config
from livedesk.models.records import Batch, StreamHealthRecord
from livedesk.models.store import Store
from tests.factories import T0, session_ref


def _migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def _fill_initial_schema(engine: Engine) -> None:
    """Rows in the 0001 tables, written with plain SQL (the 0001 schema, not today's)."""
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO account (id, platform, handle, display_name, region, timezone, currency, "
                          "market, source) VALUES (1, 'tiktok', '@tester', 'Tester', 'US', 'UTC', 'USD', NULL, "
                          "'manual')"))
        conn.execute(text("INSERT INTO live_session (id, account_id, external_id, title, host, started_at, ended_at, "
                          "status, replay_uri, replay_offset_ms, sample_interval_ms, currency, source) VALUES "
                          f"(1, 1, 'L1', 'LIVE L1', 'host', {T0}, NULL, 'live', 'file:///r.mkv', 1500, 1000, "
                          "'USD', 'manual')"))
        conn.execute(text(f"INSERT INTO metric_sample (session_id, ts, source, gmv, views) VALUES (1, {T0}, "
                          "'manual', 1250, 7)"))
        conn.execute(text(f"INSERT INTO comment (session_id, external_id, ts, user, text, lang, source) VALUES "
                          f"(1, 'c1', {T0 + 1000}, 'ann', 'hello', 'en', 'manual')"))
        conn.execute(text(f"INSERT INTO violation (id, session_id, external_id, ts, ts_end, policy, reason, "
                          f"severity, consequence, recommendation, appeal_status, appeal_text, source) VALUES "
                          f"(1, 1, 'v1', {T0}, {T0 + 5000}, 'p', 'r', 'low', 'c', 'rec', 'draft', 'text', "
                          "'manual')"))


def test_upgrade_from_initial_to_head_keeps_the_data(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _migrate(engine, "0001_initial")
    assert current_revision(engine) == "0001_initial"
    _fill_initial_schema(engine)

    assert upgrade(engine) is True
    assert current_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        assert "stream_health" in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT handle FROM account")).all() == [("@tester",)]
        assert conn.execute(text("SELECT external_id, replay_uri, replay_offset_ms FROM live_session")).all() == [
            ("L1", "file:///r.mkv", 1500)]
        assert conn.execute(text("SELECT ts, gmv, views FROM metric_sample")).all() == [(T0, 1250, 7)]
        assert conn.execute(text("SELECT text FROM comment")).all() == [("hello",)]
        assert conn.execute(text("SELECT appeal_status, appeal_text FROM violation")).all() == [("draft", "text")]

    # the new table takes rows of the old session
    store = Store(engine)
    sample = StreamHealthRecord(session_ref(), T0 + 2000, 2500.0, 1, 100, 0, 0.0, 12.0, "obs", True, False)
    store.write(Batch("obs", stream_health=(sample,)))
    with engine.connect() as conn:
        rows = stream_health(conn, 1)
    assert [(r.ts, r.bitrate_kbps, r.dropped_ratio) for r in rows] == [(T0 + 2000, 2500.0, 0.01)]
    engine.dispose()


def test_stream_health_downgrade_drops_only_its_table(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    _migrate(engine, "0001_initial")
    _fill_initial_schema(engine)
    upgrade(engine)
    _migrate(engine, "0003_stream_health-1", down=True)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert "stream_health" not in tables
        assert conn.execute(text("SELECT count(*) FROM live_session")).scalar() == 1
    _migrate(engine, "head")
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()
