"""NFKC normalisation with an offset map back to the original text.

Recognisers run on the normalised text (ASCII digits, half-width Latin, full-width katakana, one hyphen); every
span they return is mapped back to the caller's text so findings are offsets into the INPUT. The map is built
character by character: each normalised character remembers the original span it came from (NFKC may expand one
character into several, e.g. ``㈱`` -> ``(株)``, or fold two into one, e.g. half-width ``ｶﾞ`` -> ``ガ``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Hyphen and minus look-alikes that appear in phone numbers, postal codes and IDs.
HYPHENS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe63\u2043\u30fc\uff70")
# The katakana prolonged sound mark is a hyphen only between digits ("03ー1234ー5678").
_KANA_LONG = frozenset("\u30fc\uff70")
_COMBINING_VOICE = frozenset("\u3099\u309a")

_CHAR_CACHE: dict[str, str] = {}


def _nfkc(ch: str) -> str:
    out = _CHAR_CACHE.get(ch)
    if out is None:
        out = unicodedata.normalize("NFKC", ch)
        if len(_CHAR_CACHE) < 65536:
            _CHAR_CACHE[ch] = out
    return out


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text; ``starts[i]``/``ends[i]`` give the original span of normalised character ``i``."""

    original: str
    text: str
    starts: tuple[int, ...] | None  # None: identity map
    ends: tuple[int, ...] | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


_DIGIT_LONG = re.compile(r"(?<=[0-9])[\u30fc\uff70](?=[0-9０-９])")


def _fold_char(ch: str) -> str:
    if ch in HYPHENS and ch not in _KANA_LONG:
        return "-"
    return _nfkc(ch)


def normalize(text: str) -> Normalized:
    """NFKC plus hyphen folding, with an offset map to ``text``."""
    if text.isascii():
        return Normalized(text, text, None, None)
    cache = _CHAR_CACHE_FOLD
    parts = [cache.get(ch) or _cached_fold(ch) for ch in text]
    if all(len(p) == 1 for p in parts) and not any(p in _COMBINING_VOICE for p in parts):
        # one character in, one character out: the offset map is the identity
        out = "".join(parts)
        if "\u30fc" in out or "\uff70" in out:
            out = _DIGIT_LONG.sub("-", out)
        return Normalized(text, out, None, None)
    return _normalize_slow(text)


_CHAR_CACHE_FOLD: dict[str, str] = {}


def _cached_fold(ch: str) -> str:
    out = _fold_char(ch)
    if len(_CHAR_CACHE_FOLD) < 65536:
        _CHAR_CACHE_FOLD[ch] = out
    return out


def _normalize_slow(text: str) -> Normalized:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in HYPHENS:
            if ch in _KANA_LONG:
                prev = out[-1] if out else ""
                nxt = _nfkc(text[i + 1]) if i + 1 < n else ""
                if not (_is_digit(prev) and nxt[:1].isdigit()):
                    norm = _nfkc(ch)
                    out.append(norm)
                    starts.extend([i] * len(norm))
                    ends.extend([i + 1] * len(norm))
                    continue
            out.append("-")
            starts.append(i)
            ends.append(i + 1)
            continue
        norm = ch if ch.isascii() else _nfkc(ch)
        if len(norm) == 1 and norm in _COMBINING_VOICE and out:
            composed = unicodedata.normalize("NFC", out[-1] + norm)
            if len(composed) == 1:
                out[-1] = composed
                ends[-1] = i + 1
                continue
        for c in norm:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return Normalized(text, "".join(out), tuple(starts), tuple(ends))
