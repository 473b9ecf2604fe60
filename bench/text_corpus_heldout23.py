"""Blind held-out text corpus, family AF.

Written blind: the author did not read the de-identification tool's code, policies, tests, documentation or any
other bench corpus, and never ran the tool on this corpus.  All identifiers are synthetic (seeded Faker ja_JP plus
hand-made lists).

Styles (PHI documents cycle through them in this order):
  1. ehr_concat    - EHR print-outs concatenating several records of one patient (patient header block, then
                     sections written by different departments).
  2. ocr_form      - paper forms (紹介状, 入院申込書, 問診票) run through OCR: 0/O, 1/l, ー/一 swaps, dropped or
                     doubled spaces, broken lines, stray symbols.  Noise also hits identifiers; a span covers the
                     noisy identifier characters as they appear.
  3. fax           - fax cover sheets followed by faxed referral / reply forms.
  4. legacy_fixed  - legacy host-system exports in fixed-width columns, half-width katakana names (ﾔﾏﾀﾞ ﾀﾛｳ) and
                     YYMMDD / YYYYMMDD dates.
  5. handwritten   - transcriptions of handwritten notes with uncertain readings (〔判読不能〕, ？, [?]).
  6. report_list   - 報告書一覧 print-outs with several patients per page.
  7. pasted_table  - tables copy-pasted from spreadsheets / viewers with misaligned columns (tabs, pipes, spaces).
  8. mixed_width   - letters and summaries mixing full-width and half-width digits and letters.

Labelling choices a scorer should know:
  * Honorifics / roles (様, さん, 氏, 殿, 先生, Dr., Ns, 看護師) are outside PERSON spans; 〒 and labels such as
    "TEL:" / "FAX" / "内線" are outside spans.  Extension / PHS numbers are PHONE_NUMBER (digits only).
  * A name written as "姓 名" with one space is one PERSON span; "YAMADA, Taro" is one span.  Staff referred to
    by surname only are PERSON spans.  Initials such as "Y.T." are labelled only when they stand for a patient.
  * A half-width-katakana name in a fixed-width column is one PERSON span excluding the padding.
  * YYMMDD dates in legacy exports (e.g. 240507) are DATE spans; birth dates are DATE; a date with its clock time is
    one DATE span; durations and bare times are not labelled.
  * Uncertain readings inside an identifier (e.g. "山〔判読不能〕") are kept inside the span when they replace part of
    it; a fully unreadable identifier is not labelled.
  * Ward names (5階東病棟, 3B病棟), room numbers (512号室) and bed numbers are FACILITY.  Bare department names are
    DEPARTMENT.  Insurance 保険者番号 / 記号 / 番号 are separate INSURANCE_NUMBER spans.
  * Report / accession / order / specimen / pathology numbers are ID.
  * PHI-free documents reuse the same templates with every identifier replaced by a generic phrase (当院, 主治医, 本人,
    家族, 本日, 前医 ...); departments are also replaced by generic words so they carry no spans at all.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

KINDS = (
    "PERSON",
    "ID",
    "DATE",
    "AGE",
    "PHONE_NUMBER",
    "ADDRESS",
    "POSTAL_CODE",
    "FACILITY",
    "DEPARTMENT",
    "EMAIL_ADDRESS",
    "URL",
    "MY_NUMBER",
    "INSURANCE_NUMBER",
)

# ---------------------------------------------------------------------------------------------------------------
# name material
# ---------------------------------------------------------------------------------------------------------------

_SURNAMES = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("山口", "ヤマグチ", "Yamaguchi"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("佐々木", "ササキ", "Sasaki"),
    ("斎藤", "サイトウ", "Saito"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("早乙女", "サオトメ", "Saotome"),
    ("東", "アズマ", "Azuma"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("原", "ハラ", "Hara"),
    ("関", "セキ", "Seki"),
    ("堀", "ホリ", "Hori"),
    ("辻", "ツジ", "Tsuji"),
    ("星", "ホシ", "Hoshi"),
    ("南", "ミナミ", "Minami"),
    ("今", "コン", "Kon"),
    ("菅", "スガ", "Suga"),
    ("角", "スミ", "Sumi"),
    ("鶴", "ツル", "Tsuru"),
    ("一", "ニノマエ", "Ninomae"),
    ("長崎", "ナガサキ", "Nagasaki"),
    ("千葉", "チバ", "Chiba"),
    ("熊本", "クマモト", "Kumamoto"),
    ("福岡", "フクオカ", "Fukuoka"),
    ("宮城", "ミヤギ", "Miyagi"),
    ("大和", "ヤマト", "Yamato"),
    ("春日", "カスガ", "Kasuga"),
    ("神戸", "カンベ", "Kanbe"),
    ("石川", "イシカワ", "Ishikawa"),
    ("比嘉", "ヒガ", "Higa"),
    ("具志堅", "グシケン", "Gushiken"),
    ("服部", "ハットリ", "Hattori"),
    ("蛭子", "エビス", "Ebisu"),
    ("海老原", "エビハラ", "Ebihara"),
    ("白石", "シロイシ", "Shiroishi"),
    ("黒木", "クロキ", "Kuroki"),
    ("若林", "ワカバヤシ", "Wakabayashi"),
    ("陣内", "ジンナイ", "Jinnai"),
    ("桜井", "サクライ", "Sakurai"),
    ("相馬", "ソウマ", "Soma"),
    ("青木", "アオキ", "Aoki"),
    ("新井", "アライ", "Arai"),
    ("大塚", "オオツカ", "Otsuka"),
    ("小松", "コマツ", "Komatsu"),
    ("金田一", "キンダイチ", "Kindaichi"),
    ("日野", "ヒノ", "Hino"),
    ("岸", "キシ", "Kishi"),
    ("谷", "タニ", "Tani"),
    ("栗", "クリ", "Kuri"),
    ("明石", "アカシ", "Akashi"),
    ("桑名", "クワナ", "Kuwana"),
]

_GIVEN = [
    ("太郎", "タロウ", "Taro", "M"),
    ("花子", "ハナコ", "Hanako", "F"),
    ("翔太", "ショウタ", "Shota", "M"),
    ("美咲", "ミサキ", "Misaki", "F"),
    ("健一", "ケンイチ", "Kenichi", "M"),
    ("由美子", "ユミコ", "Yumiko", "F"),
    ("勝", "マサル", "Masaru", "M"),
    ("清", "キヨシ", "Kiyoshi", "M"),
    ("茂", "シゲル", "Shigeru", "M"),
    ("ハル", "ハル", "Haru", "F"),
    ("すみ", "スミ", "Sumi", "F"),
    ("トメ", "トメ", "Tome", "F"),
    ("キヨ", "キヨ", "Kiyo", "F"),
    ("ちよ", "チヨ", "Chiyo", "F"),
    ("実", "ミノル", "Minoru", "M"),
    ("進", "ススム", "Susumu", "M"),
    ("正", "タダシ", "Tadashi", "M"),
    ("和子", "カズコ", "Kazuko", "F"),
    ("節子", "セツコ", "Setsuko", "F"),
    ("陽菜", "ヒナ", "Hina", "F"),
    ("蓮", "レン", "Ren", "M"),
    ("大翔", "ヒロト", "Hiroto", "M"),
    ("結衣", "ユイ", "Yui", "F"),
    ("一郎", "イチロウ", "Ichiro", "M"),
    ("優", "ユウ", "Yu", "M"),
    ("光", "ヒカル", "Hikaru", "M"),
    ("明", "アキラ", "Akira", "M"),
    ("望", "ノゾミ", "Nozomi", "F"),
    ("誠", "マコト", "Makoto", "M"),
    ("秋子", "アキコ", "Akiko", "F"),
    ("千尋", "チヒロ", "Chihiro", "F"),
    ("恵", "メグミ", "Megumi", "F"),
    ("浩二", "コウジ", "Koji", "M"),
    ("幸子", "サチコ", "Sachiko", "F"),
    ("功", "イサオ", "Isao", "M"),
    ("和夫", "カズオ", "Kazuo", "M"),
    ("弘", "ヒロシ", "Hiroshi", "M"),
    ("武", "タケシ", "Takeshi", "M"),
    ("泰介", "タイスケ", "Taisuke", "M"),
    ("美穂", "ミホ", "Miho", "F"),
    ("さくら", "サクラ", "Sakura", "F"),
    ("ヨシエ", "ヨシエ", "Yoshie", "F"),
    ("喜代治", "キヨジ", "Kiyoji", "M"),
    ("巌", "イワオ", "Iwao", "M"),
    ("鶴松", "ツルマツ", "Tsurumatsu", "M"),
]

# foreign residents: (family, given, family_kana, given_kana, family_romaji, given_romaji, sex)
_FOREIGN = [
    ("王", "小明", "ワン", "シャオミン", "Wang", "Xiaoming", "M"),
    ("李", "美玲", "リ", "メイリン", "Li", "Meiling", "F"),
    ("朴", "成浩", "パク", "ソンホ", "Park", "Sungho", "M"),
    ("金", "智恩", "キム", "ジウン", "Kim", "Jieun", "F"),
    ("グエン", "ヴァン ナム", "グエン", "ヴァン ナム", "Nguyen", "Van Nam", "M"),
    ("トラン", "ティ ホア", "トラン", "ティ ホア", "Tran", "Thi Hoa", "F"),
    ("サントス", "マリア", "サントス", "マリア", "Santos", "Maria", "F"),
    ("シルバ", "リカルド", "シルバ", "リカルド", "Silva", "Ricardo", "M"),
    ("プラダン", "スマン", "プラダン", "スマン", "Pradhan", "Suman", "M"),
    ("スミス", "ジョン", "スミス", "ジョン", "Smith", "John", "M"),
]

_DEPTS = [
    "消化器内科",
    "循環器内科",
    "呼吸器内科",
    "呼吸器外科",
    "整形外科",
    "脳神経外科",
    "脳神経内科",
    "総合診療科",
    "腎臓内科",
    "皮膚科",
    "眼科",
    "放射線科",
    "泌尿器科",
    "産婦人科",
    "糖尿病・内分泌内科",
    "緩和ケア内科",
    "リハビリテーション科",
    "外科",
    "血液内科",
    "精神科",
]

_HOSP_SUFFIX = ["中央病院", "総合病院", "市民病院", "記念病院", "医療センター", "赤十字病院", "協立病院", "病院"]
_CLINIC_PREFIX = ["さくら", "ひまわり", "あおば", "みどり", "ふたば", "こすもす", "わかば", "やまびこ", "すずらん"]
_CLINIC_SUFFIX = ["内科クリニック", "クリニック", "診療所", "整形外科医院", "眼科", "皮フ科クリニック", "医院"]
_CARE = ["特別養護老人ホーム", "介護老人保健施設", "グループホーム", "サービス付き高齢者向け住宅", "有料老人ホーム"]
_CARE_NAME = ["緑風苑", "やすらぎの里", "桜花園", "陽だまり", "ことぶき荘", "せせらぎ", "清流苑", "ふれあいの郷"]
_PHARM = ["調剤薬局", "薬局"]
_AREA_CODES = ["03", "06", "011", "022", "045", "052", "075", "078", "082", "092", "0276", "0463", "0942", "098"]
_MAIL_DOM = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "nifty.com", "outlook.jp"]

_HW_BASE = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ァィゥェォッャュョー・　",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ･ ",
)
_HW_MAP = dict(zip(_HW_BASE[0], _HW_BASE[1], strict=True))
_HW_MAP["\u3099"] = "ﾞ"
_HW_MAP["\u309a"] = "ﾟ"
_HW_MAP["ヴ"] = "ｳﾞ"

_FW_TABLE = {i: i + 0xFEE0 for i in range(0x21, 0x7F)}
_FW_TABLE[0x20] = 0x3000

_KANJI_NUM = "〇一二三四五六七八九"
_WD = "月火水木金土日"


# ---------------------------------------------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------------------------------------------


def _hw(s: str) -> str:
    """Full-width katakana -> half-width katakana (legacy systems)."""
    if "ヴ" in s:
        s = s.replace("ヴ", "ｳﾞ")
    return "".join(_HW_MAP.get(c, c) for c in unicodedata.normalize("NFD", s))


def _fw(s: str) -> str:
    """Half-width ASCII -> full-width."""
    return s.translate(_FW_TABLE)


def _hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def _mix(r: random.Random, s: str, p: float = 0.5) -> str:
    """Randomly make some ASCII characters full-width (mixed-width documents)."""
    return "".join(_fw(c) if c.isascii() and c != " " and r.random() < p else c for c in s)


_OCR_SWAP = {
    "0": "O",
    "O": "0",
    "1": "l",
    "l": "1",
    "ー": "一",
    "一": "ー",
    "日": "曰",
    "口": "ロ",
    "ロ": "口",
    "力": "カ",
    "カ": "力",
    "8": "B",
    "5": "S",
    "2": "Z",
    "二": "ニ",
    "ニ": "二",
    "工": "エ",
    "夕": "タ",
    "へ": "ヘ",
    "-": "ー",
    "・": ".",
    "院": "暁",
    "様": "襟",
}


def _ocr(r: random.Random, s: str, rate: float = 0.06) -> str:
    """OCR-like corruption: character swaps, dropped / doubled spaces, stray symbols."""
    out = []
    for c in s:
        x = r.random()
        if c in _OCR_SWAP and x < rate:
            out.append(_OCR_SWAP[c])
        elif c == " " and x < rate * 3:
            out.append(r.choice(["", "  "]))
        else:
            out.append(c)
            if c not in "\n" and x > 1 - rate / 4:
                out.append(r.choice(["'", "|", "・", "`", ",", "_"]))
    return "".join(out)


def _ocr_id(r: random.Random, s: str, rate: float = 0.05) -> str:
    """OCR corruption of an identifier itself: swaps only, no spaces or stray symbols at the edges."""
    t = "".join(_OCR_SWAP[c] if c in _OCR_SWAP and r.random() < rate else c for c in s)
    return t.strip() or s


def _era(d: date) -> tuple[str, str, int]:
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


def _kn(n: int) -> str:
    """Kanji numerals, positional style for years (二〇二四) is handled elsewhere; this is 十-style."""
    if n < 10:
        return _KANJI_NUM[n] if n else "〇"
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KANJI_NUM[t]) + "十" + (_KANJI_NUM[o] if o else "")


def _fmt_date(r: random.Random, d: date, style: str | None = None) -> str:
    e, el, ey = _era(d)
    styles = [
        "slash",
        "slash0",
        "dash",
        "kanji",
        "era",
        "era_abbr",
        "era_dot0",
        "dot",
        "wd",
        "kanji_num",
        "era_gan",
    ]
    st = style or r.choice(styles)
    wd = _WD[d.weekday()]
    if st == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if st == "slash0":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if st == "dash":
        return d.isoformat()
    if st == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if st == "era":
        return f"{e}{ey}年{d.month}月{d.day}日"
    if st == "era_gan":
        return f"{e}{'元' if ey == 1 else ey}年{d.month}月{d.day}日"
    if st == "era_abbr":
        return f"{el}{ey}.{d.month}.{d.day}"
    if st == "era_dot0":
        return f"{el}{ey:02d}/{d.month:02d}/{d.day:02d}"
    if st == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if st == "wd":
        return f"{d.year}年{d.month}月{d.day}日（{wd}）" if r.random() < 0.5 else f"{d.month}/{d.day}({wd})"
    if st == "md":
        return f"{d.month}/{d.day}"
    if st == "kanji_num":
        y = "".join(_KANJI_NUM[int(c)] for c in str(d.year))
        return f"{y}年{_kn(d.month)}月{_kn(d.day)}日"
    if st == "yymmdd":
        return d.strftime("%y%m%d")
    if st == "yyyymmdd":
        return d.strftime("%Y%m%d")
    return d.isoformat()


def _age_at(b: date, d: date) -> int:
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def _dw(s: str) -> int:
    """Display width (full-width = 2 columns) for fixed-width layouts."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


