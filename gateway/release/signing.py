"""The release signing key (Ed25519) and DSSE envelopes, per docs/RELEASE_FORMAT.md.

The private key lives at ``<keys_dir>/release-signing.pem``: PKCS#8 PEM encrypted under ``SEKISHO_KEY_PASSPHRASE``,
file mode 0600, created on first use in dev mode only (prod mode refuses to create one: provision it). It is never
committed and never logged; the public key (raw 32 bytes, hex) is what recipients configure as trusted.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from gateway.settings import Settings

KEY_FILE = "release-signing.pem"
RELEASE_PAYLOAD_TYPE = "application/vnd.in-toto+json"
STATUS_PAYLOAD_TYPE = "application/vnd.sekisho.release-status+json"


class SigningKeyError(Exception):
    """The signing key is missing (prod), unreadable or under another passphrase. No key material in messages."""

    code = "signing_key"

    def diagnostics(self) -> str:
        return f"{self.code}: {self}"


def key_path(settings: Settings) -> Path:
    return settings.keys_dir / KEY_FILE


def _passphrase(settings: Settings) -> bytes:
    return settings.key_passphrase.get_secret_value().encode("utf-8")


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_signing_key(settings: Settings, *, create: bool | None = None) -> Ed25519PrivateKey:
    """The release signing key; created (0600) on first use when ``create`` (default: dev mode only)."""
    path = key_path(settings)
    if not path.exists():
        if create is None:
            create = settings.mode == "dev"
        if not create:
            raise SigningKeyError("no release signing key is provisioned (created automatically in dev mode only)")
        settings.keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(_passphrase(settings)))
        atomic_write(path, pem, 0o600)
        return key
    if path.stat().st_mode & 0o077:
        raise SigningKeyError("the release signing key file is readable by group or others (needs mode 0600)")
    try:
        loaded = load_pem_private_key(path.read_bytes(), password=_passphrase(settings))
    except (ValueError, TypeError):
        raise SigningKeyError("the release signing key cannot be opened with the configured passphrase") from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise SigningKeyError("the release signing key is not an Ed25519 key")
    return loaded


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def keyid(key: Ed25519PrivateKey) -> str:
    return hashlib.sha256(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).hexdigest()


def pae(payload_type: str, body: bytes) -> bytes:
    """DSSE pre-authentication encoding."""
    t = payload_type.encode()
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(body), body)


def envelope(payload_type: str, body: bytes, key: Ed25519PrivateKey) -> dict[str, Any]:
    return {
        "payloadType": payload_type,
        "payload": base64.b64encode(body).decode(),
        "signatures": [{"keyid": keyid(key), "sig": base64.b64encode(key.sign(pae(payload_type, body))).decode()}],
    }
