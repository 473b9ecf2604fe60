"""Held-out text corpus, family T: reports and documents as they arrive from OTHER hospitals and systems.

Written blind: the examiner did not read the scrubber's code, policies, docs or tests, nor the other
held-out corpora; only the ``Doc`` builder is imported. Nothing here was tuned against the scrubber.

Each PHI document picks one style, cycling through all ten:

1. radiology reports in other hospitals' house styles (常体 / 敬体, 所見・診断 or Findings/Impression,
   numbered findings, "前回（2022.3.4）比", reader and approver lines with 印);
2. RIS/EHR CSV exports with a header row, one patient per row, quoted multi-line fields with commas and
   ``""`` escapes;
3. PDF-to-text extractions: words and numbers broken across line breaks, running headers and footers with the
   hospital name, page "1/3", print date, patient name and ID repeated at the top of each page;
4. fax cover sheets and referral replies (送信元/送信先, FAX番号, 枚数, 御中, 担当者);
5. appointment and reminder letters to patients (予約日時, 持ち物, 受付場所, address, access directions);
6. text burned into images as an OCR engine returns it (short lines, romaji names, ID, date-times, kV/mAs,
   O/0 and l/1 confusions in some);
7. DICOM Structured Report text renderings (Observer Name, Person Observer's Role, Procedure Reported,
   containers, measurements with units);
8. consent forms and explanation records (説明者, 同席者, 同意者 with 続柄, 署名日);
9. multidisciplinary handover summaries mixing Japanese and English medical abbreviations;
10. second-opinion requests and replies between hospitals (紹介元/紹介先, attached image list with study dates
    and accession numbers).

Clean documents reuse the same shapes; every identifier is left blank, masked, or replaced by a role word or a
pseudonymous case label (症例A), and they carry no ages, no calendar dates, no spans and no ``known``.

Labelling choices: names are labelled without honorifics or titles (様, さん, 先生, 医師, Dr., MD); a
date together with its clock time is one DATE span, a clock time alone is not labelled; DICOM DA/DT values are
DATE, DICOM UIDs, accession, exam, specimen and record numbers are ID (with any letter prefix that is part of the
number, never the label); ages carry their unit (65歳, 065Y, 92 y/o); extension and PHS digits are PHONE_NUMBER;
postal codes exclude 〒; station and bus-stop names in access directions are ADDRESS; named wards and room
numbers are FACILITY; bare department names are DEPARTMENT; hospital web addresses are URL; an identifier broken
across a PDF line break is one span that contains the newline. OCR confusions are labelled as they appear.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker

from bench.text_corpus_heldout import Doc

# --------------------------------------------------------------------------------------------------------------
# Name pools (kanji, katakana reading, romaji)
# --------------------------------------------------------------------------------------------------------------

SURNAMES: list[tuple[str, str, str]] = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("林", "ハヤシ", "Hayashi"),
    ("森", "モリ", "Mori"),
    ("原", "ハラ", "Hara"),
    ("関", "セキ", "Seki"),
    ("東", "アズマ", "Azuma"),
    ("南", "ミナミ", "Minami"),
    ("谷", "タニ", "Tani"),
    ("星", "ホシ", "Hoshi"),
    ("脇", "ワキ", "Waki"),
    ("一", "ニノマエ", "Ninomae"),
    ("米", "ヨネ", "Yone"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("佐々木", "ササキ", "Sasaki"),
    ("東海林", "ショウジ", "Shoji"),
    ("御手洗", "ミタライ", "Mitarai"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("勅使河原", "テシガワラ", "Teshigawara"),
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("八月一日", "ホズミ", "Hozumi"),
    ("大豆生田", "オオマメウダ", "Omameuda"),
    ("肝付", "キモツキ", "Kimotsuki"),
    ("安心院", "アジミ", "Ajimi"),
    ("左右田", "ソウダ", "Soda"),
    ("百目鬼", "ドウメキ", "Domeki"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("川崎", "カワサキ", "Kawasaki"),
    ("石原", "イシハラ", "Ishihara"),
    ("野口", "ノグチ", "Noguchi"),
    ("春日", "カスガ", "Kasuga"),
    ("岡山", "オカヤマ", "Okayama"),
    ("福島", "フクシマ", "Fukushima"),
    ("長野", "ナガノ", "Nagano"),
    ("千葉", "チバ", "Chiba"),
    ("熊本", "クマモト", "Kumamoto"),
    ("上野", "ウエノ", "Ueno"),
    ("本田", "ホンダ", "Honda"),
    ("今井", "イマイ", "Imai"),
    ("金子", "カネコ", "Kaneko"),
    ("雨宮", "アメミヤ", "Amemiya"),
    ("白石", "シロイシ", "Shiraishi"),
    ("早川", "ハヤカワ", "Hayakawa"),
    ("海老原", "エビハラ", "Ebihara"),
    ("猪俣", "イノマタ", "Inomata"),
    ("神", "ジン", "Jin"),
    ("門", "カド", "Kado"),
    ("日本", "ヒモト", "Himoto"),
    ("服部", "ハットリ", "Hattori"),
]

GIVEN_M: list[tuple[str, str, str]] = [
    ("太郎", "タロウ", "Taro"),
    ("陽翔", "ハルト", "Haruto"),
    ("蓮", "レン", "Ren"),
    ("湊", "ミナト", "Minato"),
    ("大和", "ヤマト", "Yamato"),
    ("翼", "ツバサ", "Tsubasa"),
    ("光", "ヒカル", "Hikaru"),
    ("誠", "マコト", "Makoto"),
    ("勝", "マサル", "Masaru"),
    ("実", "ミノル", "Minoru"),
    ("清", "キヨシ", "Kiyoshi"),
    ("正", "タダシ", "Tadashi"),
    ("茂", "シゲル", "Shigeru"),
    ("進", "ススム", "Susumu"),
    ("明", "アキラ", "Akira"),
    ("勇", "イサム", "Isamu"),
    ("健", "ケン", "Ken"),
    ("司", "ツカサ", "Tsukasa"),
    ("望", "ノゾム", "Nozomu"),
    ("一郎", "イチロウ", "Ichiro"),
    ("源次郎", "ゲンジロウ", "Genjiro"),
    ("碧", "アオ", "Ao"),
    ("寅吉", "トラキチ", "Torakichi"),
    ("ジョージ", "ジョージ", "George"),
]

GIVEN_F: list[tuple[str, str, str]] = [
    ("花子", "ハナコ", "Hanako"),
    ("結菜", "ユイナ", "Yuina"),
    ("陽葵", "ヒマリ", "Himari"),
    ("凛", "リン", "Rin"),
    ("葵", "アオイ", "Aoi"),
    ("心愛", "ココア", "Kokoa"),
    ("希", "ノゾミ", "Nozomi"),
    ("恵", "メグミ", "Megumi"),
    ("愛", "アイ", "Ai"),
    ("和子", "カズコ", "Kazuko"),
    ("静香", "シズカ", "Shizuka"),
    ("千代", "チヨ", "Chiyo"),
    ("ハル", "ハル", "Haru"),
    ("ウメ", "ウメ", "Ume"),
    ("キヨ", "キヨ", "Kiyo"),
    ("トメ", "トメ", "Tome"),
    ("さくら", "サクラ", "Sakura"),
    ("ひなた", "ヒナタ", "Hinata"),
    ("あかり", "アカリ", "Akari"),
    ("みどり", "ミドリ", "Midori"),
    ("春", "ハル", "Haru"),
    ("夏", "ナツ", "Natsu"),
    ("幸", "サチ", "Sachi"),
    ("すず", "スズ", "Suzu"),
]

# family (kanji or katakana), given, family kana, given kana, family romaji, given romaji, sex, western order
FOREIGN: list[tuple[str, str, str, str, str, str, str, bool]] = [
    ("グエン", "ヴァン ナム", "グエン", "ヴァン ナム", "Nguyen", "Van Nam", "M", False),
    ("グエン", "ティ ラン", "グエン", "ティ ラン", "Nguyen", "Thi Lan", "F", False),
    ("チャン", "ティ フオン", "チャン", "ティ フオン", "Tran", "Thi Huong", "F", False),
    ("サントス", "マリア", "サントス", "マリア", "Santos", "Maria", "F", True),
    ("ペレイラ", "ルーカス", "ペレイラ", "ルーカス", "Pereira", "Lucas", "M", True),
    ("キム", "ミンジュン", "キム", "ミンジュン", "Kim", "Minjun", "M", False),
    ("金", "智英", "キム", "ジヨン", "Kim", "Jiyoung", "F", False),
    ("王", "偉", "ワン", "ウェイ", "Wang", "Wei", "M", False),
    ("李", "明", "リ", "ミン", "Li", "Ming", "F", False),
    ("シャルマ", "ラフル", "シャルマ", "ラフル", "Sharma", "Rahul", "M", True),
    ("スミス", "ジョン", "スミス", "ジョン", "Smith", "John", "M", True),
    ("ガルシア", "カルロス", "ガルシア", "カルロス", "Garcia", "Carlos", "M", True),
    ("ロドリゲス", "アナ", "ロドリゲス", "アナ", "Rodriguez", "Ana", "F", True),
    ("タパ", "ビカス", "タパ", "ビカス", "Thapa", "Bikash", "M", False),
    ("パク", "ソヨン", "パク", "ソヨン", "Park", "Soyeon", "F", False),
]

# --------------------------------------------------------------------------------------------------------------
# Facilities and places
# --------------------------------------------------------------------------------------------------------------

PLACES: list[tuple[str, str, str]] = [
    ("北多摩", "Kita-Tama", "kitatama"),
    ("湘南台", "Shonandai", "shonandai"),
    ("城東", "Joto", "joto"),
    ("みなと", "Minato", "minato"),
    ("富士見", "Fujimi", "fujimi"),
    ("桜ヶ丘", "Sakuragaoka", "sakuragaoka"),
    ("若葉", "Wakaba", "wakaba"),
    ("鶴見", "Tsurumi", "tsurumi"),
    ("緑が丘", "Midorigaoka", "midorigaoka"),
    ("西新井", "Nishiarai", "nishiarai"),
    ("泉", "Izumi", "izumi"),
    ("常盤", "Tokiwa", "tokiwa"),
    ("大森", "Omori", "omori"),
    ("東雲", "Shinonome", "shinonome"),
    ("白河", "Shirakawa", "shirakawa"),
    ("浜松南", "Hamamatsu-Minami", "hamamatsuminami"),
    ("南多摩", "Minami-Tama", "minamitama"),
    ("上州", "Joshu", "joshu"),
    ("千里", "Senri", "senri"),
    ("八幡", "Yawata", "yawata"),
]

HOSP_TYPES: list[tuple[str, str, str]] = [
    ("総合病院", "General Hospital", "gh"),
    ("中央病院", "Central Hospital", "ch"),
    ("医療センター", "Medical Center", "mc"),
    ("赤十字病院", "Red Cross Hospital", "rc"),
    ("市民病院", "City Hospital", "cityhp"),
    ("大学医学部附属病院", "University Hospital", "univ"),
    ("脳神経外科病院", "Neurosurgical Hospital", "nsh"),
    ("がんセンター", "Cancer Center", "cc"),
]

STATIONS: list[str] = [
    "国分寺駅",
    "藤沢駅",
    "錦糸町駅",
    "桜木町駅",
    "大宮駅",
    "千里中央駅",
    "高崎駅",
    "北千住駅",
    "浜松駅",
    "西新井駅",
]
BUS_STOPS: list[str] = ["桜ヶ丘二丁目", "西新井大師前", "常盤台三丁目", "若葉台団地", "東雲橋"]

DEPTS: list[str] = [
    "放射線科",
    "放射線診断科",
    "呼吸器内科",
    "循環器内科",
    "脳神経内科",
    "消化器外科",
    "整形外科",
    "乳腺外科",
    "泌尿器科",
    "腎臓内科",
    "総合診療科",
    "緩和ケア内科",
    "呼吸器外科",
    "消化器内科",
]

RELATIONS: list[str] = ["長男", "長女", "妻", "夫", "次女", "次男", "姪", "長男の妻"]

# --------------------------------------------------------------------------------------------------------------
# Clinical content that must survive
# --------------------------------------------------------------------------------------------------------------

EXAMS: list[tuple[str, str, str]] = [
    ("CT", "胸部 単純", "CT CHEST W/O"),
    ("CT", "胸腹部骨盤 造影", "CT CHEST-ABD-PELVIS W/ CONTRAST"),
    ("MRI", "頭部 単純（DWI/FLAIR/MRA）", "MR BRAIN W/O"),
    ("MRI", "腰椎 単純", "MR L-SPINE"),
    ("PET-CT", "全身 FDG", "PET-CT WHOLE BODY FDG"),
    ("US", "腹部", "US ABDOMEN"),
    ("MG", "両側 MLO/CC", "MAMMO BILATERAL"),
    ("CR", "胸部 正面・側面", "CHEST PA/LAT"),
    ("NM", "脳血流SPECT 123I-IMP", "SPECT BRAIN PERFUSION"),
    ("CT", "冠動脈CTA", "CT CORONARY ANGIO"),
]

FINDINGS: list[str] = [
    "右肺下葉S6に長径12mmの充実性結節を認める。辺縁にspiculationを伴う。",
    "縦隔リンパ節#7は短径11mmと腫大している。#4Rは8mm。",
    "左肺上葉S1+2にすりガラス影を認める。充実成分は5mm。",
    "両側胸水少量。心拡大なし（CTR 48%）。",
    "肝S8に径18mmの早期濃染結節を認め、平衡相でwashoutを示す。LI-RADS LR-5。",
    "胆嚢内に10mm大の結石を複数認める。壁肥厚はない。",
    "L4/5椎間板の後方膨隆により硬膜嚢は軽度圧排されている。L5/S1は保たれている。",
    "Th12椎体に楔状変形あり、陳旧性圧迫骨折と考える。",
    "左鎖骨上窩（Virchow）リンパ節の腫大は認めない。",
    "甲状腺はびまん性に腫大し内部エコー不均一、橋本病に矛盾しない。",
    "冠動脈瘤の既往（川崎病）あり、LAD #6に径6mmの瘤と石灰化を認める。",
    "DWIで左放線冠に高信号域あり、ADC低下を伴う。急性期ラクナ梗塞を疑う。",
    "脳室周囲白質にFLAIR高信号を認める（Fazekas grade 2）。",
    "MIBG心筋シンチでH/M比 早期1.8、後期1.5と低下しており、Parkinson病に矛盾しない。",
    "右肺門にSUVmax 8.4の異常集積を認める（前回SUVmax 5.1）。",
    "腹部大動脈に最大短径38mmの紡錘状瘤を認める。壁在血栓あり。",
    "右腎上極に12mmの単純性嚢胞（Bosniak I）。",
    "前立腺辺縁域左側にPI-RADS 4相当の病変を認める。",
    "左乳房C区域に12mm大の不整形腫瘤を認める。カテゴリー4。",
    "両側上葉優位に気腫性変化を認める（Goddard score 8/24）。",
    "Agatston score 412、LAD近位部に50%狭窄を疑う。",
    "膵頭部に径22mmの低吸収腫瘤を認め、主膵管は4mmに拡張している。SMAとの接触は180°未満。",
    "S状結腸に壁肥厚を認め、周囲脂肪織濃度上昇を伴う。憩室炎を疑う。",
    "Th10、L2椎体に造骨性変化を認める。骨転移を疑う。",
]

IMPRESSIONS: list[str] = [
    "右肺下葉肺癌疑い（cT1bN2M0, Stage IIIA）",
    "急性期脳梗塞（左放線冠）",
    "肝細胞癌疑い（LR-5）",
    "腰部脊柱管狭窄症（L4/5）",
    "慢性甲状腺炎（橋本病）として矛盾なし",
    "腹部大動脈瘤（38mm）、6か月後のf/u CTを推奨",
    "胆嚢結石症、急性胆嚢炎の所見なし",
    "膵頭部癌疑い、borderline resectable",
    "S状結腸憩室炎",
    "多発骨転移の疑い（Th10, L2）",
    "Parkinson病として矛盾しない",
]

HISTORY: list[str] = [
    "咳嗽2週間、CEA 12.4 ng/mL（基準 ≤5.0）",
    "右片麻痺、発症から3時間、NIHSS 6",
    "HCV陽性、AFP 245 ng/mL",
    "腰痛、間欠性跛行 100m",
    "TSH 6.8 μIU/mL、FT4 0.8 ng/dL",
    "心窩部痛、CA19-9 410 U/mL",
    "発熱 38.6℃、WBC 14,200/μL、CRP 15.2 mg/dL",
    "静止時振戦、小刻み歩行、約3年前から",
    "左乳房腫瘤自覚、約1か月",
]

DEVICE: list[str] = [
    "120kV, 250mA, 0.5s/rot, pitch 0.984, 5mm",
    "CTDIvol 12.3 mGy, DLP 456.7 mGy·cm",
    "Iopamidol 370 100mL, 3.0mL/s",
    "1.5T, T2WI/FLAIR/DWI (b=1000)",
    "18F-FDG 185 MBq, 60分後撮像",
    "99mTc-MDP 740 MBq, 3時間後撮像",
    "3T, 3D-TOF MRA",
    "80kV, 150mAs, 1.25mm recon",
]

LABS: list[tuple[str, str, str, str]] = [
    ("WBC", "8.2", "×10³/μL", "3.3–8.6"),
    ("Hb", "11.2", "g/dL", "13.7–16.8"),
    ("Plt", "21.4", "×10⁴/μL", "15.8–34.8"),
    ("CRP", "2.34", "mg/dL", "0.00–0.14"),
    ("Cr", "1.12", "mg/dL", "0.65–1.07"),
    ("eGFR", "48", "mL/min/1.73m²", "≥60"),
    ("AST", "45", "U/L", "13–30"),
    ("ALT", "52", "U/L", "10–42"),
    ("HbA1c", "7.2", "%", "4.9–6.0"),
    ("BNP", "245", "pg/mL", "≤18.4"),
    ("Na", "132", "mEq/L", "138–145"),
    ("K", "5.1", "mEq/L", "3.6–4.8"),
    ("CEA", "12.4", "ng/mL", "≤5.0"),
    ("PSA", "8.6", "ng/mL", "≤4.0"),
    ("TSH", "6.8", "μIU/mL", "0.5–5.0"),
    ("D-dimer", "3.2", "μg/mL", "<1.0"),
    ("PT-INR", "2.1", "", "0.9–1.1"),
    ("Alb", "3.1", "g/dL", "4.1–5.1"),
]

DRUGS: list[str] = [
    "アムロジピン 5mg 1日1回 朝食後",
    "メトホルミン 500mg 1日2回",
    "エドキサバン 30mg 1日1回",
    "ペムブロリズマブ 200mg q3w",
    "プレドニゾロン 10mg/日 漸減中",
    "オキシコドン 5mg 頓用（疼痛時）",
    "ワルファリン 2.5mg（PT-INR 2.1）",
    "アピキサバン 5mg bid",
    "セフトリアキソン 2g/day div",
    "レボドパ・カルビドパ 100mg tid",
    "レボチロキシン 50μg 1日1回",
    "アスピリン 100mg + クロピドグレル 75mg（DAPT）",
    "フロセミド 20mg iv",
    "インスリン グラルギン 12単位 眠前",
]

ICD: list[tuple[str, str]] = [
    ("C34.3", "右肺下葉癌"),
    ("I63.9", "脳梗塞"),
    ("E11.9", "2型糖尿病"),
    ("G20", "Parkinson病"),
    ("M48.06", "腰部脊柱管狭窄症"),
    ("J18.9", "肺炎"),
    ("N18.3", "慢性腎臓病 G3"),
    ("I21.4", "NSTEMI"),
    ("K80.2", "胆嚢結石症"),
    ("E06.3", "橋本病"),
    ("M30.3", "川崎病（既往）"),
    ("C22.0", "肝細胞癌"),
    ("C25.0", "膵頭部癌"),
    ("I71.4", "腹部大動脈瘤"),
]

SCORES: list[str] = [
    "NIHSS 4",
    "GCS E3V4M6",
    "JCS I-2",
    "mRS 3",
    "MMSE 22/30",
    "HDS-R 18/30",
    "Barthel Index 65",
    "Child-Pugh B（8点）",
    "ECOG PS 1",
    "CHA2DS2-VASc 4",
    "CURB-65 2",
    "Braden 14",
    "NYHA II",
    "KPS 70%",
    "qSOFA 1",
    "Clinical Frailty Scale 6",
]

TIMES: list[str] = ["10:22", "14:30", "午前9時", "23時頃", "17:45", "8時30分", "6時", "21:10"]
DURATIONS: list[str] = ["3か月前より", "術後5日目", "約2週間", "10年来", "入院7日目", "48時間", "発症3時間", "POD 3"]

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = [
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

# --------------------------------------------------------------------------------------------------------------
# Character helpers
# --------------------------------------------------------------------------------------------------------------

_FULL_KATA = (
    "ァアィイゥウェエォオカキクケコサシスセソタチッツテトナニヌネノハヒフヘホマミムメモャヤュユョヨラリルレロワヲンー・"
)
_HALF_KATA = "ｧｱｨｲｩｳｪｴｫｵｶｷｸｹｺｻｼｽｾｿﾀﾁｯﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜｦﾝｰ･"
_H = dict(zip(_FULL_KATA, _HALF_KATA, strict=True))
_KD = "〇一二三四五六七八九"


def fw(s: str) -> str:
    """ASCII to full-width."""
    out: list[str] = []
    for ch in s:
        o = ord(ch)
        if ch == " ":
            out.append("　")
        elif 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def hankaku(s: str) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        elif ch == "　":
            out.append(" ")
        else:
            out.append(_H.get(ch, ch))
    return "".join(out)


def hiragana(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def kanji_num(n: int) -> str:
    if n < 10:
        return _KD[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KD[t]) + "十" + ("" if o == 0 else _KD[o])


def kanji_digits(n: int) -> str:
    return "".join(_KD[int(c)] for c in str(n))


def ocr_noise(rng: random.Random, s: str, p: float = 0.35) -> str:
    swap = {"0": "O", "O": "0", "1": "l", "l": "1", "I": "1"}
    return "".join(swap[c] if c in swap and rng.random() < p else c for c in s)


def broken(rng: random.Random, s: str) -> str:
    """Break a string across a line, as a PDF extraction does (never next to a space)."""
    cands = [k for k in range(2, len(s) - 1) if s[k - 1] not in " 　" and s[k] not in " 　"]
    if not cands:
        return s
    k = rng.choice(cands)
    return s[:k] + "\n" + s[k:]


def wrap(rng: random.Random, s: str, width: int) -> str:
    """Hard-wrap plain text at a fixed width, ignoring word and number boundaries."""
    w = width + rng.randint(-3, 3)
    return "\n".join(s[i : i + w] for i in range(0, len(s), w))


def keitai(s: str) -> str:
    for a, b in [
        ("を認める。", "を認めます。"),
        ("と考える。", "と考えます。"),
        ("を疑う。", "を疑います。"),
        ("ている。", "ています。"),
        ("しない。", "しません。"),
        ("はない。", "はありません。"),
        ("認めない。", "認めません。"),
        ("を示す。", "を示します。"),
    ]:
        s = s.replace(a, b)
    return s


# --------------------------------------------------------------------------------------------------------------
# Identifier generators and renderers
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    family_romaji: str
    given_romaji: str
    sex: str
    foreign: bool = False
    western: bool = False

    def known(self) -> dict[str, str]:
        return {
            "family": self.family,
            "given": self.given,
            "family_kana": self.family_kana,
            "given_kana": self.given_kana,
            "family_romaji": self.family_romaji,
            "given_romaji": self.given_romaji,
        }


def make_person(rng: random.Random, fk: Faker, sex: str | None = None) -> Person:
    sx = sex or rng.choice("MF")
    r = rng.random()
    if r < 0.12:
        cands = [f for f in FOREIGN if f[6] == sx]
        f = rng.choice(cands)
        return Person(f[0], f[1], f[2], f[3], f[4], f[5], sx, True, f[7])
    fam = fk.last_name_pair() if rng.random() < 0.45 else rng.choice(SURNAMES)
    if rng.random() < 0.45:
        giv = fk.first_name_male_pair() if sx == "M" else fk.first_name_female_pair()
    else:
        giv = rng.choice(GIVEN_M if sx == "M" else GIVEN_F)
    return Person(fam[0], giv[0], fam[1], giv[1], fam[2], giv[2], sx)


ALL_FORMS = [
    "kj_sp",
    "kj_fw",
    "kj",
    "kana_sp",
    "kana",
    "hankaku",
    "hira",
    "ro_gf",
    "ro_FG",
    "ro_UP",
    "dicom",
    "ro_init",
    "ro_comma",
    "fam",
    "initials",
]
JA_FORMS = ["kj_sp", "kj_fw", "kj", "kj_sp", "kj_fw", "kana_sp", "hankaku", "hira"]
RO_FORMS = ["ro_gf", "ro_FG", "ro_UP", "dicom", "ro_init", "ro_comma"]


def render_name(rng: random.Random, p: Person, form: str) -> str:
    fam_k, giv_k = p.family_kana, p.given_kana
    fam_r, giv_r = p.family_romaji, p.given_romaji
    if form in ("kj_sp", "kj_fw", "kj"):
        if p.foreign and p.family == p.family_kana:
            sep = rng.choice(["・", " ", "　"])
            return f"{p.given}{sep}{p.family}" if p.western else f"{p.family}{sep}{p.given.replace(' ', sep)}"
        sep = {"kj_sp": " ", "kj_fw": "　", "kj": ""}[form]
        return f"{p.family}{sep}{p.given}"
    if form in ("kana_sp", "kana", "hankaku", "hira"):
        sep = "" if form == "kana" else rng.choice([" ", "　"])
        if p.foreign:
            sep = "・" if form != "hankaku" else " "
        if p.foreign:
            giv_k = giv_k.replace(" ", sep)
        s = f"{giv_k}{sep}{fam_k}" if p.western else f"{fam_k}{sep}{giv_k}"
        if form == "hankaku":
            return hankaku(s)
        if form == "hira":
            return hiragana(s)
        return s
    if form == "ro_gf":
        return f"{giv_r} {fam_r}"
    if form == "ro_FG":
        return f"{fam_r.upper()} {giv_r}"
    if form == "ro_UP":
        return f"{fam_r} {giv_r}".upper()
    if form == "dicom":
        s = f"{fam_r}^{giv_r}"
        return s.upper() if rng.random() < 0.7 else s
    if form == "ro_init":
        return f"{giv_r[0]}. {fam_r}" if rng.random() < 0.6 else f"{fam_r} {giv_r[0]}."
    if form == "ro_comma":
        return f"{fam_r}, {giv_r}"
    if form == "fam":
        if p.foreign:
            return fam_k if rng.random() < 0.5 else fam_r
        return p.family
    if form == "initials":
        return rng.choice([f"{giv_r[0]}.{fam_r[0]}.", f"{fam_r[0]}.{giv_r[0]}.", f"{fam_r[0]}{giv_r[0]}"])
    raise ValueError(form)


def nm(rng: random.Random, p: Person, forms: list[str]) -> str:
    return render_name(rng, p, rng.choice(forms))


def era_of(d: date) -> tuple[str, str, int]:
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


DATE_STYLES = [
    "slash0",
    "slash",
    "iso",
    "dot",
    "dot0",
    "kanji",
    "kanji_fw",
    "era",
    "era_r",
    "era_r0",
    "era_rs",
    "era_kn",
    "kn",
    "compact",
    "en_dmy",
    "en_mdy",
    "en_long",
    "md",
    "ym",
    "ym_kanji",
]
FULL_DATE = [s for s in DATE_STYLES if s not in ("md", "ym", "ym_kanji")]
DOB_STYLES = ["slash0", "slash", "iso", "kanji", "era", "era", "era_r", "era_rs", "era_kn", "compact", "en_dmy"]


def fmt_date(rng: random.Random, d: date, styles: list[str] | None = None) -> str:
    st = rng.choice(styles or DATE_STYLES)
    y, m, dd = d.year, d.month, d.day
    en, ab, ey = era_of(d)
    eys = "元" if ey == 1 else str(ey)
    out = {
        "slash0": f"{y}/{m:02d}/{dd:02d}",
        "slash": f"{y}/{m}/{dd}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot": f"{y}.{m}.{dd}",
        "dot0": f"{y}.{m:02d}.{dd:02d}",
        "kanji": f"{y}年{m}月{dd}日",
        "kanji_fw": fw(f"{y}") + "年" + fw(f"{m}") + "月" + fw(f"{dd}") + "日",
        "era": f"{en}{eys}年{m}月{dd}日",
        "era_r": f"{ab}{ey}.{m}.{dd}",
        "era_r0": f"{ab}{ey:02d}/{m:02d}/{dd:02d}",
        "era_rs": f"{ab}{ey}/{m}/{dd}",
        "era_kn": f"{en}{'元' if ey == 1 else kanji_num(ey)}年{kanji_num(m)}月{kanji_num(dd)}日",
        "kn": f"{kanji_digits(y)}年{kanji_num(m)}月{kanji_num(dd)}日",
        "compact": f"{y}{m:02d}{dd:02d}",
        "en_dmy": f"{dd:02d}-{MON[m - 1]}-{y}",
        "en_mdy": f"{MON[m - 1]} {dd}, {y}",
        "en_long": f"{dd} {MONTH[m - 1]} {y}",
        "md": f"{m}月{dd}日",
        "ym": f"{y}/{m}",
        "ym_kanji": f"{y}年{m}月",
    }
    return out[st]


DT_STYLES = ["slash", "slash_s", "iso_t", "kanji", "era_ampm", "compact", "dot", "md_time", "kanji_md"]


def fmt_dt(rng: random.Random, dt: datetime, styles: list[str] | None = None) -> str:
    st = rng.choice(styles or DT_STYLES)
    y, m, d, hh, mi, ss = dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second
    en, _ab, ey = era_of(dt.date())
    ampm = "午前" if hh < 12 else "午後"
    h12 = hh if hh < 12 else hh - 12
    mins = "" if mi == 0 else f"{mi}分"
    out = {
        "slash": f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}",
        "slash_s": f"{y}/{m:02d}/{d:02d} {hh:02d}:{mi:02d}:{ss:02d}",
        "iso_t": f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}",
        "kanji": f"{y}年{m}月{d}日 {hh}時{mi:02d}分",
        "era_ampm": f"{en}{'元' if ey == 1 else ey}年{m}月{d}日 {ampm}{h12}時{mins}",
        "compact": f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}{ss:02d}",
        "dot": f"{y}.{m:02d}.{d:02d} {hh:02d}:{mi:02d}",
        "md_time": f"{m}/{d} {hh}:{mi:02d}",
        "kanji_md": f"{m}月{d}日 {hh}:{mi:02d}",
    }
    return out[st]


AGE_STYLES = ["sai", "sai", "sai_alt", "man", "Y", "Y3", "yo", "yo2", "years", "fw", "kn", "yr_mo"]


def fmt_age(rng: random.Random, age: int, styles: list[str] | None = None) -> str:
    st = rng.choice(styles or AGE_STYLES)
    if st == "kn" and age >= 100:
        st = "sai"
    out = {
        "sai": f"{age}歳",
        "sai_alt": f"{age}才",
        "man": f"満{age}歳",
        "Y": f"{age}Y",
        "Y3": f"{age:03d}Y",
        "yo": f"{age} y/o",
        "yo2": f"{age}yo",
        "years": f"{age} years old",
        "fw": fw(str(age)) + "歳",
        "kn": (kanji_num(age) if age < 100 else str(age)) + "歳",
        "yr_mo": f"{age}歳{rng.randint(1, 11)}か月",
        "num": str(age),
    }
    return out[st]


def gen_pid(rng: random.Random) -> str:
    width = rng.choice([7, 8, 8, 8, 10])
    return str(rng.randint(1, 10 ** (width - 2))).zfill(width)


def render_pid(rng: random.Random, pid: str) -> str:
    r = rng.random()
    if r < 0.55:
        return pid
    if r < 0.7:
        return fw(pid)
    if r < 0.85:
        h = len(pid) // 2
        return f"{pid[:h]}-{pid[h:]}"
    return f"{pid[:4]} {pid[4:]}"


def gen_acc(rng: random.Random, d: date) -> str:
    n = rng.randint(1, 99999)
    return rng.choice(
        [
            f"{d:%Y%m%d}{n % 10000:04d}",
            f"RA-{d:%y}-{n:06d}",
            f"CT{d:%y}{n:05d}",
            f"ACC{rng.randint(10**7, 10**8 - 1)}",
            f"{rng.randint(10**9, 10**10 - 1)}",
            f"A{d:%y%m%d}-{n % 1000:04d}",
        ]
    )


def gen_phone(rng: random.Random, mobile: bool = False, toll_free: bool = False) -> str:
    if mobile:
        return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
    area = rng.choice(
        ["03", "06", "045", "042", "011", "052", "092", "0467", "0276", "048", "075"] + (["0120"] if toll_free else [])
    )
    if area == "0120":
        return f"0120-{rng.randint(100, 999)}-{rng.randint(100, 999)}"
    mid = 6 - len(area)
    return f"{area}-{rng.randint(10 ** (mid - 1), 10**mid - 1)}-{rng.randint(0, 9999):04d}"


def render_phone(rng: random.Random, s: str) -> str:
    parts = s.split("-")
    r = rng.random()
    if r < 0.45:
        return s
    if r < 0.58:
        return "".join(parts)
    if r < 0.68:
        return f"({parts[0]}){parts[1]}-{parts[2]}"
    if r < 0.76:
        return f"{parts[0]}（{parts[1]}）{parts[2]}"
    if r < 0.86:
        return fw(s).replace("－", rng.choice(["－", "ー", "－"]))
    if r < 0.93:
        return f"+81-{parts[0][1:]}-{parts[1]}-{parts[2]}"
    return " ".join(parts)


def gen_postal(rng: random.Random) -> str:
    return f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"


def render_postal(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < 0.7:
        return s
    if r < 0.85:
        return s.replace("-", "")
    return fw(s)


def gen_address(rng: random.Random, fk: Faker) -> str:
    r = rng.random()
    if r < 0.4:
        return str(fk.address())
    pref, city, town = fk.prefecture(), fk.city(), fk.town()
    c, b, g = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)
    if r < 0.6:
        return f"{pref}{city}{town}{c}-{b}-{g}"
    if r < 0.75:
        return f"{pref}{city}{town}{kanji_num(c)}丁目{b}番地{g}"
    if r < 0.88:
        return f"{city}{town}{c}丁目{b}-{g} {fk.building_name()}{rng.randint(101, 905)}号室"
    return f"{pref}{city}{town}{fw(str(c))}－{fw(str(b))}－{fw(str(g))}"


def partial_address(rng: random.Random, fk: Faker) -> str:
    return rng.choice(
        [f"{fk.city()}{fk.town()}", f"{fk.prefecture()}{fk.city()}", f"{fk.town()}{rng.randint(1, 6)}丁目"]
    )


def gen_my_number(rng: random.Random) -> str:
    body = [rng.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        total += body[11 - n] * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    return "".join(map(str, body)) + str(check)


def render_my_number(rng: random.Random, s: str) -> str:
    return rng.choice([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}", fw(s)])


def gen_insurer(rng: random.Random) -> str:
    return rng.choice(["06", "01", "31", "32", "39", "63", "67"]) + f"{rng.randint(0, 999999):06d}"


@dataclass
class Hosp:
    ja: str
    en: str
    domain: str
    postal: str
    addr: str
    tel: str
    fax: str


def gen_hosp(rng: random.Random, fk: Faker) -> Hosp:
    pj, pe, pr = rng.choice(PLACES)
    r = rng.random()
    if r < 0.6:
        tj, te, tc = rng.choice(HOSP_TYPES)
        ja, en = pj + tj, f"{pe} {te}"
        dom = f"{pr}-{tc}." + ("ac.jp" if tc == "univ" else rng.choice(["jp", "or.jp", "go.jp"]))
    elif r < 0.8:
        sj, _sk, sr = rng.choice(SURNAMES)
        ja, en, dom = f"{sj}記念病院", f"{sr} Memorial Hospital", f"{sr.lower()}-kinen.or.jp"
    else:
        kai = rng.choice(["健心", "仁愛", "明和", "清風", "博愛"])
        ja, en, dom = f"医療法人社団{kai}会 {pj}クリニック", f"{pe} Clinic", f"{pr}-cl.jp"
    addr = f"{fk.prefecture()}{fk.city()}{fk.town()}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    return Hosp(ja, en, dom, gen_postal(rng), addr, gen_phone(rng, toll_free=True), gen_phone(rng))


def gen_facility(rng: random.Random, fk: Faker, kind: str) -> str:
    pj = rng.choice(PLACES)[0]
    if kind == "pharmacy":
        return rng.choice([f"{pj}調剤薬局", f"あおば薬局 {pj}店", f"{pj}駅前薬局"])
    if kind == "care":
        return rng.choice(
            [
                f"特別養護老人ホーム {pj}の里",
                f"介護老人保健施設 {pj}苑",
                "グループホーム あじさい",
                f"{pj}訪問看護ステーション",
            ]
        )
    if kind == "school":
        return rng.choice([f"{pj}市立第三小学校", f"{pj}中学校", f"私立{pj}学園高等学校"])
    if kind == "employer":
        return str(fk.company())
    if kind == "ward":
        return rng.choice(
            [
                f"{rng.randint(3, 9)}階東病棟",
                f"西{rng.randint(2, 8)}病棟",
                f"本館{rng.randint(3, 8)}階南病棟",
                "緩和ケア病棟",
            ]
        )
    if kind == "room":
        return f"{rng.randint(2, 9)}{rng.randint(0, 2)}{rng.randint(1, 9)}号室"
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------------------------
# Writer: PHI spans in PHI documents, blanks / masks / role words in clean ones
# --------------------------------------------------------------------------------------------------------------

_MASK = {
    "PERSON": "＊＊＊＊",
    "ID": "********",
    "DATE": "****/**/**",
    "PHONE_NUMBER": "***-****-****",
    "POSTAL_CODE": "***-****",
    "ADDRESS": "＊＊＊＊＊＊",
    "FACILITY": "＊＊＊＊",
    "INSURANCE_NUMBER": "********",
    "MY_NUMBER": "************",
}


class W:
    def __init__(self, doc: Doc, phi: bool, rng: random.Random) -> None:
        self.doc = doc
        self.phi = phi
        self.mode = rng.choice(["blank", "mask", "generic"])

    def t(self, s: str) -> W:
        self.doc.t(s)
        return self

    def p(self, s: str, kind: str, alt: str | None = None) -> W:
        if self.phi:
            self.doc.p(s, kind)
        elif kind == "DEPARTMENT":
            self.doc.t(s)
        elif alt is not None:
            self.doc.t(alt)
        elif kind in ("AGE", "URL", "EMAIL_ADDRESS") or self.mode == "blank":
            self.doc.t("")
        elif self.mode == "mask":
            self.doc.t(_MASK.get(kind, "＊＊＊"))
        else:
            self.doc.t("（記載なし）")
        return self

    def o(self, pre: str, s: str, kind: str, post: str = "", alt: str = "") -> W:
        """Optional PHI: in a clean document the whole bracket collapses to ``alt``."""
        if self.phi:
            self.doc.t(pre)
            self.doc.p(s, kind)
            self.doc.t(post)
        else:
            self.doc.t(alt)
        return self


@dataclass
class Ctx:
    rng: random.Random
    fk: Faker
    pt: Person
    age: int
    dob: date
    pid: str
    exam: datetime
    prior: date
    hosp: Hosp
    hosp2: Hosp
    postal: str
    addr: str
    phone: str
    mobile: str
    email: str
    staff: list[Person]
    dept: str
    dept2: str


def age_at(dob: date, d: date) -> int:
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def make_ctx(rng: random.Random, fk: Faker) -> Ctx:
    exam_d = date(2019, 1, 1) + timedelta(days=rng.randrange(2190))
    exam = datetime(exam_d.year, exam_d.month, exam_d.day, rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59))
    target = rng.randint(90, 104) if rng.random() < 0.25 else rng.randint(18, 89)
    dob = exam_d - timedelta(days=int(target * 365.25) + rng.randint(0, 300))
    pt = make_person(rng, fk)
    email = f"{pt.given_romaji.lower().replace(' ', '')}.{pt.family_romaji.lower()}{rng.randint(1, 99)}@" + rng.choice(
        ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", str(fk.free_email_domain())]
    )
    return Ctx(
        rng=rng,
        fk=fk,
        pt=pt,
        age=age_at(dob, exam_d),
        dob=dob,
        pid=gen_pid(rng),
        exam=exam,
        prior=exam_d - timedelta(days=rng.randint(60, 900)),
        hosp=gen_hosp(rng, fk),
        hosp2=gen_hosp(rng, fk),
        postal=gen_postal(rng),
        addr=gen_address(rng, fk),
        phone=gen_phone(rng),
        mobile=gen_phone(rng, mobile=True),
        email=email,
        staff=[make_person(rng, fk) for _ in range(6)],
        dept=rng.choice(DEPTS),
        dept2=rng.choice(DEPTS),
    )


def known_of(c: Ctx) -> dict[str, Any]:
    k: dict[str, Any] = {
        "names": [c.pt.known()],
        "ids": [c.pid],
        "birth_date": c.dob.isoformat(),
        "addresses": [c.addr],
        "phones": [c.phone, c.mobile],
    }
    if c.rng.random() < 0.5:
        k["emails"] = [c.email]
    return k


def relative(rng: random.Random, age: int) -> tuple[str, int]:
    """A relation and a plausible age for the relative."""
    rel = rng.choice(["母", "父", "妻", "夫", "姉", "兄"] if age < 50 else RELATIONS)
    if rel in ("妻", "夫"):
        return rel, max(18, age + rng.randint(-6, 6))
    if rel in ("母", "父"):
        return rel, age + rng.randint(22, 35)
    if rel in ("姉", "兄"):
        return rel, age + rng.randint(1, 8)
    return rel, max(18, age - rng.randint(22, 40))


def kin_person(rng: random.Random, c: Ctx, rel: str) -> Person:
    kin = make_person(rng, c.fk, "M" if rel in ("長男", "夫", "次男", "父", "兄") else "F")
    if not kin.foreign and not c.pt.foreign and rel not in ("妻", "夫", "長男の妻", "姪", "次女", "長女"):
        kin.family, kin.family_kana, kin.family_romaji = c.pt.family, c.pt.family_kana, c.pt.family_romaji
    return kin


def kin_of(rng: random.Random, c: Ctx) -> tuple[Person, str]:
    rel, _age = relative(rng, c.age)
    return kin_person(rng, c, rel), rel


def sex_word(rng: random.Random, sx: str) -> str:
    return rng.choice({"M": ["男", "男性", "M"], "F": ["女", "女性", "F"]}[sx])


def lab_line(rng: random.Random, n: int) -> str:
    items = rng.sample(LABS, n)
    return "、".join(f"{a} {v} {u}（{r}）".replace(" （", "（") for a, v, u, r in items)


def later(rng: random.Random, d: date, lo: int, hi: int) -> date:
    return d + timedelta(days=rng.randint(lo, hi))


def at_time(rng: random.Random, d: date) -> datetime:
    return datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.choice([0, 15, 30, 45]), 0)


# --------------------------------------------------------------------------------------------------------------
# Style 1: radiology reports in other hospitals' house styles
# --------------------------------------------------------------------------------------------------------------


def st_radiology(w: W, c: Ctx) -> None:
    rng = c.rng
    mod, region, _en = rng.choice(EXAMS)
    reader, approver, referrer = c.staff[0], c.staff[1], c.staff[2]
    finds = rng.sample(FINDINGS, rng.randint(3, 5))
    imps = rng.sample(IMPRESSIONS, rng.randint(1, 3))
    prior_at = rng.randrange(len(finds))
    house = rng.randrange(3)
    if house == 0:
        w.t("【").p(c.hosp.ja, "FACILITY", "").t("】").p(rng.choice(["放射線科", "放射線診断科"]), "DEPARTMENT")
        w.t("　画像診断報告書\n")
        w.t("患者ID：").p(render_pid(rng, c.pid), "ID").t("　氏名：").p(nm(rng, c.pt, JA_FORMS), "PERSON")
        w.t("（").p(nm(rng, c.pt, ["kana_sp", "hankaku"]), "PERSON").t("）　")
        w.t(sex_word(rng, c.pt.sex)).t("　").p(fmt_age(rng, c.age, ["sai", "sai_alt", "man"]), "AGE").t("\n")
        w.t("検査日：").p(fmt_date(rng, c.exam.date(), FULL_DATE), "DATE").t(f"　検査：{mod} {region}\n")
        w.t("依頼科：").p(c.dept, "DEPARTMENT").t("　依頼医：").p(nm(rng, referrer, JA_FORMS), "PERSON").t(" 先生\n")
        w.t(f"臨床情報：{rng.choice(HISTORY)}\n撮影条件：{rng.choice(DEVICE)}\n\n所見：\n")
        for i, f in enumerate(finds, 1):
            if i - 1 == prior_at:
                w.t(f"{i}. ").o(
                    "前回（", fmt_date(rng, c.prior, ["dot", "dot0", "slash"]), "DATE", "）比、", "前回比、"
                )
                w.t(f"{f}\n")
            else:
                w.t(f"{i}. {f}\n")
        w.t("\n診断：\n")
        for i, s in enumerate(imps, 1):
            w.t(f"{i}) {s}\n")
        w.t("\n読影医：").p(nm(rng, reader, ["kj_sp", "kj", "kj_fw"]), "PERSON").t("　印\n")
        w.t("承認医：").p(nm(rng, approver, ["kj_sp", "kj", "fam"]), "PERSON").t("　印\n")
        w.t("報告日時：").p(fmt_dt(rng, c.exam + timedelta(hours=rng.randint(2, 30))), "DATE", "").t("\n")
    elif house == 1:
        w.p(c.hosp.en.upper(), "FACILITY", "").t(" — DEPARTMENT OF RADIOLOGY\n")
        w.t("RADIOLOGY REPORT\n")
        w.t("Patient: ").p(nm(rng, c.pt, ["dicom", "ro_UP", "ro_comma"]), "PERSON").t("   MRN: ").p(c.pid, "ID")
        w.t("   DOB: ").p(fmt_date(rng, c.dob, ["slash0", "en_dmy", "iso", "compact"]), "DATE")
        w.t("   Age/Sex: ").p(fmt_age(rng, c.age, ["Y", "Y3", "yo"]), "AGE").t(f" / {c.pt.sex}\n")
        w.t(f"Exam: {mod} {region}   Date: ").p(fmt_dt(rng, c.exam, ["slash", "iso_t", "dot"]), "DATE")
        w.t("\nAccession #: ").p(gen_acc(rng, c.exam.date()), "ID").t("\n")
        w.t("Referring: Dr. ").p(nm(rng, referrer, RO_FORMS), "PERSON").t(" (").p(c.dept, "DEPARTMENT").t(")\n")
        w.t(f"Technique: {rng.choice(DEVICE)}\n\nFindings:\n")
        for i, f in enumerate(finds, 1):
            if i - 1 == prior_at:
                w.o("前回 ", fmt_date(rng, c.prior, ["dot", "slash", "era_r"]), "DATE", " の検査と比較いたしました。")
            w.t(f"{keitai(f)}\n")
        w.t("\nImpression:\n")
        for s in imps:
            w.t(f" - {s}\n")
        w.t("\nReported by: ").p(nm(rng, reader, ["ro_gf", "ro_init", "kj_sp"]), "PERSON").t(", MD\n")
        w.t("Approved by: ").p(nm(rng, approver, ["ro_gf", "ro_UP", "kj_sp"]), "PERSON").t(", MD  ")
        w.p(fmt_dt(rng, c.exam + timedelta(hours=rng.randint(2, 30)), ["slash", "iso_t"]), "DATE").t("\n")
    else:
        w.t("＜画像診断報告書＞　").p(c.hosp.ja, "FACILITY").t("\n")
        w.t("ＩＤ ").p(fw(c.pid), "ID").t("　").p(nm(rng, c.pt, ["kj_fw", "kj"]), "PERSON").t(" 様　")
        w.p(fmt_date(rng, c.dob, DOB_STYLES), "DATE").t("生　").p(fmt_age(rng, c.age, ["sai", "fw"]), "AGE").t("\n")
        w.t("検査番号：").p(gen_acc(rng, c.exam.date()), "ID").t(f"　{mod}（{region}）　")
        w.p(fmt_date(rng, c.exam.date(), ["era", "era_r", "kanji"]), "DATE").t(f" {rng.choice(TIMES)}\n")
        w.t(f"【検査目的】{rng.choice(HISTORY)}\n【所見】\n")
        for i, f in enumerate(finds, 1):
            w.t(f"#{i} {keitai(f)}")
            if i - 1 == prior_at:
                w.o("（", fmt_date(rng, c.prior, ["era_r", "md", "ym"]), "DATE", "の前回検査と比べ著変ありません）")
            w.t("\n")
        w.t("【診断】\n" + "\n".join(f"・{s}" for s in imps) + "\n")
        w.t(f"【備考】{rng.choice(DEVICE)}、{rng.choice(DURATIONS)}の経過観察を推奨いたします。\n")
        w.t("一次読影 ").p(nm(rng, reader, ["fam", "kj_sp"]), "PERSON").t(" ㊞　二次読影 ")
        w.p(nm(rng, approver, ["fam", "kj_sp"]), "PERSON").t(" ㊞\n")


# --------------------------------------------------------------------------------------------------------------
# Style 2: RIS/EHR CSV exports
# --------------------------------------------------------------------------------------------------------------


def csv_cell(w: W, s: str, kind: str | None, quote: bool, alt: str | None = None) -> None:
    q = quote or any(ch in s for ch in ',"\n')
    if q:
        w.t('"')
    if kind is None:
        w.t(s.replace('"', '""'))
    else:
        w.p(s, kind, alt)
    if q:
        w.t('"')


def report_cell(w: W, c: Ctx, prior: date) -> None:
    rng = c.rng
    f1, f2 = rng.sample(FINDINGS, 2)
    w.t('"' + f1.replace("spiculation", '""spiculation""') + "\n")
    w.o("前回（", fmt_date(rng, prior, ["slash", "dot"]), "DATE", "）比、", "前回比、")
    w.t(f"{f2}\n{rng.choice(IMPRESSIONS)}, {rng.choice(DEVICE)}" + '"')


def st_csv(w: W, c: Ctx) -> None:
    rng = c.rng
    variant = rng.randrange(3)
    quote_all = rng.random() < 0.5
    nl = rng.choice(["\n", "\r\n"])
    n_rows = rng.randint(2, 4)
    rows: list[Ctx] = [c] + [make_ctx(rng, c.fk) for _ in range(n_rows - 1)]
    if variant == 0:
        hdr = (
            "患者ID,患者氏名,カナ氏名,生年月日,性別,年齢,検査日時,受付番号,"
            "モダリティ,検査部位,依頼科,依頼医,読影医,所見"
        )
    elif variant == 1:
        hdr = (
            "PatientID,PatientName,BirthDate,Sex,Age,StudyDateTime,AccessionNumber,"
            "Modality,ReferringPhysician,Address,Phone,ReportText"
        )
    else:
        hdr = (
            "カルテ番号,氏名,フリガナ,生年月日,年齢,郵便番号,住所,電話番号,メール,"
            "保険者番号,被保険者記号,被保険者番号,個人番号,主病名,ICD10,備考"
        )
    if quote_all:
        hdr = ",".join(f'"{h}"' for h in hdr.split(","))
    w.t(hdr + nl)
    for r in rows:
        mod, region, en = rng.choice(EXAMS)
        if variant == 0:
            csv_cell(w, r.pid, "ID", quote_all)
            w.t(",")
            csv_cell(w, nm(rng, r.pt, ["kj_sp", "kj_fw", "kj"]), "PERSON", quote_all)
            w.t(",")
            csv_cell(w, nm(rng, r.pt, ["kana_sp", "hankaku"]), "PERSON", quote_all)
            w.t(",")
            csv_cell(w, fmt_date(rng, r.dob, ["slash0", "compact", "era_r0"]), "DATE", quote_all)
            w.t(",")
            csv_cell(w, r.pt.sex, None, quote_all)
            w.t(",")
            csv_cell(w, str(r.age), "AGE", quote_all)
            w.t(",")
            csv_cell(w, fmt_dt(rng, r.exam, ["slash", "slash_s"]), "DATE", quote_all)
            w.t(",")
            csv_cell(w, gen_acc(rng, r.exam.date()), "ID", quote_all)
            w.t(",")
            csv_cell(w, mod, None, quote_all)
            w.t(",")
            csv_cell(w, region, None, quote_all)
            w.t(",")
            csv_cell(w, r.dept, "DEPARTMENT", quote_all)
            w.t(",")
            csv_cell(w, nm(rng, r.staff[0], ["kj_sp", "kj"]), "PERSON", quote_all)
            w.t(",")
            csv_cell(w, nm(rng, r.staff[1], ["kj_sp", "fam"]), "PERSON", quote_all)
            w.t(",")
            report_cell(w, r, r.prior)
        elif variant == 1:
            csv_cell(w, r.pid, "ID", quote_all)
            w.t(",")
            csv_cell(w, nm(rng, r.pt, ["dicom", "ro_UP"]), "PERSON", quote_all)
            w.t(",")
            csv_cell(w, fmt_date(rng, r.dob, ["compact", "iso"]), "DATE", quote_all)
            w.t(",")
            csv_cell(w, r.pt.sex, None, quote_all)
            w.t(",")
            csv_cell(w, fmt_age(rng, r.age, ["Y3"]), "AGE", quote_all)
            w.t(",")
            csv_cell(w, fmt_dt(rng, r.exam, ["iso_t", "compact"]), "DATE", quote_all)
            w.t(",")
            csv_cell(w, gen_acc(rng, r.exam.date()), "ID", quote_all)
            w.t(",")
            csv_cell(w, mod, None, quote_all)
            w.t(",")
            csv_cell(w, nm(rng, r.staff[2], ["dicom", "ro_FG"]), "PERSON", quote_all)
            w.t(",")
            w.t('"').p(r.addr, "ADDRESS").t('"')
            w.t(",")
            csv_cell(w, render_phone(rng, r.phone), "PHONE_NUMBER", quote_all)
            w.t(",")
            w.t(f'"{en}:' + "\n")
            w.t(rng.choice(FINDINGS) + "\n")
            w.o("Compared with ", fmt_date(rng, r.prior, ["en_dmy", "slash0"]), "DATE", ", ", "")
            w.t(f'{rng.choice(IMPRESSIONS)}, ""{rng.choice(SCORES)}""' + '"')
        else:
            code, dx = rng.choice(ICD)
            csv_cell(w, r.pid, "ID", quote_all)
            w.t(",")
            csv_cell(w, nm(rng, r.pt, ["kj_sp", "kj_fw"]), "PERSON", quote_all)
            w.t(",")
            csv_cell(w, nm(rng, r.pt, ["kana_sp", "hankaku", "hira"]), "PERSON", quote_all)
            w.t(",")
            csv_cell(w, fmt_date(rng, r.dob, DOB_STYLES), "DATE", quote_all)
            w.t(",")
            csv_cell(w, str(r.age), "AGE", quote_all)
            w.t(",")
            csv_cell(w, render_postal(rng, r.postal), "POSTAL_CODE", quote_all)
            w.t(",")
            csv_cell(w, r.addr, "ADDRESS", True)
            w.t(",")
            csv_cell(w, render_phone(rng, rng.choice([r.phone, r.mobile])), "PHONE_NUMBER", quote_all)
            w.t(",")
            csv_cell(w, r.email, "EMAIL_ADDRESS", quote_all)
            w.t(",")
            csv_cell(w, gen_insurer(rng), "INSURANCE_NUMBER", quote_all)
            w.t(",")
            csv_cell(w, str(rng.randint(1, 9999)), "INSURANCE_NUMBER", quote_all)
            w.t(",")
            csv_cell(w, str(rng.randint(1, 999999)), "INSURANCE_NUMBER", quote_all)
            w.t(",")
            csv_cell(w, render_my_number(rng, gen_my_number(rng)), "MY_NUMBER", quote_all)
            w.t(",")
            csv_cell(w, dx, None, quote_all)
            w.t(",")
            csv_cell(w, code, None, quote_all)
            w.t(",")
            w.t(f'"{rng.choice(DRUGS)}, {rng.choice(SCORES)}\n' + "家族連絡先: ")
            kin, rel = kin_of(rng, r)
            w.p(nm(rng, kin, ["kj_sp", "kj"]), "PERSON").t(f"（{rel}）")
            w.p(render_phone(rng, gen_phone(rng, mobile=True)), "PHONE_NUMBER").t('"')
        w.t(nl)


# --------------------------------------------------------------------------------------------------------------
# Style 3: PDF-to-text extractions
# --------------------------------------------------------------------------------------------------------------


def st_pdf(w: W, c: Ctx) -> None:
    rng = c.rng
    title = rng.choice(["診療情報提供書", "診療情報提供書（紹介状）", "診療情報提供書（返書）"])
    pages = rng.randint(2, 3)
    printed = datetime.combine(later(rng, c.exam.date(), 0, 20), datetime.min.time()) + timedelta(
        minutes=rng.randint(480, 1140)
    )
    pname = nm(rng, c.pt, ["kj_sp", "kj_fw", "kj"])
    printer = nm(rng, c.staff[3], ["kj_sp", "fam"])
    pdate = fmt_dt(rng, printed, ["slash", "kanji", "dot"])
    code, dx = rng.choice(ICD)

    def b1() -> None:
        w.t("紹介先：").p(c.hosp2.ja, "FACILITY", "貴院").t(" ").p(c.dept2, "DEPARTMENT").t("\n")
        w.p(nm(rng, c.staff[4], ["kj_sp", "kj"]), "PERSON").t(" 先生 御侍史\n")
        w.t("紹介元：").p(c.hosp.ja, "FACILITY", "当院").t(" ").p(c.dept, "DEPARTMENT").t(" ")
        w.p(nm(rng, c.staff[0], ["kj_sp", "kj"]), "PERSON").t("\n")
        w.t(f"傷病名：#1 {dx}（{code}）\n#2 {rng.choice(ICD)[1]}\n")
        w.t("患者：").p(pname, "PERSON").t(" 様　").p(fmt_date(rng, c.dob, DOB_STYLES), "DATE").t("生（")
        w.p(fmt_age(rng, c.age, ["sai"]), "AGE").t("）\n住所：").p(broken(rng, c.addr), "ADDRESS").t("\n")

    def b2() -> None:
        w.t("経過：")
        w.o("", fmt_date(rng, c.prior, ["era", "kanji", "md"]), "DATE", "より", rng.choice(DURATIONS))
        w.t(wrap(rng, f"咳嗽と{rng.choice(HISTORY)}を認め当科受診。{rng.choice(FINDINGS)}{rng.choice(FINDINGS)}", 34))
        w.o("\n", fmt_date(rng, c.exam.date(), ["era", "kanji", "md"]), "DATE", "に", "\n")
        w.t(wrap(rng, "気管支鏡検査を施行し、腺癌（EGFR exon19 del陽性、PD-L1 TPS 60%）の診断を得ました。", 30))
        w.t("\n")

    def b3() -> None:
        w.t("検査結果：\n" + wrap(rng, lab_line(rng, 5), 36) + "\n")
        w.t("処方：\n" + "\n".join(f" {i}. {d}" for i, d in enumerate(rng.sample(DRUGS, 3), 1)) + "\n")
        w.t(f"ADL：{rng.choice(SCORES)}、{rng.choice(SCORES)}\n")

    def b4() -> None:
        w.t("保険情報：保険者番号 ").p(gen_insurer(rng), "INSURANCE_NUMBER").t("　記号 ")
        w.p(fw(str(rng.randint(1, 999))), "INSURANCE_NUMBER").t("　番号 ").p(
            str(rng.randint(1, 99999)), "INSURANCE_NUMBER"
        )
        w.t("\n")
        if rng.random() < 0.5:
            w.t("個人番号（高額療養費申請用）：").p(render_my_number(rng, gen_my_number(rng)), "MY_NUMBER").t("\n")
        kin, rel = kin_of(rng, c)
        w.t("緊急連絡先：").p(nm(rng, kin, ["kj_sp"]), "PERSON").t(f"（{rel}）")
        w.p(render_phone(rng, gen_phone(rng, mobile=True)), "PHONE_NUMBER").t("\n")

    body: list[Callable[[], None]] = [b1, b2, b3, b4]
    for pg in range(pages):
        if pg == 0 or rng.random() < 0.8:
            w.p(c.hosp.ja, "FACILITY", "").t(f"　　　　　{title}　　　　　　{pg + 1}/{pages}\n")
        else:
            w.t(f"{title}（続き）　　　　　Page {pg + 1} of {pages}\n")
        w.t("患者氏名：").p(pname, "PERSON").t("　様　　患者ID：").p(c.pid, "ID").t("\n")
        w.t("印刷日時：").p(pdate, "DATE").t("　印刷者：").p(printer, "PERSON").t("\n")
        w.t("─" * rng.randint(24, 40) + "\n")
        for fn in body[round(pg * len(body) / pages) : round((pg + 1) * len(body) / pages)]:
            fn()
        w.t("\n")
        w.p(c.hosp.ja, "FACILITY", "").t("　〒").p(render_postal(rng, c.hosp.postal), "POSTAL_CODE").t(" ")
        w.p(broken(rng, c.hosp.addr) if rng.random() < 0.4 else c.hosp.addr, "ADDRESS").t("\n")
        w.t("TEL ").p(render_phone(rng, c.hosp.tel), "PHONE_NUMBER").t("  FAX ").p(c.hosp.fax, "PHONE_NUMBER")
        if pg == pages - 1:
            w.t("  ").p(f"https://www.{c.hosp.domain}/", "URL")
        w.t(f"\n- {pg + 1} -\n\f")


# --------------------------------------------------------------------------------------------------------------
# Style 4: fax cover sheets and referral replies
# --------------------------------------------------------------------------------------------------------------


def st_fax(w: W, c: Ctx) -> None:
    rng = c.rng
    sent = later(rng, c.exam.date(), 1, 30)
    contact = c.staff[3]
    w.t(rng.choice(["ＦＡＸ送信票", "FAX送付状", "ファクシミリ送信のご案内"]) + "\n")
    w.t("送信日：").p(fmt_date(rng, sent, FULL_DATE), "DATE", "").t("\n\n")
    w.t("送信先：").p(c.hosp2.ja, "FACILITY", "").t("　").p(c.dept2, "DEPARTMENT").t("　御中\n")
    w.t("　　　　").p(nm(rng, c.staff[4], ["kj_sp", "kj", "fam"]), "PERSON").t(" 先生\n")
    w.t("ＦＡＸ番号：").p(render_phone(rng, c.hosp2.fax), "PHONE_NUMBER").t("\n\n")
    w.t("送信元：").p(c.hosp.ja, "FACILITY", "").t("　").p("地域医療連携室", "DEPARTMENT").t("\n")
    w.t("　〒").p(render_postal(rng, c.hosp.postal), "POSTAL_CODE").t(" ").p(c.hosp.addr, "ADDRESS").t("\n")
    w.t("　TEL：").p(render_phone(rng, c.hosp.tel), "PHONE_NUMBER").t("（内線 ").p(
        str(rng.randint(200, 4999)), "PHONE_NUMBER"
    )
    w.t("）　FAX：").p(render_phone(rng, c.hosp.fax), "PHONE_NUMBER").t("\n")
    if rng.random() < 0.6:
        w.t("　E-mail：").p(f"renkei@{c.hosp.domain}", "EMAIL_ADDRESS").t("\n")
    w.t("担当者：").p(nm(rng, contact, ["kj_sp", "kj", "fam"]), "PERSON").t("（MSW）\n")
    w.t(f"枚数：本紙を含め {rng.randint(2, 6)} 枚\n")
    w.t("件名：" + rng.choice(["診療情報提供書（返書）", "画像CD-R送付のご連絡", "介護保険主治医意見書の送付"]) + "\n")
    w.t("─" * 30 + "\n")
    w.t("患者氏名：").p(nm(rng, c.pt, JA_FORMS), "PERSON").t(" 様（").p(nm(rng, c.pt, ["kana_sp", "hankaku"]), "PERSON")
    w.t("）　生年月日：").p(fmt_date(rng, c.dob, DOB_STYLES), "DATE").t("　").p(fmt_age(rng, c.age), "AGE").t("\n")
    w.t("貴院ID：").p(render_pid(rng, gen_pid(rng)), "ID").t("　当院ID：").p(render_pid(rng, c.pid), "ID").t("\n\n")
    w.t("拝復　時下ますますご清祥のこととお慶び申し上げます。\n")
    w.t("先日はご紹介いただき誠にありがとうございました。")
    w.o("", fmt_date(rng, c.exam.date(), ["md", "era", "kanji"]), "DATE", "に", "")
    w.t(f"当院を受診され、{rng.choice(EXAMS)[0]}を施行しました。\n")
    w.t(f"{keitai(rng.choice(FINDINGS))}\n検査値：{lab_line(rng, 3)}\n")
    w.t(
        f"診断：{rng.choice(IMPRESSIONS)}\n今後は{rng.choice(DRUGS)}を継続し、"
        f"{rng.choice(['2週間', '1か月', '3か月'])}後に再評価予定です。\n"
    )
    if rng.random() < 0.5:
        w.t("介護保険被保険者番号：").p(f"{rng.randint(0, 9999999999):010d}", "INSURANCE_NUMBER").t("\n")
        w.t("個人番号：").p(render_my_number(rng, gen_my_number(rng)), "MY_NUMBER").t("\n")
    w.t("引き続きよろしくお願い申し上げます。　敬具\n")
    w.t("記載医：").p(nm(rng, c.staff[0], ["kj_sp", "kj_fw"]), "PERSON").t("（").p(c.dept, "DEPARTMENT").t("）\n\n")
    w.t(
        "※本FAXには個人情報が含まれます。誤って受信された場合は、お手数ですが送信元までご連絡の上、破棄してください。\n"
    )


# --------------------------------------------------------------------------------------------------------------
# Style 5: appointment and reminder letters to patients
# --------------------------------------------------------------------------------------------------------------


def st_appointment(w: W, c: Ctx) -> None:
    rng = c.rng
    appt = at_time(rng, later(rng, c.exam.date(), 7, 60))
    if rng.random() < 0.3:
        # SMS / e-mail reminder
        w.t("【").p(c.hosp.ja, "FACILITY", "当院").t("】").p(nm(rng, c.pt, ["kj", "fam", "kana"]), "PERSON", "患者")
        w.t("様　").p(fmt_dt(rng, appt, ["kanji_md", "md_time", "kanji"]), "DATE", "次回")
        w.t("に").p(c.dept, "DEPARTMENT").t("のご予約があります（受付は予約時刻の30分前まで）。")
        w.t(f"{rng.choice(['MRI', 'CT', '採血'])}検査のため4時間前から絶食でお越しください。変更・キャンセルは")
        w.p(render_phone(rng, c.hosp.tel), "PHONE_NUMBER", "予約センター").t("（平日9:00～17:00）またはWeb: ")
        w.p(f"https://yoyaku.{c.hosp.domain}/r?pid={c.pid}", "URL", "予約変更ページ").t(
            "\n配信停止は返信で「停止」と送信\n"
        )
        return
    w.t("〒").p(render_postal(rng, c.postal), "POSTAL_CODE").t("\n").p(c.addr, "ADDRESS").t("\n")
    w.p(nm(rng, c.pt, ["kj_sp", "kj_fw", "kj"]), "PERSON").t(" 様\n\n")
    w.t("　　　　　　　　　　　　　　").p(c.hosp.ja, "FACILITY", "").t("\n")
    w.t("　　　　　　　　　　　　　　〒").p(render_postal(rng, c.hosp.postal), "POSTAL_CODE").t(" ")
    w.p(c.hosp.addr, "ADDRESS").t("\n")
    w.t("　　　　　　　　　　　　　　予約センター TEL ").p(render_phone(rng, c.hosp.tel), "PHONE_NUMBER").t("\n")
    w.t("\n　　　　　ご予約のお知らせ\n\n")
    w.t("診察券番号：").p(render_pid(rng, c.pid), "ID").t("\n")
    w.t("予約日時：").p(fmt_dt(rng, appt, ["era_ampm", "kanji", "slash"]), "DATE", "＿＿年＿＿月＿＿日　＿＿時＿＿分")
    w.t("\n診療科：").p(c.dept, "DEPARTMENT").t("　担当医：").p(nm(rng, c.staff[0], ["kj_sp", "fam"]), "PERSON")
    w.t(" 医師\n受付場所：本館2階 ⑤番受付（再来受付機で受付後、中待合でお待ちください）\n")
    w.t("持ち物：診察券、マイナ保険証または資格確認書、お薬手帳、紹介状、検査結果（CD-R）\n")
    w.t(
        f"ご注意：{rng.choice(['造影CT', 'MRI', 'PET-CT'])}検査当日は朝食を抜いてください（水・お茶は可）。"
        "メトホルミン内服中の方は検査前後48時間休薬してください。\n"
    )
    w.t("血糖降下薬・インスリンは当日朝は使用しないでください。検査時間は約40分です。\n")
    w.t("アクセス：JR").p(rng.choice(STATIONS), "ADDRESS", "最寄り駅").t(
        f"{rng.choice(['北口', '南口', '東口'])}より徒歩7分／バス「"
    )
    w.p(rng.choice(BUS_STOPS), "ADDRESS", "病院前").t("」下車すぐ\n")
    w.t("地図・駐車場のご案内：").p(f"https://www.{c.hosp.domain}/access/", "URL", "当院ホームページをご覧ください").t(
        "\n"
    )
    if rng.random() < 0.5:
        w.t("ご不明な点は ").p(f"yoyaku@{c.hosp.domain}", "EMAIL_ADDRESS").t(" までお問い合わせください。\n")
    w.t("※予約日の変更は前日17時までにお電話ください。\n")


# --------------------------------------------------------------------------------------------------------------
# Style 6: text burned into images, as OCR returns it
# --------------------------------------------------------------------------------------------------------------


def st_ocr(w: W, c: Ctx) -> None:
    rng = c.rng
    noisy = rng.random() < 0.5
    if not w.phi:
        w.mode = "mask"

    def nz(s: str) -> str:
        return ocr_noise(rng, s) if noisy else s

    n_img = rng.randint(1, 3)
    for i in range(n_img):
        kind = rng.choice(["ct", "us", "mg", "endo"])
        w.t(f"[image {i + 1}]\n")
        if kind == "ct":
            w.p(nz(c.hosp.en.upper()), "FACILITY", "").t("\n")
            w.p(nz(nm(rng, c.pt, ["ro_UP", "dicom", "hankaku"])), "PERSON").t("\n")
            w.t(rng.choice(["ID:", "ID ", "PID:"])).p(nz(c.pid), "ID").t("\n")
            w.t(f"{c.pt.sex} ").p(nz(fmt_age(rng, c.age, ["Y3", "Y"])), "AGE").t("\n")
            w.p(nz(fmt_dt(rng, c.exam, ["slash_s", "slash"])), "DATE").t("\n")
            w.t(nz(f"Ex: {rng.randint(1, 40)}  Se: {rng.randint(1, 9)}  Im: {rng.randint(1, 300)}") + "\n")
            w.t(nz(f"{rng.choice([100, 120, 135])}kV {rng.choice([150, 250, 300])}mA") + "\n")
            w.t(
                nz(
                    f"ST {rng.choice(['1.0', '2.5', '5.0'])}mm  "
                    f"W:{rng.choice([400, 1500, 80])} L:{rng.choice([40, -600, 35])}"
                )
            )
            w.t("\nR" + " " * rng.randint(6, 20) + "L\n")
        elif kind == "us":
            w.p(nz(nm(rng, c.pt, ["ro_UP", "hankaku"])), "PERSON").t("  ")
            w.p(nz(c.pid), "ID").t("\n")
            w.p(nz(fmt_date(rng, c.exam.date(), ["slash0", "dot0"])), "DATE").t("\n")
            w.t(nz(f"MI {rng.choice(['0.9', '1.1', '1.3'])}  TIs {rng.choice(['0.2', '0.4'])}  C5-1  Gn 54  30fps"))
            w.t("\n")
            w.t(
                nz(f"Depth {rng.choice(['4.5', '16', '18'])}cm  Dist 1 = {rng.randint(8, 40)}.{rng.randint(0, 9)}mm")
                + "\n"
            )
            w.p(nz(c.hosp.en), "FACILITY", "").t("\n")
        elif kind == "mg":
            w.t(rng.choice(["R-MLO", "L-CC", "R-CC", "L-MLO"]) + "\n")
            w.p(nz(c.hosp.en.upper()), "FACILITY", "").t("\n")
            w.p(nz(nm(rng, c.pt, ["ro_UP", "dicom"])), "PERSON").t("\n")
            w.p(nz(fmt_date(rng, c.dob, ["slash0", "compact"])), "DATE").t("  ").p(nz(c.pid), "ID").t("\n")
            w.t(nz(f"{rng.choice([26, 28, 30])}kV {rng.randint(40, 120)}mAs  AGD {rng.randint(9, 25) / 10} mGy") + "\n")
            w.t(nz(f"Thick {rng.randint(30, 60)}mm  Force {rng.randint(60, 120)}N") + "\n")
        else:
            w.t("ID ").p(nz(c.pid), "ID").t("\n")
            w.p(nz(nm(rng, c.pt, ["ro_UP", "hankaku", "kana_sp"])), "PERSON").t("\n")
            w.t(f"{c.pt.sex} ").p(nz(fmt_age(rng, c.age, ["Y", "sai"])), "AGE").t("\n")
            w.p(nz(fmt_dt(rng, c.exam, ["slash_s", "dot"])), "DATE").t("\n")
            w.t(nz(f"Eh:A{rng.randint(1, 8)}  Cr:{rng.choice(['N', 'L'])}  CVP:{rng.randint(1, 4)}") + "\n")
            w.t("Dr. ").p(nz(nm(rng, c.staff[0], ["ro_UP", "ro_init"])), "PERSON").t("\n")
    w.t(f"-- OCR confidence {rng.randint(71, 98)}% / {n_img} frame(s) --\n")


# --------------------------------------------------------------------------------------------------------------
# Style 7: DICOM Structured Report text renderings
# --------------------------------------------------------------------------------------------------------------


def dicom_pn(rng: random.Random, p: Person) -> str:
    s = f"{p.family_romaji}^{p.given_romaji}"
    if rng.random() < 0.3 and not p.foreign:
        s += f"={p.family}^{p.given}=" + f"{p.family_kana}^{p.given_kana}"
    return s.upper() if rng.random() < 0.6 else s


def gen_uid(rng: random.Random, d: date) -> str:
    root = f"1.2.392.200036.9116.2.{rng.randint(1, 9)}.1.48"
    return f"{root}.{rng.randint(10**9, 10**10 - 1)}.{d:%Y%m%d}{rng.randint(100000, 999999)}"


def st_sr(w: W, c: Ctx) -> None:
    rng = c.rng
    obs = c.staff[0]
    ver = c.staff[1]
    mod, _region, en = rng.choice(EXAMS)
    dose = rng.random() < 0.35
    w.t(rng.choice(["# Dump of DICOM SR (text rendering)\n", "=== Structured Report ===\n", "SR Document\n"]))
    w.t(f"SOP Class             : {'X-Ray Radiation Dose SR' if dose else 'Comprehensive SR'}\n")
    w.t("Patient's Name        : ").p(dicom_pn(rng, c.pt), "PERSON", "ANONYMIZED" if w.mode == "mask" else "").t("\n")
    w.t("Patient ID            : ").p(c.pid, "ID").t("\n")
    w.t("Patient's Birth Date  : ").p(f"{c.dob:%Y%m%d}", "DATE").t("\n")
    w.t(f"Patient's Sex         : {c.pt.sex}\n")
    w.t("Patient's Age         : ").p(f"{c.age:03d}Y", "AGE").t("\n")
    w.t("Study Date            : ").p(f"{c.exam:%Y%m%d}", "DATE").t("\n")
    w.t(f"Study Time            : {c.exam:%H%M%S}\n")
    w.t("Accession Number      : ").p(gen_acc(rng, c.exam.date()), "ID").t("\n")
    if rng.random() < 0.6:
        w.t("Study Instance UID    : ").p(gen_uid(rng, c.exam.date()), "ID").t("\n")
    w.t("Institution Name      : ").p(c.hosp.en.upper(), "FACILITY", "").t("\n")
    w.t("Referring Physician's Name : ").p(dicom_pn(rng, c.staff[2]), "PERSON").t("\n")
    w.t(f"Study Description     : {en}\n")
    w.t("Completion Flag       : COMPLETE\nVerification Flag     : VERIFIED\n")
    w.t("Verifying Observer Name : ").p(dicom_pn(rng, ver), "PERSON").t("\n")
    w.t("Verifying Organization  : ").p(c.hosp.en, "FACILITY").t("\n")
    w.t("Verification DateTime   : ").p(f"{c.exam + timedelta(hours=rng.randint(1, 48)):%Y%m%d%H%M%S}", "DATE").t("\n")
    w.t("\n")
    numbered = rng.random() < 0.5

    def line(num: str, depth: int, txt: str) -> None:
        w.t(("  " * depth) + (f"{num}: " if numbered else "<") + txt)

    def end() -> None:
        w.t("\n" if numbered else ">\n")

    title = "X-Ray Radiation Dose Report" if dose else "Imaging Measurement Report"
    line("1", 0, f'CONTAINER: (126000, DCM, "{title}")')
    end()
    line(
        "1.1",
        1,
        'HAS CONCEPT MOD CODE: (121049, DCM, "Language of Content Item and Descendants") = (ja, RFC5646, "Japanese")',
    )
    end()
    line("1.2", 1, 'HAS OBS CONTEXT PNAME: (121008, DCM, "Person Observer Name") = "')
    w.p(dicom_pn(rng, obs), "PERSON").t('"')
    end()
    line(
        "1.3",
        1,
        'HAS OBS CONTEXT CODE: (113875, DCM, "Person Observer\'s Role in the Organization")'
        ' = (121097, DCM, "Physician")',
    )
    end()
    line("1.4", 1, 'HAS OBS CONTEXT TEXT: (121009, DCM, "Person Observer\'s Organization Name") = "')
    w.p(c.hosp.en, "FACILITY", "").t('"')
    end()
    line("1.5", 1, f'HAS CONCEPT MOD CODE: (121058, DCM, "Procedure Reported") = ({mod}, DCM, "{en}")')
    end()
    if dose:
        line("1.6", 1, 'CONTAINS CONTAINER: (113819, DCM, "CT Acquisition")')
        end()
        line("1.6.1", 2, f'NUM: (113830, DCM, "Mean CTDIvol") = {rng.randint(50, 250) / 10} mGy')
        end()
        line("1.6.2", 2, f'NUM: (113838, DCM, "DLP") = {rng.randint(1500, 12000) / 10} mGy.cm')
        end()
        line("1.6.3", 2, f'NUM: (113733, DCM, "KVP") = {rng.choice([100, 120, 135])} kV')
        end()
        line("1.6.4", 2, f'NUM: (113734, DCM, "X-Ray Tube Current") = {rng.choice([150, 250, 400])} mA')
        end()
        line("1.6.5", 2, f'NUM: (113826, DCM, "Nominal Single Collimation Width") = {rng.choice([0.5, 0.625])} mm')
        end()
        line("1.7", 1, 'HAS OBS CONTEXT TEXT: (113876, DCM, "Device Role in Procedure") = "Irradiating Device"')
        end()
    else:
        line("1.6", 1, 'CONTAINS CONTAINER: (126010, DCM, "Imaging Measurements")')
        end()
        line("1.6.1", 2, 'CONTAINS CONTAINER: (125007, DCM, "Measurement Group")')
        end()
        line("1.6.1.1", 3, f'HAS OBS CONTEXT TEXT: (112039, DCM, "Tracking Identifier") = "Nodule {rng.randint(1, 3)}"')
        end()
        line("1.6.1.2", 3, 'CONTAINS CODE: (121071, DCM, "Finding") = (27925004, SCT, "Nodule")')
        end()
        line(
            "1.6.1.3",
            3,
            'HAS CONCEPT MOD CODE: (363698007, SCT, "Finding Site") = (RS6, 99LOCAL, "Right lower lobe S6")',
        )
        end()
        long_axis = rng.randint(60, 300)
        line("1.6.1.4", 3, f'CONTAINS NUM: (103339001, SCT, "Long Axis") = {long_axis / 10} mm')
        end()
        line(
            "1.6.1.5",
            3,
            f'CONTAINS NUM: (103340004, SCT, "Short Axis") = {rng.randint(long_axis // 2, long_axis) / 10} mm',
        )
        end()
        line("1.6.1.6", 3, f'CONTAINS NUM: (112031, DCM, "Attenuation Coefficient") = {rng.randint(-50, 80)} [hnsf\'U]')
        end()
        line("1.6.1.7", 3, f'CONTAINS NUM: (126401, DCM, "SUVbw") = {rng.randint(15, 120) / 10} {{SUVbw}}g/ml')
        end()
    line("1.8", 1, f'CONTAINS TEXT: (121073, DCM, "Impression") = "{rng.choice(IMPRESSIONS)}')
    w.o("（前回 ", f"{c.prior:%Y%m%d}", "DATE", " 比）", "").t('"')
    end()
    line("1.9", 1, 'HAS OBS CONTEXT DATETIME: (111526, DCM, "DateTime Started") = ')
    w.p(f"{c.exam:%Y%m%d%H%M%S}", "DATE", "")
    end()


# --------------------------------------------------------------------------------------------------------------
# Style 8: consent forms and explanation records
# --------------------------------------------------------------------------------------------------------------


def st_consent(w: W, c: Ctx) -> None:
    rng = c.rng
    proc = rng.choice(
        [
            ("胸腔鏡下右肺下葉切除術＋縦隔リンパ節郭清", "出血（輸血の可能性 約2%）、肺瘻、肺炎、不整脈、反回神経麻痺"),
            ("経皮的冠動脈形成術（PCI）", "穿刺部出血、造影剤アレルギー、冠動脈穿孔（0.1%未満）、脳梗塞"),
            (
                "造影CT検査（イオパミドール370）",
                "悪心・嘔吐、蕁麻疹（約3%）、重篤なアナフィラキシー（0.04%）、造影剤腎症",
            ),
            ("CTガイド下肺生検", "気胸（約20%、ドレナージ要 2%）、喀血、空気塞栓"),
            ("上部消化管内視鏡検査（鎮静下）", "出血、穿孔（0.01%）、鎮静薬による呼吸抑制"),
        ]
    )
    w.t(rng.choice(["手術・検査に関する説明書兼同意書", "説明・同意記録", "インフォームド・コンセント記録"]) + "\n")
    w.p(c.hosp.ja, "FACILITY", "").t("　").p(c.dept, "DEPARTMENT").t("\n\n")
    w.t("患者氏名：").p(nm(rng, c.pt, JA_FORMS), "PERSON", "＿＿＿＿＿＿＿＿").t("　ID：")
    w.p(render_pid(rng, c.pid), "ID", "＿＿＿＿＿＿").t("\n生年月日：")
    w.p(fmt_date(rng, c.dob, DOB_STYLES), "DATE", "＿＿年＿＿月＿＿日").t("（")
    w.p(fmt_age(rng, c.age, ["sai", "man"]), "AGE", "　　歳").t("）\n")
    code, dx = rng.choice(ICD)
    w.t(f"病名：{dx}（{code}）\n予定：{proc[0]}\n")
    w.t(
        f"目的・方法：全身麻酔下に施行します。所要時間は約{rng.randint(1, 5)}時間、"
        f"入院期間は{rng.choice(DURATIONS)}程度です。\n"
    )
    w.t(f"合併症：{proc[1]}\n")
    w.t(f"代替治療：定位放射線治療（SBRT 48Gy/4fr）、薬物療法（{rng.choice(DRUGS)}）、経過観察\n")
    w.t(f"術前評価：{lab_line(rng, 3)}、{rng.choice(SCORES)}\n\n")
    xdate = later(rng, c.exam.date(), 0, 14)
    w.t("説明日：").p(fmt_date(rng, xdate, FULL_DATE), "DATE", "＿＿年＿＿月＿＿日").t("　")
    w.t(f"{rng.choice(TIMES)}～\n")
    w.t("説明者：").p(c.dept, "DEPARTMENT").t("　").p(
        nm(rng, c.staff[0], ["kj_sp", "kj_fw", "kj"]), "PERSON", "＿＿＿＿＿＿"
    )
    w.t("　印\n")
    w.t("同席者：").p(nm(rng, c.staff[3], ["kj_sp", "fam"]), "PERSON", "＿＿＿＿＿＿").t("（看護師）")
    rel, rel_age = relative(rng, c.age)
    fam = kin_person(rng, c, rel)
    w.t("、").p(nm(rng, fam, ["kj_sp", "kj"]), "PERSON", "＿＿＿＿＿＿").t(f"（{rel}）\n\n")
    w.t("私は上記について十分な説明を受け、理解しましたので同意します。\n")
    w.t("署名日：").p(fmt_date(rng, later(rng, xdate, 0, 5), FULL_DATE), "DATE", "＿＿年＿＿月＿＿日").t("\n")
    if c.age >= 85 or rng.random() < 0.15:
        w.t("同意者（本人）：").p(nm(rng, c.pt, ["kj_sp", "kj"]), "PERSON", "＿＿＿＿＿＿").t(
            "（自署困難のため代筆）\n"
        )
        w.t("代諾者：").p(nm(rng, fam, ["kj_sp", "kj_fw"]), "PERSON", "＿＿＿＿＿＿").t(f"　続柄：{rel}　年齢：")
        w.p(fmt_age(rng, rel_age, ["sai"]), "AGE", "　　").t("\n")
        w.t("代諾者住所：").p(c.addr, "ADDRESS", "＿＿＿＿＿＿＿＿＿＿").t("\n")
        w.t("連絡先：").p(
            render_phone(rng, gen_phone(rng, mobile=True)), "PHONE_NUMBER", "＿＿＿－＿＿＿＿－＿＿＿＿"
        ).t("\n")
    else:
        w.t("同意者：").p(nm(rng, c.pt, ["kj_sp", "kj", "kj_fw"]), "PERSON", "＿＿＿＿＿＿").t("　続柄：本人\n")
        w.t("連絡先：").p(render_phone(rng, c.mobile), "PHONE_NUMBER", "＿＿＿－＿＿＿＿－＿＿＿＿").t("\n")
    w.t("※同意後も撤回できます。撤回による不利益はありません。\n")


# --------------------------------------------------------------------------------------------------------------
# Style 9: multidisciplinary handover summaries
# --------------------------------------------------------------------------------------------------------------


def st_handover(w: W, c: Ctx) -> None:
    rng = c.rng
    ward = gen_facility(rng, c.fk, "ward")
    w.t("【多職種カンファ／申し送り】").p(ward, "FACILITY", "").t("　")
    w.p(fmt_date(rng, c.exam.date(), ["md", "slash", "era_r"]), "DATE", "").t(f" {rng.choice(TIMES)}\n")
    w.t("参加: Dr ").p(nm(rng, c.staff[0], ["fam", "kj_sp"]), "PERSON", "主治医").t(" / Ns ")
    w.p(nm(rng, c.staff[3], ["fam", "kana"]), "PERSON", "受け持ちNs").t(" / PT ").p(
        nm(rng, c.staff[4], ["fam", "initials"]), "PERSON", "担当PT"
    )
    w.t(" / MSW ").p(nm(rng, c.staff[5], ["fam", "kj_sp"]), "PERSON", "担当MSW").t("\n\n")
    pts = [c] + [make_ctx(rng, c.fk) for _ in range(rng.randint(0, 2))]
    for k, r in enumerate(pts):
        label = "症例" + "ABC"[k]
        w.t("■ ").p(gen_facility(rng, c.fk, "room"), "FACILITY", "").t(" ")
        w.p(nm(rng, r.pt, ["kj_sp", "kj", "fam", "kana_sp"]), "PERSON", label)
        w.t(" (").p(fmt_age(rng, r.age, ["Y", "yo2", "sai"]), "AGE").t(f"{r.pt.sex}) ID ").p(r.pid, "ID").t("\n")
        code, dx = rng.choice(ICD)
        w.t(f"#1 {dx} ({code}) → {rng.choice(DRUGS)}, CRP 12.3→4.1 mg/dL, {rng.choice(DURATIONS)}\n")
        w.t(f"#2 {rng.choice(ICD)[1]}  {lab_line(rng, 2)}\n")
        w.t(
            f"V/S: BT 37.{rng.randint(0, 9)}℃, BP {rng.randint(100, 160)}/{rng.randint(50, 95)} mmHg, "
            f"HR {rng.randint(60, 110)}, "
        )
        w.t(f"SpO2 {rng.randint(90, 99)}% (RA), I/O +{rng.randint(1, 9) * 100}\n")
        w.t("Ns: 夜間せん妄 (CAM+)、23時頃 リスペリドン 0.5mg 頓用、転倒リスク高 (Braden 13)\n")
        w.t(f"PT: 歩行器歩行 {rng.randint(10, 80)}m、{rng.choice(SCORES)}\n")
        w.t("MSW: 退院先 ").p(gen_facility(rng, c.fk, "care"), "FACILITY", "施設").t(" と調整中、KP ")
        kp, rel = kin_of(rng, r)
        w.p(nm(rng, kp, ["kj_sp", "fam", "kana_sp"]), "PERSON", "家族").t(f"（{rel}）")
        w.o(" tel ", render_phone(rng, gen_phone(rng, mobile=True)), "PHONE_NUMBER", "")
        w.t("\n")
        if r.age < 70 and rng.random() < 0.6:
            w.t("職業: ").p(gen_facility(rng, c.fk, "employer"), "FACILITY", "会社員").t(" 勤務（休職中）\n")
        w.t("Dr: f/u CXR ").p(fmt_date(rng, later(rng, c.exam.date(), 2, 10), ["md", "slash"]), "DATE", "来週")
        w.t(f"、DNAR確認済、{rng.choice(['NPO継続', 'ST介入でゼリー食開始', 'CVC抜去予定', 'Foley抜去済'])}\n\n")
    w.t("リーダーNs ").p(nm(rng, c.staff[1], ["kj_sp", "fam"]), "PERSON", "").t(" / 夜勤PHS ")
    w.p(str(rng.randint(3000, 3999)), "PHONE_NUMBER", "").t("\n")


# --------------------------------------------------------------------------------------------------------------
# Style 10: second-opinion requests and replies
# --------------------------------------------------------------------------------------------------------------


def st_second(w: W, c: Ctx) -> None:
    rng = c.rng
    reply = rng.random() < 0.5
    w.t("セカンドオピニオン" + ("外来 回答書" if reply else "外来 受診申込書（紹介状）") + "\n\n")
    w.t("紹介元：").p(c.hosp.ja, "FACILITY", "").t(" ").p(c.dept, "DEPARTMENT").t("　")
    w.p(nm(rng, c.staff[0], ["kj_sp", "kj"]), "PERSON", "主治医").t(" 先生\n")
    w.t("　TEL ").p(render_phone(rng, c.hosp.tel), "PHONE_NUMBER").t("\n")
    w.t("紹介先：").p(c.hosp2.ja, "FACILITY", "").t(" ").p(c.dept2, "DEPARTMENT").t(" セカンドオピニオン外来 御中\n")
    if reply:
        w.t("回答医：").p(nm(rng, c.staff[4], ["kj_sp", "kj_fw", "ro_gf"]), "PERSON", "担当医").t("\n")
    w.t("\n患者：").p(nm(rng, c.pt, JA_FORMS), "PERSON").t("（").p(nm(rng, c.pt, ["kana_sp", "ro_gf"]), "PERSON")
    w.t("）　").p(fmt_date(rng, c.dob, DOB_STYLES), "DATE").t("生　").p(fmt_age(rng, c.age), "AGE").t("　")
    w.t(sex_word(rng, c.pt.sex) + "\n")
    kin, rel = kin_of(rng, c)
    w.t("相談者：").p(nm(rng, kin, ["kj_sp", "fam"]), "PERSON", "ご家族").t(f"（{rel}）\n")
    code, dx = rng.choice(ICD)
    w.t(f"病名：{dx}（{code}）　{rng.choice(IMPRESSIONS)}\n")
    w.t(
        f"相談内容：現在{rng.choice(DRUGS)}で治療中。"
        "手術と化学放射線療法（CDDP+RT 60Gy/30fr）の選択について御意見を伺いたい。\n"
    )
    w.t(f"現症：{rng.choice(SCORES)}、{lab_line(rng, 4)}\n\n")
    w.t(f"添付画像一覧（CD-R {rng.randint(1, 2)}枚）：\n No. 検査日 モダリティ 部位 Accession\n")
    d = c.prior
    for i in range(rng.randint(2, 4)):
        mod, region, _en = rng.choice(EXAMS)
        w.t(f" {i + 1}  ").p(fmt_date(rng, d, ["slash0", "slash", "dot0", "era_r"]), "DATE", "").t(
            f"  {mod}  {region}  "
        )
        w.p(gen_acc(rng, d), "ID", "").t("\n")
        d = later(rng, d, 20, 120)
    w.t(f"（DICOM形式、{rng.choice(DEVICE)}）\n")
    if reply:
        w.t("\n回答：\n")
        w.t(f"{keitai(rng.choice(FINDINGS))}\n{keitai(rng.choice(FINDINGS))}\n")
        w.t(
            "以上より、現時点では手術適応ありと考えます（cT1bN0M0, Stage IA2）。"
            "術前に呼吸機能（%VC 82%, FEV1.0% 68%）の"
        )
        w.t("再評価をお勧めいたします。\n")
        w.t("画像は").o("", fmt_date(rng, later(rng, c.exam.date(), 7, 30), ["md", "kanji"]), "DATE", "に", "")
        w.t("返却いたします。ご不明点は ").p(f"so-opinion@{c.hosp2.domain}", "EMAIL_ADDRESS").t(" まで。\n")
    else:
        w.t("\n受診希望：").p(fmt_date(rng, later(rng, c.exam.date(), 7, 30), ["md", "kanji", "slash"]), "DATE", "早期")
        w.t(f" 以降、{rng.choice(['午前', '午後'])}希望\n")
        w.t("オンライン申込：").p(f"https://www.{c.hosp2.domain}/second-opinion/form?ref={c.pid}", "URL").t("\n")


STYLES: list[Callable[[W, Ctx], None]] = [
    st_radiology,
    st_csv,
    st_pdf,
    st_fax,
    st_appointment,
    st_ocr,
    st_sr,
    st_consent,
    st_handover,
    st_second,
]


def generate_t(n_phi: int = 80, n_clean: int = 20, seed: int = 11210) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    fk = Faker("ja_JP")
    fk.seed_instance(seed)
    docs: list[dict[str, Any]] = []
    for i in range(n_phi):
        c = make_ctx(rng, fk)
        doc = Doc(f"t-phi-{i:03d}")
        w = W(doc, True, rng)
        STYLES[i % len(STYLES)](w, c)
        known = known_of(c) if (i + i // 10) % 10 in (1, 4, 7) else None
        docs.append(doc.out(known))
    for i in range(n_clean):
        c = make_ctx(rng, fk)
        doc = Doc(f"t-clean-{i:03d}")
        w = W(doc, False, rng)
        STYLES[(i * 3 + 1) % len(STYLES)](w, c)
        docs.append(doc.out())
    return docs
