"""Round R/S generalisations: DICOM headers pasted into text (dcmdump, pydicom and keyword forms, marked by the PS3.15
profile and each element's VR), time stamps (a clock time after a date is part of it and survives the shift), DICOM
DT values, spoken dates / ages / IDs / extensions in hiragana, addresses and postal codes in Latin letters, ward and
unit names, numbers in brackets after a name, names alone on a signature line or after a log time stamp, chat
mentions. Synthetic strings written for these tests; positive and negative cases side by side."""

from __future__ import annotations

import pytest

from gateway.scrub.text.dates import find_dates, shift_date_text
from gateway.scrub.text.numerals import kana_digit_string, parse_kana_number
from tests.support.text import covered, scrubber
from tests.support.text import findings as _findings
from tests.support.text import found_as as _has

DUMP = (
    "(0010,0010) PN [Kanda^Jiro=神田^次郎=かんだ^じろう]     #  30, 1 PatientName\n"
    "(0010,0020) LO [00987654]                              #   8, 1 PatientID\n"
    "(0010,1000) LO [771203]                                #   6, 1 OtherPatientIDs\n"
    "(0010,1010) AS [093Y]                                  #   4, 1 PatientAge\n"
    "(0008,0016) UI [1.2.840.10008.5.1.4.1.1.2]             #  26, 1 SOPClassUID\n"
    "(0020,000D) UI [1.2.392.200036.9107.500.305.5577.20230401.1234567]  # StudyInstanceUID\n"
    "(0008,0050) SH [A23-0099871]                           #  12, 1 AccessionNumber\n"
    "(0008,0080) LO [Minato Central Hospital]               #  24, 1 InstitutionName\n"
    "(0008,002A) DT [20230401093015.000000]                 #  22, 1 AcquisitionDateTime\n"
    "(0018,0050) DS [1.25]                                  #   4, 1 SliceThickness\n"
    "(0008,0060) CS [CT]                                    #   2, 1 Modality\n"
)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("Kanda^Jiro=神田^次郎=かんだ^じろう", "PERSON"),
        ("771203", "ID"),
        ("093Y", "AGE"),
        ("1.2.392.200036.9107.500.305.5577.20230401.1234567", "ID"),
        ("A23-0099871", "ID"),
        ("Minato Central Hospital", "FACILITY"),
        ("20230401093015.000000", "DATE"),
    ],
)
def test_dicom_dump_values(value: str, kind: str) -> None:
    assert _has(DUMP, value, kind), _findings(DUMP)


