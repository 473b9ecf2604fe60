"""The opt-out registry on SQLite and PostgreSQL: append-only, audited in the same transaction, PHI-free."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from gateway.services import consent
from gateway.store.db import session_scope
from gateway.store.migrate import upgrade
from linkage_vault.keyed import KeyedFunctions
from policies.consent import AgentRelation, Channel, OptOutKind, RecordRefused, Requester
from policies.eligibility import Item
from policies.policy import default_policy
from policies.rules import NotEligible, OptedOut, RoleRequired, StaleBuild
from policies.states import Role

PLANTED_PID = "0012345678"
PLANTED_NAME = "山田花子"
PLANTED_AGENT = "山田太郎"
STUDY = "2017-0018"
T0 = datetime(2026, 4, 1, 0, 0, tzinfo=UTC)
H = timedelta(hours=1)
STAFF = (Role.STAFF,)
KEYS = KeyedFunctions(b"r" * 32, b"d" * 32, b"u" * 32, namespace="registry")


def _dump(engine, table: str) -> str:
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT * FROM {table}")).fetchall()
    return json.dumps([[str(v) for v in r] for r in rows], ensure_ascii=False)


@pytest.fixture
def migrated(engine):
    upgrade(engine)
    return engine


def test_registry_id_is_keyed_and_study_independent():
    rid = consent.registry_id(PLANTED_PID, KEYS)
    assert rid != PLANTED_PID and PLANTED_PID not in rid and rid.startswith("P") and len(rid) == 21
    assert consent.registry_id(" " + PLANTED_PID + " ", KEYS) == rid
    other_key = KeyedFunctions(b"x" * 32, b"d" * 32, b"u" * 32, namespace="registry")
    assert consent.registry_id(PLANTED_PID, other_key) != rid
    with pytest.raises(ValueError):
        consent.registry_id(PLANTED_PID, KeyedFunctions(b"r" * 32, b"d" * 32, b"u" * 32, namespace=STUDY))


def test_optout_lifecycle_audit_carries_only_opaque_ids(migrated):
    engine = migrated
    rid = consent.registry_id(PLANTED_PID, KEYS)
    with session_scope(engine) as s:
        opt = consent.record_optout(
            s, registry_id=rid, kind=OptOutKind.STOP_USE, study=STUDY, channel=Channel.MAIL, received_at=T0,
            recorded_by="user:staff-1", roles=STAFF, requester=Requester.AGENT, agent_relation=AgentRelation.CHILD,
            agent_ref="form-2026-0012", now=T0 + 2 * H,
        )  # fmt: skip
    with session_scope(engine) as s:
        rv = consent.record_revocation(
            s, target=opt.record_id, channel=Channel.COUNTER, received_at=T0 + 24 * H, recorded_by="user:staff-1",
            roles=STAFF, now=T0 + 25 * H,
        )  # fmt: skip
        ver = consent.record_verification(
            s, target=rv.record_id, verifier="user:staff-2", verified_at=T0 + 48 * H, recorded_by="user:staff-2",
            roles=STAFF, now=T0 + 49 * H,
        )  # fmt: skip
    with session_scope(engine) as s:
        history = consent.load_records(s, rid)
        assert [r.record_id for r in history] == [opt.record_id, rv.record_id, ver.record_id]
        assert consent.active_set(s, STUDY, T0 + 47 * H) == {rid}  # revocation not yet verified
        assert consent.active_set(s, STUDY, T0 + 48 * H) == set()
        bundle = consent.fhir_bundle(s, default_policy(), at=T0 + 12 * H)
    consent_res = bundle["entry"][0]["resource"]
    assert bundle["resourceType"] == "Bundle" and len(bundle["entry"]) == 1
    assert consent_res["decision"] == "deny" and consent_res["status"] == "active"
    with engine.connect() as conn:
        events = conn.execute(text("SELECT action, actor, object_type, object_id FROM audit_events ORDER BY seq")).all()
    assert [tuple(e) for e in events] == [
        ("optout.recorded", "user:staff-1", "optout_record", opt.record_id),
        ("optout.revoked", "user:staff-1", "optout_record", opt.record_id),
        ("optout.verified", "user:staff-2", "optout_record", rv.record_id),
    ]
    trail = _dump(engine, "audit_events")
    registry = _dump(engine, "governance_optout_record")
    for planted in (PLANTED_PID, PLANTED_NAME, PLANTED_AGENT):
        assert planted not in trail and planted not in registry
    assert rid not in trail  # the audit names records, not subjects
    assert "form-2026-0012" in registry and "child" in registry


def test_registry_is_append_only_in_the_database(migrated):
    engine = migrated
    with session_scope(engine) as s:
        consent.record_optout(
            s, registry_id=consent.registry_id(PLANTED_PID, KEYS), kind=OptOutKind.BLANKET, study=None,
            channel=Channel.PHONE, received_at=T0, recorded_by="user:staff-1", roles=STAFF, now=T0,
        )  # fmt: skip
    for stmt in (
        "UPDATE governance_optout_record SET kind = 'study'",
        "DELETE FROM governance_optout_record",
    ):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(stmt))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT kind FROM governance_optout_record")).scalar_one() == "blanket"


def test_refused_or_rolled_back_records_leave_no_trace(migrated):
    engine = migrated
    rid = consent.registry_id(PLANTED_PID, KEYS)
    with pytest.raises(RecordRefused), session_scope(engine) as s:
        consent.record_revocation(
            s, target="oo-does-not-exist", channel=Channel.MAIL, received_at=T0, recorded_by="user:staff-1", roles=STAFF
        )
    with pytest.raises(RoleRequired), session_scope(engine) as s:
        consent.record_optout(
            s, registry_id=rid, kind=OptOutKind.BLANKET, study=None, channel=Channel.WEB, received_at=T0,
            recorded_by="user:contractor-1", roles=(Role.CONTRACTOR,), now=T0,
        )  # fmt: skip
    with pytest.raises(RuntimeError), session_scope(engine) as s:
        consent.record_optout(
            s, registry_id=rid, kind=OptOutKind.BLANKET, study=None, channel=Channel.WEB, received_at=T0,
            recorded_by="user:staff-1", roles=STAFF, now=T0,
        )  # fmt: skip
        raise RuntimeError("the transaction fails after the record")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM governance_optout_record")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM audit_events")).scalar_one() == 0


def test_gates_with_clock_travel(migrated):
    engine = migrated
    policy = default_policy()
    a, b = consent.registry_id("A-001", KEYS), consent.registry_id("B-002", KEYS)
    built = T0 + 24 * H
    with session_scope(engine) as s:
        consent.record_optout(
            s, registry_id=a, kind=OptOutKind.STUDY, study=STUDY, channel=Channel.COUNTER, received_at=T0,
            recorded_by="user:staff-1", roles=STAFF, now=T0,
        )  # fmt: skip
    with session_scope(engine) as s:
        with pytest.raises(OptedOut):
            consent.check_ingest_allowed(s, policy, a, at=T0 + H)
        assert consent.ingest_allowed(s, policy, a, at=T0 - H)
        assert consent.ingest_allowed(s, policy, b, at=T0 + H)
        with pytest.raises(NotEligible):
            consent.check_ingest_allowed(s, policy, b, at=T0 + H, item=Item(datetime(2004, 1, 1).date(), "lab"))
        snap = consent.build_snapshot(s, STUDY, built)
        assert snap.excluded == {a} and snap.count == 1
        consent.check_approval_allowed(s, STUDY, built_at=built, build_digest=snap.digest, now=built + H)
    # a letter received before the build, keyed in after it: the approval must notice
    with session_scope(engine) as s:
        consent.record_optout(
            s, registry_id=b, kind=OptOutKind.BLANKET, study=None, channel=Channel.MAIL, received_at=T0 + 12 * H,
            recorded_by="user:staff-1", roles=STAFF, now=built + 2 * H,
        )  # fmt: skip
    with session_scope(engine) as s:
        with pytest.raises(StaleBuild) as ei:
            consent.check_approval_allowed(s, STUDY, built_at=built, build_digest=snap.digest, now=built + 3 * H)
        assert ei.value.count == 1
        assert not consent.approval_allowed(s, STUDY, built_at=built, build_digest=snap.digest, now=built + 3 * H)
        # rebuilding picks it up and approves
        snap2 = consent.build_snapshot(s, STUDY, built + 3 * H)
        assert snap2.excluded == {a, b}
        assert consent.approval_allowed(s, STUDY, built_at=built + 3 * H, build_digest=snap2.digest, now=built + 4 * H)
