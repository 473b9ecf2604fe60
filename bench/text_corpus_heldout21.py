"""Blind held-out text corpus, family AD.

Written blind: the author did not read the de-identification tool's code, policies,
docs, tests or any other bench corpus, and never ran the tool on this corpus.
All identifiers are synthetic (Faker("ja_JP"), seeded, plus hand-made lists).

Styles (PHI documents cycle through them in this order):
  1. ward nursing records (SOAP / focus charting DAR / 経時記録 with times and nurse names)
  2. shift handover notes (申し送り) across several patients with wards, rooms and beds
  3. medication administration records and pharmacist interventions (疑義照会 with the
     prescriber and the outside pharmacy)
  4. incident / near-miss reports
  5. family telephone call logs
  6. discharge planning conference records (MSW, care manager, visiting nurse station,
     family members)
  7. outpatient nurse triage phone notes
  8. lab result call-back logs (panic values, who was called, read-back)
  9. consent / IC records (説明者, 同席者, 家族)

Labelling choices a scorer should know:
  * PERSON covers only the name characters; 様/さん/氏/先生/医師/Dr./Ns/看護師/薬剤師/MSW/
    CM and similar stay outside.  Staff referred to by surname only ("Ns田村", "記録:森")
    are labelled PERSON.  Initials like "K.T." are labelled only where they denote a person.
    A name split by a "・" or a space stays one span.
  * AGE spans include the unit ("82歳", "82才", "82y", "満82歳" -> "82歳").
  * DATE: a date with its clock time is one span ("2024/5/3 14:20"); bare clock times
    (経時記録 "10:30") and durations are not labelled.  Dates are Western, era (令和/平成/
    昭和, R6.5.3, H30), kanji numerals, MM/DD, with weekday in parentheses inside the span.
  * ID covers the number only (label "ID:" / "患者番号" outside); incident report numbers,
    order numbers, specimen and accession numbers and prescription numbers are ID.
  * FACILITY covers named hospitals/clinics/pharmacies/visiting-nurse stations/care
    offices/care homes/workplaces/schools, named wards ("5階東病棟", "7西") and room/bed
    numbers tied to a patient ("512号室", "512-3", "310号 D"); bed numbers always appear
    together with the room as one span.  Clinic names built from a surname ("森医院") are
    FACILITY only, not PERSON.
  * Partner-facility URLs are URL; e-mail addresses of relatives are EMAIL_ADDRESS.
  * Some numeric identifiers are written in full-width digits (e.g. "０９０－…").
  * ADDRESS covers the residence text from prefecture/city down to the building/room
    of the residence; POSTAL_CODE excludes 〒; PHONE_NUMBER covers digits and hyphens only,
    PHS/内線 numbers are PHONE_NUMBER.
  * INSURANCE_NUMBER: 保険者番号, 記号, 番号 and 介護保険被保険者番号 are separate spans.
  * Clean documents use the same templates with every identifier replaced by a generic
    phrase (本人, 家族, 主治医, 担当看護師, 当院, 前医, 病棟, 本日 ...); they carry no spans
    and no ``known``.  Departments are also replaced by generic words in clean documents.
  * About 30% of PHI documents carry ``known`` for that document's patient.
"""

from __future__ import annotations

import datetime as _dt
import random
from dataclasses import dataclass
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------
# name pools: (kanji, kana, romaji)
# ---------------------------------------------------------------------------

_FAMILY = [
    ("佐藤", "サトウ", "Sato"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"),
    ("長野", "ナガノ", "Nagano"),
    ("千葉", "チバ", "Chiba"),
    ("福島", "フクシマ", "Fukushima"),
    ("熊本", "クマモト", "Kumamoto"),
    ("秋田", "アキタ", "Akita"),
    ("奈良", "ナラ", "Nara"),
    ("岡山", "オカヤマ", "Okayama"),
    ("品川", "シナガワ", "Shinagawa"),
    ("森", "モリ", "Mori"),
    ("林", "ハヤシ", "Hayashi"),
    ("原", "ハラ", "Hara"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("関", "セキ", "Seki"),
    ("堀", "ホリ", "Hori"),
    ("谷", "タニ", "Tani"),
    ("泉", "イズミ", "Izumi"),
    ("星", "ホシ", "Hoshi"),
    ("今", "コン", "Kon"),
    ("岸", "キシ", "Kishi"),
    ("日向", "ヒナタ", "Hinata"),
    ("早乙女", "サオトメ", "Saotome"),
    ("猪股", "イノマタ", "Inomata"),
    ("仲宗根", "ナカソネ", "Nakasone"),
    ("比嘉", "ヒガ", "Higa"),
    ("具志堅", "グシケン", "Gushiken"),
    ("小野寺", "オノデラ", "Onodera"),
    ("白石", "シロイシ", "Shiroishi"),
    ("緑川", "ミドリカワ", "Midorikawa"),
    ("大和", "ヤマト", "Yamato"),
    ("春日", "カスガ", "Kasuga"),
    ("明石", "アカシ", "Akashi"),
    ("若林", "ワカバヤシ", "Wakabayashi"),
    ("相川", "アイカワ", "Aikawa"),
    ("宇佐美", "ウサミ", "Usami"),
    ("釘宮", "クギミヤ", "Kugimiya"),
    ("西園寺", "サイオンジ", "Saionji"),
    ("一ノ瀬", "イチノセ", "Ichinose"),
    ("及川", "オイカワ", "Oikawa"),
    ("土屋", "ツチヤ", "Tsuchiya"),
    ("門馬", "モンマ", "Monma"),
]

_GIVEN_M = [
    ("健一", "ケンイチ", "Kenichi"),
    ("翔太", "ショウタ", "Shota"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("誠", "マコト", "Makoto"),
    ("勇", "イサム", "Isamu"),
    ("茂", "シゲル", "Shigeru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("博之", "ヒロユキ", "Hiroyuki"),
    ("蓮", "レン", "Ren"),
    ("陽翔", "ハルト", "Haruto"),
    ("正", "タダシ", "Tadashi"),
    ("光", "ヒカル", "Hikaru"),
    ("進", "ススム", "Susumu"),
    ("修", "オサム", "Osamu"),
    ("明", "アキラ", "Akira"),
    ("和夫", "カズオ", "Kazuo"),
    ("武", "タケシ", "Takeshi"),
    ("稔", "ミノル", "Minoru"),
    ("源次郎", "ゲンジロウ", "Genjiro"),
    ("昇", "ノボル", "Noboru"),
    ("悠真", "ユウマ", "Yuma"),
    ("辰夫", "タツオ", "Tatsuo"),
]

_GIVEN_F = [
    ("美咲", "ミサキ", "Misaki"),
    ("陽子", "ヨウコ", "Yoko"),
    ("幸子", "サチコ", "Sachiko"),
    ("恵子", "ケイコ", "Keiko"),
    ("ひろみ", "ヒロミ", "Hiromi"),
    ("さくら", "サクラ", "Sakura"),
    ("キヨ", "キヨ", "Kiyo"),
    ("ハル", "ハル", "Haru"),
    ("トメ", "トメ", "Tome"),
    ("千代", "チヨ", "Chiyo"),
    ("愛", "アイ", "Ai"),
    ("葵", "アオイ", "Aoi"),
    ("静", "シズカ", "Shizuka"),
    ("希", "ノゾミ", "Nozomi"),
    ("明美", "アケミ", "Akemi"),
    ("和子", "カズコ", "Kazuko"),
    ("みどり", "ミドリ", "Midori"),
    ("恵", "メグミ", "Megumi"),
    ("ふみ", "フミ", "Fumi"),
    ("結衣", "ユイ", "Yui"),
    ("タマ", "タマ", "Tama"),
    ("すみれ", "スミレ", "Sumire"),
]

# foreign residents: family, given, family_kana, given_kana, family_romaji, given_romaji,
# western order (given first)?, has kanji?
_FOREIGN = [
    ("グエン", "ヴァン・アン", "グエン", "ヴァン アン", "Nguyen", "Van An", False, False, "M"),
    ("ファム", "ティ・ラン", "ファム", "ティ ラン", "Pham", "Thi Lan", False, False, "F"),
    ("李", "明華", "リ", "メイカ", "Li", "Minghua", False, True, "F"),
    ("金", "秀賢", "キム", "スヒョン", "Kim", "Soohyun", False, True, "M"),
    ("朴", "智恩", "パク", "ジウン", "Park", "Jieun", False, True, "F"),
    ("王", "偉", "ワン", "ウェイ", "Wang", "Wei", False, True, "M"),
    ("サントス", "マリア", "サントス", "マリア", "Santos", "Maria", True, False, "F"),
    ("シルバ", "カルロス", "シルバ", "カルロス", "Silva", "Carlos", True, False, "M"),
    ("スミス", "エミリー", "スミス", "エミリー", "Smith", "Emily", True, False, "F"),
    ("グルン", "ビシャル", "グルン", "ビシャル", "Gurung", "Bishal", True, False, "M"),
    ("デラクルス", "アナ", "デラクルス", "アナ", "Dela Cruz", "Ana", True, False, "F"),
    ("トラン", "ミン・ドゥック", "トラン", "ミン ドゥック", "Tran", "Minh Duc", False, False, "M"),
]

_FOREIGN_REL = {
    ("viet", "F"): ("ティ・ホア", "ティ ホア", "Thi Hoa"),
    ("viet", "M"): ("ヴァン・ナム", "ヴァン ナム", "Van Nam"),
    ("kanji", "F"): ("美玲", "メイリン", "Meilin"),
    ("kanji", "M"): ("俊傑", "ジュンジェ", "Junjie"),
    ("west", "F"): ("ソフィア", "ソフィア", "Sofia"),
    ("west", "M"): ("ルーカス", "ルーカス", "Lucas"),
}

_PREF_CITY = [
    ("東京都", "世田谷区", "03"),
    ("東京都", "板橋区", "03"),
    ("神奈川県", "横浜市港北区", "045"),
    ("神奈川県", "相模原市南区", "042"),
    ("埼玉県", "川越市", "049"),
    ("千葉県", "船橋市", "047"),
    ("大阪府", "堺市北区", "072"),
    ("愛知県", "名古屋市昭和区", "052"),
    ("福岡県", "北九州市小倉北区", "093"),
    ("北海道", "札幌市白石区", "011"),
    ("宮城県", "仙台市青葉区", "022"),
    ("静岡県", "浜松市中央区", "053"),
    ("兵庫県", "西宮市", "0798"),
    ("京都府", "京都市左京区", "075"),
    ("長野県", "松本市", "0263"),
    ("新潟県", "長岡市", "0258"),
    ("沖縄県", "那覇市", "098"),
    ("熊本県", "熊本市東区", "096"),
    ("群馬県", "高崎市", "027"),
    ("岡山県", "倉敷市", "086"),
    ("茨城県", "つくば市", "029"),
]

_TOWNS = [
    "日吉本町",
    "桜台",
    "緑町",
    "本町",
    "旭が丘",
    "若葉",
    "東雲",
    "中島",
    "大手",
    "宮前",
    "栄町",
    "南台",
    "北野",
    "清水",
    "寿町",
    "松ケ丘",
    "新田",
    "上野原",
    "青葉台",
    "霞ヶ関北",
]
_BUILDINGS = [
    "コーポ緑",
    "ハイツさくら",
    "メゾン栄",
    "グランドール本町",
    "サンハイム",
    "県営住宅",
    "市営桜台団地",
    "パークサイド",
    "レジデンス東雲",
]

_HOSP = [
    "みなと中央病院",
    "北斗記念病院",
    "若葉台リハビリテーション病院",
    "県立西部医療センター",
    "白樺台総合病院",
    "青葉会 東雲病院",
    "市立南浜病院",
    "聖ルカ会 桜町病院",
    "緑ヶ丘脳神経外科病院",
]
_CLINIC_SUFFIX = ["内科クリニック", "整形外科医院", "医院", "内科・循環器科", "在宅クリニック"]
_CLINIC_FIXED = [
    "駅前ファミリークリニック",
    "ひかり在宅クリニック",
    "さつき台こどもクリニック",
    "みずほ眼科",
    "ゆずりは皮膚科クリニック",
]
_PHARM = [
    "あおば薬局 本町店",
    "そよかぜ調剤薬局",
    "ハート調剤薬局 駅南店",
    "コスモ薬局 桜台店",
    "すずかけ薬局",
    "ひまわり調剤薬局 中央店",
]
_VNS = [
    "訪問看護ステーションひまわり",
    "すずらん訪問看護ステーション",
    "ケアリンク訪問看護ST",
    "訪問看護ステーション あゆみ",
    "なごみ訪問看護",
]
_CMO = [
    "居宅介護支援事業所 こもれび",
    "ケアプランセンター和み",
    "地域包括支援センター 西町",
    "居宅介護支援事業所 ゆうゆう",
    "ケアプランたんぽぽ",
]
_HOME = [
    "特別養護老人ホーム 楓の里",
    "グループホーム さくら苑",
    "介護老人保健施設 ゆうあい",
    "サービス付き高齢者向け住宅 ひだまり",
    "有料老人ホーム アミーユ東雲",
    "ショートステイ 若竹",
]
_WORK = [
    "株式会社北村工務店",
    "丸栄運輸(株)",
    "市立南小学校",
    "県立東高等学校",
    "(有)みやこ食品",
    "東和精機株式会社",
    "さくら保育園",
]
_DEPTS = [
    "消化器内科",
    "循環器内科",
    "呼吸器内科",
    "整形外科",
    "腎臓内科",
    "脳神経外科",
    "総合内科",
    "泌尿器科",
    "外科",
    "血液内科",
    "糖尿病内分泌内科",
    "脳神経内科",
]
_MAIL_DOM = ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "icloud.com", "yahoo.co.jp", "softbank.ne.jp"]

_DX = [
    "誤嚥性肺炎",
    "慢性心不全急性増悪",
    "左大腿骨頸部骨折 術後",
    "脳梗塞(左MCA領域)",
    "2型糖尿病 教育入院",
    "COPD急性増悪",
    "急性胆管炎 ERCP後",
    "右腎盂腎炎",
    "膵頭部癌 cT3N1M0",
    "上行結腸癌 術後",
    "腰部脊柱管狭窄症 L4/5",
    "肝細胞癌 S6",
    "CKD G4",
    "橋本病 甲状腺機能低下",
    "パーキンソン病",
    "右下腿蜂窩織炎",
    "心房細動",
    "急性心筋梗塞 PCI後",
    "胃癌 cT2N0M0 ESD後",
    "尿路感染症",
]
_DRUGS = [
    "アムロジピン5mg",
    "ワーファリン1mg",
    "アピキサバン5mg",
    "ヘパリン1万単位/日",
    "バンコマイシン1g",
    "セフトリアキソン2g",
    "ランソプラゾールOD15mg",
    "酸化マグネシウム330mg",
    "フロセミド20mg",
    "インスリンアスパルト",
    "ロキソプロフェン60mg",
    "アセトアミノフェン500mg",
    "オキシコドン徐放5mg",
    "プレドニゾロン5mg",
    "メトホルミン500mg",
    "レボフロキサシン500mg",
    "クロピドグレル75mg",
    "カルボシステイン500mg",
    "スピロノラクトン25mg",
    "アトルバスタチン10mg",
]

_WD = "月火水木金土日"
_KNUM = "〇一二三四五六七八九"
_ZEN = str.maketrans("0123456789-/:.", "０１２３４５６７８９－／：．")

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def _kn(n: int) -> str:
    """Kanji numeral for 1..99 (十/二十三 style)."""
    if n < 10:
        return _KNUM[n]
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else _KNUM[tens]) + "十"
    return s + (_KNUM[ones] if ones else "")


def _era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


def _hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def fmt_date(rng: random.Random, d: _dt.date, style: str = "any") -> str:
    """Many real-world date spellings. style: any/short/long/birth."""
    en, ea, ey = _era(d)
    eys = "元" if ey == 1 else str(ey)
    wd = _WD[d.weekday()]
    long_f = [
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.year}/{d.month}/{d.day}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.year}年{d.month}月{d.day}日",
        f"{en}{eys}年{d.month}月{d.day}日",
        f"{ea}{ey}.{d.month}.{d.day}",
        f"{ea}{ey}/{d.month}/{d.day}",
        f"{d.year}.{d.month}.{d.day}",
        f"{d.year}年{d.month}月{d.day}日({wd})",
        f"{en}{_kn(ey) if ey > 1 else '元'}年{_kn(d.month)}月{_kn(d.day)}日",
        f"{d.year}/{d.month}/{d.day}（{wd}）",
    ]
    short_f = [
        f"{d.month}/{d.day}",
        f"{d.month}月{d.day}日",
        f"{d.month}/{d.day}({wd})",
        f"{d.month}月{d.day}日（{wd}）",
        f"{d.month:02d}/{d.day:02d}",
        f"{d.month}/{d.day} ({wd})",
    ]
    if style == "short":
        return rng.choice(short_f)
    if style == "long":
        return rng.choice(long_f)
    if style == "birth":
        return rng.choice(
            [
                f"{en}{eys}年{d.month}月{d.day}日",
                f"{ea}{ey}.{d.month}.{d.day}",
                f"{d.year}/{d.month:02d}/{d.day:02d}",
                f"{d.year}年{d.month}月{d.day}日",
                f"{ea}{ey}年{d.month}月{d.day}日",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
            ]
        )
    return rng.choice(long_f + short_f)


