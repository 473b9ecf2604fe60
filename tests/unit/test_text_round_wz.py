"""Round W-Z generalisations (pathology and genetics records, foreign patients and English correspondence, chat,
logs and application JSON, elderly-care and welfare documents). Synthetic strings written for these tests, not
taken from the corpora; positive and negative cases side by side."""

from __future__ import annotations

import pytest

from gateway.scrub.text.dates import find_dates
from gateway.scrub.text.normalize import normalize
from tests.support.text import findings as _findings
from tests.support.text import found_as as _has
from tests.support.text import scrubber


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # dates: course words, events, weekday brackets, English forms, era letters alone
        ("検体: 尿（採取 10/19、受付 10/19）", "10/19", "DATE"),
        ("経過不良。5/21、発熱あり。", "5/21", "DATE"),
        ("全身状態悪化し、6/2 永眠。", "6/2", "DATE"),
        ("日時：R5.9.9（土曜）15時0分　場所：会議室", "R5.9.9（土曜）15時0分", "DATE"),
        ("家族連絡：8/11(日)8:33 長男へ", "8/11(日)8:33", "DATE"),
        ("送信日時: 2024年10月27日 日曜日 12:36", "2024年10月27日 日曜日 12:36", "DATE"),
        ("Date: Mon, 26 Jun 2023 15:24:27 +0900", "Mon, 26 Jun 2023 15:24:27 +0900", "DATE"),
        ("On Sun, Oct 1, 2023 at 8:57 PM Sophie wrote:", "Sun, Oct 1, 2023 at 8:57 PM", "DATE"),
        ("Admission date: 5 Feb 2024, 16:16", "5 Feb 2024, 16:16", "DATE"),
        ("booked a flight for Jul 8. Please", "Jul 8", "DATE"),
        ("return on the 14th October.", "14th October", "DATE"),
        ("Oct  2 14:32:43 emr-app01 sshd", "Oct  2 14:32:43", "DATE"),
        ("board_export 20250117_1429.csv", "20250117_1429", "DATE"),
        ("長女 順子 (S28生, 川崎市在住)", "S28", "DATE"),
        ("R5.8  特別養護老人ホーム入所", "R5.8", "DATE"),
        ("S42  長男 誕生", "S42", "DATE"),
        # ages in kanji numerals
        ("妻が老衰にて他界（享年九十七）。", "九十七", "AGE"),
        ("現在97歳（数えで九十八）。", "九十八", "AGE"),
        # wards, rooms and beds
        ("10:10\tわたなべ@5南\tお疲れ様です", "5南", "FACILITY"),
        ("病棟/床 : 4西 / 423-3", "423-3", "FACILITY"),
        ("Ward: 5S / Rm 529   Requested", "Rm 529", "FACILITY"),
        ("Ward: 6 North\nAttending: Dr. Ono", "6 North", "FACILITY"),
        ("consult - bed 5E-8 please", "5E-8", "FACILITY"),
        ("病棟：5階東病棟 503-C\n氏名：", "503-C", "FACILITY"),
        # facilities of care, welfare and daily life
        ("担当CM：ケアプランひまわり 山下", "ケアプランひまわり", "FACILITY"),
        ("訪問 ほほえみ訪問看護ステーション", "ほほえみ訪問看護ステーション", "FACILITY"),
        ("事件番号（奈良家庭裁判所 葛城支部）", "奈良家庭裁判所 葛城支部", "FACILITY"),
        ("数えで十四の春より桜ヶ丘信用金庫へ住み込み", "桜ヶ丘信用金庫", "FACILITY"),
        ("退院先は特養 楽寿園を希望", "特養 楽寿園", "FACILITY"),
        ("Call from Naha Coral Garden Hotel front desk", "Naha Coral Garden Hotel", "FACILITY"),
        ("seen at Hospital Santa Clara do Vale (outside)", "Hospital Santa Clara do Vale", "FACILITY"),
        # IDs and phones
        ("登記番号　第2023-95904号\nなお", "第2023-95904号", "ID"),
        ("剖検番号: 剖21-45", "剖21-45", "ID"),
        ("以前の生検（P2024-05929、R6.4.6）", "P2024-05929", "ID"),
        ("在留カード番号：LY99370115DH", "LY99370115DH", "ID"),
        ("Policy No.: AMA-HK-2204212   Cover", "AMA-HK-2204212", "ID"),
        ("Our ref: 国際-5023", "国際-5023", "ID"),
        ("CT CHEST [RA-2024-04803]", "RA-2024-04803", "ID"),
        ("北 先生より PHS (2775) で連絡あり", "2775", "PHONE_NUMBER"),
        ("to=服部Dr ext=5940  result=OK", "5940", "PHONE_NUMBER"),
        # log pairs and application JSON
        ('sshd[1]: uid=877675 uname="岸 一" term=W12', "877675", "ID"),
        ("spec=1  user=金子 希望  to=服部Dr", "金子 希望", "PERSON"),
        ('{"patient_id": "9038-5480", "name_kana": "イノマタ トモヤ"}', "9038-5480", "ID"),
        ('{"patient_id": "9038-5480", "name_kana": "イノマタ トモヤ"}', "イノマタ トモヤ", "PERSON"),
        ('{"insurance": {"insurer_no": "148250", "symbol": "千葉655"}}', "千葉655", "INSURANCE_NUMBER"),
        ('{"address": {"zip": "200-2099", "line1": "方京9-3-28"}}', "方京9-3-28", "ADDRESS"),
        # names
        ("患者 𠮷田清さん。", "𠮷田清", "PERSON"),
        ("昭和三十六年、妻・𠮷田はる（昭和九年生）と結婚", "𠮷田はる", "PERSON"),
        ("Read by ŌNO Ichirō, MD, PhD", "ŌNO Ichirō", "PERSON"),
        ('To: "Müller, Hannah" <hannah@example.de>', "Müller, Hannah", "PERSON"),
        ("Dear Seo-yeon,\n\nThank you", "Seo-yeon", "PERSON"),
        ("Best regards,\nShota\n", "Shota", "PERSON"),
        ("Re: Park Ji-hoon, DOB 07/03/1980", "Park Ji-hoon", "PERSON"),
        ("Name (as in passport): DO QUANG HUY\n", "DO QUANG HUY", "PERSON"),
        ("her daughter Carmen Higa will come", "Carmen Higa", "PERSON"),
        ("referring Ms. Maria Cristina Reyes (DOB 1990)", "Maria Cristina Reyes", "PERSON"),
        # places
        ("○長女　小川幸子　(71)　名取市　TEL 090", "名取市", "ADDRESS"),
        ("昭和五十四年、郡上市美並町大原に家を建て", "郡上市美並町大原", "ADDRESS"),
        ("Hospital\n253-4, Yeoksam-dong, Gangnam-gu, Seoul, 06661, Republic of Korea", "06661", "POSTAL_CODE"),
        ("Rua Padre Anchieta, 9954, apto 04, Londrina - PR, 13006-963, Brazil", "Londrina - PR", "ADDRESS"),
    ],
)
def test_round_wz_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # clinical fractions and scores are no dates
        ("pT2, ly1, v1, pN1a(2/15)。", "DATE"),
        ("MMT 腸腰筋 4/5、大腿四頭筋 3/5。", "DATE"),
        ("You may take it. May 5 times a day", "DATE"),
        ("dose on 1/2 tablet daily", "DATE"),
        ("T12 圧迫骨折あり", "DATE"),
        ("右S6 に結節", "DATE"),
        # weeks and words that look like wards
        ("2W後に再診。3東京都内の病院", "FACILITY"),
        ("Hospital Day 3: afebrile", "FACILITY"),
        # protocol and request numbers
        ("治験実施計画書番号：NVX-2011-301（第Ⅲ相）", "ID"),
        ('{"req_id": "req-2ca7865e"}', "ID"),
        # places that point at no place, occupations
        ("長女（戦後生、県外在住）", "ADDRESS"),
        ("漁師の家の長男として出生", "ADDRESS"),
        ("本町の近くの薬局", "ADDRESS"),
        # slot fillers that are words, not names
        ("【当院】患者様 明日14:45 外来 ご予約日です", "PERSON"),
        ("受：受付（事務）", "PERSON"),
        ("患者：本人　成人 女性", "PERSON"),
        ("[返信] 患者さんのUS前倒し", "PERSON"),
        ("服薬前の氏名の読み上げで気付いた", "PERSON"),
        ("Dear Colleague,\n\nThank you", "PERSON"),
    ],
)
def test_round_wz_negative(text: str, kind: str) -> None:
    assert not [f for f in _findings(text) if f[1] == kind], _findings(text)


