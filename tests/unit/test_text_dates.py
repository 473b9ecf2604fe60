"""Dates: every supported form is found, parsed and shifted with its format kept (era dates included)."""

from __future__ import annotations

from datetime import date

import pytest

from gateway.scrub.text.dates import find_dates, shift_date_text
from gateway.scrub.text.normalize import normalize

REF = date(2023, 5, 1)


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        ("令和5年4月1日", -40, "令和5年2月20日"),
        ("令和5年4月1日(土)", -40, "令和5年2月20日(月)"),  # the weekday is recomputed
        ("R5.4.1", -40, "R5.2.20"),
        ("H30/12/3", -10, "H30/11/23"),
        ("令和元年5月3日", -40, "平成31年3月24日"),  # crossing an era boundary changes the era
        ("H1.1.10", -40, "S63.12.1"),
        ("令和五年四月一日", -40, "令和五年二月二十日"),  # kanji numerals stay kanji numerals
        ("二〇二三年四月一日", -40, "二〇二三年二月二十日"),  # single-digit kanji are read as counting numerals
        ("2023年4月1日", -40, "2023年2月20日"),
        ("2023/4/1", -40, "2023/2/20"),
        ("2023-04-01", -40, "2023-02-20"),  # zero padding kept
        ("2023.4.1", -1, "2023.3.31"),
        ("20230401", -40, "20230220"),
        ("23.4.1", -40, "23.2.20"),
        ("4月1日", -40, "2月20日"),  # partial date: reference year
        ("4/1(月)", -40, "2/20(月)"),
        ("1 Apr 2023", -40, "20 Feb 2023"),
        ("April 1, 2023", -40, "February 20, 2023"),
        ("04/01/2023", -40, "02/20/2023"),  # US order when the first number can be a month
        ("13/10/2020", -10, "3/10/2020"),  # day first when it cannot
        ("H.22.8.31", -1, "H.22.8.30"),
        ("平成30.3.7", -7, "平成30.2.28"),
        ("'47/5/14", -1, "'47/5/13"),
        ("昭和六十年", -10, "昭和六十年"),  # year-only dates move with 2 July
        ("2023年4月", -40, "2023年3月"),
    ],
)
def test_shift_keeps_format(text: str, days: int, expected: str) -> None:
    n = normalize(text)
    found = find_dates(n.text)
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (0, len(n.text))
    assert shift_date_text(found[0], days, REF) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L4/5椎間板",  # vertebral level
        "右肺S3に結節",
        "#4Rリンパ節",
        "cT2aN2M0",
        "1/2錠",
        "BP 132/78mmHg",
        "3.4.5",  # not a date: no two-digit year
        "12.5mm",
    ],
)
def test_clinical_tokens_are_not_dates(text: str) -> None:
    assert find_dates(normalize(text).text) == ()


def test_invalid_era_year_is_rejected() -> None:
    assert find_dates("H45.1.1") == ()  # 平成 ended in year 31
    assert find_dates("T20.1.1") == ()  # 大正 ended in year 15


def test_date_after_a_full_width_slash_is_found() -> None:
    n = normalize("画像診断部 本田／2019/08/13")
    assert [d.text for d in find_dates(n.text)] == ["2019/08/13"]
