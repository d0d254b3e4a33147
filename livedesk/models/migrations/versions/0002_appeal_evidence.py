"""appeal evidence: the file name of an appeal's evidence, kept in the data dir's appeals folder

Revision ID: 0002_appeal_evidence
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_appeal_evidence"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("violation", sa.Column("appeal_evidence", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("violation") as batch:
        batch.drop_column("appeal_evidence")
