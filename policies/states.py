"""Lifecycles as data: every valid transition, who may make it, and the audit action it writes.

Services never change a state by assignment: they ask the machine (``check_transition`` raises,
``can_transition`` answers) and write the transition's audit action in the same transaction as the change.
``tests/unit/test_policy_states.py`` checks that each machine is complete: every state reachable, every
non-terminal state has a way out, terminal states have none, every transition has an owner and an action.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum


class Role(StrEnum):
    PRIVACY_OFFICER = "privacy_officer"
    STAFF = "staff"
    STEWARD = "steward"
    CONTRACTOR = "contractor"
    TRAINER = "trainer"
    AUDITOR = "auditor"
    CUSTODIAN = "custodian"
    SYSTEM = "system"


RECIPIENT_ROLES = frozenset({Role.CONTRACTOR, Role.TRAINER})


class ReleaseState(StrEnum):
    DRAFT = "draft"  # built, not yet checked
    CHECKED = "checked"  # automatic checks passed (k, verifier, opt-out digest)
    APPROVED = "approved"  # approvals_required distinct privacy officers approved
    RELEASED = "released"  # signed and available to its recipient
    EXPIRED = "expired"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"


class NoticeState(StrEnum):
    """A withdrawal notice to one recipient: delete these subjects' objects by the deadline."""

    ISSUED = "issued"
    ATTESTED = "attested"
    OVERDUE = "overdue"  # deadline passed without attestation: new releases to the recipient are blocked


