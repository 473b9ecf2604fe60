"""Held-out Japanese clinical-text corpus, family R (radiology-centric).

This corpus was written BLIND: its author never read the scrubber's source, its
rule/dictionary data, its documentation or its tests, and never ran the scrubber
against this text.  The scrubber's rules were therefore never tuned on it.

``generate_r`` returns labelled documents ``{"id", "text", "spans"}``; ids are
``r-phi-NNN`` (documents that contain identifiers) and ``r-clean-NNN`` (documents
with NO identifiers at all, dense with clinical content that must survive, used to
measure over-redaction).  Each PHI document picks one style, cycling through all:

1. structured radiology report templates (検査名/依頼医/読影医/臨床情報/所見/診断/推奨),
   comparison with priors, key-image references, BI-RADS/Lung-RADS/TNM;
2. critical-result communication logs (緊急連絡, 院内PHS, 伝達者, 受領者);
3. IVR / angiography procedure records (術者, 助手, 看護師, 放射線技師, 造影剤量, 透視時間, 線量);
4. nuclear medicine / PET reports (投与時刻, MBq, SUVmax, 担当技師);
5. text dumps of DICOM headers pasted by a radiologist (tag/VR/value lines, keyword lines, ``^`` names);
6. speech-recognition dictation transcripts (no punctuation, spoken/kanji numbers, katakana names,
   misrecognitions);
7. opt-out / 利用停止 request forms, staff records of them and research-consent notes;
8. inter-departmental e-mails and chat between radiology staff (headers, signatures, @mentions, quoting);
9. teaching-file / conference case summaries (initials, age, sex, previous hospitals);
10. English-language letters written by a Japanese hospital, mixed with Japanese.

Span types: PERSON, ID, DATE, AGE, PHONE_NUMBER, POSTAL_CODE, ADDRESS, EMAIL_ADDRESS, URL,
FACILITY, INSURANCE_NUMBER, MY_NUMBER.  Ages are labelled whatever their value (the policy keeps
ages under 90).  Bare department names are never labelled.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

__all__ = ["generate_r"]

# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

# (kanji, katakana, romaji) -- hand-written, common to rare, word-like and place-like.
SURNAMES: list[tuple[str, str, str]] = [
    ("中", "ナカ", "Naka"),
    ("東", "アズマ", "Azuma"),
    ("森", "モリ", "Mori"),
    ("岡", "オカ", "Oka"),
    ("平野", "ヒラノ", "Hirano"),
    ("大森", "オオモリ", "Omori"),
    ("今井", "イマイ", "Imai"),
    ("林", "ハヤシ", "Hayashi"),
    ("原", "ハラ", "Hara"),
    ("谷", "タニ", "Tani"),
    ("関", "セキ", "Seki"),
    ("西", "ニシ", "Nishi"),
    ("南", "ミナミ", "Minami"),
    ("北", "キタ", "Kita"),
    ("堀", "ホリ", "Hori"),
    ("辻", "ツジ", "Tsuji"),
    ("星", "ホシ", "Hoshi"),
    ("岸", "キシ", "Kishi"),
    ("泉", "イズミ", "Izumi"),
    ("桜井", "サクライ", "Sakurai"),
    ("春日", "カスガ", "Kasuga"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("佐々木", "ササキ", "Sasaki"),
    ("東海林", "ショウジ", "Shoji"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("服部", "ハットリ", "Hattori"),
    ("日野", "ヒノ", "Hino"),
    ("白石", "シロイシ", "Shiroishi"),
    ("金子", "カネコ", "Kaneko"),
    ("土屋", "ツチヤ", "Tsuchiya"),
    ("福岡", "フクオカ", "Fukuoka"),
    ("長野", "ナガノ", "Nagano"),
    ("千葉", "チバ", "Chiba"),
    ("熊本", "クマモト", "Kumamoto"),
    ("奈良", "ナラ", "Nara"),
    ("神田", "カンダ", "Kanda"),
    ("品川", "シナガワ", "Shinagawa"),
    ("石", "イシ", "Ishi"),
    ("坂", "サカ", "Saka"),
    ("秋山", "アキヤマ", "Akiyama"),
    ("丸山", "マルヤマ", "Maruyama"),
    ("柴", "シバ", "Shiba"),
    ("今", "コン", "Kon"),
    ("早川", "ハヤカワ", "Hayakawa"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("川崎", "カワサキ", "Kawasaki"),
    ("木村", "キムラ", "Kimura"),
    ("菊池", "キクチ", "Kikuchi"),
    ("高安", "タカヤス", "Takayasu"),
    ("一", "ニノマエ", "Ninomae"),
    ("明石", "アカシ", "Akashi"),
    ("海野", "ウンノ", "Unno"),
    ("新", "アラタ", "Arata"),
    ("上", "カミ", "Kami"),
    ("宮", "ミヤ", "Miya"),
    ("浜", "ハマ", "Hama"),
    ("結城", "ユウキ", "Yuki"),
    ("安心院", "アジミ", "Ajimi"),
    ("月見里", "ヤマナシ", "Yamanashi"),
    ("比嘉", "ヒガ", "Higa"),
    ("仲宗根", "ナカソネ", "Nakasone"),
    ("知念", "チネン", "Chinen"),
    ("清水", "シミズ", "Shimizu"),
    ("大和", "ヤマト", "Yamato"),
    ("正木", "マサキ", "Masaki"),
    ("佐藤", "サトウ", "Sato"),
    ("伊藤", "イトウ", "Ito"),
    ("後藤", "ゴトウ", "Goto"),
    ("工藤", "クドウ", "Kudo"),
]

GIVEN: list[tuple[str, str, str]] = [
    ("光", "ヒカル", "Hikaru"),
    ("海", "カイ", "Kai"),
    ("空", "ソラ", "Sora"),
    ("翼", "ツバサ", "Tsubasa"),
    ("蓮", "レン", "Ren"),
    ("葵", "アオイ", "Aoi"),
    ("陽菜", "ヒナ", "Hina"),
    ("結衣", "ユイ", "Yui"),
    ("大翔", "ヒロト", "Hiroto"),
    ("湊", "ミナト", "Minato"),
    ("心", "ココロ", "Kokoro"),
    ("愛", "アイ", "Ai"),
    ("誠", "マコト", "Makoto"),
    ("希望", "ノゾミ", "Nozomi"),
    ("優", "ユウ", "Yu"),
    ("進", "ススム", "Susumu"),
    ("勇", "イサム", "Isamu"),
    ("正", "タダシ", "Tadashi"),
    ("明", "アキラ", "Akira"),
    ("茂", "シゲル", "Shigeru"),
    ("実", "ミノル", "Minoru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("学", "マナブ", "Manabu"),
    ("健", "ケン", "Ken"),
    ("舞", "マイ", "Mai"),
    ("桜", "サクラ", "Sakura"),
    ("凛", "リン", "Rin"),
    ("楓", "カエデ", "Kaede"),
    ("紬", "ツムギ", "Tsumugi"),
    ("朝陽", "アサヒ", "Asahi"),
    ("さくら", "サクラ", "Sakura"),
    ("ひかり", "ヒカリ", "Hikari"),
    ("みどり", "ミドリ", "Midori"),
    ("あかね", "アカネ", "Akane"),
    ("トメ", "トメ", "Tome"),
    ("キヨ", "キヨ", "Kiyo"),
    ("ハル", "ハル", "Haru"),
    ("ミツ", "ミツ", "Mitsu"),
    ("きく", "キク", "Kiku"),
    ("ウメ", "ウメ", "Ume"),
    ("一郎", "イチロウ", "Ichiro"),
    ("健太郎", "ケンタロウ", "Kentaro"),
    ("與四郎", "ヨシロウ", "Yoshiro"),
    ("千代子", "チヨコ", "Chiyoko"),
    ("恵美", "エミ", "Emi"),
    ("陽向", "ヒナタ", "Hinata"),
    ("律", "リツ", "Ritsu"),
    ("樹", "イツキ", "Itsuki"),
    ("和", "ノドカ", "Nodoka"),
    ("春", "ハル", "Haru"),
    ("秋", "アキ", "Aki"),
    ("夏美", "ナツミ", "Natsumi"),
    ("冬馬", "トウマ", "Toma"),
    ("勝", "マサル", "Masaru"),
    ("昭", "アキラ", "Akira"),
    ("大", "ダイ", "Dai"),
]


@dataclass(frozen=True)
class Name:
    fam: str  # kanji (katakana for a foreign name without kanji)
    giv: str
    fam_k: str  # katakana
    giv_k: str
    fam_r: str  # romaji
    giv_r: str
    western: bool = False  # native order is given-name first
    foreign: bool = False

    @property
    def has_kanji(self) -> bool:
        return self.fam != self.fam_k


FOREIGN: list[Name] = [
    Name("グエン", "ヴァン ナム", "グエン", "ヴァン ナム", "Nguyen", "Van Nam", foreign=True),
    Name("チャン", "ティ ラン", "チャン", "ティ ラン", "Tran", "Thi Lan", foreign=True),
    Name("王", "偉", "ワン", "ウェイ", "Wang", "Wei", foreign=True),
    Name("李", "美玲", "リ", "メイリン", "Li", "Meiling", foreign=True),
    Name("金", "玟俊", "キム", "ミンジュン", "Kim", "Minjun", foreign=True),
    Name("朴", "智恩", "パク", "ジウン", "Park", "Jieun", foreign=True),
    Name("サントス", "マリア", "サントス", "マリア", "Santos", "Maria", western=True, foreign=True),
    Name("シルバ", "ジョアン", "シルバ", "ジョアン", "Silva", "Joao", western=True, foreign=True),
    Name("スミス", "ジョン", "スミス", "ジョン", "Smith", "John", western=True, foreign=True),
    Name("ガルシア", "アナ", "ガルシア", "アナ", "Garcia", "Ana", western=True, foreign=True),
    Name("シャルマ", "プリヤ", "シャルマ", "プリヤ", "Sharma", "Priya", western=True, foreign=True),
    Name("デラクルス", "ホセ", "デラクルス", "ホセ", "Dela Cruz", "Jose", western=True, foreign=True),
]

# Names a speech recogniser might turn into ordinary words / other spellings.
MISHEARD: dict[str, str] = {
    "佐藤": "砂糖",
    "伊藤": "糸",
    "後藤": "五島",
    "工藤": "久藤",
    "木村": "木むら",
    "今井": "今居",
    "岡": "丘",
    "森": "杜",
    "清水": "しみず",
    "中": "仲",
}


def hira(s: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in s)


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    return s.translate(_FW)


# ---------------------------------------------------------------------------
# numbers, dates
# ---------------------------------------------------------------------------

KD = "〇一二三四五六七八九"


def kan(n: int) -> str:
    """Kanji numeral 1..999 (十二, 二十一, 百二)."""
    if n >= 100:
        h, rest = divmod(n, 100)
        return ("" if h == 1 else KD[h]) + "百" + (kan(rest) if rest else "")
    if n < 10:
        return KD[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else KD[t]) + "十" + ("" if o == 0 else KD[o])


_DIG = ["", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
_DIGIT_READ = ["ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]


def yomi(n: int) -> str:
    """Hiragana reading of 0..9999 as a speech recogniser might emit it."""
    if n == 0:
        return "ぜろ"
    out = []
    th, r = divmod(n, 1000)
    if th:
        out.append({1: "せん", 3: "さんぜん", 8: "はっせん"}.get(th, _DIG[th] + "せん"))
    h, r = divmod(r, 100)
    if h:
        out.append({1: "ひゃく", 3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}.get(h, _DIG[h] + "ひゃく"))
    t, o = divmod(r, 10)
    if t:
        out.append(("" if t == 1 else _DIG[t]) + "じゅう")
    if o:
        out.append(_DIG[o])
    return "".join(out)


_MONTH_YOMI = [
    "",
    "いちがつ",
    "にがつ",
    "さんがつ",
    "しがつ",
    "ごがつ",
    "ろくがつ",
    "しちがつ",
    "はちがつ",
    "くがつ",
    "じゅうがつ",
    "じゅういちがつ",
    "じゅうにがつ",
]
_DAY_SPECIAL = {
    1: "ついたち",
    2: "ふつか",
    3: "みっか",
    4: "よっか",
    5: "いつか",
    6: "むいか",
    7: "なのか",
    8: "ようか",
    9: "ここのか",
    10: "とおか",
    14: "じゅうよっか",
    20: "はつか",
    24: "にじゅうよっか",
}


def day_yomi(d: int) -> str:
    if d in _DAY_SPECIAL:
        return _DAY_SPECIAL[d]
    t, o = divmod(d, 10)
    head = ("" if t == 1 else _DIG[t]) + "じゅう"
    tail = {7: "しち", 9: "く"}.get(o, _DIG[o])
    return head + tail + "にち"


def age_yomi(a: int) -> str:
    if a >= 100:
        return "ひゃく" + (age_yomi(a - 100) if a > 100 else "さい")
    t, o = divmod(a, 10)
    tens = ("" if t == 1 else _DIG[t]) if t else ""
    if o == 0:
        return tens + "じゅっさい"
    base = (tens + "じゅう") if t else ""
    last = {1: "いっさい", 8: "はっさい"}.get(o, _DIG[o] + "さい")
    return base + last


def era(d: dt.date) -> tuple[str, str, int]:
    if d >= dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= dt.date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


_MON = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September"]
_MON += ["October", "November", "December"]
_MON3 = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, k: str) -> str:
    y, m, dd = d.year, d.month, d.day
    ej, el, ey = era(d)
    eys = "元" if ey == 1 else str(ey)
    table: dict[str, Callable[[], str]] = {
        "slash": lambda: f"{y}/{m:02d}/{dd:02d}",
        "slash_short": lambda: f"{y}/{m}/{dd}",
        "iso": lambda: f"{y}-{m:02d}-{dd:02d}",
        "compact": lambda: f"{y}{m:02d}{dd:02d}",
        "dot": lambda: f"{y}.{m:02d}.{dd:02d}",
        "kanji": lambda: f"{y}年{m}月{dd}日",
        "kanji_fw": lambda: fw(f"{y}年{m}月{dd}日"),
        "kanji_pad": lambda: f"{y}年{m:02d}月{dd:02d}日",
        "era": lambda: f"{ej}{eys}年{m}月{dd}日",
        "era_fw": lambda: fw(f"{ej}{eys}年{m}月{dd}日"),
        "era_abbr": lambda: f"{el}{ey}.{m}.{dd}",
        "era_abbr_slash": lambda: f"{el}{ey:02d}/{m:02d}/{dd:02d}",
        "era_abbr_slash_short": lambda: f"{el}{ey}/{m}/{dd}",
        "era_kannum": lambda: f"{ej}{'元' if ey == 1 else kan(ey)}年{kan(m)}月{kan(dd)}日",
        "west_kannum": lambda: f"{''.join(KD[int(c)] for c in str(y))}年{kan(m)}月{kan(dd)}日",
        "md": lambda: f"{m}月{dd}日",
        "md_slash": lambda: f"{m}/{dd}",
        "ym": lambda: f"{y}/{m}",
        "ym_kanji": lambda: f"{y}年{m}月",
        "en_mdy": lambda: f"{_MON[m]} {dd}, {y}",
        "en_dmy": lambda: f"{dd} {_MON[m]} {y}",
        "en_abbr": lambda: f"{dd:02d}-{_MON3[m]}-{y}",
        "en_ord": lambda: f"{_MON[m]} {_ordinal(dd)}, {y}",
        "en_mon3": lambda: f"{_MON3[m]}. {dd}, {y}",
        "spoken": lambda: yomi(y) + "ねん" + _MONTH_YOMI[m] + day_yomi(dd),
        "spoken_era": lambda: (
            {"令和": "れいわ", "平成": "へいせい", "昭和": "しょうわ", "大正": "たいしょう"}[ej]
            + ("がん" if ey == 1 else yomi(ey))
            + "ねん"
            + _MONTH_YOMI[m]
            + day_yomi(dd)
        ),
    }
    return table[k]()


JP_DATE_KINDS = [
    "slash",
    "slash",
    "slash_short",
    "iso",
    "dot",
    "kanji",
    "kanji",
    "kanji_fw",
    "kanji_pad",
    "era",
    "era",
    "era_fw",
    "era_abbr",
    "era_abbr_slash",
    "era_abbr_slash_short",
    "era_kannum",
    "west_kannum",
]
EN_DATE_KINDS = ["en_mdy", "en_dmy", "en_abbr", "en_ord", "en_mon3", "slash", "iso"]


def my_number(r: random.Random) -> str:
    digits = [r.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    return "".join(map(str, digits)) + str(check)


# ---------------------------------------------------------------------------
# facilities, places
# ---------------------------------------------------------------------------

# (japanese name, english name, web domain)
HOSPITALS: list[tuple[str, str, str]] = [
    ("みなと中央病院", "Minato Central Hospital", "minato-ch.jp"),
    ("港北総合病院", "Kohoku General Hospital", "kohoku-gh.or.jp"),
    ("東都大学医学部附属病院", "Toto University Hospital", "hosp.toto-u.ac.jp"),
    ("北斗記念病院", "Hokuto Memorial Hospital", "hokuto-kinen.jp"),
    ("聖マリア国際病院", "St. Maria International Hospital", "stmaria-ih.jp"),
    ("川辺赤十字病院", "Kawabe Red Cross Hospital", "kawabe.jrc.or.jp"),
    ("市立ひばり野病院", "Hibarino City Hospital", "hibarino-city-hp.jp"),
    ("国立病院機構 西京医療センター", "NHO Saikyo Medical Center", "saikyo.hosp.go.jp"),
    ("若葉ヶ丘病院", "Wakabagaoka Hospital", "wakabagaoka.or.jp"),
    ("県立がんセンター東病院", "Prefectural Cancer Center East", "pcc-east.jp"),
    ("森ノ宮整形外科クリニック", "Morinomiya Orthopaedic Clinic", "morinomiya-ortho.jp"),
    ("医療法人社団 青葉会 青葉台内科クリニック", "Aobadai Internal Medicine Clinic", "aobadai-naika.jp"),
    ("平野記念病院", "Hirano Memorial Hospital", "hirano-mh.jp"),
    ("さくら台クリニック", "Sakuradai Clinic", "sakuradai-cl.jp"),
]
CARE_HOMES = [
    "特別養護老人ホーム 福寿園",
    "介護老人保健施設 あおば",
    "グループホーム 陽だまり",
    "有料老人ホーム ひまわりの郷",
    "サービス付き高齢者向け住宅 こもれび",
]
OTHER_FACILITIES = ["市立さくら小学校", "株式会社 日東メディカル", "東邦精機株式会社", "県立西高等学校"]
FOREIGN_HOSPITALS: list[tuple[str, str, str, str]] = [
    ("Seattle Harbor Medical Center", "1200 Pine Street, Seattle, WA", "98101", "USA"),
    ("Royal Kingsbridge Hospital", "45 Kingsbridge Road, London", "SW1A 2AA", "UK"),
    ("Taipei Riverside General Hospital", "No. 88, Section 2, Zhongshan N. Road, Taipei", "104", "Taiwan"),
    ("Melbourne Bayview Hospital", "300 Grattan Street, Parkville VIC", "3052", "Australia"),
]

# (town_r, ward_r, city_r, town_j, ward_j, city_j, postal prefix)
PLACES: list[tuple[str, str, str, str, str, str, str]] = [
    ("Hongo", "Bunkyo-ku", "Tokyo", "本郷", "文京区", "東京都", "113"),
    ("Shiba", "Minato-ku", "Tokyo", "芝", "港区", "東京都", "105"),
    ("Hiyoshi", "Kohoku-ku", "Yokohama", "日吉", "港北区", "横浜市", "223"),
    ("Sakae", "Naka-ku", "Nagoya", "栄", "中区", "名古屋市", "460"),
    ("Tenjin", "Chuo-ku", "Fukuoka", "天神", "中央区", "福岡市", "810"),
    ("Umeda", "Kita-ku", "Osaka", "梅田", "北区", "大阪市", "530"),
    ("Ichibancho", "Aoba-ku", "Sendai", "一番町", "青葉区", "仙台市", "980"),
    ("Yamadaoka", "Suita", "Osaka", "山田丘", "吹田市", "大阪府", "565"),
    ("Kitashinjuku", "Shinjuku-ku", "Tokyo", "北新宿", "新宿区", "東京都", "169"),
    ("Omorinishi", "Ota-ku", "Tokyo", "大森西", "大田区", "東京都", "143"),
    ("Higashi", "Shibuya-ku", "Tokyo", "東", "渋谷区", "東京都", "150"),
    ("Nishiki", "Naka-ku", "Nagoya", "錦", "中区", "名古屋市", "460"),
]
BUILDINGS = ["コーポ森", "メゾン平野", "グランドハイツ東", "サンライズ岡", "パークサイド今井", "ハイツ中"]
WARDS = ["西5病棟", "東7階病棟", "4A病棟", "北3病棟", "南6階", "緩和ケア病棟（西8）", "HCU東", "新館9階西病棟"]
RELATIONS = ["長女", "長男", "妻", "夫", "次女", "次男", "姪", "孫", "成年後見人", "義理の娘"]
FREE_MAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp"]


# ---------------------------------------------------------------------------
# clinical content (identifier-free; must survive)
# ---------------------------------------------------------------------------


@dataclass
class Case:
    exam: str
    clin: str
    find: str
    dx: str
    rec: str


def _c_lung(r: random.Random) -> Case:
    sz = r.randint(14, 38)
    ln = r.randint(10, 18)
    seg = r.choice(["S2", "S3", "S6", "S8", "S10"])
    t = "T1c" if sz <= 30 else "T2a"
    n = r.choice(["N1", "N2"])
    stage = {"N1": "IIB", "N2": "IIIA"}[n]
    node = "#11R" if n == "N1" else "#7"
    return Case(
        "胸部〜上腹部造影CT",
        f"健診で胸部異常影。CEA {r.uniform(5.5, 40):.1f} ng/mL（基準値 5.0 以下）、喫煙指数 {r.randint(4, 12) * 100}。",
        f"右肺{seg}に長径{sz} mmの分葉状充実性結節を認め、spiculaと胸膜陥入像を伴う。"
        f"{node}リンパ節腫大（短径{ln} mm）。胸水なし。副腎・肝に転移を疑う所見なし。"
        f"CTDIvol {r.uniform(6, 14):.1f} mGy、DLP {r.uniform(300, 700):.1f} mGy·cm。",
        f"右肺{seg}原発性肺癌疑い c{t}{n}M0 stage {stage}（TNM分類第8版）［C34.3］",
        "PET-CTおよび気管支鏡下生検を推奨します。",
    )


def _c_gastric(r: random.Random) -> Case:
    return Case(
        "腹部〜骨盤部造影CT",
        f"心窩部痛、体重減少 {r.randint(4, 9)} kg/3か月。"
        f"CA19-9 {r.randint(60, 400)} U/mL、Hb {r.uniform(8, 11):.1f} g/dL。",
        f"胃体部小弯に全周性の壁肥厚（最大{r.randint(14, 25)} mm、Borrmann 3型相当）。"
        f"No.3、No.7リンパ節腫大。左鎖骨上窩リンパ節 {r.randint(12, 20)} mm、Virchow転移を疑う。"
        "Douglas窩に少量腹水。",
        "進行胃癌 cT4aN2M1(LYM) stage IVB［C16.2］",
        "上部消化管内視鏡と生検、腫瘍内科へのコンサルトを推奨。",
    )


def _c_spine(r: random.Random) -> Case:
    return Case(
        "腰椎MRI（T1WI/T2WI/STIR）",
        f"腰痛と左下肢痛、SLR陽性（左 {r.randint(30, 60)}°）。",
        "L4/5椎間板の左傍中心性ヘルニアにより左L5神経根を圧排。L1・L2椎体上終板にSchmorl結節。"
        f"Th12椎体にSTIR高信号を伴う楔状変形（前壁高 約{r.randint(20, 40)}%低下）。L5/S1に軽度のModic type 2変化。",
        "L4/5腰椎椎間板ヘルニア［M51.2］、Th12新鮮圧迫骨折",
        "骨密度測定（YAM値）と整形外科での評価を推奨。",
    )


def _c_thyroid(r: random.Random) -> Case:
    return Case(
        "甲状腺超音波",
        f"TSH {r.uniform(5.5, 12):.2f} μIU/mL（0.50–5.00）、FT4 {r.uniform(0.6, 0.9):.2f} ng/dL、抗TPO抗体陽性。",
        f"甲状腺はびまん性に腫大（右葉厚 {r.randint(20, 28)} mm）、内部エコーは低下し不均質。"
        f"血流はやや増加。右葉下極に{r.randint(4, 9)} mmの嚢胞性結節（TI-RADS TR2）。",
        "橋本病（慢性甲状腺炎）として矛盾しない［E06.3］",
        "6〜12か月後の超音波でフォロー。",
    )


def _c_kawasaki(r: random.Random) -> Case:
    return Case(
        "冠動脈CT（心電図同期）",
        "幼少期に川崎病の既往。ビソプロロール 2.5 mg内服下、"
        f"心拍数 {r.randint(52, 64)} bpmで撮像、ニトログリセリン舌下 0.3 mg。",
        f"LAD #6に最大径 {r.uniform(5.0, 8.5):.1f} mmの冠動脈瘤、壁在石灰化を伴う。RCA #1に軽度拡張。"
        f"Agatston score {r.randint(40, 300)}。有意狭窄なし（CAD-RADS 2）。",
        "川崎病後冠動脈瘤［I25.4］",
        "循環器内科でのフォローを継続。",
    )


def _c_stroke(r: random.Random) -> Case:
    return Case(
        "頭部MRI（DWI/FLAIR/MRA）",
        f"右片麻痺・失語、NIHSS {r.randint(8, 20)}。発症から約{r.randint(2, 5)}時間。",
        f"DWIで左MCA領域（島皮質・放線冠）に高信号、ASPECTS-DWI {r.randint(5, 8)}。"
        "MRAで左M1遠位の閉塞。FLAIRでは明らかな高信号なし（DWI-FLAIR mismatch）。",
        "左MCA領域急性期脳梗塞［I63.5］",
        "血栓回収療法の適応について脳卒中チームと協議を。",
    )


def _c_liver(r: random.Random) -> Case:
    return Case(
        "肝ダイナミックCT（4相）",
        f"C型肝炎SVR後。AFP {r.randint(20, 900)} ng/mL、"
        f"PIVKA-II {r.randint(40, 2000)} mAU/mL、Child-Pugh A（5点）、ALBI grade 1。",
        f"肝S7に{r.randint(15, 45)} mmの結節、動脈相で濃染、門脈相でwashout、被膜様構造あり（LI-RADS LR-5）。"
        "門脈腫瘍栓なし。Morison窩に腹水なし。",
        "肝細胞癌［C22.0］",
        "TACEまたは切除を検討。キャンサーボードでの検討を推奨。",
    )


def _c_breast(r: random.Random) -> Case:
    return Case(
        "乳房造影MRI",
        "マンモグラフィで左乳房に構築の乱れ（カテゴリー3）。",
        f"ガドブトロール 0.1 mL/kg静注。左乳房C領域に{r.randint(8, 25)} mmの不整形腫瘤、辺縁スピキュラ、"
        f"TICはwashout型。ADC {r.uniform(0.7, 1.0):.2f}×10⁻³ mm²/s。腋窩リンパ節腫大なし。",
        "BI-RADS カテゴリー5［C50.4］",
        "超音波ガイド下針生検を推奨。",
    )


def _c_prostate(r: random.Random) -> Case:
    return Case(
        "前立腺MRI（mpMRI）",
        f"PSA {r.uniform(4.5, 15):.1f} ng/mL、PSA density {r.uniform(0.12, 0.35):.2f}。",
        f"左辺縁域PZplに{r.randint(8, 18)} mmのT2低信号域、DWI高信号・ADC低下を伴う（PI-RADS v2.1 スコア4）。"
        "被膜外進展・精嚢浸潤なし。",
        "PI-RADS 4（前立腺癌疑い、C61）",
        "MRI/TRUS fusion生検を推奨。",
    )


def _c_pancreas(r: random.Random) -> Case:
    return Case(
        "膵臓ダイナミックCT",
        f"黄疸、T-Bil {r.uniform(3, 9):.1f} mg/dL、CA19-9 {r.randint(100, 2000)} U/mL。",
        f"膵頭部に{r.randint(18, 35)} mmの乏血性腫瘤、主膵管拡張（5 mm）、総胆管拡張。"
        "SMAへの接触は180°未満、SMV-PVに半周性の接触。",
        "膵頭部癌 cT2N0M0、borderline resectable［C25.0］",
        "EUS-FNAと胆道ドレナージを検討。",
    )


def _c_shoulder(r: random.Random) -> Case:
    return Case(
        "右肩関節MRI",
        f"反復性脱臼（{r.randint(3, 6)}回目）。",
        "上腕骨頭後外側にHill-Sachs損傷、前下方関節唇のBankart損傷。腱板に全層断裂なし。",
        "右肩関節前方不安定症（Bankart損傷）",
        "整形外科での鏡視下修復術の検討を。",
    )


def _c_takayasu(r: random.Random) -> Case:
    return Case(
        "大動脈造影CT",
        f"発熱と上肢の血圧左右差、CRP {r.uniform(2, 9):.1f} mg/dL、ESR {r.randint(40, 90)} mm/h。",
        f"大動脈弓部〜左鎖骨下動脈に全周性の壁肥厚（最大{r.uniform(3, 6):.1f} mm）"
        "、遅延相で濃染。左鎖骨下動脈起始部に狭窄。",
        "高安動脈炎の活動期として矛盾しない［M31.4］",
        "FDG-PETでの活動性評価を推奨。",
    )


def _c_kikuchi(r: random.Random) -> Case:
    return Case(
        "頸部造影CT",
        f"発熱 {r.uniform(38, 39.5):.1f}℃、白血球 {r.randint(2500, 3800)}/μL、LDH {r.randint(280, 500)} U/L。",
        f"左頸部（レベルII〜V）に多発リンパ節腫大（最大短径 {r.randint(12, 20)} mm）、一部で内部壊死。",
        "菊池病（組織球性壊死性リンパ節炎）と悪性リンパ腫の鑑別を要する",
        "リンパ節生検を推奨。",
    )


def _c_kidney(r: random.Random) -> Case:
    return Case(
        "腹部造影CT（腎プロトコル）",
        f"eGFR {r.randint(35, 55)} mL/min/1.73m²、Cr {r.uniform(1.0, 1.6):.2f} mg/dL。"
        f"イオヘキソール300 {r.randint(50, 70)} mLに減量し、前後で生理食塩水補液。",
        f"右腎下極に{r.randint(20, 40)} mmの複雑性嚢胞、薄い隔壁と微小石灰化を伴う（Bosniak IIF）。",
        "右腎複雑性嚢胞 Bosniak IIF［N28.1］",
        "6か月後、以後年1回の画像フォローを推奨。",
    )


def _c_screen(r: random.Random) -> Case:
    sz = r.randint(8, 14)
    return Case(
        "低線量胸部CT（肺がん検診）",
        "喫煙指数 800、COPD（GOLD 2）。",
        f"左肺S1+2に{sz} mmの部分充実性結節（充実成分 {r.randint(4, 6)} mm）。"
        f"CTDIvol {r.uniform(1.2, 2.5):.1f} mGy。小葉中心性肺気腫。",
        "Lung-RADS 4A",
        "3か月後の低線量CTを推奨。",
    )


def _c_pe(r: random.Random) -> Case:
    return Case(
        "肺動脈CTA＋下肢静脈相",
        f"術後5日目の呼吸困難、SpO2 {r.randint(86, 92)}%（室内気）、D-dimer {r.uniform(4, 30):.1f} μg/mL。",
        f"右主肺動脈から下葉枝に造影欠損。RV/LV比 {r.uniform(1.0, 1.5):.1f}。左膝窩静脈に深部静脈血栓。",
        "急性肺血栓塞栓症［I26.9］、左下肢DVT",
        "直ちに抗凝固療法の検討を。",
    )


CASES: list[Callable[[random.Random], Case]] = [
    _c_lung,
    _c_gastric,
    _c_spine,
    _c_thyroid,
    _c_kawasaki,
    _c_stroke,
    _c_liver,
    _c_breast,
    _c_prostate,
    _c_pancreas,
    _c_shoulder,
    _c_takayasu,
    _c_kikuchi,
    _c_kidney,
    _c_screen,
    _c_pe,
]


def critical_finding(r: random.Random) -> tuple[str, str]:
    opts: list[tuple[str, str]] = [
        ("頭部単純CT", f"右被殻出血（推定 {r.randint(15, 40)} mL）、正中偏位 {r.randint(3, 8)} mm。"),
        ("胸部単純X線", "左緊張性気胸、縦隔の右方偏位。"),
        ("腹部CT", "腹腔内遊離ガス、消化管穿孔疑い（十二指腸球部）。"),
        ("胸腹部造影CT", "急性大動脈解離 Stanford A型、上行大動脈径 52 mm、心嚢液貯留。"),
        ("肺動脈CTA", f"両側肺動脈塞栓、RV/LV比 {r.uniform(1.1, 1.6):.1f}。"),
        ("胸部X線（ポータブル）", "経鼻胃管の先端が右主気管支内。栄養剤注入前に要抜去。"),
        ("頭部MRI", f"脳底動脈閉塞、DWIで両側小脳・橋に高信号（pc-ASPECTS {r.randint(5, 8)}）。"),
        ("腹部造影CT", "絞扼性腸閉塞疑い（closed loop、腸管壁の造影不良）。"),
        ("胸部CT", f"予期せぬ所見: 右肺S3に{r.randint(20, 35)} mmの腫瘤、肺癌疑い（依頼目的外）。"),
    ]
    return r.choice(opts)


# ---------------------------------------------------------------------------
# context: random generators
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.f = Faker("ja_JP")
        self.f.seed_instance(seed)
        self.optout_n = 0

    # -- people -------------------------------------------------------------
    def name(self, sex: str | None = None, hand: float = 0.5, foreign: float = 0.07) -> Name:
        r = self.r
        x = r.random()
        if x < foreign:
            return r.choice(FOREIGN)
        fam: tuple[str, str, str]
        giv: tuple[str, str, str]
        if x < foreign + hand:
            fam = r.choice(SURNAMES)
            giv = r.choice(GIVEN)
        else:
            fam = tuple(self.f.last_name_pair())  # type: ignore[assignment]
            if sex == "F":
                giv = tuple(self.f.first_name_female_pair())  # type: ignore[assignment]
            elif sex == "M":
                giv = tuple(self.f.first_name_male_pair())  # type: ignore[assignment]
            else:
                giv = tuple(self.f.first_name_pair())  # type: ignore[assignment]
        return Name(fam[0], giv[0], fam[1], giv[1], fam[2], giv[2])

    def kj(self, n: Name) -> str:
        if not n.has_kanji:
            return self.kata(n)
        sep = self.r.choice(["", "", " ", "　"])
        if n.foreign and n.giv.count(" "):
            sep = " "
        return n.fam + sep + n.giv

    def kata(self, n: Name) -> str:
        seps = ["・", " "] if n.foreign else ["", " ", "　", " "]
        sep = self.r.choice(seps)
        giv = n.giv_k.replace(" ", sep if sep != "" else "")
        return f"{giv}{sep}{n.fam_k}" if n.western else f"{n.fam_k}{sep}{giv}"

    def hira(self, n: Name) -> str:
        return hira(self.kata(n))

    def roma(self, n: Name) -> str:
        g, f = n.giv_r, n.fam_r
        return self.r.choice(
            [
                f"{g} {f}",
                f"{f.upper()} {g}",
                f"{g} {f.upper()}",
                f"{g[0]}. {f}",
                f"{f}, {g}",
                f"{f} {g}",
                f"{g.upper()} {f.upper()}",
                f"{f} {g[0]}.",
            ]
        )

    def full(self, n: Name) -> str:
        """Any full-name rendering (mostly kanji)."""
        x = self.r.random()
        if x < 0.6:
            return self.kj(n)
        if x < 0.8:
            return self.kata(n)
        if x < 0.88:
            return self.hira(n)
        return self.roma(n)

    def fam(self, n: Name) -> str:
        if n.has_kanji and not n.foreign:
            return self.r.choice([n.fam, n.fam, n.fam, n.fam_k])
        return n.fam_k

    def initials(self, n: Name) -> str:
        f, g = n.fam_r[0], n.giv_r[0]
        return self.r.choice([f"{f}.{g}.", f"{g}.{f}.", f"{f}{g}", f"{f}・{g}", f"{g}. {f}."])

    def dicom_pn(self, n: Name) -> str:
        f, g = n.fam_r.replace(" ", ""), n.giv_r.replace(" ", "")
        x = self.r.random()
        if x < 0.35:
            return f"{f.upper()}^{g.upper()}"
        if x < 0.55:
            return f"{f}^{g}"
        if x < 0.85 and n.has_kanji:
            return f"{f.upper()}^{g.upper()}={n.fam}^{n.giv}={hira(n.fam_k)}^{hira(n.giv_k).replace(' ', '')}"
        if x < 0.85:
            return f"{f}^{g}=={n.fam_k}^{n.giv_k.replace(' ', '')}"
        return f"{f.upper()}^{g.upper()}^^Dr"

    # -- dates --------------------------------------------------------------
    def exam_date(self) -> dt.date:
        return dt.date(2016, 1, 1) + dt.timedelta(days=self.r.randint(0, 3100))

    def age(self, p90: float = 0.3) -> int:
        if self.r.random() < p90:
            return self.r.randint(90, 103)
        return self.r.randint(19, 89)

    def birth(self, age: int, ref: dt.date) -> dt.date:
        return ref - dt.timedelta(days=int(age * 365.25) + self.r.randint(10, 350))

    def date(self, d: dt.date, kinds: Sequence[str] = JP_DATE_KINDS) -> str:
        return fmt_date(d, self.r.choice(list(kinds)))

    def datetime(self, d: dt.date) -> str:
        hh, mm = self.r.randint(7, 22), self.r.randint(0, 59)
        k = self.r.random()
        if k < 0.35:
            return f"{d.year}/{d.month:02d}/{d.day:02d} {hh:02d}:{mm:02d}"
        if k < 0.55:
            return f"{d.year}-{d.month:02d}-{d.day:02d}T{hh:02d}:{mm:02d}:{self.r.randint(0, 59):02d}"
        if k < 0.75:
            return f"{fmt_date(d, 'kanji')} {hh}時{mm:02d}分"
        if k < 0.9:
            return f"{fmt_date(d, 'era')} {hh}:{mm:02d}"
        return f"{fmt_date(d, 'md_slash')} {hh}:{mm:02d}"

    def age_str(self, a: int) -> str:
        return self.r.choice([f"{a}歳", f"{a}歳", f"{a}才", fw(f"{a}") + "歳", kan(a) + "歳"])

    # -- identifiers --------------------------------------------------------
    def pid(self) -> str:
        r = self.r
        n = r.randint(1, 9999999)
        x = r.random()
        if x < 0.4:
            return f"{n:08d}"
        if x < 0.55:
            return fw(f"{n:08d}")
        if x < 0.7:
            s = f"{n:08d}"
            return f"{s[:4]}-{s[4:]}"
        if x < 0.85:
            return f"{r.randint(10, 99)}-{r.randint(10000, 99999)}"
        return f"P{n:07d}"

    def acc(self, d: dt.date) -> str:
        r = self.r
        x = r.random()
        if x < 0.3:
            return f"A{d:%Y%m%d}{r.randint(1, 9999):04d}"
        if x < 0.55:
            return f"CT{d:%y}-{r.randint(1, 999999):06d}"
        if x < 0.8:
            return f"RIS{d:%Y%m%d}-{r.randint(1, 999):03d}"
        return f"{r.randint(10000000, 99999999)}"

    def uid(self) -> str:
        r = self.r
        head = f"1.2.392.200036.9116.2.{r.randint(2, 6)}.1.{r.randint(10, 48)}"
        return f"{head}.{r.randint(10**9, 10**10 - 1)}.{r.randint(10**9, 2 * 10**9)}.{r.randint(1, 999999)}"

    # -- contact ------------------------------------------------------------
    def phone(self, mobile: bool = False) -> str:
        r = self.r
        if mobile or r.random() < 0.3:
            a, b, c = r.choice(["090", "080", "070"]), r.randint(1000, 9999), r.randint(0, 9999)
            parts = (a, f"{b}", f"{c:04d}")
        else:
            area = r.choice(["03", "06", "045", "052", "092", "011", "0466", "0857", "022"])
            rest = 10 - len(area)
            mid = 4 if len(area) == 2 else 3 if len(area) == 3 else 2
            num = f"{r.randint(0, 10**rest - 1):0{rest}d}"
            num = str(r.randint(2, 9)) + num[1:]
            parts = (area, num[:mid], num[mid:])
        x = r.random()
        if x < 0.55:
            return "-".join(parts)
        if x < 0.65:
            return f"({parts[0]}){parts[1]}-{parts[2]}"
        if x < 0.72:
            return f"{parts[0]}({parts[1]}){parts[2]}"
        if x < 0.82:
            return fw("-".join(parts))
        if x < 0.9:
            return "".join(parts)
        return f"{parts[0]} {parts[1]} {parts[2]}"

    def intl_phone(self) -> str:
        r = self.r
        area = r.choice(["3", "6", "45", "52", "92"])
        rest = 8 if len(area) == 1 else 7
        num = f"{r.randint(2 * 10 ** (rest - 1), 10**rest - 1)}"
        mid = 4 if rest == 8 else 3
        sep = r.choice(["-", " "])
        return f"+81{sep}{area}{sep}{num[:mid]}{sep}{num[mid:]}"

    def ext(self) -> str:
        s = str(self.r.randint(2000, 8999))
        return fw(s) if self.r.random() < 0.15 else s

    def postal(self, prefix: str | None = None) -> str:
        p = prefix or f"{self.r.randint(1, 99):03d}"
        s = f"{p}-{self.r.randint(0, 9999):04d}"
        x = self.r.random()
        if x < 0.15:
            return fw(s)
        if x < 0.25:
            return s.replace("-", "")
        return s

    def address(self, partial: bool = False) -> tuple[str, str]:
        """(address, postal prefix)."""
        r = self.r
        if r.random() < 0.5:
            pl = r.choice(PLACES)
            town, ward, city, prefix = pl[3], pl[4], pl[5], pl[6]
        else:
            city = self.f.prefecture()
            ward = self.f.city()
            town = self.f.town()
            prefix = f"{r.randint(1, 99):03d}"
        c, b, g = r.randint(1, 7), r.randint(1, 30), r.randint(1, 25)
        if partial:
            return r.choice([f"{ward}{town}{c}丁目", f"{town}{kan(c)}丁目", f"{city}{ward}{town}"]), prefix
        num = r.choice([f"{c}-{b}-{g}", f"{c}丁目{b}番{g}号", f"{kan(c)}丁目{b}-{g}", fw(f"{c}-{b}-{g}")])
        head = r.choice([f"{city}{ward}", f"{ward}", f"{city}{ward}"])
        addr = f"{head}{town}{num}"
        if r.random() < 0.35:
            addr += f" {r.choice(BUILDINGS)}{r.randint(1, 5)}{r.randint(1, 12):02d}" + r.choice(["", "号室", "号"])
        return addr, prefix

    def en_address(self) -> tuple[str, str]:
        r = self.r
        pl = r.choice(PLACES)
        c, b, g = r.randint(1, 7), r.randint(1, 30), r.randint(1, 25)
        s = r.choice([f"{c}-{b}-{g} {pl[0]}, {pl[1]}, {pl[2]}", f"{pl[0]} {c}-{b}-{g}, {pl[1]}, {pl[2]}"])
        return s, f"{pl[6]}-{r.randint(0, 9999):04d}"

    def email(self, n: Name, domain: str | None = None) -> str:
        r = self.r
        g = n.giv_r.lower().replace(" ", "")
        f = n.fam_r.lower().replace(" ", "")
        local = r.choice([f"{g[0]}.{f}", f"{f}-{g}", f"{f}.{g}", f"{f}{r.randint(1, 99)}", f"{g}_{f}", f"{f}{g[0]}"])
        return f"{local}@{domain or r.choice(FREE_MAIL)}"

    def hospital(self) -> tuple[str, str, str]:
        return self.r.choice(HOSPITALS)

    def ward_room(self) -> tuple[str, str]:
        return self.r.choice(WARDS), f"{self.r.randint(3, 9)}{self.r.randint(1, 30):02d}号室"


Seg = tuple[str, str | None]


def emit(d: Doc, segs: Sequence[Seg]) -> None:
    for s, k in segs:
        if k is None:
            d.t(s)
        else:
            d.p(s, k)


def row(d: Doc, layout: str, label: str, segs: Sequence[Seg]) -> None:
    if layout == "kv":
        d.t(f"{label}: ")
        emit(d, segs)
        d.t("\n")
    elif layout == "table":
        d.t(f"| {label} | ")
        emit(d, segs)
        d.t(" |\n")
    elif layout == "tab":
        d.t(f"{label}\t")
        emit(d, segs)
        d.t("\n")
    else:  # 【label】value
        d.t(f"【{label}】")
        emit(d, segs)
        d.t("\n")


def honor(r: random.Random, kind: str = "dr") -> str:
    if kind == "dr":
        return r.choice(["先生", " 先生", "医師", "Dr.", ""])
    if kind == "pt":
        return r.choice(["様", " 様", "さん", "", "殿"])
    return r.choice(["さん", "", "技師", " さん"])


def clin_extra(r: random.Random) -> str:
    """An identifier-free block of clinical content (labs, doses, times, durations)."""
    cs = r.choice(CASES)(r)
    labs = r.sample(
        [
            f"Cr {r.uniform(0.6, 1.4):.2f} mg/dL（0.46–0.79）",
            f"eGFR {r.randint(30, 90)} mL/min/1.73m²",
            f"CRP {r.uniform(0.1, 12):.2f} mg/dL（≦0.14）",
            f"Hb {r.uniform(8, 15):.1f} g/dL",
            f"Plt {r.uniform(8, 35):.1f}万/μL",
            f"PT-INR {r.uniform(0.9, 1.6):.2f}",
            f"KL-6 {r.randint(200, 1500)} U/mL（<500）",
            f"BNP {r.randint(10, 900)} pg/mL",
            f"HbA1c {r.uniform(5.5, 9.5):.1f}%",
            f"D-dimer {r.uniform(0.3, 20):.1f} μg/mL",
        ],
        3,
    )
    extra = r.choice(
        [
            f"造影後 {r.randint(2, 6)}時間の経過観察で遅発性副作用なし。",
            f"術後{r.randint(2, 14)}日目の評価、ドレーン留置 {r.randint(2, 7)}日間。",
            f"抗凝固薬（アピキサバン 5 mg 1日2回）は検査前{r.randint(1, 3)}日間休薬。",
            f"{r.randint(9, 16)}:{r.randint(0, 59):02d} 撮像開始、息止め {r.randint(10, 20)}秒 × 3回。",
            f"ヨード造影剤アレルギー歴あり、プレドニゾロン 30 mg を撮影 {r.randint(6, 13)}時間前と2時間前に内服。",
        ]
    )
    return f"・{cs.exam}: {cs.find}\n・{cs.dx}\n・検査値: {'、'.join(labs)}\n・{extra}\n"


# ---------------------------------------------------------------------------
# style 1: structured report
# ---------------------------------------------------------------------------


def s_report(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    cs = r.choice(CASES)(r)
    layout = r.choice(["kv", "table", "tab", "br"])
    pt, ref, rad, rad2 = c.name(), c.name(), c.name(), c.name()
    ex = c.exam_date()
    prior = ex - dt.timedelta(days=r.randint(60, 900))
    age = c.age()
    sex = r.choice(["男性", "女性", "M", "F"])
    d.t(r.choice(["【放射線診断報告書】", "画像診断報告書", "CT/MRI 読影レポート", "== Radiology Report =="]) + "\n")
    if layout == "table":
        d.t("| 項目 | 内容 |\n|---|---|\n")
    if phi:
        row(d, layout, r.choice(["患者ID", "ID", "患者番号", "カルテNo."]), [(c.pid(), "ID")])
        row(d, layout, r.choice(["氏名", "患者氏名", "患者名"]), [(c.full(pt), "PERSON"), (" " + honor(r, "pt"), None)])
        if r.random() < 0.5:
            bd = c.birth(age, ex)
            row(d, layout, "生年月日", [(c.date(bd), "DATE"), ("（", None), (c.age_str(age), "AGE"), ("）", None)])
        else:
            row(d, layout, "年齢/性別", [(c.age_str(age), "AGE"), (f" / {sex}", None)])
        row(d, layout, r.choice(["検査日", "撮影日", "検査日時"]), [(r.choice([c.date(ex), c.datetime(ex)]), "DATE")])
    row(d, layout, "検査名", [(cs.exam, None)])
    row(d, layout, "依頼科", [(r.choice(["呼吸器内科", "消化器内科", "整形外科", "救急科", "総合診療科"]), None)])
    if phi:
        row(d, layout, "依頼医", [(r.choice([c.kj(ref), c.fam(ref)]), "PERSON"), (" " + honor(r), None)])
        segs: list[Seg] = [(c.kj(rad), "PERSON")]
        if r.random() < 0.6:
            segs += [("（二次読影: ", None), (c.fam(rad2), "PERSON"), ("）", None)]
        row(d, layout, "読影医", segs)
        if r.random() < 0.4:
            w, room = c.ward_room()
            row(d, layout, "病棟", [(w, "FACILITY"), (" ", None), (room, "FACILITY")])
    else:
        row(d, layout, "読影", [("放射線診断専門医（二次読影あり）", None)])
    d.t("\n臨床情報:\n" + cs.clin + "\n\n")
    d.t("比較:\n")
    if phi:
        mod = r.choice(["CT", "MRI", "単純CT", "PET-CT"])
        pre, mid, post = r.choice(
            [("前回 ", " ", " と比較。"), ("", " の", "と比較しました。"), ("比較対象: ", "（", "）")]
        )
        d.t(pre).p(c.date(prior), "DATE").t(mid + mod + post + "\n")
        if r.random() < 0.4:
            h = c.hospital()
            d.t("紹介元 ").p(h[0], "FACILITY").t(" の ").p(c.date(prior - dt.timedelta(days=200)), "DATE")
            d.t(" 撮影分（CD-R持参）も参照。\n")
    else:
        d.t(f"前回CT（約{r.randint(3, 24)}か月前）と比較。\n")
    d.t("\n所見:\n" + cs.find + "\n")
    d.t(
        r.choice(
            [
                f"Key image: Se {r.randint(2, 8)} / Im {r.randint(20, 250)}\n",
                f"（キー画像 Series {r.randint(2, 8)}, Image {r.randint(20, 250)}）\n",
                f"KI#1 Se{r.randint(2, 8)}-Im{r.randint(20, 250)}, KI#2 Se{r.randint(2, 8)}-Im{r.randint(20, 250)}\n",
            ]
        )
    )
    d.t("\n診断:\n1. " + cs.dx + "\n\n推奨:\n" + cs.rec + "\n")
    if phi:
        d.t("\n報告日時: ").p(c.datetime(ex + dt.timedelta(days=r.randint(0, 2))), "DATE")
        d.t("  読影医 ").p(c.kj(rad), "PERSON").t("\n")
        if r.random() < 0.7:
            d.t(r.choice(["Acc#: ", "受付番号: ", "オーダー番号 "])).p(c.acc(ex), "ID").t("\n")
    else:
        d.t("\n報告: 一次読影後、二次読影で確定。\n")


# ---------------------------------------------------------------------------
# style 2: critical result communication log
# ---------------------------------------------------------------------------


def _hm(r: random.Random, h0: int, m0: int, plus: int) -> tuple[str, int, int]:
    t = h0 * 60 + m0 + plus
    h, m = divmod(t, 60)
    return f"{h % 24:02d}:{m:02d}", h, m


def s_critical(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    exam, finding = critical_finding(r)
    ex = c.exam_date()
    h0, m0 = r.randint(0, 21), r.randint(0, 59)
    pt, att, nurse, rad, recv = c.name(), c.name(), c.name(), c.name(), c.name()
    phs, phs2 = str(r.randint(1000, 9999)), str(r.randint(1000, 9999))
    d.t(r.choice(["■ 緊急連絡記録（重大所見）\n", "【至急報告】重要所見伝達ログ\n", "Critical Result Notification\n"]))
    if phi:
        d.t("連絡No.: ").p(f"CR-{ex.year}-{r.randint(1, 999):04d}", "ID").t("\n")
        d.t("患者: ").p(c.full(pt), "PERSON").t(r.choice([" 様", "", "さん"]) + "（")
        d.t(r.choice(["ID ", "患者番号 ", ""])).p(c.pid(), "ID").t("、").p(c.age_str(c.age(0.25)), "AGE")
        d.t("、" + r.choice(["男", "女"]) + "）")
        if r.random() < 0.6:
            w, room = c.ward_room()
            d.t(" 入院中 ").p(w, "FACILITY").t(" ").p(room, "FACILITY")
        shot = r.choice([f"{c.date(ex)} {h0:02d}:{m0:02d}", f"{c.date(ex)} {h0}時{m0:02d}分", c.date(ex)])
        d.t("\n検査: " + exam + " ").p(shot, "DATE").t(" 撮影\n")
    else:
        d.t("検査: " + exam + f"（撮影 {h0:02d}:{m0:02d}）\n")
    d.t("重大所見: " + finding + "\n経過:\n")
    t1, _, _ = _hm(r, h0, m0, r.randint(10, 40))
    t2, _, _ = _hm(r, h0, m0, r.randint(41, 50))
    t3, _, _ = _hm(r, h0, m0, r.randint(51, 70))
    if phi:
        d.t(f" {t1} 主治医 ").p(c.kj(att), "PERSON").t(" 先生へ電話連絡（院内PHS ").p(phs, "PHONE_NUMBER")
        d.t("）→ 応答なし\n")
        w, _room = c.ward_room()
        d.t(f" {t2} ").p(w, "FACILITY").t(" 看護師 ").p(c.fam(nurse), "PERSON").t(" さんへ伝言、折り返しを依頼\n")
        d.t(f" {t3} ").p(c.fam(att), "PERSON").t(r.choice(["先生", "Dr"]) + "より折り返し（")
        d.t(r.choice(["PHS ", "内線 "])).p(phs2, "PHONE_NUMBER").t("）、所見を伝達し復唱確認。\n")
        d.t("伝達者: 放射線科 ").p(c.kj(rad), "PERSON").t("（内線 ").p(c.ext(), "PHONE_NUMBER").t("）\n")
        d.t("受領者: " + r.choice(["脳神経外科", "救急科", "消化器外科", "循環器内科"]) + " ")
        d.t("").p(c.kj(recv), "PERSON").t(" 医師\n")
        t4, _, _ = _hm(r, h0, m0, r.randint(71, 90))
        d.t("記録: ").p(f"{c.date(ex, ['slash', 'slash_short', 'md_slash', 'era_abbr'])} {t4}", "DATE")
        d.t(" ").p(c.fam(rad), "PERSON").t("\n")
    else:
        d.t(f" {t1} 主治医へ電話連絡（院内PHS）→ 応答なし\n")
        d.t(f" {t2} 病棟看護師へ伝言、折り返しを依頼\n")
        d.t(f" {t3} 主治医より折り返し、所見を伝達し復唱確認。\n")
        d.t("伝達者: 放射線科 読影担当医\n受領者: 主治医（救急科）\n")
        d.t(clin_extra(r))
    d.t(r.choice(["対応: 緊急手術の方針。", "対応: 再検査予定。", "対応: 直ちに処置予定、30分以内に再評価。"]) + "\n")
    d.t("既読確認: 電子カルテ上で未読アラート解除済み。\n")


# ---------------------------------------------------------------------------
# style 3: IVR / angiography record
# ---------------------------------------------------------------------------


def _ivr_body(r: random.Random) -> tuple[str, list[str]]:
    arterial = r.choice(["右大腿動脈 4Fr シース", "左橈骨動脈 4Fr", "右総大腿動脈 5Fr"])
    site = f"穿刺部位: {arterial}"
    opts: list[tuple[str, list[str]]] = [
        (
            "肝細胞癌に対するTACE（cTACE）",
            [
                site,
                "カテーテル: 4Fr RH → 2.0Fr マイクロカテーテル（A7選択）",
                f"塞栓物質: エピルビシン {r.choice([20, 30, 40])} mg＋リピオドール {r.randint(3, 8)} mL、"
                "ゼラチンスポンジ細片",
            ],
        ),
        (
            "喀血に対する気管支動脈塞栓術（BAE）",
            [
                site,
                "カテーテル: 4Fr Shepherd hook → 1.9Fr マイクロカテーテル",
                "塞栓物質: 金属コイル（0.018 inch）3本、NBCA:リピオドール＝1:4",
            ],
        ),
        (
            "子宮筋腫に対する子宮動脈塞栓術（UAE）",
            [site, "カテーテル: 4Fr Roberts uterine → 2.4Fr マイクロ", "塞栓物質: 球状塞栓物質 500–700 μm"],
        ),
        (
            "右鎖骨下CVポート留置",
            ["穿刺: 超音波ガイド下に右内頸静脈", "ポート: 8Fr、カテーテル先端 Th6レベル（上大静脈-右房接合部）"],
        ),
        (
            "経皮経肝胆道ドレナージ（PTBD）",
            ["穿刺: 超音波ガイド下 B3", "ドレナージチューブ 8.5Fr pigtail 留置、胆汁 淡黄色 40 mL"],
        ),
        (
            "浅大腿動脈狭窄に対するEVT",
            [
                "穿刺部位: 右総大腿動脈 順行性 6Fr シース",
                "ガイドワイヤー 0.014 inch、バルーン 5.0×150 mm、ステント 6×120 mm",
                f"ヘパリン {r.choice([3000, 5000])}単位 静注、ACT 250秒以上を維持",
            ],
        ),
    ]
    return r.choice(opts)


def s_ivr(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    proc, lines = _ivr_body(r)
    ex = c.exam_date()
    op, asst, ns, tech = (c.name(hand=0.8) for _ in range(4))
    d.t(r.choice(["血管造影・IVR 実施記録\n", "【IVR記録】\n", "Angio/IVR procedure note\n"]))
    if phi:
        d.t("実施日: ").p(c.date(ex), "DATE").t("  " + r.choice(["患者: ", "氏名: "])).p(c.full(c.name()), "PERSON")
        d.t(" (").t(r.choice(["ID ", "ID:", "No."])).p(c.pid(), "ID").t(") ").p(c.age_str(c.age(0.2)), "AGE")
        d.t(" " + r.choice(["男性", "女性"]) + "\n")
        if r.random() < 0.5:
            w, room = c.ward_room()
            d.t("入院病棟: ").p(w, "FACILITY").t(" / ").p(room, "FACILITY").t("\n")
        d.t("検査番号: ").p(f"IVR-{ex.year}-{r.randint(1, 999):04d}", "ID").t("\n")
    d.t("手技: " + proc + "\n")
    if phi:
        style = r.random()
        if style < 0.5:
            d.t("術者: ").p(c.fam(op), "PERSON").t(" " + honor(r)).t(" / 助手: ").p(c.fam(asst), "PERSON")
            d.t(" " + honor(r) + "\n看護師: ").p(c.fam(ns), "PERSON").t(" / 放射線技師: ").p(c.kj(tech), "PERSON")
            d.t("\n")
        else:
            d.t("スタッフ\n\t術者\t").p(c.kj(op), "PERSON").t("\n\t助手\t").p(c.kj(asst), "PERSON")
            d.t("\n\t看護師\t").p(c.kj(ns), "PERSON").t("\n\t診療放射線技師\t").p(c.kj(tech), "PERSON").t("\n")
    else:
        d.t("術者: IVR専門医 / 助手: 専攻医 / 看護師: 1名 / 放射線技師: 1名\n")
    d.t(f"開始 {r.randint(9, 15)}:{r.randint(0, 59):02d}、終了まで {r.randint(45, 180)}分\n")
    d.t(
        "前投薬: "
        + r.choice(["ミダゾラム 2 mg静注", "ペンタゾシン 15 mg筋注", "なし（局所麻酔のみ、1%リドカイン 10 mL）"])
        + "\n"
    )
    for ln in lines:
        d.t(ln + "\n")
    agent = r.choice(["イオパミドール370", "イオヘキソール300", "イオメプロール350"])
    d.t(f"造影剤: {agent} 合計 {r.randint(30, 150)} mL\n")
    d.t(
        f"透視時間: {r.randint(5, 60)}分{r.randint(0, 59):02d}秒  空気カーマ: {r.randint(100, 3000):,} mGy  "
        f"面積線量(DAP): {r.uniform(10, 300):.1f} Gy·cm²\n"
    )
    d.t(f"止血: 用手圧迫 {r.randint(10, 20)}分 → 安静 {r.randint(2, 6)}時間\n合併症: なし（CTCAE grade 0）\n")
    if not phi:
        d.t("術前評価:\n" + clin_extra(r))
    if phi and r.random() < 0.6:
        d.t("記録者: ").p(c.full(ns), "PERSON").t("  記録日時 ").p(c.datetime(ex), "DATE").t("\n")


# ---------------------------------------------------------------------------
# style 4: nuclear medicine / PET
# ---------------------------------------------------------------------------


def _nm_body(r: random.Random) -> tuple[str, str, str, str]:
    opts = [
        (
            "FDG-PET/CT",
            f"18F-FDG {r.randint(150, 260)} MBq",
            f"右肺S6結節にSUVmax {r.uniform(4, 15):.1f}（delayed {r.uniform(5, 18):.1f}）"
            f"、#4Rリンパ節 SUVmax {r.uniform(2.5, 6):.1f}。"
            "骨・肝に異常集積なし。生理的集積: 脳、心筋、尿路。",
            "右肺癌の縦隔リンパ節転移疑い（cN2）。",
        ),
        (
            "骨シンチグラフィ",
            f"99mTc-HMDP {r.randint(555, 740)} MBq",
            f"第3腰椎、右第6肋骨、骨盤（右腸骨）に異常集積。BSI {r.uniform(0.3, 3):.2f}%、"
            f"ホットスポット数 {r.randint(2, 8)}。",
            "多発骨転移疑い（前立腺癌の既往、PSA上昇）。",
        ),
        (
            "心筋血流SPECT（負荷/安静）",
            f"99mTc-テトロホスミン 負荷 {r.randint(296, 370)} MBq / 安静 {r.randint(740, 888)} MBq",
            f"アデノシン負荷。下壁に可逆性欠損、SSS {r.randint(5, 12)}、SRS {r.randint(0, 3)}、"
            f"SDS {r.randint(4, 9)}。LVEF {r.randint(45, 65)}%。",
            "RCA領域の心筋虚血。",
        ),
        (
            "ドパミントランスポーターSPECT",
            f"123I-イオフルパン {r.randint(167, 185)} MBq",
            f"両側線条体の集積低下（右優位）、SBR 右 {r.uniform(1.5, 3):.2f} / 左 {r.uniform(2, 4):.2f}。",
            "Parkinson病を含むシナプス前性ドパミン障害として矛盾しない。MIBG心筋シンチの併用を推奨。",
        ),
        (
            "脳血流SPECT",
            f"123I-IMP {r.randint(111, 222)} MBq",
            "eZISで後部帯状回・楔前部の血流低下、Z-score 2以上。",
            "Alzheimer型認知症のパターン。",
        ),
        (
            "甲状腺131I内用療法",
            f"131I {r.choice(['1.11 GBq', '3.70 GBq', '5.55 GBq'])}（カプセル）",
            "投与後シンチで甲状腺床と左頸部に集積。遠隔転移なし。",
            "甲状腺乳頭癌術後のアブレーション。退出基準（1 m 線量率 30 μSv/h 以下）を満たした。",
        ),
    ]
    return r.choice(opts)


def s_nm(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    exam, dose, find, imp = _nm_body(r)
    ex = c.exam_date()
    pt, tech, rad = c.name(), c.name(), c.name()
    age = c.age(0.3)
    inj_h, inj_m = r.randint(8, 13), r.randint(0, 59)
    delay = r.randint(55, 70)
    sh, sm = divmod(inj_h * 60 + inj_m + delay, 60)
    d.t(r.choice(["核医学検査報告書", "【PET-CT/核医学 レポート】", "Nuclear Medicine Report"]) + f" — {exam}\n")
    if phi:
        d.t(r.choice(["検査番号 ", "RI受付番号: ", "NM No. "])).p(f"NM{ex:%y}{r.randint(1, 99999):05d}", "ID")
        d.t("  " + r.choice(["患者ID ", "ID: "])).p(c.pid(), "ID").t("\n")
        d.t("氏名: ").p(r.choice([c.kata(pt), c.kj(pt)]), "PERSON").t("  生年月日: ")
        d.t("").p(c.date(c.birth(age, ex)), "DATE").t(" (").p(c.age_str(age), "AGE").t(")\n")
        d.t("検査日: ").p(c.date(ex), "DATE").t("\n")
    d.t(f"投与: {dose}  投与時刻 {inj_h}:{inj_m:02d}  撮像開始 {sh}:{sm:02d}（投与後{delay}分）\n")
    d.t(
        f"血糖値 {r.randint(80, 140)} mg/dL  身長 {r.randint(145, 180)} cm  体重 {r.uniform(40, 85):.1f} kg  "
        f"CT: 120 kV, CTDIvol {r.uniform(2, 6):.1f} mGy\n"
    )
    if phi:
        d.t(r.choice(["担当技師: ", "撮像担当 "])).p(r.choice([c.fam(tech), c.kj(tech)]), "PERSON")
        d.t(r.choice(["", " 技師", "（RI管理区域）"]) + "\n")
    else:
        d.t("担当: 核医学専門技師\n")
    d.t("所見:\n" + find + "\n印象:\n" + imp + "\n")
    if phi:
        d.t(r.choice(["読影: ", "報告医 "])).p(c.kj(rad), "PERSON").t(" / ").p(c.kj(c.name()), "PERSON")
        d.t("（核医学専門医）\n")


# ---------------------------------------------------------------------------
# style 5: DICOM header dumps
# ---------------------------------------------------------------------------


def s_dicom(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    ex = c.exam_date()
    pt, refd, perf, oper, tech = c.name(), c.name(), c.name(), c.name(), c.name()
    age = c.age(0.35)
    bd = c.birth(age, ex)
    hosp = c.hospital()
    mode = r.choice(["tag", "keyword", "mixed"])
    if not phi:
        d.t(clin_extra(r))
    if phi:
        d.t(r.choice(["ヘッダを貼ります（技師 ", "PACSから抜粋、"]))
        d.p(c.fam(tech), "PERSON").t(r.choice(["さんより）\n", " さん確認済み）\n", "）\n"]))
    else:
        d.t(r.choice(["匿名化後のヘッダを貼ります（撮像条件の確認用）\n", "PACSから抜粋、撮像条件のみ\n"]))

    def line(tag: str, vr: str, kw: str, value: str | None, kind: str | None) -> None:
        if mode == "keyword" or (mode == "mixed" and r.random() < 0.4):
            d.t(f"{kw}{r.choice([': ', ' ', ' = '])}")
            if value is not None and kind is not None:
                d.p(value, kind)
            elif value is not None:
                d.t(value)
            d.t("\n")
        else:
            d.t(f"({tag}) {vr} [")
            if value is not None and kind is not None:
                d.p(value, kind)
            elif value is not None:
                d.t(value)
            d.t(f"]  # {kw}\n")

    st = f"{r.randint(7, 21):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}.{r.randint(0, 999):03d}"
    if phi:
        line("0008,0020", "DA", "StudyDate", f"{ex:%Y%m%d}", "DATE")
    line("0008,0030", "TM", "StudyTime", st, None)
    if phi:
        line("0008,0050", "SH", "AccessionNumber", c.acc(ex), "ID")
    line("0008,0060", "CS", "Modality", r.choice(["CT", "MR", "CR", "PT"]), None)
    line("0008,0070", "LO", "Manufacturer", r.choice(["CANON_MEC", "SIEMENS", "GE MEDICAL SYSTEMS", "FUJIFILM"]), None)
    if phi:
        line("0008,0080", "LO", "InstitutionName", r.choice([hosp[1], hosp[0]]), "FACILITY")
        if r.random() < 0.6:
            line("0008,0081", "ST", "InstitutionAddress", c.address()[0], "ADDRESS")
        line("0008,0090", "PN", "ReferringPhysicianName", c.dicom_pn(refd), "PERSON")
        if r.random() < 0.6:
            line("0008,1050", "PN", "PerformingPhysicianName", c.dicom_pn(perf), "PERSON")
        line("0008,1070", "PN", "OperatorsName", r.choice([oper.fam_r.upper(), c.dicom_pn(oper)]), "PERSON")
    else:
        line("0008,0080", "LO", "InstitutionName", "", None)
        line("0008,0090", "PN", "ReferringPhysicianName", "", None)
    line("0008,1030", "LO", "StudyDescription", r.choice(["CT Chest w/ contrast", "MR L-SPINE", "PET WB FDG"]), None)
    line("0008,103E", "LO", "SeriesDescription", r.choice(["Body 1.0 CE", "sag T2 FSE", "AX DWI b1000"]), None)
    line("0008,1090", "LO", "ManufacturerModelName", r.choice(["Aquilion ONE", "SOMATOM Force", "Discovery MI"]), None)
    if phi:
        line("0010,0010", "PN", "PatientName", c.dicom_pn(pt), "PERSON")
        line(
            "0010,0020",
            "LO",
            "PatientID",
            c.pid().translate(str.maketrans("０１２３４５６７８９－", "0123456789-")),
            "ID",
        )
        line("0010,0030", "DA", "PatientBirthDate", f"{bd:%Y%m%d}", "DATE")
        line("0010,0040", "CS", "PatientSex", r.choice(["M", "F"]), None)
        line("0010,1010", "AS", "PatientAge", f"{age:03d}Y", "AGE")
        if r.random() < 0.4:
            line("0010,1040", "LO", "PatientAddress", c.address()[0], "ADDRESS")
        if r.random() < 0.4:
            line("0010,2154", "SH", "PatientTelephoneNumbers", c.phone(), "PHONE_NUMBER")
        if r.random() < 0.5:
            line("0010,1000", "LO", "OtherPatientIDs", f"{r.randint(100000, 999999)}", "ID")
    else:
        line("0010,0010", "PN", "PatientName", "", None)
        line("0010,0020", "LO", "PatientID", "", None)
        line("0010,0040", "CS", "PatientSex", "O", None)
    line("0018,0015", "CS", "BodyPartExamined", r.choice(["CHEST", "LSPINE", "ABDOMEN", "WHOLEBODY"]), None)
    line("0018,0050", "DS", "SliceThickness", r.choice(["0.5", "1.0", "1.25", "3", "5"]), None)
    line("0018,0060", "DS", "KVP", r.choice(["80", "100", "120", "135"]), None)
    line("0018,1151", "IS", "XRayTubeCurrent", str(r.randint(80, 500)), None)
    line("0018,1210", "SH", "ConvolutionKernel", r.choice(["FC13", "Br40d", "STANDARD", "FC52"]), None)
    line("0018,0010", "LO", "ContrastBolusAgent", r.choice(["Iopamidol 370", "Iohexol 300", "Gadobutrol 1.0M"]), None)
    if phi:
        line("0020,000D", "UI", "StudyInstanceUID", c.uid(), "ID")
        if r.random() < 0.5:
            line("0008,002A", "DT", "AcquisitionDateTime", f"{ex:%Y%m%d}{st[:6]}.000000", "DATE")
    line("0018,9345", "FD", "CTDIvol", f"{r.uniform(2, 20):.2f}", None)
    d.t(
        r.choice(
            [
                "→ 患者名の漢字部分が文字化けしているのでベンダーに問い合わせ中。\n",
                "→ スライス厚 1 mm で再構成済み、再送は不要です。\n",
                "→ 造影剤の記載が実際と違うので修正依頼しました。\n",
            ]
        )
    )


# ---------------------------------------------------------------------------
# style 6: dictation transcripts
# ---------------------------------------------------------------------------


def _spoken_digits(s: str) -> str:
    return "".join(_DIGIT_READ[int(ch)] for ch in s if ch.isdigit())


def _heard(c: Ctx, n: Name) -> str:
    if n.fam in MISHEARD and c.r.random() < 0.6:
        return MISHEARD[n.fam]
    return n.fam_k


def s_dictation(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    ex = c.exam_date()
    prior = ex - dt.timedelta(days=r.randint(90, 700))
    pt, refd, rad = c.name(hand=0.6), c.name(hand=0.7), c.name(hand=0.7)
    age = c.age(0.35)
    sz = r.randint(8, 35)
    d.t(r.choice(["［音声入力］", "（ディクテーション自動変換・未校正）\n", ""]))
    d.t("えーと ")
    if phi:
        d.t("患者さんは ").p(r.choice([c.kata(pt).replace(" ", ""), c.kata(pt), pt.fam_k + pt.giv]), "PERSON")
        d.t(" さん ")
        if r.random() < 0.6:
            d.t(r.choice(["アイディーは ", "IDは ", "患者番号 "])).p(
                _spoken_digits(f"{r.randint(1, 9999999):08d}"), "ID"
            )
            d.t(" ")
        d.t("").p(r.choice([age_yomi(age), kan(age) + "歳", f"{age}歳"]), "AGE").t(" ")
        d.t(r.choice(["だんせい", "男性", "じょせい", "女性"]) + " ")
        d.t("").p(fmt_date(ex, r.choice(["spoken", "spoken", "spoken_era", "west_kannum", "era_kannum"])), "DATE")
        d.t(" の " + r.choice(["シーティー", "CT", "えむあーるあい", "MRI"]) + " です ")
        d.t("依頼医は ").p(_heard(c, refd), "PERSON").t(" 先生 ")
        d.t("前回 ").p(fmt_date(prior, r.choice(["spoken", "spoken_era", "md"])), "DATE").t(" の検査と比較します ")
    else:
        d.t("胸部 " + r.choice(["シーティー", "CT"]) + " です 前回の検査と比較します ")
    body = r.choice(
        [
            f"みぎはい えすろく に {kan(sz)}ミリの 結節 があります 辺縁は不整で スピキュラ を伴います "
            "今日水は ありません リンパ説の 腫大は ありません あ 訂正 リンパ節 です "
            "ちんだん は はいがん 疑い ティーにエー えぬいち えむぜろ 改行 "
            f"推奨 {r.choice(['ペットシーティー', 'PET-CT'])} と 気管支鏡 ケンサ を 推奨 します 句点 ",
            f"かんぞう えすなな に {yomi(sz)}みりの 早期濃染 と ウォッシュアウト を示す 結節 "
            "ライラッズ える あーる ご 門脈 腫瘍栓 なし 腹水 なし モリソン窩 に も なし "
            f"エーエフピー は {yomi(r.randint(20, 900))} とのこと 診断 肝細胞癌 改行 "
            "推奨 テース の 検討 句点 ",
            "ようつい えむあーるあい える よん ご で 左 傍中心性 の ついかんばん ヘルニア "
            "える ご 神経根 を 圧排 える いち と える に の 上終板 に シュモール結節 "
            f"だい じゅうに 胸椎 に すたいる 高信号 新鮮 圧迫骨折 前壁 {kan(r.randint(20, 40))}パーセント 低下 "
            "骨密度 測定 を 推奨 句点 ",
            "とうぶ えむあーるあい かくさん強調像 で ひだり えむしーえー 領域 に 高信号 "
            f"アスペクツ {yomi(r.randint(5, 8))} てん えむあーるえー で ひだり えむいち 閉塞 "
            "ふれあ は 陰性 ミスマッチ あり 脳卒中 チーム に 連絡済み 句点 ",
        ]
    )
    d.t(body)
    if not phi:
        d.t(
            "追加 です "
            + r.choice(["はいきしゅ 小葉中心性 軽度 ", "甲状腺 右葉 に のうほう 五ミリ ", "大動脈 石灰化 中等度 "])
        )
    d.t(
        r.choice(
            [
                "縦隔 条件では すーぶいまっくす ではなく 造影効果 は 軽度 ",
                "肝臓 えすなな に 嚢胞 じゅうミリ 以前と 変化なし ",
                "付随所見 として 胆嚢 結石 ケーはちじゅう てん に ",
                "",
            ]
        )
    )
    if phi:
        d.t("以上 読影 ").p(r.choice([rad.fam_k, _heard(c, rad), c.kj(rad)]), "PERSON").t(" でした ")
        if r.random() < 0.35:
            d.t("問い合わせは ないせん ").p(_spoken_digits(str(r.randint(2000, 8999))), "PHONE_NUMBER").t(" まで ")
    else:
        d.t("以上 です 確認 お願いします ")
    d.t("\n")


# ---------------------------------------------------------------------------
# style 7: opt-out / 利用停止 requests, research consent notes
# ---------------------------------------------------------------------------

RESEARCH_TITLES = [
    "深層学習を用いた胸部X線画像の自動診断支援に関する研究",
    "CT画像を用いた骨粗鬆症スクリーニング法の開発",
    "多施設共同による膵癌画像データベース構築研究",
    "頭部MRIの画像特徴と認知機能の関連に関する後ろ向き観察研究",
]


def s_optout(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    variant = ["form", "note", "form", "consent"][c.optout_n % 4]
    c.optout_n += 1
    recv = c.exam_date() + dt.timedelta(days=r.randint(0, 400))
    age = c.age(0.45)
    pt = c.name()
    proxy = c.name()
    if r.random() < 0.6 and not pt.foreign:
        g = c.name()
        proxy = Name(pt.fam, g.giv, pt.fam_k, g.giv_k, pt.fam_r, g.giv_r)
    staff, pi = c.name(), c.name()
    rel = r.choice(RELATIONS)
    title = r.choice(RESEARCH_TITLES)
    if variant == "form":
        d.t(
            r.choice(
                [
                    "個人情報の利用停止等請求書（受付控）\n",
                    "オプトアウト申出書\n",
                    "診療情報の研究利用に関する拒否の申出\n",
                ]
            )
        )
        if not phi:
            d.t(
                "受付番号: ＿＿＿＿＿＿\n受付日: 　　年　　月　　日\n"
                "申出者（本人）氏名: ＿＿＿＿＿＿　（ふりがな）＿＿＿＿\n"
                "生年月日: □昭和 □平成 □令和　　年　　月　　日\n住所: 〒　　　－\n電話番号: \n"
                "代理人氏名: ＿＿＿＿　続柄: □配偶者 □子 □その他（　　　）\n"
                "本人確認書類: □運転免許証 □健康保険証 □個人番号カード □その他\n"
                "請求内容: □研究目的での利用停止 □第三者提供の停止 □消去\n"
                "※ 個人番号（マイナンバー）は記載しないでください。申出から概ね2週間以内に回答します。\n"
            )
            d.t("（裏面）対象となる検査の例: 胸部単純X線、胸部CT（CTDIvol 約 5–15 mGy）、頭部MRI、18F-FDG PET-CT。\n")
            d.t("研究に用いる情報の例:\n" + clin_extra(r))
            return
        addr, pref = c.address()
        d.t("受付番号: ").p(r.choice([f"OPT-{recv.year}-{r.randint(1, 999):04d}", f"{r.randint(1000, 9999)}"]), "ID")
        d.t("\n受付日: ").p(c.date(recv), "DATE").t("\n")
        d.t("申出者（本人）氏名: ").p(c.kj(pt), "PERSON")
        if pt.has_kanji and not pt.foreign:
            d.t("（ふりがな: ").p(c.hira(pt), "PERSON").t("）")
        d.t("\n生年月日: ").p(c.date(c.birth(age, recv), ["era", "era", "era_abbr", "kanji", "era_kannum"]), "DATE")
        d.t("（").p(c.age_str(age), "AGE").t("）\n")
        d.t("住所: 〒").p(c.postal(pref), "POSTAL_CODE").t(" ").p(addr, "ADDRESS").t("\n")
        d.t("電話: ").p(c.phone(), "PHONE_NUMBER")
        if r.random() < 0.6:
            d.t(" / 携帯 ").p(c.phone(mobile=True), "PHONE_NUMBER")
        d.t("\n")
        if r.random() < 0.7:
            d.t("代理人: ").p(c.kj(proxy), "PERSON").t(f"（続柄: {rel}）連絡先 ").p(
                c.phone(mobile=True), "PHONE_NUMBER"
            )
            d.t("\n")
            if r.random() < 0.5:
                d.t("代理人メール: ").p(c.email(proxy), "EMAIL_ADDRESS").t("\n")
        d.t("本人確認: 健康保険証（保険者番号 ").p(
            f"{r.choice(['06', '01', '31', '39'])}{r.randint(100000, 999999)}", "INSURANCE_NUMBER"
        )
        d.t("、記号 ").p(f"{r.randint(1, 9999)}", "INSURANCE_NUMBER").t(" 番号 ").p(
            f"{r.randint(1, 999)}", "INSURANCE_NUMBER"
        )
        d.t("）")
        mn = my_number(r)
        mfmt = r.choice([mn, f"{mn[:4]} {mn[4:8]} {mn[8:]}", f"{mn[:4]}-{mn[4:8]}-{mn[8:]}", fw(mn)])
        d.t("、個人番号カード（").p(mfmt, "MY_NUMBER").t("）※本来記録不要")
        d.t("\n患者ID: ").p(c.pid(), "ID").t("\n")
        d.t(f"請求内容: 研究「{title}」への診療画像の利用停止\n")
        d.t("対象期間: ").p(c.date(recv - dt.timedelta(days=1500), ["ym", "ym_kanji"]), "DATE").t("〜")
        d.t("").p(c.date(recv, ["ym", "ym_kanji"]), "DATE").t("\n")
        d.t("受付担当: 医事課 ").p(c.fam(staff), "PERSON").t("\n対応: ").p(c.date(recv + dt.timedelta(days=2)), "DATE")
        d.t(" 研究責任者 ").p(c.kj(pi), "PERSON").t(" 先生へ連絡、データセットから除外済み。\n")
        if r.random() < 0.5:
            h = c.hospital()
            d.t("公開文書: ").p(f"https://www.{h[2]}/research/optout/", "URL").t("\n")
        return
    if variant == "note":
        if phi:
            d.t("【申出対応記録】").p(c.datetime(recv), "DATE").t("\n")
            d.t(f"患者の{rel} ").p(c.full(proxy), "PERSON").t(" 様（").p(c.phone(mobile=True), "PHONE_NUMBER")
            d.t("）より電話。").p(c.fam(pt), "PERSON").t(r.choice(["様", "さん"]) + "（").p(c.age_str(age), "AGE")
            d.t("、ID ").p(c.pid(), "ID").t("）の画像データを研究に使わないでほしいとの申出。\n")
            d.t("現在 ").p(r.choice(CARE_HOMES), "FACILITY").t(" に入所中で本人の意思確認は困難とのこと。")
            d.t("施設住所: ").p(c.address(partial=True)[0], "ADDRESS").t("\n")
            mn = my_number(r)
            d.t("※ 郵送された申出書に個人番号カードの写し（").p(
                r.choice([f"{mn[:4]} {mn[4:8]} {mn[8:]}", mn]), "MY_NUMBER"
            )
            d.t("）が同封されていたため、写しは返送し記録からは削除予定。\n")
            d.t(f"研究「{title}」の対象であることを確認。書面を郵送予定。\n対応者: ").p(c.kj(staff), "PERSON")
            d.t("（内線 ").p(c.ext(), "PHONE_NUMBER").t("）\n")
        else:
            d.t("【申出対応記録】\n")
            d.t(
                "患者家族より電話。画像データを研究に使わないでほしいとの申出。"
                "本人は施設入所中で意思確認は困難とのこと。\n"
            )
            d.t("対象となる画像検査の内容（電子カルテより）:\n" + clin_extra(r))
            d.t(f"研究「{title}」の対象であることを確認。書面を郵送予定。次回外来（約2週間後）で書面を受領予定。\n")
        d.t("参考: 当該患者は直近の胸部CTで右肺S6に 8 mm の結節（Lung-RADS 3）、6か月後フォロー予定。\n")
        return
    # consent note
    d.t("研究同意取得記録\n課題名: " + title + "\n")
    if phi:
        d.t("説明日: ").p(c.date(recv), "DATE").t("  説明者: ").p(c.kj(staff), "PERSON").t("（研究分担者）\n")
        if age >= 90 or r.random() < 0.5:
            d.t("同意者: 代諾者 ").p(c.kj(proxy), "PERSON").t(f"（続柄: {rel}）／対象者 ").p(c.kj(pt), "PERSON")
            d.t(" ").p(c.age_str(age), "AGE").t("\n")
        else:
            d.t("同意者: 本人 ").p(c.kj(pt), "PERSON").t("（").p(c.age_str(age), "AGE").t("）\n")
        d.t("同意書保管番号: ").p(f"CN-{recv.year}-{r.randint(1, 999):04d}", "ID").t("  研究用ID: ")
        d.t("").p(f"R{r.randint(100, 999)}-{r.randint(1, 300):03d}", "ID").t("\n")
    else:
        d.t("説明者: 研究分担者（放射線科）\n同意者: 本人（自署）\n")
        d.t("適格基準の確認:\n" + clin_extra(r))
    d.t(
        "説明内容: 目的、方法（造影MRI 1回追加、ガドブトロール 0.1 mL/kg）"
        "、予想される不利益（腎性全身性線維症のリスク、eGFR 30未満は除外）、"
        "同意撤回の自由。撤回はいつでも可能で、撤回後も診療上の不利益はない。\n"
    )


# ---------------------------------------------------------------------------
# style 8: e-mail and chat
# ---------------------------------------------------------------------------


def s_mail(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    ex = c.exam_date()
    a, b, cc = c.name(), c.name(), c.name()
    hosp = c.hospital()
    dom = r.choice([hosp[2], "rad." + hosp[2]])
    cs = r.choice(CASES)(r)
    if r.random() < 0.6:
        if phi:
            d.t("From: ").p(c.kj(a), "PERSON").t(" <").p(c.email(a, dom), "EMAIL_ADDRESS").t(">\n")
            d.t("To: ").p(r.choice([c.kj(b), c.roma(b)]), "PERSON").t(" <").p(c.email(b, dom), "EMAIL_ADDRESS").t(">\n")
            if r.random() < 0.6:
                d.t("Cc: ").p(c.email(cc, dom), "EMAIL_ADDRESS").t("; ").p(f"rad-tech@{hosp[2]}", "EMAIL_ADDRESS").t(
                    "\n"
                )
            d.t("Date: ").p(c.datetime(ex + dt.timedelta(days=r.randint(1, 3))), "DATE").t("\n")
            d.t("Subject: Re: 患者ID ").p(c.pid(), "ID").t(" の再構成依頼\n\n")
            d.t("").p(c.fam(b), "PERSON").t(r.choice(["先生", "さん", "様"]) + "\n\nお疲れ様です。")
            d.t("").p(c.fam(a), "PERSON").t(" です。\n")
        else:
            d.t("Subject: Re: 再構成依頼（胸部CT）\n\nお疲れ様です。\n")
        d.t(f"ご依頼の件、{cs.exam}を 1 mm / FC52 で再構成しPACSへ送信しました（Series 601）。\n")
        d.t("所見の要点: " + cs.dx + "\n")
        d.t(
            "造影剤は イオパミドール370 80 mL、注入速度 3.0 mL/s、"
            "撮像タイミングは bolus tracking（下行大動脈 150 HU）。\n\n"
        )
        if phi:
            d.t("> ").p(c.date(ex, ["md", "md_slash", "slash_short"]), "DATE").t(" 撮影の CT（Acc# ").p(c.acc(ex), "ID")
            d.t("）、薄層再構成をお願いできますか。\n> キャンサーボードが木曜 17:30 からです。\n> ")
            d.t("").p(c.fam(b), "PERSON").t("\n\n--\n放射線科 ").p(c.kj(a), "PERSON").t("\n")
            d.p(hosp[0], "FACILITY").t("\n内線 ").p(c.ext(), "PHONE_NUMBER")
            if r.random() < 0.6:
                d.t(" / PHS ").p(str(r.randint(1000, 9999)), "PHONE_NUMBER")
            if r.random() < 0.5:
                d.t(" / 直通 ").p(c.phone(), "PHONE_NUMBER")
            d.t("\n")
            if r.random() < 0.3:
                d.t("").p(f"https://www.{hosp[2]}/department/radiology/", "URL").t("\n")
        else:
            d.t("> 薄層再構成をお願いできますか。\n> キャンサーボードが木曜 17:30 からです。\n\n--\n放射線科 読影室\n")
        return
    # chat
    d.t(r.choice(["#読影室-連絡 (Teams)\n", "[院内チャット] 放射線科-技師室\n", "Slack #ct-protocol\n"]))
    h0 = r.randint(8, 18)
    u1 = f"{a.fam_r.lower()}.{a.giv_r.lower().replace(' ', '')}"
    u2 = f"{b.fam_r.lower()}_{b.giv_r[0].lower()}"
    if phi:
        d.t(f"[{h0}:{r.randint(0, 29):02d}] ").p(c.kj(a), "PERSON").t(": @").p(u2, "PERSON")
        d.t(" 今日の ").p(c.age_str(c.age(0.5)), "AGE").t(" の方（").p(c.pid(), "ID").t("）、")
        d.t("eGFR 28 なので単純CTに変更でお願いします\n")
        d.t(f"[{h0}:{r.randint(30, 59):02d}] ").p(c.fam(b), "PERSON").t(": 了解です、主治医の ")
        d.t("").p(c.fam(cc), "PERSON").t(" 先生にも連絡済み。").p(c.date(ex, ["md", "md_slash"]), "DATE")
        d.t(" の MRI は予定どおりで OK？\n")
        d.t(f"[{h0 + 1}:{r.randint(0, 59):02d}] @").p(u1, "PERSON").t(" はい、MRIは ガドブトロール なしの単純で。")
        d.t("T2WI/DWI/3D-FLAIR のみ、20分枠\n")
    else:
        d.t(f"[{h0}:{r.randint(0, 29):02d}] 読影室: 午後の造影CT、eGFR 28 の方は単純CTに変更でお願いします\n")
        d.t(f"[{h0}:{r.randint(30, 59):02d}] 技師室: 了解です、主治医にも連絡済み。MRI は予定どおりで OK？\n")
        d.t(f"[{h0 + 1}:{r.randint(0, 59):02d}] 読影室: はい、単純で。T2WI/DWI/3D-FLAIR のみ、20分枠\n")
        d.t(f"[{h0 + 1}:{r.randint(0, 59):02d}] 読影室: 参考までに前回の要点↓\n")
        d.t(clin_extra(r))
    d.t("> 造影剤腎症リスク: eGFR 30未満は原則造影回避、30–45は補液（生食 1 mL/kg/h 前後6時間）\n")


# ---------------------------------------------------------------------------
# style 9: teaching file / conference summary
# ---------------------------------------------------------------------------


def s_teaching(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    conf = c.exam_date()
    pt, pres, sup, refd = c.name(), c.name(), c.name(), c.name()
    age = c.age(0.3)
    sex = r.choice(["男性", "女性"])
    cs = r.choice(CASES)(r)
    h1, h2 = c.hospital(), c.hospital()
    if phi:
        d.t(r.choice(["画像カンファレンス 症例提示（", "Teaching file 登録（", "【読影会】（"])).p(c.date(conf), "DATE")
        d.t(f" 第{r.randint(1, 40)}回）\n")
        d.t(f"症例{r.randint(1, 6)}: ").p(c.initials(pt), "PERSON").t(" ").p(c.age_str(age), "AGE").t(f" {sex}")
        d.t("（").t(r.choice(["ID ", "TF No. ", "症例番号 "])).p(
            r.choice([c.pid(), f"TF-{conf.year}-{r.randint(1, 99):03d}"]), "ID"
        )
        d.t("）\n紹介元: ").p(h1[0], "FACILITY").t(" ").p(c.fam(refd), "PERSON").t(" 先生\n")
        d.t("既往: ").p(
            c.date(conf - dt.timedelta(days=r.randint(800, 4000)), ["ym", "ym_kanji", "kanji", "era"]), "DATE"
        )
        d.t(" に ").p(h2[0], "FACILITY").t(
            " で" + r.choice(["乳癌手術（Bt+SN）", "胃切除術（Billroth I法）", "右腎摘出"]) + "。"
        )
        if age >= 90 and r.random() < 0.7:
            d.t("現在 ").p(r.choice(CARE_HOMES), "FACILITY").t(" 入所中。")
        d.t("\n")
    else:
        d.t(r.choice(["画像カンファレンス 症例提示\n", "Teaching file 登録\n", "【読影会】\n"]))
        d.t(f"症例: 高齢{sex}\n紹介元: 近医（" + r.choice(["呼吸器内科", "内科", "整形外科"]) + "）\n")
        d.t("既往: 他院で" + r.choice(["乳癌手術（Bt+SN）", "胃切除術（Billroth I法）", "右腎摘出"]) + "。\n")
    d.t("検査: " + cs.exam + "\n臨床: " + cs.clin + "\n画像所見: " + cs.find + "\n最終診断: " + cs.dx + "\n")
    d.t(
        "Teaching point: "
        + r.choice(
            [
                "Virchow転移とTrousseau症候群の合併に注意。",
                "Schmorl結節と転移の鑑別にはSTIRとT1WIの脂肪髄の保たれ方が有用。",
                "橋本病の経過中に急速増大する腫瘤は悪性リンパ腫（MALT）を考える。",
                "川崎病既往の成人では冠動脈瘤の石灰化を見落とさない。",
                "Hill-Sachs と Bankart の併存（bipolar lesion）では glenoid track の評価を。",
            ]
        )
        + "\n"
    )
    if phi:
        d.t("提示者: 専攻医 ").p(c.kj(pres), "PERSON").t(" / 指導医: ").p(r.choice([c.kj(sup), c.roma(sup)]), "PERSON")
        d.t("\n")
        if r.random() < 0.5:
            d.t("（前医画像は ").p(h1[0], "FACILITY").t(" 放射線科 ").p(c.fam(c.name()), "PERSON")
            d.t(" 技師より取り寄せ、").p(c.date(conf - dt.timedelta(days=r.randint(5, 30)), ["md", "md_slash"]), "DATE")
            d.t(" 取込）\n")
    else:
        d.t("提示者: 専攻医 / 指導医: 放射線診断専門医\n")


# ---------------------------------------------------------------------------
# style 10: English letters
# ---------------------------------------------------------------------------


def s_letter(c: Ctx, d: Doc, phi: bool) -> None:
    r = c.r
    ex = c.exam_date()
    letter_d = ex + dt.timedelta(days=r.randint(2, 20))
    hosp = c.hospital()
    sex = r.choice(["F", "M"])
    pt, author, refd = c.name(sex, hand=0.2), c.name(), c.name()
    age = c.age(0.35)
    title = "Ms." if sex == "F" else "Mr."
    pron = "She" if sex == "F" else "He"
    cs = r.choice(CASES)(r)
    if phi:
        d.p(hosp[1], "FACILITY").t("\nDepartment of Radiology\n")
        addr, post = c.en_address()
        d.p(addr, "ADDRESS").t(" ").p(post, "POSTAL_CODE").t(", Japan\n")
        d.t("Tel: ").p(c.intl_phone(), "PHONE_NUMBER").t("  Fax: ").p(c.intl_phone(), "PHONE_NUMBER").t("\n")
        if r.random() < 0.7:
            d.p(f"https://www.{hosp[2]}/en/", "URL").t("\n")
        d.t("\n").p(c.date(letter_d, EN_DATE_KINDS), "DATE").t("\n\n")
        if r.random() < 0.5:
            fh = r.choice(FOREIGN_HOSPITALS)
            rec = r.choice(FOREIGN[6:])
            d.t("Dr. ").p(r.choice([f"{rec.giv_r} {rec.fam_r.upper()}", f"{rec.giv_r} {rec.fam_r}"]), "PERSON")
            d.t("\nDepartment of Radiology\n").p(fh[0], "FACILITY").t("\n").p(fh[1], "ADDRESS").t(" ")
            d.p(fh[2], "POSTAL_CODE").t(f", {fh[3]}\n\n")
            rec_short = rec.fam_r
        else:
            h2 = c.hospital()
            d.t("Dr. ").p(f"{refd.giv_r} {refd.fam_r.upper()}", "PERSON").t("\n").p(h2[1], "FACILITY").t("\n\n")
            rec_short = refd.fam_r
        d.t("Re: " + title + " ").p(f"{pt.giv_r} {pt.fam_r.upper()}", "PERSON").t(" (")
        d.t(r.choice(["DOB: ", "born "])).p(c.date(c.birth(age, ex), EN_DATE_KINDS), "DATE")
        d.t(r.choice([", Hospital ID: ", ", MRN ", "; patient no. "])).p(c.pid(), "ID").t(")\n\n")
        d.t("Dear Dr. ").p(rec_short, "PERSON").t(",\n\n")
        d.t(f"Thank you for agreeing to see {title} ").p(pt.fam_r, "PERSON").t(", a ")
        d.p(f"{age}-year-old", "AGE").t(f" {'woman' if sex == 'F' else 'man'} who is moving to your area. ")
        d.t(f"{pron} underwent {r.choice(['contrast-enhanced CT', 'MRI', 'FDG-PET/CT'])} at our hospital on ")
        d.p(c.date(ex, EN_DATE_KINDS), "DATE").t(". ")
    else:
        d.t("Department of Radiology\n\nDear Colleague,\n\n")
        d.t(f"Thank you for agreeing to see this patient, who is moving to your area. {pron} underwent imaging at our ")
        d.t("hospital recently. ")
    d.t(
        "In summary, the examination showed the following (Japanese original report excerpt):\n"
        f"  「{cs.find}」\n  Diagnosis: {cs.dx}\n"
        f"Relevant laboratory data: {cs.clin}\n"
        "Radiation dose for the study: CTDIvol 9.8 mGy, DLP 512 mGy·cm. No adverse reaction to iodinated contrast "
        "(iopamidol 370, 90 mL) was observed.\n"
    )
    if phi:
        d.t("The prior study performed at ").p(c.hospital()[1], "FACILITY").t(" on ")
        d.p(c.date(ex - dt.timedelta(days=r.randint(100, 900)), [*EN_DATE_KINDS, "slash"]), "DATE")
        d.t(" is enclosed on CD-R. Our Japanese referral letter (紹介状) is attached; the patient's daughter, Ms. ")
        dau = c.name("F", hand=0.0, foreign=0.0)
        d.p(f"{dau.giv_r} {pt.fam_r}", "PERSON").t(" (").p(c.intl_phone(), "PHONE_NUMBER").t(", ")
        d.p(c.email(Name(pt.fam, dau.giv, pt.fam_k, dau.giv_k, pt.fam_r, dau.giv_r)), "EMAIL_ADDRESS")
        d.t("), can help with communication.\n\n")
        d.t("Sincerely yours,\n\n").p(r.choice([f"{author.giv_r} {author.fam_r.upper()}", c.roma(author)]), "PERSON")
        d.t(", MD, PhD\n" + r.choice(["Associate Professor", "Chief, Diagnostic Radiology", "Staff Radiologist"]))
        d.t("\nE-mail: ").p(c.email(author, hosp[2]), "EMAIL_ADDRESS").t("\nDirect line: ").p(
            c.intl_phone(), "PHONE_NUMBER"
        )
        d.t(", ext. ").p(c.ext(), "PHONE_NUMBER").t("\n")
        if r.random() < 0.6:
            d.t("（日本語署名）放射線科 ").p(c.kj(author), "PERSON").t("\n")
        if r.random() < 0.5:
            d.t("cc: Dr. ").p(f"{refd.giv_r[0]}. {refd.fam_r}", "PERSON").t(" (referring physician)\n")
    else:
        d.t(clin_extra(r))
        d.t("\nPlease do not hesitate to contact our department if you need further information.\n\n")
        d.t("Sincerely yours,\nDepartment of Radiology\n")


STYLES: list[Callable[[Ctx, Doc, bool], None]] = [
    s_report,
    s_critical,
    s_ivr,
    s_nm,
    s_dicom,
    s_dictation,
    s_optout,
    s_mail,
    s_teaching,
    s_letter,
]


def generate_r(n_phi: int = 80, n_clean: int = 20, seed: int = 9190) -> list[dict[str, Any]]:
    """Generate the family-R held-out corpus (deterministic for a seed)."""
    c = Ctx(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        d = Doc(f"r-phi-{i:03d}")
        STYLES[i % len(STYLES)](c, d, True)
        docs.append(d.out())
    for j in range(n_clean):
        d = Doc(f"r-clean-{j:03d}")
        STYLES[j % len(STYLES)](c, d, False)
        docs.append(d.out())
    return docs
