"""The pixel scrubber behind the DICOM engine (Clean Pixel Data): a Part 10 file with burned-in PHI goes in, the
output's pixels are masked, re-encoded natively and flagged BurnedInAnnotation=NO."""

from __future__ import annotations

import io

import numpy as np
import pydicom
import pytest

from gateway.scrub.dicom.engine import scrub_bytes
from gateway.scrub.pixels import OcrError, candidacy
from gateway.scrub.pixels import _clean as pixels_clean
from gateway.scrub.pixels._boxes import Box
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions
from policies.pixel_options import PixelOptions
from tests.support.pixels import Synthetic, make_ct_dose_report, make_us, make_xa, to_jpeg_baseline

pytestmark = [pytest.mark.tesseract]

KEYS = KeyedFunctions(b"p" * 32, b"d" * 32, b"u" * 32, namespace="pixels-test")


@pytest.mark.parametrize("make", [lambda: make_us(3), lambda: make_xa(6, frames=3)])
def test_engine_masks_burned_in_text(make: object) -> None:
    s = make()  # type: ignore[operator]
    if s.ds.BitsAllocated == 8 and s.ds.SamplesPerPixel == 1:
        to_jpeg_baseline(s.ds)
    buf = io.BytesIO()
    s.ds.save_as(buf, enforce_file_format=True)
    out = scrub_bytes(buf.getvalue(), options=DicomDeidOptions(), keys=KEYS)
    assert out.status == "ok", out.reason
    assert out.data is not None
    ds = pydicom.dcmread(io.BytesIO(out.data))
    assert ds.BurnedInAnnotation == "NO"
    assert ds.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.1"
    arr = ds.pixel_array
    frames = arr if arr.ndim == 3 else arr[None]
    for f in frames:
        for p in s.planted:
            x0, y0, x1, y1 = p.box
            assert (f[y0:y1, x0:x1] == 0).all()


def test_engine_without_clean_pixel_data_leaves_pixels() -> None:
    s = make_us(3)
    buf = io.BytesIO()
    s.ds.save_as(buf, enforce_file_format=True)
    out = scrub_bytes(buf.getvalue(), options=DicomDeidOptions(clean_pixel_data=False), keys=KEYS)
    assert out.status == "ok", out.reason
    assert out.data is not None
    ds = pydicom.dcmread(io.BytesIO(out.data))
    assert np.array_equal(ds.pixel_array, s.original[0])


def _dose_report_bytes() -> tuple[Synthetic, bytes]:
    s = make_ct_dose_report()
    buf = io.BytesIO()
    s.ds.save_as(buf, enforce_file_format=True)
    return s, buf.getvalue()


def test_a_layout_only_candidate_is_cleaned_with_the_source_headers_decision() -> None:
    """A GE CT dose-report screen is a candidate only by deid's graylist rule on its SeriesDescription, which the
    profile empties: the cleaner gets the source header's decision (with the rule's box), masks the box and the
    text OCR finds outside it, verifies, and the file is released."""
    s, data = _dose_report_bytes()
    source = candidacy(s.ds, PixelOptions())
    assert source.candidate
    assert source.reasons == ("deid graylist layout (1 labels)",)  # not by modality, SOP class or header flag
    out = scrub_bytes(data, options=DicomDeidOptions(), keys=KEYS)
    assert out.status == "ok", out.reason
    assert out.data is not None
    ds = pydicom.dcmread(io.BytesIO(out.data))
    assert not ds.get("SeriesDescription")  # emptied: on this header the rule no longer matches...
    assert not candidacy(ds, PixelOptions()).candidate  # ...which is why the cleaner must not re-decide
    assert ds.BurnedInAnnotation == "NO"  # verified by OCR of the output
    arr = ds.pixel_array
    assert (arr[0:110, :] == 0).all()  # the rule's box
    for p in s.planted:  # the band's PHI and the dose table below it
        x0, y0, x1, y1 = p.box
        assert (arr[y0:y1, x0:x1] == 0).all(), p.text
    assert np.array_equal(arr[300:500, 20:492], s.original[0][300:500, 20:492])  # no text there: untouched


def test_a_layout_only_candidate_is_still_quarantined_when_cleaning_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    _, data = _dose_report_bytes()

    def ocr_fails(*args: object, **kwargs: object) -> None:
        raise OcrError("tesseract exited 1")

    with monkeypatch.context() as m:
        m.setattr(pixels_clean, "detect_text", ocr_fails)
        out = scrub_bytes(data, options=DicomDeidOptions(), keys=KEYS)
    assert (out.status, out.reason) == ("quarantined", "pixel cleaning: OCR failed: tesseract exited 1")
    assert out.data is None

    def text_remains(ft: object, gray: np.ndarray, **kwargs: object) -> list[tuple[Box, str]]:
        return [(Box(200, 300, 260, 320), "text")]  # verification OCR never stops finding text

    with monkeypatch.context() as m:
        m.setattr(pixels_clean, "remaining_text", text_remains)
        out = scrub_bytes(data, options=DicomDeidOptions(), keys=KEYS)
    assert out.status == "quarantined"
    assert out.reason.startswith("pixel cleaning: verification OCR still finds text in frame 0"), out.reason

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bug")

    with monkeypatch.context() as m:
        m.setattr(pixels_clean, "_fixed_mask", broken)
        out = scrub_bytes(data, options=DicomDeidOptions(), keys=KEYS)
    assert (out.status, out.reason) == ("quarantined", "pixel cleaning: pixel scrubber error (RuntimeError)")
