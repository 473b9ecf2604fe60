"""research store: registry id (opt-out enforcement) and link key (report <-> study) on objects

Revision ID: store_0002
Revises: store_0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "store_0002"
down_revision = "store_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("research_object") as batch:
        batch.add_column(sa.Column("registry_id", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("link_key", sa.String(64)))
        batch.create_index("ix_research_object_registry_id", ["registry_id"])
        batch.create_index("ix_research_object_link_key", ["link_key"])


def downgrade() -> None:
    with op.batch_alter_table("research_object") as batch:
        batch.drop_index("ix_research_object_link_key")
        batch.drop_index("ix_research_object_registry_id")
        batch.drop_column("link_key")
        batch.drop_column("registry_id")
