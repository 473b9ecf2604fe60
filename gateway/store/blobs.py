"""Where the bytes of de-identified objects and releases live: a key -> bytes store.

Keys are PHI-free relative paths (``<study>/<series>/<sop>.dcm`` from new UIDs, record ids from keyed digests).
The embedded default is a local directory; ``gateway.scale`` may add an S3 implementation. Writes are atomic
(temporary file + rename): a reader never sees half an object.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol


class BlobKeyError(ValueError):
    """A key that is absolute, empty or climbs out of the store."""


def check_key(key: str) -> str:
    if not key or PurePosixPath(key).is_absolute() or "\\" in key or "\0" in key:
        raise BlobKeyError("invalid blob key")
    if any(part in ("", ".", "..") for part in key.split("/")):
        raise BlobKeyError("invalid blob key")
    return key


class BlobStore(Protocol):
    def put(self, key: str, data: bytes) -> tuple[str, int]:
        """Store ``data`` under ``key`` atomically; return (sha256 hex, size)."""
        ...

    def get(self, key: str) -> bytes: ...

    def open(self, key: str) -> BinaryIO: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None: ...

    def keys(self, prefix: str = "") -> Iterator[str]: ...


class LocalBlobStore:
    """A directory on local disk (the embedded default: ``Settings.store_dir``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    def put(self, key: str, data: bytes) -> tuple[str, int]:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return hashlib.sha256(data).hexdigest(), len(data)

    def get(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def open(self, key: str) -> BinaryIO:
        return self._path(key).open("rb")

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def keys(self, prefix: str = "") -> Iterator[str]:
        if not self.root.is_dir():
            return
        for p in sorted(self.root.rglob("*")):
            if p.is_file() and not p.name.startswith(".tmp-"):
                key = p.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    yield key
