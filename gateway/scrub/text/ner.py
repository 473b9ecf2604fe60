"""Optional NER mode: GiNZA (spaCy ``ja_ginza``) entities as an extra recogniser.

GiNZA is an optional extra (``pip install sekisho[ner]``); it is loaded from the installed package only (spaCy
is never allowed to download a model). When it is absent, ``load_ner`` raises ``NerUnavailable`` with a message
saying so, and callers fall back to the rule-based default mode."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span

# GiNZA label -> our entity type
_LABELS = {
    "Person": "PERSON",
    "Province": "ADDRESS",
    "City": "ADDRESS",
    "Country": None,
    "GPE_Other": "ADDRESS",
    "Facility": "FACILITY",
    "Hospital": "FACILITY",
    "Organization_Other": None,
    "PERSON": "PERSON",
    "GPE": "ADDRESS",
    "LOC": "ADDRESS",
    "FAC": "FACILITY",
}


class NerUnavailable(RuntimeError):
    """GiNZA is not installed; the message says how to install it."""


def load_ner(model: str = "ja_ginza") -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import spacy
        import spacy.util

        if not spacy.util.is_package(model):
            raise NerUnavailable(
                f"NER mode needs the spaCy package {model!r} (pip install 'sekisho[ner]'); "
                "continuing in the rule-based default mode"
            )
        return spacy.load(model, exclude=["compound_splitter", "bunsetu_recognizer"])
    except ImportError as exc:  # pragma: no cover - spacy itself is a dependency of presidio
        raise NerUnavailable(f"NER mode unavailable: {type(exc).__name__}") from exc


class _NerBase(JaRecognizer):
    ENTITY = "PERSON"

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        super().__init__(name="GinzaNerRecognizer")
        self.supported_entities = ["PERSON", "ADDRESS", "FACILITY"]

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:  # pragma: no cover - needs GiNZA
        for ent in self._nlp(text).ents:
            if _LABELS.get(ent.label_) == "PERSON":
                yield ent.start_char, ent.end_char, 0.6


GinzaNerRecognizer = _NerBase
