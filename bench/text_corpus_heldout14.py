"""Blind held-out text corpus, family W.

Written blind: the author did not read the de-identification tool's code, policies, tests, docs or the other
held-out corpora, and never ran the tool on this text.  All names, IDs, addresses and numbers are synthetic
(Faker("ja_JP"), seeded, plus hand-written lists).

Styles (PHI documents cycle through them in this order):
  1. surgical pathology reports (肉眼所見/切り出し/組織所見/診断, 標本番号, 依頼医・報告医・確認医);
     LIS printout, free-typed narrative and English-mixed templates over eight organ systems
  2. intra-operative frozen section (術中迅速) call logs: time-stamped tables, LIS audit trails, pathologist memos
  3. cytology reports (婦人科 Bethesda, 尿 Paris, 甲状腺 Bethesda, 体腔液, 喀痰 判定区分) with CT screeners
  4. genetic counselling records with pedigree narratives (relatives' names, ages, causes of death, residences)
  5. biobank consent and sample tracking logs (検体ID, 同意日, freezer / LN2 positions that are NOT PHI)
  6. blood transfusion records (製剤番号, 血液型, two verifying nurses, bedside times, reaction reports)
  7. infection control surveillance lists (MRSA / ESBL / CRE / CD / norovirus; ward, room-bed, dates)
  8. autopsy (剖検) summaries and CPC handouts
  9. outside-slide consultation letters (他院標本 numbers, other hospitals' pathologists, 連携病理診断 with insurance)

Labelling choices a scorer should know:
  * Honorifics/roles (様, さん, 氏, 先生, Dr, Ns, 看護師, CT, 技師) are outside PERSON spans.  Initials such as
    "Y.T." are PERSON only where they stand for a person (case line of a CPC or consultation reply, screener
    columns).  Half-width kana, hiragana, romaji in both orders, "Sato K." forms and a given name alone (pedigree
    relatives) are PERSON.  A clinic named after its doctor ("山口医院") is one FACILITY span, not PERSON.
    Eponymous diseases (橋本病, ハンチントン病, リンチ症候群, デュシェンヌ型 …) are not labelled.
  * Every calendar date is DATE, including year-month only ("2015年3月"), MM/DD, weekday suffixes, era forms,
    kanji numerals, blood-product expiry dates and CPC meeting dates.  A date followed by its clock time is one
    DATE span; bare clock times are never labelled.  Bare years are not used.  A range "2023/04/10〜04/16" is two
    DATE spans.
  * AGE covers the number plus its unit when present ("72歳", "72才", "72y"); in tables and "享年68" / "(72)" only the
    digits.  All ages are labelled, including relatives' ages at diagnosis.
  * ID: patient IDs, specimen/accession numbers (surgical, cytology, frozen, autopsy, consultation, other
    hospitals' numbers, a clinic's own patient number "貴院ID"), temporary IDs of unidentified emergency patients,
    biobank subject/sample IDs, pedigree/family numbers, genetic-test accession numbers and blood-product
    manufacturing numbers (製剤番号/製造番号; they trace to donor and recipient).  In a sample range
    "BBG-0345-PL-01〜08" only the full first ID is labelled.  NOT labelled:
    IRB/ethics approval numbers, consent form versions, cassette/block/slide codes (#A1, B3), freezer / rack /
    box / LN2 canister positions, lot numbers of reagents, operating-theatre numbers.
  * FACILITY: named hospitals, clinics, care homes, schools, workplaces, blood centres, named wards ("5階東病棟",
    "7W", "5E"), room numbers tied to a patient ("512号室", "512", "512-3" = room-bed as one span).  当院 / 前医 /
    手術室 / 面談室 are not labelled.
  * ADDRESS covers street addresses (including a hospital's street address in letterheads) and places of
    residence down to city level ("札幌市豊平区", "熊本県八代市").  Postal codes are POSTAL_CODE without 〒.
  * PHONE_NUMBER covers outside numbers, fax, mobile, 内線 and PHS numbers (digits only).
  * DEPARTMENT spans are bare department names (消化器外科, 病理部, 輸血・細胞治療部, 感染制御部, 医事課 …);
    PHI-free documents avoid them.  "救急外来" and team names such as ICT are not labelled.
  * URL: hospital/department web pages (facility-specific); EMAIL_ADDRESS: staff and department mailboxes.
  * INSURANCE_NUMBER: 保険者番号, 記号, 番号 each its own span; MY_NUMBER: a 12-digit individual number (spaced
    or not) that appears in a few biobank consent logs.
PHI-free documents use the same templates with every identifier replaced by a generic phrase (本人, 主治医,
当院, 前医, 本日, 同日, 病棟 …) and carry no spans and no ``known``.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# --------------------------------------------------------------------------------------------------------------
# Name and place data (synthetic combinations; hand-written lists)
# --------------------------------------------------------------------------------------------------------------

_SURNAMES_RAW = (
    # common
    "佐藤:サトウ:Sato 鈴木:スズキ:Suzuki 高橋:タカハシ:Takahashi 田中:タナカ:Tanaka 伊藤:イトウ:Ito "
    "渡辺:ワタナベ:Watanabe 山本:ヤマモト:Yamamoto 中村:ナカムラ:Nakamura 小林:コバヤシ:Kobayashi "
    "加藤:カトウ:Kato 吉田:ヨシダ:Yoshida 山口:ヤマグチ:Yamaguchi 松本:マツモト:Matsumoto 井上:イノウエ:Inoue "
    "木村:キムラ:Kimura 斎藤:サイトウ:Saito 清水:シミズ:Shimizu 山崎:ヤマザキ:Yamazaki 森田:モリタ:Morita "
    "池田:イケダ:Ikeda 橋本:ハシモト:Hashimoto 石川:イシカワ:Ishikawa 前田:マエダ:Maeda 藤田:フジタ:Fujita "
    "後藤:ゴトウ:Goto 岡田:オカダ:Okada 長谷川:ハセガワ:Hasegawa 村上:ムラカミ:Murakami 近藤:コンドウ:Kondo "
    "坂本:サカモト:Sakamoto 遠藤:エンドウ:Endo 青木:アオキ:Aoki 藤井:フジイ:Fujii 西村:ニシムラ:Nishimura "
    "福田:フクダ:Fukuda 太田:オオタ:Ota 三浦:ミウラ:Miura 岡本:オカモト:Okamoto 中川:ナカガワ:Nakagawa "
    "原田:ハラダ:Harada 小川:オガワ:Ogawa 竹内:タケウチ:Takeuchi 金子:カネコ:Kaneko 和田:ワダ:Wada "
    "中島:ナカジマ:Nakajima 石井:イシイ:Ishii 上野:ウエノ:Ueno 菊地:キクチ:Kikuchi 野口:ノグチ:Noguchi "
    "五十嵐:イガラシ:Igarashi 渡部:ワタナベ:Watanabe 齋藤:サイトウ:Saito 髙橋:タカハシ:Takahashi "
    # single kanji
    "林:ハヤシ:Hayashi 森:モリ:Mori 原:ハラ:Hara 関:セキ:Seki 堀:ホリ:Hori 辻:ツジ:Tsuji 東:アズマ:Azuma "
    "泉:イズミ:Izumi 菅:スガ:Suga 南:ミナミ:Minami 北:キタ:Kita 西:ニシ:Nishi 谷:タニ:Tani 岸:キシ:Kishi "
    "星:ホシ:Hoshi 中:ナカ:Naka 門:カド:Kado 畑:ハタ:Hata 桜:サクラ:Sakura 舘:タチ:Tachi 一:ニノマエ:Ninomae "
    # place names as surnames
    "長野:ナガノ:Nagano 福島:フクシマ:Fukushima 岡山:オカヤマ:Okayama 千葉:チバ:Chiba 奈良:ナラ:Nara "
    "秋田:アキタ:Akita 熊本:クマモト:Kumamoto 宮崎:ミヤザキ:Miyazaki 神戸:カンベ:Kanbe 品川:シナガワ:Shinagawa "
    "渋谷:シブヤ:Shibuya 広島:ヒロシマ:Hiroshima 松江:マツエ:Matsue 吉野:ヨシノ:Yoshino 富山:トミヤマ:Tomiyama "
    # rare / word-like / medical-looking
    "小鳥遊:タカナシ:Takanashi 春日:カスガ:Kasuga 日向:ヒナタ:Hinata 白鳥:シラトリ:Shiratori 大家:オオヤ:Oya "
    "安心院:アジミ:Ajimi 五百旗頭:イオキベ:Iokibe 東海林:ショウジ:Shoji 御手洗:ミタライ:Mitarai "
    "薬師寺:ヤクシジ:Yakushiji 百目鬼:ドウメキ:Domeki 勘解由小路:カデノコウジ:Kadenokoji 十河:ソゴウ:Sogo "
    "肝付:キモツキ:Kimotsuki 乳井:ニュウイ:Nyui 生田目:ナマタメ:Namatame 四十物:アイモノ:Aimono "
    "腰塚:コシヅカ:Koshizuka 脇本:ワキモト:Wakimoto 首藤:シュトウ:Shuto 外山:トヤマ:Toyama 手島:テシマ:Teshima "
    "足立:アダチ:Adachi 目黒:メグロ:Meguro 細井:ホソイ:Hosoi 陰山:カゲヤマ:Kageyama 服部:ハットリ:Hattori "
    "栗生:クリュウ:Kuryu 海老原:エビハラ:Ebihara 猪狩:イガリ:Igari 鬼頭:キトウ:Kito 雲然:クモゼン:Kumozen "
    "正木:マサキ:Masaki 良田:ヨシダ:Yoshida 血脇:チワキ:Chiwaki 骨田:ホネダ:Honeda"
)

_MALE_RAW = (
    "太郎:タロウ:Taro 健一:ケンイチ:Kenichi 誠:マコト:Makoto 浩二:コウジ:Koji 茂:シゲル:Shigeru 勇:イサム:Isamu "
    "清:キヨシ:Kiyoshi 博:ヒロシ:Hiroshi 正雄:マサオ:Masao 達也:タツヤ:Tatsuya 翔太:ショウタ:Shota "
    "大輔:ダイスケ:Daisuke 拓海:タクミ:Takumi 陽翔:ハルト:Haruto 蒼:アオイ:Aoi 悠真:ユウマ:Yuma "
    "俊介:シュンスケ:Shunsuke 隆:タカシ:Takashi 義男:ヨシオ:Yoshio 勝:マサル:Masaru 秀樹:ヒデキ:Hideki "
    "和夫:カズオ:Kazuo 信行:ノブユキ:Nobuyuki 航:ワタル:Wataru 一:ハジメ:Hajime 昭:アキラ:Akira "
    "司:ツカサ:Tsukasa 正:タダシ:Tadashi 光:ヒカル:Hikaru 翼:ツバサ:Tsubasa 優:ユウ:Yu 寅吉:トラキチ:Torakichi "
    "源次郎:ゲンジロウ:Genjiro 慎之介:シンノスケ:Shinnosuke"
)

_FEMALE_RAW = (
    "花子:ハナコ:Hanako 美咲:ミサキ:Misaki 恵子:ケイコ:Keiko 幸子:サチコ:Sachiko 由美:ユミ:Yumi "
    "直美:ナオミ:Naomi 陽子:ヨウコ:Yoko 真由美:マユミ:Mayumi 結衣:ユイ:Yui 葵:アオイ:Aoi 凛:リン:Rin "
    "千代:チヨ:Chiyo 和子:カズコ:Kazuko 久美子:クミコ:Kumiko 明美:アケミ:Akemi 智子:トモコ:Tomoko "
    "芽衣:メイ:Mei 彩:アヤ:Aya 桃子:モモコ:Momoko 希望:ノゾミ:Nozomi 愛:アイ:Ai 静香:シズカ:Shizuka "
    "さくら:サクラ:Sakura ひかり:ヒカリ:Hikari みゆき:ミユキ:Miyuki はな:ハナ:Hana ゆい:ユイ:Yui "
    "ハル:ハル:Haru ウメ:ウメ:Ume トメ:トメ:Tome キヨ:キヨ:Kiyo マツ:マツ:Matsu エミリ:エミリ:Emiri "
    "スミ:スミ:Sumi ヨシ:ヨシ:Yoshi"
)

# (kind, family, family_kana, family_romaji, given, given_kana, given_romaji, sex)
_FOREIGN = [
    ("vn", "グエン", "グエン", "Nguyen", "ティ・ホア", "ティ・ホア", "Thi Hoa", "F"),
    ("vn", "チャン", "チャン", "Tran", "ヴァン・ミン", "ヴァン・ミン", "Van Minh", "M"),
    ("vn", "ファム", "ファム", "Pham", "ティ・ラン", "ティ・ラン", "Thi Lan", "F"),
    ("cn", "王", "ワン", "Wang", "建国", "ジェングオ", "Jianguo", "M"),
    ("cn", "李", "リ", "Li", "美玲", "メイリン", "Meiling", "F"),
    ("cn", "張", "チョウ", "Zhang", "偉", "ウェイ", "Wei", "M"),
    ("kr", "金", "キム", "Kim", "敏俊", "ミンジュン", "Minjun", "M"),
    ("kr", "朴", "パク", "Park", "智恵", "チヘ", "Jihye", "F"),
    ("west", "サントス", "サントス", "Santos", "マリア", "マリア", "Maria", "F"),
    ("west", "シルバ", "シルバ", "Silva", "ジョアン", "ジョアン", "Joao", "M"),
    ("west", "グルン", "グルン", "Gurung", "ビカス", "ビカス", "Bikash", "M"),
    ("west", "デラクルス", "デラクルス", "Dela Cruz", "ロサリオ", "ロサリオ", "Rosario", "F"),
    ("west", "スミス", "スミス", "Smith", "エミリー", "エミリー", "Emily", "F"),
    ("west", "ガルシア", "ガルシア", "Garcia", "アナ", "アナ", "Ana", "F"),
]


def _parse(raw: str) -> list[tuple[str, str, str]]:
    return [tuple(x.split(":")) for x in raw.split()]  # type: ignore[misc]


_SURNAMES = _parse(_SURNAMES_RAW)
_MALE = _parse(_MALE_RAW)
_FEMALE = _parse(_FEMALE_RAW)

_PREF_CITY = [
    ("東京都", "世田谷区"),
    ("東京都", "八王子市"),
    ("東京都", "足立区"),
    ("神奈川県", "横浜市青葉区"),
    ("神奈川県", "相模原市南区"),
    ("埼玉県", "川越市"),
    ("千葉県", "船橋市"),
    ("茨城県", "つくば市"),
    ("栃木県", "宇都宮市"),
    ("群馬県", "高崎市"),
    ("長野県", "松本市"),
    ("新潟県", "長岡市"),
    ("静岡県", "浜松市中区"),
    ("愛知県", "名古屋市昭和区"),
    ("愛知県", "豊橋市"),
    ("岐阜県", "大垣市"),
    ("三重県", "津市"),
    ("大阪府", "堺市北区"),
    ("大阪府", "吹田市"),
    ("京都府", "宇治市"),
    ("兵庫県", "姫路市"),
    ("奈良県", "橿原市"),
    ("広島県", "福山市"),
    ("岡山県", "倉敷市"),
    ("香川県", "高松市"),
    ("福岡県", "北九州市小倉北区"),
    ("福岡県", "久留米市"),
    ("熊本県", "八代市"),
    ("鹿児島県", "鹿屋市"),
    ("沖縄県", "うるま市"),
    ("北海道", "旭川市"),
    ("北海道", "札幌市豊平区"),
    ("宮城県", "仙台市若林区"),
    ("岩手県", "盛岡市"),
    ("青森県", "弘前市"),
    ("山形県", "鶴岡市"),
    ("石川県", "金沢市"),
    ("富山県", "高岡市"),
    ("福井県", "敦賀市"),
    ("島根県", "出雲市"),
    ("高知県", "四万十市"),
    ("長崎県", "佐世保市"),
    ("大分県", "別府市"),
    ("滋賀県", "彦根市"),
    ("和歌山県", "田辺市"),
    ("山梨県", "甲府市"),
    ("徳島県", "鳴門市"),
    ("愛媛県", "今治市"),
    ("佐賀県", "唐津市"),
    ("宮崎県", "都城市"),
    ("鳥取県", "米子市"),
    ("山口県", "下関市"),
    ("福島県", "いわき市"),
    ("秋田県", "横手市"),
]

_PLACE = [
    ("城北", "johoku"),
    ("湖南", "konan"),
    ("桜ヶ丘", "sakuragaoka"),
    ("若葉", "wakaba"),
    ("青葉台", "aobadai"),
    ("北斗", "hokuto"),
    ("南陽", "nanyo"),
    ("千歳", "chitose"),
    ("白鷺", "shirasagi"),
    ("朝霧", "asagiri"),
    ("飛鳥", "asuka"),
    ("豊岡", "toyooka"),
    ("明和", "meiwa"),
    ("清風", "seifu"),
    ("緑ヶ丘", "midorigaoka"),
    ("香椎", "kashii"),
    ("八雲", "yakumo"),
    ("鷹取", "takatori"),
    ("常盤", "tokiwa"),
    ("久遠", "kuon"),
    ("葛城", "katsuragi"),
    ("弥生", "yayoi"),
    ("瑞穂", "mizuho"),
    ("東雲", "shinonome"),
    ("松風", "matsukaze"),
]

_HOSP_KIND = [
    "総合病院",
    "中央病院",
    "市民病院",
    "記念病院",
    "医療センター",
    "赤十字病院",
    "労災病院",
    "協立病院",
    "大学医学部附属病院",
    "大学病院",
    "県立がんセンター",
    "済生会病院",
]

_DEPTS_SURG = ["消化器外科", "乳腺外科", "呼吸器外科", "泌尿器科", "婦人科", "皮膚科", "内分泌外科", "肝胆膵外科"]
_WARDS = [
    "{n}階東病棟",
    "{n}階西病棟",
    "{n}階南病棟",
    "{n}東病棟",
    "{n}西病棟",
    "南{n}病棟",
    "北{n}病棟",
    "{n}B病棟",
    "{n}A病棟",
    "東{n}階病棟",
]
_WARD_ABBR = ["{n}E", "{n}W", "{n}S", "{n}N", "{n}東", "{n}西"]

_WD = "月火水木金土日"
_MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_KN = "〇一二三四五六七八九"

_ZEN = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/.:()",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ－／．：（）",
)
_FK = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ァィゥェォッャュョー・　"
)
_HK = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ･ "

# IME-style typos: same reading, wrong kanji; plus punctuation slips.
_TYPOS = [
    ("腫瘍", "主要"),
    ("検体", "献体"),
    ("陰性", "院生"),
    ("異型", "異形"),
    ("所見", "書見"),
    ("再検", "再建"),
    ("適合", "敵合"),
    ("移行", "以降"),
    ("同意", "同位"),
    ("依頼", "以来"),
    ("。", "。。"),
    ("、", "，"),
    ("ください", "下さい"),
    ("あり", "有り"),
    ("認める", "認めるる"),
    ("を認め", "お認め"),
    ("です。", "です｡"),
    ("確認", "確認確認"),
    ("報告", "報告 "),
    ("：", ":"),
]


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _hankaku(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        else:
            i = _FK.find(ch)
            out.append(_HK[i] if i >= 0 else ch)
    return "".join(out)


def _hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def _kan(n: int) -> str:
    if n < 10:
        return _KN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KN[t]) + "十" + ("" if o == 0 else _KN[o])


def _era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= _dt.date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


def _fdate(r: random.Random, d: _dt.date, kind: str = "full") -> str:
    y, m, dd = d.year, d.month, d.day
    era, ab, ey = _era(d)
    eys = "元" if ey == 1 else str(ey)
    wd = _WD[d.weekday()]
    log = [f"{y}/{m:02d}/{dd:02d}", f"{y}-{m:02d}-{dd:02d}", f"{y}/{m}/{dd}"]
    full = [
        *log,
        f"{y}年{m}月{dd}日",
        f"{y}年{m:02d}月{dd:02d}日",
        f"{y}.{m}.{dd}",
        f"{era}{eys}年{m}月{dd}日",
        f"{ab}{ey}.{m}.{dd}",
        f"{ab}{ey:02d}/{m:02d}/{dd:02d}",
        f"{y}年{m}月{dd}日({wd})",
        f"{y}/{m:02d}/{dd:02d}（{wd}）",
        f"{y % 100:02d}/{m:02d}/{dd:02d}",
        f"{y}年 {m}月{dd}日",
    ]
    formal = [
        f"{y}年{m}月{dd}日",
        f"{era}{eys}年{m}月{dd}日",
        f"{era}{_kan(ey) if ey > 1 else '元'}年{_kan(m)}月{_kan(dd)}日",
        "".join(_KN[int(c)] for c in str(y)) + f"年{_kan(m)}月{_kan(dd)}日",
        f"{y}年{m}月{dd}日（{wd}）",
    ]
    short = [f"{m}/{dd}", f"{m:02d}/{dd:02d}", f"{m}月{dd}日", f"{m}/{dd}({wd})", f"{m}月{dd}日（{wd}）", f"{m}/{dd}"]
    eng = [f"{dd}-{_MON[m]}-{y}", f"{_MON[m]} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {_MON[m]} {y}"]
    birth = [
        f"{ab}{ey}.{m}.{dd}",
        f"{era}{eys}年{m}月{dd}日",
        f"{y}/{m:02d}/{dd:02d}",
        f"{y}年{m}月{dd}日",
        f"{ab}{ey:02d}.{m:02d}.{dd:02d}",
        f"{y}-{m:02d}-{dd:02d}",
    ]
    pool = {"log": log, "full": full, "formal": formal, "short": short, "eng": eng, "birth": birth}.get(kind, full)
    s = r.choice(pool)
    if kind not in ("log", "eng") and r.random() < 0.1:
        s = _zen(s)
    return s


def _ym(r: random.Random, d: _dt.date) -> str:
    era, _ab, ey = _era(d)
    return r.choice(
        [f"{d.year}年{d.month}月", f"{era}{'元' if ey == 1 else ey}年{d.month}月", f"{d.year}/{d.month:02d}"]
    )


def _fage(r: random.Random, a: int, kind: str = "any") -> str:
    if kind == "num":
        return str(a)
    opts = [f"{a}歳", f"{a}歳", f"{a}歳", f"{a}才", f"{a} 歳", _zen(f"{a}") + "歳"]
    if kind == "eng":
        opts = [f"{a}y", f"{a}yo", f"{a} y/o", f"{a}歳"]
    elif a < 100 and r.random() < 0.05:
        return _kan(a) + "歳"
    return r.choice(opts)


def _words(s: str) -> list[str]:
    return s.split()


_AREA3 = _words(
    "011 017 019 022 023 024 025 026 027 028 029 042 043 044 045 046 047 048 052 053 054 055 058 059 072 "
    "073 075 076 077 078 079 082 083 084 086 087 088 089 092 093 095 096 097 098 099 "
)
_AREA4 = _words(
    "0123 0138 0155 0172 0185 0238 0246 0258 0263 0266 0276 0294 0436 0466 0480 0533 0545 0566 0584 0742 "
    "0766 0776 0820 0836 0852 0857 0863 0875 0880 0942 0955 0965 0968 0977 0986 0994 "
)


def _tel(r: random.Random, kind: str = "land") -> str:
    if kind == "mobile":
        s = f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    else:
        s = r.choice(
            [
                f"03-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}",
                f"06-{r.randint(6000, 6999)}-{r.randint(1000, 9999)}",
                f"{r.choice(_AREA3)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
                f"{r.choice(_AREA4)}-{r.randint(20, 99)}-{r.randint(1000, 9999)}",
            ]
        )
    x = r.random()
    if x < 0.08:
        s = s.replace("-", "")
    elif x < 0.14:
        a, b, c = s.split("-")
        s = f"{a}({b}){c}"
    elif x < 0.22:
        s = _zen(s)
    return s


def _ext(r: random.Random) -> str:
    s = str(r.randint(2000, 7999)) if r.random() < 0.8 else str(r.randint(200, 899))
    return _zen(s) if r.random() < 0.1 else s


def _postal(r: random.Random) -> str:
    s = f"{r.randint(10, 999):03d}-{r.randint(0, 9999):04d}"
    return _zen(s) if r.random() < 0.1 else s


def _pref_city(r: random.Random) -> tuple[str, str]:
    return r.choice(_PREF_CITY)


def _street(r: random.Random, f: Faker) -> str:
    town = f.town()
    c, b, g = r.randint(1, 9), r.randint(1, 30), r.randint(1, 25)
    s = r.choice(
        [
            f"{town}{c}丁目{b}番{g}号",
            f"{town}{c}-{b}-{g}",
            f"{town}{c}丁目{b}-{g}",
            f"{town}{r.randint(100, 3999)}番地",
            f"大字{town}{r.randint(10, 2999)}",
            f"{town}{c}-{b}-{g} {f.building_name()}{town[:1]}{r.randint(101, 905)}",
            f"{town}{c}丁目{b}番{g}号 {town}{f.building_name()}{r.randint(1, 5)}0{r.randint(1, 8)}号室",
        ]
    )
    return _zen(s) if r.random() < 0.08 else s


def _addr(r: random.Random, f: Faker, level: str = "full") -> str:
    p, c = _pref_city(r)
    if level == "city":
        return r.choice([p + c, p + c, c])
    sep = r.choice(["", "", "", " "])
    if r.random() < 0.15:
        return c + sep + _street(r, f)
    return p + c + sep + _street(r, f)


def _hosp(r: random.Random, kind: str = "hosp") -> tuple[str, str]:
    pl, rom = r.choice(_PLACE)
    if kind == "hosp":
        k = r.choice(_HOSP_KIND)
        if k in ("大学医学部附属病院", "大学病院"):
            return pl + k, rom + "-u"
        if k == "県立がんセンター":
            return "県立" + pl + "がんセンター", rom + "-cc"
        pre = r.choice(["", "", "", "国立病院機構 ", "医療法人社団" + r.choice(_SURNAMES)[0] + "会 ", "公立"])
        return pre + pl + k, rom + "-hp"
    sn = r.choice(_SURNAMES)
    if kind == "clinic":
        return r.choice(
            [
                (f"{sn[0]}クリニック", sn[2].lower() + "-cl"),
                (f"{pl}レディースクリニック", rom + "-lc"),
                (f"{sn[0]}内科医院", sn[2].lower() + "-naika"),
                (f"{pl}ウィメンズクリニック", rom + "-wc"),
                (f"{sn[0]}産婦人科", sn[2].lower() + "-obgy"),
                (f"{pl}泌尿器科クリニック", rom + "-uro"),
                (f"医療法人{pl}会 {sn[0]}医院", sn[2].lower()),
            ]
        )
    if kind == "care":
        return r.choice(
            [
                (f"特別養護老人ホーム{pl}苑", rom),
                (f"介護老人保健施設 {pl}の里", rom),
                (f"グループホーム{pl}", rom),
                (f"有料老人ホーム {pl}ケアレジデンス", rom),
            ]
        )
    return pl + "病院", rom


# --------------------------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------------------------


class _P:
    __slots__ = ("fam", "fk", "fr", "giv", "gk", "gr", "kind", "sex")

    def __init__(self, fam: str, fk: str, fr: str, giv: str, gk: str, gr: str, sex: str, kind: str = "jp"):
        self.fam, self.fk, self.fr, self.giv, self.gk, self.gr, self.sex, self.kind = (
            fam,
            fk,
            fr,
            giv,
            gk,
            gr,
            sex,
            kind,
        )

    @property
    def katakana_only(self) -> bool:
        return self.kind in ("vn", "west")

    def full(self, r: random.Random) -> str:
        if self.katakana_only:
            return self.fk + r.choice([" ", "・", "　", " "]) + self.gk.replace("・", r.choice(["・", " "]))
        return self.fam + r.choice([" ", " ", "　", ""]) + self.giv

    def famn(self) -> str:
        return self.fk if self.katakana_only else self.fam

    def kana(self, r: random.Random, half: bool = False) -> str:
        s = self.fk + r.choice([" ", "　"]) + self.gk
        return _hankaku(s) if half else s

    def rom(self, r: random.Random) -> str:
        f, g = self.fr, self.gr
        return r.choice(
            [
                f"{f.upper()} {g}",
                f"{f.upper()}, {g}",
                f"{g} {f}",
                f"{f} {g}",
                f"{f.upper()} {g.upper()}",
                f"{g} {f.upper()}",
            ]
        )

    def rom_short(self, r: random.Random) -> str:
        f, g = self.fr, self.gr
        return r.choice([f"{f} {g[0]}.", f"{g[0]}. {f}", f"{f.upper()} {g[0]}", f])

    def init(self, r: random.Random) -> str:
        f, g = self.fr[0], self.gr[0]
        return r.choice([f"{f}.{g}.", f"{g}.{f}.", f"{f}. {g}."])

    def show(self, r: random.Random, forms: str) -> str:
        """forms: comma list of full,fam,kana,hkana,hira,rom,roms,init."""
        form = r.choice(forms.split(","))
        if form == "fam":
            return self.famn()
        if form == "kana":
            return self.kana(r)
        if form == "hkana":
            return self.kana(r, half=True)
        if form == "hira":
            return _hira(self.kana(r)) if not self.katakana_only else self.kana(r)
        if form == "rom":
            return self.rom(r)
        if form == "roms":
            return self.rom_short(r)
        if form == "init":
            return self.init(r)
        return self.full(r)

    def known_name(self) -> dict[str, str]:
        return {
            "family": self.fam,
            "given": self.giv,
            "family_kana": self.fk,
            "given_kana": self.gk,
            "family_romaji": self.fr,
            "given_romaji": self.gr,
        }


_OLD_GIVEN = set(
    [
        "茂",
        "勇",
        "清",
        "博",
        "正雄",
        "義男",
        "勝",
        "和夫",
        "寅吉",
        "源次郎",
        "昭",
        "正",
        "隆",
        "秀樹",
        "信行",
        "誠",
        "浩二",
        "健一",
        "太郎",
        "千代",
        "和子",
        "幸子",
        "ハル",
        "ウメ",
        "トメ",
        "キヨ",
        "マツ",
        "スミ",
        "ヨシ",
        "恵子",
        "久美子",
        "明美",
        "智子",
        "静香",
        "陽子",
        "直美",
        "由美",
        "花子",
    ]
)
_NEW_GIVEN = set(
    [
        "陽翔",
        "蒼",
        "悠真",
        "拓海",
        "翔太",
        "翼",
        "航",
        "大輔",
        "達也",
        "俊介",
        "優",
        "光",
        "慎之介",
        "結衣",
        "葵",
        "凛",
        "芽衣",
        "彩",
        "桃子",
        "さくら",
        "ひかり",
        "はな",
        "ゆい",
        "エミリ",
        "希望",
        "愛",
        "美咲",
        "みゆき",
    ]
)
_REL_SEX = {
    "長男": "M",
    "次男": "M",
    "長女": "F",
    "次女": "F",
    "妻": "F",
    "夫": "M",
    "母": "F",
    "父": "M",
    "兄": "M",
    "姉": "F",
    "弟": "M",
    "妹": "F",
    "息子": "M",
    "娘": "F",
    "姪": "F",
    "甥": "M",
}


def _person(
    r: random.Random, sex: str | None = None, foreign: float = 0.0, fam: tuple | None = None, age: int | None = None
) -> _P:
    if r.random() < foreign and fam is None:
        cand = [x for x in _FOREIGN if sex is None or x[7] == sex]
        k, fa, fk, fr, gi, gk, gr, sx = r.choice(cand)
        return _P(fa, fk, fr, gi, gk, gr, sx, k)
    sex = sex or r.choice("MF")
    fa = fam or r.choice(_SURNAMES)
    pool = _MALE if sex == "M" else _FEMALE
    if age is not None and age >= 65:
        pool = [g for g in pool if g[0] in _OLD_GIVEN]
    elif age is not None and age < 35:
        pool = [g for g in pool if g[0] in _NEW_GIVEN or g[0] not in _OLD_GIVEN]
    elif age is not None and age >= 45:
        pool = [g for g in pool if g[0] not in _NEW_GIVEN and g[0] not in ("トメ", "ウメ", "マツ", "寅吉", "源次郎")]
    else:
        pool = [g for g in pool if g[0] not in ("トメ", "ウメ", "マツ", "寅吉", "源次郎")]
    g = r.choice(pool)
    return _P(fa[0], fa[1], fa[2], g[0], g[1], g[2], sex)


def _relative(r: random.Random, pt: _Pt, rels: list[str], age: int | None = None) -> tuple[str, _P]:
    """A relative of the patient: same surname unless married out (daughters, sisters) or foreign."""
    rel = r.choice(rels)
    sx = _REL_SEX.get(rel, r.choice("MF"))
    same = not pt.p.katakana_only and not (sx == "F" and rel in ("長女", "次女", "娘", "姉", "妹") and r.random() < 0.4)
    if pt.p.katakana_only:
        c = [x for x in _FOREIGN if x[1] == pt.p.fam and x[7] == sx] or [x for x in _FOREIGN if x[7] == sx]
        _k, _fa, _fk, _fr, gi, gk, gr, s2 = r.choice(c)
        return rel, _P(pt.p.fam, pt.p.fk, pt.p.fr, gi, gk, gr, s2, pt.p.kind)
    return rel, _person(r, sex=sx, fam=(pt.p.fam, pt.p.fk, pt.p.fr) if same else None, age=age)


class _Pt:
    """A patient with the attributes used in headers and in ``known``."""

    def __init__(
        self, r: random.Random, f: Faker, ref: _dt.date, amin: int = 20, amax: int = 95, sex: str | None = None
    ):
        self.age = r.randint(amin, amax) if r.random() > 0.07 else r.randint(max(amin, 90), max(amax, 103))
        self.p = _person(r, sex=sex, foreign=0.1, age=self.age)
        self.sex = self.p.sex
        bd = ref - _dt.timedelta(days=365 * self.age + r.randint(1, 360) + self.age // 4)
        self.birth = bd
        self.pid = r.choice(
            [
                f"{r.randint(0, 99999999):08d}",
                f"{r.randint(1000000, 9999999)}",
                f"{r.randint(10**9, 10**10 - 1)}",
                f"{r.randint(0, 999999):06d}",
            ]
        )
        self.addr = _addr(r, f)
        self.postal = _postal(r)
        self.phone = _tel(r, r.choice(["land", "mobile"]))

    def pid_s(self, r: random.Random) -> str:
        x = r.random()
        if x < 0.1:
            return _zen(self.pid)
        if x < 0.18 and len(self.pid) >= 8:
            return f"{self.pid[:-4]}-{self.pid[-4:]}"
        return self.pid

    def sex_s(self, r: random.Random, style: str = "jp") -> str:
        if style == "en":
            return self.sex
        return r.choice(["男", "男性"] if self.sex == "M" else ["女", "女性"])

    def known(self, show_addr: bool = True, show_phone: bool = False) -> dict[str, Any]:
        return {
            "names": [self.p.known_name()],
            "ids": [self.pid],
            "birth_date": self.birth.isoformat(),
            "addresses": [self.addr] if show_addr else [],
            "phones": [self.phone] if show_phone else [],
            "emails": [],
        }


# --------------------------------------------------------------------------------------------------------------
# Builder: wraps Doc; in clean mode identifiers become generic phrases
# --------------------------------------------------------------------------------------------------------------


class _B:
    def __init__(self, did: str, r: random.Random, f: Faker, clean: bool):
        self.doc = Doc(did)
        self.r = r
        self.f = f
        self.clean = clean
        ref = _dt.date(2018, 1, 1) + _dt.timedelta(days=r.randint(0, 2800))
        if ref.weekday() >= 5 and r.random() < 0.85:
            ref += _dt.timedelta(days=7 - ref.weekday())
        self.ref = ref

    def _noise(self, s: str) -> str:
        r = self.r
        if len(s) > 6 and r.random() < 0.05:
            a, b = r.choice(_TYPOS)
            if a in s:
                s = s.replace(a, b, 1)
        if len(s) > 30 and "\n" not in s[-3:] and r.random() < 0.05:
            i = r.randrange(8, len(s) - 8)
            if s[i - 1] not in " 　\n" and s[i] not in " 　\n":
                s = s[:i] + "\n" + s[i:]
        return s

    def t(self, s: str) -> _B:
        if s:
            self.doc.t(self._noise(s))
        return self

    def raw(self, s: str) -> _B:
        if s:
            self.doc.t(s)
        return self

    def h(self, s: str) -> _B:
        """Text that only makes sense next to a real identifier (honorific, 〒); dropped in clean mode."""
        if not self.clean:
            self.doc.t(s)
        return self

    def p(self, s: str, kind: str, alt: str = "") -> _B:
        if self.clean:
            if alt:
                self.doc.t(alt)
        else:
            self.doc.p(s, kind)
        return self

    def nm(self, s: str, alt: str, hon: str = "") -> _B:
        if self.clean:
            self.doc.t(alt)
        else:
            self.doc.p(s, "PERSON")
            if hon:
                self.doc.t(hon)
        return self

    def dt(self, d: _dt.date, kind: str = "full", alt: str = "同日", tm: str | None = None) -> _B:
        s = _fdate(self.r, d, kind)
        if tm:
            s = s + self.r.choice([" ", " ", "  ", "　", " "]) + tm
            alt = alt + " " + tm
        return self.p(s, "DATE", alt)

    def age(self, a: int, kind: str = "any", alt: str | None = None) -> _B:
        if alt is None:
            alt = "高齢" if a >= 70 else ("若年" if a < 20 else "成人")
        return self.p(_fage(self.r, a, kind), "AGE", alt)

    def out(self, known: dict[str, Any] | None = None) -> dict[str, Any]:
        if self.clean:
            return self.doc.out()
        return self.doc.out(known)


def _tm(r: random.Random, h0: int = 8, h1: int = 18) -> str:
    return f"{r.randint(h0, h1):02d}:{r.randint(0, 59):02d}"


def _ward(r: random.Random, abbr: bool = False) -> str:
    n = r.randint(2, 12)
    return r.choice(_WARD_ABBR if abbr else _WARDS).format(n=n)


def _room(r: random.Random, ward: str | None = None) -> str:
    n = r.randint(2, 12)
    if ward:
        digits = "".join(c for c in ward if c.isdigit())
        if digits:
            n = int(digits)
    return f"{n}{r.randint(1, 30):02d}"


def _yy(d: _dt.date) -> str:
    return f"{d.year % 100:02d}"


# --------------------------------------------------------------------------------------------------------------
# Clinical content pools (no PHI)
# --------------------------------------------------------------------------------------------------------------


def _f1(r: random.Random, a: float, b: float) -> str:
    return f"{r.uniform(a, b):.1f}"


def _org_stomach(r: random.Random) -> dict[str, str]:
    loc = r.choice(["胃角部小彎", "胃体下部後壁", "前庭部大彎", "胃体中部前壁", "幽門前庭部前壁"])
    mt = r.choice(["0-IIc", "0-IIa+IIc", "2", "3", "0-IIc+III"])
    hist = r.choice(["tub1", "tub2", "por1", "por2>sig", "sig>por2", "tub2>por1"])
    depth, layer = r.choice(
        [
            ("pT1a(M)", "粘膜内にとどまる"),
            ("pT1b1(SM1, 350µm)", "粘膜下層浅層 (350µm) に浸潤する"),
            ("pT1b2(SM2, 1200µm)", "粘膜下層 (1200µm) に浸潤する"),
            ("pT2(MP)", "固有筋層に浸潤する"),
            ("pT3(SS)", "漿膜下層に浸潤する"),
            ("pT4a(SE)", "漿膜表面に露出する"),
        ]
    )
    ly, v = r.randint(0, 1), r.randint(0, 1)
    ln, tot = r.randint(0, 5), r.randint(18, 46)
    spec, en = r.choice(
        [
            ("幽門側胃切除標本", "distal gastrectomy"),
            ("胃全摘標本", "total gastrectomy"),
            ("腹腔鏡下幽門側胃切除標本", "laparoscopic distal gastrectomy"),
        ]
    )
    return {
        "dept": "消化器外科",
        "cdx": f"胃癌 cT{r.randint(1, 3)}N0M0",
        "gross": f"{spec}。小彎長 {_f1(r, 9, 14)}cm、大彎長 {_f1(r, 15, 24)}cm。"
        f"{loc}に {_f1(r, 1.2, 6.5)}×{_f1(r, 1, 5)}cm 大の{mt}型病変を認める。"
        f"口側断端まで {_f1(r, 2, 8)}cm、肛門側断端まで {_f1(r, 1.5, 6)}cm。",
        "cut": f"病変部を小彎線に平行に全割し #1〜#{r.randint(6, 14)} を作製。"
        "リンパ節は No.1, 3, 4sb, 4d, 5, 6, 7, 8a を郭清部位別に提出。",
        "micro": f"{hist} 優位の腺癌で、{layer}。間質は中等量、INFb。リンパ管侵襲 ly{ly}、静脈侵襲 v{v}。"
        "背景胃粘膜は萎縮と腸上皮化生を伴う。",
        "dx": f"Stomach, {en}: Adenocarcinoma ({hist}), {depth}, ly{ly}, v{v}, "
        f"pN{1 if ln else 0}({ln}/{tot}), pPM0, pDM0",
    }


def _org_colon(r: random.Random) -> dict[str, str]:
    site, en = r.choice(
        [
            ("S状結腸", "sigmoid"),
            ("上行結腸", "ascending"),
            ("横行結腸", "transverse"),
            ("直腸Ra", "rectum, Ra"),
            ("盲腸", "cecum"),
            ("下行結腸", "descending"),
        ]
    )
    hist = r.choice(["tub1", "tub2", "tub2>por1", "muc"])
    dep, layer = r.choice(
        [
            ("pT2(MP)", "固有筋層"),
            ("pT3(SS)", "漿膜下層"),
            ("pT3(A)", "外膜"),
            ("pT4a(SE)", "漿膜表面"),
            ("pT1b(SM 2500µm)", "粘膜下層 (2500µm)"),
        ]
    )
    lyv = f"Ly{r.choice(['0', '1a', '1b'])}, V{r.choice(['0', '1a', '1b'])}"
    ln, tot = r.randint(0, 4), r.randint(10, 32)
    return {
        "dept": "消化器外科",
        "cdx": f"{site}癌",
        "gross": f"{site}切除標本、腸管長 {r.randint(14, 32)}cm。肛門側断端より {_f1(r, 3, 12)}cm の部位に "
        f"{_f1(r, 2, 7)}×{_f1(r, 1.5, 5)}cm 大の2型腫瘍、周在性は {r.randint(30, 100)}%。",
        "cut": f"腫瘍の最深部を含む長軸割面で #1〜#{r.randint(4, 9)}、断端は口側 #A・肛門側 #B として提出。",
        "micro": f"{hist} 主体の腺癌で、{layer}まで浸潤。Budding Grade {r.randint(1, 3)}、{lyv}, Pn{r.randint(0, 1)}。",
        "dx": f"Colon ({en}), resection: Adenocarcinoma ({hist}), {dep}, {lyv}, pN{1 if ln else 0}({ln}/{tot}), "
        "pPM0, pDM0, pRM0",
    }


def _org_breast(r: random.Random) -> dict[str, str]:
    side = r.choice(["右", "左"])
    area = r.choice(["C領域", "A領域", "D領域", "AC領域", "CD領域"])
    return {
        "dept": "乳腺外科",
        "cdx": f"{side}乳癌 ({area}) cT{r.randint(1, 2)}N0M0",
        "gross": f"{side}乳房部分切除標本 {r.randint(5, 10)}×{r.randint(4, 8)}×{r.randint(2, 4)}cm。割面に "
        f"{_f1(r, 0.8, 3.5)}cm 大の灰白色硬結節。乳頭側断端まで {_f1(r, 0.3, 2)}cm。",
        "cut": f"5mm 間隔で全割し #1〜#{r.randint(8, 16)}（切り出し図参照）、SN#1・SN#2 は別容器。",
        "micro": f"浸潤性乳管癌 (硬性型) が脂肪組織へ浸潤。核グレード {r.randint(1, 3)}、組織学的グレード "
        f"{r.randint(1, 3)}。乳管内成分 {r.randint(5, 40)}%。ER Allred score {r.randint(0, 8)}, PgR "
        f"{r.randint(0, 8)}, HER2 score {r.choice(['0', '1+', '2+', '3+'])}, Ki-67 labeling index "
        f"{r.randint(5, 60)}%。",
        "dx": f"Breast, {'right' if side == '右' else 'left'}, partial mastectomy: Invasive ductal carcinoma, "
        f"scirrhous type, {_f1(r, 0.8, 3.5)}cm, surgical margin negative, SN 0/{r.randint(1, 3)}",
    }


def _org_lung(r: random.Random) -> dict[str, str]:
    lobe, en, segs = r.choice(
        [
            ("右上葉", "right upper lobe", ["S1", "S2", "S3"]),
            ("右中葉", "right middle lobe", ["S4", "S5"]),
            ("右下葉", "right lower lobe", ["S6", "S8", "S9", "S10"]),
            ("左上葉", "left upper lobe", ["S1+2", "S3", "S4"]),
            ("左下葉", "left lower lobe", ["S6", "S8", "S9", "S10"]),
        ]
    )
    seg = r.choice(segs)
    pl = r.choice([0, 0, 1, 2])
    return {
        "dept": "呼吸器外科",
        "cdx": f"{lobe}肺癌疑い ({seg})",
        "gross": f"{lobe}切除標本。{seg} 胸膜直下に {_f1(r, 1, 4.5)}×{_f1(r, 0.8, 3.5)}cm 大の境界不明瞭な"
        "灰白色結節。" + ("胸膜陥入を伴う。" if pl else "") + "気管支断端まで 2.5cm。",
        "cut": "腫瘍最大割面を含む 7mm 間隔で #1〜#6。気管支断端 #BR、#11s, #12u リンパ節。",
        "micro": f"{r.choice(['腺房型', '乳頭型', '置換型', '充実型'])}優位の腺癌 "
        f"(lepidic {r.randint(5, 40)}%)。pl{pl}, v{r.randint(0, 1)}, ly0。弾性線維染色 (EVG) で胸膜浸潤を評価。"
        f"EGFR 遺伝子検査用にブロック #{r.randint(2, 5)} を指定。",
        "dx": f"Lung, {en}, lobectomy: Invasive adenocarcinoma, pT{r.choice(['1b', '1c', '2a'])}N0, "
        f"pl{pl}, bronchial margin negative",
    }


def _org_prostate(r: random.Random) -> dict[str, str]:
    p = r.randint(1, 8)
    gs = r.choice(["3+3=6", "3+4=7", "4+3=7", "4+4=8", "4+5=9"])
    gg = {"3+3=6": 1, "3+4=7": 2, "4+3=7": 3, "4+4=8": 4, "4+5=9": 5}[gs]
    return {
        "dept": "泌尿器科",
        "cdx": f"前立腺癌疑い PSA {_f1(r, 4.2, 38)} ng/mL",
        "gross": "前立腺針生検 12本 (右 #1〜#6, 左 #7〜#12)、長さ 0.8〜1.7cm。",
        "cut": "各コアを別カセットに全包埋、HE 3段切り。",
        "micro": f"{p}/12 本に腺癌を認め、Gleason score {gs}、最大腫瘍長 {_f1(r, 1, 12)}mm (#{r.randint(1, 12)})。"
        "神経周囲浸潤あり。",
        "dx": f"Prostate, needle biopsy: Adenocarcinoma, Gleason score {gs}, Grade Group {gg}, {p}/12 cores",
    }


def _org_uterus(r: random.Random) -> dict[str, str]:
    g, inv = r.randint(1, 3), r.choice(["1/2未満", "1/2以上"])
    return {
        "dept": "婦人科",
        "cdx": "子宮体癌疑い、不正性器出血",
        "gross": f"単純子宮全摘+両側付属器切除標本、子宮 {r.randint(6, 10)}×{r.randint(4, 7)}cm。体部後壁に "
        f"{_f1(r, 1, 4)}cm 大の乳頭状隆起性病変。",
        "cut": f"前壁・後壁を縦割し #1〜#{r.randint(8, 14)}、頸部は時計回りに 12 分割。",
        "micro": f"類内膜癌 Grade {g}。筋層浸潤は {inv}。LVSI {r.choice(['陰性', '陽性'])}。"
        f"MMR 免疫染色: MLH1 {r.choice(['保持', '消失'])}, PMS2 保持, MSH2 保持, MSH6 保持。",
        "dx": f"Uterus, hysterectomy: Endometrioid carcinoma, Grade {g}, pT1{'a' if inv == '1/2未満' else 'b'}",
    }


def _org_thyroid(r: random.Random) -> dict[str, str]:
    return {
        "dept": "内分泌外科",
        "cdx": f"甲状腺{r.choice(['右葉', '左葉'])}腫瘍 (Bethesda {r.choice(['V', 'VI'])})",
        "gross": f"甲状腺葉切除標本 {r.randint(4, 7)}×{r.randint(2, 4)}cm、{_f1(r, 0.6, 2.8)}cm 大の白色充実性結節、"
        "被膜形成は不完全。",
        "cut": "結節を含む 3mm 間隔で全割 #1〜#7。",
        "micro": "すりガラス状核、核溝、核内細胞質封入体を有する腫瘍細胞が乳頭状に増殖。砂粒体あり。背景に"
        "リンパ濾胞形成を伴う慢性甲状腺炎（橋本病）の像。",
        "dx": "Thyroid, lobectomy: Papillary carcinoma, classic type, pEx0, background chronic thyroiditis",
    }


def _org_skin(r: random.Random) -> dict[str, str]:
    site = r.choice(["右頬部", "鼻背", "左上腕", "背部", "左足底", "右耳介"])
    return {
        "dept": "皮膚科",
        "cdx": f"{site}皮膚腫瘍 (BCC疑い)",
        "gross": f"{site}皮膚紡錘形切除 {_f1(r, 1.5, 4)}×{_f1(r, 0.8, 2)}cm、"
        f"中央に {_f1(r, 0.4, 1.5)}cm 大の黒色結節。",
        "cut": "短軸方向に 5 分割、長軸両端は #1, #5。",
        "micro": "基底細胞様細胞が柵状配列を伴う胞巣を形成し真皮中層まで浸潤。裂隙形成あり。",
        "dx": f"Skin, {site}, excision: Basal cell carcinoma, nodular type, margins free",
    }


_ORGANS = [_org_stomach, _org_colon, _org_breast, _org_lung, _org_prostate, _org_uterus, _org_thyroid, _org_skin]


# --------------------------------------------------------------------------------------------------------------
# Style 1: surgical pathology report
# --------------------------------------------------------------------------------------------------------------


def _acc_s(r: random.Random, d: _dt.date) -> str:
    yy, n = _yy(d), r.randint(1, 19999)
    return r.choice([f"S{yy}-{n:05d}", f"S-{yy}-{n:04d}", f"P{d.year}-{n:05d}", f"{yy}S{n:05d}", f"S{d.year}-{n:04d}"])


def _pt_for_organ(b: _B, o: dict[str, str]) -> _Pt:
    if o["dept"] in ("乳腺外科", "婦人科"):
        return _Pt(b.r, b.f, b.ref, 30, 90, sex="F")
    if o["dept"] == "泌尿器科":
        return _Pt(b.r, b.f, b.ref, 50, 92, sex="M")
    return _Pt(b.r, b.f, b.ref, 30, 92)


def _s_surgpath(b: _B) -> dict[str, Any]:
    r = b.r
    o = r.choice(_ORGANS)(r)
    pt = _pt_for_organ(b, o)
    dcol = b.ref
    drec = dcol + _dt.timedelta(days=r.randint(0, 1))
    drep = drec + _dt.timedelta(days=r.randint(3, 12))
    acc = _acc_s(r, dcol)
    req, rep, chk, cut = _person(r), _person(r), _person(r), _person(r)
    ward = _ward(r)
    tmpl = r.randrange(3)
    if tmpl == 0:
        b.t(r.choice(["━━━━ 病理組織診断報告書 ━━━━\n", "【病理組織診断報告書】\n", "病理診断報告書 (最終報告)\n"]))
        b.t("標本番号: ").p(acc, "ID", "（別紙）").t("      受付日: ").dt(drec, "log", "受付当日").t("\n")
        b.t("患者ID  : ").p(pt.pid_s(r), "ID", "（省略）").t("   病棟: ").p(ward, "FACILITY", "入院病棟")
        if r.random() < 0.5:
            b.t(" ").p(_room(r, ward) + "号室", "FACILITY", "")
        b.t("\n氏名    : ").nm(pt.p.full(r), "本人")
        if r.random() < 0.7:
            b.t(" (").nm(pt.p.kana(r, half=r.random() < 0.6), "カナ省略").t(")")
        b.t(f"  性別: {pt.sex_s(r)}  年齢: ").age(pt.age).t("\n")
        if r.random() < 0.6:
            b.t("生年月日: ").dt(pt.birth, "birth", "（省略）").t("\n")
        b.t("依頼科  : ").p(o["dept"], "DEPARTMENT", "依頼科").t("   依頼医: ").nm(req.show(r, "full,fam"), "主治医")
        b.t("\n採取日  : ").dt(dcol, "log", "採取日当日").t("\n臨床診断: " + o["cdx"] + "\n")
        b.t("【肉眼所見】\n" + o["gross"] + "\n【切り出し】\n" + o["cut"])
        b.t(" (切り出し: ").nm(cut.show(r, "fam,full"), "担当医").t(
            r.choice(["、写真撮影済)\n", ")\n", " / 技師立会)\n"])
        )
        b.t("【組織所見】\n" + o["micro"] + "\n【病理診断】\n" + o["dx"] + "\n")
        if r.random() < 0.5:
            old = dcol - _dt.timedelta(days=r.randint(20, 120))
            b.t("※前回生検 ").p(_acc_s(r, old), "ID", "（前回標本）").t(" (").dt(old, "full", "前回").t(
                ") の所見と合致。\n"
            )
        b.t("報告日: ").dt(drep, "log", "本日").t("  報告医: ").nm(rep.full(r), "病理医")
        b.t("   確認医: ").nm(chk.show(r, "full,fam"), "病理専門医").t("\n")
    elif tmpl == 1:
        b.t("病理診断報告書　No. ").p(acc, "ID", "（省略）").t("\n依頼：").p(o["dept"], "DEPARTMENT", "依頼科")
        b.t("　").nm(req.famn(), "主治医", r.choice(["先生", " 先生", "Dr", " Dr."]))
        b.t("　（採取 ").dt(dcol, "short", "当日").t("、受付 ").dt(drec, "short", "翌日").t("）\n")
        b.t("患者：").nm(pt.p.full(r), "本人", r.choice([" 様", "様", " 殿", ""])).t("　")
        b.age(pt.age).t(f" {pt.sex_s(r)}　ID ").p(pt.pid_s(r), "ID", "（省略）").t("\n")
        if r.random() < 0.4:
            fac = _clinic_for(r, "gyn" if o["dept"] == "婦人科" else ("uro" if o["dept"] == "泌尿器科" else "gen"))
            b.t("紹介元：").p(fac, "FACILITY", "前医").t(
                r.choice(["（精査目的）\n", "（前医にて生検、当院で手術）\n", "\n"])
            )
        b.t("\n＜臨床診断＞ " + o["cdx"] + "\n＜肉眼所見＞\n" + o["gross"] + "\n" + o["cut"] + "\n")
        b.t("＜組織所見＞\n" + o["micro"] + "\n")
        if r.random() < 0.5:
            old = dcol - _dt.timedelta(days=r.randint(15, 90))
            b.t("以前の生検（").p(_acc_s(r, old), "ID", "前回標本").t("、").dt(old, "full", "前回").t(
                "）では Group 5。"
            )
            b.t("今回の切除標本とあわせて評価した。\n")
        b.t("＜診断＞\n" + o["dx"] + "\n\n報告医　").nm(rep.show(r, "full,fam"), "病理医").t("　／確認医　")
        b.nm(chk.famn(), "病理専門医").t("（ダブルチェック済）　").dt(drep, "formal", "本日").t("\n")
        if r.random() < 0.75:
            b.t("※ ").dt(drep, "short", "同日", tm=_tm(r, 13, 19)).t(" 主治医 ").nm(req.famn(), "主治医", "先生")
            op_, cl_ = r.choice(
                [("へ内線(", ")にて報告済み。"), ("に電話（内線 ", "）で口頭報告、了承。"), ("へPHS ", " にて連絡済")]
            )
            b.t(op_).p(_ext(r), "PHONE_NUMBER", "病棟").t(cl_ + "\n")
    else:
        en = r.random() < 0.5
        b.t("SURGICAL PATHOLOGY REPORT\nAccession #: ").p(acc, "ID", "(on file)").t("    Pt ID: ")
        b.p(pt.pid, "ID", "(on file)").t("\nName: ").nm(pt.p.rom(r) if en else pt.p.full(r), "patient").t(
            "    Age/Sex: "
        )
        b.age(pt.age, "num", "adult").t(f"/{pt.sex}")
        if r.random() < 0.6:
            b.t("    DOB: ").dt(pt.birth, "eng", "(on file)")
        wd = _ward(r, abbr=True)
        b.t("\nWard: ").p(wd, "FACILITY", "ward").t(" / Rm ").p(_room(r, wd), "FACILITY", "room")
        b.t("    Requesting Dr: ").nm(req.rom_short(r), "attending").t(" (").p(o["dept"], "DEPARTMENT", "依頼科")
        b.t(")\nReceived: ").dt(drec, "eng", "today").t("   Reported: ").dt(drep, "eng", "today").t("\n")
        b.t("Clinical Dx: " + o["cdx"] + "\nGross: " + o["gross"] + "\nSection code: " + o["cut"] + "\n")
        b.t("Microscopic: " + o["micro"] + "\n\nDIAGNOSIS:\n  " + o["dx"] + "\n\n")
        b.t("Pathologist: ").nm(rep.rom_short(r), "pathologist").t(", MD / Reviewed by: ")
        b.nm(chk.show(r, "full,fam,roms"), "senior pathologist").t("\n")
        if r.random() < 0.4:
            b.t("Comment: 追加免疫染色 (CK7/CK20/CDX2) 結果は ").dt(drep + _dt.timedelta(days=4), "short", "後日")
            b.t(" に追記予定。\n")
    return pt.known(show_addr=False)


# --------------------------------------------------------------------------------------------------------------
# Style 2: intra-operative frozen section log
# --------------------------------------------------------------------------------------------------------------

_FROZEN = [
    (
        "消化器外科",
        "腹腔鏡下胃切除",
        ["口側断端", "肛門側断端", "No.16 リンパ節"],
        ["陰性 (癌なし)", "陰性", "転移なし"],
    ),
    (
        "乳腺外科",
        "乳房部分切除+SNB",
        ["センチネルリンパ節 #1", "センチネルリンパ節 #2", "乳頭側断端"],
        ["転移なし", "微小転移疑い (0.3mm)", "陰性"],
    ),
    ("婦人科", "付属器切除", ["右卵巣腫瘍"], ["境界悪性 (漿液性) 疑い、永久標本で確定", "悪性 (腺癌) 疑い"]),
    ("呼吸器外科", "肺部分切除", ["左S6 結節", "切除断端"], ["腺癌", "断端陰性 (距離 1.2cm)"]),
    ("肝胆膵外科", "膵頭十二指腸切除", ["膵断端", "胆管断端"], ["陰性", "異型上皮なし"]),
    (
        "脳神経外科",
        "開頭腫瘍摘出",
        ["腫瘍 (右前頭葉)"],
        ["glioma, high grade 疑い", "リンパ腫の可能性あり、追加提出依頼"],
    ),
    ("泌尿器科", "膀胱全摘", ["尿管断端 右", "尿管断端 左", "尿道断端"], ["陰性", "CIS なし", "陰性"]),
]


def _s_frozen(b: _B) -> dict[str, Any]:
    r, f = b.r, b.f
    dept, op, specs, results = r.choice(_FROZEN)
    sex = "F" if dept in ("乳腺外科", "婦人科") else None
    pt = _Pt(r, f, b.ref, 25, 90, sex=sex)
    d = b.ref
    fno = r.choice(
        [f"F{_yy(d)}-{r.randint(1, 999):04d}", f"IO{_yy(d)}-{r.randint(1, 999):03d}", f"R{d.year}-{r.randint(1, 999)}"]
    )
    sno = _acc_s(r, d)
    surg, ns, tech, path = _person(r), _person(r), _person(r), _person(r)
    orx, phs = _ext(r), _ext(r)
    room = r.randint(1, 14)
    h, m = r.randint(9, 15), r.randint(0, 40)
    tmpl = r.randrange(3)
    n = min(len(specs), r.randint(1, 3))
    if tmpl == 0:
        b.t(r.choice(["【術中迅速診断 記録】 ", "術中迅速 受付・報告記録　", "■迅速組織診 連絡票 "]))
        b.dt(d, "full", "本日").t("\n迅速番号: ").p(fno, "ID", "（省略）").t("  病理番号: ").p(sno, "ID", "（未採番）")
        b.t("\n患者: ").p(pt.pid_s(r), "ID", "").t(" ").nm(pt.p.full(r), "本人", r.choice([" 様", "様", ""])).t(" (")
        b.age(pt.age).t(f" {pt.sex_s(r)})\n術式: {op} / 執刀: ").p(dept, "DEPARTMENT", "担当科").t(" ")
        b.nm(surg.famn(), "執刀医", r.choice([" Dr.", "先生", " Dr"])).t(f" / 手術室: {room}番 (内線")
        b.p(orx, "PHONE_NUMBER", "手術室").t(")\n" + "-" * r.randint(20, 40) + "\n")
        tt = h * 60 + m

        def hm(x: int) -> str:
            return f"{x // 60:02d}:{x % 60:02d}"

        for i in range(n):
            b.t(f"{hm(tt)} 検体{i + 1} 到着 ({specs[i]}) 提出者: 手術室Ns ").nm(ns.famn(), "外回り看護師").t("\n")
            tt += r.randint(1, 3)
            b.t(f"{hm(tt)} 受付・凍結切片作製 (技師 ").nm(tech.famn(), "担当技師").t(")\n")
            tt += r.randint(9, 16)
            b.t(f"{hm(tt)} 鏡検 (病理医 ").nm(path.show(r, "fam,full"), "担当").t(")\n")
            tt += r.randint(2, 6)
            b.t(f"{hm(tt)} ").nm(path.famn(), "病理医").t("→").nm(surg.famn(), "執刀医", "Dr")
            op_, cl_ = r.choice([(" へ電話 (内線", ")"), (" に報告（内線 ", "）"), (" 口頭報告 ext.", "")])
            b.t(op_).p(orx, "PHONE_NUMBER", "手術室").t(f"{cl_}「{results[min(i, len(results) - 1)]}」 復唱確認あり\n")
            tt += r.randint(8, 20)
        if r.random() < 0.5:
            b.t("※1回目不通のため PHS ").p(phs, "PHONE_NUMBER", "担当医").t(" へ再架電。\n")
        b.t("記録者: ").nm(tech.show(r, "full,fam"), "担当技師", r.choice(["(CT)", " 技師", ""])).t("\n")
    elif tmpl == 1:
        b.t("LIS AUDIT TRAIL  -- intraoperative consultation --\nReqNo=").p(fno, "ID", "****")
        b.t("  PtID=").p(pt.pid, "ID", "****").t("  Name=").nm(pt.p.kana(r, half=True), "****").t("  Dept=")
        b.p(dept, "DEPARTMENT", "****").t("\n")
        for i in range(n):
            for act, who in (("RECEIVED", tech), ("SECTIONED", tech), ("DIAG_ENTERED", path), ("CALLED", path)):
                ts = f"{h:02d}:{m:02d}:{r.randint(0, 59):02d}"
                b.dt(d, "log", "----/--/--", tm=ts).t(f"  {act:<13} spec={i + 1}  user=")
                b.nm(who.rom(r) if r.random() < 0.4 else who.full(r), "staff")
                if act == "CALLED":
                    b.t("  to=").nm(surg.show(r, "fam,full"), "surgeon", r.choice(["Dr", "先生"])).t(" ext=")
                    b.p(orx, "PHONE_NUMBER", "OR").t(f'  result="{results[min(i, len(results) - 1)]}"')
                b.t("\n")
                m += r.randint(1, 8)
                if m >= 60:
                    h, m = h + 1, m - 60
        b.t("FINAL: permanent section ").p(sno, "ID", "(pending)").t(" へ引継ぎ\n")
    else:
        b.t("術中迅速メモ（").dt(d, "short", "本日").t("）\n")
        b.nm(pt.p.famn(), "患者", r.choice(["さん", "様", "氏"])).t("（").age(pt.age).t("、").p(
            dept, "DEPARTMENT", "依頼科"
        )
        b.t(f"、{op}）。\n")
        b.t("予約: ").dt(d - _dt.timedelta(days=r.randint(1, 3)), "short", "前日").t(" に ").nm(
            surg.famn(), "執刀医", " 先生"
        )
        b.t("より PHS (").p(phs, "PHONE_NUMBER", "執刀医").t(
            ") で連絡あり。" + r.choice(["予定 13時頃、", "開始は午後、", ""])
        )
        b.t(f"検体{len(specs)}個程度の見込み。\n")
        b.t(f"{h}時{m:02d}分 {specs[0]}到着。オペ室看護師 ").nm(ns.full(r), "担当看護師", " さん").t("より受け取り。")
        b.t("\n凍結は ").nm(tech.famn(), "担当", " 技師").t("、鏡検は自分 (").nm(path.famn(), "病理医").t(")。\n")
        b.t(f"{results[0]}。{h}時{m + r.randint(15, 19):02d}分、").nm(surg.full(r), "執刀医", "先生")
        b.t(" に直接報告 (OR 内線 ").p(orx, "PHONE_NUMBER", "手術室").t(")。")
        b.t(r.choice(["先生より追加切除の意向あり。", "了解との返答。", "断端追加提出予定とのこと。"]) + "\n")
        if n > 1:
            b.t(f"追加: {specs[1]} → {results[min(1, len(results) - 1)]}。再度 ").nm(surg.famn(), "執刀医", "Dr")
            b.t(" 宛に報告、受話者は").p("麻酔科", "DEPARTMENT", "担当").t(" ").nm(
                _person(r).full(r), "担当医", " 先生"
            ).t("。\n")
        b.t(f"TAT: 到着→報告 {r.randint(12, 24)}分 (目標 20分)。")
        b.t(r.choice(["凍結アーチファクト強く判定に苦慮。", "脂肪多く薄切困難、再包埋1回。", "特記なし。"]) + "\n")
        b.t("永久標本 ").p(sno, "ID", "（後日）").t(" にて最終診断予定。切り出し時に迅速残余を #FS として全包埋。\n")
        if r.random() < 0.5:
            b.t("翌朝カンファで共有 (").dt(d + _dt.timedelta(days=1), "short", "翌日").t("、記載 ").nm(
                path.famn(), "病理医"
            ).t(")\n")
    return pt.known(show_addr=False)


# --------------------------------------------------------------------------------------------------------------
# Style 3: cytology report
# --------------------------------------------------------------------------------------------------------------

# (specimen, department, sex, clinic flavour, system, [(class, finding, malignant?)], clinical info)
_CYTO = [
    (
        "子宮頸部擦過 (LBC: ThinPrep)",
        "婦人科",
        "F",
        "gyn",
        "ベセスダシステム 2014",
        [
            ("NILM", "表層・中層扁平上皮細胞主体、炎症細胞少数。トリコモナス・カンジダなし。", False),
            ("ASC-US", "核腫大した中層型扁平上皮細胞を少数認めるが LSIL とするには不十分。", False),
            ("LSIL", "コイロサイトーシスを伴う表層型異型細胞を認める。", False),
            ("HSIL", "N/C 比の高い傍基底型異型細胞が孤立散在性〜シート状に出現。CIN2〜3 相当。", True),
            ("SCC", "壊死性背景に核クロマチン増量した異型扁平上皮細胞、オタマジャクシ型細胞を認める。", True),
        ],
        "HPV 検査: {hpv}。最終月経 {lmp}。",
    ),
    (
        "自然尿",
        "泌尿器科",
        None,
        "uro",
        "Paris system 第2版",
        [
            ("NHGUC", "変性した尿路上皮細胞を少数認める。異型細胞なし。", False),
            ("AUC", "N/C 比 0.5 程度の軽度異型細胞を少数認める。", False),
            ("SHGUC", "N/C 比 0.7 以上、核クロマチン増量した細胞を少数認める。", True),
            ("HGUC", "高度異型尿路上皮細胞が散在〜小集塊状に出現。", True),
        ],
        "血尿精査。膀胱鏡にて {site} に乳頭状病変。",
    ),
    (
        "甲状腺穿刺吸引 (FNA)",
        "内分泌外科",
        None,
        "gen",
        "甲状腺ベセスダ",
        [
            ("II (良性)", "コロイド豊富、濾胞上皮細胞はシート状に少数。", False),
            ("III (AUS)", "小濾胞状配列を示す集塊をやや多く認める。核異型は軽度。", False),
            ("IV (濾胞性腫瘍)", "コロイドに乏しく、小濾胞状集塊が多数出現。", False),
            ("VI (悪性)", "核溝・核内細胞質封入体を有する乳頭状集塊。乳頭癌を推定。", True),
        ],
        "超音波で {side}葉に {size}mm 大の低エコー結節。",
    ),
    (
        "胸水",
        "呼吸器内科",
        None,
        "gen",
        "Papanicolaou 分類",
        [
            ("Class II", "反応性中皮細胞、組織球、リンパ球。悪性細胞なし。", False),
            ("Class III", "核腫大した細胞集塊を少数認め、反応性中皮との鑑別困難。", False),
            ("Class V", "核偏在、明瞭な核小体を有する腺系異型細胞の球状集塊。Ber-EP4 陽性、Calretinin 陰性。", True),
        ],
        "{side}胸水貯留、CEA {cea} ng/mL。",
    ),
    (
        "喀痰 (3日蓄痰)",
        "呼吸器内科",
        None,
        "gen",
        "肺癌検診判定区分",
        [
            ("判定区分 A", "喀痰中に組織球を認める。異型細胞なし。", False),
            ("判定区分 B", "軽度異型扁平上皮細胞を少数認める。", False),
            ("判定区分 D", "高度異型扁平上皮細胞を認め、扁平上皮癌の疑い。", True),
            ("判定区分 E", "角化型扁平上皮癌細胞を認める。", True),
        ],
        "喫煙指数 {bi}。健診胸部X線で {side}上肺野に結節影。",
    ),
    (
        "乳腺穿刺吸引",
        "乳腺外科",
        "F",
        "gen",
        "乳腺細胞診報告様式",
        [
            ("正常あるいは良性", "二相性を保つ乳管上皮集塊と裸核状双極細胞。線維腺腫を推定。", False),
            ("鑑別困難", "重積性集塊、筋上皮の付着は一部不明瞭。", False),
            ("悪性の疑い", "結合性の低下した異型細胞集塊。筋上皮細胞は不明瞭。", True),
            ("悪性", "孤立散在性の異型細胞多数、核の大小不同著明。浸潤性乳管癌を推定。", True),
        ],
        "{side}乳房 {area} に {size}mm の腫瘤。",
    ),
]


def _cyto_clin(r: random.Random, b: _B, tmplt: str, d: _dt.date) -> None:
    """Write the clinical information line; the LMP date in the gynaecological one is a DATE."""
    kw = {
        "hpv": r.choice(["16/18 陽性", "その他ハイリスク陽性", "陰性", "未施行"]),
        "site": r.choice(["後壁", "右側壁", "三角部", "頂部"]),
        "side": r.choice(["右", "左"]),
        "size": r.randint(6, 34),
        "cea": _f1(r, 2, 80),
        "bi": r.randint(300, 1400),
        "area": r.choice(["C領域", "A領域", "D領域"]),
    }
    if "{lmp}" in tmplt:
        head, tail = tmplt.split("{lmp}")
        b.t("臨床情報: " + head.format(**kw))
        if r.random() < 0.3:
            b.t("閉経後 (")
            b.age(r.randint(48, 56), alt="閉経年齢不詳").t("閉経)")
        else:
            b.dt(d - _dt.timedelta(days=r.randint(5, 28)), "short", "不詳")
        b.t(tail + "\n")
    else:
        b.t("臨床情報: " + tmplt.format(**kw) + "\n")


def _clinic_for(r: random.Random, flavour: str) -> str:
    sn = r.choice(_SURNAMES)[0]
    pl = r.choice(_PLACE)[0]
    if flavour == "gyn":
        return r.choice(
            [f"{pl}レディースクリニック", f"{sn}産婦人科", f"{pl}ウィメンズクリニック", f"{sn}産婦人科医院"]
        )
    if flavour == "uro":
        return r.choice([f"{pl}泌尿器科クリニック", f"{sn}泌尿器科", f"{sn}ひ尿器科医院"])
    return r.choice([f"{sn}クリニック", f"{sn}内科医院", f"{pl}健診センター", f"{pl}総合健診クリニック"])


def _s_cyto(b: _B) -> dict[str, Any]:
    r, f = b.r, b.f
    spec, dept, sex, flav, system, classes, clin = r.choice(_CYTO)
    pt = _Pt(r, f, b.ref, 22, 94, sex=sex)
    d = b.ref
    cno = r.choice(
        [
            f"C{_yy(d)}-{r.randint(1, 29999):05d}",
            f"CY{_yy(d)}-{r.randint(1, 9999)}",
            f"{d.year}C{r.randint(1, 9999):04d}",
        ]
    )
    ct1, ct2, dr, req = _person(r), _person(r), _person(r), _person(r)
    cls, finding, malignant = r.choice(classes)
    ext = r.random() < 0.5
    fac = _clinic_for(r, flav)
    adequacy = r.choice(["適正", "適正", "適正 (細胞量やや少ない)", "不適正 (乾燥)"]) if flav == "gyn" else "適正"
    drec = d + _dt.timedelta(days=r.randint(0, 2))
    drep = drec + _dt.timedelta(days=r.randint(1, 6))
    tmpl = r.randrange(3)
    if tmpl == 0:
        b.t("細胞診報告書" + r.choice(["\n", "　　", " / Cytology Report\n"])).t("検体番号: ").p(cno, "ID", "（省略）")
        b.t("\n依頼元: ")
        if ext:
            b.p(fac, "FACILITY", "健診機関").t(" (" + r.choice(["検診", "受託", "紹介"]) + ")\n")
        else:
            b.p(dept, "DEPARTMENT", "依頼科").t(" ").nm(req.famn(), "主治医", "先生").t("\n")
        b.t("氏名: ").nm(pt.p.full(r), "受診者").t("  カナ: ").nm(pt.p.kana(r, half=r.random() < 0.5), "—")
        b.t("\nID: ").p(pt.pid_s(r), "ID", "（省略）").t("  年齢: ").age(pt.age).t(f"  性別: {pt.sex_s(r)}\n")
        b.t(f"検体: {spec}\n採取日: ").dt(d, "full", "採取日").t("  受付日: ").dt(drec, "full", "受付日").t("\n")
        _cyto_clin(r, b, clin, d)
        b.t(f"標本作製: {r.choice(['Pap 染色 1枚', 'Pap 2枚 + Giemsa 1枚', 'LBC Pap 1枚 + セルブロック'])}\n")
        b.t(f"標本の適否: {adequacy}\n判定 ({system}): {cls}\n所見: {finding}\n")
        if r.random() < 0.5:
            old = d - _dt.timedelta(days=r.randint(200, 1100))
            b.t("前回結果: ").dt(old, "full", "前回").t(f" {r.choice(classes)[0]} (").p(
                f"C{_yy(old)}-{r.randint(1, 29999):05d}", "ID", "前回検体"
            ).t(")\n")
        if malignant:
            b.t(("推定病変: " + r.choice(["CIN3", "高度異形成以上", "扁平上皮癌"]) + "。") if flav == "gyn" else "")
            b.t("組織診による確認を推奨します。\n")
        b.t("スクリーナー: ").nm(ct1.show(r, "fam,full"), "担当CT", r.choice([" (CT)", " CT", "(CT, IAC)"]))
        b.t(" / 判定: ").nm(dr.show(r, "full,fam"), "細胞診専門医", r.choice([" (細胞診専門医)", " 医師", ""]))
        b.t("\n報告日: ").dt(drep, "full", "報告日").t("\n")
    elif tmpl == 1:
        b.t("＊＊ CYTOLOGY ＊＊  No.").p(cno, "ID", "----").t("\n").p(pt.pid, "ID", "----").t(" / ")
        b.nm(pt.p.kana(r, half=True), "----").t(" / ").age(pt.age, "eng", "adult").t(f" {pt.sex}\n")
        b.t("Dept: ").p(dept, "DEPARTMENT", "----").t("  Dr: ").nm(req.show(r, "fam,roms"), "----").t("\n")
        b.t(f"Specimen : {spec}\nCollected: ").dt(d, "log", "----").t("   Received: ").dt(drec, "log", "----").t("\n")
        _cyto_clin(r, b, clin, d)
        b.t(f"Adequacy : {adequacy}\nResult   : {cls}\n")
        b.t("1st screen: ").nm(ct1.init(r) if r.random() < 0.5 else ct1.famn(), "CT1").t("  2nd screen: ")
        b.nm(ct2.famn(), "CT2").t("  Sign-out: ").nm(dr.show(r, "fam,roms"), "MD").t("\n")
        b.t("Comment: " + finding + "\n")
        if r.random() < 0.7:
            old = d - _dt.timedelta(days=r.randint(150, 900))
            b.t("前回: ").dt(old, "log", "前回").t(" ").p(f"C{_yy(old)}-{r.randint(1, 29999):05d}", "ID", "前回検体")
            b.t(" " + r.choice(classes)[0] + "\n")
        if not malignant and r.random() < 0.5:
            b.t("精度管理: 陰性標本10%再鏡検の対象。再鏡検者 ").nm(_person(r).init(r), "担当CT").t(
                " → 判定変更なし。\n"
            )
        if malignant:
            b.t("*** 異常値報告: ").dt(drep, "short", "同日", tm=_tm(r, 9, 17)).t(" 依頼医へ電話連絡済 (受: ")
            b.nm(_person(r).famn(), "外来看護師", " Ns").t(") ***\n")
    else:
        b.t("【細胞診 結果報告】\n").p(fac if ext else dept, "FACILITY" if ext else "DEPARTMENT", "依頼元")
        b.t(" ").nm(req.famn(), "ご担当医", " 先生").t("　御机下\n")
        b.t("平素より検査のご依頼を賜り、誠にありがとうございます。下記の通りご報告申し上げます。\n\n")
        b.t("受診者: ").nm(pt.p.full(r), "受診者", r.choice([" 様", "様"])).t("（").age(pt.age).t("）　生年月日 ")
        b.dt(pt.birth, "birth", "（省略）").t("\n当院番号 ").p(cno, "ID", "（省略）").t("　貴院ID ")
        b.p(str(r.randint(10000, 999999)), "ID", "（省略）").t(f"\n検体: {spec}（採取 ").dt(d, "short", "当日").t(
            "）\n"
        )
        _cyto_clin(r, b, clin, d)
        b.t(f"■標本の適否: {adequacy}\n■判定: {cls} ({system})\n■所見: {finding}\n")
        if malignant:
            b.t("■コメント: 組織学的検索をお勧めします。結果は ").dt(drep, "short", "報告日")
            b.t(" に電話 (").p(_tel(r), "PHONE_NUMBER", "代表").t(") にて先行連絡済。\n")
        else:
            b.t(
                "■コメント: "
                + r.choice(
                    ["定期検診をお勧めします。", "1年後の再検をお勧めします。", "6か月後の再検をご検討ください。"]
                )
                + "\n"
            )
        b.t("\n細胞検査士 ").nm(ct1.full(r), "担当CT").t("／細胞診専門医 ").nm(dr.full(r), "専門医").t("\n")
        if r.random() < 0.4:
            b.t("検査案内・容器請求: ").p(
                f"https://www.{r.choice(_PLACE)[1]}-hp.jp/kensa/cytology/", "URL", "院内掲示参照"
            )
            b.t("\n")
        b.t("問い合わせ: ").p("病理部", "DEPARTMENT", "担当部署").t(" 細胞診室 内線 ").p(
            _ext(r), "PHONE_NUMBER", "細胞診室"
        ).t("\n")
    return pt.known(show_addr=False)


# --------------------------------------------------------------------------------------------------------------
# Style 4: genetic counselling record with pedigree narrative
# --------------------------------------------------------------------------------------------------------------

_GC = {
    "HBOC": {
        "reason": "遺伝性乳癌卵巣癌 (HBOC) の可能性と BRCA1/2 遺伝学的検査",
        "sex": "F",
        "pro": "左乳癌 (トリプルネガティブ)",
        "mo": "卵巣癌",
        "au": "乳癌",
        "gm": "乳癌",
        "fa": "前立腺癌",
        "test": "BRCA1/2 遺伝学的検査",
        "note": "NCCN 基準を満たす。リスク低減卵管卵巣摘出術 (RRSO) についても情報提供。",
    },
    "Lynch": {
        "reason": "リンチ症候群の可能性 (MSI-High 大腸癌) と遺伝学的検査",
        "sex": None,
        "pro": "上行結腸癌 (MSI-High, MLH1 保持/MSH2 消失)",
        "mo": "子宮体癌",
        "au": "大腸癌",
        "gm": "胃癌",
        "fa": "脳梗塞",
        "test": "MMR 遺伝子 (MLH1/MSH2/MSH6/PMS2) 解析",
        "note": "改訂ベセスダ基準を満たす。血縁者のサーベイランス (大腸内視鏡 1〜2年毎) について説明。",
    },
    "HD": {
        "reason": "ハンチントン病の発症前遺伝学的検査の希望",
        "sex": None,
        "pro": None,
        "mo": "ハンチントン病",
        "au": "ハンチントン病 (疑い)",
        "gm": "原因不明の不随意運動・認知症",
        "fa": "心筋梗塞",
        "test": "HTT 遺伝子 CAG リピート数解析",
        "note": "発症前診断のガイドラインに沿い、精神科面談を含む複数回のカウンセリングを予定。"
        "結果開示時は支援者同席を推奨。",
    },
    "DMD": {
        "reason": "デュシェンヌ型筋ジストロフィー (DMD) の保因者診断",
        "sex": "F",
        "pro": None,
        "mo": "拡張型心筋症 (保因者として経過観察)",
        "au": "保因者 (確定済)",
        "gm": "心不全",
        "fa": "健在",
        "test": "DMD 遺伝子 MLPA 法",
        "note": "母方いとこ (男児) が DMD と診断済み。保因者であった場合の次子への影響、心機能フォローについて説明。",
    },
    "FAP": {
        "reason": "家族性大腸腺腫症 (FAP) 家系の血縁者検査",
        "sex": None,
        "pro": "大腸腺腫 (30個程度)",
        "mo": "大腸癌",
        "au": "デスモイド腫瘍",
        "gm": "大腸癌",
        "fa": "健在",
        "test": "APC 遺伝子解析",
        "note": "10歳代からの大腸内視鏡サーベイランスについて、お子さんへの説明時期も含め相談。",
    },
}


def _s_genetic(b: _B) -> dict[str, Any]:
    r, f = b.r, b.f
    key = r.choice(list(_GC))
    g = _GC[key]
    pt = _Pt(r, f, b.ref, 22, 62, sex=g["sex"])
    d = b.ref
    fam = (pt.p.fam, pt.p.fk, pt.p.fr)
    doc_, cgc = _person(r), _person(r)
    sp_rel, spouse = _relative(r, pt, ["夫"] if pt.sex == "F" else ["妻"], age=pt.age)
    mo_birth = _person(r, sex="F", age=pt.age + 28)  # maiden name
    mother_maiden = mo_birth.famn()
    mother = _P(pt.p.fam, pt.p.fk, pt.p.fr, mo_birth.giv, mo_birth.gk, mo_birth.gr, "F", pt.p.kind)
    if pt.p.katakana_only or (pt.sex == "F" and r.random() < 0.3):  # married daughter: mother keeps another surname
        mother = mo_birth
        mother_maiden = r.choice(_SURNAMES)[0]
    aunt = _person(r, sex="F", age=pt.age + 25)  # married name differs
    sib_rel, sib = _relative(r, pt, ["兄", "姉", "弟", "妹"], age=pt.age)
    famno = r.choice(
        [f"FAM-{r.randint(1, 9999):04d}", f"G{_yy(d)}-{r.randint(1, 300):03d}", f"P-{r.randint(100, 999)}"]
    )
    gtno = r.choice(
        [
            f"GT-{_yy(d)}-{r.randint(1, 99999):05d}",
            f"{r.randint(10**7, 10**8 - 1)}",
            f"GX{d.year}{r.randint(1, 9999):04d}",
        ]
    )
    m_age_dx, m_age_death = r.randint(42, 66), r.randint(58, 84)
    pro_age = pt.age - r.randint(1, 5)
    tmpl = r.randrange(3)
    visit = r.randint(1, 4)
    if tmpl == 0:
        b.t(f"遺伝カウンセリング記録（第{visit}回）\n日時: ")
        b.dt(d, "full", "本日", tm=f"{r.randint(9, 15)}:{r.choice(['00', '30'])}")
        b.t(f"〜{r.randint(10, 17)}:{r.choice(['10', '20', '45'])}  場所: 面談室{r.randint(1, 3)}\n")
        b.t("クライエント: ").nm(pt.p.full(r), "本人", r.choice([" さん", "さん", " 様"])).t(" (").age(pt.age).t(
            ")  ID "
        )
        b.p(pt.pid_s(r), "ID", "（省略）").t("  家系番号 ").p(famno, "ID", "（省略）").t("\n")
        b.t(f"同席: {sp_rel} ").nm(spouse.show(r, "full,fam"), "配偶者", " さん")
        if r.random() < 0.5 and pt.age > 40:
            kage = r.randint(14, min(24, pt.age - 20))
            k_rel, kid = _relative(r, pt, ["長女", "長男", "次女"], age=kage)
            school = r.choice([f"{r.choice(_PLACE)[0]}高等学校", f"{r.choice(_PLACE)[0]}大学", f"{f.town()}中学校"])
            b.t(f"、{k_rel} ").nm(kid.giv, "子", " さん").t(" (").age(kage).t("、").p(school, "FACILITY", "学生").t(")")
        b.t("\n担当: 臨床遺伝専門医 ").nm(doc_.full(r), "担当医").t(" / 認定遺伝カウンセラー ").nm(cgc.full(r), "CGC")
        b.t(f"\n来談理由: {g['reason']}について。\n\n■家系情報（3世代）\n・本人: ")
        if g["pro"]:
            b.age(pro_age).t(f"時 {g['pro']} 診断")
            if r.random() < 0.5:
                b.t(" (").p(_hosp(r)[0], "FACILITY", "前医").t(" にて加療)")
        else:
            b.t("未発症、特記すべき既往なし")
        b.t("\n・母: ").nm(mother.giv if r.random() < 0.5 else mother.full(r), "母", " さん").t(" 旧姓 ")
        b.nm(mother_maiden, "（不詳）").t("。").age(m_age_dx).t(f"で{g['mo']}、")
        b.age(m_age_death).t("で死亡 (").p(_ym(r, d - _dt.timedelta(days=365 * r.randint(2, 15))), "DATE", "数年前")
        b.t(")。\n・母方叔母: ").nm(aunt.full(r), "叔母").t(" (").age(r.randint(55, 85), "num").t(f") {g['au']}、")
        b.p(_addr(r, f, "city"), "ADDRESS", "県外").t(" 在住。\n")
        b.t(f"・母方祖母: {g['gm']}にて死亡 (享年").age(r.randint(48, 93), "num", "不詳").t(")。\n")
        b.t("・父: ").age(pt.age + r.randint(26, 34)).t(
            f"、{g['fa']}。" if g["fa"] == "健在" else f"、{g['fa']}で加療中。"
        )
        b.t(f"\n・{sib_rel}: ").nm(sib.full(r), "同胞").t(" (").age(pt.age + r.randint(-6, 6), "num").t(")、未発症。")
        b.p(_addr(r, f, "city"), "ADDRESS", "近隣").t("在住、連絡可 (").p(_tel(r, "mobile"), "PHONE_NUMBER", "本人経由")
        b.t(")。\n\n■経過\n" + g["note"] + "\n")
        b.t("本人より「叔母の ").nm(aunt.famn(), "血縁者", " さん").t("には自分から話したい」との希望あり。\n")
        b.t(
            r.choice(
                ["遺伝学的検査の利益・不利益、保険適用の範囲について説明した。", "心理的負担に配慮し段階的に説明した。"]
            )
        )
        b.t("\n採血 ").dt(d, "short", "本日").t(f"（{g['test']}）、検査受託番号 ").p(gtno, "ID", "（省略）").t(
            "。\n次回 "
        )
        b.dt(d + _dt.timedelta(days=r.randint(21, 42)), "short", "次回予約日").t(" 結果開示予定。記載: ")
        b.nm(cgc.famn(), "CGC").t("\n")
    elif tmpl == 1:
        b.t("【遺伝外来 家系図メモ】 ").p(famno, "ID", "").t("  ").dt(d, "log", "本日").t("\n")
        b.t(f"相談内容: {g['reason']}\n")
        b.t(f"発端者 (III-{r.randint(1, 5)}): ").nm(pt.p.show(r, "full,kana"), "発端者").t(", ").age(pt.age)
        b.t(f", {pt.sex_s(r)}, " + (g["pro"] or "未発症") + "  ID ").p(pt.pid_s(r), "ID", "（省略）").t("\n")
        gf = _person(r, sex="M", fam=fam if not pt.p.katakana_only else None, age=90)
        b.t("I-1 父方祖父 ").nm(gf.giv if not gf.katakana_only else gf.full(r), "祖父").t("  ")
        b.p(_ym(r, d - _dt.timedelta(days=365 * r.randint(12, 35))), "DATE", "以前")
        b.t(" 死亡 (胃癌, 享年").age(r.randint(60, 92), "num", "不詳").t(")\n")
        gm = _person(r, sex="F", fam=(mo_birth.fam, mo_birth.fk, mo_birth.fr), age=90)
        b.t("I-4 母方祖母 ").nm(gm.full(r), "祖母").t("  ").age(r.randint(88, 101))
        b.t(r.choice(["  健在 (施設入所中: ", "  存命 (入所: "])).p(_hosp(r, "care")[0], "FACILITY", "施設").t(
            f") {g['gm']}の既往\n"
        )
        b.t("II-2 母 ").nm(mother.full(r), "母").t(f"  {g['mo']} ").age(m_age_dx).t(" 診断、")
        b.p(_ym(r, d - _dt.timedelta(days=365 * r.randint(1, 10))), "DATE", "過去").t(" 永眠\n")
        b.t("II-3 叔母 ").nm(aunt.full(r), "叔母").t("  ").p(_addr(r, f, "city"), "ADDRESS", "遠方").t(
            f" 在住、{g['au']} "
        )
        b.age(r.randint(40, 70)).t(" 時\n")
        b.t(f"II-1 父 {g['fa']} (").age(pt.age + r.randint(26, 34), "num").t(")\n")
        b.t(f"III-{r.randint(6, 8)} {sib_rel} ").nm(sib.show(r, "full,kana,hira"), "同胞").t("  ").age(
            pt.age + r.randint(-8, 8), "num"
        )
        b.t(r.choice(["  未検査", "  検査希望なし", "  次回同伴予定", "  県外在住のため電話で説明予定"]) + "\n")
        b.t(f"検査: {g['test']} 提出済、受託番号 ").p(gtno, "ID", "（省略）").t("\n")
        b.t("※ 記載: ").nm(cgc.famn(), "CGC").t(" / 確認: ").nm(doc_.famn(), "担当医").t("\n")
    else:
        hosp = _hosp(r)
        b.p(hosp[0], "FACILITY", "紹介元医療機関").t(" ").p(r.choice(_DEPTS_SURG), "DEPARTMENT", "ご担当科").t("\n")
        b.nm(_person(r).full(r), "ご担当医", " 先生").t("　御侍史\n\n")
        b.t("平素より大変お世話になっております。ご紹介いただきました ").nm(pt.p.full(r), "患者", " 様").t("（")
        b.age(pt.age).t("、ID ").p(pt.pid_s(r), "ID", "省略").t("）の遺伝カウンセリングについてご報告いたします。\n")
        b.dt(d, "formal", "先日").t(f"に初回カウンセリングを実施し、{g['reason']}についてご説明しました。")
        b.t("ご家族歴では、お母様 (").age(m_age_death).t(f"で逝去、{g['mo']}) ")
        b.t("のほか、母方叔母 ").nm(aunt.full(r), "叔母", " 様").t(f" ({g['au']}) がおられ、")
        b.t("叔母様は現在 ").p(_addr(r, f, "city"), "ADDRESS", "遠方").t(" にお住まいとのことです。")
        b.t(f"ご本人は{sp_rel}の ").nm(spouse.famn() if r.random() < 0.3 else spouse.giv, "配偶者", " 様").t(
            " と来院されました。\n"
        )
        b.t(g["note"] + "\n")
        b.t(f"ご本人の同意のもと{g['test']}の採血を行い、結果は ")
        b.dt(d + _dt.timedelta(days=r.randint(21, 40)), "short", "次回外来").t(" の外来で開示予定です。\n")
        b.t("今後ともよろしくお願い申し上げます。\n\n").p("遺伝診療部", "DEPARTMENT", "担当部門")
        b.t("\n臨床遺伝専門医 ").nm(doc_.full(r), "担当医").t("\n")
        if r.random() < 0.6:
            own, own_rom = _hosp(r)
            b.p(own, "FACILITY", "当院").t("  ").h("〒").p(_postal(r), "POSTAL_CODE", "").h(" ").p(
                _addr(r, f), "ADDRESS", ""
            )
            b.t("\n")
            if r.random() < 0.5:
                b.t("遺伝外来のご案内: ").p(f"https://www.{own_rom}.jp/genetics/", "URL", "当院ホームページ").t("\n")
            else:
                b.t("E-mail: ").p(f"idenshi@{own_rom}.jp", "EMAIL_ADDRESS", "窓口").t("\n")
        b.t("TEL ").p(_tel(r), "PHONE_NUMBER", "代表").t(" (直通) / 内線 ").p(_ext(r), "PHONE_NUMBER", "遺伝外来").t(
            "\n"
        )
    return pt.known(show_addr=False)


# --------------------------------------------------------------------------------------------------------------
# Style 5: biobank consent and sample tracking log
# --------------------------------------------------------------------------------------------------------------


def _freezer(r: random.Random) -> str:
    return r.choice(
        [
            f"-80℃ Freezer F-{r.randint(1, 12):02d} / Shelf {r.randint(1, 5)} / Rack {r.choice('ABCDE')} / "
            f"Box {r.randint(1, 40)} / Pos {r.choice('ABCDEFGHI')}{r.randint(1, 9)}",
            f"ディープフリーザー No.{r.randint(1, 9)} {r.randint(1, 5)}段目 "
            f"ラック{r.choice('ABCD')}-{r.randint(1, 12)} 箱{r.randint(1, 30)} 位置{r.randint(1, 81)}",
            f"LN2 Tank {r.randint(1, 4)} / Canister {r.randint(1, 6)} / Cane {r.randint(1, 20)} / {r.randint(1, 6)}段",
        ]
    )


def _s_biobank(b: _B) -> dict[str, Any]:
    r, f = b.r, b.f
    pt = _Pt(r, f, b.ref, 18, 88)
    d = b.ref
    proj = r.choice(
        [
            "消化器がんバイオバンク",
            "呼吸器疾患コホート",
            "希少がんゲノム研究",
            "周産期バイオバンク",
            "神経変性疾患レジストリ",
        ]
    )
    irb = f"{d.year - r.randint(1, 4)}-{r.randint(1, 300):03d}"
    subj = r.choice(
        [f"BBG-{r.randint(1, 9999):04d}", f"BB{_yy(d)}-{r.randint(1, 99999):05d}", f"SUBJ{r.randint(1, 999):04d}"]
    )
    crc, ns, tech, mgr = _person(r), _person(r), _person(r), _person(r)
    tmpl = r.randrange(3)
    t = r.randint(8, 11)
    b.t(f"[バイオバンク検体管理ログ] {proj} (倫理審査承認番号 {irb})\n")
    b.t("被験者ID: ").p(subj, "ID", "（付番済）").t("  ↔ 患者ID ").p(pt.pid_s(r), "ID", "（対応表参照）")
    b.t(" (対応表は個人情報管理者 ").nm(mgr.full(r), "個人情報管理者").t(" が保管)\n")
    if tmpl in (0, 1):
        b.t("同意日: ").dt(d, "log", "本日").t("  同意取得者: CRC ").nm(crc.full(r), "担当CRC")
        b.t(f"  説明文書 第{r.randint(1, 5)}.{r.randint(0, 3)}版\n")
        if pt.age < 20:
            rel, g = _relative(r, pt, ["母", "父"], age=pt.age + 30)
            b.t(f"代諾者: {rel} ").nm(g.full(r), "代諾者").t("（本人 ").age(pt.age).t("、アセント取得）\n")
        elif pt.age >= 75 and r.random() < 0.5:
            rel, g = _relative(r, pt, ["長男", "長女", "妻", "夫"], age=pt.age - 30)
            b.t(f"代諾者: {rel} ").nm(g.full(r), "代諾者").t("（本人 ").age(pt.age).t(
                "、認知機能低下のため代諾、本人へも説明済）\n"
            )
        b.t(
            "同意範囲: 試料保存◯ / 二次利用◯ / ゲノム解析" + r.choice(["◯", "×"]) + " / 企業提供" + r.choice(["◯", "×"])
        )
        b.t(" / 結果返却: " + r.choice(["希望する", "希望しない", "偶発的所見のみ希望"]) + "\n")
        if r.random() < 0.5:
            b.t("※同意書の本人確認欄に個人番号 ").p(
                r.choice([f"{r.randint(10**11, 10**12 - 1)}", " ".join(f"{r.randint(1000, 9999)}" for _ in range(3))]),
                "MY_NUMBER",
                "（記載あり）",
            ).t(" が記入されていたためマスキング依頼済。\n")
        b.t("---\n")
        m0 = t * 60 + r.randint(0, 50)
        m1 = m0 + r.randint(10, 60)
        m2 = m1 + r.randint(5, 40)
        b.dt(d, "log", "本日", tm=f"{m0 // 60:02d}:{m0 % 60:02d}").t(" 採血 EDTA-2Na 7mL×2, SST 5mL×1 (採血者: ")
        b.nm(ns.famn(), "担当看護師", " Ns").t(")\n")
        b.dt(d, "log", "同日", tm=f"{m1 // 60:02d}:{m1 % 60:02d}").t(" 受領 (担当: ").nm(tech.full(r), "担当技師")
        b.t(") 室温, 溶血なし\n")
        b.dt(d, "log", "同日", tm=f"{m2 // 60:02d}:{m2 % 60:02d}")
        b.t(f" 遠心 3000rpm 10min → 血漿 0.5mL×{r.randint(4, 8)}, バフィーコート×2\n")
        b.t("   保管: " + _freezer(r) + "\n")
        b.t("   検体ID: ").p(f"{subj}-PL-01", "ID", "（付番済）").t(" 〜 ").p(
            f"{subj}-PL-0{r.randint(4, 8)}", "ID", "（付番済）"
        )
        b.t("\n")
        if tmpl == 0 and r.random() < 0.7:
            sh = d + _dt.timedelta(days=r.randint(30, 300))
            b.t("搬出: ").dt(sh, "log", "後日").t(" → ").p(
                f"{r.choice(_PLACE)[0]}大学ゲノム解析センター", "FACILITY", "共同研究機関"
            )
            b.t(" (MTA 締結済、被験者IDのみ記載、ドライアイス梱包) 送付者 ").nm(tech.famn(), "担当技師").t("\n")
        if tmpl == 1:
            op = d + _dt.timedelta(days=r.randint(3, 20))
            b.dt(op, "log", "手術日").t(" 手術検体 凍結 (腫瘍部 T1-T3, 非腫瘍部 N1-N2; 切り出し ").nm(
                _person(r).famn(), "病理医"
            )
            b.t(" 医師) 阻血時間 " + str(r.randint(8, 40)) + "分\n   保管: " + _freezer(r) + "\n")
            b.t("   関連病理番号 ").p(_acc_s(r, op), "ID", "（別途管理）").t("\n")
    elif tmpl == 2:
        wd = d + _dt.timedelta(days=r.randint(60, 700))
        b.t("同意日: ").dt(d, "full", "以前").t("\n【同意撤回】 ").dt(wd, "full", "本日").t(" 本人より電話 (")
        b.p(pt.phone, "PHONE_NUMBER", "本人").t(") にて撤回の申し出。受付: ").nm(crc.full(r), "担当CRC").t("\n")
        b.t("撤回書受領 ").dt(wd + _dt.timedelta(days=r.randint(3, 14)), "short", "後日").t(" (郵送、差出住所 ")
        b.h("〒").p(pt.postal, "POSTAL_CODE", "").h(" ").p(pt.addr, "ADDRESS", "本人住所").t(")\n")
        b.t("廃棄対象: ").p(f"{subj}-PL-01", "ID", "（対象一式）").t(f"〜0{r.randint(3, 8)}").t(", ").p(
            f"{subj}-BC-01", "ID", "（同）"
        )
        b.t("\n   位置: " + _freezer(r) + "\n")
        b.t("廃棄実施 ").dt(wd + _dt.timedelta(days=r.randint(15, 30)), "log", "後日").t(" 実施者 ").nm(
            tech.famn(), "担当技師"
        )
        b.t(" / 立会 ").nm(mgr.famn(), "管理者").t("。解析済データは撤回前に共有済のため削除不可の旨説明済。\n")
    if r.random() < 0.5:
        al = d + _dt.timedelta(days=r.randint(1, 40))
        b.t("[温度逸脱] ").dt(al, "log", "某日", tm=f"0{r.randint(1, 5)}:{r.randint(10, 59)}")
        b.t(f" Freezer F-{r.randint(1, 12):02d} -{r.randint(55, 68)}℃ 警報 → 当直 ").nm(_person(r).full(r), "当直者")
        b.t(
            " が F-"
            + f"{r.randint(1, 12):02d}"
            + " へ移設、逸脱時間 約"
            + str(r.randint(20, 90))
            + "分。品質影響評価済。\n"
        )
    return pt.known(show_addr=tmpl == 2, show_phone=tmpl == 2)


# --------------------------------------------------------------------------------------------------------------
# Style 6: blood transfusion record
# --------------------------------------------------------------------------------------------------------------


def _prod_no(r: random.Random) -> str:
    return r.choice(
        [f"{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", f"{r.randint(10**9, 10**10 - 1)}"]
    )


_ABO = ["A", "B", "O", "AB"]


def _s_transfusion(b: _B) -> dict[str, Any]:
    r, f = b.r, b.f
    pt = _Pt(r, f, b.ref, 20, 99)
    d = b.ref
    abo = r.choice(_ABO)
    rh = r.choice(["+", "+", "+", "+", "-"])
    ward = _ward(r)
    room = _room(r, ward)
    dept = r.choice(["血液内科", "消化器外科", "整形外科", "腎臓内科", "心臓血管外科", "産科"])
    n1, n2, dr = _person(r), _person(r), _person(r)
    tmpl = r.randrange(3)
    prod = r.choice(["Ir-RBC-LR-2", "Ir-PC-LR-10", "FFP-LR-240", "Ir-RBC-LR-1"])
    t0h, t0m = r.randint(9, 20), r.randint(0, 59)
    if tmpl == 0:
        b.t(r.choice(["輸血実施記録\n", "■ 輸血実施記録（" + prod.split("-")[1] + "）\n", "【輸血記録】\n"]))
        b.t("患者ID: ").p(pt.pid_s(r), "ID", "（省略）").t("  氏名: ").nm(pt.p.full(r), "本人")
        if r.random() < 0.6:
            b.t(" (").nm(pt.p.kana(r, half=True), "ｶﾅ").t(")")
        b.h(" 様").t("  ").age(pt.age).t(f" {pt.sex_s(r)}  生年月日 ").dt(pt.birth, "birth", "（省略）").t("\n")
        b.t("病棟: ").p(ward, "FACILITY", "病棟").t(" ").p(room + "号室", "FACILITY", "").t("   診療科: ")
        b.p(dept, "DEPARTMENT", "担当科").t("  主治医: ").nm(dr.full(r), "主治医").t("\n")
        b.t(f"血液型: {abo}型 Rh(D){'陽性' if rh == '+' else '陰性'}   不規則抗体スクリーニング: 陰性 (")
        b.dt(d - _dt.timedelta(days=r.randint(0, 2)), "short", "前日").t(")\n交差適合試験: 主試験 適合 / 副試験 省略\n")
        for _ in range(r.randint(1, 2)):
            b.t(f"製剤: {prod}  製造番号 ").p(_prod_no(r), "ID", "（バッグ記載）").t(f"  {abo}{rh}  有効期限 ")
            b.dt(d + _dt.timedelta(days=r.randint(2, 20)), "short", "期限内").t("\n")
        b.t("照合: ").nm(n1.full(r), "看護師A", " 看護師").t(" / ").nm(
            n2.full(r), "看護師B", r.choice([" 看護師", " Ns"])
        )
        b.t(r.choice([" (ダブルチェック; リストバンド・PDA認証)\n", "（2名照合、バーコード認証済）\n"]))
        b.t("開始 ").dt(d, "log", "本日", tm=f"{t0h:02d}:{t0m:02d}").t(" 速度 1mL/min 15分 → 観察 ")
        b.t(
            f"BP {r.randint(96, 160)}/{r.randint(50, 95)} HR {r.randint(58, 110)} BT {_f1(r, 36.0, 37.6)} "
            f"SpO2 {r.randint(93, 99)}%\n終了 {min(t0h + 2, 23):02d}:{r.randint(0, 59):02d}  副反応: "
            + r.choice(["なし", "なし", "軽度蕁麻疹 → 抗ヒスタミン薬投与"])
            + "\n"
        )
        b.t("記録: ").nm(n1.famn(), "担当看護師").t("\n")
    elif tmpl == 1:
        b.t("輸血副反応報告書（院内→").p("輸血・細胞治療部", "DEPARTMENT", "担当部署").t("）\n報告日: ").dt(
            d, "full", "本日"
        ).t("\n報告者: ")
        b.p(ward, "FACILITY", "病棟").t(" ").nm(n1.full(r), "担当看護師").t(" (PHS ").p(_ext(r), "PHONE_NUMBER", "病棟")
        b.t(")\n患者: ").nm(pt.p.full(r), "本人", " 様").t(" ").age(pt.age).t(" ID ").p(pt.pid, "ID", "（省略）").t(
            "\n"
        )
        b.t(f"製剤: {prod} (製造番号 ").p(_prod_no(r), "ID", "（別紙）").t(") 血液型 " + abo + rh + "\n")
        b.t("経過: ").dt(d, "short", "当日", tm=f"{t0h}:{t0m:02d}").t(" 投与開始。")
        b.t(
            f"約{r.randint(10, 50)}分後より悪寒・発熱 (BT {_f1(r, 38.0, 39.4)}℃)、"
            + r.choice(["掻痒感を伴う膨疹", "軽度の呼吸苦", "血圧低下"])
        )
        b.t("。直ちに中止し、主治医 ").nm(dr.famn(), "主治医", " 医師").t("へ報告。\n")
        b.t("対応: バッグ・輸血セットを").p("輸血部", "DEPARTMENT", "担当部署").t("へ返却、血液培養 2セット提出。")
        b.p(f"{r.choice(_PREF_CITY)[0]}赤十字血液センター", "FACILITY", "血液センター").t(" へ副作用報告 (")
        b.dt(d + _dt.timedelta(days=1), "short", "翌日").t(")。\n確認: ").p("輸血部", "DEPARTMENT", "担当部署").t(
            " "
        ).nm(_person(r).full(r), "担当医師")
        b.t(" / 病棟 2人目照合者 ").nm(n2.famn(), "看護師").t("\n")
        b.t(
            f"検査: 直接クームス {r.choice(['陰性', '陰性', '弱陽性'])}、LDH {r.randint(180, 420)} U/L、"
            f"T-Bil {_f1(r, 0.4, 2.2)} mg/dL、尿潜血 {r.choice(['(-)', '(±)', '(+)'])}。"
            "患者検体・製剤セグメント保存済。\n"
        )
        b.t(
            "評価: "
            + r.choice(["発熱性非溶血性輸血副反応 (FNHTR) 疑い", "アレルギー反応 (軽症)", "TACO の可能性も否定できず"])
        )
        b.t(
            "。次回以降 " + r.choice(["前投薬 (アセトアミノフェン)", "洗浄製剤の使用", "投与速度の調整"]) + "を検討。\n"
        )
    else:
        b.t("【緊急輸血 記録】 ").dt(d, "full", "本日").t("\n")
        b.t(
            r.choice(
                ["救急搬送 (交通外傷、骨盤骨折疑い)。", "救急搬送 (吐血、ショックバイタル)。", "救急搬送 (墜落外傷)。"]
            )
        )
        b.t("来院時 氏名不詳のため仮ID ").p(f"9{r.randint(1000000, 9999999)}", "ID", "仮番号").t(" で登録、推定 ")
        b.age(pt.age).t(f" {pt.sex_s(r)}\n")
        b.t(f"{t0h:02d}:{t0m:02d} 異型適合 O型RBC 4単位 出庫 (製造番号 ").p(_prod_no(r), "ID", "省略").t(", ")
        b.p(_prod_no(r), "ID", "省略").t(")\n")
        t1 = t0h * 60 + t0m + r.randint(6, 15)
        b.t(f"{t1 // 60 % 24:02d}:{t1 % 60:02d} 血液型判定 {abo}型 確定 → 同型へ切替 (製造番号 ").p(
            _prod_no(r), "ID", "省略"
        )
        b.t(")\n照合者: ").nm(n1.show(r, "full,fam"), "医師", " Dr").t(" / ").nm(
            n2.show(r, "full,fam"), "看護師", " Ns"
        )
        b.t("（緊急時のため口頭照合、事後に記録）\n")
        rel, kin = _relative(r, pt, ["妻", "長男", "母", "夫", "長女", "兄"])
        b.t(f"{(t0h + 1) % 24:02d}:{r.randint(0, 59):02d} 家族 ({rel} ").nm(kin.full(r), "家族").t(") 到着し身元判明: ")
        b.nm(pt.p.kana(r, half=r.random() < 0.5), "本人").t(" 本ID ").p(pt.pid_s(r), "ID", "（既存ID）")
        b.t(" へ統合 (").p("医事課", "DEPARTMENT", "事務").t(" ").nm(_person(r).famn(), "担当者").t(
            ")\n輸血同意書 事後取得。連絡先 "
        )
        b.p(_tel(r, "mobile"), "PHONE_NUMBER", "家族").t("\n転棟: 救急外来 → ").p(ward, "FACILITY", "病棟").t(" ")
        b.p(room + "号室", "FACILITY", "病室").t(f"\n総使用量 RBC {r.randint(4, 14)}単位, FFP {r.randint(2, 10)}単位, ")
        b.t("PC 10単位。" + r.choice(["副反応なし。", "低体温に注意し加温器使用。", "Ca 補正実施。"]) + "\n")
    return pt.known(show_addr=False)


# --------------------------------------------------------------------------------------------------------------
# Style 7: infection control surveillance list
# --------------------------------------------------------------------------------------------------------------

_ORG = [
    ("MRSA", ["喀痰", "鼻腔", "創部", "尿", "血液", "褥瘡"]),
    ("ESBL産生E. coli", ["尿", "血液", "胆汁"]),
    ("CRE (K. pneumoniae)", ["便", "尿", "喀痰"]),
    ("CDトキシン陽性", ["便"]),
    ("MDRP", ["喀痰", "尿"]),
]


def _s_infection(b: _B) -> dict[str, Any]:
    r, f = b.r, b.f
    d = b.ref
    tmpl = r.randrange(3)
    icn, ictd = _person(r), _person(r)
    wk0 = d - _dt.timedelta(days=d.weekday())
    first: _Pt | None = None
    if tmpl in (0, 1):
        org, mats = r.choice(_ORG)
        hd = r.randrange(3)
        if hd == 0:
            b.p("感染制御部", "DEPARTMENT", "ICT").t(" ICT 週報 ")
        else:
            b.t(["", "【耐性菌 新規検出リスト】", "ICT ラウンド資料 "][hd])
        b.t("(").dt(wk0, "log", "週初").t("〜").dt(wk0 + _dt.timedelta(days=6), "short", "週末").t(f")  {org}\n")
        if tmpl == 0:
            b.t("No  病棟   病室-床  患者ID      氏名              年齢 性 検出日  材料   区分      対応\n")
        else:
            b.t("No,病棟,病室,患者ID,氏名,年齢,検出日,材料,区分,備考\n")
        rows = r.randint(2, 4)
        kbs: list[str] = []
        for i in range(rows):
            pt = _Pt(r, f, d, 40, 101)
            first = first or pt
            ward = _ward(r, abbr=True)
            room = _room(r, ward)
            det = wk0 + _dt.timedelta(days=r.randint(0, 6))
            kb = r.choice(["入院時持込", "院内発生", "院内発生", "前医より"])
            kbs.append(kb)
            act = r.choice(["接触予防策", "個室隔離", "コホーティング", "継続"])
            if tmpl == 0:
                b.t(f"{i + 1:<3} ").p(ward, "FACILITY", "病棟").t("   ").p(
                    f"{room}-{r.randint(1, 4)}", "FACILITY", "病室"
                )
                b.t("   ").p(pt.pid, "ID", "(省略)").t("  ").nm(pt.p.show(r, "full,full,kana,hkana"), "患者").t("   ")
                b.age(pt.age, "num", "--").t(f"  {pt.sex}  ").dt(det, "short", "当日").t(
                    f"  {r.choice(mats)}   {kb}   {act}\n"
                )
            else:
                b.t(f"{i + 1},").p(ward, "FACILITY", "病棟").t(",").p(room, "FACILITY", "病室").t(",").p(
                    pt.pid, "ID", "-"
                )
                b.t(",").nm(pt.p.full(r), "患者").t(",").age(pt.age, "num", "-").t(",").dt(det, "log", "当日")
                b.t(f",{r.choice(mats)},{kb},{act}\n")
        b.t("\n備考:\n")
        w2 = _ward(r)
        b.t("・").p(w2, "FACILITY", "同一病棟").t(" ").p(_room(r, w2) + "号室", "FACILITY", "同室")
        b.t(" 同室者 (").nm(_person(r).famn(), "同室患者", "様").t(") 鼻腔スクリーニング ")
        b.dt(wk0 + _dt.timedelta(days=r.randint(1, 6)), "short", "後日").t(" 陰性。\n")
        if "前医より" in kbs:
            b.t(f"・No.{kbs.index('前医より') + 1} は ").p(
                _hosp(r, r.choice(["hosp", "care"]))[0], "FACILITY", "前医・施設"
            ).t(" からの転院、")
            b.t("紹介状に保菌歴記載あり (").dt(d - _dt.timedelta(days=r.randint(30, 400)), "full", "以前").t(")。\n")
        b.t("担当ICN: ").nm(icn.full(r), "担当ICN").t(" (PHS ").p(_ext(r), "PHONE_NUMBER", "ICT").t(")  ICD: ")
        b.nm(ictd.famn(), "ICD").t("\n")
    else:
        bug = r.choice(["ノロウイルス", "インフルエンザA", "COVID-19", "疥癬"])
        ward = _ward(r)
        b.t(f"【アウトブレイク調査メモ】{bug}  ").p(ward, "FACILITY", "当該病棟").t("\n作成: ").p(
            "感染制御部", "DEPARTMENT", "担当部署"
        )
        b.t(" ").nm(icn.full(r), "担当ICN").t("  ").dt(d, "full", "本日").t("\n")
        b.t("初発: ").dt(d - _dt.timedelta(days=r.randint(3, 8)), "short", "数日前").t(" ")
        pt = _Pt(r, f, d, 60, 100)
        first = pt
        b.p(_room(r, ward) + "号室", "FACILITY", "病室").t(" ").nm(
            pt.p.full(r), "入院患者", r.choice([" 様", "さん", ""])
        )
        b.t(" (").age(pt.age).t(")、嘔吐・下痢。迅速検査陽性。\n" if bug == "ノロウイルス" else ")、発熱。検査陽性。\n")
        b.t("ラインリスト:\n")
        for _ in range(r.randint(2, 5)):
            p2 = _Pt(r, f, d, 45, 98)
            on = d - _dt.timedelta(days=r.randint(0, 6))
            b.t(" - ").dt(on, "short", "同日").t(" ").nm(p2.p.show(r, "full,fam"), "入院患者").t(" ").age(
                p2.age, "num", ""
            )
            b.t(f"{p2.sex} ").p(_room(r, ward), "FACILITY", "同病棟").t(
                r.choice([" 症状あり", " 陽性", " 無症状陽性", " 陰性化"]) + "\n"
            )
        st = _person(r)
        b.t(" - 職員: 看護師 ").nm(st.full(r), "病棟看護師").t(" ").dt(
            d - _dt.timedelta(days=r.randint(0, 3)), "short", "同日"
        )
        b.t(" 発症 → 就業制限 (").dt(d + _dt.timedelta(days=r.randint(2, 5)), "short", "数日間").t(" まで)\n")
        b.t("対策: 新規入院停止、面会制限、次亜塩素酸による環境清拭。家族連絡は主治医 ").nm(
            _person(r).famn(), "主治医", "医師"
        )
        b.t(" より。\n")
    return first.known(show_addr=False) if first else {}


# --------------------------------------------------------------------------------------------------------------
# Style 8: autopsy summary / CPC handout
# --------------------------------------------------------------------------------------------------------------

_AUTOPSY = [
    (
        "膵体部癌 (中分化型管状腺癌)、肝転移 (多発)、腹膜播種",
        "両側気管支肺炎 (右下葉優位)",
        "癌悪液質および肺炎",
        "膵癌",
        "消化器内科",
    ),
    ("急性心筋梗塞 (左前下行枝 #7 完全閉塞)、心破裂", "冠動脈硬化症 (高度)", "心タンポナーデ", "心不全", "循環器内科"),
    (
        "びまん性大細胞型B細胞リンパ腫 (DLBCL) 全身浸潤",
        "サイトメガロウイルス肺炎",
        "呼吸不全",
        "悪性リンパ腫",
        "血液内科",
    ),
    ("肝細胞癌 (多発、門脈腫瘍栓 Vp3)、肝硬変", "食道静脈瘤破裂", "出血性ショック", "肝細胞癌", "消化器内科"),
    ("アミロイドーシス (ATTR型、心・腎)", "うっ血性心不全", "心不全", "原因不明の心不全", "総合診療科"),
]


def _s_autopsy(b: _B) -> dict[str, Any]:
    r, f = b.r, b.f
    pt = _Pt(r, f, b.ref, 55, 104)
    if r.random() < 0.4:
        pt.age = r.randint(90, 104)
    d = b.ref
    main, sub, cod, cdx, dept = r.choice(_AUTOPSY)
    ano = r.choice(
        [f"A{_yy(d)}-{r.randint(1, 60):03d}", f"A-{d.year}-{r.randint(1, 60):03d}", f"剖{_yy(d)}-{r.randint(1, 60)}"]
    )
    path, tech, att, res = _person(r), _person(r), _person(r), _person(r)
    kin_rel, kin = _relative(
        r, pt, ["長男", "妻", "長女", "夫", "次男", "次女"] if pt.age < 95 else ["長男", "長女", "次男"]
    )
    dh = r.randint(0, 23)
    adm = d - _dt.timedelta(days=r.randint(10, 90))
    tmpl = r.randrange(2)
    if tmpl == 0:
        b.t("剖検記録要約　剖検番号: ").p(ano, "ID", "（省略）").t("\n患者: ").nm(pt.p.full(r), "故人").t(" (ID ")
        b.p(pt.pid_s(r), "ID", "省略").t(") ").age(pt.age).t(f" {pt.sex_s(r)}\n死亡日時: ")
        b.dt(d, "full", "死亡当日", tm=f"{dh:02d}:{r.randint(0, 59):02d}").t("   剖検日時: ")
        ah = r.randint(9, 15)
        b.dt(d + _dt.timedelta(days=r.randint(0, 1)), "full", "同日", tm=f"{ah}:30")
        b.t(f"〜{ah + r.randint(2, 4)}:{r.randint(0, 59):02d}\n")
        b.t("執刀: ").nm(path.full(r), "病理医").t(" / 介助: ").nm(tech.famn(), "担当技師", " (臨床検査技師)").t(
            " / 臨床立会: "
        )
        b.nm(att.famn(), "主治医", " (主治医)").t(", ").nm(res.full(r), "研修医", " (研修医)").t("\n")
        b.t(f"剖検承諾: {kin_rel} ").nm(kin.full(r), "遺族", r.choice([" 氏", " 様", ""]))
        b.t(r.choice(["  承諾範囲: 脳を除く\n", "  承諾範囲: 制限なし\n", "  承諾範囲: 胸腹部のみ\n"]))
        b.t("臨床経過: ").p(_ym(r, adm - _dt.timedelta(days=60)), "DATE", "以前").t(" ")
        hx = _hosp(r, r.choice(["clinic", "care"]))
        b.p(hx[0], "FACILITY", "前医").t(" にて" + r.choice(["貧血", "食欲不振", "下腿浮腫", "体重減少"]) + "を指摘。")
        b.dt(adm, "full", "入院日").t(" 当院").p(dept, "DEPARTMENT", "担当科").t(f"へ紹介入院。{cdx}の診断で加療するも")
        b.t("徐々に全身状態悪化し、").dt(d, "short", "死亡当日").t(" 永眠。\n")
        b.t(f"主要剖検診断:\n 1. {main}\n 2. {sub}\n直接死因: {cod}\n")
        b.t(
            f"臓器重量: 心 {r.randint(280, 560)}g, 肺 左 {r.randint(380, 900)}g/右 {r.randint(420, 1050)}g, "
            f"肝 {r.randint(850, 2100):,}g, 脾 {r.randint(60, 320)}g, "
            f"腎 左 {r.randint(90, 180)}g/右 {r.randint(90, 180)}g\n"
        )
        if r.random() < 0.5:
            b.t("居住地: ").h("〒").p(pt.postal, "POSTAL_CODE", "").h(" ").p(pt.addr, "ADDRESS", "（省略）")
            b.t("（死亡診断書控えより）\n")
    else:
        cpc_d = d + _dt.timedelta(days=r.randint(40, 150))
        b.t(f"第 {r.randint(80, 260)} 回 臨床病理検討会 (CPC)\n日時: ").dt(cpc_d, "full", "当日")
        b.t(f" 17:{r.choice(['00', '30'])}〜  会場: 臨床講義棟 {r.randint(1, 4)}F\n")
        b.t("症例: 剖検番号 ").p(ano, "ID", "（省略）").t("  ").nm(
            pt.p.init(r) if r.random() < 0.6 else pt.p.full(r), "本症例"
        )
        b.t(" ").age(pt.age).t(f" {pt.sex_s(r)}\n臨床担当: ").p(dept, "DEPARTMENT", "担当科").t(" ").nm(
            res.full(r), "研修医"
        )
        b.t(f" (研修医{r.randint(1, 2)}年目) / 指導医 ").nm(att.full(r), "指導医").t("\n病理担当: ").nm(
            path.full(r), "病理医"
        )
        b.t("  司会: ").nm(_person(r).famn(), "司会", r.choice(["先生", " 先生"])).t("\n\n【臨床経過】\n")
        b.p(_ym(r, adm - _dt.timedelta(days=90)), "DATE", "以前").t(
            " 頃より" + r.choice(["倦怠感", "呼吸困難", "黄疸"]) + "。"
        )
        b.t("かかりつけの ").p(
            _person(r).famn() + r.choice(["医院", "内科", "クリニック", "内科医院"]), "FACILITY", "診療所"
        )
        b.t(" から ").dt(adm, "short", "入院日").t(" 当院紹介。")
        if pt.age >= 85:
            b.t(" 入院前は ").p(_hosp(r, "care")[0], "FACILITY", "施設").t(" に入所中。")
        b.t(f"{cdx}として治療。").dt(d, "short", "死亡日", tm=_tm(r, 0, 23)).t(" 死亡確認。同日剖検。\n\n")
        b.t(
            f"【臨床上の問題点】\n 1. 死因は{cod}で説明可能か\n 2. {sub}の関与\n"
            f"【病理解剖診断】\n 1. {main}\n 2. {sub}\n"
        )
        b.t("※本資料は個人情報を含むため会終了後に回収します。問い合わせ: ").p("病理部", "DEPARTMENT", "事務局")
        b.t(" 内線 ").p(_ext(r), "PHONE_NUMBER", "担当")
        b.t("\n")
    return pt.known(show_addr=tmpl == 0)


# --------------------------------------------------------------------------------------------------------------
# Style 9: outside-slide consultation letters
# --------------------------------------------------------------------------------------------------------------


def _s_consult(b: _B) -> dict[str, Any]:
    r, f = b.r, b.f
    o = r.choice(_ORGANS)(r)
    pt = _pt_for_organ(b, o)
    d = b.ref
    oh, oh_rom = _hosp(r)
    mh, mh_rom = _hosp(r)
    opath, mpath, oclin = _person(r), _person(r), _person(r)
    oacc = r.choice(
        [
            f"H{_yy(d)}-{r.randint(1, 9999):04d}",
            f"{_yy(d)}-S-{r.randint(1, 9999)}",
            f"SP{d.year}{r.randint(1, 9999):04d}",
        ]
    )
    macc = f"CN{_yy(d)}-{r.randint(1, 999):04d}"
    tmpl = r.randrange(3)
    if tmpl == 0:
        b.p(mh, "FACILITY", "コンサルタント施設").t(" ").p("病理診断科", "DEPARTMENT", "ご担当科").t("\n")
        b.nm(mpath.full(r), "ご担当医", " 先生").t("　御侍史\n\n")
        b.t(
            "拝啓　時下ますますご清祥のこととお慶び申し上げます。\n"
            "下記症例の病理診断につき、ご意見を賜りたくお願い申し上げます。\n\n"
        )
        b.t("患者: ").nm(pt.p.full(r), "患者", " 様").t("（").age(pt.age).t(f"、{pt.sex_s(r)}）\n当院標本番号: ")
        b.p(oacc, "ID", "（別紙）").t("（採取 ").dt(d, "full", "採取日").t("）\n")
        b.t(f"送付物: HE {r.randint(2, 12)}枚、未染 {r.randint(0, 20)}枚、ブロック {r.randint(1, 4)}個\n")
        b.t(
            f"臨床診断: {o['cdx']}\n当院の診断: {o['dx']}\n疑問点: "
            + r.choice(["組織型の確定", "悪性度の評価", "免疫染色の解釈", "リンパ腫との鑑別"])
            + "についてご教示ください。\n\n"
        )
        b.t("なお標本は ").dt(d + _dt.timedelta(days=r.randint(20, 60)), "short", "後日").t(
            " までにご返却いただけますと幸いです。\n敬具\n\n"
        )
        b.dt(d + _dt.timedelta(days=r.randint(5, 14)), "formal", "本日").t("\n").p(oh, "FACILITY", "当院").t(" ").p(
            "病理診断科", "DEPARTMENT", ""
        ).t("  ")
        b.nm(opath.full(r), "担当病理医").t("\n").h("〒").p(_postal(r), "POSTAL_CODE", "").h(" ").p(
            _addr(r, f), "ADDRESS", "当院所在地"
        )
        b.t("\nTEL ").p(_tel(r), "PHONE_NUMBER", "代表").t("  FAX ").p(_tel(r), "PHONE_NUMBER", "担当部署").t(
            "\nE-mail: "
        )
        b.p(f"{opath.gr[0].lower()}-{opath.fr.lower()}@{oh_rom}.jp", "EMAIL_ADDRESS", "窓口").t("\n")
        if r.random() < 0.4:
            b.t("当科ホームページ: ").p(f"https://www.{oh_rom}.jp/shinryo/byori/", "URL", "院内掲示参照").t("\n")
    elif tmpl == 1:
        b.t("コンサルテーション報告書\n受付番号: ").p(macc, "ID", "（省略）").t("   受付日: ").dt(d, "log", "受付日").t(
            "\n"
        )
        b.t("依頼施設: ").p(oh, "FACILITY", "依頼施設").t("  依頼医: ").nm(opath.full(r), "依頼医", " 先生").t("\n")
        b.t("貴院標本番号: ").p(oacc, "ID", "（貴院番号）").t(
            f"  (ブロック {r.randint(1, 3)}個, HE {r.randint(3, 10)}枚)\n"
        )
        b.t("患者: ").nm(pt.p.init(r) if r.random() < 0.5 else pt.p.full(r), "患者").t("  ").age(pt.age).t(
            f" {pt.sex_s(r)}\n\n"
        )
        b.t("Diagnosis:\n  " + o["dx"] + "\n\nComment:\n")
        b.t(
            o["micro"]
            + " 追加で免疫染色 ("
            + r.choice(
                ["p40, TTF-1, Napsin A", "CD20, CD3, CD10, BCL2, BCL6, MUM1", "ER, PgR, HER2", "CK7, CK20, CDX2, SATB2"]
            )
            + ") を施行しました。貴院の診断に同意いたします。\n"
        )
        b.t("標本は本日返却いたします (宅配便)。\n\n診断医: ").nm(mpath.full(r), "診断医").t("\n").p(
            mh, "FACILITY", "当施設"
        )
        b.t(" ").p("病理部", "DEPARTMENT", "").t("  TEL ").p(_tel(r), "PHONE_NUMBER", "代表")
        if r.random() < 0.5:
            b.t("  mail: ").p(f"path-consult@{mh_rom}.or.jp", "EMAIL_ADDRESS", "窓口")
        b.t("\nコンサルテーション受付の詳細: ").p(
            f"https://www.{mh_rom}.jp/pathology/consult/", "URL", "院内掲示参照"
        ).t("\n")
    else:
        b.t("保険医療機関間の連携による病理診断 依頼書\n送付元: ").p(oh, "FACILITY", "送付元医療機関")
        b.t("  (担当: ").nm(oclin.full(r), "担当医", " 医師").t(")\n")
        b.t("患者氏名: ").nm(pt.p.full(r), "患者").t("  フリガナ: ").nm(pt.p.kana(r), "—").t("\n生年月日: ")
        b.dt(pt.birth, "birth", "（省略）").t("  (").age(pt.age).t(f")  性別: {pt.sex_s(r)}\n")
        b.t("住所: ").h("〒").p(pt.postal, "POSTAL_CODE", "").h(" ").p(pt.addr, "ADDRESS", "（省略）").t("\n電話: ")
        b.p(pt.phone, "PHONE_NUMBER", "（省略）").t("\n")
        b.t("保険者番号 ").p(
            f"{r.choice(['06', '01', '31', '32', '39', ''])}{r.randint(100000, 999999)}", "INSURANCE_NUMBER", "（省略）"
        )
        b.t("  記号 ").p(
            r.choice(
                [str(r.randint(1, 9999)), f"{r.randint(10, 99)}-{r.randint(100, 999)}", "あ" + str(r.randint(1, 99))]
            ),
            "INSURANCE_NUMBER",
            "（省略）",
        )
        b.t("  番号 ").p(str(r.randint(1, 99999)), "INSURANCE_NUMBER", "（省略）").t("\n")
        b.t("他院標本番号: ").p(oacc, "ID", "（送付元番号）").t("  採取日 ").dt(d, "full", "採取日").t("\n")
        b.t(f"臨床診断: {o['cdx']}\n依頼内容: 組織診断 (HE {r.randint(2, 8)}枚、ブロック {r.randint(1, 3)}個送付)\n")
        b.t("受託側: ").p(mh, "FACILITY", "受託医療機関").t(" ").p("病理診断科", "DEPARTMENT", "").t(" ").nm(
            mpath.famn(), "担当病理医", " 先生"
        ).t(" 宛  受付 ")
        b.p(macc, "ID", "（受付番号）").t("\n報告は FAX (").p(_tel(r), "PHONE_NUMBER", "送付元").t(
            ") および郵送にて。\n"
        )
    kn = pt.known(show_addr=tmpl == 2, show_phone=tmpl == 2)
    return kn


# --------------------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------------------

_STYLES = [
    _s_surgpath,
    _s_frozen,
    _s_cyto,
    _s_genetic,
    _s_biobank,
    _s_transfusion,
    _s_infection,
    _s_autopsy,
    _s_consult,
]


def generate_w(n_phi: int = 60, n_clean: int = 15, seed: int = 14230) -> list[dict]:
    """Return ``n_phi`` PHI documents followed by ``n_clean`` PHI-free documents (deterministic for ``seed``)."""
    fake = Faker("ja_JP")
    docs: list[dict] = []
    for i in range(n_phi):
        r = random.Random(seed * 100003 + i)
        fake.seed_instance(seed * 100003 + i)
        b = _B(f"w-phi-{i:03d}", r, fake, clean=False)
        known = _STYLES[i % len(_STYLES)](b)
        docs.append(b.out(known if i % 10 in (1, 4, 8) and known else None))
    for j in range(n_clean):
        r = random.Random(seed * 100003 + 50000 + j)
        fake.seed_instance(seed * 100003 + 50000 + j)
        b = _B(f"w-clean-{j:03d}", r, fake, clean=True)
        _STYLES[j % len(_STYLES)](b)
        docs.append(b.out())
    return docs
