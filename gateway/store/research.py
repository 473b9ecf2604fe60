"""The research store: de-identified objects (DICOM instances and scrubbed records) and the quarantine.

Nothing here is identified: subjects are research pseudonyms, UIDs are remapped, dates are shifted, and
quarantine entries name their input only by an opaque reference (never a path, which may carry PHI). Files live
under ``Settings.store_dir``; rows point at them by relative path.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

store_registry = registry()


def _uuid() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class StoreBase(SQLModel, registry=store_registry):
    pass


class ResearchObject(StoreBase, table=True):
    """One de-identified object in the research store."""

    __tablename__ = "research_object"
    __table_args__ = (UniqueConstraint("study_key", "object_key", name="uq_research_object_key"),)

    id: str = Field(default_factory=_uuid, primary_key=True, max_length=32)
    study_key: str = Field(index=True, max_length=64, description="policy study (approval number)")
    object_key: str = Field(max_length=128, description="idempotency key: new SOP UID or keyed record id")
    subject: str = Field(index=True, max_length=64, description="research pseudonym")
    registry_id: str = Field(
        default="", index=True, max_length=64, description="opt-out registry id (keyed, opaque): enforcement joins"
    )
    link_key: str | None = Field(
        default=None, index=True, max_length=64, description="keyed digest of the accession: joins reports to studies"
    )
    data_kind: str = Field(index=True, max_length=16, description="images|report|pathology|lab|...")
    modality: str | None = Field(default=None, max_length=16)
    study_uid: str | None = Field(default=None, max_length=64, index=True)
    series_uid: str | None = Field(default=None, max_length=64)
    sop_uid: str | None = Field(default=None, max_length=64)
    exam_date: date | None = Field(default=None, description="shifted date")
    path: str = Field(max_length=512, description="relative to the store directory")
    sha256: str = Field(max_length=64)
    size: int
    verified: bool = Field(default=False, description="passed the independent verifier")
    attributes: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False), description="quasi-identifiers for k checks"
    )
    labels: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    ingest_run: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utcnow)


class QuarantineEntry(StoreBase, table=True):
    """An input that could not be proven clean. ``source_ref`` is opaque (a keyed digest of the input)."""

    __tablename__ = "quarantine_entry"

    id: str = Field(default_factory=_uuid, primary_key=True, max_length=32)
    ingest_run: str | None = Field(default=None, max_length=32, index=True)
    source_ref: str = Field(max_length=64)
    stage: str = Field(max_length=32, description="parse|eligibility|scrub|pixels|verify|store")
    reason: str = Field(max_length=500)
    path: str | None = Field(default=None, max_length=512, description="relative to the quarantine directory")
    created_at: datetime = Field(default_factory=utcnow)


class IngestRun(StoreBase, table=True):
    __tablename__ = "ingest_run"

    id: str = Field(default_factory=_uuid, primary_key=True, max_length=32)
    source: str = Field(max_length=32, description="files|records|pacs|scp")
    actor: str = Field(max_length=64)
    policy_hash: str | None = Field(default=None, max_length=64)
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
