"""C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 keys.

A note is UTF-8 text ending in a newline, a blank line, then signature lines
``— <key name> <base64(key hash (4 bytes) || signature)>``. The key hash is the first four bytes of
SHA-256(key name || 0x0A || 0x01 || 32-byte public key); the signature is Ed25519 over the text. Keys use the
vkey/skey string encodings of the Go reference implementation (golang.org/x/mod/sumdb/note):
``<name>+<hex key hash>+<base64(0x01 || public key)>`` and
``PRIVATE+KEY+<name>+<hex key hash>+<base64(0x01 || seed)>``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from audit.errors import CheckpointError

ALG_ED25519 = 0x01
SIG_PREFIX = "\u2014 "  # em dash, space
MAX_SIGNATURES = 100


def _check_name(name: str) -> str:
    if not name or any(ch.isspace() for ch in name) or "+" in name:
        raise CheckpointError("key names are non-empty and contain no spaces and no '+'")
    return name


def key_hash(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public_key).digest()[:4]


def _b64decode(value: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CheckpointError("invalid base64") from exc


class NoteVerifier:
    """An Ed25519 note verifier key (public)."""

    def __init__(self, name: str, public_key: bytes) -> None:
        if len(public_key) != 32:
            raise CheckpointError("Ed25519 public keys are 32 bytes")
        self.name = _check_name(name)
        self.public_key = public_key
        self.key_id = key_hash(name, public_key)
        self._key = Ed25519PublicKey.from_public_bytes(public_key)

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            self._key.verify(signature, message)
        except InvalidSignature:
            return False
        return True

    def encode(self) -> str:
        raw = base64.b64encode(bytes([ALG_ED25519]) + self.public_key).decode()
        return f"{self.name}+{self.key_id.hex()}+{raw}"

    @classmethod
    def decode(cls, vkey: str) -> NoteVerifier:
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise CheckpointError("malformed verifier key")
        name, hash_hex, raw_b64 = parts
        raw = _b64decode(raw_b64)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise CheckpointError("verifier key is not an Ed25519 key")
        verifier = cls(name, raw[1:])
        if verifier.key_id.hex() != hash_hex.lower():
            raise CheckpointError("verifier key hash does not match its name and key")
        return verifier

    def __repr__(self) -> str:
        return f"NoteVerifier({self.encode()!r})"


class NoteSigner:
    """An Ed25519 note signer key. Its repr never shows the secret."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        self.name = _check_name(name)
        self._key = private_key
        public = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.verifier = NoteVerifier(name, public)
        self.key_id = self.verifier.key_id

    @classmethod
    def generate(cls, name: str) -> NoteSigner:
        return cls(name, Ed25519PrivateKey.generate())

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)

    def encode(self) -> str:
        """The private key string (``PRIVATE+KEY+...``): a secret, store it with mode 0600."""
        seed = self._key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        raw = base64.b64encode(bytes([ALG_ED25519]) + seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.key_id.hex()}+{raw}"

    @classmethod
    def decode(cls, skey: str) -> NoteSigner:
        parts = skey.strip().split("+", 4)
        if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
            raise CheckpointError("malformed signer key")
        _, _, name, hash_hex, raw_b64 = parts
        raw = _b64decode(raw_b64)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise CheckpointError("signer key is not an Ed25519 key")
        signer = cls(name, Ed25519PrivateKey.from_private_bytes(raw[1:]))
        if signer.key_id.hex() != hash_hex.lower():
            raise CheckpointError("signer key hash does not match its name and key")
        return signer

    def __repr__(self) -> str:
        return f"NoteSigner(name={self.name!r}, key_id={self.key_id.hex()!r})"


@dataclass(frozen=True)
class SignedNote:
    text: str
    verified_by: tuple[str, ...]


def sign_note(text: str, signers: Sequence[NoteSigner]) -> str:
    if not text.endswith("\n"):
        raise CheckpointError("note text must end with a newline")
    if not signers:
        raise CheckpointError("a note needs at least one signer")
    message = text.encode("utf-8")
    lines = []
    for signer in signers:
        sig = base64.b64encode(signer.key_id + signer.sign(message)).decode()
        lines.append(f"{SIG_PREFIX}{signer.name} {sig}\n")
    return text + "\n" + "".join(lines)


def open_note(note: str, verifiers: Iterable[NoteVerifier]) -> SignedNote:
    """Split a signed note and check its signatures. Signatures by unknown keys are ignored; a signature by a known
    key that does not verify, or no verified signature at all, raises :class:`CheckpointError`."""
    split = note.rfind("\n\n")
    if split < 0 or not note.endswith("\n"):
        raise CheckpointError("malformed signed note")
    text, sig_block = note[: split + 1], note[split + 2 :]
    sig_lines = sig_block.splitlines(keepends=True)
    if not sig_lines or len(sig_lines) > MAX_SIGNATURES:
        raise CheckpointError("a signed note carries 1..100 signature lines")
    known = {(v.name, v.key_id): v for v in verifiers}
    message = text.encode("utf-8")
    verified: list[str] = []
    for line in sig_lines:
        if not line.startswith(SIG_PREFIX) or not line.endswith("\n"):
            raise CheckpointError("malformed signature line")
        fields = line[len(SIG_PREFIX) : -1].split(" ")
        if len(fields) != 2:
            raise CheckpointError("malformed signature line")
        name, sig_b64 = fields
        raw = _b64decode(sig_b64)
        if len(raw) < 5:
            raise CheckpointError("signature too short")
        verifier = known.get((name, raw[:4]))
        if verifier is None:
            continue
        if not verifier.verify(message, raw[4:]):
            raise CheckpointError(f"invalid signature by key {name!r}")
        verified.append(name)
    if not verified:
        raise CheckpointError("no signature by a trusted key")
    return SignedNote(text, tuple(verified))
