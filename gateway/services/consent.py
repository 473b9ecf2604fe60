"""The opt-out registry service: record opt-outs, revocations and verifications; enforce them at each gate.

The registry never sees a raw patient ID: callers pass it through :func:`registry_id` (the vault's
study-independent keyed id) and only the result is stored. Agents (代理人) are stored as a relation and an opaque
reference (e.g. the paper form's number in the office file); their names are never stored in the clear. If the
agent's name must be kept, it belongs in the vault's encrypted store, not here.

Every record writes ``optout.recorded`` / ``optout.revoked`` / ``optout.verified`` in the same transaction;
details carry the record id, enums and opaque staff ids only.

Enforcement helpers for the other services:
- ingest: :func:`check_ingest_allowed` (raises ``OptedOut`` / ``NotEligible``);
- dataset build: :func:`build_snapshot` (record its ``digest`` in the dataset and the release manifest);
- approval: :func:`check_approval_allowed` (raises ``StaleBuild`` if opt-outs arrived since the build).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol

from sqlmodel import Session, col, select

from audit import append_event
from gateway.store.governance import OptOutRecordRow, as_utc, utcnow
from linkage_vault.keyed import KeyedFunctions
from policies import rules
from policies.consent import (
    AgentRelation,
    Channel,
    OptOutKind,
    OptOutRecord,
    RecordAction,
    RecordRefused,
    Requester,
    active_optouts,
    check_record_allowed,
    fhir_consent,
)
from policies.eligibility import Item
from policies.policy import Policy
from policies.rules import OptOutSnapshot
from policies.states import Role

OBJECT_TYPE = "optout_record"
REGISTRY_NAMESPACE = "registry"


class RegistryIds(Protocol):
    """Anything that maps a patient ID to the registry's keyed id: ``linkage_vault.vault.Vault`` does."""

    def registry_id(self, patient_id: str) -> str: ...


# -- registry ids ---------------------------------------------------------------------------------------------


def registry_id(patient_id: str, source: RegistryIds | KeyedFunctions | None = None) -> str:
    """The study-independent keyed id the registry stores instead of the patient ID.

    One key space must serve every caller (recording an opt-out, checking it at ingest), so the default is the
    vault's registry key (``Vault.registry_id``, opened from settings). A ``KeyedFunctions`` in the ``registry``
    namespace is accepted for tests and tools that hold their own key."""
    if isinstance(source, KeyedFunctions):
        if source.namespace != REGISTRY_NAMESPACE:
            raise ValueError("registry ids need the registry key space")
        return source.pseudonym(patient_id)
    if source is None:
        from gateway.services.vault import open_vault

        source = open_vault()
    return source.registry_id(patient_id)


# -- rows <-> records -----------------------------------------------------------------------------------------


def _record(row: OptOutRecordRow) -> OptOutRecord:
    return OptOutRecord(
        record_id=row.record_id,
        registry_id=row.registry_id,
        action=RecordAction(row.action),
        kind=OptOutKind(row.kind) if row.kind else None,
        study=row.study,
        target=row.target,
        requester=Requester(row.requester),
        agent_relation=AgentRelation(row.agent_relation) if row.agent_relation else None,
        agent_ref=row.agent_ref,
        channel=Channel(row.channel),
        received_at=as_utc(row.received_at),
        recorded_at=as_utc(row.recorded_at),
        recorded_by=row.recorded_by,
        verified_at=as_utc(row.verified_at) if row.verified_at else None,
        verifier=row.verifier,
    )


def load_records(session: Session, registry_id: str | None = None) -> list[OptOutRecord]:
    """Registry records in the order they were recorded (all subjects, or one)."""
    q = select(OptOutRecordRow).order_by(col(OptOutRecordRow.seq))
    if registry_id is not None:
        q = q.where(OptOutRecordRow.registry_id == registry_id)
    return [_record(r) for r in session.exec(q)]


def get_record(session: Session, record_id: str) -> OptOutRecord:
    row = session.exec(select(OptOutRecordRow).where(OptOutRecordRow.record_id == record_id)).first()
    if row is None:
        raise RecordRefused(f"record {record_id} does not exist")
    return _record(row)


def _new_record_id() -> str:
    return "oo-" + uuid.uuid4().hex[:20]


_ACTIONS = {
    RecordAction.OPTOUT: "optout.recorded",
    RecordAction.REVOKE: "optout.revoked",
    RecordAction.VERIFY: "optout.verified",
}


def _append(session: Session, record: OptOutRecord, roles: Iterable[Role]) -> OptOutRecord:
    rules.check_can_record_optout(roles)
    check_record_allowed(record, load_records(session, record.registry_id))
    session.add(OptOutRecordRow(**record.model_dump(mode="python")))
    session.flush()
    details: dict[str, str | None] = {
        "record_id": record.record_id,
        "kind": record.kind.value if record.kind else None,
        "study": record.study,
        "target": record.target,
        "channel": record.channel.value,
        "requester": record.requester.value,
        "agent_relation": record.agent_relation.value if record.agent_relation else None,
        "received_at": record.received_at.isoformat(),
        "verifier": record.verifier,
    }
    append_event(
        session,
        action=_ACTIONS[record.action],
        actor=record.recorded_by,
        object_type=OBJECT_TYPE,
        object_id=record.target or record.record_id,
        details={k: v for k, v in details.items() if v is not None},
    )
    return record


