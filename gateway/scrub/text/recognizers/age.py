"""AGE: ages at or above the top-coding threshold (default 90): ``92歳``, ``九十二歳``, ``年齢: 95``, ``92 y/o``.
Younger ages are not identifiers and are left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.numerals import parse_kana_number, parse_number
from gateway.scrub.text.recognizers.base import JaRecognizer, Span

_KN = "[一二三四五六七八九十百]"
# Y as an age unit only before a bracket, a slash, a comma or the line end: (97Y), M 90Y; not 90Y (yttrium-90)
_UNIT = (
    r"(?:歳|才|さい|y/o|yo|y\.o\.?|-?years?[- ]old|YO|y(?![A-Za-z])"
    r"|Y(?=[)）\]/,、]|[ \t]*(?:\n|$)|[ \t]+(?:[MF](?![A-Za-z])|男|女)))"
)
_MONTHS = rf"(?:\s?(?:[0-9]{{1,2}}|{_KN}{{1,3}})\s?(?:か月|ヶ月|ヵ月|カ月))?"
_AGE = re.compile(
    # every alternative opens with one of these characters (a lookahead first is several times faster)
    r"(?=[0-9満一二三四五六七八九十百年享数Aa])(?:"
    rf"(?<![0-9.])(?:満\s?)?(?P<n>\d{{2,3}}|{_KN}{{2,5}}|百)\s?{_UNIT}{_MONTHS}"
    # 年齢: 92, 享年九十七, 数えで九十八: after an age word, digits or kanji numerals
    rf"|(?:年齢|年令|享年|数え年?で?|Age|age|AGE)[ \t]?[:：=\t]?[ \t]?"
    rf"(?P<c2>満?(?P<n2>\d{{2,3}}|{_KN}{{2,5}}|百)(?![0-9{_KN[1:-1]}]|\.\d)(?:\s?{_UNIT})?)"
    rf"|(?<![0-9.])(?P<c3>(?P<n3>\d{{2,3}})(?:歳|才|代)?)(?:男性|女性|男|女|前半|後半)(?![0-9])"
    rf"|(?<![0-9.])(?P<c5>(?P<n5>\d{{2,3}}|{_KN}{{2,4}})(?:歳|才)?代)"
    rf"|(?<![0-9.])(?P<c4>(?P<n4>\d{{2,3}}))\s?(?:[MF]|[mf])(?=[\s,、。)]|$))"
)


# an age spoken in hiragana (dictation): きゅうじゅうにさい
_KANA_AGE = re.compile(
    r"(?P<k>(?:いち|に|さん|よん|ご|ろく|なな|しち|はち|きゅう|く|じゅう|ひゃく|ろっ|はっ|いっ|じゅっ){2,6})(?:さい|歳)"
)


# an age column in a delimited row, right before the sex column: 1926/12/19,96,男 / S9.8.19<TAB>91<TAB>男
_AGE_CELL = re.compile(
    r"(?:(?<=[,\t|])|(?<=[,\t|] ))(?P<n>\d{2,3})[ ]?[,\t|][ ]?\"?(?:男性|女性|男|女|M|F)\"?(?=[ ]?[,\t|\n]|$)"
)


_SEX_AGE = re.compile(r"[♂♀][ ]?(?P<n>\d{2,3})(?![0-9])")


AGE_LIMIT = 130  # no one is this old: a larger number next to 歳 or in an age column is something else


def top_coded(n: int | None, top_code_age: int) -> bool:
    """An age at or over the policy's top-coding age, and under ``AGE_LIMIT``: the ages that identify."""
    return n is not None and top_code_age <= n < AGE_LIMIT


class AgeRecognizer(JaRecognizer):
    ENTITY = "AGE"

    def __init__(self, top_code_age: int = 90) -> None:
        self.top_code_age = top_code_age
        super().__init__()

    def _top_coded(self, n: int | None) -> bool:
        return top_coded(n, self.top_code_age)

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for m in _AGE.finditer(text):
            raw = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
            n = parse_number(raw) if raw else None
            if self._top_coded(n):
                # the age itself; the words around it (年齢:, 男性) stay
                core = next((g for g in ("c2", "c3", "c4", "c5") if m.group(g)), None)
                yield (m.start(core), m.end(core), 0.9) if core else (m.start(), m.end(), 0.9)
        if "♂" in text or "♀" in text:
            for m in _SEX_AGE.finditer(text):
                if self._top_coded(int(m.group("n"))):
                    yield m.start("n"), m.end("n"), 0.8
        if "," in text or "\t" in text or "|" in text:
            for m in _AGE_CELL.finditer(text):
                if self._top_coded(int(m.group("n"))):
                    yield m.start("n"), m.end("n"), 0.8
        if "さい" in text or "歳" in text:
            for m in _KANA_AGE.finditer(text):
                if self._top_coded(parse_kana_number(m.group("k"))):
                    yield m.start(), m.end(), 0.85
