"""``dciodvfy`` (dicom3tools) finds no errors in any file of a generated hospital (every modality and charset)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pydicom
import pytest

from gateway.synth import generate

pytestmark = pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dicom3tools (dciodvfy) is required")


def test_dciodvfy_reports_no_errors(tmp_path: Path) -> None:
    generate(tmp_path / "h", patients=30, seed=21, studies_per_patient=4)
    kinds: set[tuple[str, str]] = set()
    failures: dict[str, list[str]] = {}
    for path in sorted((tmp_path / "h" / "dicom").rglob("*.dcm")):
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        scs = ds.SpecificCharacterSet
        kinds.add((str(ds.Modality), scs if isinstance(scs, str) else "\\".join(scs)))
        run = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True, errors="replace", timeout=60)
        errors = [line for line in (run.stdout + run.stderr).splitlines() if line.startswith("Error")]
        if errors:
            failures[str(path.relative_to(tmp_path))] = errors
    assert {m for m, _ in kinds} >= {"CT", "MR", "US", "CR", "DX", "XA", "PT", "NM", "SR"}
    assert {c for _, c in kinds} >= {"\\ISO 2022 IR 87", "ISO 2022 IR 13\\ISO 2022 IR 87", "ISO_IR 192"}
    assert not failures, failures
