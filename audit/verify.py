"""Verification of the whole log: entries against their hashes, the chain, the head counter, the Merkle tree,
the checkpoints the log recorded about itself, and signed checkpoints kept outside the database.

Attacks and what catches them:
- a row modified (any column): its recomputed leaf hash differs (``entry.modified``);
- a row deleted: a sequence gap and a broken link (``seq.gap``, ``chain.broken``);
- rows reordered (sequence numbers swapped): the leaves commit to ``seq`` (``entry.modified``);
- a row deleted and every later row renumbered and re-hashed: internally consistent, so only signatures catch it:
  the signed in-log checkpoint events and the exported checkpoints no longer match the tree
  (``checkpoint.internal_mismatch``, ``checkpoint.inconsistent``);
- the tail truncated (rows and head rewound): an exported checkpoint is larger than the log
  (``checkpoint.truncated``);
- a forged or altered checkpoint: its signature does not verify against the trusted key (``checkpoint.invalid``).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from audit.checkpoint import DEFAULT_ORIGIN, Checkpoint, open_checkpoint
from audit.errors import AuditIntegrityError, CheckpointError
from audit.events import GENESIS_HASH, chain_hash
from audit.hardening import hardening_status
from audit.merkle import MerkleTree, verify_consistency
from audit.note import NoteVerifier
from audit.store import StoredEntry, connection_of, head_seq, iter_entries

CHECKPOINT_ACTION = "audit.checkpoint.signed"


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    seq: int | None = None

    def __str__(self) -> str:
        where = f" (seq {self.seq})" if self.seq is not None else ""
        return f"{self.code}{where}: {self.message}"


@dataclass
class VerifyResult:
    size: int = 0
    head: int | None = None
    root_hash: bytes = b""
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    checkpoints_verified: int = 0
    internal_checkpoints_verified: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "size": self.size,
            "head": self.head,
            "root_hash": base64.b64encode(self.root_hash).decode(),
            "checkpoints_verified": self.checkpoints_verified,
            "internal_checkpoints_verified": self.internal_checkpoints_verified,
            "problems": [{"code": p.code, "seq": p.seq, "message": p.message} for p in self.problems],
            "warnings": [{"code": p.code, "seq": p.seq, "message": p.message} for p in self.warnings],
        }


@dataclass(frozen=True)
class _InternalCheckpoint:
    seq: int
    details: dict[str, object]


def verify(
    conn: Connection | Session,
    *,
    verifiers: Sequence[NoteVerifier] = (),
    checkpoints: Iterable[str] = (),
    origin: str = DEFAULT_ORIGIN,
    upto: int | None = None,
) -> VerifyResult:
    """Check the log read through ``conn`` (and, if given, signed checkpoint notes kept outside the database).

    ``verifiers`` are the trusted checkpoint keys. ``upto`` limits the check to ``seq <= upto`` (used when
    signing a checkpoint over a locked head)."""
    head: int | None = None
    head_problem: Problem | None = None
    try:
        head = head_seq(conn)
    except AuditIntegrityError as exc:
        head_problem = Problem("head.missing", str(exc))
    result = verify_entries(
        iter_entries(conn, upto=upto),
        head=head if upto is None else None,
        verifiers=verifiers,
        checkpoints=checkpoints,
        origin=origin,
    )
    result.head = head
    if head_problem is not None:
        result.problems.insert(0, head_problem)
    for missing in hardening_status(connection_of(conn)):
        result.warnings.append(Problem("db.hardening", missing))
    return result


def verify_entries(
    entries: Iterable[StoredEntry],
    *,
    head: int | None = None,
    verifiers: Sequence[NoteVerifier] = (),
    checkpoints: Iterable[str] = (),
    origin: str = DEFAULT_ORIGIN,
) -> VerifyResult:
    """Check entries given in ``seq`` order (from the database or from an export, see :mod:`audit.export`):
    hashes, chain, recorded checkpoints, and the signed ``checkpoints``; ``head`` is the expected last ``seq``."""
    result = VerifyResult(head=head)
    problems = result.problems
    tree = MerkleTree()
    expected = 1
    last_chain = GENESIS_HASH
    last_ts = ""
    last_seq = 0
    internal: list[_InternalCheckpoint] = []
    for entry in entries:
        ev = entry.event
        if ev.seq != expected:
            problems.append(Problem("seq.gap", f"entries {expected}..{ev.seq - 1} are missing", ev.seq))
        leaf_hash = ev.leaf_hash()
        if "_unparseable" in ev.details or leaf_hash.hex() != entry.leaf_hash:
            problems.append(Problem("entry.modified", "the entry does not match its leaf hash", ev.seq))
        if entry.prev_hash != last_chain:
            problems.append(Problem("chain.broken", "prev_hash does not link to the previous entry", ev.seq))
        if entry.chain_hash != chain_hash(entry.prev_hash, leaf_hash):
            problems.append(Problem("chain.mismatch", "chain_hash is not SHA-256(prev_hash || leaf hash)", ev.seq))
        if ev.ts < last_ts:
            result.warnings.append(Problem("ts.backwards", "timestamp earlier than the previous entry's", ev.seq))
        if ev.action == CHECKPOINT_ACTION:
            internal.append(_InternalCheckpoint(ev.seq, dict(ev.details)))
        tree.append_hash(leaf_hash)
        last_chain, last_ts, last_seq, expected = entry.chain_hash, ev.ts, ev.seq, ev.seq + 1
    result.size = tree.size
    result.root_hash = tree.root()
    if head is not None and head != last_seq:
        problems.append(
            Problem("head.mismatch", f"audit_head says {head} but the last entry is {last_seq}", last_seq or None)
        )
    verifier_by_id = {(v.name, v.key_id.hex()): v for v in verifiers}
    for cp in internal:
        _check_internal(cp, tree, verifier_by_id, origin, result)
    for note in checkpoints:
        _check_external(note, tree, verifiers, origin, result)
    return result


def _check_internal(
    cp: _InternalCheckpoint,
    tree: MerkleTree,
    verifier_by_id: dict[tuple[str, str], NoteVerifier],
    origin: str,
    result: VerifyResult,
) -> None:
    d = cp.details
    try:
        size = int(str(d["tree_size"]))
        root = base64.b64decode(str(d["root_hash"]), validate=True)
        signature = base64.b64decode(str(d["signature"]), validate=True)
        key_name, key_id = str(d["key"]), str(d["key_id"])
        cp_origin, cp_time = str(d["origin"]), d.get("time")
    except (KeyError, ValueError, binascii.Error):
        result.problems.append(Problem("checkpoint.internal_malformed", "checkpoint event lacks fields", cp.seq))
        return
    if not 0 <= size < cp.seq or size > tree.size:
        result.problems.append(Problem("checkpoint.internal_mismatch", "checkpoint size out of range", cp.seq))
        return
    if tree.root(size) != root:
        result.problems.append(
            Problem("checkpoint.internal_mismatch", f"the log's first {size} entries no longer have this root", cp.seq)
        )
    verifier = verifier_by_id.get((key_name, key_id))
    if verifier is None:
        result.warnings.append(Problem("checkpoint.internal_unknown_key", "signed by a key not given", cp.seq))
        return
    extensions = (f"time {cp_time}",) if isinstance(cp_time, str) else ()
    body = Checkpoint(cp_origin, size, root, extensions).body().encode()
    if cp_origin != origin or not verifier.verify(body, signature):
        result.problems.append(Problem("checkpoint.internal_invalid", "recorded checkpoint signature fails", cp.seq))
        return
    result.internal_checkpoints_verified += 1


def _check_external(
    note: str, tree: MerkleTree, verifiers: Sequence[NoteVerifier], origin: str, result: VerifyResult
) -> None:
    if not verifiers:
        result.problems.append(Problem("checkpoint.no_key", "no trusted key given to verify checkpoints"))
        return
    try:
        cp = open_checkpoint(note, verifiers, origin=origin)
    except CheckpointError as exc:
        result.problems.append(Problem("checkpoint.invalid", f"checkpoint rejected: {exc}"))
        return
    if cp.size > tree.size:
        result.problems.append(
            Problem("checkpoint.truncated", f"a signed checkpoint covers {cp.size} entries, the log has {tree.size}")
        )
        return
    proof = tree.consistency_proof(cp.size)
    if not verify_consistency(cp.size, tree.size, cp.root_hash, tree.root(), proof):
        result.problems.append(
            Problem("checkpoint.inconsistent", f"the log is not an extension of the signed tree of size {cp.size}")
        )
        return
    result.checkpoints_verified += 1


__all__ = ["CHECKPOINT_ACTION", "Problem", "VerifyResult", "verify", "verify_entries"]
