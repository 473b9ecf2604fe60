"""Audit log throughput: events/s appended (one transaction per event, and 100 per transaction) and verified
(full check: canonical re-encoding, chain, Merkle tree), on SQLite and PostgreSQL.

    .venv/bin/python bench/audit_bench.py [--events 5000] [--pg postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from audit import append_event
from audit.checkpoints import create_checkpoint
from audit.note import NoteSigner
from audit.verify import verify
from gateway.store.db import make_engine
from gateway.store.migrate import upgrade


def run(url: str, n: int) -> dict[str, float]:
    engine = make_engine(url)
    upgrade(engine)
    details = {"bytes": 123456, "policy": "research-v3", "ok": True}
    single = max(n // 5, 1)
    t0 = time.perf_counter()
    for i in range(single):
        with engine.begin() as conn:
            append_event(
                conn,
                action="release.downloaded",
                actor="user:c-1",
                object_type="release",
                object_id=f"r{i}",
                details=details,
            )
    t1 = time.perf_counter()
    batched = n - single
    for start in range(0, batched, 100):
        with engine.begin() as conn:
            for i in range(start, min(start + 100, batched)):
                append_event(conn, action="ingest.stored", actor="system", object_type="object", object_id=f"o{i}")
    t2 = time.perf_counter()
    signer = NoteSigner.generate("bench")
    with engine.begin() as conn:
        note = create_checkpoint(conn, signer).note
    t3 = time.perf_counter()
    with engine.connect() as conn:
        result = verify(conn, verifiers=[signer.verifier], checkpoints=[note])
    t4 = time.perf_counter()
    assert result.ok, result.problems
    engine.dispose()
    return {
        "append_1_per_tx": single / (t1 - t0),
        "append_100_per_tx": batched / (t2 - t1),
        "checkpoint_s": t3 - t2,
        "verify": result.size / (t4 - t3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = run(f"sqlite:///{Path(tmp) / 'bench.db'}", args.events)
    name = f"sekisho_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.pg, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        results["postgresql"] = run(args.pg.rsplit("/", 1)[0] + f"/{name}", args.events)
    finally:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"audit log, {args.events} events")
    print(f"{'database':<12}{'append/s (1/tx)':>18}{'append/s (100/tx)':>20}{'checkpoint s':>14}{'verify/s':>12}")
    for db, r in results.items():
        print(
            f"{db:<12}{r['append_1_per_tx']:>18.0f}{r['append_100_per_tx']:>20.0f}"
            f"{r['checkpoint_s']:>14.3f}{r['verify']:>12.0f}"
        )


if __name__ == "__main__":
    main()
