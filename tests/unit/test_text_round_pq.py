"""Round P/Q generalisations: initials in case lists and signing slots, one-word name slots (a family name with
its department in brackets, a doctor's own clinic session, a relative's given name, a romaji name after a role
and a colon or before an honorific), clinics named by a proper name and a specialty, dated event words before a
bare M/D, Y as an age unit, My Number key names, phone numbers after a slash, romaji postal keys, kana
municipalities, building names with の, care-housing kinds, DICOM UIDs in text. Synthetic strings written for
these tests (not taken from any corpus); positive and negative cases side by side."""

from __future__ import annotations

import pytest

from tests.support.text import covered, scrubber
from tests.support.text import findings as _findings


def _covered(text: str, value: str) -> bool:
    return covered(text, value, scrubber().analyzer.analyze(text).findings)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # initials before an age and sex, in any list style
        ("3) RK，９２歳/M　膵頭部腫瘤", "RK"),
        ("■Y.K.　八十歳/F (肺癌)", "Y.K."),
        ("症例4：N・O，96y 男性", "N・O"),
        ("#2 MW 61歳 女性 乳癌", "MW"),
        ("搬送者 JB 77才 M", "JB"),
        # initials in a signing slot, dotted or with a middle dot
        ("切り出し担当:T・W　病理医 確認済", "T・W"),
        ("記録者:R.N", "R.N"),
        ("判読 K.S.", "K.S."),
        ("504号室 FK様 （91歳）", "FK"),
        # one family name in a slot only a person fills
        ("参加：緩和 藤井　綾 辻（がん看護），", "辻"),
        ("説明者 森，原（腫瘍内科）", "原"),
        ("09:30 循環器内科 江川外来", "江川"),
        ("技師 橋本", "橋本"),  # a surname that is also an eponym stem (橋本病) stays a name on its own
        ("器械出し 森田、谷", "谷"),
        # a relative's given name
        ("「息子の隆が来るって」", "隆"),
        ("妹の恵美子さんに連絡", "恵美子"),
        # romaji names
        ("麻酔科医：Walker　器械出し", "Walker"),
        ("（担当 Okafor）", "Okafor"),
        ("Maria Lopez 先生 御侍史", "Maria Lopez"),
        ("Dr.H. Tanabe", "H. Tanabe"),
        ("Patient: Park Ji-woo (65歳/F)", "Park Ji-woo"),
        ("患者氏名 ソフィア ・マルティネス 様", "ソフィア ・マルティネス"),
    ],
)
def test_person_slots(text: str, value: str) -> None:
    assert _covered(text, value), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "胆嚢壁の限局性肥厚、RAS様の小嚢胞を伴う。",  # 様 after an abbreviation means "-like"
        "CT 55歳時に施行。PS 1。BMI 22。",
        "明・大・昭・平のいずれか",
        "肝、腎、脾に異常なし",
        "禁煙外来 専門外来 救急外来",
        "母の日に外泊。夫の実家へ。",
        "MMT 4/5 記録 3/5回",
        "Y-90 と 90Y 微小球による放射線塞栓術",
    ],
)
def test_person_slots_negative(text: str) -> None:
    assert not [f for f in _findings(text) if f[1] in ("PERSON", "AGE", "DATE")], _findings(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("生来健康。木下胃腸科内科（かかりつけ）通院中。", "木下胃腸科内科"),
        ("以前より白樺整形外科通院中であった。", "白樺整形外科"),
        ("紹介状\n令和6年2月3日\n若松眼科\n小児科 先生", "若松眼科"),
        ("前医:松岡内科", "松岡内科"),
        ("施設: 住宅型有料老人ホーム ひだまりの郷より搬送", "ひだまりの郷"),
        ("退院先候補: サービス付き高齢者向け住宅 さくら荘（ケアマネ", "さくら荘"),
        ("お薬手帳はたんぽぽ薬局 駅前店発行", "たんぽぽ薬局 駅前店"),
    ],
)
def test_clinic_and_care_housing_names(text: str, value: str) -> None:
    assert _covered(text, value), _findings(text)
    assert any(t == "FACILITY" for v, t in _findings(text) if value in v or v in value)


@pytest.mark.parametrize(
    "text",
    [
        "消化器内科通院中。循環器内科より紹介。当院整形外科受診。",
        "近医内科で加療。2019年より糖尿病内科通院中。心臓血管外科受診。",
        "呼吸器内科\n腫瘍内科\n",
    ],
)
def test_departments_are_not_clinics(text: str) -> None:
    assert not [f for f in _findings(text) if f[1] == "FACILITY"], _findings(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("前回比較　１１/２", "１１/２", "DATE"),
        ("【撮影日】　5/17", "5/17", "DATE"),
        ("ST記録 8/30", "8/30", "DATE"),
        ("終了日=2/14", "2/14", "DATE"),
        ("#2 胃潰瘍 発症 6/6 転帰 軽快 7/21", "7/21", "DATE"),
        ("ｶﾅ ﾔﾏﾓﾄ ｹﾝ M 93Y\nFVC 2.1", "93Y", "AGE"),
        ("（S5.1.2生 94Y）", "94Y", "AGE"),
        ("MYNO ：1234 5678 9012;", "1234 5678 9012", "MY_NUMBER"),
        ("KOJIN_NO=2345-6789-0123;", "2345-6789-0123", "MY_NUMBER"),
        ("長男 大野 健／090-1111-2222）", "090-1111-2222", "PHONE_NUMBER"),
        ("ヘルパー／07012345678", "07012345678", "PHONE_NUMBER"),
        ("YUBIN ：305-0005 ,", "305-0005", "POSTAL_CODE"),
        ("郵便番号=１２３－４５６７", "１２３－４５６７", "POSTAL_CODE"),
        ("茨城県つくばみらい市絹の台3丁目2番1号", "茨城県つくばみらい市絹の台3丁目2番1号", "ADDRESS"),
        ("千葉県柏市若柴1丁目2番3号 ハイツ緑の丘201", "ハイツ緑の丘201", "ADDRESS"),
        ("Series UID: 1.2.840.113619.2.55.3.604688119", "1.2.840.113619.2.55.3.604688119", "ID"),
        ("生年月日 September  3, 1931", "September  3, 1931", "DATE"),
    ],
)
def test_numbers_dates_and_places(text: str, value: str, kind: str) -> None:
    assert _covered(text, value), _findings(text)
    assert kind in {t for v, t in _findings(text) if value in v or v in value}, _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "リンパ節転移 (3/12)。HDS-R 24/30。NRS 6/10。",
        "version 1.2.3.4 を使用。IP 10.0.0.1",
        "分数 1/2錠 検査 2/3項目",
        "個数 1234 5678 9012 個",  # twelve digits with no key and no valid check digit
    ],
)
def test_numbers_negative(text: str) -> None:
    assert not [f for f in _findings(text) if f[1] in ("DATE", "ID", "MY_NUMBER")], _findings(text)
