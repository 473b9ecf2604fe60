"""Streamed file downloads with a single byte range (RFC 9110 section 14), strong ETags (the SHA-256 from the
signed manifest) and ``Repr-Digest`` (RFC 9530).

Whole-file downloads are hashed while they stream; on a mismatch with the manifest the stream is aborted (the
client sees a truncated body, never a wrong file accepted as complete) and the error is logged by release id.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import anyio
from starlette.responses import StreamingResponse

log = logging.getLogger("sekisho.api.download")

_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


class RangeNotSatisfiable(Exception):
    pass


class DigestMismatch(Exception):
    pass


@dataclass(frozen=True)
class ByteRange:
    start: int
    end: int  # inclusive

    @property
    def length(self) -> int:
        return self.end - self.start + 1


def parse_range(header: str | None, size: int) -> ByteRange | None:
    """The one range asked for, or None for the whole file. Malformed and multi-range headers are ignored (RFC
    9110 allows a server to ignore Range); a syntactically valid but unsatisfiable range raises."""
    if not header:
        return None
    m = _RANGE.fullmatch(header.strip())
    if m is None:
        return None
    first, last = m.group(1), m.group(2)
    if len(first) > 19 or len(last) > 19:
        return None
    if first == "":
        if last == "":
            return None
        n = int(last)  # suffix range: the last n bytes
        if n == 0 or size == 0:
            raise RangeNotSatisfiable
        return ByteRange(max(0, size - n), size - 1)
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None  # invalid: ignore
    if start >= size:
        raise RangeNotSatisfiable
    return ByteRange(start, min(end, size - 1))


def etag(sha256_hex: str) -> str:
    return f'"{sha256_hex}"'


def repr_digest(sha256_hex: str) -> str:
    return "sha-256=:" + base64.b64encode(bytes.fromhex(sha256_hex)).decode() + ":"


async def _chunks(  # noqa: PLR0917
    path: Path, start: int, length: int, chunk: int, expect_sha256: str | None, label: str
) -> AsyncIterator[bytes]:
    h = hashlib.sha256() if expect_sha256 else None
    remaining = length
    async with await anyio.open_file(path, "rb") as fh:
        if start:
            await fh.seek(start)
        while remaining > 0:
            data = await fh.read(min(chunk, remaining))
            if not data:
                break
            remaining -= len(data)
            if h is not None:
                h.update(data)
            yield data
    if remaining:
        log.error("file shorter than its manifest entry: %s", label)
        raise DigestMismatch(label)
    if h is not None and h.hexdigest() != expect_sha256:
        log.error("file does not match its manifest digest: %s", label)
        raise DigestMismatch(label)


def file_response(
    path: Path,
    *,
    size: int,
    sha256_hex: str,
    byte_range: ByteRange | None,
    chunk: int,
    verify: bool,
    label: str,
    media_type: str = "application/octet-stream",
) -> StreamingResponse:
    headers = {
        "ETag": etag(sha256_hex),
        "Repr-Digest": repr_digest(sha256_hex),
        "Accept-Ranges": "bytes",
        "Cache-Control": "private, no-store",
    }
    if byte_range is None:
        headers["Content-Length"] = str(size)
        body = _chunks(path, 0, size, chunk, sha256_hex if verify else None, label)
        return StreamingResponse(body, status_code=200, headers=headers, media_type=media_type)
    headers["Content-Length"] = str(byte_range.length)
    headers["Content-Range"] = f"bytes {byte_range.start}-{byte_range.end}/{size}"
    body = _chunks(path, byte_range.start, byte_range.length, chunk, None, label)
    return StreamingResponse(body, status_code=206, headers=headers, media_type=media_type)


@dataclass(frozen=True)
class ArchiveMember:
    name: str  # path inside the archive
    path: Path
    size: int
    sha256_hex: str | None  # checked while streaming when known


def _tar_header(name: str, size: int, mtime: int) -> bytes:
    import tarfile

    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o644
    info.mtime = mtime
    info.type = tarfile.REGTYPE
    return info.tobuf(format=tarfile.PAX_FORMAT, encoding="utf-8")


def archive_length(members: list[ArchiveMember], mtime: int) -> int:
    total = 0
    for m in members:
        total += len(_tar_header(m.name, m.size, mtime)) + m.size + (-m.size % 512)
    return total + 1024  # two zero blocks end the archive


async def archive_chunks(members: list[ArchiveMember], *, mtime: int, chunk: int, label: str) -> AsyncIterator[bytes]:
    """A POSIX (pax) tar stream of ``members``; each member's digest is checked as it streams."""
    for m in members:
        yield _tar_header(m.name, m.size, mtime)
        async for data in _chunks(m.path, 0, m.size, chunk, m.sha256_hex, label):
            yield data
        if m.size % 512:
            yield b"\0" * (512 - m.size % 512)
    yield b"\0" * 1024


def archive_response(
    members: list[ArchiveMember], *, mtime: int, chunk: int, label: str, filename: str
) -> StreamingResponse:
    headers = {
        "Content-Length": str(archive_length(members, mtime)),
        "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": "private, no-store",
    }
    return StreamingResponse(
        archive_chunks(members, mtime=mtime, chunk=chunk, label=label), headers=headers, media_type="application/x-tar"
    )
