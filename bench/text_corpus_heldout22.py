"""Blind held-out text corpus, family AE.

Written blind: the author did not read the de-identification tool's code, policies, docs, tests, the other
bench corpora or the evaluator, and did not run the tool on this corpus.  All names, IDs, addresses, phone
numbers and facilities are synthetic (own lists plus a seeded ``Faker("ja_JP")``).

Styles (PHI documents cycle through them in this order):

1. ``referral``   - referral letters from small clinics (診療所/医院) to a hospital's radiology department
   asking for CT/MRI (診療情報提供書, 画像検査依頼書, FAX送信票 variants; 拝啓/敬具, 御侍史, 御机下, 机下).
2. ``reply``      - the hospital's reply letters with the reading summary (画像診断結果のご報告).
3. ``checkup``    - 人間ドック / 健診 result sheets with findings, chest X-ray and mammography comments,
   comments and recommended follow-up.
4. ``occupational`` - 産業医 interview notes (長時間労働面談, 復職面談, 健診事後措置) with company and workplace.
5. ``school``     - school health room notes and sports-injury referral/reply notes (学校, 部活動, 大会).
6. ``dialysis``   - dialysis clinic monthly reports to the hospital (透析月報, lab table, access status).
7. ``homevisit``  - 訪問診療 records with the day's route, the family and care staff.
8. ``second``     - second-opinion request forms (セカンドオピニオン外来 申込書).
9. ``ledger``     - imaging-CD loan/return ledgers (画像CD貸出簿) listing patients, dates, borrowing
   institutions and staff, in tabular/CSV-like rows.

Labelling choices a scorer should know:

* PERSON spans never include honorifics/roles (様, さん, 氏, 先生, 医師, Dr., Ns, 看護師, 御侍史 ...).  Romaji
  names appear in both orders, kana names in katakana and hiragana, initials ("K.T.") only where they plainly
  stand for a patient.  Foreign residents' names are one PERSON span including the inner "・" or space.
* AGE spans include the unit when it is attached ("72歳", "72才", "72y", "七十二歳"); in "(72)" only the digits.
  Ages of 90 and over appear in the home-visit and ledger styles.
* DATE: a date with its weekday and/or clock time is one span ("2024/05/12(日) 14:30").  Birth dates, visit,
  exam, loan and return dates are all labelled; bare times and durations ("3日間", "6か月後") are not.
  Bare month/year references such as "2024年5月分" in the dialysis report header are labelled DATE.
* FACILITY: named clinics, hospitals, pharmacies, care homes, schools, companies and named workplaces
  ("株式会社X" and "X工場" are separate spans when written apart), named wards ("5階東病棟"), room/bed numbers
  ("302号室", "3番ベッド").  Generic in-company sections ("製造二課") are not labelled.
* DEPARTMENT: bare department names including 地域医療連携室 and 放射線科.
* ID: patient IDs, accession/order/exam numbers, check-up receipt numbers, employee numbers, CD ledger numbers,
  second-opinion reception numbers.
* INSURANCE_NUMBER: 保険者番号, 記号 and 番号 are three separate spans.
* PHONE_NUMBER covers the digits (and separators) only; labels such as TEL/FAX/内線/PHS stay outside.
* POSTAL_CODE never includes "〒".
* PHI-free documents reuse the same style functions with every identifier replaced by a generic phrase.
"""

from __future__ import annotations

import datetime as _dt
import random
from dataclasses import dataclass
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------
# name material
# ---------------------------------------------------------------------------

