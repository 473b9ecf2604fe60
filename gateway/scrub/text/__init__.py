"""Japanese clinical text de-identification (Presidio ``AnalyzerEngine`` + Sudachi + Japanese recognisers).

Public API: ``TextScrubber`` (analyse and replace), ``TextAnalyzer`` (findings only), ``Finding``,
``ScrubResult``, ``ENTITY_TYPES``. Heavy imports (presidio, spaCy, Sudachi) happen when this package is imported;
CLI modules import it inside their command functions."""

from __future__ import annotations

from gateway.scrub.text.analyzer import ENTITY_TYPES, Analysis, Finding, TextAnalyzer
from gateway.scrub.text.scrubber import ScrubResult, TextScrubber

__all__ = ["ENTITY_TYPES", "Analysis", "Finding", "ScrubResult", "TextAnalyzer", "TextScrubber"]
