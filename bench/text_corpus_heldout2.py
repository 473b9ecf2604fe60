"""Second held-out labelled corpus for the Japanese text scrubber: families G and H (and I, written last).

Written BEFORE the recognisers were changed for them, in styles unlike families A-F and unlike ``gateway.synth``:

- G: referral letters and discharge summaries (紹介状, 退院サマリ) with letterheads (〒, addresses with kanji
  numerals, 大字/字 and building names, TEL/FAX with full-width digits and extensions), staff with titles,
  family members (妻・長男…), dates in every era and partial forms (同年, 同月), ages in several spellings;
- H: semi-structured EHR/HIS exports and nursing notes: key:value lines, ``|`` and tab tables, upper-case romaji,
  half-width katakana, names with spaces or middle dots, katakana-only names, ward/room numbers, insurance
  numbers, My Number with valid check digits, e-mails and URLs, prefixed IDs, OCR-like noise (stray spaces,
  mixed widths).

Names come from this module's own pools (rarer surnames, given names not in ``gateway/synth/data``) and from
Faker ``ja_JP`` given names filtered against the synth lists; places come from Faker ``ja_JP`` (prefecture, city,
town, building) assembled with this module's own grammar. PHI-free documents (no spans) measure over-redaction:
staging, lab tables, vertebral levels, doses, drug names, eponyms and hyphenated (・) syndrome names.

``generate_g()``, ``generate_h()`` and ``generate_i()`` return documents in ``bench.text_corpus_heldout``'s
format. Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from bench.text_corpus_heldout import Doc, Person, _fw, my_number

SURNAMES_G = [
    ("勅使河原", "てしがわら", "Teshigawara"),
    ("長曽我部", "ちょうそかべ", "Chosokabe"),
    ("宍戸", "ししど", "Shishido"),
    ("鬼頭", "きとう", "Kito"),
    ("蛭田", "ひるた", "Hiruta"),
    ("薬師寺", "やくしじ", "Yakushiji"),
    ("轟", "とどろき", "Todoroki"),
    ("雲雀", "ひばり", "Hibari"),
    ("左近", "さこん", "Sakon"),
    ("吉良", "きら", "Kira"),
    ("猪俣", "いのまた", "Inomata"),
    ("真壁", "まかべ", "Makabe"),
    ("鮫島", "さめじま", "Samejima"),
    ("納谷", "なや", "Naya"),
    ("嘉手納", "かでな", "Kadena"),
    ("阿久津", "あくつ", "Akutsu"),
    ("瀬戸口", "せとぐち", "Setoguchi"),
    ("乙部", "おとべ", "Otobe"),
    ("栗林", "くりばやし", "Kuribayashi"),
    ("丹羽", "にわ", "Niwa"),
    ("葛西", "かさい", "Kasai"),
    ("袴田", "はかまだ", "Hakamada"),
    ("二階堂", "にかいどう", "Nikaido"),
    ("目黒", "めぐろ", "Meguro"),
]
GIVEN_G = [
    ("千鶴子", "ちづこ", "Chizuko"),
    ("源三", "げんぞう", "Genzo"),
    ("トメ", "とめ", "Tome"),
    ("虎之助", "とらのすけ", "Toranosuke"),
    ("澪", "みお", "Mio"),
    ("朔", "さく", "Saku"),
    ("貴美恵", "きみえ", "Kimie"),
    ("辰雄", "たつお", "Tatsuo"),
    ("しず", "しず", "Shizu"),
    ("琴音", "ことね", "Kotone"),
    ("昭二", "しょうじ", "Shoji"),
    ("絢子", "じゅんこ", "Junko"),
    ("光太郎", "こうたろう", "Kotaro"),
    ("藍", "あい", "Ai"),
    ("晴美", "はるみ", "Harumi"),
    ("弥生", "やよい", "Yayoi"),
]
SURNAMES_H = [
    ("御園生", "みそのう", "Misono"),
    ("上遠野", "かどの", "Kadono"),
    ("小鳥遊", "たかなし", "Takanashi"),
    ("寒河江", "さがえ", "Sagae"),
    ("及川", "おいかわ", "Oikawa"),
    ("鷲尾", "わしお", "Washio"),
    ("潮田", "うしおだ", "Ushioda"),
    ("伊集院", "いじゅういん", "Ijuin"),
    ("桧山", "ひやま", "Hiyama"),
    ("浜崎", "はまさき", "Hamasaki"),
    ("滝沢", "たきざわ", "Takizawa"),
    ("新垣", "あらかき", "Arakaki"),
    ("藤堂", "とうどう", "Todo"),
    ("柊", "ひいらぎ", "Hiiragi"),
    ("蔵元", "くらもと", "Kuramoto"),
    ("砂川", "すながわ", "Sunagawa"),
    ("戸叶", "とかない", "Tokanai"),
    ("舟橋", "ふなはし", "Funahashi"),
]
GIVEN_H = [
    ("瑛太", "えいた", "Eita"),
    ("結衣子", "ゆいこ", "Yuiko"),
    ("寅吉", "とらきち", "Torakichi"),
    ("ミツ", "みつ", "Mitsu"),
    ("慎之介", "しんのすけ", "Shinnosuke"),
    ("菫", "すみれ", "Sumire"),
    ("巌", "いわお", "Iwao"),
    ("珠代", "たまよ", "Tamayo"),
    ("匠", "たくみ", "Takumi"),
    ("萌香", "もえか", "Moeka"),
    ("利平", "りへい", "Rihei"),
    ("ちよ", "ちよ", "Chiyo"),
]
FOREIGN = [
    ("マリア・ロドリゲス", "RODRIGUEZ MARIA"),
    ("グエン・ティ・ラン", "NGUYEN THI LAN"),
    ("アンナ・コワルスカ", "KOWALSKA ANNA"),
    ("ラジェシュ・クマール", "KUMAR RAJESH"),
    ("チャン・ミンホ", "CHANG MINHO"),
    ("オリビア・ブラウン", "BROWN OLIVIA"),
]
FACILITIES_G = [
    "社会医療法人 蒼生会 しらかば中央病院",
    "医療法人 静和会 みずなら内科・循環器クリニック",
    "独立行政法人 地域医療機能推進機構 北陸みなと病院",
    "公立宍粟総合病院",
    "かもめ台ファミリークリニック",
    "特別養護老人ホーム 松風苑",
    "医療法人財団 慈光会 あさひ記念病院",
    "市立河内長野医療センター",
]
FACILITIES_H = [
    "県立東浜病院",
    "医療法人 若葉会 もみじ野病院",
    "やまびこ訪問看護ステーション",
    "介護老人保健施設 ひだまりの郷",
    "すずらん調剤薬局",
    "JCHO 南海医療センター",
]
DEPTS = ["循環器内科", "呼吸器外科", "腎臓内科", "放射線科", "総合診療科", "神経内科", "泌尿器科", "血液内科"]
TITLES_BEFORE = ["院長", "副院長", "部長", "医長", "医学博士", "診療部長", "看護師長", "主任", "准教授", "教授"]
TITLES_AFTER = ["教授", "部長", "医長", "院長", "看護師", "MSW", "PT", "薬剤師"]
RELATIONS = ["妻", "夫", "長男", "次男", "長女", "次女", "孫", "義母", "姪", "実兄"]

CLINICAL_G = [
    "胸部CTにて右上葉に3.2cm大の分葉状腫瘤を認め、cT2aN1M0 stage IIBと診断。",
    "腰椎MRIではL3/4およびL4/5に脊柱管狭窄を認め、Th12に陳旧性圧迫骨折あり。",
    "入院後、セフトリアキソン2g/日を7日間投与し、CRPは12.4から0.8mg/dLへ改善した。",
    "心エコーでLVEF 35%、中等度の僧帽弁逆流を認め、NYHA III度と判断した。",
    "HbA1c 8.4%、空腹時血糖162mg/dL、メトホルミン500mg 2錠分2にて加療中。",
    "ワルファリン2.5mg内服中でPT-INR 2.3と治療域。",
    "Child-Pugh B、ALBI grade 2、AFP 412ng/mL、PIVKA-II 1,850mAU/mL。",
    "上部消化管内視鏡にて胃体下部小弯にBorrmann 3型病変、生検でGroup 5（tub2）。",
    "Virchowリンパ節の腫大はなく、Douglas窩に腹水を認めない。",
    "ギラン・バレー症候群の既往あり、IVIgにて改善している。",
    "シェーグレン症候群、橋本病にて他院通院中。",
    "スティーブンス・ジョンソン症候群の既往があり、カルバマゼピンは禁忌。",
    "GCS E3V4M6、JCS II-10、瞳孔3.0/3.0mm、対光反射両側迅速。",
    "術後第5病日よりリハビリを開始し、第21病日に杖歩行自立となった。",
    "PSA 18.6ng/mL、前立腺生検にてGleason score 4+4=8、cT3aN0M0。",
    "頭部MRI拡散強調像で左放線冠に高信号、ラクナ梗塞と診断。",
    "ホルター心電図で最大RR 4.2秒の洞停止を認め、DDDペースメーカー植込みを予定。",
    "ESD後の病理はpT1a(M)、UL0、ly0、v0、HM0、VM0で治癒切除。",
    "造影CTでWillis動脈輪閉塞症（もやもや病）の所見はない。",
    "ADLはBarthel Index 60点、HDS-R 18点。",
]
CLINICAL_H = [
    "BT 37.8℃ / P 96 / BP 142/84 / SpO2 94%(O2 2L)",
    "WBC 12300 /μL, Hb 9.8 g/dL, Plt 18.2万/μL, CRP 6.42 mg/dL",
    "Na 131 mEq/L, K 5.2 mEq/L, BUN 42 mg/dL, Cre 2.14 mg/dL, eGFR 23",
    "Rp.1 アムロジピン錠5mg 1錠 1日1回 朝食後 14日分",
    "Rp.2 ランソプラゾールOD錠15mg 1錠 1日1回 夕食後 14日分",
    "ヘパリン 10000単位/日 持続静注、APTT 1.5-2.0倍目標",
    "尿量 1,250mL/日、In/Out +320mL",
    "疼痛 NRS 4→2、レスキュー（オキノーム散5mg）1回使用",
    "褥瘡：仙骨部 DESIGN-R d2-e3s6i0g1n0p0",
    "転倒転落アセスメントスコア 危険度II、離床センサー設置",
    "ドレーン排液 淡血性 40mL/8h",
    "T2WIで左側頭葉に高信号域、FLAIRでも同様。",
    "胸腔ドレーン 水封、エアリークなし",
    "経管栄養 エンシュア・H 250mL×3回/日",
    "ICD-10: C34.1, I10, E11.9",
    "意識レベル JCS I-1、MMT 上肢5/5 下肢4/5",
    "血糖 BS 238 mg/dL → ヒューマリンR 4単位 皮下注",
    "パーキンソン病 Hoehn-Yahr III度、L-dopa 300mg/日",
]


def _kanji(n: int) -> str:
    """Positional kanji numeral: 305 -> 三百五, 1203 -> 千二百三."""
    digits = "〇一二三四五六七八九"
    if n == 0:
        return digits[0]
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else digits[q]) + unit
    return out + (digits[n] if n else "")


def _kanji_digits(n: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(n))


@cache
def _synth_names() -> frozenset[str]:
    """Names of ``gateway/synth/data`` (read only to keep this corpus' pools different from the synth's)."""
    out: set[str] = set()
    root = Path(__file__).resolve().parent.parent / "gateway" / "synth" / "data"
    for name in ("surnames.tsv", "given_names.tsv"):
        p = root / name
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    out.add(line.split("\t")[0])
    return frozenset(out)


class _Places:
    """Faker ``ja_JP`` place pieces, assembled with this module's own address grammar."""

    def __init__(self, seed: int) -> None:
        from faker import Faker

        self.f = Faker("ja_JP")
        self.f.seed_instance(seed)

    def given(self, rng: random.Random, pool: list[tuple[str, str, str]]) -> tuple[str, str, str]:
        if rng.random() < 0.35:
            for _ in range(10):
                k, kana, rom = self.f.first_name_pair()
                if k not in _synth_names():
                    import jaconv

                    return (k, jaconv.kata2hira(kana), rom)
        return rng.choice(pool)

    def address(self, rng: random.Random, kanji_numerals: bool = False) -> str:
        f = self.f
        pref, city, town = f.prefecture(), f.city(), f.town()
        c, b, g = rng.randrange(1, 9), rng.randrange(1, 40), rng.randrange(1, 30)
        style = rng.randrange(6)
        num = _kanji if kanji_numerals else str
        if style == 0:
            block = f"{num(c)}丁目{num(b)}番{num(g)}号"
        elif style == 1:
            block = f"{num(c)}丁目{num(b)}番地の{num(g)}"
        elif style == 2:
            block = f"{c}-{b}-{g}"
        elif style == 3:
            block = _fw(f"{c}-{b}-{g}")
        elif style == 4:
            block = f"大字{town}字{rng.choice(['上ノ原', '川端', '宮前', '中島'])}{num(rng.randrange(100, 999))}番地"
            town = ""
        else:
            block = f"{num(b)}番{num(g)}号"
        out = f"{pref}{city}{town}{block}"
        if rng.random() < 0.5:
            room = rng.randrange(101, 1205)
            out += (
                rng.choice([" ", "　", ""])
                + f.building_name()
                + rng.choice(["ハイツ", "荘", "マンション", "レジデンス"])
            )
            out += rng.choice([f"{room}号室", f" {room}号", f"{_kanji_digits(room)}号室"])
        return out

    def zipcode(self, rng: random.Random) -> str:
        z = self.f.zipcode()
        return rng.choice(["〒" + z, "〒" + _fw(z), "〒 " + z, "〒" + z.replace("-", "")])


