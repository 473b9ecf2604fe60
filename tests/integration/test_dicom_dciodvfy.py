"""Outputs pass dicom3tools' ``dciodvfy`` with no error that the input did not already have."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pydicom
import pytest

from gateway.scrub.dicom.engine import scrub_bytes
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions
from tests.support.dicom import phi_file_bytes

pytestmark = pytest.mark.skipif(
    shutil.which("dciodvfy") is None, reason="dicom3tools (dciodvfy) is installed by make test"
)

KEYS = KeyedFunctions(b"k" * 32, b"l" * 32, b"m" * 32)
TEST_FILES = Path(pydicom.__file__).parent / "data" / "test_files"
NAMES = ["CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "rtdose.dcm", "JPEG2000.dcm", "waveform_ecg.dcm", "SC_rgb.dcm"]


def _errors(path: Path) -> set[str]:
    res = subprocess.run(["dciodvfy", "-new", str(path)], capture_output=True, text=True, timeout=60)
    out = res.stdout + res.stderr
    # compare the kind of error and the attribute, not values or positions
    return {
        re.sub(r"\[[^\]]*\]|\"[^\"]*\"|<[^>]*value[^>]*>", "", line)
        for line in out.splitlines()
        if line.startswith("Error")
    }


@pytest.mark.parametrize("name", [*NAMES, "planted-phi"])
def test_no_new_dciodvfy_errors(name: str, tmp_path: Path) -> None:
    if name == "planted-phi":
        data, _ = phi_file_bytes()
        src = tmp_path / "in.dcm"
        src.write_bytes(data)
    else:
        src = TEST_FILES / name
        if not src.exists():
            pytest.skip("not in this pydicom build")
        data = src.read_bytes()
    out = scrub_bytes(data, options=DicomDeidOptions(clean_pixel_data=False), keys=KEYS)
    assert out.status == "ok", out.reason
    dst = tmp_path / "out.dcm"
    dst.write_bytes(out.data or b"")
    assert _errors(dst) - _errors(src) == set()
