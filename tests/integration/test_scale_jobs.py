"""Jobs in the shared database (issue #13): leasing with SKIP LOCKED, lease expiry after a crash, idempotent
completion, resumable runs; two real worker processes against PostgreSQL do every item exactly once, and the
finished job's report and outputs are byte for byte those of the local run. SQLite: the single-worker fallback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from gateway.scale import jobs
from gateway.scale.worker import JobError, finish_scrub, run_worker, submit_scrub
from gateway.scrub.dicom.engine import RunConfig, run_directory
from gateway.store.db import make_engine
from gateway.store.migrate import upgrade
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions
from tests.support.dicom import phi_file_bytes

ROOT = Path(__file__).resolve().parents[2]
KEYS = KeyedFunctions(b"p" * 32, b"d" * 32, b"u" * 32, namespace="IRB-TEST-1")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 4, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _migrated(engine: Any) -> Any:
    upgrade(engine)
    return engine


def _tree(root: Path, n: int) -> Path:
    src = root / "src"
    (src / "鈴木一郎_0001").mkdir(parents=True)
    (src / "b").mkdir()
    for i in range(n):
        data, _ = phi_file_bytes(instance=i + 1)
        (src / ("b" if i % 3 else "鈴木一郎_0001") / f"img{i:03d}.dcm").write_bytes(data)
    (src / "b" / "dup.dcm").write_bytes(phi_file_bytes(instance=2)[0])
    (src / "notes.txt").write_text("not dicom", encoding="utf-8")
    return src


def _configure(params: dict[str, Any]) -> RunConfig:
    return RunConfig(options=DicomDeidOptions(clean_pixel_data=False), keys=KEYS)


def _files(dst: Path) -> dict[str, bytes]:
    return {p.relative_to(dst).as_posix(): p.read_bytes() for p in sorted(dst.rglob("*")) if p.is_file()}


def test_lease_expiry_and_idempotent_completion(engine: Any) -> None:
    _migrated(engine)
    clock = Clock()
    job, created = jobs.create_job(
        engine, kind="test", idem_key="k1", params={}, refs=["a", "b", "c"], actor="user:steward-1"
    )
    assert created
    assert jobs.create_job(engine, kind="test", idem_key="k1", params={}, refs=["x"], actor="user:steward-1") == (
        job,
        False,
    )
    a = jobs.lease(engine, "w-a", limit=2, lease_seconds=60, clock=clock)
    b = jobs.lease(engine, "w-b", limit=5, lease_seconds=60, clock=clock)
    assert [x.ref for x in a] == ["a", "b"] and [x.ref for x in b] == ["c"]
    assert jobs.lease(engine, "w-b", limit=5, lease_seconds=60, clock=clock) == []
    clock.now += timedelta(seconds=30)
    assert [x.ref for x in jobs.renew(engine, b, lease_seconds=60, clock=clock)] == ["c"]  # w-b is alive
    clock.now += timedelta(seconds=31)  # w-a crashed: its leases expire, w-b takes them over
    b2 = jobs.lease(engine, "w-b", limit=5, lease_seconds=60, clock=clock)
    assert [(x.ref, x.attempt) for x in b2] == [("a", 2), ("b", 2)]
    assert not jobs.complete(engine, a[0], {"by": "a"}, worker="w-a", clock=clock)  # a late completion
    assert jobs.complete(engine, b2[0], {"by": "b"}, worker="w-b", clock=clock)
    assert not jobs.complete(engine, b2[0], {"by": "b-again"}, worker="w-b", clock=clock)  # repeated
    # c's lease was renewed by w-b: still its own
    assert [x.ref for x in jobs.renew(engine, b + a, lease_seconds=60, clock=clock)] == ["c"]
    assert jobs.complete(engine, b[0], {"by": "b"}, worker="w-b", clock=clock)
    assert jobs.progress(engine, job).status == jobs.OPEN
    assert jobs.release(engine, b2[1], clock=clock)
    b3 = jobs.lease(engine, "w-b", limit=5, lease_seconds=60, clock=clock)
    assert [(x.ref, x.attempt) for x in b3] == [("b", 3)]
    assert jobs.complete(engine, b3[0], {"by": "b"}, worker="w-b", clock=clock)
    p = jobs.progress(engine, job)
    assert (p.done, p.failed, p.status, p.finished) == (3, 0, jobs.FINISHED, True)
    rows = jobs.items(engine, job)
    assert [r["result"] for r in rows] == [{"by": "b"}] * 3
    assert {r["completed_by"] for r in rows} == {"w-b"}
    with engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text("SELECT action FROM audit_events ORDER BY seq"))]
    assert actions[-2:] == ["job.create", "job.finish"]


@pytest.mark.postgres
def test_a_job_whose_last_items_were_completed_concurrently_is_finished_by_an_idle_worker(engine: Any) -> None:
    """Two workers committing the last items at the same moment each see the other's item still leased, so neither
    finishes the job in its completing transaction (READ COMMITTED write skew). Simulated here by completing the
    items behind the job's back; an idle worker must finish the job and return instead of polling forever."""
    from sqlalchemy import update

    from gateway.scale.worker import run_worker

    _migrated(engine)
    job, _ = jobs.create_job(engine, kind="test", idem_key="race", params={}, refs=["a", "b"], actor="user:steward-1")
    with engine.begin() as conn:
        conn.execute(update(jobs.ITEM).where(jobs.ITEM.c.job_id == job).values(status=jobs.DONE))
    assert jobs.get_job(engine, job)["status"] == jobs.OPEN  # the state the race leaves behind
    stats = run_worker(engine, _configure, worker_id="worker:idle", job_id=job, poll_seconds=0.01)
    assert stats.leased == 0
    assert jobs.get_job(engine, job)["status"] == jobs.FINISHED


