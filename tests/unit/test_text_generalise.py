"""Rules added for generalisation to unseen styles (families J/K): OCR repair, dating words before a bare M/D,
hiragana dates, correspondence (chat speakers, mentions, self-introductions, letter signatures, kinship words,
initials, places before moving expressions), form lines and facility names filling their line.
Each rule has positive, negative and near-miss rows (all values synthetic)."""

from __future__ import annotations

import pytest

from gateway.scrub.text.normalize import normalize, repair_ocr
from tests.support.text import covered, scrubber


def _found(text: str) -> dict[str, str]:
    a = scrubber().analyzer.analyze(text)
    return {text[f.start : f.end]: f.entity_type for f in a.findings}


def _repaired(text: str) -> str:
    return repair_ocr(normalize(text)).text


# --- OCR repair of the normalised text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positive: letter-spaced words, vertical text, confused digits with a phone/postal/date/label grammar
        ("患者氏名 久 保 寺 春 香 殿", "患者氏名 久保寺春香殿"),
        ("患\n者\n野\n々\n村\n稔\n様\n受診日", "患者野々村稔様\n受診日"),
        ("電話 O53-311―9117", "電話 053-311-9117"),
        ("携帯 07 0ー91lSー4567", "携帯 070-9115-4567"),
        ("〒 639-85 l5", "〒 639-8515"),
        ("説明日 20l3/0l/06", "説明日 2013/01/06"),
        ("2O2O年2月6日", "2020年2月6日"),
        ("保険者番号 0 1 5 0 8 6 3 7", "保険者番号 01508637"),
        ("患者署名 仲宗根  あすか", "患者署名 仲宗根 あすか"),
        ("住 所 中 野 区 中 三 依 2 6 番 2 3 号", "住所中野区中三依26番23号"),
        # negative: clinical values keep their letters and spaces
        ("SpO2 94%(O2 2L)", "SpO2 94%(O2 2L)"),
        ("WBC 12300 9800 7600", "WBC 12300 9800 7600"),
        ("HR 72 88 95 102", "HR 72 88 95 102"),
        ("ICD-10: C34.1, I10, E11.9", "ICD-10: C34.1, I10, E11.9"),
        ("GCS 4 5 6", "GCS 4 5 6"),
        # near misses: two spaced characters are not a spaced word; digits between spaced words are not joined
        ("検 査 東京都", "検 査 東京都"),
        # anchor words OCR split with one stray space are joined (住所, 病院, 丁目, a prefecture), and URLs
        ("住 所 東京都", "住所 東京都"),
        ("南山リハビリテーショ ン病 院", "南山リハビリテーション病院"),
        ("長崎 県昭島市美原町36丁 目", "長崎県昭島市美原町36丁目"),
        ("HP: ht tps ://ww w.example . jp /", "HP: https://www.example.jp/"),
        ("見 学 https://a.jp/ 予定", "見 学 https://a.jp/ 予定"),
        ("記載日 令和2年1１ 月２ 9日", "記載日 令和2年11月29日"),
        ("一 ノ 瀬 零 1 男 3 昭  32.10.16 生", "一ノ瀬零 1 男 3 昭  32.10.16 生"),
        ("右S6 8mm大", "右S6 8mm大"),
    ],
)
def test_repair_ocr(text: str, expected: str) -> None:
    assert _repaired(text) == expected


def test_repair_ocr_maps_back_to_the_input() -> None:
    text = "電話 O53-311―9117 まで"
    a = scrubber().analyzer.analyze(text)
    phones = [text[f.start : f.end] for f in a.findings if f.entity_type == "PHONE_NUMBER"]
    assert phones == ["O53-311―9117"]
    text = "患\n者\n野\n々\n村\n稔\n様"
    assert covered(text, "野\n々\n村\n稔", scrubber().analyzer.analyze(text).findings)


