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
from functools import cache

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


def latin_base(ch: str) -> str:
    """A Latin letter with a diacritic as its base letter (Ō -> O, ü -> u, ễ -> e: romaji with macrons, Vietnamese,
    Portuguese names), so Latin-letter rules read them; one character in, one out. Anything else unchanged."""
    if "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff":
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha():
            return base
    return ch


def _fold_char(ch: str) -> str:
    if ch in HYPHENS and ch not in _KANA_LONG:
        return "-"
    out = _nfkc(ch)
    return latin_base(out) if len(out) == 1 else out


def normalize(text: str) -> Normalized:
    """NFKC plus hyphen and Latin-diacritic folding, with an offset map to ``text``."""
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
        norm = ch if ch.isascii() else _fold_char(ch)
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


# --- OCR repair -------------------------------------------------------------------------------------------------
# Scanned documents reach us through OCR: letter-spaced words (山 田 太 郎, フ リ ガ ナ), vertical text read one
# character per line, digits confused with letters (O/o -> 0, l/I -> 1, S -> 5, B -> 8), dash look-alikes the
# hyphen folding does not cover (一, ー next to a confused digit) and stray spaces inside numbers. ``repair_ocr``
# rewrites these in the normalised text (deleting characters and replacing one by one) and composes the offset
# map, so findings still map back to the caller's text. Numbers are only rewritten when the repaired run has the
# grammar of a phone number, postal code, western date or a labelled number; anything else is left as it was.

_CJK = f"[{chr(0x3400)}-{chr(0x9FFF)}{chr(0xF900)}-{chr(0xFAFF)}々〆ヶ\u3041-\u309f\u30a1-\u30fa\u30fc]"
_LETTER_SPACED = re.compile(f"(?<!\\S)(?:{_CJK}|[0-9-])(?: (?:{_CJK}|[0-9-])){{2,}}(?!\\S)")
_LETTER_SPACED_CJK = re.compile(f"(?<!\\S){_CJK}(?: {_CJK}){{2,}}(?!\\S)")
_CJK_RE = re.compile(_CJK)
_DIGIT_RE = re.compile("[0-9]")
_ADDRESS_COUNTER = re.compile("[番号]|丁目")
# two or more spaces between two words of a name or label (仲宗根  あすか): one is kept
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_MULTI_SPACE = re.compile(f"(?<={_CJK})  +(?={_CJK})")
_VERTICAL = re.compile(f"(?:(?<=\\n)|^){_CJK}(?:\\n{_CJK}){{2,}}(?=\\n|$)")
_CONFUSABLE = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
_DIGITISH = "0-9OolISB"
_NUM_RUN = re.compile(
    f"(?<![A-Za-z0-9])[{_DIGITISH}](?:[{_DIGITISH}]|[ \\-一ー/.・](?=[{_DIGITISH}])| (?=[\\-一ー]))*(?![A-Za-z0-9])"
)
_OCR_HINT = re.compile(
    f"[OolISB一ー](?=[0-9])|(?<=[0-9])[OolISB一ー]|[0-9] [0-9]|{_CJK} {_CJK} {_CJK}|\\n{_CJK}\\n|{_CJK}  +{_CJK}"
)
_GRAMMAR = re.compile(
    r"0\d{1,4}-\d{1,4}-\d{3,4}|0\d{9,10}|\d{3}-\d{4}|(?:19|20)\d{2}([/.])\d{1,2}\1\d{1,2}|\d{1,2}・\d{3,8}"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"  # a compact date: 2O201007
)
_NUM_LABEL = re.compile(r"(?:番号|ID|記号|No\.?|〒)\s*[:：]?\s*$")
_TIME_OCR = re.compile(
    r"(?<![A-Za-z0-9])(?=[0-9OolI:]*[OolI])[0-2OolI][0-9OolI]:[0-5Oo][0-9OolI](?::[0-5Oo][0-9OolI])?(?![A-Za-z0-9])"
)
_YEAR_OCR = re.compile(r"(?<![0-9A-Za-z])[12][0-9OolI]{3}(?=\s?年)")


_SPECIMEN_SHAPE = re.compile(r"[A-Z]{1,3}\d{2}(?:\d{2})?-\d{3,7}")


