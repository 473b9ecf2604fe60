"""DATE: era and western dates, partial dates, English month names (see ``gateway.scrub.text.dates``)."""

from __future__ import annotations

from collections.abc import Iterator

from gateway.scrub.text.dates import find_dates
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span

_SCORES = {"md": 0.8, "compact": 0.7, "western2": 0.8}


class DateRecognizer(JaRecognizer):
    ENTITY = "DATE"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for d in find_dates(text):
            yield d.start, d.end, _SCORES.get(d.kind, 0.9)
