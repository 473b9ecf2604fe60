"""ID: patient IDs, chart, accession, order, specimen and reception numbers after a context word (患者ID, ID:,
カルテ番号, 受付番号, Accession...), pathology-style specimen numbers (S23-01234), and long digit runs (7+ digits)
that are not measurements."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.numerals import KANA_DIGIT_RE
from gateway.scrub.text.recognizers.base import KANJI, JaRecognizer, Span

_LABELS = (
    r"患者\s?ID|患者番号|患者No\.?|患者コード|ID番号|I\.?D\.?|カルテ(?:番号|No\.?|ID)?|診察券(?:番号|No\.?)?|受付(?:番号|No\.?)|"
    r"検査(?:番号|ID|No\.?)|オーダー?(?:番号|No\.?|ID)|依頼(?:番号|No\.?)|予約(?:番号|No\.?)|"
    r"受診(?:番号|No\.?)|会計(?:番号|No\.?)|入院(?:番号|No\.?)|登録(?:番号|No\.?)|管理(?:番号|No\.?)|"
    r"検体(?:番号|No\.?|ID)|標本(?:番号|No\.?)|病理(?:番号|No\.?|組織番号)|細胞診番号|ブロック番号|"
    r"Accession(?:\s?(?:No\.?|Number|#))?|ACC(?:\s?No\.?|#)?|Acc\.?(?:\s?No\.?)?(?![a-z])|MRN|PID|Patient\s?ID|"
    r"Study\s?ID|Exam(?:ination)?\s?(?:No\.?|ID)|Order\s?(?:No\.?|ID)|Specimen\s?(?:No\.?|ID)|Case\s?(?:No\.?|ID)|"
    r"(?:[Hh]ospital|[Pp]atient|[Cc]ase|[Cc]hart|[Rr]ecord|[Mm]edical [Rr]ecord|[Rr]egistration)"
    r"\s(?:[Nn]umber|[Nn]o\.?|#|ID)|"
    r"レポート(?:番号|ID)|症例番号|受理番号|承認番号|整理番号|識別番号|(?:被験者|症例|登録|識別)(?:識別|登録)?(?:コード|番号|ID)|"
    r"Subject\s?(?:No\.?|ID|Number)|No\.|NO\.|№|#|"
    # numbers of a family, a blood product, an autopsy, a registry entry, a pension, a welfare case, a sample
    r"家系(?:番号|No\.?|ID)|製造番号|製剤番号|剖検(?:番号|No\.?)|登記番号|(?:基礎)?年金番号|ケース(?:番号|No\.?)|"
    r"記録番号|事件番号|生検番号|サンプル(?:番号|ID)|試料(?:番号|ID)|"
    # cards and references of foreign patients and their insurers: 在留カード番号, Policy No., Our ref, 旅券番号
    r"在留カード(?:番号|No\.?)?|旅券番号|パスポート(?:番号|No\.?)|[Pp]assport\s?(?:No\.?|[Nn]umber|#)|"
    r"[Pp]olicy\s?(?:No\.?|[Nn]umber|#)|(?:Our|Your|our|your)\s[Rr]ef(?:erence)?\.?(?:\s?No\.?)?|Ref\.?\s?No\.?|"
    r"[Cc]laim\s?(?:No\.?|[Nn]umber|#)|オペレーター番号|通訳者?(?:番号|ID)|証書番号|受給者証番号|事案番号|"
    r"指定医番号|手帳番号|社員番号|職員番号|従業員番号|健診番号|ドック番号|貸出番号|"
    r"(?:身体障害者|療育|精神障害者保健福祉)手帳[0-9一二三四五六]?級?[(（]?"
)
_LABELLED = re.compile(
    rf"(?:{_LABELS})[\s:：=#|｜】\]>/／]{{0,4}}(?P<v>第?(?:[一-鿿]{{1,2}}-?(?=[0-9]))?[A-Za-z]{{0,4}}(?:[\-#]?[A-Za-z]{{0,4}}){{0,2}}[\-#]?[0-9][0-9A-Za-z\-_/]{{2,24}}(?:号(?![{KANJI}]))?)(?![0-9A-Za-z])"
)
# a pathology-style number: a letter or three, a two- or four-digit year, a serial (S23-01234, P2024-05929)
_SPECIMEN = re.compile(r"(?<![0-9A-Za-z\-])[A-Z]{1,3}\d{2}(?:\d{2})?-\d{3,7}(?![0-9A-Za-z])")
# (a comma before or after is a CSV cell, not a thousands group: those have three digits)
_LONG_DIGITS = re.compile(r"(?<![0-9.\-/])\d{7,}(?![0-9.]|,\d{3}(?!\d)|\s?(?:mm|cm|円|個|/μL|/uL|/mm|mg|g|mL))")
_ALNUM_ID = re.compile(
    r"(?<![0-9A-Za-z\-#])(?=[A-Z0-9\-#]*[A-Z])(?=[A-Z0-9\-#]*\d{5})[A-Z]{1,4}(?:[\-#][A-Z]{0,2})?\d{5,12}"
    r"(?:-\d{2,6})?(?![0-9A-Za-z])"
    # a prefix, a two-digit year and a serial: RA-18-062923
    r"|(?<![0-9A-Za-z\-#])[A-Z]{1,4}-\d{2,3}-\d{3,8}(?![0-9A-Za-z\-])"
    # with a four-digit year, a serial of four or more (RA-2024-04803; a protocol's NVX-2011-301 stays)
    r"|(?<![0-9A-Za-z\-#])[A-Z]{1,4}-(?:19|20)\d{2}-\d{4,8}(?![0-9A-Za-z\-])"
)


# court case numbers: 令和7年(ワ)第7654号 (era year, the case-type mark in brackets, the serial number)
_CASE_NO = re.compile(
    r"(?:令和|平成|昭和|[RHS])\s?(?:元|\d{1,2})\s?年\s?[(（][\u3041-\u30ff\u4e00-\u9fff]{1,3}[)）]\s?第?\s?\d{1,6}\s?号"
)
# a number in brackets right after a person's name: 伊藤 さくら (8620-480633)
_BRACKET_NO = re.compile(r"[ \u3000]?[(（]\s?(?P<v>\d{2,6}(?:-\d{2,8}){0,2}|\d{6,12})\s?[)）]")
# a number between a name and an age: 田中 舞  161866  104歳 F
_BETWEEN_NAME_AGE = re.compile(r"(?<=[ \t])(?P<v>\d{5,10})(?=[ \t]+\d{1,3}[ ]?(?:歳|才|y|Y|[MF](?![A-Za-z])))")

# DICOM UIDs written into text (Study UID: 1.2.392.200036...): they name one study, series or image
# after a UID label (Study UID:, SOPInstanceUID =, 検査UID); object identifiers of code systems (urn:oid:…) are
# terminology, not identifiers, and have no such label
_UID = re.compile(r"(?:UID|Uid|uid)[^0-9\n]{0,6}?(?P<v>[12]\.\d{1,6}(?:\.\d{1,20}){4,})(?![0-9.]|\.\d)")

# a number in brackets after a name, before the age: 様（0448-5626、94才、男）
_BRACKET_NO_AGE = re.compile(
    r"[(（]\s?(?P<v>[0-9A-Z][0-9A-Z\-]{3,14}[0-9])\s?[、,，]\s?(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})\s?(?:歳|才|y)"
)
# any label ending in 番号 before a colon: 同意書保管番号: CN-2022-0526 (weaker than the known labels)
_ANY_NUMBER_LABEL = re.compile(
    r"[\u4e00-\u9fff]{1,8}番号[ \t]?[:：=][ \t]?(?P<v>[A-Za-z]{0,4}[\-#]?[0-9][0-9A-Za-z\-_/]{2,24})(?![0-9A-Za-z])"
)
# numbers of things, not of people: a protocol, an approval, a lot, a product
_NOT_PERSONAL = re.compile(r"計画|プロトコル|試験|承認|薬価|ロット|製造|規格|型式|品番|医薬品|機器|装置|版")
# an ID read out digit by digit in a dictation: IDは ぜろななぜろろく…
_KANA_ID = re.compile(
    rf"(?:ID|アイディー|あいでぃー|番号|ばんごう|カルテ)(?:は|が|:)?[ \t]?(?P<v>{KANA_DIGIT_RE}{{4,16}})"
)


def _after_name(start: int, morphemes: list[Morph]) -> bool:
    """Is one of the (up to three) words right before ``start`` a person name?"""
    before = [m for m in morphemes if m.end <= start and m.pos[0] != "空白"][-3:]
    return bool(before) and before[-1].end >= start - 1 and any(m.is_person for m in before)


class IdentifierRecognizer(JaRecognizer):
    ENTITY = "ID"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for m in _LABELLED.finditer(text):
            v = m.group("v")
            # a labelled value must contain at least 3 digits (not "#4R", "No.2")
            if sum(c.isdigit() for c in v) >= 3:
                yield m.start("v"), m.end("v"), 0.85
        for m in _CASE_NO.finditer(text) if "号" in text else ():
            yield m.start(), m.end(), 0.95
        for m in _BRACKET_NO.finditer(text) if "(" in text or "（" in text else ():
            v = m.group("v")
            if (
                sum(c.isdigit() for c in v) >= 6
                and not re.fullmatch(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}", v)
                and _after_name(m.start(), morphemes)
            ):
                yield m.start("v"), m.end("v"), 0.8
        for m in _UID.finditer(text) if "id" in text or "ID" in text else ():
            yield m.start("v"), m.end("v"), 0.85
        for m in _BETWEEN_NAME_AGE.finditer(text):
            if _after_name(m.start("v"), morphemes):
                yield m.start("v"), m.end("v"), 0.75
        for m in _BRACKET_NO_AGE.finditer(text) if "(" in text or "（" in text else ():
            if sum(c.isdigit() for c in m.group("v")) >= 4:
                yield m.start("v"), m.end("v"), 0.8
        for m in _ANY_NUMBER_LABEL.finditer(text) if "番号" in text else ():
            if sum(c.isdigit() for c in m.group("v")) >= 3 and not _NOT_PERSONAL.search(m.group(0)):
                yield m.start("v"), m.end("v"), 0.7
        for m in _KANA_ID.finditer(text):
            yield m.start("v"), m.end("v"), 0.8
        for m in _SPECIMEN.finditer(text):
            yield m.start(), m.end(), 0.7
        for m in _LONG_DIGITS.finditer(text):
            yield m.start(), m.end(), 0.6
        for m in _ALNUM_ID.finditer(text):
            yield m.start(), m.end(), 0.6
