"""``scrub dicom`` as a job in the shared database, done by any number of gateway workers.

``submit_scrub`` lists the inputs (in the local run's order) as the job's items; ``run_worker`` leases batches,
scrubs each file and stages its output under ``DST/.sekisho-jobs/<job>/<seq>.dcm`` (PHI-free name, atomic
rename), then completes the item with ``{status, reason, output}``; ``finish_scrub`` takes the items in input
order and applies the local run's rules (``gateway.scale.run.commit``), so the report and the output bytes are
those of ``sekisho scrub dicom`` on one machine. Every step can be repeated after a crash: a lost lease is
retried, a re-staged output has the same bytes, ``finish_scrub`` picks up where it stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine

from gateway.scale import jobs
from gateway.scale.run import Result, commit, list_inputs, scrub_one
from gateway.scrub.dicom.engine import RunConfig
from gateway.scrub.dicom.report import FileReport, write_report

KIND_SCRUB = "scrub_dicom"
STAGING = ".sekisho-jobs"
COMMITTED = "committed"
Configure = Callable[[dict[str, Any]], RunConfig]


class JobError(ValueError):
    """A job that cannot be submitted or finished as asked; the message carries no file name."""


def default_worker_id() -> str:
    """``worker:<host>:<pid>``: an opaque ASCII id (audit actor, lease owner)."""
    host = re.sub(r"[^A-Za-z0-9.-]", "-", socket.gethostname())[:40] or "host"
    return f"worker:{host}:{os.getpid()}"


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True


def submit_scrub(
    engine: Engine,
    src: Path,
    dst: Path,
    *,
    policy: Path | None,
    study: str | None,
    clean_text: bool = True,
    actor: str = "system",
) -> tuple[str, bool]:
    """Create (or find, to resume) the job that scrubs ``src`` into ``dst``; (job id, created)."""
    if not src.exists():
        raise JobError("SRC does not exist")
    if src.is_dir() and _inside(dst, src):
        raise JobError("the destination must not be under the source")
    base, files = list_inputs(src)
    policy_digest = hashlib.sha256(policy.read_bytes()).hexdigest() if policy is not None else None
    params: dict[str, Any] = {
        "base": str(base.resolve()),
        "dst": str(dst.resolve()),
        "policy": str(policy.resolve()) if policy is not None else None,
        "policy_sha256": policy_digest,
        "study": study,
        "clean_text": clean_text,
    }
    idem = hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()
    refs = [p.relative_to(base).as_posix() for p in files]
    return jobs.create_job(engine, kind=KIND_SCRUB, idem_key=idem, params=params, refs=refs, actor=actor)


@dataclass
class WorkerStats:
    leased: int = 0
    completed: int = 0
    lost: int = 0
    jobs: set[str] = field(default_factory=set)


def _write_atomic(target: Path, data: bytes) -> None:
    """Temporary name + rename: never half a file under the final name. No fsync: a staged output lost in a
    machine crash is caught by its digest at ``finish_scrub`` and the item is done again."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)


@dataclass(frozen=True)
class _JobContext:
    cfg: RunConfig
    base: Path
    staging: Path


def _context(engine: Engine, job_id: str, configure: Configure) -> _JobContext:
    job = jobs.get_job(engine, job_id)
    if job is None or job["kind"] != KIND_SCRUB:
        raise JobError("not a scrub job")
    params = dict(job["params"])
    return _JobContext(configure(params), Path(params["base"]), Path(params["dst"]) / STAGING / job_id)


def process_item(ctx: _JobContext, held: jobs.Lease) -> dict[str, Any]:
    res = scrub_one(ctx.base / held.ref, ctx.cfg)
    if res.status == "ok" and res.data is not None and res.relpath is not None:
        _write_atomic(ctx.staging / f"{held.seq}.dcm", res.data)
        digest = hashlib.sha256(res.data).hexdigest()
        return {"status": "ok", "reason": "", "output": res.relpath, "sha256": digest}
    return {"status": "quarantined", "reason": res.reason, "output": None}


