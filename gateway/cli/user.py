"""``sekisho user``: console accounts (add, list, disable, reset-totp).

Run on the gateway host by an administrator (host access control stands in for authentication; ``--by`` names
them in the audit log). Passwords are read at a hidden prompt or from stdin, never from the command line. For
privacy officers and custodians ``add`` and ``reset-totp`` print the new TOTP secret and its ``otpauth://`` URI
once, to enrol in an authenticator app; it is not shown again.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

import typer

from gateway.cli._common import db_session as _session
from gateway.cli._common import fail as _fail

app = typer.Typer(help="Console users: add, list, disable, reset-totp.")


class RoleOpt(StrEnum):
    privacy_officer = "privacy_officer"
    staff = "staff"
    steward = "steward"
    auditor = "auditor"
    custodian = "custodian"


By = Annotated[str, typer.Option("--by", help="Opaque id of the administrator doing this (e.g. admin:ops-1).")]


def _print_secret(username: str, secret: str) -> None:
    from gateway.web.totp import provisioning_uri

    typer.echo(f"TOTP secret (shown once): {secret}")
    typer.echo(f"otpauth URI: {provisioning_uri(secret, username)}")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    password: str = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return password


@app.command("add")
def add_cmd(
    username: Annotated[str, typer.Argument(help="Login name: a staff number, not a person's name.")],
    role: Annotated[RoleOpt, typer.Option("--role", help="Console role.")],
    by: By,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
) -> None:
    """Create a console user."""
    from gateway.web.accounts import AccountError, add_user
    from gateway.web.passwords import PasswordPolicyError
    from policies.states import Role

    password = _read_password(password_stdin)
    try:
        with _session() as s:
            info, secret = add_user(
                s, username=username, role=Role(role.value), password=password, created_by=by, now=datetime.now(UTC)
            )
    except (AccountError, PasswordPolicyError) as exc:
        raise _fail(f"refused: {exc}") from None
    typer.echo(f"added {info.username} ({info.role.value})")
    if secret is not None:
        _print_secret(info.username, secret)


@app.command("list")
def list_cmd() -> None:
    """List console users (no secrets)."""
    from gateway.web.accounts import list_users

    with _session() as s:
        users = list_users(s)
    for u in users:
        state = "disabled" if u.disabled else "active"
        totp = "totp" if u.has_totp else "-"
        typer.echo(
            f"{u.username}\t{u.role.value}\t{state}\t{totp}\tadded {u.created_at:%Y-%m-%dT%H:%M:%SZ} by {u.created_by}"
        )


@app.command("disable")
def disable_cmd(username: Annotated[str, typer.Argument(help="Login name.")], by: By) -> None:
    """Disable a user and end their sessions."""
    from gateway.web.accounts import AccountError, disable_user

    try:
        with _session() as s:
            disable_user(s, username, actor=by)
    except AccountError as exc:
        raise _fail(f"refused: {exc}") from None
    typer.echo(f"disabled {username}")


@app.command("reset-totp")
def reset_totp_cmd(username: Annotated[str, typer.Argument(help="Login name.")], by: By) -> None:
    """Issue a new TOTP secret (officers and custodians); the old one stops working and sessions end."""
    from gateway.web.accounts import AccountError, reset_totp

    try:
        with _session() as s:
            secret = reset_totp(s, username, actor=by)
    except AccountError as exc:
        raise _fail(f"refused: {exc}") from None
    _print_secret(username, secret)
