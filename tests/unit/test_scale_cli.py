"""``sekisho worker`` usage errors, and the embedded default never importing the scale-out dependencies."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from gateway.cli.worker import app

ROOT = Path(__file__).resolve().parents[2]


def test_worker_commands_fail_cleanly_on_bad_input(sekisho_home: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["submit", str(tmp_path / "missing"), str(tmp_path / "dst")])
    assert res.exit_code == 2 and "SRC does not exist" in res.output
    src = tmp_path / "src"
    src.mkdir()
    res = runner.invoke(app, ["submit", str(src), str(src / "out")])
    assert res.exit_code == 2 and "under the source" in res.output
    res = runner.invoke(app, ["status", "0" * 32])
    assert res.exit_code == 2 and "no such job" in res.output
    res = runner.invoke(app, ["finish", "0" * 32])
    assert res.exit_code == 2
    res = runner.invoke(app, ["submit", str(src), str(tmp_path / "dst")])  # an empty source: a finished job
    assert res.exit_code == 0, res.output
    job = res.stdout.strip().splitlines()[0]
    res = runner.invoke(app, ["status", job])
    assert res.exit_code == 0 and "finished: 0 done, 0 failed, 0 leased, 0 pending of 0" in res.output
    res = runner.invoke(app, ["run", "--job", job])
    assert res.exit_code == 0 and "0 items completed" in res.output


def test_the_default_paths_do_not_import_ray_or_boto3() -> None:
    code = (
        "import sys, gateway.cli.main, gateway.cli.scrub_dicom, gateway.scale.run, gateway.scale.worker, "
        "gateway.store.blobs_s3; bad = [m for m in ('ray', 'boto3', 'botocore') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