def record_optout(
    session: Session,
    *,
    registry_id: str,
    kind: OptOutKind,
    study: str | None,
    channel: Channel,
    received_at: datetime,
    recorded_by: str,
    roles: Iterable[Role],
    requester: Requester = Requester.PATIENT,
    agent_relation: AgentRelation | None = None,
    agent_ref: str | None = None,
    verifier: str | None = None,
    verified_at: datetime | None = None,
    now: datetime | None = None,
) -> OptOutRecord:
    """Record a refusal (effective from ``received_at``). ``registry_id`` comes from :func:`registry_id`."""
    record = OptOutRecord(
        record_id=_new_record_id(),
        registry_id=registry_id,
        action=RecordAction.OPTOUT,
        kind=kind,
        study=study,
        requester=requester,
        agent_relation=agent_relation,
        agent_ref=agent_ref,
        channel=channel,
        received_at=received_at,
        recorded_at=as_utc(now or utcnow()),
        recorded_by=recorded_by,
        verified_at=verified_at,
        verifier=verifier,
    )
    return _append(session, record, roles)


def record_revocation(
    session: Session,
    *,
    target: str,
    channel: Channel,
    received_at: datetime,
    recorded_by: str,
    roles: Iterable[Role],
    requester: Requester = Requester.PATIENT,
    agent_relation: AgentRelation | None = None,
    agent_ref: str | None = None,
    verifier: str | None = None,
    verified_at: datetime | None = None,
    now: datetime | None = None,
) -> OptOutRecord:
    """Record a re-consent that revokes opt-out ``target``; it lifts the opt-out only once verified."""
    opt = get_record(session, target)
    record = OptOutRecord(
        record_id=_new_record_id(),
        registry_id=opt.registry_id,
        action=RecordAction.REVOKE,
        target=target,
        requester=requester,
        agent_relation=agent_relation,
        agent_ref=agent_ref,
        channel=channel,
        received_at=received_at,
        recorded_at=as_utc(now or utcnow()),
        recorded_by=recorded_by,
        verified_at=verified_at,
        verifier=verifier,
    )
    return _append(session, record, roles)


def record_verification(
    session: Session,
    *,
    target: str,
    verifier: str,
    verified_at: datetime,
    recorded_by: str,
    roles: Iterable[Role],
    now: datetime | None = None,
) -> OptOutRecord:
    """Record that the requester's identity for record ``target`` was verified at ``verified_at``."""
    rec = get_record(session, target)
    record = OptOutRecord(
        record_id=_new_record_id(),
        registry_id=rec.registry_id,
        action=RecordAction.VERIFY,
        target=target,
        channel=rec.channel,
        received_at=rec.received_at,
        recorded_at=as_utc(now or utcnow()),
        recorded_by=recorded_by,
        verified_at=verified_at,
        verifier=verifier,
    )
    return _append(session, record, roles)


# -- enforcement ----------------------------------------------------------------------------------------------


def active_set(session: Session, study: str, at: datetime | None = None) -> set[str]:
    return active_optouts(load_records(session), study, as_utc(at or utcnow()))


def check_ingest_allowed(
    session: Session, policy: Policy, registry_id: str, *, at: datetime | None = None, item: Item | None = None
) -> None:
    """Raise ``policies.rules.OptedOut`` for a subject opted out of the policy's study at ``at`` (default now),
    or ``NotEligible`` for an item outside its scope."""
    rules.check_ingest_allowed(policy, registry_id, load_records(session, registry_id), as_utc(at or utcnow()), item)


def ingest_allowed(
    session: Session, policy: Policy, registry_id: str, *, at: datetime | None = None, item: Item | None = None
) -> bool:
    try:
        check_ingest_allowed(session, policy, registry_id, at=at, item=item)
    except rules.Refused:
        return False
    return True


def build_snapshot(session: Session, study: str, at: datetime | None = None) -> OptOutSnapshot:
    """The study's active opt-outs as known at build time; the dataset records ``snapshot.digest``."""
    return rules.build_snapshot(load_records(session), study, as_utc(at or utcnow()))


def check_approval_allowed(
    session: Session, study: str, *, built_at: datetime, build_digest: str, now: datetime | None = None
) -> None:
    """Raise ``policies.rules.StaleBuild`` if opt-outs arrived since the build (or the digest does not match)."""
    rules.check_approval_allowed(
        load_records(session), study, built_at=as_utc(built_at), build_digest=build_digest, now=as_utc(now or utcnow())
    )


def approval_allowed(
    session: Session, study: str, *, built_at: datetime, build_digest: str, now: datetime | None = None
) -> bool:
    try:
        check_approval_allowed(session, study, built_at=built_at, build_digest=build_digest, now=now)
    except rules.Refused:
        return False
    return True


# -- export ---------------------------------------------------------------------------------------------------


def fhir_bundle(
    session: Session, policy: Policy, *, at: datetime | None = None, registry_id: str | None = None
) -> dict[str, Any]:
    """Opt-outs as a FHIR R5 ``Bundle`` (type ``collection``) of ``Consent`` resources."""
    at = as_utc(at or utcnow())
    records = load_records(session, registry_id)
    entries = [
        {
            "fullUrl": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'sekisho:optout:' + r.record_id)}",
            "resource": fhir_consent(
                r,
                records,
                study_title=policy.study.title,
                organization=policy.lead_institution.name,
                at=at,
            ),
        }
        for r in records
        if r.action is RecordAction.OPTOUT
    ]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "entry": entries,
    }
