"""session aliases: the same LIVE seen by several sources is one session

Revision ID: 0004_session_alias
Revises: 0003_stream_health
Create Date: 2026-12-07 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_session_alias"
down_revision = "0003_stream_health"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_alias",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], name=op.f("fk_session_alias_account_id_account"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["live_session.id"],
                                name=op.f("fk_session_alias_session_id_live_session"), ondelete="CASCADE"),
        sa.UniqueConstraint("account_id", "external_id", name="uq_session_alias_account_external"),
    )
    op.create_index("ix_session_alias_session_id", "session_alias", ["session_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_session_alias_session_id", table_name="session_alias")
    op.drop_table("session_alias")
