"""Blind held-out text corpus, family Y.

Written blind: the author did not read the de-identification tool's code, policies,
docs, tests or other bench files, and did not run the tool on this corpus.  All
names, IDs, addresses, phone numbers and e-mail addresses are synthetic (seeded
Faker ja_JP plus hand-made lists).

Styles (cycled over the PHI documents):
  1. chat     - hospital business chat logs (LINE WORKS export, Teams copy-paste,
                smartphone-style LINE log): display names such as "放射線科 高橋",
                "Kobayashi Ns", "やまだ@5東", "5東すずき", @mentions, [スタンプ], replies.
  2. email    - e-mail threads with From/To/Cc/Date/Subject headers, signatures with
                PHS / extension / FAX, quoted replies ("> ").
  3. audit    - EHR audit log lines (pipe table, syslog key=value, CSV + investigation memo).
  4. reserve  - reservation / order system screen copy-pastes (detail screen, daily list,
                lab order entry).
  5. bedboard - bed management board exports (CSV, fixed-width print, meeting memo).
  6. phone    - phone message memos (伝言メモ form and free-form).
  7. sms      - SMS / automated reminder texts and their send logs.
  8. pacs     - PACS/RIS worklist dumps (fixed-width, CSV, DICOM MWL attribute dump, HL7 v2).
  9. appdata  - small JSON / NDJSON / CSV snippets from hospital apps.

Labelling choices a scorer should know:
  * PERSON covers only the name characters; 様/さん/先生/Ns/Dr./氏 and roles stay
    outside.  DICOM/HL7 person names such as "YAMADA^TARO" are ONE PERSON span; a DICOM
    "漢字=カナ" pair is two PERSON spans separated by "=".  Initials ("Y.T.") are labelled
    only where they stand for a person.  Chat display names are split into their parts:
    "放射線科 高橋" -> DEPARTMENT + PERSON, "やまだ@5東" -> PERSON + FACILITY.
  * AGE spans include a unit when present ("92歳", "88才", "89y", "089Y"); bare numbers
    in columns / JSON are labelled as digits only.
  * FACILITY room spans include "号室" when written ("512号室"); bed numbers in their own
    column are labelled alone; rooms/beds listed as EMPTY (空床) are not labelled, being
    tied to no patient.  Ward short forms ("5東") are FACILITY, also in staff display names.
  * DATE: a date with its clock time is one span (also ISO timestamps and syslog
    "May 12 10:32:11"); separate time-only fields are not labelled.  E-mail Date header
    spans exclude the "+0900" zone.
  * ID includes staff login/user IDs in audit logs (identifiers tied to a person), patient
    IDs, accession / order / specimen / reservation / subject numbers.  Terminal names,
    exam room / station names, message queue ids and software versions are not labelled.
  * ADDRESS: when an app splits an address into fields (pref / city / line), each field is
    its own ADDRESS span.  Hospital / facility street addresses in signatures are labelled.
  * PHONE_NUMBER covers digits (with their hyphens/parentheses) only; PHS and 内線 numbers
    are labelled, labels excluded.
  * DEPARTMENT: clinical departments and administrative sections (医事課, 地域医療連携室 ...)
    are labelled wherever named.  Generic units such as "ICU" / "外来" are not used as PHI.
  * URL only for facility/patient-specific URLs; public generic URLs are left unlabelled.
  * HL7 MSH sending-facility codes (e.g. "TSURUMIMH") are FACILITY; HL7/DICOM staff numbers
    and scheduled-procedure-step IDs are ID; message control IDs / request IDs are not labelled.
  * MY_NUMBER may be written "1234 5678 9012" (one span); INSURANCE_NUMBER: 保険者番号, 記号 and
    番号 are three separate spans.
  * Template variants cycle deterministically per style, so every template appears.
  * PHI-free documents replace every identifier with generic phrases (当院, 主治医, 本人,
    家族, 本日, 前医 ...) and keep bare clock times.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------
# small text helpers
# ---------------------------------------------------------------------------

_ZEN_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_ZEN_ALL = str.maketrans("0123456789-/:()", "０１２３４５６７８９－／：（）")


def _zd(s: str) -> str:
    return s.translate(_ZEN_DIGITS)


def _mz(rng: random.Random, s: str, p: float = 0.15) -> str:
    """Randomly turn digits full-width (typical copy-paste noise)."""
    r = rng.random()
    if r < p:
        return s.translate(_ZEN_ALL)
    if r < p * 1.5:
        return s.translate(_ZEN_DIGITS)
    return s


def _hira(s: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in s)


_HK_BASE = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホ"
        "マミムメモヤユヨラリルレロワヲンァィゥェォッャュョー・　",
        "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ･ ",
        strict=True,
    )
)
for _v, _b in zip(
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボ",
    "カキクケコサシスセソタチツテトハヒフヘホ",
    strict=True,
):
    _HK_BASE[_v] = _HK_BASE[_b] + "ﾞ"
for _v, _b in zip("パピプペポ", "ハヒフヘホ", strict=True):
    _HK_BASE[_v] = _HK_BASE[_b] + "ﾟ"
_HK_BASE["ヴ"] = "ｳﾞ"


def _hankana(s: str) -> str:
    return "".join(_HK_BASE.get(ch, ch) for ch in s)


def _dispw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return " " * max(1, width - _dispw(s))


# ---------------------------------------------------------------------------
# writer: PHI docs record spans, PHI-free docs write a generic phrase instead
# ---------------------------------------------------------------------------

_GEN: dict[str, list[str]] = {
    "PERSON": ["本人", "担当者"],
    "ID": ["（ID省略）", "当該ID", "本人ID"],
    "DATE": ["本日", "当日", "後日", "同日"],
    "AGE": ["高齢", "年齢記載なし"],
    "PHONE_NUMBER": ["代表番号", "登録番号", "院内連絡先"],
    "ADDRESS": ["自宅", "市内", "近隣"],
    "POSTAL_CODE": ["（省略）"],
    "FACILITY": ["当院", "前医", "施設"],
    "DEPARTMENT": ["担当科", "担当部署"],
    "EMAIL_ADDRESS": ["担当者アドレス", "院内メール"],
    "URL": ["予約サイト", "案内ページ"],
    "MY_NUMBER": ["（省略）"],
    "INSURANCE_NUMBER": ["（確認済）", "（省略）"],
}


class _W:
    __slots__ = ("d", "phi", "rng")

    def __init__(self, doc: Doc, phi: bool, rng: random.Random) -> None:
        self.d = doc
        self.phi = phi
        self.rng = rng

    def t(self, s: str) -> _W:
        if s:
            self.d.t(s)
        return self

    def g(self, kind: str, g: str | None) -> str:
        return self.rng.choice(_GEN[kind]) if g is None else g

    def p(self, s: str, kind: str, g: str | None = None) -> _W:
        if self.phi:
            self.d.p(s, kind)
        else:
            self.t(self.g(kind, g))
        return self

    def pw(self, s: str, kind: str, width: int, g: str | None = None) -> _W:
        """Fixed-width column: value then padding."""
        if self.phi:
            self.d.p(s, kind)
            txt = s
        else:
            txt = self.g(kind, g)
            self.t(txt)
        self.d.t(_pad(txt, width))
        return self

    def dt(self, date_s: str, time_s: str = "", sep: str = " ", g: str | None = None) -> _W:
        """A date (optionally with its clock time) as ONE DATE span; clean docs keep the time."""
        if self.phi:
            self.d.p(date_s + (sep + time_s if time_s else ""), "DATE")
        elif g == "":
            pass  # empty structured field in the PHI-free version
        else:
            self.t(self.g("DATE", g))
            if time_s:
                self.t(sep + time_s)
        return self

    def val(self, phi_s: str, clean_s: str) -> str:
        return phi_s if self.phi else clean_s


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

_SURN_EXTRA = [
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("一", "ニノマエ", "Ninomae"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("西", "ニシ", "Nishi"),
    ("北", "キタ", "Kita"),
    ("原", "ハラ", "Hara"),
    ("関", "セキ", "Seki"),
    ("堀", "ホリ", "Hori"),
    ("辻", "ツジ", "Tsuji"),
    ("岸", "キシ", "Kishi"),
    ("泉", "イズミ", "Izumi"),
    ("星", "ホシ", "Hoshi"),
    ("谷", "タニ", "Tani"),
    ("沖", "オキ", "Oki"),
    ("千葉", "チバ", "Chiba"),
    ("長野", "ナガノ", "Nagano"),
    ("福島", "フクシマ", "Fukushima"),
    ("岡山", "オカヤマ", "Okayama"),
    ("秋田", "アキタ", "Akita"),
    ("熊本", "クマモト", "Kumamoto"),
    ("宮崎", "ミヤザキ", "Miyazaki"),
    ("奈良", "ナラ", "Nara"),
    ("品川", "シナガワ", "Shinagawa"),
    ("中野", "ナカノ", "Nakano"),
    ("大和", "ヤマト", "Yamato"),
    ("日野", "ヒノ", "Hino"),
    ("春日", "カスガ", "Kasuga"),
    ("今井", "イマイ", "Imai"),
    ("金田一", "キンダイチ", "Kindaichi"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("内田", "ウチダ", "Uchida"),
    ("相良", "サガラ", "Sagara"),
    ("左右田", "ソウダ", "Soda"),
    ("猪股", "イノマタ", "Inomata"),
    ("鬼頭", "キトウ", "Kito"),
    ("舎人", "トネリ", "Toneri"),
    ("安心院", "アジミ", "Ajimi"),
    ("五百旗頭", "イオキベ", "Iokibe"),
    ("月見里", "ヤマナシ", "Yamanashi"),
    ("八月一日", "ホズミ", "Hozumi"),
    ("齋藤", "サイトウ", "Saito"),
    ("渡邉", "ワタナベ", "Watanabe"),
    ("髙橋", "タカハシ", "Takahashi"),
    ("﨑山", "サキヤマ", "Sakiyama"),
    ("本間", "ホンマ", "Homma"),
    ("万代", "マンダイ", "Mandai"),
    ("朝日", "アサヒ", "Asahi"),
    ("夏目", "ナツメ", "Natsume"),
    ("雨宮", "アメミヤ", "Amemiya"),
    ("神", "ジン", "Jin"),
    ("上", "カミ", "Kami"),
    ("新", "アラタ", "Arata"),
    ("丹羽", "ニワ", "Niwa"),
    ("城", "ジョウ", "Jo"),
    ("皆川", "ミナガワ", "Minagawa"),
    ("帯刀", "タテワキ", "Tatewaki"),
    ("我妻", "ワガツマ", "Wagatsuma"),
    ("比嘉", "ヒガ", "Higa"),
    ("知念", "チネン", "Chinen"),
    ("仲宗根", "ナカソネ", "Nakasone"),
    ("栗栖", "クリス", "Kurisu"),
    ("水野", "ミズノ", "Mizuno"),
    ("森", "モリ", "Mori"),
]

_GIVEN_EXTRA = [
    ("トメ", "トメ", "Tome", "F"),
    ("ハナ", "ハナ", "Hana", "F"),
    ("キヨ", "キヨ", "Kiyo", "F"),
    ("ツル", "ツル", "Tsuru", "F"),
    ("ヨシ", "ヨシ", "Yoshi", "F"),
    ("すみれ", "スミレ", "Sumire", "F"),
    ("さくら", "サクラ", "Sakura", "F"),
    ("ひかり", "ヒカリ", "Hikari", "F"),
    ("千代子", "チヨコ", "Chiyoko", "F"),
    ("ミツ子", "ミツコ", "Mitsuko", "F"),
    ("美登里", "ミドリ", "Midori", "F"),
    ("結愛", "ユア", "Yua", "F"),
    ("陽葵", "ヒマリ", "Himari", "F"),
    ("フミ", "フミ", "Fumi", "F"),
    ("泉", "イズミ", "Izumi", "F"),
    ("春", "ハル", "Haru", "F"),
    ("静香", "シズカ", "Shizuka", "F"),
    ("實", "ミノル", "Minoru", "M"),
    ("勇", "イサム", "Isamu", "M"),
    ("茂", "シゲル", "Shigeru", "M"),
    ("清", "キヨシ", "Kiyoshi", "M"),
    ("留吉", "トメキチ", "Tomekichi", "M"),
    ("正一", "ショウイチ", "Shoichi", "M"),
    ("源三郎", "ゲンザブロウ", "Genzaburo", "M"),
    ("陽翔", "ハルト", "Haruto", "M"),
    ("蒼", "アオイ", "Aoi", "M"),
    ("大和", "ヤマト", "Yamato", "M"),
    ("健", "ケン", "Ken", "M"),
    ("誠", "マコト", "Makoto", "M"),
    ("一", "ハジメ", "Hajime", "M"),
    ("進", "ススム", "Susumu", "M"),
    ("光", "ヒカル", "Hikaru", "M"),
    ("明", "アキラ", "Akira", "M"),
    ("武", "タケシ", "Takeshi", "M"),
]

_FOREIGN = [
    ("グエン", "ヴァン アン", "グエン", "ヴァン アン", "Nguyen", "Van An", "M"),
    ("ファム", "ティ ラン", "ファム", "ティ ラン", "Pham", "Thi Lan", "F"),
    ("王", "偉", "ワン", "ウェイ", "Wang", "Wei", "M"),
    ("李", "美玲", "リ", "メイリン", "Li", "Meiling", "F"),
    ("金", "民俊", "キム", "ミンジュン", "Kim", "Minjun", "M"),
    ("朴", "瑞姫", "パク", "ソヒ", "Park", "Seohee", "F"),
    ("サントス", "マリア", "サントス", "マリア", "Santos", "Maria", "F"),
    ("シルバ", "ジョアン", "シルバ", "ジョアン", "Silva", "Joao", "M"),
    ("グルン", "ラム", "グルン", "ラム", "Gurung", "Ram", "M"),
    ("スミス", "ジョン", "スミス", "ジョン", "Smith", "John", "M"),
    ("デラクルス", "アナ", "デラクルス", "アナ", "Dela Cruz", "Ana", "F"),
    ("ペレイラ", "ルーカス", "ペレイラ", "ルーカス", "Pereira", "Lucas", "M"),
    ("チョウ", "シュウエイ", "チョウ", "シュウエイ", "Zhou", "Xiuying", "F"),
]

_FAKER_BOX: list[Faker] = []
_SURN: list[tuple[str, str, str]] = []
_GIV_M: list[tuple[str, str, str]] = []
_GIV_F: list[tuple[str, str, str]] = []


def _faker(seed: int) -> Faker:
    if not _FAKER_BOX:
        fk = Faker("ja_JP")
        _FAKER_BOX.append(fk)
        prov = next(pp for pp in fk.providers if "person" in type(pp).__module__)
        _SURN.extend(list(prov.last_name_pairs))
        _GIV_M.extend(list(prov.first_name_male_pairs))
        _GIV_F.extend(list(prov.first_name_female_pairs))
        for k, kk, r, s in _GIVEN_EXTRA:
            (_GIV_M if s == "M" else _GIV_F).append((k, kk, r))
    fk = _FAKER_BOX[0]
    fk.seed_instance(seed)
    return fk


class _P:
    __slots__ = ("fam", "fk", "foreign", "fr", "giv", "gk", "gr", "sex")

    def __init__(self, fam, giv, fk, gk, fr, gr, sex, foreign=False):
        self.fam, self.giv, self.fk, self.gk = fam, giv, fk, gk
        self.fr, self.gr, self.sex, self.foreign = fr, gr, sex, foreign

    def known(self) -> dict[str, str]:
        return {
            "family": self.fam,
            "given": self.giv,
            "family_kana": self.fk,
            "given_kana": self.gk,
            "family_romaji": self.fr,
            "given_romaji": self.gr,
        }

    def email_local(self, rng: random.Random) -> str:
        fr = self.fr.lower().replace(" ", "")
        gr = self.gr.lower().replace(" ", "")
        return rng.choice([f"{gr[0]}-{fr}", f"{fr}.{gr}", f"{fr}{gr[0]}", f"{gr}.{fr}", f"{fr}-{gr[:1]}"])


def _person(rng: random.Random, sex: str | None = None, fam: tuple | None = None, foreign_p: float = 0.07) -> _P:
    sex = sex or rng.choice("MF")
    if fam is None and rng.random() < foreign_p:
        f = rng.choice(_FOREIGN)
        return _P(f[0], f[1], f[2], f[3], f[4], f[5], f[6], True)
    if fam is None:
        fam = rng.choice(_SURN_EXTRA) if rng.random() < 0.45 else rng.choice(_SURN)
    g = rng.choice(_GIV_M if sex == "M" else _GIV_F)
    return _P(fam[0], g[0], fam[1], g[1], fam[2], g[2], sex)


def _staff(rng: random.Random, sex: str | None = None) -> _P:
    p = _person(rng, sex)
    for _ in range(6):
        if p.giv not in _OLD_GIVEN:
            break
        p = _person(rng, sex)
    return p


def _relative(rng: random.Random, pt: _P) -> tuple[_P, str]:
    kind = rng.choice(["長女", "長男", "妻", "夫", "次女", "次男", "姪", "孫", "三男", "長男の妻"])
    sex = "F" if kind in ("長女", "妻", "次女", "姪", "長男の妻") else "M"
    if kind == "妻" and pt.sex == "F":
        kind, sex = "夫", "M"
    elif kind == "夫" and pt.sex == "M":
        kind, sex = "妻", "F"
    if pt.foreign:
        f = rng.choice(_FOREIGN)
        r = _P(pt.fam, f[1], pt.fk, f[3], pt.fr, f[5], f[6], True)
        return r, kind
    same = kind in ("妻", "夫", "長男", "次男", "三男", "長男の妻") or rng.random() < 0.4
    fam = (pt.fam, pt.fk, pt.fr) if same else None
    return _person(rng, sex, fam=fam, foreign_p=0.0), kind


_FORMS_ALL = ["kj", "kjs", "ka", "hi", "ro", "rog", "RO", "ROg"]


def _nm(rng: random.Random, p: _P, form: str | None = None) -> str:
    """Render a person's name in one of many forms (never with leading/trailing spaces)."""
    form = form or rng.choice(_FORMS_ALL)
    if p.foreign and form in ("hi", "hif"):
        form = "ka" if form == "hi" else "kaf"
    sep = rng.choice([" ", "　", "", " "])
    if p.foreign and sep == "":
        sep = rng.choice(["・", " "])
    fr, gr = p.fr, p.gr
    if form == "kj":
        return p.fam + sep + p.giv
    if form == "kjs":
        return p.fam + rng.choice([" ", "　"]) + p.giv
    if form == "f":
        return p.fam
    if form == "ka":
        return p.fk + (sep if not p.foreign else rng.choice(["・", " "])) + p.gk
    if form == "kaf":
        return p.fk
    if form == "hi":
        return _hira(p.fk) + sep + _hira(p.gk)
    if form == "hif":
        return _hira(p.fk)
    if form == "hk":
        return _hankana(p.fk + " " + p.gk)
    if form == "ro":
        return f"{fr} {gr}"
    if form == "rog":
        return f"{gr} {fr}"
    if form == "RO":
        return f"{fr.upper()} {gr.upper()}"
    if form == "ROg":
        return f"{gr} {fr.upper()}"
    if form == "rof":
        return fr
    if form == "ROF":
        return fr.upper()
    if form == "roi":
        return f"{gr[0]}. {fr}"
    if form == "dic":
        return f"{fr.upper()}^{gr.upper()}"
    if form == "dick":
        return f"{p.fk}^{p.gk}".replace(" ", "")
    if form == "dicj":
        return f"{p.fam}^{p.giv}"
    if form == "ini":
        return rng.choice([f"{gr[0]}.{fr[0]}.", f"{fr[0]}.{gr[0]}."])
    raise ValueError(form)