# --- dates -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("採取日 1/6  提出医", "1/6"),
        ("前回6/3 CT比", "6/3"),
        ("追記(3/15): 免疫染色", "3/15"),
        ("Addendum 2/28: re-read", "2/28"),
        ("11がつ24にち", "11がつ24にち"),
        ("3 昭  56.5.30 生", "昭  56.5.30"),
    ],
)
def test_dates_positive(text: str, value: str) -> None:
    assert _found(text).get(value) == "DATE"


@pytest.mark.parametrize("text", ["1日 1/2錠", "毎日 1/2錠 内服", "Hb 3/4", "今回 1/2量で開始", "前回比 3/5"])
def test_dates_negative_and_near_miss(text: str) -> None:
    assert "DATE" not in _found(text).values()


# --- correspondence ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("[15:42] 保坂: ベッド空きました", "保坂", "PERSON"),
        ("@東海林 家族から電話あり", "東海林", "PERSON"),
        ("お疲れ様です。檜垣です。", "檜垣", "PERSON"),
        ("いつもありがとうございます。じんぼです。", "じんぼ", "PERSON"),
        ("くすりはのんでいます。\nくさかべそうたろうより\n", "くさかべそうたろう", "PERSON"),
        ("むすこのるみと白金にひっこしてくれました。", "るみ", "PERSON"),
        ("むすこのるみと白金にひっこしてくれました。", "白金", "ADDRESS"),
        ("むすめのいおりが千塚のいえにきました", "千塚", "ADDRESS"),
        ("外来はN.S.先生が代診です。", "N.S.", "PERSON"),
        ("(C.I./N.S.)", "C.I.", "PERSON"),
        ("説明医師（署名）城 之 内 八 重\n同席看護師 笹生", "城 之 内 八 重", "PERSON"),
        ("医師 庄司\n京助 印", "庄司\n京助", "PERSON"),
        ("代諾者署名 大豆 生田八重（続柄：妻）", "大豆 生田八重", "PERSON"),
    ],
)
def test_correspondence_positive(text: str, value: str, entity: str) -> None:
    assert _found(text).get(value) == entity


@pytest.mark.parametrize(
    "text",
    [
        "以上より\n",  # a closing phrase, not a signature
        "母より\n",  # a relation word
        "お疲れ様です。先生です。",  # a never-name word
        "e.g. U.S. guideline",  # initials without an honorific
        "病院にひっこした",  # a facility word, not a place
        "自宅に住んでいる",
    ],
)
def test_correspondence_negative(text: str) -> None:
    found = _found(text)
    assert "PERSON" not in found.values() and "ADDRESS" not in found.values(), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("主治医 不在のため", "不在のため"),  # label line: a kanji word with a hiragana tail is a phrase
        ("担当 看護計画について説明した", "看護計画について説明した"),
        ("主治医意見書", "意見書"),  # no separator after the label: only a kana reading is a value
        ("キーパーソンは夫の猪俣 しず氏です", "は夫の猪俣 しず氏"),
    ],
)
def test_label_line_near_miss(text: str, value: str) -> None:
    assert value not in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("検査者：臨床検査技師 鳥居昇", "鳥居昇"),  # the role before the name stays
        ("主治医 飯塚大和　記載医 渡辺　綾乃", "飯塚大和"),  # the value stops at the next role word
        ("主治医以外の担当者 百武 達也", "百武 達也"),
        ("患者氏名 大久保　匠 印", "大久保　匠"),  # a trailing 印 stays
    ],
)
def test_label_line_trims_roles(text: str, value: str) -> None:
    found = _found(text)
    assert found.get(value) == "PERSON", found


# --- facility names filling their line ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("むくの木内科医院\n", "むくの木内科医院"),
        ("紹介元 むくの木内科医院", "むくの木内科医院"),
        ("市立 たちばな病院", "市立 たちばな病院"),
    ],
)
def test_facility_line_head(text: str, value: str) -> None:
    assert _found(text).get(value) == "FACILITY"


@pytest.mark.parametrize("text", ["近くの総合病院", "当院の外科病院へ"])
def test_facility_line_head_negative(text: str) -> None:
    found = _found(text)
    assert not any(k.startswith(("近く", "当院")) for k in found), found
