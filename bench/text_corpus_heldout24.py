"""Blind held-out text corpus, family AG.

Written blind: the author did not read the de-identification tool, its policies, docs, tests or other corpora.

Styles (PHI documents cycle through them):
  1. outpatient follow-up notes (internal medicine / surgery / oncology), hurried, bullets, Do処方, sign-off
  2. prescription / refill requests phoned in by family (telephone memo)
  3. CT/MRI reception desk notes (radiology front desk)
  4. radiology technologist work log (several patients per log)
  5. contrast-media consent check sheet
  6. report distribution log + radiologist on-call handover
  7. teaching conference case list
  8. cover letter returning imaging CDs to another hospital
  9. patient complaint / thank-you note forwarded to staff
  10. appointment change log

Labelling choices:
  - PERSON covers only the name characters; 様/さん/氏/先生/医師/Dr./Ns/技師 stay outside.  Initials such as
    "K.S." are labelled PERSON only when they stand for a person (patient or staff initials in logs).
  - A date with its clock time is one DATE span; bare times and durations are not labelled.  Partial dates
    such as "4/12" or "12日(火)" are labelled DATE when they are the date of an event.
  - Room/bed numbers tied to a patient ("503号室", "5東-12") and named wards are FACILITY.
  - Bare department names are DEPARTMENT.  Modality rooms such as "CT2" are not labelled.
  - Insurance 保険者番号, 記号 and 番号 are separate INSURANCE_NUMBER spans.
  - Phone extension / PHS numbers are PHONE_NUMBER (digits only).
  - Clean documents replace every identifier with generic phrases (本人, 家族, 当院, 本日 ...) and carry no spans.
"""

from __future__ import annotations

