"""API clients: register, list, disable, rotate keys (OAuth2 client credentials with private_key_jwt).

A client is registered with an opaque id, a role, a policy recipient (contractor and trainer clients only) and a
PUBLIC JWK (Ed25519 ``OKP`` for ``EdDSA`` or P-256 ``EC`` for ``ES256``). :func:`generate_key` makes a key pair
for a contractor who has none: the caller hands over the private JWK and only the public half is stored.
Every change writes its audit event (``api_client.*``) in the caller's transaction; details carry ids, roles and
key thumbprints only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, delete, select

from audit import append_event
from gateway.store.clients import ApiAccessTokenRow, ApiClientRow, as_utc
from policies.states import RECIPIENT_ROLES, Role

OBJECT_TYPE = "api_client"
CLIENT_ID = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
RECIPIENT_ID = re.compile(r"[a-z0-9][a-z0-9._:-]{0,63}")
ALGORITHMS = ("EdDSA", "ES256")
ACTIVE, DISABLED = "active", "disabled"
# Roles an API client may hold (``system`` is the gateway itself, never a client).
CLIENT_ROLES = frozenset(Role) - {Role.SYSTEM}


class ClientError(Exception):
    """A refused client operation. Messages carry client ids and reason codes only."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code

    def diagnostics(self) -> str:
        return f"{self.code}: {self}"


@dataclass(frozen=True)
class ClientInfo:
    client_id: str
    role: Role
    recipient: str | None
    alg: str
    key_id: str
    status: str
    created_by: str
    created_at: datetime
    updated_at: datetime


def _info(row: ApiClientRow) -> ClientInfo:
    return ClientInfo(
        client_id=row.client_id,
        role=Role(row.role),
        recipient=row.recipient,
        alg=row.alg,
        key_id=row.key_id,
        status=row.status,
        created_by=row.created_by,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
    )


