"""Signing the current head: lock, check, compute the Merkle root, sign, record, export."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from audit.checkpoint import DEFAULT_ORIGIN, Checkpoint, sign_checkpoint
from audit.clock import Clock, format_ts, system_clock
from audit.errors import AuditIntegrityError
from audit.merkle import MerkleTree
from audit.note import NoteSigner
from audit.sinks import CheckpointSink
from audit.store import append_event, leaf_hashes, lock_head
from audit.verify import CHECKPOINT_ACTION, verify


@dataclass(frozen=True)
class SignedCheckpoint:
    checkpoint: Checkpoint
    note: str
    seq: int  # the audit event that recorded it
    location: str | None

    @property
    def file_name(self) -> str:
        return checkpoint_file_name(self.checkpoint)


def checkpoint_file_name(cp: Checkpoint) -> str:
    stamp = (cp.time or "").replace(":", "").replace("-", "")
    return f"{cp.size:012d}-{stamp}.checkpoint"


def create_checkpoint(
    conn: Connection | Session,
    signer: NoteSigner,
    *,
    sink: CheckpointSink | None = None,
    origin: str = DEFAULT_ORIGIN,
    actor: str = "system",
    clock: Clock | None = None,
    check: bool = True,
) -> SignedCheckpoint:
    """Sign the log's current head in the caller's transaction.

    Holds the append lock, checks chain and hashes first (``check``; a log with problems is never signed),
    records an ``audit.checkpoint.signed`` event carrying the signature, and publishes the signed note to ``sink``
    before returning (so a failed export rolls the event back with the caller's transaction)."""
    size = lock_head(conn)
    if check:
        result = verify(conn, verifiers=[signer.verifier], origin=origin, upto=size)
        if result.problems or result.size != size:
            raise AuditIntegrityError(
                f"refusing to sign a checkpoint over a log with {len(result.problems)} problem(s); run audit verify"
            )
        root = result.root_hash
    else:
        root = MerkleTree(leaf_hashes(conn, upto=size)).root()
    now = format_ts((clock or system_clock)())
    cp = Checkpoint(origin, size, root, (f"time {now}",))
    note = sign_checkpoint(cp, signer)
    signature = note.rsplit(" ", 1)[1].strip()
    raw = base64.b64decode(signature)
    seq = append_event(
        conn,
        action=CHECKPOINT_ACTION,
        actor=actor,
        object_type="audit.checkpoint",
        object_id=f"size-{size}",
        details={
            "origin": origin,
            "tree_size": size,
            "root_hash": base64.b64encode(root).decode(),
            "time": now,
            "key": signer.name,
            "key_id": signer.key_id.hex(),
            "signature": base64.b64encode(raw[4:]).decode(),
        },
        clock=clock,
    )
    location = sink.publish(checkpoint_file_name(cp), note) if sink is not None else None
    return SignedCheckpoint(cp, note, seq, location)