import random
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# (family kanji, kana, romaji)
_SURNAMES = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("南", "ミナミ", "Minami"),
    ("岡", "オカ", "Oka"),
    ("関", "セキ", "Seki"),
    ("堤", "ツツミ", "Tsutsumi"),
    ("長崎", "ナガサキ", "Nagasaki"),
    ("福島", "フクシマ", "Fukushima"),
    ("熊本", "クマモト", "Kumamoto"),
    ("大分", "オオイタ", "Oita"),
    ("千葉", "チバ", "Chiba"),
    ("春日", "カスガ", "Kasuga"),
    ("今日", "キョウ", "Kyo"),
    ("日本", "ヒモト", "Himoto"),
    ("一", "ニノマエ", "Ninomae"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"),
    ("宮里", "ミヤザト", "Miyazato"),
    ("角", "スミ", "Sumi"),
    ("上", "カミ", "Kami"),
    ("中", "ナカ", "Naka"),
    ("早乙女", "サオトメ", "Saotome"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("服部", "ハットリ", "Hattori"),
    ("小川", "オガワ", "Ogawa"),
    ("石井", "イシイ", "Ishii"),
    ("藤原", "フジワラ", "Fujiwara"),
    ("米", "ヨネ", "Yone"),
    ("桜井", "サクライ", "Sakurai"),
    ("安心院", "アジミ", "Ajimi"),
    ("大和", "ヤマト", "Yamato"),
    ("平和", "ヒラワ", "Hirawa"),
    ("白鳥", "シラトリ", "Shiratori"),
    ("青木", "アオキ", "Aoki"),
    ("村上", "ムラカミ", "Murakami"),
    ("丸山", "マルヤマ", "Maruyama"),
]
# (given kanji, kana, romaji)
_GIVEN = [
    ("太郎", "タロウ", "Taro"),
    ("花子", "ハナコ", "Hanako"),
    ("翔", "ショウ", "Sho"),
    ("光", "ヒカル", "Hikaru"),
    ("正", "タダシ", "Tadashi"),
    ("静香", "シズカ", "Shizuka"),
    ("勝利", "カツトシ", "Katsutoshi"),
    ("明美", "アケミ", "Akemi"),
    ("トメ", "トメ", "Tome"),
    ("キヨ", "キヨ", "Kiyo"),
    ("さくら", "サクラ", "Sakura"),
    ("ひろし", "ヒロシ", "Hiroshi"),
    ("健一", "ケンイチ", "Kenichi"),
    ("由美子", "ユミコ", "Yumiko"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("千尋", "チヒロ", "Chihiro"),
    ("誠", "マコト", "Makoto"),
    ("優", "ユウ", "Yu"),
    ("和子", "カズコ", "Kazuko"),
    ("清", "キヨシ", "Kiyoshi"),
    ("陽菜", "ヒナ", "Hina"),
    ("蓮", "レン", "Ren"),
    ("美咲", "ミサキ", "Misaki"),
    ("茂", "シゲル", "Shigeru"),
    ("秋", "アキ", "Aki"),
    ("春男", "ハルオ", "Haruo"),
    ("ふみ", "フミ", "Fumi"),
    ("智恵", "チエ", "Chie"),
    ("達也", "タツヤ", "Tatsuya"),
    ("恵", "メグミ", "Megumi"),
    ("進", "ススム", "Susumu"),
    ("希", "ノゾミ", "Nozomi"),
]
# foreign residents: (family, given, katakana full, romaji order "Given FAMILY")
_FOREIGN = [
    ("グエン", "ヴァン・アン", "グエン ヴァン アン", "Nguyen", "Van An"),
    ("サントス", "マリア", "サントス マリア", "Santos", "Maria"),
    ("王", "偉", "ワン ウェイ", "Wang", "Wei"),
    ("金", "敏俊", "キム ミンジュン", "Kim", "Minjun"),
    ("シン", "ラジ", "シン ラジ", "Singh", "Raj"),
    ("スミス", "ジョン", "スミス ジョン", "Smith", "John"),
    ("李", "美玲", "リ メイリン", "Li", "Meiling"),
    ("ペレイラ", "カルロス", "ペレイラ カルロス", "Pereira", "Carlos"),
]

_HOSP = [
    "市立北見中央病院",
    "聖マリアンナ記念病院",
    "医療法人社団 翠明会 みどり野クリニック",
    "県立こども医療センター",
    "くすのき内科・消化器科",
    "南風原総合病院",
    "独立行政法人 西部医療センター",
    "さくら通り整形外科",
    "東都大学医学部附属病院",
    "城東赤十字病院",
    "ひまわり在宅クリニック",
    "大和田メディカルプラザ",
    "千里ヶ丘脳神経外科病院",
    "医療法人 恵寿会 山科病院",
    "KKR 浜松町記念病院",
    "おおぞら診療所",
]
_PHARM = ["あおば薬局 駅前店", "ひかり調剤薬局", "さくら薬局 本町店", "スギ野薬局", "みなと調剤 東口店"]
_CARE = [
    "特別養護老人ホーム 松風苑",
    "グループホーム ひだまり",
    "介護老人保健施設 ゆうあい",
    "サービス付き高齢者住宅 葵の杜",
]
_WORK = ["株式会社 北斗精機", "丸八運輸(株)", "市立第三中学校", "社会福祉法人 あゆみ会", "トヨシマ食品工業"]
_WARD = ["5階東病棟", "7西病棟", "ICU", "HCU", "4階南", "緩和ケア病棟", "6東", "3階西病棟"]
_DEPTS = [
    "消化器内科",
    "循環器内科",
    "呼吸器内科",
    "腎臓内科",
    "糖尿病内分泌内科",
    "外科",
    "乳腺外科",
    "整形外科",
    "脳神経外科",
    "泌尿器科",
    "腫瘍内科",
    "血液内科",
    "放射線科",
    "総合診療科",
    "婦人科",
    "耳鼻咽喉科",
]
_PREFS = [
    ("東京都", "世田谷区", "上馬"),
    ("神奈川県", "横浜市港北区", "日吉本町"),
    ("大阪府", "堺市北区", "中百舌鳥町"),
    ("北海道", "札幌市東区", "北十六条東"),
    ("福岡県", "久留米市", "城南町"),
    ("沖縄県", "那覇市", "首里石嶺町"),
    ("愛知県", "名古屋市千種区", "今池"),
    ("埼玉県", "川口市", "芝新町"),
    ("千葉県", "船橋市", "夏見台"),
    ("兵庫県", "西宮市", "甲子園口"),
    ("宮城県", "仙台市青葉区", "八幡"),
    ("長野県", "松本市", "深志"),
    ("熊本県", "熊本市中央区", "水前寺"),
    ("静岡県", "浜松市中区", "佐鳴台"),
    ("広島県", "福山市", "春日町"),
]
_WD = "月火水木金土日"
_ERAS = [("令和", 2019), ("平成", 1989), ("昭和", 1926)]
_KNUM = "〇一二三四五六七八九"
_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")

_GENERIC = {
    "PERSON": "本人",
    "ID": "(院内ID)",
    "DATE": "本日",
    "AGE": "高齢",
    "PHONE_NUMBER": "代表番号",
    "ADDRESS": "自宅",
    "POSTAL_CODE": "",
    "FACILITY": "前医",
    "DEPARTMENT": "担当科",
    "EMAIL_ADDRESS": "院内メール",
    "URL": "院内ポータル",
    "INSURANCE_NUMBER": "(省略)",
    "MY_NUMBER": "(省略)",
}


def _kj(n: int) -> str:
    """Kanji numeral for 0..99."""
    if n < 10:
        return _KNUM[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KNUM[t]) + "十" + ("" if o == 0 else _KNUM[o])


class _G:
    """Random generator + emitter; in clean mode every identifier becomes a generic phrase."""

    def __init__(self, rng: random.Random, fk: Faker, phi: bool) -> None:
        self.r = rng
        self.fk = fk
        self.phi = phi

    # ---------- emit ----------
    def x(self, d: Doc, s: str, kind: str, generic: str | None = None) -> None:
        if self.phi:
            d.p(s, kind)
        else:
            d.t(_GENERIC[kind] if generic is None else generic)

    def c(self, seq: list[Any]) -> Any:
        return self.r.choice(seq)

    def fw(self, s: str, prob: float = 0.15) -> str:
        return s.translate(_FW) if self.r.random() < prob else s

    # ---------- people ----------
    def person(self, foreign_p: float = 0.1) -> dict[str, Any]:
        r = self.r
        if r.random() < foreign_p:
            f = r.choice(_FOREIGN)
            return {
                "family": f[0],
                "given": f[1],
                "kana": f[2],
                "rf": f[3],
                "rg": f[4],
                "foreign": True,
                "fk": f[2].split(" ")[0],
                "gk": f[2].split(" ", 1)[1],
            }
        s = r.choice(_SURNAMES)
        g = r.choice(_GIVEN)
        return {
            "family": s[0],
            "given": g[0],
            "kana": s[1] + " " + g[1],
            "rf": s[2],
            "rg": g[2],
            "foreign": False,
            "fk": s[1],
            "gk": g[1],
        }

    def name(self, p: dict[str, Any], form: str | None = None) -> str:
        r = self.r
        if form is None:
            form = r.choice(["full", "full", "fulls", "fam", "kana", "romaji", "full", "fullfw"])
        if form == "full":
            return p["family"] + p["given"] if not p["foreign"] else p["family"] + " " + p["given"]
        if form in ("fulls", "fullfw"):
            return p["family"] + (" " if form == "fulls" else "\u3000") + p["given"]
        if form == "fam":
            return p["family"]
        if form == "kana":
            k = p["kana"]
            return k if r.random() < 0.6 else k.replace(" ", "")
        if form == "hira":
            return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in p["kana"])
        if form == "romaji":
            if r.random() < 0.5:
                return p["rf"].upper() + " " + p["rg"]
            return p["rg"] + " " + p["rf"]
        if form == "ini":
            return p["rg"][0] + "." + p["rf"][0] + "."
        return p["family"]

    def staff(self) -> dict[str, Any]:
        return self.person(foreign_p=0.03)

    def known(
        self,
        p: dict[str, Any],
        ids: list[str],
        birth: tuple[int, int, int] | None,
        addrs: list[str],
        phones: list[str],
        emails: list[str] | None = None,
    ) -> dict[str, Any]:
        return {
            "names": [
                {
                    "family": p["family"],
                    "given": p["given"],
                    "family_kana": p["fk"],
                    "given_kana": p["gk"],
                    "family_romaji": p["rf"],
                    "given_romaji": p["rg"],
                }
            ],
            "ids": ids,
            "birth_date": f"{birth[0]:04d}-{birth[1]:02d}-{birth[2]:02d}" if birth else None,
            "addresses": addrs,
            "phones": phones,
            "emails": emails or [],
        }

    # ---------- dates ----------
    def ymd(self, y0: int = 2023, y1: int = 2025) -> tuple[int, int, int]:
        r = self.r
        return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))

    def birth(self) -> tuple[int, int, int]:
        r = self.r
        return (r.randint(1926, 2012), r.randint(1, 12), r.randint(1, 28))

    @staticmethod
    def wd(y: int, m: int, dd: int) -> str:
        import datetime as _dt

        return _WD[_dt.date(y, m, dd).weekday()]

    @staticmethod
    def era(y: int, m: int, dd: int) -> tuple[str, int]:
        v = y * 10000 + m * 100 + dd
        if v >= 20190501:
            return "令和", y - 2018
        if v >= 19890108:
            return "平成", y - 1988
        return "昭和", y - 1925

    def date(self, t: tuple[int, int, int], form: str | None = None) -> str:
        r = self.r
        y, m, dd = t
        if form is None:
            form = r.choice(
                ["slash", "slash0", "kanji", "era", "eraabbr", "dash", "md", "mdw", "dot", "kanjiw", "slash", "eraabbr"]
            )
        if form == "slash":
            s = f"{y}/{m}/{dd}"
        elif form == "slash0":
            s = f"{y}/{m:02d}/{dd:02d}"
        elif form == "dash":
            s = f"{y}-{m:02d}-{dd:02d}"
        elif form == "dot":
            s = f"{y}.{m}.{dd}"
        elif form == "kanji":
            s = f"{y}年{m}月{dd}日"
        elif form == "kanjiw":
            s = f"{y}年{m}月{dd}日({self.wd(y, m, dd)})"
        elif form == "era":
            e, ey = self.era(y, m, dd)
            s = f"{e}{'元' if ey == 1 else ey}年{m}月{dd}日"
        elif form == "erakj":
            e, ey = self.era(y, m, dd)
            s = f"{e}{'元' if ey == 1 else _kj(ey)}年{_kj(m)}月{_kj(dd)}日"
        elif form == "eraabbr":
            e, ey = self.era(y, m, dd)
            s = f"{ {'令和': 'R', '平成': 'H', '昭和': 'S'}[e] }{ey}.{m}.{dd}".replace(" ", "")
        elif form == "md":
            s = f"{m}/{dd}"
        elif form == "mdw":
            s = f"{m}/{dd}({self.wd(y, m, dd)})"
        elif form == "mdk":
            s = f"{m}月{dd}日"
        elif form == "mdkw":
            s = f"{m}月{dd}日({self.wd(y, m, dd)})"
        else:
            s = f"{y}/{m}/{dd}"
        return self.fw(s, 0.1)

    def dt(self, t: tuple[int, int, int], form: str | None = None) -> str:
        r = self.r
        hh, mm = r.randint(8, 19), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        sep = r.choice([" ", " ", "  ", ""])
        tm = f"{hh}:{mm:02d}" if r.random() < 0.7 else f"{hh}時{mm:02d}分"
        return self.date(t, form) + sep + tm

    # ---------- numbers ----------
    def pid(self) -> str:
        r = self.r
        f = r.randint(0, 4)
        n = r.randint(0, 99999999)
        if f == 0:
            return f"{n:08d}"
        if f == 1:
            return f"{n:08d}"[:4] + "-" + f"{n:08d}"[4:]
        if f == 2:
            return f"{r.randint(100000, 9999999)}"
        if f == 3:
            return self.fw(f"{n:08d}", 1.0)
        return f"{r.randint(1, 9)}{n:08d}"[:9]

    def acc(self, t: tuple[int, int, int] | None = None) -> str:
        r = self.r
        y, m, dd = t or self.ymd()
        f = r.randint(0, 3)
        if f == 0:
            return f"{r.choice(['CT', 'MR', 'CR', 'RI', 'US'])}{y % 100:02d}{m:02d}{dd:02d}{r.randint(1, 999):04d}"
        if f == 1:
            return f"RA-{y}-{r.randint(1, 99999):06d}"
        if f == 2:
            return f"{y}{m:02d}{dd:02d}-{r.randint(1, 300):03d}"
        return f"A{r.randint(10000000, 99999999)}"

    def phone(self, kind: str = "any") -> str:
        r = self.r
        if kind == "any":
            kind = r.choice(["land", "mob", "mob", "land"])
        if kind == "mob":
            s = f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
            if r.random() < 0.2:
                s = s.replace("-", "")
        elif kind == "ext":
            s = str(r.randint(2000, 7999))
        else:
            a = r.choice(["03", "06", "045", "092", "011", "0942", "098", "052", "048", "0263"])
            rest = 10 - len(a)
            mid = 4 if rest == 8 else rest - 4
            s = f"{a}-{r.randint(10 ** (mid - 1), 10**mid - 1)}-{r.randint(1000, 9999)}"
            if r.random() < 0.15:
                s = f"({a}){s[len(a) + 1 :]}"
        return self.fw(s, 0.12)

    def addr(self, level: str = "full") -> str:
        r = self.r
        pf, city, town = r.choice(_PREFS)
        if level == "city":
            return pf + city
        if level == "town":
            return (pf if r.random() < 0.5 else "") + city + town
        chome = r.randint(1, 5)
        blk = f"{r.randint(1, 30)}-{r.randint(1, 20)}"
        tail = ""
        if r.random() < 0.35:
            tail = (
                r.choice([" コーポ桜", " ハイツ青葉", " メゾン・ド・ソレイユ", " 第2みどり荘"])
                + f"{r.randint(1, 9)}0{r.randint(1, 9)}"
            )
        form = r.randint(0, 2)
        if form == 0:
            s = f"{pf}{city}{town}{chome}丁目{blk}"
        elif form == 1:
            s = f"{pf}{city}{town}{chome}-{blk}"
        else:
            s = f"{city}{town}{_kj(chome)}丁目{blk}"
        return self.fw(s + tail, 0.1)

    def postal(self) -> str:
        return self.fw(f"{self.r.randint(100, 999)}-{self.r.randint(0, 9999):04d}", 0.1)

    def hosp(self) -> str:
        return self.r.choice(_HOSP)

    def dept(self) -> str:
        return self.r.choice(_DEPTS)

    def room(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.randint(3, 9)}0{r.randint(1, 9)}号室",
                f"{r.randint(3, 8)}東-{r.randint(1, 30)}",
                f"{r.randint(301, 812)}-{r.choice('ABCD')}",
            ]
        )

    def age(self, birth: tuple[int, int, int] | None = None) -> int:
        if birth:
            return max(0, 2024 - birth[0])
        return self.r.randint(18, 99)

    def agestr(self, a: int) -> str:
        return self.r.choice([f"{a}歳", f"{a}歳", f"{a}才", f"{a}y", f"{a}歳"])


