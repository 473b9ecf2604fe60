"""The ``BlobStore`` of ``gateway.store.blobs`` over the S3 API (boto3): the research store and releases on object
storage shared by several gateway workers (AWS S3, MinIO, Ceph RGW, ...).

- Atomic puts: an S3 object becomes visible whole when its PUT (or its multipart upload) completes, never in
  part; a reader sees the old object or the new one. Every put carries its SHA-256 (object metadata) and an
  MD5 the server checks, so a corrupted upload is refused rather than stored.
- Keys are PHI-free by construction (new UIDs, keyed digests) and are checked here once more: the store's key
  rules (``check_key``) and a conservative ASCII alphabet, so a path carrying a name in kanji or kana cannot
  become an object key (fail closed: ``BlobKeyError``).
- Listing by prefix with the paginator (any number of objects), in key order.
- Credentials come from boto3's own chain (environment, instance role, shared files), never from Sekisho's
  settings; ``endpoint_url`` selects an S3-compatible server.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from gateway.store.blobs import BlobKeyError, BlobStore, LocalBlobStore, check_key

if TYPE_CHECKING:
    from gateway.settings import Settings

_SAFE_KEY = re.compile(r"[A-Za-z0-9._=+-]+(/[A-Za-z0-9._=+-]+)*")
MULTIPART_THRESHOLD = 64 * 1024 * 1024


def check_s3_key(key: str) -> str:
    check_key(key)
    if len(key) > 900 or not _SAFE_KEY.fullmatch(key):
        raise BlobKeyError("invalid blob key")
    return key


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket[/prefix]`` -> (bucket, prefix ending in ``/`` or empty)."""
    if not url.startswith("s3://"):
        raise ValueError("blob URL must start with s3://")
    bucket, _, prefix = url.removeprefix("s3://").partition("/")
    if not bucket:
        raise ValueError("blob URL has no bucket")
    prefix = prefix.strip("/")
    if prefix:
        check_s3_key(prefix)
    return bucket, (prefix + "/" if prefix else "")


class S3BlobStore:
    """Objects under ``s3://bucket/prefix``. ``client`` is a boto3 S3 client (made from ``endpoint_url``)."""

    def __init__(self, bucket: str, prefix: str = "", *, client: Any = None, endpoint_url: str | None = None) -> None:
        if client is None:
            import boto3

            client = boto3.client("s3", endpoint_url=endpoint_url)
        self.client = client
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""

    def __repr__(self) -> str:
        return f"S3BlobStore(bucket={self.bucket!r}, prefix={self.prefix!r})"

    def _key(self, key: str) -> str:
        return self.prefix + check_s3_key(key)

    def _missing(self, exc: Exception) -> bool:
        code = str(getattr(exc, "response", {}).get("Error", {}).get("Code", ""))
        return code in ("404", "NoSuchKey", "NotFound")

    def put(self, key: str, data: bytes) -> tuple[str, int]:
        full = self._key(key)
        digest = hashlib.sha256(data).hexdigest()
        if len(data) < MULTIPART_THRESHOLD:
            md5 = base64.b64encode(hashlib.md5(data).digest()).decode()  # noqa: S324 - integrity, not security
            self.client.put_object(Bucket=self.bucket, Key=full, Body=data, ContentMD5=md5, Metadata={"sha256": digest})
        else:  # multipart: still invisible until CompleteMultipartUpload
            from boto3.s3.transfer import TransferConfig

            self.client.upload_fileobj(
                io.BytesIO(data),
                self.bucket,
                full,
                ExtraArgs={"Metadata": {"sha256": digest}},
                Config=TransferConfig(multipart_threshold=MULTIPART_THRESHOLD),
            )
        return digest, len(data)

    def get(self, key: str) -> bytes:
        from botocore.exceptions import ClientError

        try:
            obj = self.client.get_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            if self._missing(exc):
                raise FileNotFoundError("no such blob") from None
            raise
        data: bytes = obj["Body"].read()
        return data

    def open(self, key: str) -> BinaryIO:
        return io.BytesIO(self.get(key))

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            if self._missing(exc):
                return False
            raise
        return True

    def sha256(self, key: str) -> str | None:
        """The SHA-256 recorded at put time (no download)."""
        head = self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        value = head.get("Metadata", {}).get("sha256")
        return str(value) if value else None

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def keys(self, prefix: str = "") -> Iterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + prefix):
            for item in page.get("Contents", []):
                yield str(item["Key"])[len(self.prefix) :]


def open_blob_store(settings: Settings, area: str) -> BlobStore:
    """The blob store of ``area`` (``store`` or ``releases``): S3 under ``Settings.blob_url`` when set,
    otherwise the local directory (the embedded default)."""
    if area not in ("store", "releases"):
        raise ValueError("area must be 'store' or 'releases'")
    if settings.blob_url:
        bucket, prefix = parse_s3_url(settings.blob_url)
        return S3BlobStore(bucket, prefix + area, endpoint_url=settings.s3_endpoint_url)
    return LocalBlobStore(settings.store_dir if area == "store" else settings.releases_dir)
