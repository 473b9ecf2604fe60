"""Blind held-out text corpus, family X.

Written blind: the author did not read the de-identification tool's code, policies,
docs, tests, other bench corpora or the evaluation script, and never ran the tool on
this corpus.  Every name, ID, address, phone number, e-mail and URL is synthetic
(own lists plus a seeded ``Faker("ja_JP")``).

Theme: international / foreign-resident patients and English-language clinical text
written at Japanese hospitals.

Styles (PHI documents cycle through them in this order):

1. ``radiology``  - English radiology reports from a Japanese hospital (romaji names in
   both orders, ALL-CAPS surnames, macrons such as Ōta / Satō / Kōno, "Dr. K. Suzuki",
   accession numbers, comparison studies at other hospitals, addenda).
2. ``referral``   - bilingual (English/Japanese) referral letters to and from overseas
   hospitals, including replies and clerk translations.
3. ``interpreter`` - medical interpreter (医療通訳) records: on-site, telephone/video and
   ad-hoc family interpreting.
4. ``resident``   - Japanese clinical/nursing notes about foreign residents (Chinese and
   Korean names in kanji, katakana names with ・ or ＝, Latin passport spellings,
   technical intern trainees, language-school students, employers, supervising bodies).
5. ``coordinator`` - travel-insurance / international-patient-coordinator forms and
   logs (passport numbers, residence-card numbers, policy / case / claim numbers).
6. ``email``      - English e-mails between doctors (headers, quoted replies, signatures
   with phone / fax / URL).
7. ``soap``       - mixed Japanese/English SOAP and progress notes with English
   abbreviations.
8. ``certificate`` - English / bilingual medical certificates, fit-to-fly letters and
   discharge summaries with US / European dates beside Japanese ones.
9. ``slip``       - bilingual patient-facing appointment / discharge-instruction slips
   and a phone-message log.

Labelling choices a scorer should know:

* A person's full name is ONE PERSON span even when it contains a space, a comma
  ("YAMADA, Taro"), a middle dot or ＝ ("グエン・ヴァン・アン").  Titles and roles
  (Mr., Ms., Dr., 様, さん, 先生, 医師, Ns, MD, PhD, "-sensei") stay outside.
  "Dr. K. Suzuki" -> span "K. Suzuki"; "Kobayashi-sensei" -> "Kobayashi".  Surname-only
  and given-name-only mentions (salutations "Dear Dr. Carter", e-mail sign-offs such as
  "Kenji", children's given names) are PERSON too.  The rare surname 今日 (= "today")
  occurs and is labelled where it is a name.
* AGE: Japanese ages include the unit ("45歳", "45才"; in "3歳10か月" only "3歳");
  in English and abbreviated forms only the number is labelled ("45-year-old" -> "45",
  "45 y/o", "45yo M", "45M", "(87Y M)", "(84y)" -> the digits).
* DATE: one span per date, including a directly attached weekday ("2024年4月3日(水)",
  "Wed, Apr 3, 2024") and a directly following clock time ("2024/04/03 14:22",
  "Apr 3, 2024 2:22 PM").  E-mail header dates ("Fri, 23 Jun 2023 21:11:10 +0900") and
  quoted-reply dates ("Wed, Jun 21, 2023 at 2:09 AM") are one DATE span each.  Bare
  MM/DD ("4/8", "4月8日", "Aug 23", "3rd November") is labelled.  Durations, bare
  clock times, "Day 3" / "POD5" and time-zone differences are not labelled.
* PHONE_NUMBER covers the number including a leading "+81" / "+1" country code and any
  parentheses inside it.  Extensions ("ext. 4402", "内線 482") and PHS numbers are
  their own PHONE_NUMBER spans (digits only).  Hospital switchboard / fax numbers are
  labelled as well.
* Overseas addresses: the street/city part is ADDRESS and the ZIP / postcode / CEP is a
  separate POSTAL_CODE span; a trailing country name ("USA", "Viet Nam") is not
  labelled.  Romanized Japanese addresses ("2-14-3 Okubo, Shinjuku-ku, Tokyo, Room 201")
  are ADDRESS, including an attached room number; hospital addresses are labelled too.
* ID: patient numbers / MRN, accession numbers, old (merged) IDs, passport numbers,
  residence-card numbers (在留カード番号), travel-insurance policy, case, claim and
  guarantee-of-payment (GOP) numbers, our / your reference numbers, interpreter
  registration and operator numbers, interpreter record numbers ("No.4821"),
  outside PIDs and physicians' medical licence numbers.  Japanese health insurance
  保険者番号 / 記号 / 番号 are three separate INSURANCE_NUMBER spans; a 12-digit
  個人番号 (with or without spaces / hyphens) is MY_NUMBER.
* FACILITY: hospitals, clinics, pharmacies, employers, language schools, nurseries,
  supervising organisations of technical interns, hotels where the patient is staying,
  named wards ("5階東病棟", "7 West", "6東"), room numbers ("403号室", "412-C"; for
  hotel rooms "Room 836" / "room 1316" only the digits), bed numbers (in "bed 23" only
  "23") and bed codes ("4S-33").
  Insurance / assistance company names, airports ("Narita") and countries are NOT
  labelled (payers / travel context, not places tied to the person).
* Nationality, language, residence status (在留資格), religion and diet are not labelled.
* DEPARTMENT: bare department names as written ("消化器内科", "Department of Radiology",
  "Gastroenterology"); generic "Internal Medicine / International Patient Services"
  lines in letterheads of overseas hospitals are not labelled.
* E-mail addresses (personal, departmental and assistance-company) are EMAIL_ADDRESS;
  hospital / department web addresses are URL.
* Eponymous diseases (橋本病 / Hashimoto thyroiditis, 川崎病 / Kawasaki disease), drug
  names, staging (cT2aN2M0), vertebral levels (L4/5), lung / liver segments (S1, S6),
  ICD-10 codes, lab values and costs are not PHI and are never labelled.
* About 30% of PHI documents carry ``known`` for the document's main patient (for the
  paediatric note: the child).  For names without kanji, ``family`` / ``given`` hold the
  katakana forms.
* PHI-free documents use the same templates with every identifier replaced by a
  generic phrase (the patient, our hospital, 当院, 主治医, 本日, 前医, Day 1 …); they
  carry no spans and no ``known``.
"""

from __future__ import annotations

import datetime as _dt
import random
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# ---------------------------------------------------------------------------
# Name data
# ---------------------------------------------------------------------------

