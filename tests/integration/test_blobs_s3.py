"""The S3 ``BlobStore`` against a real S3-compatible server (moto's server mode on a free port, started here),
and the same contract on the local directory store: atomic puts, listing by prefix, no PHI in keys."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway.store.blobs import BlobKeyError, BlobStore, LocalBlobStore
from tests.support.dicom import phi_file_bytes

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.server")


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
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def bucket(s3_endpoint: str, aws_env: None, request: pytest.FixtureRequest) -> str:
    name = "sekisho-" + hashlib.sha256(request.node.nodeid.encode()).hexdigest()[:12]
    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket=name)
    return name


@pytest.fixture(params=["local", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    if request.param == "local":
        return LocalBlobStore(tmp_path / "store")
    from gateway.store.blobs_s3 import S3BlobStore

    endpoint = request.getfixturevalue("s3_endpoint")
    return S3BlobStore(request.getfixturevalue("bucket"), "research/store", endpoint_url=endpoint)


def test_put_get_exists_delete_roundtrip(store: BlobStore) -> None:
    data, _ = phi_file_bytes(instance=1)
    digest, size = store.put("2.25.1/2.25.2/2.25.3.dcm", data)
    assert (digest, size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert store.exists("2.25.1/2.25.2/2.25.3.dcm")
    assert store.get("2.25.1/2.25.2/2.25.3.dcm") == data
    with store.open("2.25.1/2.25.2/2.25.3.dcm") as fh:
        assert fh.read() == data
    store.put("2.25.1/2.25.2/2.25.3.dcm", b"replaced")
    assert store.get("2.25.1/2.25.2/2.25.3.dcm") == b"replaced"
    store.delete("2.25.1/2.25.2/2.25.3.dcm")
    assert not store.exists("2.25.1/2.25.2/2.25.3.dcm")
    with pytest.raises(FileNotFoundError):
        store.get("2.25.1/2.25.2/2.25.3.dcm")


def test_listing_by_prefix_in_key_order(store: BlobStore) -> None:
    keys = [f"2.25.{s}/2.25.9/2.25.{i}.dcm" for s in (7, 8) for i in range(3)] + ["releases/r1/manifest.json"]
    for k in reversed(keys):
        store.put(k, k.encode())
    assert list(store.keys("2.25.7/")) == sorted(k for k in keys if k.startswith("2.25.7/"))
    assert sorted(store.keys()) == sorted(keys)
    assert list(store.keys("nothing/")) == []


@pytest.mark.parametrize("key", ["", "/abs.dcm", "../up.dcm", "a//b", "a/./b", "a\\b", "nul\0"])
def test_bad_keys_are_refused(store: BlobStore, key: str) -> None:
    with pytest.raises(BlobKeyError):
        store.put(key, b"x")


def test_s3_refuses_keys_that_could_carry_names(bucket: str, s3_endpoint: str) -> None:
    from gateway.store.blobs_s3 import S3BlobStore

    s3 = S3BlobStore(bucket, endpoint_url=s3_endpoint)
    for key in ("山田太郎/img.dcm", "ヤマダ.dcm", "with space.dcm"):
        with pytest.raises(BlobKeyError):
            s3.put(key, b"x")
    assert list(s3.keys()) == []


def test_s3_put_is_atomic_for_concurrent_readers(bucket: str, s3_endpoint: str) -> None:
    from gateway.store.blobs_s3 import S3BlobStore

    s3 = S3BlobStore(bucket, "atomic", endpoint_url=s3_endpoint)
    versions = [bytes([i]) * (3 * 1024 * 1024) for i in (1, 2)]
    allowed = {hashlib.sha256(v).hexdigest() for v in versions}
    s3.put("obj.bin", versions[0])
    seen: list[str] = []
    stop = threading.Event()

    def reader() -> None:
        reader_store = S3BlobStore(bucket, "atomic", endpoint_url=s3_endpoint)
        while not stop.is_set():
            seen.append(hashlib.sha256(reader_store.get("obj.bin")).hexdigest())

    t = threading.Thread(target=reader)
    t.start()
    try:
        for i in range(6):
            s3.put("obj.bin", versions[i % 2])
    finally:
        stop.set()
        t.join()
    assert seen and set(seen) <= allowed
    assert s3.sha256("obj.bin") in allowed


def test_settings_select_s3_or_the_local_default(
    bucket: str, s3_endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gateway.settings import Settings
    from gateway.store.blobs_s3 import S3BlobStore, open_blob_store

    local = open_blob_store(Settings(home=tmp_path), "releases")
    assert isinstance(local, LocalBlobStore) and local.root == tmp_path / "releases"
    settings = Settings(home=tmp_path, blob_url=f"s3://{bucket}/hospital-a", s3_endpoint_url=s3_endpoint)
    research, releases = open_blob_store(settings, "store"), open_blob_store(settings, "releases")
    assert isinstance(research, S3BlobStore) and isinstance(releases, S3BlobStore)
    research.put("2.25.1/a.dcm", b"r")
    releases.put("R-001/manifest.json", b"m")
    raw = boto3.client("s3", endpoint_url=s3_endpoint)
    listed = sorted(o["Key"] for o in raw.list_objects_v2(Bucket=bucket)["Contents"])
    assert listed == ["hospital-a/releases/R-001/manifest.json", "hospital-a/store/2.25.1/a.dcm"]
    assert list(research.keys()) == ["2.25.1/a.dcm"]
    with pytest.raises(ValueError):
        open_blob_store(settings, "staging")
