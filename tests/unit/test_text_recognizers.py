"""Recognisers: positive, negative and near-miss cases per identifier type (findings on the input text)."""

from __future__ import annotations

import pytest

from gateway.scrub.text.recognizers.my_number import my_number_valid
from tests.support.text import covered, scrubber


def _types(text: str) -> dict[str, str]:
    a = scrubber().analyzer.analyze(text)
    return {text[f.start : f.end]: f.entity_type for f in a.findings}


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        # names: dictionary POS, honorifics, roles, labels, kana, romaji, rare names
        ("主治医の山田太郎先生より紹介。", "山田太郎", "PERSON"),
        ("患者やまだはなこ様は外来受診。", "やまだはなこ", "PERSON"),
        ("読影医 東海林 颯", "東海林 颯", "PERSON"),
        ("勅使河原詩織医師に相談。", "勅使河原詩織", "PERSON"),
        ("紹介状より: たかだ さちこさん", "たかだ さちこ", "PERSON"),
        ("患者氏名：金城 美智子（カネシロ ミチコ）", "カネシロ ミチコ", "PERSON"),
        ("・キーパーソン：ももせ はると（夫）", "ももせ はると", "PERSON"),
        ("| 氏名 | 久保田湊斗 |", "久保田湊斗", "PERSON"),
        ("関東病院 放射線診断科\n神宮寺 心春\nTEL 03-1234-5678", "神宮寺 心春", "PERSON"),
        ("画像診断部 本田／2019/08/13", "本田", "PERSON"),
        ("【依頼医】岩崎Dr.", "岩崎", "PERSON"),
        ("Referring: Dr. Sato", "Sato", "PERSON"),
        ("Patient: YAMADA Taro, CT chest", "YAMADA Taro", "PERSON"),
        ("Patient: Taro Yamada", "Taro Yamada", "PERSON"),
        ("SUZUKI, ICHIRO", "SUZUKI, ICHIRO", "PERSON"),
        ("Thank you for seeing Mr. Tateno (DOB", "Mr. Tateno", "PERSON"),
        ("患者さん（ヤクシジ トヨ）は", "ヤクシジ トヨ", "PERSON"),
        ("お名前（カタカナ）　のと　とよ", "のと　とよ", "PERSON"),
        ("（記：吉岡）", "吉岡", "PERSON"),
        ("--\n雲井　栞\n白樺リハビリテーション病院", "雲井　栞", "PERSON"),
        ("夜間せん妄あり、娘の雲井トヨさんに電話連絡", "雲井トヨ", "PERSON"),
        ("覚知 9:27　傷病者 グエン・ヴァン・アン（推定60代 男性）", "グエン・ヴァン・アン", "PERSON"),
        ("説明医師　白鳥　絢子\n同席看護師　森\n", "白鳥　絢子", "PERSON"),
        ("説明医師　白鳥　絢子\n同席看護師　森\n", "森", "PERSON"),
        ("指示医：白鳥朝陽\n", "白鳥朝陽", "PERSON"),
        ("担当理学療法士 蓮見 和夫\n", "蓮見 和夫", "PERSON"),
        ("切り出し担当 有馬／診断 五味\n", "五味", "PERSON"),
        ("| 日付 | 患者 | 術式 | 術者 |\n|---|---|---|---|\n| 6/19 | 辻 涼子 | 胃切除 | 鳥居 |\n", "鳥居", "PERSON"),
        ("| 日付 | 患者 | 術式 | 術者 |\n|---|---|---|---|\n| 6/19 | 辻 涼子 | 胃切除 | 鳥居 |\n", "6/19", "DATE"),
        ("検査者：臨床検査技師 鳥居昇（超音波検査士）", "鳥居昇", "PERSON"),
        ("依頼医：四方　日向\n", "四方　日向", "PERSON"),
        ("勅使河原（担当）に連絡", "勅使河原", "PERSON"),
        ("山田宛にFAX", "山田", "PERSON"),
        ("From: 南　蒼 <minami@med.example.ac.jp>", "南　蒼", "PERSON"),
        ("処方医：上野 小春\n", "上野 小春", "PERSON"),
        ("電話　〇三‐五九三一‐四七九七", "〇三‐五九三一‐四七九七", "PHONE_NUMBER"),
        ("病棟（病室）　3階東 553\n", "3階東 553", "FACILITY"),
        ("調剤日 19.07.31　あおぞら薬局 南口店\n", "あおぞら薬局 南口店", "FACILITY"),
        ("本人（高野様）に結果説明済み。", "高野", "PERSON"),
        ("やまだ たろう", "やまだ たろう", "PERSON"),
        ("南多摩消防署 救急隊長 白鳥", "南多摩消防署", "FACILITY"),
        ("敬具\nやまびこ内科・消化器科クリニック\n", "やまびこ内科・消化器科クリニック", "FACILITY"),
        # dates and ages
        ("令和5年4月1日に撮影", "令和5年4月1日", "DATE"),
        ("Ｈ３０．１２．３施行", "Ｈ３０．１２．３", "DATE"),
        ("admitted on 平成30.3.7 with", "平成30.3.7", "DATE"),
        ("次回はH.22.8.31に予約", "H.22.8.31", "DATE"),
        ("Compared with the prior study dated 02/18/2021.", "02/18/2021", "DATE"),
        ("ICU経過表 13/8/2019", "13/8/2019", "DATE"),
        ("study dated H24年4月22日.", "H24年4月22日", "DATE"),
        ("DOB '47/5/14, hospital number 220094", "'47/5/14", "DATE"),
        ("DOB '47/5/14, hospital number 220094", "220094", "ID"),
        ("92歳女性", "92歳", "AGE"),
        ("九十三歳", "九十三歳", "AGE"),
        ("Age: 95", "95", "AGE"),
        # contact
        ("TEL ０３－３３５３－１２１１", "０３－３３５３－１２１１", "PHONE_NUMBER"),
        ("FAX 03(5363)3862", "03(5363)3862", "PHONE_NUMBER"),
        ("携帯 090ー1234ー5678", "090ー1234ー5678", "PHONE_NUMBER"),
        ("〒160-8582 東京都", "〒160-8582", "POSTAL_CODE"),
        ("東京都新宿区信濃町三十五番地", "東京都新宿区信濃町三十五番地", "ADDRESS"),
        ("大阪市北区梅田3-1-1 梅田ビル5F", "大阪市北区梅田3-1-1 梅田ビル5F", "ADDRESS"),
        (
            "神奈川県横浜市青葉区美しが丘1-2-3 コーポ青葉201号室",
            "神奈川県横浜市青葉区美しが丘1-2-3 コーポ青葉201号室",
            "ADDRESS",
        ),
        ("連絡先 taro.yamada@example.co.jp", "taro.yamada@example.co.jp", "EMAIL_ADDRESS"),
        ("https://pacs.example-hosp.jp/viewer?acc=1", "https://pacs.example-hosp.jp/viewer?acc=1", "URL"),
        # facilities
        ("聖路加国際病院へ転院。", "聖路加国際病院", "FACILITY"),
        ("慶應義塾大学病院放射線科", "慶應義塾大学病院", "FACILITY"),
        ("InstitutionName: 社会医療法人若葉会 若葉台中央病院", "社会医療法人若葉会 若葉台中央病院", "FACILITY"),
        ("医療法人 恵仁会 くすのき眼科", "医療法人 恵仁会 くすのき眼科", "FACILITY"),
        ("県立がんセンター北部病院へ", "県立がんセンター北部病院", "FACILITY"),
        ("9F西病棟 1203号 林さん", "9F西病棟 1203号", "FACILITY"),
        ("ひまわり訪問看護ステーションへ", "ひまわり訪問看護ステーション", "FACILITY"),
        ("5階東病棟 502号室", "5階東病棟", "FACILITY"),
        ("5階東病棟 502号室", "502号室", "FACILITY"),
        # numbers
        ("個人番号 1234 5678 9018", "1234 5678 9018", "MY_NUMBER"),
        ("保険者番号 06130012", "06130012", "INSURANCE_NUMBER"),
        ("被保険者証 記号・番号 84・5446", "84・5446", "INSURANCE_NUMBER"),
        ("患者ID: 12345678", "12345678", "ID"),
        ("| 患者番号 | 5817-1849 |", "5817-1849", "ID"),
        ("Accession No. CT579646649", "CT579646649", "ID"),
        ("標本番号：S23-01234", "S23-01234", "ID"),
    ],
)
def test_positive(text: str, value: str, entity: str) -> None:
    a = scrubber().analyzer.analyze(text)
    assert covered(text, value, a.findings), f"{entity} not covered"
    start = text.index(value)
    types = {f.entity_type for f in a.findings if f.start < start + len(value) and f.end > start}
    assert entity in types


