"""INSURANCE_NUMBER: health insurance numbers after their labels (保険者番号, 被保険者証記号・番号, 記号/番号,
公費負担者番号, 受給者番号); the 8-digit insurer number also carries a check digit, accepted with or without it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span

_LABEL = (
    r"(?:保険者番号|被保険者(?:証)?(?:の)?(?:記号|番号|記号[・･/]?番号)?|保険証(?:番号|記号[・･/]?番号)?"
    r"|記号[・･/]?番号|公費負担者番号|公費受給者番号|受給者番号|保険番号|枝番|記号|番号)"
)
_INS = re.compile(
    rf"(?P<label>{_LABEL})[)）]?[ \t]?[:：=\t]?[ \t]?"
    r"(?P<v>[0-9A-Za-z\u3041-\u30ff\u4e00-\u9fff]{0,6}?[0-9][0-9A-Za-z\-・･]{0,15}(?:\s?[・･/]\s?[0-9A-Za-z\-]{1,12})?)"
    r"(?![0-9A-Za-z])"
)
_STRONG = ("保険", "公費", "受給", "枝番", "被保険者")


class InsuranceNumberRecognizer(JaRecognizer):
    ENTITY = "INSURANCE_NUMBER"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        for m in _INS.finditer(text):
            label = m.group("label")
            if not any(s in label for s in _STRONG):
                # bare 記号/番号: only inside an insurance context window
                window = text[max(0, m.start() - 80) : m.start()]
                if label == "記号":
                    pair = "番号" in text[m.end() : m.end() + 16]
                else:
                    pair = "記号" in text[max(0, m.start() - 24) : m.start()]
                if "保険" not in window and "被保" not in window and not pair:  # 記号：8195 番号：85132: a card
                    continue
            yield m.start("v"), m.end("v"), 0.85