# =====================================================================================================
# Style 1: hurried outpatient follow-up notes
# =====================================================================================================
def _s_outpatient(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    p = g.person()
    b = g.birth()
    pid = g.pid()
    today = g.ymd(2024, 2025)
    doc_ = g.staff()
    kind = r.randint(0, 2)
    hdr = r.randint(0, 2)
    if hdr == 0:
        d.t("【外来経過】")
        g.x(d, g.date(today, r.choice(["slash", "kanjiw", "eraabbr"])), "DATE")
        d.t("  ID ")
        g.x(d, pid, "ID")
        d.t("  ")
        g.x(d, g.name(p), "PERSON", "患者")
        d.t(r.choice([" 様", "様", " 殿", ""]) + " (")
        g.x(d, g.agestr(g.age(b)), "AGE")
        d.t(r.choice(["M", "F", "男", "女"]) + ")\n")
    elif hdr == 1:
        d.t("#")
        g.x(d, pid, "ID")
        d.t(" ")
        g.x(d, g.name(p, r.choice(["full", "kana", "romaji"])), "PERSON", "患者")
        d.t(" ")
        g.x(d, g.date(b, r.choice(["eraabbr", "era", "slash0"])), "DATE", "生年月日省略")
        d.t("生 ")
        g.x(d, g.agestr(g.age(b)), "AGE")
        d.t("\n受診日:")
        g.x(d, g.date(today, "mdw"), "DATE")
        d.t("\n")
    else:
        d.t("S)")
        g.x(d, g.name(p, "fam"), "PERSON", "本人")
        d.t(r.choice(["さん", "氏", "様"]) + "、")
        g.x(d, g.agestr(g.age(b)), "AGE")
        d.t("。")
    if kind == 0:
        dept = r.choice(["糖尿病内分泌内科", "総合診療科", "循環器内科", "腎臓内科"])
        d.t(r.choice(["S) ", "", "S:"]))
        d.t(r.choice(["特に変わりなし。", "著変なし、食欲あり", "最近ちょっと足むくむ とのこと。", "夜間頻尿2回"]))
        d.t(r.choice(["\n", " "]) + "家で測ったBP 130台/80台。\n")
        d.t("O) BP 1" + str(r.randint(18, 62)) + "/" + str(r.randint(62, 98)) + " P" + str(r.randint(58, 96)))
        d.t(f"  BW {r.randint(45, 92)}.{r.randint(0, 9)}kg\n   HbA1c {r.randint(58, 95) / 10:.1f}%  ")
        d.t(f"Cr {r.randint(60, 180) / 100:.2f} eGFR {r.randint(25, 90)}  LDL {r.randint(70, 180)}\n")
        d.t("A/P)\n ・DM 2型 コントロール" + r.choice(["まずまず", "やや不良", "良好"]) + "\n ・HTN → ARB継続\n")
        d.t(" ・前回(")
        g.x(d, g.date(g.ymd(2023, 2024), r.choice(["md", "mdk", "slash"])), "DATE", "前回")
        d.t(")の眼科受診→")
        g.x(d, g.hosp(), "FACILITY", "眼科クリニック")
        d.t(r.choice(["で単純網膜症なし", " 異常なしとの返事あり", "より返書未着"]) + "\n")
        d.t("Rp) Do処方 " + r.choice(["56日", "84日", "28日"]) + "分\n  メトホルミン500mg 2T 2x\n")
        d.t("  テネリア20mg 1T 1x朝  アジルバ20mg 1T\n")
        d.t("次回 ")
        g.x(d, g.date(g.ymd(2025, 2025), r.choice(["md", "mdw", "mdkw"])), "DATE", "次回予定日")
        d.t(" 採血後 " + r.choice(["9:30", "10時", "午前"]) + "\n")
    elif kind == 1:
        dept = r.choice(["外科", "乳腺外科", "消化器外科", "整形外科"])
        op = g.ymd(2023, 2024)
        d.t(r.choice(["POD", "術後"]) + str(r.randint(14, 400)) + r.choice(["", "日"]) + "  ")
        d.t(r.choice(["LAC(S状結腸ca)", "Bt+SN (lt BC)", "LC", "TKA rt", "幽門側胃切除 D2"]))
        d.t(" 術日 ")
        g.x(d, g.date(op, r.choice(["slash", "eraabbr", "dot"])), "DATE", "術日")
        d.t("\n執刀 ")
        g.x(d, g.name(g.staff(), "fam"), "PERSON", "主治医")
        d.t(r.choice(["Dr", "先生", " Dr."]) + "\n")
        d.t(
            "- 創部 きれい、発赤なし\n- 排便 1日2-3回 ややゆるい\n- "
            + r.choice(["CEA 2.1 → 2.4 n.p.", "腫瘍マーカー正常範囲"])
        )
        d.t("\n- CT(")
        g.x(d, g.date(g.ymd(2024, 2025), "md"), "DATE", "前回")
        d.t(") 再発所見なし  読影 ")
        g.x(d, g.name(g.staff(), "fam"), "PERSON", "放射線科医")
        d.t("先生\n")
        d.t("- 職場(")
        g.x(d, g.c(_WORK), "FACILITY", "勤務先")
        d.t(")へ" + r.choice(["復帰済み", "来月から復職予定", "診断書希望 → 作成"]) + "\n")
        d.t("Plan: 3ヶ月毎フォロー  次回CT ")
        g.x(d, g.date(g.ymd(2025, 2025), r.choice(["mdk", "slash0"])), "DATE", "次回")
        d.t("\n")
    else:
        dept = r.choice(["腫瘍内科", "血液内科", "呼吸器内科", "消化器内科"])
        d.t(r.choice(["膵癌 cT3N1M0", "肺腺癌 stage IVA EGFR ex19del", "DLBCL stage III", "胃癌 cStage IV (P1)"]))
        d.t(
            "\n  "
            + r.choice(["GnP", "osimertinib", "R-CHOP", "SOX+Nivo"])
            + " "
            + str(r.randint(2, 14))
            + "コース目 day1\n"
        )
        d.t("  紹介元: ")
        g.x(d, g.hosp(), "FACILITY", "前医")
        d.t(" ")
        g.x(d, g.name(g.staff()), "PERSON", "前医担当医")
        d.t(r.choice(["先生", " 先生", " Dr"]) + "\n")
        d.t("  PS " + str(r.randint(0, 2)) + "  G2 末梢神経障害(+)  食欲低下 G1\n")
        d.t("  WBC 3200 Neu 1800 Plt 14.2万 → 投与可\n")
        d.t("  家族(" + r.choice(["妻", "長女", "夫", "次男"]) + " ")
        g.x(d, g.name(g.person(0.05), r.choice(["full", "kana"])), "PERSON", "家族")
        d.t(")同席、ACP話し合い継続。連絡先 ")
        g.x(d, g.phone("mob"), "PHONE_NUMBER", "カルテ記載の番号")
        d.t("\n  次回 ")
        g.x(d, g.dt(g.ymd(2025, 2025), r.choice(["mdw", "md"])), "DATE", "次回")
        d.t(" 化学療法室\n")
    if r.random() < 0.6:
        d.t(r.choice(["SH) ", "社会歴: ", "※"]) + r.choice(["独居、", "妻と二人暮らし、", "長男家族と同居、"]))
        g.x(d, g.addr(r.choice(["city", "town"])), "ADDRESS", "市内")
        d.t(
            r.choice(["在住。", "在住 ", "から車で通院。"])
            + r.choice(["介護保険 要支援1", "ADL自立", "喫煙 20本x40年 (禁煙済)"])
        )
        d.t("\n")
    d.t(r.choice(["", "患者説明済、本人了解。\n", "家族への説明は次回。\n"]))
    d.t(r.choice(["\n", "\n―――\n", "\n\n"]))
    g.x(d, dept, "DEPARTMENT")
    d.t(" ")
    g.x(d, g.name(doc_, r.choice(["full", "fulls", "fam"])), "PERSON", "担当医")
    d.t(r.choice([" 記", "(記)", "  /sign", " 医師", ""]) + "\n")
    return g.known(p, [pid], b, [], [])


# =====================================================================================================
# Style 2: refill / prescription requests phoned in by family
# =====================================================================================================
def _s_refill(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    p = g.person()
    fam = g.person(0.05)
    fam["family"] = p["family"] if r.random() < 0.7 and not p["foreign"] else fam["family"]
    b = g.birth()
    pid = g.pid()
    tel = g.phone("any")
    nurse = g.staff()
    call = g.ymd(2024, 2025)
    rel = r.choice(["妻", "夫", "長男", "長女の嫁", "次女", "孫", "姪", "ヘルパー"])
    d.t(r.choice(["☎電話メモ", "【電話受付】", "TEL受", "電話連絡票"]) + "  ")
    g.x(d, g.dt(call, r.choice(["mdw", "slash", "kanji"])), "DATE")
    d.t("\n受: ")
    g.x(d, g.name(nurse, "fam"), "PERSON", "外来看護師")
    d.t(r.choice(["(Ns)", " Ns", "", "(クラーク)"]) + "\n")
    d.t("患者: ")
    g.x(d, g.name(p, r.choice(["full", "fulls", "kana"])), "PERSON", "本人")
    d.t(r.choice([" 様", "様", "さま", ""]) + " ID")
    g.x(d, pid, "ID")
    d.t(" ")
    if r.random() < 0.6:
        g.x(d, g.date(b, r.choice(["eraabbr", "era", "erakj", "slash"])), "DATE", "")
        d.t("生")
    d.t("\n")
    d.t("かけてきた人: " + rel + " ")
    g.x(d, g.name(fam, r.choice(["full", "kana", "hira"])), "PERSON", "家族")
    d.t(r.choice(["さん", "様", ""]) + "  TEL ")
    g.x(d, tel, "PHONE_NUMBER", "登録番号")
    d.t("\n")
    tmpl = r.randint(0, 2)
    if tmpl == 0:
        d.t("内容) いつもの薬が")
        g.x(d, g.date(g.ymd(2025, 2025), r.choice(["mdk", "md"])), "DATE", "今週末")
        d.t("で切れる。本人" + r.choice(["腰痛", "発熱", "歩行困難"]) + "のため来院できず。\n")
        d.t("  Do処方希望 → アムロジピン5mg、ランソプラゾール15mg、酸化Mg330mg 3T\n")
        d.t("  かかりつけ薬局: ")
        g.x(d, g.c(_PHARM), "FACILITY", "かかりつけ薬局")
        d.t("  FAX ")
        g.x(d, g.phone("land"), "PHONE_NUMBER", "薬局FAX")
        d.t("\n→ 主治医 ")
        g.x(d, g.name(g.staff(), "fam"), "PERSON", "主治医")
        d.t("先生に確認、" + r.choice(["OK 処方箋FAX済", "一度受診してほしいとのこと。折り返し済", "保留"]) + "\n")
    elif tmpl == 1:
        d.t("施設(")
        g.x(d, g.c(_CARE), "FACILITY", "入所施設")
        d.t(")から。\n・眠剤(ゾルピデム5mg)追加してほしい\n・血圧の薬なくなった\n")
        d.t("・住所変更あり→ 新: ")
        g.x(d, g.addr(), "ADDRESS", "施設住所")
        d.t("\n・次回予約 ")
        g.x(d, g.date(g.ymd(2025, 2025), "mdw"), "DATE", "次回")
        d.t(" 変更なし\n 医事課へ転送  担当 ")
        g.x(d, g.name(g.staff(), r.choice(["fam", "kana"])), "PERSON", "医事課担当")
        d.t("\n")
    else:
        d.t("「母が湿布と痛み止めがほしいと言ってる」 ロキソニンテープ70枚 + セレコックス\n")
        d.t(" 前回処方 ")
        g.x(d, g.date(g.ymd(2024, 2025), r.choice(["slash", "md", "eraabbr"])), "DATE", "前回")
        d.t(" 56日分 → まだ残ってるはず、本人に確認してもらう\n")
        d.t(" 折返し先 携帯 ")
        g.x(d, g.phone("mob"), "PHONE_NUMBER", "家族携帯")
        d.t("(" + rel + ")  日中はつながりにくい\n")
        d.t(" " + g.fw("17:10", 0.5) + " 折返し済 薬局(")
        g.x(d, g.c(_PHARM), "FACILITY", "薬局")
        d.t(")受取予定\n")
    if r.random() < 0.4:
        d.t("※保険証変更あり 保険者番号 ")
        g.x(d, f"{r.choice(['06', '01', '31', '39'])}{r.randint(130000, 479999)}", "INSURANCE_NUMBER", "(新)")
        d.t(" 記号 ")
        g.x(d, g.fw(str(r.randint(1, 9999)), 0.3), "INSURANCE_NUMBER", "(新)")
        d.t(" 番号 ")
        g.x(d, str(r.randint(1, 999)), "INSURANCE_NUMBER", "(新)")
        d.t(" → 次回来院時に原本確認\n")
    return g.known(p, [pid], b, [], [tel])


# =====================================================================================================
# Style 3: CT/MRI reception desk notes
# =====================================================================================================
def _s_reception(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    day = g.ymd(2024, 2025)
    d.t(r.choice(["CT/MRI受付 申し送り", "■放射線受付メモ", "画像受付ノート"]) + " ")
    g.x(d, g.date(day, r.choice(["kanjiw", "slash0", "mdkw"])), "DATE")
    d.t("\n記入 ")
    g.x(d, g.name(g.staff(), r.choice(["fam", "kana", "ini"])), "PERSON", "受付担当")
    d.t("\n\n")
    main = None
    ids: list[str] = []
    for _ in range(r.randint(4, 7)):
        p = g.person()
        pid = g.pid()
        if main is None:
            main, ids = p, [pid]
        t = r.randint(0, 3)
        d.t(r.choice(["・", "- ", "○", "* "]))
        d.t(f"{r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])} ")
        if t == 0:
            d.t(r.choice(["MRI(頭部)", "単純CT胸部", "造影CT 腹部骨盤", "MRCP"]) + " ")
            g.x(d, g.name(p, r.choice(["full", "kana"])), "PERSON", "患者")
            d.t("様 ")
            g.x(d, pid, "ID")
            d.t(" → " + r.choice(["来院遅れ 15分", "受付済", "キャンセル(本人より電話)"]) + "\n")
        elif t == 1:
            g.x(d, g.name(p, "fam"), "PERSON", "患者")
            d.t("さん ペースメーカー" + r.choice(["あり、MRI対応機種カード確認済", "手帳なし→ 主治医確認中"]))
            d.t("。紹介元 ")
            g.x(d, g.hosp(), "FACILITY", "紹介元")
            d.t(" TEL ")
            g.x(d, g.phone("land"), "PHONE_NUMBER", "紹介元番号")
            d.t("\n")
        elif t == 2:
            d.t("他院持参CD 1枚 (")
            g.x(d, g.name(p, r.choice(["romaji", "kana", "full"])), "PERSON", "患者")
            d.t(") 取込依頼 → PACS取込済 受付番号 ")
            g.x(d, g.acc(day), "ID")
            d.t("\n")
        else:
            d.t("車椅子 ")
            g.x(d, g.c(_WARD), "FACILITY", "病棟")
            d.t(" ")
            g.x(d, g.room(), "FACILITY", "病室")
            d.t(" ")
            g.x(d, g.name(p, r.choice(["full", "fam"])), "PERSON", "患者")
            d.t(" 様 ")
            g.x(d, g.agestr(g.age()), "AGE")
            d.t(" 酸素2L  迎え 内線")
            g.x(d, g.phone("ext"), "PHONE_NUMBER", "病棟内線")
            d.t("\n")
    d.t(r.choice(["\n明日の予約確認の電話:", "\n※", "\nその他:"]) + " ")
    g.x(d, g.name(g.person(), "fam"), "PERSON", "患者")
    d.t("様の家族から駐車場の問合せあり。対応済。\n")
    assert main is not None
    return g.known(main, ids, None, [], [])


# =====================================================================================================
# Style 4: radiology technologist work log
# =====================================================================================================
def _s_techlog(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    day = g.ymd(2024, 2025)
    tech = g.staff()
    d.t(r.choice(["CT室 業務日誌", "MRI 作業ログ", "技師業務記録(夜勤)"]) + "  ")
    g.x(d, g.date(day, r.choice(["slash0", "dash", "eraabbr"])), "DATE")
    d.t("  担当技師: ")
    g.x(d, g.name(tech, r.choice(["full", "fulls", "fam"])), "PERSON", "担当技師")
    d.t(r.choice(["", " (RT)", "\u3000"]) + "\n")
    d.t("装置: " + r.choice(["CT2 (SOMATOM)", "MR1 3T", "CT1/CT3"]) + "  始業点検 OK\n")
    d.t("-" * r.randint(10, 30) + "\n")
    main = None
    ids: list[str] = []
    for k in range(r.randint(4, 7)):
        p = g.person()
        pid = g.pid()
        if main is None:
            main, ids = p, [pid]
        acc = g.acc(day)
        d.t(f"{k + 1}) ")
        g.x(d, acc, "ID")
        d.t(r.choice([" / ", "  ", " | "]))
        g.x(d, pid, "ID")
        d.t(r.choice([" / ", "  ", " | "]))
        g.x(d, g.name(p, r.choice(["kana", "romaji", "full", "ini"])), "PERSON", "患者")
        d.t(" ")
        g.x(d, g.agestr(g.age()), "AGE")
        d.t(" " + r.choice(["胸腹部造影 3phase", "頭部単純", "冠動脈CTA", "腰椎MRI L4/5", "肝EOB", "下肢静脈"]))
        d.t(r.choice([" DLP 812", " CTDIvol 12.3", " 撮り直しなし", " 体動あり再撮", " 20G 右正中 4.0ml/s"]))
        if r.random() < 0.4:
            d.t(" 依頼医 ")
            g.x(d, g.name(g.staff(), "fam"), "PERSON", "依頼医")
            d.t(r.choice(["Dr", "先生", ""]) + "(")
            g.x(d, g.dept(), "DEPARTMENT")
            d.t(")")
        d.t("\n")
    d.t("\n引継ぎ: ")
    d.t(r.choice(["インジェクター2号機 圧リミット異常1回、メーカー(", "PACS送信遅延あり、情報システム("]))
    g.x(d, g.name(g.person(0.0), "fam"), "PERSON", "担当者")
    d.t(r.choice(["氏", "さん"]) + " 内線")
    g.x(d, g.phone("ext"), "PHONE_NUMBER", "担当内線")
    d.t(")連絡済\n確認: ")
    g.x(d, g.name(g.staff(), "ini"), "PERSON", "主任")
    d.t("\n")
    assert main is not None
    return g.known(main, ids, None, [], [])


# =====================================================================================================
# Style 5: contrast consent check sheet
# =====================================================================================================
def _s_consent(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    p = g.person()
    b = g.birth()
    pid = g.pid()
    exam = g.ymd(2024, 2025)
    d.t(r.choice(["造影剤使用前チェックリスト", "ヨード造影剤 同意確認", "Gd造影 問診・同意書確認"]) + "\n")
    d.t("患者ID ")
    g.x(d, pid, "ID")
    d.t("\n氏名 ")
    g.x(d, g.name(p, r.choice(["fulls", "fullfw", "full"])), "PERSON", "本人")
    d.t(r.choice(["  ", " "]) + "(")
    g.x(d, g.name(p, "kana"), "PERSON", "カナ省略")
    d.t(")\n生年月日 ")
    g.x(d, g.date(b, r.choice(["era", "erakj", "eraabbr", "kanji"])), "DATE", "(記載あり)")
    d.t("  年齢 ")
    g.x(d, g.agestr(g.age(b)), "AGE")
    if r.random() < 0.6:
        d.t("\n住所 〒")
        g.x(d, g.postal(), "POSTAL_CODE", "")
        d.t(r.choice([" ", "  ", "\n     "]))
        g.x(d, g.addr(), "ADDRESS", "(カルテ参照)")
    d.t("\n検査日時 ")
    g.x(d, g.dt(exam, r.choice(["kanjiw", "slash"])), "DATE")
    d.t("  オーダー番号 ")
    g.x(d, "OD" + g.acc(exam).replace("-", ""), "ID")
    d.t("\n\n")
    for q in ["造影剤副作用歴", "喘息", "腎機能 eGFR", "ビグアナイド内服", "妊娠の可能性"]:
        ans = r.choice(["なし", "なし", "あり", "不明"]) if q != "腎機能 eGFR" else str(r.randint(28, 95))
        d.t(f" □{q}: {ans}\n")
    if r.random() < 0.5:
        d.t(" 前回副作用: ")
        g.x(d, g.date(g.ymd(2019, 2023), r.choice(["eraabbr", "slash", "kanji"])), "DATE", "以前")
        d.t(" ")
        g.x(d, g.hosp(), "FACILITY", "他院")
        d.t("で蕁麻疹(軽度)→ 前投薬 ステロイド\n")
    d.t("\n同意者: " + r.choice(["本人", "本人", "代諾者 長男", "代諾者 妻"]) + " ")
    g.x(d, g.name(g.person(0.05) if r.random() < 0.4 else p, r.choice(["full", "fulls"])), "PERSON", "本人")
    d.t("\n署名日 ")
    g.x(d, g.date(exam, r.choice(["era", "slash"])), "DATE")
    d.t("  説明医 ")
    g.x(d, g.name(g.staff(), r.choice(["full", "fam"])), "PERSON", "担当医")
    d.t("  確認Ns ")
    g.x(d, g.name(g.staff(), "fam"), "PERSON", "担当看護師")
    d.t("\n緊急連絡先 ")
    tel = g.phone()
    g.x(d, tel, "PHONE_NUMBER", "カルテ記載")
    d.t(r.choice(["", " (自宅)", " (携帯)"]) + "\n")
    return g.known(p, [pid], b, [], [tel])


# =====================================================================================================
# Style 6: report distribution log + on-call handover
# =====================================================================================================
def _s_distrib(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    day = g.ymd(2024, 2025)
    rad1, rad2 = g.staff(), g.staff()
    main = None
    ids: list[str] = []
    if r.random() < 0.5:
        d.t("読影レポート配信ログ ")
        g.x(d, g.date(day, r.choice(["slash0", "dash"])), "DATE")
        d.t("\n時刻\t受付番号\t患者\t依頼科\t配信先\t状態\n")
        for _ in range(r.randint(5, 8)):
            p = g.person()
            acc = g.acc(day)
            if main is None:
                main, ids = p, [acc]
            d.t(f"{r.randint(8, 20):02d}:{r.randint(0, 59):02d}\t")
            g.x(d, acc, "ID")
            d.t("\t")
            g.x(d, g.name(p, r.choice(["full", "kana", "romaji"])), "PERSON", "患者")
            d.t("\t")
            if r.random() < 0.7:
                g.x(d, g.dept(), "DEPARTMENT")
            else:
                g.x(d, g.hosp(), "FACILITY", "紹介元")
            d.t("\t")
            if r.random() < 0.5:
                g.x(d, g.name(g.staff(), "fam"), "PERSON", "依頼医")
                d.t(r.choice(["Dr", "先生", ""]))
            else:
                d.t("FAX ")
                g.x(d, g.phone("land"), "PHONE_NUMBER", "登録FAX")
            d.t("\t" + r.choice(["送信済", "既読", "未読(24h超)", "エラー→再送", "重要所見 電話連絡済"]) + "\n")
        d.t("\n※重要所見通知: ")
        g.x(d, g.name(main, "fam"), "PERSON", "患者")
        d.t("様 肺結節増大 → 主治医 ")
        g.x(d, g.name(g.staff(), "fam"), "PERSON", "主治医")
        d.t("先生 PHS ")
        g.x(d, g.phone("ext"), "PHONE_NUMBER", "PHS")
        d.t(" へ口頭連絡 ")
        g.x(d, g.dt(day, "md"), "DATE")
        d.t("\n")
    else:
        d.t("【放射線科 当直引継ぎ】 ")
        g.x(d, g.date(day, r.choice(["mdkw", "slash", "kanjiw"])), "DATE")
        d.t(" ")
        g.x(d, g.name(rad1, "fam"), "PERSON", "当直医")
        d.t(" → ")
        g.x(d, g.name(rad2, "fam"), "PERSON", "翌日担当医")
        d.t("\n")
        for _ in range(r.randint(3, 5)):
            p = g.person()
            pid = g.pid()
            if main is None:
                main, ids = p, [pid]
            d.t("◆")
            g.x(d, g.c(_WARD), "FACILITY", "病棟")
            d.t(" ")
            g.x(d, g.name(p, r.choice(["full", "fam", "kana"])), "PERSON", "患者")
            d.t(" (")
            g.x(d, pid, "ID")
            d.t(") ")
            g.x(d, g.agestr(g.age()), "AGE")
            d.t(r.choice(["\n  ERからの頭部CT、SAHなし。ただし", " 腹部CT: "]))
            d.t(
                r.choice(
                    [
                        "free air疑い→外科コール済",
                        "PE 右下葉枝、循環器へ報告",
                        "速報のみ、正式レポート未",
                        "Th12圧迫骨折(新鮮?) MRI追加推奨",
                    ]
                )
            )
            d.t("\n")
        d.t("未読影 " + str(r.randint(3, 25)) + "件 (うち他院依頼 ")
        g.x(d, g.hosp(), "FACILITY", "他院")
        d.t(" 2件)\n連絡先: 当直携帯 ")
        g.x(d, g.phone("mob"), "PHONE_NUMBER", "当直携帯")
        d.t("\n")
    assert main is not None
    return g.known(main, ids, None, [], [])


# =====================================================================================================
# Style 7: teaching conference case list
# =====================================================================================================
def _s_conf(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    day = g.ymd(2024, 2025)
    d.t(
        r.choice(["画像カンファレンス 症例リスト", "キャンサーボード 提示症例", "研修医向け ティーチングカンファ"])
        + "\n"
    )
    d.t("日時: ")
    g.x(d, g.dt(day, r.choice(["kanjiw", "mdkw", "slash"])), "DATE")
    d.t("  場所: " + r.choice(["第2会議室", "放射線科読影室", "Web(Teams)"]) + "\n司会 ")
    g.x(d, g.name(g.staff(), r.choice(["full", "fam"])), "PERSON", "司会")
    d.t(r.choice(["先生", ""]) + "\n\n")
    main = None
    ids: list[str] = []
    for k in range(r.randint(4, 5)):
        p = g.person()
        pid = g.pid()
        if main is None:
            main, ids = p, [pid]
        d.t(f"Case{k + 1}. ")
        g.x(d, g.name(p, r.choice(["ini", "ini", "fam", "romaji"])), "PERSON", "患者")
        d.t(" ")
        g.x(d, g.agestr(g.age()), "AGE")
        d.t(r.choice(["男性", "女性", " M", " F"]) + " ID:")
        g.x(d, pid, "ID")
        d.t("\n   ")
        d.t(
            r.choice(
                [
                    "右肺S6 結節 2.3cm spiculaあり cT1cN0M0",
                    "膵頭部腫瘤 +主膵管拡張",
                    "肝S8 HCC 疑い, LI-RADS 5",
                    "橋本病 経過中の甲状腺腫大",
                    "川崎病既往 冠動脈瘤フォロー",
                ]
            )
        )
        d.t("\n   " + r.choice(["提示: ", "担当: "]))
        g.x(d, g.name(g.staff(), "fam"), "PERSON", "担当医")
        d.t(r.choice(["(研修医)", " Dr", "先生"]) + "  ")
        if r.random() < 0.5:
            d.t("紹介元 ")
            g.x(d, g.hosp(), "FACILITY", "紹介元")
            d.t("  初回撮像 ")
            g.x(d, g.date(g.ymd(2023, 2024), r.choice(["md", "slash", "eraabbr"])), "DATE", "前回")
        else:
            d.t("病理(")
            g.x(d, "S" + str(day[0] % 100) + "-" + str(r.randint(100, 9999)), "ID")
            d.t(") " + r.choice(["adenocarcinoma", "待ち", "腺癌 中分化"]))
        d.t("\n")
    d.t("\n※個人情報を含むため配布資料は回収します。\n")
    assert main is not None
    return g.known(main, ids, None, [], [])


# =====================================================================================================
# Style 8: letter returning imaging CDs
# =====================================================================================================
def _s_cdletter(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    p = g.person()
    b = g.birth()
    pid = g.pid()
    other = g.hosp()
    sent = g.ymd(2024, 2025)
    d.t(r.choice(["", "〒"]))
    if d.parts and d.parts[-1] == "〒":
        g.x(d, g.postal(), "POSTAL_CODE", "")
        d.t(" ")
    oaddr = g.addr()
    g.x(d, oaddr, "ADDRESS", "")
    d.t("\n")
    g.x(d, other, "FACILITY", "貴院")
    d.t("\n")
    g.x(d, g.dept(), "DEPARTMENT", "ご担当科")
    d.t(r.choice(["  ", " "]))
    g.x(d, g.name(g.staff(), r.choice(["full", "fulls"])), "PERSON", "ご担当")
    d.t(" 先生" + r.choice([" 御侍史", " 机下", ""]) + "\n\n")
    g.x(d, g.date(sent, r.choice(["era", "kanji", "erakj"])), "DATE")
    d.t("\n")
    me = g.hosp()
    g.x(d, me, "FACILITY", "当院")
    d.t(" 放射線科\n画像管理室 ")
    g.x(d, g.name(g.staff(), "fam"), "PERSON", "担当")
    d.t("\nTEL ")
    g.x(d, g.phone("land"), "PHONE_NUMBER")
    d.t(r.choice([" (直通)", "(代)", ""]) + "  内線 ")
    g.x(d, g.phone("ext"), "PHONE_NUMBER", "担当")
    d.t("\n\n" + r.choice(["画像CD返却のご案内", "貸出画像データ返却について", "CD-R ご返却の件"]) + "\n\n")
    d.t(
        "拝啓 時下ますますご清栄のこととお慶び申し上げます。\n先般ご紹介いただきました下記患者様の画像CDを、"
        "当院PACSへの取り込みが完了しましたのでご返却いたします。\n\n記\n"
    )
    d.t("  患者氏名: ")
    g.x(d, g.name(p, r.choice(["fulls", "full"])), "PERSON", "ご紹介患者")
    d.t(" 様 (")
    g.x(d, g.name(p, "kana"), "PERSON", "カナ省略")
    d.t(")\n  生年月日: ")
    g.x(d, g.date(b, r.choice(["era", "eraabbr", "slash"])), "DATE", "(略)")
    d.t("\n  貴院ID: ")
    g.x(d, g.pid(), "ID")
    d.t("  当院ID: ")
    g.x(d, pid, "ID")
    d.t("\n  内容: " + r.choice(["CT 胸腹部", "MRI 頭部", "PET-CT"]) + " 撮影日 ")
    g.x(d, g.date(g.ymd(2024, 2025), r.choice(["slash", "eraabbr", "kanji"])), "DATE", "前回")
    d.t(r.choice([" ほか計2枚", " 1枚", ""]) + "\n")
    d.t("\nなお当院での検査結果は主治医 ")
    g.x(d, g.name(g.staff(), "fam"), "PERSON", "主治医")
    d.t(r.choice(["医師", "先生"]) + "より別途ご報告いたします。\n敬具\n")
    return g.known(p, [pid], b, [], [])


# =====================================================================================================
# Style 9: complaint / thank-you note forwarded
# =====================================================================================================
def _s_voice(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    p = g.person()
    b = g.birth()
    addr = g.addr()
    tel = g.phone()
    em = g.fk.user_name() + str(r.randint(1, 99)) + "@" + r.choice(["example.jp", "mail.example.ne.jp", "ex-docomo.jp"])
    rec = g.ymd(2024, 2025)
    good = r.random() < 0.5
    d.t(r.choice(["【患者の声 転送】", "Fw: ご意見箱より", "患者相談窓口 → 各部署"]) + "\n受付日 ")
    g.x(d, g.date(rec, r.choice(["slash", "kanjiw", "eraabbr"])), "DATE")
    d.t("  受付者 ")
    g.x(d, g.name(g.staff(), r.choice(["fam", "full"])), "PERSON", "相談員")
    d.t("\n宛先: ")
    g.x(d, r.choice(["放射線科", "外来", "医事課"]) if r.random() < 0.3 else g.dept(), "DEPARTMENT")
    d.t(" 所属長\n\n----- 以下原文 -----\n")
    if good:
        d.t(r.choice(["先日", ""]))
        g.x(d, g.date(g.ymd(2024, 2025), r.choice(["mdk", "mdkw"])), "DATE", "先日")
        d.t("にMRIを受けた")
        g.x(d, g.name(p, r.choice(["full", "hira"])), "PERSON", "患者")
        d.t("の" + r.choice(["娘", "妻", "息子"]) + "です。\n閉所が苦手な母に技師の")
        g.x(d, g.name(g.staff(), r.choice(["fam", "hira"])), "PERSON", "担当技師")
        d.t("さんが何度も声をかけてくださり、無事に終わりました。受付の")
        g.x(d, g.name(g.staff(), "fam"), "PERSON", "受付")
        d.t("さんにも\nよろしくお伝えください。母は")
        g.x(d, g.agestr(g.age(b)), "AGE")
        d.t("ですが帰りの車で「あの病院ならまた行く」と言ってました。\n")
    else:
        d.t("予約時間に来たのに1時間半待たされた。CTの受付で名前を大声で呼ばれ")
        d.t(r.choice(["、", "\n"]) + "(")
        g.x(d, g.name(p, "full"), "PERSON", "本人")
        d.t(")近所の人に聞かれた。\n")
        g.x(d, g.dept(), "DEPARTMENT")
        d.t("の")
        g.x(d, g.name(g.staff(), "fam"), "PERSON", "担当医")
        d.t("医師は説明が早口で分からない。")
        g.x(d, g.date(g.ymd(2024, 2025), "md"), "DATE", "前回")
        d.t("の時も同じ。改善してほしい。\n")
    d.t("----- ここまで -----\n")
    if r.random() < 0.7:
        d.t("ご記入者連絡先: ")
        g.x(d, addr, "ADDRESS", "(記載あり)")
        d.t(r.choice(["  ", "\n"]))
        d.t(r.choice(["tel ", "TEL:", "☎"]))
        g.x(d, tel, "PHONE_NUMBER", "(記載あり)")
        d.t("  mail ")
        g.x(d, em, "EMAIL_ADDRESS", "(記載あり)")
        d.t("\n返信希望: " + r.choice(["あり", "なし", "あり(郵送)"]) + "\n")
    d.t("\n対応: " + r.choice(["所属長より本人へ電話", "部署内で共有し掲示", "来週の運営会議で報告"]) + "  ")
    g.x(d, g.date(g.ymd(2024, 2025), "md"), "DATE", "後日")
    d.t("\n")
    return g.known(p, [], b, [addr], [tel], [em])


# =====================================================================================================
# Style 10: appointment change log
# =====================================================================================================
def _s_apptlog(g: _G, d: Doc) -> dict[str, Any]:
    r = g.r
    d.t(r.choice(["予約変更履歴", "■予約変更ログ (放射線・外来)", "予約センター 変更記録"]) + "\n")
    main = None
    ids: list[str] = []
    for _ in range(r.randint(5, 8)):
        p = g.person()
        pid = g.pid()
        if main is None:
            main, ids = p, [pid]
        old, new = g.ymd(2025, 2025), g.ymd(2025, 2025)
        op = r.randint(0, 2)
        g.x(d, g.dt(g.ymd(2024, 2025), r.choice(["slash0", "dash"])), "DATE")
        d.t(" [")
        g.x(d, g.name(g.staff(), r.choice(["ini", "fam", "kana"])), "PERSON", "担当")
        d.t("] ")
        g.x(d, pid, "ID")
        d.t(" ")
        g.x(d, g.name(p, r.choice(["kana", "full", "romaji", "hira"])), "PERSON", "患者")
        d.t("\n    ")
        if op == 0:
            g.x(d, g.date(old, r.choice(["md", "mdw"])), "DATE", "元の日")
            d.t(" " + r.choice(["MRI", "CT", "外来"]) + " → ")
            g.x(d, g.dt(new, r.choice(["md", "mdw", "mdk"])), "DATE", "変更後")
            d.t("  理由: " + r.choice(["仕事", "体調不良", "家族の付き添い都合", "台風のため"]) + "\n")
        elif op == 1:
            d.t("キャンセル (")
            g.x(d, g.date(old, "mdkw"), "DATE", "予約日")
            d.t(") 家族より電話 ")
            g.x(d, g.phone(), "PHONE_NUMBER", "登録番号")
            d.t(" " + r.choice(["入院中のため", "転居のため", "他院で施行済"]))
            if r.random() < 0.5:
                d.t("→ 転居先 ")
                g.x(d, g.addr(r.choice(["city", "town"])), "ADDRESS", "県外")
            d.t("\n")
        else:
            d.t("新規 " + r.choice(["乳腺エコー", "骨密度", "心臓MRI"]) + " ")
            g.x(d, g.dt(new, "slash"), "DATE", "後日")
            d.t(" 紹介状持参 ")
            g.x(d, g.hosp(), "FACILITY", "紹介元")
            d.t("\n")
    assert main is not None
    return g.known(main, ids, None, [], [])


_STYLES = [
    _s_outpatient,
    _s_refill,
    _s_reception,
    _s_techlog,
    _s_consent,
    _s_distrib,
    _s_conf,
    _s_cdletter,
    _s_voice,
    _s_apptlog,
]


def generate_ag(n_phi: int = 60, n_clean: int = 15, seed: int = 24230) -> list[dict]:
    """Return n_phi PHI documents followed by n_clean PHI-free documents (family AG)."""
    rng = random.Random(seed)
    fk = Faker("ja_JP")
    fk.seed_instance(seed)
    docs: list[dict] = []
    for i in range(n_phi):
        g = _G(rng, fk, True)
        d = Doc(id=f"ag-phi-{i:03d}")
        known = _STYLES[i % len(_STYLES)](g, d)
        # attach `known` (~30% of PHI docs) only where the style knows the patient's birth date
        attach = known.get("birth_date") is not None and rng.random() < 0.6
        docs.append(d.out(known if attach else None))
    for i in range(n_clean):
        g = _G(rng, fk, False)
        d = Doc(id=f"ag-clean-{i:03d}")
        _STYLES[i % len(_STYLES)](g, d)
        docs.append(d.out(None))
    return docs
