"""Kana -> Hepburn romaji and Japanese date spellings used by the synthetic hospital."""

from __future__ import annotations

from datetime import date

import pytest

from gateway.synth.jtext import format_date, kanji_number, to_fullwidth
from gateway.synth.romaji import kana_to_romaji, name_romaji


@pytest.mark.parametrize(
    ("kana", "passport", "wapuro"),
    [
        ("さとう", "sato", "satou"),
        ("おおの", "ono", "oono"),
        ("はっとり", "hattori", "hattori"),
        ("しんいちろう", "shinichiro", "shinichirou"),
        ("りゅうのすけ", "ryunosuke", "ryuunosuke"),
        ("きょうこ", "kyoko", "kyouko"),
        ("いいだ", "iida", "iida"),
        ("ちひろ", "chihiro", "chihiro"),
        ("つばさ", "tsubasa", "tsubasa"),
        ("ふじた", "fujita", "fujita"),
        ("じゅんこ", "junko", "junko"),
        ("まっちゃ", "matcha", "matcha"),
        ("ヤマダ", "yamada", "yamada"),
        ("ﾔﾏﾀﾞ", "yamada", "yamada"),
    ],
)
def test_hepburn(kana: str, passport: str, wapuro: str) -> None:
    assert kana_to_romaji(kana, "passport") == passport
    assert kana_to_romaji(kana, "wapuro") == wapuro


def test_name_romaji_is_capitalised() -> None:
    assert name_romaji("たなか") == "Tanaka"


@pytest.mark.parametrize(
    ("day", "style", "expected"),
    [
        (date(2023, 4, 1), "era", "令和5年4月1日"),
        (date(2023, 4, 1), "era_letter", "R5.4.1"),
        (date(2018, 12, 3), "era_letter0", "H30/12/03"),
        (date(2019, 5, 1), "era", "令和元年5月1日"),
        (date(2019, 4, 30), "era", "平成31年4月30日"),
        (date(1989, 1, 7), "era", "昭和64年1月7日"),
        (date(1985, 1, 15), "era_kanji", "昭和六十年一月十五日"),
        (date(2023, 4, 1), "western_kanji", "二〇二三年四月一日"),
        (date(2023, 4, 1), "fullwidth", "２０２３年４月１日"),
        (date(2023, 4, 1), "compact", "20230401"),
    ],
)
def test_date_styles(day: date, style: str, expected: str) -> None:
    assert format_date(day, style) == expected


def test_kanji_numbers_and_fullwidth() -> None:
    assert [kanji_number(n) for n in (1, 10, 15, 60, 105, 1985)] == ["一", "十", "十五", "六十", "百五", "千九百八十五"]
    assert to_fullwidth("03-1234") == "０３－１２３４"
