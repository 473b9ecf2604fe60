"""POSTAL_CODE: ``〒160-8582``, ``郵便番号 1608582``, and a bare ``160-8582`` directly before a prefecture."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.data import load
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.address import _FOREIGN_POSTAL
from gateway.scrub.text.recognizers.base import JaRecognizer, Span

_PREFS = "|".join(load("places")["prefectures"])
_POSTAL = re.compile(
    r"(?:〒|郵便番号|郵便|ZIP|Zip|zip|YUBIN|Yubin|yubin|postal code|[Pp]ostal[Cc]ode\"?)"
    r"\s?[:：=|]?\s?\"?(?P<a>\d{3}-?\d{4})(?![0-9])"
    rf"|(?<![0-9\-])(?P<b>\d{{3}}-\d{{4}})(?![0-9\-])(?=\s?(?:{_PREFS}))"
)


class PostalCodeRecognizer(JaRecognizer):
    ENTITY = "POSTAL_CODE"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for m in _POSTAL.finditer(text):
            if m.group("a"):
                # include the 〒 mark so that the replacement does not leave a dangling symbol
                start = m.start() if text[m.start()] == "〒" else m.start("a")
                yield start, m.end("a"), 0.9
            else:
                yield m.start("b"), m.end("b"), 0.8
        if any("A" <= c <= "Z" for c in text):
            for m in _FOREIGN_POSTAL.finditer(text):
                yield m.start(), m.end(), 0.75
