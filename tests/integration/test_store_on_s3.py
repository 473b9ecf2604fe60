"""The research store on S3-compatible object storage (``SEKISHO_BLOB_URL``), end to end: the real ingest service
writes every de-identified object to the bucket (nothing under the local store directory), and a release is built
from the bucket, checked, approved, published and opened by the trainer. moto's S3 server runs on a free port."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from gateway.release import service as rs
from gateway.store.research import ResearchObject
from tests.support.research import World, make_world, release_through
from trainer.release import verify_release

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.server")

T0 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def world(
    sqlite_url: str, sekisho_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, s3_endpoint: str
) -> Iterator[World]:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    bucket = "sekisho-" + hashlib.sha256(str(tmp_path).encode()).hexdigest()[:12]
    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket=bucket)
    monkeypatch.setenv("SEKISHO_BLOB_URL", f"s3://{bucket}/hospital")
    monkeypatch.setenv("SEKISHO_S3_ENDPOINT_URL", s3_endpoint)
    w = make_world(sqlite_url, monkeypatch, tmp_path / "hospital", via_ingest=True, patients=14, seed=5)
    w.bucket = bucket  # type: ignore[attr-defined]
    yield w
    w.engine.dispose()


def test_ingest_writes_to_the_bucket_and_a_release_is_built_from_it(world: World, s3_endpoint: str) -> None:
    assert world.settings.blob_url and world.fill.images > 0
    s3 = boto3.client("s3", endpoint_url=s3_endpoint)
    keys = {
        o["Key"]
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=world.bucket)  # type: ignore[attr-defined]
        for o in page.get("Contents", [])
    }
    with Session(world.engine) as s:
        objects = list(s.exec(select(ResearchObject)))
    assert objects
    # every stored object is in the bucket under <prefix>store/, with the digest the row records; none is local
    for obj in objects:
        key = f"hospital/store/{obj.path}"
        assert key in keys
        body = s3.get_object(Bucket=world.bucket, Key=key)["Body"].read()  # type: ignore[attr-defined]
        assert hashlib.sha256(body).hexdigest() == obj.sha256
    local = world.settings.store_dir
    assert not local.exists() or not [p for p in local.rglob("*") if p.is_file()]

    rel = release_through(world, at=T0)
    assert rel.state == "released" and rel.subjects > 0
    root = rs.release_dir(world.settings, rel.release_id)
    opened = verify_release(root, trusted_keys=[rs.public_key_hex(world.settings)], now=T0 + timedelta(hours=4))
    assert opened.index["rows"]
    # the published bag and its signed status are mirrored to the bucket, byte for byte
    local_files = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert "release.intoto.dsse.json" in local_files and "bagit.txt" in local_files
    for rel_path, data in local_files.items():
        key = f"hospital/releases/{rel.release_id}/{rel_path}"
        assert s3.get_object(Bucket=world.bucket, Key=key)["Body"].read() == data  # type: ignore[attr-defined]
    status = rs.status_path(world.settings, rel.release_id).read_bytes()
    key = f"hospital/releases/{rel.release_id}.status.dsse.json"
    assert s3.get_object(Bucket=world.bucket, Key=key)["Body"].read() == status  # type: ignore[attr-defined]
