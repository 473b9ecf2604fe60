"""Policy versions: propose, approve (a second, distinct privacy officer), reject, read the active version.

Every dataset records the version and hash it was built under: call :func:`active_policy`. Each state change
writes its audit event (``policies.states.POLICY_VERSION_MACHINE``) in the caller's transaction; audit details
carry version numbers and hashes only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from audit import append_event
from gateway.store.governance import PolicyVersionRow, as_utc, utcnow
from policies.policy import Policy, PolicyError, canonical_yaml, parse_policy, policy_diff
from policies.rules import check_can_approve, check_can_propose_policy
from policies.states import POLICY_VERSION_MACHINE, PolicyVersionState, Role

OBJECT_TYPE = "policy_version"


class PolicyServiceError(Exception):
    """A refused policy operation. Messages carry version numbers, hashes and reason codes only."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


class NoActivePolicy(PolicyServiceError):
    pass


@dataclass(frozen=True)
class PolicyVersion:
    version: int
    content_hash: str
    state: PolicyVersionState
    author: str
    proposed_at: datetime
    base_version: int | None
    decided_by: str | None
    decided_at: datetime | None
    diff: str

    @property
    def label(self) -> str:
        return f"v{self.version}"


def _info(row: PolicyVersionRow) -> PolicyVersion:
    return PolicyVersion(
        version=row.version,
        content_hash=row.content_hash,
        state=PolicyVersionState(row.state),
        author=row.author,
        proposed_at=as_utc(row.proposed_at),
        base_version=row.base_version,
        decided_by=row.decided_by,
        decided_at=as_utc(row.decided_at) if row.decided_at else None,
        diff=row.diff,
    )


def _object_id(version: int) -> str:
    return f"v{version}"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _load(row: PolicyVersionRow) -> Policy:
    """Parse a stored version after checking its text is what was proposed (tamper check). The version keeps the
    content hash recorded at proposal even if option models have since gained defaults."""
    if _sha256(row.document) != row.document_sha256:
        raise PolicyServiceError(f"stored policy v{row.version} was altered", code="policy_document_altered")
    return parse_policy(row.document)


def _row(session: Session, version: int) -> PolicyVersionRow:
    row = session.get(PolicyVersionRow, version)
    if row is None:
        raise PolicyServiceError(f"no policy version v{version}", code="no_such_version")
    return row


def _active_row(session: Session) -> PolicyVersionRow | None:
    return session.exec(
        select(PolicyVersionRow).where(PolicyVersionRow.state == PolicyVersionState.ACTIVE.value)
    ).first()


def active_policy(session: Session) -> tuple[int, str, Policy]:
    """``(version, content_hash, policy)`` of the active version; ``NoActivePolicy`` if none was approved."""
    row = _active_row(session)
    if row is None:
        raise NoActivePolicy("no policy version has been approved yet", code="no_active_policy")
    return row.version, row.content_hash, _load(row)


def get_version(session: Session, version: int) -> tuple[PolicyVersion, Policy]:
    row = _row(session, version)
    return _info(row), _load(row)


def list_versions(session: Session) -> list[PolicyVersion]:
    return [_info(r) for r in session.exec(select(PolicyVersionRow).order_by(col(PolicyVersionRow.version)))]


def version_diff(session: Session, old: int | None, new: int) -> str:
    """Unified diff of the canonical YAML of two versions (``old`` None: against nothing)."""
    a = get_version(session, old)[1] if old is not None else None
    b = get_version(session, new)[1]
    return policy_diff(a, b, old_label=_object_id(old) if old else "(none)", new_label=_object_id(new))


