"""Schemathesis against the in-process app and its published OpenAPI: every operation, called with a valid token
of a role the access matrix allows, never answers 5xx and only answers status codes it documents."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from fastapi.routing import APIRoute, iter_route_contexts
from hypothesis import HealthCheck, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import status_code_conformance

from gateway.api.access import ACCESS, PUBLIC
from policies.states import Role
from tests.support.api import api_env

RECIPIENT = {Role.CONTRACTOR: "contractor-a", Role.TRAINER: "trainer"}
PREFERENCE = [Role.CONTRACTOR, Role.PRIVACY_OFFICER, Role.STEWARD, Role.STAFF, Role.AUDITOR, Role.CUSTODIAN,
              Role.TRAINER]  # fmt: skip


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory):
    import gateway.services.vault as vault_service

    home: Path = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(vault_service, "_memory_provider", None)
        with api_env(home / "home", f"sqlite:///{home / 'db.sqlite'}") as env:
            vault_service.init_vault(env.settings, actor="user:po-1", engine=env.engine)
            for role in PREFERENCE:
                env.register(f"fz-{role.value.replace('_', '-')}", role.value, RECIPIENT.get(role))
            tokens = {role: env.auth(f"fz-{role.value.replace('_', '-')}") for role in PREFERENCE}
            routes = {}
            for r in iter_route_contexts(env.app.routes):
                if isinstance(r.original_route, APIRoute):
                    for m in r.methods or ():
                        routes[(m, r.path_format)] = r.name
            yield env, tokens, routes


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_server_errors_and_documented_statuses(api, mode: str):
    from hypothesis import given
    from schemathesis.generation.modes import GenerationMode

    env, tokens, routes = api
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", env.app)
    failures: list[str] = []
    calls = 0
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 25

    def runner(op, headers: dict[str, str]):
        @given(case=op.as_strategy(generation_mode=GenerationMode(mode)))
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case) -> None:
            nonlocal calls
            calls += 1
            case.call_and_validate(headers=headers, checks=[not_a_server_error, status_code_conformance])

        return run

    for op in operations:
        name = routes[(op.method.upper(), op.path)]
        headers = {} if name in PUBLIC else tokens[next(r for r in PREFERENCE if r in ACCESS[name])]
        try:
            runner(op, headers)()
        except Unsatisfiable:
            assert mode == "negative", op.path  # nothing to make invalid (no parameters, no body)
        except Exception as exc:  # collect every operation's failure, then fail once
            failures.append(f"{op.method.upper()} {op.path}: {type(exc).__name__}: {str(exc)[:400]}")
    assert calls >= 100
    assert not failures, "\n".join(failures)