# (kanji, katakana, romaji, romaji with macrons)
_JP_SURNAMES: list[tuple[str, str, str, str]] = [
    ("佐藤", "サトウ", "Sato", "Satō"),
    ("太田", "オオタ", "Ota", "Ōta"),
    ("河野", "コウノ", "Kono", "Kōno"),
    ("伊藤", "イトウ", "Ito", "Itō"),
    ("加藤", "カトウ", "Kato", "Katō"),
    ("工藤", "クドウ", "Kudo", "Kudō"),
    ("大野", "オオノ", "Ono", "Ōno"),
    ("遠藤", "エンドウ", "Endo", "Endō"),
    ("後藤", "ゴトウ", "Goto", "Gotō"),
    ("近藤", "コンドウ", "Kondo", "Kondō"),
    ("斉藤", "サイトウ", "Saito", "Saitō"),
    ("須藤", "スドウ", "Sudo", "Sudō"),
    ("大島", "オオシマ", "Oshima", "Ōshima"),
    ("大西", "オオニシ", "Onishi", "Ōnishi"),
    ("大塚", "オオツカ", "Otsuka", "Ōtsuka"),
    ("東海林", "ショウジ", "Shoji", "Shōji"),
    ("百目鬼", "ドウメキ", "Domeki", "Dōmeki"),
    ("小鳥遊", "タカナシ", "Takanashi", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki", "Watanuki"),
    ("勘解由小路", "カデノコウジ", "Kadenokoji", "Kadenokōji"),
    ("月見里", "ヤマナシ", "Yamanashi", "Yamanashi"),
    ("東", "アズマ", "Azuma", "Azuma"),
    ("林", "ハヤシ", "Hayashi", "Hayashi"),
    ("森", "モリ", "Mori", "Mori"),
    ("谷", "タニ", "Tani", "Tani"),
    ("原", "ハラ", "Hara", "Hara"),
    ("関", "セキ", "Seki", "Seki"),
    ("岸", "キシ", "Kishi", "Kishi"),
    ("南", "ミナミ", "Minami", "Minami"),
    ("港", "ミナト", "Minato", "Minato"),
    ("桜", "サクラ", "Sakura", "Sakura"),
    ("千葉", "チバ", "Chiba", "Chiba"),
    ("長野", "ナガノ", "Nagano", "Nagano"),
    ("熊本", "クマモト", "Kumamoto", "Kumamoto"),
    ("福岡", "フクオカ", "Fukuoka", "Fukuoka"),
    ("奈良", "ナラ", "Nara", "Nara"),
    ("秋田", "アキタ", "Akita", "Akita"),
    ("岡山", "オカヤマ", "Okayama", "Okayama"),
    ("五十嵐", "イガラシ", "Igarashi", "Igarashi"),
    ("長谷川", "ハセガワ", "Hasegawa", "Hasegawa"),
    ("金子", "カネコ", "Kaneko", "Kaneko"),
    ("石井", "イシイ", "Ishii", "Ishii"),
    ("中村", "ナカムラ", "Nakamura", "Nakamura"),
    ("田中", "タナカ", "Tanaka", "Tanaka"),
    ("鈴木", "スズキ", "Suzuki", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe", "Watanabe"),
    ("小林", "コバヤシ", "Kobayashi", "Kobayashi"),
    ("山本", "ヤマモト", "Yamamoto", "Yamamoto"),
    ("松本", "マツモト", "Matsumoto", "Matsumoto"),
    ("井上", "イノウエ", "Inoue", "Inoue"),
    ("木村", "キムラ", "Kimura", "Kimura"),
    ("清水", "シミズ", "Shimizu", "Shimizu"),
    ("山口", "ヤマグチ", "Yamaguchi", "Yamaguchi"),
    ("橋本", "ハシモト", "Hashimoto", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa", "Ishikawa"),
    ("前田", "マエダ", "Maeda", "Maeda"),
    ("小川", "オガワ", "Ogawa", "Ogawa"),
    ("村上", "ムラカミ", "Murakami", "Murakami"),
    ("坂本", "サカモト", "Sakamoto", "Sakamoto"),
    ("雨宮", "アメミヤ", "Amemiya", "Amemiya"),
    ("犬養", "イヌカイ", "Inukai", "Inukai"),
    ("鳥居", "トリイ", "Torii", "Torii"),
    ("海老原", "エビハラ", "Ebihara", "Ebihara"),
    ("日下部", "クサカベ", "Kusakabe", "Kusakabe"),
    ("春日", "カスガ", "Kasuga", "Kasuga"),
    ("米", "ヨネ", "Yone", "Yone"),
    ("宮城", "ミヤギ", "Miyagi", "Miyagi"),
    ("比嘉", "ヒガ", "Higa", "Higa"),
    ("新垣", "アラカキ", "Arakaki", "Arakaki"),
    ("王子", "オウジ", "Oji", "Ōji"),
    ("神", "ジン", "Jin", "Jin"),
    ("上野", "ウエノ", "Ueno", "Ueno"),
    ("今日", "コンニチ", "Konnichi", "Konnichi"),
]

# (kanji, katakana, romaji, romaji with macrons, sex)
_JP_GIVEN: list[tuple[str, str, str, str, str]] = [
    ("太郎", "タロウ", "Taro", "Tarō", "M"),
    ("翔太", "ショウタ", "Shota", "Shōta", "M"),
    ("健一", "ケンイチ", "Kenichi", "Ken'ichi", "M"),
    ("大輔", "ダイスケ", "Daisuke", "Daisuke", "M"),
    ("浩二", "コウジ", "Koji", "Kōji", "M"),
    ("誠", "マコト", "Makoto", "Makoto", "M"),
    ("修", "オサム", "Osamu", "Osamu", "M"),
    ("勇気", "ユウキ", "Yuki", "Yūki", "M"),
    ("陽翔", "ハルト", "Haruto", "Haruto", "M"),
    ("蓮", "レン", "Ren", "Ren", "M"),
    ("隆之", "タカユキ", "Takayuki", "Takayuki", "M"),
    ("正", "タダシ", "Tadashi", "Tadashi", "M"),
    ("茂", "シゲル", "Shigeru", "Shigeru", "M"),
    ("一郎", "イチロウ", "Ichiro", "Ichirō", "M"),
    ("悠真", "ユウマ", "Yuma", "Yūma", "M"),
    ("洋平", "ヨウヘイ", "Yohei", "Yōhei", "M"),
    ("健二", "ケンジ", "Kenji", "Kenji", "M"),
    ("博", "ヒロシ", "Hiroshi", "Hiroshi", "M"),
    ("亮", "リョウ", "Ryo", "Ryō", "M"),
    ("功", "イサオ", "Isao", "Isao", "M"),
    ("花子", "ハナコ", "Hanako", "Hanako", "F"),
    ("美咲", "ミサキ", "Misaki", "Misaki", "F"),
    ("陽子", "ヨウコ", "Yoko", "Yōko", "F"),
    ("恵子", "ケイコ", "Keiko", "Keiko", "F"),
    ("由美", "ユミ", "Yumi", "Yumi", "F"),
    ("千尋", "チヒロ", "Chihiro", "Chihiro", "F"),
    ("さくら", "サクラ", "Sakura", "Sakura", "F"),
    ("優子", "ユウコ", "Yuko", "Yūko", "F"),
    ("順子", "ジュンコ", "Junko", "Junko", "F"),
    ("幸子", "サチコ", "Sachiko", "Sachiko", "F"),
    ("結衣", "ユイ", "Yui", "Yui", "F"),
    ("ひかり", "ヒカリ", "Hikari", "Hikari", "F"),
    ("凛", "リン", "Rin", "Rin", "F"),
    ("葵", "アオイ", "Aoi", "Aoi", "F"),
    ("明美", "アケミ", "Akemi", "Akemi", "F"),
    ("美奈子", "ミナコ", "Minako", "Minako", "F"),
    ("トメ", "トメ", "Tome", "Tome", "F"),
    ("ツル", "ツル", "Tsuru", "Tsuru", "F"),
    ("遥", "ハルカ", "Haruka", "Haruka", "F"),
    ("京子", "キョウコ", "Kyoko", "Kyōko", "F"),
]

# Foreign residents / visitors:
# (nationality, family_latin, given_latin, family_kata, given_kata,
#  family_kanji, given_kanji, sex, family_first_in_latin)
_FOREIGN: list[tuple[str, str, str, str, str, str | None, str | None, str, bool]] = [
    ("中国", "Wang", "Wei", "ワン", "ウェイ", "王", "偉", "M", True),
    ("中国", "Chen", "Meiling", "チェン", "メイリン", "陳", "美玲", "F", True),
    ("中国", "Li", "Na", "リー", "ナー", "李", "娜", "F", True),
    ("中国", "Zhang", "Hao", "チャン", "ハオ", "張", "浩", "M", True),
    ("中国", "Liu", "Yang", "リウ", "ヤン", "劉", "洋", "M", True),
    ("中国", "Zhao", "Xiaoli", "チャオ", "シャオリー", "趙", "暁麗", "F", True),
    ("中国", "Huang", "Jianguo", "ホアン", "ジエングオ", "黄", "建国", "M", True),
    ("中国", "Lin", "Yuting", "リン", "ユーティン", "林", "雨婷", "F", True),
    ("台湾", "Tsai", "Chia-hui", "ツァイ", "ジアフイ", "蔡", "佳慧", "F", True),
    ("韓国", "Kim", "Min-jun", "キム", "ミンジュン", "金", "民俊", "M", True),
    ("韓国", "Lee", "Su-yeon", "イ", "スヨン", "李", "秀妍", "F", True),
    ("韓国", "Park", "Ji-hoon", "パク", "チフン", "朴", "智勲", "M", True),
    ("韓国", "Choi", "Eun-mi", "チェ", "ウンミ", "崔", "恩美", "F", True),
    ("韓国", "Jung", "Jae-hyun", "チョン", "ジェヒョン", "鄭", "在賢", "M", True),
    ("韓国", "Kang", "Hye-jin", "カン", "ヘジン", "姜", "恵珍", "F", True),
    ("ベトナム", "Nguyen", "Van An", "グエン", "ヴァン・アン", None, None, "M", True),
    ("ベトナム", "Tran", "Thi Phuong", "チャン", "ティ・フオン", None, None, "F", True),
    ("ベトナム", "Le", "Van Hung", "レ", "ヴァン・フン", None, None, "M", True),
    ("ベトナム", "Pham", "Thi Lan", "ファム", "ティ・ラン", None, None, "F", True),
    ("ベトナム", "Hoang", "Minh Duc", "ホアン", "ミン・ドゥック", None, None, "M", True),
    ("ベトナム", "Bui", "Thi Thu Trang", "ブイ", "ティ・トゥー・チャン", None, None, "F", True),
    ("ベトナム", "Do", "Quang Huy", "ドー", "クアン・フイ", None, None, "M", True),
    ("フィリピン", "Reyes", "Maria Cristina", "レイエス", "マリア・クリスティナ", None, None, "F", False),
    ("フィリピン", "Dela Cruz", "Jose", "デラクルス", "ホセ", None, None, "M", False),
    ("フィリピン", "Bautista", "Maricel", "バウティスタ", "マリセル", None, None, "F", False),
    ("フィリピン", "Villanueva", "Rodel", "ビリャヌエバ", "ロデル", None, None, "M", False),
    ("フィリピン", "Mendoza", "Angelica", "メンドーサ", "アンジェリカ", None, None, "F", False),
    ("ブラジル", "Santos", "Maria", "サントス", "マリア", None, None, "F", False),
    ("ブラジル", "Oliveira", "João", "オリベイラ", "ジョアン", None, None, "M", False),
    ("ブラジル", "Silva", "Ana Paula", "シルバ", "アナ・パウラ", None, None, "F", False),
    ("ブラジル", "Souza", "Lucas", "ソウザ", "ルーカス", None, None, "M", False),
    ("ブラジル", "Nakamura", "Fabio Hideki", "ナカムラ", "ファビオ・ヒデキ", None, None, "M", False),
    ("ブラジル", "Pereira", "Gabriela", "ペレイラ", "ガブリエラ", None, None, "F", False),
    ("ペルー", "Higa", "Rosa Elena", "ヒガ", "ロサ・エレナ", None, None, "F", False),
    ("ネパール", "Gurung", "Ram Bahadur", "グルン", "ラム・バハドゥル", None, None, "M", False),
    ("ネパール", "Thapa", "Sunita", "タパ", "スニタ", None, None, "F", False),
    ("ネパール", "Shrestha", "Bikash", "シュレスタ", "ビカシュ", None, None, "M", False),
    ("ネパール", "Rai", "Sanjita", "ライ", "サンジタ", None, None, "F", False),
    ("ネパール", "Poudel", "Anil", "パウデル", "アニル", None, None, "M", False),
    ("ネパール", "Tamang", "Pasang", "タマン", "パサン", None, None, "M", False),
    ("インドネシア", "Rahmawati", "Siti", "ラフマワティ", "シティ", None, None, "F", False),
    ("スリランカ", "Perera", "Nimal", "ペレラ", "ニマル", None, None, "M", False),
    ("ミャンマー", "Aung", "Kyaw Zin", "アウン", "チョー・ジン", None, None, "M", False),
    ("米国", "Miller", "Emily", "ミラー", "エミリー", None, None, "F", False),
    ("英国", "O'Brien", "Thomas", "オブライエン", "トーマス", None, None, "M", False),
    ("オーストラリア", "Whitaker", "Chloe", "ウィテカー", "クロエ", None, None, "F", False),
]

_LANG_OF = {
    "中国": ("中国語", "Mandarin Chinese"),
    "台湾": ("中国語", "Mandarin Chinese"),
    "韓国": ("韓国語", "Korean"),
    "ベトナム": ("ベトナム語", "Vietnamese"),
    "フィリピン": ("タガログ語", "Tagalog"),
    "ブラジル": ("ポルトガル語", "Portuguese"),
    "ペルー": ("スペイン語", "Spanish"),
    "ネパール": ("ネパール語", "Nepali"),
    "インドネシア": ("インドネシア語", "Indonesian"),
    "スリランカ": ("英語", "English"),
    "ミャンマー": ("ミャンマー語", "Burmese"),
    "米国": ("英語", "English"),
    "英国": ("英語", "English"),
    "オーストラリア": ("英語", "English"),
}

_NAT_EN = {
    "中国": "Chinese",
    "台湾": "Taiwanese",
    "韓国": "Korean",
    "ベトナム": "Vietnamese",
    "フィリピン": "Filipino",
    "ブラジル": "Brazilian",
    "ペルー": "Peruvian",
    "ネパール": "Nepali",
    "インドネシア": "Indonesian",
    "スリランカ": "Sri Lankan",
    "ミャンマー": "Myanmar",
    "米国": "American",
    "英国": "British",
    "オーストラリア": "Australian",
    "日本": "Japanese",
}

# Overseas doctors (given, family)
_OVERSEAS_DOCTORS: list[tuple[str, str]] = [
    ("Emily", "Carter"),
    ("Michael", "O'Donnell"),
    ("Priya", "Raghunathan"),
    ("David", "Kealoha"),
    ("Sarah", "Lindqvist"),
    ("James", "Whitfield"),
    ("Hannah", "Müller"),
    ("Lucas", "Ferreira"),
    ("Minh Khoa", "Tran"),
    ("Lihua", "Zhou"),
    ("Seo-yeon", "Park"),
    ("Maria Luisa", "Ocampo"),
    ("Rajesh", "Adhikari"),
    ("Sophie", "Laurent"),
    ("Kai", "Nakoa"),
    ("Rebecca", "Goldberg"),
]

# Overseas sites: name, address template, postal template, phone templates,
# e-mail domain, country label.  In templates: # -> digit, @ -> capital letter.
_OVERSEAS_SITES: list[dict[str, Any]] = [
    {
        "name": "Kalani Pacific Medical Center",
        "addr": ["#### Punahele Street, Suite ###, Honolulu, HI", "### Kapiolani-mauka Way, Honolulu, HI"],
        "postal": "968##",
        "phone": ["+1 (808) 555-####", "+1-808-555-####"],
        "mobile": ["+1 (808) 555-####"],
        "domain": "kalanipacific.org",
        "country": "USA",
    },
    {
        "name": "Evergreen Sound Hospital",
        "addr": ["#### Alder Crest Avenue, Seattle, WA", "### NE Madrona Loop, Apt ##, Seattle, WA"],
        "postal": "981##",
        "phone": ["+1-206-555-####", "(206) 555-####"],
        "mobile": ["+1 (425) 555-####"],
        "domain": "evergreensound.org",
        "country": "USA",
    },
    {
        "name": "Shanghai Pudong Tianhe International Hospital",
        "addr": [
            "Room #0#, Building 1#, ### Zhangheng Road, Pudong New District, Shanghai",
            "上海市浦东新区张衡路###弄#号###室",
        ],
        "postal": "2012##",
        "phone": ["+86-21-6###-####", "+86 21 6### ####"],
        "mobile": ["+86 13# #### ####", "+86-139-####-####"],
        "domain": "tianhe-intl.cn",
        "country": "China",
    },
    {
        "name": "Saigon Lotus International Hospital",
        "addr": [
            "### Nguyen Thi Minh Khai, Ward #, District #, Ho Chi Minh City",
            "##/# Le Van Sy, Phuong ##, Quan 3, TP. Ho Chi Minh",
        ],
        "postal": "700###",
        "phone": ["+84 28 38## ####", "+84-28-39##-####"],
        "mobile": ["+84 90# ### ###", "+84 91# ### ###"],
        "domain": "saigonlotus.vn",
        "country": "Viet Nam",
    },
    {
        "name": "Seoul Hanbit University Hospital",
        "addr": ["##, Hanbit-ro #-gil, Gangnam-gu, Seoul", "###-#, Yeoksam-dong, Gangnam-gu, Seoul"],
        "postal": "06###",
        "phone": ["+82-2-3###-####", "+82 2 2###-####"],
        "mobile": ["+82-10-####-####"],
        "domain": "hanbit-uh.kr",
        "country": "Republic of Korea",
    },
    {
        "name": "St. Agnes Bayview Medical Center",
        "addr": [
            "#### Roxas Boulevard, Pasay City, Metro Manila",
            "Blk ## Lot #, Mabini St., Brgy. San Isidro, Quezon City",
        ],
        "postal": "1###",
        "phone": ["+63 2 8###-####", "+63-2-8###-####"],
        "mobile": ["+63 917 ### ####", "+63 998 ### ####"],
        "domain": "stagnesbayview.ph",
        "country": "Philippines",
    },
    {
        "name": "Hospital Santa Clara do Vale",
        "addr": ["Av. das Acácias, ###, Campinas - SP", "Rua Padre Anchieta, ####, apto ##, Londrina - PR"],
        "postal": "130##-###",
        "phone": ["+55 19 3###-####", "+55 (19) 3###-####"],
        "mobile": ["+55 11 9####-####"],
        "domain": "hsantaclara.com.br",
        "country": "Brazil",
    },
    {
        "name": "Bagmati Valley Teaching Hospital",
        "addr": ["Ward No. #, Maharajgunj, Kathmandu", "Pokhara-##, Kaski, Gandaki Province"],
        "postal": "446##",
        "phone": ["+977-1-44#####", "+977 1 44## ###"],
        "mobile": ["+977 98## ######"],
        "domain": "bvth.org.np",
        "country": "Nepal",
    },
    {
        "name": "Royal Kensington Clinic",
        "addr": ["## Harrowby Mews, London", "Flat #, ## Linden Gardens, London"],
        "postal": "W# #@@",
        "phone": ["+44 20 7946 0###", "+44 (0)20 7946 0###"],
        "mobile": ["+44 7700 900###"],
        "domain": "rkclinic.co.uk",
        "country": "United Kingdom",
    },
    {
        "name": "Chao Phraya Riverside Hospital",
        "addr": ["### Charoen Krung Road, Bang Rak, Bangkok", "##/## Soi Sukhumvit ##, Khlong Toei, Bangkok"],
        "postal": "10###",
        "phone": ["+66 2 ### ####", "+66-2-###-####"],
        "mobile": ["+66 8# ### ####"],
        "domain": "cpriverside.co.th",
        "country": "Thailand",
    },
]

# Japanese localities: (prefecture, city/ward, town, town_romaji, city_romaji,
# pref_romaji, postal prefix)
_JP_LOCALITIES: list[tuple[str, str, str, str, str, str, str]] = [
    ("東京都", "港区", "芝浦", "Shibaura", "Minato-ku", "Tokyo", "108-00"),
    ("東京都", "新宿区", "大久保", "Okubo", "Shinjuku-ku", "Tokyo", "169-00"),
    ("東京都", "江戸川区", "西葛西", "Nishikasai", "Edogawa-ku", "Tokyo", "134-00"),
    ("東京都", "豊島区", "池袋本町", "Ikebukuro-honcho", "Toshima-ku", "Tokyo", "170-00"),
    ("神奈川県", "横浜市中区", "山下町", "Yamashita-cho", "Naka-ku, Yokohama", "Kanagawa", "231-00"),
    ("大阪府", "大阪市生野区", "桃谷", "Momodani", "Ikuno-ku, Osaka", "Osaka", "544-00"),
    ("愛知県", "豊田市", "保見町", "Homi-cho", "Toyota", "Aichi", "470-03"),
    ("群馬県", "邑楽郡大泉町", "坂田", "Sakata", "Oizumi-machi, Ora-gun", "Gunma", "370-05"),
    ("静岡県", "浜松市中央区", "砂山町", "Sunayama-cho", "Chuo-ku, Hamamatsu", "Shizuoka", "430-09"),
    ("福岡県", "福岡市博多区", "博多駅前", "Hakata-ekimae", "Hakata-ku, Fukuoka", "Fukuoka", "812-00"),
    ("埼玉県", "川口市", "芝園町", "Shibazono-cho", "Kawaguchi", "Saitama", "332-00"),
    ("北海道", "札幌市中央区", "南一条西", "Minami 1-jo Nishi", "Chuo-ku, Sapporo", "Hokkaido", "060-00"),
    ("沖縄県", "那覇市", "久茂地", "Kumoji", "Naha", "Okinawa", "900-00"),
    ("千葉県", "成田市", "花崎町", "Hanazaki-cho", "Narita", "Chiba", "286-00"),
    ("茨城県", "常総市", "水海道森下町", "Mitsukaido Morishita-cho", "Joso", "Ibaraki", "303-00"),
    ("岐阜県", "美濃加茂市", "古井町下古井", "Furui-cho Shimofurui", "Minokamo", "Gifu", "505-00"),
]

# Japanese hospitals: (kanji, English, e-mail/web stem)
_JP_HOSPITALS: list[tuple[str, str, str]] = [
    ("湊中央病院", "Minato Central Hospital", "minato-chuo-hp"),
    ("東都国際医療センター", "Toto International Medical Center", "toto-imc"),
    ("さくら台総合病院", "Sakuradai General Hospital", "sakuradai-gh"),
    ("北浜記念病院", "Kitahama Memorial Hospital", "kitahama-mh"),
    ("青葉台大学病院", "Aobadai University Hospital", "aobadai-u-hosp"),
    ("潮見ヶ丘病院", "Shiomigaoka Hospital", "shiomigaoka"),
    ("千里桜ヶ丘医療センター", "Senri Sakuragaoka Medical Center", "senri-smc"),
    ("西葛西あおぞら病院", "Nishikasai Aozora Hospital", "aozora-nk"),
    ("保見ヶ丘中央クリニック", "Homigaoka Central Clinic", "homigaoka-cc"),
    ("大泉さつき病院", "Oizumi Satsuki Hospital", "oizumi-satsuki"),
    ("博多ポートサイド病院", "Hakata Portside Hospital", "hakata-portside"),
    ("那覇うりずん総合病院", "Naha Urizun General Hospital", "urizun-gh"),
]

_JP_CLINICS: list[str] = [
    "みなと国際クリニック",
    "若葉台ファミリークリニック",
    "大久保グローバル内科",
    "かわぐち駅前こどもクリニック",
    "ひまわり内科・消化器科",
    "成田エアポートクリニック",
    "砂山町整形外科医院",
    "医療法人社団清風会 もりした眼科",
]

_JP_PHARMACIES: list[str] = ["あおば薬局 駅前店", "すずらん調剤薬局", "さくら薬局 大久保通り店", "みどり薬局"]

_EMPLOYERS: list[str] = [
    "株式会社ミナト精工",
    "有限会社大和フーズ 第二工場",
    "東海オートパーツ株式会社 保見工場",
    "株式会社ひばり介護サービス",
    "三河ケミカル工業株式会社",
    "株式会社グリーンファーム常総",
    "博多ベイ水産株式会社",
]

_SCHOOLS: list[str] = [
    "東京国際日本語学院",
    "みらい日本語学校",
    "大阪ことのは日本語学院",
    "福岡アジア日本語アカデミー",
    "浜松国際ビジネス専門学校",
]

_KANRI: list[str] = [
    "協同組合アジア人材ネット",
    "東海国際交流事業協同組合",
    "協同組合グローバルブリッジ九州",
]

_HOTELS: list[str] = [
    "Hotel Minato Bayside",
    "ホテルグランヴェール新宿",
    "Asakusa Riverside Inn",
    "ホテル博多シティゲート",
    "Naha Coral Garden Hotel",
    "Kyoto Gion Stay 花見小路",
]

_INSURERS: list[str] = [
    "Pacific Crest Assurance",
    "GlobalCare Travel Insurance",
    "AsiaMed Assist",
    "Oriental Lotus Assistance",
    "EuroTraveller Medical Assistance",
]

_JP_DEPTS: list[tuple[str, str]] = [
    ("消化器内科", "Gastroenterology"),
    ("循環器内科", "Cardiology"),
    ("呼吸器内科", "Respiratory Medicine"),
    ("整形外科", "Orthopaedic Surgery"),
    ("脳神経外科", "Neurosurgery"),
    ("総合診療科", "General Medicine"),
    ("救急科", "Emergency Medicine"),
    ("産婦人科", "Obstetrics and Gynecology"),
    ("小児科", "Pediatrics"),
    ("腎臓内科", "Nephrology"),
    ("外科", "Surgery"),
    ("泌尿器科", "Urology"),
    ("感染症内科", "Infectious Diseases"),
]

_WARDS: list[str] = ["5階東病棟", "7階西病棟", "4階南病棟", "東6病棟", "6東", "西3病棟", "3階北病棟"]
_WARDS_EN: list[str] = ["7 West", "5 East", "6 North", "4 South", "West 8"]

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789", "０１２３４５６７８９")
_WD_JA = "月火水木金土日"
_WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_WD_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MON_LONG = [
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


def _fill(rng: random.Random, tpl: str) -> str:
    out = []
    for ch in tpl:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _mix(rng: random.Random, s: str, p: float = 0.2) -> str:
    """Japanese-style width noise: sometimes full-width digits, rarely mixed."""
    r = rng.random()
    if r < p:
        return _zen(s)
    if r < p * 1.3:
        return "".join(_zen(c) if c.isdigit() and rng.random() < 0.5 else c for c in s)
    return s


def _typo(rng: random.Random, s: str, p: float = 0.15) -> str:
    """Occasionally swap two letters inside one longer ASCII word."""
    if rng.random() >= p:
        return s
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 5 and w.isascii() and w.isalpha()]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    j = rng.randint(1, len(w) - 3)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _knum(n: int) -> str:
    if n < 10:
        return _KNUM[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KNUM[t]) + "十" + ("" if o == 0 else _KNUM[o])


def _era(d: _dt.date) -> tuple[str, str, int]:
    if d >= _dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= _dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


_JA_DATE_STYLES = [
    "slash",
    "slash_nopad",
    "ja",
    "ja_wd",
    "wareki",
    "wareki_abbr",
    "wareki_slash",
    "iso",
    "dot",
    "kanji",
    "wareki_kanji",
    "ja_wd",
    "slash",
]
_EN_DATE_STYLES = [
    "us_long",
    "us_short",
    "eu_long",
    "eu_ord",
    "eu_ord_of",
    "us_num",
    "eu_num",
    "dmy_abbr",
    "iso",
    "slash",
    "en_wd",
    "us_short",
    "eu_long",
]


def _fmt_date(rng: random.Random, d: _dt.date, style: str | None = None, lang: str = "ja") -> str:
    if style is None:
        style = rng.choice(_JA_DATE_STYLES if lang == "ja" else _EN_DATE_STYLES)
    y, m, dd = d.year, d.month, d.day
    wd = d.weekday()
    era, era_l, ey = _era(d)
    if style == "slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "slash_nopad":
        return f"{y}/{m}/{dd}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "dot":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "ja":
        return f"{y}年{m}月{dd}日"
    if style == "ja_wd":
        return f"{y}年{m}月{dd}日({_WD_JA[wd]})" if rng.random() < 0.6 else f"{y}年{m}月{dd}日（{_WD_JA[wd]}）"
    if style == "wareki":
        return f"{era}{'元' if ey == 1 else ey}年{m}月{dd}日"
    if style == "wareki_abbr":
        return f"{era_l}{ey}.{m}.{dd}"
    if style == "wareki_slash":
        return f"{era_l}{ey}/{m}/{dd}"
    if style == "kanji":
        return "".join(_KNUM[int(c)] for c in str(y)) + f"年{_knum(m)}月{_knum(dd)}日"
    if style == "wareki_kanji":
        return f"{era}{'元' if ey == 1 else _knum(ey)}年{_knum(m)}月{_knum(dd)}日"
    if style == "md":
        return f"{m}/{dd}"
    if style == "md_ja":
        return f"{m}月{dd}日"
    if style == "us_long":
        return f"{_MON_LONG[m - 1]} {dd}, {y}"
    if style == "us_short":
        return f"{_MON[m - 1]} {dd}, {y}" if rng.random() < 0.8 else f"{_MON[m - 1]}. {dd}, {y}"
    if style == "eu_long":
        return f"{dd} {_MON_LONG[m - 1]} {y}" if rng.random() < 0.6 else f"{dd} {_MON[m - 1]} {y}"
    if style == "eu_ord":
        return f"{_ord(dd)} {_MON_LONG[m - 1]} {y}"
    if style == "eu_ord_of":
        return f"{_ord(dd)} of {_MON_LONG[m - 1]}, {y}"
    if style == "us_num":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "eu_num":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "eu_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy_abbr":
        return f"{dd:02d}-{_MON[m - 1].upper()}-{y}" if rng.random() < 0.5 else f"{dd}-{_MON[m - 1]}-{y}"
    if style == "en_wd":
        return f"{_WD_EN[wd]}, {_MON[m - 1]} {dd}, {y}"
    if style == "en_md":
        return f"{_MON[m - 1]} {dd}" if rng.random() < 0.5 else f"{_ord(dd)} {_MON_LONG[m - 1]}"
    raise ValueError(style)


def _fmt_dt(rng: random.Random, d: _dt.datetime, lang: str = "ja") -> str:
    hh, mm = d.hour, d.minute
    if lang == "ja":
        k = rng.randint(0, 4)
        if k == 0:
            return f"{d.year}/{d.month:02d}/{d.day:02d} {hh:02d}:{mm:02d}"
        if k == 1:
            return f"{d.year}年{d.month}月{d.day}日 {hh}時{mm:02d}分"
        if k == 2:
            return f"{_fmt_date(rng, d.date(), 'wareki_abbr')} {hh}:{mm:02d}"
        if k == 3:
            return f"{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}"
        return f"{d.year}年{d.month}月{d.day}日({_WD_JA[d.weekday()]}) {hh}:{mm:02d}"
    k = rng.randint(0, 4)
    if k == 0:
        h12 = hh % 12 or 12
        return f"{_MON[d.month - 1]} {d.day}, {d.year} {h12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    if k == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}"
    if k == 2:
        return f"{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}"
    if k == 3:
        return f"{d.month:02d}/{d.day:02d}/{d.year} {hh:02d}:{mm:02d}"
    return f"{d.day} {_MON[d.month - 1]} {d.year}, {hh:02d}:{mm:02d}"


def _email_date(d: _dt.datetime, tz: str = "+0900") -> str:
    return (
        f"{_WD_EN[d.weekday()]}, {d.day} {_MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}:{d.second:02d} {tz}"
    )


def _age(dob: _dt.date, ref: _dt.date) -> int:
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------


class _Person:
    """A synthetic person with paired kanji / kana / romaji forms."""

    def __init__(self, rng: random.Random, foreign: bool = False, sex: str | None = None) -> None:
        self.rng = rng
        if not foreign:
            s = rng.choice(_JP_SURNAMES)
            gs = [g for g in _JP_GIVEN if sex is None or g[4] == sex]
            g = rng.choice(gs)
            self.fam_k: str | None = s[0]
            self.giv_k: str | None = g[0]
            self.fam_kana, self.giv_kana = s[1], g[1]
            self.fam_r, self.giv_r = s[2], g[2]
            self.fam_m, self.giv_m = s[3], g[3]
            self.sex = g[4]
            self.nat = "日本"
            self.family_first = True
            self.jp = True
        else:
            fs = [f for f in _FOREIGN if sex is None or f[7] == sex]
            f = rng.choice(fs)
            self.nat = f[0]
            self.fam_r, self.giv_r = f[1], f[2]
            self.fam_m, self.giv_m = f[1], f[2]
            self.fam_kana, self.giv_kana = f[3], f[4]
            self.fam_k, self.giv_k = f[5], f[6]
            self.sex = f[7]
            self.family_first = f[8]
            self.jp = False
        self.dob = _dt.date(1900, 1, 1)

    # -- renderers -------------------------------------------------------
    def kanji(self) -> str:
        """Kanji name (Japanese, Chinese, Korean); katakana otherwise."""
        if self.fam_k is None or self.giv_k is None:
            return self.kata()
        sep = self.rng.choice([" ", "　", "", " "] if self.jp else [" ", "　", " "])
        return f"{self.fam_k}{sep}{self.giv_k}"

    def kata(self, sep: str | None = None) -> str:
        if sep is None:
            if self.jp:
                sep = self.rng.choice([" ", "　", ""])
            else:
                sep = self.rng.choice(["・", "・", "＝", " ", "　"])
        if self.jp or self.family_first or self.rng.random() < 0.55:
            return f"{self.fam_kana}{sep}{self.giv_kana}"
        return f"{self.giv_kana}{sep}{self.fam_kana}"

    def ja(self) -> str:
        """Name as a Japanese document would show it."""
        r = self.rng.random()
        if self.jp:
            return self.kanji() if r < 0.85 else self.kata()
        if self.fam_k is not None and r < 0.55:
            return self.kanji()
        if r < 0.85:
            return self.kata()
        return self.latin()

    def latin(self, form: str | None = None, macron: bool | None = None) -> str:
        rng = self.rng
        if macron is None:
            macron = self.jp and rng.random() < 0.35
        fam = self.fam_m if macron else self.fam_r
        giv = self.giv_m if macron else self.giv_r
        if form is None:
            form = rng.choice(["GF", "FG", "CAPS_FG", "F_G", "CAPS_F_G", "ALLCAPS", "GF", "CAPS_FG"])
        if form == "natural":
            form = "FG" if self.family_first and not self.jp else "GF"
        if form == "GF":
            return f"{giv} {fam}"
        if form == "FG":
            return f"{fam} {giv}"
        if form == "CAPS_FG":
            return f"{fam.upper()} {giv}"
        if form == "F_G":
            return f"{fam}, {giv}"
        if form == "CAPS_F_G":
            return f"{fam.upper()}, {giv.upper()}"
        if form == "ALLCAPS":
            return f"{fam.upper()} {giv.upper()}" if self.family_first else f"{giv.upper()} {fam.upper()}"
        if form == "G_CAPS":
            return f"{giv} {fam.upper()}"
        if form == "I_F":
            return f"{giv[0]}. {fam}"
        if form == "passport":
            return f"{fam.upper()} {giv.upper()}"
        raise ValueError(form)

    def sur(self, caps: bool | None = None, macron: bool | None = None) -> str:
        if macron is None:
            macron = self.jp and self.rng.random() < 0.35
        s = self.fam_m if macron else self.fam_r
        if caps is None:
            caps = self.rng.random() < 0.25
        return s.upper() if caps else s

    def sur_ja(self) -> str:
        if self.fam_k is not None and (self.jp or self.rng.random() < 0.5):
            return self.fam_k
        return self.fam_kana

    def initials(self) -> str:
        a, b = (self.giv_r[0], self.fam_r[0]) if self.rng.random() < 0.5 else (self.fam_r[0], self.giv_r[0])
        return f"{a}.{b}." if self.rng.random() < 0.7 else f"{a}{b}"

    def mr(self) -> str:
        if self.sex == "M":
            return "Mr."
        return self.rng.choice(["Ms.", "Ms.", "Mrs."])

    def known(self) -> dict[str, str]:
        return {
            "family": self.fam_k or self.fam_kana,
            "given": self.giv_k or self.giv_kana,
            "family_kana": self.fam_kana,
            "given_kana": self.giv_kana,
            "family_romaji": self.fam_r,
            "given_romaji": self.giv_r,
        }


_G_CN: list[tuple[str, str, str | None, str]] = [
    ("Wei", "ウェイ", "偉", "M"),
    ("Hao", "ハオ", "浩", "M"),
    ("Zihan", "ズーハン", "子涵", "M"),
    ("Yuxuan", "ユーシュエン", "宇軒", "M"),
    ("Jianguo", "ジエングオ", "建国", "M"),
    ("Meiling", "メイリン", "美玲", "F"),
    ("Jing", "ジン", "静", "F"),
    ("Xinyi", "シンイー", "欣怡", "F"),
    ("Yuting", "ユーティン", "雨婷", "F"),
]
_G_WEST: list[tuple[str, str, str | None, str]] = [
    ("James", "ジェームズ", None, "M"),
    ("Oliver", "オリバー", None, "M"),
    ("Daniel", "ダニエル", None, "M"),
    ("Sophie", "ソフィー", None, "F"),
    ("Emma", "エマ", None, "F"),
    ("Grace", "グレース", None, "F"),
]
_GIVEN_BY_NAT: dict[str, list[tuple[str, str, str | None, str]]] = {
    "米国": _G_WEST,
    "英国": _G_WEST,
    "オーストラリア": _G_WEST,
    "ペルー": [
        ("Luis Alberto", "ルイス・アルベルト", None, "M"),
        ("Jorge", "ホルヘ", None, "M"),
        ("Carmen", "カルメン", None, "F"),
        ("Lucía", "ルシア", None, "F"),
    ],
    "インドネシア": [
        ("Budi", "ブディ", None, "M"),
        ("Agus", "アグス", None, "M"),
        ("Dewi", "デウィ", None, "F"),
        ("Putri", "プトリ", None, "F"),
    ],
    "スリランカ": [("Kasun", "カスン", None, "M"), ("Ruwan", "ルワン", None, "M"), ("Dilani", "ディラニ", None, "F")],
    "ミャンマー": [
        ("Min Thu", "ミン・トゥ", None, "M"),
        ("Thida", "ティダ", None, "F"),
        ("Hnin Wai", "ニン・ワイ", None, "F"),
    ],
    "中国": _G_CN,
    "台湾": _G_CN,
    "韓国": [
        ("Min-jun", "ミンジュン", "民俊", "M"),
        ("Seo-jun", "ソジュン", "書俊", "M"),
        ("Do-yoon", "ドユン", "道允", "M"),
        ("Ji-hoon", "チフン", "智勲", "M"),
        ("Su-yeon", "スヨン", "秀妍", "F"),
        ("Ji-woo", "ジウ", "智友", "F"),
        ("Seo-yeon", "ソヨン", "瑞妍", "F"),
        ("Eun-mi", "ウンミ", "恩美", "F"),
    ],
    "ベトナム": [
        ("Van An", "ヴァン・アン", None, "M"),
        ("Duc Anh", "ドゥック・アイン", None, "M"),
        ("Gia Bao", "ザー・バオ", None, "M"),
        ("Quang Huy", "クアン・フイ", None, "M"),
        ("Ngoc Anh", "ゴック・アイン", None, "F"),
        ("Bao Ngoc", "バオ・ゴック", None, "F"),
        ("Thi Lan", "ティ・ラン", None, "F"),
        ("Thi Hoa", "ティ・ホア", None, "F"),
    ],
    "フィリピン": [
        ("Mark Anthony", "マーク・アンソニー", None, "M"),
        ("John Paul", "ジョン・ポール", None, "M"),
        ("Rodel", "ロデル", None, "M"),
        ("Jasmine", "ジャスミン", None, "F"),
        ("Princess", "プリンセス", None, "F"),
        ("Maricel", "マリセル", None, "F"),
    ],
    "ブラジル": [
        ("Gabriel", "ガブリエル", None, "M"),
        ("Matheus", "マテウス", None, "M"),
        ("Carlos Eduardo", "カルロス・エドゥアルド", None, "M"),
        ("Beatriz", "ベアトリス", None, "F"),
        ("Larissa", "ラリッサ", None, "F"),
        ("Ana Clara", "アナ・クララ", None, "F"),
    ],
    "ネパール": [
        ("Sujan", "スジャン", None, "M"),
        ("Kiran", "キラン", None, "M"),
        ("Bikash", "ビカシュ", None, "M"),
        ("Anjali", "アンジャリ", None, "F"),
        ("Sabina", "サビナ", None, "F"),
        ("Pooja", "プジャ", None, "F"),
    ],
}


def _relative(rng: random.Random, pt: _Person, sex: str | None = None, same_family: bool = True) -> _Person:
    """A family member of the same nationality (sharing the family name by default)."""
    if pt.jp:
        r = _Person(rng, foreign=False, sex=sex)
    else:
        same = [f for f in _FOREIGN if f[0] == pt.nat]
        pool = [f for f in same if sex is None or f[7] == sex] or same
        r = _Person(rng, foreign=True)
        g = rng.choice(pool)
        fsrc = rng.choice(same)
        r.nat = g[0]
        r.giv_r = r.giv_m = g[2]
        r.giv_kana, r.giv_k = g[4], g[6]
        r.sex = g[7]
        r.family_first = g[8]
        extra = [v for v in _GIVEN_BY_NAT.get(pt.nat, []) if sex is None or v[3] == sex]
        extra = [v for v in extra if v[0] != pt.giv_r]
        if extra and (rng.random() < 0.8 or g[2] == pt.giv_r):
            v = rng.choice(extra)
            r.giv_r = r.giv_m = v[0]
            r.giv_kana, r.giv_k = v[1], v[2]
            r.sex = v[3]
        r.fam_r = r.fam_m = fsrc[1]
        r.fam_kana, r.fam_k = fsrc[3], fsrc[5]
    if same_family:
        r.fam_r, r.fam_m, r.fam_kana, r.fam_k = pt.fam_r, pt.fam_m, pt.fam_kana, pt.fam_k
    if r.giv_k is None or r.fam_k is None:
        r.fam_k = r.giv_k = None
    return r


# ---------------------------------------------------------------------------
# Document context and emitter
# ---------------------------------------------------------------------------

_ALT = {
    "en": {
        "PERSON": "the patient",
        "ID": "on file",
        "DATE": "today",
        "AGE": "adult",
        "PHONE_NUMBER": "the ward extension",
        "ADDRESS": "the registered address",
        "POSTAL_CODE": "",
        "FACILITY": "our hospital",
        "DEPARTMENT": "our department",
        "EMAIL_ADDRESS": "the departmental mailbox",
        "URL": "our website",
        "MY_NUMBER": "on file",
        "INSURANCE_NUMBER": "on file",
    },
    "ja": {
        "PERSON": "本人",
        "ID": "別紙参照",
        "DATE": "本日",
        "AGE": "成人",
        "PHONE_NUMBER": "病棟代表",
        "ADDRESS": "自宅",
        "POSTAL_CODE": "",
        "FACILITY": "当院",
        "DEPARTMENT": "当科",
        "EMAIL_ADDRESS": "担当窓口",
        "URL": "当院ホームページ",
        "MY_NUMBER": "別紙参照",
        "INSURANCE_NUMBER": "別紙参照",
    },
}


class _E:
    """Thin wrapper around Doc: in PHI-free mode identifiers become generic phrases."""

    def __init__(self, doc: Doc, phi: bool, rng: random.Random, lang: str = "en") -> None:
        self.d = doc
        self.phi = phi
        self.rng = rng
        self.lang = lang

    def t(self, s: str) -> _E:
        if s:
            self.d.t(s)
        return self

    def p(self, value: str, kind: str, alt: str | None = None) -> _E:
        if self.phi:
            self.d.p(value, kind)
        else:
            self.t(_ALT[self.lang][kind] if alt is None else alt)
        return self

    def w(self, pre: str, value: str, kind: str, post: str = "", alt: str = "") -> _E:
        """Labelled field: in PHI-free mode the whole pre+value+post becomes alt."""
        if self.phi:
            self.t(pre)
            self.d.p(value, kind)
            self.t(post)
        else:
            self.t(alt)
        return self

    def c(self, phi_text: str, clean_text: str) -> _E:
        """Plain text that differs between the two modes (no span)."""
        return self.t(phi_text if self.phi else clean_text)


class _Site:
    """An overseas hospital with a doctor, address and phones."""

    def __init__(self, rng: random.Random, idx: int | None = None) -> None:
        src = _OVERSEAS_SITES[idx] if idx is not None else rng.choice(_OVERSEAS_SITES)
        self.name: str = src["name"]
        self.addr = _fill(rng, rng.choice(src["addr"]))
        self.postal = _fill(rng, src["postal"])
        self.phone = _fill(rng, rng.choice(src["phone"]))
        self.fax = _fill(rng, rng.choice(src["phone"]))
        self.mobile_tpl: list[str] = src["mobile"]
        self.domain: str = src["domain"]
        self.country: str = src["country"]
        g, f = rng.choice(_OVERSEAS_DOCTORS)
        self.doc_given, self.doc_family = g, f
        self.doc_name = f"{g} {f}"
        slug = (g.split()[0][0] + f.replace("'", "").replace(" ", "")).lower()
        slug = slug.replace("ü", "ue")
        self.doc_email = rng.choice(
            [f"{slug}@{self.domain}", f"{g.split()[0].lower()}.{f.replace(chr(39), '').lower()}@{self.domain}"]
        ).replace("ü", "ue")
        self.url = f"https://www.{self.domain}/" + rng.choice(["international", "intl-patients", "en/referral", ""])

    def mobile(self, rng: random.Random) -> str:
        return _fill(rng, rng.choice(self.mobile_tpl))

    @staticmethod
    def home(rng: random.Random, nat: str) -> _Site:
        """The overseas site matching a nationality (random where none fits)."""
        idx = {
            "中国": [2],
            "韓国": [4],
            "ベトナム": [3],
            "フィリピン": [5],
            "ブラジル": [6],
            "ペルー": [6],
            "ネパール": [7],
            "米国": [0, 1],
            "英国": [8],
        }.get(nat)
        return _Site(rng, rng.choice(idx) if idx else None)


class _Hosp:
    """A Japanese hospital (kanji + English name, romanized address)."""

    def __init__(self, rng: random.Random) -> None:
        k, en, stem = rng.choice(_JP_HOSPITALS)
        self.ja, self.en, self.stem = k, en, stem
        loc = rng.choice(_JP_LOCALITIES)
        c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
        self.addr_ja = f"{loc[0]}{loc[1]}{loc[2]}{c}-{b}-{g}"
        self.addr_en = f"{c}-{b}-{g} {loc[3]}, {loc[4]}, {loc[5]}"
        self.postal = f"{loc[6]}{rng.randint(10, 99)}"
        area = rng.choice(["3", "6", "45", "52", "92", "98", "53", "48"])
        rest = "####-####" if len(area) == 1 else "###-####"
        self.tel_local = _fill(rng, f"0{area}-{rest}")
        self.tel_intl = "+81-" + self.tel_local[1:]
        self.fax_local = self.tel_local[:-1] + str((int(self.tel_local[-1]) + 1) % 10)
        self.domain = f"{stem}.jp" if rng.random() < 0.5 else f"{stem}.or.jp"
        self.url = f"https://www.{self.domain}/" + rng.choice(["en/", "international/", "kokusai/", ""])
        self.intl_email = rng.choice(["intl", "kokusai", "international-office", "imc"]) + f"@{self.domain}"


class _Ctx:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng = rng
        self.fake = fake

    # -- people ------------------------------------------------------------
    def patient(
        self,
        foreign: bool | None = None,
        lo: int = 18,
        hi: int = 92,
        ref: _dt.date | None = None,
        sex: str | None = None,
    ) -> _Person:
        rng = self.rng
        if foreign is None:
            foreign = rng.random() < 0.6
        p = _Person(rng, foreign=foreign, sex=sex)
        ref = ref or _dt.date(2024, 6, 1)
        age = rng.randint(lo, hi)
        p.dob = ref - _dt.timedelta(days=age * 365 + rng.randint(0, 364))
        return p

    def staff(self, sex: str | None = None) -> _Person:
        return _Person(self.rng, foreign=False, sex=sex)

    def staff_ja(self) -> str:
        """Staff surname only, kanji (from Faker or own list)."""
        if self.rng.random() < 0.5:
            return self.fake.last_name()
        return self.rng.choice(_JP_SURNAMES)[0]

    # -- dates ---------------------------------------------------------------
    def day(self, start: _dt.date | None = None, span: int = 500) -> _dt.date:
        start = start or _dt.date(2023, 4, 1)
        return start + _dt.timedelta(days=self.rng.randint(0, span))

    def appt(self, d: _dt.date) -> _dt.datetime:
        return _dt.datetime(d.year, d.month, d.day, self.rng.randint(9, 16), self.rng.choice([0, 15, 30, 45]))

    def dtime(self, d: _dt.date) -> _dt.datetime:
        return _dt.datetime(d.year, d.month, d.day, self.rng.randint(7, 21), self.rng.choice(range(0, 60)))

    # -- places -----------------------------------------------------------------
    def jp_addr(self, romaji: bool = False) -> tuple[str, str]:
        """Return (address, postal)."""
        rng = self.rng
        if romaji or rng.random() < 0.7:
            loc = rng.choice(_JP_LOCALITIES)
            c, b, g = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 30)
            postal = f"{loc[6]}{rng.randint(10, 99)}"
            room = rng.randint(1, 9) * 100 + rng.randint(1, 12)
            if romaji:
                a = f"{c}-{b}-{g} {loc[3]}, {loc[4]}, {loc[5]}"
                if rng.random() < 0.4:
                    a = f"#{room}, {a}" if rng.random() < 0.5 else f"{a}, Room {room}"
                return a, postal
            pref = loc[0] if rng.random() < 0.8 else ""
            k = rng.randint(0, 3)
            if k == 0:
                a = f"{pref}{loc[1]}{loc[2]}{c}丁目{b}番{g}号"
            elif k == 1:
                a = f"{pref}{loc[1]}{loc[2]}{c}-{b}-{g}"
            elif k == 2:
                a = f"{pref}{loc[1]}{loc[2]}{c}－{b}－{g}"
            else:
                a = f"{pref}{loc[1]}{loc[2]}{b}番地{g}"
            if rng.random() < 0.5:
                bld = rng.choice(
                    [
                        self.fake.building_name(),
                        "コーポ" + loc[2][:2],
                        "第二" + rng.choice(["寮", "社員寮"]),
                        "メゾン若葉",
                    ]
                )
                a += rng.choice([" ", "　", ""]) + f"{bld}{rng.choice(['', ' '])}{room}号室"
            return _mix(rng, a, 0.25), postal
        f = self.fake
        a = f"{f.city()}{f.town()}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 15)}"
        return _mix(rng, a, 0.25), f.postcode()

    def jp_phone(self, kind: str = "any") -> str:
        rng = self.rng
        if kind == "any":
            kind = rng.choice(["mobile", "mobile", "land"])
        if kind == "mobile":
            s = _fill(rng, rng.choice(["090", "080", "070"]) + f"-{rng.randint(1000, 9999)}-####")
            r = rng.random()
            if r < 0.1:
                s = s.replace("-", "")
            elif r < 0.2:
                s = s.replace("-", " ")
            return s
        area = rng.choice(["03", "06", "045", "052", "092", "0566", "0276", "048", "098"])
        body = {2: "####-####", 3: "###-####", 4: "##-####"}[len(area)]
        return _fill(rng, f"{area}-{body}")

    def intl(self, jp: str) -> str:
        r = self.rng.random()
        if r < 0.4:
            return "+81-" + jp[1:]
        if r < 0.7:
            return "+81 " + jp[1:].replace("-", " ")
        return "+81 (0)" + jp[1:]

    def employer(self) -> str:
        return self.rng.choice(_EMPLOYERS) if self.rng.random() < 0.7 else self.fake.company()

    # -- identifiers --------------------------------------------------------------
    def mrn(self) -> str:
        rng = self.rng
        return _fill(rng, rng.choice(["########", "########", "####-####", "0#######", "#######", "P########"]))

    def accession(self, mod: str = "CT") -> str:
        rng = self.rng
        return _fill(
            rng, rng.choice([f"{mod}24-######", f"{mod}2404-####", "RA-2024-#####", "A########", "2024##-####"])
        )

    def passport(self, nat: str) -> str:
        tpl = {
            "中国": "E########",
            "台湾": "3########",
            "韓国": "M########",
            "ベトナム": "C#######",
            "フィリピン": "P#######@",
            "ブラジル": "F@######",
            "ペルー": "#########",
            "ネパール": "PA#######",
            "米国": "5########",
            "英国": "1########",
            "オーストラリア": "PA#######",
            "日本": "T@#######",
        }.get(nat, "@########")
        return _fill(self.rng, tpl)

    def zairyu(self) -> str:
        s = _fill(self.rng, "@@########@@")
        return s if self.rng.random() < 0.8 else f"{s[:2]} {s[2:10]} {s[10:]}"

    def policy(self) -> str:
        return _fill(
            self.rng,
            self.rng.choice(["PCA-####-######", "GTI/24/######", "AMA-HK-#######", "EL########", "OLA######-##"]),
        )

    def case_no(self) -> str:
        return _fill(
            self.rng, self.rng.choice(["CASE-24-#####", "MA24-#####", "OLA/24##/####", "C########", "#######-01"])
        )

    def hoken(self) -> tuple[str, str, str]:
        rng = self.rng
        k = rng.randint(0, 2)
        if k == 0:
            ins = _fill(rng, "01######")
        elif k == 1:
            ins = _fill(rng, "06######")
        else:
            ins = _fill(rng, rng.choice(["13####", "23####", "10####", "40####"]))
        kigo = _fill(rng, rng.choice(["##", "国保##", "####"] if k == 2 else ["####", "#####", "##-###", "#######"]))
        ban = _fill(rng, rng.choice(["##", "###", "####", "######"]))
        return ins, kigo, ban


# ---------------------------------------------------------------------------
# Clinical content pools (never PHI)
# ---------------------------------------------------------------------------

# (exam title, modality code, technique,
#  scenarios: (history, abnormal findings, impressions), normal findings)
_RAD_EXAMS: list[tuple[str, str, str, list[tuple[str, list[str], list[str]]], list[str]]] = [
    (
        "CT CHEST WITH CONTRAST",
        "CT",
        "Contrast-enhanced CT of the chest was obtained with 1 mm axial reconstructions and MPR.",
        [
            (
                "follow-up of RUL nodule",
                [
                    "There is a 1.8 x 1.4 cm part-solid nodule in the right "
                    "upper lobe (S1), unchanged in size; solid component 6 mm."
                ],
                ["Part-solid nodule RUL, stable. Follow-up CT in 6 months recommended."],
            ),
            (
                "persistent cough and weight loss, smoker 40 pack-years",
                [
                    "A 3.2 cm spiculated mass in the left lower lobe (S9) with pleural indentation.",
                    "Enlarged subcarinal lymph node, short axis 14 mm.",
                ],
                [
                    "LLL mass with subcarinal lymphadenopathy, highly suspicious for primary lung cancer (cT2aN2M0).",
                    "Bronchoscopy is recommended.",
                ],
            ),
            (
                "dyspnoea, r/o pulmonary embolism",
                [
                    "Filling defects in the right lower lobe segmental pulmonary arteries.",
                    "Small right pleural effusion.",
                ],
                ["Acute pulmonary embolism, right lower lobe segmental arteries. RV/LV ratio 0.9."],
            ),
        ],
        [
            "No mediastinal or hilar lymphadenopathy.",
            "Mild centrilobular emphysema, upper-lobe predominant.",
            "Coronary artery calcification is noted (LAD).",
            "No pneumothorax. Visualised upper abdomen unremarkable.",
        ],
    ),
    (
        "CT ABDOMEN/PELVIS WITH CONTRAST",
        "CT",
        "Portal venous phase images of the abdomen and pelvis were acquired after IV iodinated contrast (100 mL).",
        [
            (
                "RLQ pain, fever 38.4",
                ["The appendix is enlarged to 11 mm with periappendiceal fat stranding and an appendicolith."],
                ["Findings consistent with acute appendicitis without perforation."],
            ),
            (
                "LLQ pain, elevated CRP",
                [
                    "Wall thickening of the sigmoid colon with pericolic fat "
                    "stranding and multiple diverticula. No extraluminal gas."
                ],
                ["Acute sigmoid diverticulitis, no abscess."],
            ),
            (
                "staging of gastric cancer",
                [
                    "Irregular wall thickening of the gastric antrum with perigastric nodes up to 9 mm.",
                    "No liver metastasis; no ascites.",
                ],
                ["Gastric antral wall thickening, consistent with known cancer, cT3N1M0."],
            ),
        ],
        [
            "A 12 mm hypodense lesion in hepatic segment 6 (S6) likely represents a simple cyst.",
            "Gallbladder contains several small stones without wall thickening.",
            "The pancreas is unremarkable; MPD not dilated.",
            "Kidneys enhance symmetrically; no hydronephrosis.",
        ],
    ),
    (
        "MRI BRAIN WITHOUT CONTRAST (incl. MRA)",
        "MR",
        "Axial DWI, ADC, T2WI, FLAIR, T1WI, SWI and 3D TOF MRA were obtained on a 3T scanner.",
        [
            (
                "sudden right hand weakness",
                ["Acute infarct in the left corona radiata on DWI with corresponding low ADC."],
                ["Acute lacunar infarct, left corona radiata."],
            ),
            (
                "dizziness and dysarthria",
                [
                    "Small acute infarcts in the right cerebellar hemisphere (PICA territory).",
                    "MRA: right vertebral artery is hypoplastic.",
                ],
                ["Acute right cerebellar infarction, PICA territory."],
            ),
            (
                "memory decline",
                ["Mild bilateral hippocampal atrophy, VSRAD Z-score 1.8."],
                ["Hippocampal atrophy, may be compatible with early Alzheimer-type change."],
            ),
        ],
        [
            "Scattered T2/FLAIR hyperintensities in the periventricular white matter (Fazekas grade 1).",
            "No haemorrhage on SWI.",
            "No significant stenosis of the intracranial arteries on MRA.",
        ],
    ),
    (
        "MRI LUMBAR SPINE",
        "MR",
        "Sagittal T1/T2/STIR and axial T2 images from T12 to S1.",
        [
            (
                "low back pain radiating to right leg",
                ["L4/5 disc bulge with a right paracentral protrusion compressing the traversing right L5 nerve root."],
                ["Right paracentral L4/5 disc protrusion with L5 root compression."],
            ),
            (
                "post-fall back pain",
                ["Acute compression fracture of L1 with bone marrow oedema on STIR, height loss about 20%."],
                ["Acute L1 compression fracture without retropulsion."],
            ),
        ],
        [
            "Mild canal stenosis at L3/4 due to ligamentum flavum hypertrophy.",
            "Modic type 2 change at the L5/S1 endplates.",
            "Conus terminates at L1 and is normal.",
        ],
    ),
    (
        "US THYROID / NECK",
        "US",
        "Grey-scale and colour Doppler ultrasound of the thyroid gland and neck.",
        [
            (
                "abnormal TSH on health check",
                ["Diffuse heterogeneous echotexture of both lobes with increased vascularity."],
                ["Chronic thyroiditis pattern, consistent with Hashimoto thyroiditis (橋本病)."],
            ),
            (
                "neck mass",
                ["A 9 mm hypoechoic nodule in the right lobe with smooth margins, TI-RADS 3."],
                ["Right thyroid nodule, TI-RADS 3; follow-up US in 1 year."],
            ),
        ],
        ["No pathological cervical lymph nodes.", "Isthmus thickness 4 mm.", "Parathyroid glands not visualised."],
    ),
    (
        "CHEST X-RAY PA/LAT",
        "CR",
        "PA and lateral views.",
        [
            (
                "fever and productive cough",
                ["Patchy consolidation in the right lower zone with air bronchograms."],
                ["Right lower lobe pneumonia."],
            ),
            (
                "dyspnoea on exertion",
                ["Cardiothoracic ratio 58%, mild cardiomegaly.", "Blunting of the left costophrenic angle."],
                ["Cardiomegaly with small left pleural effusion."],
            ),
        ],
        ["No pneumothorax.", "Bony thorax intact.", "Trachea midline."],
    ),
    (
        "MAMMOGRAPHY (BILATERAL, MLO/CC)",
        "MG",
        "Digital mammography with tomosynthesis.",
        [
            (
                "palpable lump left breast",
                ["Spiculated 14 mm mass in the left upper outer quadrant."],
                ["BI-RADS 4: suspicious left breast mass, ultrasound-guided biopsy recommended."],
            ),
            (
                "screening",
                ["Stable coarse calcifications in the right breast, consistent with fibroadenoma."],
                ["BI-RADS 2: benign findings."],
            ),
        ],
        ["Scattered fibroglandular densities.", "No axillary lymphadenopathy.", "Skin and nipples normal."],
    ),
]

_MOD_DESC = {"CT": "CT", "MR": "MRI", "US": "ultrasound", "CR": "radiograph", "MG": "mammogram"}


_DEPT_KEYS: list[tuple[str, tuple[str, str]]] = [
    ("append", ("外科", "Surgery")),
    ("gastric", ("消化器内科", "Gastroenterology")),
    ("sigmoid", ("消化器内科", "Gastroenterology")),
    ("infarct", ("脳神経内科", "Neurology")),
    ("memory", ("脳神経内科", "Neurology")),
    ("disc", ("整形外科", "Orthopaedic Surgery")),
    ("l1 ", ("整形外科", "Orthopaedic Surgery")),
    ("thyroid", ("内分泌内科", "Endocrinology")),
    ("breast", ("乳腺外科", "Breast Surgery")),
    ("embolism", ("循環器内科", "Cardiology")),
    ("cardiomegaly", ("循環器内科", "Cardiology")),
    ("nodule", ("呼吸器内科", "Respiratory Medicine")),
    ("lobe", ("呼吸器内科", "Respiratory Medicine")),
    ("radius", ("整形外科", "Orthopaedic Surgery")),
    ("fracture", ("整形外科", "Orthopaedic Surgery")),
    ("pneumonia", ("呼吸器内科", "Respiratory Medicine")),
    ("stroke", ("脳神経内科", "Neurology")),
    ("head injury", ("脳神経外科", "Neurosurgery")),
    ("gastroenteritis", ("総合診療科", "General Medicine")),
    ("anaphylaxis", ("救急科", "Emergency Medicine")),
    ("preterm", ("産婦人科", "Obstetrics and Gynecology")),
]


def _dept_for(rng: random.Random, text: str) -> tuple[str, str]:
    low = text.lower()
    for k, v in _DEPT_KEYS:
        if k in low:
            return v
    return rng.choice(_JP_DEPTS)


def _pick(rng: random.Random, xs: list[str], lo: int, hi: int) -> list[str]:
    k = min(len(xs), rng.randint(lo, hi))
    idx = sorted(rng.sample(range(len(xs)), k))
    return [xs[i] for i in idx]


def _kn(kn: dict[str, Any], key: str, val: str) -> None:
    if val not in kn[key]:
        kn[key].append(val)


# ---------------------------------------------------------------------------
# Style 1: English radiology report at a Japanese hospital
# ---------------------------------------------------------------------------


def _s_radiology(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    e.lang = "en"
    exam = rng.choice(_RAD_EXAMS)
    title, mod, tech, scenarios, normals = exam
    hx, abn, impressions = rng.choice(scenarios)
    hxs = [hx]
    pt = x.patient(foreign=rng.random() < 0.3, lo=20, hi=96, sex="F" if mod == "MG" else None)
    kn["p"] = pt
    hosp = _Hosp(rng)
    d = x.day()
    dt = x.dtime(d)
    age = _age(pt.dob, d)
    mrn = x.mrn()
    acc = x.accession(mod)
    kn["ids"].append(mrn)
    ref_doc = x.staff()
    rad = x.staff()
    _dept_ja, dept_en = _dept_for(rng, " ".join(abn) + " " + hx)
    sexc = "M" if pt.sex == "M" else "F"
    findings = abn + _pick(rng, normals, 1, 3)
    tpl = rng.randint(0, 3)
    if tpl == 0:
        hdr = hosp.en.upper() if rng.random() < 0.5 else hosp.en
        e.p(hdr, "FACILITY", "OUR HOSPITAL").t(" - ")
        e.p(rng.choice(["Department of Radiology", "Diagnostic Imaging Center", "Radiology"]), "DEPARTMENT")
        e.t("\nRADIOLOGY REPORT" + rng.choice(["", " (FINAL)", "  [signed]"]) + "\n\n")
        e.w("Patient: ", pt.latin(rng.choice(["CAPS_F_G", "CAPS_FG", "F_G"])), "PERSON", "", "Patient: (on label)")
        e.t(rng.choice(["    ", "\t", "  |  "]))
        e.w("MRN: ", mrn, "ID", "", "MRN: on file")
        e.t(rng.choice(["    ", "\n"]))
        e.w("DOB: ", _fmt_date(rng, pt.dob, rng.choice(["iso", "slash", "dmy_abbr", "us_num"]), "en"), "DATE")
        if e.phi:
            e.t(" (").p(str(age), "AGE").t(f"Y {sexc})")
        else:
            e.t(f"Sex: {sexc}")
        e.t(f"\nExam: {title}\n")
        e.w("Accession No.: ", acc, "ID", "\n", "Accession No.: on file\n")
        e.w("Exam date/time: ", _fmt_dt(rng, dt, "en"), "DATE", "\n", "Exam date/time: today\n")
        e.t("Ordering physician: ")
        e.w("Dr. ", ref_doc.latin("I_F"), "PERSON", " (", "the attending physician (")
        e.p(dept_en, "DEPARTMENT").t(")\n")
        e.t(f"Clinical information: {rng.choice(hxs)}\n")
        if rng.random() < 0.6:
            other = rng.choice(_JP_HOSPITALS)[1] if rng.random() < 0.6 else _Site(rng).name
            e.t("Comparison: ")
            e.w(f"{_MOD_DESC[mod]} dated ", _fmt_date(rng, x.day(_dt.date(2021, 1, 1), 700), None, "en"), "DATE")
            e.w(
                " at ",
                other,
                "FACILITY",
                " (outside images).\n",
                f"prior {_MOD_DESC[mod]} from the previous hospital.\n",
            )
        else:
            e.t("Comparison: None available.\n")
        e.t(f"Technique: {tech}\n\nFINDINGS:\n")
        for f in findings:
            e.t(_typo(rng, f) + "\n")
        e.t("\nIMPRESSION:\n")
        for i, imp in enumerate(impressions, 1):
            e.t(f"{i}. {imp}\n")
        e.t("\nReported by: ")
        e.w("", rad.latin(rng.choice(["GF", "G_CAPS"])), "PERSON", ", MD", "radiologist on duty")
        e.w("   Signed: ", _fmt_dt(rng, dt + _dt.timedelta(hours=rng.randint(2, 30)), "en"), "DATE", "\n", "\n")
    elif tpl == 1:
        e.c(f"{pt.mr()} ", "The patient, ")
        e.p(pt.latin(rng.choice(["GF", "G_CAPS", "natural"])), "PERSON", "")
        if e.phi:
            e.t(", a ").p(str(age), "AGE").t(f"-year-old {'man' if pt.sex == 'M' else 'woman'} (")
            e.w("ID ", mrn, "ID", "), ")
        else:
            e.t(f"an adult {'man' if pt.sex == 'M' else 'woman'}, ")
        e.t(f"underwent {title}")
        e.w(" on ", _fmt_date(rng, d, None, "en"), "DATE", "", " today")
        e.t(f" for {rng.choice(hxs)}. {tech}\n\n")
        e.t(_typo(rng, " ".join(findings)) + "\n\n")
        e.t("In summary: " + " ".join(impressions) + "\n\n")
        e.t("These results were communicated to ")
        e.w("Dr. ", ref_doc.sur(macron=rng.random() < 0.5), "PERSON", "", "the referring physician")
        e.t(" by telephone")
        e.w(" (PHS ", str(rng.randint(6000, 6999)), "PHONE_NUMBER", ")", "")
        e.t(f" at {min(dt.hour + 1, 23)}:{rng.randint(10, 59)} the same day.\n")
        e.t("Dictated by ")
        e.w("", rad.latin("I_F"), "PERSON", f"{rng.choice([', MD', ' MD', ''])}", "the reading radiologist")
        e.t("; ")
        e.p(rng.choice(["Diagnostic Radiology", "Department of Radiology"]), "DEPARTMENT")
        e.t(", ")
        e.p(hosp.en, "FACILITY").t(".\n")
    elif tpl == 2:
        e.t("*** ADDENDUM ***   ")
        e.p(_fmt_dt(rng, dt + _dt.timedelta(days=1, hours=rng.randint(0, 5)), "en"), "DATE").t("\n")
        e.t(f"{title}  ")
        e.w("[", acc, "ID", "]", "")
        e.t("\nPatient: ")
        e.p(pt.latin("CAPS_FG" if rng.random() < 0.6 else "passport"), "PERSON", "(see header)")
        e.w(" / ", pt.kanji() if pt.fam_k else pt.kata(), "PERSON", "", "")
        e.w("  ID: ", mrn, "ID", "", "")
        e.t("\n\nThe original report dated ")
        e.p(_fmt_date(rng, d, None, "en"), "DATE", "yesterday")
        e.t(' stated: "' + findings[0] + '"\n')
        e.t("After review of prior images ")
        site = _Site(rng)
        e.w("from ", site.name, "FACILITY", "", "from the previous hospital")
        e.w(" (", _fmt_date(rng, d - _dt.timedelta(days=rng.randint(40, 400)), "eu_num"), "DATE", ")", "")
        e.t(
            " that became available today, the finding is considered "
            f"{rng.choice(['new', 'stable', 'slightly larger'])}.\n"
        )
        e.t("Impression revised: " + impressions[0] + "\n\n")
        ward = rng.choice(_WARDS_EN)
        e.t("Discussed with ")
        e.w("Dr. ", ref_doc.latin(rng.choice(["CAPS_FG", "I_F", "GF"])), "PERSON", "", "the ward physician")
        e.t(" (")
        e.p(dept_en, "DEPARTMENT")
        e.t(") on ")
        e.w("ward ", ward, "FACILITY", "", "the ward")
        e.w(", bed ", str(rng.randint(1, 40)), "FACILITY", "", "")
        e.t(f" at {rng.randint(8, 20)}:{rng.randint(10, 59)}.\n")
        e.t("Addendum by: ")
        e.w("", rad.latin("GF", macron=True), "PERSON", " MD", "radiologist on duty")
        e.t("\n")
    else:
        site = _Site(rng)
        e.t("SECOND OPINION READ - OUTSIDE IMAGES\n")
        e.w("Imported as ", acc, "ID", "", "Imported")
        e.w(" on ", _fmt_date(rng, d, rng.choice(["iso", "slash"])), "DATE", "", " today")
        e.t(". Source: CD-ROM from ")
        e.p(site.name, "FACILITY", "the overseas hospital")
        e.t(f", {site.country}.\n")
        e.t("DICOM header name: ")
        e.p(pt.latin("passport"), "PERSON", "(matched)")
        e.t(rng.choice(["; ", "  "]))
        e.w("outside PID: ", _fill(rng, rng.choice(["#########", "HN-######", "@@######"])), "ID", "; ", "")
        e.w(
            "study date ",
            _fmt_date(rng, d - _dt.timedelta(days=rng.randint(3, 30)), rng.choice(["eu_num", "us_num", "dmy_abbr"])),
            "DATE",
            "\n",
            "\n",
        )
        e.t("Local registration: ")
        e.p(pt.ja(), "PERSON", "the patient")
        e.w(" (", mrn, "ID", ")", "")
        e.t(" referred by ")
        e.w("Dr. ", ref_doc.latin(rng.choice(["I_F", "GF"])), "PERSON", "", "the attending physician")
        e.t(", ")
        e.p(dept_en, "DEPARTMENT")
        e.t(f".\nStudy: {title}. {tech}\n\nFindings:\n")
        for f in findings:
            e.t("- " + _typo(rng, f) + "\n")
        e.t("\nConclusion: " + " ".join(impressions) + "\n")
        e.t("Note: the outside report (in English) was signed by ")
        e.w("Dr. ", site.doc_name, "PERSON", "", "the overseas radiologist")
        e.t("; our reading is concordant except as noted.\n")
        e.w("Read by ", rad.latin("CAPS_FG"), "PERSON", f", {rng.choice(['MD', 'MD, PhD'])}\n", "\n")


# ---------------------------------------------------------------------------
# Style 2: bilingual referral letters to / from overseas hospitals
# ---------------------------------------------------------------------------

# (dx_en, dx_ja, history_en, meds, request_en, summary_ja)
_CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "Type 2 diabetes mellitus with early nephropathy",
        "2型糖尿病（早期腎症）",
        "HbA1c improved from 9.2% to 7.1% on metformin and a DPP-4 inhibitor. Urine albumin 86 mg/gCr.",
        "Metformin 500 mg bid, Sitagliptin 50 mg qd",
        "continue glycaemic control and arrange annual retinal screening",
        "HbA1c 7.1%まで改善。内服継続と眼科フォローをお願いします。",
    ),
    (
        "Chronic hepatitis B (HBeAg negative)",
        "B型慢性肝炎（HBe抗原陰性）",
        "HBV-DNA has remained below the detection limit on entecavir. AFP and ultrasound have been unremarkable.",
        "Entecavir 0.5 mg qd (fasting)",
        "continue antiviral therapy with 6-monthly ultrasound and AFP",
        "エンテカビル内服中、HBV-DNA検出感度以下。半年毎の画像評価をお願いします。",
    ),
    (
        "Latent tuberculosis infection",
        "潜在性結核感染症",
        "IGRA was positive on pre-employment screening; chest CT showed no active lesion. Isoniazid was started.",
        "Isoniazid 300 mg qd, Pyridoxine 30 mg qd",
        "supervise completion of 6 months of isoniazid and check liver enzymes monthly",
        "IGRA陽性、胸部CTで活動性病変なし。INH内服中、計6か月の完遂をお願いします。",
    ),
    (
        "Intrauterine pregnancy, 24 weeks, gestational diabetes",
        "妊娠24週、妊娠糖尿病",
        "75 g OGTT at 22 weeks was abnormal (fasting 96, 1 h 188, 2 h 161 mg/dL); diet therapy and SMBG were started.",
        "None (insulin not yet required)",
        "take over antenatal care and glucose monitoring",
        "75gOGTT異常、食事療法と血糖自己測定中。妊婦健診の継続をお願いします。",
    ),
    (
        "Acute anterior myocardial infarction, status post PCI to proximal LAD",
        "急性前壁心筋梗塞 PCI後",
        "Primary PCI with a drug-eluting stent to the proximal LAD was performed. EF 48% on echocardiography.",
        "Aspirin 100 mg, Prasugrel 3.75 mg, Atorvastatin 10 mg, Bisoprolol 2.5 mg",
        "continue DAPT for at least 12 months and cardiac rehabilitation",
        "LAD近位部にDES留置、EF 48%。DAPT 12か月継続予定です。",
    ),
    (
        "Rheumatoid arthritis",
        "関節リウマチ",
        "Disease activity is low (DAS28-CRP 2.4) on methotrexate; no erosive progression on hand X-ray.",
        "Methotrexate 8 mg/week, Folic acid 5 mg/week",
        "monitor LFT and CBC every 3 months",
        "MTX 8mg/週で低疾患活動性を維持しています。",
    ),
    (
        "Focal epilepsy",
        "焦点てんかん",
        "Seizure-free for two years on levetiracetam; EEG showed left temporal sharp waves.",
        "Levetiracetam 500 mg bid",
        "continue the current regimen and advise on local driving rules",
        "レベチラセタムで2年間発作なし。",
    ),
    (
        "Chronic kidney disease G3bA2 due to hypertensive nephrosclerosis",
        "慢性腎臓病 G3bA2（腎硬化症）",
        "eGFR has been stable around 38 mL/min/1.73m2 for the past year.",
        "Amlodipine 5 mg qd, Febuxostat 20 mg qd",
        "avoid NSAIDs and monitor potassium and eGFR",
        "eGFR 38前後で安定。NSAIDsは避けてください。",
    ),
    (
        "Gastric cancer, status post laparoscopic distal gastrectomy (pT1bN0M0, Stage IA)",
        "胃癌 腹腔鏡下幽門側胃切除後（pT1bN0M0 StageIA）",
        "Surgery was uneventful (Billroth I reconstruction); no adjuvant chemotherapy was indicated.",
        "None",
        "arrange annual surveillance endoscopy and CT",
        "術後経過良好、補助化学療法なし。年1回の内視鏡をお願いします。",
    ),
    (
        "Kawasaki disease (川崎病), convalescent phase",
        "川崎病 回復期",
        "IVIG 2 g/kg was given on illness day 5; echocardiography showed no coronary artery aneurysm.",
        "Aspirin 5 mg/kg/day",
        "repeat echocardiography at 2 months and stop aspirin if normal",
        "第5病日にIVIG投与、冠動脈瘤なし。2か月後の心エコーをお願いします。",
    ),
]

_ALLERGIES = ["NKDA", "Penicillin (rash)", "Iodinated contrast medium (urticaria)", "None known", "Loxoprofen (asthma)"]


def _s_referral(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    e.lang = "en"
    case = rng.choice(_CASES)
    dx_en, dx_ja, hist, meds, req, sum_ja = case
    preg = "regnan" in dx_en
    child = "Kawasaki" in dx_en
    lo, hi = (1, 9) if child else ((20, 40) if preg else (25, 85))
    pt = x.patient(lo=lo, hi=hi, sex="F" if preg else None)
    kn["p"] = pt
    hosp = _Hosp(rng)
    site = _Site.home(rng, pt.nat) if not pt.jp else _Site(rng)
    jd = x.staff()
    dept_ja, dept_en = rng.choice(_JP_DEPTS)
    if preg:
        dept_ja, dept_en = "産婦人科", "Obstetrics and Gynecology"
    elif child:
        dept_ja, dept_en = "小児科", "Pediatrics"
    d = x.day()
    age = _age(pt.dob, d)
    mrn = x.mrn()
    kn["ids"].append(mrn)
    mr = "" if child else pt.mr() + " "
    he = "he" if pt.sex == "M" else "she"
    his = "his" if pt.sex == "M" else "her"
    tpl = rng.randint(0, 2)
    if tpl == 0:
        # outgoing letter, Japan -> overseas
        e.t(
            rng.choice(
                [
                    "診療情報提供書 / LETTER OF REFERRAL\n",
                    "REFERRAL LETTER（診療情報提供書）\n",
                    "Medical Referral / 紹介状\n",
                ]
            )
        )
        e.w("Date: ", _fmt_date(rng, d, None, "en"), "DATE", "", "Date: today")
        e.w("（", _fmt_date(rng, d, rng.choice(["ja", "wareki"])), "DATE", "）\n\n", "\n\n")
        e.t("To: ")
        e.w("Dr. ", site.doc_name, "PERSON", "\n", "the receiving physician\n")
        e.t("    Department of Internal Medicine, ")
        e.p(site.name, "FACILITY", "the receiving hospital").t("\n    ")
        if e.phi:
            e.p(site.addr, "ADDRESS").t(" ").p(site.postal, "POSTAL_CODE").t(f", {site.country}\n")
        else:
            e.t(f"{site.country}\n")
        e.t("From: ")
        e.w("", jd.latin("GF", macron=rng.random() < 0.4), "PERSON", ", MD", "the attending physician")
        e.w("（", jd.kanji(), "PERSON", "）", "")
        e.t("\n    ")
        e.p(dept_en, "DEPARTMENT").t(", ")
        e.p(hosp.en, "FACILITY").t("\n    ")
        if e.phi:
            if rng.random() < 0.6:
                e.p(hosp.addr_en, "ADDRESS").t(" ").p(hosp.postal, "POSTAL_CODE").t(", Japan\n    ")
            else:
                e.p(hosp.url, "URL").t("\n    ")
            e.t("Tel: ").p(hosp.tel_intl, "PHONE_NUMBER").t(rng.choice(["  ", " / "]))
            e.t("E-mail: ").p(f"{jd.fam_r.lower()}-{jd.giv_r[0].lower()}@{hosp.domain}", "EMAIL_ADDRESS").t("\n\n")
        else:
            e.t("Japan\n\n")
        e.t("Re: ")
        e.w(mr, pt.latin(rng.choice(["CAPS_FG", "G_CAPS", "passport"])), "PERSON", "", "our patient")
        e.w("（", pt.kanji(), "PERSON", "）", "")
        if e.phi:
            e.t("\n    Date of birth: ").p(_fmt_date(rng, pt.dob, None, "en"), "DATE")
            e.t(" (").p(str(age), "AGE").t(rng.choice([" y/o)", " years)", " yrs)"]))
            e.t(", our hospital no. ").p(mrn, "ID").t("\n")
        else:
            e.t("\n")
        e.w("\nDear Dr. ", site.doc_family, "PERSON", ",\n\n", "\nDear Doctor,\n\n")
        e.t(f"Thank you very much for accepting this {'patient' if not e.phi else ''}".rstrip())
        if e.phi:
            e.t(" ").p(str(age), "AGE").t(f"-year-old {'man' if pt.sex == 'M' else 'woman'}")
        e.t(", who will relocate to your area")
        e.w(" on ", _fmt_date(rng, d + _dt.timedelta(days=rng.randint(10, 60)), None, "en"), "DATE", "", " shortly")
        e.t(f".\n\nDiagnosis: {dx_en}\n\nHistory: {_typo(rng, hist)} ")
        e.t(f"{he.capitalize()} was followed at our outpatient clinic")
        e.w(
            " from ",
            _fmt_date(
                rng, d - _dt.timedelta(days=rng.randint(200, 1500)), rng.choice(["us_short", "eu_long", "iso"]), "en"
            ),
            "DATE",
            "",
            "",
        )
        e.t(".\n")
        e.t(f"Medications: {meds}\nAllergies: {rng.choice(_ALLERGIES)}\n\n")
        e.t(f"I would be grateful if you could {req}. ")
        e.t("The CD-ROM with the latest imaging")
        e.w(" (CT ", _fmt_date(rng, d - _dt.timedelta(days=rng.randint(5, 60)), "us_num", "en"), "DATE", ")", "")
        e.t(" and laboratory data are enclosed.\n")
        e.t(f"{his.capitalize()} contact number after moving: ")
        if e.phi:
            a = _fill(rng, rng.choice(site.mobile_tpl))
            e.p(a, "PHONE_NUMBER").t(" (mobile).\n")
            _kn(kn, "phones", a)
        else:
            e.t("as registered with your office.\n")
        e.t("\nSincerely yours,\n")
        e.w("", jd.latin("G_CAPS"), "PERSON", ", MD, PhD\n", "Attending physician\n")
    elif tpl == 1:
        # incoming letter from overseas + clerk translation
        e.w("[受付 ", _fmt_date(rng, d, rng.choice(["slash", "slash_nopad"])), "DATE", "", "[受付")
        e.t(rng.choice([" 国際診療支援室 スキャン取込]\n", " 地域連携室 FAX受信]\n", " intl desk]\n"]))
        e.p(site.name, "FACILITY", "Referring hospital").t("\n")
        if e.phi:
            e.p(site.addr, "ADDRESS").t(", ").p(site.postal, "POSTAL_CODE").t(f", {site.country}\n")
            e.t("Tel ").p(site.phone, "PHONE_NUMBER").t(" | ").p(site.url, "URL").t("\n\n")
        else:
            e.t(f"{site.country}\n\n")
        ld = d - _dt.timedelta(days=rng.randint(3, 20))
        e.p(
            _fmt_date(rng, ld, rng.choice(["eu_num", "us_num", "eu_long", "us_long", "eu_ord"]), "en"),
            "DATE",
            "Date of letter: on file",
        )
        e.t("\n\nDear Colleague,\n\nRe: ")
        e.p(pt.latin("passport" if rng.random() < 0.5 else "natural"), "PERSON", "our mutual patient")
        if e.phi:
            e.t(", DOB ").p(_fmt_date(rng, pt.dob, rng.choice(["eu_num", "us_num", "dmy_abbr"]), "en"), "DATE")
            e.t(", Passport No. ")
            pp = x.passport(pt.nat)
            e.p(pp, "ID")
            kn["ids"].append(pp)
        e.t("\n\n")
        if e.phi:
            e.t("This ").p(str(age), "AGE")
            e.t(f"-year-old {'boy' if child else ('gentleman' if pt.sex == 'M' else 'lady')}")
        else:
            e.t("This patient")
        e.t(f" has been under our care for {dx_en[0].lower() + dx_en[1:]}. {hist}\n")
        e.t(f"{he.capitalize()} is moving to Japan")
        if e.phi:
            job = rng.random() < 0.5
            if child:
                e.t(" with the family")
            else:
                e.t(" to " + ("work at " if job else "study at "))
                e.p(x.employer() if job else rng.choice(_SCHOOLS), "FACILITY")
            e.t(" and will live at ")
            a, pc = x.jp_addr(romaji=True)
            e.p(a, "ADDRESS").t(" ").p(pc, "POSTAL_CODE")
            _kn(kn, "addresses", a)
        e.t(f". We kindly ask you to {req}.\nCurrent medication: {meds}.\n\n")
        e.t("Yours faithfully,\n")
        e.w("Dr. ", site.doc_name, "PERSON", "\n", "Attending physician\n")
        e.t("Internal Medicine / International Patient Services\n")
        e.w("Email: ", site.doc_email, "EMAIL_ADDRESS", "\n", "")
        e.t("\n------（院内訳・要約）------\n")
        e.p(pt.kata(), "PERSON", "本人").c(" 様", "")
        if e.phi:
            e.t("（").p(f"{age}歳", "AGE").t(f"{'男性' if pt.sex == 'M' else '女性'}）")
        e.t(f"。{dx_ja}。{sum_ja}\n")
        e.t("宛先：")
        e.p(dept_ja, "DEPARTMENT", "当科")
        e.w(" ", x.staff_ja(), "PERSON", " 先生", " 担当医")
        e.t("。初診予約")
        e.w(
            " ",
            _fmt_date(rng, d + _dt.timedelta(days=rng.randint(3, 14)), rng.choice(["md_ja", "md", "ja_wd"])),
            "DATE",
            "",
            "調整中",
        )
        e.t(f"。（訳：{rng.choice(['国際診療支援室', '医療通訳'])}")
        e.w(" ", x.staff_ja(), "PERSON", "）\n", "）\n")
    else:
        # reply letter (返書)
        e.t(rng.choice(["返書 / REPLY\n", "REPLY TO REFERRAL（ご紹介への返書）\n"]))
        e.p(hosp.en, "FACILITY").t(" / ")
        e.p(hosp.ja, "FACILITY").t("\n")
        e.p(dept_en, "DEPARTMENT").t("\n")
        e.w("", _fmt_date(rng, d, rng.choice(["us_long", "eu_long"]), "en"), "DATE", "\n\n", "\n")
        e.w("Dr. ", site.doc_name, "PERSON", "\n", "To the referring physician\n")
        e.p(site.name, "FACILITY", "")
        e.t("\n\nDear ")
        e.w("Dr. ", site.doc_family, "PERSON", "", "Doctor")
        e.t(",\n\nThank you for referring ")
        e.w(mr, pt.latin("natural"), "PERSON", "", "the patient")
        e.w(" (DOB ", _fmt_date(rng, pt.dob, rng.choice(["us_num", "eu_num", "iso"]), "en"), "DATE", ")", "")
        e.t(". We saw ")
        e.t("him" if pt.sex == "M" else "her")
        e.w(
            " in our clinic on ",
            _fmt_date(rng, d - _dt.timedelta(days=rng.randint(1, 10)), "eu_ord", "en"),
            "DATE",
            ".",
            " in our clinic.",
        )
        e.t(f"\n\nAssessment: {dx_en}.\n{hist}\nPlan: we will {req}.")
        e.t(" Next visit is scheduled")
        e.w(" for ", _fmt_date(rng, d + _dt.timedelta(days=rng.randint(14, 60)), "us_short", "en"), "DATE", "", "")
        e.t(".\n\n【日本語要約】")
        e.p(pt.ja(), "PERSON", "本人").c("様", "")
        e.t(f"：{dx_ja}。{sum_ja}")
        e.w("当院ID ", mrn, "ID", "。\n\n", "\n\n")
        e.t("With kind regards,\n")
        e.w("", jd.latin(rng.choice(["GF", "G_CAPS"])), "PERSON", ", MD", "Attending physician")
        e.w(" (", jd.kanji(), "PERSON", ")", "")
        e.t("\n")
        if e.phi:
            e.t("Direct line: ").p(hosp.tel_intl, "PHONE_NUMBER")
            if rng.random() < 0.5:
                e.t(" ext. ").p(str(rng.randint(2000, 7999)), "PHONE_NUMBER")
            e.t("\n").p(hosp.intl_email, "EMAIL_ADDRESS").t("\n")


# ---------------------------------------------------------------------------
# Style 3: medical interpreter (医療通訳) records
# ---------------------------------------------------------------------------

# (topic, dept, lines)
_INTERP_TOPICS: list[tuple[str, str, list[str]]] = [
    (
        "上部消化管内視鏡検査の説明・同意",
        "消化器内科",
        [
            "検査前日21時以降は絶食、水・お茶は可と説明。",
            "当日朝の内服は降圧薬のみ可。抗血栓薬の内服なしを本人に確認。",
            "鎮静剤使用時は当日の車・自転車の運転不可と伝達、本人了解。",
            "生検の可能性と出血・穿孔のリスクについて医師より説明、質問なし。",
            "同意書（英語版）に署名あり。",
        ],
    ),
    (
        "糖尿病 食事・服薬指導",
        "糖尿病内科",
        [
            "主食量の目安を母国の主食（米麺・フォー・チャパティ）に置き換えて説明。",
            "ラマダン期間中の内服時間について質問あり、医師より次回調整と回答。",
            "低血糖症状（ふるえ・冷汗）と対処（ブドウ糖10g）を説明。",
            "HbA1c 8.4%、前回より改善していることを伝えると笑顔。",
            "自己血糖測定器の使い方を看護師が実演。",
        ],
    ),
    (
        "妊婦健診・母子手帳説明",
        "産婦人科",
        [
            "母子健康手帳（多言語版）の記載方法を説明。",
            "妊娠週数 18週、胎児発育は週数相当と医師より説明。",
            "出産育児一時金・産科医療補償制度について医事課から案内。",
            "つわりは軽快。鉄剤の内服方法を再確認。",
            "母国での里帰り出産の希望あり、渡航可能時期について質問。",
        ],
    ),
    (
        "術後説明・退院指導",
        "外科",
        [
            "腹腔鏡下胆嚢摘出術後の経過は良好と医師より説明。",
            "創部のシャワー浴は明日から可、湯船は抜糸後。",
            "抜糸は外来で行う旨説明（約10日後）。",
            "発熱38℃以上、腹痛増強時は救急外来へ連絡するよう指導。",
            "重い物を持つ仕事は2週間控えるよう伝達、職場への診断書希望あり。",
        ],
    ),
    (
        "結核治療 服薬支援（DOTS）",
        "呼吸器内科",
        [
            "喀痰塗抹陰性化を確認、引き続き4剤→2剤へ移行予定と説明。",
            "服薬の重要性とDOTSについて説明、保健所保健師も同席。",
            "尿が橙色になるのはリファンピシンの影響で心配ないと伝達。",
            "同居者の接触者健診の日程について保健所から案内。",
        ],
    ),
    (
        "小児 予防接種・発達相談",
        "小児科",
        [
            "母国の接種記録（英語）と照合、MRワクチン2期未接種を確認。",
            "日本の定期接種スケジュール表（多言語版）を渡す。",
            "言葉の遅れについて相談あり、家庭内は母語で問題ないと医師より説明。",
            "次回接種時も通訳希望。",
        ],
    ),
    (
        "腰痛・労災手続き",
        "整形外科",
        [
            "MRIでL4/5椎間板ヘルニアと説明、手術適応はなし。",
            "NSAIDsとPPIの内服方法を説明、胃部不快時は中止。",
            "労災申請（様式第5号）の記載について会社担当者と確認。",
            "2週間の休業が必要との診断書を作成予定。",
        ],
    ),
]


_QUESTIONS: list[str] = [
    "「仕事にはいつ戻れるか」→ 医師より2週間後の再診時に判断と回答。",
    "「費用はいくらかかるか」→ 医事課で概算を案内することとした。",
    "「母国の薬（持参）を続けてよいか」→ 薬剤師が成分を確認するまで中止と説明。",
    "「来月帰国予定だが大丈夫か」→ 紹介状（英文）を準備すると回答。",
    "「日本の保険で払えるか」→ 国民健康保険加入済みであることを確認。",
    "「家族に説明してほしい」→ 次回の同席を調整。",
]


def _s_interpreter(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    e.lang = "ja"
    topic, dept, lines = rng.choice(_INTERP_TOPICS)
    sex = "F" if dept == "産婦人科" else None
    pt = x.patient(foreign=True, lo=1 if dept == "小児科" else 19, hi=10 if dept == "小児科" else 70, sex=sex)
    kn["p"] = pt
    lang_ja, lang_en = _LANG_OF.get(pt.nat, ("英語", "English"))
    d = x.day()
    dt = x.dtime(d)
    age = _age(pt.dob, d)
    mrn = x.mrn()
    kn["ids"].append(mrn)
    interp = x.staff(sex=rng.choice(["F", "F", "M"]))
    doc = x.staff_ja()
    ns = x.staff_ja()
    content = _pick(rng, lines, 3, 5)
    tpl = rng.randint(0, 2)
    if tpl == 0:
        e.t(rng.choice(["【医療通訳記録】", "医療通訳実施記録", "■通訳記録票■"]))
        if rng.random() < 0.5:
            e.w(" No.", _fill(rng, "####"), "ID", "", "")
        e.t("\n")
        e.t("実施日時：")
        if rng.random() < 0.5:
            e.p(_fmt_date(rng, d, rng.choice(["ja_wd", "slash", "wareki"])), "DATE")
            e.t(f" {dt.hour}:{dt.minute:02d}〜{min(dt.hour + 1, 23)}:{rng.randint(0, 5)}0\n")
        else:
            e.p(_fmt_dt(rng, dt, "ja"), "DATE").t(f" 〜 {min(dt.hour + 1, 23)}:{rng.randint(0, 5)}0\n")
        e.t(
            f"通訳言語：{lang_ja}\n通訳形態："
            + rng.choice(["対面", "対面", "ビデオ通訳（タブレット）", "電話（スピーカー）"])
            + "\n"
        )
        e.t("患者氏名：")
        e.p(pt.kata(), "PERSON").c(" 様", "")
        e.w("（", pt.latin("passport"), "PERSON", "）", "")
        e.t(rng.choice(["　", "  ", " / "]))
        e.w("ID：", _mix(rng, mrn), "ID", "\n", "\n")
        if e.phi:
            e.t("生年月日：").p(_fmt_date(rng, pt.dob, rng.choice(["slash", "wareki", "iso", "ja"])), "DATE")
            e.t("（").p(f"{age}歳", "AGE").t("）\n")
        e.t("受診科：")
        e.p(dept, "DEPARTMENT")
        e.w("　担当医：", doc, "PERSON", "医師", "　担当医：主治医")
        e.w("　看護師：", ns, "PERSON", "", "")
        e.t("\n通訳者：")
        e.p(interp.kanji(), "PERSON", "院内通訳者")
        e.w("（登録番号 ", _fill(rng, rng.choice(["MI-####", "IT###", "通-####"])), "ID", "）", "")
        e.t(f"\n内容：{topic}\n")
        for ln in content:
            e.t("・" + ln + "\n")
        e.t("【患者からの質問】\n")
        for q in _pick(rng, _QUESTIONS, 1, 2):
            e.t("・" + q + "\n")
        e.t("【特記事項】\n")
        rel = rng.choice(["夫", "妻", "兄", "姉", "雇用先担当者"]) if age >= 15 else rng.choice(["父", "母"])
        rsex = {"夫": "M", "兄": "M", "父": "M", "妻": "F", "姉": "F", "母": "F"}.get(rel)
        fam = _relative(rng, pt, rsex, same_family=rel in ("兄", "姉", "父")) if rsex else x.staff()
        e.t(f"・{rel}")
        e.w(" ", fam.ja() if rel != "雇用先担当者" else fam.kanji(), "PERSON", "", "")
        if rel == "雇用先担当者":
            emp = x.employer()
            e.w("（", emp, "FACILITY", "）", "")
        e.t("にも電話で説明")
        if e.phi:
            ph = x.jp_phone("mobile")
            e.t("（").p(_mix(rng, ph), "PHONE_NUMBER").t("）")
            _kn(kn, "phones", ph)
        e.t("。\n")
        e.t("・次回")
        e.w(
            " ",
            _fmt_date(rng, d + _dt.timedelta(days=rng.randint(7, 40)), rng.choice(["md_ja", "md", "ja_wd"])),
            "DATE",
            "",
            "",
        )
        e.t(f" {rng.randint(9, 15)}時〜 も通訳希望。")
        e.t(rng.choice(["", "通訳者の指名あり。", "医事課へ連絡済み。"]) + "\n")
    elif tpl == 1:
        vendor_id = _fill(rng, rng.choice(["#####", "OP-####", "#-####"]))
        e.t(rng.choice(["電話通訳ログ", "遠隔通訳（ビデオ）利用記録", "電話医療通訳サービス利用記録"]))
        e.t(f"（{lang_en}）\n")
        e.p(_fmt_date(rng, d, rng.choice(["ja_wd", "slash", "wareki_abbr"])), "DATE").t("\n")
        t0 = dt
        e.t(f"{t0.hour:02d}:{t0.minute:02d} 受付より依頼。")
        e.t("患者 ")
        e.p(pt.ja(), "PERSON").c("さん", "")
        if e.phi:
            e.t("（").p(f"{age}才" if rng.random() < 0.3 else f"{age}歳", "AGE").t(f"・{lang_ja}）")
        e.t("、")
        e.p(dept, "DEPARTMENT")
        e.t(rng.choice(["初診。", "再診。", "救急受診。"]) + "\n")
        t1 = t0 + _dt.timedelta(minutes=rng.randint(2, 9))
        e.t(f"{t1.hour:02d}:{t1.minute:02d} 通訳者")
        e.w("（オペレーター番号 ", vendor_id, "ID", "）", "")
        e.t("に接続。本人確認：")
        if e.phi:
            e.t("生年月日 ").p(_fmt_date(rng, pt.dob, rng.choice(["slash", "eu_num", "iso"])), "DATE")
            e.t("、カルテ番号 ").p(mrn, "ID")
        else:
            e.t("実施")
        e.t("。\n")
        for ln in content:
            t1 = t1 + _dt.timedelta(minutes=rng.randint(3, 9))
            e.t(f"{t1.hour:02d}:{t1.minute:02d} {ln}\n")
        t1 = t1 + _dt.timedelta(minutes=rng.randint(2, 6))
        e.t(f"{t1.hour:02d}:{t1.minute:02d} 終了。通話時間 {int((t1 - t0).seconds / 60)}分。")
        e.t(rng.choice(["接続良好。", "途中音声途切れあり再接続1回。", "スピーカー使用。"]) + "\n")
        e.t("記録者：")
        e.p(x.staff_ja(), "PERSON", "担当者")
        e.t(rng.choice(["（医事課）", "（外来看護師）", "（国際診療支援室）"]) + "\n")
        if rng.random() < 0.6:
            e.t("※請求先：")
            e.p(rng.choice(_KANRI) if rng.random() < 0.5 else x.employer(), "FACILITY", "受入れ企業")
            e.t("（通訳費用は受入れ企業負担との申し出あり）\n")
    else:
        ward = rng.choice(_WARDS)
        e.p(_fmt_dt(rng, dt, "ja"), "DATE")
        e.t(" 看護記録　")
        e.p(ward, "FACILITY", "病棟")
        e.w(" ", f"{rng.randint(3, 8)}{rng.randint(0, 2)}{rng.randint(1, 9)}号室", "FACILITY", "", "")
        e.t("\n")
        e.p(pt.ja(), "PERSON").c("さん", "")
        e.t(f"、{lang_ja}話者。日本語は挨拶程度。")
        rel = rng.choice(["長女", "長男", "次女"]) if age < 55 else rng.choice(["孫", "孫娘"])
        child = _relative(rng, pt, "M" if rel == "長男" else ("F" if rel != "孫" else None))
        cage = rng.randint(11, 17)
        e.t(f"本日は{rel}")
        e.w(" ", child.giv_kana if rng.random() < 0.6 else child.giv_r, "PERSON", "さん", "")
        e.w("（", f"{cage}歳", "AGE", "）", "")
        e.t("が通訳。")
        e.t("未成年の家族による通訳は内容に限界があるため、医療通訳（電話）の利用を提案。")
        e.t(
            rng.choice(
                [
                    "本人は「家族でよい」と希望。",
                    "次回から電話通訳を利用することで了承。",
                    "夫の到着を待って再説明とする。",
                ]
            )
        )
        e.t("\n")
        e.t(f"【説明内容】{topic}\n")
        for ln in content[:3]:
            e.t("・" + ln + "\n")
        e.t("質問：" + rng.choice(_QUESTIONS) + "\n")
        e.t("家族連絡先：")
        sp = _relative(
            rng, pt, "M" if pt.sex == "F" else "F", same_family=pt.nat not in ("中国", "台湾", "韓国", "ベトナム")
        )
        e.t("夫" if pt.sex == "F" else "妻")
        e.w(" ", sp.ja(), "PERSON", "", "")
        if e.phi:
            ph = x.jp_phone("mobile")
            e.t(rng.choice([" ", "　", " TEL "])).p(_mix(rng, ph), "PHONE_NUMBER")
            _kn(kn, "phones", ph)
            if rng.random() < 0.5:
                e.t("（平日日中は勤務先 ").p(x.employer(), "FACILITY").t(" 経由）")
        else:
            e.t("はカルテ表紙参照")
        e.t("\n記録：")
        e.p(x.staff_ja(), "PERSON", "担当看護師")
        e.t(rng.choice([" Ns", "（看護師）", " NS"]) + "\n")


# ---------------------------------------------------------------------------
# Style 4: Japanese clinical / nursing notes about foreign residents
# ---------------------------------------------------------------------------

# (title, dept, S, O, A/P)
_JA_CASES: list[tuple[str, str, str, str, str]] = [
    (
        "溶連菌性咽頭炎",
        "総合診療科",
        "3日前から38度台の発熱、咽頭痛。食事摂取やや低下。",
        "咽頭発赤あり、扁桃白苔(+)、前頸部リンパ節腫脹(+)。迅速A群溶連菌 陽性。",
        "溶連菌性咽頭炎。AMPC 10日分処方、飲み切るよう通訳を介して説明。",
    ),
    (
        "腰椎椎間板ヘルニア疑い（労災）",
        "整形外科",
        "工場で約20kgの部品を持ち上げた際に腰痛出現、右下肢へ放散。",
        "SLR 右40°陽性、右下腿外側しびれ、EHL 4/5。",
        "L4/5ヘルニア疑い。MRI予約、セレコキシブ・PPI処方。重量物作業は制限。",
    ),
    (
        "左示指挫創",
        "救急科",
        "プレス機で左示指を挟まれた。出血は圧迫で止血。",
        "左示指末節に3cmの挫創、爪甲損傷あり。X線で骨折なし。",
        "洗浄・縫合4針。破傷風トキソイド接種。3日後創部チェック。",
    ),
    (
        "肺結核疑い",
        "呼吸器内科",
        "2か月続く咳嗽、寝汗、体重減少5kg。",
        "胸部X線で右上葉に空洞影。喀痰抗酸菌塗抹 2+、PCR提出。",
        "肺結核疑い。陰圧個室へ入院、保健所へ発生届、接触者リスト作成。",
    ),
    (
        "妊娠初期",
        "産婦人科",
        "最終月経から8週、悪心あり。",
        "経腟エコーでGS・CRL確認、心拍(+)。",
        "妊娠8週相当。市役所で母子健康手帳交付の案内（多言語版あり）。",
    ),
    (
        "2型糖尿病（新規診断）",
        "糖尿病内科",
        "1か月前から口渇・多尿、体重5kg減少。",
        "随時血糖 342 mg/dL、HbA1c 11.2%、尿ケトン(+)。",
        "2型糖尿病。教育入院を提案、本人は仕事を休めないと難色。",
    ),
    (
        "熱中症",
        "救急科",
        "屋外作業中にめまい・嘔気、同僚が救急要請。",
        "BT 38.6℃、HR 118、皮膚乾燥。CK 1,240、BUN/Cr 28/1.3。",
        "熱中症II度。細胞外液2000mL補液後改善、帰宅可。翌日は休業とする。",
    ),
    (
        "抑うつ状態",
        "心療内科",
        "不眠、食欲低下。母国の家族の病気が心配で眠れない。",
        "表情乏しい、PHQ-9 16点。希死念慮は否定。",
        "抑うつ状態。SSRI少量開始、2週間後再診。監理団体担当者と生活面を相談。",
    ),
]

_STATUS = [
    "技能実習",
    "特定技能1号",
    "留学",
    "永住者",
    "定住者",
    "家族滞在",
    "技術・人文知識・国際業務",
    "日本人の配偶者等",
]


def _s_resident(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    e.lang = "ja"
    title, dept, so, oo, ap = rng.choice(_JA_CASES)
    pt = x.patient(foreign=True, lo=19, hi=55, sex="F" if dept == "産婦人科" else None)
    kn["p"] = pt
    lang_ja = _LANG_OF.get(pt.nat, ("英語", ""))[0]
    d = x.day()
    age = _age(pt.dob, d)
    mrn = x.mrn()
    kn["ids"].append(mrn)
    hosp = _Hosp(rng)
    status = rng.choice(_STATUS)
    student = status == "留学"
    work = x.employer() if not student else rng.choice(_SCHOOLS)
    addr, postal = x.jp_addr()
    phone = x.jp_phone("mobile")
    tpl = rng.randint(0, 3)
    if tpl == 0:
        e.t(rng.choice(["入院時情報収集シート\n", "【入院時アナムネーゼ】\n", "入院時看護情報\n"]))
        e.t("入院日：")
        e.p(_fmt_date(rng, d, rng.choice(["slash", "wareki", "ja_wd"])), "DATE")
        e.t("　病棟：")
        e.p(rng.choice(_WARDS), "FACILITY", "病棟")
        e.w(" ", f"{rng.randint(3, 8)}{rng.randint(0, 1)}{rng.randint(1, 9)}-{rng.choice('ABCD')}", "FACILITY", "", "")
        e.t("\n氏名：")
        e.p(pt.ja(), "PERSON")
        e.w("（", pt.latin("passport"), "PERSON", "）", "")
        e.t(f"　{'男' if pt.sex == 'M' else '女'}")
        e.w("　", f"{age}歳", "AGE", "", "")
        e.w("\nカルテ番号：", _mix(rng, mrn), "ID", "", "")
        e.t(
            f"\n国籍：{pt.nat}　母語：{lang_ja}　日本語："
            + rng.choice(["日常会話可", "簡単な単語のみ", "ほぼ不可", "ひらがな読める"])
            + "\n"
        )
        e.t(f"在留資格：{status}")
        if e.phi:
            zc = x.zairyu()
            e.t("　在留カード番号：").p(zc, "ID")
            kn["ids"].append(zc)
            if rng.random() < 0.5:
                e.t("\n（限度額認定申請用）個人番号：").p(
                    _fill(rng, rng.choice(["############", "#### #### ####"])), "MY_NUMBER"
                )
        e.t("\n住所：")
        if e.phi:
            e.t("〒").p(postal, "POSTAL_CODE").t(rng.choice([" ", "　", ""])).p(addr, "ADDRESS")
            _kn(kn, "addresses", addr)
        else:
            e.t("自宅（記載省略）")
        e.t("\n連絡先：本人携帯 ")
        e.p(_mix(rng, phone), "PHONE_NUMBER", "あり")
        _kn(kn, "phones", phone)
        rel = rng.choice(["夫" if pt.sex == "F" else "妻", "兄", "いとこ", "友人"])
        rp = _relative(rng, pt, {"夫": "M", "妻": "F", "兄": "M"}.get(rel), same_family=rel in ("兄", "いとこ"))
        e.t(f"／{rel}")
        e.w(" ", rp.ja(), "PERSON", "", "")
        e.w(" ", x.jp_phone(), "PHONE_NUMBER", "", "")
        e.t("\n" + ("学校：" if student else "勤務先："))
        e.p(work, "FACILITY", "記載あり")
        e.w("（担当 ", x.staff_ja(), "PERSON", "", "")
        e.w(" ", x.jp_phone("land"), "PHONE_NUMBER", "）", "")
        e.t("\n保険：" + rng.choice(["国民健康保険", "社会保険（協会けんぽ）", "健康保険組合"]))
        if e.phi:
            ins, kigo, ban = x.hoken()
            e.t("　保険者番号 ").p(ins, "INSURANCE_NUMBER").t(" 記号 ").p(kigo, "INSURANCE_NUMBER")
            e.t(" 番号 ").p(ban, "INSURANCE_NUMBER")
        e.t(
            "\n宗教・食事上の配慮："
            + rng.choice(["豚肉不可（ハラール）", "特になし", "牛肉不可", "ベジタリアン", "ラマダン中（日中絶食）"])
            + "\n"
        )
        e.t(f"入院目的：{title}\n経過：{so}{oo}\n方針：{ap}\n")
        e.t("情報提供者：本人（")
        e.t(rng.choice(["電話通訳使用", f"{rel}が通訳", "やさしい日本語で聴取", "翻訳アプリ使用"]) + "）　記録：")
        e.p(x.staff_ja(), "PERSON", "受持看護師").t("\n")
    elif tpl == 1:
        e.p(_fmt_date(rng, d, rng.choice(["slash", "ja_wd", "wareki_abbr", "iso"])), "DATE")
        e.t(" ")
        e.p(dept, "DEPARTMENT")
        e.t(rng.choice([" 再診\n", " 初診\n", "外来\n"]))
        e.p(pt.ja(), "PERSON").c("さん", "")
        if e.phi:
            e.t("（").p(f"{age}歳", "AGE").t(f"、{pt.nat}籍、{status}）。")
        else:
            e.t(f"（{pt.nat}籍、{status}）。")
        e.t("勤務先" if not student else "在籍校")
        e.w(" ", work, "FACILITY", "", "")
        e.t("。\n")
        if e.phi:
            e.t("※カルテ表記は「").p(pt.kata(), "PERSON").t("」だがパスポートは「")
            e.p(pt.latin("passport"), "PERSON").t("」")
            if pt.fam_k:
                e.t("、保険証は「").p(pt.kanji(), "PERSON").t("」")
            e.t("。名寄せ注意（旧ID ").p(x.mrn(), "ID").t(" と統合済み）。\n")
        e.t(
            "既往: " + rng.choice(["特記なし", "B型肝炎キャリア（母国で指摘）", "喘息（小児期）", "虫垂切除（母国で）"])
        )
        e.t(
            "　内服: "
            + rng.choice(["なし", "母国の漢方（成分不明）", "ロキソプロフェン頓用", "持参薬あり（英語ラベル）"])
            + "\n"
        )
        if e.phi and rng.random() < 0.6:
            ins, kigo, ban = x.hoken()
            e.t(rng.choice(["保険：", "保険証 "])).t("保険者番号").t(rng.choice([" ", "：", ""])).p(
                _mix(rng, ins), "INSURANCE_NUMBER"
            )
            e.t(rng.choice(["、記号 ", " 記号:", "／記号"])).p(kigo, "INSURANCE_NUMBER")
            e.t(rng.choice(["、番号 ", " 番号:", "／番号"])).p(ban, "INSURANCE_NUMBER").t("\n")
            if rng.random() < 0.4:
                e.t("※マイナ保険証で資格確認。医事課メモ：個人番号 ")
                e.p(_fill(rng, rng.choice(["############", "#### #### ####", "####-####-####"])), "MY_NUMBER")
                e.t(" は高額療養費申請書に転記済み\n")
        e.t(f"S) {so}\nO) {oo}\nA/P) {ap}\n")
        e.t("次回")
        e.w(
            " ",
            _fmt_date(rng, d + _dt.timedelta(days=rng.randint(3, 28)), rng.choice(["md", "md_ja", "slash"])),
            "DATE",
            "",
            "",
        )
        e.t("。" + rng.choice(["電話通訳予約済み。", "通訳同伴で来院予定。", "会社の人が同伴予定。"]))
        e.t("\n処方は")
        e.p(rng.choice(_JP_PHARMACIES), "FACILITY", "院外薬局")
        e.t("へFAX済。")
        e.w("（", x.staff_ja(), "PERSON", "）\n", "\n")
    elif tpl == 2:
        for _ in range(30):
            if pt.nat in ("ベトナム", "中国", "フィリピン", "インドネシア", "ミャンマー", "ネパール"):
                break
            pt = x.patient(foreign=True, lo=19, hi=45, sex="F" if dept == "産婦人科" else None)
        kn["p"] = pt
        age = _age(pt.dob, d)
        kanri = rng.choice(_KANRI)
        who = x.staff()
        e.p(kanri, "FACILITY", "監理団体")
        e.w("\n", who.kanji(), "PERSON", " 様\n\n", " ご担当者様\n\n")
        me = x.staff()
        e.t("いつもお世話になっております。")
        e.p(hosp.ja, "FACILITY").t(" ")
        e.p(dept, "DEPARTMENT")
        e.w("の", me.kanji(), "PERSON", "です。\n", "です。\n")
        e.t("貴組合が監理されている技能実習生 ")
        e.p(pt.ja(), "PERSON", "の方")
        e.w("（", pt.latin("passport"), "PERSON", "）", "")
        e.w(" さん（", f"{age}歳", "AGE", "", "")
        e.w("、受入企業：", x.employer(), "FACILITY", "）", "")
        e.t("について、")
        e.p(_fmt_date(rng, d, rng.choice(["md_ja", "ja", "ja_wd"])), "DATE")
        e.t(f"に当院を受診されましたのでご報告いたします。\n\n診断：{title}\n経過：{so}{oo}\n方針：{ap}\n\n")
        e.t("本人の寮住所（")
        e.p(addr, "ADDRESS", "記載省略")
        e.t("）への郵送物は届いていないとのことです。")
        e.t("次回受診は")
        e.w(
            " ",
            _fmt_date(rng, d + _dt.timedelta(days=rng.randint(5, 21)), rng.choice(["md_ja", "ja_wd"])),
            "DATE",
            "",
            "",
        )
        e.t(f" {rng.randint(9, 16)}時です。通訳の手配をお願いいたします。\n")
        e.t("ご不明点は ")
        e.p(hosp.tel_local, "PHONE_NUMBER")
        e.w("（内線 ", str(rng.randint(200, 899)), "PHONE_NUMBER", "）", "")
        e.t(" までご連絡ください。\n")
    else:
        # pediatric note: child of foreign residents
        cage = rng.randint(1, 5)
        cmon = rng.randint(0, 11)
        mom = (
            pt
            if pt.sex == "F"
            else _relative(rng, pt, "F", same_family=pt.nat in ("フィリピン", "ブラジル", "ペルー", "ネパール"))
        )
        child = _relative(rng, pt, None)
        cdob = d - _dt.timedelta(days=cage * 365 + cmon * 30 + rng.randint(1, 20))
        kn["p"] = child
        e.p(_fmt_dt(rng, x.dtime(d), "ja"), "DATE")
        e.t(" 小児科外来\n")
        e.p(child.ja(), "PERSON").c(rng.choice(["ちゃん", "くん" if child.sex == "M" else "ちゃん", "さん"]), "")
        if e.phi:
            e.t("（").p(f"{cage}歳", "AGE").t(f"{cmon}か月、")
            e.p(_fmt_date(rng, cdob, rng.choice(["slash", "wareki"])), "DATE").t("生）")
        e.t("\n付き添い：母")
        e.w(" ", mom.ja(), "PERSON", "", "")
        if e.phi:
            e.t("（").p(f"{_age(mom.dob, d) if mom is pt else rng.randint(24, 40)}歳", "AGE").t("）")
        e.t(f"、{lang_ja}。")
        e.t(rng.choice(["父は仕事で不在。", "父も後から来院。", "祖母同伴。", ""]))
        e.t(f"日本語は{rng.choice(['母は片言', '児は日本語の方が得意', '両親とも簡単な会話のみ'])}。\n")
        peds = rng.choice(
            [
                (
                    "39.2",
                    "S) 昨夜から39.2℃の発熱、咳嗽、鼻汁。水分は摂れている。\nO) 咽頭発赤軽度、"
                    "呼吸音清、陥没呼吸なし。RSV迅速 陰性。\nA/P) 上気道炎。アセトアミノフェン頓用。",
                ),
                (
                    "37.4",
                    "S) 2日前から嘔吐5回、下痢。尿は半日出ていない。\nO) 口唇乾燥、CRT 2秒、"
                    "体重は前回比-4%。\nA/P) 急性胃腸炎、軽度脱水。ORS指導、経口補水の方法を絵で説明。",
                ),
                (
                    "36.7",
                    "S) 予防接種希望。母国での接種歴は母子手帳（英語）で確認。\nO) "
                    "全身状態良好。\nA/P) MR 1期、DPT-IPV追加接種。次回日本脳炎。",
                ),
            ]
        )
        e.t(f"BW {6 + cage * 2}.{rng.randint(0, 9)}kg、BT {peds[0]}℃、SpO2 {rng.randint(96, 99)}%\n")
        e.t(peds[1] + "\n")
        e.t(rng.choice(["保育園：", "通園先："]))
        e.p(
            rng.choice(["ひまわり保育園", "若葉台こども園", "みなと第二保育所", "さくらんぼ保育園"]),
            "FACILITY",
            "保育園",
        )
        if peds[0] == "36.7":
            e.t(" へは連絡帳で接種済みを伝えるよう説明。\n")
        else:
            e.t(" には解熱後24時間まで登園を控えるよう伝達。\n")
        e.t("連絡先：")
        e.p(_mix(rng, phone), "PHONE_NUMBER", "母の携帯")
        _kn(kn, "phones", phone)
        e.t("（母）")
        if e.phi:
            e.t("　住所：").p(addr, "ADDRESS")
            _kn(kn, "addresses", addr)
        e.t("\n記載：")
        e.p(x.staff_ja(), "PERSON", "担当医")
        e.t(rng.choice(["", " Dr", "（小児科）"]) + "\n")


# ---------------------------------------------------------------------------
# Style 5: travel insurance / international patient coordinator forms and logs
# ---------------------------------------------------------------------------

# (diagnosis, ICD-10, plan, estimated cost JPY, ja summary)
_TRAVEL_CASES: list[tuple[str, str, str, str, str]] = [
    (
        "Closed fracture of the right distal radius (ski injury)",
        "S52.50",
        "ORIF under general anaesthesia, 4-day admission",
        "1,280,000",
        "右橈骨遠位端骨折、手術予定",
    ),
    (
        "Acute appendicitis",
        "K35.8",
        "laparoscopic appendectomy, 5-day admission",
        "1,150,000",
        "急性虫垂炎、腹腔鏡下手術",
    ),
    ("Community-acquired pneumonia", "J18.9", "IV ceftriaxone, 7-day admission", "860,000", "市中肺炎、抗菌薬点滴"),
    (
        "Acute gastroenteritis with dehydration",
        "A09",
        "IV fluids, observation 1 night",
        "95,000",
        "急性胃腸炎・脱水、1泊経過観察",
    ),
    (
        "Minor head injury, scalp laceration",
        "S01.0",
        "CT head (negative), wound suture, outpatient",
        "68,000",
        "頭部打撲・頭皮裂創、縫合のみ",
    ),
    (
        "Acute ischemic stroke (left MCA territory)",
        "I63.5",
        "IV thrombolysis, SCU admission, 14-day stay expected",
        "3,600,000",
        "左MCA領域脳梗塞、t-PA施行",
    ),
    (
        "Threatened preterm labour, 30 weeks",
        "O60.0",
        "tocolysis, bed rest, 10-day admission",
        "1,450,000",
        "切迫早産（30週）、入院安静",
    ),
    (
        "Anaphylaxis (food, suspected shellfish)",
        "T78.0",
        "IM adrenaline, observation overnight",
        "120,000",
        "食物アナフィラキシー疑い、1泊観察",
    ),
]


def _s_coordinator(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    case = rng.choice(_TRAVEL_CASES)
    dx, icd, plan, cost, sum_ja = case
    preg = "preterm" in dx
    pt = x.patient(foreign=True, lo=20 if preg else 8, hi=38 if preg else 82, sex="F" if preg else None)
    kn["p"] = pt
    site = _Site.home(rng, pt.nat)
    hosp = _Hosp(rng)
    insurer = rng.choice(_INSURERS)
    d = x.day()
    age = _age(pt.dob, d)
    pp = x.passport(pt.nat)
    pol = x.policy()
    case_no = x.case_no()
    kn["ids"] += [pp, pol]
    hotel = rng.choice(_HOTELS)
    mobile = site.mobile(rng)
    kn["phones"].append(mobile)
    coord = x.staff()
    dept_ja, dept_en = _dept_for(rng, dx)
    ins_mail = rng.choice(["assist", "medical", "ops", "claims"]) + "@" + insurer.lower().replace(" ", "-") + ".com"
    tpl = rng.randint(0, 2)
    if tpl == 0:
        e.lang = "en"
        e.t(
            rng.choice(
                [
                    "REQUEST FOR GUARANTEE OF PAYMENT (GOP)\n",
                    "GOP REQUEST / 支払保証依頼\n",
                    "Medical Report & GOP Request\n",
                ]
            )
        )
        e.t(f"To: {insurer} - Medical Assistance Team\n")
        e.w("Your ref (case no.): ", case_no, "ID", "\n", "")
        e.w("Our ref: ", _fill(rng, rng.choice(["IPS-24-####", "KS####", "国際-####"])), "ID", "\n", "")
        e.w("Date: ", _fmt_date(rng, d, None, "en"), "DATE", "\n\n", "\n")
        e.t("Patient name (as in passport): ")
        e.p(pt.latin("passport"), "PERSON", "(see attached copy)")
        e.t("\nDate of birth: ")
        e.p(_fmt_date(rng, pt.dob, rng.choice(["eu_num", "us_num", "dmy_abbr", "iso"]), "en"), "DATE", "on file")
        e.w("   Age: ", str(age), "AGE", "", "")
        e.t(f"   Sex: {pt.sex}   Nationality: {_NAT_EN.get(pt.nat, 'Japanese')}\n")
        e.w("Passport No.: ", pp, "ID", "\n", "")
        e.w("Policy No.: ", pol, "ID", "", "Policy: valid")
        if e.phi:
            e.t("   Coverage: ").p(_fmt_date(rng, d - _dt.timedelta(days=rng.randint(2, 20)), "eu_num", "en"), "DATE")
            e.t(" - ").p(_fmt_date(rng, d + _dt.timedelta(days=rng.randint(5, 60)), "eu_num", "en"), "DATE")
        e.t("\nLocal address in Japan: ")
        e.p(hotel, "FACILITY", "hotel (on file)")
        e.w(", Room ", str(rng.randint(2, 30) * 100 + rng.randint(1, 40)), "FACILITY", "", "")
        e.t("\nMobile (roaming): ")
        e.p(mobile, "PHONE_NUMBER", "on file")
        e.t("\nHome address: ")
        if e.phi:
            e.p(site.addr, "ADDRESS").t(" ").p(site.postal, "POSTAL_CODE").t(f", {site.country}")
            _kn(kn, "addresses", site.addr)
        else:
            e.t(f"{site.country}")
        e.t("\n\nAdmission date: ")
        e.p(_fmt_dt(rng, x.dtime(d - _dt.timedelta(days=rng.randint(0, 2))), "en"), "DATE", "today")
        e.t("   Ward: ")
        e.p(rng.choice(_WARDS_EN), "FACILITY", "general ward")
        e.t("\nAttending physician: ")
        e.w("Dr. ", x.staff().latin(rng.choice(["I_F", "GF", "CAPS_FG"])), "PERSON", " (", "the attending physician (")
        e.p(dept_en, "DEPARTMENT").t(")\n")
        e.t(
            f"Diagnosis: {dx} (ICD-10 {icd})\nTreatment plan: {plan}\nEstimated "
            f"cost: JPY {cost} (excluding private room charge)\n"
        )
        e.t(
            "Pre-existing condition: "
            + rng.choice(["none declared", "hypertension (on amlodipine)", "asthma", "unknown"])
            + "\n\n"
        )
        e.t("Please send the GOP to ")
        e.p(hosp.intl_email, "EMAIL_ADDRESS", "our international office")
        e.t(" or fax ")
        e.p(hosp.tel_intl[:-1] + str((int(hosp.tel_intl[-1]) + 1) % 10), "PHONE_NUMBER", "our fax")
        e.t(".\n")
        e.t("Coordinator: ")
        e.p(coord.latin(rng.choice(["GF", "G_CAPS"])), "PERSON", "international patient coordinator")
        e.t(", International Patient Support, ")
        e.p(hosp.en, "FACILITY").t("\n")
        e.w("Tel ", hosp.tel_intl, "PHONE_NUMBER", "", "")
        e.w(" (ext. ", str(rng.randint(2000, 2999)), "PHONE_NUMBER", ")", "")
        e.t("\n")
    elif tpl == 1:
        e.lang = "ja"
        e.t(
            rng.choice(
                [
                    "外国人患者受付票（国際診療支援室）\n",
                    "【外国人患者 受付・確認シート】\n",
                    "International Patient Registration / 外国人患者受付票\n",
                ]
            )
        )
        e.t("受付日：")
        e.p(_fmt_date(rng, d, rng.choice(["slash", "wareki", "ja_wd"])), "DATE")
        e.w("　受付者：", coord.kanji(), "PERSON", "\n", "\n")
        e.t("氏名（パスポート表記）：")
        e.p(pt.latin("passport"), "PERSON")
        e.t("\n氏名（カナ）：")
        e.p(pt.kata(), "PERSON")
        e.t("\n生年月日：")
        e.p(_fmt_date(rng, pt.dob, rng.choice(["slash", "iso", "eu_num", "ja"])), "DATE", "記載あり")
        e.w("（", f"{age}歳", "AGE", "）", "")
        e.t(
            f"　性別：{'男' if pt.sex == 'M' else '女'}\n"
            f"国籍：{pt.nat}　希望言語：{_LANG_OF.get(pt.nat, ('日本語', ''))[0]}\n"
        )
        e.w("旅券番号：", pp, "ID", "", "旅券：確認済")
        resident = rng.random() < 0.35
        if resident and e.phi:
            zc = x.zairyu()
            e.t("　在留カード番号：").p(zc, "ID")
            kn["ids"].append(zc)
            if rng.random() < 0.5:
                e.t("\nマイナンバー：").p(_fill(rng, rng.choice(["############", "#### #### ####"])), "MY_NUMBER")
                e.t("（カード提示あり）")
        else:
            e.t("　在留カード：なし（短期滞在）")
        e.t("\n日本での滞在先：")
        if resident:
            a, pc = x.jp_addr()
            e.w("〒", pc, "POSTAL_CODE", " ", "")
            e.p(a, "ADDRESS", "自宅")
            if e.phi:
                _kn(kn, "addresses", a)
        else:
            e.p(hotel, "FACILITY", "ホテル")
            e.w("（電話 ", x.jp_phone("land"), "PHONE_NUMBER", "）", "")
        e.t("\n本国住所：")
        if e.phi:
            e.p(site.addr, "ADDRESS").t(" ").p(site.postal, "POSTAL_CODE")
        e.t(f" {site.country}\n")
        rel = _relative(rng, pt, None, same_family=rng.random() < 0.6)
        e.t("緊急連絡先：")
        e.w("", rel.latin("natural"), "PERSON", "", "家族")
        e.t(f"（{rng.choice(['配偶者', '母', '父', '兄弟', '友人'])}）")
        e.p(site.mobile(rng), "PHONE_NUMBER", "")
        e.t("\n本人連絡先：")
        if resident:
            kn["phones"].remove(mobile)
            mobile = x.jp_phone("mobile")
            kn["phones"].append(mobile)
        e.p(mobile, "PHONE_NUMBER", "あり")
        if e.phi and rng.random() < 0.6:
            dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "naver.com", "qq.com"])
            em = f"{pt.giv_r.split()[0].lower()}.{pt.fam_r.lower().replace(' ', '')}{rng.randint(1, 99)}@{dom}"
            em = em.replace("ã", "a").replace("'", "")
            e.t(" / ").p(em, "EMAIL_ADDRESS")
            kn["emails"].append(em)
        if resident:
            kn["ids"].remove(pol)
            e.t("\n保険：国民健康保険")
            if e.phi:
                ins, kigo, ban = x.hoken()
                e.t("（保険者番号 ").p(ins, "INSURANCE_NUMBER").t("・記号 ").p(kigo, "INSURANCE_NUMBER")
                e.t("・番号 ").p(ban, "INSURANCE_NUMBER").t("）")
            e.t(f"\n支払方法：{rng.choice(['3割負担', '限度額適用認定証あり', '分割払い相談中'])}\n")
        else:
            e.t(f"\n保険：海外旅行保険 {insurer}")
            e.w("　証券番号 ", pol, "ID", "", "")
            e.w("　ケース番号 ", case_no, "ID", "", "")
            e.t(
                "\n支払方法："
                + rng.choice(["キャッシュレス（GOP待ち）", "クレジットカード立替", "現金（デポジット10万円預り）"])
                + "\n"
            )
        e.t("受診科：")
        e.p(dept_ja, "DEPARTMENT")
        e.t(f"　主訴・診断：{sum_ja}\n")
        e.t(
            "備考："
            + rng.choice(
                [
                    "宗教上の理由で輸血拒否の意思表示あり（同意書取得済）。",
                    "ハラール食希望。",
                    "女性医師の診察を希望。",
                    "特になし。",
                ]
            )
            + "\n"
        )
    else:
        e.lang = "en"
        e.t("International Patient Coordination Log")
        e.w(" - Case ", case_no, "ID", "", "")
        e.t("\nPatient: ")
        e.p(pt.latin(rng.choice(["passport", "natural", "CAPS_F_G"])), "PERSON")
        e.w(" / Policy ", pol, "ID", "", "")
        e.t(f" / {insurer}\n\n")
        t = _dt.datetime(d.year, d.month, d.day, rng.randint(6, 11), rng.randint(0, 59))
        e.p(_fmt_dt(rng, t, "ja"), "DATE", "Day 1").t(" Call from ")
        e.p(hotel, "FACILITY", "the hotel")
        e.t(" front desk")
        e.w(" (", x.jp_phone("land"), "PHONE_NUMBER", ")", "")
        e.t(": guest unwell in room, ambulance called.\n")
        t += _dt.timedelta(minutes=rng.randint(30, 70))
        e.p(_fmt_dt(rng, t, "ja"), "DATE", "Day 1").t(" ER arrival.")
        e.w(" Passport ", pp, "ID", " copied.", " Passport copied.")
        e.t(" Interpreter (")
        e.t(_LANG_OF.get(pt.nat, ("", "English"))[1])
        e.t(") via video.\n")
        t += _dt.timedelta(hours=rng.randint(1, 3))
        e.p(_fmt_dt(rng, t, "ja"), "DATE", "Day 1").t(f" Dx: {dx}. Plan: {plan}. Medical report e-mailed to ")
        e.p(ins_mail, "EMAIL_ADDRESS", "the assistance company")
        e.t(", GOP requested.\n")
        t += _dt.timedelta(hours=rng.randint(12, 26))
        e.p(_fmt_dt(rng, t, "ja"), "DATE", "Day 2").t(" GOP received")
        e.w(" (", _fill(rng, "GOP-######"), "ID", ")", "")
        e.t(f" up to JPY {cost}.\n")
        rw = (
            rng.choice(["spouse", "son", "daughter", "brother", "sister"])
            if age >= 30
            else rng.choice(["mother", "father"])
        )
        rsex = {"son": "M", "brother": "M", "father": "M", "daughter": "F", "sister": "F", "mother": "F"}.get(rw)
        if rw == "spouse":
            rsex = "F" if pt.sex == "M" else "M"
            rw = "wife" if rsex == "F" else "husband"
        rel = _relative(
            rng, pt, rsex, same_family=rw not in ("wife", "husband") or pt.nat in ("フィリピン", "ブラジル")
        )
        t += _dt.timedelta(days=rng.randint(1, 3))
        e.p(_fmt_date(rng, t.date(), rng.choice(["slash", "md", "iso"])), "DATE", "Day 3")
        e.t(" Family (")
        e.p(rel.latin("natural"), "PERSON", "relative")
        e.t(f", {rw}) arrived from {site.country}; mobile ")
        e.p(site.mobile(rng), "PHONE_NUMBER", "on file")
        e.t(".\n")
        t += _dt.timedelta(days=rng.randint(2, 6))
        e.p(_fmt_date(rng, t.date(), rng.choice(["slash", "md", "en_md"]), "en"), "DATE", "Day 5")
        e.t(" Fit-to-fly assessed by ")
        e.w("Dr. ", x.staff().sur(), "PERSON", "", "the attending physician")
        e.t(
            ". Medical escort "
            + rng.choice(["not required", "required (nurse escort arranged by insurer)", "under discussion"])
            + "."
        )
        e.t(" Discharge summary (English) handed over; copy sent to ")
        e.w("Dr. ", site.doc_name, "PERSON", ", ", "the family doctor at ")
        e.p(site.name, "FACILITY", "home")
        e.t(".\nCoordinator: ")
        e.p(coord.latin("I_F"), "PERSON", "IPS staff")
        e.w(" / ", coord.kanji(), "PERSON", "", "")
        e.t("\n")


# ---------------------------------------------------------------------------
# Style 6: English e-mails between doctors
# ---------------------------------------------------------------------------

_EMAIL_BODIES: list[tuple[str, str, str]] = [
    (
        "stable after PCI",
        "{He} has been haemodynamically stable since the PCI, with no recurrent "
        "chest pain. Echo today showed EF 50% with anterior hypokinesis. "
        "We will continue DAPT (aspirin + prasugrel) and started a statin and a beta-blocker.",
        "Could you let us know whether your cath lab can accept {him} for the staged PCI to the RCA?",
    ),
    (
        "post-op course",
        "The post-operative course after laparoscopic appendectomy has been "
        "uneventful. {He} is tolerating a regular diet and the wound is clean. "
        "Pathology showed phlegmonous appendicitis without malignancy.",
        "Wound check and removal of the staples around POD 10 would be appreciated.",
    ),
    (
        "stroke rehabilitation",
        "After IV alteplase the NIHSS improved from 9 to 3. MRI showed a small infarct in the left corona radiata. "
        "{He} can walk with a cane; mild right hand weakness and dysarthria remain.",
        "Please advise whether an inpatient rehabilitation bed can be arranged after repatriation.",
    ),
    (
        "TB treatment",
        "Sputum smear converted to negative after 6 weeks of HRZE. The isolate is pan-susceptible (MGIT). "
        "Liver enzymes are within normal limits.",
        "We would like to confirm the DOT arrangement and the local TB programme contact before {his} return.",
    ),
    (
        "pregnancy follow-up",
        "{He} is now 31 weeks; tocolysis was stopped 3 days ago and the "
        "cervical length is stable at 24 mm. Betamethasone was completed.",
        "The airline requires a fit-to-fly letter; could your team take over antenatal care on arrival?",
    ),
]


_CONSULTS: list[tuple[str, str]] = [
    (
        "CAP",
        "CXR shows RLL consolidation, CRP 18.2, on CTRX day 3 but still febrile. "
        "{He} has a new pleural effusion; could you advise on tapping it?",
    ),
    (
        "UTI/urosepsis",
        "Blood culture grew ESBL E. coli. Switched to meropenem. CT "
        "shows mild left hydronephrosis with a 6 mm ureteral stone.",
    ),
    (
        "DKA",
        "pH 7.18, AG 26 on arrival, now closed. HbA1c 13.5%. {He} "
        "is anxious about insulin because of work at the factory.",
    ),
    (
        "cellulitis of the left leg",
        "Erythema is spreading despite CEZ; CK 2,300. I am worried about necrotising fasciitis (LRINEC 7).",
    ),
    (
        "AKI on CKD",
        "Cr up from 1.4 to 3.2 after contrast CT. Urine output 0.3 mL/kg/h, K 5.9. Should we consider dialysis?",
    ),
]


def _pro(s: str, sex: str) -> str:
    m = sex == "M"
    return (
        s.replace("{He}", "He" if m else "She")
        .replace("{he}", "he" if m else "she")
        .replace("{him}", "him" if m else "her")
        .replace("{his}", "his" if m else "her")
    )


def _s_email(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    e.lang = "en"
    topic, body, ask = rng.choice(_EMAIL_BODIES)
    preg = "pregnan" in topic
    pt = x.patient(lo=22 if preg else 30, hi=39 if preg else 85, sex="F" if preg else None)
    kn["p"] = pt
    site = _Site.home(rng, pt.nat) if not pt.jp else _Site(rng)
    hosp = _Hosp(rng)
    jd = x.staff()
    _dept_ja, dept_en = rng.choice(_JP_DEPTS)
    d = x.day()
    age = _age(pt.dob, d)
    mrn = x.mrn()
    kn["ids"].append(mrn)
    sent = _dt.datetime(d.year, d.month, d.day, rng.randint(7, 23), rng.randint(0, 59), rng.randint(0, 59))
    jd_mail = rng.choice(
        [
            f"{jd.giv_r[0].lower()}-{jd.fam_r.lower()}@{hosp.domain}",
            f"{jd.fam_r.lower()}.{jd.giv_r.lower().replace(chr(39), '')}@{hosp.domain}",
            f"{jd.fam_r.lower()}{rng.randint(1, 99)}@{hosp.domain}",
        ]
    )
    sur = pt.sur(caps=False)
    tpl = rng.randint(0, 2)

    def sig_jp() -> None:
        e.t("\n--\n")
        e.w(
            "",
            jd.latin(rng.choice(["G_CAPS", "GF"])),
            "PERSON",
            rng.choice([", MD, PhD", " MD", ", M.D."]),
            "Attending physician",
        )
        e.t("\n")
        e.p(dept_en, "DEPARTMENT").t("\n")
        e.p(hosp.en, "FACILITY").t("\n")
        if e.phi:
            if rng.random() < 0.6:
                e.p(hosp.addr_en, "ADDRESS").t(rng.choice([", ", " "])).p(hosp.postal, "POSTAL_CODE")
                e.t(rng.choice([" JAPAN", ", Japan"]) + "\n")
            e.t("Tel: ").p(hosp.tel_intl, "PHONE_NUMBER")
            if rng.random() < 0.5:
                e.t(" (ext. ").p(str(rng.randint(2000, 7999)), "PHONE_NUMBER").t(")")
            if rng.random() < 0.5:
                e.t(" | Fax: ").p(hosp.tel_intl[:-1] + str((int(hosp.tel_intl[-1]) + 3) % 10), "PHONE_NUMBER")
            if rng.random() < 0.6:
                e.t("\n").p(hosp.url, "URL")
        e.t("\n")

    if tpl in (0, 1):
        e.w("From: ", jd.latin("GF"), "PERSON", "", "From: Attending physician")
        e.w(" <", jd_mail, "EMAIL_ADDRESS", ">", "")
        e.t("\nTo: ")
        if e.phi:
            e.t('"').p(f"{site.doc_family}, {site.doc_given}", "PERSON").t('" <').p(site.doc_email, "EMAIL_ADDRESS").t(
                ">"
            )
        else:
            e.t("Receiving physician")
        e.t("\n")
        e.w("Cc: ", hosp.intl_email, "EMAIL_ADDRESS", "\n", "")
        e.w("Date: ", _email_date(sent), "DATE", "\n", "")
        e.t("Subject: RE: ")
        e.t(rng.choice(["Transfer of ", "Repatriation - ", "Re: patient "]))
        e.w(f"{pt.mr()} ", sur, "PERSON", "", "our patient")
        e.w(" (", mrn, "ID", ")", "")
        e.t(f" - {topic}\n\n")
        if rng.random() < 0.5:
            e.w("Dear ", site.doc_given.split()[0], "PERSON", ",\n\n", "Dear colleague,\n\n")
        else:
            e.w("Dear Dr. ", site.doc_family, "PERSON", ",\n\n", "Dear colleague,\n\n")
        e.t("Thank you for your " + rng.choice(["quick reply", "e-mail", "message yesterday"]) + ". ")
        e.t("Here is an update on ")
        e.w(f"{pt.mr()} ", pt.latin(rng.choice(["GF", "natural", "G_CAPS"])), "PERSON", "", "the patient")
        if e.phi:
            e.t(" (").p(str(age), "AGE").t(f"{pt.sex}, DOB ").p(
                _fmt_date(rng, pt.dob, rng.choice(["us_num", "eu_num", "us_short"]), "en"), "DATE"
            ).t(")")
        e.t(".\n\n")
        e.t(_typo(rng, _pro(body, pt.sex)) + "\n\n")
        e.t("We are planning discharge")
        e.w(
            " on ",
            _fmt_date(rng, d + _dt.timedelta(days=rng.randint(2, 9)), rng.choice(["en_wd", "us_long", "eu_ord"]), "en"),
            "DATE",
            "",
            " soon",
        )
        e.t(" and the family has booked a flight")
        e.w(" for ", _fmt_date(rng, d + _dt.timedelta(days=rng.randint(10, 14)), "en_md", "en"), "DATE", "", "")
        e.t(". " + _pro(ask, pt.sex) + "\n\n")
        e.t("The discharge summary and CD-ROM will be sent by courier; ")
        e.t("please contact our international office")
        e.w(" (", hosp.intl_email, "EMAIL_ADDRESS", ")", "")
        e.t(" for the billing documents.\n\nBest regards,\n")
        e.w("", jd.giv_r, "PERSON", "\n", "")
        sig_jp()
        if tpl == 0:
            q = _dt.datetime(sent.year, sent.month, sent.day, rng.randint(0, 23), rng.randint(0, 59)) - _dt.timedelta(
                days=rng.randint(1, 3)
            )
            e.t("\n")
            if e.phi:
                e.t("On ").p(
                    f"{_WD_EN[q.weekday()]}, {_MON[q.month - 1]} {q.day}, {q.year} at "
                    f"{q.hour % 12 or 12}:{q.minute:02d} {'AM' if q.hour < 12 else 'PM'}",
                    "DATE",
                )
                e.t(" ").p(site.doc_name, "PERSON").t(" <").p(site.doc_email, "EMAIL_ADDRESS").t("> wrote:\n")
            else:
                e.t("Earlier, the receiving physician wrote:\n")
            e.t("> ").w("Dear Dr. ", jd.sur(), "PERSON", ",\n", "Dear colleague,\n")
            e.t("> Thank you for looking after ")
            e.p(pt.latin("natural"), "PERSON", "our patient")
            e.t(". We have received the\n> preliminary report. ")
            e.t("Could you share the latest labs and imaging?\n")
            e.t("> Kind regards,\n> ")
            e.w("", site.doc_name, "PERSON", ", MD\n> ", "")
            e.p(site.name, "FACILITY", "the receiving hospital")
            e.w("\n> ", site.phone, "PHONE_NUMBER", "", "")
            e.t("\n")
    else:
        fellow = _Person(rng, foreign=True)
        cons = x.staff()
        bed = f"{rng.choice(['7W', '5E', '6N', '4S'])}-{rng.randint(1, 40)}"
        fmail = f"{fellow.giv_r.split()[0].lower()}.{fellow.fam_r.lower().replace(' ', '')}@{hosp.domain}"
        fmail = fmail.replace("'", "").replace("ã", "a")
        e.w("From: ", fellow.latin("natural"), "PERSON", "", "From: Clinical fellow")
        e.w(" <", fmail, "EMAIL_ADDRESS", ">", "")
        e.w("\nTo: ", cons.latin("GF"), "PERSON", "", "\nTo: Consultant")
        e.w(" <", f"{cons.fam_r.lower()}-{cons.giv_r[0].lower()}@{hosp.domain}", "EMAIL_ADDRESS", ">", "")
        e.w("\nDate: ", _email_date(sent), "DATE", "", "")
        e.t("\nSubject: consult - bed ")
        e.p(bed, "FACILITY", "(ward)")
        e.w(" ", pt.sur(caps=True), "PERSON", "", "")
        e.t("\n\n")
        e.w("Hi ", cons.sur(caps=False), "PERSON", rng.choice(["-sensei,\n\n", " sensei,\n\n", ",\n\n"]), "Hi,\n\n")
        e.t("Sorry to bother you on ")
        e.t(rng.choice(["a Sunday", "your day off", "a busy day"]) + ". ")
        e.t("Could you see ")
        e.w("", pt.latin(rng.choice(["CAPS_FG", "GF"])), "PERSON", "", "the patient")
        e.w(" (ID ", _mix(rng, mrn), "ID", ")", "")
        e.w(", ", str(age), "AGE", f"{pt.sex}", "")
        e.t(", admitted")
        e.w(
            " on ",
            _fmt_date(rng, d - _dt.timedelta(days=rng.randint(1, 6)), rng.choice(["md", "en_md", "us_short"]), "en"),
            "DATE",
            "",
            "",
        )
        reason, cbody = rng.choice(_CONSULTS)
        e.t(f" for {reason}?\n")
        e.t(_typo(rng, _pro(cbody, pt.sex)) + "\n")
        e.t(
            rng.choice(
                [
                    "{He} speaks only {lang}; the phone interpreter is available 9-17.\n",
                    "Family says {he} had a similar episode in {country} last year.\n",
                    "The previous records from {site} arrived this morning (in English).\n",
                ]
            )
            .replace("{lang}", _LANG_OF.get(pt.nat, ("", "Japanese"))[1])
            .replace("{country}", site.country)
            .replace("{site}", site.name if e.phi else "the previous hospital")
            .replace("{He}", "He" if pt.sex == "M" else "She")
            .replace("{he}", "he" if pt.sex == "M" else "she")
        )
        e.t("Her daughter " if pt.sex == "F" else "His wife ")
        rel = _relative(rng, pt, "F", same_family=pt.jp or pt.nat in ("フィリピン", "ブラジル", "ネパール"))
        e.w("", rel.latin("natural"), "PERSON", "", "(family)")
        e.t(" will come at 17:00")
        e.w(" (mobile ", x.jp_phone("mobile"), "PHONE_NUMBER", ")", "")
        e.t(".\n\nThanks,\n")
        e.p(fellow.giv_r.split()[0], "PERSON", "Fellow")
        e.t("\n")
        e.p(dept_en, "DEPARTMENT")
        e.w(", PHS ", str(rng.randint(6000, 6999)), "PHONE_NUMBER", "", "")
        e.t("\n")


# ---------------------------------------------------------------------------
# Style 7: mixed Japanese / English SOAP and progress notes
# ---------------------------------------------------------------------------

# (problem, S, O, A, P)
_SOAP: list[tuple[str, str, str, str, str]] = [
    (
        "fever/cough",
        '3日前から fever 38℃台, cough(+), sputum(yellow). 本人曰く "no appetite".',
        "BT 38.2, BP 128/76, HR 96, SpO2 95%(RA). lung: coarse crackles Rt lower.",
        "CAP r/o. A-DROP 1点.",
        "CXR, CBC, CRP. AMPC/CVA 内服 x5d. 悪化時 ER 受診を説明 (via interpreter app).",
    ),
    (
        "HTN f/u",
        "家庭血圧 150/90台. headache(-), palpitation(-). 服薬 adherence good と.",
        "BP 156/94, HR 72 reg. edema(-). Cr 0.92, K 4.1.",
        "HTN, poorly controlled.",
        "Amlodipine 5mg→10mg へ増量. 減塩指導 (目標 6g/day). 母国料理 (fish sauce) の塩分についても説明.",
    ),
    (
        "DM",
        "HbA1c 上昇. 夜勤が多く食事 irregular. 低血糖 sx(-). polyuria(+).",
        "BW 78.2kg (+2.1), BP 134/82. foot: monofilament OK, pulses palpable.",
        "T2DM, HbA1c 8.6% (前回 7.4%).",
        "Metformin 1500mg 継続, add sitagliptin 50mg. 栄養指導予約. 眼科 referral.",
    ),
    (
        "abd pain",
        "昨夜から epigastric pain → RLQ へ migrate. N/V(+), anorexia(+).",
        "BT 37.8, McBurney tenderness(+), rebound(+). WBC 13,200, CRP 4.5.",
        "Acute appendicitis susp.",
        "CT abd/pelvis c+ → 外科 consult. NPO, IV fluids (ラクテック 80mL/h).",
    ),
    (
        "asthma",
        "2日前から wheezing, 夜間 cough で眠れず. 寒暖差が trigger と. ICS は自己中断.",
        "SpO2 93%(RA), RR 24, expiratory wheeze bilat. PEF 45% predicted.",
        "Asthma exacerbation, moderate.",
        "SABA neb x3, mPSL 40mg iv. 改善乏しければ admit. ICS/LABA 再開, adherence 指導.",
    ),
    (
        "gout",
        "右母趾 MTP の激痛, 昨夜から. beer 多飲. 初発.",
        "Rt 1st MTP swelling, redness, warmth(+). UA 9.2, Cr 1.01.",
        "Acute gouty arthritis.",
        "Colchicine 0.5mg, naproxen. 尿酸降下薬は発作消退 2w 後に start.",
    ),
    (
        "dengue susp.",
        "東南アジアから帰国 5日目. high fever, retro-orbital pain, myalgia. 出血傾向(-).",
        "BT 39.4, rash on trunk, tourniquet test(+). PLT 8.2万, WBC 2,300.",
        "Dengue fever r/o (NS1 Ag sent). Malaria smear neg.",
        "補液, acetaminophen only (NSAIDs 禁). 保健所 へ届出 if NS1(+). 明日 再診.",
    ),
]

_POSTOP: list[tuple[str, str, str, str]] = [
    (
        "lap-chole",
        "創部痛 NRS 3/10. 排ガス(+). 食事 5分粥 8割摂取.",
        "BT 36.9, wound clean/dry. drain(-). WBC 7,800.",
        "経過良好. 明日 discharge 予定.",
    ),
    (
        "TKA (Rt)",
        "膝の痛み NRS 4, 夜間は眠れた.",
        "ROM 0-85°, swelling mild, DVT sx(-). Hb 10.1.",
        "Rehab 継続, 杖歩行 practice. Edoxaban 継続.",
    ),
    (
        "lap-appe",
        "痛みは軽い. 食事 全粥 全量. 排便(+).",
        "BT 37.1, abd soft, wound OK. CRP 3.2↓.",
        "CMZ off. 明後日 discharge, 抜鉤は外来で.",
    ),
    (
        "ORIF distal radius",
        "しびれ(-). 痛み coldpack でコントロール.",
        "finger ROM good, cap refill <2s. X-p alignment OK.",
        "シーネ固定継続, OT 開始. fit-to-fly 書類の依頼あり.",
    ),
]


def _s_soap(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    e.lang = "ja"
    pt = x.patient(lo=18, hi=90)
    kn["p"] = pt
    d = x.day()
    dt = x.dtime(d)
    age = _age(pt.dob, d)
    mrn = x.mrn()
    kn["ids"].append(mrn)
    dept_ja, _dept_en = rng.choice(_JP_DEPTS)
    doc = x.staff()
    sx = pt.sex
    tpl = rng.randint(0, 3)
    if tpl == 0:
        prob, s_, o_, a_, p_ = rng.choice(_SOAP)
        dept_ja = {
            "fever/cough": "呼吸器内科",
            "HTN f/u": "循環器内科",
            "DM": "糖尿病内科",
            "abd pain": "総合診療科",
            "asthma": rng.choice(["呼吸器内科", "総合診療科"]),
            "gout": "総合診療科",
            "dengue susp.": "感染症内科",
        }.get(prob, dept_ja)
        e.p(_fmt_date(rng, d, rng.choice(["slash", "slash_nopad", "iso", "ja_wd", "wareki_abbr"])), "DATE")
        e.t(f" {dt.hour:02d}:{dt.minute:02d}  ")
        e.p(dept_ja, "DEPARTMENT")
        e.t(rng.choice(["外来  ", " 外来 ", " OPD "]))
        e.w(rng.choice(["Dr.", "Dr. ", "担当: "]), doc.sur_ja(), "PERSON", "", "")
        e.t("\nPt: ")
        e.p(pt.ja() if rng.random() < 0.6 else pt.latin(rng.choice(["CAPS_FG", "GF"])), "PERSON", "本人")
        e.w(" ", str(age), "AGE", f"{sx}" if rng.random() < 0.5 else f"yo {sx}", "")
        e.w("  ID ", _mix(rng, mrn), "ID", "", "")
        if not pt.jp:
            e.t(f"  ({_NAT_EN.get(pt.nat, '')}, {_LANG_OF.get(pt.nat, ('', 'English'))[1]} speaker)")
        e.t(f"\n#{prob}\n")
        e.t(f"S) {s_}\n")
        if rng.random() < 0.5:
            e.t("   ")
            e.t(rng.choice(["前医 ", "近医 "]))
            e.w("", rng.choice(_JP_CLINICS), "FACILITY", " で", "で")
            e.w(
                " ",
                _fmt_date(rng, d - _dt.timedelta(days=rng.randint(2, 20)), rng.choice(["md", "md_ja"])),
                "DATE",
                " に",
                "先日",
            )
            e.t(" " + rng.choice(["LVFX 処方されたが改善なし.", "採血のみ施行.", "「様子見」と言われた."]) + "\n")
        e.t(f"O) {o_}\n")
        e.t(f"A) {a_}\n")
        e.t(f"P) {p_}\n")
        e.t("   f/u")
        e.w(
            " ",
            _fmt_date(
                rng, d + _dt.timedelta(days=rng.randint(3, 28)), rng.choice(["md", "md", "md_ja", "en_md"]), "en"
            ),
            "DATE",
            "",
            " 次回",
        )
        e.t(rng.choice([" (w/ interpreter)", " 電話再診可", "", " 採血 before visit"]) + "\n")
        if rng.random() < 0.5:
            e.t("   連絡先確認: ")
            ph = x.jp_phone("mobile")
            e.p(ph, "PHONE_NUMBER", "済")
            _kn(kn, "phones", ph)
            e.t("\n")
    elif tpl == 1:
        kind, s_, o_, ap_ = rng.choice(_POSTOP)
        pod = rng.randint(1, 5)
        ward = rng.choice(_WARDS)
        e.t("#")
        e.p(_fmt_date(rng, d, rng.choice(["md", "slash", "md_ja"])), "DATE")
        e.t(f" POD{pod} ({kind})  ")
        e.p(ward, "FACILITY", "病棟")
        e.w(" ", f"{rng.randint(3, 8)}{rng.randint(0, 2)}{rng.randint(1, 9)}号室", "FACILITY", "", "")
        e.t("\n")
        e.p(pt.ja(), "PERSON")
        e.c(rng.choice(["さん", " 様", ""]), "")
        if rng.random() < 0.6:
            e.w(" (", f"{age}歳", "AGE", ")", "")
        else:
            e.w(" (", str(age), "AGE", "y)", "")
        e.t("\n")
        e.t(f"S: {s_}\nO: {o_}\n")
        e.t(
            f"   VS: BT {rng.choice(['36.8', '37.0', '37.4', '36.5'])} "
            f"/ BP {rng.randint(100, 150)}/{rng.randint(55, 90)}"
            f" / HR {rng.randint(58, 98)} / SpO2 {rng.randint(94, 99)}% "
            f"RA. I/O {rng.randint(14, 22)}00/{rng.randint(10, 20)}00.\n"
        )
        e.t(f"A/P: {ap_}\n")
        e.t(
            "   Meds: "
            + rng.choice(
                ["acetaminophen 500mg prn, rebamipide", "CEZ 1g q8h (day 2), famotidine", "edoxaban 30mg, celecoxib"]
            )
            + "\n"
        )
        e.t(
            "Ns申し送り: "
            + rng.choice(
                [
                    "夜間 離床時ふらつきあり, 転倒注意.",
                    "家族面会 15時予定, IC 希望あり.",
                    "Halal meal 継続.",
                    "疼痛時 acetaminophen 1000mg 使用 1回.",
                ]
            )
        )
        e.t("\n")
        e.t("IC予定: ")
        rw = rng.choice(["長男 ", "配偶者", "娘 ", "Family: "])
        rsex = {"長男 ": "M", "娘 ": "F"}.get(rw)
        if rw == "配偶者":
            rsex = "F" if pt.sex == "M" else "M"
            rw = "妻 " if rsex == "F" else "夫 "
        rel = _relative(rng, pt, rsex, same_family=pt.jp or pt.nat not in ("中国", "台湾", "韓国", "ベトナム"))
        e.t(rw)
        e.p(rel.ja(), "PERSON", "家族")
        e.w(" ", _fmt_dt(rng, x.dtime(d + _dt.timedelta(days=1)), "ja"), "DATE", "", "")
        e.t("\n")
        e.w("(", doc.kanji(), "PERSON", ")", "")
        e.t("\n")
    elif tpl == 2:
        prob, s_, o_, a_, p_ = rng.choice([c for c in _SOAP if c[0] not in ("HTN f/u", "DM")])
        e.lang = "en"
        e.t("ER record  ")
        e.p(_fmt_dt(rng, dt, rng.choice(["ja", "en"])), "DATE", "today")
        e.t("\n")
        e.t(rng.choice(["Walk-in", "Ambulance", "Ambulance (hotel staff called 119)", "Brought by coworker"]) + "\n")
        e.t("Pt: ")
        e.p(pt.latin(rng.choice(["passport", "GF", "CAPS_FG", "natural"])), "PERSON")
        e.w(", ", str(age), "AGE", f"yo {sx}", "")
        if not pt.jp:
            e.t(f", {_NAT_EN.get(pt.nat, '')} " + rng.choice(["tourist", "resident", "student", "worker (技能実習)"]))
        e.w("   MRN ", mrn, "ID", "", "")
        e.t(f"\nCC: {prob}\nHPI: {s_}\n")
        e.t(f"PE/Labs: {o_}\n")
        e.t(f"Imp: {a_}\nPlan: {p_}\n")
        e.t("Dispo: ")
        if rng.random() < 0.5:
            e.t("admit to ")
            e.p(rng.choice(_WARDS + _WARDS_EN), "FACILITY", "ward")
            e.t(" under ")
            e.w("Dr. ", doc.latin(rng.choice(["I_F", "FG"])), "PERSON", "", "the on-call team")
        else:
            e.t("home. Return precautions given in English.")
        e.t("\nContact: ")
        if rng.random() < 0.5:
            e.p(rng.choice(_HOTELS), "FACILITY", "on file")
            e.w(" room ", str(rng.randint(2, 20) * 100 + rng.randint(1, 30)), "FACILITY", "", "")
        else:
            ph = x.jp_phone("mobile")
            e.p(ph, "PHONE_NUMBER", "on file")
            _kn(kn, "phones", ph)
        e.t("\nER doc: ")
        e.p(x.staff().latin(rng.choice(["I_F", "CAPS_FG"])), "PERSON", "on-duty")
        e.t(" / Ns ")
        e.p(x.staff_ja(), "PERSON", "on-duty")
        e.t("\n")
    else:
        prob, s_, o_, a_, p_ = rng.choice(_SOAP)
        dept_ja = {
            "fever/cough": "呼吸器内科",
            "HTN f/u": "循環器内科",
            "DM": "糖尿病・内分泌内科",
            "abd pain": "消化器外科",
            "asthma": "呼吸器内科",
            "gout": "膠原病・リウマチ内科",
            "dengue susp.": "感染症内科",
        }.get(prob, dept_ja)
        fr_ja = rng.choice([dj for dj, _ in _JP_DEPTS if dj != dept_ja])
        e.p(fr_ja, "DEPARTMENT")
        e.w(" ", x.staff_ja(), "PERSON", rng.choice(["先生 御侍史", "先生", " Dr"]), " 主治医先生")
        e.t("\n")
        e.t("いつもお世話になっております。")
        e.p(pt.ja(), "PERSON")
        e.c("さん", "")
        e.w("（", mrn, "ID", "）", "")
        e.t(" の件、consult ありがとうございます。\n")
        e.t(f"#{prob}\n経過: {s_} {o_}\n")
        e.t(
            f"Imp: {a_}\nRec:\n 1) {p_}\n 2) "
            + rng.choice(["f/u labs in 1w.", "症状増悪時は再 consult ください.", "当科外来で継続 follow します."])
            + "\n"
        )
        e.t("本人・家族へは")
        e.t(
            rng.choice(
                ["英語で", "電話通訳 (" + _LANG_OF.get(pt.nat, ("日本語", ""))[0] + ") を介して", "やさしい日本語で"]
            )
        )
        e.t("説明済み.\n")
        e.p(dept_ja, "DEPARTMENT")
        e.w(" ", doc.kanji(), "PERSON", "", " 担当医")
        e.w(" (PHS ", str(rng.randint(6000, 6999)), "PHONE_NUMBER", ")", "")
        e.t("\n")
        e.p(_fmt_dt(rng, dt, "ja"), "DATE")
        e.t("\n")


# ---------------------------------------------------------------------------
# Style 8: English / bilingual certificates, fit-to-fly letters, discharge summaries
# ---------------------------------------------------------------------------

# (diagnosis en, diagnosis ja, course, discharge meds, travel note)
_CERT_CASES: list[tuple[str, str, str, str, str]] = [
    (
        "Acute appendicitis, status post laparoscopic appendectomy",
        "急性虫垂炎（腹腔鏡下虫垂切除術後）",
        "Laparoscopic appendectomy was performed on Day 1. The post-operative "
        "course was uneventful and oral intake resumed on Day 2.",
        "Acetaminophen 500 mg prn",
        "fit to fly 7 days after surgery; heavy lifting should be avoided for 2 weeks",
    ),
    (
        "Closed fracture of the right distal radius, status post ORIF",
        "右橈骨遠位端骨折（観血的整復固定術後）",
        "ORIF with a volar locking plate was performed. Neurovascular "
        "status is intact; a removable splint was applied.",
        "Celecoxib 100 mg bid, Rebamipide 100 mg tid",
        "fit to fly with the arm elevated; aisle seat recommended",
    ),
    (
        "Community-acquired pneumonia (right lower lobe)",
        "市中肺炎（右下葉）",
        "Treated with IV ceftriaxone for 5 days, then oral amoxicillin. "
        "Fever resolved on Day 3; SpO2 97% on room air at discharge.",
        "Amoxicillin 500 mg tid for 3 more days",
        "fit to fly; supplemental oxygen is not required",
    ),
    (
        "Acute ischaemic stroke (left corona radiata)",
        "脳梗塞（左放線冠）",
        "IV alteplase was given 2 hours after onset. NIHSS improved from 9 to 2. Rehabilitation started on Day 2.",
        "Clopidogrel 75 mg qd, Atorvastatin 10 mg qd",
        "fit to fly with wheelchair assistance and a travelling companion",
    ),
    (
        "Acute gastroenteritis with dehydration",
        "急性胃腸炎・脱水症",
        "Treated with IV fluids; stool culture negative. Symptoms resolved within 48 hours.",
        "Oral rehydration solution, Probiotics",
        "fit to fly without restriction",
    ),
    (
        "Anaphylaxis due to suspected shellfish allergy",
        "食物アナフィラキシー（甲殻類疑い）",
        "Treated with IM adrenaline 0.5 mg and IV fluids; no biphasic reaction during 24 h observation.",
        "Adrenaline auto-injector 0.3 mg (carry at all times), Fexofenadine 60 mg bid",
        "fit to fly; the auto-injector may be carried in hand luggage",
    ),
]


def _s_certificate(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    e.lang = "en"
    dx_en, dx_ja, course, meds, travel = rng.choice(_CERT_CASES)
    pt = x.patient(foreign=rng.random() < 0.7, lo=16, hi=88)
    kn["p"] = pt
    hosp = _Hosp(rng)
    site = _Site.home(rng, pt.nat) if not pt.jp else _Site(rng)
    d_adm = x.day()
    los = rng.randint(1, 14)
    d_dis = d_adm + _dt.timedelta(days=los)
    d_iss = d_dis + _dt.timedelta(days=rng.randint(0, 3))
    age = _age(pt.dob, d_adm)
    mrn = x.mrn()
    kn["ids"].append(mrn)
    doc = x.staff()
    _dept_ja, dept_en = _dept_for(rng, dx_en)
    pp = x.passport(pt.nat)
    he = "He" if pt.sex == "M" else "She"
    tpl = rng.randint(0, 2)
    if tpl == 0:
        e.t(
            rng.choice(
                [
                    "MEDICAL CERTIFICATE\n（診断書）\n\n",
                    "MEDICAL CERTIFICATE / 診断書\n\n",
                    "Certificate of Medical Treatment\n\n",
                ]
            )
        )
        e.w("Name: ", pt.latin(rng.choice(["passport", "CAPS_F_G", "G_CAPS"])), "PERSON", "", "Name: (as registered)")
        e.w("（", pt.kanji(), "PERSON", "）", "")
        e.t("\nDate of Birth: ")
        if e.phi:
            e.p(_fmt_date(rng, pt.dob, rng.choice(["us_long", "eu_long", "eu_ord", "dmy_abbr"]), "en"), "DATE")
            if rng.random() < 0.6:
                e.t(" / ").p(_fmt_date(rng, pt.dob, rng.choice(["wareki", "ja", "wareki_kanji"])), "DATE")
            e.t("  (Age ").p(str(age), "AGE").t(")")
        else:
            e.t("as registered")
        e.t(f"\nSex: {'Male' if pt.sex == 'M' else 'Female'}    Nationality: {_NAT_EN.get(pt.nat, 'Japanese')}\n")
        e.w("Passport No.: ", pp, "ID", "\n", "")
        e.t("Address: ")
        if pt.jp or rng.random() < 0.5:
            a, pc = x.jp_addr(romaji=True)
            e.p(a, "ADDRESS", "as registered")
            e.w(", ", pc, "POSTAL_CODE", ", Japan", "")
        else:
            a = site.addr
            e.p(a, "ADDRESS", "as registered")
            e.w(" ", site.postal, "POSTAL_CODE", f", {site.country}", "")
        if e.phi:
            _kn(kn, "addresses", a)
        e.t(f"\n\nDiagnosis: {dx_en}\n傷病名：{dx_ja}\n\n")
        e.t("This is to certify that the above-named patient was admitted to ")
        e.p(hosp.en, "FACILITY")
        e.w(" on ", _fmt_date(rng, d_adm, rng.choice(["us_long", "eu_ord", "eu_long"]), "en"), "DATE", "", "")
        e.w(" (", _fmt_date(rng, d_adm, rng.choice(["wareki", "ja"])), "DATE", ")", "")
        e.t(" and discharged")
        e.w(" on ", _fmt_date(rng, d_dis, rng.choice(["us_long", "eu_ord", "eu_long"]), "en"), "DATE", "", "")
        e.t(f". {course}\n")
        e.t(
            f"{he} will require outpatient follow-up for approximately "
            f"{rng.choice(['2 weeks', '1 month', '3 months'])} and "
        )
        e.t(
            rng.choice(
                ["is unable to work during this period.", "may return to light duties.", "should refrain from sports."]
            )
            + "\n\n"
        )
        e.w("Date of issue: ", _fmt_date(rng, d_iss, rng.choice(["us_short", "eu_long"]), "en"), "DATE", "\n", "")
        e.p(hosp.en, "FACILITY").t(" / ").p(hosp.ja, "FACILITY").t("\n")
        if e.phi:
            e.p(hosp.addr_en, "ADDRESS").t(", Japan  Tel ").p(hosp.tel_intl, "PHONE_NUMBER").t("\n")
            if rng.random() < 0.4:
                e.p(hosp.url, "URL").t("\n")
        e.t("Physician: ")
        e.w("", doc.latin(rng.choice(["GF", "G_CAPS"])), "PERSON", ", MD", "attending physician")
        e.w(" (", doc.kanji(), "PERSON", ")", "")
        e.t("  ")
        e.p(dept_en, "DEPARTMENT")
        e.w("\nMedical License No. ", _fill(rng, "######"), "ID", "", "")
        e.t("\n(signature)\n")
    elif tpl == 1:
        e.t(rng.choice(["FIT TO FLY CERTIFICATE\n", "MEDICAL CLEARANCE FOR AIR TRAVEL\n", "Fit-to-Fly Letter\n"]))
        e.w("", _fmt_date(rng, d_iss, rng.choice(["eu_long", "us_long", "eu_ord"]), "en"), "DATE", "\n\n", "\n")
        e.t(rng.choice(["To whom it may concern,\n", "To: Airline Medical Desk\n", "Dear Sir/Madam,\n"]))
        e.t("\nRe: ")
        e.w(f"{pt.mr()} ", pt.latin("passport"), "PERSON", "", "the patient")
        if e.phi:
            e.t(", born ").p(
                _fmt_date(rng, pt.dob, rng.choice(["eu_ord", "eu_long", "us_long", "eu_num"]), "en"), "DATE"
            )
            e.t(", passport ").p(pp, "ID")
        e.t("\n\n")
        e.t("I examined the above patient")
        e.w(" on ", _fmt_date(rng, d_dis, rng.choice(["eu_ord", "us_short", "eu_long"]), "en"), "DATE", "", " today")
        e.t(f". {he} was treated at our hospital for {dx_en[0].lower() + dx_en[1:]}. {course}\n\n")
        e.t(f"In my opinion {he.lower()} is {travel}.")
        e.t(" The planned flight from " + rng.choice(["Narita", "Haneda", "Kansai", "Chubu", "Fukuoka", "Naha"]))
        e.t(f" to {site.country}")
        e.w(
            " on ",
            _fmt_date(
                rng, d_dis + _dt.timedelta(days=rng.randint(2, 10)), rng.choice(["en_md", "us_long", "eu_ord"]), "en"
            ),
            "DATE",
            "",
            "",
        )
        e.t(" is acceptable from a medical point of view.\n")
        e.t(f"Current medication: {meds}.\n\n")
        e.t("For further information please contact the undersigned")
        e.w(" at ", hosp.tel_intl, "PHONE_NUMBER", "", "")
        e.w(" or ", hosp.intl_email, "EMAIL_ADDRESS", "", "")
        e.t(".\n\nYours faithfully,\n\n")
        e.w("", doc.latin("GF", macron=rng.random() < 0.5), "PERSON", ", MD\n", "Attending physician\n")
        e.p(dept_en, "DEPARTMENT").t(", ")
        e.p(hosp.en, "FACILITY").t("\n")
    else:
        e.t(rng.choice(["DISCHARGE SUMMARY\n", "DISCHARGE SUMMARY（退院時サマリー・英文）\n", "Discharge Summary\n"]))
        e.t("Patient: ")
        e.p(pt.latin(rng.choice(["CAPS_F_G", "CAPS_FG", "natural"])), "PERSON", "(see header)")
        e.w("   Hospital ID: ", mrn, "ID", "", "")
        if e.phi:
            e.t("   DOB: ").p(_fmt_date(rng, pt.dob, rng.choice(["us_num", "eu_num", "iso", "dmy_abbr"]), "en"), "DATE")
            e.t(" (").p(str(age), "AGE").t(")")
        e.t("\nAdmission: ")
        e.p(_fmt_date(rng, d_adm, rng.choice(["us_short", "eu_long", "dmy_abbr"]), "en"), "DATE", "Day 1")
        e.w(" / ", _fmt_date(rng, d_adm, rng.choice(["slash", "wareki", "ja"])), "DATE", "", "")
        e.t("    Discharge: ")
        e.p(_fmt_date(rng, d_dis, rng.choice(["us_short", "eu_long", "dmy_abbr"]), "en"), "DATE", f"Day {los + 1}")
        e.t(f" (LOS {los} days)\n")
        e.t("Attending: ")
        e.w("Dr. ", doc.latin(rng.choice(["I_F", "CAPS_FG", "GF"])), "PERSON", "", "attending physician")
        e.t(" (")
        e.p(dept_en, "DEPARTMENT")
        e.t(")   Ward: ")
        e.p(rng.choice(_WARDS_EN + _WARDS), "FACILITY", "general ward")
        e.t(f"\n\nPrincipal diagnosis: {dx_en}\n")
        e.t(
            "Secondary: "
            + rng.choice(["Hypertension", "Type 2 diabetes mellitus", "None", "Iron deficiency anaemia"])
            + "\n\n"
        )
        e.t(f"Hospital course:\n{course}\n")
        mid = d_adm + _dt.timedelta(days=max(1, los // 2))
        e.t("Follow-up imaging")
        e.w(" on ", _fmt_date(rng, mid, rng.choice(["md", "en_md", "eu_ord"]), "en"), "DATE", "", " during the stay")
        e.t(" showed " + rng.choice(["no complications.", "improvement.", "expected post-operative changes."]) + "\n\n")
        e.t(f"Discharge medications: {meds}\n")
        e.t(f"Condition at discharge: {rng.choice(['good', 'stable', 'improved'])}; {travel}.\n\n")
        e.t("Follow-up: ")
        if pt.jp and rng.random() < 0.5:
            e.t("our outpatient clinic")
            e.w(
                " on ",
                _fmt_date(rng, d_dis + _dt.timedelta(days=rng.randint(7, 21)), rng.choice(["md", "slash", "ja_wd"])),
                "DATE",
                "",
                "",
            )
        else:
            e.w("Dr. ", site.doc_name, "PERSON", ", ", "the family physician at ")
            e.p(site.name, "FACILITY", "home")
            e.w(" (", site.phone, "PHONE_NUMBER", ")", "")
            e.t(", within 1-2 weeks of return")
        e.t(".\nA copy of this summary was given to the patient")
        rel = _relative(rng, pt, None)
        e.w(" and ", rel.latin("natural"), "PERSON", f" ({rng.choice(['family', 'relative', 'next of kin'])})", "")
        e.t(".\n\n")
        e.w("Signed: ", doc.latin("G_CAPS"), "PERSON", ", MD", "Signed: attending physician")
        e.w("  ", _fmt_dt(rng, x.dtime(d_dis), "en"), "DATE", "", "")
        e.t("\n")


# ---------------------------------------------------------------------------
# Style 9: bilingual patient-facing slips and phone-message log
# ---------------------------------------------------------------------------

_PREP: list[str] = [
    "検査前6時間は食事をしないでください。Do not eat for 6 hours before the examination.",
    "当日は保険証・お薬手帳・在留カードをお持ちください。Please bring your health "
    "insurance card, medication notebook and residence card.",
    "予約時間の15分前に受付へお越しください。Please arrive 15 minutes before your appointment.",
    "採血があります。Blood test will be done before the consultation.",
    "造影剤を使用します。腎臓の薬を飲んでいる方はお知らせください。Contrast medium will be used.",
]

_WARN: list[str] = [
    "38℃以上の発熱 / fever over 38°C",
    "傷口が赤く腫れる、膿が出る / redness, swelling or pus from the wound",
    "強い腹痛・嘔吐 / severe abdominal pain or vomiting",
    "息苦しさ・胸の痛み / shortness of breath or chest pain",
    "手足のしびれ・話しにくい / numbness or difficulty speaking",
    "黒い便 / black stools",
]


def _s_slip(e: _E, x: _Ctx, kn: dict[str, Any]) -> None:
    rng = x.rng
    e.lang = "ja"
    pt = x.patient(lo=18, hi=85)
    kn["p"] = pt
    hosp = _Hosp(rng)
    d = x.day()
    age = _age(pt.dob, d)
    mrn = x.mrn()
    kn["ids"].append(mrn)
    dept_ja, dept_en = rng.choice(_JP_DEPTS)
    doc = x.staff()
    tpl = rng.randint(0, 2)
    if tpl == 0:
        e.t(
            rng.choice(
                [
                    "予約票 / APPOINTMENT CARD\n",
                    "【診察予約票】Appointment Slip\n",
                    "次回予約のお知らせ / Your next appointment\n",
                ]
            )
        )
        e.p(hosp.ja, "FACILITY").t("  ")
        e.p(hosp.en, "FACILITY").t("\n")
        e.t("-" * rng.randint(20, 36) + "\n")
        e.t("お名前 Name: ")
        e.p(pt.ja() if rng.random() < 0.5 else pt.latin("passport"), "PERSON", "ご本人")
        e.c(" 様", "")
        e.t("\n診察券番号 Patient No.: ")
        e.p(_mix(rng, mrn, 0.3), "ID", "診察券をご確認ください")
        appt = x.appt(d + _dt.timedelta(days=rng.randint(5, 40)))
        e.t("\n予約日時 Date/Time: ")
        if e.phi:
            e.p(_fmt_date(rng, appt.date(), "ja_wd"), "DATE").t(f" {appt.hour}:{appt.minute // 15 * 15:02d}")
            e.t("  (").p(_fmt_date(rng, appt.date(), rng.choice(["en_wd", "us_short", "eu_long"]), "en"), "DATE").t(")")
        else:
            e.t("別途ご案内します / to be confirmed")
        e.t("\n診療科 Department: ")
        e.p(dept_ja, "DEPARTMENT").t(" / ")
        e.p(dept_en, "DEPARTMENT")
        e.t("\n担当医 Doctor: ")
        e.p(doc.kanji(), "PERSON", "担当医")
        e.w(" / Dr. ", doc.sur(caps=False), "PERSON", "", "")
        e.t("\n\n")
        for ln in _pick(rng, _PREP, 2, 3):
            e.t("※" + ln + "\n")
        e.t("\n予約の変更・キャンセル To change or cancel: ")
        e.p(hosp.tel_local, "PHONE_NUMBER", "予約センター")
        e.t("（平日 9:00-17:00）\n")
        e.t("通訳が必要な方は事前にお知らせください。If you need an interpreter, please e-mail ")
        e.p(hosp.intl_email, "EMAIL_ADDRESS", "the international office")
        e.t(".\n")
        if rng.random() < 0.5:
            e.p(hosp.url, "URL", "")
            e.t("\n")
    elif tpl == 1:
        ward = rng.choice(_WARDS)
        e.t(rng.choice(["退院指導書 / Discharge Instructions\n", "退院後の生活について（Discharge Information）\n"]))
        e.p(pt.ja(), "PERSON", "患者")
        e.c(" 様", "様")
        e.w("（", f"{age}歳", "AGE", "）", "")
        e.w("  ID ", mrn, "ID", "", "")
        e.t("\n退院日 Discharge date: ")
        dd = d
        e.p(_fmt_date(rng, dd, rng.choice(["slash", "ja", "wareki"])), "DATE", "本日")
        e.w(" / ", _fmt_date(rng, dd, rng.choice(["us_short", "eu_long", "eu_num"]), "en"), "DATE", "", "")
        e.t("\n次回外来 Next appointment: ")
        nx = x.appt(dd + _dt.timedelta(days=rng.randint(7, 21)))
        e.p(_fmt_dt(rng, nx, "ja"), "DATE", "後日連絡 / we will call you")
        e.t("  ")
        e.p(dept_ja, "DEPARTMENT")
        e.w(" ", doc.sur_ja(), "PERSON", "医師", "")
        e.t("\n\n【お薬 Medicines】\n")
        e.t(
            rng.choice(
                [
                    "・セフカペン 100mg 1日3回 5日分 (antibiotic, 3 times a "
                    "day for 5 days)\n・アセトアミノフェン 500mg 痛い時 (for pain)\n",
                    "・クロピドグレル 75mg 1日1回 朝 (once daily, "
                    "morning)\n・アトルバスタチン 10mg 1日1回 (once daily)\n",
                    "・メトホルミン 500mg 1日2回 朝夕 (twice daily)\n・シタグリプチン 50mg 1日1回 朝\n",
                ]
            )
        )
        e.t("\n【こんな時はすぐに連絡してください Call us immediately if】\n")
        for w in _pick(rng, _WARN, 3, 4):
            e.t("・" + w + "\n")
        e.t("\n連絡先 Contact (24h): ")
        e.p(ward, "FACILITY", "病棟")
        e.t(" ")
        e.p(hosp.tel_local, "PHONE_NUMBER", "")
        e.w(" / from overseas ", hosp.tel_intl, "PHONE_NUMBER", "", "")
        e.t("\n処方薬局 Pharmacy: ")
        e.p(rng.choice(_JP_PHARMACIES), "FACILITY", "院外薬局")
        e.t("\n説明者: ")
        e.p(x.staff_ja(), "PERSON", "担当看護師")
        e.t(rng.choice(["（看護師）", " Ns", "（薬剤師）"]))
        e.t("  本人サイン: ")
        e.p(pt.latin(rng.choice(["GF", "natural"])), "PERSON", "（署名）")
        e.t("\n")
    else:
        site = _Site.home(rng, pt.nat) if not pt.jp else _Site(rng)
        rel = _relative(rng, pt, None, same_family=rng.random() < 0.7)
        t = x.dtime(d)
        e.t(rng.choice(["伝言メモ / Phone message\n", "【電話連絡票】\n", "TEL伝言\n"]))
        e.p(_fmt_dt(rng, t, "ja"), "DATE", "本日")
        e.w("  受：", x.staff_ja(), "PERSON", "", "")
        e.t("\nFrom: ")
        e.p(rel.latin("natural") if rng.random() < 0.6 else rel.kata(), "PERSON", "家族")
        e.t("（患者 ")
        e.p(pt.ja(), "PERSON", "本人")
        e.c(f" 様の{rng.choice(['家族', '息子', '娘', '兄弟', '友人'])}）", "の家族）")
        if e.phi:
            e.t(f" in {site.country}\n")
        else:
            e.t("\n")
        e.t("TEL: ")
        ph = site.mobile(rng)
        e.p(ph, "PHONE_NUMBER", "本人記載の番号")
        e.t(rng.choice(["  折返し希望", "  Call back please", "  (WhatsApp 可)"]))
        e.t(f"（時差 {rng.choice(['-1h', '-2h', '-13h', '-17h', '+1h', '-9h'])}、現地の夜は避けて）\n")
        lang_en = _LANG_OF.get(pt.nat, ("", "Japanese"))[1]
        e.t(
            "Lang: "
            + lang_en
            + ("" if lang_en == "English" else rng.choice([" / English少し", " (英語可)", ""]))
            + "\n"
        )
        e.t("患者情報: ")
        e.p(_fmt_date(rng, d - _dt.timedelta(days=rng.randint(1, 9)), rng.choice(["md", "md_ja"])), "DATE", "先日")
        e.t("入院、")
        e.p(dept_ja, "DEPARTMENT")
        e.t(
            rng.choice(
                ["（病名は電話では伝えていない）\n", "、本人は意識清明で会話可\n", "、現在 ICU ではなく一般病棟\n"]
            )
        )
        e.t("内容: ")
        e.t(
            rng.choice(
                [
                    "入院中の病状を知りたい。本人の同意確認が必要と伝えた。",
                    "退院日と費用を教えてほしい。保険会社の書類（英文診断書）を送ってほしい。",
                    "本人の携帯がつながらない、無事か確認したい。",
                    "母国の主治医に検査結果を送ってほしい。",
                ]
            )
        )
        if e.phi and rng.random() < 0.6:
            dom = rng.choice(["gmail.com", "hotmail.com", "yahoo.com.vn", "163.com"])
            em = f"{rel.giv_r.split()[0].lower()}{rng.randint(70, 99)}@{dom}".replace("ã", "a").replace("í", "i")
            e.t(" 送付先メール: ").p(em, "EMAIL_ADDRESS")
        e.t("\n→ ")
        e.p(rng.choice(_WARDS), "FACILITY", "病棟")
        e.t(" ")
        e.p(doc.sur_ja(), "PERSON", "主治医")
        e.c(" 先生へ", "へ")
        e.t("。")
        e.t(rng.choice(["国際診療支援室にも共有済み。", "個人情報のため折返しは本人同意後。", "至急ではない。"]))
        e.w(" カルテ ", mrn, "ID", "", "")
        e.t("\n")


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

_STYLES = [
    _s_radiology,
    _s_referral,
    _s_interpreter,
    _s_resident,
    _s_coordinator,
    _s_email,
    _s_soap,
    _s_certificate,
    _s_slip,
]


def _known(kn: dict[str, Any]) -> dict[str, Any]:
    p: _Person = kn["p"]
    return {
        "names": [p.known()],
        "ids": list(kn["ids"]),
        "birth_date": p.dob.isoformat(),
        "addresses": list(kn["addresses"]),
        "phones": list(kn["phones"]),
        "emails": list(kn["emails"]),
    }


def generate_x(n_phi: int = 60, n_clean: int = 15, seed: int = 15230) -> list[dict]:
    """Family X: international / foreign-resident patients and English-language notes."""
    rng = random.Random(seed)
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    x = _Ctx(rng, fake)
    docs: list[dict] = []
    for i in range(n_phi):
        style = _STYLES[i % len(_STYLES)]
        d = Doc(id=f"x-phi-{i:03d}")
        kn: dict[str, Any] = {"p": None, "ids": [], "addresses": [], "phones": [], "emails": []}
        style(_E(d, True, rng), x, kn)
        if rng.random() < 0.3 and kn["p"] is not None:
            docs.append(d.out(_known(kn)))
        else:
            docs.append(d.out())
    for i in range(n_clean):
        style = _STYLES[(i * 4 + 1) % len(_STYLES)]
        d = Doc(id=f"x-clean-{i:03d}")
        kn = {"p": None, "ids": [], "addresses": [], "phones": [], "emails": []}
        style(_E(d, False, rng), x, kn)
        docs.append(d.out())
    return docs