# ---------------------------------------------------------------------------
# dates, ages
# ---------------------------------------------------------------------------

_WD = "月火水木金土日"
_WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MON_FULL = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_KNUM = "〇一二三四五六七八九"


def _kan(n: int) -> str:
    if n < 10:
        return _KNUM[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KNUM[t]) + "十" + ("" if o == 0 else _KNUM[o])


def _era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= _dt.date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


def _fd(rng: random.Random, d: _dt.date, fmt: str | None = None, wd: bool | None = None) -> str:
    fmt = fmt or rng.choice(["iso", "sl", "sln", "jp", "jp", "eras", "eraj", "dot", "sl"])
    y, m, dd = d.year, d.month, d.day
    en, es, ey = _era(d)
    if fmt == "iso":
        s = f"{y:04d}-{m:02d}-{dd:02d}"
    elif fmt == "sl":
        s = f"{y:04d}/{m:02d}/{dd:02d}"
    elif fmt == "sln":
        s = f"{y}/{m}/{dd}"
    elif fmt == "jp":
        s = f"{y}年{m}月{dd}日"
    elif fmt == "md":
        s = f"{m}/{dd}"
    elif fmt == "mdj":
        s = f"{m}月{dd}日"
    elif fmt == "eras":
        s = f"{es}{ey}.{m}.{dd}"
    elif fmt == "erasp":
        s = f"{es}{ey:02d}.{m:02d}.{dd:02d}"
    elif fmt == "eraj":
        s = f"{en}{'元' if ey == 1 else ey}年{m}月{dd}日"
    elif fmt == "kan":
        s = f"{en}{'元' if ey == 1 else _kan(ey)}年{_kan(m)}月{_kan(dd)}日"
    elif fmt == "kanw":
        s = "".join(_KNUM[int(c)] for c in str(y)) + f"年{_kan(m)}月{_kan(dd)}日"
    elif fmt == "cmp":
        s = f"{y:04d}{m:02d}{dd:02d}"
    elif fmt == "dot":
        s = f"{y}.{m:02d}.{dd:02d}"
    elif fmt == "y2":
        s = f"{y % 100:02d}/{m:02d}/{dd:02d}"
    elif fmt == "en":
        s = f"{_MON_EN[m - 1]} {dd}, {y}"
    elif fmt == "hyph_md":
        s = f"{m:02d}-{dd:02d}"
    else:
        raise ValueError(fmt)
    if wd is None:
        wd = fmt in ("md", "mdj", "sln", "jp") and rng.random() < 0.45
    if wd:
        w = _WD[d.weekday()]
        s += rng.choice([f"({w})", f"（{w}）", f"({w})"]) if fmt != "en" else ""
    return s


def _ft(rng: random.Random, t: _dt.datetime, fmt: str | None = None) -> str:
    fmt = fmt or rng.choice(["hm", "hm", "hmj", "hm0"])
    if fmt == "hm":
        return f"{t.hour}:{t.minute:02d}"
    if fmt == "hm0":
        return f"{t.hour:02d}:{t.minute:02d}"
    if fmt == "hms":
        return f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    if fmt == "hmj":
        return f"{t.hour}時{t.minute:02d}分" if t.minute else f"{t.hour}時"
    raise ValueError(fmt)


def _age_at(bd: _dt.date, d: _dt.date) -> int:
    return d.year - bd.year - ((d.month, d.day) < (bd.month, bd.day))


def _fage(rng: random.Random, a: int, fmt: str | None = None) -> str:
    fmt = fmt or rng.choice(["歳", "歳", "歳", "才", "y", "Y", "歳"])
    if fmt in ("歳", "才"):
        return f"{a}{fmt}"
    if fmt == "y":
        return f"{a}y"
    if fmt == "Y":
        return f"{a}Y"
    if fmt == "AS":
        return f"{a:03d}Y"
    return str(a)


# ---------------------------------------------------------------------------
# places, facilities, numbers
# ---------------------------------------------------------------------------

_PREF_CITY = [
    ("東京都", "世田谷区", "03"),
    ("東京都", "練馬区", "03"),
    ("東京都", "八王子市", "042"),
    ("神奈川県", "横浜市港北区", "045"),
    ("神奈川県", "藤沢市", "0466"),
    ("埼玉県", "さいたま市浦和区", "048"),
    ("千葉県", "船橋市", "047"),
    ("大阪府", "豊中市", "06"),
    ("大阪府", "大阪市阿倍野区", "06"),
    ("愛知県", "名古屋市千種区", "052"),
    ("福岡県", "福岡市東区", "092"),
    ("北海道", "札幌市北区", "011"),
    ("宮城県", "仙台市青葉区", "022"),
    ("兵庫県", "西宮市", "0798"),
    ("京都府", "京都市左京区", "075"),
    ("静岡県", "浜松市中央区", "053"),
    ("広島県", "広島市安佐南区", "082"),
    ("栃木県", "宇都宮市", "028"),
    ("長野県", "松本市", "0263"),
    ("熊本県", "熊本市中央区", "096"),
    ("新潟県", "長岡市", "0258"),
    ("沖縄県", "那覇市", "098"),
]

_HOSP_PRE = [
    ("桜ヶ丘", "sakuragaoka"),
    ("青葉台", "aobadai"),
    ("みなと", "minato"),
    ("北斗", "hokuto"),
    ("東雲", "shinonome"),
    ("若葉", "wakaba"),
    ("城南", "jonan"),
    ("なぎさ", "nagisa"),
    ("白鷺", "shirasagi"),
    ("ひばりが丘", "hibarigaoka"),
    ("多摩川", "tamagawa"),
    ("千種", "chikusa"),
    ("浜風", "hamakaze"),
    ("高砂", "takasago"),
    ("望洋台", "boyodai"),
    ("朝霧", "asagiri"),
    ("緑ヶ丘", "midorigaoka"),
    ("鶴見", "tsurumi"),
    ("泉ヶ丘", "izumigaoka"),
    ("北総", "hokuso"),
]
_HOSP_SUF = [
    ("総合病院", "gh"),
    ("中央病院", "ch"),
    ("記念病院", "mh"),
    ("医療センター", "mc"),
    ("市民病院", "city-hp"),
    ("病院", "hp"),
    ("脳神経外科病院", "nsh"),
    ("リハビリテーション病院", "reha"),
    ("第一病院", "daiichi"),
]
_CLINIC_KIND = ["内科クリニック", "整形外科クリニック", "ファミリークリニック", "内科医院", "在宅クリニック", "診療所"]
_OLD_GIVEN = {"トメ", "ハナ", "キヨ", "ツル", "ヨシ", "千代子", "ミツ子", "フミ", "實", "留吉", "源三郎", "千代"}
_CARE = [
    "特別養護老人ホーム 緑風苑",
    "特別養護老人ホームやすらぎの里",
    "介護老人保健施設 さくら荘",
    "介護老人保健施設ひまわり",
    "グループホーム ひだまりの家",
    "グループホームあじさい",
    "サービス付き高齢者向け住宅 清流苑",
    "有料老人ホーム 寿楽園",
    "ショートステイ はなみずき",
]
_CAREMGR = [
    "居宅介護支援事業所 あおぞら",
    "居宅介護支援事業所かがやき",
    "訪問看護ステーション つばさ",
    "訪問看護ステーションぬくもり",
    "地域包括支援センター 北部",
]
_PHARM = ["さくら薬局", "ひまわり薬局", "すずらん調剤薬局", "あおば薬局", "たんぽぽ薬局", "みどり調剤薬局"]

_DEPTS = [
    "消化器内科",
    "循環器内科",
    "呼吸器内科",
    "腎臓内科",
    "糖尿病内分泌内科",
    "脳神経外科",
    "脳神経内科",
    "整形外科",
    "泌尿器科",
    "外科",
    "乳腺外科",
    "皮膚科",
    "小児科",
    "救急科",
    "総合診療科",
    "血液内科",
    "耳鼻咽喉科",
    "心臓血管外科",
    "呼吸器外科",
    "眼科",
]
_WINGS = "東西南北"

_DX_OLD = [
    "大腿骨頚部骨折",
    "誤嚥性肺炎",
    "心不全増悪",
    "脳梗塞（左MCA領域）",
    "COPD急性増悪",
    "総胆管結石性胆管炎",
    "S状結腸癌 cT3N1M0",
    "腰部脊柱管狭窄症 L4/5",
    "右肺下葉腺癌（S6）",
    "橋本病による甲状腺機能低下",
    "パーキンソン病",
    "尿路感染症（ESBL）",
    "慢性腎臓病 G4",
    "アルツハイマー型認知症、脱水",
    "胸腰椎圧迫骨折 Th12/L1",
    "大動脈弁狭窄症",
    "ギラン・バレー症候群疑い",
]
_DX_YOUNG = [
    "川崎病",
    "RSウイルス感染症",
    "急性虫垂炎",
    "クローン病",
    "気管支喘息発作",
    "前腕骨骨折",
    "1型糖尿病",
    "ネフローゼ症候群",
]
_EXAMS = [
    ("CT", "胸腹部造影CT", "CHEST/ABD CT C+"),
    ("CT", "頭部単純CT", "HEAD CT"),
    ("MR", "頭部MRI（DWI/FLAIR/MRA）", "BRAIN MRI/MRA"),
    ("MR", "腰椎MRI L1-S1", "L-SPINE MRI"),
    ("CR", "胸部X線 2方向", "CHEST PA/LAT"),
    ("US", "腹部エコー", "ABD US"),
    ("US", "心エコー", "ECHO TTE"),
    ("ES", "上部消化管内視鏡", "EGD"),
    ("ES", "下部消化管内視鏡", "CS"),
    ("NM", "骨シンチ", "BONE SCINTI"),
    ("MG", "マンモグラフィ", "MMG BIL"),
    ("CT", "冠動脈CT", "CCTA"),
    ("DX", "骨密度（DXA）", "DXA L-SPINE/HIP"),
]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _phone(rng: random.Random, ac: str) -> str:
    rest = 10 - len(ac)
    ex = rest - 4
    return f"{ac}-{rng.randint(10 ** (ex - 1) if ex > 1 else 2, 10**ex - 1)}-{_digits(rng, 4)}"


def _mobile(rng: random.Random) -> str:
    return f"{rng.choice(['090', '080', '070', '090'])}-{_digits(rng, 4)}-{_digits(rng, 4)}"


def _phone_var(rng: random.Random, ph: str) -> str:
    r = rng.random()
    if r < 0.12:
        return ph.replace("-", "")
    if r < 0.2:
        a, b, c = ph.split("-")
        return f"{a}({b}){c}"
    if r < 0.3:
        return _zd(ph).replace("-", "－")
    if r < 0.35:
        return ph.replace("-", " ")
    return ph


def _my_number(rng: random.Random) -> str:
    body = [rng.randrange(10) for _ in range(11)]
    s = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    return "".join(map(str, body)) + str(cd)


