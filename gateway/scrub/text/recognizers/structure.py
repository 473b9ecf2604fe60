"""PERSON from the shape of names and a name lexicon, where no context word says "this is a person".

The context recognisers (``person.py``, ``correspondence.py``) need an honorific, a role word or a known label;
text written in a style they were not written for (a new label, a list of attendees, a bank-account holder in
katakana) slips through. This recogniser reads evidence that does not depend on the style:

- the name lexicon: about 12,000 family names and 17,500 given names of mecab-ipadic with their katakana readings
  (``policies/data/text/names_ipadic.json``, built by ``scripts/build_name_lexicon.py``), on top of Sudachi's
  人名 part of speech. Names that are also frequent ordinary words (上部, 結果) are kept apart and only strong
  structure may use them;
- a family name and a given name separated by a space (``勘解由小路 陽一``, ``インナミ アツシ``, ``纐纈 乃愛``):
  one side must be a lexicon name, the other name-shaped;
- a value slot: the whole value after a colon is one family name (``記録：轟``);
- a kinship word in brackets after a name (``幹（長男）``);
- initials before an age and sex or after a case label (``Case: K.I., 74F``);
- lists: items of one list that share a shape (``轟（放）、帯刀（病理）、春夏秋冬（研修医）``) are all names when
  one of them is.

Document-level propagation (a name found once is removed everywhere in the document) lives in the analyser.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

import jaconv

from gateway.scrub.text.data import load
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import HIRAGANA, KANJI, KATAKANA, JaRecognizer, Span, trie_regex

_CTX = load("person_context")
_NEVER = frozenset(_CTX["never_name"])
_ALLOW = frozenset(load("clinical_allow")["terms"])
_SUFFIXES = frozenset(_CTX["suffixes"])
_SUFFIXES_LONGEST = sorted(_SUFFIXES, key=len, reverse=True)
_ROLE_WORDS = frozenset({*_CTX["prefixes"], *_CTX["label_prefixes"], *_SUFFIXES})
_KANJI_RUN = re.compile(f"[{KANJI}ノ]+")
_KATA_RUN = re.compile(f"[{KATAKANA}]+")
_HIRA_RUN = re.compile(f"[{HIRAGANA}]+")
_KANJI_CHAR = re.compile(f"[{KANJI}ノ]")
_KATA_CHAR = re.compile(f"[{KATAKANA}]")
_HIRA_CHAR = re.compile(f"[{HIRAGANA}]")
# words that end an organisation, a role or a thing, never a name
_NOT_NAME_END = (
    "科",
    "部",
    "室",
    "棟",
    "課",
    "局",
    "院",
    "所",
    "会",
    "班",
    "係",
    "者",
    "員",
    "師",
    "士",
    "医",
    "長",
    "病",
    "症",
    "炎",
    "癌",
    "剤",
    "薬",
    "錠",
    "液",
    "型",
    "式",
    "法",
    "術",
    "検査",
    "センター",
    "ステーション",
)
# parts of speech of ordinary words that a name never is
_WORD_POS2 = frozenset({"サ変可能", "形状詞可能", "副詞可能", "助数詞可能", "助数詞"})
_KIN = (
    "長女",
    "長男",
    "次女",
    "次男",
    "三女",
    "三男",
    "四男",
    "四女",
    "妻",
    "夫",
    "母",
    "父",
    "実母",
    "実父",
    "娘",
    "息子",
    "嫁",
    "婿",
    "姉",
    "兄",
    "弟",
    "妹",
    "孫",
    "祖母",
    "祖父",
    "叔母",
    "叔父",
    "伯母",
    "伯父",
    "姪",
    "甥",
    "義母",
    "義父",
    "義姉",
    "義兄",
    "義妹",
    "義弟",
    "本人",
    "配偶者",
    "内縁の妻",
    "内縁の夫",
    "夫人",
    "キーパーソン",
    "KP",
    "代理人",
    "代諾者",
    "保護者",
    "後見人",
    "成年後見人",
    "友人",
    "知人",
    "同居人",
)
_KIN_BRACKET = re.compile(
    r" ?[(（](?:" + "|".join(sorted(_KIN, key=len, reverse=True)) + r")(?:[ 、,・/][^()（）\n]{0,12})?[)）]"
)
# dotted or middle-dot initials (K.T., K.T, S・A, T. H.), or two or three capitals (KM) where the context is strong
_DOTTED = r"[A-Z](?:\. ?|・)[A-Z]\.?(?:(?:\. ?|・)?[A-Z]\.?)?"
_INITIALS = rf"(?P<v>{_DOTTED}|[A-Z]{{2,3}})"
_AGE_NUM = r"(?:\d{1,3}|[一二三四五六七八九十百]{1,4})"
_INITIALS_AGE = re.compile(
    rf"(?<![A-Za-z.・]){_INITIALS}(?![A-Za-z])"
    rf"(?=[ ]?[,、，]?[ ]?(?:{_AGE_NUM}[ ]?(?:歳|才|y/o|yo|y\.o\.|yrs|y|Y|F|M|女|男)"
    r"(?![A-Za-z])|(?:男性|女性|男|女|F|M)(?![A-Za-z])))"
)
_INITIALS_LABEL = re.compile(
    r"(?<![A-Za-z])"
    + trie_regex(
        (
            *("Case", "CASE", "Pt", "PT", "Patient", "patient", "Name", "NAME", "Initial", "Initials"),
            *("患者", "症例", "氏名", "イニシャル", "対象者", "被験者"),
        )
    )
    + rf"[0-9]{{0,3}}[ ]?(?:[:：=][ ]?|[ ]){_INITIALS}(?![A-Za-z])"
)
# initials before an honorific: HH様, K.T.さん (not 様 as '-like': RAS様の小嚢胞, ADC様)
_INITIALS_HONORIFIC = re.compile(
    rf"(?<![A-Za-z.・])(?P<v>{_DOTTED}|[A-Z]{{2,3}})(?=[ ]?(?:様(?![のなにでを{KANJI}])|さん|氏|殿|君|くん|ちゃん))"
)
# dotted initials standing on their own (T.K., Y.H.), not common dotted abbreviations
_INITIALS_ALONE = re.compile(
    r"(?:(?<=^)|(?<=[\s(（、,:：/／]))(?P<v>[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)(?=$|[\s)）、,。/／])", re.M
)
_NOT_INITIALS = frozenset(
    {"A.M.", "P.M.", "U.S.", "U.K.", "E.G.", "I.E.", "N.B.", "B.C.", "A.D.", "M.D.", "D.O.", "P.S."}
)
# undotted initials after a signing label: イニシャル: SN, sign YK, 記録 TT
_INITIALS_SIGN = re.compile(
    r"(?:イニシャル|[Ii]nitials?|INITIALS?|[Ss]ign(?:ed)?|SIGN|署名|サイン|記録|確認|担当|記載|入力|実施|判読|読影|検者|"
    r"術者|報告|作成|by)(?:者|技師|医)?"
    rf"(?:[ ]?[:：][ ]?|[ ])(?P<v>{_DOTTED}|[A-Z]{{2,3}})(?=$|[\s)）、,。/／])",
    re.M,
)
# role and unit abbreviations that look like initials
_NOT_SIGN = frozenset(
    {
        "PT",
        "OT",
        "ST",
        "MSW",
        "CRC",
        "NS",
        "RN",
        "MD",
        "DR",
        "CE",
        "RT",
        "ME",
        "SW",
        "CW",
        "CM",
        "NP",
        "PA",
        "ER",
        "OR",
        "IC",
        "ICU",
        "HCU",
        "CCU",
        "CT",
        "MR",
        "MRI",
        "US",
        "XR",
        "RI",
        "PET",
        "OK",
        "NG",
        "NA",
        "ND",
        "BP",
        "HR",
    }
)
_NOT_AGE_INITIALS = frozenset(
    {"PS", "BMI", "ADL", "QOL", "DM", "HT", "HL", "CKD", "AF", "EF", "GCS", "JCS", "NRS", "VAS", "MMT", "HDS"}
    | {"ID", "MOD", "MRN", "DOB", "SEX", "AGE", "NO", "SCT", "DCM", "UID", "SR", "KEY"}
    # vessels and roles written in capitals: 左MCA M2, 記載: CGC
    | {"MCA", "ACA", "PCA", "ICA", "SMA", "IMA", "SVC", "IVC", "LAD", "LCX", "RCA", "LMT", "CGC", "CRC", "MSW", "PSW"}
)
_TAB_INITIALS = re.compile(r"[A-Z]{1,3}|[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?")
_SIGN_HEADERS = frozenset(
    {"担当", "担当者", "記録", "記録者", "実施者", "確認", "確認者", "サイン", "sign", "Sign", "署名"}
)
# foreign names in katakana joined by middle dots (グエン・ヴァン・アン), not eponyms (ギラン・バレー症候群)
_KATA_DOTTED = re.compile(
    f"(?<![{KATAKANA}・=])(?P<v>[{KATAKANA}]{{2,}}(?:[・=][{KATAKANA}]{{2,}}){{1,3}})(?![{KATAKANA}・=])"
)
_EPONYM_AFTER = (*_CTX["eponym_next"], "発作", "現象", "反応", "三徴", "変法", "手技", "検査", "点", "角", "比", "像")
_DEGREES = frozenset({"MD", "PhD", "RN", "PharmD", "DDS", "MPH", "MSc"})
# romaji names after a person label, before a nationality or after with a degree
_CAPWORD = r"(?:[A-Z][a-z]+(?:['\-][A-Za-z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)"
_ROMAJI_RUN = rf"(?P<v>{_CAPWORD}(?:,? {_CAPWORD}){{1,3}})"
_PERSON_LABELS = sorted(
    {*_CTX["prefixes"], *_CTX["label_prefixes"], "家族", "患者", "通訳", "連絡先", "緊急連絡先", "本人", "代理人"}
    | {"Patient", "Name", "Interpreter", "Family", "Contact", "Attending", "Reported by", "Signed by", "By"},
    key=len,
    reverse=True,
)
_ROMAJI_AFTER_LABEL = re.compile(
    # a lookahead for the labels' first characters, then the lookbehind: the lookbehind alone at every position of
    # the text costs six times as much
    "(?=["
    + re.escape("".join(sorted({w[0] for w in _PERSON_LABELS})))
    + "])(?<![A-Za-z])"
    + trie_regex(_PERSON_LABELS)
    # Name (as in passport): DO QUANG HUY; Family (Lee Seo-jun, father)
    + r"(?:[ ]?\((?:as |per )?[a-z ]{2,16}\))?[ ]?(?:[:：／/=(][ ]?|[ ])"
    + _ROMAJI_RUN
    + "(?![A-Za-z])"
)
# names in English correspondence: the display name of an e-mail header ("Park, Seo-yeon" <s@x>), a salutation
# (Dear Hannah,), the name under a closing (Best regards,⏎Shota), a name before its date of birth (Re: Park Ji-hoon,
# DOB ...; Angelica Mendoza (DOB ...)) and a relative named in English (daughter Carmen Higa)
_EN_HEADER_NAME = re.compile(
    r"(?m)^(?:From|To|Cc|CC|Bcc|Reply-To|差出人|宛先|送信者)[ ]?:[ ]?\"?"
    rf"(?P<v>{_CAPWORD}(?:,? {_CAPWORD}){{0,3}})\"?[ ]?<[^<>\n@]+@"
)
_EN_SALUTATION = re.compile(
    rf"(?m)^(?:Dear|Hi|Hello)[ ](?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ ])?(?P<v>{_CAPWORD}(?: {_CAPWORD}){{0,2}})[,:!]"
)
_EN_CLOSING = re.compile(
    r"(?:Thanks|Thank you|Regards|Best regards|Kind regards|Warm regards|Best wishes|Sincerely|Yours sincerely|"
    r"Yours faithfully|Sincerely yours|Best|Cheers|Respectfully),?[ ]*\n[ ]*(?:(?:Dr|Prof)\.?[ ])?"
    rf"(?P<v>{_CAPWORD}(?: {_CAPWORD}){{0,3}})(?=,?[ ]*(?:MD|M\.D\.|PhD|RN)?[ ]*(?:\n|$))"
)
_EN_BEFORE_DOB = re.compile(
    rf"(?=[A-Z])(?<![A-Za-z])(?P<v>{_CAPWORD}(?:,? {_CAPWORD}){{1,3}})"
    r"(?=,? (?:DOB|D\.O\.B\.|born|b\. )|[ ]?\((?:DOB|born|\d{1,3}[ ]?(?:[MF]|y|yo|歳)\b))"
)
_EN_KIN = re.compile(
    r"(?=[a-z])(?<![A-Za-z])(?:wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|guardian|"
    r"grandson|granddaughter|niece|nephew|uncle|aunt|after|caring for|looking after)"
    rf"[ ](?P<v>{_CAPWORD}(?: {_CAPWORD}){{1,2}})(?![A-Za-z])"
)
_ROLE_WORDS_EN = frozenset(
    {"Operator", "Assistant", "Radiologist", "Referring", "Reader", "Technologist", "Nurse", "Physician", "Surgeon"}
    | {"Anesthesiologist", "Requesting", "Attending", "Interpreter", "Coordinator", "Resident", "Fellow", "Consultant"}
)
_UPPER_LATIN = re.compile("[A-Z]")
_EN_KIN_HINT = re.compile(
    "wife|husband|son|daughter|mother|father|brother|sister|spouse|partner|friend|guardian|niece|nephew|uncle|aunt|after|caring"
)
_ROMAJI_DEGREE = re.compile(
    rf"(?=[A-Z])(?<![A-Za-z]){_ROMAJI_RUN},? (?:MD|M\.D\.|PhD|Ph\.D\.|RN|PharmD|DDS|MPH|MSc)(?![A-Za-z])"
)
_NATIONALITY = re.compile(
    rf"(?P<v>{_CAPWORD}(?: {_CAPWORD}){{1,3}}|[{KATAKANA}]{{2,}}(?:[・ ][{KATAKANA}]{{2,}}){{1,3}})"
    r"[ ]?[(（][^()（）\n]{1,10}(?:国籍|出身|人)[)）]"
)
_NOT_NAME_WORDS_EN = frozenset(
    {
        "The",
        "And",
        "For",
        "With",
        "From",
        "Department",
        "Hospital",
        "Clinic",
        "University",
        "Center",
        "Centre",
        "General",
        "Medical",
        "School",
        "Report",
        "Reported",
        "Signed",
        "MRI",
        "CT",
        "PET",
        "US",
        "XR",
        "ICU",
        "ER",
        # salutations and sign-offs that name no one: Dear Colleague, Dear Sir or Madam, Best regards,⏎Team
        *("Colleague", "Colleagues", "Sir", "Madam", "Doctor", "Team", "All", "Everyone", "Staff", "Sirs"),
        *("Thanks", "Regards", "Sincerely", "Office", "Desk", "Coordinator", "Secretary", "Services", "Service"),
    }
)
# a family name with its department or role in brackets, standing alone in a list: 中（がん看護）, 原（腫瘍内科）
_SURNAME_ROLE = re.compile(
    rf"(?:(?<=[ \t\n:：、,，・/／])|^)(?P<v>[{KANJI}]{{1,3}})[(（](?P<d>[^()（）\n]{{1,10}})[)）]", re.M
)
_ROLE_TAIL = re.compile(r"(?:科|部|室|センター|看護|病理|放|医|師|士|Ns|NS|Dr|PT|OT|ST|MSW|CRC|外来|病棟|チーム)$")
# a doctor's own clinic session: 消化器内科 川崎外来, 10:30 辻外来
_NAMED_CLINIC = re.compile(rf"(?:(?<=[ \t\n:：])|^)(?P<v>[{KANJI}]{{1,3}})外来(?![{KANJI}])", re.M)
# a relative's given name: 夫の実は, 姉の愛に, 娘のさくらちゃんが; and 「幹と一緒に
KIN_OF = trie_regex(
    (
        *("夫", "妻", "主人", "家内", "嫁", "婿", "息子", "娘", "長男", "長女", "次男", "次女", "三男", "三女", "兄"),
        *("姉", "弟", "妹", "孫", "父", "母", "祖父", "祖母", "叔父", "叔母", "伯父", "伯母", "甥", "姪"),
        *("義母", "義父"),
        *("義姉", "義兄", "義妹", "義弟", "従姉", "従兄", "従妹", "従弟", "いとこ", "友人", "親友", "彼氏", "彼女"),
        *("婚約者", "内縁の妻", "内縁の夫"),
    )
)
_NAME_RUN = rf"[{KANJI}]{{1,3}}|[{HIRAGANA}]{{2,4}}|[{KATAKANA}]{{2,5}}"
# a family name with the role right after it (星医師, 東Ns, 星 Ns.), or glued after a role and before a particle
# (担当技師小林トメが, 放射線科医清水を): one or two kanji that the lexicon knows as a family name
_NAME_ROLE_AFTER = re.compile(
    rf"(?:(?<=^)|(?<=[\s:：、,。(（/／]))(?P<v>[{KANJI}]{{1,2}})[ ]?(?:医師|Ns\.?|NS|Dr\.?|技師|看護師)(?![A-Za-z])",
    re.M,
)
_NAME_ROLE_BEFORE = re.compile(
    rf"(?:技師|医師|看護師|放射線科医|主治医|担当医|執刀医|麻酔科医|薬剤師)(?P<v>(?P<f>[{KANJI}]{{1,3}})[{KATAKANA}]{{0,4}})"
    r"(?=[がをにはとへ、。]|\s|$)"
)
# a foreign name in katakana with its Latin spelling in brackets: メンドーサ＝アンジェリカ（MENDOZA ANGELICA）
_KATA_WITH_LATIN = re.compile(
    rf"(?P<k>[{KATAKANA}]{{2,}}(?:[・=][{KATAKANA}]{{2,}}){{1,3}})[ ]?(?:様|さん)?[ ]?[(（]"
    r"(?P<v>[A-Z][A-Za-z\-']+(?:,? [A-Z][A-Za-z\-']+){1,3})[)）]"
)
# a name as a document spells it: カルテ表記は「チャオ・シャオリー」, パスポートは「ZHAO XIAOLI」, 保険証は「趙 暁麗」
_SPELLED_IN = re.compile(
    r"(?:表記|パスポート|旅券|保険証|在留カード|カルテ|通称名?|本名|旧姓|英字|ローマ字)(?:上の?)?(?:表記)?(?:は|が|:|：)"
    r"[ ]?「(?P<v>[^「」\n]{2,30})」"
)
# a requesting doctor after the department and a slash: 依頼: 婦人科/森, 依頼医：内分泌代謝内科/東
_DEPT_SLASH_NAME = re.compile(
    rf"(?:依頼医?|主治医|担当医?|紹介医)[ ]?[:：][ ]?[^\n/]{{1,12}}科[ ]?/[ ]?(?P<v>[{KANJI}]{{1,4}})(?=[ \t]|$)", re.M
)
# the writer of a log line in square brackets after its time: 12:40 [オオイタ タツヤ], 8:05 [H.T.], 15:15 [角]
_BRACKET_AFTER_TIME = re.compile(
    rf"(?:\d{{1,2}}:\d{{2}}|\d{{1,2}}時\d{{1,2}}分)[ \u3000]*\[(?P<v>[{KANJI}{KATAKANA}{HIRAGANA}]{{1,8}}"
    rf"(?:[ \u3000][{KANJI}{KATAKANA}{HIRAGANA}]{{1,8}})?|[A-Z]\.[ ]?[A-Z]\.?)\]"
)
# initials signing a note before the writer's role: （1/25 8:45 YA Ns）, IK 薬剤師, NS医師, FM MSW
# modality, route and role codes that stand before a role word without being anyone's initials
_MODALITY_CODES = frozenset(
    {"RI", "CT", "MR", "US", "XP", "XR", "NM", "DR", "CR", "MG", "IN", "IV", "IM", "ES", "RT", "PT", "OT", "ST", "CM"}
    | {"NS", "MSW", "PSW", "CRC", "ME", "CE", "OR", "ER", "SW", "CW"}
)
_INITIALS_ROLE = re.compile(
    r"(?<![A-Za-z])(?P<v>[A-Z]{2}|[A-Z]\.[ ]?[A-Z]\.)"
    r"(?=[ ](?:Ns|NS|Dr|MSW|PSW|PT|OT|ST|CM)(?![A-Za-z])|[ ]?(?:薬剤師|医師|看護師|技師))"
)
# a name's katakana reading right after it in the same field: 氏名：松田 湊　マツダ ミナト
_NAME_THEN_READING = re.compile(
    rf"(?P<f>[{KANJI}]{{1,4}})[ ][{KANJI}]{{1,3}}[ ]+(?P<v>[{KATAKANA}]{{2,8}}[ ][{KATAKANA}]{{1,8}})"
    r"(?=[ ]*(?:\n|$|[(（,、]))",
    re.M,
)
# 妻・吉田はる（昭和九年生）, 長男：一郎、: a relative's name after a middle dot or colon, up to a bracket or comma
_REL_DOT = re.compile(
    rf"(?:{KIN_OF})[・:：][ \u3000]?"
    rf"(?P<v>[{KANJI}{HIRAGANA}{KATAKANA}]{{1,8}}(?:[ \u3000][{KANJI}{HIRAGANA}{KATAKANA}]{{1,6}})?)"
    r"(?=[(（、,。 \u3000]|$)",
    re.M,
)
# 妻の百武 さやかと, 妻の三輪 遥と: a relative's full name (a family name, a space, a given name)
_REL_FULL = re.compile(
    rf"(?:{KIN_OF})の(?P<f>[{KANJI}]{{1,4}})[ ](?P<g>[{KANJI}]{{1,3}}|[{HIRAGANA}]{{2,4}}|[{KATAKANA}]{{2,5}})"
    r"(?:さん|ちゃん|くん|君)?(?=が|に|は|と|も|を|の|から|へ|、|。|」|\s|$)"
)
_REL_GIVEN = re.compile(
    rf"(?:{KIN_OF})の(?P<v>{_NAME_RUN})(?P<h>さん|ちゃん|くん|君)?"
    r"(?=が|に|は|と|も|を|の|から|へ|、|。|」|\s|$)"
    rf"|(?:(?<=[「『\n ])|^)(?P<w>{_NAME_RUN})(?:さん|ちゃん|くん|君)?と一緒に",
    re.M,
)
# one romaji family name after a person label and a colon (麻酔科医：Smith) or after 担当 in brackets
_NOT_ROMAJI = frozenset(_CTX["not_romaji"])
_NOT_KANA_NAME = frozenset(
    {"なし", "あり", "ありません", "です", "します", "した", "ナシ", "アリ", "ナース", "ドクター"}
)
# a name in kana right after a label only a person fills: 口座名義 ヒトトセ ツムギ, Reported by やまもと みき,
# pt タイラキヨ, 通訳 グエン・ヴァン・アン
_KANA_SLOT = re.compile(
    trie_regex(
        (
            *("Reported by", "Signed by", "口座名義", "名義", "名義人", "立会人", "立会者", "通訳", "受け", "同席"),
            *("申込者", "届出人", "代理人", "申出者", "記録", "記録者", "担当", "担当者", "pt", "Pt"),
        )
    )
    + rf"[ ]?[:：／/]?[ ]?(?P<v>[{HIRAGANA}]{{2,5}}[ ][{HIRAGANA}]{{2,4}}|[{KATAKANA}]{{2,6}}[ ・][{KATAKANA}]{{2,6}}"
    rf"(?:・[{KATAKANA}]{{2,6}})?|[{KATAKANA}]{{1,6}}(?:・[{KATAKANA}]{{1,6}}){{2,3}}|[{KATAKANA}]{{4,10}})"
    r"(?=[ \t\n、,。/／(（]|でした|より|$)"
)
# a family name alone on its line (a mail signature, a quoted reply: "> 森"), or introducing oneself (堀 です。), or
# closing a log line after its time stamp (… 01:58 フクオカ)
_NAME_LINE = re.compile(rf"(?m)^(?:> ?|― ?|-- ?)?(?P<v>[{KANJI}]{{1,4}}|[{KATAKANA}]{{2,8}})[ ]?$")
_SELF_INTRO = re.compile(
    rf"(?:(?<=[。\n、 ])|^)(?P<v>[{KANJI}]{{1,4}}|[{KATAKANA}]{{2,8}})[ ]?(?:です|と申します|でした)(?:[。!！\n ]|$)"
)
_AFTER_CLOCK = re.compile(
    rf"[0-2]?[0-9]:[0-5][0-9][ ]+(?P<v>[{KANJI}]{{1,4}}|[{KATAKANA}]{{2,8}})[ ]?(?:$|(?=[)）][:：]?))", re.M
)
# a chat mention of a user name: @yamamoto_m, @kawasaki.isamu (not the local part of an e-mail address)
_MENTION = re.compile(r"(?<![A-Za-z0-9._%+\-])@(?P<v>[A-Za-z][A-Za-z0-9._\-]{2,30}[A-Za-z0-9])(?![A-Za-z0-9@.\-])")
_PREFIX_WORDS = frozenset(_CTX["prefixes"]) | frozenset(_CTX["label_prefixes"])
# romaji names before a Japanese honorific (Luis Garcia 先生) and an initial after a title (Dr.R. Kondo)
_ROMAJI_HONORIFIC = re.compile(
    r"(?<![A-Za-z.])(?P<v>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){0,2})"
    r" ?(?:先生|様|さん|氏|殿|医師|君)"
)
_TITLE_INITIAL = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof)\.? ?(?P<v>[A-Z]\. ?[A-Z][a-z]+|[A-Z][a-z]+ [A-Z]\.)(?![A-Za-z])")
# a katakana family name with the initial of the given name, as whiteboards write them: スズキ A, オカヤマ H様
_KATA_INITIAL = re.compile(
    rf"(?<![{KATAKANA}])(?P<f>[{KATAKANA}]{{2,8}})[ ](?P<i>[A-Z])(?=[ \t|,、]|様|さん|$)(?![A-Za-z])", re.M
)
# a name written as two runs after a role or a bracketed relation: 医療ソーシャルワーカー いけだ ようこ,
# 臨床遺伝専門医 斎藤 零, モニター：タパ ラム, 家族（長女） たかなし ようこ
_ROLE_PAIR = re.compile(
    rf"(?:[{KANJI}{KATAKANA}]{{0,12}}(?:者|師|医|士|員|担当|ター|カー|ナー|当院)|[)）])"
    r"(?:[ \t]{0,2}[:：][ \t]{0,3}|[ \t]{1,3})"
    rf"(?P<v>(?P<a>[{HIRAGANA}]{{2,5}}|[{KATAKANA}]{{2,6}}|[{KANJI}]{{1,4}})[ ]"
    rf"(?P<b>[{HIRAGANA}]{{2,5}}|[{KATAKANA}]{{2,6}}|[{KANJI}]{{1,3}}))(?=[ \t\n、,。(（]|$)",
    re.M,
)
_ROMAJI_ONE_HINT = re.compile(r"[:：][ ]?[A-Z][a-z]|担当 [A-Z]")
_ROMAJI_ONE = re.compile(
    rf"(?:[{KANJI}]{{1,6}}(?:医|医師|師|士|者|担当)|Dr\.?|担当)[ ]?(?:[:：][ ]?|(?<=担当) )"
    r"(?P<v>[A-Z][a-z]{2,14})(?![A-Za-z.\-])(?![ ]?[A-Z][a-z])"
)

_GLUED_RUN = re.compile(f"(?<![{KANJI}])[{KANJI}]{{3,6}}(?![{KANJI}])")
_EPONYM_TAIL = frozenset("病症式法型炎腫")
# the person a task is given to or reported to: 抜糸は神が担当, 目黒に報告済
_AGENT = re.compile(
    rf"(?:(?<=[はもで、。\s:：])|^)(?P<v>[{KANJI}]{{1,4}}|[{KATAKANA}]{{2,8}})(?:が|に|へ|から)"
    r"(?:担当|報告|連絡|確認|相談|申し送|説明|依頼|指示|交代)",
    re.M,
)
# one list item: a name-shaped run with an optional bracket after it
_ITEM = re.compile(
    f"(?P<v>[{KANJI}{HIRAGANA}{KATAKANA}]{{1,6}}(?: [{KANJI}{HIRAGANA}{KATAKANA}]{{1,4}})?)"
    r"(?P<b> ?[(（][^()（）\n、,]{1,12}[)）])?"
)
_ITEM_SEP = re.compile(r" ?[、,，・/／] ?")
_LIST_START = frozenset(" \t\n:：、,，・/／(（「[")


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    data = load("names_ipadic")
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


class Tokens:
    """Morphemes of one text with bisect lookups."""

    def __init__(self, ms: list[Morph]) -> None:
        self.ms = ms
        self.starts = [m.start for m in ms]
        self.ends = [m.end for m in ms]

    def starting_at(self, pos: int) -> Morph | None:
        """The morpheme that starts at ``pos``, or None when ``pos`` is inside one."""
        i = bisect_left(self.starts, pos)
        return self.ms[i] if i < len(self.ms) and self.starts[i] == pos else None

    def exact(self, s: int, e: int) -> list[Morph] | None:
        """The morphemes covering exactly ``[s, e)``, or None when a morpheme crosses either edge."""
        i = bisect_left(self.starts, s)
        if i >= len(self.ms) or self.starts[i] != s:
            return None
        j = bisect_left(self.ends, e, lo=i)
        if j >= len(self.ms) or self.ends[j] != e:
            return None
        return self.ms[i : j + 1]


_ERAS = ("明治", "大正", "昭和", "平成", "令和")


def never_a_name(s: str) -> bool:
    """``s`` is on the never-a-name list (role and placeholder words: 全麻, 旧姓, 母, CGC)."""
    return s in _NEVER or s in _NOT_AGE_INITIALS


def not_name_word(s: str) -> bool:
    return s in _NEVER or s in _ALLOW or s in _ROLE_WORDS or s.endswith(_NOT_NAME_END) or s.startswith(_ERAS)


def _strip_suffix(value: str) -> str:
    """The value without an honorific or role suffix glued to its end (すゑさん -> すゑ)."""
    for suffix in _SUFFIXES_LONGEST:
        if value.endswith(suffix) and len(value) > len(suffix):
            return value[: -len(suffix)]
    return value


def in_name_lexicon(s: str) -> bool:
    """``s`` is a family or given name, or its reading, in the name lexicon."""
    lex = _lexicon()
    kata = jaconv.hira2kata(s)
    return (
        s in lex["family"]
        or s in lex["given"]
        or s in lex["family_common"]
        or s in lex["given_common"]
        or kata in lex["family_readings"]
        or kata in lex["given_readings"]
    )


def ordinary_word(toks: list[Morph]) -> bool:
    """One dictionary word that is not a name (a common noun, a verb...)."""
    if len(toks) != 1:
        return False
    t = toks[0]
    return not t.oov and not t.is_person and t.pos[1] != "固有名詞"


def family_like(s: str, toks: list[Morph] | None, *, strong: bool) -> bool:
    """Could ``s`` (with its exact morphemes) be a family name? ``strong``: the structure around it already says
    it is a name slot, so rarer evidence counts (a place name, a word that is also a name, an unknown word)."""
    if not s or not_name_word(s):
        return False
    lex = _lexicon()
    if _KANJI_RUN.fullmatch(s):
        if len(s) > 5:
            return False
        if toks is None:
            return strong and s in lex["family"] and len(s) >= 2
        if any(t.pos[2] in _WORD_POS2 or t.pos[1] == "数詞" for t in toks if not t.is_person):
            return False
        if len(s) == 1:
            return len(toks) == 1 and toks[0].is_person and toks[0].pos[3] == "姓"
        if s in lex["family"] or all(t.is_person for t in toks):
            return True
        if strong:
            if s in lex["family_common"]:
                return True
            if len(toks) == 1 and (toks[0].oov or toks[0].is_place):
                return True
        return False
    if _KATA_RUN.fullmatch(s):
        if not 2 <= len(s) <= 8:
            return False
        if s in lex["family_readings"]:
            return toks is None or not ordinary_word(toks) or strong
        return strong and toks is not None and len(toks) == 1 and (toks[0].oov or toks[0].is_person)
    return False


def given_like(s: str, toks: list[Morph] | None, *, strong: bool) -> bool:
    if not s or not_name_word(s):
        return False
    lex = _lexicon()
    if _KANJI_RUN.fullmatch(s):
        if len(s) > 3 or toks is None:
            return False
        if any(t.pos[1] == "数詞" for t in toks):
            return False
        person = all(t.is_person for t in toks)
        if len(s) == 1:
            return person or (strong and s in lex["given"])
        if s in lex["given"] or person:
            return True
        return strong and (s in lex["given_common"] or (len(toks) == 1 and toks[0].oov))
    if _KATA_RUN.fullmatch(s) or _HIRA_RUN.fullmatch(s):
        if not 2 <= len(s) <= 6:
            return False
        if toks is None or any(t.pos[0] not in ("名詞", "接頭辞") and not t.oov for t in toks):
            return False
        return jaconv.hira2kata(s) in lex["given_readings"]
    return False


def script_of(c: str) -> str:
    if _KANJI_CHAR.match(c):
        return "kanji"
    if _KATA_CHAR.match(c):
        return "kata"
    if _HIRA_CHAR.match(c):
        return "hira"
    return ""


class NameStructureRecognizer(JaRecognizer):
    ENTITY = "PERSON"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        toks = Tokens(morphemes)
        if " " in text:
            yield from self._spaced_names(text, toks)
        if ":" in text or "：" in text:
            yield from self._value_slots(text, toks)
        if "(" in text or "（" in text:
            yield from self._kin_brackets(text, toks)
        yield from self._initials(text)
        yield from self._signed_initials(text)
        yield from self._agents(text, toks)
        if "・" in text or "=" in text:
            yield from self._katakana_dotted(text, toks)
        if any("A" <= c <= "Z" for c in text) or "国籍" in text:
            yield from self._foreign_romaji(text)
        yield from self._lists(text, toks)
        yield from self._single_slots(text, toks)
        yield from self._glued_names(text, toks)

    # 7. a family name and a given name written together with no space (森胡桃, 御手洗零), both from the lexicon and
    # neither an ordinary word, in a kanji run that is not one dictionary word
    def _glued_names(self, text: str, toks: Tokens) -> Iterator[Span]:
        lex = _lexicon()
        fam, giv = lex["family"], lex["given"]
        fam_c, giv_c = lex["family_common"], lex["given_common"]
        for m in _GLUED_RUN.finditer(text):
            run = m.group(0)
            vt = toks.exact(m.start(), m.end())
            if vt is not None and len(vt) == 1 and not vt[0].oov and not vt[0].is_person:
                continue  # one dictionary word (大腸癌, 高田馬場)
            for k in range(min(4, len(run) - 1), 0, -1):
                f, g = run[:k], run[k:]
                if len(g) > 3 or f not in fam or g not in giv or f in fam_c or g in giv_c:
                    continue
                if not_name_word(f) or not_name_word(g) or g[-1] in _EPONYM_TAIL:
                    continue
                yield m.start(), m.end(), 0.65
                break

    # 1. family name, space, given name
    def _spaced_names(self, text: str, toks: Tokens) -> Iterator[Span]:
        n = len(text)
        pos = text.find(" ")
        while pos != -1:
            p = pos
            pos = text.find(" ", p + 1)
            if p == 0 or p + 1 >= n:
                continue
            ls, rs = script_of(text[p - 1]), script_of(text[p + 1])
            if not ls or not rs or (ls == "hira" and rs != "hira"):
                continue
            a = p - 1
            while a > 0 and script_of(text[a - 1]) == ls and p - a < 9:
                a -= 1
            b = p + 1
            while b < n and script_of(text[b]) == rs and b - p <= 7:
                b += 1
            if (a > 0 and script_of(text[a - 1]) == ls) or (b < n and script_of(text[b]) == rs):
                continue  # runs too long to be names
            if ls == "kanji" and a >= 2 and text[a - 1] == " " and script_of(text[a - 2]) == "kanji":
                continue  # the middle of three kanji groups (山本 美代 続柄): the pair before it is the name
            span = self._full_name(text, toks, (a, p, b), (ls, rs))
            if span is not None:
                yield span

    def _full_name(
        self, text: str, toks: Tokens, bounds: tuple[int, int, int], scripts: tuple[str, str]
    ) -> Span | None:
        a, p, b = bounds
        ls, rs = scripts
        given_end = b
        gtoks = toks.exact(p + 1, b)
        if rs == "hira":
            # a hiragana given name runs into its particle: the first morpheme is the candidate
            first = toks.starting_at(p + 1)
            if first is None:
                return None
            given_end = first.end
            gtoks = [first]
        if gtoks is not None:
            # an honorific or role glued to the given name (紬様, 太郎君) ends it
            for t in gtoks:
                if t.surface in _SUFFIXES or t.pos[0] == "接尾辞":
                    given_end = t.start
                    gtoks = toks.exact(p + 1, given_end) if given_end > p + 1 else None
                    break
            if given_end <= p + 1:
                return None
        if given_end < len(text) and text[given_end].isdigit():
            return None  # 平 昭和26年: a date follows, not a name
        given = text[p + 1 : given_end]
        if ls == "kanji" and len(text[a:p]) > 5:
            # a label glued before the family name (記録者山田 太郎): the longest lexicon family name at the end
            for k in range(p - 5, p - 1):
                ftoks = toks.exact(k, p)
                if ftoks is not None and text[k:p] in _lexicon()["family"] and not not_name_word(text[k:p]):
                    a = k
                    break
            else:
                return None
        family = text[a:p]
        ftoks = toks.exact(a, p)
        if ftoks is None and ls == "kanji":
            return None
        fam_strict = family_like(family, ftoks, strong=False)
        giv_strict = given_like(given, gtoks, strong=False)
        if fam_strict and giv_strict:
            return a, given_end, 0.8
        lex = _lexicon()
        # one side from the lexicon, the other name-shaped
        if giv_strict and len(given) >= 2 and family_like(family, ftoks, strong=True):
            return a, given_end, 0.7
        if fam_strict and len(family) >= 2 and given_like(given, gtoks, strong=True):
            return a, given_end, 0.7
        if (
            fam_strict
            and len(family) >= 2
            and ls == "kanji"
            and rs == "kanji"
            and 2 <= len(given) <= 3
            and gtoks is not None
            and not ordinary_word(gtoks)
            and not not_name_word(given)
            and family in lex["family"]
        ):
            return a, given_end, 0.7  # 纐纈 乃愛: a lexicon family name and an unknown kanji given name
        return None

    # 2. the whole value after a colon is one family name: 記録：轟
    def _value_slots(self, text: str, toks: Tokens) -> Iterator[Span]:
        for m in re.finditer("[:：]", text):
            s = m.end()
            while s < len(text) and text[s] in " \t":
                s += 1
            e = s
            while e < len(text) and script_of(text[e]):
                e += 1
            if e == s or e - s > 8:
                continue
            after = text[e : e + 1]
            if after and after not in "\n\r\t 、,，。/／(（;；":
                continue
            if s >= 2 and text[s - 2].isdigit():
                continue  # 10:30 轟 is a time, handled elsewhere
            value = text[s:e]
            vtoks = toks.exact(s, e)
            if family_like(value, vtoks, strong=True):
                yield s, e, 0.7

    # 3. a kinship word in brackets after a name: 幹（長男）, 佐藤 花子（妻）
    def _kin_brackets(self, text: str, toks: Tokens) -> Iterator[Span]:
        for m in _KIN_BRACKET.finditer(text):
            e = m.start()
            if e == 0 or not script_of(text[e - 1]):
                continue
            i = bisect_left(toks.ends, e)
            if i >= len(toks.ms) or toks.ms[i].end != e:
                continue
            # morphemes back to a delimiter, a particle or an auxiliary, at most six characters
            s = toks.ms[i].start
            for t in reversed(toks.ms[:i]):
                if not script_of(t.surface[:1]) or t.pos[0] in ("助詞", "助動詞") or e - t.start > 6:
                    break
                s = t.start
            while s < e and not_name_word(text[s:e]):
                j = bisect_left(toks.starts, s + 1)
                s = toks.ms[j].start if j < len(toks.ms) and toks.ms[j].start < e else e
            if s >= e:
                continue
            value = text[s:e]
            if (
                value in _KIN
                or value in ("続柄", "関係", "間柄")
                or any(t.pos[0] in ("助詞", "助動詞", "動詞") for t in toks.exact(s, e) or ())
            ):
                continue
            # a family name before a space joins: 佐藤 花子（妻）
            if s >= 2 and text[s - 1] == " ":
                a = s - 1
                while a > 0 and script_of(text[a - 1]) and s - 1 - a < 5:
                    a -= 1
                if (a == 0 or not script_of(text[a - 1])) and family_like(
                    text[a : s - 1], toks.exact(a, s - 1), strong=False
                ):
                    s = a
            vtoks = toks.exact(s, e)
            if (
                vtoks is not None
                and ordinary_word(vtoks)
                and len(value) >= 2
                and not family_like(value, vtoks, strong=True)
                and not given_like(value, vtoks, strong=True)
            ):
                continue  # 連絡先（長男）: an ordinary word
            yield s, e, 0.7

    # 4. initials with an age and sex or after a case label: Case: K.I., 74F
    @staticmethod
    def _initials(text: str) -> Iterator[Span]:
        for rx in (_INITIALS_AGE, _INITIALS_LABEL, _INITIALS_HONORIFIC):
            for m in rx.finditer(text):
                v = m.group("v")
                if v.isalpha() and (v in _NOT_SIGN or v in _NOT_AGE_INITIALS):
                    continue  # CT 55歳, PS 1, BMI 22: abbreviations, not initials
                yield m.start("v"), m.end("v"), 0.75
        if "." not in text:
            return
        for m in _INITIALS_ALONE.finditer(text):
            if m.group("v").replace(" ", "") not in _NOT_INITIALS:
                yield m.start("v"), m.end("v"), 0.7

    @staticmethod
    def _signed_initials(text: str) -> Iterator[Span]:
        for m in _INITIALS_SIGN.finditer(text):
            if m.group("v") not in _NOT_SIGN:
                yield m.start("v"), m.end("v"), 0.7
        if "\t" not in text:
            return
        # a tab table whose header names a signing column (時刻<TAB>BP<TAB>担当): initials in that column
        cols: set[int] = set()
        width = 0
        pos = 0
        for line in text.split("\n"):
            start = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) >= 3 and not any(c.isdigit() for c in line):
                cols = {i for i, c in enumerate(cells) if c.strip() in _SIGN_HEADERS}
                width = len(cells)
                continue
            if not cols or len(cells) != width:
                cols = set() if "\t" not in line else cols
                continue
            offset = start
            for i, cell in enumerate(cells):
                value = cell.strip()
                if i in cols and value and _TAB_INITIALS.fullmatch(value) and value not in _NOT_SIGN:
                    s = offset + cell.index(value)
                    yield s, s + len(value), 0.7
                offset += len(cell) + 1

    # 7. the agent of a hand-over verb
    def _agents(self, text: str, toks: Tokens) -> Iterator[Span]:
        lex = _lexicon()
        for m in _AGENT.finditer(text):
            s, e = m.span("v")
            value = m.group("v")
            vt = toks.exact(s, e)
            if vt is None or not_name_word(value):
                continue
            if len(value) == 1:
                ok = vt[0].is_person or value in lex["family"]
            else:
                ok = family_like(value, vt, strong=False) or (len(vt) == 1 and vt[0].oov)
            if ok:
                yield s, e, 0.65

    # 6. foreign names
    def _katakana_dotted(self, text: str, toks: Tokens) -> Iterator[Span]:
        lex = _lexicon()
        for m in _KATA_DOTTED.finditer(text):
            s, e = m.span("v")
            if text.startswith(_EPONYM_AFTER, e):
                continue
            parts = re.split("[・=]", m.group("v"))
            evidence = False
            ordinary = False
            pos = s
            for part in parts:
                pt = toks.exact(pos, pos + len(part))
                in_lexicon = part in lex["family_readings"] or part in lex["given_readings"]
                if in_lexicon or (pt is not None and len(pt) == 1 and (pt[0].is_person or pt[0].oov)):
                    evidence = True
                elif pt is not None and ordinary_word(pt) and len(part) >= 3:
                    ordinary = True
                pos += len(part) + 1
            if evidence and not ordinary:
                yield s, e, 0.65

    @staticmethod
    def _foreign_romaji(text: str) -> Iterator[Span]:
        rxs: list[tuple[re.Pattern[str], int]] = [(_ROMAJI_AFTER_LABEL, 2)]
        if _UPPER_LATIN.search(text):
            rxs.append((_ROMAJI_DEGREE, 2))
        if "(" in text and ("国籍" in text or "出身" in text or "人" in text):
            rxs.append((_NATIONALITY, 2))
        if "@" in text:
            rxs.append((_EN_HEADER_NAME, 1))
        if "Dear" in text or "Hi " in text or "Hello" in text:
            rxs.append((_EN_SALUTATION, 1))
        if "\n" in text:
            rxs.append((_EN_CLOSING, 1))
        if "DOB" in text or "born" in text or "(" in text:
            rxs.append((_EN_BEFORE_DOB, 2))
        if _EN_KIN_HINT.search(text):
            rxs.append((_EN_KIN, 2))
        for rx, least in rxs:
            pos = 0
            while (m := rx.search(text, pos)) is not None:
                pos = m.end()
                value = m.group("v")
                words = re.split("[ ,・=]+", value)
                # the name stops at a word that is no name (Taro Suzuki, Assistant NAKAMURA: a second role)
                cut = next((i for i, w in enumerate(words) if w in _NOT_NAME_WORDS_EN or w in _ROLE_WORDS_EN), None)
                if cut is not None:
                    if words[cut] in _ROLE_WORDS_EN:  # the next role's name is read again from its label
                        pos = max(m.start() + 1, m.start("v") + value.index(words[cut]))
                        words = words[:cut]
                    else:  # Ken Ito, Matsumoto General Hospital: the name ends at the comma before the place
                        head = value[: value.index(words[cut])]
                        words = re.split("[ ,・=]+", head[: head.rindex(",")]) if "," in head else []
                while words and words[-1] in _DEGREES:
                    words.pop()
                if len(words) < least or any(w in _DEGREES for w in words):
                    continue
                end = m.start("v") + value.rindex(words[-1]) + len(words[-1])
                yield m.start("v"), end, 0.7

    # 5. lists whose items share a shape: one name makes them all names
    def _lists(self, text: str, toks: Tokens) -> Iterator[Span]:
        for line_m in re.finditer(r"[^\n]+", text):
            line = line_m.group(0)
            if not any(c in line for c in "、,，・/／"):
                continue
            base = line_m.start()
            yield from self._list_items(text, toks, base, line)

    def _item_end_ok(self, line: str, end: int, base: int, toks: Tokens) -> bool:
        """An item ends at a separator, a bracket, a space or the line end, or before a particle or an
        honorific (山田、鈴木が / 山田、鈴木さん), never inside a word."""
        if end >= len(line) or line[end] in "、,，・/／(（ \t)）。:：":
            return True
        t = toks.starting_at(base + end)
        return t is not None and (t.pos[0] in ("助詞", "助動詞") or t.surface in _SUFFIXES)

    def _list_items(self, text: str, toks: Tokens, base: int, line: str) -> Iterator[Span]:
        pos = 0
        while pos < len(line):
            m = _ITEM.search(line, pos)
            if m is None:
                return
            if m.start() > 0 and line[m.start() - 1] not in _LIST_START:
                pos = m.end()
                continue
            items = [m]
            end = m.end()
            while True:
                sep = _ITEM_SEP.match(line, end)
                if sep is None:
                    break
                nxt = _ITEM.match(line, sep.end())
                if nxt is None or bool(nxt.group("b")) != bool(m.group("b")):
                    break
                items.append(nxt)
                end = nxt.end()
            pos = end if end > m.start() else m.end()
            if len(items) < 2 or not all(self._item_end_ok(line, it.end(), base, toks) for it in items):
                continue
            bracketed = bool(items[0].group("b"))
            spans = [(base + it.start("v"), base + it.start("v") + len(_strip_suffix(it.group("v")))) for it in items]
            label, _, rest = items[0].group("v").partition(" ")
            if rest and label in _PREFIX_WORDS:  # 器械出し 森田、谷: the role word before the list is no item
                spans[0] = (spans[0][0] + len(label) + 1, spans[0][1])
            names = 0
            shaped = []
            lex_family = _lexicon()["family"]
            for s, e in spans:
                value = text[s:e]
                first = value.split(" ")[0]
                vt = toks.exact(s, s + len(first))
                kana_word = _HIRA_RUN.fullmatch(first.replace("ー", "")) is not None
                if len(value) == 1 and not bracketed and value in lex_family and not not_name_word(value):
                    shaped.append((s, e))  # 前田、谷: a one-kanji family name beside a name
                    continue
                if not_name_word(value) or (len(value) == 1 and not bracketed) or kana_word:
                    continue  # 明・大・昭・平 (abbreviations), えーと (a filler)
                if family_like(first, vt, strong=False):
                    names += 1
                    shaped.append((s, e))
                elif family_like(first, vt, strong=True) or (vt is not None and not ordinary_word(vt)):
                    shaped.append((s, e))
                elif bracketed and vt is not None and len(first) <= 5:
                    shaped.append((s, e))  # 春夏秋冬（研修医）: the bracket pattern carries the list
            if names >= 1 and len(shaped) == len(spans) and (names * 2 >= len(spans) or bracketed):
                for s, e in shaped:
                    yield s, e, 0.65

    # 6. one name in a slot that only a person fills: 原（腫瘍内科）, 川崎外来, 姉の愛に, 麻酔科医：Smith
    def _single_slots(self, text: str, toks: Tokens) -> Iterator[Span]:
        lex = _lexicon()
        if "(" in text or "（" in text:
            for m in _SURNAME_ROLE.finditer(text):
                v = m.group("v")
                if not _ROLE_TAIL.search(m.group("d")) or not_name_word(v):
                    continue
                vt = toks.exact(m.start("v"), m.end("v"))
                if v in lex["family"] or v in lex["family_common"] or family_like(v, vt, strong=True):
                    yield m.start("v"), m.end("v"), 0.7
        if "外来" in text:
            for m in _NAMED_CLINIC.finditer(text):
                v = m.group("v")
                vt = toks.exact(m.start("v"), m.end("v"))
                lexical = v in lex["family"] and v not in lex["family_common"] and not not_name_word(v)
                if lexical and (vt is None or not ordinary_word(vt)):
                    yield m.start("v"), m.end("v"), 0.7
        for m in _REL_FULL.finditer(text) if " " in text else ():
            f, g = m.group("f"), m.group("g")
            ft, gt = toks.exact(m.start("f"), m.end("f")), toks.exact(m.start("g"), m.end("g"))
            if not_name_word(f) or not_name_word(g):
                continue
            family = family_like(f, ft, strong=True) or f in lex["family"]  # 三輪: Sudachi reads 三|輪
            if family and (given_like(g, gt, strong=True) or g in lex["given"]):
                yield m.start("f"), m.end("g"), 0.75
        if "(" in text:
            for m in _KATA_WITH_LATIN.finditer(text):
                if text.startswith(_EPONYM_AFTER, m.end()) or text.startswith(_EPONYM_AFTER, m.end() + 1):
                    continue  # ギラン・バレー（Guillain Barre）症候群: an eponym
                yield m.start("k"), m.end("k"), 0.75
                yield m.start("v"), m.end("v"), 0.75
        if "「" in text:
            for m in _SPELLED_IN.finditer(text):
                yield m.start("v"), m.end("v"), 0.75
        for m in _DEPT_SLASH_NAME.finditer(text) if "/" in text else ():
            v = m.group("v")
            if (v in lex["family"] or v in lex["family_common"]) and not not_name_word(v):
                yield m.start("v"), m.end("v"), 0.75
        for m in _BRACKET_AFTER_TIME.finditer(text) if "[" in text else ():
            if not not_name_word(m.group("v")):
                yield m.start("v"), m.end("v"), 0.75
        for m in _INITIALS_ROLE.finditer(text):
            if m.group("v") not in _NOT_AGE_INITIALS and m.group("v") not in _MODALITY_CODES:
                yield m.start("v"), m.end("v"), 0.7
        for m in _NAME_THEN_READING.finditer(text):
            if m.group("f") in lex["family"]:
                yield m.start("v"), m.end("v"), 0.75
        for rx in (_NAME_ROLE_AFTER, _NAME_ROLE_BEFORE):
            for m in rx.finditer(text):
                v = m.group("v")
                fam = m.group("f") if "f" in rx.groupindex else v
                if not_name_word(v) or not (fam in lex["family"] or fam in lex["family_common"]):
                    continue
                vt = toks.exact(m.start("v"), m.start("v") + len(fam))
                if len(fam) >= 2 and vt is not None and ordinary_word(vt) and fam not in lex["family"]:
                    continue
                yield m.start("v"), m.end("v"), 0.7
        for m in _REL_DOT.finditer(text) if ("・" in text or ":" in text) else ():
            v = m.group("v")
            if not not_name_word(v) and v not in _PREFIX_WORDS and not any(w in v for w in ("なし", "不明", "同居")):
                yield m.start("v"), m.end("v"), 0.75
        for m in _REL_GIVEN.finditer(text):
            g = "v" if m.group("v") else "w"
            v = m.group(g)
            vt = toks.exact(m.start(g), m.end(g))
            if vt is None or not_name_word(v):
                continue
            one_kanji = len(v) == 1 and g == "v" and v in lex["given_common"]  # 夫の勝に: a one-kanji name
            lexical = (v in lex["given"] and v not in lex["given_common"]) or one_kanji
            named = lexical or given_like(v, vt, strong=bool(m.group("h")))
            if named and (_KANJI_RUN.fullmatch(v) or m.group("h") or not ordinary_word(vt)):
                yield m.start(g), m.end(g), 0.7
        slots = [_NAME_LINE]
        if "です" in text or "申します" in text or "でした" in text:
            slots.append(_SELF_INTRO)
        if ":" in text:
            slots.append(_AFTER_CLOCK)
        for rx in slots:
            for m in rx.finditer(text):
                v = m.group("v")
                vt = toks.exact(m.start("v"), m.end("v"))
                if not_name_word(v) or v in _PREFIX_WORDS:
                    continue
                kata = _KATA_RUN.fullmatch(v) is not None
                if (v in lex["family"] and (vt is None or not ordinary_word(vt))) or (
                    kata and v in lex["family_readings"] and (vt is None or not ordinary_word(vt))
                ):
                    yield m.start("v"), m.end("v"), 0.7
        for m in _KANA_SLOT.finditer(text):
            v = m.group("v")
            parts = re.split("[ ・]", v)
            if any(not_name_word(p) or p in _NOT_KANA_NAME for p in parts):
                continue
            vt = toks.exact(m.start("v"), m.end("v"))
            if len(parts) == 1 and vt is not None and ordinary_word(vt):
                continue  # 受け カンファレンス
            yield m.start("v"), m.end("v"), 0.7
        for m in _ROLE_PAIR.finditer(text) if " " in text else ():
            a, b = m.group("a"), m.group("b")
            if script_of(a[0]) != script_of(b[0]) and not (_KANJI_RUN.fullmatch(a) and not _KANJI_RUN.fullmatch(b)):
                continue  # both parts in one script, or a kanji family name and a kana given name
            if not_name_word(a) or not_name_word(b) or a in _NOT_KANA_NAME or b in _NOT_KANA_NAME:
                continue
            if b[0] in "様殿氏君" or b.startswith(("さん", "さま", "くん", "ちゃん")):
                continue  # 樋口徹 様宅: an honorific, not a given name
            at = toks.exact(m.start("a"), m.end("a"))
            bt = toks.exact(m.start("b"), m.end("b"))
            if _KANJI_RUN.fullmatch(a):
                if not (a in lex["family"] or family_like(a, at, strong=True)):
                    continue
                one_kanji_given = len(b) == 1 and a in lex["family"]  # 斎藤 零: a lexicon family name
                if (
                    _KANJI_RUN.fullmatch(b)
                    and not one_kanji_given
                    and bt is not None
                    and ordinary_word(bt)
                    and b not in lex["given"]
                ):
                    continue
            elif (at is not None and ordinary_word(at) and len(a) > 2) or (
                bt is not None and ordinary_word(bt) and len(b) > 2
            ):
                continue  # 看護師 カンファレンス ルーム
            yield m.start("v"), m.end("v"), 0.7
        for m in _KATA_INITIAL.finditer(text) if " " in text else ():
            f = m.group("f")
            ft = toks.exact(m.start("f"), m.end("f"))
            if f in lex["family_readings"] and not not_name_word(f) and (ft is None or not ordinary_word(ft)):
                yield m.start("f"), m.end("i"), 0.7
        if "@" in text:
            for m in _MENTION.finditer(text):
                yield m.start("v"), m.end("v"), 0.75
        if any("A" <= c <= "Z" for c in text):
            for m in _ROMAJI_HONORIFIC.finditer(text):
                words = m.group("v").split(" ")
                if not any(w in _NOT_NAME_WORDS_EN or w in _NOT_ROMAJI or w in _DEGREES for w in words):
                    yield m.start("v"), m.end("v"), 0.75
            for m in _TITLE_INITIAL.finditer(text):
                yield m.start("v"), m.end("v"), 0.75
            for m in _ROMAJI_ONE.finditer(text) if _ROMAJI_ONE_HINT.search(text) else ():
                v = m.group("v")
                if v not in _NOT_NAME_WORDS_EN and v not in _NOT_ROMAJI and v not in _DEGREES:
                    yield m.start("v"), m.end("v"), 0.7