SURNAMES: list[tuple[str, str, str]] = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("山口", "ヤマグチ", "Yamaguchi"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("原", "ハラ", "Hara"),
    ("関", "セキ", "Seki"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("堀", "ホリ", "Hori"),
    ("岸", "キシ", "Kishi"),
    ("泉", "イズミ", "Izumi"),
    ("星", "ホシ", "Hoshi"),
    ("辻", "ツジ", "Tsuji"),
    ("長野", "ナガノ", "Nagano"),
    ("千葉", "チバ", "Chiba"),
    ("熊本", "クマモト", "Kumamoto"),
    ("秋田", "アキタ", "Akita"),
    ("奈良", "ナラ", "Nara"),
    ("福島", "フクシマ", "Fukushima"),
    ("品川", "シナガワ", "Shinagawa"),
    ("上野", "ウエノ", "Ueno"),
    ("浅草", "アサクサ", "Asakusa"),
    ("本田", "ホンダ", "Honda"),
    ("豊田", "トヨダ", "Toyoda"),
    ("春日", "カスガ", "Kasuga"),
    ("大和", "ヤマト", "Yamato"),
    ("今井", "イマイ", "Imai"),
    ("白石", "シライシ", "Shiraishi"),
    ("早川", "ハヤカワ", "Hayakawa"),
    ("若林", "ワカバヤシ", "Wakabayashi"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("東海林", "ショウジ", "Shoji"),
    ("勘解由小路", "カデノコウジ", "Kadenokoji"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("薬袋", "ミナイ", "Minai"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("猪股", "イノマタ", "Inomata"),
    ("日下部", "クサカベ", "Kusakabe"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("安心院", "アジミ", "Ajimi"),
    ("肝付", "キモツキ", "Kimotsuki"),
    ("海老原", "エビハラ", "Ebihara"),
    ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"),
    ("新垣", "アラガキ", "Aragaki"),
    ("服部", "ハットリ", "Hattori"),
    ("一", "ニノマエ", "Ninomae"),
    ("心", "ココロ", "Kokoro"),
    ("外山", "トヤマ", "Toyama"),
    ("平和", "ヒラワ", "Hirawa"),
    ("相馬", "ソウマ", "Soma"),
]

GIVEN_M: list[tuple[str, str, str]] = [
    ("太郎", "タロウ", "Taro"),
    ("一郎", "イチロウ", "Ichiro"),
    ("茂", "シゲル", "Shigeru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("勝", "マサル", "Masaru"),
    ("進", "ススム", "Susumu"),
    ("実", "ミノル", "Minoru"),
    ("誠", "マコト", "Makoto"),
    ("明", "アキラ", "Akira"),
    ("正", "タダシ", "Tadashi"),
    ("弘", "ヒロシ", "Hiroshi"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("翔太", "ショウタ", "Shota"),
    ("蓮", "レン", "Ren"),
    ("悠真", "ユウマ", "Yuma"),
    ("健一", "ケンイチ", "Kenichi"),
    ("隆之", "タカユキ", "Takayuki"),
    ("光", "ヒカル", "Hikaru"),
    ("亮介", "リョウスケ", "Ryosuke"),
    ("源次郎", "ゲンジロウ", "Genjiro"),
    ("けんじ", "ケンジ", "Kenji"),
    ("ハヤト", "ハヤト", "Hayato"),
]

GIVEN_F: list[tuple[str, str, str]] = [
    ("花子", "ハナコ", "Hanako"),
    ("和子", "カズコ", "Kazuko"),
    ("幸子", "サチコ", "Sachiko"),
    ("節子", "セツコ", "Setsuko"),
    ("千代", "チヨ", "Chiyo"),
    ("美咲", "ミサキ", "Misaki"),
    ("陽菜", "ヒナ", "Hina"),
    ("香織", "カオリ", "Kaori"),
    ("恵", "メグミ", "Megumi"),
    ("春", "ハル", "Haru"),
    ("愛", "アイ", "Ai"),
    ("さくら", "サクラ", "Sakura"),
    ("ひかり", "ヒカリ", "Hikari"),
    ("まゆみ", "マユミ", "Mayumi"),
    ("カナ", "カナ", "Kana"),
    ("トメ", "トメ", "Tome"),
    ("キヨ", "キヨ", "Kiyo"),
    ("ウメ", "ウメ", "Ume"),
    ("優子", "ユウコ", "Yuko"),
    ("紀子", "ノリコ", "Noriko"),
    ("結衣", "ユイ", "Yui"),
]

# (family, given, family_kana, given_kana, family_romaji, given_romaji, sex)
FOREIGN: list[tuple[str, str, str, str, str, str, str]] = [
    ("グエン", "ヴァン・ナム", "グエン", "ヴァンナム", "Nguyen", "Van Nam", "M"),
    ("グエン", "ティ・ラン", "グエン", "ティラン", "Nguyen", "Thi Lan", "F"),
    ("王", "偉", "ワン", "ウェイ", "Wang", "Wei", "M"),
    ("李", "美玲", "リ", "メイリン", "Li", "Meiling", "F"),
    ("金", "民俊", "キム", "ミンジュン", "Kim", "Minjun", "M"),
    ("朴", "智恩", "パク", "ジウン", "Park", "Jieun", "F"),
    ("サントス", "マリア", "サントス", "マリア", "Santos", "Maria", "F"),
    ("ペレイラ", "ジョアン", "ペレイラ", "ジョアン", "Pereira", "Joao", "M"),
    ("シルバ", "カルロス", "シルバ", "カルロス", "Silva", "Carlos", "M"),
    ("ラフマン", "モハメド", "ラフマン", "モハメド", "Rahman", "Mohammed", "M"),
    ("バトバヤル", "ガンバト", "バトバヤル", "ガンバト", "Batbayar", "Ganbat", "M"),
    ("スミス", "エミリー", "スミス", "エミリー", "Smith", "Emily", "F"),
    ("レイエス", "アナ", "レイエス", "アナ", "Reyes", "Ana", "F"),
    ("タパ", "ラジ", "タパ", "ラジ", "Thapa", "Raj", "M"),
]

# coherent (prefecture, city, towns) triples for addresses
PLACES: list[tuple[str, str, list[str]]] = [
    ("東京都", "世田谷区", ["桜丘", "経堂", "用賀", "北沢"]),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "関町北"]),
    ("東京都", "八王子市", ["元横山町", "散田町", "みなみ野"]),
    ("神奈川県", "横浜市港北区", ["日吉本町", "綱島西", "大倉山"]),
    ("神奈川県", "藤沢市", ["鵠沼海岸", "湘南台", "辻堂元町"]),
    ("神奈川県", "相模原市南区", ["相模大野", "上鶴間本町"]),
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "高砂"]),
    ("埼玉県", "川越市", ["新富町", "脇田本町", "霞ケ関北"]),
    ("千葉県", "船橋市", ["本町", "前原西", "習志野台"]),
    ("千葉県", "柏市", ["明原", "豊四季", "松ケ崎"]),
    ("茨城県", "つくば市", ["竹園", "並木", "松代"]),
    ("静岡県", "浜松市中央区", ["鍛冶町", "富塚町", "佐鳴台"]),
    ("愛知県", "名古屋市昭和区", ["御器所", "八事本町", "川名山町"]),
    ("大阪府", "吹田市", ["千里山西", "江坂町", "佐竹台"]),
    ("兵庫県", "西宮市", ["甲子園口", "苦楽園二番町", "今津曙町"]),
    ("福岡県", "北九州市小倉北区", ["魚町", "京町", "黒原"]),
    ("宮城県", "仙台市青葉区", ["錦町", "八幡", "上杉"]),
    ("北海道", "札幌市中央区", ["北三条西", "南十二条西", "宮の森一条"]),
    ("長野県", "松本市", ["中央", "深志", "渚"]),
    ("沖縄県", "那覇市", ["首里石嶺町", "小禄", "泊"]),
]

AREA_CODES = [
    "03",
    "045",
    "042",
    "048",
    "047",
    "04",
    "029",
    "053",
    "052",
    "06",
    "0798",
    "093",
    "022",
    "011",
    "0263",
    "098",
    "0466",
    "049",
    "0467",
    "0276",
]

CLINIC_PREFIX = [
    "あおば",
    "さくら",
    "みどりの",
    "ひまわり",
    "駅前",
    "桜ヶ丘",
    "南町",
    "かわせみ",
    "つばさ",
    "こもれび",
    "けやき",
    "北口",
    "はなみずき",
    "ゆうあい",
    "青葉台",
    "しらかば",
    "ほほえみ",
    "あさひ",
    "若葉",
    "海辺の",
]
CLINIC_SUFFIX = [
    "内科クリニック",
    "診療所",
    "医院",
    "内科医院",
    "ファミリークリニック",
    "整形外科",
    "内科・消化器科",
    "胃腸科医院",
    "循環器クリニック",
    "脳神経外科クリニック",
    "レディースクリニック",
]
HOSP_PLACE = ["城南", "湘北", "武蔵野", "東葛", "港北", "多摩川", "北摂", "西湘", "東都", "中央", "緑ヶ丘", "筑波台"]
HOSP_FORMS = [
    "{p}総合病院",
    "{p}中央病院",
    "市立{p}病院",
    "{p}医療センター",
    "{p}記念病院",
    "{p}大学病院",
    "医療法人社団{p}会 {p}病院",
    "独立行政法人 {p}医療センター",
]
DEPTS = [
    "消化器内科",
    "呼吸器内科",
    "循環器内科",
    "整形外科",
    "脳神経外科",
    "脳神経内科",
    "腎臓内科",
    "乳腺外科",
    "泌尿器科",
    "総合診療科",
    "婦人科",
    "小児科",
    "呼吸器外科",
    "血液内科",
]
RAD_DEPTS = ["放射線科", "放射線診断科", "画像診断科", "放射線部"]
COMPANY_CORE = [
    "東邦精機",
    "みらい物流",
    "サンライズ食品",
    "北辰電子",
    "大和化成",
    "アルファシステム",
    "丸栄建設",
    "ひかり印刷",
    "湘南ケミカル",
    "オリオン製薬",
    "協和運輸",
    "グリーンテック",
    "日東ファブリック",
]
COMPANY_FORMS = [
    "株式会社{c}",
    "{c}株式会社",
    "{c}工業株式会社",
    "(株){c}",
    "有限会社{c}",
    "{c}ホールディングス株式会社",
]
WORKSITES = ["本社", "{x}工場", "{x}物流センター", "{x}事業所", "{x}営業所", "{x}研究所", "{x}支店"]
WORKSITE_X = ["厚木", "岩槻", "野田", "相模原", "浜松", "小牧", "筑波", "川崎", "尼崎", "北上"]

# ---------------------------------------------------------------------------
# small text helpers
# ---------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")
_KAN = "〇一二三四五六七八九"
_WD = "月火水木金土日"


def zen(s: str) -> str:
    """Full-width digits and separators."""
    return s.translate(_ZEN)


def hira(s: str) -> str:
    """Katakana -> hiragana (leaves other characters alone)."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def kan_num(n: int) -> str:
    """Small integer (< 1000) in kanji numerals, e.g. 72 -> 七十二."""
    if n == 0:
        return "〇"
    out = ""
    h, rest = divmod(n, 100)
    if h:
        out += ("" if h == 1 else _KAN[h]) + "百"
    t, o = divmod(rest, 10)
    if t:
        out += ("" if t == 1 else _KAN[t]) + "十"
    if o:
        out += _KAN[o]
    return out


def era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= _dt.date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


@dataclass
class Person:
    family: str
    given: str
    fk: str
    gk: str
    fr: str
    gr: str
    sex: str
    foreign: bool = False

    def known(self) -> dict[str, str]:
        return {
            "family": self.family,
            "given": self.given,
            "family_kana": self.fk,
            "given_kana": self.gk,
            "family_romaji": self.fr,
            "given_romaji": self.gr,
        }


class Gen:
    """Random synthetic entities and their surface forms (one per generate call)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fake = Faker("ja_JP")
        self.fake.seed_instance(seed)
        self.used_fam: list[str] = []

    # -- people -------------------------------------------------------------
    def person(self, sex: str | None = None, foreign_p: float = 0.1) -> Person:
        r = self.r
        if sex is None:
            sex = r.choice("MF")
        if r.random() < foreign_p:
            cands = [f for f in FOREIGN if f[6] == sex] or FOREIGN
            f = r.choice(cands)
            return Person(f[0], f[1], f[2], f[3], f[4], f[5], f[6], True)
        fam = self.fake.last_name_pair() if r.random() < 0.25 else r.choice(SURNAMES)
        if r.random() < 0.25:
            giv = self.fake.first_name_male_pair() if sex == "M" else self.fake.first_name_female_pair()
        else:
            giv = r.choice(GIVEN_M if sex == "M" else GIVEN_F)
        return Person(fam[0], giv[0], fam[1], giv[1], fam[2], giv[2], sex)

    def relative(self, p: Person, sex: str | None = None) -> Person:
        """Same family name (usually), different given name."""
        q = self.person(sex, foreign_p=0.0)
        if self.r.random() < 0.8:
            q.family, q.fk, q.fr = p.family, p.fk, p.fr
        return q

    def name(self, p: Person, form: str | None = None) -> str:
        r = self.r
        if form is None:
            form = r.choices(
                ["kanji", "kanji_ns", "kana", "hira", "romaji_fg", "romaji_gf", "ROMAJI"], [40, 14, 14, 4, 8, 6, 5]
            )[0]
        sp = r.choice([" ", "　", " "])
        if form == "kanji":
            return p.family + sp + p.given
        if form == "given":
            return p.given
        if form == "kanji_ns":
            return p.family + ("・" if p.foreign and not p.family[0] > "一" else "") + p.given
        if form == "kana":
            return p.fk + sp + p.gk
        if form == "hira":
            return hira(p.fk) + sp + hira(p.gk)
        if form == "romaji_fg":
            return f"{p.fr.upper()} {p.gr}" if r.random() < 0.5 else f"{p.fr} {p.gr}"
        if form == "romaji_gf":
            return f"{p.gr} {p.fr}"
        if form == "ROMAJI":
            return f"{p.fr} {p.gr}".upper() if r.random() < 0.6 else f"{p.gr} {p.fr}".upper()
        if form == "family":
            return p.family
        if form == "family_kana":
            return p.fk
        if form == "initials":
            g, f = p.gr.replace(" ", "")[0], p.fr[0]
            return f"{g}.{f}." if r.random() < 0.5 else f"{f}.{g}."
        if form == "romaji_family":
            return p.fr
        return p.family + p.given

    # -- numbers / dates ------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def day_between(self, a: _dt.date, b: _dt.date) -> _dt.date:
        return a + _dt.timedelta(days=self.r.randint(0, (b - a).days))

    def recent(self) -> _dt.date:
        return self.day_between(_dt.date(2022, 4, 1), _dt.date(2025, 9, 30))

    def birth(self, age_lo: int = 20, age_hi: int = 90, ref: _dt.date | None = None) -> tuple[_dt.date, int]:
        ref = ref or _dt.date(2024, 6, 1)
        age = self.r.randint(age_lo, age_hi)
        b = ref - _dt.timedelta(days=age * 365 + self.r.randint(10, 350))
        real = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
        return b, real

    def date(
        self, d: _dt.date, style: str | None = None, wd: bool | None = None, time: bool = False, noisy: bool = True
    ) -> str:
        r = self.r
        if style is None:
            style = r.choices(
                ["slash", "slash_nz", "iso", "kanji", "era", "era_short", "era_kan", "dot", "kanji0"],
                [20, 14, 6, 20, 14, 10, 3, 5, 4],
            )[0]
        e, ea, ey = era(d)
        if style == "slash":
            s = f"{d.year}/{d.month:02d}/{d.day:02d}"
        elif style == "slash_nz":
            s = f"{d.year}/{d.month}/{d.day}"
        elif style == "iso":
            s = d.isoformat()
        elif style == "kanji":
            s = f"{d.year}年{d.month}月{d.day}日"
        elif style == "kanji0":
            s = f"{d.year}年 {d.month:02d}月 {d.day:02d}日"
        elif style == "era":
            s = f"{e}{'元' if ey == 1 else ey}年{d.month}月{d.day}日"
        elif style == "era_short":
            s = f"{ea}{ey}.{d.month}.{d.day}" if r.random() < 0.7 else f"{ea}{ey:02d}/{d.month:02d}/{d.day:02d}"
        elif style == "era_kan":
            s = f"{e}{'元' if ey == 1 else kan_num(ey)}年{kan_num(d.month)}月{kan_num(d.day)}日"
        elif style == "dot":
            s = f"{d.year}.{d.month:02d}.{d.day:02d}"
        elif style == "md":
            s = f"{d.month}/{d.day}"
        elif style == "md0":
            s = f"{d.month:02d}/{d.day:02d}"
        elif style == "md_kanji":
            s = f"{d.month}月{d.day}日"
        elif style == "ym":
            s = f"{d.year}年{d.month}月"
        elif style == "era_ym":
            s = f"{e}{ey}年{d.month}月"
        else:
            s = d.isoformat()
        if wd is None:
            wd = r.random() < 0.2
        if wd:
            w = _WD[d.weekday()]
            s += r.choice([f"({w})", f"（{w}）", f" ({w})", f"{w}曜日" if style.startswith("kanji") else f"({w})"])
        if time:
            s += r.choice([" ", "　", " ", ""]) + f"{r.randint(8, 18)}:{r.choice(['00', '15', '30', '45', '10'])}"
        if noisy and r.random() < 0.08:
            s = zen(s)
        return s

    def age(self, a: int, style: str | None = None) -> str:
        r = self.r
        style = style or r.choices(["sai", "sai", "sai", "tai", "y", "kan"], [30, 20, 10, 10, 8, 3])[0]
        if style == "tai":
            s = f"{a}才"
        elif style == "y":
            s = f"{a}y"
        elif style == "kan":
            s = f"{kan_num(a)}歳"
        elif style == "bare":
            s = str(a)
        else:
            s = f"{a}歳"
        return zen(s) if r.random() < 0.07 else s

    def phone(self, kind: str = "land", area: str | None = None) -> str:
        r = self.r
        if kind == "mobile":
            parts = [r.choice(["090", "080", "070"]), self.digits(4), self.digits(4)]
        else:
            area = area or r.choice(AREA_CODES)
            local = 10 - len(area)
            mid = {2: 4, 3: 3, 4: 2, 5: 1}.get(len(area), 3)
            parts = [area, self.digits(mid), self.digits(local - mid)]
            parts[1] = str(r.randint(2, 9)) + parts[1][1:]
        fmt = r.choices(["hy", "par", "none", "sp"], [70, 12, 8, 10])[0]
        if fmt == "par":
            s = f"{parts[0]}({parts[1]}){parts[2]}"
        elif fmt == "none":
            s = "".join(parts)
        elif fmt == "sp":
            s = " ".join(parts)
        else:
            s = "-".join(parts)
        return zen(s) if r.random() < 0.1 else s

    def fax_like(self, tel: str) -> str:
        """A fax number next to the given phone (last digit changed)."""
        last = tel[-1]
        digs = "0123456789０１２３４５６７８９"
        if last in digs:
            i = digs.index(last)
            base = 10 if i >= 10 else 0
            new = digs[base + (i - base + 1) % 10]
            return tel[:-1] + new
        return tel

    def postcode(self) -> str:
        s = f"{self.r.randint(1, 99):03d}-{self.digits(4)}" if self.r.random() < 0.01 else self.fake.postcode()
        if self.r.random() < 0.12:
            s = s.replace("-", "")
        return zen(s) if self.r.random() < 0.06 else s

    def address(self, level: str | None = None, place: tuple[str, str, list[str]] | None = None) -> str:
        r = self.r
        pref, city, towns = place or r.choice(PLACES)
        town = r.choice(towns)
        level = level or r.choices(["full", "full", "dash", "bldg", "town", "city"], [25, 10, 25, 15, 15, 10])[0]
        c, b, g = r.randint(1, 9), r.randint(1, 40), r.randint(1, 28)
        drop_pref = r.random() < 0.2
        head = ("" if drop_pref else pref) + city
        if level == "city":
            return pref + city
        if level == "town":
            return head + town
        if level == "full":
            s = f"{head}{town}{c}丁目{b}番{g}号" if r.random() < 0.6 else f"{head}{town}{c}丁目{b}-{g}"
        else:
            s = f"{head}{town}{c}-{b}-{g}"
        if level == "bldg":
            bname = r.choice(["コーポ", "メゾン", "ハイツ", "グランドール", "サンライズ", "パークサイド"]) + r.choice(
                ["桜", "青葉", "第2", "南", "ひまわり", "弐番館"]
            )
            s += (
                r.choice([" ", "　", ""]) + f"{bname}{r.randint(1, 6)}0{r.randint(1, 9)}" + r.choice(["号室", "号", ""])
            )
        return zen(s) if r.random() < 0.05 else s

    # -- facilities ------------------------------------------------------------
    def clinic(self, suffix: str | None = None) -> str:
        r = self.r
        pre = r.choice(SURNAMES)[0] if r.random() < 0.3 else r.choice(CLINIC_PREFIX)
        suf = suffix or r.choice(CLINIC_SUFFIX)
        name = pre + suf
        if r.random() < 0.2:
            name = (
                "医療法人"
                + r.choice(["社団", "", "財団"])
                + r.choice(["健和会", "光陽会", "清風会", "優心会"])
                + " "
                + name
            )
        return name

    def hospital(self) -> str:
        p = self.r.choice(HOSP_PLACE)
        return self.r.choice(HOSP_FORMS).format(p=p)

    def company(self) -> str:
        return self.r.choice(COMPANY_FORMS).format(c=self.r.choice(COMPANY_CORE))

    def worksite(self) -> str:
        return self.r.choice(WORKSITES).format(x=self.r.choice(WORKSITE_X))

    def ward(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.randint(3, 9)}階{r.choice(['東', '西', '南', '北'])}病棟",
                f"{r.randint(3, 8)}{r.choice('ABC')}病棟",
                f"{r.choice(['東', '西'])}{r.randint(3, 7)}病棟",
            ]
        )

    def room(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.randint(2, 8)}{r.randint(0, 2)}{r.randint(1, 9)}号室",
                f"{r.randint(201, 815)}号",
                f"{r.randint(1, 6)}番ベッド",
            ]
        )

    # -- identifiers -------------------------------------------------------------
    def pid(self) -> str:
        r = self.r
        f = r.choice(["d8", "d8", "d7", "d10", "dash", "pre"])
        if f == "d8":
            s = f"{r.randint(0, 9)}{self.digits(7)}"
        elif f == "d7":
            s = self.digits(7)
        elif f == "d10":
            s = "00" + self.digits(8)
        elif f == "dash":
            s = f"{self.digits(2)}-{self.digits(5)}"
        else:
            s = f"{r.choice('KPA')}{self.digits(7)}"
        return zen(s) if r.random() < 0.06 else s

    def acc(self, mod: str = "CT") -> str:
        r = self.r
        y = r.choice(["2023", "2024", "2025", "24", "25"])
        return r.choice(
            [
                f"{mod}{y}-{self.digits(6)}",
                f"RIS{y}{self.digits(6)}",
                f"{y}{self.digits(2)}{mod}{self.digits(4)}",
                f"A{self.digits(9)}",
            ]
        )

    def mynumber(self) -> str:
        """12 digits with a valid check digit (the official algorithm)."""
        body = [self.r.randint(0, 9) for _ in range(11)]
        s = 0
        for n in range(1, 12):
            p = body[11 - n]
            q = n + 1 if n <= 6 else n - 5
            s += p * q
        rem = s % 11
        cd = 0 if rem <= 1 else 11 - rem
        digs = "".join(map(str, body)) + str(cd)
        if self.r.random() < 0.5:
            return f"{digs[:4]} {digs[4:8]} {digs[8:]}"
        return digs

    def email(self, p: Person | None = None, domain: str | None = None) -> str:
        r = self.r
        if p is not None:
            local = r.choice(
                [
                    f"{p.fr.lower()}.{p.gr.lower().replace(' ', '')}",
                    f"{p.gr[0].lower()}{p.fr.lower()}",
                    f"{p.fr.lower()}{r.randint(1, 99)}",
                ]
            )
        else:
            local = r.choice(["info", "renkei", "chiiki", "uketsuke", "hoken", "sanpo", "office"])
        domain = domain or r.choice(
            ["example.jp", "mail.example.ne.jp", "example.co.jp", "example.or.jp", "ezweb.example.jp"]
        )
        return f"{local}@{domain}"

    def insurer(self) -> tuple[str, str, str]:
        r = self.r
        ins = r.choice([f"{r.choice(['01', '06', '31', '32', '34', '39'])}{self.digits(6)}", self.digits(6)])
        kigo = r.choice(
            [
                f"{self.digits(2)}-{self.digits(2)}",
                self.digits(4),
                f"{r.choice(['あ', 'け', '千', '横'])}{self.digits(3)}",
            ]
        )
        ban = str(r.randint(1, 99999))
        return ins, kigo, ban


