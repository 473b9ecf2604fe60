"""``TextScrubber``: analyse and replace in one call, with the patient's keys for date shifts and surrogates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from gateway.scrub.ports import DeidKeys
from gateway.scrub.text.analyzer import Finding, TextAnalyzer
from gateway.scrub.text.replace import render
from policies.identifiers import KnownIdentifiers
from policies.text_options import TextDeidOptions


@dataclass(frozen=True, slots=True)
class ScrubResult:
    text: str
    findings: tuple[Finding, ...]

    def __repr__(self) -> str:  # the text may still be identified in callers' hands: never print it
        return f"ScrubResult(<{len(self.text)} chars>, findings={len(self.findings)})"


class TextScrubber:
    """De-identifies Japanese clinical text.

    ``patient_key`` selects the date shift (``keys.date_shift_days(patient_key)``, the same offset as the
    patient's DICOM); without keys or patient key, dates become ［日付］ tags. ``reference`` (the record's date)
    gives partial dates (4月1日) their year."""

    def __init__(
        self,
        options: TextDeidOptions | None = None,
        keys: DeidKeys | None = None,
        *,
        facility_names: Iterable[str] = (),
    ) -> None:
        self.options = options or TextDeidOptions()
        self.keys = keys
        self.analyzer = TextAnalyzer(self.options, facility_names=facility_names)

    def __repr__(self) -> str:
        return f"TextScrubber(replacement={self.options.replacement!r}, keys={'set' if self.keys else 'none'})"

    def scrub(
        self,
        text: str,
        *,
        known: KnownIdentifiers | None = None,
        patient_key: str | None = None,
        reference: date | None = None,
    ) -> ScrubResult:
        analysis = self.analyzer.analyze(text, known)
        shift: int | None = None
        if self.options.shift_dates and self.keys is not None and patient_key:
            shift = self.keys.date_shift_days(patient_key)
        out = render(
            text,
            analysis,
            mode=self.options.replacement,
            keys=self.keys,
            shift_days=shift,
            reference=reference,
            top_code_age=self.options.top_code_age,
        )
        return ScrubResult(out, analysis.findings)
