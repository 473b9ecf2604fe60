"""Password hashing with scrypt (memory-hard, stdlib ``hashlib.scrypt``).

Format: ``scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>``: the parameters travel with the hash, so they can be
raised later and old hashes still verify (``needs_rehash`` says when to re-hash at the next login).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from functools import lru_cache

LOG2_N = 15  # N = 32768, r = 8: 32 MiB per hash
R = 8
P = 1
MIN_LENGTH = 12
_MAXMEM = 64 * 1024 * 1024


class PasswordPolicyError(ValueError):
    def diagnostics(self) -> str:
        return f"password_policy: {self}"


def check_password_policy(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError(f"passwords need at least {MIN_LENGTH} characters")


def _derive(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=1 << log2_n, r=r, p=p, maxmem=_MAXMEM, dklen=32)


def hash_password(password: str, *, log2_n: int = LOG2_N) -> str:
    salt = secrets.token_bytes(16)
    digest = _derive(password, salt, log2_n, R, P)
    b64 = base64.b64encode
    return f"scrypt${log2_n}${R}${P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, encoded: str) -> bool:
    """Constant-time check; False for any malformed hash (fail closed)."""
    try:
        scheme, n, r, p, salt, digest = encoded.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _derive(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 6 or parts[0] != "scrypt" or parts[1:4] != [str(LOG2_N), str(R), str(P)]


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """A hash of nothing anyone knows: unknown login names cost the same time as known ones (no enumeration)."""
    return hash_password(secrets.token_urlsafe(16))
