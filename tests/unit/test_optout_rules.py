"""Pure opt-out rules with clock travel: received vs recorded vs verified, revocation ordering, stale builds."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from policies.consent import (
    AgentRelation,
    Channel,
    OptOutKind,
    OptOutRecord,
    RecordAction,
    RecordRefused,
    Requester,
    active_optouts,
    can_record,
    check_record_allowed,
    fhir_consent,
    is_excluded,
    optout_digest,
)
from policies.eligibility import Item
from policies.policy import default_policy
from policies.rules import (
    NotEligible,
    OptedOut,
    RoleRequired,
    StaleBuild,
    build_snapshot,
    can_approve_build,
    can_approve_under,
    can_ingest,
    can_propose_policy,
    can_record_optout,
    check_approval_allowed,
    check_can_approve,
    check_can_record_optout,
    check_cohort_clear,
    check_ingest_allowed,
    check_policy_current,
    check_recipient_allowed,
    optouts_since,
)
from policies.states import Role

STUDY = "2017-0018"
OTHER = "2019-0042"
T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)
D = timedelta(days=1)
A, B, C = "P" + "A" * 20, "P" + "B" * 20, "R" + "C" * 20
_ids = itertools.count(1)


def rec(action=RecordAction.OPTOUT, *, rid=A, received=T0, recorded=None, **kw) -> OptOutRecord:
    if action is RecordAction.OPTOUT:
        kw.setdefault("kind", OptOutKind.STUDY)
        if kw["kind"] is not OptOutKind.BLANKET:
            kw.setdefault("study", STUDY)
    return OptOutRecord(
        record_id=kw.pop("record_id", f"oo-{next(_ids)}"),
        registry_id=rid,
        action=action,
        channel=kw.pop("channel", Channel.COUNTER),
        received_at=received,
        recorded_at=recorded or received,
        recorded_by="user:staff-1",
        **kw,
    )


def revoke(target: OptOutRecord, received, *, verified=None, recorded=None) -> OptOutRecord:
    kw = {"verified_at": verified, "verifier": "user:staff-2"} if verified else {}
    return rec(
        RecordAction.REVOKE, rid=target.registry_id, received=received, recorded=recorded, target=target.record_id, **kw
    )


def test_scopes_blanket_study_stop_use():
    recs = [
        rec(rid=A, kind=OptOutKind.BLANKET),
        rec(rid=B, kind=OptOutKind.STUDY, study=OTHER),
        rec(rid=C, kind=OptOutKind.STOP_USE, study=None),
    ]
    assert active_optouts(recs, STUDY, T0) == {A, C}
    assert active_optouts(recs, OTHER, T0) == {A, B, C}
    assert is_excluded(A, recs, "2099-0001", T0) and not is_excluded(B, recs, STUDY, T0)


def test_effective_from_received_time_not_recorded_time():
    late = rec(received=T0, recorded=T0 + 3 * D)  # a letter received on day 0, keyed in on day 3
    assert A in active_optouts([late], STUDY, T0)  # as we know it now: in force since receipt
    assert A not in active_optouts([late], STUDY, T0 - timedelta(seconds=1))
    # as known on day 1 the registry did not have it yet
    assert A not in active_optouts([late], STUDY, T0 + D, known_at=T0 + D)
    assert A in active_optouts([late], STUDY, T0 + D, known_at=T0 + 3 * D)


def test_optout_is_enforced_before_verification():
    unverified = rec()
    assert unverified.verified_at is None
    assert A in active_optouts([unverified], STUDY, T0)


def test_revocation_waits_for_verification():
    opt = rec(received=T0)
    rv = revoke(opt, T0 + D)  # received on day 1, not verified
    assert A in active_optouts([opt, rv], STUDY, T0 + 10 * D)
    verify = rec(
        RecordAction.VERIFY, received=T0 + D, recorded=T0 + 5 * D, target=rv.record_id,
        verified_at=T0 + 4 * D, verifier="user:staff-2",
    )  # fmt: skip
    records = [opt, rv, verify]
    assert A in active_optouts(records, STUDY, T0 + 4 * D - H)
    assert A not in active_optouts(records, STUDY, T0 + 4 * D)
    # inline verification before receipt cannot lift it earlier than receipt
    rv2 = revoke(opt, T0 + 2 * D, verified=T0 + 2 * D)
    assert A in active_optouts([opt, rv2], STUDY, T0 + 2 * D - H)
    assert A not in active_optouts([opt, rv2], STUDY, T0 + 2 * D)


def test_re_optout_after_revocation_is_a_new_record_and_history_is_kept():
    first = rec(received=T0)
    rv = revoke(first, T0 + D, verified=T0 + D)
    second = rec(received=T0 + 2 * D)
    records = [first, rv, second]
    assert [A in active_optouts(records, STUDY, t) for t in (T0, T0 + D, T0 + 2 * D)] == [True, False, True]


def test_revoking_one_scope_leaves_the_other():
    blanket = rec(kind=OptOutKind.BLANKET)
    study = rec(received=T0 + H)
    rv = revoke(blanket, T0 + D, verified=T0 + D)
    assert active_optouts([blanket, study, rv], STUDY, T0 + 2 * D) == {A}
    assert active_optouts([blanket, study, rv], OTHER, T0 + 2 * D) == set()


def test_record_checks_refuse_bad_ordering_and_shapes():
    opt = rec(received=T0)
    with pytest.raises(RecordRefused, match="received before"):
        check_record_allowed(revoke(opt, T0 - H), [opt])
    rv = revoke(opt, T0 + H)
    check_record_allowed(rv, [opt])
    with pytest.raises(RecordRefused, match="already revoked"):
        check_record_allowed(revoke(opt, T0 + 2 * H), [opt, rv])
    with pytest.raises(RecordRefused, match="not an opt-out"):
        check_record_allowed(revoke(rv, T0 + 2 * H), [opt, rv])
    with pytest.raises(RecordRefused, match="does not exist"):
        check_record_allowed(rec(RecordAction.REVOKE, target="oo-missing"), [opt])
    with pytest.raises(RecordRefused, match="another subject"):
        check_record_allowed(rec(RecordAction.REVOKE, rid=B, target=opt.record_id, received=T0 + H), [opt])
    assert not can_record(opt, [opt])  # duplicate id
    with pytest.raises(ValidationError):
        rec(received=T0 + H, recorded=T0)  # received in the future of its own recording
    with pytest.raises(ValidationError):
        rec(kind=OptOutKind.STUDY, study=None)
    with pytest.raises(ValidationError):
        rec(kind=OptOutKind.BLANKET, study=STUDY)
    with pytest.raises(ValidationError):
        rec(requester=Requester.AGENT, agent_relation=AgentRelation.PARENT)  # no opaque reference
    with pytest.raises(ValidationError):
        rec(requester=Requester.AGENT, agent_relation=AgentRelation.PARENT, agent_ref="山田 花子")  # a name
    with pytest.raises(ValidationError):
        rec(rid="12345678")  # a raw patient ID is not a registry id
    with pytest.raises(ValidationError):
        rec(received=T0.replace(tzinfo=None))


def test_digest_depends_only_on_study_and_set():
    assert optout_digest([B, A, A], STUDY) == optout_digest({A, B}, STUDY)
    assert optout_digest({A}, STUDY) != optout_digest({A, B}, STUDY)
    assert optout_digest({A}, STUDY) != optout_digest({A}, OTHER)
    assert optout_digest(set(), STUDY).startswith("sha256:")


def test_ingest_gate():
    policy = default_policy()
    records = [rec(rid=A, received=T0)]
    with pytest.raises(OptedOut) as ei:
        check_ingest_allowed(policy, A, records, T0 + H)
    assert A not in ei.value.diagnostics()
    assert can_ingest(policy, A, records, T0 - H)  # before receipt
    assert can_ingest(policy, B, records, T0 + H)
    with pytest.raises(NotEligible) as ne:
        check_ingest_allowed(policy, B, records, T0, Item(None, "images", "CT"))
    assert ne.value.code == "no_exam_date"


def test_approval_refused_when_optouts_arrived_since_build():
    built = T0 + D
    base = [rec(rid=A, received=T0)]
    snap = build_snapshot(base, STUDY, built)
    assert snap.excluded == {A} and A not in repr(snap)
    check_cohort_clear([B, C], snap)
    with pytest.raises(OptedOut):
        check_cohort_clear([A, B], snap)
    # nothing new: approval allowed, even days later
    check_approval_allowed(base, STUDY, built_at=built, build_digest=snap.digest, now=built + 5 * D)
    # a new opt-out after the build
    new = [*base, rec(rid=B, received=built + H)]
    with pytest.raises(StaleBuild) as ei:
        check_approval_allowed(new, STUDY, built_at=built, build_digest=snap.digest, now=built + 2 * H)
    assert ei.value.code == "optouts_since_build" and ei.value.count == 1
    # approving *before* it was received is still fine (clock travel)
    assert can_approve_build(new, STUDY, built_at=built, build_digest=snap.digest, now=built + H / 2)
    # a late-keyed opt-out received before the build: the build could not know it, approval must
    backdated = [*base, rec(rid=C, received=T0 + H, recorded=built + 3 * H)]
    assert not can_approve_build(backdated, STUDY, built_at=built, build_digest=snap.digest, now=built + 4 * H)
    # an opt-out for another study does not make this build stale
    other = [*base, rec(rid=B, received=built + H, study=OTHER)]
    check_approval_allowed(other, STUDY, built_at=built, build_digest=snap.digest, now=built + 2 * H)
    # a revocation since the build does not refuse (the dataset is only smaller)
    revoked = [*base, revoke(base[0], built + H, verified=built + H)]
    check_approval_allowed(revoked, STUDY, built_at=built, build_digest=snap.digest, now=built + 2 * H)
    # a digest that does not match the registry at build time is refused
    with pytest.raises(StaleBuild) as ei:
        check_approval_allowed(base, STUDY, built_at=built, build_digest=optout_digest(set(), STUDY), now=built)
    assert ei.value.code == "digest_mismatch"


def test_two_person_rule():
    po = [Role.PRIVACY_OFFICER]
    check_can_approve("user:po-2", po, author="user:po-1")
    for approver, roles, prior, code in [
        ("user:po-1", po, [], "author_cannot_approve"),
        ("user:st-1", [Role.STEWARD], [], "not_privacy_officer"),
        ("user:po-2", po, ["user:po-2"], "already_approved"),
    ]:
        with pytest.raises(Exception) as ei:
            check_can_approve(approver, roles, author="user:po-1", prior_approvers=prior)
        assert ei.value.code == code


def test_recipient_rules():
    p = default_policy()
    check_recipient_allowed(p, "contractor-a", ["images"], datetime(2026, 1, 1, tzinfo=UTC))
    for rid, kinds, at, code in [
        ("nobody", ["images"], datetime(2026, 1, 1, tzinfo=UTC), "unknown_recipient"),
        ("contractor-a", ["lab"], datetime(2026, 1, 1, tzinfo=UTC), "data_kind_denied"),
        ("contractor-b", ["images"], datetime(2027, 1, 1, tzinfo=UTC), "recipient_expired"),
    ]:
        with pytest.raises(Exception) as ei:
            check_recipient_allowed(p, rid, kinds, at)
        assert ei.value.code == code


def test_fhir_consent_deny_with_provision_and_status_over_time():
    agent = rec(
        kind=OptOutKind.STOP_USE, requester=Requester.AGENT, agent_relation=AgentRelation.PARENT, agent_ref="form-0012",
        channel=Channel.MAIL,
    )  # fmt: skip
    rv = revoke(agent, T0 + D, verified=T0 + 2 * D)
    kw = {"study_title": "AIを用いた画像診断支援", "organization": "関所総合病院"}
    before = fhir_consent(agent, [agent, rv], at=T0 + D, **kw)
    assert before["resourceType"] == "Consent" and before["decision"] == "deny" and before["status"] == "active"
    prov = before["provision"][0]
    assert prov["purpose"][0]["code"] == STUDY
    assert prov["action"][0]["coding"][0]["code"] == "use"
    assert prov["period"] == {"start": "2026-04-01T09:00:00Z"}
    assert before["subject"]["identifier"]["value"] == A
    assert before["grantor"][0]["identifier"]["value"] == "form-0012"
    after = fhir_consent(agent, [agent, rv], at=T0 + 3 * D, **kw)
    assert after["status"] == "inactive" and after["period"]["end"] == "2026-04-03T09:00:00Z"
    with pytest.raises(ValueError):
        fhir_consent(rv, [agent, rv], at=T0, **kw)


def test_optouts_since_finds_subjects_to_withdraw_after_release():
    released_at = T0 + D
    base = rec(rid=A, received=T0)
    late_keyed = rec(rid=B, received=T0 + H, recorded=released_at + D)  # received before, keyed in after
    after = rec(rid=C, received=released_at + 2 * D, kind=OptOutKind.STOP_USE, study=None)
    other_study = rec(rid=B, received=released_at + H, study=OTHER)
    records = [base, late_keyed, after, other_study]
    assert optouts_since(records, STUDY, since=released_at, now=released_at + 3 * D) == {B, C}
    assert optouts_since(records, STUDY, since=released_at, now=released_at + H) == set()
    assert optouts_since(records, OTHER, since=released_at, now=released_at + 3 * D) == {B, C}


def test_who_may_record_and_propose():
    assert can_record_optout([Role.STAFF]) and can_record_optout([Role.PRIVACY_OFFICER])
    for roles in ([], [Role.CONTRACTOR], [Role.STEWARD], [Role.TRAINER], [Role.AUDITOR]):
        assert not can_record_optout(roles)
        with pytest.raises(RoleRequired):
            check_can_record_optout(roles)
    assert can_propose_policy([Role.PRIVACY_OFFICER]) and not can_propose_policy([Role.STAFF])


def test_a_build_under_an_older_policy_is_stale():
    p = default_policy()
    check_policy_current(p.content_hash(), p.content_hash())
    changed = p.model_copy(update={"release": p.release.model_copy(update={"min_k": 10})})
    assert not can_approve_under(p.content_hash(), changed.content_hash())
    with pytest.raises(StaleBuild) as ei:
        check_policy_current(p.content_hash(), changed.content_hash())
    assert ei.value.code == "policy_changed"
