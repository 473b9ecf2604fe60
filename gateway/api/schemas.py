"""Public request and response models. Routes never return table models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from policies.consent import AgentRelation, Channel, OptOutKind

OPAQUE = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"


class _Public(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Problem(_Public):
    error: str
    detail: str


class TokenResponse(_Public):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105
    expires_in: int


class TokenError(_Public):
    error: str
    error_description: str


class WhoAmI(_Public):
    id: str
    role: str
    recipient: str | None


# -- releases -------------------------------------------------------------------------------------------------


class CheckOut(_Public):
    name: str
    passed: bool
    detail: str


class ReleaseOut(_Public):
    release_id: str
    dataset_id: str
    recipient: str
    state: str
    created_by: str
    created_at: datetime
    expires_at: datetime | None
    approvers: list[str]
    checks: list[CheckOut]
    file_count: int
    total_bytes: int
    supersedes: str | None
    superseded_by: str | None


class FileOut(_Public):
    path: str
    sha256: str
    size: int
    available: bool = Field(description="false for a withdrawn subject's file (it answers 410)")


class CohortIn(_Public):
    modalities: list[str] = Field(default_factory=list, max_length=16)
    data_kinds: list[str] = Field(default_factory=lambda: ["images", "reports"], max_length=16)
    date_from: date | None = None
    date_to: date | None = None
    findings: list[str] = Field(default_factory=list, max_length=64)
    max_subjects: int | None = Field(default=None, ge=1, le=1_000_000)


class BuildIn(_Public):
    recipient: str = Field(pattern=OPAQUE)
    cohort: CohortIn = Field(default_factory=CohortIn)


class RevokeIn(_Public):
    reason_code: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")


class NoticeOut(_Public):
    notice_id: str
    recipient: str
    release_ids: list[str]
    pseudonyms: list[str]
    state: str
    issued_at: datetime
    deadline: datetime
    attested_at: datetime | None
    attested_by: str | None
    models: list[str] = Field(default_factory=list, description="models recorded as trained on these releases")
    retrain_required: bool = False


class SigningKeyOut(_Public):
    public_key_hex: str
    keyid: str


# -- opt-outs -------------------------------------------------------------------------------------------------


class OptOutIn(_Public):
    """An opt-out received by staff. ``patient_id`` is turned into the registry's keyed id at once and is never
    stored, logged or echoed back; send it only in this body over TLS."""

    patient_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$")
    kind: OptOutKind
    study: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
    all_studies: bool = Field(default=False, description="stop_use for every study")
    channel: Channel
    received_at: datetime | None = None
    verifier: str | None = Field(default=None, pattern=OPAQUE)
    verified_at: datetime | None = None
    agent_relation: AgentRelation | None = None
    agent_ref: str | None = Field(default=None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$")


class OptOutOut(_Public):
    record_id: str
    registry_id: str
    action: str
    kind: str | None
    study: str | None
    target: str | None
    channel: str
    requester: str
    received_at: datetime
    recorded_at: datetime
    recorded_by: str
    verified: bool


# -- policies -------------------------------------------------------------------------------------------------


class PolicyVersionOut(_Public):
    version: int
    content_hash: str
    state: str
    author: str
    proposed_at: datetime
    base_version: int | None
    decided_by: str | None
    decided_at: datetime | None


class PolicyDocumentOut(PolicyVersionOut):
    document: str = Field(description="canonical YAML")
    diff: str


class PolicyProposalIn(_Public):
    document: str = Field(min_length=1, max_length=200_000, description="the policy as YAML")


# -- audit and vault ------------------------------------------------------------------------------------------


class AuditEventOut(_Public):
    seq: int
    ts: str
    action: str
    actor: str
    object_type: str
    object_id: str
    details: dict[str, Any]


class VaultStatusOut(_Public):
    project: str
    vault_id: str
    state: str
    kek_generation: int
    custody: str | None
    studies: int
    linkages: int
    created_at: datetime
    rotated_at: datetime | None
    destroyed_at: datetime | None
