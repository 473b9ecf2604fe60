"""Governance routes over HTTP (SQLite and PostgreSQL): staff record opt-outs without the patient ID reaching
URLs, logs, responses or the audit log; two-person policy approval; audit verify/search; vault status; rate
limits, body limits and security headers."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import sqlalchemy as sa

from gateway.api.config import ApiSettings
from tests.support.api import ApiEnv, api_env

PATIENT_ID = "P20260001234"  # synthetic


@pytest.fixture
def env(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch):
    import gateway.services.vault as vault_service

    monkeypatch.setattr(vault_service, "_memory_provider", None)
    with api_env(tmp_path / "home", db_url) as e:
        vault_service.init_vault(e.settings, actor="user:po-1", engine=e.engine)
        e.register("staff-1", "staff")
        e.register("po-1", "privacy_officer")
        e.register("po-2", "privacy_officer")
        e.register("aud-1", "auditor")
        e.register("cust-1", "custodian")
        e.register("acme", "contractor", "contractor-a")
        yield e


def _dump(env: ApiEnv) -> str:
    """Every row of every table, as text (to scan for a planted value)."""
    out = []
    with env.engine.connect() as conn:
        for table in sa.inspect(conn).get_table_names():
            out += [repr(tuple(r)) for r in conn.execute(sa.text(f'SELECT * FROM "{table}"'))]
    return "\n".join(out)


def test_staff_record_an_optout_without_phi_anywhere(env: ApiEnv, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    staff = env.auth("staff-1")
    body = {"patient_id": PATIENT_ID, "kind": "study", "channel": "counter"}
    r = env.http.post("/api/v1/optouts", headers=staff, json=body)
    assert r.status_code == 201, r.text
    rec = r.json()
    assert rec["registry_id"].startswith("R") and rec["recorded_by"] == "client:staff-1" and rec["kind"] == "study"
    # the registry id is the vault's keyed id of that patient: the same patient gives the same id
    again = env.http.post("/api/v1/optouts", headers=staff, json={**body, "kind": "blanket"})
    assert again.status_code == 201 and again.json()["registry_id"] == rec["registry_id"]
    listed = env.http.get("/api/v1/optouts", headers=env.auth("po-1"))
    assert [x["record_id"] for x in listed.json()] == [rec["record_id"], again.json()["record_id"]]
    # hostile and invalid input: 422, never echoing the value
    bad = env.http.post("/api/v1/optouts", headers=staff, json={**body, "kind": "everything"})
    assert bad.status_code == 422 and PATIENT_ID not in bad.text
    bad = env.http.post("/api/v1/optouts", headers=staff, json={**body, "patient_id": PATIENT_ID + "'; DROP"})
    assert bad.status_code == 422 and PATIENT_ID not in bad.text
    texts = [r.text, again.text, listed.text, caplog.text, _dump(env)]
    assert not any(PATIENT_ID in t for t in texts)
    # only staff record opt-outs; a contractor is refused before the body is even read
    assert env.http.post("/api/v1/optouts", headers=env.auth("acme"), json=body).status_code == 403


def test_optout_without_a_vault_is_503_not_500(tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch):
    import gateway.services.vault as vault_service

    monkeypatch.setattr(vault_service, "_memory_provider", None)
    with api_env(tmp_path / "home", sqlite_url) as e:
        e.register("staff-1", "staff")
        body = {"patient_id": PATIENT_ID, "kind": "study", "channel": "counter"}
        r = e.http.post("/api/v1/optouts", headers=e.auth("staff-1"), json=body)
    assert r.status_code == 503 and PATIENT_ID not in r.text


def test_two_person_policy_approval(env: ApiEnv):
    from policies.policy import canonical_yaml, default_policy

    po1, po2 = env.auth("po-1"), env.auth("po-2")
    r = env.http.post("/api/v1/policies", headers=po1, json={"document": canonical_yaml(default_policy())})
    assert r.status_code == 201 and r.json()["state"] == "proposed"
    v = r.json()["version"]
    self_approval = env.http.post(f"/api/v1/policies/{v}/approval", headers=po1)
    assert self_approval.status_code == 409
    ok = env.http.post(f"/api/v1/policies/{v}/approval", headers=po2)
    assert ok.status_code == 200 and ok.json()["state"] == "active" and ok.json()["decided_by"] == "client:po-2"
    shown = env.http.get(f"/api/v1/policies/{v}", headers=env.auth("aud-1")).json()
    assert shown["document"] == canonical_yaml(default_policy())
    assert env.http.get("/api/v1/policies/999", headers=po1).status_code == 404
    bad = env.http.post("/api/v1/policies", headers=po1, json={"document": "study: [unclosed"})
    assert bad.status_code == 422
    assert env.http.post("/api/v1/policies", headers=env.auth("staff-1"), json={"document": "x"}).status_code == 403


def test_audit_verify_search_and_vault_status(env: ApiEnv):
    env.auth("po-1")
    aud = env.auth("aud-1")
    v = env.http.get("/api/v1/audit/verify", headers=aud)
    assert v.status_code == 200 and v.json()["ok"] is True and v.json()["size"] > 0
    events = env.http.get("/api/v1/audit/events", headers=aud, params={"action": "api.", "limit": 500}).json()
    assert {e["action"] for e in events} == {"api.token_issued"}
    assert {"client:aud-1", "client:po-1"} <= {e["actor"] for e in events}
    mine = env.http.get("/api/v1/audit/events", headers=aud, params={"actor": "client:aud-1"}).json()
    assert mine and all(e["actor"] == "client:aud-1" for e in mine)
    st = env.http.get("/api/v1/vault/status", headers=env.auth("cust-1"))
    assert st.status_code == 200 and st.json()["state"] == "active"
    assert "key" not in st.text.lower().replace("kek_generation", "")
    assert env.http.get("/api/v1/vault/status", headers=aud).status_code == 403


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path, sqlite_url: str):
    with api_env(tmp_path / "home", sqlite_url, api=ApiSettings(rate_per_s=0.5, rate_burst=3)) as e:
        e.register("acme", "contractor", "contractor-a")
        e.register("beta", "contractor", "contractor-b")
        a, b = e.auth("acme"), e.auth("beta")
        codes = [e.http.get("/api/v1/whoami", headers=a).status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]
        r = e.http.get("/api/v1/whoami", headers=a)
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert e.http.get("/api/v1/whoami", headers=b).status_code == 200  # per principal


def test_token_endpoint_rate_limit(tmp_path: Path, sqlite_url: str):
    with api_env(tmp_path / "home", sqlite_url, api=ApiSettings(token_rate_per_s=0.1, token_rate_burst=2)) as e:
        e.register("acme", "contractor", "contractor-a")
        codes = [e.token_response("acme").status_code for _ in range(3)]
        assert codes == [200, 200, 429]


def test_body_limit_and_security_headers(env: ApiEnv):
    po = env.auth("po-1")
    big = env.http.post("/api/v1/policies", headers={**po, "Content-Type": "application/json"},
                        content=b'{"document": "' + b"a" * (2 << 20) + b'"}')  # fmt: skip
    assert big.status_code == 413
    r = env.http.get("/api/v1/whoami", headers=po)
    for h in ("x-content-type-options", "x-frame-options", "content-security-policy", "referrer-policy",
              "strict-transport-security"):  # fmt: skip
        assert h in r.headers, h
    assert r.headers["cache-control"] == "no-store"
    spec = env.http.get("/api/v1/openapi.json")
    assert spec.status_code == 200 and "/api/v1/releases/{release_id}/files/{path}" in spec.json()["paths"]
    assert env.http.get("/api/v1/health").json() == {"status": "ok"}
