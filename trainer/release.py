"""Open a released dataset for training, per docs/RELEASE_FORMAT.md, or refuse it.

The trainer reads nothing but a release that verifies: the DSSE envelope is signed (Ed25519) by a trusted key;
its in-toto statement lists exactly the files of ``release.json`` with the same digests, and its predicate equals
``release.json`` without ``files``; every payload file exists with the listed size and SHA-256 and no unlisted file
sits under ``data/``; the signed status document (same trusted keys) says ``released``, is fresh, not expired and
lists no withdrawn subjects; the release itself has not expired. No torch here.

Every refusal is a :class:`ReleaseRefused` with a stable ``reason`` code and a message without PHI (paths inside
the release, release ids, counts).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://sekisho.dev/release/v1"
RELEASE_PAYLOAD_TYPE = "application/vnd.in-toto+json"
STATUS_PAYLOAD_TYPE = "application/vnd.sekisho.release-status+json"
DEFAULT_STATUS_MAX_AGE = timedelta(hours=24)
CLOCK_SKEW = timedelta(minutes=5)


class ReleaseRefused(Exception):
    """The release may not be used. ``reason`` is one of: malformed, signature, statement, missing_file,
    unlisted_file, size_mismatch, hash_mismatch, status_missing, status_signature, status_mismatch, revoked,
    superseded, expired, withdrawn, stale_status, arrays."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"release refused ({reason}): {message}")
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class TrustedKey:
    keyid: str
    key: Ed25519PublicKey

    @classmethod
    def from_hex(cls, hex_key: str) -> TrustedKey:
        try:
            raw = bytes.fromhex(hex_key.strip())
        except ValueError as exc:
            raise ValueError("a trusted key is 64 hex digits (raw Ed25519 public key)") from exc
        if len(raw) != 32:
            raise ValueError("a trusted key is 64 hex digits (raw Ed25519 public key)")
        return cls(hashlib.sha256(raw).hexdigest(), Ed25519PublicKey.from_public_bytes(raw))


@dataclass(frozen=True)
class VerifiedRelease:
    root: Path
    release_id: str
    dataset_id: str
    manifest: dict[str, Any]
    manifest_sha256: str
    labeler_hash: str | None
    status: dict[str, Any]
    index: dict[str, Any]
    images_path: Path
    signer_keyid: str

    @property
    def shape(self) -> tuple[int, int, int]:
        n, h, w = (int(x) for x in self.index["shape"])
        return n, h, w


def pae(payload_type: str, body: bytes) -> bytes:
    """DSSE pre-authentication encoding."""
    t = payload_type.encode()
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(body), body)


def _load_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError as exc:
        raise ReleaseRefused("malformed" if what != "status" else "status_missing", f"{what} is missing") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReleaseRefused("malformed", f"{what} is not valid JSON") from exc


