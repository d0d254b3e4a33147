"""samples keyed by source; when each source last wrote a LIVE; merges that can be undone

- ``metric_sample``'s primary key becomes (session_id, source, ts): two sources writing the same LIVE keep
  separate rows instead of mixing their values in one (which source is read is decided when reading);
- ``sample_source``: when each source last wrote samples of a LIVE (existing pairs get the migration time);
- ``session_alias`` keeps what the merged source said about the LIVE (title, host, start, end ...);
- ``session_split``: merges the user undid, never made again.

Revision ID: 0005_sample_sources
Revises: 0004_session_alias
Create Date: 2026-12-14 10:00:00.000000
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from alembic import op

revision = "0005_sample_sources"
down_revision = "0004_session_alias"
branch_labels = None
depends_on = None

# the metric columns as of this revision (not read from the catalogue, which may change later)
_METRICS = ("gmv", "items_sold", "sku_orders", "main_orders", "created_sku_orders", "customers", "impressions",
            "views", "viewers", "current_viewers", "product_impressions", "product_clicks", "add_to_cart",
            "comments", "likes", "shares", "new_followers", "gifts", "watch_seconds", "views_1min", "ads_cost",
            "ads_gmv")
_ALIAS_COLUMNS = (("title", sa.String(length=512)), ("host", sa.String(length=256)), ("started_at", sa.BigInteger()),
                  ("ended_at", sa.BigInteger()), ("status", sa.String(length=16)), ("currency", sa.String(length=3)),
                  ("sample_interval_ms", sa.Integer()))


def _rebuild_samples(primary_key: tuple[str, ...]) -> None:
    """metric_sample with another primary key (SQLite cannot alter one: copy into a new table)."""
    names = ("session_id", "ts", "source", *_METRICS)
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("pk_metric_sample", "metric_sample", type_="primary")
        op.create_primary_key("pk_metric_sample", "metric_sample", list(primary_key))
        return
    op.create_table(
        "_metric_sample_new",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("ts", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        *(sa.Column(c, sa.BigInteger(), nullable=True) for c in _METRICS),
        sa.ForeignKeyConstraint(["session_id"], ["live_session.id"],
                                name="fk_metric_sample_session_id_live_session", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint(*primary_key, name="pk_metric_sample"),
        sqlite_with_rowid=False,
    )
    cols = ", ".join(f'"{c}"' for c in names)
    # downgrading to one row per (session, ts) keeps the first source's row where two sources wrote the same ts
    op.execute(f"INSERT OR IGNORE INTO _metric_sample_new ({cols}) SELECT {cols} FROM metric_sample "
               "ORDER BY session_id, ts, source")
    op.drop_table("metric_sample")
    op.rename_table("_metric_sample_new", "metric_sample")


def upgrade() -> None:
    _rebuild_samples(("session_id", "source", "ts"))
    op.create_table(
        "sample_source",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("observed_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["live_session.id"],
                                name=op.f("fk_sample_source_session_id_live_session"), ondelete="CASCADE"),
        sa.UniqueConstraint("session_id", "source", name="uq_sample_source_session_source"),
    )
    now = int(time.time() * 1000)
    op.execute(f"INSERT INTO sample_source (session_id, source, observed_at) SELECT session_id, source, {now} "
               "FROM metric_sample GROUP BY session_id, source")
    for name, type_ in _ALIAS_COLUMNS:
        op.add_column("session_alias", sa.Column(name, type_, nullable=True))
    op.create_table(
        "session_split",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=False),
        sa.Column("other_account_id", sa.Integer(), nullable=False),
        sa.Column("other_external_id", sa.String(length=128), nullable=False),
        sa.Column("split_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_session_split_account_id_account"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_account_id"], ["account.id"],
                                name=op.f("fk_session_split_other_account_id_account"), ondelete="CASCADE"),
        sa.UniqueConstraint("account_id", "external_id", "other_account_id", "other_external_id",
                            name="uq_session_split_keys"),
    )


def downgrade() -> None:
    op.drop_table("session_split")
    with op.batch_alter_table("session_alias") as batch:
        for name, _ in reversed(_ALIAS_COLUMNS):
            batch.drop_column(name)
    op.drop_table("sample_source")
    _rebuild_samples(("session_id", "ts"))
