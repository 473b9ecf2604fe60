"""Deterministic derivation of per-study and registry keys from the vault's root keys (HMAC-SHA-256).

Per-study keys are derived, not stored: ``keys(study) = HMAC(root, "sekisho/v1/study" || 0 || study || 0 ||
purpose)``; the root is one random data key wrapped by the KEK, so destroying the root (or the KEK) makes every
study's pseudonyms, date shifts and UIDs unrecomputable. Recipient spaces are ``KeyedFunctions.derive``d from the
study's research space.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from linkage_vault.keyed import KeyedFunctions, crockford32

_STUDY_LABEL = b"sekisho/v1/study"
_REGISTRY_LABEL = b"sekisho/v1/registry"


_LABEL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}")


def check_label(value: str, what: str) -> str:
    """Study and recipient labels are opaque ASCII ids (protocol numbers, recipient ids): they name key spaces,
    never people, and appear in audit records."""
    if not isinstance(value, str) or not _LABEL_RE.fullmatch(value):
        raise ValueError(f"{what} must be an opaque id: 1-128 characters of [A-Za-z0-9._:/@+-]")
    return value


def _sub(root: bytes, study: str, purpose: bytes) -> bytes:
    msg = _STUDY_LABEL + b"\x00" + study.encode("utf-8") + b"\x00" + purpose
    return hmac.new(root, msg, hashlib.sha256).digest()


def study_keyed(root: bytes, study: str, *, min_shift_days: int = 1, max_shift_days: int = 365) -> KeyedFunctions:
    check_label(study, "study")
    return KeyedFunctions(
        pseudonym_key=_sub(root, study, b"pseudonym"),
        date_key=_sub(root, study, b"dateshift"),
        uid_key=_sub(root, study, b"uid"),
        namespace=study,
        min_shift_days=min_shift_days,
        max_shift_days=max_shift_days,
    )


def recipient_label(recipient: str) -> str:
    return "recipient:" + check_label(recipient, "recipient")


def registry_id(registry_key: bytes, patient_id: str) -> str:
    """Study-independent keyed id for the opt-out registry: ``R`` + 20 Crockford base32 characters (100 bits)."""
    pid = patient_id.strip()
    if not pid:
        raise ValueError("empty patient ID")
    digest = hmac.new(registry_key, _REGISTRY_LABEL + b"\x00" + pid.encode("utf-8"), hashlib.sha256).digest()
    return "R" + crockford32(digest[:13], 20)