def fmt_time(rng: random.Random, h: int, m: int) -> str:
    return rng.choice(
        [
            f"{h}:{m:02d}",
            f"{h:02d}:{m:02d}",
            f"{h}時{m}分" if m else f"{h}時",
            f"{h:02d}{m:02d}",
            f"{h}：{m:02d}",
        ]
    )


@dataclass
class Person:
    fam: str
    giv: str
    fk: str
    gk: str
    fr: str
    gr: str
    sex: str
    foreign: bool = False
    western: bool = False
    kanji: bool = True

    def known(self) -> dict[str, str]:
        return {
            "family": self.fam,
            "given": self.giv,
            "family_kana": self.fk,
            "given_kana": self.gk.replace(" ", ""),
            "family_romaji": self.fr,
            "given_romaji": self.gr,
        }

    def form(self, rng: random.Random, form: str | None = None) -> str:
        if form is None:
            form = rng.choice(["full", "full", "full_sp", "fam", "kana", "full", "romaji", "full_sp"])
        sp = rng.choice([" ", "　", " "])
        if self.foreign:
            if form in ("full", "full_sp"):
                if self.kanji:
                    return self.fam + (sp if form == "full_sp" else "") + self.giv
                if self.western:
                    return self.giv + "・" + self.fam
                return self.fam + "・" + self.giv
            if form == "fam":
                return self.fam
            if form == "kana":
                if self.western:
                    return self.gk + sp + self.fk
                return self.fk + sp + self.gk
            if form == "hira":
                return _hira(self.fk + sp + self.gk)
            if form == "init":
                return f"{self.gr[0]}.{self.fr[0]}."
            # romaji
            return rng.choice(
                [
                    f"{self.fr.upper()} {self.gr.upper()}",
                    f"{self.gr} {self.fr}",
                    f"{self.fr.upper()}, {self.gr}",
                ]
            )
        if form == "full":
            return self.fam + self.giv
        if form == "full_sp":
            return self.fam + sp + self.giv
        if form == "fam":
            return self.fam
        if form == "kana":
            return self.fk + sp + self.gk
        if form == "hira":
            return _hira(self.fk + sp + self.gk)
        if form == "init":
            return rng.choice([f"{self.gr[0]}.{self.fr[0]}.", f"{self.fr[0]}.{self.gr[0]}."])
        if form == "fam_kana":
            return self.fk
        return rng.choice(
            [
                f"{self.gr} {self.fr}",
                f"{self.fr.upper()} {self.gr}",
                f"{self.fr} {self.gr}",
                f"{self.gr.upper()} {self.fr.upper()}",
            ]
        )


