"""Blind held-out text corpus, family AA.

Written blind: the author did not read the de-identification tool's code, policies,
docs, tests, other corpora or the evaluation script, and did not run the tool.

Styles (PHI documents cycle through them in this order):
  0. nuclear medicine reports (bone scintigraphy, FDG PET-CT with SUVmax, injection
     time and dose, technologist)
  1. interventional radiology / angiography procedure records (operator, assistants,
     nurse, fluoroscopy time / air kerma, catheter list, time log)
  2. mammography and breast ultrasound reports (BI-RADS, カテゴリー, double reading
     with two readers' names)
  3. ultrasound technician worksheets (abdominal / carotid / cardiac echo, terse
     notes, half-width kana, RIS header)
  4. contrast-medium adverse reaction records (who responded, clock times, family
     contacted, occasional relief-application fields with insurance / My Number)
  5. teleradiology reports from an external reading centre (centre's reading
     radiologist, centre address, request numbers, portal URL)
  6. report addenda and corrections (訂正報告, who phoned whom and when)
  7. radiation dose management logs (CTDIvol, DLP per exam with patient IDs, DICOM
     style romaji names)
  8. PACS/RIS incident reports (wrong-patient images, 患者取り違え near misses,
     identifiers of both patients)

Labelling choices a scorer should know:
  * AGE spans include the attached unit when it is glued to the number
    ("72歳", "72才", "072Y", "68y"); a bare "(72)" after a name is labelled "72".
  * DATE spans include an attached weekday in brackets and an attached clock time
    ("2024/4/3(水) 14:20"); bare clock times are not labelled.
  * DICOM-style names ("YAMADA^TARO") are one PERSON span; "Y.T." style initials are
    labelled only where they clearly denote a person.
  * Rooms / beds of a patient and named wards are FACILITY; scanner rooms
    ("CT2室", "アンギオ室") and equipment models are not labelled.
  * Department names are labelled DEPARTMENT wherever they appear.
  * Phone / PHS / extension numbers are PHONE_NUMBER without the label.
  * Each of 保険者番号 / 記号 / 番号 is its own INSURANCE_NUMBER span.
  * Accession, order, request, exam, specimen and incident numbers tied to a patient
    are ID.  Lot numbers of contrast media and device serials are not labelled.
  * A bare month of a log period ("2023年6月分") is not labelled; bare clock times in
    time logs are not labelled.
  * Dose logs and incident reports contain several patients; ``known`` (about a third
    of PHI documents, never on dose logs) describes the document's main patient only.
  * Light noise (typos, stray spaces / line breaks, full-width digits) is applied to
    plain text only; some identifiers use full-width digits inside the span.
"""

from __future__ import annotations

import datetime as _dt
import random
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------
# name material: (kanji, katakana, romaji)
# ---------------------------------------------------------------------------

