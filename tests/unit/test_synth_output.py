"""The synthetic hospital: determinism, parseable DICOM, exact answer key, PN groups per charset, label truth."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jaconv
import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset

from gateway.synth import OutputNotEmptyError, generate
from gateway.synth.findings import FINDING_CODES, TERMS
from policies.identifiers import KnownIdentifiers

PATIENTS = 14


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "h"
    generate(out, patients=PATIENTS, seed=11, studies_per_patient=3)
    return out


@pytest.fixture(scope="module")
def datasets(hospital: Path) -> dict[str, Dataset]:
    return {str(p.relative_to(hospital)): pydicom.dcmread(p) for p in sorted((hospital / "dicom").rglob("*.dcm"))}


def test_layout_and_summary(hospital: Path, datasets: dict[str, Dataset]) -> None:
    for name in ("records/records.jsonl", "answer_key.jsonl", "labels_truth.jsonl", "patients.jsonl", "summary.json"):
        assert (hospital / name).is_file(), name
    summary = json.loads((hospital / "summary.json").read_text(encoding="utf-8"))
    assert summary["patients"] == PATIENTS
    assert summary["dicom_files"] == len(datasets)
    assert summary["records"] == len(_read_jsonl(hospital / "records" / "records.jsonl"))
    # folder names carry no identifiers: opaque hex only
    for rel in datasets:
        assert re.fullmatch(r"dicom/[0-9a-f]{16}/\d{2}/\d{4}\.dcm", rel), rel


def test_same_seed_gives_identical_bytes_and_another_seed_differs(tmp_path: Path) -> None:
    generate(tmp_path / "a", patients=4, seed=5)
    generate(tmp_path / "b", patients=4, seed=5)
    generate(tmp_path / "c", patients=4, seed=6)
    a, b, c = (_tree_digest(tmp_path / x) for x in "abc")
    assert a == b
    assert a != c


def test_refuses_a_non_empty_output(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputNotEmptyError):
        generate(tmp_path, patients=1)
    assert (tmp_path / "x").read_text(encoding="utf-8") == "keep me"


def test_every_file_parses_with_pixels(datasets: dict[str, Dataset]) -> None:
    modalities = set()
    for rel, ds in datasets.items():
        modalities.add(str(ds.Modality))
        assert ds.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian, rel
        if ds.Modality != "SR":
            arr = ds.pixel_array
            assert arr.shape[-2:] == (ds.Rows, ds.Columns)
    assert {"CT", "MR", "US", "SR"} <= modalities


def test_patients_roster_has_known_identifiers_and_opt_outs(hospital: Path) -> None:
    rows = _read_jsonl(hospital / "patients.jsonl")
    assert len(rows) == PATIENTS
    ids = [r["patient_id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for r in rows:
        known = KnownIdentifiers.model_validate(r["known"])
        assert r["patient_id"] in known.ids
        assert {st["accession"] for st in r["studies"]} <= set(known.ids)
        assert 8 <= len(r["patient_id"]) <= 10 and r["patient_id"].isdigit()
        assert known.names[0].family == r["name"]["kanji"].split(" ")[0]
        if r["opt_out"]:
            assert r["opt_out"]["kind"] in ("blanket", "study", "stop_use")


def test_opt_outs_and_old_patients_occur_in_a_larger_roster(tmp_path: Path) -> None:
    generate(tmp_path / "h", patients=60, seed=2, studies_per_patient=0)
    rows = _read_jsonl(tmp_path / "h" / "patients.jsonl")
    assert any(r["opt_out"] for r in rows)
    assert any(r["agent"] for r in rows)
    assert any(r["birth_date"] <= "1935-03-31" for r in rows)  # >= 90 years old on the reference date


def _record_value(rec: dict[str, Any], field: str) -> str:
    if field == "text":
        return str(rec["text"])
    if field in rec and field != "fields":
        return str(rec[field])
    return str(rec["fields"][field])


def _resolve(ds: Dataset, tag_path: str) -> Any:
    node: Any = ds
    for part in tag_path.split("/"):
        m = re.fullmatch(r"\(([0-9A-F]{4}),([0-9A-F]{4})\)(?:\[(\d+)\])?", part)
        assert m, tag_path
        elem = node[int(m.group(1) + m.group(2), 16)]
        node = elem.value[int(m.group(3))] if m.group(3) is not None else elem
    return node


def test_record_offsets_point_at_planted_values(hospital: Path) -> None:
    records = {r["record_id"]: r for r in _read_jsonl(hospital / "records" / "records.jsonl")}
    keys = [k for k in _read_jsonl(hospital / "answer_key.jsonl") if k["kind"] == "record"]
    types = set()
    for k in keys:
        value = _record_value(records[k["record_id"]], k["field"])
        assert value[k["start"] : k["end"]] == k["value"], k
        types.add(k["entity_type"])
    assert {
        "PERSON",
        "STAFF",
        "PATIENT_ID",
        "ACCESSION",
        "DATE",
        "BIRTH_DATE",
        "AGE",
        "PHONE",
        "ADDRESS",
        "POSTAL_CODE",
        "HOSPITAL",
        "WARD",
        "EMAIL",
    } <= types


def test_record_texts_are_well_formed(hospital: Path) -> None:
    for rec in _read_jsonl(hospital / "records" / "records.jsonl"):
        text = rec["text"]
        for left, right in (("（", "）"), ("【", "】"), ("＜", "＞")):
            assert text.count(left) == text.count(right), text
        assert "{" not in text and "<NODULE>" not in text, text
        assert len(rec["date"]) == 10 and rec["kind"] in (
            "report",
            "pathology",
            "lab",
            "physiology",
            "surgery",
            "diagnosis",
            "medication",
        )


def test_records_carry_the_patients_known_identifiers(hospital: Path) -> None:
    roster = {r["patient_id"]: r["known"] for r in _read_jsonl(hospital / "patients.jsonl")}
    records = _read_jsonl(hospital / "records" / "records.jsonl")
    assert {r["kind"] for r in records} >= {"report", "lab", "medication", "diagnosis"}
    for rec in records:
        assert rec["known"] == roster[rec["patient_id"]]


def test_dicom_keys_point_at_planted_values(hospital: Path, datasets: dict[str, Dataset]) -> None:
    keys = [k for k in _read_jsonl(hospital / "answer_key.jsonl") if k["kind"] == "dicom"]
    assert keys
    nested = private = 0
    for k in keys:
        elem = _resolve(datasets[k["file"]], k["tag_path"])
        raw = elem.value
        text = raw.decode("latin-1") if isinstance(raw, bytes) else str(raw)
        assert k["value"] in text, k
        if "/" in k["tag_path"]:
            nested += 1
        if "private_creator" in k:
            private += 1
            group, element = int(k["tag_path"][1:5], 16), int(k["tag_path"][6:10], 16)
            creator = datasets[k["file"]][group, element >> 8].value
            assert creator == k["private_creator"]
    assert nested and private


def test_pixel_keys_box_burned_text(hospital: Path, datasets: dict[str, Dataset]) -> None:
    keys = [k for k in _read_jsonl(hospital / "answer_key.jsonl") if k["kind"] == "pixel"]
    assert keys, "no burned-in text"
    modalities: set[str] = set()
    for k in keys:
        ds = datasets[k["file"]]
        assert ds.BurnedInAnnotation == "YES"
        x0, y0, x1, y1 = k["bbox"]
        assert 0 <= x0 < x1 <= ds.Columns and 0 <= y0 < y1 <= ds.Rows
        arr = ds.pixel_array
        if int(getattr(ds, "NumberOfFrames", 1)) > 1:
            arr = arr[k["frame"]]
        else:
            assert k["frame"] == 0
        white = 255 if ds.BitsAllocated == 8 else 4095
        assert arr[y0:y1, x0:x1].max() == white, k  # text is drawn at full white
        modalities.add(str(ds.Modality))
    assert "US" in modalities


def _kana_forms(kana: str) -> set[str]:
    kata = jaconv.hira2kata(kana)
    return {kana, kata, jaconv.z2h(kata, kana=True)}


def test_pn_groups_round_trip_in_every_charset(hospital: Path, datasets: dict[str, Dataset]) -> None:
    roster = {r["patient_id"]: r for r in _read_jsonl(hospital / "patients.jsonl")}
    seen: set[str] = set()
    for ds in datasets.values():
        scs = ds.SpecificCharacterSet
        charset = scs if isinstance(scs, str) else "\\".join(scs)
        pn = ds.PatientName
        row = roster[str(ds.PatientID)]
        family, given = row["name"]["kanji"].split(" ")
        fam_k, giv_k = row["name"]["hiragana"].split(" ")
        romaji = row["name"]["romaji"].split(" ")
        assert pn.family_name.lower() == romaji[0].lower()
        assert pn.given_name.lower() == romaji[1].lower()
        if pn.ideographic:
            assert pn.ideographic == f"{family}^{given}"
            seen.add(charset)
        if pn.phonetic:
            f_ph, g_ph = pn.phonetic.split("^")
            assert f_ph in _kana_forms(fam_k) and g_ph in _kana_forms(giv_k)
            if "IR 13" in charset:
                assert f_ph == jaconv.z2h(jaconv.hira2kata(fam_k), kana=True)
    assert {"\\ISO 2022 IR 87", "ISO 2022 IR 13\\ISO 2022 IR 87", "ISO_IR 192"} <= seen


def test_report_labels_use_the_vocabulary_and_match_the_text(hospital: Path) -> None:
    records = {r["record_id"]: r for r in _read_jsonl(hospital / "records" / "records.jsonl")}
    truth = _read_jsonl(hospital / "labels_truth.jsonl")
    assert len(truth) == sum(1 for r in records.values() if r["kind"] == "report")
    polarities = set()
    for row in truth:
        text = records[row["record_id"]]["text"]
        for code, pol in row["labels"].items():
            assert code in FINDING_CODES
            assert any(term in text for term in TERMS[code]), (code, row["record_id"])
            polarities.add(pol)
    assert polarities == {"positive", "negative", "uncertain"}


def test_nodule_label_agrees_with_report_and_image(hospital: Path, datasets: dict[str, Dataset]) -> None:
    truth = {r["accession"]: r for r in _read_jsonl(hospital / "labels_truth.jsonl")}
    records = {r["record_id"]: r for r in _read_jsonl(hospital / "records" / "records.jsonl")}
    images = _read_jsonl(hospital / "image_truth.jsonl")
    assert {r["nodule"] for r in images} == {True, False}
    for img in images:
        label = truth[img["accession"]]
        assert label["labels"]["nodule"] == ("positive" if img["nodule"] else "negative")
        text = records[label["record_id"]]["text"]
        if img["nodule"]:
            side = "右肺" if img["nodule_side"] == "right" else "左肺"
            assert re.search(side + r"\S*に\S*\d+mm", text), text
            x, y = img["nodule_center_xy"]
            for rel in img["files"]:
                ds = datasets[rel]
                hu = ds.pixel_array.astype(np.int32) + int(ds.RescaleIntercept)
                assert hu[y - 1 : y + 2, x - 1 : x + 2].mean() > -200  # soft tissue inside the lung


def _small_islands(hu: np.ndarray[Any, Any]) -> int:
    """Number of 4-connected islands of soft tissue (3x3 mean > -400 HU) of 6..120 pixels: the body, heart and
    spine form one large island and 1-pixel vessels vanish in the mean, so only a nodule makes a small island."""
    pad = np.pad(hu.astype(np.float64), 1, mode="edge")
    m = (
        sum(pad[1 + dy : 1 + dy + hu.shape[0], 1 + dx : 1 + dx + hu.shape[1]] for dy in (-1, 0, 1) for dx in (-1, 0, 1))
        / 9
    )
    mask: np.ndarray[Any, np.dtype[np.bool_]] = np.asarray(m > -400)
    seen = np.zeros_like(mask)
    rows, cols = mask.shape
    count = 0
    for y0, x0 in zip(*np.nonzero(mask), strict=True):
        if seen[y0, x0]:
            continue
        stack, area = [(int(y0), int(x0))], 0
        seen[y0, x0] = True
        while stack:
            y, x = stack.pop()
            area += 1
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < rows and 0 <= nx < cols and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    stack.append((ny, nx))
        count += 6 <= area <= 120
    return count


def test_nodule_is_a_learnable_image_signal(tmp_path: Path) -> None:
    generate(tmp_path / "h", patients=40, seed=3, studies_per_patient=2, modalities=("CT",), slices=1)
    images = _read_jsonl(tmp_path / "h" / "image_truth.jsonl")
    scores, labels = [], []
    for img in images:
        ds = pydicom.dcmread(tmp_path / "h" / img["files"][0])
        hu = ds.pixel_array.astype(np.int32) + int(ds.RescaleIntercept)
        scores.append(_small_islands(hu))
        labels.append(img["nodule"])
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    assert len(pos) >= 10 and len(neg) >= 10
    auroc = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
    assert auroc >= 0.95


@pytest.fixture
def cli_out(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "cli"


def test_cli_synth(cli_out: Path) -> None:
    from typer.testing import CliRunner

    from gateway.cli.main import app

    runner = CliRunner()
    result = runner.invoke(
        app, ["synth", "--patients", "2", "--out", str(cli_out), "--seed", "4", "--modalities", "CT,US"]
    )
    assert result.exit_code == 0, result.output
    assert "2 patients" in result.output
    mods = {pydicom.dcmread(p, stop_before_pixels=True).Modality for p in (cli_out / "dicom").rglob("*.dcm")}
    assert mods <= {"CT", "US", "SR"}
    again = runner.invoke(app, ["synth", "--patients", "2", "--out", str(cli_out)])
    assert again.exit_code == 2


def test_jis_codes_with_byte_5c_round_trip_when_allowed(tmp_path: Path) -> None:
    """山本 (本 = 0x4B5C), 宮崎, 久保 (ぼ = 0x245C) under ISO 2022 IR 87: legal, and pydicom reads them back whole."""
    generate(tmp_path / "h", patients=40, seed=8, studies_per_patient=1, modalities=("CR",), dciodvfy_safe=False)
    roster = {r["patient_id"]: r for r in _read_jsonl(tmp_path / "h" / "patients.jsonl")}
    hits = 0
    for path in sorted((tmp_path / "h" / "dicom").rglob("*.dcm")):
        ds = pydicom.dcmread(path)
        if ds.SpecificCharacterSet == "ISO_IR 192":
            continue
        raw = ds.get_item("PatientName").value  # the romaji group never holds a backslash
        if b"\\" in raw:
            hits += 1
            family, given = roster[str(ds.PatientID)]["name"]["kanji"].split(" ")
            assert ds.PatientName.ideographic == f"{family}^{given}"
    assert hits > 0
