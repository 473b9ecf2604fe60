"""What the synthetic hospital contains: patients and their imaging studies, decided before anything is written."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Literal

from gateway.synth.findings import Polarity, Region, Sentence, findings, merge, nodule_sentence
from gateway.synth.people import REFERENCE_DATE, Hospital, Name, Patient, Staff

Charset = Literal["ir87", "ir13", "utf8"]
MODALITIES = ("CT", "MR", "US", "CR", "DX", "XA", "PT", "NM")
_WEIGHTS = {"CT": 40, "MR": 10, "US": 10, "CR": 12, "DX": 6, "XA": 8, "PT": 7, "NM": 7}
_REGION: dict[str, tuple[Region, ...]] = {
    "CT": ("chest",),
    "MR": ("head",),
    "US": ("abdomen",),
    "CR": ("chest",),
    "DX": ("chest",),
    "XA": ("vessel",),
    "PT": ("whole_body",),
    "NM": ("whole_body",),
}
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "CT": ("胸部単純CT", "CT CHEST", "胸部CT 肺がん検診", "Chest CT plain", "胸部ＣＴ(単純)"),
    "MR": ("頭部MRI", "MR BRAIN", "頭部ＭＲＩ 単純", "Brain MRI"),
    "US": ("腹部エコー", "腹部超音波検査", "US ABDOMEN"),
    "CR": ("胸部X線 正面", "CHEST PA", "胸部単純写真"),
    "DX": ("胸部X線 ポータブル", "CHEST AP", "胸部ＤＲ"),
    "XA": ("冠動脈造影", "脳血管撮影", "Coronary angiography"),
    "PT": ("FDG-PET/CT 全身", "PET WB FDG"),
    "NM": ("骨シンチグラフィ", "Bone scan WB"),
}


def opaque(seed: int, *parts: object) -> str:
    """A stable, PHI-free folder or id token."""
    h = hashlib.sha256(":".join(str(p) for p in (seed, *parts)).encode()).hexdigest()
    return h[:16]


@dataclass
class Study:
    patient: Patient
    hospital: Hospital
    index: int
    modality: str
    region: Region
    day: date
    at: time
    accession: str
    study_id: str
    description: str
    referring: Staff
    radiologist: Staff
    technologist: Staff
    charset: Charset
    phonetic: Literal["hiragana", "katakana", "halfwidth"]
    folder: str
    nodule: bool | None  # chest CT only: image truth
    sentences: list[Sentence] = field(default_factory=list)
    labels: dict[str, Polarity] = field(default_factory=dict)
    report_id: str = ""
    has_sr: bool = False
    name_in_description: bool = False


def pn_jis_safe(name: Name) -> bool:
    """No form of the name encodes to byte 0x5C under ISO 2022 IR 87 (本 is 0x4B5C, 宮 0x355C, ぼ 0x245C)."""
    return all(
        b"\\" not in t.encode("iso2022_jp", errors="replace") for t in (name.kanji, name.hiragana, name.katakana)
    )


def choose_modalities(rng: random.Random, allowed: tuple[str, ...], k: int) -> list[str]:
    pool = [m for m in MODALITIES if m in allowed]
    return rng.choices(pool, weights=[_WEIGHTS[m] for m in pool], k=k)


def plan_study(
    rng: random.Random,
    seed: int,
    patient: Patient,
    hospital: Hospital,
    *,
    j: int,
    modality: str,
    used_accessions: set[str],
    dciodvfy_safe: bool = True,
) -> Study:
    age_days = (REFERENCE_DATE - patient.birth_date).days
    back = rng.randint(1, min(8 * 365, max(age_days - 18 * 365, 30)))
    day = REFERENCE_DATE - timedelta(days=back)
    at = time(rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59))
    while True:
        acc = rng.choice(
            [
                f"{day.year % 100:02d}{rng.randint(10**7, 10**8 - 1)}",
                f"A{rng.randint(10**8, 10**9 - 1)}",
                f"RS{rng.randint(10**6, 10**7 - 1)}",
            ]
        )
        if acc not in used_accessions:
            used_accessions.add(acc)
            break
    cs_r = rng.random()
    charset: Charset = "ir87" if cs_r < 0.5 else "ir13" if cs_r < 0.7 else "utf8"
    phonetic: Literal["hiragana", "katakana", "halfwidth"] = (
        "halfwidth" if charset == "ir13" else rng.choice(["hiragana", "katakana"])
    )
    staff_pools = (hospital.clinicians, hospital.radiologists, hospital.technologists)
    referring, radiologist, technologist = (rng.choice(pool) for pool in staff_pools)
    if charset != "utf8" and dciodvfy_safe:
        # staff are interchangeable: pick ones whose names encode without byte 0x5C; the patient's name decides
        referring, radiologist, technologist = (
            rng.choice([s for s in pool if pn_jis_safe(s.name)] or list(pool)) for pool in staff_pools
        )
        people = [patient.name, referring.name, radiologist.name, technologist.name]
        if patient.agent:
            people.append(patient.agent.name)
        if patient.birth_name:
            people.append(patient.birth_name)
        if not all(pn_jis_safe(n) for n in people):
            charset = "utf8"
            phonetic = "katakana" if phonetic == "halfwidth" else phonetic
    region = rng.choice(_REGION[modality])
    nodule: bool | None = None
    if modality == "CT":
        nodule = rng.random() < 0.5
    study = Study(
        patient=patient,
        hospital=hospital,
        index=j,
        modality=modality,
        region=region,
        day=day,
        at=at,
        accession=acc,
        study_id=str(rng.randint(1, 99999)),
        description=rng.choice(DESCRIPTIONS[modality]),
        referring=referring,
        radiologist=radiologist,
        technologist=technologist,
        charset=charset,
        phonetic=phonetic,
        folder=opaque(seed, "study", patient.index, j),
        nodule=nodule,
        has_sr=rng.random() < 0.35,
        name_in_description=rng.random() < 0.2,
    )
    sents: list[Sentence] = []
    if modality in ("CT", "CR", "DX") and region == "chest":
        sents = findings(rng, region, exclude=("nodule",))
    else:
        sents = findings(rng, region)
    if nodule is not None:
        # the nodule statement agrees with the image; the size is filled in once the phantom is drawn
        sents.insert(
            rng.randint(0, len(sents)), Sentence("<NODULE>", (("nodule", "positive" if nodule else "negative"),))
        )
    study.sentences = sents
    for s in sents:
        for code, pol in s.labels:
            merge(study.labels, code, pol)
    return study


def fill_nodule(rng: random.Random, study: Study, side: str | None, size_mm: float | None) -> None:
    """Replace the placeholder with the nodule sentence matching the drawn phantom."""
    for i, s in enumerate(study.sentences):
        if s.text == "<NODULE>":
            study.sentences[i] = nodule_sentence(rng, bool(study.nodule), side, size_mm)