class PolicyVersionState(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class Transition:
    source: StrEnum
    target: StrEnum
    owners: frozenset[Role]
    action: str  # audit action written with the change
    description: str


class TransitionRefused(Exception):
    """An invalid transition or a role that does not own it. Messages carry state names and roles only."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code

    def diagnostics(self) -> str:
        return f"{self.code}: {self}"


@dataclass(frozen=True)
class StateMachine:
    name: str
    states: tuple[StrEnum, ...]
    initial: StrEnum
    terminal: frozenset[StrEnum]
    transitions: tuple[Transition, ...]
    initial_action: str  # audit action written when an object is created in ``initial``

    def find(self, source: StrEnum, target: StrEnum) -> Transition | None:
        for t in self.transitions:
            if t.source == source and t.target == target:
                return t
        return None

    def targets(self, source: StrEnum) -> tuple[StrEnum, ...]:
        return tuple(t.target for t in self.transitions if t.source == source)

    def check_transition(self, source: StrEnum, target: StrEnum, roles: Iterable[Role]) -> Transition:
        """Return the transition, or raise ``TransitionRefused`` (invalid move, or no owning role)."""
        t = self.find(source, target)
        if t is None:
            raise TransitionRefused(
                f"{self.name}: no transition {source.value} -> {target.value}", code="invalid_transition"
            )
        if not t.owners.intersection(roles):
            owners = ", ".join(sorted(r.value for r in t.owners))
            raise TransitionRefused(
                f"{self.name}: {source.value} -> {target.value} needs role {owners}", code="role_not_owner"
            )
        return t

    def can_transition(self, source: StrEnum, target: StrEnum, roles: Iterable[Role]) -> bool:
        try:
            self.check_transition(source, target, roles)
        except TransitionRefused:
            return False
        return True

    def reachable(self) -> set[StrEnum]:
        seen = {self.initial}
        frontier = [self.initial]
        while frontier:
            s = frontier.pop()
            for nxt in self.targets(s):
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        return seen


_PO = frozenset({Role.PRIVACY_OFFICER})
_SYS = frozenset({Role.SYSTEM})
R = ReleaseState

RELEASE_MACHINE = StateMachine(
    name="release",
    states=tuple(ReleaseState),
    initial=R.DRAFT,
    terminal=frozenset({R.EXPIRED, R.REVOKED, R.SUPERSEDED}),
    initial_action="release.built",
    transitions=(
        Transition(
            R.DRAFT,
            R.CHECKED,
            frozenset({Role.STEWARD, Role.SYSTEM}),
            "release.checked",
            "automatic checks passed: k, verifier, eligibility, opt-out digest recorded",
        ),
        Transition(R.DRAFT, R.REVOKED, _PO | {Role.STEWARD}, "release.discarded", "draft abandoned"),
        Transition(
            R.CHECKED,
            R.APPROVED,
            _PO,
            "release.approved",
            "the last required approval by a distinct privacy officer (check_approval_allowed passed)",
        ),
        Transition(R.CHECKED, R.REVOKED, _PO, "release.rejected", "an officer rejected the dataset"),
        Transition(
            R.APPROVED,
            R.RELEASED,
            frozenset({Role.SYSTEM, Role.STEWARD}),
            "release.signed",
            "signed per recipient and published",
        ),
        Transition(
            R.APPROVED,
            R.REVOKED,
            _PO | _SYS,
            "release.approval_stale",
            "opt-outs arrived after approval and before signing",
        ),
        Transition(R.RELEASED, R.EXPIRED, _SYS, "release.expired", "the recipient's expiry passed"),
        Transition(R.RELEASED, R.REVOKED, _PO, "release.revoked", "an officer revoked the release"),
        Transition(
            R.RELEASED,
            R.SUPERSEDED,
            _PO | _SYS,
            "release.superseded",
            "a superseding release (e.g. without withdrawn subjects) replaced it",
        ),
    ),
)

N = NoticeState
_RECIPIENT = frozenset(RECIPIENT_ROLES)

WITHDRAWAL_NOTICE_MACHINE = StateMachine(
    name="withdrawal_notice",
    states=tuple(NoticeState),
    initial=N.ISSUED,
    terminal=frozenset({N.ATTESTED}),
    initial_action="withdrawal.notice_issued",
    transitions=(
        Transition(
            N.ISSUED,
            N.ATTESTED,
            _RECIPIENT,
            "withdrawal.attested",
            "the recipient attested deletion of the listed subjects by the deadline",
        ),
        Transition(
            N.ISSUED,
            N.OVERDUE,
            _SYS,
            "withdrawal.overdue",
            "the deadline passed: new releases to this recipient are blocked",
        ),
        Transition(
            N.OVERDUE,
            N.ATTESTED,
            _RECIPIENT,
            "withdrawal.attested_late",
            "late attestation: the block on new releases lifts; the lateness stays in the audit log",
        ),
    ),
)

V = PolicyVersionState

POLICY_VERSION_MACHINE = StateMachine(
    name="policy_version",
    states=tuple(PolicyVersionState),
    initial=V.PROPOSED,
    terminal=frozenset({V.REJECTED, V.SUPERSEDED}),
    initial_action="policy.proposed",
    transitions=(
        Transition(
            V.PROPOSED,
            V.ACTIVE,
            _PO,
            "policy.approved",
            "a second privacy officer (not the author) approved; the version becomes active",
        ),
        Transition(V.PROPOSED, V.REJECTED, _PO, "policy.rejected", "an officer rejected the proposal"),
        Transition(
            V.PROPOSED,
            V.SUPERSEDED,
            _SYS,
            "policy.proposal_superseded",
            "another version was activated while this one waited",
        ),
        Transition(V.ACTIVE, V.SUPERSEDED, _SYS, "policy.superseded", "a newer version became active"),
    ),
)

MACHINES: tuple[StateMachine, ...] = (RELEASE_MACHINE, WITHDRAWAL_NOTICE_MACHINE, POLICY_VERSION_MACHINE)


def attestation_deadline(issued_at: datetime, attestation_days: int) -> datetime:
    """Deadline for a withdrawal notice issued at ``issued_at`` (policy ``release.attestation_days``)."""
    if issued_at.tzinfo is None:
        raise ValueError("issued_at must be timezone-aware")
    return issued_at.astimezone(UTC) + timedelta(days=attestation_days)


def notice_is_overdue(state: NoticeState, deadline: datetime, now: datetime) -> bool:
    """True when an issued notice has passed its deadline (the system should move it to ``overdue``)."""
    return state is NoticeState.ISSUED and now > deadline


def recipient_blocked(notice_states: Iterable[NoticeState]) -> bool:
    """A recipient with any overdue notice receives no new release."""
    return any(s is NoticeState.OVERDUE for s in notice_states)
