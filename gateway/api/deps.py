"""Dependencies: the application context, the clock, and :func:`authorize`, the ONE dependency every API route
takes. It resolves the bearer token to a :class:`Principal`, checks the route's entry in
:data:`gateway.api.access.ACCESS` (an unlisted route is closed), and applies the per-principal rate limit."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Engine
from sqlmodel import Session

from gateway.api.access import AccessDenied, check_can_call
from gateway.api.config import ApiSettings
from gateway.api.errors import ApiError, forbidden, unauthenticated
from gateway.api.ratelimit import TokenBucket, retry_after
from gateway.security.principal import Principal
from gateway.settings import Settings
from gateway.store.db import session_scope


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ApiContext:
    settings: Settings
    api: ApiSettings
    engine: Engine
    clock: Callable[[], datetime]
    limiter: TokenBucket
    token_limiter: TokenBucket
    _vault_engine: Engine | None = None
    _manifests: OrderedDict[tuple[str, int, int, int], dict[str, Any]] = field(default_factory=OrderedDict)
    _manifests_lock: threading.Lock = field(default_factory=threading.Lock)

    def manifest_index(self, release_id: str, root: Path, load: Callable[[], list[Any]]) -> dict[str, Any]:
        """``path -> ReleaseFile`` of a published release, as the release service verified it (``load``).

        Kept per process, keyed by the manifest file's identity (inode, size, mtime): a download then looks its
        path up instead of re-reading, re-hashing and re-parsing ``release.json`` (O(files) per request). Any
        change to the file gives a new key and a fresh, verified load; a file changed behind the key's back is
        still caught, since downloads are checked against the digests verified here."""
        st = (root / "release.json").stat()
        key = (release_id, st.st_ino, st.st_size, st.st_mtime_ns)
        with self._manifests_lock:
            hit = self._manifests.get(key)
            if hit is not None:
                self._manifests.move_to_end(key)
                return hit
        index = {f.path: f for f in load()}
        with self._manifests_lock:
            self._manifests[key] = index
            while len(self._manifests) > 64:
                self._manifests.popitem(last=False)
        return index

    def vault_engine(self) -> Engine:
        """The vault's database (the main one unless configured apart), migrated once per process."""
        if self._vault_engine is None:
            from gateway.store.db import make_engine
            from gateway.store.migrate import upgrade

            if self.settings.vault_db_url == self.settings.db_url:
                self._vault_engine = self.engine
            else:
                engine = make_engine(self.settings.vault_db_url)
                upgrade(engine)
                self._vault_engine = engine
        return self._vault_engine

    def registry_id(self, patient_id: str) -> str:
        """The opt-out registry's keyed id for ``patient_id`` (vault registry key). Raises ``VaultError``."""
        from gateway.services.vault import DEFAULT_PROJECT, key_provider
        from linkage_vault.vault import Vault

        vault = Vault.open(self.vault_engine(), key_provider(self.settings), DEFAULT_PROJECT)
        return vault.registry_id(patient_id)

    def now(self) -> datetime:
        return self.clock()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work; audit events written through it commit with the change."""
        with session_scope(self.engine) as s:
            yield s


def get_context(request: Request) -> ApiContext:
    ctx: ApiContext = request.app.state.sekisho
    return ctx


Context = Annotated[ApiContext, Depends(get_context)]

_bearer = HTTPBearer(auto_error=False, description="Access token from POST /oauth/token (private_key_jwt).")


def authorize(
    request: Request,
    ctx: Context,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """Authenticate the caller and check the access matrix for the matched route."""
    from gateway.api.auth import resolve_token

    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthenticated()
    with ctx.session() as s:
        principal = resolve_token(s, credentials.credentials, ctx.now())
    if principal is None:
        raise unauthenticated("the token is invalid or expired")
    route = request.scope.get("route")
    name = getattr(route, "name", None) or ""
    try:
        check_can_call(name, (principal.role,))
    except AccessDenied:
        raise forbidden() from None
    wait = ctx.limiter.take(principal.id)
    if wait > 0:
        raise ApiError(429, "rate_limited", "too many requests", headers={"Retry-After": retry_after(wait)})
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(authorize)]
