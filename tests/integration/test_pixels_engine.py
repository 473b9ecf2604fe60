"""The pixel scrubber behind the DICOM engine (Clean Pixel Data): a Part 10 file with burned-in PHI goes in, the
output's pixels are masked, re-encoded natively and flagged BurnedInAnnotation=NO."""

from __future__ import annotations

import io

import numpy as np
import pydicom
import pytest

from gateway.scrub.dicom.engine import scrub_bytes
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions
from tests.support.pixels import make_us, make_xa, to_jpeg_baseline

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
