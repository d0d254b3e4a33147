"""Migrations on a cache that already holds data: upgrading keeps every row."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, inspect, text

from livedesk.models.engine import current_revision, make_engine, upgrade
from livedesk.models.health import stream_health
from livedesk.models.merging import merged_parts
from livedesk.models.migrations import HEAD_REVISION, alembic_config
from livedesk.models.precedence import observed_sources
from livedesk.models.records import Batch, SampleBlock, StreamHealthRecord
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


def test_0005_keys_samples_by_source_and_old_merges_can_be_undone(tmp_path: Path) -> None:
    """A 0004 cache with a merged LIVE: every sample kept, sources recorded, and the merge can still be undone."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _migrate(engine, "0004_session_alias")
    _fill_initial_schema(engine)  # LIVE 1 of account 1, written by 'manual'
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO account (id, platform, handle, display_name, region, timezone, currency, "
                          "market, source) VALUES (2, 'tiktok_shop', 'shop', 'Shop', 'US', 'UTC', 'USD', NULL, "
                          "'tiktok_shop')"))
        conn.execute(text("INSERT INTO session_alias (account_id, external_id, session_id, method, source) "
                          "VALUES (2, 'S1', 1, 'handle_time', 'tiktok_shop')"))
        conn.execute(text(f"INSERT INTO metric_sample (session_id, ts, source, gmv) VALUES (1, {T0 + 60_000}, "
                          "'tiktok_shop', 900)"))
        conn.execute(text(f"INSERT INTO comment (session_id, external_id, ts, user, text, lang, source) VALUES "
                          f"(1, 'c2', {T0 + 61_000}, 'bo', 'hey', 'en', 'tiktok_shop')"))
    assert upgrade(engine) is True
    with engine.connect() as conn:
        assert conn.execute(text("SELECT ts, source, gmv FROM metric_sample ORDER BY ts")).all() == [
            (T0, "manual", 1250), (T0 + 60_000, "tiktok_shop", 900)]
        assert set(observed_sources(conn, 1)) == {"manual", "tiktok_shop"}
        part = merged_parts(conn, 1)[0]
        assert (part.external_id, part.title, part.started_at) == ("S1", None, None)  # not kept before 0005
    store = Store(engine)
    # two sources may now write the same moment, each in its own row
    store.write(Batch("tiktok_live", samples=(SampleBlock(session_ref(), ("gmv",), ((T0, 5),), "tiktok_live"),)))
    with engine.connect() as conn:
        assert conn.execute(text(f"SELECT source, gmv FROM metric_sample WHERE ts = {T0} ORDER BY source")).all() == [
            ("manual", 1250), ("tiktok_live", 5)]
    result = store.separate(1)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT external_id, title, started_at, status, source FROM live_session WHERE id = "
                                f"{result.new_session_id}")).one()
    # the source's own start is its earliest row; title and state are the LIVE's
    assert tuple(row) == ("S1", "LIVE L1", T0 + 60_000, "live", "tiktok_shop")
    assert result.moved == {"comment": 1, "metric_sample": 1, "sample_source": 1}
    engine.dispose()


def _schema(engine: Engine) -> dict[tuple[str, str], object]:
    """Every table and index, each CREATE TABLE's clauses as a set (their order and quoting do not matter)."""
    import re

    def norm(sql: str | None) -> object:
        sql = re.sub(r"\s+", " ", sql or "").replace('"', "").strip()
        m = re.match(r"CREATE TABLE (\w+) \((.*)\)( WITHOUT ROWID)?$", sql)
        if not m:
            return sql
        parts, depth, cur = [], 0, ""
        for ch in m.group(2):
            depth += (ch == "(") - (ch == ")")
            if ch == "," and depth == 0:
                parts.append(cur.strip())
                cur = ""
            else:
                cur += ch
        return m.group(1), frozenset([*parts, cur.strip()]), m.group(3)

    with engine.connect() as conn:
        rows = conn.execute(text("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        return {(kind, name): norm(sql) for kind, name, sql in rows}


def test_a_new_database_gets_the_schema_the_migrations_build_without_alembic(tmp_path: Path) -> None:
    migrated = make_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    _migrate(migrated, "head")
    fresh = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    assert upgrade(fresh) is True
    assert current_revision(fresh) == HEAD_REVISION
    assert _schema(fresh) == _schema(migrated)
    assert upgrade(fresh) is False
    # and a later migration starts from it as from a migrated one: down one step and up again
    _migrate(fresh, "-1", down=True)
    assert upgrade(fresh) is True and current_revision(fresh) == HEAD_REVISION
    assert _schema(fresh) == _schema(migrated)
    # a fresh start does not even import Alembic (~0.35 s of a first start)
    import subprocess
    import sys

    probe = ("import sys; from livedesk.models.engine import make_engine, upgrade; "
             f"upgrade(make_engine('sqlite:///{tmp_path / 'probe.sqlite3'}')); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
