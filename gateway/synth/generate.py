"""The synthetic hospital: patients, DICOM studies, clinical records, answer key and ground truth.

Deterministic by seed: the same arguments give byte-identical output (no wall clock, no global random state,
no set or dict iteration over unordered data). Layout and schemas: docs/SYNTH.md.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from gateway.synth.dicom_gen import StudyWriter
from gateway.synth.people import Hospital, Patient, make_hospital, make_patient
from gateway.synth.plan import MODALITIES, Study, choose_modalities, opaque, plan_study
from gateway.synth.records import other_records, radiology_report, report_labels
from policies.identifiers import KnownIdentifiers


class SynthSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    seed: int
    patients: int
    studies: int
    dicom_files: int
    records: int
    answer_key_entries: int
    by_modality: dict[str, int]
    by_record_kind: dict[str, int]
    ct_series_with_nodule: int
    ct_series_without_nodule: int
    opt_outs: dict[str, int]
    image_size: int


class OutputNotEmptyError(FileExistsError):
    """The output directory exists and is not empty."""


def _jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
    return n


def known_of(p: Patient, studies: list[Study]) -> KnownIdentifiers:
    """What the hospital knows of the patient: identity, contacts, and the accession numbers of the studies."""
    return p.known().merged(KnownIdentifiers(ids=tuple(s.accession for s in studies)))


def _patient_row(p: Patient, h: Hospital, studies: list[Study], seed: int) -> dict[str, Any]:
    opt = None
    if p.opt_out:
        opt = {
            "kind": p.opt_out,
            "date": p.opt_out_date.isoformat() if p.opt_out_date else None,
            "study": "SEKISHO-DEMO-01" if p.opt_out == "study" else None,
        }
    return {
        "patient_id": p.patient_id,
        "subject": opaque(seed, "patient", p.index),
        "name": {
            "kanji": p.name.kanji,
            "hiragana": p.name.hiragana,
            "katakana": p.name.katakana,
            "romaji": p.name.romaji,
            "romaji_style": p.romaji_style,
        },
        "sex": p.sex,
        "birth_date": p.birth_date.isoformat(),
        "postal_code": p.address.postal,
        "address": p.address.text,
        "phone": p.phone,
        "mobile": p.mobile,
        "email": p.email,
        "insurance_number": p.insurance_number,
        "other_ids": list(p.other_ids),
        "agent": {"name_kanji": p.agent.name.kanji, "relation": p.agent.relation, "phone": p.agent.phone}
        if p.agent
        else None,
        "hospital": h.name,
        "opt_out": opt,
        "known": known_of(p, studies).model_dump(mode="json"),
        "studies": [
            {"accession": s.accession, "folder": s.folder, "modality": s.modality, "date": s.day.isoformat()}
            for s in studies
        ],
    }


def generate(
    out: Path,
    *,
    patients: int,
    seed: int = 0,
    studies_per_patient: int = 2,
    modalities: tuple[str, ...] = MODALITIES,
    image_size: int = 64,
    slices: int = 3,
    known_in_records: bool = True,
    dciodvfy_safe: bool = True,
    progress: Callable[[int], None] | None = None,
) -> SynthSummary:
    """Write a synthetic hospital under ``out`` (which must be absent or empty) and return its summary.

    ``dciodvfy_safe=False`` also writes ISO 2022 IR 87 person names whose JIS codes contain byte 0x5C (山本, 宮崎,
    久保): legal DICOM that dciodvfy and naive parsers misread as value delimiters; by default such studies are
    written in UTF-8."""
    unknown = [m for m in modalities if m not in MODALITIES]
    if unknown:
        raise ValueError(f"unknown modalities {unknown}; choose from {list(MODALITIES)}")
    if patients < 1 or studies_per_patient < 0 or image_size < 32 or slices < 1:
        raise ValueError("patients >= 1, studies_per_patient >= 0, image_size >= 32 and slices >= 1 are required")
    if out.exists() and any(out.iterdir()):
        raise OutputNotEmptyError(f"{out} is not empty")
    (out / "records").mkdir(parents=True, exist_ok=True)
    (out / "dicom").mkdir(exist_ok=True)

    hrng = random.Random(seed * 7919 + 1)  # noqa: S311 - synthetic data, reproducible on purpose
    hospitals = [make_hospital(hrng, k + seed) for k in range(2)]
    used_ids: set[str] = set()
    used_acc: set[str] = set()
    counters: Counter[str] = Counter()

    def next_id(prefix: str) -> str:
        counters[prefix] += 1
        return f"{prefix}{seed % 1000:03d}-{counters[prefix]:06d}"

    patient_rows: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    label_rows: list[dict[str, Any]] = []
    image_rows: list[dict[str, Any]] = []
    n_files = 0
    by_modality: Counter[str] = Counter()
    for i in range(patients):
        rng = random.Random(seed * 1_000_003 + i)  # noqa: S311 - synthetic data, reproducible on purpose
        p = make_patient(rng, i, used_ids)
        h = hospitals[rng.randrange(len(hospitals))]
        studies = [
            plan_study(rng, seed, p, h, j=j, modality=m, used_accessions=used_acc, dciodvfy_safe=dciodvfy_safe)
            for j, m in enumerate(choose_modalities(rng, modalities, studies_per_patient))
        ]
        studies.sort(key=lambda s: (s.day, s.index))
        first_record = len(records)
        for st in studies:
            writer = StudyWriter(st, out, seed, image_size, rng, dciodvfy_safe=dciodvfy_safe)
            writer.write(slices)
            n_files += len(writer.files)
            by_modality[st.modality] += 1
            keys.extend(writer.keys)
            image_rows.extend(writer.image_truth)
            rid = next_id("RPT")
            st.report_id = rid
            rec, rkeys = radiology_report(rng, st, rid)
            records.append(rec)
            keys.extend(rkeys)
            label_rows.append(
                {
                    "record_id": rid,
                    "labels": report_labels(st),
                    "patient_id": p.patient_id,
                    "accession": st.accession,
                    "modality": st.modality,
                    "study_folder": st.folder,
                }
            )
        recs, okeys, _ = other_records(rng, p, h, studies, next_id)
        records.extend(recs)
        if known_in_records:
            known = known_of(p, studies).model_dump(mode="json")
            for r in records[first_record:]:
                r["known"] = known
        keys.extend(okeys)
        patient_rows.append(_patient_row(p, h, studies, seed))
        if progress:
            progress(i + 1)

    n_records = _jsonl(out / "records" / "records.jsonl", records)
    n_keys = _jsonl(out / "answer_key.jsonl", keys)
    _jsonl(out / "labels_truth.jsonl", label_rows)
    _jsonl(out / "image_truth.jsonl", image_rows)
    _jsonl(out / "patients.jsonl", patient_rows)
    opt = Counter(str(r["opt_out"]["kind"]) for r in patient_rows if r["opt_out"])
    summary = SynthSummary(
        seed=seed,
        patients=patients,
        studies=sum(by_modality.values()),
        dicom_files=n_files,
        records=n_records,
        answer_key_entries=n_keys,
        by_modality=dict(sorted(by_modality.items())),
        by_record_kind=dict(sorted(Counter(str(r["kind"]) for r in records).items())),
        ct_series_with_nodule=sum(1 for r in image_rows if r["nodule"]),
        ct_series_without_nodule=sum(1 for r in image_rows if not r["nodule"]),
        opt_outs=dict(sorted(opt.items())),
        image_size=image_size,
    )
    (out / "summary.json").write_text(
        json.dumps(summary.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return summary
