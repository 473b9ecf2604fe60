"""research store: objects, quarantine, ingest runs

Revision ID: store_0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "store_0001"
down_revision = None
branch_labels = ("store",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "research_object",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("study_key", sa.String(64), nullable=False),
        sa.Column("object_key", sa.String(128), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("data_kind", sa.String(16), nullable=False),
        sa.Column("modality", sa.String(16)),
        sa.Column("study_uid", sa.String(64)),
        sa.Column("series_uid", sa.String(64)),
        sa.Column("sop_uid", sa.String(64)),
        sa.Column("exam_date", sa.Date()),
        sa.Column("path", sa.String(512), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("ingest_run", sa.String(32)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("study_key", "object_key", name="uq_research_object_key"),
    )
    op.create_index("ix_research_object_study_key", "research_object", ["study_key"])
    op.create_index("ix_research_object_subject", "research_object", ["subject"])
    op.create_index("ix_research_object_data_kind", "research_object", ["data_kind"])
    op.create_index("ix_research_object_study_uid", "research_object", ["study_uid"])
    op.create_table(
        "quarantine_entry",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("ingest_run", sa.String(32)),
        sa.Column("source_ref", sa.String(64), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("path", sa.String(512)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_quarantine_entry_ingest_run", "quarantine_entry", ["ingest_run"])
    op.create_table(
        "ingest_run",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("policy_hash", sa.String(64)),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("counts", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ingest_run")
    op.drop_table("quarantine_entry")
    op.drop_table("research_object")
