"""Structured records (docs/RECORDS.md): clinical values kept, IDs -> keyed pseudonyms, dates shifted, free text
scrubbed, identifier fields removed.

Per record:
- ``patient_id`` -> ``keys.pseudonym(patient_id)``; every date of the record moves by
  ``keys.date_shift_days(patient_id)`` (the same key as the patient's DICOM, ``gateway.scrub.dicom``).
- ``record_id`` and ``accession`` -> keyed pseudonyms under their own labels (unlinkable to the raw values).
- ``date`` (``YYYY-MM-DD``) shifted; ``text`` scrubbed by ``TextScrubber`` with the record's ``known``
  identifiers, the patient's shift and the record date as the reference year of partial dates.
- ``fields``: numbers, booleans and null kept; string values by field name: identifier fields (``patient_name``,
  ``physician``, ``address``, ``phone``...) replaced by their tag; ID fields (``*_id``, ``*_no``, ``*number``,
  ``mrn``, ``accession``...) pseudonymised; date fields or ISO-date values shifted; everything else (drug, dose,
  diagnosis name, comment...) scrubbed as text, which keeps clinical content.
- ``known`` is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from typing import Any

from gateway.scrub.ports import DeidKeys
from gateway.scrub.text.recognizers.fields import key_type
from gateway.scrub.text.replace import TAGS
from gateway.scrub.text.scrubber import TextScrubber
from policies.identifiers import KnownIdentifiers

KINDS = frozenset({"report", "pathology", "lab", "physiology", "surgery", "diagnosis", "medication"})

# field name -> entity tag for fields whose whole value is an identifier
_IDENTIFIER_FIELDS: tuple[tuple[str, str], ...] = (
    ("email", "EMAIL_ADDRESS"),
    ("mail", "EMAIL_ADDRESS"),
    ("phone", "PHONE_NUMBER"),
    ("tel", "PHONE_NUMBER"),
    ("fax", "PHONE_NUMBER"),
    ("address", "ADDRESS"),
    ("住所", "ADDRESS"),
    ("電話", "PHONE_NUMBER"),
    ("postal", "POSTAL_CODE"),
    ("zip", "POSTAL_CODE"),
    ("hospital", "FACILITY"),
    ("institution", "FACILITY"),
    ("facility", "FACILITY"),
    ("patient_name", "PERSON"),
    ("name_kana", "PERSON"),
    ("kana", "PERSON"),
    ("romaji", "PERSON"),
    ("氏名", "PERSON"),
    ("physician", "PERSON"),
    ("prescriber", "PERSON"),
    ("orderer", "PERSON"),
    ("ordering", "PERSON"),
    ("attending", "PERSON"),
    ("resident", "PERSON"),
    ("recorder", "PERSON"),
    ("writer", "PERSON"),
    ("checker", "PERSON"),
    ("dictated", "PERSON"),
    ("interpreter", "PERSON"),
    ("pharmacist", "PERSON"),
    ("therapist", "PERSON"),
    ("family", "PERSON"),
    ("contact", "PERSON"),
    ("doctor", "PERSON"),
    ("surgeon", "PERSON"),
    ("anesthesiologist", "PERSON"),
    ("assistant", "PERSON"),
    ("nurse", "PERSON"),
    ("staff", "PERSON"),
    ("author", "PERSON"),
    ("reporter", "PERSON"),
    ("radiologist", "PERSON"),
    ("pathologist", "PERSON"),
    ("technologist", "PERSON"),
    ("operator", "PERSON"),
    ("requester", "PERSON"),
    ("referrer", "PERSON"),
    ("referring", "PERSON"),
    ("signed", "PERSON"),
    ("verified_by", "PERSON"),
    ("approved_by", "PERSON"),
    ("医師", "PERSON"),
    ("担当", "PERSON"),
)
_ID_FIELD = re.compile(r"(?:^|_)(?:id|no|number|mrn|accession|barcode|order|specimen_no)$|番号$|ID$", re.IGNORECASE)
_DATE_FIELD = re.compile(r"(?:^|_)(?:date|at|time|datetime|dob|birth(?:day|_date)?)$|日$|日時$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2}))?)?$")


class RecordError(ValueError):
    """A record that does not follow docs/RECORDS.md; messages name the field, never a value."""


def _identifier_tag(field: str) -> str | None:
    low = field.lower()
    if low in ("name", "drug_name", "test_name", "diagnosis_name", "procedure_name"):
        return None  # clinical names
    for word, entity in _IDENTIFIER_FIELDS:
        if word in low:
            return entity
    # field keys of structured exports (the text scrubber's vocabulary): pt_kana, ward, room, insurer_no...
    kind = key_type(field)
    return kind if kind in ("PERSON", "FACILITY", "ADDRESS", "INSURANCE_NUMBER") else None


def shift_iso(value: str, days: int) -> str | None:
    """Shift ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS]`` keeping its format; None when it is not such a date."""
    m = _ISO_DATE.match(value.strip())
    if m is None:
        return None
    try:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    new = (d + timedelta(days=days)).isoformat()
    return new + value.strip()[10:]


class RecordScrubber:
    def __init__(self, keys: DeidKeys, scrubber: TextScrubber) -> None:
        self.keys = keys
        self.scrubber = scrubber

    def __repr__(self) -> str:
        return "RecordScrubber(<keys>)"

    def scrub(self, record: Mapping[str, Any]) -> dict[str, Any]:
        pid = record.get("patient_id")
        if not isinstance(pid, str) or not pid.strip():
            raise RecordError("patient_id is required (a non-empty string)")
        kind = record.get("kind")
        if kind not in KINDS:
            raise RecordError("kind must be one of " + ", ".join(sorted(KINDS)))
        raw_date = record.get("date")
        if not isinstance(raw_date, str):
            raise RecordError("date is required (YYYY-MM-DD)")
        try:
            record_date = date.fromisoformat(raw_date)
        except ValueError:
            raise RecordError("date must be YYYY-MM-DD") from None
        known = None
        if record.get("known"):
            try:
                known = KnownIdentifiers.model_validate(record["known"])
            except ValueError:
                raise RecordError("known is not a valid KnownIdentifiers object") from None
        pid = pid.strip()
        shift = self.keys.date_shift_days(pid)
        known = (known or KnownIdentifiers()).merged(KnownIdentifiers(ids=(pid,)))
        text = record.get("text") or ""
        if not isinstance(text, str):
            raise RecordError("text must be a string")
        scrubbed = self.scrubber.scrub(text, known=known, patient_key=pid, reference=record_date)
        accession = record.get("accession")
        fields = record.get("fields") or {}
        if not isinstance(fields, Mapping):
            raise RecordError("fields must be an object")
        return {
            "record_id": self.keys.pseudonym(f"record:{record.get('record_id', '')}"),
            "kind": kind,
            "patient_id": self.keys.pseudonym(pid),
            "accession": self.keys.pseudonym(f"accession:{accession.strip()}")
            if isinstance(accession, str) and accession.strip()
            else None,
            "date": (record_date + timedelta(days=shift)).isoformat(),
            "modality": record.get("modality"),
            "text": scrubbed.text,
            "fields": {
                str(k): self._field(str(k), v, pid=pid, shift=shift, known=known, reference=record_date)
                for k, v in fields.items()
            },
        }

    def _field(self, name: str, value: Any, *, pid: str, shift: int, known: KnownIdentifiers, reference: date) -> Any:
        if value is None or isinstance(value, bool | int | float):
            return value
        if not isinstance(value, str):
            raise RecordError(f"field {name!r} must be a string, number or null")
        if not value.strip():
            return value
        tag = _identifier_tag(name)
        if tag is not None:
            return TAGS[tag]
        if _ID_FIELD.search(name):
            return self.keys.pseudonym(f"field:{name}:{value.strip()}")
        shifted = shift_iso(value, shift)
        if shifted is not None:
            return shifted
        if _DATE_FIELD.search(name):
            # a date in another format: scrub as text, which shifts recognised dates
            return self.scrubber.scrub(value, known=known, patient_key=pid, reference=reference).text
        return self.scrubber.scrub(value, known=known, patient_key=pid, reference=reference).text


def scrub_records(records: Iterable[Mapping[str, Any]], scrubber: RecordScrubber) -> Iterator[dict[str, Any]]:
    for record in records:
        yield scrubber.scrub(record)
