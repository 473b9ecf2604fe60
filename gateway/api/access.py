"""The access matrix: route name -> roles allowed. One dependency (:func:`gateway.api.deps.authorize`) checks it
on every route; ``tests/unit/test_api_access.py`` fails when an /api route has no entry here.

Objects are checked again inside routes: contractor and trainer principals see only what is addressed to their
recipient (others answer 404).
"""

from __future__ import annotations

from collections.abc import Iterable

from policies.states import Role

PO, STAFF, STEWARD = Role.PRIVACY_OFFICER, Role.STAFF, Role.STEWARD
CONTRACTOR, TRAINER, AUDITOR, CUSTODIAN = Role.CONTRACTOR, Role.TRAINER, Role.AUDITOR, Role.CUSTODIAN
RECIPIENTS = frozenset({CONTRACTOR, TRAINER})
READERS = frozenset({PO, STEWARD, AUDITOR}) | RECIPIENTS

ACCESS: dict[str, frozenset[Role]] = {
    "whoami": frozenset({PO, STAFF, STEWARD, CONTRACTOR, TRAINER, AUDITOR, CUSTODIAN}),
    # releases
    "releases.list": READERS,
    "releases.get": READERS,
    "releases.manifest": READERS,
    "releases.status": READERS,
    "releases.files.list": READERS,
    "releases.file": RECIPIENTS | {PO},
    "releases.archive": RECIPIENTS | {PO},
    "releases.tag": RECIPIENTS | {PO},
    "releases.build": frozenset({STEWARD}),
    "releases.checks": frozenset({STEWARD}),
    "releases.approve": frozenset({PO}),
    # publishing (signing) belongs to stewards and the system in policies.states.RELEASE_MACHINE; stewards may
    # also discard drafts, officers revoke anything not yet ended (the machine refines both)
    "releases.publish": frozenset({STEWARD}),
    "releases.revoke": frozenset({PO, STEWARD}),
    "releases.signing_key": READERS,
    # withdrawal notices
    "notices.list": frozenset({PO, AUDITOR}) | RECIPIENTS,
    "notices.attest": RECIPIENTS,
    # opt-out registry
    "optouts.create": frozenset({STAFF}),
    "optouts.list": frozenset({STAFF, PO, AUDITOR}),
    # policies
    "policies.list": frozenset({PO, STEWARD, AUDITOR}),
    "policies.show": frozenset({PO, STEWARD, AUDITOR}),
    "policies.propose": frozenset({PO}),
    "policies.approve": frozenset({PO}),
    # audit
    "audit.verify": frozenset({AUDITOR, PO}),
    "audit.search": frozenset({AUDITOR, PO}),
    # vault
    "vault.status": frozenset({CUSTODIAN, PO}),
}

# Routes that need no token: the token endpoint itself (it authenticates the client assertion) and the
# published API description.
PUBLIC = frozenset({"oauth.token", "openapi", "health"})


class AccessDenied(Exception):
    def __init__(self, route: str) -> None:
        super().__init__(f"route {route} is not open to this role")
        self.code = "forbidden"

    def diagnostics(self) -> str:
        return f"{self.code}: {self}"


def check_can_call(route: str, roles: Iterable[Role]) -> None:
    """Raise ``AccessDenied`` unless one of ``roles`` may call ``route``. An unlisted route is closed."""
    if not ACCESS.get(route, frozenset()).intersection(roles):
        raise AccessDenied(route)


def can_call(route: str, roles: Iterable[Role]) -> bool:
    try:
        check_can_call(route, list(roles))
    except AccessDenied:
        return False
    return True
