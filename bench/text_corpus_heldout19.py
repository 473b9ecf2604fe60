"""Blind held-out text corpus, family AB.

Written blind: the author never read the de-identification tool's code, policies,
docs, tests, other bench corpora or the evaluator, and never ran the tool on it.
All data are synthetic (seeded Faker ja_JP plus hand-made lists).

Entry point: ``generate_ab(n_phi=60, n_clean=15, seed=19230)``.  PHI documents
("ab-phi-NNN") cycle through ten styles; PHI-free documents ("ab-clean-NNN")
reuse the same templates with every identifier swapped for a generic phrase
(当院, 主治医, 本人, 家族, 本日, 前医 ...) and carry no spans and no ``known``.

Styles:
  1. psychiatry notes (初診/経過記録, 家族歴, 生活歴, workplace, school,
     police / welfare / 生活保護 involvement, SOAP and prose)
  2. paediatric notes (parents, siblings, nursery/school, 母子手帳,
     vaccination dates, growth lines)
  3. obstetric notes (partner, 予定日, previous deliveries at other clinics,
     妊婦健診 table lines)
  4. dental and oral-surgery notes (tooth notation, referral letters)
  5. ophthalmology notes (VA/IOP lines, surgery booking, contact-lens shop)
  6. dialysis session records (shift, bed number, clinic, transport company
     and driver, vitals table)
  7. emergency triage notes (救急隊, 隊長, 現場住所, bystanders, police)
  8. operative records and anaesthesia records (surgeon, assistants, scrub
     and circulating nurses, times)
  9. discharge summaries / 退院時サマリー from named wards with their nurses
 10. rehabilitation goal-setting conferences (attendees list, goals, care
     manager, day-service)

Labelling choices a scorer should know:
  * PERSON covers the name only; 様/さん/氏/先生/医師/Dr./Ns/看護師/隊長/くん/
    ちゃん stay outside.  Initials ("Y.T.") are labelled only where they stand
    for a person.  Names in romaji, katakana, hiragana and half-width katakana
    are labelled; a "family given" name is one span even with a space inside.
  * AGE spans include the unit ("72歳", "1歳6か月", "8か月", "86y" in
    English-style lines).  All ages are labelled, relatives' ages too.
  * DATE: a date with its clock time is one span ("2024/3/5 14:20");
    a weekday in brackets directly attached, e.g. "4/5(水)", is inside the span.
    Bare clock times (入室 9:05) and durations are not labelled.
  * FACILITY: named hospitals, clinics, pharmacies, schools, nurseries,
    workplaces (company names), care homes, transport companies, fire stations
    and named ambulance teams ("中野救急隊"), named wards ("5階東病棟"),
    room numbers including 号室 ("512号室") and bed labels ("B-12",
    "12番ベッド").
  * DEPARTMENT: bare department names (消化器内科, 眼科 ...) are labelled even
    inside "○○科外来" (only the department part).
  * PHONE_NUMBER: digits only (hyphens/brackets inside kept), also extensions
    and PHS numbers after 内線/PHS.
  * INSURANCE_NUMBER: 保険者番号, 記号 and 番号 are three separate spans.
  * ID: patient IDs, order/accession/specimen/case/registry numbers,
    母子手帳 numbers, 受給者証 numbers, 障害者手帳 numbers.
  * POSTAL_CODE without 〒; ADDRESS from prefecture or city down to building;
    a bare city (母子手帳 issuing city, place of birth "県+市", relative's
    city of residence) is labelled ADDRESS.
  * Not labelled: operating-theatre numbers (OR3), bare clock times
    (入室 9:05, 覚知 13:14), years alone ("2019年～"), durations, Lot numbers,
    drug names, staging, tooth numbers (#38), eponyms (川崎病).
  * Names of staff given as initials in addenda ("T.K.") are PERSON.
  * ``known`` is attached to roughly 30% of PHI documents (random per doc).
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------
# name pools
# ---------------------------------------------------------------------------

# (kanji, katakana, romaji)
_SURNAMES: list[tuple[str, str, str]] = [
    ("佐藤", "サトウ", "Sato"),
    ("渡邉", "ワタナベ", "Watanabe"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("堀", "ホリ", "Hori"),
    ("泉", "イズミ", "Izumi"),
    ("原", "ハラ", "Hara"),
    ("関", "セキ", "Seki"),
    ("千葉", "チバ", "Chiba"),
    ("長野", "ナガノ", "Nagano"),
    ("福島", "フクシマ", "Fukushima"),
    ("熊本", "クマモト", "Kumamoto"),
    ("岡山", "オカヤマ", "Okayama"),
    ("秋田", "アキタ", "Akita"),
    ("大和", "ヤマト", "Yamato"),
    ("春日", "カスガ", "Kasuga"),
    ("日高", "ヒダカ", "Hidaka"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("百瀬", "モモセ", "Momose"),
    ("一ノ瀬", "イチノセ", "Ichinose"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("釘宮", "クギミヤ", "Kugimiya"),
    ("仲村渠", "ナカンダカリ", "Nakandakari"),
    ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"),
    ("米田", "ヨネダ", "Yoneda"),
    ("石川", "イシカワ", "Ishikawa"),
    ("宮崎", "ミヤザキ", "Miyazaki"),
    ("安達", "アダチ", "Adachi"),
    ("猪股", "イノマタ", "Inomata"),
    ("鬼塚", "オニツカ", "Onitsuka"),
    ("桜井", "サクライ", "Sakurai"),
    ("風間", "カザマ", "Kazama"),
    ("雨宮", "アメミヤ", "Amemiya"),
    ("今", "コン", "Kon"),
    ("上", "カミ", "Kami"),
    ("菅", "スガ", "Suga"),
    ("門", "カド", "Kado"),
    ("星", "ホシ", "Hoshi"),
    ("白鳥", "シラトリ", "Shiratori"),
    ("黒木", "クロキ", "Kuroki"),
    ("海老原", "エビハラ", "Ebihara"),
    ("馬場", "ババ", "Baba"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("鈴木", "スズキ", "Suzuki"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"),
]

_GIVEN_M: list[tuple[str, str, str]] = [
    ("太郎", "タロウ", "Taro"),
    ("翔", "ショウ", "Sho"),
    ("大翔", "ヒロト", "Hiroto"),
    ("蓮", "レン", "Ren"),
    ("健一", "ケンイチ", "Kenichi"),
    ("誠", "マコト", "Makoto"),
    ("勇", "イサム", "Isamu"),
    ("昭二", "ショウジ", "Shoji"),
    ("清", "キヨシ", "Kiyoshi"),
    ("正和", "マサカズ", "Masakazu"),
    ("悠真", "ユウマ", "Yuma"),
    ("湊", "ミナト", "Minato"),
    ("拓海", "タクミ", "Takumi"),
    ("修", "オサム", "Osamu"),
    ("光太郎", "コウタロウ", "Kotaro"),
    ("晴", "ハル", "Haru"),
    ("浩之", "ヒロユキ", "Hiroyuki"),
    ("武", "タケシ", "Takeshi"),
    ("一", "ハジメ", "Hajime"),
    ("陽向", "ヒナタ", "Hinata"),
]

_GIVEN_F: list[tuple[str, str, str]] = [
    ("花子", "ハナコ", "Hanako"),
    ("陽菜", "ヒナ", "Hina"),
    ("結衣", "ユイ", "Yui"),
    ("さくら", "サクラ", "Sakura"),
    ("美咲", "ミサキ", "Misaki"),
    ("恵", "メグミ", "Megumi"),
    ("千代子", "チヨコ", "Chiyoko"),
    ("ハル", "ハル", "Haru"),
    ("トメ", "トメ", "Tome"),
    ("和子", "カズコ", "Kazuko"),
    ("由美", "ユミ", "Yumi"),
    ("葵", "アオイ", "Aoi"),
    ("凛", "リン", "Rin"),
    ("芽依", "メイ", "Mei"),
    ("彩", "アヤ", "Aya"),
    ("真由美", "マユミ", "Mayumi"),
    ("静香", "シズカ", "Shizuka"),
    ("みどり", "ミドリ", "Midori"),
    ("瑞穂", "ミズホ", "Mizuho"),
    ("紬", "ツムギ", "Tsumugi"),
]

# foreign residents: (display, katakana, romaji_family, romaji_given, family, given)
_FOREIGN: list[dict[str, str]] = [
    {
        "family": "グエン",
        "given": "ヴァン・アン",
        "fk": "グエン",
        "gk": "ヴァンアン",
        "fr": "Nguyen",
        "gr": "Van An",
        "sex": "M",
    },
    {
        "family": "チャン",
        "given": "ティ・ホア",
        "fk": "チャン",
        "gk": "ティホア",
        "fr": "Tran",
        "gr": "Thi Hoa",
        "sex": "F",
    },
    {"family": "王", "given": "偉", "fk": "ワン", "gk": "ウェイ", "fr": "Wang", "gr": "Wei", "sex": "M"},
    {"family": "李", "given": "明華", "fk": "リ", "gk": "ミンファ", "fr": "Li", "gr": "Minghua", "sex": "F"},
    {
        "family": "サントス",
        "given": "マリア",
        "fk": "サントス",
        "gk": "マリア",
        "fr": "Santos",
        "gr": "Maria",
        "sex": "F",
    },
    {
        "family": "シルバ",
        "given": "ルーカス",
        "fk": "シルバ",
        "gk": "ルーカス",
        "fr": "Silva",
        "gr": "Lucas",
        "sex": "M",
    },
    {"family": "金", "given": "秀妍", "fk": "キム", "gk": "スヨン", "fr": "Kim", "gr": "Suyeon", "sex": "F"},
    {
        "family": "シャルマ",
        "given": "ラジェシュ",
        "fk": "シャルマ",
        "gk": "ラジェシュ",
        "fr": "Sharma",
        "gr": "Rajesh",
        "sex": "M",
    },
    {
        "family": "ブラウン",
        "given": "エミリー",
        "fk": "ブラウン",
        "gk": "エミリー",
        "fr": "Brown",
        "gr": "Emily",
        "sex": "F",
    },
]

_HIRA_OFFSET = ord("ぁ") - ord("ァ")


def _hira(s: str) -> str:
    return "".join(chr(ord(c) + _HIRA_OFFSET) if "ァ" <= c <= "ヶ" else c for c in s)


def _build_hw_map() -> dict[str, str]:
    m: dict[str, str] = {}
    for cp in range(0xFF61, 0xFFA0):
        h = chr(cp)
        f = unicodedata.normalize("NFKC", h)
        if len(f) == 1 and f not in m:
            m[f] = h
        for mark in ("ﾞ", "ﾟ"):
            comp = unicodedata.normalize("NFKC", h + mark)
            if len(comp) == 1 and comp not in m:
                m[comp] = h + mark
    m["ー"] = "ｰ"
    m["・"] = "･"
    m["　"] = " "
    return m


_HW = _build_hw_map()


def _hwkana(s: str) -> str:
    return "".join(_HW.get(c, c) for c in s)


_FW_TABLE = str.maketrans("0123456789-/:()", "０１２３４５６７８９－／：（）")


def _fw(s: str) -> str:
    return s.translate(_FW_TABLE)


_KANJI_NUM = "〇一二三四五六七八九"


def _kn(n: int, positional: bool = False) -> str:
    """Kanji numerals: positional (二〇二四) or counting (二十四)."""
    if positional:
        return "".join(_KANJI_NUM[int(c)] for c in str(n))
    if n < 10:
        return _KANJI_NUM[n] if n else "〇"
    tens, ones = divmod(n, 10)
    out = ("" if tens == 1 else _KANJI_NUM[tens]) + "十"
    return out + (_KANJI_NUM[ones] if ones else "")


_WD = "月火水木金土日"


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------


def _person(
    rng: random.Random, fake: Faker, sex: str | None = None, foreign: float = 0.08, family: dict[str, str] | None = None
) -> dict[str, str]:
    """A synthetic person.  ``family`` reuses the surname of a relative."""
    sex = sex or rng.choice("MF")
    if family is None and rng.random() < foreign:
        cands = [f for f in _FOREIGN if f["sex"] == sex] or _FOREIGN
        p = dict(rng.choice(cands))
        p["foreign"] = "1"
        return p
    if family is not None and family.get("foreign"):
        cands = [f for f in _FOREIGN if f["sex"] == sex] or _FOREIGN
        q = dict(rng.choice(cands))
        q.update(family=family["family"], fk=family["fk"], fr=family["fr"], sex=sex, foreign="1")
        return q
    if family is not None:
        fam = (family["family"], family["fk"], family["fr"])
    elif rng.random() < 0.6:
        fam = rng.choice(_SURNAMES)
    else:
        fam = fake.last_name_pair()
    if rng.random() < 0.6:
        giv = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
    else:
        giv = fake.first_name_male_pair() if sex == "M" else fake.first_name_female_pair()
    return {
        "family": fam[0],
        "fk": fam[1],
        "fr": fam[2],
        "given": giv[0],
        "gk": giv[1],
        "gr": giv[2],
        "sex": sex,
        "foreign": family.get("foreign", "") if family else "",
    }


def _name_form(rng: random.Random, p: dict[str, str], form: str | None = None) -> str:
    forms = ["full", "full", "full", "family", "kata", "romaji"]
    form = form or rng.choice(forms)
    foreign = bool(p.get("foreign"))
    if form == "full":
        if foreign and p["family"][0] >= "ァ" and p["family"][0] <= "ヶ":
            return p["family"] + rng.choice(["・", " ", "　"]) + p["given"]
        return p["family"] + rng.choice(["", " ", "　", " "]) + p["given"]
    if form == "family":
        return p["family"]
    if form == "given":
        return p["given"]
    if form == "kata":
        return p["fk"] + rng.choice([" ", "　", "・" if foreign else " "]) + p["gk"]
    if form == "hira":
        if foreign:
            return p["fk"] + " " + p["gk"]
        return _hira(p["fk"]) + rng.choice([" ", "　", ""]) + _hira(p["gk"])
    if form == "hw":
        return _hwkana(p["fk"]) + " " + _hwkana(p["gk"])
    if form == "fkata":
        return p["fk"]
    if form == "romaji":
        r = rng.random()
        if r < 0.35:
            return f"{p['gr']} {p['fr']}"
        if r < 0.7:
            return f"{p['fr'].upper()} {p['gr']}"
        if r < 0.85:
            return f"{p['fr'].upper()} {p['gr'].upper()}"
        return f"{p['fr']}, {p['gr']}"
    if form == "rfamily":
        return p["fr"]
    if form == "initials":
        g, f = p["gr"][0], p["fr"][0]
        return rng.choice([f"{g}.{f}.", f"{f}.{g}.", f"{f}{g}"])
    raise ValueError(form)


def _known(
    p: dict[str, str],
    ids: list[str],
    birth: _dt.date | None,
    addresses: list[str],
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
                "family_romaji": p["fr"],
                "given_romaji": p["gr"],
            }
        ],
        "ids": list(ids),
        "birth_date": birth.isoformat() if birth else None,
        "addresses": list(addresses),
        "phones": list(phones),
        "emails": list(emails or []),
    }


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------


def _era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


def _fmt_date(
    rng: random.Random, d: _dt.date, style: str | None = None, wd: bool | None = None, tm: str | None = None
) -> str:
    style = style or rng.choice(
        ["slash", "slash", "slash0", "iso", "kanji", "kanji", "wareki", "R", "md", "mdj", "dot", "kn"]
    )
    e, ea, ey = _era(d)
    if style == "slash":
        s = f"{d.year}/{d.month}/{d.day}"
    elif style == "slash0":
        s = f"{d.year}/{d.month:02d}/{d.day:02d}"
    elif style == "iso":
        s = d.isoformat()
    elif style == "kanji":
        s = f"{d.year}年{d.month}月{d.day}日"
    elif style == "wareki":
        y = "元" if ey == 1 and rng.random() < 0.5 else str(ey)
        s = f"{e}{y}年{d.month}月{d.day}日"
    elif style == "R":
        s = f"{ea}{ey}.{d.month}.{d.day}" if rng.random() < 0.7 else f"{ea}{ey}/{d.month:02d}/{d.day:02d}"
    elif style == "md":
        s = f"{d.month}/{d.day}"
    elif style == "mdj":
        s = f"{d.month}月{d.day}日"
    elif style == "dot":
        s = f"{d.year}.{d.month:02d}.{d.day:02d}"
    elif style == "kn":
        if rng.random() < 0.5:
            s = f"{e}{_kn(ey)}年{_kn(d.month)}月{_kn(d.day)}日"
        else:
            s = f"{_kn(d.year, True)}年{_kn(d.month)}月{_kn(d.day)}日"
    elif style == "short":
        s = f"{d.year % 100:02d}/{d.month:02d}/{d.day:02d}"
    else:
        raise ValueError(style)
    if wd is None:
        wd = rng.random() < 0.2
    if wd:
        s += rng.choice(["(", "（"]) + _WD[d.weekday()] + rng.choice([")", "）"])
    if tm:
        s += rng.choice([" ", "　", " "]) + tm
    if rng.random() < 0.08:
        s = _fw(s)
    return s


def _time(rng: random.Random, h0: int = 0, h1: int = 23) -> str:
    return f"{rng.randint(h0, h1)}:{rng.randint(0, 59):02d}"


def _rand_date(rng: random.Random, y0: int, y1: int) -> _dt.date:
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(a, b))


def _age_at(birth: _dt.date, on: _dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------
# numbers, places, facilities
# ---------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _pid(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return _digits(rng, 8)
    if r < 0.6:
        return "000" + _digits(rng, 6)
    if r < 0.8:
        return _digits(rng, 10)
    return f"{rng.randint(1, 9)}{_digits(rng, 6)}"


def _phone(rng: random.Random, mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = rng.random() < 0.45
    if mobile:
        s = f"{rng.choice(['090', '080', '070'])}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    else:
        area = rng.choice(["03", "06", "045", "052", "011", "092", "0422", "0276", "0997", "048", "0155"])
        rest = 10 - len(area)
        mid = 4 if len(area) == 2 else (3 if len(area) == 3 else 2)
        s = f"{area}-{_digits(rng, mid)}-{_digits(rng, rest - mid)}"
        if rng.random() < 0.12:
            a, b, c = s.split("-")
            s = f"{a}({b}){c}"
    r = rng.random()
    if r < 0.1:
        s = s.replace("-", "")
    elif r < 0.18:
        s = _fw(s)
    return s


def _postal(rng: random.Random) -> str:
    s = f"{_digits(rng, 3)}-{_digits(rng, 4)}"
    if rng.random() < 0.15:
        s = _fw(s)
    return s


def _address(rng: random.Random, fake: Faker, level: str | None = None) -> str:
    level = level or rng.choice(["full", "full", "full", "town", "city", "nopref"])
    pref, city, town = fake.prefecture(), fake.city(), fake.town()
    if level == "city":
        return pref + city
    if level == "town":
        return pref + city + town
    c, b, g = rng.randint(1, 7), rng.randint(1, 30), rng.randint(1, 25)
    r = rng.random()
    if r < 0.35:
        num = f"{c}丁目{b}番{g}号"
    elif r < 0.6:
        num = f"{c}-{b}-{g}"
    elif r < 0.75:
        num = _fw(f"{c}-{b}-{g}")
    elif r < 0.85:
        num = f"{_kn(c)}丁目{b}-{g}"
    else:
        num = f"{rng.randint(100, 2999)}番地" + (f"{rng.randint(1, 9)}" if rng.random() < 0.5 else "")
    s = (pref if level == "full" else "") + city + town + num
    if rng.random() < 0.4:
        s += rng.choice([" ", "　", ""]) + fake.building_name() + f"{rng.randint(1, 9)}0{rng.randint(1, 9)}"
        if rng.random() < 0.4:
            s += "号室"
    return s


_PLACE = [
    "さくら",
    "あおば",
    "城南",
    "東雲",
    "みなと",
    "若葉",
    "北斗",
    "緑ヶ丘",
    "桜台",
    "朝日",
    "白百合",
    "聖ヨハネ",
    "湘北",
    "千草",
    "ひかり",
    "つばさ",
    "かもめ",
    "山手",
    "川辺",
    "西の丘",
    "すずらん",
    "あけぼの",
    "葛西",
    "大濠",
    "鶴見",
    "星ヶ丘",
    "柏木",
    "二子",
    "浜風",
    "鷹の台",
]


def _hospital(rng: random.Random, fake: Faker) -> str:
    r = rng.random()
    pl = rng.choice(_PLACE)
    if r < 0.4:
        return pl + rng.choice(["総合病院", "記念病院", "中央病院", "病院", "医療センター", "協立病院"])
    if r < 0.6:
        return fake.city().rstrip("市区町村") + rng.choice(["市民病院", "市立病院", "赤十字病院", "労災病院"])
    if r < 0.8:
        return rng.choice(_SURNAMES)[0] + rng.choice(
            ["内科クリニック", "医院", "整形外科", "メンタルクリニック", "内科医院"]
        )
    return "医療法人" + rng.choice(["社団", "財団"]) + pl + "会 " + pl + rng.choice(["病院", "クリニック"])


def _clinic(rng: random.Random, kind: str) -> str:
    pl = rng.choice(_PLACE + [s[0] for s in _SURNAMES[:30]])
    table = {
        "ob": ["レディースクリニック", "産婦人科医院", "産婦人科", "マタニティクリニック", "助産院"],
        "dent": ["歯科医院", "歯科クリニック", "デンタルオフィス", "歯科"],
        "eye": ["眼科", "眼科クリニック", "アイクリニック", "眼科医院"],
        "dial": ["透析クリニック", "腎クリニック", "クリニック（透析センター）", "じんクリニック"],
        "ped": ["こどもクリニック", "小児科医院", "キッズクリニック", "小児科"],
        "pharm": ["薬局", "調剤薬局", "ファーマシー"],
        "psy": ["メンタルクリニック", "こころのクリニック", "心療内科", "精神科病院"],
        "rehab": ["リハビリテーション病院", "回復期リハビリテーション病院", "整形外科クリニック"],
    }
    s = pl + rng.choice(table[kind])
    if kind == "pharm" and rng.random() < 0.5:
        s = rng.choice(["あおい", "そうごう", "ひまわり", "ココロ"]) + "薬局 " + rng.choice(_PLACE) + "店"
    return s


def _school(rng: random.Random, fake: Faker, kind: str) -> str:
    base = fake.town() if rng.random() < 0.5 else rng.choice(_PLACE)
    if kind == "nursery":
        return base + rng.choice(["保育園", "保育所", "こども園", "幼稚園", "第二保育園"])
    if kind == "elem":
        return rng.choice(["", "市立", "区立"]) + base + "小学校"
    if kind == "jhs":
        return rng.choice(["", "市立", "私立"]) + base + "中学校"
    if kind == "hs":
        return rng.choice(["県立", "都立", "私立"]) + base + rng.choice(["高校", "高等学校", "工業高校"])
    return base + rng.choice(["大学", "専門学校", "看護専門学校"])


def _care(rng: random.Random, kind: str) -> str:
    pl = rng.choice(_PLACE)
    table = {
        "home": [
            f"特別養護老人ホーム{pl}の里",
            f"介護老人保健施設{pl}",
            f"グループホーム{pl}",
            f"サービス付き高齢者向け住宅{pl}",
            f"有料老人ホーム{pl}苑",
        ],
        "cm": [f"{pl}ケアプランセンター", f"居宅介護支援事業所{pl}", f"{pl}地域包括支援センター"],
        "vn": [f"{pl}訪問看護ステーション", f"訪問看護ステーション{pl}"],
        "day": [f"デイサービス{pl}", f"{pl}デイケアセンター", f"{pl}通所リハビリ"],
        "taxi": [f"{pl}介護タクシー", f"有限会社{pl}交通", f"{pl}ケア移送サービス", f"(有){pl}福祉タクシー"],
    }
    return rng.choice(table[kind])


def _ward(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{rng.randint(3, 11)}階{rng.choice(['東', '西', '南', '北'])}病棟"
    if r < 0.6:
        return f"{rng.choice(['東', '西', '南', '北'])}{rng.randint(2, 9)}病棟"
    if r < 0.8:
        return f"{rng.randint(3, 9)}{rng.choice('ABC')}病棟"
    return f"{rng.randint(3, 9)}階{rng.choice(['東', '西'])}"


def _room(rng: random.Random) -> str:
    s = f"{rng.randint(3, 10)}{rng.randint(0, 3)}{rng.randint(1, 9)}"
    return s + rng.choice(["号室", "号室", "号", ""]) if rng.random() < 0.9 else s + "号室"


_DEPTS = [
    "消化器内科",
    "循環器内科",
    "呼吸器内科",
    "腎臓内科",
    "糖尿病内分泌内科",
    "脳神経内科",
    "総合診療科",
    "整形外科",
    "脳神経外科",
    "消化器外科",
    "心臓血管外科",
    "泌尿器科",
    "皮膚科",
    "耳鼻咽喉科",
    "形成外科",
]

_GENERIC = {
    "PERSON": "本人",
    "ID": "（院内番号）",
    "DATE": "本日",
    "AGE": "成人",
    "PHONE_NUMBER": "（代表番号）",
    "ADDRESS": "自宅",
    "POSTAL_CODE": "（省略）",
    "FACILITY": "当院",
    "DEPARTMENT": "当科",
    "EMAIL_ADDRESS": "（登録済み）",
    "URL": "（施設ホームページ）",
    "MY_NUMBER": "（確認済み）",
    "INSURANCE_NUMBER": "（確認済み）",
}

_SLOT = __import__("re").compile(r"\{(\w+)\}")


class _W:
    """Writer: wraps Doc; in clean mode identifiers become generic phrases."""

    def __init__(self, did: str, rng: random.Random, fake: Faker, clean: bool) -> None:
        self.d = Doc(did)
        self.rng = rng
        self.fake = fake
        self.clean = clean
        self.known: dict[str, Any] | None = None

    # --- emission -------------------------------------------------------
    def t(self, s: str) -> _W:
        if s:
            self.d.t(s)
            self._last = s
        return self

    def p(self, s: str, kind: str, alt: str | None = None) -> _W:
        if self.clean:
            alt = _GENERIC[kind] if alt is None else alt
            last = getattr(self, "_last", "").rstrip(" 　")
            if kind == "PERSON" and alt and last.rstrip("：:").endswith(alt):
                if last.endswith(("：", ":")):
                    self.t("（略）")
                return self
            self.t(alt)
        else:
            self.d.p(s, kind)
        return self

    def f(self, tpl: str, **kw: Any) -> _W:
        pos = 0
        for m in _SLOT.finditer(tpl):
            self.t(tpl[pos : m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.p(*v)
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, tuple):
                        self.p(*x)
                    else:
                        self.t(x)
            else:
                self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:])
        return self

    # --- value builders (text, kind, alt) -------------------------------
    def nm(self, person: dict[str, str], form: str | None = None, alt: str = "本人") -> tuple[str, str, str]:
        return (_name_form(self.rng, person, form), "PERSON", alt)

    def dt(
        self, d: _dt.date, alt: str = "本日", style: str | None = None, wd: bool | None = None, tm: str | None = None
    ) -> tuple[str, str, str]:
        return (_fmt_date(self.rng, d, style, wd, tm), "DATE", alt)

    def ag(self, n: int, alt: str = "成人", unit: str = "歳") -> tuple[str, str, str]:
        s = f"{n}{unit}"
        if self.rng.random() < 0.07:
            s = _fw(f"{n}") + unit
        return (s, "AGE", alt)

    def ident(self, s: str, alt: str = "（番号省略）") -> tuple[str, str, str]:
        return (s, "ID", alt)

    def tel(self, s: str, alt: str = "（代表番号）") -> tuple[str, str, str]:
        return (s, "PHONE_NUMBER", alt)

    def fac(self, s: str, alt: str = "当院") -> tuple[str, str, str]:
        return (s, "FACILITY", alt)

    def dep(self, s: str, alt: str = "当科") -> tuple[str, str, str]:
        return (s, "DEPARTMENT", alt)

    def adr(self, s: str, alt: str = "自宅") -> tuple[str, str, str]:
        return (s, "ADDRESS", alt)

    def zp(self, s: str, alt: str = "（省略）") -> tuple[str, str, str]:
        return (s, "POSTAL_CODE", alt)

    def ins(self) -> _W:
        rng = self.rng
        g = "（確認済み）"
        ins = f"{rng.choice(['06', '39', '01', '67', '31', '138'])}{_digits(rng, 6)}"
        kg = rng.choice(
            [
                f"{_digits(rng, 3)}・{_digits(rng, 3)}",
                _digits(rng, 4),
                f"{rng.choice('あきとみ')}{_digits(rng, 2)}",
                f"{_digits(rng, 2)}-{_digits(rng, 3)}",
            ]
        )
        lab = rng.choice(
            [
                ("保険者番号 ", "　記号 ", "　番号 "),
                ("保険者No.", " 記号:", " 番号:"),
                ("保険者番号：", " 記号・番号：", "・"),
            ]
        )
        return self.f(
            "{a}{x}{b}{y}{c}{z}",
            a=lab[0],
            b=lab[1],
            c=lab[2],
            x=(ins, "INSURANCE_NUMBER", g),
            y=(kg, "INSURANCE_NUMBER", g),
            z=(str(rng.randint(1, 999)), "INSURANCE_NUMBER", g),
        )

    def mynum(self) -> tuple[str, str, str]:
        mn = _digits(self.rng, 12)
        if self.rng.random() < 0.35:
            mn = f"{mn[:4]} {mn[4:8]} {mn[8:]}" if self.rng.random() < 0.6 else f"{mn[:4]}-{mn[4:8]}-{mn[8:]}"
        return (mn, "MY_NUMBER", "（確認済み）")

    def url(self, base: str) -> tuple[str, str, str]:
        rng = self.rng
        dom = (
            rng.choice(["", "www."])
            + base
            + rng.choice(["-clinic", "-hp", "", "-kai"])
            + rng.choice([".jp", ".or.jp", ".com", ".net"])
        )
        return (
            rng.choice(["https://", "http://", ""]) + dom + rng.choice(["/", "", "/access/", "/recruit"]),
            "URL",
            "（ホームページ）",
        )

    def sp(self) -> str:
        return self.rng.choice([" ", "  ", "　", "", " "])

    def nl(self) -> str:
        return self.rng.choice(["\n", "\n", "\n", "\r\n", "\n\n"])

    # --- patient --------------------------------------------------------
    def patient(
        self, a0: int, a1: int, sex: str | None = None, today: _dt.date | None = None, foreign: float = 0.08
    ) -> dict[str, Any]:
        rng = self.rng
        today = today or _rand_date(rng, 2021, 2025)
        age = rng.randint(a0, a1)
        birth = today - _dt.timedelta(days=int(age * 365.25) + rng.randint(1, 360))
        p = _person(rng, self.fake, sex, foreign)
        info = {
            "p": p,
            "birth": birth,
            "age": _age_at(birth, today),
            "today": today,
            "pid": _pid(rng),
            "addr": _address(rng, self.fake),
            "zip": _postal(rng),
            "tel": _phone(rng),
            "sex": "男性" if p["sex"] == "M" else "女性",
            "sx": p["sex"],
        }
        self.pt = info
        return info

    def set_known(
        self, extra_ids: list[str] | None = None, addr: bool = True, tel: bool = True, emails: list[str] | None = None
    ) -> None:
        i = self.pt
        self.known = _known(
            i["p"],
            [i["pid"], *(extra_ids or [])],
            i["birth"],
            [i["addr"]] if addr else [],
            [i["tel"]] if tel else [],
            emails,
        )

    def out(self, attach: bool) -> dict[str, Any]:
        if self.clean or not attach or self.known is None:
            return self.d.out()
        return self.d.out(self.known)


def _days(d: _dt.date, n: int) -> _dt.date:
    return d + _dt.timedelta(days=n)


# ---------------------------------------------------------------------------
# style 1: psychiatry
# ---------------------------------------------------------------------------

_JOBS = ["営業職", "SE", "介護職員", "倉庫作業", "経理事務", "看護師", "教員", "配送ドライバー", "調理師", "派遣社員"]
_CC = [
    "眠れない、会社に行けない",
    "死にたい気持ちが消えない",
    "誰かに見張られている",
    "気分の波が激しい",
    "手洗いがやめられない",
    "お酒がやめられない",
    "学校に行けない",
]


def _s_psych(w: _W) -> None:
    rng, fk = w.rng, w.fake
    tpl = rng.randrange(3)
    if tpl == 0:
        i = w.patient(19, 68)
        p, d0 = i["p"], i["today"]
        father, mother = _person(rng, fk, "M", family=p), _person(rng, fk, "F")
        boss, refdr = _person(rng, fk), _person(rng, fk)
        ref = _clinic(rng, "psy")
        w.f("精神科初診記録{sp}{d0}{nl}", sp=w.sp(), d0=w.dt(d0), nl=w.nl())
        w.f(
            "氏名：{pt}（{ptk}）　{age}　{sex}{nl}",
            pt=w.nm(p, "full"),
            ptk=w.nm(p, "kata", alt="—"),
            age=w.ag(i["age"]),
            sex=i["sex"],
            nl=w.nl(),
        )
        w.f("ID：{pid}　生年月日：{dob}{nl}", pid=w.ident(i["pid"]), dob=w.dt(i["birth"], alt="（省略）"), nl=w.nl())
        w.f(
            "紹介元：{ref}　{dr}先生{nl}",
            ref=w.fac(ref, "近医"),
            dr=w.nm(refdr, rng.choice(["full", "family"]), "主治医"),
            nl=w.nl(),
        )
        w.f("主訴：「{cc}」{nl}", cc=rng.choice(_CC), nl=w.nl())
        work = fk.company()
        w.f(
            "現病歴：{d1}頃より、勤務先の{work}（{job}）で上司{boss}氏との関係が悪化し不眠、食欲低下が出現。",
            d1=w.dt(_days(d0, -rng.randint(60, 400)), "昨年", style=rng.choice(["kanji", "wareki", "slash"])),
            work=w.fac(work, "職場"),
            job=rng.choice(_JOBS),
            boss=w.nm(boss, "family", "上司"),
        )
        w.f(
            "{d2}に{ref}を受診しSSRI開始されたが改善乏しく、当科紹介となった。",
            d2=w.dt(_days(d0, -rng.randint(20, 59)), "前月"),
            ref=w.fac(ref, "前医"),
        )
        if rng.random() < 0.6:
            hosp = _hospital(rng, fk)
            w.f(
                "{nl}なお{d3}、自宅（{addr}）で処方薬を大量服薬し{hosp}へ救急搬送された既往あり。",
                nl=w.nl(),
                d3=w.dt(_days(d0, -rng.randint(5, 19)), "先日"),
                addr=w.adr(i["addr"]),
                hosp=w.fac(hosp, "救急病院"),
            )
        w.t(w.nl())
        w.f(
            "家族歴：父 {fa}（{fage}）はアルコール使用障害で{fh}に入院歴あり。母 {mo}は{d4}に{cause}で死去。",
            fa=w.nm(father, rng.choice(["full", "given"]), "父"),
            fage=w.ag(i["age"] + rng.randint(24, 36), "高齢"),
            fh=w.fac(_clinic(rng, "psy"), "精神科病院"),
            mo=w.nm(mother, "full", "母"),
            d4=w.dt(_rand_date(rng, 2005, 2020), "数年前", style=rng.choice(["wareki", "R", "kanji"])),
            cause=rng.choice(["乳癌", "脳出血", "自死", "心筋梗塞"]),
        )
        if rng.random() < 0.6:
            sib = _person(rng, fk, family=p)
            w.f(
                "同胞2名中第{k}子、{rel}{sib}は{city}在住で疎遠。",
                k=rng.choice("12"),
                rel=rng.choice(["弟", "姉", "兄", "妹"]),
                sib=w.nm(sib, "given", "同胞"),
                city=w.adr(fk.prefecture() + fk.city(), "県外"),
            )
        w.t(w.nl())
        w.f(
            "生活歴：{bp}出身。{sch}卒業後、{job2}を経て現職。",
            bp=w.adr(fk.prefecture() + fk.city(), "地方"),
            sch=w.fac(_school(rng, fk, rng.choice(["hs", "univ"])), "高校"),
            job2=rng.choice(["アルバイト", "飲食店勤務", "自衛隊"]),
        )
        if rng.random() < 0.5:
            sp_ = _person(rng, fk, "F" if p["sex"] == "M" else "M", family=p)
            w.f(
                "{addr}で{rel}{sp}と二人暮らし。",
                addr=w.adr(_address(rng, fk, "town"), "市内"),
                rel="妻" if p["sex"] == "M" else "夫",
                sp=w.nm(sp_, "given", "配偶者"),
            )
        else:
            w.t("単身生活。")
        w.t(w.nl())
        w.f(
            "嗜好：飲酒 {a}、喫煙 {s}{nl}",
            a=rng.choice(["機会飲酒", "ビール350ml×3/日", "焼酎2合/日", "なし"]),
            s=rng.choice(["20本/日×15年", "なし", "過去喫煙"]),
            nl=w.nl(),
        )
        r = rng.random()
        if r < 0.5:
            off = _person(rng, fk)
            ps = fk.city().rstrip("市区町村") + "警察署"
            w.f(
                "【警察対応】{d5}、{ps}生活安全課の{off}氏より照会あり（TEL {tel}）。路上で大声をあげ保護された件。",
                d5=w.dt(_days(d0, -rng.randint(1, 6)), "先日", tm=_time(rng) if rng.random() < 0.4 else None),
                ps=w.fac(ps, "警察"),
                off=w.nm(off, rng.choice(["family", "full"]), "担当者"),
                tel=w.tel(_phone(rng, False), "（警察代表）"),
            )
        else:
            cw = _person(rng, fk)
            welf = fk.city() + "福祉事務所"
            w.f(
                "【福祉】生活保護受給中。{welf} 保護課 担当CW {cw}さん（{tel} 内線{ext}）と連携予定。",
                welf=w.fac(welf, "福祉事務所"),
                cw=w.nm(cw, "full", "担当者"),
                tel=w.tel(_phone(rng, False)),
                ext=w.tel(_digits(rng, 3), "なし"),
            )
        w.t(w.nl())
        w.f("担当医：{dr}", dr=w.nm(_person(rng, fk), rng.choice(["full", "family"]), "主治医"))
        w.set_known()
    elif tpl == 1:
        i = w.patient(12, 17)
        p, d0 = i["p"], i["today"]
        mother = _person(rng, fk, "F", family=p)
        teacher, dr = _person(rng, fk), _person(rng, fk)
        school = _school(rng, fk, rng.choice(["jhs", "hs"]))
        dept = rng.choice(["児童精神科", "精神科", "心療内科"])
        w.f(
            "{d}  {dept}再診  Dr.{dr}{nl}",
            d=w.dt(d0, wd=True),
            dept=w.dep(dept),
            dr=w.nm(dr, "family", "主治医"),
            nl=w.nl(),
        )
        w.f(
            "#{pid} {pt}（{age}）{nl}",
            pid=w.ident(i["pid"]),
            pt=w.nm(p, rng.choice(["full", "hira", "kata"])),
            age=w.ag(i["age"]),
            nl=w.nl(),
        )
        w.f(
            "S) 母（{mo}さん）同伴。{nl}「朝になるとお腹が痛くなる」「クラスのLINEグループから外された」。"
            "{d1}以降ほぼ登校なし。{nl}",
            mo=w.nm(mother, rng.choice(["given", "full"]), "母"),
            nl=w.nl(),
            d1=w.dt(_days(d0, -rng.randint(20, 90)), "先月", style=rng.choice(["md", "mdj"])),
        )
        w.f(
            "  母より：同級生の{cl}くんとのトラブルがあった様子。担任の{te}先生とは連絡がとれている。{nl}",
            cl=w.nm(_person(rng, fk, "M"), "family", "同級生"),
            te=w.nm(teacher, "family", "担任"),
            nl=w.nl(),
        )
        w.f(
            "O) 表情硬い。視線合いにくい。自傷痕なし。体重{wt}kg（前回-1.2kg）。{nl}", wt=rng.randint(38, 60), nl=w.nl()
        )
        w.t("A) 適応障害 / 不登校。抑うつ評価 PHQ-A " + str(rng.randint(8, 19)) + "点。" + w.nl())
        w.f(
            "P) 睡眠衛生指導。{school}へ情報提供書を作成（本人・母同意済）。宛先：{school2} 養護教諭 {nu}先生、"
            "TEL {tel}。{nl}   スクールカウンセラー面談を依頼。次回 {dn} 再診。",
            school=w.fac(school, "学校"),
            school2=w.fac(school, "学校"),
            nu=w.nm(_person(rng, fk, "F"), "full", "養護教諭"),
            tel=w.tel(_phone(rng, False), "（学校代表）"),
            nl=w.nl(),
            dn=w.dt(_days(d0, rng.choice([7, 14, 21])), "2週後", wd=True, style=rng.choice(["md", "slash"])),
        )
        if rng.random() < 0.5:
            cg = fk.city().rstrip("市区町村") + "児童相談所"
            w.f(
                "{nl}※{cg}の{cw}氏より在宅状況について問い合わせあり、母の了承のもと回答。",
                nl=w.nl(),
                cg=w.fac(cg, "児童相談所"),
                cw=w.nm(_person(rng, fk), "family", "担当者"),
            )
        w.set_known(addr=False, tel=False)
    else:
        i = w.patient(20, 75)
        p, d0 = i["p"], i["today"]
        kin = _person(rng, fk, family=p if rng.random() < 0.7 else None)
        dr = _person(rng, fk)
        cw = _person(rng, fk)
        w.f("■{kind}入院 入院時記録{nl}", kind=rng.choice(["医療保護", "措置", "任意"]), nl=w.nl())
        w.f("入院日時：{d}{nl}", d=w.dt(d0, tm=_time(rng, 9, 22)), nl=w.nl())
        w.f("病棟：{wd}　{rm}{nl}", wd=w.fac(_ward(rng), "閉鎖病棟"), rm=w.fac(_room(rng), "保護室"), nl=w.nl())
        w.f("患者氏名：{pt}　ﾌﾘｶﾞﾅ：{hw}{nl}", pt=w.nm(p, "full"), hw=w.nm(p, "hw", "—"), nl=w.nl())
        w.f(
            "生年月日：{dob}（{age}）  性別：{sx}{nl}",
            dob=w.dt(i["birth"], "（省略）", style=rng.choice(["wareki", "R", "kanji"])),
            age=w.ag(i["age"]),
            sx="男" if i["sx"] == "M" else "女",
            nl=w.nl(),
        )
        w.f("住所：〒{zip} {addr}{nl}", zip=w.zp(i["zip"]), addr=w.adr(i["addr"], "（家族と同じ）"), nl=w.nl())
        w.f(
            "家族等（同意者）：{kin}　続柄：{rel}　連絡先：{tel}{nl}",
            kin=w.nm(kin, "full", "家族"),
            rel=rng.choice(["母", "父", "兄", "妻", "夫", "長女", "叔父"]),
            tel=w.tel(i["tel"], "（家族携帯）"),
            nl=w.nl(),
        )
        w.f(
            "精神保健指定医：{dr}（指定医番号 {no}）{nl}",
            dr=w.nm(dr, "full", "指定医"),
            no=w.ident(f"{rng.randint(10000, 99999)}"),
            nl=w.nl(),
        )
        w.t("入院時診断：統合失調症（F20.0）　GAF " + str(rng.randint(15, 40)) + w.nl())
        if rng.random() < 0.7:
            welf = fk.city() + rng.choice(["福祉事務所", "生活福祉課"])
            w.f(
                "生活保護：受給中　{welf}　担当CW {cw} 氏　TEL{tel}{nl}",
                welf=w.fac(welf, "福祉事務所"),
                cw=w.nm(cw, rng.choice(["full", "family"]), "担当者"),
                tel=w.tel(_phone(rng, False)),
                nl=w.nl(),
            )
        w.f("自立支援医療受給者番号：{jn}{nl}", jn=w.ident(_digits(rng, 7)), nl=w.nl())
        if rng.random() < 0.5:
            w.f(
                "精神障害者保健福祉手帳 {g}級（番号 {tn}）{nl}",
                g=rng.choice("123"),
                tn=w.ident(f"{_digits(rng, 2)}-{_digits(rng, 5)}"),
                nl=w.nl(),
            )
        mn = _digits(rng, 12)
        if rng.random() < 0.3:
            mn = f"{mn[:4]} {mn[4:8]} {mn[8:]}"
        w.f("個人番号（障害年金申請用、本人同意の上聴取）：{mn}{nl}", mn=(mn, "MY_NUMBER", "（確認済み）"), nl=w.nl())
        w.f(
            "経緯：{d1}夜、{place}路上で興奮状態のところを通行人が110番。{ps}にて保護され、{hk}を経由し当院へ移送。",
            d1=w.dt(_days(d0, -1), "前日", style=rng.choice(["md", "mdj"])),
            place=w.adr(_address(rng, fk, "town"), "市内"),
            ps=w.fac(fk.city().rstrip("市区町村") + "警察署", "警察"),
            hk=w.fac(fk.city().rstrip("市区町村") + "保健所", "保健所"),
        )
        w.set_known(extra_ids=[])


def _email(rng: random.Random, p: dict[str, str]) -> str:
    user = rng.choice(
        [
            f"{p['gr'].lower().replace(' ', '')}.{p['fr'].lower()}",
            f"{p['fr'].lower()}{rng.randint(1, 99):02d}",
            f"{p['gr'][0].lower()}-{p['fr'].lower()}{rng.randint(1960, 2005)}",
            f"{p['fr'].lower()}_{p['gr'].lower().replace(' ', '')}",
        ]
    )
    return (
        user
        + "@"
        + rng.choice(
            ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com", "softbank.ne.jp", "nifty.com"]
        )
    )


def _fmt_age_m(rng: random.Random, months: int) -> str:
    y, m = divmod(months, 12)
    if y == 0:
        return f"{m}か月"
    if m == 0:
        return f"{y}歳"
    return f"{y}歳{m}{rng.choice(['か月', 'ヶ月', 'カ月', 'ｶ月'])}"


# ---------------------------------------------------------------------------
# style 2: paediatrics
# ---------------------------------------------------------------------------

_VAX = [
    "ヒブ",
    "小児用肺炎球菌",
    "B型肝炎",
    "ロタウイルス",
    "四種混合",
    "BCG",
    "MR",
    "水痘",
    "日本脳炎",
    "おたふくかぜ",
]


def _s_paed(w: _W) -> None:
    rng, fk = w.rng, w.fake
    tpl = rng.randrange(3)
    months = rng.randint(3, 70) if tpl != 1 else rng.randint(60, 160)
    i = w.patient(0, 0)
    d0 = i["today"]
    i["birth"] = _days(d0, -int(months * 30.44) - rng.randint(0, 20))
    p = i["p"]
    mother = _person(rng, fk, "F", family=p)
    father = _person(rng, fk, "M", family=p)
    if tpl == 0:
        sib = _person(rng, fk, family=p)
        nursery = _school(rng, fk, "nursery")
        dept = rng.choice(["小児科", "小児科", "総合小児科"])
        w.f("{dept}外来{sp}{d}{nl}", dept=w.dep(dept), sp=w.sp(), d=w.dt(d0, wd=rng.random() < 0.5), nl=w.nl())
        w.f(
            "{pt}{hon}（{age}）{sp}カルテNo.{pid}{nl}",
            pt=w.nm(p, rng.choice(["full", "hira", "given"]), "患児"),
            hon="" if w.clean else rng.choice(["ちゃん", "くん", "", " 様"]),
            age=(_fmt_age_m(rng, months), "AGE", "幼児"),
            sp=w.sp(),
            pid=w.ident(i["pid"]),
            nl=w.nl(),
        )
        w.f(
            "母：{mo}（{mage}）　父：{fa}　同胞：{rel} {sib}（{sage}、{nur}年長）{nl}",
            mo=w.nm(mother, rng.choice(["given", "full"]), "母"),
            mage=w.ag(rng.randint(24, 42)),
            fa=w.nm(father, rng.choice(["given", "full"]), "父"),
            rel=rng.choice(["兄", "姉"]),
            sib=w.nm(sib, "given", "同胞"),
            sage=w.ag(rng.randint(5, 6), "幼児"),
            nur=w.fac(nursery, "保育園"),
            nl=w.nl(),
        )
        w.f("連絡先：{tel}（母携帯）{nl}", tel=w.tel(i["tel"], "（家族携帯）"), nl=w.nl())
        w.f(
            "主訴：{cc}{nl}",
            cc=rng.choice(["発熱2日、咳嗽", "嘔吐・下痢 昨夜から5回", "発疹、掻痒", "耳を触る、不機嫌"]),
            nl=w.nl(),
        )
        w.f(
            "出生歴：在胎{gw}週{gd}日、{bw}g、{hosp}にて出生（{dob}）。{nl}",
            gw=rng.randint(35, 41),
            gd=rng.randint(0, 6),
            bw=rng.randint(2300, 3800),
            hosp=w.fac(_clinic(rng, "ob"), "産院"),
            dob=w.dt(i["birth"], "出生時", style=rng.choice(["slash", "kanji", "R"])),
            nl=w.nl(),
        )
        w.f(
            "母子手帳（{city}交付 No.{no}）にて接種歴確認：{nl}",
            city=w.adr(fk.city(), "市町村"),
            no=w.ident(f"{rng.randint(1, 9)}{_digits(rng, 5)}"),
            nl=w.nl(),
        )
        vd = _days(i["birth"], 60)
        for v in rng.sample(_VAX, rng.randint(3, 5)):
            n = rng.randint(1, 3)
            w.t(rng.choice(["・", " - ", "  "]) + v + " ")
            for k in range(n):
                vd = _days(vd, rng.randint(20, 45))
                if vd >= d0:
                    vd = _days(d0, -rng.randint(30, 90))
                if k:
                    w.t(rng.choice([" / ", "、", ", "]))
                w.f("{d}", d=w.dt(vd, "接種済", style=rng.choice(["short", "slash", "md", "slash0"]), wd=False))
            if rng.random() < 0.3:
                w.f("（{c}）", c=w.fac(_clinic(rng, "ped"), "近医"))
            w.t(w.nl())
        w.f(
            "登園許可書：{nur}宛に記載。{d}から登園可。{nl}",
            nur=w.fac(nursery, "保育園"),
            d=w.dt(_days(d0, rng.randint(2, 5)), "解熱後24時間", style=rng.choice(["md", "mdj"])),
            nl=w.nl(),
        )
        w.f("担当：{dr}", dr=w.nm(_person(rng, fk), rng.choice(["full", "family"]), "主治医"))
        w.set_known(addr=False)
    elif tpl == 1:
        school = _school(rng, fk, "elem")
        teacher = _person(rng, fk)
        em = _email(rng, mother)
        w.f(
            "【小児病棟 入院時看護記録】{wd}　{rm}{nl}",
            wd=w.fac(_ward(rng), "病棟"),
            rm=w.fac(_room(rng), "個室"),
            nl=w.nl(),
        )
        w.f(
            "患児：{pt}（{kana}） {age}  {sx}児{nl}",
            pt=w.nm(p, "full", "患児"),
            kana=w.nm(p, "hira", "—"),
            age=w.ag(months // 12, "学童"),
            sx="男" if i["sx"] == "M" else "女",
            nl=w.nl(),
        )
        w.f(
            "入院日：{d}　診断：{dx}{nl}",
            d=w.dt(d0, tm=_time(rng, 10, 20) if rng.random() < 0.5 else None),
            dx=rng.choice(["気管支喘息発作", "マイコプラズマ肺炎", "IgA血管炎", "ネフローゼ症候群", "急性虫垂炎術後"]),
            nl=w.nl(),
        )
        w.f(
            "保護者：父 {fa}（会社員／{co}）、母 {mo}（{mj}）{nl}",
            fa=w.nm(father, "full", "父"),
            co=w.fac(fk.company(), "会社"),
            mo=w.nm(mother, rng.choice(["full", "given"]), "母"),
            mj=rng.choice(["パート", "専業主婦", "看護師", "自営"]),
            nl=w.nl(),
        )
        w.f(
            "緊急連絡先：①母 {t1}　②父勤務先 {t2}{nl}",
            t1=w.tel(i["tel"], "（母携帯）"),
            t2=w.tel(_phone(rng, False), "（父勤務先）"),
            nl=w.nl(),
        )
        w.f("住所：{addr}{nl}", addr=w.adr(i["addr"]), nl=w.nl())
        w.f(
            "学校：{sc} {g}年{c}組　担任 {te}先生{nl}",
            sc=w.fac(school, "小学校"),
            g=rng.randint(1, 6),
            c=rng.randint(1, 4),
            te=w.nm(teacher, rng.choice(["family", "full"]), "担任"),
            nl=w.nl(),
        )
        w.f(
            "  → 長期化の場合、院内学級（{hs}）への転籍手続きを{d}に母と相談予定{nl}",
            hs=w.fac(rng.choice(_PLACE) + "特別支援学校 院内分教室", "院内学級"),
            d=w.dt(_days(d0, rng.randint(3, 10)), "来週", style="md", wd=True),
            nl=w.nl(),
        )
        w.f(
            "既往：川崎病（{a}時、{h}で加療、冠動脈病変なし）{nl}",
            a=w.ag(rng.randint(1, 3), "幼児期"),
            h=w.fac(_hospital(rng, fk), "前医"),
            nl=w.nl(),
        )
        w.t("アレルギー：卵(+) 乳(-) 薬剤なし" + w.nl())
        w.f("面会・連絡：母よりメール連絡の希望あり → {em}{nl}", em=(em, "EMAIL_ADDRESS", "（登録済み）"), nl=w.nl())
        w.f("記録：{ns} Ns", ns=w.nm(_person(rng, fk, "F"), rng.choice(["family", "full"]), "担当看護師"))
        w.set_known(emails=[em])
    else:
        vn = [rng.choice(_VAX) for _ in range(2)]
        w.f("＜乳幼児健診＞{d}{nl}", d=w.dt(d0, style=rng.choice(["wareki", "kanji", "slash"])), nl=w.nl())
        w.f(
            "{pt}{hon}　{age}{nl}",
            pt=w.nm(p, rng.choice(["full", "kata"]), "児"),
            hon="" if w.clean else rng.choice(["ちゃん", "くん", ""]),
            age=(_fmt_age_m(rng, months), "AGE", "乳幼児"),
            nl=w.nl(),
        )
        w.f("同伴：母 {mo}{nl}", mo=w.nm(mother, "given", "母"), nl=w.nl())
        w.f(
            "身長 {h}cm 体重 {wt}kg 頭囲 {hc}cm　カウプ指数 {k}{nl}",
            h=round(rng.uniform(60, 105), 1),
            wt=round(rng.uniform(6, 17), 1),
            hc=round(rng.uniform(40, 50), 1),
            k=round(rng.uniform(14, 18), 1),
            nl=w.nl(),
        )
        w.t("発達：つかまり立ち(+) 指さし(+) 有意語 2語" + w.nl())
        w.f(
            "予防接種：{v1}2回目を本日実施（Lot {lot}）、次回{v2}は{d2}予約。{nl}",
            v1=vn[0],
            lot=f"{rng.choice('ABMX')}{_digits(rng, 3)}",
            v2=vn[1],
            d2=w.dt(_days(d0, rng.randint(28, 60)), "次回", style=rng.choice(["md", "mdj", "slash"]), wd=True),
            nl=w.nl(),
        )
        w.f(
            "母の相談：保育所入所予定（{nur}、{d3}入園）。兄{sib}くん（{sa}）が同園在籍。{nl}",
            nur=w.fac(_school(rng, fk, "nursery"), "保育所"),
            d3=w.dt(
                _dt.date(d0.year + (1 if d0.month > 3 else 0), 4, 1), "4月", style=rng.choice(["md", "R", "kanji"])
            ),
            sib=w.nm(_person(rng, fk, "M", family=p), "given", ""),
            sa=w.ag(rng.randint(3, 5), "幼児"),
            nl=w.nl(),
        )
        w.f(
            "保健師 {ph}（{hc}） 訪問継続。",
            ph=w.nm(_person(rng, fk, "F"), rng.choice(["family", "full"]), "保健師"),
            hc=w.fac(fk.city().rstrip("市区町村") + "保健センター", "保健センター"),
        )


# ---------------------------------------------------------------------------
# style 3: obstetrics
# ---------------------------------------------------------------------------


def _s_ob(w: _W) -> None:
    rng, fk = w.rng, w.fake
    i = w.patient(19, 44, "F", foreign=0.15)
    p, d0 = i["p"], i["today"]
    partner = _person(rng, fk, "M", family=p if rng.random() < 0.6 else None)
    ga_days = rng.randint(8 * 7, 40 * 7)
    edd = _days(d0, 280 - ga_days)
    lmp = _days(edd, -280)
    tpl = rng.randrange(3)
    if tpl == 0:
        w.f(
            "産科外来 妊婦健診{sp}{d}（妊娠{gw}週{gd}日）{nl}",
            sp=w.sp(),
            d=w.dt(d0),
            gw=ga_days // 7,
            gd=ga_days % 7,
            nl=w.nl(),
        )
        w.f(
            "{pt} 様　{age}　G{g}P{pp}　ID {pid}{nl}",
            pt=w.nm(p, rng.choice(["full", "full", "romaji", "kata"])),
            age=w.ag(i["age"]),
            g=rng.randint(2, 4),
            pp=rng.randint(1, 2),
            pid=w.ident(i["pid"]),
            nl=w.nl(),
        )
        w.f(
            "分娩予定日：{edd}（LMP {lmp} より算出、初期CRLで修正なし）{nl}",
            edd=w.dt(edd, "（算出済）"),
            lmp=w.dt(lmp, "最終月経", style=rng.choice(["md", "slash", "mdj"])),
            nl=w.nl(),
        )
        w.f(
            "パートナー：{pa}（{pag}、{job}）　TEL {tel}{nl}",
            pa=w.nm(partner, rng.choice(["full", "full", "kata"]), "夫"),
            pag=w.ag(i["age"] + rng.randint(-3, 8)),
            job=rng.choice(_JOBS),
            tel=w.tel(_phone(rng, True), "（夫携帯）"),
            nl=w.nl(),
        )
        w.t("既往分娩：" + w.nl())
        births = sorted(_rand_date(rng, 2008, d0.year - 2) for _ in range(rng.randint(1, 2)))
        for k, bd in enumerate(births, 1):
            cs = rng.random() < 0.35
            w.f(
                "  第{k}子 {bd}  {cl}にて{mode} {bw}g {sx}児{extra}{nl}",
                k=k,
                bd=w.dt(bd, "前回", style=rng.choice(["slash", "R", "kanji", "dot"])),
                cl=w.fac(_clinic(rng, "ob") if rng.random() < 0.6 else _hospital(rng, fk), "前医"),
                mode="緊急帝王切開" if cs else "経腟分娩",
                bw=rng.randint(2400, 3900),
                sx=rng.choice("男女"),
                extra="（胎児機能不全）" if cs else rng.choice(["", "、吸引分娩", "、会陰裂傷2度"]),
                nl=w.nl(),
            )
        w.f(
            "健診：BP {s}/{d_} 尿蛋白(-) 尿糖(±) 体重 {wt}kg 子宮底長 {fh}cm 腹囲 {ac}cm 浮腫(-){nl}",
            s=rng.randint(98, 138),
            d_=rng.randint(56, 88),
            wt=round(rng.uniform(48, 80), 1),
            fh=rng.randint(18, 34),
            ac=rng.randint(75, 100),
            nl=w.nl(),
        )
        w.t("エコー：頭位、EFW " + str(rng.randint(600, 3200)) + "g（+0.3SD）、AFI 正常、胎盤 後壁付着" + w.nl())
        if rng.random() < 0.6:
            home = fk.prefecture() + fk.city()
            w.f(
                "里帰り分娩希望：{cl}（{home}）へ{d}頃転院予定。紹介状作成済。{nl}",
                cl=w.fac(_clinic(rng, "ob"), "里帰り先の産院"),
                home=w.adr(home, "実家近く"),
                d=w.dt(_days(edd, -rng.randint(35, 60)), "34週", style=rng.choice(["md", "mdj"])),
                nl=w.nl(),
            )
        w.f(
            "次回健診 {d}　担当 {dr}",
            d=w.dt(_days(d0, rng.choice([7, 14, 28])), "2週後", style="md", wd=True),
            dr=w.nm(_person(rng, fk), "family", "担当医"),
        )
        w.set_known(tel=False, addr=False)
    elif tpl == 1:
        dob_baby = _days(d0, rng.randint(0, 1))
        mw1, mw2, dr = _person(rng, fk, "F"), _person(rng, fk, "F"), _person(rng, fk)
        w.f("分娩記録{nl}", nl=w.nl())
        w.f(
            "産婦：{pt}（{age}）　{wd} {rm}　ID:{pid}{nl}",
            pt=w.nm(p, "full"),
            age=w.ag(i["age"]),
            wd=w.fac(_ward(rng), "産科病棟"),
            rm=w.fac(_room(rng), "個室"),
            pid=w.ident(i["pid"]),
            nl=w.nl(),
        )
        w.f("入院：{d1}  陣痛発来にて来院{nl}", d1=w.dt(d0, tm=_time(rng, 0, 23)), nl=w.nl())
        w.f(
            "分娩：{d2}  {mode}{nl}",
            d2=w.dt(dob_baby, "同日", tm=_time(rng, 0, 23)),
            mode=rng.choice(["自然経腟分娩", "吸引分娩", "無痛分娩（硬膜外）"]),
            nl=w.nl(),
        )
        w.f(
            "児：{sx}児 {bw}g 身長{bl}cm Apgar {a1}/{a5}　臍帯動脈血pH 7.{ph}{nl}",
            sx=rng.choice("男女"),
            bw=rng.randint(2500, 3900),
            bl=round(rng.uniform(46, 53), 1),
            a1=rng.randint(6, 9),
            a5=rng.randint(8, 10),
            ph=rng.randint(18, 35),
            nl=w.nl(),
        )
        w.f("出血量 {bl}g　会陰裂傷{dg}度 縫合{nl}", bl=rng.randint(150, 900), dg=rng.randint(1, 2), nl=w.nl())
        w.f(
            "立会い：{rel} {pa}{nl}",
            rel=rng.choice(["夫", "パートナー", "実母"]),
            pa=w.nm(partner, rng.choice(["full", "given"]), "家族"),
            nl=w.nl(),
        )
        w.f(
            "担当：医師 {dr}　助産師 {m1}・{m2}{nl}",
            dr=w.nm(dr, rng.choice(["full", "family"]), "産科医"),
            m1=w.nm(mw1, "family", "助産師"),
            m2=w.nm(mw2, "family", "助産師"),
            nl=w.nl(),
        )
        w.f(
            "前回分娩は{y}年{cl}にて（{mode}）。{nl}",
            y=rng.randint(2012, d0.year - 1),
            cl=w.fac(_clinic(rng, "ob"), "前医"),
            mode=rng.choice(["経腟", "吸引", "帝王切開後経腟分娩 TOLAC"]),
            nl=w.nl(),
        )
        w.f("出生届・母子手帳記載済（手帳番号 {no}）", no=w.ident(f"{_digits(rng, 2)}-{_digits(rng, 4)}"))
    else:
        w.f("{d}　産婦人科 初診問診票より転記{nl}", d=w.dt(d0, wd=rng.random() < 0.4), nl=w.nl())
        w.f("お名前：{pt}{nl}フリガナ：{kana}{nl}", pt=w.nm(p, "full"), kana=w.nm(p, "kata", "—"), nl=w.nl())
        w.f(
            "生年月日：{dob}　{age}{nl}",
            dob=w.dt(i["birth"], "（省略）", style=rng.choice(["wareki", "kanji", "R", "slash"])),
            age=w.ag(i["age"]),
            nl=w.nl(),
        )
        w.f("ご住所：〒{zip}{sp}{addr}{nl}", zip=w.zp(i["zip"]), sp=w.sp(), addr=w.adr(i["addr"]), nl=w.nl())
        w.f("携帯：{tel}{nl}", tel=w.tel(i["tel"], "（本人携帯）"), nl=w.nl())
        em = _email(rng, p)
        w.f("メール：{em}{nl}", em=(em, "EMAIL_ADDRESS", "（登録済み）"), nl=w.nl())
        w.t("保険証：")
        w.ins().t(w.nl())
        w.f(
            "最終月経：{lmp}頃　「妊娠検査薬で陽性」{nl}",
            lmp=w.dt(lmp, "（記載なし）", style=rng.choice(["mdj", "md", "slash"])),
            nl=w.nl(),
        )
        w.f(
            "ご主人（パートナー）のお名前：{pa}　ご職業：{job}{nl}",
            pa=w.nm(partner, rng.choice(["full", "romaji"]), "夫"),
            job=rng.choice(_JOBS),
            nl=w.nl(),
        )
        w.f(
            "これまでの妊娠・出産：{y}年 {cl}で出産（{mode}）{nl}",
            y=rng.randint(2010, d0.year - 1),
            cl=w.fac(_clinic(rng, "ob"), "他院"),
            mode=rng.choice(["自然分娩", "帝王切開", "流産 9週"]),
            nl=w.nl(),
        )
        if p.get("foreign"):
            w.f(
                "※日本語は日常会話程度。通訳：{ip}（{org}）同席、TEL {t}{nl}",
                ip=w.nm(_person(rng, fk), "full", "通訳者"),
                org=w.fac(fk.city().rstrip("市区町村") + "国際交流協会", "支援団体"),
                t=w.tel(_phone(rng, False)),
                nl=w.nl(),
            )
        w.t("→ 経腟エコー：GS(+) FHB(+) CRL " + str(rng.randint(5, 30)) + "mm" + w.nl())
        w.f(
            "→ 分娩予定日 {edd} と決定。{nl}",
            edd=w.dt(edd, "（算出済）", style=rng.choice(["slash", "kanji", "wareki"])),
            nl=w.nl(),
        )
        w.f("→ 妊娠届出書を記入し、お住まいの{city}役所へ提出するよう説明。", city=w.adr(fk.city(), "市区町村の"))
        w.set_known(emails=[em])


# ---------------------------------------------------------------------------
# style 4: dental / oral surgery
# ---------------------------------------------------------------------------


def _s_dental(w: _W) -> None:
    rng, fk = w.rng, w.fake
    i = w.patient(16, 88)
    p, d0 = i["p"], i["today"]
    tooth = rng.choice(["#46", "#36", "#17", "#38", "#48", "7┘", "└6", "右下6番", "左上7番", "#21"])
    tpl = rng.randrange(2)
    if tpl == 0:
        dr = _person(rng, fk)
        w.f(
            "{d}{sp}{pt}様（{age}）{kind}{nl}",
            d=w.dt(d0, style=rng.choice(["slash", "short", "md", "R"])),
            sp=w.sp(),
            pt=w.nm(p, rng.choice(["full", "kata", "hw"])),
            age=w.ag(i["age"]),
            kind=rng.choice([" 初診", " 再初診", ""]),
            nl=w.nl(),
        )
        w.f("カルテ番号 {pid}{nl}", pid=w.ident(i["pid"]), nl=w.nl())
        w.f(
            "主訴：{t} {cc}{nl}",
            t=tooth,
            cc=rng.choice(["冷水痛", "咬合痛", "歯肉腫脹", "詰め物が取れた", "自発痛 昨夜から"]),
            nl=w.nl(),
        )
        w.f("所見：{t} C2 打診(±) 動揺度0 PPD 3-2-4mm　デンタルX線にて近心に透過像{nl}", t=tooth, nl=w.nl())
        w.f("処置：浸麻 OA 1.8ml、感染歯質除去、CR充填。TBI実施。{nl}", nl=w.nl())
        if rng.random() < 0.7:
            hosp = _hospital(rng, fk)
            w.f(
                "下顎水平埋伏智歯（#38）について{hosp} {dept}{odr}先生へ抜歯依頼の紹介状作成。予約 {d}。{nl}",
                hosp=w.fac(hosp, "病院"),
                dept=w.dep("歯科口腔外科", "口腔外科"),
                odr=w.nm(_person(rng, fk), rng.choice(["family", "full"]), "担当"),
                d=w.dt(
                    _days(d0, rng.randint(7, 30)), "後日", wd=True, tm=_time(rng, 9, 16) if rng.random() < 0.5 else None
                ),
                nl=w.nl(),
            )
        w.f(
            "次回：{d} SRP{nl}Dr.{dr} / DH {dh}",
            d=w.dt(_days(d0, 7), "来週", style="md", wd=True),
            nl=w.nl(),
            dr=w.nm(dr, rng.choice(["family", "rfamily"]), "担当医"),
            dh=w.nm(_person(rng, fk, "F"), "family", "歯科衛生士"),
        )
        w.set_known(addr=False, tel=False)
    else:
        clinic = _clinic(rng, "dent")
        dr2 = _person(rng, fk)
        hosp = _hospital(rng, fk)
        w.f("診療情報提供書{nl}{nl}", nl=w.nl())
        w.f(
            "{hosp}　{dept}{nl}{odr} 先生 御侍史{nl}",
            hosp=w.fac(hosp, "貴院"),
            dept=w.dep(rng.choice(["歯科口腔外科", "口腔外科"]), "ご担当科"),
            odr=w.nm(_person(rng, fk), "full", "ご担当"),
            nl=w.nl(),
        )
        w.f("{d}{nl}", d=w.dt(d0, style=rng.choice(["wareki", "kanji", "kn"])), nl=w.nl())
        w.f(
            "紹介元：{cl}　院長 {dr}{nl}〒{zip} {ca}{nl}TEL {tel}　FAX {fax}{nl}{nl}",
            cl=w.fac(clinic, "当院"),
            dr=w.nm(dr2, "full", "院長"),
            zip=w.zp(_postal(rng)),
            ca=w.adr(_address(rng, fk, "full"), "（所在地省略）"),
            tel=w.tel(_phone(rng, False)),
            fax=w.tel(_phone(rng, False), "（FAX代表）"),
            nl=w.nl(),
        )
        if rng.random() < 0.5:
            w.f(
                "{u}{nl}{nl}",
                u=w.url(rng.choice(["sakura", "aoba", "minato", "kamome", "tsubasa"]) + "-dental"),
                nl=w.nl(),
            )
        w.f(
            "患者氏名：{pt} 様（{kana}）{nl}生年月日：{dob}（{age}）　{sx}{nl}",
            pt=w.nm(p, "full"),
            kana=w.nm(p, "kata", "—"),
            dob=w.dt(i["birth"], "（省略）", style=rng.choice(["wareki", "R", "kanji"])),
            age=w.ag(i["age"]),
            sx=i["sex"],
            nl=w.nl(),
        )
        w.f("住所：{addr}　電話：{tel}{nl}{nl}", addr=w.adr(i["addr"]), tel=w.tel(i["tel"], "（本人）"), nl=w.nl())
        w.f(
            "傷病名：{dx}{nl}",
            dx=rng.choice(
                [
                    "右下顎埋伏智歯、智歯周囲炎",
                    "左上顎洞内異物（インプラント体迷入疑い）",
                    "舌縁部白板症（生検依頼）",
                    "下顎骨骨髄炎疑い（BP製剤服用中）",
                ]
            ),
            nl=w.nl(),
        )
        w.f(
            "紹介目的：精査・加療のお願い{nl}経過：{d1}頃より{t}部の腫脹・疼痛を自覚し当院受診。AMPC投与にて消炎得られましたが、"
            "再燃を繰り返しております。{nl}"
            "既往：高血圧（{ih}にてアムロジピン内服）、骨粗鬆症（アレンドロン酸 {y}年～）{nl}",
            d1=w.dt(_days(d0, -rng.randint(14, 120)), "数か月前", style=rng.choice(["mdj", "md", "kanji"])),
            t=tooth,
            ih=w.fac(_hospital(rng, fk), "かかりつけ医"),
            y=rng.randint(2015, 2022),
            nl=w.nl(),
        )
        w.t("添付：パノラマX線写真（CD-R）1枚" + w.nl() + "ご多忙中恐縮ですが、よろしくお願い申し上げます。")
        w.set_known()


# ---------------------------------------------------------------------------
# style 5: ophthalmology
# ---------------------------------------------------------------------------


def _va(rng: random.Random) -> str:
    v = rng.choice(["0.1", "0.3", "0.5", "0.7", "1.0", "1.2", "0.04", "n.d.", "m.m."])
    corr = rng.choice(["1.0", "1.2", "0.8", "0.6", "n.c."])
    sph = f"{rng.choice('-+')}{rng.randint(0, 6)}.{rng.choice(['00', '25', '50', '75'])}"
    return f"{v}({corr}×S{sph}D)"


def _s_eye(w: _W) -> None:
    rng, fk = w.rng, w.fake
    i = w.patient(35, 95)
    p, d0 = i["p"], i["today"]
    tpl = rng.randrange(2)
    if tpl == 0:
        w.f("{dept}　{d}{nl}", dept=w.dep("眼科"), d=w.dt(d0, wd=rng.random() < 0.5), nl=w.nl())
        w.f(
            "{pid}  {pt}  {age} {sx}{nl}",
            pid=w.ident(i["pid"]),
            pt=w.nm(p, rng.choice(["full", "kata", "romaji", "hw"])),
            age=w.ag(i["age"]),
            sx=i["sx"],
            nl=w.nl(),
        )
        w.f(
            "VD={a}{nl}VS={b}{nl}IOP R {r} / L {l} mmHg (NCT){nl}",
            a=_va(rng),
            b=_va(rng),
            r=rng.randint(9, 28),
            l=rng.randint(9, 28),
            nl=w.nl(),
        )
        w.t(
            rng.choice(
                [
                    "前眼部：NS grade2-3 核白内障 両眼",
                    "眼底：NPDR 両眼、黄斑浮腫なし",
                    "OCT：右 ERM (+)",
                    "視野：HFA30-2 MD -8.4dB 左鼻側階段",
                ]
            )
            + w.nl()
        )
        if rng.random() < 0.7:
            w.f(
                "→ 右眼白内障手術（PEA+IOL）予約：{d}　術者 {dr}　入院 {wd}{nl}",
                d=w.dt(_days(d0, rng.randint(14, 60)), "後日", wd=True, style=rng.choice(["slash", "kanji", "md"])),
                dr=w.nm(_person(rng, fk), rng.choice(["family", "full"]), "術者"),
                wd=w.fac(_ward(rng), "眼科病棟"),
                nl=w.nl(),
            )
        if i["age"] >= 70:
            w.f(
                "運転免許更新（{d}）のため診断書希望あり。{nl}",
                d=w.dt(_days(d0, rng.randint(30, 120)), "期限", style=rng.choice(["R", "wareki", "mdj"])),
                nl=w.nl(),
            )
        if rng.random() < 0.5:
            w.f(
                "紹介元：{cl}（{dr}先生）{nl}",
                cl=w.fac(_clinic(rng, "eye"), "近医"),
                dr=w.nm(_person(rng, fk), "family", "前医"),
                nl=w.nl(),
            )
        w.f("Dr. {dr}", dr=w.nm(_person(rng, fk), rng.choice(["romaji", "family", "rfamily"]), "担当医"))
        w.set_known(addr=False, tel=False)
    else:
        shop = (
            rng.choice(["メガネの", "コンタクトの", "アイシティ", "めがね工房"])
            + rng.choice(_PLACE)
            + rng.choice(["店", "", " 駅前店"])
        )
        w.f(
            "■コンタクトレンズ処方箋　発行日 {d}{nl}",
            d=w.dt(d0, style=rng.choice(["kanji", "slash", "wareki"])),
            nl=w.nl(),
        )
        w.f(
            "氏名 {pt}　生年月日 {dob}（{age}）{nl}",
            pt=w.nm(p, "full"),
            dob=w.dt(i["birth"], "（省略）"),
            age=w.ag(i["age"]),
            nl=w.nl(),
        )
        w.f("診察券番号 {pid}{nl}", pid=w.ident(i["pid"]), nl=w.nl())
        w.t("R: BC 8.6 / PWR -3.25 / DIA 14.2   L: BC 8.6 / PWR -3.50 / DIA 14.2  2week" + w.nl())
        w.f("販売店：{shop}（TEL {tel}）{nl}", shop=w.fac(shop, "販売店"), tel=w.tel(_phone(rng, False)), nl=w.nl())
        w.f("有効期限：{d}まで{nl}", d=w.dt(_days(d0, 90), "3か月", style=rng.choice(["slash", "mdj"])), nl=w.nl())
        w.f(
            "医療機関：{cl}　{url}{nl}",
            cl=w.fac(_clinic(rng, "eye"), "当院"),
            url=(
                "https://www."
                + rng.choice(["sakura", "aoba", "minato", "hikari", "kamome"])
                + rng.choice(["-eye", "-ganka"])
                + ".jp/",
                "URL",
                "（ホームページ）",
            ),
            nl=w.nl(),
        )
        w.f("医師 {dr}　印", dr=w.nm(_person(rng, fk), "full", "眼科医"))
        w.set_known(addr=False, tel=False)


# ---------------------------------------------------------------------------
# style 6: dialysis
# ---------------------------------------------------------------------------


def _bed(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice('ABC')}-{rng.randint(1, 24)}",
            f"{rng.randint(1, 40)}番ベッド",
            f"No.{rng.randint(1, 40)}",
            f"{rng.choice('ABC')}{rng.randint(1, 24):02d}",
        ]
    )


def _s_dial(w: _W) -> None:
    rng, fk = w.rng, w.fake
    i = w.patient(45, 93)
    p, d0 = i["p"], i["today"]
    clinic = _clinic(rng, "dial")
    taxi = _care(rng, "taxi")
    driver, ns = _person(rng, fk), _person(rng, fk, "F")
    shift = rng.choice(["月水金 午前", "火木土 午後", "月水金 夜間", "火木土 第1クール", "MWF-AM"])
    tpl = rng.randrange(2)
    if tpl == 0:
        w.f("{cl}　透析記録{nl}", cl=w.fac(clinic, "当院透析室"), nl=w.nl())
        w.f(
            "日付：{d}　クール：{sh}　ベッド：{bed}{nl}",
            d=w.dt(d0, wd=True, style=rng.choice(["slash", "kanji", "R"])),
            sh=shift,
            bed=w.fac(_bed(rng), "指定ベッド"),
            nl=w.nl(),
        )
        w.f(
            "氏名：{pt}（{age}）　透析No. {no}{nl}",
            pt=w.nm(p, rng.choice(["full", "full", "kata"])),
            age=w.ag(i["age"]),
            no=w.ident(f"D-{_digits(rng, 4)}"),
            nl=w.nl(),
        )
        dw = round(rng.uniform(42, 78), 1)
        pre = round(dw + rng.uniform(1.0, 3.8), 1)
        w.f(
            "DW {dw}kg　前体重 {pre}kg　除水目標 {uf}L　HDF 4h　QB 220 QD 500　ダイアライザ FX-140{nl}",
            dw=dw,
            pre=pre,
            uf=round(pre - dw + 0.3, 1),
            nl=w.nl(),
        )
        w.t("時刻  BP     P   VP  TMP  除水" + w.nl())
        h = rng.randint(7, 15)
        for k in range(rng.randint(3, 5)):
            w.t(
                f"{h + k}:{rng.choice(['00', '05', '10', '30'])}  {rng.randint(95, 170)}/{rng.randint(50, 95)}  "
                f"{rng.randint(58, 98)}  {rng.randint(90, 180)}  {rng.randint(40, 120)}  {round(k * 0.8, 1)}" + w.nl()
            )
        w.f("穿刺：{ns} Ns（A 左前腕 17G / V 上腕 17G）。{nl}", ns=w.nm(ns, "family", "担当看護師"), nl=w.nl())
        if rng.random() < 0.5:
            w.t("3時間目 BP 88/50 あくび(+) → 除水停止、下肢挙上、生食100ml補液で回復。" + w.nl())
        w.f(
            "送迎：{tx}（ドライバー {dv}さん）帰り{tm}発。{nl}",
            tx=w.fac(taxi, "送迎車"),
            dv=w.nm(driver, rng.choice(["family", "full"]), "運転手"),
            tm=_time(rng, 11, 21),
            nl=w.nl(),
        )
        w.f("次回 {d} 採血日（月初）", d=w.dt(_days(d0, 2), "次回", style=rng.choice(["md", "mdj"]), wd=True))
        w.set_known(addr=False, tel=False)
    else:
        cm = _person(rng, fk)
        kin = _person(rng, fk, family=p)
        w.f(
            "〈透析患者 基本情報シート〉 更新 {d}{nl}",
            d=w.dt(d0, style=rng.choice(["slash0", "iso", "dot"])),
            nl=w.nl(),
        )
        w.f("・氏名：{pt}　{kana}{nl}", pt=w.nm(p, "full"), kana=w.nm(p, rng.choice(["kata", "hw"]), "—"), nl=w.nl())
        w.f(
            "・生年月日：{dob}　{age}{nl}",
            dob=w.dt(i["birth"], "（省略）", style=rng.choice(["wareki", "R"])),
            age=w.ag(i["age"]),
            nl=w.nl(),
        )
        w.f(
            "・原疾患：{dx}　導入日：{di}（{ih}にて）{nl}",
            dx=rng.choice(["糖尿病性腎症", "慢性糸球体腎炎", "腎硬化症", "多発性嚢胞腎"]),
            di=w.dt(_rand_date(rng, 2008, d0.year - 1), "導入時", style=rng.choice(["slash", "wareki", "kanji"])),
            ih=w.fac(_hospital(rng, fk), "導入施設"),
            nl=w.nl(),
        )
        w.f("・透析クール：{sh}　ベッド {bed}{nl}", sh=shift, bed=w.fac(_bed(rng), "固定"), nl=w.nl())
        w.f("・住所：{addr}{nl}・電話：{tel}{nl}", addr=w.adr(i["addr"]), tel=w.tel(i["tel"], "（自宅）"), nl=w.nl())
        w.f(
            "・キーパーソン：{kin}（{rel}）携帯 {kt}{nl}",
            kin=w.nm(kin, rng.choice(["full", "given"]), "家族"),
            rel=rng.choice(["長男", "長女", "妻", "夫", "次女"]),
            kt=w.tel(_phone(rng, True), "（家族携帯）"),
            nl=w.nl(),
        )
        w.t("・保険：")
        w.ins().t(w.nl())
        if rng.random() < 0.5:
            w.f("・個人番号（高額療養費の申請代行用、本人同意）：{mn}{nl}", mn=w.mynum(), nl=w.nl())
        w.f(
            "・特定疾病療養受療証 {tk}、身体障害者手帳1級（{sn}）{nl}",
            tk=w.ident(_digits(rng, 8)),
            sn=w.ident(f"第{_digits(rng, 6)}号"),
            nl=w.nl(),
        )
        w.f(
            "・送迎：{tx}　担当 {dv}　TEL {tt}{nl}",
            tx=w.fac(taxi, "送迎業者"),
            dv=w.nm(driver, rng.choice(["family", "full"]), "運転手"),
            tt=w.tel(_phone(rng, False)),
            nl=w.nl(),
        )
        w.f(
            "・ケアマネ：{cmo} {cm}氏{nl}",
            cmo=w.fac(_care(rng, "cm"), "居宅介護支援事業所"),
            cm=w.nm(cm, "full", "担当者"),
            nl=w.nl(),
        )
        w.f(
            "・旅行透析：{d}～ {tc}（{pl}）へ依頼済",
            d=w.dt(_days(d0, rng.randint(20, 80)), "来月", style="mdj"),
            tc=w.fac(_clinic(rng, "dial"), "旅行先の透析施設"),
            pl=w.adr(fk.prefecture() + fk.city(), "旅行先"),
        )
        w.set_known()


# ---------------------------------------------------------------------------
# style 7: emergency triage
# ---------------------------------------------------------------------------


def _s_er(w: _W) -> None:
    rng, fk = w.rng, w.fake
    i = w.patient(16, 97)
    p, d0 = i["p"], i["today"]
    city = fk.city().rstrip("市区町村")
    team = city + rng.choice(["救急隊", "第1救急隊", "第2救急隊", "救急1"])
    cap, by = _person(rng, fk), _person(rng, fk)
    tm = _time(rng)
    tpl = rng.randrange(2)
    if tpl == 0:
        w.f("【救急外来 トリアージ記録】{nl}", nl=w.nl())
        w.f("受付：{d}　JTAS レベル{lv}{nl}", d=w.dt(d0, tm=tm), lv=rng.randint(1, 3), nl=w.nl())
        w.f(
            "搬送：{st} {tm_}　隊長 {cap}（無線 {tel}）{nl}",
            st=w.fac(city + "消防署", "消防"),
            tm_=w.fac(team, "救急隊"),
            cap=w.nm(cap, rng.choice(["family", "full"]), "救急隊長"),
            tel=w.tel(_phone(rng, False), "（消防本部）"),
            nl=w.nl(),
        )
        w.f(
            "現場：{addr}（{place}前の路上）{nl}",
            addr=w.adr(_address(rng, fk, rng.choice(["full", "nopref"])), "市内"),
            place=w.fac(
                rng.choice(["コンビニ", "ファミリーマート", "スーパー", "ドラッグストア"]) + rng.choice(_PLACE) + "店",
                "商店",
            ),
            nl=w.nl(),
        )
        w.f(
            "患者：{pt}（{age}・{sx}）{id_}{nl}",
            pt=w.nm(p, rng.choice(["full", "kata", "romaji"]), "本人"),
            age=w.ag(i["age"]),
            sx=i["sex"],
            id_=rng.choice(["", "　※身元は所持の免許証で確認"]),
            nl=w.nl(),
        )
        w.f(
            "目撃者：通行人の{by}さん（{bage}位）が倒れるところを目撃し119番、CPR不要。連絡先 {bt}{nl}",
            by=w.nm(by, rng.choice(["family", "full"]), "通行人"),
            bage=w.ag(rng.randint(2, 7) * 10, "中年"),
            bt=w.tel(_phone(rng, True), "（聴取済み）"),
            nl=w.nl(),
        )
        w.f(
            "主訴：{cc}　GCS E{e}V{v}M6　BP {s}/{d_}　HR {hr}　SpO2 {sp}%(RA)　BT {bt}{nl}",
            cc=rng.choice(["意識消失", "胸痛", "転倒・頭部打撲", "呼吸困難", "腹痛"]),
            e=rng.randint(2, 4),
            v=rng.randint(3, 5),
            s=rng.randint(80, 190),
            d_=rng.randint(40, 110),
            hr=rng.randint(45, 140),
            sp=rng.randint(86, 99),
            bt=round(rng.uniform(35.5, 39.5), 1),
            nl=w.nl(),
        )
        if rng.random() < 0.6:
            w.t("保険証：")
            w.ins().t(w.nl())
        w.f(
            "既往：{pm}（{h}通院中）　お薬手帳あり{nl}",
            pm=rng.choice(["高血圧・DM", "心房細動（DOAC内服）", "てんかん", "COPD"]),
            h=w.fac(_hospital(rng, fk), "かかりつけ医"),
            nl=w.nl(),
        )
        w.f(
            "家族連絡：{rel} {kin}さんへ{kt}で連絡、{tm2}来院予定。{nl}",
            rel=rng.choice(["妻", "長男", "娘", "夫"]),
            kin=w.nm(_person(rng, fk, family=p), rng.choice(["given", "full"]), "家族"),
            kt=w.tel(i["tel"], "携帯"),
            tm2=_time(rng),
            nl=w.nl(),
        )
        w.f("トリアージNs：{ns}", ns=w.nm(_person(rng, fk), "family", "担当看護師"))
        w.set_known(addr=False)
    else:
        pol = _person(rng, fk)
        w.f("救急隊活動記録（転記）　事案番号 {no}{nl}", no=w.ident(f"{d0.year}-{_digits(rng, 5)}"), nl=w.nl())
        hh, mm = rng.randint(0, 20), rng.randint(0, 30)
        w.f(
            "覚知 {tm}／現着 {t2}／病着 {t3}　{d}{nl}",
            tm=f"{hh}:{mm:02d}",
            t2=f"{hh}:{mm + rng.randint(5, 12):02d}",
            t3=f"{hh + 1}:{rng.randint(0, 59):02d}",
            d=w.dt(d0, "本日", wd=True, style=rng.choice(["kanji", "slash", "R"])),
            nl=w.nl(),
        )
        w.f(
            "隊：{tm_}（隊長 {cap}、隊員 {m1}・{m2}）{nl}",
            tm_=w.fac(team, "救急隊"),
            cap=w.nm(cap, "full", "救急隊長"),
            m1=w.nm(_person(rng, fk), "family", "隊員"),
            m2=w.nm(_person(rng, fk), "family", "隊員"),
            nl=w.nl(),
        )
        w.f(
            "発生場所：{addr} 自宅{where}{nl}",
            addr=w.adr(i["addr"], "自宅住所"),
            where=rng.choice(["浴室", "トイレ", "寝室", "階段下"]),
            nl=w.nl(),
        )
        w.f(
            "傷病者：{pt}　{age}　{sx}（生年月日 {dob}）{nl}",
            pt=w.nm(p, rng.choice(["full", "hira"])),
            age=w.ag(i["age"]),
            sx=i["sex"],
            dob=w.dt(i["birth"], "不明", style=rng.choice(["wareki", "R", "kn"])),
            nl=w.nl(),
        )
        w.f(
            "通報者：{rel} {kin}（{kt}）「{quote}」{nl}",
            rel=rng.choice(["同居の妻", "隣人", "ヘルパー", "長女"]),
            kin=w.nm(_person(rng, fk), rng.choice(["full", "family"]), "通報者"),
            kt=w.tel(_phone(rng), "（聴取済み）"),
            quote=rng.choice(["呼んでも返事がない", "お風呂で沈んでいた", "急に右手が動かなくなった"]),
            nl=w.nl(),
        )
        w.f(
            "バイスタンダーCPR：{by}さん（{job}）が胸骨圧迫実施、AED未装着。{nl}",
            by=w.nm(by, rng.choice(["family", "full"]), "居合わせた人"),
            job=rng.choice(["看護師", "近所の住人", "介護職員"]),
            nl=w.nl(),
        )
        if rng.random() < 0.6:
            w.f(
                "{ps}の{pol}巡査が現場立会い、検視の可能性につき連絡先 {pt_}。{nl}",
                ps=w.fac(city + "警察署", "警察"),
                pol=w.nm(pol, "family", "警察官"),
                pt_=w.tel(_phone(rng, False), "（警察）"),
                nl=w.nl(),
            )
        w.t(
            "JCS "
            + rng.choice(["III-300", "II-20", "I-3"])
            + "、瞳孔 3/3 対光(+)、心電図 "
            + rng.choice(["AF", "洞調律", "PEA"])
        )
        w.set_known(tel=False)


# ---------------------------------------------------------------------------
# style 8: operative / anaesthesia records
# ---------------------------------------------------------------------------

_OPS = [
    ("消化器外科", "腹腔鏡下胆嚢摘出術", "胆嚢結石症"),
    ("消化器外科", "腹腔鏡下幽門側胃切除術 D2郭清", "胃癌 cT2N0M0 StageIB"),
    ("整形外科", "人工股関節置換術（右）", "右変形性股関節症"),
    ("整形外科", "腰椎後方除圧術 L4/5", "腰部脊柱管狭窄症"),
    ("呼吸器外科", "胸腔鏡下右肺下葉切除術", "右肺腺癌 S6 cT1bN0M0"),
    ("泌尿器科", "ロボット支援腹腔鏡下前立腺全摘除術", "前立腺癌"),
    ("脳神経外科", "慢性硬膜下血腫穿頭洗浄術", "左慢性硬膜下血腫"),
]


def _s_op(w: _W) -> None:
    rng, fk = w.rng, w.fake
    i = w.patient(20, 94)
    p, d0 = i["p"], i["today"]
    dept, op, dx = rng.choice(_OPS)
    surg, a1, a2 = _person(rng, fk), _person(rng, fk), _person(rng, fk)
    scrub, circ, anes = _person(rng, fk, "F"), _person(rng, fk), _person(rng, fk)
    h = rng.randint(8, 14)
    t_in, t_an, t_st = (
        f"{h}:{rng.randint(0, 15):02d}",
        f"{h}:{rng.randint(16, 35):02d}",
        f"{h}:{rng.randint(36, 59):02d}",
    )
    t_end = f"{h + rng.randint(1, 5)}:{rng.randint(0, 59):02d}"
    tpl = rng.randrange(2)
    if tpl == 0:
        w.f("手術記録{sp}{room}{nl}", sp=w.sp(), room=f"OR{rng.randint(1, 12)}", nl=w.nl())
        w.f("手術日：{d}{nl}", d=w.dt(d0, wd=True), nl=w.nl())
        w.f(
            "患者：{pid}　{pt}　{age} {sx}　{dept}{nl}",
            pid=w.ident(i["pid"]),
            pt=w.nm(p, rng.choice(["full", "kata", "romaji"])),
            age=w.ag(i["age"]),
            sx="M" if i["sx"] == "M" else "F",
            dept=w.dep(dept),
            nl=w.nl(),
        )
        w.f("術前診断：{dx}{nl}術式：{op}{nl}", dx=dx, op=op, nl=w.nl())
        w.f(
            "術者：{s}　第1助手：{a1}　第2助手：{a2}{nl}",
            s=w.nm(surg, rng.choice(["full", "family"]), "術者"),
            a1=w.nm(a1, rng.choice(["family", "full"]), "助手"),
            a2=w.nm(a2, rng.choice(["family", "initials"]), "研修医"),
            nl=w.nl(),
        )
        w.f(
            "麻酔科：{an}（{m}）{nl}",
            an=w.nm(anes, "family", "麻酔科医"),
            m=rng.choice(["全身麻酔", "全麻+硬膜外", "脊椎麻酔"]),
            nl=w.nl(),
        )
        w.f(
            "器械出し：{sc} Ns　外回り：{ci} Ns{nl}",
            sc=w.nm(scrub, "family", "器械出し看護師"),
            ci=w.nm(circ, "family", "外回り看護師"),
            nl=w.nl(),
        )
        w.f("入室 {a} / 麻酔開始 {b} / 執刀 {c} / 終了 {e}{nl}", a=t_in, b=t_an, c=t_st, e=t_end, nl=w.nl())
        w.f(
            "出血量 {b}ml　輸液 {f}ml　尿量 {u}ml{nl}",
            b=rng.randint(5, 800),
            f=rng.randint(500, 3000),
            u=rng.randint(50, 900),
            nl=w.nl(),
        )
        w.t(
            "所見："
            + rng.choice(
                [
                    "癒着軽度、胆嚢壁肥厚あり。",
                    "腫瘍は漿膜面に露出なし。",
                    "L4/5 黄色靱帯肥厚著明。",
                    "血腫は被膜形成あり、暗赤色流動性。",
                ]
            )
            + "手技は型通り施行。"
            + w.nl()
        )
        w.f(
            "病理提出：{sp}（{n}検体）{nl}",
            sp=w.ident(f"S{d0.year % 100}-{_digits(rng, 5)}"),
            n=rng.randint(1, 4),
            nl=w.nl(),
        )
        w.f(
            "術後：{wd} 帰室{extra}",
            wd=w.fac(_ward(rng), "病棟"),
            extra=rng.choice(["", "（ICU経由せず）", "、家族（妻）へ説明済"]),
        )
        w.set_known(addr=False, tel=False)
    else:
        w.f("麻酔記録 / Anesthesia Record{nl}", nl=w.nl())
        w.f(
            "Date: {d}   Room: {rm}{nl}",
            d=w.dt(d0, style=rng.choice(["iso", "slash0"])),
            rm=f"OR-{rng.randint(1, 12)}",
            nl=w.nl(),
        )
        w.f(
            "Pt: {pt}   MRN {pid}   {age}   {ht}cm / {wt}kg   ASA-PS {asa}{nl}",
            pt=w.nm(p, "romaji"),
            pid=w.ident(i["pid"]),
            age=(f"{i['age']}y", "AGE", "adult"),
            ht=rng.randint(140, 185),
            wt=rng.randint(38, 95),
            asa=rng.randint(1, 3),
            nl=w.nl(),
        )
        w.f("Procedure: {op}{nl}", op=op, nl=w.nl())
        w.f(
            "Anesthesiologist: {an} / Resident: {res}{nl}",
            an=w.nm(anes, rng.choice(["romaji", "full"]), "attending"),
            res=w.nm(_person(rng, fk), rng.choice(["romaji", "initials", "family"]), "resident"),
            nl=w.nl(),
        )
        w.f(
            "Surgeon: Dr. {s}   Scrub: {sc}   Circ: {ci}{nl}",
            s=w.nm(surg, rng.choice(["rfamily", "family"]), "surgeon"),
            sc=w.nm(scrub, "family", "scrub"),
            ci=w.nm(circ, "family", "circulating"),
            nl=w.nl(),
        )
        w.t(f"In {t_in}  Induction {t_an}  Incision {t_st}  End {t_end}" + w.nl())
        w.t("Induction: Propofol 100mg, Rocuronium 50mg, Remifentanil 0.2γ  / ETT 7.5 cuff, Cormack I" + w.nl())
        w.t("Maint: Desflurane 4-5%, Remi 0.1-0.25γ   A-line R radial 22G" + w.nl())
        w.f(
            "Premed: none.  術前診察 {d}（{an}）、家族（{rel}: {kin}）同席で説明・同意取得。{nl}",
            d=w.dt(_days(d0, -1), "前日", style=rng.choice(["md", "mdj"])),
            an=w.nm(anes, "family", "麻酔科医"),
            rel=rng.choice(["妻", "長男", "夫", "娘"]),
            kin=w.nm(_person(rng, fk, family=p), "given", "家族"),
            nl=w.nl(),
        )
        w.f(
            "Post-op → {wd}  PCA fentanyl",
            wd=w.fac(rng.choice(["ICU", "HCU"]) + f" ベッド{rng.randint(1, 12)}", "回復室")
            if rng.random() < 0.4
            else w.fac(_ward(rng), "病棟"),
        )
        w.set_known(addr=False, tel=False)


# ---------------------------------------------------------------------------
# style 9: discharge summary
# ---------------------------------------------------------------------------


def _s_dc(w: _W) -> None:
    rng, fk = w.rng, w.fake
    i = w.patient(30, 101)
    p, d0 = i["p"], i["today"]
    adm = _days(d0, -rng.randint(6, 45))
    ward = _ward(rng)
    dept = rng.choice(_DEPTS)
    dr, ns1, ns2 = _person(rng, fk), _person(rng, fk, "F"), _person(rng, fk)
    tpl = rng.randrange(2)
    if tpl == 0:
        w.f("退院時サマリー{nl}", nl=w.nl())
        w.f(
            "病棟：{wd}　{rm}　診療科：{dept}{nl}",
            wd=w.fac(ward, "病棟"),
            rm=w.fac(_room(rng), "病室"),
            dept=w.dep(dept),
            nl=w.nl(),
        )
        w.f(
            "患者ID：{pid}　氏名：{pt}（{kana}）　{age}　{sx}{nl}",
            pid=w.ident(i["pid"]),
            pt=w.nm(p, "full"),
            kana=w.nm(p, rng.choice(["kata", "hw"]), "—"),
            age=w.ag(i["age"]),
            sx=i["sex"],
            nl=w.nl(),
        )
        w.f(
            "入院日：{a}　退院日：{b}（在院{n}日）{nl}",
            a=w.dt(adm, "入院日", style=rng.choice(["slash", "kanji", "R"])),
            b=w.dt(d0, style=rng.choice(["slash", "kanji", "R"])),
            n=(d0 - adm).days + 1,
            nl=w.nl(),
        )
        w.f(
            "主治医：{dr}　受持看護師：{n1}{nl}",
            dr=w.nm(dr, rng.choice(["full", "family"]), "主治医"),
            n1=w.nm(ns1, rng.choice(["full", "family"]), "受持看護師"),
            nl=w.nl(),
        )
        w.t(
            "【入院時診断】"
            + rng.choice(["誤嚥性肺炎", "心不全増悪", "2型糖尿病（教育入院）", "大腿骨頸部骨折術後", "急性腎盂腎炎"])
            + w.nl()
        )
        w.f(
            "【経過】{d}入院。抗菌薬（SBT/ABPC）開始し解熱。嚥下評価にてとろみ中間を導入。{d2}よりリハビリ開始。{nl}"
            "ADLは入院前（{where}で独居、杖歩行）と同程度まで回復。{nl}",
            d=w.dt(adm, "同日", style=rng.choice(["md", "mdj"])),
            d2=w.dt(_days(adm, rng.randint(2, 5)), "第3病日", style="md"),
            where=w.adr(i["addr"], "自宅"),
            nl=w.nl(),
        )
        w.t("【退院時処方】アムロジピン5mg 1T1x、ランソプラゾールOD15mg 1T1x、酸化Mg 330mg 3T3x" + w.nl())
        if rng.random() < 0.5:
            w.f(
                "【退院先】{dest}（施設案内 {u}）{nl}",
                dest=w.fac(_care(rng, "home"), "施設"),
                u=w.url(rng.choice(["hikari", "akebono", "suzuran", "kashiwagi"]) + "-care"),
                nl=w.nl(),
            )
        else:
            w.t("【退院先】自宅" + w.nl())
        w.f(
            "【連携】{cmo}（ケアマネ {cm}氏、TEL {t}）、{vn}へ看護サマリー送付。{nl}",
            cmo=w.fac(_care(rng, "cm"), "居宅介護支援事業所"),
            cm=w.nm(_person(rng, fk), "family", "担当ケアマネ"),
            t=w.tel(_phone(rng, False)),
            vn=w.fac(_care(rng, "vn"), "訪問看護"),
            nl=w.nl(),
        )
        w.f(
            "【外来】{d} {dept}外来 {dr}医師{nl}",
            d=w.dt(_days(d0, rng.randint(7, 28)), "2週後", wd=True),
            dept=w.dep(dept),
            dr=w.nm(dr, "family", "主治"),
            nl=w.nl(),
        )
        w.f(
            "記載：{n2}（{wd}） {d}",
            n2=w.nm(ns2, rng.choice(["family", "full"]), "担当看護師"),
            wd=w.fac(ward, "病棟"),
            d=w.dt(d0, style="md"),
        )
        w.set_known(tel=False)
    else:
        kin = _person(rng, fk, family=p)
        w.f("看護サマリー（退院時）　{wd}{nl}", wd=w.fac(ward, "病棟"), nl=w.nl())
        w.f(
            "作成日 {d}　作成者 {n1}　責任者 {hn}{nl}",
            d=w.dt(d0, wd=False),
            n1=w.nm(ns1, "full", "受持看護師"),
            hn=w.nm(ns2, rng.choice(["family", "full"]), "看護師長"),
            nl=w.nl(),
        )
        w.f(
            "{pt} 様  {age}  {dob}生  ID:{pid}{nl}",
            pt=w.nm(p, rng.choice(["full", "kata"])),
            age=w.ag(i["age"]),
            dob=w.dt(i["birth"], "（省略）", style=rng.choice(["wareki", "R", "kn"])),
            pid=w.ident(i["pid"]),
            nl=w.nl(),
        )
        w.f("入院期間：{a} ～ {b}{nl}", a=w.dt(adm, "入院日", style="slash"), b=w.dt(d0, style="slash"), nl=w.nl())
        w.f(
            "家族：{rel} {kin}（キーパーソン、{kt}）。{live}{nl}",
            rel=rng.choice(["長男", "長女", "妻", "夫", "姪"]),
            kin=w.nm(kin, rng.choice(["full", "given"]), "家族"),
            kt=w.tel(i["tel"], "携帯"),
            live=rng.choice(["日中独居。", "同居。", "遠方在住で週末のみ来訪。"]),
            nl=w.nl(),
        )
        w.t("＜看護問題＞" + w.nl())
        w.t(" #1 転倒リスク：ナースコール指導済み、夜間せん妄なし" + w.nl())
        w.t(" #2 皮膚統合性障害：仙骨部 d1 → 治癒" + w.nl())
        w.t(" #3 服薬管理：一包化、" + rng.choice(["家族管理", "自己管理可", "ヘルパー確認"]) + w.nl())
        w.f(
            "退院時 ADL：{adl}　食事：{diet}{nl}",
            adl=rng.choice(["歩行器歩行自立", "車椅子移乗見守り", "杖歩行自立"]),
            diet=rng.choice(["常食", "全粥・刻み", "嚥下調整食2-2"]),
            nl=w.nl(),
        )
        w.f(
            "申し送り先：{vn}（{vt}）　{dr}医師（{hp}）",
            vn=w.fac(_care(rng, "vn"), "訪問看護"),
            vt=w.tel(_phone(rng, False)),
            dr=w.nm(_person(rng, fk), "family", "かかりつけ"),
            hp=w.fac(_hospital(rng, fk), "かかりつけ医"),
        )
        w.set_known(addr=False)


# ---------------------------------------------------------------------------
# style 10: rehabilitation goal-setting conference
# ---------------------------------------------------------------------------


def _s_rehab(w: _W) -> None:
    rng, fk = w.rng, w.fake
    i = w.patient(40, 96)
    p, d0 = i["p"], i["today"]
    dr, pt_, ot, st = _person(rng, fk), _person(rng, fk), _person(rng, fk, "F"), _person(rng, fk, "F")
    ns, msw, cm = _person(rng, fk, "F"), _person(rng, fk), _person(rng, fk)
    kin = _person(rng, fk, family=p)
    dx = rng.choice(
        ["左被殻出血（右片麻痺）", "右大腿骨転子部骨折術後", "脳梗塞（左MCA領域）", "廃用症候群", "頸髄損傷 C5 AIS C"]
    )
    tpl = rng.randrange(2)
    if tpl == 0:
        w.f("リハビリテーション カンファレンス記録（目標設定）{nl}", nl=w.nl())
        w.f(
            "開催日時：{d}　場所：{wd} カンファレンス室{nl}",
            d=w.dt(d0, tm=_time(rng, 13, 17), wd=rng.random() < 0.5),
            wd=w.fac(_ward(rng), "病棟"),
            nl=w.nl(),
        )
        w.f(
            "対象者：{pt} 様（{age}、{sx}）　ID {pid}{nl}",
            pt=w.nm(p, "full"),
            age=w.ag(i["age"]),
            sx=i["sex"],
            pid=w.ident(i["pid"]),
            nl=w.nl(),
        )
        w.f(
            "診断：{dx}　発症日 {on}　回復期病棟入棟 {adm}{nl}",
            dx=dx,
            on=w.dt(_days(d0, -rng.randint(30, 90)), "発症日", style=rng.choice(["slash", "R", "mdj"])),
            adm=w.dt(_days(d0, -rng.randint(10, 29)), "入棟日", style=rng.choice(["md", "slash"])),
            nl=w.nl(),
        )
        w.t("出席者：" + w.nl())
        rows = [
            ("主治医", dr, "family"),
            ("PT", pt_, "family"),
            ("OT", ot, "family"),
            ("ST", st, "family"),
            ("病棟Ns", ns, "full"),
            ("MSW", msw, "full"),
        ]
        for role, who, form in rows:
            w.f("  ・{role} {nm}{nl}", role=role, nm=w.nm(who, form, "担当者"), nl=w.nl())
        w.f(
            "  ・本人、{rel} {kin} 様{nl}",
            rel=rng.choice(["長男", "妻", "長女", "夫"]),
            kin=w.nm(kin, rng.choice(["full", "given"]), "家族"),
            nl=w.nl(),
        )
        w.f(
            "  ・ケアマネジャー {cm} 氏（{cmo}）{nl}",
            cm=w.nm(cm, "full", "担当ケアマネ"),
            cmo=w.fac(_care(rng, "cm"), "居宅介護支援事業所"),
            nl=w.nl(),
        )
        w.f(
            "FIM：運動 {m}/91　認知 {c}/35（前回{d}：運動 {m0}）{nl}",
            m=rng.randint(30, 80),
            c=rng.randint(15, 35),
            d=w.dt(_days(d0, -14), "前回", style="md"),
            m0=rng.randint(20, 60),
            nl=w.nl(),
        )
        w.t("本人の希望：「家に帰って畑をやりたい」" + w.nl())
        w.f(
            "家族の希望：{rel}は日中仕事（{co}）のため、トイレ動作自立が条件。{nl}",
            rel=rng.choice(["長男", "妻", "長女"]),
            co=w.fac(fk.company(), "勤務先"),
            nl=w.nl(),
        )
        w.t("短期目標（2週）：屋内T字杖歩行 見守り→自立、下衣操作自立" + w.nl())
        w.f(
            "長期目標：{d}頃 自宅退院（{addr}、築40年木造2階建、玄関上がり框 25cm）{nl}",
            d=w.dt(_days(d0, rng.randint(30, 70)), "来月末", style=rng.choice(["mdj", "md", "R"])),
            addr=w.adr(i["addr"], "自宅"),
            nl=w.nl(),
        )
        w.f(
            "方針：{dd}に家屋調査予定（PT {pt}、OT {ot}、CM同行）。退院後は{day}週2回利用を検討。",
            dd=w.dt(_days(d0, rng.randint(5, 14)), "来週", style="md", wd=True),
            pt=w.nm(pt_, "family", "理学療法士"),
            ot=w.nm(ot, "family", "作業療法士"),
            day=w.fac(_care(rng, "day"), "通所リハビリ"),
        )
        w.set_known(tel=False)
    else:
        w.f(
            "■リハビリテーション総合実施計画書（要約）　{d}{nl}",
            d=w.dt(d0, style=rng.choice(["wareki", "kanji", "R"])),
            nl=w.nl(),
        )
        w.f(
            "氏名 {pt}（{kana}）　{age}{nl}",
            pt=w.nm(p, rng.choice(["full", "kata"])),
            kana=w.nm(p, "hira", "—"),
            age=w.ag(i["age"]),
            nl=w.nl(),
        )
        w.f(
            "{h}　{dept}　主治医 {dr}{nl}",
            h=w.fac(_clinic(rng, "rehab"), "当院"),
            dept=w.dep("リハビリテーション科"),
            dr=w.nm(dr, "full", "主治医"),
            nl=w.nl(),
        )
        w.f(
            "担当 PT:{pt} OT:{ot} ST:{st}{nl}",
            pt=w.nm(pt_, "family", "理学療法士"),
            ot=w.nm(ot, "family", "作業療法士"),
            st=w.nm(st, "family", "言語聴覚士"),
            nl=w.nl(),
        )
        w.f(
            "前院：{hp}（{dept}）より{d}転院{nl}",
            hp=w.fac(_hospital(rng, fk), "急性期病院"),
            dept=w.dep(rng.choice(_DEPTS), "主科"),
            d=w.dt(_days(d0, -rng.randint(10, 40)), "前月", style=rng.choice(["md", "mdj", "slash"])),
            nl=w.nl(),
        )
        w.f("疾患：{dx}{nl}", dx=dx, nl=w.nl())
        w.t(
            "心身機能：BRS 上肢III 手指III 下肢IV、感覚 表在中等度鈍麻、MMSE "
            + str(rng.randint(18, 30))
            + "/30"
            + w.nl()
        )
        w.t("活動：基本動作 起居見守り、移乗 軽介助。歩行 平行棒内 10m×3" + w.nl())
        w.f(
            "参加：発症前は{club}に所属、{job}。{nl}",
            club=w.fac(
                rng.choice(_PLACE) + rng.choice(["老人クラブ", "ゲートボール同好会", "公民館書道教室"]), "地域の集まり"
            ),
            job=rng.choice(["農業", "元教員", "自営（酒店）", "年金生活"]),
            nl=w.nl(),
        )
        w.f(
            "環境：{rel} {kin}と二人暮らし（{addr}）。介護保険 要介護{lv}、被保険者番号 {hn}。{nl}",
            rel=rng.choice(["妻", "夫", "長男", "長女"]),
            kin=w.nm(kin, rng.choice(["given", "full"]), "家族"),
            addr=w.adr(_address(rng, fk, "town"), "市内"),
            lv=rng.randint(1, 4),
            hn=("H" + _digits(rng, 9) if rng.random() < 0.2 else _digits(rng, 10), "INSURANCE_NUMBER", "（確認済み）"),
            nl=w.nl(),
        )
        if rng.random() < 0.5:
            w.f("要介護認定区分変更申請（代理申請）のため個人番号 {mn} を家族より聴取。{nl}", mn=w.mynum(), nl=w.nl())
        w.f(
            "目標：{d}までに屋内歩行自立し自宅退院。{nl}",
            d=w.dt(_days(d0, rng.randint(30, 90)), "3か月後", style=rng.choice(["mdj", "R"])),
            nl=w.nl(),
        )
        w.f(
            "本人・家族への説明：{d} 実施、{rel}署名。　説明者 {who}",
            d=w.dt(d0, style="md"),
            rel=rng.choice(["本人", "家族"]),
            who=w.nm(msw if rng.random() < 0.3 else dr, "family", "主治医"),
        )
        w.set_known(addr=False, tel=False)


# ---------------------------------------------------------------------------
# shared filler, addenda and print footers
# ---------------------------------------------------------------------------

_FILL: list[list[str]] = [
    [  # psychiatry
        "希死念慮は現時点で否定するが、「消えてしまいたい」と思うことはあると。具体的計画なし。",
        "幻聴は「悪口を言う声」、夜間に増悪。作為体験は否定。",
        "睡眠：入眠困難、中途覚醒2-3回。日中の倦怠感強い。",
        "処方：エスシタロプラム10mg 1x夕、レンボレキサント5mg 1x眠前（2週分）。",
        "心理検査（WAIS-IV、AQ）を予定。本人は検査に前向き。",
        "飲酒は「寝るため」に増えたとのこと。AUDIT 18点。",
        "病識は部分的。服薬アドヒアランスに不安あり、家族管理を提案。",
    ],
    [  # paediatrics
        "咽頭発赤(+)、扁桃白苔(-)、鼓膜 両側軽度発赤。呼吸音清、ラ音なし。",
        "迅速検査：インフルエンザA/B(-)、溶連菌(-)、RSV(-)。",
        "水分摂取良好、尿量保たれている。ホームケアについて説明。",
        "成長曲線上 -1.0SD 付近で推移、体重増加良好。",
        "処方：カルボシステインDS、アセトアミノフェン坐剤100mg 頓用。",
        "けいれん時の対応（時間を測る、5分以上で救急要請）を母へ指導。",
    ],
    [  # obstetrics
        "NST：reactive、基線 140bpm、一過性頻脈あり、子宮収縮 不規則。",
        "GBS検査 35週で実施予定。貧血 Hb 10.2 → 鉄剤開始。",
        "妊娠糖尿病スクリーニング 75gOGTT 正常範囲。",
        "バースプランの確認：立会い希望、カンガルーケア希望。",
        "体重増加やや多め、栄養指導を次回予約。",
        "子宮頸管長 32mm、切迫早産兆候なし。",
    ],
    [  # dental
        "歯周基本検査：4mm以上のポケット 12部位、BOP 35%。",
        "口腔内清掃状態不良、プラークコントロールレコード 62%。",
        "抗血栓薬（クロピドグレル）内服中のため、止血確認を十分に行う。",
        "パノラマX線：#38 水平埋伏、下顎管と近接。CT撮影を推奨。",
        "義歯不適合の訴えあり、リライン予定。",
    ],
    [  # ophthalmology
        "散瞳下眼底：網膜裂孔なし、周辺部格子状変性あり。",
        "ラタノプロスト点眼 1日1回 両眼 継続。点眼指導実施。",
        "眼鏡処方は白内障術後に再検討。",
        "飛蚊症の急な増加・視野欠損時は即受診するよう説明。",
        "抗VEGF薬硝子体注射の説明を行い、同意書を渡した。",
    ],
    [  # dialysis
        "シャント音良好、スリル触知。穿刺部の発赤なし。",
        "K 5.8、P 6.4 と高値。食事内容を振り返り、果物摂取が多い。",
        "透析後半に下肢つり、カルニチン補充を検討。",
        "体重増加 中2日で3.6kg（DW比6%）、水分制限を再指導。",
        "エリスロポエチン製剤 透析後に静注。",
    ],
    [  # emergency
        "頭部CT：明らかな出血なし。心電図 ST変化なし。",
        "トロポニン陰性、Dダイマー 0.8。",
        "ルート確保 20G 右前腕、採血・血液培養2セット採取。",
        "アルコール臭あり、呼気中アルコール測定は未実施。",
        "所持品：財布、携帯電話、お薬手帳（救急隊より受領、金庫保管）。",
    ],
    [  # operative
        "ドレーン：ウィンスロー孔に19Fr ブレイク 1本留置。",
        "閉創：筋膜 PDS、皮膚 ステープラー。",
        "抜管後、SpO2 98%（O2 3L マスク）、疼痛 NRS 3。",
        "カウント（ガーゼ・針・器械）術前術後一致を確認。",
        "術中特記事項なし。体位：仰臥位、両上肢外転70度。",
    ],
    [  # discharge
        "入院中、転倒・転落なし。褥瘡発生なし。",
        "退院前カンファレンスにて在宅サービス調整済み。",
        "内服自己管理は困難であり、一包化とカレンダー管理とした。",
        "退院時 BT 36.6 BP 128/72 SpO2 96%(RA)。",
        "嚥下：水飲みテスト 3点、食事形態 軟菜一口大。",
    ],
    [  # rehab
        "10m歩行 18.4秒、TUG 22.1秒、BBS 38点。",
        "高次脳機能：注意障害軽度、左半側空間無視なし。",
        "自宅トイレに手すり設置（住宅改修）を提案。",
        "週5回 PT/OT 各2単位、ST 1単位で継続。",
        "自主トレ：起立練習 10回×3セット、病棟看護師と共有。",
    ],
]

_ADD_NOTES = [
    "家族へ病状説明を行った。",
    "処方内容を薬局へ疑義照会、回答あり。",
    "次回予約を確認した。",
    "書類（診断書）作成依頼あり。",
    "電話にて状態確認、著変なし。",
    "他院からの情報提供書を受領しスキャン済。",
]


def _addendum(w: _W, style: int) -> None:
    rng, fk = w.rng, w.fake
    i = w.pt
    w.t(w.nl())
    for s in rng.sample(_FILL[style], rng.randint(3, 5)):
        w.t(rng.choice(["", "・", "　", "- "]) + s + w.nl())
    if rng.random() < 0.6:
        staff = _person(rng, fk)
        d = _days(i["today"], rng.randint(0, 3))
        w.f(
            "{lab}{d}{sp}{st}{role}）{note}{nl}",
            lab=rng.choice(["追記（", "【追記】（", "＃追記 ("]),
            d=w.dt(
                d,
                "同日",
                style=rng.choice(["md", "slash", "mdj"]),
                tm=_time(rng, 8, 20) if rng.random() < 0.5 else None,
            ),
            sp=" ",
            st=w.nm(staff, rng.choice(["family", "full", "initials"]), "担当"),
            role=rng.choice(["", " Ns", " MSW", " 薬剤師", "医師"]),
            note=rng.choice(_ADD_NOTES),
            nl=w.nl(),
        )
    r = rng.random()
    if r < 0.2:
        w.f(
            "薬局：{ph}（FAX {fx}）へ処方箋送信{nl}",
            ph=w.fac(_clinic(rng, "pharm"), "かかりつけ薬局"),
            fx=w.tel(_phone(rng, False), "（登録番号）"),
            nl=w.nl(),
        )
    elif r < 0.3:
        w.f("連絡用メール：{em}（本人希望）{nl}", em=(_email(rng, i["p"]), "EMAIL_ADDRESS", "（登録済み）"), nl=w.nl())
    elif r < 0.38:
        w.f("郵送先：〒{z} {a}{nl}", z=w.zp(i["zip"]), a=w.adr(i["addr"]), nl=w.nl())
    if rng.random() < 0.5:
        pd = _days(i["today"], rng.randint(0, 2))
        w.t(rng.choice(["-" * 30, "─" * 20, "＿" * 15, ""]) + w.nl())
        r = rng.random()
        if r < 0.4:
            w.f(
                "{pid} {pt} {dob}生　印刷日時 {d}　印刷者 {st}",
                pid=w.ident(i["pid"]),
                pt=w.nm(i["p"], rng.choice(["full", "kata", "hw"])),
                dob=w.dt(i["birth"], "（省略）", style=rng.choice(["slash", "R", "short"])),
                d=w.dt(pd, "本日", style="slash0", tm=_time(rng, 8, 20)),
                st=w.nm(_person(rng, fk), "family", "職員"),
            )
        elif r < 0.7:
            w.f(
                "{pt}　{pid}　p.{k}/{m}",
                pt=w.nm(i["p"], rng.choice(["full", "romaji"])),
                pid=w.ident(i["pid"]),
                k=1,
                m=rng.randint(1, 3),
            )
        else:
            w.f(
                "[{pid}]{pt}({age}) {h}",
                pid=w.ident(i["pid"]),
                pt=w.nm(i["p"], rng.choice(["hw", "kata", "full"])),
                age=w.ag(i["age"]),
                h=w.fac(_hospital(rng, fk), "当院"),
            )


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------

_STYLES = [_s_psych, _s_paed, _s_ob, _s_dental, _s_eye, _s_dial, _s_er, _s_op, _s_dc, _s_rehab]


def generate_ab(n_phi: int = 60, n_clean: int = 15, seed: int = 19230) -> list[dict]:
    """Blind held-out corpus AB: n_phi PHI documents then n_clean PHI-free ones."""
    rng = random.Random(seed)
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    docs: list[dict] = []
    for k in range(n_phi):
        w = _W(f"ab-phi-{k:03d}", random.Random(rng.random()), fake, clean=False)
        _STYLES[k % len(_STYLES)](w)
        _addendum(w, k % len(_STYLES))
        docs.append(w.out(attach=rng.random() < 0.3))
    for k in range(n_clean):
        w = _W(f"ab-clean-{k:03d}", random.Random(rng.random()), fake, clean=True)
        _STYLES[(k * 3 + 1) % len(_STYLES)](w)
        _addendum(w, (k * 3 + 1) % len(_STYLES))
        docs.append(w.out(attach=False))
    return docs
