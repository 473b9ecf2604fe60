"""Trainer-ready data from a verified release: memory-mapped uint8 images (``data/arrays``), teacher labels as
targets with masks, and patient-level splits (every image of a subject falls in one split). No DICOM decoding."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from numpy.typing import NDArray
from torch.utils.data import Dataset

from trainer.config import UncertainPolicy
from trainer.release import VerifiedRelease


@dataclass(frozen=True)
class Splits:
    train: NDArray[np.int64]
    val: NDArray[np.int64]
    test: NDArray[np.int64]
    subjects: dict[str, list[str]]


def split_by_subject(subjects: Sequence[str], fractions: tuple[float, float, float], seed: int) -> Splits:
    """Row indices per split. Subjects are ordered by a seeded hash (stable under row order and added subjects)
    and cut by the fractions; each split gets at least one subject when there are three or more."""
    unique = sorted(set(subjects))
    if len(unique) < 3:
        raise ValueError("patient-level splits need at least three subjects")
    order = sorted(unique, key=lambda s: hashlib.sha256(f"{seed}:{s}".encode()).hexdigest())
    n = len(order)
    n_train = max(1, round(fractions[0] * n))
    n_val = max(1, round(fractions[1] * n))
    n_train = min(n_train, n - 2)
    n_val = min(n_val, n - n_train - 1)
    parts = {"train": order[:n_train], "val": order[n_train : n_train + n_val], "test": order[n_train + n_val :]}
    which = {s: k for k, ss in parts.items() for s in ss}
    rows = {k: np.array([i for i, s in enumerate(subjects) if which[s] == k], dtype=np.int64) for k in parts}
    return Splits(rows["train"], rows["val"], rows["test"], {k: sorted(v) for k, v in parts.items()})


def encode_labels(
    rows: Sequence[dict[str, Any]], codes: Sequence[str], uncertain: UncertainPolicy
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Targets and masks ``[N, L]``: positive 1, negative 0, uncertain per policy, absent masked out."""
    y = np.zeros((len(rows), len(codes)), np.float32)
    m = np.zeros((len(rows), len(codes)), np.float32)
    for i, row in enumerate(rows):
        labels = row.get("labels") or {}
        for j, code in enumerate(codes):
            v = labels.get(code)
            if v == "positive" or (v == "uncertain" and uncertain is UncertainPolicy.positive):
                y[i, j], m[i, j] = 1.0, 1.0
            elif v == "negative" or (v == "uncertain" and uncertain is UncertainPolicy.negative):
                m[i, j] = 1.0
    return y, m


def usable_codes(
    rows: Sequence[dict[str, Any]], train: NDArray[np.int64], candidates: Sequence[str], uncertain: UncertainPolicy
) -> list[str]:
    """Codes with at least one positive and one negative training target."""
    y, m = encode_labels([rows[int(i)] for i in train], candidates, uncertain)
    keep = ((y * m).sum(0) > 0) & (((1 - y) * m).sum(0) > 0)
    return [c for c, k in zip(candidates, keep, strict=True) if k]


class ReleaseImages(Dataset[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]):
    """Rows of ``arrays/images.u8`` (memory-mapped, read-only) with targets and masks."""

    def __init__(
        self,
        release: VerifiedRelease,
        indices: NDArray[np.int64],
        targets: NDArray[np.float32],
        masks: NDArray[np.float32],
        *,
        augment: bool = False,
        seed: int = 0,
    ) -> None:
        self.path = release.images_path
        self.shape = release.shape
        self.indices = indices
        self.targets = targets
        self.masks = masks
        self.augment = augment
        self.seed = seed
        self.epoch = 0
        self._mm: np.memmap[Any, np.dtype[np.uint8]] | None = None

    def _images(self) -> np.memmap[Any, np.dtype[np.uint8]]:
        if self._mm is None:  # opened lazily so that DataLoader workers each map the file themselves
            self._mm = np.memmap(self.path, dtype=np.uint8, mode="r", shape=self.shape)
        return self._mm

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_mm"] = None
        return state

    def __len__(self) -> int:
        return len(self.indices)

    def __getitem__(self, i: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        row = int(self.indices[i])
        img = np.array(self._images()[row], dtype=np.float32) / 255.0
        if self.augment:  # flips only: a deterministic function of (seed, epoch, row)
            r = np.random.default_rng((self.seed, self.epoch, row))
            if r.random() < 0.5:
                img = img[:, ::-1]
            if r.random() < 0.5:
                img = img[::-1, :]
            img = np.ascontiguousarray(img)
        return torch.from_numpy(img)[None], torch.from_numpy(self.targets[row]), torch.from_numpy(self.masks[row])
