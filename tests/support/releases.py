"""Test helper: write a VALID signed release per docs/RELEASE_FORMAT.md with synthetic chest phantoms.

``write_release(releases_dir, ...)`` makes ``<releases_dir>/<release_id>/`` (a BagIt bag with ``release.json``,
``release.intoto.dsse.json`` and ``data/{dicom,records,labels,arrays}``) and the signed status document
``<releases_dir>/<release_id>.status.dsse.json``. Every subject has one study of ``images_per_subject`` slices;
half the subjects have a lung nodule visible on every slice. Report texts are Japanese and their labels
come from the bundled teacher labeller (``trainer.labels``), as the gateway would attach them.

Everything is synthetic and deterministic for a given seed (except the timestamps, which follow ``now``).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://sekisho.dev/release/v1"
RELEASE_PAYLOAD_TYPE = "application/vnd.in-toto+json"
STATUS_PAYLOAD_TYPE = "application/vnd.sekisho.release-status+json"


def fixed_key(seed: int = 0) -> Ed25519PrivateKey:
    """A deterministic Ed25519 key for tests (never for real releases)."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"sekisho-test-key-{seed}".encode()).digest())


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def keyid(key: Ed25519PrivateKey) -> str:
    return hashlib.sha256(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).hexdigest()


def pae(payload_type: str, body: bytes) -> bytes:
    t = payload_type.encode()
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(body), body)