def _b64(value: Any) -> bytes:
    """DSSE fields are base64; accept the standard and the URL-safe alphabet (the spec allows either)."""
    text = str(value)
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verify_envelope(
    envelope: Any, payload_type: str, keys: Sequence[TrustedKey], *, reason: str = "signature"
) -> tuple[bytes, str]:
    """The payload of a DSSE envelope with a valid signature by one of ``keys``, and that key's id."""
    if not isinstance(envelope, dict) or envelope.get("payloadType") != payload_type:
        raise ReleaseRefused(reason, f"envelope payloadType is not {payload_type}")
    try:
        body = _b64(envelope["payload"])
        sigs = list(envelope["signatures"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ReleaseRefused(reason, "envelope is malformed") from exc
    by_id = {k.keyid: k for k in keys}
    message = pae(payload_type, body)
    for sig in sigs:
        if not isinstance(sig, dict):
            continue
        trusted = by_id.get(str(sig.get("keyid", "")))
        if trusted is None:
            continue
        try:
            trusted.key.verify(_b64(sig.get("sig", "")), message)
        except (InvalidSignature, binascii.Error, ValueError):
            continue
        return body, trusted.keyid
    raise ReleaseRefused(reason, "no valid signature by a trusted key")


def parse_time(value: Any, what: str) -> datetime:
    if not isinstance(value, str):
        raise ReleaseRefused("malformed", f"{what} is not an ISO 8601 time")
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ReleaseRefused("malformed", f"{what} is not an ISO 8601 time") from exc
    if ts.tzinfo is None:
        raise ReleaseRefused("malformed", f"{what} has no time zone")
    return ts.astimezone(UTC)


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def _safe_rel(path: Any) -> str:
    if not isinstance(path, str):
        raise ReleaseRefused("malformed", "a file path is not a string")
    p = PurePosixPath(path)
    if p.is_absolute() or ".." in p.parts or not p.parts or p.parts[0] != "data" or "\\" in path:
        raise ReleaseRefused("malformed", f"file path outside data/: {path!r}")
    return p.as_posix()


def _check_files(root: Path, files: Any) -> None:
    if not isinstance(files, list) or not files:
        raise ReleaseRefused("malformed", "release.json lists no files")
    listed: set[str] = set()
    for entry in files:
        if not isinstance(entry, dict):
            raise ReleaseRefused("malformed", "a files entry is not an object")
        rel = _safe_rel(entry.get("path"))
        if rel in listed:
            raise ReleaseRefused("malformed", f"{rel} is listed twice")
        listed.add(rel)
        path = root / rel
        if path.is_symlink() or not path.is_file():
            raise ReleaseRefused("missing_file", f"{rel} is missing")
        if path.stat().st_size != entry.get("size"):
            raise ReleaseRefused("size_mismatch", f"{rel} has the wrong size")
        if sha256_file(path) != entry.get("sha256"):
            raise ReleaseRefused("hash_mismatch", f"{rel} does not match its SHA-256")
    for path in (root / "data").rglob("*"):
        if (path.is_file() or path.is_symlink()) and path.relative_to(root).as_posix() not in listed:
            raise ReleaseRefused("unlisted_file", f"{path.relative_to(root).as_posix()} is not in release.json")


def _check_statement(body: bytes, manifest: dict[str, Any]) -> None:
    try:
        statement = json.loads(body)
    except ValueError as exc:
        raise ReleaseRefused("statement", "signed payload is not JSON") from exc
    if not isinstance(statement, dict) or statement.get("_type") != STATEMENT_TYPE:
        raise ReleaseRefused("statement", "signed payload is not an in-toto Statement v1")
    if statement.get("predicateType") != PREDICATE_TYPE:
        raise ReleaseRefused("statement", "unexpected predicateType")
    expected_predicate = {k: v for k, v in manifest.items() if k != "files"}
    if statement.get("predicate") != expected_predicate:
        raise ReleaseRefused("statement", "release.json differs from the signed predicate")
    try:
        signed = {str(s["name"]): str(s["digest"]["sha256"]) for s in statement["subject"]}
        listed = {str(f["path"]): str(f["sha256"]) for f in manifest["files"]}
    except (KeyError, TypeError) as exc:
        raise ReleaseRefused("statement", "statement subjects or manifest files are malformed") from exc
    if signed != listed or len(signed) != len(statement["subject"]):
        raise ReleaseRefused("statement", "release.json files differ from the signed subjects")


def check_status(
    status: dict[str, Any],
    release_id: str,
    *,
    now: datetime,
    max_age: timedelta,
) -> None:
    if status.get("release_id") != release_id:
        raise ReleaseRefused("status_mismatch", "status document is for another release")
    state = status.get("state")
    if state == "revoked":
        raise ReleaseRefused("revoked", f"release {release_id} is revoked")
    if state == "superseded" or status.get("superseded_by"):
        raise ReleaseRefused("superseded", f"release {release_id} is superseded by {status.get('superseded_by')}")
    if state == "expired":
        raise ReleaseRefused("expired", f"release {release_id} has expired")
    if state != "released":
        raise ReleaseRefused("malformed", "status state is not one of released/expired/revoked/superseded")
    if parse_time(status.get("expires_at"), "status expires_at") <= now:
        raise ReleaseRefused("expired", f"release {release_id} has expired")
    withdrawn = status.get("withdrawn_subjects")
    if not isinstance(withdrawn, list):
        raise ReleaseRefused("malformed", "status withdrawn_subjects is not a list")
    if withdrawn:
        raise ReleaseRefused("withdrawn", f"{len(withdrawn)} subject(s) of release {release_id} were withdrawn")
    issued = parse_time(status.get("issued_at"), "status issued_at")
    if issued > now + CLOCK_SKEW:
        raise ReleaseRefused("stale_status", "status issued in the future")
    if now - issued > max_age:
        raise ReleaseRefused("stale_status", f"status is older than {max_age}")


def _check_arrays(root: Path, index: Any) -> tuple[dict[str, Any], Path]:
    if not isinstance(index, dict):
        raise ReleaseRefused("arrays", "arrays/index.json is not an object")
    shape = index.get("shape")
    if index.get("dtype") != "uint8" or not (
        isinstance(shape, list) and len(shape) == 3 and all(isinstance(x, int) and x > 0 for x in shape)
    ):
        raise ReleaseRefused("arrays", "arrays/index.json needs dtype uint8 and shape [N, H, W]")
    images = root / "data" / "arrays" / "images.u8"
    if not images.is_file() or images.stat().st_size != shape[0] * shape[1] * shape[2]:
        raise ReleaseRefused("arrays", "arrays/images.u8 does not match its shape")
    rows = index.get("rows")
    if not isinstance(rows, list) or len(rows) != shape[0]:
        raise ReleaseRefused("arrays", "arrays/index.json rows do not match its shape")
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or row.get("row") != i or not isinstance(row.get("subject"), str):
            raise ReleaseRefused("arrays", f"arrays/index.json row {i} is malformed")
        if not isinstance(row.get("labels"), dict):
            raise ReleaseRefused("arrays", f"arrays/index.json row {i} has no labels object")
    return index, images


def verify_release(
    root: Path,
    *,
    trusted_keys: Sequence[str],
    status_path: Path | None = None,
    now: datetime | None = None,
    status_max_age: timedelta = DEFAULT_STATUS_MAX_AGE,
) -> VerifiedRelease:
    """Verify the release directory ``root`` completely or raise :class:`ReleaseRefused`."""
    keys = [TrustedKey.from_hex(k) for k in trusted_keys]
    if not keys:
        raise ReleaseRefused("signature", "no trusted key configured")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    root = root.resolve()
    manifest_path = root / "release.json"
    try:
        manifest_bytes = manifest_path.read_bytes()
    except FileNotFoundError as exc:
        raise ReleaseRefused("malformed", "release.json is missing") from exc
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError as exc:
        raise ReleaseRefused("malformed", "release.json is not valid JSON") from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("release_id"), str):
        raise ReleaseRefused("malformed", "release.json has no release_id")
    release_id = str(manifest["release_id"])
    envelope = _load_json(root / "release.intoto.dsse.json", "release.intoto.dsse.json")
    body, signer = verify_envelope(envelope, RELEASE_PAYLOAD_TYPE, keys)
    _check_statement(body, manifest)
    _check_files(root, manifest.get("files"))
    if parse_time(manifest.get("expires_at"), "expires_at") <= now:
        raise ReleaseRefused("expired", f"release {release_id} has expired")
    status_file = status_path or root.parent / f"{release_id}.status.dsse.json"
    status_env = _load_json(status_file, "status")
    status_body, _ = verify_envelope(status_env, STATUS_PAYLOAD_TYPE, keys, reason="status_signature")
    try:
        status = json.loads(status_body)
    except ValueError as exc:
        raise ReleaseRefused("status_signature", "status payload is not JSON") from exc
    if not isinstance(status, dict):
        raise ReleaseRefused("status_signature", "status payload is not an object")
    check_status(status, release_id, now=now, max_age=status_max_age)
    index, images = _check_arrays(root, _load_json(root / "data" / "arrays" / "index.json", "arrays/index.json"))
    lh = manifest.get("labeler_hash")
    return VerifiedRelease(
        root=root,
        release_id=release_id,
        dataset_id=str(manifest.get("dataset_id", "")),
        manifest=manifest,
        manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(),
        labeler_hash=lh if isinstance(lh, str) else None,
        status=status,
        index=index,
        images_path=images,
        signer_keyid=signer,
    )
