"""Test helper: fill a research store the way ingest does (gateway/store/research.py conventions).

A small synthetic hospital (``gateway.synth``) is de-identified with the real engines: DICOM through
``gateway.scrub.dicom.engine.scrub_file`` (profile, sweep, verifier) under the vault's study keys, records through
``gateway.scrub.records.RecordScrubber`` (Japanese text scrubber), teacher labels from the scrubbed reports
(``trainer.labels``). Each output becomes a blob in ``LocalBlobStore(settings.store_dir)`` and a ``ResearchObject``
row: ``subject`` = research pseudonym, ``registry_id`` = the vault's registry id, ``link_key`` = keyed digest of
the accession (same on a study's DICOM and its report), shifted ``exam_date``, quasi-identifier ``attributes`` and
``verified`` = the verifier passed (the engine quarantines anything else).

The returned ``ResearchFill`` keeps the synthetic roster (patient IDs, names) so tests can plant opt-outs and scan
outputs for identifiers; it is test data, never written to logs.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from gateway.settings import Settings
from gateway.store.blobs import LocalBlobStore
from gateway.store.research import ResearchObject
from linkage_vault.vault import Vault
from policies.policy import Policy

RECORD_KIND_TO_DATA_KIND = {
    "report": "reports",
    "pathology": "pathology",
    "lab": "lab",
    "physiology": "physiology",
    "surgery": "surgery",
    "diagnosis": "diagnoses",
    "medication": "medication",
}


@dataclass
class ResearchFill:
    study: str
    synth_dir: Path
    images: int = 0
    records: int = 0
    quarantined: int = 0
    pseudonym_of: dict[str, str] = field(default_factory=dict)  # synthetic patient id -> research pseudonym
    registry_of: dict[str, str] = field(default_factory=dict)  # synthetic patient id -> registry id
    identifiers: list[str] = field(default_factory=list)  # planted identifying values (names, IDs) to scan for

    @property
    def patient_ids(self) -> list[str]:
        return sorted(self.pseudonym_of)


def _da(value: Any) -> date | None:
    text = str(value or "").strip()
    if len(text) == 8 and text.isdigit():
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return None
    return None


def _age(at: date | None, birth: date | None) -> int | None:
    if at is None or birth is None or birth > at:
        return None
    return min(at.year - birth.year - ((at.month, at.day) < (birth.month, birth.day)), 90)


def _float(value: Any, scale: float = 1.0) -> float | None:
    try:
        f = float(str(value).strip()) * scale
    except (TypeError, ValueError):
        return None
    return round(f, 1) if f > 0 else None


def fill_research_store(
    session: Session,
    settings: Settings,
    vault: Vault,
    policy: Policy,
    *,
    out: Path,
    patients: int = 12,
    seed: int = 0,
    modalities: tuple[str, ...] = ("CT",),
    studies_per_patient: int = 1,
    image_size: int = 32,
    slices: int = 2,
    record_kinds: tuple[str, ...] = ("report",),
) -> ResearchFill:
    """Generate, de-identify and insert; the caller commits ``session``."""
    import pydicom

    from gateway.scrub.dicom.engine import scrub_file
    from gateway.scrub.records import RecordScrubber
    from gateway.scrub.text import TextScrubber
    from gateway.synth import generate
    from trainer.labels import extract_labels

    study = policy.study.approval_number
    keys = vault.keyed(study)
    synth = out / "synth"
    generate(
        synth, patients=patients, seed=seed, modalities=modalities, studies_per_patient=studies_per_patient,
        image_size=image_size, slices=slices,
    )  # fmt: skip
    roster = [json.loads(x) for x in (synth / "patients.jsonl").read_text(encoding="utf-8").splitlines() if x]
    fill = ResearchFill(study=study, synth_dir=synth)
    birth: dict[str, date] = {}
    for p in roster:
        pid = p["patient_id"]
        fill.pseudonym_of[pid] = keys.pseudonym(pid)
        fill.registry_of[pid] = vault.registry_id(pid)
        birth[pid] = date.fromisoformat(p["birth_date"])
        fill.identifiers += [pid, p["name"]["kanji"].replace(" ", ""), p["name"]["romaji"]]
    store = LocalBlobStore(settings.store_dir)
    study_attrs: dict[str, dict[str, Any]] = {}
    for path in sorted((synth / "dicom").rglob("*.dcm")):
        src = pydicom.dcmread(path, stop_before_pixels=True)
        pid = str(src.PatientID)
        exam = _da(src.get("StudyDate"))
        outcome = scrub_file(path, options=policy.dicom, keys=keys, pixel_cleaner=True, pixel_options=policy.pixels)
        if outcome.status != "ok" or outcome.data is None or outcome.relpath is None:
            fill.quarantined += 1
            continue
        ds = pydicom.dcmread(io.BytesIO(outcome.data), stop_before_pixels=True)
        sha, size = store.put(outcome.relpath, outcome.data)
        link = keys.pseudonym(f"accession:{str(src.get('AccessionNumber', '')).strip()}")
        attrs = {
            "age": _age(exam, birth.get(pid)),
            "sex": str(src.get("PatientSex") or "") or None,
            "height_cm": _float(src.get("PatientSize"), 100.0) if src.get("PatientSize") else None,
            "weight_kg": _float(src.get("PatientWeight")) if src.get("PatientWeight") else None,
            "body_part": (str(src.get("BodyPartExamined") or "").upper() or None),
            "modality": str(src.Modality),
        }
        study_attrs[link] = attrs
        session.add(
            ResearchObject(
                study_key=study,
                object_key=str(ds.SOPInstanceUID),
                subject=str(outcome.pseudonym),
                registry_id=fill.registry_of[pid],
                link_key=link,
                data_kind="images",
                modality=str(ds.Modality),
                study_uid=str(ds.StudyInstanceUID),
                series_uid=str(ds.SeriesInstanceUID),
                sop_uid=str(ds.SOPInstanceUID),
                exam_date=_da(ds.get("StudyDate")),
                path=outcome.relpath,
                sha256=sha,
                size=size,
                verified=True,
                attributes=attrs,
                labels={},
            )
        )
        fill.images += 1
    if record_kinds:
        scrubber = RecordScrubber(
            keys, TextScrubber(policy.text, keys, facility_names=[i.name for i in policy.institutions])
        )
        for line in (synth / "records" / "records.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["kind"] not in record_kinds:
                continue
            pid = rec["patient_id"]
            clean = scrubber.scrub(rec)
            key = str(clean["record_id"])
            kind = RECORD_KIND_TO_DATA_KIND[rec["kind"]]
            blob_key = f"records/{rec['kind']}/{key}.json"
            data = json.dumps(clean, ensure_ascii=False, sort_keys=True).encode("utf-8")
            sha, size = store.put(blob_key, data)
            record_link: str | None = clean.get("accession")
            labels = extract_labels(clean["text"]) if rec["kind"] == "report" and clean["text"] else {}
            attrs = dict(study_attrs.get(record_link, {})) if record_link else {}
            session.add(
                ResearchObject(
                    study_key=study,
                    object_key=key,
                    subject=fill.pseudonym_of[pid],
                    registry_id=fill.registry_of[pid],
                    link_key=record_link,
                    data_kind=kind,
                    modality=rec.get("modality"),
                    exam_date=date.fromisoformat(clean["date"]),
                    path=blob_key,
                    sha256=sha,
                    size=size,
                    verified=True,
                    attributes=attrs or {"age": _age(date.fromisoformat(rec["date"]), birth.get(pid))},
                    labels=dict(labels),
                )
            )
            fill.records += 1
    session.flush()
    return fill


_PSEUDONYM = re.compile(r"P[0-9A-HJKMNP-TV-Z]{20}")


def research_pseudonyms(text: str) -> set[str]:
    return set(_PSEUDONYM.findall(text))


# -- a whole gateway for release tests ------------------------------------------------------------------------


@dataclass
class World:
    """A migrated database, an initialised vault (memory key provider), an active policy and a filled store."""

    engine: Any
    settings: Settings
    vault: Vault
    policy: Policy
    fill: ResearchFill


def make_world(
    db_url: str,
    monkeypatch: Any,
    out: Path,
    *,
    policy: Policy | None = None,
    min_k: int = 2,
    policy_at: Any = None,
    via_ingest: bool = False,
    **fill_kwargs: Any,
) -> World:
    """Settings on ``db_url`` (SEKISHO_HOME must already point at a tmp dir), the policy (default: the packaged one
    with ``min_k``) proposed and approved by two officers at ``policy_at``, then ``fill_research_store``."""
    from datetime import UTC, datetime

    import gateway.services.vault as vault_service
    from gateway.services.policy import approve_policy, propose_policy
    from gateway.settings import get_settings
    from gateway.store.db import make_engine, session_scope
    from gateway.store.migrate import upgrade
    from policies.policy import default_policy
    from policies.states import Role

    monkeypatch.setenv("SEKISHO_DATABASE_URL", db_url)
    monkeypatch.setenv("SEKISHO_KEY_PROVIDER", "memory")
    monkeypatch.setattr(vault_service, "_memory_provider", None)
    get_settings.cache_clear()
    settings = get_settings()
    settings.ensure_dirs()
    engine = make_engine(db_url)
    upgrade(engine)
    vault, _ = Vault.init(engine, vault_service.key_provider(settings), vault_service.DEFAULT_PROJECT, threshold=2,
                          shares=3, actor="user:po-1")  # fmt: skip
    if policy is None:
        base = default_policy()
        policy = base.model_copy(update={"release": base.release.model_copy(update={"min_k": min_k})})
    at = policy_at or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    po = [Role.PRIVACY_OFFICER]
    with session_scope(engine) as s:
        propose_policy(s, policy, author="user:po-1", roles=po, now=at)
    with session_scope(engine) as s:
        approve_policy(s, 1, approver="user:po-2", roles=po, now=at)
    if via_ingest:
        fill = fill_via_ingest(engine, settings, vault, policy, out=out, **fill_kwargs)
    else:
        with session_scope(engine) as s:
            fill = fill_research_store(s, settings, vault, policy, out=out, **fill_kwargs)
    return World(engine, settings, vault, policy, fill)


def record_optout(
    world: World,
    patient_id: str,
    *,
    received_at: Any,
    recorded_at: Any,
    kind: str = "study",
    study: str | None = None,
    session: Session | None = None,
) -> str:
    """Record an opt-out for a synthetic patient (through the registry service); returns its record id. A
    ``study`` opt-out names ``study`` (default: the world's study); with ``session`` the caller commits."""
    from contextlib import nullcontext

    from gateway.services.consent import record_optout as record
    from gateway.store.db import session_scope
    from policies.consent import Channel, OptOutKind
    from policies.states import Role

    scope: Any = nullcontext(session) if session is not None else session_scope(world.engine)
    with scope as s:
        rec = record(
            s,
            registry_id=world.fill.registry_of[patient_id],
            kind=OptOutKind(kind),
            study=(study or world.fill.study) if kind == "study" else None,
            channel=Channel.COUNTER,
            received_at=received_at,
            recorded_by="user:staff-1",
            roles=[Role.STAFF],
            verifier="user:staff-1",
            verified_at=received_at,
            now=recorded_at,
        )
    return rec.record_id


def release_through(
    world: World,
    recipient: str = "trainer",
    *,
    at: Any,
    array_size: int = 32,
    modalities: tuple[str, ...] = ("CT",),
    publish: bool = True,
) -> Any:
    """build (steward) -> checks -> approvals by two officers -> publish (steward); the release summary."""
    from datetime import timedelta

    from gateway.release import service as rs
    from gateway.security.principal import Principal
    from gateway.store.db import session_scope
    from policies.states import Role

    steward = Principal("user:steward-1", Role.STEWARD)
    cohort = rs.CohortQuery(modalities=modalities, data_kinds=("images", "reports"), array_size=array_size)
    with session_scope(world.engine) as s:
        rid = rs.build_release(s, world.settings, actor=steward, recipient=recipient, cohort=cohort, now=at).release_id
    with session_scope(world.engine) as s:
        summary = rs.run_checks(s, world.settings, rid, actor=steward, now=at + timedelta(minutes=5))
    assert summary.state == "checked", summary.checks
    for n, officer in enumerate(("user:po-1", "user:po-2"), start=1):
        with session_scope(world.engine) as s:
            summary = rs.approve(
                s, world.settings, rid, actor=Principal(officer, Role.PRIVACY_OFFICER), now=at + timedelta(hours=n)
            )
    if publish:
        with session_scope(world.engine) as s:
            summary = rs.publish(s, world.settings, rid, actor=steward, now=at + timedelta(hours=3))
    return summary


def fill_via_ingest(
    session_engine: Any,
    settings: Settings,
    vault: Vault,
    policy: Policy,
    *,
    out: Path,
    patients: int = 12,
    seed: int = 0,
    modalities: tuple[str, ...] = ("CT",),
    image_size: int = 32,
    slices: int = 2,
) -> ResearchFill:
    """Fill the store through the real ingest service (``gateway.ingest``: DICOM files, then records)."""
    from gateway.ingest import ingest_dicom, ingest_records
    from gateway.ingest.service import Ingestor
    from gateway.synth import generate

    study = policy.study.approval_number
    keys = vault.keyed(study)
    synth = out / "synth"
    generate(synth, patients=patients, seed=seed, modalities=modalities, studies_per_patient=1,
             image_size=image_size, slices=slices)  # fmt: skip
    fill = ResearchFill(study=study, synth_dir=synth)
    for line in (synth / "patients.jsonl").read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        pid = p["patient_id"]
        fill.pseudonym_of[pid] = keys.pseudonym(pid)
        fill.registry_of[pid] = vault.registry_id(pid)
        fill.identifiers += [pid, p["name"]["kanji"].replace(" ", ""), p["name"]["romaji"]]
    ing = Ingestor(settings, session_engine, policy=policy, vault=vault)
    try:
        d = ingest_dicom([synth / "dicom"], settings=settings, engine=session_engine, ingestor=ing)
        r = ingest_records(synth / "records" / "records.jsonl", settings=settings, engine=session_engine, ingestor=ing)
    finally:
        ing.close()
    fill.images = int(d.counts.get("stored", 0))
    fill.records = int(r.counts.get("stored", 0))
    fill.quarantined = int(d.counts.get("quarantined", 0)) + int(r.counts.get("quarantined", 0))
    return fill