ERAS = [
    ("令和", "R", date(2019, 5, 1)),
    ("平成", "H", date(1989, 1, 8)),
    ("昭和", "S", date(1926, 12, 25)),
    ("大正", "T", date(1912, 7, 30)),
]


def _era(d: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    return "明治", "M", d.year - 1867


def fmt_date_g(rng: random.Random, d: date) -> str:
    """Dates in every era and in partial forms (a few spellings no earlier family used)."""
    era, letter, ey = _era(d)
    eys = "元" if ey == 1 else str(ey)
    style = rng.randrange(16)
    wd = "月火水木金土日"[d.weekday()]
    forms = [
        f"{era}{eys}年{d.month}月{d.day}日",
        _fw(f"{era}{eys}年{d.month}月{d.day}日"),
        f"{era}{'元' if ey == 1 else _kanji(ey)}年{_kanji(d.month)}月{_kanji(d.day)}日",
        f"{era}{ey}({d.year})年{d.month}月{d.day}日",
        f"{d.year}(R{ey})年{d.month}月{d.day}日" if era == "令和" else f"{d.year}({letter}{ey})年{d.month}月{d.day}日",
        f"{letter}.{ey}.{d.month}.{d.day}",
        f"{letter}{ey}年{d.month}月{d.day}日",
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
        f"{d.year}年{d.month}月{d.day}日（{wd}）",
        f"{d.month}月{d.day}日",
        f"{d.year}年{d.month}月",
        f"{era}{eys}年{d.month}月",
        f"{d.month}/{d.day}",
        f"{d.year}-{d.month}-{d.day}",
        _fw(f"{d.year}.{d.month:02d}.{d.day:02d}"),
        f"{era}{eys}年{d.month:02d}月{d.day:02d}日",
    ]
    return forms[style]


def fmt_date_h(rng: random.Random, d: date) -> tuple[str, str]:
    """Export-style dates: (date, time suffix not labelled)."""
    _, letter, ey = _era(d)
    style = rng.randrange(8)
    time = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    forms = [
        (f"{d.year}/{d.month:02d}/{d.day:02d}", ""),
        (f"{d.year}{d.month:02d}{d.day:02d}", ""),
        (f"{d.year}-{d.month:02d}-{d.day:02d}", ""),
        (f"{d.year}-{d.month:02d}-{d.day:02d}", f"T{time}:00"),
        (f"{d.day:02d}-{d.strftime('%b').upper()}-{d.year}", ""),
        (f"{d.year}/{d.month}/{d.day}", f" {time}"),
        (_fw(f"{d.year}/{d.month:02d}/{d.day:02d}"), ""),
        (f"{letter}{ey:02d}.{d.month:02d}.{d.day:02d}", ""),
    ]
    return forms[style]


def _date_h(rng: random.Random, doc: Doc, d: date) -> Doc:
    value, suffix = fmt_date_h(rng, d)
    return doc.p(value, "DATE").t(suffix)


def age_text(rng: random.Random, n: int) -> str:
    return rng.choice(
        [f"{n}歳", _fw(f"{n}歳"), f"{_kanji(n)}歳" if n < 100 else f"{n}歳", f"{n}y", f"{n} y.o.", f"満{n}歳"]
    )


def phone_g(rng: random.Random) -> str:
    a, b = rng.randrange(100, 999), rng.randrange(1000, 9999)
    style = rng.randrange(7)
    forms = [
        _fw(f"0{rng.randrange(11, 99)}-{a}-{b}"),
        _fw(f"0{rng.randrange(11, 99)}（{a}）{b}"),
        f"(0{rng.randrange(11, 99)}) {a}-{b}",
        f"0{rng.randrange(11, 99)}-{a}-{b}",
        f"0{rng.choice([70, 80, 90])} {rng.randrange(1000, 9999)} {b}",
        f"+81-{rng.randrange(3, 99)}-{a}-{b}",
        "0120-" + f"{rng.randrange(10, 99)}-{b}",
    ]
    return forms[style]


def _name_kanji(rng: random.Random, fam: tuple[str, str, str], given: tuple[str, str, str]) -> str:
    return fam[0] + rng.choice(["", " ", "　"]) + given[0]


def _person_g(rng: random.Random, places: _Places) -> Person:
    return Person(rng.choice(SURNAMES_G), places.given(rng, GIVEN_G))


# ---------------------------------------------------------------------------------------------------------------
# Family G: referral letters and discharge summaries with letterheads.


def _letterhead(rng: random.Random, doc: Doc, places: _Places) -> None:
    doc.p(rng.choice(FACILITIES_G), "FACILITY").t("\n").p(places.zipcode(rng), "POSTAL_CODE").t(" ")
    doc.p(places.address(rng, kanji_numerals=rng.random() < 0.4), "ADDRESS").t("\n")
    doc.t(rng.choice(["TEL ", "ＴＥＬ：", "電話 ", "代表 "])).p(phone_g(rng), "PHONE_NUMBER")
    if rng.random() < 0.5:
        opening = rng.choice(["（内線", " 内線", " ext."])
        doc.t(opening).p(_fw(str(rng.randrange(1000, 9999))), "PHONE_NUMBER").t("）" if opening[0] == "（" else "")
    doc.t(rng.choice(["　FAX ", " / ＦＡＸ：", "\nFAX "])).p(phone_g(rng), "PHONE_NUMBER").t("\n")


def _staff_line(rng: random.Random, doc: Doc, places: _Places) -> None:
    s = _person_g(rng, places)
    style = rng.randrange(4)
    if style == 0:
        doc.t(rng.choice(DEPTS) + " " + rng.choice(TITLES_BEFORE) + " ").p(s.kanji(rng), "PERSON")
    elif style == 1:
        doc.t(rng.choice(DEPTS) + "　").p(s.kanji(rng), "PERSON").t(" " + rng.choice(TITLES_AFTER))
    elif style == 2:
        doc.t("記載医：").p(s.kanji(rng), "PERSON").t("（印）")
    else:
        doc.t(rng.choice(TITLES_BEFORE) + "　医師　").p(s.kanji(rng), "PERSON")
    doc.t("\n")


def _referral_letter(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    dest, dr = rng.choice(FACILITIES_G), _person_g(rng, places)
    doc.t("診療情報提供書\n\n").p(dest, "FACILITY").t("\n" + rng.choice(DEPTS) + "　")
    doc.p(rng.choice([dr.kanji(rng), dr.family[0]]), "PERSON").t(rng.choice([" 先生 御机下", "先生　御侍史", " 先生"]))
    doc.t("\n\n").p(fmt_date_g(rng, d0), "DATE").t("\n")
    _letterhead(rng, doc, places)
    _staff_line(rng, doc, places)
    doc.t("\n患者氏名　").p(pt.kanji(rng), "PERSON").t(rng.choice([" 殿", " 様", ""])).t("（")
    doc.p(pt.kana(rng), "PERSON").t("）　")
    birth = d0 - timedelta(days=rng.randrange(60 * 365, 100 * 365))
    doc.p(fmt_date_g(rng, birth), "DATE").t(rng.choice(["生", "生まれ", ""]) + "（")
    age = (d0 - birth).days // 365
    doc.p(age_text(rng, age), "AGE").t("）" + rng.choice(["男性", "女性", "男", "女"]) + "\n")
    doc.t("住所　").p(places.address(rng, kanji_numerals=rng.random() < 0.5), "ADDRESS").t("\n")
    doc.t("傷病名　右肺癌疑い\n\n拝啓　時下ますますご清祥のこととお慶び申し上げます。\n")
    doc.t("上記の方、").p(fmt_date_g(rng, d0 - timedelta(days=rng.randrange(20, 200))), "DATE")
    doc.t("より当科にて加療中です。" + rng.choice(CLINICAL_G) + "\n")
    rel, fam = rng.choice(RELATIONS), Person(pt.family, places.given(rng, GIVEN_G))
    style = rng.randrange(4)
    if style == 0:
        doc.t(f"ご家族（{rel}・").p(fam.given[0], "PERSON").t("様）にも病状を説明済みです。\n")
    elif style == 1:
        doc.t(f"キーパーソンは{rel}の").p(fam.kanji(rng), "PERSON").t("氏（")
        doc.p(phone_g(rng), "PHONE_NUMBER").t("）です。\n")
    elif style == 2:
        doc.t(f"{rel} ").p(fam.kanji(rng), "PERSON").t(f"さん（{rng.randrange(40, 75)}歳）と同居。\n")
    else:
        doc.t(f"独居、{rel}（").p(fam.kanji(rng), "PERSON")
        doc.t("）が時々訪問。\n")
    doc.t("同年").p(f"{(d0 + timedelta(days=9)).month}月{(d0 + timedelta(days=9)).day}日", "DATE")
    doc.t("に" + rng.choice(CLINICAL_G) + "\n貴院での精査加療をお願い申し上げます。\n敬具\n")


def _discharge_summary(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("退院サマリ\n").p(rng.choice(FACILITIES_G), "FACILITY").t(" ").t(rng.choice(DEPTS) + "\n")
    doc.t("患者：").p(pt.kanji(rng), "PERSON").t(rng.choice([" 殿", "", " 様"]) + "　")
    doc.t(rng.choice(["年齢：", "", "（"]))
    age = rng.randrange(78, 104)
    doc.p(age_text(rng, age), "AGE").t("\n")
    d1 = d0 + timedelta(days=rng.randrange(5, 40))
    doc.t("入院期間：").p(fmt_date_g(rng, d0), "DATE").t("～").p(fmt_date_g(rng, d1), "DATE").t("\n")
    doc.t("主治医：").p(_person_g(rng, places).kanji(rng), "PERSON").t(
        rng.choice(["", " 医師", "（" + rng.choice(TITLES_AFTER) + "）"])
    )
    doc.t("　担当医：").p(_person_g(rng, places).kanji(rng), "PERSON").t("\n【経過】")
    doc.t(rng.choice(CLINICAL_G) + rng.choice(CLINICAL_G) + "\n")
    doc.t("入院第").t(str(rng.randrange(2, 9))).t("病日（").p(fmt_date_g(rng, d0 + timedelta(days=3)), "DATE")
    doc.t("）より" + rng.choice(CLINICAL_G) + "\n")
    doc.t("【退院時処方】" + rng.choice(CLINICAL_G) + "\n【転帰】軽快\n【退院先】")
    if rng.random() < 0.5:
        doc.t("自宅（").p(places.address(rng), "ADDRESS").t("）\n")
    else:
        doc.p(rng.choice(FACILITIES_G), "FACILITY").t("へ転院\n")
    doc.t(rng.choice(RELATIONS) + "・").p(places.given(rng, GIVEN_G)[0], "PERSON").t("様に付き添われ退院。\n")
    _staff_line(rng, doc, places)


def _reply_note(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    dr = _person_g(rng, places)
    doc.t("ご報告\n").p(rng.choice(FACILITIES_G), "FACILITY").t("\n").p(dr.kanji(rng), "PERSON").t(" 先生\n")
    doc.t("平素より大変お世話になっております。ご紹介いただきました").p(pt.kanji(rng), "PERSON").t("様（")
    doc.p(age_text(rng, rng.randrange(90, 104)), "AGE").t("）につきまして、")
    doc.p(fmt_date_g(rng, d0), "DATE").t("に当院を受診されました。" + rng.choice(CLINICAL_G) + "\n")
    doc.t("次回は").p(fmt_date_g(rng, d0 + timedelta(days=28)), "DATE").t("に再診予定です。\n取り急ぎご報告まで。\n")
    doc.t(rng.choice(["草々\n", "\n"]))
    s = _person_g(rng, places)
    doc.p(rng.choice(FACILITIES_G), "FACILITY").t(" " + rng.choice(DEPTS) + "\n")
    doc.p(s.kanji(rng), "PERSON").t("\n直通 ").p(phone_g(rng), "PHONE_NUMBER").t("\n")


def _foreign_patient_letter(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    kata, rom = rng.choice(FOREIGN)
    doc.t("紹介状\n患者名：").p(kata, "PERSON").t("（").p(rom, "PERSON").t("）様\n生年月日：")
    doc.p(fmt_date_g(rng, d0 - timedelta(days=rng.randrange(20 * 365, 70 * 365))), "DATE").t("\n")
    doc.t("通訳：").p(_person_g(rng, places).kanji(rng), "PERSON").t("（医療通訳）\n")
    doc.t("住所：").p(places.zipcode(rng), "POSTAL_CODE").t(" ").p(places.address(rng), "ADDRESS").t("\n")
    doc.t(rng.choice(CLINICAL_G) + "\n")


STYLES_G = (_referral_letter, _discharge_summary, _reply_note, _foreign_patient_letter)


def _clean_g(rng: random.Random, i: int) -> dict[str, Any]:
    lines = [rng.choice(["", "・", "【経過】", "1. "]) + rng.choice(CLINICAL_G) for _ in range(rng.randrange(4, 9))]
    return {"id": f"clean-g-{i:04d}", "text": "\n".join(lines), "spans": []}


def generate_g(n_phi: int = 240, n_clean: int = 40, seed: int = 5501) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    places = _Places(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person_g(rng, places)
        d0 = date(2008, 1, 1) + timedelta(days=rng.randrange(0, 17 * 365))
        doc = Doc(f"heldout-g-{i:04d}")
        STYLES_G[i % len(STYLES_G)](rng, doc, pt, d0, places)
        docs.append(doc.out())
    docs.extend(_clean_g(rng, i) for i in range(n_clean))
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Family H: semi-structured EHR/HIS exports and nursing notes.


def _half_kana(s: str) -> str:
    import jaconv

    return jaconv.z2h(jaconv.hira2kata(s), kana=True, ascii=False, digit=False)


def _person_h(rng: random.Random, places: _Places) -> Person:
    return Person(rng.choice(SURNAMES_H), places.given(rng, GIVEN_H))


def _noisy(rng: random.Random, s: str) -> str:
    """OCR-like noise: a stray space inside a name."""
    if len(s) >= 3 and " " not in s and "　" not in s and rng.random() < 0.5:
        k = rng.randrange(1, len(s))
        return s[:k] + " " + s[k:]
    return s


def _mrn(rng: random.Random) -> str:
    n = rng.randrange(10**6, 10**8)
    return rng.choice([f"MRN-{n:08d}", f"PT#A{n:07d}", f"{n:010d}", f"K{n}", f"HN{n:08d}"])


def _insurer(rng: random.Random) -> str:
    return rng.choice([f"{rng.randrange(1, 48):02d}{rng.randrange(130000, 139999)}", f"{rng.randrange(10**5, 10**6)}"])


def _ward(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randrange(3, 12)}W",
            f"{rng.randrange(3, 12)}階東病棟",
            f"西{rng.randrange(3, 9)}病棟",
            f"{rng.randrange(3, 12)}E-{rng.randrange(1, 40):02d}",
        ]
    )


def _his_export(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    sep = rng.choice([": ", ":", "：", "\t", " = "])
    doc.t(f"=== PATIENT EXPORT {rng.randrange(1, 9)}.{rng.randrange(0, 9)} ===\n")
    doc.t(f"PT_ID{sep}").p(_mrn(rng), "ID").t("\n")
    doc.t(f"PT_NAME{sep}").p(f"{pt.family[2].upper()} {pt.given[2].upper()}", "PERSON").t("\n")
    doc.t(f"PT_KANA{sep}").p(_half_kana(pt.family[1]) + " " + _half_kana(pt.given[1]), "PERSON").t("\n")
    doc.t(f"PT_KANJI{sep}").p(_noisy(rng, pt.family[0] + pt.given[0]), "PERSON").t("\n")
    doc.t(f"SEX{sep}{rng.choice(['M', 'F'])}\nDOB{sep}")
    _date_h(rng, doc, d0 - timedelta(days=rng.randrange(50 * 365, 99 * 365))).t("\n")
    age = rng.randrange(60, 103)
    doc.t(f"AGE{sep}").p(str(age), "AGE").t("\n") if age >= 90 else doc.t(f"AGE{sep}{age}\n")
    doc.t(f"WARD{sep}").p(_ward(rng), "FACILITY").t(f"\nROOM{sep}").p(f"{rng.randrange(301, 1299)}", "FACILITY")
    doc.t(f"\nBED{sep}{rng.randrange(1, 5)}\nATTENDING{sep}").p(_person_h(rng, places).kanji(rng), "PERSON").t("\n")
    _date_h(rng, doc.t(f"ADMIT_DT{sep}"), d0).t("\n")
    doc.t(f"TEL{sep}").p(phone_g(rng), "PHONE_NUMBER").t("\n")
    host = rng.choice(["mail.example.ne.jp", "example.com", "docomo.example.jp"])
    doc.t(f"EMAIL{sep}").p(
        f"{pt.given[2].lower()}.{pt.family[2].lower()}{rng.randrange(10, 99)}@{host}",
        "EMAIL_ADDRESS",
    ).t("\n")
    doc.t(f"INSURER_NO（保険者番号）{sep}").p(_insurer(rng), "INSURANCE_NUMBER").t("\n")
    doc.t(f"記号・番号{sep}").p(
        f"{rng.choice(['東', '神', '阪', ''])}{rng.randrange(1, 99)}・{rng.randrange(100, 99999)}", "INSURANCE_NUMBER"
    ).t("\n")
    doc.t(f"MYNUMBER{sep}").p(my_number(rng), "MY_NUMBER").t("\n")
    doc.t(f"DX{sep}C34.1 右上葉肺癌\n")


def _nurse_table(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    pipe = rng.random() < 0.5
    cells = (lambda *c: "| " + " | ".join(c) + " |\n") if pipe else (lambda *c: "\t".join(c) + "\n")
    doc.t("経過表　患者: ").p(pt.kanji(rng), "PERSON").t("　ID: ").p(_mrn(rng), "ID").t("\n")
    doc.t(cells("日時", "記録者", "内容"))
    if pipe:
        doc.t("|---|---|---|\n")
    for k in range(rng.randrange(2, 5)):
        d = d0 + timedelta(days=k)
        nurse = _person_h(rng, places)
        name = rng.choice([nurse.family[0], nurse.kanji(rng), _half_kana(nurse.family[1]), nurse.family[2].upper()])
        lead = "| " if pipe else ""
        mid = " | " if pipe else "\t"
        _date_h(rng, doc.t(lead), d).t(mid).p(name, "PERSON").t(mid).t(rng.choice(CLINICAL_H))
        doc.t(" |\n" if pipe else "\n")


def _nursing_note(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    _date_h(rng, doc.t("【看護記録】"), d0).t(f" {rng.randrange(0, 24):02d}:{rng.choice(['05', '30', '50'])}")
    doc.t(" 記録者：").p(_person_h(rng, places).kana(rng), "PERSON").t("\n")
    doc.t(rng.choice(CLINICAL_H) + "\n")
    fam = Person(pt.family, places.given(rng, GIVEN_H))
    rel = rng.choice(RELATIONS)
    style = rng.randrange(3)
    if style == 0:
        doc.t(f"{rel}（").p(fam.kana(rng), "PERSON").t("）面会。次回面会は")
        doc.p(f"{(d0 + timedelta(days=3)).month}/{(d0 + timedelta(days=3)).day}", "DATE").t("予定。\n")
    elif style == 1:
        doc.t(f"{rel}より電話（").p(phone_g(rng), "PHONE_NUMBER").t("）、").p(fam.given[0], "PERSON")
        doc.t("さんが明日来院とのこと。\n")
    else:
        kata, _ = rng.choice(FOREIGN)
        doc.t("ヘルパー ").p(kata, "PERSON").t(" さんより申し送りあり。\n")
    doc.t("病室 ").p(f"{rng.randrange(301, 999)}号室", "FACILITY").t(" → ").p(
        f"{rng.randrange(301, 999)}号室", "FACILITY"
    )
    doc.t("へ転床。\n")


def _order_export(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("ORDER_NO,PT_ID,PT_NAME,ORDER_DT,ITEM,ORDERED_BY\n")
    doc.p(f"OR{d0.year % 100:02d}{d0.month:02d}{rng.randrange(10**5, 10**6)}", "ID").t(",")
    doc.p(_mrn(rng), "ID").t(",")
    doc.p(
        rng.choice(
            [
                f"{pt.family[2].upper()}^{pt.given[2].upper()}",
                f"{pt.family[0]}　{pt.given[0]}",
                f"{pt.family[2]}, {pt.given[2]}",
            ]
        ),
        "PERSON",
    ).t(",")
    _date_h(rng, doc, d0).t(",胸部CT単純,")
    dr = _person_h(rng, places)
    form = rng.choice([f"{dr.family[2].upper()} {dr.given[2][0]}.", f"Dr.{dr.family[2]}", dr.kanji(rng)])
    if form.startswith("Dr."):  # the title is the role, kept by policy; the name is the span
        doc.t("Dr.")
        form = form[3:]
    doc.p(form, "PERSON").t("\n")
    doc.t("結果参照: ").p(
        f"https://his.{rng.choice(['tobu', 'nanso', 'kita'])}-hp.example.jp/result?order={rng.randrange(10**6, 10**7)}",
        "URL",
    ).t("\n")
    doc.t("受付No.").p(f"{d0.year}-{rng.randrange(1, 99999):06d}", "ID").t("　検体ID ").p(
        f"BL-{d0.year % 100}-{rng.randrange(1000, 9999)}", "ID"
    ).t("\n")


def _handover(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    ward = _ward(rng)
    doc.t("申し送り　").p(ward, "FACILITY").t("\n")
    for _ in range(rng.randrange(2, 4)):
        p = _person_h(rng, places)
        room = f"{rng.randrange(301, 999)}"
        doc.p(room, "FACILITY").t(" ").p(
            rng.choice([p.kanji(rng), p.kana(rng), _noisy(rng, p.family[0] + p.given[0])]), "PERSON"
        )
        doc.t(rng.choice(["様", "さん", "", " 氏"]) + " ")
        age = rng.randrange(70, 104)
        doc.p(f"{age}歳", "AGE").t(" ") if age >= 90 else doc.t(f"{age}歳 ")
        doc.t(rng.choice(CLINICAL_H) + "\n")
    doc.t("リーダー ").p(_person_h(rng, places).family[0], "PERSON").t(" / 夜勤 ").p(
        _person_h(rng, places).family[0], "PERSON"
    ).t("\n")


STYLES_H = (_his_export, _nurse_table, _nursing_note, _order_export, _handover)


def _clean_h(rng: random.Random, i: int) -> dict[str, Any]:
    lines = []
    if rng.random() < 0.5:
        lines.append("項目\t結果\t単位\t基準値")
        for item, unit, lo, hi in (
            ("WBC", "/μL", 3300, 8600),
            ("Hb", "g/dL", 11, 17),
            ("Plt", "万/μL", 15, 35),
            ("LDH", "U/L", 124, 222),
            ("CK", "U/L", 59, 248),
        ):
            v = rng.randrange(int(lo * 0.5), int(hi * 2))
            lines.append(f"{item}\t{v}\t{unit}\t{lo}-{hi}")
    lines.extend(rng.choice(CLINICAL_H) for _ in range(rng.randrange(3, 8)))
    return {"id": f"clean-h-{i:04d}", "text": "\n".join(lines), "spans": []}


def generate_h(n_phi: int = 240, n_clean: int = 40, seed: int = 6602) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    places = _Places(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person_h(rng, places)
        d0 = date(2010, 1, 1) + timedelta(days=rng.randrange(0, 15 * 365))
        doc = Doc(f"heldout-h-{i:04d}")
        STYLES_H[i % len(STYLES_H)](rng, doc, pt, d0, places)
        docs.append(doc.out())
    docs.extend(_clean_h(rng, i) for i in range(n_clean))
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Family I: written after every rule change for G and H; measured once and NOT tuned on (the honest figure).
# Styles: social-worker interview notes, pharmacist counselling records, rehabilitation progress notes,
# transfer-coordination phone logs, clinical-trial coordinator notes; middle-dot phone and date separators,
# 様方 addresses, 旧姓, trial subject numbers.

SURNAMES_I = [
    ("八重樫", "やえがし", "Yaegashi"),
    ("唐沢", "からさわ", "Karasawa"),
    ("安曇", "あずみ", "Azumi"),
    ("錦織", "にしこおり", "Nishikori"),
    ("門脇", "かどわき", "Kadowaki"),
    ("簗瀬", "やなせ", "Yanase"),
    ("茅野", "ちの", "Chino"),
    ("氷室", "ひむろ", "Himuro"),
    ("毛利", "もうり", "Mori"),
    ("垣内", "かきうち", "Kakiuchi"),
    ("播磨", "はりま", "Harima"),
    ("芹沢", "せりざわ", "Serizawa"),
]
GIVEN_I = [
    ("紗季", "さき", "Saki"),
    ("惣一", "そういち", "Soichi"),
    ("フミ", "ふみ", "Fumi"),
    ("環", "たまき", "Tamaki"),
    ("将暉", "まさき", "Masaki"),
    ("りつ", "りつ", "Ritsu"),
    ("兼次", "かねじ", "Kaneji"),
    ("千景", "ちかげ", "Chikage"),
    ("操", "みさお", "Misao"),
    ("悠", "はるか", "Haruka"),
]
CLINICAL_I = [
    "服薬アドヒアランス良好、残薬なし。",
    "エルキトニン注10単位 週1回 筋注。",
    "リクシアナ30mg 1日1回、出血傾向なし。",
    "FIM 運動項目52点、認知項目28点。",
    "10m歩行 12.4秒、TUG 15.8秒。",
    "介護保険 要介護2、区分変更申請中。",
    "高額療養費制度について説明した。",
    "プロトコル第3版に基づきC2D1投与。",
    "有害事象 Grade 2の末梢神経障害（CTCAE v5.0）。",
    "RECIST 1.1でPR、標的病変の総和 42mm→28mm。",
    "嚥下造影で喉頭侵入あり、とろみ中間。",
    "ADL：食事自立、排泄一部介助、入浴全介助。",
    "ワーファリン内服中のため納豆は禁止と説明。",
    "Th12/L1移行部に圧痛あり、コルセット着用。",
]


def _person_i(rng: random.Random, places: _Places) -> Person:
    return Person(rng.choice(SURNAMES_I), places.given(rng, GIVEN_I))


def phone_i(rng: random.Random) -> str:
    a, b = rng.randrange(100, 999), rng.randrange(1000, 9999)
    style = rng.randrange(4)
    forms = [
        _fw(f"0{rng.randrange(11, 99)}") + "・" + _fw(str(a)) + "・" + _fw(str(b)),
        f"0{rng.randrange(11, 99)}.{a}.{b}",
        f"０{rng.choice(['７０', '８０', '９０'])}ー{_fw(str(rng.randrange(1000, 9999)))}ー{_fw(str(b))}",
        f"0{rng.randrange(11, 99)}-{a}-{b}",
    ]
    return forms[style]


def date_i(rng: random.Random, d: date) -> str:
    era, letter, ey = _era(d)
    forms = [
        f"{era}{ey}・{d.month}・{d.day}",
        _fw(f"{d.year}.{d.month}.{d.day}"),
        f"{letter}{ey}年{d.month}月{d.day}日",
        f"{d.month}月{d.day}日",
        f"{d.year}年{d.month}月{d.day}日",
        f"{era}{ey}年{d.month}月{d.day}日",
    ]
    return rng.choice(forms)


def _msw(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("◆MSW面談記録　").p(date_i(rng, d0), "DATE").t("\n面談者：本人、")
    rel = rng.choice(["長女", "次男", "妻", "姪"])
    fam = Person(pt.family, places.given(rng, GIVEN_I))
    doc.t(f"{rel} ").p(fam.kanji(rng), "PERSON").t("氏\n担当MSW：").p(_person_i(rng, places).kanji(rng), "PERSON")
    doc.t("\n▼経過\n").t(rng.choice(CLINICAL_I)).t("退院後は")
    addr = places.address(rng)
    doc.p(addr.split("番")[0] + "番" if "番" in addr else addr, "ADDRESS").t(f"の{rel}宅（")
    doc.p(fam.family[0], "PERSON").t("様方）へ転居予定。\n連絡先：").p(phone_i(rng), "PHONE_NUMBER").t("\n")


def _pharmacy(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("【服薬指導記録】\n").p(pt.kanji(rng), "PERSON").t(" 様（旧姓 ").p(rng.choice(SURNAMES_G)[0], "PERSON").t(
        "）"
    )
    age = rng.randrange(80, 100)
    doc.t("　")
    (doc.p(f"{age}歳", "AGE") if age >= 90 else doc.t(f"{age}歳")).t("\n指導日：").p(date_i(rng, d0), "DATE")
    doc.t("\n").t(rng.choice(CLINICAL_I)).t(rng.choice(CLINICAL_I)).t("\n指導薬剤師：")
    doc.p(_person_i(rng, places).kanji(rng), "PERSON").t("\n")


def _rehab(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    doc.t("リハビリテーション経過報告書（").p(date_i(rng, d0), "DATE").t("）\n対象者：").p(pt.kana(rng), "PERSON")
    doc.t("\n担当PT ").p(_person_i(rng, places).family[0], "PERSON").t("／担当OT ").p(
        _person_i(rng, places).family[0], "PERSON"
    )
    doc.t("\n").t(rng.choice(CLINICAL_I)).t("\n").t(rng.choice(CLINICAL_I)).t("\n次回評価 ").p(
        date_i(rng, d0 + timedelta(days=14)), "DATE"
    )
    doc.t("\n")


def _transfer_log(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    hosp = rng.choice(FACILITIES_H + FACILITIES_G)
    dr = _person_i(rng, places)
    doc.t("転院調整　電話記録\n").p(date_i(rng, d0), "DATE").t(
        f" {rng.randrange(9, 17)}時{rng.choice(['00', '30'])}分　"
    )
    doc.p(hosp, "FACILITY").t(" 地域連携室 ").p(dr.family[0], "PERSON").t("氏より入電（").p(
        phone_i(rng), "PHONE_NUMBER"
    )
    doc.t("）。\n").p(pt.kanji(rng), "PERSON").t("さんの受け入れ可、").p(date_i(rng, d0 + timedelta(days=5)), "DATE")
    doc.t("転院で調整。\n")


def _trial(rng: random.Random, doc: Doc, pt: Person, d0: date, places: _Places) -> None:
    subj = f"{rng.choice(['JCOG', 'WJOG', 'TRI'])}{rng.randrange(1000, 9999)}-{rng.randrange(1, 999):03d}"
    doc.t("CRC記録　被験者識別コード：").p(subj, "ID").t("\n被験者：").p(pt.romaji(rng), "PERSON").t("　同意取得日：")
    doc.p(date_i(rng, d0), "DATE").t("\n").t(rng.choice(CLINICAL_I)).t(rng.choice(CLINICAL_I)).t("\n責任医師 ")
    doc.p(_person_i(rng, places).kanji(rng), "PERSON").t("、CRC ").p(_person_i(rng, places).kanji(rng), "PERSON")
    doc.t("\n問い合わせ：").p(f"crc-{rng.randrange(10, 99)}@trial.example.or.jp", "EMAIL_ADDRESS").t("\n")


STYLES_I = (_msw, _pharmacy, _rehab, _transfer_log, _trial)


def generate_i(n_phi: int = 150, n_clean: int = 30, seed: int = 7703) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    places = _Places(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person_i(rng, places)
        d0 = date(2009, 1, 1) + timedelta(days=rng.randrange(0, 16 * 365))
        doc = Doc(f"heldout-i-{i:04d}")
        STYLES_I[i % len(STYLES_I)](rng, doc, pt, d0, places)
        docs.append(doc.out())
    for i in range(n_clean):
        lines = [rng.choice(["◆", "▼", "・", ""]) + rng.choice(CLINICAL_I) for _ in range(rng.randrange(3, 7))]
        docs.append({"id": f"clean-i-{i:04d}", "text": "\n".join(lines), "spans": []})
    return docs
