"""bench/trainer_gpu.py runs on a CPU-only host and reports CPU numbers (no GPU is lent here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bench_runs_on_cpu(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "trainer_gpu.py"),
            "--images",
            "48",
            "--image-size",
            "32",
            "--seconds",
            "1.5",
            "--warmup",
            "1",
            "--threads",
            "1",
            "--width",
            "4",
            "--json",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(out.read_text())
    import torch

    if not torch.cuda.is_available():
        assert report["device"].startswith("cpu")
        assert 0 < report["cpu_util_pct_of_all_cores"] <= 100 * 1.05
    assert report["train_images_per_s"] > 0 and report["timed_steps"] >= 1
    assert report["loader_only_images_per_s"] > report["train_images_per_s"]
    assert report["release_images"] == 48
