"""Document-level propagation of names: a name found once is removed wherever it recurs in the document.

Context makes a name obvious in one place (``轟 健一 医師``) and invisible in another (``夜勤 轟でした``, a list of
attendees, a caption). After the recognisers ran, every PERSON finding of score 0.6 or more lends its text, and
each space- or middle-dot-separated part of it, to a search of the whole document; an occurrence counts when it
stands on its own (no character of the same script glued to either side) and is not an ordinary dictionary word
of the clinical allow-list (the analyser's veto runs on the propagated findings too). Parts shorter than two
kanji, three kana or three Latin letters are not propagated: one character recurs by chance.

A second rule reads parallel forms: a name, a slash, and a run of name characters closing the line
(``Hitotose / 宍戸 乃愛``, ``宍戸 乃愛 / Hitotose``) are the same person written twice.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, RecognizerResult

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import HIRAGANA, KANJI, KATAKANA
from gateway.scrub.text.recognizers.structure import Tokens, not_name_word, ordinary_word, script_of

_MIN_SCORE = 0.6
_SCORE = 0.6
_PARTS = re.compile(r"[ ・]")
_KANJI_ONLY = re.compile(f"[{KANJI}ノ]{{2,6}}")
_KANA_ONLY = re.compile(f"[{KATAKANA}]{{3,8}}|[{HIRAGANA}]{{3,6}}")
_LATIN = re.compile(r"[A-Z][A-Za-z]{2,}")
_RUN = f"[{KANJI}{HIRAGANA}{KATAKANA}ノ]{{1,8}}(?: [{KANJI}{HIRAGANA}{KATAKANA}ノ]{{1,5}})?"
_AFTER = re.compile(rf"[ ]?[/／][ ]?(?P<v>{_RUN})[ ]*(?=\n|$)")
_BEFORE = re.compile(rf"(?:^|(?<=\n))[ ]*(?P<v>{_RUN})[ ]?[/／][ ]?$")


def derived_result(start: int, end: int, name: str, entity: str = "PERSON") -> RecognizerResult:
    """A finding derived after the recognisers ran (propagation, table columns), with the rule's name."""
    return RecognizerResult(
        entity,
        start,
        end,
        _SCORE,
        analysis_explanation=AnalysisExplanation(name, _SCORE),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name},
    )


def _propagatable(part: str) -> bool:
    if not_name_word(part):
        return False
    return bool(_KANJI_ONLY.fullmatch(part) or _KANA_ONLY.fullmatch(part) or _LATIN.fullmatch(part))


def _stands_alone(text: str, start: int, end: int) -> bool:
    first, last = text[start], text[end - 1]
    if first.isascii():
        return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
    before = script_of(text[start - 1]) if start > 0 else ""
    after = script_of(text[end]) if end < len(text) else ""
    if before and before == script_of(first):
        return False
    if after and after == script_of(last):
        return False
    return not (script_of(last) == "hira" and after == "hira")


_TAIL_STOP = frozenset("医様氏殿君科部室師長官員係者")
_BOUNDARY = "\n\t 、。,，)）/／"


def _cut_tail(text: str, start: int, end: int) -> int:
    """The end of a spaced kanji name (family, space, given) that stops one or two kanji short of a line end, a tab
    or a punctuation mark; ``end`` when the name is whole or the rest is a title or role (鈴木 一郎医師)."""
    if end >= len(text) or " " not in text[start:end] or script_of(text[end]) != "kanji":
        return end
    if script_of(text[end - 1]) != "kanji" or script_of(text[start]) != "kanji":
        return end  # only a kanji name cut inside its kanji (not Fontaine II|度)
    j = end
    while j < len(text) and j - end < 2 and script_of(text[j]) == "kanji":
        j += 1
    rest = text[end:j]
    if (j < len(text) and text[j] not in _BOUNDARY) or rest[-1] in _TAIL_STOP or not_name_word(rest):
        return end
    return j


def propagate_names(text: str, results: list[RecognizerResult], morphemes: list[Morph]) -> list[RecognizerResult]:
    """New PERSON results for recurrences of found names and for parallel forms after a slash."""
    names: set[str] = set()
    covered: list[tuple[int, int]] = []
    persons = [r for r in results if r.entity_type in ("PERSON", "KNOWN") and r.score >= _MIN_SCORE]
    for r in persons:
        covered.append((r.start, r.end))
        value = text[r.start : r.end]
        for part in {value, *_PARTS.split(value)}:
            if _propagatable(part):
                names.add(part)
    if not persons:
        return []
    out: list[RecognizerResult] = []
    toks: Tokens | None = None
    for r in persons:
        tail = _cut_tail(text, r.start, r.end)
        if tail > r.end:  # 柴 陽|向⏎: a given name the dictionary cut short before the end of its line
            out.append(derived_result(r.start, tail, "NameTail"))
            covered.append((r.start, tail))
        for m in (_AFTER.match(text, r.end), _BEFORE.search(text, 0, r.start) if r.start else None):
            if m is None:
                continue
            s, e = m.span("v")
            value = text[s:e]
            if not_name_word(value) or any(cs <= s and e <= ce for cs, ce in covered):
                continue
            toks = toks or Tokens(morphemes)
            first = value.split(" ")[0]
            vt = toks.exact(s, s + len(first))
            if (vt is not None and ordinary_word(vt)) or (first != value and not_name_word(first)):
                continue  # an ordinary word or a role before the name (診断 溝口): the role rules read those
            out.append(derived_result(s, e, "ParallelName"))
            covered.append((s, e))
    for name in names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if not any(cs <= start < ce or cs < end <= ce for cs, ce in covered) and _stands_alone(text, start, end):
                out.append(derived_result(start, end, "DocumentName"))
                covered.append((start, end))
            start = text.find(name, start + 1)
    return out
