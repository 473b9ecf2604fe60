"""The release service: dataset build -> automatic checks -> two-person approval -> signed release per recipient,
then expiry, revocation, supersession and withdrawal after release.

Every state change asks ``policies.states.RELEASE_MACHINE`` / ``WITHDRAWAL_NOTICE_MACHINE`` and writes the
transition's audit action through the caller's session (the caller commits). Files: the payload is written at build
time under ``release_dir(settings, release_id)/data`` (hashed into the release row); ``publish`` re-hashes it,
signs it and writes the BagIt tag files and the signed status document (docs/RELEASE_FORMAT.md). A build whose
transaction is rolled back leaves an orphan directory no row points at; nothing serves it.

Errors are :class:`ReleaseError` with a stable ``code``; messages and audit details carry release ids, recipient
ids, counts, codes and hashes only (never a patient's identifiers).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import rfc8785
import sqlalchemy as sa
from sqlmodel import Session, col, select

from audit import append_event
from gateway.release import disclosure, signing
from gateway.release.dataset import BuildError, CohortQuery, list_files, select_groups, write_payload
from gateway.release.rekey import Rekeyer
from gateway.security.principal import Principal
from gateway.services import consent
from gateway.settings import Settings
from gateway.store.blobs_s3 import open_blob_store
from gateway.store.releases import (
    ReleaseApprovalRow,
    ReleaseMemberRow,
    ReleaseNoticeRow,
    ReleaseRow,
    ReleaseTrainingRow,
    as_utc,
)
from policies import rules
from policies.policy import Policy
from policies.states import (
    RECIPIENT_ROLES,
    RELEASE_MACHINE,
    WITHDRAWAL_NOTICE_MACHINE,
    NoticeState,
    ReleaseState,
    Role,
    TransitionRefused,
    attestation_deadline,
)

__all__ = [
    "CheckResult",
    "CohortQuery",
    "NoticeSummary",
    "ReleaseAccess",
    "ReleaseError",
    "ReleaseFile",
    "ReleaseSummary",
    "approve",
    "attest_deletion",
    "blocked_files",
    "build_release",
    "can_release_to",
    "check_recipient_not_blocked",
    "expire_due",
    "get_notice",
    "get_release",
    "list_notices",
    "list_releases",
    "list_trainings",
    "mark_overdue",
    "process_withdrawals",
    "public_key_hex",
    "publish",
    "record_training",
    "refresh_statuses",
    "release_access",
    "release_dir",
    "release_files",
    "revoke",
    "run_checks",
    "status_document",
    "status_envelope",
    "sweep_orphans",
]

OBJECT_TYPE = "release"
NOTICE_OBJECT_TYPE = "withdrawal_notice"
STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://sekisho.dev/release/v1"
BUILDERS = frozenset({Role.STEWARD, Role.PRIVACY_OFFICER})
OPERATORS = frozenset({Role.STEWARD, Role.PRIVACY_OFFICER, Role.SYSTEM})
SYSTEM = Principal("system", Role.SYSTEM)
_CODE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-.")


class ReleaseError(Exception):
    """A refused or failed release operation. ``code`` is stable: not_found, refused, check_failed,
    optout_changed, policy_changed, blocked, invalid_state, tampered, store_integrity, rekey, no_policy,
    vault_unavailable."""

    def __init__(self, message: str, *, code: str, count: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.count = count

    def diagnostics(self) -> str:
        return f"{self.code}: {self}"


@dataclass(frozen=True)
class ReleaseFile:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ReleaseAccess:
    """What a download needs to decide (state, recipient, expiry, withdrawn paths), read with two indexed queries
    instead of the whole release with every member row (:func:`release_access`)."""

    release_id: str
    state: str
    recipient: str
    created_at: datetime
    expires_at: datetime | None
    published_at: datetime | None
    manifest_sha256: str | None
    blocked: frozenset[str]


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class ReleaseSummary:
    release_id: str
    dataset_id: str
    recipient: str
    state: str
    created_by: str
    created_at: datetime
    expires_at: datetime | None
    approvers: tuple[str, ...]
    checks: tuple[CheckResult, ...]
    file_count: int
    total_bytes: int
    supersedes: str | None
    superseded_by: str | None
    # extras
    policy_version: int = 0
    policy_hash: str = ""
    optout_digest: str = ""
    subjects: int = 0
    withdrawn_subjects: int = 0
    published_at: datetime | None = None
    generalisation: str = ""
    reason_code: str | None = None


@dataclass(frozen=True)
class NoticeSummary:
    notice_id: str
    recipient: str
    release_ids: tuple[str, ...]
    pseudonyms: tuple[str, ...]
    state: str
    issued_at: datetime
    deadline: datetime
    attested_at: datetime | None
    attested_by: str | None
    # extras
    models: tuple[str, ...] = ()
    retrain_required: bool = False


# -- helpers --------------------------------------------------------------------------------------------------


def _utc(ts: datetime) -> datetime:
    if ts.tzinfo is None:
        raise ReleaseError("times must be timezone-aware", code="refused")
    return ts.astimezone(UTC)


def _iso(ts: datetime) -> str:
    return as_utc(ts).strftime("%Y-%m-%dT%H:%M:%SZ")


def _active_policy(session: Session) -> tuple[int, str, Policy]:
    from gateway.services.policy import NoActivePolicy, active_policy

    try:
        return active_policy(session)
    except NoActivePolicy:
        raise ReleaseError("no policy version is active", code="no_policy") from None


def _row(session: Session, release_id: str, *, lock: bool = False) -> ReleaseRow:
    """The release row; ``lock`` takes a row lock (PostgreSQL) so concurrent state changes serialise."""
    row = session.get(ReleaseRow, release_id, with_for_update=lock or None)
    if row is None:
        raise ReleaseError(f"no release {release_id}", code="not_found")
    return row


def _require(actor: Principal, roles: Iterable[Role], what: str) -> None:
    allowed = frozenset(roles)
    if actor.role not in allowed:
        need = ", ".join(sorted(r.value for r in allowed))
        raise ReleaseError(f"{what} needs role {need}", code="refused")


def _approvers(session: Session, release_id: str) -> tuple[str, ...]:
    rows = session.exec(
        select(ReleaseApprovalRow)
        .where(ReleaseApprovalRow.release_id == release_id)
        .order_by(col(ReleaseApprovalRow.approved_at), col(ReleaseApprovalRow.id))
    ).all()
    return tuple(r.approver for r in rows)


def _members(session: Session, release_id: str) -> list[ReleaseMemberRow]:
    return list(
        session.exec(
            select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == release_id).order_by(col(ReleaseMemberRow.id))
        )
    )


def _summary(session: Session, row: ReleaseRow) -> ReleaseSummary:
    members = _members(session, row.release_id)
    return ReleaseSummary(
        release_id=row.release_id,
        dataset_id=row.dataset_id,
        recipient=row.recipient,
        state=row.state,
        created_by=row.created_by,
        created_at=as_utc(row.created_at),
        expires_at=as_utc(row.expires_at) if row.expires_at else None,
        approvers=_approvers(session, row.release_id),
        checks=tuple(CheckResult(str(c["name"]), bool(c["passed"]), str(c["detail"])) for c in row.checks),
        file_count=row.file_count,
        total_bytes=row.total_bytes,
        supersedes=row.supersedes,
        superseded_by=row.superseded_by,
        policy_version=row.policy_version,
        policy_hash=row.policy_hash,
        optout_digest=row.optout_digest,
        subjects=len({m.subject for m in members}),
        withdrawn_subjects=len({m.recipient_subject for m in members if m.withdrawn_notice}),
        published_at=as_utc(row.published_at) if row.published_at else None,
        generalisation=row.generalisation,
        reason_code=row.reason_code,
    )


def _notice_summary(row: ReleaseNoticeRow) -> NoticeSummary:
    return NoticeSummary(
        notice_id=row.notice_id,
        recipient=row.recipient,
        release_ids=tuple(row.release_ids),
        pseudonyms=tuple(row.pseudonyms),
        state=row.state,
        issued_at=as_utc(row.issued_at),
        deadline=as_utc(row.deadline),
        attested_at=as_utc(row.attested_at) if row.attested_at else None,
        attested_by=row.attested_by,
        models=tuple(row.models),
        retrain_required=row.retrain_required,
    )


def _transition(
    session: Session,
    row: ReleaseRow,
    target: ReleaseState,
    *,
    actor: Principal,
    roles: Iterable[Role],
    details: dict[str, Any] | None = None,
) -> None:
    try:
        t = RELEASE_MACHINE.check_transition(ReleaseState(row.state), target, roles)
    except TransitionRefused as exc:
        raise ReleaseError(str(exc), code="invalid_state" if exc.code == "invalid_transition" else "refused") from None
    row.state = target.value
    session.add(row)
    session.flush()
    append_event(
        session,
        action=t.action,
        actor=actor.id,
        object_type=OBJECT_TYPE,
        object_id=row.release_id,
        details={"recipient": row.recipient, "from": t.source.value, "to": t.target.value, **(details or {})},
    )


def _notice_states(session: Session, recipient: str) -> list[NoticeState]:
    rows = session.exec(select(ReleaseNoticeRow).where(ReleaseNoticeRow.recipient == recipient)).all()
    return [NoticeState(r.state) for r in rows]


def check_recipient_not_blocked(session: Session, recipient: str) -> None:
    """A recipient with an overdue withdrawal notice receives no new release."""
    overdue = sum(1 for s in _notice_states(session, recipient) if s is NoticeState.OVERDUE)
    if overdue:
        raise ReleaseError(
            f"recipient {recipient} has {overdue} overdue withdrawal notice(s)", code="blocked", count=overdue
        )


def can_release_to(session: Session, recipient: str) -> bool:
    try:
        check_recipient_not_blocked(session, recipient)
    except ReleaseError:
        return False
    return True


def _expiry(policy: Policy, recipient: str) -> datetime:
    r = policy.recipient(recipient)
    return datetime.combine(r.expires + timedelta(days=1), time(0, 0), tzinfo=UTC)


def _new_id(prefix: str, now: datetime) -> str:
    return f"{prefix}-{now.strftime('%Y%m%d')}-{uuid.uuid4().hex[:10]}"


def release_dir(settings: Settings, release_id: str) -> Path:
    """``<settings.releases_dir>/<release_id>``: the payload after build, the BagIt bag after publish."""
    if not release_id or "/" in release_id or "\\" in release_id or release_id.startswith("."):
        raise ReleaseError("invalid release id", code="not_found")
    return settings.releases_dir / release_id


def status_path(settings: Settings, release_id: str) -> Path:
    return settings.releases_dir / f"{release_id}.status.dsse.json"


def _open_vault_keys(settings: Settings, study: str, recipient: str) -> Rekeyer:
    from gateway.services.vault import DEFAULT_PROJECT, key_provider, vault_engine
    from linkage_vault.errors import VaultError
    from linkage_vault.vault import Vault

    engine = vault_engine(settings)
    try:
        keys = Vault.open(engine, key_provider(settings), DEFAULT_PROJECT).recipient_keyed(study, recipient)
    except VaultError:
        raise ReleaseError("the linkage vault is unavailable (not initialised, locked or destroyed)",
                           code="vault_unavailable") from None  # fmt: skip
    finally:
        engine.dispose()
    return Rekeyer(keys)


def _recipient_level(session: Session, recipient: str, exclude: str | None = None) -> str | None:
    """The generalisation level of the first release published to ``recipient`` (None: nothing published yet)."""
    q = (
        select(ReleaseRow)
        .where(ReleaseRow.recipient == recipient, col(ReleaseRow.published_at).is_not(None))
        .order_by(col(ReleaseRow.published_at))
    )
    for row in session.exec(q):
        if row.release_id != exclude:
            return row.generalisation
    return None


def _prior_groups(session: Session, recipient: str, exclude: str | None = None) -> list[disclosure.Group]:
    rows = session.exec(
        select(ReleaseMemberRow, ReleaseRow)
        .join(ReleaseRow, col(ReleaseRow.release_id) == col(ReleaseMemberRow.release_id))
        .where(ReleaseRow.recipient == recipient, col(ReleaseRow.published_at).is_not(None))
    ).all()
    return [
        disclosure.Group(f"{m.release_id}/{m.group_key}", m.subject, m.qi) for m, r in rows if r.release_id != exclude
    ]


# -- build ----------------------------------------------------------------------------------------------------


def build_release(
    session: Session,
    settings: Settings,
    *,
    actor: Principal,
    recipient: str,
    cohort: CohortQuery,
    now: datetime,
    supersedes: str | None = None,
) -> ReleaseSummary:
    """Select the cohort, apply disclosure control, re-key for ``recipient`` and write the payload: state draft."""
    now = _utc(now)
    if actor.role is not Role.SYSTEM:
        _require(actor, BUILDERS, "building a release")
    version, policy_hash, policy = _active_policy(session)
    study = policy.study.approval_number
    kinds = tuple(dict.fromkeys(cohort.data_kinds))
    if not kinds:
        raise ReleaseError("the cohort asks for no data kind", code="refused")
    try:
        rules.check_recipient_allowed(policy, recipient, kinds, now)
    except rules.Refused as exc:
        raise ReleaseError(str(exc), code="refused") from None
    check_recipient_not_blocked(session, recipient)
    if not 8 <= cohort.array_size <= 2048:
        raise ReleaseError("array_size must be between 8 and 2048", code="refused")
    snapshot = consent.build_snapshot(session, study, now)
    selection = select_groups(session, study, cohort, kinds, snapshot.excluded)
    prior = _prior_groups(session, recipient)
    groups = [g.group() for g in selection.groups]
    fixed = _recipient_level(session, recipient)
    level, suppressed = disclosure.choose_level(groups, prior, policy.release.min_k, fixed=fixed)
    kept = [g for g in selection.groups if g.key not in suppressed]
    if not kept:
        raise ReleaseError(
            f"nothing to release: {len(selection.groups)} groups selected, {len(suppressed)} suppressed",
            code="check_failed",
        )
    release_id = _new_id("rel", now)
    root = release_dir(settings, release_id)
    rekeyer = _open_vault_keys(settings, study, recipient)
    settings.ensure_dirs()
    try:
        payload = write_payload(
            open_blob_store(settings, "store"), root, kept, rekeyer, level=level, array_size=cohort.array_size
        )
    except BuildError as exc:
        shutil.rmtree(root, ignore_errors=True)
        raise ReleaseError(str(exc), code=exc.code) from None
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    from trainer.labels import labeler_hash

    row = ReleaseRow(
        release_id=release_id,
        dataset_id=_new_id("ds", now),
        recipient=recipient,
        study=study,
        state=RELEASE_MACHINE.initial.value,
        policy_version=version,
        policy_hash=policy_hash,
        optout_digest=snapshot.digest,
        optout_count=snapshot.count,
        labeler_hash=labeler_hash() if any(m.paths and "data/labels/labels.jsonl" in m.paths for m in payload.members)
        else None,
        cohort=cohort.to_json(),
        generalisation=level,
        checks=[],
        files=payload.files,
        file_count=len(payload.files),
        total_bytes=sum(int(f["size"]) for f in payload.files),
        created_by=actor.id,
        created_at=now,
        expires_at=_expiry(policy, recipient),
        supersedes=supersedes,
    )  # fmt: skip
    session.add(row)
    session.flush()
    for m in payload.members:
        session.add(
            ReleaseMemberRow(
                release_id=release_id,
                group_key=m.key,
                subject=m.subject,
                recipient_subject=m.recipient_subject,
                registry_id=m.registry_id,
                qi=m.qi,
                objects=m.objects,
                paths=m.paths,
            )
        )
    session.flush()
    append_event(
        session,
        action=RELEASE_MACHINE.initial_action,
        actor=actor.id,
        object_type=OBJECT_TYPE,
        object_id=release_id,
        details={
            "recipient": recipient,
            "dataset_id": row.dataset_id,
            "policy_version": version,
            "policy_hash": policy_hash,
            "optout_digest": snapshot.digest,
            "groups": len(kept),
            "subjects": len({g.subject for g in kept}),
            "suppressed_groups": len(suppressed),
            **{f"excluded_{k}": v for k, v in selection.counts.items() if k not in ("candidates", "selected")},
            "generalisation": level,
            "files": row.file_count,
            "images": payload.rows,
            "supersedes": supersedes,
        },
    )
    return _summary(session, row)


# -- checks ---------------------------------------------------------------------------------------------------


def _check(name: str, fn: Any) -> CheckResult:
    try:
        detail = fn()
    except ReleaseError as exc:
        return CheckResult(name, False, str(exc))
    except rules.Refused as exc:
        return CheckResult(name, False, exc.diagnostics())
    return CheckResult(name, True, str(detail))


def _checks(session: Session, settings: Settings, row: ReleaseRow, now: datetime) -> list[CheckResult]:
    from gateway.store.research import ResearchObject

    version, active_hash, policy = _active_policy(session)
    members = [m for m in _members(session, row.release_id) if not m.withdrawn_notice]
    k = policy.release.min_k

    def optouts() -> str:
        consent.check_approval_allowed(
            session, row.study, built_at=as_utc(row.created_at), build_digest=row.optout_digest, now=now
        )
        active = consent.active_set(session, row.study, now)
        hits = sum(1 for m in {mm.registry_id for mm in members} if m in active)
        if hits:
            raise ReleaseError(f"{hits} subjects have an active opt-out", code="optout_changed", count=hits)
        return f"digest current; {len(members)} groups clear of {len(active)} active opt-outs"

    def verified() -> str:
        ids = sorted({o for m in members for o in m.objects})
        found: dict[str, ResearchObject] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for obj in session.exec(select(ResearchObject).where(col(ResearchObject.id).in_(chunk))):
                found[obj.id] = obj
        missing = len(ids) - len(found)
        unverified = sum(1 for o in found.values() if not o.verified)
        if missing or unverified:
            raise ReleaseError(f"{unverified} objects not verified, {missing} missing of {len(ids)}", code="check")
        return f"{len(ids)} objects verified"

    def k_anon() -> str:
        groups = [disclosure.Group(m.group_key, m.subject, m.qi) for m in members]
        smallest = disclosure.min_class(groups, row.generalisation)
        classes = len(disclosure.class_subjects(groups, row.generalisation))
        if smallest < k:
            raise ReleaseError(f"smallest class has {smallest} subjects < k={k} ({classes} classes)", code="check")
        return f"level {row.generalisation}: {classes} classes, smallest {smallest} >= k={k}"

    def differencing() -> str:
        groups = [disclosure.Group(m.group_key, m.subject, m.qi) for m in members]
        fixed = _recipient_level(session, row.recipient, exclude=row.release_id)
        if fixed is not None and fixed != row.generalisation:
            raise ReleaseError(
                f"level {row.generalisation} differs from the recipient's level {fixed}; rebuild", code="check"
            )
        prior = _prior_groups(session, row.recipient, exclude=row.release_id)
        bad = disclosure.difference_violations(groups, prior, row.generalisation, k)
        if bad:
            raise ReleaseError(f"{len(bad)} groups are new to classes growing by fewer than k={k}", code="check")
        return f"against {len({g.key.split('/')[0] for g in prior})} earlier releases: every class grows by 0 or >= k"

    def payload() -> str:
        on_disk = list_files(release_dir(settings, row.release_id))
        if on_disk != row.files:
            raise ReleaseError("the payload on disk differs from the build", code="tampered")
        return f"{len(on_disk)} files, {row.total_bytes} bytes as built"

    def recipient() -> str:
        rules.check_recipient_allowed(policy, row.recipient, row.cohort.get("data_kinds") or (), now)
        check_recipient_not_blocked(session, row.recipient)
        return "recipient named, agreement current, data kinds allowed, no overdue notice"

    def policy_current() -> str:
        rules.check_policy_current(row.policy_hash, active_hash)
        return f"built under the active policy v{version}"

    return [
        _check("optout_current", optouts),
        _check("verified", verified),
        _check("k_anonymity", k_anon),
        _check("differencing", differencing),
        _check("payload_integrity", payload),
        _check("recipient_allowed", recipient),
        _check("policy_current", policy_current),
    ]


def run_checks(
    session: Session, settings: Settings, release_id: str, *, actor: Principal, now: datetime
) -> ReleaseSummary:
    """Run the automatic checks: all pass -> checked (as the system, on the actor's request); else stays draft."""
    now = _utc(now)
    _require(actor, OPERATORS, "running release checks")
    row = _row(session, release_id, lock=True)
    if row.state != ReleaseState.DRAFT.value:
        raise ReleaseError(f"release {release_id} is {row.state}, not draft", code="invalid_state")
    results = _checks(session, settings, row, now)
    row.checks = [{"name": c.name, "passed": c.passed, "detail": c.detail} for c in results]
    session.add(row)
    failed = [c.name for c in results if not c.passed]
    if failed:
        session.flush()
        append_event(
            session,
            action="release.checks_failed",
            actor=actor.id,
            object_type=OBJECT_TYPE,
            object_id=release_id,
            details={"recipient": row.recipient, "failed": ",".join(failed)},
        )
    else:
        _transition(
            session, row, ReleaseState.CHECKED, actor=actor, roles=(Role.SYSTEM,),
            details={"checks": ",".join(c.name for c in results)},
        )  # fmt: skip
    return _summary(session, row)


# -- approval -------------------------------------------------------------------------------------------------


def _gate_current(session: Session, row: ReleaseRow, now: datetime) -> None:
    """Refuse when opt-outs arrived since the build, the active policy changed, or the recipient is blocked."""
    _, active_hash, policy = _active_policy(session)
    try:
        consent.check_approval_allowed(
            session, row.study, built_at=as_utc(row.created_at), build_digest=row.optout_digest, now=now
        )
    except rules.Refused as exc:
        raise ReleaseError(str(exc), code="optout_changed", count=exc.count) from None
    try:
        rules.check_policy_current(row.policy_hash, active_hash)
    except rules.Refused as exc:
        raise ReleaseError(str(exc), code="policy_changed") from None
    try:
        rules.check_recipient_allowed(policy, row.recipient, row.cohort.get("data_kinds") or (), now)
    except rules.Refused as exc:
        raise ReleaseError(str(exc), code="refused") from None
    check_recipient_not_blocked(session, row.recipient)


def approve(
    session: Session, settings: Settings, release_id: str, *, actor: Principal, now: datetime
) -> ReleaseSummary:
    """One privacy officer's approval (not the builder, not twice); the last required one moves it to approved."""
    now = _utc(now)
    row = _row(session, release_id, lock=True)
    if row.state != ReleaseState.CHECKED.value:
        raise ReleaseError(f"release {release_id} is {row.state}, not checked", code="invalid_state")
    prior = _approvers(session, release_id)
    try:
        rules.check_can_approve(actor.id, (actor.role,), author=row.created_by, prior_approvers=prior)
    except rules.Refused as exc:
        raise ReleaseError(str(exc), code="refused") from None
    _gate_current(session, row, now)
    _, _, policy = _active_policy(session)
    session.add(ReleaseApprovalRow(release_id=release_id, approver=actor.id, approved_at=now))
    session.flush()
    approvers = (*prior, actor.id)
    if rules.approvals_complete(approvers, policy):
        _transition(
            session, row, ReleaseState.APPROVED, actor=actor, roles=(actor.role,),
            details={"approvals": len(approvers)},
        )  # fmt: skip
    else:
        append_event(
            session,
            action="release.approval_recorded",
            actor=actor.id,
            object_type=OBJECT_TYPE,
            object_id=release_id,
            details={"recipient": row.recipient, "approvals": len(approvers),
                     "required": policy.release.approvals_required},
        )  # fmt: skip
    return _summary(session, row)


# -- publish --------------------------------------------------------------------------------------------------


def _predicate(row: ReleaseRow, policy: Policy, approvers: Iterable[str]) -> dict[str, Any]:
    return {
        "release_id": row.release_id,
        "dataset_id": row.dataset_id,
        "recipient": row.recipient,
        "purpose": policy.recipient(row.recipient).purpose,
        "policy_version": str(row.policy_version),
        "policy_hash": row.policy_hash,
        "optout_digest": row.optout_digest,
        "labeler_hash": row.labeler_hash,
        "approvers": list(approvers),
        "created_at": _iso(row.created_at),
        "expires_at": _iso(row.expires_at) if row.expires_at else None,
        "supersedes": row.supersedes,
    }


def _write_bag(root: Path, row: ReleaseRow, files: list[dict[str, Any]], now: datetime) -> None:
    w = signing.atomic_write
    w(root / "bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    total = sum(int(f["size"]) for f in files)
    info = (
        f"Bagging-Date: {now.date().isoformat()}\nPayload-Oxum: {total}.{len(files)}\n"
        f"External-Identifier: {row.release_id}\nSource-Organization: Sekisho release service\n"
    )
    w(root / "bag-info.txt", info.encode())
    w(root / "manifest-sha256.txt", "".join(f"{f['sha256']}  {f['path']}\n" for f in files).encode())
    tags = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "release.intoto.dsse.json", "release.json"]
    from gateway.release.dataset import sha256_file

    w(root / "tagmanifest-sha256.txt", "".join(f"{sha256_file(root / t)}  {t}\n" for t in tags).encode())


def _status_body(session: Session, row: ReleaseRow, now: datetime) -> bytes:
    withdrawn = sorted({m.recipient_subject for m in _members(session, row.release_id) if m.withdrawn_notice})
    return rfc8785.dumps(
        {
            "release_id": row.release_id,
            "state": row.state,
            "withdrawn_subjects": withdrawn,
            "issued_at": _iso(now),
            "expires_at": _iso(row.expires_at) if row.expires_at else None,
            "superseded_by": row.superseded_by,
        }
    )


_PUBLIC_STATES = frozenset({ReleaseState.RELEASED, ReleaseState.EXPIRED, ReleaseState.REVOKED, ReleaseState.SUPERSEDED})


def _write_status(session: Session, settings: Settings, row: ReleaseRow, now: datetime) -> dict[str, Any]:
    if row.published_at is None or ReleaseState(row.state) not in _PUBLIC_STATES:
        raise ReleaseError(f"release {row.release_id} was not published", code="not_found")
    key = signing.load_signing_key(settings)
    env = signing.envelope(signing.STATUS_PAYLOAD_TYPE, _status_body(session, row, now), key)
    body = (json.dumps(env, indent=2) + "\n").encode()
    signing.atomic_write(status_path(settings, row.release_id), body)
    if settings.blob_url:
        open_blob_store(settings, "releases").put(f"{row.release_id}.status.dsse.json", body)
    return env


def _mirror_bag(settings: Settings, root: Path, release_id: str) -> None:
    """With object storage configured (``SEKISHO_BLOB_URL``), the signed bag is also stored there, file by file
    under ``<release_id>/``: the object store then holds every published release and its current status."""
    if not settings.blob_url:
        return
    blobs = open_blob_store(settings, "releases")
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        blobs.put(f"{release_id}/{path.relative_to(root).as_posix()}", path.read_bytes())


def publish(
    session: Session, settings: Settings, release_id: str, *, actor: Principal, now: datetime
) -> ReleaseSummary:
    """approved -> released: re-hash the payload, sign the manifest (DSSE/in-toto), write the bag and the status."""
    now = _utc(now)
    _require(actor, OPERATORS, "publishing a release")
    row = _row(session, release_id, lock=True)
    if row.state != ReleaseState.APPROVED.value:
        raise ReleaseError(f"release {release_id} is {row.state}, not approved", code="invalid_state")
    _gate_current(session, row, now)
    _, _, policy = _active_policy(session)
    approvers = _approvers(session, release_id)
    if not rules.approvals_complete(approvers, policy):
        raise ReleaseError("approvals are incomplete", code="refused")
    root = release_dir(settings, release_id)
    files = list_files(root)
    if files != row.files:
        raise ReleaseError("the payload on disk differs from the build", code="tampered")
    key = signing.load_signing_key(settings)
    predicate = _predicate(row, policy, approvers)
    manifest = rfc8785.dumps({**predicate, "files": files})
    statement: dict[str, Any] = {
        "_type": STATEMENT_TYPE,
        "subject": [{"name": f["path"], "digest": {"sha256": f["sha256"]}} for f in files],
        "predicateType": PREDICATE_TYPE,
        "predicate": predicate,
    }
    env = signing.envelope(signing.RELEASE_PAYLOAD_TYPE, rfc8785.dumps(statement), key)
    signing.atomic_write(root / "release.json", manifest)
    signing.atomic_write(root / "release.intoto.dsse.json", (json.dumps(env, indent=2) + "\n").encode())
    _write_bag(root, row, files, now)
    _mirror_bag(settings, root, release_id)
    row.manifest_sha256 = hashlib.sha256(manifest).hexdigest()
    row.published_at = now
    _transition(
        session, row, ReleaseState.RELEASED, actor=actor, roles=(Role.SYSTEM,),
        details={"manifest_sha256": row.manifest_sha256, "keyid": signing.keyid(key), "files": len(files),
                 "approvers": ",".join(approvers)},
    )  # fmt: skip
    _write_status(session, settings, row, now)
    if row.supersedes:
        old = session.get(ReleaseRow, row.supersedes)
        if old is not None:
            old.superseded_by = release_id
            session.add(old)
            if old.state == ReleaseState.RELEASED.value:
                _transition(
                    session, old, ReleaseState.SUPERSEDED, actor=SYSTEM, roles=(Role.SYSTEM,),
                    details={"superseded_by": release_id},
                )  # fmt: skip
            if old.published_at is not None:
                _write_status(session, settings, old, now)
    return _summary(session, row)


# -- revoke / expire ------------------------------------------------------------------------------------------


def revoke(
    session: Session, settings: Settings, release_id: str, *, actor: Principal, reason_code: str, now: datetime
) -> ReleaseSummary:
    """Any non-terminal release -> revoked (discarded draft, rejected, stale approval, revoked release)."""
    now = _utc(now)
    if not reason_code or len(reason_code) > 64 or not set(reason_code) <= _CODE_CHARS:
        raise ReleaseError("reason_code is a short code: a-z 0-9 _ - .", code="refused")
    row = _row(session, release_id, lock=True)
    row.reason_code = reason_code
    _transition(session, row, ReleaseState.REVOKED, actor=actor, roles=(actor.role,), details={"reason": reason_code})
    if row.published_at is not None:
        _write_status(session, settings, row, now)
    return _summary(session, row)


def expire_due(session: Session, settings: Settings, *, now: datetime) -> list[str]:
    """Released releases whose expiry passed -> expired (system); their status documents are rewritten."""
    now = _utc(now)
    out = []
    for row in session.exec(select(ReleaseRow).where(ReleaseRow.state == ReleaseState.RELEASED.value)).all():
        if row.expires_at is not None and as_utc(row.expires_at) <= now:
            _transition(session, row, ReleaseState.EXPIRED, actor=SYSTEM, roles=(Role.SYSTEM,))
            _write_status(session, settings, row, now)
            out.append(row.release_id)
    return out


def sweep_orphans(
    settings: Settings, session: Session, *, now: datetime, older_than: timedelta = timedelta(hours=6)
) -> list[str]:
    """Delete release directories no release row points at (a build whose transaction rolled back), when older than
    ``older_than`` (a build in progress has its directory before its row commits)."""
    now = _utc(now)
    out: list[str] = []
    root = settings.releases_dir
    if not root.is_dir():
        return out
    for d in sorted(root.iterdir()):
        if not d.is_dir() or not d.name.startswith("rel-") or session.get(ReleaseRow, d.name) is not None:
            continue
        if now - datetime.fromtimestamp(d.stat().st_mtime, UTC) < older_than:
            continue
        shutil.rmtree(d)
        status_path(settings, d.name).unlink(missing_ok=True)
        out.append(d.name)
    return out


# -- reading --------------------------------------------------------------------------------------------------


def list_releases(
    session: Session, *, recipient: str | None = None, states: Iterable[str] | None = None
) -> list[ReleaseSummary]:
    q = select(ReleaseRow)
    if recipient is not None:
        q = q.where(ReleaseRow.recipient == recipient)
    if states is not None:
        q = q.where(col(ReleaseRow.state).in_(list(states)))
    return [_summary(session, r) for r in session.exec(q.order_by(col(ReleaseRow.created_at)))]


def get_release(session: Session, release_id: str) -> ReleaseSummary:
    return _summary(session, _row(session, release_id))


def release_files(session: Session, settings: Settings, release_id: str) -> list[ReleaseFile]:
    """Payload files as listed in the signed ``release.json`` (published releases only)."""
    row = _row(session, release_id)
    if row.published_at is None:
        raise ReleaseError(f"release {release_id} was not published", code="not_found")
    try:
        manifest = json.loads((release_dir(settings, release_id) / "release.json").read_bytes())
    except (OSError, ValueError):
        raise ReleaseError(f"release {release_id} has no readable manifest", code="tampered") from None
    raw = (release_dir(settings, release_id) / "release.json").read_bytes()
    if hashlib.sha256(raw).hexdigest() != row.manifest_sha256:
        raise ReleaseError(f"release {release_id} manifest differs from the signed one", code="tampered")
    return [ReleaseFile(str(f["path"]), str(f["sha256"]), int(f["size"])) for f in manifest["files"]]


def blocked_files(session: Session, release_id: str) -> set[str]:
    """Payload paths that contain data of withdrawn subjects (their DICOM, and the shared records, labels and
    arrays files they contributed to): the API answers 410 Gone for them."""
    _row(session, release_id)
    return {p for m in _members(session, release_id) if m.withdrawn_notice for p in m.paths}


def release_access(session: Session, release_id: str) -> ReleaseAccess:
    """The download path's view of a release: one primary-key read of a few columns (not the payload list) and one
    indexed read of the withdrawn members' paths. ``blocked`` equals :func:`blocked_files`."""
    r = ReleaseRow
    head = (
        session.connection()
        .execute(
            sa.select(
                col(r.state), col(r.recipient), col(r.created_at), col(r.expires_at), col(r.published_at),
                col(r.manifest_sha256),
            ).where(col(r.release_id) == release_id)
        )
        .first()
    )  # fmt: skip
    if head is None:
        raise ReleaseError(f"no release {release_id}", code="not_found")
    state, recipient, created_at, expires_at, published_at, manifest_sha256 = head
    m = ReleaseMemberRow
    withdrawn = session.connection().execute(
        sa.select(col(m.paths)).where(col(m.release_id) == release_id, col(m.withdrawn_notice).is_not(None))
    )
    return ReleaseAccess(
        release_id=release_id,
        state=str(state),
        recipient=str(recipient),
        created_at=as_utc(created_at),
        expires_at=as_utc(expires_at) if expires_at is not None else None,
        published_at=as_utc(published_at) if published_at is not None else None,
        manifest_sha256=manifest_sha256,
        blocked=frozenset(str(p) for (paths,) in withdrawn for p in paths),
    )


def _stored_status(path: Path) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(envelope, signed body) of the status document on disk, or None when missing or unreadable."""
    import base64
    import binascii

    try:
        env = json.loads(path.read_bytes())
        if not isinstance(env, dict) or env.get("payloadType") != signing.STATUS_PAYLOAD_TYPE:
            return None
        if not isinstance(env.get("signatures"), list) or not env["signatures"]:
            return None
        body = json.loads(base64.b64decode(str(env["payload"]), validate=True))
    except (OSError, ValueError, KeyError, binascii.Error):
        return None
    return (env, body) if isinstance(body, dict) else None


def status_document(
    session: Session, settings: Settings, release_id: str, *, now: datetime, max_age: timedelta | None = None
) -> dict[str, Any]:
    """The signed status document, re-signed only when needed.

    The stored document (``<releases_dir>/<id>.status.dsse.json``) is served as it is when it says what the
    database says now (state, withdrawn subjects, expiry, successor) and was issued less than ``max_age`` ago
    (default: half the active policy's ``status_freshness_hours``, so a reader always gets at least half its
    freshness window). Otherwise (older, from the future, changed, unreadable) it is re-signed and rewritten,
    as :func:`status_envelope` does."""
    now = _utc(now)
    head = release_access(session, release_id)
    if head.published_at is None or ReleaseState(head.state) not in _PUBLIC_STATES:
        raise ReleaseError(f"release {release_id} was not published", code="not_found")
    if max_age is None:
        try:
            hours = _active_policy(session)[2].release.status_freshness_hours
        except ReleaseError:
            hours = 0  # no active policy: always re-sign, as status_envelope does
        max_age = timedelta(hours=hours) / 2
    stored = _stored_status(status_path(settings, release_id))
    if stored is not None:
        env, body = stored
        m = ReleaseMemberRow
        withdrawn = sorted(
            {
                str(x)
                for (x,) in session.connection().execute(
                    sa.select(col(m.recipient_subject)).where(
                        col(m.release_id) == release_id, col(m.withdrawn_notice).is_not(None)
                    )
                )
            }
        )
        superseded_by = (
            session.connection()
            .execute(sa.select(col(ReleaseRow.superseded_by)).where(col(ReleaseRow.release_id) == release_id))
            .scalar_one_or_none()
        )
        expected = {
            "release_id": release_id,
            "state": head.state,
            "withdrawn_subjects": withdrawn,
            "expires_at": _iso(head.expires_at) if head.expires_at else None,
            "superseded_by": superseded_by,
        }
        try:
            issued = datetime.strptime(str(body.get("issued_at")), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            issued = None
        current = {k: body.get(k) for k in expected} == expected and set(body) == {*expected, "issued_at"}
        if current and issued is not None and now - max_age < issued <= now:
            return env
    return _write_status(session, settings, _row(session, release_id), now)


def status_envelope(session: Session, settings: Settings, release_id: str) -> dict[str, Any]:
    """A freshly signed status document (also written to ``<releases_dir>/<id>.status.dsse.json``)."""
    return _write_status(session, settings, _row(session, release_id), datetime.now(UTC))


def refresh_statuses(session: Session, settings: Settings, *, now: datetime) -> list[str]:
    """Re-sign the status document of every published release (a periodic job: readers refuse stale statuses)."""
    now = _utc(now)
    out: list[str] = []
    for row in session.exec(select(ReleaseRow).where(col(ReleaseRow.published_at).is_not(None))).all():
        _write_status(session, settings, row, now)
        out.append(row.release_id)
    return out


def public_key_hex(settings: Settings) -> str:
    return signing.public_hex(signing.load_signing_key(settings))


# -- withdrawal after release ---------------------------------------------------------------------------------


def record_training(session: Session, release_id: str, *, model_id: str, actor: Principal, now: datetime) -> None:
    """Record that a model was trained on a release (what a withdrawal notice lists)."""
    now = _utc(now)
    row = _row(session, release_id)
    if actor.role in RECIPIENT_ROLES and actor.recipient != row.recipient:
        raise ReleaseError(f"no release {release_id}", code="not_found")
    if not model_id or len(model_id) > 128 or not set(model_id.lower()) <= _CODE_CHARS | {":", "/"}:
        raise ReleaseError("model_id is an opaque id: a-z 0-9 _ - . : /", code="refused")
    session.add(ReleaseTrainingRow(release_id=release_id, model_id=model_id, recorded_by=actor.id, recorded_at=now))
    session.flush()
    append_event(
        session,
        action="release.training_recorded",
        actor=actor.id,
        object_type=OBJECT_TYPE,
        object_id=release_id,
        details={"model_id": model_id},
    )


def list_trainings(session: Session, release_id: str | None = None) -> list[tuple[str, str, str, datetime]]:
    """(release_id, model_id, recorded_by, recorded_at) rows."""
    q = select(ReleaseTrainingRow).order_by(col(ReleaseTrainingRow.id))
    if release_id is not None:
        q = q.where(ReleaseTrainingRow.release_id == release_id)
    return [(r.release_id, r.model_id, r.recorded_by, as_utc(r.recorded_at)) for r in session.exec(q)]


def process_withdrawals(session: Session, settings: Settings, *, now: datetime) -> list[NoticeSummary]:
    """Opt-outs in force now that a release's build did not exclude:
    - published releases: mark the members withdrawn, one notice per recipient listing that recipient's
      pseudonyms (deadline: policy ``attestation_days``), rewrite the signed status (``withdrawn_subjects``), and
      for a release still ``released`` build a superseding draft without those subjects (it is checked and
      approved again);
    - approved, unpublished releases: revoked as stale (``release.approval_stale``); drafts and checked releases
      fail their checks or approval anyway."""
    now = _utc(now)
    _, _, policy = _active_policy(session)
    records = consent.load_records(session)
    by_recipient: dict[str, list[tuple[ReleaseRow, list[ReleaseMemberRow]]]] = {}
    for row in session.exec(select(ReleaseRow).order_by(col(ReleaseRow.created_at))).all():
        new = rules.optouts_since(records, row.study, since=as_utc(row.created_at), now=now)
        if not new:
            continue
        if row.published_at is None:
            if row.state == ReleaseState.APPROVED.value:
                row.reason_code = "optouts_since_build"
                _transition(
                    session, row, ReleaseState.REVOKED, actor=SYSTEM, roles=(Role.SYSTEM,),
                    details={"reason": "optouts_since_build"},
                )  # fmt: skip
            continue
        hit = [m for m in _members(session, row.release_id) if m.registry_id in new and not m.withdrawn_notice]
        if hit:
            by_recipient.setdefault(row.recipient, []).append((row, hit))
    notices: list[NoticeSummary] = []
    for recipient, items in sorted(by_recipient.items()):
        notice_id = _new_id("wn", now)
        release_ids = sorted({r.release_id for r, _ in items})
        pseudonyms = sorted({m.recipient_subject for _, ms in items for m in ms})
        models = sorted({t[1] for rid in release_ids for t in list_trainings(session, rid)})
        notice = ReleaseNoticeRow(
            notice_id=notice_id,
            recipient=recipient,
            state=WITHDRAWAL_NOTICE_MACHINE.initial.value,
            release_ids=release_ids,
            pseudonyms=pseudonyms,
            models=models,
            retrain_required=policy.release.retrain_on_withdrawal,
            issued_at=now,
            deadline=attestation_deadline(now, policy.release.attestation_days),
        )
        session.add(notice)
        session.flush()
        for _, ms in items:
            for m in ms:
                m.withdrawn_notice = notice_id
                session.add(m)
        session.flush()
        append_event(
            session,
            action=WITHDRAWAL_NOTICE_MACHINE.initial_action,
            actor=SYSTEM.id,
            object_type=NOTICE_OBJECT_TYPE,
            object_id=notice_id,
            details={
                "recipient": recipient,
                "releases": ",".join(release_ids),
                "subjects": len(pseudonyms),
                "deadline": _iso(notice.deadline),
                "models": len(models),
                "retrain_required": policy.release.retrain_on_withdrawal,
            },
        )
        for row, _ in items:
            _write_status(session, settings, row, now)
            if row.state == ReleaseState.RELEASED.value and not _has_successor(session, row.release_id):
                try:
                    build_release(
                        session, settings, actor=SYSTEM, recipient=row.recipient,
                        cohort=CohortQuery.from_json(row.cohort), now=now, supersedes=row.release_id,
                    )  # fmt: skip
                except ReleaseError as exc:
                    append_event(
                        session,
                        action="release.supersede_failed",
                        actor=SYSTEM.id,
                        object_type=OBJECT_TYPE,
                        object_id=row.release_id,
                        details={"code": exc.code},
                    )
        notices.append(_notice_summary(notice))
    return notices


def _has_successor(session: Session, release_id: str) -> bool:
    rows = session.exec(select(ReleaseRow).where(ReleaseRow.supersedes == release_id)).all()
    return any(r.state != ReleaseState.REVOKED.value for r in rows)


def list_notices(session: Session, *, recipient: str | None = None) -> list[NoticeSummary]:
    q = select(ReleaseNoticeRow)
    if recipient is not None:
        q = q.where(ReleaseNoticeRow.recipient == recipient)
    return [_notice_summary(r) for r in session.exec(q.order_by(col(ReleaseNoticeRow.issued_at)))]


def get_notice(session: Session, notice_id: str) -> NoticeSummary:
    row = session.get(ReleaseNoticeRow, notice_id)
    if row is None:
        raise ReleaseError(f"no notice {notice_id}", code="not_found")
    return _notice_summary(row)


def attest_deletion(
    session: Session, settings: Settings, notice_id: str, *, actor: Principal, now: datetime
) -> NoticeSummary:
    """The notice's recipient attests that it deleted the listed subjects' data (late: from overdue)."""
    now = _utc(now)
    row = session.get(ReleaseNoticeRow, notice_id, with_for_update=True)
    if row is None or actor.recipient != row.recipient or actor.role not in RECIPIENT_ROLES:
        raise ReleaseError(f"no notice {notice_id}", code="not_found")
    try:
        t = WITHDRAWAL_NOTICE_MACHINE.check_transition(NoticeState(row.state), NoticeState.ATTESTED, (actor.role,))
    except TransitionRefused as exc:
        raise ReleaseError(str(exc), code="invalid_state") from None
    row.state = NoticeState.ATTESTED.value
    row.attested_at = now
    row.attested_by = actor.id
    session.add(row)
    session.flush()
    append_event(
        session,
        action=t.action,
        actor=actor.id,
        object_type=NOTICE_OBJECT_TYPE,
        object_id=notice_id,
        details={"recipient": row.recipient, "late": now > as_utc(row.deadline)},
    )
    return _notice_summary(row)


def mark_overdue(session: Session, *, now: datetime) -> list[str]:
    """Issued notices past their deadline -> overdue (system): new releases to the recipient are blocked."""
    now = _utc(now)
    out = []
    for row in session.exec(select(ReleaseNoticeRow).where(ReleaseNoticeRow.state == NoticeState.ISSUED.value)):
        if now > as_utc(row.deadline):
            t = WITHDRAWAL_NOTICE_MACHINE.check_transition(NoticeState.ISSUED, NoticeState.OVERDUE, (Role.SYSTEM,))
            row.state = NoticeState.OVERDUE.value
            session.add(row)
            session.flush()
            append_event(
                session,
                action=t.action,
                actor=SYSTEM.id,
                object_type=NOTICE_OBJECT_TYPE,
                object_id=row.notice_id,
                details={"recipient": row.recipient},
            )
            out.append(row.notice_id)
    return out
