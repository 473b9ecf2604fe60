"""Scale-out throughput: files/s of ``scrub dicom`` on the same files with 1 and 2 worker processes (the local
process pool) and on a Ray local cluster with 2 CPUs, speedups printed against 1 process; the reports and
outputs of every run are checked to be identical.

Files: a synthetic hospital (``gateway.synth``: CT/MR/CR/DX series, 256x256 images, Japanese names and charsets).
Header work only by default (Clean Pixel Data off, as in the issue's 175 core-hours estimate); ``--clean-text``
adds the text scrubber on descriptions (it is on by default in ``scrub dicom``). Ray is timed twice: end to end
(starting the local cluster) and on a cluster already running (the steady state of a long run). With ``--pg``
(an admin DSN), the database job path is timed too: ``submit``, two worker processes leasing from PostgreSQL,
``finish``.

    .venv/bin/python bench/scale_bench.py [--patients 120] [--repeat 2] [--clean-text] [--no-ray]
        [--pg postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _files(dst: Path) -> dict[str, bytes]:
    return {p.relative_to(dst).as_posix(): p.read_bytes() for p in sorted(dst.rglob("*")) if p.is_file()}


KEY_BYTES = (b"p" * 32, b"d" * 32, b"u" * 32)


def _config(clean_text: bool) -> Any:
    from gateway.cli.scrub_dicom import TextCleaner
    from gateway.scrub.dicom.engine import RunConfig
    from linkage_vault.keyed import KeyedFunctions
    from policies.dicom_options import DicomDeidOptions

    keys = KeyedFunctions(*KEY_BYTES, namespace="BENCH-1")
    return RunConfig(
        options=DicomDeidOptions(clean_pixel_data=False), keys=keys, clean_text=TextCleaner() if clean_text else None
    )


def _job_worker(url: str, job: str, clean_text: bool) -> None:
    from gateway.scale.worker import run_worker
    from gateway.store.db import make_engine

    engine = make_engine(url)
    run_worker(engine, lambda _params: _config(clean_text), job_id=job)
    engine.dispose()


def _run_jobs(admin: str, src: Path, dst: Path, report: Path, workers: int, clean_text: bool) -> None:
    import psycopg

    from gateway.scale.worker import finish_scrub, submit_scrub
    from gateway.store.db import make_engine
    from gateway.store.migrate import upgrade

    name = f"sekisho_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.rsplit("/", 1)[0] + "/" + name
    try:
        engine = make_engine(url)
        upgrade(engine)
        job, _ = submit_scrub(engine, src, dst, policy=None, study="BENCH-1")
        ctx = multiprocessing.get_context("spawn")
        procs = [ctx.Process(target=_job_worker, args=(url, job, clean_text)) for _ in range(workers)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join()
        finish_scrub(engine, job, report=report)
        engine.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--patients", type=int, default=120)
    ap.add_argument("--repeat", type=int, default=2, help="best of N for each configuration")
    ap.add_argument("--clean-text", action="store_true")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--pg", help="PostgreSQL admin DSN: also time the job path with 2 worker processes")
    args = ap.parse_args()

    from gateway.scale.run import run_scrub
    from gateway.synth.generate import generate

    cfg = _config(args.clean_text)
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        generate(tmp / "h", patients=args.patients, modalities=("CT", "MR", "CR", "DX"), image_size=256, slices=8)
        src = tmp / "h" / "dicom"
        files = [p for p in src.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        print(f"{len(files)} files, {size / 1e6:.1f} MB, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
        runs: list[tuple[str, str, int, bool]] = [("1 process", "local", 1, False), ("2 processes", "local", 2, False)]
        if not args.no_ray:
            runs += [("ray x2 (with start)", "ray", 2, False), ("ray x2 (running)", "ray", 2, True)]
        if args.pg:
            runs += [("jobs x2 (PostgreSQL)", "jobs", 2, False)]
        results: dict[str, float] = {}
        reference: tuple[bytes, dict[str, bytes]] | None = None
        for label, engine, workers, prestart in runs:
            best = float("inf")
            for r in range(args.repeat):
                dst, report = tmp / f"out-{label}-{r}", tmp / f"R-{label}-{r}.json"
                if prestart:
                    import ray

                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
                t0 = time.perf_counter()
                if engine == "jobs":
                    _run_jobs(args.pg, src, dst, report, workers, args.clean_text)
                else:
                    run_scrub(src, dst, cfg, engine=engine, workers=workers, report=report)  # type: ignore[arg-type]
                best = min(best, time.perf_counter() - t0)
                if prestart:
                    ray.shutdown()
                got = (report.read_bytes(), _files(dst))
                if reference is None:
                    reference = got
                elif got != reference:
                    raise SystemExit(f"{label}: report or outputs differ from the 1-process run")
            results[label] = best
            print(
                f"{label:<22} {len(files) / best:8.1f} files/s  {best:7.2f} s  "
                f"x{results['1 process'] / best:.2f}  (load {os.getloadavg()[0]:.2f})"
            )
        print("identical reports and outputs across all runs: yes")


if __name__ == "__main__":
    main()
