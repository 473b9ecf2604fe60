"""Corpus runs over pydicom's bundled test files and the real-size pydicom-data images: every file is either
de-identified (pixel data byte-identical, the verifier's verdict reproduced from the source, no new ``dciodvfy``
error) or quarantined with a reason. Nothing crashes."""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import subprocess
import warnings
from pathlib import Path

import pydicom
import pytest

from gateway.scrub.dicom import verify
from gateway.scrub.dicom.engine import scrub_bytes
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions
from tests.support.dicom import phi_file_bytes

KEYS = KeyedFunctions(b"k" * 32, b"l" * 32, b"m" * 32)
OPTIONS = DicomDeidOptions(clean_pixel_data=False)
TEST_FILES = Path(pydicom.__file__).parent / "data" / "test_files"
# deflated input: dciodvfy cannot read it, so its error list is not comparable with the (inflated) output's
NOT_COMPARABLE = {"image_dfl.dcm"}


def _corpus() -> list[Path]:
    files = sorted(p for p in TEST_FILES.rglob("*.dcm") if p.is_file())
    spec = importlib.util.find_spec("data_store")
    if spec is not None and spec.origin is not None:
        files += sorted((Path(spec.origin).parent / "data").glob("*.dcm"))
    return files


def _errors(path: Path) -> set[str]:
    res = subprocess.run(["dciodvfy", "-new", str(path)], capture_output=True, text=True, timeout=60)
    # the kind of error and the attribute path, not values or item numbers
    return {
        re.sub(r"\[[^\]]*\]|\"[^\"]*\"|\s*=\s*<[^>]*>", "", line)
        for line in (res.stdout + res.stderr).splitlines()
        if line.startswith("Error")
    }


def test_corpus_is_scrubbed_or_quarantined() -> None:
    files = _corpus()
    ok = 0
    for path in files:
        data = path.read_bytes()
        out = scrub_bytes(data, options=OPTIONS, keys=KEYS)
        assert out.status in ("ok", "quarantined")
        if out.status == "quarantined":
            assert out.reason and out.data is None
            continue
        ok += 1
        assert out.data is not None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the corpus has deliberately malformed values
            src = pydicom.dcmread(path, force=True)
        got = pydicom.dcmread(io.BytesIO(out.data))
        if "PixelData" in src:
            assert got.PixelData == src.PixelData, path.name
        assert verify.verify_file_pair(data, out.data, OPTIONS).ok, path.name
    assert ok >= 120


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dicom3tools is installed by make test")
def test_no_new_dciodvfy_errors(tmp_path: Path) -> None:
    planted = tmp_path / "planted.dcm"
    planted.write_bytes(phi_file_bytes()[0])
    checked = 0
    new: dict[str, set[str]] = {}
    for path in [planted, *_corpus()]:
        if path.name in NOT_COMPARABLE:
            continue
        out = scrub_bytes(path.read_bytes(), options=OPTIONS, keys=KEYS)
        if out.status != "ok":
            continue
        dst = tmp_path / "out.dcm"
        dst.write_bytes(out.data or b"")
        extra = _errors(dst) - _errors(path)
        if extra:
            new[path.name] = extra
        checked += 1
    assert new == {}
    assert checked >= 120
