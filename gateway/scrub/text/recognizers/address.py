"""ADDRESS: Japanese addresses with prefecture and/or municipality and a block number in arabic or kanji
numerals (東京都新宿区信濃町三十五番地, 新宿区信濃町35, 大阪市北区梅田1-2-3 梅田ビル5F), Sudachi place names before a
block number, and the value after an address label (住所:)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.data import load
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import HIRAGANA, KANJI, KATAKANA, JaRecognizer, Span, anchored_finditer
from gateway.scrub.text.recognizers.fields import NO_ADDRESS

_P = load("places")
_PREF = "(?:" + "|".join(_P["prefectures"]) + ")"
_NUMC = "0-9〇一二三四五六七八九十百千"
_NUM = rf"[{_NUMC}]+"
_BLOCK = rf"(?:{_NUM}\s?(?:丁目|番地の?|番の?|号|の|-)\s?){{1,4}}(?:{_NUM}(?:号)?)?"
_TOWN = rf"[{KANJI}{KATAKANA}ヶケが之ノ]{{1,14}}"
_MUNI = rf"[{KANJI}ヶケ]{{1,6}}?[市区町村郡]"
# after a prefecture a municipality may be written in kana: あきる野市, いすみ市, つくばみらい市, さいたま市
_MUNI_P = rf"[{KANJI}{HIRAGANA}{KATAKANA}ヶケ]{{1,8}}?[市区町村郡]"
_BUILDING_WORDS = "ビル|マンション|ハイツ|アパート|コーポ|荘|レジデンス|タワー|ハウス|ヒルズ|コート|パレス|寮"
_BUILDING = (
    rf"(?:\s?[{KANJI}{KATAKANA}A-Za-z0-9・ー]{{0,16}}?(?:{_BUILDING_WORDS})"
    rf"(?:(?![{_NUMC}])[{KANJI}{KATAKANA}]|の(?=[{KANJI}{KATAKANA}])){{0,8}}"
    rf"(?:\s?{_NUM}(?:号室|号|階|F)?)?"
    rf"|\s?(?!電話|TEL|Tel|FAX|Fax|携帯|連絡|内線|PHS)[{KANJI}{KATAKANA}A-Za-z・ー]{{1,16}}\s?[0-9]{{2,4}}(?:号室|号)?(?![0-9]))?"
)
_ADDRESS = re.compile(
    rf"(?:{_PREF})?(?:{_MUNI}){{1,3}}[{KANJI}{KATAKANA}{HIRAGANA}ヶ]{{1,14}}?(?:{_BLOCK}|[0-9]{{1,4}}(?![0-9.]))"
    rf"{_BUILDING}|"
    rf"{_PREF}\s?(?:{_MUNI_P}\s?){{0,3}}(?:{_TOWN})?(?:{_BLOCK})?{_BUILDING}"
    rf"|(?<![{KANJI}])(?:{_MUNI}){{1,3}}(?:{_TOWN})?{_BLOCK}{_BUILDING}"
)
# addresses in Latin letters: a Japanese block address (5-28-16 Tenjin, Chuo-ku, Fukuoka 810-2113; Higashi 6-29-23,
# Shibuya-ku, Tokyo) and a street address abroad (1200 Pine Street, Seattle, WA 98101; 45 Kingsbridge Road, London
# SW1A 2AA); the postal code goes with it as its own span
_W = r"[A-Z][a-z]+(?:[\- ][A-Z][a-z]+)?"
_BLOCK_EN = rf"(?:\d{{1,4}}(?:-\d{{1,4}}){{1,3}},? {_W}|{_W},? \d{{1,4}}(?:-\d{{1,4}}){{1,3}})"
_JA_ROMAJI_ADDRESS = re.compile(
    # with a ward or city (…, Chuo-ku, Fukuoka), or with cities before a Japanese postal code (…, Suita, Osaka 565-…)
    rf"(?<![A-Za-z0-9\-]){_BLOCK_EN}, [A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura)(?:, [A-Z][a-z]+(?:-(?:ken|to|fu))?)?"
    rf"|(?<![A-Za-z0-9\-]){_BLOCK_EN}(?:, [A-Z][a-z]+){{1,2}}(?= \d{{3}}-\d{{4}})"
)
_STREET = (
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Ln\.|Drive|Dr\.|Way|Place|Pl\.|Court|Ct\.|"
    r"Square|Terrace|Highway|Parkway|Crescent|Close)"
)
_EN_ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9])(?:No\. ?)?\d{{1,5}}[A-Za-z]?,? "
    rf"(?:(?:Section \d+, )?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){{0,3}} )"
    rf"{_STREET}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:,? [A-Z]{{2,3}}(?= \d))?"
    rf"|(?<![A-Za-z0-9])No\. ?\d{{1,5}}, Section \d+, [A-Z][A-Za-z. ]{{2,30}}?{_STREET}, [A-Z][a-z]+"
)
_STATES2 = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|SA|NT"
)
_STATES3 = "NSW|VIC|QLD|TAS|ACT"
_COUNTRIES = (
    r"(?:Japan|UK|United Kingdom|USA|U\.S\.A\.|United States|Australia|Taiwan|Canada|Germany|France|"
    r"(?:Republic of |South )?Korea|China|Singapore|Viet ?Nam|Philippines|Nepal|Brazil|Peru|Thailand|Indonesia|"
    r"India|Mongolia|Myanmar|Sri Lanka|Bangladesh|Pakistan|Malaysia|Cambodia|Italy|Spain|Netherlands|Switzerland)"
)
# UK, Japan, Brazil, then plain digits (a US state with its ZIP is the state alternative below)
_POSTAL_FORMS = r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{3}-\d{4}|\d{5}-\d{3}|\d{4,6}(?:-\d{4})?"
_FOREIGN_POSTAL = re.compile(
    rf"(?=[0-9A-Z])(?:(?<=[a-z] )|(?<=[a-z], ))(?:{_POSTAL_FORMS})(?=,? {_COUNTRIES}(?![A-Za-z])|[ \t]*\n|$)"
    # after a US or Australian state: WA 98101, VIC 3052 (not MR sequence values: TR 2019 TE 105)
    rf"|(?:(?<=[ ,](?:{_STATES2}) )|(?<=[ ,](?:{_STATES3}) ))\d{{4,5}}(?=,? [A-Z])"
)
# an address line in Latin letters ending in its country (after its postal code): 253-4, Yeoksam-dong, Gangnam-gu,
# Seoul, 06661, Republic of Korea; 本国住所：77/5 Le Van Sy, Phuong 45, Quan 3, TP. Ho Chi Minh 700113 Viet Nam
_COUNTRY_LINE = re.compile(
    r"(?m)^[ \t]*(?:[^\n:：]{1,10}[:：][ ]?)?"
    r"(?P<v>[A-Z0-9][^\n@:：]{4,90}?)"
    rf"(?:,? (?:{_POSTAL_FORMS}))?,? {_COUNTRIES}\.?[ \t]*$"
)
# a station a patient lives near or walks to (松本駅東口から徒歩, 北18条駅のほうまで); not 最寄駅, 各駅
_STATION = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?!最寄|各駅|終着|始発|主要|隣|近く|同駅)(?P<v>[{KANJI}{KATAKANA}0-9ヶ]{{1,8}}駅)"
    r"(?=[東西南北中]?口|前|から|の(?:ほう|方|近く|そば|周辺)|まで|より|[ ]?徒歩)"
)
# a bus stop a patient gets off at: バス「東雲橋」下車, 「若葉台団地」バス停
_BUS_STOP = re.compile(
    r"バス(?:停)?[「『](?P<v>[^」』\n]{2,14})[」』]|[「『](?P<w>[^」』\n]{2,14})[」』](?:バス停|停留所|下車)"
)
_GENERIC_STOPS = frozenset({"病院前", "駅前", "市役所前", "役場前", "医院前", "病院", "駅", "本町", "中央", "終点"})
# a town and its chome with no municipality (上馬2丁目, 細野4丁目出身)
_TOWN_CHOME = re.compile(
    rf"(?<![{KANJI}{KATAKANA}ヶ0-9])[{KANJI}{KATAKANA}ヶ]{{1,5}}[0-9一二三四五六七八九十]{{1,3}}丁目"
)
# a municipality and town without a block number where only a place can stand: 自宅（名古屋市千種区今池、…）,
# 所在地：〒528-3659 江東区北砂, 晩年は岩手郡雫石町大字長山在住
_OAZA = rf"(?:大字|字)?[{KANJI}ヶ]{{0,6}}"
_PLACE_SLOTS: tuple[tuple[str | re.Pattern[str], re.Pattern[str]], ...] = (
    # (a word the text must hold, the pattern)
    ("(", re.compile(rf"(?:自宅|実家|転居先)[(（](?P<v>(?:{_PREF})?(?:{_MUNI}){{1,3}}{_OAZA})(?=[、,）)])")),
    (
        ":",
        re.compile(
            rf"(?:所在地|現住所|転居先|居住地)[ \t]?[:：][ \t]?(?:〒?[0-9]{{3}}-?[0-9]{{4}}[ \t]?)?"
            rf"(?P<v>(?:{_PREF})?(?:{_MUNI}){{1,3}}{_OAZA})"
        ),
    ),
    ("在", re.compile(rf"(?<![{KANJI}])(?P<v>(?:{_PREF})?(?:{_MUNI}){{1,3}}{_OAZA})(?=在住|在(?:$|\n))", re.M)),
    ("出身", re.compile(rf"(?<![{KANJI}])(?P<v>(?:{_PREF})?(?:{_MUNI}){{1,3}}{_OAZA})(?=出身)")),
    # where someone lives or goes back to, said in prose: うちは 新宿区浅草 の ほう, 退院後は 日野市手岡 に戻る
    (
        re.compile("ほう|方|近く|辺り|あたり|自宅|戻|帰|住|転居|引っ越|暮ら|生活"),
        re.compile(
            rf"(?<![{KANJI}{HIRAGANA}{KATAKANA}])(?P<v>(?:{_PREF})?(?:{_MUNI_P}){{1,3}}(?:[{KANJI}ヶ]|の(?=[{KANJI}])){{1,8}})"
            r"(?=[ ]?(?:の[ ]?(?:ほう|方|近く|辺り|あたり|自宅|家)|に[ ]?(?:戻|帰|住|転居|引っ越|いま|おり)"
            r"|へ[ ]?(?:戻|帰|転居|引っ越)|で[ ]?(?:暮ら|一人暮らし|生活)))"
        ),
    ),
)
# every address starts with a prefecture or has a municipality's suffix within its first 7 characters (_MUNI)
_HINT = re.compile(f"[都道府県市区町村郡]|{_PREF}")
_HINT_REACH = 6
_CJK_CHAR = re.compile(f"[{KANJI}{KATAKANA}{HIRAGANA}]")
_LABEL = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in sorted(_P["context_before"], key=len, reverse=True)) + r")\s?[:：]\s?"
    r"(?P<v>[^\s、。,，;；()（）「」]{2,40})"
)
_BLOCK_AFTER = re.compile(rf"\s?{_BLOCK}")
_CONTEXT_AFTER = tuple(_P["context_after"])


# the rest of an address that a PDF extraction wrapped onto the next line: a short line of block numbers and a
# building with its room (…4-2⏎3-13, …パー⏎ク499, …1⏎4丁目14番20号), never a labelled line
_WRAPPED = re.compile(
    rf"\n(?P<c>[0-9{KANJI}{KATAKANA}ー\-]{{1,16}}?(?:[0-9]+(?:号室?)?|丁目|番地?|号室?))(?=[ \t]*(?:\n|$))"
)


def _wrapped_end(text: str, end: int) -> int:
    if end < len(text) and text[end] == "\n" and end > 0 and text[end - 1] not in "。.":
        m = _WRAPPED.match(text, end)
        if m is not None and any(c.isdigit() for c in m.group("c")):
            return m.end("c")
    return end


_MUNICIPALITY = re.compile("[市区町村郡]$|[市区町村郡].{1,4}$")
_PLACE_PARTICLES = ("に", "の", "で", "へ", "から", "まで", "より", "在", "出身", "生まれ", "育ち")
# words after a municipality that make it one: 豊島区交付, 芝山町役所へ
_PLACE_WORDS_AFTER = ("交付", "発行", "役所", "役場", "在住", "出身")


def _standalone(text: str, s: int, e: int, morphemes: list[Morph], j: int) -> bool:
    """A place name not inside a longer word: nothing in kanji or kana glued before it, and after it a space, a
    punctuation mark, the end, or a particle or residence word (に, の, 在住, 出身)."""
    if s > 0 and _CJK_CHAR.match(text[s - 1]):
        return False
    if e >= len(text) or not _CJK_CHAR.match(text[e]):
        return True
    if text.startswith(_PLACE_WORDS_AFTER, e):
        return True
    return text.startswith(_PLACE_PARTICLES, e) and (j + 1 >= len(morphemes) or morphemes[j + 1].pos[0] != "名詞")


class AddressRecognizer(JaRecognizer):
    ENTITY = "ADDRESS"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for m in anchored_finditer(_ADDRESS, _HINT, _HINT_REACH, text):
            s, e = m.start(), m.end()
            for word in _CONTEXT_AFTER:  # 東京都在住: 在住 is context, not address
                idx = text.find(word, s, e)
                if idx > s:
                    e = idx
            while e > s and text[e - 1] in "-の ":
                e -= 1
            if e - s >= 3:
                yield s, _wrapped_end(text, e), 0.85
        for m in _LABEL.finditer(text):
            if not m.group("v").startswith(NO_ADDRESS):
                yield m.start("v"), _wrapped_end(text, m.end("v")), 0.8
        if "駅" in text:
            for m in _STATION.finditer(text):
                yield m.start("v"), m.end("v"), 0.7
        if "「" in text or "『" in text:
            for m in _BUS_STOP.finditer(text):
                g = "v" if m.group("v") else "w"
                if m.group(g) not in _GENERIC_STOPS:
                    yield m.start(g), m.end(g), 0.7
        if "丁目" in text:
            for m in _TOWN_CHOME.finditer(text):
                yield m.start(), m.end(), 0.75
        for needle, rx in _PLACE_SLOTS:
            if needle.search(text) if isinstance(needle, re.Pattern) else needle in text:
                for m in rx.finditer(text):
                    if m.group("v")[0] not in "同当本他各近隣全":  # 同市内の方: the same city, no place
                        yield m.start("v"), m.end("v"), 0.75
        if any("A" <= c <= "Z" for c in text):
            for m in _JA_ROMAJI_ADDRESS.finditer(text):
                yield m.start(), m.end(), 0.9
            for m in _COUNTRY_LINE.finditer(text):
                v = m.group("v").rstrip(" ,")
                if any(c.isdigit() for c in v) and v.count(",") >= 1 and not v.startswith(("Tel", "TEL", "Fax", "FAX")):
                    yield m.start("v"), m.start("v") + len(v), 0.75
            for m in _EN_ADDRESS.finditer(text):
                yield m.start(), m.end(), 0.8
        # Sudachi place names followed by a block number, or by 在住/出身
        n = len(morphemes)
        i = 0
        while i < n:
            if not morphemes[i].is_place:
                i += 1
                continue
            j = i
            while j + 1 < n and (
                morphemes[j + 1].is_place or morphemes[j + 1].surface in ("市", "区", "町", "村", "郡")
            ):
                j += 1
            s, e = morphemes[i].start, morphemes[j].end
            b = _BLOCK_AFTER.match(text, e)
            if b is not None and any(ch.isdigit() or ch in _NUMC for ch in b.group(0)):
                be = b.end()
                while be > e and text[be - 1] in "-の ":
                    be -= 1
                yield s, be, 0.8
            elif text.startswith(_CONTEXT_AFTER, e):
                yield s, e, 0.7
            elif (
                _MUNICIPALITY.search(morphemes[j].surface)
                and text[s] not in "同当本他各近隣全"  # 本町の近く, 同市内: this town, the same city
                and _standalone(text, s, e, morphemes, j)
            ):
                # 浜松市 in a relatives' list, 郡上市美並町大原に家を建て: a municipality on its own
                yield s, e, 0.7
            i = j + 1
