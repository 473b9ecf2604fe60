"""Contractor download throughput over the API vs a raw file copy, on loopback.

A synthetic research store (tests/support/research.py; not timed) is released to ``contractor-a`` through the
real release service; ``sekisho serve`` runs under uvicorn on 127.0.0.1; N contractor clients (each its own
registered client with its own key and token) download with httpx (async, streaming) either the largest payload
file (arrays/images.u8), or every DICOM file one request each, or the whole release as one tar stream
(``/archive``), 1/8/32 at a time. Every download is authorised, checked against
the release state and withdrawal list, audited (one audit event per file, in the database) and, for whole files,
hashed while streaming. The baseline is ``shutil.copyfile`` of the same files (page cache warm).

    .venv/bin/python bench/api_download.py [--patients 30] [--slices 8] [--array-size 1024]
        [--concurrency 1,8,32] [--workers 1] [--kinds large,small,archive]
        [--pg postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.research import make_world, release_through

ROOT = Path(__file__).resolve().parents[1]
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


class _Env:
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _raw_copy(paths: list[Path], dst: Path, repeat: int = 3) -> float:
    """Best of ``repeat``: seconds to copy ``paths`` one after another."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for i, p in enumerate(paths):
            shutil.copyfile(p, dst / f"{i}.bin")
        best = min(best, time.perf_counter() - t0)
        for f in dst.iterdir():
            f.unlink()
    return best


async def _tokens(base: str, keys: dict[str, dict[str, Any]]) -> dict[str, str]:
    import httpx

    from gateway.api.assertion import client_assertion

    out = {}
    async with httpx.AsyncClient(base_url=base) as http:
        for cid, jwk in keys.items():
            a = client_assertion(jwk, client_id=cid, token_url=base + "/oauth/token")
            r = await http.post("/oauth/token", data={"grant_type": "client_credentials",
                                                      "client_assertion_type": ASSERTION_TYPE,
                                                      "client_assertion": a})  # fmt: skip
            r.raise_for_status()
            out[cid] = r.json()["access_token"]
    return out


