"""Console accounts: users, login with throttling, TOTP second factor, server-side sessions.

Every change writes its audit event in the same transaction. Audit records name users by their opaque login name;
a login attempt for an unknown name is recorded under an HMAC of the name (someone may have typed a password into
the name field), never the name itself.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, delete, select

from audit import append_event
from gateway.store.users import ConsoleSession, ConsoleUser, LoginThrottle, as_utc
from gateway.web import passwords, totp
from policies.states import Role

CONSOLE_ROLES = frozenset({Role.PRIVACY_OFFICER, Role.STAFF, Role.STEWARD, Role.AUDITOR, Role.CUSTODIAN})
MFA_ROLES = frozenset({Role.PRIVACY_OFFICER, Role.CUSTODIAN})
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
SESSION_LIFETIME = timedelta(hours=8)  # absolute: sign in again after a shift
SESSION_IDLE = timedelta(minutes=30)  # a counter terminal left alone signs itself out
THROTTLE_WINDOW = timedelta(minutes=15)
THROTTLE_MAX_FAILURES = 5
THROTTLE_LOCK = timedelta(minutes=15)
OBJECT_TYPE = "console_user"


class AccountError(Exception):
    """A refused account operation. Messages carry login names, roles and reason codes only."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code

    def diagnostics(self) -> str:
        return f"{self.code}: {self}"


class LoginRefused(AccountError):
    pass


@dataclass(frozen=True)
class UserInfo:
    username: str
    role: Role
    has_totp: bool
    disabled: bool
    created_at: datetime
    created_by: str

    @property
    def actor(self) -> str:
        """The opaque id written to audit events and registry records."""
        return f"user:{self.username}"

    @property
    def needs_mfa(self) -> bool:
        return self.role in MFA_ROLES


def _info(row: ConsoleUser) -> UserInfo:
    return UserInfo(
        username=row.username,
        role=Role(row.role),
        has_totp=row.totp_secret is not None,
        disabled=row.disabled,
        created_at=as_utc(row.created_at),
        created_by=row.created_by,
    )


def keyed(secret: bytes, value: str) -> str:
    return hmac.new(secret, value.encode("utf-8"), hashlib.sha256).hexdigest()


def _row(session: Session, username: str) -> ConsoleUser:
    row = session.get(ConsoleUser, username)
    if row is None:
        raise AccountError(f"no console user {username}", code="no_such_user")
    return row


# -- administration (sekisho user ...) ------------------------------------------------------------------------


def add_user(
    session: Session, *, username: str, role: Role, password: str, created_by: str, now: datetime
) -> tuple[UserInfo, str | None]:
    """Create a user. Returns the TOTP secret to enrol (officers and custodians), shown once."""
    if not USERNAME.match(username):
        raise AccountError("login names are 2-32 of a-z 0-9 . _ - (use staff numbers, not names)", code="bad_name")
    if role not in CONSOLE_ROLES:
        raise AccountError(f"role {role.value} cannot use the console", code="role_not_console")
    passwords.check_password_policy(password)
    if session.get(ConsoleUser, username) is not None:
        raise AccountError(f"console user {username} exists", code="user_exists")
    secret = totp.new_secret() if role in MFA_ROLES else None
    row = ConsoleUser(
        username=username,
        role=role.value,
        password_hash=passwords.hash_password(password),
        totp_secret=secret,
        created_at=as_utc(now),
        created_by=created_by,
    )
    session.add(row)
    session.flush()
    append_event(
        session,
        action="console.user.added",
        actor=created_by,
        object_type=OBJECT_TYPE,
        object_id=username,
        details={"role": role.value, "totp": secret is not None},
    )
    return _info(row), secret


def list_users(session: Session) -> list[UserInfo]:
    return [_info(r) for r in session.exec(select(ConsoleUser).order_by(col(ConsoleUser.username)))]


def get_user(session: Session, username: str) -> UserInfo:
    return _info(_row(session, username))


def disable_user(session: Session, username: str, *, actor: str) -> UserInfo:
    row = _row(session, username)
    row.disabled = True
    session.add(row)
    session.exec(delete(ConsoleSession).where(col(ConsoleSession.username) == username))
    session.flush()
    append_event(session, action="console.user.disabled", actor=actor, object_type=OBJECT_TYPE, object_id=username)
    return _info(row)


def reset_totp(session: Session, username: str, *, actor: str) -> str:
    """A new TOTP secret (the old one stops working, open sessions end). Officers and custodians only."""
    row = _row(session, username)
    if Role(row.role) not in MFA_ROLES:
        raise AccountError(f"role {row.role} has no second factor", code="no_second_factor")
    secret = totp.new_secret()
    row.totp_secret = secret
    row.totp_last_step = None
    session.add(row)
    session.exec(delete(ConsoleSession).where(col(ConsoleSession.username) == username))
    session.flush()
    append_event(session, action="console.user.totp_reset", actor=actor, object_type=OBJECT_TYPE, object_id=username)
    return secret


# -- login ----------------------------------------------------------------------------------------------------


