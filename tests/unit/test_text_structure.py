"""Structural cues and grammar added for held-out families G and H: a table of positive, negative and near-miss
cases per recogniser (Presidio style). The values are synthetic and written here, not taken from the corpora."""

from __future__ import annotations

import pytest

from gateway.scrub.text.dates import find_dates, shift_date_text
from gateway.scrub.text.recognizers.fields import key_type
from tests.support.text import covered, scrubber


def _findings(text: str) -> dict[str, str]:
    a = scrubber().analyzer.analyze(text)
    return {text[f.start : f.end]: f.entity_type for f in a.findings}


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        # key:value lines whose key names the type (ASCII words or Japanese), any separator
        ("PT_NAME: NAKAHARA SHIZUE\nSEX: F", "NAKAHARA SHIZUE", "PERSON"),
        ("PATIENT_KANA\tﾅｶﾊﾗ ｼｽﾞｴ\n", "ﾅｶﾊﾗ ｼｽﾞｴ", "PERSON"),
        ("KANJI_NAME = 中原 静 江\n", "中原 静 江", "PERSON"),
        ("ATTENDING：大河原　巧\n", "大河原　巧", "PERSON"),
        ("WARD: 6E-14\nROOM: 1203\n", "6E-14", "FACILITY"),
        ("WARD: 6E-14\nROOM: 1203\n", "1203", "FACILITY"),
        ("病室：812\n", "812", "FACILITY"),
        ("PT_ID = QX#B0042187\n", "QX#B0042187", "ID"),
        ("INSURER_NO（保険者番号）: 138024\n", "138024", "INSURANCE_NUMBER"),
        ("保険者番号 06139991\n記号・番号 = 京12・3456\n", "京12・3456", "INSURANCE_NUMBER"),
        # table columns under a typed header: tab, pipe, comma
        ("日付\t記録者\t内容\n2021/04/02\t楢崎\t清拭実施\n", "楢崎", "PERSON"),
        ("日付\t記録者\t内容\n2021/04/02\tNARASAKI\t清拭実施\n", "NARASAKI", "PERSON"),
        ("| 日時 | 担当者 | 内容 |\n|---|---|---|\n| 9:00 | 椎 | 体位変換 |\n", "椎", "PERSON"),
        ("ACC_NO,PT_NAME,EXAM\nA1234567,TAKEMURA^EMI,CT\n", "TAKEMURA^EMI", "PERSON"),
        # roster lines of ward lists: room, name, age
        ("申し送り\n512 楢崎 あやめ 88歳 発熱あり\n", "楢崎 あやめ", "PERSON"),
        ("申し送り\n512 楢崎 あやめ 88歳 発熱あり\n", "512", "FACILITY"),
        # readings and romaji in brackets after a name and its honorific
        ("患者　楢崎　巧 殿（ならさき たくみ）", "ならさき たくみ", "PERSON"),
        ("患者名：エレナ・ペトロワ（PETROVA ELENA）様", "PETROVA ELENA", "PERSON"),
        ("義母（ナラサキ　キヌ）来院", "ナラサキ　キヌ", "PERSON"),
        ("通訳：長曽我部 睦（医療通訳）", "長曽我部 睦", "PERSON"),
        ("ORDERED BY TAKEMURA E.", "TAKEMURA E.", "PERSON"),
        ("signed: K. Takemura", "K. Takemura", "PERSON"),
        ("血液内科 副院長 楢崎 睦\n", "楢崎 睦", "PERSON"),
        ("総合内科　楢崎 睦 MSW\n", "楢崎 睦", "PERSON"),
        ("泌尿器科　阿部先生　御侍史", "阿部", "PERSON"),
        ("ご紹介いただきました楢崎しず様に", "楢崎しず", "PERSON"),
        # dates: the other year in brackets, 同年, bare M/D where only a date can stand, DD-MON-YYYY
        ("令和3(2021)年7月6日に受診", "令和3(2021)年7月6日", "DATE"),
        ("2016(H28)年10月1日", "2016(H28)年10月1日", "DATE"),
        ("1935年（昭和10年）4月1日生", "1935年（昭和10年）4月1日", "DATE"),
        ("同年9月20日に退院", "9月20日", "DATE"),
        ("入院期間：11/14～12/2", "11/14", "DATE"),
        ("入院期間：11/14～12/2", "12/2", "DATE"),
        ("入院第4病日（5/25）より", "5/25", "DATE"),
        ("次回面会は10/6予定", "10/6", "DATE"),
        ("DOB: 20-FEB-1931\n", "20-FEB-1931", "DATE"),
        # ages at or above 90 in more spellings
        ("患者 満95歳", "満95歳", "AGE"),
        ("（92y）", "92y", "AGE"),
        ("年齢：95 y.o.", "95 y.o.", "AGE"),
        ("AGE: 99\n", "99", "AGE"),
        ("満百歳", "満百歳", "AGE"),
        # addresses: 番地の, buildings with kanji-digit rooms
        ("北海道上川郡東川町西十丁目十七番地の二十六", "北海道上川郡東川町西十丁目十七番地の二十六", "ADDRESS"),
        (
            "長野県松本市城東2丁目4番地の7 コーポ城東一〇二号室",
            "長野県松本市城東2丁目4番地の7 コーポ城東一〇二号室",
            "ADDRESS",
        ),
        # phones: extensions after ext.
        ("TEL 0263-35-4600 ext.2204", "2204", "PHONE_NUMBER"),
        # care facilities after their type
        ("特別養護老人ホーム 白梅苑 入所中", "特別養護老人ホーム 白梅苑", "FACILITY"),
        ("介護老人保健施設 ひまわりの郷", "介護老人保健施設 ひまわりの郷", "FACILITY"),
    ],
)
def test_positive(text: str, value: str, entity: str) -> None:
    a = scrubber().analyzer.analyze(text)
    assert covered(text, value, a.findings), f"{entity} not covered"