def test_leasing_skips_rows_another_worker_has_locked(pg_url: str) -> None:
    engine = _migrated(make_engine(pg_url))
    try:
        job, _ = jobs.create_job(engine, kind="test", idem_key="k3", params={}, refs=list("abcdef"), actor="system")
        with engine.connect() as other:  # another worker, mid-lease: rows a and b locked, not yet updated
            tx = other.begin()
            other.execute(
                select(jobs.ITEM.c.id).where(jobs.ITEM.c.job_id == job, jobs.ITEM.c.seq < 2).with_for_update()
            )
            # waiting on the locked rows instead of skipping them would fail after 5 s
            waiting = make_engine(pg_url, connect_args={"options": "-c lock_timeout=5000"})
            try:
                got = jobs.lease(waiting, "w", limit=3)
            finally:
                waiting.dispose()
            assert [x.ref for x in got] == ["c", "d", "e"]
            tx.rollback()
        assert [x.ref for x in jobs.lease(engine, "w2", limit=10)] == ["a", "b", "f"]
    finally:
        engine.dispose()


def test_an_item_that_keeps_crashing_workers_fails_closed(engine: Any) -> None:
    _migrated(engine)
    clock = Clock()
    job, _ = jobs.create_job(engine, kind="test", idem_key="k2", params={}, refs=["poison"], actor="system")
    for _ in range(2):
        assert len(jobs.lease(engine, "w", lease_seconds=10, max_attempts=2, clock=clock)) == 1
        clock.now += timedelta(seconds=11)
    assert jobs.lease(engine, "w", lease_seconds=10, max_attempts=2, clock=clock) == []
    row = jobs.items(engine, job)[0]
    assert row["status"] == jobs.FAILED and row["result"]["status"] == "quarantined"
    assert jobs.progress(engine, job).status == jobs.FINISHED