# ---------------------------------------------------------------------------
# writer: the same style code renders PHI documents and PHI-free twins
# ---------------------------------------------------------------------------

CLEAN_ALT: dict[str, list[str]] = {
    "PERSON": ["本人", "ご本人"],
    "ID": ["（院内番号省略）", "別紙参照"],
    "DATE": ["本日", "同日", "後日", "先日"],
    "AGE": ["高齢", "成人"],
    "PHONE_NUMBER": ["代表番号", "当院代表"],
    "ADDRESS": ["自宅", "ご自宅"],
    "POSTAL_CODE": ["（省略）"],
    "FACILITY": ["当院", "前医", "紹介元"],
    "DEPARTMENT": ["担当科", "当科"],
    "EMAIL_ADDRESS": ["別途ご連絡ください"],
    "URL": ["当院ホームページ"],
    "MY_NUMBER": ["（提出済み）"],
    "INSURANCE_NUMBER": ["（省略）"],
}
KINDS = set(CLEAN_ALT)


class W:
    def __init__(self, doc: Doc, clean: bool, g: Gen, noise: float) -> None:
        self.doc, self.clean, self.g, self.noise = doc, clean, g, noise
        self.kn: dict[str, list[str]] = {"ids": [], "addresses": [], "phones": [], "emails": []}
        self.bd = _dt.date(1950, 1, 1)

    def t(self, s: str) -> W:
        r = self.g.r
        if self.noise and len(s) > 14 and "\n" not in s[1:-1] and r.random() < self.noise:
            i = r.randint(4, len(s) - 4)
            s = s[:i] + "\n" + s[i:]
        self.doc.t(s)
        return self

    def v(self, s: str, kind: str, alt: str | None = None, kn: str | None = None) -> W:
        assert kind in KINDS, kind
        if self.clean:
            self.doc.t(alt if alt is not None else self.g.r.choice(CLEAN_ALT[kind]))
            return self
        s2 = s.strip()
        if s2 != s:
            lead = s[: len(s) - len(s.lstrip())]
            if lead:
                self.doc.t(lead)
        self.doc.p(s2, kind)
        if s2 != s and s.rstrip() != s:
            self.doc.t(s[len(s.rstrip()) :])
        if kn:
            self.kn[kn].append(s2)
        return self

    # conveniences --------------------------------------------------------
    def name(self, p: Person, form: str | None = None, alt: str = "本人") -> W:
        return self.v(self.g.name(p, form), "PERSON", alt)

    def date(self, d: _dt.date, alt: str = "本日", **kw: Any) -> W:
        return self.v(self.g.date(d, **kw), "DATE", alt)

    def age(self, a: int, alt: str = "高齢", style: str | None = None) -> W:
        if style == "bare" and alt == "高齢":
            alt = "－"
        return self.v(self.g.age(a, style), "AGE", alt)

    def tel(self, s: str, alt: str = "代表番号", kn: str | None = None) -> W:
        return self.v(s, "PHONE_NUMBER", alt, kn)

    def fac(self, s: str, alt: str = "当院") -> W:
        return self.v(s, "FACILITY", alt)

    def dep(self, s: str, alt: str = "担当科") -> W:
        return self.v(s, "DEPARTMENT", alt)

    def id(self, s: str, alt: str = "（省略）", kn: str | None = None) -> W:
        return self.v(s, "ID", alt, kn)


def sex_jp(p: Person, r: random.Random) -> str:
    return r.choice(["男性", "男", "M"] if p.sex == "M" else ["女性", "女", "F"])


def pick(r: random.Random, *xs: str) -> str:
    return r.choice(xs)


