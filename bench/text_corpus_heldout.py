"""Held-out labelled corpus for the Japanese text scrubber, in styles the rules were NOT written against.

Document styles: discharge summaries (常体), referral letters (敬体, 御侍史), nursing notes (SOAP, bullets, times),
pathology reports (標本番号, staging), lab tables ("|" columns), radiology reports mixing English, and family /
contact notes. Names come from this module's own lists (mixing common, rare and modern given names, written in
kanji, kana and romaji), not from the scrubber's data nor from ``gateway.synth``. Dates, phones and numbers
appear in full-width and half-width forms.

``generate(n_phi, n_clean, seed)`` returns documents ``{"id", "text", "spans": [{"start", "end", "type"}],
"known"?}``; PHI-free documents have no spans (they measure over-redaction). Deterministic for a seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

FAMILY = [
    ("佐々木", "ささき", "Sasaki"),
    ("渡辺", "わたなべ", "Watanabe"),
    ("長谷川", "はせがわ", "Hasegawa"),
    ("五十嵐", "いがらし", "Igarashi"),
    ("西園寺", "さいおんじ", "Saionji"),
    ("一ノ瀬", "いちのせ", "Ichinose"),
    ("早乙女", "さおとめ", "Saotome"),
    ("御手洗", "みたらい", "Mitarai"),
    ("我妻", "わがつま", "Wagatsuma"),
    ("百瀬", "ももせ", "Momose"),
    ("東雲", "しののめ", "Shinonome"),
    ("小野寺", "おのでら", "Onodera"),
    ("宇佐美", "うさみ", "Usami"),
    ("大河内", "おおこうち", "Okochi"),
    ("三田村", "みたむら", "Mitamura"),
    ("江頭", "えがしら", "Egashira"),
    ("相馬", "そうま", "Soma"),
    ("神宮寺", "じんぐうじ", "Jinguji"),
    ("熊谷", "くまがい", "Kumagai"),
    ("久保田", "くぼた", "Kubota"),
    ("森本", "もりもと", "Morimoto"),
    ("桑原", "くわばら", "Kuwabara"),
    ("飯塚", "いいづか", "Iizuka"),
    ("芦田", "あしだ", "Ashida"),
    ("四方", "しかた", "Shikata"),
    ("日下部", "くさかべ", "Kusakabe"),
    ("城之内", "じょうのうち", "Jonouchi"),
    ("比嘉", "ひが", "Higa"),
    ("金城", "かねしろ", "Kaneshiro"),
    ("仲宗根", "なかそね", "Nakasone"),
]
GIVEN = [
    ("陽翔", "はると", "Haruto"),
    ("結菜", "ゆいな", "Yuina"),
    ("蓮", "れん", "Ren"),
    ("凛", "りん", "Rin"),
    ("湊斗", "みなと", "Minato"),
    ("心春", "こはる", "Koharu"),
    ("悠真", "ゆうま", "Yuma"),
    ("芽依", "めい", "Mei"),
    ("登美子", "とみこ", "Tomiko"),
    ("清", "きよし", "Kiyoshi"),
    ("ハル", "はる", "Haru"),
    ("キヨ", "きよ", "Kiyo"),
    ("文子", "ふみこ", "Fumiko"),
    ("勝", "まさる", "Masaru"),
    ("綾乃", "あやの", "Ayano"),
    ("颯太", "そうた", "Sota"),
    ("千尋", "ちひろ", "Chihiro"),
    ("正一", "しょういち", "Shoichi"),
    ("美智子", "みちこ", "Michiko"),
    ("隆之介", "りゅうのすけ", "Ryunosuke"),
    ("さくら", "さくら", "Sakura"),
    ("ゆり", "ゆり", "Yuri"),
    ("大和", "やまと", "Yamato"),
    ("紬", "つむぎ", "Tsumugi"),
    ("翔", "しょう", "Sho"),
    ("日向", "ひなた", "Hinata"),
]
HOSPITALS = [
    "医療法人社団緑風会みどり内科クリニック",
    "国立病院機構東京西医療センター",
    "聖マリア記念病院",
    "さくら在宅クリニック",
    "港北総合病院",
    "北斗市立病院",
    "青葉台整形外科医院",
    "ひまわり訪問看護ステーション",
    "湘南みなとメディカルセンター",
    "岡山中央病院",
    "琉球大学病院",
    "関東労災病院",
]
DEPTS = ["呼吸器内科", "消化器外科", "放射線診断科", "整形外科", "脳神経内科", "乳腺外科", "循環器内科", "病理診断科"]
ADDRESSES = [
    "東京都世田谷区北沢二丁目5番3号",
    "神奈川県横浜市青葉区美しが丘1-2-3 コーポ青葉201号室",
    "大阪市北区梅田3-1-1",
    "北海道札幌市中央区北一条西十丁目",
    "沖縄県那覇市おもろまち4-11-2",
    "千葉県船橋市本町7丁目1番1号",
    "福岡市博多区博多駅前2-20-1",
    "愛知県名古屋市千種区池下1丁目4-17",
    "埼玉県さいたま市浦和区高砂3-15-1",
]
CLINICAL = [
    "右肺S6に径18mmの充実性結節を認める。",
    "縦隔リンパ節#4R、#7の腫大あり（短径12mm）。",
    "cT1bN0M0 stage IA2相当。",
    "L4/5椎間板の後方突出により硬膜嚢の圧排を認める。",
    "肝S8に早期濃染、後期相でwashoutを示す2.1cm大の結節。LI-RADS 5。",
    "左乳房C区域に不整形腫瘤、BI-RADS 4b。",
    "前立腺生検 Gleason 4+3=7、PI-RADS 4。",
    "胆嚢壁のびまん性肥厚、RAS増生あり。",
    "橋本病の既往があり甲状腺はびまん性に腫大。",
    "パーキンソン病にて内服加療中。",
    "クローン病の活動性評価目的。",
    "ウィリス動脈輪に明らかな動脈瘤なし。",
    "モリソン窩に少量の腹水。",
    "C5/6レベルで脊柱管狭窄。",
    "T12椎体に圧迫骨折。",
    "CRP 2.3 mg/dL、WBC 11200/μL、Hb 10.8 g/dL、Plt 23.4万/μL。",
    "eGFR 48 mL/min/1.73m2、Cr 1.12 mg/dL。",
    "アムロジピン5mg 1錠 分1 朝食後、ランソプラゾール15mg 1錠 分1。",
    "オキシコンチン10mg 2錠 分2 12時間毎。",
    "造影剤（イオパミロン370）100mLを3.0mL/sで静注。",
    "SUVmax 8.4の集積を右肺門部に認める。",
    "CT値は-650HU。",
    "術後5日目、ドレーン排液は漿液性で50mL/日。",
    "3日前より38℃台の発熱。",
    "2週間後に再評価予定。",
    "EGFR exon19 deletion陽性、PD-L1 TPS 60%。",
    "Ki-67 labeling index 約30%。",
    "ER陽性(Allred score 7)、HER2 1+。",
    "腫瘍径 32×25×20mm、pT2a、ly1、v1、pN1a(2/15)。",
    "断端陰性（最短距離5mm）。",
    "SpO2 96%（室内気）、BP 132/78mmHg、HR 88bpm。",
    "NRS 3/10、疼痛コントロール良好。",
    "ADLは自立、歩行器使用。",
    "食事摂取量は主食5割、副食7割。",
]


def _fw(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]


def _era(d: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    return "昭和", "S", d.year - 1925


def _kanji(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def fmt_date(rng: random.Random, d: date) -> str:
    era, letter, ey = _era(d)
    style = rng.randrange(12)
    if style == 0:
        return f"{era}{ey}年{d.month}月{d.day}日"
    if style == 1:
        return _fw(f"{era}{ey}年{d.month}月{d.day}日")
    if style == 2:
        return f"{letter}{ey}.{d.month}.{d.day}"
    if style == 3:
        return f"{letter}{ey:02d}/{d.month:02d}/{d.day:02d}"
    if style == 4:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 5:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == 6:
        return f"{d.year}.{d.month}.{d.day}"
    if style == 7:
        return _fw(f"{d.year}/{d.month}/{d.day}")
    if style == 8:
        wd = "月火水木金土日"[d.weekday()]
        return f"{d.month}月{d.day}日（{wd}）"
    if style == 9:
        return f"{era}{_kanji(ey)}年{_kanji(d.month)}月{_kanji(d.day)}日"
    if style == 10:
        return f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}"
    return d.strftime("%d %b %Y")


def phone(rng: random.Random) -> str:
    style = rng.randrange(5)
    a, b = rng.randrange(1000, 9999), rng.randrange(1000, 9999)
    if style == 0:
        return f"03-{a}-{b}"
    if style == 1:
        return _fw(f"090-{a}-{b}")
    if style == 2:
        return f"(045){rng.randrange(100, 999)}-{b}"
    if style == 3:
        return f"0{rng.randrange(11, 99)}-{rng.randrange(100, 999)}-{b}"
    return f"080{a}{b}"


def my_number(rng: random.Random) -> str:
    body = [rng.randrange(10) for _ in range(11)]
    total = sum(body[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    s = "".join(map(str, body)) + str(check)
    return s if rng.random() < 0.5 else f"{s[:4]} {s[4:8]} {s[8:]}"


@dataclass
class Doc:
    id: str
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)
    pos: int = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def p(self, s: str, kind: str) -> Doc:
        self.spans.append({"start": self.pos, "end": self.pos + len(s), "type": kind})
        return self.t(s)

    def out(self, known: dict[str, Any] | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "text": "".join(self.parts), "spans": self.spans}
        if known:
            d["known"] = known
        return d


@dataclass
class Person:
    family: tuple[str, str, str]
    given: tuple[str, str, str]

    def kanji(self, rng: random.Random) -> str:
        sep = rng.choice(["", " ", "　"])
        return self.family[0] + sep + self.given[0]

    def kana(self, rng: random.Random) -> str:
        import jaconv

        s = self.family[1] + rng.choice([" ", "　"]) + self.given[1]
        return jaconv.hira2kata(s) if rng.random() < 0.6 else s

    def romaji(self, rng: random.Random) -> str:
        style = rng.randrange(3)
        if style == 0:
            return f"{self.family[2].upper()} {self.given[2]}"
        if style == 1:
            return f"{self.given[2]} {self.family[2]}"
        return f"{self.family[2].upper()}, {self.given[2].upper()}"


def _person(rng: random.Random) -> Person:
    return Person(rng.choice(FAMILY), rng.choice(GIVEN))


def _discharge(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("【退院時要約】\n患者氏名：").p(pt.kanji(rng), "PERSON").t("（").p(pt.kana(rng), "PERSON").t("）\n")
    doc.t("ID ").p(pid, "ID").t("　生年月日 ").p(
        fmt_date(rng, d0 - timedelta(days=365 * rng.randrange(40, 95))), "DATE"
    )
    age = rng.randrange(60, 101)
    doc.t("（").p(f"{age}歳", "AGE") if age >= 90 else doc.t(f"（{age}歳")
    doc.t("）\n入院日：").p(fmt_date(rng, d0), "DATE").t("　退院日：").p(fmt_date(rng, d0 + timedelta(days=12)), "DATE")
    doc.t("\n入院病棟：").p(rng.choice(["東5病棟", "4階西病棟", "西3病棟"]), "FACILITY").t(" ").p(
        f"{rng.randrange(301, 899)}号室", "FACILITY"
    )
    doc.t("\n■経過\n").t(rng.choice(CLINICAL)).t("第3病日に").t(rng.choice(CLINICAL))
    doc.t("\n■退院後\n").p(rng.choice(HOSPITALS), "FACILITY").t("へ転院予定。")
    doc.t("\n主治医 ").p(_person(rng).kanji(rng), "PERSON").t("　記載医 ").p(_person(rng).kanji(rng), "PERSON").t("\n")


def _referral(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    hosp, dr = rng.choice(HOSPITALS), _person(rng)
    doc.p(hosp, "FACILITY").t(" ").t(rng.choice(DEPTS)).t("\n").p(dr.family[0], "PERSON").t(" 先生 御侍史\n\n")
    doc.t("いつも大変お世話になっております。下記の患者様をご紹介申し上げます。\n")
    doc.t("患者様：").p(pt.kanji(rng), "PERSON").t(" 様（")
    age = rng.randrange(50, 99)
    (doc.p(f"{age}歳", "AGE") if age >= 90 else doc.t(f"{age}歳")).t("・女性）\n")
    doc.t("ご住所：").p(rng.choice(ADDRESSES), "ADDRESS").t("\n")
    doc.t("ご連絡先：").p(phone(rng), "PHONE_NUMBER").t("\n")
    doc.p(fmt_date(rng, d0), "DATE").t("に当科を受診され、").t(rng.choice(CLINICAL))
    doc.t("ご多忙のところ恐縮ですが、ご高診のほどよろしくお願い申し上げます。\n\n")
    doc.p(fmt_date(rng, d0 + timedelta(days=1)), "DATE").t("\n").p("関東労災病院", "FACILITY").t(" 放射線診断科\n")
    sender = _person(rng)
    doc.p(sender.kanji(rng), "PERSON").t("\nTEL ").p(phone(rng), "PHONE_NUMBER").t(" / FAX ").p(
        phone(rng), "PHONE_NUMBER"
    )
    doc.t("\nE-mail: ").p(
        f"{sender.family[2].lower()}.{sender.given[2].lower()}@kanto-rosai.example.jp", "EMAIL_ADDRESS"
    ).t("\n")


def _nursing(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("看護記録 ").p(fmt_date(rng, d0), "DATE").t(
        f" {rng.randrange(6, 23)}:{rng.choice(['00', '15', '30', '45'])}\n"
    )
    doc.t("S）「昨夜はよく眠れた」と。").p(pt.family[0], "PERSON").t("さん笑顔あり。\n")
    doc.t("O）").t(rng.choice(CLINICAL)).t("\n")
    fam = _person(rng)
    doc.t("・面会：長女 ").p(fam.kanji(rng), "PERSON").t("様（連絡先 ").p(phone(rng), "PHONE_NUMBER").t("）\n")
    doc.t("・キーパーソン：").p(Person(pt.family, rng.choice(GIVEN)).kana(rng), "PERSON").t("（夫）\n")
    doc.t("A）経過良好。\nP）明日リハビリ継続。担当Ns ").p(_person(rng).family[0], "PERSON").t("\n")


def _pathology(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("病理組織診断報告書\n標本番号：").p(f"S{d0.year % 100:02d}-{rng.randrange(100, 99999):05d}", "ID")
    doc.t("　受付日 ").p(fmt_date(rng, d0), "DATE").t("\n")
    doc.t("依頼科：").t(rng.choice(DEPTS)).t("　依頼医：").p(_person(rng).kanji(rng), "PERSON").t("\n")
    doc.t("臨床診断：肺腺癌疑い\n病理診断：\n 1. ").t(rng.choice(CLINICAL)).t("\n 2. ").t(rng.choice(CLINICAL))
    doc.t("\n所見：").t(rng.choice(CLINICAL)).t(rng.choice(CLINICAL)).t("\n")
    doc.t("病理医 ").p(_person(rng).romaji(rng), "PERSON").t("（").p(_person(rng).kanji(rng), "PERSON").t("）\n")


def _lab_table(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("| 項目 | 値 |\n|---|---|\n| 患者番号 | ").p(pid, "ID").t(" |\n| 氏名 | ").p(pt.kanji(rng), "PERSON")
    doc.t(" |\n| 採血日 | ").p(fmt_date(rng, d0), "DATE").t(" |\n")
    for item in (
        "CRP | 0.42 mg/dL",
        "WBC | 6800 /μL",
        "AST | 32 U/L",
        "ALT | 28 U/L",
        "HbA1c | 6.9 %",
        "BNP | 128 pg/mL",
    ):
        doc.t(f"| {item} |\n")
    doc.t("| 保険者番号 | ").p(f"{rng.randrange(10000000, 99999999)}", "INSURANCE_NUMBER").t(" |\n")
    doc.t("| 個人番号 | ").p(my_number(rng), "MY_NUMBER").t(" |\n")


def _radiology_en(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("CT chest with contrast  Exam date: ").p(fmt_date(rng, d0), "DATE").t("\nPatient: ").p(
        pt.romaji(rng), "PERSON"
    )
    doc.t("  MRN ").p(pid, "ID").t("\nAccession No. ").p(f"CT{rng.randrange(10**8, 10**9)}", "ID").t("\n")
    doc.t("Comparison: 前回 ").p(fmt_date(rng, d0 - timedelta(days=180)), "DATE").t("\nFindings: ").t(
        rng.choice(CLINICAL)
    )
    doc.t(rng.choice(CLINICAL)).t("\nImpression: 経過観察。\nReported by Dr. ").p(_person(rng).family[2], "PERSON")
    doc.t("\nImages: ").p(f"https://pacs.{rng.choice(['aoba', 'minato', 'hokuto'])}-hosp.jp/viewer?acc=4471", "URL").t(
        "\n"
    )


def _contact(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("〈連絡票〉\n").p(pt.kanji(rng), "PERSON").t("様 ご家族より電話あり（").p(fmt_date(rng, d0), "DATE").t(
        "）。\n"
    )
    pc = f"〒{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    doc.t("転居先：").p(_fw(pc) if rng.random() < 0.5 else pc, "POSTAL_CODE").t(" ").p(
        rng.choice(ADDRESSES), "ADDRESS"
    ).t("\n")
    doc.t("携帯：").p(phone(rng), "PHONE_NUMBER").t("\n被保険者証 記号・番号 ").p(
        f"{rng.randrange(10, 99)}・{rng.randrange(1000, 9999)}", "INSURANCE_NUMBER"
    )
    doc.t("\n受付：").p(_person(rng).kanji(rng), "PERSON").t("（医事課）\n")
    age = rng.randrange(88, 104)
    doc.t("本人 ")
    (doc.p(f"{age}才", "AGE") if age >= 90 else doc.t(f"{age}才")).t("、独居。\n")


STYLES = (_discharge, _referral, _nursing, _pathology, _lab_table, _radiology_en, _contact)


def _clean(rng: random.Random, i: int) -> dict[str, Any]:
    lines = []
    for _ in range(rng.randrange(4, 10)):
        bullet = rng.choice(["", "・", "- ", "1) ", "■"])
        lines.append(bullet + rng.choice(CLINICAL) + rng.choice(CLINICAL))
    return {"id": f"clean-{i:04d}", "text": "\n".join(lines), "spans": []}


def generate(n_phi: int = 350, n_clean: int = 150, seed: int = 20261127) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person(rng)
        d0 = date(2012, 1, 1) + timedelta(days=rng.randrange(0, 14 * 365))
        pid = rng.choice([f"{rng.randrange(10**7, 10**8)}", f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"])
        doc = Doc(f"heldout-{i:04d}")
        STYLES[i % len(STYLES)](rng, doc, pt, d0, pid)
        docs.append(doc.out())
    docs.extend(_clean(rng, i) for i in range(n_clean))
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Style family B: written after the rules were tuned on family A and on the synthetic hospital, and measured
# before any rule was changed for it (see docs/TEXT.md for the first figures). Different document types, name
# lists, address forms and date spellings.
FAMILY_B = [
    ("薬師寺", "やくしじ", "Yakushiji"),
    ("茅野", "ちの", "Chino"),
    ("鬼塚", "おにづか", "Onizuka"),
    ("舘野", "たての", "Tateno"),
    ("栗栖", "くりす", "Kurisu"),
    ("能登", "のと", "Noto"),
    ("雲井", "くもい", "Kumoi"),
    ("高畑", "たかはた", "Takahata"),
    ("浜崎", "はまさき", "Hamasaki"),
    ("柳田", "やなぎだ", "Yanagida"),
    ("真壁", "まかべ", "Makabe"),
    ("宍戸", "ししど", "Shishido"),
    ("轟", "とどろき", "Todoroki"),
    ("林", "はやし", "Hayashi"),
    ("南雲", "なぐも", "Nagumo"),
    ("吉岡", "よしおか", "Yoshioka"),
    ("朝比奈", "あさひな", "Asahina"),
    ("椎名", "しいな", "Shiina"),
]
GIVEN_B = [
    ("琥珀", "こはく", "Kohaku"),
    ("朔", "さく", "Saku"),
    ("栞", "しおり", "Shiori"),
    ("光太郎", "こうたろう", "Kotaro"),
    ("トヨ", "とよ", "Toyo"),
    ("美穂", "みほ", "Miho"),
    ("健司", "けんじ", "Kenji"),
    ("すみれ", "すみれ", "Sumire"),
    ("律", "りつ", "Ritsu"),
    ("一二三", "ひふみ", "Hifumi"),
    ("瑛太", "えいた", "Eita"),
    ("葵", "あおい", "Aoi"),
    ("節子", "せつこ", "Setsuko"),
    ("誠", "まこと", "Makoto"),
    ("柚希", "ゆずき", "Yuzuki"),
    ("進", "すすむ", "Susumu"),
]
HOSPITALS_B = [
    "社会医療法人若葉会 若葉台中央病院",
    "医療法人 恵仁会 くすのき眼科",
    "独立行政法人地域医療機能推進機構 湖東病院",
    "白樺リハビリテーション病院",
    "みなみ野ファミリークリニック",
    "市立あおば病院",
    "県立がんセンター北部病院",
]
ADDRESSES_B = [
    "長野県上伊那郡辰野町大字平出1234番地",
    "山形市七日町二丁目7番10号",
    "熊本県阿蘇郡小国町大字宮原1567-3",
    "東京都八王子市みなみ野5-20-1 グリーンヒル南館1203",
    "京都市左京区下鴨松ノ木町59",
    "札幌市北区北十四条西5丁目",
]
CLINICAL_B = [
    "胸部単純写真で右下肺野に浸潤影。",
    "頭部MRI DWIで左放線冠に高信号、ADC低下あり。",
    "腹部超音波で肝S5に高エコー結節。",
    "HbA1c 8.2%、空腹時血糖 168 mg/dL。",
    "PSA 12.4 ng/mL。",
    "Alb 3.1 g/dL、BUN 24 mg/dL。",
    "リクシアナ 30mg 1T1×朝。",
    "ラシックス 20mg 1錠 分1。",
    "カロナール 500mg 頓用。",
    "術式：腹腔鏡下胆嚢摘出術。",
    "出血量 少量、手術時間 1時間52分。",
    "ASA-PS 2。",
    "右肺上葉切除術＋ND2a-1。",
    "T2WIで高信号、造影で辺縁増強。",
    "Th7椎体に転移を疑う。",
    "S1/2の椎間孔狭窄。",
    "#11sリンパ節 8mm。",
    "FEV1.0% 62%。",
    "LVEF 45%、E/e' 14。",
]


def fmt_date_b(rng: random.Random, d: date) -> str:
    era, letter, ey = _era(d)
    style = rng.randrange(9)
    if style == 0:
        return f"{letter}.{ey}.{d.month}.{d.day}"
    if style == 1:
        return f"{era}{ey}.{d.month}.{d.day}"
    if style == 2:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 3:
        return f"'{d.year % 100:02d}/{d.month}/{d.day}"
    if style == 4:
        return f"{era}{ey}年{d.month}月{d.day}日生"[:-1]
    if style == 5:
        return f"{d.year}-{d.month}-{d.day}"
    if style == 6:
        return _fw(f"{d.month}/{d.day}") + "（" + "月火水木金土日"[d.weekday()] + "）"
    if style == 7:
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    return f"{era}{ey}年{d.month}月{d.day}日"


def _person_b(rng: random.Random) -> Person:
    return Person(rng.choice(FAMILY_B), rng.choice(GIVEN_B))


def _operative(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("手術記録\n手術日　").p(fmt_date_b(rng, d0), "DATE").t("\n患者　").p(pt.kanji(rng), "PERSON").t("　殿\n")
    doc.t("術者　").p(_person_b(rng).kanji(rng), "PERSON").t("　助手　").p(_person_b(rng).kanji(rng), "PERSON")
    doc.t("\n麻酔科医　").p(_person_b(rng).kanji(rng), "PERSON").t("\n").t(rng.choice(CLINICAL_B)).t(
        rng.choice(CLINICAL_B)
    )
    doc.t("\n第").t(str(rng.randrange(1, 9))).t("手術室にて施行。\n")


def _outpatient(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("外来診療録（").p(fmt_date_b(rng, d0), "DATE").t("）\n")
    doc.t("#1 2型糖尿病 #2 高血圧\n")
    doc.t("本日、奥様の").p(Person(pt.family, rng.choice(GIVEN_B)).kanji(rng), "PERSON").t("さんと来院されました。")
    doc.t(rng.choice(CLINICAL_B)).t("\n次回は").p(fmt_date_b(rng, d0 + timedelta(days=28)), "DATE").t(
        "に予約しました。"
    )
    doc.t("\n（記：").p(_person_b(rng).family[0], "PERSON").t("）\n")


def _email(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    dr = _person_b(rng)
    doc.p(dr.family[0], "PERSON").t("先生\n\nお疲れ様です。カルテNo.").p(pid, "ID").t("の件でご連絡いたします。\n")
    doc.t("患者さん（").p(pt.kana(rng), "PERSON").t("）は").p(fmt_date_b(rng, d0), "DATE").t("に")
    doc.p(rng.choice(HOSPITALS_B), "FACILITY").t("を退院されています。\n")
    doc.t(rng.choice(CLINICAL_B)).t("\n\n--\n").p(_person_b(rng).kanji(rng), "PERSON").t("\n")
    doc.p(rng.choice(HOSPITALS_B), "FACILITY").t(" 地域連携室\n直通 ").p(phone(rng), "PHONE_NUMBER").t("（内線 ")
    doc.p(str(rng.randrange(2000, 7999)), "PHONE_NUMBER").t("）\nmail: ").p(
        f"renkei{rng.randrange(10, 99)}@wakaba-hp.or.jp", "EMAIL_ADDRESS"
    )
    doc.t("\n")


def _english_letter(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("Dear Dr. ").p(_person_b(rng).family[2], "PERSON").t(",\n\nThank you for seeing ")
    doc.p(f"Mr. {pt.family[2]}", "PERSON").t(" (DOB ").p(fmt_date_b(rng, d0 - timedelta(days=365 * 70)), "DATE")
    doc.t(", hospital number ").p(pid, "ID").t("). He was admitted on ").p(fmt_date_b(rng, d0), "DATE").t(
        " with pneumonia.\n"
    )
    doc.t("CT showed consolidation in the right lower lobe. Sputum culture grew S. pneumoniae.\n")
    doc.t("Yours sincerely,\n").p(f"{_person_b(rng).given[2]} {_person_b(rng).family[2]}", "PERSON").t(", MD\n")


def _form(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("＜問診票＞\nお名前（カタカナ）　").p(pt.kana(rng), "PERSON").t("\n生年月日　")
    doc.p(fmt_date_b(rng, d0 - timedelta(days=365 * rng.randrange(20, 80))), "DATE").t("\nご住所　")
    doc.p(rng.choice(ADDRESSES_B), "ADDRESS").t("\n電話番号　").p(phone(rng), "PHONE_NUMBER")
    doc.t("\n□喫煙　■飲酒　□アレルギー\n").t(rng.choice(CLINICAL_B)).t("\n")


def _header_dump(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("PatientName: ").p(f"{pt.family[2].upper()}^{pt.given[2].upper()}", "PERSON").t("\nPatientID: ").p(pid, "ID")
    doc.t("\nStudyDate: ").p(d0.strftime("%Y%m%d"), "DATE").t("\nInstitutionName: ").p(
        rng.choice(HOSPITALS_B), "FACILITY"
    )
    doc.t("\nReferringPhysician: ").p(f"{_person_b(rng).family[2]}^{_person_b(rng).given[2]}", "PERSON")
    doc.t("\nStudyDescription: CT CHEST W/ CONTRAST\nSliceThickness: 1.25\n")


def _ward_note(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    age = rng.randrange(85, 106)
    doc.p(f"{rng.randrange(3, 12)}F西病棟", "FACILITY").t("　").p(f"{rng.randrange(301, 1299)}号", "FACILITY").t("　")
    doc.p(pt.kanji(rng), "PERSON").t("さん（")
    (doc.p(f"{age}歳", "AGE") if age >= 90 else doc.t(f"{age}歳")).t("）\n")
    doc.t("夜間せん妄あり、娘の").p(Person(pt.family, rng.choice(GIVEN_B)).kanji(rng), "PERSON").t("さんに電話連絡（")
    doc.p(phone(rng), "PHONE_NUMBER").t("）。\n担当：").p(_person_b(rng).family[0], "PERSON").t("Ns\n")


STYLES_B = (_operative, _outpatient, _email, _english_letter, _form, _header_dump, _ward_note)


def generate_b(n_phi: int = 280, n_clean: int = 80, seed: int = 8675309) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person_b(rng)
        d0 = date(2010, 1, 1) + timedelta(days=rng.randrange(0, 15 * 365))
        pid = rng.choice([f"{rng.randrange(10**5, 10**7)}", f"K{rng.randrange(10**6, 10**7)}"])
        doc = Doc(f"heldout-b-{i:04d}")
        STYLES_B[i % len(STYLES_B)](rng, doc, pt, d0, pid)
        docs.append(doc.out())
    for i in range(n_clean):
        lines = [rng.choice(["", "・", "* "]) + rng.choice(CLINICAL_B) + rng.choice(CLINICAL_B) for _ in range(6)]
        docs.append({"id": f"clean-b-{i:04d}", "text": "\n".join(lines), "spans": []})
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Style family C: written last, after every rule change, to measure the final rules on unseen styles once.
FAMILY_C = [
    ("野々村", "ののむら", "Nonomura"),
    ("林", "はやし", "Hayashi"),
    ("森", "もり", "Mori"),
    ("岡", "おか", "Oka"),
    ("蓮見", "はすみ", "Hasumi"),
    ("伊集院", "いじゅういん", "Ijuin"),
    ("水嶋", "みずしま", "Mizushima"),
    ("古賀", "こが", "Koga"),
    ("乙部", "おとべ", "Otobe"),
    ("白鳥", "しらとり", "Shiratori"),
    ("井手", "いで", "Ide"),
    ("竹之内", "たけのうち", "Takenouchi"),
    ("長嶺", "ながみね", "Nagamine"),
    ("斉藤", "さいとう", "Saito"),
]
GIVEN_C = [
    ("和夫", "かずお", "Kazuo"),
    ("ミツ", "みつ", "Mitsu"),
    ("陽菜", "ひな", "Hina"),
    ("大翔", "ひろと", "Hiroto"),
    ("恵美", "えみ", "Emi"),
    ("勇", "いさむ", "Isamu"),
    ("美羽", "みう", "Miu"),
    ("敏夫", "としお", "Toshio"),
    ("千代", "ちよ", "Chiyo"),
    ("拓海", "たくみ", "Takumi"),
    ("絢子", "あやこ", "Ayako"),
    ("朝陽", "あさひ", "Asahi"),
]
FOREIGN_C = ["グエン・ヴァン・アン", "ジョン・スミス", "マリア・サントス", "リー・ウェイ", "キム・ミンジュン"]
HOSPITALS_C = [
    "東海大学医学部付属八王子病院",
    "やまびこ内科・消化器科クリニック",
    "南町田メディカルクリニック",
    "北星記念病院",
]
STATIONS_C = ["八王子消防署", "南多摩消防署", "青梅消防署"]


def fmt_date_c(rng: random.Random, d: date) -> str:
    era, letter, ey = _era(d)
    style = rng.randrange(8)
    if style == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"  # US order in English sentences
    if style == 1:
        return f"{d.year}年{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}曜日）"
    if style == 2:
        return f"{era}{ey}年{d.month}月{d.day}日"
    if style == 3:
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == 4:
        return f"{letter}{ey}年{d.month}月{d.day}日"
    if style == 5:
        return f"{d.day}/{d.month}/{d.year}"  # day-first
    if style == 6:
        return f"{d.month}月{d.day}日"
    return f"{d.year}/{d.month}/{d.day}"


def _person_c(rng: random.Random) -> Person:
    return Person(rng.choice(FAMILY_C), rng.choice(GIVEN_C))


def _letter_to_patient(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    pc = f"〒{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    doc.p(pc, "POSTAL_CODE").t("\n").p(rng.choice(ADDRESSES_B + ADDRESSES), "ADDRESS").t("\n")
    doc.p(pt.kanji(rng), "PERSON").t(
        " 様\n\n検査結果のお知らせ\n\n拝啓　時下ますますご清祥のこととお慶び申し上げます。\n"
    )
    doc.p(fmt_date_c(rng, d0), "DATE").t("に受けられた検査の結果をお知らせいたします。")
    doc.t(rng.choice(CLINICAL_B)).t("\n敬具\n").p(rng.choice(HOSPITALS_C), "FACILITY").t("\n")


def _ems(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("救急隊申し送り\n").p(rng.choice(STATIONS_C), "FACILITY").t(" 救急隊長 ").p(
        _person_c(rng).family[0], "PERSON"
    )
    doc.t("\n覚知 ").t(f"{rng.randrange(0, 23)}:{rng.randrange(10, 59)}").t("　傷病者 ")
    doc.p(rng.choice(FOREIGN_C), "PERSON").t("（推定60代 男性）\n")
    doc.t("自宅（").p(rng.choice(ADDRESSES_B), "ADDRESS").t("）で倒れているところを同居人が発見。\n")
    doc.t("JCS II-10、BP 168/92、HR 112。\n")


def _consent(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("同意書\n私は、").p(fmt_date_c(rng, d0), "DATE").t("に予定されている手術について説明を受け、同意します。\n")
    doc.t("患者署名　").p(pt.kanji(rng), "PERSON").t("\n代諾者　").p(_person_c(rng).kanji(rng), "PERSON")
    doc.t("（続柄：長男）\n説明医師　").p(_person_c(rng).kanji(rng), "PERSON").t("\n同席看護師　")
    doc.p(_person_c(rng).family[0], "PERSON").t("\n")


def _icu(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("ICU経過表 ").p(fmt_date_c(rng, d0), "DATE").t("\nベッド").t(str(rng.randrange(1, 12))).t("　")
    doc.p(pt.kanji(rng), "PERSON").t("　ID:").p(pid, "ID").t("\n")
    for h in (6, 12, 18):
        doc.t(f"{h:02d}:00 BT 37.{rng.randrange(0, 9)} HR {rng.randrange(60, 120)} NE 0.0{rng.randrange(1, 9)}γ\n")
    doc.t("指示医：").p(_person_c(rng).kanji(rng), "PERSON").t("\n")


def _radiology_mixed(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("Compared with the prior study dated ").p(fmt_date_c(rng, d0 - timedelta(days=200)), "DATE").t(".\n")
    doc.t("右下葉の結節は縮小（前回 14mm → 今回 9mm）。\nRecommend follow-up CT in 6 months.\n")
    doc.t("Dictated by: ").p(f"{_person_c(rng).given[2]} {_person_c(rng).family[2].upper()}", "PERSON").t(", M.D.\n")
    doc.t("Phone: ").p(phone(rng), "PHONE_NUMBER").t("\n")


STYLES_C = (_letter_to_patient, _ems, _consent, _icu, _radiology_mixed)


def generate_c(n_phi: int = 250, n_clean: int = 50, seed: int = 4242) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person_c(rng)
        d0 = date(2011, 1, 1) + timedelta(days=rng.randrange(0, 14 * 365))
        pid = f"{rng.randrange(10**6, 10**8)}"
        doc = Doc(f"heldout-c-{i:04d}")
        STYLES_C[i % len(STYLES_C)](rng, doc, pt, d0, pid)
        docs.append(doc.out())
    for i in range(n_clean):
        lines = [rng.choice(CLINICAL + CLINICAL_B) for _ in range(5)]
        docs.append({"id": f"clean-c-{i:04d}", "text": "\n".join(lines), "spans": []})
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Style family D: written after family C was tuned, measured once before any change (see docs/TEXT.md).
FAMILY_D = [
    ("五味", "ごみ", "Gomi"),
    ("六車", "むぐるま", "Muguruma"),
    ("二階堂", "にかいどう", "Nikaido"),
    ("東", "あずま", "Azuma"),
    ("南", "みなみ", "Minami"),
    ("小比類巻", "こひるいまき", "Kohiruimaki"),
    ("溝口", "みぞぐち", "Mizoguchi"),
    ("上野", "うえの", "Ueno"),
    ("千葉", "ちば", "Chiba"),
    ("有馬", "ありま", "Arima"),
    ("樋口", "ひぐち", "Higuchi"),
]
GIVEN_D = [
    ("あかね", "あかね", "Akane"),
    ("ジュン", "じゅん", "Jun"),
    ("浩", "ひろし", "Hiroshi"),
    ("小春", "こはる", "Koharu"),
    ("徹", "とおる", "Toru"),
    ("智恵子", "ちえこ", "Chieko"),
    ("蒼", "あおい", "Aoi"),
    ("久美子", "くみこ", "Kumiko"),
    ("剛", "つよし", "Tsuyoshi"),
    ("妙子", "たえこ", "Taeko"),
]
PHARMACIES_D = ["さくら調剤薬局", "あおぞら薬局 南口店", "ひかり薬局"]


def _kanji_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "〇一二三四五六七八九‐"))


def _person_d(rng: random.Random) -> Person:
    return Person(rng.choice(FAMILY_D), rng.choice(GIVEN_D))


def _discharge_plan(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("退院療養計画書\n（患者氏名）").p(pt.kanji(rng), "PERSON").t(" 殿\n病棟（病室）　")
    doc.p(f"{rng.randrange(3, 9)}階東 {rng.randrange(301, 899)}", "FACILITY").t("\n主治医以外の担当者名　薬剤師 ")
    doc.p(_person_d(rng).kanji(rng), "PERSON").t("、管理栄養士 ").p(_person_d(rng).kanji(rng), "PERSON")
    doc.t("\n予定される退院日　").p(fmt_date(rng, d0), "DATE").t("\n退院後の治療計画　外来通院にて経過観察。\n")


def _quick_path(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("術中迅速診断\n標本受付番号 ").p(f"P-{d0.year}-{rng.randrange(1, 99999):05d}", "ID").t("\n切り出し担当 ")
    doc.p(_person_d(rng).family[0], "PERSON").t("／診断 ").p(_person_d(rng).family[0], "PERSON").t("\n")
    doc.t("断端：陰性。リンパ節（#10）：転移なし。\n")


def _structured_en(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    age = rng.randrange(85, 100)
    doc.t("Exam: CT abdomen/pelvis with contrast\nClinical history: ")
    (doc.p(f"{age}-year-old", "AGE") if age >= 90 else doc.t(f"{age}-year-old")).t(" woman with abdominal pain.\n")
    dr = _person_d(rng)
    doc.t("Ordered by: Dr. ").p(f"{dr.family[2]} {dr.given[2]}", "PERSON").t("\nDate of service: ")
    doc.p(d0.strftime("%b %d, %Y"), "DATE").t("\nImpression: No acute abnormality.\n")


def _chat(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    sender = _person_d(rng)
    doc.t("From: ").p(sender.kanji(rng), "PERSON").t(" <").p(
        f"{sender.family[2].lower()}@med.example.ac.jp", "EMAIL_ADDRESS"
    )
    doc.t(">\n@").p(_person_d(rng).family[0], "PERSON").t("さん 明日の件、").p(pt.family[0], "PERSON")
    doc.t("さんの造影CTは").p(f"{d0.month}/{d0.day}", "DATE").t("に変更になりました。よろしくお願いします。\n")


def _medication(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("【お薬手帳】").p(pt.kana(rng), "PERSON").t(" 様\n調剤日 ").p(fmt_date(rng, d0), "DATE").t("　")
    doc.p(rng.choice(PHARMACIES_D), "FACILITY").t("\n処方医：").p(_person_d(rng).kanji(rng), "PERSON")
    doc.t("\n1) アムロジピンOD錠5mg 1錠 朝食後 28日分\n2) ロスバスタチン錠2.5mg 1錠 夕食後 28日分\n")


def _home_care(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("訪問リハビリ記録\n訪問日 ").p(fmt_date(rng, d0), "DATE").t("　訪問者: ").p(
        _person_d(rng).kanji(rng), "PERSON"
    )
    doc.t("（PT）\n利用者: ").p(pt.kanji(rng), "PERSON").t(" 様宅（").p(rng.choice(ADDRESSES_B), "ADDRESS").t("）\n")
    doc.t("歩行訓練20分、ROM訓練。バイタル安定。\n")


def _old_style(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    born = d0 - timedelta(days=365 * rng.randrange(50, 90))
    era, _letter, ey = _era(born)
    doc.p(pt.kanji(rng), "PERSON").t("　").p(f"{era}{_kanji(ey)}年{_kanji(born.month)}月{_kanji(born.day)}日", "DATE")
    doc.t("生\n住所　").p("東京都千代田区丸の内一丁目一番一号", "ADDRESS").t("\n電話　")
    doc.p(_kanji_digits(f"03-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"), "PHONE_NUMBER").t("\n")


STYLES_D = (_discharge_plan, _quick_path, _structured_en, _chat, _medication, _home_care, _old_style)


def generate_d(n_phi: int = 280, n_clean: int = 40, seed: int = 1701) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person_d(rng)
        d0 = date(2013, 1, 1) + timedelta(days=rng.randrange(0, 12 * 365))
        doc = Doc(f"heldout-d-{i:04d}")
        STYLES_D[i % len(STYLES_D)](rng, doc, pt, d0, f"{rng.randrange(10**6, 10**8)}")
        docs.append(doc.out())
    for i in range(n_clean):
        lines = [rng.choice(CLINICAL_B + CLINICAL) for _ in range(5)]
        docs.append({"id": f"clean-d-{i:04d}", "text": "\n".join(lines), "spans": []})
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Style family E: written last, after family D was tuned; its first measurement is the final "unseen" figure.
FAMILY_E = [
    ("安達", "あだち", "Adachi"),
    ("宮路", "みやじ", "Miyaji"),
    ("鳥居", "とりい", "Torii"),
    ("大久保", "おおくぼ", "Okubo"),
    ("関口", "せきぐち", "Sekiguchi"),
    ("丹羽", "にわ", "Niwa"),
    ("石動", "いするぎ", "Isurugi"),
    ("桐生", "きりゅう", "Kiryu"),
    ("若林", "わかばやし", "Wakabayashi"),
    ("黒木", "くろき", "Kuroki"),
    ("荻野", "おぎの", "Ogino"),
    ("辻", "つじ", "Tsuji"),
]
GIVEN_E = [
    ("英樹", "ひでき", "Hideki"),
    ("ふみ", "ふみ", "Fumi"),
    ("涼子", "りょうこ", "Ryoko"),
    ("匠", "たくみ", "Takumi"),
    ("由紀", "ゆき", "Yuki"),
    ("昇", "のぼる", "Noboru"),
    ("沙耶", "さや", "Saya"),
    ("マサ", "まさ", "Masa"),
    ("康弘", "やすひろ", "Yasuhiro"),
    ("美咲", "みさき", "Misaki"),
]
HOSPITALS_E = ["桜ヶ丘総合病院", "医療法人社団 清流会 川辺クリニック", "国立がん研究センター東病院", "ふたば産婦人科"]


def _person_e(rng: random.Random) -> Person:
    return Person(rng.choice(FAMILY_E), rng.choice(GIVEN_E))


def _us_report(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("腹部超音波検査報告書\n検査日 ").p(fmt_date_b(rng, d0), "DATE").t("\n患者 ").p(pt.kanji(rng), "PERSON")
    doc.t("（ID ").p(pid, "ID").t("）\n検査者：臨床検査技師 ").p(_person_e(rng).kanji(rng), "PERSON").t(
        "（超音波検査士）\n"
    )
    doc.t("依頼：").p(_person_e(rng).family[0], "PERSON").t(" Dr\n肝：辺縁鈍、実質エコー粗造。胆嚢：結石あり。\n")


def _endoscopy(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("上部消化管内視鏡 ").p(fmt_date_c(rng, d0), "DATE").t("\n内視鏡医 ").p(_person_e(rng).kanji(rng), "PERSON")
    doc.t(" / 介助 ").p(_person_e(rng).family[0], "PERSON").t("\n胃体下部小弯に0-IIc病変、生検3個。\n")


def _schedule(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("| 日付 | 患者 | 術式 | 術者 |\n|---|---|---|---|\n")
    for k in range(3):
        who = _person_e(rng)
        doc.t("| ").p(f"{(d0 + timedelta(days=k)).month}/{(d0 + timedelta(days=k)).day}", "DATE").t(" | ")
        doc.p(who.kanji(rng), "PERSON").t(" | 腹腔鏡下胃切除 | ").p(_person_e(rng).family[0], "PERSON").t(" |\n")


def _death(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("死亡診断書\n氏名 ").p(pt.kanji(rng), "PERSON").t("\n死亡したとき ").p(fmt_date(rng, d0), "DATE")
    doc.t(" 午前4時12分\n死亡したところ ").p(rng.choice(ADDRESSES_B + ADDRESSES), "ADDRESS").t("\n")
    doc.t("直接死因 肺炎\n医師 ").p(_person_e(rng).kanji(rng), "PERSON").t(" 印\n")


def _incident(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("インシデント報告\n発生日時 ").p(fmt_date_b(rng, d0), "DATE").t(" 22時頃\n発見者 看護師 ")
    doc.p(_person_e(rng).kanji(rng), "PERSON").t("\n当事者 ").p(_person_e(rng).family[0], "PERSON")
    doc.t("\n内容：").p(pt.family[0], "PERSON").t("様のベッドサイドで転倒。外傷なし。\n")


def _reply(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    dr = _person_e(rng)
    doc.p(rng.choice(HOSPITALS_E), "FACILITY").t(" 内科\n").p(dr.kanji(rng), "PERSON").t(" 先生 侍史\n\n拝復\n")
    doc.p(fmt_date_c(rng, d0), "DATE").t("にご紹介いただいた").p(pt.kanji(rng), "PERSON").t(
        "様につき、ご報告申し上げます。\n"
    )
    doc.t("精査の結果、早期胃癌の診断にて内視鏡治療を予定しております。\n敬具\n")


def _pedigree(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("遺伝カウンセリング記録\n来談者：").p(pt.kanji(rng), "PERSON").t("（発端者の娘）\n")
    doc.t("発端者 ").p(Person(pt.family, rng.choice(GIVEN_E)).kanji(rng), "PERSON").t("（母）は")
    doc.t(f"{rng.randrange(40, 60)}歳")
    doc.t("で乳癌を発症。叔父 ").p(Person(pt.family, rng.choice(GIVEN_E)).kanji(rng), "PERSON").t(" は膵癌。\n")


STYLES_E = (_us_report, _endoscopy, _schedule, _death, _incident, _reply, _pedigree)


def generate_e(n_phi: int = 280, n_clean: int = 40, seed: int = 31337) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person_e(rng)
        d0 = date(2014, 1, 1) + timedelta(days=rng.randrange(0, 11 * 365))
        doc = Doc(f"heldout-e-{i:04d}")
        STYLES_E[i % len(STYLES_E)](rng, doc, pt, d0, f"{rng.randrange(10**6, 10**8)}")
        docs.append(doc.out())
    for i in range(n_clean):
        lines = [rng.choice(CLINICAL + CLINICAL_B) for _ in range(5)]
        docs.append({"id": f"clean-e-{i:04d}", "text": "\n".join(lines), "spans": []})
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Style family F: written after every rule change; measured once and NOT tuned on (the final unseen figure).
FAMILY_F = [
    ("今泉", "いまいずみ", "Imaizumi"),
    ("堀之内", "ほりのうち", "Horinouchi"),
    ("早坂", "はやさか", "Hayasaka"),
    ("三輪", "みわ", "Miwa"),
    ("福士", "ふくし", "Fukushi"),
    ("羽生", "はにゅう", "Hanyu"),
    ("篠原", "しのはら", "Shinohara"),
    ("緒方", "おがた", "Ogata"),
    ("田島", "たじま", "Tajima"),
    ("我孫子", "あびこ", "Abiko"),
    ("百武", "ひゃくたけ", "Hyakutake"),
]
GIVEN_F = [
    ("遥", "はるか", "Haruka"),
    ("達也", "たつや", "Tatsuya"),
    ("みどり", "みどり", "Midori"),
    ("周平", "しゅうへい", "Shuhei"),
    ("さやか", "さやか", "Sayaka"),
    ("宗一郎", "そういちろう", "Soichiro"),
    ("ナミ", "なみ", "Nami"),
    ("楓", "かえで", "Kaede"),
]


def _person_f(rng: random.Random) -> Person:
    return Person(rng.choice(FAMILY_F), rng.choice(GIVEN_F))


def _hybrid_summary(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("Discharge Summary（退院サマリー）\n- Patient: ").p(pt.romaji(rng), "PERSON").t("\n- Attending: ")
    doc.p(_person_f(rng).kanji(rng), "PERSON").t("\n- Fellow: ").p(_person_f(rng).kanji(rng), "PERSON").t(
        "\n- Admission: "
    )
    doc.p(fmt_date(rng, d0), "DATE").t("\n- 経過: 抗菌薬治療にて軽快。\n")


def _nursing_plan(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("看護計画　").p(fmt_date_b(rng, d0), "DATE").t("\n受け持ち：").p(_person_f(rng).family[0], "PERSON").t(" Ns")
    doc.t("　リーダー：").p(_person_f(rng).family[0], "PERSON").t("\n#1 転倒リスク　OP: 夜間巡視2時間毎\n")


def _fax_cover(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("FAX送信票\n宛先：").p(rng.choice(HOSPITALS_B + HOSPITALS_C), "FACILITY").t(" 地域連携室 ")
    doc.p(_person_f(rng).family[0], "PERSON").t("様\nFAX ").p(phone(rng), "PHONE_NUMBER").t("\n送信者：")
    doc.p(_person_f(rng).kanji(rng), "PERSON").t("\n枚数：3枚（本票含む）\n件名：").p(pt.kanji(rng), "PERSON").t(
        "様 診療情報提供書\n"
    )


def _admission_plan(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("入院診療計画書\n患者氏名 ").p(pt.kanji(rng), "PERSON").t(" 様\n入院日 ").p(fmt_date_c(rng, d0), "DATE")
    doc.t("\n病名 右大腿骨頸部骨折\n主治医以外の担当者 ").p(_person_f(rng).kanji(rng), "PERSON")
    doc.t("（看護師）\n特別な栄養管理の必要性　有・無\n")


def _appointment(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("予約票\n").p(pt.kana(rng), "PERSON").t(" 様\n").p(fmt_date_c(rng, d0), "DATE").t(
        " 10:30 消化器内科\n診察券番号 "
    )
    doc.p(pid, "ID").t("\n※予約の変更は ").p(phone(rng), "PHONE_NUMBER").t(" まで\n")


def _narrative(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("既往歴：母が70歳で胃癌。父は交通事故で死亡。\n生活歴：").p(rng.choice(ADDRESSES_B), "ADDRESS")
    doc.t("在住、妻の").p(Person(pt.family, rng.choice(GIVEN_F)).kanji(rng), "PERSON").t(
        "と二人暮らし。喫煙20本/日×40年。\n"
    )


def _addendum(rng: random.Random, doc: Doc, pt: Person, d0: date, pid: str) -> None:
    doc.t("追記（").p(fmt_date_b(rng, d0), "DATE").t(" 14:20 ").p(_person_f(rng).family[0], "PERSON")
    doc.t("）：前回報告の訂正。右S6の結節は血管断面と判断。\n")


STYLES_F = (_hybrid_summary, _nursing_plan, _fax_cover, _admission_plan, _appointment, _narrative, _addendum)


def generate_f(n_phi: int = 280, n_clean: int = 40, seed: int = 2718) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        pt = _person_f(rng)
        d0 = date(2012, 1, 1) + timedelta(days=rng.randrange(0, 13 * 365))
        doc = Doc(f"heldout-f-{i:04d}")
        STYLES_F[i % len(STYLES_F)](rng, doc, pt, d0, f"{rng.randrange(10**6, 10**8)}")
        docs.append(doc.out())
    for i in range(n_clean):
        lines = [rng.choice(CLINICAL + CLINICAL_B) for _ in range(5)]
        docs.append({"id": f"clean-f-{i:04d}", "text": "\n".join(lines), "spans": []})
    return docs
