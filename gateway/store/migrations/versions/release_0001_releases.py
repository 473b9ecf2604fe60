"""releases: release, approvals, members, withdrawal notices, trainings

Revision ID: release_0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "release_0001"
down_revision = None
branch_labels = ("release",)
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "release",
        sa.Column("release_id", sa.String(40), primary_key=True),
        sa.Column("dataset_id", sa.String(40), nullable=False),
        sa.Column("recipient", sa.String(64), nullable=False),
        sa.Column("study", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("policy_version", sa.Integer(), nullable=False),
        sa.Column("policy_hash", sa.String(80), nullable=False),
        sa.Column("optout_digest", sa.String(80), nullable=False),
        sa.Column("optout_count", sa.Integer(), nullable=False),
        sa.Column("labeler_hash", sa.String(80)),
        sa.Column("cohort", sa.JSON(), nullable=False),
        sa.Column("generalisation", sa.String(16), nullable=False),
        sa.Column("checks", sa.JSON(), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("file_count", sa.Integer(), nullable=False),
        sa.Column("total_bytes", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        _ts("created_at"),
        _ts("expires_at", True),
        _ts("published_at", True),
        sa.Column("manifest_sha256", sa.String(64)),
        sa.Column("supersedes", sa.String(40)),
        sa.Column("superseded_by", sa.String(40)),
        sa.Column("reason_code", sa.String(64)),
    )
    op.create_index("ix_release_recipient", "release", ["recipient"])
    op.create_index("ix_release_state", "release", ["state"])
    op.create_index("ix_release_supersedes", "release", ["supersedes"])
    op.create_table(
        "release_approval",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("release_id", sa.String(40), sa.ForeignKey("release.release_id"), nullable=False),
        sa.Column("approver", sa.String(64), nullable=False),
        _ts("approved_at"),
        sa.UniqueConstraint("release_id", "approver", name="uq_release_approval"),
    )
    op.create_index("ix_release_approval_release_id", "release_approval", ["release_id"])
    op.create_table(
        "release_member",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("release_id", sa.String(40), sa.ForeignKey("release.release_id"), nullable=False),
        sa.Column("group_key", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("recipient_subject", sa.String(64), nullable=False),
        sa.Column("registry_id", sa.String(64), nullable=False),
        sa.Column("qi", sa.JSON(), nullable=False),
        sa.Column("objects", sa.JSON(), nullable=False),
        sa.Column("paths", sa.JSON(), nullable=False),
        sa.Column("withdrawn_notice", sa.String(40)),
    )
    op.create_index("ix_release_member_release_id", "release_member", ["release_id"])
    op.create_index("ix_release_member_recipient_subject", "release_member", ["recipient_subject"])
    op.create_index("ix_release_member_registry_id", "release_member", ["registry_id"])
    op.create_index("ix_release_member_withdrawn_notice", "release_member", ["withdrawn_notice"])
    op.create_table(
        "release_notice",
        sa.Column("notice_id", sa.String(40), primary_key=True),
        sa.Column("recipient", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("release_ids", sa.JSON(), nullable=False),
        sa.Column("pseudonyms", sa.JSON(), nullable=False),
        sa.Column("models", sa.JSON(), nullable=False),
        sa.Column("retrain_required", sa.Boolean(), nullable=False),
        _ts("issued_at"),
        _ts("deadline"),
        _ts("attested_at", True),
        sa.Column("attested_by", sa.String(64)),
    )
    op.create_index("ix_release_notice_recipient", "release_notice", ["recipient"])
    op.create_index("ix_release_notice_state", "release_notice", ["state"])
    op.create_table(
        "release_training",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("release_id", sa.String(40), sa.ForeignKey("release.release_id"), nullable=False),
        sa.Column("model_id", sa.String(128), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        _ts("recorded_at"),
    )
    op.create_index("ix_release_training_release_id", "release_training", ["release_id"])


def downgrade() -> None:
    for table in ("release_training", "release_notice", "release_member", "release_approval", "release"):
        op.drop_table(table)