# clinical material: (exam, complaint, purpose, history, meds, finding, impression)
RAD_CASES: list[tuple[str, str, str, str, str, str, str]] = [
    (
        "腹部造影CT",
        "心窩部痛と体重減少（3か月で4kg）、CA19-9 82 U/mL と上昇",
        "膵腫瘍の除外をお願いします",
        "高血圧症、2型糖尿病（HbA1c 7.4%）",
        "アムロジピン5mg 1T、メトホルミン500mg 2T 分2",
        "膵体部に18mm大の乏血性腫瘤を認め、尾側主膵管は4mmに拡張しています。明らかな肝転移、リンパ節腫大は認めません。",
        "膵体部癌疑い（cT1cN0M0 相当）。EUS-FNA を含めた精査をお勧めします。",
    ),
    (
        "頭部MRI・MRA",
        "1週間前からの右手のしびれとふらつき",
        "脳梗塞、頭蓋内病変の評価をお願いいたします",
        "脂質異常症、心房細動（抗凝固薬内服中）",
        "アピキサバン5mg 2T 分2、ロスバスタチン2.5mg 1T",
        "DWIで左放線冠に径8mmの高信号域を認め、ADC低下を伴います。MRAで主幹動脈に有意狭窄は認めません。",
        "左放線冠の急性期ラクナ梗塞。神経内科受診をお勧めします。",
    ),
    (
        "胸部CT（単純）",
        "健診の胸部X線で右上肺野に結節影を指摘",
        "肺癌の除外をお願いします",
        "喫煙歴 20本×40年（現在禁煙中）、COPD",
        "チオトロピウム吸入 1日1回",
        "右S2に22mm大の分葉状結節を認め、spiculaと胸膜陥入像を伴います。縦隔リンパ節の腫大は明らかではありません。",
        "右上葉肺癌を強く疑います（cT1cN0M0）。呼吸器内科での気管支鏡検査をご検討ください。",
    ),
    (
        "腰椎MRI",
        "腰痛と左下肢痛、L5領域のしびれ",
        "腰椎椎間板ヘルニア（L4/5）疑いにつき精査をお願いします",
        "特記事項なし",
        "ロキソプロフェン60mg 3T、レバミピド 3T",
        "L4/5 椎間板の左傍正中に脱出を認め、左L5神経根を圧排しています。L5/S1 は軽度膨隆のみです。",
        "L4/5 左傍正中型椎間板ヘルニア。保存加療で改善なければ整形外科的評価をお勧めします。",
    ),
    (
        "肝ダイナミックCT",
        "C型肝炎SVR後の経過観察中、腹部エコーでS6に15mmの低エコー結節",
        "HCCの除外をお願いします",
        "C型慢性肝炎（DAA治療後SVR）、糖尿病",
        "ウルソデオキシコール酸100mg 3T",
        "S6に動脈相で濃染し、平衡相でwashoutを示す16mmの結節を認めます。門脈腫瘍栓なし。",
        "典型的な肝細胞癌（LI-RADS 5）。消化器内科への紹介をお勧めします。",
    ),
    (
        "右膝MRI",
        "階段昇降時の右膝痛、McMurrayテスト陽性",
        "半月板損傷の評価をお願いいたします",
        "変形性膝関節症（KL grade II）",
        "セレコキシブ100mg 2T",
        "内側半月板後節に関節面に達する水平断裂を認めます。ACL、PCLは連続性保たれています。軽度の関節液貯留あり。",
        "右内側半月板後節の水平断裂。",
    ),
    (
        "頸部造影CT",
        "甲状腺腫大、橋本病で当院通院中",
        "甲状腺腫瘍、リンパ節腫大の評価をお願いします",
        "橋本病（レボチロキシン内服中）",
        "レボチロキシン50μg 1T",
        "甲状腺はびまん性に腫大し、右葉下極に12mmの低吸収結節を認めます。頸部リンパ節の有意な腫大はありません。",
        "慢性甲状腺炎の背景に右葉結節。エコー下FNAをご検討ください。",
    ),
    (
        "骨盤部MRI（造影）",
        "過多月経と貧血（Hb 8.9 g/dL）",
        "子宮筋腫の評価をお願いします",
        "鉄欠乏性貧血",
        "クエン酸第一鉄50mg 2T",
        "子宮体部に最大径62mmの筋層内筋腫を含む多発筋腫を認めます。T2で均一な低信号で、変性は目立ちません。",
        "多発子宮筋腫。悪性を示唆する所見なし。",
    ),
]


def s_referral(w: W, g: Gen) -> Person:
    r = g.r
    p = g.person(foreign_p=0.12)
    today = g.recent()
    bd, age = g.birth(35, 88, today)
    w.bd = bd
    case = r.choice(RAD_CASES)
    hosp, clinic = g.hospital(), g.clinic()
    rad = r.choice(RAD_DEPTS)
    cdoc, hdoc = g.person(), g.person(foreign_p=0.0)
    ctel = g.phone("land")
    paddr = g.address()
    ptel = g.phone(r.choice(["land", "mobile"]))
    tpl = r.randrange(3)
    if tpl == 0:
        w.t(pick(r, "診療情報提供書", "診 療 情 報 提 供 書", "診療情報提供書（画像検査依頼）") + "\n")
        w.t("　　　　　　　　　　　　　　　　　").date(today, style=r.choice(["era", "kanji", "slash"])).t("\n")
        w.fac(hosp, "貴院").t(" ").dep(rad, "放射線科").t("\n")
        if r.random() < 0.6:
            w.name(hdoc, "kanji", "担当医").t(pick(r, " 先生 御侍史", "先生　御侍史", " 先生御机下")).t("\n")
        else:
            w.t("ご担当先生 御侍史\n")
        w.t("\n　　　紹介元 ").fac(clinic, "当院").t("\n")
        if r.random() < 0.7:
            pc = g.postcode()
            w.t("　　　〒").v(pc, "POSTAL_CODE").t(" ").v(g.address("dash"), "ADDRESS", "（所在地省略）").t("\n")
        w.t("　　　TEL ").tel(ctel).t(pick(r, "  FAX ", " / FAX: ")).tel(g.fax_like(ctel), "代表FAX").t("\n")
        w.t("　　　医師 ").name(cdoc, "kanji", "紹介医").t(pick(r, "　印\n", "\n", " (署名)\n"))
        w.t("\n患者氏名：").name(p, "kanji").t(" 様（").name(p, r.choice(["kana", "hira"]), "本人").t("）　")
        w.t(sex_jp(p, r) + "\n")
        w.t("生年月日：").date(bd, style=r.choice(["era", "era_short", "kanji", "slash"]), wd=False, alt="（省略）")
        w.t("（").age(age).t("）\n")
        w.t("住所：").v(paddr, "ADDRESS", kn="addresses").t("\n")
        w.t(pick(r, "電話：", "TEL:", "連絡先 ")).tel(ptel, "本人携帯", kn="phones").t("\n")
        if r.random() < 0.5:
            w.t("当院ID：").id(g.pid(), kn="ids").t("\n")
    elif tpl == 1:
        w.fac(hosp, "貴院").t(pick(r, "　", " ")).dep(rad, "放射線科").t(pick(r, " 御中\n", "\n"))
        w.name(hdoc, "kanji", "ご担当").t(pick(r, " 先生 御机下\n\n", "先生 机下\n\n", " 先生　御侍史\n\n"))
        w.t(
            "拝啓　"
            + pick(
                r,
                "時下ますますご清栄のこととお慶び申し上げます。",
                "平素より大変お世話になっております。",
                "陽春の候、先生にはますますご健勝のこととお喜び申し上げます。",
            )
            + "\n"
        )
        w.t("さて、このたび下記の患者様につきまして、" + case[0] + "を依頼したくご紹介申し上げます。\n\n")
        w.t("　患者：").name(p).t(pick(r, " 様 ", "様　", " さん ")).t("(").age(age, style="bare").t(
            pick(r, "歳", "才")
        )
        w.t("・" + sex_jp(p, r)[0] + ")\n")
        w.t("　生年月日 ").date(bd, style=r.choice(["era", "era_short"]), wd=False, alt="（省略）").t("\n")
        w.t("　").v(g.address("town"), "ADDRESS", "市内", kn="addresses").t(pick(r, " 在住\n", "在住\n"))
    else:
        w.t("FAX送信票" + pick(r, "", "（至急）", " ※画像共同利用") + "\n")
        w.t("送信日：").date(today, style="slash", wd=True).t("\n")
        w.t("宛先：").fac(hosp, "貴院").t(" ").dep(
            r.choice(["地域医療連携室", "地域連携センター", "放射線科 予約係"]), "連携窓口"
        )
        w.t(" 御中\n")
        w.t("発信元：").fac(clinic, "当院").t("　TEL ").tel(ctel).t(
            "\n枚数：" + str(r.randint(2, 4)) + "枚（本票含む）\n"
        )
        w.t("------------------------------------------\n画像検査（共同利用）依頼書\n")
        w.t("検査：" + case[0] + "\n希望日時：第1希望 ").date(
            g.day_between(today, today + _dt.timedelta(days=14)), style="md_kanji", wd=True, time=True, alt="後日"
        )
        w.t("\n患者氏名(カナ)：").name(p, "kana").t("\n漢字：").name(p, "kanji").t("\n")
        w.t("生年月日：").date(bd, style=r.choice(["slash", "era_short", "iso"]), wd=False, alt="（省略）")
        w.t("　年齢：").age(age).t("\n")
        w.t("連絡先：").tel(ptel, "本人携帯", kn="phones").t("\n")
        w.t("保険：保険者番号 ")
        ins, kigo, ban = g.insurer()
        w.v(ins, "INSURANCE_NUMBER").t(" 記号 ").v(kigo, "INSURANCE_NUMBER").t(" 番号 ").v(ban, "INSURANCE_NUMBER").t(
            "\n"
        )
        if r.random() < 0.5:
            w.t("腎機能：eGFR " + str(r.randint(38, 92)) + "（").date(
                today - _dt.timedelta(days=r.randint(3, 40)), style="md", alt="先日"
            ).t("）　造影剤アレルギー：なし\n")
    w.t("\n【傷病名】" + case[2].replace("をお願いします", "").replace("をお願いいたします", "") + "\n")
    w.t("【紹介目的】" + case[0] + "による精査。" + case[2] + "。\n")
    w.t("【症状経過】" + case[1] + "。")
    d0 = today - _dt.timedelta(days=r.randint(5, 60))
    w.date(d0, style=r.choice(["md_kanji", "kanji", "md"]), wd=False, alt="先日").t(
        pick(r, "より当院で加療中です。", "初診。")
    )
    w.t("\n【既往歴】" + case[3] + "\n【処方】" + case[4] + "\n")
    if tpl == 1:
        w.t(
            "\nご多忙のところ誠に恐縮ですが、ご高診のほどよろしくお願い申し上げます。\n"
            + pick(r, "　　　　敬具\n", "敬具\n")
        )
        w.date(today, style=r.choice(["era", "kanji"])).t("\n")
        w.fac(clinic, "当院").t("\n").t(pick(r, "院長 ", "", "担当医 ")).name(cdoc, "kanji", "院長").t("\n")
        w.t("TEL ").tel(ctel).t("\n")
        if r.random() < 0.4:
            dom = f"{r.choice(['aoba', 'sakura', 'midori', 'tsubasa', 'keyaki'])}-clinic.example.jp"
            w.v(f"https://www.{dom}/", "URL").t("\n")
    else:
        w.t(
            pick(
                r,
                "※結果は当院宛てにFAXでご返送ください。CD-Rは患者様にお渡しください。\n",
                "読影結果は郵送にてお願いいたします。\n",
                "以上、よろしくお願いいたします。\n",
            )
        )
    return p