_GENERIC = {
    "PERSON": "本人",
    "ID": "（省略）",
    "DATE": "本日",
    "AGE": "高齢",
    "PHONE_NUMBER": "（代表番号）",
    "ADDRESS": "自宅",
    "POSTAL_CODE": "（省略）",
    "FACILITY": "当院",
    "DEPARTMENT": "当科",
    "EMAIL_ADDRESS": "（なし）",
    "URL": "（なし）",
    "MY_NUMBER": "（省略）",
    "INSURANCE_NUMBER": "（省略）",
}


class _W:
    """Writes either a PHI document (spans) or its PHI-free twin (generic phrases, no spans)."""

    def __init__(self, did: str, clean: bool) -> None:
        self.doc = Doc(did)
        self.clean = clean
        self.col_pos = 0

    def t(self, s: str) -> _W:
        self.doc.t(s)
        self._track(s)
        return self

    def p(self, s: str, kind: str, alt: str | None = None) -> _W:
        if self.clean:
            g = _GENERIC[kind] if alt is None else alt
            self.doc.t(g)
            self._track(g)
        else:
            self.doc.p(s, kind)
            self._track(s)
        return self

    def _track(self, s: str) -> None:
        if "\n" in s:
            self.col_pos = _dw(s.rsplit("\n", 1)[1])
        else:
            self.col_pos += _dw(s)

    def pad(self, col: int, minimum: int = 1) -> _W:
        """Pad with spaces to display column `col` (fixed-width exports)."""
        n = max(col - self.col_pos, minimum)
        return self.t(" " * n)

    def out(self, known: dict | None = None) -> dict:
        return self.doc.out(None if self.clean else known)


# ---------------------------------------------------------------------------------------------------------------
# synthetic identifier generator
# ---------------------------------------------------------------------------------------------------------------


