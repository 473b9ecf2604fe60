"""Scores of the teacher labeller against labelled reports: per finding and per class (positive / negative /
uncertain) precision, recall and F1, plus micro averages per class and overall.

Unit of scoring: one (report, finding) pair. For class ``c`` of finding ``f``: TP when truth and prediction are
both ``c``; FP when the prediction is ``c`` and the truth is anything else (another class or absent); FN when the
truth is ``c`` and the prediction is anything else. Exact-match accuracy counts reports whose whole label dict is
right.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.labels.extract import POLARITIES, Polarity, default_labeler


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if (p is None and r is None) else 0.0
        return 2 * p * r / (p + r)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def as_dict(self) -> dict[str, Any]:
        def rnd(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
            "precision": rnd(self.precision),
            "recall": rnd(self.recall),
            "f1": rnd(self.f1),
        }


@dataclass
class Evaluation:
    reports: int = 0
    exact: int = 0
    per: dict[str, dict[str, Counts]] = field(default_factory=dict)  # code -> class -> counts
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, rid: str, truth: Mapping[str, str], pred: Mapping[str, str], codes: Iterable[str]) -> None:
        self.reports += 1
        if dict(truth) == dict(pred):
            self.exact += 1
        elif len(self.errors) < 200:
            self.errors.append({"id": rid, "truth": dict(truth), "predicted": dict(pred)})
        for code in codes:
            t, p = truth.get(code), pred.get(code)
            by_class = self.per.setdefault(code, {c: Counts() for c in POLARITIES})
            for cls in POLARITIES:
                cnt = by_class[cls]
                if p == cls and t == cls:
                    cnt.tp += 1
                elif p == cls:
                    cnt.fp += 1
                elif t == cls:
                    cnt.fn += 1

    def micro(self, cls: str | None = None) -> Counts:
        total = Counts()
        for by_class in self.per.values():
            for c, cnt in by_class.items():
                if cls is None or c == cls:
                    total.tp += cnt.tp
                    total.fp += cnt.fp
                    total.fn += cnt.fn
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "reports": self.reports,
            "exact_match": round(self.exact / self.reports, 4) if self.reports else None,
            "micro": self.micro().as_dict(),
            "per_class": {c: self.micro(c).as_dict() for c in POLARITIES},
            "per_finding": {
                code: {c: cnt.as_dict() for c, cnt in by_class.items()} for code, by_class in sorted(self.per.items())
            },
        }

    def table(self) -> str:
        def fmt(x: float | None) -> str:
            return "   -  " if x is None else f"{x:6.3f}"

        lines = [f"{'finding':18} {'class':10} {'supp':>5} {'prec':>6} {'rec':>6} {'f1':>6}"]
        for code, by_class in sorted(self.per.items()):
            for cls, cnt in by_class.items():
                if cnt.support or cnt.fp:
                    lines.append(
                        f"{code:18} {cls:10} {cnt.support:5d} {fmt(cnt.precision)} {fmt(cnt.recall)} {fmt(cnt.f1)}"
                    )
        for cls in POLARITIES:
            cnt = self.micro(cls)
            lines.append(
                f"{'ALL (micro)':18} {cls:10} {cnt.support:5d} {fmt(cnt.precision)} {fmt(cnt.recall)} {fmt(cnt.f1)}"
            )
        cnt = self.micro()
        lines.append(
            f"{'ALL (micro)':18} {'any':10} {cnt.support:5d} {fmt(cnt.precision)} {fmt(cnt.recall)} {fmt(cnt.f1)}"
        )
        ex = self.exact / self.reports if self.reports else 0.0
        lines.append(f"reports: {self.reports}, exact match: {ex:.3f}")
        return "\n".join(lines)


def evaluate(items: Iterable[tuple[str, str, Mapping[str, str]]]) -> Evaluation:
    """Score the bundled labeller on ``(id, text, truth_labels)`` triples."""
    lab = default_labeler()
    ev = Evaluation()
    for rid, text, truth in items:
        unknown = set(truth) - set(lab.codes)
        if unknown:
            raise ValueError(f"truth of {rid} has unknown finding codes: {sorted(unknown)}")
        bad = {v for v in truth.values() if v not in POLARITIES}
        if bad:
            raise ValueError(f"truth of {rid} has unknown classes: {sorted(bad)}")
        pred: dict[str, Polarity] = lab.extract(text)
        ev.add(rid, truth, pred, lab.codes)
    return ev


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError(f"{path.name}:{n}: not a JSON object")
                out.append(obj)
    return out


def load_truth(truth: Path, records: Path | None = None) -> list[tuple[str, str, dict[str, str]]]:
    """Labelled reports from JSON lines. Each truth line has ``id`` (or ``record_id``) and ``labels``; the text is
    its ``text`` field, or the ``text`` of the record with that id in ``records`` (``sekisho synth``'s
    ``labels_truth.jsonl`` with ``records/records.jsonl``; a synth directory may be given as ``truth``)."""
    if truth.is_dir():
        records = records or truth / "records" / "records.jsonl"
        truth = truth / "labels_truth.jsonl"
    texts: dict[str, str] = {}
    if records is not None:
        for rec in _read_jsonl(records):
            rid = rec.get("record_id", rec.get("id"))
            if isinstance(rid, str) and isinstance(rec.get("text"), str):
                texts[rid] = rec["text"]
    out: list[tuple[str, str, dict[str, str]]] = []
    for n, obj in enumerate(_read_jsonl(truth), 1):
        rid = obj.get("id", obj.get("record_id"))
        if not isinstance(rid, str):
            raise ValueError(f"{truth.name}:{n}: missing id")
        text = obj.get("text", texts.get(rid))
        if not isinstance(text, str):
            raise ValueError(f"{truth.name}:{n}: no text for this id (give --records)")
        labels = obj.get("labels")
        if not isinstance(labels, dict):
            raise ValueError(f"{truth.name}:{n}: labels must be an object")
        out.append((rid, text, {str(k): str(v) for k, v in labels.items()}))
    return out