def s_reply(w: W, g: Gen) -> Person:
    r = g.r
    p = g.person(foreign_p=0.1)
    exam_d = g.recent()
    bd, age = g.birth(30, 95, exam_d)
    w.bd = bd
    case = r.choice(RAD_CASES)
    hosp, clinic = g.hospital(), g.clinic()
    rad = r.choice(RAD_DEPTS)
    cdoc, reader = g.person(), g.person()
    htel = g.phone("land")
    pid = g.pid()
    tpl = r.randrange(3)
    if tpl == 0:
        w.fac(clinic, "紹介元医療機関").t("\n").name(cdoc, "kanji", "ご担当").t(
            pick(r, " 先生 机下\n", " 先生　御机下\n", "先生 侍史\n")
        )
        w.t("\n" + "　" * r.randint(8, 14)).fac(hosp, "当院").t("\n" + "　" * r.randint(8, 14)).dep(rad, "放射線科")
        w.t("　").name(reader, "kanji", "読影医").t("\n" + "　" * r.randint(8, 14) + "TEL ").tel(htel)
        if r.random() < 0.6:
            w.t("（内線 ").tel(str(r.randint(2000, 7999)), "担当内線").t("）")
        w.t("\n\n画像診断結果のご報告\n\n")
        w.t("平素より格別のご高配を賜り厚く御礼申し上げます。\n")
        w.t("ご紹介いただきました ").name(p, "kanji").t(" 様（ID:").id(pid, kn="ids").t("、").age(age).t("）の")
        w.t(case[0] + "を ").date(exam_d, style=r.choice(["kanji", "era", "slash"])).t(" に施行いたしましたので、")
        w.t("下記のとおりご報告申し上げます。\n")
    elif tpl == 1:
        w.t("＜画像診断報告書＞" + pick(r, "", "　返書", "（ご紹介元控）") + "\n")
        w.t("依頼元：").fac(clinic, "紹介元").t(" ").name(cdoc, r.choice(["kanji", "family"]), "ご担当").t(" 先生\n")
        w.t("患者ID：").id(pid, kn="ids").t("　氏名：").name(p, r.choice(["kana", "kanji"])).t("　")
        w.t(sex_jp(p, r) + "　").age(age, style=r.choice(["y", "sai"])).t("\n")
        w.t("生年月日：").date(bd, style=r.choice(["slash", "era_short"]), wd=False, alt="（省略）").t("\n")
        w.t("検査日時：").date(exam_d, style="slash", time=True).t("　受付No.").id(
            g.acc("CT" if "CT" in case[0] else "MR")
        )
        w.t("\n検査部位・方法：" + case[0] + "\n")
    else:
        w.t(pick(r, "拝啓　", "拝復　") + "平素より大変お世話になっております。\n")
        w.t("先日は ").name(p, "kanji").t(pick(r, " 様", "さん", "様")).t(
            "をご紹介いただき、誠にありがとうございました。\n"
        )
        w.date(exam_d, style=r.choice(["md_kanji", "era"]), wd=r.random() < 0.5).t(
            "、当院にて" + case[0] + "を施行いたしました。"
        )
        w.t("結果を以下にご報告いたします。\n")
    w.t(
        "\n【臨床情報】"
        + case[1]
        + "。"
        + case[2].replace("をお願いします", "").replace("をお願いいたします", "")
        + "。\n"
    )
    w.t(
        "【使用造影剤】" + pick(r, "なし（単純）", "イオパミドール300 100mL", "ガドブトロール 7.5mL") + "　副作用なし\n"
    )
    w.t("\n【所見】\n" + case[5] + "\n")
    if r.random() < 0.4:
        old = exam_d - _dt.timedelta(days=r.randint(200, 900))
        w.t("前回 ").date(old, style=r.choice(["slash", "era_short", "kanji"]), wd=False, alt="前回検査時")
        w.t("（").fac(r.choice([hosp, g.hospital()]), "前医").t(
            "）の画像と比較し、" + pick(r, "新規病変です。", "増大傾向です。", "著変ありません。") + "\n"
        )
    w.t("\n【診断】\n" + case[6] + "\n")
    w.t(
        pick(
            r,
            "【推奨】3か月後の経過観察CTをお勧めします。\n",
            "【推奨】専門科へのご紹介をご検討ください。\n",
            "【推奨】臨床経過と併せてご判断ください。\n",
        )
    )
    w.t(
        "\n"
        + pick(
            r,
            "画像はCD-Rにて患者様にお渡ししております。",
            "画像CDを同封いたします。ご返却は不要です。",
            "なお、当院での診療をご希望の場合は地域医療連携室までご連絡ください。",
        )
        + "\n"
    )
    if tpl == 2:
        w.t(pick(r, "\n敬具\n", "\n　　　　　　　　　　　　敬具\n"))
        w.date(exam_d + _dt.timedelta(days=r.randint(0, 3)), style=r.choice(["era", "kanji"])).t("\n")
        w.fac(hosp, "当院").t(" ").dep(rad, "放射線科").t("\n" + pick(r, "読影医　", "放射線科専門医 ", ""))
        w.name(reader, "kanji", "読影医").t("\n")
        w.fac(clinic, "紹介元").t("\n").name(cdoc, "kanji", "ご担当").t(pick(r, " 先生 御侍史\n", " 先生\n"))
    else:
        w.t("\n" + pick(r, "読影：", "報告医：", "署名 ")).name(reader, r.choice(["kanji", "romaji_gf"]), "読影医")
        w.t(pick(r, "\n", "（専門医）\n"))
        if r.random() < 0.4:
            w.t("確定：").date(exam_d + _dt.timedelta(days=1), style="slash", time=True).t("\n")
    return p


CXR = [
    ("異常なし", "A"),
    ("右下肺野に小結節影を認めます。", "D2"),
    ("陳旧性炎症性変化（左上肺野の索状影）", "B"),
    ("心胸郭比 54%、軽度心拡大", "C"),
    ("右肺尖部胸膜肥厚", "B"),
    ("大動脈弓の石灰化", "B"),
]
MMG = [
    ("カテゴリー1 異常なし", "A"),
    ("カテゴリー2 両側に良性石灰化", "B"),
    ("カテゴリー3 左乳房U領域に局所的非対称性陰影（FAD）", "D2"),
    ("カテゴリー3 右乳房Mに微細石灰化（集簇性）", "D2"),
]
LABS = [
    "LDLコレステロール 168 mg/dL（C）",
    "HbA1c 6.8%（D2）",
    "AST 48 / ALT 72 U/L（C）",
    "尿酸 8.1 mg/dL（C）",
    "空腹時血糖 118 mg/dL（C）",
    "eGFR 54（C）",
    "Hb 11.2 g/dL（C）",
    "尿潜血（2+）（D2）",
    "血圧 148/92 mmHg（C）",
]


def s_checkup(w: W, g: Gen) -> Person:
    r = g.r
    p = g.person(foreign_p=0.08)
    d = g.recent()
    bd, age = g.birth(30, 78, d)
    w.bd = bd
    fac = r.choice(
        [
            g.hospital() + " 健診センター",
            g.clinic("健診クリニック"),
            r.choice(HOSP_PLACE) + "健康管理センター",
            "医療法人" + r.choice(["健和会", "光陽会"]) + " " + r.choice(CLINIC_PREFIX) + "総合健診プラザ",
        ]
    )
    cmp_ = g.company()
    kind = pick(r, "人間ドック", "生活習慣病予防健診", "定期健康診断", "特定健康診査", "1日ドック")
    w.t(pick(r, "", "【親展】\n", "〈個人票〉\n") + kind + pick(r, " 結果報告書", "　結果のお知らせ", " 成績表") + "\n")
    w.t(pick(r, "受診日：", "受診日　", "実施日:")).date(d, wd=r.random() < 0.6).t(pick(r, "　", "  "))
    w.t(pick(r, "受診番号：", "受付No.", "健診番号 ")).id(
        f"{d.strftime('%y%m%d')}-{g.digits(4)}" if r.random() < 0.5 else g.digits(9)
    )
    w.t("\n氏名：").name(p, r.choice(["kanji", "kanji_ns", "kana"])).t(pick(r, " 様", "　様", "")).t("\n")
    if r.random() < 0.5:
        w.t("フリガナ：").name(p, "kana").t("\n")
    w.t("生年月日：").date(bd, style=r.choice(["era", "era_short", "slash", "kanji"]), wd=False, alt="（省略）")
    w.t("（").age(age).t("）　性別：" + sex_jp(p, r)[0] + "\n")
    w.t("所属：").fac(cmp_, "所属事業所").t(pick(r, "\n", " ")).t("保険者番号 ")
    ins, kigo, ban = g.insurer()
    w.v(ins, "INSURANCE_NUMBER").t("　記号・番号 ").v(kigo, "INSURANCE_NUMBER").t("・").v(ban, "INSURANCE_NUMBER").t(
        "\n"
    )
    if r.random() < 0.35:
        w.t("送付先：〒").v(g.postcode(), "POSTAL_CODE").t(" ").v(
            g.address(r.choice(["full", "bldg"])), "ADDRESS", kn="addresses"
        ).t("\n")
    w.t("-" * r.randint(20, 36) + "\n")
    h = r.randint(150, 182) + r.randint(0, 9) / 10
    wt = r.randint(45, 88) + r.randint(0, 9) / 10
    w.t(
        f"身長 {h:.1f}cm　体重 {wt:.1f}kg　BMI {wt / (h / 100) ** 2:.1f}　"
        f"腹囲 {r.randint(68, 98)}.{r.randint(0, 9)}cm\n"
    )
    w.t(f"血圧 {r.randint(108, 158)}/{r.randint(62, 98)} mmHg　脈拍 {r.randint(58, 92)}/分\n")
    cx = r.choice(CXR)
    w.t("胸部X線：" + cx[0] + f"　判定 {cx[1]}\n")
    mm = None
    if p.sex == "F":
        mm = r.choice(MMG)
        w.t("マンモグラフィ（2方向）：" + mm[0] + f"　判定 {mm[1]}\n")
        w.t("乳房超音波：" + pick(r, "異常なし", "右C領域に5mmの嚢胞", "両側乳腺症") + "\n")
    w.t("上部消化管：" + pick(r, "慢性胃炎（萎縮 C-2）", "異常なし", "逆流性食道炎 LA-A", "胃底腺ポリープ") + "\n")
    for lab in r.sample(LABS, r.randint(2, 4)):
        w.t("・" + lab + "\n")
    w.t("\n【総合所見・医師コメント】\n")
    if cx[1] == "D2":
        w.t("胸部X線で右下肺野に結節影を認めます。胸部CTによる精密検査をお受けください。\n")
    if mm and mm[1] == "D2":
        w.t("マンモグラフィで要精検所見があります。乳腺外科での精密検査（超音波・必要に応じ生検）をお勧めします。\n")
    w.t(
        pick(
            r,
            "脂質・血糖について生活習慣の改善を心がけ、6か月後に再検査をお受けください。\n",
            "前回と比較し大きな変化はありません。1年後の健診を受けてください。\n",
            "肝機能異常があり、飲酒量を控え3か月後に再検をお勧めします。\n",
        )
    )
    if r.random() < 0.6:
        w.t("紹介先：").fac(g.hospital(), "専門医療機関").t(" ").dep(
            r.choice(["呼吸器内科", "乳腺外科", "消化器内科"]), "専門科"
        )
        w.t("（紹介状同封）\n")
    w.t("前回受診日：").date(
        d - _dt.timedelta(days=r.randint(330, 400)), style=r.choice(["slash", "kanji"]), alt="前回"
    ).t("\n")
    w.t("\n" + pick(r, "判定医 ", "総合判定医師：", "担当医 ")).name(g.person(foreign_p=0.0), "kanji", "判定医").t("\n")
    w.fac(fac, "当センター").t("　TEL ").tel(g.phone("land")).t(pick(r, "（平日9:00〜17:00）\n", "\n"))
    if r.random() < 0.3:
        w.t("Web結果閲覧：").v(
            f"https://kenshin.{r.choice(['tohto', 'midori', 'shonan'])}-hp.example.jp/result", "URL"
        ).t("\n")
    return p


