"""Canonical JSON (RFC 8785, JSON Canonicalization Scheme) for audit events and checkpoints' metadata."""

from __future__ import annotations

from typing import Any

import rfc8785


def canonical_json(obj: Any) -> bytes:
    """The RFC 8785 canonical UTF-8 encoding of ``obj`` (sorted keys, no whitespace, ES6 number format)."""
    return rfc8785.dumps(obj)
