"""Blind held-out labelled corpus, family Q: everyday hospital records and semi-structured exports.

Written without reading the scrubber, its rules, its dictionaries or its tests: the exam, not the student.
Styles (PHI documents cycle through them; PHI-free documents reuse their shapes without identifiers):

1. nursing records (SOAP and focus charting / DAR) with times, signatures and patients' words in 「」;
2. prescriptions, medication records and drug-allergy notes;
3. lab and physiology result sheets (ECG, spirometry, EEG, blood chemistry) with technician and reader;
4. diagnosis / problem lists with onset and diagnosis dates, ICD-10 codes and the diagnosing physician;
5. rehabilitation (PT/OT/ST) and nutrition notes with family training;
6. emergency department records: ambulance handover, triage, arrival route, bystanders and relatives;
7. key:value exports from an EHR with invented keys, upper-case romaji and half-width katakana names;
8. scanned paper (OCR'd) with stray spaces, mixed-width digits, odd line breaks and 0/O, 1/l confusions.

Names come from Faker ``ja_JP`` (kanji with its own kana/romaji reading) and from this module's own lists of
surnames (common to rare, 1-4 kanji, several that read as ordinary words, places or eponyms) and given names
(traditional, modern, kana-only, single-kanji), plus a few foreign names. PHI-free documents are dense in
things that must survive: lab values with units and reference ranges, staging, L4/5, S6, doses, drug names,
eponyms (Murphy徴候, 長谷川式, 川崎病, 橋本病), department names, anatomy, ICD-10 and JLAC10 codes, scores.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

Seg = tuple[str, str | None]

# ---------------------------------------------------------------------------------------------------------
# Name pools (hand-written): (kanji, katakana reading, romaji)

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
    ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"),
    ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("清水", "シミズ", "Shimizu"),
    ("阿部", "アベ", "Abe"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("川崎", "カワサキ", "Kawasaki"),
    ("菊池", "キクチ", "Kikuchi"),
    ("高安", "タカヤス", "Takayasu"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("勘解由小路", "カデノコウジ", "Kadenokoji"),
    ("薬袋", "ミナイ", "Minai"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("足立", "アダチ", "Adachi"),
    ("首藤", "シュトウ", "Shuto"),
    ("脇", "ワキ", "Waki"),
    ("肝付", "キモツキ", "Kimotsuki"),
    ("一", "ニノマエ", "Ninomae"),
    ("東", "ヒガシ", "Higashi"),
    ("南", "ミナミ", "Minami"),
    ("上野", "ウエノ", "Ueno"),
    ("品川", "シナガワ", "Shinagawa"),
    ("福岡", "フクオカ", "Fukuoka"),
    ("春日", "カスガ", "Kasuga"),
    ("大和", "ヤマト", "Yamato"),
    ("星", "ホシ", "Hoshi"),
    ("平", "タイラ", "Taira"),
    ("正直", "ショウジキ", "Shojiki"),
    ("安心院", "アジミ", "Ajimi"),
    ("生田目", "ナマタメ", "Namatame"),
    ("左右田", "ソウダ", "Soda"),
    ("服部", "ハットリ", "Hattori"),
    ("比嘉", "ヒガ", "Higa"),
    ("知念", "チネン", "Chinen"),
    ("具志堅", "グシケン", "Gushiken"),
    ("宮里", "ミヤザト", "Miyazato"),
    ("外山", "トヤマ", "Toyama"),
    ("関", "セキ", "Seki"),
    ("谷", "タニ", "Tani"),
    ("大道寺", "ダイドウジ", "Daidoji"),
    ("金", "キム", "Kim"),
    ("朴", "パク", "Park"),
    ("向井", "ムカイ", "Mukai"),
    ("早川", "ハヤカワ", "Hayakawa"),
]

# (kanji or kana as written, katakana reading, romaji, sex)
GIVEN: list[tuple[str, str, str, str]] = [
    ("一郎", "イチロウ", "Ichiro", "M"),
    ("正男", "マサオ", "Masao", "M"),
    ("清", "キヨシ", "Kiyoshi", "M"),
    ("茂", "シゲル", "Shigeru", "M"),
    ("勇", "イサム", "Isamu", "M"),
    ("誠", "マコト", "Makoto", "M"),
    ("進", "ススム", "Susumu", "M"),
    ("実", "ミノル", "Minoru", "M"),
    ("勝", "マサル", "Masaru", "M"),
    ("明", "アキラ", "Akira", "M"),
    ("歩", "アユム", "Ayumu", "M"),
    ("優", "ユウ", "Yu", "M"),
    ("光", "ヒカル", "Hikaru", "M"),
    ("正", "タダシ", "Tadashi", "M"),
    ("徹", "トオル", "Toru", "M"),
    ("陽翔", "ハルト", "Haruto", "M"),
    ("蓮", "レン", "Ren", "M"),
    ("湊", "ミナト", "Minato", "M"),
    ("大翔", "ヒロト", "Hiroto", "M"),
    ("翼", "ツバサ", "Tsubasa", "M"),
    ("健太", "ケンタ", "Kenta", "M"),
    ("大輔", "ダイスケ", "Daisuke", "M"),
    ("翔太", "ショウタ", "Shota", "M"),
    ("源三郎", "ゲンザブロウ", "Genzaburo", "M"),
    ("栄", "サカエ", "Sakae", "F"),
    ("望", "ノゾミ", "Nozomi", "F"),
    ("恵", "メグミ", "Megumi", "F"),
    ("愛", "アイ", "Ai", "F"),
    ("薫", "カオル", "Kaoru", "F"),
    ("忍", "シノブ", "Shinobu", "F"),
    ("結愛", "ユア", "Yua", "F"),
    ("陽葵", "ヒマリ", "Himari", "F"),
    ("心愛", "ココア", "Kokoa", "F"),
    ("莉子", "リコ", "Riko", "F"),
    ("葵", "アオイ", "Aoi", "F"),
    ("ハル", "ハル", "Haru", "F"),
    ("トメ", "トメ", "Tome", "F"),
    ("キヨ", "キヨ", "Kiyo", "F"),
    ("ウメ", "ウメ", "Ume", "F"),
    ("さくら", "サクラ", "Sakura", "F"),
    ("ひなた", "ヒナタ", "Hinata", "F"),
    ("みのり", "ミノリ", "Minori", "F"),
    ("ゆい", "ユイ", "Yui", "F"),
    ("千代子", "チヨコ", "Chiyoko", "F"),
    ("和子", "カズコ", "Kazuko", "F"),
    ("節子", "セツコ", "Setsuko", "F"),
    ("久子", "ヒサコ", "Hisako", "F"),
    ("幸子", "サチコ", "Sachiko", "F"),
    ("春子", "ハルコ", "Haruko", "F"),
    ("美咲", "ミサキ", "Misaki", "F"),
    ("里美", "サトミ", "Satomi", "F"),
]

# foreign: (family romaji, family katakana, given romaji, given katakana)
FOREIGN: list[tuple[str, str, str, str]] = [
    ("Santos", "サントス", "Maria", "マリア"),
    ("Nguyen", "グエン", "Van An", "ヴァン・アン"),
    ("Smith", "スミス", "John", "ジョン"),
    ("Petrov", "ペトロフ", "Aleksandr", "アレクサンドル"),
    ("Silva", "シルバ", "Ana", "アナ"),
    ("Tran", "チャン", "Thi Lan", "ティ・ラン"),
    ("Wang", "ワン", "Wei", "ウェイ"),
    ("Garcia", "ガルシア", "Luis", "ルイス"),
]

FACILITY_HEADS = [
    "さくら台",
    "みなと",
    "北斗",
    "東都",
    "青葉",
    "白鷺",
    "若葉台",
    "城南",
    "桜ヶ丘",
    "ひばりが丘",
    "緑風",
]
FACILITY_TAILS = [
    "病院",
    "総合病院",
    "記念病院",
    "中央病院",
    "クリニック",
    "内科クリニック",
    "整形外科医院",
    "医院",
    "訪問看護ステーション",
    "リハビリテーション病院",
]
CARE_HOMES = [
    "特別養護老人ホーム 白樺の里",
    "介護老人保健施設 ひまわり苑",
    "グループホーム あおぞら",
    "サービス付き高齢者向け住宅 ことぶき荘",
    "デイサービスセンター 陽だまり",
    "有料老人ホーム やすらぎの杜",
]
PHARMACIES = ["すずらん調剤薬局 駅前店", "あおば薬局", "ひかり薬局 本町店", "みどり調剤薬局", "つばめ薬局 南口店"]

# PHI-free clinical sentences: dense in things that must NOT be redacted.
CLEAN: list[str] = [
    "CRP 0.35 mg/dL（基準値 0.00-0.14）、WBC 9,800/μL、Hb 11.2 g/dL、Plt 21.3×10^4/μL。",
    "腰椎MRIでL4/5椎間板ヘルニア、L5/S1に軽度の脊柱管狭窄を認める。",
    "造影CTで肝S6に18mm大の早期濃染域、後期相でwashoutあり。",
    "Murphy徴候陽性、Blumberg徴候陰性、筋性防御なし。",
    "長谷川式簡易知能評価スケール（HDS-R）21/30点、MMSE 23/30点。",
    "幼少期に川崎病の既往あり、冠動脈瘤なし。",
    "HbA1c 7.8%（NGSP）、空腹時血糖 142 mg/dL（70-109）。",
    "eGFR 38.5 mL/min/1.73m²、Cr 1.32 mg/dL、BUN 28 mg/dL、K 4.9 mEq/L。",
    "2型糖尿病（E11.9）、本態性高血圧症（I10）、脂質異常症（E78.5）。",
    "JLAC10 3D010000002327101 グルコース、3D046000002227101 HbA1c。",
    "cT2N1M0 StageⅡB、ECOG PS 1。",
    "NYHA Ⅱ度、BNP 245 pg/mL、LVEF 38%。",
    "Glasgow Coma Scale E3V4M6、JCS Ⅰ-3、瞳孔 3.0/3.0 mm 対光反射迅速。",
    "MMT 腸腰筋 4/5、大腿四頭筋 3/5、前脛骨筋 4/5。",
    "Barthel Index 55点、FIM 運動項目 48点・認知項目 25点。",
    "Brunnstrom stage 上肢Ⅲ・手指Ⅱ・下肢Ⅳ。",
    "ロキソプロフェン60mg 1回1錠 1日3回 毎食後 5日分、レバミピド100mg併用。",
    "ワルファリン 2.5mg/日、PT-INR 2.3（目標 2.0-3.0）。",
    "橋本病にてレボチロキシン50μg内服中、TSH 3.2 μIU/mL、FT4 1.1 ng/dL。",
    "Parkinson病 Hoehn-Yahr Ⅲ度、レボドパ・カルビドパ 100mg 1日3回。",
    "循環器内科・消化器内科・リハビリテーション科に併診依頼。",
    "Child-Pugh B（8点）、ALBI grade 2、AFP 12.4 ng/mL。",
    "SpO2 94%（O2 2L/分 鼻カニュラ）、RR 22/min、BT 37.8℃。",
    "Alzheimer型認知症（G30.9）、BPSDとして夜間不穏あり。",
    "右S6区域切除術後、POD5でドレーン抜去。",
    "血液型 A型 Rh(+)、不規則抗体陰性。",
    "心電図: 洞調律、HR 72/min、ST-T変化なし。",
    "Killip分類 Ⅰ、peak CK 2,450 U/L、CK-MB 186 U/L。",
    "Crohn病（K50.9）に対しアダリムマブ40mg 2週毎皮下注。",
    "Basedow病の既往あり、TRAb 陰性化。",
    "Guillain-Barré症候群疑いで脳神経内科コンサルト。",
    "NRS 3/10、疼痛時アセトアミノフェン500mg頓用。",
    "転倒転落アセスメント 危険度Ⅱ、離床センサー設置。",
    "ブレーデンスケール 13点、仙骨部 DESIGN-R d2-e3s6i0g1n0p0:10点。",
    "MNA-SF 7点（低栄養）、Alb 2.9 g/dL、TP 5.8 g/dL。",
    "RSST 2回/30秒、MWST 3点、FILS Lv.6。",
    "Hugh-Jones Ⅲ度、mMRC 2、6分間歩行 280m。",
    "FEV1.0% 62.4%、%VC 78.9%、%DLco 65%。",
    "Forrester分類 Ⅱ、CI 2.4 L/min/m²、PCWP 20 mmHg。",
    "J18.9 肺炎、N39.0 尿路感染症として抗菌薬開始。",
    "入院3日目より経口摂取再開、全粥 1/2量摂取。",
    "菊池病（組織球性壊死性リンパ節炎）を鑑別に挙げる。",
    "高安動脈炎の既往なし、上肢血圧左右差 8 mmHg。",
    "AST 42 U/L（13-30）、ALT 55 U/L（7-23）、γ-GTP 88 U/L。",
    "セフトリアキソン 2g 1日1回 点滴静注、day 4。",
    "Dダイマー 3.2 μg/mL、下肢静脈エコーで DVT なし。",
    "Na 134 mEq/L、Cl 99 mEq/L、Ca 8.6 mg/dL、P 3.1 mg/dL。",
    "T2強調像で左基底核に高信号、DWI 陰性。",
    "前医では胃癌 pT1bN0M0 StageⅠA として経過観察。",
    "近医整形外科で右変形性膝関節症（M17.1）と診断済み。",
]

WARD_DIRS = ["東", "西", "南", "北"]
HONORIFICS = ("様", "さん", "氏", "先生", "殿", "くん", "ちゃん")

_FW_TABLE = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-/.:()",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－／．：（）",
)
_KANSUJI = "〇一二三四五六七八九"


def _build_halfwidth_map() -> dict[str, str]:
    m: dict[str, str] = {}
    for cp in range(0xFF61, 0xFFA0):
        hw = chr(cp)
        full = unicodedata.normalize("NFKC", hw)
        if len(full) == 1 and full not in m:
            m[full] = hw
    m["\u3099"] = "ﾞ"
    m["\u309a"] = "ﾟ"
    m["・"] = "･"
    return m


_HW = _build_halfwidth_map()


def fw(s: str) -> str:
    return s.translate(_FW_TABLE)


def to_halfwidth_kana(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        out.append(_HW.get(ch, " " if ch == "　" else ch))
    return "".join(out)


def to_hiragana(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def kansuji(n: int) -> str:
    if n < 10:
        return _KANSUJI[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _KANSUJI[tens]
    return head + "十" + ("" if ones == 0 else _KANSUJI[ones])


@dataclass
class Person:
    fam: tuple[str, str, str]
    giv: tuple[str, str, str]
    foreign: bool = False

    def full(self, rng: random.Random) -> str:
        if self.foreign:
            return rng.choice([f"{self.giv[1]}・{self.fam[1]}", f"{self.giv[2]} {self.fam[2]}"])
        return self.fam[0] + rng.choice(["", "", " ", "　"]) + self.giv[0]

    def family(self) -> str:
        return self.fam[1] if self.foreign else self.fam[0]

    def given(self) -> str:
        return self.giv[1] if self.foreign else self.giv[0]

    def kana(self, rng: random.Random) -> str:
        s = self.fam[1] + rng.choice([" ", "　"]) + self.giv[1]
        return to_hiragana(s) if not self.foreign and rng.random() < 0.3 else s

    def hw_kana(self) -> str:
        return to_halfwidth_kana(self.fam[1] + " " + self.giv[1])

    def romaji(self, rng: random.Random) -> str:
        f, g = self.fam[2], self.giv[2]
        return rng.choice([f"{f.upper()} {g.upper()}", f"{g} {f}", f"{f.upper()} {g}", f"{g[0]}. {f}"])

    def initials(self, rng: random.Random) -> str:
        f, g = self.fam[2][0], self.giv[2][0]
        return rng.choice([f"{f}.{g}.", f"{g}.{f}.", f"{f}{g}", f"{f}・{g}"])

    def any(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.45:
            return self.full(rng)
        if r < 0.7:
            return self.family()
        if r < 0.82:
            return self.kana(rng)
        if r < 0.92:
            return self.romaji(rng)
        return self.initials(rng)


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("ja_JP")
        self.fake.seed_instance(seed)

    # --- people -------------------------------------------------------------------------------------------
    def person(self, sex: str | None = None) -> Person:
        rng = self.rng
        r = rng.random()
        if r < 0.06:
            f = rng.choice(FOREIGN)
            return Person((f[0], f[1], f[0]), (f[2], f[3], f[2]), foreign=True)
        if r < 0.55:
            fam = rng.choice(SURNAMES)
            pool = [g for g in GIVEN if sex is None or g[3] == sex]
            g = rng.choice(pool)
            return Person(fam, (g[0], g[1], g[2]))
        fk = self.fake.last_name_pair()
        if sex == "M" or (sex is None and rng.random() < 0.5):
            gk = self.fake.first_name_male_pair()
        else:
            gk = self.fake.first_name_female_pair()
        return Person((fk[0], fk[1], fk[2]), (gk[0], gk[1], gk[2]))

    # --- dates --------------------------------------------------------------------------------------------
    def day(self, start: int = 2019, end: int = 2025) -> date:
        a = date(start, 1, 1)
        span = (date(end, 12, 31) - a).days
        return a + timedelta(days=self.rng.randrange(span))

    def birth(self) -> date:
        return self.day(1921, 1962)

    @staticmethod
    def era(d: date) -> tuple[str, str, int]:
        if d >= date(2019, 5, 1):
            return "令和", "R", d.year - 2018
        if d >= date(1989, 1, 8):
            return "平成", "H", d.year - 1988
        if d >= date(1926, 12, 25):
            return "昭和", "S", d.year - 1925
        return "大正", "T", d.year - 1911

    def fmt_date(self, d: date, partial_ok: bool = True) -> str:
        rng = self.rng
        en, el, ey = self.era(d)
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        long_m = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
        long_m += ["October", "November", "December"]
        eyk = "元" if ey == 1 else kansuji(ey)
        opts = [
            f"{d.year}/{d.month}/{d.day}",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}.{d.month}.{d.day}",
            f"{d.year}{d.month:02d}{d.day:02d}",
            f"{el}{ey}.{d.month}.{d.day}",
            f"{el}{ey:02d}/{d.month:02d}/{d.day:02d}",
            f"{en}{ey}年{d.month}月{d.day}日",
            f"{en}{eyk}年{kansuji(d.month)}月{kansuji(d.day)}日",
            f"{d.day} {months[d.month - 1]} {d.year}",
            f"{long_m[d.month - 1]} {d.day}, {d.year}",
            f"{d.day:02d}-{months[d.month - 1].upper()}-{d.year}",
            fw(f"{d.year}年{d.month}月{d.day}日"),
        ]
        if partial_ok:
            opts += [f"{d.month}月{d.day}日", f"{d.month}/{d.day}", f"{d.month}月{d.day}日"]
        return rng.choice(opts)

    def date(self, partial_ok: bool = True) -> str:
        return self.fmt_date(self.day(), partial_ok)

    def bdate(self) -> str:
        return self.fmt_date(self.birth(), partial_ok=False)

    def age_n(self) -> int:
        opts: list[int] = [*range(90, 106), *range(62, 90, 3)]
        return self.rng.choice(opts)

    def age(self, n: int | None = None) -> str:
        v = self.age_n() if n is None else n
        return self.rng.choice([f"{v}歳", f"{v}歳", f"{v}才", f"{v}y", f"{v}Y", fw(f"{v}") + "歳"])

    # --- numbers ------------------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def phone(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return self.fake.phone_number()
        mob = rng.choice(["090", "080", "070"])
        area = rng.choice(["03", "06", "045", "052", "011", "092", "0276", "0866", "099"])
        rest = 10 - len(area)
        a = self.digits(rest - 4)
        b = self.digits(4)
        m1, m2 = self.digits(4), self.digits(4)
        opts = [
            f"{mob}-{m1}-{m2}",
            f"{mob}{m1}{m2}",
            f"{mob} {m1} {m2}",
            f"{area}-{a}-{b}",
            f"({area}){a}-{b}",
            f"{area}({a}){b}",
            fw(f"{mob}-{m1}-{m2}"),
            f"+81-{mob[1:]}-{m1}-{m2}",
        ]
        return rng.choice(opts)

    def postal(self) -> str:
        a, b = self.digits(3), self.digits(4)
        return self.rng.choice([f"{a}-{b}", f"{a}-{b}", f"{a}{b}", fw(f"{a}-{b}")])

    def address(self) -> str:
        rng = self.rng
        a = self.fake.address()
        r = rng.random()
        if r < 0.25:
            a = a.split(" ")[0]
        elif r < 0.4:
            a = fw(a)
        elif r < 0.55:
            city = self.fake.city()
            num = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            a = f"{self.fake.prefecture()}{city}{self.fake.town()}{num}"
        return a

    def facility(self, kind: str = "hosp") -> str:
        rng = self.rng
        if kind == "care":
            return rng.choice(CARE_HOMES)
        if kind == "pharm":
            return rng.choice(PHARMACIES)
        if kind == "company":
            return self.fake.company()
        if kind == "school":
            return rng.choice([f"{self.fake.city()[:-1]}立第二中学校", "私立 青葉学園高等学校", "ひまわり保育園"])
        head = rng.choice(FACILITY_HEADS) if rng.random() < 0.6 else self.fake.city()[:-1]
        name = head + rng.choice(FACILITY_TAILS)
        if rng.random() < 0.2:
            name = (
                f"医療法人{rng.choice(['社団', '財団', ''])} {rng.choice(['仁愛会', '緑風会', '清和会', '北辰会'])} "
                + name
            )
        return name

    def ward(self) -> str:
        rng = self.rng
        n = rng.randint(2, 9)
        return rng.choice(
            [f"{n}階{rng.choice(WARD_DIRS)}病棟", f"{n}{rng.choice('EWSN')}病棟", f"{n}{rng.choice(WARD_DIRS)}病棟"]
        )

    def room(self) -> str:
        return f"{self.rng.randint(2, 9)}{self.rng.randint(1, 30):02d}号室"

    def pid(self) -> str:
        rng = self.rng
        return rng.choice(
            [self.digits(8), "0" + self.digits(7), f"P-{self.digits(7)}", f"{self.digits(4)}-{self.digits(4)}"]
        )

    def specimen(self) -> str:
        rng = self.rng
        d = self.day()
        return rng.choice(
            [
                f"{d:%y%m%d}-{self.digits(4)}",
                f"ACC{self.digits(9)}",
                f"ORD-{d.year}-{self.digits(6)}",
                f"{self.digits(10)}",
                f"E{self.digits(7)}",
                f"RX{d:%Y%m%d}{self.digits(3)}",
            ]
        )

    def insurer(self) -> str:
        return self.rng.choice(["06", "01", "39", "31", "67"]) + self.digits(6)

    def mynumber(self) -> str:
        d = self.digits(12)
        return self.rng.choice([d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}"])

    def email(self, p: Person | None = None) -> str:
        if p is not None and not p.foreign and self.rng.random() < 0.5:
            dom = self.rng.choice(["gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "icloud.com"])
            return f"{p.giv[2].lower()}.{p.fam[2].lower()}{self.rng.randint(1, 99)}@{dom}"
        return self.fake.email()

    def clean(self, k: int = 1) -> list[str]:
        return self.rng.sample(CLEAN, k)

    def time(self) -> str:
        return f"{self.rng.randint(0, 23)}:{self.rng.randint(0, 59):02d}"


# ---------------------------------------------------------------------------------------------------------
# Segment builder: plain text and labelled spans, emitted into a Doc at the end (so OCR noise can be applied).


class B:
    def __init__(self) -> None:
        self.segs: list[Seg] = []

    def t(self, s: str) -> B:
        self.segs.append((s, None))
        return self

    def p(self, s: str, kind: str) -> B:
        self.segs.append((s, kind))
        return self

    def doc(self, doc_id: str) -> dict[str, Any]:
        d = Doc(doc_id)
        for s, k in self.segs:
            if k is None:
                d.t(s)
            else:
                d.p(s, k)
        return d.out()


RELATIONS = ["長男", "長女", "次男", "次女", "妻", "夫", "娘", "息子", "孫", "姪", "嫁", "弟", "姉"]
MALE_REL = {"長男", "次男", "夫", "息子", "弟"}


def relative(g: Gen) -> tuple[str, Person]:
    rel = g.rng.choice(RELATIONS)
    sex = "M" if rel in MALE_REL else ("F" if rel != "孫" else None)
    return rel, g.person(sex)


def sig(g: Gen, b: B, staff: Person, title: str = "") -> None:
    """A signature at the end of an entry, in one of many shapes; titles stay outside the span."""
    rng = g.rng
    r = rng.random()
    nm = staff.full(rng) if rng.random() < 0.4 else staff.family()
    if r < 0.2:
        b.t("（").p(nm, "PERSON").t("）")
    elif r < 0.35:
        b.t(f"{title or 'Ns.'}").p(nm, "PERSON")
    elif r < 0.5:
        b.t(" / ").p(nm, "PERSON")
    elif r < 0.62:
        b.t("記録者：").p(nm, "PERSON")
    elif r < 0.72:
        b.t("sign: ").p(staff.initials(rng) if rng.random() < 0.5 else staff.romaji(rng), "PERSON")
    elif r < 0.84:
        b.t(" ").p(nm, "PERSON").t(rng.choice(["(看)", " Ns", "（記）", ""]))
    else:
        b.t("　").p(nm, "PERSON")


# --- style 1: nursing records -------------------------------------------------------------------------------


def s_nursing(g: Gen, b: B, phi: bool) -> None:
    rng = g.rng
    pt = g.person()
    rel, fam1 = relative(g)
    if phi:
        b.t(rng.choice(["【看護記録】", "■経過記録（看護）", "看護記録　"]))
        b.p(g.date(), "DATE").t(rng.choice(["(月) ", " ", "　日勤 "]))
        if rng.random() < 0.6:
            b.p(g.ward(), "FACILITY").t(" ").p(g.room(), "FACILITY").t(" ")
        if rng.random() < 0.6:
            b.p(pt.any(rng), "PERSON").t(rng.choice(["様 ", " 様 ", "さん ", " "]))
            b.t("（").p(g.age(), "AGE").t("）")
        b.t("\n")
    else:
        b.t(rng.choice(["【看護記録】日勤帯\n", "■経過記録（看護） 入院5日目\n", "看護記録 POD2\n"]))
    for _ in range(rng.randint(2, 3)):
        nurse = g.person()
        b.t(g.time() + " ")
        if rng.random() < 0.5:
            b.t("S)「")
            if phi:
                r = rng.random()
                if r < 0.35:
                    b.t(f"{rel}の").p(fam1.given(), "PERSON").t(
                        rng.choice(["が明日来るって", "に電話してほしい", "はまだ来ないの？"])
                    )
                elif r < 0.6:
                    b.t("孫の").p(g.person().given(), "PERSON").t(
                        rng.choice(["ちゃんの運動会に行きたい", "くんが大学に受かった"])
                    )
                elif r < 0.8:
                    b.p(fam1.family(), "PERSON").t(rng.choice(["さんにお金を預けてある", "先生にまた会いたい"]))
                else:
                    b.t("おなかが張って眠れない")
            else:
                b.t(
                    rng.choice(
                        ["おなかが張って眠れない", "息子が明日来るって", "足がしびれる感じがする", "痛みは昨日より楽"]
                    )
                )
            b.t("」\nO) ")
            b.t(f"BT {rng.randint(360, 381) / 10}℃ BP {rng.randint(98, 172)}/{rng.randint(52, 96)} ")
            b.t(f"P {rng.randint(58, 112)} ")
            b.t(f"SpO2 {rng.randint(91, 99)}%。" + g.clean()[0] + "\nA) ")
            b.t(rng.choice(["疼痛コントロール良好。", "せん妄リスクあり。", "脱水傾向。", "便秘傾向、腹部膨満軽度。"]))
            b.t(
                "\nP) "
                + rng.choice(
                    ["観察継続。", "主治医に報告し指示受け。", "水分摂取を促す。", "酸化マグネシウム330mg頓用検討。"]
                )
            )
        else:
            b.t("F) " + rng.choice(["#1 転倒リスク", "#2 疼痛", "#3 退院支援", "#1 せん妄"]) + "\nD) ")
            b.t(
                rng.choice(
                    ["夜間トイレ歩行時ふらつきあり。", "HDS-R 18/30点、日付の見当識低下。", "NRS 6/10、体動時増強。"]
                )
            )
            b.t(
                "\nA) "
                + rng.choice(["ナースコール指導。", "離床センサー設置。", "カロナール500mg投与。", "MSWへ連絡。"])
            )
            b.t("\nR) ")
            if phi and rng.random() < 0.6:
                b.t("「わかった、").p(nurse.family(), "PERSON").t("さんを呼ぶね」と返答。")
                if rng.random() < 0.5:
                    b.t(f"{rel} ").p(fam1.full(rng), "PERSON").t(" 氏へ電話連絡（").p(g.phone(), "PHONE_NUMBER").t(
                        "）。"
                    )
            else:
                b.t("30分後 NRS 2/10 に軽減。")
        if phi:
            sig(g, b, nurse)
        b.t("\n")


# --- style 2: prescriptions, medication records, allergy notes ----------------------------------------------


DRUGS = [
    "アムロジピン錠5mg 1錠 1日1回 朝食後",
    "メトホルミン塩酸塩錠250mg 2錠 1日2回 朝夕食後",
    "ランソプラゾールOD錠15mg 1錠 1日1回 朝食後",
    "酸化マグネシウム錠330mg 3錠 1日3回 毎食後",
    "エドキサバン錠30mg 1錠 1日1回 朝食後",
    "ドネペジル塩酸塩OD錠5mg 1錠 1日1回 朝食後",
    "フロセミド錠20mg 1錠 1日1回 朝食後",
    "ゾルピデム酒石酸塩錠5mg 1錠 1日1回 就寝前",
    "アトルバスタチン錠10mg 1錠 1日1回 夕食後",
    "レボフロキサシン錠500mg 1錠 1日1回 朝食後",
]


def s_medication(g: Gen, b: B, phi: bool) -> None:
    rng = g.rng
    pt = g.person()
    r = rng.random()
    if r < 0.5:
        b.t(rng.choice(["処　方　箋\n", "【処方箋】\n", "院外処方箋\n"]))
        if phi:
            b.t("交付年月日：").p(g.date(partial_ok=False), "DATE").t("\n")
            b.t(rng.choice(["患者氏名：", "氏名 ", "患者名　"])).p(pt.full(rng), "PERSON").t(" 様")
            if rng.random() < 0.6:
                b.t("（").p(pt.kana(rng), "PERSON").t("）")
            b.t("\n生年月日 ").p(g.bdate(), "DATE").t(" （").p(g.age(), "AGE").t("）\n")
            b.t("保険者番号 ").p(g.insurer(), "INSURANCE_NUMBER").t(
                rng.choice(["  記号・番号 ", "\n被保険者証の記号・番号 "])
            )
            b.p(g.digits(rng.randint(3, 6)), "INSURANCE_NUMBER").t("・").p(
                g.digits(rng.randint(1, 4)), "INSURANCE_NUMBER"
            )
            b.t("\n保険医療機関 ").p(g.facility(), "FACILITY").t(" 電話 ").p(g.phone(), "PHONE_NUMBER")
            b.t("\n処方医 ").p(g.person().full(rng), "PERSON").t(rng.choice([" 印", "（内科）", " 医師", ""])).t("\n")
        else:
            b.t("区分 一般  変更不可欄 チェックなし\n")
        for i, dr in enumerate(rng.sample(DRUGS, rng.randint(2, 4))):
            b.t(f"Rp{i + 1}) {dr} {rng.choice([7, 14, 28, 30, 56])}日分\n")
        if phi:
            b.t("調剤済年月日 ").p(g.date(), "DATE").t("  ").p(g.facility("pharm"), "FACILITY")
            b.t("\n薬剤師 ").p(g.person().full(rng), "PERSON").t(rng.choice(["", " 印", "（かかりつけ）"]))
        else:
            b.t("備考: 一包化、粉砕不可。残薬調整のため Rp3 は 7日分減量。")
    elif r < 0.8:
        b.t(rng.choice(["服薬指導記録\n", "<<薬剤管理指導記録>>\n", "持参薬鑑別報告\n"]))
        if phi:
            b.t("患者: ").p(pt.any(rng), "PERSON").t(rng.choice(["様", " 様", "", "さん"])).t(" ID:").p(
                g.pid(), "ID"
            ).t("\n")
        b.t("持参薬: " + "、".join(d.split(" ")[0] for d in rng.sample(DRUGS, 3)) + "。\n")
        b.t(g.clean()[0] + "\n")
        if phi:
            rel, rp = relative(g)
            b.t(f"{rel}（").p(rp.full(rng), "PERSON").t("）が服薬管理。お薬手帳は")
            b.p(g.facility("pharm"), "FACILITY").t("発行、最終記載 ").p(g.date(), "DATE").t("。\n")
            b.t("担当")
            sig(g, b, g.person(), "薬剤師 ")
        else:
            b.t("家族が服薬管理。お薬手帳を確認し重複投与なし。腎機能に応じてファモチジン減量を提案。")
    else:
        b.t(rng.choice(["【アレルギー・副作用歴】\n", "■薬剤アレルギー\n", "副作用報告メモ\n"]))
        b.t(rng.choice(["セフェム系", "ヨード造影剤", "NSAIDs（アスピリン喘息）", "ペニシリン系"]) + "：")
        if phi:
            b.p(g.date(), "DATE").t("、").p(g.facility(), "FACILITY").t("にて投与後")
        else:
            b.t("前医にて投与後")
        b.t(rng.choice(["全身に膨疹、呼吸苦なし。", "喘鳴出現、アドレナリン0.3mg筋注。", "Grade 2 の皮疹。"]) + "\n")
        b.t(g.clean()[0] + "\n")
        if phi:
            rel, rp = relative(g)
            b.t("情報提供者：" + rel + " ").p(rp.full(rng), "PERSON").t("　確認：")
            b.p(g.person().family(), "PERSON").t(rng.choice(["（薬剤部）", " 薬剤師", "Ph"]))
        else:
            b.t("情報提供者：本人および妻。薬剤部で確認済み。")


# --- style 3: lab and physiology result sheets ------------------------------------------------------------


def s_lab(g: Gen, b: B, phi: bool) -> None:
    rng = g.rng
    pt = g.person()
    kind = rng.choice(["ecg", "pft", "eeg", "blood"])
    title = {
        "ecg": "心電図検査報告書",
        "pft": "呼吸機能検査結果",
        "eeg": "脳波検査報告",
        "blood": "検体検査結果報告書",
    }[kind]
    b.t(f"{title}\n")
    if phi:
        b.t(rng.choice(["検査日 ", "実施日：", "検査日時 "])).p(g.date(), "DATE").t(f" {g.time()}\n")
        b.t(rng.choice(["検査番号 ", "検体No. ", "受付番号:"])).p(g.specimen(), "ID")
        b.t(rng.choice(["  患者ID ", "\nID: ", " / カルテ番号 "])).p(g.pid(), "ID").t("\n")
        b.t("氏名 ").p(rng.choice([pt.hw_kana(), pt.full(rng), pt.romaji(rng)]), "PERSON")
        b.t(f" {rng.choice(['M', 'F', '男', '女'])} ").p(g.age(), "AGE").t("\n")
    else:
        b.t(f"検査時刻 {g.time()}  依頼科: {rng.choice(['循環器内科', '呼吸器内科', '脳神経内科', '総合診療科'])}\n")
    if kind == "ecg":
        b.t(f"HR {rng.randint(48, 110)}/min PR 0.16s QRS 0.09s QTc 0.4{rng.randint(0, 9)}s 軸 +{rng.randint(0, 90)}°\n")
        b.t(rng.choice(["洞調律、V1-V3でR波増高不良。", "心房細動、ST-T変化なし。", "完全右脚ブロック。"]) + "\n")
    elif kind == "pft":
        b.t(f"VC {rng.randint(180, 380) / 100}L %VC {rng.randint(60, 110)}.{rng.randint(0, 9)}% ")
        b.t(f"FEV1.0 {rng.randint(90, 290) / 100}L FEV1.0% {rng.randint(45, 85)}.{rng.randint(0, 9)}%\n")
        b.t(rng.choice(["閉塞性換気障害（GOLD 2）。", "拘束性換気障害。", "正常範囲。"]) + "\n")
    elif kind == "eeg":
        b.t(f"基礎律動 {rng.randint(8, 11)}Hz α波、後頭部優位。過呼吸・光刺激で")
        b.t(rng.choice(["異常波なし。", "左側頭部に鋭波散発。", "全般性3Hz棘徐波複合。"]) + "\n")
    else:
        b.t(g.clean()[0] + "\n" + rng.choice(CLEAN[44:47]) + "\n")
    b.t(g.clean()[0] + "\n")
    if phi:
        tech, reader = g.person(), g.person()
        b.t(rng.choice(["検査技師 ", "臨床検査技師：", "担当技師 "])).p(tech.any(rng), "PERSON")
        b.t(rng.choice(["  判読医 ", "\n判読：", " / 報告医 "])).p(reader.full(rng), "PERSON")
        b.t(rng.choice(["", " 医師", "（循環器内科）"]))
        if rng.random() < 0.5:
            b.t(" 報告日 ").p(g.date(), "DATE")
    else:
        b.t("判読: 前回と比較し著変なし。臨床検査技師・判読医確認済み。")


# --- style 4: diagnosis / problem lists ---------------------------------------------------------------------


DX = [
    ("2型糖尿病", "E11.9"),
    ("本態性高血圧症", "I10"),
    ("慢性心不全", "I50.9"),
    ("心房細動", "I48.9"),
    ("慢性腎臓病 G3b", "N18.3"),
    ("誤嚥性肺炎", "J69.0"),
    ("大腿骨頸部骨折", "S72.0"),
    ("アルツハイマー型認知症", "G30.9"),
    ("腰部脊柱管狭窄症 L4/5", "M48.06"),
    ("胃癌 pT1bN0M0", "C16.9"),
    ("橋本病", "E06.3"),
    ("川崎病（既往）", "M30.3"),
    ("COPD", "J44.9"),
    ("脳梗塞後遺症", "I69.3"),
]


def s_dx(g: Gen, b: B, phi: bool) -> None:
    rng = g.rng
    b.t(rng.choice(["＜病名一覧＞\n", "■プロブレムリスト\n", "病名登録\n", "#Problem list\n"]))
    if phi:
        b.t(rng.choice(["患者 ", "対象：", ""])).p(g.person().any(rng), "PERSON").t(
            rng.choice([" 殿\n", "\n", " 様\n"])
        )
    sep = rng.choice(["  ", "\t", " | ", "　"])
    for i, (nm, code) in enumerate(rng.sample(DX, rng.randint(3, 5))):
        b.t(f"#{i + 1} {nm}（{code}）{sep}")
        if phi:
            b.t(rng.choice(["発症日:", "発症 ", "診断日 ", "開始日="])).p(g.date(), "DATE")
            if rng.random() < 0.5:
                b.t(sep + rng.choice(["診断医:", "登録医 ", "Dr."])).p(g.person().any(rng), "PERSON")
            if rng.random() < 0.25:
                b.t(sep + "転帰 治癒 ").p(g.date(), "DATE")
        else:
            b.t(rng.choice(["主病名", "疑い", "継続", "入院時併存症"]))
        b.t("\n")
    b.t(g.clean()[0])
    if phi and rng.random() < 0.6:
        b.t("\n前医: ").p(g.facility(), "FACILITY").t(" ").p(g.person().family(), "PERSON").t("先生より紹介（").p(
            g.date(), "DATE"
        ).t("）")


# --- style 5: rehabilitation and nutrition -----------------------------------------------------------------


def s_rehab(g: Gen, b: B, phi: bool) -> None:
    rng = g.rng
    pt = g.person()
    role = rng.choice(["PT", "OT", "ST", "管理栄養士"])
    b.t(rng.choice([f"{role}記録 ", f"【{role}】", f"リハビリ実施記録（{role}）"]))
    if phi:
        b.p(g.date(), "DATE").t("\n").t(rng.choice(["担当：", f"担当{role} ", "療法士 "]))
        b.p(g.person().any(rng), "PERSON").t("\n")
    else:
        b.t("介入14日目\n")
    if role == "管理栄養士":
        b.t(f"身長 {rng.randint(140, 175)}cm 体重 {rng.randint(350, 700) / 10}kg BMI {rng.randint(150, 260) / 10} ")
        b.t(f"必要エネルギー {rng.choice([1200, 1400, 1600])}kcal たんぱく質 {rng.randint(45, 70)}g\n")
        b.t("食形態: 嚥下調整食 コード3、とろみ 中間。" + g.clean()[0] + "\n")
    else:
        b.t(g.clean()[0] + " " + g.clean()[0] + "\n")
        goal = rng.choice(["T字杖歩行自立", "自宅退院", "トイレ動作自立", "常食摂取"])
        b.t(f"目標: {goal}（{rng.randint(2, 8)}週）\n")
    if phi:
        rel, rp = relative(g)
        r = rng.random()
        if r < 0.4:
            b.t(f"家族指導: {rel} ").p(rp.full(rng), "PERSON").t(rng.choice(["様へ", "さんへ", "へ"]))
            b.t("移乗介助・段差昇降を指導。")
        elif r < 0.7:
            b.t("退院先: 自宅（").p(g.address(), "ADDRESS").t("、2階建て、玄関段差20cm）\n家屋調査 ").p(
                g.date(), "DATE"
            )
        else:
            b.t("退院先候補: ").p(g.facility("care"), "FACILITY").t("（ケアマネ ").p(g.person().family(), "PERSON").t(
                "氏"
            )
            b.t(" TEL ").p(g.phone(), "PHONE_NUMBER")
            if rng.random() < 0.5:
                b.t(" mail: ").p(g.email(), "EMAIL_ADDRESS")
            b.t("）")
        if rng.random() < 0.5:
            b.t("\n本人「").p(pt.given() if rng.random() < 0.5 else g.person().given(), "PERSON")
            b.t(rng.choice(["と一緒に畑に出たい」", "の結婚式まで歩けるようになりたい」"]))
    else:
        b.t("家族指導: 長女へ移乗介助と段差昇降を指導、理解良好。")


# --- style 6: emergency department --------------------------------------------------------------------------


def s_ed(g: Gen, b: B, phi: bool) -> None:
    rng = g.rng
    pt = g.person()
    b.t(rng.choice(["救急外来記録\n", "【救急隊申し送り】\n", "ER受診記録 ", "救急搬送受入票\n"]))
    if phi:
        b.t("受診日 ").p(g.date(), "DATE").t("\n")
    t0 = rng.randint(0, 22)
    b.t(f"覚知 {t0}:{rng.randint(0, 19):02d} 現着 {t0}:{rng.randint(20, 39):02d} ")
    b.t(f"病院着 {t0 + 1}:{rng.randint(0, 50):02d}\n")
    if phi:
        if rng.random() < 0.35:
            b.p(f"{g.fake.city()}消防署", "FACILITY").t(" ")
        b.t(rng.choice(["救急隊 隊長 ", "隊長：", "救急救命士 "])).p(g.person().any(rng), "PERSON").t("\n")
        b.t("傷病者 ").p(pt.any(rng), "PERSON").t(" ").p(g.age(), "AGE").t(
            rng.choice([" 男性", " 女性", " M", " F"])
        ).t("\n")
        if rng.random() < 0.5:
            b.t("現場住所 ").p(g.address(), "ADDRESS").t("\n")
        if rng.random() < 0.5:
            b.t("施設: ").p(g.facility("care"), "FACILITY").t("より搬送\n")
    b.t(f"主訴 {rng.choice(['胸痛', '意識障害', '転倒・右股関節痛', '呼吸困難', '腹痛'])}。")
    b.t(
        f"JTAS レベル{rng.randint(1, 3)}。来院経路: {rng.choice(['救急車', 'ドクターカー', 'walk-in', '紹介救急'])}。\n"
    )
    b.t(g.clean()[0] + "\n")
    if phi:
        r = rng.random()
        if r < 0.5:
            b.t("通報者: " + rng.choice(["隣人", "通行人", "同居の", "ヘルパー"]) + " ").p(
                g.person().full(rng), "PERSON"
            )
            b.t(rng.choice(["（TEL ", " 連絡先 ", "／"])).p(g.phone(), "PHONE_NUMBER").t(rng.choice(["）", ""]))
            b.t("。バイスタンダーCPR" + rng.choice(["あり", "なし"]) + "。\n")
        rel, rp = relative(g)
        b.t(f"キーパーソン: {rel} ").p(rp.any(rng), "PERSON").t(rng.choice([" 携帯 ", "  ", " ☎"]))
        b.p(g.phone(), "PHONE_NUMBER").t("\n")
        b.t("担当医 ").p(g.person().family(), "PERSON").t(rng.choice(["（救急科）", " Dr", "医師"]))
    else:
        b.t("キーパーソン: 長男（連絡済み）。救急科→循環器内科へ入院依頼。")


# --- style 7: key:value EHR exports -------------------------------------------------------------------------


def s_kv(g: Gen, b: B, phi: bool) -> None:
    rng = g.rng
    pt = g.person()
    sep = rng.choice(["=", ": ", "：", " ：", "\t", "|"])
    end = rng.choice(["\n", "\n", ";\n", " ,\n"])

    def kv(key: str, val: str, kind: str | None) -> None:
        b.t(key + sep)
        if kind is None:
            b.t(val)
        else:
            b.p(val, kind)
        b.t(end)

    b.t(rng.choice(["#EXPORT v2.3 HIS-GW\n", "[KANJA_KIHON]\n", "-- 連携データ出力 --\n"]))
    if phi:
        kv(rng.choice(["KANJA_ID", "患者番号", "PtNo"]), g.pid(), "ID")
        kv(rng.choice(["KANJA_SHIMEI", "SHIMEI_ROMA", "NAME_EN"]), pt.romaji(rng).upper(), "PERSON")
        kv(rng.choice(["KANA_SHIMEI", "ｶﾅｼﾒｲ", "氏名カナ"]), pt.hw_kana(), "PERSON")
        if rng.random() < 0.5:
            kv("漢字氏名", pt.full(rng), "PERSON")
        bd = g.birth()
        kv(rng.choice(["SEINENGAPPI", "生年月日", "DOB"]), rng.choice([f"{bd:%Y%m%d}", g.fmt_date(bd, False)]), "DATE")
        n = g.age_n()
        kv(rng.choice(["NENREI", "年齢", "AGE"]), rng.choice([str(n), f"{n}歳"]), "AGE")
        if rng.random() < 0.6:
            kv(rng.choice(["YUBIN", "郵便番号", "ZIP"]), g.postal(), "POSTAL_CODE")
        kv(rng.choice(["JUSHO", "住所1", "ADDR"]), g.address(), "ADDRESS")
        rel, r2 = relative(g)
        b.t(rng.choice(["連絡先1 ", "RENRAKU_1", "TEL_KEY"]) + sep).p(g.phone(), "PHONE_NUMBER")
        b.t(f"（{rel} ").p(r2.full(rng), "PERSON").t("）" + end)
        if rng.random() < 0.5:
            kv(rng.choice(["MAIL", "連絡先2 "]), g.email(r2), "EMAIL_ADDRESS")
        if rng.random() < 0.5:
            kv(rng.choice(["HOKENSHA_NO", "保険者番号"]), g.insurer(), "INSURANCE_NUMBER")
        if rng.random() < 0.5:
            kv(rng.choice(["KOJIN_NO", "個人番号", "MYNO"]), g.mynumber(), "MY_NUMBER")
        if rng.random() < 0.4:
            kv(rng.choice(["BYOTO", "病棟"]), g.ward(), "FACILITY")
        if rng.random() < 0.3:
            kv("SHOKAI_MOTO", g.facility(), "FACILITY")
            if rng.random() < 0.5:
                kv("SHOKAI_URL", g.fake.url(), "URL")
        kv(rng.choice(["記載者コード", "KISAISHA_CD"]), f"D{g.digits(5)}", "ID")
        kv(rng.choice(["記載者名", "KISAISHA"]), g.person().any(rng), "PERSON")
        kv(rng.choice(["記載日", "UPD_DT"]), g.date(partial_ok=False), "DATE")
    else:
        kv("SHINRYOKA", rng.choice(["NAIKA", "消化器内科", "SEIKEI"]), None)
        kv("BYOMEI_CD", rng.choice(["E11.9", "I10", "M48.06", "J18.9"]), None)
        kv("KENSA_CD", rng.choice(["3D010000002327101", "2A990000001930952", "3C015000002327101"]), None)
    kv(rng.choice(["KENSA_KEKKA", "所見", "COMMENT"]), g.clean()[0], None)
    kv("ALLERGY", rng.choice(["なし", "PCG系(発疹)", "造影剤(蕁麻疹)"]), None)


# --- style 8: OCR'd scanned paper --------------------------------------------------------------------------


def s_scan_body(g: Gen, b: B, phi: bool) -> None:
    rng = g.rng
    pt = g.person()
    b.t(rng.choice(["診療情報提供書\n", "紹 介 状\n", "入院時同意書（控）\n", "退院時サマリー\n"]))
    if phi:
        b.p(g.facility(), "FACILITY").t(" ").t(rng.choice(["内科", "整形外科", "脳神経外科"])).t(" ")
        b.p(g.person().any(rng), "PERSON").t(" 先生 御侍史\n")
        b.t("患者氏名 ").p(pt.full(rng), "PERSON").t(" 様 （").p(g.bdate(), "DATE").t("生 ").p(g.age(), "AGE").t("）\n")
        b.t("住所 ")
        if rng.random() < 0.6:
            b.t("〒").p(g.postal(), "POSTAL_CODE").t(" ")
        b.p(g.address(), "ADDRESS").t("\n電話 ").p(g.phone(), "PHONE_NUMBER").t("\n")
    b.t(g.clean()[0] + g.clean()[0] + "\n")
    if phi:
        b.t("記載日 ").p(g.date(partial_ok=False), "DATE").t("\n").p(g.facility(), "FACILITY").t("\n")
        b.t("医師 ").p(g.person().full(rng), "PERSON").t(rng.choice([" 印", "", " (署名)"]))
        if rng.random() < 0.4:
            b.t("\n" + rng.choice(["URL ", "HP: ", "ホームページ "])).p(g.fake.url(), "URL")
    else:
        b.t("今後ともよろしくお願い申し上げます。 総合診療科 外来担当医")


def ocr_noise(g: Gen, segs: list[Seg]) -> list[Seg]:
    rng = g.rng
    conf = {"0": "O", "1": "l", "０": "Ｏ", "5": "S"}
    out: list[Seg] = []
    col = 0
    for s, kind in segs:
        chars: list[str] = []
        for i, ch in enumerate(s):
            c = ch
            if c.isascii() and c.isdigit() and rng.random() < 0.3:
                c = fw(c)
            elif "０" <= c <= "９" and rng.random() < 0.3:
                c = unicodedata.normalize("NFKC", c)
            if c in conf and rng.random() < 0.08:
                c = conf[c]
            chars.append(c)
            col = 0 if c == "\n" else col + 1
            inner = 0 < i < len(s) - 1
            if (kind is None or inner) and c != "\n" and rng.random() < 0.07:
                chars.append(rng.choice([" ", " ", "　"]))
            if (kind is None or (kind == "ADDRESS" and inner)) and col > 28 and c != "\n" and rng.random() < 0.15:
                chars.append("\n")
                col = 0
        txt = "".join(chars)
        if kind is not None:
            txt = txt.strip()
        out.append((txt, kind))
    return out


def s_scan(g: Gen, b: B, phi: bool) -> None:
    inner = B()
    s_scan_body(g, inner, phi)
    b.segs.extend(ocr_noise(g, inner.segs))


STYLES = [s_nursing, s_medication, s_lab, s_dx, s_rehab, s_ed, s_kv, s_scan]


def generate_q(n_phi: int = 80, n_clean: int = 20, seed: int = 8180) -> list[dict[str, Any]]:
    """Family Q: everyday hospital records and semi-structured exports, labelled blind."""
    g = Gen(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        b = B()
        STYLES[i % len(STYLES)](g, b, True)
        if g.rng.random() < 0.3 or sum(len(x) for x, _ in b.segs) < 160:
            b.t("\n" + g.clean()[0])
        docs.append(b.doc(f"q-phi-{i:03d}"))
    for i in range(n_clean):
        b = B()
        STYLES[i % len(STYLES)](g, b, False)
        extra = g.clean(2)
        b.t("\n" + " ".join(extra))
        docs.append(b.doc(f"q-clean-{i:03d}"))
    return docs
