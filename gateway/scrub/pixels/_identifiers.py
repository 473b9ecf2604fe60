"""The patient's identifiers as they may appear in OCR output, and a tolerant search for them.

OCR text and identifier forms are compared after NFKC normalisation, upper-casing and removal of everything that
is not a letter, digit, kana or kanji ("YAMADA TARO" -> "YAMADATARO", "1980/05/12" -> "19800512"). Forms of 6 or
more characters match with up to one edit (OCR confuses 5/8, I/1, 郎/朗); shorter forms must match exactly. Forms
shorter than 2 characters are ignored.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import jaconv

from policies.identifiers import KnownIdentifiers

ERAS = (  # (start date, kanji, initial)
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
    (date(1912, 7, 30), "大正", "T"),
)
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def normalise(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).upper()
    return "".join(c for c in t if c.isalnum())


def date_forms(d: date) -> set[str]:
    y, m, dd = d.year, d.month, d.day
    forms = {
        f"{y}{m:02d}{dd:02d}",
        f"{y}年{m}月{dd}日",
        f"{y}年{m:02d}月{dd:02d}日",
        f"{dd:02d}{m:02d}{y}",
        f"{m:02d}{dd:02d}{y}",
        f"{dd:02d}{MONTHS[m - 1]}{y}",
        f"{MONTHS[m - 1]}{dd:02d}{y}",
    }
    for start, kanji, initial in ERAS:
        if d >= start:
            ey = d.year - start.year + 1
            forms |= {
                f"{kanji}{ey}年{m}月{dd}日",
                f"{kanji}{'元' if ey == 1 else ey}年{m}月{dd}日",
                f"{initial}{ey}{m:02d}{dd:02d}",
                f"{initial}{ey:02d}{m:02d}{dd:02d}",
            }
            break
    return {normalise(f) for f in forms}


def identifier_forms(known: KnownIdentifiers) -> set[str]:
    """Normalised strings whose presence in OCR text means an identifier survived."""
    forms: set[str] = set()
    for name in known.names:
        for part in name.parts():
            forms.add(normalise(part))
            if any("\u3040" <= c <= "\u30ff" for c in part):  # kana: both hiragana and katakana readings
                forms.add(normalise(jaconv.hira2kata(part)))
                forms.add(normalise(jaconv.kata2hira(part)))
        for fam, giv in ((name.family, name.given), (name.family_romaji, name.given_romaji)):
            if fam and giv:
                forms.add(normalise(fam + giv))
                forms.add(normalise(giv + fam))
    for value in (*known.ids, *known.phones, *known.other, *known.emails, *known.addresses):
        forms.add(normalise(value))
    if known.birth_date is not None:
        forms |= date_forms(known.birth_date)
    return {f for f in forms if len(f) >= 2}


def _fuzzy_contains(haystack: str, needle: str, k: int) -> bool:
    """Approximate substring search (Sellers): is there a substring within ``k`` edits of ``needle``?"""
    if k == 0 or len(needle) <= k:
        return needle in haystack
    m = len(needle)
    prev = list(range(m + 1))
    for ch in haystack:
        cur = [0] * (m + 1)
        for i in range(1, m + 1):
            cost = 0 if needle[i - 1] == ch else 1
            cur[i] = min(prev[i - 1] + cost, prev[i] + 1, cur[i - 1] + 1)
        if cur[m] <= k:
            return True
        prev = cur
    return False


def find_identifiers(text: str, forms: set[str]) -> int:
    """How many identifier forms occur in ``text`` (normalised here). Returns a count, never the values."""
    hay = normalise(text)
    return sum(1 for f in forms if _fuzzy_contains(hay, f, 1 if len(f) >= 6 else 0))
