"""URL: ``http(s)://...``, ``www....`` and bare host names under common TLDs (``example-hosp.jp/path``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import JaRecognizer, Span, regex_spans

_URL = re.compile(
    r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+"
    r"|(?<![A-Za-z0-9@.\-])(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:jp|com|net|org|info|biz|io|ac\.jp|co\.jp|or\.jp|go\.jp|ne\.jp|lg\.jp)"
    r"(?:/[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*)?(?![A-Za-z0-9@\-])"
)


class UrlRecognizer(JaRecognizer):
    ENTITY = "URL"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        if "." in text:
            for s, e, score in regex_spans(_URL, text, 0.85):
                end = e
                while end > s and text[end - 1] in ".,;:)]":
                    end -= 1
                yield s, end, score
