"""Opt-out rules (pure): which subjects are excluded from a study at a given time.

The registry is append-only. Each record is one of:
- ``optout``: a refusal. ``kind`` is ``blanket`` (包括不同意: every study), ``study`` (個別不同意: one study) or
  ``stop_use`` (利用停止: stop using data already collected; ``study`` None means every study). An opt-out is
  effective from the time it was *received* (the letter's arrival, the call, the counter visit), whether or not
  the requester's identity has been verified yet: refusing is never delayed.
- ``revoke``: the patient (or agent) withdraws an earlier opt-out (re-consent). It names the record it revokes
  and lifts it only once verified, from ``max(received_at, verified_at)``: re-inclusion waits for verification.
- ``verify``: a later identity verification of an earlier record (the record itself stays unchanged).

Subjects are identified only by ``registry_id``: the vault's study-independent keyed id of the patient ID. The
raw patient ID never reaches the registry. Agents (代理人) are recorded by relation and an opaque reference
(e.g. the number of the paper form kept in the office); their names are never stored.

``recorded_at`` is when the record entered the registry (the gateway's clock). Views "as known at" a time use it,
so an approval can ask what a dataset build could not yet have known.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import rfc8785
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

REGISTRY_ID = r"^[PR][0-9A-HJKMNP-TV-Z]{20}$"  # keyed id: KeyedFunctions ("P") or the vault ("R")
OPAQUE_REF = r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$"
CONSENT_ACTION_SYSTEM = "http://terminology.hl7.org/CodeSystem/consentaction"


class RecordAction(StrEnum):
    OPTOUT = "optout"
    REVOKE = "revoke"
    VERIFY = "verify"


class OptOutKind(StrEnum):
    BLANKET = "blanket"  # 包括不同意
    STUDY = "study"  # 個別不同意
    STOP_USE = "stop_use"  # 利用停止


class Requester(StrEnum):
    PATIENT = "patient"  # 本人
    AGENT = "agent"  # 代理人


class AgentRelation(StrEnum):
    PARENT = "parent"  # 親権者
    GUARDIAN = "guardian"  # 後見人
    SPOUSE = "spouse"  # 配偶者
    CHILD = "child"  # 子
    OTHER_FAMILY = "other_family"  # その他の親族
    LEGAL_REPRESENTATIVE = "legal_representative"  # 法定代理人（弁護士等）
    HEIR = "heir"  # 相続人（死亡した患者の遺族）


class Channel(StrEnum):
    COUNTER = "counter"  # 窓口
    MAIL = "mail"  # 郵送
    PHONE = "phone"  # 電話
    WEB = "web"  # web


KIND_LABELS_JA = {OptOutKind.BLANKET: "包括不同意", OptOutKind.STUDY: "個別不同意", OptOutKind.STOP_USE: "利用停止"}
CHANNEL_LABELS_JA = {Channel.COUNTER: "窓口", Channel.MAIL: "郵送", Channel.PHONE: "電話", Channel.WEB: "web"}


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return value.astimezone(UTC)


class OptOutRecord(BaseModel):
    """One append-only registry record. Carries no PHI: opaque ids, enums and times only."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    record_id: str = Field(pattern=OPAQUE_REF)
    registry_id: str = Field(pattern=REGISTRY_ID)
    action: RecordAction
    kind: OptOutKind | None = None
    study: str | None = Field(default=None, pattern=r"^[0-9A-Za-z][0-9A-Za-z-]{0,31}$")
    target: str | None = Field(default=None, pattern=OPAQUE_REF, description="record revoked or verified")
    requester: Requester = Requester.PATIENT
    agent_relation: AgentRelation | None = None
    agent_ref: str | None = Field(default=None, pattern=OPAQUE_REF, description="opaque form/reference number")
    channel: Channel
    received_at: datetime
    recorded_at: datetime
    recorded_by: str = Field(pattern=OPAQUE_REF)
    verified_at: datetime | None = None
    verifier: str | None = Field(default=None, pattern=OPAQUE_REF)

    @field_validator("received_at", "recorded_at", "verified_at")
    @classmethod
    def _aware_utc(cls, v: datetime | None) -> datetime | None:
        return None if v is None else _utc(v)

    @model_validator(mode="after")
    def _shape(self) -> OptOutRecord:
        if self.action is RecordAction.OPTOUT:
            if self.kind is None:
                raise ValueError("an opt-out needs a kind")
            if self.target is not None:
                raise ValueError("an opt-out does not target a record")
            if self.kind is OptOutKind.STUDY and self.study is None:
                raise ValueError("a per-study opt-out names its study")
            if self.kind is OptOutKind.BLANKET and self.study is not None:
                raise ValueError("a blanket opt-out names no study")
        else:
            if self.target is None:
                raise ValueError(f"a {self.action.value} record names its target record")
            if self.kind is not None or self.study is not None:
                raise ValueError(f"a {self.action.value} record takes its scope from its target")
        if self.requester is Requester.AGENT:
            if self.agent_relation is None or self.agent_ref is None:
                raise ValueError("an agent's request records the relation and an opaque reference")
        elif self.agent_relation is not None or self.agent_ref is not None:
            raise ValueError("agent fields are only for an agent's request")
        if (self.verified_at is None) != (self.verifier is None):
            raise ValueError("verified_at and verifier go together")
        if self.action is RecordAction.VERIFY and self.verified_at is None:
            raise ValueError("a verify record carries the verification")
        if self.verified_at is not None and self.verified_at < self.received_at:
            raise ValueError("verified before it was received")
        if self.received_at > self.recorded_at:
            raise ValueError("received after it was recorded (received time in the future)")
        return self

    def applies_to(self, study: str) -> bool:
        if self.kind is OptOutKind.BLANKET:
            return True
        return self.study is None or self.study == study


