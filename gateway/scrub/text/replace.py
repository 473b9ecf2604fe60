"""Replacement of findings: type tags (［氏名］), consistent keyed surrogates, shifted dates, top-coded ages."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import date

from gateway.scrub.ports import DeidKeys
from gateway.scrub.text.analyzer import Analysis, Finding
from gateway.scrub.text.data import load
from gateway.scrub.text.dates import DateMatch, find_dates, shift_date_text
from gateway.scrub.text.numerals import is_kanji_numeral, render_like
from gateway.scrub.text.variants import fold_value

TAGS = {
    "PERSON": "［氏名］",
    "DATE": "［日付］",
    "AGE": "［年齢］",
    "PHONE_NUMBER": "［電話番号］",
    "POSTAL_CODE": "［郵便番号］",
    "ADDRESS": "［住所］",
    "FACILITY": "［施設］",
    "EMAIL_ADDRESS": "［メール］",
    "URL": "［URL］",
    "MY_NUMBER": "［個人番号］",
    "INSURANCE_NUMBER": "［保険番号］",
    "ID": "［ID］",
    "KNOWN": "［個人情報］",
}
_FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_KANJI_RE = re.compile("[\u4e00-\u9fff々]")
_KANA_RE = re.compile("[\u3041-\u30ff]")
_AGE_NUM = re.compile(r"[0-9]+|[一二三四五六七八九十百]+")


def _index(keys: DeidKeys, label: str, value: str, n: int) -> int:
    token = keys.pseudonym(f"surrogate:{label}:{fold_value(value)}")
    return int.from_bytes(hashlib.sha256(token.encode()).digest()[:4], "big") % n


def surrogate_name(keys: DeidKeys, value: str) -> str:
    s: dict[str, list[str]] = load("surrogates")
    i = _index(keys, "family", value, len(s["family"]))
    j = _index(keys, "given", value, len(s["given"]))
    full = len(value.split()) > 1 or len(value) > 3
    if _KANJI_RE.search(value):
        return s["family"][i] + (s["given"][j] if full else "")
    if _KANA_RE.search(value):
        return s["family_kana"][i] + (" " + s["given_kana"][j] if full else "")
    romaji = s["family_romaji"][i]
    if value.isupper():
        romaji = romaji.upper()
    return romaji + (" " + s["given_romaji"][j] if full else "")


def top_coded_age(original: str, top: int) -> str:
    m = _AGE_NUM.search(original)
    number = render_like(top, m.group(0)) if m and is_kanji_numeral(m.group(0)) else str(top)
    if any(u in original for u in ("歳", "才", "さい", "代")):
        return f"{number}歳以上"
    rest = original[m.end() :] if m else ""
    return f"{number}+{rest}" if rest[:1] in (" ", "y", "Y", "-") else f"{number}+"


def render(
    text: str,
    analysis: Analysis,
    *,
    mode: str,
    keys: DeidKeys | None,
    shift_days: int | None,
    reference: date | None,
    top_code_age: int,
) -> str:
    """The de-identified text: every finding replaced, the rest of the input unchanged."""
    if not analysis.findings:
        return text
    dates: dict[tuple[int, int], DateMatch] = {}
    if shift_days is not None and any(f.entity_type == "DATE" for f in analysis.findings):
        dates = {(d.start, d.end): d for d in find_dates(analysis.normalized.text)}
    out: list[str] = []
    pos = 0
    for f, nspan in zip(analysis.findings, analysis.norm_spans, strict=True):
        out.append(text[pos : f.start])
        out.append(
            _replacement(
                text,
                f=f,
                nspan=nspan,
                dates=dates,
                mode=mode,
                keys=keys,
                shift_days=shift_days,
                reference=reference,
                top_code_age=top_code_age,
            )
        )
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def _replacement(
    text: str,
    *,
    f: Finding,
    nspan: tuple[int, int],
    dates: Mapping[tuple[int, int], DateMatch],
    mode: str,
    keys: DeidKeys | None,
    shift_days: int | None,
    reference: date | None,
    top_code_age: int,
) -> str:
    original = text[f.start : f.end]
    if f.entity_type == "DATE" and shift_days is not None:
        d = dates.get(nspan)
        if d is not None:
            shifted = shift_date_text(d, shift_days, reference)
            if shifted is not None:
                if any("０" <= c <= "９" for c in original):
                    shifted = shifted.translate(_FULLWIDTH_DIGITS)
                return shifted
        return TAGS["DATE"]
    if f.entity_type == "AGE":
        return top_coded_age(original, top_code_age)
    if mode == "surrogate" and keys is not None:
        if f.entity_type == "PERSON":
            return surrogate_name(keys, original)
        if f.entity_type == "ID":
            return keys.pseudonym(f"id:{fold_value(original)}")
    return TAGS.get(f.entity_type, "［個人情報］")