class _G:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.f = Faker("ja_JP")
        self.f.seed_instance(seed)

    # -- people ---------------------------------------------------------------------------------------------------
    def person(self, foreign_p: float = 0.08, sex: str | None = None) -> dict[str, Any]:
        r = self.r
        if r.random() < foreign_p:
            fam, giv, fk, gk, fr, gr, sx = r.choice(_FOREIGN)
            return {"family": fam, "given": giv, "fk": fk, "gk": gk, "fr": fr, "gr": gr, "sex": sx, "foreign": True}
        fam, fk, fr = r.choice(_SURNAMES)
        pool = [g for g in _GIVEN if sex is None or g[3] == sex]
        giv, gk, gr, sx = r.choice(pool)
        return {"family": fam, "given": giv, "fk": fk, "gk": gk, "fr": fr, "gr": gr, "sex": sx, "foreign": False}

    def name(self, p: dict[str, Any], form: str | None = None) -> str:
        r = self.r
        forms = ["kanji_sp", "kanji", "kanji_fwsp", "kana", "romaji_fam_first", "romaji_given_first", "hira"]
        fm = form or r.choices(forms, weights=[30, 20, 10, 12, 8, 6, 4])[0]
        fam, giv = p["family"], p["given"]
        if fm == "kanji_sp":
            return f"{fam} {giv}"
        if fm == "kanji":
            return f"{fam}{giv}" if not p["foreign"] else f"{fam} {giv}"
        if fm == "kanji_fwsp":
            return f"{fam}\u3000{giv}"
        if fm == "kana":
            return f"{p['fk']} {p['gk']}" if r.random() < 0.7 else f"{p['fk']}\u3000{p['gk']}"
        if fm == "hw":
            return _hw(f"{p['fk']} {p['gk']}")
        if fm == "hira":
            return f"{_hira(p['fk'])} {_hira(p['gk'])}"
        if fm == "romaji_fam_first":
            return r.choice([f"{p['fr'].upper()} {p['gr']}", f"{p['fr'].upper()}, {p['gr']}", f"{p['fr']} {p['gr']}"])
        if fm == "romaji_given_first":
            return r.choice([f"{p['gr']} {p['fr']}", f"{p['gr']} {p['fr'].upper()}"])
        if fm == "family":
            return fam
        if fm == "initials":
            return f"{p['fr'][0]}.{p['gr'][0]}." if r.random() < 0.5 else f"{p['gr'][0]}.{p['fr'][0]}."
        return f"{fam} {giv}"

    def staff(self) -> dict[str, Any]:
        return self.person(foreign_p=0.02)

    # -- dates ----------------------------------------------------------------------------------------------------
    def birth(self) -> date:
        r = self.r
        if r.random() < 0.18:
            return date(1924, 1, 1) + timedelta(days=r.randint(0, 365 * 10))  # 90+ at event time
        return date(1936, 1, 1) + timedelta(days=r.randint(0, 365 * 80))

    def event(self) -> date:
        return date(2019, 1, 7) + timedelta(days=self.r.randint(0, 365 * 6))

    def clock(self) -> str:
        r = self.r
        return f"{r.randint(7, 21)}:{r.choice(['00', '05', '10', '15', '20', '30', '40', '45', '52'])}"

    # -- numbers --------------------------------------------------------------------------------------------------
    def pid(self) -> str:
        r = self.r
        k = r.randint(0, 4)
        if k == 0:
            return f"{r.randint(0, 99999999):08d}"
        if k == 1:
            return f"{r.randint(0, 9999999999):010d}"
        if k == 2:
            return str(r.randint(100000, 9999999))
        if k == 3:
            return f"{r.randint(10, 99)}-{r.randint(0, 999999):06d}"
        return f"{r.randint(1000000, 99999999)}"

    def acc(self, prefix: str | None = None) -> str:
        r = self.r
        pre = prefix or r.choice(["CT", "MR", "RI", "US", "XR", "ES", "H", "C", "S", "ORD", "R"])
        y = r.randint(19, 25)
        return r.choice(
            [
                f"{pre}{y}-{r.randint(1, 99999):05d}",
                f"{pre}20{y}{r.randint(1, 999999):06d}",
                f"{pre}-{r.randint(100000, 9999999)}",
                f"{y}{pre}{r.randint(1, 9999):04d}",
            ]
        )

    def phone(self, mobile: bool | None = None) -> str:
        r = self.r
        if mobile or (mobile is None and r.random() < 0.4):
            return f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(0, 9999):04d}"
        a = r.choice(_AREA_CODES)
        mid = 6 - len(a)
        num = f"{a}-{r.randint(10 ** (mid - 1), 10**mid - 1)}-{r.randint(0, 9999):04d}"
        return num if r.random() < 0.85 else num.replace("-", "")

    def ext(self) -> str:
        return str(self.r.randint(1000, 8999)) if self.r.random() < 0.6 else str(self.r.randint(100, 899))

    def postal(self) -> str:
        r = self.r
        return f"{r.randint(0, 999):03d}-{r.randint(0, 9999):04d}"

    def address(self, detail: bool = True) -> str:
        f, r = self.f, self.r
        base = f"{f.prefecture()}{f.city()}{f.town()}"
        if not detail:
            return base
        k = r.randint(0, 3)
        if k == 0:
            s = f"{base}{r.randint(1, 9)}丁目{r.randint(1, 30)}番{r.randint(1, 25)}号"
        elif k == 1:
            s = f"{base}{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 25)}"
        elif k == 2:
            s = f"{base}{r.randint(100, 3999)}番地{r.choice(['', str(r.randint(1, 9))])}"
        else:
            s = f"{base}{r.randint(1, 5)}丁目{r.randint(1, 20)}-{r.randint(1, 18)}"
        if r.random() < 0.35:
            s += f" {f.building_name()}{r.randint(101, 1208)}"
        return s

    def email(self, p: dict[str, Any]) -> str:
        r = self.r
        loc = r.choice(
            [
                f"{p['fr'].lower()}.{p['gr'].lower().replace(' ', '')}",
                f"{p['gr'][0].lower()}{p['fr'].lower()}{r.randint(1, 99)}",
                f"{p['fr'].lower()}_{r.randint(1950, 2005)}",
            ]
        )
        return f"{loc}@{r.choice(_MAIL_DOM)}"

    def ins(self) -> tuple[str, str, str]:
        r = self.r
        if r.random() < 0.5:
            hoken = f"{r.choice(['01', '06', '31', '32', '63', '67'])}{r.randint(0, 999999):06d}"
        else:
            hoken = f"{r.randint(10, 47)}{r.randint(0, 9999):04d}"
        kigo = r.choice(
            [
                f"{r.randint(1, 9999)}",
                f"{r.choice(['東', '横', '名', '福', '札'])}{r.randint(1, 99)}",
                f"{r.randint(10, 99)}-{r.randint(100, 999)}",
            ]
        )
        bango = str(r.randint(1, 99999))
        return hoken, kigo, bango

    def mynumber(self) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(12))

    # -- places ---------------------------------------------------------------------------------------------------
    def hospital(self) -> str:
        r, f = self.r, self.f
        k = r.randint(0, 3)
        place = f.city()[:-1] if r.random() < 0.6 else f.town()
        if k == 0:
            return f"{place}{r.choice(_HOSP_SUFFIX)}"
        if k == 1:
            return (
                f"医療法人{r.choice(['社団', '財団'])}{r.choice(['健生会', '恵和会', '清心会', '光陽会'])} {place}病院"
            )
        if k == 2:
            return f"{r.choice(_CLINIC_PREFIX)}{r.choice(_CLINIC_SUFFIX)}"
        sur = r.choice(_SURNAMES)[0]
        return f"{sur}{r.choice(_CLINIC_SUFFIX)}"

    def care_home(self) -> str:
        return f"{self.r.choice(_CARE)} {self.r.choice(_CARE_NAME)}"

    def pharmacy(self) -> str:
        r = self.r
        return f"{r.choice(_CLINIC_PREFIX)}{r.choice(_PHARM)}{r.choice(['', ' 駅前店', ' 本店', ' 中央店'])}"

    def ward(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.randint(3, 12)}階{r.choice(['東', '西', '南', '北'])}病棟",
                f"{r.randint(3, 9)}{r.choice('ABC')}病棟",
                f"{r.choice(['東', '西'])}{r.randint(2, 8)}病棟",
                r.choice(["ICU", "HCU", "CCU", "SCU"]),
            ]
        )

    def room(self) -> str:
        return f"{self.r.randint(2, 9)}{self.r.randint(1, 30):02d}"

    def dept(self) -> str:
        return self.r.choice(_DEPTS)

    def patient(self) -> dict[str, Any]:
        p = self.person()
        p["birth"] = self.birth()
        p["pid"] = self.pid()
        p["address"] = self.address()
        p["postal"] = self.postal()
        p["phone"] = self.phone()
        p["email"] = self.email(p) if self.r.random() < 0.25 else None
        return p


def _known(p: dict[str, Any], emails: bool = False) -> dict[str, Any]:
    return {
        "names": [
            {
                "family": p["family"],
                "given": p["given"],
                "family_kana": p["fk"],
                "given_kana": p["gk"],
                "family_romaji": p["fr"],
                "given_romaji": p["gr"],
            }
        ],
        "ids": [p["pid"]],
        "birth_date": p["birth"].isoformat(),
        "addresses": [p["address"]],
        "phones": [p["phone"]],
        "emails": [p["email"]] if emails and p.get("email") else [],
    }


# ---------------------------------------------------------------------------------------------------------------
# clinical content (not PHI)
# ---------------------------------------------------------------------------------------------------------------

_DX = [
    "2型糖尿病",
    "高血圧症",
    "慢性心不全（HFpEF）",
    "心房細動",
    "胃癌 cT2N0M0 StageI",
    "S状結腸癌術後",
    "右下葉肺腺癌 cT1bN0M0",
    "COPD",
    "誤嚥性肺炎",
    "腰部脊柱管狭窄症 L4/5",
    "左大腿骨頸部骨折",
    "脳梗塞（左MCA領域）",
    "慢性腎臓病 G3b",
    "橋本病",
    "アルツハイマー型認知症",
    "C型慢性肝炎 SVR後",
    "肝細胞癌 S6",
    "前立腺肥大症",
    "蜂窩織炎",
    "川崎病既往",
]

_SOAP = {
    "S": [
        "食欲低下あり。夜間の咳嗽が続いている。",
        "階段昇降で息切れ。下腿浮腫を自覚。",
        "腰痛は改善傾向、しびれは残存。",
        "特に変わりなし。内服はきちんと飲めている。",
        "心窩部不快感。黒色便なし。",
        "ふらつきあり、自宅で1回転倒したとのこと。",
    ],
    "O": [
        "BP 142/86 mmHg, HR 78 整, SpO2 96%(RA), BT 36.8℃",
        "HbA1c 7.8%, eGFR 41, K 4.9, BNP 312 pg/mL",
        "WBC 11200, CRP 8.42, Alb 2.9",
        "胸部X線: 右下肺野に浸潤影、CTR 56%",
        "腹部平坦軟、圧痛なし。腸蠕動音正常。",
        "AST 48 ALT 52 γ-GTP 88 T-Bil 1.1",
    ],
    "A": [
        "心不全増悪疑い。利尿薬調整。",
        "血糖コントロール不良。メトホルミン 500mg 2T 2x に増量。",
        "肺炎として SBT/ABPC 3g q6h 開始。",
        "保存的加療継続。リハビリ介入依頼。",
        "上部内視鏡予定。PPI（ボノプラザン 20mg）継続。",
        "アピキサバン 5mg 2x 継続、出血徴候なし。",
    ],
}

