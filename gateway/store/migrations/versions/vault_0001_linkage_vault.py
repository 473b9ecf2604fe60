"""linkage vault: vault metadata (key-check values, custody), wrapped data keys, encrypted linkage

Revision ID: vault_0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "vault_0001"
down_revision = None
branch_labels = ("vault",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_meta",
        sa.Column("project", sa.String(128), primary_key=True),
        sa.Column("vault_id", sa.String(32), nullable=False, unique=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("kek_generation", sa.Integer, nullable=False),
        sa.Column("kek_kcv", sa.String(16), nullable=True),
        sa.Column("linkage_public_key", sa.LargeBinary, nullable=True),
        sa.Column("custody_blob", sa.LargeBinary, nullable=True),
        sa.Column("custody_set_id", sa.String(16), nullable=True),
        sa.Column("custody_threshold", sa.Integer, nullable=True),
        sa.Column("custody_shares", sa.Integer, nullable=True),
        sa.Column("custody_kcv", sa.String(16), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("destroyed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "vault_data_keys",
        sa.Column("vault_id", sa.String(32), primary_key=True),
        sa.Column("purpose", sa.String(64), primary_key=True),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
        sa.Column("kcv", sa.String(16), nullable=False),
        sa.Column("kek_generation", sa.Integer, nullable=False),
    )
    op.create_table(
        "vault_linkage",
        sa.Column("vault_id", sa.String(32), primary_key=True),
        sa.Column("study", sa.String(128), primary_key=True),
        sa.Column("pseudonym", sa.String(32), primary_key=True),
        sa.Column("registry_id", sa.String(32), nullable=False),
        sa.Column("enc_patient_id", sa.LargeBinary, nullable=False),
        sa.Column("enc_known", sa.LargeBinary, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_vault_linkage_registry", "vault_linkage", ["vault_id", "registry_id"])


def downgrade() -> None:
    op.drop_index("ix_vault_linkage_registry", table_name="vault_linkage")
    op.drop_table("vault_linkage")
    op.drop_table("vault_data_keys")
    op.drop_table("vault_meta")
