"""Offline verification of a downloaded release directory against a given public key (``sekisho release verify``).

Independent of the writer: reads only the directory (and, if present, the status document beside it or at a
given path), and reports every problem it finds instead of stopping at the first. Checks: the BagIt declaration,
payload manifest and Payload-Oxum, the tag manifest; the DSSE envelope's Ed25519 signature by the given key over
DSSE's PAE; the in-toto Statement (type, predicate type, predicate == release.json without files, subjects ==
files); every payload file's size and SHA-256; no unlisted file under ``data/``; the status document's signature,
state, expiry and withdrawn subjects.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.release.signing import RELEASE_PAYLOAD_TYPE, STATUS_PAYLOAD_TYPE, pae

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://sekisho.dev/release/v1"


@dataclass
class VerifyReport:
    release_id: str | None = None
    files: int = 0
    bytes: int = 0
    status: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _open_envelope(env: Any, payload_type: str, key: Ed25519PublicKey, keyid: str) -> bytes:
    if not isinstance(env, dict) or env.get("payloadType") != payload_type:
        raise ValueError(f"envelope payloadType is not {payload_type}")
    try:
        body = base64.b64decode(str(env["payload"]), validate=True)
        sigs = list(env["signatures"])
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise ValueError("envelope is malformed") from None
    for sig in sigs:
        if not isinstance(sig, dict) or sig.get("keyid") != keyid:
            continue
        try:
            key.verify(base64.b64decode(str(sig.get("sig", "")), validate=True), pae(payload_type, body))
        except (InvalidSignature, ValueError, binascii.Error):
            continue
        return body
    raise ValueError("no valid signature by the given key")


def _safe(path: Any) -> str | None:
    if not isinstance(path, str) or "\\" in path:
        return None
    p = PurePosixPath(path)
    if p.is_absolute() or ".." in p.parts or not p.parts or p.parts[0] != "data":
        return None
    return p.as_posix()


def _bag(root: Path, listed: dict[str, dict[str, Any]], report: VerifyReport) -> None:
    decl = root / "bagit.txt"
    if not decl.is_file() or "BagIt-Version:" not in decl.read_text(encoding="utf-8", errors="replace"):
        report.problems.append("bagit.txt is missing or not a BagIt declaration")
    manifest = root / "manifest-sha256.txt"
    entries: dict[str, str] = {}
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            digest, _, path = line.partition("  ")
            entries[path.strip()] = digest.strip()
    if entries != {p: str(f["sha256"]) for p, f in listed.items()}:
        report.problems.append("manifest-sha256.txt differs from release.json")
    info = root / "bag-info.txt"
    oxum = f"{sum(int(f['size']) for f in listed.values())}.{len(listed)}"
    if not info.is_file() or f"Payload-Oxum: {oxum}" not in info.read_text(encoding="utf-8", errors="replace"):
        report.problems.append("bag-info.txt Payload-Oxum does not match the payload")
    tags = root / "tagmanifest-sha256.txt"
    if not tags.is_file():
        report.problems.append("tagmanifest-sha256.txt is missing")
        return
    for line in tags.read_text(encoding="utf-8").splitlines():
        digest, _, path = line.partition("  ")
        target = root / path.strip()
        if not target.is_file() or _sha256(target) != digest.strip():
            report.problems.append(f"tag file {path.strip()} does not match tagmanifest-sha256.txt")


def verify_dir(
    root: Path, public_key_hex: str, *, status_path: Path | None = None, now: datetime | None = None
) -> VerifyReport:
    report = VerifyReport()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        raw = bytes.fromhex(public_key_hex.strip())
        key = Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        report.problems.append("the public key is not 64 hex digits (raw Ed25519)")
        return report
    keyid = hashlib.sha256(raw).hexdigest()
    try:
        manifest = json.loads((root / "release.json").read_bytes())
        assert isinstance(manifest, dict)
    except (OSError, ValueError, AssertionError):
        report.problems.append("release.json is missing or not a JSON object")
        return report
    report.release_id = str(manifest.get("release_id"))
    raw_files = manifest.get("files")
    files: list[Any] = raw_files if isinstance(raw_files, list) else []
    listed: dict[str, dict[str, Any]] = {}
    for f in files:
        path = _safe(f.get("path")) if isinstance(f, dict) else None
        if path is None:
            report.problems.append("a listed path is outside data/ or malformed")
            continue
        listed[path] = f
    try:
        env = json.loads((root / "release.intoto.dsse.json").read_bytes())
        body = _open_envelope(env, RELEASE_PAYLOAD_TYPE, key, keyid)
        statement = json.loads(body)
        if statement.get("_type") != STATEMENT_TYPE or statement.get("predicateType") != PREDICATE_TYPE:
            report.problems.append("the signed payload is not a Sekisho in-toto Statement v1")
        if statement.get("predicate") != {k: v for k, v in manifest.items() if k != "files"}:
            report.problems.append("release.json differs from the signed predicate")
        subjects = {str(s["name"]): str(s["digest"]["sha256"]) for s in statement.get("subject", [])}
        if subjects != {p: str(f.get("sha256")) for p, f in listed.items()}:
            report.problems.append("release.json files differ from the signed subjects")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        report.problems.append(f"release signature: {exc}" if isinstance(exc, ValueError) else "envelope unreadable")
    for path, f in listed.items():
        target = root / path
        if target.is_symlink() or not target.is_file():
            report.problems.append(f"{path} is missing")
            continue
        if target.stat().st_size != f.get("size"):
            report.problems.append(f"{path} has the wrong size")
        elif _sha256(target) != f.get("sha256"):
            report.problems.append(f"{path} does not match its SHA-256")
        report.files += 1
        report.bytes += target.stat().st_size
    for p in sorted((root / "data").rglob("*")) if (root / "data").is_dir() else []:
        if (p.is_file() or p.is_symlink()) and p.relative_to(root).as_posix() not in listed:
            report.problems.append(f"{p.relative_to(root).as_posix()} is not listed in release.json")
    _bag(root, listed, report)
    status_file = status_path or root.parent / f"{report.release_id}.status.dsse.json"
    if status_file.is_file():
        try:
            status = json.loads(_open_envelope(json.loads(status_file.read_bytes()), STATUS_PAYLOAD_TYPE, key, keyid))
        except (OSError, ValueError) as exc:
            report.problems.append(f"status document: {exc}")
        else:
            report.status = status
            if status.get("release_id") != report.release_id:
                report.problems.append("the status document is for another release")
            elif status.get("state") != "released":
                report.problems.append(f"the release is {status.get('state')}")
            if status.get("withdrawn_subjects"):
                report.problems.append(f"{len(status['withdrawn_subjects'])} subject(s) were withdrawn: delete them")
            expires = status.get("expires_at")
            if isinstance(expires, str) and datetime.fromisoformat(expires.replace("Z", "+00:00")) <= now:
                report.problems.append("the release has expired")
    return report