def s_occupational(w: W, g: Gen) -> Person:
    r = g.r
    p = g.person(foreign_p=0.12)
    d = g.recent()
    bd, age = g.birth(22, 64, d)
    w.bd = bd
    cmp_, site = g.company(), g.worksite()
    doc, nurse, boss = g.person(foreign_p=0.0), g.person("F", 0.0), g.person(foreign_p=0.05)
    emp = r.choice([f"{r.choice('ABKS')}{g.digits(5)}", g.digits(6), f"{g.digits(2)}-{g.digits(4)}"])
    tpl = r.randrange(3)
    sect = pick(r, "製造二課", "経理部", "システム開発部", "営業一課", "物流管理課", "品質保証部")
    title = ["長時間労働者 面接指導記録", "復職判定面談記録", "健康診断事後措置 面談記録"][tpl]
    w.t(pick(r, "【産業医面談】", "産業医面談票　", "") + title + pick(r, "\n", "（社外秘）\n"))
    w.t("事業場：").fac(cmp_, "当社").t(" ").fac(site, "事業場").t("　" + sect + "\n")
    w.t("実施日：").date(d, wd=True).t(
        f"　{r.randint(9, 16)}:00〜　場所：" + pick(r, "健康管理室", "第3会議室", "オンライン(Teams)") + "\n"
    )
    w.t("対象者：").name(p, r.choice(["kanji", "kanji", "kana", "romaji_fg"])).t(pick(r, " 氏", " さん", "")).t(
        "（社員番号 "
    )
    w.id(emp, kn="ids").t("／").age(age).t("／" + sex_jp(p, r)[0] + "）\n")
    if tpl == 0:
        ot = [r.randint(60, 130) for _ in range(3)]
        w.t(f"時間外・休日労働：直近3か月 {ot[0]}h / {ot[1]}h / {ot[2]}h\n")
        w.t(
            "自覚症状："
            + pick(r, "入眠困難、朝の倦怠感。", "頭痛、肩こり。食欲やや低下。", "特になし、と本人。")
            + "\n"
        )
        w.t(f"疲労蓄積度チェック：仕事による負担度 {r.choice(['中', '高', '非常に高い'])}\n")
        w.t(
            "所見："
            + pick(r, "抑うつ症状は軽度（PHQ-9 7点）。", "睡眠時間平均5時間。血圧 146/94。", "明らかな精神症状なし。")
            + "\n"
        )
        w.t(
            "意見："
            + pick(
                r,
                "時間外労働を月45時間以内に制限することが望ましい。",
                "通常勤務可。ただし深夜業は控えること。",
                "1か月後に再面談。上長と業務量の調整を依頼。",
            )
            + "\n"
        )
    elif tpl == 1:
        off = d - _dt.timedelta(days=r.randint(60, 200))
        w.t("休業期間：").date(off, style=r.choice(["slash", "kanji"]), alt="休業開始日").t("〜").date(
            d - _dt.timedelta(days=1), style="md", alt="前日"
        )
        w.t("（" + pick(r, "適応障害", "うつ病", "腰椎椎間板ヘルニア術後", "心筋梗塞後（PCI施行）") + "）\n")
        w.t("主治医：").fac(g.clinic(r.choice(["メンタルクリニック", "心療内科", "整形外科"])), "主治医の医療機関").t(
            " "
        )
        w.name(g.person(foreign_p=0.0), "kanji", "主治医").t(" 医師（復職可の診断書 ").date(
            d - _dt.timedelta(days=r.randint(3, 14)), style="md_kanji", alt="先日"
        ).t(" 付）\n")
        w.t("生活記録表：起床 6:30、日中は図書館通い。睡眠リズム安定。\n")
        w.t(
            "判定："
            + pick(
                r,
                "リハビリ出勤（短時間勤務 6h×4週）から開始可。",
                "復職可。残業禁止3か月。",
                "時期尚早。2週間後に再判定。",
            )
            + "\n"
        )
        w.t("復職予定日：").date(
            d + _dt.timedelta(days=r.randint(7, 21)), style=r.choice(["slash", "md_kanji"]), wd=True, alt="後日"
        ).t("\n")
    else:
        w.t(
            "健診結果："
            + pick(r, "血圧 168/104、HbA1c 8.9%", "LDL 212 mg/dL、AST/ALT 88/132", "心電図 完全右脚ブロック、BNP 120")
            + "\n"
        )
        w.t("受診状況：" + pick(r, "未受診。", "近医受診済み。", "治療中断中。") + "\n")
        w.t("指導：早期に医療機関を受診すること。受診先として ").fac(g.clinic(), "近医").t(" を紹介。\n")
        w.t("就業区分：" + pick(r, "通常勤務", "就業制限（高所作業・運転業務不可）", "要休業") + "\n")
    w.t("本人の希望：" + pick(r, "現部署での継続勤務を希望。", "配置転換を希望している。", "特になし。") + "\n")
    w.t(
        "生活習慣：喫煙 "
        + pick(r, "なし", "10本/日", "20本/日")
        + "、飲酒 "
        + pick(r, "機会飲酒", "毎日ビール500mL", "なし")
        + f"、睡眠 {r.randint(4, 7)}時間\n"
    )
    w.t("\n上長：").name(boss, r.choice(["kanji", "family"]), "上長").t(pick(r, " 課長", " 部長", " GL")).t("（内線 ")
    w.tel(str(r.randint(1000, 8999)), "内線").t(
        "）へ就業上の措置について" + pick(r, "連絡済み。", "本人同意のうえ伝達。") + "\n"
    )
    w.t("産業医 ").name(doc, "kanji", "産業医").t(pick(r, "　保健師 ", " / 保健師：")).name(
        nurse, r.choice(["kanji", "family"]), "保健師"
    ).t("\n")
    if r.random() < 0.5:
        w.t("健康管理室 TEL ").tel(g.phone("land")).t(" mail: ").v(
            g.email(None, f"{r.choice(['tohoseiki', 'mirai-log', 'hokushin'])}.example.co.jp"),
            "EMAIL_ADDRESS",
            "社内窓口",
        ).t("\n")
    if r.random() < 0.4:
        w.t("次回面談：").date(d + _dt.timedelta(days=r.randint(14, 45)), style="md", wd=True, alt="次回").t("\n")
    return p


def s_school(w: W, g: Gen) -> Person:
    r = g.r
    sex = r.choice("MF")
    p = g.person(sex, foreign_p=0.08)
    d = g.recent()
    bd, age = g.birth(9, 18, d)
    w.bd = bd
    place = r.choice(PLACES)
    city = place[1].split("市")[0] + ("市" if "市" in place[1] else "")
    lvl = "小学校" if age < 12 else ("中学校" if age < 15 else "高等学校")
    school = r.choice(
        [
            f"{city}立{r.choice(place[2])}{lvl}",
            f"{place[0]}立{r.choice(HOSP_PLACE)}{lvl}",
            f"私立{r.choice(['聖光', '明星学園', '白百合', '清風'])}{lvl}",
        ]
    )
    grade = (age - 6) if lvl == "小学校" else (age - 12 if lvl == "中学校" else age - 15)
    grade = max(1, min(6 if lvl == "小学校" else 3, grade))
    sport = r.choice(
        ["サッカー部", "バスケットボール部", "バレーボール部", "陸上競技部", "野球部", "柔道部", "ソフトテニス部"]
    )
    injury = r.choice(
        [
            ("右足関節内反捻挫", "右足関節外側の腫脹と圧痛、前距腓靭帯部"),
            ("左手関節痛", "転倒時に左手をつき、橈骨遠位端に圧痛"),
            ("頭部打撲", "ヘディング時に相手選手と接触、一過性の健忘あり"),
            ("右膝痛", "ジャンプ着地時に受傷、膝崩れ感あり"),
            ("腰痛", "2か月前から練習後の腰痛、伸展で増悪（L5分離症疑い）"),
        ]
    )
    mom = g.relative(p, "F")
    coach = g.person(foreign_p=0.0)
    yogo = g.person("F", 0.0)
    tpl = r.randrange(3)
    if tpl == 0:
        w.t(pick(r, "保健室来室記録", "保健室 来室カード", "けが・急病記録票") + "\n")
        w.t("日時：").date(d, style=r.choice(["md_kanji", "slash"]), wd=True, time=True).t("\n")
        w.fac(school, "本校").t(f"　{grade}年{r.randint(1, 6)}組　").name(
            p, r.choice(["kanji", "hira", "kanji_ns"]), "生徒"
        )
        w.t("（").age(age, style="sai").t("）\n")
        w.t("部活動：" + sport + "（顧問 ").name(coach, "family", "顧問").t(" 先生）\n")
        w.t("状況：" + injury[1] + "。RICE処置を実施。\n")
        w.t(
            f"体温 {r.randint(360, 372) / 10}℃　脈拍 {r.randint(64, 110)}/分　意識清明　歩行"
            + pick(r, "可", "困難", "跛行あり")
            + "\n"
        )
        w.t(
            "既往："
            + pick(r, "気管支喘息（吸入薬持参）", "なし", "食物アレルギー（エピペン所持）", "同部位の捻挫歴あり")
            + "\n"
        )
        w.t(
            "対応："
            + pick(
                r,
                "アイシング20分、弾性包帯固定。",
                "安静臥床、経過観察。頭部打撲のため24時間の観察を保護者に依頼。",
                "シーネ固定し、担任・顧問に報告。",
            )
            + "\n"
        )
        w.t("保護者連絡：母 ").name(mom, r.choice(["kanji", "given"]) if r.random() < 0.2 else "kanji", "保護者").t(
            " さん（"
        )
        w.tel(g.phone("mobile"), "保護者携帯", kn="phones").t("）に")
        w.t(pick(r, "電話連絡、迎えあり。", "連絡つかず、留守電に伝言。", "連絡し、下校後に受診予定。") + "\n")
        w.t("受診先：").fac(
            g.clinic(r.choice(["整形外科", "整形外科クリニック", "スポーツクリニック"])), "近医整形外科"
        ).t("\n")
        w.t("記録者：養護教諭 ").name(yogo, "kanji", "養護教諭").t("\n")
        w.t("※災害共済給付（日本スポーツ振興センター）の申請対象。\n")
    else:
        clinic = g.clinic(r.choice(["整形外科", "スポーツ整形外科クリニック", "整形外科・リハビリテーション科"]))
        dr = g.person(foreign_p=0.0)
        if tpl == 1:
            w.t("スポーツ外傷 紹介状\n").fac(g.hospital(), "貴院").t(" ").dep("整形外科", "整形外科").t(
                pick(r, " 御机下\n", " 御侍史\n", " 担当先生\n")
            )
        else:
            w.t("競技復帰に関する意見書\n").fac(school, "学校").t(" 校長 殿／").t(sport + "顧問 ").name(
                coach, "kanji", "顧問"
            ).t(" 先生\n")
        w.t("\n氏名 ").name(p, "kanji").t(pick(r, " 君", " さん", "")).t(" （").name(p, "kana").t("）　")
        w.date(bd, style=r.choice(["slash", "era", "kanji"]), wd=False, alt="（省略）").t("生（").age(age).t("）\n")
        w.t("所属：").fac(school, "所属校").t(f" {grade}年　" + sport + "\n")
        w.t("受傷日：").date(
            d - _dt.timedelta(days=r.randint(1, 30)), style=r.choice(["md_kanji", "slash", "era_short"]), alt="受傷日"
        )
        w.t("（" + pick(r, "練習中", "公式戦", "練習試合") + "）\n")
        w.t("診断：" + injury[0] + "\n経過：" + injury[1] + "。X線で明らかな骨折なし。\n")
        w.t(
            "身体所見："
            + pick(
                r,
                "腫脹（+）、熱感（+）、荷重時痛あり。",
                "圧痛限局、可動域軽度制限。",
                "神経学的異常所見なし。SCAT5 症状スコア 4。",
            )
            + "\n処置："
            + pick(r, "テーピング固定、松葉杖貸与。", "シーネ固定、NSAIDs外用。", "段階的競技復帰プロトコルを説明。")
            + "\n"
        )
        if tpl == 1:
            w.t("MRIによる靭帯・軟骨評価をお願いいたします。\n")
        else:
            w.t(
                "意見："
                + pick(
                    r,
                    "段階的復帰（ジョギング→部分練習）を許可します。",
                    "2週間は競技参加を控えてください。",
                    "コンタクトプレーは3週間禁止。体育は見学。",
                )
                + "\n"
            )
        w.t("\n").date(d, style=r.choice(["era", "kanji"])).t("\n").fac(clinic, "当院").t("　").name(
            dr, "kanji", "担当医"
        ).t(" ")
        w.t(pick(r, "\n", "印\n")).t("TEL ").tel(g.phone("land")).t("\n")
        if r.random() < 0.5:
            w.t("保護者：").name(mom, "kanji", "保護者").t("（").v(
                g.address("town", place), "ADDRESS", "市内", kn="addresses"
            ).t("）\n")
    return p


