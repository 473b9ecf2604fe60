"""The records' independent check: no literal of the patient's known identifiers survives anywhere in a scrubbed
record (text, structured fields, ids). It shares nothing with the scrubber but the identifiers: it normalises
both sides (NFKC, no spaces or hyphens) and looks for each literal as a substring. Reasons name the identifier's
category, never its value."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from policies.identifiers import KnownIdentifiers

MIN_NAME = 2  # shorter name parts (one kanji) occur in ordinary words
MIN_ID = 4
_DROP = str.maketrans("", "", " \u3000-‐‑‒–—―ー－()（）")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().translate(_DROP)


def literals(known: KnownIdentifiers) -> Iterator[tuple[str, str]]:
    """(category, normalised literal) pairs worth checking."""
    for name in known.names:
        for part in name.parts():
            n = _norm(part)
            if len(n) >= (3 if n.isascii() else MIN_NAME):
                yield "name", n
    for value in known.ids:
        n = _norm(value)
        if len(n) >= MIN_ID:
            yield "id", n
    for value in known.phones:
        n = _norm(value)
        if len(n) >= 7:
            yield "phone", n
    for value in known.emails:
        n = _norm(value)
        if "@" in n:
            yield "email", n
    for value in known.addresses:
        n = _norm(value)
        if len(n) >= 6:
            yield "address", n
    for value in known.other:
        n = _norm(value)
        if len(n) >= 3:
            yield "other", n
    if known.birth_date is not None:
        yield "birth_date", known.birth_date.isoformat().replace("-", "")
        yield "birth_date", known.birth_date.strftime("%Y/%m/%d")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def surviving_categories(record: Mapping[str, Any], known: KnownIdentifiers) -> list[str]:
    """Categories of known identifiers found in the scrubbed record (empty: clean)."""
    haystack = "\n".join(_norm(s) for s in _strings(record))
    found: set[str] = set()
    for cat, lit in literals(known):
        if cat in found or not lit:
            continue
        if lit.isascii() and lit.isalnum():
            # ASCII words and numbers count only as whole tokens ("ito" is not in "monitoring")
            if re.search(rf"(?<![a-z0-9]){re.escape(lit)}(?![a-z0-9])", haystack):
                found.add(cat)
        elif lit in haystack:
            found.add(cat)
    return sorted(found)
