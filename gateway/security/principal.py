"""The authenticated caller, as every service sees it.

The API builds one from a verified client token (private_key_jwt), the console from a logged-in session; the
CLI from the operator's ``--actor``. Services take a ``Principal`` and check its role against the state
machines in ``policies.states``. Nothing here is PHI: ``id`` is an opaque user or client id.
"""

from __future__ import annotations

from dataclasses import dataclass

from policies.states import Role


@dataclass(frozen=True)
class Principal:
    id: str  # opaque user or client id, written to audit events as the actor
    role: Role
    recipient: str | None = None  # policy recipient id for contractor and trainer principals
    mfa: bool = False  # a second factor was presented (required of privacy officers in the console)

    def __post_init__(self) -> None:
        if self.role in (Role.CONTRACTOR, Role.TRAINER) and not self.recipient:
            raise ValueError("contractor and trainer principals must name their recipient")
