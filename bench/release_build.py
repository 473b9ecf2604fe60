"""Release throughput: objects/s for build (selection, disclosure control, per-recipient re-keying of DICOM and
records, decoding + windowing into memory-mapped arrays, hashing; the median of --repeat builds) and for publish
(re-hash, in-toto/DSSE signing, BagIt tag files, signed status), on a synthetic research store filled by
tests/support/research.py (synth -> DICOM scrubber -> records scrubber -> store; the fill is not timed).

    .venv/bin/python bench/release_build.py [--patients 60] [--slices 4] [--image-size 128] [--array-size 128]
        [--repeat 3] [--pg postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.research import make_world


class _Env:
    """The two monkeypatch methods make_world uses, applied for real (this process only)."""

    def setenv(self, name: str, value: str) -> None:
        os.environ[name] = value

    def setattr(self, obj: Any, name: str, value: Any) -> None:
        setattr(obj, name, value)


def _pg_database(admin: str) -> str:
    import psycopg

    name = f"sekisho_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin.rsplit("/", 1)[0]
    return f"postgresql+psycopg://{base.split('://', 1)[1]}/{name}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--patients", type=int, default=60)
    ap.add_argument("--slices", type=int, default=4)
    ap.add_argument("--image-size", type=int, default=128)
    ap.add_argument("--array-size", type=int, default=128)
    ap.add_argument("--min-k", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3, help="builds timed (median and best are reported)")
    ap.add_argument("--pg", default=None, help="PostgreSQL admin DSN (default: SQLite)")
    args = ap.parse_args()

    from gateway.release import service as rs
    from gateway.security.principal import Principal
    from gateway.store.db import session_scope
    from policies.states import Role

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SEKISHO_HOME"] = str(Path(tmp) / "home")
        os.environ["SEKISHO_MODE"] = "dev"
        url = _pg_database(args.pg) if args.pg else f"sqlite:///{tmp}/bench.db"
        t0 = time.perf_counter()
        world = make_world(
            url, _Env(), Path(tmp) / "hospital", min_k=args.min_k, patients=args.patients, seed=11,
            slices=args.slices, image_size=args.image_size,
        )  # fmt: skip
        fill_s = time.perf_counter() - t0
        steward = Principal("user:steward-1", Role.STEWARD)
        at = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
        cohort = rs.CohortQuery(modalities=("CT",), data_kinds=("images", "reports"), array_size=args.array_size)
        times = []
        for _ in range(max(args.repeat, 1)):
            t0 = time.perf_counter()
            with session_scope(world.engine) as s:
                built = rs.build_release(s, world.settings, actor=steward, recipient="trainer", cohort=cohort, now=at)
            times.append(time.perf_counter() - t0)
        build_s = statistics.median(times)
        root = rs.release_dir(world.settings, built.release_id)
        records = root / "data" / "records" / "records.jsonl"
        objects = sum(1 for _ in (root / "data" / "dicom").rglob("*.dcm")) + (
            len(records.read_text(encoding="utf-8").splitlines()) if records.exists() else 0
        )
        with session_scope(world.engine) as s:
            rs.run_checks(s, world.settings, built.release_id, actor=steward, now=at)
            for i, po in enumerate(("user:po-1", "user:po-2")):
                rs.approve(s, world.settings, built.release_id, actor=Principal(po, Role.PRIVACY_OFFICER),
                           now=at + timedelta(minutes=i + 1))  # fmt: skip
        t0 = time.perf_counter()
        with session_scope(world.engine) as s:
            rel = rs.publish(s, world.settings, built.release_id, actor=steward, now=at + timedelta(hours=1))
        publish_s = time.perf_counter() - t0
        world.engine.dispose()
        out = {
            "database": "postgresql" if args.pg else "sqlite",
            "patients": args.patients,
            "store_objects": world.fill.images + world.fill.records,
            "released_objects": objects,
            "released_subjects": rel.subjects,
            "files": rel.file_count,
            "bytes": rel.total_bytes,
            "array_size": args.array_size,
            "generalisation": rel.generalisation,
            "fill_s": round(fill_s, 2),
            "build_s": round(build_s, 3),
            "build_objects_per_s": round(objects / build_s, 1),
            "build_objects_per_s_best": round(objects / min(times), 1),
            "load_average_1m": round(os.getloadavg()[0], 2),
            "cpus": os.cpu_count(),
            "publish_s": round(publish_s, 3),
            "publish_objects_per_s": round(objects / publish_s, 1),
            "publish_mb_per_s": round(rel.total_bytes / publish_s / 1e6, 1),
        }
        print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
