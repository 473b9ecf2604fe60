"""TOTP second factor (RFC 6238 over RFC 4226 HOTP), in a few lines of ``hmac``.

Privacy officers and custodians must present one at console login. ``verify`` accepts the current step and one
step either side (clock drift) and returns the accepted step so the caller can refuse a replay of it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
from datetime import datetime
from urllib.parse import quote

STEP = 30
DIGITS = 6
_ALGORITHMS = {"SHA1": hashlib.sha1, "SHA256": hashlib.sha256, "SHA512": hashlib.sha512}


def new_secret() -> str:
    """160 random bits, base32 without padding (what authenticator apps expect)."""
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def _key(secret_b32: str) -> bytes:
    s = secret_b32.strip().replace(" ", "").upper()
    return base64.b32decode(s + "=" * (-len(s) % 8))


def hotp(key: bytes, counter: int, *, digits: int = DIGITS, algorithm: str = "SHA1") -> str:
    mac = hmac.new(key, struct.pack(">Q", counter), _ALGORITHMS[algorithm]).digest()
    offset = mac[-1] & 0x0F
    code = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(code % 10**digits).zfill(digits)


def time_step(at: datetime) -> int:
    return int(at.timestamp()) // STEP


def totp(secret_b32: str, at: datetime, *, digits: int = DIGITS, algorithm: str = "SHA1") -> str:
    return hotp(_key(secret_b32), time_step(at), digits=digits, algorithm=algorithm)


def verify(secret_b32: str, code: str, at: datetime, *, after_step: int | None = None, window: int = 1) -> int | None:
    """The accepted time step, or None. Steps at or before ``after_step`` (already used) are refused."""
    code = code.strip().replace(" ", "")
    if len(code) != DIGITS or not (code.isascii() and code.isdigit()):
        return None
    key = _key(secret_b32)
    now = time_step(at)
    for step in range(now - window, now + window + 1):
        if after_step is not None and step <= after_step:
            continue
        if hmac.compare_digest(hotp(key, step), code):
            return step
    return None


def provisioning_uri(secret_b32: str, username: str, issuer: str = "Sekisho") -> str:
    """``otpauth://`` URI for an authenticator app (shown once, by ``sekisho user add``)."""
    label = quote(f"{issuer}:{username}")
    return f"otpauth://totp/{label}?secret={secret_b32}&issuer={quote(issuer)}&algorithm=SHA1&digits={DIGITS}&period={STEP}"
