"""Round T/U generalisations: table columns (a column with names, or headed as a person column, makes its other
name-shaped cells names), rooms and beds opening a row before a name, PHS hand-overs and pager headers, 7+ digit IDs
between CSV commas, DICOM SR coded triples kept, uppercase overlay facility names, ward codes heading a board,
short dated memos. Synthetic strings written for these tests; positive and negative cases side by side."""

from __future__ import annotations

import pytest

from tests.support.text import findings as _findings
from tests.support.text import found_as as _has
from tests.support.text import scrubber

BOARD = (
    "7南 夜勤 ボード\n"
    "701-A | ｲﾄｳ ｹﾝｼﾞ | 66/F | RK | NPO\n"
    "701-B | 川口 結衣 | 83F | 辻 | OPE明日\n"
    "702-A | ロペス Mさん | 95歳 女 | TY | 付き添い\n"
    "702-B | 空床 | | |\n"
    "703-A | 村井 大輔 | 70M | 松岡 | 点滴\n"
)
SCHEDULE = (
    "時刻,ID,氏名,検査,担当\n"
    "9:20,2970127,ﾌｼﾞﾀ ｻﾄｼ,CT,日下部\n"
    "9:40,4607092,スズキ A,RI 骨シンチ,中\n"
    "10:05,41450313,山本 花子,MRI,東\n"
)


