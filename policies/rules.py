"""Enforcement rules (pure), as ``check_...`` (raises ``Refused``) / ``can_...`` (bool) pairs.

The gateway's services load the registry records and call these at each gate: ingest (opted-out or ineligible
subjects never enter the research store), dataset build (the opt-out digest is recorded), approval (refused if
opt-outs arrived since the build), and policy approval (two distinct privacy officers). Messages carry reason
codes, counts and opaque ids only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import ParamSpec

from policies.consent import OptOutRecord, active_optouts, optout_digest
from policies.eligibility import Item, exclusion_reason
from policies.policy import Policy
from policies.states import Role

P = ParamSpec("P")


class Refused(Exception):
    """A gate said no. ``code`` is a stable reason code; ``diagnostics()`` is safe to log and show."""

    def __init__(self, message: str, *, code: str, count: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.count = count

    def diagnostics(self) -> str:
        return f"{self.code}: {self}"


class OptedOut(Refused):
    pass


class NotEligible(Refused):
    pass


class StaleBuild(Refused):
    """Opt-outs arrived since the dataset was built: rebuild before approving."""


class ApprovalRefused(Refused):
    pass


class RoleRequired(Refused):
    pass


def _can(fn: Callable[P, None], *args: P.args, **kwargs: P.kwargs) -> bool:
    try:
        fn(*args, **kwargs)
    except Refused:
        return False
    return True


# -- who may act ---------------------------------------------------------------------------------------------

OPTOUT_RECORDERS = frozenset({Role.STAFF, Role.PRIVACY_OFFICER})
POLICY_AUTHORS = frozenset({Role.PRIVACY_OFFICER})


def check_can_record_optout(roles: Iterable[Role]) -> None:
    """Staff (and privacy officers) record opt-outs, revocations and verifications."""
    if not OPTOUT_RECORDERS.intersection(roles):
        raise RoleRequired("recording opt-outs needs the staff or privacy_officer role", code="role_required")


def can_record_optout(roles: Iterable[Role]) -> bool:
    return _can(check_can_record_optout, list(roles))


def check_can_propose_policy(roles: Iterable[Role]) -> None:
    if not POLICY_AUTHORS.intersection(roles):
        raise RoleRequired("proposing a policy needs the privacy_officer role", code="role_required")


def can_propose_policy(roles: Iterable[Role]) -> bool:
    return _can(check_can_propose_policy, list(roles))


# -- ingest -------------------------------------------------------------------------------------------------


def check_ingest_allowed(
    policy: Policy,
    registry_id: str,
    records: Iterable[OptOutRecord],
    at: datetime,
    item: Item | None = None,
) -> None:
    """Refuse a subject with an opt-out applicable to the policy's study in force at ``at`` (the processing
    time: an opt-out covers data collected before it too), then an item outside the policy's scope."""
    study = policy.study.approval_number
    mine = [r for r in records if r.registry_id == registry_id]
    if registry_id in active_optouts(mine, study, at):
        raise OptedOut("subject has an active opt-out for this study", code="opted_out")
    if item is not None:
        reason = exclusion_reason(policy, item)
        if reason is not None:
            raise NotEligible(f"item is outside the study scope ({reason.value})", code=reason.value)


def can_ingest(
    policy: Policy, registry_id: str, records: Iterable[OptOutRecord], at: datetime, item: Item | None = None
) -> bool:
    return _can(check_ingest_allowed, policy, registry_id, list(records), at, item)


# -- dataset build ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OptOutSnapshot:
    """What a dataset build records: the study's active opt-outs as known at build time, by digest."""

    study: str
    at: datetime
    digest: str
    count: int
    excluded: frozenset[str]

    def __repr__(self) -> str:  # the set of registry ids stays out of logs
        return f"OptOutSnapshot(study={self.study!r}, at={self.at.isoformat()}, digest={self.digest}, n={self.count})"


def build_snapshot(records: Iterable[OptOutRecord], study: str, at: datetime) -> OptOutSnapshot:
    active = active_optouts(records, study, at, known_at=at)
    return OptOutSnapshot(study, at, optout_digest(active, study), len(active), frozenset(active))


def check_cohort_clear(cohort: Iterable[str], snapshot: OptOutSnapshot) -> None:
    """Refuse a cohort (registry ids) that contains a subject excluded in the build's snapshot."""
    hits = sum(1 for rid in set(cohort) if rid in snapshot.excluded)
    if hits:
        raise OptedOut(f"{hits} subjects in the cohort have an active opt-out", code="cohort_opted_out", count=hits)


