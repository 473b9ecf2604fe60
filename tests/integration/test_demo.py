"""The README's main job: `sekisho demo` end to end on embedded defaults and generated data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_demo_runs_end_to_end_and_leaks_no_planted_name(tmp_path: Path):
    env = dict(os.environ, SEKISHO_HOME=str(tmp_path / "home"), SEKISHO_MODE="dev")
    out = tmp_path / "demo"
    proc = subprocess.run(
        [sys.executable, "-m", "gateway.cli.main", "demo", "--out", str(out), "--patients", "2", "--seed", "3"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Sekisho demo summary" in proc.stdout
    report = json.loads((out / "scrub-dicom-report.json").read_text())
    assert report["files"], "no DICOM processed"
    assert all(f["status"] in ("ok", "quarantined") for f in report["files"])
    # No planted patient name survives in the scrubbed records.
    patients = [json.loads(x) for x in (out / "synth" / "patients.jsonl").read_text(encoding="utf-8").splitlines()]
    scrubbed = (out / "deidentified" / "records.jsonl").read_text(encoding="utf-8")
    for p in patients:
        for name in p["known"]["names"]:
            for part in (name["family"] + name["given"], name["family_kana"] + name["given_kana"]):
                if part:
                    assert part not in scrubbed
