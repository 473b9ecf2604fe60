"""FACILITY: hospital and clinic names (with a following department), numbered wards and rooms.

Generic references (当院, 他院, 近医, 大学病院, 総合病院) are not identifying and are left alone; so are bare
department names (放射線科)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from gateway.scrub.text.data import load
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import HIRAGANA, KANJI, KATAKANA, JaRecognizer, Span

_F = load("facility")
_SUFFIX = "(?:" + "|".join(re.escape(s) for s in sorted(_F["suffixes"], key=len, reverse=True)) + ")"
_GENERIC = tuple(sorted(_F["generic_prefixes"], key=len, reverse=True))
_DEPT = "(?:" + "|".join(re.escape(s) for s in sorted(_F["department_suffixes"], key=len, reverse=True)) + ")"
_FACILITY = re.compile(
    rf"(?P<name>[{KANJI}{KATAKANA}{HIRAGANA}A-Za-z0-9・ー&\-]{{1,24}}?)\s?(?P<suf>{_SUFFIX})"
    rf"(?P<dept>\s?[{KANJI}{KATAKANA}]{{1,10}}?{_DEPT})?"
)
_WARD = re.compile(
    rf"(?<![{KANJI}0-9])(?:[0-9一二三四五六七八九十]+階\s?[東西南北]?|[東西南北中]\s?[0-9]+|[0-9]+\s?[A-Z東西南北]?|[A-Z][0-9]*)\s?病棟"
    r"|(?<![0-9])[0-9]{2,4}\s?(?:号室|病室)|(?:Room|room|RM)\s?#?[0-9]{2,4}"
)
_HIRA = re.compile(f"[{HIRAGANA}]+")
_STOP_POS0 = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白", "接続詞", "動詞", "形容詞", "副詞"})


def _strip_generic(name: str) -> str:
    changed = True
    while changed and name:
        changed = False
        for g in _GENERIC:
            if name.startswith(g):
                name = name[len(g) :]
                changed = True
                break
    return name


class FacilityRecognizer(JaRecognizer):
    ENTITY = "FACILITY"

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = tuple(sorted({n for n in names if n}, key=len, reverse=True))
        self._names_re = re.compile("|".join(re.escape(n) for n in self.names)) if self.names else None
        super().__init__()

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        if self._names_re is not None:
            for m in self._names_re.finditer(text):
                yield m.start(), m.end(), 0.95
        starts = [m.start for m in morphemes]
        for fm in _FACILITY.finditer(text):
            s, suf_start = fm.start("name"), fm.start("suf")
            cut = s
            k = max(0, bisect_right(starts, s) - 1)
            while k < len(morphemes) and morphemes[k].start < suf_start:
                tok = morphemes[k]
                if tok.end > s and (
                    tok.pos[0] in _STOP_POS0
                    or (len(tok.surface) <= 2 and _HIRA.fullmatch(tok.surface) and tok.pos[1] != "固有名詞")
                ):
                    cut = max(cut, tok.end)
                k += 1
            name = text[cut:suf_start].strip()
            rest = _strip_generic(name)
            if not rest or (len(rest) <= 2 and _HIRA.fullmatch(rest)):
                continue
            lead = len(text[cut:suf_start]) - len(text[cut:suf_start].lstrip())
            start = cut + lead + (len(name) - len(rest))
            end = fm.end("dept") if fm.group("dept") else fm.end("suf")
            yield start, end, 0.8
        for m in _WARD.finditer(text):
            yield m.start(), m.end(), 0.75