@pytest.mark.parametrize(
    "text",
    [
        "右肺S3に12mmの結節。cT2aN2M0。",
        "L4/5椎間板ヘルニア。C5/6レベルで脊柱管狭窄。T12椎体に圧迫骨折。",
        "#4R、#7リンパ節腫大。",
        "ロキソニン60mg 3錠 分3、アムロジピン5mg 1錠 分1 朝食後。",
        "CRP 2.3 mg/dL、WBC 11200/μL、Hb 10.8 g/dL、Plt 23.4万/μL。",
        "橋本病の既往。パーキンソン病にて加療中。クローン病。",
        "ウィリス動脈輪に動脈瘤なし。モリソン窩に少量の腹水。",
        "当院から他院へ紹介。近医にてフォロー。大学病院受診歴あり。",
        "放射線科医師が読影。担当医より説明。",
        "3日前より38℃台の発熱。2週間後に再評価予定。術後5日目。",
        "EGFR exon19 deletion陽性、PD-L1 TPS 60%。Gleason 4+3=7、PI-RADS 4。",
        "BP 132/78mmHg、HR 88bpm、SpO2 96%。NRS 3/10。",
        "75歳男性。胸痛の精査目的。",  # ages under 90 are kept
        "ICUに入院中。救急外来受診。",
        "病理診断: 非定型腺腫様過形成。すりガラス様陰影。",
        "Sputum culture grew S. pneumoniae.\nImages: see PACS.",
        "History of Hashimoto Thyroiditis and Kawasaki Disease. Moyamoya Disease. Lung-RADS 4B. Stage IIA.",
    ],
)
def test_negative_clinical_text_is_left_alone(text: str) -> None:
    assert _types(text) == {}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("3月 山田さん", "3月"),  # a month before a name is not part of the name
        ("主治医 久保田心春　記載医 百瀬結菜", "記載医"),
        ("住所 大分県稲城市藤金9丁目5番地21 電話 ０９０", "電話"),
        ("下記の患者様をご紹介申し上げます。", "下記の患者"),
        ("お疲れ様です。", "お疲れ"),
        ("報告: 田中優医師 実施日 2024.7.11", "実施日"),
        ("閉塞性換気障害あり。判読 青木 先生", "判読"),
        ("術者　柳田美穂　助手　宍戸 瑛太", "助手"),
        ("整形外科 小山 実(主治医)に電話連絡", "に電話連絡"),
        ("関東労災病院 放射線診断科", "放射線診断科"),
        ("救急隊申し送り\n八王子消防署 救急隊長 岡", "救急隊申し送り"),
        ("敬具\n北星記念病院\n", "敬具"),
        ("中村氏病の疑い", "中村氏病"),
        ("／診断 肺腺癌\n", "肺腺癌"),  # a slash list only continues after a name
        ("経過観察（担当医）", "経過観察"),
        ("右肺(主治医)", "右肺"),
        ("検査者：臨床検査技師 鳥居昇（超音波検査士）", "臨床検査技師"),
        ("検査者：臨床検査技師 鳥居昇（超音波検査士）", "超音波検査士"),
        ("来談者：辻由紀（発端者の娘）", "発端者の娘"),
        ("医師 石動昇 印\n", "印"),
        ("2-3 コーポ青葉201号室\n直接死因 肺炎\n医師 宮路　美咲", "直接死因"),
        ("| 項目 | 値 |\n|---|---|\n| CRP | 0.42 |\n", "CRP"),
    ],
)
def test_near_miss_context_is_not_swallowed(text: str, kept: str) -> None:
    a = scrubber().analyzer.analyze(text)
    start = text.index(kept)
    assert not any(f.start < start + len(kept) and f.end > start for f in a.findings)


def test_age_and_name_stay_separate() -> None:
    assert _types("92歳 佐藤様") == {"92歳": "AGE", "佐藤": "PERSON"}


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("123456789018", True), ("123456789012", False), ("000000000000", True), ("12345678901", False)],
)
def test_my_number_check_digit(digits: str, valid: bool) -> None:
    assert my_number_valid(digits) is valid


def test_invalid_my_number_without_context_is_not_a_my_number() -> None:
    assert "MY_NUMBER" not in _types("検査値 1234 5678 9012 です").values()
