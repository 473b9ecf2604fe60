"""Japanese text helpers for the generator: kanji numerals, full-width forms, era dates and date spellings."""

from __future__ import annotations

import random
from datetime import date

_DIGITS = "〇一二三四五六七八九"
_ERAS: tuple[tuple[date, str, str], ...] = (
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
    (date(1912, 7, 30), "大正", "T"),
    (date(1868, 1, 25), "明治", "M"),
)


def kanji_number(n: int) -> str:
    """Positional kanji numeral: 15 -> 十五, 60 -> 六十, 105 -> 百五, 1985 -> 千九百八十五."""
    if n == 0:
        return "〇"
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else _DIGITS[q]) + unit
    if n:
        out += _DIGITS[n]
    return out


def kanji_digits(n: int) -> str:
    """Digit-by-digit kanji (2023 -> 二〇二三)."""
    return "".join(_DIGITS[int(c)] for c in str(n))


def to_fullwidth(text: str) -> str:
    """ASCII digits, letters and -/.: to full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def era_of(d: date) -> tuple[str, str, int]:
    for start, name, letter in _ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    raise ValueError("date before Meiji")


DATE_STYLES = (
    "iso",
    "slash",
    "slash0",
    "kanji",
    "dot",
    "compact",
    "era",
    "era_letter",
    "era_letter0",
    "era_kanji",
    "fullwidth",
    "era_fullwidth",
    "western_kanji",
)


def format_date(d: date, style: str) -> str:
    era, letter, ey = era_of(d)
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "slash0":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "era":
        return f"{era}{'元' if ey == 1 else ey}年{d.month}月{d.day}日"
    if style == "era_letter":
        return f"{letter}{ey}.{d.month}.{d.day}"
    if style == "era_letter0":
        return f"{letter}{ey:02d}/{d.month:02d}/{d.day:02d}"
    if style == "era_kanji":
        return f"{era}{'元' if ey == 1 else kanji_number(ey)}年{kanji_number(d.month)}月{kanji_number(d.day)}日"
    if style == "fullwidth":
        return f"{to_fullwidth(str(d.year))}年{to_fullwidth(str(d.month))}月{to_fullwidth(str(d.day))}日"
    if style == "era_fullwidth":
        return f"{era}{to_fullwidth(str(ey))}年{to_fullwidth(str(d.month))}月{to_fullwidth(str(d.day))}日"
    if style == "md":  # month and day only, as in running text
        return f"{d.month}/{d.day}" if d.day % 2 else f"{d.month}月{d.day}日"
    if style == "western_kanji":
        return f"{kanji_digits(d.year)}年{kanji_number(d.month)}月{kanji_number(d.day)}日"
    raise ValueError(f"unknown date style {style}")


def random_date_text(rng: random.Random, d: date) -> str:
    return format_date(d, rng.choice(DATE_STYLES))


def fullwidth_phone(phone: str) -> str:
    """Full-width digits with full-width hyphen-minus (as typed on Japanese PCs; Unicode text only)."""
    return to_fullwidth(phone)
