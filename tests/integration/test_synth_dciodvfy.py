"""``dciodvfy`` (dicom3tools) finds no errors in the generator's files: one file per modality and character set."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pydicom
import pytest

from gateway.synth import generate

pytestmark = pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dicom3tools (dciodvfy) is required")


def test_dciodvfy_reports_no_errors(tmp_path: Path) -> None:
    generate(tmp_path / "h", patients=24, seed=21, studies_per_patient=4)
    sample: dict[tuple[str, str], Path] = {}
    for path in sorted((tmp_path / "h" / "dicom").rglob("*.dcm")):
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        scs = ds.SpecificCharacterSet
        key = (str(ds.Modality), scs if isinstance(scs, str) else "\\".join(scs))
        sample.setdefault(key, path)
    assert {m for m, _ in sample} >= {"CT", "MR", "US", "CR", "DX", "XA", "PT", "NM", "SR"}
    assert {c for _, c in sample} >= {"\\ISO 2022 IR 87", "ISO 2022 IR 13\\ISO 2022 IR 87", "ISO_IR 192"}
    failures = {}
    for key, path in sorted(sample.items()):
        run = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True, errors="replace", timeout=60)
        errors = [line for line in (run.stdout + run.stderr).splitlines() if line.startswith("Error")]
        if errors:
            failures[key] = errors
    assert not failures, failures