def s_dialysis(w: W, g: Gen) -> Person:
    r = g.r
    p = g.person(foreign_p=0.06)
    d = g.recent()
    bd, age = g.birth(45, 92, d)
    w.bd = bd
    hosp = g.hospital()
    clinic = g.clinic(r.choice(["透析クリニック", "腎クリニック", "クリニック（透析センター）"]))
    hdoc, cdoc = g.person(foreign_p=0.0), g.person(foreign_p=0.0)
    dep = r.choice(["腎臓内科", "腎臓・高血圧内科", "血液浄化療法部"])
    month = d.replace(day=1)
    w.fac(hosp, "貴院").t(" ").dep(dep, "ご担当科").t("\n").name(hdoc, "kanji", "ご担当").t(
        pick(r, " 先生 御侍史\n", "先生　御机下\n", " 先生\n")
    )
    w.t("\n" + pick(r, "透析経過報告書", "維持透析 月次報告", "透析患者 情報提供書（定期）") + "（")
    w.v(g.date(month, style=r.choice(["ym", "era_ym"]), wd=False), "DATE", "今月").t("分）\n")
    w.t("　　　　　　　　　　").fac(clinic, "当院").t("\n　　　　　　　　　　院長 ").name(cdoc, "kanji", "院長").t("\n")
    w.t("　　　　　　　　　　TEL ").tel(g.phone("land")).t("\n\n")
    w.t("患者氏名：").name(p, r.choice(["kanji", "kanji", "kana"])).t(" 様　" + sex_jp(p, r) + "　").age(age).t("\n")
    w.t("貴院ID：").id(g.pid(), kn="ids").t(pick(r, "　当院No.", "　透析No.")).id(g.digits(4), "（省略）").t("\n")
    w.t("原疾患：" + pick(r, "糖尿病性腎症", "慢性糸球体腎炎（IgA腎症）", "腎硬化症", "多発性嚢胞腎") + "　導入：")
    w.date(
        d - _dt.timedelta(days=r.randint(400, 4000)),
        style=r.choice(["era_short", "slash", "ym"]),
        wd=False,
        alt="導入時",
    ).t("\n")
    dw = r.randint(42, 78) + r.randint(0, 9) / 10
    w.t(
        f"透析条件：HD 週3回（{r.choice(['月水金', '火木土'])}）{r.choice(['4', '4.5', '3.5'])}時間　"
        f"QB {r.choice([200, 220, 250])}mL/min　"
    )
    w.t(f"ダイアライザ {r.choice(['FX-180', 'APS-15SA', 'NV-17U', 'FDY-150GW'])}　DW {dw:.1f}kg\n")
    w.t("抗凝固：" + pick(r, "ヘパリン", "ナファモスタット", "低分子ヘパリン") + "\n\n【検査結果】\n")
    days = sorted({month + _dt.timedelta(days=r.randint(0, 27)) for _ in range(2)})
    w.t("項目　　　")
    for i, dd in enumerate(days):
        w.t("　" if i else "").date(dd, style=r.choice(["md", "md0"]), wd=False, noisy=False, alt="採血日")
    w.t("\n")
    for name, lo, hi, fmt in [
        ("BUN", 48, 82, "{:d}"),
        ("Cr", 7, 13, "{:d}.{}"),
        ("K", 4, 6, "{:d}.{}"),
        ("Hb", 9, 12, "{:d}.{}"),
        ("P", 3, 7, "{:d}.{}"),
        ("Alb", 3, 4, "{:d}.{}"),
        ("iPTH", 120, 380, "{:d}"),
    ]:
        vals = [fmt.format(r.randint(lo, hi), r.randint(0, 9)) for _ in days]
        w.t(f"{name:<6}" + "　".join(v.rjust(6) for v in vals) + "\n")
    w.t(f"Kt/V {r.randint(12, 17) / 10:.2f}　nPCR {r.randint(8, 11) / 10:.2f}　心胸比 {r.randint(46, 56)}%\n")
    w.t(
        "\n【経過】\n"
        + pick(
            r,
            "透析中の血圧低下が散見され、DWを0.5kg上方修正しました。",
            "シャント音良好。穿刺トラブルなく経過しています。",
            "下肢の掻痒感強く、ナルフラフィン開始しました。",
            "カリウム高値持続のため食事指導を行い、ジルコニウムシクロケイ酸Naを開始しました。",
        )
        + "\n"
    )
    w.t("VA：" + pick(r, "左前腕AVF", "右上腕AVG", "左上腕表在化動脈") + "　")
    if r.random() < 0.5:
        w.t("最終PTA ").date(d - _dt.timedelta(days=r.randint(60, 300)), style="slash", alt="前回").t("（").fac(
            hosp, "貴院"
        ).t("）")
    w.t(
        "\nESA："
        + pick(r, "ダルベポエチン 30μg/週", "エポエチンベータペゴル 100μg/月", "HIF-PH阻害薬（ダプロデュスタット 4mg）")
        + "\n"
    )
    if r.random() < 0.5:
        kp = g.relative(p)
        w.t("キーパーソン：" + pick(r, "長男", "妻", "長女", "夫") + " ").name(kp, "kanji", "家族").t("（").tel(
            g.phone("mobile"), "家族連絡先"
        ).t("）\n")
    w.t("次回定期受診：").date(
        d + _dt.timedelta(days=r.randint(20, 90)), style=r.choice(["md_kanji", "slash"]), wd=True, alt="次回"
    ).t(" 予定\n")
    w.t(pick(r, "今後ともよろしくお願い申し上げます。\n", "以上ご報告いたします。\n"))
    return p


def s_homevisit(w: W, g: Gen) -> Person:
    r = g.r
    d = g.recent()
    clinic = g.clinic(r.choice(["在宅クリニック", "訪問診療所", "在宅医療クリニック", "ホームケアクリニック"]))
    doc, ns, driver = g.person(foreign_p=0.0), g.person("F", 0.0), g.person(foreign_p=0.0)
    place = r.choice(PLACES)
    pts = [g.person(foreign_p=0.05) for _ in range(r.randint(3, 4))]
    main = pts[0]
    bd, age = g.birth(86, 103, d)
    w.bd = bd
    w.t(pick(r, "訪問診療記録", "訪問診療日誌", "在宅訪問 記録") + "　").date(
        d, style=r.choice(["kanji", "slash", "era"]), wd=True
    ).t("\n")
    w.fac(clinic, "当院").t("　医師 ").name(doc, "kanji", "医師").t("／Ns ").name(ns, "family", "看護師")
    w.t(pick(r, "／運転 ", "／同行 ")).name(driver, "family", "事務員").t("\n\n【ルート】\n")
    hr = 9
    w.t(f"{hr}:00 ").fac(clinic, "当院").t("発\n")
    for i, q in enumerate(pts):
        hr += 1
        w.t(f"{'①②③④'[i]} {hr}:{r.choice(['00', '20', '40'])} ")
        if r.random() < 0.35:
            home = r.choice(
                ["特別養護老人ホーム", "グループホーム", "サービス付き高齢者向け住宅 ", "有料老人ホーム"]
            ) + r.choice(["ひだまり苑", "やすらぎの里", "さくら荘", "ゆうゆう", "ケアタウン" + r.choice(place[2])])
            w.fac(home, "施設").t(" ").fac(g.room(), "居室").t(" ").name(q, "kanji").t(" 様")
        else:
            w.name(q, r.choice(["kanji", "family", "kanji"]), "患者").t(" 様宅（")
            w.v(
                g.address(r.choice(["town", "full", "dash"]), place),
                "ADDRESS",
                "自宅",
                kn="addresses" if i == 0 else None,
            ).t("）")
        w.t(pick(r, "", "　※駐車場なし", "　※鍵はキーボックス", "　臨時") + "\n")
    w.t(f"{hr + 1}:30 帰院\n\n【記録】").name(main, "kanji").t(pick(r, " 様（", "様 (")).age(age).t(
        "、" + sex_jp(main, r) + "）\n"
    )
    w.t(
        "病名："
        + pick(
            r,
            "アルツハイマー型認知症、慢性心不全",
            "パーキンソン病（Yahr IV）、誤嚥性肺炎後",
            "膵癌（終末期）、がん性疼痛",
            "COPD（在宅酸素 1L/min）、廃用症候群",
        )
        + "\n"
    )
    w.t(f"S）{pick(r, '食事量は半分ほど。', '夜間の不穏あり。', '痛みは落ち着いている、と本人。')}\n")
    w.t(
        f"O）BT {r.randint(360, 378) / 10} BP {r.randint(96, 150)}/{r.randint(50, 88)} "
        f"P {r.randint(60, 98)} SpO2 {r.randint(90, 98)}%\n"
    )
    w.t(
        "A/P）"
        + pick(
            r,
            "状態安定。処方継続（Do）。",
            "下腿浮腫増悪あり、フロセミド20mgへ増量。",
            "オキシコドン徐放錠 10mg→15mgへ増量。",
        )
        + "\n"
    )
    fam = g.relative(main, r.choice("MF"))
    rel = pick(r, "長男", "次男", "夫", "甥") if fam.sex == "M" else pick(r, "長女", "長男の妻", "妻", "姪")
    w.t("家族：" + rel + " ").name(fam, r.choice(["kanji", "kanji", "given"]), "家族").t(" さん同席")
    w.t(
        pick(r, "。今後の療養場所について相談、自宅看取りの意向。", "。介護負担の訴えあり、ショートステイ検討。", "。")
        + "\n"
    )
    w.t("緊急連絡先：" + rel + " ").tel(g.phone(r.choice(["mobile", "land"])), "家族連絡先", kn="phones").t("\n")
    w.t("ケアマネ：").fac(
        r.choice(["居宅介護支援事業所", "ケアプランセンター"]) + r.choice(["あゆみ", "はーとふる", "みのり"]),
        "居宅介護支援事業所",
    )
    w.t(" ").name(g.person(foreign_p=0.0), "family", "ケアマネジャー").t(pick(r, " さん", "氏")).t("／訪問看護：")
    w.fac(
        r.choice(["訪問看護ステーション", "訪看ST"]) + r.choice(["つむぎ", "すずらん", "ゆいまーる"]),
        "訪問看護ステーション",
    ).t("\n")
    w.t("薬局：").fac(
        r.choice(["あおぞら", "ひまわり", "中央", "すこやか"])
        + r.choice(["薬局", "調剤薬局"])
        + r.choice(["", " 本店", " 駅前店"]),
        "かかりつけ薬局",
    )
    w.t("（" + pick(r, "居宅療養管理指導あり", "配達あり") + "）\n次回訪問：").date(
        d + _dt.timedelta(days=r.choice([7, 14])), style="md", wd=True, alt="次回"
    ).t("\n")
    return main