def test_sqlite_single_worker_resumes_and_matches_the_local_run(sqlite_url: str, tmp_path: Path) -> None:
    engine = _migrated(make_engine(sqlite_url))
    try:
        src = _tree(tmp_path, 10)
        local_report = tmp_path / "R-local.json"
        run_directory(src, tmp_path / "dst-local", _configure({}), report=local_report)
        dst = tmp_path / "dst-jobs"
        job, created = submit_scrub(engine, src, dst, policy=None, study="IRB-TEST-1")
        assert created
        with pytest.raises(JobError):
            finish_scrub(engine, job)  # not done yet
        first = run_worker(engine, _configure, worker_id="w-1", batch=3, max_items=4)
        assert first.completed == 4
        assert submit_scrub(engine, src, dst, policy=None, study="IRB-TEST-1") == (job, False)  # resume
        second = run_worker(engine, _configure, worker_id="w-2", batch=3)
        assert first.completed + second.completed == 12
        staged = sorted((dst / ".sekisho-jobs" / job).glob("*.dcm"))
        staged[0].unlink()  # a staged output lost (e.g. a machine crash before the page cache was written)
        staged[1].write_bytes(b"truncated")
        with pytest.raises(JobError, match="2 staged outputs were lost"):
            finish_scrub(engine, job)
        assert jobs.progress(engine, job).pending == 2
        assert run_worker(engine, _configure, worker_id="w-3").completed == 2
        report = tmp_path / "R-jobs.json"
        finish_scrub(engine, job, report=report)
        assert report.read_bytes() == local_report.read_bytes()
        assert _files(dst) == _files(tmp_path / "dst-local")
        with pytest.raises(JobError):
            finish_scrub(engine, job)
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.slow
def test_two_worker_processes_on_postgresql_do_every_item_exactly_once(pg_url: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "SEKISHO_HOME": str(home),
        "SEKISHO_MODE": "dev",
        "SEKISHO_DATABASE_URL": pg_url,
        "PYTHONWARNINGS": "error::DeprecationWarning:gateway",
    }
    src = _tree(tmp_path, 36)
    policy = tmp_path / "p.yaml"
    policy.write_text("dicom:\n  clean_pixel_data: false\n", encoding="utf-8")
    main = [sys.executable, "-m", "gateway.cli.main"]
    cli = [*main, "worker"]
    dst = tmp_path / "dst-jobs"
    local_report = tmp_path / "R-local.json"
    local_opts = ["--study", "IRB-TEST-1", "--no-clean-text", "--report", str(local_report)]
    local = subprocess.run(  # the reference: one process; it also creates the dev vault before the workers start
        [*main, "scrub", "dicom", str(src), str(tmp_path / "dst-local"), "--policy", str(policy), *local_opts],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert local.returncode == 0, local.stderr
    sub = subprocess.run(
        [*cli, "submit", str(src), str(dst), "--policy", str(policy), "--study", "IRB-TEST-1", "--no-clean-text"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert sub.returncode == 0, sub.stderr
    job = sub.stdout.strip()
    engine = make_engine(pg_url)
    try:
        crashed = jobs.lease(engine, "worker:crashed", limit=3, lease_seconds=2)  # taken, never completed
        assert len(crashed) == 3
        # the workers write to files, not pipes: a worker blocked on a full pipe inside a leasing transaction
        # would hold its rows (SKIP LOCKED hides them from the other worker) and the run would never finish
        logs = [tmp_path / f"w{i}.log" for i in (1, 2)]
        procs = []
        for i, log in zip((1, 2), logs, strict=True):
            with log.open("w", encoding="utf-8") as fh:
                procs.append(
                    subprocess.Popen(
                        [*cli, "run", "--job", job, "--batch", "2", "--lease-seconds", "60", "--id", f"worker:w{i}"],
                        env=env,
                        cwd=ROOT,
                        stdout=fh,
                        stderr=subprocess.STDOUT,
                    )
                )
        completed = 0
        for proc, log in zip(procs, logs, strict=True):
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                for p in procs:
                    p.kill()
                    p.wait()
                raise AssertionError("worker timed out: " + " | ".join(x.read_text()[-1500:] for x in logs)) from None
            err = log.read_text(encoding="utf-8")
            assert proc.returncode == 0, err[-2000:]
            m = re.search(r"(\d+) items completed, (\d+) leases lost", err)
            assert m is not None, err[-2000:]
            completed += int(m.group(1))
        rows = jobs.items(engine, job)
        assert completed == len(rows) == 38  # every item completed once, by one of the two workers
        assert {r["status"] for r in rows} == {jobs.DONE}
        assert {r["completed_by"] for r in rows} <= {"worker:w1", "worker:w2"}
        crashed_seqs = {c.seq for c in crashed}
        assert all(r["attempts"] == (2 if r["seq"] in crashed_seqs else 1) for r in rows)
        with engine.connect() as conn:
            status = conn.execute(select(jobs.JOB.c.status).where(jobs.JOB.c.id == job)).scalar()
        assert status == jobs.FINISHED
        report = tmp_path / "R-jobs.json"
        fin = subprocess.run(
            [*cli, "finish", job, "--report", str(report)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert fin.returncode == 0, fin.stderr
    finally:
        engine.dispose()
    assert report.read_bytes() == local_report.read_bytes()
    assert _files(dst) == _files(tmp_path / "dst-local")
    assert not (dst / ".sekisho-jobs").exists()
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert sum(f["status"] == "ok" for f in files) == 36


@pytest.mark.postgres
@pytest.mark.slow
def test_a_killed_worker_s_items_are_done_by_another(pg_url: str, tmp_path: Path) -> None:
    """SIGKILL a real worker process while it holds leases: its items expire and the next worker does them."""
    engine = _migrated(make_engine(pg_url))
    try:
        src = _tree(tmp_path, 16)
        job, _ = submit_scrub(engine, src, tmp_path / "dst", policy=None, study="IRB-TEST-1")
        script = (
            "import sys, time\n"
            "from gateway.scale import jobs\n"
            "from gateway.store.db import make_engine\n"
            "from tests.integration.test_scale_jobs import _configure\n"
            "from gateway.scale.worker import _context, process_item\n"
            "engine = make_engine(sys.argv[1])\n"
            "held = jobs.lease(engine, 'worker:victim', job_id=sys.argv[2], limit=5, lease_seconds=2)\n"
            "ctx = _context(engine, sys.argv[2], _configure)\n"
            "process_item(ctx, held[0])\n"
            "print('leased', flush=True)\n"
            "time.sleep(600)\n"
        )
        victim = subprocess.Popen(
            [sys.executable, "-c", script, pg_url, job], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        try:
            assert victim.stdout is not None
            assert victim.stdout.readline().strip() == "leased"
        finally:
            victim.kill()
            victim.communicate(timeout=60)
        held_by_victim = [r for r in jobs.items(engine, job) if r["status"] == jobs.LEASED]
        assert len(held_by_victim) == 5
        stats = run_worker(engine, _configure, worker_id="worker:survivor", batch=4, poll_seconds=0.5)
        rows = jobs.items(engine, job)
        assert stats.completed == len(rows) == 18 and stats.lost == 0
        assert {r["status"] for r in rows} == {jobs.DONE}
        assert sorted(r["seq"] for r in rows if r["attempts"] == 2) == sorted(r["seq"] for r in held_by_victim)
        finish_scrub(engine, job, report=tmp_path / "R.json")
        assert not (tmp_path / "dst" / ".sekisho-jobs").exists()
    finally:
        engine.dispose()