def _throttle_rows(session: Session, keys: list[str], now: datetime) -> list[LoginThrottle]:
    rows = []
    for key in keys:
        row = session.get(LoginThrottle, key)
        if row is None:
            row = LoginThrottle(key=key, failures=0, window_start=now)
        elif now - as_utc(row.window_start) > THROTTLE_WINDOW and (
            row.locked_until is None or as_utc(row.locked_until) <= now
        ):
            row.failures, row.window_start, row.locked_until = 0, now, None
        rows.append(row)
    return rows


def authenticate(
    session: Session, *, username: str, password: str, client: str, secret: bytes, now: datetime
) -> UserInfo:
    """Check a password. Raises ``LoginRefused`` (code ``throttled`` or ``bad_credentials``); the caller must
    commit the session either way (failures are counted and audited)."""
    now = as_utc(now)
    name = username.strip().lower()
    keys = [keyed(secret, "user:" + name)[:64], keyed(secret, "addr:" + client)[:64]]
    rows = _throttle_rows(session, keys, now)
    row = session.get(ConsoleUser, name) if USERNAME.match(name) else None
    subject = name if row is not None else "unknown:" + keys[0][:16]
    if any(r.locked_until is not None and as_utc(r.locked_until) > now for r in rows):
        append_event(
            session, action="console.login.throttled", actor=subject, object_type=OBJECT_TYPE, object_id=subject
        )
        raise LoginRefused("too many failed logins; try again later", code="throttled")
    ok = passwords.verify_password(password, row.password_hash if row is not None else passwords.dummy_hash())
    if row is None or not ok or row.disabled:
        for r in rows:
            r.failures += 1
            if r.failures >= THROTTLE_MAX_FAILURES:
                r.locked_until = now + THROTTLE_LOCK
            session.add(r)
        session.flush()
        reason = "disabled" if row is not None and ok and row.disabled else "bad_credentials"
        append_event(
            session,
            action="console.login.failed",
            actor=subject,
            object_type=OBJECT_TYPE,
            object_id=subject,
            details={"reason": reason},
        )
        raise LoginRefused("login name or password is wrong", code="bad_credentials")
    user_row = session.get(LoginThrottle, keys[0])
    if user_row is not None:
        session.delete(user_row)
    if passwords.needs_rehash(row.password_hash):
        row.password_hash = passwords.hash_password(password)
        session.add(row)
    session.flush()
    info = _info(row)
    append_event(
        session,
        action="console.login.password_ok" if info.needs_mfa else "console.login.succeeded",
        actor=info.actor,
        object_type=OBJECT_TYPE,
        object_id=name,
        details={"role": info.role.value},
    )
    return info


def check_second_factor(session: Session, username: str, code: str, *, now: datetime) -> None:
    """Raise ``LoginRefused`` unless ``code`` is a fresh TOTP code for the user (each step is accepted once)."""
    row = _row(session, username)
    if row.totp_secret is None or row.disabled:
        raise LoginRefused("no second factor enrolled", code="no_second_factor")
    step = totp.verify(row.totp_secret, code, as_utc(now), after_step=row.totp_last_step)
    if step is None:
        append_event(
            session,
            action="console.login.failed",
            actor=f"user:{username}",
            object_type=OBJECT_TYPE,
            object_id=username,
            details={"reason": "bad_totp"},
        )
        raise LoginRefused("the one-time code is wrong or was already used", code="bad_totp")
    row.totp_last_step = step
    session.add(row)
    session.flush()
    append_event(
        session,
        action="console.login.succeeded",
        actor=f"user:{username}",
        object_type=OBJECT_TYPE,
        object_id=username,
        details={"role": row.role, "mfa": True},
    )


# -- sessions -------------------------------------------------------------------------------------------------


def create_session(session: Session, username: str, *, secret: bytes, now: datetime) -> str:
    """A new server-side session; returns the cookie token (only its HMAC is stored)."""
    token = secrets.token_urlsafe(32)
    session.add(
        ConsoleSession(
            token_hmac=keyed(secret, token),
            username=username,
            csrf_token=secrets.token_urlsafe(32),
            mfa_passed=False,
            created_at=as_utc(now),
            expires_at=as_utc(now) + min(SESSION_IDLE, SESSION_LIFETIME),
            data={},
        )
    )
    session.flush()
    return token


def load_session(session: Session, token: str | None, *, secret: bytes, now: datetime) -> ConsoleSession | None:
    if not token or len(token) > 128:
        return None
    row = session.get(ConsoleSession, keyed(secret, token))
    if row is None:
        return None
    now = as_utc(now)
    if as_utc(row.expires_at) <= now:
        session.delete(row)
        session.flush()
        return None
    row.expires_at = min(as_utc(row.created_at) + SESSION_LIFETIME, now + SESSION_IDLE)  # sliding idle timeout
    session.add(row)
    session.flush()
    return row


def end_session(session: Session, token: str | None, *, secret: bytes) -> None:
    if token:
        row = session.get(ConsoleSession, keyed(secret, token))
        if row is not None:
            session.delete(row)
            session.flush()
