"""One DICOM Part 10 input through the gate: parse the header, consent registry id from the PatientID, opt-out
and eligibility at the receipt time, idempotency, de-identification with the policy's options (profile, pixels,
independent verifier), linkage in the vault, then store or quarantine.

An object without a PatientID is quarantined: its opt-out cannot be checked (fail closed). DICOM objects are
data kind ``images``; eligibility checks their Modality (an SR is stored only if the policy names ``SR``).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pydicom
from pydicom.dataset import Dataset

from gateway.ingest.attributes import dicom_attributes, parse_da
from gateway.ingest.outcome import ObjectResult, Stage, Status
from gateway.ingest.service import log, shifted
from gateway.scrub.dicom.engine import Outcome
from gateway.store.research import ResearchObject
from policies.eligibility import Item
from policies.identifiers import KnownIdentifiers

if TYPE_CHECKING:
    from gateway.ingest.service import Ingestor, IngestRunHandle

HEADER_TAGS = (
    0x00080005,  # SpecificCharacterSet
    0x00080016,  # SOPClassUID
    0x00080018,  # SOPInstanceUID
    0x00080020,  # StudyDate
    0x00080050,  # AccessionNumber
    0x00080060,  # Modality
    0x00100020,  # PatientID
    0x00100030,  # PatientBirthDate
    0x00100040,  # PatientSex
    0x00101010,  # PatientAge
    0x00101020,  # PatientSize
    0x00101030,  # PatientWeight
    0x00180015,  # BodyPartExamined
    0x0020000D,  # StudyInstanceUID
    0x0020000E,  # SeriesInstanceUID
)


class HeaderError(ValueError):
    """The header could not be read; the message is a fixed phrase."""


def read_header(data: bytes) -> Dataset:
    if len(data) < 132 or data[128:132] != b"DICM":
        raise HeaderError("not a DICOM Part 10 file (no DICM prefix)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True, specific_tags=list(HEADER_TAGS))
        except Exception as exc:
            raise HeaderError(f"unreadable DICOM ({type(exc).__name__})") from None


def _text(ds: Dataset, keyword: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = ds.get(keyword)
        except Exception:
            return ""
    return str(value or "").strip().rstrip("\x00")


def _stage(reason: str) -> Stage:
    if reason.startswith("verifier"):
        return Stage.VERIFY
    if reason.startswith("pixel cleaning"):
        return Stage.PIXELS
    if reason.startswith(
        ("not a DICOM", "unreadable", "unknown transfer", "DICOMDIR", "missing ", "text could not", "pixel data")
    ):
        return Stage.PARSE
    return Stage.SCRUB


@dataclass(frozen=True)
class Prepared:
    """An admitted input, ready for de-identification (identified: never logged, never in reprs)."""

    data: bytes = field(repr=False)
    header: Dataset = field(repr=False)
    pid: str = field(repr=False)
    registry: str
    exam: date | None = field(repr=False)
    modality: str | None
    known: KnownIdentifiers | None = field(repr=False)


def prepare(run: IngestRunHandle, data: bytes, received_at: datetime) -> Prepared | ObjectResult:
    """Parse, opt-out, eligibility, idempotency: a Prepared input, or its final result (excluded, duplicate,
    quarantined at parse)."""
    ing = run.ingestor
    try:
        ds = read_header(data)
    except HeaderError as exc:
        return run.quarantine(data, Stage.PARSE, str(exc), data_kind="images")
    pid = _text(ds, "PatientID")
    sop = _text(ds, "SOPInstanceUID")
    if not pid:
        return run.quarantine(data, Stage.PARSE, "no PatientID: opt-out cannot be checked", data_kind="images")
    if not sop:
        return run.quarantine(data, Stage.PARSE, "missing SOPInstanceUID", data_kind="images")
    exam = parse_da(_text(ds, "StudyDate"))
    modality = _text(ds, "Modality").upper() or None
    registry = run.registry_id(pid)
    object_key = ing.keys.remap_uid(sop)  # the scrubber's new SOP Instance UID for this object
    early = run.admit(registry, Item(exam, "images", modality), object_key, received_at)
    if early is not None:
        return replace(early, subject=ing.keys.pseudonym(pid)) if early.status is Status.DUPLICATE else early
    return Prepared(data, ds, pid, registry, exam, modality, run.known_for(pid))


def scrub(ing: Ingestor, prepared: Prepared) -> Outcome:
    """De-identify in this process (the pool in ``gateway.ingest.pool`` does the same in workers)."""
    from gateway.scrub.dicom.engine import scrub_bytes

    try:
        return scrub_bytes(
            prepared.data,
            options=ing.policy.dicom,
            keys=ing.keys,
            known=prepared.known,
            clean_text=ing.clean_text if ing.use_clean_text else None,
            pixel_cleaner=ing.pixel_cleaner,
            pixel_options=ing.policy.pixels,
        )
    except Exception as exc:  # an unexpected failure quarantines this input; the run continues
        log.error(
            "scrubber error (%s); the input is quarantined", type(exc).__name__
        )  # no traceback: messages may quote values
        return Outcome("quarantined", f"internal error ({type(exc).__name__})")


def finish(run: IngestRunHandle, prepared: Prepared, outcome: Outcome) -> ObjectResult:
    """Quarantine a failed outcome; otherwise record the linkage and store the object."""
    ing = run.ingestor
    if outcome.status != "ok" or outcome.data is None or outcome.relpath is None:
        return run.quarantine(prepared.data, _stage(outcome.reason), outcome.reason, data_kind="images")
    ds = prepared.header
    subject = run.link(prepared.pid, outcome.known, scope=_text(ds, "StudyInstanceUID"))
    study_uid, series_uid, sop_file = outcome.relpath.split("/")
    object_key = sop_file.removesuffix(".dcm")  # the scrubber's new SOP Instance UID (equal to the pre-check key)
    attrs: dict[str, Any] = dicom_attributes(ds, prepared.exam, ing.top_age())
    row = ResearchObject(
        study_key=ing.study,
        object_key=object_key,
        subject=subject,
        registry_id=prepared.registry,
        link_key=ing.link_key(_text(ds, "AccessionNumber")),
        data_kind="images",
        modality=prepared.modality,
        study_uid=study_uid,
        series_uid=series_uid,
        sop_uid=object_key,
        exam_date=shifted(prepared.exam, ing.keys.date_shift_days(prepared.pid)),
        path=outcome.relpath,
        sha256="",
        size=0,
        verified=True,  # scrub_bytes returns "ok" only after the independent verifier passed
        attributes=attrs,
        labels={},
    )
    return run.store(row, outcome.data)


def ingest_dicom_bytes(run: IngestRunHandle, data: bytes, received_at: datetime) -> ObjectResult:
    prepared = prepare(run, data, received_at)
    if isinstance(prepared, ObjectResult):
        return prepared
    return finish(run, prepared, scrub(run.ingestor, prepared))
