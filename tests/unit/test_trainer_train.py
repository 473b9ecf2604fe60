"""The trainer end to end on CPU: a synthetic signed release (phantoms with or without a nodule) -> test AUROC
>= 0.9 within a minute, a safetensors checkpoint with provenance, a model card, the registry; determinism;
``sekisho train`` refuses a bad release and writes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.releases import write_release, write_status
from trainer.config import TrainConfig
from trainer.labels import labeler_hash
from trainer.train import REGISTRY, train

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_cpu_training_reaches_auroc_within_a_minute(tmp_path: Path) -> None:
    rel = write_release(tmp_path / "releases", subjects=100, images_per_subject=4, size=32, seed=3)
    cfg = TrainConfig(trusted_keys=[rel.public_key_hex], epochs=12, threads=1, bootstrap=300, seed=0)
    out = tmp_path / "models"
    started = time.perf_counter()
    result = train(rel.path, cfg, out, log=lambda _s: None)
    elapsed = time.perf_counter() - started
    assert elapsed < 60, elapsed
    assert result.labels == ["nodule"]  # pleural_effusion has no positive training target here: not learnable
    test = result.metrics["test"]["nodule"]
    assert test["auroc"] >= 0.9, test
    lo, hi = test["auroc_ci"]
    assert lo <= test["auroc"] <= hi
    assert test["n"] > 0 and 0 < test["positives"] < test["n"]

    # checkpoint with provenance
    from safetensors import safe_open

    assert result.checkpoint is not None and result.model_dir is not None
    with safe_open(str(result.checkpoint), framework="pt") as f:
        meta = f.metadata()
        assert any(k.startswith("head.") for k in f.keys())  # noqa: SIM118 - safe_open has no __iter__
    assert meta["release_id"] == rel.release_id
    assert meta["manifest_sha256"] == hashlib.sha256((rel.path / "release.json").read_bytes()).hexdigest()
    assert meta["labeler_hash"] == labeler_hash()
    assert meta["config_sha256"] == cfg.sha256()
    assert len(meta["git_commit"]) in (40, 64) or meta["git_commit"] == "unknown"
    assert json.loads(meta["labels"]) == ["nodule"]

    # patient-level split: every subject in exactly one split
    subjects = json.loads((result.model_dir / "subjects.json").read_text())
    sets = [set(subjects[k]) for k in ("train", "val", "test")]
    assert not (sets[0] & sets[1]) and not (sets[0] & sets[2]) and not (sets[1] & sets[2])
    assert set().union(*sets) == set(rel.subjects)

    # model card and registry
    card = (result.model_dir / "model_card.md").read_text()
    assert rel.release_id in card and meta["manifest_sha256"] in card and "AUROC" in card
    assert f"{test['auroc']:.3f}" in card
    lines = [json.loads(x) for x in (out / REGISTRY).read_text().splitlines()]
    assert len(lines) == 1
    assert lines[0]["model_id"] == result.model_id
    assert lines[0]["release_id"] == rel.release_id
    assert (out / lines[0]["checkpoint"]).is_file()


@pytest.mark.slow
def test_same_seed_same_weights(tmp_path: Path) -> None:
    rel = write_release(tmp_path / "releases", subjects=20, images_per_subject=2, size=16, with_dicom=False)
    cfg = TrainConfig(trusted_keys=[rel.public_key_hex], epochs=2, threads=1, bootstrap=0, width=4, batch_size=8)
    from safetensors.torch import load_file

    a = train(rel.path, cfg, tmp_path / "a", log=lambda _s: None)
    b = train(rel.path, cfg, tmp_path / "b", log=lambda _s: None)
    assert a.checkpoint is not None and b.checkpoint is not None
    wa, wb = load_file(str(a.checkpoint)), load_file(str(b.checkpoint))
    assert wa.keys() == wb.keys()
    assert all(bool((wa[k] == wb[k]).all()) for k in wa)
    c = train(rel.path, cfg.model_copy(update={"seed": 1}), tmp_path / "c", log=lambda _s: None)
    assert c.checkpoint is not None
    wc = load_file(str(c.checkpoint))
    assert not all(bool((wa[k] == wc[k]).all()) for k in wa)


def _cli(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SEKISHO_MODE": "dev"}
    if home is not None:
        env["SEKISHO_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "gateway.cli.main", "train", *args], cwd=ROOT, capture_output=True, text=True, env=env
    )


@pytest.mark.slow
def test_cli_trains_and_refuses_a_withdrawn_release(tmp_path: Path) -> None:
    home = tmp_path / "home"
    rel = write_release(home / "releases", subjects=20, images_per_subject=2, size=16, with_dicom=False)
    config = tmp_path / "train.yaml"
    config.write_text(f"trusted_keys: ['{rel.public_key_hex}']\nepochs: 1\nthreads: 1\nbootstrap: 10\nwidth: 4\n")
    out = tmp_path / "models"
    ok = _cli("--release", rel.release_id, "--config", str(config), "--out", str(out), home=home)  # id under HOME
    assert ok.returncode == 0, ok.stderr
    summary = json.loads(ok.stdout.strip().splitlines()[-1])
    assert (Path(summary["checkpoint"])).is_file()
    assert len((out / REGISTRY).read_text().splitlines()) == 1

    write_status(rel, withdrawn_subjects=[rel.subjects[0]])
    refused = _cli("--release", str(rel.path), "--config", str(config), "--out", str(out))
    assert refused.returncode == 3
    assert "withdrawn" in refused.stderr
    assert rel.subjects[0] not in refused.stderr + refused.stdout
    assert len((out / REGISTRY).read_text().splitlines()) == 1  # nothing trained, nothing recorded

    bad = tmp_path / "bad.yaml"
    bad.write_text("trusted_keys: ['00']\n")
    assert _cli("--release", str(rel.path), "--config", str(bad)).returncode == 2
