"""Withdrawal after release and the clock: opt-outs that arrive after a build, stale approvals, attestation
deadlines, expiry and revocation; on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pydicom
import pytest
import sqlalchemy as sa
from sqlmodel import select

from gateway.release import service as rs
from gateway.security.principal import Principal
from gateway.services.consent import record_optout as record
from gateway.services.consent import record_revocation, record_verification
from gateway.services.policy import approve_policy, propose_policy
from gateway.store.db import session_scope
from gateway.store.releases import ReleaseMemberRow
from policies.consent import Channel, OptOutKind
from policies.states import Role
from tests.support.research import World, make_world, record_optout, release_through
from trainer.release import ReleaseRefused, verify_release

PO1 = Principal("user:po-1", Role.PRIVACY_OFFICER)
PO2 = Principal("user:po-2", Role.PRIVACY_OFFICER)
STEWARD = Principal("user:steward-1", Role.STEWARD)
TRAINER = Principal("client:trainer-1", Role.TRAINER, recipient="trainer")
CONTRACTOR = Principal("client:contractor-a", Role.CONTRACTOR, recipient="contractor-a")
T0 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(db_url: str, sekisho_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> World:
    w = make_world(db_url, monkeypatch, tmp_path / "hospital", patients=24, seed=3)
    yield w
    w.engine.dispose()


def _members(world: World, rid: str) -> list[ReleaseMemberRow]:
    with session_scope(world.engine) as s:
        return list(s.exec(select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == rid)))


def _patient_in(world: World, rid: str) -> str:
    subject = _members(world, rid)[0].subject
    return next(pid for pid, p in world.fill.pseudonym_of.items() if p == subject)


def _status(world: World, rid: str) -> dict[str, object]:
    env = json.loads((world.settings.releases_dir / f"{rid}.status.dsse.json").read_bytes())
    return dict(json.loads(base64.b64decode(env["payload"])))


def test_withdrawal_after_release_notice_block_supersede_attest(world: World) -> None:
    rel = release_through(world, at=T0)
    rid = rel.release_id
    key = rs.public_key_hex(world.settings)
    root = rs.release_dir(world.settings, rid)
    verify_release(root, trusted_keys=[key], now=T0 + timedelta(hours=4))
    with session_scope(world.engine) as s:
        rs.record_training(s, rid, model_id="model:nodule-v1", actor=TRAINER, now=T0 + timedelta(hours=5))
    pid = _patient_in(world, rid)
    withdrawn = [m for m in _members(world, rid) if m.registry_id == world.fill.registry_of[pid]]
    t1 = T0 + timedelta(days=2)
    record_optout(world, pid, received_at=t1, recorded_at=t1)

    with session_scope(world.engine) as s:
        notices = rs.process_withdrawals(s, world.settings, now=t1 + timedelta(hours=1))
    assert len(notices) == 1
    n = notices[0]
    assert n.recipient == "trainer" and n.release_ids == (rid,) and n.state == "issued"
    assert n.pseudonyms == (withdrawn[0].recipient_subject,)
    assert n.models == ("model:nodule-v1",) and n.retrain_required is False
    assert n.deadline == t1 + timedelta(hours=1) + timedelta(days=world.policy.release.attestation_days)
    # the pseudonym in the notice is the recipient's: it is the PatientID in that subject's released DICOM
    dicom_paths = [p for m in withdrawn for p in m.paths if p.endswith(".dcm")]
    assert dicom_paths
    assert {str(pydicom.dcmread(root / p, stop_before_pixels=True).PatientID) for p in dicom_paths} == set(n.pseudonyms)

    with session_scope(world.engine) as s:
        blocked = rs.blocked_files(s, rid)
        again = rs.process_withdrawals(s, world.settings, now=t1 + timedelta(hours=2))
    assert set(dicom_paths) <= blocked and "data/records/records.jsonl" in blocked
    assert again == []  # idempotent: the same withdrawal is noticed once
    assert _status(world, rid)["withdrawn_subjects"] == list(n.pseudonyms)
    with pytest.raises(ReleaseRefused) as exc:
        verify_release(root, trusted_keys=[key], now=t1 + timedelta(hours=3))
    assert exc.value.reason == "withdrawn"

    # a superseding draft without the subject goes through checks and approval again
    with session_scope(world.engine) as s:
        drafts = rs.list_releases(s, recipient="trainer", states=["draft"])
    assert len(drafts) == 1 and drafts[0].supersedes == rid
    new = drafts[0].release_id
    assert world.fill.registry_of[pid] not in {m.registry_id for m in _members(world, new)}
    t2 = t1 + timedelta(days=1)
    with session_scope(world.engine) as s:
        assert rs.run_checks(s, world.settings, new, actor=STEWARD, now=t2).state == "checked"
    with session_scope(world.engine) as s:
        rs.approve(s, world.settings, new, actor=PO1, now=t2)
        rs.approve(s, world.settings, new, actor=PO2, now=t2)
    with session_scope(world.engine) as s:
        assert rs.publish(s, world.settings, new, actor=STEWARD, now=t2).state == "released"
        old = rs.get_release(s, rid)
    assert old.state == "superseded" and old.superseded_by == new
    verify_release(rs.release_dir(world.settings, new), trusted_keys=[key], now=t2 + timedelta(hours=1))
    with pytest.raises(ReleaseRefused):
        verify_release(root, trusted_keys=[key], now=t2 + timedelta(hours=1))

    # only the notice's recipient attests
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as err:
        rs.attest_deletion(s, world.settings, n.notice_id, actor=CONTRACTOR, now=t2)
    assert err.value.code == "not_found"
    with session_scope(world.engine) as s:
        done = rs.attest_deletion(s, world.settings, n.notice_id, actor=TRAINER, now=t2)
    assert done.state == "attested" and done.attested_by == TRAINER.id
    with session_scope(world.engine) as s:
        assert rs.list_notices(s, recipient="contractor-a") == []


def test_attestation_deadline_blocks_new_releases_until_attested(world: World) -> None:
    rel = release_through(world, at=T0)
    pid = _patient_in(world, rel.release_id)
    t1 = T0 + timedelta(days=1)
    record_optout(world, pid, received_at=t1, recorded_at=t1)
    with session_scope(world.engine) as s:
        (notice,) = rs.process_withdrawals(s, world.settings, now=t1)
    days = world.policy.release.attestation_days
    with session_scope(world.engine) as s:
        assert rs.mark_overdue(s, now=t1 + timedelta(days=days) - timedelta(minutes=1)) == []
    with session_scope(world.engine) as s:
        assert rs.mark_overdue(s, now=t1 + timedelta(days=days, minutes=1)) == [notice.notice_id]
    late = t1 + timedelta(days=days + 2)
    cohort = rs.CohortQuery(modalities=("CT",), array_size=32)
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.build_release(s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=late)
    assert exc.value.code == "blocked"
    # the superseding draft issued with the notice cannot be approved either while the notice is overdue
    with session_scope(world.engine) as s:
        (draft,) = rs.list_releases(s, recipient="trainer", states=["draft"])
        checked = rs.run_checks(s, world.settings, draft.release_id, actor=STEWARD, now=late)
    assert checked.state == "draft"
    assert [c.name for c in checked.checks if not c.passed] == ["recipient_allowed"]
    # other recipients are not blocked
    with session_scope(world.engine) as s:
        rs.build_release(s, world.settings, actor=STEWARD, recipient="contractor-a", cohort=cohort, now=late)
    with session_scope(world.engine) as s:
        attested = rs.attest_deletion(s, world.settings, notice.notice_id, actor=TRAINER, now=late)
    assert attested.state == "attested"
    with session_scope(world.engine) as s:
        rs.build_release(s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=late)
        actions = [r[0] for r in s.execute(sa.text("SELECT action FROM audit_events ORDER BY seq"))]
    assert "withdrawal.overdue" in actions and "withdrawal.attested_late" in actions


def test_optout_received_before_build_but_recorded_after_fails_the_checks(world: World) -> None:
    cohort = rs.CohortQuery(modalities=("CT",), array_size=32)
    with session_scope(world.engine) as s:
        built = rs.build_release(s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=T0)
    pid = _patient_in(world, built.release_id)
    # received at the counter a day before the build, typed in an hour after it
    record_optout(world, pid, received_at=T0 - timedelta(days=1), recorded_at=T0 + timedelta(hours=1))
    with session_scope(world.engine) as s:
        checked = rs.run_checks(s, world.settings, built.release_id, actor=STEWARD, now=T0 + timedelta(hours=2))
    assert checked.state == "draft"
    assert [c.name for c in checked.checks if not c.passed] == ["optout_current"]
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.approve(s, world.settings, built.release_id, actor=PO1, now=T0 + timedelta(hours=3))
    assert exc.value.code == "invalid_state"
    # a rebuild now excludes the subject
    with session_scope(world.engine) as s:
        rebuilt = rs.build_release(
            s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=T0 + timedelta(hours=3)
        )
    assert world.fill.registry_of[pid] not in {m.registry_id for m in _members(world, rebuilt.release_id)}


def test_stale_approval_is_refused_at_publish_and_revoked(world: World) -> None:
    rel = release_through(world, at=T0, publish=False)
    assert rel.state == "approved"
    pid = _patient_in(world, rel.release_id)
    t1 = T0 + timedelta(hours=2, minutes=30)
    record_optout(world, pid, received_at=t1, recorded_at=t1)
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.publish(s, world.settings, rel.release_id, actor=STEWARD, now=t1 + timedelta(minutes=5))
    assert exc.value.code == "optout_changed"
    assert not (rs.release_dir(world.settings, rel.release_id) / "release.json").exists()
    with session_scope(world.engine) as s:
        assert rs.process_withdrawals(s, world.settings, now=t1 + timedelta(minutes=10)) == []
        stale = rs.get_release(s, rel.release_id)
    assert stale.state == "revoked" and stale.reason_code == "optouts_since_build"


def test_optout_between_the_two_approvals_refuses_the_second(world: World) -> None:
    cohort = rs.CohortQuery(modalities=("CT",), array_size=32)
    with session_scope(world.engine) as s:
        rid = rs.build_release(s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=T0).release_id
        rs.run_checks(s, world.settings, rid, actor=STEWARD, now=T0)
        rs.approve(s, world.settings, rid, actor=PO1, now=T0 + timedelta(hours=1))
    record_optout(
        world, _patient_in(world, rid), received_at=T0 + timedelta(hours=2), recorded_at=T0 + timedelta(hours=2)
    )
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.approve(s, world.settings, rid, actor=PO2, now=T0 + timedelta(hours=3))
    assert exc.value.code == "optout_changed"


def test_policy_change_after_build_refuses_approval(world: World) -> None:
    cohort = rs.CohortQuery(modalities=("CT",), array_size=32)
    with session_scope(world.engine) as s:
        rid = rs.build_release(s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=T0).release_id
        rs.run_checks(s, world.settings, rid, actor=STEWARD, now=T0)
    changed = world.policy.model_copy(
        update={"release": world.policy.release.model_copy(update={"min_k": world.policy.release.min_k + 1})}
    )
    po = [Role.PRIVACY_OFFICER]
    with session_scope(world.engine) as s:
        propose_policy(s, changed, author="user:po-1", roles=po, now=T0 + timedelta(hours=1))
        approve_policy(s, 2, approver="user:po-2", roles=po, now=T0 + timedelta(hours=1))
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.approve(s, world.settings, rid, actor=PO1, now=T0 + timedelta(hours=2))
    assert exc.value.code == "policy_changed"


def test_expiry_and_revocation_reach_the_status_document(world: World) -> None:
    a = release_through(world, at=T0)
    key = rs.public_key_hex(world.settings)
    assert a.expires_at == datetime(2030, 7, 1, tzinfo=UTC)  # the trainer recipient's agreement ends 2030-06-30
    with session_scope(world.engine) as s:
        assert rs.expire_due(s, world.settings, now=datetime(2030, 6, 30, 23, 0, tzinfo=UTC)) == []
    with session_scope(world.engine) as s:
        assert rs.expire_due(s, world.settings, now=datetime(2030, 7, 1, 0, 0, tzinfo=UTC)) == [a.release_id]
    assert _status(world, a.release_id)["state"] == "expired"

    b = release_through(world, "contractor-a", at=T0)
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError):
        rs.revoke(s, world.settings, b.release_id, actor=PO1, reason_code="Name Of Patient", now=T0)
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.revoke(s, world.settings, b.release_id, actor=STEWARD, reason_code="agreement_breach", now=T0)
    assert exc.value.code == "refused"
    with session_scope(world.engine) as s:
        revoked = rs.revoke(
            s, world.settings, b.release_id, actor=PO1, reason_code="agreement_breach", now=T0 + timedelta(hours=4)
        )
    assert revoked.state == "revoked" and _status(world, b.release_id)["state"] == "revoked"
    with pytest.raises(ReleaseRefused) as refused:
        verify_release(rs.release_dir(world.settings, b.release_id), trusted_keys=[key], now=T0 + timedelta(hours=5))
    assert refused.value.reason == "revoked"


def test_audit_trail_carries_opaque_ids_only(world: World) -> None:
    rel = release_through(world, at=T0)
    pid = _patient_in(world, rel.release_id)
    t1 = T0 + timedelta(days=1)
    record_optout(world, pid, received_at=t1, recorded_at=t1)
    with session_scope(world.engine) as s:
        (notice,) = rs.process_withdrawals(s, world.settings, now=t1)
        rows = list(s.execute(sa.text("SELECT action, actor, object_type, object_id, details FROM audit_events")))
    text = "\n".join(" ".join(str(x) for x in r) for r in rows)
    for value in world.fill.identifiers:
        assert value not in text
    for raw_pid in world.fill.patient_ids:
        assert raw_pid not in text
    optout_events = [r for r in rows if str(r[0]).startswith("optout.")]
    assert optout_events
    for _, actor, _, object_id, _ in optout_events:
        assert str(object_id).startswith("oo-") and str(actor).startswith("user:")
    # the notice's audit event carries counts and release ids, not the list of pseudonyms
    notice_events = [r for r in rows if r[0] == "withdrawal.notice_issued"]
    assert len(notice_events) == 1 and json.loads(str(notice_events[0][4]))["subjects"] == len(notice.pseudonyms)
    assert not any(p in str(notice_events[0][4]) for p in notice.pseudonyms)
    actions = [str(r[0]) for r in rows]
    for action in ("release.built", "release.checked", "release.approval_recorded", "release.approved",
                   "release.signed", "withdrawal.notice_issued"):  # fmt: skip
        assert action in actions


def test_received_versus_verified_timing(world: World) -> None:
    """An opt-out counts from its receipt, verified or not (fail closed); a re-consent (revocation) lifts it only
    once verified, so a build between receipt and verification still leaves the subject out."""

    first = release_through(world, at=T0)
    pid = _patient_in(world, first.release_id)
    members = {m.registry_id for m in _members(world, first.release_id)}
    other = next(p for p in world.fill.patient_ids if p != pid and world.fill.registry_of[p] in members)
    staff = [Role.STAFF]
    t1 = T0 + timedelta(days=1)
    with session_scope(world.engine) as s:
        unverified = record(
            s, registry_id=world.fill.registry_of[pid], kind=OptOutKind.STUDY, study=world.fill.study,
            channel=Channel.MAIL, received_at=t1, recorded_by="user:staff-1", roles=staff, now=t1,
        )  # fmt: skip
        verified = record(
            s, registry_id=world.fill.registry_of[other], kind=OptOutKind.BLANKET, study=None, channel=Channel.COUNTER,
            received_at=t1, recorded_by="user:staff-1", roles=staff, verifier="user:staff-1", verified_at=t1, now=t1,
        )  # fmt: skip
    # re-consent of `other`: received on day 2, identity verified only on day 5
    with session_scope(world.engine) as s:
        record_revocation(
            s, target=verified.record_id, channel=Channel.COUNTER, received_at=t1 + timedelta(days=1),
            recorded_by="user:staff-1", roles=staff, now=t1 + timedelta(days=1),
        )  # fmt: skip
    cohort = rs.CohortQuery(modalities=("CT",), array_size=32)
    with session_scope(world.engine) as s:
        (notice,) = rs.process_withdrawals(s, world.settings, now=t1 + timedelta(days=2))
    # both count as withdrawn: the unverified opt-out, and the blanket one whose revocation is not yet verified
    assert len(notice.pseudonyms) == 2
    with session_scope(world.engine) as s:
        mid = rs.build_release(
            s, world.settings, actor=STEWARD, recipient="contractor-a", cohort=cohort, now=t1 + timedelta(days=3)
        )
    mid_ids = {m.registry_id for m in _members(world, mid.release_id)}
    assert world.fill.registry_of[pid] not in mid_ids and world.fill.registry_of[other] not in mid_ids
    with session_scope(world.engine) as s:
        rev = next(r for r in rs.consent.load_records(s) if r.target == verified.record_id)
        record_verification(
            s, target=rev.record_id, verifier="user:staff-2", verified_at=t1 + timedelta(days=4),
            recorded_by="user:staff-2", roles=staff, now=t1 + timedelta(days=4),
        )  # fmt: skip
    with session_scope(world.engine) as s:
        late = rs.build_release(
            s, world.settings, actor=STEWARD, recipient="contractor-a", cohort=cohort, now=t1 + timedelta(days=5)
        )
    late_ids = {m.registry_id for m in _members(world, late.release_id)}
    assert world.fill.registry_of[pid] not in late_ids
    assert unverified.verified_at is None
    # once verified, the re-consent lifts the blanket opt-out: the subject may be released again
    with session_scope(world.engine) as s:
        active = rs.consent.active_set(s, world.fill.study, t1 + timedelta(days=5))
    assert world.fill.registry_of[other] not in active and world.fill.registry_of[pid] in active