def test_relative_given_name_that_is_a_word_is_kept_after_a_kinship_word() -> None:
    """希望 is a dictionary word (サ変), but after 姪 it is the niece's given name."""
    assert ("希望", "PERSON") in _findings("家族(姪 希望さん)へ連絡済")


def test_weekday_after_the_date_shifts_with_it() -> None:
    """A weekday between the date and its time is part of the time stamp and is recomputed after the shift."""
    s = scrubber()
    out = s.scrub("送信日時: 2024年10月27日 日曜日 12:36 です", patient_key="p-1").text
    m = find_dates(normalize(out).text)
    assert m and m[0].text.endswith("12:36"), out
    import datetime as dt

    shifted = dt.date(int(m[0].group("year") or 0), int(m[0].group("month") or 0), int(m[0].group("day") or 0))
    assert "月火水木金土日"[shifted.weekday()] == m[0].group("wd"), out


def test_diacritics_fold_one_to_one() -> None:
    norm = normalize("Ōta Kōji さん")
    assert norm.text == "Ota Koji さん" and norm.to_original(0, 3) == (0, 3)


BED_BOARD = (
    "部屋   床  氏名              年齢  入院日      主治医    予定/備考\n"
    "809    C   田中 涼平         100歳 7/28(日)    山下      退院\n"
    "816    4   鈴木 くみ子       56歳  7/31        山下      看取り方針\n"
    "815    2   清水 良介         39歳  8/21(水)    阿部      転院調整\n"
)
AUDIT = (
    "日時                   |利用者ID |利用者名        |患者ID    |操作\n"
    "2025-05-14 12:59:55.098|u065027  |栗栖 結衣       |06778220  |参照\n"
    "2025-05-14 13:23:10.628|u065027  |栗栖 結衣       |06778220  |PDF出力\n"
    "2025-05-14 15:05:55.300|u587959  |山本　ひかり    |06778220  |参照\n"
)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (BED_BOARD, "C", "FACILITY"),  # a bed column by its header
        (BED_BOARD, "7/31", "DATE"),  # a date column by its header
        (AUDIT, "u587959", "ID"),  # 利用者ID is a person's number, not a name
        (
            "病棟,部屋,床,患者ID,患者名\n3北,320,B,0084532153,坂本 篤司\n3北,307,E,0084607950,西村直子\n",
            "E",
            "FACILITY",
        ),
    ],
)
def test_typed_columns(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


def test_header_row_laid_out_with_spaces_is_no_name() -> None:
    """The OCR repair no longer collapses the spaces of a table row, so its header stays a header."""
    assert not [f for f in _findings(BED_BOARD) if f[0].startswith("部屋") or f[0] == "年齢"], _findings(BED_BOARD)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("看護記録（放射線部）\n9/1　11時40分 CT造影終了", "9/1　11時40分", "DATE"),
        ("追記　2023年10月10日9時12分\n先の報告", "2023年10月10日9時12分", "DATE"),
        ("報告日時：10/12 09:25", "10/12 09:25", "DATE"),
        ("5/4\tP072354\t宮城", "5/4", "DATE"),
        ("期間　2023年5月22日〜5/28　装置", "5/28", "DATE"),
        ("経過観察入院（混合3病棟へ）", "混合3病棟", "FACILITY"),
        ("実施：5A病棟 615号室1床", "615号室1床", "FACILITY"),
        ("病棟側にも共有（204号・522号）。", "522号", "FACILITY"),
        ("【緊急連絡票】東雲遠隔画像診断センター", "東雲遠隔画像診断センター", "FACILITY"),
        ("Operator Taro Suzuki, Assistant NAKAMURA MARIKO", "NAKAMURA MARIKO", "PERSON"),
        ("Radiologist: 安心院\n\n本報告は仮報告", "安心院", "PERSON"),
        ("担当技師小林トメが発見し放射線科医清水をコール", "清水", "PERSON"),
        ("看護記録：東Ns、帰室後", "東", "PERSON"),
    ],
)
def test_round_aa_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("HAS CONCEPT MOD CODE: (121058, DCM)", "PERSON"),
        ("リハビリ：外来 PT 週1回", "PERSON"),
        ("当直医師確認、主治医確認済み", "PERSON"),
    ],
)
def test_round_aa_negative(text: str, kind: str) -> None:
    assert not [f for f in _findings(text) if f[1] == kind], _findings(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("（1/25 8:45 YA Ns）次回予約", "YA", "PERSON"),
        ("・氏名：松田 湊　ﾏﾂﾀﾞ ﾐﾅﾄ\n・生年月日", "ﾏﾂﾀﾞ ﾐﾅﾄ", "PERSON"),
        ("確認：\n - 四種 2016/01/06 / 2/20 / 3/13", "3/13", "DATE"),
        ("3/17以降ほぼ登校なし", "3/17", "DATE"),
        ("曜日：火木土 午後　ベッド：No.21", "No.21", "FACILITY"),
        ("第1クール　ベッド 35番ベッド", "35番ベッド", "FACILITY"),
        ("隊：横浜市保土ケ谷救急隊（隊長", "横浜市保土ケ谷救急隊", "FACILITY"),
        ("2013年 川辺産婦人科で出産", "川辺産婦人科", "FACILITY"),
        ("事案番号 2025-07440", "2025-07440", "ID"),
        ("身体障害者手帳1級（第446060号）", "第446060号", "ID"),
        ("母子手帳（豊島区交付 No.54）", "豊島区", "ADDRESS"),
    ],
)
def test_round_ab_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("曜日：火木土 午後", "PERSON"),
        ("RSST 2回/30秒、（DAPT）、CT RI 技師", "PERSON"),
        ("DX: C34.1\nBED: 2", "FACILITY"),
    ],
)
def test_round_ab_negative(text: str, kind: str) -> None:
    assert not [f for f in _findings(text) if f[1] == kind], _findings(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("【連携】居宅介護支援事業所西の丘（担当", "居宅介護支援事業所西の丘", "FACILITY"),
        ("訪問看護ステーション朝日へ連絡", "訪問看護ステーション朝日", "FACILITY"),
        ("病棟：3階東　706号室　診療科", "706号室", "FACILITY"),
        ("術者 中村　入院 6階西\nDr.", "6階西", "FACILITY"),
        ("記載：伊藤加奈（3階東） 12/15\n・嚥下", "12/15", "DATE"),
    ],
)
def test_round_ab2_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize("text", ["ケアプラン作成済み", "デイサービス利用中", "デイサービス週2回", "3階東側の窓"])
def test_round_ab2_negative(text: str) -> None:
    assert not [f for f in _findings(text) if f[1] == "FACILITY"], _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "誰から：姪 ご家族様",
        "担当さんへ（病棟）",
        "本人（ベトナム籍、日本人の配偶者等）",
        "利用者さん（年齢記載なし）、退院後",
        "透析日のため午後は不可",
        "Physician: attending physician  our department",
    ],
)
def test_shapes_no_name_has(text: str) -> None:
    assert not [f for f in _findings(text) if f[1] == "PERSON"], _findings(text)


