"""DICOM PS3.15 Annex E as data: Table E.1-1 actions resolved for a set of options, plus the curated lists the
engine and the independent verifier share (safe private attributes, standard text elements kept outside the
table).

Source of ``data/ps3.15-table-e1-1.json``: DICOM PS3.15 Table E.1-1 (2024b), all 621 rows, from the MIT-licensed
innolitics/dicom-standard repository (``standard/confidentiality_profile_attributes.json``, commit
8670abdd9ad16c61af5146ef857899699bdd9c5f). Copyright (c) 2017 Innolitics, LLC; MIT license.

Action codes (PS3.15 E.1.1): ``X`` remove, ``Z`` zero-length (or dummy), ``D`` dummy, ``K`` keep, ``C`` clean,
``U`` replace UID. Compound codes are resolved conservatively without IOD knowledge: anything allowing ``D``
becomes ``D`` (a dummy keeps Type 1 attributes valid), ``X/Z`` becomes ``Z`` (presence kept for Type 2),
``X/Z/U*`` becomes ``U`` (sequences recursed with their UIDs replaced). An option's code overrides the Basic
Profile ("a requirement for an Option, when implemented, overrides any requirement for the underlying Profile");
when several options apply, ``K`` wins over ``C``.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydicom.datadict import tag_for_keyword

from policies.dicom_options import DicomDeidOptions

DATA_DIR = Path(__file__).parent / "data"
TABLE_PATH = DATA_DIR / "ps3.15-table-e1-1.json"
SAFE_PRIVATE_PATH = DATA_DIR / "safe-private.csv"

Action = Literal["X", "Z", "D", "K", "C", "U"]

# Option column of the table -> DicomDeidOptions field.
OPTION_COLUMNS: dict[str, str] = {
    "rtnLongFullDatesOpt": "retain_long_full_dates",
    "rtnLongModifDatesOpt": "retain_long_modified_dates",
    "rtnUIDsOpt": "retain_uids",
    "rtnDevIdOpt": "retain_device_identity",
    "rtnInstIdOpt": "retain_institution_identity",
    "rtnPatCharsOpt": "retain_patient_characteristics",
    "rtnSafePrivOpt": "retain_safe_private",
    "cleanDescOpt": "clean_descriptors",
    "cleanStructContOpt": "clean_structured_content",
    "cleanGraphOpt": "clean_graphics",
}

# PS3.16 CID 7050 "De-identification Method": (code value, code meaning) per option, DCM coding scheme.
BASIC_PROFILE_CODE = ("113100", "Basic Application Confidentiality Profile")
OPTION_CODES: dict[str, tuple[str, str]] = {
    "clean_pixel_data": ("113101", "Clean Pixel Data Option"),
    # 113102 Clean Recognizable Visual Features Option: not offered (needs 3D face removal).
    "clean_graphics": ("113103", "Clean Graphics Option"),
    "clean_structured_content": ("113104", "Clean Structured Content Option"),
    "clean_descriptors": ("113105", "Clean Descriptors Option"),
    "retain_long_full_dates": ("113106", "Retain Longitudinal Temporal Information Full Dates Option"),
    "retain_long_modified_dates": ("113107", "Retain Longitudinal Temporal Information Modified Dates Option"),
    "retain_patient_characteristics": ("113108", "Retain Patient Characteristics Option"),
    "retain_device_identity": ("113109", "Retain Device Identity Option"),
    "retain_uids": ("113110", "Retain UIDs Option"),
    "retain_safe_private": ("113111", "Retain Safe Private Option"),
    "retain_institution_identity": ("113112", "Retain Institution Identity Option"),
}

# Standard text-valued elements (SH, LO, ST, LT, UT, UC, UR, AE, PN) that are not in Table E.1-1 and that the
# engine keeps (then sweeps for the patient's identifiers). Every other such element outside the table is emptied
# (zero length: Type 2 presence stays valid, no value survives). Keywords of the pydicom data dictionary.
SAFE_TEXT_KEYWORDS: frozenset[str] = frozenset(
    {
        "CodeValue",
        "CodingSchemeDesignator",
        "CodingSchemeVersion",
        "CodeMeaning",
        "LongCodeValue",
        "URNCodeValue",
        "CodingSchemeName",
        "ContextGroupExtensionCreatorUID",
        "MappingResourceName",
        "Manufacturer",
        "ManufacturerModelName",
        "SoftwareVersions",
        "ConvolutionKernel",
        "PositionReferenceIndicator",
        "WindowCenterWidthExplanation",
        "LUTExplanation",
        "ModalityLUTType",
        "RescaleType",
        "SequenceName",
        "PulseSequenceName",
        "ReceiveCoilName",
        "TransmitCoilName",
        "ImagedNucleus",
        "FilterType",
        "CollimatorGridName",
        "PlateType",
        "PhosphorType",
        "Radiopharmaceutical",
        "ReconstructionMethod",
        "AttenuationCorrectionMethod",
        "ScatterCorrectionMethod",
        "DecayCorrection",
        "RandomsCorrectionMethod",
        "ContrastBolusRoute",
        "PixelSpacingCalibrationDescription",
        "ImplementationVersionName",
        "ContentLabel",
        "MultiCoilDefinition",
        "CoilVendorName",
        "TableType",
        "SegmentLabel",
        "SegmentAlgorithmName",
        "LUTLabel",
        "StackID",
        "TrackingID",
    }
)

# The dummy written where a value must stay non-empty (Type 1) but nothing may be kept.
DUMMY_TEXT = "ANONYMIZED"
# Free-text elements outside the table that IODs require non-empty when present (Type 1/1C): emptied values get the
# dummy instead, so outputs do not gain IOD errors.
TYPE1_FREE_TEXT_KEYWORDS: frozenset[str] = frozenset({"UnformattedTextValue", "TextValue"})
# Free text outside the table that an option cleans (C) rather than empties: SR TEXT content items under Clean
# Structured Content, graphic annotation text under Clean Graphics. Without a text cleaner they are emptied.
CLEANABLE_TEXT_KEYWORDS: dict[str, str] = {
    "TextValue": "clean_structured_content",
    "UnformattedTextValue": "clean_graphics",
}

TEXT_VRS: frozenset[str] = frozenset({"SH", "LO", "ST", "LT", "UT", "UC", "UR", "AE", "PN"})
DATE_VRS: frozenset[str] = frozenset({"DA", "DT"})


@dataclass(frozen=True)
class SafePrivate:
    creator: str
    group: int
    offset: int  # element within the block (the low byte)
    vr: str
    name: str


@dataclass(frozen=True)
class CompiledProfile:
    """Table E.1-1 resolved for one set of options: a dict by tag for the engine's hot loop."""

    options: DicomDeidOptions
    actions: dict[int, Action] = field(repr=False)
    basic: dict[int, Action] = field(default_factory=dict, repr=False)  # Basic Profile alone (IOD-type hints)
    curve_action: Action = "X"  # (50xx,xxxx)
    overlay_data_action: Action = "X"  # (60xx,3000)
    overlay_comments_action: Action = "X"  # (60xx,4000)
    private_action: Action = "X"
    safe_private: frozenset[tuple[str, int, int]] = field(default_factory=frozenset, repr=False)
    cleanable: dict[int, str] = field(default_factory=dict, repr=False)

    def action_for(self, tag: int) -> Action | None:
        """Action of a table row (repeating groups included), None if the tag is not in the table."""
        a = self.actions.get(tag)
        if a is not None:
            return a
        group = tag >> 16
        if 0x5000 <= group <= 0x50FF and not group & 1:
            return self.curve_action
        if 0x6000 <= group <= 0x60FF and not group & 1:
            elem = tag & 0xFFFF
            if elem == 0x3000:
                return self.overlay_data_action
            if elem == 0x4000:
                return self.overlay_comments_action
        return None

    def cleanable_text(self, tag: int) -> bool:
        """A free-text element outside the table that an option in effect cleans (``C``)."""
        flag = self.cleanable.get(tag)
        return flag is not None and bool(getattr(self.options, flag))

    def is_safe_private(self, creator: str, tag: int) -> bool:
        if not self.options.retain_safe_private:
            return False
        return (creator.strip().upper(), tag >> 16, tag & 0xFF) in self.safe_private


