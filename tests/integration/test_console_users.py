"""``sekisho user`` and the account store on SQLite and PostgreSQL: add (TOTP for officers), list, disable (ends
sessions, refuses login), reset-totp; every change audited without secrets."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from gateway.cli.main import app
from gateway.store.db import make_engine, session_scope
from gateway.store.users import ConsoleSession, ConsoleUser
from gateway.web import accounts, passwords, totp

runner = CliRunner()
PASSWORD = "correct horse battery staple"


@pytest.fixture
def home(sekisho_home: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SEKISHO_DATABASE_URL", db_url)
    from gateway.settings import get_settings

    get_settings.cache_clear()
    return sekisho_home


def _cli(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["user", *args], input=stdin, catch_exceptions=False)
    return result.exit_code, result.output


def test_user_cli_lifecycle(home: Path, db_url: str):
    code, out = _cli(
        "add", "po-7", "--role", "privacy_officer", "--by", "admin:ops", "--password-stdin", stdin=PASSWORD
    )
    assert code == 0, out
    secret = re.search(r"TOTP secret \(shown once\): ([A-Z2-7]{32})", out)
    assert secret and f"otpauth://totp/Sekisho%3Apo-7?secret={secret.group(1)}" in out
    code, out = _cli("add", "staff-7", "--role", "staff", "--by", "admin:ops", "--password-stdin", stdin=PASSWORD)
    assert code == 0 and "TOTP" not in out
    assert _cli("add", "staff-7", "--role", "staff", "--by", "a", "--password-stdin", stdin=PASSWORD)[0] == 1
    assert _cli("add", "x8", "--role", "staff", "--by", "a", "--password-stdin", stdin="short")[0] == 1
    assert _cli("add", "山田", "--role", "staff", "--by", "a", "--password-stdin", stdin=PASSWORD)[0] == 1
    code, out = _cli("list")
    assert code == 0
    lines = out.strip().splitlines()
    assert [ln.split("\t")[:4] for ln in lines] == [
        ["po-7", "privacy_officer", "active", "totp"],
        ["staff-7", "staff", "active", "-"],
    ]
    assert PASSWORD not in out and secret.group(1) not in out

    engine = make_engine(db_url)
    try:
        now = datetime.now(UTC)
        key = b"k" * 32
        with session_scope(engine) as s:
            user = s.get(ConsoleUser, "po-7")
            assert user is not None and passwords.verify_password(PASSWORD, user.password_hash)
            assert user.totp_secret == secret.group(1)
            accounts.authenticate(s, username="staff-7", password=PASSWORD, client="t", secret=key, now=now)
            accounts.create_session(s, "staff-7", secret=key, now=now)
        code, out = _cli("reset-totp", "po-7", "--by", "admin:ops")
        fresh = re.search(r"TOTP secret \(shown once\): ([A-Z2-7]{32})", out)
        assert code == 0 and fresh and fresh.group(1) != secret.group(1)
        assert _cli("reset-totp", "staff-7", "--by", "admin:ops")[0] == 1  # staff have no second factor
        assert _cli("disable", "staff-7", "--by", "admin:ops")[0] == 0
        with session_scope(engine) as s:
            assert s.exec(select(ConsoleSession).where(ConsoleSession.username == "staff-7")).all() == []
        with session_scope(engine) as s, pytest.raises(accounts.LoginRefused):
            accounts.authenticate(s, username="staff-7", password=PASSWORD, client="t", secret=key, now=now)
        with session_scope(engine) as s:
            accounts.check_second_factor(s, "po-7", totp.totp(fresh.group(1), now), now=now)
            with pytest.raises(accounts.LoginRefused):  # the old secret no longer works
                accounts.check_second_factor(s, "po-7", totp.totp(secret.group(1), now), now=now)
    finally:
        engine.dispose()
    result = runner.invoke(app, ["audit", "search", "--action", "console.", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    audit = result.output
    for action in ("console.user.added", "console.user.totp_reset", "console.user.disabled", "console.login.failed"):
        assert action in audit
    assert PASSWORD not in audit and secret.group(1) not in audit and fresh.group(1) not in audit
