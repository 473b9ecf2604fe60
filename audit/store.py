"""The audit tables (SQLAlchemy Core on the audit package's own MetaData) and the append path.

Schema is created by the Alembic branch ``audit`` (``gateway/store/migrations/versions/audit_*.py``); these Table
objects only describe it.

Appends keep one linear chain even with concurrent writers: the first statement of an append is an ``UPDATE`` of
the single ``audit_head`` row. On PostgreSQL that takes the row lock, which the next appender waits for until this
transaction ends (commit or rollback); on SQLite a write takes the database write lock. The sequence number, the
previous chain hash and the timestamp are read only once the lock is held.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from audit.clock import Clock, format_ts, system_clock
from audit.errors import AuditIntegrityError
from audit.events import (
    GENESIS_HASH,
    AuditEvent,
    DetailValue,
    chain_hash,
    details_json,
    parse_details,
    validate_action,
    validate_actor,
    validate_details,
    validate_object_id,
    validate_object_type,
)

metadata = sa.MetaData()

audit_events = sa.Table(
    "audit_events",
    metadata,
    sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
    sa.Column("ts", sa.String(32), nullable=False),
    sa.Column("action", sa.String(128), nullable=False),
    sa.Column("actor", sa.String(128), nullable=False),
    sa.Column("object_type", sa.String(64), nullable=False),
    sa.Column("object_id", sa.String(256), nullable=False),
    sa.Column("details", sa.Text(), nullable=False),
    sa.Column("leaf_hash", sa.String(64), nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("chain_hash", sa.String(64), nullable=False),
)

audit_head = sa.Table(
    "audit_head",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger(), nullable=False),
)

# statements built once (append is a hot path)
_ADVANCE_HEAD = (
    sa.update(audit_head).where(audit_head.c.id == 1).values(seq=audit_head.c.seq + 1).returning(audit_head.c.seq)
)
_CHAIN_OF = sa.select(audit_events.c.chain_hash).where(audit_events.c.seq == sa.bindparam("prev_seq"))
_INSERT_EVENT = sa.insert(audit_events)

_global_clock: Clock = system_clock


def set_default_clock(clock: Clock | None) -> None:
    """Replace the process-wide clock (tests, or a trusted-time source); ``None`` restores the system clock."""
    global _global_clock  # noqa: PLW0603 - a deliberate process-wide injection point
    _global_clock = clock or system_clock


def connection_of(conn: Connection | Session) -> Connection:
    if isinstance(conn, Session):
        return conn.connection()
    if isinstance(conn, Connection):
        return conn
    raise TypeError("append_event needs a SQLAlchemy Connection or ORM Session")


def append_event(
    conn: Connection | Session,
    *,
    action: str,
    actor: str,
    object_type: str,
    object_id: str,
    details: Mapping[str, DetailValue] | None = None,
    clock: Clock | None = None,
) -> int:
    """Append one event in the caller's transaction and return its sequence number (1-based).

    ``conn`` is the Connection or ORM Session that makes the change the event describes: the event commits or
    rolls back with it. ``actor``, ``object_id`` and ``details`` carry opaque identifiers only (never PHI); see
    :mod:`audit.events` for the rules. Raises :class:`audit.AuditValidationError` before touching the database.
    """
    event_fields = {
        "action": validate_action(action),
        "actor": validate_actor(actor),
        "object_type": validate_object_type(object_type),
        "object_id": validate_object_id(object_id),
    }
    clean_details = validate_details(details)
    c = connection_of(conn)
    # Lock first (row lock on PostgreSQL, write lock on SQLite), then read the head.
    row = c.execute(_ADVANCE_HEAD).first()
    if row is None:
        raise AuditIntegrityError("audit_head is missing: run the 'audit' migrations (sekisho db upgrade)")
    seq = int(row[0])
    if seq == 1:
        prev = GENESIS_HASH
    else:
        prev_row = c.execute(_CHAIN_OF, {"prev_seq": seq - 1}).first()
        if prev_row is None:
            raise AuditIntegrityError("the previous audit entry is missing: the log has been tampered with")
        prev = str(prev_row[0])
    ts = format_ts((clock or _global_clock)())
    event = AuditEvent(seq=seq, ts=ts, details=clean_details, **event_fields)
    leaf_hash = event.leaf_hash()
    c.execute(
        _INSERT_EVENT,
        {
            "seq": seq,
            "ts": ts,
            "details": details_json(clean_details),
            "leaf_hash": leaf_hash.hex(),
            "prev_hash": prev,
            "chain_hash": chain_hash(prev, leaf_hash),
            **event_fields,
        },
    )
    return seq


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """A row as read back: the event plus the hashes stored beside it (which verification recomputes)."""

    event: AuditEvent
    leaf_hash: str
    prev_hash: str
    chain_hash: str


def _entry(row: Any) -> StoredEntry:
    m = row._mapping
    try:
        details = parse_details(m["details"])
    except ValueError:
        details = {"_unparseable": True}
    event = AuditEvent(
        seq=int(m["seq"]),
        ts=m["ts"],
        action=m["action"],
        actor=m["actor"],
        object_type=m["object_type"],
        object_id=m["object_id"],
        details=details,
    )
    return StoredEntry(event, m["leaf_hash"], m["prev_hash"], m["chain_hash"])


def head_seq(conn: Connection | Session) -> int:
    """The sequence number recorded in ``audit_head`` (0 for an empty log)."""
    value = connection_of(conn).execute(sa.select(audit_head.c.seq).where(audit_head.c.id == 1)).scalar()
    if value is None:
        raise AuditIntegrityError("audit_head is missing: run the 'audit' migrations (sekisho db upgrade)")
    return int(value)


def iter_entries(
    conn: Connection | Session,
    *,
    after: int = 0,
    upto: int | None = None,
    where: sa.ColumnElement[bool] | None = None,
    batch: int = 5000,
) -> Iterator[StoredEntry]:
    """Stored entries in ``seq`` order with ``after < seq <= upto``, read in batches (keyset pagination)."""
    c = connection_of(conn)
    last = after
    while True:
        q = sa.select(audit_events).where(audit_events.c.seq > last).order_by(audit_events.c.seq).limit(batch)
        if upto is not None:
            q = q.where(audit_events.c.seq <= upto)
        if where is not None:
            q = q.where(where)
        rows = c.execute(q).all()
        for row in rows:
            yield _entry(row)
        if len(rows) < batch:
            return
        last = int(rows[-1]._mapping["seq"])


def leaf_hashes(conn: Connection | Session, upto: int | None = None) -> list[bytes]:
    """The stored leaf hashes in ``seq`` order (for Merkle roots and proofs; verification recomputes them)."""
    c = connection_of(conn)
    q = sa.select(audit_events.c.leaf_hash).order_by(audit_events.c.seq)
    if upto is not None:
        q = q.where(audit_events.c.seq <= upto)
    return [bytes.fromhex(h) for (h,) in c.execute(q)]


def lock_head(conn: Connection | Session) -> int:
    """Take the append lock for the rest of the caller's transaction without appending; return the head seq.

    Used to sign a checkpoint over a stable tree."""
    c = connection_of(conn)
    row = c.execute(
        sa.update(audit_head).where(audit_head.c.id == 1).values(seq=audit_head.c.seq).returning(audit_head.c.seq)
    ).first()
    if row is None:
        raise AuditIntegrityError("audit_head is missing: run the 'audit' migrations (sekisho db upgrade)")
    return int(row[0])
