"""The access matrix is complete: every /api and /oauth route has an entry (or is deliberately public), no entry
is stale, and every non-public route goes through the one ``authorize`` dependency."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.routing import APIRoute, iter_route_contexts

from gateway.api.access import ACCESS, PUBLIC, AccessDenied, can_call, check_can_call
from gateway.api.deps import authorize
from policies.states import Role


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):
    from gateway.api.app import create_app
    from gateway.settings import Settings

    home: Path = tmp_path_factory.mktemp("home")
    return create_app(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite'}", key_provider="memory"))


def api_routes(app) -> list:
    """Every /api and /oauth route as served (included routers flattened), with its original APIRoute."""
    return [
        c
        for c in iter_route_contexts(app.routes)
        if isinstance(c.original_route, APIRoute) and (c.path or "").startswith(("/api/", "/oauth/"))
    ]


def _depends_on(dependant, fn) -> bool:
    return any(d.call is fn or _depends_on(d, fn) for d in dependant.dependencies)


def test_every_api_route_has_an_entry(app):
    routes = api_routes(app)
    assert len(routes) >= 20
    missing = [f"{r.name} {r.path}" for r in routes if r.name not in ACCESS and r.name not in PUBLIC]
    assert not missing, f"routes without an access-matrix entry: {missing}"


def test_no_stale_entries_and_unique_names(app):
    names = [r.name for r in api_routes(app)]
    assert len(names) == len(set(names)), "route names must be unique: the matrix is keyed by name"
    assert set(ACCESS) <= set(names), f"matrix entries without a route: {set(ACCESS) - set(names)}"


def test_every_protected_route_goes_through_authorize(app):
    for r in api_routes(app):
        if r.name in PUBLIC:
            assert not _depends_on(r.original_route.dependant, authorize), r.name
        else:
            assert _depends_on(r.original_route.dependant, authorize), f"{r.name} lacks the authorize dependency"


def test_a_new_route_without_an_entry_fails_the_check(app):
    from fastapi import APIRouter

    from gateway.api.deps import CurrentPrincipal

    router = APIRouter(prefix="/api/v1")

    @router.get("/sneaky", name="sneaky")
    def sneaky(principal: CurrentPrincipal) -> dict[str, str]:
        return {}

    app.include_router(router)
    try:
        with pytest.raises(AssertionError, match="sneaky"):
            test_every_api_route_has_an_entry(app)
    finally:
        app.router.routes.pop()


def test_check_and_can_pair():
    check_can_call("releases.file", [Role.CONTRACTOR])
    assert can_call("releases.file", [Role.CONTRACTOR])
    assert not can_call("releases.file", [Role.STAFF])
    with pytest.raises(AccessDenied):
        check_can_call("releases.approve", [Role.STEWARD])
    assert not can_call("no.such.route", list(Role)), "an unlisted route is closed to every role"
    assert not any(Role.SYSTEM in roles for roles in ACCESS.values()), "no route is open to the system role"


def test_recipients_cannot_govern():
    governing = [n for n in ACCESS if n.split(".")[0] in ("policies", "audit", "vault", "optouts")]
    governing += ["releases.build", "releases.checks", "releases.approve", "releases.publish", "releases.revoke"]
    for name in governing:
        assert not can_call(name, [Role.CONTRACTOR]) and not can_call(name, [Role.TRAINER]), name


def test_prod_needs_a_public_url_for_the_token_audience(tmp_path: Path):
    from gateway.api.app import create_app
    from gateway.api.config import ApiSettings
    from gateway.settings import InsecureSettingsError, Settings

    prod = Settings(home=tmp_path, mode="prod", key_passphrase="p" * 24, session_secret="s" * 24)
    with pytest.raises(InsecureSettingsError):
        create_app(prod, ApiSettings(public_url=None))
    app = create_app(prod, ApiSettings(public_url="https://sekisho.example.jp"))
    assert app.openapi()["info"]["title"] == "Sekisho API"
