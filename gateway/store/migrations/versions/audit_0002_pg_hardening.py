"""audit log hardening on PostgreSQL: NOLOGIN owner role, triggers rejecting UPDATE/DELETE/TRUNCATE

The audit tables are handed to the NOLOGIN role ``sekisho_audit_owner`` so that no login role owns them (an
owner could disable triggers or drop the table). The migrating role keeps SELECT and INSERT on ``audit_events``
and SELECT/UPDATE on the ``audit_head`` counter; ``audit.hardening.grant_app_role`` grants the same to an
application role. Creating the role and changing ownership needs a superuser (or a migration role that may
create roles and is a member of the owner role); without that right the migration installs the triggers, keeps
the ownership and emits a WARNING, and ``audit.hardening.hardening_status`` reports it. Roles are cluster-wide:
the owner role is created once and never dropped here.

Revision ID: audit_0002
Revises: audit_0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "audit_0002"
down_revision = "audit_0001"
branch_labels = None
depends_on = None

OWNER = "sekisho_audit_owner"

UPGRADE = f"""
CREATE OR REPLACE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE OR REPLACE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq < OLD.seq OR NEW.id <> OLD.id THEN
        RAISE EXCEPTION 'audit_head only moves forward' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();

REVOKE ALL ON audit_events, audit_head FROM PUBLIC;

DO $$
BEGIN
    BEGIN
        CREATE ROLE {OWNER} NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;  -- created by another database of this cluster (possibly concurrently)
    END;
    ALTER TABLE audit_events OWNER TO {OWNER};
    ALTER TABLE audit_head OWNER TO {OWNER};
    ALTER FUNCTION audit_reject_change() OWNER TO {OWNER};
    ALTER FUNCTION audit_head_forward_only() OWNER TO {OWNER};
    -- after the owner change (which rewrites the old owner's ACL entries to the new owner)
    EXECUTE format('GRANT SELECT, INSERT ON audit_events TO %I', current_user);
    EXECUTE format('GRANT SELECT, UPDATE ON audit_head TO %I', current_user);
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'audit tables not handed to the NOLOGIN owner role {OWNER}: %', SQLERRM;
END
$$;
"""

DOWNGRADE = """
DO $$
BEGIN
    EXECUTE format('ALTER TABLE audit_events OWNER TO %I', current_user);
    EXECUTE format('ALTER TABLE audit_head OWNER TO %I', current_user);
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'could not take back ownership of the audit tables: %', SQLERRM;
END
$$;
DROP TRIGGER IF EXISTS audit_head_forward ON audit_head;
DROP TRIGGER IF EXISTS audit_head_no_truncate ON audit_head;
DROP TRIGGER IF EXISTS audit_head_no_delete ON audit_head;
DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events;
DROP TRIGGER IF EXISTS audit_events_no_update_delete ON audit_events;
DROP FUNCTION IF EXISTS audit_head_forward_only();
DROP FUNCTION IF EXISTS audit_reject_change();
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(UPGRADE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DOWNGRADE)
