"""Governance tables: policy versions and the opt-out registry (own SQLModel registry; Alembic branch
``governance``).

The opt-out registry is append-only: the migration installs triggers (SQLite and PostgreSQL) that refuse UPDATE
and DELETE on ``governance_optout_record``; revocation and late verification are new rows. It holds no PHI:
subjects are the vault's keyed registry ids, agents are a relation and an opaque reference, staff are opaque
user ids. Datetimes are stored in UTC; :func:`as_utc` restores the zone SQLite drops.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Text
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

governance_registry = registry()


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(nullable: bool = False) -> Column[datetime]:
    return Column(DateTime(timezone=True), nullable=nullable)


class GovernanceBase(SQLModel, registry=governance_registry):
    pass


class PolicyVersionRow(GovernanceBase, table=True):
    """One version of the policy document. ``document`` is the canonical YAML at proposal time and
    ``content_hash`` the hash of its validated model then (what datasets record). ``document_sha256`` guards the
    stored text: a version stays loadable, under its recorded hash, when option models later gain defaults."""

    __tablename__ = "governance_policy_version"

    version: int = Field(primary_key=True)
    content_hash: str = Field(max_length=80, index=True)
    document: str = Field(sa_column=Column(Text, nullable=False))
    document_sha256: str = Field(max_length=64, description="SHA-256 of ``document`` as stored (tamper check)")
    diff: str = Field(sa_column=Column(Text, nullable=False), description="unified diff against base_version")
    base_version: int | None = Field(default=None)
    state: str = Field(max_length=16, index=True, description="policies.states.PolicyVersionState")
    author: str = Field(max_length=64)
    proposed_at: datetime = Field(sa_column=_ts())
    decided_by: str | None = Field(default=None, max_length=64)
    decided_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))


class OptOutRecordRow(GovernanceBase, table=True):
    """One append-only registry record (``policies.consent.OptOutRecord``)."""

    __tablename__ = "governance_optout_record"

    seq: int | None = Field(default=None, primary_key=True)
    record_id: str = Field(max_length=64, unique=True)
    registry_id: str = Field(max_length=32, index=True)
    action: str = Field(max_length=16)
    kind: str | None = Field(default=None, max_length=16)
    study: str | None = Field(default=None, max_length=32)
    target: str | None = Field(default=None, max_length=64, index=True)
    requester: str = Field(max_length=16)
    agent_relation: str | None = Field(default=None, max_length=32)
    agent_ref: str | None = Field(default=None, max_length=64)
    channel: str = Field(max_length=16)
    received_at: datetime = Field(sa_column=_ts())
    recorded_at: datetime = Field(sa_column=_ts())
    recorded_by: str = Field(max_length=64)
    verified_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    verifier: str | None = Field(default=None, max_length=64)