def test_a_kana_surname_ending_like_a_phrase_is_kept() -> None:
    assert ("たかなし", "PERSON") in _findings("いつもお世話になってます！たかなしの娘です。")


def test_foreign_names_with_their_spellings() -> None:
    text = (
        "実習生 メンドーサ＝アンジェリカ（MENDOZA ANGELICA） さん。"
        "カルテ表記は「チャオ・シャオリー」、保険証は「趙　暁麗」。"
    )
    for value in ("メンドーサ＝アンジェリカ", "MENDOZA ANGELICA", "チャオ・シャオリー", "趙　暁麗"):
        assert _has(text, value, "PERSON"), _findings(text)
    assert not [f for f in _findings("ギラン・バレー（Guillain Barre）症候群") if f[0] == "Guillain Barre"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1) 病室 患者さん 肝細胞癌 S6　特変なし。", "PERSON"),
        ("本人様のベッドサイドへ持参。リストバンド確認時に気付いた", "PERSON"),
        ("他、特記事項なし。 リーダー：リーダー看護師 PHS", "PERSON"),
        ("　担当居宅介護支援事業所 ケアマネ さん", "FACILITY"),
        ("住所：自宅 長男家族と同居", "ADDRESS"),
    ],
)
def test_round_ad_negative(text: str, kind: str) -> None:
    assert not [f for f in _findings(text) if f[1] == kind], _findings(text)


