"""NFKC normalisation with an offset map: every normalised span maps back to the exact input characters."""

from __future__ import annotations

import pytest

from gateway.scrub.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc 123", "abc 123"),
        ("０３－１２３４－５６７８", "03-1234-5678"),
        ("03ー1234ー5678", "03-1234-5678"),  # prolonged sound mark between digits is a hyphen
        ("ラーメン", "ラーメン"),  # ... but not inside a katakana word
        ("ｶﾞｯｺｳ", "ガッコウ"),  # half-width kana with a voiced mark folds two characters into one
        ("㈱山田", "(株)山田"),  # one character expands into three
        ("Ｔａｒｏ　ＹＡＭＡＤＡ", "Taro YAMADA"),
        ("〒１６０‐８５８２", "〒160-8582"),
    ],
)
def test_normalized_text(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize("text", ["ｶﾞｯｺｳ ﾔﾏﾀﾞ ﾀﾛｳ", "㈱山田 ０３－１２", "abc", "山田　太郎　①②"])
def test_every_normalised_character_maps_into_the_input(text: str) -> None:
    n = normalize(text)
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
    assert n.to_original(0, len(n.text)) == (0, len(text))


def test_span_maps_back_to_the_original_characters() -> None:
    text = "電話 ０３－１２３４－５６７８ まで"
    n = normalize(text)
    start = n.text.index("03")
    s, e = n.to_original(start, start + len("03-1234-5678"))
    assert text[s:e] == "０３－１２３４－５６７８"


def test_half_width_kana_span_covers_both_input_characters() -> None:
    text = "ﾔﾏﾀﾞ"
    n = normalize(text)
    assert n.text == "ヤマダ"
    assert n.to_original(2, 3) == (2, 4)  # ダ came from ﾀ + ﾞ
