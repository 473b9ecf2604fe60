"""The console over HTTP against the real app (create_app) and database (SQLite and PostgreSQL): login with
throttling and a second factor, CSRF, roles, cookies and headers, counter opt-out entry without PHI in URLs, logs
or audit records, two-person policy approval."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from gateway.store.db import session_scope
from tests.support.console import PASSWORD, ConsoleEnv, console_env, csrf_of

PATIENT_ID = "PID-20481"
FAMILY, GIVEN = "保科", "美津子"
BIRTH = date(1961, 4, 17)
PHI = (PATIENT_ID, FAMILY, GIVEN, "1961-04-17", "19610417")


@pytest.fixture
def env(tmp_path: Path, db_url: str) -> Iterator[ConsoleEnv]:
    with console_env(tmp_path / "home", db_url) as e:
        e.add_user("staff-1", "staff")
        e.add_user("po-1", "privacy_officer")
        e.add_user("po-2", "privacy_officer")
        e.add_user("aud-1", "auditor")
        e.add_user("stw-1", "steward")
        yield e


def _lookup_token(html: str) -> str:
    m = re.search(r'name="lookup_token" value="([^"]+)"', html)
    assert m
    return m.group(1)


def _vault_with_patient(env: ConsoleEnv) -> str:
    from gateway.services.vault import DEFAULT_PROJECT, key_provider
    from linkage_vault.vault import Vault
    from policies.identifiers import KnownIdentifiers, PersonName
    from policies.policy import default_policy

    vault, _ = Vault.init(env.engine, key_provider(env.settings), DEFAULT_PROJECT)
    study = default_policy().study.approval_number
    known = KnownIdentifiers(
        names=(PersonName(family=FAMILY, given=GIVEN, family_kana="ホシナ", given_kana="ミツコ"),),
        ids=(PATIENT_ID,),
        birth_date=BIRTH,
    )
    vault.record_linkage(study, PATIENT_ID, known)
    return vault.registry_id(PATIENT_ID)


def test_login_cookie_and_headers(env: ConsoleEnv):
    with env.client() as http:
        r = env.login(http, "staff-1")
        assert r.status_code == 303 and r.headers["location"] == "/console/"
        cookie = r.headers["set-cookie"]
        assert "sekisho_session=" in cookie
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
        assert "Secure" not in cookie  # dev mode over http; prod below
        page = http.get("/console/")
        assert page.status_code == 200
        assert '<html lang="ja">' in page.text and "ダッシュボード" in page.text
        assert page.headers["cache-control"] == "no-store"
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
        assert page.headers["x-frame-options"] == "DENY"
        # the session cookie is an opaque token: only its HMAC is stored
        from sqlmodel import select

        from gateway.store.users import ConsoleSession

        token = http.cookies.get("sekisho_session")
        assert token
        with session_scope(env.engine) as s:
            stored = [row.token_hmac for row in s.exec(select(ConsoleSession))]
        assert stored and token not in stored


def test_sessions_end_after_30_idle_minutes_and_8_hours(env: ConsoleEnv):
    with env.client() as http:
        env.login(http, "staff-1")
        served = 0
        for _ in range(40):  # a request every 25 minutes keeps the session alive ...
            env.clock.advance(25 * 60)
            r = http.get("/console/", follow_redirects=False)
            if r.status_code != 200:
                break
            served += 1
        assert served == 19  # ... until the absolute 8 hours (19 x 25 min = 7 h 55)
        assert r.status_code == 303 and r.headers["location"] == "/console/login"
        env.login(http, "staff-1")
        env.clock.advance(31 * 60)
        r = http.get("/console/", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/console/login"


def test_prod_cookies_are_secure_and_host_prefixed(tmp_path: Path):
    from pydantic import SecretStr

    from gateway.settings import Settings
    from gateway.store.db import make_engine
    from gateway.web.core import Console

    settings = Settings(
        home=tmp_path, mode="prod", key_passphrase=SecretStr("k" * 32), session_secret=SecretStr("s" * 32)
    )
    console = Console(settings, make_engine(f"sqlite:///{tmp_path / 'x.db'}"))
    assert console.secure and console.session_cookie.startswith("__Host-")
    from fastapi.responses import Response

    from gateway.web.core import set_cookie

    resp = Response()
    set_cookie(console, resp, console.session_cookie, "t")
    header = resp.headers["set-cookie"]
    assert "Secure" in header and "HttpOnly" in header and "Path=/" in header and "strict" in header.lower()


def test_post_without_csrf_token_is_refused(env: ConsoleEnv):
    with env.client() as http:
        http.get("/console/login")
        r = http.post("/console/login", data={"username": "staff-1", "password": PASSWORD})
        assert r.status_code == 403
        for forged in ("forged", "偽造トークン"):
            r = http.post("/console/login", data={"username": "staff-1", "password": PASSWORD, "csrf_token": forged})
            assert r.status_code == 403
        assert env.login(http, "staff-1").status_code == 303
        assert http.post("/console/logout", data={}).status_code == 403
        assert http.get("/console/").status_code == 200  # still signed in
        page = http.get("/console/")
        assert (
            http.post("/console/logout", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False).status_code
            == 303
        )
        assert http.get("/console/", follow_redirects=False).status_code == 303


def test_login_is_throttled_after_repeated_failures(env: ConsoleEnv):
    with env.client() as http:
        for _ in range(5):
            assert env.login(http, "staff-1", password="wrong password!").status_code == 401
        r = env.login(http, "staff-1")  # right password, but locked
        assert r.status_code == 429
        assert "15分後" in r.text
        assert "console.login.throttled" in env.audit_text()
        env.clock.advance(16 * 60)
        assert env.login(http, "staff-1").status_code == 303


def test_unknown_login_names_are_not_written_to_the_audit_log(env: ConsoleEnv):
    with env.client() as http:
        assert env.login(http, "my-secret-password-typed-here", password="x").status_code == 401
    text = env.audit_text()
    assert "console.login.failed" in text and "my-secret-password" not in text


def test_officer_needs_the_second_factor(env: ConsoleEnv):
    from gateway.web.totp import totp

    with env.client() as http:
        page = http.get("/console/login")
        r = http.post(
            "/console/login",
            data={"username": "po-1", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
            follow_redirects=False,
        )
        assert r.headers["location"] == "/console/login/totp"
        # password alone opens nothing
        assert http.get("/console/policies", follow_redirects=False).headers["location"] == "/console/login/totp"
        assert http.get("/console/", follow_redirects=False).headers["location"] == "/console/login/totp"
        page = http.get("/console/login/totp")
        assert 'action="/console/logout"' in page.text  # a user stuck at the second factor can still sign out
        bad = http.post("/console/login/totp", data={"code": "000000", "csrf_token": csrf_of(page.text)})
        assert bad.status_code == 401 or totp(env.secrets["po-1"], env.clock()) == "000000"
        code = env.totp("po-1")
        ok = http.post(
            "/console/login/totp", data={"code": code, "csrf_token": csrf_of(page.text)}, follow_redirects=False
        )
        assert ok.status_code == 303 and ok.headers["location"] == "/console/"
        assert http.get("/console/policies").status_code == 200
    with env.client() as quitter:  # signing out while the second factor is owed ends the session
        page = quitter.get("/console/login")
        quitter.post(
            "/console/login", data={"username": "po-2", "password": PASSWORD, "csrf_token": csrf_of(page.text)}
        )
        page = quitter.get("/console/login/totp")
        out = quitter.post("/console/logout", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False)
        assert out.status_code == 303 and out.headers["location"] == "/console/login"
        assert quitter.get("/console/login/totp", follow_redirects=False).headers["location"] == "/console/login"
    with env.client() as other:  # the same code cannot be used again
        page = other.get("/console/login")
        other.post("/console/login", data={"username": "po-1", "password": PASSWORD, "csrf_token": csrf_of(page.text)})
        page = other.get("/console/login/totp")
        again = other.post("/console/login/totp", data={"code": code, "csrf_token": csrf_of(page.text)})
        assert again.status_code == 401


def test_each_role_sees_only_its_pages(env: ConsoleEnv):
    expected = {
        "staff-1": {"/console/optout": 200, "/console/audit": 403, "/console/policies": 403, "/console/releases": 403},
        "aud-1": {"/console/optout": 403, "/console/audit": 200, "/console/policies": 200, "/console/releases": 403},
        "stw-1": {"/console/optout": 403, "/console/audit": 403, "/console/policies": 403, "/console/notices": 200},
        "po-1": {"/console/optout": 403, "/console/audit": 200, "/console/policies": 200, "/console/releases": 200},
    }
    for user, pages in expected.items():
        with env.client() as http:
            env.login(http, user)
            for path, status in pages.items():
                assert http.get(path).status_code == status, (user, path)
            nav = http.get("/console/").text
            assert ('href="/console/optout"' in nav) is (pages["/console/optout"] == 200), user


def test_counter_optout_keeps_phi_out_of_urls_logs_and_audit(env: ConsoleEnv, caplog: pytest.LogCaptureFixture):
    from gateway.services.consent import active_set
    from policies.policy import default_policy

    caplog.set_level(logging.DEBUG)
    rid = _vault_with_patient(env)
    study = default_policy().study.approval_number
    urls: list[str] = []
    with env.client() as http:
        http.event_hooks["request"] = [lambda req: urls.append(str(req.url))]
        env.login(http, "staff-1")
        page = http.get("/console/optout")
        # recording before a lookup is refused
        early = http.post("/console/optout/record", data={"kind": "blanket", "csrf_token": csrf_of(page.text)})
        assert early.status_code == 409
        looked = http.post("/console/optout/lookup", data={"patient_id": PATIENT_ID, "csrf_token": csrf_of(page.text)})
        assert looked.status_code == 200
        assert f"{FAMILY} {GIVEN}" in looked.text and "1961-04-17" in looked.text  # shown to staff to confirm
        assert looked.headers["cache-control"] == "no-store"
        assert PATIENT_ID not in looked.text  # not echoed back
        lookup = _lookup_token(looked.text)
        bad = http.post(
            "/console/optout/record",
            data={"kind": "blanket", "requester": "agent", "agent_ref": "山田太郎", "csrf_token": csrf_of(page.text),
                  "lookup_token": lookup},
        )  # fmt: skip
        assert bad.status_code == 422 and 'aria-invalid="true"' in bad.text and "error-summary" in bad.text
        r = http.post(
            "/console/optout/record",
            data={"kind": "blanket", "channel": "counter", "identity_checked": "yes", "csrf_token": csrf_of(page.text),
                  "lookup_token": lookup},
            follow_redirects=False,
        )  # fmt: skip
        assert r.status_code == 303
        assert re.fullmatch(r"/console/optout/receipt/oo-[0-9a-f]{20}", r.headers["location"])
        receipt = http.get(r.headers["location"])
        assert receipt.status_code == 200 and r.headers["location"].rsplit("/", 1)[1] in receipt.text
        assert "包括不同意" in receipt.text and "確認済み" in receipt.text
        for value in PHI:
            assert value not in receipt.text
        # the lookup cannot be replayed into a second record: the pending subject was cleared
        again = http.post(
            "/console/optout/record",
            data={"kind": "blanket", "csrf_token": csrf_of(page.text), "lookup_token": lookup},
        )
        assert again.status_code == 409
    with session_scope(env.engine) as s:
        assert rid in active_set(s, study, env.clock.advance(1))
    for url in urls:
        assert not any(v in url for v in PHI), url
    logged = "\n".join(r.getMessage() for r in caplog.records)
    audit = env.audit_text()
    assert "optout.recorded" in audit and "vault.staff.lookup" in audit
    for value in PHI:
        assert value not in logged and value not in audit


def test_a_form_from_an_earlier_lookup_cannot_record_against_a_later_one(env: ConsoleEnv):
    from gateway.services.consent import load_records

    rid = _vault_with_patient(env)
    with env.client() as http:
        env.login(http, "staff-1")
        page = http.get("/console/optout")
        token = csrf_of(page.text)
        first = http.post("/console/optout/lookup", data={"patient_id": PATIENT_ID, "csrf_token": token})
        second = http.post("/console/optout/lookup", data={"patient_id": "PID-99999", "csrf_token": token})
        assert 'data-confirm="unknown"' in second.text
        stale = http.post(
            "/console/optout/record",
            data={"kind": "blanket", "csrf_token": token, "lookup_token": _lookup_token(first.text)},
        )
        assert stale.status_code == 409
        ok = http.post(
            "/console/optout/record",
            data={"kind": "blanket", "csrf_token": token, "lookup_token": _lookup_token(second.text)},
            follow_redirects=False,
        )
        assert ok.status_code == 303
    with session_scope(env.engine) as s:
        records = load_records(s)
    assert len(records) == 1 and records[0].registry_id != rid


def test_mail_optout_verified_later_then_revoked_at_the_counter(env: ConsoleEnv):
    from gateway.services.consent import active_set, load_records
    from policies.policy import default_policy

    rid = _vault_with_patient(env)
    study = default_policy().study.approval_number
    with env.client() as http:
        env.login(http, "staff-1")
        page = http.get("/console/optout")
        token = csrf_of(page.text)
        looked = http.post("/console/optout/lookup", data={"patient_id": PATIENT_ID, "csrf_token": token})
        r = http.post(
            "/console/optout/record",
            data={"kind": "study", "channel": "mail", "csrf_token": token, "lookup_token": _lookup_token(looked.text)},
            follow_redirects=False,
        )
        receipt_url = r.headers["location"]
        optout_id = receipt_url.rsplit("/", 1)[1]
        receipt = http.get(receipt_url)
        assert 'data-verified="false"' in receipt.text and "本人確認を記録する" in receipt.text
        # opening by record number: a POST, unknown or malformed numbers answer 404 on the same page
        assert (
            http.post("/console/optout/find", data={"record_id": "oo-" + "0" * 20, "csrf_token": token}).status_code
            == 404
        )
        assert http.post("/console/optout/find", data={"record_id": PATIENT_ID, "csrf_token": token}).status_code == 404
        found = http.post(
            "/console/optout/find", data={"record_id": optout_id.upper(), "csrf_token": token}, follow_redirects=False
        )
        assert found.headers["location"] == receipt_url
        # the identity is checked at the counter later
        env.clock.advance(20 * 60)
        assert http.post(f"{receipt_url}/verify", data={"csrf_token": token}, follow_redirects=False).status_code == 303
        assert 'data-verified="true"' in http.get(receipt_url).text
        with session_scope(env.engine) as s:
            assert rid in active_set(s, study, env.clock.advance(1))
        # re-consent without an identity check does not lift the opt-out ...
        r = http.post(f"{receipt_url}/revoke", data={"channel": "counter", "csrf_token": token}, follow_redirects=False)
        assert r.status_code == 303
        revoke_url = r.headers["location"]
        rev = http.get(revoke_url)
        assert "撤回（再同意）" in rev.text and optout_id in rev.text and "オプトアウトは継続します" in rev.text
        with session_scope(env.engine) as s:
            assert rid in active_set(s, study, env.clock.advance(1))
        # ... until it is verified
        assert http.post(f"{revoke_url}/verify", data={"csrf_token": token}, follow_redirects=False).status_code == 303
        assert "撤回は有効です" in http.get(revoke_url).text
        assert "解除されました" in http.get(receipt_url).text
        # a second revocation of the same opt-out is refused by the registry
        again = http.post(f"{receipt_url}/revoke", data={"channel": "counter", "csrf_token": token})
        assert again.status_code == 409
    with session_scope(env.engine) as s:
        assert rid not in active_set(s, study, env.clock.advance(1))
        actions = [r.action.value for r in load_records(s)]
    assert actions == ["optout", "verify", "revoke", "verify"]


def test_staff_lookup_fails_closed_without_a_vault(env: ConsoleEnv):
    with env.client() as http:
        env.login(http, "staff-1")
        page = http.get("/console/optout")
        r = http.post("/console/optout/lookup", data={"patient_id": PATIENT_ID, "csrf_token": csrf_of(page.text)})
        assert r.status_code == 503 and PATIENT_ID not in r.text


def test_policy_needs_a_second_officer(env: ConsoleEnv):
    from gateway.services.policy import list_versions, propose_policy
    from policies.policy import default_policy
    from policies.states import Role

    with session_scope(env.engine) as s:
        v = propose_policy(s, default_policy(), author="user:po-1", roles=(Role.PRIVACY_OFFICER,), now=env.clock())
    with env.client() as http:
        env.login(http, "po-1")
        page = http.get(f"/console/policies/{v.version}")
        assert "diff-add" in page.text and "承認する" in page.text
        r = http.post(f"/console/policies/{v.version}/approve", data={"csrf_token": csrf_of(page.text)})
        assert r.status_code == 409 and 'data-error-code="author_cannot_approve"' in r.text
        assert "提案者本人は承認できません" in r.text
    with env.client() as http:
        env.login(http, "po-2")
        page = http.get(f"/console/policies/{v.version}")
        r = http.post(f"/console/policies/{v.version}/approve", data={"csrf_token": csrf_of(page.text)})
        assert r.status_code == 200 and "有効" in r.text
    with session_scope(env.engine) as s:
        assert [x.state.value for x in list_versions(s)] == ["active"]
        assert list_versions(s)[0].decided_by == "user:po-2"


def test_audit_search_is_a_post_and_filters(env: ConsoleEnv):
    with env.client() as http:
        env.login(http, "staff-1")
    with env.client() as http:
        env.login(http, "aud-1")
        page = http.get("/console/audit")
        assert 'data-audit-ok="true"' in page.text
        r = http.post(
            "/console/audit",
            data={"action": "console.login.", "actor": "user:staff-1", "csrf_token": csrf_of(page.text)},
        )
        assert r.status_code == 200
        actions = re.findall(r"<td>(console\.[a-z_.]+)</td><td>([^<]+)</td>", r.text)
        assert actions and all(a.startswith("console.login.") and who == "user:staff-1" for a, who in actions)
        assert 'value="console.login."' in r.text  # the filters stay in the form, not the URL


def test_language_switch_is_a_cookie(env: ConsoleEnv):
    with env.client() as http:
        env.login(http, "staff-1")
        page = http.get("/console/optout")
        r = http.post(
            "/console/lang", data={"lang": "en", "next": "/console/optout", "csrf_token": csrf_of(page.text)},
            follow_redirects=False,
        )  # fmt: skip
        assert r.headers["location"] == "/console/optout"
        en = http.get("/console/optout")
        assert '<html lang="en">' in en.text and "Opt-out entry" in en.text
        assert '<label for="patient_id">Patient ID</label>' in en.text
        # the switch never redirects off the console
        r = http.post(
            "/console/lang", data={"lang": "ja", "next": "https://evil.example/", "csrf_token": csrf_of(page.text)},
            follow_redirects=False,
        )  # fmt: skip
        assert r.headers["location"] == "/console/"
