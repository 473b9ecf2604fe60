"""A light Japanese NLP engine for Presidio: Sudachi morphemes instead of a spaCy pipeline.

Presidio's ``NlpEngine`` interface is kept (so the ``AnalyzerEngine`` and its registry work unchanged) but the
artifacts carry Sudachi morphemes (surface, offsets, part of speech) rather than spaCy tokens: no spaCy model is
loaded or downloaded, and tokenisation runs at several hundred thousand characters per second. Optional NER
(GiNZA) is a separate engine in ``gateway.scrub.text.ner``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.tokens import Doc
from spacy.vocab import Vocab

LANGUAGE = "ja"
# Sudachi refuses inputs above ~49 kB (UTF-8); split long texts at line ends below this many characters.
_CHUNK = 4000


class Morph(NamedTuple):
    surface: str
    start: int
    end: int
    pos: tuple[str, ...]  # Sudachi's six POS fields
    oov: bool = False  # not in Sudachi's dictionary

    @property
    def is_person(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "人名"

    @property
    def is_place(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "地名"


class SudachiArtifacts(NlpArtifacts):
    """Presidio artifacts with Sudachi morphemes in ``morphemes`` (spaCy ``tokens`` stays empty)."""

    def __init__(self, morphemes: list[Morph], nlp_engine: NlpEngine, empty_doc: Doc) -> None:
        super().__init__(
            entities=[], tokens=empty_doc, tokens_indices=[], lemmas=[], nlp_engine=nlp_engine, language=LANGUAGE
        )
        self.morphemes = morphemes


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + _CHUNK)
        if end < n:
            cut = text.rfind("\n", start + _CHUNK // 2, end)
            if cut == -1:
                cut = text.rfind("。", start + _CHUNK // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


class SudachiNlpEngine(NlpEngine):
    """Presidio NLP engine backed by SudachiPy (dictionary ``core``, split mode C)."""

    def __init__(self) -> None:
        self._tokenizer: Any = None
        self._pos_cache: dict[int, tuple[str, ...]] = {}
        self._dictionary: Any = None
        self._empty_doc = Doc(Vocab(), words=[])

    def load(self) -> None:
        from sudachipy import Dictionary, SplitMode

        self._dictionary = Dictionary(dict="core")
        self._tokenizer = self._dictionary.tokenizer(mode=SplitMode.C)

    def is_loaded(self) -> bool:
        return self._tokenizer is not None

    def morphemes(self, text: str) -> list[Morph]:
        if self._tokenizer is None:
            self.load()
        out: list[Morph] = []
        append = out.append
        cache = self._pos_cache
        tokenize = self._tokenizer.tokenize
        new = tuple.__new__  # Morph(...) without the NamedTuple constructor's extra call: a tenth of this loop
        for offset, chunk in _chunks(text):
            for m in tokenize(chunk):
                pid = m.part_of_speech_id()
                pos = cache.get(pid)
                if pos is None:
                    pos = tuple(m.part_of_speech())
                    cache[pid] = pos
                append(new(Morph, (m.surface(), offset + m.begin(), offset + m.end(), pos, m.is_oov())))
        return out

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return SudachiArtifacts(self.morphemes(text), self, self._empty_doc)

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return False

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]