def run_worker(
    engine: Engine,
    configure: Configure,
    *,
    worker_id: str | None = None,
    job_id: str | None = None,
    batch: int = 16,
    lease_seconds: float = 300.0,
    max_attempts: int = 3,
    poll_seconds: float = 1.0,
    forever: bool = False,
    max_items: int | None = None,
) -> WorkerStats:
    """Lease, process and complete items until the selected job (or every open job) is finished; with
    ``forever``, keep polling for new jobs. Items another worker holds are waited for: if that worker dies its
    leases expire and are taken over here."""
    worker = worker_id or default_worker_id()
    stats = WorkerStats()
    contexts: dict[str, _JobContext] = {}
    while max_items is None or stats.leased < max_items:
        limit = batch if max_items is None else min(batch, max_items - stats.leased)
        held = jobs.lease(
            engine, worker, job_id=job_id, limit=limit, lease_seconds=lease_seconds, max_attempts=max_attempts
        )
        if not held:
            jobs.finish_open_jobs(engine, worker, job_id=job_id)
            if not forever and not _work_left(engine, job_id):
                break
            time.sleep(poll_seconds)
            continue
        stats.leased += len(held)
        done: list[tuple[jobs.Lease, dict[str, Any]]] = []
        i = 0
        while i < len(held):
            item = held[i]
            ctx = contexts.get(item.job_id)
            if ctx is None:
                ctx = contexts[item.job_id] = _context(engine, item.job_id, configure)
            done.append((item, process_item(ctx, item)))
            stats.jobs.add(item.job_id)
            i += 1
            rest = held[i:]
            if rest and (rest[0].expires_at - jobs.utcnow()).total_seconds() < lease_seconds / 2:
                held = held[:i] + jobs.renew(engine, rest, lease_seconds=lease_seconds)
                _complete(engine, done, worker, stats)  # slow items: record what is done so far
                done = []
        _complete(engine, done, worker, stats)
    return stats


def _complete(engine: Engine, done: list[tuple[jobs.Lease, dict[str, Any]]], worker: str, stats: WorkerStats) -> None:
    """Complete a batch in one transaction (one commit per lease batch, not per item)."""
    if done:
        for ok in jobs.complete_many(engine, done, worker=worker):
            stats.completed += int(ok)
            stats.lost += int(not ok)


def _work_left(engine: Engine, job_id: str | None) -> bool:
    with engine.connect() as conn:
        query = select(func.count()).select_from(jobs.JOB).where(jobs.JOB.c.status == jobs.OPEN)
        if job_id is not None:
            query = query.where(jobs.JOB.c.id == job_id)
        return bool(conn.execute(query).scalar_one())


def finish_scrub(
    engine: Engine, job_id: str, *, report: Path | None = None, quarantine: Path | None = None
) -> list[FileReport]:
    """Commit a finished job's outputs in input order and write its report (the local run's format). Safe to
    run again after a crash part-way (outputs already moved are read back from DST)."""
    job = jobs.get_job(engine, job_id)
    if job is None or job["kind"] != KIND_SCRUB:
        raise JobError("no such scrub job")
    if job["status"] == COMMITTED:
        raise JobError("job already finished and committed")
    if not jobs.progress(engine, job_id).finished:
        raise JobError("job still has items to do")
    params = job["params"]
    base, dst = Path(params["base"]), Path(params["dst"])
    if quarantine is not None and _inside(quarantine, dst):
        raise JobError("the quarantine directory must not be under the destination")
    staging = dst / STAGING / job_id
    rows = jobs.items(engine, job_id)

    def staged_bytes(row: dict[str, Any]) -> bytes | None:
        """The staged output (or, after an interrupted finish, the output already moved into place), if it
        has the digest the worker recorded."""
        res = row["result"]
        for path in (staging / f"{row['seq']}.dcm", dst / str(res["output"])):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if hashlib.sha256(data).hexdigest() == res.get("sha256"):
                return data
        return None

    def is_ok(row: dict[str, Any]) -> bool:
        res = row["result"] or {}
        return row["status"] == jobs.DONE and res.get("status") == "ok" and bool(res.get("output"))

    lost = [row["seq"] for row in rows if is_ok(row) and staged_bytes(row) is None]
    if lost:
        n = jobs.reopen(engine, job_id, lost, actor="system")
        raise JobError(f"{n} staged outputs were lost; those items are pending again: run the workers, then finish")

    def results() -> Iterator[tuple[Path, Result]]:
        for row in rows:
            res = row["result"] or {"status": "quarantined", "reason": "processing failed repeatedly"}
            if is_ok(row):
                yield base / row["ref"], Result("ok", "", str(res["output"]), staged_bytes(row))
            else:
                yield base / row["ref"], Result("quarantined", str(res.get("reason", "")))

    dst.mkdir(parents=True, exist_ok=True)
    reports = commit(base, dst, results(), quarantine)
    if report is not None:
        write_report(report, reports)
    with engine.begin() as conn:
        conn.execute(update(jobs.JOB).where(jobs.JOB.c.id == job_id).values(status=COMMITTED))
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):  # the staging root, once empty (other jobs may still use it)
        (dst / STAGING).rmdir()
    return reports