def _repair_number(run: str, before: str) -> str | None:
    """The run rewritten (same length where characters map one to one, spaces dropped) or None to keep it."""
    digits = sum(c.isdigit() for c in run)
    letters = sum(c in _CONFUSABLE for c in run)
    if digits < 4 or letters > 4 or letters * 3 > digits * 2:
        return None
    if _SPECIMEN_SHAPE.fullmatch(run.strip()):
        return None  # S25-9854, B24-0987: a pathology number's letter is a letter, not a confused digit
    out = "".join(_CONFUSABLE.get(c, "-" if c in "一ー" else c) for c in run)
    squeezed = out.replace(" ", "")
    if squeezed == run:
        return None
    if _GRAMMAR.fullmatch(squeezed) or (_NUM_LABEL.search(before) and sum(c.isdigit() for c in squeezed) >= 4):
        return out
    return None


# Words OCR splits with a stray space (病 院, リハビリテーショ ン, 先 生, 長崎 県, 丁 目): the recognisers need them
# whole. Joining them is always safe: none of them is ever written with a space inside.
_ANCHORS = (
    *("病院", "医院", "診療所", "クリニック", "ステーション", "リハビリテーション", "センター", "医療法人"),
    *("社団", "財団", "訪問看護", "老人ホーム", "整形外科", "脳神経外科", "外科", "内科", "記念", "総合", "大学"),
    *("薬局", "歯科", "先生", "御侍史", "御机下", "医師", "電話", "携帯", "住所", "氏名", "紹介状", "生年月日"),
    *("丁目", "番地", "ホームページ"),
    *("北海道", "東京都", "京都府", "大阪府"),
)


@cache
def _anchor_pairs() -> dict[tuple[str, str], tuple[tuple[str, int], ...]]:
    from gateway.scrub.text.data import load

    words = set(_ANCHORS) | set(load("places")["prefectures"])
    pairs: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for w in words:
        for k in range(1, len(w)):
            pairs.setdefault((w[k - 1], w[k]), []).append((w, k))
    return {key: tuple(v) for key, v in pairs.items()}


_SPLIT = re.compile(r"(?<=\S) (?=\S)")
# a URL scheme broken by spaces (ht tps ://, https:　//) and the URL pieces after it
_URL_SCHEME = re.compile(r"(?<![A-Za-z])h ?t ?t ?p ?(?:s ?)?: ?/ ?/")
_URL_PIECE = re.compile(r"[A-Za-z0-9.\-/_~%?#=&:@+]+")
# a stray space inside a number before a date or block counter: 2 9日, 1 7丁目, 11 月
# (not after a date's day: 2025/3/1 56日分 is a date and a count)
_DIGIT_GAP = re.compile(r"(?<=[0-9])(?<!/[0-9])(?<!/[0-9]{2}) (?=[0-9]{0,3} ?(?:年|月|日|丁目|番地|番|号))")


def _join_anchors(text: str) -> list[int]:
    """Positions of single spaces that split one of the anchor words (see ``_ANCHORS``)."""
    pairs = _anchor_pairs()
    n = len(text)
    out: list[int] = []
    for m in _SPLIT.finditer(text):
        i = m.start()
        cands = pairs.get((text[i - 1], text[i + 1]))
        if not cands:
            continue
        for w, k in cands:
            # k characters of the word end at the space, the rest start after it (more single spaces allowed)
            left = text[max(0, i - k - 3) : i].replace(" ", "")[-k:]
            right = text[i + 1 : min(n, i + 1 + len(w) - k + 3)].replace(" ", "")[: len(w) - k]
            if left + right == w:
                out.append(i)
                break
    return out


def _join_url(text: str) -> list[int]:
    """Positions of the spaces inside a URL whose scheme or pieces OCR split (ht tps ://ww w.kato.jp/)."""
    out: list[int] = []
    for m in _URL_SCHEME.finditer(text):
        spaced_scheme = " " in m.group(0)
        out.extend(i for i in range(m.start(), m.end()) if text[i] == " ")
        pos = m.end()
        piece = _URL_PIECE.match(text, pos)
        while piece is not None:
            pos = piece.end()
            nxt = _URL_PIECE.match(text, pos + 1) if pos < len(text) and text[pos] == " " else None
            if nxt is None:
                break
            joint = piece.group(0)[-1:] in "./" or nxt.group(0)[:1] in "./"
            if not (spaced_scheme or joint):
                break
            out.append(pos)
            piece = nxt
    return out


