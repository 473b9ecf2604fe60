"""Jobs and their items in the shared database: several gateway workers, one queue.

- Leasing: ``SELECT ... FOR UPDATE SKIP LOCKED`` (PostgreSQL) picks items no other worker is looking at, and a
  conditional ``UPDATE`` claims them with a fresh lease token and an expiry. On SQLite (the embedded default)
  ``SKIP LOCKED`` does not exist: the conditional update keeps it correct, but SQLite serialises writers, so it
  is the single-worker fallback.
- Lease expiry: an item whose lease has expired (its worker crashed or hung) is leased again; after
  ``max_attempts`` leases it is failed (fail closed: the run reports it as quarantined).
- Idempotent completion: ``complete`` succeeds only for the current lease token of a leased item; a late or
  repeated completion changes nothing and returns False. ``on_commit`` runs in the same transaction, so an
  effect recorded there happens exactly once.
- Resumable runs: the items are the state. Submitting the same job again (same idempotency key) returns the
  existing job; workers pick up whatever is not done.

Item references are relative input paths: they stay in the gateway's database, never in logs, audit records or
messages (those carry job ids and counts only). Audit: job creation and the job's end, in the same transaction.
Per-item events are not audited (tens of millions); the run report is the per-item record.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint, func, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from audit.store import append_event

jobs_registry = registry()

PENDING, LEASED, DONE, FAILED = "pending", "leased", "done", "failed"
OPEN, FINISHED = "open", "finished"
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


def _uuid() -> str:
    return uuid.uuid4().hex


class JobsBase(SQLModel, registry=jobs_registry):
    pass


class ScaleJob(JobsBase, table=True):
    __tablename__ = "scale_job"

    id: str = Field(default_factory=_uuid, primary_key=True, max_length=32)
    kind: str = Field(max_length=32)
    idem_key: str = Field(max_length=64, unique=True, description="same key: same job (resubmission resumes)")
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=OPEN, max_length=16, index=True)
    item_count: int = 0
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class ScaleJobItem(JobsBase, table=True):
    __tablename__ = "scale_job_item"
    __table_args__ = (
        UniqueConstraint("job_id", "seq", name="uq_scale_job_item_seq"),
        Index("ix_scale_job_item_job_status", "job_id", "status", "seq"),
    )

    id: int | None = Field(default=None, primary_key=True)
    job_id: str = Field(foreign_key="scale_job.id", max_length=32)
    seq: int
    ref: str = Field(max_length=1024, description="input reference (relative path): never logged")
    status: str = Field(default=PENDING, max_length=16)
    lease_token: str | None = Field(default=None, max_length=32)
    lease_owner: str | None = Field(default=None, max_length=64)
    lease_expires_at: datetime | None = None
    attempts: int = 0
    result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    completed_by: str | None = Field(default=None, max_length=64)
    updated_at: datetime = Field(default_factory=utcnow)


JOB = ScaleJob.__table__  # type: ignore[attr-defined]
ITEM = ScaleJobItem.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Lease:
    item_id: int
    job_id: str
    seq: int
    ref: str
    token: str
    attempt: int
    expires_at: datetime


@dataclass(frozen=True)
class Progress:
    total: int
    pending: int
    leased: int
    done: int
    failed: int
    status: str

    @property
    def finished(self) -> bool:
        return self.done + self.failed == self.total


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite returns naive UTC
        return value.replace(tzinfo=UTC)
    return value


def create_job(
    engine: Engine,
    *,
    kind: str,
    idem_key: str,
    params: dict[str, Any],
    refs: Sequence[str],
    actor: str,
) -> tuple[str, bool]:
    """Create a job with one item per ref (in order); (job id, created). An existing job with the same
    ``idem_key`` is returned as it is (its items and progress kept): that is how a run resumes."""
    with engine.begin() as conn:
        existing = conn.execute(select(JOB.c.id).where(JOB.c.idem_key == idem_key)).scalar()
        if existing is not None:
            return str(existing), False
        job_id = _uuid()
        now = utcnow()
        conn.execute(
            JOB.insert().values(
                id=job_id,
                kind=kind,
                idem_key=idem_key,
                params=params,
                status=OPEN if refs else FINISHED,
                item_count=len(refs),
                created_by=actor,
                created_at=now,
                finished_at=None if refs else now,
            )
        )
        rows = [
            {"job_id": job_id, "seq": i, "ref": r, "status": PENDING, "attempts": 0, "updated_at": now}
            for i, r in enumerate(refs)
        ]
        for start in range(0, len(rows), 5000):
            conn.execute(ITEM.insert(), rows[start : start + 5000])
        append_event(
            conn,
            action="job.create",
            actor=actor,
            object_type="scale_job",
            object_id=job_id,
            details={"kind": kind, "items": len(refs)},
        )
    return job_id, True


def get_job(engine: Engine, job_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(JOB).where(JOB.c.id == job_id)).mappings().first()
    return dict(row) if row is not None else None


def lease(
    engine: Engine,
    worker: str,
    *,
    job_id: str | None = None,
    limit: int = 8,
    lease_seconds: float = 300.0,
    max_attempts: int = 3,
    clock: Clock = utcnow,
) -> list[Lease]:
    """Lease up to ``limit`` items (pending, or leased with an expired lease) of ``job_id`` or of any open job,
    oldest first. Items already leased ``max_attempts`` times are failed instead of leased again."""
    now = clock()
    expires = now + timedelta(seconds=lease_seconds)
    leases: list[Lease] = []
    with engine.begin() as conn:
        available = (ITEM.c.status == PENDING) | ((ITEM.c.status == LEASED) & (ITEM.c.lease_expires_at < now))
        query = (
            select(ITEM.c.id, ITEM.c.job_id, ITEM.c.seq, ITEM.c.ref, ITEM.c.attempts, ITEM.c.status)
            .join(JOB, JOB.c.id == ITEM.c.job_id)
            .where(JOB.c.status == OPEN, available)
            .order_by(JOB.c.created_at, ITEM.c.job_id, ITEM.c.seq)
            .limit(limit)
        )
        if job_id is not None:
            query = query.where(ITEM.c.job_id == job_id)
        if conn.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=ITEM)
        rows = conn.execute(query).all()
        still = (ITEM.c.status == PENDING) | ((ITEM.c.status == LEASED) & (ITEM.c.lease_expires_at < now))
        poison = [r for r in rows if r.attempts >= max_attempts]
        fresh = [r for r in rows if r.attempts < max_attempts]
        touched = {r.job_id for r in poison}
        if poison:
            conn.execute(
                update(ITEM)
                .where(ITEM.c.id.in_([r.id for r in poison]), still)
                .values(
                    status=FAILED,
                    lease_token=None,
                    result={"status": "quarantined", "reason": "processing failed repeatedly"},
                    updated_at=now,
                )
            )
        if fresh:
            token = _uuid()  # one token per lease batch; an item is still named by (id, token)
            res = conn.execute(
                update(ITEM)
                .where(ITEM.c.id.in_([r.id for r in fresh]), still)
                .values(
                    status=LEASED,
                    lease_token=token,
                    lease_owner=worker[:64],
                    lease_expires_at=expires,
                    attempts=ITEM.c.attempts + 1,
                    updated_at=now,
                )
            )
            claimed = {r.id for r in fresh}
            if res.rowcount != len(fresh):  # without row locks (SQLite) another worker may have won some
                claimed = set(conn.execute(select(ITEM.c.id).where(ITEM.c.lease_token == token)).scalars())
            leases = [
                Lease(r.id, r.job_id, r.seq, r.ref, token, r.attempts + 1, expires) for r in fresh if r.id in claimed
            ]
        for jid in touched:
            _finish_if_done(conn, jid, worker, now)
    return leases


def renew(
    engine: Engine, leases: Iterable[Lease], *, lease_seconds: float = 300.0, clock: Clock = utcnow
) -> list[Lease]:
    """Extend leases still held (same token, still leased); returns the renewed ones."""
    now = clock()
    expires = now + timedelta(seconds=lease_seconds)
    kept: list[Lease] = []
    with engine.begin() as conn:
        for held in leases:
            res = conn.execute(
                update(ITEM)
                .where(ITEM.c.id == held.item_id, ITEM.c.lease_token == held.token, ITEM.c.status == LEASED)
                .values(lease_expires_at=expires, updated_at=now)
            )
            if res.rowcount == 1:
                kept.append(Lease(held.item_id, held.job_id, held.seq, held.ref, held.token, held.attempt, expires))
    return kept


def complete(
    engine: Engine,
    held: Lease,
    result: dict[str, Any],
    *,
    worker: str,
    on_commit: Callable[[Connection], None] | None = None,
    clock: Clock = utcnow,
) -> bool:
    """Mark the item done with ``result`` if ``held`` is still its lease; ``on_commit`` runs in the same
    transaction. False (and no change) for a lost lease or a repeated completion."""
    hook = (lambda conn, _lease: on_commit(conn)) if on_commit is not None else None
    return complete_many(engine, [(held, result)], worker=worker, on_commit=hook, clock=clock)[0]


def complete_many(
    engine: Engine,
    done: Sequence[tuple[Lease, dict[str, Any]]],
    *,
    worker: str,
    on_commit: Callable[[Connection, Lease], None] | None = None,
    clock: Clock = utcnow,
) -> list[bool]:
    """``complete`` for a batch in one transaction (one commit for a worker's whole lease batch); one flag per
    item, in order. ``on_commit(conn, lease)`` runs for each accepted item only."""
    now = clock()
    accepted: list[bool] = []
    with engine.begin() as conn:
        for held, result in done:
            res = conn.execute(
                update(ITEM)
                .where(ITEM.c.id == held.item_id, ITEM.c.lease_token == held.token, ITEM.c.status == LEASED)
                .values(status=DONE, result=result, completed_by=worker[:64], lease_token=None, updated_at=now)
            )
            ok = res.rowcount == 1
            if ok and on_commit is not None:
                on_commit(conn, held)
            accepted.append(ok)
        for job_id in sorted({held.job_id for (held, _), ok in zip(done, accepted, strict=True) if ok}):
            _finish_if_done(conn, job_id, worker, now)
    return accepted


def reopen(engine: Engine, job_id: str, seqs: Iterable[int], *, actor: str, clock: Clock = utcnow) -> int:
    """Put done items back to pending (their staged output was lost) and reopen the job; returns how many."""
    wanted = sorted(set(seqs))
    if not wanted:
        return 0
    now = clock()
    with engine.begin() as conn:
        res = conn.execute(
            update(ITEM)
            .where(ITEM.c.job_id == job_id, ITEM.c.seq.in_(wanted), ITEM.c.status == DONE)
            .values(status=PENDING, result=None, completed_by=None, lease_token=None, updated_at=now)
        )
        conn.execute(update(JOB).where(JOB.c.id == job_id).values(status=OPEN, finished_at=None))
        append_event(
            conn,
            action="job.reopen",
            actor=actor[:64],
            object_type="scale_job",
            object_id=job_id,
            details={"items": int(res.rowcount)},
        )
    return int(res.rowcount)


def release(engine: Engine, held: Lease, *, clock: Clock = utcnow) -> bool:
    """Give a lease back without a result (a worker shutting down): the item is pending again."""
    with engine.begin() as conn:
        res = conn.execute(
            update(ITEM)
            .where(ITEM.c.id == held.item_id, ITEM.c.lease_token == held.token, ITEM.c.status == LEASED)
            .values(status=PENDING, lease_token=None, lease_expires_at=None, updated_at=clock())
        )
        return res.rowcount == 1


def finish_open_jobs(engine: Engine, actor: str, *, job_id: str | None = None, clock: Clock = utcnow) -> None:
    """Mark open jobs with nothing pending or leased as finished. ``complete_many`` does this in the completing
    transaction, but two workers committing the last items at the same time each still see the other's item as
    leased (READ COMMITTED), so neither finishes the job: an idle worker calls this in a fresh transaction."""
    with engine.begin() as conn:
        query = select(JOB.c.id).where(JOB.c.status == OPEN)
        if job_id is not None:
            query = query.where(JOB.c.id == job_id)
        for (jid,) in conn.execute(query).all():
            _finish_if_done(conn, str(jid), actor, clock())


def _finish_if_done(conn: Connection, job_id: str, actor: str, now: datetime) -> None:
    open_items = conn.execute(
        select(func.count()).select_from(ITEM).where(ITEM.c.job_id == job_id, ITEM.c.status.in_((PENDING, LEASED)))
    ).scalar_one()
    if open_items:
        return
    res = conn.execute(
        update(JOB).where(JOB.c.id == job_id, JOB.c.status == OPEN).values(status=FINISHED, finished_at=now)
    )
    if res.rowcount == 1:
        failed = conn.execute(
            select(func.count()).select_from(ITEM).where(ITEM.c.job_id == job_id, ITEM.c.status == FAILED)
        ).scalar_one()
        append_event(
            conn,
            action="job.finish",
            actor=actor[:64],
            object_type="scale_job",
            object_id=job_id,
            details={"failed": int(failed)},
        )


def progress(engine: Engine, job_id: str) -> Progress:
    with engine.connect() as conn:
        status = conn.execute(select(JOB.c.status).where(JOB.c.id == job_id)).scalar()
        if status is None:
            raise KeyError("no such job")
        counts: dict[str, int] = {
            str(st): int(n)
            for st, n in conn.execute(
                select(ITEM.c.status, func.count()).where(ITEM.c.job_id == job_id).group_by(ITEM.c.status)
            ).all()
        }
    total = sum(counts.values())
    return Progress(
        total,
        int(counts.get(PENDING, 0)),
        int(counts.get(LEASED, 0)),
        int(counts.get(DONE, 0)),
        int(counts.get(FAILED, 0)),
        str(status),
    )


def items(engine: Engine, job_id: str) -> list[dict[str, Any]]:
    """Every item of the job in order (seq, ref, status, result, attempts, completed_by)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(ITEM.c.seq, ITEM.c.ref, ITEM.c.status, ITEM.c.result, ITEM.c.attempts, ITEM.c.completed_by)
            .where(ITEM.c.job_id == job_id)
            .order_by(ITEM.c.seq)
        ).mappings()
        return [dict(r) for r in rows]