_SURNAMES: list[tuple[str, str, str]] = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("星", "ホシ", "Hoshi"),
    ("原", "ハラ", "Hara"),
    ("関", "セキ", "Seki"),
    ("辻", "ツジ", "Tsuji"),
    ("堀", "ホリ", "Hori"),
    ("泉", "イズミ", "Izumi"),
    ("岡山", "オカヤマ", "Okayama"),
    ("千葉", "チバ", "Chiba"),
    ("福岡", "フクオカ", "Fukuoka"),
    ("長野", "ナガノ", "Nagano"),
    ("熊本", "クマモト", "Kumamoto"),
    ("秋田", "アキタ", "Akita"),
    ("奈良", "ナラ", "Nara"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("勘解由小路", "カデノコウジ", "Kadenokoji"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("肝付", "キモツキ", "Kimotsuki"),
    ("一", "ニノマエ", "Ninomae"),
    ("春日", "カスガ", "Kasuga"),
    ("大和田", "オオワダ", "Owada"),
    ("上野", "ウエノ", "Ueno"),
    ("今日", "コンニチ", "Konnichi"),
    ("丸", "マル", "Maru"),
    ("金", "キン", "Kin"),
    ("石", "イシ", "Ishi"),
    ("谷", "タニ", "Tani"),
    ("宮城", "ミヤギ", "Miyagi"),
    ("比嘉", "ヒガ", "Higa"),
    ("仲村渠", "ナカンダカリ", "Nakandakari"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("齋藤", "サイトウ", "Saito"),
    ("髙田", "タカタ", "Takata"),
    ("曽我部", "ソガベ", "Sogabe"),
    ("日下部", "クサカベ", "Kusakabe"),
    ("安心院", "アジミ", "Ajimi"),
    ("白鳥", "シラトリ", "Shiratori"),
    ("野口", "ノグチ", "Noguchi"),
    ("清水", "シミズ", "Shimizu"),
    ("松本", "マツモト", "Matsumoto"),
    ("藤井", "フジイ", "Fujii"),
    ("岩崎", "イワサキ", "Iwasaki"),
]

_GIVEN_M: list[tuple[str, str, str]] = [
    ("太郎", "タロウ", "Taro"),
    ("健", "ケン", "Ken"),
    ("誠", "マコト", "Makoto"),
    ("翔太", "ショウタ", "Shota"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("勝", "マサル", "Masaru"),
    ("正", "タダシ", "Tadashi"),
    ("実", "ミノル", "Minoru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("蓮", "レン", "Ren"),
    ("陽翔", "ハルト", "Haruto"),
    ("健一郎", "ケンイチロウ", "Kenichiro"),
    ("茂", "シゲル", "Shigeru"),
    ("隆之", "タカユキ", "Takayuki"),
    ("悠真", "ユウマ", "Yuma"),
    ("武", "タケシ", "Takeshi"),
    ("光男", "ミツオ", "Mitsuo"),
    ("智", "サトシ", "Satoshi"),
]

_GIVEN_F: list[tuple[str, str, str]] = [
    ("花子", "ハナコ", "Hanako"),
    ("美咲", "ミサキ", "Misaki"),
    ("恵", "メグミ", "Megumi"),
    ("さくら", "サクラ", "Sakura"),
    ("ひなた", "ヒナタ", "Hinata"),
    ("ミヨ", "ミヨ", "Miyo"),
    ("トメ", "トメ", "Tome"),
    ("カメ", "カメ", "Kame"),
    ("和子", "カズコ", "Kazuko"),
    ("幸子", "サチコ", "Sachiko"),
    ("陽子", "ヨウコ", "Yoko"),
    ("由美", "ユミ", "Yumi"),
    ("結衣", "ユイ", "Yui"),
    ("千尋", "チヒロ", "Chihiro"),
    ("真理子", "マリコ", "Mariko"),
    ("静", "シズカ", "Shizuka"),
    ("葵", "アオイ", "Aoi"),
    ("ふみ", "フミ", "Fumi"),
]

# foreign residents: (display form as written in Japanese charts, romaji family, romaji given)
_FOREIGN: list[tuple[str, str, str, str]] = [
    # (katakana form, family romaji, given romaji, kanji form or "")
    ("グエン・ヴァン・ナム", "NGUYEN", "VAN NAM", ""),
    ("チャン・ティ・ラン", "TRAN", "THI LAN", ""),
    ("サントス・マリア", "SANTOS", "MARIA", ""),
    ("リ・メイカ", "LI", "MEIHUA", "李 美華"),
    ("パク・ジヨン", "PARK", "JIYEON", "朴 智妍"),
    ("シルバ・ルーカス", "SILVA", "LUCAS", ""),
    ("ワン・ウェイ", "WANG", "WEI", "王 偉"),
    ("ジョンソン・エミリー", "JOHNSON", "EMILY", ""),
    ("グルン・ビシャル", "GURUNG", "BISHAL", ""),
    ("キム・ミンジュン", "KIM", "MINJUN", "金 珉俊"),
]

_HW_KANA = str.maketrans(
    {
        "ア": "ｱ",
        "イ": "ｲ",
        "ウ": "ｳ",
        "エ": "ｴ",
        "オ": "ｵ",
        "カ": "ｶ",
        "キ": "ｷ",
        "ク": "ｸ",
        "ケ": "ｹ",
        "コ": "ｺ",
        "サ": "ｻ",
        "シ": "ｼ",
        "ス": "ｽ",
        "セ": "ｾ",
        "ソ": "ｿ",
        "タ": "ﾀ",
        "チ": "ﾁ",
        "ツ": "ﾂ",
        "テ": "ﾃ",
        "ト": "ﾄ",
        "ナ": "ﾅ",
        "ニ": "ﾆ",
        "ヌ": "ﾇ",
        "ネ": "ﾈ",
        "ノ": "ﾉ",
        "ハ": "ﾊ",
        "ヒ": "ﾋ",
        "フ": "ﾌ",
        "ヘ": "ﾍ",
        "ホ": "ﾎ",
        "マ": "ﾏ",
        "ミ": "ﾐ",
        "ム": "ﾑ",
        "メ": "ﾒ",
        "モ": "ﾓ",
        "ヤ": "ﾔ",
        "ユ": "ﾕ",
        "ヨ": "ﾖ",
        "ラ": "ﾗ",
        "リ": "ﾘ",
        "ル": "ﾙ",
        "レ": "ﾚ",
        "ロ": "ﾛ",
        "ワ": "ﾜ",
        "ヲ": "ｦ",
        "ン": "ﾝ",
        "ー": "ｰ",
        "ッ": "ｯ",
        "ャ": "ｬ",
        "ュ": "ｭ",
        "ョ": "ｮ",
        "ァ": "ｧ",
        "ィ": "ｨ",
        "ゥ": "ｩ",
        "ェ": "ｪ",
        "ォ": "ｫ",
        "ガ": "ｶﾞ",
        "ギ": "ｷﾞ",
        "グ": "ｸﾞ",
        "ゲ": "ｹﾞ",
        "ゴ": "ｺﾞ",
        "ザ": "ｻﾞ",
        "ジ": "ｼﾞ",
        "ズ": "ｽﾞ",
        "ゼ": "ｾﾞ",
        "ゾ": "ｿﾞ",
        "ダ": "ﾀﾞ",
        "ヂ": "ﾁﾞ",
        "ヅ": "ﾂﾞ",
        "デ": "ﾃﾞ",
        "ド": "ﾄﾞ",
        "バ": "ﾊﾞ",
        "ビ": "ﾋﾞ",
        "ブ": "ﾌﾞ",
        "ベ": "ﾍﾞ",
        "ボ": "ﾎﾞ",
        "パ": "ﾊﾟ",
        "ピ": "ﾋﾟ",
        "プ": "ﾌﾟ",
        "ペ": "ﾍﾟ",
        "ポ": "ﾎﾟ",
        "ヴ": "ｳﾞ",
        "・": "･",
    }
)
_ZEN_DIGITS = str.maketrans("0123456789-", "０１２３４５６７８９－")
_KANJI_NUM = "〇一二三四五六七八九"
_WEEK = "月火水木金土日"

_PLACES = [
    "城北",
    "桜ヶ丘",
    "港南",
    "北斗",
    "若葉台",
    "緑園",
    "朝日",
    "東雲",
    "青葉",
    "西條",
    "白浜",
    "千早",
    "鶴見台",
    "相生",
    "みなと",
    "柏木",
    "大淀",
    "星ヶ浦",
    "葛城",
    "弥生",
]
_HOSP_SUFFIX = [
    "中央病院",
    "記念病院",
    "総合病院",
    "医療センター",
    "市民病院",
    "赤十字病院",
    "クリニック",
    "内科医院",
    "画像診断クリニック",
    "労災病院",
    "脳神経外科病院",
]
_DEPTS = [
    "消化器内科",
    "循環器内科",
    "呼吸器外科",
    "乳腺外科",
    "泌尿器科",
    "整形外科",
    "脳神経外科",
    "腫瘍内科",
    "血液内科",
    "救急科",
    "総合診療科",
    "肝胆膵外科",
    "婦人科",
    "腎臓内科",
    "呼吸器内科",
    "内分泌内科",
    "一般外科",
]
_AREA = ["03", "06", "011", "022", "045", "052", "075", "078", "082", "092", "0276", "0893"]
_MOBILE = ["090", "080", "070"]


def _zen(s: str) -> str:
    return s.translate(_ZEN_DIGITS)


def _maybe_zen(rng: random.Random, s: str, p: float = 0.15) -> str:
    return _zen(s) if rng.random() < p else s


def _kanji_int(n: int) -> str:
    if n < 10:
        return _KANJI_NUM[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _KANJI_NUM[tens]
    return head + "十" + (_KANJI_NUM[ones] if ones else "")


def _era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


def fmt_date(rng: random.Random, d: _dt.date, style: int | None = None) -> str:
    """Format a date in one of many hospital styles."""
    if style is None:
        style = rng.randrange(13)
    wd = _WEEK[d.weekday()]
    era, ab, ey = _era(d)
    if style == 0:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == 1:
        return f"{d.year}/{d.month}/{d.day}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 4:
        return f"{ab}{ey}.{d.month}.{d.day}"
    if style == 5:
        return f"{era}{'元' if ey == 1 else ey}年{d.month}月{d.day}日"
    if style == 6:
        return f"{era}{_kanji_int(ey)}年{_kanji_int(d.month)}月{_kanji_int(d.day)}日"
    if style == 7:
        return f"{d.month}/{d.day}"
    if style == 8:
        return f"{d.year}.{d.month}.{d.day}"
    if style == 9:
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == 10:
        return f"{d.year}年{d.month}月{d.day}日({wd})"
    if style == 11:
        return f"{d.month}月{d.day}日"
    return f"{d.year}/{d.month}/{d.day}（{wd}）"


def fmt_dt(rng: random.Random, d: _dt.date, hh: int, mm: int, style: int | None = None) -> str:
    """Date with clock time (one DATE span)."""
    base = fmt_date(rng, d, style if style is not None else rng.choice([0, 1, 2, 3, 7, 8, 12]))
    sep = rng.choice([" ", " ", "　", "  ", ""]) if not base[-1].isdigit() else rng.choice([" ", " ", "　"])
    return f"{base}{sep}{hh:02d}:{mm:02d}" if rng.random() < 0.8 else f"{base}{sep}{hh}時{mm:02d}分"


def fmt_birth(rng: random.Random, d: _dt.date) -> str:
    era, ab, ey = _era(d)
    return rng.choice(
        [
            f"{ab}{ey}.{d.month}.{d.day}",
            f"{era}{ey}年{d.month}月{d.day}日",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.year}年{d.month}月{d.day}日",
            f"{ab}{ey:02d}/{d.month:02d}/{d.day:02d}",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
        ]
    )


def _phone(rng: random.Random, mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = rng.random() < 0.45
    if mobile:
        s = f"{rng.choice(_MOBILE)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    else:
        a = rng.choice(_AREA)
        mid_len = 6 - len(a) + 0  # area+mid = 6 digits
        mid = "".join(str(rng.randint(0, 9)) for _ in range(max(mid_len, 1)))
        mid = str(rng.randint(1, 9)) + mid[1:]
        s = f"{a}-{mid}-{rng.randint(0, 9999):04d}"
    r = rng.random()
    if r < 0.1:
        s = s.replace("-", "")
    elif r < 0.18:
        p = s.split("-")
        s = f"{p[0]}({p[1]}){p[2]}"
    return _maybe_zen(rng, s, 0.12)


def _my_number(rng: random.Random) -> str:
    digits = [rng.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        pn = digits[11 - n]
        qn = n + 1 if n <= 6 else n - 5
        total += pn * qn
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    s = "".join(map(str, digits)) + str(check)
    return rng.choice([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}"])


class Person:
    """A synthetic person with aligned kanji / kana / romaji forms."""

    def __init__(self, rng: random.Random, female: bool | None = None, foreign: bool | None = None):
        self.female = rng.random() < 0.5 if female is None else female
        self.foreign = (rng.random() < 0.1) if foreign is None else foreign
        if self.foreign:
            kata, fam_r, giv_r, kanji = rng.choice(_FOREIGN)
            fam_k, _, giv_k = kata.partition("・")
            self.fam, self.giv = kanji.split(" ") if kanji else (fam_k, giv_k)
            self.fam_kana, self.giv_kana = fam_k, giv_k
            self.fam_rom, self.giv_rom = fam_r.title(), giv_r.title()
            self.kata_full = kata
            self.kanji_ok = bool(kanji)
        else:
            self.fam, self.fam_kana, self.fam_rom = rng.choice(_SURNAMES)
            g = rng.choice(_GIVEN_F if self.female else _GIVEN_M)
            self.giv, self.giv_kana, self.giv_rom = g
            self.kata_full = f"{self.fam_kana} {self.giv_kana}"
            self.kanji_ok = True

    def full(self, rng: random.Random) -> str:
        if self.foreign and not self.kanji_ok:
            return self.kata_full
        return self.fam + rng.choice(["", " ", "　", " ", ""]) + self.giv

    def kana(self, rng: random.Random) -> str:
        if self.foreign:
            return self.kata_full
        return self.fam_kana + rng.choice([" ", "　", ""]) + self.giv_kana

    def hw_kana(self) -> str:
        return self.kana(random.Random(0)).translate(_HW_KANA)

    def romaji(self, rng: random.Random) -> str:
        f, g = self.fam_rom, self.giv_rom
        return rng.choice([f"{f.upper()} {g.upper()}", f"{g} {f}", f"{f} {g}", f"{g} {f.upper()}", f"{f.upper()}, {g}"])

    def dicom(self) -> str:
        return f"{self.fam_rom.upper()}^{self.giv_rom.upper()}"

    def initials(self, rng: random.Random) -> str:
        a, b = self.giv_rom[0], self.fam_rom[0]
        return rng.choice([f"{a}.{b}.", f"{b}.{a}.", f"{a}{b}"])

    def any_form(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.55:
            return self.full(rng)
        if r < 0.72:
            return self.kana(rng)
        if r < 0.82:
            return self.romaji(rng)
        if r < 0.9:
            return self.hw_kana()
        return self.dicom()

    def known(self) -> dict[str, str]:
        return {
            "family": self.fam,
            "given": self.giv,
            "family_kana": self.fam_kana,
            "given_kana": self.giv_kana,
            "family_romaji": self.fam_rom,
            "given_romaji": self.giv_rom,
        }


def _staff_name(rng: random.Random, p: Person) -> str:
    """How staff names are usually written: family only, or full."""
    r = rng.random()
    if r < 0.5 or p.foreign:
        return p.fam if p.kanji_ok else p.fam_kana
    if r < 0.85:
        return p.full(rng)
    return p.romaji(rng)


def _hospital(rng: random.Random) -> str:
    place = rng.choice(_PLACES)
    suf = rng.choice(_HOSP_SUFFIX)
    if suf == "クリニック" and rng.random() < 0.4:
        return f"医療法人{rng.choice(_PLACES)}会 {place}クリニック"
    return place + suf


def _reading_centre(rng: random.Random) -> str:
    place = rng.choice(_PLACES)
    return rng.choice(
        [
            f"{place}遠隔画像診断センター",
            f"株式会社{place}メディカルイメージング",
            f"{place}読影センター",
            f"一般社団法人{place}画像診断ネットワーク",
        ]
    )


def _ward(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(3, 9)}階{rng.choice('東西南北')}病棟",
            f"{rng.choice('東西南北')}{rng.randint(2, 8)}病棟",
            f"{rng.randint(3, 9)}{rng.choice('ABCD')}病棟",
            f"{rng.choice(['外科', '内科', '混合'])}{rng.randint(2, 7)}病棟",
        ]
    )


def _room(rng: random.Random) -> str:
    n = rng.randint(2, 9) * 100 + rng.randint(1, 25)
    return rng.choice([f"{n}号室", f"{n}号", f"{n}-{rng.randint(1, 4)}", f"{n}号室{rng.randint(1, 4)}床"])


def _address(rng: random.Random, fake: Faker, short: bool = False) -> str:
    pref, city, town = fake.prefecture(), fake.city(), fake.town()
    if short:
        return rng.choice([f"{pref}{city}", f"{city}{town}", f"{pref}{city}{town}"])
    a, b, c = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)
    num = rng.choice(
        [f"{a}-{b}-{c}", f"{a}丁目{b}番{c}号", f"{_kanji_int(a)}丁目{b}-{c}", f"{a}-{b}", f"{a}丁目{b}番地"]
    )
    num = _maybe_zen(rng, num, 0.2)
    bld = ""
    if rng.random() < 0.35:
        bld = rng.choice([" ", "　", ""]) + f"{fake.building_name()}{rng.randint(1, 9)}0{rng.randint(1, 8)}"
        if rng.random() < 0.5:
            bld += "号室"
    return f"{pref}{rng.choice(['', '', ' '])}{city}{town}{num}{bld}"


def _postal(rng: random.Random) -> str:
    s = f"{rng.randint(0, 999):03d}-{rng.randint(0, 9999):04d}"
    return _maybe_zen(rng, s, 0.15) if rng.random() > 0.08 else s.replace("-", "")


def _pid(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return f"{rng.randint(0, 99999999):08d}"
    if r < 0.6:
        return f"{rng.randint(1, 9999999):010d}"
    if r < 0.75:
        return f"{rng.randint(100000, 9999999)}"
    if r < 0.88:
        return f"P{rng.randint(0, 9999999):07d}"
    return f"{rng.randint(10, 99)}-{rng.randint(0, 999999):06d}"


def _acc(rng: random.Random, d: _dt.date) -> str:
    ymd = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"
    return rng.choice(
        [
            f"{ymd}{rng.randint(0, 9999):04d}",
            f"A{d.year}{rng.randint(0, 999999):06d}",
            f"RA-{d.year % 100:02d}-{rng.randint(0, 99999):05d}",
            f"{rng.choice(['CT', 'MR', 'NM', 'US', 'MG', 'XA'])}{ymd}-{rng.randint(1, 999):03d}",
            f"{rng.randint(10000000000, 99999999999)}",
        ]
    )


def _email(rng: random.Random, p: Person, host: str) -> str:
    f, g = p.fam_rom.lower(), p.giv_rom.lower().replace(" ", "")
    local = rng.choice([f"{f}.{g}", f"{g[0]}-{f}", f"{f}{rng.randint(1, 99)}", f"{f}_{g[0]}"])
    return f"{local}@{host}"


def _host(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice(['kita', 'minami', 'joho', 'aoba', 'sakura', 'tohoku'])}"
            f"-{rng.choice(['hp', 'med', 'mc'])}.or.jp",
            f"{rng.choice(['rad', 'irc', 'tele'])}{rng.randint(1, 99)}.co.jp",
            f"{rng.choice(['hosp', 'mc'])}.{rng.choice(['aoba', 'kohoku', 'asahi', 'yayoi'])}.jp",
        ]
    )


class Patient:
    """Per-document patient context."""

    def __init__(self, rng: random.Random, fake: Faker, today: _dt.date, female: bool | None = None):
        self.p = Person(rng, female=female)
        self.age = rng.choice([rng.randint(20, 89), rng.randint(40, 89), rng.randint(60, 99)])
        dob_year = today.year - self.age
        dob = _dt.date(dob_year, rng.randint(1, 12), rng.randint(1, 28))
        if (dob.month, dob.day) > (today.month, today.day):
            dob = dob.replace(year=dob_year - 1)
        self.dob = dob
        self.pid = _pid(rng)
        self.addr = _address(rng, fake)
        self.postal = _postal(rng)
        self.phone = _phone(rng)
        self.used_addr = False
        self.used_phone = False

    def known(self) -> dict[str, Any]:
        return {
            "names": [self.p.known()],
            "ids": [self.pid],
            "birth_date": self.dob.isoformat(),
            "addresses": [self.addr] if self.used_addr else [],
            "phones": [self.phone] if self.used_phone else [],
            "emails": [],
        }


_ALT = {
    "PERSON": "担当者",
    "ID": "（番号省略）",
    "DATE": "本日",
    "AGE": "成人",
    "PHONE_NUMBER": "院内代表",
    "ADDRESS": "本人自宅",
    "POSTAL_CODE": "―",
    "FACILITY": "当院",
    "DEPARTMENT": "依頼科",
    "EMAIL_ADDRESS": "院内メール",
    "URL": "院内ポータル",
    "MY_NUMBER": "（確認済）",
    "INSURANCE_NUMBER": "（確認済）",
}


_TYPOS = [
    ("造影", "増影"),
    ("所見", "諸見"),
    ("経過観察", "経過観祭"),
    ("連絡", "連格"),
    ("確認", "確忍"),
    ("。", "。。"),
]


def _noise(rng: random.Random, s: str) -> str:
    """Light typing noise on plain text only (span text is never touched)."""
    if len(s) < 8 or rng.random() > 0.12:
        return s
    r = rng.random()
    if r < 0.35:
        a, b = rng.choice(_TYPOS)
        return s.replace(a, b, 1)
    if r < 0.6:
        i = rng.randrange(2, len(s) - 2)
        return s[:i] + rng.choice(["\n", " \n", "\n　"]) + s[i:]
    if r < 0.8:
        i = rng.randrange(1, len(s) - 1)
        return s[:i] + rng.choice([" ", "　", "  "]) + s[i:]
    return _zen(s) if rng.random() < 0.5 else s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))


class W:
    """Writer: emits PHI spans in PHI mode, generic phrases in clean mode."""

    def __init__(self, doc: Doc, phi: bool, rng: random.Random):
        self.d = doc
        self.phi = phi
        self.rng = rng

    def t(self, s: str) -> W:
        self.d.t(_noise(self.rng, s))
        return self

    def p(self, s: str, kind: str, alt: str | None = None) -> W:
        if self.phi:
            self.d.p(s, kind)
        else:
            self.d.t(_ALT[kind] if alt is None else alt)
        return self

    def nl(self) -> W:
        """Line break, occasionally doubled or with trailing space."""
        r = self.rng.random()
        self.d.t("\n" if r < 0.8 else (" \n" if r < 0.9 else "\n\n"))
        return self


def _age_str(rng: random.Random, age: int) -> str:
    return rng.choice([f"{age}歳", f"{age}歳", f"{age}才", f"{age:03d}Y", f"{age}y", f"{age}歳"])


def _sex(rng: random.Random, female: bool) -> str:
    return rng.choice(["女性", "女", "F"] if female else ["男性", "男", "M"])


def _hm(rng: random.Random, lo: int = 8, hi: int = 17) -> tuple[int, int]:
    return rng.randint(lo, hi), rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 34, 40, 45, 48, 50, 55])