def test_dicom_dump_keeps_what_the_profile_keeps() -> None:
    found = [v for v, _ in _findings(DUMP)]
    assert "1.25" not in found and "CT" not in found
    assert not any("1.2.840.10008" in v for v in found)  # a standard SOP class UID names no one


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("ReferringPhysicianName: Okada^Mio", "Okada^Mio", "PERSON"),
        ("OtherPatientIDs = 330291", "330291", "ID"),
        ("(0010, 0010) Patient's Name                      PN: 'Mori^Aki'", "Mori^Aki", "PERSON"),
        # time stamps: the clock time goes with the date
        ("報告日時: 2021-03-04T10:11:12  読影医", "2021-03-04T10:11:12", "DATE"),
        ("記録: 2019/8/7 22:05 対応", "2019/8/7 22:05", "DATE"),
        ("Date: 2023年5月6日 7時08分", "2023年5月6日 7時08分", "DATE"),
        ("seen on March 3rd, 2020. Follow", "March 3rd, 2020", "DATE"),
        ("対象期間: 2016/5〜2018/11\n", "2018/11", "DATE"),
        # spoken in hiragana
        ("ぜんかい へいせいさんじゅうねんしがつふつか の ついせき", "へいせいさんじゅうねんしがつふつか", "DATE"),
        ("かんじゃ きゅうじゅういっさい じょせい", "きゅうじゅういっさい", "AGE"),
        ("IDは ぜろいちにさんよんごろくなな です", "ぜろいちにさんよんごろくなな", "ID"),
        ("れんらくは ないせん よんにいちろく まで", "よんにいちろく", "PHONE_NUMBER"),
        # Latin-letter addresses and postal codes
        ("Radiology\n3-1-8 Kanda, Chiyoda-ku, Tokyo 101-0047, Japan", "3-1-8 Kanda, Chiyoda-ku, Tokyo", "ADDRESS"),
        ("Center\n77 Harbour Road, Leeds LS1 4AP, UK", "77 Harbour Road, Leeds", "ADDRESS"),
        ("Center\n77 Harbour Road, Leeds LS1 4AP, UK", "LS1 4AP", "POSTAL_CODE"),
        ("Clinic\n500 Maple Avenue, Denver, CO 80203, USA", "80203", "POSTAL_CODE"),
        # wards and units
        ("入院病棟: 本館5階東病棟 / 503号室", "本館5階東病棟", "FACILITY"),
        ("転棟先 HCU西", "HCU西", "FACILITY"),
        ("入院中 緩和ケア病棟（東3） 301号室", "緩和ケア病棟（東3）", "FACILITY"),
        (" 08:10 北4階 看護師 より連絡", "北4階", "FACILITY"),
        ("手術: 独立行政法人国立病院機構 東京中央医療センター にて", "東京中央医療センター", "FACILITY"),
        ("performed at Riverside Cancer Center West on", "Riverside Cancer Center West", "FACILITY"),
        # numbers with names
        ("ゴメス 様（5521-0093、93才、女）", "5521-0093", "ID"),
        ("同意書控番号: QX-2020-0311 研究", "QX-2020-0311", "ID"),
        # names in signature and log slots
        ("よろしくお願いします。\n> 長谷部\n\n--\n放射線部", "長谷部", "PERSON"),
        ("お世話になります。岩城 です。\nご確認", "岩城", "PERSON"),
        ("記録: 2019/8/7 22:05 オオツカ\n対応", "オオツカ", "PERSON"),
        ("[09:12] 佐伯: @saeki.k 了解です", "saeki.k", "PERSON"),
    ],
)
def test_round_r_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "WBC 5-10, normal range 3-4 Low",
        "ICU入室。HCU管理。南側の窓。",
        "9:12 病棟：明日の内視鏡",
        '"system":"urn:oid:1.2.392.200119.4.504"',
        "くさいにおい。にさいの子。",
        "連絡先は kanri@example.jp まで",
        "所見\nなし\n以上\n",
    ],
)
def test_round_r_negative(text: str) -> None:
    found = [f for f in _findings(text) if f[1] != "EMAIL_ADDRESS"]
    assert not found, found


def test_japanese_postal_code_in_latin_letters_is_covered() -> None:
    text = "Radiology\n3-1-8 Kanda, Chiyoda-ku, Tokyo 101-0047, Japan"
    assert covered(text, "101-0047", scrubber().analyzer.analyze(text).findings)


def test_time_stamp_survives_the_date_shift() -> None:
    d = find_dates("記録: 2019/8/7 22:05 対応")[0]
    assert d.text == "2019/8/7 22:05"
    assert shift_date_text(d, 30, None) == "2019/9/6 22:05"


