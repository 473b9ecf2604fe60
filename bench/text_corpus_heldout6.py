# ruff: noqa: E501  (long literal clinical / machine-format strings)
"""Blind held-out Japanese text corpus, family O.

Documents that arrive from outside the hospital or leave it, plus machine
formats: community-pharmacy tracing reports, home-visit nursing reports and
care-manager letters, replies to inquiries (insurers, lawyers, police),
school / kindergarten health forms, HL7 v2 and FHIR JSON, CSV / TSV / XML
exports, SMS / LINE-style chat, and IRB / consent-withdrawal documents.

Written without reading the scrubber, its rules or its dictionaries.

Labelling conventions (see the brief):
- PERSON spans cover the name only; honorifics and titles stay outside.
  In HL7 / FHIR / XML / CSV the family and given components are separate
  spans when they are separate fields (``ヤマダ^タロウ`` -> two spans).
- DATE spans cover the whole date (or date-time token in machine formats).
- AGE spans cover the digits only (``92`` in ``92歳``).
- POSTAL_CODE spans cover the digits (and hyphen); 〒 stays outside.
- Department names, generic references (当院, 近医), class names
  (``2年3組``, ``ひまわり組``) are not labelled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# --------------------------------------------------------------------------
# name pools (hand-written, in addition to Faker ja_JP)
# --------------------------------------------------------------------------

SURNAMES: list[tuple[str, str, str]] = [
    ("御手洗", "ミタライ", "Mitarai"),
    ("我孫子", "アビコ", "Abiko"),
    ("釘宮", "クギミヤ", "Kugimiya"),
    ("一ノ瀬", "イチノセ", "Ichinose"),
    ("忽那", "クツナ", "Kutsuna"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("川崎", "カワサキ", "Kawasaki"),
    ("菊池", "キクチ", "Kikuchi"),
    ("月見里", "ヤマナシ", "Yamanashi"),
    ("九十九", "ツクモ", "Tsukumo"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("大豆生田", "オオマメウダ", "Omameuda"),
    ("五百旗頭", "イオキベ", "Iokibe"),
    ("小比類巻", "コヒルイマキ", "Kohiruimaki"),
    ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"),
    ("宮城", "ミヤギ", "Miyagi"),
    ("喜屋武", "キャン", "Kyan"),
    ("仲宗根", "ナカソネ", "Nakasone"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("東", "アズマ", "Azuma"),
    ("関", "セキ", "Seki"),
    ("南", "ミナミ", "Minami"),
    ("千葉", "チバ", "Chiba"),
    ("秋田", "アキタ", "Akita"),
    ("福島", "フクシマ", "Fukushima"),
    ("春日", "カスガ", "Kasuga"),
    ("日野", "ヒノ", "Hino"),
    ("真田", "サナダ", "Sanada"),
    ("服部", "ハットリ", "Hattori"),
    ("蜂須賀", "ハチスカ", "Hachisuka"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("海老原", "エビハラ", "Ebihara"),
    ("猪俣", "イノマタ", "Inomata"),
    ("鬼塚", "オニヅカ", "Onizuka"),
    ("神", "ジン", "Jin"),
    ("相馬", "ソウマ", "Soma"),
    ("徳永", "トクナガ", "Tokunaga"),
    ("栗原", "クリハラ", "Kurihara"),
    ("安室", "アムロ", "Amuro"),
    ("西園寺", "サイオンジ", "Saionji"),
    ("渡邉", "ワタナベ", "Watanabe"),
    ("齋藤", "サイトウ", "Saito"),
]

GIVEN: list[tuple[str, str, str]] = [
    ("ウメ", "ウメ", "Ume"),
    ("トメ", "トメ", "Tome"),
    ("キヨ", "キヨ", "Kiyo"),
    ("タケ", "タケ", "Take"),
    ("ハル", "ハル", "Haru"),
    ("蒼", "アオイ", "Aoi"),
    ("陽葵", "ヒマリ", "Himari"),
    ("湊", "ミナト", "Minato"),
    ("蓮", "レン", "Ren"),
    ("結愛", "ユア", "Yua"),
    ("陽翔", "ハルト", "Haruto"),
    ("紬", "ツムギ", "Tsumugi"),
    ("凛", "リン", "Rin"),
    ("碧", "アオ", "Ao"),
    ("芽依", "メイ", "Mei"),
    ("悠真", "ユウマ", "Yuma"),
    ("心春", "コハル", "Koharu"),
    ("杏", "アン", "An"),
    ("樹", "イツキ", "Itsuki"),
    ("勘太郎", "カンタロウ", "Kantaro"),
    ("與四郎", "ヨシロウ", "Yoshiro"),
    ("徳治", "トクジ", "Tokuji"),
    ("千代子", "チヨコ", "Chiyoko"),
    ("美代", "ミヨ", "Miyo"),
    ("節子", "セツコ", "Setsuko"),
    ("正", "タダシ", "Tadashi"),
    ("誠", "マコト", "Makoto"),
    ("光", "ヒカル", "Hikaru"),
    ("希", "ノゾミ", "Nozomi"),
    ("春", "ハル", "Haru"),
    ("秋子", "アキコ", "Akiko"),
    ("優", "ユウ", "Yu"),
    ("翼", "ツバサ", "Tsubasa"),
    ("さくら", "サクラ", "Sakura"),
    ("ひなた", "ヒナタ", "Hinata"),
    ("みのり", "ミノリ", "Minori"),
    ("健", "ケン", "Ken"),
    ("茂", "シゲル", "Shigeru"),
]

CHILD_GIVEN: list[tuple[str, str, str]] = [
    g
    for g in GIVEN
    if g[2]
    in {
        "Aoi",
        "Himari",
        "Minato",
        "Ren",
        "Yua",
        "Haruto",
        "Tsumugi",
        "Rin",
        "Ao",
        "Mei",
        "Yuma",
        "Koharu",
        "An",
        "Itsuki",
        "Sakura",
        "Hinata",
        "Tsubasa",
    }
]

# (family, given, order) ; order: "cjk" family-first with space,
# "viet" family-first joined by ・, "west" given-first joined by ・
FOREIGN: list[tuple[tuple[str, str, str], tuple[str, str, str], str]] = [
    (("グエン", "グエン", "Nguyen"), ("ヴァン・ナム", "ヴァン・ナム", "Van Nam"), "viet"),
    (("チャン", "チャン", "Tran"), ("ティ・ラン", "ティ・ラン", "Thi Lan"), "viet"),
    (("王", "ワン", "Wang"), ("小明", "シャオミン", "Xiaoming"), "cjk"),
    (("李", "リ", "Li"), ("美玲", "メイリン", "Meiling"), "cjk"),
    (("張", "チャン", "Zhang"), ("偉", "ウェイ", "Wei"), "cjk"),
    (("金", "キム", "Kim"), ("敏俊", "ミンジュン", "Minjun"), "cjk"),
    (("朴", "パク", "Park"), ("智恩", "ジウン", "Jieun"), "cjk"),
    (("サントス", "サントス", "Santos"), ("マリア", "マリア", "Maria"), "west"),
    (("レイエス", "レイエス", "Reyes"), ("アナ", "アナ", "Ana"), "west"),
    (("ダ・シルバ", "ダ・シルバ", "da Silva"), ("ペドロ", "ペドロ", "Pedro"), "west"),
    (("スミス", "スミス", "Smith"), ("ジョン", "ジョン", "John"), "west"),
    (("タパ", "タパ", "Thapa"), ("ラム", "ラム", "Ram"), "west"),
    (("グルン", "グルン", "Gurung"), ("スジャン", "スジャン", "Sujan"), "west"),
]

PLACES = [
    "青葉台", "桜ヶ丘", "緑町", "若葉", "東雲", "港南", "北浦和", "西大寺",
    "南町田", "本郷", "城山", "川口", "豊田", "福生", "石神井", "八幡",
    "鶴見", "大宮", "松原", "朝霧", "千里", "泉", "柏葉", "清水台",
]  # fmt: skip

HIRA_FACILITY = ["ひまわり", "あおぞら", "すずらん", "さくら", "こもれび", "ひだまり", "つばさ", "かえで"]


def hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


_ZEN = str.maketrans("0123456789-/().:", "０１２３４５６７８９－／（）．：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


_KD = "〇一二三四五六七八九"


def kan(n: int) -> str:
    if n < 10:
        return _KD[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KD[t]) + "十" + ("" if o == 0 else _KD[o])


def era(d: date) -> tuple[str, str, int]:
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def fmt_date(d: date, style: str) -> str:
    e, el, y = era(d)
    ey = "元" if y == 1 else str(y)
    return {
        "slash": f"{d.year}/{d.month}/{d.day}",
        "slash0": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "kanji": f"{d.year}年{d.month}月{d.day}日",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month}.{d.day}",
        "era": f"{e}{ey}年{d.month}月{d.day}日",
        "era_kan": f"{e}{'元' if y == 1 else kan(y)}年{kan(d.month)}月{kan(d.day)}日",
        "era_letter": f"{el}{y}.{d.month}.{d.day}",
        "era_letter_slash": f"{el}{y}/{d.month:02d}/{d.day:02d}",
        "md": f"{d.month}月{d.day}日",
        "md_slash": f"{d.month}/{d.day}",
        "en": f"{MONTHS_LONG[d.month - 1]} {d.day}, {d.year}",
        "en_short": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "zen": zen(f"{d.year}年{d.month}月{d.day}日"),
        "zen_era": zen(f"{e}{ey}年{d.month}月{d.day}日"),
    }[style]


FULL_STYLES = [
    "slash",
    "slash0",
    "kanji",
    "iso",
    "dot",
    "era",
    "era_kan",
    "era_letter",
    "era_letter_slash",
    "zen",
    "zen_era",
]


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    fam: tuple[str, str, str]
    giv: tuple[str, str, str]
    order: str = "ja"  # ja | cjk | viet | west

    def kanji(self, sep: str = "") -> str:
        if self.order == "west":
            return self.giv[0] + "・" + self.fam[0]
        if self.order == "viet":
            return self.fam[0] + "・" + self.giv[0]
        if self.order == "cjk":
            return self.fam[0] + (sep or " ") + self.giv[0]
        return self.fam[0] + sep + self.giv[0]

    def kana(self, sep: str = " ") -> str:
        if self.order == "west":
            return self.giv[1] + "・" + self.fam[1]
        if self.order == "viet":
            return self.fam[1] + "・" + self.giv[1]
        return self.fam[1] + sep + self.giv[1]

    def hiragana(self, sep: str = " ") -> str:
        return hira(self.kana(sep))

    def romaji(self, rng: random.Random) -> str:
        f, g = self.fam[2], self.giv[2]
        if self.order == "west":
            return rng.choice([f"{g} {f}", f"{g} {f.upper()}", f"{f.upper()}, {g}"])
        return rng.choice([f"{g} {f}", f"{f.upper()} {g}", f"{f} {g}", f"{f.upper()} {g.upper()}", f"{g[0]}. {f}"])

    def initials(self, rng: random.Random) -> str:
        f, g = self.fam[2], self.giv[2]
        return rng.choice([f"{g[0]}.{f[0]}.", f"{f[0]}.{g[0]}.", f"{f[0]}{g[0]}"])

    def any(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.45:
            return self.kanji(rng.choice(["", " ", "　"]))
        if r < 0.65:
            return self.kana(rng.choice([" ", "　", ""]))
        if r < 0.75:
            return self.hiragana(rng.choice([" ", "　"]))
        if r < 0.92:
            return self.romaji(rng)
        return self.fam[0]


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fk = Faker("ja_JP")
        self.fk.seed_instance(seed)

    # ---------------- names ----------------
    def person(self, foreign_p: float = 0.12) -> Name:
        rng = self.rng
        if rng.random() < foreign_p:
            f, g, o = rng.choice(FOREIGN)
            return Name(f, g, o)
        fam = rng.choice(SURNAMES) if rng.random() < 0.45 else self.fk.last_name_pair()
        giv = rng.choice(GIVEN) if rng.random() < 0.4 else self.fk.first_name_pair()
        return Name(tuple(fam), tuple(giv))  # type: ignore[arg-type]

    def relative(self, of: Name) -> Name:
        """A family member sharing the surname (most of the time)."""
        if of.order != "ja":
            same = [f[1] for f in FOREIGN if f[2] == of.order and f[1] != of.giv]
            return Name(of.fam, self.rng.choice(same), of.order)
        if self.rng.random() < 0.2:
            return self.person(0.0)
        giv = self.rng.choice(GIVEN) if self.rng.random() < 0.4 else self.fk.first_name_pair()
        return Name(of.fam, tuple(giv))  # type: ignore[arg-type]

    def child(self) -> Name:
        fam = self.rng.choice(SURNAMES) if self.rng.random() < 0.5 else self.fk.last_name_pair()
        return Name(tuple(fam), self.rng.choice(CHILD_GIVEN))  # type: ignore[arg-type]

    # ---------------- dates ----------------
    def day(self, lo: int = 2019, hi: int = 2025) -> date:
        a = date(lo, 1, 1).toordinal()
        b = date(hi, 12, 28).toordinal()
        return date.fromordinal(self.rng.randint(a, b))

    def dob(self, age: int, ref: date) -> date:
        return ref - timedelta(days=age * 365 + self.rng.randint(10, 350))

    def age_old(self) -> int:
        return self.rng.choice([self.rng.randint(60, 89), self.rng.randint(90, 104), self.rng.randint(90, 99)])

    def dstyle(self) -> str:
        return self.rng.choice(FULL_STYLES)

    # ---------------- contact ----------------
    def phone(self, kind: str = "any") -> str:
        rng = self.rng
        k = kind if kind != "any" else rng.choice(["land", "mobile", "mobile", "land", "paren", "zen", "intl"])
        if k == "mobile":
            return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if k == "paren":
            return f"0{rng.randint(3, 99)}({rng.randint(100, 9999)}){rng.randint(1000, 9999)}"
        if k == "zen":
            return zen(f"0{rng.randint(40, 99)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
        if k == "intl":
            return f"+81-{rng.choice(['90', '80'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if k == "plain":
            return f"0{rng.choice(['3', '6', '52', '92'])}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}"
        return rng.choice(
            [
                f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}",
                f"0{rng.randint(42, 99)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                f"06-{rng.randint(6000, 6999)}-{rng.randint(1000, 9999)}",
            ]
        )

    def postal(self, zenkaku: bool = False, hyphen: bool = True) -> str:
        s = f"{self.rng.randint(100, 999)}{'-' if hyphen else ''}{self.rng.randint(0, 9999):04d}"
        return zen(s) if zenkaku else s

    def address(self) -> str:
        rng, fk = self.rng, self.fk
        r = rng.random()
        if r < 0.3:
            return fk.address()
        pref = fk.prefecture()
        city = fk.city()
        town = fk.town()
        if r < 0.55:
            tail = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        elif r < 0.7:
            tail = f"{kan(rng.randint(1, 9))}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        elif r < 0.85:
            tail = zen(f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番地{rng.randint(1, 9)}")
        else:
            tail = f"{rng.randint(100, 2999)}番地"
        bld = ""
        if rng.random() < 0.35:
            bld = (
                rng.choice([" ", "　", ""])
                + fk.building_name()
                + rng.choice(["ハイツ", "コーポ", "マンション", "レジデンス"])
                + f"{rng.randint(1, 12)}0{rng.randint(1, 9)}号室"
            )
        head = pref + city if rng.random() < 0.6 else city
        return head + town + tail + bld

    def email(self, n: Name | None = None) -> str:
        rng = self.rng
        dom = rng.choice(["gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "example.ne.jp", "i.softbank.jp"])
        if n is not None:
            f, g = n.fam[2].lower().replace(" ", ""), n.giv[2].lower().replace(" ", "")
            user = rng.choice([f"{g}.{f}", f"{f}{g[0]}", f"{g}_{f}{rng.randint(1, 99)}", f"{f}-{g}"])
        else:
            user = self.fk.user_name()
        return f"{user}@{dom}"

    def org_email(self, n: Name, domain: str) -> str:
        return f"{n.fam[2].lower().replace(' ', '')}.{n.giv[2][0].lower()}@{domain}"

    def mynumber(self) -> str:
        d = [self.rng.randint(0, 9) for _ in range(11)]
        s = 0
        for n in range(1, 12):
            p = d[11 - n]
            q = n + 1 if n <= 6 else n - 5
            s += p * q
        r = s % 11
        c = 0 if r <= 1 else 11 - r
        digits = "".join(map(str, d)) + str(c)
        return self.rng.choice(
            [digits, f"{digits[:4]} {digits[4:8]} {digits[8:]}", f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"]
        )

    def hokensha(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"06{rng.randint(130000, 479999)}",
                f"{rng.randint(130000, 479999)}",
                f"39{rng.randint(100000, 479999)}",
                f"01{rng.randint(130000, 479999)}",
            ]
        )

    def kigo(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                str(rng.randint(1, 999)),
                f"{rng.choice(['都建', '大建', '神', '愛'])}{rng.randint(1, 9999)}",
                zen(str(rng.randint(10, 99999))),
            ]
        )

    def bango(self) -> str:
        return str(self.rng.randint(1, 99999))

    def kaigo_no(self) -> str:
        return f"{self.rng.randint(0, 99999999):010d}"

    def pid(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(0, 99999999):08d}",
                f"{rng.randint(100000, 999999)}",
                f"K-{rng.randint(10000, 999999)}",
                f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            ]
        )

    # ---------------- facilities ----------------
    def place(self) -> str:
        return self.rng.choice(PLACES) if self.rng.random() < 0.6 else self.fk.town()

    def pharmacy(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.choice(HIRA_FACILITY)}薬局 {self.place()}店",
                f"{self.fk.last_name()}調剤薬局",
                f"{self.place()}ファーマシー",
                f"有限会社{self.fk.last_name()}薬局",
                f"{rng.choice(HIRA_FACILITY)}調剤薬局{self.place()}店",
                f"株式会社{self.place()}メディカル {rng.choice(HIRA_FACILITY)}薬局",
            ]
        )

    def hospital(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{self.place()}中央病院",
                f"{self.fk.last_name()}内科クリニック",
                f"医療法人社団{rng.choice(['慈恵', '明和', '清風', '誠心'])}会 {self.place()}病院",
                f"{self.place()}総合医療センター",
                f"{self.place()}記念病院",
                f"{self.fk.last_name()}整形外科医院",
            ]
        )

    def nursing_station(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"訪問看護ステーション{rng.choice(HIRA_FACILITY)}",
                f"{self.place()}訪問看護ステーション",
                f"ナースステーション{self.place()}",
            ]
        )

    def care_office(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"居宅介護支援事業所{rng.choice(HIRA_FACILITY)}",
                f"{self.place()}ケアプランセンター",
                f"{self.place()}地域包括支援センター",
                f"社会福祉法人{self.place()}福祉会 居宅介護支援事業所",
            ]
        )

    def care_home(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"特別養護老人ホーム{self.place()}園",
                f"グループホーム{rng.choice(HIRA_FACILITY)}",
                f"デイサービス{rng.choice(HIRA_FACILITY)}{self.place()}",
                f"介護老人保健施設{self.place()}",
            ]
        )

    def insurer(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.choice(['第一', '大和', '朝日', '明治'])}{self.place()}生命保険株式会社",
                f"{self.place()}生命保険相互会社",
                f"{self.fk.company()}",
            ]
        )

    def lawfirm(self) -> str:
        return self.rng.choice(
            [
                f"{self.fk.last_name()}総合法律事務所",
                f"弁護士法人{self.place()}法律事務所",
                f"{self.fk.last_name()}・{self.fk.last_name()}法律事務所",
            ]
        )

    def police(self) -> str:
        return self.rng.choice([f"{self.place()}警察署", f"{self.fk.prefecture()}警察本部", f"{self.place()}警察署"])

    def school(self) -> str:
        rng = self.rng
        p = self.place()
        return rng.choice(
            [
                f"{p}市立{self.place()}小学校",
                f"{p}小学校",
                f"学校法人{p}学園 {rng.choice(HIRA_FACILITY)}幼稚園",
                f"{p}保育園",
                f"{p}第二中学校",
                f"認定こども園{rng.choice(HIRA_FACILITY)}",
            ]
        )

    def university(self) -> str:
        return self.rng.choice(
            [
                f"{self.place()}大学",
                f"{self.place()}医科大学",
                f"国立大学法人{self.place()}大学",
                f"{self.place()}医療センター",
            ]
        )


# --------------------------------------------------------------------------
# PHI-free clinical material
# --------------------------------------------------------------------------

CLIN: list[str] = [
    "HbA1c 7.8%→7.1%と改善傾向。",
    "eGFR 42 mL/min/1.73m²、Cr 1.21 mg/dL。",
    "CRP 0.35 mg/dL、WBC 6800/μL、Hb 11.2 g/dL。",
    "BP 138/82 mmHg、HR 76/min、SpO2 96%(room air)、BT 36.8℃。",
    "PT-INR 2.4と治療域内。",
    "K 5.3 mEq/L とやや高値のため経過観察。",
    "L4/5 椎間板ヘルニアによる腰痛あり、NRS 3/10。",
    "右下葉S6に結節影、cT2aN0M0 stage IB。",
    "#7 リンパ節の腫大は認めず。",
    "Murphy sign陰性、腹部平坦・軟。",
    "長谷川式(HDS-R) 18/30点、MMSE 21/30点。",
    "Glasgow Coma Scale E4V5M6、JCS 0。",
    "橋本病にてチラーヂンS 50μg内服中。",
    "川崎病の既往あり(冠動脈瘤なし)。",
    "Parkinson病 Hoehn-Yahr III度。",
    "Barthel Index 55点、要介護2。",
    "NYHA II度、BNP 186 pg/mL。",
    "ICD-10: I50.9 心不全、E11.9 2型糖尿病。",
    "Child-Pugh分類 B(8点)。",
    "仙骨部褥瘡 DESIGN-R d2-e1s3i0g0n0p0:4。",
    "C5/6 神経根症、Spurling test陽性。",
    "Brinkman指数 600、COPD GOLD 2。",
    "Alzheimer型認知症、ドネペジル5mg 1日1回朝食後。",
    "アムロジピン5mg 1錠 分1 朝食後。",
    "オキシコドン徐放錠10mg 1日2回12時間毎、レスキューはオキノーム散5mg。",
    "ワルファリン2.5mg→2mgへ減量指示。",
    "メトホルミン500mg 1日2回、シタグリプチン50mg 1日1回。",
    "ランソプラゾールOD錠15mg 1錠 分1 就寝前。",
    "マグミット330mg 3錠 分3 毎食後、排便2日に1回。",
    "酸化マグネシウムは便性状をみて調整。",
    "Sjögren症候群疑いでSS-A抗体提出。",
    "高安動脈炎の鑑別目的に造影CT予定。",
    "Th12 圧迫骨折、YAM 62%。",
    "両下腿浮腫(2+)、体重 +1.8kg/週。",
    "PS 1、Stage IIIA(cT2aN2M0)。",
    "Romberg試験陽性、Babinski反射陰性。",
    "ECOG PS 0-1、AST 32 U/L、ALT 28 U/L。",
    "尿蛋白(1+)、尿潜血(-)。",
    "インスリン グラルギン 12単位 就寝前。",
    "Kernig徴候陰性、項部硬直なし。",
    "菊池病(組織球性壊死性リンパ節炎)は否定的。",
    "石原式色覚検査異常なし。",
]

DRUGS: list[str] = [
    "アムロジピン錠5mg",
    "エナラプリル錠5mg",
    "ビソプロロールフマル酸塩錠2.5mg",
    "フロセミド錠20mg",
    "スピロノラクトン錠25mg",
    "アピキサバン錠5mg",
    "エドキサバン錠30mg",
    "メトホルミン塩酸塩錠250mg",
    "リナグリプチン錠5mg",
    "ロスバスタチン錠2.5mg",
    "ランソプラゾールOD錠15mg",
    "酸化マグネシウム錠330mg",
    "ドネペジル塩酸塩OD錠5mg",
    "レボドパ・カルビドパ配合錠100mg",
    "トラマドール塩酸塩OD錠25mg",
    "プレガバリンOD錠75mg",
    "アセトアミノフェン錠500mg",
    "ゾルピデム酒石酸塩錠5mg",
    "セレコキシブ錠100mg",
    "タムスロシン塩酸塩OD錠0.2mg",
]

DOSAGE = ["1日1回朝食後", "1日2回朝夕食後", "1日3回毎食後", "就寝前", "疼痛時頓用", "分2 朝夕", "1回1錠 1日1回"]

DEPTS = [
    "循環器内科",
    "消化器内科",
    "整形外科",
    "呼吸器外科",
    "腎臓内科",
    "糖尿病・内分泌内科",
    "脳神経内科",
    "緩和ケア内科",
    "小児科",
    "総合診療科",
]

RELATIONS = ["妻", "夫", "長男", "長女", "次男", "次女", "嫁", "娘", "息子", "孫", "姪", "甥", "弟", "姉"]


def clin(rng: random.Random, k: int) -> str:
    return "".join(rng.sample(CLIN, k))


def drug_line(rng: random.Random) -> str:
    return f"{rng.choice(DRUGS)} {rng.choice(['1錠', '2錠', '0.5錠', '1錠'])} {rng.choice(DOSAGE)}"


def klass(rng: random.Random, school: str) -> str:
    if any(k in school for k in ("幼稚園", "保育園", "こども園")):
        return rng.choice(["年長 ひまわり組", "年中 うさぎ組", "年少 つき組", "さくら組"])
    if "中学校" in school:
        return f"{rng.randint(1, 3)}年{rng.randint(1, 5)}組"
    return f"{rng.randint(1, 6)}年{rng.randint(1, 4)}組"


# --------------------------------------------------------------------------
# style 1: pharmacy tracing reports
# --------------------------------------------------------------------------


def s_pharmacy(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt, doc_n, ph = g.person(), g.person(0.05), g.person(0.05)
    pharm, hosp = g.pharmacy(), g.hospital()
    d = g.day()
    age = g.age_old()
    v = rng.randint(0, 2)
    if v == 0:
        doc.t("服薬情報提供書（トレーシングレポート）\n")
        doc.t(rng.choice(["報告日：", "報告日 ", "作成日:"])).p(fmt_date(d, g.dstyle()), "DATE").t("\n")
        doc.p(hosp, "FACILITY").t(f" {rng.choice(DEPTS)} ")
        doc.p(doc_n.kanji(rng.choice(["", " "])), "PERSON").t(" 先生 御侍史\n")
        doc.t("患者ID：").p(g.pid(), "ID").t("　患者名：").p(pt.kanji(rng.choice(["", "　"])), "PERSON").t("（")
        doc.p(pt.kana(), "PERSON").t("）様　")
        doc.p(fmt_date(g.dob(age, d), rng.choice(["era", "era_letter", "slash"])), "DATE").t("生（").p(
            str(age), "AGE"
        ).t("歳）\n")
        if rng.random() < 0.6:
            doc.t("保険者番号 ").p(g.hokensha(), "INSURANCE_NUMBER").t(" 記号・番号 ").p(
                g.kigo(), "INSURANCE_NUMBER"
            ).t("・").p(g.bango(), "INSURANCE_NUMBER").t("\n")
        doc.t("処方内容：\n")
        for _ in range(rng.randint(2, 3)):
            doc.t("・" + drug_line(rng) + "\n")
        doc.t("【報告内容】" + rng.choice(["残薬が多く、", "飲み忘れが続いており、", "ふらつきの訴えがあり、"]))
        doc.t(clin(rng, 1) + "一包化を提案いたします。\n")
        doc.t("保険薬局：").p(pharm, "FACILITY").t("\n〒").p(g.postal(), "POSTAL_CODE").t(" ").p(g.address(), "ADDRESS")
        doc.t("\nTEL ").p(g.phone("land"), "PHONE_NUMBER").t(" / FAX ").p(g.phone("land"), "PHONE_NUMBER")
        doc.t("\n担当薬剤師：").p(ph.kanji(rng.choice(["", " "])), "PERSON")
    elif v == 1:
        doc.t("FAX送信票　").p(fmt_date(d, rng.choice(["md", "md_slash", "slash"])), "DATE").t("\n宛先：")
        doc.p(hosp, "FACILITY").t(" 薬剤部 御中\n発信：").p(pharm, "FACILITY").t("　薬剤師 ")
        doc.p(ph.fam[0], "PERSON").t("\n\nいつもお世話になっております。貴院")
        doc.p(doc_n.fam[0], "PERSON").t("先生処方の患者様（")
        doc.p(pt.any(rng), "PERSON").t(rng.choice(["様", "さま", "殿"]) + "、")
        doc.p(str(age), "AGE").t("歳）について情報提供いたします。\n")
        doc.t(drug_line(rng) + " 服用中、" + clin(rng, 2) + "\n")
        doc.t(f"ご家族（{rng.choice(RELATIONS)}）")
        doc.p(g.relative(pt).any(rng), "PERSON").t("さんより、夜間の頻尿が増えたとの相談あり。")
        doc.t("処方医のご判断を仰ぎたくご報告いたします。\n連絡先 ").p(g.phone(), "PHONE_NUMBER")
        if rng.random() < 0.5:
            doc.t("\nWeb: ").p(
                f"https://www.{rng.choice(['sakura', 'aozora', 'midori', 'hikari'])}-ph{rng.randint(1, 99)}.jp/", "URL"
            )
    else:
        doc.t("[Tracing Report] ")
        doc.p(pharm, "FACILITY").t(" → ").p(hosp, "FACILITY").t("\n")
        doc.t("Pt: ").p(pt.romaji(rng), "PERSON").t(" / DOB ").p(
            fmt_date(g.dob(age, d), rng.choice(["iso", "en", "en_short"])), "DATE"
        )
        doc.t(" / Rx by Dr. ").p(doc_n.romaji(rng), "PERSON").t("\n")
        doc.t("患者氏名（漢字）: ").p(pt.kanji(), "PERSON").t("\n")
        doc.t("内容: " + drug_line(rng) + "。" + clin(rng, 2) + "\n")
        doc.t("薬剤師 ").p(ph.kanji(" "), "PERSON").t(" (").p(g.email(ph), "EMAIL_ADDRESS").t(")\n")
        doc.t("受付番号 ").p(f"TR-{rng.randint(2019, 2025)}-{rng.randint(1, 9999):04d}", "ID")


# --------------------------------------------------------------------------
# style 2: home-visit nursing reports / care-manager letters
# --------------------------------------------------------------------------


def s_nursing(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person(0.08)
    rel = g.relative(pt)
    relation = rng.choice(RELATIONS)
    nurse, dr = g.person(0.03), g.person(0.03)
    st = g.nursing_station()
    d = g.day()
    age = g.age_old()
    if rng.random() < 0.55:
        doc.t("訪問看護報告書（")
        ym = rng.choice([f"{d.year}年{d.month}月", f"令和{era(d)[2]}年{d.month}月", f"R{era(d)[2]}.{d.month}"])
        doc.p(ym, "DATE").t("分）\n")
        doc.t("利用者氏名　").p(pt.kanji("　"), "PERSON").t(" 様　（").p(str(age), "AGE").t("歳）\n")
        doc.t("生年月日　").p(fmt_date(g.dob(age, d), rng.choice(["era", "era_kan", "era_letter"])), "DATE").t("\n")
        doc.t("住所　").p(g.address(), "ADDRESS").t("\n")
        doc.t("訪問日：")
        base = d.replace(day=1)
        days = sorted(rng.sample(range(0, 27), 3))
        for i, k in enumerate(days):
            if i:
                doc.t(rng.choice(["、", ", ", "・"]))
            doc.p(fmt_date(base + timedelta(days=k), "md_slash"), "DATE")
        doc.t("\n【病状の経過】" + clin(rng, 2) + "\n")
        doc.t(f"【家族等の状況】主介護者は{relation}の")
        doc.p(rel.any(rng), "PERSON").t(
            rng.choice(["さん", "氏", ""]) + "。介護疲れの訴えあり、レスパイト入院も検討。\n"
        )
        doc.t("主治医 ").p(dr.kanji(), "PERSON").t(" 先生（").p(g.hospital(), "FACILITY").t("）\n")
        if rng.random() < 0.4:
            doc.p(f"https://{rng.choice(['aozora', 'hidamari', 'kaede', 'tsubasa'])}-houkan.jp/", "URL").t("\n")
        doc.p(st, "FACILITY").t("　管理者 ").p(nurse.kanji(" "), "PERSON").t("　TEL ").p(
            g.phone("land"), "PHONE_NUMBER"
        )
    else:
        cm = g.person(0.03)
        doc.p(g.hospital(), "FACILITY").t(" 地域医療連携室 御中\n\n")
        doc.t("平素よりお世話になっております。\n")
        doc.t("貴院" + rng.choice(DEPTS) + "に通院中の").p(pt.kanji(), "PERSON").t("様（")
        doc.p(str(age), "AGE").t("歳、要介護3、介護保険被保険者番号 ").p(g.kaigo_no(), "INSURANCE_NUMBER")
        doc.t("）について、")
        doc.p(fmt_date(d, rng.choice(["md", "era", "slash"])), "DATE").t("のサービス担当者会議の結果をご報告します。\n")
        doc.t(clin(rng, 2) + "\n")
        doc.t(f"キーパーソン：{relation} ").p(rel.kanji(rng.choice(["", " "])), "PERSON").t("（携帯 ").p(
            g.phone("mobile"), "PHONE_NUMBER"
        ).t("）\n")
        doc.t("週2回 ").p(g.care_home(), "FACILITY").t(" を利用、入浴介助あり。\n")
        doc.p(g.care_office(), "FACILITY").t("\n介護支援専門員 ").p(cm.kanji(), "PERSON")
        doc.t(rng.choice(["\nFAX ", "\nＦＡＸ："])).p(g.phone(), "PHONE_NUMBER")


# --------------------------------------------------------------------------
# style 3: inquiry replies (insurers, lawyers, police)
# --------------------------------------------------------------------------


def s_inquiry(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person(0.1)
    hosp = g.hospital()
    director = g.person(0.0)
    d = g.day()
    age = g.age_old()
    v = rng.randint(0, 2)
    if v == 0:
        doc.t("照会回答書\n\n").p(g.insurer(), "FACILITY").t(" 御中\n")
        doc.t("証券番号：").p(f"{rng.choice(['A', 'K', 'LF'])}{rng.randint(1000000, 9999999)}", "ID").t("\n")
        doc.t("被保険者：").p(pt.kanji(" "), "PERSON").t(" 殿（").p(fmt_date(g.dob(age, d), g.dstyle()), "DATE").t(
            "生）\n"
        )
        d1 = d - timedelta(days=rng.randint(5, 40))
        if rng.random() < 0.5:
            doc.t("健康保険証 記号 ").p(g.kigo(), "INSURANCE_NUMBER").t(" 番号 ").p(g.bango(), "INSURANCE_NUMBER").t(
                "\n"
            )
        doc.t("入院期間：").p(fmt_date(d1, "era"), "DATE").t("～").p(fmt_date(d, "era"), "DATE").t("\n")
        doc.t(
            "傷病名："
            + rng.choice(["急性胆嚢炎", "大腿骨頸部骨折", "非小細胞肺癌", "脳梗塞"])
            + "　"
            + clin(rng, 2)
            + "\n"
        )
        doc.t("上記のとおり回答いたします。\n").p(fmt_date(d + timedelta(days=20), g.dstyle()), "DATE").t("\n")
        doc.p(hosp, "FACILITY").t("　院長 ").p(director.kanji("　"), "PERSON").t("　印")
    elif v == 1:
        lawyer = g.person(0.05)
        firm = g.lawfirm()
        doc.t("弁護士会照会（23条照会）に対する回答\n")
        doc.p(firm, "FACILITY").t("\n弁護士　").p(lawyer.kanji(rng.choice(["", " "])), "PERSON").t("　先生\n")
        doc.t("事件番号 ").p(f"令和{rng.randint(3, 7)}年（ワ）第{rng.randint(100, 9999)}号", "ID")
        doc.t("\n照会対象者：").p(pt.kanji(), "PERSON").t("（").p(pt.kana(), "PERSON").t("）\n")
        doc.t("対象者は").p(fmt_date(d, rng.choice(["kanji", "era", "md"])), "DATE")
        doc.t("当院救急外来を受診。" + clin(rng, 2) + "\n")
        doc.t("照会事項3については、本人の同意書が確認できないため回答を差し控えます。\n")
        doc.t("連絡先：").p(g.phone("land"), "PHONE_NUMBER").t("（医事課）\n")
        doc.t("ご担当 ").p(g.person(0.0).fam[0], "PERSON").t("様 宛 ").p(
            g.org_email(lawyer, "law-office.example.jp"), "EMAIL_ADDRESS"
        )
    else:
        officer = g.person(0.0)
        pol = g.police()
        doc.t("捜査関係事項照会書に対する回答書\n\n")
        doc.p(pol, "FACILITY").t(rng.choice([" 刑事課 ", " 生活安全課 ", " 交通課 "]))
        doc.t(rng.choice(["巡査部長 ", "警部補 ", "司法警察員 "])).p(officer.kanji(rng.choice(["", " "])), "PERSON").t(
            " 殿\n"
        )
        doc.t("（受理番号 ").p(f"{rng.randint(2019, 2025)}-{rng.randint(1, 999):03d}", "ID").t("）\n")
        doc.t("照会のあった ").p(pt.any(rng), "PERSON").t("（").p(str(age), "AGE").t("歳）について、")
        doc.p(fmt_date(d, rng.choice(["era", "kanji", "era_kan"])), "DATE").t("の受診状況を以下のとおり回答します。\n")
        doc.t(clin(rng, 3) + "\n")
        doc.t("患者住所：").p(g.address(), "ADDRESS").t("\n")
        doc.p(hosp, "FACILITY").t(" 医療安全管理室 ").p(g.person(0.0).kanji(), "PERSON")


# --------------------------------------------------------------------------
# style 4: school / kindergarten health forms, child consult notes
# --------------------------------------------------------------------------


def s_school(g: Gen, doc: Doc) -> None:
    rng = g.rng
    ch = g.child()
    parent = g.relative(ch)
    sch = g.school()
    d = g.day(2021, 2025)
    if any(k in sch for k in ("幼稚園", "保育園", "こども園")):
        cage = rng.randint(3, 5)
    elif "中学校" in sch:
        cage = rng.randint(12, 15)
    else:
        cage = rng.randint(6, 12)
    v = rng.randint(0, 2)
    if v == 0:
        doc.t("学校生活管理指導表（アレルギー疾患用）\n")
        doc.t("名前　").p(ch.hiragana(rng.choice([" ", "　"])), "PERSON")
        br = rng.choice(["", "（", " / "])
        if br:
            doc.t(br).p(ch.kanji(), "PERSON").t("）" if br == "（" else "")
        doc.t("\n男・女　").p(fmt_date(g.dob(cage, d), rng.choice(["era", "slash", "era_letter"])), "DATE").t("生（").p(
            str(cage), "AGE"
        ).t("歳）\n")
        doc.p(sch, "FACILITY").t(f"　{klass(rng, sch)}\n")
        doc.t("食物アレルギー：鶏卵・ピーナッツ（アナフィラキシー既往あり）、エピペン®0.15mg 処方あり。\n")
        doc.t("運動（体育・部活動等）：管理不要。" + rng.choice(CLIN) + "\n")
        doc.t("記載日 ").p(fmt_date(d, g.dstyle()), "DATE").t("\n医療機関名 ").p(g.hospital(), "FACILITY")
        doc.t("　医師名 ").p(g.person(0.0).kanji(), "PERSON").t("\n保護者氏名 ").p(parent.kanji(" "), "PERSON")
        doc.t("　緊急連絡先 ").p(g.phone("mobile"), "PHONE_NUMBER")
    elif v == 1:
        teacher = g.person(0.05)
        doc.t("れんらくちょう　").p(fmt_date(d, rng.choice(["md", "md_slash"])), "DATE").t(
            rng.choice(["（月）", "（木）", ""]) + "\n"
        )
        doc.p(ch.giv[1] if rng.random() < 0.3 else hira(ch.giv[1]), "PERSON").t("ちゃんのお母様へ\n")
        doc.t("今日は午睡後に37.8℃の発熱があり、お迎えをお願いしました。")
        doc.t("クラスで溶連菌感染症が2名出ています。\n")
        doc.t(rng.choice(["ひまわり組", "うさぎ組", "年長 さくら組", "つき組"]) + " 担任 ").p(
            teacher.fam[0] if rng.random() < 0.5 else teacher.kanji(), "PERSON"
        )
        doc.t("\n---\n（保護者記入）本日 ").p(g.hospital(), "FACILITY")
        doc.t("を受診、迅速検査陽性でした。サワシリン細粒 30mg/kg/日 10日分です。")
        doc.t(" 母 ").p(parent.giv[0] if rng.random() < 0.5 else parent.kanji(), "PERSON")
    else:
        ped = g.person(0.0)
        doc.t(rng.choice(["小児科 相談記録", "育児相談メモ", "子育て支援 連絡票"]) + "\n")
        doc.t("児：").p(ch.hiragana(" "), "PERSON").t(rng.choice(["くん", "ちゃん", ""]) + "（").p(str(cage), "AGE").t(
            "歳、"
        )
        doc.p(sch, "FACILITY").t(f" {klass(rng, sch)}）\n")
        doc.t(f"来所者：{rng.choice(['母', '父', '祖母'])} ").p(parent.any(rng), "PERSON").t("\n")
        doc.t("主訴：夜尿、登校しぶり。身長 118.4cm（-0.8SD）、体重 21.2kg、カウプ指数 15.1。")
        doc.t("発達：新版K式で DQ 88。\n")
        doc.t("学校担任の").p(g.person(0.05).fam[0], "PERSON").t("先生と連携予定。次回 ").p(
            fmt_date(d, rng.choice(["md", "md_slash"])), "DATE"
        ).t(" 14:00。\n")
        doc.t("記録者 ").p(ped.kanji(), "PERSON").t("（臨床心理士）")


# --------------------------------------------------------------------------
# style 5: HL7 v2 and FHIR
# --------------------------------------------------------------------------


def _ts(g: Gen, d: date) -> str:
    r = g.rng.random()
    if r < 0.5:
        return f"{d.year}{d.month:02d}{d.day:02d}{g.rng.randint(7, 19):02d}{g.rng.randint(0, 59):02d}{g.rng.randint(0, 59):02d}"
    if r < 0.8:
        return f"{d.year}{d.month:02d}{d.day:02d}{g.rng.randint(7, 19):02d}{g.rng.randint(0, 59):02d}"
    return f"{d.year}{d.month:02d}{d.day:02d}"


OBX_ITEMS = [
    ("3D010000001926101", "HbA1c(NGSP)", "NM", "7.2", "%", "4.6-6.2", "H"),
    ("3C015000002327101", "クレアチニン", "NM", "1.08", "mg/dL", "0.65-1.07", "H"),
    ("5C070000002306201", "CRP", "NM", "0.42", "mg/dL", "0.00-0.14", "H"),
    ("3F015000002327101", "HDL-C", "NM", "52", "mg/dL", "40-90", "N"),
    ("2A990000001930952", "WBC", "NM", "6.8", "10*3/uL", "3.3-8.6", "N"),
    ("3H015000002327101", "K", "NM", "4.1", "mmol/L", "3.6-4.8", "N"),
]


def s_hl7(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person(0.1)
    dr = g.person(0.0)
    d = g.day()
    age = g.age_old()
    nl = rng.choice(["\n", "\r\n"])
    fac = g.hospital()
    doc.t("MSH|^~\\&|HIS|").p(fac, "FACILITY").t(f"|{rng.choice(['LIS', 'RIS', 'PACS'])}|LAB|").p(_ts(g, d), "DATE")
    doc.t(f"||{rng.choice(['ADT^A08', 'ORU^R01', 'ORM^O01'])}|").p(f"MSG{rng.randint(10**7, 10**8 - 1)}", "ID").t(
        f"|P|2.5||||||~ISO IR87||ISO 2022-1994{nl}"
    )
    doc.t("PID|1||").p(g.pid(), "ID").t("^^^^PI||")
    doc.p(pt.fam[0], "PERSON").t("^").p(pt.giv[0], "PERSON").t("^^^^^L^I~")
    doc.p(pt.fam[1], "PERSON").t("^").p(pt.giv[1], "PERSON").t("^^^^^L^P||")
    doc.p(f"{(dob := g.dob(age, d)).year}{dob.month:02d}{dob.day:02d}", "DATE").t(f"|{rng.choice(['M', 'F'])}|||")
    doc.t("^^").p(g.address(), "ADDRESS").t("^^").p(g.postal(hyphen=False), "POSTAL_CODE").t("^JPN^H||")
    doc.t("^PRN^PH^^^^^^^^^").p(g.phone(rng.choice(["land", "plain", "mobile"])), "PHONE_NUMBER").t(
        f"|||||||||||||||||{nl}"
    )
    if rng.random() < 0.6:
        ward = f"{rng.randint(3, 9)}{rng.choice(['E', 'W', 'N', 'S'])}"
        doc.t("PV1|1|I|").p(ward, "FACILITY").t("^").p(f"{ward[0]}{rng.randint(1, 30):02d}", "FACILITY").t(
            f"^{rng.randint(1, 4)}||||"
        )
        doc.p(f"{rng.randint(10000, 99999)}", "ID").t("^").p(dr.fam[0], "PERSON").t("^").p(dr.giv[0], "PERSON").t(
            f"|||{rng.choice(['01', '10', '13'])}{nl}"
        )
    doc.t("OBR|1|").p(f"{rng.randint(10**9, 10**10 - 1)}", "ID").t("|").p(f"{rng.randint(10**9, 10**10 - 1)}", "ID").t(
        "|LAB^検体検査|||"
    )
    doc.p(_ts(g, d), "DATE").t("||||||||||")
    doc.p(dr.fam[2].upper(), "PERSON").t("^").p(dr.giv[2].upper(), "PERSON").t(nl)
    for i, item in enumerate(rng.sample(OBX_ITEMS, rng.randint(2, 3)), 1):
        code, name, vt, val, unit, rr, flag = item
        doc.t(f"OBX|{i}|{vt}|{code}^{name}^JC10||{val}|{unit}|{rr}|{flag}|||F")
        if i == 1:
            doc.t("|||").p(_ts(g, d), "DATE")
        doc.t(nl)
    if rng.random() < 0.4:
        doc.t(f"NTE|1||{rng.choice(CLIN)}{nl}")


def _js(doc: Doc, key: str, val: str, typ: str | None, ind: str, comma: bool = True) -> None:
    doc.t(f'{ind}"{key}": "')
    if typ:
        doc.p(val, typ)
    else:
        doc.t(val)
    doc.t('"' + ("," if comma else "") + "\n")


def s_fhir(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person(0.1)
    d = g.day()
    age = g.age_old()
    pid = g.pid()
    if rng.random() < 0.55:
        dob = g.dob(age, d)
        doc.t('{\n  "resourceType": "Patient",\n')
        _js(doc, "id", pid, "ID", "  ")
        doc.t('  "identifier": [{"system": "urn:oid:1.2.392.100495.20.3.51.1", "value": "').p(pid, "ID").t('"}],\n')
        doc.t('  "name": [\n    {"use": "official", "family": "').p(pt.fam[0], "PERSON").t('", "given": ["').p(
            pt.giv[0], "PERSON"
        )
        doc.t(
            '"], "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation", "valueCode": "IDE"}]},\n'
        )
        doc.t('    {"use": "official", "family": "').p(pt.fam[1], "PERSON").t('", "given": ["').p(
            pt.giv[1], "PERSON"
        ).t('"]}\n  ],\n')
        doc.t('  "telecom": [{"system": "phone", "value": "').p(g.phone(), "PHONE_NUMBER").t('", "use": "home"}')
        if rng.random() < 0.5:
            doc.t(', {"system": "email", "value": "').p(g.email(pt), "EMAIL_ADDRESS").t('"}')
        doc.t("],\n")
        doc.t(f'  "gender": "{rng.choice(["male", "female"])}",\n')
        _js(doc, "birthDate", dob.isoformat(), "DATE", "  ")
        doc.t('  "address": [{"use": "home", "text": "').p(g.address(), "ADDRESS").t('", "postalCode": "').p(
            g.postal(), "POSTAL_CODE"
        ).t('", "country": "JP"}]\n}')
    else:
        dr = g.person(0.05)
        doc.t('{"resourceType":"DiagnosticReport","id":"').p(f"dr-{rng.randint(100000, 999999)}", "ID")
        doc.t(
            '","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"24627-2","display":"Chest CT"}]},'
        )
        doc.t('"subject":{"reference":"Patient/').p(pid, "ID").t('","display":"').p(
            pt.kanji(rng.choice(["", " "])), "PERSON"
        ).t('"},')
        doc.t('"effectiveDateTime":"').p(
            f"{d.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00+09:00", "DATE"
        )
        doc.t('","issued":"').p(f"{(d + timedelta(days=1)).isoformat()}T09:12:44+09:00", "DATE").t('",')
        doc.t('"performer":[{"reference":"Practitioner/').p(f"{rng.randint(1000, 9999)}", "ID").t('","display":"').p(
            dr.kanji(" "), "PERSON"
        ).t('"}],')
        doc.t(
            '"conclusion":"'
            + rng.choice(
                [
                    "右下葉S6に2.1cm大の充実性結節。cT1cN0M0 相当。#7 リンパ節腫大なし。",
                    "両側胸水少量、心拡大あり。CTR 58%。",
                ]
            )
            + '",'
        )
        doc.t('"conclusionCode":[{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"C34.3"}]}]}')


# --------------------------------------------------------------------------
# style 6: CSV / TSV / XML
# --------------------------------------------------------------------------


def s_table(g: Gen, doc: Doc) -> None:
    rng = g.rng
    v = rng.randint(0, 2)
    if v == 2:
        pt = g.person(0.1)
        d = g.day()
        age = g.age_old()
        doc.t('<?xml version="1.0" encoding="UTF-8"?>\n<Referral>\n  <From>').p(g.hospital(), "FACILITY").t("</From>\n")
        doc.t('  <Patient id="').p(g.pid(), "ID").t('">\n    <Name type="kanji">').p(pt.kanji(" "), "PERSON").t(
            "</Name>\n"
        )
        doc.t('    <Name type="kana">').p(pt.kana(" "), "PERSON").t("</Name>\n    <BirthDate>")
        doc.p(fmt_date(g.dob(age, d), rng.choice(["compact", "iso", "slash0"])), "DATE").t("</BirthDate>\n    <Age>").p(
            str(age), "AGE"
        ).t("</Age>\n")
        doc.t("    <Tel>").p(g.phone(), "PHONE_NUMBER").t("</Tel>\n  </Patient>\n")
        doc.t(f"  <Dept>{rng.choice(DEPTS)}</Dept>\n  <Summary>{clin(rng, 2)}</Summary>\n")
        doc.t("  <Author>").p(g.person(0.0).kanji(), "PERSON").t("</Author>\n  <Date>").p(fmt_date(d, "iso"), "DATE").t(
            "</Date>\n</Referral>"
        )
        return
    sep = "," if v == 0 else "\t"
    jp = rng.random() < 0.6
    quote = sep == "," and rng.random() < 0.4
    cols: list[tuple[str, str, str]] = [
        ("患者ID", "patient_id", "id"),
        ("患者氏名", "name", "name"),
        ("カナ", "name_kana", "kana"),
        ("生年月日", "dob", "dob"),
        ("年齢", "age", "age"),
        ("性別", "sex", "sex"),
    ]
    extra = rng.sample(
        [
            ("郵便番号", "zip", "zip"),
            ("住所", "address", "addr"),
            ("電話番号", "phone", "tel"),
            ("診療科", "dept", "dept"),
            ("主治医", "attending", "dr"),
            ("最終来院日", "last_visit", "visit"),
            ("保険者番号", "insurer_no", "hk"),
            ("マイナンバー", "my_number", "mn"),
            ("HbA1c", "HbA1c", "lab"),
        ],
        rng.randint(3, 4),
    )
    cols += extra
    if rng.random() < 0.3:
        cols = [c for c in cols if c[2] != "kana"]
    doc.t(sep.join(c[0] if jp else c[1] for c in cols) + "\n")
    dstyle = rng.choice(["slash0", "iso", "compact", "era_letter", "slash"])
    for _ in range(rng.randint(2, 3)):
        pt = g.person(0.12)
        ref = g.day(2023, 2025)
        age = g.age_old()
        for i, (_, _, k) in enumerate(cols):
            if i:
                doc.t(sep)
            q = '"' if quote and k in {"name", "addr", "kana"} else ""
            doc.t(q)
            if k == "id":
                doc.p(g.pid(), "ID")
            elif k == "name":
                doc.p(pt.kanji(rng.choice(["", " ", "　"])) if jp or rng.random() < 0.5 else pt.romaji(rng), "PERSON")
            elif k == "kana":
                doc.p(pt.kana(rng.choice([" ", "　"])), "PERSON")
            elif k == "dob":
                doc.p(fmt_date(g.dob(age, ref), dstyle), "DATE")
            elif k == "age":
                doc.p(str(age), "AGE")
            elif k == "sex":
                doc.t(rng.choice(["男", "女"]) if jp else rng.choice(["M", "F"]))
            elif k == "zip":
                doc.p(g.postal(), "POSTAL_CODE")
            elif k == "addr":
                doc.p(g.address(), "ADDRESS")
            elif k == "tel":
                doc.p(g.phone(), "PHONE_NUMBER")
            elif k == "dept":
                doc.t(rng.choice(DEPTS))
            elif k == "dr":
                doc.p(g.person(0.0).kanji(), "PERSON")
            elif k == "visit":
                doc.p(fmt_date(ref, dstyle), "DATE")
            elif k == "hk":
                doc.p(g.hokensha(), "INSURANCE_NUMBER")
            elif k == "mn":
                doc.p(g.mynumber(), "MY_NUMBER")
            elif k == "lab":
                doc.t(f"{rng.randint(55, 98) / 10:.1f}")
            doc.t(q)
        doc.t("\n")


# --------------------------------------------------------------------------
# style 7: SMS / LINE-style chat
# --------------------------------------------------------------------------


def s_chat(g: Gen, doc: Doc) -> None:
    rng = g.rng
    if rng.random() < 0.35:
        s_sms(g, doc)
        return
    pt = g.person(0.1)
    fam = g.relative(pt)
    rel = rng.choice(["父", "母", "おばあちゃん", "祖父", "主人", "義母"])
    nurse = g.person(0.03)
    d = g.day()
    doc.p(fmt_date(d, rng.choice(["md_slash", "slash", "md"])), "DATE").t(
        rng.choice(["(火)", "(土)", " 木曜", ""]) + "\n"
    )
    who_n = rng.choice([nurse.fam[0], nurse.fam[1], nurse.giv[0]])
    who_f = rng.choice([fam.giv[0], fam.kanji(), hira(fam.giv[1]) if fam.order == "ja" else fam.giv[1]])
    doc.t(f"{rng.randint(8, 10)}:{rng.randint(10, 59)} ").p(who_n, "PERSON").t("(訪看)：")
    doc.p(who_f, "PERSON").t(
        rng.choice(["さん", "さま", ""]) + rng.choice(["おはようございます☀️", "お疲れさまです🙇", "こんにちは〜"])
    )
    doc.t(f"{rel}の様子どうですか？\n")
    doc.t(f"{rng.randint(11, 13)}:0{rng.randint(0, 9)} ").p(who_f, "PERSON").t("：")
    doc.t(rng.choice(["きのうから", "昨日から", "おとといから"]) + "ごはんあんまり食べてないです💦 熱は37.5くらい🌡️ ")
    doc.t(rng.choice(["くすりは飲めてます", "薬わすれちゃったかも…", "オキシコドン?の薬はのんだ"]) + "\n")
    doc.t(f"{rng.randint(13, 15)}:{rng.randint(10, 59)} ").p(who_n, "PERSON").t(
        "(訪看)：了解です👍 SpO2とBP測ってもらえますか？ "
    )
    doc.p(pt.giv[0] if rng.random() < 0.5 else pt.kanji(), "PERSON").t(
        rng.choice(["さん", "ちゃん", ""]) + "の主治医の"
    )
    doc.p(g.person(0.0).fam[0], "PERSON").t(rng.choice(["先生", "Dr", "せんせい"]) + "にも報告しときます\n")
    doc.t(f"{rng.randint(15, 17)}:{rng.randint(10, 59)} ").p(who_f, "PERSON").t("：SpO2 94、血圧 104/62でした。")
    doc.t(rng.choice(["ありがとうございますm(_ _)m", "よろしくおねがいしますー🙏", "助かります😭"]))
    if rng.random() < 0.6:
        doc.t(" 何かあれば").p(g.relative(pt).kanji(), "PERSON").t("の携帯 ").p(g.phone("mobile"), "PHONE_NUMBER").t(
            " にも連絡ください"
        )
    doc.t("\n")
    if rng.random() < 0.5:
        doc.t("（既読）明日 ").p(g.care_home(), "FACILITY").t(" のショートステイはキャンセルで😢")


def s_sms(g: Gen, doc: Doc) -> None:
    rng = g.rng
    pt = g.person(0.1)
    d = g.day()
    hosp = g.hospital()
    doc.t("【").p(hosp, "FACILITY").t("】")
    doc.p(pt.any(rng), "PERSON").t(rng.choice(["様", "さま", " 様"]) + "\n")
    doc.p(fmt_date(d, rng.choice(["md_slash", "md", "zen"])), "DATE").t(
        f" {rng.randint(9, 15)}:{rng.choice(['00', '30'])} "
    )
    doc.t(rng.choice(DEPTS) + "のご予約です。前日21時以降は絶食、降圧薬のみ内服してください💊\n")
    doc.t("変更・キャンセルは ").p(g.phone("land"), "PHONE_NUMBER").t(" まで。診察券番号 ").p(g.pid(), "ID").t("\n")
    doc.t("---\n返信：了解しました！母の付き添いで娘の")
    doc.p(g.relative(pt).giv[0], "PERSON").t("も行きます🙏 ")
    doc.p(fmt_date(d - timedelta(days=rng.randint(1, 3)), "md_slash"), "DATE").t("はデイの日なので")
    doc.p(g.care_home(), "FACILITY").t("から直接向かいます。病室は")
    doc.p(f"{rng.randint(3, 9)}0{rng.randint(1, 9)}号室", "FACILITY").t("でしたよね？")


# --------------------------------------------------------------------------
# style 8: IRB / research documents, consent withdrawal
# --------------------------------------------------------------------------


def s_irb(g: Gen, doc: Doc) -> None:
    rng = g.rng
    d = g.day()
    if rng.random() < 0.5:
        pi = g.person(0.05)
        dom = f"{rng.choice(['med', 'hosp', 'u'])}.{rng.choice(['aoba', 'sakura', 'minato', 'kita'])}-u.ac.jp"
        doc.t(
            "研究実施計画書 第2.1版\n研究課題名：高齢者心不全患者におけるSGLT2阻害薬の腎機能への影響に関する多施設共同観察研究\n"
        )
        doc.t("研究責任者：").p(g.university(), "FACILITY").t(f" 医学部 {rng.choice(DEPTS)}学 教授 ").p(
            pi.kanji(rng.choice(["", " "])), "PERSON"
        ).t("\n")
        doc.t("共同研究者：\n")
        for _ in range(rng.randint(2, 4)):
            co = g.person(0.15)
            doc.t(rng.choice(["・", "  - ", "　"]))
            if rng.random() < 0.5:
                doc.p(co.kanji(rng.choice(["", " "])), "PERSON").t("（").p(g.hospital(), "FACILITY").t(
                    f" {rng.choice(DEPTS)}）\n"
                )
            else:
                doc.p(co.romaji(rng), "PERSON").t(", MD, PhD (").p(g.university(), "FACILITY").t(")\n")
        doc.t("主な選択基準：75歳以上、NYHA II-III度、eGFR ≥ 30 mL/min/1.73m²。除外基準：透析導入例。\n")
        doc.t("研究事務局：").p(g.person(0.0).kanji(), "PERSON").t("　E-mail: ").p(
            g.org_email(pi, dom), "EMAIL_ADDRESS"
        )
        if rng.random() < 0.5:
            doc.t("\n研究HP ").p(
                f"https://www.{dom}/research/{rng.choice(['hf', 'sglt2', 'crs'])}{rng.randint(1, 40)}/", "URL"
            )
        doc.t("\nIRB承認番号 ").p(
            f"{rng.choice(['R', 'IRB'])}{rng.randint(2019, 2025)}-{rng.randint(1, 300):03d}", "ID"
        )
        doc.t("　承認日 ").p(fmt_date(d, g.dstyle()), "DATE")
    else:
        pt = g.person(0.1)
        proxy = g.relative(pt)
        age = g.age_old()
        doc.t("同意撤回書\n\n").p(g.hospital(), "FACILITY").t(" 病院長 殿\n\n")
        doc.t(
            "研究課題名：切除不能進行非小細胞肺癌（Stage IV, cT4N3M1c）に対する免疫チェックポイント阻害薬のバイオマーカー探索研究\n"
        )
        doc.t("研究対象者識別番号：").p(f"SUBJ-{rng.randint(1, 500):03d}", "ID").t("\n")
        doc.t(
            "私は上記研究への参加に同意しましたが、その同意を撤回します。採取済みの試料（血液 10mL×3本）の廃棄を希望します。\n"
        )
        doc.t("同意撤回日　").p(fmt_date(d, rng.choice(["era", "era_kan", "kanji", "zen_era"])), "DATE").t("\n")
        doc.t("本人署名　").p(pt.kanji("　"), "PERSON").t("（").p(str(age), "AGE").t("歳）\n")
        rel = rng.choice(["長男", "長女", "妻", "夫", "次男"])
        doc.t(rng.choice(["代理人署名　", "代諾者　", "代理人氏名："])).p(proxy.kanji(rng.choice(["", "　"])), "PERSON")
        doc.t(f"　続柄（{rel}）\n代理人住所　").p(g.address(), "ADDRESS").t("\n電話　").p(g.phone(), "PHONE_NUMBER").t(
            "\n"
        )
        doc.t("確認した研究者：").p(g.person(0.0).kanji(), "PERSON").t(rng.choice(["（呼吸器内科）", "（CRC）", ""]))


STYLES = [
    ("pharm", s_pharmacy),
    ("nurse", s_nursing),
    ("inq", s_inquiry),
    ("school", s_school),
    ("hl7", s_hl7),
    ("fhir", s_fhir),
    ("table", s_table),
    ("chat", s_chat),
    ("irb", s_irb),
]


# --------------------------------------------------------------------------
# PHI-free documents (over-redaction)
# --------------------------------------------------------------------------


def c_pharm(g: Gen, doc: Doc) -> None:
    rng = g.rng
    doc.t("服薬情報提供（トレーシングレポート）記載内容\n【処方】\n")
    for _ in range(3):
        doc.t("・" + drug_line(rng) + "\n")
    doc.t("【薬剤師コメント】残薬 14錠あり、次回処方日数の調整をご検討ください。" + clin(rng, 2))
    doc.t("\n※疑義照会ではありません。ご確認後、必要に応じて処方医へお伝えください。")


def c_nurse(g: Gen, doc: Doc) -> None:
    rng = g.rng
    doc.t("【訪問時の状態】\nBT 36.9℃、BP 112/64 mmHg、P 82回/分・不整、SpO2 95%。")
    doc.t(clin(rng, 3) + "\n")
    doc.t("【実施内容】摘便、仙骨部の創処置（ゲーベンクリーム塗布、ハイドロサイト貼付）、下肢のROM訓練。\n")
    doc.t("【今後の方針】Barthel Index の推移を見つつ、週3回の訪問を継続。主治医へは次回の定期報告で連絡する。")


def c_inquiry(g: Gen, doc: Doc) -> None:
    rng = g.rng
    doc.t("診断書（入院証明書）記載要領\n1. 傷病名：非小細胞肺癌（ICD-10: C34.1）\n")
    doc.t(
        "2. 手術名：胸腔鏡下右上葉切除術＋ND2a-1（Kコード K514-23）\n3. 病理：pT1bN0M0 Stage IA2、EGFR exon19 欠失陽性。\n"
    )
    doc.t("4. 治療内容：" + clin(rng, 2) + "\n5. 入院日数：14日間、術後3日目にドレーン抜去。")


def c_school(g: Gen, doc: Doc) -> None:
    doc.t("学校生活管理指導表（心疾患・腎疾患）の記入について\n")
    doc.t(
        "指導区分 E（強い運動も可）〜 A（在宅医療・入院）の5段階。川崎病の既往があっても冠動脈病変がなければ「管理不要」とする。\n"
    )
    doc.t("食物アレルギー：鶏卵・乳・小麦は除去、エピペン®0.15mg（体重15kg以上30kg未満）を携帯。\n")
    doc.t("カウプ指数 15–18 は標準。ローレル指数 115–145 は標準。予防接種：MR 2期、DT 2期の確認を。")


def c_hl7(g: Gen, doc: Doc) -> None:
    rng = g.rng
    items = rng.sample(OBX_ITEMS, 4)
    for i, (code, name, vt, val, unit, rr, flag) in enumerate(items, 1):
        doc.t(f"OBX|{i}|{vt}|{code}^{name}^JC10||{val}|{unit}|{rr}|{flag}|||F\n")
    doc.t("NTE|1||溶血(+)のため K 値は参考値。" + rng.choice(CLIN) + "\n")


def c_fhir(g: Gen, doc: Doc) -> None:
    rng = g.rng
    doc.t(
        '{"resourceType":"Observation","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],'
    )
    doc.t(
        '"code":{"coding":[{"system":"urn:oid:1.2.392.200119.4.504","code":"3D010000001926101","display":"HbA1c(NGSP)"}]},'
    )
    doc.t(
        f'"valueQuantity":{{"value":{rng.randint(55, 95) / 10},"unit":"%","system":"http://unitsofmeasure.org","code":"%"}},'
    )
    doc.t('"referenceRange":[{"low":{"value":4.6},"high":{"value":6.2}}],"interpretation":[{"coding":[{"code":"H"}]}]}')


def c_table(g: Gen, doc: Doc) -> None:
    rng = g.rng
    if rng.random() < 0.5:
        doc.t("薬品コード,薬品名,規格,単位,薬価\n")
        rows = [
            ("2171022F1020", "アムロジピン錠", "5mg", "錠", "10.10"),
            ("3969010F1024", "メトホルミン塩酸塩錠", "250mg", "錠", "10.10"),
            ("3332001F1020", "ワルファリンK錠", "1mg", "錠", "9.80"),
            ("2329023F1026", "ランソプラゾールOD錠", "15mg", "錠", "13.20"),
            ("1190012F1022", "ドネペジル塩酸塩OD錠", "5mg", "錠", "21.80"),
        ]
        for r in rng.sample(rows, 4):
            doc.t(",".join(r) + "\n")
    else:
        doc.t("code\tdisease\tcount\tmean_age\n")
        for code, dis in [
            ("I10", "本態性高血圧症"),
            ("E11.9", "2型糖尿病"),
            ("I50.9", "心不全"),
            ("G20", "Parkinson病"),
            ("C34.1", "上葉肺癌"),
            ("M51.2", "腰椎椎間板ヘルニア(L4/5)"),
        ]:
            doc.t(f"{code}\t{dis}\t{rng.randint(3, 400)}\t{rng.randint(40, 80)}.{rng.randint(0, 9)}\n")


def c_chat(g: Gen, doc: Doc) -> None:
    rng = g.rng
    doc.t(f"{rng.randint(8, 9)}:12 病棟：明日の内視鏡 9:30〜で確定です👍 前日21時以降絶食、朝の薬は降圧薬のみOK\n")
    doc.t("9:40 外来：了解です🙆‍♀️ ワーファリンは5日前から休薬済み、PT-INR 1.1でした\n")
    doc.t("9:41 病棟：ありがとうございます！ヘパリン置換はなしで大丈夫そう\n")
    doc.t("10:05 薬剤部：マグミット330mg 3T 分3 は継続で🙏 " + rng.choice(CLIN))


def c_irb(g: Gen, doc: Doc) -> None:
    doc.t("選択基準\n1) 同意取得時 20歳以上\n2) 組織学的に確定した非小細胞肺癌 Stage IIIA–IVB（UICC 第8版）\n")
    doc.t("3) ECOG PS 0–1\n4) 主要臓器機能が保持されている（AST/ALT ≤ 3×ULN、Cr ≤ 1.5 mg/dL、好中球数 ≥ 1500/μL）\n")
    doc.t("除外基準\n1) 活動性の重複癌\n2) 間質性肺炎の合併（KL-6 > 500 U/mL）\n3) HBs抗原陽性\n")
    doc.t("主要評価項目：無増悪生存期間（RECIST v1.1）。目標症例数 120例、登録期間 2年、追跡期間 3年。")


CLEAN = [c_pharm, c_nurse, c_inquiry, c_school, c_hl7, c_fhir, c_table, c_chat, c_irb]


def generate_o(n_phi: int = 80, n_clean: int = 20, seed: int = 6160) -> list[dict[str, Any]]:
    g = Gen(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        name, fn = STYLES[i % len(STYLES)]
        doc = Doc(f"O-{i:03d}-{name}")
        fn(g, doc)
        if name not in {"hl7", "fhir", "table"} and g.rng.random() < 0.3:
            doc.t("\n" + clin(g.rng, 1))
        docs.append(doc.out())
    for j in range(n_clean):
        cfn = CLEAN[j % len(CLEAN)]
        doc = Doc(f"O-clean-{j:03d}-{cfn.__name__[2:]}")
        cfn(g, doc)
        docs.append(doc.out())
    return docs
