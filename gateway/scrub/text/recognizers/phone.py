"""PHONE_NUMBER: Japanese telephone and fax numbers (fixed, mobile, 0120, +81), numbers of other countries in
E.164 form (+1-555-201-7788, +44 20 7946 0958), full-width digits and hyphen look-alikes included (NFKC text);
internal extensions only after a context word (内線, PHS)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.numerals import KANA_DIGIT_RE
from gateway.scrub.text.recognizers.base import JaRecognizer, Span

_SEP = r"[\-\s.]?"
_PHONE = re.compile(
    r"(?<![0-9A-Za-z\-.])(?<![0-9]/)"  # after a slash only when no digit precedes it: 西村 太郎／080-…
    r"(?:"
    r"\+81[\-\s]?\(?0?\)?\d{1,4}[\-\s]?\d{1,4}[\-\s]?\d{3,4}"  # international
    r"|\(0\d{1,4}\)\s?\d{1,4}[\-\s]?\d{3,4}"  # (03) 1234-5678
    r"|0\d{1,4}\(\d{1,4}\)\d{3,4}"  # 03(1234)5678
    r"|0\d{1,4}-\d{1,4}-\d{3,4}"  # 03-1234-5678
    r"|0\d{1,4}(?P<dot>[.・])\d{1,4}(?P=dot)\d{3,4}"  # 03.1234.5678, 03・1234・5678
    r"|0[5789]0[\-\s]?\d{4}[\-\s]?\d{4}"  # mobile / IP
    r"|0120[\-\s]?\d{2,3}[\-\s]?\d{3}"  # toll free
    r"|0\d{9,10}"  # 0312345678
    r"|0\d{1,4}\s\d{1,4}\s\d{4}"  # 03 1234 5678
    r")"
    r"(?![0-9A-Za-z]|-\d|\.\d)"
)
_CONTEXT = re.compile(
    r"(?:TEL|Tel|tel|FAX|Fax|fax|電話(?:番号)?|携帯(?:電話)?|連絡先|ファックス|ファクス|直通|代表|PHS|内線|ピッチ|[Ee]xt\.?|EXT\.?)"
    # PHS (2775), 内線(3002), ext=5940: the number may sit in brackets or after an equals sign
    r"\s?(?:番号)?\s?[:：.=]?\s?[(（]?\s?(?P<num>\d{2,5}(?:-\d{1,4}){0,2})(?![0-9])"
)


# E.164 numbers of other countries: +CC then two to four groups split by a hyphen, space or dot (+1-848-995-9784,
# +44 20 7946 0958, +49 (0)30 1234567); 8-15 digits in all; +81 numbers are the Japanese grammar above
_INTL = re.compile(
    r"(?<![0-9A-Za-z+])\+(?!81)(?P<cc>[1-9]\d{0,2})[\-\s.](?:\(0\)\s?)?\(?\d{1,4}\)?(?:[\-\s.]\d{2,8}){1,3}"
    r"(?![0-9A-Za-z]|[\-.]\d)"
)

# E.164 written without group separators (+637251292291) or with one space after the country code
# (+86 99112345678): + then 8-15 digits, never a sign before a lab value (CRP +1.2, 尿蛋白 +2)
_INTL_PLAIN = re.compile(r"(?<![0-9A-Za-z+])\+(?!81)[1-9]\d{0,3}[ ]?\d{6,14}(?![0-9A-Za-z]|[\-.,]\d)")

_KD = "[〇一二三四五六七八九]"
# phone numbers written in kanji digits (〇三‐三三五三‐一二一一), hyphens already folded
_KANJI_PHONE = re.compile(
    rf"(?<![〇一二三四五六七八九十百千])〇{_KD}{{1,4}}-{_KD}{{1,4}}-{_KD}{{4}}(?![〇一二三四五六七八九])"
)


# an extension or phone number read out digit by digit in a dictation: ないせん ろくさんぜろよん
_KANA_PHONE = re.compile(
    rf"(?:内線|ないせん|でんわ|電話|PHS|ぴっち|ピッチ)(?:は|:)?[ \t]?(?P<v>{KANA_DIGIT_RE}{{3,14}})"
)


# PHS 418→5624 (both numbers), From:8090 17:30 (a pager or PHS message header)
_PHS_ARROW = re.compile(r"(?:PHS|ＰＨＳ|ピッチ|内線)[ ]?(?P<a>\d{2,5})[ ]?(?:→|->|⇒)[ ]?(?P<b>\d{2,5})(?![0-9])")
_FROM = re.compile(r"(?:From|FROM|from|発信|着信)[ ]?[:：][ ]?(?P<v>\d{3,5})(?=[ \t]|$)", re.M)


class PhoneRecognizer(JaRecognizer):
    ENTITY = "PHONE_NUMBER"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for m in _PHONE.finditer(text):
            digits = sum(c.isdigit() for c in m.group(0))
            if 10 <= digits <= 13:
                yield m.start(), m.end(), 0.85
        if "+" in text:
            for m in _INTL.finditer(text):
                digits = sum(c.isdigit() for c in m.group(0))
                if 8 <= digits <= 15:
                    yield m.start(), m.end(), 0.85
            for m in _INTL_PLAIN.finditer(text):
                if 8 <= sum(c.isdigit() for c in m.group(0)) <= 15:
                    yield m.start(), m.end(), 0.8
        if "〇" in text:
            for m in _KANJI_PHONE.finditer(text):
                yield m.start(), m.end(), 0.85
        for m in _CONTEXT.finditer(text):
            yield m.start("num"), m.end("num"), 0.7
        for m in _PHS_ARROW.finditer(text):
            yield m.start("a"), m.end("a"), 0.75
            yield m.start("b"), m.end("b"), 0.75
        for m in _FROM.finditer(text):
            yield m.start("v"), m.end("v"), 0.7
        for m in _KANA_PHONE.finditer(text):
            yield m.start("v"), m.end("v"), 0.8
