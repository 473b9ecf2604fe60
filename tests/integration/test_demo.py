"""The README's main job: `sekisho demo` end to end on embedded defaults and generated data."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _planted(patients: list[dict]) -> set[str]:
    """Identifiers of every synthetic patient, in the spellings the generator plants (4 characters or more)."""
    out: set[str] = set()
    for p in patients:
        known = p["known"]
        for name in known["names"]:
            out |= {
                name["family"] + name["given"],
                name["family"] + " " + name["given"],
                name["family_kana"] + name["given_kana"],
                f"{name['family_romaji']}^{name['given_romaji']}".upper(),
                f"{name['family_romaji']} {name['given_romaji']}",
            }
        out |= set(known["ids"]) | set(known["phones"]) | set(known["addresses"])
        out |= {known["birth_date"], known["birth_date"].replace("-", "")}
    return {x for x in out if len(x) >= 4}


@pytest.mark.slow
def test_demo_runs_the_mission_end_to_end_and_leaks_nothing(tmp_path: Path) -> None:
    env = dict(os.environ, SEKISHO_MODE="dev")
    env.pop("SEKISHO_HOME", None)
    out = tmp_path / "demo"
    proc = subprocess.run(
        [sys.executable, "-m", "gateway.cli.main", "demo", "--out", str(out), "--patients", "40", "--epochs", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    summary = proc.stdout[proc.stdout.index("Sekisho demo summary") :]
    assert "checks 7/7 passed" in summary
    assert "approved by user:po-1 and user:po-2" in summary
    assert "the trainer now refuses it (exit 3)" in summary
    assert "audit log: chain, Merkle tree and signatures verified" in summary

    home = out / "home"
    release_id = summary.split("release ", 1)[1].split()[0]
    release = home / "releases" / release_id
    # the withdrawal drafted a superseding release without the withdrawn subject, waiting for checks and approvals
    drafts = [p.name for p in (home / "releases").iterdir() if p.is_dir() and p.name != release_id]
    assert len(drafts) == 1
    manifest = json.loads((release / "release.json").read_text(encoding="utf-8"))
    assert manifest["recipient"] == "trainer" and manifest["approvers"] == ["user:po-1", "user:po-2"]
    status = json.loads((home / "releases" / f"{release.name}.status.dsse.json").read_text(encoding="utf-8"))
    assert status["payloadType"] == "application/vnd.sekisho.release-status+json"
    state = json.loads(base64.b64decode(status["payload"]))
    assert state["release_id"] == release_id and len(state["withdrawn_subjects"]) == 1

    # Nothing planted for any patient survives anywhere in the research store, the release or the models.
    patients = [json.loads(x) for x in (out / "synth" / "patients.jsonl").read_text(encoding="utf-8").splitlines()]
    planted = _planted(patients)
    assert len(planted) > 100
    scanned = 0
    for root in (home / "store", release, out / "models"):
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            scanned += 1
            data = path.read_bytes()
            text = data.decode("utf-8", errors="ignore")
            for value in planted:
                assert value not in path.as_posix(), f"planted identifier in a file name under {root.name}"
                assert value not in text, f"planted identifier in {path.relative_to(root)}"
                assert value.encode("ascii", errors="ignore") not in data or not value.isascii(), path.name
    assert scanned > 100
