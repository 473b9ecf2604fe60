"""Date handling: per-patient shifts of DA/DT values (intervals preserved) and the spellings of a birth date that
the sweep looks for (Western and Japanese era forms, kanji numerals)."""

from __future__ import annotations

from datetime import date, timedelta

# (era start, kanji, letter). Transitions: Meiji 1868-01-25 (calendar reform 1873), Taisho 1912-07-30,
# Showa 1926-12-25, Heisei 1989-01-08, Reiwa 2019-05-01.
ERAS: tuple[tuple[date, str, str], ...] = (
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
    (date(1912, 7, 30), "大正", "T"),
    (date(1868, 1, 25), "明治", "M"),
)

_KANJI_DIGITS = "〇一二三四五六七八九"


def kanji_number(n: int) -> str:
    """1..99 as kanji numerals (十二, 六十, 六十三)."""
    if n < 10:
        return _KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI_DIGITS[tens]) + "十" + (_KANJI_DIGITS[ones] if ones else "")


def era_of(d: date) -> tuple[str, str, int] | None:
    for start, kanji, letter in ERAS:
        if d >= start:
            return kanji, letter, d.year - start.year + 1
    return None


def parse_da(value: str) -> date | None:
    v = value.strip().replace(".", "")  # ACR-NEMA YYYY.MM.DD
    if len(v) != 8 or not v.isdigit():
        return None
    try:
        return date(int(v[:4]), int(v[4:6]), int(v[6:]))
    except ValueError:
        return None


def shift_da(value: str, days: int) -> str:
    """Shift one DA value (or a ``A-B`` range); unparseable or partial values become empty."""
    if "-" in value:
        parts = value.split("-")
        if len(parts) == 2:
            a = shift_da(parts[0], days) if parts[0].strip() else ""
            b = shift_da(parts[1], days) if parts[1].strip() else ""
            return f"{a}-{b}" if (a or b) else ""
        return ""
    d = parse_da(value)
    if d is None:
        return ""
    try:
        return (d + timedelta(days=days)).strftime("%Y%m%d")
    except OverflowError:
        return ""


def shift_dt(value: str, days: int) -> str:
    """Shift the date part of a DT value, keeping time and UTC offset; partial dates become empty."""
    v = value.strip()
    if len(v) < 8 or not v[:8].isdigit():
        return ""
    shifted = shift_da(v[:8], days)
    return shifted + v[8:] if shifted else ""


def birth_date_spellings(d: date) -> list[str]:
    """Every spelling of ``d`` we sweep for: 19850412, 1985-04-12, 1985/4/12, 85/04/12, S60.4.12, 昭和60年4月12日,
    昭和六十年四月十二日, 1985年4月12日 ... (full-width digits are folded by NFKC before matching)."""
    y, m, dd = d.year, d.month, d.day
    out = {f"{y:04d}{m:02d}{dd:02d}"}
    for sep in ("-", "/", "."):
        out.add(f"{y:04d}{sep}{m:02d}{sep}{dd:02d}")
        out.add(f"{y:04d}{sep}{m}{sep}{dd}")
    out.add(f"{y}年{m}月{dd}日")
    out.add(f"{y}年{m:02d}月{dd:02d}日")
    for sep in ("-", "/", "."):  # two-digit years: 85/04/12, 85.4.12
        out.add(f"{y % 100:02d}{sep}{m:02d}{sep}{dd:02d}")
        out.add(f"{y % 100:02d}{sep}{m}{sep}{dd}")
    era = era_of(d)
    if era is not None:
        kanji, letter, ey = era
        ey_forms = [str(ey), f"{ey:02d}"] + (["元"] if ey == 1 else [])
        for e in ey_forms:
            for sep in (".", "/", "-"):
                out.add(f"{letter}{e}{sep}{m}{sep}{dd}")
                out.add(f"{letter}{e}{sep}{m:02d}{sep}{dd:02d}")
            out.add(f"{kanji}{e}年{m}月{dd}日")
            out.add(f"{kanji}{e}年{m:02d}月{dd:02d}日")
        kn = "元" if ey == 1 else kanji_number(ey) if ey < 100 else str(ey)
        out.add(f"{kanji}{kn}年{kanji_number(m)}月{kanji_number(dd)}日")
    return sorted(out)