_NURSE = [
    "夜間不眠の訴えあり、ゾルピデム 5mg 内服し入眠。",
    "日中は車椅子で離床。食事摂取量 主食5割 副食7割。",
    "ポータブルトイレ使用、転倒転落アセスメント危険度II。",
    "疼痛 NRS 3/10、アセトアミノフェン頓用1回使用。",
    "家族面会あり。退院後の生活について相談希望あり。",
    "末梢ルート 左前腕 22G 刺入部異常なし。",
]

_RAD = [
    "両肺に明らかな結節影なし。縦隔リンパ節腫大なし。",
    "肝S6に早期濃染、washoutを伴う18mm大の結節あり。HCCを疑う。",
    "L4/5 で硬膜管の高度狭窄を認める。",
    "左MCA領域に拡散制限域あり。急性期梗塞として矛盾しない。",
    "胆嚢壁の肥厚なし。総胆管拡張なし。",
    "右下葉に22mm大の充実性結節、胸膜陥入像あり。",
]

_EXTRA = [
    "既往歴：高血圧症（50代〜）、虫垂炎術後（20代）。",
    "内服：アムロジピン 5mg 1x朝、ロスバスタチン 2.5mg 1x夕、酸化マグネシウム 330mg 3x。",
    "ADL：屋内杖歩行自立、入浴は一部介助。",
    "アレルギー：造影剤で蕁麻疹の既往あり（前投薬要）。",
    "喫煙歴 20本×40年（現在禁煙）、飲酒 機会飲酒。",
    "採血：Na 138 K 4.2 Cl 102 BUN 24 Cre 1.08 UA 6.9 TG 182 LDL-C 121",
    "心電図：洞調律、HR 72、ST変化なし。",
    "方針：外来で経過観察、増悪時は早めの受診を指示。",
    "栄養：嚥下調整食2-1、トロミ中間。体重 48.2kg（前月比 -1.5kg）。",
    "家族歴：父 脳梗塞、母 2型糖尿病。",
]


def _clin(r: random.Random, n: int) -> str:
    return "".join(x + "\n" for x in r.sample(_EXTRA, n))


_PATH = [
    "Tubular adenocarcinoma, well differentiated (tub1), pT1b2 (SM2), ly0, v0, HM0, VM0.",
    "Chronic gastritis with intestinal metaplasia. H. pylori (+).",
    "Adenocarcinoma, acinar predominant. EGFR 遺伝子検査を追加予定。",
    "Hyperplastic polyp. No malignancy.",
]


# ---------------------------------------------------------------------------------------------------------------
# style 1: EHR print-out concatenating several records
# ---------------------------------------------------------------------------------------------------------------


def _s_ehr(g: _G, w: _W, pt: dict[str, Any]) -> None:
    r = g.r
    ev = g.event()
    hosp = g.hospital()
    sexj = "男" if pt["sex"] == "M" else "女"
    h = r.randint(0, 2)
    if h == 0:
        w.t("========== 診療記録 印刷 ==========\n")
        w.t("印刷日時：").p(f"{_fmt_date(r, ev + timedelta(days=r.randint(3, 20)), 'slash0')} {g.clock()}", "DATE")
        w.t("  印刷者：").p(g.name(g.staff(), "kanji_sp"), "PERSON", "担当者").t("\n")
        w.t("患者ID：").p(pt["pid"], "ID").t("  氏名：").p(g.name(pt, "kanji_sp"), "PERSON")
        w.t("（").p(g.name(pt, "kana"), "PERSON", "本人").t("）  ").t(sexj).t("\n")
        w.t("生年月日：").p(_fmt_date(r, pt["birth"], r.choice(["era", "slash0", "kanji"])), "DATE", "（省略）")
        w.t(" （").p(f"{_age_at(pt['birth'], ev)}歳", "AGE").t("）\n")
        w.t("住所：〒").p(pt["postal"], "POSTAL_CODE").t(" ").p(pt["address"], "ADDRESS").t("\n")
        w.t("電話：").p(pt["phone"], "PHONE_NUMBER", "（登録あり）").t("\n")
    elif h == 1:
        w.t(
            f"{hosp} 電子カルテシステム  記録一覧（期間指定）\n"
            if not w.clean
            else "電子カルテシステム  記録一覧（期間指定）\n"
        )
        w.t("[").p(pt["pid"], "ID").t("] ").p(g.name(pt, r.choice(["kanji", "kanji_fwsp"])), "PERSON")
        w.t(" 様  ").t(sexj).t("性  ").p(_fmt_date(r, pt["birth"], "slash0"), "DATE", "生年月日省略").t("生 ")
        w.p(f"{_age_at(pt['birth'], ev)}才", "AGE").t("\n")
        w.t("期間：").p(_fmt_date(r, ev, "slash0"), "DATE").t(" ～ ")
        w.p(_fmt_date(r, ev + timedelta(days=r.randint(20, 90)), "slash0"), "DATE").t("\n")
    else:
        w.t("◆患者基本情報◆\n")
        w.t("ｶﾙﾃNo. ").p(pt["pid"], "ID").t("\n氏名 ").p(g.name(pt, "kanji_sp"), "PERSON").t("  カナ ")
        w.p(g.name(pt, "hw"), "PERSON", "ﾎﾝﾆﾝ").t("\n")
        w.t("生年月日 ").p(_fmt_date(r, pt["birth"], "era_abbr"), "DATE", "（省略）").t("  ")
        w.p(f"{_age_at(pt['birth'], ev)}歳", "AGE").t("  ").t(sexj).t("\n")
        w.t("連絡先 ").p(pt["phone"], "PHONE_NUMBER", "（登録あり）")
        if pt["email"]:
            w.t("  mail: ").p(pt["email"], "EMAIL_ADDRESS")
        w.t("\n")
    w.t("-" * r.choice([40, 48, 60]) + "\n")
    kinds = ["out", "nurse", "lab", "rad", "pharm", "msw", "rehab"]
    r.shuffle(kinds)
    d = ev
    for k in kinds[: r.randint(3, 4)]:
        d = d + timedelta(days=r.randint(0, 12))
        ds = _fmt_date(r, d, r.choice(["slash0", "dash", "wd"]))
        if k == "out":
            dept = g.dept()
            w.t("【").p(ds, "DATE").t("】").p(dept, "DEPARTMENT").t(" 外来  記載者：")
            w.p(g.name(g.staff(), r.choice(["kanji_sp", "family"])), "PERSON", "主治医").t(" 医師\n")
            for key in "SOA":
                w.t(f"{key}) {r.choice(_SOAP[key])}\n")
            w.t(f"P) {r.choice(['次回4週後', '2週後再診', '採血後に再診', '紹介元へ逆紹介予定'])}\n")
        elif k == "nurse":
            w.t("【").p(f"{ds} {g.clock()}", "DATE").t("】看護記録 ").p(g.ward(), "FACILITY", "病棟").t(" ")
            w.p(f"{g.room()}号室", "FACILITY", "病室").t("  記載：").p(
                g.name(g.staff(), "family"), "PERSON", "担当看護師"
            )
            w.t(r.choice([" Ns", " 看護師", "(Ns)"])).t("\n")
            w.t(f"{r.choice(_NURSE)}\n{r.choice(_NURSE)}\n")
        elif k == "lab":
            w.t("【").p(ds, "DATE").t("】検査部  検体番号 ").p(g.acc("S"), "ID").t("\n")
            w.t(f"{r.choice(_SOAP['O'])}\n{r.choice(_SOAP['O'])}\n")
        elif k == "rad":
            w.t("【").p(ds, "DATE").t("】放射線科 読影レポート  受付番号：").p(g.acc(), "ID").t("\n")
            w.t(f"所見：{r.choice(_RAD)}\n").t("読影医：").p(g.name(g.staff(), "kanji"), "PERSON", "読影医").t("\n")
        elif k == "pharm":
            w.t("【").p(ds, "DATE").t("】薬剤部 服薬指導  担当薬剤師 ")
            w.p(g.name(g.staff(), "kanji_sp"), "PERSON", "担当薬剤師").t("\n")
            w.t("持参薬確認。かかりつけ薬局：").p(g.pharmacy(), "FACILITY", "かかりつけ薬局").t("\n")
        elif k == "msw":
            fam = g.person(foreign_p=0.0)
            fam["family"] = pt["family"] if not pt["foreign"] and r.random() < 0.7 else fam["family"]
            rel = r.choice(["長男", "長女", "妻", "夫", "次男", "姪", "嫁"])
            w.t("【").p(ds, "DATE").t("】医療福祉相談室  MSW ").p(g.name(g.staff(), "family"), "PERSON", "MSW")
            w.t("\nキーパーソン：").t(rel).t(" ").p(f"{fam['family']} {fam['given']}", "PERSON", "家族").t("氏（")
            w.p(g.phone(True), "PHONE_NUMBER", "携帯").t("）\n")
            w.t("退院先候補：").p(g.care_home(), "FACILITY", "施設").t(" ほか。介護度 要介護2。\n")
        else:
            w.t("【").p(ds, "DATE").t("】").p("リハビリテーション科", "DEPARTMENT").t("  PT ")
            w.p(g.name(g.staff(), "family"), "PERSON", "担当PT").t("\n")
            w.t("平行棒内歩行 10m×3、FIM 運動項目 52→61。\n")
    w.t(r.choice(["--- 1 / 1 ---\n", f"\n{'=' * 20} END {'=' * 20}\n", "（以下余白）\n"]))


# ---------------------------------------------------------------------------------------------------------------
# style 2: OCR text of scanned paper forms
# ---------------------------------------------------------------------------------------------------------------


