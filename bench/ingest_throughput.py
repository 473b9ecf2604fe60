"""Ingest throughput on a synthetic hospital: objects per second through the whole gate (opt-out and eligibility
check, de-identification + verifier, vault linkage, blob write, research row + audit event in one transaction),
for DICOM files (``ingest_dicom``), DICOM over the network (DCMTK storescu -> our C-STORE SCP) and records
(``ingest_records``), against the engine alone on the same files (``scrub_bytes``: no database, no store) so the
service's own overhead is visible as a ratio.

Each path runs on a fresh Sekisho home and database (SQLite file by default, ``--pg URL`` for PostgreSQL). The
text scrubber and labeller are warmed before timing. Single process (the SCP serialises processing).

    .venv/bin/python bench/ingest_throughput.py [--patients N] [--modalities CT,MR,...] [--pg URL] [--workers N]
        [--skip-scp] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


SCRATCH_DBS: list[str] = []


def _drop_scratch(pg: str | None) -> None:
    if not pg:
        return
    import psycopg

    with psycopg.connect(pg, autocommit=True) as conn:
        for db in SCRATCH_DBS:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def _home(base: Path, name: str, pg: str | None) -> tuple[Any, Any, Any]:
    from gateway.ingest import Ingestor
    from gateway.settings import Settings
    from gateway.store.db import make_engine
    from gateway.store.migrate import upgrade

    home = base / name
    if pg:
        import uuid

        import psycopg

        db = f"sekisho_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(pg, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{db}"')
        SCRATCH_DBS.append(db)
        url = pg.rsplit("/", 1)[0] + "/" + db
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    else:
        url = f"sqlite:///{home / 'db.sqlite'}"
    settings = Settings(home=home, mode="dev", key_provider="memory", database_url=url)
    settings.ensure_dirs()
    engine = make_engine(url)
    upgrade(engine)
    ing = Ingestor(settings, engine)
    ing.clean_text("warm-up 山田", None)
    ing.labels("右肺に結節あり。")
    return settings, engine, ing


def bench_engine(files: list[Path], ing: Any) -> dict[str, Any]:
    from gateway.scrub.dicom.engine import scrub_bytes

    t0 = time.perf_counter()
    ok = 0
    for f in files:
        out = scrub_bytes(
            f.read_bytes(),
            options=ing.policy.dicom,
            keys=ing.keys,
            clean_text=ing.clean_text,
            pixel_options=ing.policy.pixels,
        )
        ok += out.status == "ok"
    s = time.perf_counter() - t0
    return {"objects": len(files), "ok": ok, "seconds": round(s, 2), "objects_per_s": round(len(files) / s, 2)}


def bench_files(src: Path, n: int, ing: Any, settings: Any, engine: Any, workers: int = 1) -> dict[str, Any]:
    from gateway.ingest import ingest_dicom

    t0 = time.perf_counter()
    summary = ingest_dicom([src], settings=settings, engine=engine, ingestor=ing, workers=workers)
    s = time.perf_counter() - t0
    return {"objects": n, "seconds": round(s, 2), "objects_per_s": round(n / s, 2), "counts": summary.counts}


def bench_scp(src: Path, n: int, ing: Any) -> dict[str, Any]:
    from gateway.dicom_net.scp import ScpConfig, StoreScp

    scp = StoreScp(ing, ScpConfig(port=0, allowed_callers=frozenset({"BENCH"})))
    scp.start()
    try:
        t0 = time.perf_counter()
        subprocess.run(
            ["storescu", "+sd", "+r", "-aet", "BENCH", "-aec", "SEKISHO", "127.0.0.1", str(scp.port), str(src)],
            capture_output=True,
            check=False,
        )
        while not scp.summaries:
            time.sleep(0.01)
        s = time.perf_counter() - t0
    finally:
        scp.stop()
    return {"objects": n, "seconds": round(s, 2), "objects_per_s": round(n / s, 2), "counts": scp.summaries[0].counts}


def bench_records(path: Path, ing: Any, settings: Any, engine: Any) -> dict[str, Any]:
    from gateway.ingest import ingest_records

    n = sum(1 for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    t0 = time.perf_counter()
    summary = ingest_records(path, settings=settings, engine=engine, ingestor=ing)
    s = time.perf_counter() - t0
    return {"objects": n, "seconds": round(s, 2), "objects_per_s": round(n / s, 2), "counts": summary.counts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--patients", type=int, default=20)
    ap.add_argument("--modalities", default="CT,MR,US,CR,DX,XA,PT,NM")
    ap.add_argument("--pg", default=None, help="PostgreSQL admin URL (creates a scratch database per path)")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--skip-scp", action="store_true")
    ap.add_argument("--workers", type=int, default=0, help="also time `ingest dicom` with N worker processes")
    args = ap.parse_args()
    logging.disable(logging.WARNING)

    from gateway.synth import generate

    base = Path(tempfile.mkdtemp(prefix="sekisho-ingest-bench-"))
    try:
        synth = base / "synth"
        generate(synth, patients=args.patients, seed=1, modalities=tuple(args.modalities.split(",")))
        files = sorted((synth / "dicom").rglob("*.dcm"))
        total_mb = sum(f.stat().st_size for f in files) / 1e6
        result: dict[str, Any] = {
            "patients": args.patients,
            "modalities": args.modalities,
            "dicom_files": len(files),
            "dicom_mb": round(total_mb, 1),
            "database": "postgresql" if args.pg else "sqlite",
        }
        settings, engine, ing = _home(base, "engine", args.pg)
        # the engine alone on the inputs the policy admits (ingest counts the SR objects as excluded, cheaply)
        import pydicom

        names = set(ing.policy.eligibility.modalities)
        admitted = [f for f in files if str(pydicom.dcmread(f, stop_before_pixels=True).Modality) in names]
        result["engine_only"] = bench_engine(admitted, ing)
        ing.close()
        engine.dispose()
        settings, engine, ing = _home(base, "files", args.pg)
        result["ingest_files"] = bench_files(synth / "dicom", len(files), ing, settings, engine)
        result["ingest_records"] = bench_records(synth / "records" / "records.jsonl", ing, settings, engine)
        ing.close()
        engine.dispose()
        if args.workers > 1:
            settings, engine, ing = _home(base, "pool", args.pg)
            key = f"ingest_files_{args.workers}_workers"
            result[key] = bench_files(synth / "dicom", len(files), ing, settings, engine, args.workers)
            ing.close()
            engine.dispose()
        if not args.skip_scp and shutil.which("storescu"):
            settings, engine, ing = _home(base, "scp", args.pg)
            result["ingest_scp"] = bench_scp(synth / "dicom", len(files), ing)
            ing.close()
            engine.dispose()
        # same admitted objects de-identified either way: the ratio of times is the service's cost
        eng = result["engine_only"]["seconds"]
        for key in [k for k in result if k.startswith(("ingest_files", "ingest_scp"))]:
            result[key]["time_ratio_engine_over_ingest"] = round(eng / result[key]["seconds"], 2)
        text = json.dumps(result, indent=2, ensure_ascii=False)
        print(text)
        if args.json:
            args.json.write_text(text + "\n")
    finally:
        shutil.rmtree(base, ignore_errors=True)
        _drop_scratch(args.pg)


if __name__ == "__main__":
    main()