def propose_policy(
    session: Session, policy: Policy | str, *, author: str, roles: Iterable[Role], now: datetime | None = None
) -> PolicyVersion:
    """Store ``policy`` as a new proposed version with its diff against the active version. Refuses a proposal
    identical to the active version."""
    check_can_propose_policy(roles)
    if isinstance(policy, str):
        policy = parse_policy(policy)
    now = as_utc(now or utcnow())
    active = _active_row(session)
    base = _load(active) if active is not None else None
    digest = policy.content_hash()
    if active is not None and active.content_hash == digest:
        raise PolicyServiceError(f"identical to the active version v{active.version}", code="no_change")
    latest = session.exec(select(func.max(PolicyVersionRow.version))).one()
    version = int(latest or 0) + 1
    document = canonical_yaml(policy)
    row = PolicyVersionRow(
        version=version,
        content_hash=digest,
        document=document,
        document_sha256=_sha256(document),
        diff=policy_diff(
            base,
            policy,
            old_label=_object_id(active.version) if active else "(none)",
            new_label=_object_id(version),
        ),
        base_version=active.version if active else None,
        state=POLICY_VERSION_MACHINE.initial.value,
        author=author,
        proposed_at=now,
    )
    session.add(row)
    session.flush()
    append_event(
        session,
        action=POLICY_VERSION_MACHINE.initial_action,
        actor=author,
        object_type=OBJECT_TYPE,
        object_id=_object_id(version),
        details={"content_hash": digest, "base_version": row.base_version},
    )
    return _info(row)


def _transition(
    session: Session,
    row: PolicyVersionRow,
    target: PolicyVersionState,
    *,
    actor: str,
    roles: Iterable[Role],
    now: datetime,
    details: dict[str, str | int | None] | None = None,
) -> None:
    t = POLICY_VERSION_MACHINE.check_transition(PolicyVersionState(row.state), target, roles)
    row.state = target.value
    if target in (PolicyVersionState.ACTIVE, PolicyVersionState.REJECTED):
        row.decided_by = actor
        row.decided_at = now
    session.add(row)
    append_event(
        session,
        action=t.action,
        actor=actor,
        object_type=OBJECT_TYPE,
        object_id=_object_id(row.version),
        details={"content_hash": row.content_hash, **(details or {})},
    )


def approve_policy(
    session: Session,
    version: int,
    *,
    approver: str,
    roles: Iterable[Role],
    now: datetime | None = None,
) -> PolicyVersion:
    """A second privacy officer (not the author) approves a proposal: it becomes the active version, the previous
    active version is superseded, and proposals made against an older base must be proposed again."""
    now = as_utc(now or utcnow())
    roles = tuple(roles)
    row = _row(session, version)
    if row.state != PolicyVersionState.PROPOSED.value:
        raise PolicyServiceError(f"v{version} is {row.state}, not proposed", code="not_proposed")
    check_can_approve(approver, roles, author=row.author)
    _load(row)  # refuses a tampered document
    previous = _active_row(session)
    if row.base_version != (previous.version if previous else None):
        raise PolicyServiceError(
            f"v{version} was proposed against another active version; propose it again", code="stale_base"
        )
    system = (Role.SYSTEM,)
    if previous is not None:
        _transition(
            session, previous, PolicyVersionState.SUPERSEDED, actor="system", roles=system, now=now,
            details={"superseded_by": version},
        )  # fmt: skip
        session.flush()
    _transition(session, row, PolicyVersionState.ACTIVE, actor=approver, roles=roles, now=now)
    pending = session.exec(
        select(PolicyVersionRow).where(
            PolicyVersionRow.state == PolicyVersionState.PROPOSED.value, PolicyVersionRow.version != version
        )
    ).all()
    for other in pending:
        _transition(
            session, other, PolicyVersionState.SUPERSEDED, actor="system", roles=system, now=now,
            details={"superseded_by": version},
        )  # fmt: skip
    session.flush()
    return _info(row)


def reject_policy(
    session: Session,
    version: int,
    *,
    officer: str,
    roles: Iterable[Role],
    now: datetime | None = None,
) -> PolicyVersion:
    row = _row(session, version)
    _transition(
        session, row, PolicyVersionState.REJECTED, actor=officer, roles=tuple(roles), now=as_utc(now or utcnow())
    )
    session.flush()
    return _info(row)


__all__ = [
    "NoActivePolicy",
    "PolicyError",
    "PolicyServiceError",
    "PolicyVersion",
    "active_policy",
    "approve_policy",
    "get_version",
    "list_versions",
    "propose_policy",
    "reject_policy",
    "version_diff",
]