@pytest.mark.parametrize(
    "text",
    [
        # fractions, scores and doses that look like M/D
        "NRS 3/10、MMT 上肢5/5 下肢4/5",
        "pN1a(2/15)、1日1/2錠",
        "GCS E3V4M6、JCS II-10、瞳孔3.0/3.0mm",
        # eponyms joined with ・ and katakana drug names
        "ギラン・バレー症候群の既往あり",
        "スティーブンス・ジョンソン症候群の既往",
        "ヒューマリンR 4単位 皮下注",
        # common nouns ending like facilities
        "公園を散歩、保育園に通う孫",
        "特別養護老人ホームへ入所予定",
        # key:value lines whose key is not an identifier, and typed keys with empty values
        "DX: C34.1 右上葉肺癌\nSEX: F\nBED: 2",
        "PT_NAME: -\nWARD: なし",
        "ICD-10: C34.1, I10, E11.9",
        # test abbreviations under a bare NAME header are not names
        "NAME,VALUE,UNIT\nCRP,2.3,mg/dL\nWBC,11200,/uL",
        # a lab table (typed header words absent)
        "項目\t結果\t単位\nWBC\t12300\t/μL\nHb\t9.8\tg/dL",
    ],
)
def test_negative(text: str) -> None:
    assert _findings(text) == {}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("日時\t記録者\t内容\n2015/07/05\t楢崎\t清拭", "内容"),  # a header cell is not a name
        ("| 日時 | 記録者 | 内容 |\n|---|---|---|\n| 9:00 | 楢崎 | 清拭 |", "内容"),
        ("担当医：楢崎 睦\n【経過】肺炎にて入院", "経過"),  # a heading in 【】 after a name is not its reading
        ("患者は楢崎さんです", "さんです"),  # a kana given name does not swallow the honorific
        ("妻花子と同居", "妻"),  # a relation word before a name is not joined to it
        ("WARD: 6E-14\nDX: C34.1", "C34.1"),
        ("512 楢崎 あやめ 88歳 発熱あり", "88歳"),
        ("退院サマリ\nかもめ内科クリニック\n", "退院サマリ"),  # a title made of an action noun
    ],
)
def test_near_miss(text: str, kept: str) -> None:
    out = scrubber().scrub(text).text
    assert kept in out


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("PT_NAME", "PERSON"),
        ("PATIENT KANA", "PERSON"),
        ("ORDERED_BY", "PERSON"),
        ("記録者", "PERSON"),
        ("患者カナ", "PERSON"),
        ("HOSPITAL_NAME", "FACILITY"),
        ("WARD", "FACILITY"),
        ("病室", "FACILITY"),
        ("PT_ID", "ID"),
        ("MRN", "ID"),
        ("INSURER_NO", "INSURANCE_NUMBER"),
        ("ADDRESS", "ADDRESS"),
        ("住所", "ADDRESS"),
        ("DRUG_NAME", None),
        ("DEPT_NAME", None),
        ("ITEM_NO", None),
        ("ORDER_DT", None),
        ("BED_NO", None),
        ("内容", None),
        ("SEX", None),
    ],
)
def test_key_types(key: str, kind: str | None) -> None:
    assert key_type(key) == kind