class Gen:
    """Random identifier generator shared by one corpus build."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fk = Faker("ja_JP")
        self.fk.seed_instance(seed)

    def person(self, sex: str | None = None, foreign_p: float = 0.07) -> Person:
        r = self.r
        if sex is None:
            sex = r.choice("MF")
        if r.random() < foreign_p:
            cand = [f for f in _FOREIGN if f[8] == sex] or _FOREIGN
            f = r.choice(cand)
            return Person(f[0], f[1], f[2], f[3], f[4], f[5], sex, True, f[6], f[7])
        fam = self.fk.last_name_pair() if r.random() < 0.45 else r.choice(_FAMILY)
        if r.random() < 0.4:
            giv = self.fk.first_name_male_pair() if sex == "M" else self.fk.first_name_female_pair()
        else:
            giv = r.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
        return Person(fam[0], giv[0], fam[1], giv[1], fam[2], giv[2], sex)

    def staff(self) -> Person:
        return self.person(foreign_p=0.02)

    def relative(self, pt: Person, same_family: bool = True) -> Person:
        p = self.person(foreign_p=0.0)
        if same_family:
            p.fam, p.fk, p.fr = pt.fam, pt.fk, pt.fr
            p.foreign, p.western, p.kanji = pt.foreign, pt.western, pt.kanji
            if pt.foreign:
                grp = "kanji" if pt.kanji else ("west" if pt.western else "viet")
                p.giv, p.gk, p.gr = _FOREIGN_REL[(grp, p.sex)]
        return p

    def pid(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.randint(0, 99999999):08d}",
                f"{r.randint(1000000, 9999999)}",
                f"{r.randint(10, 99)}-{r.randint(0, 999999):06d}",
                f"{r.randint(100000000, 999999999)}",
                f"{r.randint(0, 9999):04d}-{r.randint(0, 9999):04d}",
            ]
        )

    def mobile(self) -> str:
        r = self.r
        return f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(0, 9999):04d}"

    def landline(self, area: str) -> str:
        r = self.r
        rest = 10 - len(area)
        if rest == 8:
            return f"{area}-{r.randint(2000, 9999)}-{r.randint(0, 9999):04d}"
        if rest == 7:
            return f"{area}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}"
        if rest == 6:
            return f"{area}-{r.randint(20, 99)}-{r.randint(0, 9999):04d}"
        return f"{area}-{r.randint(2, 9)}-{r.randint(0, 9999):04d}"

    def phs(self) -> str:
        return str(self.r.randint(1000, 8999)) if self.r.random() < 0.7 else str(self.r.randint(300, 799))

    def postal(self) -> str:
        return f"{self.r.randint(0, 999):03d}-{self.r.randint(0, 9999):04d}"

    def address(self) -> tuple[str, str, str, str]:
        """Returns (full, short, town_level, area_code)."""
        r = self.r
        pref, city, area = r.choice(_PREF_CITY)
        town = r.choice(_TOWNS) if r.random() < 0.6 else self.fk.town()
        c, b, g = r.randint(1, 5), r.randint(1, 30), r.randint(1, 25)
        num = r.choice([f"{c}丁目{b}番{g}号", f"{c}-{b}-{g}", f"{c}丁目{b}-{g}", f"{b}{r.choice(['番地', '-'])}{g}"])
        bld = ""
        if r.random() < 0.35:
            bld = f"{r.choice(['', ' '])}{r.choice(_BUILDINGS)}{r.randint(1, 9)}0{r.randint(1, 9)}号室"
            if r.random() < 0.5:
                bld = bld.replace("号室", "")
        full = f"{pref}{city}{town}{num}{bld}"
        short = f"{city}{town}{num}{bld}"
        level = rng_choice(r, [f"{city}{town}", f"{pref}{city}", f"{city}"])
        return full, short, level, area

    def clinic(self) -> str:
        r = self.r
        if r.random() < 0.5:
            return r.choice(_CLINIC_FIXED)
        return r.choice(_FAMILY)[0] + r.choice(_CLINIC_SUFFIX)

    def ward(self) -> str:
        r = self.r
        n = r.randint(3, 11)
        return r.choice(
            [
                f"{n}階{r.choice('東西南北')}病棟",
                f"{n}{r.choice('東西')}病棟",
                f"{n}{r.choice('東西')}",
                f"{n}{r.choice('AB')}病棟",
                f"{n}階{r.choice('東西')}",
            ]
        )

    def room(self) -> str:
        r = self.r
        return f"{r.randint(3, 9)}{r.randint(1, 30):02d}"

    def email(self, p: Person) -> str:
        r = self.r
        g, f = p.gr.lower().replace(" ", ""), p.fr.lower().replace(" ", "")
        local = r.choice([f"{g}.{f}", f"{f}{r.randint(1, 99)}", f"{g[0]}-{f}{r.randint(50, 99)}", f"{f}_{g}"])
        return f"{local}@{r.choice(_MAIL_DOM)}"


def rng_choice(r: random.Random, xs: list[str]) -> str:
    return xs[r.randrange(len(xs))]


_ROLE_WORDS = (
    "主治医",
    "当直医",
    "看護師",
    "Ns",
    "MSW",
    "ケアマネ",
    "薬剤師",
    "PT",
    "技師",
    "医師",
    "長男",
    "次男",
    "夫",
    "弟",
    "兄",
    "息子",
    "甥",
    "長女",
    "次女",
    "妻",
    "娘",
    "姉",
    "妹",
    "嫁",
    "姪",
    "母",
    "父",
    "検査部",
    "Ns.",
    "Dr",
)

_NUMERIC = {"ID", "DATE", "PHONE_NUMBER", "POSTAL_CODE", "MY_NUMBER", "INSURANCE_NUMBER"}


class W:
    """Document writer: identifiers become spans, or generic phrases in clean mode."""

    def __init__(self, g: Gen, did: str, clean: bool) -> None:
        r = g.r
        self.g, self.r, self.clean = g, r, clean
        self.d = Doc(did)
        self.fw = r.random() < 0.3
        self.pt = g.person()
        self.age = r.choice([r.randint(22, 64), r.randint(65, 89), r.randint(70, 89), r.randint(90, 101)])
        self.base = _dt.date(2019, 6, 1) + _dt.timedelta(days=r.randint(0, 2100))
        by = self.base.year - self.age - (1 if r.random() < 0.5 else 0)
        self.birth = _dt.date(by, r.randint(1, 12), r.randint(1, 28))
        self.pid = g.pid()
        self.addr = g.address()
        self.postal = g.postal()
        self.home = g.landline(self.addr[3])
        self.mob = g.mobile()
        self.mail = g.email(self.pt) if r.random() < 0.5 else ""
        self.used: dict[str, set[str]] = {"ids": set(), "addresses": set(), "phones": set(), "emails": set()}
        self.sex_s = r.choice(["男性", "M", "男"]) if self.pt.sex == "M" else r.choice(["女性", "F", "女"])

    # -- primitive writers -------------------------------------------------
    def t(self, s: str) -> W:
        self.d.t(s)
        return self

    def p(self, s: str, kind: str, alt: str) -> W:
        s = s.strip()
        if self.clean:
            if kind == "PERSON" and self.d.parts:
                prev = self.d.parts[-1].rstrip(" 　(（「:：・")
                if prev.endswith(_ROLE_WORDS):
                    alt = ""
            self.d.t(alt)
            return self
        if self.fw and kind in _NUMERIC and self.r.random() < 0.3:
            s = _zen(s)
        self.d.p(s, kind)
        return self

    # -- convenience -------------------------------------------------------
    def nm(self, person: Person, alt: str = "本人", form: str | None = None) -> W:
        return self.p(person.form(self.r, form), "PERSON", alt)

    def ptn(self, alt: str = "本人", form: str | None = None) -> W:
        return self.nm(self.pt, alt, form)

    def day(self, off: int = 0) -> _dt.date:
        return self.base + _dt.timedelta(days=off)

    def dt(self, d: _dt.date, alt: str = "本日", style: str = "any", time: tuple[int, int] | None = None) -> W:
        s = fmt_date(self.r, d, style)
        if time is not None:
            sep = self.r.choice([" ", " ", "　", ""])
            if not sep and s[-1].isdigit():
                sep = " "
            s = s + sep + fmt_time(self.r, *time)
        return self.p(s, "DATE", alt)

    def tm(self) -> tuple[int, int]:
        return self.r.randint(0, 23), self.r.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])

    def tms(self, h: int, m: int) -> str:
        return fmt_time(self.r, h, m)

    def agep(self, age: int | None = None, alt: str = "高齢") -> W:
        a = self.age if age is None else age
        s = self.r.choice([f"{a}歳", f"{a}歳", f"{a}才", f"{a}y", f"{a}歳"])
        return self.p(s, "AGE", alt)

    def idp(self, s: str | None = None, alt: str = "（番号省略）", pt: bool = True) -> W:
        if s is None:
            s = self.pid
        if pt and s == self.pid and not self.clean:
            self.used["ids"].add(s)
        return self.p(s, "ID", alt)

    def phone(self, s: str, alt: str = "（登録先）", mine: bool = False) -> W:
        if mine and not self.clean:
            self.used["phones"].add(s)
        return self.p(s, "PHONE_NUMBER", alt)

    def addrp(self, which: int = 0, alt: str = "自宅") -> W:
        s = self.addr[which]
        if not self.clean:
            self.used["addresses"].add(s)
        return self.p(s, "ADDRESS", alt)

    def fac(self, s: str, alt: str = "前医") -> W:
        return self.p(s, "FACILITY", alt)

    def dept(self, alt: str = "担当科") -> W:
        return self.p(self.r.choice(_DEPTS), "DEPARTMENT", alt)

    def mailp(self, alt: str = "（登録アドレス）") -> W:
        if not self.clean:
            self.used["emails"].add(self.mail)
        return self.p(self.mail, "EMAIL_ADDRESS", alt)

    def nl(self) -> W:
        return self.t("\n")

    def out(self, with_known: bool) -> dict[str, Any]:
        if self.clean or not with_known:
            return self.d.out()
        known = {
            "names": [self.pt.known()],
            "ids": sorted(self.used["ids"]) or [self.pid],
            "birth_date": self.birth.isoformat(),
            "addresses": sorted(self.used["addresses"]),
            "phones": sorted(self.used["phones"]),
            "emails": sorted(self.used["emails"]),
        }
        return self.d.out(known)


def _rel(r: random.Random, sex: str) -> str:
    if sex == "M":
        return r.choice(["長男", "次男", "夫", "弟", "兄", "息子", "甥"])
    return r.choice(["長女", "次女", "妻", "娘", "姉", "妹", "嫁", "姪"])


def _vitals(r: random.Random) -> str:
    t = round(r.uniform(35.8, 38.9), 1)
    return r.choice(
        [
            f"T{t} P{r.randint(58, 118)} BP{r.randint(92, 178)}/{r.randint(48, 98)} SpO2 {r.randint(89, 99)}%",
            f"KT {t}℃、HR {r.randint(58, 118)}、BP {r.randint(92, 178)}/{r.randint(48, 98)}、"
            f"SpO2 {r.randint(89, 99)}%(RA)",
            f"BT{t} PR{r.randint(58, 118)} BP{r.randint(92, 178)}/{r.randint(48, 98)} "
            f"RR{r.randint(12, 28)} SAT{r.randint(89, 99)}%({r.choice(['RA', 'O2 2L', 'NC 1L'])})",
        ]
    )


# ---------------------------------------------------------------------------
# style 1: ward nursing records
# ---------------------------------------------------------------------------


_S_LINES = [
    "夜あんまり眠れんかった",
    "傷が少し痛むけど昨日よりまし",
    "早く家に帰りたい。猫が心配",
    "息が苦しいのはだいぶ楽になった",
    "ご飯がおいしくない",
    "足がしびれる感じがする",
    "トイレは自分で行きたい",
    "痛み止めが効いてるうちに歩いておく",
]
_O_LINES = [
    "創部発赤なし、浸出液少量。",
    "両下肢浮腫(+)、体重 前日比+0.8kg。",
    "食事摂取主食5割副食7割。",
    "排便3日なし、腹部膨満軽度、腸蠕動音弱い。",
    "末梢ルート刺入部 発赤・腫脹なし。",
    "SpO2 労作時88%まで低下、安静で94%に回復。",
    "尿量 8h 450ml、色調淡黄色。",
    "ドレーン排液 淡血性 30ml/8h、エアリークなし。",
    "左上下肢MMT 4/5、構音障害軽度残存。",
    "疼痛 NRS 4/10、レスキュー1回使用。",
    "血糖 朝 182、昼 246 mg/dL。",
]
_A_LINES = [
    "疼痛コントロールは概ね良好。",
    "転倒リスク高く見守り継続必要。",
    "心不全症状改善傾向。",
    "せん妄のリスクあり、日中の覚醒を促す必要がある。",
    "退院に向けた不安が強い。",
    "感染徴候なし。",
    "自己管理に向けた理解は不十分。",
]
_P_LINES = [
    "プラン継続。",
    "離床を進める。",
    "夜間の巡視を1時間毎に。",
    "家族面会時に指導を行う。",
    "水分出納チェック継続。",
    "次回清拭時に皮膚状態観察。",
    "OP/TP/EP継続。",
]


def st_nursing(w: W) -> None:
    r, g = w.r, w.g
    ns1, ns2, dr = g.staff(), g.staff(), g.staff()
    rel = g.relative(w.pt, r.random() < 0.7)
    reln = _rel(r, rel.sex)
    ward, room = g.ward(), g.room()
    dx = r.choice(_DX)
    k = r.randrange(3)
    if k == 0:  # SOAP, two entries
        w.t(r.choice(["【看護記録】", "■看護記録(SOAP)", "看護記録　"])).fac(ward, "病棟").t(" ")
        w.fac(f"{room}号室", "病室").t(" 患者ID:").idp().t("  ").ptn("本人").t(" 様 (")
        w.agep().t(" " + w.sex_s + ")\n")
        w.t(f"#{r.randint(1, 3)} {dx}に伴う")
        w.t(r.choice(["疼痛", "活動耐性低下", "転倒転落リスク", "栄養摂取消費バランス異常"]) + "\n")
        w.t("入院日 ").dt(w.day(-r.randint(3, 20)), "入院日", "long").t(" / 主科 ").dept().t("\n")
        for j in range(2):
            ns = ns1 if j == 0 else ns2
            w.t("\n" + r.choice(["記録日時：", "◆", "日時 "])).dt(w.day(j), time=w.tm()).t("\n")
            w.t("S)「" + r.choice(_S_LINES) + "」")
            if j == 0:
                w.t("「" + r.choice(["娘の", "うちの", "孫の"]))
                w.nm(rel, "家族", "fam" if r.random() < 0.3 else "full")
                w.t(r.choice(["が今日来るって言ってた」", "には心配かけたくない」", "に電話しといて」"]))
            w.t("\nO)" + _vitals(r) + "。" + " ".join(r.sample(_O_LINES, 2)))
            w.t("\nA)" + r.choice(_A_LINES) + "\nP)" + r.choice(_P_LINES))
            if j == 0:
                w.t("主治医 ").nm(dr, "主治医", "fam")
                w.t(r.choice(["Dr.に報告済。", "医師へ報告し、様子観察の指示。", "先生に相談予定"]))
            w.t("\n" + r.choice(["記録：", "サイン ", "Ns "]))
            w.nm(ns, "担当看護師", r.choice(["full", "fam", "full_sp"]))
            w.t(r.choice(["", "(日勤)", "（夜勤）", "（リーダー）"]) + "\n")
    elif k == 1:  # focus charting
        w.t("フォーカスチャーティング　").dt(w.day(), style=r.choice(["long", "short"])).t("\n")
        w.t("患者: ").ptn("本人", r.choice(["full", "kana", "full_sp"])).t(" (").idp().t(") ").fac(ward, "病棟")
        w.t(" ").agep().t("\n" + dx + "\n\n")
        h, m = w.tm()
        w.t("F: " + r.choice(["せん妄", "疼痛", "退院に向けた不安", "転倒"]) + "\n")
        w.t(
            f"D: {w.tms(h, m)} "
            + r.choice(
                ["点滴自己抜去しようとしている所を発見。", "「家に帰る」と大声あり。", "NRS 7/10の痛み訴えあり。"]
            )
        )
        w.t("同室の").fac(f"{g.room()}号室", "他室").t("患者より苦情あり。" + r.choice(_O_LINES) + "\n")
        w.t(
            "A: " + r.choice(["レスキュー使用。", "傍らで傾聴、時計とカレンダーで見当識を補う。", "離床センサー設置。"])
        )
        w.t(reln).nm(rel, "家族", r.choice(["full", "fam", "kana"])).t("様へ電話(")
        w.phone(r.choice([w.mob, w.home]), "登録番号", mine=True).t(")で状況説明。\n")
        w.t("R: " + r.choice(["30分後入眠。", "NRS 3/10に低下。", "落ち着いて臥床。"]))
        w.t("当直医 ").nm(dr, "当直医", r.choice(["full", "fam"])).t(" 先生に報告済。\n\n")
        w.t("F: " + r.choice(["排泄", "栄養", "皮膚トラブル", "服薬管理"]) + "\n")
        w.t("D: " + " ".join(r.sample(_O_LINES, 2)) + "\n")
        w.t("A: " + r.choice(["ポジショニング2時間毎。", "管理栄養士 ", "WOCナース "]))
        if w.d.parts[-1].endswith(("士 ", "ス ")):
            w.nm(g.staff(), "専門スタッフ", "fam").t("へ相談、" + r.choice(["補助食品追加。", "ドレッシング材変更。"]))
        w.t("\nR: " + r.choice(["経過観察中。", "継続評価。", "改善傾向。"]) + "\n")
        w.t(r.choice(["サイン ", "記載者：", "Ns "])).nm(ns1, "担当看護師", "fam").t(" / ").nm(
            ns2, "リーダー看護師", "fam"
        )
    else:  # 経時記録
        w.t(r.choice(["経時記録", "<経時記録>", "【経過記録】"]) + " ").dt(w.day(), style="long").t("  ")
        w.fac(ward, "病棟").t(" ").fac(f"{room}-{r.randint(1, 4)}", "病室").t("\n")
        w.ptn("本人", r.choice(["full", "full_sp", "kana"])).t(r.choice(["様", " 様", "さん"])).t(" ").agep().t(" ")
        w.t(dx + "\n")
        h = r.randint(6, 8)
        o1, o2 = r.sample(_O_LINES, 2)
        w.t(f"{w.tms(h, 0)} 検温 " + _vitals(r) + "\n")
        w.t(
            f"{w.tms(h, 40)} " + r.choice(["朝食 8割摂取。内服自己にて。", "口腔ケア実施。", "清拭、寝衣交換。"]) + "\n"
        )
        w.t(f"{w.tms(h + 1, 30)} ").nm(dr, "主治医", r.choice(["fam", "full"])).t(
            r.choice(["Dr回診。", "医師回診、", " 先生回診　"])
        )
        w.t(r.choice(["抗菌薬継続の方針。", "明日よりリハビリ開始。", "CT再検の指示あり。"]) + "\n")
        w.t(f"{w.tms(h + 2, 10)} " + o1 + "\n")
        w.t(f"{w.tms(h + 3, 15)} ").t(reln + " ").nm(rel, "家族").t(
            r.choice(["様面会。", "さん来棟、", " 様 面会あり"])
        )
        w.t(
            r.choice(["洗濯物持ち帰り。", "本人の表情穏やか。", "今後について不安の訴えあり→主治医からの説明希望。"])
            + "\n"
        )
        w.t(f"{w.tms(h + 5, 40)} 昼食 " + r.choice(["全量摂取。", "5割。", "ムセあり中止、"]) + "\n")
        w.t(f"{w.tms(h + 7, 5)} ").t(r.choice(["リハビリ室にて", "病棟内", "ベッドサイドで"]) + "歩行訓練(PT ")
        w.nm(g.staff(), "担当PT", "fam").t(")\n")
        w.t(f"{w.tms(h + 8, 50)} " + r.choice(["特記事項なし。", "転倒なし、", "尿量 1200ml/日。"]) + "\n")
        w.t(f"{w.tms(h + 9, 20)} " + o2 + r.choice(_P_LINES) + "\n")
        w.t(r.choice(["担当：", "記録者 ", "Ns."])).nm(ns1, "担当看護師", r.choice(["full", "fam"]))
        w.t(" PHS ").phone(g.phs(), "")


# ---------------------------------------------------------------------------
# style 2: shift handover across several patients
# ---------------------------------------------------------------------------


def st_handover(w: W) -> None:
    r, g = w.r, w.g
    ward = g.ward()
    shift = r.choice(["夜勤→日勤", "日勤→準夜", "深夜→日勤", "夜勤から日勤へ"])
    w.t(r.choice(["申し送り ", "【申し送り】", "■申し送りメモ "])).dt(w.day(), style=r.choice(["short", "long"]))
    w.t(f" {shift} ").fac(ward, "病棟").t("\n")
    w.t("送り：").nm(g.staff(), "夜勤看護師", "fam").t(" → 受け：").nm(g.staff(), "日勤看護師", "fam").t("\n")
    w.t(r.choice(["-" * 20, "", "＝＝＝＝＝"]) + "\n")
    w.t(f"在院 {r.randint(30, 48)}名 / 入院{r.randint(0, 3)} 退院{r.randint(0, 4)} 。")
    w.t(r.choice(["夜間急変なし。", "夜間コール多く多忙。", "救急入院1名あり(下記)。"]) + "\n")
    bullet = r.choice(["・", "◆", "num", "○", "■"])
    n = r.randint(4, 6)
    for i in range(n):
        p = w.pt if i == 0 else g.person()
        age = w.age if i == 0 else r.randint(45, 98)
        rm = g.room()
        w.t(f"{i + 1}) " if bullet == "num" else bullet)
        w.fac(r.choice([f"{rm}-{r.randint(1, 4)}", f"{rm}号室", f"{rm}号 {r.choice('ABCD')}"]), "病室").t(" ")
        w.nm(p, "患者", r.choice(["fam", "full", "fam", "kana", "full_sp"]))
        w.t(r.choice(["さん", "様", " 様", ""])).t(" ")
        if r.random() < 0.7:
            w.agep(age)
            w.t(" ")
        w.t(r.choice(_DX) + "　")
        w.t(
            r.choice(
                [
                    "夜間不眠、2時にマイスリー内服。",
                    f"{r.choice(['0', '2', '4'])}時 BT38.{r.randint(0, 9)}、クーリング、血培2セット提出済。",
                    "ドレーン排液淡血性 50ml/8h。",
                    "転倒リスク高、センサーマット使用中。",
                    "特変なし。",
                    f"インスリン スライディング {r.randint(2, 6)}単位施行。",
                ]
            )
        )
        w.t(
            r.choice(
                [
                    "尿量良好。",
                    "疼痛自制内。",
                    f"O2 {r.randint(1, 3)}L継続、SpO2 95%前後。",
                    "食事摂取不良、補液追加の可能性あり。",
                    "ルート再確保済(左前腕 22G)。",
                    "夜間せん妄なし。",
                    "",
                ]
            )
        )
        c = r.randrange(5)
        if c == 0:
            w.t("本日").dt(w.day(r.randint(0, 1)), "", "short").t(r.choice(["退院予定、", " 転院予定→"]))
            w.fac(r.choice(_HOSP + _HOME), "転院先").t(r.choice(["へ。迎え10時。", "へ介護タクシーで。", ""]))
        elif c == 1:
            rel = g.relative(p)
            w.t(_rel(r, rel.sex)).nm(rel, "家族", r.choice(["fam", "full"])).t("様へ連絡済(")
            w.phone(g.mobile(), "登録番号", mine=(i == 0)).t(")")
        elif c == 2:
            w.t("主治医").nm(g.staff(), "主治医", "fam").t(r.choice(["Dr", "先生", " Dr."])).t("より")
            w.t(r.choice(["明日CT", "絶食継続", "Kチェック 6時", "輸血2単位 午前中"]) + "の指示。")
        elif c == 3:
            w.t("検査: ").dt(w.day(r.randint(1, 3)), "後日", "short", time=(r.randint(9, 15), r.choice([0, 30])))
            w.t(r.choice([" 上部内視鏡", " MRI", " CF", " 心エコー"]) + "、前日21時以降絶食。")
        else:
            w.t("ID ").idp(w.pid if i == 0 else g.pid(), pt=(i == 0)).t(
                r.choice(["　同姓患者あり注意！", " 名前確認徹底", ""])
            )
        w.t("\n")
    w.t(r.choice(["以上。", "他、特記事項なし。", "空床 2。緊急入院受け入れ可。"]))
    w.t(r.choice(["", " リーダー："]))
    if not w.d.parts[-1].endswith("リーダー："):
        w.t("\nリーダー ")
    w.nm(g.staff(), "リーダー看護師", r.choice(["fam", "full"])).t(" PHS").phone(g.phs(), "")


# ---------------------------------------------------------------------------
# style 3: medication administration / pharmacist intervention
# ---------------------------------------------------------------------------


def st_medication(w: W) -> None:
    r, g = w.r, w.g
    dr, ph = g.staff(), g.staff()
    k = r.randrange(3)
    if k == 0:  # MAR
        w.t(r.choice(["与薬記録(MAR)", "投薬実施記録", "【注射・内服 実施記録】"]) + "\n")
        w.t("患者氏名 ").ptn("本人", r.choice(["full_sp", "kana", "full"])).t("  ID ").idp().t("  ")
        w.fac(g.ward(), "病棟").t(" ").fac(f"{g.room()}号室", "病室").t("\n")
        w.t("生年月日 ").dt(w.birth, "（省略）", "birth").t(" (").agep().t(")  アレルギー: ")
        w.t(r.choice(["なし", "ペニシリン系(発疹)", "造影剤", "NKDA"]) + "\n")
        w.t("処方医: ").dept().t(" ").nm(dr, "主治医", r.choice(["full", "fam"])).t("\n")
        for j in range(r.randint(5, 8)):
            drug = r.choice(_DRUGS)
            w.dt(
                w.day(j // 2),
                "同日",
                r.choice(["short", "long"]),
                time=(r.choice([6, 8, 12, 18, 21]), r.choice([0, 5, 30])),
            )
            w.t(r.choice([" | ", "  ", "\t"]) + drug + r.choice([" 1T", " 1A", " 1V+生食100ml", " 2錠", ""]))
            w.t(r.choice([" | 実施 ", "  実施:", "\t"]))
            w.nm(g.staff(), "実施看護師", "fam")
            if r.random() < 0.5:
                w.t(r.choice([" / Wチェック ", " 確認:", " ダブルチェック "])).nm(g.staff(), "確認看護師", "fam")
            w.t(r.choice(["", " 拒薬あり", " 嚥下困難のため粉砕", " 血糖 " + str(r.randint(62, 310))]) + "\n")
        w.t(
            "備考："
            + r.choice(
                ["持参薬は病棟管理。", "自己管理へ移行予定。", "夕分の降圧薬、BP 96/54のため主治医確認後スキップ。"]
            )
        )
        w.t(r.choice(["本人・", ""]) + "家族へ内服変更点を説明済み。")
    elif k == 1:  # pharmacy -> prescriber inquiry (outside pharmacy)
        pharm = r.choice(_PHARM)
        w.t(r.choice(["疑義照会記録", "＜疑義照会・回答書＞", "保険薬局からの疑義照会"]) + "\n")
        w.t("受付日時: ").dt(w.day(), time=w.tm()).t("\n")
        w.t("照会元: ").fac(pharm, "保険薬局").t(" 薬剤師 ").nm(ph, "薬局薬剤師", r.choice(["full", "fam", "full_sp"]))
        w.t("\nTEL ").phone(g.landline(w.addr[3]), "薬局電話").t(r.choice(["  FAX ", " / FAX:"])).phone(
            g.landline(w.addr[3]), "薬局FAX"
        )
        w.t("\n患者: ").ptn("本人", r.choice(["full", "kana", "full_sp"])).t(r.choice([" 様", "様", " 殿"])).t("  ")
        w.t(r.choice(["生年月日 ", "DOB "])).dt(w.birth, "（省略）", "birth").t(" 処方箋番号 ").idp(
            f"{r.randint(0, 999999):06d}", pt=False
        )
        w.t("\n処方医: ").dept().t(" ").nm(dr, "処方医", r.choice(["full", "fam"])).t(
            r.choice([" 医師", "先生", " Dr"])
        ).t("\n")
        w.t("処方内容: ")
        for drug in r.sample(_DRUGS, r.randint(3, 5)):
            usage = r.choice(["分1 朝食後", "分2 朝夕食後", "分3 毎食後", "頓用 疼痛時"])
            w.t(f"\n  Rp{r.randint(1, 6)} {drug} {usage} {r.choice([7, 14, 28, 30])}日分")
        w.t("\n")
        w.t(
            "照会内容: "
            + r.choice(
                [
                    f"{r.choice(_DRUGS)}とクラリスロマイシン併用、相互作用の懸念。",
                    f"eGFR {r.randint(12, 28)}で"
                    + r.choice(["メトホルミン", "レボフロキサシン常用量", "ファモチジン40mg"])
                    + "は減量要と思われる。",
                    "前回処方と用量が異なる(1日2回→3回)。記載誤りか確認。",
                    "他院(",
                ]
            )
        )
        if w.d.parts[-1].endswith("他院("):
            w.fac(g.clinic(), "他院").t(")からも同効薬(ロキソプロフェン)処方あり、重複。")
        w.t(
            "\n回答: "
            + r.choice(["処方変更。減量可。", "疑義内容の通り変更して下さい。", "そのまま継続で問題なし(意図的)。"])
        )
        w.t(" (回答医 ").nm(dr, "処方医", "fam").t(r.choice([" ", "、"]) + "対応薬剤師 ").nm(
            g.staff(), "当院薬剤師", "fam"
        ).t(")\n")
        w.t("FAX返信済 ").dt(w.day(), "同日", "short", time=w.tm())
    else:  # inpatient pharmacist intervention / 持参薬
        w.t(r.choice(["薬剤管理指導記録", "病棟薬剤業務 記録", "持参薬鑑別・介入記録"]) + "　")
        w.dt(w.day(), style="long").t("\n")
        w.fac(g.ward(), "病棟").t(" ").ptn("本人", r.choice(["full", "fam", "romaji"])).t(
            r.choice(["様 ", " 様 "])
        ).agep().t(" ID:").idp().t("\n")
        w.t("持参薬: " + "、".join(r.sample(_DRUGS, 3)) + "(")
        w.fac(r.choice(_PHARM), "かかりつけ薬局").t("にて").dt(w.day(-r.randint(5, 40)), "前回", "short").t(
            r.choice(["調剤", "処方分", "一包化"]) + ")\n"
        )
        w.t("お薬手帳より、")
        w.fac(g.clinic(), "前医").t("(").nm(g.staff(), "前医", "fam").t(r.choice(["医師", "先生"])).t(
            ")より" + r.choice(_DRUGS) + "も処方されていることを確認。\n"
        )
        w.t("介入: 主治医 ").nm(dr, "主治医", "fam").t(r.choice(["Dr", "先生"])).t(
            "へ"
            + r.choice(["重複投与を報告、中止となる。", "腎機能に応じ減量を提案→採用。", "PPIの長期投与について確認。"])
            + "\n"
        )
        w.t(
            "腎機能: Cr "
            + f"{r.uniform(0.6, 3.2):.2f}"
            + f" eGFR {r.randint(12, 85)}、肝機能 AST {r.randint(15, 90)} ALT {r.randint(10, 80)}\n"
        )
        w.t(
            "服薬状況: "
            + r.choice(["自己管理、残薬多数あり(飲み忘れ)。", "妻が管理、カレンダー使用。", "一包化で概ね良好。"])
            + "\n"
        )
        w.t("本人・").t(_rel(r, r.choice("MF")))
        rel = g.relative(w.pt)
        w.nm(rel, "家族", r.choice(["fam", "full"])).t(r.choice(["様に服薬指導実施。", "さんへ説明、理解良好。"])).t(
            "\n担当薬剤師 "
        )
        w.nm(g.staff(), "担当薬剤師", r.choice(["full", "full_sp"])).t(" (内線").phone(g.phs(), "").t(")")


# ---------------------------------------------------------------------------
# style 4: incident / near-miss reports
# ---------------------------------------------------------------------------


def st_incident(w: W) -> None:
    r, g = w.r, w.g
    ns, finder, dr = g.staff(), g.staff(), g.staff()
    ward, room = g.ward(), g.room()
    k = r.randrange(3)
    yr = w.base.year
    w.t(r.choice(["インシデント報告書", "ヒヤリ・ハット報告", "インシデント・アクシデントレポート"]) + "\n")
    w.t(r.choice(["報告No. ", "報告番号：", "管理番号 "])).idp(
        r.choice(
            [
                f"IR-{yr}-{r.randint(1, 999):04d}",
                f"{yr % 100}-{r.randint(1, 2999):05d}",
                f"INC{yr}{r.randint(1, 9999):04d}",
            ]
        ),
        "（採番前）",
        pt=False,
    )
    w.t("\n発生日時：").dt(w.day(), time=w.tm()).t(r.choice(["頃", "", "ごろ"]) + "\n発生場所：")
    w.fac(ward, "病棟").t(" ").fac(f"{room}号室", "病室").t("\n")
    w.t("患者：").ptn("患者", r.choice(["full", "full_sp", "kana"])).t(" (").agep().t(
        r.choice(["、", " "]) + w.sex_s + ") ID "
    ).idp().t("\n")
    w.t("当事者：看護師 ").nm(ns, "当事者看護師", r.choice(["full", "full_sp"])).t(f"（経験{r.randint(1, 20)}年目）\n")
    if k == 0:  # patient misidentification near-miss
        other = g.relative(w.pt)
        w.t("種別：患者誤認(未実施)\n概要：")
        w.fac(f"{g.room()}号室", "隣室").t("の同姓患者 ").nm(other, "別患者", "full").t("様(ID ")
        w.idp(g.pid(), pt=False).t(")の" + r.choice(["点滴", "内服薬", "採血スピッツ", "食事トレイ"]))
        w.t("を、").ptn("本人", "fam").t(r.choice(["様のベッドサイドへ持参。", "さんに渡しそうになった。"]))
        w.t("リストバンド確認時に氏名不一致に気付き、未実施。\n")
    elif k == 1:  # fall
        w.t(
            "種別：転倒・転落\n概要："
            + r.choice(["夜間", "早朝", "食後"])
            + "、トイレに一人で行こうとしベッドサイドで転倒しているのを"
        )
        w.t(r.choice(["看護助手", "同室者の家族", "巡視中の看護師"]) + " ").nm(finder, "発見者", "fam").t("が発見。")
        w.t(r.choice(["頭部打撲なし。", "右前額部に擦過傷 2cm。", "右股関節痛の訴えあり、XP施行→骨折なし。"]) + "\n")
        w.t("当直医 ").nm(dr, "当直医", r.choice(["fam", "full"])).t(r.choice(["医師", "Dr."])).t("診察。")
        rel = g.relative(w.pt)
        w.t(_rel(r, rel.sex) + "の").nm(rel, "家族", "full").t("様へ").dt(w.day(), "同日", "short", time=w.tm()).t(
            "電話にて報告("
        )
        w.phone(r.choice([w.mob, w.home]), "登録番号", mine=True).t(")\n")
    else:  # medication error
        drug = r.choice(_DRUGS)
        w.t("種別：与薬(" + r.choice(["投与量間違い", "投与時間間違い", "指示受け漏れ"]) + ")\n")
        w.t(f"概要：{drug}の" + r.choice(["中止指示", "減量指示", "時間変更"]) + "が")
        w.dt(w.day(-1), "前日", "short", time=(r.randint(15, 20), r.choice([0, 10, 40]))).t("に出ていたが、")
        w.t(
            "指示受けが行われず翌朝まで継続投与。"
            + r.choice(["患者への影響なし。", "BP 88/50まで低下、補液で改善。", ""])
            + "\n"
        )
        w.t("指示医：").dept().t(" ").nm(dr, "指示医", "fam").t("\n")
        w.t("発見者：薬剤師 ").nm(finder, "病棟薬剤師", r.choice(["fam", "full"])).t("\n")
    w.t("経過：\n")
    h, m = w.tm()
    w.t(f" {w.tms(h, m)} " + r.choice(["発見、バイタル測定 ", "当事者が気付く、"]) + _vitals(r) + "\n")
    w.t(f" {w.tms((h + 1) % 24, (m + 10) % 60)} " + r.choice(["リーダー看護師 ", "看護師長 ", "当直師長 "]))
    w.nm(g.staff(), "リーダー看護師", "fam").t(r.choice(["へ報告。", "に報告、", " 報告"]) + "\n")
    w.t(
        " 患者・家族への説明："
        + r.choice(["本人へ謝罪、理解得られた。", "主治医より家族へ電話で説明済。", "未(家族来院時に説明予定)。"])
        + "\n"
    )
    w.t("影響レベル：" + r.choice(["0", "1", "2", "3a"]) + "\n")
    w.t("要因：" + r.choice(["繁忙時間帯", "確認手順の省略", "夜勤帯の人員不足", "センサー電源OFFのまま"]) + "。")
    w.t("対策：" + r.choice(["2人で指差し確認を徹底。", "病棟会で共有。", "離床センサー使用基準を見直し。"]) + "\n")
    w.t("報告者：").nm(ns, "当事者看護師", "fam").t(" / 所属長確認 ").nm(g.staff(), "看護師長", "fam").t(" ")
    w.dt(w.day(r.randint(0, 2)), "後日", "short")


# ---------------------------------------------------------------------------
# style 5: family telephone call log
# ---------------------------------------------------------------------------


def st_family_call(w: W) -> None:
    r, g = w.r, w.g
    rels = [g.relative(w.pt, r.random() < 0.7) for _ in range(r.randint(1, 2))]
    relns = [_rel(r, x.sex) for x in rels]
    w.t(r.choice(["電話対応記録", "家族連絡記録（電話）", "【TEL記録】", "家族からの電話メモ"]) + "  ")
    w.t("患者 ").ptn("本人", r.choice(["full", "kana", "full_sp", "fam"])).t(r.choice(["様", "さん", " 様"])).t("(")
    w.idp().t(") ").fac(g.ward(), "病棟").t("\n")
    for j in range(r.randint(3, 5)):
        rel = rels[j % len(rels)]
        reln = relns[j % len(rels)]
        w.t(r.choice(["◇", "", "・"]))
        w.dt(w.day(j), "同日", r.choice(["short", "long", "any"]), time=w.tm()).t(" ")
        direction = r.random() < 0.5
        if direction:
            w.t(reln + " ").nm(rel, "家族", r.choice(["full", "fam", "kana"])).t(
                r.choice(["様より着信", "さんから電話", "様より入電"])
            )
        else:
            w.t(reln + " ").nm(rel, "家族", r.choice(["full", "fam"])).t(
                r.choice(["様へ発信", "様に電話", "さんへTEL"])
            )
        op, cl = r.choice([("（", "）"), (" TEL:", ""), (" ", ""), ("(", ")")])
        w.t(op)
        w.phone(r.choice([w.mob, w.home, g.mobile()]), "登録番号", mine=(j == 0))
        w.t(cl + "\n")
        w.t(
            r.choice(
                [
                    "「面会は何時からできますか」→ 14時〜17時、1回15分と説明。",
                    "昨日より発熱あることを報告。主治医から明日説明予定と伝える。",
                    "洗濯物の交換は週2回来院するとのこと。",
                    "本人の様子を尋ねられる。食事量少ないが会話は可能と返答。",
                    "「父は昔から頑固で…」と不安を話される。傾聴。",
                    "不在のため留守電にメッセージ残す。折り返し待ち。",
                    "退院日について相談、仕事の都合で土曜希望。",
                ]
            )
        )
        if r.random() < 0.45:
            w.t("\n　")
            if r.random() < 0.5:
                w.t("勤務先(").fac(r.choice(_WORK), "勤務先").t(")の番号にも連絡可と。 ")
                w.phone(g.landline(r.choice(_PREF_CITY)[2]), "勤務先番号")
            else:
                w.t("現在").p(w.addr[2], "ADDRESS", "県外").t(r.choice(["在住、", "に住んでおり、", "から"]))
                w.t(r.choice(["来院に2時間かかる。", "週末のみ来院可。", "車で向かうとのこと。"]))
        w.t("\n　対応：").nm(g.staff(), "病棟看護師", r.choice(["fam", "full"])).t(
            r.choice(["", " Ns", "（看護師）"])
        ).t("\n")
    if r.random() < 0.5:
        w.t("※キーパーソン：").t(relns[0]).nm(rels[0], "家族", "full").t(r.choice(["様", "氏"]))
        w.t(r.choice(["  メール ", " e-mail: "]))
        mail = g.email(rels[0])
        w.p(mail, "EMAIL_ADDRESS", "（家族アドレス）")


# ---------------------------------------------------------------------------
# style 6: discharge planning conference
# ---------------------------------------------------------------------------


def st_discharge(w: W) -> None:
    r, g = w.r, w.g
    dr, ns, msw, cm, vn = (g.staff() for _ in range(5))
    rel1 = g.relative(w.pt)
    rel2 = g.relative(w.pt, r.random() < 0.5)
    cmo, vns = r.choice(_CMO), r.choice(_VNS)
    w.t(r.choice(["退院前カンファレンス記録", "退院支援カンファレンス", "【退院調整会議 議事録】"]) + "\n")
    w.t("開催日時：").dt(w.day(), time=(r.randint(13, 16), r.choice([0, 30]))).t("　場所：").fac(g.ward(), "病棟")
    w.t(r.choice([" 面談室", "カンファレンスルーム", " デイルーム"]) + "\n")
    w.t("対象：").ptn("本人", r.choice(["full", "full_sp"])).t(" 様 (").agep().t(") ").t(r.choice(_DX) + "\n")
    w.t("住所：")
    if r.random() < 0.6 and not w.clean:
        w.t("〒").p(w.postal, "POSTAL_CODE", "").t(" ")
    w.addrp(r.choice([0, 1]), "自宅").t(r.choice(["（独居）", "（妻と二人暮らし）", " 長男家族と同居", ""]) + "\n")
    w.t("出席者：本人、")
    w.t(_rel(r, rel1.sex)).nm(rel1, "家族", r.choice(["full", "full_sp"])).t("様、")
    w.t(_rel(r, rel2.sex)).nm(rel2, "家族", r.choice(["full", "fam"])).t(r.choice(["様(電話参加)、", "様、"]))
    w.t("主治医 ").nm(dr, "主治医", "fam").t("、病棟看護師 ").nm(ns, "病棟看護師", "fam").t("、MSW ").nm(
        msw, "MSW", r.choice(["full", "fam"])
    )
    w.t("、\n　").fac(cmo, "担当居宅介護支援事業所").t(" ケアマネ ").nm(
        cm, "担当ケアマネジャー", r.choice(["full", "full_sp"])
    ).t(r.choice(["氏", "様", "さん"]))
    w.t("、").fac(vns, "訪問看護ステーション").t(" ").nm(vn, "担当者", "fam").t(r.choice(["氏", "Ns", "看護師"]))
    w.t("\n")
    w.t("介護保険：" + r.choice(["要介護1", "要介護2", "要介護3", "要支援2", "区分変更申請中"]) + " 被保険者番号 ")
    w.p(f"{r.randint(0, 9999999999):010d}", "INSURANCE_NUMBER", "（確認済）").t("\n")
    w.t(
        "【経過】"
        + r.choice(["ADLは歩行器で病棟内自立。", "食事はミキサー食、一部介助。", "HOT導入(安静時1L、労作時2L)。"])
    )
    w.t(
        r.choice(
            [
                "インスリン自己注射は手技獲得不十分。",
                "夜間頻尿あり、ポータブルトイレ設置予定。",
                "褥瘡(仙骨部 d2)処置継続要。",
            ]
        )
        + "\n"
    )
    w.t("【協議内容】\n・退院予定日：").dt(w.day(r.randint(5, 14)), "調整中", r.choice(["short", "long"])).t("\n")
    w.t("・訪問看護 週" + str(r.randint(1, 3)) + "回(").fac(vns, "訪問看護ステーション").t(")、訪問診療は")
    w.fac(g.clinic(), "在宅医").t("の ").nm(g.staff(), "在宅医", "full").t(r.choice(["先生", "医師"])).t("に依頼。\n")
    w.t("・" + r.choice(["デイサービス週2回", "福祉用具レンタル(介護ベッド、手すり)", "ショートステイ利用"]) + "を").nm(
        cm, "ケアマネジャー", "fam"
    ).t("氏が調整。\n")
    if r.random() < 0.5:
        w.t("・退院後は")
        w.fac(r.choice(_HOME), "施設").t("入所も検討、見学").dt(w.day(r.randint(2, 6)), "後日", "short").t("予定。\n")
    if r.random() < 0.5:
        w.t("・MSWより高額療養費・限度額認定の申請支援。マイナンバー(").p(
            f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
            if r.random() < 0.4
            else f"{r.randint(10**11, 10**12 - 1)}",
            "MY_NUMBER",
            "提示済",
        ).t(")確認。\n")
    w.t("・緊急連絡先：").t(_rel(r, rel1.sex) + " ").phone(w.mob, "キーパーソン携帯", mine=True)
    w.t(r.choice(["、自宅 ", " / 自宅TEL "])).phone(w.home, "自宅電話", mine=True).t("\n")
    w.t(
        "・"
        + r.choice(
            [
                "家族より「日中は仕事で見られない」との不安あり。",
                "本人は自宅退院を強く希望。",
                "家族間で意見の相違あり、再調整。",
            ]
        )
        + "\n"
    )
    w.t("記録：MSW ").nm(msw, "MSW", "fam").t(r.choice(["（地域連携室 内線", "（連絡先 内線"])).phone(g.phs(), "").t(
        "）"
    )
    if r.random() < 0.3:
        w.t("\n事業所連絡先 ").fac(vns, "訪問看護ステーション").t(" ").phone(g.landline(w.addr[3]), "事業所番号")
        slug = ["himawari", "suzuran", "carelink", "ayumi", "nagomi"][_VNS.index(vns)]
        w.t(" ").p(f"https://www.{slug}-houkan.jp/", "URL", "（事業所HP）")


# ---------------------------------------------------------------------------
# style 7: outpatient nurse triage phone notes
# ---------------------------------------------------------------------------


def st_triage(w: W) -> None:
    r, g = w.r, w.g
    ns, dr = g.staff(), g.staff()
    if r.random() < 0.3:
        w.age = r.randint(1, 15)
        w.birth = _dt.date(w.base.year - w.age - 1, r.randint(w.base.month, 12), r.randint(1, 28))
        if w.birth.month == w.base.month and w.birth.day <= w.base.day:
            w.birth = w.birth.replace(day=min(w.base.day + 1, 28) if w.base.day < 28 else 28)
    child = w.age < 16
    caller = g.relative(w.pt) if (child or r.random() < 0.5) else None
    w.t(r.choice(["電話トリアージ記録", "外来 電話相談メモ", "＜外来看護 電話対応＞", "TEL相談"]) + " ")
    w.dt(w.day(), time=w.tm()).t(" 受\n")
    w.t("発信者：")
    if caller is not None:
        w.t("母" if child and caller.sex == "F" else "父" if child else _rel(r, caller.sex))
        w.t(" ").nm(caller, "家族", r.choice(["full", "fam", "kana"]))
    else:
        w.t("本人")
    w.t("\n患者：").ptn("本人", r.choice(["full", "kana", "hira", "full_sp"])).t(
        r.choice(["", "さん", "ちゃん" if child else "様"])
    )
    w.t(" ").agep().t(" ").t(w.sex_s + "\n")
    w.t(r.choice(["診察券番号 ", "ID ", "カルテNo. "])).idp().t(r.choice([" / ", "  "]) + "生年月日 ").dt(
        w.birth, "（省略）", "birth"
    ).t("\n")
    w.t("連絡先：").phone(r.choice([w.mob, w.home]), "登録番号", mine=True).t("\n")
    if child:
        w.t(
            "主訴："
            + r.choice(
                [
                    "昨夜から39℃台の発熱、水分は取れている。",
                    "嘔吐3回、下痢なし、ぐったりしている。",
                    "川崎病の既往あり、発熱2日目で心配。",
                    "発疹と咳。保育園で流行あり。",
                ]
            )
            + "\n"
        )
        if r.random() < 0.6:
            w.t("通園先：").fac(r.choice(["さくら保育園", "市立南小学校", "みどり幼稚園", "わかば保育所"]), "通園先").t(
                "\n"
            )
    else:
        w.t(
            "主訴："
            + r.choice(
                [
                    "昨日から胸部圧迫感、安静で消失。既往 急性心筋梗塞 PCI後。",
                    "術後創部からの浸出液が増えた。",
                    f"{r.choice(_DRUGS)}を飲み忘れた、2回分まとめて飲んでよいか。",
                    "血便あり、ワーファリン内服中。",
                    "息苦しさ増強、体重2kg増。慢性心不全で通院中。",
                    "橋本病で内服中、動悸と手の震え。",
                ]
            )
            + "\n"
        )
    w.t("確認事項：")
    checks = [
        "意識清明",
        "会話可",
        "呼吸苦" + r.choice(["なし", "あり(軽度)"]),
        "胸痛" + r.choice(["なし", "なし", "あり"]),
        "嘔吐" + r.choice(["なし", "1回"]),
        "水分摂取" + r.choice(["可", "少量のみ"]),
        "尿" + r.choice(["出ている", "半日出ていない"]),
        f"体温 {round(r.uniform(36.2, 39.8), 1)}℃",
        "顔色" + r.choice(["良", "不良"]),
        "歩行" + r.choice(["可", "ふらつきあり"]),
    ]
    w.t("、".join(r.sample(checks, r.randint(4, 7))) + "\n")
    w.t("既往：" + "、".join(r.sample(_DX, 2)) + "　内服：" + "、".join(r.sample(_DRUGS, r.randint(2, 4))) + "\n")
    w.t("かかりつけ：").dept().t(" ").nm(dr, "主治医", r.choice(["fam", "full"])).t(r.choice(["医師", "Dr", "先生"]))
    if r.random() < 0.5:
        w.t("（前医 ").fac(g.clinic(), "近医").t("より紹介、").dt(w.day(-r.randint(20, 400)), "以前", "long").t(
            "初診）"
        )
    w.t(
        "\n判断："
        + r.choice(
            [
                "本日受診を勧める。",
                "救急外来受診を指示、家族の車で来院予定。",
                "経過観察、症状増悪時は再度連絡を。",
                "主治医に確認し折り返し。",
            ]
        )
    )
    w.t(
        r.choice(
            [
                "お薬手帳と診察券、保険証を持参するよう説明。",
                "来院時は正面玄関ではなく救急入口へ。",
                "症状悪化時は119番通報するよう伝えた。",
                "",
            ]
        )
    )
    if r.random() < 0.5:
        w.t("→").nm(dr, "主治医", "fam").t(r.choice(["Dr", "医師"])).t("へ相談、").dt(
            w.day(), "同日", "short", time=w.tm()
        ).t(r.choice(["外来枠で受診予約。", "に折り返し済。"]))
    w.t("\n")
    if r.random() < 0.5:
        w.t("【新患登録用】保険者番号 ").p(
            f"{r.choice(['06', '01', '31', '32', '39'])}{r.randint(0, 999999):06d}", "INSURANCE_NUMBER", "（確認済）"
        )
        w.t(r.choice([" 記号 ", "  記号:"])).p(
            r.choice([f"{r.randint(1, 99)}-{r.randint(1, 999)}", f"{r.randint(1000, 99999)}", f"あ{r.randint(1, 30)}"]),
            "INSURANCE_NUMBER",
            "（確認済）",
        )
        w.t(r.choice([" 番号 ", " 番号:"])).p(str(r.randint(1, 9999)), "INSURANCE_NUMBER", "（確認済）").t("\n")
        w.t("住所 ").addrp(r.choice([0, 1])).t("\n")
    w.t("対応看護師：").nm(ns, "外来看護師", r.choice(["full", "fam", "full_sp"]))
    op, cl = r.choice([("（", "）"), (" / ", ""), ("(", ")")])
    w.t(op + "外来" + r.choice(["", " PHS ", "内線"])).phone(g.phs(), "").t(cl)


# ---------------------------------------------------------------------------
# style 8: lab result call-back (panic values)
# ---------------------------------------------------------------------------

_PANIC = [
    ("K", lambda r: f"{r.uniform(6.1, 7.4):.1f}", "mEq/L"),
    ("Na", lambda r: f"{r.randint(112, 119)}", "mEq/L"),
    ("Glu", lambda r: f"{r.randint(28, 45)}", "mg/dL"),
    ("Hb", lambda r: f"{r.uniform(4.2, 5.9):.1f}", "g/dL"),
    ("PLT", lambda r: f"{r.uniform(0.8, 1.9):.1f}万", "/μL"),
    ("PT-INR", lambda r: f"{r.uniform(5.1, 8.8):.2f}", ""),
    ("Ca", lambda r: f"{r.uniform(13.1, 15.2):.1f}", "mg/dL"),
    ("トロポニンT", lambda r: f"{r.uniform(0.12, 1.5):.2f}", "ng/mL"),
]


def st_lab_callback(w: W) -> None:
    r, g = w.r, w.g
    tech, ns, dr = g.staff(), g.staff(), g.staff()
    k = r.randrange(3)
    yr2 = w.base.year % 100
    spec = r.choice(
        [
            f"{yr2}{w.base.month:02d}{w.base.day:02d}-{r.randint(1, 2999):04d}",
            f"{r.randint(10**9, 10**10 - 1)}",
            f"S{r.randint(100000, 999999)}",
        ]
    )
    w.t(r.choice(["パニック値報告記録", "緊急異常値 連絡記録", "【至急報告値】コールバックログ"]) + "\n")
    w.t("検体番号：").idp(spec, "（検体番号）", pt=False).t(r.choice(["  採取 ", " 採血日時:"])).dt(
        w.day(), time=w.tm()
    ).t("\n")
    w.t("患者：").ptn("患者", r.choice(["full", "kana", "full_sp", "romaji"])).t(" ").idp().t(" ").agep().t(" ")
    if k == 2:
        w.t("外来(").dept().t(")\n")
    else:
        w.fac(g.ward(), "病棟").t(" ").fac(f"{g.room()}号室", "病室").t("\n")
    if k == 1:  # microbiology
        w.t(
            "項目：血液培養 "
            + r.choice(["2/2セット陽性", "1/2セット陽性"])
            + " グラム"
            + r.choice(["陽性球菌(クラスター)", "陰性桿菌", "陽性桿菌"])
        )
        w.t("\nアクセッション番号 ").idp(f"M{r.randint(10**6, 10**7 - 1)}", "（番号）", pt=False).t("\n")
        w.t("培養開始から陽転まで" + str(r.randint(11, 40)) + "時間。同定・感受性は後日報告。\n")
        w.t(
            "感染対策："
            + r.choice(["MRSAの可能性あり接触予防策を推奨。", "ESBL産生菌の既往あり。", "特記なし。"])
            + "\n"
        )
    else:
        items = r.sample(_PANIC, r.randint(1, 2))
        w.t(
            "項目："
            + "、".join(f"{a} {f(r)} {u}".strip() for a, f, u in items)
            + r.choice(["（前回値より急変）", "(再検済)", " 溶血なし"])
            + "\n"
        )
        w.t("前回値：").dt(w.day(-r.randint(1, 30)), "前回", r.choice(["short", "long"])).t(" ")
        w.t("、".join(f"{a} 基準範囲内" if r.random() < 0.5 else f"{a} やや高値" for a, _f, _u in items) + "\n")
        w.t(
            "検体状態："
            + r.choice(["溶血(-)、凝固(-)", "採血から遠心まで2時間経過", "ライン側からの採血の可能性あり"])
            + "\n"
        )
    w.t("報告基準：当院パニック値一覧(" + r.choice(["2022年改訂", "第5版", "検査部作成"]) + ")に該当。\n")
    h, m = w.tm()
    w.t("連絡経過：\n")
    w.t(f" {w.tms(h, m)} 検査部 ").nm(tech, "臨床検査技師", r.choice(["fam", "full"])).t(" → ")
    if k == 2:
        w.t("外来看護師 ").nm(ns, "外来看護師", "fam").t("(内線").phone(g.phs(), "").t(")")
    else:
        w.t("病棟 Ns").nm(ns, "病棟看護師", "fam").t("（PHS ").phone(g.phs(), "").t("）")
    w.t(r.choice(["に報告、復唱確認。", " 口頭報告・リードバック済", "へ電話連絡"]) + "\n")
    w.t(f" {w.tms(h, (m + 7) % 60)} 主治医 ").nm(dr, "主治医", r.choice(["fam", "full"])).t(
        r.choice(["医師", "Dr", "先生"]) + r.choice(["へ連絡", "に報告(PHS ", "不在、代行 "])
    )
    if w.d.parts[-1].endswith("(PHS "):
        w.phone(g.phs(), "").t(")")
    elif w.d.parts[-1].endswith("代行 "):
        w.nm(g.staff(), "代行医", "fam").t("医師へ")
    w.t("\n")
    if k == 2:
        w.t(f" {w.tms((h + 1) % 24, 5)} 本人自宅へ電話(").phone(r.choice([w.home, w.mob]), "登録番号", mine=True).t(")")
        w.t(r.choice(["、本日中の再受診を指示。", "、不通。", "、家族("]))
        if w.d.parts[-1].endswith("家族("):
            rel = g.relative(w.pt)
            w.t(_rel(r, rel.sex)).nm(rel, "家族", "full").t(")が応答、救急外来へ来院指示。")
        w.t("\n")
    w.t(
        "指示："
        + r.choice(
            [
                "グルコン酸Ca静注、GI療法開始。",
                "RCC 2単位 輸血オーダー。",
                "抗菌薬開始、血培再提出。",
                "ワーファリン中止、ビタミンK投与。",
                "再検採血オーダー。",
            ]
        )
        + "\n"
    )
    w.t(
        "対応後："
        + r.choice(["再検 ", "1時間後再検 ", "翌朝再検 "])
        + r.choice(["改善傾向。", "ほぼ前値と同等。", "依然異常値、主治医に再報告。"])
    )
    w.t(r.choice(["心電図モニター装着。", "意識レベル変化なし。", "バイタル安定。"]) + "\n")
    w.t("報告者：").nm(tech, "臨床検査技師", r.choice(["full", "full_sp"])).t(
        r.choice([" (検査部)", "", "　臨床検査技師"])
    )


# ---------------------------------------------------------------------------
# style 9: consent / IC records
# ---------------------------------------------------------------------------


def st_consent(w: W) -> None:
    r, g = w.r, w.g
    dr, ns = g.staff(), g.staff()
    rel1 = g.relative(w.pt)
    rel2 = g.relative(w.pt, r.random() < 0.6)
    k = r.randrange(3)
    topic = [
        "手術(" + r.choice(["腹腔鏡下胆嚢摘出術", "人工骨頭置換術", "幽門側胃切除術", "TURBT"]) + ")",
        "輸血療法",
        "急変時の対応(DNAR)",
    ][k]
    w.t(r.choice(["IC記録", "インフォームド・コンセント記録", "病状説明記録", "【説明と同意】"]) + "：" + topic + "\n")
    w.t("日時：").dt(w.day(), time=(r.randint(9, 18), r.choice([0, 15, 30]))).t(r.choice(["〜", " - ", "～"]))
    w.t(w.tms(r.randint(18, 19), r.choice([0, 30])) + "\n")
    w.t("場所：").fac(g.ward(), "病棟").t(r.choice([" 面談室", "説明室", " ナースステーション横"]) + "\n")
    w.t("説明者：").dept().t(" ").nm(dr, "主治医", r.choice(["full", "full_sp"])).t(
        r.choice(["", " 医師", "（主治医）"]) + "\n"
    )
    w.t("同席者：看護師 ").nm(ns, "担当看護師", r.choice(["fam", "full"]))
    if r.random() < 0.4:
        w.t("、").t(r.choice(["MSW", "薬剤師", "医療通訳"]) + " ").nm(g.staff(), "同席スタッフ", "fam")
    w.t("\n患者：").ptn("本人", r.choice(["full", "full_sp", "kana"])).t(" 様 ").agep().t(" (ID ").idp().t(")\n")
    w.t("家族：").t(_rel(r, rel1.sex) + " ").nm(rel1, "家族", "full").t("様")
    if r.random() < 0.6:
        w.t(r.choice(["、", " / "]) + _rel(r, rel2.sex) + " ").nm(rel2, "家族", r.choice(["full", "fam", "kana"]))
        w.t(r.choice(["様（遠方のため電話で参加 ", "様（スピーカーフォン "]))
        w.phone(g.mobile(), "家族携帯").t("）")
    w.t("\n")
    if k == 0:
        w.t("説明内容：病名、手術の目的、方法、合併症(出血、感染、縫合不全、肺塞栓 等)、代替治療。\n")
        w.t("手術予定日 ").dt(w.day(r.randint(2, 10)), "手術予定日", r.choice(["long", "short"])).t("。")
        w.t(
            r.choice(
                [
                    "本人「先生にお任せします」。",
                    "本人・家族とも質問なく同意。",
                    "長男より術後の入院期間について質問あり。",
                ]
            )
            + "\n"
        )
    elif k == 1:
        w.t("説明内容：Hb " + f"{r.uniform(5.0, 7.2):.1f}" + "、輸血の必要性、副作用(発熱、アレルギー、感染症)、")
        w.t("宗教上の理由の有無を確認→なし。" + r.choice(["同意書取得。", "本人署名困難のため代筆。", ""]) + "\n")
    else:
        w.t(
            "説明内容："
            + r.choice(_DX)
            + "の進行、現在の状態。心停止時の心肺蘇生、挿管は行わない方針(DNAR)について。\n"
        )
        w.t("本人は以前から「管につながれたくない」と話していた、と")
        w.t(_rel(r, rel1.sex)).nm(rel1, "家族", "fam").t("様。")
        w.t(r.choice(["家族で話し合い後日返答。", "同意。", "次男の到着を待って再度説明予定。"]) + "\n")
    w.t("質疑応答：\n")
    qa = [
        "Q 入院期間は？ A 術後経過によるが2〜3週間程度。",
        "Q 認知症が進まないか心配 → せん妄予防に努めると説明。",
        "Q 費用について → 高額療養費制度、MSWから説明予定。",
        "Q 他の治療法は？ A 薬物療法、経過観察を提示、それぞれの利点欠点を説明。",
        "Q 本人に病名を伝えてよいか → 家族と相談の上、本人にも説明済み。",
        "Q 急変した時は夜中でも連絡が欲しい → 了承。",
    ]
    for q in r.sample(qa, r.randint(2, 3)):
        w.t(" " + q + "\n")
    w.t(
        "理解度："
        + r.choice(["本人・家族とも理解良好。", "本人は理解やや不十分、家族は理解。", "難聴あり、筆談併用。"])
        + "\n"
    )
    if r.random() < 0.4:
        w.t("臨床研究への参加について併せて説明、同意取得。研究対象者番号 ").idp(
            f"{r.choice(['JR', 'CT', 'SUB'])}-{r.randint(1, 999):03d}", "（割付前）", pt=False
        ).t("\n")
    w.t(r.choice(["同意書：", "署名："]) + "本人 / 代諾者 ").nm(rel1, "家族", "full")
    w.t(r.choice(["（{}）", "({})"]).format(_rel(r, rel1.sex)) + "  ")
    w.dt(w.day(r.randint(0, 1)), "同日", r.choice(["long", "birth"])).t("\n")
    w.t("記録：").nm(ns, "担当看護師", "fam").t(r.choice(["", " Ns", "（看護師）"]))


_STYLES = [
    st_nursing,
    st_handover,
    st_medication,
    st_incident,
    st_family_call,
    st_discharge,
    st_triage,
    st_lab_callback,
    st_consent,
]


def generate_ad(n_phi: int = 60, n_clean: int = 15, seed: int = 21230) -> list[dict]:
    """Blind held-out corpus family AD: n_phi PHI documents then n_clean PHI-free ones."""
    g = Gen(seed)
    docs: list[dict] = []
    for i in range(n_phi):
        style = _STYLES[i % len(_STYLES)]
        w = W(g, f"ad-phi-{i:03d}", clean=False)
        style(w)
        with_known = style is not st_handover and g.r.random() < 0.34
        docs.append(w.out(with_known))
    for i in range(n_clean):
        style = _STYLES[(i * 4 + 1) % len(_STYLES)]
        w = W(g, f"ad-clean-{i:03d}", clean=True)
        style(w)
        docs.append(w.out(False))
    return docs
