"""PERSON from the staff directory in the policy (``TextDeidOptions.staff_directory``).

Entry format: one staff member per entry, variants separated by ``|``, family and given name separated by a
space: ``"山田 太郎|やまだ たろう|Yamada Taro"``. Every variant is swept like a known identifier (either order,
any separator, kana and case folded); the family name alone is swept when it has two or more characters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span
from gateway.scrub.text.variants import flexible, fold, fold_value


def parse_entry(entry: str) -> list[tuple[str, str]]:
    """``"山田 太郎|Yamada Taro"`` -> [("山田", "太郎"), ("Yamada", "Taro")]."""
    out = []
    for variant in entry.split("|"):
        parts = variant.split()
        if len(parts) >= 2:
            out.append((parts[0], " ".join(parts[1:])))
        elif parts:
            out.append((parts[0], ""))
    return out


class StaffDirectoryRecognizer(JaRecognizer):
    ENTITY = "PERSON"

    def __init__(self, entries: Iterable[str]) -> None:
        values: set[str] = set()
        for entry in entries:
            for family, given in parse_entry(entry):
                f, g = fold_value(family), fold_value(given)
                if f and g:
                    values.add(f"{f} {g}")
                    values.add(f"{g} {f}")
                if len(f) >= 2:
                    values.add(f)
        alts = [flexible(v) for v in sorted(values, key=len, reverse=True)]
        self._pattern = re.compile("|".join(a for a in alts if a)) if alts else None
        self.size = len(values)
        super().__init__(name="StaffDirectoryRecognizer")

    def __repr__(self) -> str:
        return f"StaffDirectoryRecognizer(<{self.size} variants>)"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        if self._pattern is None:
            return
        for m in self._pattern.finditer(fold(text)):
            s, e = m.start(), m.end()
            if e > s:
                if text[s:e].isascii() and (
                    (s > 0 and text[s - 1].isalnum() and text[s - 1].isascii())
                    or (e < len(text) and text[e].isalnum() and text[e].isascii())
                ):
                    continue
                yield s, e, 0.95
