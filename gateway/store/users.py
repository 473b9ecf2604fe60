"""Console users, their server-side sessions and login throttling (own SQLModel registry; Alembic branch ``web``).

No PHI: a user is an opaque login name (``staff-1``, ``po-tanaka`` is discouraged: use staff numbers), a role, a
scrypt password hash and, for privacy officers and custodians, a TOTP secret. Sessions are stored by the HMAC of
their cookie token (keyed by ``settings.session_secret``), never by the token itself. The only patient-linked
value a session ever holds is the opaque registry id of the patient being recorded at the counter.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

users_registry = registry()


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(nullable: bool = False) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=nullable))


class UsersBase(SQLModel, registry=users_registry):
    pass


class ConsoleUser(UsersBase, table=True):
    __tablename__ = "console_user"

    username: str = Field(primary_key=True, max_length=64)
    role: str = Field(max_length=32, description="policies.states.Role")
    password_hash: str = Field(max_length=256, description="scrypt$N$r$p$salt$hash (base64)")
    totp_secret: str | None = Field(default=None, max_length=64, description="base32; officers and custodians")
    totp_last_step: int | None = Field(default=None, description="last accepted TOTP time step (no replay)")
    disabled: bool = Field(default=False)
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    created_by: str = Field(max_length=64)


class ConsoleSession(UsersBase, table=True):
    __tablename__ = "console_session"

    token_hmac: str = Field(primary_key=True, max_length=64, description="HMAC-SHA256 of the cookie token")
    username: str = Field(max_length=64, index=True)
    csrf_token: str = Field(max_length=64)
    mfa_passed: bool = Field(default=False)
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    expires_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class LoginThrottle(UsersBase, table=True):
    """Failed logins per key (HMAC of the login name, or of the client address) in the current window."""

    __tablename__ = "console_login_throttle"

    key: str = Field(primary_key=True, max_length=64)
    failures: int = Field(default=0)
    window_start: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    locked_until: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))
