"""PostgreSQL privileges for the audit tables (the migration ``audit_0002`` installs owner role and triggers).

The application role gets INSERT and SELECT on ``audit_events`` (and SELECT/UPDATE on the ``audit_head``
counter, whose trigger only lets it move forward); an auditor role gets SELECT only. Neither may be a member of
the NOLOGIN owner role ``sekisho_audit_owner``. A superuser can still bypass triggers (for instance with
``session_replication_role``): run the application as an ordinary role, and keep exported checkpoints, which
catch what the database cannot prevent.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

OWNER_ROLE = "sekisho_audit_owner"
TABLES = ("audit_events", "audit_head")


def _role(conn: Connection, role: str) -> str:
    if conn.dialect.name != "postgresql":
        raise ValueError("role grants exist on PostgreSQL only")
    if not role or len(role) > 63:
        raise ValueError("invalid role name")
    return str(conn.dialect.identifier_preparer.quote_identifier(role))


def grant_app_role(conn: Connection, role: str) -> None:
    """Let ``role`` append and read the audit log, nothing else (run as the owner role or a superuser)."""
    r = _role(conn, role)
    conn.execute(sa.text(f"REVOKE ALL ON audit_events, audit_head FROM {r}"))
    conn.execute(sa.text(f"GRANT SELECT, INSERT ON audit_events TO {r}"))
    conn.execute(sa.text(f"GRANT SELECT, UPDATE ON audit_head TO {r}"))


def grant_auditor_role(conn: Connection, role: str) -> None:
    """Let ``role`` read the audit log only."""
    r = _role(conn, role)
    conn.execute(sa.text(f"REVOKE ALL ON audit_events, audit_head FROM {r}"))
    conn.execute(sa.text(f"GRANT SELECT ON audit_events, audit_head TO {r}"))


def hardening_status(conn: Connection) -> list[str]:
    """What is missing from the hardening: on PostgreSQL the NOLOGIN ownership and the triggers of
    ``audit_0002``, on SQLite the triggers of ``audit_0001``. Empty when complete."""
    if conn.dialect.name == "sqlite":
        names = set(conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        expected = ("audit_events_no_update", "audit_events_no_delete", "audit_head_no_rewind")
        return [f"trigger {n} is missing" for n in expected if n not in names]
    if conn.dialect.name != "postgresql":
        return []
    missing: list[str] = []
    for table in TABLES:
        row = conn.execute(
            sa.text(
                "SELECT r.rolname, r.rolcanlogin FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                "WHERE c.oid = to_regclass(:t)"
            ),
            {"t": table},
        ).first()
        if row is None:
            missing.append(f"table {table} does not exist")
        elif row[1]:
            missing.append(f"table {table} is owned by a login role, not a NOLOGIN owner role")
    triggers = set(
        conn.execute(
            sa.text(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D' "
                "AND tgrelid IN (to_regclass('audit_events'), to_regclass('audit_head'))"
            )
        ).scalars()
    )
    for name in ("audit_events_no_update_delete", "audit_events_no_truncate", "audit_head_forward"):
        if name not in triggers:
            missing.append(f"trigger {name} is missing or disabled")
    return missing
