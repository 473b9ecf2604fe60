"""``sekisho ingest dicom|records|pacs|scp`` as a user runs them: JSON summary on stdout, exit codes as documented
in --help (0 completed, 1 failed, 2 usage, 3 quarantined with --strict)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.orthanc import DICOMWEB_PLUGIN, free_port, start_orthanc, stop

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gateway.synth import generate

    out = tmp_path_factory.mktemp("synth") / "h"
    generate(out, patients=2, seed=3, modalities=("CT", "MR"), slices=2)
    return out


def sekisho(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEKISHO_")}
    env.update(SEKISHO_HOME=str(home), SEKISHO_MODE="dev")
    return subprocess.run(
        [sys.executable, "-m", "gateway.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        input=stdin,
        timeout=300,
    )


def test_dicom_and_records(hospital: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    n_files = len(list((hospital / "dicom").rglob("*.dcm")))
    proc = sekisho(home, "ingest", "dicom", str(hospital / "dicom"), "--no-progress")
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout)
    assert summary["source"] == "files" and summary["counts"]["inputs"] == n_files
    assert summary["counts"]["stored"] > 0 and summary["counts"]["quarantined"] == 0
    again = json.loads(
        sekisho(home, "ingest", "dicom", str(hospital / "dicom"), "--no-progress", "--workers", "2").stdout
    )
    assert again["counts"]["stored"] == 0 and again["counts"]["duplicate"] == summary["counts"]["stored"]

    records = hospital / "records" / "records.jsonl"
    proc = sekisho(home, "ingest", "records", str(records))  # with the progress bar (stderr)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rsum = json.loads(proc.stdout)
    assert rsum["counts"]["stored"] == len(records.read_text().splitlines())
    # stdin, a malformed line, --strict
    proc = sekisho(home, "ingest", "records", "-", "--strict", "--no-progress", stdin="{oops\n")
    assert proc.returncode == 3 and json.loads(proc.stdout)["counts"]["quarantined:parse"] == 1
    # usage errors
    assert sekisho(home, "ingest", "dicom", str(tmp_path / "missing")).returncode == 2
    assert sekisho(home, "ingest", "records", str(tmp_path / "missing.jsonl")).returncode == 2
    bad_policy = tmp_path / "policy.yaml"
    bad_policy.write_text("study: {}\n")
    proc = sekisho(home, "ingest", "dicom", str(hospital / "dicom"), "--policy", str(bad_policy))
    assert proc.returncode == 2 and "error:" in proc.stderr
    help_text = sekisho(home, "ingest", "dicom", "--help").stdout
    assert "Exit" in help_text and "--strict" in help_text


@pytest.mark.skipif(not DICOMWEB_PLUGIN.exists(), reason="needs Debian's orthanc-dicomweb (scripts/install-system.sh)")
def test_pacs_over_dicomweb(hospital: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    pacs = start_orthanc(tmp_path / "orthanc")
    try:
        pacs.upload(sorted((hospital / "dicom").rglob("*.dcm")))
        n = len(pacs.studies())
        args = ("ingest", "pacs", "--dicomweb", pacs.dicomweb, "--from", "2000-01-01", "--to", "2030-12-31")
        proc = sekisho(home, *args, "--no-progress")
        assert proc.returncode == 0, proc.stderr[-2000:]
        out = json.loads(proc.stdout)
        assert out["studies"] == {"found": n, "done": n, "skipped_already_done": 0, "failed": 0}
        assert out["counts"]["stored"] > 0
        again = json.loads(sekisho(home, *args, "--no-progress").stdout)
        assert again["studies"]["skipped_already_done"] == n and again["counts"]["inputs"] == 0
    finally:
        stop(pacs)
    # the PACS is gone: exit 1 with a clear message
    proc = sekisho(home, *args, "--no-progress", "--timeout", "3")
    assert proc.returncode == 1 and "QIDO-RS" in proc.stderr
    # usage: no selector, both transports
    assert sekisho(home, "ingest", "pacs", "--dicomweb", pacs.dicomweb).returncode == 2
    assert sekisho(home, "ingest", "pacs", "--host", "x", "--dicomweb", "y", "--study", "1.2").returncode == 2


def test_scp_refuses_to_run_without_an_allow_list(tmp_path: Path) -> None:
    proc = sekisho(tmp_path / "home", "ingest", "scp", "--port", str(free_port()))
    assert proc.returncode == 2 and "--allow" in proc.stderr


def test_scp_command_receives_and_reports(hospital: Path, tmp_path: Path) -> None:
    import shutil
    import signal
    import time

    storescu = shutil.which("storescu")
    assert storescu is not None
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEKISHO_")}
    env.update(SEKISHO_HOME=str(tmp_path / "home"), SEKISHO_MODE="dev")
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway.cli.main", "ingest", "scp", "--port", str(port), "--allow", "MODALITY"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        ct = sorted((hospital / "dicom").rglob("*.dcm"))[:3]
        deadline = time.monotonic() + 60
        while True:  # the SCP needs a moment to import and open the vault
            sent = subprocess.run(
                [storescu, "-aet", "MODALITY", "-aec", "SEKISHO", "127.0.0.1", str(port), *map(str, ct)],
                capture_output=True,
                text=True,
            )
            if sent.returncode == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert sent.returncode == 0, sent.stderr[-1000:]
    finally:
        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    summary = json.loads(out.splitlines()[0])
    assert summary["source"] == "scp" and summary["counts"]["inputs"] == 3, err[-2000:]
    assert summary["counts"]["stored"] + summary["counts"]["excluded"] == 3
    assert not [p for p in (tmp_path / "home" / "staging").rglob("*") if p.is_file()]