def test_kana_numbers() -> None:
    assert parse_kana_number("きゅうじゅういち") == 91
    assert parse_kana_number("ひゃくに") == 102
    assert parse_kana_number("ろっぴゃく") == 600
    assert parse_kana_number("さくら") is None
    assert kana_digit_string("ぜろきゅうはち") == "098"
    assert kana_digit_string("きゅうじゅう") is None


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("退院先：自宅（下北沢3丁目、階段あり）", "下北沢3丁目", "ADDRESS"),
        ("晩年は長野県木曽郡上松町大字小川在住。", "長野県木曽郡上松町大字小川", "ADDRESS"),
        ("所在地：〒123-4567 杉並区高円寺\n電話", "杉並区高円寺", "ADDRESS"),
        ("道順：高円寺駅北口から徒歩8分", "高円寺駅", "ADDRESS"),
        ("受付日時：2021/3/9 午前11時", "2021/3/9 午前11時", "DATE"),
        ("生年月：1948/7　性別：男", "1948/7", "DATE"),
        ("次回訪問：11/4 午後", "11/4", "DATE"),
        ("次回モニタリング予定：3/15", "3/15", "DATE"),
        ("享年97", "97", "AGE"),
        ("記号：4410　番号：27351", "27351", "INSURANCE_NUMBER"),
        ("発生場所：西棟6階 612号室", "西棟6階", "FACILITY"),
        ("高校卒業後、大島工務店に入社", "大島工務店", "FACILITY"),
    ],
)
def test_round_s_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "最寄駅から徒歩5分。駅前のスーパー。",
        "(2000/5 mL) を投与",
        "紹介元：近医眼科\n紹介元：近医\n指定医療機関：当院、院外薬局",
        "治験実施計画書番号：ABC-1234-301（第Ⅲ相）",
        "記録者：医療福祉相談室 出席者：主治医 当院 出席 病棟看護師 当院 出席",
        "対象：患者　女性　受付：本日 10:45",
        "部分床義歯（Kennedy Ⅱ級）。Vogt-小柳-原田病の既往なし。内田クレペリン検査は後日。",
    ],
)
def test_round_s_negative(text: str) -> None:
    assert not _findings(text), _findings(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("追記（2023.5.9 14:20 唐沢）：前回報告の訂正", "唐沢"),  # a name after a log time stamp, in brackets
        ("在住、妻の宇津木 さやかと二人暮らし。", "宇津木 さやか"),  # a relative's full name
        ("患者／パク・ジウ（韓国国籍）", "パク・ジウ"),  # a dotted katakana name before a nationality
        ("口座名義 カゲヤマ ヒナタ\nお問い合わせ", "カゲヤマ ヒナタ"),  # a kana name after a label only a person fills
        ("Reported by いしだ　なお　承認", "いしだ　なお"),
        ("通訳 レ・ティ・ラン（同行）", "レ・ティ・ラン"),
    ],
)
def test_name_slots_round_t(text: str, value: str) -> None:
    assert _has(text, value, "PERSON"), _findings(text)


@pytest.mark.parametrize("text", ["担当 なし", "担当者 不明", "同席 スタッフ", "記録 カルテ参照"])
def test_empty_person_slots(text: str) -> None:
    assert not _findings(text), _findings(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("氏名,生年月日,年齢,性別\n小野,1927/01/02,97,女,", "97", "AGE"),  # an age column before the sex column
        ("ID\t生年月日\t年齢\t性別\n0012\tT14.3.3\t102\t男\t", "102", "AGE"),
        ("FAX送信票　4/12\n宛先：", "4/12", "DATE"),  # a short title line ending in its date
        ("れんらくちょう　11/3\nきょうは", "11/3", "DATE"),
        ("ナースステーション西新井　管理者", "ナースステーション西新井", "FACILITY"),
        ("診療情報提供書\nさくらの 杜内科医院\n", "さくらの 杜内科医院", "FACILITY"),  # a letterhead split by OCR
    ],
)
def test_round_t_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "握力 12/15\nMMT 4/5",
        "ナースステーション前で転倒",
        "体重,65,M,\n",  # a number before M that is no age column: under 90, kept anyway
    ],
)
def test_round_t_negative(text: str) -> None:
    assert not [f for f in _findings(text) if f[1] in ("DATE", "AGE", "FACILITY")], _findings(text)


def test_labelled_facility_line_starts_after_its_label() -> None:
    text = "医療機関名 ひまわり通りクリニック\n所在地"
    found = _findings(text)
    assert ("ひまわり通りクリニック", "FACILITY") in found, found


def test_glued_family_and_given_names() -> None:
    from gateway.scrub.text.nlp import SudachiNlpEngine
    from gateway.scrub.text.recognizers.structure import NameStructureRecognizer, Tokens

    nlp = SudachiNlpEngine()
    nlp.load()
    rec = NameStructureRecognizer()

    def glued(text: str) -> list[str]:
        art = nlp.process_text(text, "ja")
        return [text[s:e] for s, e, _ in rec._glued_names(text, Tokens(art.morphemes))]

    assert glued("担当 纐纈千尋 49y") == ["纐纈千尋"]
    assert glued("大腸癌術後。高田馬場駅。長谷川式 24点。橋本病。") == []
