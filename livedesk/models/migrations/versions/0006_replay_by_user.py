"""a replay attached by hand is the user's: a connector's later replay does not replace it

Revision ID: 0006_replay_by_user
Revises: 0005_sample_sources
Create Date: 2026-11-23 04:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_replay_by_user"
down_revision = "0005_sample_sources"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Replays attached before this revision cannot be told apart from a source's: all start as the source's.
    op.add_column("live_session", sa.Column("replay_by_user", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("live_session") as batch:
        batch.drop_column("replay_by_user")
