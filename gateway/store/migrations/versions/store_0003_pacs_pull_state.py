"""research store: PACS pull state (resumable, idempotent pulls)

Revision ID: store_0003
Revises: store_0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "store_0003"
down_revision = "store_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pacs_pull_state",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source_key", sa.String(64), nullable=False),
        sa.Column("study_key", sa.String(64), nullable=False),
        sa.Column("study_ref", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=True),
        sa.Column("run_id", sa.String(32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("source_key", "study_key", "study_ref", name="uq_pacs_pull_state_study"),
    )
    op.create_index("ix_pacs_pull_state_source_key", "pacs_pull_state", ["source_key"])


def downgrade() -> None:
    op.drop_index("ix_pacs_pull_state_source_key", table_name="pacs_pull_state")
    op.drop_table("pacs_pull_state")
