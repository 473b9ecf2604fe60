"""governance: policy versions; append-only opt-out registry (UPDATE/DELETE refused by triggers)

Revision ID: governance_0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "governance_0001"
down_revision = None
branch_labels = ("governance",)
depends_on = None

_SQLITE_RAISE = "BEGIN SELECT RAISE(ABORT, 'opt-out registry is append-only'); END"
SQLITE_TRIGGERS = {
    "governance_optout_no_update": f"BEFORE UPDATE ON governance_optout_record {_SQLITE_RAISE}",
    "governance_optout_no_delete": f"BEFORE DELETE ON governance_optout_record {_SQLITE_RAISE}",
}
PG_UPGRADE = """
CREATE OR REPLACE FUNCTION governance_optout_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'opt-out registry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER governance_optout_no_update_delete BEFORE UPDATE OR DELETE ON governance_optout_record
    FOR EACH ROW EXECUTE FUNCTION governance_optout_reject_change();
CREATE TRIGGER governance_optout_no_truncate BEFORE TRUNCATE ON governance_optout_record
    FOR EACH STATEMENT EXECUTE FUNCTION governance_optout_reject_change();
"""
PG_DOWNGRADE = """
DROP TRIGGER IF EXISTS governance_optout_no_truncate ON governance_optout_record;
DROP TRIGGER IF EXISTS governance_optout_no_update_delete ON governance_optout_record;
DROP FUNCTION IF EXISTS governance_optout_reject_change();
"""


def _ts(name: str, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "governance_policy_version",
        sa.Column("version", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("content_hash", sa.String(80), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("document_sha256", sa.String(64), nullable=False),
        sa.Column("diff", sa.Text(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        _ts("proposed_at"),
        sa.Column("decided_by", sa.String(64), nullable=True),
        _ts("decided_at", nullable=True),
    )
    op.create_index("ix_governance_policy_version_content_hash", "governance_policy_version", ["content_hash"])
    op.create_index("ix_governance_policy_version_state", "governance_policy_version", ["state"])
    op.create_table(
        "governance_optout_record",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(64), nullable=False, unique=True),
        sa.Column("registry_id", sa.String(32), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=True),
        sa.Column("study", sa.String(32), nullable=True),
        sa.Column("target", sa.String(64), nullable=True),
        sa.Column("requester", sa.String(16), nullable=False),
        sa.Column("agent_relation", sa.String(32), nullable=True),
        sa.Column("agent_ref", sa.String(64), nullable=True),
        sa.Column("channel", sa.String(16), nullable=False),
        _ts("received_at"),
        _ts("recorded_at"),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        _ts("verified_at", nullable=True),
        sa.Column("verifier", sa.String(64), nullable=True),
    )
    op.create_index("ix_governance_optout_record_registry_id", "governance_optout_record", ["registry_id"])
    op.create_index("ix_governance_optout_record_target", "governance_optout_record", ["target"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    elif dialect == "postgresql":
        op.execute(PG_UPGRADE)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute(PG_DOWNGRADE)
    op.drop_table("governance_optout_record")
    op.drop_table("governance_policy_version")
