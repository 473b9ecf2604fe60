"""Release tables (own SQLModel registry; Alembic branch ``release``).

- ``release``: one dataset version built for one recipient, its state (``policies.states.ReleaseState``), what it
  was built under (policy hash, opt-out digest), its automatic checks and its payload file list.
- ``release_approval``: one row per approving privacy officer (unique per release: distinct approvers).
- ``release_member``: one row per released exam group (a DICOM study with its report, or one record): the research
  subject, the recipient's pseudonym for it, the registry id that joins opt-outs, the residual quasi-identifiers
  and the payload paths. Withdrawal marks members (``withdrawn_notice``) instead of deleting them.
- ``release_notice``: a withdrawal notice to one recipient (``policies.states.NoticeState``).
- ``release_training``: which models were trained on which release (fed by ``sekisho release trainings record``).

No PHI: subjects are pseudonyms, registry ids are keyed and opaque, actors are opaque user ids.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, DateTime, UniqueConstraint
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

release_registry = registry()


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(nullable: bool = False) -> Any:
    return Column(DateTime(timezone=True), nullable=nullable)


def _json() -> Any:
    return Column(JSON, nullable=False)


class ReleaseBase(SQLModel, registry=release_registry):
    pass


class ReleaseRow(ReleaseBase, table=True):
    __tablename__ = "release"

    release_id: str = Field(primary_key=True, max_length=40)
    dataset_id: str = Field(max_length=40)
    recipient: str = Field(index=True, max_length=64)
    study: str = Field(max_length=64)
    state: str = Field(index=True, max_length=16)
    policy_version: int
    policy_hash: str = Field(max_length=80)
    optout_digest: str = Field(max_length=80)
    optout_count: int = 0
    labeler_hash: str | None = Field(default=None, max_length=80)
    cohort: dict[str, Any] = Field(default_factory=dict, sa_column=_json())
    generalisation: str = Field(default="", max_length=16, description="the generalisation level applied")
    checks: list[dict[str, Any]] = Field(default_factory=list, sa_column=_json())
    files: list[dict[str, Any]] = Field(default_factory=list, sa_column=_json(), description="payload as built")
    file_count: int = 0
    total_bytes: int = Field(default=0, sa_type=BigInteger)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=_ts())
    expires_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    published_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    manifest_sha256: str | None = Field(default=None, max_length=64)
    supersedes: str | None = Field(default=None, max_length=40, index=True)
    superseded_by: str | None = Field(default=None, max_length=40)
    reason_code: str | None = Field(default=None, max_length=64)


class ReleaseApprovalRow(ReleaseBase, table=True):
    __tablename__ = "release_approval"
    __table_args__ = (UniqueConstraint("release_id", "approver", name="uq_release_approval"),)

    id: int | None = Field(default=None, primary_key=True)
    release_id: str = Field(foreign_key="release.release_id", index=True, max_length=40)
    approver: str = Field(max_length=64)
    approved_at: datetime = Field(sa_column=_ts())


class ReleaseMemberRow(ReleaseBase, table=True):
    __tablename__ = "release_member"

    id: int | None = Field(default=None, primary_key=True)
    release_id: str = Field(foreign_key="release.release_id", index=True, max_length=40)
    group_key: str = Field(max_length=64, description="link key of the exam, or the object id of a lone record")
    subject: str = Field(max_length=64, description="research pseudonym")
    recipient_subject: str = Field(index=True, max_length=64, description="the recipient's pseudonym")
    registry_id: str = Field(index=True, max_length=64)
    qi: dict[str, Any] = Field(default_factory=dict, sa_column=_json(), description="quasi-identifiers as built")
    objects: list[str] = Field(default_factory=list, sa_column=_json(), description="research object ids")
    paths: list[str] = Field(default_factory=list, sa_column=_json(), description="payload paths of this member")
    withdrawn_notice: str | None = Field(default=None, max_length=40, index=True)


class ReleaseNoticeRow(ReleaseBase, table=True):
    __tablename__ = "release_notice"

    notice_id: str = Field(primary_key=True, max_length=40)
    recipient: str = Field(index=True, max_length=64)
    state: str = Field(index=True, max_length=16)
    release_ids: list[str] = Field(default_factory=list, sa_column=_json())
    pseudonyms: list[str] = Field(default_factory=list, sa_column=_json())
    models: list[str] = Field(default_factory=list, sa_column=_json())
    retrain_required: bool = False
    issued_at: datetime = Field(sa_column=_ts())
    deadline: datetime = Field(sa_column=_ts())
    attested_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    attested_by: str | None = Field(default=None, max_length=64)


class ReleaseTrainingRow(ReleaseBase, table=True):
    __tablename__ = "release_training"

    id: int | None = Field(default=None, primary_key=True)
    release_id: str = Field(foreign_key="release.release_id", index=True, max_length=40)
    model_id: str = Field(max_length=128)
    recorded_by: str = Field(max_length=64)
    recorded_at: datetime = Field(sa_column=_ts())