def can_build_with(cohort: Iterable[str], snapshot: OptOutSnapshot) -> bool:
    return _can(check_cohort_clear, list(cohort), snapshot)


# -- dataset approval ---------------------------------------------------------------------------------------


def optouts_since(records: Iterable[OptOutRecord], study: str, *, since: datetime, now: datetime) -> set[str]:
    """Subjects opted out of ``study`` at ``now`` (as recorded by ``now``) whom the registry as known at
    ``since`` did not exclude: what a build or release made at ``since`` may still contain. The withdrawal flow
    uses it after release (a release's build time as ``since``) to find the subjects to withdraw."""
    rs = list(records)
    return active_optouts(rs, study, now, known_at=now) - active_optouts(rs, study, since, known_at=since)


def check_approval_allowed(
    records: Iterable[OptOutRecord],
    study: str,
    *,
    built_at: datetime,
    build_digest: str,
    now: datetime,
) -> None:
    """Refuse approval when the registry changed against the build: (1) the recorded digest does not match the
    registry as it was known at build time (tampered record or digest), or (2) any subject has an opt-out in
    force now that the build did not exclude (a new opt-out, or one recorded late with an earlier received
    time). Revocations alone do not refuse: they only make the dataset smaller than it could be."""
    rs = list(records)
    at_build = active_optouts(rs, study, built_at, known_at=built_at)
    if optout_digest(at_build, study) != build_digest:
        raise StaleBuild("the build's opt-out digest does not match the registry at build time", code="digest_mismatch")
    new = optouts_since(rs, study, since=built_at, now=now)
    if new:
        raise StaleBuild(
            f"{len(new)} opt-outs arrived since the build; rebuild the dataset",
            code="optouts_since_build",
            count=len(new),
        )


def can_approve_build(
    records: Iterable[OptOutRecord], study: str, *, built_at: datetime, build_digest: str, now: datetime
) -> bool:
    return _can(check_approval_allowed, list(records), study, built_at=built_at, build_digest=build_digest, now=now)


def check_can_approve(
    approver: str,
    approver_roles: Iterable[Role],
    *,
    author: str,
    prior_approvers: Iterable[str] = (),
) -> None:
    """Two-person rule for anything a privacy officer approves (a policy version, a dataset): the approver is a
    privacy officer, is not the author/builder, and has not already approved it."""
    if Role.PRIVACY_OFFICER not in set(approver_roles):
        raise ApprovalRefused("approver is not a privacy officer", code="not_privacy_officer")
    if approver == author:
        raise ApprovalRefused("the author may not approve their own proposal", code="author_cannot_approve")
    if approver in set(prior_approvers):
        raise ApprovalRefused("this officer has already approved", code="already_approved")


def can_approve(
    approver: str, approver_roles: Iterable[Role], *, author: str, prior_approvers: Iterable[str] = ()
) -> bool:
    return _can(check_can_approve, approver, list(approver_roles), author=author, prior_approvers=list(prior_approvers))


def approvals_complete(approvers: Iterable[str], policy: Policy) -> bool:
    return len(set(approvers)) >= policy.release.approvals_required


def check_recipient_allowed(policy: Policy, recipient_id: str, data_kinds: Iterable[str], at: datetime) -> None:
    """A release goes only to a recipient the policy names, before its expiry, with data kinds it may get."""
    try:
        r = policy.recipient(recipient_id)
    except KeyError:
        raise ApprovalRefused("recipient is not named in the policy", code="unknown_recipient") from None
    if at.date() > r.expires:
        raise ApprovalRefused("recipient's agreement has expired", code="recipient_expired")
    extra = set(data_kinds) - set(r.data_kinds)
    if extra:
        raise ApprovalRefused(f"data kinds not allowed for this recipient: {sorted(extra)}", code="data_kind_denied")


def can_release_to(policy: Policy, recipient_id: str, data_kinds: Iterable[str], at: datetime) -> bool:
    return _can(check_recipient_allowed, policy, recipient_id, list(data_kinds), at)


def check_policy_current(build_policy_hash: str, active_policy_hash: str) -> None:
    """A dataset is approved and released only under the policy version it was built under: if the active
    version changed since the build (new recipients, rules, options), rebuild."""
    if build_policy_hash != active_policy_hash:
        raise StaleBuild("the active policy changed since the build; rebuild the dataset", code="policy_changed")


def can_approve_under(build_policy_hash: str, active_policy_hash: str) -> bool:
    return _can(check_policy_current, build_policy_hash, active_policy_hash)
