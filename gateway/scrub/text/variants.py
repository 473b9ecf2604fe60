"""Spelling variants of names and identifiers: folding (NFKC, katakana -> hiragana, ASCII lower case, all
length-preserving on NFKC text so offsets carry over), separator-tolerant patterns, and a romaji check."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import jaconv

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SEP_CHARS = " \u3000・･\\-‐_.,^/"
SEP = r"[\s・･\-_.,^/]{0,2}"


def fold(text: str) -> str:
    """Katakana -> hiragana and ASCII lower case; keeps the length of NFKC text (one char in, one char out)."""
    folded: str = jaconv.kata2hira(text).translate(_ASCII_LOWER)
    if len(folded) != len(text):  # defensive: never break the offset map
        return text.translate(_ASCII_LOWER)
    return folded


# Separators ignored when sweeping known values: 山田 太郎 = 山田太郎, 1234-5678 = 12345678, YAMADA^TARO.
SEPARATORS = frozenset(" \u3000・･-_^\t\n")


def compact(value: str) -> str:
    """A folded value without separators (the form known values are searched in)."""
    return "".join(ch for ch in value if ch not in SEPARATORS)


def fold_value(value: str) -> str:
    import unicodedata

    from gateway.scrub.text.normalize import latin_base

    return fold("".join(latin_base(c) for c in unicodedata.normalize("NFKC", value))).strip()


def flexible(value: str) -> str:
    """A regex for ``value`` (already folded) tolerating separators between its characters' groups:
    ``1234-5678`` also matches ``12345678`` and ``1234 5678``; ``山田 太郎`` matches ``山田太郎``."""
    parts = [p for p in re.split(f"[{re.escape(_SEP_CHARS)}]+", value) if p]
    if not parts:
        return ""
    if all(p.isdigit() for p in parts):
        digits = "".join(parts)
        return r"[\s\-]?".join(re.escape(c) for c in digits)
    return SEP.join(re.escape(p) for p in parts)


# Romaji syllables (Hepburn, Kunrei and common passport spellings).
_SYLLABLES = sorted(
    {
        *["a", "i", "u", "e", "o"],
        *(c + v for c in "kgsztdnhbpmyrwfj" for v in "aiueo"),
        *[
            "shi",
            "chi",
            "tsu",
            "fu",
            "ji",
            "ja",
            "ju",
            "jo",
            "je",
            "sha",
            "shu",
            "sho",
            "she",
            "cha",
            "chu",
            "cho",
            "che",
            "tsa",
        ],
        *(c + "y" + v for c in "kgnhbpmrzj" for v in "auo"),
        *["n", "m", "oh", "ou", "uu", "ii", "ee", "aa", "wo", "va", "vi", "vu", "ve", "vo", "ti", "di", "dy", "ty"],
    },
    key=len,
    reverse=True,
)
_ROMAJI = re.compile("(?:" + "|".join(_SYLLABLES) + r"|([kgsztdhbpmrfjc])(?=\1))+")


@lru_cache(maxsize=4096)
def is_romaji(word: str) -> bool:
    """True when ``word`` splits into Japanese romaji syllables (Yamada, SUZUKI, Ohno, Shunsuke)."""
    w = word.lower().replace("ā", "aa").replace("ō", "ou").replace("ū", "uu").replace("'", "")
    return len(w) >= 2 and _ROMAJI.fullmatch(w) is not None


def name_variants(parts: Iterable[tuple[str, str]]) -> list[str]:
    """Folded full-name variants for (family, given) pairs in one script: both orders, any separator."""
    out: list[str] = []
    for family, given in parts:
        f, g = fold_value(family), fold_value(given)
        if f and g:
            out.append(f"{f} {g}")
            out.append(f"{g} {f}")
    return out


def iter_texts(values: Iterable[str]) -> list[str]:
    return sorted({fold_value(v) for v in values if v and v.strip()}, key=len, reverse=True)
