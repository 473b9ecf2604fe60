"""Shared helpers for the text scrubber tests: one scrubber per process (loading Sudachi and Presidio takes
about half a second), fixed test keys."""

from __future__ import annotations

from functools import lru_cache

from gateway.scrub.text import TextScrubber
from linkage_vault.keyed import KeyedFunctions
from policies.text_options import TextDeidOptions

TEST_KEYS = KeyedFunctions(b"p" * 32, b"d" * 32, b"u" * 32, namespace="text-tests")


@lru_cache(maxsize=8)
def scrubber(options: TextDeidOptions | None = None, *, with_keys: bool = True) -> TextScrubber:
    return TextScrubber(options or TextDeidOptions(), TEST_KEYS if with_keys else None)


def covered(text: str, value: str, findings: object) -> bool:
    """True when every non-space character of the first occurrence of ``value`` lies inside a finding."""
    start = text.index(value)
    spans = [(f.start, f.end) for f in findings]  # type: ignore[attr-defined]
    return all(text[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, start + len(value)))


def findings(text: str) -> list[tuple[str, str]]:
    """(value, entity type) of every finding of the shared scrubber's analyser on ``text``."""
    a = scrubber().analyzer.analyze(text)
    return [(text[f.start : f.end], f.entity_type) for f in a.findings]


def found_as(text: str, value: str, kind: str) -> bool:
    """True when the first occurrence of ``value`` is covered and a finding of ``kind`` starts on or before it."""
    a = scrubber().analyzer.analyze(text)
    at = text.index(value)
    return covered(text, value, a.findings) and any(f.entity_type == kind and f.start <= at < f.end for f in a.findings)