def _insurer(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:  # 国保 6 digits
        return rng.choice(["13", "14", "27", "23", "01"]) + _digits(rng, 4)
    if kind < 0.6:  # 後期高齢
        return "39" + _digits(rng, 6)
    return rng.choice(["01", "06", "31", "32"]) + _digits(rng, 6)


class _C:
    """Per-document context: one patient plus the people and places around them."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.vi = 0  # template variant index, set by the generator
        self.rng = rng
        self.fake = fake
        self.ev = _dt.datetime(2023, 4, 1, 8, 0) + _dt.timedelta(
            days=rng.randrange(0, 1000), minutes=rng.randrange(0, 600)
        )
        r = rng.random()
        if r < 0.33:
            age = rng.randint(90, 104)
        elif r < 0.85:
            age = rng.randint(55, 89)
        elif r < 0.93:
            age = rng.randint(18, 54)
        else:
            age = rng.randint(0, 17)
        self.bd = self.ev.date() - _dt.timedelta(days=age * 365 + age // 4 + rng.randrange(1, 364))
        self.age = _age_at(self.bd, self.ev.date())
        self.pt = _person(rng)
        for _ in range(6):
            if self.age >= 60 or self.pt.giv not in _OLD_GIVEN:
                break
            self.pt = _person(rng)
        self.sex = self.pt.sex
        self.rel, self.rel_kind = _relative(rng, self.pt)
        if self.age < 18:
            self.rel_kind = rng.choice(["母", "父"])
            self.rel = _person(rng, "F" if self.rel_kind == "母" else "M", fam=(self.pt.fam, self.pt.fk, self.pt.fr))
        ps = rng.random()
        if ps < 0.45:
            self.pid = f"{rng.randint(1, 9999999):08d}"
        elif ps < 0.65:
            self.pid = f"{rng.randint(1, 99999999):010d}"
        elif ps < 0.8:
            self.pid = str(rng.randint(1000000, 9999999))
        else:
            self.pid = f"{rng.randint(0, 9999):04d}-{rng.randint(0, 9999):04d}"
        pre = rng.choice(_HOSP_PRE)
        suf = rng.choice(_HOSP_SUF)
        self.hosp = pre[0] + suf[0]
        self.dom = rng.choice([f"{pre[1]}-{suf[1]}.jp", f"{pre[1]}{suf[1]}.or.jp", f"{pre[1]}-hp.jp"])
        pc = rng.choice(_PREF_CITY)
        self.pref, self.city, ac = pc
        self.hosp_tel = _phone(rng, ac)
        self.hosp_fax = self.hosp_tel[:-4] + _digits(rng, 4)
        self.hosp_zip = f"{rng.randint(100, 999)}-{_digits(rng, 4)}"
        self.hosp_addr = (
            f"{self.pref}{self.city}{fake.town()}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        )
        pre2 = rng.choice([x for x in _HOSP_PRE if x != pre])
        if rng.random() < 0.5:
            self.hosp2 = pre2[0] + rng.choice(_HOSP_SUF)[0]
        else:
            self.hosp2 = rng.choice([pre2[0], _person(rng).fam]) + rng.choice(_CLINIC_KIND)
        self.rehab = pre2[0] + rng.choice(["リハビリテーション病院", "病院", "記念病院", "温泉病院", "中央病院"])
        self.dom2 = f"{pre2[1]}-{rng.choice(['hosp', 'reha', 'mh'])}.jp"
        self.hosp2_tel = _phone(rng, ac)
        self.care = rng.choice(_CARE)
        self.caremgr = rng.choice(_CAREMGR)
        self.pharm = rng.choice(_PHARM) + " " + fake.town() + rng.choice(["店", "店", "駅前店"])
        floor = rng.randint(3, 9)
        wing = rng.choice(_WINGS)
        self.ward = rng.choice([f"{floor}階{wing}病棟", f"{floor}{wing}病棟"])
        self.ward_s = f"{floor}{wing}"
        self.room = f"{floor}{rng.randint(1, 25):02d}"
        self.bed = rng.choice(["1", "2", "3", "4", "A", "B", "C", "D"])
        self.dept = rng.choice([x for x in _DEPTS if x != "小児科"]) if self.age >= 18 else "小児科"
        self.dx = rng.choice(_DX_OLD if self.age >= 18 else _DX_YOUNG)
        self.exam = rng.choice(_EXAMS)
        self.dr = _staff(rng)
        self.dr2 = _staff(rng)
        self.ns = _staff(rng, "F" if rng.random() < 0.8 else "M")
        self.ns2 = _staff(rng, "F")
        self.rt = _staff(rng)
        self.ck = _staff(rng, "F")
        self.ph = _staff(rng)
        self.msw = _staff(rng)
        self.ext = _digits(rng, 4)
        self.phs = rng.choice([_digits(rng, 4), _digits(rng, 3), "7" + _digits(rng, 3)])
        # patient's home
        pc2 = rng.choice(_PREF_CITY) if rng.random() < 0.3 else pc
        self.ppref, self.pcity, pac = pc2
        self.ptown = fake.town()
        a, b, cc = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
        self.pblock = rng.choice([f"{a}丁目{b}番{cc}号", f"{a}-{b}-{cc}", f"{a}-{b}-{cc}", f"{b * 10 + a}番地{cc}"])
        self.pbldg = ""
        if rng.random() < 0.35:
            self.pbldg = fake.building_name() + " " + str(rng.randint(1, 12)) + f"{rng.randint(1, 15):02d}"
        self.addr = self.ppref + self.pcity + self.ptown + self.pblock + (" " + self.pbldg if self.pbldg else "")
        self.pzip = f"{rng.randint(100, 999)}-{_digits(rng, 4)}"
        self.tel_home = _phone(rng, pac)
        self.tel_mob = _mobile(rng)
        self.rel_tel = _mobile(rng)
        self.email = (
            self.pt.email_local(rng)
            + str(rng.randint(1, 99))
            + "@"
            + rng.choice(["kmail.ne.jp", "sakura-net.jp", "mobile-mail.example.jp", "webmail.example.com"])
        )
        acc_pre = {"CT": "CT", "MR": "MR", "CR": "CR", "US": "US", "ES": "EN", "NM": "NM", "MG": "MG", "DX": "DX"}
        d = self.ev
        accf = rng.random()
        if accf < 0.4:
            self.acc = f"{acc_pre[self.exam[0]]}{d:%y%m%d}{rng.randint(1, 300):04d}"
        elif accf < 0.7:
            self.acc = f"{d:%Y%m%d}{rng.randint(1, 9999):05d}"
        else:
            self.acc = f"RA-{d:%y}-{rng.randint(1, 999999):06d}"
        self.order = rng.choice(
            [f"OD{d:%y%m%d}{_digits(rng, 5)}", f"{d:%y%m%d}{_digits(rng, 4)}", f"O-{_digits(rng, 9)}"]
        )

    def addr_text(self, rng: random.Random, mode: str | None = None) -> str:
        mode = mode or rng.choice(["full", "full", "nopref", "city", "z"])
        if mode == "full":
            return self.addr
        if mode == "nopref":
            return self.pcity + self.ptown + self.pblock
        if mode == "city":
            return self.ppref + self.pcity + self.ptown
        if mode == "z":
            return _zd(self.ppref + self.pcity + self.ptown + self.pblock).replace("-", "－")
        raise ValueError(mode)

    def other_patient(self) -> tuple[_P, str, int, _dt.date]:
        rng = self.rng
        age = rng.randint(90, 101) if rng.random() < 0.3 else rng.randint(30, 89)
        p = _person(rng) if age >= 60 else _staff(rng)
        bd = self.ev.date() - _dt.timedelta(days=age * 365 + age // 4 + rng.randrange(1, 364))
        age = _age_at(bd, self.ev.date())
        pid = str(int(self.pid.replace("-", "")) + rng.randint(-90000, 90000)).zfill(len(self.pid.replace("-", "")))
        if "-" in self.pid:
            pid = pid[:4] + "-" + pid[4:]
        return p, pid, age, bd

    def known(self, rng: random.Random) -> dict[str, Any]:
        phones = [self.tel_home]
        if rng.random() < 0.6:
            phones.append(self.tel_mob)
        return {
            "names": [self.pt.known()],
            "ids": [self.pid],
            "birth_date": self.bd.isoformat(),
            "addresses": [self.addr],
            "phones": phones,
            "emails": [self.email] if rng.random() < 0.5 else [],
        }


def _fac_room(rng: random.Random, c: _C) -> str:
    return rng.choice([f"{c.room}号室", f"{c.room}号室", f"{c.room}-{c.bed}"])


# ---------------------------------------------------------------------------
# style 1: chat logs
# ---------------------------------------------------------------------------


def _speaker(rng: random.Random, c: _C, p: _P, role: str):
    clean = {"ns": "病棟Ns", "dr": "主治医", "rt": "放射線技師", "ck": "医事担当", "ph": "薬剤師", "msw": "MSW"}[role]
    rdept = {
        "ns": "看護部",
        "dr": c.dept,
        "rt": rng.choice(["放射線科", "放射線部", "画像診断科"]),
        "ck": rng.choice(["医事課", "会計課", "医事課"]),
        "ph": "薬剤部",
        "msw": rng.choice(["地域医療連携室", "医療福祉相談室"]),
    }[role]
    if role == "ns":
        mode = rng.choice(["hira_at", "ro_ns", "ward_glued", "kj_ward", "kaf"])
    elif role == "dr":
        mode = rng.choice(["dept_f", "dr_ro", "kj_dept", "f_dr", "ro_full"])
    else:
        mode = rng.choice(["dept_f", "dept_glued", "kaf_dept", "ro_full", "dept_f"])
    hf = _hira(p.fk)

    def write(w: _W) -> None:
        if not w.phi:
            w.t(clean)
            return
        if mode == "hira_at":
            w.p(hf, "PERSON").t(rng.choice(["@", "＠"])).p(c.ward_s, "FACILITY")
        elif mode == "ro_ns":
            w.p(p.fr, "PERSON").t(" Ns")
        elif mode == "ward_glued":
            w.p(c.ward_s, "FACILITY").p(hf if rng.random() < 0.5 else p.fam, "PERSON")
        elif mode == "kj_ward":
            w.p(p.fam + " " + p.giv, "PERSON").t("（").p(c.ward_s, "FACILITY").t("）")
        elif mode == "kaf":
            w.p(p.fk, "PERSON").t("(").p(c.ward_s, "FACILITY").t(")")
        elif mode == "dept_f":
            w.p(rdept, "DEPARTMENT").t(" ").p(p.fam, "PERSON")
        elif mode == "dept_glued":
            w.p(rdept, "DEPARTMENT").p(p.fam, "PERSON")
        elif mode == "kaf_dept":
            w.p(p.fk, "PERSON").t("(").p(rdept, "DEPARTMENT").t(")")
        elif mode == "dr_ro":
            w.t("Dr.").p(p.fr, "PERSON")
        elif mode == "kj_dept":
            w.p(p.fam + " " + p.giv, "PERSON").t(" (").p(rdept, "DEPARTMENT").t(")")
        elif mode == "f_dr":
            w.p(p.fam, "PERSON").t("Dr")
        elif mode == "ro_full":
            w.p(f"{p.gr} {p.fr}", "PERSON")

    return write


def _chat_pool(c: _C, rng: random.Random) -> list[tuple[str, Any]]:
    pt = c.pt
    ptf = pt.fam if not pt.foreign else pt.fk
    n_in = rng.randint(2, 5)
    fr_time = f"{rng.randint(13, 16)}:{rng.choice(['00', '30', '15'])}"

    def m_open(w: _W) -> None:
        w.t(rng.choice(["おはようございます。", "お疲れ様です！", "おつかれさまです。"]))
        w.t(f"本日の入院 {n_in}名です。\n①").p(_nm(rng, pt, rng.choice(["ka", "kj", "hi"])), "PERSON", "患者A")
        w.t("さん ").p(_fage(rng, c.age), "AGE").t(f" {c.dx} ").p(c.dept, "DEPARTMENT", "担当科")
        w.t(" 11時頃来院予定\n②以下略（夕方になりそう）")

    def m_ct(w: _W) -> None:
        w.t(rng.choice(["@", "＠"])).p(c.ns.fam, "PERSON", "病棟").t(rng.choice(["さん ", " ", "さん　"]))
        w.p(_fac_room(rng, c), "FACILITY", "病室").t("の").p(ptf, "PERSON", "患者").t("さん（ID:")
        w.p(_mz(rng, c.pid), "ID").t(f"）{c.exam[1]}、{fr_time}に前倒しできそうです。")
        w.t(rng.choice(["ルート20Gでお願いします🙏", "ルート確保おねがいします", "絶食確認お願いします"]))

    def m_ok(w: _W) -> None:
        w.t(rng.choice(["了解です！", "承知しました", "りょ", "[スタンプ]", "了解でーす", "👍", "かしこまりました🙇‍♀️"]))

    def m_lab(w: _W) -> None:
        w.p(ptf, "PERSON", "患者").t(rng.choice(["さん", "様", "さん、"]))
        w.t(
            f"Cr {rng.uniform(0.6, 2.4):.2f} eGFR {rng.randint(18, 70)}なので造影剤は減量で。"
            "前後で補液500mlお願いします"
        )

    def m_family(w: _W) -> None:
        w.t("ご家族に連絡つきました。").t(c.rel_kind).t("の").p(
            _nm(rng, c.rel, rng.choice(["kj", "f", "ka"])), "PERSON", "ご家族"
        )
        w.t("さん、")
        d = c.ev + _dt.timedelta(days=rng.randint(1, 3))
        w.dt(_fd(rng, d.date(), rng.choice(["md", "mdj"]), wd=True), "14時", "", g="明日").t("に来院されます\n📞")
        w.p(_phone_var(rng, c.rel_tel), "PHONE_NUMBER", "家族携帯（登録済）")

    def m_ins(w: _W) -> None:
        w.p(_nm(rng, pt, rng.choice(["kj", "kjs", "ka"])), "PERSON", "患者").t("様の保険証、")
        w.dt(
            _fd(rng, (c.ev - _dt.timedelta(days=rng.randint(3, 40))).date(), rng.choice(["sln", "mdj", "eras"])),
            g="先月末",
        )
        w.t("で期限切れになってます。マイナ保険証の確認お願いします ")
        w.t("@").p(_hira(c.ns.fk), "PERSON", "病棟")
        if rng.random() < 0.4:
            w.t("\n（旧）保険者番号 ").p(_insurer(rng), "INSURANCE_NUMBER").t(" 記号 ")
            w.p(_digits(rng, rng.choice([2, 4])), "INSURANCE_NUMBER").t(" 番号 ").p(
                str(rng.randint(1, 9999)), "INSURANCE_NUMBER"
            )

    def m_dc(w: _W) -> None:
        d = c.ev + _dt.timedelta(days=rng.randint(1, 6))
        w.t("明日じゃなくて ").dt(_fd(rng, d.date(), "md", wd=True), g="来週").t(" 退院で調整中です。退院先は")
        w.p(c.care, "FACILITY", "施設").t("、情報提供書は書いておきます")

    def m_photo(w: _W) -> None:
        w.t(rng.choice(["[写真]", "写真を送信しました", "[画像]", "[ファイル] 持参薬一覧.pdf"]))

    def m_ph(w: _W) -> None:
        w.p(c.room, "FACILITY", "病室").t("の").p(ptf, "PERSON", "患者").t(
            "さん、持参薬にエリキュース2.5mg 2T2xあります。"
        )
        w.t("OP前なので中止指示もらえますか？ 前医 ").p(c.hosp2, "FACILITY", "他院").t(" の処方です")

    def m_init(w: _W) -> None:
        o, _pid2, _a2, _b2 = c.other_patient()
        w.p(_nm(rng, o, "ini"), "PERSON", "別の患者").t("さん（").p(
            f"{c.ward_s[0]}{rng.randint(1, 25):02d}", "FACILITY", "隣室"
        )
        w.t("）MRIの体内金属チェック未回答です。ペースメーカー手帳あるか確認を")

    def m_reply(w: _W) -> None:
        w.t(rng.choice(["> ", "[返信] ", "↪ "])).p(ptf, "PERSON", "患者").t(f"さんの{c.exam[0]}前倒し\n")
        w.t(
            rng.choice(
                ["OKです、ルートとりました", "ルート入ってます。16時から検査OK", "すみません、今 清拭中なので15分後で"]
            )
        )

    def m_conf(w: _W) -> None:
        w.t("@all 明日のカンファは16:30〜 第2カンファ室です。症例3件（うち1件はDNAR確認）")

    def m_typo(w: _W) -> None:
        w.t(rng.choice(["すみませn、", "すいません", "ごめんなさい！"]))
        w.p(ptf, "PERSON", "患者").t(rng.choice(["さんの", "さん　の"])).t(
            "点滴、ラクテックからソルデム3Aに変更になってました。"
        )
        w.t("指示受け済みです")

    return [
        ("ns", m_open),
        ("rt", m_ct),
        ("ns", m_ok),
        ("dr", m_lab),
        ("ns", m_reply),
        ("ck", m_ins),
        ("ns", m_family),
        ("dr", m_dc),
        ("ph", m_ph),
        ("ns", m_photo),
        ("rt", m_init),
        ("dr", m_conf),
        ("ns", m_typo),
        ("ns", m_ok),
    ]


def _s_chat(w: _W, c: _C, rng: random.Random) -> None:
    people = {"ns": c.ns, "dr": c.dr, "rt": c.rt, "ck": c.ck, "ph": c.ph}
    spk = {k: _speaker(rng, c, p, k) for k, p in people.items()}
    pool = _chat_pool(c, rng)
    keep = [pool[0]] + [m for m in pool[1:] if rng.random() < 0.55]
    keep = keep[: rng.randint(5, 6)]
    if len(keep) < 5:
        keep = pool[:5]
    t = c.ev.replace(hour=rng.randint(8, 10), minute=rng.randint(0, 59))
    v = c.vi % 3
    if v == 0:  # LINE WORKS export
        w.t("[LINE WORKS] ").p(c.ward, "FACILITY", "病棟").t(rng.choice([" 業務連絡", " 連絡用", "（リーダー・医師）"]))
        w.t(" のトーク履歴\n保存日時：").dt(_fd(rng, c.ev.date(), "sl"), "18:0" + str(rng.randint(0, 9)), " ")
        w.t("\n\n").dt(_fd(rng, t.date(), "sl", wd=True), g="本日").t("\n")
        for role, fn in keep:
            t += _dt.timedelta(minutes=rng.randint(0, 14))
            w.t(f"{t:%H:%M}\t")
            spk[role](w)
            w.t("\t")
            fn(w)
            w.t("\n")
    elif v == 1:  # Teams copy-paste
        w.t(rng.choice(["チャネル: ", "チャット: ", "#"])).p(c.dept, "DEPARTMENT", "診療科").t("-")
        w.p(c.ward_s, "FACILITY", "病棟").t(rng.choice([" 連携", " 調整用", " 情報共有"])).t("\n\n")
        for i, (role, fn) in enumerate(keep):
            t += _dt.timedelta(minutes=rng.randint(1, 20))
            if i in (0, 4):
                w.t("[").dt(_fd(rng, t.date(), rng.choice(["sln", "sl"])), _ft(rng, t, "hm"), " ").t("] ")
            else:
                w.t(f"[{_ft(rng, t, 'hm')}] ")
            spk[role](w)
            w.t("\n")
            fn(w)
            w.t(rng.choice(["\n\n", "\n\n", " (編集済み)\n\n", "\n👍 2\n\n"]))
    else:  # phone LINE-like
        w.t("── ").dt(_fd(rng, t.date(), rng.choice(["mdj", "jp"]), wd=True), g="今日").t(" ──\n")
        for role, fn in keep:
            t += _dt.timedelta(minutes=rng.randint(0, 30))
            spk[role](w)
            w.t("\n")
            fn(w)
            w.t(f"\n{_ft(rng, t, 'hm')}" + rng.choice([" 既読3", " 既読5", "", " 既読2"]) + "\n")
        if rng.random() < 0.5:
            w.t(rng.choice(["スタンプを送信しました\n", "メッセージの送信を取り消しました\n"]))


# ---------------------------------------------------------------------------
# style 2: e-mail threads
# ---------------------------------------------------------------------------


def _email_date(w: _W, rng: random.Random, d: _dt.datetime, outlook: bool) -> None:
    if outlook:
        if rng.random() < 0.5:
            w.t("送信日時: ").dt(
                f"{d.year}年{d.month}月{d.day}日{rng.choice(['', ' '])}{_WD[d.weekday()]}曜日", f"{d:%H:%M}"
            )
        else:
            hh = d.hour % 12 or 12
            wd = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()]
            w.t("Sent: ").dt(
                f"{wd}, {_MON_FULL[d.month - 1]} {d.day}, {d.year}",
                f"{hh}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}",
            )
    else:
        w.t("Date: ").dt(f"{_WD_EN[d.weekday()]}, {d.day} {_MON_EN[d.month - 1]} {d.year}", f"{d:%H:%M:%S}").t(" +0900")
    w.t("\n")


def _addr_line(w: _W, rng: random.Random, p: _P, email: str, g: str) -> None:
    if rng.random() < 0.75:
        w.p(_nm(rng, p, rng.choice(["kjs", "kj", "RO", "ro"])), "PERSON", g).t(" <").p(email, "EMAIL_ADDRESS").t(">")
    else:
        w.p(email, "EMAIL_ADDRESS")


def _signature(w: _W, rng: random.Random, c: _C, p: _P, dept: str, role: str, email: str) -> None:
    bar = rng.choice(["-" * 32, "━" * 20, "＝" * 18, "--"])
    w.t(f"{bar}\n").p(c.hosp, "FACILITY", "当院").t(" ").p(dept, "DEPARTMENT", "担当部署").t("\n")
    w.t(role + rng.choice([" ", "　"])).p(_nm(rng, p, rng.choice(["kjs", "kj"])), "PERSON", "担当").t("\n")
    if rng.random() < 0.4:
        w.t("〒").p(c.hosp_zip, "POSTAL_CODE").t(" ").p(c.hosp_addr, "ADDRESS", "（所在地略）").t("\n")
    w.t("TEL ").p(_phone_var(rng, c.hosp_tel), "PHONE_NUMBER").t("（代表）")
    if rng.random() < 0.7:
        w.t(rng.choice([" 内線 ", " 内線:", " ext."])).p(c.ext, "PHONE_NUMBER", "（略）")
    w.t("\n")
    if rng.random() < 0.65:
        w.t(rng.choice(["PHS ", "院内PHS：", "PHS:"])).p(c.phs, "PHONE_NUMBER", "（略）").t(
            rng.choice(["\n", "（日中のみ）\n"])
        )
    if rng.random() < 0.4:
        w.t("FAX ").p(c.hosp_fax, "PHONE_NUMBER", "代表FAX").t("\n")
    w.t(rng.choice(["Mail: ", "E-mail：", "✉ "])).p(email, "EMAIL_ADDRESS").t("\n")
    if rng.random() < 0.35:
        w.t(rng.choice(["Web: ", "HP：", "URL "])).p(f"https://www.{c.dom}/", "URL", "（当院ウェブサイト）").t("\n")
    w.t(f"{bar}\n")


def _s_email(w: _W, c: _C, rng: random.Random) -> None:
    v = c.vi % 4
    pt = c.pt
    out = rng.random() < 0.5
    d0 = c.ev - _dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5))
    d1 = c.ev
    if v == 0:  # transfer coordination
        me, me_dept, me_role = c.msw, rng.choice(["地域医療連携室", "患者支援センター"]), "MSW"
        other = _person(rng)
        me_mail = f"{me.email_local(rng)}@{c.dom}"
        ot_mail = f"{rng.choice(['renkei', 'chiiki', 'soudan'])}@{c.dom2}"
        w.t("From: ")
        _addr_line(w, rng, me, me_mail, "連携室担当")
        w.t("\n")
        _email_date(w, rng, d1, out)
        w.t("To: ").p(c.rehab, "FACILITY", "転院先").t(" ").p("地域連携室", "DEPARTMENT", "連携窓口").t(" <").p(
            ot_mail, "EMAIL_ADDRESS"
        ).t(">\n")
        if rng.random() < 0.4:
            w.t("Cc: ")
            _addr_line(w, rng, c.dr, f"{c.dr.email_local(rng)}@{c.dom}", "主治医")
            w.t("\n")
        w.t("Subject: ").t(rng.choice(["RE: ", "Re: ", "RE: RE: "])).t("転院のご相談（")
        w.p(_nm(rng, pt, rng.choice(["kj", "ka"])), "PERSON", "患者").t("様）\n\n")
        w.p(c.rehab, "FACILITY", "転院先医療機関").t("\n").p("地域連携室", "DEPARTMENT", "連携窓口").t(" ").p(
            other.fam, "PERSON", "ご担当"
        ).t("様\n\n")
        w.t("いつもお世話になっております。").p(c.hosp, "FACILITY", "当院").t("の").p(me.fam, "PERSON", "担当").t(
            "です。\n"
        )
        w.t("ご依頼の件、下記の通り情報をお送りします。\n\n")
        w.t("・氏名：").p(_nm(rng, pt, "kjs"), "PERSON", "（別送）")
        if rng.random() < 0.5:
            w.t("（").p(_nm(rng, pt, "ka"), "PERSON", "別送").t("）")
        w.t("\n")
        w.t("・生年月日：").dt(_fd(rng, c.bd, rng.choice(["eraj", "jp", "eras"]), wd=False), g="（別送）")
        w.t("（").p(_fage(rng, c.age, "歳"), "AGE").t("）\n・当院ID：").p(c.pid, "ID").t("\n")
        w.t(f"・病名：{c.dx}\n・ADL：車椅子移乗 一部介助、経口摂取可（刻み食）、排泄はオムツ\n")
        w.t("・住所：").p(c.addr_text(rng, rng.choice(["city", "full"])), "ADDRESS", "（別送）").t("\n")
        w.t("・キーパーソン：").t(c.rel_kind).t(" ").p(_nm(rng, c.rel, "kj"), "PERSON", "ご家族").t("様 ")
        w.p(_phone_var(rng, c.rel_tel), "PHONE_NUMBER", "（連絡先別送）").t("\n")
        dd = c.ev + _dt.timedelta(days=rng.randint(4, 12))
        w.t("・転院希望日：").dt(_fd(rng, dd.date(), rng.choice(["sln", "mdj"]), wd=True), g="来週").t("以降\n\n")
        w.t("診療情報提供書・看護サマリーは本日FAXいたします。\nご確認のほどよろしくお願いいたします。\n\n")
        _signature(w, rng, c, me, me_dept, me_role, me_mail)
        w.t("\n")
        if rng.random() < 0.5:
            w.dt(f"{d0.year}年{d0.month}月{d0.day}日({_WD[d0.weekday()]})", f"{d0:%H:%M}", g="先日").t(" ")
            w.p(_nm(rng, other, "kjs"), "PERSON", "転院先担当").t(" <").p(ot_mail, "EMAIL_ADDRESS").t(">:\n")
        else:
            w.t("-----Original Message-----\nFrom: ").p(ot_mail, "EMAIL_ADDRESS").t("\nSent: ")
            w.dt(f"{d0:%Y/%m/%d}", f"{d0:%H:%M}", g="先日").t("\n")
        w.t("> ").p(c.hosp, "FACILITY", "貴院").t(" ").p(me_dept, "DEPARTMENT", "連携窓口").t(" 御中\n> \n")
        w.t("> 先日ご相談のあった").p(_nm(rng, pt, rng.choice(["f", "kaf"])), "PERSON", "患者").t("様の件、\n")
        w.t("> 当院回復期病棟で受入れ可能です。空床状況から来週以降となります。\n")
        w.t("> 必要書類をお送りいただけますでしょうか。\n> \n> ").p(other.fam, "PERSON", "担当").t("\n")
    elif v == 1:  # radiology addendum
        rad = c.rt
        me_mail = f"{rad.email_local(rng)}@{c.dom}"
        w.t("From: ")
        _addr_line(w, rng, rad, me_mail, "読影医")
        w.t("\nTo: ")
        _addr_line(w, rng, c.dr, f"{c.dr.email_local(rng)}@{c.dom}", "依頼医")
        w.t("\n")
        _email_date(w, rng, d1, out)
        w.t("Subject: 【追記あり】").t(c.exam[1]).t(" ACC:").p(c.acc, "ID").t("\n\n")
        w.p(c.dr.fam, "PERSON", "主治医").t("先生\n\nお世話になります。").p("放射線科", "DEPARTMENT", "読影担当").t(
            "の"
        ).p(rad.fam, "PERSON", "担当").t("です。\n")
        sd = c.ev - _dt.timedelta(days=rng.randint(1, 5))
        w.dt(_fd(rng, sd.date(), rng.choice(["mdj", "sl", "md"])), g="先日").t("施行の").p(
            _nm(rng, pt, rng.choice(["kj", "ka", "RO"])), "PERSON", "患者"
        )
        w.t(rng.choice(["様", "さん", "様"])).t("（ID ").p(_mz(rng, c.pid), "ID").t("、").p(_fage(rng, c.age), "AGE").t(
            rng.choice(["、男性", "、女性", ""])
        )
        w.t("）について、\n右肺下葉S6に8mm大の充実性結節を見落としておりましたので、レポートに追記しました。\n")
        w.t("前回（").dt(_fd(rng, (sd - _dt.timedelta(days=200)).date(), "sl"), g="前回").t(
            "）では指摘できず、増大傾向です。\n"
        )
        w.t("cT1aN0M0相当。胸部CT 3か月後フォローまたはPET-CTをご検討ください。\n")
        w.t("お手数ですが患者様への説明をお願いいたします。\n\n")
        _signature(w, rng, c, rad, "放射線科", rng.choice(["放射線科医師", "画像診断医"]), me_mail)
    elif v == 2:  # clinical research coordinator
        crc = c.msw
        me_mail = f"{crc.email_local(rng)}@{c.dom}"
        subj = rng.choice(["ABC", "KT", "JP"]) + f"{rng.randint(100, 999)}-{rng.randint(100, 999):03d}"
        subj += f"-{rng.randint(1, 80):04d}"
        proto = rng.choice(["XYZ-301試験", "HF-REACH試験", "MK-2240-011", "JCOG類似研究 CR-05"])
        w.t("From: ")
        _addr_line(w, rng, crc, me_mail, "CRC")
        w.t("\nTo: ")
        _addr_line(w, rng, c.dr, f"{c.dr.email_local(rng)}@{c.dom}", "責任医師")
        w.t("\nCc: ").p(f"chiken@{c.dom}", "EMAIL_ADDRESS").t("\n")
        _email_date(w, rng, d1, out)
        w.t(f"Subject: [{proto}] Visit{rng.randint(3, 9)} 日程調整（被験者番号 ").p(subj, "ID").t("）\n\n")
        w.p(c.dr.fam, "PERSON", "責任医師").t("先生\n\n").p("治験事務局", "DEPARTMENT", "事務局").t("CRCの").p(
            crc.fam, "PERSON", "担当"
        ).t("です。\n")
        w.t("被験者 ").p(subj, "ID").t("（").p(_nm(rng, pt, "ini"), "PERSON", "イニシャル略").t(
            "）の次回来院について、\n"
        )
        vd = c.ev + _dt.timedelta(days=rng.randint(7, 21))
        w.t("許容範囲（Day 84 ± 7）内で ").dt(_fd(rng, vd.date(), "sln", wd=True), "10:00", " ", g="候補日").t(
            " を仮押さえしました。\n"
        )
        w.t("採血（PK）は投与前30分以内、12誘導ECGは3回測定です。\n")
        w.t("ご本人には携帯（").p(_phone_var(rng, c.tel_mob), "PHONE_NUMBER", "登録番号").t(
            "）にて了承いただいております。\n"
        )
        w.t("有害事象：").dt(_fd(rng, (c.ev - _dt.timedelta(days=9)).date(), "md"), g="前回来院後").t(
            "より Grade1 の下痢あり、自然軽快。\n\n"
        )
        _signature(w, rng, c, crc, rng.choice(["臨床研究支援センター", "治験管理室"]), "CRC", me_mail)
        w.t("\n> ").p(c.dr.fam, "PERSON", "責任医師").t("です。\n> 来週は学会なので火曜以外でお願いします。\n")
    else:  # billing / insurance check
        clerk = c.ck
        me_mail = f"{clerk.email_local(rng)}@{c.dom}"
        w.t("From: ")
        _addr_line(w, rng, clerk, me_mail, "医事課")
        w.t("\nTo: ").p(
            f"{c.ward_s.lower()}-ns@{c.dom}" if c.ward_s.isascii() else f"ward{c.room[0]}@{c.dom}", "EMAIL_ADDRESS"
        )
        w.t("\n")
        _email_date(w, rng, d1, out)
        w.t("Subject: 保険証確認のお願い（").p(c.room, "FACILITY", "病室").t(" ").p(pt.fam, "PERSON", "入院患者").t(
            "様）\n\n"
        )
        w.p(c.ward, "FACILITY", "病棟").t(" 看護師各位\n\n").p("医事課", "DEPARTMENT", "事務").t("の").p(
            clerk.fam, "PERSON", "担当"
        ).t("です。\n")
        w.t("入院中の下記患者様について、保険情報の確認をお願いします。\n\n")
        w.t("患者ID　：").p(c.pid, "ID").t("\n氏名　　：").p(_nm(rng, pt, "kjs"), "PERSON", "（略）").t("\n")
        w.t("保険者番号：").p(_insurer(rng), "INSURANCE_NUMBER").t("\n記号：").p(
            rng.choice([_digits(rng, 4), "東京" + _digits(rng, 2), _digits(rng, 3) + "-" + _digits(rng, 2)]),
            "INSURANCE_NUMBER",
        )
        w.t("　番号：").p(str(rng.randint(1, 999999)), "INSURANCE_NUMBER").t("\n")
        w.t("有効期限：").dt(
            _fd(rng, (c.ev - _dt.timedelta(days=rng.randint(2, 20))).date(), "eraj"), g="（期限切れ）"
        ).t(" ← 切れています\n\n")
        w.t("ご家族（").t(c.rel_kind).t("）が面会に来られた際に新しい資格確認書をお預かりください。\n")
        w.t("不明点は内線").p(c.ext, "PHONE_NUMBER", "（医事課）").t("まで。\n\n")
        _signature(w, rng, c, clerk, "医事課", "入院担当", me_mail)


# ---------------------------------------------------------------------------
# style 3: EHR audit log
# ---------------------------------------------------------------------------


def _uid(rng: random.Random) -> str:
    return rng.choice(
        [f"u{_digits(rng, 6)}", f"N{_digits(rng, 5)}", f"D{_digits(rng, 4)}", _digits(rng, 6), f"jimu{_digits(rng, 3)}"]
    )


def _s_audit(w: _W, c: _C, rng: random.Random) -> None:
    users = [(c.ns, _uid(rng), "Ns"), (c.dr, _uid(rng), "Dr"), (c.ck, _uid(rng), "事務")]
    uform = rng.choice(["RO", "kjs", "kj"])
    uname = {id(u[0]): _nm(rng, u[0], uform) for u in users}
    rng.shuffle(users)
    users = users[: rng.randint(2, 3)]
    acts = [
        ("参照", "看護記録", "VIEW", "NURSING"),
        ("参照", "検査結果", "VIEW", "RESULT/LAB"),
        ("更新", "経過記録", "UPDATE", "PROGRESS"),
        ("発行", "処方オーダ", "ORDER", "RX"),
        ("印刷", "診療情報提供書", "PRINT", "REFERRAL"),
        ("参照", "画像ビューア", "VIEW", "PACS"),
        ("緊急時アクセス", "カルテ全体", "BTG", "CHART"),
        ("PDF出力", "退院サマリー", "EXPORT", "SUMMARY"),
    ]
    t = c.ev.replace(second=rng.randint(0, 59))
    v = c.vi % 3
    n = rng.randint(4, 5) if v != 1 else rng.randint(4, 6)
    terms = [
        f"WS-{c.ward_s.encode('ascii', 'ignore').decode() or 'OPD'}{rng.randint(1, 9):02d}",
        f"PC-OPD-{rng.randint(1, 30):02d}",
        f"TAB{rng.randint(100, 199)}",
        "EHR-KIOSK-2",
    ]
    if v == 0:
        w.t("電子カルテ 操作ログ照会 出力結果\n抽出条件: 患者ID=").p(c.pid, "ID").t(" 期間=")
        w.dt(_fd(rng, (c.ev - _dt.timedelta(days=7)).date(), "sl"), g="前週").t("～").dt(_fd(rng, c.ev.date(), "sl")).t(
            "\n"
        )
        w.t("出力者: ").p(rng.choice(["情報システム課", "医療情報部"]), "DEPARTMENT").t(" ").p(
            _person(rng).fam, "PERSON", "担当"
        ).t("\n\n")
        w.t("日時                   |利用者ID |利用者名        |端末        |患者ID    |操作          |対象\n")
        for _ in range(n):
            t += _dt.timedelta(minutes=rng.randint(1, 90), seconds=rng.randint(0, 59))
            u = rng.choice(users)
            a = rng.choice(acts if u[2] != "事務" else [acts[0], acts[1], acts[4], acts[6]])
            w.dt(f"{t:%Y-%m-%d}", f"{t:%H:%M:%S}.{rng.randint(0, 999):03d}").t("|")
            w.pw(u[1], "ID", 9).t("|")
            w.pw(uname[id(u[0])], "PERSON", 16, "職員").t("|")
            w.t(rng.choice(terms).ljust(12) + "|")
            w.pw(c.pid, "ID", 10).t("|")
            w.t(a[0] + _pad(a[0], 14) + "|" + a[1] + "\n")
        w.t("-- ").t(str(n)).t(" 件\n")
    elif v == 1:
        host = rng.choice(["ehr-ap01", "ehr-ap02", "emr-app-3"])
        for _ in range(n):
            t += _dt.timedelta(minutes=rng.randint(0, 40), seconds=rng.randint(1, 59))
            u = rng.choice(users)
            a = rng.choice(acts)
            w.dt(f"{_MON_EN[t.month - 1]} {t.day:2d}", f"{t:%H:%M:%S}", g="--").t(
                f" {host} audit[{rng.randint(1000, 32000)}]: uid="
            )
            w.p(u[1], "ID").t(' uname="').p(uname[id(u[0])], "PERSON", "staff").t('"')
            w.t(f" term={rng.choice(terms)}")
            if a[2] != "LOGIN":
                w.t(" pid=").p(c.pid.replace("-", ""), "ID")
            w.t(f" act={a[2]} obj={a[3]} result=OK\n")
        w.t("\n")
        w.t("# 上記 uid=").p(users[-1][1], "ID").t(rng.choice([" は当該患者の担当外。", " の参照理由未入力。"]))
        w.t("患者 ").p(_nm(rng, c.pt, rng.choice(["ka", "kj"])), "PERSON", "当該患者").t("（").p(
            _fage(rng, c.age), "AGE"
        ).t("）は職員家族の可能性あり、要確認\n")
    else:
        w.t("【アクセスログ調査報告】\n調査対象：").p(_nm(rng, c.pt, "kjs"), "PERSON", "当該患者").t("様（ID ")
        w.p(c.pid, "ID").t("）\n依頼元：").p(
            rng.choice(["患者相談窓口", "個人情報保護委員会", "医療安全管理室"]), "DEPARTMENT", "担当部署"
        ).t("\n\n")
        w.t("datetime,user_id,user_name,job,terminal,patient_id,action\n")
        for _ in range(n):
            t += _dt.timedelta(minutes=rng.randint(3, 200))
            u = rng.choice(users)
            a = rng.choice(acts)
            w.dt(f"{t:%Y/%m/%d}", f"{t:%H:%M:%S}").t(",").p(u[1], "ID").t(",").p(uname[id(u[0])], "PERSON", "職員")
            w.t(f",{u[2]},{rng.choice(terms)},").p(c.pid, "ID").t(f",{a[0]}({a[1]})\n")
        w.t("\n所見：").p(users[0][0].fam, "PERSON", "当該職員").t(rng.choice(["氏", "さん"])).t("（").p(
            rng.choice(_DEPTS), "DEPARTMENT", "他部署"
        )
        w.t("）の参照は診療上の必要性が確認できず。").dt(
            _fd(rng, (c.ev + _dt.timedelta(days=3)).date(), rng.choice(["mdj", "sln"])), g="後日"
        ).t("にヒアリング予定。\n")


# ---------------------------------------------------------------------------
# style 4: reservation / order system screens
# ---------------------------------------------------------------------------


def _s_reserve(w: _W, c: _C, rng: random.Random) -> None:
    v = c.vi % 3
    pt = c.pt
    sx = {"M": "男", "F": "女"}[c.sex]
    if v == 0:
        sep = rng.choice(["：", ": ", "　", "\t"])

        def lab(s: str) -> None:
            w.t(s.ljust(6, "　") + sep)

        ap = c.ev + _dt.timedelta(days=rng.randint(3, 30))
        ap = ap.replace(minute=rng.choice([0, 15, 30, 45]))
        w.t(rng.choice(["■予約登録内容確認", "【予約詳細】", "予約確認画面 (RSV0102)"]) + "\n")
        lab("予約番号")
        w.p(f"R{ap:%y%m%d}-{rng.randint(1, 999):03d}", "ID").t("\n")
        lab("予約日時")
        w.dt(_fd(rng, ap.date(), rng.choice(["sl", "sln"]), wd=True), f"{ap:%H:%M}").t("\n")
        lab("患者番号")
        w.p(_mz(rng, c.pid, 0.2), "ID").t("\n")
        lab("カナ氏名")
        w.p(_nm(rng, pt, rng.choice(["ka", "hk", "ka"])), "PERSON", "（表示なし）").t("\n")
        lab("漢字氏名")
        w.p(_nm(rng, pt, "kjs"), "PERSON", "（表示なし）").t("\n")
        lab("生年月日")
        w.dt(_fd(rng, c.bd, rng.choice(["erasp", "eras", "sl", "eraj"]))).t(" (").p(
            _fage(rng, c.age, rng.choice(["歳", "才"])), "AGE"
        ).t(")\n")
        lab("性別")
        w.t(sx + "\n")
        lab("検査項目")
        w.t(c.exam[1] + rng.choice(["（鎮静あり）", "", "（造影）", "　※前処置あり"]) + "\n")
        lab("依頼科")
        w.p(c.dept, "DEPARTMENT", "依頼科").t("\n")
        lab("依頼医")
        w.p(_nm(rng, c.dr, rng.choice(["kjs", "kj", "f"])), "PERSON", "主治医").t("\n")
        lab("連絡先")
        w.p(_phone_var(rng, rng.choice([c.tel_home, c.tel_mob])), "PHONE_NUMBER", "登録番号").t("\n")
        if rng.random() < 0.5:
            lab("住所")
            w.t("〒").p(_mz(rng, c.pzip), "POSTAL_CODE").t(" ").p(c.addr_text(rng), "ADDRESS").t("\n")
        if rng.random() < 0.6:
            lab("保険者番号")
            w.p(_insurer(rng), "INSURANCE_NUMBER").t("　記号 ").p(
                rng.choice([_digits(rng, 4), _digits(rng, 2) + "-" + _digits(rng, 3)]), "INSURANCE_NUMBER"
            )
            w.t("　番号 ").p(str(rng.randint(1, 99999)), "INSURANCE_NUMBER").t("\n")
        lab("コメント")
        w.t(
            rng.choice(
                [
                    "抗凝固薬（エリキュース）休薬確認済み。",
                    "eGFR 42、造影剤減量指示あり。",
                    "車椅子来院。付添い",
                    "難聴あり、筆談で。",
                ]
            )
        )
        w.t(rng.choice(["", f"\n　　　　　　　 付添：{c.rel_kind} "]))
        w.t("\n")
        lab("前処置")
        w.t(
            rng.choice(
                [
                    "前日21時以降絶食。当日朝の降圧薬は少量の水で内服可。糖尿病薬は中止。",
                    "検査4時間前から絶食。造影剤使用のためメトホルミン休薬（前後48時間）。",
                    "ニフレック2L 当日朝6時から服用。自宅で排便確認後来院。",
                    "特になし。金属類（ヘアピン・湿布・カイロ）は外して来院。",
                ]
            )
        )
        w.t("\n\n変更履歴:\n")
        reg = ap - _dt.timedelta(days=rng.randint(5, 20), hours=rng.randint(0, 6))
        w.t("  ").dt(_fd(rng, reg.date(), "sl"), f"{reg:%H:%M}").t(" 登録 ").p(
            _nm(rng, c.ck, rng.choice(["kjs", "f"])), "PERSON", "医事担当"
        ).t("\n")
        if rng.random() < 0.6:
            ch = reg + _dt.timedelta(days=rng.randint(1, 3))
            w.t("  ").dt(_fd(rng, ch.date(), "sl"), f"{ch:%H:%M}").t(" 日時変更（")
            w.t(rng.choice(["本人より電話", "家族より電話", "医師都合"])).t("）\n")
        w.t("\n[F1]確定　[F3]戻る　[F9]印刷　[F12]予約票発行\n")
    elif v == 1:
        day = c.ev.date() + _dt.timedelta(days=rng.randint(1, 10))
        room = rng.choice(["内視鏡室", "CT室", "MRI室", "生理検査室"])
        w.t("予約一覧　").dt(_fd(rng, day, rng.choice(["sl", "jp"]), wd=True), g="本日").t(f"　{room}　担当：")
        w.p(_nm(rng, c.rt, rng.choice(["f", "kjs"])), "PERSON", "技師").t("\n")
        w.t("時刻\t患者番号\tカナ氏名\t年齢\t性\t検査\t備考\n")
        rows = [(pt, c.pid, c.age, sx)]
        for _ in range(rng.randint(2, 3)):
            o, pid2, a2, _bd2 = c.other_patient()
            rows.append((o, pid2, a2, {"M": "男", "F": "女"}[o.sex]))
        rng.shuffle(rows)
        tm = _dt.datetime(day.year, day.month, day.day, 9, 0)
        for p, pid, a, s in rows:
            w.t(f"{tm:%H:%M}\t").p(pid, "ID").t("\t").p(_nm(rng, p, rng.choice(["ka", "hk"])), "PERSON", "受診者").t(
                "\t"
            )
            w.p(str(a), "AGE", "--").t(f"\t{s}\t{rng.choice(_EXAMS)[1]}\t")
            w.t(rng.choice(["", "初回", "鎮静希望", "ワーファリン内服中", "感染症(HBs+)", "再検"]) + "\n")
            tm += _dt.timedelta(minutes=rng.choice([20, 30, 40]))
        w.t(f"（{len(rows)}件）\n\n")
        p0 = rows[rng.randrange(len(rows))]
        w.t("※").p(_nm(rng, p0[0], rng.choice(["kaf", "f", "kj"])), "PERSON", "該当患者").t("様 ")
        w.t(
            rng.choice(
                [
                    "車椅子来院、移乗介助2名必要",
                    "前回鎮静後に血圧低下あり、要観察",
                    "通訳（電話通訳サービス）予約済",
                    "透析日のため午後は不可",
                ]
            )
        )
        w.t("\n※本日 ").t(
            rng.choice(["2列目スコープ点検のため 11:00〜11:30 枠閉鎖", "CT2号機 定期点検", "技師1名 研修のため枠縮小"])
        ).t("\n")
        w.t("印刷: ").p(rng.choice(["内視鏡センター", "放射線部", "中央検査部"]), "DEPARTMENT", "部署").t(
            " 端末 RSV-PC03\n"
        )
    else:
        w.t("＜検体検査オーダ＞\n")
        w.t("オーダ番号: ").p(c.order, "ID").t("    状態: 採取済\n")
        sp = rng.choice([f"{c.ev:%y%m%d}{_digits(rng, 4)}", f"S{c.ev:%y}-{_digits(rng, 5)}"])
        w.t("検体番号 : ").p(sp, "ID").t(rng.choice(["", "  (2本)", "  ※再採血"]) + "\n")
        w.t("患者    : ").p(c.pid, "ID").t(" ").p(_nm(rng, pt, rng.choice(["kjs", "ka"])), "PERSON", "（表示略）").t(
            " "
        )
        w.t(sx + " ").p(_fage(rng, c.age, rng.choice(["歳", "Y"])), "AGE").t("\n")
        w.t("生年月日: ").dt(_fd(rng, c.bd, rng.choice(["sl", "erasp"]))).t("\n")
        w.t("病棟/床 : ").p(c.ward_s, "FACILITY", "病棟").t(" / ").p(f"{c.room}-{c.bed}", "FACILITY", "床").t("\n")
        w.t("依頼    : ").p(c.dept, "DEPARTMENT").t(" ").p(_nm(rng, c.dr, "kjs"), "PERSON", "依頼医").t("\n")
        w.t("採取日時: ").dt(_fd(rng, c.ev.date(), "sl"), _ft(rng, c.ev, "hm0")).t("  採取者: ").p(
            _nm(rng, c.ns, "f"), "PERSON", "病棟Ns"
        ).t("\n")
        w.t("項目    : CBC, CRP, AST, ALT, γ-GTP, BUN, Cre, Na, K, Cl, BNP, PT-INR\n")
        w.t("容器    : 血算(紫) x1 / 生化(茶) x2 / 凝固(黒) x1\n")
        w.t(
            f"前回値  : WBC {rng.uniform(3, 15):.1f}  Hb {rng.uniform(7, 15):.1f}  "
            f"Plt {rng.randint(8, 40)}.{rng.randint(0, 9)}  CRP {rng.uniform(0.1, 18):.2f}  "
            f"Cre {rng.uniform(0.5, 3):.2f}  BNP {rng.randint(20, 1500)}\n"
        )
        w.t("コメント: 至急。ラベル再発行1回。")
        w.t(rng.choice(["溶血のため再採血依頼あり。", "抗凝固療法中（ヘパリン持続）。", "輸血前検体を兼ねる。"]))
        w.t("\n提出先  : ").p("検査部", "DEPARTMENT", "検査室").t("（内線 ").p(_digits(rng, 4), "PHONE_NUMBER", "略").t(
            "）\n"
        )


# ---------------------------------------------------------------------------
# style 5: bed management board
# ---------------------------------------------------------------------------


def _bed_notes(w: _W, c: _C, rng: random.Random, rows: list) -> None:
    p, _pid, _a, room, bed, _sx = rows[0]
    lines = []

    def n_delirium() -> None:
        w.t("・").p(f"{room}-{bed}", "FACILITY", "病室").t(" ").p(
            _nm(rng, p, rng.choice(["f", "kj", "kaf"])), "PERSON", "患者"
        )
        w.t(rng.choice(["様", "さん"])).t(" 夜間せん妄あり、離床センサー使用中。転倒リスク高（スコア ")
        w.t(f"{rng.randint(12, 20)}点）\n")

    def n_mrsa() -> None:
        p2, _pid2, _a2, room2, _b2, _s2 = rows[-1]
        w.t("・MRSA保菌（鼻腔）→ ").p(room2, "FACILITY", "個室").t(" 個室継続。")
        w.p(_nm(rng, p2, rng.choice(["f", "kj", "ka"])), "PERSON", "患者").t("様 解除は培養2回陰性後\n")

    def n_admit() -> None:
        o, _pid3, a3, _bd3 = c.other_patient()
        w.t("・本日入院予定：").p(_nm(rng, o, rng.choice(["kj", "ka"])), "PERSON", "入院予定者").t("様（").p(
            _fage(rng, a3), "AGE"
        )
        w.t(rng.choice(["、救急外来から", "、外来から", "、紹介入院"])).t("）→ 空床へ\n")

    def n_generic() -> None:
        w.t(
            rng.choice(
                [
                    "・重症度、医療・看護必要度 基準該当 28.4%（目標 30%）\n",
                    "・夜勤帯 入院受入れは2件まで。個室差額の説明はMSW同席で\n",
                    "・HCU満床のため術後はナースステーション前の観察室を使用\n",
                    "・清掃業者 入替 14:00〜15:00、ベッド搬送はその後\n",
                ]
            )
        )

    lines = [n_delirium, n_mrsa, n_admit, n_generic, n_generic]
    rng.shuffle(lines)
    w.t(rng.choice(["\n# 申し送り\n", "\n【備考】\n", "\n備考:\n"]))
    for fn in lines[: rng.randint(2, 4)]:
        fn()


def _s_bed(w: _W, c: _C, rng: random.Random) -> None:
    v = c.vi % 3
    rows: list[tuple[_P, str, int, str, str, str]] = []
    fl = c.ward_s[0]
    used = set()
    for i in range(3 if v != 2 else rng.randint(2, 3)):
        if i == 0:
            p, pid, a = c.pt, c.pid, c.age
            room, bed = c.room, c.bed
        else:
            p, pid, a, _b = c.other_patient()
            room, bed = f"{fl}{rng.randint(1, 25):02d}", rng.choice("1234")
        if (room, bed) in used:
            room = str(int(room) + 1)
        used.add((room, bed))
        rows.append((p, pid, a, room, bed, {"M": "男", "F": "女"}[p.sex]))
    plans = ["退院予定", "OP予定", "転棟予定", "検査", "リハビリ転院調整", "看取り方針"]
    if v == 0:
        cols = rng.choice(
            [
                ["部屋", "床", "患者名", "年齢", "性別", "入院日", "予定"],
                ["病棟", "部屋", "床", "患者ID", "患者名", "性別", "主治医"],
                ["部屋", "床", "患者名", "性別", "年齢", "主治医", "予定", "看護度"],
            ]
        )
        w.t("# bed_board_export ").dt(f"{c.ev:%Y%m%d}", f"{c.ev:%H%M}", "_", g="today").t(".csv\n")
        w.t("# 出力: ベッド管理システム BMS v4.2 / 病棟: ").p(c.ward, "FACILITY", "病棟").t("\n")
        w.t(",".join(cols) + "\n")
        for p, pid, a, room, bed, sx in rows:
            first = True
            for col in cols:
                if not first:
                    w.t(",")
                first = False
                if col == "病棟":
                    w.p(c.ward_s, "FACILITY", "病棟")
                elif col == "部屋":
                    w.p(room, "FACILITY", "病室")
                elif col == "床":
                    w.p(bed, "FACILITY", "床")
                elif col == "患者ID":
                    w.p(pid, "ID")
                elif col == "患者名":
                    w.p(_nm(rng, p, rng.choice(["kj", "kjs", "ka"])), "PERSON", "入院患者")
                elif col == "年齢":
                    w.p(str(a), "AGE", "")
                elif col == "性別":
                    w.t(sx)
                elif col == "入院日":
                    w.dt(_fd(rng, (c.ev - _dt.timedelta(days=rng.randint(1, 40))).date(), "sl"), g="")
                elif col == "主治医":
                    w.p(rng.choice([c.dr, c.dr2]).fam, "PERSON", "")
                elif col == "看護度":
                    w.t(rng.choice(["A-1", "B-2", "A-2", "C-3"]))
                elif col == "予定":
                    pl = rng.choice(plans)
                    if pl == "転棟予定":
                        w.p(f"{rng.randint(3, 9)}{rng.choice(_WINGS)}", "FACILITY", "他病棟").t("へ転棟")
                    else:
                        w.t(pl + " ").dt(_fd(rng, (c.ev + _dt.timedelta(days=rng.randint(1, 9))).date(), "md"), g="")
            w.t("\n")
        for _ in range(rng.randint(1, 2)):
            er = f"{fl}{rng.randint(1, 25):02d}"
            cells = [""] * len(cols)
            for j, col in enumerate(cols):
                if col == "部屋":
                    cells[j] = er
                elif col == "床":
                    cells[j] = str(rng.randint(1, 4))
            cells[-1] = "空床（清掃済）"
            if cols[0] == "病棟":
                w.p(c.ward_s, "FACILITY", "病棟").t(",".join(["", *cells[1:]]) + "\n")
            else:
                w.t(",".join(cells) + "\n")
        _bed_notes(w, c, rng, rows)
    elif v == 1:
        w.t("＝＝＝ ベッドコントロール ").p(c.ward, "FACILITY", "病棟").t(" ＝＝＝  ")
        w.dt(_fd(rng, c.ev.date(), "sln", wd=True), "15:00", " ", g="本日").t(" 現在\n")
        w.t(f"稼働 {rng.randint(35, 45)}/45  重症度該当 {rng.randint(20, 40)}%  空床 {rng.randint(0, 4)}\n")
        w.t("部屋   床  氏名              年齢  入院日      主治医    予定/備考\n")
        for p, _pid, a, room, bed, _sx in rows:
            w.pw(room, "FACILITY", 7, "--").pw(bed, "FACILITY", 4, "-")
            w.pw(_nm(rng, p, rng.choice(["kjs", "ka"])), "PERSON", 18, "入院患者")
            w.pw(_fage(rng, a, rng.choice(["歳", "", "才"])), "AGE", 6, "--")
            w.pw(_fd(rng, (c.ev - _dt.timedelta(days=rng.randint(1, 30))).date(), "md"), "DATE", 12, "--")
            w.pw(rng.choice([c.dr, c.dr2]).fam, "PERSON", 10, "主治医")
            pl = rng.choice(plans)
            if pl == "退院予定":
                w.t("退院 ").dt(_fd(rng, (c.ev + _dt.timedelta(days=rng.randint(1, 7))).date(), "md"), g="").t(
                    " 先："
                ).p(c.care, "FACILITY", "施設")
            else:
                w.t(pl)
            w.t("\n")
        w.t(f"※ {fl}{rng.randint(1, 25):02d}-{rng.randint(1, 4)} 空床（男女どちらでも可）\n")
        _bed_notes(w, c, rng, rows)
    else:
        w.t("【ベッドコントロール会議メモ】").dt(_fd(rng, c.ev.date(), rng.choice(["md", "mdj"])), g="本日").t(
            " 16:00〜\n"
        )
        w.t("参加：").p("看護部", "DEPARTMENT", "病棟").t(" ").p(c.ns2.fam, "PERSON", "師長").t("師長、").p(
            c.msw.fam, "PERSON", "MSW"
        ).t("(MSW)、")
        w.p(c.dept, "DEPARTMENT").t(" ").p(c.dr.fam, "PERSON", "医師").t("Dr\n\n")
        w.t(
            f"■全体：稼働率 {rng.randint(88, 103)}%、救急からの入院要請が続いており、"
            "在院日数の長い患者の退院調整を優先。\n\n"
        )
        for p, _pid, a, room, bed, sx in rows:
            w.t("・").p(f"{room}-{bed}", "FACILITY", "病室").t(" ").p(
                _nm(rng, p, rng.choice(["kj", "f", "kaf"])), "PERSON", "患者"
            )
            w.t(rng.choice(["様", "さん", "氏"])).t("（").p(str(a), "AGE", "--").t(sx).t("）")
            pl = rng.choice(plans)
            if pl == "転棟予定":
                w.t(" → ").p(f"{rng.randint(3, 9)}階{rng.choice(_WINGS)}病棟", "FACILITY", "他病棟").t(
                    "へ転棟、明日午前\n"
                )
            elif pl == "リハビリ転院調整":
                w.t(" 回リハ転院調整中 ").p(c.rehab, "FACILITY", "転院先").t(" 面談 ").dt(
                    _fd(rng, (c.ev + _dt.timedelta(days=2)).date(), "md"), g="後日"
                ).t("\n")
            elif pl == "退院予定":
                w.t(" 退院先 ").p(c.care, "FACILITY", "施設").t(" 受入れ可。介護タクシー手配済み\n")
            else:
                w.t(
                    f" {pl}。家族説明済み。"
                    + rng.choice(["ADL改善乏しい", "食事摂取5割", "酸素1Lまで減量", "リハビリ継続"])
                    + "\n"
                )
        w.t(
            f"\n→ 救急受入れ枠 本日 男{rng.randint(0, 2)}女{rng.randint(0, 2)}。"
            f"{fl}{rng.randint(1, 25):02d}は個室のため差額説明要\n"
        )
        w.t("→ 次回は金曜 同時刻。議事録は共有フォルダ\\ベッドコントロール\\ に保存\n")


# ---------------------------------------------------------------------------
# style 6: phone message memos
# ---------------------------------------------------------------------------


def _s_phone(w: _W, c: _C, rng: random.Random) -> None:
    callers = ["family", "pharm", "caremgr", "hosp", "self"]
    rng.shuffle(callers)
    v = c.vi % 2
    t = c.ev
    _phone_memo(w, c, rng, callers[0], v, t)
    w.t(rng.choice(["\n- - - - - - - - ✂ - - - - - - - -\n\n", "\n――――――――――――――――\n", "\n\n"]))
    _phone_memo(w, c, rng, callers[1], v, t + _dt.timedelta(minutes=rng.randint(20, 180)))


def _phone_memo(w: _W, c: _C, rng: random.Random, caller: str, v: int, t: _dt.datetime) -> None:
    pt = c.pt
    to_dr = rng.random() < 0.6
    if v == 0:
        w.t(rng.choice(["伝言メモ\n", "☎ 伝言メモ ☎\n", "＜電話連絡票＞\n"]))
        w.t("日時：").dt(_fd(rng, t.date(), rng.choice(["md", "mdj"]), wd=True), _ft(rng, t), " ").t(" 受\n")
        w.t("宛先：")
        if to_dr:
            w.p(c.dept, "DEPARTMENT", "担当科").t(" ").p(c.dr.fam, "PERSON", "主治医").t(
                rng.choice(["先生", " 先生", "Dr"])
            )
        else:
            w.p(c.ward, "FACILITY", "病棟").t(" ").p(c.ns.fam, "PERSON", "担当Ns").t("さん")
        w.t("\n誰から：")
    else:
        w.t("【電話伝言】").dt(_fd(rng, t.date(), "md"), _ft(rng, t, "hm"), " ").t("\n")
        if to_dr:
            w.p(c.dr.fam, "PERSON", "主治医").t("先生へ\n")
        else:
            w.p(c.ns.fam, "PERSON", "担当").t("さんへ（").p(c.ward_s, "FACILITY", "病棟").t("）\n")
    cb = c.rel_tel
    if caller == "family":
        w.t(c.rel_kind + " ").p(_nm(rng, c.rel, rng.choice(["kj", "ka", "f"])), "PERSON", "ご家族").t("様")
        cb = c.rel_tel
    elif caller == "pharm":
        w.p(c.pharm, "FACILITY", "かかりつけ薬局").t(" 薬剤師 ").p(_person(rng).fam, "PERSON", "薬剤師").t("様")
        cb = _phone(rng, c.hosp_tel.split("-")[0])
    elif caller == "caremgr":
        w.p(c.caremgr, "FACILITY", "居宅事業所").t(" ケアマネ " if "訪問看護" not in c.caremgr else " 訪問看護師 ").p(
            _nm(rng, _person(rng), rng.choice(["kj", "f"])), "PERSON", "ケアマネ"
        ).t("さん")
        cb = _mobile(rng)
    elif caller == "hosp":
        w.p(c.hosp2, "FACILITY", "前医").t(" ").p(_person(rng).fam, "PERSON", "医師").t("先生（代理：事務）")
        cb = c.hosp2_tel
    else:
        w.t("ご本人（").p(_nm(rng, pt, rng.choice(["kj", "ka"])), "PERSON", "患者").t("様）")
        cb = c.tel_mob
    w.t("\n" if v == 0 else "より電話あり。\n")
    w.t("折り返し先：" if v == 0 else "折返し→ ")
    if rng.random() < 0.15:
        w.t("\n")
    w.p(_phone_var(rng, cb), "PHONE_NUMBER", "先方（登録番号）")
    w.t(rng.choice(["", "（携帯）", "（15時以降）", "  ※日中つながりにくい"])).t("\n")
    w.t("用件：" if v == 0 else "")
    if caller == "family":
        w.p(_nm(rng, pt, rng.choice(["kj", "f"])), "PERSON", "患者").t("（ID ").p(c.pid, "ID").t("）の")
        w.t(
            rng.choice(
                ["退院日について相談したい。", "手術の説明を兄弟にも一緒に聞かせたい。", "入院費の支払いについて。"]
            )
        )
        w.dt(_fd(rng, (t + _dt.timedelta(days=rng.randint(1, 6))).date(), "mdj", wd=True), g="週末").t(
            "の面会は可能か。\n"
        )
        if rng.random() < 0.5:
            w.t("自宅（").p(c.addr_text(rng, rng.choice(["nopref", "city"])), "ADDRESS").t(
                "）の住宅改修がまだ終わっていないとのこと。\n"
            )
    elif caller == "pharm":
        w.p(_nm(rng, pt, rng.choice(["kj", "ka"])), "PERSON", "患者").t("様（").p(_fage(rng, c.age), "AGE").t("）の")
        w.dt(_fd(rng, t.date(), "md"), g="本日").t("処方について疑義照会。\n")
        w.t("ロキソプロフェン60mg 3T3x とセレコックス100mg 2T2x の併用、NSAIDs重複ではないか。\n")
        w.t("eGFR 38（お薬手帳記載）。")
    elif caller == "caremgr":
        w.p(_nm(rng, pt, rng.choice(["kj", "f", "ka"])), "PERSON", "利用者").t("さん（").p(_fage(rng, c.age), "AGE").t(
            "）、"
        )
        w.t("退院後のサービス調整のため、退院前カンファ日程を知りたい。\n")
        w.t("要介護3→区分変更申請中。住所は").p(c.addr_text(rng, "city"), "ADDRESS").t("（独居）。\n")
    elif caller == "hosp":
        w.t("紹介患者 ").p(_nm(rng, pt, "kj"), "PERSON", "紹介患者").t("様 ").dt(
            _fd(rng, c.bd, rng.choice(["eras", "eraj"])), g="（生年月日略）"
        ).t("生 ")
        w.t("の画像CD-R返却の件。先方ID ").p(str(rng.randint(100000, 999999)), "ID").t("。\n")
    else:
        w.t("予約").dt(_fd(rng, (t + _dt.timedelta(days=rng.randint(1, 10))).date(), "md", wd=True), "10:30", " ").t(
            "を変更したい。\n"
        )
        w.t("マイナンバーカードで受付できるか。カード番号を読み上げられた（")
        w.p(
            " ".join([_my_number(rng)[i : i + 4] for i in (0, 4, 8)]) if rng.random() < 0.5 else _my_number(rng),
            "MY_NUMBER",
        )
        w.t("）が記録不要と説明済み。\n")
    w.t(rng.choice(["□折り返し要　☑済\n", "→ 折り返しお願いします\n", "至急ではないとのこと\n"]))
    w.t("受：").p(c.ck.fam, "PERSON", "受付")
    if rng.random() < 0.5:
        w.t("（").p(rng.choice(["医事課", "医事課"]), "DEPARTMENT", "事務").t("）")
    w.t("\n")


# ---------------------------------------------------------------------------
# style 7: SMS / automated reminders
# ---------------------------------------------------------------------------


def _sms_body(w: _W, c: _C, rng: random.Random, ap: _dt.datetime, kind: str) -> None:
    pt = c.pt
    w.t("【").p(c.hosp, "FACILITY", "当院").t("】")
    w.p(_nm(rng, pt, rng.choice(["kj", "ka", "f", "kaf"])), "PERSON", "患者").t("様\n")
    if kind == "remind":
        w.dt(
            _fd(rng, ap.date(), rng.choice(["mdj", "md", "jp"]), wd=True),
            _ft(rng, ap, rng.choice(["hm", "hmj"])),
            " ",
            g="明日",
        )
        w.t(rng.choice(["より", "〜"])).p(c.dept, "DEPARTMENT", "外来").t("のご予約があります。")
        w.t("診察券番号：").p(c.pid, "ID").t("\n変更・キャンセルは ").p(
            _phone_var(rng, c.hosp_tel), "PHONE_NUMBER", "代表番号"
        )
        w.t("（平日9-17時）まで。\n")
        w.t(
            rng.choice(
                [
                    "当日は診察券・保険証（マイナ保険証）・お薬手帳をお持ちください。\n",
                    "検査前日の夕食は21時までに済ませ、以降は水・お茶のみとしてください。\n",
                    "ご来院の際は正面玄関の自動受付機で受付をお願いします。\n",
                ]
            )
        )
        if rng.random() < 0.7:
            w.t("Web変更: ").p(f"https://yoyaku.{c.dom}/r/{_digits(rng, 6)}", "URL").t("\n")
    elif kind == "result":
        w.t("先日の検査結果の準備ができました。次回").dt(_fd(rng, ap.date(), "mdj", wd=True), g="次回").t(
            "の外来でご説明します。\n"
        )
        w.t(
            "結果についてのお問い合わせは、診療時間内に外来受付までお願いします（お電話での結果説明は行っておりません）。\n"
        )
        w.t("マイページ: ").p(f"https://mypage.{c.dom}/login", "URL").t("\n")
    elif kind == "bill":
        w.t("お支払いの確認ができておりません（").dt(_fd(rng, (ap - _dt.timedelta(days=40)).date(), "mdj"), g="前回").t(
            "受診分）。\n"
        )
        w.p(rng.choice(["会計窓口", "医事課"]), "DEPARTMENT", "窓口").t(" ").p(
            _phone_var(rng, c.hosp_tel), "PHONE_NUMBER", "代表番号"
        ).t(" 内線").p(c.ext, "PHONE_NUMBER", "（略）").t("\n")
    else:
        w.t("インフルエンザ予防接種（").dt(_fd(rng, ap.date(), "mdj", wd=True), _ft(rng, ap, "hm"), " ", g="予約日").t(
            "）の予約を受け付けました。\n"
        )
        w.t("予診票をご記入の上お越しください。持ち物：保険証、お薬手帳\n")
    w.t(rng.choice(["※このメッセージは送信専用です", "※本SMSへの返信はできません", "配信停止→STOP"]))


def _s_sms(w: _W, c: _C, rng: random.Random) -> None:
    v = c.vi % 3
    ap = c.ev + _dt.timedelta(days=rng.randint(1, 5))
    ap = ap.replace(minute=rng.choice([0, 15, 30, 45]))
    if v == 0:
        w.t("送信元: ").p(c.hosp_tel.replace("-", ""), "PHONE_NUMBER", "代表番号").t("\n宛先: ").p(
            _phone_var(rng, c.tel_mob), "PHONE_NUMBER", "本人携帯"
        ).t("\n")
        w.t("送信日時: ").dt(_fd(rng, (ap - _dt.timedelta(days=1)).date(), "sl"), "10:00").t("\n\n")
        _sms_body(w, c, rng, ap, rng.choice(["remind", "result", "bill", "vac"]))
        w.t("\n\n---\n")
        w.t("（患者からの返信 ").dt(
            _fd(rng, (ap - _dt.timedelta(days=1)).date(), "md"),
            _ft(rng, ap.replace(hour=rng.randint(10, 21)), "hm"),
            " ",
            g="同日",
        ).t("）\n")
        if rng.random() < 0.6:
            w.t(rng.choice(["了解です。当日は", "わかりました。本人耳が遠いので", "承知しました。"]))
            w.t(c.rel_kind + "の").p(_nm(rng, c.rel, rng.choice(["kj", "hi", "f"])), "PERSON", "家族").t(
                "が付き添います"
            )
        else:
            w.t(rng.choice(["すみません、少し遅れるかもしれません", "了解です", "駐車場はありますか？"]))
        w.t("\n\n---\n送信日時: ").dt(
            _fd(rng, ap.date(), "sl"), f"{(ap + _dt.timedelta(minutes=rng.randint(20, 90))):%H:%M}"
        ).t("\n")
        w.t("【").p(c.hosp, "FACILITY", "当院").t("】").p(_nm(rng, c.pt, rng.choice(["kaf", "f"])), "PERSON", "患者").t(
            "様\n"
        )
        w.t("まもなく診察の順番です。15分以内に").p(c.dept, "DEPARTMENT", "外来").t("受付（")
        w.t(rng.choice(["2階 Bブロック", "1階 3番", "本館2F"])).t(
            "）へお戻りください。院外にいらっしゃる場合はお電話ください。\n"
        )
    elif v == 1:
        w.t("自動送信ログ（予約リマインダ）  バッチ: REMIND_D-1  実行: ").dt(
            _fd(rng, (ap - _dt.timedelta(days=1)).date(), "iso"), "09:00:03"
        ).t("\n")
        w.t("no,送信日時,患者ID,宛先,ステータス,本文\n")
        others = [c.other_patient() for _ in range(rng.randint(1, 2))]
        entries = [(c.pt, c.pid, c.tel_mob)] + [(o[0], o[1], _mobile(rng)) for o in others]
        for i, (p, pid, tel) in enumerate(entries, 1):
            st = rng.choice(["成功", "成功", "成功", "不達(圏外)", "不達(番号誤り)"])
            w.t(f"{i},").dt(
                _fd(rng, (ap - _dt.timedelta(days=1)).date(), "iso"), f"09:00:{i * 3 + rng.randint(0, 2):02d}"
            ).t(",").p(pid, "ID").t(",")
            w.p(tel.replace("-", "") if rng.random() < 0.5 else tel, "PHONE_NUMBER", "登録番号").t(f',{st},"')
            if p is c.pt:
                w.t("【").p(c.hosp, "FACILITY", "当院").t("】").p(_nm(rng, p, "ka"), "PERSON", "患者").t("様 ")
                w.dt(_fd(rng, ap.date(), "mdj", wd=True), _ft(rng, ap, "hm"), "", g="明日").t(" ").p(
                    c.dept, "DEPARTMENT", "外来"
                ).t(' ご予約日です…"\n')
            else:
                w.t("【").p(c.hosp, "FACILITY", "当院").t("】").p(
                    _nm(rng, p, rng.choice(["ka", "f"])), "PERSON", "患者"
                ).t("様 明日は")
                w.p(rng.choice(_DEPTS), "DEPARTMENT", "外来").t(' ご予約日です…"\n')
        w.t(f"合計 {len(entries)} 件 / 不達は翌営業日に電話連絡（担当 ").p(c.ck.fam, "PERSON", "医事").t("）\n")
    else:
        w.t("件名: 【").p(c.hosp, "FACILITY", "当院").t("】ご予約確認のお知らせ\n宛先: ").p(
            c.email, "EMAIL_ADDRESS", "登録アドレス"
        ).t("\n\n")
        _sms_body(w, c, rng, ap, "remind")
        w.t(
            "\n\n◆当日のお願い\n・受付は予約時刻の15分前までに 1階 再来受付機へ\n"
            "・発熱等のある方は事前にお電話ください\n"
        )
        w.t("◆アクセス: ").p(c.hosp_addr, "ADDRESS", "（所在地）").t("\n")
        w.t("厚生労働省の感染対策情報: https://www.mhlw.go.jp/\n")
        w.t("----\n").p(c.hosp, "FACILITY", "当院").t(" ").p("予約センター", "DEPARTMENT", "予約窓口").t(" ").p(
            _phone_var(rng, c.hosp_tel), "PHONE_NUMBER", "代表"
        ).t("\n")


# ---------------------------------------------------------------------------
# style 8: PACS / RIS worklist dumps
# ---------------------------------------------------------------------------


def _s_pacs(w: _W, c: _C, rng: random.Random) -> None:
    v = c.vi % 4
    day = c.ev.date()
    sx = "M" if c.sex == "M" else "F"
    if v == 0:
        w.t(f"RIS WORKLIST  STATION={rng.choice(['CT1', 'CT2', 'MR3T', 'US-2', 'GENERAL1'])}  DATE=")
        w.dt(f"{day:%Y%m%d}", g="TODAY").t("\n")
        w.t("ACCESSION       PATIENT_ID  PATIENT_NAME          SEX DOB       MOD TIME  STUDY\n")
        entries = [(c.pt, c.pid, c.bd, sx, c.acc, c.exam)]
        for _ in range(rng.randint(2, 3)):
            o, pid2, _a, bd2 = c.other_patient()
            ex = rng.choice(_EXAMS)
            entries.append((o, pid2, bd2, o.sex, f"{ex[0]}{c.ev:%y%m%d}{rng.randint(1, 300):04d}", ex))
        rng.shuffle(entries)
        tm = c.ev.replace(hour=9, minute=0)
        for p, pid, bd, s, acc, ex in entries:
            w.pw(acc, "ID", 16, "--").pw(pid, "ID", 12, "--")
            w.pw(_nm(rng, p, rng.choice(["dic", "dic", "hk"])), "PERSON", 22, "ANONYMOUS")
            w.t(f"{s}   ").pw(f"{bd:%Y%m%d}", "DATE", 10, "--------")
            w.t(f"{ex[0]}  {tm:%H%M}  {ex[2]}\n")
            tm += _dt.timedelta(minutes=rng.choice([15, 20, 30]))
        w.t(f"-- {len(entries)} entries --\n")
    elif v == 1:
        w.t(f"# RIS worklist export  modality={rng.choice(['ALL', 'CT,MR', 'US'])}  generated_by=ris-batch02  rows=N\n")
        w.t("# NOTE: 文字コード Shift_JIS → UTF-8 変換済。カナ氏名は半角のまま\n")
        w.t(
            "accession_no,patient_id,patient_name_kana,birth_date,age,sex,modality,body_part,scheduled_dt,referring_physician,ward,comment\n"
        )
        entries = [(c.pt, c.pid, c.bd, c.age, sx, c.acc, c.exam, c.ward_s)]
        for _ in range(2):
            o, pid2, a2, bd2 = c.other_patient()
            ex = rng.choice(_EXAMS)
            entries.append(
                (
                    o,
                    pid2,
                    bd2,
                    a2,
                    o.sex,
                    f"{c.ev:%Y%m%d}{rng.randint(1, 9999):05d}",
                    ex,
                    rng.choice(["外来", f"{rng.randint(3, 9)}{rng.choice(_WINGS)}"]),
                )
            )
        for p, pid, bd, a, s, acc, ex, ward in entries:
            w.p(acc, "ID").t(",").p(pid, "ID").t(",").p(
                _nm(rng, p, rng.choice(["ka", "hk", "hk", "hk"])), "PERSON", ""
            ).t(",")
            w.dt(f"{bd:%Y-%m-%d}", g="").t(",").p(str(a), "AGE", "").t(f",{s},{ex[0]},{ex[2].split()[0]},")
            w.dt(f"{c.ev:%Y-%m-%d}", f"{rng.randint(9, 16):02d}:{rng.choice(['00', '30'])}", "T", g="").t(",")
            w.p(_nm(rng, rng.choice([c.dr, c.dr2]), "dic"), "PERSON", "").t(",")
            if ward == "外来":
                w.t("外来,")
            else:
                w.p(ward, "FACILITY", "").t(",")
            w.t(
                rng.choice(
                    [
                        '"造影剤アレルギーなし, eGFR 55"',
                        "",
                        '"車椅子, O2 2L"',
                        '"前回比較 要"',
                        "妊娠可能性なし",
                        '"閉所恐怖, 鎮静検討"',
                    ]
                )
                + "\n"
            )
    elif v == 2:
        w.t("# MWL C-FIND response dataset #").t(str(rng.randint(1, 12))).t(
            f" from RIS_SCP ({rng.choice(['192.168.10.21', '10.1.4.7'])}:104)\n"
        )
        w.t("(0008,0050) SH [").p(c.acc, "ID", "").t("]   # AccessionNumber\n")
        w.t("(0010,0010) PN [").p(_nm(rng, c.pt, "dic"), "PERSON", "")
        if rng.random() < 0.5:
            w.t("=").p(_nm(rng, c.pt, "dicj"), "PERSON", "").t("=").p(_nm(rng, c.pt, "dick"), "PERSON", "")
        w.t("]   # PatientName\n")
        w.t("(0010,0020) LO [").p(c.pid, "ID", "").t("]   # PatientID\n")
        w.t("(0010,0030) DA [").dt(f"{c.bd:%Y%m%d}", g="").t("]   # PatientBirthDate\n")
        w.t(f"(0010,0040) CS [{sx}]   # PatientSex\n")
        w.t("(0010,1010) AS [").p(_fage(rng, min(c.age, 999), "AS"), "AGE", "").t("]   # PatientAge\n")
        w.t(f"(0010,1030) DS [{rng.randint(35, 80)}.{rng.randint(0, 9)}]   # PatientWeight\n")
        w.t("(0032,1032) PN [").p(_nm(rng, c.dr, "dic"), "PERSON", "").t("]   # RequestingPhysician\n")
        if rng.random() < 0.6:
            w.t("(0038,0300) LO [").p(c.ward_s, "FACILITY", "").t("]   # CurrentPatientLocation\n")
        w.t("(0040,0100) SQ   # ScheduledProcedureStepSequence\n")
        w.t(f"  (0040,0001) AE [{rng.choice(['CT_SIEMENS1', 'MR_GE3T', 'US_ROOM2'])}]\n")
        w.t("  (0040,0002) DA [").dt(f"{c.ev:%Y%m%d}", g="").t("]\n")
        w.t(f"  (0040,0003) TM [{c.ev:%H%M}00]\n")
        w.t(f"  (0008,0060) CS [{c.exam[0]}]\n  (0040,0007) LO [{c.exam[2]}]\n")
        w.t("  (0040,0009) SH [").p(f"SPS{_digits(rng, 7)}", "ID", "").t("]\n")
        w.t("(0040,1001) SH [").p(c.order, "ID", "").t("]   # RequestedProcedureID\n")
    else:
        msgid = "MSG" + _digits(rng, 8)
        w.t("MSH|^~\\&|HIS|").p(c.dom.split(".")[0].upper(), "FACILITY", "HOSP").t("|RIS|RAD|").dt(
            f"{c.ev:%Y%m%d%H%M%S}", g=""
        ).t(f"||ORM^O01|{msgid}|P|2.5\r\n")
        w.t("PID|1||").p(c.pid.replace("-", ""), "ID", "").t("^^^HIS^MR||").p(_nm(rng, c.pt, "dic"), "PERSON", "")
        if rng.random() < 0.6:
            w.t("~").p(_nm(rng, c.pt, "dicj"), "PERSON", "").t("^^^^^I")
        w.t("||").dt(f"{c.bd:%Y%m%d}", g="").t(f"|{sx}|||").p(
            c.addr_text(rng, "nopref").replace("-", "－"), "ADDRESS", ""
        ).t("^^^^")
        w.p(c.pzip.replace("-", ""), "POSTAL_CODE", "").t("||").p(c.tel_home, "PHONE_NUMBER", "").t("\r\n")
        w.t("PV1|1|I|").p(c.ward_s, "FACILITY", "").t("^").p(c.room, "FACILITY", "").t("^").p(c.bed, "FACILITY", "").t(
            "||||"
        )
        w.p(_digits(rng, 5), "ID", "").t("^").p(_nm(rng, c.dr, "dic"), "PERSON", "").t("\r\n")
        w.t("ORC|NW|").p(c.order, "ID", "").t("\r\n")
        w.t("OBR|1|").p(c.order, "ID", "").t("|").p(c.acc, "ID", "").t(f"|{c.exam[0]}^{c.exam[2]}|||").dt(
            f"{c.ev:%Y%m%d%H%M}", g=""
        ).t("\r\n")
        w.t("NTE|1||").t(rng.choice(["造影剤アレルギー歴なし", "腎機能低下 eGFR 41", "閉所恐怖症あり 鎮静検討"])).t(
            "\r\n"
        )


# ---------------------------------------------------------------------------
# style 9: JSON / CSV snippets from hospital apps
# ---------------------------------------------------------------------------


def _j(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def _s_app(w: _W, c: _C, rng: random.Random) -> None:
    v = c.vi % 4
    pt = c.pt
    ind = rng.choice(["  ", "    "])
    if v == 0:
        ap = c.ev + _dt.timedelta(days=rng.randint(2, 20))
        ap = ap.replace(minute=rng.choice([0, 15, 30, 45]))
        w.t("GET /api/v2/patients/").p(c.pid, "ID").t(f"/appointments 200 OK ({rng.randint(20, 300)}ms)\n{{\n")
        w.t(f'{ind}"patient": {{\n{ind}{ind}"id": "').p(c.pid, "ID").t('",\n')
        w.t(f'{ind}{ind}"name": "').p(_nm(rng, pt, "kjs"), "PERSON", "").t('",\n')
        w.t(f'{ind}{ind}"name_kana": "').p(_nm(rng, pt, "ka"), "PERSON", "").t('",\n')
        w.t(f'{ind}{ind}"birth_date": "').dt(c.bd.isoformat(), g="").t('",\n')
        w.t(f'{ind}{ind}"age": ').p(str(c.age), "AGE", "null").t(",\n")
        w.t(f'{ind}{ind}"sex": "{c.sex}",\n{ind}{ind}"tel": "').p(c.tel_mob, "PHONE_NUMBER", "").t('",\n')
        w.t(f'{ind}{ind}"email": "').p(c.email, "EMAIL_ADDRESS", "").t('",\n')
        w.t(f'{ind}{ind}"zip": "').p(c.pzip.replace("-", "") if rng.random() < 0.5 else c.pzip, "POSTAL_CODE", "").t(
            '",\n'
        )
        w.t(f'{ind}{ind}"address": "').p(_j(c.addr), "ADDRESS", "").t('"\n')
        w.t(f'{ind}}},\n{ind}"appointments": [\n')
        n_ap = rng.randint(1, 2)
        for i in range(n_ap):
            a = ap + _dt.timedelta(days=28 * i)
            w.t(f'{ind}{ind}{{"rsv_id": "').p(f"A{_digits(rng, 9)}", "ID", "").t('", "datetime": "')
            w.dt(f"{a:%Y-%m-%d}", f"{a:%H:%M}:00+09:00", "T", g="").t('", "dept": "').p(
                rng.choice([c.dept, "内科"]), "DEPARTMENT", ""
            ).t('", "doctor": "')
            w.p(_nm(rng, c.dr, "kjs"), "PERSON", "").t(
                '", "room": "'
                + rng.choice(["3番診察室", "内視鏡室", "2F-B"])
                + '", "status": "'
                + rng.choice(["booked", "checked_in", "cancelled"])
                + '"}'
            )
            w.t(",\n" if i < n_ap - 1 else "\n")
        w.t(f'{ind}],\n{ind}"app_version": "3.{rng.randint(0, 9)}.{rng.randint(0, 20)}"\n}}\n')
    elif v == 1:
        host = rng.choice(["app-api-1", "app-api-2", "mobile-gw"])
        t = c.ev
        lines = [
            ("INFO", "login success", False),
            ("INFO", "appointment booked", True),
            ("WARN", "duplicate booking detected", True),
            ("ERROR", "SMS delivery failed", True),
            ("INFO", "questionnaire submitted", True),
        ]
        rng.shuffle(lines)
        for lvl, msg, with_pt in lines[: rng.randint(3, 4)]:
            t += _dt.timedelta(seconds=rng.randint(1, 400))
            w.t('{"ts":"').dt(f"{t:%Y-%m-%d}", f"{t:%H:%M:%S}.{rng.randint(0, 999):03d}+09:00", "T", g="").t(
                f'","level":"{lvl}","host":"{host}","msg":"{msg}","pid":"'
            )
            w.p(c.pid, "ID", "").t('"')
            if with_pt and rng.random() < 0.6:
                w.t(',"patient_name":"').p(_nm(rng, pt, rng.choice(["ka", "kjs", "RO"])), "PERSON", "").t('"')
            if msg == "SMS delivery failed":
                w.t(',"to":"').p(c.tel_mob.replace("-", ""), "PHONE_NUMBER", "").t('","err":"E0412 unreachable"')
            if msg == "appointment booked":
                w.t(',"slot":"').dt(f"{(t + _dt.timedelta(days=7)):%Y-%m-%d}", "10:30", " ", g="").t('","dept":"').p(
                    c.dept, "DEPARTMENT", ""
                ).t('"')
            w.t(f',"req_id":"req-{rng.randint(16**7, 16**8 - 1):08x}"}}\n')
        w.t("\n# ↑ 二重予約エラー調査用に抜粋（").p(
            rng.choice(["情報システム課", "医療情報部"]), "DEPARTMENT", "担当部署"
        ).t(" ").p(_person(rng).fam, "PERSON", "担当").t("）\n")
    elif v == 2:
        w.t("# monshin_export_").dt(f"{c.ev:%Y%m%d}", g="today").t(".csv  (Web問診アプリ)\n")
        w.t("受付番号,患者ID,氏名,フリガナ,生年月日,年齢,郵便番号,住所,電話,主訴,アレルギー,問診回答(自由記載)\n")
        entries = [(pt, c.pid, c.bd, c.age, c.pzip, c.addr_text(rng, rng.choice(["full", "nopref"])), c.tel_mob)]
        for _ in range(rng.randint(1, 2)):
            o, pid2, a2, bd2 = c.other_patient()
            entries.append(
                (
                    o,
                    pid2,
                    bd2,
                    a2,
                    f"{rng.randint(100, 999)}-{_digits(rng, 4)}",
                    rng.choice(_PREF_CITY)[1] + c.fake.town() + f"{rng.randint(1, 9)}-{rng.randint(1, 30)}",
                    _mobile(rng),
                )
            )
        for p, pid, bd, a, z, ad, tel in entries:
            w.t(f"{rng.randint(1, 300):04d},").p(pid, "ID", "").t(",").p(_nm(rng, p, "kjs"), "PERSON", "").t(",").p(
                _nm(rng, p, "ka"), "PERSON", ""
            ).t(",")
            w.dt(_fd(rng, bd, rng.choice(["sl", "iso", "eras"])), g="").t(",").p(str(a), "AGE", "").t(",").p(
                z, "POSTAL_CODE", ""
            ).t(',"').p(ad, "ADDRESS", "").t('",')
            w.p(tel, "PHONE_NUMBER", "").t(",")
            w.t(
                rng.choice(['"3日前から咳、37.8℃"', "腰痛", '"胸が苦しい、階段で息切れ"', "健診で便潜血陽性", "めまい"])
                + ","
            )
            w.t(rng.choice(["なし", "ペニシリン", "造影剤（蕁麻疹）", "卵"]) + ",")
            w.t(
                rng.choice(
                    [
                        '"昨夜から38度台の発熱、咽頭痛。市販薬（ロキソニン）内服も改善なし。家族にも同症状"',
                        '"2週間前から階段昇降で息切れ、下腿浮腫あり。以前、心臓の薬を飲んでいたが自己中断"',
                        '"朝起きたら回転性めまい、嘔吐2回。耳鳴りなし。高血圧で近医通院中"',
                        '"健診で便潜血陽性を指摘。大腸カメラは未経験。抗血栓薬なし"',
                        '"腰痛で歩くと足がしびれる。100mで休憩が必要。湿布処方希望"',
                    ]
                )
                + "\n"
            )
    else:
        w.t("// マイナ保険証 資格確認結果（オンライン資格確認 連携アプリ デバッグ出力）\n{\n")
        w.t(f'{ind}"result": "OK",\n{ind}"checked_at": "').dt(f"{c.ev:%Y-%m-%d}", f"{c.ev:%H:%M:%S}", "T", g="").t(
            '",\n'
        )
        w.t(f'{ind}"patient_id": "').p(c.pid, "ID", "").t('",\n')
        w.t(f'{ind}"name": "').p(_nm(rng, pt, "kjs"), "PERSON", "").t('",\n')
        w.t(f'{ind}"name_kana": "').p(_nm(rng, pt, "hk"), "PERSON", "").t('",\n')
        w.t(f'{ind}"birth": "').dt(f"{c.bd:%Y%m%d}", g="").t('",\n')
        w.t(f'{ind}"insurance": {{"insurer_no": "').p(_insurer(rng), "INSURANCE_NUMBER", "").t('", "symbol": "')
        w.p(rng.choice([_digits(rng, 4), _digits(rng, 8), "千葉" + _digits(rng, 3)]), "INSURANCE_NUMBER", "").t(
            '", "number": "'
        )
        w.p(str(rng.randint(1, 9999999)), "INSURANCE_NUMBER", "").t(f'", "copay_rate": {rng.choice([10, 20, 30])}}},\n')
        if rng.random() < 0.5:
            w.t(f'{ind}"my_number_raw": "').p(_my_number(rng), "MY_NUMBER", "").t('",   // TODO 保存しないこと!!\n')
        w.t(f'{ind}"address": {{"zip": "').p(c.pzip, "POSTAL_CODE", "").t('", "pref": "').p(c.ppref, "ADDRESS", "").t(
            '", "city": "'
        )
        w.p(c.pcity, "ADDRESS", "").t('", "line1": "').p(_j(c.ptown + c.pblock), "ADDRESS", "").t('"},\n')
        w.t(f'{ind}"facility": "').p(c.hosp, "FACILITY", "").t(f'",\n{ind}"operator": "').p(
            _nm(rng, c.ck, rng.choice(["kjs", "RO"])), "PERSON", ""
        ).t('"\n}\n')


# ---------------------------------------------------------------------------
# public entry point
# ---------------------------------------------------------------------------

_STYLES = [_s_chat, _s_email, _s_audit, _s_reserve, _s_bed, _s_phone, _s_sms, _s_pacs, _s_app]


def generate_y(n_phi: int = 60, n_clean: int = 15, seed: int = 16230) -> list[dict]:
    out: list[dict] = []
    for i in range(n_phi + n_clean):
        phi = i < n_phi
        k = i if phi else i - n_phi
        rng = random.Random(seed * 1009 + i * 7919 + (0 if phi else 500000))
        fake = _faker(seed + i * 31 + (0 if phi else 77777))
        c = _C(rng, fake)
        c.vi = k // len(_STYLES) + (0 if phi else 1)
        style = _STYLES[k % len(_STYLES)] if phi else _STYLES[(k * 4 + 1) % len(_STYLES)]
        doc = Doc(f"y-phi-{k:03d}" if phi else f"y-clean-{k:03d}")
        w = _W(doc, phi, rng)
        style(w, c, rng)
        known = c.known(rng) if phi and k % 10 in (1, 4, 7) else None
        out.append(doc.out(known) if known else doc.out())
    return out
