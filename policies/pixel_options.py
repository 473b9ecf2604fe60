"""Burned-in pixel PHI options (the Clean Pixel Data option). Owned by ``gateway.scrub.pixels``; composed into the
policy next to ``DicomDeidOptions``.

Defaults follow issue 4: OCR every US/XA/RF/SC/OT/DOC image whatever BurnedInAnnotation says, mask text boxes with
a margin, mask everything outside SequenceOfUltrasoundRegions for US, set BurnedInAnnotation=NO only after a
verifying OCR pass on the output finds no text, quarantine otherwise.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MODALITIES: tuple[str, ...] = ("US", "XA", "RF", "SC", "OT", "DOC", "ES", "XC", "GM", "SM", "IVUS")

# Secondary capture and multi-frame secondary capture SOP classes, ultrasound, XA/RF, encapsulated documents
# that carry pixels, video endoscopy/photography: OCR'd whatever the Modality says.
DEFAULT_SOP_CLASSES: tuple[str, ...] = (
    "1.2.840.10008.5.1.4.1.1.7",  # Secondary Capture Image Storage
    "1.2.840.10008.5.1.4.1.1.7.1",  # Multi-frame Single Bit SC
    "1.2.840.10008.5.1.4.1.1.7.2",  # Multi-frame Grayscale Byte SC
    "1.2.840.10008.5.1.4.1.1.7.3",  # Multi-frame Grayscale Word SC
    "1.2.840.10008.5.1.4.1.1.7.4",  # Multi-frame True Color SC
    "1.2.840.10008.5.1.4.1.1.6.1",  # Ultrasound Image Storage
    "1.2.840.10008.5.1.4.1.1.3.1",  # Ultrasound Multi-frame Image Storage
    "1.2.840.10008.5.1.4.1.1.12.1",  # X-Ray Angiographic Image Storage
    "1.2.840.10008.5.1.4.1.1.12.2",  # X-Ray Radiofluoroscopic Image Storage
    "1.2.840.10008.5.1.4.1.1.12.1.1",  # Enhanced XA
    "1.2.840.10008.5.1.4.1.1.12.2.1",  # Enhanced XRF
    "1.2.840.10008.5.1.4.1.1.77.1.1.1",  # Video Endoscopic Image Storage
    "1.2.840.10008.5.1.4.1.1.77.1.4.1",  # Video Photographic Image Storage
)


class PixelOptions(BaseModel):
    """How burned-in text is found, masked and verified. All thresholds are documented where they are used
    (``gateway.scrub.pixels``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # --- which images are candidates -------------------------------------------------------------------------
    modalities: tuple[str, ...] = DEFAULT_MODALITIES
    sop_classes: tuple[str, ...] = DEFAULT_SOP_CLASSES
    trust_burned_in_annotation: bool = Field(
        default=False,
        description="if True, an image whose header says BurnedInAnnotation=NO is not OCR'd (not recommended)",
    )
    burned_in_yes_is_candidate: bool = True  # BurnedInAnnotation=YES makes any modality a candidate
    deid_filters: tuple[str, ...] = Field(
        default=("deid.dicom",),
        description="deid recipes (policies/data/deid-filters/) whose graylist layouts are masked and make "
        "candidates; deid.dicom.ultrasound blanks every image but its US regions, so it is not a default "
        "(mask_outside_us_regions does that for US only)",
    )
    apply_deid_coordinates: bool = Field(
        default=True, description="mask the fixed coordinates of matching deid graylist rules (known layouts)"
    )

    # --- OCR ------------------------------------------------------------------------------------------------
    ocr_languages: tuple[str, ...] = ("jpn", "eng")
    ocr_engine: Literal["cli", "library"] = Field(
        default="cli",
        description="cli: one tesseract process per batch (timeout, isolation); library: Debian's libtesseract "
        "in process, models loaded once per thread (same words; ~2x less OCR time per frame, no timeout)",
    )
    ocr_psm: int = Field(default=11, ge=0, le=13, description="tesseract page segmentation mode (11: sparse text)")
    ocr_upscale_below: int = Field(
        default=0, ge=0, description="upscale x2 for OCR when the frame is narrower than this (0: never)"
    )
    detect_min_conf: float = Field(default=45.0, ge=0, le=100, description="word confidence to mask")
    min_text_height: int = Field(default=6, ge=1, description="shorter OCR 'words' (pixels, OCR scale) are noise")
    crop_min_conf: float = Field(
        default=45.0, ge=0, le=100, description="word confidence that confirms a text-line candidate's crop"
    )
    crop_min_separation: float = Field(
        default=0.65, ge=0, le=1, description="bimodality a candidate line needs to be OCR'd at all (cost gate)"
    )
    trust_conf: float = Field(default=85.0, ge=0, le=100, description="above this, no bimodality check")
    min_separation: float = Field(
        default=0.75, ge=0, le=1, description="Otsu effectiveness a word's patch needs (glyphs vs. noise)"
    )
    ocr_timeout_s: float = Field(default=120.0, gt=0)
    mask_margin_px: int = Field(default=2, ge=0)
    mask_margin_ratio: float = Field(default=0.15, ge=0, description="extra margin as a fraction of box height")
    max_rounds: int = Field(
        default=2,
        ge=1,
        le=5,
        description="passes over the output after round 0 (which reads the input); remaining text found in the last "
        "one means quarantine",
    )

    # --- verification -----------------------------------------------------------------------------------------
    verify: bool = Field(
        default=True, description="read the output again (BurnedInAnnotation=NO needs it); False masks round 0 only"
    )
    verify_min_conf: float = Field(default=70.0, ge=0, le=100, description="a word this sure counts as text")
    verify_min_chars: int = Field(default=3, ge=1, description="word characters a word needs to count as text")
    surroundings_min_conf: float = Field(default=45.0, ge=0, le=100)
    surroundings_line_heights: float = Field(default=3.0, ge=0)
    max_masked_fraction: float = Field(
        default=0.6, gt=0, le=1, description="quarantine instead when OCR masks more than this of a frame"
    )

    # --- ultrasound -----------------------------------------------------------------------------------------
    mask_outside_us_regions: bool = True

    # --- cost: which frames are OCR'd -------------------------------------------------------------------------
    frame_sampling: Literal["all", "changed"] = "changed"
    max_frame_gap: int = Field(default=8, ge=1, description="OCR at least every N-th frame in 'changed' mode")
    max_frames: int = Field(default=2000, ge=1, description="quarantine instead of OCR'ing more frames")