def test_ocr_label_glued_to_a_kana_name_keeps_the_name() -> None:
    text = "問 診 票\nフ リ ガ ナ サ ソ ウ ミ キ\nお名前 笹生 幹\n"
    assert any(f[1] == "PERSON" and "サ" in f[0] for f in _findings(text)), _findings(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("・2020/12/11　1415 息子 森誠様に", "2020/12/11　1415", "DATE"),
        ("FAX返信済 1月23日（月）0555", "1月23日（月）0555", "DATE"),
        ("発生日時：10/08 0650頃", "10/08 0650", "DATE"),
        ("■301号 C 松本 愛様 90歳", "301号 C", "FACILITY"),
        ("1) 603-4 早乙女陽子 68歳", "603-4", "FACILITY"),
        ("訪問看護 週1回(なごみ訪問看護)、訪問診療", "なごみ訪問看護", "FACILITY"),
    ],
)
def test_round_ad_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


def test_a_dose_after_a_date_is_no_clock_time() -> None:
    assert ("2024/1/2", "DATE") in _findings("処方 2024/1/2 1000mg")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("手術 2024/8/19（鷹ノ台総合病院に依頼）", "鷹ノ台総合病院", "FACILITY"),
        ("Comparison: 吉田整形外科 CT 2021", "吉田整形外科", "FACILITY"),
        ("比較：井上整形外科（持参CD）CT", "井上整形外科", "FACILITY"),
        ("【比較】高砂総合健診プラザ 2023", "高砂総合健診プラザ", "FACILITY"),
        ("依頼: 婦人科/森\n\n転倒", "森", "PERSON"),
        ("佐々木Drより6/30 電話で問い合わせ", "6/30", "DATE"),
    ],
)
def test_round_ac_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


