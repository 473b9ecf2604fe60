"""The vault's only contact with cryptography's hazmat layer (an import-linter contract keeps it so).

Primitives, all from pyca/cryptography:
- AES-256-GCM with associated data binding each ciphertext to its context (vault, purpose, row);
  wire form ``version(1) || nonce(12) || ciphertext+tag``.
- scrypt for passphrase-derived keys.
- Sealed boxes for the linkage (pseudonym -> patient ID): ephemeral X25519 + HKDF-SHA-256 + AES-256-GCM, so the
  gateway can record a mapping with the public key alone while reading one back needs the private key, which only
  the custodians' shares can unlock.
- Key-check values: HMAC-SHA-256(key, label) truncated to 64 bits, hex; a wrong key is detected before use.

Every failure of authentication surfaces as ``IntegrityError`` (or ``WrongKeyError`` for key checks) with no
chained exception.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from linkage_vault.errors import IntegrityError, WrongKeyError

KEY_BYTES = 32
_NONCE_BYTES = 12
_AEAD_V1 = b"\x01"
_SEAL_V1 = b"\x02"
_KCV_LABEL = b"sekisho key-check value v1"


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check_value(key: bytes) -> str:
    """A 64-bit check value: equal keys give equal values; the value reveals nothing usable about the key."""
    return hmac.new(key, _KCV_LABEL, hashlib.sha256).hexdigest()[:16]


def verify_key(key: bytes, expected_kcv: str, *, what: str = "key") -> None:
    if not hmac.compare_digest(key_check_value(key), expected_kcv):
        raise WrongKeyError(f"the {what} does not match its key-check value")


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise WrongKeyError("a key of the wrong length was supplied")


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    _check_key(key)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return _AEAD_V1 + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    _check_key(key)
    if len(blob) < 1 + _NONCE_BYTES + 16 or blob[:1] != _AEAD_V1:
        raise IntegrityError("stored ciphertext is malformed")
    try:
        return AESGCM(key).decrypt(blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :], aad)
    except InvalidTag:
        raise IntegrityError() from None


def wrap_key(kek: bytes, key: bytes, aad: bytes) -> bytes:
    """Wrap a data key under a key-encryption key (AES-GCM, context bound by ``aad``)."""
    return aead_encrypt(kek, key, aad)


def unwrap_key(kek: bytes, wrapped: bytes, aad: bytes) -> bytes:
    key = aead_decrypt(kek, wrapped, aad)
    _check_key(key)
    return key


def scrypt_key(passphrase: bytes, salt: bytes, *, n: int, r: int = 8, p: int = 1) -> bytes:
    if n < 2**10 or n & (n - 1):
        raise ValueError("scrypt n must be a power of two >= 1024")
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase)


def hkdf(ikm: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(ikm)


def new_keypair() -> tuple[bytes, bytes]:
    """(private, public) raw 32-byte X25519 keys."""
    priv = X25519PrivateKey.generate()
    return (
        priv.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        priv.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
    )


def public_from_private(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _seal_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return hkdf(shared, b"sekisho linkage seal v1", salt=eph_pub + recipient_pub)


def seal(public: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt to an X25519 public key: ``version || ephemeral public(32) || AEAD blob``."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(public))
    return _SEAL_V1 + eph_pub + aead_encrypt(_seal_key(shared, eph_pub, public), plaintext, aad)


def unseal(private: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < 33 or blob[:1] != _SEAL_V1:
        raise IntegrityError("stored sealed box is malformed")
    priv = X25519PrivateKey.from_private_bytes(private)
    eph_pub = blob[1:33]
    try:
        shared = priv.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    except ValueError:
        raise IntegrityError("stored sealed box is malformed") from None
    public = priv.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return aead_decrypt(_seal_key(shared, eph_pub, public), blob[33:], aad)