def s_second(w: W, g: Gen) -> Person:
    r = g.r
    p = g.person(foreign_p=0.12)
    d = g.recent()
    bd, age = g.birth(28, 85, d)
    w.bd = bd
    hosp, cur = g.hospital(), g.hospital()
    cur_doc = g.person(foreign_p=0.0)
    applicant_is_family = r.random() < 0.4
    fam = g.relative(p)
    dx = r.choice(
        [
            ("乳癌（左、cT2N1M0 StageIIB）", "術前化学療法か手術先行か"),
            ("前立腺癌（Gleason 4+3）", "手術と放射線治療の選択"),
            ("肺腺癌（EGFR変異陽性 StageIV）", "薬物療法の選択"),
            ("未破裂脳動脈瘤（7mm、前交通動脈）", "治療の適応"),
            ("大腸癌（S状結腸、肝転移あり）", "肝切除の適応"),
            ("腎細胞癌（右、T1b）", "部分切除の可否"),
        ]
    )
    w.t(
        pick(r, "セカンドオピニオン外来 申込書", "セカンドオピニオン外来受診申込書", "【セカンドオピニオン】相談申込票")
        + "\n"
    )
    w.t("宛先：").fac(hosp, "貴院").t(" ").dep(
        r.choice(["地域医療連携室", "患者相談窓口", "医療連携センター"]), "相談窓口"
    ).t(" 御中\n")
    w.t("申込日：").date(d, style=r.choice(["slash", "kanji", "era"]), wd=False).t("　受付番号：")
    w.id(
        f"SO-{d.year}-{r.randint(1, 480):03d}" if r.random() < 0.6 else f"{d.strftime('%y')}{g.digits(5)}", "（未記入）"
    ).t("\n\n■患者情報\n")
    w.t("ふりがな　").name(p, "hira").t("\n氏名　　　").name(p, r.choice(["kanji", "kanji_ns"])).t(
        "　" + sex_jp(p, r)[0] + "\n"
    )
    if p.foreign:
        w.t("Name (Alphabet)　").name(p, "ROMAJI").t("\n")
    w.t("生年月日　").date(bd, style=r.choice(["era", "slash", "kanji"]), wd=False, alt="（省略）").t("（満").age(
        age, style="bare"
    ).t("歳）\n")
    w.t("住所　〒").v(g.postcode(), "POSTAL_CODE").t(pick(r, "\n　　　", " ")).v(
        g.address(r.choice(["full", "bldg", "dash"])), "ADDRESS", kn="addresses"
    ).t("\n")
    tel = g.phone(r.choice(["land", "mobile"]))
    w.t("電話　").tel(tel, "本人連絡先", kn="phones")
    if r.random() < 0.5:
        w.t("　携帯 ").tel(g.phone("mobile"), "本人携帯", kn="phones")
    w.t("\n")
    if r.random() < 0.6:
        w.t("E-mail　").v(g.email(p), "EMAIL_ADDRESS", kn="emails").t("\n")
    if r.random() < 0.5:
        w.t("個人番号（本人確認用）　").v(g.mynumber(), "MY_NUMBER").t("\n")
    w.t("\n■相談者\n")
    if applicant_is_family:
        w.t("□本人　■家族（続柄：" + pick(r, "夫", "妻", "長男", "長女", "母") + "）\n氏名　").name(
            fam, "kanji", "家族"
        ).t("　連絡先 ")
        w.tel(g.phone("mobile"), "家族連絡先").t("\n※患者本人の同意書　■添付あり\n")
    else:
        w.t("■本人　□家族\n")
    w.t("\n■現在の主治医\n医療機関名　").fac(cur, "現在の医療機関").t("\n診療科　").dep(r.choice(DEPTS), "担当科")
    w.t("\n主治医　").name(cur_doc, "kanji", "主治医").t(pick(r, " 先生\n", "\n", " 医師\n"))
    w.t("\n■診断名　" + dx[0] + "\n■相談内容　" + dx[1] + "について意見を伺いたい。\n")
    w.t("■持参資料　□紹介状 ■画像CD（" + pick(r, "CT", "MRI・CT", "PET-CT") + "）")
    w.t(" 撮影日 ").date(
        d - _dt.timedelta(days=r.randint(7, 50)), style=r.choice(["md", "slash", "era_short"]), alt="直近"
    ).t(" ■病理レポート\n")
    w.t("■希望日　").date(d + _dt.timedelta(days=r.randint(7, 30)), style="md_kanji", wd=True, alt="調整中").t(
        "以降の" + pick(r, "午前", "午後", "平日") + "\n"
    )
    w.t(
        "■費用　" + pick(r, "30分 22,000円（税込）", "60分 44,000円（税込）") + "・自費診療であることを了承しました。\n"
    )
    w.t("署名　").name(fam if applicant_is_family else p, "kanji", "申込者").t("\n")
    if r.random() < 0.3:
        w.t("（受付担当 ").name(g.person(foreign_p=0.0), "family", "担当者").t(" ／ 確認日 ").date(
            d + _dt.timedelta(days=1), style="md", alt="翌日"
        ).t("）\n")
    return p


def s_ledger(w: W, g: Gen) -> Person | None:
    r = g.r
    hosp = g.hospital()
    d0 = g.recent()
    staff = [g.person(foreign_p=0.0) for _ in range(3)]
    fmt = r.randrange(3)
    n = r.randint(3, 4) if fmt == 1 else r.randint(2, 3)
    w.t(pick(r, "画像CD貸出簿", "画像CD-R 貸出・返却台帳", "【放射線部】画像データ貸出記録簿") + "　")
    w.fac(hosp, "当院").t(" ").dep(r.choice(["放射線部", "医療情報管理室", "放射線科受付"]), "担当部署").t("\n")
    w.t("期間：").date(d0, style="slash", wd=False, alt="今月").t("〜\n")
    if fmt == 0:
        w.t("No.|貸出日|患者ID|氏名|年齢|検査日|種別|貸出先|依頼者|担当|返却予定|返却日\n")
    elif fmt == 1:
        w.t("no,lend_date,pt_id,pt_name,exam,dest,staff,return_due,returned\n")
    else:
        w.t("─" * 30 + "\n")
    for i in range(n):
        p = g.person(foreign_p=0.1)
        ld = d0 + _dt.timedelta(days=i * r.randint(0, 3))
        ed = ld - _dt.timedelta(days=r.randint(1, 120))
        due = ld + _dt.timedelta(days=r.choice([7, 14, 30]))
        dest = r.choice([g.hospital(), g.clinic(), g.hospital() + " " + r.choice(DEPTS)])
        exam = r.choice(["CT胸部", "MRI頭部", "CT腹部骨盤", "MMG", "PET-CT", "MRI腰椎", "XP胸部"])
        st = r.choice(staff)
        lid = f"{ld.strftime('%y')}-{r.randint(100, 999)}"
        ret = r.random() < 0.6
        if fmt == 0:
            w.t(f"{i + 1}|").date(ld, style=r.choice(["md", "slash"]), wd=False, noisy=False, alt="貸出日").t("|").id(
                g.pid()
            )
            w.t("|").name(p, r.choice(["kanji", "kana", "kanji_ns"]), "患者").t("|").age(
                g.birth(3, 99, ld)[1], "高齢", style="bare"
            )
            w.t("|").date(ed, style="md", wd=False, alt="検査日").t(f"|{exam}|").fac(dest, "他院").t("|")
            w.name(g.person(foreign_p=0.0), "family", "依頼医").t(pick(r, "Dr", "先生", "医師") + "|").name(
                st, "family", "担当"
            ).t("|")
            w.date(due, style="md", wd=False, alt="予定日").t("|")
            if ret:
                w.date(due - _dt.timedelta(days=r.randint(0, 6)), style="md", wd=False, alt="返却日")
            else:
                w.t(pick(r, "", "未", "催促済"))
            w.t("\n")
        elif fmt == 1:
            w.id(lid, "番号").t(",").date(ld, style="iso", wd=False, noisy=False, alt="貸出日").t(",").id(g.pid()).t(
                ","
            )
            w.name(p, r.choice(["ROMAJI", "kana", "kanji"]), "患者").t(f",{exam},").fac(dest, "他院").t(",").name(
                st, "romaji_family", "担当"
            )
            w.t(",").date(due, style="iso", wd=False, noisy=False, alt="予定日").t(",")
            if ret:
                w.date(due - _dt.timedelta(days=r.randint(0, 9)), style="iso", wd=False, noisy=False, alt="返却日")
            w.t("\n")
        else:
            w.t(f"[{i + 1}] 貸出 ").date(ld, style=r.choice(["md_kanji", "slash"]), alt="貸出日").t("  ID ").id(
                g.pid()
            ).t("  ")
            w.name(p).t(pick(r, " 様", "様", "")).t("（").age(g.birth(3, 99, ld)[1]).t("）\n")
            w.t(f"　　{exam}（撮影 ").date(ed, style="md", wd=False, alt="撮影日").t("）→ ").fac(dest, "他院")
            how = r.randrange(3)
            w.t(["へ郵送", " 本人持参", " 家族持参（"][how])
            if how == 2:
                w.name(g.relative(p), "kanji", "家族").t(" 様）")
            w.t("\n　　受付 ").name(st, "kanji", "担当").t("　返却：")
            if ret:
                w.date(due - _dt.timedelta(days=r.randint(0, 6)), style="md_kanji", alt="返却日").t(" 確認済")
            else:
                how = r.randrange(3)
                w.t(["未返却", "返却不要（複製）", "督促中 TEL "][how])
                if how == 2:
                    w.tel(g.phone(), "先方代表")
            w.t("\n")
    w.t(
        pick(
            r,
            "※返却時は盤面の傷・ラベルを確認すること。\n",
            "※個人情報につき持出し厳禁。\n",
            "※貸出期間は原則2週間。\n",
        )
    )
    w.t("点検者 ").name(r.choice(staff), "kanji", "点検者").t("　").date(
        d0 + _dt.timedelta(days=30), style="slash", wd=False, alt="月末"
    ).t("\n")
    return None


STYLES = [s_referral, s_reply, s_checkup, s_occupational, s_school, s_dialysis, s_homevisit, s_second, s_ledger]


def _one(g: Gen, style: Any, doc_id: str, clean: bool, want_known: bool) -> dict:
    doc = Doc(doc_id)
    noise = g.r.choice([0.0, 0.0, 0.02, 0.05])
    w = W(doc, clean, g, noise)
    p = style(w, g)
    if clean or not want_known or p is None:
        return doc.out()
    known = {
        "names": [p.known()],
        "ids": w.kn["ids"],
        "birth_date": w.bd.isoformat(),
        "addresses": w.kn["addresses"],
        "phones": w.kn["phones"],
        "emails": w.kn["emails"],
    }
    return doc.out(known)


def generate_ae(n_phi: int = 60, n_clean: int = 15, seed: int = 22230) -> list[dict]:
    g = Gen(seed)
    docs: list[dict] = []
    for i in range(n_phi):
        style = STYLES[i % len(STYLES)]
        docs.append(_one(g, style, f"ae-phi-{i:03d}", False, g.r.random() < 0.38))
    for i in range(n_clean):
        style = STYLES[(i * 4 + 1) % len(STYLES)]
        docs.append(_one(g, style, f"ae-clean-{i:03d}", True, False))
    return docs
