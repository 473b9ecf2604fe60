"""The console's one authorization table covers every console route; message catalogs are complete."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from gateway.settings import Settings
from gateway.web import console_routers, mount
from gateway.web.access import ANY_SESSION, MFA_PENDING, PUBLIC, ROUTE_ACCESS, SIGNED_IN
from policies.states import Role

WEB = Path(__file__).resolve().parents[2] / "gateway" / "web"


def _console_routes() -> list[APIRoute]:
    return [r for router in console_routers() for r in router.routes if isinstance(r, APIRoute)]


def test_every_console_route_has_an_access_entry_and_runs_the_dependency():
    routes = _console_routes()
    names = {r.name for r in routes}
    assert len(names) == len(routes), "route names must be unique: they key the access table"
    assert names == set(ROUTE_ACCESS), names ^ set(ROUTE_ACCESS)
    from gateway.web.core import authorize

    for r in routes:
        calls = [d.call for d in r.dependant.dependencies]
        assert authorize in calls, r.name


def test_mounted_console_answers_and_refuses_unlisted_access(tmp_path: Path):
    """Through a real mount: anonymous visitors reach only the login page; every other page sends them there."""
    app = FastAPI()
    mount(app, Settings(home=tmp_path / "home", key_provider="memory", mode="dev"))
    with TestClient(app) as http:
        assert http.get("/", follow_redirects=False).headers["location"] == "/console/"
        assert http.get("/console/login").status_code == 200
        for r in _console_routes():
            if ROUTE_ACCESS[r.name] == PUBLIC:
                continue
            path = "/console" + r.path.replace("{version}", "1").replace("{release_id}", "rel-x").replace(
                "{record_id}", "oo-x"
            )
            method = sorted(r.methods)[0]
            resp = http.request(method, path, follow_redirects=False)
            if method == "GET":
                assert resp.status_code == 303 and resp.headers["location"] == "/console/login", r.name
            else:
                assert resp.status_code == 403, r.name


def test_public_routes_are_only_login_and_language():
    public = {n for n, a in ROUTE_ACCESS.items() if a == PUBLIC}
    assert public == {"console_login_form", "console_login", "console_lang"}
    assert {n for n, a in ROUTE_ACCESS.items() if a == MFA_PENDING} == {"console_totp_form", "console_totp"}
    assert {n for n, a in ROUTE_ACCESS.items() if a == SIGNED_IN} == {"console_dashboard"}
    assert {n for n, a in ROUTE_ACCESS.items() if a == ANY_SESSION} == {"console_logout"}


def test_counter_lookup_is_staff_only_and_approvals_officer_only():
    counter = ("form", "lookup", "record", "receipt", "find", "verify", "revoke")
    for name in (f"console_optout_{n}" for n in counter):
        assert ROUTE_ACCESS[name] == frozenset({Role.STAFF}), name
    for name in ("console_policy_approve", "console_policy_reject", "console_release_approve"):
        assert ROUTE_ACCESS[name] == frozenset({Role.PRIVACY_OFFICER}), name
    for access in ROUTE_ACCESS.values():
        if isinstance(access, frozenset):
            assert not access & {Role.CONTRACTOR, Role.TRAINER, Role.SYSTEM}


def _catalog(lang: str) -> dict[str, str]:
    data: dict[str, str] = json.loads((WEB / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
    return data


def test_catalogs_have_the_same_keys_and_japanese_is_japanese():
    ja, en = _catalog("ja"), _catalog("en")
    assert set(ja) == set(en)
    assert all(v.strip() for v in [*ja.values(), *en.values()])
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    assert sum(bool(japanese.search(v)) for v in ja.values()) / len(ja) > 0.9
    assert not any(japanese.search(v) for v in en.values())
    for key, text in ja.items():  # placeholders agree
        assert set(re.findall(r"\{(\w+)\}", text)) == set(re.findall(r"\{(\w+)\}", en[key])), key


def test_every_literal_message_key_exists():
    ja = _catalog("ja")
    used: set[str] = set()
    for path in (WEB / "templates").glob("*.html"):
        used |= set(re.findall(r"""\bt\(["']([a-z_]+(?:\.[a-z_]+)+)["']""", path.read_text(encoding="utf-8")))
    for path in WEB.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""(?:title|message|error)=["']([a-z_]+\.[a-z_.]+)["']""", text))
        used |= set(re.findall(r"""\(["'][a-z_]+["'], ["']([a-z_]+\.[a-z_.]+)["']\)""", text))
    assert len(used) > 100
    assert used - set(ja) == set()


def test_enum_labels_exist_in_both_languages():
    from policies.consent import AgentRelation, Channel, OptOutKind, Requester
    from policies.states import NoticeState, PolicyVersionState, ReleaseState

    ja, en = _catalog("ja"), _catalog("en")
    prefixes = {
        "kind": OptOutKind, "channel": Channel, "relation": AgentRelation, "requester": Requester,
        "state": ReleaseState, "nstate": NoticeState, "pstate": PolicyVersionState,
    }  # fmt: skip
    for prefix, enum in prefixes.items():
        for member in enum:
            assert f"{prefix}.{member.value}" in ja and f"{prefix}.{member.value}" in en
    for role in ("privacy_officer", "staff", "steward", "auditor", "custodian"):
        assert f"role.{role}" in ja