async def _download_all(base: str, rid: str, jobs: list[tuple[str, list[str]]], *, archive: bool = False
                        ) -> tuple[float, int]:  # fmt: skip
    """Each job = (token, paths) runs in its own client concurrently; returns (seconds, bytes)."""
    import httpx

    total = 0

    async def one(token: str, paths: list[str]) -> None:
        nonlocal total
        limits = httpx.Limits(max_connections=1)
        async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}, limits=limits,
                                     timeout=300) as http:  # fmt: skip
            for p in paths:
                url = f"/api/v1/releases/{rid}/archive" if archive else f"/api/v1/releases/{rid}/files/{p}"
                async with http.stream("GET", url) as r:
                    if r.status_code != 200:
                        raise RuntimeError(f"{p}: {r.status_code}")
                    async for chunk in r.aiter_raw(1 << 20):
                        total += len(chunk)

    t0 = time.perf_counter()
    await asyncio.gather(*(one(t, ps) for t, ps in jobs))
    return time.perf_counter() - t0, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--patients", type=int, default=30)
    ap.add_argument("--slices", type=int, default=8)
    ap.add_argument("--image-size", type=int, default=64)
    ap.add_argument("--array-size", type=int, default=1024)
    ap.add_argument("--concurrency", default="1,8,32")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--kinds", default="large,small,archive", help="which measurements (comma-separated)")
    ap.add_argument("--no-verify", action="store_true", help="do not hash whole files while streaming")
    ap.add_argument("--pg", default=None, help="PostgreSQL admin DSN (default: SQLite)")
    args = ap.parse_args()
    levels = [int(x) for x in args.concurrency.split(",")]
    kinds = {k.strip() for k in args.kinds.split(",") if k.strip()}
    if not kinds <= {"large", "small", "archive"}:
        ap.error("--kinds takes large, small and archive")

    from gateway.release import service as rs
    from gateway.services.clients import add_client, generate_key
    from gateway.store.db import session_scope
    from policies.states import Role

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SEKISHO_HOME"] = str(Path(tmp) / "home")
        os.environ["SEKISHO_MODE"] = "dev"
        url = _pg_database(args.pg) if args.pg else f"sqlite:///{tmp}/bench.db"
        world = make_world(url, _Env(), Path(tmp) / "hospital", min_k=2, patients=args.patients, seed=11,
                           slices=args.slices, image_size=args.image_size)  # fmt: skip
        rel = release_through(world, "contractor-a", at=datetime.now(UTC) - timedelta(hours=4),
                              array_size=args.array_size)  # fmt: skip
        root = rs.release_dir(world.settings, rel.release_id)
        with session_scope(world.engine) as s:
            files = rs.release_files(s, world.settings, rel.release_id)
        large = max(files, key=lambda f: f.size)
        small = [f for f in files if f.path.endswith(".dcm")]
        keys: dict[str, dict[str, Any]] = {}
        with session_scope(world.engine) as s:
            for i in range(max(levels)):
                private, public = generate_key()
                add_client(s, client_id=f"bench-{i}", role=Role.CONTRACTOR, recipient="contractor-a", jwk=public,
                           actor="user:po-1", now=datetime.now(UTC))  # fmt: skip
                keys[f"bench-{i}"] = private
        world.engine.dispose()

        copy_dir = Path(tmp) / "copy"
        copy_dir.mkdir()
        raw_large_s = _raw_copy([root / large.path], copy_dir)
        raw_small_s = _raw_copy([root / f.path for f in small], copy_dir)
        bag = sorted(p for p in root.rglob("*") if p.is_file())
        bag_bytes = sum(p.stat().st_size for p in bag)
        raw_bag_s = _raw_copy(bag, copy_dir)

        port = _free_port()
        env = {**os.environ, "SEKISHO_API_RATE_BURST": "1000000", "SEKISHO_API_RATE_PER_S": "1000000",
               "SEKISHO_API_TOKEN_RATE_BURST": "100000",
               "SEKISHO_API_VERIFY_DIGEST": str(not args.no_verify)}  # fmt: skip
        cmd = [sys.executable, "-m", "gateway.cli.main", "serve", "--port", str(port), "--workers", str(args.workers),
               "--log-level", "warning"]  # fmt: skip
        server = subprocess.Popen(cmd, cwd=ROOT, env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            import httpx

            for _ in range(300):
                try:
                    if httpx.get(base + "/api/v1/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.2)
            tokens = asyncio.run(_tokens(base, keys))
            ids = list(tokens)
            # warm-up (imports, first connections, page cache): not timed
            asyncio.run(_download_all(base, rel.release_id, [(tokens[ids[0]], [large.path, small[0].path])]))
            results: list[dict[str, Any]] = []
            if "large" in kinds and shutil.which(
                "curl"
            ):  # a C client: shows what the server gives when the client is not the limit
                url = f"{base}/api/v1/releases/{rel.release_id}/files/{large.path}"
                t0 = time.perf_counter()
                subprocess.run(["curl", "-sf", "-o", os.devnull, "-H", f"Authorization: Bearer {tokens[ids[0]]}", url],
                               check=True)  # fmt: skip
                secs = time.perf_counter() - t0
                raw = large.size / raw_large_s / 1e6
                results.append({"kind": "large-curl", "file_mb": round(large.size / 1e6, 1), "concurrency": 1,
                                "api_mb_per_s": round(large.size / secs / 1e6, 1), "raw_copy_mb_per_s": round(raw, 1),
                                "ratio": round(large.size / secs / 1e6 / raw, 3)})  # fmt: skip
            if "small" in kinds and shutil.which("curl"):  # every small file, one request each, from a C client
                cfg = Path(tmp) / "curl.cfg"
                lines = [f'header = "Authorization: Bearer {tokens[ids[0]]}"']
                for f in small:
                    lines += [f'url = "{base}/api/v1/releases/{rel.release_id}/files/{f.path}"', 'output = "/dev/null"']
                cfg.write_text("\n".join(lines) + "\n")
                for _ in range(3):
                    t0 = time.perf_counter()
                    subprocess.run(["curl", "-sf", "-K", str(cfg)], check=True)
                    secs = time.perf_counter() - t0
                    results.append({"kind": "small-curl", "files": len(small), "concurrency": 1,
                                    "api_files_per_s": round(len(small) / secs, 1),
                                    "raw_copy_files_per_s": round(len(small) / raw_small_s, 1),
                                    "ratio": round(raw_small_s / secs, 4)})  # fmt: skip
            for c in levels:
                if "large" in kinds:
                    jobs = [(tokens[ids[i]], [large.path]) for i in range(c)]
                    secs, nbytes = asyncio.run(_download_all(base, rel.release_id, jobs))
                    assert nbytes == c * large.size
                    mbps = nbytes / secs / 1e6
                    raw = large.size / raw_large_s / 1e6
                    results.append({"kind": "large", "file_mb": round(large.size / 1e6, 1), "concurrency": c,
                                    "api_mb_per_s": round(mbps, 1), "raw_copy_mb_per_s": round(raw, 1),
                                    "ratio": round(mbps / raw, 3)})  # fmt: skip
                if "small" in kinds:
                    paths = [f.path for f in small]
                    jobs = [(tokens[ids[i]], paths[i::c]) for i in range(c)]
                    secs, nbytes = asyncio.run(_download_all(base, rel.release_id, jobs))
                    assert nbytes == sum(f.size for f in small)
                    fps = len(small) / secs
                    raw_fps = len(small) / raw_small_s
                    results.append({"kind": "small", "files": len(small),
                                    "mean_kb": round(nbytes / len(small) / 1e3, 1), "concurrency": c,
                                    "api_files_per_s": round(fps, 1), "raw_copy_files_per_s": round(raw_fps, 1),
                                    "ratio": round(fps / raw_fps, 4)})  # fmt: skip
                if "archive" in kinds:
                    jobs = [(tokens[ids[i]], ["archive"]) for i in range(c)]
                    secs, nbytes = asyncio.run(_download_all(base, rel.release_id, jobs, archive=True))
                    mbps = c * bag_bytes / secs / 1e6
                    raw = bag_bytes / raw_bag_s / 1e6
                    results.append({"kind": "archive", "files": len(bag), "payload_mb": round(bag_bytes / 1e6, 1),
                                    "concurrency": c, "api_mb_per_s": round(mbps, 1),
                                    "raw_copy_mb_per_s": round(raw, 1), "ratio": round(mbps / raw, 3)})  # fmt: skip
        finally:
            server.terminate()
            server.wait(timeout=30)
        print(json.dumps({"database": "postgresql" if args.pg else "sqlite", "workers": args.workers,
                          "verify_digest": not args.no_verify, "cpus": os.cpu_count(), "results": results},
                         indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
