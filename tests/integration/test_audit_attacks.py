"""Acceptance: one test per attack on the audit log, each detected by ``audit.verify``, on SQLite and PostgreSQL.

The attacker here has full database access: the append-only triggers are bypassed (dropped on SQLite, disabled
through ``session_replication_role`` by the PostgreSQL superuser) before tampering. What the attacker does not
have is the checkpoint signing key and the checkpoints exported outside the database."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from audit import append_event
from audit.checkpoint import Checkpoint, sign_checkpoint
from audit.checkpoints import create_checkpoint
from audit.events import GENESIS_HASH, AuditEvent, chain_hash, details_json
from audit.merkle import MerkleTree
from audit.note import NoteSigner
from audit.sinks import DirectorySink
from audit.store import audit_events, iter_entries
from audit.verify import VerifyResult, verify
from gateway.store.migrate import upgrade

SIGNER = NoteSigner.generate("sekisho-audit-test")


class Log:
    def __init__(self, engine: sa.Engine, sink: DirectorySink) -> None:
        self.engine = engine
        self.sink = sink

    def append(self, n: int) -> None:
        with self.engine.begin() as conn:
            for i in range(n):
                append_event(
                    conn,
                    action="release.downloaded",
                    actor=f"user:contractor-{i % 3}",
                    object_type="release",
                    object_id=f"rel-{i}",
                    details={"bytes": 1000 + i, "ok": True},
                )

    def checkpoint(self) -> str:
        with self.engine.begin() as conn:
            return create_checkpoint(conn, SIGNER, sink=self.sink).note

    def verify(self, *, exported: bool = True) -> VerifyResult:
        notes = [p.read_text(encoding="utf-8") for p in self.sink.notes()] if exported else []
        with self.engine.connect() as conn:
            return verify(conn, verifiers=[SIGNER.verifier], checkpoints=notes)

    def tamper(self, *statements: str | sa.Executable) -> None:
        """Run statements with the append-only protection bypassed."""
        with self.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                for (name,) in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all():
                    conn.execute(sa.text(f"DROP TRIGGER {name}"))
            else:
                conn.execute(sa.text("SET LOCAL session_replication_role = replica"))
            for st in statements:
                conn.execute(sa.text(st) if isinstance(st, str) else st)


def codes(result: VerifyResult) -> set[str]:
    return {p.code for p in result.problems}


@pytest.fixture
def log(engine, tmp_path: Path) -> Iterator[Log]:
    upgrade(engine)
    lg = Log(engine, DirectorySink(tmp_path / "checkpoints"))
    lg.append(12)
    lg.checkpoint()  # event 13, checkpoint of size 12 exported
    lg.append(7)  # 20 events
    result = lg.verify()
    assert result.ok, result.problems
    assert (result.size, result.checkpoints_verified, result.internal_checkpoints_verified) == (20, 1, 1)
    assert not [w for w in result.warnings if w.code == "db.hardening"]
    yield lg


def test_modify_a_row_is_detected(log):
    log.tamper("UPDATE audit_events SET actor = 'user:someone-else' WHERE seq = 5")
    result = log.verify(exported=False)
    assert not result.ok
    assert any(p.code == "entry.modified" and p.seq == 5 for p in result.problems)
    # the signed checkpoint covering seq 5 no longer matches either
    assert {"checkpoint.inconsistent", "checkpoint.internal_mismatch"} <= codes(log.verify())


def test_modify_details_and_stored_hashes_is_detected(log):
    # rewrite the row and its own leaf hash: the chain link to the next row breaks
    with log.engine.connect() as conn:
        row = next(iter_entries(conn, after=6, upto=7))
    forged = AuditEvent(**{**row.event.to_dict(), "details": {"bytes": 1, "ok": True}})
    log.tamper(
        sa.update(audit_events)
        .where(audit_events.c.seq == 7)
        .values(
            details=details_json(forged.details),
            leaf_hash=forged.leaf_hash().hex(),
            chain_hash=chain_hash(row.prev_hash, forged.leaf_hash()),
        )
    )
    result = log.verify(exported=False)
    assert any(p.code == "chain.broken" and p.seq == 8 for p in result.problems)


def test_delete_a_row_is_detected(log):
    log.tamper("DELETE FROM audit_events WHERE seq = 9")
    result = log.verify(exported=False)
    assert any(p.code == "seq.gap" and p.seq == 10 for p in result.problems)
    assert any(p.code == "chain.broken" and p.seq == 10 for p in result.problems)


def rebuild(events: list[dict]) -> list[dict]:
    """What a thorough attacker does after removing events: renumber, recompute every hash and even the roots
    recorded in the checkpoint events, so that chain and tree are internally consistent again."""
    rows: list[dict] = []
    prev, tree = GENESIS_HASH, MerkleTree()
    for new_seq, original in enumerate(events, start=1):
        fields = {**original, "seq": new_seq}
        if fields["action"] == "audit.checkpoint.signed":
            root = base64.b64encode(tree.root()).decode()
            fields["details"] = {**fields["details"], "tree_size": tree.size, "root_hash": root}
        ev = AuditEvent(**fields)
        leaf = ev.leaf_hash()
        tree.append_hash(leaf)
        row = {**ev.to_dict(), "details": details_json(ev.details), "leaf_hash": leaf.hex(), "prev_hash": prev}
        row["chain_hash"] = prev = chain_hash(prev, leaf)
        rows.append(row)
    return rows


def test_delete_and_recompute_the_chain_is_detected(log):
    with log.engine.connect() as conn:
        events = [e.event.to_dict() for e in iter_entries(conn) if e.event.seq != 4]
    rows = rebuild(events)
    log.tamper("DELETE FROM audit_events", sa.insert(audit_events).values(rows), "UPDATE audit_head SET seq = 19")

    # chain, hashes and head are consistent again: only signatures can tell
    internal_only = log.verify(exported=False)
    assert not {"seq.gap", "chain.broken", "chain.mismatch", "entry.modified", "head.mismatch"} & codes(internal_only)
    assert codes(internal_only) == {"checkpoint.internal_invalid"}
    # the checkpoint kept outside the database proves that history was rewritten
    assert "checkpoint.inconsistent" in codes(log.verify())


def test_delete_recompute_and_drop_the_recorded_checkpoints_is_detected_by_the_exported_one(log):
    with log.engine.connect() as conn:
        events = [e.event.to_dict() for e in iter_entries(conn) if e.event.seq != 4]
    rows = rebuild([e for e in events if e["action"] != "audit.checkpoint.signed"])
    log.tamper(
        "DELETE FROM audit_events", sa.insert(audit_events).values(rows), f"UPDATE audit_head SET seq = {len(rows)}"
    )
    assert log.verify(exported=False).ok  # nothing inside the database can tell any more
    assert codes(log.verify()) == {"checkpoint.inconsistent"}


def test_reorder_is_detected(log):
    log.tamper(
        "UPDATE audit_events SET seq = -1 WHERE seq = 7",
        "UPDATE audit_events SET seq = 7 WHERE seq = 8",
        "UPDATE audit_events SET seq = 8 WHERE seq = -1",
    )
    result = log.verify(exported=False)
    assert {p.seq for p in result.problems if p.code == "entry.modified"} == {7, 8}


def test_truncating_the_tail_is_detected_against_an_exported_checkpoint(log):
    log.checkpoint()  # event 21, checkpoint of size 20 exported
    log.tamper("DELETE FROM audit_events WHERE seq > 15", "UPDATE audit_head SET seq = 15")
    # inside the database the shortened log is consistent (its own recorded checkpoint, size 12, still holds)
    assert log.verify(exported=False).ok
    result = log.verify()
    assert codes(result) == {"checkpoint.truncated"}
    assert result.checkpoints_verified == 1  # the size-12 checkpoint is still consistent


def test_forged_checkpoints_are_rejected(log, tmp_path):
    genuine = log.checkpoint()
    body, _, sig_line = genuine.partition("\n\n")
    cp = Checkpoint.parse(body + "\n")
    # 1. a signed checkpoint with its size or root altered
    altered = genuine.replace(f"\n{cp.size}\n", f"\n{cp.size + 5}\n", 1)
    # 2. a checkpoint signed by a key the verifier does not trust, claiming the same origin and name
    impostor = NoteSigner.generate(SIGNER.name)
    forged = sign_checkpoint(Checkpoint(cp.origin, 25, b"\x07" * 32), impostor)
    # 3. the genuine signature line pasted under another body
    pasted = Checkpoint(cp.origin, 3, b"\x01" * 32).body() + "\n" + sig_line
    for note in (altered, forged, pasted):
        with log.engine.connect() as conn:
            result = verify(conn, verifiers=[SIGNER.verifier], checkpoints=[note])
        assert codes(result) == {"checkpoint.invalid"}, note
    with log.engine.connect() as conn:
        assert verify(conn, verifiers=[SIGNER.verifier], checkpoints=[genuine]).ok


def test_head_rewind_without_deleting_rows_is_detected(log):
    log.tamper("UPDATE audit_head SET seq = 10")
    assert "head.mismatch" in codes(log.verify(exported=False))
