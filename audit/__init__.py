"""Tamper-evident audit log. The lowest layer: imports nothing of Sekisho's other packages.

Write path: :func:`append_event` in the caller's transaction (opaque ids only, never PHI). Each event is encoded
as canonical JSON (RFC 8785), hash-chained to its predecessor and is a leaf of an RFC 9162 Merkle tree; signed
checkpoints (C2SP signed-note / tlog-checkpoint, Ed25519) are exported outside the database through a sink, and
:func:`verify` checks chain, tree, head and checkpoints.
"""

from audit.checkpoints import SignedCheckpoint, create_checkpoint
from audit.errors import AuditError, AuditIntegrityError, AuditValidationError, CheckpointError
from audit.events import AuditEvent
from audit.note import NoteSigner, NoteVerifier
from audit.sinks import CheckpointSink, DirectorySink
from audit.store import append_event, set_default_clock
from audit.verify import Problem, VerifyResult, verify, verify_entries

__all__ = [
    "AuditError",
    "AuditEvent",
    "AuditIntegrityError",
    "AuditValidationError",
    "CheckpointError",
    "CheckpointSink",
    "DirectorySink",
    "NoteSigner",
    "NoteVerifier",
    "Problem",
    "SignedCheckpoint",
    "VerifyResult",
    "append_event",
    "create_checkpoint",
    "set_default_clock",
    "verify",
    "verify_entries",
]