def _later(h: int, m: int, add: int) -> tuple[int, int]:
    t = h * 60 + m + add
    return (t // 60) % 24, t % 60


# ---------------------------------------------------------------------------
# shared blocks: clinical history, extra findings, header, footer
# ---------------------------------------------------------------------------

_HIST = [
    "高血圧、2型糖尿病で近医通院中。",
    "喫煙歴 20本/日×40年、現在は禁煙。",
    "腫瘍マーカー（CEA 8.4、CA19-9 52）上昇傾向。",
    "ALP 412 U/L と軽度上昇あり。",
    "腎機能 eGFR 48 mL/min/1.73m2、造影は減量プロトコルで実施。",
    "ペースメーカー植込み後（MRI条件付き対応）。",
    "抗凝固薬（アピキサバン）内服中、術前2日休薬。",
    "化学療法（FOLFOX）6コース終了後の効果判定目的。",
    "術後補助療法中、定期フォロー。",
    "腰背部痛の訴えが持続、NSAIDsで改善乏しい。",
    "家族歴：母が乳癌。",
    "体重減少 3か月で5kg。",
]
_EXTRA_FIND = [
    "両側胸水なし。心拡大なし。",
    "肝嚢胞が散見されるが著変なし。",
    "腹部大動脈に石灰化を伴う動脈硬化性変化。",
    "撮像範囲の骨に明らかな溶骨性変化なし。",
    "右腎に小嚢胞、Bosniak I。",
    "前立腺の生理的集積以外に異常なし。",
    "左副腎は軽度腫大、著変なし。",
    "膀胱への生理的排泄を認める。",
    "甲状腺右葉に結節、超音波での精査を推奨。",
    "腸管の生理的集積が目立つ。",
    "脾腫なし、腹水なし。",
]
_PREV_EVENTS = [
    "右上葉切除術",
    "腹腔鏡下胆嚢摘出術",
    "TACE",
    "乳房部分切除術",
    "PCI（LAD）",
    "前立腺全摘",
    "胃全摘術",
    "放射線治療（50Gy/25fr）",
]


def _history(w: W, rng: random.Random, today: _dt.date) -> None:
    w.t(rng.choice(["【臨床情報】", "臨床経過：", "依頼目的・経過：", "＜臨床経過＞"])).nl()
    for s in rng.sample(_HIST, rng.randint(1, 3)):
        w.t(s)
    w.nl()
    if rng.random() < 0.8:
        past = today - _dt.timedelta(days=rng.randint(100, 2500))
        w.p(fmt_date(rng, past, rng.choice([3, 4, 5, 1, 8])), "DATE", "以前").t(rng.choice(["に", " ", "、"]))
        if rng.random() < 0.5:
            w.p(_hospital(rng), "FACILITY", "前医").t("にて")
        w.t(rng.choice(_PREV_EVENTS) + rng.choice(["施行。", "の既往。", "を受けている。"])).nl()


def _extra(w: W, rng: random.Random) -> None:
    for s in rng.sample(_EXTRA_FIND, rng.randint(1, 3)):
        w.t(s)
    w.nl()


def _header(w: W, rng: random.Random, fake: Faker, today: _dt.date) -> None:
    hosp = _hospital(rng)
    v = rng.randrange(3)
    if v == 0:
        w.p(hosp, "FACILITY", "当院").t(rng.choice(["　", " ", "  "])).p(
            rng.choice(["放射線科", "放射線診断科", "中央放射線部"]), "DEPARTMENT", "画像部門"
        ).nl()
    elif v == 1:
        w.t("━" * rng.randint(8, 20)).nl().p(hosp, "FACILITY", "当院").nl()
        w.p(_address(rng, fake), "ADDRESS", "所在地略").t(rng.choice(["  TEL ", " ☎", "　代表 "])).p(
            _phone(rng, False), "PHONE_NUMBER", "代表"
        ).nl()
        w.t("━" * rng.randint(8, 20)).nl()
    else:
        w.t("[RIS] オーダーNo: ").p(f"{rng.randint(1000000, 9999999)}", "ID").t("  依頼日: ").p(
            fmt_date(rng, today - _dt.timedelta(days=rng.randint(0, 30)), rng.choice([0, 2])), "DATE", "事前"
        )
        w.t("  緊急度: " + rng.choice(["通常", "至急", "当日"])).nl()


_FOOT = [
    "※本報告書は画像所見に基づくものであり、最終診断は臨床所見と合わせてご判断ください。",
    "※ 所見に関するお問い合わせは放射線科読影室まで。",
    "本報告は仮報告です。確定報告は後日となります。",
    "Page 1/1",
    "（電子署名済）",
]


def _footer(w: W, rng: random.Random, today: _dt.date) -> None:
    w.nl().t(rng.choice(_FOOT)).nl()
    if rng.random() < 0.6:
        w.t(rng.choice(["印刷日時：", "出力: ", "Printed "])).p(
            fmt_dt(rng, today + _dt.timedelta(days=rng.randint(0, 5)), *_hm(rng, 8, 20), rng.choice([0, 2])),
            "DATE",
            "本日",
        )


# ---------------------------------------------------------------------------
# style 0: nuclear medicine
# ---------------------------------------------------------------------------


def _s_nuclear(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    tech = Person(rng)
    rad = Person(rng)
    ref = Person(rng)
    dept = rng.choice(_DEPTS)
    v = rng.randrange(3)
    h, m = _hm(rng, 8, 11)
    if v == 0:
        w.t(
            rng.choice(
                [
                    "【核医学検査報告書】骨シンチグラフィ",
                    "骨シンチ 読影レポート",
                    "■RI検査報告　骨シンチグラフィ（全身）",
                ]
            )
        )
        w.nl().t("患者ID：").p(_maybe_zen(rng, pt.pid), "ID").t(rng.choice(["　氏名：", "  患者名: ", " / "]))
        w.p(pt.p.full(rng), "PERSON", "本人").t(rng.choice([" 様", "様", ""]))
        if rng.random() < 0.6:
            w.t("（").p(pt.p.kana(rng), "PERSON", "カナ省略").t("）")
        w.t(" ").p(_age_str(rng, pt.age), "AGE", "成人").t(" " + _sex(rng, pt.p.female)).nl()
        w.t("依頼科：").p(dept, "DEPARTMENT").t("　依頼医：").p(_staff_name(rng, ref), "PERSON", "主治医")
        w.t(rng.choice([" 先生", "先生", " Dr", ""])).nl()
        w.t("検査日：").p(fmt_date(rng, today), "DATE").nl()
        w.t(f"放射性医薬品：99mTc-{rng.choice(['HMDP', 'MDP'])} {rng.choice([555, 740, 740, 925])}MBq 静注 ")
        w.t(f"{h:02d}:{m:02d}")
        w.t("（注射：").p(_staff_name(rng, Person(rng)), "PERSON", "担当看護師").t(
            rng.choice([" Ns）", "）", "看護師）"])
        )
        w.nl()
        h2, m2 = _later(h, m, rng.choice([180, 185, 190, 200]))
        w.t(
            f"撮像開始 {h2:02d}:{m2:02d}（静注後約3時間）　"
            f"装置：{rng.choice(['Symbia Intevo', 'Discovery NM/CT 670', 'GCA-9300R'])}"
        )
        w.t("　担当技師：").p(_staff_name(rng, tech), "PERSON", "担当技師").nl().nl()
        _history(w, rng, today)
        w.t("【所見】").nl()
        w.t(
            rng.choice(
                [
                    "第4腰椎、右第6肋骨に集積亢進を認めます。肋骨は前回と比較して新出。",
                    "胸腰椎に多発する異常集積あり、骨転移として矛盾しません。骨盤右腸骨にも集積。",
                    "明らかな異常集積は認めません。両膝関節・足関節の集積は変形性変化と考えます。",
                    "胸骨柄に限局した集積。L4/5椎間関節の集積は退行性変化疑い。",
                ]
            )
        )
        if rng.random() < 0.6:
            w.t("前回検査（").p(fmt_date(rng, today - _dt.timedelta(days=rng.randint(90, 500))), "DATE", "前回")
            w.t(
                "）との比較で"
                + rng.choice(["BSI 0.42→1.15と増加。", "変化なし。", "一部集積の低下あり、治療効果を反映か。"])
            )
        w.nl()
        _extra(w, rng)
        w.t("【診断】").t(
            rng.choice(["多発骨転移疑い", "骨転移を示唆する所見なし", "単発の骨転移疑い、MRIでの精査を推奨"])
        )
        w.nl().nl().t("読影：").p(_staff_name(rng, rad), "PERSON", "読影医").t(rng.choice(["", " ", "　"]))
        w.t("／承認 ").p(fmt_dt(rng, today, *_hm(rng, 13, 18)), "DATE", "同日")
    elif v == 1:
        hosp = _hospital(rng)
        w.p(hosp, "FACILITY", "当院").t(" ").p(
            rng.choice(["核医学科", "放射線科", "PET センター"]), "DEPARTMENT", "核医学部門"
        )
        w.nl().t("FDG PET-CT Report").nl()
        w.t("Name: ").p(pt.p.romaji(rng), "PERSON", "patient").t("   ID: ").p(pt.pid, "ID")
        w.t("   DOB: ").p(fmt_birth(rng, pt.dob), "DATE", "--").t(" (").p(str(pt.age), "AGE", "adult").t(")").nl()
        bw = rng.randint(38, 88) + rng.randint(0, 9) / 10
        w.t(f"Height {rng.randint(145, 182)} cm / Weight {bw} kg / BS {rng.randint(82, 160)} mg/dL").nl()
        dose = rng.randint(150, 280)
        w.t(f"18F-FDG {dose} MBq i.v. at ")
        w.p(fmt_dt(rng, today, h, m, rng.choice([0, 1, 2])), "DATE", "exam day").t(
            f", scan start {rng.choice([60, 60, 65, 90])} min p.i."
        )
        w.nl().t(rng.choice(["Technologist: ", "RT: ", "撮影: "])).p(
            tech.romaji(rng) if rng.random() < 0.4 else _staff_name(rng, tech), "PERSON", "RT"
        )
        w.nl()
        _history(w, rng, today)
        w.t("Findings:").nl()
        s1 = rng.randint(30, 140) / 10
        w.t(f"右肺S6に径{rng.randint(12, 35)}mm の結節、SUVmax {s1}")
        if rng.random() < 0.7:
            w.t("（前回 ").p(
                fmt_date(rng, today - _dt.timedelta(days=rng.randint(60, 400)), rng.choice([0, 1, 4, 7])),
                "DATE",
                "前回",
            ).t(f" SUVmax {round(s1 * rng.uniform(0.4, 1.3), 1)}）")
        w.t("。").nl()
        w.t(
            rng.choice(
                [
                    "縦隔#4R, #7リンパ節に集積(SUVmax 4.2, 3.8)。",
                    "肝S8に淡い集積、SUVmax 3.1、生理的集積との鑑別要。",
                    "遠隔転移を示唆する異常集積なし。",
                ]
            )
        ).nl()
        _extra(w, rng)
        w.t("Impression: ").t(
            rng.choice(
                [
                    "cT2aN2M0 stage IIIA相当。",
                    "原発巣の代謝活性は低下、部分奏効。",
                    "PD疑い、臨床経過と合わせご判断ください。",
                ]
            )
        ).nl()
        w.t("Reported by ").p(rad.romaji(rng), "PERSON", "radiologist").t(rng.choice([", MD", " M.D.", " 先生", ""]))
        w.t(" / Referring: ").p(_staff_name(rng, ref), "PERSON", "主治医").t(" (").p(dept, "DEPARTMENT").t(")")
    else:
        w.t(rng.choice(["脳血流SPECT（123I-IMP）", "ガリウムシンチ報告", "腎シンチ（99mTc-MAG3）レポート"])).nl()
        w.p(pt.p.full(rng), "PERSON", "本人").t(" 殿 ").p(_age_str(rng, pt.age), "AGE", "成人").t(" ")
        w.t(rng.choice(["ID", "患者番号", "カルテNo."])).t(rng.choice([":", "：", " "])).p(pt.pid, "ID").nl()
        w.t("入院中（").p(_ward(rng), "FACILITY", "病棟").t(" ").p(_room(rng), "FACILITY", "病室").t("）").nl()
        w.t(f"投与：{rng.choice([111, 167, 185])}MBq ").p(fmt_dt(rng, today, h, m), "DATE", "当日").t(" 静注、投与者 ")
        w.p(_staff_name(rng, ref), "PERSON", "主治医").t(rng.choice(["医師", " Dr.", "先生"])).nl()
        w.t("撮像担当 ").p(_staff_name(rng, tech), "PERSON", "担当技師").t(rng.choice(["（RT）", "", " 技師"])).nl()
        _history(w, rng, today)
        w.t("所見：").t(
            rng.choice(
                [
                    "両側頭頂葉および後部帯状回に血流低下。eZIS: Severity 1.8, Extent 14%。",
                    "左腎のTmax遅延、分腎機能 左32%/右68%。",
                    "縦隔に異常集積なし。右大腿骨近位に軽度集積。",
                ]
            )
        ).nl()
        _extra(w, rng)
        w.t("備考：").p(
            fmt_date(rng, today + _dt.timedelta(days=rng.randint(3, 20)), rng.choice([7, 11, 3])), "DATE", "後日"
        )
        w.t("外来受診予定。結果説明は").p(_staff_name(rng, ref), "PERSON", "主治医").t("先生より。").nl()
        w.t("報告医 ").p(_staff_name(rng, rad), "PERSON", "読影医")
        if rng.random() < 0.5:
            w.t("（内線 ").p(str(rng.randint(2000, 7999)), "PHONE_NUMBER", "----").t("）")


# ---------------------------------------------------------------------------
# style 1: IVR / angiography record
# ---------------------------------------------------------------------------

_IVR_PROCS = [
    (
        "肝動脈化学塞栓術（TACE）",
        "肝S8 HCC 再発",
        ["4Fr RH カテーテル", "マイクロカテーテル 1.9Fr", "0.016inch マイクロガイドワイヤー"],
    ),
    (
        "脳動脈瘤コイル塞栓術",
        "右IC-PC 未破裂動脈瘤 6mm",
        ["6Fr ガイディング", "マイクロカテーテル SL-10", "離脱式コイル×7"],
    ),
    ("シャントPTA", "左前腕AVF 吻合部狭窄", ["6Fr シース", "PTAバルーン 5.0×40mm", "0.035inch ガイドワイヤー"]),
    ("CVポート留置", "化学療法目的", ["ポート 8.5Fr", "マイクロパンクチャーキット"]),
    ("気管支動脈塞栓術（BAE）", "喀血", ["4Fr シェファードフック", "マイクロカテーテル", "NBCA:リピオドール=1:4"]),
    ("経皮的胆道ドレナージ（PTBD）", "閉塞性黄疸", ["8.5Fr ドレナージチューブ", "21G PTCD針"]),
]


def _s_ivr(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    op, a1, a2, ns, rt = (Person(rng) for _ in range(5))
    proc, indic, devs = rng.choice(_IVR_PROCS)
    dept = rng.choice(_DEPTS)
    v = rng.randrange(3)
    h, m = _hm(rng, 8, 15)
    if v == 0:
        w.t(rng.choice(["血管造影・IVR 実施記録", "【IVR記録】", "アンギオ検査記録（放射線部）"])).nl()
        w.t("実施日：").p(fmt_date(rng, today, rng.choice([0, 3, 10, 12])), "DATE").t("　アンギオ室").t(
            str(rng.randint(1, 3))
        ).nl()
        w.t("患者：").p(pt.p.full(rng), "PERSON", "本人").t(" (").p(_age_str(rng, pt.age), "AGE", "成人").t("/")
        w.t(_sex(rng, pt.p.female)).t(")　ID ").p(pt.pid, "ID").t("　").p(_ward(rng), "FACILITY", "病棟").nl()
        w.t(f"術式：{proc}　適応：{indic}").nl()
        _history(w, rng, today)
        w.t("依頼：").p(dept, "DEPARTMENT").t(" ").p(_staff_name(rng, Person(rng)), "PERSON", "主治医").t("先生").nl()
        w.t("術者：").p(_staff_name(rng, op), "PERSON", "術者").t(rng.choice([" ／ 助手：", "　助手 ", ", Ass: "]))
        w.p(_staff_name(rng, a1), "PERSON", "助手").t(rng.choice(["、", ", ", "・"])).p(
            _staff_name(rng, a2), "PERSON", "助手"
        ).nl()
        w.t("外回り看護師：").p(_staff_name(rng, ns), "PERSON", "担当看護師").t("　診療放射線技師：").p(
            _staff_name(rng, rt), "PERSON", "担当技師"
        ).nl()
        w.t("― 経過 ―").nl()
        steps = [
            "入室",
            "タイムアウト実施",
            "局所麻酔（1%リドカイン10mL）",
            "右大腿動脈穿刺、シース挿入",
            "造影開始",
            "処置開始",
            "止血、シース抜去",
            "退室",
        ]
        t0 = h * 60 + m
        for s in steps:
            w.t(f" {t0 // 60:02d}:{t0 % 60:02d} {s}").nl()
            t0 += rng.randint(3, 25)
        w.t("使用デバイス：" + "、".join(devs)).nl()
        w.t(
            f"透視時間 {rng.randint(5, 60)}.{rng.randint(0, 9)} min　AK {rng.randint(80, 2200)} mGy　"
            f"DAP {rng.randint(10, 300)}.{rng.randint(0, 9)} Gy・cm2"
        ).nl()
        w.t(
            f"造影剤：イオパミドール{rng.choice([300, 370])} {rng.randint(30, 160)}mL　"
            f"（Lot.{rng.randint(10000, 99999)}）"
        ).nl()
        w.t("合併症：" + rng.choice(["なし", "穿刺部血腫（小）", "一過性の徐脈、経過観察で回復"]))
    elif v == 1:
        w.t(f"{proc} 手術記録").nl()
        w.t(rng.choice(["対象患者 ", "患者氏名　"])).p(pt.p.full(rng), "PERSON", "本人").t("　様　").p(pt.pid, "ID")
        w.t("　生年月日 ").p(fmt_birth(rng, pt.dob), "DATE", "記載省略").nl()
        w.t("日時：").p(fmt_dt(rng, today, h, m), "DATE", "本日").t(" 〜 ").t(
            f"{_later(h, m, rng.randint(40, 180))[0]:02d}:{rng.randint(0, 59):02d}"
        ).nl()
        w.t("Operator ").p(op.romaji(rng), "PERSON", "operator").t(", Assistant ").p(
            a1.romaji(rng), "PERSON", "assistant"
        ).nl()
        w.t(f"{indic}に対し{proc}を施行した。").t(rng.choice(["右橈骨動脈", "右総大腿動脈", "右内頸静脈"]))
        w.t("よりアプローチ。").t(
            rng.choice(
                [
                    "選択的造影で腫瘍濃染を確認、エピルビシン30mg+リピオドール3mLを注入し、ゼラチンスポンジで塞栓した。",
                    "狭窄部を8atmで拡張、残存狭窄20%以下を確認。",
                    "ネックをカバーする形でコイルを留置、Raymond class I。",
                    "ポート本体を右前胸部皮下に留置、先端位置はTh7レベル。",
                ]
            )
        ).nl()
        w.t("使用物品：").nl()
        for dv in devs:
            w.t(f"・{dv}").nl()
        w.t(f"被ばく：Fluoro {rng.randint(3, 45)}.{rng.randint(0, 9)}min / Ka,r {rng.randint(50, 1800)}mGy").nl()
        w.t("看護記録：").p(_staff_name(rng, ns), "PERSON", "担当看護師").t(rng.choice(["Ns", " Ns.", "看護師"])).t(
            "、帰室後 "
        )
        w.p(_room(rng), "FACILITY", "病室").t("にて安静臥床3時間。家族（").t(
            rng.choice(["妻", "夫", "長男", "長女"])
        ).t("　")
        w.p(Person(rng).full(rng) if rng.random() < 0.5 else pt.p.fam, "PERSON", "家族").t("さん）へ術者より説明済み。")
    else:
        w.t("IVR sheet").t(" #").p(_acc(rng, today), "ID").nl()
        w.p(fmt_date(rng, today, 7), "DATE").t(" ").p(
            pt.p.hw_kana() if rng.random() < 0.5 else pt.p.kana(rng), "PERSON", "本人"
        ).t(" ")
        w.p(f"{pt.age}", "AGE", "--").t(_sex(rng, pt.p.female)[0]).t(" ").p(dept, "DEPARTMENT").nl()
        w.t(f"proc: {proc.split('（')[0]}  / Dr ").p(
            op.fam if rng.random() < 0.7 else op.initials(rng), "PERSON", "術者"
        ).t(", ").p(a1.fam, "PERSON", "助手")
        w.t(" / Ns ").p(ns.fam, "PERSON", "看護師").t(" / RT ").p(rt.fam, "PERSON", "技師").nl()
        _history(w, rng, today)
        w.t(f"sheath {rng.choice(['4', '5', '6'])}Fr R-CFA, " + ", ".join(devs)).nl()
        w.t(f"FT {rng.randint(5, 50)}min  AK {rng.randint(90, 2000)}mGy  造影剤 {rng.randint(20, 150)}ml").nl()
        w.t(rng.choice(["特記なし", "術中BP低下あり昇圧剤使用", "穿刺部 圧迫止血15分"]))
        w.t("　PHS ").p(str(rng.randint(6000, 6999)), "PHONE_NUMBER", "--").t(f"（{rng.choice(['術者', '当番'])}）")


_BREAST_MORE = [
    "腋窩リンパ節の腫大は認めません。",
    "皮膚肥厚・乳頭陥凹なし。",
    "両側に良性石灰化（粗大）散在。",
    "乳腺密度のため病変の検出感度低下に留意。",
    "追加撮影（スポット圧迫）で陰影は残存。",
    "前回指摘の嚢胞は縮小。",
    "エラストグラフィ：Tsukuba score 3。",
    "乳管拡張なし。",
]


def _breast_more(w: W, rng: random.Random) -> None:
    for x in rng.sample(_BREAST_MORE, rng.randint(2, 4)):
        w.t(x)
        if rng.random() < 0.5:
            w.nl()
    w.nl()


_US_MORE = [
    "門脈本幹 径11mm、求肝性。",
    "腹水なし。",
    "傍大動脈リンパ節の腫大なし。",
    "膀胱充満不十分のため骨盤内は評価困難。",
    "食後のため胆嚢収縮あり、再検推奨。",
    "体位変換（左側臥位）で観察。",
    "ガス多く膵尾部描出不良。",
    "FibroScan併施：LSM 9.8kPa, CAP 298dB/m。",
    "VTI 18cm, E/e' 14。",
    "IVC 18mm、呼吸性変動あり。",
]


def _us_more(w: W, rng: random.Random) -> None:
    for x in rng.sample(_US_MORE, rng.randint(2, 4)):
        w.t(x).nl()


# ---------------------------------------------------------------------------
# style 2: mammography / breast ultrasound
# ---------------------------------------------------------------------------


def _s_breast(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    r1, r2, rt = Person(rng), Person(rng), Person(rng, female=True)
    v = rng.randrange(3)
    cat = rng.choice(["1", "2", "3", "3", "4", "5"])
    if v == 0:
        w.t(rng.choice(["マンモグラフィ読影結果報告書", "乳がん検診　マンモグラフィ判定票", "MMG 読影レポート"])).nl()
        w.t("受診者氏名：").p(pt.p.full(rng), "PERSON", "受診者本人").t(rng.choice([" 様", "　様", "様"])).t("　")
        w.t("年齢：").p(_age_str(rng, pt.age), "AGE", "成人").t("　受診番号：").p(
            f"{rng.randint(1, 99)}-{rng.randint(0, 99999):05d}", "ID"
        ).nl()
        w.t("検診日：").p(fmt_date(rng, today), "DATE").t("　実施機関：").p(_hospital(rng), "FACILITY", "当院").nl()
        w.t("撮影：両側MLO・CC　撮影技師（").p(_staff_name(rng, rt), "PERSON", "担当技師").t("）").nl()
        w.t("乳房の構成：" + rng.choice(["脂肪性", "乳腺散在", "不均一高濃度", "極めて高濃度"])).nl()
        w.t(rng.choice(["右", "左"]) + rng.choice(["U領域", "M領域", "L領域", "O領域", "S領域"]) + "：")
        w.t(rng.choice(["局所的非対称性陰影（FAD）", "微小円形石灰化 集簇性", "境界明瞭平滑な腫瘤", "構築の乱れ"]))
        w.t(f"　カテゴリー{cat}").nl()
        _breast_more(w, rng)
        w.t(f"総合判定：カテゴリー{cat}　" + ("要精密検査" if cat in "345" else "異常なし")).nl()
        w.t("第1読影医 ").p(_staff_name(rng, r1), "PERSON", "一次読影医").t(
            rng.choice(["　第2読影医 ", " / 二次読影 ", "／"])
        )
        w.p(_staff_name(rng, r2), "PERSON", "二次読影医")
        if rng.random() < 0.6:
            w.nl().t("比較読影：").p(
                fmt_date(rng, today - _dt.timedelta(days=rng.choice([365, 730, 371])), rng.choice([0, 4, 5])),
                "DATE",
                "前回",
            ).t("撮影分と比較、")
            w.t(rng.choice(["石灰化の増加あり。", "変化なし。", "新規出現。"]))
        if cat in "345":
            w.nl().t("精密検査は").p(_hospital(rng), "FACILITY", "専門医療機関").t(" ").p(
                "乳腺外科", "DEPARTMENT", "専門外来"
            ).t("へ紹介予定。")
    elif v == 1:
        w.t("Breast US report").nl()
        _header(w, rng, fake, today)
        w.t("ID ").p(pt.pid, "ID").t("  ").p(pt.p.kana(rng), "PERSON", "本人").t("  ")
        w.p(f"{pt.age}", "AGE", "--").t("F").t("  Exam date ").p(
            fmt_date(rng, today, rng.choice([0, 2])), "DATE", "today"
        ).nl()
        birads = rng.choice(["2", "3", "4A", "4B", "4C", "5"])
        sz = (rng.randint(5, 28), rng.randint(4, 20))
        w.t(f"{rng.choice(['Rt', 'Lt'])} {rng.randint(1, 12)}o'clock, {rng.randint(1, 8)}cm FN: ")
        w.t(
            f"hypoechoic mass {sz[0]}x{sz[1]}mm, {rng.choice(['irregular', 'oval', 'lobulated'])}, "
            f"margin {rng.choice(['indistinct', 'circumscribed', 'spiculated'])}"
        ).nl()
        w.t(rng.choice(["halo(+), 後方エコー減弱", "縦横比 0.8", "血流 Adler grade 2", "腋窩LN腫大なし"])).nl()
        _breast_more(w, rng)
        w.t(f"BI-RADS {birads}").nl()
        w.t("Sonographer: ").p(rt.romaji(rng) if rng.random() < 0.4 else _staff_name(rng, rt), "PERSON", "sonographer")
        w.t(" / Radiologist: ").p(_staff_name(rng, r1), "PERSON", "radiologist").nl()
        if birads[0] in "45":
            w.t("→ CNB予定 ").p(
                fmt_date(rng, today + _dt.timedelta(days=rng.randint(3, 14)), rng.choice([7, 12, 11])), "DATE", "後日"
            ).t("、担当 ").p(_staff_name(rng, r2), "PERSON", "主治医").t(" Dr")
    else:
        w.t("【乳腺超音波検査報告】").nl()
        w.t(rng.choice(["氏名 ", "患者名："])).p(pt.p.full(rng), "PERSON", "本人").t("（").p(
            pt.p.kana(rng), "PERSON", "カナ略"
        ).t("）").t(" ")
        w.p(fmt_birth(rng, pt.dob), "DATE", "生年月日略").t("生 ").p(_age_str(rng, pt.age), "AGE", "成人").nl()
        w.t("紹介元：").p(_hospital(rng), "FACILITY", "前医").t(" ").p(Person(rng).fam, "PERSON", "前医").t("先生").nl()
        w.t("検査日時 ").p(fmt_dt(rng, today, *_hm(rng)), "DATE", "本日").t("  検査者 ").p(
            _staff_name(rng, rt), "PERSON", "担当技師"
        ).nl()
        _history(w, rng, today)
        w.t("所見：").t(
            rng.choice(
                [
                    "右C領域に14×10mm大の低エコー腫瘤。形状不整、境界不明瞭粗ぞう。前方境界線の断裂あり。",
                    "左A領域に嚢胞多発、最大8mm。充実部なし。",
                    "右D領域に扁平な低エコー域、乳腺症様変化。",
                ]
            )
        )
        w.nl()
        _breast_more(w, rng)
        w.t(f"カテゴリー{cat}").t(rng.choice(["（MMGとの総合判定）", "", " 要精査"])).nl()
        w.t("ダブルチェック：").p(_staff_name(rng, r1), "PERSON", "読影医A").t(" ／ ").p(
            _staff_name(rng, r2), "PERSON", "読影医B"
        )
        w.t(" 承認 ").p(fmt_date(rng, today + _dt.timedelta(days=rng.randint(0, 3)), 7), "DATE", "後日")
        if rng.random() < 0.4:
            pt.used_phone = True
            w.nl().t("結果連絡先（本人）：").p(pt.phone, "PHONE_NUMBER", "本人連絡先")


# ---------------------------------------------------------------------------
# style 3: ultrasound technician worksheet
# ---------------------------------------------------------------------------


def _s_us(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    sono, dr = Person(rng), Person(rng)
    dept = rng.choice(_DEPTS)
    v = rng.randrange(3)
    if v == 0:
        w.t("腹部エコー ワークシート").nl()
        w.t("ｵｰﾀﾞｰNo ").p(f"{rng.randint(10000000, 99999999)}", "ID").t("  患者ID ").p(pt.pid, "ID").nl()
        w.t("ｶﾅ ").p(pt.p.hw_kana(), "PERSON", "本人").t("  ").p(_age_str(rng, pt.age), "AGE", "成人").t(" ").t(
            _sex(rng, pt.p.female)
        ).nl()
        w.t("依頼 ").p(dept, "DEPARTMENT").t("/").p(_staff_name(rng, dr), "PERSON", "主治医").t(" 目的：").t(
            rng.choice(["肝機能障害精査", "胆石フォロー", "腎機能低下", "腹痛"])
        ).nl()
        w.t(rng.choice(["外来", "入院 "]))
        if rng.random() < 0.5:
            w.p(_ward(rng), "FACILITY", "病棟").t(" ")
        w.t(" 検査日 ").p(fmt_date(rng, today, rng.choice([1, 7, 8])), "DATE").nl()
        w.t("LIVER: ").t(
            rng.choice(
                [
                    "bright liver(+), 肝腎コントラスト(+)",
                    "辺縁鈍、表面凹凸、粗造",
                    "S6に12mm hyperechoic mass, 血管腫疑い",
                ]
            )
        ).nl()
        w.t("GB: ").t(rng.choice(["stone 8mm 数個、壁肥厚なし", "n.p.", "polyp 4mm"])).t("  CBD 5mm").nl()
        w.t(
            f"PANC: {rng.choice(['描出不良(ガス)', 'n.p.', '主膵管3mm'])}  "
            f"SPL: {rng.randint(70, 120)}x{rng.randint(25, 45)}mm"
        ).nl()
        w.t(f"Kid: R {rng.randint(88, 115)}mm / L {rng.randint(88, 115)}mm  水腎なし").nl()
        _us_more(w, rng)
        if rng.random() < 0.5:
            w.t("前回 ").p(
                fmt_date(rng, today - _dt.timedelta(days=rng.randint(60, 800)), rng.choice([1, 7, 8])), "DATE", "前回"
            ).t(" と比べ" + rng.choice(["著変なし", "脂肪肝は改善", "結石数増加"])).nl()
        w.t("検査者 ").p(_staff_name(rng, sono), "PERSON", "担当技師").t(
            rng.choice(["(CS)", "", "（超音波検査士）"])
        ).t("  所要 " + str(rng.randint(12, 35)) + "分")
    elif v == 1:
        w.t("頸動脈エコー記録　").p(fmt_date(rng, today, rng.choice([0, 12])), "DATE").nl()
        w.p(pt.p.full(rng), "PERSON", "本人").t(" 様 （").p(pt.pid, "ID").t("）").p(
            _age_str(rng, pt.age), "AGE", "成人"
        ).nl()
        w.t(f"max IMT  R {rng.randint(8, 25) / 10} mm / L {rng.randint(8, 25) / 10} mm").nl()
        w.t("プラーク：" + rng.choice(["右ICA起始部 低輝度プラーク 厚さ2.8mm", "左CCA等輝度プラーク", "なし"])).nl()
        w.t(f"PSV ICA R {rng.randint(50, 240)} cm/s  L {rng.randint(50, 240)} cm/s").nl()
        w.t(
            f"EDV R {rng.randint(10, 60)} / L {rng.randint(10, 60)}  RI {rng.randint(55, 80) / 100}  椎骨動脈 順行性"
        ).nl()
        _history(w, rng, today)
        w.t("前回（").p(
            fmt_date(rng, today - _dt.timedelta(days=rng.randint(180, 700)), rng.choice([4, 1, 8])), "DATE", "前回"
        ).t("）より" + rng.choice(["著変なし", "プラーク増大", "IMT軽度増加"]) + "。").nl()
        w.t("技師 ").p(_staff_name(rng, sono), "PERSON", "担当技師").t("　Dr確認 ").p(
            dr.initials(rng) if rng.random() < 0.5 else dr.fam, "PERSON", "主治医"
        )
    else:
        w.t("＜心エコー検査 技師メモ＞").nl()
        if rng.random() < 0.5:
            w.t("依頼：").p(rng.choice(["循環器内科", "心臓血管外科", "腎臓内科"]), "DEPARTMENT", "依頼科").t(" ").p(
                _staff_name(rng, dr), "PERSON", "主治医"
            ).t(" 先生　目的：" + rng.choice(["術前評価", "心不全増悪", "弁膜症フォロー"])).nl()
        w.t("氏名 ").p(pt.p.full(rng), "PERSON", "本人").t("  ID:").p(pt.pid, "ID").t(
            rng.choice(["  生年月日 ", "  DOB "])
        ).p(fmt_birth(rng, pt.dob), "DATE", "省略").nl()
        w.t(
            "身長 "
            + str(rng.randint(140, 185))
            + "cm 体重 "
            + str(rng.randint(38, 95))
            + "kg  BP "
            + f"{rng.randint(100, 170)}/{rng.randint(55, 100)}"
        ).nl()
        w.t(
            f"LVDd {rng.randint(38, 65)} LVDs {rng.randint(22, 50)} EF {rng.randint(25, 70)}%  "
            f"IVS {rng.randint(7, 14)} PW {rng.randint(7, 14)}"
        ).nl()
        _us_more(w, rng)
        w.t(
            rng.choice(
                [
                    "MR moderate, TR mild (TRPG 32mmHg)",
                    "AS: Vmax 4.1m/s, mPG 42mmHg, AVA 0.8cm2",
                    "壁運動異常：前壁中隔 hypokinesis",
                ]
            )
        ).nl()
        w.t("ベッドサイド実施：").p(_ward(rng), "FACILITY", "病棟").t(" ").p(_room(rng), "FACILITY", "病室").nl()
        w.t("報告：").p(_staff_name(rng, sono), "PERSON", "担当技師").t("→").p(
            _staff_name(rng, dr), "PERSON", "主治医"
        ).t("先生へ口頭報告 ")
        w.p(fmt_dt(rng, today, *_hm(rng, 10, 18), 7), "DATE", "同日")
        if rng.random() < 0.6:
            w.t(rng.choice(["（PHS ", "（PHS", " PHS:"])).p(str(rng.randint(3000, 3999)), "PHONE_NUMBER", "--").t("）")


# ---------------------------------------------------------------------------
# style 4: contrast-medium adverse reaction record
# ---------------------------------------------------------------------------

_CM = [
    "イオヘキソール350",
    "イオパミドール370",
    "イオメプロール350",
    "ガドブトロール",
    "ガドテリドール",
    "イオベルソール320",
]
_REL = ["妻", "夫", "長男", "長女", "次女", "母", "父", "姉", "息子さん", "娘さん"]


def _s_contrast(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    rt, rad, ns, er = Person(rng), Person(rng), Person(rng, female=rng.random() < 0.8), Person(rng)
    fam = Person(rng)
    if rng.random() < 0.6 and not pt.p.foreign:
        fam.fam, fam.fam_kana, fam.fam_rom = pt.p.fam, pt.p.fam_kana, pt.p.fam_rom
    cm = rng.choice(_CM)
    h, m = _hm(rng, 9, 16)
    v = rng.randrange(3)
    if v in (0, 2):
        w.t(rng.choice(["造影剤副作用発生報告", "【造影剤有害事象報告書】", "副作用報告（造影剤）"])).nl()
        w.t("発生日時：").p(fmt_dt(rng, today, h, m), "DATE").nl()
        w.t("患者：").p(pt.p.full(rng), "PERSON", "本人").t("（").p(pt.p.kana(rng), "PERSON", "カナ略").t("）")
        w.t(" ").p(_age_str(rng, pt.age), "AGE", "成人").t(" " + _sex(rng, pt.p.female)).t("  ID ").p(pt.pid, "ID").nl()
        w.t("依頼科：").p(rng.choice(_DEPTS), "DEPARTMENT").t("　検査：").t(
            rng.choice(["造影CT（胸腹骨盤）", "造影MRI（肝）", "CTA（頭頸部）", "造影CT 冠動脈"])
        ).nl()
        w.t(f"造影剤：{cm} {rng.randint(10, 110)}mL　{rng.choice(['自動注入 3mL/s', '手押し', '2.5mL/s'])}").nl()
        _history(w, rng, today)
        w.t("既往：").t(
            rng.choice(["アレルギー歴なし", "喘息（小児期）", "前回造影時に蕁麻疹", "ヨード造影剤で嘔気の既往"])
        )
        if rng.random() < 0.5:
            w.t("（").p(
                fmt_date(rng, today - _dt.timedelta(days=rng.randint(120, 1500)), rng.choice([4, 5, 1])), "DATE", "以前"
            ).t("）")
        w.nl().t("＜経過＞").nl()
        t = h * 60 + m
        w.t(f"{t // 60:02d}:{t % 60:02d} 注入開始").nl()
        t += rng.randint(1, 5)
        w.t(
            f"{t // 60:02d}:{t % 60:02d} "
            + rng.choice(
                ["くしゃみ、顔面紅潮、全身掻痒感出現", "嘔気・嘔吐1回", "咽頭違和感、喘鳴聴取", "前胸部〜頸部に膨疹"]
            )
        )
        w.t("。担当技師").p(_staff_name(rng, rt), "PERSON", "担当技師").t("が発見し放射線科医").p(
            _staff_name(rng, rad), "PERSON", "放射線科医"
        ).t("をコール").nl()
        t += rng.randint(1, 4)
        w.t(
            f"{t // 60:02d}:{t % 60:02d} BP {rng.randint(70, 130)}/{rng.randint(40, 80)} "
            f"HR {rng.randint(60, 130)} SpO2 {rng.randint(88, 99)}%　"
        )
        w.t(
            rng.choice(
                ["アドレナリン0.3mg筋注", "d-クロルフェニラミン5mg静注", "ヒドロコルチゾン100mg点滴", "O2 3L開始"]
            )
        ).nl()
        t += rng.randint(3, 12)
        w.t(f"{t // 60:02d}:{t % 60:02d} ").p(rng.choice(["救急科", "総合診療科"]), "DEPARTMENT", "救急担当").t(" ").p(
            _staff_name(rng, er), "PERSON", "救急医"
        ).t(rng.choice(["医師到着", " Dr到着", "先生到着、診察"])).nl()
        t += rng.randint(15, 60)
        w.t(f"{t // 60:02d}:{t % 60:02d} 症状改善。")
        if rng.random() < 0.6:
            w.t("経過観察入院（").p(_ward(rng), "FACILITY", "病棟").t(rng.choice(["）", "へ）", " 個室）"])).nl()
        else:
            w.t(
                rng.choice(
                    ["外来で2時間観察後、帰宅。", "帰宅は見合わせ一泊入院とした。", "独歩にて帰宅、翌日電話フォロー。"]
                )
            ).nl()
        t += rng.randint(5, 30)
        w.t("家族連絡：").t(rng.choice(_REL)).t(" ").p(fam.full(rng), "PERSON", "家族").t(
            rng.choice(["様", "さん", " 様"])
        ).t("へ")
        w.t(f"{t // 60:02d}:{t % 60:02d} 電話（").p(_phone(rng, True), "PHONE_NUMBER", "家族連絡先").t("）、").p(
            _staff_name(rng, ns), "PERSON", "担当看護師"
        ).t(rng.choice(["Nsより説明", "看護師より状況説明", "が連絡"])).nl()
        w.t("重症度：" + rng.choice(["軽度", "中等度", "重度（アナフィラキシー）"]) + "　報告者 ").p(
            _staff_name(rng, rad), "PERSON", "報告者"
        )
        w.t(" 報告日 ").p(fmt_date(rng, today + _dt.timedelta(days=rng.randint(0, 2))), "DATE", "後日")
        if v == 2:
            pt.used_addr = True
            w.nl().nl().t("――医薬品副作用被害救済制度 請求書類 下書き――").nl()
            w.t("住所：〒").p(pt.postal, "POSTAL_CODE", "―").t(" ").p(pt.addr, "ADDRESS", "本人住所").nl()
            w.t("保険者番号 ").p(
                f"{rng.choice(['06', '01', '31', '39', '67'])}{rng.randint(100000, 999999)}", "INSURANCE_NUMBER"
            )
            w.t("　記号 ").p(
                rng.choice([f"{rng.randint(1, 999)}", f"{rng.randint(10, 99)}-{rng.randint(100, 999)}", "あいう"]),
                "INSURANCE_NUMBER",
            )
            w.t("　番号 ").p(f"{rng.randint(1, 9999999)}", "INSURANCE_NUMBER").nl()
            if rng.random() < 0.6:
                w.t("個人番号：").p(_my_number(rng), "MY_NUMBER").nl()
            w.t("連絡先：").p(pt.phone, "PHONE_NUMBER", "本人連絡先")
            pt.used_phone = True
    else:
        w.t("看護記録（放射線部）").nl()
        w.p(fmt_dt(rng, today, h, m, rng.choice([7, 1])), "DATE").t(" ")
        w.t(rng.choice(["MRI造影後", "CT造影終了直後"])).t("、").p(pt.p.fam, "PERSON", "本人").t("さん")
        w.t(
            rng.choice(
                [
                    "より「のどがイガイガする」と訴えあり。",
                    "の顔面〜上肢に発赤・膨疹を確認。",
                    "が気分不快訴え、顔色不良。",
                ]
            )
        )
        w.t("ストレッチャーにて処置室へ。").p(_staff_name(rng, rad), "PERSON", "担当医").t("医師診察、").t(
            rng.choice(["抗ヒスタミン薬投与。", "補液開始、下肢挙上。", "経過観察の指示。"])
        ).nl()
        w.t(
            f"V/S BP{rng.randint(90, 150)}/{rng.randint(50, 90)} P{rng.randint(60, 110)} "
            f"SpO2 {rng.randint(93, 99)}%(RA)"
        ).nl()
        w.t(f"使用造影剤：{cm} {rng.randint(10, 100)}mL（Lot {rng.randint(100000, 999999)}）").nl()
        _history(w, rng, today)
        w.t("付き添いの").t(rng.choice(_REL)).t("（").p(fam.full(rng), "PERSON", "家族").t("さん）へ経過説明。")
        w.t(
            rng.choice(
                ["次回造影時は前投薬を検討、アレルギー欄に登録済み。", "造影剤アレルギーとして電子カルテに登録した。"]
            )
        ).nl()
        w.t("記録：").p(_staff_name(rng, ns), "PERSON", "担当看護師").t(rng.choice([" RN", "", "（放射線部看護師）"]))
        w.t("　ID ").p(pt.pid, "ID").t(" ").p(_age_str(rng, pt.age), "AGE", "成人")


# ---------------------------------------------------------------------------
# style 5: teleradiology report
# ---------------------------------------------------------------------------


def _s_tele(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    crad, dr = Person(rng), Person(rng)
    centre = _reading_centre(rng)
    host = _host(rng)
    req = f"{rng.choice(['TR', 'R', 'REQ-', ''])}{today.year % 100:02d}{rng.randint(0, 999999):06d}"
    v = rng.randrange(3)
    if v in (0, 1):
        w.t(rng.choice(["遠隔画像診断報告書", "画像診断報告書（遠隔読影）", "Teleradiology Report"])).nl()
        w.p(centre, "FACILITY", "読影センター").nl()
        w.t("〒").p(_postal(rng), "POSTAL_CODE", "―").t(" ").p(_address(rng, fake), "ADDRESS", "所在地略").nl()
        w.t("TEL ").p(_phone(rng, False), "PHONE_NUMBER", "代表").t(rng.choice(["　FAX ", " / FAX:"])).p(
            _phone(rng, False), "PHONE_NUMBER", "代表"
        ).nl()
        w.t("-" * rng.randint(20, 40)).nl()
        w.t("依頼施設：").p(_hospital(rng), "FACILITY", "依頼元医療機関").t("　依頼医：").p(
            _staff_name(rng, dr), "PERSON", "依頼医"
        ).t(" 先生").nl()
        w.t("依頼番号：").p(req, "ID").t("　受付No. ").p(str(rng.randint(100000, 999999)), "ID").nl()
        w.t("患者：").p(pt.p.romaji(rng) if v == 1 else pt.p.kana(rng), "PERSON", "本人").t("  患者ID：").p(
            pt.pid, "ID"
        )
        w.t("  ").p(_age_str(rng, pt.age), "AGE", "成人").t(" " + _sex(rng, pt.p.female)).nl()
        w.t("検査：" + rng.choice(["頭部CT 単純", "胸部CT 単純", "腹部骨盤CT 造影", "腰椎MRI", "頭部MRI/MRA"])).t(
            "　撮影日："
        ).p(fmt_date(rng, today), "DATE").nl()
        w.t(
            "臨床情報：" + rng.choice(["転倒後の頭痛", "発熱、咳嗽 3日間", "右下腹部痛", "腰痛 下肢しびれ", "めまい"])
        ).nl()
        _history(w, rng, today)
        w.nl()
        w.t("【所見】").nl()
        w.t(
            rng.choice(
                [
                    "右前頭葉に急性期硬膜下血腫、最大厚7mm。正中偏位なし。",
                    "両下葉背側にすりガラス影、器質化肺炎パターン。",
                    "虫垂腫大（径11mm）、周囲脂肪織濃度上昇、急性虫垂炎。",
                    "L4/5で椎間板ヘルニア、左L5神経根を圧排。",
                    "急性期梗塞なし。左MCA M2に狭窄。",
                ]
            )
        ).nl()
        if rng.random() < 0.5:
            w.t("前回").p(
                fmt_date(rng, today - _dt.timedelta(days=rng.randint(30, 900)), rng.choice([1, 3, 4])), "DATE", "前回"
            ).t("の").p(_hospital(rng), "FACILITY", "前医").t("画像と比較しました。").nl()
        _extra(w, rng)
        w.t("【診断】").t(
            rng.choice(
                ["急性硬膜下血腫", "器質化肺炎疑い", "急性虫垂炎", "L4/5 腰椎椎間板ヘルニア", "明らかな急性期病変なし"]
            )
        ).nl().nl()
        w.t("読影医：").p(crad.full(rng), "PERSON", "読影医").t(rng.choice(["（放射線診断専門医）", " 医師", ""])).nl()
        w.t("報告日時：").p(
            fmt_dt(rng, today + _dt.timedelta(days=rng.choice([0, 0, 1])), *_hm(rng, 9, 23)), "DATE", "同日"
        ).nl()
        w.t("お問い合わせ：").p(
            _email(rng, crad, host) if rng.random() < 0.5 else f"support@{host}", "EMAIL_ADDRESS", "センター窓口"
        ).nl()
        if rng.random() < 0.6:
            w.t("ビューア：").p(f"https://portal.{host}/report/view?req={req}", "URL", "専用ビューア")
    else:
        w.t("【緊急連絡票】").p(centre, "FACILITY", "読影センター").t(" → ").p(
            _hospital(rng), "FACILITY", "依頼元"
        ).nl()
        w.t("送信日時 ").p(fmt_dt(rng, today, *_hm(rng, 18, 23), rng.choice([0, 12])), "DATE").nl()
        w.p(rng.choice(["放射線科", "救急科", "脳神経外科"]), "DEPARTMENT", "担当科").t(" ").p(
            _staff_name(rng, dr), "PERSON", "依頼医"
        ).t(" 先生 御侍史").nl()
        w.t("依頼番号 ").p(req, "ID").t("（").p(pt.p.kana(rng), "PERSON", "本人").t(" 様 ").p(
            f"{pt.age}歳", "AGE", "成人"
        ).t("）の").t(rng.choice(["頭部CT", "胸腹部CT", "CTA"])).t("で")
        w.t(rng.choice(["くも膜下出血", "大動脈解離 Stanford A", "消化管穿孔（free air）", "肺塞栓"])).t(
            "を認めます。至急ご確認ください。"
        ).nl()
        _extra(w, rng)
        w.t("正式報告書は追ってポータルに掲載します。").nl()
        w.t("読影医 ").p(_staff_name(rng, crad), "PERSON", "読影医").t(" より電話連絡済（").p(
            _phone(rng, False), "PHONE_NUMBER", "依頼元代表"
        ).t("、当直").p(Person(rng).fam, "PERSON", "当直医").t("先生が受電）")


# ---------------------------------------------------------------------------
# style 6: addenda and corrections
# ---------------------------------------------------------------------------

_CORR = [
    ("左腎上極に15mm大の低吸収域", "右腎上極に15mm大の低吸収域", "左右の誤記"),
    ("肝S4に早期濃染結節", "肝S8に早期濃染結節", "区域の誤記"),
    ("転移を疑う所見はありません", "第3腰椎に溶骨性転移を疑う所見があります", "見落とし"),
    ("前回と比較して縮小", "前回と比較して増大", "比較対象検査の取り違え"),
    ("径8mm", "径18mm", "計測値の誤記"),
]


def _s_addendum(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    rad, dr, ns = Person(rng), Person(rng), Person(rng)
    dept = rng.choice(_DEPTS)
    orig = today - _dt.timedelta(days=rng.randint(1, 20))
    before, after, why = rng.choice(_CORR)
    v = rng.randrange(3)
    mod = rng.choice(["CT", "MRI", "PET-CT", "単純X線", "CT（造影）"])
    if v == 0:
        w.t(rng.choice(["【訂正報告】", "■訂正報告書", "＊＊ 報告書訂正のお知らせ ＊＊"])).nl()
        w.t("原報告：").p(fmt_date(rng, orig), "DATE", "前回").t(f" {mod}　受付番号 ").p(_acc(rng, orig), "ID").nl()
        w.t("患者：").p(pt.p.full(rng), "PERSON", "本人").t(rng.choice(["様", " 様", ""])).t("　ID：").p(
            _maybe_zen(rng, pt.pid, 0.25), "ID"
        ).t("　")
        w.p(_age_str(rng, pt.age), "AGE", "成人").nl()
        w.t(f"訂正前：「{before}」").nl().t(f"訂正後：「{after}」").nl()
        w.t(f"訂正理由：{why}").nl()
        if rng.random() < 0.6:
            _history(w, rng, today)
        w.t("経緯：").p(fmt_dt(rng, today, *_hm(rng, 9, 17)), "DATE", "本日").t("、").p(
            _staff_name(rng, rad), "PERSON", "読影医"
        )
        w.t(rng.choice(["が", "医師が", "（放射線科）が"])).t(
            rng.choice(["ダブルチェックで", "次回検査読影時に", "依頼医からの問い合わせで"])
        ).t("誤りに気づき、依頼医 ")
        w.p(_staff_name(rng, dr), "PERSON", "主治医").t("先生（").p(dept, "DEPARTMENT").t("）へ電話連絡（PHS ").p(
            str(rng.randint(5000, 8999)), "PHONE_NUMBER", "--"
        ).t("）。")
        if rng.random() < 0.6:
            w.t("不在のため").p(_ward(rng), "FACILITY", "病棟").t("の").p(_staff_name(rng, ns), "PERSON", "担当").t(
                rng.choice(["看護師", "Ns"])
            ).t("に伝言し、")
            w.t(f"{rng.randint(13, 18)}:{rng.randint(0, 59):02d}に折り返しあり内容確認済み。")
        else:
            w.t("先生ご本人と直接お話しし了承を得た。")
        w.nl().t("患者への影響：").t(
            rng.choice(["なし（治療方針に変更なし）", "次回外来で説明予定", "追加検査（MRI）をオーダー済"])
        )
    elif v == 1:
        w.t("ADDENDUM (").p(fmt_date(rng, today, rng.choice([0, 1, 2])), "DATE").t(")").nl()
        w.t("Re: ").p(pt.p.dicom() if rng.random() < 0.5 else pt.p.romaji(rng), "PERSON", "patient").t(" / MRN ").p(
            pt.pid, "ID"
        ).t(" / Acc# ").p(_acc(rng, orig), "ID").nl()
        w.t("Outside images from ").p(_hospital(rng), "FACILITY", "前医").t(" dated ").p(
            fmt_date(rng, orig - _dt.timedelta(days=rng.randint(30, 400)), rng.choice([0, 2, 1])), "DATE", "earlier"
        )
        w.t(" were received on CD and reviewed.").nl()
        w.t(
            rng.choice(["Original report: ", "Prior impression: "])
            + rng.choice(
                ["indeterminate 9 mm nodule, RUL.", "left adrenal nodule, likely adenoma.", "no acute findings."]
            )
        ).nl()
        w.t(
            rng.choice(
                [
                    "The nodule in the RUL is stable over the interval; likely benign.",
                    "The adrenal lesion measured 12 mm previously and is now 21 mm.",
                    "No change to the original impression.",
                ]
            )
        ).nl()
        w.t("Discussed with Dr. ").p(
            dr.romaji(rng) if rng.random() < 0.5 else dr.fam, "PERSON", "the referring physician"
        ).t(" by phone at ").t(f"{rng.randint(9, 18)}:{rng.randint(0, 59):02d}.").nl()
        w.t("-- ").p(rad.romaji(rng), "PERSON", "radiologist").t(", ").p(
            rng.choice(["放射線診断科", "放射線科"]), "DEPARTMENT", "radiology"
        )
    else:
        w.t("追記　").p(fmt_dt(rng, today, *_hm(rng, 8, 20), rng.choice([3, 7, 12])), "DATE").nl()
        w.t("先の報告（").p(fmt_date(rng, orig, rng.choice([7, 11])), "DATE", "前回").t(
            f"、{mod}）に以下を追記します。"
        ).nl()
        _history(w, rng, today)
        _extra(w, rng)
        w.t(
            rng.choice(
                [
                    "撮影範囲内の左乳房に12mm大の結節あり、乳腺精査をお勧めします。",
                    "右副腎に10mm結節、腺腫疑い。",
                    "胸椎Th12に圧迫骨折（新規）。",
                ]
            )
        ).nl()
        w.t("主治医").p(_staff_name(rng, dr), "PERSON", "主治医").t(rng.choice(["先生", "Dr"])).t("には").t(
            rng.choice(["電話で", "メールで", "カンファで"])
        ).t("伝達済。")
        if rng.random() < 0.5:
            w.t("（患者 ").p(pt.p.fam, "PERSON", "本人").t("さん、").p(
                f"{rng.randint(3, 9)}/{rng.randint(1, 28)}", "DATE", "次回"
            ).t("外来予定）")
        w.nl().t("読影医 ").p(_staff_name(rng, rad), "PERSON", "読影医").t("　ID:").p(pt.pid, "ID")


# ---------------------------------------------------------------------------
# style 7: radiation dose management log
# ---------------------------------------------------------------------------

_DOSE_EXAMS = [
    ("頭部単純", 40, 80, 600, 1200),
    ("胸部単純", 3, 12, 100, 450),
    ("胸腹部造影", 8, 18, 500, 1400),
    ("冠動脈CTA", 10, 45, 200, 900),
    ("腹部ダイナミック", 9, 20, 900, 2400),
    ("CTコロノ", 4, 10, 300, 700),
]


def _s_dose(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    unit = rng.choice(["SOMATOM Force (CT1)", "Aquilion ONE (CT2)", "Revolution CT", "IQon Spectral CT"])
    mgr = Person(rng)
    v = rng.randrange(3)
    n = rng.randint(4, 8)
    start = today - _dt.timedelta(days=rng.randint(0, 6))
    w.t(rng.choice(["CT線量管理記録", "被ばく線量管理ログ（CT）", "Dose Log / 週次"])).t("　")
    if v == 2:
        w.p(fmt_date(rng, start, rng.choice([3, 0])), "DATE", "当週").t("〜").p(
            fmt_date(rng, start + _dt.timedelta(days=6), 7), "DATE", "週末"
        )
    else:
        w.t(f"{start.year}年{start.month}月分")
    w.t(f"　装置：{unit}").nl()
    if v == 0:
        w.t("日付\t患者ID\t氏名\t年齢\t検査\tCTDIvol(mGy)\tDLP(mGy·cm)\t担当").nl()
    elif v == 1:
        w.t("date,pid,name,age,exam,CTDIvol,DLP,RT").nl()
    else:
        w.t("No | 日付 | ID | 患者 | 部位 | CTDIvol | DLP").nl()
    flagged = rng.randrange(n)
    rts = [Person(rng) for _ in range(3)]
    flag_info = None
    for i in range(n):
        p = pt if i == flagged else Patient(rng, fake, today)
        d = start + _dt.timedelta(days=rng.randint(0, 6))
        ex, clo, chi, dlo, dhi = rng.choice(_DOSE_EXAMS)
        ctdi = round(rng.uniform(clo, chi * (1.5 if i == flagged else 1.0)), 1)
        dlp = rng.randint(dlo, dhi)
        rtn = rng.choice(rts).fam
        nm = p.p.dicom() if v == 1 else (p.p.full(rng) if rng.random() < 0.6 else p.p.kana(rng))
        if v == 0:
            w.p(fmt_date(rng, d, rng.choice([7, 1])), "DATE").t("\t").p(p.pid, "ID").t("\t").p(nm, "PERSON", "本人").t(
                "\t"
            )
            w.p(f"{p.age}", "AGE", "-").t(f"\t{ex}\t{ctdi}\t{dlp}\t").p(rtn, "PERSON", "担当技師").nl()
        elif v == 1:
            w.p(fmt_date(rng, d, rng.choice([9, 2])), "DATE", "-").t(",").p(p.pid, "ID", "-").t(",").p(
                nm, "PERSON", "-"
            ).t(",")
            w.p(f"{p.age:03d}Y", "AGE", "-").t(f",{ex},{ctdi},{dlp},").p(rtn, "PERSON", "-").nl()
        else:
            w.t(f"{i + 1} | ").p(fmt_date(rng, d, 7), "DATE").t(" | ").p(p.pid, "ID").t(" | ").p(
                nm, "PERSON", "本人"
            ).t(f" | {ex} | {ctdi} | {dlp}").nl()
        if i == flagged:
            flag_info = (d, ex, ctdi, p)
    assert flag_info is not None
    d, ex, ctdi, p = flag_info
    w.nl().t("【DRL超過・要確認】").nl()
    w.p(fmt_date(rng, d, rng.choice([11, 7])), "DATE", "当該日").t(" ID ").p(p.pid, "ID").t(
        f" {ex} CTDIvol {ctdi} mGy："
    )
    w.t(
        rng.choice(
            [
                "体動による再撮影のため",
                "体格大（BMI 34）のため管電流上昇",
                "プロトコル選択誤り（小児用でなく成人用を選択）",
                "造影タイミング不良で追加撮影",
            ]
        )
    ).t("。").nl()
    w.t("確認者：").p(_staff_name(rng, mgr), "PERSON", "線量管理担当").t(
        rng.choice(["（医療放射線安全管理責任者）", "（技師長）", ""])
    )
    w.t(" 確認日 ").p(fmt_date(rng, today, rng.choice([0, 1, 5])), "DATE")
    if rng.random() < 0.4:
        w.nl().t("※ 患者 ").p(p.p.fam, "PERSON", "本人").t("様は").p(_hospital(rng), "FACILITY", "他院").t(
            "でもCT撮影歴あり（紹介状より）"
        )


# ---------------------------------------------------------------------------
# style 8: PACS / RIS incident report
# ---------------------------------------------------------------------------


def _s_incident(w: W, rng: random.Random, fake: Faker, pt: Patient, today: _dt.date) -> None:
    other = Patient(rng, fake, today)
    if rng.random() < 0.6 and not pt.p.foreign and not other.p.foreign:
        other.p.fam, other.p.fam_kana, other.p.fam_rom = pt.p.fam, pt.p.fam_kana, pt.p.fam_rom
    rep, adm, dr, rt2 = Person(rng), Person(rng), Person(rng), Person(rng)
    inc = f"{today.year}-{rng.randint(1, 1500):04d}"
    h, m = _hm(rng, 8, 19)
    v = rng.randrange(3)
    if v == 0:
        w.t("インシデント・アクシデント報告書（画像情報システム）").nl()
        w.t("報告No. ").p(inc, "ID", "（採番前）").t("　影響度レベル：" + rng.choice(["0", "1", "2", "3a"])).nl()
        w.t("発生日時：").p(fmt_dt(rng, today, h, m), "DATE").t("　発見日時：").p(
            fmt_dt(rng, today + _dt.timedelta(days=rng.choice([0, 0, 1])), *_hm(rng, 9, 20)), "DATE", "同日"
        ).nl()
        w.t("発生場所：放射線部 " + rng.choice(["CT2室", "一般撮影3番", "MRI1", "RI室", "読影室"])).nl()
        w.t("報告者：").p(_staff_name(rng, rep), "PERSON", "報告者").t(
            rng.choice(["（診療放射線技師）", "（技師）", " RT"])
        ).nl()
        w.t("患者A（画像の本来の患者）：").p(pt.p.full(rng), "PERSON", "患者A").t("　ID ").p(pt.pid, "ID").t("　").p(
            _age_str(rng, pt.age), "AGE", "成人"
        ).nl()
        w.t("患者B（誤って紐付いた患者）：").p(other.p.full(rng), "PERSON", "患者B").t("　ID ").p(other.pid, "ID").t(
            "　"
        ).p(_age_str(rng, other.age), "AGE", "成人").nl()
        acc = _acc(rng, today)
        w.t("【概要】").nl()
        w.t("患者Aの" + rng.choice(["胸部CT", "腹部単純X線", "頭部MRI", "骨シンチ"]) + "画像が、患者BのオーダーAcc.").p(
            acc, "ID"
        ).t("に紐付いた状態でPACSへ送信された。")
        w.t(
            rng.choice(
                [
                    "同姓で受付時刻も近く、MWLから選択時に取り違えた。",
                    "緊急割込みでワークリストの並びが変わり、1行上を選択した。",
                    "手入力でIDを入力した際に1桁誤入力した。",
                ]
            )
        )
        w.nl().t("【発見の経緯】").nl()
        w.p(rng.choice(_DEPTS), "DEPARTMENT", "依頼科").t("の").p(_staff_name(rng, dr), "PERSON", "主治医").t(
            "医師が外来で画像を表示した際、"
        )
        w.t(
            rng.choice(
                [
                    "性別・体格が異なることに気づいた。",
                    "既往の手術痕がないことに気づいた。",
                    "撮影部位が依頼と異なることに気づいた。",
                ]
            )
        ).nl()
        w.t("【対応】").nl()
        w.t("PACS管理者 ").p(_staff_name(rng, adm), "PERSON", "PACS管理者").t(" が").t(
            f"{rng.randint(10, 20)}:{rng.randint(0, 59):02d}"
        )
        w.t("に画像を非表示とし、正しい検査へ移動（ベンダー保守 ").p(_phone(rng, False), "PHONE_NUMBER", "保守窓口").t(
            " に連絡）。"
        )
        w.t(
            "患者Bの診療への影響なし。患者Aは"
            + rng.choice(["再撮影不要", "翌日再撮影", "報告書未作成のため影響なし"])
            + "。"
        ).nl()
        w.t("【再発防止】撮影前のフルネーム＋生年月日の2点確認徹底、ワークリスト表示にカナ氏名を追加。")
    elif v == 1:
        w.t("ヒヤリハット報告（").t(rng.choice(["患者誤認", "患者取り違え未遂", "受付時の患者確認"])).t("）").nl()
        w.p(fmt_date(rng, today, rng.choice([10, 3, 12])), "DATE").t(f" {h:02d}:{m:02d}頃　").t(
            rng.choice(["一般撮影受付", "CT待合", "MRI前室"])
        ).nl()
        w.t("呼び込み時に「").p(pt.p.fam, "PERSON", "本人").t("さん」と姓のみで呼んだところ、同姓の別患者（").p(
            other.p.full(rng), "PERSON", "別患者"
        ).t("様、")
        w.p(_age_str(rng, other.age), "AGE", "高齢").t("）が返事をし入室。").nl()
        w.t("リストバンド照合で").p(other.pid, "ID").t("≠").p(pt.pid, "ID").t("に気づき撮影前に中止。本来の患者").p(
            pt.p.full(rng), "PERSON", "本人"
        ).t("様（").p(fmt_birth(rng, pt.dob), "DATE", "生年月日略").t("生）を改めて呼び込み実施。").nl()
        w.t(
            "【要因】"
            + rng.choice(["待合が混雑しており、", "検査が押していて焦りがあり、", "難聴のある患者で、"])
            + rng.choice(
                [
                    "フルネームでの確認を省略した。",
                    "患者に名乗ってもらう手順を飛ばした。",
                    "RIS画面の患者情報を確認せずに呼び込んだ。",
                ]
            )
        ).nl()
        w.t("【影響】撮影前に発見、実害なし（レベル0）。").nl()
        w.t("担当：").p(_staff_name(rng, rep), "PERSON", "担当技師").t("、補助 ").p(
            _staff_name(rng, rt2), "PERSON", "担当者"
        ).nl()
        w.t("所属長コメント：").p(_staff_name(rng, adm), "PERSON", "所属長").t(
            "　フルネーム＋生年月日で名乗っていただく手順を再周知。"
        )
        if rng.random() < 0.5:
            w.t("両患者とも").p(_ward(rng), "FACILITY", "同一病棟").t("からの搬送であり、病棟側にも共有（").p(
                _room(rng), "FACILITY", "病室"
            ).t("・").p(_room(rng), "FACILITY", "病室").t("）。")
    else:
        w.t("Subject: [RIS/PACS] 画像誤登録の件（").p(inc, "ID", "番号未採番").t("）").nl()
        w.t("From: ").p(_email(rng, adm, _host(rng)), "EMAIL_ADDRESS", "システム管理").nl()
        w.t("Date: ").p(fmt_dt(rng, today, h, m, 0), "DATE").nl().nl()
        w.p(_staff_name(rng, dr), "PERSON", "関係者").t(" 先生、各位").nl().nl()
        w.t("以下の検査について、モダリティ側で患者情報の取り違えが判明しました。").nl()
        w.t("  誤: ").p(other.p.dicom(), "PERSON", "患者B").t(" / PID ").p(other.pid, "ID").t(" / Acc ").p(
            _acc(rng, today), "ID"
        ).nl()
        w.t("  正: ").p(pt.p.dicom(), "PERSON", "患者A").t(" / PID ").p(pt.pid, "ID").t(" / DOB ").p(
            fmt_date(rng, pt.dob, 9), "DATE", "-"
        ).nl()
        w.t("  Study Date ").p(fmt_date(rng, today, 9), "DATE", "-").t(
            ", " + rng.choice(["CR CHEST PA", "CT ABDOMEN", "MR BRAIN", "US ABD"])
        ).nl()
        w.t("PACS上で分割・再紐付け済みです。既に報告書（読影医 ").p(_staff_name(rng, rep), "PERSON", "読影医").t(
            "）が作成されていたため、報告書も差し替えました。"
        ).nl()
        w.t("ご不明点は内線 ").p(str(rng.randint(2000, 2999)), "PHONE_NUMBER", "--").t(" まで。").nl()
        w.t("医療情報部 ").p(_staff_name(rng, adm), "PERSON", "担当者")


_STYLES = [_s_nuclear, _s_ivr, _s_breast, _s_us, _s_contrast, _s_tele, _s_addendum, _s_dose, _s_incident]
_NO_KNOWN = {7}


def generate_aa(n_phi: int = 60, n_clean: int = 15, seed: int = 18230) -> list[dict]:
    """Generate family AA: n_phi documents with PHI followed by n_clean PHI-free documents."""
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    docs: list[dict] = []
    base = _dt.date(2024, 6, 30)
    for i in range(n_phi + n_clean):
        phi = i < n_phi
        k = i if phi else i - n_phi
        rng = random.Random(seed * 1000 + i)
        style = _STYLES[k % len(_STYLES)]
        today = base - _dt.timedelta(days=rng.randint(0, 900))
        pt = Patient(rng, fake, today, female=True if style is _s_breast else None)
        doc = Doc(f"aa-phi-{k:03d}" if phi else f"aa-clean-{k:03d}")
        w = W(doc, phi, rng)
        si = k % len(_STYLES)
        if si in (0, 1, 2, 3, 4, 6) and rng.random() < 0.6:
            _header(w, rng, fake, today)
        style(w, rng, fake, pt, today)
        if si in (0, 2, 3, 5, 6) and rng.random() < 0.65:
            _footer(w, rng, today)
        known = None
        if phi and si not in _NO_KNOWN and rng.random() < 0.34:
            known = pt.known()
        docs.append(doc.out(known) if known is not None else doc.out())
    return docs