def test_a_department_is_kept_before_its_clinic_rule_needs_context() -> None:
    assert not [f for f in _findings("消化器内科 CT 施行") if f[1] == "FACILITY"], _findings("消化器内科 CT 施行")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("受診日：2025年4月3日木曜日　受付", "2025年4月3日木曜日", "DATE"),
        ("事業場：北辰電子株式会社 厚木", "北辰電子株式会社", "FACILITY"),
        ("（社員番号 B69825 ）", "B69825", "ID"),
        ("訪問看護：訪看STゆいまーる\n薬局", "訪看STゆいまーる", "FACILITY"),
        ("グループホームおひさま", "グループホームおひさま", "FACILITY"),
        ("さくら荘 559号 平和　陽菜 様", "559号", "FACILITY"),
        ("   RUN-DATE=241206   PAGE 1", "241206", "DATE"),
    ],
)
def test_round_ae_af_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


@pytest.mark.parametrize(("text", "kind"), [("ショートステイ　ご利用", "FACILITY"), ("4月3日日本", "DATE")])
def test_round_ae_af_negative(text: str, kind: str) -> None:
    found = [f for f in _findings(text) if f[1] == kind]
    assert not found or found == [("4月3日", "DATE")], found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("宛先：貴院 連携窓口 御中", "PERSON"),
        ("保護者連絡：母 保護者 さん（保護者）", "PERSON"),
        ("|他院|依頼医先生|担当|", "PERSON"),
        ("LAB-RSLT-EXPORT V2.3  000000000000", "MY_NUMBER"),
        ("・福祉用具レンタル(車椅子)", "FACILITY"),
    ],
)
def test_round_ae_af_placeholders(text: str, kind: str) -> None:
    assert not [f for f in _findings(text) if f[1] == kind], _findings(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("長崎 Dr  病理(S25-9854) adenocarcinoma", "S25-9854", "ID"),  # the OCR repair keeps a specimen's letter
        ("検体 B24-0987 提出", "B24-0987", "ID"),
        ("2024-02-16  12:40 [オオイタ タツヤ] 248444", "オオイタ タツヤ", "PERSON"),
        ("8/26 8時00分 [S.S.] 7311-5794", "S.S.", "PERSON"),
        ("紹介元 さくら通り整形外科  初回撮像 5/26", "5/26", "DATE"),
        ("説明が早口で分からない。4/4の時も同じ。", "4/4", "DATE"),
        ("2020年4月7日 大和田メディカルプラザで", "大和田メディカルプラザ", "FACILITY"),
        ("前回処方 2025/3/1 56日分", "2025/3/1", "DATE"),  # no stray-space join after a date's day
    ],
)
def test_round_ag_forms(text: str, value: str, kind: str) -> None:
    assert _has(text, value, kind), _findings(text)


def test_ocr_repair_still_fixes_confused_digits() -> None:
    assert normalize_and_repair("TEL O3-1234-5678") == "TEL 03-1234-5678"
    assert normalize_and_repair("〒1O0-0001") == "〒100-0001"


def normalize_and_repair(text: str) -> str:
    from gateway.scrub.text.normalize import repair_ocr

    return repair_ocr(normalize(text)).text
