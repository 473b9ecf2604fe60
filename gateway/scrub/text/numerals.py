"""Kanji numerals: parse (``三十五``, ``二〇二三``, ``元``) and render in the same style."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_DIGIT_CHARS = "〇一二三四五六七八九"
KANJI_NUMERAL_CHARS = "〇零一二三四五六七八九十百千"


def parse_number(s: str) -> int | None:
    """Arabic, positional kanji (二〇二三) or unit kanji (三十五); ``元`` is 1 (first year of an era)."""
    if not s:
        return None
    if s == "元":
        return 1
    if s.isdigit():
        return int(s)
    if any(c in _UNITS for c in s):
        total, cur = 0, 0
        for c in s:
            if c in _DIGITS:
                cur = _DIGITS[c]
            elif c in _UNITS:
                total += (cur or 1) * _UNITS[c]
                cur = 0
            else:
                return None
        return total + cur
    if all(c in _DIGITS for c in s):
        return int("".join(str(_DIGITS[c]) for c in s))
    return None


def _unit_kanji(n: int) -> str:
    if n == 0:
        return "〇"
    out = []
    for value, sym in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out.append(("" if q == 1 else _DIGIT_CHARS[q]) + sym)
    if n:
        out.append(_DIGIT_CHARS[n])
    return "".join(out)


def is_kanji_numeral(s: str) -> bool:
    return bool(s) and all(c in KANJI_NUMERAL_CHARS for c in s)


def render_like(n: int, template: str, *, kanji_hint: bool = False) -> str:
    """Render ``n`` in the style of ``template`` (arabic with its zero padding, kanji unit or positional).
    ``元`` (first year of an era) stays ``元`` for 1; other years follow ``kanji_hint``."""
    if template == "元":
        if n == 1:
            return "元"
        return _unit_kanji(n) if kanji_hint else str(n)
    if template.isdigit():
        return str(n).zfill(len(template)) if template.startswith("0") and len(template) > 1 else str(n)
    if any(c in _UNITS for c in template) or (len(template) == 1 and template not in "〇零"):
        return _unit_kanji(n)
    return "".join(_DIGIT_CHARS[int(d)] for d in str(n))


# Numbers spoken and written in hiragana (dictation transcripts): digit words and unit words.
KANA_DIGITS = {
    "ぜろ": 0, "れい": 0, "まる": 0, "いち": 1, "に": 2, "さん": 3, "よん": 4, "し": 4, "ご": 5,
    "ろく": 6, "なな": 7, "しち": 7, "はち": 8, "きゅう": 9, "く": 9,
}  # fmt: skip
_KANA_UNITS = {"じゅう": 10, "ひゃく": 100, "びゃく": 100, "ぴゃく": 100, "せん": 1000, "ぜん": 1000}
# ろっぴゃく, はっぴゃく, いっせん, きゅうじゅういっさい, じゅっさい
_KANA_SOUND_CHANGE = {"ろっ": "ろく", "はっ": "はち", "いっ": "いち", "じゅっ": "じゅう"}
KANA_DIGIT_RE = "(?:ぜろ|れい|まる|いち|に|さん|よん|ご|ろく|なな|しち|はち|きゅう)"


def _kana_tokens(s: str) -> list[str] | None:
    words = sorted([*KANA_DIGITS, *_KANA_UNITS, *_KANA_SOUND_CHANGE], key=len, reverse=True)
    out: list[str] = []
    i = 0
    while i < len(s):
        for w in words:
            if s.startswith(w, i):
                out.append(_KANA_SOUND_CHANGE.get(w, w))
                i += len(w)
                break
        else:
            return None
    return out


def parse_kana_number(s: str) -> int | None:
    """A number written in hiragana with units (きゅうじゅうに -> 92, ひゃくいち -> 101); None when ``s`` is not one."""
    toks = _kana_tokens(s)
    if not toks or (not any(t in _KANA_UNITS for t in toks) and len(toks) > 1):
        return None
    total, cur = 0, 0
    for t in toks:
        if t in KANA_DIGITS:
            cur = KANA_DIGITS[t]
        else:
            total += (cur or 1) * _KANA_UNITS[t]
            cur = 0
    return total + cur


def kana_digit_string(s: str) -> str | None:
    """Digits read one by one (ぜろななぜろろく -> 0706), or None when ``s`` holds anything else."""
    toks = _kana_tokens(s)
    if not toks or any(t in _KANA_UNITS for t in toks):
        return None
    return "".join(str(KANA_DIGITS[t]) for t in toks)