class _O:
    """Wraps a writer so that plain text and identifiers get OCR noise."""

    def __init__(self, g: _G, w: _W, rate: float) -> None:
        self.g, self.w, self.rate = g, w, rate

    def t(self, s: str) -> _O:
        r = self.g.r
        s = _ocr(r, s, self.rate)
        if len(s) > 14 and r.random() < 0.15:
            k = r.randint(4, len(s) - 4)
            s = s[:k] + "\n" + s[k:]
        self.w.t(s)
        return self

    def p(self, s: str, kind: str, alt: str | None = None) -> _O:
        self.w.p(_ocr_id(self.g.r, s, self.rate * 0.8), kind, alt)
        return self


def _s_ocr(g: _G, w: _W, pt: dict[str, Any]) -> None:
    r = g.r
    o = _O(g, w, r.choice([0.03, 0.06, 0.1]))
    ev = g.event()
    doc = g.staff()
    hosp, myh = g.hospital(), g.hospital()
    k = r.randint(0, 2)
    if k == 0:
        o.t(r.choice(["診 療 情 報 提 供 書", "診療情報提供書", "紹 介 状"]) + "\n\n")
        o.p(hosp, "FACILITY", "紹介先医療機関").t("\n").p(g.dept(), "DEPARTMENT").t("  ")
        o.p(g.name(g.staff(), "kanji_sp"), "PERSON", "担当医").t(" 先生 御侍史\n\n")
        o.p(_fmt_date(r, ev, r.choice(["era", "kanji"])), "DATE").t("\n")
        o.t("紹介元 ").p(myh, "FACILITY", "当院").t("\n住所 ").p(g.address(), "ADDRESS", "（当院所在地）")
        o.t("\n電話 ").p(g.phone(False), "PHONE_NUMBER", "（代表）").t("\n医師 ").p(
            g.name(doc, "kanji_sp"), "PERSON", "主治医"
        )
        o.t(" 印\n\n患者氏名 ").p(g.name(pt, "kanji_sp"), "PERSON").t(" 殿  ")
        o.t("男・女\n生年月日 ").p(_fmt_date(r, pt["birth"], "era"), "DATE", "（省略）").t(" （")
        o.p(f"{_age_at(pt['birth'], ev)}歳", "AGE").t("）\n")
        o.t("住所 ").p(pt["address"], "ADDRESS").t("\n電話番号 ").p(pt["phone"], "PHONE_NUMBER", "（記載あり）")
        o.t("\n\n傷病名 " + r.choice(_DX) + "\n紹介目的 精査加療のお願い\n")
        o.t("既往歴及び家族歴 " + r.choice(_DX) + "、父 胃癌\n")
        o.t("症状経過及び検査結果 " + r.choice(_SOAP["S"]) + r.choice(_SOAP["O"]) + "\n")
        o.t(_clin(r, 2))
        o.t("現在の処方 アムロジピン 5mg 1T 1x朝、ランソプラゾール OD 15mg 1T\n備考 画像CD-R 1枚同封\n")
    elif k == 1:
        o.t("入 院 申 込 書\n").p(myh, "FACILITY", "当院").t(" 院長 殿\n\n")
        o.t("申込日 ").p(_fmt_date(r, ev, r.choice(["era", "slash"])), "DATE").t("\n")
        o.t("フリガナ ").p(g.name(pt, "kana"), "PERSON", "ホンニン").t("\n患者氏名 ")
        o.p(g.name(pt, "kanji_fwsp"), "PERSON").t("\n生年月日 ").p(_fmt_date(r, pt["birth"], "era"), "DATE", "（省略）")
        o.t(" 満").p(f"{_age_at(pt['birth'], ev)}", "AGE", "--").t("才\n現住所 〒").p(pt["postal"], "POSTAL_CODE")
        o.t("\n").p(pt["address"], "ADDRESS").t("\n自宅TEL ").p(pt["phone"], "PHONE_NUMBER", "（記載あり）").t("\n")
        hk, kg, bg = g.ins()
        o.t("保険者番号 ").p(hk, "INSURANCE_NUMBER").t(" 記号 ").p(kg, "INSURANCE_NUMBER").t(" 番号 ")
        o.p(bg, "INSURANCE_NUMBER").t("\n")
        fam = g.person(foreign_p=0.0)
        o.t("連帯保証人 ").p(g.name(fam, "kanji_sp"), "PERSON", "家族").t(" 続柄 ")
        o.t(r.choice(["長男", "妻", "長女", "弟"]) + "\n住所 ").p(g.address(), "ADDRESS", "家族住所").t("\n携帯 ")
        o.p(g.phone(True), "PHONE_NUMBER", "（記載あり）").t("\n勤務先 ")
        o.p(g.f.company(), "FACILITY", "（記載なし）").t("\n\n入院病棟 ").p(g.ward(), "FACILITY", "病棟")
        o.t("  病室 ").p(f"{g.room()}号室", "FACILITY", "（未定）").t("\n主治医 ").p(
            g.name(doc, "family"), "PERSON", "主治医"
        )
        o.t("\n差額ベッド 希望しない\n")
        o.t("私は貴院の入院規則を遵守し、入院費用の支払いについて連帯保証人と連帯して責任を負います。\n")
        o.t("入院目的 " + r.choice(_DX) + "に対する精査加療  予定期間 約2週間\n")
    else:
        o.t("問 診 票（初診用） ").p(g.dept(), "DEPARTMENT").t("\n")
        o.t("記入日 ").p(_fmt_date(r, ev, "kanji"), "DATE").t("\nおなまえ ").p(g.name(pt, "hira"), "PERSON", "ほんにん")
        o.t("\n漢字 ").p(g.name(pt, "kanji_sp"), "PERSON").t("\n年齢 ").p(f"{_age_at(pt['birth'], ev)}", "AGE", "--")
        o.t(" 歳 生年月日 ").p(_fmt_date(r, pt["birth"], r.choice(["era_abbr", "slash"])), "DATE", "（省略）")
        o.t("\nご住所 ").p(pt["address"], "ADDRESS").t("\n電話 ").p(pt["phone"], "PHONE_NUMBER", "（記載あり）")
        if pt["email"]:
            o.t("\nメール ").p(pt["email"], "EMAIL_ADDRESS")
        o.t(
            "\n\n今日はどうされましたか\n "
            + r.choice(["2週間前から咳と痰", "胸がドキドキする", "腰が痛くて歩けない", "健診で血糖が高いと言われた"])
            + "\n"
        )
        o.t("現在かかっている病院 ").p(g.hospital(), "FACILITY", "前医").t("（").p(
            g.name(g.staff(), "family"), "PERSON", "前医"
        )
        o.t("先生）\nアレルギー 有（セフェム系） 無\n喫煙 20本/日×30年 飲酒 ビール350mL/日\n")
        o.t("紹介状 あり・なし\n")
        o.t("□発熱 □咳 ■息切れ □胸痛 ■むくみ □腹痛 □頭痛\n現在飲んでいる薬 血圧の薬（名前わからない）、胃薬\n")
        o.t("手術歴 虫垂炎（20代）  輸血歴 なし\n妊娠の可能性 なし\n")
    o.t(r.choice(["\n- 1 -\n", "\n", "\n■■■\n", "\nFORM-0" + str(r.randint(10, 99)) + "\n"]))


# ---------------------------------------------------------------------------------------------------------------
# style 3: fax cover sheet + faxed referral / reply form
# ---------------------------------------------------------------------------------------------------------------


