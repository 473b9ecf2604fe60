"""DICOM de-identification options (PS3.15 Annex E). Owned by the DICOM engine; composed into the policy."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class DicomDeidOptions(BaseModel):
    """Which PS3.15 Table E.1-1 options apply. Defaults: the research profile of DESIGN.md."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    retain_safe_private: bool = False
    retain_uids: bool = False
    retain_device_identity: bool = False
    retain_institution_identity: bool = False
    retain_patient_characteristics: bool = True
    retain_long_full_dates: bool = False
    retain_long_modified_dates: bool = True
    clean_descriptors: bool = True
    clean_structured_content: bool = True
    clean_graphics: bool = True
    clean_pixel_data: bool = True
