"""The engine with the real Clean Pixel Data step (``gateway.scrub.pixels``, tesseract): candidates go through
it after the header is scrubbed; its quarantine verdict quarantines the file."""

from __future__ import annotations

import io
import shutil

import pydicom
import pytest
from pydicom.uid import JPEGBaseline8Bit

from gateway.scrub.dicom.engine import scrub_bytes
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions
from tests.support.dicom import US_STORAGE, build_phi_dataset, to_bytes

pytestmark = [
    pytest.mark.tesseract,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is installed by make test"),
]
KEYS = KeyedFunctions(b"q" * 32, b"r" * 32, b"s" * 32)


def _us(pixels: bytes) -> bytes:
    ds, _ = build_phi_dataset(modality="US", sop_class=US_STORAGE)
    ds.Rows, ds.Columns = 64, 64
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelData = pixels
    return to_bytes(ds)


def test_blank_ultrasound_passes_pixel_cleaning() -> None:
    out = scrub_bytes(_us(bytes(64 * 64)), options=DicomDeidOptions(), keys=KEYS)
    assert out.status == "ok", out.reason
    ds = pydicom.dcmread(io.BytesIO(out.data or b""))
    assert ds.BurnedInAnnotation == "NO"
    assert ds.PatientIdentityRemoved == "YES"


def test_undecodable_candidate_is_quarantined() -> None:
    from pydicom.encaps import encapsulate

    ds, _ = build_phi_dataset(modality="US", sop_class=US_STORAGE)
    ds.Rows, ds.Columns = 64, 64
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelData = encapsulate([b"\xff\xd8 not really a jpeg \xff\xd9"])
    ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    out = scrub_bytes(to_bytes(ds), options=DicomDeidOptions(), keys=KEYS)
    assert out.status == "quarantined"
    assert out.reason.startswith("pixel cleaning:")