def dsse_envelope(payload_type: str, body: bytes, key: Ed25519PrivateKey) -> dict[str, Any]:
    return {
        "payloadType": payload_type,
        "payload": base64.b64encode(body).decode(),
        "signatures": [{"keyid": keyid(key), "sig": base64.b64encode(key.sign(pae(payload_type, body))).decode()}],
    }


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def phantom(rng: np.random.Generator, size: int, n_slices: int, nodule: bool) -> np.ndarray:
    """``n_slices`` uint8 axial slices of a chest phantom (lung window); a nodule shows on every slice."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float64)
    s = size / 64.0
    cx, cy = size / 2 + rng.uniform(-2, 2) * s, size / 2 + rng.uniform(-1, 2) * s
    body = ((xx - cx) / (rng.uniform(26, 29) * s)) ** 2 + ((yy - cy) / (rng.uniform(19, 22) * s)) ** 2 <= 1
    lrx, lry, ldx = rng.uniform(8.5, 10.5) * s, rng.uniform(12, 14.5) * s, rng.uniform(11, 13) * s
    lungs = [(cx - ldx, cy - s), (cx + ldx, cy - s)]
    lung = np.zeros((size, size), bool)
    for lx, ly in lungs:
        lung |= ((xx - lx) / lrx) ** 2 + ((yy - ly) / lry) ** 2 <= 1
    base = np.where(body, 150.0, 5.0)
    base = np.where(lung, 35.0, base)
    spine = (xx - cx) ** 2 + (yy - (cy + 14 * s)) ** 2 <= (3.5 * s) ** 2
    base = np.where(spine, 235.0, base)
    centre = None
    if nodule:
        side = int(rng.integers(0, 2))
        lx, ly = lungs[side]
        centre = (lx + rng.uniform(-0.5, 0.5) * lrx, ly + rng.uniform(-0.5, 0.5) * lry)
        radius = max(rng.uniform(2.0, 4.0) * s, rng.uniform(2.2, 3.2))  # at least ~5 px across on small images
    out = np.empty((n_slices, size, size), np.uint8)
    for k in range(n_slices):
        img = base.copy()
        for lx, ly in lungs:  # vessels: thin bright dots, distractors that differ per slice
            for _ in range(3):
                vx, vy = lx + rng.uniform(-0.6, 0.6) * lrx, ly + rng.uniform(-0.6, 0.6) * lry
                img[(xx - vx) ** 2 + (yy - vy) ** 2 <= (0.6 * s + 0.5) ** 2] = 120.0
        if centre is not None:
            img[(xx - centre[0]) ** 2 + (yy - centre[1]) ** 2 <= radius**2] = 150.0
        img += rng.normal(0, 8, img.shape)
        out[k] = np.clip(img, 0, 255).astype(np.uint8)
    return out


_POSITIVE = ("右肺上葉に{mm}mm大の結節を認める。", "左肺下葉に径{mm}mmの結節あり。", "右肺S6に結節({mm}mm)を認めます。")
_NEGATIVE = ("明らかな結節は認めない。", "肺野に結節なし。", "肺結節は指摘できない。")
_OTHER = ("胸水や気胸は認めない。", "縦隔に特記すべき異常なし。", "心拡大なし。", "少量の胸水を否定できない。", "")


@dataclass
class SignedRelease:
    path: Path
    release_id: str
    status_path: Path
    key: Ed25519PrivateKey
    subjects: list[str]
    nodule_subjects: list[str]
    created_at: datetime

    @property
    def public_key_hex(self) -> str:
        return public_key_hex(self.key)

    @property
    def manifest(self) -> dict[str, Any]:
        return dict(json.loads((self.path / "release.json").read_bytes()))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dicom(path: Path, pixels: np.ndarray, *, study: str, series: str, sop: str, subject: str) -> None:
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = sop
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = SecondaryCaptureImageStorage
    ds.SOPInstanceUID = sop
    ds.StudyInstanceUID = study
    ds.SeriesInstanceUID = series
    ds.PatientID = subject
    ds.PatientName = subject
    ds.Modality = "CT"
    ds.PatientIdentityRemoved = "YES"
    ds.Rows, ds.Columns = pixels.shape
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.PixelData = pixels.tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)


def write_status(
    release: SignedRelease,
    *,
    state: str = "released",
    withdrawn_subjects: list[str] | None = None,
    issued_at: datetime | None = None,
    expires_at: datetime | None = None,
    superseded_by: str | None = None,
    key: Ed25519PrivateKey | None = None,
) -> Path:
    """(Re)write the signed status document of ``release``."""
    manifest = release.manifest
    body = rfc8785.dumps(
        {
            "release_id": release.release_id,
            "state": state,
            "withdrawn_subjects": list(withdrawn_subjects or []),
            "issued_at": iso(issued_at or datetime.now(UTC)),
            "expires_at": iso(expires_at) if expires_at else manifest["expires_at"],
            "superseded_by": superseded_by,
        }
    )
    env = dsse_envelope(STATUS_PAYLOAD_TYPE, body, key or release.key)
    release.status_path.write_text(json.dumps(env, indent=2) + "\n", encoding="utf-8")
    return release.status_path


def write_release(
    releases_dir: Path,
    *,
    release_id: str = "rel-test-0001",
    subjects: int = 80,
    images_per_subject: int = 4,
    size: int = 32,
    seed: int = 0,
    key: Ed25519PrivateKey | None = None,
    now: datetime | None = None,
    valid_for: timedelta = timedelta(days=30),
    supersedes: str | None = None,
    with_dicom: bool = True,
) -> SignedRelease:
    """Write a valid signed release and its ``released`` status; returns where and with which key."""
    from trainer.labels import extract_labels, labeler_hash

    key = key or fixed_key()
    now = now or datetime.now(UTC)
    rng = np.random.default_rng(seed)
    root = releases_dir / release_id
    data = root / "data"
    (data / "arrays").mkdir(parents=True)
    (data / "records").mkdir(parents=True)
    (data / "labels").mkdir(parents=True)
    images: list[np.ndarray] = []
    rows: list[dict[str, Any]] = []
    records: list[str] = []
    label_lines: list[str] = []
    subject_ids: list[str] = []
    nodule_subjects: list[str] = []
    has_nodule = rng.permutation(np.arange(subjects) < (subjects + 1) // 2)  # half of the subjects, shuffled
    for i in range(subjects):
        subject = "S" + hashlib.sha256(f"{release_id}/{seed}/subject/{i}".encode()).hexdigest()[:12].upper()
        study = f"1.2.826.0.1.3680043.10.1341.{seed}.{i + 1}"
        series = study + ".1"
        nodule = bool(has_nodule[i])
        subject_ids.append(subject)
        if nodule:
            nodule_subjects.append(subject)
        vol = phantom(rng, size, images_per_subject, nodule)
        first = _POSITIVE if nodule else _NEGATIVE
        text = str(rng.choice(first)).format(mm=int(rng.integers(6, 15))) + str(rng.choice(_OTHER))
        labels = extract_labels(text)
        record_id = f"R{i + 1:05d}"
        records.append(
            json.dumps(
                {"record_id": record_id, "kind": "report", "patient_id": subject, "text": text}, ensure_ascii=False
            )
        )
        label_lines.append(
            json.dumps({"id": record_id, "subject": subject, "study": study, "labels": labels}, ensure_ascii=False)
        )
        for k in range(images_per_subject):
            sop = f"{series}.{k + 1}"
            rows.append({"row": len(images), "subject": subject, "study": study, "sop": sop, "labels": labels})
            images.append(vol[k])
            if with_dicom:
                d = hashlib.sha256(study.encode()).hexdigest()[:16]
                _dicom(data / "dicom" / d / "01" / f"{k + 1:04d}.dcm", vol[k], study=study, series=series, sop=sop,
                       subject=subject)  # fmt: skip
    arr = np.stack(images).astype(np.uint8)
    (data / "arrays" / "images.u8").write_bytes(np.ascontiguousarray(arr).tobytes())
    index = {
        "shape": list(arr.shape),
        "dtype": "uint8",
        "window": {"center": -600, "width": 1500, "modality": "CT"},
        "rows": rows,
    }
    (data / "arrays" / "index.json").write_text(json.dumps(index, ensure_ascii=False) + "\n", encoding="utf-8")
    (data / "records" / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (data / "labels" / "labels.jsonl").write_text("\n".join(label_lines) + "\n", encoding="utf-8")

    payload = sorted(p for p in data.rglob("*") if p.is_file())
    files = [{"path": p.relative_to(root).as_posix(), "sha256": _sha256(p), "size": p.stat().st_size} for p in payload]
    predicate: dict[str, Any] = {
        "release_id": release_id,
        "dataset_id": f"ds-{release_id}",
        "recipient": "trainer:test",
        "purpose": "nodule detection (synthetic test release)",
        "policy_version": "test-1",
        "policy_hash": hashlib.sha256(b"test policy").hexdigest(),
        "optout_digest": hashlib.sha256(b"no opt-outs").hexdigest(),
        "labeler_hash": labeler_hash(),
        "approvers": ["user:officer-1", "user:officer-2"],
        "created_at": iso(now),
        "expires_at": iso(now + valid_for),
        "supersedes": supersedes,
    }
    (root / "release.json").write_bytes(rfc8785.dumps({**predicate, "files": files}))
    statement = {
        "_type": STATEMENT_TYPE,
        "subject": [{"name": f["path"], "digest": {"sha256": f["sha256"]}} for f in files],
        "predicateType": PREDICATE_TYPE,
        "predicate": predicate,
    }
    env = dsse_envelope(RELEASE_PAYLOAD_TYPE, rfc8785.dumps(statement), key)
    (root / "release.intoto.dsse.json").write_text(json.dumps(env, indent=2) + "\n", encoding="utf-8")
    _write_bag(root, files, now)
    rel = SignedRelease(
        path=root,
        release_id=release_id,
        status_path=releases_dir / f"{release_id}.status.dsse.json",
        key=key,
        subjects=subject_ids,
        nodule_subjects=nodule_subjects,
        created_at=now,
    )
    write_status(rel, issued_at=now)
    return rel


def _write_bag(root: Path, files: list[dict[str, Any]], now: datetime) -> None:
    (root / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", encoding="utf-8")
    total = sum(int(f["size"]) for f in files)
    (root / "bag-info.txt").write_text(
        f"Bagging-Date: {now.date().isoformat()}\nPayload-Oxum: {total}.{len(files)}\n"
        "Source-Organization: Sekisho (synthetic test release)\n",
        encoding="utf-8",
    )
    (root / "manifest-sha256.txt").write_text("".join(f"{f['sha256']}  {f['path']}\n" for f in files), encoding="utf-8")
    tags = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "release.intoto.dsse.json", "release.json"]
    (root / "tagmanifest-sha256.txt").write_text("".join(f"{_sha256(root / t)}  {t}\n" for t in tags), encoding="utf-8")