def _b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64u_decode(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


_REQUIRED = {"OKP": ("crv", "kty", "x"), "EC": ("crv", "kty", "x", "y")}


def thumbprint(jwk: dict[str, Any]) -> str:
    """RFC 7638 JWK thumbprint (SHA-256, base64url)."""
    members = {k: jwk[k] for k in _REQUIRED[str(jwk["kty"])]}
    return _b64u(hashlib.sha256(json.dumps(members, sort_keys=True, separators=(",", ":")).encode()).digest())


def public_jwk(jwk: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Validate a public JWK; return ``(alg, canonical public JWK with kid)``. Refuses private keys (``d``)."""
    if not isinstance(jwk, dict):
        raise ClientError("a JWK must be a JSON object", code="invalid_key")
    if "d" in jwk:
        raise ClientError("this is a private key: register the public key only", code="private_key_given")
    kty, crv = jwk.get("kty"), jwk.get("crv")
    if kty == "OKP" and crv == "Ed25519":
        alg, size = "EdDSA", 32
    elif kty == "EC" and crv == "P-256":
        alg, size = "ES256", 32
    else:
        raise ClientError("only Ed25519 (OKP) and P-256 (EC) keys are accepted", code="unsupported_key")
    if jwk.get("alg") not in (None, alg):
        raise ClientError(f"key alg must be {alg}", code="unsupported_key")
    out: dict[str, Any] = {k: jwk.get(k) for k in _REQUIRED[kty]}
    for k in _REQUIRED[kty]:
        v = out[k]
        if not isinstance(v, str):
            raise ClientError(f"JWK member {k} is missing", code="invalid_key")
        if k in ("x", "y"):
            try:
                raw = _b64u_decode(v)
            except ValueError:
                raise ClientError(f"JWK member {k} is not base64url", code="invalid_key") from None
            if len(raw) != size:
                raise ClientError(f"JWK member {k} has the wrong length", code="invalid_key")
    try:
        import jwt

        jwt.PyJWK({**out, "alg": alg})
    except Exception:  # any parse failure of a hostile key: one opaque error
        raise ClientError("the key is not a valid public key", code="invalid_key") from None
    out.update(alg=alg, use="sig", kid=thumbprint(out))
    return alg, out


def generate_key(alg: str = "EdDSA") -> tuple[dict[str, Any], dict[str, Any]]:
    """A new key pair as ``(private JWK, public JWK)``; both carry ``kid`` (the RFC 7638 thumbprint)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    if alg == "EdDSA":
        key = ed25519.Ed25519PrivateKey.generate()
        x = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        d = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
        pub: dict[str, Any] = {"kty": "OKP", "crv": "Ed25519", "x": _b64u(x)}
        private = {"d": _b64u(d)}
    elif alg == "ES256":
        eckey = ec.generate_private_key(ec.SECP256R1())
        nums = eckey.private_numbers()
        pub = {
            "kty": "EC",
            "crv": "P-256",
            "x": _b64u(nums.public_numbers.x.to_bytes(32, "big")),
            "y": _b64u(nums.public_numbers.y.to_bytes(32, "big")),
        }
        private = {"d": _b64u(nums.private_value.to_bytes(32, "big"))}
    else:
        raise ClientError("alg must be EdDSA or ES256", code="unsupported_key")
    _, public = public_jwk(pub)
    return {**public, **private}, public


def _check_client_id(client_id: str) -> None:
    if not CLIENT_ID.fullmatch(client_id):
        raise ClientError("client ids are 2-64 characters of a-z 0-9 . _ -", code="invalid_client_id")


def _row(session: Session, client_id: str) -> ApiClientRow:
    row = session.get(ApiClientRow, client_id) if CLIENT_ID.fullmatch(client_id) else None
    if row is None:
        raise ClientError(f"no client {client_id}" if CLIENT_ID.fullmatch(client_id) else "no such client",
                          code="not_found")  # fmt: skip
    return row


def _revoke_tokens(session: Session, client_id: str) -> None:
    session.exec(delete(ApiAccessTokenRow).where(col(ApiAccessTokenRow.client_id) == client_id))


def add_client(
    session: Session,
    *,
    client_id: str,
    role: Role,
    recipient: str | None,
    jwk: dict[str, Any],
    actor: str,
    now: datetime,
) -> ClientInfo:
    _check_client_id(client_id)
    role = Role(role)
    if role not in CLIENT_ROLES:
        raise ClientError("the system role is not for clients", code="invalid_role")
    if role in RECIPIENT_ROLES:
        if not recipient or not RECIPIENT_ID.fullmatch(recipient):
            raise ClientError("contractor and trainer clients need a recipient id", code="recipient_required")
    elif recipient is not None:
        raise ClientError("only contractor and trainer clients have a recipient", code="recipient_not_allowed")
    if session.get(ApiClientRow, client_id) is not None:
        raise ClientError(f"client {client_id} already exists", code="exists")
    alg, pub = public_jwk(jwk)
    now = as_utc(now)
    row = ApiClientRow(
        client_id=client_id,
        role=role.value,
        recipient=recipient,
        alg=alg,
        key_id=pub["kid"],
        public_jwk=pub,
        status=ACTIVE,
        created_by=actor,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    append_event(
        session,
        action="api_client.registered",
        actor=actor,
        object_type=OBJECT_TYPE,
        object_id=client_id,
        details={"role": role.value, "recipient": recipient, "alg": alg, "key_id": pub["kid"]},
    )
    return _info(row)


def get_client(session: Session, client_id: str) -> ClientInfo:
    return _info(_row(session, client_id))


def list_clients(session: Session) -> list[ClientInfo]:
    return [_info(r) for r in session.exec(select(ApiClientRow).order_by(col(ApiClientRow.client_id)))]


def disable_client(session: Session, client_id: str, *, actor: str, now: datetime) -> ClientInfo:
    """Disable a client and end its access tokens at once."""
    row = _row(session, client_id)
    if row.status == DISABLED:
        raise ClientError(f"client {client_id} is already disabled", code="disabled")
    row.status = DISABLED
    row.updated_at = as_utc(now)
    session.add(row)
    _revoke_tokens(session, client_id)
    session.flush()
    append_event(session, action="api_client.disabled", actor=actor, object_type=OBJECT_TYPE, object_id=client_id)
    return _info(row)


def rotate_key(session: Session, client_id: str, *, jwk: dict[str, Any], actor: str, now: datetime) -> ClientInfo:
    """Replace the client's public key; tokens issued under the old key end at once."""
    row = _row(session, client_id)
    if row.status != ACTIVE:
        raise ClientError(f"client {client_id} is disabled", code="disabled")
    alg, pub = public_jwk(jwk)
    if pub["kid"] == row.key_id:
        raise ClientError("the new key is the current key", code="same_key")
    old = row.key_id
    row.alg, row.key_id, row.public_jwk, row.updated_at = alg, pub["kid"], pub, as_utc(now)
    session.add(row)
    _revoke_tokens(session, client_id)
    session.flush()
    append_event(
        session,
        action="api_client.key_rotated",
        actor=actor,
        object_type=OBJECT_TYPE,
        object_id=client_id,
        details={"old_key_id": old, "key_id": pub["kid"], "alg": alg},
    )
    return _info(row)
