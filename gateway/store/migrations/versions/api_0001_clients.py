"""api: OAuth2 clients (public JWKs), single-use assertion ids, hashed access tokens

Revision ID: api_0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "api_0001"
down_revision = None
branch_labels = ("api",)
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "api_client",
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("recipient", sa.String(64), nullable=True),
        sa.Column("alg", sa.String(8), nullable=False),
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("public_jwk", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
    )
    op.create_index("ix_api_client_status", "api_client", ["status"])
    op.create_table(
        "api_assertion_jti",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("client_id", sa.String(64), nullable=False),
        _ts("expires_at"),
    )
    op.create_index("ix_api_assertion_jti_client_id", "api_assertion_jti", ["client_id"])
    op.create_table(
        "api_access_token",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("client_id", sa.String(64), nullable=False),
        _ts("issued_at"),
        _ts("expires_at"),
    )
    op.create_index("ix_api_access_token_client_id", "api_access_token", ["client_id"])


def downgrade() -> None:
    op.drop_table("api_access_token")
    op.drop_table("api_assertion_jti")
    op.drop_table("api_client")
