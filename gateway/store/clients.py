"""API client tables (own SQLModel registry; Alembic branch ``api``).

- ``api_client``: a registered OAuth2 client (private_key_jwt, RFC 7523): its role, its policy recipient
  (contractor and trainer clients only) and its PUBLIC JWK. The private key is never stored here.
- ``api_assertion_jti``: client assertions already used (single use: a replayed ``jti`` is refused). Rows may be
  purged once ``expires_at`` has passed: an expired assertion is refused anyway.
- ``api_access_token``: issued access tokens, stored as the SHA-256 of the opaque token only (a database
  reader cannot use them). Disabling a client ends its tokens at once: every request joins the client row.

Nothing here is PHI: client ids, recipients and roles are opaque configuration.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

api_registry = registry()


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(nullable: bool = False) -> Any:
    return Column(DateTime(timezone=True), nullable=nullable)


class ApiBase(SQLModel, registry=api_registry):
    pass


class ApiClientRow(ApiBase, table=True):
    __tablename__ = "api_client"

    client_id: str = Field(primary_key=True, max_length=64)
    role: str = Field(max_length=32, description="policies.states.Role value")
    recipient: str | None = Field(default=None, max_length=64, description="policy recipient id")
    alg: str = Field(max_length=8, description="EdDSA or ES256")
    key_id: str = Field(max_length=64, description="RFC 7638 JWK thumbprint of the public key")
    public_jwk: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(default="active", max_length=16, index=True, description="active|disabled")
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=_ts())
    updated_at: datetime = Field(sa_column=_ts())


class ApiAssertionJtiRow(ApiBase, table=True):
    __tablename__ = "api_assertion_jti"

    id: str = Field(primary_key=True, max_length=64, description="SHA-256 of client id and jti")
    client_id: str = Field(max_length=64, index=True)
    expires_at: datetime = Field(sa_column=_ts())


class ApiAccessTokenRow(ApiBase, table=True):
    __tablename__ = "api_access_token"

    token_hash: str = Field(primary_key=True, max_length=64, description="SHA-256 of the opaque token")
    client_id: str = Field(max_length=64, index=True)
    issued_at: datetime = Field(sa_column=_ts())
    expires_at: datetime = Field(sa_column=_ts())
