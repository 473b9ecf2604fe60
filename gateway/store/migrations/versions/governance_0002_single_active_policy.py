"""governance: at most one active policy version (partial unique index, SQLite and PostgreSQL)

Revision ID: governance_0002
Revises: governance_0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "governance_0002"
down_revision = "governance_0001"
branch_labels = None
depends_on = None

_WHERE = sa.text("state = 'active'")


def upgrade() -> None:
    op.create_index(
        "uq_governance_policy_version_one_active",
        "governance_policy_version",
        ["state"],
        unique=True,
        sqlite_where=_WHERE,
        postgresql_where=_WHERE,
    )


def downgrade() -> None:
    op.drop_index("uq_governance_policy_version_one_active", table_name="governance_policy_version")
