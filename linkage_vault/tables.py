"""The vault's tables (SQLAlchemy Core on the vault's own MetaData). Schema changes go through the Alembic branch
``vault`` (``gateway/store/migrations/versions/vault_*.py``); keep the two in step.

Nothing here is readable without the KEK: data keys are wrapped, patient IDs are sealed to the custody public key,
known identifiers are AES-GCM under a wrapped data key. ``registry_id`` and ``pseudonym`` are keyed (HMAC) values.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, LargeBinary, MetaData, String, Table

metadata = MetaData()

vault_meta = Table(
    "vault_meta",
    metadata,
    Column("project", String(128), primary_key=True),
    Column("vault_id", String(32), nullable=False, unique=True),
    Column("state", String(16), nullable=False),  # active | destroying | destroyed
    Column("kek_generation", Integer, nullable=False),
    Column("kek_kcv", String(16), nullable=True),
    Column("linkage_public_key", LargeBinary, nullable=True),
    Column("custody_blob", LargeBinary, nullable=True),  # KEK-wrap(custody-key-wrap(linkage private key))
    Column("custody_set_id", String(16), nullable=True),
    Column("custody_threshold", Integer, nullable=True),
    Column("custody_shares", Integer, nullable=True),
    Column("custody_kcv", String(16), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("rotated_at", DateTime(timezone=True), nullable=True),
    Column("destroyed_at", DateTime(timezone=True), nullable=True),
)

vault_data_keys = Table(
    "vault_data_keys",
    metadata,
    Column("vault_id", String(32), primary_key=True),
    Column("purpose", String(64), primary_key=True),
    Column("wrapped", LargeBinary, nullable=False),
    Column("kcv", String(16), nullable=False),
    Column("kek_generation", Integer, nullable=False),
)

vault_linkage = Table(
    "vault_linkage",
    metadata,
    Column("vault_id", String(32), primary_key=True),
    Column("study", String(128), primary_key=True),
    Column("pseudonym", String(32), primary_key=True),
    Column("registry_id", String(32), nullable=False),
    Column("enc_patient_id", LargeBinary, nullable=False),
    Column("enc_known", LargeBinary, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_vault_linkage_registry", vault_linkage.c.vault_id, vault_linkage.c.registry_id)

ALL_TABLES = (vault_meta, vault_data_keys, vault_linkage)
