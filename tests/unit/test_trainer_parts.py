"""Trainer parts: metrics against brute force, masked loss, label encoding per uncertain policy, patient-level
splits, model families, config validation."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.config import TrainConfig, UncertainPolicy
from trainer.data import encode_labels, split_by_subject, usable_codes
from trainer.metrics import auprc, auroc, bootstrap_metrics
from trainer.models import build_model
from trainer.train import masked_bce

KEY = "ab" * 32


def _auroc_pairs(y: np.ndarray, s: np.ndarray) -> float:
    pos, neg = s[y == 1], s[y == 0]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p, n in itertools.product(pos, neg))
    return wins / (len(pos) * len(neg))


def _ap_brute(y: np.ndarray, s: np.ndarray) -> float:
    total, prev_recall = 0.0, 0.0
    for t in sorted(set(s.tolist()), reverse=True):
        pred = s >= t
        tp = float((pred & (y == 1)).sum())
        precision, recall = tp / pred.sum(), tp / (y == 1).sum()
        total += (recall - prev_recall) * precision
        prev_recall = recall
    return total


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1), st.integers(0, 6)), min_size=2, max_size=30))
def test_auroc_and_ap_match_brute_force(pairs: list[tuple[int, int]]) -> None:
    y = np.array([p[0] for p in pairs], float)
    s = np.array([p[1] for p in pairs], float)
    if y.min() == y.max():
        assert auroc(y, s) is None
        return
    assert auroc(y, s) == pytest.approx(_auroc_pairs(y, s))
    assert auprc(y, s) == pytest.approx(_ap_brute(y, s))


def test_metric_edge_cases_and_bootstrap_interval() -> None:
    y = np.array([0, 0, 1, 1], float)
    assert auroc(y, np.array([0.1, 0.2, 0.8, 0.9])) == 1.0
    assert auroc(y, np.array([0.9, 0.8, 0.2, 0.1])) == 0.0
    assert auroc(y, np.array([0.5, 0.5, 0.5, 0.5])) == 0.5
    assert auprc(np.zeros(3), np.arange(3.0)) is None
    rng = np.random.default_rng(0)
    yy = rng.integers(0, 2, 200).astype(float)
    ss = yy * 0.6 + rng.random(200)
    m = bootstrap_metrics(yy, ss, n_boot=300, seed=1)
    assert m.auroc is not None and m.auroc_ci is not None and m.auprc_ci is not None
    assert m.auroc_ci[0] < m.auroc < m.auroc_ci[1]
    assert 0.0 < m.auroc_ci[1] - m.auroc_ci[0] < 0.3
    assert bootstrap_metrics(yy, ss, n_boot=300, seed=1) == m  # seeded


def test_masked_bce_ignores_masked_entries() -> None:
    logits = torch.tensor([[3.0, -2.0], [0.5, 9.0]])
    target = torch.tensor([[1.0, 0.0], [0.0, 0.0]])
    mask = torch.tensor([[1.0, 1.0], [1.0, 0.0]])
    full = torch.nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none")
    expected = (full[0, 0] + full[0, 1] + full[1, 0]) / 3
    assert masked_bce(logits, target, mask).item() == pytest.approx(expected.item())
    changed = logits.clone()
    changed[1, 1] = -50.0  # a masked entry does not move the loss
    assert masked_bce(changed, target, mask).item() == pytest.approx(expected.item())
    assert masked_bce(logits, target, torch.zeros_like(mask)).item() == 0.0


@pytest.mark.parametrize(
    ("policy", "target", "mask"),
    [(UncertainPolicy.ignore, 0.0, 0.0), (UncertainPolicy.positive, 1.0, 1.0), (UncertainPolicy.negative, 0.0, 1.0)],
)
def test_uncertain_policy(policy: UncertainPolicy, target: float, mask: float) -> None:
    rows = [
        {"labels": {"nodule": "positive", "mass": "uncertain"}},
        {"labels": {"nodule": "negative"}},
        {"labels": {}},
    ]
    y, m = encode_labels(rows, ["nodule", "mass"], policy)
    assert y[:, 0].tolist() == [1.0, 0.0, 0.0] and m[:, 0].tolist() == [1.0, 1.0, 0.0]  # absent -> masked
    assert (y[0, 1], m[0, 1]) == (target, mask)
    assert m[1, 1] == 0.0 and m[2, 1] == 0.0
    codes = usable_codes(rows, np.arange(3), ["nodule", "mass"], policy)
    assert codes == ["nodule"]


def test_patient_level_split_keeps_subjects_together() -> None:
    subjects = [f"S{i % 23:02d}" for i in range(200)]
    sp = split_by_subject(subjects, (0.6, 0.2, 0.2), seed=5)
    parts = {k: {subjects[i] for i in getattr(sp, k)} for k in ("train", "val", "test")}
    assert not (parts["train"] & parts["val"]) and not (parts["train"] & parts["test"])
    assert not (parts["val"] & parts["test"])
    assert sorted(np.concatenate([sp.train, sp.val, sp.test]).tolist()) == list(range(200))
    assert abs(len(parts["train"]) - 14) <= 1
    again = split_by_subject(list(reversed(subjects)), (0.6, 0.2, 0.2), seed=5)
    assert again.subjects == sp.subjects  # independent of row order
    assert split_by_subject(subjects, (0.6, 0.2, 0.2), seed=6).subjects != sp.subjects
    with pytest.raises(ValueError, match="three subjects"):
        split_by_subject(["a", "b", "a"], (0.6, 0.2, 0.2), seed=0)


@pytest.mark.parametrize(
    ("name", "size"),
    [("resnet_small", 32), ("densenet_small", 32), ("resnet18", 64), ("resnet50", 64), ("densenet121", 64)],
)
def test_model_families_give_one_logit_per_label(name: str, size: int) -> None:
    torch.manual_seed(0)
    model = build_model(name, 3, width=8, image_size=size).eval()
    with torch.no_grad():
        out = model(torch.rand(2, 1, size, size))
    assert out.shape == (2, 3)
    assert torch.isfinite(out).all()
    with pytest.raises(ValueError):
        build_model("vgg", 1)


def test_config_validation_and_hash(tmp_path: Path) -> None:
    from pydantic import ValidationError

    cfg = TrainConfig(trusted_keys=[KEY.upper()])
    assert cfg.trusted_keys == [KEY]
    assert cfg.sha256() == TrainConfig(trusted_keys=[KEY]).sha256()
    assert cfg.sha256() != TrainConfig(trusted_keys=[KEY], seed=1).sha256()
    for bad in ({"trusted_keys": []}, {"trusted_keys": ["00"]}, {"trusted_keys": [KEY], "split": [0.5, 0.5, 0.0]},
                {"trusted_keys": [KEY], "unknown": 1}, {"trusted_keys": [KEY], "uncertain": "maybe"}):  # fmt: skip
        with pytest.raises(ValidationError):
            TrainConfig.model_validate(bad)
    path = tmp_path / "c.yaml"
    path.write_text(f"trusted_keys: ['{KEY}']\nuncertain: positive\nmodel: densenet_small\n")
    loaded = TrainConfig.load(path)
    assert loaded.uncertain is UncertainPolicy.positive and loaded.model == "densenet_small"


def test_cluster_bootstrap_is_wider_than_image_bootstrap_for_correlated_images() -> None:
    rng = np.random.default_rng(2)
    subj = np.repeat(np.arange(30), 8)  # 8 near-identical images per subject
    y = np.repeat(rng.integers(0, 2, 30), 8).astype(float)
    s = np.repeat(y[::8] * 0.5 + rng.random(30), 8) + rng.normal(0, 0.01, 240)
    by_image = bootstrap_metrics(y, s, n_boot=400, seed=0)
    by_subject = bootstrap_metrics(y, s, n_boot=400, seed=0, groups=subj)
    assert by_image.auroc == by_subject.auroc
    assert by_image.auroc_ci is not None and by_subject.auroc_ci is not None
    width = lambda c: c[1] - c[0]  # noqa: E731
    assert width(by_subject.auroc_ci) > 1.5 * width(by_image.auroc_ci)
