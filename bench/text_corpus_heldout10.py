"""Held-out Japanese clinical-text corpus, family S ("the wider hospital"), written blind.

The examiner who wrote this module never read the scrubber's code, its rule/lexicon data, its
documentation or its unit tests; names, formats and document shapes come from Faker ja_JP and
from hand-written lists drawn from general knowledge.  Nothing here was tuned against the scrubber.

Each PHI document picks one style, cycling through all ten:

1. pharmacy inquiry records (疑義照会) and outside-pharmacy tracing reports (トレーシングレポート);
2. medical-social-worker / discharge-planning conference minutes with many participants
   (family, care manager of a named 居宅介護支援事業所, 訪問看護ステーション, 地域包括支援センター);
3. home-care and visiting-nurse records (訪問日時, 訪問者, directions from a station, family);
4. psychiatric and genetic-counselling notes with family-history narratives and pedigree labels;
5. clinical-trial case report forms and monitoring logs (被験者識別コード, 症例登録番号, CRC, SDV);
6. insurance / billing / public-expense forms (レセプト, 保険者番号, 記号・番号, 公費, 限度額, マイナンバー);
7. death certificates, death notifications and autopsy requests (死亡日時, 死亡場所, 届出人, 本籍);
8. dental and ophthalmology records (tooth notation #16 / 右上6番 / FDI 36, VD=0.8(1.2), IOP);
9. patient-portal messages and phone-call memos written colloquially by patients and families;
10. incident / accident reports (発生日時, 発生場所, 当事者, 発見者, 報告者 with 職種 and 経験年数).

Styles with sub-variants rotate through them round-robin (疑義照会 / トレーシングレポート, genetic /
psychiatric, dental / eye, receipt / 指定難病 memo, four portal/phone shapes, three incident events).

Label conventions: names exclude honorifics and role words (様, さん, 先生, 医師, Dr.); a weekday in
brackets after a date stays outside the DATE span; a date-time written together is one DATE span;
〒 stays outside POSTAL_CODE; extension/PHS numbers are PHONE_NUMBER; 享年93 labels only "93".

Clean documents (``s-clean-*``) reuse the same shapes with every identifier replaced by a role
word or a relative expression; they carry no spans and measure over-redaction.  They do mention
bare department names (消化器内科, 医療福祉相談室 ...), which policy keeps.  In PHI documents every
age is labelled AGE (policy keeps ages under 90, so only 90+ count); sponsor/CRO companies and
employers are labelled FACILITY; hospital codes and bank accounts are labelled ID.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from faker import Faker

from bench.text_corpus_heldout import Doc

_T = TypeVar("_T")

# --------------------------------------------------------------------------- character helpers

_FW_TABLE = str.maketrans("0123456789-:/.()", "０１２３４５６７８９－：／．（）")


def _fw(s: str) -> str:
    return s.translate(_FW_TABLE)


def _build_hw() -> dict[str, str]:
    m: dict[str, str] = {}
    for cp in range(0xFF61, 0xFFA0):
        c = chr(cp)
        full = unicodedata.normalize("NFKC", c)
        if len(full) == 1 and full not in m:
            m[full] = c
    return m


_HW = _build_hw()


def _hw(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if ch in _HW and ch not in ("\u3099", "\u309a"):
            out.append(_HW[ch])
            continue
        dec = unicodedata.normalize("NFD", ch)
        if len(dec) == 2 and dec[0] in _HW and dec[1] in ("\u3099", "\u309a"):
            out.append(_HW[dec[0]] + ("ﾞ" if dec[1] == "\u3099" else "ﾟ"))
        else:
            out.append(ch)
    return "".join(out)


def _hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


_KN = "〇一二三四五六七八九"


def _kn(n: int) -> str:
    """Kanji numeral for 1..99 (十 style)."""
    if n < 10:
        return _KN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KN[t]) + "十" + ("" if o == 0 else _KN[o])


def _kn_digits(n: int) -> str:
    return "".join(_KN[int(c)] for c in str(n))


# --------------------------------------------------------------------------- name lists (hand-written)

_SURNAMES: list[tuple[str, str, str]] = [
    ("中", "ナカ", "Naka"),
    ("原", "ハラ", "Hara"),
    ("北", "キタ", "Kita"),
    ("金子", "カネコ", "Kaneko"),
    ("長野", "ナガノ", "Nagano"),
    ("青木", "アオキ", "Aoki"),
    ("小川", "オガワ", "Ogawa"),
    ("今村", "イマムラ", "Imamura"),
    ("春日", "カスガ", "Kasuga"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("西", "ニシ", "Nishi"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("岡", "オカ", "Oka"),
    ("関", "セキ", "Seki"),
    ("辻", "ツジ", "Tsuji"),
    ("星", "ホシ", "Hoshi"),
    ("福岡", "フクオカ", "Fukuoka"),
    ("千葉", "チバ", "Chiba"),
    ("大和", "ヤマト", "Yamato"),
    ("髙橋", "タカハシ", "Takahashi"),
    ("渡邊", "ワタナベ", "Watanabe"),
    ("齋藤", "サイトウ", "Saito"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("八月一日", "ホズミ", "Hozumi"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("川崎", "カワサキ", "Kawasaki"),
    ("森田", "モリタ", "Morita"),
    ("内田", "ウチダ", "Uchida"),
    ("石原", "イシハラ", "Ishihara"),
    ("原田", "ハラダ", "Harada"),
    ("菊池", "キクチ", "Kikuchi"),
    ("木村", "キムラ", "Kimura"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("本間", "ホンマ", "Homma"),
    ("安心院", "アジミ", "Ajimi"),
    ("月見里", "ヤマナシ", "Yamanashi"),
    ("上", "カミ", "Kami"),
    ("平", "タイラ", "Taira"),
    ("島", "シマ", "Shima"),
    ("谷", "タニ", "Tani"),
    ("泉", "イズミ", "Izumi"),
    ("桜井", "サクライ", "Sakurai"),
    ("夏目", "ナツメ", "Natsume"),
    ("新垣", "アラガキ", "Aragaki"),
    ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"),
    ("仲村渠", "ナカンダカリ", "Nakandakari"),
    ("一", "ニノマエ", "Ninomae"),
    ("服部", "ハットリ", "Hattori"),
    ("明石", "アカシ", "Akashi"),
    ("日下部", "クサカベ", "Kusakabe"),
    ("海老原", "エビハラ", "Ebihara"),
    ("宮", "ミヤ", "Miya"),
    ("万代", "マンダイ", "Mandai"),
    ("田中", "タナカ", "Tanaka"),
    ("佐々木", "ササキ", "Sasaki"),
    ("大平", "オオヒラ", "Ohira"),
    ("寺", "テラ", "Tera"),
    ("鬼塚", "オニヅカ", "Onizuka"),
]

_GIVEN_M: list[tuple[str, str, str]] = [
    ("太郎", "タロウ", "Taro"),
    ("明", "アキラ", "Akira"),
    ("誠", "マコト", "Makoto"),
    ("実", "ミノル", "Minoru"),
    ("勇", "イサム", "Isamu"),
    ("清", "キヨシ", "Kiyoshi"),
    ("正", "タダシ", "Tadashi"),
    ("茂", "シゲル", "Shigeru"),
    ("進", "ススム", "Susumu"),
    ("光", "ヒカル", "Hikaru"),
    ("翼", "ツバサ", "Tsubasa"),
    ("陽翔", "ハルト", "Haruto"),
    ("蓮", "レン", "Ren"),
    ("湊", "ミナト", "Minato"),
    ("光宙", "ピカチュウ", "Pikachu"),
    ("騎士", "ナイト", "Naito"),
    ("大空", "スカイ", "Sukai"),
    ("勝", "マサル", "Masaru"),
    ("悠真", "ユウマ", "Yuma"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("健一", "ケンイチ", "Kenichi"),
    ("一", "ハジメ", "Hajime"),
    ("海", "カイ", "Kai"),
    ("一二三", "ヒフミ", "Hifumi"),
    ("睦月", "ムツキ", "Mutsuki"),
    ("ひろし", "ヒロシ", "Hiroshi"),
    ("源次郎", "ゲンジロウ", "Genjiro"),
    ("寅吉", "トラキチ", "Torakichi"),
]

_GIVEN_F: list[tuple[str, str, str]] = [
    ("花子", "ハナコ", "Hanako"),
    ("恵", "メグミ", "Megumi"),
    ("愛", "アイ", "Ai"),
    ("春", "ハル", "Haru"),
    ("秋", "アキ", "Aki"),
    ("優", "ユウ", "Yu"),
    ("陽葵", "ヒマリ", "Himari"),
    ("凛", "リン", "Rin"),
    ("結愛", "ユア", "Yua"),
    ("心愛", "ココア", "Kokoa"),
    ("希空", "ノア", "Noa"),
    ("月", "ルナ", "Runa"),
    ("姫星", "キララ", "Kirara"),
    ("七音", "ドレミ", "Doremi"),
    ("ハナ", "ハナ", "Hana"),
    ("カツ", "カツ", "Katsu"),
    ("トメ", "トメ", "Tome"),
    ("ウメ", "ウメ", "Ume"),
    ("キク", "キク", "Kiku"),
    ("ツル", "ツル", "Tsuru"),
    ("チヨ", "チヨ", "Chiyo"),
    ("さくら", "サクラ", "Sakura"),
    ("すみれ", "スミレ", "Sumire"),
    ("あおい", "アオイ", "Aoi"),
    ("みどり", "ミドリ", "Midori"),
    ("千代子", "チヨコ", "Chiyoko"),
    ("美智子", "ミチコ", "Michiko"),
    ("良子", "ヨシコ", "Yoshiko"),
    ("和子", "カズコ", "Kazuko"),
    ("百合", "ユリ", "Yuri"),
    ("桃", "モモ", "Momo"),
    ("紀子", "ノリコ", "Noriko"),
    ("八千代", "ヤチヨ", "Yachiyo"),
    ("五月", "サツキ", "Satsuki"),
    ("弥生", "ヤヨイ", "Yayoi"),
    ("小春", "コハル", "Koharu"),
]

# foreign residents: surnames and given names by origin, (written form, katakana, romaji[, sex])
_FOREIGN_LAST: dict[str, list[tuple[str, str, str]]] = {
    "zh": [
        ("王", "ワン", "Wang"),
        ("李", "リ", "Li"),
        ("陳", "チン", "Chen"),
        ("張", "チョウ", "Zhang"),
        ("劉", "リュウ", "Liu"),
    ],
    "ko": [("金", "キム", "Kim"), ("朴", "パク", "Park"), ("崔", "チェ", "Choi")],
    "vi": [("グエン", "グエン", "Nguyen"), ("チャン", "チャン", "Tran"), ("レ", "レ", "Le")],
    "pt": [("サントス", "サントス", "Santos"), ("ペレイラ", "ペレイラ", "Pereira"), ("シルバ", "シルバ", "Silva")],
    "en": [("スミス", "スミス", "Smith"), ("ブラウン", "ブラウン", "Brown")],
    "ne": [("グルン", "グルン", "Gurung"), ("タパ", "タパ", "Thapa")],
    "in": [("シャルマ", "シャルマ", "Sharma")],
}
_FOREIGN_GIVEN: dict[str, list[tuple[str, str, str, str]]] = {
    "zh": [
        ("偉", "ウェイ", "Wei", "M"),
        ("明", "ミン", "Ming", "M"),
        ("浩然", "ハオラン", "Haoran", "M"),
        ("美玲", "メイリン", "Meiling", "F"),
        ("麗", "レイ", "Li", "F"),
        ("芳", "ファン", "Fang", "F"),
    ],
    "ko": [
        ("敏俊", "ミンジュン", "Minjun", "M"),
        ("志勲", "ジフン", "Jihun", "M"),
        ("秀賢", "スヒョン", "Suhyeon", "F"),
        ("智恩", "ジウン", "Jieun", "F"),
        ("瑞妍", "ソヨン", "Seoyeon", "F"),
    ],
    "vi": [
        ("ヴァン・アン", "ヴァン・アン", "Van An", "M"),
        ("ミン・トゥアン", "ミン・トゥアン", "Minh Tuan", "M"),
        ("ティ・ホア", "ティ・ホア", "Thi Hoa", "F"),
        ("ティ・ラン", "ティ・ラン", "Thi Lan", "F"),
    ],
    "pt": [
        ("ルーカス", "ルーカス", "Lucas", "M"),
        ("ジョアン", "ジョアン", "Joao", "M"),
        ("マリア", "マリア", "Maria", "F"),
        ("アナ", "アナ", "Ana", "F"),
    ],
    "en": [
        ("ジョン", "ジョン", "John", "M"),
        ("デイビッド", "デイビッド", "David", "M"),
        ("エミリー", "エミリー", "Emily", "F"),
        ("サラ", "サラ", "Sarah", "F"),
    ],
    "ne": [
        ("ビカス", "ビカス", "Bikash", "M"),
        ("ラム", "ラム", "Ram", "M"),
        ("スニタ", "スニタ", "Sunita", "F"),
        ("サリタ", "サリタ", "Sarita", "F"),
    ],
    "in": [
        ("ラフル", "ラフル", "Rahul", "M"),
        ("アルジュン", "アルジュン", "Arjun", "M"),
        ("プリヤ", "プリヤ", "Priya", "F"),
        ("アニタ", "アニタ", "Anita", "F"),
    ],
}

# --------------------------------------------------------------------------- places (hand-written)

# (prefecture, city, towns, station)
_AREAS: list[tuple[str, str, list[str], str]] = [
    ("東京都", "世田谷区", ["桜丘", "上馬", "代沢", "経堂"], "経堂"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "光が丘"], "石神井公園"),
    ("東京都", "江東区", ["北砂", "大島", "東陽"], "南砂町"),
    ("神奈川県", "横浜市港北区", ["日吉本町", "大倉山", "綱島西"], "大倉山"),
    ("神奈川県", "川崎市中原区", ["小杉町", "木月"], "元住吉"),
    ("埼玉県", "さいたま市浦和区", ["常盤", "岸町"], "北浦和"),
    ("千葉県", "船橋市", ["本町", "前原西"], "津田沼"),
    ("大阪府", "大阪市阿倍野区", ["昭和町", "阪南町"], "昭和町"),
    ("大阪府", "豊中市", ["岡町", "曽根東町"], "岡町"),
    ("愛知県", "名古屋市千種区", ["覚王山通", "今池"], "覚王山"),
    ("福岡県", "福岡市中央区", ["大名", "薬院"], "薬院"),
    ("北海道", "札幌市北区", ["北十条西", "麻生町"], "北18条"),
    ("宮城県", "仙台市青葉区", ["上杉", "八幡"], "北四番丁"),
    ("京都府", "京都市左京区", ["下鴨", "北白川"], "出町柳"),
    ("兵庫県", "神戸市灘区", ["六甲台町", "篠原本町"], "六甲道"),
    ("広島県", "広島市南区", ["皆実町", "宇品海岸"], "広島"),
    ("長野県", "松本市", ["中央", "城東"], "松本"),
    ("沖縄県", "那覇市", ["首里当蔵町", "泊"], "首里"),
    ("静岡県", "浜松市中央区", ["元城町", "佐鳴台"], "浜松"),
    ("新潟県", "新潟市中央区", ["古町通", "関屋"], "関屋"),
    ("熊本県", "熊本市中央区", ["水前寺", "黒髪"], "水前寺"),
    ("鹿児島県", "鹿児島市", ["春日町", "城山"], "鹿児島中央"),
]

_RURAL: list[tuple[str, str, str, str]] = [
    ("長野県", "北安曇郡白馬村", "大字北城", "白馬"),
    ("岩手県", "岩手郡雫石町", "大字長山", "雫石"),
    ("高知県", "高岡郡四万十町", "大字窪川", "窪川"),
    ("秋田県", "仙北郡美郷町", "大字六郷", "羽後長野"),
]

_PLACES = [
    "城南",
    "東都",
    "北星",
    "桜ヶ丘",
    "青葉台",
    "みなと",
    "若葉",
    "緑ヶ丘",
    "聖ヨハネ",
    "白樺",
    "旭",
    "朝霧",
    "港北",
    "千歳",
    "湘南",
    "大濠",
    "鶴見",
    "多摩",
    "府中",
    "川越",
    "豊橋",
    "姫路",
    "久留米",
    "函館",
    "弘前",
    "盛岡",
    "松阪",
    "宇治",
    "西宮",
    "春日",
    "長野",
    "中央",
]
_SOFT = [
    "ひだまり",
    "なごみ",
    "やすらぎ",
    "さくら",
    "あおぞら",
    "ゆうあい",
    "こもれび",
    "はなみずき",
    "すまいる",
    "つばさ",
    "みのり",
    "かがやき",
    "ぬくもり",
    "せせらぎ",
    "あかね",
    "陽だまり",
    "寿",
    "和楽",
]
_KATA_CORP = [
    "アステル",
    "ノヴァリス",
    "メディクロス",
    "サンフィールド",
    "ルミナ",
    "ケアリンク",
    "オリオン",
    "バイオネクスト",
]
_MAIL_DOMAINS = [
    "gmail.com",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "icloud.com",
    "yahoo.co.jp",
    "softbank.ne.jp",
    "outlook.jp",
]

# --------------------------------------------------------------------------- clinical pools (must survive)

_LABS = [
    "WBC 8,200/μL（基準 3,300–8,600）",
    "Hb 10.2 g/dL",
    "Plt 18.4万/μL",
    "CRP 2.35 mg/dL（基準 0.14以下）",
    "Alb 3.1 g/dL",
    "BUN 24 mg/dL",
    "Cre 1.12 mg/dL",
    "eGFR 45.3 mL/min/1.73m²",
    "Na 134 mEq/L",
    "K 4.8 mEq/L",
    "HbA1c 7.8%（NGSP）",
    "空腹時血糖 142 mg/dL",
    "TSH 6.2 μIU/mL",
    "FT4 0.82 ng/dL",
    "BNP 312 pg/mL",
    "PT-INR 2.4",
    "AST 32 U/L",
    "ALT 41 U/L",
    "γ-GTP 88 U/L",
    "LDL-C 152 mg/dL",
    "D-ダイマー 1.8 μg/mL",
    "NT-proBNP 1,820 pg/mL",
    "PCT 0.12 ng/mL",
    "VCM トラフ 12.4 μg/mL",
    "尿蛋白 2+",
    "CK 210 U/L",
    "Mg 1.6 mg/dL",
    "UA 7.9 mg/dL",
]
_DRUGS = [
    "アムロジピン錠5mg 1錠 分1朝食後",
    "メトホルミン塩酸塩錠250mg 4錠 分2朝夕食後",
    "ランソプラゾールOD錠15mg 1錠 分1朝食後",
    "酸化マグネシウム錠330mg 3錠 分3毎食後",
    "ワルファリンK錠1mg 2.5錠 分1夕食後",
    "アピキサバン錠5mg 2錠 分2朝夕食後",
    "レボチロキシンNa錠50μg 1錠 分1朝食前",
    "ドネペジル塩酸塩OD錠5mg 1錠 分1朝食後",
    "レボドパ・カルビドパ配合錠 3錠 分3毎食後",
    "エスシタロプラム錠10mg 1錠 分1夕食後",
    "アセトアミノフェン錠500mg 1回1錠 疼痛時 1日3回まで",
    "ロキソプロフェンNa錠60mg 3錠 分3毎食後 5日分",
    "フロセミド錠20mg 1錠 分1朝食後",
    "プレドニゾロン錠5mg 2錠 分1朝食後",
    "インスリン グラルギン 8単位 1日1回 就寝前",
    "レバミピド錠100mg 3錠 分3毎食後",
    "エルデカルシトールカプセル0.75μg 1カプセル 分1朝食後",
    "ミロガバリン錠5mg 2錠 分2朝夕食後",
    "スピロノラクトン錠25mg 1錠 分1朝食後",
    "センノシド錠12mg 2錠 分1就寝前",
]
_DEPTS = [
    "循環器内科",
    "消化器内科",
    "腎臓内科",
    "呼吸器内科",
    "整形外科",
    "総合診療科",
    "脳神経内科",
    "糖尿病内分泌内科",
]


# --------------------------------------------------------------------------- data holders


@dataclass(frozen=True)
class _Name:
    last: str
    first: str
    last_kana: str
    first_kana: str
    last_r: str
    first_r: str
    foreign: bool = False

    def known(self) -> dict[str, str]:
        # the shape of policies.identifiers.PersonName (the caller's known identifiers)
        return {
            "family": self.last,
            "given": self.first,
            "family_kana": self.last_kana,
            "given_kana": self.first_kana,
            "family_romaji": self.last_r,
            "given_romaji": self.first_r,
        }


@dataclass
class _Addr:
    pref: str
    city: str
    town: str
    c: int
    b: int
    g: int
    bld: str
    room: int
    station: str
    rural: bool = False

    def canonical(self) -> str:
        if self.rural:
            return f"{self.pref}{self.city}{self.town}{self.b}番地"
        return f"{self.pref}{self.city}{self.town}{self.c}丁目{self.b}番{self.g}号"


@dataclass
class _Pt:
    name: _Name
    sex: str
    birth: date
    ref: date
    age: int
    pid: str
    addr: _Addr
    postal: str
    phone: str


def _minus_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:
        return d.replace(year=d.year - years, day=28)


def _era(d: date) -> tuple[str, str, int]:
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


def _mynumber(base11: str) -> str:
    s = 0
    for n in range(1, 12):
        p = int(base11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    rem = s % 11
    cd = 0 if rem <= 1 else 11 - rem
    return base11 + str(cd)


def _luhn_like(base: str) -> str:
    """Check digit used on insurer / public-expense numbers (weights 2,1,2,1... from the right)."""
    s = 0
    for i, ch in enumerate(reversed(base)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return base + str((10 - s % 10) % 10)


# --------------------------------------------------------------------------- generator


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.f = Faker("ja_JP")
        self.f.seed_instance(seed)
        self._cyc: dict[str, int] = {}

    def cyc(self, key: str, n: int) -> int:
        """Round-robin sub-variant picker, so that every sub-variant of a style shows up."""
        k = self._cyc.get(key, 0)
        self._cyc[key] = k + 1
        return k % n

    def ch(self, seq: Sequence[_T]) -> _T:
        return seq[self.r.randrange(len(seq))]

    def pr(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    # ---- names
    def name(self, sex: str | None = None, foreign: float = 0.07) -> _Name:
        sx = sex or self.ch("MF")
        if self.pr(foreign):
            grp = self.ch(sorted(_FOREIGN_LAST))
            last = self.ch(_FOREIGN_LAST[grp])
            return self._foreign_given(grp, last, sx)
        last = self.ch(_SURNAMES) if self.pr(0.5) else self.f.last_name_pair()
        if self.pr(0.5):
            first = self.ch(_GIVEN_M if sx == "M" else _GIVEN_F)
        else:
            first = self.f.first_name_male_pair() if sx == "M" else self.f.first_name_female_pair()
        return _Name(last[0], first[0], last[1], first[1], last[2], first[2])

    def _foreign_given(self, grp: str, last: tuple[str, str, str], sex: str) -> _Name:
        first = self.ch([x for x in _FOREIGN_GIVEN[grp] if x[3] == sex])
        return _Name(last[0], first[0], last[1], first[1], last[2], first[2], foreign=True)

    def relative(self, base: _Name, sex: str | None = None, same: bool = False) -> _Name:
        """Same family name (usually), new given name."""
        if base.foreign:
            grp = next(k for k, v in _FOREIGN_LAST.items() if base.last in [x[0] for x in v])
            return self._foreign_given(grp, (base.last, base.last_kana, base.last_r), sex or self.ch("MF"))
        n = self.name(sex, foreign=0.0)
        if not same and self.pr(0.25):
            return n
        return _Name(base.last, n.first, base.last_kana, n.first_kana, base.last_r, n.first_r)

    def full(self, n: _Name, form: str | None = None) -> str:
        f = (
            form
            or self.r.choices(
                ["k", "kf", "k0", "kana", "hw", "hira", "ro", "RO", "rw"], weights=[30, 10, 14, 12, 6, 6, 8, 5, 6]
            )[0]
        )
        if n.foreign and f == "hira":
            f = "kana"
        if f == "k":
            return f"{n.last} {n.first}"
        if f == "kf":
            return f"{n.last}\u3000{n.first}"
        if f == "k0":
            return f"{n.first}・{n.last}" if n.foreign and n.last == n.last_kana else n.last + n.first
        if f == "kana":
            return f"{n.last_kana}{self.ch([' ', '　'])}{n.first_kana}"
        if f == "hw":
            return _hw(f"{n.last_kana} {n.first_kana}")
        if f == "hira":
            return _hira(f"{n.last_kana} {n.first_kana}")
        if f == "ro":
            return f"{n.first_r} {n.last_r}"
        if f == "RO":
            return f"{n.last_r.upper()} {n.first_r}"
        return f"{n.last_r} {n.first_r}"

    def fam(self, n: _Name) -> str:
        f = self.r.choices(["k", "kana", "hw", "ro", "hira"], weights=[62, 14, 5, 9, 10])[0]
        if f == "k":
            return n.last
        if f == "kana":
            return n.last_kana
        if f == "hw":
            return _hw(n.last_kana)
        if f == "ro":
            return n.last_r
        return n.last_kana if n.foreign else _hira(n.last_kana)

    def given(self, n: _Name) -> str:
        f = self.r.choices(["k", "kana", "hira"], weights=[60, 20, 20])[0]
        if f == "k" or n.foreign:
            return n.first
        return n.first_kana if f == "kana" else _hira(n.first_kana)

    def ini(self, n: _Name) -> str:
        a, b = n.first_r[0].upper(), n.last_r[0].upper()
        return self.ch([f"{a}.{b}.", f"{b}.{a}.", f"{a}{b}", f"{b}・{a}"])

    def nick(self, n: _Name) -> str:
        src = n.first_kana if self.pr(0.6) else n.last_kana
        k = src.replace("・", "")[:2]
        return _hira(k) if self.pr(0.5) else k

    # ---- dates
    def day(self, lo: date, hi: date) -> date:
        return lo + timedelta(days=self.r.randint(0, (hi - lo).days))

    def ds(self, d: date, style: str | None = None) -> str:
        st = style or self.ch(
            [
                "slash",
                "slash0",
                "iso",
                "kanji",
                "kanji",
                "era",
                "era",
                "era_abbr",
                "era_slash",
                "era_kanji",
                "fw_kanji",
                "dot",
                "kansuji",
                "era_short",
            ]
        )
        era, letter, ey = _era(d)
        eys = "元" if ey == 1 else str(ey)
        if st == "slash":
            return f"{d.year}/{d.month}/{d.day}"
        if st == "slash0":
            return f"{d.year}/{d.month:02d}/{d.day:02d}"
        if st == "iso":
            return d.isoformat()
        if st == "kanji":
            return f"{d.year}年{d.month}月{d.day}日"
        if st == "era":
            return f"{era}{eys}年{d.month}月{d.day}日"
        if st == "era_abbr":
            return f"{letter}{ey}.{d.month}.{d.day}"
        if st == "era_slash":
            return f"{letter}{ey}/{d.month}/{d.day}"
        if st == "era_kanji":
            return f"{era}{'元' if ey == 1 else _kn(ey)}年{_kn(d.month)}月{_kn(d.day)}日"
        if st == "fw_kanji":
            return _fw(f"{d.year}") + "年" + _fw(f"{d.month}") + "月" + _fw(f"{d.day}") + "日"
        if st == "dot":
            return f"{d.year}.{d.month:02d}.{d.day:02d}"
        if st == "kansuji":
            return f"{_kn_digits(d.year)}年{_kn(d.month)}月{_kn(d.day)}日"
        if st == "era_short":
            return f"{era[0]}{ey}.{d.month}.{d.day}"
        if st == "md":
            return f"{d.month}月{d.day}日"
        if st == "md_slash":
            return f"{d.month}/{d.day}"
        if st == "ym":
            return self.ch([f"{d.year}/{d.month}", f"{d.year}年{d.month}月", f"{era}{eys}年{d.month}月"])
        raise ValueError(st)

    def dpart(self, d: date) -> str:
        return self.ds(d, self.ch(["md", "md", "md", "md_slash"]))

    def dow(self, d: date) -> str:
        """Weekday in brackets: written after a date, outside its span."""
        w = "月火水木金土日"[d.weekday()]
        return self.ch([f"({w})", f"（{w}）", f"（{w}曜）"])

    def tm(self) -> str:
        h, m = self.r.randint(0, 23), self.ch([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 12, 37])
        st = self.ch(["colon", "colon", "kanji", "ampm", "fw"])
        if st == "colon":
            return f"{h}:{m:02d}"
        if st == "kanji":
            return f"{h}時{m}分" if m else f"{h}時"
        if st == "ampm":
            return (
                f"{'午前' if h < 12 else '午後'}{h % 12}時{m}分" if m else f"{'午前' if h < 12 else '午後'}{h % 12}時"
            )
        return _fw(f"{h}:{m:02d}")

    def dtm(self, d: date) -> str:
        return f"{self.ds(d)}{self.ch([' ', ' ', '　'])}{self.tm()}"

    # ---- numbers
    def age_s(self, a: int) -> str:
        return self.ch([f"{a}歳", f"{a}歳", f"{a}才", _fw(str(a)) + "歳", f"{_kn(a)}歳" if a < 100 else f"{a}歳"])

    def phone_raw(self, mobile: bool = False) -> str:
        if mobile:
            return f"{self.ch(['090', '080', '070'])}-{self.digits(4)}-{self.digits(4)}"
        area = self.ch(
            ["03", "06", "045", "052", "011", "092", "022", "075", "078", "048", "043", "0466", "0263", "098"]
        )
        ex = 10 - len(area) - 4
        return f"{area}-{self.r.randint(1, 9)}{self.digits(ex - 1)}-{self.digits(4)}"

    def phone(self, mobile: bool | None = None) -> str:
        raw = self.phone_raw(self.pr(0.45) if mobile is None else mobile)
        a, b, c = raw.split("-")
        st = self.r.choices(["hy", "plain", "paren", "paren2", "fw", "sp", "intl"], weights=[45, 12, 10, 10, 10, 6, 7])[
            0
        ]
        if st == "hy":
            return raw
        if st == "plain":
            return a + b + c
        if st == "paren":
            return f"{a}({b}){c}"
        if st == "paren2":
            return f"({a}){b}-{c}"
        if st == "fw":
            return _fw(raw)
        if st == "sp":
            return f"{a} {b} {c}"
        return f"+81-{a[1:]}-{b}-{c}"

    def ext(self) -> str:
        return self.digits(4) if self.pr(0.8) else self.digits(3)

    def postal(self) -> str:
        raw = f"{self.r.randint(1, 9)}{self.digits(2)}-{self.digits(4)}"
        st = self.ch(["hy", "hy", "hy", "fw", "plain"])
        return raw if st == "hy" else _fw(raw) if st == "fw" else raw.replace("-", "")

    def pid(self) -> str:
        st = self.ch(["d8", "d10", "d7", "hy", "alpha"])
        if st == "d8":
            return self.digits(8)
        if st == "d10":
            return self.digits(10)
        if st == "d7":
            return self.digits(7)
        if st == "hy":
            return f"{self.r.randint(1, 9)}{self.digits(2)}-{self.digits(4)}-{self.digits(2)}"
        return f"{self.ch('KPAM')}{self.digits(7)}"

    def idv(self, pid: str) -> str:
        return _fw(pid) if self.pr(0.15) else pid

    def mynum(self) -> str:
        n = _mynumber(str(self.r.randint(1, 9)) + self.digits(10))
        st = self.ch(["sp", "plain", "hy", "fw"])
        if st == "sp":
            return f"{n[:4]} {n[4:8]} {n[8:]}"
        if st == "hy":
            return f"{n[:4]}-{n[4:8]}-{n[8:]}"
        return _fw(n) if st == "fw" else n

    def hokensha(self) -> str:
        kind = self.ch(["kyokai", "kumiai", "kyosai", "kouki", "kokuho"])
        pref = f"{self.r.randint(1, 47):02d}"
        if kind == "kokuho":
            return _luhn_like(pref + self.digits(3))
        law = {"kyokai": "01", "kumiai": "06", "kyosai": "31", "kouki": "39"}[kind]
        return _luhn_like(law + pref + self.digits(3))

    def kohi(self, law: str | None = None) -> tuple[str, str]:
        lw = law or self.ch(["54", "21", "15", "52", "12", "51"])
        return _luhn_like(lw + f"{self.r.randint(1, 47):02d}" + self.digits(3)), _luhn_like(self.digits(6))

    def kigo_bango(self) -> tuple[str, str]:
        kigo = self.ch([self.digits(4), self.digits(8), f"{self.ch(['横', '北', '中', '東', '医'])}{self.digits(3)}"])
        return kigo, str(self.r.randint(1, 99999))

    def email(self, n: _Name | None = None) -> str:
        if n is not None and self.pr(0.7):
            user = self.ch(
                [
                    f"{n.last_r.lower()}.{n.first_r.lower()}",
                    f"{n.first_r.lower()}{self.r.randint(1, 99)}",
                    f"{n.first_r[0].lower()}-{n.last_r.lower()}",
                ]
            ).replace(" ", "")
        else:
            user = self.f.user_name()
        return f"{user}@{self.ch(_MAIL_DOMAINS)}"

    # ---- places
    def addr(self) -> _Addr:
        if self.pr(0.15):
            pref, city, town, st = self.ch(_RURAL)
            return _Addr(pref, city, town, 0, self.r.randint(1, 3999), 0, "", 0, st, rural=True)
        if self.pr(0.15):
            city, town = self.f.city(), self.f.town()
            return _Addr(
                self.f.prefecture(),
                city,
                town,
                self.r.randint(1, 9),
                self.r.randint(1, 30),
                self.r.randint(1, 25),
                "",
                0,
                town,
            )
        pref, city, towns, st = self.ch(_AREAS)
        bld = ""
        if self.pr(0.4):
            bld = self.ch(["ハイツ", "コーポ", "メゾン", "グランドール", "パークハウス", "レジデンス"]) + self.ch(
                ["青葉", "桜", "ソレイユ", "杉の子", "第二", "ヴェルデ"]
            )
        return _Addr(
            pref,
            city,
            self.ch(towns),
            self.r.randint(1, 9),
            self.r.randint(1, 30),
            self.r.randint(1, 25),
            bld,
            self.r.randint(1, 12) * 100 + self.r.randint(1, 9),
            st,
        )

    def addr_s(self, a: _Addr, style: str | None = None) -> str:
        if a.rural:
            st = style or self.ch(["full", "full", "kanji", "partial"])
            if st == "partial":
                return f"{a.city}{a.town}"
            if st == "kanji":
                return f"{a.pref}{a.city}{a.town}字{self.ch(['上野', '中島', '向田'])}{a.b}番地"
            return f"{a.pref}{a.city}{a.town}{a.b}番地"
        st = style or self.ch(["full", "full", "hyph", "kanji", "fw", "nopref", "partial"])
        room = f" {a.bld}{a.room}" + self.ch(["号室", "", "号"]) if a.bld else ""
        if st == "full":
            return f"{a.pref}{a.city}{a.town}{a.c}丁目{a.b}番{a.g}号{room}"
        if st == "hyph":
            return f"{a.city}{a.town}{a.c}-{a.b}-{a.g}{room}"
        if st == "kanji":
            return f"{a.pref}{a.city}{a.town}{_kn(a.c)}丁目{a.b}番地{a.g}"
        if st == "fw":
            return _fw(f"{a.pref}{a.city}{a.town}{a.c}-{a.b}-{a.g}")
        if st == "nopref":
            return f"{a.city}{a.town}{a.c}丁目{a.b}-{a.g}{room}"
        return self.ch([f"{a.city}{a.town}", f"{a.town}{a.c}丁目", f"{a.pref}{a.city}"])

    def fac(self, kind: str) -> str:
        place, soft, sur = self.ch(_PLACES), self.ch(_SOFT), self.ch(_SURNAMES)[0]
        if kind == "hosp":
            return self.ch(
                [
                    f"{place}{self.ch(['総合病院', '中央病院', '記念病院', '医療センター', '病院', '市民病院'])}",
                    f"医療法人{soft}会 {place}病院",
                    f"{place}リハビリテーション病院",
                    f"{self.f.city()}立{place}病院",
                    f"{place}大学医学部附属病院",
                ]
            )
        if kind == "clinic":
            return self.ch(
                [
                    f"{sur}内科クリニック",
                    f"{sur}医院",
                    f"{place}ファミリークリニック",
                    f"{soft}在宅クリニック",
                    f"{place}こころのクリニック",
                    f"{self.f.last_name()}内科医院",
                ]
            )
        if kind == "pharm":
            return self.ch(
                [
                    self.ch(["さくら", "あおば", "ひまわり", "すずらん", "みらい", "コスモス", "なのはな"])
                    + f"薬局 {place}店",
                    f"{sur}薬局",
                    f"調剤薬局{self.ch(_KATA_CORP)}",
                    f"{place}調剤薬局",
                ]
            )
        if kind == "cm":
            return self.ch([f"居宅介護支援事業所{soft}", f"{soft}ケアプランセンター", f"{place}居宅介護支援センター"])
        if kind == "vn":
            return self.ch(
                [f"{soft}訪問看護ステーション", f"訪問看護ステーション{soft}", f"{place}訪問看護ステーション"]
            )
        if kind == "hokatsu":
            return f"{self.ch([place, self.f.town()])}地域包括支援センター"
        if kind == "home":
            return self.ch(
                [
                    f"特別養護老人ホーム{soft}苑",
                    f"介護老人保健施設{place}",
                    f"グループホーム{soft}",
                    f"サービス付き高齢者向け住宅{soft}{place}",
                    f"有料老人ホーム{soft}の家",
                ]
            )
        if kind == "school":
            return self.ch(
                [
                    f"{self.f.city()}立{self.f.town()}{self.ch(['小学校', '中学校'])}",
                    f"私立{place}高等学校",
                    f"{place}大学",
                    f"{place}看護専門学校",
                    f"県立{place}高校",
                    f"{soft}保育園",
                ]
            )
        if kind == "employer":
            return self.ch(
                [
                    self.f.company(),
                    f"株式会社{place}{self.ch(['建設', '運輸', '食品', '精機', '電工'])}",
                    f"{place}市役所",
                    f"{sur}工務店",
                    f"{self.ch(_KATA_CORP)}株式会社",
                ]
            )
        if kind == "sponsor":
            return self.ch(
                [f"{self.ch(_KATA_CORP)}製薬株式会社", f"{place}ファーマ株式会社", f"{self.ch(_KATA_CORP)}ファーマ"]
            )
        if kind == "cro":
            return self.ch([f"株式会社{self.ch(_KATA_CORP)}リサーチ", f"{self.ch(_KATA_CORP)}・クリニカル株式会社"])
        if kind == "dental":
            return self.ch([f"{sur}歯科医院", f"{place}デンタルクリニック", f"{soft}歯科"])
        if kind == "eye":
            return self.ch([f"{place}眼科", f"{sur}眼科クリニック", f"{place}アイクリニック"])
        if kind == "ward":
            d = self.ch("東西南北")
            n = self.r.randint(3, 12)
            return self.ch([f"{n}階{d}病棟", f"{d}{n}病棟", f"{n}{self.ch('ABC')}病棟", f"{d}棟{n}階"])
        if kind == "room":
            return f"{self.r.randint(2, 12)}{self.r.randint(1, 30):02d}号室"
        raise ValueError(kind)

    # ---- patient
    def patient(self, lo: int = 40, hi: int = 89, old: float = 0.4) -> _Pt:
        sex = self.ch("MF")
        age = self.r.randint(90, 104) if self.pr(old) else self.r.randint(lo, hi)
        ref = self.day(date(2017, 1, 1), date(2024, 12, 20))
        hi_b = _minus_years(ref, age)
        lo_b = _minus_years(ref, age + 1) + timedelta(days=1)
        birth = self.day(lo_b, hi_b)
        return _Pt(self.name(sex), sex, birth, ref, age, self.pid(), self.addr(), self.postal(), self.phone_raw())


# --------------------------------------------------------------------------- writer


class _W:
    def __init__(self, g: _Gen, doc_id: str, phi: bool) -> None:
        self.g = g
        self.d = Doc(doc_id)
        self.phi = phi

    def t(self, *parts: str) -> _W:
        for s in parts:
            if s:
                self.d.t(s)
        return self

    def p(self, s: str, kind: str, alt: str = "", suf: str = "", pre: str = "") -> _W:
        """A PHI span (PHI docs) or the generic alternative (clean docs)."""
        if self.phi:
            assert s and s == s.strip(), repr(s)
            if pre:
                self.d.t(pre)
            self.d.p(s, kind)
            if suf:
                self.d.t(suf)
        elif alt:
            self.d.t(alt)
        return self

    def kv(self, label: str, s: str, kind: str, end: str = "\n", suf: str = "") -> _W:
        """A whole labelled line that only exists in PHI docs."""
        if self.phi:
            self.d.t(label)
            self.p(s, kind)
            self.d.t(suf + end)
        return self

    def out(self, known: dict[str, Any] | None) -> dict[str, Any]:
        return self.d.out(known if self.phi else None)


# --------------------------------------------------------------------------- styles


def _s_pharmacy(g: _Gen, w: _W, pt: _Pt) -> None:
    dr, ph, ans = g.name(), g.name(), g.name()
    hosp, pharm, dept = g.fac("hosp"), g.fac("pharm"), g.ch(_DEPTS)
    problems = [
        (
            "クラリスロマイシン錠200mg 2錠 分2朝夕食後 7日分が新規追加。併用中のスボレキサント錠15mg と"
            "CYP3A4強阻害のため併用禁忌。",
            "スボレキサントを休薬し、期間中はラメルテオン錠8mg 1錠 分1就寝前へ変更",
        ),
        (
            "メトホルミン塩酸塩錠500mg 3錠 分3毎食後。直近 eGFR 28 mL/min/1.73m²（基準 60以上）で禁忌域。",
            "メトホルミン中止、リナグリプチン錠5mg 1錠 分1朝食後へ変更",
        ),
        (
            "レボフロキサシン錠500mg 1錠 分1朝食後 と 酸化マグネシウム錠330mg 3錠 分3毎食後 の"
            "同時服用で吸収低下の懸念。",
            "酸化マグネシウムは服用時間を2時間以上ずらす（用法：分3毎食後→分3毎食間）",
        ),
        (
            "ワルファリンK錠1mg 3錠 分1夕食後 服用中にフルコナゾールカプセル100mg が追加。PT-INR 2.8（目標 2.0–3.0）。",
            "フルコナゾール継続、ワルファリンを2錠へ減量し1週後に PT-INR 再検",
        ),
        (
            "ロキソプロフェンNa錠60mg 3錠 分3毎食後 14日分。K 5.4 mEq/L、Cre 1.48 mg/dL と腎機能低下あり。",
            "アセトアミノフェン錠300mg 1回2錠 疼痛時（1日4回まで、間隔4時間以上）へ変更",
        ),
        (
            "アムロジピン錠5mg と他院処方のアムロジピンOD錠2.5mg が重複（お薬手帳で確認）。"
            "BP 102/58 mmHg、ふらつきの訴え。",
            "当院処方分を削除、他院処方のみ継続",
        ),
        (
            "プレドニゾロン錠5mg 6錠 分2朝昼食後 30日分。漸減指示（2週ごとに5mgずつ減量）と日数が不一致。",
            "14日分へ訂正、次回受診時に25mg/日へ減量",
        ),
    ]
    prob, answer = g.ch(problems)
    if g.cyc("pharmacy", 2) == 0:
        w.t(g.ch(["【疑義照会記録】\n", "疑義照会報告書\n", "■疑義照会 記録票■\n"]))
        w.kv("薬局名：", pharm, "FACILITY")
        w.t("受付日時：").p(g.dtm(pt.ref), "DATE", "本日").t("\n")
        w.kv(
            g.ch(["処方箋番号：", "処方せんNo.", "受付番号 "]),
            g.ch([g.digits(10), f"{pt.ref.year}-{g.digits(6)}"]),
            "ID",
        )
        w.t("患者：").p(g.full(pt.name), "PERSON", "来局患者", suf=g.ch(["様", " 様", "さん", ""]))
        w.p(g.age_s(pt.age), "AGE", pre="（", suf="）").t("\n")
        if g.pr(0.6):
            w.kv("患者番号：", g.idv(pt.pid), "ID")
        w.t("処方元：").p(hosp, "FACILITY", "処方元医療機関").t(" ").p(dept, "DEPARTMENT", dept).t(" ")
        w.p(g.full(dr), "PERSON", "処方医", suf=g.ch(["医師", " 医師", "先生", " Dr."])).t("\n")
        w.t("―" * 12, "\n照会内容：\n  ", prob, "\n")
        w.t("  参考検査値（処方箋記載）：", "、".join(g.r.sample(_LABS, 3)), "\n")
        w.t("照会時刻 ", f"{g.r.randint(9, 11)}:{g.r.randint(10, 59)}", "、")
        w.p(g.fam(dr), "PERSON", "処方医", suf=g.ch(["先生", "医師", "Dr"])).t("へ電話（")
        w.p(g.phone(False), "PHONE_NUMBER", "代表番号").t("、")
        w.p(dept, "DEPARTMENT", dept).t("外来")
        if w.phi:
            w.t(" 内線").p(g.ext(), "PHONE_NUMBER")
        w.t("）\n")
        w.t("回答時刻 ", f"{g.r.randint(12, 13)}:{g.r.randint(10, 59):02d}", "　回答者：")
        w.p(
            g.full(ans), "PERSON", "処方医（外来看護師経由）", suf=g.ch(["（外来看護師）", "（代理・研修医）", " 医師"])
        ).t("\n")
        w.t("回答内容：", answer, "。\n")
        w.t("変更後処方：", g.ch(_DRUGS), "\n")
        w.t(
            "患者への説明：",
            g.ch(["来局時に口頭で説明し了承を得た", "ご家族へ電話で説明済み", "薬袋に変更点を記載"]),
            "。\n",
        )
        w.t("対応薬剤師：").p(g.full(ph), "PERSON", "当薬局薬剤師").t("\n")
    else:
        w.t("服薬情報提供書（トレーシングレポート）\n")
        w.t("報告日：").p(g.ds(pt.ref), "DATE", "―").t("\n")
        w.p(hosp, "FACILITY", "処方元医療機関").t(" ").p(dept, "DEPARTMENT", dept).t("\n")
        w.p(g.full(dr), "PERSON", suf=g.ch([" 先生 御侍史", " 先生", "先生 御机下"])).t("\n" if w.phi else "")
        if not w.phi:
            w.t("担当医 先生 御侍史\n")
        w.t("保険薬局 名称：").p(pharm, "FACILITY", "（薬局控え）").t("\n")
        if w.phi:
            w.t("所在地：〒").p(g.postal(), "POSTAL_CODE").t(" ").p(g.addr_s(g.addr()), "ADDRESS").t("\n")
            w.t("電話番号：").p(g.phone(False), "PHONE_NUMBER").t("　FAX：").p(g.phone(False), "PHONE_NUMBER").t("\n")
        w.t("担当薬剤師：").p(g.full(ph), "PERSON", "薬局薬剤師").t("\n")
        if g.pr(0.5):
            w.kv("E-mail：", g.email(ph), "EMAIL_ADDRESS")
        w.kv("患者ID：", g.idv(pt.pid), "ID", end="　")
        w.t("患者氏名：").p(g.full(pt.name, g.ch(["kana", "k", "hw"])), "PERSON", "（匿名）", suf=" 様")
        w.t("　生年月日：").p(g.ds(pt.birth, g.ch(["era", "era_short", "slash"])), "DATE", "―")
        w.p(g.age_s(pt.age), "AGE", pre="（", suf="）").t("\n")
        w.t("□ 処方医へのご提案　■ 服薬状況の報告　□ その他\n＜報告内容＞\n")
        w.t(
            g.ch(
                [
                    "残薬確認にて アムロジピン錠5mg 14錠、酸化マグネシウム錠330mg 40錠 の残薬あり。"
                    "昼食後の服用忘れが多い（週3回程度）。",
                    "一包化後も夕食後分の飲み忘れあり。服薬カレンダー導入、2週間で服薬率 95% へ改善。",
                    "足のむくみ（両下腿 圧痕性浮腫 1+）と体重増加 2kg/週 の訴え。",
                ]
            ),
            "\n",
        )
        w.t("現在の処方：", g.ch(_DRUGS), "／", g.ch(_DRUGS), "\n")
        w.t("＜薬剤師としての提案＞\n", prob, "→ ", answer, " をご検討ください。\n")
        w.t("この情報を伝えることに対して患者の同意を【得た】。")
        if w.phi and g.pr(0.6):
            w.t("（", g.ch(["長女", "妻", "夫", "長男"]), "の").p(g.full(g.relative(pt.name)), "PERSON")
            w.t(g.ch(["様", "さん"]), "同席）")
        w.t("\n")


def _s_msw(g: _Gen, w: _W, pt: _Pt) -> None:
    d0 = pt.ref
    kaigo = g.ch(["要介護1", "要介護2", "要介護3", "要介護4", "要支援2", "要支援1"])
    msw, dr, ns, cm, vn, hk, pt_name = g.name(), g.name(), g.name(), g.name(), g.name(), g.name(), g.name()
    kin1 = g.relative(pt.name, "F")
    kin2 = g.relative(pt.name, "M")
    cm_off, vn_off, hk_off = g.fac("cm"), g.fac("vn"), g.fac("hokatsu")
    ward = g.fac("ward")
    w.t(g.ch(["退院前カンファレンス議事録\n", "【退院支援カンファレンス記録】\n", "退院調整会議 記録\n"]))
    h0 = g.r.randint(13, 16)
    w.t("日時：").p(g.ds(d0), "DATE", "入院第18病日").t(f" {h0}:00〜{h0 + 1}:{g.ch(['00', '15', '30'])}\n")
    w.t("場所：").p(ward, "FACILITY", "病棟").t(" 面談室\n")
    w.t("記録者：").p("医療福祉相談室", "DEPARTMENT", "医療福祉相談室").t(" 医療ソーシャルワーカー ")
    w.p(g.full(msw), "PERSON", "（MSW）").t("\n")
    w.t("対象：").p(g.full(pt.name), "PERSON", "患者", suf="様")
    w.p(g.age_s(pt.age), "AGE", pre="（", suf="）").t(f"　{'男性' if pt.sex == 'M' else '女性'}　")
    w.kv("ID ", g.idv(pt.pid), "ID", end="")
    dx = ["左大腿骨頸部骨折（人工骨頭置換術後）", "誤嚥性肺炎", "脳梗塞（左MCA領域）後遺症", "慢性心不全急性増悪"]
    w.t("\n病名：", g.ch(dx))
    w.t(f"　{kaigo}\n出席者：\n")
    rows: list[tuple[str, str, _Name | None, str, str]] = [
        ("本人", "", pt.name, "", ""),
        ("家族（長女）", "", kin1, "携帯", g.phone(True)),
        ("家族（次男）", "", kin2, "自宅", g.phone(False)),
        ("ケアマネジャー", cm_off, cm, "TEL", g.phone(False)),
        ("訪問看護", vn_off, vn, "TEL", g.phone(False)),
        ("社会福祉士", hk_off, hk, "TEL", g.phone(False)),
        ("主治医", "", dr, "内線", g.ext()),
        ("病棟看護師", "", ns, "PHS", g.digits(4)),
        ("理学療法士", "", pt_name, "", ""),
    ]
    table = g.ch(["pipe", "tab", "dot"])
    if table == "pipe":
        w.t("| 役割 | 所属 | 氏名 | 連絡先 |\n|---|---|---|---|\n")
    for role, org, nm, ckind, contact in rows:
        pre = {"pipe": "| ", "tab": "", "dot": "・"}[table]
        sep = {"pipe": " | ", "tab": "\t", "dot": "　"}[table]
        w.t(pre, role, sep)
        if org:
            w.p(org, "FACILITY", g.ch(["担当事業所", "事業所"]))
        elif role in ("主治医", "病棟看護師"):
            w.t("当院")
        w.t(sep)
        if nm is not None:
            if role == "本人":
                w.p(g.fam(nm), "PERSON", "本人", suf="様")
            else:
                w.p(g.full(nm), "PERSON", "担当者" if org else "出席")
        w.t(sep)
        if ckind and w.phi:
            w.t(ckind, " ").p(contact, "PHONE_NUMBER")
        w.t(" |\n" if table == "pipe" else "\n")
    w.t("協議内容：\n")
    w.t(
        f"1. ADL：Barthel Index {g.r.randint(5, 17) * 5}/100（入院時 20）、FIM 運動 {g.r.randint(30, 70)} / 認知 22。\n"
    )
    w.t(f"2. 認知機能：HDS-R {g.r.randint(10, 28)}/30、MMSE {g.r.randint(12, 29)}/30。長谷川式は前回より2点低下。\n")
    w.t("3. 医療処置：", g.ch(_DRUGS), "、血糖測定 1日2回（朝・夕）、褥瘡なし。\n")
    w.t(f"4. 介護保険：{kaigo}（区分変更申請中）")
    if w.phi:
        w.t("　被保険者番号 ").p(g.digits(10), "INSURANCE_NUMBER")
    w.t("\n5. サービス調整：訪問看護 週2回、訪問介護 週5回（朝・夕）、通所リハ 週2回、福祉用具（特殊寝台・車椅子）。\n")
    w.t("6. 退院予定日：").p(g.ds(d0 + timedelta(days=g.r.randint(5, 20))), "DATE", "2週間後を目処").t(
        "。退院先：自宅（"
    )
    w.p(g.addr_s(pt.addr, "partial"), "ADDRESS", "市内").t("、エレベーターなし3階）\n")
    if g.pr(0.5):
        cw = g.name()
        w.t("7. 経済面：年金 月12万円。生活保護受給中（")
        w.p(f"{pt.addr.city}福祉事務所", "FACILITY", "福祉事務所").t(" ケースワーカー ")
        w.p(g.full(cw), "PERSON", "担当者", suf=g.ch(["氏", "さん", ""])).t("）。")
        if w.phi:
            w.t("個人番号 ").p(g.mynum(), "MY_NUMBER").t(" 確認済。")
        w.t("\n")
    w.t("家族の意向：").p(g.fam(kin1), "PERSON", "長女", suf=g.ch(["さん", "様", "氏"]))
    w.t("（長女）" if w.phi else "", "は「できるだけ家でみたい、でも夜間が不安」。")
    if w.phi and g.pr(0.5):
        w.t("連絡はメール可（").p(g.email(kin1), "EMAIL_ADDRESS").t("）。")
    w.t("\n次回：退院後 ").p(g.dpart(d0 + timedelta(days=g.r.randint(21, 30))), "DATE", "1週間以内に")
    w.t(" ケアマネジャーと自宅訪問同行予定。\n")


def _s_homecare(g: _Gen, w: _W, pt: _Pt) -> None:
    nurse, pt2, dr = g.name(), g.name(), g.name()
    spouse = g.relative(pt.name, "F" if pt.sex == "M" else "M", same=True)
    grandchild = g.relative(pt.name)
    son = g.relative(pt.name, "M")
    clinic = g.fac("clinic")
    d0 = pt.ref
    w.t(g.ch(["訪問看護記録書Ⅱ\n", "【訪問看護記録】\n", "在宅訪問記録（訪問診療同行）\n"]))
    if w.phi:
        w.t("事業所：").p(g.fac("vn"), "FACILITY").t("\n")
    w.t("利用者：").p(g.full(pt.name), "PERSON", "利用者", suf=g.ch(["様", " 様", "さん"]))
    w.p(g.age_s(pt.age), "AGE", pre="（", suf="）").t(f"　{g.ch(['要介護3', '要介護4', '要介護5', '要介護2'])}\n")
    if w.phi:
        w.t("住所：〒").p(pt.postal, "POSTAL_CODE").t(" ").p(g.addr_s(pt.addr), "ADDRESS").t("\n")
        w.t("道順：").p(f"{pt.addr.station}駅", "ADDRESS").t(g.ch(["北口", "南口", "東口", "西口"]))
        marks = ["コンビニの角を右折", "郵便ポストの向かい", "神社の裏手", "踏切を渡ってすぐ"]
        w.t(f"から徒歩{g.r.randint(3, 15)}分、", g.ch(marks), "。")
        w.t(
            g.ch(["青い屋根の2階建て", "白い外壁の平屋", "赤い郵便受けの家"]),
            "、",
            g.ch(["裏口から入る", "インターホン故障中のため電話してから", "駐車は庭先に可"]),
            "。\n",
        )
    else:
        w.t("道順：最寄り駅から徒歩圏内、事業所の地図参照。\n")
    h0, dur = g.r.randint(8, 15), g.ch([30, 60, 90])
    m0 = g.ch([0, 15, 30])
    h1, m1 = divmod(h0 * 60 + m0 + dur, 60)
    start = g.ch([f"{h0}:{m0:02d}", f"{h0}時{m0}分" if m0 else f"{h0}時"])
    w.t("訪問日時：").p(f"{g.ds(d0)} {start}", "DATE", f"定期訪問日 {start}").t(f"〜{h1}:{m1:02d}")
    w.t(f"（{dur}分）\n訪問者：看護師 ")
    w.p(g.full(nurse), "PERSON", "担当").t("、同行 ", g.ch(["理学療法士", "作業療法士", "看護学生"]), " ")
    w.p(g.full(pt2), "PERSON", "1名").t("\n")
    w.t("同席家族：", "妻" if pt.sex == "M" else "夫", " ").p(g.full(spouse), "PERSON", "（配偶者）")
    w.t("、孫 ").p(g.given(grandchild), "PERSON", "（孫）", suf=g.ch(["ちゃん", "くん", ""])).t("\n")
    w.t(
        f"バイタル：BT {g.ch(['36.4', '36.8', '37.3', '37.9'])}℃、"
        f"BP {g.r.randint(98, 160)}/{g.r.randint(50, 92)} mmHg、"
        f"P {g.r.randint(58, 104)} 整、SpO2 {g.r.randint(90, 99)}%（室内気）、RR 18/分\n"
    )
    w.t(
        g.ch(
            [
                "褥瘡：仙骨部 DESIGN-R® d2-e1s6i0g1n0p0：8点。ポジショニング 2時間毎、エアマット（圧切替型）継続。\n",
                "排便：3日なし → 摘便にて中等量、ブリストルスケール 4。センノシド錠12mg 2錠 就寝前 継続。\n",
                "在宅酸素：HOT 1L/分（安静時）、労作時 2L/分。SpO2 労作後 88% → 2分で 93% へ回復。\n",
                "胃瘻：20Fr バルーン型、固定水 5mL 確認。栄養剤 400mL×3回/日、白湯 200mL。\n",
            ]
        )
    )
    w.t("内服：", g.ch(_DRUGS), "、", g.ch(_DRUGS), "。服薬カレンダーで管理、昼分の飲み忘れ1回。\n")
    w.t(f"ADL：Barthel {g.r.randint(2, 12) * 5}点、夜間せん妄なし。Parkinson病 Hoehn-Yahr III、すくみ足あり。\n")
    w.t("報告：主治医 ").p(clinic, "FACILITY", "在宅医").t(" ").p(g.fam(dr), "PERSON", "", suf="先生")
    if w.phi and g.pr(0.6):
        w.t("（TEL ").p(g.phone(False), "PHONE_NUMBER").t("）")
    w.t("へ電話報告、指示変更なし。\n")
    w.t("緊急連絡先：長男 ").p(g.full(son), "PERSON", "（キーパーソン）")
    if w.phi:
        w.t(" ").p(g.phone(True), "PHONE_NUMBER")
    w.t("\n次回訪問：").p(g.dpart(d0 + timedelta(days=g.ch([3, 4, 7]))), "DATE", "3日後").t(" 午前\n")
    if w.phi and g.pr(0.5):
        w.t("多職種連携：情報共有ツールのグループ ")
        w.p(f"https://{g.ch(['care-share', 'zaitaku-link', 'team-kaigo'])}.jp/groups/{g.digits(6)}", "URL")
        w.t(" に写真（仙骨部）を投稿済。\n")


def _s_family(g: _Gen, w: _W, pt: _Pt) -> None:
    d0 = pt.ref
    if g.cyc("family", 2) == 0:
        client = pt.name
        husband = g.name("M" if pt.sex == "F" else "F")
        fa = g.relative(client, "M")
        gm = g.relative(client, "F")
        gf = g.relative(client, "M")
        bro = g.relative(client, "M")
        sis = g.relative(client, "F")
        aunt = g.name("F")
        doc, gc = g.name(), g.name("F")
        hosp = g.fac("hosp")
        w.t(f"遺伝カウンセリング記録（第{g.r.randint(1, 3)}回）\n")
        w.t("実施日：").p(g.ds(d0), "DATE", "今回").t("　場所：").p(hosp, "FACILITY", "当院").t(" ")
        w.p("遺伝子診療部", "DEPARTMENT", "遺伝子診療部").t("\n")
        w.t("来談者：").p(g.full(client), "PERSON", "クライエント").t("（III-2、")
        w.p(g.age_s(pt.age), "AGE", suf="、").t("発端者）")
        w.kv("　ID：", g.idv(pt.pid), "ID", end="")
        w.t("\n同席：", "夫" if pt.sex == "F" else "妻", " ").p(g.full(husband), "PERSON", "（配偶者）").t(
            "\n担当：臨床遺伝専門医 "
        )
        w.p(g.full(doc), "PERSON", "1名").t("、認定遺伝カウンセラー ").p(g.full(gc), "PERSON", "1名").t("\n")
        w.t("家系情報（3世代）：\n")
        ped = g.ch(["hyphen", "paren"])

        def member(rel: str, code: str, nm: str) -> None:
            w.t("・", rel)
            w.p(nm, "PERSON", pre=" ")
            w.t(f"（{code}）：" if ped == "paren" else f" [{code}]：")

        member("父方祖父", "I-1", g.full(gf))
        w.p(g.age_s(g.r.randint(60, 79)), "AGE", "壮年期に", suf="時に").t("胃癌で死亡。\n")
        member("父方祖母", "I-2", g.full(gm))
        w.t("大腸癌（").p(f"{g.r.randint(50, 69)}歳", "AGE", "中年期に", suf="時に").t("診断）、")
        w.p(g.age_s(g.r.randint(90, 99)), "AGE", "高齢").t("で老衰のため死亡。")
        w.p(g.addr_s(g.addr(), "partial"), "ADDRESS", "晩年は郷里在住。", pre="晩年は", suf="在住。").t("\n")
        member("父", "II-1", g.full(fa))
        w.t("S状結腸癌 pT3N1aM0 StageIIIB、").p(hosp, "FACILITY", "他院").t("にて手術（")
        w.p(g.ds(d0 - timedelta(days=g.r.randint(800, 4000)), g.ch(["ym", "era", "slash"])), "DATE", "約10年前")
        w.t("）。\n")
        member("父方叔母", "II-2", g.full(aunt))
        w.t("子宮体癌（").p(f"{g.r.randint(40, 55)}歳", "AGE", "閉経前に", suf="時に").t("診断）。\n")
        member("兄", "III-1", g.given(bro))
        w.p(g.fac("employer"), "FACILITY", "会社員、", suf="勤務、").t("未発症、大腸内視鏡未受検。\n")
        member("妹", "III-3", g.given(sis))
        w.p(g.fac("school"), "FACILITY", "学生。", suf="在学中。").t("\n")
        w.t("評価：改訂 Amsterdam 基準Ⅱを満たす。Lynch症候群疑い。MSI-High（父の腫瘍組織）。\n")
        w.t("遺伝学的検査：MLH1 c.1731+1G>A（病的バリアント）")
        if w.phi:
            w.t("、検体番号 ").p(f"G{g.digits(2)}-{g.digits(5)}", "ID").t("、報告日 ").p(
                g.ds(d0 - timedelta(days=14)), "DATE"
            )
        w.t("。\n方針：血縁者への情報提供（兄・妹へシングルサイト検査を提案）。下部消化管内視鏡 1–2年毎、")
        w.t("子宮内膜生検は年1回を推奨" if pt.sex == "F" else "上部消化管内視鏡・尿細胞診も考慮")
        w.t("。クライエントは「妹には自分から伝えたい」。\n")
    else:
        dr, ref_dr = g.name(), g.name()
        wife = g.name("F")
        son = g.relative(pt.name, "M")
        gm = g.relative(pt.name, "F")
        mo = g.name("F")
        bro = g.relative(pt.name, "M")
        w.t(g.ch(["精神科 初診時記録\n", "【精神科外来 予診・初診】\n", "メンタルヘルス科 初診\n"]))
        w.t("受診日：").p(g.ds(d0), "DATE", "初診日").t("　初診医：").p(g.full(dr), "PERSON", "担当医").t("\n")
        w.t("患者：").p(g.full(pt.name), "PERSON", "本人").p(g.age_s(pt.age), "AGE", pre="（", suf="）")
        w.kv("　ID ", g.idv(pt.pid), "ID", end="")
        w.t("\n紹介元：").p(g.fac("clinic"), "FACILITY", "近医").t(" ").p(g.fam(ref_dr), "PERSON", "", suf="先生").t(
            "\n"
        )
        w.t("主訴：「", g.ch(["眠れない、仕事に行けない", "消えてしまいたい", "声が聞こえる気がする"]), "」\n")
        w.t("生活歴：").p(g.addr_s(g.addr(), "partial"), "ADDRESS", "地方出身。", suf="出身。")
        w.p(g.fac("school"), "FACILITY", "高校卒業後、", suf="卒業後、").p(g.fac("employer"), "FACILITY", "現在の会社")
        w.t("に入社し経理担当。").p(g.ds(d0 - timedelta(days=g.r.randint(3000, 9000)), "ym"), "DATE", "")
        w.t("結婚、妻 ").p(g.given(wife), "PERSON", "（同居）").t("、長男 ").p(g.given(son), "PERSON", "")
        w.t("（").p(g.fac("school"), "FACILITY", "中学生").t("）と3人暮らし。\n")
        w.t("家族歴：父方祖母").p(g.full(gm), "PERSON", pre=" ", suf=" ").t("は").p(
            f"{g.r.randint(40, 70)}歳", "AGE", "中年期に", suf="時に"
        )
        w.t("自死。母").p(g.full(mo), "PERSON", pre=" ", suf=" ").t("はうつ病で").p(
            g.fac("hosp"), "FACILITY", "精神科病院"
        )
        w.t("に通院歴。弟").p(g.given(bro), "PERSON", pre=" ", suf=" ").t("はアルコール使用障害（F10.2）。\n")
        w.t("現病歴：").p(g.ds(d0 - timedelta(days=g.r.randint(40, 120)), g.ch(["md", "ym"])), "DATE", "約3か月前")
        w.t("頃から中途覚醒、食欲低下、体重 5kg 減少（3か月で）。希死念慮あり（具体的計画なし）。\n")
        w.t(
            f"評価：HAM-D {g.r.randint(18, 30)}、PHQ-9 {g.r.randint(12, 25)}、GAF {g.r.randint(30, 55)}、"
            f"MMSE {g.r.randint(27, 30)}/30。内田クレペリン検査は後日。\n"
        )
        w.t("診断：", g.ch(["F32.2 重症うつ病エピソード", "F33.1 反復性うつ病性障害", "F20.0 妄想型統合失調症"]), "\n")
        w.t("処方：エスシタロプラム錠10mg 1錠 分1夕食後、ゾルピデム酒石酸塩錠5mg 1錠 就寝前 14日分\n")
        w.t("方針：休職診断書（3か月）発行。森田療法的アプローチに関心あり。")
        if w.phi:
            a, b = g.kohi("21")
            w.t("自立支援医療（精神通院）申請：公費負担者番号 ").p(a, "INSURANCE_NUMBER").t("、受給者番号 ")
            w.p(b, "INSURANCE_NUMBER").t("。")
        w.t("\n次回：").p(g.dpart(d0 + timedelta(days=14)), "DATE", "2週後").t(" 10:30\n")


def _s_trial(g: _Gen, w: _W, pt: _Pt) -> None:
    d0 = pt.ref
    pi, sub, crc, mon = g.name(), g.name(), g.name(), g.name()
    sponsor, cro, hosp = g.fac("sponsor"), g.fac("cro"), g.fac("hosp")
    code = f"{g.ch(['AST', 'NVX', 'MCX', 'LUM'])}-{g.r.randint(1000, 9999)}"
    subj = f"{g.r.randint(101, 399)}-{g.digits(3)}"
    reg = g.ch([f"R-{d0.year}-{g.digits(4)}", f"ENR{g.digits(6)}", f"{g.digits(2)}{g.ch('ABCD')}{g.digits(4)}"])
    w.t(g.ch(["【症例報告書（CRF）・モニタリング記録】\n", "治験 CRF 転記メモ／モニタリング報告\n"]))
    w.t("治験依頼者：").p(sponsor, "FACILITY", "依頼者").t("　CRO：").p(cro, "FACILITY", "開発業務受託機関").t("\n")
    w.t(f"治験実施計画書番号：{code}-301（第Ⅲ相、無作為化二重盲検プラセボ対照）\n")
    w.t("実施医療機関：").p(hosp, "FACILITY", "当院").t(" ").p(g.ch(_DEPTS), "DEPARTMENT", "内科").t("\n")
    w.t("治験責任医師：").p(g.full(pi), "PERSON", "責任医師").t("　治験分担医師：").p(
        g.full(sub), "PERSON", "分担医師"
    ).t("\n")
    w.t("CRC：").p(g.full(crc), "PERSON", "担当CRC").t("\n")
    if w.phi:
        w.t("被験者識別コード：").p(subj, "ID").t("　症例登録番号：").p(reg, "ID").t("\n")
        w.t("イニシャル：").p(g.ini(pt.name), "PERSON").t("　生年月：").p(g.ds(pt.birth, "ym"), "DATE")
        w.t("　性別：", "男" if pt.sex == "M" else "女", "　年齢：").p(g.age_s(pt.age), "AGE").t("\n")
        w.t("同意取得日：").p(g.ds(d0), "DATE").t("（説明者 ").p(g.fam(pi), "PERSON", suf=" 医師").t("）　割付日：")
        w.p(g.ds(d0 + timedelta(days=14)), "DATE").t("\n")
    else:
        w.t("被験者背景：性別・年齢は CRF 別紙参照。同意取得済、割付済。\n")
    w.t("Visit | 実施日 | 主な所見\n")
    visits = [("Screening", -14), ("Week 0", 0), ("Week 4", 28), ("Week 12", 84)]
    labs = g.r.sample(_LABS, 4)
    for (vn, off), lab in zip(visits, labs, strict=True):
        w.t(f"{vn} | ").p(g.ds(d0 + timedelta(days=14 + off), g.ch(["slash0", "iso", "dot"])), "DATE", f"Day {off + 1}")
        w.t(f" | {lab}\n")
    w.t(
        "有害事象：好中球数減少 Grade 2（1,150/μL）CTCAE v5.0、因果関係「否定できない」、"
        f"治験薬 {g.ch(['10mg', '20mg', '40mg'])} 休薬 7日間で回復。\n"
    )
    w.t("併用薬：", g.ch(_DRUGS), "（治験前から継続、用量変更なし）\n")
    w.t("―― モニタリング ――\n")
    w.t("SDV実施日：").p(g.ds(d0 + timedelta(days=100)), "DATE", "最終来院後").t("　モニター：")
    w.p(g.full(mon), "PERSON", "担当モニター").t("（").p(cro, "FACILITY", "CRO")
    if w.phi:
        w.t("、TEL ").p(g.phone(False), "PHONE_NUMBER")
        if g.pr(0.6):
            w.t("、").p(
                g.email(mon).split("@")[0] + "@" + g.ch(["cro-research.co.jp", "clinical-ops.jp"]), "EMAIL_ADDRESS"
            )
    w.t("）\n")
    w.t("確認事項：原資料（")
    w.p(g.idv(pt.pid), "ID", "カルテ", pre="カルテ ID ")
    w.t("）と CRF の照合。Query No.12：Week 8 の血圧 148/92 mmHg 転記誤り → 修正済。\n")
    w.t("逸脱：Visit 5 が許容範囲（Day 85±7）外。治験依頼者へ逸脱報告済。\n")
    if w.phi and g.pr(0.7):
        w.t("EDC：").p(
            f"https://edc.{g.ch(['studyportal', 'trialnet', 'ecrf-cloud'])}.jp/{code.lower()}/subject/{subj}", "URL"
        ).t("\n")
    w.t("次回モニタリング予定：").p(g.dpart(d0 + timedelta(days=130)), "DATE", "次四半期").t("\n")


def _billing_receipt(g: _Gen, w: _W, pt: _Pt, hosp: str, kigo: str, bango: str) -> None:
    d0 = pt.ref
    w.t("診療報酬明細書（医科入院外）　").p(g.ds(d0, "ym"), "DATE", "当月").t("分\n")
    w.t(f"都道府県番号 {g.r.randint(1, 47):02d}")
    w.kv("　医療機関コード ", g.digits(7), "ID", end="")
    w.t("\n保険種別：1 社保　2 ", g.ch(["単独", "2併"]), "　本人・家族：", g.ch(["2 本外", "6 家外", "8 高外一"]), "\n")
    if w.phi:
        st = g.ch(["table", "kv"])
        if st == "table":
            w.t("保険者番号\t").p(g.hokensha(), "INSURANCE_NUMBER").t("\n記号・番号\t")
            w.p(f"{kigo}・{bango}", "INSURANCE_NUMBER").t("\n")
        else:
            w.t("保険者番号：").p(_fw(g.hokensha()) if g.pr(0.2) else g.hokensha(), "INSURANCE_NUMBER").t("　")
            w.t("被保険者証の記号：").p(kigo, "INSURANCE_NUMBER").t("　番号：").p(bango, "INSURANCE_NUMBER").t("\n")
        if g.pr(0.6):
            a, b = g.kohi()
            w.t("公費負担者番号① ").p(a, "INSURANCE_NUMBER").t("　公費負担医療の受給者番号① ").p(
                b, "INSURANCE_NUMBER"
            ).t("\n")
        w.t("氏名：").p(g.full(pt.name, g.ch(["k", "kf", "kana"])), "PERSON").t(
            "　", "1 男" if pt.sex == "M" else "2 女"
        )
        w.t("　生年月日：").p(g.ds(pt.birth, g.ch(["era_short", "era", "era_abbr"])), "DATE").t("\n")
        w.t("職務上の事由：―　特記事項：", g.ch(["29 区エ", "30 区オ", "26 区ア", "―"]), "\n")
        w.t("保険医療機関の所在地及び名称：").p(g.addr_s(g.addr(), g.ch(["full", "hyph"])), "ADDRESS").t(" ")
        w.p(hosp, "FACILITY").t("\n")
    else:
        w.t("（保険者番号・記号番号・氏名欄は様式見本のため空欄）\n")
    w.t("傷病名：(1) 2型糖尿病（E11.9）(2) 高血圧症（I10）(3) 橋本病（E06.3）(4) 脂質異常症（E78.5）\n")
    w.t("診療開始日：(1) ").p(g.ds(d0 - timedelta(days=g.r.randint(300, 2000)), "era_abbr"), "DATE", "前年度より")
    w.t("　(2) ").p(g.ds(d0 - timedelta(days=g.r.randint(100, 800)), "era_abbr"), "DATE", "同上").t("　転帰：継続\n")
    w.t(
        "摘要：\n"
        " 12 再診料 75×2、外来管理加算 52×2\n"
        " 13 特定疾患療養管理料 225×1\n"
        " 21 メトホルミン塩酸塩錠500mg 2錠、アムロジピン錠5mg 1錠 7×28\n"
        " 60 HbA1c 49×1、TSH 98×1、FT4 121×1、B-V 37×1\n"
        f" 請求点数 {g.r.randint(1200, 4800):,}点　"
        f"一部負担金額 {g.r.randint(3, 15) * 1000 + g.r.randint(0, 9) * 10:,}円\n"
    )


def _billing_nanbyo(g: _Gen, w: _W, pt: _Pt, hosp: str, kigo: str, bango: str) -> None:
    d0 = pt.ref
    clerk = g.name()
    w.t("【医事課 受付メモ】特定医療費（指定難病）・高額療養費の相談\n受付：")
    w.p(g.ds(d0), "DATE", "本日").t(f" {g.r.randint(9, 16)}:{g.r.randint(0, 59):02d}　窓口対応 ")
    w.p(g.full(clerk), "PERSON", "医事課").t("\n")
    w.t("来院者：").p(g.full(pt.name), "PERSON", "本人", suf=g.ch(["様（ご本人）", " 様（本人）"]))
    w.kv("　診察券番号 ", g.idv(pt.pid), "ID", end="")
    w.t("\n特定医療費（指定難病）受給者証：\n")
    if w.phi:
        a, b = g.kohi("54")
        w.t("  公費負担者番号 ").p(a, "INSURANCE_NUMBER").t("　受給者番号 ").p(b, "INSURANCE_NUMBER").t("\n")
    w.t("  疾病名：パーキンソン病（Hoehn-Yahr 重症度 Ⅲ度、生活機能障害度 2度）、G20\n")
    w.t("  自己負担上限月額：10,000円（一般所得Ⅰ）　有効期間：")
    w.p(g.ds(d0 - timedelta(days=g.r.randint(30, 200)), "era_abbr"), "DATE", "当年度").t("〜")
    w.p(g.ds(d0 + timedelta(days=g.r.randint(100, 300)), "era_abbr"), "DATE", "年度末").t("\n")
    w.t("  指定医療機関：").p(hosp, "FACILITY", "当院").t("、").p(g.fac("pharm"), "FACILITY", "院外薬局").t("\n")
    if w.phi:
        w.t("被保険者証：保険者番号 ").p(g.hokensha(), "INSURANCE_NUMBER").t(" 記号・番号 ")
        w.p(f"{kigo}・{bango}", "INSURANCE_NUMBER").t("\n")
    w.t(
        "自己負担上限額管理票：当月累積 7,840円（残 2,160円）。\n"
        "処方：レボドパ・カルビドパ配合錠 3錠 分3毎食後、ロピニロール徐放錠2mg 1錠 分1朝食後、"
        "エンタカポン錠100mg 3錠 分3毎食後\n"
        "リハビリ：外来 PT 週1回（UPDRS part Ⅲ 32点）。\n"
    )


def _s_billing(g: _Gen, w: _W, pt: _Pt) -> None:
    d0 = pt.ref
    hosp, employer = g.fac("hosp"), g.fac("employer")
    kigo, bango = g.kigo_bango()
    if g.cyc("billing", 2) == 1:
        _billing_nanbyo(g, w, pt, hosp, kigo, bango)
    else:
        _billing_receipt(g, w, pt, hosp, kigo, bango)
    w.t("――――――――――――――\n", g.ch(["健康保険 限度額適用認定申請書\n", "高額療養費支給申請書（被保険者記入用）\n"]))
    if w.phi:
        w.t("被保険者氏名：").p(g.full(pt.name), "PERSON").t("　生年月日：").p(g.ds(pt.birth), "DATE").t("\n")
        w.t("記号：").p(kigo, "INSURANCE_NUMBER").t("　番号：").p(bango, "INSURANCE_NUMBER").t("\n")
        w.t(g.ch(["個人番号（マイナンバー）：", "マイナンバー ", "個人番号："])).p(g.mynum(), "MY_NUMBER").t("\n")
        w.t("事業所名称：").p(employer, "FACILITY").t("　事業所所在地：").p(g.addr_s(g.addr(), "hyph"), "ADDRESS").t(
            "\n"
        )
        w.t("療養予定の医療機関：").p(hosp, "FACILITY").t("　入院予定日：").p(g.ds(d0 + timedelta(days=20)), "DATE").t(
            "\n"
        )
        rel = g.ch(["配偶者", "子"])
        spouse = g.relative(pt.name, ("F" if pt.sex == "M" else "M") if rel == "配偶者" else None, same=rel == "配偶者")
        if rel == "配偶者":
            rel = "妻" if pt.sex == "M" else "夫"
        w.t("申請者（被保険者との関係：", rel, "）").p(g.full(spouse), "PERSON").t("　日中連絡先 ")
        w.p(g.phone(), "PHONE_NUMBER").t("\n")
        if g.pr(0.5):
            w.t("振込先口座：普通 ").p(g.digits(7), "ID").t("（被保険者名義）\n")
    w.t(
        "適用区分：ウ（標準報酬月額 28万〜50万円）\n"
        "試算：医療費総額 1,254,300円 → 自己負担限度額 80,100円＋（1,254,300円−267,000円）×1％＝89,973円\n"
        "多数回該当：非該当。食事療養標準負担額 1食 490円は対象外。\n"
    )


def _s_death(g: _Gen, w: _W, pt: _Pt) -> None:
    d0 = pt.ref
    dr, son, spouse, path = (
        g.name(),
        g.relative(pt.name, "M"),
        g.relative(pt.name, "F" if pt.sex == "M" else "M", same=True),
        g.name(),
    )
    hosp = g.fac(g.ch(["hosp", "hosp", "home"]))
    w.t("死亡診断書（死体検案書）\n")
    w.t("氏名：").p(g.full(pt.name, g.ch(["k", "kf", "k0"])), "PERSON", "（記載例）").t(
        "　性別：", "1 男" if pt.sex == "M" else "2 女", "\n"
    )
    w.t("生年月日：").p(g.ds(pt.birth, g.ch(["era", "era_kanji", "era"])), "DATE", "　　年　月　日").t("\n")
    hh = g.r.randint(0, 23)
    tstr = f"{'午前' if hh < 12 else '午後'}{hh % 12}時{g.r.randint(0, 59)}分"
    w.t("死亡したとき：")
    if w.phi:
        w.p(f"{g.ds(d0, g.ch(['era', 'kanji', 'era_kanji']))}　{tstr}", "DATE")
    else:
        w.t(f"入院第{g.r.randint(3, 40)}病日 {tstr}")
    w.t(
        "\n死亡したところの種別：",
        "1 病院" if "病院" in hosp or "センター" in hosp else "3 介護医療院・介護老人保健施設",
        "\n",
    )
    haddr = g.addr()
    w.t("死亡したところ：").p(g.addr_s(haddr, g.ch(["full", "kanji"])), "ADDRESS", "（施設所在地）").t("\n")
    w.t("施設の名称：").p(hosp, "FACILITY", "当院").t("\n")
    w.t(
        "死亡の原因：\n"
        f" Ⅰ（ア）直接死因　{g.ch(['誤嚥性肺炎', '急性心筋梗塞', '敗血症性ショック', '老衰'])}"
        f"　発病から死亡までの期間　約{g.r.randint(2, 14)}日\n"
        f"　（イ）（ア）の原因　{g.ch(['アルツハイマー型認知症', '陳旧性脳梗塞', '慢性腎臓病 G4', '2型糖尿病'])}"
        f"　約{g.r.randint(3, 12)}年\n"
        " Ⅱ 直接には死因に関係しないが影響を及ぼした傷病名：慢性心不全（NYHA Ⅲ）、心房細動\n"
        "手術：1 無　解剖：2 有（主要所見は病理解剖報告書参照）\n"
        "死因の種類：1 病死及び自然死\n"
    )
    w.t("診断年月日：").p(g.ds(d0), "DATE", "死亡当日").t("　本診断書発行年月日：").p(
        g.ds(d0 + timedelta(days=1)), "DATE", "翌日"
    ).t("\n")
    if w.phi:
        w.t("病院等の所在地：〒").p(g.postal(), "POSTAL_CODE").t(" ").p(g.addr_s(haddr, "full"), "ADDRESS").t("\n")
    w.t("（氏名）医師　").p(g.full(dr), "PERSON", "主治医").t("　㊞\n")
    w.t("―― 死亡届 届出人欄 ――\n")
    w.t("届出人：").p(g.full(son), "PERSON", "親族").t("（続柄：", g.ch(["長男", "二男", "同居の親族"]), "）\n")
    if w.phi:
        w.t("住所：").p(g.addr_s(pt.addr, g.ch(["full", "hyph", "fw"])), "ADDRESS").t("\n")
        w.t("本籍：").p(f"{pt.addr.pref}{pt.addr.city}{pt.addr.town}{g.r.randint(1, 999)}番地", "ADDRESS")
        w.t("　筆頭者の氏名：").p(g.full(pt.name, "k"), "PERSON").t("\n")
        w.t("電話：").p(g.phone(), "PHONE_NUMBER").t("\n")
    w.t("―― 病理解剖依頼書 ――\n")
    w.t("依頼日：").p(g.ds(d0), "DATE", "同日")
    w.kv("　剖検番号：", f"A{d0.year % 100:02d}-{g.digits(3)}", "ID", end="")
    w.t("　依頼医：").p(g.fam(dr), "PERSON", "主治医", suf=g.ch(["", " Dr"])).t("（").p(
        g.ch(_DEPTS), "DEPARTMENT", "内科"
    ).t("）\n")
    w.t("病理医：").p(g.full(path), "PERSON", "当番病理医").t("\n")
    w.t("臨床経過：").p(g.age_s(pt.age), "AGE", "高齢")
    w.t(g.ch(["、", "。"]), "誤嚥性肺炎で入院、TAZ/PIPC 4.5g×3/日 投与も改善乏しく、CRP 18.2 mg/dL、PCT 12.4 ng/mL。")
    w.t("心エコー EF 35%、BNP 1,240 pg/mL。\n")
    w.t("享年").p(str(pt.age), "AGE", "").t("\n" if w.phi else "（記載欄）\n")
    w.t("遺族承諾：", "妻" if pt.sex == "M" else "夫", " ").p(g.full(spouse), "PERSON", "（遺族）")
    w.t(f"（承諾書取得 {g.r.randint(6, 9)}:{g.r.randint(10, 59)}）\n")
    w.t("解剖の目的：直接死因の確認、心アミロイドーシスの有無、肺病変の評価。\n")


def _s_dental_eye(g: _Gen, w: _W, pt: _Pt) -> None:
    d0 = pt.ref
    if g.cyc("dental_eye", 2) == 0:
        dds, dh = g.name(), g.name("F")
        clinic = g.fac("dental")
        w.t(g.ch(["歯科診療録\n", "【歯科 口腔外科 外来記録】\n"]))
        w.p(clinic, "FACILITY", "当院").t("\n" if w.phi else "歯科\n")
        w.t("初診日：").p(g.ds(d0), "DATE", "初診時")
        w.kv("　カルテNo. ", g.idv(pt.pid), "ID", end="")
        w.t("\n氏名：").p(g.full(pt.name), "PERSON", "患者", suf=" 様").p(g.age_s(pt.age), "AGE", pre="（", suf="）").t(
            "\n"
        )
        w.t("主訴：「", g.ch(["右上の奥歯がしみる", "入れ歯が合わない", "左下がはれて痛い"]), "」\n")
        w.t(
            "現症：#16 C2、遠心隣接面う蝕。右上6番 打診痛(−)、冷水痛(+)。\n"
            "FDI 36：根管治療中（RCT）、作業長 20.5mm、#40 まで拡大、水酸化カルシウム貼薬。\n"
            "下顎左側第二大臼歯（37）動揺度 2、PPD 6mm、BOP(+)。P急発 → 切開排膿。\n"
            "歯周検査：PPD 4mm以上 32%、BOP 28%、PCR 45%。Miller分類 Ⅱ度（#46 根分岐部）。\n"
            "欠損：右下5・6・7 → 部分床義歯（Kennedy Ⅱ級）、上顎 Br（#24–#26）\n"
        )
        w.t("既往：心房細動、ワルファリンK錠1mg 3錠 分1夕食後 服用中、PT-INR 2.3（抜歯可能域）。\n")
        w.t("処方：アモキシシリンカプセル250mg 3カプセル 分3毎食後 3日分、アセトアミノフェン錠300mg 2錠 頓用\n")
        w.t("担当歯科医師：").p(g.full(dds), "PERSON", "担当医").t("　歯科衛生士：").p(
            g.full(dh), "PERSON", "担当DH"
        ).t("\n")
        w.t("次回：").p(g.dpart(d0 + timedelta(days=7)), "DATE", "1週後").t(
            f" {g.r.randint(9, 17)}:{g.ch(['00', '30'])} #16 CR充填\n"
        )
        if w.phi and g.pr(0.5):
            w.t("予約変更は ").p(g.phone(False), "PHONE_NUMBER").t(" または ")
            w.p(f"https://{g.ch(['reserve', 'yoyaku'])}.{g.ch(['dent-net', 'shika-web'])}.jp/c/{g.digits(5)}", "URL").t(
                "\n"
            )
    else:
        dr, ref_dr, orth = g.name(), g.name(), g.name("F")
        w.t(g.ch(["眼科外来記録\n", "【眼科】再診記録\n"]))
        w.t("受診日：").p(g.ds(d0), "DATE", "本日").t("　患者：").p(g.full(pt.name), "PERSON", "本人")
        w.p(g.age_s(pt.age), "AGE", pre="（", suf="）")
        w.kv("　ID:", g.idv(pt.pid), "ID", end="")
        w.t("\n紹介元：").p(g.fac("eye"), "FACILITY", "近医眼科").t(" ").p(g.fam(ref_dr), "PERSON", "", suf="先生").t(
            "\n"
        )
        w.t("視能訓練士：").p(g.full(orth), "PERSON", "ORT").t("\n")
        w.t(
            f"視力：VD=0.{g.r.randint(1, 9)}(1.2×S-1.25D=C-0.50D Ax180°)　VS=0.3(0.9×S-2.00D)\n"
            f"眼圧：IOP R {g.r.randint(10, 21)} mmHg / L {g.r.randint(15, 32)} mmHg（NCT）、GAT 再検 L 24 mmHg\n"
            "前眼部：前房 deep/clear、水晶体 NS2、Emery-Little 分類 Grade 2\n"
            "眼底：C/D比 R 0.5 / L 0.8、下方リムの菲薄化、NFLD(+)\n"
            "HFA 30-2：L MD −6.32 dB、PSD 8.1 dB、上方弓状暗点。石原式色覚検査 異常なし。\n"
            "既往：Vogt-小柳-原田病の既往なし。糖尿病網膜症 なし（HbA1c 6.4%）。\n"
            "診断：原発開放隅角緑内障（H40.1）左、白内障（H25.1）両\n"
            "処方：ラタノプロスト点眼液0.005% 1日1回 就寝前 左眼、ブリモニジン点眼液0.1% 1日2回 左眼\n"
        )
        w.t("手術予定：").p(g.ds(d0 + timedelta(days=g.r.randint(20, 60))), "DATE", "来月")
        w.t(" 左 PEA+IOL（+21.5D）。入院は").p(g.fac("ward"), "FACILITY", "病棟").t("。\n")
        w.t("担当医：").p(g.full(dr), "PERSON", "主治医").t("\n")


def _portal_self(g: _Gen, w: _W, pt: _Pt, dr: _Name, ns: _Name) -> None:
    d0 = pt.ref
    kid = g.relative(pt.name, "F")
    w.t(g.ch(["[ポータル受信] ", "■メッセージ受信 "])).p(g.dtm(d0), "DATE", "受信分").t("\n")
    w.t("From: ").p(g.full(pt.name, g.ch(["k", "hira", "ro", "kana"])), "PERSON", "ご本人").t("\n")
    w.kv("診察券番号: ", g.idv(pt.pid), "ID")
    w.t("件名：けっかのこと\n\nこんにちは").p(g.fam(pt.name), "PERSON", "", pre="、", suf="です").t("！\n")
    w.t("せんしゅう（").p(g.dpart(d0 - timedelta(days=g.r.randint(5, 9))), "DATE", "先週")
    w.t("）のけんさのけっか、ポータルでみました。\n")
    w.t("HbA1c 8.2% ってたかいですよね…（笑）\nおしょうがつ、食べすぎました！\n")
    w.t("メトホルミンふえるんですか？　いまは メトホルミン塩酸塩錠250mg 4錠 分2朝夕食後 です。\n")
    w.t("LDL-C 152 mg/dL もひっかかってて、くすりふえるのはちょっと…\n\n")
    w.t("あと、むすめ").p(g.given(kid), "PERSON", "", pre="の").t("が")
    w.p(g.fac("school"), "FACILITY", "学校", pre="こんど", suf="の").t("行事で、つきそいで ")
    w.p(g.dpart(d0 + timedelta(days=g.r.randint(10, 20))), "DATE", "次回の予約日").t(" はいけないです。\n")
    w.t("よやく、ずらせますか？\n")
    if w.phi:
        w.t("でんわは日中 ").p(g.phone(False), "PHONE_NUMBER").t("（しごとば：").p(g.fac("employer"), "FACILITY")
        w.t("）か、けいたい ").p(g.phone(True), "PHONE_NUMBER").t(" です！\n")
        if g.pr(0.5):
            w.t("メールのほうがたすかります→ ").p(g.email(pt.name), "EMAIL_ADDRESS").t("\n")
    else:
        w.t("でんわは日中でもだいじょうぶです！\n")
    w.t("――返信――\n").p(g.fam(pt.name), "PERSON", "ご本人", suf=g.ch(["様", "さま"])).t("\n")
    w.t("予約は").p(g.dpart(d0 + timedelta(days=g.r.randint(21, 28))), "DATE", "翌週").t(" 9:30 に変更しました。")
    w.t("HbA1c 目標は 7.0% 未満です。お薬は次回診察で ").p(g.fam(dr), "PERSON", "主治医", suf="医師")
    w.t(" と相談しましょう。\n").p(g.ch(_DEPTS), "DEPARTMENT", "内科").t(" 外来 ").p(g.full(ns), "PERSON", "").t("\n")


def _portal_spouse(g: _Gen, w: _W, pt: _Pt, dr: _Name, ns: _Name) -> None:
    d0 = pt.ref
    wife = g.relative(pt.name, "F" if pt.sex == "M" else "M", same=True)
    cm = g.name()
    w.t("【ご家族からのメッセージ】\n受信：").p(g.dtm(d0), "DATE", "本日").t("\n宛先：")
    w.p(g.fam(dr), "PERSON", "主治医", suf=g.ch(["せんせい", "先生"])).t("\n差出人：")
    w.p(g.full(wife), "PERSON", "ご家族").t("（", "妻" if pt.sex == "M" else "夫", "）\n\n")
    w.t("いつもありがとうございます。").p(g.fam(pt.name), "PERSON", "本人", suf="の")
    w.t("妻" if pt.sex == "M" else "夫", "です。\n")
    w.t("さいきん、よるになると「いえにかえる！」っていって\nげんかんからでていこうとします。\n")
    w.t("きのうは").p(f"{pt.addr.station}駅", "ADDRESS", "駅").t("のほうまで歩いていってて、\n")
    w.t("おまわりさんにつれてきてもらいました（汗）（笑）\n")
    w.t("ドネペジル塩酸塩OD錠5mg 1錠 分1朝食後 はちゃんとのんでます！\n")
    w.t("デイサービス（").p(g.fac("home"), "FACILITY", "通っているところ")
    w.t("）のひとにも相談したら、要介護1→要介護2 に区分変更したほうがいいって。\n")
    w.t("ケアマネの").p(g.fam(cm), "PERSON", "担当", suf="さん")
    if w.phi:
        w.t("（").p(g.phone(False), "PHONE_NUMBER").t("）")
    w.t("にもれんらくしてます。\n")
    w.t("つぎの受診（").p(g.dpart(d0 + timedelta(days=g.r.randint(7, 20))), "DATE", "来月").t(
        "）まで、まってていいですか？\n"
    )
    w.t("――対応記録――\nMMSE 前回 19/30、HDS-R 16/30。BPSD（夕暮れ症候群・徘徊）。")
    w.t("徘徊対策として GPS 端末、見守りシール（").p(g.ch(["A", "K", "S"]) + g.digits(6), "ID", "登録番号").t(
        "）の登録を案内。\n"
    )
    w.t("担当：").p(g.full(ns), "PERSON", "外来看護師").t("\n")


def _s_portal(g: _Gen, w: _W, pt: _Pt) -> None:
    d0 = pt.ref
    daughter = g.relative(pt.name, "F")
    bro = g.relative(pt.name, "M")
    dr, ns = g.name(), g.name()
    kind = ["family", "memo", "self", "spouse"][g.cyc("portal", 4)]
    if kind == "self":
        _portal_self(g, w, pt, dr, ns)
    elif kind == "spouse":
        _portal_spouse(g, w, pt, dr, ns)
    elif kind == "family":
        w.t("【患者ポータル メッセージ】\n送信日時：").p(g.dtm(d0), "DATE", "（受信済）").t("\n差出人：")
        w.p(g.full(daughter, g.ch(["k", "hira", "kana", "ro"])), "PERSON", "ご家族").t("（ご家族：長女）\n")
        w.t("件名：", g.ch(["ははのくすりのことで", "ちちの熱について", "おくすり！"]), "\n本文：\n")
        w.t("いつもお世話になってます！")
        w.p(g.fam(pt.name), "PERSON", "患者", suf="の娘です。" if w.phi else "")
        w.t("" if w.phi else "の娘です。", "\n")
        w.t("ははが先週から、夜ねむれないっていってて…（笑）いや笑いごとじゃないんですけど！\n")
        w.t("きのうのよる11時ごろに、トイレでふらついて、しりもちついちゃいました。\n")
        w.t("あざは少しだけで、いまは元気です。\nロキソニンのんでもいいですか？　いまのんでるのは\n")
        w.t("・", g.ch(_DRUGS), "\n・", g.ch(_DRUGS), "\nです。\n")
        w.t("あと").p(g.fam(dr), "PERSON", "主治医の先生", suf=g.ch(["先生", "せんせい"]))
        w.t("に、次の予約（").p(g.dpart(d0 + timedelta(days=g.r.randint(5, 30))), "DATE", "来月")
        w.t("）はかえたほうがいいかきいてほしいです。\n")
        w.t("おりかえしは ").p(g.phone(True), "PHONE_NUMBER", "登録の番号").t(" にお願いします！\n")
        w.t("おとうと").p(g.given(bro), "PERSON", "にも", pre="の", suf=g.ch(["にも", "くんにも"]))
        w.t("つたえてあります。\n")
        if w.phi:
            w.t("メール：").p(g.email(daughter), "EMAIL_ADDRESS").t("\n")
            if g.pr(0.4):
                w.t("※").p(g.age_s(pt.age), "AGE").t("のははの介護ブログ書いてます（笑）")
                w.p(f"https://ameblo.jp/{daughter.first_r.lower()}-{g.digits(4)}/", "URL").t("\n")
        w.t("――返信（外来看護師）――\n").p(g.fam(daughter), "PERSON", "ご家族", suf="様")
        w.t("\nご連絡ありがとうございます。ロキソプロフェンは腎機能（eGFR 42）を考慮し、")
        w.t("アセトアミノフェン錠500mg 1回1錠（1日3回まで）をお使いください。転倒後の頭痛・嘔吐があれば救急外来へ。\n")
        w.p(g.full(ns), "PERSON", "担当看護師").t("\n")
    else:
        caller = g.relative(pt.name, "F" if pt.sex == "M" else "M", same=True)
        w.t("電話メモ　").p(g.dpart(d0), "DATE", "本日", suf=g.dow(d0)).t(
            f"　受信 {g.r.randint(8, 17)}:{g.r.randint(0, 59):02d}　受けた人：外来Ns "
        )
        w.p(g.full(ns), "PERSON", "（当番）").t("\n")
        w.t("相手：").p(g.full(caller), "PERSON", "ご家族", suf=g.ch(["さん", "様"])).t(
            "（本人の", "妻" if pt.sex == "M" else "夫", "）"
        )
        if w.phi:
            w.t("\n患者：").p(g.full(pt.name), "PERSON").t("　ID ").p(g.idv(pt.pid), "ID")
            w.t("\nTEL ").p(g.phone(), "PHONE_NUMBER")
        w.t(
            "\n内容：\n「",
            "おとうさん" if pt.sex == "M" else "おかあさん",
            "がね、きのうから熱があって38度5分くらい…\n",
        )
        w.t("ごはんもあんまりたべなくて。せきもでてる！　")
        w.p(g.nick(bro), "PERSON", "孫", suf=g.ch(["ちゃん", "くん"]))
        w.t("（孫）" if w.phi else "", "がインフルだったから、うつったかも（笑）」\n")
        w.t("→ SpO2 自宅測定 93%、水分は少量摂取可。")
        w.p(g.fam(dr), "PERSON", "主治医", suf="先生").t("に報告、明朝9時に来院、発熱外来で迅速検査予定と伝えた。\n")
        w.t("折り返し先：携帯 ").p(g.phone(True), "PHONE_NUMBER", "（登録番号）")
        if w.phi and g.pr(0.6):
            w.t("（日中は仕事場 ").p(g.fac("employer"), "FACILITY").t(" ").p(g.phone(False), "PHONE_NUMBER").t("）")
        w.t("\n")
        if w.phi and g.pr(0.5):
            w.t("住所確認：").p(g.addr_s(pt.addr, "nopref"), "ADDRESS").t("（タクシー手配のため）\n")
        if w.phi and g.pr(0.5):
            w.t("※マイナンバーカードの番号を言われたがメモ不要と説明（").p(g.mynum(), "MY_NUMBER").t(
                "）→ 記録から削除予定\n"
            )


def _s_incident(g: _Gen, w: _W, pt: _Pt) -> None:
    d0 = pt.ref
    actor, finder, reporter, son, dr = g.name(), g.name(), g.name(), g.relative(pt.name, "M"), g.name()
    ward, room = g.fac("ward"), g.fac("room")
    w.t(g.ch(["インシデント・アクシデント報告書\n", "【インシデント報告】\n", "医療安全 報告書（インシデント）\n"]))
    w.kv("報告番号：", g.ch([f"IR-{d0.year}-{g.digits(4)}", f"{d0.year % 100}-{g.digits(5)}"]), "ID")
    w.t("発生日時：")
    if w.phi:
        hm = f"{g.r.randint(0, 5)}時{g.r.randint(0, 59)}分"
        if g.pr(0.4):
            w.p(g.ds(d0, g.ch(["kanji", "era", "md"])), "DATE", suf=g.dow(d0)).t(hm, "頃\n")
        else:
            w.p(f"{g.ds(d0)}{g.ch([' ', '　'])}{hm}", "DATE").t("頃\n")
    else:
        w.t(f"入院{g.r.randint(2, 20)}日目 深夜 {g.r.randint(0, 5)}時頃\n")
    w.t("発生場所：").p(ward, "FACILITY", "病棟").t(" ").p(room, "FACILITY", "個室").t(" ベッドサイド\n")
    w.t("患者：").p(g.full(pt.name), "PERSON", "入院患者").p(g.age_s(pt.age), "AGE", pre="（", suf="）")
    w.kv("　ID ", g.idv(pt.pid), "ID", end="")
    w.t(
        "\n診断名：",
        g.ch(["右大腿骨転子部骨折 術後5日目", "肺炎 入院3日目", "腰部脊柱管狭窄症 L4/5 除圧術後2日目"]),
        "\n",
    )
    exp1, exp2, exp3 = g.r.randint(1, 5), g.r.randint(5, 25), g.r.randint(15, 30)
    w.t("当事者：看護師 ").p(g.full(actor), "PERSON", "").t(f"（経験年数{exp1}年、当部署配属1年目）\n")
    w.t("発見者：", g.ch(["看護助手", "看護補助者", "夜勤リーダー看護師", "理学療法士"]), " ").p(
        g.full(finder), "PERSON", ""
    )
    w.t(f"（経験年数{exp2}年）\n")
    w.t("報告者：看護師長 ").p(g.full(reporter), "PERSON", "").t(f"（経験年数{exp3}年）\n")
    w.t("影響度レベル：", g.ch(["2", "3a", "3b"]), "\n")
    ev = ["fall", "drug", "tube"][g.cyc("incident", 3)]
    if ev == "fall":
        w.t(
            "事象の内容：巡視時、ベッド柵 1か所が下りており、患者が床に座り込んでいるのを発見。"
            "離床センサー（マット型）の電源が OFF。頭部打撲なし、右手背に皮下出血 2×3cm。\n"
            f"バイタル：BP {g.r.randint(100, 170)}/{g.r.randint(55, 95)} mmHg、HR {g.r.randint(60, 110)}、"
            "JCS 0、GCS E4V5M6。当直医診察、頭部CT 異常なし。\n"
            "背景要因：夜間せん妄（DST 陽性）、ゾルピデム酒石酸塩錠5mg 内服 2時間後。"
            f"HDS-R {g.r.randint(10, 20)}/30。\n"
            "対策：離床センサーの電源確認をチェックリスト化、夜間ポータブルトイレ設置、睡眠薬の見直し（ラメルテオンへ）。\n"
        )
    elif ev == "drug":
        other = g.name()
        w.t("事象の内容：朝食後薬の配薬時、隣床の").p(
            g.full(other), "PERSON", "患者", pre=" ", suf=g.ch(["様", "さん"])
        )
        w.t(
            "の内服薬（アムロジピン錠5mg 1錠、カンデサルタン錠8mg 1錠）を誤って与薬。"
            "ダブルチェック未実施、リストバンド照合なし。\n"
            f"バイタル：1時間後 BP {g.r.randint(86, 104)}/{g.r.randint(44, 60)} mmHg、HR 58、ふらつきあり。"
            "生理食塩液 500mL 点滴、3時間後 BP 118/66 mmHg に回復。\n"
            "対策：与薬時の3点認証（患者・薬剤・指示）を徹底、配薬カートの床番号表示を変更。\n"
        )
    else:
        w.t(
            "事象の内容：訪室時、経鼻胃管（12Fr、55cm 固定）が自己抜去されているのを発見。"
            "ミトン未装着（日中の家族面会時に外したまま）。\n"
            f"バイタル：SpO2 {g.r.randint(93, 98)}%（O2 1L/分）、RR 20/分、誤嚥徴候なし。"
            "胸部X線で再挿入後の先端位置を確認。\n"
            "対策：身体抑制の要否を多職種で再評価（3原則：切迫性・非代替性・一時性）、固定方法をループ固定へ変更。\n"
        )
    w.t("家族への説明：").p(g.ds(d0 + timedelta(days=1), g.ch(["md", "slash", "era"])), "DATE", "翌日")
    w.t(" 長男 ").p(g.full(son), "PERSON", "", suf="様").t("へ")
    if w.phi:
        w.t("電話（").p(g.phone(), "PHONE_NUMBER").t("）で")
    w.t("主治医 ").p(g.fam(dr), "PERSON", "", suf=g.ch(["医師", "Dr."])).t("より説明、了承あり。\n")


_STYLES: list[Callable[[_Gen, _W, _Pt], None]] = [
    _s_pharmacy,
    _s_msw,
    _s_homecare,
    _s_family,
    _s_trial,
    _s_billing,
    _s_death,
    _s_dental_eye,
    _s_portal,
    _s_incident,
]


def _known(g: _Gen, pt: _Pt) -> dict[str, Any]:
    k: dict[str, Any] = {"names": [pt.name.known()], "ids": [pt.pid], "birth_date": pt.birth.isoformat()}
    if g.pr(0.8):
        k["addresses"] = [pt.addr.canonical()]
    if g.pr(0.7):
        k["phones"] = [pt.phone]
    return k


def generate_s(n_phi: int = 80, n_clean: int = 20, seed: int = 10200) -> list[dict[str, Any]]:
    """Family S documents: ``n_phi`` labelled PHI documents, then ``n_clean`` identifier-free ones."""
    g = _Gen(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        style = _STYLES[i % len(_STYLES)]
        old = 0.45 if style in (_s_death, _s_homecare, _s_msw) else 0.3
        lo = 25 if style is _s_family else 40
        hi = 55 if style is _s_family else 89
        pt = g.patient(lo, hi, 0.0 if style is _s_family else old)
        w = _W(g, f"s-phi-{i:03d}", phi=True)
        style(g, w, pt)
        docs.append(w.out(_known(g, pt) if i % 10 in (1, 4, 7) else None))
    for i in range(n_clean):
        style = _STYLES[i % len(_STYLES)]
        pt = g.patient()
        w = _W(g, f"s-clean-{i:03d}", phi=False)
        style(g, w, pt)
        docs.append(w.out(None))
    return docs