def repair_ocr(norm: Normalized) -> Normalized:
    """Undo OCR artefacts in ``norm.text`` (see above); returns ``norm`` unchanged when there are none."""
    text = norm.text
    hint = _OCR_HINT.search(text) is not None
    split = " " in text and (_SPLIT.search(text) is not None)
    if not hint and not split:
        return norm
    drop = _join_anchors(text) if split else []
    if split and "/" in text:
        drop += _join_url(text)
    if not hint and not drop:
        return norm
    keep = [True] * len(text)
    chars = list(text)
    for i in drop:
        keep[i] = False
    if not hint:
        return _rebuild(norm, chars, keep)
    for m in _DIGIT_GAP.finditer(text):
        keep[m.start()] = False
    for m in _LETTER_SPACED.finditer(text):
        run = m.group(0)
        if not _CJK_RE.search(run):
            continue  # digits only: a list of values, not a spaced-out word
        if _DIGIT_RE.search(run) and not _ADDRESS_COUNTER.search(run):
            # digits inside a spaced run only join an address (2 6 番 2 3 号); elsewhere (1 男 3 昭) the words
            # between the digits are joined on their own
            for sub in _LETTER_SPACED_CJK.finditer(text, m.start(), m.end()):
                for i in range(sub.start(), sub.end()):
                    if text[i] == " ":
                        keep[i] = False
            continue
        for i in range(m.start(), m.end()):
            if text[i] == " ":
                keep[i] = False
    for m in _MULTI_SPACE.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        if len(_GAP.findall(text, ls, le if le >= 0 else len(text))) >= 2:
            continue  # columns of a table laid out with spaces (部屋   床  氏名), not a word split by OCR
        for i in range(m.start() + 1, m.end()):
            keep[i] = False
    if "\n" in text:
        for m in _VERTICAL.finditer(text):
            for i in range(m.start(), m.end()):
                if text[i] == "\n":
                    keep[i] = False
    for m in _NUM_RUN.finditer(text):
        run = m.group(0).rstrip(" ")
        pieces = [(m.start(), run)]
        fixed = _repair_number(run, text[max(0, m.start() - 12) : m.start()])
        if fixed is None and " " in run:
            # a date and a time side by side (20l9/08/07 lO:16:20): each space-separated piece on its own
            pieces, off = [], m.start()
            for piece in run.split(" "):
                pieces.append((off, piece))
                off += len(piece) + 1
        for at, piece in pieces:
            fixed = _repair_number(piece, text[max(0, at - 12) : at]) if len(pieces) > 1 else fixed
            if fixed is None:
                continue
            for k, c in enumerate(fixed):
                if c == " ":
                    keep[at + k] = False
                else:
                    chars[at + k] = c
    for m in _TIME_OCR.finditer(text):  # lO:16:20 -> 10:16:20
        for i in range(m.start(), m.end()):
            chars[i] = _CONFUSABLE.get(chars[i], chars[i])
    for m in _YEAR_OCR.finditer(text):
        for i in range(m.start(), m.end()):
            chars[i] = _CONFUSABLE.get(chars[i], chars[i])
    return _rebuild(norm, chars, keep)


def _rebuild(norm: Normalized, chars: list[str], keep: list[bool]) -> Normalized:
    """``norm`` with ``chars`` in place of its characters, those not kept deleted, and the offset map composed."""
    text = norm.text
    if all(keep) and chars == list(text):
        return norm
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, c in enumerate(chars):
        if not keep[i]:
            continue
        out.append(c)
        s, e = norm.to_original(i, i + 1)
        starts.append(s)
        ends.append(e)
    # a finding that ends before a deleted character still covers it: extend each end over deleted characters
    j = 0
    for i in range(len(chars)):
        if keep[i]:
            j += 1
        elif j:
            ends[j - 1] = norm.to_original(i, i + 1)[1]
    return Normalized(norm.original, "".join(out), tuple(starts), tuple(ends))
