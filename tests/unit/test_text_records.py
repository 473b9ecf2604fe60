"""Structured records (docs/RECORDS.md): clinical values kept, IDs pseudonymised, dates shifted, text scrubbed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gateway.scrub.records import RecordError, RecordScrubber, shift_iso
from tests.support.text import TEST_KEYS, scrubber


def _rs() -> RecordScrubber:
    return RecordScrubber(TEST_KEYS, scrubber())


def test_lab_record_keeps_clinical_values() -> None:
    rec = {
        "record_id": "LAB-000123",
        "kind": "lab",
        "patient_id": "PID-7731",
        "accession": None,
        "date": "2023-04-01",
        "modality": None,
        "text": "",
        "fields": {"test": "CRP", "value": 0.3, "unit": "mg/dL", "flag": None, "order_no": "OR-99812"},
    }
    out = _rs().scrub(rec)
    shift = TEST_KEYS.date_shift_days("PID-7731")
    assert out["patient_id"] == TEST_KEYS.pseudonym("PID-7731")
    assert out["date"] == (date(2023, 4, 1) + timedelta(days=shift)).isoformat()
    assert out["fields"]["test"] == "CRP" and out["fields"]["value"] == 0.3 and out["fields"]["unit"] == "mg/dL"
    assert out["fields"]["flag"] is None
    assert out["fields"]["order_no"] != "OR-99812" and out["fields"]["order_no"].startswith("P")
    assert "LAB-000123" not in str(out) and "PID-7731" not in str(out)


def test_report_text_scrubbed_with_patient_id_and_known() -> None:
    rec = {
        "record_id": "RPT-1",
        "kind": "report",
        "patient_id": "0098765",
        "accession": "ACC-55501",
        "date": "2023-05-01",
        "modality": "CT",
        "text": "山田太郎様 ID 0098765。4月1日のCTと比較。右肺S3に12mm結節、cT1bN0M0。",
        "fields": {"physician": "佐藤 花子", "icd10": "C34.1", "name": "肺癌", "exam_date": "2023-04-01T10:30"},
        "known": {"names": [{"family": "山田", "given": "太郎"}]},
    }
    out = _rs().scrub(rec)
    shift = TEST_KEYS.date_shift_days("0098765")
    assert "山田" not in out["text"] and "0098765" not in out["text"]
    shifted_md = date(2023, 4, 1) + timedelta(days=shift)
    assert f"{shifted_md.month}月{shifted_md.day}日" in out["text"]  # partial date: year from the record date
    assert out["text"].endswith("右肺S3に12mm結節、cT1bN0M0。")
    assert out["accession"] == TEST_KEYS.pseudonym("accession:ACC-55501")
    assert out["fields"]["physician"] == "［氏名］"
    assert out["fields"]["icd10"] == "C34.1" and out["fields"]["name"] == "肺癌"
    assert out["fields"]["exam_date"] == (date(2023, 4, 1) + timedelta(days=shift)).isoformat() + "T10:30"
    assert "known" not in out


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "lab", "date": "2023-01-01"},
        {"kind": "x-ray", "patient_id": "P1", "date": "2023-01-01"},
        {"kind": "lab", "patient_id": "P1", "date": "01/02/2023"},
        {"kind": "lab", "patient_id": "P1", "date": "2023-01-01", "fields": {"v": [1, 2]}},
    ],
)
def test_invalid_records_are_refused_without_echoing_values(bad: dict[str, object]) -> None:
    with pytest.raises(RecordError) as exc:
        _rs().scrub(bad)
    assert "P1" not in str(exc.value)


def test_shift_iso() -> None:
    assert shift_iso("2024-03-01", -1) == "2024-02-29"
    assert shift_iso("2024-03-01 08:00:00", -1) == "2024-02-29 08:00:00"
    assert shift_iso("March 1", -1) is None


def test_structured_export_keys_are_identifier_fields() -> None:
    rec = {
        "record_id": "REC-42",
        "kind": "report",
        "patient_id": "PID-42",
        "accession": None,
        "date": "2023-04-01",
        "modality": None,
        "text": "",
        "fields": {"pt_kana": "ﾅﾗｻｷ ﾑﾂﾐ", "ward": "6E-14", "room": "1203", "insurer_no": "138024", "dose": "5mg"},
    }
    out = _rs().scrub(rec)["fields"]
    assert out["pt_kana"] == "［氏名］" and out["ward"] == "［施設］" and out["room"] == "［施設］"
    assert out["insurer_no"] == "［保険番号］" and out["dose"] == "5mg"
