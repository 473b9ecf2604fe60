"""AUROC and AUPRC (average precision) per label with percentile bootstrap intervals, in numpy."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
from numpy.typing import NDArray


def _rankdata(x: NDArray[np.float64]) -> NDArray[np.float64]:
    """Average ranks (1-based), ties share their mean rank."""
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    ranks = np.empty(len(x), dtype=np.float64)
    boundaries = np.flatnonzero(np.diff(xs)) + 1
    starts = np.concatenate([[0], boundaries])
    ends = np.concatenate([boundaries, [len(x)]])
    for s, e in zip(starts, ends, strict=True):
        ranks[order[s:e]] = (s + e + 1) / 2.0
    return ranks


def auroc(y: NDArray[np.float64], score: NDArray[np.float64]) -> float | None:
    """Area under the ROC curve (Mann-Whitney U); None unless both classes occur."""
    yb = np.asarray(y, dtype=bool)
    n_pos, n_neg = int(yb.sum()), int((~yb).sum())
    if n_pos == 0 or n_neg == 0:
        return None
    r = _rankdata(np.asarray(score, dtype=np.float64))
    return float((r[yb].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def auprc(y: NDArray[np.float64], score: NDArray[np.float64]) -> float | None:
    """Average precision: sum over thresholds of (recall step) x precision; None without positives."""
    yb = np.asarray(y, dtype=bool)
    n_pos = int(yb.sum())
    if n_pos == 0 or n_pos == len(yb):
        return None if n_pos == 0 else 1.0
    order = np.argsort(-np.asarray(score, dtype=np.float64), kind="mergesort")
    s, yy = np.asarray(score)[order], yb[order]
    tp = np.cumsum(yy)
    fp = np.cumsum(~yy)
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # last index of each distinct score
    tp, fp = tp[last], fp[last]
    precision = tp / (tp + fp)
    recall = tp / n_pos
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


@dataclass(frozen=True)
class LabelMetrics:
    n: int
    positives: int
    auroc: float | None
    auroc_ci: tuple[float, float] | None
    auprc: float | None
    auprc_ci: tuple[float, float] | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def bootstrap_metrics(
    y: NDArray[np.float64],
    score: NDArray[np.float64],
    *,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 0,
    groups: NDArray[np.int64] | None = None,
) -> LabelMetrics:
    """AUROC and AUPRC with percentile bootstrap intervals; draws with one class are skipped. With ``groups``
    (e.g. subject numbers) whole groups are resampled (cluster bootstrap), since images of a subject correlate."""
    y = np.asarray(y, dtype=np.float64)
    score = np.asarray(score, dtype=np.float64)
    a, p = auroc(y, score), auprc(y, score)
    a_ci = p_ci = None
    if n_boot > 0 and a is not None:
        rng = np.random.default_rng(seed)
        n = len(y)
        members: list[NDArray[np.int64]] | None = None
        if groups is not None:
            _, inverse = np.unique(np.asarray(groups), return_inverse=True)
            members = [np.flatnonzero(inverse == g) for g in range(int(inverse.max()) + 1)]
        aucs: list[float] = []
        aps: list[float] = []
        for _ in range(n_boot):
            if members is None:
                idx = rng.integers(0, n, n)
            else:
                idx = np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])
            yb = y[idx]
            if yb.min() == yb.max():
                continue
            sb = score[idx]
            aucs.append(auroc(yb, sb) or 0.0)
            aps.append(auprc(yb, sb) or 0.0)
        if aucs:
            lo, hi = (1 - ci) / 2 * 100, (1 + ci) / 2 * 100
            a_ci = (float(np.percentile(aucs, lo)), float(np.percentile(aucs, hi)))
            p_ci = (float(np.percentile(aps, lo)), float(np.percentile(aps, hi)))
    return LabelMetrics(len(y), int(y.sum()), a, a_ci, p, p_ci)
