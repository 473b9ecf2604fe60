"""MY_NUMBER: the 12-digit Individual Number (マイナンバー) with its check digit (Ministerial Ordinance check
digit: weights 2..7 over the first 11 digits from the right). A valid check digit or a context word is required."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span

_MN = re.compile(r"(?<![0-9\-])(\d{4})[\s\-]?(\d{4})[\s\-]?(\d{4})(?![0-9])")
_CONTEXT = re.compile(
    r"(?:個人番号|マイナンバー|[Mm]y\s?[Nn]umber|MY[_ ]?(?:NUMBER|NO)|[Mm]yNo|KOJIN[_ ]?(?:NO|BANGO)"
    r"|[Kk]ojin[_ ]?[Nn]o)"
)


def my_number_valid(digits: str) -> bool:
    """True when ``digits`` (12 digits) carries a valid My Number check digit."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = [int(c) for c in digits[:11]]
    total = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        total += body[11 - n] * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    return check == int(digits[11])


class MyNumberRecognizer(JaRecognizer):
    ENTITY = "MY_NUMBER"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for m in _MN.finditer(text):
            digits = m.group(1) + m.group(2) + m.group(3)
            context = _CONTEXT.search(text, max(0, m.start() - 20), m.start()) is not None
            if my_number_valid(digits):
                yield m.start(), m.end(), 0.95 if context else 0.75
            elif context:
                yield m.start(), m.end(), 0.6
