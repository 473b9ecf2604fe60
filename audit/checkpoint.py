"""Checkpoints in the C2SP tlog-checkpoint format (https://c2sp.org/tlog-checkpoint), signed as C2SP notes.

Body::

    <origin>
    <tree size, decimal>
    <base64 Merkle root (RFC 9162)>
    [extension lines]

Sekisho adds one extension line, ``time <ISO 8601 UTC>``: when the checkpoint was signed, from the same clock as
the events (informational; verification never trusts it for ordering).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from audit.errors import CheckpointError
from audit.note import NoteSigner, NoteVerifier, open_note, sign_note

DEFAULT_ORIGIN = "sekisho.local/audit"
_SIZE = re.compile(r"0|[1-9][0-9]{0,18}")


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root_hash: bytes
    extensions: tuple[str, ...] = ()

    def body(self) -> str:
        if not self.origin or "\n" in self.origin:
            raise CheckpointError("the origin is one non-empty line")
        if len(self.root_hash) != 32:
            raise CheckpointError("the root hash is 32 bytes")
        lines = [self.origin, str(self.size), base64.b64encode(self.root_hash).decode(), *self.extensions]
        return "".join(f"{line}\n" for line in lines)

    @classmethod
    def parse(cls, body: str) -> Checkpoint:
        if not body.endswith("\n"):
            raise CheckpointError("malformed checkpoint")
        lines = body[:-1].split("\n")
        if len(lines) < 3 or not lines[0] or not _SIZE.fullmatch(lines[1]) or any(not x for x in lines[3:]):
            raise CheckpointError("malformed checkpoint")
        try:
            root = base64.b64decode(lines[2], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise CheckpointError("malformed checkpoint root hash") from exc
        if len(root) != 32:
            raise CheckpointError("malformed checkpoint root hash")
        return cls(lines[0], int(lines[1]), root, tuple(lines[3:]))

    @property
    def time(self) -> str | None:
        for line in self.extensions:
            if line.startswith("time "):
                return line[5:]
        return None


def sign_checkpoint(checkpoint: Checkpoint, signers: NoteSigner | Sequence[NoteSigner]) -> str:
    """The signed note text of ``checkpoint``."""
    if isinstance(signers, NoteSigner):
        signers = [signers]
    return sign_note(checkpoint.body(), signers)


def open_checkpoint(note: str, verifiers: Iterable[NoteVerifier], *, origin: str | None = None) -> Checkpoint:
    """Verify the note's signature(s) and parse the checkpoint; raise :class:`CheckpointError` on any failure."""
    checkpoint = Checkpoint.parse(open_note(note, verifiers).text)
    if origin is not None and checkpoint.origin != origin:
        raise CheckpointError("checkpoint origin does not match this log")
    return checkpoint
