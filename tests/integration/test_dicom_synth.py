"""End to end on the synthetic hospital (``gateway.synth``): every planted DICOM identifier in its answer key is
gone from the outputs (decoded values and raw bytes), except what the policy retains on purpose (patient age under
Retain Patient Characteristics). Pixel candidates (US, XA) go through the real pixel cleaner."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import pydicom
import pytest

from gateway.scrub.dicom.engine import RunConfig, run_directory
from gateway.scrub.dicom.sweep import normalize
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions
from tests.support.dicom import raw_forms

RETAINED_BY_POLICY = {"AGE"}


@pytest.mark.slow
@pytest.mark.tesseract
def test_synthetic_hospital_answer_key_has_no_survivor(tmp_path: Path) -> None:
    from gateway.synth.generate import generate

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        generate(tmp_path / "synth", patients=5, seed=11, studies_per_patient=2)
    cfg = RunConfig(options=DicomDeidOptions(), keys=KeyedFunctions(b"a" * 32, b"b" * 32, b"c" * 32))
    results = run_directory(tmp_path / "synth" / "dicom", tmp_path / "out", cfg, quarantine=tmp_path / "q")
    assert results and all(r.status == "ok" for r in results), [r.reason for r in results if r.status != "ok"]
    output_of = {r.source: r.output for r in results}
    texts: dict[str, tuple[bytes, str]] = {}
    survivors: list[tuple[str, str]] = []
    checked = 0
    for line in (tmp_path / "synth" / "answer_key.jsonl").read_text(encoding="utf-8").splitlines():
        key = json.loads(line)
        if key.get("kind") != "dicom" or key["entity_type"] in RETAINED_BY_POLICY:
            continue
        rel = output_of[key["file"].removeprefix("dicom/")]
        assert rel is not None
        if rel not in texts:
            data = (tmp_path / "out" / rel).read_bytes()
            ds = pydicom.dcmread(io.BytesIO(data))
            decoded = normalize("\n".join(str(e.value) for e in ds.iterall() if e.VR not in ("OB", "OW", "UN", "SQ")))
            texts[rel] = (data, decoded)
        data, decoded = texts[rel]
        value = str(key["value"])
        checked += 1
        in_text = bool(normalize(value)) and normalize(value) in decoded
        in_bytes = any(b in data for b in raw_forms(value) if len(b) >= 4)
        if in_text or in_bytes:
            survivors.append((key["entity_type"], key["tag_path"]))
    assert checked > 300
    assert survivors == []
