"""Keyed functions used by de-identification: pseudonyms, per-patient date shifts, UID remapping.

All are HMAC-SHA-256 under keys held by the vault; the same key gives the same output in every process, run
and worker (so files, texts and releases stay consistent), and a different key gives unrelated outputs. An
unkeyed hash of a patient ID is never used: it would be brute-forceable.

Encodings:
- pseudonym: ``P`` + 20 characters of Crockford base32 (100 bits of the HMAC) — compact, case-insensitive, no
  ambiguous letters.
- date shift: an integer number of days in ``[-max_shift_days, -min_shift_days]`` (always into the past, never
  zero), identical for every object and text of one patient, so intervals are preserved.
- UID: ``2.25.`` + the decimal value of 128 bits of the HMAC (PS3.5 B.2, UUID-derived UID form), at most 44
  characters.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def crockford32(data: bytes, length: int) -> str:
    n = int.from_bytes(data, "big")
    bits = len(data) * 8
    out = []
    for i in range(length):
        shift = bits - 5 * (i + 1)
        if shift < 0:
            break
        out.append(_CROCKFORD[(n >> shift) & 31])
    return "".join(out)


def _hmac(key: bytes, label: bytes, value: str) -> bytes:
    return hmac.new(key, label + b"\x00" + value.encode("utf-8"), hashlib.sha256).digest()


@dataclass(frozen=True)
class KeyedFunctions:
    """The keyed de-identification functions for one study (namespace). Keys are never shown in reprs."""

    pseudonym_key: bytes = field(repr=False)
    date_key: bytes = field(repr=False)
    uid_key: bytes = field(repr=False)
    namespace: str = "default"
    min_shift_days: int = 1
    max_shift_days: int = 365

    def __post_init__(self) -> None:
        for name in ("pseudonym_key", "date_key", "uid_key"):
            if len(getattr(self, name)) < 32:
                raise ValueError(f"{name} must be at least 32 bytes")
        if not 1 <= self.min_shift_days <= self.max_shift_days:
            raise ValueError("need 1 <= min_shift_days <= max_shift_days")

    def pseudonym(self, patient_id: str) -> str:
        """Research pseudonym of a patient ID within this namespace."""
        digest = _hmac(self.pseudonym_key, b"pseudonym:" + self.namespace.encode(), patient_id.strip())
        return "P" + crockford32(digest[:13], 20)

    def date_shift_days(self, patient_id: str) -> int:
        """Days to add to every date of this patient (negative: into the past)."""
        digest = _hmac(self.date_key, b"dateshift:" + self.namespace.encode(), patient_id.strip())
        span = self.max_shift_days - self.min_shift_days + 1
        return -(self.min_shift_days + int.from_bytes(digest[:8], "big") % span)

    def remap_uid(self, uid: str) -> str:
        """Deterministic replacement UID under the ``2.25`` root."""
        digest = _hmac(self.uid_key, b"uid:" + self.namespace.encode(), uid.strip().rstrip("\x00"))
        return "2.25." + str(int.from_bytes(digest[:16], "big"))

    def derive(self, label: str) -> KeyedFunctions:
        """Keyed functions for a sub-space (e.g. one recipient): outputs unlinkable across labels."""

        def sub(key: bytes) -> bytes:
            return hmac.new(key, b"derive:" + label.encode("utf-8"), hashlib.sha256).digest()

        return KeyedFunctions(
            pseudonym_key=sub(self.pseudonym_key),
            date_key=sub(self.date_key),
            uid_key=sub(self.uid_key),
            namespace=f"{self.namespace}/{label}",
            min_shift_days=self.min_shift_days,
            max_shift_days=self.max_shift_days,
        )