class RecordRefused(ValueError):
    """A new record is inconsistent with the registry. The message holds opaque ids only."""


def _known(records: Iterable[OptOutRecord], known_at: datetime | None) -> list[OptOutRecord]:
    if known_at is None:
        return list(records)
    k = _utc(known_at)
    return [r for r in records if r.recorded_at <= k]


def verification_time(record: OptOutRecord, records: Iterable[OptOutRecord]) -> datetime | None:
    """When ``record`` was first verified (inline or by a later ``verify`` record), or None."""
    times = [r.verified_at for r in records if r.action is RecordAction.VERIFY and r.target == record.record_id]
    if record.verified_at is not None:
        times.append(record.verified_at)
    return min((t for t in times if t is not None), default=None)


def revocation_effective_at(revoke: OptOutRecord, records: Iterable[OptOutRecord]) -> datetime | None:
    """A revocation lifts its opt-out from ``max(received_at, verified)``; never while unverified."""
    verified = verification_time(revoke, records)
    if verified is None:
        return None
    return max(revoke.received_at, verified)


def effective_optouts(
    records: Iterable[OptOutRecord], at: datetime, *, known_at: datetime | None = None
) -> list[OptOutRecord]:
    """Opt-out records in force at ``at``, counting only records recorded by ``known_at`` (default: all)."""
    t = _utc(at)
    rs = _known(records, known_at)
    lifted: set[str] = set()
    for r in rs:
        if r.action is RecordAction.REVOKE and r.target is not None:
            eff = revocation_effective_at(r, rs)
            if eff is not None and eff <= t:
                lifted.add(r.target)
    return [r for r in rs if r.action is RecordAction.OPTOUT and r.received_at <= t and r.record_id not in lifted]


def active_optouts(
    records: Iterable[OptOutRecord], study: str, at: datetime, *, known_at: datetime | None = None
) -> set[str]:
    """Registry ids with an opt-out applicable to ``study`` in force at ``at``."""
    return {r.registry_id for r in effective_optouts(records, at, known_at=known_at) if r.applies_to(study)}


def is_excluded(
    registry_id: str, records: Iterable[OptOutRecord], study: str, at: datetime, *, known_at: datetime | None = None
) -> bool:
    mine = [r for r in records if r.registry_id == registry_id]
    return registry_id in active_optouts(mine, study, at, known_at=known_at)


def optout_digest(active: Iterable[str], study: str) -> str:
    """``sha256:<hex>`` over the canonical JSON of the study and its sorted active set (the build records it)."""
    body: dict[str, Any] = {"study": study, "registry_ids": sorted(set(active))}
    return "sha256:" + hashlib.sha256(rfc8785.dumps(body)).hexdigest()


