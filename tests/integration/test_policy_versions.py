"""Policy versions on SQLite and PostgreSQL, and the `sekisho policy` / `sekisho optout` commands end to end."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import yaml
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from gateway.services import policy as ps
from gateway.store.db import make_engine, session_scope
from gateway.store.migrate import upgrade
from policies.policy import DEFAULT_POLICY_PATH, default_policy, parse_policy
from policies.rules import ApprovalRefused
from policies.states import PolicyVersionState, Role, TransitionRefused

PO = (Role.PRIVACY_OFFICER,)


def _changed(**release):
    doc = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    doc["release"].update(release)
    return parse_policy(yaml.safe_dump(doc, allow_unicode=True))


def test_versioning_two_officers_active_version_and_audit(engine):
    upgrade(engine)
    t = datetime(2026, 5, 1, tzinfo=UTC)
    with session_scope(engine) as s:
        with pytest.raises(ps.NoActivePolicy):
            ps.active_policy(s)
        v1 = ps.propose_policy(s, default_policy(), author="user:po-1", roles=PO, now=t)
        assert (v1.version, v1.state, v1.base_version) == (1, PolicyVersionState.PROPOSED, None)
        with pytest.raises(ps.NoActivePolicy):
            ps.active_policy(s)  # proposed is not active
        with pytest.raises(ApprovalRefused, match="author"):
            ps.approve_policy(s, 1, approver="user:po-1", roles=PO)
        with pytest.raises(ApprovalRefused):
            ps.approve_policy(s, 1, approver="user:steward-1", roles=[Role.STEWARD])
        ps.approve_policy(s, 1, approver="user:po-2", roles=PO, now=t)
        version, digest, policy = ps.active_policy(s)
        assert (version, digest) == (1, default_policy().content_hash()) and policy == default_policy()
        with pytest.raises(ps.PolicyServiceError) as ei:
            ps.propose_policy(s, default_policy(), author="user:po-1", roles=PO)
        assert ei.value.code == "no_change"
    with session_scope(engine) as s:
        v2 = ps.propose_policy(s, _changed(min_k=10), author="user:po-2", roles=PO)
        v3 = ps.propose_policy(s, _changed(min_k=20), author="user:po-1", roles=PO)
        assert v2.base_version == 1 and "+  min_k: 10" in v2.diff and "-  min_k: 5" in v2.diff
        ps.approve_policy(s, 2, approver="user:po-1", roles=PO)
        assert ps.active_policy(s)[0] == 2 and ps.active_policy(s)[2].release.min_k == 10
        states = {v.version: v.state for v in ps.list_versions(s)}
        assert states == {
            1: PolicyVersionState.SUPERSEDED,
            2: PolicyVersionState.ACTIVE,
            3: PolicyVersionState.SUPERSEDED,  # proposed against v1: must be proposed again
        }
        with pytest.raises(ps.PolicyServiceError) as ei:
            ps.approve_policy(s, v3.version, approver="user:po-2", roles=PO)
        assert ei.value.code == "not_proposed"
        with pytest.raises(TransitionRefused):
            ps.reject_policy(s, v3.version, officer="user:po-2", roles=PO)
        assert "min_k: 20" in ps.version_diff(s, 2, 3)
    with engine.connect() as conn:
        events = [
            tuple(r) for r in conn.execute(text("SELECT action, actor, object_id FROM audit_events ORDER BY seq"))
        ]
    assert events == [
        ("policy.proposed", "user:po-1", "v1"),
        ("policy.approved", "user:po-2", "v1"),
        ("policy.proposed", "user:po-2", "v2"),
        ("policy.proposed", "user:po-1", "v3"),
        ("policy.superseded", "system", "v1"),
        ("policy.approved", "user:po-1", "v2"),
        ("policy.proposal_superseded", "system", "v3"),
    ]


def test_a_tampered_stored_version_is_refused(engine):
    upgrade(engine)
    with session_scope(engine) as s:
        ps.propose_policy(s, default_policy(), author="user:po-1", roles=PO)
        ps.approve_policy(s, 1, approver="user:po-2", roles=PO)
    with engine.begin() as conn:
        conn.execute(text("UPDATE governance_policy_version SET document = replace(document, 'min_k: 5', 'min_k: 2')"))
    with session_scope(engine) as s, pytest.raises(ps.PolicyServiceError) as ei:
        ps.active_policy(s)
    assert ei.value.code == "policy_document_altered"


@pytest.fixture
def cli(sekisho_home, monkeypatch):
    from gateway.cli.main import app
    from gateway.services.vault import init_vault
    from gateway.settings import get_settings

    monkeypatch.setenv("SEKISHO_KEY_PROVIDER", "memory")
    get_settings.cache_clear()
    init_vault(threshold=2, shares=3, actor="user:po-1")

    runner = CliRunner()

    def run(*args: str, input: str | None = None, ok: bool = True):
        result = runner.invoke(app, list(args), input=input)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return run


def test_policy_and_optout_commands(cli, sekisho_home, tmp_path):
    assert "valid: sha256:" in cli("policy", "validate", str(DEFAULT_POLICY_PATH)).output
    cli("policy", "propose", str(DEFAULT_POLICY_PATH), "--author", "user:po-1")
    refused = cli("policy", "approve", "1", "--approver", "user:po-1", ok=False)
    assert refused.exit_code == 1 and "author_cannot_approve" in refused.output
    assert "is active" in cli("policy", "approve", "1", "--approver", "user:po-2").output
    shown = cli("policy", "show").output
    assert shown.startswith("# v1 sha256:") and "approval_number: 2017-0018" in shown
    changed = tmp_path / "p2.yaml"
    changed.write_text(_changed(min_k=7).canonical_yaml(), encoding="utf-8")
    diff = cli("policy", "diff", "active", str(changed)).output
    assert "-  min_k: 5" in diff and "+  min_k: 7" in diff
    notice = tmp_path / "notice.html"
    cli("policy", "notice", "-o", str(notice))
    assert "2017-0018" in notice.read_text(encoding="utf-8")

    pid = "0098765432"
    added = cli(
        "optout", "add", "study", "--by", "user:staff-1", "--channel", "mail", "--received-at",
        "2026-11-20T09:30+09:00", "--agent-relation", "parent", "--agent-ref", "form-77", input=pid + "\n",
    )  # fmt: skip
    record_id = added.output.strip().splitlines()[-1]
    assert record_id.startswith("oo-") and pid not in added.output
    bad = cli("optout", "add", "blanket", "--by", "user:staff-1", "--channel", "fax", input=pid + "\n", ok=False)
    assert bad.exit_code != 0
    listing = cli("optout", "list").output
    assert record_id in listing and "received 2026-11-20T00:30:00Z" in listing and pid not in listing
    active = cli("optout", "list", "--active").stdout.split()
    assert len(active) == 1 and active[0].startswith("R")  # the vault's registry key
    shown = cli("optout", "show", input=pid + "\n").output
    assert record_id in shown and pid not in shown
    assert "no records" in cli("optout", "show", input="someone-else\n").output
    revoked = cli("optout", "revoke", record_id, "--by", "user:staff-1", "--channel", "counter").output
    assert "not yet verified" in revoked
    revoke_id = revoked.split()[0]
    cli("optout", "verify", revoke_id, "--by", "user:staff-2", "--verifier", "user:staff-2")
    assert cli("optout", "list", "--active").stdout.strip() == ""
    fhir = json.loads(cli("optout", "list", "--fhir").output)
    assert fhir["entry"][0]["resource"]["status"] == "inactive"
    assert fhir["entry"][0]["resource"]["grantor"][0]["identifier"]["value"] == "form-77"

    engine = make_engine(f"sqlite:///{sekisho_home / 'sekisho.db'}")
    try:
        with engine.connect() as conn:
            dump = json.dumps([list(map(str, r)) for r in conn.execute(text("SELECT * FROM audit_events"))])
            dump += json.dumps(
                [list(map(str, r)) for r in conn.execute(text("SELECT * FROM governance_optout_record"))]
            )
    finally:
        engine.dispose()
    assert pid not in dump and "optout.verified" in dump


def test_the_database_holds_at_most_one_active_version(engine):
    upgrade(engine)
    with session_scope(engine) as s:
        ps.propose_policy(s, default_policy(), author="user:po-1", roles=PO)
        ps.approve_policy(s, 1, approver="user:po-2", roles=PO)
        ps.propose_policy(s, _changed(min_k=9), author="user:po-1", roles=PO)
    with pytest.raises(DBAPIError), engine.begin() as conn:  # a racing second activation
        conn.execute(text("UPDATE governance_policy_version SET state = 'active' WHERE version = 2"))
