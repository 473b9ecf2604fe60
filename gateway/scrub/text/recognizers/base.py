"""Base class: a Presidio recogniser that yields ``(start, end, score)`` spans on NFKC text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.scrub.text.nlp import LANGUAGE, Morph, SudachiArtifacts

Span = tuple[int, int, float]

# Characters that may appear inside Japanese names (kanji incl. 々 and 〆, kana, prolonged sound mark).
KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f々〆ヶ"  # with the supplementary planes (𠮷)
HIRAGANA = "\u3041-\u309f"
KATAKANA = "\u30a1-\u30faー\u30fc"
NAME_CHARS = re.compile(f"[{KANJI}{HIRAGANA}{KATAKANA}]")

# Digit boundaries without \b: not preceded/followed by a digit (or a hyphen continuing a number).
NB = r"(?<![0-9A-Za-z])"
NA = r"(?![0-9A-Za-z])"


class JaRecognizer(EntityRecognizer):
    """Presidio recogniser for Japanese NFKC text. Subclasses set ``ENTITY`` and implement ``spans``."""

    ENTITY = "UNKNOWN"

    name: str

    def __init__(self, name: str | None = None) -> None:
        super().__init__(
            supported_entities=[self.ENTITY], name=name or type(self).__name__, supported_language=LANGUAGE
        )

    def load(self) -> None:
        return None

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        morphemes = nlp_artifacts.morphemes if isinstance(nlp_artifacts, SudachiArtifacts) else []
        spans = self.spans(text, morphemes)
        return [self.result(self.ENTITY, start, end, score) for start, end, score in spans if end > start]

    def result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity,
            start,
            end,
            score,
            analysis_explanation=AnalysisExplanation(self.name, score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


# (start, end, score, entity type)
TypedSpan = tuple[int, int, float, str]


class MultiEntityRecognizer(JaRecognizer):
    """A recogniser whose spans carry their own entity type (``ENTITIES``): subclasses implement ``typed_spans``."""

    ENTITIES: tuple[str, ...] = ()

    def __init__(self, name: str | None = None) -> None:
        super().__init__(name)
        self.supported_entities = list(self.ENTITIES)

    def typed_spans(self, text: str) -> Iterator[TypedSpan]:
        raise NotImplementedError

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for s, e, score, _kind in self.typed_spans(text):
            yield s, e, score

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            self.result(kind, start, end, score)
            for start, end, score, kind in self.typed_spans(text)
            if end > start and (not entities or kind in entities)
        ]


def trie_regex(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of ``words``, longest first, built as a trie: Python's ``re`` tries
    the alternatives of a flat alternation one by one at every position; a trie shares common prefixes."""
    trie: dict[str, Any] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return "(?:" + build(trie) + ")"


def anchored_finditer(
    pattern: re.Pattern[str], anchor: re.Pattern[str], reach: int, text: str
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, found faster when every match has a rare ``anchor`` starting at most
    ``reach`` characters after the match's start (a facility name before its suffix: 24 name characters and a space).

    Python's ``re`` tries a pattern with a long lazy prefix at every position of the text; here it is tried only at
    the ``reach`` positions before each anchor (about five times faster for the facility pattern, same matches)."""
    pos, n = 0, len(text)
    find, match = anchor.search, pattern.match
    while pos <= n:
        a = find(text, pos)
        if a is None:
            return
        q = a.start()
        for p in range(max(pos, q - reach), q + 1):
            m = match(text, p)
            if m is not None:
                yield m
                pos = m.end() if m.end() > p else p + 1
                break
        else:
            pos = q + 1


def regex_spans(pattern: re.Pattern[str], text: str, score: float, group: int | str = 0) -> Iterator[Span]:
    for m in pattern.finditer(text):
        if m.group(group) is not None:
            yield m.start(group), m.end(group), score