def _s_fax(g: _G, w: _W, pt: dict[str, Any]) -> None:
    r = g.r
    ev = g.event()
    to_h, from_h = g.hospital(), g.hospital()
    to_doc, from_doc, clerk = g.staff(), g.staff(), g.staff()
    if r.random() < 0.5:
        w.t(r.choice(["FAX送信票", "ＦＡＸ送付状", "FAX 送信のご案内", "*** FAX ***"]) + "\n\n")
    else:
        w.t("送信日時 ").p(f"{_fmt_date(r, ev, 'slash0')} {g.clock()}", "DATE").t("  ")
        w.t(f"P.001/00{r.randint(2, 5)}\n")
    w.t("宛先：").p(to_h, "FACILITY", "紹介先医療機関").t(" ").p(g.dept(), "DEPARTMENT").t("\n")
    w.t("      ").p(g.name(to_doc, r.choice(["kanji_sp", "family"])), "PERSON", "ご担当").t(" 先生\n")
    w.t("FAX：").p(g.phone(False), "PHONE_NUMBER", "（送信先）").t("\n\n")
    w.t("発信元：").p(from_h, "FACILITY", "当院").t(" 地域医療連携室\n担当：")
    w.p(g.name(clerk, r.choice(["family", "kanji_sp"])), "PERSON", "連携室担当")
    w.t("\nTEL ").p(g.phone(False), "PHONE_NUMBER", "（代表）").t(r.choice(["（直通）", "", "（代表）"]))
    w.t("  FAX ").p(g.phone(False), "PHONE_NUMBER", "（代表FAX）").t("\n")
    w.t(f"送信枚数：{r.randint(2, 5)}枚（本票含む）\n\n")
    w.t("件名：" + r.choice(["患者紹介の件", "診療予約のご連絡", "検査結果ご報告", "返書送付の件"]) + "\n")
    w.t("通信欄：いつも大変お世話になっております。下記患者様につき")
    w.t(r.choice(["ご紹介申し上げます。", "予約が確定しましたのでご連絡いたします。", "ご報告申し上げます。"]))
    w.t("\n※個人情報を含みます。誤送信の場合は破棄の上ご連絡ください。\n")
    w.t("\n" + "- " * r.randint(10, 20) + "\n")
    k = r.randint(0, 2)
    if k == 0:
        w.t("\n　　　　予約票\n予約日時：").p(
            f"{_fmt_date(r, ev + timedelta(days=r.randint(3, 14)), 'wd')} {g.clock()}", "DATE"
        )
        w.t("\n患者ID：").p(pt["pid"], "ID").t("\n患者名：").p(g.name(pt, "kanji_sp"), "PERSON").t(" 様（")
        w.p(g.name(pt, "kana"), "PERSON", "ホンニン").t("）\n生年月日：").p(
            _fmt_date(r, pt["birth"], "era"), "DATE", "（省略）"
        )
        w.t("\n予約科：").p(g.dept(), "DEPARTMENT").t("  担当医：").p(g.name(g.staff(), "family"), "PERSON", "担当医")
        w.t("\n検査：" + r.choice(["上部消化管内視鏡", "造影CT（胸腹部）", "心エコー", "MRI 腰椎", "ホルター心電図"]))
        w.t("\n当日は保険証・お薬手帳・紹介状をご持参ください。\n")
        w.t("※前処置：" + r.choice(["前日21時以降絶食", "特になし", "検査1時間前から排尿を我慢"]) + "\n" + _clin(r, 1))
    elif k == 1:
        w.t("\n診療情報提供書（返書）\n").p(_fmt_date(r, ev, r.choice(["kanji", "era"])), "DATE").t("\n")
        w.p(to_h, "FACILITY", "紹介元医療機関").t("\n").p(g.name(to_doc, "kanji_sp"), "PERSON", "紹介元主治医").t(
            " 先生\n\n"
        )
        w.t("拝啓 ご紹介いただきました ").p(g.name(pt, "kanji_sp"), "PERSON").t(" 様（")
        w.p(f"{_age_at(pt['birth'], ev)}歳", "AGE").t("、").t("男性" if pt["sex"] == "M" else "女性")
        w.t("）について、").p(_fmt_date(r, ev - timedelta(days=r.randint(5, 30)), "md"), "DATE", "先日").t(
            "に当科初診されました。\n"
        )
        w.t(r.choice(_RAD) + "\n" + r.choice(_SOAP["A"]) + "\n今後は貴院にて")
        w.t("フォローをお願いいたします。\n\n").p(from_h, "FACILITY", "当院").t(" ").p(g.dept(), "DEPARTMENT").t("\n")
        w.p(g.name(from_doc, "kanji_sp"), "PERSON", "主治医").t("\n")
    else:
        w.t("\n【検査結果報告】  カルテ番号 ").p(pt["pid"], "ID").t("\n")
        w.p(g.name(pt, r.choice(["kanji", "romaji_fam_first"])), "PERSON").t(" 様  ")
        w.p(_fmt_date(r, pt["birth"], "slash0"), "DATE", "（省略）").t("生  住所：").p(pt["address"], "ADDRESS").t("\n")
        w.t("採血日 ").p(_fmt_date(r, ev, "slash"), "DATE").t("  検体No. ").p(g.acc("S"), "ID").t("\n")
        w.t(r.choice(_SOAP["O"]) + "\n" + r.choice(_SOAP["O"]) + "\n")
        w.t("ご不明な点は ").p(from_doc["family"], "PERSON", "担当医").t(" まで（PHS ").p(
            g.ext(), "PHONE_NUMBER", "院内"
        )
        w.t("）\n")
    if r.random() < 0.4:
        w.t("\n[受信] ").p(f"{ev:%m/%d} {g.clock()}", "DATE").t(" OK")
    else:
        w.t(r.choice(["", "\n-- FAX END --"]))


# ---------------------------------------------------------------------------------------------------------------
# style 4: legacy fixed-width exports with half-width katakana
# ---------------------------------------------------------------------------------------------------------------

_HW_DEPT = {
    "消化器内科": "ｼｮｳｶｷﾅｲｶ",
    "循環器内科": "ｼﾞｭﾝｶﾝｷﾅｲｶ",
    "整形外科": "ｾｲｹｲｹﾞｶ",
    "眼科": "ｶﾞﾝｶ",
    "泌尿器科": "ﾋﾆｮｳｷｶ",
}


def _legacy_birth(r: random.Random, b: date) -> str:
    _e, el, ey = _era(b)
    return r.choice([b.strftime("%y%m%d"), b.strftime("%Y%m%d"), f"{el}{ey:02d}{b.month:02d}{b.day:02d}"])


def _s_legacy(g: _G, w: _W, pt: dict[str, Any]) -> bool:
    r = g.r
    ev = g.event()
    run = f"{ev:%y%m%d}"
    k = r.randint(0, 2)
    if k == 0:
        w.t(f"*** KANJA MASTER LIST ***   JOB=PTM{r.randint(100, 999)}   RUN-DATE=").p(run, "DATE", "000000")
        w.t(f"   PAGE {r.randint(1, 40):04d}\n")
        w.t("KANJA-NO    KANA-SHIMEI           SX BIRTH    TEL            JUSHO\n")
        w.t("-" * 78 + "\n")
        for i in range(r.randint(3, 4)):
            p = pt if i == 0 else g.patient()
            w.p(p["pid"], "ID", "**********").pad(12)
            w.p(g.name(p, "hw"), "PERSON", "ﾎﾝﾆﾝ").pad(34)
            w.t("1" if p["sex"] == "M" else "2").pad(37)
            w.p(_legacy_birth(r, p["birth"]), "DATE", "******").pad(46)
            w.p(p["phone"].replace("-", "") if r.random() < 0.5 else p["phone"], "PHONE_NUMBER", "*" * 10).pad(61)
            if r.random() < 0.5:
                w.p(p["address"][: r.randint(10, 16)].strip(), "ADDRESS", "*")
            else:
                w.p(p["address"].split(" ")[0], "ADDRESS", "*")
            w.t("\n")
        w.t(f"RECORDS={r.randint(3, 9999):6d}  END OF LIST\n")
        return False
    if k == 1:
        w.t("JUSHIN-RIREKI  ").p(run, "DATE", "000000").t("\n")
        w.t("KANJA-NO:").p(pt["pid"], "ID", "**********").t("  NAME:").p(g.name(pt, "hw"), "PERSON", "ﾎﾝﾆﾝ")
        w.t("  SX:" + ("1" if pt["sex"] == "M" else "2") + "  BIRTH:").p(
            _legacy_birth(r, pt["birth"]), "DATE", "******"
        )
        w.t("  AGE:").p(f"{_age_at(pt['birth'], ev):03d}", "AGE", "***").t("\n")
        w.t("YYMMDD KA  KA-NAME        DR-NAME          BYOMEI\n")
        d = ev - timedelta(days=r.randint(100, 400))
        for _ in range(r.randint(4, 6)):
            d += timedelta(days=r.randint(7, 60))
            dep = r.choice(list(_HW_DEPT))
            w.p(f"{d:%y%m%d}", "DATE", "000000").t(f" {r.randint(1, 40):02d}  ")
            w.p(_HW_DEPT[dep], "DEPARTMENT", "*").pad(27)
            w.p(_hw(g.staff()["fk"]), "PERSON", "*").pad(44)
            w.t(r.choice(["I10", "E11.9", "K21.0", "M48.06", "N40", "H25.9", "I48.9"]) + "\n")
        w.t(f"  TOTAL {r.randint(4, 80)} VISITS\n")
        w.t("COMMENT: " + r.choice(["ｼﾞﾕｼﾝ ﾁﾕｳﾀﾞﾝ ｱﾘ", "ﾄｳﾆﾖｳﾋﾞﾖｳ ﾌｵﾛｰ", "ﾃﾝｲﾝ ﾖﾃｲ", "*NONE*"]) + "\n")
        return True
    w.t("LAB-RSLT-EXPORT V2.3  ").p(f"{ev:%Y%m%d}{g.clock().replace(':', '')}", "DATE", "000000000000").t("\n")
    w.t("DATE   KANJA-NO   NAME                 S AGE ITEM      VALUE  UNIT    FLG\n")
    items = [
        ("GLU", "126", "mg/dL", "H"),
        ("HbA1c", "7.8", "%", "H"),
        ("CRE", "1.32", "mg/dL", "H"),
        ("K", "4.1", "mEq/L", " "),
        ("Hb", "10.2", "g/dL", "L"),
        ("CRP", "0.12", "mg/dL", " "),
        ("PLT", "18.4", "10^4/uL", " "),
        ("BNP", "312", "pg/mL", "H"),
    ]
    r.shuffle(items)
    nm = g.name(pt, "hw")
    age = f"{_age_at(pt['birth'], ev):03d}"
    for it in items[: r.randint(4, 6)]:
        w.p(f"{ev:%y%m%d}", "DATE", "000000").t(" ").p(pt["pid"], "ID", "**********").pad(18)
        w.p(nm, "PERSON", "ﾎﾝﾆﾝ").pad(39).t("M " if pt["sex"] == "M" else "F ").p(age, "AGE", "***")
        w.pad(47).t(it[0]).pad(57).t(f"{it[1]:>6}").t(f"  {it[2]}").pad(72).t(it[3] + "\n")
    return True


# ---------------------------------------------------------------------------------------------------------------
# style 5: transcriptions of handwritten notes
# ---------------------------------------------------------------------------------------------------------------

_UNK = ["〔判読不能〕", "〔判読不能〕", "（判読不能）", "[?]", "〔？〕", "■■"]


