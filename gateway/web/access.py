"""Who may open each console route: one table, read by the one dependency every console route runs
(``gateway.web.core.authorize``). A route missing here is refused (fail closed); ``tests/unit/test_console_access.py``
checks that every console route has an entry and every entry a route.

Entries are route names. ``PUBLIC``: no login (the login pages, the language switch). ``MFA_PENDING``: a user who
gave the right password but still owes the second factor. ``SIGNED_IN``: any console role. ``ANY_SESSION``: any
session, second factor given or not (logging out). Otherwise the roles.
"""

from __future__ import annotations

from typing import Final

from policies.states import Role


class _Marker(str):
    pass


PUBLIC: Final = _Marker("public")
MFA_PENDING: Final = _Marker("mfa_pending")
SIGNED_IN: Final = _Marker("signed_in")
ANY_SESSION: Final = _Marker("any_session")  # signed in, second factor given or still owed (logout)

Access = _Marker | frozenset[Role]

OFFICER = frozenset({Role.PRIVACY_OFFICER})
STAFF = frozenset({Role.STAFF})

ROUTE_ACCESS: Final[dict[str, Access]] = {
    "console_login_form": PUBLIC,
    "console_login": PUBLIC,
    "console_lang": PUBLIC,
    "console_totp_form": MFA_PENDING,
    "console_totp": MFA_PENDING,
    "console_logout": ANY_SESSION,
    "console_dashboard": SIGNED_IN,
    # counter opt-out entry: staff only (the lookup shows a name and birth date to confirm the patient)
    "console_optout_form": STAFF,
    "console_optout_lookup": STAFF,
    "console_optout_record": STAFF,
    "console_optout_receipt": STAFF,
    "console_optout_find": STAFF,
    "console_optout_verify": STAFF,
    "console_optout_revoke": STAFF,
    "console_policies": frozenset({Role.PRIVACY_OFFICER, Role.AUDITOR}),
    "console_policy": frozenset({Role.PRIVACY_OFFICER, Role.AUDITOR}),
    "console_policy_approve": OFFICER,
    "console_policy_reject": OFFICER,
    "console_releases": frozenset({Role.PRIVACY_OFFICER, Role.STEWARD}),
    "console_release": frozenset({Role.PRIVACY_OFFICER, Role.STEWARD}),
    "console_release_approve": OFFICER,
    "console_notices": frozenset({Role.PRIVACY_OFFICER, Role.STEWARD}),
    "console_audit": frozenset({Role.PRIVACY_OFFICER, Role.AUDITOR}),
    "console_audit_search": frozenset({Role.PRIVACY_OFFICER, Role.AUDITOR}),
}


def allows(access: Access, role: Role) -> bool:
    if access in (PUBLIC, SIGNED_IN, ANY_SESSION):
        return True
    if access == MFA_PENDING:
        return False
    return isinstance(access, frozenset) and role in access
