"""Lifecycle tables are complete and enforced (airlock-style completeness test)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from policies.states import (
    MACHINES,
    RELEASE_MACHINE,
    WITHDRAWAL_NOTICE_MACHINE,
    NoticeState,
    ReleaseState,
    Role,
    TransitionRefused,
    attestation_deadline,
    notice_is_overdue,
    recipient_blocked,
)


@pytest.mark.parametrize("machine", MACHINES, ids=lambda m: m.name)
def test_machine_is_complete(machine):
    states = set(machine.states)
    assert machine.initial in states and machine.terminal <= states
    assert machine.reachable() == states, "every state is reachable from the initial state"
    for s in states - machine.terminal:
        assert machine.targets(s), f"{s} is a dead end but not terminal"
    for s in machine.terminal:
        assert machine.targets(s) == (), f"terminal {s} has a way out"
    pairs = [(t.source, t.target) for t in machine.transitions]
    assert len(pairs) == len(set(pairs)), "duplicate transitions"
    actions = [t.action for t in machine.transitions] + [machine.initial_action]
    assert len(actions) == len(set(actions)), "each transition writes its own audit action"
    for t in machine.transitions:
        assert t.source in states and t.target in states and t.source != t.target
        assert t.owners and t.description
        assert t.action.count(".") == 1 and t.action == t.action.lower()


def test_release_lifecycle_matches_the_design():
    happy = [ReleaseState.DRAFT, ReleaseState.CHECKED, ReleaseState.APPROVED, ReleaseState.RELEASED]
    for a, b in itertools.pairwise(happy):
        assert RELEASE_MACHINE.find(a, b) is not None
    assert set(RELEASE_MACHINE.targets(ReleaseState.RELEASED)) == {
        ReleaseState.EXPIRED,
        ReleaseState.REVOKED,
        ReleaseState.SUPERSEDED,
    }
    # no skipping the approval, no resurrection
    assert RELEASE_MACHINE.find(ReleaseState.CHECKED, ReleaseState.RELEASED) is None
    assert RELEASE_MACHINE.find(ReleaseState.DRAFT, ReleaseState.APPROVED) is None
    assert RELEASE_MACHINE.find(ReleaseState.REVOKED, ReleaseState.RELEASED) is None


def test_check_and_can_pairs_agree():
    po, steward = [Role.PRIVACY_OFFICER], [Role.STEWARD]
    t = RELEASE_MACHINE.check_transition(ReleaseState.CHECKED, ReleaseState.APPROVED, po)
    assert t.action == "release.approved"
    assert RELEASE_MACHINE.can_transition(ReleaseState.CHECKED, ReleaseState.APPROVED, po)
    with pytest.raises(TransitionRefused) as ei:
        RELEASE_MACHINE.check_transition(ReleaseState.CHECKED, ReleaseState.APPROVED, steward)
    assert ei.value.code == "role_not_owner"
    assert not RELEASE_MACHINE.can_transition(ReleaseState.CHECKED, ReleaseState.APPROVED, steward)
    with pytest.raises(TransitionRefused) as ei:
        RELEASE_MACHINE.check_transition(ReleaseState.EXPIRED, ReleaseState.RELEASED, [Role.SYSTEM])
    assert ei.value.code == "invalid_transition"
    # a contractor cannot move its own release
    assert not any(
        RELEASE_MACHINE.can_transition(t.source, t.target, [Role.CONTRACTOR]) for t in RELEASE_MACHINE.transitions
    )


def test_withdrawal_notice_deadline_clock_travel():
    issued = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    deadline = attestation_deadline(issued, 30)
    assert deadline == issued + timedelta(days=30)
    assert not notice_is_overdue(NoticeState.ISSUED, deadline, deadline)
    assert notice_is_overdue(NoticeState.ISSUED, deadline, deadline + timedelta(seconds=1))
    assert not notice_is_overdue(NoticeState.ATTESTED, deadline, deadline + timedelta(days=1))
    m = WITHDRAWAL_NOTICE_MACHINE
    assert m.can_transition(NoticeState.ISSUED, NoticeState.OVERDUE, [Role.SYSTEM])
    assert not m.can_transition(NoticeState.ISSUED, NoticeState.OVERDUE, [Role.CONTRACTOR])
    assert m.can_transition(NoticeState.ISSUED, NoticeState.ATTESTED, [Role.CONTRACTOR])
    assert recipient_blocked([NoticeState.ATTESTED, NoticeState.OVERDUE])
    assert not recipient_blocked([NoticeState.ATTESTED, NoticeState.ISSUED])
    with pytest.raises(ValueError):
        attestation_deadline(issued.replace(tzinfo=None), 30)