def check_record_allowed(new: OptOutRecord, records: Iterable[OptOutRecord]) -> None:
    """Refuse a record that does not fit the registry: duplicate ids, revoking or verifying what is not there,
    revoking a revocation, a revocation received before its opt-out, a second revocation."""
    rs = list(records)
    by_id = {r.record_id: r for r in rs}
    if new.record_id in by_id:
        raise RecordRefused(f"record {new.record_id} already exists")
    if new.action is RecordAction.OPTOUT:
        return
    assert new.target is not None
    target = by_id.get(new.target)
    if target is None:
        raise RecordRefused(f"record {new.target} does not exist")
    if target.registry_id != new.registry_id:
        raise RecordRefused(f"record {new.target} belongs to another subject")
    if new.action is RecordAction.REVOKE:
        if target.action is not RecordAction.OPTOUT:
            raise RecordRefused(f"record {new.target} is not an opt-out")
        if new.received_at < target.received_at:
            raise RecordRefused(f"revocation received before opt-out {new.target}")
        if any(r.action is RecordAction.REVOKE and r.target == target.record_id for r in rs):
            raise RecordRefused(f"opt-out {new.target} is already revoked; record a new opt-out instead")
    else:  # VERIFY
        if target.action is RecordAction.VERIFY:
            raise RecordRefused("a verification cannot be verified")
        assert new.verified_at is not None
        if new.verified_at < target.received_at:
            raise RecordRefused(f"verification precedes the receipt of {new.target}")


def can_record(new: OptOutRecord, records: Iterable[OptOutRecord]) -> bool:
    try:
        check_record_allowed(new, records)
    except RecordRefused:
        return False
    return True


def _iso(t: datetime) -> str:
    return _utc(t).strftime("%Y-%m-%dT%H:%M:%SZ")


def fhir_consent(
    record: OptOutRecord,
    records: Iterable[OptOutRecord],
    *,
    study_title: str,
    organization: str,
    at: datetime,
) -> dict[str, Any]:
    """The opt-out as a FHIR R5 ``Consent`` resource (decision ``deny``) as of ``at``: ``active`` while in force,
    ``inactive`` once revoked. The subject is the registry id in the registry's own identifier system: no name,
    no patient ID; an agent appears by relation and opaque reference only."""
    if record.action is not RecordAction.OPTOUT or record.kind is None:
        raise ValueError("only opt-out records are exported as Consent")
    rs = list(records)
    in_force = any(r.record_id == record.record_id for r in effective_optouts(rs, at))
    period: dict[str, str] = {"start": _iso(record.received_at)}
    revoke = next((r for r in rs if r.action is RecordAction.REVOKE and r.target == record.record_id), None)
    if revoke is not None:
        lifted = revocation_effective_at(revoke, rs)
        if lifted is not None and lifted <= _utc(at):
            period["end"] = _iso(lifted)
    provision: dict[str, Any] = {"period": period}
    if record.study is not None:
        provision["purpose"] = [{"system": "urn:sekisho:study", "code": record.study, "display": study_title}]
    if record.kind is OptOutKind.STOP_USE:
        provision["action"] = [{"coding": [{"system": CONSENT_ACTION_SYSTEM, "code": "use"}]}]
    resource: dict[str, Any] = {
        "resourceType": "Consent",
        "id": record.record_id,
        "identifier": [{"system": "urn:sekisho:optout-record", "value": record.record_id}],
        "status": "active" if in_force else "inactive",
        "category": [
            {
                "coding": [
                    {"system": "http://loinc.org", "code": "59284-0", "display": "Patient Consent"},
                    {"system": "urn:sekisho:optout-kind", "code": record.kind.value},
                ],
                "text": KIND_LABELS_JA[record.kind],
            }
        ],
        "subject": {"identifier": {"system": "urn:sekisho:registry-id", "value": record.registry_id}},
        "date": record.received_at.date().isoformat(),
        "period": period,
        "controller": [{"display": organization}],
        "decision": "deny",
        "provision": [provision],
    }
    if record.requester is Requester.AGENT:
        assert record.agent_relation is not None
        resource["grantor"] = [
            {
                "identifier": {"system": "urn:sekisho:agent-ref", "value": record.agent_ref},
                "display": f"agent ({record.agent_relation.value})",
            }
        ]
    verified = verification_time(record, rs)
    resource["verification"] = [
        {"verified": verified is not None, **({"verificationDate": [_iso(verified)]} if verified else {})}
    ]
    return resource
