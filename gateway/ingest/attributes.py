"""Quasi-identifiers kept on research objects for k-anonymity checks at release (``ResearchObject.attributes``):
``{"age": int|None (years at exam, top-coded), "sex": "M"|"F"|"O"|None, "height_cm": float|None,
"weight_kg": float|None, "body_part": str|None, "modality": str|None}``."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

AGE_TOP_CODE = 90
_AGE = re.compile(r"^(\d{1,3})([DWMY])$")


def parse_da(value: object) -> date | None:
    """A DICOM DA (``YYYYMMDD``) or ISO date string as a date; None when absent or invalid."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        if len(text) == 8 and text.isdigit():
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def age_years(at: date | None, birth: date | None, dicom_age: str | None = None, top: int = AGE_TOP_CODE) -> int | None:
    """Age in whole years at ``at``: from the birth date, else from a DICOM AS value; top-coded at ``top``."""
    years: int | None = None
    if at is not None and birth is not None and birth <= at:
        years = at.year - birth.year - ((at.month, at.day) < (birth.month, birth.day))
    elif dicom_age:
        m = _AGE.match(dicom_age.strip().upper())
        if m:
            n, unit = int(m.group(1)), m.group(2)
            years = n if unit == "Y" else n // 12 if unit == "M" else 0
    if years is None:
        return None
    return min(years, top)


def sex_code(value: object) -> str | None:
    text = str(value or "").strip().upper()
    return text if text in ("M", "F", "O") else None


def _float(value: object, scale: float = 1.0) -> float | None:
    try:
        f = float(str(value).strip()) * scale
    except (TypeError, ValueError):
        return None
    return round(f, 1) if f > 0 else None


def _short(value: object) -> str | None:
    text = str(value or "").strip().upper()
    return text[:16] if text and re.fullmatch(r"[A-Z0-9_ ]+", text) else None


def dicom_attributes(ds: Any, exam: date | None, top: int = AGE_TOP_CODE) -> dict[str, Any]:
    """From a parsed DICOM header (PatientBirthDate, PatientAge, PatientSex, PatientSize in metres, PatientWeight,
    BodyPartExamined, Modality)."""
    return {
        "age": age_years(exam, parse_da(ds.get("PatientBirthDate")), str(ds.get("PatientAge") or ""), top),
        "sex": sex_code(ds.get("PatientSex")),
        "height_cm": _float(ds.get("PatientSize"), 100.0) if ds.get("PatientSize") not in (None, "") else None,
        "weight_kg": _float(ds.get("PatientWeight")) if ds.get("PatientWeight") not in (None, "") else None,
        "body_part": _short(ds.get("BodyPartExamined")),
        "modality": _short(ds.get("Modality")),
    }


def record_attributes(
    exam: date | None, birth: date | None, modality: object, top: int = AGE_TOP_CODE
) -> dict[str, Any]:
    return {
        "age": age_years(exam, birth, None, top),
        "sex": None,
        "height_cm": None,
        "weight_kg": None,
        "body_part": None,
        "modality": _short(modality),
    }
