"""Dataset build: a cohort query over the research store -> exam groups -> the payload of one release.

Selection (``CohortQuery``): objects of the policy's study whose data kind is asked for (and allowed for the
recipient), whose modality is in ``modalities`` (records without a modality, e.g. lab results, pass), whose
(shifted) exam date lies in ``[date_from, date_to]``; grouped by ``link_key`` (a DICOM study with its report) or
alone; with ``findings``, a group is kept when one of its objects' teacher labels marks one of those codes
positive; groups of subjects excluded by the build's opt-out snapshot, groups without a
registry id and groups mixing subjects are left out (fail closed); ``max_subjects`` keeps the first subjects in
pseudonym order. Disclosure control (``gateway.release.disclosure``) then suppresses groups.

Payload (docs/RELEASE_FORMAT.md): re-keyed DICOM under ``data/dicom/<study>/<series>/<sop>.dcm``, re-keyed records
in ``data/records/records.jsonl``, teacher labels in ``data/labels/labels.jsonl``, trainer-ready arrays in
``data/arrays/``. Every store blob is checked against its recorded SHA-256 before use.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from gateway.release.arrays import ArrayError, ArrayWriter, to_row, wants_array, window_info
from gateway.release.disclosure import Group
from gateway.release.rekey import Rekeyer, RekeyError
from gateway.store.blobs import BlobStore
from gateway.store.research import ResearchObject


class BuildError(Exception):
    """The build cannot go on (integrity or format problem). ``code`` is stable; no values in messages."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class CohortQuery:
    modalities: tuple[str, ...] = ()
    data_kinds: tuple[str, ...] = ("images", "reports")
    date_from: date | None = None
    date_to: date | None = None
    findings: tuple[str, ...] = ()
    max_subjects: int | None = None
    array_size: int = 128  # extra: side of the trainer-ready square images

    def to_json(self) -> dict[str, Any]:
        return {
            "modalities": list(self.modalities),
            "data_kinds": list(self.data_kinds),
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "findings": list(self.findings),
            "max_subjects": self.max_subjects,
            "array_size": self.array_size,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CohortQuery:
        return cls(
            modalities=tuple(data.get("modalities") or ()),
            data_kinds=tuple(data.get("data_kinds") or ("images", "reports")),
            date_from=date.fromisoformat(data["date_from"]) if data.get("date_from") else None,
            date_to=date.fromisoformat(data["date_to"]) if data.get("date_to") else None,
            findings=tuple(data.get("findings") or ()),
            max_subjects=data.get("max_subjects"),
            array_size=int(data.get("array_size") or 128),
        )


@dataclass
class Selected:
    key: str
    subject: str
    registry_id: str
    objects: list[ResearchObject]
    qi: dict[str, Any]

    def group(self) -> Group:
        return Group(self.key, self.subject, self.qi)


@dataclass
class Selection:
    groups: list[Selected] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _qi(objects: Sequence[ResearchObject]) -> dict[str, Any]:
    images = [o for o in objects if o.data_kind == "images"]
    src = images[0] if images else objects[0]
    a = dict(src.attributes or {})
    dates = [o.exam_date for o in objects if o.exam_date is not None]
    return {
        "age": a.get("age"),
        "sex": a.get("sex"),
        "height_cm": a.get("height_cm"),
        "weight_kg": a.get("weight_kg"),
        "body_part": a.get("body_part"),
        "modality": a.get("modality") or src.modality or (None if images else src.data_kind),
        "year": min(dates).year if dates else None,
    }


def matches_findings(objects: Iterable[ResearchObject], findings: Sequence[str]) -> bool:
    """True when no findings are asked for, or some object's labels mark one of them positive."""
    if not findings:
        return True
    return any((o.labels or {}).get(code) == "positive" for o in objects for code in findings)


def select_groups(
    session: Session, study: str, cohort: CohortQuery, kinds: Sequence[str], excluded: frozenset[str]
) -> Selection:
    q = select(ResearchObject).where(ResearchObject.study_key == study, col(ResearchObject.data_kind).in_(list(kinds)))
    if cohort.date_from is not None:
        q = q.where(col(ResearchObject.exam_date) >= cohort.date_from)
    if cohort.date_to is not None:
        q = q.where(col(ResearchObject.exam_date) <= cohort.date_to)
    mods = {m.upper() for m in cohort.modalities}
    by_group: dict[str, list[ResearchObject]] = defaultdict(list)
    for obj in session.exec(q.order_by(col(ResearchObject.id))):
        if mods:
            modality = (obj.modality or "").upper()
            if modality not in mods and not (obj.data_kind != "images" and obj.modality is None):
                continue
        by_group[obj.link_key or f"obj:{obj.id}"].append(obj)
    counts = {"candidates": len(by_group), "optout": 0, "no_registry_id": 0, "mixed_subjects": 0, "findings": 0}
    groups: list[Selected] = []
    for key in sorted(by_group):
        objs = by_group[key]
        subjects = {o.subject for o in objs}
        registries = {o.registry_id for o in objs}
        if len(subjects) != 1 or len(registries) != 1:
            counts["mixed_subjects"] += 1
            continue
        rid = next(iter(registries))
        if not rid:
            counts["no_registry_id"] += 1
            continue
        if rid in excluded:
            counts["optout"] += 1
            continue
        if not matches_findings(objs, cohort.findings):
            counts["findings"] += 1
            continue
        groups.append(Selected(key, next(iter(subjects)), rid, objs, _qi(objs)))
    if cohort.max_subjects is not None:
        keep = set(sorted({g.subject for g in groups})[: cohort.max_subjects])
        counts["max_subjects"] = len([g for g in groups if g.subject not in keep])
        groups = [g for g in groups if g.subject in keep]
    counts["selected"] = len(groups)
    return Selection(groups, counts)


@dataclass
class BuiltMember:
    key: str
    subject: str
    recipient_subject: str
    registry_id: str
    qi: dict[str, Any]
    objects: list[str]
    paths: list[str]


@dataclass
class Payload:
    members: list[BuiltMember]
    files: list[dict[str, Any]]
    rows: int


RECORDS = "data/records/records.jsonl"
LABELS = "data/labels/labels.jsonl"
IMAGES = "data/arrays/images.u8"
INDEX = "data/arrays/index.json"


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def list_files(root: Path) -> list[dict[str, Any]]:
    out = []
    for p in sorted((root / "data").rglob("*")):
        if p.is_file():
            out.append({"path": p.relative_to(root).as_posix(), "sha256": sha256_file(p), "size": p.stat().st_size})
    return out


def _merge_labels(objects: Iterable[ResearchObject]) -> dict[str, str]:
    rank = {"negative": 0, "uncertain": 1, "positive": 2}
    out: dict[str, str] = {}
    for o in objects:
        for code, value in (o.labels or {}).items():
            if code not in out or rank.get(value, -1) > rank.get(out[code], -1):
                out[code] = value
    return out


def write_payload(
    store: BlobStore, root: Path, groups: Sequence[Selected], rekeyer: Rekeyer, *, level: str, array_size: int
) -> Payload:
    data = root / "data"
    if data.exists():
        raise BuildError("the release directory already has a payload", code="exists")
    data.mkdir(parents=True)
    n_images = sum(1 for g in groups for o in g.objects if o.data_kind == "images")
    writer = ArrayWriter(data / "arrays" / "images.u8", array_size, n_images) if n_images else None
    index_rows: list[dict[str, Any]] = []
    records: list[str] = []
    labels: list[str] = []
    members: list[BuiltMember] = []
    try:
        for g in groups:
            rsubj = rekeyer.pseudonym(g.subject)
            glabels = _merge_labels(o for o in g.objects if o.data_kind != "images")
            study_uids = sorted({o.study_uid for o in g.objects if o.data_kind == "images" and o.study_uid})
            rstudy = rekeyer.uid(study_uids[0]) if study_uids else None
            paths: set[str] = set()
            for obj in sorted(g.objects, key=lambda o: (o.data_kind, o.path)):
                try:
                    blob = store.get(obj.path)
                except OSError:
                    raise BuildError("a research object's file is missing", code="store_integrity") from None
                if hashlib.sha256(blob).hexdigest() != obj.sha256:
                    raise BuildError("a research object's file does not match its SHA-256", code="store_integrity")
                if obj.data_kind == "images":
                    try:
                        out, ds = rekeyer.dicom(blob, {"level": level})
                    except RekeyError as exc:
                        raise BuildError(str(exc), code="rekey") from None
                    rel = f"data/dicom/{ds.StudyInstanceUID}/{ds.SeriesInstanceUID}/{ds.SOPInstanceUID}.dcm"
                    path = root / rel
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(out)
                    paths.add(rel)
                    if writer is not None and wants_array(ds):
                        try:
                            img = to_row(ds, array_size)
                        except ArrayError:
                            continue  # the DICOM is released; it has no training row
                        row = writer.add(img)
                        index_rows.append(
                            {
                                "row": row,
                                "subject": rsubj,
                                "study": str(ds.StudyInstanceUID),
                                "sop": str(ds.SOPInstanceUID),
                                "modality": str(ds.get("Modality", "")),
                                "labels": glabels,
                            }
                        )
                        paths.update({IMAGES, INDEX})
                else:
                    try:
                        rec = json.loads(blob)
                    except ValueError:
                        raise BuildError("a research record is not JSON", code="store_integrity") from None
                    rec = rekeyer.json(rec)
                    if isinstance(rec, dict):
                        rec.setdefault("data_kind", obj.data_kind)
                        if rstudy is not None:
                            rec.setdefault("study", rstudy)
                    records.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
                    paths.add(RECORDS)
                    if obj.labels:
                        rid = rec.get("record_id") if isinstance(rec, dict) else None
                        labels.append(
                            json.dumps(
                                {"id": rid or rekeyer.pseudonym(obj.object_key), "subject": rsubj, "study": rstudy,
                                 "labels": dict(obj.labels)},
                                ensure_ascii=False, sort_keys=True,
                            )
                        )  # fmt: skip
                        paths.add(LABELS)
            members.append(
                BuiltMember(g.key, g.subject, rsubj, g.registry_id, g.qi, [o.id for o in g.objects], sorted(paths))
            )
    finally:
        shape = writer.close() if writer is not None else (0, array_size, array_size)
    if shape[0]:
        index = {"shape": list(shape), "dtype": "uint8", "window": window_info(), "rows": index_rows}
        (data / "arrays" / "index.json").write_text(json.dumps(index, ensure_ascii=False) + "\n", encoding="utf-8")
    elif (data / "arrays").exists():
        (data / "arrays" / "images.u8").unlink(missing_ok=True)
        (data / "arrays").rmdir()
    if records:
        (data / "records").mkdir(parents=True, exist_ok=True)
        (data / "records" / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    if labels:
        (data / "labels").mkdir(parents=True, exist_ok=True)
        (data / "labels" / "labels.jsonl").write_text("\n".join(labels) + "\n", encoding="utf-8")
    return Payload(members, list_files(root), shape[0])
