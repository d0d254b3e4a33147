"""stream health samples from OBS

Revision ID: 0003_stream_health
Revises: 0002_appeal_evidence
Create Date: 2026-11-30 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_stream_health'
down_revision = '0002_appeal_evidence'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stream_health',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('ts', sa.BigInteger(), nullable=False),
    sa.Column('bitrate_kbps', sa.Float(), nullable=True),
    sa.Column('dropped_frames', sa.BigInteger(), nullable=True),
    sa.Column('total_frames', sa.BigInteger(), nullable=True),
    sa.Column('skipped_render_frames', sa.BigInteger(), nullable=True),
    sa.Column('congestion', sa.Float(), nullable=True),
    sa.Column('cpu_percent', sa.Float(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=True),
    sa.Column('reconnecting', sa.Boolean(), nullable=True),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['live_session.id'], name=op.f('fk_stream_health_session_id_live_session'), ondelete='CASCADE'),
    sa.UniqueConstraint('session_id', 'ts', name='uq_stream_health_session_ts')
    )


def downgrade() -> None:
    op.drop_table('stream_health')
