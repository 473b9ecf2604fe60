"""Audit events: validation, the canonical leaf encoding and the per-row hash chain.

No PHI by construction: callers pass opaque identifiers (``user:officer-1``, ``system``, pseudonyms, internal
ids), never names, patient IDs or birth dates. The validators enforce the shape of opaque identifiers: printable
ASCII without whitespace for ids (which also keeps kanji/kana names out), short scalar ``details`` with
identifier-like keys, strings bounded in length and free of control characters. Error messages name the field
and the rule, never the refused value.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from audit.canonical import canonical_json
from audit.errors import AuditValidationError

DetailValue = str | int | float | bool | None
Details = Mapping[str, DetailValue]

FORMAT_VERSION = 1
GENESIS_HASH = "0" * 64
MAX_DETAILS = 32
MAX_DETAIL_STR = 256
MAX_SAFE_INT = 2**53 - 1

_ACTION = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")
_OBJECT_TYPE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
_DETAIL_KEY = re.compile(r"[a-z][a-z0-9_]*")
# opaque identifiers: printable ASCII, no whitespace; must start with an alphanumeric character
_OPAQUE = re.compile(r"[A-Za-z0-9][!-~]*")
_PRINTABLE_ASCII = re.compile(r"[ -~]*")

LIMITS = {"action": 128, "actor": 128, "object_type": 64, "object_id": 256, "detail_key": 64}


def _check(name: str, value: object, pattern: re.Pattern[str], rule: str) -> str:
    if not isinstance(value, str):
        raise AuditValidationError(f"{name} must be a string")
    if not value or len(value) > LIMITS[name]:
        raise AuditValidationError(f"{name} must be 1..{LIMITS[name]} characters")
    if not pattern.fullmatch(value):
        raise AuditValidationError(f"{name} must be {rule}")
    return value


def validate_action(action: object) -> str:
    return _check("action", action, _ACTION, "a dotted lowercase identifier such as 'optout.recorded'")


def validate_actor(actor: object) -> str:
    return _check("actor", actor, _OPAQUE, "an opaque ASCII identifier without spaces (e.g. 'user:officer-1')")


def validate_object_type(object_type: object) -> str:
    return _check("object_type", object_type, _OBJECT_TYPE, "a lowercase identifier such as 'release'")


def validate_object_id(object_id: object) -> str:
    return _check("object_id", object_id, _OPAQUE, "an opaque ASCII identifier without spaces")


def validate_details(details: Mapping[str, object] | None) -> dict[str, DetailValue]:
    """Copy and check ``details``: at most 32 identifier keys; values str (printable ASCII, <= 256 characters),
    int (JSON-safe), finite float, bool or None."""
    if details is None:
        return {}
    if not isinstance(details, Mapping):
        raise AuditValidationError("details must be a mapping")
    if len(details) > MAX_DETAILS:
        raise AuditValidationError(f"details may hold at most {MAX_DETAILS} entries")
    out: dict[str, DetailValue] = {}
    for key, value in details.items():
        if not isinstance(key, str) or not key or len(key) > LIMITS["detail_key"] or not _DETAIL_KEY.fullmatch(key):
            raise AuditValidationError("details keys must be lowercase identifiers (a-z, 0-9, _), <= 64 characters")
        if value is None or isinstance(value, bool):
            out[key] = value
        elif isinstance(value, int):
            if abs(value) > MAX_SAFE_INT:
                raise AuditValidationError(f"details[{key!r}]: integers must be within +-(2**53 - 1)")
            out[key] = value
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise AuditValidationError(f"details[{key!r}]: floats must be finite")
            out[key] = value
        elif isinstance(value, str):
            if len(value) > MAX_DETAIL_STR:
                raise AuditValidationError(f"details[{key!r}]: strings must be <= {MAX_DETAIL_STR} characters")
            if not _PRINTABLE_ASCII.fullmatch(value):
                raise AuditValidationError(
                    f"details[{key!r}]: strings must be printable ASCII (opaque ids and codes, never free text)"
                )
            out[key] = value
        else:
            raise AuditValidationError(f"details[{key!r}]: values must be str, int, float, bool or None")
    return out


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One entry of the log, as stored (``seq`` is 1-based; Merkle leaf index is ``seq - 1``)."""

    seq: int
    ts: str
    action: str
    actor: str
    object_type: str
    object_id: str
    details: Mapping[str, DetailValue] = field(default_factory=dict)

    def leaf(self) -> bytes:
        """The canonical JSON (RFC 8785) of the event: the Merkle tree leaf and the input of the chain."""
        return canonical_json(
            {
                "v": FORMAT_VERSION,
                "seq": self.seq,
                "ts": self.ts,
                "action": self.action,
                "actor": self.actor,
                "object_type": self.object_type,
                "object_id": self.object_id,
                "details": dict(self.details),
            }
        )

    def leaf_hash(self) -> bytes:
        """RFC 9162 leaf hash: SHA-256(0x00 || leaf)."""
        return hashlib.sha256(b"\x00" + self.leaf()).digest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "ts": self.ts,
            "action": self.action,
            "actor": self.actor,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "details": dict(self.details),
        }


def chain_hash(prev_hex: str, leaf_hash: bytes) -> str:
    """Per-row chain: ``chain_n = SHA-256(chain_{n-1} || leaf_hash_n)``, ``chain_0`` = 32 zero bytes (hex)."""
    return hashlib.sha256(bytes.fromhex(prev_hex) + leaf_hash).hexdigest()


def details_json(details: Mapping[str, DetailValue]) -> str:
    return canonical_json(dict(details)).decode("utf-8")


def json_int(text: str) -> int | float:
    # canonical JSON writes integral floats without a fraction (1e16 -> "10000000000000000"); beyond the safe
    # integer range such a number can only have been a float, and parsing it as one restores the same double
    value = int(text)
    return value if abs(value) <= MAX_SAFE_INT else float(text)


def parse_details(text: str) -> dict[str, DetailValue]:
    """Read a stored ``details`` column back so that its canonical encoding is byte-identical."""
    value = json.loads(text, parse_int=json_int)
    if not isinstance(value, dict):
        raise ValueError("details column is not a JSON object")
    return value
