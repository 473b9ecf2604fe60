"""DDP via torchrun on CPU (gloo): two processes train on one release; only rank 0 writes the checkpoint and the
registry line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.releases import write_release

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_torchrun_two_processes_on_cpu(tmp_path: Path) -> None:
    rel = write_release(tmp_path / "releases", subjects=20, images_per_subject=2, size=16, with_dicom=False)
    config = tmp_path / "train.yaml"
    config.write_text(f"trusted_keys: ['{rel.public_key_hex}']\nepochs: 2\nthreads: 1\nbootstrap: 10\nwidth: 4\n")
    out = tmp_path / "models"
    torchrun = Path(sys.executable).parent / "torchrun"
    proc = subprocess.run(
        [
            str(torchrun),
            "--standalone",
            "--nproc_per_node=2",
            "-m",
            "trainer",
            "--release",
            str(rel.path),
            "--config",
            str(config),
            "--out",
            str(out),
            "--device",
            "cpu",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "world 2" in proc.stderr
    registry = (out / "registry.jsonl").read_text().splitlines()
    assert len(registry) == 1
    entry = json.loads(registry[0])
    assert entry["release_id"] == rel.release_id
    assert (out / entry["checkpoint"]).is_file()
    assert len(list(out.glob("model-*"))) == 1
