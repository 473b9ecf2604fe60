"""Audit errors. Messages name fields and rules, never the offending values (they could carry PHI)."""

from __future__ import annotations


class AuditError(Exception):
    """Base class of every audit error."""


class AuditValidationError(AuditError, ValueError):
    """An event was refused before it was written (bad action, actor, id or details)."""


class AuditIntegrityError(AuditError):
    """The stored log is not in a state an append can extend (missing head or previous entry)."""


class CheckpointError(AuditError):
    """A checkpoint or signed note is malformed or its signature does not verify."""
