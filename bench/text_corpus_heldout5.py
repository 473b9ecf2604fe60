"""Fifth held-out labelled corpus for the Japanese text scrubber: family N.

Written blind: the author did not read the scrubber, its policy data, its documentation or the earlier held-out
generators (beyond the ``Doc`` helper), and did not run the scrubber while writing it. Hospital-internal,
imaging-adjacent documents:

1. 読影依頼書 / imaging order forms (依頼医, 臨床診断, 検査目的, free comments, scheduled dates);
2. IVR / angiography procedure records (術者, 助手, 介助看護師, 放射線技師, doses, contrast volumes);
3. nuclear-medicine / PET reports (MBq, SUVmax, 前回比較 with dates);
4. dialysis / transfusion / anaesthesia time-series records with staff initials and signatures;
5. clinical-trial serious-adverse-event reports (被験者番号, 治験責任医師, CRC, 発現日, 転帰);
6. patient-transport and bed-management shorthand logs;
7. transcribed hand-written notes (names without honorifics, at line ends, in brackets, in lists);
8. foreign patients and interpreters (katakana names with middle dots, romaji, Chinese/Korean kanji names,
   embassies, foreign phone numbers).

PHI-free documents are dense in things that must survive: staging, vertebral levels, liver segments, lymph-node
stations, doses, units, eponyms that are also surnames (橋本病, 長谷川式, 川崎病), scores written as fractions.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------------------------------------------
# small text helpers

_ZEN = str.maketrans("0123456789", "０１２３４５６７８９")
_KNUM = "〇一二三四五六七八九"


def zen(s: str) -> str:
    return s.translate(_ZEN)


def mz(rng: random.Random, s: str, p: float = 0.3) -> str:
    """Full-width digits with probability p."""
    return zen(s) if rng.random() < p else s


def kan(n: int) -> str:
    """Kanji numeral for 1..199."""
    if n >= 100:
        return "百" + (kan(n - 100) if n > 100 else "")
    tens, ones = divmod(n, 10)
    out = ""
    if tens:
        out += ("" if tens == 1 else _KNUM[tens]) + "十"
    if ones:
        out += _KNUM[ones]
    return out or "〇"


_ABBREV = {"HR", "BP", "PT", "RA", "MR", "CT", "NS", "OT", "ST", "SM", "MS", "AS", "AR", "TR", "IC", "KP", "DM", "HT"}


def hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


# ---------------------------------------------------------------------------------------------------------------
# name pools (hand-written, plus Faker ja_JP)

Triple = tuple[str, str, str]

SURNAMES: list[Triple] = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("佐々木", "ササキ", "Sasaki"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("平", "タイラ", "Taira"),
    ("東海林", "ショウジ", "Shoji"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("八月一日", "ホズミ", "Hozumi"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("一", "ニノマエ", "Ninomae"),
    ("乙部", "オトベ", "Otobe"),
    ("轟", "トドロキ", "Todoroki"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("我妻", "ワガツマ", "Wagatsuma"),
    ("左右田", "ソウダ", "Soda"),
    ("二階堂", "ニカイドウ", "Nikaido"),
    ("比嘉", "ヒガ", "Higa"),
    ("具志堅", "グシケン", "Gushiken"),
    ("外間", "ホカマ", "Hokama"),
    ("新垣", "アラガキ", "Aragaki"),
    ("日下部", "クサカベ", "Kusakabe"),
    ("武者小路", "ムシャノコウジ", "Mushanokoji"),
    ("大豆生田", "オオマメウダ", "Omameuda"),
    ("鬼頭", "キトウ", "Kito"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("肝付", "キモツキ", "Kimotsuki"),
    ("足立", "アダチ", "Adachi"),
    ("首藤", "シュドウ", "Shudo"),
    ("目黒", "メグロ", "Meguro"),
    ("手塚", "テヅカ", "Tezuka"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("川崎", "カワサキ", "Kawasaki"),
    ("高安", "タカヤス", "Takayasu"),
    ("蛭子", "エビス", "Ebisu"),
    ("服部", "ハットリ", "Hattori"),
    ("雲母", "キララ", "Kirara"),
    ("神", "ジン", "Jin"),
    ("春夏秋冬", "ヒトトセ", "Hitotose"),
    ("栗林", "クリバヤシ", "Kuribayashi"),
    ("今", "コン", "Kon"),
    ("心", "シン", "Shin"),
]

GIVEN: list[Triple] = [
    ("トメ", "トメ", "Tome"),
    ("ハル", "ハル", "Haru"),
    ("キヨ", "キヨ", "Kiyo"),
    ("ウメ", "ウメ", "Ume"),
    ("ツル", "ツル", "Tsuru"),
    ("シヅ", "シヅ", "Shizu"),
    ("フサ", "フサ", "Fusa"),
    ("マツヱ", "マツエ", "Matsue"),
    ("さくら", "サクラ", "Sakura"),
    ("ひかり", "ヒカリ", "Hikari"),
    ("あおい", "アオイ", "Aoi"),
    ("ゆい", "ユイ", "Yui"),
    ("陽翔", "ハルト", "Haruto"),
    ("結愛", "ユア", "Yua"),
    ("碧", "アオイ", "Aoi"),
    ("蓮", "レン", "Ren"),
    ("湊", "ミナト", "Minato"),
    ("陽葵", "ヒマリ", "Himari"),
    ("凛", "リン", "Rin"),
    ("芽依", "メイ", "Mei"),
    ("蒼", "ソウ", "So"),
    ("樹", "イツキ", "Itsuki"),
    ("大和", "ヤマト", "Yamato"),
    ("心愛", "ココア", "Kokoa"),
    ("胡桃", "クルミ", "Kurumi"),
    ("一", "ハジメ", "Hajime"),
    ("正", "タダシ", "Tadashi"),
    ("勇", "イサム", "Isamu"),
    ("茂", "シゲル", "Shigeru"),
    ("實", "ミノル", "Minoru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("明", "アキラ", "Akira"),
    ("節子", "セツコ", "Setsuko"),
    ("千代", "チヨ", "Chiyo"),
    ("静", "シズカ", "Shizuka"),
    ("栄", "サカエ", "Sakae"),
    ("誠", "マコト", "Makoto"),
    ("希", "ノゾミ", "Nozomi"),
    ("優", "ユウ", "Yu"),
    ("光", "ヒカル", "Hikaru"),
    ("和子", "カズコ", "Kazuko"),
    ("源次郎", "ゲンジロウ", "Genjiro"),
]

# Foreign names: (display variants, nationality label)
FOREIGN: list[tuple[list[str], str]] = [
    (["グエン・ヴァン・アン", "NGUYEN VAN AN", "Nguyen Van An"], "ベトナム"),
    (["チャン・ティ・ホア", "TRAN THI HOA", "チャン ティ ホア"], "ベトナム"),
    (["レ・ミン・ドゥック", "LE MINH DUC"], "ベトナム"),
    (["ファム・トゥイ・リン", "PHAM THUY LINH"], "ベトナム"),
    (["SANTOS Maria", "サントス・マリア", "Maria SANTOS"], "フィリピン"),
    (["DELA CRUZ Angelica", "デラクルス・アンジェリカ"], "フィリピン"),
    (["REYES Jose Miguel", "レイエス・ホセ"], "フィリピン"),
    (["王 偉", "王偉", "ワン・ウェイ", "WANG Wei"], "中国"),
    (["李 娜", "リー・ナー", "LI Na"], "中国"),
    (["陳 静", "チェン・ジン"], "中国"),
    (["劉 洋", "LIU Yang"], "中国"),
    (["金 民秀", "キム・ミンス", "KIM Minsu"], "韓国"),
    (["朴 智恩", "パク・チウン", "PARK Jieun"], "韓国"),
    (["崔 秀晶", "チェ・スジョン"], "韓国"),
    (["シュレスタ・ラム・バハドゥール", "SHRESTHA Ram Bahadur"], "ネパール"),
    (["GURUNG Bishnu", "グルン・ビシュヌ"], "ネパール"),
    (["シルバ・カルロス・エドゥアルド", "SILVA Carlos Eduardo"], "ブラジル"),
    (["オリヴェイラ・アナ・パウラ", "Ana Paula OLIVEIRA"], "ブラジル"),
    (["エミリー・ブラウン", "Emily BROWN", "E. Brown"], "英国"),
    (["John SMITH", "ジョン・スミス"], "米国"),
    (["バトバヤル・ガンゾリグ", "BATBAYAR Ganzorig"], "モンゴル"),
    (["SITI Rahmawati", "シティ・ラフマワティ"], "インドネシア"),
]

EMBASSY = {
    "ベトナム": "在日ベトナム社会主義共和国大使館",
    "フィリピン": "フィリピン共和国大使館",
    "中国": "中華人民共和国駐日本国大使館",
    "韓国": "駐日本国大韓民国大使館",
    "ネパール": "在日ネパール大使館",
    "ブラジル": "在東京ブラジル総領事館",
    "英国": "英国大使館",
    "米国": "在日米国大使館",
    "モンゴル": "在日モンゴル国大使館",
    "インドネシア": "在日インドネシア共和国大使館",
}

COUNTRY_CODE = {
    "ベトナム": ("+84", 9),
    "フィリピン": ("+63", 10),
    "中国": ("+86", 11),
    "韓国": ("+82", 10),
    "ネパール": ("+977", 10),
    "ブラジル": ("+55", 11),
    "英国": ("+44", 10),
    "米国": ("+1", 10),
    "モンゴル": ("+976", 8),
    "インドネシア": ("+62", 10),
}

PLACES = [
    "城南", "港北", "緑ヶ丘", "青葉台", "桜ヶ丘", "北総", "湘南", "千里", "多摩", "泉", "若葉", "東葛", "西湘",
    "三鷹", "府中", "厚木", "川越", "一宮", "豊橋", "白河", "大宮", "柏", "船橋", "八王子", "岸和田",
]  # fmt: skip


@dataclass
class Person:
    family: Triple
    given: Triple

    def full(self, rng: random.Random) -> str:
        return self.family[0] + rng.choice(["", "", " ", "　"]) + self.given[0]

    def fam(self) -> str:
        return self.family[0]

    def kana(self, rng: random.Random) -> str:
        s = self.family[1] + rng.choice([" ", "　", ""]) + self.given[1]
        return hira(s) if rng.random() < 0.35 else s

    def romaji(self, rng: random.Random) -> str:
        f, g = self.family[2], self.given[2]
        return rng.choice([f"{f.upper()} {g}", f"{g} {f}", f"{f.upper()} {g.upper()}", f"{g[0]}. {f}"])

    def initials(self, rng: random.Random) -> str:
        f, g = self.family[2][0], self.given[2][0]
        forms = [f"{g}.{f}.", f"{f}.{g}.", f"{f}{g}", f"{g}{f}"]
        # bare two-letter initials that spell a clinical abbreviation would be unfair: keep the dotted form
        forms = [x for x in forms if x not in _ABBREV] or forms[:2]
        return rng.choice(forms)

    def any(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.5:
            return self.full(rng)
        if r < 0.7:
            return self.fam()
        if r < 0.85:
            return self.kana(rng)
        return self.romaji(rng)


class Gen:
    """Per-corpus random sources and PHI value factories."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fk = Faker("ja_JP")
        self.fk.seed_instance(seed)

    # -- people ----------------------------------------------------------------------------------------------
    def person(self) -> Person:
        rng = self.rng
        if rng.random() < 0.5:
            fam = rng.choice(SURNAMES)
        else:
            a, b, c = self.fk.last_name_pair()
            fam = (str(a), str(b), str(c))
        if rng.random() < 0.5:
            giv = rng.choice(GIVEN)
        else:
            a, b, c = self.fk.first_name_pair()
            giv = (str(a), str(b), str(c))
        return Person(fam, giv)

    def foreign(self, nat: str | None = None) -> tuple[str, str]:
        pool = [f for f in FOREIGN if nat is None or f[1] == nat]
        names, got = self.rng.choice(pool)
        return self.rng.choice(names), got

    # -- dates -----------------------------------------------------------------------------------------------
    def day(self, lo: int = 2019, hi: int = 2025) -> date:
        start = date(lo, 1, 1)
        return start + timedelta(days=self.rng.randrange((date(hi, 12, 31) - start).days))

    def dstr(self, d: date, partial: bool = True) -> str:
        rng = self.rng
        y, m, dd = d.year, d.month, d.day
        if d >= date(2019, 5, 1):
            era, ey, letter = "令和", y - 2018, "R"
        elif d >= date(1989, 1, 8):
            era, ey, letter = "平成", y - 1988, "H"
        else:
            era, ey, letter = "昭和", y - 1925, "S"
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        forms = [
            f"{y}/{m}/{dd}",
            f"{y}年{m}月{dd}日",
            f"{y}-{m:02d}-{dd:02d}",
            f"{y}.{m:02d}.{dd:02d}",
            f"{era}{ey}年{m}月{dd}日",
            f"{era}{'元' if ey == 1 else kan(ey)}年{kan(m)}月{kan(dd)}日",
            f"{letter}{ey}.{m}.{dd}",
            f"{letter}{ey}/{m}/{dd}",
            f"{dd} {mon} {y}",
            f"{mon}{'' if mon == 'May' else '.'} {dd}, {y}",
            f"{y}{m:02d}{dd:02d}",
        ]
        if partial:
            forms += [f"{m}月{dd}日", f"{m}/{dd}", f"{m}/{dd}"]
        return mz(rng, rng.choice(forms), 0.25)

    def date(self, partial: bool = True) -> str:
        return self.dstr(self.day(), partial)

    def birth(self, old: bool = False) -> tuple[str, int]:
        age = self.age_n(old)
        d = date(2024, 6, 1) - timedelta(days=age * 365 + self.rng.randrange(360))
        return self.dstr(d, partial=False), age

    # -- ages ------------------------------------------------------------------------------------------------
    def age_n(self, old: bool = False) -> int:
        if old or self.rng.random() < 0.3:
            return self.rng.randint(90, 104)
        return self.rng.randint(18, 89)

    def age(self, n: int | None = None) -> str:
        rng = self.rng
        a = self.age_n() if n is None else n
        forms = [f"{a}歳", f"{a}歳", f"{a}才", f"{a}y", f"{a}yo", f"{a} y.o.", f"{kan(a)}歳", f"満{a}歳"]
        return mz(rng, rng.choice(forms), 0.3)

    # -- contact / address ------------------------------------------------------------------------------------
    def phone(self) -> str:
        rng = self.rng
        r = rng.random()
        d = "".join(str(rng.randrange(10)) for _ in range(8))
        if r < 0.35:
            s = f"0{rng.choice(['90', '80', '70'])}-{d[:4]}-{d[4:]}"
        elif r < 0.6:
            s = f"0{rng.choice(['3', '6'])}-{d[:4]}-{d[4:]}"
        elif r < 0.75:
            s = f"({rng.choice(['045', '048', '042', '052'])}){d[:3]}-{d[3:7]}"
        elif r < 0.85:
            s = f"0{rng.choice(['90', '80'])} {d[:4]} {d[4:]}"
        elif r < 0.93:
            s = f"0{rng.choice(['90', '80'])}{d}"
        else:
            s = f"0{rng.choice(['90', '80'])}‐{d[:4]}‐{d[4:]}"
        return mz(rng, s, 0.25)

    def foreign_phone(self, nat: str) -> str:
        cc, n = COUNTRY_CODE[nat]
        d = "".join(str(self.rng.randrange(10)) for _ in range(n))
        return self.rng.choice([f"{cc} {d[:3]} {d[3:6]} {d[6:]}", f"{cc}-{d[:2]}-{d[2:6]}-{d[6:]}", f"{cc}{d}"])

    def postal(self) -> str:
        d = "".join(str(self.rng.randrange(10)) for _ in range(7))
        return mz(self.rng, self.rng.choice([f"{d[:3]}-{d[3:]}", f"{d[:3]}-{d[3:]}", d]), 0.3)

    def address(self) -> str:
        rng, fk = self.rng, self.fk
        c, b, g = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
        blk = rng.choice([f"{c}-{b}-{g}", f"{c}丁目{b}番{g}号", f"{c}丁目{b}-{g}", f"{kan(c)}丁目{b}番地{g}"])
        s = f"{fk.prefecture()}{fk.city()}{fk.town()}{mz(rng, blk, 0.35)}"
        if rng.random() < 0.4:
            s += rng.choice([" ", "　", ""]) + f"{fk.building_name()}{mz(rng, str(rng.randint(101, 1205)), 0.3)}"
            s += rng.choice(["", "号室"])
        return s

    def email(self, p: Person | None = None) -> str:
        rng = self.rng
        if p is not None and rng.random() < 0.6:
            dom = rng.choice(["gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "icloud.com"])
            return f"{p.family[2].lower()}.{p.given[2].lower()}{rng.randint(1, 99)}@{dom}"
        return str(self.fk.email())

    # -- facilities / identifiers -----------------------------------------------------------------------------
    def facility(self, kind: str = "any") -> str:
        rng, fk = self.rng, self.fk
        pl = rng.choice(PLACES)
        sn = rng.choice(SURNAMES)[0]
        hosp = [
            f"{pl}中央病院",
            f"{pl}市立病院",
            f"医療法人社団{rng.choice(['康生', '清和', '光仁', '桜樹'])}会 {pl}病院",
            f"{pl}総合医療センター",
            f"{sn}整形外科医院",
            f"{hira(rng.choice(SURNAMES)[1])}内科クリニック",
            f"{pl}駅前クリニック",
        ]
        care = [
            f"特別養護老人ホーム{rng.choice(['さくらの里', 'ひだまり', '松風園', '寿楽荘'])}",
            f"介護老人保健施設 {pl}の杜",
            f"グループホーム{rng.choice(['なごみ', 'たんぽぽ', 'ひまわり'])}{pl}",
            f"訪問看護ステーション{rng.choice(['あおば', 'こころ', 'すずらん'])}",
        ]
        other = [f"{rng.choice(['あおば', 'さくら', 'ひので'])}薬局 {pl}店", str(fk.company()), f"{pl}第二小学校"]
        if kind == "hosp":
            return rng.choice(hosp)
        if kind == "care":
            return rng.choice(care)
        if kind == "company":
            return str(fk.company())
        return rng.choice(hosp + care + other)

    def ward(self) -> str:
        rng = self.rng
        f = rng.randint(3, 11)
        d = rng.choice(["東", "西", "南", "北"])
        return mz(rng, rng.choice([f"{f}階{d}病棟", f"{f}{d}病棟", f"{f}{d}", f"{kan(f)}階{d}病棟"]), 0.3)

    def room(self) -> str:
        rng = self.rng
        return mz(rng, f"{rng.randint(3, 11)}{rng.randint(1, 30):02d}号室", 0.3)

    def pid(self) -> str:
        rng = self.rng
        d = "".join(str(rng.randrange(10)) for _ in range(10))
        return mz(rng, rng.choice([d, d[2:], f"{d[:2]}-{d[2:5]}-{d[5:8]}", f"P{d[3:]}", f"{d[:4]}-{d[4:]}"]), 0.3)

    def acc(self) -> str:
        rng = self.rng
        d = self.day()
        return rng.choice(
            [
                f"{rng.choice(['CT', 'MR', 'NM', 'XA', 'PT'])}{d:%y%m%d}{rng.randint(1, 999):03d}",
                f"ACC-{d.year}-{rng.randint(1, 999999):06d}",
                f"{d:%y}-S-{rng.randint(1, 99999):05d}",
                f"RI{rng.randint(100000, 999999)}",
            ]
        )

    def subject(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(101, 140)}-{rng.randint(1, 99):04d}",
                f"JP{rng.randint(10, 99)}-{rng.randint(1, 999):03d}",
                f"S{rng.randint(1000, 9999)}",
            ]
        )

    def my_number(self) -> str:
        d = "".join(str(self.rng.randrange(10)) for _ in range(12))
        return self.rng.choice([d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}"])

    def insurer(self) -> str:
        d = "".join(str(self.rng.randrange(10)) for _ in range(8))
        return mz(self.rng, self.rng.choice([d, d[2:]]), 0.3)


# ---------------------------------------------------------------------------------------------------------------
# PHI-free clinical material (used inside PHI documents and in the clean documents)

CLEAN_SENTENCES = [
    "右肺S6に18mm大の分葉状結節、cT1cN0M0 stage IA3相当。",
    "#7および#4Rリンパ節の短径はいずれも8mm未満。",
    "L4/5椎間板の後方突出によりL5神経根の圧排あり。",
    "肝S8/S4境界に早期濃染とwashoutを示す結節（LI-RADS 5）。",
    "Murphy sign陽性、胆嚢壁肥厚4mm、胆泥あり。",
    "長谷川式 18/30、MMSE 21/30で中等度認知機能低下。",
    "橋本病にてチラーヂンS 50μg内服中。",
    "既往：川崎病（幼少時）、冠動脈瘤なし。",
    "NRS 3/10、レスキュー使用なし。",
    "BP 132/78 mmHg、HR 72/min、SpO2 97%（RA）。",
    "Hb 9.8 g/dL、Plt 15.2万/μL、Cr 1.12 mg/dL、eGFR 48。",
    "ICD-10：C34.1、I63.9。",
    "Child-Pugh B（8点）、ALBI grade 2。",
    "Gleason score 4+3=7、PSA 12.4 ng/mL。",
    "BI-RADS category 4、右C領域に不整形腫瘤。",
    "EF 55%、壁運動異常なし、E/e' 12。",
    "JCS I-1、GCS E4V5M6。",
    "Parkinson病、Hoehn-Yahr III度。",
    "NYHA II度、BNP 245 pg/mL。",
    "腹部大動脈径 32mm、Stanford B型解離の偽腔開存。",
    "術後3日目よりドレーン排液は漿液性。",
    "抗凝固薬は検査前3日間休薬。",
    "Th12圧迫骨折、椎体高の減高約1/3。",
    "C5/6レベルで脊柱管狭窄、T2WIで髄内高信号なし。",
    "Seldinger法にて右大腿動脈を穿刺。",
    "Fontaine II度、ABI 右0.68／左0.92。",
    "放射線科・呼吸器内科・呼吸器外科合同カンファレンスで検討予定。",
    "Basedow病の既往あり、ヨード造影剤はリスク評価の上で使用。",
    "Crohn病、小腸の壁肥厚とcomb sign。",
    "Barthel Index 60/100、FIM 82/126。",
    "ASA-PS 2、Mallampati 2。",
    "Brinkman指数 600、禁煙10年。",
    "血糖 98 mg/dL、HbA1c 6.4%。",
    "腎機能低下のため造影剤は半量（1mL/kg）とする。",
    "Forrest IIa、クリップ3本で止血。",
    "肺動脈 #2 分岐部に造影欠損なし。",
    "1回2錠1日3回毎食後、7日分。",
    "PaO2/FiO2比 280。",
    "ステロイド前投薬：プレドニゾロン 30mg を13時間前・7時間前・1時間前。",
    "Alzheimer型認知症、ドネペジル5mg内服。",
]


def clean(g: Gen, k: int = 1) -> str:
    return "".join(g.rng.sample(CLEAN_SENTENCES, k))


def sep(g: Gen) -> str:
    return g.rng.choice(["：", ":", "　", ": ", "／", " "])


def nl(g: Gen) -> str:
    return g.rng.choice(["\n", "\n", "\r\n", "\n\n"])


Builder = Callable[[Gen, Doc], None]


# ---------------------------------------------------------------------------------------------------------------
# style 1: 読影依頼書


def s1_order(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt, dr, other = g.person(), g.person(), g.person()
    if rng.random() < 0.5:
        doc.t(rng.choice(["【読影依頼書】", "■画像診断依頼票", "〔CT検査依頼〕"]) + nl(g))
        doc.t("依頼日" + sep(g)).p(g.date(), "DATE").t("　検査予定日" + sep(g)).p(g.date(), "DATE")
        doc.t(rng.choice([" 10:30", "（午前）", ""]) + nl(g))
        doc.t("患者ID" + sep(g)).p(g.pid(), "ID").t("　氏名" + sep(g)).p(pt.full(rng), "PERSON")
        if rng.random() < 0.5:
            doc.t("（").p(pt.kana(rng), "PERSON").t("）")
        bd, age = g.birth()
        doc.t(rng.choice([" 様 ", "様　", " "])).p(g.age(age), "AGE").t(rng.choice([" 男", " 女", "/M", "/F"]) + nl(g))
        if rng.random() < 0.6:
            doc.t("生年月日" + sep(g)).p(bd, "DATE").t(nl(g))
        doc.t(rng.choice(["依頼科", "依頼部署"]) + sep(g) + rng.choice(["呼吸器内科", "消化器外科", "整形外科"]))
        doc.t("　依頼医" + sep(g)).p(dr.full(rng), "PERSON").t(nl(g))
        doc.t("臨床診断" + sep(g) + rng.choice(["右上葉肺腺癌 cT2aN1M0", "膵頭部腫瘤疑い", "腰部脊柱管狭窄症"]) + nl(g))
        doc.t("検査目的" + sep(g) + rng.choice(["術前評価", "転移検索", "治療効果判定"]) + nl(g))
        doc.t("コメント" + sep(g) + clean(g))
        if rng.random() < 0.6:
            doc.p(other.fam(), "PERSON").t(rng.choice(["先生より", "Drから", "医師より"]))
            doc.t("腎機能についてご連絡あり。")
        doc.t(nl(g))
    else:
        fac = g.facility("hosp")
        doc.t(rng.choice(["MRI依頼", "MRI オーダ", "造影MRI"]) + " / " + rng.choice(["腰椎", "肝臓", "頭部"]))
        doc.t(" / " + rng.choice(["L4/5 ヘルニア疑い", "S6 HCC f/u", "脳梗塞急性期除外"]) + " / 依頼 ")
        doc.t(rng.choice(["整形外科 Dr.", "消化器内科 Dr. ", "脳神経内科 "])).p(dr.fam(), "PERSON")
        doc.t(" / 予定 ").p(g.date(), "DATE").t(" 14:00 / 患者 ").p(pt.any(rng), "PERSON").t(" ")
        doc.p(g.age(), "AGE").t(" / 前医" + sep(g)).p(fac, "FACILITY").t("にて").p(g.date(), "DATE")
        doc.t("撮影のCDあり / 連絡先 ").p(g.phone(), "PHONE_NUMBER")
        doc.t(rng.choice(["（妻 ", "（長女 ", "(キーパーソン: "])).p(other.full(rng), "PERSON").t("）" + nl(g))
        doc.t("※" + clean(g) + nl(g))
        doc.t("体内金属" + sep(g) + rng.choice(["なし", "ペースメーカーなし、人工関節なし"]))
        doc.t(" 確認 ").p(g.person().fam(), "PERSON").t(nl(g))


# style 2: IVR


def s2_ivr(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person()
    doc.t(rng.choice(["血管造影・IVR記録", "【IVR実施記録】", "Angiography record"]) + nl(g))
    doc.t("実施日 ").p(g.date(partial=False), "DATE").t("  開始 9:12 終了 10:47" + nl(g))
    doc.t("患者: ").p(pt.full(rng), "PERSON").t(" (").p(g.pid(), "ID").t(") ").p(g.age(), "AGE").t(nl(g))
    doc.t("術者" + sep(g)).p(g.person().full(rng), "PERSON").t("  助手" + sep(g)).p(g.person().full(rng), "PERSON")
    if rng.random() < 0.6:
        doc.t(rng.choice(["、", "・", "/"])).p(g.person().fam(), "PERSON")
    doc.t(nl(g) + "介助看護師 ").p(g.person().full(rng), "PERSON")
    doc.t(rng.choice(["／外回り ", " 外回り: "])).p(g.person().fam(), "PERSON").t(nl(g))
    doc.t("放射線技師　").p(g.person().full(rng), "PERSON").t(nl(g))
    doc.t("手技" + sep(g) + rng.choice(["TACE（S6 区域）", "BRTO", "PTA（SFA）", "CVポート留置"]))
    doc.t("  穿刺部位" + sep(g) + rng.choice(["右大腿動脈 4Fr シース", "右橈骨動脈 5Fr", "左上腕静脈"]) + nl(g))
    doc.t(f"造影剤 イオパミドール370 {rng.randint(30, 150)}mL、透視時間 {rng.randint(5, 60)}.{rng.randint(0, 9)} min、")
    doc.t(f"AK {rng.randint(200, 3000):,} mGy、DAP {rng.randint(20, 300)}.{rng.randint(0, 9)} Gy·cm²" + nl(g))
    doc.t("ヘパリン 3000単位。" + clean(g) + nl(g))
    doc.t("止血確認 ").p(g.person().initials(rng), "PERSON").t("  記録 ").p(g.person().full(rng), "PERSON")
    doc.t(nl(g))


# style 3: NM / PET


def s3_nm(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person()
    pet = rng.random() < 0.6
    doc.t(("PET-CT 報告書　" if pet else "骨シンチグラフィ 報告書 ") + "Acc ").p(g.acc(), "ID").t(nl(g))
    doc.p(pt.full(rng), "PERSON").t(rng.choice([" 様　", "　殿 ", " "])).p(g.age(), "AGE")
    doc.t("　検査日 ").p(g.date(), "DATE").t(nl(g))
    if pet:
        doc.t(f"18F-FDG {rng.randint(150, 260)} MBq 静注、60分後撮像。血糖 {rng.randint(80, 140)} mg/dL。" + nl(g))
        doc.t(f"所見：右肺S6の結節にSUVmax {rng.randint(3, 15)}.{rng.randint(0, 9)}（前回 ")
        doc.p(g.date(), "DATE").t(f": {rng.randint(2, 9)}.{rng.randint(0, 9)}）。")
        doc.t(f"#4R, #7 リンパ節に集積（SUVmax {rng.randint(2, 5)}.{rng.randint(0, 9)}）。" + nl(g))
    else:
        doc.t(f"99mTc-HMDP {rng.choice([555, 740])}MBq、3時間後撮像。BSI {rng.randint(0, 3)}.{rng.randint(0, 9)}%。")
        doc.t(nl(g) + "Th8, L2, 右腸骨に集積亢進。前回（").p(g.date(), "DATE").t("）と比較し増加。" + nl(g))
    doc.t(clean(g) + nl(g))
    doc.t(rng.choice(["読影医 ", "報告医：", "Reported by "])).p(g.person().any(rng), "PERSON")
    doc.t(rng.choice([" / 確認 ", "　承認：", " ／ "])).p(g.person().full(rng), "PERSON").t(nl(g))


# style 4: dialysis / transfusion / anaesthesia time series


def s4_series(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person()
    kind = rng.randrange(3)
    staff = [g.person() for _ in range(3)]
    if kind == 0:
        doc.t("透析記録 ").p(g.date(), "DATE").t("　").p(pt.full(rng), "PERSON").t("（ID ").p(g.pid(), "ID")
        doc.t(f"）DW {rng.randint(40, 80)}.{rng.randint(0, 9)}kg" + nl(g))
        doc.t("時刻\tBP\tP\tQB\tUFR\t担当" + nl(g))
        for h in range(9, 13):
            doc.t(f"{h}:00\t{rng.randint(100, 170)}/{rng.randint(50, 95)}\t{rng.randint(55, 100)}\t200\t0.6\t")
            doc.p(rng.choice(staff).initials(rng), "PERSON").t(nl(g))
        doc.t("穿刺 ").p(staff[0].fam(), "PERSON").t("　返血 ").p(staff[1].fam(), "PERSON")
        doc.t("　確認 ").p(staff[2].full(rng), "PERSON").t(nl(g))
    elif kind == 1:
        doc.t("輸血実施記録　患者 ").p(pt.full(rng), "PERSON").t(" 血液型 A(+)  実施日 ").p(g.date(), "DATE")
        doc.t(nl(g) + "製剤 Ir-RBC-LR-2 2単位  開始 13:05" + nl(g))
        doc.t("ダブルチェック：").p(staff[0].full(rng), "PERSON").t(rng.choice(["・", "、", " / "]))
        doc.p(staff[1].full(rng), "PERSON").t(nl(g))
        doc.t("13:05  開始  T36.8  BP 118/66  P 82" + nl(g))
        doc.t("13:20  副作用なし  T36.9  BP 120/70" + nl(g))
        doc.t("14:35  終了  T37.0  BP 124/72  " + rng.choice(["記録 ", "sign "])).p(staff[2].initials(rng), "PERSON")
        doc.t(nl(g) + "医師確認 ").p(g.person().fam(), "PERSON").t(nl(g))
    else:
        doc.t("麻酔記録 ").p(g.date(partial=False), "DATE").t("  患者 ").p(pt.any(rng), "PERSON").t(" ")
        doc.p(g.age(), "AGE").t(nl(g))
        doc.t("麻酔科医 ").p(staff[0].full(rng), "PERSON").t("（指導 ").p(staff[1].fam(), "PERSON").t("）" + nl(g))
        doc.t("10:02  入室      BP 134/80  HR 68  SpO2 98%" + nl(g))
        doc.t("10:10  プロポフォール 100mg  ロクロニウム 50mg  レミフェンタニル 0.2γ" + nl(g))
        doc.t("10:14  挿管 7.5Fr 21cm  Cormack 1" + nl(g))
        doc.t("10:30  セボフルラン 1.5%  BP 108/62  HR 60" + nl(g))
        doc.t("ASA-PS 2、出血 少量、尿量 320mL。記録者 ").p(staff[2].full(rng), "PERSON").t(nl(g))


# style 5: SAE report


def s5_sae(g: Gen, doc: Doc) -> None:
    rng = g.rng
    crc = g.person()
    doc.t(f"重篤な有害事象に関する報告書（第{rng.randint(1, 3)}報）" + nl(g))
    doc.t(f"治験実施計画書番号: KX-{rng.randint(1000, 9999)}-301" + nl(g))
    doc.t("実施医療機関: ").p(g.facility("hosp"), "FACILITY").t(nl(g))
    doc.t("被験者番号: ").p(g.subject(), "ID").t("  イニシャル: ").p(g.person().initials(rng), "PERSON")
    doc.t("  年齢: ").p(g.age(), "AGE").t(rng.choice(["  性別: 男", "  性別: 女"]) + nl(g))
    doc.t("治験責任医師: ").p(g.person().full(rng), "PERSON").t("　治験分担医師: ").p(g.person().full(rng), "PERSON")
    doc.t(nl(g) + "CRC: ").p(crc.full(rng), "PERSON").t("（連絡先 ").p(g.phone(), "PHONE_NUMBER").t(", ")
    doc.p(g.email(crc), "EMAIL_ADDRESS").t("）" + nl(g))
    doc.t(
        "事象名: " + rng.choice(["間質性肺炎 (CTCAE v5.0 Grade 3)", "発熱性好中球減少症 Grade 4", "肝機能障害 Grade 3"])
    )
    doc.t(nl(g) + "発現日: ").p(g.date(partial=False), "DATE").t("　重篤と判断した日: ").p(g.date(), "DATE")
    doc.t(nl(g) + "処置: 治験薬休薬、" + clean(g) + nl(g))
    doc.t("転帰: " + rng.choice(["軽快", "回復", "未回復"]) + "（").p(g.date(), "DATE").t("）" + nl(g))
    doc.t("報告者署名 ").p(g.person().full(rng), "PERSON").t("  報告日 ").p(g.date(partial=False), "DATE").t(nl(g))


# style 6: transport / bed management shorthand


def s6_transport(g: Gen, doc: Doc) -> None:
    rng = g.rng
    if rng.random() < 0.3:
        doc.t(rng.choice(["搬送記録", "■ベッドコントロール", "移送ログ"]) + nl(g))
    for _ in range(rng.randint(3, 5)):
        r = rng.randrange(5)
        doc.p(g.date(), "DATE").t(f" {rng.randint(7, 20)}:{rng.choice(['00', '15', '30', '45'])} ")
        if r == 0:
            doc.p(g.person().fam(), "PERSON").t("Ns→放射線科 CT 搬送 ").p(g.person().fam(), "PERSON").t("PT同行")
        elif r == 1:
            doc.p(g.ward(), "FACILITY").t(" ").p(g.room(), "FACILITY").t(" ").p(g.person().full(rng), "PERSON")
            doc.t(" ストレッチャーでMRI室へ、酸素2L")
        elif r == 2:
            doc.t("空床 ").p(g.ward(), "FACILITY").t(" → ").p(g.person().full(rng), "PERSON").t(" 入院予定（")
            doc.p(g.facility("hosp"), "FACILITY").t("より転院）担当 ").p(g.person().fam(), "PERSON")
        elif r == 3:
            doc.t("救急外来→").p(g.ward(), "FACILITY").t(" 車椅子 ").p(g.person().any(rng), "PERSON")
            doc.t(f" {rng.choice(['', '独歩不可 ', 'ルート2本 '])}受け ").p(g.person().fam(), "PERSON")
        else:
            doc.t("RI検査室より帰棟 ").p(g.person().full(rng), "PERSON").t(" 被ばく注意札あり、24時間蓄尿")
        doc.t(nl(g))
    if rng.random() < 0.5:
        doc.t(clean(g) + nl(g))


# style 7: transcribed hand-written notes


def s7_notes(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person()
    doc.t(rng.choice(["Pt入室時 BT37.8。", "朝回診：", "夜間ｲﾍﾞﾝﾄなし。"]))
    doc.p(g.person().fam(), "PERSON").t(rng.choice(["と相談しabx継続。", "に報告済。", "がCVチェック。"]) + nl(g))
    doc.t(rng.choice(["家族（長男 ", "家族(妻 ", "KP（次女 "])).p(g.person().full(rng), "PERSON").t("）へIC済、同席 ")
    doc.p(g.person().fam(), "PERSON").t(rng.choice(["・", "、", "/"])).p(g.person().fam(), "PERSON").t(nl(g))
    doc.t("f/u CT ").p(g.date(), "DATE").t("予定 （").p(g.person().full(rng), "PERSON").t("）" + nl(g))
    doc.t(clean(g, 2) + nl(g))
    doc.t(rng.choice(["立会者：", "連絡者 ", "確認 ", "聴取者＝"])).p(g.person().any(rng), "PERSON")
    doc.t(rng.choice(["、", "／", " "]) + rng.choice(["本人 ", "pt "])).p(pt.kana(rng), "PERSON")
    doc.t(rng.choice(["より同意得る。", " 同意OK"]) + nl(g))
    doc.t("担当：").p(g.person().full(rng), "PERSON").t("、").p(g.person().full(rng), "PERSON").t("、")
    doc.p(g.person().romaji(rng), "PERSON").t(nl(g))
    doc.t(rng.choice(["明日の内視鏡は", "抜糸は"])).p(g.person().fam(), "PERSON").t("が担当 ")
    doc.p(g.person().initials(rng), "PERSON").t(nl(g))


# style 8: foreign patients / interpreters


def s8_foreign(g: Gen, doc: Doc) -> None:
    rng = g.rng
    name, nat = g.foreign()
    interp = g.person() if rng.random() < 0.5 else None
    doc.t(rng.choice(["外国人患者対応記録", "【通訳同席記録】", "医療通訳依頼"]) + nl(g))
    bd, age = g.birth()
    doc.t("患者" + sep(g)).p(name, "PERSON").t(f"（{nat}国籍） ").p(g.age(age), "AGE")
    doc.t("  生年月日 ").p(bd, "DATE").t(nl(g))
    doc.t("通訳" + sep(g))
    if interp is not None:
        doc.p(interp.full(rng), "PERSON")
    else:
        doc.p(g.foreign()[0], "PERSON")
    doc.t("（").p(f"{rng.choice(PLACES)}国際交流協会", "FACILITY").t("） ").p(g.phone(), "PHONE_NUMBER").t(nl(g))
    doc.t("勤務先" + sep(g)).p(g.facility("company"), "FACILITY").t("（担当 ").p(g.person().fam(), "PERSON")
    doc.t("氏）" + nl(g))
    doc.t("本国の家族: ").p(g.foreign(nat)[0], "PERSON").t(" ").p(g.foreign_phone(nat), "PHONE_NUMBER").t(nl(g))
    if rng.random() < 0.6:
        doc.t("緊急連絡先: ").p(EMBASSY[nat], "FACILITY").t(" 領事部" + nl(g))
    if rng.random() < 0.5:
        doc.t("住所: 〒").p(g.postal(), "POSTAL_CODE").t(" ").p(g.address(), "ADDRESS").t(nl(g))
    doc.t("説明内容：造影CTの目的と副作用（" + rng.choice(["ヨード", "ガドリニウム"]) + "）。" + clean(g) + nl(g))
    doc.t("説明医 ").p(g.person().full(rng), "PERSON").t(nl(g))


# extra fields sprinkled into some PHI documents (insurance, MY_NUMBER, URL, address)


def extras(g: Gen, doc: Doc) -> None:
    rng = g.rng
    r = rng.random()
    if r < 0.25:
        doc.t("保険者番号 ").p(g.insurer(), "INSURANCE_NUMBER").t("　記号 ")
        doc.p(mz(rng, str(rng.randint(1, 9999))), "INSURANCE_NUMBER").t("・番号 ")
        doc.p(mz(rng, str(rng.randint(1, 99999))), "INSURANCE_NUMBER").t(nl(g))
    elif r < 0.4:
        doc.t("個人番号（").p(g.my_number(), "MY_NUMBER").t("）は写し確認済" + nl(g))
    elif r < 0.55:
        host = rng.choice(["pacs-share.example.jp", "img.sample-hp.or.jp", "www.example-clinic.jp"])
        doc.t("画像共有: ").p(f"https://{host}/s/{rng.randint(10**7, 10**8)}", "URL")
        doc.t(nl(g))
    elif r < 0.8:
        doc.t(rng.choice(["現住所 〒", "住所：〒", "送付先 〒"])).p(g.postal(), "POSTAL_CODE").t(
            rng.choice([" ", "　", ""])
        ).p(g.address(), "ADDRESS").t(nl(g))


STYLES: list[Builder] = [s1_order, s2_ivr, s3_nm, s4_series, s5_sae, s6_transport, s7_notes, s8_foreign]


# ---------------------------------------------------------------------------------------------------------------
# PHI-free documents


def clean_doc(g: Gen, doc: Doc, i: int) -> None:
    rng = g.rng
    k = i % 6
    if k == 0:
        doc.t("【撮像プロトコル】胸部〜骨盤部 造影CT" + nl(g))
        doc.t("イオパミドール370 100mL（体重50kg未満は600mgI/kg）、3mL/s、後期相 90秒。" + nl(g))
        doc.t("再構成：1.25mm / 5mm、肺野条件 WW1500/WL-600。" + nl(g))
        doc.t(clean(g, 3) + nl(g))
    elif k == 1:
        doc.t("時刻\tBP\tHR\tSpO2\t備考" + nl(g))
        for h in range(9, 12):
            doc.t(
                f"{h}:{rng.choice(['00', '30'])}\t{rng.randint(100, 160)}/{rng.randint(50, 90)}\t{rng.randint(55, 95)}"
            )
            note = rng.choice(["体動なし", "NRS 2/10", "除水 0.5L/h", "ヘパリン 500単位/h"])
            doc.t(f"\t{rng.randint(94, 100)}%\t{note}")
            doc.t(nl(g))
        doc.t(clean(g, 2) + nl(g))
    elif k == 2:
        doc.t("所見：" + clean(g, 3) + nl(g))
        doc.t("診断：右下葉肺癌 cT2aN0M0 stage IB 疑い、#7 リンパ節腫大なし。" + nl(g))
        doc.t(f"FDG-PET：原発巣 SUVmax {rng.randint(4, 12)}.{rng.randint(0, 9)}、遠隔転移を示唆する集積なし。" + nl(g))
        doc.t("推奨：呼吸器外科へ紹介、気管支鏡検査を検討。" + nl(g))
    elif k == 3:
        doc.t("IVR前チェックリスト" + nl(g))
        doc.t("・同意書 □済　・絶食 □6時間　・抗血小板薬 □休薬（アスピリン100mg 7日間）" + nl(g))
        doc.t("・Allen test 陰性、穿刺予定 右橈骨動脈 6Fr" + nl(g))
        doc.t("・Cr 0.92 mg/dL、PT-INR 1.08、APTT 31.2秒" + nl(g))
        doc.t(clean(g, 2) + nl(g))
    elif k == 4:
        doc.t("申し送り：" + clean(g, 2) + nl(g))
        doc.t("神経内科コンサルト済、長谷川式 22/30。Wernicke脳症否定目的にビタミンB1 100mg投与。" + nl(g))
        doc.t("POD 5、術後3日間の発熱は解熱。L4/5 PLIF 後、下肢MMT 4/5。" + nl(g))
        doc.t(clean(g) + nl(g))
    else:
        doc.t("紹介状返書（要旨）" + nl(g))
        doc.t("近医よりの御紹介ありがとうございました。当院放射線科にてMRCPを施行し、" + nl(g))
        doc.t("総胆管に8mm大の結石を認めました。前医での採血ではT-Bil 2.4 mg/dL、ALP 412 U/L。" + nl(g))
        doc.t("Charcot三徴は不完全、Tokyo Guidelines 2018 軽症。消化器内科でERCP予定です。" + nl(g))
        doc.t(clean(g) + nl(g))


# ---------------------------------------------------------------------------------------------------------------


def generate_n(n_phi: int = 80, n_clean: int = 20, seed: int = 5150) -> list[dict[str, Any]]:
    g = Gen(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        doc = Doc(f"hn5-phi-{i:04d}")
        STYLES[i % len(STYLES)](g, doc)
        if g.rng.random() < 0.5:
            extras(g, doc)
        docs.append(doc.out())
    for i in range(n_clean):
        doc = Doc(f"hn5-clean-{i:04d}")
        clean_doc(g, doc, i)
        docs.append(doc.out())
    return docs
