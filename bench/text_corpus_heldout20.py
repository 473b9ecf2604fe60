"""Blind held-out text corpus, family AC.

Written blind: the author did not read the de-identification tool's code, policies, docs, tests, the other
bench corpora or the evaluation script, and did not run the tool on this corpus.  All data are synthetic
(seeded Faker("ja_JP") plus hand-made lists).

Theme: Japanese diagnostic radiology reports as different hospitals' reporting systems print them.

Styles (PHI documents cycle through them in this order):
  0. CT report, form-like header block of a large-hospital RIS (依頼科/依頼医/検査日時/受付番号/患者ID/氏名カナ/
     生年月日/年齢/性別/病棟), 臨床情報, 所見, 診断, 比較 with in-house and outside priors, resident + supervisor sign.
  1. MRI report with English section headings (Clinical information / Comparison / Findings / Impression),
     incl. prostate PI-RADS v2.1 structured block and brain/spine variants.
  2. Plain X-ray (chest / bedside portable / orthopaedic) short reports, half-width kana names from an old
     system, mixed full/half-width digits, ward/room/bed.
  3. Abdominal ultrasound report with liver LI-RADS / structured lesion table, sonographer + physician.
  4. Fluoroscopy (VF 嚥下造影, 注腸, ERCP/DIC, myelography) free-text reports with staff lists.
  5. Lung nodule structured CT report (Lung-RADS / Fleischner) with a table of priors from outside clinics and
     health-check centres, key-image notes.
  6. Critical-result notification record (緊急所見連絡): who phoned whom, when, PHS numbers, read-back.
  7. Report amendment / addendum (訂正報告・追記) quoting the original report and the reason for change.
  8. Radiology-pathology correlation note (Rad-Path カンファレンス) with pathology numbers, surgery date, staging.
  9. Regional shared-use examination report (地域連携 共同利用検査) returned to a referring clinic: patient address,
     postal code, phones, clinic fax/e-mail, sometimes insurance numbers, teleradiology variant with URL.

Labelling choices a scorer should know:
  * AGE spans include the unit: "72歳", "72才", "72y" -> span covers number+unit ("72歳"); "Y" in
    "72Y/M" header shorthand is included ("72Y"); a bare age number in a legacy header ("F 68") is AGE.
  * A date with its clock time is one DATE span ("2024/05/13 14:32"); weekday in parentheses is included when
    it directly follows the date ("2024年5月13日(月)"); bare clock times ("14:25") are not labelled.
  * Birth dates are DATE.  Prior-exam dates, surgery dates, biopsy dates, report/approval dates are DATE.
  * PERSON spans never include 様/さん/氏/先生/医師/Dr./Ns/技師; full names with an inner space are one span.
    Initials ("K.T.") are labelled PERSON only where they clearly sign for a person.
  * Accession/受付番号, オーダ番号, 患者ID, 病理番号, 検体番号, 紹介状管理番号, study/registry numbers -> ID.
  * Wards ("5階東病棟", "7W", "HCU") are FACILITY only when named ward/room/bed tied to the patient; room and bed
    ("512号室", "3ベッド"/"512-3") -> FACILITY.  Bare "ICU" alone is labelled FACILITY when it is the patient's
    location.  Hospitals/clinics/health-check centres (incl. outside prior exams) -> FACILITY.
  * 依頼科 and signature departments ("放射線診断科", also "健診センター" as requester) -> DEPARTMENT.  Department
    words inside fixed clinical recommendation sentences ("脳神経外科へのコンサルトを推奨") are NOT labelled.
  * Phone / FAX / PHS / 内線: digits only (with hyphens) -> PHONE_NUMBER; the label stays outside.
  * Insurance: 保険者番号, 記号, 番号 are three separate INSURANCE_NUMBER spans.
  * Clinical content is never labelled: segments (S6, S4/8), vertebrae (L4/5, Th12), staging (cT2N0M0),
    sizes, series/image numbers ("Se4 Im123"), drug/contrast names, eponyms (Klatskin, Couinaud, Bosniak,
    Fleischner, Lung-RADS), and device names.
  * Clean documents use the same templates with identifiers replaced by generic phrases (当院, 前医, 主治医, 本日,
    前回, 担当医 ...).  They carry no spans and no `known`.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata
from typing import Any, ClassVar

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------------------------------------
# name material
# ---------------------------------------------------------------------------------------------------------

# (kanji, kana, romaji): rare surnames, single-kanji surnames, place-name surnames, words / clinical-looking
_SURNAMES_EXTRA: list[tuple[str, str, str]] = [
    ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("月見里", "ヤマナシ", "Yamanashi"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("肝付", "キモツキ", "Kimotsuki"),
    ("一", "ニノマエ", "Ninomae"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("関", "セキ", "Seki"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("左", "ヒダリ", "Hidari"),
    ("原", "ハラ", "Hara"),
    ("辻", "ツジ", "Tsuji"),
    ("千葉", "チバ", "Chiba"),
    ("長野", "ナガノ", "Nagano"),
    ("福岡", "フクオカ", "Fukuoka"),
    ("熊本", "クマモト", "Kumamoto"),
    ("奈良", "ナラ", "Nara"),
    ("秋田", "アキタ", "Akita"),
    ("宮崎", "ミヤザキ", "Miyazaki"),
    ("影山", "カゲヤマ", "Kageyama"),
    ("右田", "ミギタ", "Migita"),
    ("増田", "マスダ", "Masuda"),
    ("白石", "シロイシ", "Shiroishi"),
    ("首藤", "シュトウ", "Shuto"),
    ("腰塚", "コシヅカ", "Koshizuka"),
    ("足立", "アダチ", "Adachi"),
    ("手塚", "テヅカ", "Tezuka"),
    ("脇", "ワキ", "Waki"),
    ("中心", "ナカゴ", "Nakago"),
    ("結城", "ユウキ", "Yuki"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("日下部", "クサカベ", "Kusakabe"),
    ("我妻", "ワガツマ", "Wagatsuma"),
    ("仲宗根", "ナカソネ", "Nakasone"),
    ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"),
    ("門", "カド", "Kado"),
    ("春", "ハル", "Haru"),
    ("平", "タイラ", "Taira"),
    ("大和田", "オオワダ", "Owada"),
    ("明石", "アカシ", "Akashi"),
    ("今", "コン", "Kon"),
    ("星", "ホシ", "Hoshi"),
]

_GIVEN_EXTRA: list[tuple[str, str, str, str]] = [
    ("さくら", "サクラ", "Sakura", "F"),
    ("ひなた", "ヒナタ", "Hinata", "F"),
    ("まさ", "マサ", "Masa", "F"),
    ("キヨ", "キヨ", "Kiyo", "F"),
    ("ハル", "ハル", "Haru", "F"),
    ("とめ", "トメ", "Tome", "F"),
    ("マリア", "マリア", "Maria", "F"),
    ("光", "ヒカル", "Hikaru", "M"),
    ("一", "ハジメ", "Hajime", "M"),
    ("正", "タダシ", "Tadashi", "M"),
    ("勇", "イサム", "Isamu", "M"),
    ("健太郎", "ケンタロウ", "Kentaro", "M"),
    ("翔", "ショウ", "Sho", "M"),
    ("陽菜", "ヒナ", "Hina", "F"),
    ("美智子", "ミチコ", "Michiko", "F"),
    ("千代", "チヨ", "Chiyo", "F"),
]

# foreign residents: (family as written, given as written, family kana, given kana, family romaji, given romaji)
_FOREIGN: list[tuple[str, str, str, str, str, str]] = [
    ("グエン", "ヴァン アン", "グエン", "ヴァン アン", "NGUYEN", "VAN AN"),
    ("チャン", "ティ ホア", "チャン", "ティ ホア", "TRAN", "THI HOA"),
    ("王", "偉", "オウ", "イ", "WANG", "WEI"),
    ("李", "明華", "リ", "ミンファ", "LI", "MINGHUA"),
    ("金", "恩知", "キム", "ウンジ", "KIM", "EUNJI"),
    ("朴", "成浩", "パク", "ソンホ", "PARK", "SUNGHO"),
    ("サントス", "マリア", "サントス", "マリア", "SANTOS", "MARIA"),
    ("シルバ", "ジョアン", "シルバ", "ジョアン", "SILVA", "JOAO"),
    ("スミス", "ジョン", "スミス", "ジョン", "SMITH", "JOHN"),
    ("グルン", "ラム", "グルン", "ラム", "GURUNG", "RAM"),
    ("レイエス", "アナ", "レイエス", "アナ", "REYES", "ANA"),
]

# ---------------------------------------------------------------------------------------------------------
# place / facility material
# ---------------------------------------------------------------------------------------------------------

_PREF_CITY: list[tuple[str, str, str]] = [
    # (prefecture, city/ward, phone area code)
    ("東京都", "世田谷区", "03"),
    ("東京都", "八王子市", "042"),
    ("神奈川県", "横浜市港北区", "045"),
    ("神奈川県", "相模原市南区", "042"),
    ("埼玉県", "川越市", "049"),
    ("千葉県", "船橋市", "047"),
    ("茨城県", "つくば市", "029"),
    ("栃木県", "宇都宮市", "028"),
    ("群馬県", "高崎市", "027"),
    ("静岡県", "浜松市中央区", "053"),
    ("愛知県", "名古屋市昭和区", "052"),
    ("大阪府", "堺市北区", "072"),
    ("大阪府", "豊中市", "06"),
    ("兵庫県", "姫路市", "079"),
    ("京都府", "京都市左京区", "075"),
    ("広島県", "福山市", "084"),
    ("福岡県", "北九州市小倉北区", "093"),
    ("宮城県", "仙台市青葉区", "022"),
    ("北海道", "旭川市", "0166"),
    ("新潟県", "長岡市", "0258"),
    ("長野県", "松本市", "0263"),
    ("岡山県", "倉敷市", "086"),
    ("熊本県", "熊本市東区", "096"),
    ("沖縄県", "浦添市", "098"),
]

_PLACE_STEMS = [
    "北見原",
    "桜ヶ丘",
    "湊川",
    "東雲",
    "若葉台",
    "青葉",
    "柏木",
    "南山",
    "西大路",
    "城北",
    "緑ヶ浜",
    "朝霧",
    "白鷺",
    "みなと",
    "高砂",
    "泉",
    "鷹ノ台",
    "千歳",
    "美原",
    "双葉",
]
_HOSP_PATTERNS = [
    "{p}総合病院",
    "{p}中央病院",
    "{p}市民病院",
    "{p}医療センター",
    "{p}赤十字病院",
    "{p}記念病院",
    "{p}大学医学部附属病院",
    "{p}済生会病院",
    "独立行政法人{p}医療センター",
    "{p}労災病院",
]
_CLINIC_PATTERNS = [
    "{s}内科クリニック",
    "{s}整形外科",
    "{p}ファミリークリニック",
    "{s}医院",
    "医療法人社団{p}会 {s}クリニック",
    "{p}駅前内科",
    "{s}泌尿器科クリニック",
    "{p}消化器内科クリニック",
    "{p}在宅クリニック",
]
_CHECKUP_PATTERNS = [
    "{p}健診センター",
    "{p}総合健診プラザ",
    "{p}人間ドッククリニック",
    "{p}画像診断クリニック",
]
_CARE_PATTERNS = ["特別養護老人ホーム{p}苑", "介護老人保健施設{p}", "グループホーム{p}の家", "{p}ケアセンター"]

_DEPTS = [
    "呼吸器内科",
    "消化器内科",
    "循環器内科",
    "泌尿器科",
    "整形外科",
    "脳神経内科",
    "脳神経外科",
    "救急科",
    "総合診療科",
    "腎臓内科",
    "消化器外科",
    "呼吸器外科",
    "乳腺外科",
    "婦人科",
    "血液内科",
    "リウマチ科",
    "耳鼻咽喉科",
    "肝胆膵内科",
    "内分泌代謝内科",
    "小児科",
]
_RAD_DEPTS = ["放射線診断科", "放射線科", "画像診断科", "放射線部", "画像診断センター"]

_WEEK_JA = "月火水木金土日"
_WEEK_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# full-width <-> half-width helpers
_FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _build_hw_kana() -> dict[str, str]:
    table: dict[str, str] = {}
    for cp in range(0xFF66, 0xFF9E):
        h = chr(cp)
        full = unicodedata.normalize("NFKC", h)
        table.setdefault(full, h)
        for mark in ("\uff9e", "\uff9f"):
            comb = unicodedata.normalize("NFKC", h + mark)
            if len(comb) == 1:
                table.setdefault(comb, h + mark)
    table["ー"] = "\uff70"
    table["　"] = " "
    return table


_HW_KANA = _build_hw_kana()


def _hw(s: str) -> str:
    return "".join(_HW_KANA.get(c, c) for c in s)


def _fw(s: str) -> str:
    return s.translate(_FW_DIGITS)


# ---------------------------------------------------------------------------------------------------------
# generation context
# ---------------------------------------------------------------------------------------------------------


class _B:
    """Builder around Doc; in clean mode every identifier is replaced by a generic phrase."""

    _ALT: ClassVar[dict[str, str]] = {
        "PERSON": "担当医",
        "ID": "（省略）",
        "DATE": "本日",
        "AGE": "成人",
        "PHONE_NUMBER": "院内連絡先",
        "ADDRESS": "自宅",
        "POSTAL_CODE": "―",
        "FACILITY": "当院",
        "DEPARTMENT": "依頼科",
        "EMAIL_ADDRESS": "連携室窓口",
        "URL": "院内ポータル",
        "MY_NUMBER": "（省略）",
        "INSURANCE_NUMBER": "（省略）",
    }

    def __init__(self, did: str, phi: bool) -> None:
        self.d = Doc(did)
        self.phi = phi

    def t(self, s: str) -> _B:
        self.d.t(s)
        return self

    def p(self, s: str, kind: str, alt: str | None = None) -> _B:
        if self.phi:
            self.d.p(s, kind)
        else:
            self.d.t(self._ALT[kind] if alt is None else alt)
        return self


class _Ctx:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fk = Faker("ja_JP")
        self.fk.seed_instance(seed)

    # -- small random helpers ------------------------------------------------------------------------------
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def maybe(self, prob: float) -> bool:
        return self.r.random() < prob

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def mixw(self, s: str, prob: float = 0.2) -> str:
        """Occasionally render digits full-width (old RIS exports, IME input)."""
        return _fw(s) if self.maybe(prob) else s

    def sp(self) -> str:
        return self.ch([" ", " ", "　", "", "  "])

    def colon(self) -> str:
        return self.ch(["：", ":", ": ", "： ", "："])

    # -- people --------------------------------------------------------------------------------------------
    def person(self, sex: str | None = None, foreign_ok: bool = True) -> dict[str, str]:
        sex = sex or self.ch("MF")
        if foreign_ok and self.maybe(0.08):
            f = self.ch(_FOREIGN)
            return {
                "family": f[0],
                "given": f[1],
                "family_kana": f[2],
                "given_kana": f[3],
                "family_romaji": f[4].title(),
                "given_romaji": f[5].title(),
                "sex": sex,
                "foreign": "1",
            }
        fam = self.ch(_SURNAMES_EXTRA) if self.maybe(0.3) else self.fk.last_name_pair()
        if self.maybe(0.12):
            g = self.ch(_GIVEN_EXTRA)
            giv = g[:3]
            sex = g[3]
        elif sex == "M":
            giv = self.fk.first_name_male_pair()
        else:
            giv = self.fk.first_name_female_pair()
        return {
            "family": fam[0],
            "given": giv[0],
            "family_kana": fam[1],
            "given_kana": giv[1],
            "family_romaji": fam[2],
            "given_romaji": giv[2],
            "sex": sex,
        }

    def pname(self, pe: dict[str, str], form: str | None = None) -> str:
        """Patient-style name rendering."""
        form = form or self.ch(["kanji_sp", "kanji_sp", "kanji", "kana_sp", "romaji_up", "kanji_fsp"])
        return self.name_form(pe, form)

    def name_form(self, pe: dict[str, str], form: str) -> str:
        f, g = pe["family"], pe["given"]
        fk, gk = pe["family_kana"], pe["given_kana"]
        fr, gr = pe["family_romaji"], pe["given_romaji"]
        if form == "kanji":
            return f + g if not pe.get("foreign") else f + "　" + g
        if form == "kanji_sp":
            return f + " " + g
        if form == "kanji_fsp":
            return f + "　" + g
        if form == "kana_sp":
            return fk + "　" + gk
        if form == "kana":
            return fk + " " + gk
        if form == "hwkana":
            return _hw(fk) + " " + _hw(gk)
        if form == "romaji_up":
            return fr.upper() + " " + gr.upper()
        if form == "romaji_gf":
            return gr + " " + fr
        if form == "romaji_comma":
            return fr.upper() + ", " + gr
        if form == "fam":
            return f
        if form == "fam_kana":
            return fk
        if form == "fam_romaji":
            return fr
        if form == "init":
            return f"{gr[0]}.{fr[0]}."
        if form == "init_fg":
            return f"{fr[0]}.{gr[0]}."
        if form == "romaji_initial":
            return f"{gr[0]}. {fr}"
        raise ValueError(form)

    def staff(self) -> dict[str, str]:
        return self.person(foreign_ok=False) if self.maybe(0.95) else self.person()

    def sname(self, pe: dict[str, str]) -> str:
        """Staff-style rendering (signatures, callers)."""
        return self.name_form(pe, self.ch(["fam", "fam", "kanji_sp", "kanji", "kanji_fsp"]))

    # -- dates ---------------------------------------------------------------------------------------------
    def exam_date(self) -> _dt.datetime:
        base = _dt.datetime(2022, 4, 1)
        d = base + _dt.timedelta(days=self.r.randint(0, 1000))
        return d.replace(hour=self.r.randint(8, 19), minute=self.r.randint(0, 59))

    def birth_for(self, exam: _dt.datetime, lo: int = 18, hi: int = 97) -> tuple[_dt.date, int]:
        age = self.r.randint(lo, hi)
        if self.maybe(0.05):
            age = self.r.randint(90, 101)
        b = exam.date() - _dt.timedelta(days=age * 365 + self.r.randint(5, 360))
        a = exam.year - b.year - ((exam.month, exam.day) < (b.month, b.day))
        return b, a

    @staticmethod
    def era(d: _dt.date) -> tuple[str, str, int]:
        if d >= _dt.date(2019, 5, 1):
            return "令和", "R", d.year - 2018
        if d >= _dt.date(1989, 1, 8):
            return "平成", "H", d.year - 1988
        if d >= _dt.date(1926, 12, 25):
            return "昭和", "S", d.year - 1925
        return "大正", "T", d.year - 1911

    def fdate(self, d: _dt.date | _dt.datetime, style: str | None = None, time: bool = False, wd: bool = False) -> str:
        style = style or self.ch(["slash", "slash", "hyphen", "kanji", "era", "eraabbr", "dot", "slash0"])
        dd = d.date() if isinstance(d, _dt.datetime) else d
        y, m, dy = dd.year, dd.month, dd.day
        en, ea, ey = self.era(dd)
        if style == "slash":
            s = f"{y}/{m:02d}/{dy:02d}"
        elif style == "slash0":
            s = f"{y}/{m}/{dy}"
        elif style == "hyphen":
            s = f"{y}-{m:02d}-{dy:02d}"
        elif style == "dot":
            s = f"{y}.{m}.{dy}"
        elif style == "kanji":
            s = f"{y}年{m}月{dy}日"
        elif style == "kanji0":
            s = f"{y}年{m:02d}月{dy:02d}日"
        elif style == "era":
            s = f"{en}{ey if ey > 1 else '元'}年{m}月{dy}日"
        elif style == "eraabbr":
            s = f"{ea}{ey}.{m}.{dy}"
        elif style == "eraabbr0":
            s = f"{ea}{ey:02d}.{m:02d}.{dy:02d}"
        elif style == "short":
            s = f"{y % 100:02d}/{m:02d}/{dy:02d}"
        elif style == "md":
            s = f"{m}/{dy}"
        elif style == "mdk":
            s = f"{m}月{dy}日"
        elif style == "compact":
            s = f"{y}{m:02d}{dy:02d}"
        elif style == "kansuji":
            s = f"{_kansuji_year(y)}年{_kansuji(m)}月{_kansuji(dy)}日"
        elif style == "en":
            s = dd.strftime("%d-%b-%Y")
        elif style == "enus":
            s = f"{m:02d}/{dy:02d}/{y}"
        else:
            raise ValueError(style)
        if wd:
            w = dd.weekday()
            if style in ("en", "enus"):
                s += f" ({_WEEK_EN[w]})"
            else:
                s += self.ch([f"({_WEEK_JA[w]})", f"（{_WEEK_JA[w]}）"])
        if time and isinstance(d, _dt.datetime):
            s += self.ch([" ", "  ", " ", "　"]) + self.ch(
                [f"{d.hour:02d}:{d.minute:02d}", f"{d.hour}時{d.minute:02d}分"]
            )
        return s

    def bdate(self, b: _dt.date) -> str:
        return self.fdate(b, self.ch(["era", "eraabbr", "eraabbr0", "slash", "kanji", "hyphen", "kanji0"]))

    def age(self, a: int) -> str:
        return self.ch([f"{a}歳", f"{a}歳", f"{a}才", f"{a}y", f"{a}歳"])

    # -- ids -------------------------------------------------------------------------------------------------
    def pid(self) -> str:
        return self.ch(
            [
                self.digits(8),
                self.digits(8),
                "00" + self.digits(8),
                self.digits(7),
                self.digits(3) + "-" + self.digits(4),
                "P" + self.digits(7),
            ]
        )

    def acc(self, mod: str, d: _dt.datetime) -> str:
        ymd = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
        return self.ch(
            [
                f"{mod}{ymd}{self.digits(4)}",
                f"{d.year}{d.month:02d}{d.day:02d}{self.digits(5)}",
                f"A{self.digits(9)}",
                f"{mod}-{d.year % 100:02d}-{self.digits(6)}",
                f"R{self.digits(10)}",
            ]
        )

    def order_no(self, d: _dt.datetime) -> str:
        return self.ch(
            [f"OD{d.year}{d.month:02d}{self.digits(6)}", self.digits(12), f"{self.digits(6)}-{self.digits(3)}"]
        )

    def path_no(self, d: _dt.datetime) -> str:
        return self.ch(
            [
                f"S{d.year % 100:02d}-{self.digits(5)}",
                f"P{d.year}-{self.digits(4)}",
                f"{d.year % 100}S{self.digits(4)}",
                f"B{d.year % 100:02d}-{self.digits(4)}",
            ]
        )

    # -- contact ---------------------------------------------------------------------------------------------
    def phone(self, area: str | None = None) -> str:
        area = area or self.ch([pc[2] for pc in _PREF_CITY])
        rest = 10 - len(area)
        mid = 4 if rest == 8 else (3 if rest == 7 else (2 if rest == 6 else 1))
        local = self.digits(rest)
        return f"{area}-{local[:mid]}-{local[mid:]}"

    def mobile(self) -> str:
        return f"{self.ch(['090', '080', '070'])}-{self.digits(4)}-{self.digits(4)}"

    def phs(self) -> str:
        return self.ch([self.digits(4), self.digits(4), self.digits(3), "7" + self.digits(3), self.digits(5)])

    def address(self) -> tuple[str, str, str]:
        pref, city, area = self.ch(_PREF_CITY)
        town = self.fk.town()
        blk = self.ch(
            [
                f"{self.r.randint(1, 5)}丁目{self.r.randint(1, 30)}番{self.r.randint(1, 20)}号",
                f"{self.r.randint(1, 5)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)}",
                f"{self.r.randint(1, 4)}丁目{self.r.randint(1, 25)}-{self.r.randint(1, 15)}",
                f"{self.r.randint(100, 2999)}番地",
                f"{self.r.randint(1, 999)}-{self.r.randint(1, 9)}",
            ]
        )
        bld = ""
        if self.maybe(0.3):
            bld = (
                self.ch([" ", "　", ""]) + self.fk.building_name() + f"{self.r.randint(101, 1205)}号室"
                if self.maybe(0.5)
                else f" {self.fk.building_name()}{self.r.randint(101, 905)}"
            )
        full = (pref if self.maybe(0.8) else "") + city + town + self.mixw(blk, 0.15) + bld
        return full, area, pref + city

    def postal(self) -> str:
        return f"{self.digits(3)}-{self.digits(4)}"

    # -- facilities ------------------------------------------------------------------------------------------
    def hospital(self) -> str:
        return self.ch(_HOSP_PATTERNS).format(p=self.ch(_PLACE_STEMS))

    def clinic(self) -> str:
        s = self.fk.last_name() if self.maybe(0.6) else self.ch(_PLACE_STEMS)
        return self.ch(_CLINIC_PATTERNS).format(p=self.ch(_PLACE_STEMS), s=s)

    def checkup(self) -> str:
        return self.ch(_CHECKUP_PATTERNS).format(p=self.ch(_PLACE_STEMS))

    def care_home(self) -> str:
        return self.ch(_CARE_PATTERNS).format(p=self.ch(_PLACE_STEMS))

    def outside(self) -> str:
        return self.ch([self.hospital, self.clinic, self.clinic, self.checkup])()

    def ward(self) -> str:
        return self.ch(
            [
                f"{self.r.randint(3, 12)}階{self.ch(['東', '西', '南', '北'])}病棟",
                f"{self.r.randint(3, 11)}{self.ch(['E', 'W', 'N', 'S'])}",
                f"{self.ch(['東', '西', '南'])}{self.r.randint(3, 9)}病棟",
                self.ch(["HCU", "ICU", "SCU", "CCU", "救命ICU", "緩和ケア病棟", "回復期リハ病棟"]),
                f"{self.r.randint(3, 9)}F{self.ch(['A', 'B'])}",
            ]
        )

    def room(self) -> str:
        return self.ch(
            [
                f"{self.r.randint(3, 12)}{self.r.randint(1, 3)}{self.r.randint(1, 9)}号室",
                f"{self.r.randint(301, 1220)}-{self.r.randint(1, 4)}",
                f"{self.r.randint(301, 920)}",
            ]
        )

    def dept(self) -> str:
        return self.ch(_DEPTS)

    def raddept(self) -> str:
        return self.ch(_RAD_DEPTS)

    def known(
        self,
        pe: dict[str, str],
        pid: str | None,
        birth: _dt.date | None,
        addr: str | None = None,
        phone: str | None = None,
        email: str | None = None,
    ) -> dict[str, Any]:
        return {
            "names": [
                {
                    "family": pe["family"],
                    "given": pe["given"],
                    "family_kana": pe["family_kana"],
                    "given_kana": pe["given_kana"],
                    "family_romaji": pe["family_romaji"],
                    "given_romaji": pe["given_romaji"],
                }
            ],
            "ids": [pid] if pid else [],
            "birth_date": birth.isoformat() if birth else None,
            "addresses": [addr] if addr else [],
            "phones": [phone] if phone else [],
            "emails": [email] if email else [],
        }


_KAN = "〇一二三四五六七八九"


def _kansuji(n: int) -> str:
    if n < 10:
        return _KAN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KAN[t]) + "十" + ("" if o == 0 else _KAN[o])


def _kansuji_year(y: int) -> str:
    return "".join(_KAN[int(c)] for c in str(y))


# ---------------------------------------------------------------------------------------------------------
# clinical content banks (never labelled)
# ---------------------------------------------------------------------------------------------------------


def _ct_case(c: _Ctx) -> dict[str, str]:
    r = c.r
    k = r.randrange(6)
    if k == 0:
        sz = r.randint(18, 48)
        seg = c.ch(["S6", "S10", "S8", "S9"])
        t = "T1c" if sz <= 30 else ("T2a" if sz <= 40 else "T2b")
        return {
            "exam": "CT 胸部〜骨盤 単純＋造影",
            "clin": (
                f"健診で胸部異常影指摘。喫煙 {r.randint(20, 60)} pack-years。"
                f"CEA {r.randint(4, 30)}.{r.randint(0, 9)} ng/mL。"
            ),
            "purpose": "肺癌疑い。病期診断をお願いします。",
            "find": (
                f"右下葉{seg}に {sz}×{sz - r.randint(2, 8)}mm 大の分葉状腫瘤あり、spiculaおよび胸膜陥入像を伴う"
                f"（Se{r.randint(2, 4)} Im{r.randint(60, 140)}）。\n"
                f"#7 リンパ節 短径 {r.randint(6, 9)}mm、#11i {r.randint(6, 11)}mm。有意な腫大とは言えない。\n"
                "対側肺に結節なし。胸水なし。\n"
                "肝・副腎に転移を疑う所見なし。骨条件で Th8 椎体に硬化性変化あるが骨島と思われる。\n"
                "L4/5 に変形性変化。腹部大動脈に石灰化。"
            ),
            "imp": (
                f"右肺下葉{seg} 原発性肺癌疑い、c{t}N0M0 stage I 相当。\n#11i は経過観察または PET-CT での評価を推奨。"
            ),
        }
    if k == 1:
        sz = r.randint(15, 35)
        return {
            "exam": "CT 腹部ダイナミック（膵臓プロトコール）",
            "clin": f"CA19-9 {r.randint(60, 900)} U/mL。体重減少 {r.randint(3, 8)}kg/3か月。新規糖尿病。",
            "purpose": "膵腫瘍の精査",
            "find": (
                f"膵体部に {sz}mm 大の乏血性腫瘤を認め、尾側主膵管は {r.randint(4, 7)}mm に拡張。\n"
                "腫瘤は脾静脈に接するが SMA との間に脂肪層は保たれる（180度未満の接触なし）。\n"
                "肝に転移を疑う濃染結節なし。腹水なし。傍大動脈リンパ節の腫大なし。\n"
                "胆嚢結石あり。左腎に Bosniak I 嚢胞。"
            ),
            "imp": "膵体部癌疑い、resectable（NCCN）相当。EUS-FNA を検討されたい。",
        }
    if k == 2:
        return {
            "exam": "CT 胸部 造影（肺動脈相）",
            "clin": f"術後{r.randint(3, 10)}日目、SpO2 低下、D-dimer {r.randint(5, 40)}.{r.randint(0, 9)} μg/mL。",
            "purpose": "PE 除外",
            "find": (
                "両側肺動脈下葉枝および右中葉枝に造影欠損を認める。右室/左室径比 1.1。\n"
                "心嚢液少量。両側下葉に板状無気肺。\n"
                "下肢静脈は撮像範囲外。ヘパリン投与中とのこと。"
            ),
            "imp": "両側肺塞栓症。右心負荷の可能性あり。下肢静脈エコーを推奨。",
        }
    if k == 3:
        return {
            "exam": "CT 腹部骨盤 単純",
            "clin": (
                f"右下腹部痛、WBC {r.randint(11, 19)}{r.randint(0, 9)}00/μL、"
                f"CRP {r.randint(2, 15)}.{r.randint(0, 9)}mg/dL。"
            ),
            "purpose": "虫垂炎疑い",
            "find": (
                f"虫垂は径 {r.randint(9, 14)}mm に腫大し、周囲脂肪織濃度上昇あり。根部に糞石あり。\n"
                "膿瘍形成なし、free air なし。回盲部リンパ節軽度腫大。\n"
                "右尿管に結石なし。子宮・付属器に特記所見なし（女性の場合）。"
            ),
            "imp": "急性虫垂炎（糞石あり）。穿孔を示唆する所見は明らかでない。",
        }
    if k == 4:
        return {
            "exam": "CT 胸腹部 造影（経過観察）",
            "clin": f"大腸癌（S状結腸）術後、mFOLFOX6 {r.randint(4, 12)}コース後。",
            "purpose": "治療効果判定",
            "find": (
                f"肝S{c.ch(['4', '7', '8', '5/8'])}の転移巣は {r.randint(12, 25)}mm→{r.randint(5, 11)}mm に縮小。\n"
                "新規病変なし。吻合部に再発を疑う壁肥厚なし。\n"
                "肺野に新規結節なし。腹膜播種を疑う所見なし。骨転移なし。"
            ),
            "imp": "肝転移は縮小（RECIST PR 相当）。新規病変なし。",
        }
    return {
        "exam": "CT 頭部 単純",
        "clin": (
            f"転倒、頭部打撲。{c.ch(['ワルファリン', 'アピキサバン', 'クロピドグレル'])}内服中。"
            f"GCS {r.randint(12, 15)}。"
        ),
        "purpose": "頭蓋内出血の評価",
        "find": (
            f"右前頭頭頂部に最大厚 {r.randint(5, 14)}mm の三日月状高吸収域あり、急性硬膜下血腫。\n"
            f"正中偏位 {r.randint(2, 6)}mm。脳底槽は保たれる。\n"
            "頭蓋骨骨折なし。両側基底核にラクナ梗塞。"
        ),
        "imp": "右急性硬膜下血腫、正中偏位あり。脳神経外科へのコンサルトを推奨。",
    }


def _mri_case(c: _Ctx) -> dict[str, str]:
    r = c.r
    k = r.randrange(4)
    if k == 0:
        psa = f"{r.randint(4, 18)}.{r.randint(0, 9)}"
        sz = r.randint(7, 19)
        loc = c.ch(["left PZpl mid", "right PZpm apex", "left TZa mid", "right PZa base"])
        t2, dwi = r.randint(3, 5), r.randint(3, 5)
        score = max(dwi, t2) if "TZ" in loc else dwi
        return {
            "exam": "MRI prostate (3T, mpMRI)",
            "clin": f"PSA {psa} ng/mL, PSAD 0.{r.randint(10, 40)}. DRE: negative. 5α還元酵素阻害薬 内服なし。",
            "find": (
                f"Prostate volume: {r.randint(25, 70)} mL.\n"
                f"Lesion 1: {loc}, {sz} mm, T2WI score {t2}, DWI score {dwi} (ADC {r.randint(600, 900)}), "
                f"DCE {'positive' if r.random() < 0.6 else 'negative'}.\n"
                f"  -> PI-RADS v2.1 category {score}\n"
                "EPE: no definite. SVI: none. Neurovascular bundle: preserved.\n"
                "Lymph nodes: no enlarged pelvic nodes. Bone: no suspicious lesion in pelvis / L5."
            ),
            "imp": f"PI-RADS {score} lesion in the {loc}. MRI-targeted biopsy recommended.",
        }
    if k == 1:
        return {
            "exam": "MRI brain + MRA",
            "clin": f"突然の左上下肢脱力、発症後 {r.randint(1, 8)} 時間。NIHSS {r.randint(3, 14)}。",
            "find": (
                "DWI: right corona radiata to putamen, hyperintense with low ADC, about 2.5 cm.\n"
                "FLAIR: mismatch present (FLAIR negative).\n"
                "MRA: right M1 patent, M2 superior trunk poorly visualised.\n"
                "T2*: no microbleeds. Old lacunar infarcts in bilateral thalami. Periventricular WMH, Fazekas 2."
            ),
            "imp": "Acute infarction in right MCA territory (DWI-FLAIR mismatch). Suspected right M2 occlusion.",
        }
    if k == 2:
        lvl = c.ch(["L4/5", "L5/S1", "L3/4"])
        return {
            "exam": "MRI lumbar spine",
            "clin": f"腰痛および{c.ch(['左', '右'])}下肢しびれ、SLR 陽性。",
            "find": (
                f"{lvl}: central to left paracentral disc extrusion, compressing the left traversing nerve root.\n"
                "L3/4: mild disc bulge without stenosis.\n"
                "Modic type 2 change at L5 endplates. No compression fracture. Conus at L1 level, normal.\n"
                "Th12-L1: no abnormal signal."
            ),
            "imp": f"{lvl} disc herniation with left nerve root compression. Mild degenerative change elsewhere.",
        }
    sz = r.randint(12, 32)
    seg = c.ch(["S6", "S7", "S8", "S4", "S5"])
    return {
        "exam": "MRI liver (Gd-EOB-DTPA)",
        "clin": f"C型肝炎SVR後、AFP {r.randint(5, 80)} ng/mL、PIVKA-II {r.randint(20, 400)} mAU/mL。",
        "find": (
            f"{seg}: {sz} mm nodule, arterial phase hyperenhancement (nonrim APHE), washout on portal phase, "
            "hepatobiliary phase hypointense, enhancing capsule present.\n"
            f"  -> LI-RADS v2018: LR-{5 if sz >= 20 else 4}\n"
            "No tumor in vein. Mild splenomegaly. Small ascites none. Gallbladder: stones."
        ),
        "imp": f"{seg} LR-{5 if sz >= 20 else 4} observation, consistent with HCC. Cirrhotic liver.",
    }


def _xr_case(c: _Ctx) -> tuple[str, str]:
    r = c.r
    k = r.randrange(4)
    if k == 0:
        return (
            "胸部X線 AP 臥位（ポータブル）",
            f"気管チューブ先端は気管分岐部上 {r.randint(2, 6)}cm。右内頸CVC先端は上大静脈。経鼻胃管は胃内。\n"
            "右下肺野の浸潤影は前回と比し増悪。左CP angle鈍、少量胸水疑い。\n"
            "心胸郭比 5{}%。気胸なし。".format(r.randint(2, 9)),
        )
    if k == 1:
        return (
            "胸部X線 PA 立位",
            f"両肺野に明らかな浸潤影なし。右上肺野に {r.randint(5, 12)}mm の結節影？乳頭陰影の可能性あり、"
            "乳頭マーカー付き再撮影を推奨。\n心胸郭比 4{}%。縦隔拡大なし。肋骨骨折なし。".format(r.randint(2, 9)),
        )
    if k == 2:
        return (
            "左股関節 2方向",
            "左大腿骨頸部に骨折線あり、Garden stage III 相当。\n骨頭壊死を示唆する所見なし。恥骨・坐骨骨折なし。"
            "L5/S1 に骨棘形成。",
        )
    return (
        "腹部X線 臥位/立位",
        "小腸ガス像の拡張と鏡面像（niveau）を複数認める。大腸ガスは少量。\nfree air は立位で指摘できず。"
        "腸閉塞疑い、CT での精査推奨。",
    )


def _us_case(c: _Ctx) -> dict[str, str]:
    r = c.r
    k = r.randrange(3)
    if k == 0:
        sz = r.randint(10, 28)
        seg = c.ch(["S6", "S5", "S8", "S7", "S3"])
        return {
            "exam": "腹部超音波（肝胆膵腎脾）",
            "find": (
                f"肝：辺縁鈍化、実質粗造。{seg}に {sz}×{sz - r.randint(1, 5)}mm の低エコー結節、halo あり。\n"
                "　　門脈本幹径 1{}mm、血流は求肝性。\n".format(r.randint(0, 4))
                + "胆嚢：壁肥厚なし。5mm 大のポリープ数個（コレステロールポリープ疑い）。\n"
                "総胆管：径 5mm、拡張なし。\n膵：頭部〜尾部描出良好、主膵管拡張なし。\n"
                f"脾：spleen index {r.randint(20, 45)}cm²。\n腎：右腎嚢胞 12mm。水腎なし。\n腹水：なし。"
            ),
            "imp": f"慢性肝障害パターン。{seg} 結節 → US LI-RADS：US-{3 if sz >= 10 else 2}, Visualization score A。\n"
            "造影CT/EOB-MRI による精査を推奨。",
        }
    if k == 1:
        return {
            "exam": "頸動脈超音波",
            "find": (
                f"右 IMT max {r.randint(10, 19) / 10:.1f}mm、左 IMT max {r.randint(10, 25) / 10:.1f}mm。\n"
                f"左ICA起始部に等〜低輝度プラーク、狭窄率（NASCET）約 {r.randint(30, 70)}%。"
                f"PSV {r.randint(90, 230)} cm/s。\n"
                "右 ICA：有意狭窄なし。椎骨動脈：両側順行性。"
            ),
            "imp": "左内頸動脈起始部プラーク、中等度狭窄。",
        }
    return {
        "exam": "甲状腺・頸部超音波",
        "find": (
            f"甲状腺：右葉 {r.randint(12, 20)}×{r.randint(12, 20)}×{r.randint(35, 55)}mm。内部不均質、"
            "橋本病に矛盾しない。\n"
            f"右葉下極に {r.randint(8, 22)}mm の充実性低エコー結節、境界不整、微細高エコー多発。\n"
            "頸部リンパ節：右レベルIII に短径 6mm、門構造あり。"
        ),
        "imp": "右葉結節：TI-RADS TR5 相当。FNA を推奨。慢性甲状腺炎（橋本病）背景。",
    }


def _fluoro_case(c: _Ctx) -> dict[str, str]:
    r = c.r
    k = r.randrange(3)
    if k == 0:
        return {
            "exam": "嚥下造影検査（VF）",
            "find": (
                "使用造影剤：硫酸バリウム（トロミ付 薄/中間/濃）、検査食：ゼリー、とろみ水 3ml/5ml/10ml。\n"
                "体位：リクライニング 60度および座位。\n"
                "口腔期：送り込み不良、口腔内残留あり。\n咽頭期：嚥下反射惹起遅延。喉頭蓋谷・梨状窩残留中等度。\n"
                "薄いとろみ 5ml で喉頭侵入、10ml で不顕性誤嚥（PAS 8）。中間とろみでは誤嚥なし。\n"
                "頸部回旋（右）で梨状窩残留減少。"
            ),
            "imp": "中等度の咽頭期嚥下障害。中間とろみ・ゼリー食から開始、右頸部回旋を推奨。",
            "time": f"透視時間 {r.randint(3, 8)}分{r.randint(0, 59)}秒",
        }
    if k == 1:
        return {
            "exam": "注腸造影（二重造影）",
            "find": (
                "前処置：Brown 変法。バリウム 70w/v%、空気注入。\n"
                f"S状結腸に長さ {r.randint(2, 5)}cm の全周性狭窄（apple core sign）。口側腸管の拡張は軽度。\n"
                "横行結腸に憩室散在。直腸に異常なし。"
            ),
            "imp": "S状結腸進行癌疑い。内視鏡での生検を推奨。",
            "time": f"透視時間 {r.randint(6, 15)}分",
        }
    return {
        "exam": "ERCP",
        "find": (
            "十二指腸乳頭：正常形態。選択的胆管挿管成功。\n"
            f"下部胆管に {r.randint(6, 14)}mm の透亮像を {r.randint(1, 3)} 個認め、総胆管結石。"
            f"上流胆管径 1{r.randint(0, 4)}mm。\n"
            "EST（小切開）後、バスケットにて截石。バルーン造影で遺残なし。\n"
            "ENBD は留置せず。膵管造影なし。"
        ),
        "imp": "総胆管結石に対して EST＋截石、完全截石。",
        "time": f"透視時間 {r.randint(8, 25)}分、DAP {r.randint(10, 80)} Gy·cm²",
    }


# ---------------------------------------------------------------------------------------------------------
# shared pieces
# ---------------------------------------------------------------------------------------------------------


def _pt(c: _Ctx, lo: int = 20, hi: int = 95) -> dict[str, Any]:
    ex = c.exam_date()
    birth, age = c.birth_for(ex, lo, hi)
    pe = c.person()
    return {
        "pe": pe,
        "pid": c.pid(),
        "ex": ex,
        "birth": birth,
        "age": age,
        "sex": pe["sex"],
        "res": c.staff(),
        "sup": c.staff(),
        "req": c.staff(),
        "dept": c.dept(),
        "rad": c.raddept(),
        "hosp": c.hospital(),
    }


def _sexj(c: _Ctx, s: str) -> str:
    return c.ch(["男", "男性", "M"]) if s == "M" else c.ch(["女", "女性", "F"])


def _prior_dates(c: _Ctx, ex: _dt.datetime, n: int) -> list[_dt.datetime]:
    days = sorted(c.r.sample(range(20, 1400), n))
    return [ex - _dt.timedelta(days=dd) for dd in days]


def _compare(c: _Ctx, b: _B, ex: _dt.datetime, mod: str, n: int | None = None) -> None:
    n = n or c.r.randint(1, 3)
    dates = _prior_dates(c, ex, n)
    st = c.ch(["slash", "slash0", "kanji", "eraabbr", "hyphen", "dot"])
    for i, d in enumerate(dates):
        where = c.r.random()
        if i:
            b.t(c.ch(["、", "\n", " / ", "，"]))
        if where < 0.45:
            op = c.ch([" ", "（", ""])
            b.t(c.ch(["当院 ", "", "当院"]) + c.ch([mod, mod + " ", "単純" + mod]) + op)
            b.p(c.fdate(d, st), "DATE", "前回")
            b.t("）" if op == "（" else "")
        elif where < 0.85:
            fac = c.outside()
            b.p(fac, "FACILITY", "前医")
            op = c.ch([" ", "（", " "])
            b.t(c.ch(["にて施行の ", " ", "（持参CD）", "の "]) + mod + op)
            b.p(c.fdate(d, st), "DATE", "前回")
            b.t(c.ch(["", "、画像取込済", "、レポートなし", "・他院画像"]) + ("）" if op == "（" else ""))
        else:
            b.p(c.fdate(d, st), "DATE", "前回")
            b.t(c.ch([" 健診胸部X線（", " PET-CT（", " " + mod + "（"]))
            b.p(c.outside(), "FACILITY", "他院")
            b.t("）")
    b.t(c.ch(["。", "", " と比較。"]))


def _sign(c: _Ctx, b: _B, p: dict[str, Any], rep: _dt.datetime) -> None:
    res, sup = p["res"], p["sup"]
    k = c.r.randrange(5)
    d2 = rep + _dt.timedelta(hours=c.r.randint(1, 30), minutes=c.r.randint(0, 59))
    if k == 0:
        b.t("\n読影医：").p(c.sname(res), "PERSON", "専攻医").t(c.ch(["（専攻医）", "（研修医）", " (レジデント)"]))
        b.t(c.ch(["　", "  ", "\n"]) + "確定医：").p(c.sname(sup), "PERSON", "指導医")
        b.t("\n確定日時：").p(c.fdate(d2, "slash", time=True), "DATE", "確定時")
    elif k == 1:
        b.t("\nReported by: ").p(
            c.name_form(res, c.ch(["romaji_gf", "romaji_initial", "kanji_sp"])), "PERSON", "resident"
        )
        b.t(", M.D. (resident)\nApproved by: ").p(
            c.name_form(sup, c.ch(["romaji_gf", "kanji_sp", "romaji_up"])), "PERSON", "staff radiologist"
        )
        b.t(", M.D.  ").p(c.fdate(d2, c.ch(["hyphen", "en", "enus"]), time=True), "DATE", "on approval")
    elif k == 2:
        b.t("\n一次読影 ").p(c.sname(res), "PERSON", "専攻医").t(" / 二次読影 ").p(c.sname(sup), "PERSON", "指導医")
        b.t(" (").p(p["rad"], "DEPARTMENT", "画像診断部門").t(")　").p(
            c.fdate(d2, c.ch(["slash", "kanji"])), "DATE", "同日"
        )
    elif k == 3:
        b.t("\n" + "―" * c.r.randint(10, 24) + "\n").p(p["rad"], "DEPARTMENT", "放射線科").t(c.sp())
        b.p(c.sname(res), "PERSON", "担当医").t(c.ch(["／", "/", " ・ "])).p(c.sname(sup), "PERSON", "確定医")
        b.t(c.ch(["（確定）", " 確認済", "【承認】"]))
    else:
        b.t("\n記載：").p(c.name_form(res, "init"), "PERSON", "担当医").t(c.ch(["  ", " "]) + "確認：")
        b.p(c.name_form(sup, c.ch(["fam", "kanji_sp"])), "PERSON", "指導医").t(
            c.ch(["（放射線診断専門医）", "", " 印"])
        )
        b.t(c.ch(["\n最終更新 ", "\n"])).p(c.fdate(d2, "slash0", time=True), "DATE", "本日")


# ---------------------------------------------------------------------------------------------------------
# styles
# ---------------------------------------------------------------------------------------------------------


def _s_ct(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c)
    pe, ex = p["pe"], p["ex"]
    cs = _ct_case(c)
    acc = c.acc("CT", ex)
    lay = c.r.randrange(3)
    if lay == 0:
        b.t(c.ch(["", "━━━━━━━━━━━━━━━━━━━━\n"])).p(p["hosp"], "FACILITY", "当院").t(" 放射線読影レポート\n")
        b.t("患者ID" + c.colon()).p(c.mixw(p["pid"]), "ID", "（院内ID）").t(
            c.ch(["　　", "    ", "\t"]) + "氏名カナ" + c.colon()
        )
        b.p(c.name_form(pe, c.ch(["kana_sp", "kana", "hwkana"])), "PERSON", "カンジャ").t("\n氏名" + c.colon())
        b.p(c.name_form(pe, c.ch(["kanji_sp", "kanji_fsp", "kanji"])), "PERSON", "本人").t(c.ch([" 様", "", " 殿"]))
        b.t("　性別" + c.colon() + _sexj(c, p["sex"]) + "　生年月日" + c.colon()).p(
            c.bdate(p["birth"]), "DATE", "（記載省略）"
        )
        b.t("（").p(c.age(p["age"]), "AGE", "成人").t("）\n依頼科" + c.colon()).p(p["dept"], "DEPARTMENT", "依頼科")
        b.t("　依頼医" + c.colon()).p(c.sname(p["req"]), "PERSON", "主治医").t(c.ch(["", " 先生", " Dr"]))
        if c.maybe(0.7):
            b.t("\n病棟" + c.colon()).p(c.ward(), "FACILITY", "入院病棟")
            if c.maybe(0.6):
                b.t(" ").p(c.room(), "FACILITY", "病室")
        else:
            b.t("\n病棟" + c.colon() + "外来")
        b.t("\n検査日時" + c.colon()).p(
            c.mixw(c.fdate(ex, c.ch(["slash", "kanji0", "hyphen"]), time=True, wd=c.maybe(0.4))), "DATE", "本日"
        )
        b.t("　受付番号" + c.colon()).p(acc, "ID", "（受付番号）")
        b.t(
            "\n検査名" + c.colon() + cs["exam"] + "\n\n【臨床情報】\n" + cs["clin"] + "\n【依頼目的】\n" + cs["purpose"]
        )
        b.t("\n【比較】\n")
        _compare(c, b, ex, "CT")
        b.t("\n【所見】\n" + cs["find"] + "\n【診断】\n" + cs["imp"])
    elif lay == 1:
        b.t("| 受付No | ").p(acc, "ID", "―").t(" | ID | ").p(p["pid"], "ID", "―").t(" |\n| 氏名 | ")
        b.p(c.name_form(pe, "kanji_sp"), "PERSON", "患者").t(" (").p(c.name_form(pe, "kana"), "PERSON", "カンジャ").t(
            ") | 年齢/性別 | "
        )
        b.p(f"{p['age']}Y", "AGE", "成人").t("/" + ("M" if p["sex"] == "M" else "F") + " |\n| 依頼 | ").p(
            p["dept"], "DEPARTMENT", "依頼科"
        )
        b.t(" ").p(c.sname(p["req"]), "PERSON", "主治医").t(" | 実施 | ").p(
            c.fdate(ex, "slash", time=True), "DATE", "本日"
        ).t(" |\n")
        b.t(
            f"| 検査 | {cs['exam']} | 造影剤 | "
            f"{c.ch(['イオパミドール300 100mL', 'イオヘキソール350 80mL', 'なし'])} |\n\n"
        )
        b.t("Clinical: " + cs["clin"] + "\nPurpose: " + cs["purpose"] + "\nComparison: ")
        _compare(c, b, ex, "CT")
        b.t("\n\nFindings:\n" + cs["find"] + "\n\nImpression:\n" + cs["imp"])
        if c.maybe(0.5):
            b.t(
                "\n\n[Key images] Se2 Im"
                + str(c.r.randint(30, 120))
                + ", Se5 Im"
                + str(c.r.randint(20, 90))
                + " をキー画像に登録（"
            )
            b.p(c.sname(p["res"]), "PERSON", "担当医").t("）")
    else:
        b.t("ID ").p(p["pid"], "ID", "＊＊＊").t(c.sp()).p(
            c.name_form(pe, c.ch(["hwkana", "kana_sp"])), "PERSON", "本人"
        )
        b.t(" ").p(c.age(p["age"]), "AGE", "成人").t(" " + _sexj(c, p["sex"]) + "  ").p(
            c.fdate(ex, "short"), "DATE", "本日"
        )
        b.t(" " + cs["exam"] + "\n依頼: ").p(p["dept"], "DEPARTMENT", "依頼科").t("/").p(
            c.name_form(p["req"], "fam"), "PERSON", "主治医"
        )
        b.t(c.ch(["先生", "Dr", ""]) + "\n\n" + cs["clin"] + cs["purpose"] + "\n\n")
        b.t(cs["find"].replace("\n", c.ch(["\n", " ", "\n"])) + "\n\n")
        b.t("前回比較：")
        _compare(c, b, ex, "CT", 1)
        b.t("\n\n＜診断＞ " + cs["imp"])
    _sign(c, b, p, ex)
    return c.known(pe, p["pid"], p["birth"])


def _s_mri(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c, 35, 92)
    pe, ex = p["pe"], p["ex"]
    cs = _mri_case(c)
    if "prostate" in cs["exam"]:
        pe = c.person("M") if pe["sex"] != "M" else pe
        p["sex"] = "M"
        p["dept"] = "泌尿器科"
    acc = c.acc("MR", ex)
    b.t(c.ch(["MRI REPORT", "MR 読影報告書", "■ MRI Report ■"]) + " — ").p(p["hosp"], "FACILITY", "当院").t("\n")
    if c.maybe(0.5):
        b.t("Exam: " + cs["exam"] + c.ch(["    ", "\n"]) + "Acc#: ").p(acc, "ID", "N/A")
        b.t("\nPatient: ").p(c.name_form(pe, c.ch(["romaji_up", "romaji_comma", "kanji_sp"])), "PERSON", "本人")
        if c.maybe(0.6):
            b.t(" (").p(c.name_form(pe, "kana_sp"), "PERSON", "カンジャ").t(")")
        b.t("   MRN: ").p(p["pid"], "ID", "N/A").t("\nDOB: ").p(
            c.fdate(p["birth"], c.ch(["hyphen", "slash", "en"])), "DATE", "—"
        )
        b.t("   Age/Sex: ").p(f"{p['age']}Y", "AGE", "adult").t("/" + p["sex"])
        b.t("\nOrdering: ").p(p["dept"], "DEPARTMENT", "依頼科").t(" ").p(
            c.name_form(p["req"], c.ch(["fam", "kanji_sp", "romaji_initial"])), "PERSON", "主治医"
        )
        b.t(c.ch([" 先生", ", MD", " Dr."]) + "\nDate of exam: ").p(
            c.fdate(ex, c.ch(["hyphen", "slash", "en"]), time=c.maybe(0.6)), "DATE", "today"
        )
    else:
        b.t("検査日：").p(c.fdate(ex, c.ch(["era", "kanji", "slash"]), wd=c.maybe(0.5)), "DATE", "本日")
        b.t("  受付番号 ").p(acc, "ID", "―").t("\nID：").p(p["pid"], "ID", "―").t(" 　")
        b.p(c.name_form(pe, "kanji_sp"), "PERSON", "本人").t(" 様 （").p(c.age(p["age"]), "AGE", "成人").t(
            "・" + _sexj(c, p["sex"]) + "）"
        )
        b.t("\n依頼：").p(p["dept"], "DEPARTMENT", "依頼科").t(" ").p(c.sname(p["req"]), "PERSON", "主治医").t(" 先生")
        b.t("\nExam: " + cs["exam"])
    b.t("\n\nClinical information:\n" + cs["clin"])
    if c.maybe(0.4):
        b.t(" 紹介元 ").p(c.clinic(), "FACILITY", "前医").t(" にて異常を指摘。")
    b.t("\n\nComparison:\n")
    if c.maybe(0.2):
        b.t("None.")
    else:
        _compare(c, b, ex, "MRI", c.r.randint(1, 2))
    b.t("\n\nFindings:\n" + cs["find"] + "\n\nImpression:\n" + cs["imp"])
    if c.maybe(0.4):
        b.t(
            "\n\n※ "
            + c.ch(
                [
                    "Key images attached (Se 6, Im 14-18).",
                    "キー画像: DWI b1000 Se701 Im22",
                    "Annotated images sent to PACS.",
                ]
            )
        )
    _sign(c, b, p, ex)
    return c.known(pe, p["pid"], p["birth"])


def _s_xray(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c, 30, 99)
    pe, ex = p["pe"], p["ex"]
    exam, find = _xr_case(c)
    find = (
        c.ch(
            [
                "臨床情報：発熱・SpO2低下、肺炎の評価。\n",
                "臨床情報：術後フォロー、チューブ位置確認。\n",
                "臨床情報：転倒後の疼痛、骨折の有無。\n",
                "臨床情報：腹部膨満、嘔吐あり。\n",
            ]
        )
        + find
        + c.ch(
            [
                "\n（臨床所見と併せてご判断ください）",
                "\n必要に応じCTを推奨します。",
                "\n前回より著変があれば再撮影を検討。",
            ]
        )
    )
    lay = c.r.randrange(3)
    if lay == 0:
        # legacy half-width system print
        b.t("ID:").p(c.mixw(p["pid"], 0.1), "ID", "********").t(" ").p(c.name_form(pe, "hwkana"), "PERSON", "ｶﾝｼﾞｬ")
        b.t(" " + ("M" if p["sex"] == "M" else "F") + " ").p(str(p["age"]), "AGE", "--").t("\n撮影日 ").p(
            c.fdate(ex, "slash", time=c.maybe(0.5)), "DATE", "本日"
        )
        b.t(" " + exam + "  ")
        if c.maybe(0.7):
            b.p(c.ward(), "FACILITY", "病棟").t(" ").p(c.room(), "FACILITY", "病室")
        b.t("\n依頼 ").p(c.name_form(p["req"], "hwkana" if c.maybe(0.5) else "fam"), "PERSON", "主治医").t("\n---\n")
        b.t(find + "\n")
        b.t("前回(").p(c.fdate(ex - _dt.timedelta(days=c.r.randint(1, 5)), "md"), "DATE", "前日").t(")と比較。\n")
    elif lay == 1:
        b.t("【一般撮影 読影】").p(p["hosp"], "FACILITY", "当院").t("\n")
        b.t("患者：").p(c.name_form(pe, c.ch(["kanji_sp", "kanji"])), "PERSON", "本人").t("（").p(
            c.age(p["age"]), "AGE", "成人"
        )
        b.t(_sexj(c, p["sex"]) + "）　患者番号 ").p(c.mixw(p["pid"], 0.4), "ID", "省略").t("\n")
        b.t("撮影：" + exam + "　").p(c.mixw(c.fdate(ex, "kanji", time=True), 0.3), "DATE", "本日").t("\n依頼元：")
        b.p(p["dept"], "DEPARTMENT", "依頼科").t("（").p(c.sname(p["req"]), "PERSON", "主治医").t("）\n\n")
        b.t("所見：\n" + find + "\n比較：")
        _compare(c, b, ex, "胸部X線" if "胸部" in exam else "X線", c.r.randint(1, 2))
    else:
        # ICU serial daily films
        b.t(c.ch(["ICU ポータブル連日撮影", "ベッドサイド撮影 経時レポート"]) + "　").p(
            c.name_form(pe, "kanji_sp"), "PERSON", "本人"
        )
        b.t(" 様　ID ").p(p["pid"], "ID", "―").t("　").p(c.ch(["ICU", "救命ICU", "HCU"]), "FACILITY", "集中治療室").t(
            " "
        )
        b.p(f"{c.r.randint(1, 12)}番ベッド", "FACILITY", "病床").t("\n")
        for i in range(c.r.randint(3, 5)):
            d = ex + _dt.timedelta(days=i)
            b.p(c.fdate(d, c.ch(["md", "mdk", "slash0"]), wd=c.maybe(0.3)), "DATE", "同日").t(c.ch(["：", " ", "　"]))
            b.t(
                c.ch(
                    [
                        "著変なし。",
                        "右下肺野浸潤影やや増悪。",
                        "胸水減少。",
                        "ETチューブ抜去後、無気肺なし。",
                        "CVC 抜去。気胸なし。",
                    ]
                )
                + "\n"
            )
        b.t("\n" + exam + " 最新所見：\n" + find)
    if c.maybe(0.5):
        b.t(c.ch(["\n読影：", "\n\n読影医 ", "\n--- "])).p(c.sname(p["sup"]), "PERSON", "読影医")
        if c.maybe(0.5):
            b.t(c.ch(["（", " ("])).p(c.sname(p["res"]), "PERSON", "専攻医").t(c.ch(["）", ")"]))
    else:
        _sign(c, b, p, ex)
    return c.known(pe, p["pid"], p["birth"])


def _s_us(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c)
    pe, ex = p["pe"], p["ex"]
    cs = _us_case(c)
    tech = c.staff()
    b.t(c.ch(["超音波検査報告書", "≪ 超音波検査 結果報告 ≫", "US report"]) + "\n")
    b.t("検査日：").p(c.fdate(ex, c.ch(["era", "eraabbr", "slash", "kanji"]), wd=c.maybe(0.6)), "DATE", "本日")
    b.t(c.ch(["　", "  "]) + "検査番号：").p(c.acc("US", ex), "ID", "―").t("\n")
    b.t("ID ").p(p["pid"], "ID", "―").t(" / ").p(
        c.name_form(pe, c.ch(["kana_sp", "kanji_sp", "hwkana"])), "PERSON", "本人"
    )
    b.t(" / ").p(c.bdate(p["birth"]), "DATE", "―").t("生 / ").p(c.age(p["age"]), "AGE", "成人").t(
        " / " + _sexj(c, p["sex"]) + "\n"
    )
    b.t("依頼元：").p(p["dept"], "DEPARTMENT", "依頼科").t(c.sp()).p(c.sname(p["req"]), "PERSON", "主治医").t(
        c.ch(["先生", " Dr", ""])
    )
    if c.maybe(0.5):
        b.t("　病棟：").p(c.ward(), "FACILITY", "病棟")
    b.t(
        "\n検査：" + cs["exam"] + "　" + c.ch(["プローブ: C5-1, L12-5", "装置: Aplio i800", "装置: LOGIQ E10"]) + "\n\n"
    )
    b.t("【所見】\n" + cs["find"] + "\n\n【比較】")
    if c.maybe(0.7):
        d0 = _prior_dates(c, ex, 1)[0]
        if c.maybe(0.5):
            b.t("前回 ").p(c.fdate(d0, "slash"), "DATE", "前回").t(" 当院US と比較し、")
        else:
            b.p(c.outside(), "FACILITY", "前医").t(" の ").p(
                c.fdate(d0, c.ch(["eraabbr", "kanji", "slash0"])), "DATE", "前回"
            )
            b.t(" " + c.ch(["健診エコー", "腹部US", "CT"]) + " 結果票（持参）と比較し、")
        b.t(c.ch(["著変なし。", "結節はやや増大。", "新規に出現。"]))
    else:
        b.t("比較画像なし。")
    b.t("\n\n【判定】\n" + cs["imp"] + "\n\n")
    b.t(c.ch(["検査担当：", "Sonographer: ", "実施者 "])).p(c.sname(tech), "PERSON", "検査技師")
    b.t(
        c.ch(["（臨床検査技師）", " (RMS)", "（超音波検査士）"])
        + c.ch(["　", "\n"])
        + c.ch(["判読医：", "報告医 ", "Reviewed: "])
    )
    b.p(c.sname(p["sup"]), "PERSON", "判読医")
    if c.maybe(0.5):
        b.t("　報告日 ").p(c.fdate(ex + _dt.timedelta(days=c.r.randint(0, 2)), "slash0"), "DATE", "同日")
    return c.known(pe, p["pid"], p["birth"])


def _s_fluoro(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c, 45, 99)
    pe, ex = p["pe"], p["ex"]
    cs = _fluoro_case(c)
    b.t(c.ch(["透視検査記録", "X線透視・造影検査 報告", "【透視室】検査報告"]) + "　").p(
        p["hosp"], "FACILITY", "当院"
    ).t("\n")
    b.t("実施日 ").p(c.mixw(c.fdate(ex, c.ch(["slash", "kanji", "eraabbr"]), time=c.maybe(0.5))), "DATE", "本日")
    b.t("　オーダ番号 ").p(c.order_no(ex), "ID", "―").t("\n患者 ").p(
        c.name_form(pe, c.ch(["kanji_sp", "kanji", "kana_sp"])), "PERSON", "本人"
    )
    b.t(c.ch([" 様", " 殿", ""]) + "（").p(p["pid"], "ID", "―").t("） ").p(c.age(p["age"]), "AGE", "成人").t(
        _sexj(c, p["sex"]) + "\n"
    )
    if "VF" in cs["exam"] and c.maybe(0.7):
        b.t("入所先：").p(c.care_home(), "FACILITY", "施設").t("（")
        b.p(c.fdate(ex - _dt.timedelta(days=c.r.randint(3, 30)), "mdk"), "DATE", "先日").t(" 誤嚥性肺炎で入院）\n")
    b.t("検査：" + cs["exam"] + "\n術者：").p(c.sname(p["sup"]), "PERSON", "術者")
    b.t("　介助：").p(c.sname(p["res"]), "PERSON", "担当医")
    nurse, tech = c.staff(), c.staff()
    if "VF" in cs["exam"]:
        b.t("　ST：").p(c.sname(nurse), "PERSON", "言語聴覚士")
    else:
        b.t("　Ns ").p(c.sname(nurse), "PERSON", "看護師")
    b.t("　技師 ").p(c.name_form(tech, "fam"), "PERSON", "放射線技師").t("\n" + cs["time"] + "\n\n")
    b.t("所見：\n" + cs["find"] + "\n\nまとめ：" + cs["imp"] + "\n")
    if c.maybe(0.6):
        tail = c.ch([" の同検査と比較し改善傾向。", " 施行分（", " 施行（"])
        b.t("前回 ").p(c.fdate(_prior_dates(c, ex, 1)[0], c.ch(["slash", "kanji"])), "DATE", "前回").t(tail)
        if tail.endswith("（"):
            b.p(c.outside(), "FACILITY", "前医").t("）と比較。")
    b.t("\n依頼医：").p(p["dept"], "DEPARTMENT", "依頼科").t(" ").p(c.sname(p["req"]), "PERSON", "主治医").t(
        " 先生へ結果説明済"
    )
    return c.known(pe, p["pid"], p["birth"])


def _s_nodule(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c, 40, 90)
    pe, ex = p["pe"], p["ex"]
    r = c.r
    b.t("胸部CT 肺結節 構造化レポート\n")
    b.t("ID" + c.colon()).p(p["pid"], "ID", "―").t("  氏名" + c.colon()).p(c.pname(pe), "PERSON", "本人")
    b.t("  " + c.ch(["年齢", "Age"]) + c.colon()).p(c.age(p["age"]), "AGE", "成人").t("\n検査日" + c.colon())
    b.p(c.fdate(ex, c.ch(["slash", "hyphen", "kanji"])), "DATE", "本日").t("  Acc" + c.colon()).p(
        c.acc("CT", ex), "ID", "―"
    )
    b.t("\n依頼" + c.colon()).p(p["dept"] if c.maybe(0.6) else "健診センター", "DEPARTMENT", "依頼科").t("  ")
    b.p(c.sname(p["req"]), "PERSON", "主治医").t(c.ch(["", " 先生"]) + "\n")
    b.t(f"撮影条件: 低線量CT, 1.0mm slice, CTDIvol {r.randint(1, 4)}.{r.randint(0, 9)} mGy\n")
    b.t("喫煙歴: " + c.ch(["current", "former (禁煙10年)", "never"]) + f", {r.randint(0, 60)} pack-years\n\n")
    b.t("◆ 比較検査一覧\n")
    dates = _prior_dates(c, ex, r.randint(2, 4))
    for d in reversed(dates):
        b.t(" - ").p(c.fdate(d, c.ch(["slash", "eraabbr", "dot"])), "DATE", "前回").t(c.ch(["  ", "\t"]))
        if c.maybe(0.6):
            b.p(c.outside(), "FACILITY", "他院")
        else:
            b.t("当院")
        b.t(" " + c.ch(["胸部CT", "LDCT", "胸部X線", "CT（CD取込）"]) + "\n")
    b.t("\n◆ 結節\n")
    for i in range(r.randint(1, 3)):
        lobe = c.ch(["RUL S1", "RUL S2", "RML S4", "RLL S6", "LUL S1+2", "LLL S9", "RLL S10", "LUL S3"])
        sz = r.randint(4, 24)
        typ = c.ch(["solid", "part-solid", "pure GGN"])
        b.t(f"#{i + 1} {lobe}  {typ}  {sz}×{max(3, sz - r.randint(0, 4))}mm")
        if typ == "part-solid":
            b.t(f" (solid {max(2, sz // 3)}mm)")
        b.t(f"  Se3 Im{r.randint(20, 280)}  ")
        b.t(c.ch(["前回比 不変", "前回比 増大(+2mm)", "新規", "前回比 縮小"]) + "\n")
    lr = c.ch(["2", "3", "4A", "4B"])
    b.t(f"\n◆ その他: 肺気腫（centrilobular）軽度。冠動脈石灰化あり。甲状腺に{r.randint(5, 15)}mm 低吸収結節。\n")
    b.t(
        f"◆ 判定: Lung-RADS v2022 category {lr}\n   Fleischner 2017: "
        + c.ch(["follow-up CT at 6-12 months", "no routine follow-up", "CT at 3 months, PET-CT consider"])
        + "\n"
    )
    if c.maybe(0.5):
        b.t("◆ キー画像: #1 を ").p(c.sname(p["res"]), "PERSON", "担当医").t(" がマーク済（")
        b.p(c.fdate(ex, "md", time=True), "DATE", "同日").t("）\n")
    b.t("◆ 推奨: 次回 ").p(
        c.fdate(ex + _dt.timedelta(days=r.choice([90, 180, 365])), c.ch(["kanji", "slash", "era"])), "DATE", "次回"
    )
    b.t(" 頃 LDCT 再検")
    _sign(c, b, p, ex)
    return c.known(pe, p["pid"], p["birth"])


_CRIT = [
    ("CT 頭部単純", "右中大脳動脈領域の広範な早期虚血変化（ASPECTS 6）。"),
    ("CT 胸部", "右緊張性気胸、縦隔の左方偏位。"),
    ("CT 腹部骨盤 造影", "腹腔内 free air および腸間膜脂肪織混濁、消化管穿孔疑い。"),
    ("CT 胸部 造影", "Stanford A 型大動脈解離、心嚢液貯留。"),
    ("CT 肺動脈", "両側主肺動脈の広範な血栓、右心負荷所見。"),
    ("胸部X線", "気管チューブ先端が右主気管支内。"),
    ("MRI 全脊椎", "Th10 転移性腫瘍による脊髄圧迫。"),
]


def _s_critical(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c)
    pe, ex = p["pe"], p["ex"]
    exam, fnd = c.ch(_CRIT)
    caller, doc, nurse = p["res"], p["req"], c.staff()
    call = ex + _dt.timedelta(minutes=c.r.randint(15, 180))
    lay = c.r.randrange(2)
    if lay == 0:
        b.t(c.ch(["【緊急・重要所見 連絡記録】", "■ 重大所見 通知記録 ■", "《至急》画像診断 緊急連絡"]) + "\n")
        b.t("受付番号：").p(c.acc("CT", ex), "ID", "―").t("\n患者ID：").p(p["pid"], "ID", "―").t("  氏名：")
        b.p(c.pname(pe), "PERSON", "本人").t("（").p(c.age(p["age"]), "AGE", "成人").t("）\n")
        b.t("所在：").p(c.ward(), "FACILITY", "病棟") if c.maybe(0.6) else b.t("所在：救急外来")
        b.t("\n検査：" + exam + "　").p(c.fdate(ex, "slash", time=True), "DATE", "本日").t("\n所見要旨：" + fnd + "\n")
        b.t("連絡日時：").p(c.fdate(call, c.ch(["slash", "kanji"]), time=True), "DATE", "読影直後").t("\n")
        b.t("連絡者：").p(p["rad"], "DEPARTMENT", "放射線科").t(" ").p(c.sname(caller), "PERSON", "読影医").t("（PHS ")
        b.p(c.phs(), "PHONE_NUMBER", "院内").t("）\n連絡先：").p(p["dept"], "DEPARTMENT", "依頼科").t(" ")
        b.p(c.sname(doc), "PERSON", "主治医").t(c.ch(["医師", "先生", " Dr"]) + "（PHS ").p(
            c.phs(), "PHONE_NUMBER", "院内"
        )
        b.t("）\n方法：電話にて直接口頭伝達、" + c.ch(["復唱確認済み。", "read-back 済。", "相手が復唱、了承。"]))
        if c.maybe(0.6):
            b.t(f"\n備考：{call.hour:02d}:{max(0, call.minute - 10):02d} 初回コール不通のため病棟（内線 ")
            b.p(c.phs(), "PHONE_NUMBER", "院内").t("）看護師 ").p(c.sname(nurse), "PERSON", "担当看護師")
            b.t(" に伝言、その後 " + f"{call.hour:02d}:{call.minute:02d}" + " 主治医より折り返しあり。")
    else:
        b.t(c.ch(["緊急連絡済。", "※critical finding※ "]))
        b.p(c.fdate(call, c.ch(["md", "slash0"]), time=True), "DATE", "本日").t(" ")
        b.p(c.sname(caller), "PERSON", "読影医").t("→").p(c.sname(doc), "PERSON", "主治医").t(
            c.ch(["Dr", "先生", ""]) + "へ電話 ("
        )
        b.p(c.phs(), "PHONE_NUMBER", "院内").t(")。" + fnd + "\n患者：").p(
            c.name_form(pe, c.ch(["fam", "kanji_sp"])), "PERSON", "本人"
        )
        b.t(c.ch(["さん", "様", "氏"]) + " ID").p(p["pid"], "ID", "―").t("、").p(c.age(p["age"]), "AGE", "成人")
        b.t("、" + exam + "。\n")
        if c.maybe(0.5):
            b.t("上級医 ").p(c.sname(p["sup"]), "PERSON", "指導医").t(" にも報告済。")
        b.t("主治医は" + c.ch(["すでに把握済みとのこと。", "直ちに診察へ向かうとのこと。", "家族（"]))
        if b.d.parts[-1].endswith("家族（"):
            fam = c.person()
            b.p(c.name_form(fam, "kanji_sp"), "PERSON", "家族").t("さん、" + c.ch(["長男", "妻", "長女"]) + "、TEL ")
            b.p(c.mobile(), "PHONE_NUMBER", "連絡先").t("）へも連絡予定とのこと。")
        b.t("\n\n—以下 本報告—\n" + fnd + " 詳細は本報告参照。\n" + _ct_case(c)["find"])
    if c.maybe(0.4):
        b.t("\n医療安全管理室 確認：").p(c.sname(c.staff()), "PERSON", "担当者").t(" ").p(
            c.fdate(call + _dt.timedelta(days=1), "slash0"), "DATE", "翌日"
        )
    _sign(c, b, p, ex)
    return c.known(pe, p["pid"], p["birth"])


_AMEND = [
    ("右腎上極に 18mm の造影増強域", "左腎上極に 18mm の造影増強域", "左右誤記"),
    ("肝S8 に 12mm の早期濃染", "肝S4/8 境界に 12mm の早期濃染", "区域の記載誤り"),
    ("L3/4 椎間板ヘルニア", "L4/5 椎間板ヘルニア", "椎間高位の誤記"),
    ("新規の肺結節", "既存の肺結節（前医CTで既に存在、サイズ不変）", "他院比較画像の追加"),
    ("リンパ節転移なし", "#4R リンパ節 短径 11mm、転移疑い", "見落としの訂正"),
]


def _s_amend(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c)
    pe, ex = p["pe"], p["ex"]
    before, after, why = c.ch(_AMEND)
    am = ex + _dt.timedelta(days=c.r.randint(1, 12), hours=c.r.randint(0, 6))
    b.t(
        c.ch(["【訂正報告】", "*** ADDENDUM / 追記 ***", "《報告書修正》"])
        + c.ch([" 第2版", " Ver.2", " 第3版"])
        + "\n"
    )
    b.t("※本報告は ").p(c.fdate(ex, c.ch(["slash", "kanji", "eraabbr"])), "DATE", "前回").t(" 付け報告書（受付番号 ")
    b.p(c.acc(c.ch(["CT", "MR"]), ex), "ID", "同一番号").t("）を訂正するものです。\n")
    b.t("患者：").p(c.pname(pe), "PERSON", "本人").t(c.ch([" 様", ""]) + "  ID ").p(p["pid"], "ID", "―")
    if c.maybe(0.6):
        b.t("  生年月日 ").p(c.bdate(p["birth"]), "DATE", "―")
    b.t("\n訂正日時：").p(c.fdate(am, "slash", time=True), "DATE", "本日").t("  訂正者：").p(
        c.sname(p["sup"]), "PERSON", "担当医"
    )
    b.t("\n訂正理由：" + why)
    if why == "他院比較画像の追加":
        b.t("（").p(c.outside(), "FACILITY", "前医").t(" ").p(
            c.fdate(ex - _dt.timedelta(days=c.r.randint(100, 900)), "kanji"), "DATE", "以前"
        )
        b.t(" 施行CT、CD-R を ").p(c.fdate(am - _dt.timedelta(days=1), "md"), "DATE", "昨日").t(" 取込）")
    elif c.maybe(0.6):
        b.t("。").p(p["dept"], "DEPARTMENT", "依頼科").t(" ").p(c.sname(p["req"]), "PERSON", "主治医").t(
            c.ch(["先生", "Dr"]) + "より"
        )
        b.p(c.fdate(am - _dt.timedelta(hours=3), "md"), "DATE", "本日").t(" 電話で問い合わせあり（内線 ").p(
            c.phs(), "PHONE_NUMBER", "院内"
        ).t("）。")
    b.t("\n\n訂正前：「" + before + "」\n訂正後：「" + after + "」\n\n")
    b.t(c.ch(["その他の所見・診断に変更はありません。", "診断を以下の通り改めます。", "Impression #2 を修正。"]) + "\n")
    b.t("【訂正後の診断】\n" + after + "。その他は原報告の通り。\n臨床的に重要な変更であり、依頼医へ別途連絡した。\n")
    b.t("主治医へは " + f"{am.hour:02d}:{am.minute:02d}" + " に電話連絡済（")
    b.p(c.sname(p["req"]), "PERSON", "主治医").t("）。")
    if c.maybe(0.5):
        b.t("\n原報告 読影：").p(c.sname(p["res"]), "PERSON", "前任読影医").t(" / 確定：").p(
            c.sname(p["sup"]), "PERSON", "確定医"
        )
    b.t("\n\n" + c.ch(["承認 ", "電子署名 "])).p(
        c.name_form(p["sup"], c.ch(["kanji_sp", "romaji_gf"])), "PERSON", "承認者"
    )
    return c.known(pe, p["pid"], p["birth"])


_RADPATH = [
    (
        "CT/PET-CT",
        "右肺下葉S6 腫瘤 28mm、SUVmax 8.4",
        "胸腔鏡下右下葉切除＋ND2a-1",
        "invasive adenocarcinoma, acinar predominant, pT1cN0(0/14), pl0, ly0, v1",
        "cT1cN0M0 と病理 pT1cN0 は一致。",
    ),
    (
        "MRI (EOB)",
        "肝S7 LR-5 24mm",
        "肝S7 亜区域切除",
        "hepatocellular carcinoma, moderately differentiated, eg, fc(+), vp0",
        "被膜・washout は病理の線維性被膜と対応。",
    ),
    (
        "mpMRI",
        "left PZpl PI-RADS 5",
        "ロボット支援腹腔鏡下前立腺全摘",
        "acinar adenocarcinoma, Gleason 4+3, pT3a (focal EPE), RM0",
        "MRI では EPE 指摘なし、後方視的には capsular bulge あり。",
    ),
    (
        "CT 膵プロトコール",
        "膵体部 乏血性腫瘤 22mm",
        "膵体尾部切除",
        "invasive ductal carcinoma, pT2, pN1 (2/18), PL(-)",
        "腫瘍径は画像 22mm、病理 26mm。",
    ),
    (
        "MMG/乳腺MRI",
        "左C区域 non-mass enhancement 35mm",
        "左乳房部分切除",
        "DCIS + IDC (5mm), ER+, HER2 1+",
        "NME の範囲は病理 DCIS 範囲とほぼ一致。",
    ),
]


def _s_radpath(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c, 40, 85)
    pe, ex = p["pe"], p["ex"]
    mod, img, op, path, corr = c.ch(_RADPATH)
    if "前立腺" in op:
        pe = c.person("M")
        p["sex"] = "M"
    elif "乳房" in op:
        pe = c.person("F")
        p["sex"] = "F"
    opd = ex + _dt.timedelta(days=c.r.randint(14, 60))
    conf = opd + _dt.timedelta(days=c.r.randint(14, 40))
    b.t(c.ch(["Radiology-Pathology Correlation", "Rad-Path カンファレンス記録", "画像・病理対比"]) + "　")
    b.p(c.fdate(conf, c.ch(["slash", "kanji"]), wd=c.maybe(0.5)), "DATE", "本日").t("\n")
    b.t("症例：").p(c.age(p["age"]), "AGE", "成人").t(" " + _sexj(c, p["sex"]) + "　").p(
        c.name_form(pe, c.ch(["kanji_sp", "init_fg", "fam"])), "PERSON", "本人"
    )
    b.t(c.ch(["", " 様", " 氏"]) + "（ID ").p(p["pid"], "ID", "―").t("）\n")
    b.t("臨床経過：").p(c.clinic(), "FACILITY", "近医").t(c.ch(["より紹介。", "で異常を指摘され紹介。"]) + "\n")
    b.t("画像：" + mod + " ").p(c.fdate(ex, c.ch(["slash", "eraabbr"])), "DATE", "術前").t(" — " + img)
    if c.maybe(0.5):
        b.t("\n　　PET-CT ").p(c.fdate(ex + _dt.timedelta(days=c.r.randint(3, 12)), "slash0"), "DATE", "術前").t("（")
        b.p(c.hospital(), "FACILITY", "他院").t("に依頼）")
    b.t("\n手術：").p(c.fdate(opd, c.ch(["kanji", "slash", "era"])), "DATE", "術日").t(" " + op + "（")
    b.p(
        c.dept() if c.maybe(0.3) else c.ch(["呼吸器外科", "肝胆膵外科", "泌尿器科", "乳腺外科"]), "DEPARTMENT", "外科"
    ).t(" ")
    b.p(c.sname(c.staff()), "PERSON", "執刀医").t("）\n病理番号：").p(c.path_no(opd), "ID", "―")
    if c.maybe(0.5):
        b.t("（生検 ").p(c.path_no(ex), "ID", "―").t("）")
    b.t("\n病理診断：" + path + "\n\n対比：" + corr + "\n")
    b.t(
        "学習点："
        + c.ch(["術前 staging は妥当。", "微小浸潤の過小評価に注意。", "偽陰性要因は部分容積効果。"])
        + "\n\n"
    )
    b.t("参加：放射線科 ").p(c.sname(p["sup"]), "PERSON", "放射線科医").t("、").p(c.sname(p["res"]), "PERSON", "専攻医")
    b.t("／病理 ").p(c.sname(c.staff()), "PERSON", "病理医").t("／臨床 ").p(c.sname(p["req"]), "PERSON", "主治医")
    if c.maybe(0.4):
        b.t("\n症例登録番号 ").p(f"RP-{conf.year}-{c.digits(3)}", "ID", "―")
    return c.known(pe, p["pid"], p["birth"])


def _s_shared(c: _Ctx, b: _B) -> dict[str, Any]:
    p = _pt(c)
    pe, ex = p["pe"], p["ex"]
    cl = c.clinic()
    cl_addr, cl_area, _ = c.address()
    ref = c.staff()
    addr, area, _ = c.address()
    tel = c.phone(area) if c.maybe(0.6) else c.mobile()
    modality = c.ch(["CT", "MRI"])
    cs = _ct_case(c) if modality == "CT" else _mri_case(c)
    host = c.ch(["kitamihara-hp", "sakuragaoka-mc", "minatogawa-gh", "shinonome-med", "wakaba-hosp"])
    email = None
    b.t(c.ch(["共同利用検査 結果報告書", "【地域連携】画像検査報告書", "放射線検査 ご報告"]) + "\n\n")
    b.p(cl, "FACILITY", "紹介元医療機関").t("\n").p(c.sname(ref), "PERSON", "ご担当医").t(
        c.ch([" 先生 御侍史", " 先生 御机下", " 先生"]) + "\n"
    )
    if c.maybe(0.5):
        b.t("〒").p(c.postal(), "POSTAL_CODE", "―").t(" ").p(cl_addr, "ADDRESS", "所在地略")
        b.t("\nTEL ").p(c.phone(cl_area), "PHONE_NUMBER", "代表").t(" / FAX ").p(
            c.phone(cl_area), "PHONE_NUMBER", "代表"
        ).t("\n")
    b.t("\nこのたびは貴院より検査のご依頼をいただきありがとうございました。下記の通りご報告いたします。\n\n")
    b.t("患者氏名：").p(c.name_form(pe, c.ch(["kanji_sp", "kanji_fsp"])), "PERSON", "ご本人").t(" 様（")
    b.p(c.name_form(pe, "kana_sp"), "PERSON", "ゴホンニン").t("）\n生年月日：").p(c.bdate(p["birth"]), "DATE", "―")
    b.t("（").p(c.age(p["age"]), "AGE", "成人").t("）　性別：" + _sexj(c, p["sex"]) + "\n")
    b.t("住所：〒").p(c.mixw(c.postal(), 0.3), "POSTAL_CODE", "―").t(c.ch([" ", "　", "\n　　　"])).p(
        addr, "ADDRESS", "自宅"
    )
    b.t("\n連絡先：").p(c.mixw(tel, 0.3), "PHONE_NUMBER", "本人連絡先").t("\n")
    if c.maybe(0.4):
        b.t("保険者番号 ").p(c.digits(c.ch([6, 8])), "INSURANCE_NUMBER", "―").t("　記号 ")
        b.p(c.ch([c.digits(4), f"{c.digits(2)}-{c.digits(3)}", "ア" + c.digits(3)]), "INSURANCE_NUMBER", "―").t(
            "　番号 "
        )
        b.p(c.digits(c.ch([3, 5, 7])), "INSURANCE_NUMBER", "―").t("\n")
    b.t("当院ID：").p(p["pid"], "ID", "―").t("　紹介状管理番号：").p(f"R{ex.year % 100}-{c.digits(5)}", "ID", "―").t(
        "\n"
    )
    b.t("検査日：").p(c.fdate(ex, c.ch(["era", "kanji", "slash"]), time=c.maybe(0.4)), "DATE", "本日").t(
        "\n検査：" + cs["exam"] + "\n\n"
    )
    b.t("【所見】\n" + cs["find"] + "\n\n【診断】\n" + cs["imp"] + "\n\n")
    b.t("読影：").p(p["rad"], "DEPARTMENT", "放射線科").t(" ").p(c.sname(p["sup"]), "PERSON", "読影医")
    if c.maybe(0.4):
        b.t("（遠隔読影：").p(
            c.ch(["株式会社メディカルイメージラボ", "ハート画像診断センター", "イメージリンク遠隔読影室"]),
            "FACILITY",
            "遠隔読影施設",
        ).t(" ")
        b.p(c.name_form(c.staff(), "kanji_sp"), "PERSON", "読影医").t("）")
    b.t("\n\nご不明な点は ").p(p["hosp"], "FACILITY", "当院").t(" 地域医療連携室までお問い合わせください。\nTEL ")
    b.p(c.phone(), "PHONE_NUMBER", "代表").t("（直通）  FAX ").p(c.phone(), "PHONE_NUMBER", "代表")
    if c.maybe(0.5):
        email = f"renkei@{host}.jp"
        b.t("\nE-mail: ").p(email, "EMAIL_ADDRESS", "連携室窓口")
    if c.maybe(0.4):
        b.t("\n画像は連携ポータルでもご覧いただけます：").p(f"https://{host}.jp/renkei/portal", "URL", "連携ポータル")
    b.t("\n画像CD-R 同封。" + c.ch(["", "次回予約は貴院よりご連絡ください。"]))
    return c.known(pe, p["pid"], p["birth"], addr, tel)


_STYLES = [_s_ct, _s_mri, _s_xray, _s_us, _s_fluoro, _s_nodule, _s_critical, _s_amend, _s_radpath, _s_shared]


def generate_ac(n_phi: int = 60, n_clean: int = 15, seed: int = 20230) -> list[dict]:
    """Generate the AC family: radiology-report styles (see module docstring)."""
    c = _Ctx(seed)
    docs: list[dict] = []
    for i in range(n_phi):
        b = _B(f"ac-phi-{i:03d}", True)
        kn = _STYLES[i % len(_STYLES)](c, b)
        docs.append(b.d.out(kn if i % 3 == 0 else None))
    for i in range(n_clean):
        b = _B(f"ac-clean-{i:03d}", False)
        _STYLES[(i * 3 + 1) % len(_STYLES)](c, b)
        docs.append(b.d.out())
    return docs
