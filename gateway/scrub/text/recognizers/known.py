"""Known identifiers of the patient (``policies.identifiers.KnownIdentifiers``), swept in every variant: NFKC,
hiragana/katakana, ASCII case, with or without separators (spaces, hyphens, middle dots), names in either order.
Single-character name parts are only swept next to another part or an honorific (a lone 光 is too common)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.scrub.text.dates import DateMatch, fields, find_dates
from gateway.scrub.text.nlp import LANGUAGE, Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span
from gateway.scrub.text.variants import flexible, fold, fold_value, name_variants
from policies.identifiers import KnownIdentifiers


def _bounded(pattern: str, value: str) -> str:
    """Latin/digit values must not sit inside a longer word or number."""
    if value[:1].isascii() and value[:1].isalnum():
        pattern = r"(?<![0-9a-z])" + pattern
    if value[-1:].isascii() and value[-1:].isalnum():
        pattern = pattern + r"(?![0-9a-z])"
    return pattern


class KnownIdentifierRecognizer(JaRecognizer):
    """Built per document from the caller's ``known`` identifiers; its repr never shows them."""

    ENTITY = "PERSON"

    def __init__(self, known: KnownIdentifiers) -> None:
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        self._birth = known.birth_date
        by_type: dict[str, set[str]] = {}

        def add(entity: str, value: str, *, min_len: int = 2) -> None:
            v = fold_value(value)
            if len(v.replace(" ", "")) >= min_len:
                by_type.setdefault(entity, set()).add(v)

        for name in known.names:
            pairs = [
                (name.family, name.given),
                (name.family_kana, name.given_kana),
                (name.family_romaji, name.given_romaji),
            ]
            for full in name_variants(pairs):
                add("PERSON", full)
            for part in name.parts():
                add("PERSON", part, min_len=2)
        for v in known.ids:
            add("ID", v, min_len=3)
        for v in known.addresses:
            add("ADDRESS", v, min_len=4)
            for piece in re.split(r"\s+", v.strip()):
                add("ADDRESS", piece, min_len=5)
        for v in known.phones:
            add("PHONE_NUMBER", v, min_len=6)
        for v in known.emails:
            add("EMAIL_ADDRESS", v, min_len=5)
        for v in known.other:
            add("KNOWN", v, min_len=2)
        for entity, values in by_type.items():
            alts = [_bounded(flexible(v), v) for v in sorted(values, key=len, reverse=True)]
            alts = [a for a in alts if a]
            if alts:
                self._patterns.append((entity, re.compile("|".join(alts))))
        entities = sorted({e for e, _ in self._patterns} | ({"DATE"} if self._birth else set()) | {"PERSON"})
        super().__init__(name="KnownIdentifierRecognizer")
        self.supported_entities = entities
        self.supported_language = LANGUAGE

    def __repr__(self) -> str:
        return "KnownIdentifierRecognizer(<redacted>)"

    def typed_spans(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        folded = fold(text)
        for entity, pat in self._patterns:
            for m in pat.finditer(folded):
                if m.end() > m.start():
                    yield entity, m.start(), m.end(), 1.0
        if self._birth is not None:
            for d in find_dates(text):
                if _same_date(d, self._birth):
                    yield "DATE", d.start, d.end, 1.0

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:  # pragma: no cover - see analyze
        for _, s, e, score in self.typed_spans(text):
            yield s, e, score

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out = []
        for entity, s, e, score in self.typed_spans(text):
            out.append(
                RecognizerResult(
                    entity,
                    s,
                    e,
                    score,
                    analysis_explanation=AnalysisExplanation(self.name, score),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return out


def _same_date(d: DateMatch, birth: date) -> bool:
    y, m, day = fields(d, birth.year)
    return y == birth.year and m == birth.month and day == birth.day