def test_bracketed_other_year_moves_with_the_date() -> None:
    (d,) = find_dates("令和元年(2019年)5月22日")
    assert shift_date_text(d, -30, None) == "平成31年(2019年)4月22日"
    (d,) = find_dates("2019(R1)年5月22日")
    assert shift_date_text(d, -400, None) == "2018(H30)年4月17日"


def test_uppercase_month_stays_uppercase() -> None:
    (d,) = find_dates("20-FEB-1931")
    assert (shift_date_text(d, 10, None) or "").endswith("-MAR-1931")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("在住、妻の楢崎 みどりと二人暮らし。", "楢崎 みどり"),
        ("6年1月5日に受診", "6年1月5日"),
        ("H30年5月に手術", "H30年5月"),
        ("カンファ参加：Dr.森、Ns.谷", "森"),
        ("カンファ参加：Dr.森、Ns.谷", "谷"),
    ],
)
def test_positive_more(text: str, value: str) -> None:
    assert covered(text, value, scrubber().analyzer.analyze(text).findings)


@pytest.mark.parametrize(
    ("text", "kept"), [("楢崎 メモ", "メモ"), ("Dr.指示通り", "指示"), ("術後3年4ヶ月", "3年4ヶ月")]
)
def test_near_miss_more(text: str, kept: str) -> None:
    assert kept in scrubber().scrub(text).text


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("指導日：令和3・11・3", "令和3・11・3", "DATE"),
        ("連絡先：0263.35.4600", "0263.35.4600", "PHONE_NUMBER"),
        ("（０２６３・３５・４６００）", "０２６３・３５・４６００", "PHONE_NUMBER"),
        ("被験者識別コード：WXYZ1234-567", "WXYZ1234-567", "ID"),
        ("長女宅（楢崎様方）へ転居", "楢崎", "PERSON"),
        ("担当PT 楢崎／担当OT 椎名", "椎名", "PERSON"),
        ("NHO 松本医療センター 地域連携室", "NHO 松本医療センター", "FACILITY"),
    ],
)
def test_positive_family_i_forms(text: str, value: str, entity: str) -> None:
    assert covered(text, value, scrubber().analyzer.analyze(text).findings), f"{entity} not covered"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ver 1.2.3、0.5.1", "1.2.3"),
        ("腺腫様方形", "腺腫"),
        ("楢崎 睦 様（旧姓 椎名）", "旧姓"),
    ],
)
def test_near_miss_family_i_forms(text: str, kept: str) -> None:
    assert kept in scrubber().scrub(text).text


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Referring physician: Dr. Ken Ito, Matsumoto General Hospital", "Matsumoto General Hospital", "FACILITY"),
        ("Seen at St. Ann's Clinic today", "St. Ann's Clinic", "FACILITY"),
        ("Date of exam: March 3, 2023. Age: 93. Seen", "93", "AGE"),
        (
            "Address: 1-2-3 Chuo, Matsumoto-shi, Nagano 390-0811",
            "1-2-3 Chuo, Matsumoto-shi, Nagano 390-0811",
            "ADDRESS",
        ),
    ],
)
def test_positive_english_forms(text: str, value: str, entity: str) -> None:
    found = {text[f.start : f.end]: f.entity_type for f in scrubber().analyzer.analyze(text).findings}
    assert found.get(value) == entity, found


@pytest.mark.parametrize("text", ["Referred from the General Hospital.", "Transferred to a University Hospital."])
def test_negative_english_generic_facilities(text: str) -> None:
    assert scrubber().analyzer.analyze(text).findings == ()
