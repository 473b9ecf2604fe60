"""EMAIL_ADDRESS: a local regex (Presidio's email recogniser fetches the public suffix list over the network via
tldextract; it is never loaded)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span, regex_spans

_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


class EmailRecognizer(JaRecognizer):
    ENTITY = "EMAIL_ADDRESS"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        if "@" in text:
            yield from regex_spans(_EMAIL, text, 0.95)