def parse_tag(text: str) -> int | None:
    m = re.fullmatch(r"\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\)", text.strip())
    if not m:
        return None
    return int(m.group(1) + m.group(2), 16)


def _resolve_basic(code: str) -> Action:
    code = code.strip()
    if code in ("X", "Z", "D", "K", "C", "U"):
        return code  # type: ignore[return-value]
    if "U" in code:
        return "U"
    if "D" in code:
        return "D"
    if "Z" in code:
        return "Z"
    return "X"


def resolve_row(row: dict[str, str], options: DicomDeidOptions) -> Action:
    """Action of one table row under ``options``."""
    chosen: list[str] = []
    for column, flag in OPTION_COLUMNS.items():
        code = row.get(column)
        if code and getattr(options, flag):
            chosen.append(code.strip())
    if "K" in chosen:
        return "K"
    if "C" in chosen:
        return "C"
    return _resolve_basic(row["basicProfile"])


@lru_cache(maxsize=1)
def load_table() -> tuple[dict[str, str], ...]:
    rows = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_safe_private() -> tuple[SafePrivate, ...]:
    out: list[SafePrivate] = []
    with SAFE_PRIVATE_PATH.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(line for line in fh if not line.startswith("#")):
            out.append(
                SafePrivate(
                    creator=rec["creator"].strip().upper(),
                    group=int(rec["group"], 16),
                    offset=int(rec["element"], 16),
                    vr=rec["vr"].strip(),
                    name=rec["name"].strip(),
                )
            )
    return tuple(out)


@lru_cache(maxsize=64)
def compile_profile(options: DicomDeidOptions) -> CompiledProfile:
    """Precompile the action table for ``options`` (cached: options are frozen and hashable)."""
    actions: dict[int, Action] = {}
    basic: dict[int, Action] = {}
    curve: Action = "X"
    overlay_data: Action = "X"
    overlay_comments: Action = "X"
    private: Action = "X"
    for row in load_table():
        action = resolve_row(row, options)
        tag = parse_tag(row["tag"])
        if tag is not None:
            actions[tag] = action
            basic[tag] = _resolve_basic(row["basicProfile"])
            continue
        t = row["tag"].upper()
        if t.startswith("(50XX"):
            curve = action
        elif t == "(60XX,3000)":
            overlay_data = action
        elif t == "(60XX,4000)":
            overlay_comments = action
        elif "ODD" in t:
            private = action
    safe = frozenset((s.creator, s.group, s.offset) for s in load_safe_private())
    return CompiledProfile(
        options=options,
        actions=actions,
        basic=basic,
        curve_action=curve,
        overlay_data_action=overlay_data,
        overlay_comments_action=overlay_comments,
        private_action=private,
        safe_private=safe,
        cleanable={int(tag_for_keyword(k) or 0): flag for k, flag in CLEANABLE_TEXT_KEYWORDS.items()},
    )


def method_codes(options: DicomDeidOptions) -> list[tuple[str, str]]:
    """CID 7050 codes for the profile and every option in effect (Basic Profile first)."""
    codes = [BASIC_PROFILE_CODE]
    for flag, code in OPTION_CODES.items():
        if getattr(options, flag, False):
            codes.append(code)
    return codes
