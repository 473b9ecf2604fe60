"""Third held-out labelled corpus for the Japanese text scrubber: families J and K (and L, written last).

Written BEFORE any recogniser change for them, in styles unlike families A-I and unlike ``gateway.synth``:

- J: mixed Japanese-English radiology and pathology reports with page headers/footers (``山田太郎 様 1/2``,
  ``患者ID``), inline comparisons with prior exams (``前回2019/3/4 CT比``), referring physician lines, reader
  signatures and addenda; free-form e-mails and chat between doctors (宛先/CC/件名, 様/先生/くん/ちゃん,
  nicknames, initials such as ``Y.T.``); letters written by patients (hiragana-heavy names, family members,
  neighbourhood names);
- K: OCR'd scanned documents (spaces inside names and numbers, ー/－/―/‐ confusions, O/0 and l/1 confusions,
  broken lines, full/half-width mixes, one character per line from vertical text), consent forms and insurance
  claim sheets.

Names come from this module's own pools and from Faker ``ja_JP`` name pairs filtered against
``gateway/synth/data``; places from Faker ``ja_JP`` pieces. PHI-free documents (no spans) measure over-redaction.
``generate_j()``, ``generate_k()`` (and ``generate_l()``) return documents in ``bench.text_corpus_heldout``'s
format. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from bench.text_corpus_heldout import Doc, Person, _fw
from bench.text_corpus_heldout2 import _era, _Places, _synth_names

SURNAMES_J = [
    ("百目鬼", "どうめき", "Domeki"),
    ("五十嵐", "いがらし", "Igarashi"),
    ("東海林", "しょうじ", "Shoji"),
    ("四月一日", "わたぬき", "Watanuki"),
    ("神保", "じんぼ", "Jimbo"),
    ("粟田", "あわた", "Awata"),
    ("喜屋武", "きゃん", "Kyan"),
    ("比嘉", "ひが", "Higa"),
    ("権藤", "ごんどう", "Gondo"),
    ("日下部", "くさかべ", "Kusakabe"),
    ("檜垣", "ひがき", "Higaki"),
    ("外園", "ほかぞの", "Hokazono"),
    ("保坂", "ほさか", "Hosaka"),
    ("樋渡", "ひわたし", "Hiwatashi"),
]
GIVEN_J = [
    ("小夜子", "さよこ", "Sayoko"),
    ("伊織", "いおり", "Iori"),
    ("キヨ", "きよ", "Kiyo"),
    ("颯", "はやて", "Hayate"),
    ("留美", "るみ", "Rumi"),
    ("善治郎", "ぜんじろう", "Zenjiro"),
    ("なつ", "なつ", "Natsu"),
    ("陽葵", "ひまり", "Himari"),
    ("重蔵", "じゅうぞう", "Juzo"),
    ("千里", "ちさと", "Chisato"),
]
SURNAMES_K = [
    ("御手洗", "みたらい", "Mitarai"),
    ("一ノ瀬", "いちのせ", "Ichinose"),
    ("廿日出", "はつかで", "Hatsukade"),
    ("久保寺", "くぼでら", "Kubodera"),
    ("仲宗根", "なかそね", "Nakasone"),
    ("我妻", "わがつま", "Wagatsuma"),
    ("野々村", "ののむら", "Nonomura"),
    ("城之内", "じょうのうち", "Jonouchi"),
    ("大豆生田", "おおまめうだ", "Omameuda"),
    ("鴨志田", "かもしだ", "Kamoshida"),
    ("笹生", "さそう", "Saso"),
    ("庄司", "しょうじ", "Shoji"),
]
GIVEN_K = [
    ("タケ", "たけ", "Take"),
    ("勘太郎", "かんたろう", "Kantaro"),
    ("美鈴", "みすず", "Misuzu"),
    ("篤", "あつし", "Atsushi"),
    ("ヨシエ", "よしえ", "Yoshie"),
    ("八重", "やえ", "Yae"),
    ("遼", "りょう", "Ryo"),
    ("冨美子", "ふみこ", "Fumiko"),
]
HOSP_J = [
    "聖マルコ記念病院",
    "医療法人 清明会 さくら坂クリニック",
    "国立病院機構 東信濃医療センター",
    "みなみ台画像診断クリニック",
    "Kamogawa Central Hospital",
]
HOSP_K = [
    "医療法人社団 健生会 ひばりヶ丘病院",
    "公益財団法人 朝霧記念病院",
    "市立たちばな病院",
    "むくの木内科医院",
]

CLINICAL_J = [
    "右肺S6に8mm大のpart-solid noduleあり、前回比で増大なし。",
    "No significant interval change of the GGO in RUL.",
    "肝S8に早期濃染とwashoutを示す結節、LI-RADS 4。",
    "Mild emphysematous change. No pleural effusion.",
    "腹部大動脈瘤 最大短径42mm、前回より3mm増大。",
    "DWIで左MCA領域に高信号、ADC低下あり。急性期脳梗塞を疑う。",
    "Gleason pattern 4+3=7 (Grade Group 3), perineural invasion present.",
    "HER2 score 2+, FISH pending. Ki-67 labeling index approx. 30%.",
    "マンモグラフィ カテゴリー3、超音波で境界明瞭な低エコー腫瘤。",
    "胆嚢壁の限局性肥厚、RAS様の小嚢胞を伴う。adenomyomatosisを疑う。",
    "L4/5 disc bulging with mild canal stenosis.",
    "甲状腺右葉に12mm大の結節、TI-RADS 3。",
]
CLINICAL_K = [
    "上記の手術について、目的・方法・危険性・合併症について説明を受けました。",
    "輸血製剤の使用に伴う副作用について理解しました。",
    "全身麻酔下に腹腔鏡下胆嚢摘出術を施行予定。",
    "初診料 288点、再診料 73点、外来管理加算 52点。",
    "処方箋料 68点、調剤料 11点、薬剤料 42点。",
    "CT撮影（64列以上）1,020点、造影剤使用加算 500点。",
    "合併症として出血、感染、縫合不全、深部静脈血栓症等があります。",
    "病名：2型糖尿病、高血圧症、脂質異常症",
    "検体検査判断料（生化学的検査Ⅰ）144点",
    "同意はいつでも撤回することができます。",
]


def _names() -> frozenset[str]:
    return _synth_names()


def _given(rng: random.Random, places: _Places, pool: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    return places.given(rng, pool)


def _family(rng: random.Random, places: _Places, pool: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    """Own pool, or a Faker ``ja_JP`` surname not in the synth lists."""
    if rng.random() < 0.35:
        import jaconv

        for _ in range(10):
            k, kana, rom = places.f.last_name_pair()
            if k not in _names():
                return (k, jaconv.kata2hira(kana), rom)
    return rng.choice(pool)


def _pj(rng: random.Random, places: _Places) -> Person:
    return Person(_family(rng, places, SURNAMES_J), _given(rng, places, GIVEN_J))


def _pk(rng: random.Random, places: _Places) -> Person:
    return Person(_family(rng, places, SURNAMES_K), _given(rng, places, GIVEN_K))


def _date_j(rng: random.Random, d: date) -> str:
    _, letter, ey = _era(d)
    return rng.choice(
        [
            f"{d.year}/{d.month}/{d.day}",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.year}.{d.month}.{d.day}",
            f"{d.year}年{d.month}月{d.day}日",
            f"{letter}{ey}.{d.month}.{d.day}",
            f"{d.strftime('%b')} {d.day}, {d.year}",
            f"{d.month}/{d.day}",
        ]
    )


def _pid(rng: random.Random) -> str:
    return rng.choice(
        [f"{rng.randrange(10**7, 10**8)}", f"{rng.randrange(10**5, 10**6):08d}", f"K-{rng.randrange(10**6, 10**7)}"]
    )


def _initials(p: Person) -> str:
    return f"{p.given[2][0]}.{p.family[2][0]}."


# ---------------------------------------------------------------------------------------------------------------
# Family J


def _rad_report(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    pid = _pid(rng)
    name = pt.kanji(rng)
    doc.p(name, "PERSON").t(" 様　").t(rng.choice(["1/2", "Page 1 of 2", "(1/2)"]) + "　ID ").p(pid, "ID").t("\n")
    doc.t("CT胸腹部造影　検査日 ").p(_date_j(rng, d0), "DATE").t("\n")
    ref = _pj(rng, places)
    style = rng.randrange(3)
    if style == 0:
        doc.t("Referring: Dr. ").p(ref.family[2], "PERSON").t(" (Cardiology)\n")
    elif style == 1:
        doc.t("依頼医 循内 ").p(ref.family[0], "PERSON").t(" Dr\n")
    else:
        doc.t("依頼: 消化器内科/").p(ref.kanji(rng), "PERSON").t("\n")
    prior = d0 - timedelta(days=rng.randrange(60, 900))
    doc.t("【所見】前回").p(_date_j(rng, prior), "DATE").t(rng.choice([" CT比", "のCTと比較", " MRI比較"]) + "、")
    doc.t(rng.choice(CLINICAL_J)).t("\n").t(rng.choice(CLINICAL_J)).t("\n")
    doc.t("【診断】").t(rng.choice(CLINICAL_J)).t("\n")
    r1, r2 = _pj(rng, places), _pj(rng, places)
    sig = rng.randrange(3)
    if sig == 0:
        doc.t("読影: ").p(r1.kanji(rng), "PERSON").t(" / 確認: ").p(r2.kanji(rng), "PERSON").t("\n")
    elif sig == 1:
        doc.t("Reported by ").p(f"{r1.given[2]} {r1.family[2]}", "PERSON").t(", MD; verified by ").p(
            f"{r2.family[2].upper()} {r2.given[2][0]}.", "PERSON"
        ).t("\n")
    else:
        doc.t("(").p(_initials(r1), "PERSON").t("/").p(_initials(r2), "PERSON").t(")\n")
    if rng.random() < 0.5:
        ad = d0 + timedelta(days=rng.randrange(1, 4))
        doc.t("Addendum ").p(_date_j(rng, ad), "DATE").t(": 臨床情報追加により再評価、").t(rng.choice(CLINICAL_J))
        doc.t(" ― ").p(r1.family[0], "PERSON").t("\n")
    doc.t("─" * 6 + " ").p(name, "PERSON").t(" 様 2/2  患者ID:").p(pid, "ID").t("\n")


def _path_report(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    specimen = f"{rng.choice(['S', 'P', 'C'])}{d0.year % 100:02d}-{rng.randrange(1, 99999):05d}"
    doc.t("病理組織診断報告書　標本番号 ").p(specimen, "ID").t("\n患者: ").p(pt.kana(rng), "PERSON").t("（")
    doc.p(pt.kanji(rng), "PERSON").t("）様\n採取日 ").p(_date_j(rng, d0), "DATE").t("  提出医: ")
    doc.p(_pj(rng, places).kanji(rng), "PERSON").t(rng.choice(["先生", " 先生", ""])).t("\n")
    doc.t("Diagnosis: ").t(rng.choice(CLINICAL_J)).t("\n").t(rng.choice(CLINICAL_J)).t("\n")
    doc.t("前回生検(").p(_date_j(rng, d0 - timedelta(days=rng.randrange(30, 700))), "DATE").t(")と同様の組織像。\n")
    doc.t("病理医 ").p(_pj(rng, places).kanji(rng), "PERSON").t("（署名）\n")
    if rng.random() < 0.5:
        doc.t("追記(").p(_date_j(rng, d0 + timedelta(days=7)), "DATE").t("): 免疫染色の結果を追加。")
        doc.p(_pj(rng, places).family[0], "PERSON").t("記\n")


def _email(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    to, cc, sender = _pj(rng, places), _pj(rng, places), _pj(rng, places)
    host = rng.choice(["hosp.example.jp", "med.example.ac.jp"])
    doc.t("宛先: ").p(to.kanji(rng), "PERSON").t(" <").p(f"{to.family[2].lower()}@{host}", "EMAIL_ADDRESS").t(">\n")
    doc.t("CC: ").p(cc.family[0], "PERSON").t("先生; ").p(
        f"{cc.given[2][0].lower()}-{cc.family[2].lower()}@{host}", "EMAIL_ADDRESS"
    )
    doc.t("\n件名: Re: ").p(pt.family[0], "PERSON").t("さんの件（").p(_date_j(rng, d0), "DATE").t("入院）\n\n")
    doc.p(to.family[0], "PERSON").t(rng.choice(["先生", "先生、", " 先生\n"])).t("\nお疲れ様です。")
    doc.p(sender.family[0], "PERSON").t("です。\n")
    style = rng.randrange(3)
    if style == 0:
        doc.t("研修医の").p(_pj(rng, places).family[0], "PERSON").t("くんにも共有お願いします。")
    elif style == 1:
        doc.t("昨日は").p(_pj(rng, places).given[0], "PERSON").t("ちゃん（病棟クラーク）に助けてもらいました。")
    else:
        doc.t("外来は").p(_initials(_pj(rng, places)), "PERSON").t("先生が代診です。")
    doc.t("\n").t(rng.choice(CLINICAL_J)).t("\n--\n").p(sender.kanji(rng), "PERSON").t("\n内線 ")
    doc.p(str(rng.randrange(1000, 9999)), "PHONE_NUMBER").t("\n")


def _chat(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    a, b = _pj(rng, places), _pj(rng, places)
    for _ in range(rng.randrange(2, 4)):
        hh, mm = rng.randrange(7, 23), rng.randrange(60)
        who = rng.choice([a, b])
        doc.t(f"[{hh:02d}:{mm:02d}] ").p(who.family[0], "PERSON").t(": ")
        style = rng.randrange(4)
        if style == 0:
            doc.t("ベッド空きました、").p(pt.family[0], "PERSON").t("さん上げてOKです")
        elif style == 1:
            doc.t("ID ").p(_pid(rng), "ID").t(" の造影、").p(_date_j(rng, d0), "DATE").t("に入れました")
        elif style == 2:
            doc.p(rng.choice([a, b]).family[0], "PERSON").t("ちゃん了解〜 ").t(rng.choice(CLINICAL_J))
        else:
            doc.t("@").p(rng.choice([a, b]).family[0], "PERSON").t(" 家族（").p(
                Person(pt.family, _given(rng, places, GIVEN_J)).kanji(rng), "PERSON"
            ).t("さん）から電話あり ").p(f"090-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", "PHONE_NUMBER")
        doc.t("\n")


def _patient_letter(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    import jaconv

    dr = _pj(rng, places)
    doc.p(rng.choice([dr.family[0], dr.family[1]]), "PERSON").t(rng.choice(["せんせいへ\n", "先生へ\n"]))
    doc.t("いつもありがとうございます。").p(pt.family[1], "PERSON").t("です。\n")
    son = Person(pt.family, _given(rng, places, GIVEN_J))
    doc.t(rng.choice(["むすこの", "むすめの", "まごの", "よめの"])).p(son.given[1], "PERSON").t(
        rng.choice(["が", "と", "に"])
    )
    town = places.f.town()
    doc.p(town, "ADDRESS").t(rng.choice(["のいえに", "からきて", "にひっこして"]) + "くれました。\n")
    doc.t("となりの").p(_family(rng, places, SURNAMES_J)[1], "PERSON").t("さんにも、よろしくといわれました。\n")
    doc.t("くすりは ちゃんと のんでいます。\n").p(f"{d0.month}がつ{d0.day}にち", "DATE").t("\n")
    sig = rng.choice([pt.kanji(rng), jaconv.hira2kata(pt.family[1]) + " " + pt.given[1], pt.family[1] + pt.given[1]])
    doc.p(sig, "PERSON").t("より\n")


STYLES_J = (_rad_report, _path_report, _email, _chat, _patient_letter)


def _clean_j(rng: random.Random, i: int) -> dict[str, Any]:
    lines = [rng.choice(CLINICAL_J) for _ in range(rng.randrange(3, 7))]
    if rng.random() < 0.5:
        lines.insert(0, rng.choice(["【所見】", "Findings:", "【診断】", "Impression:"]))
    return {"id": f"clean-j-{i:04d}", "text": "\n".join(lines), "spans": []}


def generate_j(n_phi: int = 150, n_clean: int = 30, seed: int = 8801) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    places = _Places(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _pj(rng, places)
        d0 = date(2012, 1, 1) + timedelta(days=rng.randrange(0, 13 * 365))
        doc = Doc(f"heldout-j-{i:04d}")
        STYLES_J[i % len(STYLES_J)](rng, doc, pt, d0, places)
        docs.append(doc.out())
    docs.extend(_clean_j(rng, i) for i in range(n_clean))
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Family K: OCR'd scans, consent forms, insurance claim sheets.

_OCR_DIGIT = {"0": "O", "1": "l", "5": "S", "8": "B"}
_DASHES = ["ー", "－", "―", "-", "‐", "一"]


def _ocr_digits(rng: random.Random, s: str, p: float = 0.15) -> str:
    out = []
    for ch in s:
        if ch in _OCR_DIGIT and rng.random() < p:
            out.append(_OCR_DIGIT[ch])
        elif ch == "-":
            out.append(rng.choice(_DASHES))
        else:
            out.append(ch)
        if ch.isdigit() and rng.random() < 0.08:
            out.append(" ")
    return "".join(out).strip()


def _spaced(rng: random.Random, s: str) -> str:
    """OCR spacing inside a name: 山 田 太 郎, or a stray space."""
    style = rng.randrange(3)
    if style == 0:
        return " ".join(s.replace(" ", "").replace("　", ""))
    if style == 1 and len(s) > 2:
        k = rng.randrange(1, len(s) - 1)
        return s[:k] + " " + s[k:]
    return s


def _phone_k(rng: random.Random) -> str:
    raw = f"0{rng.randrange(11, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    s = _ocr_digits(rng, raw)
    return _fw(s) if rng.random() < 0.3 else s


def _date_k(rng: random.Random, d: date) -> str:
    era, letter, ey = _era(d)
    forms = [
        f"{era} {ey} 年 {d.month} 月 {d.day} 日",
        f"{d.year}年{d.month}月{d.day}日".replace("0", "O")
        if rng.random() < 0.3
        else f"{d.year} 年{d.month}月 {d.day}日",
        _fw(f"{era}{ey}年{d.month}月{d.day}日"),
        f"{letter}{ey}. {d.month}. {d.day}",
        f"{d.year}/{d.month:02d}/{d.day:02d}".replace("1", "l")
        if rng.random() < 0.4
        else f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{era[0]}{ey}.{d.month}.{d.day}",
    ]
    return rng.choice(forms)


def _ocr_referral(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("診 療 情 報 提 供 書\n").p(_spaced(rng, rng.choice(HOSP_K)), "FACILITY").t("\n")
    dr = _pk(rng, places)
    doc.p(_spaced(rng, dr.kanji(rng)), "PERSON").t(" 先 生 御 侍 史\n")
    doc.t("患者氏名 ").p(_spaced(rng, pt.kanji(rng)), "PERSON").t(rng.choice([" 様", " 殿", ""])).t("\n")
    doc.t("生年月日 ").p(_date_k(rng, d0 - timedelta(days=rng.randrange(50 * 365, 95 * 365))), "DATE").t("\n")
    doc.t("住 所 ").p(_spaced(rng, places.address(rng)), "ADDRESS").t("\n")
    doc.t("電話 ").p(_phone_k(rng), "PHONE_NUMBER").t("\n")
    doc.t(rng.choice(CLINICAL_K)).t("\n紹介元 ").p(rng.choice(HOSP_K), "FACILITY").t("\n医師 ")
    nm = _pk(rng, places).kanji(rng).replace(" ", "").replace("　", "")
    doc.p(nm[:2] + "\n" + nm[2:] if len(nm) > 3 else nm, "PERSON").t(" 印\n")


def _vertical(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("御\n中\n\n").p(rng.choice(HOSP_K), "FACILITY").t("\n")
    nm = pt.kanji(rng).replace(" ", "").replace("　", "")
    doc.t("患\n者\n").p("\n".join(nm), "PERSON").t("\n様\n")
    doc.t("受診日 ").p(_date_k(rng, d0), "DATE").t("\n").t(rng.choice(CLINICAL_K)).t("\n")
    doc.t("連絡先 ").p(_phone_k(rng), "PHONE_NUMBER").t("\n")


def _consent(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("手術・麻酔同意書\n").t(rng.choice(CLINICAL_K)).t(rng.choice(CLINICAL_K)).t("\n")
    doc.t("説明日 ").p(_date_k(rng, d0), "DATE").t("\n説明医師（署名）").p(
        _spaced(rng, _pk(rng, places).kanji(rng)), "PERSON"
    )
    doc.t("\n同席看護師 ").p(_pk(rng, places).family[0], "PERSON").t("\n")
    doc.t("患者署名 ").p(_spaced(rng, pt.kanji(rng)), "PERSON").t("\n")
    rel = rng.choice(["長男", "妻", "夫", "長女", "次女", "甥"])
    fam = Person(pt.family if rng.random() < 0.7 else _family(rng, places, SURNAMES_K), _given(rng, places, GIVEN_K))
    doc.t("代諾者署名 ").p(_spaced(rng, fam.kanji(rng)), "PERSON").t(f"（続柄：{rel}）\n")
    doc.t("代諾者住所 ").p(places.address(rng), "ADDRESS").t("　TEL ").p(_phone_k(rng), "PHONE_NUMBER").t("\n")
    if rng.random() < 0.5:
        doc.t("立会人 ").p(_pk(rng, places).kanji(rng), "PERSON").t("\n")


def _claim(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    ym = f"{_era(d0)[0]}{_era(d0)[2]}年{d0.month}月"
    doc.t("診療報酬明細書（医科入院外）　").p(ym, "DATE").t("分\n")
    ins = f"{rng.choice(['06', '39', '01', '31'])}{rng.randrange(100000, 999999)}"
    doc.t("保険者番号 ").p(" ".join(ins) if rng.random() < 0.4 else ins, "INSURANCE_NUMBER").t("\n")
    kigo = f"{rng.randrange(10, 99)}・{rng.randrange(1000, 99999)}"
    doc.t("被保険者証の記号・番号 ").p(_ocr_digits(rng, kigo), "INSURANCE_NUMBER").t("\n")
    doc.t("氏名 ").p(_spaced(rng, pt.kanji(rng)), "PERSON").t("　").t(rng.choice(["1 男", "2 女"])).t("　")
    birth = d0 - timedelta(days=rng.randrange(20 * 365, 99 * 365))
    era, _, ey = _era(birth)
    code = {"明治": "1", "大正": "2", "昭和": "3", "平成": "4", "令和": "5"}[era]
    doc.t(code + " ").p(f"{era[0]}  {ey}.{birth.month}.{birth.day}", "DATE").t(" 生\n")
    doc.t("医療機関コード ").p(f"{rng.randrange(10, 47)}{rng.randrange(1000000, 9999999)}", "ID").t("\n")
    doc.t("保険医療機関の所在地及び名称\n").p(places.address(rng), "ADDRESS").t("\n").p(rng.choice(HOSP_K), "FACILITY")
    doc.t("\n").t(rng.choice(CLINICAL_K)).t("\n").t(rng.choice(CLINICAL_K)).t("\n")
    doc.t("診療開始日 ").p(_date_k(rng, d0 - timedelta(days=rng.randrange(5, 400))), "DATE").t("\n")


def _ocr_form(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("問 診 票\nフ リ ガ ナ ").p(_spaced(rng, pt.kana(rng)), "PERSON").t("\n")
    doc.t("お名前 ").p(_spaced(rng, pt.kanji(rng)), "PERSON").t("\n〒 ")
    z = places.f.zipcode()
    doc.p(_ocr_digits(rng, z, 0.3), "POSTAL_CODE").t("\n")
    doc.t("ご住所 ").p(places.address(rng).replace("-", rng.choice(_DASHES)), "ADDRESS").t("\n")
    doc.t("携帯 ").p(
        _ocr_digits(rng, f"0{rng.choice([70, 80, 90])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", 0.3),
        "PHONE_NUMBER",
    )
    doc.t("\n記入日 ").p(_date_k(rng, d0), "DATE").t("\n").t(rng.choice(CLINICAL_K)).t("\n")


STYLES_K = (_ocr_referral, _vertical, _consent, _claim, _ocr_form)


def _clean_k(rng: random.Random, i: int) -> dict[str, Any]:
    lines = [rng.choice(CLINICAL_K) for _ in range(rng.randrange(3, 7))]
    if rng.random() < 0.5:
        lines = [" ".join(x) if rng.random() < 0.2 else x for x in lines]
    return {"id": f"clean-k-{i:04d}", "text": "\n".join(lines), "spans": []}


def generate_k(n_phi: int = 150, n_clean: int = 30, seed: int = 9902) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    places = _Places(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _pk(rng, places)
        d0 = date(2011, 1, 1) + timedelta(days=rng.randrange(0, 14 * 365))
        doc = Doc(f"heldout-k-{i:04d}")
        STYLES_K[i % len(STYLES_K)](rng, doc, pt, d0, places)
        docs.append(doc.out())
    docs.extend(_clean_k(rng, i) for i in range(n_clean))
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Family L: written after every rule change for J and K, committed before it was first measured (the honest
# held-out figure). Styles: certificates and care-insurance opinion letters (診断書, 主治医意見書), portal
# messages from patients and families (emoji, casual spelling), English letters from overseas hospitals about
# Japanese patients, ward memo lists (・name date task), and speech-recognition transcripts of ward rounds.

SURNAMES_L = [
    ("小比類巻", "こひるいまき", "Kohiruimaki"),
    ("木全", "きまた", "Kimata"),
    ("猿渡", "さわたり", "Sawatari"),
    ("十河", "そごう", "Sogo"),
    ("羽柴", "はしば", "Hashiba"),
    ("蓬田", "よもぎだ", "Yomogida"),
    ("仁平", "にへい", "Nihei"),
    ("六角", "ろっかく", "Rokkaku"),
    ("渡嘉敷", "とかしき", "Tokashiki"),
    ("雨宮", "あめみや", "Amemiya"),
]
GIVEN_L = [
    ("マツ", "まつ", "Matsu"),
    ("一颯", "いぶき", "Ibuki"),
    ("富士子", "ふじこ", "Fujiko"),
    ("甚五郎", "じんごろう", "Jingoro"),
    ("芽依", "めい", "Mei"),
    ("すゑ", "すえ", "Sue"),
    ("凛太朗", "りんたろう", "Rintaro"),
    ("喜代美", "きよみ", "Kiyomi"),
]
CLINICAL_L = [
    "上記疾病により、令和の療養期間中は就労困難と認める。",
    "障害高齢者の日常生活自立度 A2、認知症高齢者の日常生活自立度 IIb。",
    "MMSE 21点、長谷川式 17点。",
    "Left femoral neck fracture, treated with bipolar hemiarthroplasty.",
    "Post-operative course was uneventful; discharged on POD 14.",
    "血圧 138/82、脈拍 76 整、SpO2 97%（室内気）。",
    "褥瘡なし、下肢浮腫軽度。",
    "ラシックス20mg 1錠 朝食後、アーチスト2.5mg 2錠 分2。",
    "転倒リスク高く、見守りが必要。",
    "CEA 8.2 ng/mL, CA19-9 54 U/mL.",
]


def _pl(rng: random.Random, places: _Places) -> Person:
    return Person(_family(rng, places, SURNAMES_L), _given(rng, places, GIVEN_L))


def _certificate(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    era, _, ey = _era(d0)
    doc.t(rng.choice(["診　断　書", "主治医意見書", "意見書"]) + "\n")
    doc.t("申請者（被保険者） ").p(pt.kanji(rng), "PERSON").t("\n")
    birth = d0 - timedelta(days=rng.randrange(65 * 365, 99 * 365))
    be, _, by = _era(birth)
    doc.t("生年月日　明・大・昭・平　").p(f"{be}{by}年{birth.month}月{birth.day}日", "DATE").t("生\n")
    doc.t("住所 ").p(places.address(rng), "ADDRESS").t("\n").t(rng.choice(CLINICAL_L)).t("\n")
    doc.t("記入日 ").p(f"{era}{ey}年{d0.month}月{d0.day}日", "DATE").t("\n医療機関名 ").p(
        rng.choice(["医療法人 若竹会 こまくさ病院", "ひいらぎ通りクリニック", "県立ゆりが丘医療センター"]), "FACILITY"
    )
    doc.t("\n所在地 ").p(places.address(rng), "ADDRESS").t("\n電話 ").p(
        f"0{rng.randrange(11, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}", "PHONE_NUMBER"
    )
    doc.t("\n医師氏名 ").p(_pl(rng, places).kanji(rng), "PERSON").t(" ㊞\n")


def _portal(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    rel = rng.choice(["娘", "息子", "妻", "嫁"])
    fam = Person(pt.family, _given(rng, places, GIVEN_L))
    doc.t("【患者ポータル メッセージ】\n差出人: ").p(fam.kanji(rng), "PERSON").t(f"（{rel}）\n")
    doc.t("お世話になっております🙇 ").p(pt.family[0], "PERSON").t(rng.choice(["の", "　"])).t(rel + "です。\n")
    doc.t("母の").p(pt.given[0], "PERSON").t("が ").p(f"{d0.month}/{d0.day}", "DATE").t(
        rng.choice(["の外来に行けなくなりました💦", "に熱を出しました😢"])
    )
    doc.t("\n折り返しは ").p(f"080-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", "PHONE_NUMBER").t(
        " までお願いします✨\n"
    )
    if rng.random() < 0.5:
        doc.t("担当の").p(_pl(rng, places).family[0], "PERSON").t("先生によろしくお伝えください。\n")


def _overseas(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.p(rng.choice(["Seaside Memorial Hospital", "St. Bridget's Medical Center", "Harbourview Clinic"]), "FACILITY")
    doc.t("\nDear Dr. ").p(_pl(rng, places).family[2], "PERSON").t(",\n\nRe: ")
    title = rng.choice(["Mrs.", "Mr.", "Ms."])
    doc.t(title + " ").p(f"{pt.given[2]} {pt.family[2]}", "PERSON").t(", DOB ").p(
        (d0 - timedelta(days=rng.randrange(60 * 365, 90 * 365))).strftime("%d %B %Y"), "DATE"
    )
    doc.t(", MRN ").p(f"{rng.randrange(100000, 999999)}", "ID").t("\n\n")
    doc.t(f"{title} ").p(pt.family[2], "PERSON").t(" was admitted on ").p(d0.strftime("%B %d, %Y"), "DATE")
    doc.t(". ").t(rng.choice(CLINICAL_L[3:5])).t(" ").t(rng.choice(CLINICAL_L[3:5])).t("\n")
    doc.t("Her daughter, ").p(f"{_given(rng, places, GIVEN_L)[2]} {pt.family[2]}", "PERSON").t(
        ", can be reached at "
    ).p(f"+1-{rng.randrange(200, 999)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}", "PHONE_NUMBER")
    doc.t(".\n\nSincerely,\n").p(f"{_pl(rng, places).given[2]} {_pl(rng, places).family[2]}", "PERSON").t(", MD\n")


def _memo(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("＜申し送りメモ＞\n")
    for _ in range(rng.randrange(2, 4)):
        p = _pl(rng, places)
        doc.t("・").p(rng.choice([p.kanji(rng), p.family[0]]), "PERSON").t(rng.choice(["さん ", "様 ", " "]))
        doc.p(f"{d0.month}/{d0.day}", "DATE").t(rng.choice([" 外来 TEL済", " 退院調整", " 採血忘れずに", " 家族面談"]))
        doc.t("\n")
        d0 += timedelta(days=rng.randrange(1, 5))
    doc.t("（").p(_pl(rng, places).family[0], "PERSON").t("）\n")


def _transcript(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    import jaconv

    doc.t("［音声入力］回診記録\n")
    doc.t("えーと、").p(rng.choice([pt.kanji(rng), jaconv.kata2hira(pt.kana(rng))]), "PERSON").t(
        rng.choice(["さんですね、", "さん、"])
    )
    doc.t(rng.choice(["きのうから", "今朝から"]) + "熱はないです。").t(rng.choice(CLINICAL_L[5:8])).t("\n")
    doc.t("次回は").p(f"{d0.month}月{d0.day}日", "DATE").t("に").p(_pl(rng, places).family[0], "PERSON").t(
        "先生の外来で。\n"
    )
    doc.t("以上、").p(_pl(rng, places).family[0], "PERSON").t("でした。\n")


STYLES_L = (_certificate, _portal, _overseas, _memo, _transcript)


def generate_l(n_phi: int = 60, n_clean: int = 15, seed: int = 10103) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    places = _Places(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _pl(rng, places)
        d0 = date(2013, 1, 1) + timedelta(days=rng.randrange(0, 12 * 365))
        doc = Doc(f"heldout-l-{i:04d}")
        STYLES_L[i % len(STYLES_L)](rng, doc, pt, d0, places)
        docs.append(doc.out())
    for i in range(n_clean):
        lines = [rng.choice(CLINICAL_L) for _ in range(rng.randrange(3, 6))]
        docs.append({"id": f"clean-l-{i:04d}", "text": "\n".join(lines), "spans": []})
    return docs
