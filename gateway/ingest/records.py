"""One record (docs/RECORDS.md, one JSON line) through the gate: parse, consent registry id from ``patient_id``,
opt-out and eligibility (data kind, record date) at the receipt time, idempotency on the keyed record id, linkage
with the record's ``known`` identifiers, scrubbing with the patient's known identifiers (the record's merged with
what the vault holds), the independent check (:mod:`gateway.ingest.record_check`), teacher labels on reports,
then store (``records/<data kind>/<object key>.json``) or quarantine.

Record kinds map to the policy's data kinds: ``report`` -> ``reports``, ``diagnosis`` -> ``diagnoses``, the others
keep their name. The stored JSON is the scrubber's output (``gateway.scrub.records``) plus ``labels`` on reports.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from gateway.ingest.attributes import record_attributes
from gateway.ingest.outcome import ObjectResult, Stage
from gateway.ingest.record_check import surviving_categories
from gateway.ingest.service import log
from gateway.store.research import ResearchObject
from policies.eligibility import Item
from policies.identifiers import KnownIdentifiers

if TYPE_CHECKING:
    from gateway.ingest.service import IngestRunHandle

DATA_KIND = {
    "report": "reports",
    "pathology": "pathology",
    "lab": "lab",
    "physiology": "physiology",
    "surgery": "surgery",
    "diagnosis": "diagnoses",
    "medication": "medication",
}


def data_kind_of(kind: object) -> str | None:
    return DATA_KIND.get(kind) if isinstance(kind, str) else None


def _parse(line: str, lineno: int) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        raise ValueError(f"line {lineno}: not valid JSON") from None
    if not isinstance(obj, dict):
        raise ValueError(f"line {lineno}: not a JSON object")
    pid = obj.get("patient_id")
    if not isinstance(pid, str) or not pid.strip():
        raise ValueError(f"line {lineno}: patient_id is required (opt-out cannot be checked)")
    if data_kind_of(obj.get("kind")) is None:
        raise ValueError(f"line {lineno}: kind must be one of " + ", ".join(sorted(DATA_KIND)))
    rid = obj.get("record_id")
    if not isinstance(rid, str) or not rid.strip():
        raise ValueError(f"line {lineno}: record_id is required")
    return obj


def _record_date(obj: Mapping[str, Any]) -> date | None:
    raw = obj.get("date")
    if not isinstance(raw, str):
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def ingest_record_line(run: IngestRunHandle, line: str, lineno: int, received_at: datetime) -> ObjectResult:
    ing = run.ingestor
    raw = line.encode("utf-8", "surrogateescape")
    try:
        obj = _parse(line, lineno)
    except ValueError as exc:
        return run.quarantine(raw, Stage.PARSE, str(exc))
    kind = data_kind_of(obj["kind"])
    assert kind is not None
    pid = str(obj["patient_id"]).strip()
    exam = _record_date(obj)
    registry = run.registry_id(pid)
    object_key = ing.keys.pseudonym(f"record:{obj['record_id']}")  # as gateway.scrub.records names it
    early = run.admit(registry, Item(exam, kind), object_key, received_at)
    if early is not None:
        return early
    own: KnownIdentifiers | None = None
    if obj.get("known"):
        try:
            own = KnownIdentifiers.model_validate(obj["known"])
        except ValueError:
            return run.quarantine(raw, Stage.PARSE, f"line {lineno}: known is not a valid KnownIdentifiers object")
    subject = run.link(pid, own)
    known = run.known_for(pid) or KnownIdentifiers()
    if own is not None:
        known = known.merged(own)
    known = known.merged(KnownIdentifiers(ids=(pid,)))
    from gateway.scrub.records import RecordError, RecordScrubber

    try:
        scrubbed = RecordScrubber(ing.keys, ing.text_scrubber).scrub({**obj, "known": known.model_dump(mode="json")})
    except RecordError as exc:
        return run.quarantine(raw, Stage.PARSE, f"line {lineno}: {exc}", data_kind=kind)
    except Exception as exc:  # an unexpected failure quarantines this record; the run continues
        log.error("ingest run %s: record scrubber error (%s)", run.run_id, type(exc).__name__)  # no traceback (PHI)
        return run.quarantine(raw, Stage.SCRUB, f"internal error ({type(exc).__name__})", data_kind=kind)
    survivors = surviving_categories(scrubbed, known)
    if survivors:
        return run.quarantine(raw, Stage.VERIFY, "known identifier survives: " + ", ".join(survivors), data_kind=kind)
    labels = ing.labels(scrubbed["text"]) if kind == "reports" and scrubbed.get("text") else {}
    if labels:
        scrubbed["labels"] = labels
    link_key = scrubbed.get("accession")
    attrs = record_attributes(exam, known.birth_date, obj.get("modality"), ing.top_age())
    if link_key:
        attrs = _study_attributes(run, str(link_key)) or attrs
    shifted_date = scrubbed.get("date")
    row = ResearchObject(
        study_key=ing.study,
        object_key=object_key,
        subject=subject,
        registry_id=registry,
        link_key=link_key,
        data_kind=kind,
        modality=attrs.get("modality"),
        exam_date=date.fromisoformat(shifted_date) if isinstance(shifted_date, str) else None,
        path=f"records/{kind}/{object_key}.json",
        sha256="",
        size=0,
        verified=True,  # the independent check above passed
        attributes=attrs,
        labels=labels,
    )
    data = json.dumps(scrubbed, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return run.store(row, data)


def _study_attributes(run: IngestRunHandle, link_key: str) -> dict[str, Any] | None:
    """The quasi-identifiers of the report's study when its DICOM objects are already stored (same link key)."""
    from sqlmodel import Session, select

    ing = run.ingestor
    with Session(ing.engine) as session:
        attrs = session.exec(
            select(ResearchObject.attributes).where(
                ResearchObject.study_key == ing.study,
                ResearchObject.link_key == link_key,
                ResearchObject.data_kind == "images",
            )
        ).first()
    return dict(attrs) if attrs else None
