"""Labeller evaluation: per-finding, per-class counts and scores; the eval CLI on the hand-labelled set; and the
synthetic hospital's labels_truth.jsonl (gateway.synth) scored end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_labels_extract import LABELLED
from trainer.labels.evaluate import Evaluation, evaluate, load_truth

ROOT = Path(__file__).resolve().parents[2]


def test_counts_per_finding_and_class() -> None:
    ev = Evaluation()
    codes = ["nodule", "pneumonia", "ascites"]
    ev.add(
        "a", {"nodule": "positive", "pneumonia": "negative"}, {"nodule": "positive", "pneumonia": "uncertain"}, codes
    )
    ev.add("b", {"nodule": "negative"}, {"nodule": "negative", "ascites": "positive"}, codes)
    ev.add("c", {"pneumonia": "uncertain"}, {}, codes)
    nod = ev.per["nodule"]
    assert (nod["positive"].tp, nod["positive"].fp, nod["positive"].fn) == (1, 0, 0)
    assert (nod["negative"].tp, nod["negative"].fp, nod["negative"].fn) == (1, 0, 0)
    pn = ev.per["pneumonia"]
    assert (pn["negative"].tp, pn["negative"].fn) == (0, 1)
    assert (pn["uncertain"].tp, pn["uncertain"].fp, pn["uncertain"].fn) == (0, 1, 1)
    assert ev.per["ascites"]["positive"].fp == 1
    assert ev.exact == 0 and ev.reports == 3
    micro = ev.micro()
    assert (micro.tp, micro.fp, micro.fn) == (2, 2, 2)
    assert micro.precision == 0.5 and micro.recall == 0.5 and micro.f1 == 0.5
    assert ev.per["ascites"]["positive"].precision == 0.0
    assert ev.per["ascites"]["negative"].precision is None  # nothing predicted, nothing true


def test_eval_rejects_unknown_codes_and_classes() -> None:
    with pytest.raises(ValueError, match="unknown finding"):
        evaluate([("x", "結節あり", {"tumour": "positive"})])
    with pytest.raises(ValueError, match="unknown classes"):
        evaluate([("x", "結節あり", {"nodule": "yes"})])


def test_cli_eval_on_the_hand_labelled_set(tmp_path: Path) -> None:
    truth = tmp_path / "truth.jsonl"
    lines = [{"id": f"s{i:02d}", "text": t, "labels": lab} for i, (t, lab) in enumerate(LABELLED)]
    lines.append({"id": "wrong", "text": "胸水なし。", "labels": {"pleural_effusion": "positive"}})  # a known miss
    truth.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    scores = tmp_path / "scores.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "gateway.cli.main",
            "labels",
            "eval",
            "--truth",
            str(truth),
            "--json",
            str(scores),
            "--errors",
            "5",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "pleural_effusion" in proc.stdout and "ALL (micro)" in proc.stdout
    doc = json.loads(scores.read_text())
    assert doc["reports"] == len(LABELLED) + 1
    pe = doc["per_finding"]["pleural_effusion"]
    assert pe["positive"]["fn"] == 1 and pe["negative"]["fp"] == 1
    assert doc["exact_match"] == pytest.approx(len(LABELLED) / (len(LABELLED) + 1), abs=1e-4)
    assert '"id": "wrong"' in proc.stdout


@pytest.mark.slow
def test_synth_hospital_labels_truth(tmp_path: Path) -> None:
    synth = pytest.importorskip("gateway.synth")
    out = tmp_path / "hospital"
    synth.generate(out, patients=25, seed=11, studies_per_patient=2, modalities=("CT", "CR", "MR"))
    items = load_truth(out)
    assert len(items) >= 40
    ev = evaluate(items)
    micro = ev.micro()
    assert micro.f1 is not None and micro.f1 >= 0.97, ev.table()
    for cls in ("positive", "negative", "uncertain"):
        c = ev.micro(cls)
        assert c.support > 0
        assert c.f1 is not None and c.f1 >= 0.9, ev.table()
