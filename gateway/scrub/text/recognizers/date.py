"""DATE: era and western dates, partial dates, English month names (see ``gateway.scrub.text.dates``)."""

from __future__ import annotations

from collections.abc import Iterator

from gateway.scrub.text.dates import find_dates
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span

_SCORES = {"md": 0.8, "md_memo": 0.8, "compact": 0.7, "western2": 0.8}
_HONORIFIC_BEFORE = ("様", "さん", "氏", "くん", "ちゃん")


def _memo_name_before(text: str, start: int, morphemes: list[Morph]) -> bool:
    """A memo line's bare M/D counts only after a name: an honorific right before it, or a person-name or
    out-of-vocabulary morpheme between the bullet and the date (・猿渡様 1/2, ・渡嘉敷 12/28; not ・握力 12/15)."""
    head = text[:start].rstrip(" \u3000")
    if head.endswith(_HONORIFIC_BEFORE):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return any(m.is_person or m.oov for m in morphemes if line_start <= m.start and m.end <= start)


class DateRecognizer(JaRecognizer):
    ENTITY = "DATE"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for d in find_dates(text):
            if d.kind == "md_memo" and not _memo_name_before(text, d.start, morphemes):
                continue
            yield d.start, d.end, _SCORES.get(d.kind, 0.9)
