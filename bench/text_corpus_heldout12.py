"""Held-out text corpus, family U: SHORT, terse and noisy Japanese clinical texts.

Written blind: the author of this module did not read the scrubber, its policies, its tests or
its documentation, nor any of the other held-out corpora (only the ``Doc`` builder is reused).
No rule of the scrubber was written against this text.

Every PHI document picks one style, cycling through all ten; the PHI-free ("clean") documents
reuse the same ten shapes, dense with clinical content that must survive, and carry no spans.

Styles:
 1. ward whiteboard / bed-map transcriptions (bed, name, age+sex, attending initials, status words)
 2. outpatient and exam schedule lists (予約表), one line per patient
 3. nursing handover lists (申し送り) in bullet form with abbreviations
 4. specimen / tube labels, pathology labels and wristband texts
 5. DICOM free-text fields as a PACS shows them (Study/Series description, ImageComments, ...)
 6. SMS / pager / PHS messages between staff
 7. order comments and free-text fields in order entry
 8. sticky-note / memo lines with dates in many short forms and nicknames
 9. image burned-in overlay text as OCR returns it (half-width kana, romaji, 065Y, 20230401)
10. phone reception logs (受電 / 架電, cancellations, change requests, call-back numbers)

Labelling choices:
 * PERSON covers the name only; honorifics and roles (様, さん, 氏, ちゃん, 先生, Dr, Ns, 技師) stay
   outside.  Initials standing for a person ("KT", "Y.T", "ヤマダ T") and nickname stems
   ("よし" in "よしちゃん") are PERSON.  DICOM "YAMADA^TARO" is one span.
 * DATE: a date together with its clock time is one span; a weekday in brackets after a date
   ("(月)") stays outside the span.  Durations, POD, clock times alone, 本日/明朝 are not labelled.
 * AGE: the age with its unit when the unit is an age unit ("78歳", "065Y", "91才"); in "78M" /
   "92F" only the digits are labelled.  Ages are labelled at every value (under 90 too).
 * FACILITY: named hospitals, clinics, care homes, pharmacies, schools, employers, taxi firms,
   named wards ("5東病棟", "5東"), patient rooms ("512号室", bare "512" in a room column) and
   beds ("501-2").  Modality rooms of a schedule ("CT2", "MR1") are equipment, not labelled.
 * ID: patient IDs (also hyphenated or between barcode asterisks, the asterisks outside),
   accession, specimen, pathology and exam numbers, medical-institution codes in overlays.
 * PHONE_NUMBER also covers extension, PHS and pager digits.  POSTAL_CODE excludes "〒".
 * INSURANCE_NUMBER: 保険者番号, and 記号・番号 (one span when joined by "・", two when labelled
   separately).  MY_NUMBER: 12 digits with a valid check digit, spaces/hyphens inside the span.
 * DEPARTMENT: bare department names, labelled in PHI documents only; clean documents contain
   none (and no ages, dates, rooms or names).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from faker import Faker

from bench.text_corpus_heldout import Doc

T = TypeVar("T")

# --------------------------------------------------------------------------------------------
# name material (hand-written; Faker ja_JP pairs are mixed in at generation time)
# --------------------------------------------------------------------------------------------

_SURNAMES: tuple[tuple[str, str, str], ...] = (
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("斎藤", "サイトウ", "Saito"),
    ("清水", "シミズ", "Shimizu"),
    ("東", "アズマ", "Azuma"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("南", "ミナミ", "Minami"),
    ("西", "ニシ", "Nishi"),
    ("北", "キタ", "Kita"),
    ("平", "タイラ", "Taira"),
    ("中", "ナカ", "Naka"),
    ("今", "コン", "Kon"),
    ("丸", "マル", "Maru"),
    ("関", "セキ", "Seki"),
    ("泉", "イズミ", "Izumi"),
    ("星", "ホシ", "Hoshi"),
    ("岸", "キシ", "Kishi"),
    ("一", "ニノマエ", "Ninomae"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("東海林", "ショウジ", "Shoji"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("日下部", "クサカベ", "Kusakabe"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("安心院", "アジミ", "Ajimi"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("大和", "ヤマト", "Yamato"),
    ("岡山", "オカヤマ", "Okayama"),
    ("福島", "フクシマ", "Fukushima"),
    ("千葉", "チバ", "Chiba"),
    ("長野", "ナガノ", "Nagano"),
    ("奈良", "ナラ", "Nara"),
    ("春日", "カスガ", "Kasuga"),
    ("服部", "ハットリ", "Hattori"),
    ("米田", "ヨネダ", "Yoneda"),
    ("門脇", "カドワキ", "Kadowaki"),
    ("本間", "ホンマ", "Homma"),
    ("湊", "ミナト", "Minato"),
    ("金", "カネ", "Kane"),
    ("栗原", "クリハラ", "Kurihara"),
    ("我妻", "ワガツマ", "Wagatsuma"),
    ("猪狩", "イカリ", "Ikari"),
    ("京極", "キョウゴク", "Kyogoku"),
    ("八月朔日", "ホズミ", "Hozumi"),
)

# kanji, kana, romaji, sex
_GIVEN: tuple[tuple[str, str, str, str], ...] = (
    ("陽翔", "ハルト", "Haruto", "M"),
    ("蓮", "レン", "Ren", "M"),
    ("湊", "ミナト", "Minato", "M"),
    ("大翔", "ヒロト", "Hiroto", "M"),
    ("悠真", "ユウマ", "Yuma", "M"),
    ("朔", "サク", "Saku", "M"),
    ("誠", "マコト", "Makoto", "M"),
    ("勝", "マサル", "Masaru", "M"),
    ("明", "アキラ", "Akira", "M"),
    ("正", "タダシ", "Tadashi", "M"),
    ("実", "ミノル", "Minoru", "M"),
    ("茂", "シゲル", "Shigeru", "M"),
    ("進", "ススム", "Susumu", "M"),
    ("光", "ヒカル", "Hikaru", "M"),
    ("翼", "ツバサ", "Tsubasa", "M"),
    ("大地", "ダイチ", "Daichi", "M"),
    ("空", "ソラ", "Sora", "M"),
    ("海", "カイ", "Kai", "M"),
    ("碧", "アオイ", "Aoi", "F"),
    ("陽葵", "ヒマリ", "Himari", "F"),
    ("結菜", "ユイナ", "Yuina", "F"),
    ("凛", "リン", "Rin", "F"),
    ("紬", "ツムギ", "Tsumugi", "F"),
    ("芽依", "メイ", "Mei", "F"),
    ("心愛", "ココア", "Kokoa", "F"),
    ("希空", "ノア", "Noa", "F"),
    ("希望", "ノゾミ", "Nozomi", "F"),
    ("愛", "アイ", "Ai", "F"),
    ("恵", "メグミ", "Megumi", "F"),
    ("幸", "サチ", "Sachi", "F"),
    ("和", "ナゴミ", "Nagomi", "F"),
    ("春", "ハル", "Haru", "F"),
    ("栄", "サカエ", "Sakae", "F"),
    ("静", "シズカ", "Shizuka", "F"),
    ("薫", "カオル", "Kaoru", "F"),
    ("都", "ミヤコ", "Miyako", "F"),
    ("さくら", "サクラ", "Sakura", "F"),
    ("ひなた", "ヒナタ", "Hinata", "F"),
    ("なな", "ナナ", "Nana", "F"),
    ("マリア", "マリア", "Maria", "F"),
)

_OLD_GIVEN_F: tuple[tuple[str, str, str], ...] = (
    ("トメ", "トメ", "Tome"),
    ("キヨ", "キヨ", "Kiyo"),
    ("ウメ", "ウメ", "Ume"),
    ("ツル", "ツル", "Tsuru"),
    ("ハル", "ハル", "Haru"),
    ("フミ", "フミ", "Fumi"),
    ("タケ", "タケ", "Take"),
    ("ちよ", "チヨ", "Chiyo"),
    ("しづ", "シヅ", "Shizu"),
    ("ミツ", "ミツ", "Mitsu"),
    ("ヨシ子", "ヨシコ", "Yoshiko"),
)

_OLD_GIVEN_M: tuple[tuple[str, str, str], ...] = (
    ("留吉", "トメキチ", "Tomekichi"),
    ("正一", "ショウイチ", "Shoichi"),
    ("清", "キヨシ", "Kiyoshi"),
    ("勇", "イサム", "Isamu"),
    ("辰雄", "タツオ", "Tatsuo"),
    ("寅次郎", "トラジロウ", "Torajiro"),
    ("金太郎", "キンタロウ", "Kintaro"),
)

# family, given (kanji or katakana), family_kana, given_kana, family_romaji, given_romaji, sex
_FOREIGN: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("グエン", "ミン", "グエン", "ミン", "Nguyen", "Minh", "M"),
    ("チャン", "ラン", "チャン", "ラン", "Tran", "Lan", "F"),
    ("王", "美玲", "ワン", "メイリン", "Wang", "Meiling", "F"),
    ("李", "偉", "リ", "ウェイ", "Li", "Wei", "M"),
    ("金", "敏俊", "キム", "ミンジュン", "Kim", "Minjun", "M"),
    ("朴", "智恩", "パク", "ジウン", "Park", "Jieun", "F"),
    ("サントス", "マリア", "サントス", "マリア", "Santos", "Maria", "F"),
    ("シルバ", "ルーカス", "シルバ", "ルーカス", "Silva", "Lucas", "M"),
    ("スミス", "ジョン", "スミス", "ジョン", "Smith", "John", "M"),
    ("シン", "ラジ", "シン", "ラジ", "Singh", "Raj", "M"),
    ("ガルシア", "アナ", "ガルシア", "アナ", "Garcia", "Ana", "F"),
    ("シュレスタ", "ビカシュ", "シュレスタ", "ビカシュ", "Shrestha", "Bikash", "M"),
    ("デラクルス", "マリセル", "デラクルス", "マリセル", "Delacruz", "Maricel", "F"),
    ("ブラウン", "エミリー", "ブラウン", "エミリー", "Brown", "Emily", "F"),
    ("ファム", "トゥアン", "ファム", "トゥアン", "Pham", "Tuan", "M"),
)

# --------------------------------------------------------------------------------------------
# places and organisations
# --------------------------------------------------------------------------------------------

_HOSPITALS = (
    "さくら台総合病院",
    "東都医科大学附属病院",
    "市立みなと病院",
    "城北中央病院",
    "聖ヨハネ記念病院",
    "青柳病院",
    "西ノ宮医療センター",
    "かもめ台リハビリテーション病院",
    "ときわ病院",
)
_CLINICS = (
    "みどりの丘クリニック",
    "たなか内科クリニック",
    "青葉台整形外科医院",
    "やまびこ在宅診療所",
    "駅前こどもクリニック",
    "くすのき眼科",
    "ひだまり心療内科",
)
_CARE = (
    "特別養護老人ホーム 和光苑",
    "グループホームひだまり",
    "介護老人保健施設 すずらん",
    "有料老人ホーム さくらの里",
    "デイサービス はなみずき",
    "あおば訪問看護ステーション",
    "小規模多機能 えがお",
)
_PHARMACIES = ("ひまわり調剤薬局", "つばめ薬局 駅前店", "そうごう薬局 中央店", "ハート調剤薬局")
_SCHOOLS = ("市立北小学校", "県立西高等学校", "ひかり保育園", "若葉台中学校", "みなみ幼稚園")
_TAXIS = ("さくら交通", "日の丸タクシー", "みどりタクシー", "つばめ自動車", "介護タクシー ゆい")
_INST_ROMAJI = (
    "SAKURADAI GEN HOSP",
    "TOTO MED UNIV HOSP",
    "MINATO CITY HOSP",
    "JOHOKU CHUO HOSP",
    "KAMOMEDAI REHA HOSP",
    "AOBA CLINIC",
)
_DEPTS = (
    "循環器内科",
    "消化器内科",
    "呼吸器内科",
    "腎臓内科",
    "消化器外科",
    "整形外科",
    "脳神経外科",
    "放射線科",
    "救急科",
    "総合診療科",
    "泌尿器科",
    "小児科",
)
_RELATIVES = ("長女", "長男", "次女", "次男", "妻", "夫", "姪", "嫁", "孫")

# --------------------------------------------------------------------------------------------
# clinical content that must survive
# --------------------------------------------------------------------------------------------

_DRUGS = (
    "ヘパリン 10000単位/日",
    "ワーファリン 2mg",
    "セフトリアキソン 2g×1",
    "メロペネム 1g×3",
    "ラシックス 20mg iv",
    "ヒューマリンR スライディング",
    "ロキソプロフェン 60mg 頓用",
    "カロナール 500mg",
    "バンコマイシン TDM",
    "エリキュース 5mg 2×",
    "プレドニン 10mg",
    "ノルアドレナリン 0.05γ",
    "KCL 20mEq 補正",
    "ソルデム3A 1000mL/日",
    "オキシコンチン 10mg 2×",
    "アムロジピン 5mg",
    "マグミット 330mg 3×",
    "メトホルミン 休薬",
    "ビソルボン吸入",
    "生食 100mL",
    "タケキャブ 20mg",
    "リクシアナ 30mg",
    "ドルミカム 持続",
    "アセリオ 1000mg",
    "ランタス 8単位 眠前",
)
_STATUS = (
    "絶食",
    "NPO",
    "DNAR",
    "常食",
    "全粥",
    "5分粥",
    "ミキサー食",
    "OPE明日",
    "明日退院",
    "転倒★",
    "抑制あり",
    "O2 2L",
    "点滴中",
    "CV",
    "Aライン",
    "隔離(MRSA)",
    "接触予防策",
    "せん妄",
    "BS 4検",
    "トイレ歩行",
    "床上安静",
    "車椅子",
    "離床センサー",
    "体重測定",
    "輸血 RBC2単位",
    "透析 火木土",
    "個室",
    "4床室",
    "ターミナル",
    "付き添い",
    "マスク 5L",
    "HOT",
    "PEG",
    "ストーマ",
    "褥瘡 仙骨部 d2",
    "尿バルーン",
    "ドレーン 淡血性",
    "ADL自立",
    "全介助",
    "歩行器",
)
_EXAMS = (
    "CT",
    "単純CT",
    "造影CT",
    "胸部CT",
    "腹部造影CT 3相",
    "MRI",
    "頭部MRI DWI",
    "腰椎MRI",
    "造影MRI",
    "US 腹部",
    "心エコー",
    "RI 骨シンチ",
    "PET-CT",
    "GF",
    "CF",
    "上部消化管内視鏡",
    "胸部X線",
    "マンモ",
    "DEXA",
    "ホルター",
    "ABI",
    "EEG",
    "冠動脈CT",
    "嚥下造影",
)
_TUBES = (
    "生化学 SST 5mL",
    "血算 EDTA-2K 2mL",
    "凝固 3.2%クエン酸Na 1.8mL",
    "血糖 NaF 2mL",
    "血培 好気/嫌気",
    "尿 一般",
)
_ALLERGY = ("ペニシリン", "ヨード造影剤", "ラテックス", "卵", "NSAIDs", "なし")
_MODALITY_ROOMS = ("CT1", "CT2", "MR1", "MR2", "US3", "RI", "一般撮影2", "内視鏡B", "生理4")
_HANDOVER_CLIN = (
    "夜間 不眠 訴えあり",
    "せん妄なし",
    "転倒なし",
    "尿量 少なめ",
    "疼痛 コントロール良好",
    "嘔気あり 制吐剤 使用",
    "経口摂取 5割",
    "排便 3日なし → 下剤",
    "離床 進まず",
    "発熱なし",
    "酸素 1Lへ減量",
    "ルート 自己抜去あり 再確保",
    "家族 面会あり",
    "明朝 採血",
    "ドレーン 排液 50mL 淡血性",
)

_SMALL = set("ャュョッァィゥェォヮゃゅょっぁぃぅぇぉーｬｭｮｯｧｨｩｪｫｰ")
_KD = "〇一二三四五六七八九"
_WD = "月火水木金土日"
_ERAS: tuple[tuple[date, str, str, int], ...] = (
    (date(2019, 5, 1), "令和", "R", 2018),
    (date(1989, 1, 8), "平成", "H", 1988),
    (date(1926, 12, 25), "昭和", "S", 1925),
    (date(1912, 7, 30), "大正", "T", 1911),
)


def _hw_table() -> dict[str, str]:
    base = "ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ"
    table: dict[str, str] = {"・": "･"}
    for h in base:
        table[unicodedata.normalize("NFKC", h)] = h
        for mark in "ﾞﾟ":
            full = unicodedata.normalize("NFKC", h + mark)
            if len(full) == 1:
                table[full] = h + mark
    return table


_HW = _hw_table()


def _halfwidth(s: str) -> str:
    return "".join(_HW.get(c, c) for c in s)


def _hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def _stem(kana: str) -> str:
    n = min(2, len(kana))
    while n < len(kana) and (kana[n] in _SMALL or kana[n - 1] in "ッっ"):
        n += 1
    return kana[:n]


def _kn(n: int) -> str:
    if n < 10:
        return _KD[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KD[tens]) + "十" + ("" if ones == 0 else _KD[ones])


def _era(d: date) -> tuple[str, str, int]:
    for start, kanji, letter, offset in _ERAS:
        if d >= start:
            return kanji, letter, d.year - offset
    return "明治", "M", d.year - 1867


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def fmt_date(d: date, style: str) -> str:
    """One of many short and long Japanese date writings (the weekday is never inside)."""
    y, m, dd = d.year, d.month, d.day
    era, letter, ey = _era(d)
    ey_k = "元" if ey == 1 else str(ey)
    forms: dict[str, str] = {
        "ymd_slash": f"{y}/{m:02d}/{dd:02d}",
        "ymd_slash_np": f"{y}/{m}/{dd}",
        "iso": d.isoformat(),
        "ymd_kanji": f"{y}年{m}月{dd}日",
        "ymd_dot": f"{y}.{m}.{dd}",
        "wareki": f"{era}{ey_k}年{m}月{dd}日",
        "wareki_short": f"{letter}{ey}.{m}.{dd}",
        "wareki_slash": f"{letter}{ey}/{m}/{dd}",
        "wareki_pad": f"{letter}{ey:02d}.{m:02d}.{dd:02d}",
        "wareki_kanjinum": f"{era}{'元' if ey == 1 else _kn(ey)}年{_kn(m)}月{_kn(dd)}日",
        "ymd_kanjinum": "".join(_KD[int(c)] for c in str(y)) + f"年{_kn(m)}月{_kn(dd)}日",
        "md_slash": f"{m}/{dd}",
        "md_pad": f"{m:02d}/{dd:02d}",
        "md_kanji": f"{m}月{dd}日",
        "md_kanjinum": f"{_kn(m)}月{_kn(dd)}日",
        "mmdd": f"{m:02d}{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "ym": f"{y}/{m}",
        "ym_kanji": f"{y}年{m}月",
        "yy_slash": f"{y % 100:02d}/{m}/{dd}",
        "md_dot": f"{m}.{dd}",
    }
    return forms[style]


def _my_number_check(first11: str) -> int:
    total = 0
    for n, ch in enumerate(reversed(first11), start=1):
        weight = n + 1 if n <= 6 else n - 5
        total += int(ch) * weight
    rem = total % 11
    return 0 if rem <= 1 else 11 - rem


# --------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    family_romaji: str
    given_romaji: str
    sex: str
    foreign: bool = False

    def known(self) -> dict[str, str]:
        return {
            "family": self.family,
            "given": self.given,
            "family_kana": self.family_kana,
            "given_kana": self.given_kana,
            "family_romaji": self.family_romaji,
            "given_romaji": self.given_romaji,
        }

    def render(self, form: str) -> str:
        fk, gk = self.family_kana, self.given_kana
        fr, gr = self.family_romaji, self.given_romaji
        forms: dict[str, str] = {
            "kanji_sp": f"{self.family} {self.given}",
            "kanji": f"{self.family}{self.given}",
            "kanji_zsp": f"{self.family}\u3000{self.given}",
            "family": self.family,
            "given": self.given,
            "kana_sp": f"{fk} {gk}",
            "kana": f"{fk}{gk}",
            "kana_family": fk,
            "kana_given": gk,
            "hw_sp": _halfwidth(f"{fk} {gk}"),
            "hw_family": _halfwidth(fk),
            "hira_sp": _hira(f"{fk} {gk}"),
            "hira_family": _hira(fk),
            "romaji": f"{gr} {fr}",
            "romaji_up": f"{fr.upper()} {gr.upper()}",
            "dicom": f"{fr.upper()}^{gr.upper()}",
            "romaji_init": f"{gr[0]}.{fr}",
            "romaji_family_init": f"{fr} {gr[0]}.",
            "kana_init": f"{fk} {gr[0]}",
            "kanji_init": f"{self.family}{gr[0]}",
            "initials": f"{fr[0]}.{gr[0]}",
            "initials2": f"{fr[0]}{gr[0]}",
            "nick": _hira(_stem(gk)),
            "nick_family": _stem(fk),
            "foreign_dot": f"{gk}・{fk}",
        }
        return forms[form]


@dataclass
class Pt:
    person: Person
    pid: str
    birth: date
    age: int
    phones: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)

    def known(self) -> dict[str, Any]:
        k: dict[str, Any] = {
            "names": [self.person.known()],
            "ids": [self.pid],
            "birth_date": self.birth.isoformat(),
        }
        if self.addresses:
            k["addresses"] = list(self.addresses)
        if self.phones:
            k["phones"] = list(self.phones)
        if self.emails:
            k["emails"] = list(self.emails)
        return k


# --------------------------------------------------------------------------------------------
# generator state and helpers
# --------------------------------------------------------------------------------------------

_PT_FORMS_KANJI = ("kanji_sp", "kanji", "kanji_zsp", "family")
_PT_FORMS_ANY = (
    "kanji_sp",
    "kanji",
    "family",
    "kana_sp",
    "kana_family",
    "hw_sp",
    "hw_family",
    "hira_sp",
    "romaji_up",
    "kana_init",
    "kanji_init",
)
_SHORT_DATES = ("md_slash", "md_kanji", "wareki_short", "mmdd", "md_pad", "md_dot", "wareki_slash", "ymd_slash_np")
_LONG_DATES = ("ymd_slash", "iso", "ymd_kanji", "wareki", "wareki_short", "wareki_pad", "yy_slash", "ymd_dot")
_BIRTH_DATES = ("wareki", "wareki_short", "wareki_pad", "ymd_slash", "ymd_kanji", "iso", "wareki_kanjinum", "compact")


class Gen:
    def __init__(self, rng: random.Random, fk: Faker) -> None:
        self.rng = rng
        self.fk = fk
        self.today = date(2023, 4, 1)

    # -- basics
    def new_doc(self) -> None:
        self.today = date(2019, 6, 3) + timedelta(days=self.rng.randint(0, 2000))

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def sep(self) -> str:
        return self.pick(("  ", " ", "\t", " | ", "｜", "　", "   "))

    # -- people
    def person(self, sex: str | None = None, old: bool = False, foreign_p: float = 0.08) -> Person:
        sx = sex or self.pick("MF")
        if self.chance(foreign_p):
            f = self.pick(_FOREIGN)
            return Person(f[0], f[1], f[2], f[3], f[4], f[5], f[6], foreign=True)
        fam: Sequence[str] = self.fk.last_name_pair() if self.chance(0.5) else self.pick(_SURNAMES)
        giv: Sequence[str]
        if old and self.chance(0.55):
            giv = self.pick(_OLD_GIVEN_F if sx == "F" else _OLD_GIVEN_M)
        elif self.chance(0.45):
            giv = self.fk.first_name_male_pair() if sx == "M" else self.fk.first_name_female_pair()
        else:
            giv = self.pick([g[:3] for g in _GIVEN if g[3] == sx])
        return Person(fam[0], giv[0], fam[1], giv[1], fam[2], giv[2], sx)

    def staff(self) -> Person:
        return self.person(foreign_p=0.03)

    def patient(self, old: bool | None = None, senior: bool = False) -> Pt:
        is_old = self.chance(0.25) if old is None else old
        if is_old:
            target = self.ri(90, 104)
        else:
            target = (
                self.ri(65, 89)
                if senior
                else self.pick((self.ri(1, 17), self.ri(18, 64), self.ri(55, 89), self.ri(65, 89)))
            )
        days = self.ri(int(target * 365.25) + 2, int((target + 1) * 365.25) - 2)
        birth = self.today - timedelta(days=days)
        return Pt(self.person(old=is_old), self.pid(), birth, _age(birth, self.today))

    def name(self, d: Doc, p: Person, forms: Sequence[str] = _PT_FORMS_ANY) -> None:
        form = self.pick(forms)
        if p.foreign and form in ("kanji_sp", "kanji") and self.chance(0.5):
            form = "foreign_dot"
        d.p(p.render(form), "PERSON")

    def hon(self) -> str:
        return self.pick(("様", "さん", "", " 様", "氏", "さま", "様"))

    def doctor(self, d: Doc, s: Person | None = None) -> None:
        s = s or self.staff()
        k = self.ri(0, 6)
        if k == 0:
            d.t("Dr.").p(s.family, "PERSON")
        elif k == 1:
            d.t("Dr ").p(s.family, "PERSON")
        elif k == 2:
            d.p(s.family, "PERSON").t("先生")
        elif k == 3:
            d.p(s.family, "PERSON").t("Dr")
        elif k == 4:
            d.p(s.render("kanji_sp"), "PERSON").t(" 医師")
        elif k == 5:
            d.t("Dr.").p(s.render("romaji_family_init"), "PERSON")
        else:
            d.p(s.render("kana_family"), "PERSON").t("先生")

    def nurse(self, d: Doc, s: Person | None = None) -> None:
        s = s or self.staff()
        k = self.ri(0, 3)
        if k == 0:
            d.t("Ns ").p(s.family, "PERSON")
        elif k == 1:
            d.p(s.family, "PERSON").t("Ns")
        elif k == 2:
            d.p(s.family, "PERSON")
        else:
            d.p(s.render("kana_family"), "PERSON")

    # -- identifiers
    def pid(self) -> str:
        k = self.rng.random()
        if k < 0.55:
            return f"{self.ri(0, 99999999):08d}"
        if k < 0.75:
            return str(self.ri(1000000, 9999999))
        if k < 0.9:
            return f"{self.ri(0, 9999999999):010d}"
        return str(self.ri(100000, 999999))

    def pid_show(self, pid: str) -> str:
        if len(pid) == 8 and self.chance(0.3):
            return f"{pid[:4]}-{pid[4:]}"
        return pid

    def acc(self) -> str:
        t = self.today
        k = self.ri(0, 4)
        if k == 0:
            return f"{t.year % 100:02d}{t.month:02d}{t.day:02d}{self.ri(1, 9999):04d}"
        if k == 1:
            return f"{self.pick(('CT', 'MR', 'US', 'RI', 'CR'))}{t.year % 100:02d}{self.ri(100000, 999999)}"
        if k == 2:
            return f"A{self.ri(10**8, 10**9 - 1)}"
        if k == 3:
            return f"RA-{t.year}-{self.ri(1, 999999):06d}"
        return f"E{self.ri(1000000, 9999999)}"

    def mobile(self) -> str:
        a, b, c = self.pick(("090", "080", "070")), self.ri(1000, 9999), self.ri(0, 9999)
        return self.pick((f"{a}-{b}-{c:04d}", f"{a}{b}{c:04d}", f"{a}-{b}-{c:04d}", f"{a} {b} {c:04d}"))

    def landline(self) -> str:
        area, mid = self.pick((("03", 4), ("06", 4), ("045", 3), ("052", 3), ("011", 3), ("0422", 2), ("0166", 2)))
        local = f"{self.ri(10 ** (mid - 1) * 2, 10**mid - 1)}"
        last = f"{self.ri(0, 9999):04d}"
        return self.pick((f"{area}-{local}-{last}", f"{area}({local}){last}", f"{area}{local}{last}"))

    def ext(self) -> str:
        return self.pick((str(self.ri(1000, 9999)), str(self.ri(100, 999)), f"7{self.ri(100, 999)}"))

    def postal(self) -> str:
        return f"{self.ri(100, 999)}-{self.ri(0, 9999):04d}"

    def address(self) -> str:
        k = self.ri(0, 3)
        c, b, g = self.ri(1, 9), self.ri(1, 30), self.ri(1, 25)
        if k == 0:
            return str(self.fk.address())
        if k == 1:
            return f"{self.fk.prefecture()}{self.fk.city()}{self.fk.town()}{c}-{b}-{g}"
        if k == 2:
            return f"{self.fk.city()}{self.fk.town()}{c}丁目{b}-{g}"
        bldg = f"{self.fk.building_name()}{self.ri(101, 905)}"
        return f"{self.fk.prefecture()}{self.fk.city()}{self.fk.town()}{c}-{b} {bldg}"

    def email(self, p: Person) -> str:
        user = self.pick(
            (
                f"{p.family_romaji.lower()}.{p.given_romaji.lower()}",
                f"{p.given_romaji.lower()}{self.ri(1, 99)}",
                f"{p.family_romaji.lower()}_{self.ri(1950, 2010)}",
            )
        )
        return f"{user}@{self.pick(('example.jp', 'example.com', 'mail.example.ne.jp', 'example.co.jp'))}"

    def insurer(self) -> str:
        k = self.ri(0, 2)
        if k == 0:
            return f"{self.pick(('01', '06', '31', '32', '34', '63'))}{self.ri(10, 47):02d}{self.ri(0, 9999):04d}"
        if k == 1:
            return f"{self.ri(10, 47):02d}{self.ri(0, 9999):04d}"
        return f"39{self.ri(10, 47):02d}{self.ri(0, 9999):04d}"

    def my_number(self) -> str:
        first = "".join(str(self.ri(0, 9)) for _ in range(11))
        num = first + str(_my_number_check(first))
        k = self.ri(0, 2)
        if k == 0:
            return num
        s = " " if k == 1 else "-"
        return f"{num[:4]}{s}{num[4:8]}{s}{num[8:]}"

    def ward(self) -> str:
        n, wing = self.ri(3, 11), self.pick(("東", "西", "南", "北", "A", "B"))
        return self.pick((f"{n}{wing}病棟", f"{n}{wing}", f"{wing}{n}階病棟", f"{n}階{wing}病棟"))

    def facility(self, kinds: str = "hcp") -> str:
        pools: list[str] = []
        if "h" in kinds:
            pools += _HOSPITALS
        if "c" in kinds:
            pools += _CLINICS
        if "p" in kinds:
            pools += _PHARMACIES
        if "n" in kinds:
            pools += _CARE
        if "s" in kinds:
            pools += _SCHOOLS
        if "e" in kinds:
            pools.append(str(self.fk.company()))
        return self.pick(pools)

    # -- dates
    def near(self, back: int = 30, fwd: int = 30) -> date:
        return self.today + timedelta(days=self.ri(-back, fwd))

    def hm(self) -> str:
        h, m = self.ri(7, 20), self.pick((0, 0, 5, 10, 15, 20, 30, 30, 40, 45, 50))
        return self.pick((f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"))

    def date(self, d: Doc, dt: date, styles: Sequence[str], weekday: float = 0.0, time: float = 0.0) -> None:
        s = fmt_date(dt, self.pick(styles))
        if self.chance(time):
            s = f"{s} {self.hm()}"
            d.p(s, "DATE")
        else:
            d.p(s, "DATE")
            if self.chance(weekday):
                d.t(self.pick((f"({_WD[dt.weekday()]})", f"（{_WD[dt.weekday()]}）")))

    def age(self, d: Doc, a: int, style: str = "any") -> None:
        st = style if style != "any" else self.pick(("sai", "sai", "paren", "sai_kanji", "y"))
        if st == "sai":
            d.p(f"{a}歳", "AGE")
        elif st == "sai_kanji":
            d.p(f"{a}才", "AGE")
        elif st == "y":
            d.p(f"{a}y", "AGE")
        else:
            d.t("(").p(str(a), "AGE").t(")")

    # -- clinical
    def vital(self) -> str:
        return self.pick(
            (
                f"BT {self.ri(358, 395) / 10:.1f}",
                f"KT{self.ri(358, 395) / 10:.1f}℃",
                f"BP {self.ri(78, 186)}/{self.ri(40, 104)}",
                f"HR {self.ri(48, 138)}",
                f"P{self.ri(50, 130)}",
                f"SpO2 {self.ri(85, 100)}%" + self.pick(("", "(RA)", f"(O2 {self.ri(1, 5)}L)", "(NC 2L)")),
                f"RR {self.ri(12, 32)}",
                f"BS {self.ri(58, 412)}",
                f"尿量 {self.ri(3, 25) * 100}mL/日",
                f"NRS {self.ri(0, 10)}/10",
            )
        )

    def lab(self) -> str:
        return self.pick(
            (
                f"WBC {self.ri(21, 240) * 100}",
                f"CRP {self.ri(1, 250) / 10:.1f}mg/dL",
                f"Hb {self.ri(55, 165) / 10:.1f}g/dL",
                f"K {self.ri(28, 68) / 10:.1f}mEq/L",
                f"Na {self.ri(118, 150)}",
                f"Cr {self.ri(45, 620) / 100:.2f}",
                f"eGFR {self.ri(8, 95)}",
                f"PLT {self.ri(20, 420) / 10:.1f}万",
                f"BNP {self.ri(12, 1800)}pg/mL",
                f"HbA1c {self.ri(52, 121) / 10:.1f}%",
                f"PT-INR {self.ri(9, 42) / 10:.1f}",
                f"D-dimer {self.ri(5, 250) / 10:.1f}μg/mL",
                f"Alb {self.ri(18, 46) / 10:.1f}",
                f"AST {self.ri(12, 420)}/ALT {self.ri(8, 380)}",
                f"Lac {self.ri(6, 80) / 10:.1f}",
            )
        )

    def score(self) -> str:
        return self.pick(
            (
                f"JCS {self.pick(('0', 'I-1', 'I-3', 'II-10', 'III-100'))}",
                f"GCS E{self.ri(1, 4)}V{self.ri(1, 5)}M{self.ri(1, 6)}",
                f"MMT {self.ri(2, 5)}",
                f"Barthel {self.ri(0, 20) * 5}",
                f"CHADS2 {self.ri(0, 6)}点",
                f"NYHA {self.pick(('I', 'II', 'III', 'IV'))}",
                f"Braden {self.ri(9, 23)}",
                f"HDS-R {self.ri(5, 30)}",
                f"PS {self.ri(0, 4)}",
                f"mRS {self.ri(0, 5)}",
            )
        )

    def clin(self, n: int = 2) -> str:
        makers: tuple[Callable[[], str], ...] = (
            self.vital,
            self.lab,
            self.score,
            lambda: self.pick(_DRUGS),
            lambda: self.pick(_STATUS),
            lambda: self.pick(_EXAMS),
            lambda: self.pick(_HANDOVER_CLIN),
        )
        return " ".join(self.pick(makers)() for _ in range(n))


# --------------------------------------------------------------------------------------------
# styles
# --------------------------------------------------------------------------------------------

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def s_whiteboard(g: Gen, d: Doc, phi: bool) -> Pt | None:
    shift = g.pick(("日勤", "夜勤", "準夜", "深夜", "日勤帯"))
    main: Pt | None = None
    if phi:
        ward = g.ward()
        d.p(ward, "FACILITY").t(" ")
        if g.chance(0.75):
            g.date(d, g.today, ("md_slash", "md_kanji", "wareki_short", "md_pad"), weekday=0.5)
            d.t(" ")
        d.t(f"{shift} ボード\n")
        if g.chance(0.5):
            d.t("L: ")
            g.nurse(d)
            d.t("  師長 ")
            d.p(g.staff().family, "PERSON")
            d.t("\n")
    else:
        d.t(f"病棟ボード {shift} 書き写し\n")
    if g.chance(0.6):
        d.t(g.pick(("室  氏名  年齢  Dr  状態\n", "bed/name/age/主治医/メモ\n", "部屋｜患者｜歳｜担当｜")))
        if not d.parts[-1].endswith("\n"):
            d.t("\n")
    room = g.ri(1, 9) * 100 + g.ri(1, 5)
    bed_style = g.ri(0, 3)
    name_forms = g.pick(
        (
            ("kana_init", "kana_family", "hw_family"),
            ("family", "kanji_sp", "kanji"),
            ("kana_family", "family", "kana_init", "hira_family"),
        )
    )
    sep = g.sep()
    bed = 0
    for r in range(g.ri(3, 8)):
        bed += g.pick((1, 1, 1, 2))
        if bed > 4 or g.chance(0.3):
            room, bed = room + 1, g.pick((1, 1, 2))
        status = " ".join(g.pick(_STATUS) for _ in range(g.ri(1, 3)))
        if g.chance(0.3):
            status += " " + g.pick((g.pick(_EXAMS) + " " + g.hm(), g.vital(), g.pick(_DRUGS)))
        if not phi:
            d.t(f"{g.pick((_CIRCLED[r], '・', '-', '□'))}{sep}{status}\n")
            continue
        bed_label = (f"{room}-{bed}", f"{room}号室", str(room), f"{room}-{'ABCD'[bed - 1]}")[bed_style]
        d.p(bed_label, "FACILITY").t(sep)
        if r > 0 and g.chance(0.12):
            d.t("空床\n")
            continue
        pt = g.patient()
        main = main or pt
        g.name(d, pt.person, name_forms)
        if g.chance(0.3):
            d.t(g.pick(("様", "さん")))
        d.t(sep)
        ak = g.ri(0, 3)
        sx = pt.person.sex
        if ak == 0:
            d.p(str(pt.age), "AGE").t(sx)
        elif ak == 1:
            d.p(f"{pt.age}歳", "AGE").t(" " + ("男" if sx == "M" else "女"))
        elif ak == 2:
            d.p(str(pt.age), "AGE").t(f"/{sx}")
        else:
            d.t("♂" if sx == "M" else "♀").p(str(pt.age), "AGE")
        d.t(sep)
        attending = g.staff()
        if g.chance(0.5):
            d.p(attending.render("initials2"), "PERSON")
        else:
            d.p(attending.family, "PERSON")
        d.t(f"{sep}{status}\n")
    if g.chance(0.4):
        d.t(g.pick(("※ 夜間 転倒注意", "※ 本日 入院2 退院1", "※ 救急 受入可 個室なし", "※ 体重測定日")) + "\n")
    return main


def s_schedule(g: Gen, d: Doc, phi: bool) -> Pt | None:
    modality = g.pick(("CT", "MRI", "生理検査", "内視鏡", "RI", "外来", "エコー"))
    main: Pt | None = None
    if phi:
        if g.chance(0.6):
            d.p(g.pick(_DEPTS), "DEPARTMENT").t(" ")
        d.t(f"{modality} 予約表 ")
        g.date(d, g.today, ("ymd_slash", "wareki_short", "md_kanji", "ymd_kanji", "iso"), weekday=0.6)
        d.t("\n")
    else:
        d.t(f"{modality} 予約表 (テンプレート)\n")
    fmt = g.ri(0, 3)
    h, m = g.ri(8, 9), g.pick((0, 15, 30))
    for _ in range(g.ri(2, 7)):
        tm = f"{h}:{m:02d}" if g.chance(0.7) else f"{h:02d}:{m:02d}"
        m += g.pick((15, 15, 20, 30, 45))
        h, m = h + m // 60, m % 60
        exam = g.pick(_EXAMS)
        rm = g.pick(_MODALITY_ROOMS)
        note = g.pick(("", "", " ※造影 eGFR 確認済", " ※車椅子", " ※絶食", " ※ペースメーカー MRI対応", " ※前回比較"))
        if not phi:
            if fmt == 3:
                d.t(f"{tm},枠,{exam},{rm},{note.strip()}\n")
            else:
                d.t(f"{tm}{g.sep()}空き枠{g.sep()}{exam}{g.sep()}{rm}{note}\n")
            continue
        pt = g.patient()
        main = main or pt
        tech = g.staff()
        forms = ("kanji_sp", "kana_sp", "hw_sp", "kanji", "kana_init")
        if fmt == 0:
            d.t(f"{tm} ")
            g.name(d, pt.person, forms)
            d.t(g.hon() + " (")
            d.p(g.pid_show(pt.pid), "ID").t(f") {exam} {rm} 技師:")
            d.p(tech.family, "PERSON")
        elif fmt == 1:
            d.t(f"{tm}｜")
            g.name(d, pt.person, forms)
            d.t("｜ID ").p(g.pid_show(pt.pid), "ID").t(f"｜{exam}｜{rm}｜担当 ")
            d.p(tech.render(g.pick(("family", "kana_family", "initials2"))), "PERSON")
        elif fmt == 2:
            d.t(f"{tm}\t").p(pt.pid, "ID").t("\t")
            g.name(d, pt.person, forms)
            d.t("\t").p(str(pt.age), "AGE").t(f"{pt.person.sex}\t{exam}\t{rm}")
        else:
            d.t(f"{tm},").p(pt.pid, "ID").t(",")
            g.name(d, pt.person, forms)
            d.t(f",{exam},{rm},")
            d.p(tech.family, "PERSON")
        if g.chance(0.2):
            d.t(" ")
            g.date(d, pt.birth, _BIRTH_DATES)
            d.t("生")
        if g.chance(0.15):
            d.t(" Acc ").p(g.acc(), "ID")
        d.t(note + "\n")
    if g.chance(0.3):
        d.t(g.pick(("※ 12:00-13:00 休止", "※ 造影 前 絶食 4時間", "※ 装置点検 16時～")) + "\n")
    return main


def s_handover(g: Gen, d: Doc, phi: bool) -> Pt | None:
    main: Pt | None = None
    bullet = g.pick(("・", "- ", "＊", "◆", "○"))
    head = g.pick(("申し送り", "【申し送り】", "申送", "夜勤→日勤 申し送り"))
    d.t(head)
    if phi and g.chance(0.7):
        d.t(" ")
        g.date(d, g.today, ("md_slash", "md_kanji", "wareki_short", "mmdd"), weekday=0.3)
    d.t("\n")
    for _ in range(g.ri(2, 6)):
        d.t(bullet)
        if not phi:
            d.t(g.pick(("全体 ", "重症 2名 ", "Dr指示 ", "明朝 ", "夜間 ", "")) + g.clin(g.ri(2, 4)) + "\n")
            continue
        k = g.ri(0, 6)
        pt = g.patient(senior=k == 1)
        main = main or pt
        if k == 0:
            d.p(str(g.ri(301, 815)), "FACILITY").t(" ")
            g.name(d, pt.person, ("family", "kana_family", "kanji_sp"))
            d.t("さん")
            g.age(d, pt.age, "paren")
            d.t(" " + g.clin(g.ri(2, 3)))
        elif k == 1:
            d.t("Pt ")
            g.name(d, pt.person, ("kanji_sp", "kana_sp", "family"))
            d.t(" ").p(str(pt.age), "AGE").t(pt.person.sex + " DNAR 家族(" + g.pick(_RELATIVES) + " ")
            g.name(d, g.person(), ("given", "kanji_sp", "kana_given"))
            d.t("さん)へ連絡済")
            if g.chance(0.6):
                ph = g.mobile()
                pt.phones.append(ph)
                d.t(" Tel ").p(ph, "PHONE_NUMBER")
        elif k == 2:
            g.name(d, pt.person, ("family", "kana_family", "hw_family"))
            d.t(f"さん NPO 明朝 {g.pick(_EXAMS)} 前処置OK " + g.vital())
        elif k == 3:
            d.t("Dr ")
            d.p(g.staff().family, "PERSON")
            d.t(" 指示 " + g.pick(_DRUGS) + " → ")
            g.name(d, pt.person, ("family", "kana_family"))
            d.t("さん 実施済")
        elif k == 4:
            g.nurse(d)
            d.t(" より ")
            g.name(d, pt.person, ("family", "kanji_sp", "nick_family"))
            d.t(g.pick(("さん", "ちゃん", "様")) + " " + g.pick(_HANDOVER_CLIN))
        elif k == 5:
            d.p(f"{g.ri(301, 815)}号室", "FACILITY").t(" ")
            g.name(d, pt.person, ("family", "kanji_sp"))
            d.t(" ")
            g.age(d, pt.age, "sai")
            d.t(f" {g.vital()} {g.lab()} {g.pick(_STATUS)}")
        else:
            g.name(d, pt.person, ("family", "kana_family"))
            d.t("さん 明日 ")
            d.p(g.facility("n"), "FACILITY")
            d.t(f" へ退院 サマリー {g.pick(('済', '未', '作成中'))}")
        d.t("\n")
    if g.chance(0.3):
        d.t(g.pick(("以上", "以上です", "特記なし", "インシデントなし")) + "\n")
    return main


def s_label(g: Gen, d: Doc, phi: bool) -> Pt | None:
    kind = g.ri(0, 2)
    if not phi:
        if kind == 0:
            d.t("検体ラベル 見本\n")
            for tube in g.rng.sample(_TUBES, g.ri(2, 4)):
                d.t(f"[{tube}] {g.pick(('至急', '通常', '冷蔵', '遮光'))}\n")
            d.t("採血順 凝固→血算→生化 遠心 3000rpm 10分\n")
        elif kind == 1:
            d.t("リストバンド 色分け\n赤: アレルギー 黄: 転倒リスク 紫: DNAR\n")
            d.t(f"装着確認 入院時 {g.pick(('2人', 'Ns2名'))} 読み上げ\n")
        else:
            d.t("病理 検体ラベル\n胃生検 #1-#3 ホルマリン 10%\n固定 24時間以内 提出\n")
        return None
    pt = g.patient()
    p = pt.person
    if kind == 0:
        d.t(f"[{g.pick(('採血', '検体', '採尿'))}] {g.pick(_TUBES)}  {g.pick(('至急', '', '外注'))}\n")
        d.t(g.pick(("ID ", "ID:", "", "患者ID "))).p(g.pid_show(pt.pid), "ID").t("\n")
        d.p(p.render(g.pick(("kana_sp", "hw_sp"))), "PERSON").t("\n")
        d.p(p.render(g.pick(("kanji_sp", "kanji_zsp"))), "PERSON").t(f" 様  {p.sex}/")
        g.age(d, pt.age, g.pick(("sai", "sai_kanji")))
        d.t("\n")
        g.date(d, pt.birth, _BIRTH_DATES)
        d.t("生\n*").p(pt.pid, "ID").t("*\n")
        if g.chance(0.6):
            d.p(g.ward(), "FACILITY").t(" ")
        d.t("採取 ")
        g.date(d, g.today, ("ymd_slash", "md_slash", "md_pad", "iso"), time=0.8)
        if g.chance(0.5):
            d.t("  No.").p(f"{g.today.strftime('%y%m%d')}{g.ri(1, 9999):04d}", "ID")
        d.t("\n")
    elif kind == 1:
        d.p(pt.pid, "ID").t("\n")
        d.p(p.render(g.pick(("hw_sp", "kana_sp"))), "PERSON").t("\n")
        d.p(p.render(g.pick(("kanji_sp", "kanji_zsp", "romaji_up"))), "PERSON").t(g.pick((" 様", "", " 殿")) + "\n")
        g.date(d, pt.birth, _BIRTH_DATES)
        d.t(" ")
        g.age(d, pt.age, g.pick(("sai", "sai_kanji", "paren")))
        d.t(" " + ("男" if p.sex == "M" else "女") + "\n")
        d.t(f"{g.pick(('A', 'B', 'O', 'AB'))}型 Rh({g.pick('++-')})\n")
        d.p(g.ward(), "FACILITY").t(" ").p(f"{g.ri(301, 815)}{g.pick(('', '号室'))}", "FACILITY").t("\n")
        d.t(f"アレルギー: {g.pick(_ALLERGY)}")
        if g.chance(0.5):
            d.t(" 主治医 ")
            d.p(g.staff().family, "PERSON")
        d.t("\n")
    else:
        d.t("病理 ").p(f"{g.pick('SCB')}{g.today.year % 100:02d}-{g.ri(1, 19999):05d}", "ID").t("\n")
        g.name(d, p, ("kanji_sp", "kana_sp"))
        d.t("  ").p(pt.pid, "ID").t("  ")
        g.age(d, pt.age, "sai")
        d.t(f" {p.sex}\n{g.pick(('胃生検 #1-#3', '大腸ポリープ 3個', '皮膚 右前腕', '乳腺 CNB'))} ホルマリン\n採取日 ")
        g.date(d, g.near(7, 0), ("ymd_slash", "wareki_short", "ymd_kanji"))
        d.t("\n依頼 ").p(g.pick(_DEPTS), "DEPARTMENT").t(" ")
        g.doctor(d)
        d.t("\n")
    return pt


_DICOM_FIELDS = (
    "StudyDescription",
    "SeriesDescription",
    "ImageComments",
    "RequestedProcedureDescription",
    "PerformedProcedureStepDescription",
)
_DICOM_TAGS = {
    "StudyDescription": "(0008,1030)",
    "SeriesDescription": "(0008,103E)",
    "ImageComments": "(0020,4000)",
    "RequestedProcedureDescription": "(0032,1060)",
    "PerformedProcedureStepDescription": "(0040,0254)",
}
_DICOM_CLEAN = {
    "StudyDescription": ("CT CHEST W/O", "MR BRAIN", "胸部単純CT", "腹部造影CT 3相", "PET-CT 全身", "RI 骨シンチ"),
    "SeriesDescription": ("AX 5mm", "COR MPR 3mm", "T2 FSE SAG", "DWI b1000", "Scout", "Delay 180s", "Lung 1mm"),
    "ImageComments": ("体動あり", "造影剤 100mL 3mL/s", "息止め不良 再撮", "金属アーチファクト", "ヨード 同意書 確認"),
    "RequestedProcedureDescription": ("胸部単純CT", "頭部MRI DWI/FLAIR/MRA", "腹部US", "冠動脈CTA", "腰椎MRI"),
    "PerformedProcedureStepDescription": ("CT 胸腹部 単純+造影", "MRI 頭部 ルーチン", "US 肝胆膵", "FDG 3.7MBq/kg"),
}


def s_dicom(g: Gen, d: Doc, phi: bool) -> Pt | None:
    fields = g.rng.sample(_DICOM_FIELDS, g.ri(2, 5))
    layout = g.ri(0, 3)
    pt = g.patient() if phi else None
    phi_fields = set(g.rng.sample(fields, g.ri(1, min(3, len(fields))))) if phi else set()
    for f in fields:
        if layout == 0:
            d.t(f"{_DICOM_TAGS[f]} {f}: ")
        elif layout == 1:
            d.t(f"{f} = ")
        elif layout == 2:
            d.t(f"{f}\t")
        else:
            d.t(f"{f[:14]:<14}| ")
        clean = g.pick(_DICOM_CLEAN[f])
        if pt is None or f not in phi_fields:
            d.t(clean + "\n")
            continue
        p = pt.person
        k = g.ri(0, 7)
        if f == "StudyDescription" and k < 4:
            d.t(clean + " (")
            g.name(d, p, ("family", "romaji_up", "kana_family", "hw_family"))
            d.t(g.pick(("様 再撮)", ")", " 追加)")))
        elif f == "SeriesDescription" and k < 4:
            d.t(clean + " ")
            g.name(d, p, ("hw_family", "romaji_up", "family"))
            d.t(g.pick((" 追加撮影", " 再", "")))
        elif f == "ImageComments" or k in (4, 5):
            j = g.ri(0, 5)
            if j == 5:
                ad = g.address()
                pt.addresses.append(ad)
                d.t("CD郵送先 〒").p(g.postal(), "POSTAL_CODE").t(" ").p(ad, "ADDRESS")
            elif j == 0:
                g.date(d, g.today, ("compact", "ymd_slash", "md_slash"), time=0.3)
                d.t(" pt ")
                g.name(d, p, ("romaji_up", "family", "kana_family"))
                d.t(" call ")
                ph = g.mobile()
                pt.phones.append(ph)
                d.p(ph, "PHONE_NUMBER").t(" back")
            elif j == 1:
                d.t("ID ").p(pt.pid, "ID").t(" 取違注意 同姓 ")
                d.p(g.person().family, "PERSON").t("様あり")
            elif j == 2:
                d.t("前回 ")
                g.date(d, g.near(700, -30), ("ymd_slash", "compact", "wareki_short", "ym"))
                d.t(" 比較 " + clean)
            elif j == 3:
                d.t(clean + " ")
                g.age(d, pt.age, "y")
                d.t(f" {p.sex}")
            else:
                d.t("前医 ").p(g.facility("hc"), "FACILITY").t(" CD取込 ")
                g.date(d, g.near(60, 0), ("ymd_slash", "compact", "md_slash"))
        elif f == "RequestedProcedureDescription":
            d.t(clean + " 依頼医 ")
            g.doctor(d)
            d.t(" PHS ").p(g.ext(), "PHONE_NUMBER")
        elif f == "PerformedProcedureStepDescription":
            d.t(clean + " 実施 ")
            d.p(g.staff().render(g.pick(("family", "kanji_sp", "romaji_family_init"))), "PERSON").t(" ")
            g.date(d, g.today, ("ymd_slash", "compact", "iso"), time=0.8)
        else:
            d.t(clean + " ID ").p(pt.pid, "ID")
        d.t("\n")
    return pt


def s_pager(g: Gen, d: Doc, phi: bool) -> Pt | None:
    main: Pt | None = None
    msgs = g.ri(1, 5)
    hdr = g.ri(0, 3)
    for _ in range(msgs):
        tm = g.hm()
        if hdr == 0:
            d.t(f"{tm} ")
        elif hdr == 1:
            if phi:
                d.t("[PHS ").p(g.ext(), "PHONE_NUMBER").t("→").p(g.ext(), "PHONE_NUMBER").t("] ")
            else:
                d.t("[PHS] ")
        elif hdr == 2:
            if phi:
                d.t("From:").p(g.ext(), "PHONE_NUMBER").t(f" {tm} ")
            else:
                d.t(f"受信 {tm} ")
        if not phi:
            d.t(
                g.pick(
                    (
                        f"至急 来棟お願いします {g.vital()} O2 {g.ri(2, 6)}Lへ",
                        f"了解 {g.ri(5, 15)}分で行きます",
                        f"{g.lab()} パニック値 報告",
                        f"造影 腎機能OK {g.ri(9, 16)}時入り",
                        "輸血 RBC 2単位 到着",
                        f"{g.pick(_EXAMS)} 終了 帰棟します",
                        f"{g.pick(_DRUGS)} 開始しました",
                        "今向かいます",
                        "指示出しました 確認お願いします",
                    )
                )
                + "\n"
            )
            continue
        k = g.ri(0, 7)
        if k == 0:
            g.doctor(d)
            d.t("から電話あり折り返し ").p(g.pick((g.ext(), g.landline())), "PHONE_NUMBER")
        elif k == 1:
            pt = g.patient()
            main = main or pt
            d.p(str(g.ri(301, 815)), "FACILITY")
            g.name(d, pt.person, ("family", "kana_family", "kanji_sp"))
            d.t(f"さん BP{g.ri(6, 9)}0台 至急来棟お願いします")
        elif k == 2:
            pt = g.patient()
            main = main or pt
            g.name(d, pt.person, ("kana_init", "kanji_init", "family", "hw_family"))
            d.t(" ")
            g.date(d, g.near(0, 14), ("md_slash", "md_kanji", "mmdd"))
            d.t(f" {g.pick(_EXAMS)} {g.ri(9, 12)}時→{g.ri(13, 16)}時 変更")
        elif k == 3:
            pt = g.patient()
            main = main or pt
            g.name(d, pt.person, ("family", "kanji_sp"))
            d.t(f"さんご家族 来院 {g.pick(('1F受付', '病棟', '救急外来'))} 面談希望")
        elif k == 4:
            d.t("Dr")
            d.p(g.staff().family, "PERSON")
            d.t(" ").p(g.mobile(), "PHONE_NUMBER").t(" まで折返し")
        elif k == 5:
            d.p(g.facility("hcn"), "FACILITY").t(" ")
            d.p(g.staff().family, "PERSON").t("様より 紹介患者の件 TEL ").p(g.landline(), "PHONE_NUMBER")
        elif k == 6:
            pt = g.patient()
            main = main or pt
            g.name(d, pt.person, ("family", "kana_family"))
            d.t(f"さん {g.lab()} 再検 {g.pick(('済', '依頼中'))} ")
            g.doctor(d)
            d.t(" へ報告済")
        else:
            d.t(g.pick(("了解", "今行きます", "5分待って", "ok")))
        d.t("\n")
    if phi and main is None:
        pt = g.patient()
        main = pt
        g.name(d, pt.person, ("family", "kana_family"))
        d.t(f"さん {g.vital()} 報告\n")
    return main


def s_order(g: Gen, d: Doc, phi: bool) -> Pt | None:
    prefix = g.pick(("オーダコメント: ", "[フリーコメント] ", "備考) ", "コメント欄：", "", "依頼コメント "))
    pt = g.patient() if phi else None
    items = g.ri(1, 4)
    used: set[int] = set()
    for i in range(items):
        if i == 0 or g.chance(0.5):
            d.t(prefix)
        if pt is None or g.chance(0.25):
            d.t(
                g.pick(
                    (
                        "造影剤アレルギー歴あり 前投薬 プレドニン",
                        f"eGFR {g.ri(25, 59)} 造影剤減量",
                        "車椅子移送 ストレッチャー不可",
                        f"身長 {g.ri(140, 185)}cm 体重 {g.ri(35, 95)}kg",
                        "閉所恐怖症 鎮静検討",
                        "MRI非対応ペースメーカー",
                        "絶食 前日21時以降 飲水可",
                        "メトホルミン 検査後48時間休薬",
                        f"酸素 {g.ri(1, 4)}L 持参",
                        "迎え 15時 タクシー手配済",
                        "授乳中 24時間 中止",
                    )
                )
                + "\n"
            )
            continue
        p = pt.person
        k = g.pick((0, 1, 2, 3, 4, 4, 5, 5, 5, 6, 7, 8, 8, 9, 10, 11))
        while k in used:
            k = g.ri(0, 11)
        used.add(k)
        if k == 0:
            rel = g.pick(_RELATIVES)
            d.t(f"家族（{rel} ")
            fam = g.person()
            d.p(fam.render(g.pick(("kanji_sp", "given", "kana_sp"))), "PERSON")
            d.t("）へ連絡済")
            if g.chance(0.5):
                d.t(" ").p(g.mobile(), "PHONE_NUMBER")
        elif k == 1:
            d.t(f"迎え {g.ri(10, 17)}時 ").p(g.pick(_TAXIS), "FACILITY")
        elif k == 2:
            d.t("前医 ").p(g.facility("hc"), "FACILITY").t(" 紹介状あり 画像CD持参")
        elif k == 3:
            d.t("退院先 ").p(g.facility("n"), "FACILITY").t(" 担当ケアマネ ")
            d.p(g.person().render(g.pick(("family", "kanji_sp"))), "PERSON")
        elif k == 4:
            d.t("保険証確認済 保険者番号 ").p(g.insurer(), "INSURANCE_NUMBER")
            if g.chance(0.5):
                d.t(" 記号 ").p(str(g.ri(1, 9999)), "INSURANCE_NUMBER").t(" 番号 ")
                d.p(str(g.ri(1, 99999)), "INSURANCE_NUMBER")
        elif k == 5:
            d.t(g.pick(("個人番号 ", "マイナンバー ", "マイナ "))).p(g.my_number(), "MY_NUMBER").t(" 確認")
        elif k == 6:
            ph = g.pick((g.mobile(), g.landline()))
            pt.phones.append(ph)
            d.t("連絡先 ").p(ph, "PHONE_NUMBER").t(f"（{g.pick(('本人', '自宅', '携帯'))}）")
            if g.chance(0.4):
                em = g.email(p)
                pt.emails.append(em)
                d.t(" / ").p(em, "EMAIL_ADDRESS")
        elif k == 7:
            d.t("勤務先 ").p(g.facility("e"), "FACILITY").t(" 産業医へ報告")
        elif k == 8:
            ad = g.address()
            pt.addresses.append(ad)
            d.t("送迎先 ")
            if g.chance(0.8):
                d.t("〒").p(g.postal(), "POSTAL_CODE").t(" ")
            d.p(ad, "ADDRESS")
        elif k == 11:
            host = g.pick(("share.example-pacs.jp", "img.example.ne.jp"))
            d.t("画像共有 ").p(f"https://{host}/s/{g.acc()}", "URL").t(" 前医へ")
        elif k == 9:
            d.t("造影剤 ")
            g.date(d, g.near(1500, -60), ("ym", "ym_kanji", "wareki_short", "ymd_slash"))
            d.t(" 蕁麻疹 → 前投薬")
        else:
            d.t("本人確認 ")
            g.name(d, p, ("kanji_sp", "kana_sp"))
            d.t(" ")
            g.date(d, pt.birth, _BIRTH_DATES)
            d.t("生 ")
            g.age(d, pt.age, g.pick(("sai", "paren")))
        d.t("\n")
    if pt is not None and g.chance(0.4):
        d.t("依頼科 ").p(g.pick(_DEPTS), "DEPARTMENT").t(" ")
        g.doctor(d)
        d.t("\n")
    return pt


def s_memo(g: Gen, d: Doc, phi: bool) -> Pt | None:
    main: Pt | None = None
    lead = g.pick(("★", "・", "※", "memo ", "→", "", "□"))
    for _ in range(g.ri(1, 5)):
        d.t(lead)
        if not phi:
            d.t(
                g.pick(
                    (
                        "明朝 採血 忘れずに",
                        "ヘパリンロック 6時間毎",
                        "カンファ 水曜 14:00",
                        f"{g.vital()} → 頓用 ロキソニン",
                        "在庫 生食100mL 残り少ない",
                        f"{g.lab()} → 再検 14時",
                        f"{g.pick(_EXAMS)} 前 絶食 確認",
                        f"{g.score()} 再評価 1週間後",
                        "オムツ交換 2時間毎 体位変換",
                    )
                )
                + "\n"
            )
            continue
        k = g.ri(0, 9)
        pt = g.patient(old=(k == 5) or None)
        main = main or pt
        if k == 0:
            g.date(d, g.near(), _SHORT_DATES, weekday=0.3)
            d.t(" ")
            g.name(d, pt.person, ("family", "kana_family", "kanji_sp"))
            d.t(f"さん 退院前カンファ {g.hm()}")
        elif k == 1:
            g.date(d, g.near(), ("wareki_short", "md_slash", "md_kanji", "wareki_slash"))
            d.t(f"〜 {g.pick(_DRUGS)} 中止 ")
            g.name(d, pt.person, ("family", "nick_family"))
            d.t(g.pick(("さん", "様")))
        elif k == 2:
            g.date(d, g.near(), ("mmdd", "md_pad"))
            d.t(" ")
            d.p(pt.person.render("nick"), "PERSON")
            d.t("ちゃん(").p(str(g.ri(301, 815)), "FACILITY").t(") 家族面談")
        elif k == 3:
            g.date(d, g.near(), ("md_kanji", "md_kanjinum", "md_slash"), weekday=0.8)
            d.t(" ")
            g.doctor(d)
            d.t(" 不在 代行 ")
            d.p(g.staff().family, "PERSON")
        elif k == 4:
            d.t(g.pick(("マイナンバー控え ", "個人番号 ", "マイナ "))).p(g.my_number(), "MY_NUMBER")
            d.t(" → 医事へ ")
            g.name(d, pt.person, ("family", "kanji_sp"))
            d.t(g.hon())
        elif k == 5:
            d.p(pt.person.render(g.pick(("nick", "nick_family"))), "PERSON")
            d.t(g.pick(("さん", "ちゃん")) + " 誕生日 ")
            bday = pt.birth.replace(day=28) if (pt.birth.month, pt.birth.day) == (2, 29) else pt.birth
            g.date(d, bday.replace(year=g.today.year), ("md_slash", "md_kanji"))
            d.t(" → ").p(f"{pt.age + 1}歳", "AGE").t("!!")
        elif k == 6:
            ad = g.address()
            pt.addresses.append(ad)
            g.name(d, pt.person, ("family", "kanji_sp"))
            d.t(" 新住所 〒").p(g.postal(), "POSTAL_CODE").t(" ").p(ad, "ADDRESS")
        elif k == 7:
            g.name(d, pt.person, ("family", "kana_family", "kanji_sp"))
            d.t(g.pick(("様 ", "さん ", " ")))
            if g.chance(0.4):
                em = g.email(pt.person)
                pt.emails.append(em)
                d.t("メール ").p(em, "EMAIL_ADDRESS").t(" 返信待ち")
            else:
                ph = g.mobile()
                pt.phones.append(ph)
                d.p(ph, "PHONE_NUMBER").t(" 夕方以降")
        elif k == 8:
            g.name(d, pt.person, ("family", "kanji_sp"))
            d.t(f"{g.hon()} 保険証 {g.pick(('コピー済', '期限切れ', '要確認'))} 保険者番号 ")
            d.p(g.insurer(), "INSURANCE_NUMBER")
            if g.chance(0.5):
                d.t(" 〒").p(g.postal(), "POSTAL_CODE")
        else:
            g.name(d, pt.person, ("family", "kana_init", "initials"))
            d.t(f" {g.lab()} → 再検 ")
            g.date(d, g.near(0, 7), ("md_slash", "mmdd", "md_kanji"))
        d.t("\n")
    return main


def _ocr(g: Gen, s: str) -> str:
    if not g.chance(0.25):
        return s
    swaps = {"0": "O", "1": "l", ":": ";", "5": "S", "8": "B"}
    out = list(s)
    i = g.ri(0, len(out) - 1)
    if out[i] in swaps and 0 < i < len(out) - 1:
        out[i] = swaps[out[i]]
    return "".join(out)


def s_overlay(g: Gen, d: Doc, phi: bool) -> Pt | None:
    tech = (
        f"W:{g.pick((400, 350, 1500, 80, 2000))} L:{g.pick((40, 50, -600, 35, 300))}",
        f"{g.pick((80, 100, 120, 135))}kV {g.ri(50, 400)}mAs",
        f"Se:{g.ri(1, 9)} Im:{g.ri(1, 240)}/{g.ri(240, 400)}",
        f"{g.pick(('1.0', '2.5', '5.0'))}mm",
        g.pick(("R", "L", "A", "P", "HFS", "FFS")),
        f"Zoom {g.ri(10, 20) / 10:.1f}",
        f"TR {g.ri(400, 6000)} TE {g.ri(8, 120)}",
        f"{g.pick(('B30f', 'FC13', 'STD', 'LUNG'))}",
    )
    if not phi:
        for line in g.rng.sample(tech, g.ri(2, 6)):
            d.t(_ocr(g, line) + "\n")
        return None
    pt = g.patient()
    p = pt.person

    def name_line() -> None:
        d.p(_ocr(g, p.render(g.pick(("hw_sp", "romaji_up", "dicom", "hw_family", "romaji")))), "PERSON")

    def id_line() -> None:
        d.t(g.pick(("ID:", "ID ", "PID:", ""))).p(_ocr(g, pt.pid), "ID")

    def age_line() -> None:
        sx = p.sex
        k = g.ri(0, 2)
        if k == 0:
            d.t(f"{sx} ").p(f"{pt.age:03d}Y", "AGE")
        elif k == 1:
            d.p(f"{pt.age}Y", "AGE").t(f" {sx}")
        else:
            d.p(f"{pt.age:03d}Y", "AGE").t(sx)

    def dob_line() -> None:
        d.t(g.pick(("DOB:", "BD ", "")))
        d.p(_ocr(g, fmt_date(pt.birth, g.pick(("compact", "ymd_slash", "ymd_dot")))), "DATE")

    def date_line() -> None:
        s = fmt_date(g.today, g.pick(("compact", "ymd_slash", "ymd_dot", "iso")))
        if g.chance(0.7):
            s += f" {g.ri(7, 20):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}"
        d.p(_ocr(g, s), "DATE")

    def inst_line() -> None:
        if g.chance(0.6):
            d.p(g.pick(_INST_ROMAJI), "FACILITY")
        else:
            d.t("INST ").p(f"{g.ri(1, 47):02d}{g.ri(1, 9)}{g.ri(1000000, 9999999)}", "ID")

    def acc_line() -> None:
        d.t(g.pick(("Acc:", "ACC ", "Ex:"))).p(g.acc(), "ID")

    lines: list[Callable[[], None]] = [name_line, id_line, age_line, dob_line, date_line, inst_line, acc_line]
    chosen = [name_line, *g.rng.sample(lines[1:], g.ri(1, 5))]
    g.rng.shuffle(chosen)
    extras = g.rng.sample(tech, g.ri(0, 3))
    for fn in chosen:
        fn()
        d.t("\n" if g.chance(0.7) else g.pick(("  ", "    ")))
    for line in extras:
        d.t(_ocr(g, line) + "\n")
    return pt


def s_phone_log(g: Gen, d: Doc, phi: bool) -> Pt | None:
    if not phi:
        for _ in range(g.ri(1, 4)):
            d.t(
                g.pick(
                    (
                        f"受電 {g.hm()} 本人より 予約変更の問い合わせ → 来週以降で調整 折返し不要",
                        f"受電 {g.hm()} 検査前絶食の確認 朝食抜き 水は可 内服は降圧薬のみ",
                        f"キャンセル 1件 (発熱 {g.ri(375, 392) / 10:.1f}℃)",
                        f"架電 {g.hm()} 不在 再架電予定 {g.ri(14, 17)}時",
                        f"受電 {g.hm()} {g.pick(_EXAMS)} の所要時間 約{g.ri(2, 6) * 10}分 と説明",
                        f"受電 {g.hm()} 薬の飲み方 {g.pick(_DRUGS)} 朝食後 と説明",
                    )
                )
                + "\n"
            )
        return None
    pt = g.patient()
    p = pt.person
    d.t(g.pick(("受電 ", "TEL受 ", "受 "))).t(g.hm() + " ")
    g.name(d, p, ("kanji_sp", "family", "kana_sp", "kanji"))
    d.t(g.pick(("様ご本人 ", "様 本人 ", "さん ", "様より ")))
    k0 = g.ri(0, 2)
    if k0 == 0:
        g.date(d, g.near(0, 20), ("md_slash", "md_kanji", "wareki_short"))
        d.t(f"の{g.pick(_EXAMS)} キャンセル")
    elif k0 == 1:
        d.p(g.pick(_DEPTS), "DEPARTMENT").t(" 予約 変更希望日 ")
        g.date(d, g.near(0, 30), ("md_slash", "md_kanji"), weekday=0.5)
        d.t(g.pick((" 午後", " 午前", "")))
    else:
        d.t(f"{g.pick(('発熱', '腹痛', '動悸'))} 受診相談 → 本日 {g.ri(13, 16)}時 来院")
    if g.chance(0.7):
        ph = g.pick((g.mobile(), g.landline()))
        pt.phones.append(ph)
        d.t(g.pick((" 折返し ", " 折返 ", " TEL "))).p(ph, "PHONE_NUMBER")
    d.t("\n")
    used: set[int] = set()
    for j in range(g.ri(1, 3)):
        k = g.pick((3, 3, 3, 4, 5, 5, 6)) if j == 0 else g.pick((6, 7)) if j == 1 else g.ri(0, 8)
        while k in used:
            k = g.ri(0, 8)
        used.add(k)
        if k == 0:
            d.t(f"架電 {g.hm()} ")
            g.name(d, p, ("kanji_sp", "kana_sp", "family"))
            d.t("様(ID ").p(g.pid_show(pt.pid), "ID").t(") 不在 留守電")
        elif k == 1:
            d.t(f"受電 {g.hm()} {g.pick(_RELATIVES)}(")
            d.p(g.person().render(g.pick(("given", "kanji_sp", "kana_given"))), "PERSON")
            d.t(f"様)より 面会について {g.pick(('14時〜', '土曜可', '15分まで'))}")
        elif k == 2:
            d.t(f"受電 {g.hm()} ").p(g.facility("hcnp"), "FACILITY").t(" 地域連携室 ")
            d.p(g.staff().family, "PERSON").t("様 FAX ").p(g.landline(), "PHONE_NUMBER").t(" 紹介状送付")
        elif k == 3:
            ad = g.address()
            pt.addresses.append(ad)
            d.t("住所変更 〒").p(g.postal(), "POSTAL_CODE").t(" ").p(ad, "ADDRESS")
        elif k == 4:
            em = g.email(p)
            pt.emails.append(em)
            d.t("メール ").p(em, "EMAIL_ADDRESS").t(" へ問診票送付")
        elif k == 5:
            d.t("保険証変更 保険者番号 ").p(g.insurer(), "INSURANCE_NUMBER")
            d.t(" 記号・番号 ").p(f"{g.ri(1, 9999)}・{g.ri(1, 99999)}", "INSURANCE_NUMBER")
        elif k == 6:
            d.t("マイナンバーカード 読取不可 番号 ").p(g.my_number(), "MY_NUMBER").t(" 手入力")
        elif k == 7:
            host = g.pick(("yoyaku.example-hosp.jp", "reserve.example.jp", "web.example.ne.jp"))
            d.t("予約サイト案内 ").p(f"https://{host}/r?id={pt.pid}", "URL")
        else:
            d.t(f"{g.pick(('変更希望日', '第2希望'))} ")
            g.date(d, g.near(0, 40), ("md_slash", "md_kanji", "wareki_short", "md_pad"), weekday=0.4)
            d.t(f" {g.pick(('午前', '午後', '夕方'))} 対応 ")
            d.p(g.staff().family, "PERSON")
        d.t("\n")
    return pt


_STYLES: tuple[Callable[[Gen, Doc, bool], Pt | None], ...] = (
    s_whiteboard,
    s_schedule,
    s_handover,
    s_label,
    s_dicom,
    s_pager,
    s_order,
    s_memo,
    s_overlay,
    s_phone_log,
)


def _has_counted(d: Doc) -> bool:
    text = "".join(d.parts)
    for sp in d.spans:
        if sp["type"] == "DEPARTMENT":
            continue
        if sp["type"] == "AGE":
            digits = "".join(c for c in text[sp["start"] : sp["end"]] if c.isdigit())
            if not digits or int(digits) < 90:
                continue
        return True
    return False


def generate_u(n_phi: int = 80, n_clean: int = 20, seed: int = 12220) -> list[dict[str, Any]]:
    """Family U: short, terse and noisy clinical texts (see the module docstring)."""
    rng = random.Random(seed)
    fk = Faker("ja_JP")
    fk.seed_instance(seed)
    g = Gen(rng, fk)
    docs: list[dict[str, Any]] = []
    with_known = set(random.Random(seed + 1).sample(range(n_phi), round(n_phi * 0.3)))
    for i in range(n_phi):
        for _attempt in range(8):  # a PHI document must hold at least one counted identifier
            g.new_doc()
            d = Doc(f"u-phi-{i:03d}")
            main = _STYLES[i % len(_STYLES)](g, d, True)
            if _has_counted(d):
                break
        known = main.known() if main is not None and i in with_known else None
        docs.append(d.out(known))
    for i in range(n_clean):
        g.new_doc()
        d = Doc(f"u-clean-{i:03d}")
        _STYLES[i % len(_STYLES)](g, d, False)
        docs.append(d.out())
    return docs
