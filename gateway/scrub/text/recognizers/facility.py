"""FACILITY: hospital and clinic names (with their corporate prefix: 医療法人社団 緑風会 ...), facility labels
(InstitutionName:, 紹介元:), clinic names made of a proper name and a specialty (くすのき眼科), numbered wards and
rooms.

Generic references (当院, 他院, 近医, 大学病院, 総合病院) are not identifying and are left alone; so are bare
department names (放射線科)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from gateway.scrub.text.data import load
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import (
    HIRAGANA,
    KANJI,
    KATAKANA,
    JaRecognizer,
    Span,
    anchored_finditer,
    trie_regex,
)

_F = load("facility")
_SUFFIX = trie_regex(_F["suffixes"])
_GENERIC_UNITS = frozenset(_F["generic_units"])
_GENERIC = tuple(sorted(_F["generic_prefixes"], key=len, reverse=True))
_DEPT = "(?:" + "|".join(re.escape(s) for s in sorted(_F["department_suffixes"], key=len, reverse=True)) + ")"
_NAMED_SUFFIXES = frozenset(_F["named_suffixes"])
# the name is at most 24 characters and a space before its suffix: _FACILITY_REACH (anchored_finditer)
_FACILITY = re.compile(
    rf"(?P<name>[{KANJI}{KATAKANA}{HIRAGANA}A-Za-z0-9・ー&\-]{{1,24}}?)\s?(?P<suf>{_SUFFIX})(?!法人)"
    rf"(?P<dept>\s?[{KANJI}{KATAKANA}]{{1,10}}?{_DEPT})?"
)
_WARD = re.compile(
    # every alternative opens with one of these characters (a lookahead first is several times faster)
    r"(?=[0-9一二三四五六七八九十東西南北中A-Z混内外整小産婦精療回緩第Rr])"
    rf"(?:(?:(?<=[館棟])|(?<![{KANJI}0-9]))(?<![0-9]:)"
    r"(?:[0-9一二三四五六七八九十]+(?:階|F)\s?[東西南北]?|[東西南北中]\s?[0-9]+(?:階|F)?|[0-9]+\s?[A-Z東西南北]?|[A-Z][0-9]*)"
    r"\s?病棟"
    r"(?:[\s・]{0,2}[0-9]{2,4}\s?号(?:室)?(?:[0-9]{1,2}(?:床|番?ベッド))?)?"
    # a ward named by a specialty or kind with its number: 混合3病棟, 内科6病棟, 第2病棟
    r"|(?<![\u3400-\u9fff])(?:混合|内科|外科|整形|小児|産科|婦人科|精神科|一般|療養|回復期|緩和|第)[0-9]{1,2}病棟"
    # a room with its bed (615号室1床, 120号室2番ベッド, 113号室-2), or in a sentence or list (811号にて, 204号・522号)
    r"|(?<![0-9])[0-9]{2,4}\s?(?:号室|病室)(?:[0-9]{1,2}(?:床|番?ベッド)|-[0-9A-Z]{1,2})?|(?:Room|room|RM)\s?#?[0-9]{2,4}"
    r"|(?<![0-9\-第])[0-9]{3,4}号(?=にて|で|へ|に|から|・|[)）]|$|[ \u3000][\u3400-\u9fff\u30a1-\u30ff])"
    r"|(?<![0-9])[0-9]{1,2}(?:階|F)\s?[東西南北]\s?[0-9]{3,4}(?:号室?)?(?![0-9])"  # 3階東 553: floor, wing, room
    # a floor and wing standing for a ward: 入院 6階西, （3階東）
    r"|(?<![0-9])[0-9]{1,2}階[東西南北](?![\u3400-\u9fff\u30a1-\u30ff]))"
)
# the building before a ward: 新館 9階西病棟, A棟 3階東病棟
# a room after its ward at the line end (11A病棟 336) or in brackets after a nickname (はるちゃん(461))
_ROOM_AFTER = re.compile(
    r"病棟[ \u3000]{1,2}(?P<v>[0-9]{3,4}(?:-[0-9A-Z]{1,2})?)(?=[ \u3000]*(?:\n|$|[、,(（]))"
    r"|(?:ちゃん|さん|様|くん)[(（](?P<w>[0-9]{3,4})[)）]"
)
# wards and beds in English: Ward: 6 North, admit to 5 East, ward West 8, bed 11, bed 5E-8, room 1305
_EN_WARD = re.compile(
    r"(?<![A-Za-z0-9])(?:[0-9]{1,2}[ ]?(?:North|South|East|West)|(?:North|South|East|West)[ ]?[0-9]{1,2})"
    r"(?![A-Za-z0-9])"
    r"|(?<![A-Za-z])(?:bed|Bed|BED|room|Room|ROOM|Rm\.?)[ ]?#?(?P<v>[0-9]{1,2}[A-Z]?-[0-9]{1,3}|[0-9]{1,4})"
    r"(?![0-9A-Za-z]|[ ]?(?:days?|hours?|weeks?|times?|mL|mg|%|cm))"
)
# a dialysis or ward bed: ベッド：No.21, ベッド：B-17, 32番ベッド, ICU ベッド1 (a bare BED: 2 field stays, as in
# the field keys)
_BED = re.compile(
    r"ベッド[ ]?[:：]?[ ]?(?P<v>(?:No\.?[ ]?)?[A-Z]?-?[0-9]{1,3}(?:番(?:ベッド)?)?)(?![0-9])"
    r"|(?<![0-9])(?P<w>[0-9]{1,3}番ベッド)|(?P<u>(?:ICU|HCU|CCU)[ ]?ベッド[ ]?[0-9]{1,2})"
)
_EN_WARD_HINT = re.compile("North|South|East|West|[Bb]ed|BED|[Rr]oom|ROOM|Rm")
_BUILDING_BEFORE = re.compile(r"(?:(?:新|本|別|東|西|南|北|中央)館|[A-Z]棟)\s?$")
_WARD_MORE = re.compile(
    # 南6階 716号室, 南6階 看護師: a wing and a floor standing for a ward; HCU東, ICU 西: a unit with its wing
    r"(?<![0-9:])[東西南北中][ ]?[0-9]{1,2}(?:階|F)(?=[ ]?(?:[0-9]{3,4}[ ]?号|看護|ナース|病棟|スタッフ|詰所))"
    r"|(?<![A-Za-z])(?:ICU|HCU|CCU|SCU|NICU|GCU|PICU|MFICU)[ ]?[東西南北](?![\u3400-\u9fff])"
    # 北棟8階, 東館 3F: a building wing and a floor
    r"|(?<![\u3400-\u9fff])[東西南北中][棟館][ ]?[0-9]{1,2}(?:階|F)"
    # 緩和ケア病棟（西8）: a unit type with its ward code in brackets
    r"|[\u3400-\u9fff\u30a1-\u30ff]{0,8}病棟[(（][東西南北中][ ]?[0-9]{1,2}(?:階|F)?[)）]"
)
_HIRA = re.compile(f"[{HIRAGANA}]+")
_STOP_POS0 = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白", "接続詞", "動詞", "形容詞", "副詞"})


def _strip_generic(name: str, start: int = -1, ms: Iterable[Morph] = ()) -> str:
    """``name`` without its generic prefixes (当, 他, 大, 総合 ...); with morphemes (``name`` at ``start``), a
    one-character prefix stays when the dictionary reads it as part of a longer word (大宮, 中村, 本郷)."""
    cuts = {m.end for m in ms if m.end > start} if start >= 0 else set()
    words = {(m.start, m.end) for m in ms if m.end - m.start > 1} if start >= 0 else set()
    off = 0
    changed = True
    while changed and name:
        changed = False
        for g in _GENERIC:
            if name.startswith(g):
                if (
                    len(g) == 1
                    and len(name) > 1
                    and cuts
                    and start + off + 1 not in cuts
                    and any(ws <= start + off < we for ws, we in words)
                ):
                    continue
                name = name[len(g) :]
                off += len(g)
                changed = True
                break
    return name


# corporate prefixes: 医療法人社団 緑風会, 独立行政法人地域医療機能推進機構 ... up to the facility name
_CORP = re.compile(
    r"(?:(?:社会|特定)?医療法人(?:社団|財団)?|独立行政法人|地方独立行政法人|国立研究開発法人|国立大学法人|公立大学法人|"
    r"学校法人|社会福祉法人|公益(?:社団|財団)法人|一般(?:社団|財団)法人|国家公務員共済組合連合会|日本赤十字社|"
    r"(?:独立行政法人)?(?:国立病院機構|地域医療機能推進機構|労働者健康安全機構)|(?:社会福祉法人)?(?:恩賜財団)?済生会|"
    # care-facility types written before the facility's own name: 特別養護老人ホーム 松風苑
    r"特別養護老人ホーム|介護老人保健施設|介護老人福祉施設|有料老人ホーム|グループホーム|訪問看護ステーション|"
    r"小規模多機能(?:型居宅介護)?|デイサービス|ショートステイ|障害者支援施設)"
    rf"[\s{KANJI}{KATAKANA}{HIRAGANA}]{{0,30}}?$"
)
_FAC_LABEL = re.compile(
    r"(?:InstitutionName|Institution|Hospital|施設名|医療機関名?|病院名|紹介元医療機関|紹介先医療機関|所属施設)"
    r"\s?[:：]\s?(?P<v>[^\n、。,;()（）]{2,40})"
    r"|(?:紹介元|紹介先|依頼元|依頼施設|送付先|転院先|前医)\s?[:：]\s?(?P<w>[^\s、。,;()（）]{2,30})"
)
_BARE_CLINIC = re.compile(
    rf"(?<![{KANJI}{KATAKANA}{HIRAGANA}])(?P<v>[{HIRAGANA}{KATAKANA}]{{2,10}}(?:眼科|内科|外科|歯科|皮膚科|小児科|耳鼻科|耳鼻咽喉科|整形外科|"
    r"婦人科|産婦人科|泌尿器科|心療内科|胃腸科|循環器科)(?:医院|クリニック)?)"
)

# a clinic named by a proper name and its specialties, written without 医院/クリニック: 手塚胃腸科内科, 北斗整形外科;
# only where it is a place one goes to (かかりつけ, 通院, 受診, より紹介, 御中), fills a letterhead line or follows a
# referral label, since a bare specialty (消化器内科) is a department
_SPECIALTY = (
    r"(?:胃腸科|整形外科|形成外科|脳神経外科|眼科|内科|外科|歯科|小児歯科|矯正歯科|皮膚科|小児科|耳鼻科|耳鼻咽喉科|婦人科|"
    r"産婦人科|泌尿器科|心療内科|循環器科|消化器科|呼吸器科|肛門科|リハビリテーション科|精神科|神経科)"
)
# what a department name is made of (消化器内科, 糖尿病内科, 当院外科): never a clinic's own name
_MEDICAL_STEM = re.compile(
    r"器|臓|病|症|血|管|腫瘍|神経|精神|心|肺|肝|腎|胆|膵|胃|腸|脳|骨|乳|腺|甲状|頭頸|口腔|皮膚|眼|耳|鼻|歯|産|婦|"
    r"小児|老年|高齢|総合|一般|救急|救命|集中|放射線|緩和|在宅|訪問|透析|麻酔|内視鏡|漢方|東洋|女性|男性|予防|健診|検診|"
    r"当|他|同|本|近|院|初診|再診|夜間|休日|専門|臨床|形成|美容|整形|脊椎|関節|外傷|感染|代謝|内分泌|膠原|免疫|"
    r"アレルギ|リウマチ|移植|遺伝|生殖|不妊|周産|新生児|思春"
)
_CLINIC_PRE = re.compile(
    r"(?:前医|紹介元|紹介先|かかりつけ医?|近医の|転院先|他院処方|処方元|比較|Comparison|他院画像)\s?[:：]?\s?$"
)
_KANJI_CLINIC = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?P<v>(?P<n>[{KANJI}]{{1,4}}?)(?:{_SPECIALTY})+(?:医院|クリニック|診療所)?)"
    r"(?P<post>[(（](?:かかりつけ|処方|主治|担当)|\s?(?:通院|受診|より|から|御中|に紹介|へ紹介|宛|にて|で加療|で治療|に通院|を受診"
    r"|で出産|で分娩|で手術|に入院|で入院|を退院|で処方"
    # an outside examination it made: 吉田整形外科 CT 2021, 井上整形外科（持参CD）
    r"|[ \t]?(?:CT|MRI|MR|LDCT|PET|X線|US|エコー|内視鏡)(?![A-Za-z])|[(（]持参))?"
)


_SUFFIX_RE = re.compile(_SUFFIX)
_FACILITY_REACH = 25
_BRANCH = re.compile(
    rf"\s?[{KANJI}{KATAKANA}{HIRAGANA}]{{1,6}}(?:店|支店|分院|分室|出張所|営業所|支部|支所|工場|事業所)(?![舗長員頭内主{KATAKANA}])"
)
_MORE_SUFFIX = re.compile(rf"[{KANJI}{KATAKANA}]{{0,6}}?{_SUFFIX}")


# endings that make facility names only after a proper name (松風苑, ひだまりの郷), not after a common noun (公園,
# 保育園, 故郷の里)
_WEAK_SUFFIXES = frozenset({"苑", "園", "の郷", "の里"})
_KANA_NAME = re.compile(f"[{HIRAGANA}{KATAKANA}]{{2,}}")
_KANA_WORD = re.compile(f"[{HIRAGANA}{KATAKANA}ー]+")


def _named(text: str, start: int, end: int, ms: list[Morph]) -> bool:
    """Is ``text[start:end]`` a proper name (a proper noun, an unknown word or a kana word of its own)?"""
    if end - start < 2:
        return False
    toks = [t for t in ms if t.start < end and t.end > start]
    if any(t.end > end for t in toks):
        return False  # one dictionary word across the name and the ending: 保育園, 楽園
    if _KANA_NAME.fullmatch(text[start:end]):
        return True
    return any(t.oov or t.pos[1] == "固有名詞" for t in toks)


# English names: capitalised words before Hospital/Clinic/Medical Center (Tokyo General Hospital, St. Luke's ...)
_EN_FACILITY = re.compile(
    r"(?<![A-Za-z])(?P<v>(?:(?:St\.|[A-Z][A-Za-z'&\-]+)[ ]){1,5}"
    r"(?:Hospital|Clinic|Medical Cent(?:er|re)|Health Cent(?:er|re)|Infirmary|Cancer Cent(?:er|re)|Institute"
    r"|Hotel|Inn|Hostel|Guesthouse|Academy|Language School)"
    r"(?: (?:East|West|North|South|Central|Annex|Branch))?)"
    r"(?![A-Za-z])"
)
# the kind first, as in Romance languages and hotel names: Hospital Santa Clara do Vale, Hotel Minato Bayside
_EN_FACILITY_HINT = re.compile("Hospital|Cent|Clinic|Infirmary|Institute|Hotel|Inn|Hostel|Guesthouse|Academy|School")
_EN_KIND_FIRST = re.compile(
    r"(?<![A-Za-z])(?P<v>(?:Hospital|Hotel|Clinica|Clínica|Hospital de|Hôpital)"
    r"(?:[ ](?:[A-Z][a-z'\-]+|do|da|de|del|dos|das|la|di))*[ ][A-Z][a-z'\-]+)(?![A-Za-z])"
)
# overlay abbreviations: SAKURADAI GEN HOSP, TOTO MED UNIV HOSP, KITA MED CTR
_EN_CAPS_FACILITY = re.compile(
    r"(?<![A-Za-z])(?P<v>(?:[A-Z]{2,}[ ]){1,4}"
    r"(?:HOSP(?:ITAL)?|CLINIC|CLIN|MED(?:ICAL)?[ ]C(?:EN)?TR|UNIV(?:[ ]HOSP)?|CTR))"
    r"(?![A-Za-z])"
)
# words after a kind that make it no name (Hospital Day 3, Hotel Stay, Hospital Course)
_EN_NOT_NAME = frozenset({"Day", "Course", "Stay", "Admission", "Discharge", "Visit", "Room", "Bed", "Ward", "Policy"})
_EN_GENERIC = frozenset(
    {
        *("The", "This", "That", "Our", "Your", "A", "An", "General", "University", "Municipal", "Community"),
        *("Regional", "Teaching", "Private", "Local", "Referring", "Outside", "Another", "Previous", "Other"),
        *("Same", "Tertiary", "Children's", "Psychiatric", "Rehabilitation"),
    }
)
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}[ \u3000]?$")


_HEAD = re.compile(f"(?:(?P<gen>{trie_regex(_GENERIC)})[ \u3000])?(?P<v>[{KANJI}{KATAKANA}{HIRAGANA}ー・]{{1,8}})$")


_SPLIT_OWNER = re.compile("[市県府都道町村区国私]立[ \u3000]$")


def _extend_line_head(text: str, start: int, end: int) -> int:
    """A facility name that fills the rest of its line (a letterhead, ``紹介元 むくの木内科医院``) starts after the
    line start or the last space before it, not at the particle the morpheme cut stopped at (むくの|木内科医院);
    a generic prefix split off by a stray space goes with it (市立 たちばな病院)."""
    if end < len(text) and text[end] != "\n":
        return start
    split = _SPLIT_OWNER.search(text, max(0, start - 4), start)
    if split is not None:
        return split.start()
    if start == 0 or text[start - 1] in " \u3000\n":
        return start
    line_start = text.rfind("\n", 0, start) + 1
    seg = text[line_start:start]
    cut = max(seg.rfind(" "), seg.rfind("\u3000"))
    head = _HEAD.search(seg, cut + 1 if cut >= 0 else 0)
    if head is None or head.start() != (cut + 1 if cut >= 0 else 0) or _strip_generic(head.group(0)) != head.group(0):
        return start
    return line_start + head.start()


def _extend_corp(text: str, start: int) -> int:
    """Move ``start`` left over a corporate prefix on the same line (医療法人社団 緑風会 ...)."""
    line_start = text.rfind("\n", 0, start) + 1
    corp = _CORP.search(text, line_start, start)
    if corp is not None:
        return corp.start()
    acronym = _ACRONYM.search(text, line_start, start)  # JCHO 南海医療センター, NHO ...
    return acronym.start() if acronym is not None else start


_CORP_IN = re.compile(r"(?:国立|公立|私立)?(?:大学|学校|社会福祉|医療|社会医療)?法人(?:社団|財団)?[ \u3000]?")
# numbered ward shorthand in logs: 8東 827号室, 空床 ５北 →, 救急外来→9西 (a number and a wing standing alone)
_WARD_HEAD = re.compile(
    r"(?m)^[ \t]*(?P<v>[0-9]{1,2}[東西南北A-Z])"
    r"(?=[ \u3000]+(?:[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月|日勤|夜勤|深夜|準夜|ボード|病棟|申し送り))"
)
# a ward written as floor and wing (5東, 3北, 10N): in kanji where a line, a field, a cell, a bracket or an address (@)
# opens, also glued to a display name (5西ごとう, 3南金) but not before a word the wing begins (3東京, 2北海道,
# 4南口); in Latin letters only before its room (5S / Rm 529, 10N   1030-3), since 2W is two weeks
_ROOM_BED = r"(?:[ \u3000]*(?:→|/[ ]?(?:Rm\.? ?)?|Rm\.? ?)?[ \u3000]*[0-9]{3,4}(?:\s?号室?|-[0-9]{1,2})?(?![0-9]))"
_WARD_SHORT = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[ \u3000→@(,|\t「:]))"
    r"(?:(?P<v>[0-9]{1,2}[東西南北])(?![京海日本口側部方向端洋米欧0-9A-Za-z])(?P<room>" + _ROOM_BED + r")?"
    r"|(?P<l>[0-9]{1,2}[ESWN])(?P<lroom>[ \u3000]+(?:/[ ]?)?(?:Rm\.? ?)?[0-9]{3,4}(?:-[0-9]{1,2})?(?![0-9])))"
)
# a company form before the name: 株式会社高橋農林, 合同会社 中村建設, (株)山田商事
_COMPANY_FIRST = re.compile(
    r"(?:株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|一般社団法人|一般財団法人|公益社団法人|"
    r"公益財団法人|特定非営利活動法人|NPO法人)[ \u3000]?"
    rf"[{KANJI}{KATAKANA}A-Za-z0-9ー・&]{{2,20}}"
)
# a care or school kind written before the name, glued or after one space: デイサービスつばさ, グループホームさくら
_KIND_FIRST = re.compile(
    r"(?:デイサービス(?:センター)?|グループホーム|介護老人保健施設|介護老人福祉施設|特別養護老人ホーム|有料老人ホーム|"
    r"訪問看護ステーション|居宅介護支援事業所|小規模多機能(?:型居宅介護)?|ショートステイ|認定こども園|"
    r"ケアプランセンター|サービス付き高齢者向け住宅|サ高住|(?:住宅型|介護付き?)有料老人ホーム|ケアハウス|"
    r"軽費老人ホーム|養護老人ホーム|地域包括支援センター|調剤薬局|ナースステーション|"
    # kinds of care service before the provider's name: ケアプランひまわり, ヘルパーステーションさくら, 特養 楽寿園
    r"ケアプラン|ヘルパーステーション|特養|老健|認知症対応型共同生活介護|通所リハビリテーション|通所介護|訪問介護|"
    r"短期入所生活介護|独立型社会福祉士事務所|社会福祉士事務所|福祉用具|デイケア|"
    # lodgings and unions named after their kind: ホテル博多シティゲート, 協同組合グローバルブリッジ九州
    r"ホテル|旅館|協同組合|事業協同組合|訪看ST|訪看)[ \u3000]?"
)
_GENERIC_REST = re.compile(rf"(?:医|院|医院|病院|薬局|クリニック)?(?:{_SPECIALTY})*")
_LEX_FAMILY = frozenset(load("names_ipadic")["family"]) | frozenset(load("names_ipadic")["family_common"])
# a letterhead line holding one hospital name that OCR split with a stray space (むくの 木内科医院, 市立たち ばな病院)
_SPLIT_HEAD = re.compile(r"(?m)^[ \t]*(?P<v>[^\s、。:：,]{1,14}(?: [^\s、。:：,]{1,14}){1,2}?)[ \t]*$")
_HEAD_SUFFIX = re.compile("(?:病院|医院|クリニック|診療所|医療センター)$")
_KIND_HINT = re.compile(
    "ホーム|サービス|ステーション|事業所|施設|多機能|ステイ|こども園|センター|住宅|サ高住|ハウス|薬局|ケアプラン|特養|"
    "老健|介護|リハビリ|福祉用具|デイケア|ホテル|旅館|組合|訪看"
)
_NAME_STOP = frozenset(
    {"利用", "入所", "通所", "退所", "入居", "見学", "契約", "申込", "申し込み", "担当", "職員", "送迎"}
)


_HONORIFIC_PHRASE = re.compile(rf"[ごお御][{KANJI}]")
_KANA_RUN_NAME = re.compile(rf"[{HIRAGANA}{KATAKANA}ー]{{2,12}}(?=[ \u3000\n(（、,。)）/／]|$)")
_PARTICLE_AFTER = re.compile("(?:へ|に|を|が|は|と|から|より|で)(?![\u3040-\u309f])")
_NAME_END_CHARS = frozenset(" \u3000\n(（、,。)）")
# role words after a care provider's kind (居宅介護支援事業所 ケアマネ, 訪問看護ステーション 担当者): no name of it
_ROLE_NOT_NAME = frozenset(
    {"ケアマネ", "ケアマネジャー", "担当者", "担当", "管理者", "相談員", "職員", "スタッフ", "看護師", "訪問看護"}
    | {"CM", "MSW", "PT", "OT", "ST", "Ns", "NS", "Dr", "レンタル", "貸与", "購入"}
)
_ROLE_PREFIXES = tuple(_ROLE_NOT_NAME)
_NO_TAIL = re.compile(f"の[杜森郷里家丘園苑風樹木花星空海泉街庭径]|[荘苑園館寮舎庵](?![{KANJI}])")


def _name_after(text: str, pos: int, ms: list[Morph]) -> int | None:
    """The end of a proper name starting at ``pos`` (nouns up to a particle, space or use word), or None when it
    is no name: a kana word of two or more characters, a proper noun or an unknown word must be in it."""
    if _HONORIFIC_PHRASE.match(text, pos):
        return None  # ショートステイ ご利用: an honorific before a kanji word, no name (おひさま is one)
    kana = _KANA_RUN_NAME.match(text, pos)  # 訪看STゆいまーる, グループホームほのぼの: a kana name, whatever its words
    if kana is not None and kana.group() not in _ROLE_NOT_NAME:
        return kana.end()
    end, named = pos, False
    joint = -1  # the end of a の between two nouns (西の丘, 陽だまりの丘): it stays inside the name
    for m in ms:
        if m.end <= pos:
            continue
        if m.start < pos and m.start != end:
            return None  # one dictionary word across the kind and the name
        if m.surface == "の" and m.start == end and end > pos and joint < 0:
            joint = m.end
            continue
        if m.start not in (end, joint) or m.pos[0] != "名詞" or m.surface in _NAME_STOP:
            break
        if m.pos[1] == "数詞" or (m.pos[2] == "サ変可能" and not m.oov):
            break  # ケアプラン作成, デイサービス利用: an act, not a name
        named = named or m.oov or m.pos[1] == "固有名詞" or _KANA_NAME.fullmatch(m.surface) is not None
        end = m.end
    # the kind before it makes a name of two or more characters standing alone (訪問看護ステーション朝日へ)
    alone = end == len(text) or text[end] in _NAME_END_CHARS or _PARTICLE_AFTER.match(text, end) is not None
    if end - pos < 2 or not (named or alone) or text[pos:end].strip().startswith(_ROLE_PREFIXES):
        return None
    tail = _NO_TAIL.match(text, end)  # やすらぎ + の杜, ひだまり + の郷
    if tail is not None:
        end = tail.end()
    if text[pos:end] in _GENERIC_UNITS or _strip_generic(text[pos:end]) == "":
        return None
    return end


class FacilityRecognizer(JaRecognizer):
    ENTITY = "FACILITY"

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = tuple(sorted({n for n in names if n}, key=len, reverse=True))
        self._names_re = re.compile("|".join(re.escape(n) for n in self.names)) if self.names else None
        super().__init__()

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        if self._names_re is not None:
            for m in self._names_re.finditer(text):
                yield m.start(), m.end(), 0.95
        starts = [m.start for m in morphemes]
        # the name-before-suffix pattern is tried only just before each suffix
        for fm in anchored_finditer(_FACILITY, _SUFFIX_RE, _FACILITY_REACH, text):
            s, suf_start = fm.start("name"), fm.start("suf")
            cut = s
            k = max(0, bisect_right(starts, s) - 1)
            while k < len(morphemes) and morphemes[k].start < suf_start:
                tok = morphemes[k]
                if (
                    tok.end > s
                    and tok.surface not in ("・", "ー", "&", "-", "ヶ", "ケ", "ノ")  # 鷹ノ台総合病院
                    # a kana word glued to the suffix is the name, whatever its part of speech (ほほえみ訪問看護
                    # ステーション, やすらぎ苑)
                    and not (
                        len(tok.surface) >= 3
                        and _KANA_WORD.fullmatch(tok.surface)
                        and text[tok.end : suf_start].strip() == ""
                    )
                    and (
                        tok.pos[0] in _STOP_POS0
                        or (len(tok.surface) <= 2 and _HIRA.fullmatch(tok.surface) and tok.pos[0] != "名詞")
                    )
                ):
                    cut = max(cut, tok.end)
                k += 1
            name = text[cut:suf_start].strip()
            rest = _strip_generic(name, cut + len(text[cut:suf_start]) - len(text[cut:suf_start].lstrip()), morphemes)
            corp_in = _CORP_IN.match(rest)  # 国立大学法人 箭坪 + 大学: the corporate kind inside the name
            if not rest and name == "":
                # 社会福祉法人八幡福祉会 居宅介護支援事業所: a kind of service after its corporation's name
                cstart = _extend_corp(text, suf_start)
                if cstart < suf_start:
                    yield cstart, fm.end("suf"), 0.9
                continue
            if not rest or (len(rest) <= 2 and _HIRA.fullmatch(rest)) or not any(ch.isalnum() for ch in rest):
                continue  # no name, a short kana word, or only a mark (・福祉用具)
            lead = len(text[cut:suf_start]) - len(text[cut:suf_start].lstrip())
            start = cut + lead + (len(name) - len(rest))
            # a department after the facility stays (bare department names are clinical context, not identifiers)
            end = fm.end("suf")
            more = _MORE_SUFFIX.match(text, end)  # 県立がんセンター北部 + 病院
            if more is not None:
                end = more.end()
            branch = _BRANCH.match(text, end)  # あおぞら薬局 南口店
            if branch is not None:
                end = branch.end()
            start = _extend_line_head(text, start, end)
            cstart = _extend_corp(text, start)
            if corp_in is not None and corp_in.end() < len(rest):
                cstart, start = start, start + corp_in.end()
            suf = fm.group("suf")
            if (
                cstart == start
                and (suf in _WEAK_SUFFIXES or suf in _NAMED_SUFFIXES)
                and not _named(text, start, suf_start, morphemes)
            ):
                continue
            yield cstart, end, 0.9 if cstart != start else 0.8
        for m in _FAC_LABEL.finditer(text):
            g = "v" if m.group("v") else "w"
            value = m.group(g)
            rest = _strip_generic(value.strip())
            # 近医, 当院, 近医眼科: a generic reference with at most a specialty after it names no facility
            if value.strip() not in _GENERIC_UNITS and rest != "" and not _GENERIC_REST.fullmatch(rest):
                yield m.start(g), m.end(g) - (len(value) - len(value.rstrip())), 0.8
        for m in _EN_FACILITY.finditer(text) if _EN_FACILITY_HINT.search(text) else ():
            words = m.group("v").split(" ")[:-1]
            while words and words[0] in ("The", "This", "Our", "A", "An", "Your"):
                words = words[1:]
            if any(w not in _EN_GENERIC for w in words if w not in ("Medical", "Health", "Cancer")):
                start = m.end("v") - len(" ".join(words)) - len(m.group("v").split(" ")[-1]) - 1
                yield start, m.end("v"), 0.8
        for m in _KANJI_CLINIC.finditer(text) if "科" in text else ():
            n = m.group("n")
            line_alone = (m.start("v") == 0 or text[m.start("v") - 1] == "\n") and (
                m.end("v") == len(text) or text[m.end("v")] in "\n \u3000"
            )
            pre = _CLINIC_PRE.search(text, max(0, m.start("v") - 10), m.start("v")) is not None
            if not (pre or m.group("post") or line_alone):
                continue
            named = n in _LEX_FAMILY or _named(text, m.start("n"), m.end("n"), morphemes)
            if named or (m.group("post") and len(n) >= 2 and not _MEDICAL_STEM.search(n)):
                cstart = _extend_corp(text, m.start("v"))
                yield cstart, m.end("v"), 0.9
        for m in _SPLIT_HEAD.finditer(text) if " " in text else ():
            joined = m.group("v").replace(" ", "")
            suffix = _HEAD_SUFFIX.search(joined)
            labelled = m.group("v").split(" ")[0].endswith(("名", "先", "元", "機関", "施設"))  # 医療機関名 …
            if (
                suffix is not None
                and not labelled
                and len(joined) <= 24
                and _strip_generic(joined[: suffix.start()]) not in ("", "内科")
            ):
                yield m.start("v"), m.end("v"), 0.75
        for m in _EN_KIND_FIRST.finditer(text) if "Ho" in text or "Cl" in text else ():
            words = m.group("v").split(" ")
            if not any(w in _EN_GENERIC or w in _EN_NOT_NAME for w in words[1:]):
                yield m.start("v"), m.end("v"), 0.8
        for m in _EN_CAPS_FACILITY.finditer(text) if "HOSP" in text or "CLIN" in text or "CTR" in text else ():
            yield m.start("v"), m.end("v"), 0.9
        for m in _BARE_CLINIC.finditer(text):
            cstart = _extend_corp(text, m.start("v"))
            yield cstart, m.end("v"), 0.9 if cstart != m.start("v") else 0.7
        for m in _WARD.finditer(text):
            building = _BUILDING_BEFORE.search(text, max(0, m.start() - 4), m.start())
            yield (building.start() if building else m.start()), m.end(), 0.75
        for m in _ROOM_AFTER.finditer(text):
            g = "v" if m.group("v") else "w"
            yield m.start(g), m.end(g), 0.7
        if "階" in text or "F" in text or "CU" in text or "病棟(" in text or "病棟（" in text:
            for m in _WARD_MORE.finditer(text):
                yield m.start(), m.end(), 0.75
        for m in _WARD_HEAD.finditer(text):
            yield m.start("v"), m.end("v"), 0.7
        for m in _WARD_SHORT.finditer(text):
            if m.group("v"):
                yield m.start("v"), m.end("room") if m.group("room") else m.end("v"), 0.75
            else:
                yield m.start("l"), m.end("lroom"), 0.75
        for m in (
            _EN_WARD.finditer(text)
            if (
                "North" in text
                or "South" in text
                or "East" in text
                or "West" in text
                or "bed" in text
                or "Bed" in text
                or "oom" in text
                or "Rm" in text
            )
            else ()
        ):
            yield (m.start("v"), m.end("v"), 0.75) if m.group("v") else (m.start(), m.end(), 0.75)
        for m in _BED.finditer(text) if "ベッド" in text else ():
            g = "v" if m.group("v") else "w" if m.group("w") else "u"
            yield m.start(g), m.end(g), 0.7
        for m in _COMPANY_FIRST.finditer(text):
            yield m.start(), m.end(), 0.9
        for m in _KIND_FIRST.finditer(text) if _KIND_HINT.search(text) else ():
            name_end = _name_after(text, m.end(), morphemes)
            if name_end is not None:
                yield _extend_corp(text, m.start()), name_end, 0.9