def _s_hand(g: _G, w: _W, pt: dict[str, Any]) -> None:
    r = g.r
    ev = g.event()
    tr = g.staff()
    w.t(r.choice(["【手書きメモ転記】", "※手書き原本より転記", "＜転記＞", "（手書き記録の書き起こし）"]) + "\n")
    w.t("転記者：").p(g.name(tr, "kanji_sp"), "PERSON", "転記担当").t("  転記日：")
    w.p(_fmt_date(r, ev + timedelta(days=r.randint(1, 5)), "slash0"), "DATE").t("\n")
    w.t("※判読困難な箇所は" + r.choice(["〔判読不能〕", "？"]) + "とした。\n\n")
    k = r.randint(0, 2)
    if k == 0:
        fam = g.person(foreign_p=0.0)
        rel = r.choice(["娘", "息子", "奥さん", "ご主人", "お嫁さん", "甥"])
        w.t("電話メモ  ").p(f"{ev.month}/{ev.day} {g.clock()}", "DATE").t("頃\n")
        w.p(g.name(pt, r.choice(["family", "kanji", "kanji_sp"])), "PERSON").t(r.choice(["さん", "様", "氏"]))
        w.t("の" + rel + "（").p(
            fam["given"] if r.random() < 0.4 else fam["family"] + " " + fam["given"], "PERSON", "家族"
        )
        w.t(r.choice(["？", "さん", "さん？"]) + "）より TEL\n")
        w.t(
            "「"
            + r.choice(
                [
                    "昨日から熱が38℃台",
                    "薬を飲み忘れた、どうしたらよいか",
                    "夜中に何度も起きて大声",
                    "足のむくみがひどくなった",
                ]
            )
            + "」\n"
        )
        ph = g.phone(True)
        if r.random() < 0.4:
            a, b, c = ph.split("-")
            ph = f"{a}-{b[:2]}{r.choice(['〔判読不能〕', '？？'])}-{c}"
        w.t("折返し先 ").p(ph, "PHONE_NUMBER", "（家族携帯）").t("\n")
        w.t("→ ").p(g.name(g.staff(), "family"), "PERSON", "主治医").t(r.choice(["Dr", "先生", " Dr."]))
        w.t(
            "に報告済。"
            + r.choice(["明日外来受診指示。", "様子観察、増悪時は救急外来へ。", "頓用のカロナール使用可と伝えた。"])
        )
        w.t(
            "\n既往 "
            + r.choice(_DX)
            + "、"
            + r.choice(_DX)
            + "。内服 "
            + r.choice(["アムロジピン", "ワーファリン", "リクシアナ"])
        )
        w.t(r.choice(["", "？", "〔判読不能〕"]) + "。\n")
        w.t("受けた者：").p(g.name(g.staff(), "family"), "PERSON", "受付者").t(
            r.choice(["", "（Ns）", "（事務）"]) + "\n"
        )
    elif k == 1:
        w.t("申し送り ").p(_fmt_date(r, ev, r.choice(["md", "wd"])), "DATE").t(" 夜勤→日勤  ")
        w.p(g.ward(), "FACILITY", "病棟").t("\n")
        for _ in range(r.randint(3, 4)):
            p = g.patient() if r.random() < 0.6 else pt
            w.p(f"{g.room()}号室", "FACILITY", "病室").t(" ")
            nm = g.name(p, r.choice(["family", "kanji", "kanji_sp"]))
            if r.random() < 0.25 and len(nm) >= 2:
                nm = nm[0] + r.choice(_UNK)
            w.p(nm, "PERSON", "患者").t(r.choice(["さん", "様", ""])).t(" (")
            w.p(str(_age_at(p["birth"], ev)), "AGE", "--").t(r.choice([")", "歳)", "?)"])).t(" ")
            w.t(r.choice(_NURSE) + r.choice(["", " " + r.choice(_UNK) + "あり", " 要観察"]) + "\n")
        w.t("全体：不穏者なし。転倒なし。" + r.choice(["緊急入院1名。", "", "夜間コール多い。"]) + "\n")
        w.t("サイン ").p(g.name(g.staff(), "family"), "PERSON", "夜勤者").t("\n")
    else:
        w.t("往診記録 ").p(_fmt_date(r, ev, r.choice(["era_abbr", "kanji", "dot"])), "DATE").t("\n")
        w.t("訪問先 ")
        if r.random() < 0.6:
            w.p(pt["address"], "ADDRESS", "居宅").t("\n")
        else:
            w.p(g.care_home(), "FACILITY", "入居施設").t("\n")
        w.p(g.name(pt, "kanji_sp"), "PERSON").t(" 様 ").p(f"{_age_at(pt['birth'], ev)}歳", "AGE").t("\n")
        w.t("S: " + r.choice(_SOAP["S"]) + "\n")
        w.t(
            r.choice(_SOAP["O"])
            + "\n"
            + r.choice(_SOAP["A"]).replace("。", r.choice(["。", "？", "〔判読不能〕。"]))
            + "\n"
        )
        w.t("次回 ").p(_fmt_date(r, ev + timedelta(days=14), "md"), "DATE", "2週後").t(r.choice(["", "？", "（予定）"]))
        w.t("  ケアマネ ").p(g.name(g.staff(), "family"), "PERSON", "ケアマネジャー").t("さんに連絡 ")
        w.p(g.phone(False), "PHONE_NUMBER", "（事業所）").t("\n医師 ").p(
            g.name(g.staff(), "family"), "PERSON", "往診医"
        )
        w.t(" / 同行 ").p(g.name(g.staff(), "family"), "PERSON", "看護師").t("Ns\n")
    w.t("---\n" + _clin(r, r.randint(2, 4)).replace("。", r.choice(["。", "。", "？", r.choice(_UNK) + "。"]), 1))
    w.t(r.choice(["", "（以上）\n", "※原本は医事課保管\n", "\n" + r.choice(_UNK) + "\n"]))


# ---------------------------------------------------------------------------------------------------------------
# style 6: 報告書一覧 print-outs, several patients per page
# ---------------------------------------------------------------------------------------------------------------


def _s_reports(g: _G, w: _W, pt: dict[str, Any]) -> bool:
    r = g.r
    ev = g.event()
    kind = r.choice(["放射線", "病理", "内視鏡", "生理検査"])
    mods = {
        "放射線": ["CT 胸部単純", "MRI 頭部", "CT 腹部造影", "XP 胸部正面", "MRI 腰椎"],
        "病理": ["生検 胃", "手術材料 大腸", "細胞診 尿", "生検 前立腺"],
        "内視鏡": ["上部消化管", "下部消化管", "ERCP", "気管支鏡"],
        "生理検査": ["心エコー", "ホルター", "呼吸機能", "頸動脈エコー"],
    }[kind]
    pre = {"放射線": None, "病理": "H", "内視鏡": "ES", "生理検査": "PH"}[kind]
    w.t(f"{kind}報告書一覧").t("    出力日時：").p(f"{_fmt_date(r, ev, 'slash0')} {g.clock()}", "DATE")
    w.t("    出力者：").p(g.name(g.staff(), r.choice(["kanji", "family"])), "PERSON", "担当者").t("\n")
    w.t("条件：報告日 ").p(_fmt_date(r, ev - timedelta(days=7), "slash0"), "DATE", "期間開始").t("～")
    w.p(_fmt_date(r, ev, "slash0"), "DATE", "本日").t(r.choice(["  未読のみ", "  全件", "  依頼科指定なし"]) + "\n")
    sep = r.choice(["  ", " | ", "\t"])
    cols = ["No", "検査日", "受付番号", "患者ID", "患者氏名", "年齢", "性", "検査", "依頼科", "依頼医", "状態"]
    w.t(sep.join(cols) + "\n" + "=" * 90 + "\n")
    rad = g.staff()
    n = r.randint(2, 3)
    for i in range(n):
        p = pt if i == 0 else g.patient()
        d = ev - timedelta(days=r.randint(0, 6))
        w.t(f"{i + 1}{sep}").p(_fmt_date(r, d, r.choice(["md", "slash0"])), "DATE", "本日").t(sep)
        if r.random() < 0.4:
            w.p(g.acc(pre), "ID").t(sep)
        else:
            w.t("-" + sep)
        w.p(p["pid"], "ID").t(sep).p(g.name(p, r.choice(["kanji_sp", "kanji", "kana"])), "PERSON", "患者")
        w.t(sep).p(str(_age_at(p["birth"], d)), "AGE", "-").t(sep + ("M" if p["sex"] == "M" else "F") + sep)
        w.t(r.choice(mods) + sep).p(g.dept(), "DEPARTMENT").t(sep)
        w.p(g.name(g.staff(), "family"), "PERSON", "依頼医").t(
            sep + r.choice(["既読", "未読", "確定", "仮報告"]) + "\n"
        )
    w.t("=" * 90 + "\n")
    ex = {"放射線": _RAD, "病理": _PATH}.get(kind, _SOAP["O"])
    w.t("【選択中レポート 抜粋】\n" + r.choice(ex) + "\n")
    w.t(
        r.choice(["臨床情報：" + r.choice(_DX) + "の精査。", "依頼コメント：前回比較お願いします。", "至急報告済。"])
        + "\n"
    )
    w.t(f"件数：{n}件   報告医：").p(g.name(rad, "kanji_sp"), "PERSON", "報告医").t(
        f"   {r.randint(1, 9)}/{r.randint(9, 12)}頁\n"
    )
    return False


# ---------------------------------------------------------------------------------------------------------------
# style 7: copy-pasted tables with misaligned columns
# ---------------------------------------------------------------------------------------------------------------


