"""The release signing key (Ed25519) and DSSE envelopes, per docs/RELEASE_FORMAT.md.

The private key lives at ``<keys_dir>/release-signing.pem``: PKCS#8 PEM encrypted under ``SEKISHO_KEY_PASSPHRASE``,
file mode 0600, created on first use in dev mode only (prod mode refuses to create one: provision it); with
``SEKISHO_KEY_PROVIDER=keyring`` its 32-byte seed lives in the configured keyring backend instead. It is never
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
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from gateway.settings import Settings

KEY_FILE = "release-signing.pem"
KEYRING_NAME = "sekisho-release-signing"
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


def _from_keyring(settings: Settings, create: bool) -> Ed25519PrivateKey:
    """The key's 32-byte seed in the configured keyring provider (``SEKISHO_KEY_PROVIDER=keyring``)."""
    from gateway.services.vault import key_provider
    from linkage_vault.errors import KeyNotFoundError, VaultError

    try:
        provider = key_provider(settings)
        try:
            seed = provider.get_key(KEYRING_NAME)
        except KeyNotFoundError:
            if not create:
                raise SigningKeyError("no release signing key in the keyring (created in dev mode only)") from None
            key = Ed25519PrivateKey.generate()
            provider.set_key(KEYRING_NAME, key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))
            return key
    except VaultError:
        raise SigningKeyError("the keyring holding the release signing key is unavailable") from None
    if len(seed) != 32:
        raise SigningKeyError("the keyring's release signing key is not an Ed25519 seed")
    return Ed25519PrivateKey.from_private_bytes(seed)


def load_signing_key(settings: Settings, *, create: bool | None = None) -> Ed25519PrivateKey:
    """The release signing key; created on first use when ``create`` (default: dev mode only). With the keyring
    key provider the seed lives in the keyring; otherwise in the encrypted 0600 file under ``keys_dir``."""
    if create is None:
        create = settings.mode == "dev"
    if settings.key_provider == "keyring":
        return _from_keyring(settings, create)
    path = key_path(settings)
    if not path.exists():
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
