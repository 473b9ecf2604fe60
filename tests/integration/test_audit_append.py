"""append_event on both databases: sequence, chain, same-transaction semantics, concurrency, append-only."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from audit import AuditIntegrityError, append_event
from audit.events import GENESIS_HASH, chain_hash
from audit.store import audit_events, head_seq, iter_entries
from gateway.store.db import session_scope
from gateway.store.migrate import upgrade


@pytest.fixture
def migrated(engine):
    upgrade(engine)
    return engine


def _fixed_clock() -> datetime:
    return datetime(2026, 11, 27, 1, 2, 3, 456789, tzinfo=UTC)


def test_append_returns_contiguous_seq_and_links_the_chain(migrated):
    with migrated.begin() as conn:
        first = append_event(
            conn,
            action="optout.recorded",
            actor="user:officer-1",
            object_type="subject",
            object_id="sub-0001",
            details={"count": 3, "ratio": 0.25, "ok": True, "note_id": None, "policy": "v1"},
            clock=_fixed_clock,
        )
    with session_scope(migrated) as session:
        second = append_event(
            session, action="release.downloaded", actor="system", object_type="release", object_id="r1"
        )
    assert (first, second) == (1, 2)
    with migrated.connect() as conn:
        entries = list(iter_entries(conn))
        assert head_seq(conn) == 2
    assert [e.event.seq for e in entries] == [1, 2]
    assert entries[0].event.ts == "2026-11-27T01:02:03.456789Z"
    assert entries[0].event.details == {"count": 3, "ratio": 0.25, "ok": True, "note_id": None, "policy": "v1"}
    assert entries[0].prev_hash == GENESIS_HASH
    assert entries[1].prev_hash == entries[0].chain_hash
    for e in entries:
        assert e.leaf_hash == e.event.leaf_hash().hex()
        assert e.chain_hash == chain_hash(e.prev_hash, e.event.leaf_hash())


def test_event_rolls_back_with_the_callers_transaction(migrated):
    with pytest.raises(RuntimeError), session_scope(migrated) as session:
        append_event(session, action="dataset.built", actor="system", object_type="dataset", object_id="d1")
        raise RuntimeError("the change failed")
    with migrated.begin() as conn:
        assert head_seq(conn) == 0
        assert append_event(conn, action="dataset.built", actor="system", object_type="dataset", object_id="d1") == 1


def test_concurrent_appenders_keep_one_linear_chain(migrated):
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(15):
                with migrated.begin() as conn:
                    append_event(
                        conn, action="ingest.stored", actor=f"worker:{n}", object_type="object", object_id=f"o{i}"
                    )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with migrated.connect() as conn:
        entries = list(iter_entries(conn))
    assert [e.event.seq for e in entries] == list(range(1, 61))
    prev = GENESIS_HASH
    for e in entries:
        assert e.prev_hash == prev
        prev = e.chain_hash


@pytest.mark.parametrize("statement", ["UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events"])
def test_update_and_delete_are_refused_by_triggers(migrated, statement):
    with migrated.begin() as conn:
        append_event(conn, action="policy.changed", actor="system", object_type="policy", object_id="p1")
    with pytest.raises(sa.exc.DatabaseError), migrated.begin() as conn:
        conn.execute(sa.text(statement))
    with migrated.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(audit_events)).scalar_one() == 1


def test_rewinding_the_head_is_refused(migrated):
    with migrated.begin() as conn:
        append_event(conn, action="policy.changed", actor="system", object_type="policy", object_id="p1")
    with pytest.raises(sa.exc.DatabaseError), migrated.begin() as conn:
        conn.execute(sa.text("UPDATE audit_head SET seq = 0"))


def test_append_without_migration_fails_closed(sqlite_url):
    from gateway.store.db import make_engine

    eng = make_engine(sqlite_url)
    try:
        with pytest.raises(sa.exc.OperationalError), eng.begin() as conn:
            append_event(conn, action="a.b", actor="system", object_type="t", object_id="i")
        with eng.begin() as conn:
            conn.execute(sa.text("CREATE TABLE audit_head (id INTEGER PRIMARY KEY, seq BIGINT)"))
        with pytest.raises(AuditIntegrityError), eng.begin() as conn:
            append_event(conn, action="a.b", actor="system", object_type="t", object_id="i")
    finally:
        eng.dispose()


def test_injected_clock_and_backwards_time_warning(sqlite_url):
    from audit import set_default_clock
    from audit.verify import verify
    from gateway.store.db import make_engine

    eng = make_engine(sqlite_url)
    upgrade(eng)
    times = iter([datetime(2026, 11, 27, 2, tzinfo=UTC), datetime(2026, 11, 27, 1, tzinfo=UTC)])
    set_default_clock(lambda: next(times))
    try:
        with eng.begin() as conn:
            append_event(conn, action="auth.login", actor="user:u1", object_type="session", object_id="s1")
            append_event(conn, action="auth.logout", actor="user:u1", object_type="session", object_id="s1")
    finally:
        set_default_clock(None)
    with eng.connect() as conn:
        result = verify(conn)
        assert [e.event.ts for e in iter_entries(conn)] == [
            "2026-11-27T02:00:00.000000Z",
            "2026-11-27T01:00:00.000000Z",
        ]
    eng.dispose()
    assert result.ok  # the chain is intact; the clock jump is reported, not hidden
    assert [(w.code, w.seq) for w in result.warnings] == [("ts.backwards", 2)]
