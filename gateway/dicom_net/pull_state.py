"""Pull state: one row per (PACS, study) so a pull is resumable and idempotent. A study is named by a keyed digest of
its original Study Instance UID (an identifier under PS3.15: never stored in the clear), the PACS by a digest of
its address. Lifecycle (data, with an audit event ``pacs.study.<state>`` per transition in the same transaction):

    pending -> in_progress -> done | failed;  failed -> in_progress (retry);  in_progress -> in_progress (resumed
    after an interrupted process)

A ``done`` study is skipped by later pulls (``--force`` is not offered: the store is idempotent anyway).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, Session, select

from audit import append_event
from gateway.store.research import StoreBase


class PullStateName(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    FAILED = "failed"


TRANSITIONS: dict[PullStateName, frozenset[PullStateName]] = {
    PullStateName.PENDING: frozenset({PullStateName.IN_PROGRESS}),
    PullStateName.IN_PROGRESS: frozenset({PullStateName.IN_PROGRESS, PullStateName.DONE, PullStateName.FAILED}),
    PullStateName.FAILED: frozenset({PullStateName.IN_PROGRESS}),
    PullStateName.DONE: frozenset(),
}


class PullTransitionError(ValueError):
    def diagnostics(self) -> str:
        return str(self)


def check_transition(old: PullStateName, new: PullStateName) -> None:
    if new not in TRANSITIONS[old]:
        raise PullTransitionError(f"pull state {old.value} -> {new.value} is not allowed")


def can_transition(old: PullStateName, new: PullStateName) -> bool:
    return new in TRANSITIONS[old]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class PullState(StoreBase, table=True):
    __tablename__ = "pacs_pull_state"
    __table_args__ = (UniqueConstraint("source_key", "study_key", "study_ref", name="uq_pacs_pull_state_study"),)

    id: str = Field(default_factory=lambda: uuid.uuid4().hex, primary_key=True, max_length=32)
    source_key: str = Field(max_length=64, index=True, description="digest of the PACS address (no PHI)")
    study_key: str = Field(max_length=64, description="policy study (approval number)")
    study_ref: str = Field(max_length=64, description="keyed digest of the original Study Instance UID")
    state: str = Field(max_length=16, default=PullStateName.PENDING.value)
    attempts: int = 0
    expected: int | None = Field(default=None, description="instances the PACS reported for the study")
    counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    reason: str | None = Field(default=None, max_length=200, description="last failure: a fixed phrase")
    run_id: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=_utcnow)
    updated_at: datetime = Field(default_factory=_utcnow)


def get_or_create(session: Session, source_key: str, study_key: str, study_ref: str) -> PullState:
    row = session.exec(
        select(PullState).where(
            PullState.source_key == source_key, PullState.study_key == study_key, PullState.study_ref == study_ref
        )
    ).first()
    if row is None:
        row = PullState(source_key=source_key, study_key=study_key, study_ref=study_ref)
        session.add(row)
        session.flush()
    return row


def transition(
    session: Session,
    row: PullState,
    new: PullStateName,
    *,
    actor: str,
    run_id: str,
    reason: str | None = None,
    counts: dict[str, int] | None = None,
    expected: int | None = None,
) -> None:
    """Move ``row`` to ``new`` (checked against TRANSITIONS) and write its audit event in the same transaction."""
    old = PullStateName(row.state)
    check_transition(old, new)
    row.state = new.value
    row.run_id = run_id
    row.updated_at = _utcnow()
    if new is PullStateName.IN_PROGRESS:
        row.attempts += 1
        row.reason = None
    if reason is not None:
        row.reason = reason[:200]
    if counts is not None:
        row.counts = dict(counts)
    if expected is not None:
        row.expected = expected
    session.add(row)
    session.flush()
    details: dict[str, Any] = {
        "run": run_id,
        "from": old.value,
        "study_ref": row.study_ref,
        "attempt": row.attempts,
    }
    if reason is not None:
        details["reason"] = "".join(c if " " <= c <= "~" else "?" for c in reason)[:200]
    if expected is not None:
        details["expected"] = expected
    append_event(
        session,
        action=f"pacs.study.{new.value}",
        actor=actor,
        object_type="pacs_pull_state",
        object_id=row.id,
        details=details,
    )
