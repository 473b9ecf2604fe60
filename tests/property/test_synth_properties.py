"""Properties of the synthetic hospital over many seeds: exact record offsets, labels backed by the text."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.synth import generate
from gateway.synth.findings import TERMS
from gateway.synth.jtext import DATE_STYLES, era_of, format_date
from gateway.synth.romaji import _BASE, kana_to_romaji


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31 - 1))
def test_any_seed_gives_exact_offsets_and_supported_labels(seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "h"
        generate(out, patients=2, seed=seed, studies_per_patient=2, modalities=("CT", "US", "MR"), slices=1)
        records = {
            r["record_id"]: r
            for r in map(json.loads, (out / "records" / "records.jsonl").read_text(encoding="utf-8").splitlines())
        }
        for line in (out / "answer_key.jsonl").read_text(encoding="utf-8").splitlines():
            key = json.loads(line)
            if key["kind"] != "record":
                continue
            rec = records[key["record_id"]]
            field = key["field"]
            value = rec["text"] if field == "text" else rec[field] if field in rec else rec["fields"][field]
            assert str(value)[key["start"] : key["end"]] == key["value"]
        for line in (out / "labels_truth.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = records[row["record_id"]]["text"]
            for code in row["labels"]:
                assert any(term in text for term in TERMS[code])


@given(st.text(alphabet=sorted(_BASE), min_size=1, max_size=12))
def test_romaji_is_lowercase_ascii(kana: str) -> None:
    for style in ("passport", "wapuro"):
        r = kana_to_romaji(kana, style)
        assert r.isascii() and r == r.lower() and r.isalpha()


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)), st.sampled_from(DATE_STYLES))
def test_every_date_style_mentions_the_day(day: date, style: str) -> None:
    text = format_date(day, style)
    assert text
    era, letter, year = era_of(day)
    assert year >= 1
    if style.startswith("era"):
        assert era in text or text.startswith(letter)
