"""OAuth2 client credentials with private_key_jwt (RFC 7523 section 2.2, OpenID Connect Core 9).

The client proves possession of its registered key with a short JWT: ``iss`` = ``sub`` = client id, ``aud`` =
the token endpoint URL, ``exp`` at most ``assertion_max_lifetime_s`` after ``iat``, a ``jti`` used once (the
``api_assertion_jti`` table refuses replays). In exchange it gets an opaque bearer token stored only as its
SHA-256; each request resolves the token together with the client row, so disabling a client or rotating its
key ends its tokens at once. Every failure answers the same ``invalid_client`` (no oracle for which check
failed); the reason goes to the log as a code, never a value from the request.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from audit import append_event
from gateway.security.principal import Principal
from gateway.services.clients import ACTIVE, CLIENT_ID
from gateway.store.clients import ApiAccessTokenRow, ApiAssertionJtiRow, ApiClientRow, as_utc
from policies.states import Role

log = logging.getLogger("sekisho.api.auth")

GRANT_TYPE = "client_credentials"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
TOKEN_PREFIX = "skt_"  # noqa: S105 - a prefix, not a secret
MAX_ASSERTION_CHARS = 4096


class TokenRequestError(Exception):
    """An OAuth2 error response (RFC 6749 section 5.2). ``code`` is the OAuth error; ``reason`` is for logs."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    @property
    def status(self) -> int:
        return 401 if self.code == "invalid_client" else 400

    def diagnostics(self) -> str:
        return f"{self.code}: {self.reason}"


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    expires_in: int
    principal: Principal


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _principal(row: ApiClientRow) -> Principal:
    return Principal(id=f"client:{row.client_id}", role=Role(row.role), recipient=row.recipient)


def _refuse(reason: str) -> TokenRequestError:
    log.info("token request refused: %s", reason)
    return TokenRequestError("invalid_client", reason)


def issue_token(
    session: Session,
    *,
    grant_type: str | None,
    assertion_type: str | None,
    assertion: str | None,
    client_id: str | None,
    audiences: list[str],
    now: datetime,
    ttl_s: int,
    max_lifetime_s: int,
    skew_s: int,
) -> IssuedToken:
    """Check a client assertion and issue an access token (audited as ``api.token_issued``)."""
    if grant_type != GRANT_TYPE:
        raise TokenRequestError("unsupported_grant_type", "grant_type must be client_credentials")
    if assertion_type != ASSERTION_TYPE or not assertion:
        raise TokenRequestError("invalid_request", "client_assertion_type must be jwt-bearer with an assertion")
    if len(assertion) > MAX_ASSERTION_CHARS:
        raise _refuse("assertion_too_long")
    try:
        unverified: dict[str, Any] = jwt.decode(assertion, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise _refuse("assertion_unparseable") from None
    iss = unverified.get("iss")
    if not isinstance(iss, str) or not CLIENT_ID.fullmatch(iss):
        raise _refuse("issuer_invalid")
    if client_id is not None and client_id != iss:
        raise _refuse("client_id_mismatch")
    row = session.get(ApiClientRow, iss)
    if row is None or row.status != ACTIVE:
        raise _refuse("client_unknown_or_disabled")
    now = as_utc(now)
    try:
        claims: dict[str, Any] = jwt.decode(
            assertion,
            key=jwt.PyJWK(row.public_jwk),
            algorithms=[row.alg],
            audience=audiences,
            issuer=row.client_id,
            leeway=skew_s,
            # times are checked below against the gateway's clock (injectable), not the library's
            options={
                "require": ["iss", "sub", "aud", "exp", "iat", "jti"],
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
            },
        )
    except jwt.PyJWTError as exc:
        raise _refuse(f"assertion_rejected:{type(exc).__name__}") from None
    exp, iat, jti = claims["exp"], claims["iat"], claims["jti"]
    if claims["sub"] != row.client_id:
        raise _refuse("subject_mismatch")
    if not isinstance(exp, int | float) or not isinstance(iat, int | float):
        raise _refuse("times_invalid")
    ts = now.timestamp()
    if exp - iat > max_lifetime_s or iat > ts + skew_s or exp <= ts - skew_s:
        raise _refuse("lifetime_invalid")
    nbf = claims.get("nbf")
    if nbf is not None and (not isinstance(nbf, int | float) or nbf > ts + skew_s):
        raise _refuse("not_yet_valid")
    if not isinstance(jti, str) or not 8 <= len(jti) <= 256:
        raise _refuse("jti_invalid")
    jti_id = hashlib.sha256(f"{row.client_id}\0{jti}".encode()).hexdigest()
    try:
        with session.begin_nested():
            session.add(
                ApiAssertionJtiRow(
                    id=jti_id,
                    client_id=row.client_id,
                    expires_at=datetime.fromtimestamp(exp + skew_s, tz=now.tzinfo),
                )
            )
            session.flush()
    except IntegrityError:
        raise _refuse("assertion_replayed") from None
    purge_expired(session, now, client_id=row.client_id)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires = now + timedelta(seconds=ttl_s)
    session.add(ApiAccessTokenRow(token_hash=token_hash(token), client_id=row.client_id, issued_at=now,
                                  expires_at=expires))  # fmt: skip
    principal = _principal(row)
    append_event(
        session,
        action="api.token_issued",
        actor=principal.id,
        object_type="api_client",
        object_id=row.client_id,
        details={"role": row.role, "recipient": row.recipient, "key_id": row.key_id, "ttl_s": ttl_s},
    )
    return IssuedToken(token, ttl_s, principal)


def resolve_token(session: Session, token: str, now: datetime) -> Principal | None:
    """The principal of a live token of an active client, or None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 128:
        return None
    found = session.exec(
        select(ApiAccessTokenRow, ApiClientRow)
        .join(ApiClientRow, col(ApiClientRow.client_id) == col(ApiAccessTokenRow.client_id))
        .where(col(ApiAccessTokenRow.token_hash) == token_hash(token))
    ).first()
    if found is None:
        return None
    tok, client = found
    if client.status != ACTIVE or as_utc(tok.expires_at) <= as_utc(now):
        return None
    return _principal(client)


def purge_expired(session: Session, now: datetime, *, client_id: str | None = None) -> None:
    """Drop expired tokens and assertion ids (both are refused anyway once expired): one client's at each token
    issuance (indexed by client), or everyone's."""
    tokens = delete(ApiAccessTokenRow).where(col(ApiAccessTokenRow.expires_at) < now)
    jtis = delete(ApiAssertionJtiRow).where(col(ApiAssertionJtiRow.expires_at) < now)
    if client_id is not None:
        tokens = tokens.where(col(ApiAccessTokenRow.client_id) == client_id)
        jtis = jtis.where(col(ApiAssertionJtiRow.client_id) == client_id)
    session.exec(tokens)
    session.exec(jtis)
