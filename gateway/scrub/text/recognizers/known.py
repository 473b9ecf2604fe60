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
from gateway.scrub.text.variants import SEPARATORS, compact, fold, fold_value, name_variants
from policies.identifiers import KnownIdentifiers


def _alnum(ch: str) -> bool:
    """Latin/digit values must not sit inside a longer word or number."""
    return ch.isascii() and ch.isalnum()


class KnownIdentifierRecognizer(JaRecognizer):
    """Built per document from the caller's ``known`` identifiers; its repr never shows them."""

    ENTITY = "PERSON"

    def __init__(self, known: KnownIdentifiers) -> None:
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
        self._values: list[tuple[str, str, bool, bool]] = []
        for entity, values in by_type.items():
            for v in sorted(values, key=len, reverse=True):
                c = compact(v)
                if c:
                    self._values.append(
                        (entity, c, c[0].isascii() and c[0].isalnum(), c[-1].isascii() and c[-1].isalnum())
                    )
        entities = sorted({e for e, *_ in self._values} | ({"DATE"} if self._birth else set()) | {"PERSON"})
        super().__init__(name="KnownIdentifierRecognizer")
        self.supported_entities = entities
        self.supported_language = LANGUAGE

    def __repr__(self) -> str:
        return "KnownIdentifierRecognizer(<redacted>)"

    def typed_spans(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        folded = fold(text)
        keep = [i for i, ch in enumerate(folded) if ch not in SEPARATORS]
        dense = "".join(folded[i] for i in keep)
        for entity, value, left_word, right_word in self._values:
            pos = dense.find(value)
            while pos != -1:
                s, e = keep[pos], keep[pos + len(value) - 1] + 1
                if not (left_word and s > 0 and _alnum(folded[s - 1])) and not (
                    right_word and e < len(folded) and _alnum(folded[e])
                ):
                    yield entity, s, e, 1.0
                pos = dense.find(value, pos + 1)
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
