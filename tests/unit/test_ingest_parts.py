"""Small parts of ingest: quasi-identifier extraction, the records' independent check, run counts, the
multipart reader of WADO-RS answers, the role check."""

from __future__ import annotations

from datetime import date

import pytest
from pydicom.dataset import Dataset

from gateway.dicom_net.pull import PullError, PullQuery, iter_multipart
from gateway.ingest.attributes import age_years, dicom_attributes, parse_da, record_attributes
from gateway.ingest.outcome import ObjectResult, RunCounts, Stage, Status
from gateway.ingest.record_check import surviving_categories
from gateway.ingest.service import IngestError, can_ingest, check_can_ingest
from gateway.security.principal import Principal
from policies.identifiers import KnownIdentifiers, PersonName
from policies.states import Role


@pytest.mark.parametrize(
    ("at", "birth", "dicom_age", "expected"),
    [
        (date(2020, 5, 1), date(1950, 5, 1), None, 70),
        (date(2020, 4, 30), date(1950, 5, 1), None, 69),
        (date(2020, 5, 1), date(1920, 1, 1), None, 90),  # top-coded
        (None, None, "045Y", 45),
        (None, None, "018M", 1),
        (None, None, "003W", 0),
        (None, None, "095Y", 90),
        (None, None, "junk", None),
        (date(2020, 1, 1), date(2021, 1, 1), None, None),  # born after the exam: unknown, not negative
    ],
)
def test_age(at: date | None, birth: date | None, dicom_age: str | None, expected: int | None) -> None:
    assert age_years(at, birth, dicom_age) == expected


def test_dicom_attributes() -> None:
    ds = Dataset()
    ds.PatientBirthDate = "19600102"
    ds.PatientSex = "F"
    ds.PatientSize = "1.625"
    ds.PatientWeight = "51.25"
    ds.BodyPartExamined = "CHEST"
    ds.Modality = "CT"
    attrs = dicom_attributes(ds, parse_da("20200101"))
    assert attrs == {
        "age": 59,
        "sex": "F",
        "height_cm": 162.5,
        "weight_kg": 51.2,
        "body_part": "CHEST",
        "modality": "CT",
    }
    empty = dicom_attributes(Dataset(), None)
    assert empty == dict.fromkeys(attrs)
    assert parse_da("2020-02-30") is None and parse_da("2020-02-03") == date(2020, 2, 3)
    assert record_attributes(date(2020, 1, 1), date(1930, 1, 1), "mr")["modality"] == "MR"


KNOWN = KnownIdentifiers(
    names=(
        PersonName(family="渡部", given="洋子", family_kana="わたなべ", family_romaji="Watanabe", given_romaji="Ito"),
    ),
    ids=("941597326", "RS2044878"),
    birth_date=date(1952, 8, 13),
    phones=("092-583-9171",),
    addresses=("高知県横浜市泉区横林5丁目30番地18",),
)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"text": "右肺に結節あり。", "fields": {"value": 0.3}}, []),
        ({"text": "患者 渡部 様"}, ["name"]),
        ({"text": "ワタナベ"}, []),  # katakana reading not in the known set: the scrubber's job, not this check's
        ({"text": "ID:９４１５９７３２６"}, ["id"]),  # full-width digits normalised
        ({"fields": {"tel": "092 583 9171"}}, ["phone"]),
        ({"text": "生年月日 1952-08-13"}, ["birth_date"]),
        ({"text": "monitoring"}, []),  # "ito" only as a whole token
        ({"text": "Dr. Ito"}, ["name"]),
        ({"text": "ID 19415973260"}, []),  # a longer number is not the ID
        ({"text": "住所: 高知県横浜市泉区横林5丁目30番地18"}, ["address"]),
    ],
)
def test_record_check(record: dict, expected: list[str]) -> None:  # type: ignore[type-arg]
    assert surviving_categories(record, KNOWN) == expected


def test_run_counts() -> None:
    c = RunCounts()
    c.add(ObjectResult(Status.STORED))
    c.add(ObjectResult(Status.EXCLUDED, reason="opted_out"))
    c.add(ObjectResult(Status.EXCLUDED, reason="opted_out"))
    c.add(ObjectResult(Status.QUARANTINED, reason="x", stage=Stage.VERIFY))
    assert c.as_dict() == {
        "duplicate": 0,
        "excluded": 2,
        "excluded:opted_out": 2,
        "inputs": 4,
        "quarantined": 1,
        "quarantined:verify": 1,
        "stored": 1,
    }


def test_multipart() -> None:
    body = (
        b"--abc\r\nContent-Type: application/dicom\r\n\r\nFIRST\r\n--abc\r\nContent-Type: application/dicom\r\n\r\n"
        b"SEC\r\nOND\r\n--abc--\r\n"
    )
    assert list(iter_multipart(body, 'multipart/related; type="application/dicom"; boundary=abc')) == [
        b"FIRST",
        b"SEC\r\nOND",
    ]
    with pytest.raises(PullError):
        list(iter_multipart(body, "application/dicom"))


def test_pull_query_ranges_and_repr() -> None:
    assert PullQuery(date_from=date(2020, 1, 2)).date_range() == "20200102-"
    assert PullQuery(date_to=date(2020, 1, 2)).date_range() == "-20200102"
    assert PullQuery().date_range() is None
    assert "1.2.3" not in repr(PullQuery(study_uids=("1.2.3",)))  # study UIDs are identifiers


def test_only_stewards_and_the_system_ingest() -> None:
    assert can_ingest(Principal("s1", Role.STEWARD)) and can_ingest(Principal("system", Role.SYSTEM))
    for role in (Role.STAFF, Role.PRIVACY_OFFICER, Role.AUDITOR):
        assert not can_ingest(Principal("x", role))
        with pytest.raises(IngestError, match="steward"):
            check_can_ingest(Principal("x", role))
