"""Blind held-out labelled corpus, family P: imaging reports and the records radiologists consult.

Written without reading the scrubber, its rules, its tests or its documentation.  The
text styles are CT/MRI reports, ultrasound / mammography / plain-film reports,
angiography / IVR and nuclear-medicine reports, pathology reports, discharge summaries,
operative records, referral letters and replies, and cancer-board minutes.

``generate_p(n_phi, n_clean, seed)`` returns documents ``{"id", "text", "spans"}``; the
PHI-free documents (``spans == []``) are dense in clinical tokens that must survive.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# --------------------------------------------------------------------------------------
# name pools (hand-written; kanji, katakana reading, romaji)
# --------------------------------------------------------------------------------------

SURNAMES: list[tuple[str, str, str]] = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("東", "ヒガシ", "Higashi"),
    ("南", "ミナミ", "Minami"),
    ("北", "キタ", "Kita"),
    ("原", "ハラ", "Hara"),
    ("関", "セキ", "Seki"),
    ("岸", "キシ", "Kishi"),
    ("辻", "ツジ", "Tsuji"),
    ("堀", "ホリ", "Hori"),
    ("谷", "タニ", "Tani"),
    ("平", "タイラ", "Taira"),
    ("中", "ナカ", "Naka"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("小野寺", "オノデラ", "Onodera"),
    ("東海林", "ショウジ", "Shoji"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("日下部", "クサカベ", "Kusakabe"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("一", "ニノマエ", "Ninomae"),
    ("肝付", "キモツキ", "Kimotsuki"),
    ("足立", "アダチ", "Adachi"),
    ("手塚", "テヅカ", "Tezuka"),
    ("首藤", "シュドウ", "Shudo"),
    ("脇", "ワキ", "Waki"),
    ("指宿", "イブスキ", "Ibusuki"),
    ("千葉", "チバ", "Chiba"),
    ("長崎", "ナガサキ", "Nagasaki"),
    ("熊本", "クマモト", "Kumamoto"),
    ("福岡", "フクオカ", "Fukuoka"),
    ("品川", "シナガワ", "Shinagawa"),
    ("上野", "ウエノ", "Ueno"),
    ("大森", "オオモリ", "Omori"),
    ("川崎", "カワサキ", "Kawasaki"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("高安", "タカヤス", "Takayasu"),
    ("菊池", "キクチ", "Kikuchi"),
    ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"),
    ("仲宗根", "ナカソネ", "Nakasone"),
    ("我妻", "ワガツマ", "Wagatsuma"),
    ("宇佐美", "ウサミ", "Usami"),
    ("鬼塚", "オニツカ", "Onitsuka"),
    ("馬場", "ババ", "Baba"),
    ("春日", "カスガ", "Kasuga"),
    ("神", "ジン", "Jin"),
    ("白石", "シロイシ", "Shiroishi"),
    ("一ノ瀬", "イチノセ", "Ichinose"),
    ("大和田", "オオワダ", "Owada"),
]

GIVEN: list[tuple[str, str, str]] = [
    ("太郎", "タロウ", "Taro"),
    ("一郎", "イチロウ", "Ichiro"),
    ("健", "ケン", "Ken"),
    ("誠", "マコト", "Makoto"),
    ("翔", "ショウ", "Sho"),
    ("蓮", "レン", "Ren"),
    ("陽翔", "ハルト", "Haruto"),
    ("湊", "ミナト", "Minato"),
    ("大輝", "ダイキ", "Daiki"),
    ("修", "オサム", "Osamu"),
    ("茂", "シゲル", "Shigeru"),
    ("勇", "イサム", "Isamu"),
    ("清", "キヨシ", "Kiyoshi"),
    ("実", "ミノル", "Minoru"),
    ("正", "タダシ", "Tadashi"),
    ("明", "アキラ", "Akira"),
    ("進", "ススム", "Susumu"),
    ("博", "ヒロシ", "Hiroshi"),
    ("隆之", "タカユキ", "Takayuki"),
    ("源一郎", "ゲンイチロウ", "Genichiro"),
    ("勝", "マサル", "Masaru"),
    ("花子", "ハナコ", "Hanako"),
    ("美咲", "ミサキ", "Misaki"),
    ("陽菜", "ヒナ", "Hina"),
    ("結衣", "ユイ", "Yui"),
    ("さくら", "サクラ", "Sakura"),
    ("ひかり", "ヒカリ", "Hikari"),
    ("みどり", "ミドリ", "Midori"),
    ("あおい", "アオイ", "Aoi"),
    ("トメ", "トメ", "Tome"),
    ("ハル", "ハル", "Haru"),
    ("キヨ", "キヨ", "Kiyo"),
    ("ツル", "ツル", "Tsuru"),
    ("ミツ", "ミツ", "Mitsu"),
    ("恵", "メグミ", "Megumi"),
    ("愛", "アイ", "Ai"),
    ("希望", "ノゾミ", "Nozomi"),
    ("光", "ヒカル", "Hikaru"),
    ("優", "ユウ", "Yu"),
    ("和子", "カズコ", "Kazuko"),
    ("幸子", "サチコ", "Sachiko"),
    ("節子", "セツコ", "Setsuko"),
    ("久美子", "クミコ", "Kumiko"),
    ("芽依", "メイ", "Mei"),
    ("凛", "リン", "Rin"),
    ("一二三", "ヒフミ", "Hifumi"),
    ("心愛", "ココア", "Kokoa"),
    ("千代", "チヨ", "Chiyo"),
    ("正子", "マサコ", "Masako"),
]

# (katakana, romaji as written in the West, optional kanji form)
FOREIGN: list[tuple[str, str, str]] = [
    ("ジョン・スミス", "John Smith", ""),
    ("マリア・サントス", "Maria Santos", ""),
    ("グエン・ヴァン・アン", "Nguyen Van An", ""),
    ("キム・ミンジュン", "Kim Min-jun", "金 珉俊"),
    ("リー・ウェイ", "Li Wei", "李 偉"),
    ("アフメド・カーン", "Ahmed Khan", ""),
    ("エミリー・ブラウン", "Emily Brown", ""),
    ("ホセ・ガルシア", "Jose Garcia", ""),
    ("ワン・シウイン", "Wang Xiuying", "王 秀英"),
    ("アナ・ペレイラ", "Ana Pereira", ""),
]

PLACES = [
    "さくら",
    "みなみ野",
    "緑ヶ丘",
    "北斗",
    "青葉台",
    "若葉",
    "城北",
    "湘南中央",
    "西多摩",
    "つくし野",
    "港南",
    "あけぼの",
    "泉",
    "本町",
    "ひまわり",
    "朝日",
    "千里",
    "桜川",
]

KANJI_DIGITS = "〇一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def kanji_num(n: int) -> str:
    """Kanji numeral for 0 <= n < 1000 (九十五, 百二)."""
    if n < 10:
        return KANJI_DIGITS[n]
    out = ""
    hund, rest = divmod(n, 100)
    if hund:
        out += ("" if hund == 1 else KANJI_DIGITS[hund]) + "百"
    tens, ones = divmod(rest, 10)
    if tens:
        out += ("" if tens == 1 else KANJI_DIGITS[tens]) + "十"
    if ones:
        out += KANJI_DIGITS[ones]
    return out


def hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


@dataclass
class Name:
    fam: tuple[str, str, str]
    giv: tuple[str, str, str]
    foreign: tuple[str, str, str] | None = None

    def full(self, rng: random.Random) -> str:
        if self.foreign:
            kata, rom, kan = self.foreign
            return rng.choice([kata, rom, kan or kata])
        return self.fam[0] + rng.choice(["", " ", "　", " "]) + self.giv[0]

    def family(self, rng: random.Random) -> str:
        if self.foreign:
            kata, rom, _ = self.foreign
            return rng.choice([kata.split("・")[-1], rom.split(" ")[-1]])
        return self.fam[0]

    def kana(self, rng: random.Random) -> str:
        if self.foreign:
            return self.foreign[0]
        sep = rng.choice([" ", "　", ""])
        s = self.fam[1] + sep + self.giv[1]
        return hira(s) if rng.random() < 0.3 else s

    def romaji(self, rng: random.Random) -> str:
        if self.foreign:
            return self.foreign[1]
        f, g = self.fam[2], self.giv[2]
        return rng.choice([f"{g} {f}", f"{f.upper()} {g}", f"{f} {g}", f"{g[0]}. {f}", f"{f.upper()}, {g}"])

    def initials(self, rng: random.Random) -> str:
        if self.foreign:
            parts = self.foreign[1].replace("-", " ").split()
            return ".".join(p[0] for p in parts) + "."
        f, g = self.fam[2][0], self.giv[2][0]
        return rng.choice([f"{f}.{g}.", f"{g}.{f}.", f"{f}{g}", f"{f}.{g}", f"{f}・{g}"])

    def any(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.5:
            return self.full(rng)
        if r < 0.7:
            return self.family(rng)
        if r < 0.85:
            return self.kana(rng)
        return self.romaji(rng)


# --------------------------------------------------------------------------------------
# generator context
# --------------------------------------------------------------------------------------


class G:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fk = Faker("ja_JP")
        self.fk.seed_instance(seed)
        self.fw = False

    # -- helpers ------------------------------------------------------------------
    def z(self, s: str) -> str:
        """Digits to full width when the current document is written that way."""
        return s.translate(FW) if self.fw else s

    def ch(self, xs: list[str]) -> str:
        return self.z(self.rng.choice(xs))

    def some(self, xs: list[str], k: int) -> list[str]:
        return [self.z(x) for x in self.rng.sample(xs, min(k, len(xs)))]

    def sp(self) -> str:
        return self.rng.choice([" ", "　", "  ", ""])

    def colon(self) -> str:
        return self.rng.choice(["：", ":", ": ", "　", " "])

    # -- people -------------------------------------------------------------------
    def person(self, foreign_ok: bool = True) -> Name:
        r = self.rng.random()
        if foreign_ok and r < 0.05:
            return Name(("", "", ""), ("", "", ""), self.rng.choice(FOREIGN))
        if r < 0.55:
            return Name(self.rng.choice(SURNAMES), self.rng.choice(GIVEN))
        fam = self.fk.last_name_pair()
        giv = self.fk.first_name_pair()
        return Name((fam[0], fam[1], fam[2]), (giv[0], giv[1], giv[2]))

    def staff(self, doc: Doc, nm: Name | None = None, style: str = "") -> Name:
        """Staff name in a signature / header slot, honorific or title outside the span."""
        nm = nm or self.person()
        style = style or self.rng.choice(["full", "full", "fam", "fam", "romaji", "fam_dr"])
        if style == "fam_dr":
            doc.t("Dr. ").p(nm.family(self.rng) if self.rng.random() < 0.5 else nm.romaji(self.rng), "PERSON")
            return nm
        val = {"full": nm.full, "fam": nm.family, "romaji": nm.romaji, "kana": nm.kana, "init": nm.initials}[style](
            self.rng
        )
        doc.p(val, "PERSON")
        return nm

    # -- dates / ages -------------------------------------------------------------
    def rdate(self, lo: int = 2019, hi: int = 2025) -> date:
        start = date(lo, 1, 1)
        return start + timedelta(days=self.rng.randrange((date(hi, 12, 31) - start).days))

    def fmt_date(self, d: date, style: str = "") -> str:
        y, m, dd = d.year, d.month, d.day
        if d >= date(2019, 5, 1):
            era, ey, ab = "令和", y - 2018, "R"
        elif d >= date(1989, 1, 8):
            era, ey, ab = "平成", y - 1988, "H"
        else:
            era, ey, ab = "昭和", y - 1925, "S"
        eys = "元" if ey == 1 else str(ey)
        styles = {
            "slash": f"{y}/{m}/{dd}",
            "slash0": f"{y}/{m:02d}/{dd:02d}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "dot": f"{y}.{m:02d}.{dd:02d}",
            "kanji": f"{y}年{m}月{dd}日",
            "era": f"{era}{eys}年{m}月{dd}日",
            "eraab": f"{ab}{ey}.{m}.{dd}",
            "eraab0": f"{ab}{ey:02d}/{m:02d}/{dd:02d}",
            "erakan": f"{era}{'元' if ey == 1 else kanji_num(ey)}年{kanji_num(m)}月{kanji_num(dd)}日",
            "md": f"{m}月{dd}日",
            "mds": f"{m}/{dd}",
            "en": f"{dd} {MONTHS_EN[m - 1]} {y}",
            "en2": f"{MONTHS_EN[m - 1]}. {dd}, {y}",
            "ym": f"{y}年{m}月",
            "short": f"{y % 100:02d}/{m:02d}/{dd:02d}",
        }
        if not style:
            style = self.rng.choice([*list(styles), "slash", "kanji", "slash0", "era"])
        s = styles[style]
        return s if style == "erakan" else self.z(s)

    def date(self, doc: Doc, d: date | None = None, style: str = "") -> date:
        d = d or self.rdate()
        doc.p(self.fmt_date(d, style), "DATE")
        return d

    def age(self, doc: Doc, a: int | None = None) -> int:
        if a is None:
            a = self.rng.choice([self.rng.randint(90, 104), self.rng.randint(40, 89), self.rng.randint(55, 89)])
        r = self.rng.random()
        if r < 0.6:
            s = self.z(f"{a}歳")
        elif r < 0.72:
            s = f"{kanji_num(a)}歳"
        elif r < 0.85:
            s = self.z(f"{a}y")
        elif r < 0.93:
            s = self.z(f"{a}才")
        else:
            s = self.z(f"{a} 歳")
        doc.p(s, "AGE")
        return a

    # -- identifiers --------------------------------------------------------------
    def pid(self) -> str:
        n = self.rng.choice([7, 8, 8, 10])
        return self.z("".join(str(self.rng.randint(0, 9)) for _ in range(n)))

    def acc(self) -> str:
        y = self.rng.randint(19, 25)
        return self.z(
            self.rng.choice(
                [
                    f"A{2000 + y}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}"
                    + f"{self.rng.randint(0, 99999):05d}",
                    f"RA-{y}-{self.rng.randint(0, 999999):06d}",
                    f"{self.rng.randint(10**9, 10**10 - 1)}",
                    f"CT{y}{self.rng.randint(0, 99999):05d}",
                ]
            )
        )

    def specimen(self) -> str:
        y = self.rng.randint(19, 25)
        return self.z(
            self.rng.choice(
                [
                    f"S{y}-{self.rng.randint(1, 19999):05d}",
                    f"H{2000 + y}-{self.rng.randint(1, 9999):04d}",
                    f"C{y}-{self.rng.randint(1, 999)}",
                    f"P{y}{self.rng.randint(0, 99999):05d}",
                ]
            )
        )

    def uid(self) -> str:
        return "1.2.392.200036.9116.2." + ".".join(str(self.rng.randint(1, 99999)) for _ in range(4))

    def phone(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            s = f"0{self.rng.choice(['3', '6', '52', '92', '45', '11'])}"
            rest = 10 - len(s)
            a = rest - 4
            s = f"{s}-{self.rng.randint(10 ** (a - 1), 10**a - 1)}-{self.rng.randint(0, 9999):04d}"
        elif r < 0.65:
            s = f"0{self.rng.choice([90, 80, 70])}-{self.rng.randint(1000, 9999)}-{self.rng.randint(0, 9999):04d}"
        elif r < 0.8:
            s = f"(0{self.rng.randint(100, 999)}){self.rng.randint(10, 99)}-{self.rng.randint(0, 9999):04d}"
        elif r < 0.9:
            s = f"0{self.rng.randint(100, 999)}{self.rng.randint(10, 99)}{self.rng.randint(0, 9999):04d}"
        else:
            s = f"0{self.rng.randint(10, 99)} {self.rng.randint(100, 999)} {self.rng.randint(0, 9999):04d}"
        return self.z(s)

    def postal(self) -> str:
        return self.z(f"{self.rng.randint(1, 999):03d}-{self.rng.randint(0, 9999):04d}")

    def address(self) -> str:
        a = self.fk.address()
        if self.rng.random() < 0.4:
            a = a.split(" ")[0]
        return self.z(a)

    def facility(self, kind: str = "") -> str:
        pl = self.rng.choice([*PLACES, self.fk.city().replace("市", "").replace("区", "")[:4]])
        sur = self.rng.choice(SURNAMES)[0]
        kinds = {
            "hosp": [
                f"{pl}病院",
                f"{pl}総合病院",
                f"{pl}中央病院",
                f"{pl}市民病院",
                f"{sur}記念病院",
                f"医療法人{pl}会 {pl}病院",
                f"{pl}大学病院",
                f"{pl}医療センター",
                f"独立行政法人国立病院機構{pl}病院",
            ],
            "clinic": [
                f"{sur}内科クリニック",
                f"{pl}クリニック",
                f"{sur}医院",
                f"{pl}整形外科",
                f"{sur}胃腸科内科",
                f"医療法人社団{pl}会 {sur}クリニック",
                f"{pl}診療所",
                f"{pl}乳腺クリニック",
            ],
            "care": [
                f"特別養護老人ホーム{pl}苑",
                f"介護老人保健施設{pl}",
                f"グループホーム{pl}",
                f"{pl}訪問看護ステーション",
                f"サービス付き高齢者向け住宅{pl}",
            ],
            "ward": [
                f"{self.rng.randint(3, 9)}階{self.rng.choice(['東', '西', '南', '北'])}病棟",
                f"{self.rng.choice(['東', '西', '南', '北'])}{self.rng.randint(3, 9)}病棟",
                f"{self.rng.randint(2, 9)}{self.rng.randint(0, 2)}{self.rng.randint(1, 9)}号室",
            ],
            "company": [self.fk.company(), f"株式会社{pl}製作所"],
        }
        if not kind:
            kind = self.rng.choice(["hosp", "clinic", "clinic", "care"])
        return self.z(self.rng.choice(kinds[kind]))

    def email(self, nm: Name) -> str:
        user = (nm.foreign[1].split()[0] if nm.foreign else f"{nm.giv[2][0]}.{nm.fam[2]}").lower()
        dom = self.rng.choice(
            ["sakura-clinic.jp", "midori-hp.or.jp", "med.example-u.ac.jp", "gmail.com", "hosp.city.example.lg.jp"]
        )
        return f"{user}@{dom}"

    def url(self) -> str:
        return self.rng.choice(
            [
                f"https://www.{self.rng.choice(['sakura', 'aoba', 'hokuto', 'izumi'])}-hp.or.jp/",
                f"https://portal.{self.rng.choice(['minamino', 'wakaba'])}-clinic.jp/referral"
                + f"?id={self.rng.randint(10000, 99999)}",
                f"http://{self.rng.choice(['tsukushi', 'asahi'])}-naika.com/access.html",
            ]
        )


# --------------------------------------------------------------------------------------
# PHI-free clinical sentence pools (must survive scrubbing)
# --------------------------------------------------------------------------------------

CT_CHEST = [
    "右肺S6に23×18mm大の分葉状結節を認め、胸膜陥入像を伴う。",
    "左上葉S1+2にpart-solid nodule（全体径14mm、solid部分6mm）あり、Lung-RADS 4A相当。",
    "縦隔リンパ節#7、#4Rに短径12mmまでの腫大を認める。",
    "両側肺底部に網状影および牽引性気管支拡張を認め、UIP patternに矛盾しない。",
    "胸水貯留なし。心嚢液なし。大動脈弓部に石灰化あり。",
    "気管支透亮像を伴う浸潤影を右下葉に認め、肺炎として矛盾しない。",
    "右肺門リンパ節#10Rは前回と比較して縮小している（15mm→9mm）。",
    "肺気腫性変化（Goddard score 8点）を両上葉優位に認める。",
    "Lung-RADS 3。6か月後のLDCTでの経過観察を推奨。",
    "臨床病期 cT2aN0M0 stage IB と考えます。",
]
CT_ABD = [
    "肝S8に動脈相で濃染し、門脈相でwashoutを示す径21mmの結節を認める。LI-RADS 5。",
    "膵体部に乏血性腫瘤（28mm）を認め、尾側膵管の拡張（5mm）を伴う。",
    "胆嚢は腫大し壁肥厚を認める。胆嚢周囲脂肪織濃度上昇あり、急性胆嚢炎を疑う。",
    "Glisson鞘に沿った低吸収域あり。肝内胆管の軽度拡張を認める。",
    "Douglas窩に少量の腹水あり。",
    "左腎上極にBosniak分類IIFの嚢胞性病変（18mm）を認める。",
    "S状結腸に壁肥厚と周囲脂肪織の毛羽立ちを認め、cT3N1M0相当。",
    "L1椎体に圧迫骨折（新鮮か陳旧性かは判断困難）を認める。",
    "腹部大動脈瘤（最大短径42mm）、前回から著変なし。",
    "Virchowリンパ節の腫大は認めない。",
]
MRI = [
    "DWIで左放線冠に高信号、ADC低下を認め、急性期脳梗塞に相当する。",
    "FLAIRで両側側脳室周囲白質に高信号域が散在（Fazekas grade 2）。",
    "MRAで左MCA M1に狭窄を認める。Willis動脈輪の描出は良好。",
    "L4/5椎間板の後方突出により硬膜嚢の圧排あり。L5/S1は軽度の膨隆のみ。",
    "T2WIで前立腺左PZに低信号域（14mm）、PI-RADS 4。",
    "肝S6にEOB肝細胞相で低信号を示す結節（12mm）あり。",
    "海馬の萎縮は軽度（VSRAD Z-score 1.4）。長谷川式 24/30 との臨床情報あり。",
    "子宮筋層内にT2WIで低信号の腫瘤（52mm）を認め、筋腫として矛盾しない。",
    "下垂体に明らかな腫瘤性病変なし。",
    "C5/6レベルで脊髄内にT2高信号域を認める。",
]
US = [
    "肝：辺縁鈍化、実質エコー粗造。脾腫なし。",
    "胆嚢：結石多数（最大12mm）、壁厚4mm。sonographic Murphy sign陽性。",
    "甲状腺：両葉びまん性腫大、内部エコー低下。橋本病として矛盾しない。",
    "甲状腺：血流シグナル著明に増加（thyroid inferno）、Basedow病に合致。",
    "右腎：水腎症 grade 2。左腎：異常なし。",
    "総胆管径 8mm、拡張あり。",
    "頸動脈：右ICA起始部にプラーク（IMT 1.8mm）、狭窄率約50%（NASCET）。",
    "下肢静脈：左膝窩静脈に血栓なし。",
    "膀胱内尿量 約120mL。前立腺推定体積 38mL。",
]
MMG = [
    "右U領域に微細分枝状石灰化の区域性分布を認める。カテゴリー4。",
    "左MO領域に境界微細分葉状の腫瘤（11mm）。BI-RADS 4。",
    "乳腺散在。明らかな腫瘤、石灰化なし。BI-RADS 1。",
    "両側に良性石灰化のみ。カテゴリー2。",
    "構築の乱れを右C領域に認め、追加撮影を推奨。",
    "BI-RADS 3、6か月後の短期経過観察を推奨する。",
]
XP = [
    "CTR 58%。右CP angle dull。",
    "両側肺門部血管影の増強あり、うっ血を示唆。",
    "気管チューブ先端は気管分岐部上約4cm。CVカテーテル先端は上大静脈内。",
    "右第6肋骨骨折を認める。気胸なし。",
    "胃管先端は胃内。free airなし。",
    "腰椎：L3/4、L4/5の椎間腔狭小化、骨棘形成あり。",
    "前回と比較し、左下肺野の浸潤影は改善傾向。",
]
ANGIO = [
    "右大腿動脈より4Fr sheathを挿入。",
    "腹腔動脈造影にて肝S7に腫瘍濃染を認めた。",
    "A7にマイクロカテーテルを進め、エピルビシン30mg＋リピオドール3mLのエマルジョンで選択的TACEを施行。",
    "ジェルパート1mmで塞栓、tumor stainの消失を確認した。",
    "右冠動脈#2に90%狭窄、Xience 3.0×18mmを留置しTIMI 3を得た。",
    "透視時間 18分、造影剤 オムニパーク300 85mL使用。",
    "穿刺部はAngio-Sealで止血。合併症なし。",
    "左内頸動脈C1部に狭窄率70%、CASを検討。",
]
NM = [
    "骨シンチ（99mTc-HMDP 740MBq、静注3時間後撮像）にて、胸椎Th8、右第7肋骨に集積亢進を認める。",
    "BSI 1.2%、前回から増加している。",
    "FDG-PET/CT：右肺S6結節にSUVmax 8.2の集積。縦隔リンパ節#4Rに SUVmax 4.1。",
    "遠隔転移を示唆する異常集積は認めない。",
    "脳血流SPECT（123I-IMP）で両側頭頂葉、後部帯状回の血流低下、Alzheimer型認知症パターン。",
    "心筋シンチ（MIBG）H/M比 early 1.62 / delayed 1.38、washout rate 38%。Parkinson病を示唆。",
    "Deauville score 4。",
    "生理的集積のみ。",
]
PATH = [
    "Tubular adenocarcinoma, moderately differentiated (tub2), pT1b2(SM2), ly1, v0, pN0(0/23)。",
    "Invasive ductal carcinoma, NG 2, ER陽性(Allred 8), PgR陽性, HER2 score 1+, Ki-67 約20%。",
    "Acinar adenocarcinoma, Gleason score 4+3=7 (Grade Group 3)、腫瘍占拠率 30%。",
    "Adenocarcinoma (papillary predominant)、pT1cN0、pl0、EGFR遺伝子検査提出済み。",
    "断端陰性（HM0, VM0）。",
    "慢性胆嚢炎、Rokitansky-Aschoff sinusの増生を伴う。悪性所見なし。",
    "Hashimoto thyroiditisの背景に乳頭癌（PTC, 8mm）を認める。",
    "Helicobacter pylori様菌体を認める。",
    "免疫染色：TTF-1(+), Napsin A(+), p40(-)。",
    "ICD-O: 8140/3。",
]
COURSE = [
    "入院後、CTRX 2g/日を開始し、第5病日に解熱した。",
    "術後3日目より飲水開始、POD 5で食事開始した。",
    "NRS 3/10程度の疼痛あり、アセトアミノフェン500mg頓用で対応。",
    "HbA1c 8.2%、インスリン導入し血糖コントロール良好となった。",
    "Cr 1.42 mg/dL、eGFR 36と腎機能低下あり、造影剤使用は控えた。",
    "長谷川式 18/30、MMSE 21/30。",
    "Barthel Index 45点→75点に改善した。",
    "ICD-10: C34.1、I63.9。",
    "ワルファリンはPT-INR 2.0–3.0を目標に調整。",
    "BNP 642 pg/mLから186 pg/mLまで低下した。",
    "mRS 3、FIM 82点で回復期リハビリへ。",
    "Killip分類 I、peak CK 2,840 IU/L。",
]
OPE = [
    "仰臥位、全身麻酔＋硬膜外麻酔下に手術開始。",
    "上腹部正中切開で開腹。腹水なし、肝転移なし、腹膜播種なし（P0 H0）。",
    "12mmポートを臍部に、5mmポートを計3本留置した。",
    "Calot三角を展開し、critical view of safetyを確認後、胆嚢管・胆嚢動脈をクリップして切離。",
    "D2郭清を施行し、#6、#4d、#8a、#12aを郭清。",
    "Billroth I法で再建した。",
    "出血量 120mL、輸血なし。",
    "ドレーンはWinslow孔に1本留置。",
    "摘出標本は病理へ提出。",
    "ICG蛍光法で血流良好を確認。",
]
BOARD = [
    "術前化学療法（GEM+nab-PTX）2コース後に再評価の方針。",
    "EGFR exon19 deletion陽性、オシメルチニブ80mg/日で開始予定。",
    "SBRT 48Gy/4frを提案。",
    "緩和ケアチーム介入を依頼。",
    "BSCの方針で家族と相談。",
    "PD-L1 TPS 60%、ペムブロリズマブ単剤を推奨。",
    "cStage IIIA、化学放射線療法→デュルバルマブ維持療法。",
    "ESD後非治癒切除（eCuraC-2）、追加外科切除を推奨。",
]
DEPTS = [
    "呼吸器内科",
    "消化器内科",
    "消化器外科",
    "乳腺外科",
    "泌尿器科",
    "脳神経内科",
    "整形外科",
    "循環器内科",
    "総合診療科",
    "救急科",
    "婦人科",
    "腫瘍内科",
]
EXAMS_CT = ["胸部単純CT", "胸腹部造影CT", "腹部ダイナミックCT", "胸部〜骨盤部造影CT", "頭部単純CT", "冠動脈CTA"]
EXAMS_MR = ["頭部MRI/MRA", "腰椎MRI", "上腹部EOB-MRI", "前立腺MRI（mpMRI）", "骨盤部造影MRI", "頸椎MRI"]


# --------------------------------------------------------------------------------------
# document styles
# --------------------------------------------------------------------------------------


def ct_mri(g: G, doc: Doc) -> None:
    rng = g.rng
    mr = rng.random() < 0.45
    exam = rng.choice(EXAMS_MR if mr else EXAMS_CT)
    pool = MRI if mr else rng.choice([CT_CHEST, CT_ABD])
    pt = g.person()
    d0 = g.rdate(2021, 2025)
    layout = rng.randint(0, 2)
    c = g.colon
    if layout == 0:
        doc.t(f"【検査日】{g.sp()}")
        g.date(doc, d0)
        doc.t(f"\n【検査】{exam}\n【患者ID】{c()}").p(g.pid(), "ID").t(f"\n【氏名】{c()}")
        doc.p(pt.full(rng), "PERSON").t(rng.choice([" 様", "様", "", " 殿"]))
        doc.t("（").p(pt.kana(rng), "PERSON").t("）\n【年齢】")
        g.age(doc)
        doc.t(f"\n【依頼科】{rng.choice(DEPTS)}\n【依頼医】")
        g.staff(doc)
        doc.t(f"\n【Accession No.】{g.sp()}").p(g.acc(), "ID").t("\n")
    elif layout == 1:
        doc.t(f"{exam} 読影レポート\n検査日{c()}")
        g.date(doc, d0)
        doc.t(f"　依頼科{c()}{rng.choice(DEPTS)}　依頼医{c()}")
        g.staff(doc, style=rng.choice(["fam", "full"]))
        doc.t(rng.choice([" 先生", "", " Dr"]) + "\n患者ID" + c()).p(g.pid(), "ID")
        doc.t("　Acc" + c()).p(g.acc(), "ID")
        if rng.random() < 0.4:
            doc.t("\nStudy UID: ").p(g.uid(), "ID")
        doc.t("\n")
    else:
        doc.t(f"Exam: {exam}\nDate: ")
        g.date(doc, d0, rng.choice(["iso", "en", "slash0"]))
        doc.t("\nPatient: ").p(pt.romaji(rng), "PERSON").t(" (")
        g.age(doc)
        doc.t(f"/{rng.choice(['M', 'F'])})  ID ").p(g.pid(), "ID").t("\nRef: ")
        g.staff(doc, style="fam_dr")
        doc.t(f" ({rng.choice(DEPTS)})\n")
    # clinical info & comparison
    doc.t(g.ch(["【臨床情報】", "臨床経過：", "＜依頼内容＞", "Clinical: "]))
    doc.t(
        g.ch(
            [
                "肺癌疑い、精査依頼。",
                "腹痛、発熱。胆嚢炎疑い。",
                "術後フォロー。",
                "CEA上昇あり、再発検索。",
                "ふらつき、左上肢脱力。",
            ]
        )
    )
    doc.t("\n")
    if rng.random() < 0.85:
        doc.t(rng.choice(["【比較】前回 ", "前回 ", "比較：", "Comparison: "]))
        prev = d0 - timedelta(days=rng.randint(60, 500))
        g.date(doc, prev)
        doc.t(rng.choice([" 比較", " と比較", "（当院）", " CT"]))
        if rng.random() < 0.5:
            doc.t("、前々回 ")
            g.date(doc, prev - timedelta(days=rng.randint(60, 400)))
            if rng.random() < 0.4:
                doc.t("（")
                doc.p(g.facility("hosp"), "FACILITY")
                doc.t("にて撮影、持参画像）")
        doc.t("\n")
    doc.t(rng.choice(["【所見】\n", "所見：\n", "Findings:\n", "＜所見＞"]))
    bullet = rng.choice(["", "・", "- ", "＊"])
    for s in g.some(pool, rng.randint(3, 5)):
        doc.t(f"{bullet}{s}\n")
    if rng.random() < 0.5:
        doc.t(g.z(f"Key image: Se{rng.randint(2, 9)} Im{rng.randint(10, 180)}\n"))
    doc.t(rng.choice(["【診断】\n", "Impression:\n", "【結論】", "診断："]))
    if pool is CT_CHEST:
        dx = ["1. 右肺癌疑い、cT2aN0M0。", "1. 右下葉肺炎。", "1. 間質性肺炎（UIP pattern）。"]
    elif pool is CT_ABD:
        dx = ["1. 急性胆嚢炎。", "1. HCC再発疑い（S8）。", "1. 膵体部癌疑い。"]
    else:
        dx = ["1. 左放線冠の急性期脳梗塞。", "1. L4/5腰部脊柱管狭窄。", "1. 前立腺癌疑い（PI-RADS 4）。"]
    doc.t(g.ch(dx) + "\n")
    if rng.random() < 0.5:
        doc.t(
            rng.choice(["2. ", "＊"])
            + g.ch(["特記すべき偶発所見なし。", "甲状腺右葉に8mmの低吸収結節、エコーでの評価を推奨。"])
            + "\n"
        )
    doc.t(rng.choice(["読影医：", "放射線科 ", "Reported by ", "[読影]"]))
    rad = g.staff(doc, style=rng.choice(["full", "full", "fam", "romaji"]))
    doc.t(rng.choice(["\n", " \n", "（一次読影）\n"]))
    if rng.random() < 0.6:
        doc.t(rng.choice(["確定：", "確定 ", "承認："]))
        g.date(doc, d0 + timedelta(days=rng.randint(0, 2)))
        doc.t(" " + g.z(f"{rng.randint(8, 19)}:{rng.randint(0, 59):02d}") + " ")
        g.staff(doc, rad if rng.random() < 0.5 else None, style=rng.choice(["full", "fam"]))
        doc.t("\n")
    if rng.random() < 0.55:
        doc.t(rng.choice(["【追記】", "追記（", "＜Addendum＞"]))
        g.date(doc, d0 + timedelta(days=rng.randint(1, 10)))
        doc.t(rng.choice(["）", " ", "："]))
        doc.t(
            g.ch(["病理結果（腺癌）を確認しました。", "前医画像との比較で増大を確認。", "依頼医と電話にて協議済み。"])
        )
        doc.t(rng.choice(["　", " ", "\n"]))
        g.staff(doc, style=rng.choice(["full", "fam", "romaji"]))
        doc.t(rng.choice(["", " 記", "（放射線科）"]) + "\n")


def us_mmg_xp(g: G, doc: Doc) -> None:
    rng = g.rng
    kind = rng.choice(["us", "mmg", "xp"])
    c = g.colon
    if kind == "us":
        doc.t(rng.choice(["腹部US", "甲状腺エコー", "頸動脈エコー", "US（腹部）"]) + "　")
        g.date(doc)
        doc.t("　ID" + c()).p(g.pid(), "ID").t("\n")
        doc.t(rng.choice(["検査技師：", "技師 ", "施行："]))
        g.staff(doc, style=rng.choice(["fam", "full", "kana"]))
        doc.t(rng.choice(["\n", "（超音波検査士）\n"]))
        purpose = g.ch(["肝機能障害精査", "右季肋部痛", "甲状腺腫大", "TIA後評価"])
        doc.t("依頼：" + rng.choice(DEPTS) + "　目的：" + purpose)
        doc.t("\n")
        for s in g.some(US, rng.randint(3, 5)):
            doc.t(s + "\n")
        doc.t(rng.choice(["判定医 ", "確認：", "Dr. "]))
        g.staff(doc, style=rng.choice(["fam", "full"]))
        doc.t("\n")
    elif kind == "mmg":
        doc.t("マンモグラフィ（両側MLO・CC）\n受診者" + c())
        pt = g.person()
        doc.p(pt.full(rng), "PERSON").t(rng.choice(["様 ", " 様　", "　"]))
        g.age(doc, rng.randint(40, 92))
        doc.t("\n撮影日" + c())
        g.date(doc)
        doc.t("　撮影技師" + c())
        g.staff(doc, style=rng.choice(["fam", "full"]))
        doc.t("\n")
        doc.t("受診番号" + c()).p(g.pid(), "ID").t("\n")
        doc.t("乳房の構成：" + rng.choice(["脂肪性", "乳腺散在", "不均一高濃度", "極めて高濃度"]) + "\n")
        finding = g.ch(MMG)
        doc.t(finding + "\n")
        doc.t("総合判定：" + ("要精査（US追加）" if ("4" in finding or "追加" in finding) else "経過観察／異常なし"))
        doc.t(g.z("　前年度（" + rng.choice(["カテゴリー1", "カテゴリー2", "初回受診"]) + "）と比較。\n"))
        doc.t("読影（ダブルリーディング）：")
        g.staff(doc, style="fam")
        doc.t(rng.choice(["／", "・", "、"]))
        g.staff(doc, style="fam")
        if rng.random() < 0.4:
            doc.t("\n要精査の場合は")
            doc.p(g.facility("clinic"), "FACILITY")
            doc.t("（TEL ").p(g.phone(), "PHONE_NUMBER").t("）へ紹介予定")
        doc.t("\n")
    else:
        xp_exam = rng.choice(["胸部XP（ポータブル）", "胸部単純X線 正面", "腰椎XP 2R", "腹部XP 臥位"])
        doc.t(xp_exam + " ")
        d0 = g.date(doc)
        doc.t(" ")
        doc.t(g.z(f"{rng.randint(6, 22)}:{rng.randint(0, 59):02d}"))
        if rng.random() < 0.6:
            doc.t("\n撮影場所：")
            doc.p(g.facility("ward"), "FACILITY")
            if rng.random() < 0.6:
                room = g.z(f"{rng.randint(3, 9)}{rng.randint(0, 2)}{rng.randint(1, 9)}号室")
                doc.t(" ").p(room, "FACILITY")
        doc.t("\n患者：")
        doc.p(rng.choice([g.person().full(rng), g.person().kana(rng)]), "PERSON")
        doc.t(rng.choice([" 様", "", "さん"]) + "（ID ").p(g.pid(), "ID").t("）\n")
        doc.t(
            "依頼："
            + rng.choice(DEPTS)
            + "（"
            + g.ch(["術後1日目", "発熱精査", "挿管後位置確認", "転倒後", "腹部膨満"])
        )
        doc.t("）\n比較" + c())
        g.date(doc, d0 - timedelta(days=rng.randint(1, 120)), rng.choice(["mds", "slash", "md"]))
        doc.t("\n")
        if xp_exam.startswith("腰椎"):
            pool = [XP[5], "L1椎体の楔状変形あり（陳旧性圧迫骨折疑い）。", "すべり症なし。", "側弯（Cobb角 12°）。"]
        elif xp_exam.startswith("腹部"):
            pool = [XP[4], "小腸ガス像の拡張、niveau形成あり。", "右下腹部に石灰化（虫垂結石疑い）。"]
        else:
            pool = [x for x in XP if "腰椎" not in x and "胃管" not in x]
        for s in g.some(pool, rng.randint(2, 4)):
            doc.t(s + "\n")
        doc.t(rng.choice(["技師：", "撮影 ", "RT: "]))
        g.staff(doc, style=rng.choice(["fam", "full", "romaji"]))
        doc.t(rng.choice(["　読影：", " / Dr "]))
        g.staff(doc, style="fam")
        doc.t("\n")


def angio_nm(g: G, doc: Doc) -> None:
    rng = g.rng
    c = g.colon
    if rng.random() < 0.5:
        doc.t(
            rng.choice(["血管造影・IVR記録", "【Angio/IVR】", "TACE施行記録", "心臓カテーテル検査報告"])
            + "\n施行日"
            + c()
        )
        g.date(doc)
        doc.t("　患者ID" + c()).p(g.pid(), "ID").t("\n患者名" + c())
        doc.p(g.person().full(rng), "PERSON").t(rng.choice(["様", " 様", ""]) + "　")
        g.age(doc)
        doc.t("\n術者" + c())
        g.staff(doc, style=rng.choice(["full", "fam"]))
        doc.t("\n助手" + c())
        for i in range(rng.randint(1, 3)):
            if i:
                doc.t(rng.choice(["、", "，", "・", " / "]))
            g.staff(doc, style=rng.choice(["fam", "full"]))
        doc.t("\n放射線技師" + c())
        g.staff(doc, style="fam")
        doc.t("　看護師" + c())
        g.staff(doc, style=rng.choice(["fam", "kana"]))
        doc.t("\n" + rng.choice(["【手技】\n", "経過：\n", ""]))
        for s in g.some(ANGIO, rng.randint(3, 5)):
            doc.t(s)
        doc.t("\n")
        if rng.random() < 0.5:
            doc.t("病棟帰室（")
            doc.p(g.facility("ward"), "FACILITY")
            doc.t("）、6時間安静。\n")
    else:
        doc.t(rng.choice(["核医学検査報告書", "【骨シンチ】", "FDG-PET/CT 読影報告", "RI検査"]) + "\n")
        pt = g.person()
        doc.t("氏名" + c()).p(pt.full(rng), "PERSON").t(rng.choice([" 殿", " 様", ""]) + "（").p(
            pt.kana(rng), "PERSON"
        ).t("）\n")
        doc.t("生年月日" + c())
        bd = g.date(doc, g.rdate(1920, 1965), rng.choice(["era", "eraab", "kanji", "slash"]))
        doc.t("（")
        g.age(doc, 2024 - bd.year)
        doc.t("）\n検査日" + c())
        d0 = g.date(doc)
        doc.t("　依頼：" + rng.choice(DEPTS) + " ")
        g.staff(doc, style="fam")
        doc.t(rng.choice(["先生", " 医師", ""]) + "\n")
        doc.t("核医学技師" + c())
        g.staff(doc, style="fam")
        doc.t("\n")
        for s in g.some(NM, rng.randint(3, 4)):
            doc.t(s + "\n")
        if rng.random() < 0.6:
            doc.t("前回（")
            g.date(doc, d0 - timedelta(days=rng.randint(90, 400)))
            doc.t("）と比較し、" + g.ch(["新規集積の出現あり。", "著変なし。", "集積は低下。"]) + "\n")
        doc.t(rng.choice(["読影：", "核医学科 ", "Reported by: "]))
        g.staff(doc, style=rng.choice(["full", "romaji"]))
        doc.t(rng.choice(["\n", "／"]))
        if rng.random() < 0.5:
            doc.t("確定者：")
            g.staff(doc, style="full")
            doc.t("\n")


def pathology(g: G, doc: Doc) -> None:
    rng = g.rng
    c = g.colon
    doc.t(rng.choice(["病理組織診断報告書\n", "【病理診断】\n", "Surgical Pathology Report\n"]))
    doc.t("標本番号" + c()).p(g.specimen(), "ID").t("　受付日" + c())
    d0 = g.date(doc)
    doc.t("\n患者" + c())
    pt = g.person()
    doc.p(rng.choice([pt.full(rng), pt.kana(rng)]), "PERSON").t(rng.choice([" 様", "", " 殿"]) + " ")
    g.age(doc)
    doc.t(rng.choice([" 男", " 女", " M", " F"]) + "　ID" + c()).p(g.pid(), "ID")
    doc.t("\n提出科" + c() + rng.choice(DEPTS) + "　提出医" + c())
    g.staff(doc, style=rng.choice(["fam", "full"]))
    doc.t(
        "\n臓器"
        + c()
        + g.ch(
            ["胃（幽門側胃切除）", "乳腺（右Bp）", "前立腺針生検 12本", "肺（右下葉切除）", "胆嚢", "甲状腺（全摘）"]
        )
        + "\n"
    )
    doc.t(
        "【肉眼所見】"
        + g.ch(
            [
                "35×28mm大の0-IIc型病変。",
                "切除胆嚢 8.5×3.2cm、壁肥厚あり、内部に混合石1個。",
                "割面に灰白色充実性腫瘤 18×15×12mm。",
                "針生検組織 12本（#1–#12）、長さ8–15mm。",
            ]
        )
        + "\n"
    )
    doc.t("【組織診断】\n")
    for s in g.some(PATH, rng.randint(2, 3)):
        doc.t(rng.choice(["", "・", "  "]) + s + "\n")
    if rng.random() < 0.35:
        doc.t("コンサルテーション：")
        doc.p(g.facility("hosp"), "FACILITY")
        doc.t(" 病理部 ")
        g.staff(doc, style="full")
        doc.t("先生に依頼済み。\n")
    doc.t("切り出し担当" + c())
    g.staff(doc, style=rng.choice(["fam", "full", "init"]))
    doc.t(rng.choice(["\n", "　"]) + "病理医" + c())
    g.staff(doc, style=rng.choice(["full", "fam"]))
    if rng.random() < 0.5:
        doc.t(rng.choice(["／", "、", " / "]))
        g.staff(doc, style="full")
    doc.t("\n報告日" + c())
    g.date(doc, d0 + timedelta(days=rng.randint(3, 14)))
    doc.t("\n")


def discharge(g: G, doc: Doc) -> None:
    rng = g.rng
    c = g.colon
    pt = g.person()
    doc.t(rng.choice(["退院時サマリー\n", "【退院時要約】\n", "退院サマリ\n"]))
    doc.t("患者氏名" + c()).p(pt.full(rng), "PERSON").t(rng.choice([" 様", "", "殿"]))
    doc.t("（").p(pt.kana(rng), "PERSON").t("）　ID" + c()).p(g.pid(), "ID").t("\n生年月日" + c())
    bd = g.date(doc, g.rdate(1918, 1960), rng.choice(["era", "erakan", "eraab", "kanji"]))
    paren = rng.random() < 0.5
    doc.t("生（" if paren else "生　")
    g.age(doc, 2023 - bd.year)
    doc.t("）\n" if paren else "\n")
    if rng.random() < 0.35:
        doc.t("住所" + c() + "〒").p(g.postal(), "POSTAL_CODE").t(" ").p(g.address(), "ADDRESS").t("\n")
    if rng.random() < 0.25:
        doc.t("保険者番号" + c()).p(g.z(f"{rng.randint(1, 47):02d}{rng.randint(100000, 999999)}"), "INSURANCE_NUMBER")
        doc.t("　被保険者番号" + c()).p(g.z(str(rng.randint(10**7, 10**8 - 1))), "INSURANCE_NUMBER").t("\n")
    if rng.random() < 0.3:
        doc.t("個人番号（マイナンバー）" + c()).p(
            g.z(" ".join(f"{rng.randint(0, 9999):04d}" for _ in range(3))), "MY_NUMBER"
        ).t("（写し保管）\n")
    d_in = g.rdate(2021, 2025)
    d_out = d_in + timedelta(days=rng.randint(5, 60))
    doc.t("入院日" + c())
    g.date(doc, d_in)
    doc.t("　退院日" + c())
    g.date(doc, d_out)
    doc.t("　病棟" + c()).p(g.facility("ward"), "FACILITY").t("\n主治医" + c())
    g.staff(doc, style="full")
    doc.t("　担当医" + c())
    g.staff(doc, style=rng.choice(["fam", "full"]))
    doc.t("\n【主訴】" + g.ch(["呼吸困難", "発熱、右季肋部痛", "左片麻痺", "食思不振", "腰痛、下肢しびれ"]) + "\n")
    doc.t("【現病歴】")
    doc.t(rng.choice(["", "生来健康。", "高血圧、2型糖尿病で"]))
    doc.p(g.facility("clinic"), "FACILITY")
    doc.t(rng.choice(["にて加療中。", "通院中であった。", "（かかりつけ）通院中。"]))
    g.date(doc, d_in - timedelta(days=rng.randint(2, 30)), rng.choice(["md", "mds", "kanji"]))
    doc.t(rng.choice(["頃より症状出現。", "より増悪し、"]))
    doc.t(
        rng.choice(["前医", "近医"])
        + "で"
        + g.ch(["CRP 18.2 mg/dL", "SpO2 88%(RA)", "WBC 15,300/μL"])
        + "を認め当院紹介、同日入院。"
    )
    rel = g.person(foreign_ok=False)
    relname = rng.choice([rel.full(rng), rel.giv[0], rel.fam[0]])
    rel_role = rng.choice(["妻", "長男", "長女", "次女", "夫"])
    form = rng.randint(0, 2)
    if form == 0:
        doc.t(f"{rel_role}の").p(relname, "PERSON").t(rng.choice(["さん", "氏", ""]) + "と二人暮らし。")
    elif form == 1:
        doc.t(f"キーパーソンは{rel_role}（").p(relname, "PERSON").t(rng.choice(["さん", "様", "氏", ""]) + "）。")
    else:
        doc.t(f"{rel_role} ").p(relname, "PERSON").t(rng.choice(["様", ""]) + "が同居し介護している。")
    if rng.random() < 0.6:
        doc.t("連絡先" + c()).p(g.phone(), "PHONE_NUMBER").t(rng.choice(["（携帯）", "（自宅）", ""]))
    doc.t("\n【入院後経過】")
    for s in g.some(COURSE, rng.randint(2, 4)):
        doc.t(s)
    doc.t("\n")
    if rng.random() < 0.6:
        doc.t("【転院先】")
        doc.p(g.facility(rng.choice(["hosp", "care"])), "FACILITY")
        opener = rng.choice([" ", "　", "（"])
        doc.t(opener)
        g.staff(doc, style=rng.choice(["full", "fam"]))
        doc.t(rng.choice(["先生", " 先生", "医師"]) + ("）" if opener == "（" else "") + "\n")
    else:
        doc.t("【退院先】自宅。訪問看護（")
        doc.p(g.facility("care"), "FACILITY")
        doc.t("）導入。\n")
    doc.t("【外来予定】")
    g.date(doc, d_out + timedelta(days=rng.randint(7, 40)), rng.choice(["md", "kanji", "slash", "mds"]))
    doc.t(g.z(f" {rng.randint(9, 15)}:{rng.choice(['00', '30'])} ") + rng.choice(DEPTS) + " ")
    g.staff(doc, style="fam")
    doc.t(rng.choice(["外来", "医師外来", "Dr外来"]) + "\n記載" + c())
    g.staff(doc, style=rng.choice(["full", "fam"]))
    doc.t("\n")


def operative(g: G, doc: Doc) -> None:
    rng = g.rng
    c = g.colon
    doc.t(rng.choice(["手術記録\n", "【手術記録】\n", "Operation Record\n"]))
    doc.t("手術日" + c())
    op_day = g.date(doc)
    doc.t("　患者" + c())
    pt = g.person()
    doc.p(pt.any(rng), "PERSON").t(rng.choice([" 様", "", "（"]))
    if doc.parts[-1].endswith("（"):
        g.age(doc)
        doc.t("）")
    doc.t("　ID" + c()).p(g.pid(), "ID").t("\n")
    doc.t(
        "術式"
        + c()
        + g.ch(
            [
                "腹腔鏡下胆嚢摘出術",
                "腹腔鏡下幽門側胃切除術（D2郭清、Billroth I再建）",
                "胸腔鏡下右下葉切除術＋ND2a-1",
                "乳房部分切除術＋センチネルリンパ節生検",
                "L4/5 腰椎後方除圧術",
            ]
        )
        + "\n"
    )
    roles = [
        ("術者", "full"),
        ("第一助手", "fam"),
        ("第二助手", "fam"),
        ("麻酔科医", "full"),
        ("器械出し", "kana"),
        ("外回り", "fam"),
    ]
    sep = rng.choice(["\n", "　", " / "])
    for i, (role, st) in enumerate(roles):
        if role == "第二助手" and rng.random() < 0.5:
            continue
        if i:
            doc.t(sep)
        doc.t(role + c())
        g.staff(doc, style=rng.choice([st, "fam", "full"]))
        if role == "外回り" and rng.random() < 0.4:
            doc.t("、")
            g.staff(doc, style="fam")
    doc.t("\n")
    t0 = rng.randint(8, 13)
    t_in = f"{t0}:{rng.randint(0, 20):02d}"
    t_cut = f"{t0}:{rng.randint(30, 59)}"
    t_end = f"{t0 + rng.randint(1, 4)}:{rng.randint(0, 59):02d}"
    t_out = f"{t0 + 5}:{rng.randint(0, 59):02d}"
    doc.t(g.z(f"入室 {t_in}　執刀 {t_cut}　終了 {t_end}　退室 {t_out}\n"))
    doc.t(
        g.ch(["麻酔法：全身麻酔＋硬膜外麻酔（Th9/10）", "麻酔：全身麻酔（TIVA）", "ASA-PS 2"])
        + "\n【手術所見・経過】\n"
    )
    for s in g.some(OPE, rng.randint(3, 5)):
        doc.t(s)
    doc.t("\n")
    if rng.random() < 0.5:
        doc.t("術後は")
        doc.p(g.facility("ward"), "FACILITY")
        doc.t(rng.choice(["へ帰室。", "に帰室した。"]))
    if rng.random() < 0.5:
        doc.t("家族（")
        doc.t(rng.choice(["妻", "長男", "娘"]) + " ")
        doc.p(g.person(foreign_ok=False).full(rng), "PERSON")
        doc.t(rng.choice(["様", "氏", ""]) + "）へ術後説明済み。")
    doc.t("\n記載者" + c())
    g.staff(doc, style=rng.choice(["full", "fam"]))
    doc.t("（")
    g.date(doc, op_day + timedelta(days=rng.randint(0, 1)))
    doc.t("）\n")


def referral(g: G, doc: Doc) -> None:
    rng = g.rng
    pt = g.person()
    reply = rng.random() < 0.45
    doc.t(
        rng.choice(["診療情報提供書\n", "御返事（返書）\n", "紹介状\n"])
        if not reply
        else rng.choice(["返書\n", "ご紹介ありがとうございました\n"])
    )
    g.date(doc, style=rng.choice(["era", "kanji", "slash", "erakan"]))
    doc.t("\n")
    doc.p(g.facility(rng.choice(["clinic", "hosp"])), "FACILITY")
    doc.t(rng.choice(["\n", "　"]) + rng.choice([*DEPTS, "院長", ""]) + " ")
    doc_nm = g.person()
    doc.p(doc_nm.full(rng), "PERSON")
    doc.t(rng.choice([" 先生 御侍史", "先生　御机下", " 先生 侍史", "先生\n御侍史"]) + "\n\n")
    if rng.random() < 0.6:
        doc.t(
            "拝啓　"
            + rng.choice(["時下ますますご清祥のこととお慶び申し上げます。", "平素より大変お世話になっております。"])
            + "\n"
        )
    if reply:
        doc.t("先日ご紹介いただきました")
        doc.p(pt.full(rng), "PERSON")
        doc.t(rng.choice(["様", " 様", "さん"]) + "（")
        g.age(doc)
        doc.t(rng.choice(["、男性）", "、女性）", "）"]))
        doc.t("につきご報告申し上げます。")
        g.date(doc, style=rng.choice(["md", "mds", "kanji"]))
        doc.t("に当科受診され、" + g.ch(EXAMS_CT + EXAMS_MR) + "を施行いたしました。")
        for s in g.some(rng.choice([CT_CHEST, CT_ABD, MRI]), 2):
            doc.t(s)
        doc.t(
            "今後は当院"
            + rng.choice(DEPTS)
            + "にて"
            + g.ch(["手術予定です。", "経過観察とし、3か月後に再検予定です。", "化学療法を開始いたします。"])
        )
        doc.t("引き続きご高診のほどよろしくお願い申し上げます。\n")
    else:
        doc.t("患者氏名" + g.colon()).p(pt.full(rng), "PERSON").t(rng.choice([" 様", "殿", ""]) + "　")
        bd = g.date(doc, g.rdate(1925, 1970), rng.choice(["era", "eraab", "kanji"]))
        doc.t("生（")
        g.age(doc, 2024 - bd.year)
        doc.t("）\n住所" + g.colon()).p(g.address(), "ADDRESS")
        doc.t("　TEL ").p(g.phone(), "PHONE_NUMBER").t("\n")
        doc.t("傷病名：" + g.ch(["右肺結節", "肝腫瘤", "閉塞性黄疸", "右乳房腫瘤", "脳梗塞疑い"]) + "\n")
        doc.t(
            "いつもお世話になっております。上記患者様、"
            + g.ch(
                [
                    "健診の胸部XPで異常影を指摘され、当院CTで右肺S6に結節を認めました。",
                    "腹部USで肝S8に低エコー腫瘤を認めました（AFP 42 ng/mL、PIVKA-II 180 mAU/mL）。",
                    "マンモグラフィにてカテゴリー4の石灰化を認めました。",
                ]
            )
        )
        doc.t("ご家族（")
        fam = g.person(foreign_ok=False)
        doc.t(rng.choice(["長女", "息子", "妻"]) + " ")
        doc.p(rng.choice([fam.full(rng), fam.giv[0]]), "PERSON")
        doc.t(
            rng.choice(["様", "さん", ""])
            + "）も貴院での精査を希望されております。ご高診のほどよろしくお願い申し上げます。\n"
        )
    doc.t(rng.choice(["敬具\n", "敬具\n\n", ""]))
    doc.p(g.facility("hosp"), "FACILITY")
    doc.t(rng.choice(["\n", "　"]) + rng.choice(DEPTS) + rng.choice(["\n", " "]))
    if rng.random() < 0.5:
        doc.t("〒").p(g.postal(), "POSTAL_CODE").t(" ").p(g.address(), "ADDRESS").t("\n")
    doc.t(rng.choice(["TEL ", "電話 ", "TEL："])).p(g.phone(), "PHONE_NUMBER")
    if rng.random() < 0.5:
        doc.t(rng.choice(["　FAX ", " / FAX："])).p(g.phone(), "PHONE_NUMBER")
    doc.t("\n")
    if rng.random() < 0.5:
        me = g.person(foreign_ok=False)
        doc.t("E-mail: ").p(g.email(me), "EMAIL_ADDRESS").t("\n")
    if rng.random() < 0.6:
        doc.t("地域連携室予約: ").p(g.url(), "URL").t("\n")
    doc.t(rng.choice(["担当医　", "医師 ", "記載医："]))
    g.staff(doc, style=rng.choice(["full", "full", "fam"]))
    doc.t(rng.choice(["", " 印", "（署名）"]) + "\n")


def board(g: G, doc: Doc) -> None:
    rng = g.rng
    doc.t(rng.choice(["キャンサーボード議事録\n", "【Cancer Board】", "消化器キャンサーボード 記録\n", "呼吸器CB\n"]))
    doc.t("開催日" + g.colon())
    g.date(doc)
    doc.t(g.z(f" {rng.randint(16, 18)}:{rng.choice(['00', '30'])}〜") + "\n参加者" + g.colon())
    n = rng.randint(3, 5)
    depts = rng.sample(["外科", "腫瘍内科", "放射線診断科", "放射線治療科", "病理", "緩和ケア", "がん看護"], n)
    for i, dp in enumerate(depts):
        if i:
            doc.t(rng.choice(["、", "，", " "]))
        if rng.random() < 0.5:
            g.staff(doc, style="fam")
            doc.t(f"（{dp}）")
        else:
            doc.t(dp + " ")
            g.staff(doc, style=rng.choice(["fam", "full"]))
    doc.t("\n")
    for k in range(rng.randint(2, 4)):
        pt = g.person()
        doc.t(rng.choice([f"{k + 1}) ", f"症例{k + 1}：", f"#{k + 1} ", "■"]))
        doc.p(pt.initials(rng), "PERSON")
        doc.t(rng.choice([" ", "　", "，"]))
        g.age(doc)
        doc.t(rng.choice([" 男性", " 女性", "/M", "/F", "男", "女"]))
        doc.t(rng.choice(["　ID ", " (ID:", " "])).p(g.pid(), "ID")
        doc.t(")" if doc.parts[-2].endswith("(ID:") else "")
        doc.t(
            " "
            + g.ch(
                [
                    "肺腺癌 cT2aN0M0 stage IB",
                    "膵頭部癌 cT3N1M0",
                    "胃癌 cT1bN0M0",
                    "直腸癌 cT3N1bM0 Ra",
                    "乳癌 cT2N1M0 Luminal B",
                    "肝細胞癌 BCLC-B",
                ]
            )
            + "\n"
        )
        doc.t("　→ " + g.some(BOARD, 1)[0])
        if rng.random() < 0.5:
            doc.t("（担当 ")
            g.staff(doc, style="fam")
            doc.t("）")
        if rng.random() < 0.3:
            doc.t(" 前医")
            doc.p(g.facility("hosp"), "FACILITY")
            doc.t("での")
            g.date(doc, style=rng.choice(["ym", "slash", "md"]))
            doc.t("の画像を取り込み済み。")
        doc.t("\n")
    doc.t("記録" + g.colon())
    g.staff(doc, style=rng.choice(["fam", "full", "init"]))
    doc.t("\n")


STYLES = [ct_mri, us_mmg_xp, angio_nm, pathology, discharge, operative, referral, board]


# --------------------------------------------------------------------------------------
# PHI-free documents
# --------------------------------------------------------------------------------------


def clean_doc(g: G, doc: Doc, k: int) -> None:
    rng = g.rng
    style = k % 8
    if style == 0:
        doc.t(
            f"{g.ch(EXAMS_CT + EXAMS_MR)} 読影レポート\n依頼科：{rng.choice(DEPTS)}\n"
            + "【比較】前回検査と比較。\n【所見】\n"
        )
        for s in g.some(CT_CHEST + CT_ABD + MRI, 5):
            doc.t("・" + s + "\n")
        doc.t("【診断】1. 右肺癌疑い、cT2aN0M0。2. 甲状腺結節、Basedow病の既往に留意。\n確定済み（放射線科）。\n")
    elif style == 1:
        doc.t(rng.choice(["腹部US", "MMG", "胸部XP"]) + " 所見\n")
        for s in g.some(US + MMG + XP, 5):
            doc.t(s + "\n")
        doc.t(g.z("前回比較：著変なし。BI-RADS 2、Lung-RADS 2。\n"))
    elif style == 2:
        doc.t("IVR・核医学 所見\n")
        for s in g.some(ANGIO + NM, 6):
            doc.t(s + "\n")
        doc.t("術後3日目に穿刺部血腫なし。NRS 2/10。\n")
    elif style == 3:
        doc.t("病理診断（迅速）\n臓器：肺（右S6部分切除）\n")
        for s in g.some(PATH, 4):
            doc.t(s + "\n")
        doc.t("pT1bN0M0、pStage IA2。追加の免疫染色結果は別途報告。\n")
    elif style == 4:
        doc.t("退院時サマリー（経過要約）\n【主訴】発熱、右季肋部痛\n【入院後経過】")
        for s in g.some(COURSE, 5):
            doc.t(s)
        doc.t(
            "\n【退院時処方】アムロジピン5mg 1T分1、ランソプラゾール15mg 1T分1、"
            + "酸化マグネシウム330mg 3T分3。\n近医へ逆紹介予定。\n"
        )
    elif style == 5:
        doc.t("手術記録（要約）\n術式：腹腔鏡下胆嚢摘出術\n")
        for s in g.some(OPE, 6):
            doc.t(s)
        doc.t(g.z("\n入室 9:05 執刀 9:42 終了 11:18。術後はHCUへ。\n"))
    elif style == 6:
        doc.t("診療情報提供書（下書き・定型文）\n傷病名：2型糖尿病、橋本病、L4/5腰部脊柱管狭窄症\n")
        doc.t("平素よりお世話になっております。前医での治療経過は以下の通りです。")
        for s in g.some(COURSE, 3):
            doc.t(s)
        doc.t("長谷川式 26/30。Murphy sign陰性。ICD-10: E11.9、E06.3、M48.06。今後ともよろしくお願い申し上げます。\n")
    else:
        doc.t("キャンサーボード 検討方針（一般）\n参加：外科、腫瘍内科、放射線診断科、病理、緩和ケア。\n")
        for s in g.some(BOARD, 5):
            doc.t("・" + s + "\n")
        doc.t(
            "肺癌 cT1cN0M0、縦隔#4R・#7のEBUS-TBNA陰性であれば手術適応。膵癌 borderline resectable は術前化学療法。\n"
        )


# --------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------


def generate_p(n_phi: int = 80, n_clean: int = 20, seed: int = 7170) -> list[dict[str, Any]]:
    """Family P: imaging reports and the records radiologists consult."""
    g = G(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        g.fw = g.rng.random() < 0.2
        fn = STYLES[i % len(STYLES)]
        doc = Doc(f"P-{i:03d}-{fn.__name__}")
        fn(g, doc)
        if g.rng.random() < 0.5 or doc.pos < 160:
            extra = g.rng.choice([CT_CHEST, CT_ABD, COURSE, PATH, NM])
            doc.t(g.rng.choice(["備考：", "補足：", "※"]) + g.some(extra, 1)[0] + "\n")
        docs.append(doc.out())
    for j in range(n_clean):
        g.fw = g.rng.random() < 0.2
        doc = Doc(f"P-clean-{j:03d}")
        clean_doc(g, doc, j)
        docs.append(doc.out())
    return docs