CSV = (
    "カルテ番号,氏名,生年月日,年齢,郵便番号,住所,保険者番号,被保険者記号,被保険者番号,ICD10,備考\n"
    '00123,"宮本 陽子",1921-03-04,101,112-0002,"文京区小石川1-2-3",06131234,4411,573912,I10,"内服, 経過良好\n次回 CT"\n'
    '00456,"藤井 健",1930-05-06,92,930-0001,"富山市新総曲輪1-7",39123456,11,2345,E11.9,なし\n'
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (BOARD, "ロペス M", "PERSON"),  # a cell partly found is taken whole
        (BOARD, "701-A", "FACILITY"),  # the bed opening a row before a name
        (BOARD, "703-A", "FACILITY"),
        (SCHEDULE, "中", "PERSON"),  # a column headed 担当
        (SCHEDULE, "東", "PERSON"),
        (SCHEDULE, "2970127", "ID"),  # a 7+ digit ID between CSV commas
        ("- 477 ササキさん(8", "477", "FACILITY"),
        ("[PHS 418→5624] 小川", "5624", "PHONE_NUMBER"),
        ("From:8090 17:30 至急", "8090", "PHONE_NUMBER"),
        ("SAKURADAI GEN HOSP    2020", "SAKURADAI GEN HOSP", "FACILITY"),
        ("8東 深夜 ボード", "8東", "FACILITY"),
        ("ALT 42 → 再検 0304", "0304", "DATE"),
        ("タナベ様より 3/18のRI 骨シンチ", "3/18", "DATE"),
        ("変更希望日 7/17 TEL 045", "7/17", "DATE"),
        ("02/04 はるちゃん 家族面談", "02/04", "DATE"),
        ("ID 457312    91Y M", "91Y", "AGE"),
        ("ﾅｶｼﾞﾏ ﾚﾝ様 (0771-0987) GF", "0771-0987", "ID"),
        (CSV, "101", "AGE"),  # a typed CSV column under 年齢, the header has an ICD10 column
        (CSV, "112-0002", "POSTAL_CODE"),
        (CSV, "4411", "INSURANCE_NUMBER"),
        (CSV, "573912", "INSURANCE_NUMBER"),
        (CSV, "930-0001", "POSTAL_CODE"),  # the row after a quoted cell with a comma and a line break
        ("CT 123I-IMP  A171213-0439", "A171213-0439", "ID"),
        ("1 CR 胸部  RA-18-062923", "RA-18-062923", "ID"),
        ("徒歩7分／バス「東雲橋」下車すぐ", "東雲橋", "ADDRESS"),
        ("T12.10.23生　097Y　男", "097Y", "AGE"),
        ("M l9Y\n20l9/08/07 lO:16:20\nEh", "20l9/08/07 lO:16:20", "DATE"),  # OCR'd date and time
        ("BS 4検\n504-C\t空床\n505-A\t猪狩 さゆり", "504-C", "FACILITY"),  # an empty bed
        ("北4階病棟 350\nアレルギー: なし", "350", "FACILITY"),
        ("memo 0207 はるちゃん(461) 家族面談", "461", "FACILITY"),
        ("305-A　サトウ T　♂100　清水", "100", "AGE"),
        ("Medical Center\n1200 Pine Street, Seattle, WA 98101, USA", "98101", "POSTAL_CODE"),
        ("Patient's Name        : KUDO^AOI=工藤^葵=クドウ^アオイ", "KUDO^AOI=工藤^葵=クドウ^アオイ", "PERSON"),
        ("Accession Number      : A220201-0239", "A220201-0239", "ID"),  # the attribute name as viewers print it
        ("Patient's Birth Date  : 19640502", "19640502", "DATE"),
        ('(121008, DCM, "Person Observer Name") = "Garcia^Carlos">', "Garcia^Carlos", "PERSON"),
        ("0079526650,PEREIRA^LUCAS,1943-01", "PEREIRA^LUCAS", "PERSON"),
        ("〒942-4095 高知県立川市東和町4-2\n3-13\nTEL", "高知県立川市東和町4-2\n3-13", "ADDRESS"),  # wrapped by a PDF
        ("103号室｜オカヤマ H｜42歳 女", "オカヤマ H", "PERSON"),  # a katakana family name and an initial
        ("605 タカハシ Y ♂73", "タカハシ Y", "PERSON"),
        ("医療ソーシャルワーカー いけだ ようこ\n対象", "いけだ ようこ", "PERSON"),  # a name in two runs after a role
        ("担当：臨床遺伝専門医 斎藤 零、認定", "斎藤 零", "PERSON"),
        ("モニター：タパ ラム（オリオン", "タパ ラム", "PERSON"),
        ("7東 09/30 日勤 ボード", "09/30", "DATE"),
        ("SAKURADAI GEN HOSP    2O201007\n", "2O201007", "DATE"),  # a compact date with an OCR'd O
        ("607 | 山田 太郎\n608 | 空床\n609 | 鈴木 花子\n", "608", "FACILITY"),
        (
            "9:00,4607092,スズキ A,CT\n9:15,432897,ミタライ Y,MR\n"
            "9:30,41450313,山本 花子,US\n9:45,3172436,高橋 茂,CT\n",
            "432897",
            "ID",
        ),  # a shorter number in an ID column
    ],
)
def test_round_tu_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        '3: HAS CONCEPT MOD CODE: (363698007, SCT, "Finding site") = (27925004, SCT, "Normal")',
        "Patient ID : ",
        "1,234,567 円",
        "1/2 錠 分2",
        "BP 132/78 HR 72 SpO2 97%",
        "T2WI\nTR 2019 TE 105\nFA 90",  # MR sequence values, not a state and a ZIP code
        "♂65 ♀72",
        "OBX|1|CE|1234-5^Glucose^LN||99^High^L",  # HL7 components are no person name
        "Patient's Name        : ANONYMIZED\nPatient ID            : ********\nStudy Date : ****/**/**",
        "代諾者住所：＿＿＿＿＿＿＿＿\n連絡先：＿＿＿－＿＿＿＿",
        "最寄り駅北口より徒歩7分／バス「病院前」下車すぐ",
        "ドレーン A 排液 淡血性、カテーテル B 抜去",
    ],
)
def test_round_tu_negative(text: str) -> None:
    assert not _findings(text), _findings(text)


def test_empty_bed_is_not_a_name() -> None:
    assert not any(v == "空床" for v, _ in _findings(BOARD))


