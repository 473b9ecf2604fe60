"""End to end: replacement by tags or surrogates, date shifts equal to the patient's keyed shift, age top-coding,
known identifiers in every variant, offsets into the input, no PHI in reprs or logs."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest

from gateway.scrub.text import TextScrubber
from gateway.scrub.text.replace import TAGS
from policies.identifiers import KnownIdentifiers, PersonName
from policies.text_options import TextDeidOptions
from tests.support.text import TEST_KEYS, covered, scrubber

REPORT = (
    "主治医の山田太郎先生より紹介。患者やまだはなこ様（92歳）は令和5年4月1日(土)に受診。\n"
    "〒160-8582 東京都新宿区信濃町三十五番地 TEL ０３－３３５３－１２１１\n"
    "右肺S3に12mmの結節。cT2aN2M0。L4/5椎間板ヘルニア。#4Rリンパ節腫大。ロキソニン60mg 3錠分3。"
)
CLINICAL_TAIL = "右肺S3に12mmの結節。cT2aN2M0。L4/5椎間板ヘルニア。#4Rリンパ節腫大。ロキソニン60mg 3錠分3。"


def test_tags_replace_identifiers_and_keep_clinical_text() -> None:
    out = scrubber().scrub(REPORT, patient_key="PID-1", reference=date(2023, 5, 1)).text
    for phi in ("山田太郎", "やまだはなこ", "92歳", "令和5年4月1日", "160-8582", "信濃町", "３３５３"):
        assert phi not in out
    assert "［氏名］先生" in out and "［氏名］様" in out
    assert "90歳以上" in out
    assert out.endswith(CLINICAL_TAIL)


def test_dates_shift_by_the_patients_keyed_offset() -> None:
    shift = TEST_KEYS.date_shift_days("PID-1")
    expected = date(2023, 4, 1) + timedelta(days=shift)
    out = scrubber().scrub("撮影日 2023-04-01", patient_key="PID-1").text
    assert out == f"撮影日 {expected.isoformat()}"
    # another document of the same patient gets the same shift; another patient a different one
    assert scrubber().scrub("2023-04-01", patient_key="PID-1").text == expected.isoformat()
    other = date(2023, 4, 1) + timedelta(days=TEST_KEYS.date_shift_days("PID-2"))
    assert scrubber().scrub("2023-04-01", patient_key="PID-2").text == other.isoformat()


def test_full_width_dates_stay_full_width() -> None:
    out = scrubber().scrub("２０２３年４月１日", patient_key="PID-1").text
    assert out.endswith("日") and all(not c.isascii() for c in out)


def test_without_keys_dates_become_tags() -> None:
    out = scrubber(with_keys=False).scrub("2023-04-01 山田太郎様").text
    assert out == f"{TAGS['DATE']} {TAGS['PERSON']}様"


def test_shift_dates_off_means_tags() -> None:
    s = scrubber(TextDeidOptions(shift_dates=False))
    assert s.scrub("2023-04-01", patient_key="PID-1").text == TAGS["DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("92歳女性", "90歳以上女性"),
        ("九十三歳", "九十歳以上"),
        ("92 y/o", "90+ y/o"),
        ("75歳", "75歳"),
        ("90代女性", "90歳以上女性"),
        ("年齢：95", "年齢：90+"),
        ("80代男性", "80代男性"),
    ],
)
def test_ages_top_coded(text: str, expected: str) -> None:
    assert scrubber().scrub(text).text == expected


def test_top_code_age_follows_policy() -> None:
    assert scrubber(TextDeidOptions(top_code_age=85)).scrub("87歳").text == "85歳以上"


def test_surrogates_are_consistent_and_keyed() -> None:
    s = scrubber(TextDeidOptions(replacement="surrogate"))
    a = s.scrub("山田太郎様と山田太郎先生").text
    first, second = a.split("様と")
    assert first == second.removesuffix("先生")
    assert "山田" not in a
    other_keys = TextScrubber(TextDeidOptions(replacement="surrogate"), TEST_KEYS.derive("other"))
    assert isinstance(other_keys.scrub("山田太郎様").text, str)
    # IDs become keyed pseudonyms
    out = s.scrub("患者ID: 12345678").text
    assert "12345678" not in out and "P" in out


def test_known_identifiers_are_swept_in_every_variant() -> None:
    known = KnownIdentifiers(
        names=(
            PersonName(
                family="鈴木",
                given="一郎",
                family_kana="スズキ",
                given_kana="イチロウ",
                family_romaji="Suzuki",
                given_romaji="Ichiro",
            ),
        ),
        ids=("0012-3456",),
        birth_date=date(1950, 3, 4),
        phones=("03-1111-2222",),
    )
    text = "すずき いちろう (ICHIRO SUZUKI) 番号 00123456 生年 昭和25年3月4日 連絡 ０３ １１１１ ２２２２ 一郎"
    a = scrubber().analyzer.analyze(text, known)
    for v in ("すずき いちろう", "ICHIRO SUZUKI", "00123456", "昭和25年3月4日", "０３ １１１１ ２２２２", "一郎"):
        assert covered(text, v, a.findings), v


def test_known_latin_values_do_not_match_inside_words() -> None:
    known = KnownIdentifiers(ids=("123",))
    a = scrubber().analyzer.analyze("ID 123 と 51234", known)
    assert [(f.start, f.end) for f in a.findings if f.score == 1.0] == [(3, 6)]


def test_staff_directory_from_policy() -> None:
    s = scrubber(TextDeidOptions(staff_directory=("小鳥遊 湊|たかなし みなと|Takanashi Minato",)))
    text = "報告 タカナシ ミナト、確認 MINATO TAKANASHI、小鳥遊"
    a = s.analyzer.analyze(text)
    for v in ("タカナシ ミナト", "MINATO TAKANASHI", "小鳥遊"):
        assert covered(text, v, a.findings), v


def test_findings_are_offsets_into_the_input_sorted_and_disjoint() -> None:
    text = "ﾔﾏﾀﾞ ﾀﾛｳ様 ＴＥＬ０３－１２３４－５６７８ ㈱山田商事"
    a = scrubber().analyzer.analyze(text)
    assert a.findings
    prev_end = 0
    for f in a.findings:
        assert prev_end <= f.start < f.end <= len(text)
        prev_end = f.end
    assert covered(text, "ﾔﾏﾀﾞ ﾀﾛｳ", a.findings)
    assert covered(text, "０３－１２３４－５６７８", a.findings)


def test_long_text_offsets_survive_chunking() -> None:
    text = "山田太郎様。" + "右肺S3に結節。" * 700 + "鈴木花子様"  # longer than one Sudachi chunk
    a = scrubber().analyzer.analyze(text)
    assert [(text[f.start : f.end], f.entity_type) for f in a.findings] == [
        ("山田太郎", "PERSON"),
        ("鈴木花子", "PERSON"),
    ]


def test_reprs_and_logs_carry_no_phi(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    known = KnownIdentifiers(names=(PersonName(family="勅使河原", given="詩織"),), ids=("ZX-99812",))
    res = scrubber().scrub("勅使河原詩織様 ZX-99812", known=known)
    from gateway.scrub.text.recognizers import KnownIdentifierRecognizer

    for shown in (repr(res), repr(scrubber()), repr(KnownIdentifierRecognizer(known)), caplog.text):
        assert "勅使河原" not in shown and "99812" not in shown


def test_ner_mode_degrades_with_a_clear_message_when_ginza_is_absent() -> None:
    import importlib.util

    s = TextScrubber(TextDeidOptions(use_ner=True))
    if importlib.util.find_spec("ja_ginza") is None:
        assert s.analyzer.ner_message is not None and "ja_ginza" in s.analyzer.ner_message
    assert s.scrub("山田太郎様").text == "［氏名］様"


def test_no_network_and_no_presidio_predefined_recognisers(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the text scrubber tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    s = TextScrubber(TextDeidOptions())  # a fresh engine: loads Sudachi, builds the registry
    out = s.scrub("連絡先 taro.yamada@example.co.jp https://hosp.example.jp/a 山田太郎様").text
    assert out == "連絡先 ［メール］ ［URL］ ［氏名］様"
    modules = {type(r).__module__ for r in s.analyzer.engine.registry.recognizers}
    assert all(m.startswith("gateway.scrub.text.") for m in modules), modules
