"""Blind held-out text corpus, family Z.

Written blind: the author never read the de-identification tool's code, policies, docs, tests or the other
bench corpora, and never ran the tool on this text.  Everything is synthetic (Faker ja_JP seeded plus hand-made
lists); any resemblance to a real person is accidental.

Theme: elderly patients, long-term care and end-of-life paperwork.  Styles (PHI docs cycle through them):

 0. life     -- 生活歴 / 生育歴 of elderly patients: prose, timeline and field-list templates; 大正/昭和/平成 dates in
                kanji numerals (昭和二十三年三月, 大正十四年生), 数え年 (old-style counting), variant kanji surnames
                (髙橋, 齋藤, 渡邉, 山﨑, 𠮷田 ...), old given names in katakana / hiragana (トメ, よし, みさを).
 1. homenurse -- 訪問看護記録書 / multi-visit notes / 訪問看護報告書 (事業所名, ケアマネジャー, 訪問日時, 家族への指導).
 2. kaigo    -- 主治医意見書, 要介護認定申請書, 認定調査票 特記事項 (被保険者番号, 保険者番号, 個人番号).
 3. death    -- 死亡診断書 控え, 死亡退院サマリー, 在宅看取り報告 (死亡日時, 死亡場所, 住所, 本籍).
 4. family   -- family trees told in prose / lists / genogram notes (長男 一郎（昭和30年生、船橋市在住）).
 5. guardian -- 成年後見制度用診断書, 後見人就任連絡, MSW 記録 (後見人, 家庭裁判所, 事件番号, 登記番号).
 6. welfare  -- 生活保護 ケース記録, 医療要否意見書, 年金・金銭管理の MSW メモ (ケースワーカー, 担当地区).
 7. referral -- 診療情報提供書 / 看護サマリー / 入所申込書 to 特養・グループホーム・老健, addresses in kanji numerals
                (三丁目五番地の二), 大字・字・番地, 地割, 甲乙.
 8. meeting  -- サービス担当者会議の要点 / 退院前カンファレンス記録 (attendee lists with affiliations).
 9. incident -- 介護施設の事故報告書 / ヒヤリハット (居室番号, 職員名, 家族連絡).

Labelling choices a scorer should know:
 - PERSON covers only the name characters (family+given incl. an inner space or "・"); 様/さん/氏/先生/医師/Dr/Ns/
   殿/CW stay outside.  Given-name-only mentions (長男 一郎, トメさん), family-name-only mentions, maiden names
   (旧姓 佐藤), 通称名, furigana lines in forms (ふりがな たかはし とめ), katakana/romaji renderings and initials
   written as "T.T." followed by 氏 are PERSON.
 - AGE covers the number plus 歳/才 when written ("98歳", "九十八歳"); 満/享年/数え stay outside, so "享年九十二"
   labels "九十二" and "数えで八十八" labels "八十八"; "(68)" after a relative labels "68".  Longevity words
   (米寿, 白寿, 還暦) are not labelled.
 - DATE: a year alone (昭和十九年, 平成12年) is labelled when it dates an event of a person; "頃"/"生"/"生まれ" stay
   outside; a date with its clock time is one span ("令和6年2月3日 午前4時12分").  Bare times are not labelled.
 - ADDRESS: birthplaces and residences at town level or prefecture+city (船橋市在住 -> "千葉県船橋市" or "船橋市"
   as written) are labelled; a prefecture alone (千葉県在住) and countries/regions (旧満州, 北支) are not.
 - ID: patient IDs, 利用者番号, ケース番号, 基礎年金番号, 家庭裁判所 事件番号 written as a whole
   ("令和5年（家）第1234号", one ID span, the era year is inside it) and 後見登記 登記番号 incl. 第/号.
 - INSURANCE_NUMBER: 介護保険 被保険者番号 / 保険者番号, 後期高齢者 被保険者番号 / 保険者番号, and the 生活保護
   医療券 公費負担者番号 / 受給者番号 (each its own span).  要介護度 is not PHI.  MY_NUMBER: 12 digits with a
   valid check digit, written plain, with spaces or with hyphens (whole run is one span).
 - FACILITY: hospitals, clinics, 訪問看護ステーション, 居宅介護支援事業所, ヘルパー/福祉用具 事業所, care homes and
   their units (2階ユニット), schools, former workplaces, law offices, 福祉事務所/生活福祉課, 家庭裁判所 (incl.
   支部), 社会福祉協議会, named wards (4西病棟) and room/bed numbers (305号室-2).  Bare department names are
   DEPARTMENT.
 - EMAIL_ADDRESS / URL: family members' mail addresses, facility and law-office mail addresses and web sites.
 - PHONE_NUMBER: digits only, labels (TEL/FAX/電話/連絡先) outside; formats 0295-52-1234, 0295(52)1234,
   09012345678, spaced, and full-width digits.
 - Noise: full-width digits inside identifiers and text, occasional typos (訪門, 血庄) and line breaks inserted at
   odd places in plain text (never inside a span).
 - Clean documents reuse the same templates with every identifier replaced by a generic phrase (or dropped when the
   phrase would just repeat the preceding label).
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------------------------------------------
# numerals, dates
# ---------------------------------------------------------------------------------------------------------------

_KD = "〇一二三四五六七八九"
_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
_WEEK = "月火水木金土日"
_ERAS = [
    ("令和", "R", _dt.date(2019, 5, 1)),
    ("平成", "H", _dt.date(1989, 1, 8)),
    ("昭和", "S", _dt.date(1926, 12, 25)),
    ("大正", "T", _dt.date(1912, 7, 30)),
    ("明治", "M", _dt.date(1868, 1, 25)),
]


def kan(n: int) -> str:
    """Positional kanji numeral: 23 -> 二十三, 1234 -> 千二百三十四."""
    if n == 0:
        return "〇"
    s = ""
    for val, ch in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, val)
        if q:
            s += ("" if q == 1 else _KD[q]) + ch
    if n:
        s += _KD[n]
    return s


def kan_digits(n: int) -> str:
    return "".join(_KD[int(ch)] for ch in str(n))


def fw(s: str) -> str:
    return s.translate(_FW)


def era(d: _dt.date) -> tuple[str, str, int]:
    for name, ab, start in _ERAS:
        if d >= start:
            return name, ab, d.year - start.year + 1
    return "明治", "M", d.year - 1867


def fd(d: _dt.date, st: str) -> str:
    n, ab, y = era(d)
    ky = "元" if y == 1 else kan(y)
    ay = "元" if y == 1 else str(y)
    m, dd = d.month, d.day
    table = {
        "ek": f"{n}{ky}年{kan(m)}月{kan(dd)}日",
        "ekm": f"{n}{ky}年{kan(m)}月",
        "eky": f"{n}{ky}年",
        "ea": f"{n}{ay}年{m}月{dd}日",
        "eam": f"{n}{ay}年{m}月",
        "eay": f"{n}{ay}年",
        "eas": f"{n}{ay}年 {m}月 {dd}日",
        "eab": f"{ab}{y}.{m}.{dd}",
        "eab0": f"{ab}{y:02d}.{m:02d}.{dd:02d}",
        "eabs": f"{ab}{y}/{m}/{dd}",
        "eabm": f"{ab}{y}.{m}",
        "eaby": f"{ab}{y}",
        "w": f"{d.year}年{m}月{dd}日",
        "wm": f"{d.year}年{m}月",
        "wy": f"{d.year}年",
        "ws": f"{d.year}/{m:02d}/{dd:02d}",
        "ws1": f"{d.year}/{m}/{dd}",
        "wd": f"{d.year}-{m:02d}-{dd:02d}",
        "wdot": f"{d.year}.{m}.{dd}",
        "md": f"{m}/{dd}",
        "mdk": f"{m}月{dd}日",
        "wk": f"{kan_digits(d.year)}年{kan(m)}月{kan(dd)}日",
        "num": f"{n}{ay}年{m:>2}月{dd:>2}日",
    }
    return table[st]


def wday(d: _dt.date, r: random.Random) -> str:
    ch = _WEEK[d.weekday()]
    return r.choice([f"({ch})", f"（{ch}）", f"({ch})", f"（{ch}曜）", f" {ch}"])


def tm(h: int, mi: int, r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{h}:{mi:02d}"
    if k == 1:
        return f"{h:02d}:{mi:02d}"
    if k == 2:
        return f"{h}時{mi}分"
    if k == 3:
        return f"{'午前' if h < 12 else '午後'}{h if h <= 12 else h - 12}時{mi}分"
    return f"{h}：{mi:02d}"


def age_at(b: _dt.date, d: _dt.date) -> int:
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def days(d: _dt.date, n: int) -> _dt.date:
    return d + _dt.timedelta(days=n)


def kata2hira(s: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in s)


# ---------------------------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------------------------

_VARIANT_SUR = [
    ("髙橋", "タカハシ", "Takahashi"),
    ("齋藤", "サイトウ", "Saito"),
    ("齊藤", "サイトウ", "Saito"),
    ("渡邊", "ワタナベ", "Watanabe"),
    ("渡邉", "ワタナベ", "Watanabe"),
    ("山﨑", "ヤマザキ", "Yamazaki"),
    ("德永", "トクナガ", "Tokunaga"),
    ("濵田", "ハマダ", "Hamada"),
    ("櫻井", "サクライ", "Sakurai"),
    ("澤田", "サワダ", "Sawada"),
    ("廣瀬", "ヒロセ", "Hirose"),
    ("淺野", "アサノ", "Asano"),
    ("國分", "コクブン", "Kokubun"),
    ("關口", "セキグチ", "Sekiguchi"),
    ("嶋田", "シマダ", "Shimada"),
    ("眞鍋", "マナベ", "Manabe"),
    ("冨田", "トミタ", "Tomita"),
    ("圓谷", "ツブラヤ", "Tsuburaya"),
    ("萬田", "マンダ", "Manda"),
    ("藏本", "クラモト", "Kuramoto"),
    ("瀨戸口", "セトグチ", "Setoguchi"),
    ("𠮷田", "ヨシダ", "Yoshida"),
    ("髙木", "タカギ", "Takagi"),
    ("濱口", "ハマグチ", "Hamaguchi"),
    ("邊見", "ヘンミ", "Hemmi"),
    ("齋木", "サイキ", "Saiki"),
    ("槇野", "マキノ", "Makino"),
    ("﨑山", "サキヤマ", "Sakiyama"),
    ("栁田", "ヤナギタ", "Yanagita"),
    ("髙野", "タカノ", "Takano"),
    ("德田", "トクダ", "Tokuda"),
    ("渡部", "ワタベ", "Watabe"),
    ("惠良", "エラ", "Era"),
]
_RARE_SUR = [
    ("四十物", "アイモノ", "Aimono"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("我孫子", "アビコ", "Abiko"),
    ("五百旗頭", "イオキベ", "Iokibe"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("九十九", "ツクモ", "Tsukumo"),
    ("日下部", "クサカベ", "Kusakabe"),
    ("廿楽", "ツヅラ", "Tsuzura"),
    ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("一番ヶ瀬", "イチバンガセ", "Ichibangase"),
    ("雲母", "キララ", "Kirara"),
    ("興梠", "コウロギ", "Korogi"),
]
_PLACE_SUR = [
    ("千葉", "チバ", "Chiba"),
    ("長野", "ナガノ", "Nagano"),
    ("福島", "フクシマ", "Fukushima"),
    ("熊本", "クマモト", "Kumamoto"),
    ("秋田", "アキタ", "Akita"),
    ("宮城", "ミヤギ", "Miyagi"),
    ("奈良", "ナラ", "Nara"),
    ("岡山", "オカヤマ", "Okayama"),
    ("長崎", "ナガサキ", "Nagasaki"),
    ("富山", "トミヤマ", "Tomiyama"),
    ("神戸", "カンベ", "Kanbe"),
    ("山形", "ヤマガタ", "Yamagata"),
    ("松本", "マツモト", "Matsumoto"),
    ("市川", "イチカワ", "Ichikawa"),
    ("上野", "ウエノ", "Ueno"),
    ("日野", "ヒノ", "Hino"),
    ("桑名", "クワナ", "Kuwana"),
    ("鳥取", "トットリ", "Tottori"),
]
_WORD_SUR = [
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("原", "ハラ", "Hara"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("岸", "キシ", "Kishi"),
    ("星", "ホシ", "Hoshi"),
    ("関", "セキ", "Seki"),
    ("辻", "ツジ", "Tsuji"),
    ("堀", "ホリ", "Hori"),
    ("谷", "タニ", "Tani"),
    ("泉", "イズミ", "Izumi"),
    ("畑", "ハタ", "Hata"),
    ("橘", "タチバナ", "Tachibana"),
    ("菅", "スガ", "Suga"),
    ("島", "シマ", "Shima"),
    ("角", "スミ", "Sumi"),
    ("北", "キタ", "Kita"),
    ("西", "ニシ", "Nishi"),
    ("丸", "マル", "Maru"),
    ("竹", "タケ", "Take"),
    ("門", "カド", "Kado"),
    ("浜", "ハマ", "Hama"),
    ("春", "ハル", "Haru"),
    ("金", "コン", "Kon"),
    ("大和", "ヤマト", "Yamato"),
    ("柳", "ヤナギ", "Yanagi"),
    ("岩", "イワ", "Iwa"),
]
_COMMON_SUR = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"),
    ("阿部", "アベ", "Abe"),
    ("佐々木", "ササキ", "Sasaki"),
    ("菅原", "スガワラ", "Sugawara"),
    ("小野寺", "オノデラ", "Onodera"),
    ("千田", "チダ", "Chida"),
    ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"),
    ("新垣", "アラカキ", "Arakaki"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("大久保", "オオクボ", "Okubo"),
    ("長谷川", "ハセガワ", "Hasegawa"),
]
_OLD_F_KATA = [
    ("トメ", "Tome"),
    ("ヨシ", "Yoshi"),
    ("キヨ", "Kiyo"),
    ("ハル", "Haru"),
    ("ウメ", "Ume"),
    ("マツ", "Matsu"),
    ("タケ", "Take"),
    ("ツル", "Tsuru"),
    ("カメ", "Kame"),
    ("シズ", "Shizu"),
    ("フミ", "Fumi"),
    ("ミツ", "Mitsu"),
    ("ハナ", "Hana"),
    ("チヨ", "Chiyo"),
    ("イネ", "Ine"),
    ("キク", "Kiku"),
    ("スエ", "Sue"),
    ("ヨネ", "Yone"),
    ("サダ", "Sada"),
    ("ハツ", "Hatsu"),
    ("テル", "Teru"),
    ("セツ", "Setsu"),
    ("タマ", "Tama"),
    ("ナカ", "Naka"),
    ("ソメ", "Some"),
    ("マサ", "Masa"),
    ("キミ", "Kimi"),
    ("トシ", "Toshi"),
    ("フジエ", "Fujie"),
    ("ミサヲ", "Misao"),
    ("カマド", "Kamado"),
    ("ウシ", "Ushi"),
]
_OLD_F_HIRA = [
    ("とめ", "トメ", "Tome"),
    ("よし", "ヨシ", "Yoshi"),
    ("きよ", "キヨ", "Kiyo"),
    ("はる", "ハル", "Haru"),
    ("ちよ", "チヨ", "Chiyo"),
    ("しづ", "シヅ", "Shizu"),
    ("ふさ", "フサ", "Fusa"),
    ("みさを", "ミサオ", "Misao"),
    ("きん", "キン", "Kin"),
    ("なを", "ナオ", "Nao"),
    ("つや", "ツヤ", "Tsuya"),
    ("うた", "ウタ", "Uta"),
    ("ゆき", "ユキ", "Yuki"),
    ("まさゑ", "マサエ", "Masae"),
]
_OLD_F_KANJI = [
    ("貞子", "サダコ", "Sadako"),
    ("静子", "シズコ", "Shizuko"),
    ("文子", "フミコ", "Fumiko"),
    ("節子", "セツコ", "Setsuko"),
    ("千代子", "チヨコ", "Chiyoko"),
    ("登美子", "トミコ", "Tomiko"),
    ("久子", "ヒサコ", "Hisako"),
    ("清子", "キヨコ", "Kiyoko"),
    ("芳江", "ヨシエ", "Yoshie"),
    ("八重", "ヤエ", "Yae"),
    ("初枝", "ハツエ", "Hatsue"),
    ("美代", "ミヨ", "Miyo"),
    ("梅子", "ウメコ", "Umeko"),
    ("鶴代", "ツルヨ", "Tsuruyo"),
    ("喜美江", "キミエ", "Kimie"),
    ("澄江", "スミエ", "Sumie"),
    ("冨美子", "フミコ", "Fumiko"),
    ("榮子", "エイコ", "Eiko"),
    ("惠美子", "エミコ", "Emiko"),
    ("彌生", "ヤヨイ", "Yayoi"),
    ("ミヨ子", "ミヨコ", "Miyoko"),
    ("キミ子", "キミコ", "Kimiko"),
    ("艶子", "ツヤコ", "Tsuyako"),
    ("富士子", "フジコ", "Fujiko"),
    ("房江", "フサエ", "Fusae"),
]
_OLD_M = [
    ("正吉", "ショウキチ", "Shokichi"),
    ("勘吉", "カンキチ", "Kankichi"),
    ("留吉", "トメキチ", "Tomekichi"),
    ("茂", "シゲル", "Shigeru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("勇", "イサム", "Isamu"),
    ("實", "ミノル", "Minoru"),
    ("武", "タケシ", "Takeshi"),
    ("正雄", "マサオ", "Masao"),
    ("與一", "ヨイチ", "Yoichi"),
    ("德次郎", "トクジロウ", "Tokujiro"),
    ("榮治", "エイジ", "Eiji"),
    ("辰雄", "タツオ", "Tatsuo"),
    ("寅吉", "トラキチ", "Torakichi"),
    ("熊吉", "クマキチ", "Kumakichi"),
    ("亀太郎", "カメタロウ", "Kametaro"),
    ("源蔵", "ゲンゾウ", "Genzo"),
    ("喜三郎", "キサブロウ", "Kisaburo"),
    ("兼松", "カネマツ", "Kanematsu"),
    ("久米蔵", "クメゾウ", "Kumezo"),
    ("文治", "ブンジ", "Bunji"),
    ("庄三", "ショウゾウ", "Shozo"),
    ("重雄", "シゲオ", "Shigeo"),
    ("國男", "クニオ", "Kunio"),
    ("勝", "マサル", "Masaru"),
    ("廣", "ヒロシ", "Hiroshi"),
    ("藤吉", "トウキチ", "Tokichi"),
    ("市太郎", "イチタロウ", "Ichitaro"),
    ("善作", "ゼンサク", "Zensaku"),
    ("金次", "キンジ", "Kinji"),
]
_SHOWA_M = [
    ("一郎", "イチロウ", "Ichiro"),
    ("和夫", "カズオ", "Kazuo"),
    ("浩", "ヒロシ", "Hiroshi"),
    ("誠", "マコト", "Makoto"),
    ("隆", "タカシ", "Takashi"),
    ("修", "オサム", "Osamu"),
    ("正樹", "マサキ", "Masaki"),
    ("健一", "ケンイチ", "Kenichi"),
    ("昭二", "ショウジ", "Shoji"),
    ("進", "ススム", "Susumu"),
    ("秀夫", "ヒデオ", "Hideo"),
    ("明", "アキラ", "Akira"),
    ("幸雄", "ユキオ", "Yukio"),
    ("勝也", "カツヤ", "Katsuya"),
    ("義男", "ヨシオ", "Yoshio"),
    ("正", "タダシ", "Tadashi"),
    ("孝", "タカシ", "Takashi"),
    ("茂樹", "シゲキ", "Shigeki"),
]
_SHOWA_F = [
    ("洋子", "ヨウコ", "Yoko"),
    ("恵子", "ケイコ", "Keiko"),
    ("幸子", "サチコ", "Sachiko"),
    ("和子", "カズコ", "Kazuko"),
    ("明美", "アケミ", "Akemi"),
    ("由美子", "ユミコ", "Yumiko"),
    ("裕子", "ユウコ", "Yuko"),
    ("久美子", "クミコ", "Kumiko"),
    ("京子", "キョウコ", "Kyoko"),
    ("悦子", "エツコ", "Etsuko"),
    ("順子", "ジュンコ", "Junko"),
    ("典子", "ノリコ", "Noriko"),
    ("美智子", "ミチコ", "Michiko"),
    ("良子", "ヨシコ", "Yoshiko"),
    ("広美", "ヒロミ", "Hiromi"),
    ("早苗", "サナエ", "Sanae"),
]
# (family, given, family kana, given kana, family romaji, given romaji, sex, 通称名 or None)
_FOREIGN_ELDER = [
    ("金", "順子", "キム", "スンジャ", "Kim", "Sunja", "F", ("金田", "順子")),
    ("朴", "英姫", "パク", "ヨンヒ", "Park", "Younghee", "F", ("新井", "英子")),
    ("李", "正男", "イ", "チョンナム", "Lee", "Jeongnam", "M", ("岩本", "正男")),
    ("王", "秀英", "ワン", "シウイン", "Wang", "Xiuying", "F", None),
    ("崔", "永吉", "チェ", "ヨンギル", "Choi", "Younggil", "M", ("山田", "永吉")),
    ("陳", "美玲", "チン", "メイリン", "Chen", "Meiling", "F", None),
]
_FOREIGN_STAFF = [
    ("Nguyen", "Thi Lan", "グエン", "ティ・ラン"),
    ("Tran", "Van Hung", "チャン", "ヴァン・フン"),
    ("Santos", "Maria", "サントス", "マリア"),
    ("Silva", "Joao", "シルバ", "ジョアン"),
    ("Pham", "Thi Hoa", "ファム", "ティ・ホア"),
    ("Rai", "Bishnu", "ライ", "ビシュヌ"),
    ("Lestari", "Dewi", "レスタリ", "デウィ"),
    ("Reyes", "Maricel", "レイエス", "マリセル"),
]


@dataclass
class Pn:
    fam: str
    giv: str
    fk: str
    gk: str
    fr: str
    gr: str
    sex: str = "F"
    foreign: bool = False
    western: bool = False
    alias: tuple[str, str] | None = None

    def known(self) -> dict[str, str]:
        return {
            "family": self.fam,
            "given": self.giv,
            "family_kana": self.fk,
            "given_kana": self.gk,
            "family_romaji": self.fr,
            "given_romaji": self.gr,
        }

    def form(self, f: str) -> str:
        if self.western:  # foreign staff: given-first western or katakana
            if f in ("kata", "kata0", "hira"):
                return f"{self.gk}・{self.fk}"
            if f in ("fam", "famk"):
                return self.fk if f == "famk" or self.fam == self.fk else self.fam
            if f in ("ro1", "ro3"):
                return f"{self.fr.upper()} {self.gr}"
            return f"{self.gr} {self.fr}"
        sep = "・" if self.foreign else " "
        table = {
            "k": f"{self.fam}{self.giv}",
            "ks": f"{self.fam} {self.giv}",
            "kz": f"{self.fam}\u3000{self.giv}",
            "kata": f"{self.fk}{sep}{self.gk}",
            "kata0": f"{self.fk}{self.gk}",
            "hira": f"{kata2hira(self.fk)} {kata2hira(self.gk)}" if not self.foreign else f"{self.fk}{sep}{self.gk}",
            "fam": self.fam,
            "famk": self.fk,
            "giv": self.giv,
            "ro1": f"{self.fr.upper()} {self.gr}",
            "ro2": f"{self.gr} {self.fr}",
            "ro3": f"{self.fr.upper()} {self.gr.upper()}",
            "ro4": f"{self.fr} {self.gr}",
            "ini": f"{self.gr[0]}.{self.fr[0]}.",
        }
        return table[f]


def _pick_sur(r: random.Random) -> tuple[str, str, str]:
    x = r.random()
    if x < 0.36:
        return r.choice(_VARIANT_SUR)
    if x < 0.46:
        return r.choice(_RARE_SUR)
    if x < 0.58:
        return r.choice(_PLACE_SUR)
    if x < 0.72:
        return r.choice(_WORD_SUR)
    return r.choice(_COMMON_SUR)


def make_elder(r: random.Random, sex: str) -> Pn:
    if r.random() < 0.07:
        cands = [f for f in _FOREIGN_ELDER if f[6] == sex] or _FOREIGN_ELDER
        f = r.choice(cands)
        return Pn(f[0], f[1], f[2], f[3], f[4], f[5], sex, foreign=True, alias=f[7])
    fam, fk, fr = _pick_sur(r)
    if sex == "M":
        g, gk, gr = r.choice(_OLD_M)
    else:
        x = r.random()
        if x < 0.4:
            g, gr = r.choice(_OLD_F_KATA)
            gk = g
        elif x < 0.58:
            g, gk, gr = r.choice(_OLD_F_HIRA)
        else:
            g, gk, gr = r.choice(_OLD_F_KANJI)
    return Pn(fam, g, fk, gk, fr, gr, sex)


def make_modern(r: random.Random, fk_: Faker, sex: str | None = None) -> Pn:
    if r.random() < 0.08:
        s = r.choice(_FOREIGN_STAFF)
        return Pn(s[2], s[3], s[2], s[3], s[0], s[1], "F", foreign=True, western=True)
    sex = sex or r.choice("MF")
    fam, fkana, fro = fk_.last_name_pair() if r.random() < 0.7 else _pick_sur(r)
    g, gk, gr = fk_.first_name_male_pair() if sex == "M" else fk_.first_name_female_pair()
    return Pn(fam, g, fkana, gk, fro, gr, sex)


def make_child(r: random.Random, fk_: Faker, parent: Pn, sex: str) -> Pn:
    g, gk, gr = r.choice(_SHOWA_M if sex == "M" else _SHOWA_F)
    if sex == "M" or r.random() < 0.2:
        return Pn(parent.fam, g, parent.fk, gk, parent.fr, gr, sex, foreign=parent.foreign)
    fam, fkana, fro = fk_.last_name_pair() if r.random() < 0.6 else _pick_sur(r)
    return Pn(fam, g, fkana, gk, fro, gr, sex)


# ---------------------------------------------------------------------------------------------------------------
# places, facilities, numbers
# ---------------------------------------------------------------------------------------------------------------

# (pref, city, postal 3, area code, towns, aza list, court city, kind)
_RURAL = [
    (
        "茨城県",
        "常陸大宮市",
        "319",
        "0295",
        ["小倉", "泉", "山方", "野口", "長倉"],
        ["上ノ台", "宮下", "前田", "堂ノ前"],
        "水戸",
        "rural",
    ),
    (
        "長野県",
        "上伊那郡辰野町",
        "399",
        "0266",
        ["伊那富", "平出", "小野", "沢底"],
        ["宮所", "北大出", "向山"],
        "長野",
        "rural",
    ),
    (
        "新潟県",
        "長岡市",
        "940",
        "0258",
        ["宮内", "十日町", "関原", "浦"],
        ["川端", "中屋敷", "北浦", "坂下"],
        "新潟",
        "rural",
    ),
    (
        "岩手県",
        "遠野市",
        "028",
        "0198",
        ["土淵町山口", "附馬牛町上附馬牛", "青笹町糠前", "松崎町白岩"],
        [],
        "盛岡",
        "chiwari",
    ),
    ("熊本県", "菊池郡大津町", "869", "096", ["室", "引水", "森", "杉水"], ["西鶴", "中島", "上揚"], "熊本", "rural"),
    (
        "山形県",
        "東置賜郡高畠町",
        "992",
        "0238",
        ["糠野目", "竹森", "安久津", "深沼"],
        ["北町", "新田", "谷地"],
        "山形",
        "rural",
    ),
    (
        "栃木県",
        "芳賀郡益子町",
        "321",
        "0285",
        ["大沢", "七井", "上大羽", "塙"],
        ["城内", "道祖土", "北原"],
        "宇都宮",
        "rural",
    ),
    ("岐阜県", "郡上市", "501", "0575", ["八幡町島谷", "白鳥町白鳥", "大和町剣", "美並町大原"], [], "岐阜", "rural"),
    (
        "奈良県",
        "吉野郡下市町",
        "638",
        "0747",
        ["阿知賀", "新住", "善城", "栃原"],
        ["小路", "岡ノ原", "辻堂"],
        "奈良",
        "rural",
    ),
    ("千葉県", "香取市", "287", "0478", ["佐原イ", "佐原ロ", "府馬", "小見川"], [], "千葉", "rural"),
    ("富山県", "砺波市", "939", "0763", ["庄川町金屋", "鷹栖", "中野", "太田"], ["出町", "川原"], "富山", "rural"),
    (
        "鹿児島県",
        "姶良市",
        "899",
        "0995",
        ["加治木町木田", "蒲生町上久徳", "平松", "鍋倉"],
        ["西餅田", "寺師"],
        "鹿児島",
        "rural",
    ),
    (
        "福島県",
        "伊達郡川俣町",
        "960",
        "024",
        ["鶴沢", "小綱木", "飯坂", "秋山"],
        ["東", "中町", "五百田"],
        "福島",
        "rural",
    ),
    (
        "愛媛県",
        "西予市",
        "797",
        "0894",
        ["宇和町卯之町", "野村町野村", "城川町土居", "明浜町俵津"],
        [],
        "松山",
        "rural",
    ),
]
_URBAN = [
    ("東京都", "足立区", "120", "03", ["千住", "梅田", "西新井", "関原", "竹の塚"], [], "東京", "urban"),
    ("東京都", "葛飾区", "124", "03", ["立石", "柴又", "金町", "堀切"], [], "東京", "urban"),
    ("大阪府", "東大阪市", "577", "06", ["小若江", "長瀬町", "稲田本町", "菱屋西"], [], "大阪", "urban"),
    ("神奈川県", "横須賀市", "238", "046", ["汐入町", "衣笠栄町", "追浜本町", "久里浜"], [], "横浜", "urban"),
    ("埼玉県", "川口市", "332", "048", ["芝", "本町", "西川口", "鳩ヶ谷本町"], [], "さいたま", "urban"),
    ("愛知県", "名古屋市中村区", "453", "052", ["則武", "岩塚町", "烏森町", "中島町"], [], "名古屋", "urban"),
    ("兵庫県", "尼崎市", "660", "06", ["杭瀬本町", "潮江", "武庫之荘", "大物町"], [], "神戸", "urban"),
    ("宮城県", "仙台市若林区", "984", "022", ["荒井", "沖野", "連坊", "南小泉"], [], "仙台", "urban"),
    ("福岡県", "北九州市八幡西区", "806", "093", ["黒崎", "折尾", "陣山", "鷹見台"], [], "福岡", "urban"),
    ("広島県", "呉市", "737", "0823", ["阿賀北", "広古新開", "焼山中央", "吉浦本町"], [], "広島", "urban"),
    ("千葉県", "松戸市", "270", "047", ["常盤平", "五香", "小金原", "六実"], [], "千葉", "urban"),
    ("北海道", "札幌市北区", "001", "011", ["北二十四条西", "屯田五条", "篠路三条", "新琴似七条"], [], "札幌", "urban"),
]
_PLACES = _RURAL + _URBAN
# old-style birthplaces (former villages / counties)
_BIRTHPLACES = [
    "秋田県仙北郡角館町",
    "福島県石城郡四倉町",
    "新潟県中頸城郡板倉村",
    "長野県東筑摩郡本郷村",
    "岩手県和賀郡沢内村",
    "鹿児島県肝属郡高山町",
    "山形県最上郡真室川町",
    "石川県鳳至郡門前町",
    "徳島県美馬郡貞光町",
    "青森県北津軽郡金木町",
    "熊本県鹿本郡植木町",
    "福岡県嘉穂郡稲築村",
    "茨城県那珂郡山方町",
    "岐阜県郡上郡八幡町",
    "高知県幡多郡大正町",
    "島根県八束郡美保関町",
    "宮崎県東臼杵郡椎葉村",
    "北海道空知郡上砂川村",
    "富山県東礪波郡庄川町",
    "兵庫県城崎郡香住町",
]
_OTHER_CITIES = [
    "千葉県船橋市",
    "埼玉県所沢市",
    "神奈川県相模原市",
    "東京都八王子市",
    "大阪府枚方市",
    "愛知県豊田市",
    "静岡県浜松市",
    "宮城県名取市",
    "福岡県久留米市",
    "新潟県上越市",
    "茨城県つくば市",
    "長野県松本市",
    "広島県福山市",
    "東京都世田谷区",
    "兵庫県明石市",
    "京都府宇治市",
    "北海道旭川市",
    "栃木県小山市",
]
_PW = [
    "北山",
    "桜ヶ丘",
    "緑町",
    "東和",
    "南陽",
    "清水",
    "城南",
    "大川",
    "松原",
    "青葉台",
    "白河",
    "富士見",
    "若葉",
    "旭",
    "高砂",
    "泉が丘",
    "新町",
    "西条",
    "本郷",
    "しらかば",
    "みどり野",
]
_KAI = ["誠心", "慈恵", "仁愛", "啓仁", "清和", "博愛", "健生", "弘仁", "恵風", "愛和"]
_HOME = [
    "松風園",
    "白寿荘",
    "翠光苑",
    "やすらぎの里",
    "長寿園",
    "悠々の郷",
    "福寿荘",
    "千寿苑",
    "楽寿園",
    "恵和の里",
    "ひまわり荘",
    "光風園",
    "鶴亀苑",
    "さくらの杜",
    "緑風荘",
    "すみれ苑",
    "寿楽園",
    "和光園",
]
_GH = [
    "あじさいの家",
    "ひだまり",
    "なごみ",
    "えがお",
    "陽だまりの丘",
    "ほのぼの",
    "ふれあいの家",
    "こもれび",
    "せせらぎ",
    "かがやき",
    "のぞみ",
    "ゆうゆう",
]
_SOFT = [
    "さくら",
    "ひまわり",
    "すずらん",
    "つばさ",
    "あおば",
    "かえで",
    "ほほえみ",
    "たんぽぽ",
    "結",
    "絆",
    "はーと",
    "ぬくもり",
    "コスモス",
    "若竹",
]
_DEPTS = [
    "内科",
    "循環器内科",
    "消化器内科",
    "脳神経内科",
    "整形外科",
    "精神科",
    "呼吸器内科",
    "泌尿器科",
    "総合診療科",
    "老年内科",
    "腎臓内科",
    "脳神経外科",
    "外科",
    "心療内科",
    "リハビリテーション科",
]
_EMAIL_DOM = [
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "softbank.ne.jp",
    "gmail.com",
    "yahoo.co.jp",
    "i.softbank.jp",
    "au.com",
    "nifty.com",
    "ybb.ne.jp",
]


_SLUG = [
    "matsukaze",
    "hakuju",
    "suirou",
    "yasuragi",
    "chouju",
    "yuyu",
    "fukuju",
    "senju",
    "rakuju",
    "keiwa",
    "himawari",
    "kofu",
    "tsurukame",
    "sakura",
    "ryokufu",
    "sumire",
    "kotobuki",
    "wakou",
    "nagomi",
    "hidamari",
    "egao",
    "kagayaki",
    "nozomi",
    "kaede",
    "aoba",
    "tsubasa",
    "suzuran",
    "hohoemi",
]


def fac_url(r: random.Random) -> str:
    slug = r.choice(_SLUG) + r.choice(["", "-en", "-so", "-care", "-kango", "-home", str(r.randint(1, 99))])
    return r.choice(
        [
            f"https://www.{slug}.or.jp/",
            f"http://{slug}.jp",
            f"https://{slug}-fukushi.com/",
            f"www.{slug}.or.jp",
            f"https://www.{slug}.jp/contact/",
        ]
    )


def fac_mail(r: random.Random) -> str:
    slug = r.choice(_SLUG) + r.choice(["", "-en", "-care", str(r.randint(1, 99))])
    return f"{r.choice(['info', 'soudan', 'renkei', 'kango', 'office'])}@{slug}.{r.choice(['or.jp', 'jp', 'com'])}"


def hospital(r: random.Random, city: str, inpatient: bool = False) -> str:
    tail = city.rsplit("郡", 1)[-1]
    cs = tail.split("市")[0] if "市" in tail else tail[:-1]
    cs = cs if len(cs) >= 2 else r.choice(_PW)
    pw = r.choice(_PW)
    s = _pick_sur(r)[0]
    opts = [
        f"{pw}中央病院",
        f"医療法人社団{r.choice(_KAI)}会 {pw}病院",
        f"{cs}赤十字病院",
        f"国立病院機構 {pw}医療センター",
        f"{cs}厚生病院",
        f"{pw}リハビリテーション病院",
        f"{cs}総合病院",
        f"{s}記念病院",
    ]
    if "市" in tail:
        opts.append(f"{cs}市民病院")
    if not inpatient:
        opts += [f"{s}内科医院", f"{s}医院", f"{pw}クリニック", f"{s}整形外科", f"{pw}在宅診療所", f"{s}クリニック"]
    return r.choice(opts)


def station(r: random.Random, city: str) -> str:
    n = r.choice(_SOFT)
    cs = city.rsplit("郡", 1)[-1]
    return r.choice(
        [
            f"訪問看護ステーション{n}",
            f"{n}訪問看護ステーション",
            f"{cs}医師会訪問看護ステーション",
            f"訪問看護ステーション {n}{r.choice(_PW)}",
            f"{r.choice(_PW)}訪問看護ステーション",
        ]
    )


def cm_office(r: random.Random, city: str) -> str:
    n = r.choice(_SOFT)
    cs = city.rsplit("郡", 1)[-1]
    return r.choice(
        [
            f"居宅介護支援事業所 {n}",
            f"{r.choice(_PW)}ケアプランセンター",
            f"{n}居宅介護支援センター",
            f"{cs}社会福祉協議会 居宅介護支援事業所",
            f"ケアプラン{n}",
        ]
    )


def care_home(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["toku", "toku", "gh", "roken", "yuryo", "sako"])
    if kind == "toku":
        return r.choice(["特別養護老人ホーム ", "特別養護老人ホーム", "特養 "]) + r.choice(_HOME)
    if kind == "gh":
        return r.choice(["グループホーム ", "グループホーム", "認知症対応型共同生活介護 "]) + r.choice(_GH)
    if kind == "roken":
        return r.choice(["介護老人保健施設 ", "老健 "]) + r.choice(_HOME + _GH)
    if kind == "yuryo":
        return f"住宅型有料老人ホーム {r.choice(_GH)}{r.choice(_PW)}"
    return f"サービス付き高齢者向け住宅 {r.choice(_SOFT)}{r.choice(['', 'の家', 'ハウス'])}"


def dayservice(r: random.Random) -> str:
    n = r.choice(_SOFT + _GH)
    return r.choice(
        [f"デイサービスセンター{n}", f"{n}デイサービス", f"通所リハビリテーション {n}", f"小規模多機能型居宅介護 {n}"]
    )


def short_place(place: str) -> str:
    """'秋田県仙北郡角館町' -> '角館'."""
    tail = place.rsplit("郡", 1)[-1]
    for pre in ("都", "道", "府", "県"):
        if pre in tail[:4]:
            tail = tail[tail.index(pre) + 1 :]
            break
    if len(tail) >= 3 and tail[-1] in "町村市区":
        tail = tail[:-1]
    return tail


def school(r: random.Random, town: str) -> str:
    pw = r.choice(_PW)
    t = short_place(town) if len(short_place(town)) >= 2 else pw
    return r.choice(
        [
            f"{t}尋常高等小学校",
            f"{pw}尋常小学校",
            f"{t}高等女学校",
            f"県立{pw}農学校",
            f"{t}国民学校",
            f"{pw}実業学校",
            f"{t}村立青年学校",
        ]
    )


def workplace(r: random.Random, town: str) -> str:
    pw = r.choice(_PW)
    s = _pick_sur(r)[0]
    t = short_place(town) if len(short_place(town)) >= 2 else pw
    return r.choice(
        [
            f"{t}製糸工場",
            f"{s}製材所",
            f"{pw}紡績",
            f"国鉄{pw}機関区",
            f"{t}郵便局",
            f"{s}呉服店",
            f"{pw}炭鉱",
            f"{t}村役場",
            f"{s}醤油醸造所",
            f"{pw}信用金庫",
            f"{s}工務店",
            f"{pw}農業協同組合",
        ]
    )


def ward(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.randint(3, 9)}階{r.choice('東西南北')}病棟",
            f"{r.randint(3, 8)}{r.choice('東西')}病棟",
            f"{r.choice('ABC')}{r.randint(2, 6)}病棟",
            f"{r.randint(2, 7)}階病棟",
        ]
    )


def room(r: random.Random) -> str:
    n = f"{r.randint(1, 6)}{r.randint(1, 2)}{r.randint(0, 9)}"
    return r.choice([f"{n}号室", f"{n}号室-{r.randint(1, 4)}", f"{n}号室{r.randint(1, 4)}番ベッド", f"{n}号"])


def landline(r: random.Random, ac: str) -> str:
    rest = 10 - len(ac)
    mid_len = rest - 4
    mid = str(r.randint(10 ** (mid_len - 1) * 2, 10**mid_len - 1))
    last = f"{r.randint(0, 9999):04d}"
    k = r.random()
    if k < 0.7:
        return f"{ac}-{mid}-{last}"
    if k < 0.85:
        return f"{ac}({mid}){last}"
    if k < 0.93:
        return f"{ac}{mid}{last}"
    return f"{ac} {mid} {last}"


def mobile(r: random.Random) -> str:
    p = r.choice(["090", "080", "070", "090"])
    a, b = r.randint(1000, 9999), r.randint(0, 9999)
    k = r.random()
    if k < 0.75:
        return f"{p}-{a}-{b:04d}"
    if k < 0.9:
        return f"{p}{a}{b:04d}"
    return f"{p} {a} {b:04d}"


def postal(r: random.Random, p3: str) -> str:
    return f"{p3}-{r.randint(0, 9999):04d}"


def my_number(r: random.Random) -> str:
    digits = [r.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    cd = 0 if rem <= 1 else 11 - rem
    s = "".join(map(str, digits)) + str(cd)
    return r.choice([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}"])


def pid(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"{r.randint(0, 99999999):08d}"
    if k == 1:
        return str(r.randint(100000, 9999999))
    if k == 2:
        return f"{r.randint(0, 999999):06d}"
    if k == 3:
        return f"{r.randint(10, 99)}-{r.randint(0, 9999):04d}-{r.randint(0, 99):02d}"
    return f"{r.randint(1, 9)}{r.randint(0, 999999999):09d}"


@dataclass
class Addr:
    pref: str
    city: str
    town: str
    full: str
    postal: str
    ac: str
    court: str


def make_addr(r: random.Random, pl: tuple[Any, ...], kanji_bias: float = 0.45) -> Addr:
    pref, city, p3, ac, towns, azas, court, kind = pl
    town = r.choice(towns)
    use_pref = r.random() < 0.8
    head = (pref if use_pref else "") + city
    kj = r.random() < kanji_bias
    if kind == "rural":
        n = r.randint(1, 3999)
        plain = "町" not in town and not ("ア" <= town[-1] <= "ン")
        oaza = ("大字" if plain and r.random() < 0.6 else "") + town
        aza = ("字" + r.choice(azas)) if azas and r.random() < 0.55 else ""
        num = r.choice([f"{kan(n)}番地", f"{kan_digits(n)}番地"]) if kj else r.choice([f"{n}番地", f"{n}", f"{n}番地"])
        if r.random() < 0.12:
            num = r.choice(["甲", "乙"]) + num
        suf = ""
        x = r.random()
        if x < 0.3:
            k = r.randint(1, 9)
            suf = f"の{kan(k)}" if kj else r.choice([f"の{k}", f"-{k}", f"{k}"])
        body = f"{oaza}{aza}{num}{suf}"
    elif kind == "chiwari":
        k, n = r.randint(1, 30), r.randint(1, 300)
        body = f"{town}第{kan(k)}地割{kan(n)}番地" if kj else f"{town}{k}地割{n}番地{r.choice(['', '1', '2', '3'])}"
    else:
        ch, ban, go = r.randint(1, 6), r.randint(1, 30), r.randint(1, 25)
        if kj:
            body = town + r.choice(
                [
                    f"{kan(ch)}丁目{kan(ban)}番地の{kan(go)}",
                    f"{kan(ch)}丁目{kan(ban)}番{kan(go)}号",
                    f"{kan(ch)}丁目{kan(ban)}番地",
                ]
            )
        else:
            x = r.random()
            if x < 0.4:
                body = f"{town}{ch}丁目{ban}番{go}号"
            elif x < 0.8:
                body = f"{town}{ch}-{ban}-{go}"
            else:
                body = f"{town}{fw(f'{ch}-{ban}-{go}')}"
        if r.random() < 0.35:
            b = r.choice(
                [
                    f"コーポ{r.choice(_PW)}",
                    f"{r.choice(_PW)}ハイツ",
                    f"市営{r.choice(_PW)}住宅 {r.randint(1, 9)}号棟",
                    f"メゾン{r.choice(_SOFT)}",
                    f"{r.choice(_PW)}荘",
                ]
            )
            body += f" {b} {r.randint(1, 4)}0{r.randint(1, 8)}" + r.choice(["号室", "号", ""])
    return Addr(pref, city, town, head + body, postal(r, p3), ac, court)


# ---------------------------------------------------------------------------------------------------------------
# document writer with noise and clean-mode replacement
# ---------------------------------------------------------------------------------------------------------------

_ALT = {
    "PERSON": "本人",
    "ID": "（番号は別紙）",
    "DATE": "同日",
    "AGE": "高齢",
    "PHONE_NUMBER": "（代表番号）",
    "ADDRESS": "自宅",
    "POSTAL_CODE": "（省略）",
    "FACILITY": "当院",
    "DEPARTMENT": "当科",
    "EMAIL_ADDRESS": "（なし）",
    "URL": "（なし）",
    "MY_NUMBER": "（記載省略）",
    "INSURANCE_NUMBER": "（記載省略）",
}
_TYPOS = [
    ("訪問", "訪門"),
    ("血圧", "血庄"),
    ("状態", "状熊"),
    ("確認", "確忍"),
    ("ケアマネジャー", "ケアマネージャー"),
    ("食事", "食時"),
    ("様子", "様了"),
    ("連絡", "連落"),
    ("入所", "入署"),
    ("褥瘡", "じょくそう"),
    ("経過", "経化"),
    ("介護", "介獲"),
]
_NUMKINDS = {"ID", "PHONE_NUMBER", "POSTAL_CODE", "INSURANCE_NUMBER", "MY_NUMBER"}


class W:
    def __init__(self, did: str, clean: bool, r: random.Random) -> None:
        self.doc = Doc(did)
        self.clean = clean
        self.r = r
        self.fwnum = r.random() < 0.22
        self.fwtext = r.random() < 0.15
        self.breaks = r.random() < 0.18
        self.typo = r.random() < 0.35

    def t(self, s: str) -> W:
        r = self.r
        if self.typo and r.random() < 0.06:
            a, b = r.choice(_TYPOS)
            s = s.replace(a, b, 1)
        if self.fwtext and r.random() < 0.5:
            s = fw(s)
        if self.breaks and len(s) > 24 and r.random() < 0.12:
            k = r.randint(8, len(s) - 4)
            s = s[:k] + "\n" + s[k:]
        self.doc.t(s)
        return self

    def p(self, s: str, kind: str, alt: str | None = None) -> W:
        if self.clean:
            alt = alt if alt is not None else _ALT[kind]
            prev = self.doc.parts[-1].rstrip(" 　・の") if self.doc.parts else ""
            if alt and prev.endswith(alt):
                alt = ""
            self.doc.t(alt)
            return self
        s = s.strip()
        if self.fwnum and kind in _NUMKINDS and self.r.random() < 0.5:
            s = fw(s)
        self.doc.p(s, kind)
        return self

    def n(self, person: Pn, form: str, alt: str = "本人") -> W:
        return self.p(person.form(form), "PERSON", alt)

    def d(self, dt: _dt.date, st: str, alt: str = "同日") -> W:
        return self.p(fd(dt, st), "DATE", alt)

    def dw(self, dt: _dt.date, st: str, alt: str = "同日", time: tuple[int, int] | None = None) -> W:
        s = fd(dt, st) + wday(dt, self.r)
        if time:
            s += self.r.choice([" ", "　", ""]) + tm(time[0], time[1], self.r)
        return self.p(s, "DATE", alt)

    def a(self, n: int, st: str = "a", alt: str = "高齢") -> W:
        s = {"a": f"{n}歳", "k": f"{kan(n)}歳", "sai": f"{n}才", "bare": str(n), "kb": kan(n)}[st]
        return self.p(s, "AGE", alt)


# ---------------------------------------------------------------------------------------------------------------
# per-document context
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Rel:
    role: str
    pn: Pn
    birth: _dt.date
    city: str
    alive: bool = True
    death: _dt.date | None = None
    phone: str = ""


@dataclass
class Ctx:
    r: random.Random
    fk: Faker
    today: _dt.date = field(init=False)
    sex: str = field(init=False)
    birth: _dt.date = field(init=False)
    age: int = field(init=False)
    pt: Pn = field(init=False)
    home: Addr = field(init=False)
    phone: str = field(init=False)
    pid: str = field(init=False)
    rels: list[Rel] = field(init=False)
    kp: Rel = field(init=False)
    k_ids: list[str] = field(default_factory=list)
    k_addrs: list[str] = field(default_factory=list)
    k_phones: list[str] = field(default_factory=list)
    k_emails: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        r = self.r
        self.today = days(_dt.date(2023, 1, 4), r.randrange(0, 880))
        self.sex = "F" if r.random() < 0.64 else "M"
        self.birth = _dt.date(r.randint(1921, 1944), r.randint(1, 12), r.randint(1, 28))
        self.age = age_at(self.birth, self.today)
        self.pt = make_elder(r, self.sex)
        self.place = r.choice(_PLACES)
        self.home = make_addr(r, self.place)
        self.phone = landline(r, self.home.ac)
        self.pid = pid(r)
        self.bplace = r.choice(_BIRTHPLACES)
        self.hosp = hospital(r, self.home.city, inpatient=True)
        self.clinic = hospital(r, self.home.city)
        self.dept = r.choice(_DEPTS)
        self.doctor = make_modern(r, self.fk)
        self.nurse = make_modern(r, self.fk, "F")
        self.cm = make_modern(r, self.fk)
        self.station = station(r, self.home.city)
        self.cmo = cm_office(r, self.home.city)
        # family
        rels: list[Rel] = []
        sp_sex = "M" if self.sex == "F" else "F"
        if self.pt.foreign:
            sp = make_elder(r, sp_sex)
            sp = Pn(self.pt.fam, sp.giv, self.pt.fk, sp.gk, self.pt.fr, sp.gr, sp_sex, foreign=True)
        else:
            sp = make_elder(r, sp_sex)
            sp = Pn(self.pt.fam, sp.giv, self.pt.fk, sp.gk, self.pt.fr, sp.gr, sp_sex)
        sb = _dt.date(self.birth.year + r.randint(-6, 3), r.randint(1, 12), r.randint(1, 28))
        alive = r.random() < 0.3
        death = None if alive else _dt.date(r.randint(1990, self.today.year - 1), r.randint(1, 12), r.randint(1, 28))
        rels.append(Rel("夫" if sp_sex == "M" else "妻", sp, sb, self.home.city, alive, death))
        self.marriage = _dt.date(self.birth.year + r.randint(19, 26), r.randint(1, 12), r.randint(1, 28))
        n_ch = r.randint(2, 4)
        y = self.marriage.year + 1
        counts = {"M": 0, "F": 0}
        for _ in range(n_ch):
            sx = r.choice("MF")
            counts[sx] += 1
            role = (
                ["長男", "次男", "三男", "四男", "五男"] if sx == "M" else ["長女", "次女", "三女", "四女", "五女"]
            )[counts[sx] - 1]
            ch = make_child(r, self.fk, self.pt, sx)
            cb = _dt.date(min(y, 1980), r.randint(1, 12), r.randint(1, 28))
            y += r.randint(1, 4)
            city = self.home.city if r.random() < 0.35 else r.choice(_OTHER_CITIES)
            ph = mobile(r) if r.random() < 0.7 else landline(r, r.choice(["03", "047", "045", "06", "052", "0263"]))
            c_alive = r.random() < 0.9
            cd = None if c_alive else _dt.date(r.randint(1995, self.today.year - 1), r.randint(1, 12), r.randint(1, 28))
            rels.append(Rel(role, ch, cb, city, c_alive, cd, ph))
        self.rels = rels
        alive_kids = [x for x in rels[1:] if x.alive] or rels[1:]
        self.kp = r.choice(alive_kids)
        if not self.kp.alive:
            self.kp.alive = True
            self.kp.death = None
        self.maiden = _pick_sur(r)[0] if self.sex == "F" and not self.pt.foreign else None

    @property
    def spouse(self) -> Rel:
        return self.rels[0]

    @property
    def kids(self) -> list[Rel]:
        return self.rels[1:]

    def nf(self) -> str:
        """Random name form for the patient."""
        return self.r.choices(["ks", "k", "kz", "kata", "hira", "ro1", "ro2"], [30, 28, 16, 12, 5, 5, 4])[0]

    def known(self) -> dict[str, Any]:
        names = [self.pt.known()]
        return {
            "names": names,
            "ids": list(dict.fromkeys(self.k_ids)),
            "birth_date": self.birth.isoformat(),
            "addresses": list(dict.fromkeys(self.k_addrs)),
            "phones": list(dict.fromkeys(self.k_phones)),
            "emails": list(dict.fromkeys(self.k_emails)),
        }


def sex_j(c: Ctx, r: random.Random) -> str:
    if c.sex == "F":
        return r.choice(["女", "女性", "F", "女"])
    return r.choice(["男", "男性", "M", "男"])


_DX = [
    ("アルツハイマー型認知症", "ドネペジル塩酸塩OD錠5mg 1錠 朝食後"),
    ("血管性認知症", "シロスタゾール50mg 2錠 分2"),
    ("レビー小体型認知症", "ドネペジル3mg 1錠"),
    ("慢性心不全（NYHA III）", "フロセミド錠20mg 1錠 朝、スピロノラクトン25mg 1錠"),
    ("脳梗塞後遺症（右片麻痺・失語）", "クロピドグレル75mg 1錠 朝"),
    ("パーキンソン病（Yahr IV）", "レボドパ・カルビドパ配合錠 3錠 分3"),
    ("慢性腎臓病 G4", "球形吸着炭 6g 分3"),
    ("2型糖尿病", "リナグリプチン5mg 1錠"),
    ("COPD（在宅酸素 1L/分）", "チオトロピウム吸入 1日1回"),
    ("左大腿骨頸部骨折術後", "エルデカルシトール0.75μg 1Cap"),
    ("第1腰椎圧迫骨折", "アセトアミノフェン200mg 頓用"),
    ("心房細動", "アピキサバン2.5mg 2錠 分2"),
    ("橋本病（甲状腺機能低下症）", "レボチロキシン25μg 1錠"),
    ("変形性膝関節症", "ロキソプロフェン貼付剤"),
    ("胃癌術後（幽門側胃切除）", "酸化マグネシウム330mg 3錠 分3"),
]


def dx(r: random.Random) -> tuple[str, str]:
    return r.choice(_DX)


def vitals(r: random.Random) -> str:
    bt = round(r.uniform(35.8, 37.6), 1)
    return r.choice(
        [
            f"BT{bt} BP{r.randint(96, 168)}/{r.randint(50, 94)} P{r.randint(56, 104)} SpO2 {r.randint(89, 99)}%",
            f"T {bt}℃、BP {r.randint(96, 168)}/{r.randint(50, 94)}、HR {r.randint(56, 104)}、"
            f"SpO2 {r.randint(89, 99)}％(RA)",
            f"体温{bt}度 血圧{r.randint(96, 168)}/{r.randint(50, 94)} 脈{r.randint(56, 104)} 酸素{r.randint(89, 99)}",
        ]
    )


_ADL = [
    "食事 自立（箸使用、むせ込み時々）",
    "食事 一部介助（スプーン、全粥・刻み）",
    "排泄 リハパン＋パッド、日中はトイレ誘導",
    "排泄 ポータブルトイレ使用（夜間）",
    "移動 屋内伝い歩き、屋外は車椅子",
    "入浴 デイにて機械浴",
    "更衣 上衣は見守り、下衣は介助",
    "整容 声かけにて可",
    "寝返り 自立",
    "起き上がり 柵につかまれば可",
    "歩行 シルバーカーで約50m",
    "移乗 軽介助（立位保持は10秒程度）",
    "服薬 家族が一包化して手渡し",
    "意思疎通 難聴あり、筆談併用",
]
_MEDS = [
    "アムロジピン錠5mg 1錠 朝食後",
    "ランソプラゾールOD錠15mg 1錠 朝",
    "酸化マグネシウム錠330mg 3錠 分3",
    "センノシド錠12mg 2錠 眠前",
    "メマンチン塩酸塩OD錠20mg 1錠 夕",
    "抑肝散 2.5g 分1 夕",
    "フロセミド錠20mg 1錠 朝",
    "アピキサバン錠2.5mg 2錠 分2",
    "エルデカルシトールカプセル0.75μg 1C 朝",
    "ブロチゾラム0.25mg 1錠 不眠時",
    "レバミピド錠100mg 3錠 分3",
    "カルボシステイン錠500mg 3錠 分3",
    "ミルタザピン錠15mg 0.5錠 眠前",
    "ビソプロロール2.5mg 1錠 朝",
    "タムスロシン0.2mg 1Cap 夕",
    "ドネペジル5mg 1錠 朝",
    "ラコール配合経腸用液 400ml/日",
]
_PMH = [
    "高血圧症（40代～）",
    "橋本病",
    "メニエール病",
    "S状結腸癌術後",
    "L4/5 腰部脊柱管狭窄症",
    "Th12 圧迫骨折",
    "右S6 陳旧性肺結核",
    "白内障（両眼IOL）",
    "帯状疱疹後神経痛",
    "早期胃癌 cT1aN0M0 ESD後",
    "前立腺肥大症",
    "骨粗鬆症",
    "逆流性食道炎",
    "バセドウ病（治療終了）",
    "子宮筋腫（摘出）",
    "鼠径ヘルニア術後",
    "C型慢性肝炎（SVR後）",
]
_CARE = [
    "夜間は2時間毎に体位変換。踵部に除圧クッション使用。",
    "水分はとろみ剤（中間のとろみ）を使用し、1日1000mlを目安に。",
    "入浴後に保湿剤（ヘパリン類似物質ローション）を全身に塗布。",
    "便秘時は3日目の夜にセンノシド追加、4日目に訪問看護で摘便。",
    "義歯は上下総義歯、夕食後に外して洗浄剤に浸ける。",
    "転倒リスク高く、夜間はセンサーマット使用中。",
    "服薬は一包化、朝・夕のみ。昼の薬はデイで内服。",
    "血糖測定は不要。低血糖症状（冷汗、意識低下）に注意。",
    "夕方以降の帰宅願望に対しては、お茶をすすめ話題を変えると落ち着くことが多い。",
]


def c_adl(r: random.Random) -> str:
    sep = r.choice(["、", "／", "\n  "])
    picked: dict[str, str] = {}
    for item in r.sample(_ADL, len(_ADL)):
        picked.setdefault(item.split(" ")[0], item)
    items = list(picked.values())[: r.randint(3, 5)]
    return r.choice(["ADL：", "【ADL】", "日常生活動作："]) + sep.join(items) + "\n"


def c_meds(r: random.Random) -> str:
    meds = r.sample(_MEDS, r.randint(3, 6))
    k = r.randrange(3)
    if k == 0:
        return "【内服】\n" + "".join(f"・{m}\n" for m in meds)
    if k == 1:
        return "処方内容：" + "、".join(meds) + "\n"
    return "現処方\n" + "".join(f" {i + 1}) {m}\n" for i, m in enumerate(meds))


def c_pmh(r: random.Random) -> str:
    return (
        r.choice(["既往歴：", "【既往】", "既往："])
        + r.choice(["、", "，", " / "]).join(r.sample(_PMH, r.randint(2, 4)))
        + "\n"
    )


def c_labs(r: random.Random) -> str:
    items = [
        f"Alb {r.uniform(2.4, 4.1):.1f}",
        f"Hb {r.uniform(8.5, 13.5):.1f}",
        f"BUN {r.randint(12, 60)}",
        f"Cr {r.uniform(0.5, 2.8):.2f}",
        f"eGFR {r.randint(12, 70)}",
        f"Na {r.randint(128, 145)}",
        f"K {r.uniform(3.3, 5.6):.1f}",
        f"CRP {r.uniform(0.05, 12):.2f}",
        f"BNP {r.randint(20, 900)}",
        f"HbA1c {r.uniform(5.6, 8.4):.1f}%",
        f"TSH {r.uniform(0.5, 9):.2f}",
    ]
    return r.choice(["検査所見：", "【検査】直近 ", "Lab: "]) + " ".join(r.sample(items, r.randint(4, 7))) + "\n"


def c_skin(r: random.Random) -> str:
    site = r.choice(["仙骨部", "右大転子部", "左踵部", "尾骨部"])
    return (
        f"褥瘡：{site} DESIGN-R d{r.randint(1, 3)}-e{r.choice([1, 3])}s{r.choice([3, 6, 8])}i0g{r.choice([1, 3])}n0p0、"
        f"{r.choice(['ポリウレタンフォーム貼付', 'スルファジアジン銀クリーム塗布', '洗浄のみで経過観察'])}\n"
    )


def c_care(r: random.Random) -> str:
    return (
        r.choice(["ケア上の注意：", "【留意事項】\n", "申し送り："]) + "".join(r.sample(_CARE, r.randint(2, 3))) + "\n"
    )


def clin(w: W, r: random.Random, n: int = 2) -> None:
    for f in r.sample([c_adl, c_meds, c_pmh, c_labs, c_skin, c_care], n):
        w.t(f(r))


# ---------------------------------------------------------------------------------------------------------------
# style 0: life history
# ---------------------------------------------------------------------------------------------------------------


_LIFE_NOW = [
    "現在の生活：日中はテレビの前で過ごすことが多い。週3回デイサービス利用、入浴はデイで実施。近所の友人が時々訪ねてくる。",
    "現在の生活：朝5時に起床し仏壇に水を供えるのが日課。畑は昨年から長男がやっている。買い物は生協の宅配。",
    "現在の生活：夜間の失禁が増え、家族の睡眠が妨げられている。昼夜逆転傾向あり、デイでは居眠りが多い。",
    "現在の生活：独居。ヘルパー週5回（調理・掃除）、配食サービス（夕食）。ゴミ出しは隣人が手伝ってくれている。",
    "現在の生活：歩行器で屋内移動。トイレは自力で行けるが、間に合わないことがある。入浴は週2回訪問入浴。",
]


def st_life(w: W, r: random.Random, c: Ctx) -> None:
    b = c.birth
    sp = c.spouse
    pt = c.pt
    kids = c.kids
    sch = school(r, c.bplace)
    wk = workplace(r, c.bplace)
    kp = c.kp
    order = r.choice(
        ["長男", "次男", "三男", "長女", "次女", "三女", "末っ子"]
        if c.sex == "F"
        else ["長男", "次男", "三男", "四男", "末っ子"]
    )
    if c.sex == "F" and order in ("長男", "次男", "三男", "四男"):
        order = "長女"
    n_sib = r.randint(3, 9)
    onset = _dt.date(c.today.year - r.randint(1, 8), r.randint(1, 12), r.randint(1, 28))
    move = _dt.date(c.marriage.year + r.randint(3, 20), r.randint(1, 12), 1)
    dx_ = r.choice(["アルツハイマー型認知症", "血管性認知症", "レビー小体型認知症", "軽度認知障害", "混合型認知症"])
    tpl = r.randrange(3)
    if tpl == 0:
        w.t(r.choice(["【生活歴】\n", "■生活歴（本人・家族より聴取）\n", "＜生活歴・社会歴＞\n", "生活歴：\n"]))
        w.t("患者 ").n(pt, c.nf()).t(r.choice([" 様", "氏", "さん", ""]))
        if c.maiden:
            w.t("（旧姓 ").p(c.maiden, "PERSON", "旧姓あり").t("）")
        w.t("。\n")
        w.p(c.bplace, "ADDRESS", "県内の農村部").t("にて").d(b, r.choice(["ekm", "eky", "ek"]), "戦前").t("、")
        w.t(r.choice(["農家の", "養蚕農家の", "漁師の家の", "大工の", "呉服商の", "炭焼きの"]))
        w.t(f"{order}として出生（{kan(n_sib)}人{r.choice(['兄弟', 'きょうだい', '同胞'])}）。")
        w.p(sch, "FACILITY", "尋常小学校").t("を卒業後、数えで").a(r.randint(13, 16), "kb", "十代前半").t("の春より")
        w.p(wk, "FACILITY", "地元の工場").t(r.choice(["に奉公に出る。", "に勤める。", "へ住み込みで働く。"]))
        if c.sex == "M" and b.year <= 1927:
            w.d(_dt.date(1944, r.randint(1, 12), 1), "eky", "戦時中").t(r.choice(["応召、", "召集され"]))
            w.t(r.choice(["北支", "南方", "旧満州", "樺太"])).t("にて終戦を迎え、")
            w.d(_dt.date(r.choice([1946, 1947]), r.randint(1, 12), 1), "eky", "戦後").t("に復員。")
        w.t("\n").d(c.marriage, r.choice(["ekm", "eky"]), "その後").t(r.choice(["、見合いにて", "、", "、同郷の"]))
        w.t(sp.role + "・").n(sp.pn, r.choice(["giv", "ks", "k"]), "配偶者").t("（").d(sp.birth, "eky", "同年代").t(
            "生）"
        )
        ns_, nd_ = sum(1 for k in kids if k.pn.sex == "M"), sum(1 for k in kids if k.pn.sex == "F")
        w.t("と結婚。" + (f"{kan(ns_)}男" if ns_ else "") + (f"{kan(nd_)}女" if nd_ else "") + "をもうける。")
        w.d(move, r.choice(["eky", "ekm"]), "その後").t("、").p(c.home.city + c.home.town, "ADDRESS", "現住地")
        w.t(
            r.choice(
                [
                    "へ転居し、以後同地で農業を営む。",
                    "に移り住み、夫婦で小さな商店を営んだ。",
                    "に家を建て、定年まで勤め上げた。",
                ]
            )
        )
        if not sp.alive and sp.death:
            w.d(sp.death, r.choice(["eky", "ekm", "ea"]), "数年前").t(
                f"、{sp.role}が{r.choice(['胃癌', '脳出血', '心筋梗塞', '肺炎', '老衰'])}にて他界（享年"
            )
            w.a(age_at(sp.birth, sp.death) + 1, "kb", "高齢").t("）。以後")
            w.t(r.choice(["独居。", f"{kp.role}夫婦と同居。", "独り暮らしを続けていた。"]))
        w.t("\n").d(onset, r.choice(["eky", "eay", "eam"]), "数年前").t("頃より物忘れ・置き忘れが目立ち、")
        w.p(c.hosp, "FACILITY", "近医").t(" ").p(c.dept, "DEPARTMENT", "当科").t(f"にて{dx_}と診断された。")
        op = r.choice(["（数えで", "（かぞえ年で", "、かぞえで"])
        w.t("現在").a(c.age, r.choice(["k", "a"]), "高齢").t(op).a(c.age + 1, "kb", "高齢")
        cl = "）" if op.startswith("（") else ""
        w.t(cl + r.choice(["。", "。昨年は家族で祝いの席を設けた。", "、長寿の祝いを受けたことを嬉しそうに話される。"]))
        w.t("\nキーパーソン：" + kp.role + " ").n(kp.pn, r.choice(["ks", "k", "kz"]), kp.role).t(
            r.choice(["様", "氏", ""])
        )
        w.t("（").p(kp.city, "ADDRESS", "市外").t("在住、TEL ").p(kp.phone, "PHONE_NUMBER", "別紙").t("）\n")
        w.t(
            r.choice(
                [
                    "性格：几帳面で世話好き。信心深く毎朝仏壇に手を合わせる。",
                    "性格：頑固だが面倒見が良い。",
                    "趣味：民謡、畑仕事、孫の世話。",
                    "嗜好：喫煙なし、晩酌は日本酒一合（現在はなし）。",
                ]
            )
            + "\n"
        )
        w.t(r.choice(_LIFE_NOW).replace("長男", c.kp.role) + "\n")
        clin(w, r, r.randint(1, 2))
    elif tpl == 1:
        w.t(r.choice(["生活歴（", "生活歴・職歴（", "◆生育歴（"])).t(kp.role + " ").n(
            kp.pn, r.choice(["ks", "k", "fam"]), kp.role
        )
        w.t("様より聴取 ").d(c.today, r.choice(["eab", "md", "ea", "ws"]), "本日").t("）\n")
        w.d(b, r.choice(["eam", "eabm", "ekm"]), "戦前").t(r.choice(["　", "  ", "\t"])).p(c.bplace, "ADDRESS", "県内")
        w.t(f"にて出生（{n_sib}人兄弟の第{r.randint(1, n_sib)}子）\n")
        grad = _dt.date(b.year + r.randint(12, 14), 3, 25)
        w.d(grad, r.choice(["eay", "eaby", "eky"]), "十代").t(r.choice(["　　 ", "  ", "\t"])).p(
            sch, "FACILITY", "小学校"
        ).t(" 卒\n")
        w.d(_dt.date(grad.year + 1, 4, 1), r.choice(["eay", "eky"]), "その後").t(r.choice(["　　 ", "  "]))
        w.p(wk, "FACILITY", "工場").t(r.choice([" 勤務", " に就職（住込み）", " 女工として勤務", " 見習い"])).t("\n")
        if c.sex == "M" and b.year <= 1926:
            w.d(_dt.date(1944, 6, 1), r.choice(["eay", "eky"]), "戦時中").t("  応召 → ")
            w.d(_dt.date(1946, r.randint(1, 12), 1), r.choice(["eam", "eay"]), "戦後").t(" 復員\n")
        w.d(c.marriage, r.choice(["eam", "eabm", "ekm"]), "その後").t("  ").n(sp.pn, r.choice(["ks", "k"]), "配偶者")
        w.t(r.choice([" と結婚", "と結婚（見合い）", " と結婚、婚家にて農業"])).t("\n")
        for k in kids[:3]:
            w.d(k.birth, r.choice(["eay", "eaby"]), "その後").t(f"  {k.role} ").n(k.pn, "giv", k.role).t(" 誕生\n")
        w.d(move, r.choice(["eay", "eam"]), "その後").t("  ").p(c.home.city + c.home.town, "ADDRESS", "現住地")
        w.t(r.choice([" へ転居", "に移る（持ち家）", " に転居、パート勤務"])).t("\n")
        if not sp.alive and sp.death:
            w.d(sp.death, r.choice(["eay", "eam", "eab"]), "数年前").t(
                f"  {sp.role} 死去（{r.choice(['肺癌', '脳梗塞', '老衰'])}）\n"
            )
        ev = _dt.date(c.today.year - r.randint(1, 6), r.randint(1, 12), r.randint(1, 28))
        w.d(ev, r.choice(["eab", "eam", "ea"]), "数年前").t(
            f"  {r.choice(['自宅で転倒', '発熱・食思不振', '徘徊で保護'])}、"
        )
        w.p(c.hosp, "FACILITY", "近医").t(r.choice([" 入院", "に救急搬送", " 受診"])).t("\n")
        if r.random() < 0.6:
            w.d(days(ev, r.randint(60, 300)), r.choice(["eabm", "eam"]), "その後").t("  ")
            w.p(care_home(r), "FACILITY", "施設").t(r.choice([" 入所", " ショートステイ利用開始", " 申込"])).t("\n")
        w.t(r.choice(_LIFE_NOW).replace("長男", c.kp.role) + "\n")
        clin(w, r, 2)
        w.t(
            r.choice(["※本人は「", "本人談：「"])
            + r.choice(["苦労ばかりの人生だった", "子どもらには恵まれた", "戦争中は食べる物がなくて"])
            + "」と繰り返し話す。\n"
        )
    else:
        w.t(r.choice(["＜生活歴・社会歴＞\n", "【生活背景】\n", "■社会歴\n"]))
        w.t("氏名：").n(pt, c.nf()).t(r.choice(["　", " "])).t("（").a(c.age, r.choice(["a", "sai"]))
        w.t("、").d(b, r.choice(["ek", "ea", "eab"]), "生年月日不詳").t("生）\n")
        if pt.alias and r.random() < 0.8:
            w.t("通称名 ").p(pt.alias[0] + pt.alias[1], "PERSON", "通称名あり").t("（在日二世、").p(
                "大阪市生野区", "ADDRESS", "関西"
            ).t("で出生）\n")
        w.t("出生地：").p(c.bplace, "ADDRESS", "県内").t(r.choice(["（旧村名）", "", "（現在は合併）"])).t("\n")
        w.t("学歴：").p(sch, "FACILITY", "尋常小学校").t("卒\n")
        w.t("職歴：").p(wk, "FACILITY", "地元の会社").t(r.choice(["に約", "で"])).t(
            f"{kan(r.randint(5, 40))}年間勤務。その後は家業。\n"
        )
        w.t("婚姻：").d(c.marriage, r.choice(["ekm", "eky", "eam"]), "若い頃").t("結婚、")
        w.t(sp.role).t(f"は{'健在' if sp.alive else '他界'}")
        if not sp.alive and sp.death:
            w.t("（").d(sp.death, r.choice(["eky", "eay"]), "数年前").t("）")
        w.t("\n住居：").p(c.home.full, "ADDRESS", "自宅").t(
            r.choice(
                ["（持ち家二階建て、玄関に段差あり）", "（平屋、汲み取り便所→H20改修）", "（団地4階、EVなし）", ""]
            )
        ).t("\n")
        c.k_addrs.append(c.home.full)
        w.t("嗜好：喫煙 20本/日×40年（").d(_dt.date(r.randint(1985, 2005), 1, 1), r.choice(["eky", "eay"]), "以前").t(
            "に禁煙）、飲酒 機会飲酒\n"
        )
        w.t("宗教：" + r.choice(["浄土真宗", "曹洞宗", "特になし", "日蓮宗"]) + "\n")
        w.t("趣味・楽しみ：" + r.choice(["民謡、編み物", "盆栽、相撲観戦", "畑仕事、ラジオ体操", "花札、演歌"]) + "\n")
        w.t(r.choice(_LIFE_NOW).replace("長男", c.kp.role) + "\n")
        clin(w, r, r.randint(1, 2))
        w.t("備考：数え年で").a(r.choice([x for x in (77, 80, 88, 90, 99) if x <= c.age + 1]), "kb", "高齢").t(
            r.choice(["の祝いの時の写真を大事にしている。", "の祝いに親戚が集まったとのこと。"])
        )
        w.t("\n主たる介護者：" + kp.role + " ").n(kp.pn, r.choice(["ks", "k"]), kp.role)
        w.t("（").a(age_at(kp.birth, c.today), r.choice(["a", "bare"]), "中年").t("）\n")


# ---------------------------------------------------------------------------------------------------------------
# style 1: visiting nurse
# ---------------------------------------------------------------------------------------------------------------


def st_homenurse(w: W, r: random.Random, c: Ctx) -> None:
    pt, kp = c.pt, c.kp
    st = c.station
    tel = landline(r, c.home.ac)
    fax = tel[:-2] + f"{r.randint(0, 99):02d}"
    uid = f"{r.randint(100, 9999)}"
    d0 = c.today
    dx_, med = dx(r)
    tpl = r.randrange(3)
    if tpl == 0:
        w.t(r.choice(["訪問看護記録書Ⅱ\n", "訪問看護記録\n", "【訪問看護 経過記録】\n"]))
        w.p(st, "FACILITY", "当ステーション").t(r.choice(["　TEL ", " TEL:", " ℡"])).p(tel, "PHONE_NUMBER", "代表")
        w.t(r.choice([" / FAX ", "　FAX:"])).p(fax, "PHONE_NUMBER", "代表").t("\n")
        w.t("利用者氏名：").n(pt, c.nf()).t(" 様　（").a(c.age).t("・" + sex_j(c, r) + "）　利用者No. ").p(
            uid, "ID", "別紙"
        ).t("\n")
        c.k_ids.append(uid)
        h = r.randint(9, 15)
        w.t("訪問日時：").dw(d0, r.choice(["eab", "ws1", "ea", "md"]), "本日", (h, r.choice([0, 5, 10, 30, 45])))
        w.t(f"～{h + 1}:{r.choice(['00', '10', '15', '30'])}　訪問者：").n(
            c.nurse, r.choice(["ks", "k", "fam"]), "担当看護師"
        ).t(r.choice([" Ns", "（看護師）", ""]))
        w.t("\n主治医：").p(c.clinic, "FACILITY", "かかりつけ医").t(" ").n(
            c.doctor, r.choice(["ks", "k", "fam"]), "主治医"
        ).t(r.choice(["先生", " Dr", " 医師"]))
        w.t("　担当CM：").p(c.cmo, "FACILITY", "居宅介護支援事業所").t(" ").n(
            c.cm, r.choice(["ks", "fam", "k"]), "ケアマネジャー"
        ).t(r.choice(["氏", "さん", " CM"])).t("\n")
        w.t(f"主病名：{dx_}\n【バイタル】{vitals(r)}\n")
        w.t(
            "【S】"
            + r.choice(
                [
                    "「夜中に何度もトイレに起きる」",
                    "「足がむくんで靴が入らん」",
                    "「最近ご飯がおいしくない」",
                    "「痛いところはないよ」",
                ]
            )
            + "\n"
        )
        w.t(
            "【O】"
            + r.choice(
                [
                    "仙骨部 発赤 2×3cm、消退せず。",
                    "下腿浮腫 2+、体重 前回比 +1.2kg。",
                    "口腔内乾燥あり、舌苔多い。",
                    "排便 3日なし、腹部膨満軽度。",
                ]
            )
            + f"内服：{med}、残薬 {r.randint(0, 9)}錠。\n"
        )
        if r.random() < 0.6:
            w.t(c_skin(r))
        w.t(c_care(r) if r.random() < 0.5 else c_adl(r))
        w.t(
            "【A/P】"
            + r.choice(
                [
                    "褥瘡リスク高、エアマット導入をCMへ提案。",
                    "心不全増悪徴候、主治医へ報告し指示を仰ぐ。",
                    "脱水傾向。飲水量の記録を依頼。",
                ]
            )
            + "\n"
        )
        w.t("【家族への指導】" + kp.role + " ").n(kp.pn, r.choice(["ks", "giv", "fam"]), kp.role).t(
            r.choice(["さんへ", "様に", "氏へ"])
        )
        w.t(
            r.choice(
                [
                    "夜間のおむつ交換と体位変換（2時間毎）を説明。",
                    "飲水 1日1000ml 目標、記録表を渡す。",
                    "屯用薬の使い方を再指導、理解良好。",
                    "転倒予防のため夜間はセンサーマットの電源を入れるよう依頼。",
                ]
            )
        )
        w.t("\n【連絡】").dw(d0, "md", "同日", (h + 2, r.randint(0, 59))).t(" CM ").n(c.cm, "fam", "ケアマネジャー").t(
            "氏へTELにて報告済。"
        )
        w.t("次回訪問 ").dw(days(d0, 7), r.choice(["md", "mdk"]), "次週").t(" 予定。\n")
    elif tpl == 1:
        w.t("＜訪問記録＞ ").n(pt, r.choice(["fam", "k", "ks"])).t(r.choice(["様", "さん", " 様"])).t(" ").p(
            st, "FACILITY", "当事業所"
        ).t("\n")
        d = days(d0, -14)
        for _ in range(r.randint(3, 4)):
            w.dw(d, r.choice(["md", "md", "eab"]), "某日").t(" ").n(
                c.nurse if r.random() < 0.6 else make_modern(r, c.fk, "F"), r.choice(["fam", "k"]), "担当"
            ).t("\n")
            w.t("  " + vitals(r) + "。")
            w.t(
                r.choice(
                    [
                        "デイ利用後で疲労感あり。入浴介助、陰部洗浄実施。",
                        "摘便にて中等量排出。腹部スッキリしたとのこと。",
                        "褥瘡処置：洗浄後 プロスタンディン軟膏、フィルム貼付。",
                        "独語多い。服薬カレンダー確認、昼の分飲み忘れあり。",
                        "嚥下機能やや低下。食形態を刻み→ミキサーへ変更を提案。",
                    ]
                )
            )
            if r.random() < 0.55:
                rel = r.choice(c.kids)
                w.t(rel.role + "の").n(rel.pn, r.choice(["giv", "fam", "ks"]), rel.role).t(r.choice(["さん", "様"]))
                w.t(
                    r.choice(
                        ["より「夜は寝てくれない」と相談あり。", "へ介護負担について傾聴。", "来訪中、経過を説明。"]
                    )
                )
            w.t("\n")
            d = days(d, r.randint(3, 5))
        w.t(c_meds(r) if r.random() < 0.5 else c_care(r))
        if r.random() < 0.5:
            em = f"{kp.pn.fr.lower()}{r.choice(['', '.', '_'])}{kp.pn.gr.lower()[:4]}{r.randint(10, 99)}"
            em += "@" + r.choice(_EMAIL_DOM)
            w.t(kp.role + "はメール連絡希望（").p(em.replace(" ", ""), "EMAIL_ADDRESS", "別紙").t("）。\n")
        w.t("緊急時連絡先：" + kp.role + " ").p(kp.phone, "PHONE_NUMBER", "家族携帯").t(" ／ 主治医 ")
        w.p(c.clinic, "FACILITY", "かかりつけ医").t(" ").p(landline(r, c.home.ac), "PHONE_NUMBER", "代表").t("\n")
    else:
        w.t("訪問看護報告書\n").p(c.clinic, "FACILITY", "主治医の医療機関").t("\n").n(
            c.doctor, r.choice(["ks", "kz"]), "主治医"
        ).t(" 先生\n")
        w.d(d0, r.choice(["ea", "w"]), "作成日").t("\n利用者氏名 ").n(pt, r.choice(["ks", "kz", "k"])).t(
            " 様　生年月日 "
        )
        w.d(c.birth, r.choice(["ea", "eas", "ek"]), "（略）").t("（").a(c.age, "a").t("）")
        w.t("　" + r.choice(["要介護", "要支援"]) + str(r.randint(1, 5)) + "\n住所 ").p(
            c.home.full, "ADDRESS", "自宅"
        ).t("\n")
        c.k_addrs.append(c.home.full)
        mo = d0.replace(day=1)
        mo = days(mo, -1).replace(day=1)
        w.t(f"訪問日（{mo.month}月分）：")
        for k in range(r.randint(3, 5)):
            dd = days(mo, 2 + 7 * k + r.randint(0, 2))
            w.d(dd, "md", "定期訪問日").t(r.choice([", ", "、", " "]))
        w.t("\n緊急訪問：").dw(days(mo, r.randint(10, 25)), "md", "月内", (r.randint(18, 23), r.randint(0, 59)))
        w.t(r.choice(["（発熱38.4℃、家族より連絡）", "（転倒、頭部打撲なし）", "（カテーテル閉塞）"])).t("\n")
        w.t(
            "病状の経過："
            + dx_
            + r.choice(
                [
                    "。体重減少続き、食事摂取量 5割程度。",
                    "。浮腫は軽減、夜間呼吸苦なし。",
                    "。BPSD（夕方の帰宅願望）あるも家族対応で落ち着く。",
                ]
            )
            + "\n"
        )
        w.t("看護の内容：全身状態の観察、服薬管理、排便コントロール、家族への介護指導。\n")
        clin(w, r, 2)
        w.t("家族等との調整：" + kp.role + " ").n(kp.pn, r.choice(["ks", "k"]), kp.role).t(r.choice(["様", "氏"]))
        w.t(
            r.choice(
                [
                    "と今後の療養場所について話し合い。",
                    "のレスパイト目的でショートステイ調整をCMへ依頼。",
                    "より看取りの意向あり。",
                ]
            )
        ).t("\n")
        w.t("事業所名 ").p(st, "FACILITY", "当事業所").t("\n所在地 〒").p(postal(r, c.home.postal[:3]), "POSTAL_CODE")
        w.t(" ").p(make_addr(r, c.place).full, "ADDRESS", "（略）").t("\n")
        if r.random() < 0.5:
            w.t("Mail ").p(fac_mail(r), "EMAIL_ADDRESS").t("　HP ").p(fac_url(r), "URL").t("\n")
        w.t("管理者 ").n(make_modern(r, c.fk, "F"), r.choice(["ks", "kz"]), "管理者")
        w.t("　TEL ").p(tel, "PHONE_NUMBER", "代表").t("\n")


# ---------------------------------------------------------------------------------------------------------------
# style 2: kaigo forms
# ---------------------------------------------------------------------------------------------------------------


def st_kaigo(w: W, r: random.Random, c: Ctx) -> None:
    pt, kp = c.pt, c.kp
    hno = f"{r.randint(0, 9999999999):010d}"
    ins = f"{r.randint(10000, 479999):06d}"
    dx1, med = dx(r)
    dx2, _ = dx(r)
    tpl = r.randrange(3)
    if tpl == 0:
        w.t("主治医意見書\t\t記入日 ").d(c.today, r.choice(["ea", "eas", "num"]), "記入日").t("\n")
        w.t("申請者　（ふりがな）").p(f"{kata2hira(pt.fk)}　{kata2hira(pt.gk)}", "PERSON", "ほんにん").t("\n")
        w.t("　　　　").n(pt, r.choice(["kz", "ks"])).t("　　" + ("男・㊛" if c.sex == "F" else "㊚・女") + "\n")
        n, _, y = era(c.birth)
        if r.random() < 0.5:
            w.t("□明 " + ("■大 □昭" if n == "大正" else "□大 ■昭") + "　").p(
                f"{y}年 {c.birth.month}月 {c.birth.day}日", "DATE", "（略）"
            )
        else:
            w.d(c.birth, r.choice(["ea", "eas"]), "（略）")
        w.t("生（").a(c.age, "a").t("）\n住所 〒").p(c.home.postal, "POSTAL_CODE").t(" ").p(
            c.home.full, "ADDRESS", "（略）"
        )
        w.t("\n連絡先 ").p(c.phone, "PHONE_NUMBER", "（略）").t("\n")
        c.k_addrs.append(c.home.full)
        c.k_phones.append(c.phone)
        w.t("被保険者番号 ").p(hno, "INSURANCE_NUMBER").t("　保険者番号 ").p(ins, "INSURANCE_NUMBER").t("\n")
        w.t(
            "上記の申請者に関する意見は以下の通りです。\n"
            "主治医として、本意見書が介護サービス計画作成等に利用されることに ■同意する\n"
        )
        w.t("医師氏名 ").n(c.doctor, r.choice(["kz", "ks"]), "主治医").t("\n医療機関名 ").p(c.hosp, "FACILITY").t("\n")
        w.t("医療機関所在地 ").p(make_addr(r, c.place).full, "ADDRESS", "（略）").t("\n電話 ")
        w.p(landline(r, c.home.ac), "PHONE_NUMBER").t(r.choice(["　FAX ", " ／FAX "])).p(
            landline(r, c.home.ac), "PHONE_NUMBER"
        ).t("\n")
        w.t("(1) 最終診察日 ").d(days(c.today, -r.randint(1, 20)), r.choice(["ea", "eas"]), "最近").t("\n")
        w.t("(2) 意見書作成回数 □初回 ■2回目以上\n(3) 他科受診の有無 ■有 （■").p(r.choice(_DEPTS), "DEPARTMENT", "他科")
        w.t(" ■眼科）\n1. 傷病に関する意見\n(1) 診断名 1. " + dx1 + "　発症年月日（").d(
            days(c.today, -r.randint(700, 4000)), r.choice(["eam", "eay"]), "数年前"
        ).t("頃）\n")
        w.t("　　　　　 2. " + dx2 + "　発症年月日（").d(
            days(c.today, -r.randint(3000, 9000)), r.choice(["eam", "eay"]), "以前"
        ).t("頃）\n")
        w.t("(2) 症状としての安定性 □安定 ■不安定　（夜間せん妄、転倒を繰り返している）\n")
        w.t(f"(3) 経過及び治療内容：{med}。長谷川式 {r.randint(5, 22)}/30。独居困難と考える。\n")
        w.t(
            "2. 特別な医療 ■褥瘡の処置 □カテーテル\n3. 心身の状態 障害高齢者の日常生活自立度 "
            + r.choice(["A2", "B1", "B2", "C1"])
            + " 認知症高齢者の日常生活自立度 "
            + r.choice(["Ⅱb", "Ⅲa", "Ⅲb", "Ⅳ"])
            + "\n"
        )
        w.t(
            "4. 生活機能とサービスに関する意見\n"
            "(1) 移動 屋外歩行 □自立 ■介助があればしている　車いすの使用 ■主に他人が操作\n"
        )
        w.t("(2) 栄養・食生活 食事行為 ■全面介助 現在の栄養状態 □良好 ■不良\n")
        w.t("(3) 現在あるかまたは今後発生の可能性の高い状態 ■転倒・骨折 ■嚥下性肺炎 ■脱水\n")
        w.t(
            "5. 特記すべき事項："
            + r.choice(
                [
                    "夜間せん妄あり、家族の介護負担大。ショートステイの積極的利用が望ましい。",
                    "独居であり服薬管理困難。訪問看護による服薬確認を要する。",
                    "嚥下機能低下著明。食形態の調整と口腔ケアが必要。",
                ]
            )
            + "\n"
        )
    elif tpl == 1:
        w.t(r.choice(["介護保険 要介護認定・要支援認定申請書\n", "要介護認定 区分変更申請書\n"]))
        w.t("（宛先）" + r.choice(["市長", "町長", "区長"]) + "\n申請年月日 ").d(
            c.today, r.choice(["ea", "eas", "w"]), "申請日"
        ).t("\n")
        w.t("被保険者番号 ").p(hno, "INSURANCE_NUMBER").t("\n個人番号 ").p(my_number(r), "MY_NUMBER").t("\n")
        w.t("フリガナ ").n(pt, "kata").t("\n氏名 ").n(pt, r.choice(["ks", "kz", "k"]))
        if pt.alias:
            w.t("（通称名 ").p(f"{pt.alias[0]} {pt.alias[1]}", "PERSON", "通称名あり").t("）")
        w.t("\n")
        w.t("生年月日 ").d(c.birth, r.choice(["ea", "eas", "ek"]), "（略）").t("　性別 " + sex_j(c, r) + "\n")
        w.t("住所 〒").p(c.home.postal, "POSTAL_CODE").t("\n　　 ").p(c.home.full, "ADDRESS", "（略）").t(
            "\n電話番号 "
        ).p(c.phone, "PHONE_NUMBER").t("\n")
        c.k_addrs.append(c.home.full)
        c.k_phones.append(c.phone)
        w.t("前回の認定結果 要介護" + str(r.randint(1, 4)) + "　有効期間 ")
        s0 = _dt.date(c.today.year - 1, r.randint(1, 12), 1)
        w.d(s0, r.choice(["ea", "eab"]), "前回").t(" ～ ").d(days(s0, 364), r.choice(["ea", "eab"]), "今回まで").t("\n")
        w.t("過去6か月の入院 ■あり（").p(c.hosp, "FACILITY", "近医").t("、").d(
            days(c.today, -r.randint(30, 170)), r.choice(["eab", "ea"]), "先月"
        )
        w.t(r.choice(["～退院", "入院"])).t("）\n")
        w.t("主治医 医療機関名 ").p(c.clinic, "FACILITY", "かかりつけ医").t("　医師氏名 ").n(
            c.doctor, r.choice(["ks", "k"]), "主治医"
        ).t("\n")
        w.t(
            "現在の状況："
            + r.choice(
                [
                    "退院に向けて在宅サービス導入を検討中。",
                    "認知症状の進行により介護量増加。",
                    "転倒を繰り返し、屋内でも見守りが必要となった。",
                ]
            )
            + "\n"
        )
        w.t(c_adl(r))
        w.t("提出代行者 ■居宅介護支援事業者　名称 ").p(c.cmo, "FACILITY", "居宅介護支援事業所").t("\n")
        w.t("申請者が本人でない場合 氏名 ").n(kp.pn, r.choice(["ks", "k"]), kp.role).t(
            "　本人との関係 " + kp.role + "\n住所 "
        )
        w.p(kp.city, "ADDRESS", "市外").t(r.choice(["（同上）" if kp.city == c.home.city else "", ""])).t("　電話 ").p(
            kp.phone, "PHONE_NUMBER"
        ).t("\n")
    else:
        w.t("認定調査票（特記事項）\n調査実施日 ").d(c.today, r.choice(["ea", "eab", "eas"]), "調査日").t(" ")
        w.t(f"{r.randint(9, 15)}:{r.choice(['00', '30'])}～\n調査場所 ■自宅内 □自宅外（")
        w.t("）　所在地 ").p(c.home.full, "ADDRESS", "自宅").t("\n")
        c.k_addrs.append(c.home.full)
        w.t("調査員 ").n(make_modern(r, c.fk), r.choice(["ks", "k"]), "調査員").t("（").p(
            c.cmo, "FACILITY", "委託先"
        ).t("）\n")
        w.t("対象者 ").n(pt, c.nf()).t("　被保険者番号 ").p(hno, "INSURANCE_NUMBER").t("\n")
        w.t("立会者 " + kp.role + " ").n(kp.pn, r.choice(["ks", "k", "giv"]), kp.role).t(r.choice(["", "様", "氏"]))
        w.t(r.choice(["（遠方より来訪）", "（同居）", ""])).t("\n")
        w.t("1-1 麻痺：左上下肢に軽度麻痺あり（").d(
            days(c.today, -r.randint(500, 3000)), r.choice(["eay", "eab"]), "以前"
        ).t("脳梗塞）。\n")
        w.t(
            "1-12 視力：新聞の見出しは読める。\n2-1 移乗：見守り。"
            + kp.role
            + "によると「夜間は手すりにつかまって何とか」とのこと。\n"
        )
        w.t("3-4 短期記憶：調査員の名前を5分後には覚えていない。生年月日は")
        op, cl = r.choice([("正答（", "）。"), ("「", "」と正しく回答。")])
        w.t(op).d(c.birth, r.choice(["ek", "ea"]), "生年月日").t(cl).t("年齢は")
        w.a(c.age - r.randint(3, 15), r.choice(["a", "k"]), "違う年齢").t(
            r.choice(["と回答（誤答）。\n", "と言い、実年齢と合わない。\n"])
        )
        w.t("4-12 ひどい物忘れ：鍋を焦がすことが週2回ほど。\n5-3 日常の意思決定：特別な場合を除いてできる。\n")
        w.t(
            "5-5 買い物："
            + r.choice(
                ["生協の個配を利用。注文用紙は家族が記入。", "近所のスーパーへ手押し車で行くが、同じ物を何度も買う。"]
            )
            + "\n"
        )
        w.t(
            "6 特別な医療："
            + r.choice(["該当なし。", "褥瘡の処置（訪問看護）。", "インスリン注射を家族が実施。"])
            + "\n"
        )
        w.t("その他：" + kp.role + "は" + r.choice(["週末のみ来訪", "同居だが就労中で日中独居"]) + "。連絡先 ").p(
            kp.phone, "PHONE_NUMBER", "家族"
        ).t("\n")


# ---------------------------------------------------------------------------------------------------------------
# style 3: death certificate-like summaries
# ---------------------------------------------------------------------------------------------------------------


def st_death(w: W, r: random.Random, c: Ctx) -> None:
    pt, kp = c.pt, c.kp
    dd = c.today
    h, mi = r.randint(0, 23), r.randint(0, 59)
    cause = r.choice(["誤嚥性肺炎", "老衰", "うっ血性心不全", "腎不全", "急性心筋梗塞", "胃癌", "敗血症"])
    cause2 = r.choice(["脳梗塞後遺症", "アルツハイマー型認知症", "慢性心不全", "パーキンソン病", "多発性骨転移"])
    tpl = r.randrange(3)
    place_fac = c.hosp if r.random() < 0.6 else care_home(r)
    if tpl == 0:
        w.t(r.choice(["死亡診断書（死体検案書）記載内容 控え\n", "【死亡診断書 写し】\n"]))
        w.t("氏名　").n(pt, r.choice(["kz", "ks", "k"])).t("　　" + ("1男 ②女" if c.sex == "F" else "①男 2女") + "\n")
        w.t("生年月日　").d(c.birth, r.choice(["ea", "eas", "ek", "num"]), "（略）").t("\n")
        w.t("死亡したとき　").p(
            fd(dd, r.choice(["ea", "eas", "num"]))
            + r.choice(["　", " "])
            + f"{'午前' if h < 12 else '午後'}{h if h <= 12 else h - 12}時{mi}分",
            "DATE",
            "（略）",
        ).t("\n")
        kind = "1病院" if "病院" in place_fac or "医院" in place_fac or "クリニック" in place_fac else "4老人ホーム"
        w.t(f"死亡したところの種別　{kind}\n死亡したところ　").p(make_addr(r, c.place).full, "ADDRESS", "（略）").t(
            "\n"
        )
        w.t("死亡したところの施設の名称　").p(place_fac, "FACILITY", "施設").t("\n")
        w.t(f"死亡の原因\n（ア）直接死因　{cause}　発病から死亡までの期間　約{r.randint(2, 20)}日\n")
        w.t(
            f"（イ）（ア）の原因　{cause2}　約{r.randint(2, 12)}年\n"
            f"Ⅱ 直接には死因に関係しないが影響を及ぼした傷病名等　{dx(r)[0]}\n"
        )
        w.t("手術　1無　　解剖　1無\n死因の種類　1病死及び自然死\n")
        w.t(
            "（控え備考："
            + r.choice(
                ["家族へ説明済み。死亡届は長男が提出予定。", "葬儀社へ原本を手渡し。", "在宅酸素業者へ回収依頼済み。"]
            )
            + "）\n"
        )
        w.t("住所　〒").p(c.home.postal, "POSTAL_CODE").t(" ").p(c.home.full, "ADDRESS", "（略）").t("\n")
        c.k_addrs.append(c.home.full)
        if r.random() < 0.5:
            w.t("本籍　").p(c.bplace + r.choice(["", f"{r.randint(1, 999)}番地"]), "ADDRESS", "（略）").t("\n")
        w.t("上記のとおり診断する　診断年月日 ").d(dd, r.choice(["ea", "num"]), "同日").t("\n本診断書発行年月日 ").d(
            days(dd, r.randint(0, 1)), r.choice(["ea", "num"]), "同日"
        )
        w.t("\n病院、診療所若しくは介護老人保健施設等の名称及び所在地 ").p(c.hosp, "FACILITY", "当院").t("　").p(
            make_addr(r, c.place).full, "ADDRESS", "（略）"
        )
        w.t("\n（氏名）医師　").n(c.doctor, r.choice(["kz", "ks"]), "担当医").t("\n")
    elif tpl == 1:
        w.t(r.choice(["退院時要約（死亡退院）\n", "【死亡退院サマリー】\n"]))
        w.t("患者ID ").p(c.pid, "ID").t("　").n(pt, c.nf()).t(" 様　").a(c.age).t(" " + sex_j(c, r) + "\n")
        c.k_ids.append(c.pid)
        adm = days(dd, -r.randint(4, 40))
        w.t("入院日 ").d(adm, r.choice(["ws", "eab", "ea"]), "入院日").t("　死亡日 ").d(
            dd, r.choice(["ws", "eab", "ea"]), "死亡日"
        ).t("\n")
        w.t("病棟 ").p(ward(r), "FACILITY", "病棟").t(" ").p(room(r), "FACILITY", "個室").t("　担当医 ").n(
            c.doctor, r.choice(["fam", "ks"]), "担当医"
        ).t(r.choice(["", " Dr"])).t("\n")
        w.t(f"【経過】{cause2}で").p(care_home(r), "FACILITY", "施設").t("入所中。")
        w.d(adm, r.choice(["md", "mdk"]), "入院当日").t(
            f"、発熱・SpO2低下にて当院救急搬送。{cause}の診断で入院、抗菌薬（SBT/ABPC）開始。"
        )
        w.t("入院後も経口摂取困難、末梢点滴で対応。\n")
        w.t(c_labs(r))
        w.t(c_pmh(r))
        w.d(days(dd, -r.randint(2, 6)), r.choice(["md", "mdk"]), "数日前").t("、" + kp.role + " ").n(
            kp.pn, r.choice(["ks", "k"]), kp.role
        )
        w.t(r.choice(["様", "氏"]) + "と面談し、DNAR確認。\n")
        w.dw(dd, r.choice(["md", "mdk", "eab"]), "同日", (h, mi)).t(r.choice([" 呼吸停止、", "、下顎呼吸ののち"]))
        w.t(f"{(h + (mi + 20) // 60) % 24}:{(mi + 20) % 60:02d} 死亡確認。")
        w.t(r.choice(["ご家族（", "家族（"]))
        hon = r.choice(["様", "さん", ""])
        for i, k in enumerate([k for k in c.kids[:3] if k.alive]):
            w.t(("、" if i else "") + k.role + " ").n(k.pn, r.choice(["ks", "giv", "k"]), k.role).t(hon)
        w.t("）立会い。享年").a(c.age + 1, "bare", "高齢").t(r.choice(["。", "。エンゼルケア施行。"])).t("\n")
        w.t("死亡診断書は").n(c.doctor, r.choice(["fam", "ks"]), "担当医").t("医師が作成、葬儀社へお渡し。\n")
    else:
        w.t(r.choice(["在宅看取り報告\n", "【訪問診療】看取り報告書\n"]))
        w.t("宛先：").p(c.station, "FACILITY", "訪問看護ステーション").t(" 御中／").p(
            c.cmo, "FACILITY", "居宅介護支援事業所"
        )
        w.t(" ").n(c.cm, r.choice(["ks", "fam"]), "ケアマネジャー").t(" 様\n")
        w.t("患者：").n(pt, c.nf()).t(r.choice(["様", " 様"])).t("（").d(
            c.birth, r.choice(["eab", "ea", "eky"]), "生年"
        ).t("生、").a(c.age, r.choice(["a", "sai"])).t("）\n")
        w.t("住所：").p(c.home.full, "ADDRESS", "自宅").t("\n")
        c.k_addrs.append(c.home.full)
        w.t("死亡日時：").p(fd(dd, r.choice(["eab", "ea", "ws"])) + " " + tm(h, mi, r), "DATE", "（略）").t(
            "（家族からの連絡時刻）\n"
        )
        w.t("死亡場所：自宅（").p(c.home.city + c.home.town, "ADDRESS", "自宅").t("）\n")
        w.t(f"死因：{cause}（{cause2}）\n")
        w.t(
            r.choice(["最終訪問時（3日前）：", "前回訪問時："])
            + vitals(r)
            + "。"
            + r.choice(["経口摂取は水分のみ数口。", "傾眠傾向、呼びかけに開眼。", "下顎呼吸なし、尿量減少。"])
            + "\n"
        )
        w.t("経過：")
        w.t(kp.role + "の").n(kp.pn, r.choice(["giv", "ks", "fam"]), kp.role).t(r.choice(["さん", "様"]))
        w.t("より" + r.choice(["「息をしていないようだ」と", "呼吸が止まったと"]) + "TEL（").p(
            kp.phone, "PHONE_NUMBER", "家族携帯"
        ).t("）。")
        w.t("訪問看護 ").n(c.nurse, r.choice(["fam", "ks"]), "看護師").t("Nsが先行訪問し、その後").n(
            c.doctor, r.choice(["fam", "ks"]), "往診医"
        ).t("Drが到着、死亡確認。")
        w.t(
            "ご家族は落ち着いておられ、"
            + r.choice(["長年の介護をねぎらった。", "希望通り自宅で最期を迎えられた。"])
            + "\n"
        )
        w.t(
            "使用中だった医療機器："
            + r.choice(
                ["在宅酸素濃縮器（回収依頼済）", "エアマット（レンタル、CMへ返却連絡）", "PCAポンプ（薬局へ返却）"]
            )
            + "\n"
        )
        w.t(c_meds(r).replace("【内服】", "【死亡時の内服（残薬は薬局で回収）】"))
        w.t("担当医 ").p(c.clinic, "FACILITY", "当院").t(" ").n(c.doctor, r.choice(["ks", "kz"]), "担当医").t(
            "　TEL "
        ).p(landline(r, c.home.ac), "PHONE_NUMBER").t("\n")


# ---------------------------------------------------------------------------------------------------------------
# style 4: family trees in prose
# ---------------------------------------------------------------------------------------------------------------


def _city_short(city: str, r: random.Random) -> str:
    if r.random() < 0.5:
        return city
    m = _PREF_RE.match(city)
    return city[m.end() :] if m and m.end() < len(city) else city


_PREF_RE = re.compile(r"^(東京都|北海道|京都府|大阪府|.{2,3}?県)")


def fam_care(r: random.Random, c: Ctx) -> str:
    kp = c.kp.role
    opts = [
        f"介護状況：日中は独居。{kp}がパート勤務の前後に様子を見に来る。夜間は{kp}が同じ部屋で寝ている。",
        f"介護状況：主介護者の{kp}は腰痛と高血圧で通院中。サービスの追加に消極的で、「他人を家に入れたくない」と話す。",
        "介護状況：子どもらが交代で週末に泊まり込み。平日はヘルパーと訪問看護でつないでいる。",
        "介護状況：同居家族はいるが就労のため日中不在。昼食は配食弁当、デイ利用日以外は水分摂取が少ない。",
    ]
    if c.spouse.alive:
        opts.append(
            f"介護状況：{c.spouse.role}との二人暮らしで老老介護。{c.spouse.role}も物忘れがあり、服薬の確認ができていない。"
        )
    return r.choice(opts)


def fam_remark(r: random.Random, c: Ctx) -> str:
    ks = c.kids
    opts = ["遠方の家族へは電話で状況説明済み。", "経済的には年金のみで余裕なし。", "家族間で介護方針に温度差あり。"]
    if len(ks) >= 2:
        a, b = ks[0].role, ks[-1].role
        opts += [
            f"{a}と{b}の間で金銭を巡るトラブルあり、病状説明は{c.kp.role}のみへとの希望。",
            f"{b}とは疎遠と本人談。",
        ]
    return r.choice(opts)


def fam_note(w: W, r: random.Random, c: Ctx) -> None:
    d = days(c.today, -r.randint(3, 40))
    w.t(r.choice(["経過メモ：", "【支援経過】", "追記）"])).d(d, r.choice(["eab", "md", "ws1"]), "先日").t(" ")
    w.t(r.choice(["担当CM ", "ケアマネ "])).n(c.cm, r.choice(["fam", "ks"]), "担当ケアマネジャー").t(
        r.choice(["氏", "さん"])
    )
    w.t("（").p(c.cmo, "FACILITY", "居宅介護支援事業所").t("）より、")
    w.t(
        r.choice(
            [
                "家族の介護負担が限界に近いとの報告。レスパイト入院の可否について問い合わせあり。",
                "ショートステイ中に発熱、帰宅後の受診調整について相談あり。",
                "区分変更申請を行ったとの連絡。認定調査は来月予定。",
                "本人が夜間に屋外へ出ようとしたとの報告。見守りサービスの導入を検討中。",
            ]
        )
        + "\n"
    )


def st_family(w: W, r: random.Random, c: Ctx) -> None:
    pt, sp, kids = c.pt, c.spouse, c.kids
    tpl = r.randrange(3)
    if tpl == 0:
        w.t(r.choice(["【家族構成】\n", "■家族歴・家族構成\n", "家族背景：\n"]))
        w.t("本人 ").n(pt, c.nf()).t("（").d(c.birth, r.choice(["eky", "ekm", "eay"]), "戦前").t("生、")
        w.a(c.age, r.choice(["a", "k"])).t("）。")
        w.t(sp.role + " ").n(sp.pn, r.choice(["giv", "ks"]), sp.role).t("（").d(
            sp.birth, r.choice(["eky", "eay"]), "同年代"
        )
        w.t("生）")
        if sp.alive:
            w.t("は健在だが" + r.choice(["難聴あり介護力なし。", "自身も要支援。", "施設入所中。"]))
        elif sp.death:
            w.t("は").d(sp.death, r.choice(["eky", "eay"]), "以前").t(r.choice(["に胃癌で死去。", "に他界。", "没。"]))
        w.t("\n")
        for k in kids:
            w.t(k.role + " ").n(k.pn, r.choice(["giv", "giv", "ks"]), k.role).t(" (")
            w.d(k.birth, r.choice(["eay", "eky", "eaby"]), "戦後").t("生")
            if not k.alive and k.death:
                w.t("、").d(k.death, r.choice(["eay", "eaby"]), "以前").t("死去）")
            else:
                w.t(", ").p(_city_short(k.city, r), "ADDRESS", "県外").t("在住)")
                if r.random() < 0.4:
                    w.t(r.choice(["、会社員", "、週1回来訪", "、年に数回帰省", "、疎遠"]))
            w.t(r.choice(["…", "。", "、"]))
            if r.random() < 0.3:
                w.t("\n")
        if r.random() < 0.6:
            gk = make_modern(r, c.fk)
            w.t("孫の").n(gk, r.choice(["giv", "ks"]), "孫").t(r.choice(["（看護師）", "（大学生）", "（同居）"])).t(
                "も協力的。"
            )
        w.t("\nキーパーソンは" + c.kp.role + "。").t("連絡先 ").p(c.kp.phone, "PHONE_NUMBER", "家族").t("\n")
        w.t(fam_care(r, c) + "\n")
        w.t("住環境：〒").p(c.home.postal, "POSTAL_CODE").t(" ").p(c.home.full, "ADDRESS", "自宅")
        w.t(
            r.choice(
                [
                    "、木造二階建て。寝室は1階へ移した。",
                    "、集合住宅の3階（EVなし）。",
                    "、築60年の農家住宅。土間と上がり框に段差あり。",
                ]
            )
        )
        w.t("\n")
        c.k_addrs.append(c.home.full)
        w.t(fam_remark(r, c) + "\n")
        fam_note(w, r, c)
        clin(w, r, 1)
    elif tpl == 1:
        w.t(r.choice(["家族構成（同居◎ 別居○ 死亡×）\n", "＜家族＞\n"]))
        w.t("◎本人　").n(pt, r.choice(["ks", "k", "kz"])).t("　").a(c.age, r.choice(["a", "sai"])).t("\n")
        sym = "◎" if sp.alive and r.random() < 0.5 else ("○" if sp.alive else "×")
        w.t(f"{sym}{sp.role}　").n(sp.pn, r.choice(["ks", "k", "giv"]), sp.role).t("　")
        if sp.alive:
            w.a(age_at(sp.birth, c.today), r.choice(["a", "bare"]), "高齢").t(r.choice(["　難聴", "　要介護1", ""])).t(
                "\n"
            )
        elif sp.death:
            w.d(sp.death, r.choice(["eab", "eay", "wy"]), "以前").t(" 没\n")
        for k in kids:
            sym = "×" if not k.alive else ("◎" if k.city == c.home.city and r.random() < 0.6 else "○")
            w.t(f"{sym}{k.role}　").n(k.pn, r.choice(["ks", "k", "giv"]), k.role).t("　")
            if k.alive:
                w.t("(").a(age_at(k.birth, c.today), "bare", "中年").t(")　").p(
                    _city_short(k.city, r), "ADDRESS", "市外"
                )
                if r.random() < 0.5:
                    w.t("　TEL ").p(k.phone, "PHONE_NUMBER", "別紙")
            else:
                w.d(k.death or c.today, r.choice(["eab", "eay"]), "以前").t(" 死去")
            w.t("\n")
        sons = [k for k in kids if k.pn.sex == "M" and k.alive]
        if sons and r.random() < 0.6:
            dil = make_modern(r, c.fk, "F")
            role = sons[0].role + "の妻"
            w.t(f"○{role}　").n(dil, r.choice(["ks", "k", "giv"]), role)
            w.t(r.choice(["（フィリピン出身、日常会話可）", "（主介護者）", "（看護師）", ""])).t("\n")
        w.t(fam_care(r, c) + "\n")
        clin(w, r, 1)
        w.t(
            "※主介護者："
            + c.kp.role
            + "。"
            + r.choice(["仕事を減らして介護にあたっている。", "遠方のため月1回程度の来訪。", "腰痛あり介護負担大。"])
            + "\n"
        )
        w.t(fam_remark(r, c) + "\n")
        fam_note(w, r, c)
    else:
        w.t(r.choice(["ジェノグラム補足\n", "【家族図 説明】\n"]))
        w.t("本人(" + ("○" if c.sex == "F" else "□") + ") ").n(pt, r.choice(["ks", "k"])).t("、")
        w.d(c.birth, r.choice(["eky", "eay", "eab"]), "戦前").t(r.choice(["生まれ。", "生。"]))
        if c.maiden:
            w.t("旧姓").p(c.maiden, "PERSON", "旧姓").t("。")
        pos = r.choice(["長女", "次女", "末娘"] if c.sex == "F" else ["長男", "次男", "末っ子"])
        w.t(f"{kan(r.randint(4, 9))}人兄弟の{pos}で、兄弟は" + r.choice(["全員他界", "妹一人のみ存命"]) + "。\n")
        w.t(sp.role + "（").n(sp.pn, r.choice(["giv", "ks"]), sp.role).t("）")
        if sp.alive:
            w.t("とは" + r.choice(["二人暮らし。", "別居中（施設入所）。"]))
        else:
            w.t("は").d(sp.death or c.today, r.choice(["eky", "eay"]), "以前")
            w.t("に" + r.choice(["脳出血", "肺癌", "交通事故"]) + "で亡くなり、享年")
            w.a(age_at(sp.birth, sp.death or c.today) + 1, r.choice(["kb", "bare"]), "不詳").t("。")
        w.t("子は")
        for i, k in enumerate(kids):
            w.t(("、" if i else "") + k.role + "・").n(k.pn, r.choice(["giv", "k"]), k.role).t("（")
            if k.alive:
                w.d(k.birth, r.choice(["eay", "eky", "wy"]), "戦後").t("生、").p(k.city, "ADDRESS", "県外").t("在住")
            else:
                w.t("故人")
            w.t("）")
        w.t("の" + kan(len(kids)) + "人。\n")
        w.t("キーパーソン " + c.kp.role + " ").n(c.kp.pn, r.choice(["ks", "k"]), c.kp.role).t(r.choice(["様", ""]))
        if r.random() < 0.6:
            em = f"{c.kp.pn.gr.lower()}.{c.kp.pn.fr.lower()}{r.randint(1, 99)}@{r.choice(_EMAIL_DOM)}".replace(" ", "")
            w.t("（メール ").p(em, "EMAIL_ADDRESS", "別紙").t("）")
        else:
            w.t("（").p(c.kp.phone, "PHONE_NUMBER", "家族").t("）")
        w.t("。\n" + fam_remark(r, c) + "\n")
        w.t(fam_care(r, c) + "\n")
        w.t(
            "本人の思い：「"
            + r.choice(["この家で最期まで暮らしたい", "子どもらに迷惑はかけたくない", "施設でも構わんよ"])
            + "」\n"
        )
        fam_note(w, r, c)
        clin(w, r, 1)


_COURT_BRANCH = {
    "水戸": "土浦",
    "長野": "松本",
    "新潟": "長岡",
    "さいたま": "川越",
    "大阪": "岸和田",
    "福岡": "小倉",
    "千葉": "松戸",
    "東京": "立川",
    "横浜": "横須賀",
    "名古屋": "一宮",
    "神戸": "尼崎",
    "仙台": "古川",
    "広島": "呉",
    "札幌": "岩見沢",
    "熊本": "山鹿",
    "山形": "米沢",
    "宇都宮": "真岡",
    "岐阜": "御嵩",
    "奈良": "葛城",
    "富山": "高岡",
    "鹿児島": "加治木",
    "福島": "郡山",
    "松山": "宇和島",
    "盛岡": "遠野",
}


def st_guardian(w: W, r: random.Random, c: Ctx) -> None:
    pt = c.pt
    court_name = f"{c.home.court}家庭裁判所"
    if r.random() < 0.35 and c.home.court in _COURT_BRANCH:
        court_name += r.choice(["", " "]) + _COURT_BRANCH[c.home.court] + "支部"
    n_, _, y = era(days(c.today, -r.randint(30, 200)))
    case = f"{n_}{y}年（家）第{r.randint(100, 29999)}号"
    guard = make_modern(r, c.fk)
    prof = r.choice(["弁護士", "司法書士", "社会福祉士", "行政書士"])
    pw = r.choice(_PW)
    office = r.choice(
        {
            "弁護士": [f"{guard.fam}法律事務所", f"{pw}法律事務所", f"弁護士法人{pw}総合法律事務所"],
            "司法書士": [f"司法書士{guard.fam}事務所", f"司法書士法人{pw}総合事務所", f"{pw}司法書士事務所"],
            "社会福祉士": [f"社会福祉士事務所 {r.choice(_SOFT)}", f"独立型社会福祉士事務所{r.choice(_SOFT)}"],
            "行政書士": [f"行政書士{guard.fam}事務所", f"{pw}行政書士事務所"],
        }[prof]
    )
    tpl = r.randrange(3)
    if tpl == 0:
        w.t("診断書（成年後見制度用）\n1 氏名　").n(pt, r.choice(["kz", "ks"])).t(
            "　　" + ("男・㊛" if c.sex == "F" else "㊚・女") + "\n"
        )
        w.t("　生年月日　").d(c.birth, r.choice(["ea", "eas", "ek"]), "（略）").t("生（").a(c.age, "a").t("）\n")
        w.t("　住所　").p(c.home.full, "ADDRESS", "（略）").t("\n")
        c.k_addrs.append(c.home.full)
        d1, _ = dx(r)
        w.t(
            f"2 医学的診断\n　診断名　{r.choice(['アルツハイマー型認知症', '血管性認知症', '前頭側頭型認知症'])}\n"
            "　所見（現病歴、現在の状態等）："
        )
        w.d(days(c.today, -r.randint(700, 2500)), r.choice(["eay", "eam"]), "数年前").t(
            "頃から物盗られ妄想、金銭管理困難。"
        )
        w.d(days(c.today, -r.randint(30, 300)), r.choice(["eab", "ea"]), "最近").t(
            f" HDS-R {r.randint(3, 14)}/30、MMSE {r.randint(5, 17)}/30。頭部MRIにて海馬萎縮（VSRAD Z=2.8）。\n"
        )
        w.t(
            "　各種検査："
            + d1
            + "の治療中。\n3 判断能力についての意見\n"
            + "　■ 支援を受けなければ、契約等の意味・内容を自ら理解し、判断することが難しい場合がある\n"
        )
        w.t("　　（家族より：預金通帳を何度も紛失、訪問販売で高額布団を購入）\n")
        w.t("以上のとおり診断します。　").d(c.today, r.choice(["ea", "eas"]), "作成日").t(
            "\n病院又は診療所の名称・所在地\n　"
        )
        w.p(c.hosp, "FACILITY", "当院").t("\n　").p(make_addr(r, c.place).full, "ADDRESS", "（略）").t(
            "\n担当診療科名　"
        ).p(r.choice(["精神科", "脳神経内科", "老年内科", "心療内科"]), "DEPARTMENT")
        w.t("\n担当医師氏名　").n(c.doctor, r.choice(["kz", "ks"]), "担当医").t("　　印\n")
        w.t("（参考）" + c_meds(r))
    elif tpl == 1:
        w.t(r.choice(["成年後見人就任のお知らせ\n", "【ご連絡】成年後見人選任について\n"]))
        w.p(c.hosp, "FACILITY", "医療機関").t(" 地域連携室 御中\n").d(c.today, r.choice(["ea", "w"]), "本日").t("\n\n")
        w.t("被後見人 ").n(pt, r.choice(["ks", "k", "kz"])).t(" 様（生年月日 ").d(
            c.birth, r.choice(["ea", "ek", "w"]), "（略）"
        ).t("）について、")
        w.p(court_name, "FACILITY", "家庭裁判所").t("（").p(case, "ID").t("）の審判により、")
        w.d(days(c.today, -r.randint(5, 40)), r.choice(["ea", "w"]), "先日").t(
            "付で下記の者が成年後見人に選任されましたのでお知らせいたします。"
        )
        w.t("今後、入院費のお支払い、医療同意に関わらない手続き等は後見人までご連絡ください。\n\n記\n")
        w.t("成年後見人　" + prof + "　").n(guard, r.choice(["kz", "ks"]), "後見人").t("\n事務所　").p(
            office, "FACILITY", "事務所"
        ).t("\n")
        oa = make_addr(r, r.choice(_URBAN))
        w.t("所在地　〒").p(oa.postal, "POSTAL_CODE").t(" ").p(oa.full, "ADDRESS", "（略）").t("\n")
        w.t("TEL ").p(landline(r, oa.ac), "PHONE_NUMBER").t("　FAX ").p(landline(r, oa.ac), "PHONE_NUMBER").t("\n")
        if r.random() < 0.6:
            em = f"{guard.fr.lower()}@{guard.fr.lower()}-{r.choice(['law', 'office', 'shiho'])}.jp"
            w.t("E-mail ").p(em, "EMAIL_ADDRESS").t("\n")
        if r.random() < 0.4:
            w.t("URL ").p(f"https://www.{guard.fr.lower()}-{r.choice(['law', 'office', 'shiho'])}.jp/", "URL").t("\n")
        w.t("登記番号　").p(f"第{c.today.year}-{r.randint(1000, 99999)}号", "ID").t("\n")
        w.t(
            "なお、ご本人の財産管理（預貯金、年金の受領、施設利用料の支払い）は後見人が行います。"
            "郵便物の転送手続きも完了しております。入院中の日用品購入につきましては病棟へ預り金として入金いたします。\n"
        )
        w.t("※ 医療行為への同意権は後見人にはありません。ご家族（" + c.kp.role + " ").n(
            c.kp.pn, r.choice(["ks", "k"]), c.kp.role
        )
        w.t(" 様）と引き続きご相談ください。\n以上\n")
    else:
        w.t(r.choice(["MSW記録\n", "【医療相談室 記録】\n"]))
        w.d(c.today, r.choice(["ws", "eab", "ws1"]), "本日").t(" ").n(
            make_modern(r, c.fk), r.choice(["fam", "ks"]), "担当MSW"
        ).t("（MSW）\n")
        w.t("患者 ").n(pt, c.nf()).t("（ID:").p(c.pid, "ID").t("、").a(c.age).t("）")
        if r.random() < 0.4:
            w.t("　以下 ").n(pt, "ini").t(" 氏")
        w.t("\n")
        c.k_ids.append(c.pid)
        w.t("独居、身寄りは" + r.choice(["疎遠な甥のみ", "遠方の姪のみ", "いない"]) + "。")
        w.t(r.choice(["市長申立てにより", "親族申立てにより"])).t("後見開始の審判申立。\n")
        w.t("申立日 ").d(days(c.today, -r.randint(90, 200)), r.choice(["eab", "ea"]), "以前").t("、審判確定 ").d(
            days(c.today, -r.randint(10, 80)), r.choice(["eab", "ea"]), "先日"
        ).t("。\n")
        w.t("事件番号 ").p(case, "ID").t("（").p(court_name, "FACILITY", "家庭裁判所").t("）\n")
        w.t("選任された後見人：" + prof + " ").n(guard, r.choice(["ks", "k"]), "後見人").t(r.choice(["氏", "先生"])).t(
            "（"
        ).p(office, "FACILITY", "事務所").t("）")
        w.t(" TEL ").p(mobile(r), "PHONE_NUMBER").t("\n")
        w.t(
            "経過："
            + r.choice(
                [
                    "入院時、所持金わずか。年金は前月分が口座に残っている。",
                    "自宅は施錠のうえ鍵を病棟で預かり中。",
                    "近隣住民より、以前から訪問販売業者の出入りがあったとの情報。",
                ]
            )
            + "\n"
        )
        clin(w, r, 1)
        w.t("本日後見人と面談。入院費は本人口座から後見人が支払い。退院先は").p(care_home(r), "FACILITY", "施設").t(
            r.choice(["を第一希望として申込済。", "に空きあり、来週見学予定。"])
        )
        w.t("\n担当CW ").p(f"{c.home.city.split('郡')[-1]}福祉事務所", "FACILITY", "福祉事務所").t(" ").n(
            make_modern(r, c.fk), r.choice(["fam", "ks"]), "担当者"
        ).t(" 氏へ経過報告済。\n")


# ---------------------------------------------------------------------------------------------------------------
# style 6: welfare / pension
# ---------------------------------------------------------------------------------------------------------------


def st_welfare(w: W, r: random.Random, c: Ctx) -> None:
    pt = c.pt
    cw = make_modern(r, c.fk)
    office = f"{c.home.city.split('郡')[-1]}{r.choice(['福祉事務所', ' 生活福祉課', '保健福祉センター'])}"
    case = r.choice(
        [
            f"{r.choice('ABCDE')}-{r.randint(1, 9999):04d}",
            f"{r.randint(10, 99)}-{r.randint(100, 999)}",
            f"第{r.randint(1000, 99999)}号",
        ]
    )
    tpl = r.randrange(3)
    if tpl == 0:
        w.t("ケース記録（保護）\n").p(office, "FACILITY", "福祉事務所").t("\nケース番号 ").p(case, "ID").t("　世帯主 ")
        w.n(pt, r.choice(["ks", "k", "kz"])).t("（").a(c.age, r.choice(["a", "bare"])).t("）　単身世帯\n")
        c.k_ids.append(case)
        if r.random() < 0.5:
            w.t("個人番号 ").p(my_number(r), "MY_NUMBER").t("（番号確認済）\n")
        w.t("住所 ").p(c.home.full, "ADDRESS", "管内").t("　電話 ").p(c.phone, "PHONE_NUMBER", "なし").t("\n")
        c.k_addrs.append(c.home.full)
        c.k_phones.append(c.phone)
        w.t("担当CW ").n(cw, r.choice(["ks", "fam"]), "担当CW").t(f"　担当地区 第{r.randint(1, 12)}地区（").p(
            c.home.city.rsplit("郡", 1)[-1] + c.home.town, "ADDRESS", "管内"
        ).t("）\n")
        d = days(c.today, -r.randint(60, 120))
        for ev in r.sample(range(5), r.randint(3, 4)):
            w.d(d, r.choice(["eab", "ea", "eab0"]), "某日").t(" ")
            if ev == 0:
                w.t(
                    "定期訪問。居室内は整理されている。年金（老齢基礎年金 月額約5.2万円）の受給を確認、"
                    "不足分を保護費で支給。\n"
                )
            elif ev == 1:
                w.t(
                    r.choice(
                        [
                            "電話あり。「薬が足りない」との訴え。かかりつけに確認するよう助言。\n",
                            "来所。冬季加算と灯油代について相談。\n",
                            "家賃滞納の有無を確認、問題なし。\n",
                        ]
                    )
                )
            elif ev == 2:
                w.t("病院より連絡、").p(c.hosp, "FACILITY", "病院").t("に入院したとのこと。医療券を発行。MSW ").n(
                    make_modern(r, c.fk), r.choice(["fam", "ks"]), "MSW"
                ).t("氏と今後を協議。\n")
            elif ev == 3:
                w.t("家庭訪問不在。不在票投函。民生委員 ").n(make_modern(r, c.fk), r.choice(["ks", "k"]), "民生委員").t(
                    r.choice(["氏", "さん"])
                ).t("に見守りを依頼（TEL ").p(landline(r, c.home.ac), "PHONE_NUMBER", "民生委員").t("）。\n")
            else:
                w.t("訪問。" + c.kp.role + "が同席（").n(c.kp.pn, r.choice(["giv", "ks"]), c.kp.role)
                w.t(r.choice(["さん", "氏"]) + "）。今後の施設入所について意向確認。\n")
            d = days(d, r.randint(10, 30))
        w.t(
            "援助方針："
            + r.choice(
                [
                    "在宅生活の継続を支援。介護サービス利用状況を確認する。",
                    "入院中につき、退院後の住居について病院と協議。",
                    "施設入所を検討。介護扶助での対応とする。",
                ]
            )
            + "\n"
        )
        w.t("扶養照会：" + c.kp.role + " ").n(c.kp.pn, r.choice(["ks", "k"]), c.kp.role).t("（").p(
            c.kp.city, "ADDRESS", "県外"
        ).t("）")
        w.t(r.choice(["より援助困難との回答。", "に文書照会、回答なし。", "は精神的支援のみ可。"])).t("\n")
    elif tpl == 1:
        w.t("生活保護法 医療要否意見書（" + r.choice(["入院", "外来", "継続"]) + "）\n")
        w.t("福祉事務所長 殿　（").p(office, "FACILITY", "福祉事務所").t("）\n")
        w.t("公費負担者番号 ").p(f"12{r.randint(100000, 999999)}", "INSURANCE_NUMBER").t("　受給者番号 ").p(
            f"{r.randint(1000000, 9999999)}", "INSURANCE_NUMBER"
        ).t("\n")
        w.t("氏名 ").n(pt, r.choice(["ks", "kz"])).t("　" + sex_j(c, r) + "　").d(
            c.birth, r.choice(["ea", "eas", "eab"]), "（略）"
        ).t("生（").a(c.age).t("）\n")
        w.t("居住地 ").p(c.home.full, "ADDRESS", "管内").t("\n")
        c.k_addrs.append(c.home.full)
        d1, med = dx(r)
        w.t(f"傷病名 (1) {d1} (2) {dx(r)[0]}\n初診年月日 ").d(
            days(c.today, -r.randint(300, 3000)), r.choice(["ea", "eab"]), "以前"
        ).t("\n")
        w.t(f"主要症状及び今後の診療見込：{med}を継続。月2回の通院を要す。今後{r.randint(3, 12)}か月の治療見込。\n")
        w.t("入院外（今後 " + str(r.randint(1, 6)) + "か月）　概算医療費 約" + str(r.randint(1, 9)) + "万円/月\n")
        w.t(c_meds(r))
        w.t("上記のとおり意見を申し上げます。\n").d(c.today, r.choice(["ea", "num"]), "作成日").t(
            "\n指定医療機関名 "
        ).p(c.clinic, "FACILITY", "当院")
        w.t("\n所在地 ").p(make_addr(r, c.place).full, "ADDRESS", "（略）").t("\n医師氏名 ").n(
            c.doctor, r.choice(["kz", "ks"]), "主治医"
        ).t("\n")
        w.t("担当CW ").n(cw, r.choice(["fam", "ks"]), "担当CW").t(" 様 宛　直通 ").p(
            landline(r, c.home.ac), "PHONE_NUMBER"
        ).t("\n")
    else:
        w.t(r.choice(["MSWメモ（年金・金銭管理）\n", "【相談記録】年金・金銭管理について\n"]))
        w.t("対象：").n(pt, c.nf()).t(" 様　").d(c.birth, r.choice(["eab", "ea"]), "（略）").t("生\n")
        npno = f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"
        w.t("基礎年金番号 ").p(npno, "ID").t("　").t(
            r.choice(["老齢基礎年金＋遺族厚生年金", "老齢基礎年金のみ", "老齢厚生年金"])
        ).t("\n")
        c.k_ids.append(npno)
        w.t("後期高齢者医療 被保険者番号 ").p(f"{r.randint(0, 99999999):08d}", "INSURANCE_NUMBER").t(" 保険者番号 ").p(
            f"39{r.randint(0, 999999):06d}", "INSURANCE_NUMBER"
        ).t("\n")
        w.t("負担割合 1割、限度額適用・標準負担額減額認定証 申請予定\n")
        if r.random() < 0.4:
            w.t("マイナンバー：").p(my_number(r), "MY_NUMBER").t("（通知カードのみ、本人保管場所不明）\n")
        w.t(c_adl(r))
        w.d(c.today, r.choice(["md", "eab"]), "本日").t(r.choice([" 社協 ", " "])).p(
            f"{c.home.city.split('郡')[-1]}社会福祉協議会", "FACILITY", "社会福祉協議会"
        )
        w.t("の専門員 ").n(make_modern(r, c.fk), r.choice(["ks", "fam"]), "専門員").t(
            "氏と同席面談。日常生活自立支援事業の契約について説明。\n"
        )
        w.t("本人「年金は" + r.choice(["長男に任せてある", "自分で下ろしに行く", "どこにあるか分からん"]) + "」\n")
        w.t(c.kp.role + " ").n(c.kp.pn, r.choice(["ks", "giv"]), c.kp.role).t("様は")
        w.t(
            r.choice(
                [
                    "生活保護の申請も視野に入れたいとのこと。",
                    "施設費用の支払いが困難と話す。",
                    "後見制度の利用に前向き。",
                ]
            )
        )
        w.t(
            "\n収支：収入 年金 月額約"
            + str(r.randint(5, 14))
            + "万円／支出 施設利用料見込 約"
            + str(r.randint(9, 16))
            + "万円。不足分は預貯金で対応中。"
        )
        w.t("\n年金事務所へは" + c.kp.role + "が").d(
            days(c.today, r.randint(3, 14)), r.choice(["md", "mdk"]), "後日"
        ).t("に照会予定。連絡先 ").p(c.kp.phone, "PHONE_NUMBER", "家族").t("\n")
        w.t("生活保護の場合の担当 ").p(office, "FACILITY", "福祉事務所").t(" ").n(
            cw, r.choice(["fam", "ks"]), "担当CW"
        ).t(" CW\n")


# ---------------------------------------------------------------------------------------------------------------
# style 7: referral letters to nursing homes
# ---------------------------------------------------------------------------------------------------------------


def st_referral(w: W, r: random.Random, c: Ctx) -> None:
    pt, kp = c.pt, c.kp
    home = care_home(r)
    fac_addr = make_addr(r, c.place, kanji_bias=0.8)
    d1, med = dx(r)
    tpl = r.randrange(3)
    if tpl == 0:
        w.t("診療情報提供書\n\n").p(home, "FACILITY", "入所予定施設").t("\n")
        w.t(r.choice(["嘱託医 ", "施設長 ", "配置医 "])).n(
            make_modern(r, c.fk), r.choice(["ks", "kz", "fam"]), "施設の担当医"
        ).t(r.choice([" 先生 御侍史", " 先生 机下", " 様"])).t("\n")
        w.t("　　　　　　　　　　　　").d(c.today, r.choice(["ea", "w", "wk"]), "作成日").t("\n")
        w.t("紹介元 ").p(c.hosp, "FACILITY", "当院").t(" ").p(c.dept, "DEPARTMENT").t("\n")
        if r.random() < 0.3:
            w.t("　").p(fac_url(r), "URL").t("\n")
        w.t("　〒").p(postal(r, c.home.postal[:3]), "POSTAL_CODE").t(" ").p(
            make_addr(r, c.place).full, "ADDRESS", "（略）"
        ).t("\n")
        w.t("　TEL ").p(landline(r, c.home.ac), "PHONE_NUMBER").t("　医師 ").n(
            c.doctor, r.choice(["ks", "kz"]), "主治医"
        ).t("\n\n")
        w.t("患者氏名　").n(pt, r.choice(["ks", "kz"])).t(" 様（").p(
            f"{kata2hira(pt.fk)} {kata2hira(pt.gk)}", "PERSON", "ほんにん"
        ).t("）\n")
        w.t("生年月日　").d(c.birth, r.choice(["ek", "ea"]), "（略）").t("生（").a(c.age, r.choice(["a", "k"])).t(
            "）　" + sex_j(c, r) + "\n"
        )
        w.t("住所　").p(c.home.full, "ADDRESS", "（略）").t("\n")
        c.k_addrs.append(c.home.full)
        w.t(f"\n傷病名　#1 {d1}\n　　　　#2 {dx(r)[0]}\n紹介目的　施設入所に伴う診療情報のご提供\n")
        w.t("既往歴　").d(_dt.date(r.randint(1975, 2010), 1, 1), r.choice(["eky", "eay"]), "以前").t(
            " 胆石症（胆摘）、"
        )
        w.d(_dt.date(r.randint(2005, 2020), 1, 1), r.choice(["eky", "eay"]), "以前").t(" 白内障術後\n")
        w.t("経過　").d(days(c.today, -r.randint(30, 90)), r.choice(["ea", "md"]), "先日").t(
            r.choice(["自宅で転倒し当院へ救急搬送。", "誤嚥性肺炎にて入院。"])
        )
        w.t(
            "治療経過は良好で、リハビリにて歩行器歩行見守りレベル。自宅独居は困難であり、"
            + kp.role
            + "の希望で貴施設への入所となりました。\n"
        )
        w.t(f"現処方　{med}、酸化マグネシウム330mg 3錠 分3\n")
        w.t("家族　" + kp.role + " ").n(kp.pn, r.choice(["ks", "k"]), kp.role).t(" 様（").p(
            kp.phone, "PHONE_NUMBER", "家族"
        ).t("）\n")
        w.t(c_adl(r))
        if r.random() < 0.5:
            w.t(c_labs(r))
        w.t("お手数ですが、今後のご加療をよろしくお願い申し上げます。\n")
    elif tpl == 1:
        w.t(r.choice(["看護サマリー（転院・入所用）\n", "看護添書\n"]))
        w.t("送付先：").p(home, "FACILITY", "入所予定施設").t(" 御中\n施設所在地：").p(
            fac_addr.full, "ADDRESS", "（略）"
        ).t("\n")
        w.t("送付元：").p(c.hosp, "FACILITY", "当院").t(" ").p(ward(r), "FACILITY", "病棟").t("　記載者 ").n(
            c.nurse, r.choice(["ks", "k"]), "担当看護師"
        ).t("\n")
        w.t("氏名：").n(pt, r.choice(["ks", "ro1", "k"])).t("　ID ").p(c.pid, "ID").t("\n")
        c.k_ids.append(c.pid)
        w.t("生年月日：").d(c.birth, r.choice(["eab", "ea", "ws"]), "（略）").t("　").a(
            c.age, r.choice(["a", "sai"])
        ).t("\n")
        adm = days(c.today, -r.randint(20, 90))
        w.t("入院期間：").d(adm, r.choice(["eab", "ws", "ea"]), "入院日").t("～").d(
            c.today, r.choice(["eab", "ws", "ea"]), "退院予定日"
        ).t("\n")
        w.t(f"診断名：{d1}\nADL：食事 自立（ムース食）、排泄 おむつ＋パッド、移乗 一部介助、入浴 機械浴\n")
        if r.random() < 0.5:
            w.t("認知面：日付の見当識障害あり。夕方になると「家に帰る」と落ち着かない。")
        else:
            w.t("認知面：穏やか。時々昔の話（生家が").p(c.bplace, "ADDRESS", "田舎").t("で…）を繰り返す。")
        w.t("\n皮膚：仙骨部 d1、ワセリン保護\n内服：" + med + "\n")
        w.t(c_labs(r) + c_care(r))
        w.t("家族：" + kp.role + " ").n(kp.pn, r.choice(["ks", "k"]), kp.role).t(r.choice(["様", "さん"])).t(
            "が面会時に洗濯物を持ち帰っています。"
        )
        w.t("連絡は").p(kp.phone, "PHONE_NUMBER", "家族").t("へ。\n")
    else:
        w.t(r.choice(["特別養護老人ホーム 入所申込書\n", "グループホーム 入居申込書\n"]))
        w.t("申込日 ").d(c.today, r.choice(["ea", "eas", "w"]), "申込日").t("\n")
        w.t("希望施設 第1希望 ").p(home, "FACILITY", "入所予定施設").t("　第2希望 ").p(
            care_home(r), "FACILITY", "他施設"
        ).t("\n")
        w.t("ふりがな ").p(f"{kata2hira(pt.fk)}　{kata2hira(pt.gk)}", "PERSON", "ほんにん").t("\n")
        w.t("氏名 ").n(pt, r.choice(["kz", "ks"])).t("　" + sex_j(c, r) + "　").d(
            c.birth, r.choice(["ea", "eas", "ek"]), "（略）"
        ).t("生　").a(c.age).t("\n")
        w.t("現住所 〒").p(c.home.postal, "POSTAL_CODE").t(" ").p(c.home.full, "ADDRESS", "（略）").t("\n")
        c.k_addrs.append(c.home.full)
        w.t("電話 ").p(c.phone, "PHONE_NUMBER").t("\n")
        c.k_phones.append(c.phone)
        w.t("要介護度 要介護" + str(r.randint(3, 5)) + "　被保険者番号 ").p(
            f"{r.randint(0, 9999999999):010d}", "INSURANCE_NUMBER"
        ).t("\n")
        w.t("現在の居所 ■病院 （").p(c.hosp, "FACILITY", "入院先").t(" ").p(room(r), "FACILITY", "病室").t("）\n")
        w.t("申込者 ").n(kp.pn, r.choice(["kz", "ks"]), kp.role).t("　続柄 " + kp.role + "\n申込者住所 ").p(
            make_addr(r, r.choice(_PLACES)).full, "ADDRESS", "（略）"
        )
        w.t("\n連絡先 ").p(kp.phone, "PHONE_NUMBER", "家族").t(r.choice(["（日中可）", "（夜間のみ）", ""])).t("\n")
        w.t("担当ケアマネジャー ").p(c.cmo, "FACILITY", "居宅介護支援事業所").t(" ").n(
            c.cm, r.choice(["ks", "k"]), "ケアマネジャー"
        ).t("\n")
        w.t(c_adl(r))
        w.t("医療処置 □経管栄養 □インスリン □吸引 ■なし　感染症 HBs抗原(-) HCV抗体(-) 梅毒(-)\n")
        w.t(
            "申込理由："
            + r.choice(
                [
                    "主介護者の" + kp.role + "が体調を崩し在宅介護の継続が困難。",
                    "独居で火の不始末があり、見守りが必要。",
                    "老老介護の限界。配偶者も要介護認定を受けている。",
                ]
            )
            + "\n"
        )


# ---------------------------------------------------------------------------------------------------------------
# style 8: care meetings
# ---------------------------------------------------------------------------------------------------------------


def st_meeting(w: W, r: random.Random, c: Ctx) -> None:
    pt, kp = c.pt, c.kp
    tpl = r.randrange(2)
    if tpl == 0:
        w.t("サービス担当者会議の要点\t作成年月日 ").d(c.today, r.choice(["ea", "eas"]), "作成日").t("\n")
        w.t("利用者名 ").n(pt, r.choice(["ks", "kz", "k"])).t(r.choice([" 殿", " 様"])).t(
            "　居宅サービス計画作成者（担当者）氏名 "
        ).n(c.cm, r.choice(["ks", "kz"]), "ケアマネジャー").t("\n")
        w.t("開催日 ").d(c.today, r.choice(["ea", "eab"]), "開催日").t(
            "　開催場所 " + r.choice(["利用者宅", "自宅居間", "病院カンファレンス室"])
        )
        w.t(f"　開催時間 {r.randint(10, 15)}:00～　開催回数 {r.randint(1, 8)}\n会議出席者\n")
        w.t("　本人 ").n(pt, "fam").t("\n　家族 " + kp.role + " ").n(kp.pn, r.choice(["ks", "k"]), kp.role).t("\n")
        rows = [
            (c.station, "看護師"),
            (dayservice(r), "生活相談員"),
            (f"{r.choice(_SOFT)}福祉用具", "福祉用具専門相談員"),
            (f"ヘルパーステーション{r.choice(_SOFT)}", "サービス提供責任者"),
        ]
        for fac, job in r.sample(rows, r.randint(2, 4)):
            w.t("　").p(fac, "FACILITY", "事業所").t(f"（{job}）").n(
                make_modern(r, c.fk), r.choice(["ks", "k", "fam"]), job
            ).t("\n")
        w.t("検討した項目：①退院後の生活 ②入浴方法 ③家族の介護負担\n")
        w.t("検討内容：" + r.choice(["主治医 ", "かかりつけ医 "])).n(c.doctor, r.choice(["fam", "ks"]), "主治医").t(
            "先生より事前に照会回答あり（"
        )
        w.d(days(c.today, -r.randint(2, 10)), r.choice(["md", "mdk"]), "事前").t(
            "）。" + r.choice(["入浴は主治医許可のもと訪問入浴で。", "デイでの入浴を継続。"])
        )
        w.t(
            kp.role
            + "より「仕事があるので週3回はデイに行ってほしい」。\n"
            + "結論：デイサービス週3回、訪問看護週1回、福祉用具（特殊寝台、車椅子）継続。\n"
        )
        w.t(
            "残された課題："
            + r.choice(["夜間の見守り体制", "服薬管理を誰が担うか", "家族のレスパイト"])
            + "、福祉用具の見直し。\n"
        )
        w.t(c_care(r))
        w.t("次回開催時期：").d(days(c.today, r.randint(90, 180)), r.choice(["eam", "wm"]), "半年後").t(
            "予定または状態変化時\n"
        )
    else:
        w.t(r.choice(["退院前カンファレンス記録\n", "【退院前合同カンファ】\n"]))
        w.t("日時：").dw(c.today, r.choice(["eab", "ws", "ea"]), "本日", (r.randint(13, 16), r.choice([0, 30]))).t(
            "　場所："
        ).p(c.hosp, "FACILITY", "当院").t(" ").p(ward(r), "FACILITY", "病棟").t(" 面談室\n")
        w.t("患者：").n(pt, c.nf()).t(" 様（ID ").p(c.pid, "ID").t("）")
        c.k_ids.append(c.pid)
        w.a(c.age, "a").t("\n参加者：主治医 ").n(c.doctor, r.choice(["fam", "ks"]), "主治医").t("、病棟Ns ").n(
            c.nurse, r.choice(["fam", "ks"]), "病棟看護師"
        )
        w.t("、MSW ").n(make_modern(r, c.fk), r.choice(["fam", "ks"]), "MSW").t("、PT ").n(
            make_modern(r, c.fk), "fam", "理学療法士"
        ).t("\n")
        w.t("　在宅側：").p(c.cmo, "FACILITY", "居宅介護支援事業所").t(" CM ").n(
            c.cm, r.choice(["fam", "ks"]), "ケアマネジャー"
        ).t("、")
        w.p(c.station, "FACILITY", "訪問看護ステーション").t(" ").n(
            make_modern(r, c.fk, "F"), r.choice(["fam", "ks"]), "訪問看護師"
        ).t("Ns\n")
        w.t("　家族：" + kp.role + " ").n(kp.pn, r.choice(["ks", "k", "giv"]), kp.role).t(r.choice(["様", "さん"])).t(
            "\n"
        )
        w.t(f"病状説明：{dx(r)[0]}。入院中の体重 {r.randint(33, 55)}kg。嚥下評価（VF）で とろみ中間 が必要。\n")
        w.t("退院日：").d(days(c.today, r.randint(3, 14)), r.choice(["eab", "md", "mdk"]), "後日").t(
            r.choice(["（介護タクシー手配済）", "（家族送迎）"])
        ).t("\n")
        w.t("退院後の連絡先：自宅 ").p(c.phone, "PHONE_NUMBER").t(" / " + kp.role + " ").p(kp.phone, "PHONE_NUMBER").t(
            "\n"
        )
        c.k_phones.append(c.phone)
        clin(w, r, 2)
        w.t(
            "課題：夜間の排泄介助を誰が担うか。"
            + kp.role
            + "は"
            + r.choice(["夜勤あり", "同居だが腰痛", "隣町在住"])
            + "。\n"
        )


# ---------------------------------------------------------------------------------------------------------------
# style 9: incident reports in care homes
# ---------------------------------------------------------------------------------------------------------------


def st_incident(w: W, r: random.Random, c: Ctx) -> None:
    pt, kp = c.pt, c.kp
    home = care_home(r, r.choice(["toku", "gh", "roken"]))
    staff = make_modern(r, c.fk)
    h, mi = r.randint(0, 23), r.randint(0, 59)
    tpl = r.randrange(2)
    if tpl == 0:
        w.t(r.choice(["介護保険事業者 事故報告書\n", "事故報告書（第一報）\n"]))
        w.t("提出先：" + r.choice(["市", "町", "区"]) + " 介護保険課\n事業所名 ").p(home, "FACILITY", "当施設").t("\n")
        if r.random() < 0.4:
            w.t("事業所HP ").p(fac_url(r), "URL").t("\n")
        w.t("所在地 ").p(make_addr(r, c.place, kanji_bias=0.7).full, "ADDRESS", "（略）").t("　電話 ").p(
            landline(r, c.home.ac), "PHONE_NUMBER"
        ).t("\n")
        w.t("記載者 ").n(staff, r.choice(["ks", "kz"]), "記載者").t(
            "（" + r.choice(["介護主任", "看護職員", "生活相談員"]) + "）\n"
        )
        w.t("対象者 ").n(pt, r.choice(["ks", "kz", "k"])).t("　").a(c.age).t("　要介護" + str(r.randint(2, 5)) + "　")
        w.t("居室 ").p(room(r), "FACILITY", "居室").t("\n")
        w.t("被保険者番号 ").p(f"{r.randint(0, 9999999999):010d}", "INSURANCE_NUMBER").t("\n")
        w.t("発生日時 ").p(
            fd(c.today, r.choice(["ea", "eab", "ws"])) + wday(c.today, r) + " " + tm(h, mi, r), "DATE", "（略）"
        ).t("\n")
        w.t("発生場所 " + r.choice(["居室ベッドサイド", "居室内（ベッド脇）", "居室"]) + "\n")
        w.t("事故の種別 " + r.choice(["転倒", "転落（ベッドから）", "転倒（疑い）"]) + "\n")
        w.t("発生時状況：夜間巡視時、ベッド脇の床に座り込んでいるところを夜勤者 ").n(
            make_modern(r, c.fk), r.choice(["fam", "ks"]), "夜勤者"
        ).t(" が発見。")
        w.t("本人「トイレに行こうとした」。右大腿部痛の訴えあり。\n")
        w.t("対応：看護師 ").n(make_modern(r, c.fk, "F"), r.choice(["fam", "ks"]), "看護師").t(
            "へオンコール。バイタル安定。翌朝 "
        )
        w.p(c.hosp, "FACILITY", "協力医療機関").t(" ").p("整形外科", "DEPARTMENT").t("受診、X-Pにて骨折なし。\n")
        w.t("家族連絡：").dw(
            c.today if h < 22 else days(c.today, 1), r.choice(["md", "mdk"]), "同日", ((h + 1) % 24, r.randint(0, 59))
        )
        w.t(" " + kp.role + " ").n(kp.pn, r.choice(["ks", "k"]), kp.role).t(r.choice(["様", "氏"])).t("へ電話（").p(
            kp.phone, "PHONE_NUMBER", "家族"
        ).t("）。")
        w.t(r.choice(["了解を得た。", "「仕方ない」とのこと。", "施設の見守り体制について説明を求められた。"]))
        w.t(
            "\n受診結果："
            + vitals(r)
            + "。疼痛 NRS "
            + str(r.randint(1, 6))
            + "/10、湿布とアセトアミノフェン頓用で経過観察。\n"
        )
        w.t(
            "要因分析："
            + r.choice(
                [
                    "夕食後の利尿剤の影響で夜間の排尿回数が多い。",
                    "ナースコールを押す習慣がなく、一人で立ち上がる。",
                    "ベッドの高さが高く、足底が床につかない。",
                ]
            )
            + "\n"
        )
        w.t("\n再発防止策：離床センサー設置、夜間の定時トイレ誘導。\n")
        w.t(c_care(r))
    else:
        w.t(r.choice(["ヒヤリハット報告\n", "【ヒヤリ・ハット】\n"]))
        w.d(c.today, r.choice(["ws1", "eab", "md"]), "某日").t(" " + tm(h, mi, r) + "頃　").p(
            home, "FACILITY", "当施設"
        ).t(" ").p(r.choice(["2階ユニット", "3階東ユニット", f"{r.choice(_SOFT)}ユニット"]), "FACILITY", "ユニット").t(
            "\n"
        )
        w.t("報告者：").n(staff, r.choice(["ks", "kata", "fam"]), "報告者").t("\n対象：").n(
            pt, r.choice(["fam", "giv", "ks"])
        ).t(r.choice(["さん", "様"]))
        w.t("（").p(room(r), "FACILITY", "居室").t("）")
        if r.random() < 0.5:
            w.t("　※以下、").n(pt, "ini").t("氏と記載")
        w.t("\n")
        other = make_elder(r, r.choice("MF"))
        other = Pn(pt.fam, other.giv, pt.fk, other.gk, pt.fr, other.gr, other.sex, foreign=pt.foreign)
        w.t("内容：夕食時の配薬で、隣席の").n(other, r.choice(["ks", "k", "giv"]), "他の入居者").t(
            r.choice(["さん", "様"])
        )
        w.t("の薬袋と取り違えかけたが、服薬前の氏名の読み上げで気付いた。\n")
        w.t("要因：両名とも姓が同じ/似ている（").n(pt, "famk").t("）。配薬トレーの並び順が変更されていた。\n")
        w.t("対策：薬袋に写真を貼付。配薬はダブルチェック（").n(make_modern(r, c.fk), "fam", "リーダー").t(
            "リーダー確認）。\n"
        )
        w.t(
            "背景：夕食時はフロア職員"
            + str(r.randint(2, 3))
            + "名で入居者"
            + str(r.randint(9, 18))
            + "名を担当。当日は新人職員が配薬を担当していた。\n"
        )
        w.t(c_meds(r))
        w.t("家族への報告：不要（未実施事例）。").d(days(c.today, 1), r.choice(["md", "mdk"]), "翌日").t(
            "のフロア会議で共有予定。\n"
        )


_STYLES = [
    st_life,
    st_homenurse,
    st_kaigo,
    st_death,
    st_family,
    st_guardian,
    st_welfare,
    st_referral,
    st_meeting,
    st_incident,
]


def _build(did: str, style_idx: int, clean: bool, seed: int, idx: int, fk: Faker, with_known: bool) -> dict[str, Any]:
    r = random.Random(f"{seed}-{did}")
    fk.seed_instance(seed * 1000 + idx + (500 if clean else 0))
    c = Ctx(r, fk)
    w = W(did, clean, r)
    _STYLES[style_idx](w, r, c)
    if clean or not with_known:
        return w.doc.out()
    return w.doc.out(c.known())


def generate_z(n_phi: int = 60, n_clean: int = 15, seed: int = 17230) -> list[dict]:
    fk = Faker("ja_JP")
    docs: list[dict] = []
    ns = len(_STYLES)
    for i in range(n_phi):
        docs.append(_build(f"z-phi-{i:03d}", i % ns, False, seed, i, fk, i % 10 in (1, 4, 7)))
    for i in range(n_clean):
        docs.append(_build(f"z-clean-{i:03d}", i % ns, True, seed, i, fk, False))
    return docs