def test_header_row_is_never_a_name() -> None:
    text = "室 | 氏名 | 年齢 | Dr | 状態\n501 | 山田 太郎 | 70 | 佐藤 | 安定\n502 | 鈴木 花子 | 82 | 佐藤 | せん妄\n"
    text += "503 | 田中 一郎 | 65 | 高橋 | 安定\n"
    found = [v for v, t in _findings(text) if t == "PERSON"]
    assert found == ["山田 太郎", "佐藤", "鈴木 花子", "佐藤", "田中 一郎", "高橋"], found


def test_address_does_not_take_the_next_line_of_prose() -> None:
    text = "東京都新宿区西新宿2-8-1\n2023年4月1日 受診"
    assert ("東京都新宿区西新宿2-8-1", "ADDRESS") in _findings(text)


def test_honorific_after_a_role_pair_stays_out() -> None:
    assert _findings("利用者: 樋口徹 様宅（訪問）") == [("樋口徹", "PERSON")]


LETTER = (
    "せんせいへ\n\nいつも おばあちゃんが おせわに なってます。まごの わたし です。\n"
    "おばあちゃん（うちの おばあちゃん）は ことしで だいぶ としを とりました。\n"
    "おじさんの おじさん も ときどき きます。なにか あったら おとうさん（ナカジマ）の でんわ に れんらく ください。\n"
    "となりのひわたしさんにも、よろしく。\n"
)


def test_family_letter_kin_words_are_not_names() -> None:
    found = _findings(LETTER)
    assert _has(LETTER, "ナカジマ", "PERSON") and _has(LETTER, "ひわたし", "PERSON"), found
    kin_only = {"おばあ", "いつも おばあ", "うちの おばあちゃん", "おじさんの おじ", "おじ", "わたし", "とし"}
    assert not [v for v, _ in found if v in kin_only], found


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("うちは 練馬区石神井 の ほうです", "練馬区石神井", "ADDRESS"),  # where someone lives, said in prose
        ("退院後は いすみ市丸の内 に戻る予定", "いすみ市丸の内", "ADDRESS"),
        ("subject_id=SUBJ-026-0221; site=", "SUBJ-026-0221", "ID"),
        ("病棟: 6階東病棟 840-4\n情報源", "840-4", "FACILITY"),
        ("他院処方: 白樺眼科（処方医 田中）", "白樺眼科", "FACILITY"),
        ("調剤: ひかり薬局 みなと店（TEL", "ひかり薬局 みなと店", "FACILITY"),
    ],
)
def test_round_v_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize("text", ["同市内の方へ連絡", "地区の方が来院", "本町の近くの薬局"])
def test_round_v_negative(text: str) -> None:
    assert not [f for f in _findings(text) if f[1] == "ADDRESS"], _findings(text)


def test_age_column_follows_the_policy_top_coding_age() -> None:
    from policies.text_options import TextDeidOptions

    text = "氏名,年齢,備考\n小野,87,なし\n岡,92,なし\n"  # no sex column: only the typed 年齢 column reads it
    lowered = scrubber(TextDeidOptions(top_code_age=85)).analyzer.analyze(text)
    assert ("87", "AGE") in [(text[f.start : f.end], f.entity_type) for f in lowered.findings]
    assert ("87", "AGE") not in _findings(text)  # the default top-coding age is 90


def test_no_age_at_or_over_130_in_columns_and_dicom_dumps() -> None:
    """Every age source shares one bound: 90-129 identify, 130 and over is some other number (as in prose)."""
    for text, value in [
        ("氏名,年齢,備考\n小野,95,なし\n岡,150,なし\n", "150"),
        ("(0010,1010) AS [095Y]  # PatientAge\n(0010,1010) AS [150Y]  # PatientAge\n", "150Y"),
    ]:
        found = _findings(text)
        assert any(f[1] == "AGE" for f in found), found  # the 95-year-old is found
        assert (value, "AGE") not in found, found
