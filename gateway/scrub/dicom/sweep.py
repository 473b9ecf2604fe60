"""The patient's own identifiers, collected from the source header, and a matcher that finds them in any text.

Collected: every group of every PN (alphabetic, ideographic, phonetic; family, given and middle components, with
hiragana/katakana/half-width variants), patient IDs (PatientID, OtherPatientIDs, OtherPatientIDsSequence), order
and visit identifiers (accession, admission, requested procedure, placer/filler order numbers), address,
telephone, e-mail, and the birth date in every spelling (``dates.birth_date_spellings``).

Matching is done on a normal form: NFKC (full-width to ASCII, half-width kana to full-width), case folded,
katakana folded to hiragana, separators (space ^ = , . / - _ ・ 、) collapsed to one space. Tokens made only of
ASCII letters and digits match on word boundaries (no letter or digit on either side; birth dates only on the
left, so 19850412093000 is caught); other tokens match anywhere. Minimum lengths keep a one-letter initial from
erasing every text: ASCII name parts >= 2, IDs >= 3 (>= 4 if all digits), non-ASCII name parts >= 1.
Placeholder words (ANONYMOUS, UNKNOWN...) are never identifiers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydicom.datadict import dictionary_VR
from pydicom.dataset import Dataset
from pydicom.valuerep import PersonName as DicomPersonName

from gateway.scrub.dicom.charset import encodings_of
from gateway.scrub.dicom.dates import birth_date_spellings, parse_da
from gateway.scrub.dicom.elements import Elem, Scope, texts
from policies.identifiers import KnownIdentifiers, PersonName

PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "anonymous",
        "anonymized",
        "anonymised",
        "anon",
        "unknown",
        "none",
        "null",
        "na",
        "n a",
        "test",
        "patient",
        "removed",
        "redacted",
        "dummy",
        "md",
        "dr",
        "mr",
        "mrs",
        "ms",
        "phd",
    }
)

_SEPARATORS = " \t\r\n^=,./\\-_・、。()（）[]「」:;'\"|"
_KATA: dict[int, str | int] = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}
_SEP_MAP: dict[int, str | int] = {ord(c): " " for c in _SEPARATORS}
_SEP_RE = r"[\s^=,./\\\-_・、。]+"
_TRANSLATE: dict[int, str | int] = {**_KATA, **_SEP_MAP}

ID_KEYWORDS = (
    "PatientID",
    "OtherPatientIDs",
    "AccessionNumber",
    "AdmissionID",
    "MedicalRecordLocator",
    "RequestedProcedureID",
    "PlacerOrderNumberImagingServiceRequest",
    "FillerOrderNumberImagingServiceRequest",
    "PlacerOrderNumberProcedure",
    "FillerOrderNumberProcedure",
    "ScheduledProcedureStepID",
    "PerformedProcedureStepID",
    "IssuerOfAdmissionID",
    "PatientInsurancePlanCodeSequence",
    "MilitaryRank",
    "ClinicalTrialSubjectID",
    "ClinicalTrialSubjectReadingID",
)
_ID_TAGS = {
    0x00100020,
    0x00101000,
    0x00080050,
    0x00380010,
    0x00101090,
    0x00401001,
    0x00402016,
    0x00402017,
    0x00400009,
    0x00400253,
    0x00120040,
    0x00120042,
    0x00380400,
}
_ADDRESS_TAGS = {0x00101040, 0x00380300, 0x00080081, 0x00102150, 0x00102152}
_PHONE_TAGS = {0x00102154, 0x00080094}
_BIRTH_TAGS = {0x00100030}


def normalize(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).casefold().translate(_TRANSLATE)
    return " ".join(s.split())


def _is_word(tok: str) -> bool:
    return tok.replace(" ", "").isascii() and tok.replace(" ", "").isalnum()


def _romaji_variants(tok: str) -> set[str]:
    out = {tok}
    if tok.isascii() and len(tok) >= 4:
        for a, b in (("ou", "o"), ("oo", "o"), ("uu", "u"), ("oh", "o")):
            if a in tok:
                out.add(tok.replace(a, b))
    return out


def _kana_variants(text: str) -> set[str]:
    """Original, katakana, hiragana and half-width katakana forms (raw bytes are not normalised)."""
    import jaconv

    out = {text, jaconv.hira2kata(text), jaconv.kata2hira(text)}
    out.add(jaconv.z2h(jaconv.hira2kata(text), kana=True, ascii=False, digit=False))
    return {o for o in out if o}


def kana_romaji(folded: str) -> str:
    """Hepburn-style romaji of a name written only in kana (くろさわ -> kurosawa), else ''."""
    import jaconv

    if not all(0x3041 <= ord(ch) <= 0x309F or ch in " ー" for ch in folded):
        return ""
    out = str(jaconv.kana2alphabet(folded))
    return out if out.replace(" ", "").isascii() and out.replace(" ", "").isalpha() else ""


def split_pn(value: str) -> Iterator[str]:
    """Family, given and middle name components of every group of a PN value (prefix/suffix dropped)."""
    for group in str(value).split("="):
        comps = group.split("^")
        for comp in comps[:3]:
            c = comp.strip()
            if c:
                yield c
        whole = "".join(comps[:2]).strip()
        if whole and len(comps) > 1 and comps[0] and comps[1]:
            yield whole


@dataclass
class Collected:
    names: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    birth: date | None = None


def _values(elem_value: object) -> Iterable[str]:
    if elem_value is None:
        return ()
    if isinstance(elem_value, bytes):
        return (elem_value.decode("latin-1"),)
    if isinstance(elem_value, str | DicomPersonName):
        return (str(elem_value),)
    try:
        return [str(v) for v in elem_value]  # type: ignore[attr-defined]
    except TypeError:
        return (str(elem_value),)


_INSTITUTION_TAGS = frozenset({0x00080080, 0x00081040})  # institution name, department
_DEVICE_TAGS = frozenset({0x00081010})  # station name
_INTERESTING = _ID_TAGS | _ADDRESS_TAGS | _PHONE_TAGS | _BIRTH_TAGS | _INSTITUTION_TAGS | _DEVICE_TAGS


def collect(ds: Dataset, into: Collected | None = None, *, institution: bool = True, device: bool = True) -> Collected:
    """Walk the whole header (every sequence, any depth) and collect identifiers. Only PN, sequences and the
    identifier elements are decoded; everything else stays raw. ``institution``/``device``: also collect the
    institution and station names (off when the policy retains them), so free text naming them is cleaned."""
    c = into or Collected()
    for tag in ds.keys():  # noqa: SIM118 - Dataset iterates elements; tags are wanted
        t = int(tag)
        raw: Any = ds.get_item(tag)  # RawDataElement until decoded
        vr = raw.VR if raw is not None else None
        if vr is None:
            try:
                vr = dictionary_VR(t)
            except KeyError:
                continue
        if vr == "SQ":
            for item in ds[tag].value or ():
                collect(item, c, institution=institution, device=device)
            continue
        if t >> 16 & 1 or (vr != "PN" and t not in _INTERESTING):
            continue  # private: removed or safe-listed, never collected
        value = ds[tag].value
        if vr == "PN":
            for v in _values(value):
                c.names.extend(split_pn(v))
        elif t in _ID_TAGS:
            c.ids.extend(v.strip() for v in _values(value) if v.strip())
        elif t in _ADDRESS_TAGS:
            c.addresses.extend(v.strip() for v in _values(value) if v.strip())
        elif t in _PHONE_TAGS:
            c.phones.extend(v.strip() for v in _values(value) if v.strip())
        elif t in _BIRTH_TAGS and value:
            c.birth = c.birth or parse_da(str(value))
        elif (institution and t in _INSTITUTION_TAGS) or (device and t in _DEVICE_TAGS):
            c.other.extend(v.strip() for v in _values(value) if v.strip())
    return c


def to_known(c: Collected) -> KnownIdentifiers:
    names = tuple(PersonName(family=n) for n in dict.fromkeys(c.names))
    return KnownIdentifiers(
        names=names,
        ids=tuple(dict.fromkeys(c.ids)),
        birth_date=c.birth,
        addresses=tuple(dict.fromkeys(c.addresses)),
        phones=tuple(dict.fromkeys(c.phones)),
        other=tuple(dict.fromkeys(c.other)),
    )


@dataclass(frozen=True)
class Token:
    norm: str
    word: bool
    left_only: bool = False


class Matcher:
    """Finds any of the known identifiers in text (normal form) and in raw bytes (every encoding)."""

    def __init__(self, known: KnownIdentifiers) -> None:
        tokens: dict[str, Token] = {}
        raw: set[bytes] = set()
        raw_words: set[bytes] = set()

        def add(text: str, *, kind: str) -> None:
            n = normalize(text)
            if kind == "name" and n and not n.isascii():
                romaji = kana_romaji(n)
                if romaji and romaji != n:
                    add(romaji, kind="name")
            if not n or n in PLACEHOLDERS:
                return
            word = _is_word(n)
            if word:
                bare = n.replace(" ", "")
                if kind == "name" and len(bare) < 2:
                    return
                if kind == "id" and (len(bare) < 3 or (bare.isdigit() and len(bare) < 4)):
                    return
                if kind in ("phone", "address") and len(bare) < 4:
                    return
            elif kind != "name" and len(n) < 2:
                return
            for v in _romaji_variants(n) if kind == "name" else {n}:
                tokens[v] = Token(v, word, left_only=(kind == "date"))
            if not word:
                for form in _kana_variants(text.strip()):
                    for b in encodings_of(form):
                        if len(b) >= 4:
                            raw.add(b)
            elif len(n.replace(" ", "")) >= 3 and " " not in n:
                raw_words.add(text.strip().encode("ascii", "ignore").lower())

        for name in known.names:
            for part in name.parts():
                for sub in split_pn(part) if ("^" in part or "=" in part) else (part,):
                    add(sub, kind="name")
        for i in known.ids:
            add(i, kind="id")
            digits = "".join(ch for ch in i if ch.isdigit())
            if digits != i and len(digits) >= 6:
                add(digits, kind="id")
        for a in known.addresses:
            add(a, kind="address")
        for p in known.phones:
            add(p, kind="phone")
            digits = "".join(ch for ch in p if ch.isdigit())
            if len(digits) >= 6:
                add(digits, kind="phone")
        for e in known.emails:
            add(e, kind="id")
        for o in known.other:
            add(o, kind="id")
        if known.birth_date is not None:
            for s in birth_date_spellings(known.birth_date):
                add(s, kind="date")
                if s.isascii():
                    raw_words.add(s.encode())
        self._compiled: dict[str, re.Pattern[str]] = {}
        self.tokens: tuple[Token, ...] = tuple(sorted(tokens.values(), key=lambda t: -len(t.norm)))
        self.raw: tuple[bytes, ...] = tuple(sorted(raw, key=len, reverse=True))
        self.raw_words: tuple[bytes, ...] = tuple(sorted(w for w in raw_words if w))

    def __repr__(self) -> str:
        return f"Matcher(<{len(self.tokens)} tokens>)"

    def __bool__(self) -> bool:
        return bool(self.tokens)

    @staticmethod
    def _hit(hay: str, tok: Token) -> bool:
        start = hay.find(tok.norm)
        if start < 0:
            return False
        if not tok.word:
            return True
        n = len(tok.norm)
        while start >= 0:
            before = hay[start - 1] if start else " "
            after = hay[start + n] if start + n < len(hay) else " "
            if not (before.isascii() and before.isalnum()) and (
                (tok.left_only and not after.isdigit())
                or (not tok.left_only and not (after.isascii() and after.isalnum()))
            ):
                return True
            start = hay.find(tok.norm, start + 1)
        return False

    def search_normalized(self, hay: str) -> bool:
        hit = self._hit
        # the substring test first: most values hold no token at all, so _hit (word boundaries) rarely runs
        return any(t.norm in hay and hit(hay, t) for t in self.tokens)

    def search(self, text: str) -> bool:
        return self.search_normalized(normalize(text))

    def _pattern(self, tok: Token) -> re.Pattern[str]:
        pat = self._compiled.get(tok.norm)
        if pat is None:
            forms = _kana_variants(tok.norm) if not tok.word else {tok.norm}
            body = "|".join(
                _SEP_RE.join(re.escape(p) for p in f.split(" ")) for f in sorted(forms, key=len, reverse=True)
            )
            if tok.word:
                right = r"(?![0-9])" if tok.left_only else r"(?![0-9A-Za-z])"
                body = r"(?<![0-9A-Za-z])(?:" + body + ")" + right
            pat = re.compile(body, re.IGNORECASE)
            self._compiled[tok.norm] = pat
        return pat

    def redact(self, text: str) -> str:
        """Remove identifiers from ``text``: the literal forms (separators, kana scripts and case folded) are
        replaced by ``***``; if the normal form still matches, the whole value is dropped (empty string)."""
        if not self.search(text):
            return text
        out = text
        for t in self.tokens:
            out = self._pattern(t).sub("***", out)
        if self.search(out):
            return ""
        return out

    def search_bytes(self, data: bytes) -> bool:
        for b in self.raw:
            if b in data:
                return True
        if self.raw_words:
            low = data.lower()
            for w in self.raw_words:
                start = low.find(w)
                while start >= 0:
                    before = low[start - 1 : start]
                    after = low[start + len(w) : start + len(w) + 1]
                    if not (before.isalnum() and before.isascii()) and not (after.isalnum() and after.isascii()):
                        return True
                    start = low.find(w, start + 1)
        return False


def collect_elements(
    elems: list[Elem], scope: Scope, into: Collected | None = None, *, institution: bool = True, device: bool = True
) -> Collected:
    """``collect`` on the raw element tree: the same elements, only PN and the identifier elements decoded."""
    c = into or Collected()
    for el in elems:
        t = el.tag
        if el.items is not None:
            for item in el.items:
                collect_elements(item, scope.within(item), c, institution=institution, device=device)
            continue
        vr = el.vr
        if t >> 16 & 1 or (vr != "PN" and t not in _INTERESTING):
            continue  # private: removed or safe-listed, never collected
        if vr == "UN":
            try:
                vr = dictionary_VR(t)
            except KeyError:
                continue
            if vr != "PN" and t not in _INTERESTING:
                continue
        values = texts(el, vr, scope) if el.value else []
        if vr == "PN":
            for v in values:
                c.names.extend(split_pn(v))
        elif t in _ID_TAGS:
            c.ids.extend(v.strip() for v in values if v.strip())
        elif t in _ADDRESS_TAGS:
            c.addresses.extend(v.strip() for v in values if v.strip())
        elif t in _PHONE_TAGS:
            c.phones.extend(v.strip() for v in values if v.strip())
        elif t in _BIRTH_TAGS and values and values[0]:
            c.birth = c.birth or parse_da("\\".join(values))
        elif (institution and t in _INSTITUTION_TAGS) or (device and t in _DEVICE_TAGS):
            c.other.extend(v.strip() for v in values if v.strip())
    return c
