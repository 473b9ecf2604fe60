"""Shamir's secret sharing over GF(2^8) (the AES field, polynomial x^8 + x^4 + x^3 + x + 1), byte-wise.

``split(secret, k, n)`` gives ``n`` shares, any ``k`` of which reconstruct the secret and any ``k - 1`` of which
reveal nothing about it (each byte is the constant term of a random polynomial of degree ``k - 1``; coefficients
come from ``secrets``). ``combine`` interpolates at x = 0. Pure Python table arithmetic: fine for 32-byte keys;
not constant-time, which matters little for an offline, audited, two-person ceremony.

Shares travel as text: ``sekisho-share-v1:<set id>:<k>:<x>:<hex y>:<check>`` where ``check`` is the first 8 hex
digits of SHA-256 over the rest, so a mistyped share is rejected with a clear error instead of silently giving a
wrong key. Whether the *combined* secret is right is checked by the caller against a key-check value.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

from linkage_vault.errors import InsufficientSharesError, InvalidShareError

_PREFIX = "sekisho-share-v1"
_SHARE_RE = re.compile(
    r"^sekisho-share-v1:(?P<set>[0-9a-f]{16}):(?P<k>[0-9]{1,3}):(?P<x>[0-9]{1,3}):(?P<y>[0-9a-f]{2,256}):(?P<c>[0-9a-f]{8})$"
)


def _tables() -> tuple[list[int], list[int]]:
    exp = [0] * 512
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        # multiply by the generator 3 = x + 1
        x ^= (x << 1) ^ (0x11B if x & 0x80 else 0)
        x &= 0xFF
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


_EXP, _LOG = _tables()


def gf_mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def gf_div(a: int, b: int) -> int:
    if b == 0:
        raise ZeroDivisionError("division by zero in GF(256)")
    if a == 0:
        return 0
    return _EXP[(_LOG[a] - _LOG[b]) % 255]


def _eval(coeffs: list[int], x: int) -> int:
    acc = 0
    for c in reversed(coeffs):  # Horner
        acc = gf_mul(acc, x) ^ c
    return acc


@dataclass(frozen=True)
class Share:
    set_id: str
    threshold: int
    x: int
    y: bytes = field(repr=False)

    def __repr__(self) -> str:
        return f"Share(set={self.set_id}, k={self.threshold}, x={self.x}, <redacted>)"

    def encode(self) -> str:
        body = f"{_PREFIX}:{self.set_id}:{self.threshold}:{self.x}:{self.y.hex()}"
        return f"{body}:{_check(body)}"

    @classmethod
    def decode(cls, text: str) -> Share:
        m = _SHARE_RE.match(text.strip())
        if not m:
            raise InvalidShareError("a share is not in the sekisho-share-v1 format")
        body = text.strip().rsplit(":", 1)[0]
        if not hmac.compare_digest(_check(body), m["c"]):
            raise InvalidShareError("a share fails its checksum (mistyped or altered)")
        k, x = int(m["k"]), int(m["x"])
        if not 2 <= k <= 255 or not 1 <= x <= 255 or len(m["y"]) % 2:
            raise InvalidShareError("a share has out-of-range parameters")
        return cls(set_id=m["set"], threshold=k, x=x, y=bytes.fromhex(m["y"]))


def _check(body: str) -> str:
    return hashlib.sha256(body.encode("ascii")).hexdigest()[:8]


def new_set_id() -> str:
    return secrets.token_hex(8)


def split(secret: bytes, k: int, n: int, *, set_id: str | None = None) -> list[Share]:
    """Split ``secret`` into ``n`` shares with threshold ``k`` (2 <= k <= n <= 255)."""
    if not 2 <= k <= n <= 255:
        raise ValueError("need 2 <= k <= n <= 255")
    if not secret:
        raise ValueError("empty secret")
    sid = set_id or new_set_id()
    ys = [bytearray() for _ in range(n)]
    for byte in secret:
        coeffs = [byte, *secrets.token_bytes(k - 1)]
        for i in range(n):
            ys[i].append(_eval(coeffs, i + 1))
    return [Share(set_id=sid, threshold=k, x=i + 1, y=bytes(ys[i])) for i in range(n)]


def combine(shares: list[Share], *, threshold: int, set_id: str | None = None) -> bytes:
    """Reconstruct the secret from at least ``threshold`` shares of one set.

    ``threshold`` and ``set_id`` come from the vault's own record, never from the shares, so a share that claims a
    lower threshold cannot lower the bar. Too few distinct shares raise ``InsufficientSharesError``.
    """
    distinct: dict[int, Share] = {}
    for s in shares:
        if set_id is not None and s.set_id != set_id:
            raise InvalidShareError("a share belongs to another (or a superseded) share set")
        if s.threshold != threshold:
            raise InvalidShareError("a share's threshold differs from the vault's")
        prev = distinct.get(s.x)
        if prev is not None:
            if prev.y != s.y:
                raise InvalidShareError("two different shares carry the same index")
            continue
        distinct[s.x] = s
    if len(distinct) < threshold:
        raise InsufficientSharesError(
            "too few distinct custodian shares to reconstruct the custody key", needed=threshold, given=len(distinct)
        )
    used = list(distinct.values())[:threshold]
    length = len(used[0].y)
    if any(len(s.y) != length for s in used):
        raise InvalidShareError("shares of different lengths")
    out = bytearray(length)
    for i, si in enumerate(used):
        # Lagrange basis polynomial at 0: prod_{j != i} x_j / (x_j - x_i); subtraction is XOR in GF(2^8)
        num, den = 1, 1
        for j, sj in enumerate(used):
            if i != j:
                num = gf_mul(num, sj.x)
                den = gf_mul(den, sj.x ^ si.x)
        basis = gf_div(num, den)
        for b in range(length):
            out[b] ^= gf_mul(si.y[b], basis)
    return bytes(out)
