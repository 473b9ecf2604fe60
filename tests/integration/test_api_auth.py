"""private_key_jwt (RFC 7523) token exchange against the real app and database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gateway.api.assertion import client_assertion
from tests.support.api import TOKEN_URL, ApiEnv, api_env


@pytest.fixture
def env(tmp_path: Path, db_url: str):
    with api_env(tmp_path / "home", db_url) as e:
        yield e


@pytest.mark.parametrize("alg", ["EdDSA", "ES256"])
def test_token_exchange_gives_role_and_recipient(env: ApiEnv, alg: str):
    env.register("acme", "contractor", "acme-ai", alg=alg)
    r = env.token_response("acme")
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 600
    assert r.headers["cache-control"] == "no-store"
    me = env.http.get("/api/v1/whoami", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json() == {"id": "client:acme", "role": "contractor", "recipient": "acme-ai"}


def test_replayed_assertion_is_refused(env: ApiEnv):
    jwk = env.register("acme", "contractor", "acme-ai")
    assertion = client_assertion(jwk, client_id="acme", token_url=TOKEN_URL)
    assert env.token_response("acme", assertion=assertion).status_code == 200
    again = env.token_response("acme", assertion=assertion)
    assert again.status_code == 401
    assert again.json()["error"] == "invalid_client"


def test_bad_assertions_are_refused_alike(env: ApiEnv):
    jwk = env.register("acme", "contractor", "acme-ai")
    other = env.register("beta", "contractor", "beta-labs")
    now = datetime.now(UTC)
    cases = {
        "wrong audience": client_assertion(jwk, client_id="acme", token_url="http://evil/oauth/token"),
        "too long lived": client_assertion(jwk, client_id="acme", token_url=TOKEN_URL, lifetime_s=3600),
        "expired": client_assertion(jwk, client_id="acme", token_url=TOKEN_URL, now=now - timedelta(minutes=10)),
        "issued in the future": client_assertion(
            jwk, client_id="acme", token_url=TOKEN_URL, now=now + timedelta(minutes=10)
        ),
        "signed by another client's key": client_assertion(other, client_id="acme", token_url=TOKEN_URL),
        "unknown client": client_assertion(jwk, client_id="nobody", token_url=TOKEN_URL),
        "short jti": client_assertion(jwk, client_id="acme", token_url=TOKEN_URL, jti="x"),
        "garbage": "not.a.jwt",
    }
    for name, assertion in cases.items():
        r = env.token_response("acme", assertion=assertion)
        assert r.status_code == 401, name
        assert r.json() == {"error": "invalid_client", "error_description": "client authentication failed"}, name


def test_unsigned_and_hmac_assertions_are_refused(env: ApiEnv):
    import jwt

    env.register("acme", "contractor", "acme-ai")
    ts = int(datetime.now(UTC).timestamp())
    claims = {"iss": "acme", "sub": "acme", "aud": TOKEN_URL, "iat": ts, "exp": ts + 60, "jti": "abcdefghij"}
    none_alg = jwt.encode(claims, None, algorithm="none")
    hmac = jwt.encode(claims, "a-shared-secret-of-32-bytes-long!", algorithm="HS256")
    for assertion in (none_alg, hmac):
        assert env.token_response("acme", assertion=assertion).status_code == 401


def test_grant_and_assertion_type_are_checked(env: ApiEnv):
    jwk = env.register("acme", "contractor", "acme-ai")
    assertion = client_assertion(jwk, client_id="acme", token_url=TOKEN_URL)
    base = {"client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": assertion}  # fmt: skip
    r = env.http.post("/oauth/token", data={**base, "grant_type": "password"})
    assert r.status_code == 400 and r.json()["error"] == "unsupported_grant_type"
    r = env.http.post("/oauth/token", data={**base, "grant_type": "client_credentials", "client_assertion_type": "x"})
    assert r.status_code == 400 and r.json()["error"] == "invalid_request"
    r = env.http.post("/oauth/token", data={**base, "grant_type": "client_credentials", "client_id": "other"})
    assert r.status_code == 401


def test_disable_and_rotate_end_tokens_at_once(env: ApiEnv):
    from gateway.services.clients import disable_client, generate_key, rotate_key
    from gateway.store.db import session_scope

    env.register("acme", "contractor", "acme-ai")
    env.register("beta", "contractor", "beta-labs")
    acme, beta = env.auth("acme"), env.auth("beta")
    assert env.http.get("/api/v1/whoami", headers=acme).status_code == 200
    old_key = env.keys["beta"]
    new_private, new_public = generate_key("ES256")
    with session_scope(env.engine) as s:
        disable_client(s, "acme", actor="user:admin-1", now=datetime.now(UTC))
        rotate_key(s, "beta", jwk=new_public, actor="user:admin-1", now=datetime.now(UTC))
    assert env.http.get("/api/v1/whoami", headers=acme).status_code == 401
    assert env.token_response("acme").status_code == 401
    assert env.http.get("/api/v1/whoami", headers=beta).status_code == 401
    assert env.token_response("beta", jwk=old_key).status_code == 401
    assert env.token_response("beta", jwk=new_private).status_code == 200


def test_access_token_expires(tmp_path: Path, sqlite_url: str):
    now = [datetime.now(UTC)]
    with api_env(tmp_path / "home", sqlite_url, clock=lambda: now[0]) as env:
        env.register("acme", "contractor", "acme-ai")
        headers = env.auth("acme")
        assert env.http.get("/api/v1/whoami", headers=headers).status_code == 200
        now[0] += timedelta(seconds=601)
        r = env.http.get("/api/v1/whoami", headers=headers)
        assert r.status_code == 401
        assert r.headers["www-authenticate"].startswith("Bearer")
        # a new token purges the client's expired token and used assertion ids: the tables do not grow
        assert env.http.get("/api/v1/whoami", headers=env.auth("acme")).status_code == 200
        import sqlalchemy as sa

        with env.engine.connect() as conn:
            counts = [conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
                      for t in ("api_access_token", "api_assertion_jti")]  # fmt: skip
        assert counts == [1, 1]


def test_tokens_are_stored_hashed_and_issuance_is_audited(env: ApiEnv):
    import sqlalchemy as sa

    env.register("acme", "contractor", "acme-ai")
    token = env.token("acme")
    with env.engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT token_hash FROM api_access_token")).scalars().all()
        actions = conn.execute(sa.text("SELECT action, actor FROM audit_events ORDER BY seq")).all()
    assert token not in stored and len(stored) == 1
    assert ("api.token_issued", "client:acme") in [tuple(a) for a in actions]
    assert ("api_client.registered", "user:admin-1") in [tuple(a) for a in actions]


def test_no_token_and_bad_tokens_answer_401(env: ApiEnv):
    for headers in ({}, {"Authorization": "Bearer skt_nope"}, {"Authorization": "Basic YTpi"}):
        r = env.http.get("/api/v1/whoami", headers=headers)
        assert r.status_code == 401
        assert r.json()["error"] == "unauthenticated"


def test_private_keys_are_refused_at_registration(env: ApiEnv):
    from gateway.services.clients import ClientError, add_client, generate_key
    from gateway.store.db import session_scope
    from policies.states import Role

    private, _ = generate_key()
    with pytest.raises(ClientError) as err, session_scope(env.engine) as s:
        add_client(s, client_id="acme", role=Role.CONTRACTOR, recipient="acme-ai", jwk=private,
                   actor="user:admin-1", now=datetime.now(UTC))  # fmt: skip
    assert err.value.code == "private_key_given"
    with pytest.raises(ClientError) as err, session_scope(env.engine) as s:
        add_client(s, client_id="acme", role=Role.CONTRACTOR, recipient=None, jwk=_public(),
                   actor="user:admin-1", now=datetime.now(UTC))  # fmt: skip
    assert err.value.code == "recipient_required"


def _public() -> dict[str, str]:
    from gateway.services.clients import generate_key

    return generate_key()[1]
