import hashlib
from pathlib import Path

import pytest

from gateway.store.blobs import BlobKeyError, LocalBlobStore


def test_put_get_roundtrip_and_digest(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path / "s")
    digest, size = store.put("1.2.3/4.5/6.7.dcm", b"abc")
    assert (digest, size) == (hashlib.sha256(b"abc").hexdigest(), 3)
    assert store.get("1.2.3/4.5/6.7.dcm") == b"abc"
    assert store.exists("1.2.3/4.5/6.7.dcm")
    with store.open("1.2.3/4.5/6.7.dcm") as fh:
        assert fh.read() == b"abc"
    assert list(store.keys("1.2.3/")) == ["1.2.3/4.5/6.7.dcm"]
    store.delete("1.2.3/4.5/6.7.dcm")
    assert not store.exists("1.2.3/4.5/6.7.dcm")


@pytest.mark.parametrize("key", ["", "/etc/passwd", "../x", "a/../../x", "a//b", "a\\b", "./a"])
def test_keys_cannot_escape(tmp_path: Path, key: str) -> None:
    with pytest.raises(BlobKeyError):
        LocalBlobStore(tmp_path).put(key, b"x")


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path)

    with pytest.raises(TypeError):
        store.put("a/b.bin", "not bytes")  # type: ignore[arg-type]
    assert list(tmp_path.rglob("*.bin")) == []
    assert [p for p in tmp_path.rglob(".tmp-*")] == []