def _s_table(g: _G, w: _W, pt: dict[str, Any]) -> bool:
    r = g.r
    ev = g.event()
    k = r.randint(0, 2)
    if k == 0:
        w.p(g.ward(), "FACILITY", "病棟").t(" 入院患者一覧（").p(_fmt_date(r, ev, "md"), "DATE", "本日").t("現在）\n")
        w.t("ベッド\t氏名\t年齢\t主治医\t入院日\t病名\t備考\n")
        for i in range(r.randint(3, 4)):
            p = pt if i == 0 else g.patient()
            w.p(f"{g.room()}-{r.randint(1, 4)}", "FACILITY", "床").t(r.choice(["\t", "\t\t", "  "]))
            w.p(g.name(p, r.choice(["kanji_sp", "kanji", "kanji_fwsp"])), "PERSON", "患者").t("\t")
            w.p(str(_age_at(p["birth"], ev)), "AGE", "-").t(r.choice(["\t", "歳\t", " "]))
            w.p(g.name(g.staff(), "family"), "PERSON", "主治医").t("\t")
            w.p(_fmt_date(r, ev - timedelta(days=r.randint(1, 40)), r.choice(["md", "slash"])), "DATE", "入院日").t(
                "\t"
            )
            w.t(
                r.choice(_DX)
                + r.choice(["\t", "\t\t"])
                + r.choice(["", "転倒注意", "DNAR", "個室希望", "隔離中"])
                + "\n"
            )
        w.t("\t\t\t\t\t\t\n")
        w.t("本日予定：" + r.choice(["CT 2件、内視鏡 1件", "退院 1名、転棟 1名", "手術 2件（午前）"]) + "\n")
        w.t(_clin(r, 2))
        w.t("注意：" + r.choice(["ノロウイルス流行中、手指衛生徹底", "MRSA 接触予防策継続", "空床 2床"]) + "\n")
        return False
    if k == 1:
        w.t("検査結果（コピー）\n患者: ").p(g.name(pt, "kanji_sp"), "PERSON").t(" / ID ").p(pt["pid"], "ID").t("\n")
        dates = sorted(ev - timedelta(days=r.randint(0, 200)) for _ in range(3))
        w.t("項目\t単位\t")
        for d in dates:
            w.p(_fmt_date(r, d, r.choice(["slash0", "md", "yyyymmdd"])), "DATE", "前回").t("\t")
        w.t("基準値\n")
        rows = [
            ("WBC", "/uL", "3300-8600", 3000, 14000, 0),
            ("Hb", "g/dL", "13.7-16.8", 8, 15, 1),
            ("PLT", "万/uL", "15.8-34.8", 9, 35, 1),
            ("AST", "U/L", "13-30", 12, 90, 0),
            ("ALT", "U/L", "10-42", 8, 110, 0),
            ("CRE", "mg/dL", "0.65-1.07", 0.6, 2.4, 2),
            ("eGFR", "", "", 20, 90, 0),
            ("CRP", "mg/dL", "0.00-0.14", 0.02, 12, 2),
            ("HbA1c", "%", "4.9-6.0", 5.5, 9.5, 1),
        ]
        for nm, u, ref, lo, hi, dp in r.sample(rows, r.randint(5, 8)):
            vals = "\t".join(f"{r.uniform(lo, hi):.{dp}f}" for _ in dates)
            w.t(f"{nm}\t{u}\t{vals}" + r.choice(["\t", "\t\t", " "]) + f"{ref}\n")
        w.t("コメント: " + r.choice(["溶血(+)", "再検済", "", "透析前採血"]) + "\n")
        w.t("※ビューアからコピーしたため列がずれています。H/L フラグは省略。\n" + r.choice(_SOAP["A"]) + "\n")
        w.t("確認 ").p(g.name(g.staff(), "family"), "PERSON", "確認者").t(" ").p(_fmt_date(r, ev, "md"), "DATE").t("\n")
        return True
    w.t("紹介患者管理表.xlsx より貼付\n")
    w.t("受付日 | 患者名 | 生年月日 | 紹介元 | 紹介医 | 連絡先 | 返書\n")
    for i in range(r.randint(2, 3)):
        p = pt if i == 0 else g.patient()
        w.p(_fmt_date(r, ev - timedelta(days=r.randint(0, 30)), "slash"), "DATE", "受付日").t(" |")
        w.p(g.name(p, r.choice(["kanji_sp", "romaji_fam_first"])), "PERSON", "患者").t(r.choice([" | ", "|", "  |  "]))
        w.p(_fmt_date(r, p["birth"], r.choice(["slash", "era_abbr"])), "DATE", "（省略）").t(" | ")
        w.p(g.hospital(), "FACILITY", "前医").t(" | ").p(g.name(g.staff(), "family"), "PERSON", "前医")
        w.t(r.choice(["Dr | ", " | "])).p(p["phone"], "PHONE_NUMBER", "（登録あり）").t(" | ")
        w.t(r.choice(["済", "未", "", "済(FAX)"]) + "\n")
    w.t("| | | | | |\n")
    w.t("（メモ）返書未着分は" + r.choice(["月末に督促FAX", "連携室から電話確認", "担当医に確認中"]) + "。\n")
    w.t("※このシートは院内共有フォルダ内。外部持ち出し禁止。\n")
    return False


# ---------------------------------------------------------------------------------------------------------------
# style 8: mixed full-width / half-width alphanumerics
# ---------------------------------------------------------------------------------------------------------------


def _s_mixed(g: _G, w: _W, pt: dict[str, Any]) -> None:
    r = g.r
    ev = g.event()

    def m(s: str) -> str:
        return _mix(r, s, r.choice([0.3, 0.6, 1.0]))

    k = r.randint(0, 1)
    if k == 0:
        w.t("退院時サマリー\n")
        w.t(m("ID: ")).p(m(pt["pid"]), "ID").t("  ").p(g.name(pt, r.choice(["kanji_sp", "romaji_fam_first"])), "PERSON")
        w.t(" 様  ").p(m(f"{_age_at(pt['birth'], ev)}") + "歳", "AGE").t(" ").t("男性" if pt["sex"] == "M" else "女性")
        w.t("\n入院日 ").p(m(_fmt_date(r, ev, r.choice(["slash0", "era_abbr"]))), "DATE")
        w.t("  退院日 ").p(m(_fmt_date(r, ev + timedelta(days=r.randint(5, 40)), "slash0")), "DATE", "本日")
        w.t("\n病棟 ").p(m(g.ward()), "FACILITY", "病棟").t("  主治医 ").p(
            g.name(g.staff(), "kanji_sp"), "PERSON", "主治医"
        )
        w.t("\n\n" + m("【主病名】" + r.choice(_DX)) + "\n" + m("【経過】" + r.choice(_SOAP["O"])) + "\n")
        w.t(m(r.choice(_SOAP["A"])) + "\n" + m(_clin(r, 2)))
        w.t(m("【退院時処方】エドキサバン 30mg 1T、フロセミド 20mg 1T、ビソプロロール 2.5mg 1T") + "\n")
        w.t("【退院先】")
        if r.random() < 0.5:
            w.t("自宅（").p(m(pt["address"]), "ADDRESS").t("）")
        else:
            w.p(g.care_home(), "FACILITY", "施設")
        w.t("\n【かかりつけ】").p(g.hospital(), "FACILITY", "前医").t(" TEL ").p(
            m(g.phone(False)), "PHONE_NUMBER", "（登録あり）"
        )
        w.t("\n" + m("Web予約: ") + "").p(
            f"https://{r.choice(['www.', ''])}{pt['fr'].lower()}-clinic.jp/reserve", "URL", "（なし）"
        )
        w.t("\n")
    else:
        w.t("ご紹介ありがとうございました\n\n")
        w.p(g.hospital(), "FACILITY", "紹介元医療機関").t("\n").p(
            g.name(g.staff(), "kanji_sp"), "PERSON", "紹介元主治医"
        )
        w.t(" 先生\n\n患者：").p(g.name(pt, "kanji_sp"), "PERSON").t(" 様（").p(m(pt["pid"]), "ID").t("）\n")
        w.t("生年月日：").p(m(_fmt_date(r, pt["birth"], r.choice(["slash", "kanji", "era"]))), "DATE", "（省略）")
        w.t("\n〒").p(m(pt["postal"]), "POSTAL_CODE").t(" ").p(m(pt["address"]), "ADDRESS").t("\n")
        hk, kg, bg = g.ins()
        w.t(m("保険者番号:")).p(m(hk), "INSURANCE_NUMBER").t(m(" 記号:")).p(m(kg), "INSURANCE_NUMBER")
        w.t(m(" 番号:")).p(m(bg), "INSURANCE_NUMBER").t("\n")
        if r.random() < 0.3:
            w.t("個人番号 ").p(m(g.mynumber()), "MY_NUMBER").t("（提示あり）\n")
        w.t("\n").p(m(_fmt_date(r, ev, "slash")), "DATE").t(m("に当科を受診されました。") + m(r.choice(_RAD)) + "\n")
        w.t(m(r.choice(_SOAP["O"])) + "\n" + m("CT No. ")).p(m(g.acc("CT")), "ID").t("\n")
        w.t(m("次回は ")).p(m(_fmt_date(r, ev + timedelta(days=28), "wd") + " 10:30"), "DATE", "4週後").t(" 予約済。\n")
        w.p(g.hospital(), "FACILITY", "当院").t(" ").p(g.dept(), "DEPARTMENT").t("  ")
        w.p(g.name(g.staff(), "romaji_given_first"), "PERSON", "担当医").t(", MD\n")
        if pt["email"]:
            w.t(m("患者連絡用 e-mail: ")).p(pt["email"], "EMAIL_ADDRESS").t("\n")


# ---------------------------------------------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------------------------------------------

_STYLES = [_s_ehr, _s_ocr, _s_fax, _s_legacy, _s_hand, _s_reports, _s_table, _s_mixed]


def generate_af(n_phi: int = 60, n_clean: int = 15, seed: int = 23230) -> list[dict]:
    """Return n_phi PHI documents (af-phi-NNN) followed by n_clean PHI-free documents (af-clean-NNN)."""
    g = _G(seed)
    docs: list[dict] = []
    for i in range(n_phi):
        w = _W(f"af-phi-{i:03d}", clean=False)
        pt = g.patient()
        single = _STYLES[i % len(_STYLES)](g, w, pt)
        known = None
        if single is not False and g.r.random() < 0.3:
            known = _known(pt, emails=True)
        docs.append(w.out(known))
    for i in range(n_clean):
        w = _W(f"af-clean-{i:03d}", clean=True)
        pt = g.patient()
        _STYLES[(i * 3 + 1) % len(_STYLES)](g, w, pt)
        docs.append(w.out())
    return docs
