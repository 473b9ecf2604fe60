"""Fourth held-out labelled corpus for the Japanese text scrubber: family M.

Written and committed BEFORE its first measure, after the round-M rule changes (E.164 phones, eponym allow-list,
honorific-anchored names, relation phrases, memo-line dates), in styles unlike families A-L and unlike
``gateway.synth``:

- insurance and billing correspondence: レセプト返戻/査定 notices from an examination fund, 高額療養費 letters,
  claims for a document fee (文書料) with the payer's name and 口座名義 in katakana, 保険者番号 in prose;
- radiology conference minutes and teaching-file captions: 出席者 lists with titles in brackets,
  presenter lines (発表: …), a case caption with the patient described by initials and age, the referring clinic,
  follow-up decisions (次回 … に再検);
- ward handover audio transcripts: spoken fillers (えー, あのー), spoken dates in kana and kanji numerals
  (れいわごねん しがつ ついたち, 四月二十日), names followed by さん with fillers between, bed numbers read aloud,
  relatives named by relation (奥さんの…さん).

Names come from this module's own pools and Faker ``ja_JP`` pairs filtered against ``gateway/synth/data``; places
from Faker ``ja_JP`` pieces. PHI-free documents (no spans) measure over-redaction. ``generate_m()`` returns
documents in ``bench.text_corpus_heldout``'s format. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.text_corpus_heldout import Doc, Person
from bench.text_corpus_heldout2 import _era, _Places
from bench.text_corpus_heldout3 import _family, _given

SURNAMES_M = [
    ("纐纈", "こうけつ", "Koketsu"),
    ("鬼頭", "きとう", "Kito"),
    ("轟", "とどろき", "Todoroki"),
    ("帯刀", "たてわき", "Tatewaki"),
    ("勘解由小路", "かでのこうじ", "Kadenokoji"),
    ("生天目", "なまため", "Namatame"),
    ("小鳥遊", "たかなし", "Takanashi"),
    ("春夏秋冬", "ひととせ", "Hitotose"),
    ("舎利弗", "とどろき", "Todoroki"),
    ("水流", "つる", "Tsuru"),
    ("宍戸", "ししど", "Shishido"),
    ("印南", "いんなみ", "Innami"),
    ("百瀬", "ももせ", "Momose"),
    ("薬袋", "みない", "Minai"),
]
GIVEN_M = [
    ("すみれ", "すみれ", "Sumire"),
    ("ハル", "はる", "Haru"),
    ("栄作", "えいさく", "Eisaku"),
    ("紬", "つむぎ", "Tsumugi"),
    ("和喜子", "わきこ", "Wakiko"),
    ("巌", "いわお", "Iwao"),
    ("乃愛", "のあ", "Noa"),
    ("トミ", "とみ", "Tomi"),
    ("孝之助", "こうのすけ", "Konosuke"),
]
FUNDS = ["社会保険診療報酬支払基金 ○○支部", "国民健康保険団体連合会", "全国健康保険協会 ○○支部"]
CLINICAL_M = [
    "返戻理由：病名漏れ（CT撮影に対応する傷病名の記載なし）。",
    "査定内容：造影剤使用加算 500点 → 0点（算定要件を満たさない）。",
    "胸部CTにて右上葉にすりガラス影、経過観察の方針となった。",
    "MRI拡散強調像で高信号、ADC値の低下を伴う。",
    "ディスカッション：悪性リンパ腫と結核性リンパ節炎の鑑別が問題となった。",
    "ティーチングポイント：Murphy徴候は胆嚢炎で陽性となりやすい。",
    "えー、バイタルは安定してます。血圧 124/70、SpO2 98%です。",
    "あのー、夜間は不穏なく経過してます。",
    "高額療養費の自己負担限度額は所得区分により異なります。",
    "改訂長谷川式簡易知能評価スケール 22点、軽度の認知機能低下。",
    "次回カンファレンスで病理結果を共有する。",
    "えっと、食事は全量摂取です。排便は昨日ありました。",
]
_SPOKEN_MONTH = [
    "いちがつ",
    "にがつ",
    "さんがつ",
    "しがつ",
    "ごがつ",
    "ろくがつ",
    "しちがつ",
    "はちがつ",
    "くがつ",
    "じゅうがつ",
    "じゅういちがつ",
    "じゅうにがつ",
]
_SPOKEN_DAY = {
    1: "ついたち",
    2: "ふつか",
    3: "みっか",
    4: "よっか",
    5: "いつか",
    6: "むいか",
    7: "なのか",
    8: "ようか",
    9: "ここのか",
    10: "とおか",
    14: "じゅうよっか",
    20: "はつか",
    24: "にじゅうよっか",
}
_KANJI_NUM = "〇一二三四五六七八九"


def _kanji_num(n: int) -> str:
    if n < 10:
        return _KANJI_NUM[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI_NUM[tens]) + "十" + (_KANJI_NUM[ones] if ones else "")


def _pm(rng: random.Random, places: _Places) -> Person:
    return Person(_family(rng, places, SURNAMES_M), _given(rng, places, GIVEN_M))


def _spoken_date(rng: random.Random, d: date) -> str:
    style = rng.randrange(3)
    if style == 0 and d.day in _SPOKEN_DAY:
        return _SPOKEN_MONTH[d.month - 1] + " " + _SPOKEN_DAY[d.day]
    if style == 1:
        return f"{_kanji_num(d.month)}月{_kanji_num(d.day)}日"
    _, _, ey = _era(d)
    return f"令和{_kanji_num(ey) if ey > 1 else '元'}年{_kanji_num(d.month)}月{_kanji_num(d.day)}日"


def _billing(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    era, _, ey = _era(d0)
    doc.t(rng.choice(["返戻通知書", "査定連絡票", "診療報酬明細書 再審査結果のお知らせ"]) + "\n")
    doc.t(rng.choice(FUNDS) + "\n")
    doc.t("医療機関名　").p(rng.choice(["医療法人 萌黄会 かりがね病院", "しらかば台整形外科クリニック"]), "FACILITY")
    doc.t("\n診療年月　").p(f"{era}{ey}年{d0.month}月", "DATE").t("分\n")
    doc.t("受診者名　").p(pt.kanji(rng), "PERSON").t("　様（").p(pt.kana(rng), "PERSON").t("）\n")
    doc.t("保険者番号 ").p(f"{rng.randrange(10, 99)}{rng.randrange(100000, 999999)}", "INSURANCE_NUMBER").t(
        "　記号・番号 "
    ).p(f"{rng.randrange(100, 999)}・{rng.randrange(1000, 99999)}", "INSURANCE_NUMBER").t("\n")
    doc.t(rng.choice(CLINICAL_M[:2])).t("\n")
    doc.t("ご不明な点は担当 ").p(_pm(rng, places).family[0], "PERSON").t("までお問い合わせください。電話 ").p(
        f"0{rng.randrange(3, 9)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", "PHONE_NUMBER"
    ).t("\n")


def _fee_letter(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    import jaconv

    payer = Person(pt.family, _given(rng, places, GIVEN_M))
    doc.t("文書料請求書\n").p(payer.kanji(rng), "PERSON").t(" 殿\n")
    doc.t("患者 ").p(pt.family[0] + " " + pt.given[0], "PERSON").t(
        " 様の診断書作成料として、下記の通りご請求申し上げます。\n"
    )
    doc.t("請求金額 5,500円（税込）\n振込期限 ").p(f"{d0.year}年{d0.month}月{d0.day}日", "DATE").t("\n")
    doc.t("ご住所 ").p(places.address(rng), "ADDRESS").t("\n")
    doc.t("口座名義 ").p(jaconv.hira2kata(payer.family[1] + " " + payer.given[1]), "PERSON").t("\n")
    doc.t("お問い合わせ：医事課 ").p(_pm(rng, places).kanji(rng), "PERSON").t("　TEL ").p(
        f"0{rng.randrange(11, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}", "PHONE_NUMBER"
    ).t("\n")


def _minutes(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    era, _, ey = _era(d0)
    doc.t("放射線科・呼吸器内科 合同カンファレンス 議事録\n日時：").p(f"{era}{ey}年{d0.month}月{d0.day}日", "DATE").t(
        " 17:30～\n出席者："
    )
    for k in range(rng.randrange(3, 5)):
        if k:
            doc.t("、")
        doc.p(_pm(rng, places).family[0], "PERSON").t(rng.choice(["（放）", "（呼内）", "（病理）", "（研修医）"]))
    doc.t("\n症例1：").t(rng.choice(["70代", "60代", "80代"])).t(rng.choice(["男性", "女性"]) + "、紹介元 ").p(
        rng.choice(["たんぽぽ内科クリニック", "医療法人 青嵐会 みなと坂病院"]), "FACILITY"
    )
    doc.t("\n発表：").p(_pm(rng, places).kanji(rng), "PERSON").t("\n").t(rng.choice(CLINICAL_M[2:6])).t("\n")
    doc.t("結論：").p(f"{(d0 + timedelta(days=90)).month}/{(d0 + timedelta(days=90)).day}", "DATE").t(
        "頃に再検。主治医 "
    ).p(_pm(rng, places).family[0], "PERSON").t(" 先生より患者へ説明。\n記録：").p(
        _pm(rng, places).family[0], "PERSON"
    ).t("\n")


def _teaching(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("Teaching file #").t(str(rng.randrange(100, 999))).t("\n")
    doc.t("Case: ").p(f"{pt.family[2][0]}.{pt.given[2][0]}.", "PERSON").t(f", {rng.randrange(40, 85)}F, ")
    doc.t("MRN ").p(f"{rng.randrange(1000000, 9999999)}", "ID").t("\n")
    doc.t("Exam date: ").p(d0.strftime("%Y-%m-%d"), "DATE").t("\n")
    doc.t("Submitted by Dr. ").p(_pm(rng, places).family[2], "PERSON").t(" / ").p(
        _pm(rng, places).kanji(rng), "PERSON"
    ).t("\n")
    doc.t(rng.choice(CLINICAL_M[2:6])).t("\n")


def _handover(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    import jaconv

    doc.t("【申し送り 音声書き起こし】\n")
    doc.t(f"えー、{rng.randrange(1, 40)}番ベッドの、").p(
        rng.choice([pt.kanji(rng), jaconv.kata2hira(pt.family[1]), pt.family[0]]), "PERSON"
    ).t(rng.choice(["さん。", "さんですが、", "さん、あのー、"]))
    doc.t(rng.choice(CLINICAL_M[6:8] + CLINICAL_M[11:])).t("\n")
    doc.t("で、えっと、入院は").p(_spoken_date(rng, d0), "DATE").t("で、")
    wife = _given(rng, places, GIVEN_M)[0]
    doc.t(rng.choice(["奥さんの", "娘さんの", "息子さんの"])).p(wife, "PERSON").t("さんが、あしたの")
    doc.t("面会に来られるそうです。\n")
    doc.t("連絡先は、えー、").p(f"090-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", "PHONE_NUMBER").t(
        "です。\n"
    )
    doc.t("以上です。夜勤 ").p(_pm(rng, places).family[0], "PERSON").t("でした。\n")


def _hi_cost(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("高額療養費 支給決定通知書\n被保険者 ").p(pt.kanji(rng), "PERSON").t(" 様\n")
    doc.t("住所 ").p(places.address(rng), "ADDRESS").t("\n")
    doc.t("療養を受けた方 ").p(_pm(rng, places).given[0], "PERSON").t("（").t(rng.choice(["妻", "長男", "長女"])).t(
        "）\n"
    )
    doc.t("診療月 ").p(f"{d0.year}年{d0.month}月", "DATE").t("　支給額 ").t(
        f"{rng.randrange(10, 99)},{rng.randrange(100, 999)}円\n"
    )
    doc.t(CLINICAL_M[8]).t("\n")
    doc.t("海外在住のご家族の連絡先 ").p(
        f"+{rng.choice(['1', '44', '61', '65'])} {rng.randrange(20, 99)} {rng.randrange(1000, 9999)} "
        f"{rng.randrange(1000, 9999)}",
        "PHONE_NUMBER",
    ).t("\n")


STYLES_M = (_billing, _fee_letter, _minutes, _teaching, _handover, _hi_cost)


def generate_m(n_phi: int = 72, n_clean: int = 18, seed: int = 11204) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    places = _Places(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _pm(rng, places)
        d0 = date(2019, 5, 1) + timedelta(days=rng.randrange(0, 6 * 365))
        doc = Doc(f"heldout-m-{i:04d}")
        STYLES_M[i % len(STYLES_M)](rng, doc, pt, d0, places)
        docs.append(doc.out())
    for i in range(n_clean):
        lines = [rng.choice(CLINICAL_M) for _ in range(rng.randrange(3, 6))]
        docs.append({"id": f"clean-m-{i:04d}", "text": "\n".join(lines), "spans": []})
    return docs
