"""Every role against every API route through the real app: allowed roles get past authorization (never 401 or
403), every other role gets 403, no token gets 401; and nothing answers 5xx."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.routing import APIRoute, iter_route_contexts

from gateway.api.access import ACCESS, PUBLIC
from policies.states import Role
from tests.support.api import api_env

ROLES = [r for r in Role if r is not Role.SYSTEM]
RECIPIENT = {Role.CONTRACTOR: "contractor-a", Role.TRAINER: "trainer"}
PARAMS = {
    "release_id": "rel-unknown",
    "notice_id": "wn-unknown",
    "version": "7",
    "path": "data/x.dcm",
    "name": "bagit.txt",
}


def _concrete(path: str) -> str:
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: PARAMS[m.group(1)], path)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory):
    home: Path = tmp_path_factory.mktemp("roles")
    with api_env(home / "home", f"sqlite:///{home / 'db.sqlite'}") as e:
        for role in ROLES:
            e.register(f"c-{role.value.replace('_', '-')}", role.value, RECIPIENT.get(role))
        e.headers = {role: e.auth(f"c-{role.value.replace('_', '-')}") for role in ROLES}
        yield e


def _calls(app):
    for r in iter_route_contexts(app.routes):
        if isinstance(r.original_route, APIRoute) and (r.path or "").startswith("/api/") and r.name not in PUBLIC:
            for method in sorted(r.methods or ()):
                yield r.name, method, _concrete(r.path)


def test_role_by_route_matrix(env):
    seen = 0
    problems = []
    for name, method, path in _calls(env.app):
        r = env.http.request(method, path)
        if r.status_code != 401:
            problems.append(f"no token: {method} {path} -> {r.status_code}")
        for role in ROLES:
            r = env.http.request(method, path, headers=env.headers[role], json={})
            allowed = role in ACCESS[name]
            if r.status_code >= 500:
                problems.append(f"{role.value}: {method} {path} -> {r.status_code}")
            elif allowed and r.status_code in (401, 403):
                problems.append(f"{role.value} allowed but {method} {path} -> {r.status_code}")
            elif not allowed and r.status_code != 403:
                problems.append(f"{role.value} not allowed but {method} {path} -> {r.status_code}")
            seen += 1
    assert seen >= 20 * len(ROLES)
    assert not problems, "\n".join(problems)
