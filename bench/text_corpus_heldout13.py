"""Blind held-out text corpus, family V.

Written blind: the author did not read the scrubber, its policies, its tests or
its documentation while writing this file. Spans were labelled by hand-written
rules in this module only.

Styles (each PHI document picks one, cycling through all eight):

1. interpretation reports dictated in polite spoken style, with fillers
   (えー, あの), spoken corrections (いや、訂正します) and referring doctors;
2. endoscopy / abdominal ultrasound / echocardiography reports with
   measurements and the operator / assistant / nurse roster;
3. medication reconciliation notes on admission (持参薬, 他院処方 with clinic
   and pharmacy names and the prescribing doctor);
4. research database extracts, either ``key=value;`` lines or YAML-like
   indentation, with subject IDs, visit dates and site names;
5. letters from patients' families in casual, hiragana-heavy Japanese,
   mentioning relatives, schools, workplaces and neighbourhoods;
6. emergency transfer requests between hospitals by phone, transcribed
   (時刻, 依頼元, 依頼者, 受入先, 患者情報);
7. cancer registry / tumour board worksheets (登録番号, diagnosis dates,
   staging, treating hospital);
8. dental / rehabilitation / dietitian notes with the therapist's name and a
   family member's instructions.

PHI-free documents reuse the same shapes with every identifier replaced by a
generic, non-identifying phrase (当院, 主治医, 家族, 本日 ...), and carry no
spans and no ``known``.

Labelling choices: a date with its clock time is one DATE span; durations and
bare clock times are not labelled; every age is labelled AGE; 様/さん/先生/
医師/Ns/Dr. stay outside PERSON spans; 〒 stays outside POSTAL_CODE; phone
extensions and PHS numbers are their own PHONE_NUMBER spans (digits only);
named wards, room and bed numbers are FACILITY; bare department names are
DEPARTMENT; 保険者番号 and 記号/番号 groups are separate INSURANCE_NUMBER spans.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------
# name material

_SURNAMES: list[tuple[str, str, str]] = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("田中", "タナカ", "Tanaka"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("川崎", "カワサキ", "Kawasaki"),
    ("長野", "ナガノ", "Nagano"),
    ("福島", "フクシマ", "Fukushima"),
    ("千葉", "チバ", "Chiba"),
    ("岡山", "オカヤマ", "Okayama"),
    ("春日", "カスガ", "Kasuga"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("原", "ハラ", "Hara"),
    ("東", "アズマ", "Azuma"),
    ("星", "ホシ", "Hoshi"),
    ("金子", "カネコ", "Kaneko"),
    ("米", "ヨネ", "Yone"),
    ("中", "ナカ", "Naka"),
    ("平", "タイラ", "Taira"),
    ("大和", "ヤマト", "Yamato"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("勘解由小路", "カデノコウジ", "Kadenokoji"),
    ("月見里", "ヤマナシ", "Yamanashi"),
    ("安心院", "アジミ", "Ajimi"),
    ("栗花落", "ツユリ", "Tsuyuri"),
    ("一", "ニノマエ", "Ninomae"),
    ("犬養", "イヌカイ", "Inukai"),
    ("服部", "ハットリ", "Hattori"),
    ("上野", "ウエノ", "Ueno"),
    ("海野", "ウンノ", "Unno"),
    ("今井", "イマイ", "Imai"),
    ("石井", "イシイ", "Ishii"),
    ("土屋", "ツチヤ", "Tsuchiya"),
    ("和泉", "イズミ", "Izumi"),
]

_GIVEN: list[tuple[str, str, str]] = [
    ("陽翔", "ハルト", "Haruto"),
    ("蓮", "レン", "Ren"),
    ("湊", "ミナト", "Minato"),
    ("結愛", "ユア", "Yua"),
    ("陽葵", "ヒマリ", "Himari"),
    ("凛", "リン", "Rin"),
    ("心春", "コハル", "Koharu"),
    ("悠真", "ユウマ", "Yuma"),
    ("正雄", "マサオ", "Masao"),
    ("茂", "シゲル", "Shigeru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("勇", "イサム", "Isamu"),
    ("勝", "マサル", "Masaru"),
    ("久子", "ヒサコ", "Hisako"),
    ("節子", "セツコ", "Setsuko"),
    ("千代", "チヨ", "Chiyo"),
    ("八重", "ヤエ", "Yae"),
    ("和子", "カズコ", "Kazuko"),
    ("光", "ヒカル", "Hikaru"),
    ("ウメ", "ウメ", "Ume"),
    ("トメ", "トメ", "Tome"),
    ("キヨ", "キヨ", "Kiyo"),
    ("ハル", "ハル", "Haru"),
    ("さくら", "サクラ", "Sakura"),
    ("みどり", "ミドリ", "Midori"),
]

# foreign residents: (family, given) in katakana and romaji
_FOREIGN: list[tuple[str, str, str, str]] = [
    ("グエン", "ヴァン・アン", "Nguyen", "Van An"),
    ("ファン", "ティ・ホア", "Phan", "Thi Hoa"),
    ("サントス", "マリア", "Santos", "Maria"),
    ("シルバ", "アナ", "Silva", "Ana"),
    ("キム", "ミンジュ", "Kim", "Minju"),
    ("ワン", "リー", "Wang", "Li"),
    ("クマール", "ラジ", "Kumar", "Raj"),
    ("スミス", "ジョン", "Smith", "John"),
    ("ガルシア", "ルイス", "Garcia", "Luis"),
    ("バトバヤル", "ガンゾリグ", "Batbayar", "Ganzorig"),
]

_HW: dict[str, str] = {}
for _cp in range(0xFF61, 0xFFA0):
    _hw = chr(_cp)
    _fw = unicodedata.normalize("NFKC", _hw)
    if len(_fw) == 1 and _fw not in _HW:
        _HW[_fw] = _hw


def _halfwidth(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if ch in _HW:
            out.append(_HW[ch])
            continue
        dec = unicodedata.normalize("NFD", ch)
        if len(dec) == 2 and dec[0] in _HW and dec[1] in ("\u3099", "\u309a"):
            out.append(_HW[dec[0]] + ("ﾞ" if dec[1] == "\u3099" else "ﾟ"))
        elif ch == "ヴ":
            out.append("ｳﾞ")
        else:
            out.append(ch)
    return "".join(out)


def _hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


@dataclass
class Name:
    family: str
    given: str
    fkana: str
    gkana: str
    froma: str
    groma: str
    foreign: bool = False

    def known(self) -> dict[str, str]:
        return {
            "family": self.family,
            "given": self.given,
            "family_kana": self.fkana,
            "given_kana": self.gkana,
            "family_romaji": self.froma,
            "given_romaji": self.groma,
        }

    def form(self, rng: random.Random, full: bool = True) -> str:
        """One written form of the name (no honorific)."""
        if self.foreign:
            opts = [
                f"{self.family}・{self.given}",
                f"{self.given}・{self.family}",
                f"{self.froma.upper()} {self.groma}",
                f"{self.groma} {self.froma}",
                f"{self.family} {self.given}",
                _halfwidth(f"{self.family} {self.given}"),
            ]
            if not full:
                opts = [self.family, self.froma.upper(), self.froma]
            return rng.choice(opts)
        if not full:
            return rng.choice([self.family, self.family, self.fkana, self.froma])
        k = rng.randrange(11)
        if k == 0:
            return f"{self.family} {self.given}"
        if k == 1:
            return f"{self.family}{self.given}"
        if k == 2:
            return f"{self.family}\u3000{self.given}"
        if k == 3:
            return f"{self.fkana} {self.gkana}"
        if k == 4:
            return _halfwidth(f"{self.fkana} {self.gkana}")
        if k == 5:
            return _hira(f"{self.fkana} {self.gkana}")
        if k == 6:
            return f"{self.groma} {self.froma}"
        if k == 7:
            return f"{self.froma.upper()} {self.groma}"
        if k == 8:
            return f"{self.fkana}\u3000{self.gkana}"
        if k == 9:
            return f"{self.family} {self.given}"
        return f"{self.family}{self.given}"

    def initials(self, rng: random.Random) -> str:
        a, b = self.groma[0], self.froma[0]
        return rng.choice([f"{b}.{a}.", f"{a}.{b}.", f"{b}{a}", f"{b}. {a}."])


# ---------------------------------------------------------------------------
# clinical material (appears in both PHI and clean documents)

_CLIN: list[str] = [
    "HbA1c 7.8%、空腹時血糖 142 mg/dL、eGFR 48 mL/min/1.73m²。",
    "既往に橋本病があり、レボチロキシン 50μg を継続中。",
    "小児期に川崎病の既往あり、冠動脈瘤は指摘されていない。",
    "Parkinson病（Hoehn-Yahr III度）でレボドパ・カルビドパ 100mg 1日3回。",
    "Basedow病術後、甲状腺機能は正常範囲（FT4 1.2 ng/dL）。",
    "Crohn病（小腸大腸型）、CDAI 180 点。",
    "腰部脊柱管狭窄症 L4/5、L5/S1 に中等度の狭窄。",
    "C5-6 椎間板ヘルニアによる左上肢のしびれ、Spurling テスト陽性。",
    "Th12 圧迫骨折（椎体高 60% に減高）、YAM 62%。",
    "NIHSS 4 点、GCS E4V4M6、JCS I-2。",
    "MMSE 21/30、HDS-R 18 点、Alzheimer型認知症の疑い。",
    "CRP 4.32 mg/dL、WBC 11,200/μL、PCT 0.8 ng/mL。",
    "BNP 612 pg/mL、NYHA III 度、フロセミド 20mg 静注後 尿量 1,200 mL。",
    "ICD-10: I50.0（うっ血性心不全）、E11.9（2型糖尿病）。",
    "ICD-10 コード J18.9、K80.2、N18.3 を併記。",
    "ワルファリン 2.5mg 内服中、PT-INR 2.4。",
    "エドキサバン 30mg 分1、Ccr 42 mL/min のため減量基準に該当。",
    "Guillain-Barré症候群後の遠位筋力低下が残存。",
    "Child-Pugh B（8 点）、MELD 14、腹水少量。",
    "Cr 1.42 mg/dL、K 5.3 mEq/L、Na 134 mEq/L。",
    "ECOG PS 1、Charlson 併存疾患指数 4。",
    "BMI 17.8 kg/m²、Alb 2.9 g/dL、MNA-SF 7 点（低栄養）。",
    "Barthel Index 45 点、FIM 運動 52/91・認知 28/35。",
    "血圧 152/88 mmHg、脈拍 92/分 整、SpO2 95%（室内気）。",
    "14時30分 頃に悪寒戦慄あり、体温 38.9℃。",
    "術後 3日目 から経口摂取再開、2週間 で退院目標。",
    "朝食後 と 20時 の 2回、症状の日内変動を確認。",
    "Mallory-Weiss 症候群を疑う吐血エピソードが 1回。",
    "Cushing 症候群のスクリーニングで 1mg デキサメタゾン抑制試験を予定。",
    "高安動脈炎に対しプレドニゾロン 10mg/日 を 6か月 継続。",
]


def _clin(rng: random.Random, k: int) -> str:
    return "".join(rng.sample(_CLIN, k))


# ---------------------------------------------------------------------------
# generation context


def _era(d: date) -> str:
    if d >= date(2019, 5, 1):
        return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    if d >= date(1989, 1, 8):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    return f"昭和{d.year - 1925}年{d.month}月{d.day}日"


def _era_short(d: date) -> str:
    if d >= date(2019, 5, 1):
        return f"R{d.year - 2018}.{d.month}.{d.day}"
    if d >= date(1989, 1, 8):
        return f"H{d.year - 1988}.{d.month}.{d.day}"
    return f"S{d.year - 1925}.{d.month}.{d.day}"


def _my_number(rng: random.Random) -> str:
    body = [rng.randrange(10) for _ in range(11)]
    total = 0
    for n, digit in enumerate(reversed(body), start=1):
        w = n + 1 if n <= 6 else n - 5
        total += digit * w
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    return "".join(map(str, body)) + str(check)


_PLACE = ["さくら", "青葉", "みなと", "城北", "桜ヶ丘", "若草", "ひかり", "東雲", "緑ヶ丘", "北斗", "朝日", "しらさぎ"]
_DEPTS = ["循環器内科", "消化器内科", "呼吸器外科", "脳神経内科", "整形外科", "総合診療科", "腎臓内科", "救急科"]
_RELS = ["長女", "長男", "妻", "夫", "次女", "嫁", "孫", "姪"]
_AES = ["none", "grade 2 diarrhea (CTCAE v5.0)", "grade 1 rash"]
_EMAIL_DOM = ["example.jp", "mail.example.com", "hosp-example.or.jp", "example.ne.jp"]


class Ctx:
    def __init__(self, rng: random.Random, fk: Faker, phi: bool) -> None:
        self.rng = rng
        self.fk = fk
        self.phi = phi
        self.k_names: list[dict[str, str]] = []
        self.k_ids: list[str] = []
        self.k_addr: list[str] = []
        self.k_phone: list[str] = []
        self.k_email: list[str] = []
        self.k_bd: str | None = None
        self.pt_age = ""

    # -- writing -------------------------------------------------------
    def x(self, d: Doc, s: str, kind: str, alt: str) -> None:
        if self.phi:
            d.p(s, kind)
        else:
            d.t(alt)

    def nm(self, d: Doc, n: Name, alt: str, hon: str = "", full: bool = True) -> None:
        if self.phi:
            d.p(n.form(self.rng, full), "PERSON")
            d.t(hon)
        else:
            d.t(alt)

    # -- values --------------------------------------------------------
    def name(self) -> Name:
        r = self.rng.random()
        if r < 0.4:
            f = self.fk.last_name_pair()
            g = self.fk.first_name_pair()
            return Name(f[0], g[0], f[1], g[1], f[2], g[2])
        if r < 0.85:
            f = self.rng.choice(_SURNAMES)
            g = self.rng.choice(_GIVEN)
            return Name(f[0], g[0], f[1], g[1], f[2], g[2])
        fo = self.rng.choice(_FOREIGN)
        return Name(fo[0], fo[1], fo[0], fo[1], fo[2], fo[3], foreign=True)

    def day(self, lo: int = 2016, hi: int = 2025) -> date:
        start = date(lo, 1, 1)
        return start + timedelta(days=self.rng.randrange((date(hi, 12, 31) - start).days))

    def date_s(self, d0: date | None = None) -> str:
        d0 = d0 or self.day()
        k = self.rng.randrange(9)
        s = [
            f"{d0.year}年{d0.month}月{d0.day}日",
            f"{d0.year}/{d0.month:02d}/{d0.day:02d}",
            f"{d0.isoformat()}",
            _era(d0),
            _era_short(d0),
            f"{d0.year}.{d0.month}.{d0.day}",
            f"{d0.month}月{d0.day}日",
            _zen(f"{d0.year}年{d0.month}月{d0.day}日"),
            f"{d0.year}年{d0.month:02d}月{d0.day:02d}日",
        ][k]
        return s

    def dt_s(self) -> str:
        d0 = self.day()
        h, m = self.rng.randrange(24), self.rng.randrange(60)
        k = self.rng.randrange(4)
        if k == 0:
            return f"{d0.isoformat()} {h:02d}:{m:02d}"
        if k == 1:
            return f"{d0.year}/{d0.month}/{d0.day} {h}:{m:02d}"
        if k == 2:
            ap = "午前" if h < 12 else "午後"
            return f"{d0.year}年{d0.month}月{d0.day}日 {ap}{h % 12}時{m}分"
        return f"{_era(d0)}{h}時{m:02d}分"

    def bd(self, old: bool = False) -> tuple[date, str]:
        b = self.day(1922, 1933) if old else self.day(1935, 2010)
        return b, self.date_s(b)

    def pid(self) -> str:
        k = self.rng.randrange(6)
        n = self.rng.randrange(10**7, 10**8)
        s = [
            f"{n:08d}",
            f"{n:010d}",
            f"{str(n)[:4]}-{str(n)[4:]}",
            _zen(f"{n:08d}"),
            f"P{n % 10**7:07d}",
            f"{n % 10**6:06d}",
        ][k]
        return s

    def phone(self) -> str:
        k = self.rng.randrange(6)
        a, b = self.rng.randrange(1000, 10000), self.rng.randrange(1000, 10000)
        s = [
            f"03-{a}-{b}",
            f"090-{a}-{b}",
            f"(06){a}-{b}",
            f"0{self.rng.randrange(11, 99)}-{self.rng.randrange(100, 999)}-{b}",
            f"080{a}{b}",
            _zen(f"070-{a}-{b}"),
        ][k]
        return s

    def ext(self) -> str:
        return str(self.rng.randrange(100, 10000))

    def postal(self) -> str:
        p = str(self.fk.postcode())
        return _zen(p) if self.rng.random() < 0.2 else p

    def addr(self) -> str:
        fk = self.fk
        base = f"{fk.prefecture()}{fk.city()}{fk.town()}"
        k = self.rng.randrange(3)
        if k == 0:
            return f"{base}{fk.chome()}{fk.ban()}{fk.gou()}"
        if k == 1:
            return f"{base}{self.rng.randrange(1, 9)}-{self.rng.randrange(1, 30)}-{self.rng.randrange(1, 20)}"
        bld = f"{fk.building_name()}{self.rng.randrange(101, 905)}号"
        return f"{base}{self.rng.randrange(1, 5)}丁目{self.rng.randrange(1, 30)}番地 {bld}"

    def hood(self) -> str:
        return f"{self.fk.city()}{self.fk.town()}"

    def email(self, n: Name) -> str:
        user = self.rng.choice(
            [
                f"{n.groma.lower()}.{n.froma.lower()}",
                f"{n.froma.lower()}{self.rng.randrange(10, 99)}",
                f"{n.groma[0].lower()}-{n.froma.lower()}",
            ]
        ).replace(" ", "")
        return f"{user}@{self.rng.choice(_EMAIL_DOM)}"

    def stem(self) -> str:
        c = str(self.fk.city())
        if c.endswith("市") and len(c) > 2:
            return c[:-1]
        return self.rng.choice(["横浜", "仙台", "松本", "高崎", "倉敷", "久留米", "旭川", "津", "富山", "浜松"])

    def hosp(self) -> str:
        p = self.rng.choice(_PLACE)
        c = self.stem()
        return self.rng.choice(
            [
                f"{c}市立病院",
                f"{p}総合病院",
                f"医療法人{p}会 {c}中央病院",
                f"{c}赤十字病院",
                f"国立病院機構 {c}医療センター",
                f"{c}大学医学部附属病院",
            ]
        )

    def clinic(self) -> str:
        n = self.rng.choice(_SURNAMES)[0]
        p = self.rng.choice(_PLACE)
        return self.rng.choice(
            [f"{n}内科クリニック", f"{p}ファミリークリニック", f"{n}医院", f"{p}整形外科", f"{n}眼科"]
        )

    def pharmacy(self) -> str:
        p = self.rng.choice(_PLACE)
        return self.rng.choice([f"{p}薬局 駅前店", f"{p}調剤薬局", f"アイン薬局 {p}店", f"{p}ファーマシー"])

    def home(self) -> str:
        p = self.rng.choice(_PLACE)
        return self.rng.choice([f"特別養護老人ホーム {p}の里", f"グループホーム{p}", f"介護老人保健施設 {p}苑"])

    def school(self) -> str:
        return f"{self.stem()}{self.rng.choice(['第二小学校', '中学校', '高等学校', '北小学校'])}"

    def ward(self) -> str:
        return self.rng.choice(
            [f"{self.rng.randrange(3, 10)}階東病棟", f"{self.rng.randrange(3, 9)}A病棟", "西5病棟", "北4病棟"]
        )

    def room(self) -> str:
        return self.rng.choice(
            [
                f"{self.rng.randrange(3, 10)}{self.rng.randrange(1, 30):02d}号室",
                f"{self.rng.randrange(301, 920)}-{self.rng.randrange(1, 5)}",
            ]
        )

    def ins(self) -> str:
        head = self.rng.choice(["06", "01", "39", "31"])
        return f"{head}{self.rng.randrange(10, 48):02d}{self.rng.randrange(1000, 10000)}"

    def known(self) -> dict[str, Any]:
        k: dict[str, Any] = {}
        if self.k_names:
            k["names"] = self.k_names
        if self.k_ids:
            k["ids"] = self.k_ids
        if self.k_bd:
            k["birth_date"] = self.k_bd
        if self.k_addr:
            k["addresses"] = self.k_addr
        if self.k_phone:
            k["phones"] = self.k_phone
        if self.k_email:
            k["emails"] = self.k_email
        return k

    def patient(self, old: bool = False) -> tuple[Name, str, date, str]:
        n = self.name()
        pid = self.pid()
        b, bs = self.bd(old)
        self.k_names.append(n.known())
        self.k_ids.append(pid)
        self.k_bd = b.isoformat()
        self.pt_age = str(2024 - b.year)
        return n, pid, b, bs


# ---------------------------------------------------------------------------
# styles


def _s_dictation(d: Doc, c: Ctx) -> None:
    r = c.rng
    pt, pid, _, _ = c.patient(old=r.random() < 0.35)
    ref, rad = c.name(), c.name()
    d.t("えー、読影レポート、口述入力です。依頼医は、あの、")
    c.nm(d, ref, "主治医の先生", "先生")
    d.t("、")
    c.x(d, r.choice(_DEPTS), "DEPARTMENT", "外来")
    d.t("からのご依頼です。患者さんは、えー、")
    c.nm(d, pt, "ご本人", "さん")
    d.t("、ID ")
    wrong = c.pid()
    c.x(d, wrong, "ID", "番号は")
    d.t("、いや、訂正します、")
    c.x(d, pid, "ID", "カルテで確認")
    d.t(" です。")
    d.t("年齢は ")
    c.x(d, c.pt_age, "AGE", "高齢")
    d.t("歳、あの、" if c.phi else "、あの、")
    d.t("女性です。検査日は ")
    c.x(d, c.date_s(), "DATE", "本日")
    d.t("、えー、胸腹部造影CTです。\n")
    d.t(
        "えー、右肺上葉 S2 に、あの、長径 12mm の充実性結節を認めます。"
        "あ、すみません、訂正します、左肺下葉 S6 です。辺縁は spiculation を伴います。"
        "縦隔・肺門リンパ節の腫大は、えー、ありません。肝 S7 に 8mm の低吸収域、嚢胞と思います。"
        "L1 椎体に陳旧性の圧迫骨折。\n"
    )
    d.t("前回 ")
    c.x(d, c.date_s(), "DATE", "前回検査")
    d.t(" の CT と比較して、えー、3mm 増大しています。" if c.phi else "と比較して、えー、3mm 増大しています。")
    d.t(_clin(r, 2))
    d.t("\n印象としては、原発性肺癌疑い、cT1bN0M0、Stage IA2 相当です。PET-CT を推奨します。\n")
    d.t("あの、結果は ")
    c.nm(d, ref, "主治医", "先生", full=False)
    d.t("に電話でお伝えしました、PHS ")
    c.x(d, c.ext(), "PHONE_NUMBER", "経由")
    d.t(" です。読影は ")
    c.nm(d, rad, "放射線科医", "")
    d.t("、確認は ")
    c.nm(d, c.name(), "上級医", " 先生")
    d.t(" でした。えー、以上です。")


def _s_procedure(d: Doc, c: Ctx) -> None:
    r = c.rng
    pt, pid, _, _ = c.patient(old=r.random() < 0.3)
    kind = r.randrange(3)
    title = ["上部消化管内視鏡検査報告書", "腹部超音波検査報告書", "経胸壁心エコー図検査報告書"][kind]
    d.t(f"【{title}】\n実施日時: ")
    c.x(d, c.dt_s(), "DATE", "入院 2日目 午前")
    d.t("\n検査室: ")
    c.x(d, r.choice(["内視鏡室 2", "生理検査室 3番", "エコー室B"]), "FACILITY", "検査室")
    d.t("\n患者: ")
    c.nm(d, pt, "（氏名省略）")
    d.t("  ID: ")
    c.x(d, pid, "ID", "（省略）")
    d.t("  ")
    c.x(d, c.pt_age, "AGE", "高齢")
    d.t("歳 男性\n" if c.phi else " 男性\n")
    d.t("依頼科: ")
    c.x(d, r.choice(_DEPTS), "DEPARTMENT", "病棟")
    d.t("\n術者: ")
    c.nm(d, c.name(), "担当医")
    d.t("  介助: ")
    c.nm(d, c.name(), "研修医", " Dr.")
    d.t("  看護師: ")
    c.nm(d, c.name(), "担当看護師", " Ns", full=False)
    d.t("\n")
    if kind == 0:
        d.t(
            "前処置: ジメチコン、プロナーゼ。鎮静: ミダゾラム 2mg iv、ペチジン 35mg iv。\n"
            "所見: 食道 LA 分類 Grade B の逆流性食道炎。胃体下部小弯に 0-IIc 型病変 15mm、"
            "生検 3 個（Group 5）。迅速ウレアーゼ試験 陽性。十二指腸球部に瘢痕。\n"
            "診断: 早期胃癌疑い（ICD-10 C16.2）。ESD 適応を検討。\n"
        )
    elif kind == 1:
        d.t(
            "所見: 肝 S6 に 23×18mm の高エコー腫瘤、辺縁低エコー帯なし。肝縁鈍化、脾腫 10.8cm。"
            "胆嚢壁 4mm、胆石 8mm 1 個、総胆管径 6mm。右腎 11.2cm、水腎なし。\n"
            "印象: 肝血管腫疑い、脂肪肝（中等度）。\n"
        )
    else:
        d.t(
            "計測: LVDd 48mm、LVDs 35mm、IVSd 11mm、PWd 10mm、LVEF 55%（modified Simpson）、"
            "LAD 42mm、E/e' 14、TRPG 32mmHg、IVC 18mm（呼吸性変動 50% 以上）。\n"
            "弁: AS 中等度（AVA 0.9cm²、mean PG 42mmHg、Vmax 4.1m/s）、MR trivial。\n"
        )
    d.t(_clin(r, 2))
    d.t("\n報告日: ")
    c.x(d, c.date_s(), "DATE", "検査当日")
    d.t("  報告者: ")
    c.nm(d, c.name(), "検査担当医")
    d.t("\n")


def _s_reconcile(d: Doc, c: Ctx) -> None:
    r = c.rng
    pt, pid, _, _ = c.patient()
    fam = c.name()
    d.t("持参薬確認記録（入院時）\n確認日: ")
    c.x(d, c.date_s(), "DATE", "入院当日")
    d.t("  確認者: 薬剤師 ")
    c.nm(d, c.name(), "病棟担当")
    d.t("\n患者: ")
    c.nm(d, pt, "本人", " 様")
    d.t("（ID ")
    c.x(d, pid, "ID", "省略")
    d.t("） 病棟: ")
    c.x(d, c.ward(), "FACILITY", "入院病棟")
    d.t(" ")
    c.x(d, c.room(), "FACILITY", "個室")
    d.t("\n情報源: お薬手帳、家族（")
    rel = r.choice(_RELS)
    d.t(f"{rel}・")
    c.nm(d, fam, "同居家族", "さん", full=False)
    d.t("）\n他院処方: ")
    c.x(d, c.clinic(), "FACILITY", "近医")
    d.t("（処方医: ")
    c.nm(d, c.name(), "かかりつけ医", " 医師")
    d.t("）／調剤: ")
    c.x(d, c.pharmacy(), "FACILITY", "かかりつけ薬局")
    d.t("（TEL ")
    ph = c.phone()
    c.x(d, ph, "PHONE_NUMBER", "手帳に記載")
    d.t("）\n")
    if c.phi and r.random() < 0.4:
        d.t("保険者番号 ")
        d.p(c.ins(), "INSURANCE_NUMBER")
        d.t(" 記号 ")
        d.p(str(r.randrange(100, 9999)), "INSURANCE_NUMBER")
        d.t(" 番号 ")
        d.p(str(r.randrange(1, 999)), "INSURANCE_NUMBER")
        d.t("\n")
    d.t(
        "1. アムロジピン錠 5mg 1錠 分1 朝食後 28日分（残 12錠）\n"
        "2. メトホルミン塩酸塩錠 250mg 2錠 分2 朝夕食後（残 30錠）\n"
        "3. ランソプラゾール OD錠 15mg 1錠 分1 夕食後\n"
        "4. ゾルピデム 5mg 1錠 就寝前 頓用（週 2〜3回 使用）\n"
        "5. レボチロキシン 50μg 1錠（橋本病）\n"
    )
    d.t(_clin(r, 2))
    d.t("\n特記: 術前 5日前 からの抗凝固薬休薬について ")
    c.nm(d, c.name(), "主治医", " 先生", full=False)
    d.t("に確認済み。他院処方の重複なし。\n")


def _s_extract(d: Doc, c: Ctx) -> None:
    r = c.rng
    pt, _, b, bs = c.patient(old=r.random() < 0.3)
    site = c.hosp()
    sid = f"{r.choice(['SUBJ', 'S', 'JP'])}-{r.randrange(1, 40):03d}-{r.randrange(1, 999):04d}"
    c.k_ids.append(sid)
    pi = c.name()
    mail = c.email(pi)
    if c.phi:
        c.k_email.append(mail)
    if r.random() < 0.5:
        d.t("subject_id=")
        c.x(d, sid, "ID", "NA")
        d.t("; site=")
        c.x(d, site, "FACILITY", "site01")
        d.t("; initials=")
        c.x(d, pt.initials(r), "PERSON", "NA")
        d.t("; birth_date=")
        c.x(d, b.isoformat(), "DATE", "NA")
        d.t("; age=")
        c.x(d, str(2024 - b.year), "AGE", "NA")
        d.t("; sex=F;\n")
        for v in range(1, 4):
            d.t(f"visit=V{v}; visit_date=")
            c.x(d, c.date_s(), "DATE", f"Day{v * 28}")
            d.t(
                f"; HbA1c={r.randrange(60, 95) / 10}%; eGFR={r.randrange(30, 90)} mL/min/1.73m2; "
                f"SBP={r.randrange(110, 170)}; AE={r.choice(_AES)};\n"
            )
        d.t("investigator=")
        c.nm(d, pi, "PI")
        d.t("; contact=")
        c.x(d, mail, "EMAIL_ADDRESS", "NA")
        d.t("; edc=")
        c.x(d, f"https://edc.{r.choice(['example-trial', 'jcrn-example'])}.jp/site/{r.randrange(10, 99)}", "URL", "NA")
        d.t(";\n")
    else:
        d.t("subject:\n  id: ")
        c.x(d, sid, "ID", "null")
        d.t("\n  name_kana: ")
        c.x(d, f"{pt.fkana} {pt.gkana}", "PERSON", "null")
        d.t("\n  birth_date: ")
        c.x(d, bs, "DATE", "null")
        d.t("\n  age: ")
        c.x(d, str(2024 - b.year), "AGE", "null")
        d.t("\n  site:\n    name: ")
        c.x(d, site, "FACILITY", "null")
        d.t("\n    pi: ")
        c.nm(d, pi, "null")
        d.t("\n    tel: ")
        c.x(d, c.phone(), "PHONE_NUMBER", "null")
        d.t("\n    mail: ")
        c.x(d, mail, "EMAIL_ADDRESS", "null")
        d.t("\nvisits:\n")
        for vn in ("baseline", "week12", "week24"):
            d.t(f"  - visit: {vn}\n    date: ")
            c.x(d, c.date_s(), "DATE", "null")
            d.t(
                f"\n    labs:\n      HbA1c: {r.randrange(60, 95) / 10} %\n"
                f"      LDL-C: {r.randrange(70, 190)} mg/dL\n      UACR: {r.randrange(5, 300)} mg/gCr\n"
            )
        d.t("notes: |\n  ")
        d.t(_clin(r, 2))
        d.t("\n")


def _s_letter(d: Doc, c: Ctx) -> None:
    r = c.rng
    pt, _, _, _ = c.patient(old=True)
    me, dad = c.name(), c.name()
    d.t("せんせいへ\n\nいつも おばあちゃんが おせわに なってます。まごの ")
    if c.phi:
        d.p(_hira(me.gkana) if not me.foreign else me.given, "PERSON")
    else:
        d.t("わたし")
    d.t(" です。\nおばあちゃん（")
    c.nm(d, pt, "うちの おばあちゃん")
    d.t("）は ことしで ")
    c.x(d, c.pt_age, "AGE", "だいぶ")
    d.t("さいに なりました。" if c.phi else " としを とりました。")
    d.t(
        "さいきん よる ねむれないみたいで、ゾルピデム 5mg を はんぶんに して のんでます。"
        "けつあつは 150 くらいで、あさ 7じ と よる 9じ に はかってます。\n"
    )
    d.t("わたしは ")
    c.x(d, c.school(), "FACILITY", "ちかくの がっこう")
    d.t(" の 3ねんせいで、おかあさんは ")
    c.x(d, r.choice([str(c.fk.company()), c.home()]), "FACILITY", "しごと")
    d.t(" で はたらいてます。おじさんの ")
    c.nm(d, c.name(), "おじさん", "さん", full=False)
    d.t(" も ときどき きてくれます。\nうちは ")
    ad = c.hood()
    c.x(d, ad, "ADDRESS", "まちの")
    d.t(" の ほうで、えきから あるいて 10ぷん くらいです。\n")
    d.t("なにか あったら おとうさん（")
    c.nm(d, dad, "パパ", "", full=False)
    d.t("）の でんわ ")
    ph = c.phone()
    c.x(d, ph, "PHONE_NUMBER", "に")
    d.t(" に れんらく ください。" if c.phi else " れんらく ください。")
    if c.phi and r.random() < 0.5:
        mail = c.email(dad)
        d.t("めーるは ")
        d.p(mail, "EMAIL_ADDRESS")
        d.t(" です。")
        c.k_email.append(mail)
    c.k_phone.append(ph)
    d.t(
        "\nあと、パーキンソンびょう の くすり（レボドパ 100mg）は 1にち 3かい です。"
        "2しゅうかん まえから すこし ふらふら してます。\nよろしく おねがいします。\n"
    )


def _s_transfer(d: Doc, c: Ctx) -> None:
    r = c.rng
    old = r.random() < 0.35
    pt, pid, _, bs = c.patient(old)
    d.t("【転院搬送依頼 電話受付記録】\n受信時刻: ")
    c.x(d, c.dt_s(), "DATE", "本日 夕方")
    d.t("\n依頼元: ")
    c.x(d, c.hosp(), "FACILITY", "前医")
    d.t(" ")
    c.x(d, r.choice(_DEPTS), "DEPARTMENT", "当直帯")
    d.t("\n依頼者: ")
    c.nm(d, c.name(), "当直医", " 医師")
    d.t("（直通 ")
    c.x(d, c.phone(), "PHONE_NUMBER", "番号は記録票参照")
    d.t("）\n受入先: ")
    c.x(d, c.hosp(), "FACILITY", "当院")
    d.t(" 救命救急センター／応需: ")
    c.nm(d, c.name(), "救急当番医", " Dr.")
    d.t("（内線 ")
    c.x(d, c.ext(), "PHONE_NUMBER", "当番")
    d.t("）\n患者情報: ")
    c.nm(d, pt, "患者")
    d.t("、")
    c.x(d, c.pt_age, "AGE", "高齢")
    if c.phi:
        d.t("歳 男性、生年月日 ")
        d.p(bs, "DATE")
        d.t("、前医ID ")
    else:
        d.t(" 男性、前医ID ")
    c.x(d, pid, "ID", "不明")
    d.t("\n現住所: ")
    if c.phi:
        d.t("〒")
        d.p(c.postal(), "POSTAL_CODE")
        d.t(" ")
        a = c.addr()
        d.p(a, "ADDRESS")
        c.k_addr.append(a)
    else:
        d.t("未確認")
    d.t(
        "\n経過: 14時頃 突然の胸痛、ST 上昇 II・III・aVF、トロポニンT 0.45 ng/mL。"
        "アスピリン 200mg 咀嚼、ヘパリン 5,000単位 静注済み。\n"
        "バイタル: BP 86/50 mmHg、HR 48/min、SpO2 94%（O2 4L）、GCS E4V5M6。\n"
    )
    d.t(_clin(r, 1))
    d.t("\n搬送手段: 救急車、到着予定 約30分後。キーパーソン: ")
    d.t(r.choice(_RELS) + " ")
    c.nm(d, c.name(), "家族", "さん", full=False)
    d.t("\n")


def _s_registry(d: Doc, c: Ctx) -> None:
    r = c.rng
    pt, pid, _, bs = c.patient(old=r.random() < 0.25)
    reg = f"{r.randrange(2016, 2025)}-{r.randrange(1, 9999):05d}"
    c.k_ids.append(reg)
    d.t("■ 院内がん登録 / キャンサーボード ワークシート\n登録番号: ")
    c.x(d, reg, "ID", "（未採番）")
    d.t("  院内ID: ")
    c.x(d, pid, "ID", "（非表示）")
    d.t("\n氏名: ")
    c.nm(d, pt, "（非表示）")
    d.t("  生年月日: ")
    c.x(d, bs, "DATE", "（非表示）")
    d.t("  性別: 女\n診断日: ")
    c.x(d, c.date_s(), "DATE", "（登録時に記載）")
    d.t("  初診日: ")
    c.x(d, c.date_s(), "DATE", "（同上）")
    site = r.choice(
        [
            (
                "C18.7 S状結腸",
                "8140/3 腺癌",
                "cT3N1aM0 Stage IIIB（UICC 第8版）",
                "腹腔鏡下S状結腸切除術 → CAPOX 8コース",
            ),
            (
                "C50.4 乳房上外側",
                "8500/3 浸潤性乳管癌",
                "cT2N0M0 Stage IIA、ER+/PgR+/HER2-、Ki-67 20%",
                "乳房部分切除術 + SLNB → 放射線 50Gy/25回",
            ),
            ("C34.1 右上葉", "8140/3 腺癌（EGFR exon19 del）", "cT1cN2M0 Stage IIIA", "オシメルチニブ 80mg/日"),
            ("C61 前立腺", "8140/3 腺癌 Gleason 4+3", "cT2cN0M0、PSA 14.2 ng/mL", "ロボット支援前立腺全摘除術"),
        ]
    )
    d.t(f"\n原発部位: {site[0]}  組織型: {site[1]}\n病期: {site[2]}\n治療: {site[3]}\n")
    d.t("治療施設: ")
    c.x(d, c.hosp(), "FACILITY", "当院")
    d.t("  紹介元: ")
    c.x(d, c.clinic(), "FACILITY", "近医")
    d.t("（")
    c.nm(d, c.name(), "紹介医", " 先生")
    d.t("）\n")
    if c.phi and r.random() < 0.5:
        d.t("※ 個人番号欄に誤記載あり（要削除）: ")
        mn = _my_number(r)
        d.p(mn if r.random() < 0.6 else f"{mn[:4]} {mn[4:8]} {mn[8:]}", "MY_NUMBER")
        d.t("\n")
    d.t(_clin(r, 2))
    d.t("\n発表: ")
    c.nm(d, c.name(), "担当医")
    d.t("  出席: ")
    c.nm(d, c.name(), "外科医", "（外科）", full=False)
    d.t("、")
    c.nm(d, c.name(), "病理医", "（病理）", full=False)
    d.t("、")
    c.nm(d, c.name(), "放射線科医", "（放治）", full=False)
    d.t("\n方針: 術後補助療法は 6か月 を予定、3か月ごと CT フォロー。\n")


def _s_therapy(d: Doc, c: Ctx) -> None:
    r = c.rng
    pt, pid, _, _ = c.patient(old=r.random() < 0.3)
    fam = c.name()
    kind = r.randrange(3)
    title = ["歯科口腔外科 診療記録", "リハビリテーション実施記録（PT）", "栄養指導記録"][kind]
    role = ["歯科衛生士", "理学療法士", "管理栄養士"][kind]
    d.t(f"{title}\n日付: ")
    c.x(d, c.date_s(), "DATE", "介入 5日目")
    d.t(f"  担当: {role} ")
    c.nm(d, c.name(), "（担当者）")
    d.t("\n対象: ")
    c.nm(d, pt, "入院患者", " 様")
    d.t("  ID: ")
    c.x(d, pid, "ID", "—")
    d.t("  場所: ")
    c.x(d, c.ward(), "FACILITY", "病棟")
    d.t("\n")
    if kind == 0:
        d.t(
            "#36 C2 → CR 形成、#47 歯周ポケット 5mm（BOP+）、上顎部分床義歯 調整。"
            "OHAT 6点、反復唾液嚥下テスト 2回/30秒。\n"
        )
    elif kind == 1:
        d.t(
            "FIM 運動 52/91・認知 28/35、BBS 38点、10m 歩行 14.2秒、TUG 18.5秒、"
            "MMT 腸腰筋 4/5・大腿四頭筋 3/5。L4/5 術後 2週間、平行棒内歩行 20分。\n"
        )
    else:
        d.t(
            "身長 152cm、体重 41.2kg、BMI 17.8、Alb 2.9 g/dL。目標 1,600kcal/日、蛋白 60g/日。"
            "嚥下調整食 学会分類コード 2-1、とろみ 中間。\n"
        )
    d.t(_clin(r, 1))
    d.t(f"\n家族（{r.choice(_RELS)}・")
    c.nm(d, fam, "キーパーソン", " 様", full=False)
    d.t("）より: 「退院後は ")
    if r.random() < 0.5:
        c.x(d, c.home(), "FACILITY", "自宅")
    else:
        c.x(d, c.hood(), "ADDRESS", "自宅")
    d.t(" に戻る予定。夕方 17時 以降なら電話可」 連絡先 ")
    ph = c.phone()
    c.x(d, ph, "PHONE_NUMBER", "は記録参照")
    if c.phi:
        c.k_phone.append(ph)
    d.t("\n次回: 1週間後、同じ時間帯（10時30分）に再評価。\n")


_STYLES = [
    _s_dictation,
    _s_procedure,
    _s_reconcile,
    _s_extract,
    _s_letter,
    _s_transfer,
    _s_registry,
    _s_therapy,
]


def generate_v(n_phi: int = 60, n_clean: int = 15, seed: int = 13230) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    fk = Faker("ja_JP")
    fk.seed_instance(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        c = Ctx(rng, fk, phi=True)
        d = Doc(f"v-phi-{i:03d}")
        _STYLES[i % len(_STYLES)](d, c)
        known = c.known() if rng.random() < 0.3 else None
        docs.append(d.out(known))
    for i in range(n_clean):
        c = Ctx(rng, fk, phi=False)
        d = Doc(f"v-clean-{i:03d}")
        _STYLES[(i * 3) % len(_STYLES)](d, c)
        docs.append(d.out())
    return docs
