"""On a real PostgreSQL: the application role can append and read the audit log but cannot update, delete,
truncate, disable the triggers or rewind the head; the tables belong to a NOLOGIN role."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy as sa

from audit import append_event
from audit.hardening import OWNER_ROLE, grant_app_role, grant_auditor_role, hardening_status
from audit.store import head_seq
from audit.verify import verify
from gateway.store.db import make_engine
from gateway.store.migrate import upgrade

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_roles(pg_url: str, pg_admin_dsn: str) -> Iterator[dict[str, sa.Engine]]:
    """Migrate a fresh database as the superuser, then create uniquely named login roles (cluster-wide names) for
    the application and an auditor; drop them afterwards."""
    admin = make_engine(pg_url)
    upgrade(admin)
    suffix = uuid.uuid4().hex[:10]
    app_role, auditor_role = f"sekisho_app_{suffix}", f"sekisho_auditor_{suffix}"
    engines: dict[str, sa.Engine] = {"admin": admin}
    with psycopg.connect(pg_admin_dsn, autocommit=True) as conn:
        for role in (app_role, auditor_role):
            conn.execute(f'CREATE ROLE "{role}" LOGIN')
    try:
        with admin.begin() as conn:
            grant_app_role(conn, app_role)
            grant_auditor_role(conn, auditor_role)
        userless = pg_url.replace("postgres@", "{}@", 1)
        assert userless != pg_url
        engines["app"] = make_engine(userless.format(app_role))
        engines["auditor"] = make_engine(userless.format(auditor_role))
        yield engines
    finally:
        for eng in engines.values():
            eng.dispose()
        with admin.begin() as conn:
            for role in (app_role, auditor_role):
                conn.execute(sa.text(f'DROP OWNED BY "{role}"'))
        admin.dispose()
        with psycopg.connect(pg_admin_dsn, autocommit=True) as conn:
            for role in (app_role, auditor_role):
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_tables_are_owned_by_a_nologin_role(pg_roles):
    with pg_roles["admin"].connect() as conn:
        assert hardening_status(conn) == []
        owners = conn.execute(
            sa.text(
                "SELECT c.relname, r.rolname, r.rolcanlogin FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                "WHERE c.relname IN ('audit_events', 'audit_head')"
            )
        ).all()
    assert sorted(owners) == [("audit_events", OWNER_ROLE, False), ("audit_head", OWNER_ROLE, False)]


def test_application_role_appends_and_reads_but_cannot_alter(pg_roles):
    app = pg_roles["app"]
    with app.begin() as conn:
        assert conn.execute(sa.text("SELECT current_user")).scalar_one().startswith("sekisho_app_")
        for i in range(3):
            append_event(conn, action="release.downloaded", actor="user:c-1", object_type="release", object_id=f"r{i}")
    attempts = [
        "UPDATE audit_events SET actor = 'user:x' WHERE seq = 2",
        "DELETE FROM audit_events WHERE seq = 3",
        "TRUNCATE audit_events",
        "UPDATE audit_head SET seq = 1",
        "DELETE FROM audit_head",
        "ALTER TABLE audit_events DISABLE TRIGGER ALL",
        "DROP TABLE audit_events",
        "SET session_replication_role = replica",
        f"SET ROLE {OWNER_ROLE}",
    ]
    for statement in attempts:
        with pytest.raises(sa.exc.DBAPIError) as exc, app.begin() as conn:
            conn.execute(sa.text(statement))
        assert isinstance(exc.value.orig, psycopg.errors.InsufficientPrivilege), statement
    with app.connect() as conn:
        assert head_seq(conn) == 3
        result = verify(conn)
    assert result.ok and result.size == 3


def test_auditor_role_reads_only(pg_roles):
    with pg_roles["admin"].begin() as conn:
        append_event(conn, action="auth.login", actor="user:officer-1", object_type="session", object_id="s1")
    auditor = pg_roles["auditor"]
    with auditor.connect() as conn:
        assert verify(conn).ok
    with pytest.raises(sa.exc.DBAPIError) as exc, auditor.begin() as conn:
        append_event(conn, action="auth.login", actor="user:officer-1", object_type="session", object_id="s2")
    assert isinstance(exc.value.orig, psycopg.errors.InsufficientPrivilege)


def test_migration_by_an_unprivileged_role_keeps_triggers_and_reports_ownership(pg_url, pg_admin_dsn):
    """A migration role that may not create roles still gets the triggers; the missing NOLOGIN ownership is
    reported by hardening_status (and so by verify), never silently ignored."""
    from alembic import command

    from gateway.store.migrate import alembic_config

    role = f"sekisho_migrator_{uuid.uuid4().hex[:10]}"
    admin = make_engine(pg_url)
    with psycopg.connect(pg_admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
    engine = make_engine(pg_url.replace("postgres@", f"{role}@", 1))
    try:
        with admin.begin() as conn:
            conn.execute(sa.text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"'))
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "audit@head")
        with engine.begin() as conn:
            append_event(conn, action="auth.login", actor="user:u1", object_type="session", object_id="s1")
        with pytest.raises(sa.exc.DBAPIError), engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM audit_events"))
        with engine.connect() as conn:
            missing = hardening_status(conn)
            result = verify(conn)
        assert missing == [
            "table audit_events is owned by a login role, not a NOLOGIN owner role",
            "table audit_head is owned by a login role, not a NOLOGIN owner role",
        ]
        assert result.ok and {w.code for w in result.warnings} == {"db.hardening"}
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP OWNED BY "{role}"'))
        admin.dispose()
        with psycopg.connect(pg_admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')
